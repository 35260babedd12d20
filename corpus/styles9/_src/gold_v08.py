from gold import F, FY, FY_PREV, P, Q, write

SINCE = P("2019-01-01", "2025-03-31", "since the partnership was set up in 2019")
AL = ["Forsyth", "Dr Forsyth", "Anneliese Forsyth", "Dr Anneliese Forsyth", "independent scrutineer"]
RF = ["Fairbairn", "Coun Fairbairn", "Ruth Fairbairn", "Coun Ruth Fairbairn", "Committee chair"]
figs = [
    F(7, "count", "rapid_reviews", "rapid reviews carried out in 2024/25", "carried out seven rapid reviews last year"),
    F(7, "count", "serious_incident_notifications", "serious incident notifications", "followed seven serious incident notifications"),
    F(4, "count", "serious_incident_notifications", "notifications the previous year", "up from four the previous year", period=FY_PREV),
    F(5, "count", "other", "rapid reviews involving babies under one", "Five of the seven involved babies"),
    F(2, "count", "child_deaths", "rapid reviews about a baby in which the child died", "In two of them the child died"),
    F(2, "count", "lcsprs_commissioned", "rapid reviews that led to LCSPRs", "Two of the rapid reviews led to local child safeguarding practice reviews"),
    F(5, "count", "rapid_reviews", "rapid reviews where learning had already been identified", "In the other five"),
    F(3, "count", "lcsprs_published", "LCSPRs published during the year", "three LCSPRs were published during the year"),
    F(1, "count", "lcsprs_published", "published LCSPR about a teenager", "one of them about a teenager", optional=True),
    F(2, "count", "lcsprs_ongoing", "LCSPRs under way", "two more remain under way"),
    F(31, "count", "serious_incident_notifications", "serious incidents notified since 2019", "notified the panel of 31 serious incidents", period=SINCE),
    F(11, "count", "lcsprs_published", "LCSPRs published since 2019", "published 11 LCSPRs", period=SINCE),
    F(26, "count", "recommendations", "recommendations of the reviews published in 2024/25", "made 26 recommendations between them"),
    F(19, "count", "recommendations", "recommendations completed", "19 of which have been completed"),
    F(6, "months", "other", "progress reporting interval the chair wants", "every six months", optional=True),
    F(208, "count", "child_protection_plans", "children on child protection plans at the end of March", "fell to 208 at the end of March"),
    F(236, "count", "child_protection_plans", "children on plans a year earlier", "from 236 a year earlier", period=P("2024-03-31", "2024-03-31", "a year earlier")),
    F(63.5, "rate_per_10000", "child_protection_plans", "plan rate", "a rate of 63.5 per 10,000 children"),
    F(41.6, "rate_per_10000", "child_protection_plans", "plan rate, England average", "the England average of 41.6"),
    F(62.3, "rate_per_10000", "child_protection_plans", "plan rate, North East", "the North East's 62.3"),
    F(131, "rate_per_10000", "looked_after_children", "rate of children in care", "at 131 per 10,000"),
    F(500, "count", "looked_after_children", "children looked after", "around 500 children were looked after", qualifier="around"),
]
write("v08_south_tyneside_ldrs_rapid_reviews.txt", "news_article",
      "Seven rapid reviews into harm to South Tyneside children in a year, report reveals", "South Tyneside",
      "South Tyneside Safeguarding Children Partnership", FY, figs,
      not_figures=["under the age of one", "set up in 2019", "by March 2026", "fifth highest", "every twelve", "Metro line closed for 3 weeks", "14 best chippies", "12,400 followers"],
      quotes=[Q("Seven reviews in a year is a lot for a borough of our size, but the figure tells you as much about our willingness to look hard at practice as it does about harm.", "Anneliese Forsyth", AL, "wrote", role="independent scrutineer, South Tyneside Safeguarding Children Partnership"),
              Q("We see these reports once a year. I want to see progress on those 26 recommendations every six months, not every twelve.", "Ruth Fairbairn", RF, "said", role="chair, People Select Committee")],
      people=[{"name": "Callum Redpath", "role": "Local Democracy Reporting Service"}, {"name": "Anneliese Forsyth", "role": "independent scrutineer"}, {"name": "Ruth Fairbairn", "role": "Committee chair"}],
      boilerplate=["Most read", "1. Metro line closed for 3 weeks", "2. 14 best chippies in the borough", "Follow us on Facebook: 12,400 followers"],
      notes="LDRS story about an annual report (period 2024/25). Two facts share the value 7 (rapid reviews, notifications). Partitives and set references: 'Five of the seven involved babies' (feature subset: other), 'In two of them the child died' (child_deaths), 'Two of the rapid reviews led to LCSPRs', 'In the other five' (rapid reviews), 'one of them about a teenager' (optional), 'two more remain under way', '19 of which have been completed'. Cumulative 'Since the partnership was set up in 2019' period. Comparatives 'up from four the previous year', 'from 236 a year earlier'; comparators 'the England average of 41.6', 'the North East's 62.3'. 'the fifth highest' is a rank (not a figure). Headline 'Seven rapid reviews' repeats the body.")
