from styles_src import *
Y22 = P("2022-01-01", "2022-12-31", "2022")
SINCE = P("2022-01-01", None, "Since the last inspection")
SEP = P("2025-09-30", "2025-09-30", "At the end of September 2025")
NA = ["Aldous", "Cllr Aldous", "Nasreen Aldous", "Cllr Nasreen Aldous"]
MO = ["Ogunleye", "Mr Ogunleye", "Matthew Ogunleye", "director of children's services"]
OF = ["Ofsted", "inspectors", "the report", "Ofsted report", "the Ofsted report"]
REP = ["the report", "report", "Ofsted", "the Ofsted report", "inspectors"]
write(
    "t04_stockton_ofsted_press_release.txt", "news_article",
    "\"Good\" Ofsted rating for Stockton-on-Tees children's services",
    "Stockton-on-Tees", None, P("2025-10-13", "2025-10-31", "between 13 and 31 October 2025"),
    [
        F(3, "weeks", "other", "length of the inspection", "Inspectors spent three weeks with the council's teams"),
        F(24, "count", "other", "average social worker caseload at the last inspection", "from 24 children to 16", period=Y22),
        F(16, "count", "other", "average social worker caseload now", "from 24 children to 16"),
        F(31, "percent", "other", "agency social workers as a share of the workforce at the last inspection", "from 31% of the workforce to 9%", period=Y22),
        F(9, "percent", "other", "agency social workers as a share of the workforce now", "from 31% of the workforce to 9%"),
        F(14, "count", "other", "social work vacancies now", "brought social work vacancies down to 14 posts"),
        F(47, "count", "other", "social work vacancies in 2022", "from 47 in 2022", period=Y22),
        F(63, "count", "other", "permanent social workers recruited since the last inspection", "recruited 63 permanent social workers", period=SINCE),
        F(28, "count", "other", "newly qualified social workers among the recruits", "28 of them newly qualified", period=SINCE),
        F(4600000, "gbp", "other", "investment in Family Hubs and early help", "invested £4.6m over three years"),
        F(3, "years", "other", "period of the Family Hubs investment", "£4.6m over three years"),
        F(90, "percent", "other", "children in care who have had the same social worker for more than a year", "Nine out of ten of our children in care"),
        F(1148, "count", "children_in_need", "children in need supported at the end of September 2025", "supporting 1,148 children in need", period=SEP),
        F(231, "count", "child_protection_plans", "children on child protection plans at the end of September 2025", "231 children on child protection plans", period=SEP),
        F(409, "count", "looked_after_children", "children in care at the end of September 2025", "409 children in care", period=SEP),
    ],
    ["SBC/PR/2025/311", "Friday 21 November 2025", "in 2022", "two grades up", "13 and 31 October 2025", "Three years ago", "more than a year",
     "SC099876", "four-point scale", "0191 498 0391", "01632 960517", "Notes to editors"],
    [
        Q("Good", "Ofsted", OF, None, optional=True),
        Q("good", "Ofsted", OF, None, optional=True),
        Q("requires improvement to be good", "Ofsted", OF, None, optional=True),
        Q("know their children well", "the report", REP, "says"),
        Q("children's circumstances improve as a result of the help they receive", "the report", REP, "says"),
        Q("This is a fantastic result, and it belongs to our staff. Three years ago we promised to build a stable, permanent workforce, and that is exactly what they have done.",
          "Nasreen Aldous", NA, "said", role="cabinet member for children and young people, Stockton-on-Tees Borough Council"),
        Q("Inspectors saw what families see: social workers who stay, who know them, and who have time for them. Nine out of ten of our children in care now have had the same social worker for more than a year.",
          "Matthew Ogunleye", MO, "said", role="director of children's services, Stockton-on-Tees Borough Council"),
        Q("We are not finished. Ofsted has asked us to improve the timeliness of return home interviews for children who go missing, and we will.",
          "Matthew Ogunleye", MO, "added"),
    ],
    [
        {"name": "Nasreen Aldous", "role": "cabinet member for children and young people, Stockton-on-Tees Borough Council"},
        {"name": "Matthew Ogunleye", "role": "director of children's services, Stockton-on-Tees Borough Council"},
    ],
    ["Stockton-on-Tees Borough Council - Media Centre", "Press release ref: SBC/PR/2025/311", "For immediate release: Friday 21 November 2025", "ENDS",
     "Notes to editors", "1. The full report is available on the Ofsted website (URN: SC099876).",
     "2. ILACS inspections are graded on a four-point scale: outstanding, good, requires improvement to be good, inadequate.",
     "3. Media enquiries: Press Office, 0191 498 0391 (out of hours 01632 960517), press@stockton-on-tees.example"],
    "Council press release announcing an Ofsted judgement (kind news_article, as issue 13 says of press releases). Period = the inspection dates ('between 13 and 31 October 2025'). "
    "A bulleted 'Since the last inspection' list of before/after pairs: 'from 24 children to 16', 'from 31% of the workforce to 9%', 'down to 14 posts, from 47 in 2022' (the earlier values carry 2022; recruits carry the cumulative span); workforce figures are other. "
    "'Nine out of ten of our children in care' = 90 inside a quote: a practice indicator (social worker continuity), so other like visits on time in corpus/styles s01. The end-of-September snapshot (children in need, plans, in care) has its own period. "
    "Grade names in quote marks ('Good', 'requires improvement to be good') are optional quotes; the report's fragments ('says ...') are required with the report as speaker. Traps: 'two grades up', 'Three years ago', 'more than a year', release reference, URN, 'four-point scale', phones."
)
