from gold import *
RA = ["Achterberg", "Ms Achterberg", "Rosalind Achterberg"]
PN = ["Nyamekye", "DCI Nyamekye", "Paul Nyamekye", "Detective Chief Inspector Paul Nyamekye"]
HT = ["Tarrant", "Ms Tarrant", "Helen Tarrant"]
write(
    "s04_north_lincolnshire_child_r_press_release.txt", "news_article",
    "Serious case review into death of toddler \"Child R\" published",
    "North Lincolnshire", "North Lincolnshire Local Safeguarding Children Board",
    P("2013-03-01", "2013-12-31", "between March 2013 and December 2013"),
    [
        F(22, "months", "other", "age of Child R", "a 22-month-old girl"),
        F(18, "years", "other", "minimum term of the life sentence", "with a minimum term of 18 years"),
        F(9, "count", "other", "agencies in contact with the family", "professionals from nine agencies"),
        F(47, "count", "other", "professional contacts with the family", "had 47 contacts with the family"),
        F(9, "months", "other", "length of the period under review", "in those nine months", optional=True),
        F(4, "count", "other", "emergency department attendances", "taken to the emergency department four times"),
        F(2, "count", "other", "occasions bruising was seen by professionals", "bruising was seen by professionals on two occasions"),
        F(2, "count", "social_care_referrals", "referrals made to children's social care", "Two referrals were made to children's social care"),
        F(12, "count", "recommendations", "recommendations made by the review", "The review makes 12 recommendations"),
        F(5, "count", "recommendations", "recommendations for the LSCB", "five for the LSCB"),
        F(7, "count", "recommendations", "recommendations for individual agencies", "seven for individual agencies"),
        F(12, "count", "recommendations", "recommendations accepted", "All 12 have been accepted", optional=True),
        F(8, "count", "recommendations", "recommendations already complete", "eight are already complete"),
        F(1, "count", "other", "police attendances at the family home", "attended the family home once", optional=True),
        F(400, "count", "other", "frontline officers trained", "trained more than 400 frontline officers", qualifier="more than"),
        F(24, "count", "other", "average social worker caseload before (children)", "from an average of 24 children to 17"),
        F(17, "count", "other", "average social worker caseload now (children)", "from an average of 24 children to 17", period=P("2015-03-17", "2015-03-17", "now")),
        F(1, "days", "other", "timescale for team manager review of referrals about under-twos (24 hours)", "reviewed by a team manager within 24 hours", optional=True),
    ],
    ["00:01", "17 March 2015", "2015/062", "December 2013", "October 2014", "September 2013", "Since 2013", "under two", "26 March 2015",
     "Regulation 5", "Regulations 2006", "01632 960781", "07700 900127", "1. Serious case reviews", "2. The executive summary", "3. Please do not", "Child R"],
    [
        Q("Child R's death was a tragedy. Her family, and everyone who knew her, have had to live with that loss, and our thoughts are with them.",
          "Rosalind Achterberg", RA, "said", role="Independent chair, North Lincolnshire Local Safeguarding Children Board"),
        Q("The review is clear that there were missed opportunities. Agencies did not share what they knew, and nobody stepped back and asked what life was like for Child R. That has to change, and it is changing.",
          "Rosalind Achterberg", RA, None),
        Q("With hindsight, the officers who attended should have made a referral,", "Paul Nyamekye", PN, "said", role="Detective Chief Inspector, Humberside Police"),
        Q("We have since trained more than 400 frontline officers in recognising the signs of abuse in very young children.", "Paul Nyamekye", PN, None),
        Q("We accept every one of the findings. Since 2013 we have reduced social workers' caseloads from an average of 24 children to 17, and every referral about a child under two is now reviewed by a team manager within 24 hours.",
          "Helen Tarrant", HT, "said", role="director of children's services, North Lincolnshire Council"),
    ],
    [
        {"name": "Rosalind Achterberg", "role": "Independent chair, North Lincolnshire Local Safeguarding Children Board"},
        {"name": "Paul Nyamekye", "role": "Detective Chief Inspector, Humberside Police"},
        {"name": "Helen Tarrant", "role": "director of children's services, North Lincolnshire Council"},
        {"name": "Sunil Marchetti", "role": "independent reviewer"},
    ],
    ["Press release", "North Lincolnshire Council - Communications", "Embargoed until 00:01, Tuesday 17 March 2015", "Release no: 2015/062",
     "ENDS", "Notes to editors",
     "2. The executive summary and full overview report are available at www.northlincslscb.example/scr.",
     "3. Please do not approach Child R's family. Requests for interviews should be made through the press office on 01632 960781 (out of hours 07700 900127)."],
    "Council press release (news_article) announcing a legacy serious case review. Period = the review's scope 'between March 2013 and December 2013'. "
    "Case facts are figures ('22-month-old', 'minimum term of 18 years', 'nine agencies', '47 contacts', 'four times', 'two occasions'); 'in those nine months' restates the scope (optional). "
    "Recommendations split 'five for the LSCB and seven for individual agencies'; 'All 12 have been accepted' repeats the 12 (optional); 'eight are already complete'. Caseloads 'from an average of 24 children to 17' (17 is now). "
    "'neither led to an assessment' is not a zero figure; 'once' is optional; 'within 24 hours' optional (1 day). Traps: embargo time, release number, regulation numbers, dates, numbered notes, phone numbers, 'under two' (age bound). "
    "Quotes: a two-paragraph quote opened after 'said:' whose first paragraph never closes; a police quote after reported speech ('said officers had attended ... \"...,\" he said'); a director's quote. '\"Child R\"' in the headline is a name, not a quote."
)
