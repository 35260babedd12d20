from gold import *
FY23 = FY(2023)
MAR = ["Marwood", "Mr Marwood", "Colin Marwood"]
BRI = ["Brinklow", "Cllr Brinklow", "Councillor Brinklow", "Tessa Brinklow", "Councillor Tessa Brinklow"]
write(
    "s01_nottinghamshire_cp_abbreviations_news.txt", "news_article",
    "More children on CP plans and S47 enquires up 14% as Nottinghamshire councillors hear of 'relentless' demand",
    "Nottinghamshire", "Nottinghamshire Safeguarding Children Partnership", FY(2024),
    [
        F(712, "count", "child_protection_plans", "children on a child protection plan (CPP)", "has risen to 712"),
        F(648, "count", "child_protection_plans", "children on a child protection plan last year", "up from 648 last year", period=FY23),
        F(2984, "count", "section_47_enquiries", "S47 enquiries started", "2,984 S47s were started in 2024/25"),
        F(2611, "count", "section_47_enquiries", "S47 enquiries started the year before", "compared with 2,611 the year before", period=FY23),
        F(14, "percent", "section_47_enquiries", "increase in S47 enquiries", "an increase of 14 per cent"),
        F(43.9, "rate_per_10000", "child_protection_plans", "CP plan rate", "stands at 43.9 per 10,000 children"),
        F(41.6, "rate_per_10000", "child_protection_plans", "CP plan rate, England", "compared with 41.6 nationally"),
        F(31560, "count", "social_care_referrals", "contacts dealt with by the MASH", "dealt with 31,560 contacts"),
        F(23, "percent", "social_care_referrals", "referrals that were re-referrals", "23% of referrals were re-referrals"),
        F(436, "count", "other", "initial child protection conferences (ICPCs)", "There were 436 initial child protection conferences (ICPCs)"),
        F(380, "count", "other", "initial child protection conferences last year", "up from 380 last year", period=FY23),
        F(87, "percent", "other", "ICPCs held on time", "87 per cent were held on time"),
        F(1041, "count", "looked_after_children", "children looked after (LAC / CLA) at the end of March", "1,041 children were looked after by the council"),
        F(12.5, "percent", "looked_after_children", "children looked after living more than 20 miles from Nottinghamshire", "one in eight of them live more than 20 miles from Nottinghamshire"),
        F(4870, "count", "children_in_need", "children in need (CiN)", "4,870 children were classed as CiN"),
        F(94, "percent", "other", "children in care visited by their social worker on time", "Ninety-four per cent had a visit on time in the last quarter",
          period=P("2025-07-01", "2025-09-30", "the last quarter")),
        F(26, "count", "other", "new social workers recruited", "recruited 26 new social workers since April",
          period=P("2025-04-01", None, "since April")),
        F(11, "percent", "other", "agency staff share of the social work workforce", "agency staff now made up 11 per cent of the workforce"),
        F(8, "count", "serious_incident_notifications", "serious incident notifications (SINs)", "made eight serious incident notifications (SINs)"),
        F(8, "count", "rapid_reviews", "rapid reviews held", "Rapid reviews were held in all eight cases"),
        F(6, "count", "rapid_reviews", "rapid reviews found not to need an LCSPR", "six were found not to need a local child safeguarding practice review"),
        F(2, "count", "lcsprs_commissioned", "rapid reviews that became LCSPRs", "the remaining two became LCSPRs"),
        F(1, "count", "lcsprs_published", "older serious case review (SCR) published", "One older serious case review (SCR), started under the previous system, was published"),
        F(1, "count", "lcsprs_ongoing", "CSPR still under way", "One further CSPR, commissioned in 2023, is still under way"),
        F(50, "percent", "section_47_enquiries", "S47 enquiries ending with no further child protection action", "around half of the S47 enquiries ended with no further child protection action", qualifier="around"),
        F(6, "months", "other", "time until the further report", "receive a further report in six months", optional=True),
    ],
    ["14:52", "9 OCT 2025", "16:10", "October 6", "2024/25", "per 10,000", "more than 20 miles", "every four minutes",
     "since April", "in 2023", "0115 496 0217", "3-year wait", "12 years", "Five arrested", "within a year"],
    [
        Q("relentless", "Colin Marwood", MAR, None, optional=True),
        Q("The demand on the front door has been relentless. We have not seen numbers like this since before the pandemic.", "Colin Marwood", MAR, "told",
          role="service director for children's social care, Nottinghamshire County Council"),
        Q("taking a call every four minutes", "Colin Marwood", MAR, "said"),
        Q("What I want to reassure members about is that children in our care are still seeing their social worker regularly,", "Colin Marwood", MAR, "added"),
        Q("Ninety-four per cent had a visit on time in the last quarter.", "Colin Marwood", MAR, None),
        Q("Care-experienced young people tell us the same thing again and again: don't keep changing my social worker,", "Tessa Brinklow", BRI, "said",
          role="cabinet member for children and families, Nottinghamshire County Council"),
        Q("We've listened.", "Tessa Brinklow", BRI, None),
        Q("not a failure, it is the system working", "Colin Marwood", MAR, "said"),
    ],
    [
        {"name": "Colin Marwood", "role": "service director for children's social care, Nottinghamshire County Council"},
        {"name": "Tessa Brinklow", "role": "cabinet member for children and families, Nottinghamshire County Council"},
        {"name": "Imran Siddiqui", "role": "Labour opposition spokesperson"},
    ],
    ["Trent Valley Courier  |  News  |  Politics  |  Local Democracy", "READ NEXT:",
     "Bus station plans approved after 3-year wait", "Gedling school rated 'outstanding' for the first time in 12 years",
     "Five arrested after disorder in Mansfield town centre",
     "Got a story? Email newsdesk@trentvalleycourier.example or call 0115 496 0217."],
    "LDRS-style local story full of abbreviations and variants: CPP, CP plan, S47s and the misspelling 'S47 enquires', MASH, ICPCs, LAC/CLA, CiN, SINs, LCSPR, SCR (legacy, published -> lcsprs_published), CSPR (ongoing), 'children in our care' and 'Care-experienced' inside quotes. "
    "Ellipsis and comparison: 'up from 648 last year' and 'up from 380 last year' (own period 2023/24, metric of the figure they parallel), 'compared with 2,611 the year before', 'compared with 41.6 nationally' (England comparator, same metric). "
    "Shares: '23% of referrals were re-referrals' (social_care_referrals), 'one in eight of them' = 12.5% of the looked-after children (metric of the whole), 'around half of the S47 enquiries' = 50%. "
    "Set references: 'all eight cases' (rapid reviews), 'six were found not to need' (rapid reviews by outcome), 'the remaining two became LCSPRs' (lcsprs_commissioned). '94 per cent' is in a follow-on quote with no cue and carries 'the last quarter' (Jul-Sep 2025). "
    "The headline's '14%' is a second mention of the 14 per cent increase. Traps: 'more than 20 miles' (distance bound), 'every four minutes' (quoted rate, no unit), times, dates, phone number, READ NEXT numbers. 'in six months' is optional (time point/deadline)."
)
