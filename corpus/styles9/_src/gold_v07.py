from gold import F, FY, FY_PREV, P, write

NEXT = P("2025-04-01", "2026-03-31", "2025-26")
FTE = "226 198 182 150"
RO = "Binary reoffending rate (%) 33.1 31.8 30.2 31.9"
CU = "Custodial sentences (number) 11 7"
figs = [
    F(226, "rate_per_100000", "other", "first time entrants rate, Newham 2023-24", FTE, period=FY_PREV),
    F(198, "rate_per_100000", "other", "first time entrants rate, Newham 2024-25", "The rate of 198 per 100,000"),
    F(182, "rate_per_100000", "other", "first time entrants rate, London", FTE),
    F(150, "rate_per_100000", "other", "first time entrants rate, England", FTE),
    F(33.1, "percent", "other", "binary reoffending rate, Newham 2023-24", RO, period=FY_PREV),
    F(31.8, "percent", "other", "binary reoffending rate, Newham 2024-25", RO),
    F(30.2, "percent", "other", "binary reoffending rate, London", RO),
    F(31.9, "percent", "other", "binary reoffending rate, England", RO),
    F(11, "count", "other", "custodial sentences 2023-24", CU, period=FY_PREV),
    F(7, "count", "other", "custodial sentences 2024-25", CU),
    F(62, "count", "other", "first time entrants", "There were 62 first time entrants in 2024-25"),
    F(71, "count", "other", "first time entrants the year before", "down from 71 the year before", period=FY_PREV),
    F(214, "count", "other", "children the youth justice service worked with", "worked with 214 children"),
    F(41, "count", "looked_after_children", "youth justice children who were looked after", "41 (19%) were looked after"),
    F(19, "percent", "looked_after_children", "share of youth justice children looked after", "41 (19%) were looked after", optional=True),
    F(17, "count", "child_protection_plans", "youth justice children on a child protection plan", "17 were subject to a child protection plan"),
    F(38, "count", "children_in_need", "youth justice children who were children in need", "a further 38 were children in need"),
    F(43, "percent", "other", "share of the cohort who were Black boys", "Black boys were 43% of the cohort"),
    F(24, "percent", "other", "share of Newham 10 to 17 year olds who are Black boys", "24% of Newham's 10 to 17 year olds"),
    F(118, "count", "other", "supervised children with an EHC plan or awaiting assessment", "118 in all"),
    F(50, "percent", "other", "over half of supervised children (hedged)", "Over half of the children we supervised", optional=True, qualifier="over"),
    F(4, "count", "other", "serious incidents notified to the Youth Justice Board", "notified the Youth Justice Board of 4 serious incidents"),
    F(2, "count", "rapid_reviews", "children also subject of a rapid review", "Two of the four children involved were also the subject of a rapid review"),
    F(1, "count", "lcsprs_commissioned", "rapid review that led to an LCSPR", "one of those led to a local child safeguarding practice review"),
    F(1020000, "gbp", "other", "Youth Justice Board grant 2025-26", "Youth Justice Board grant 1,020,000", period=NEXT),
    F(1105000, "gbp", "other", "local authority contribution 2025-26", "Local authority 1,105,000", period=NEXT),
    F(185000, "gbp", "other", "police, health and probation contribution 2025-26", "Police, health and probation 185,000", period=NEXT),
    F(2310000, "gbp", "other", "total youth justice budget 2025-26", "Total 2,310,000", period=NEXT),
    F(46, "count", "other", "youth justice service posts", "Staffing: 46 posts"),
    F(5, "count", "other", "posts seconded from partner agencies", "including 5 seconded"),
    F(9, "count", "other", "average caseload per practitioner", "Caseloads average 9 children per practitioner"),
]
write("v07_newham_youth_justice_plan.pdf", "council_report", "Newham Youth Justice Plan 2025-26 (extract)",
      "Newham", None, FY, figs,
      not_figures=["sections 4 to 6", "24 June 2025", "aged 10-17", "10 to 17 year olds", "Page 12 of 40", "E16 2QU", "1000 Dockside Road", "three national indicators"],
      notes="Youth justice plan extract (council_report). Record period = the performance year 2024-25 that the plan reports; the budget table is for 2025-26 (own period). Youth justice indicators (first time entrants, reoffending, custody) are other; the unit comes from the row label ('rate per 100,000', '(%)', '(number)'); London and England columns are comparators; '–' cells are not figures. The 198 rate is in the table and in the prose (one figure). 'Of these, 41 (19%) were looked after ... and 17 were subject to a child protection plan; a further 38 were children in need': subsets take the metric of their defining property. 'Two of the four children involved were also the subject of a rapid review' -> rapid_reviews (subset defined by a metric property); 'one of those led to an LCSPR'. Serious incidents notified to the Youth Justice Board are not the national panel's serious incident notifications (other). Chromium PDF: the synthetic note is in the footer.")
