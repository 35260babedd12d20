from styles3_src import *
RD = ["Dunstan-Pryor", "Ms Dunstan-Pryor", "Rachel Dunstan-Pryor", "independent scrutineer"]
WP = ["Pattinson-Hall", "Cllr Pattinson-Hall", "Wendy Pattinson-Hall", "Cllr Wendy Pattinson-Hall"]
NP = ["Northumbria Police", "a spokesperson for Northumbria Police", "spokesperson"]
write(
    "u01_northumberland_regional_daily.txt", "news_article",
    "County's serious harm reports at five-year high as partners admit 'we were too slow'",
    "Northumberland", "Northumberland Children and Adults Safeguarding Partnership", FY(2024),
    [
        F(17, "count", "serious_incident_notifications", "serious incidents reported to the national review panel in 2024/25", "reported 17 serious incidents involving children to the national review panel"),
        F(11, "count", "serious_incident_notifications", "serious incidents reported the year before", "compares with 11 the year before", period=FY(2023)),
        F(9, "count", "child_deaths", "children who died among the 17 notified incidents", "Nine of the 17 children died"),
        F(8, "count", "serious_harm_cases", "children left with serious injuries (the others of 17)", "the others were left with serious injuries", optional=True),
        F(2.6, "rate_per_10000", "serious_incident_notifications", "Northumberland notification rate", "at 2.6 per 10,000 children"),
        F(2.1, "rate_per_10000", "serious_incident_notifications", "North East notification rate (comparator)", "the North East figure of 2.1"),
        F(1.3, "rate_per_10000", "serious_incident_notifications", "England notification rate (comparator)", "England's 1.3"),
        F(17, "count", "rapid_reviews", "rapid reviews (one per case)", "Each case triggered a rapid review", optional=True),
        F(14, "count", "other", "rapid reviews finished within 15 working days (all but three)", "all but three of which were finished inside the 15-working-day deadline", optional=True),
        F(3, "count", "other", "rapid reviews not finished within the deadline", "all but three of which were finished"),
        F(15, "days", "other", "rapid review deadline in working days", "the 15-working-day deadline"),
        F(4, "count", "lcsprs_commissioned", "full LCSPRs agreed in 2024/25", "four of them warranted a full local child safeguarding practice review"),
        F(2, "count", "lcsprs_commissioned", "LCSPRs commissioned last year", "double last year's two", period=FY(2023)),
        F(1, "count", "lcsprs_published", "reviews of this year's four published", "Only one of those reviews has been published"),
        F(3, "count", "lcsprs_ongoing", "the other three reviews still to be completed", "the other three will be completed"),
        F(2, "count", "lcsprs_published", "older reviews commissioned in 2023/24 signed off in the spring", "two older reviews, commissioned in 2023/24, were signed off in the spring"),
        F(14, "count", "recommendations", "recommendations made by the two published reviews", "the two published reviews made 14 recommendations"),
        F(11, "count", "recommendations", "recommendations completed", "Eleven have been completed"),
        F(5312, "count", "social_care_referrals", "referrals to children's social care", "climbed to 5,312"),
        F(400, "count", "social_care_referrals", "increase in referrals on 2023/24", "roughly 400 more than in 2023/24", qualifier="roughly"),
        F(338, "count", "child_protection_plans", "children subject to a child protection plan at the end of March", "stood at 338"),
        F(53.4, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 53.4 per 10,000"),
        F(41.9, "rate_per_10000", "child_protection_plans", "England child protection plan rate (comparator)", "against 41.9 across England"),
        F(512, "count", "looked_after_children", "children in the council's care", "Some 512 children were in the council's care", qualifier="some"),
        F(12.5, "percent", "looked_after_children", "children in care placed more than 20 miles from home", "about one in eight of them placed more than 20 miles from home", qualifier="about"),
        F(640000, "gbp", "other", "extra money for early help this year", "an extra £640,000 into its early help service", period=FY(2025)),
        F(22, "count", "other", "new social workers recruited since January", "We have recruited 22 new social workers since January"),
        F(1940, "count", "other", "staff who attended safeguarding training", "1,940 staff from across the partnership attended safeguarding training"),
        F(1610, "count", "other", "staff who attended training the year before", "up from 1,610", period=FY(2023)),
    ],
    ["Thursday, 27 November 2025", "Page 9", "five-year high", "set up in 2019", "four, five, six different services", "20 miles", "0191 498 0272", "No. 04471203", "© Tyne and Tweed Chronicle Ltd 2025", "2024/25", "since January"],
    [
        Q("we were too slow", "Northumberland Children and Adults Safeguarding Partnership", ["partners", "the partnership"], None, optional=True),
        Q("by the summer", "Northumberland Children and Adults Safeguarding Partnership", ["the partnership", "partnership"], "says"),
        Q("naive", "Rachel Dunstan-Pryor", RD, "told", role="independent scrutineer", optional=True),
        Q("Some of these children were known to four, five, six different services,", "Rachel Dunstan-Pryor", RD, "said", role="independent scrutineer"),
        Q("Every one of those services had a piece of the picture. Nobody put it together in time. That is on all of us.", "Rachel Dunstan-Pryor", RD, "said", role="independent scrutineer"),
        Q("sobering", "Wendy Pattinson-Hall", WP, "said", role="cabinet member for children's services", optional=True),
        Q("We have recruited 22 new social workers since January. Caseloads are coming down. But I am not going to stand here and say the job is done.", "Wendy Pattinson-Hall", WP, "added", role="cabinet member for children's services"),
        Q("fully committed", "a spokesperson for Northumbria Police", NP, "said"),
    ],
    [
        {"name": "Helena Armstrong-Kyle", "role": "Local Affairs Correspondent"},
        {"name": "Rachel Dunstan-Pryor", "role": "independent scrutineer, Northumberland Children and Adults Safeguarding Partnership"},
        {"name": "Wendy Pattinson-Hall", "role": "cabinet member for children's services"},
    ],
    ["The Tyne and Tweed Chronicle | Thursday, 27 November 2025 | Page 9", "NEWS / NORTHUMBERLAND", "By HELENA ARMSTRONG-KYLE",
     "Read the full annual report at northumberlandcasp.example/annual-report",
     "Got a story? Call the newsdesk on 0191 498 0272 or email news@tyneandtweedchronicle.example",
     "© Tyne and Tweed Chronicle Ltd 2025. Registered in England and Wales No. 04471203."],
    "Regional daily print-style story. 'Nine of the 17 children died' is child_deaths (subset with its own metric); 'the others' = 8 serious harm (implied, optional). 'Each case triggered a rapid review' implies 17 rapid reviews (optional); 'all but three' within deadline: the 3 late reviews are a timeliness subset (other), the implied 14 optional. "
    "'double last year's two' = 2 LCSPRs commissioned in 2023/24 (own period). 'Only one of those reviews has been published' (lcsprs_published), 'the other three' (ongoing); 'two older reviews ... signed off' (published, a second fact with value 2). Comparator rates keep the metric (North East, England). 'one in eight of them' = 12.5 percent of children in care. "
    "'roughly 400 more' is a change in referrals (hedged, required as the only statement). Quotes: the headline scare quote 'we were too slow' attributed to partners (optional); one-word fragments 'naive' and 'sobering' optional; 'by the summer' is the partnership's own words (cue 'says'); 'She added:' resolves to Cllr Pattinson-Hall. '£640,000 ... this year' has the current year as its own period. 'four, five, six different services' inside a quote is rhetorical (not a figure)."
)
