from gold import *
SM = ["the lead reviewer", "lead reviewer", "the reviewer", "Marchetti", "Dr Marchetti", "Sunil Marchetti", "Dr Sunil Marchetti"]
MO = ["her mother", "mother", "Child R’s mother", "the mother", "Child R's mother"]
write(
    "s05_north_lincolnshire_child_r_executive_summary.pdf", "case_review",
    "Serious Case Review: Child R - Executive Summary",
    "North Lincolnshire", "North Lincolnshire Local Safeguarding Children Board",
    P("2013-03-01", "2013-12-31", "between March 2013 and December 2013"),
    [
        F(22, "months", "other", "age of Child R", "a 22-month-old girl"),
        F(2, "days", "other", "time between admission and death", "two days after she was admitted"),
        F(18, "years", "other", "minimum term of the life sentence", "minimum term of 18 years"),
        F(4, "years", "other", "age of Child R's brother at the time", "then aged four"),
        F(9, "count", "other", "agencies providing individual management reviews", "Nine agencies provided individual management reviews"),
        F(3, "count", "other", "further agencies providing short reports", "a further three agencies provided short reports"),
        F(7, "count", "other", "review panel meetings", "met on seven occasions"),
        F(31, "count", "other", "practitioners at learning events", "Thirty-one practitioners took part"),
        F(2, "count", "other", "learning events", "two learning events"),
        F(2, "count", "other", "meetings between the mother and the lead reviewer", "met the lead reviewer twice", optional=True),
        F(6, "months", "other", "expected time to complete the review", "completed within six months"),
        F(13, "months", "other", "time the review took", "It took 13 months"),
        F(9, "months", "other", "length of the period under review", "In the nine months under review", optional=True),
        F(9, "count", "other", "agencies whose professionals had contact with the family", "professionals from nine agencies had 47 recorded"),
        F(47, "count", "other", "recorded professional contacts with the family", "had 47 recorded contacts"),
        F(19, "count", "other", "contacts with the GP practice and health visiting service", "19 were with the GP practice"),
        F(11, "count", "other", "contacts with the emergency department and paediatric ward", "11 with the emergency department"),
        F(9, "count", "other", "contacts with the police", "and nine with the police"),
        F(4, "count", "other", "emergency department attendances", "attended the emergency department four times"),
        F(2, "count", "other", "occasions bruising was seen by professionals", "professionals on two occasions"),
        F(2, "count", "social_care_referrals", "referrals received by children's social care about the family", "received two referrals about the family"),
        F(3, "days", "other", "time within which referrals were closed", "within three working days"),
        F(1, "count", "other", "police attendances at the family home", "attended the family home once", optional=True),
        F(5, "count", "recommendations", "findings identified by the review", "identified five findings"),
        F(3, "count", "other", "points at which a different response might have changed events", "at least three points", qualifier="at least", optional=True),
        F(12, "count", "recommendations", "recommendations made by the review", "The review makes 12 recommendations"),
        F(5, "count", "recommendations", "recommendations for the LSCB", "Five are for the LSCB"),
        F(7, "count", "recommendations", "recommendations for individual agencies", "seven are for individual agencies"),
        F(26, "count", "recommendations", "actions in the published action plan", "plan with 26 actions"),
        F(8, "count", "recommendations", "recommendations completed at publication", "eight recommendations had been completed"),
        F(3, "months", "other", "frequency of progress reports", "every three months", optional=True),
    ],
    ["12 February 2015", "January 2014", "Regulation 5", "Regulations 2006", "9 December 2013", "October 2014", "Finding 1", "Finding 5",
     "Recommendation 3", "section 5", "Working Together to Safeguard Children 2013", "1.1", "2.2", "6.1", "under six months",
     "17 March 2015", "DN15 6XQ", "01632 960781", "between February and November 2014", "September 2013", "Child R", "Child Q"],
    [
        Q("Child R’s death could not have been predicted, but there were at least three points at which a different response might have changed what happened to her. At each of them, the professionals involved were busy, well-intentioned and working alone.",
          "Sunil Marchetti", SM, "concluded", role="Lead reviewer"),
        Q("Everyone was nice to me. That was the problem. Nobody ever asked me if I was frightened of him.", "Child R's mother", MO, "told"),
        Q("if she had come on her own", "Child R's mother", MO, "said"),
    ],
    [
        {"name": "Sunil Marchetti", "role": "Lead reviewer"},
        {"name": "Rosalind Achterberg", "role": "Independent Chair, North Lincolnshire Local Safeguarding Children Board"},
    ],
    ["North Lincolnshire LSCB – Serious Case Review: Child R – Executive Summary", "OFFICIAL – Published 17 March 2015",
     "North Lincolnshire LSCB, Church Square House, Scunthorpe DN15 6XQ. Telephone 01632 960781."],
    "Executive summary of a legacy serious case review (DejaVu Serif, justified, numbered paragraphs, running header from page 2, footer with page number). Period = the scope 'between March 2013 and December 2013' (not the publication or commissioning dates). "
    "Many case facts with repeated small values: three different 9s (agencies with IMRs, agencies in contact, police contacts), several 2s, two 7s; 'two days after she was admitted', 'then aged four', 'within three working days'. "
    "Findings 'identified five findings' -> recommendations (metric covers findings); 'Finding 1'-'Finding 5' and 'Recommendation 3' are labels. 'within six months' (statutory expectation) and 'It took 13 months' are figures; 'In the nine months under review', 'twice', 'once', 'every three months' and the quoted 'at least three points' are optional. "
    "'On neither occasion' / 'Neither progressed' are not zeros. 'under six months' is an age bound. The paragraph crossing the page break ('seen by' / header / 'professionals on two occasions') puts running lines inside a sentence. "
    "Quotes: the lead reviewer 'concluded:' (speaker resolved to his name from the title page), the mother 'told the reviewer:', and her reported fragment with 'She said that ... \"...\"'."
)
