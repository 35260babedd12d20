from styles_src import *
FY23 = FY(2023)
ME = ["Elphick-Stone", "Dr Elphick-Stone", "Morwenna Elphick-Stone", "Dr Morwenna Elphick-Stone", "Partnership chair"]
JA = ["Jasmine", "a member of the partnership's youth panel", "youth panel member", "a 16-year-old"]
write(
    "t15_hampshire_partnership_report_stat_cards_news.html", "news_article",
    "Fewer babies harmed but reviews take longer, Hampshire safeguarding report shows",
    "Hampshire", "Hampshire Safeguarding Children Partnership", P("2024-04-01", "2025-03-31", "2024-25"),
    [
        F(19, "count", "serious_incident_notifications", "serious incidents notified to the national panel", "notified the national panel of 19 serious incidents during the year"),
        F(23, "count", "serious_incident_notifications", "serious incidents notified the year before", "down from 23", period=FY23),
        F(5, "count", "other", "notified incidents involving a baby under one", "five involved a baby under one"),
        F(9, "count", "other", "notified incidents involving a baby under one the year before", "compared with nine the year before", period=FY23),
        F(19, "count", "rapid_reviews", "rapid reviews held", "The partnership held 19 rapid reviews"),
        F(4, "count", "lcsprs_commissioned", "LCSPRs commissioned", "Four local child safeguarding practice reviews were commissioned"),
        F(2, "count", "lcsprs_published", "LCSPRs published", "two were published"),
        F(22, "months", "other", "average time to publish a review", "the average time to publish a review grew to 22 months"),
        F(6, "months", "other", "time national guidance expects for a review", "beyond the six months national guidance expects"),
        F(1426, "count", "child_protection_plans", "children on child protection plans at the end of March", "1,426 children were on child protection plans"),
        F(91, "percent", "other", "staff completing online training who rated it useful", "91% of the 14,320 multi-agency staff"),
        F(14320, "count", "other", "multi-agency staff who completed the online training", "91% of the 14,320 multi-agency staff"),
        F(16, "years", "other", "age of the youth panel member", "Sixteen-year-old Jasmine", optional=True),
        F(1380000, "gbp", "other", "partnership budget", "£1.38mpartnership budget"),
        F(38, "percent", "other", "share of the partnership budget paid by the county council", "38%of the budget paid by the county council"),
    ],
    ["214 partners", "for the second year running", "24 November 2025", "under one", "at the end of March", "2024-25", "01632 960614"],
    [
        Q("We cannot publish a review while a trial is under way without risking that trial,", "Morwenna Elphick-Stone", ME, "said", role="chair, Hampshire Safeguarding Children Partnership"),
        Q("But I understand why families find the wait so hard.", "Morwenna Elphick-Stone", ME, None),
        Q("Adults talk about us a lot. This year they actually let us into the room.", "Jasmine", JA, "told", role="member of the partnership's youth panel"),
    ],
    [
        {"name": "Lowenna Trevithick-Shah", "role": "Community Affairs Reporter"},
        {"name": "Morwenna Elphick-Stone", "role": "chair, Hampshire Safeguarding Children Partnership"},
        {"name": "Jasmine", "role": "member of the partnership's youth panel, aged 16"},
    ],
    ["We and our 214 partners use cookies. Accept all", "Solent & Downs Echo", "News | Sport | What's On | Property",
     "Lowenna Trevithick-Shah, Community Affairs Reporter · 24 November 2025", "Source: HSCP Annual Report 2024-25", "Most read",
     "Eastleigh bypass delayed to 2028", "Gosport ferry fares rise by 12%", "Winchester cathedral roof appeal hits £3m",
     "Solent & Downs Echo (example). Newsdesk 01632 960614 · newsdesk@solentdownsecho.example"],
    "News page with an 'In numbers' statistic-card sidebar (<span class=\"stat-num\"> + <span class=\"stat-label\">, no whitespace between): four cards repeat body facts (19 notifications, 5 under-ones, 22 months, 1,426 plans: extra mentions), two are new (£1.38m budget, 38% paid by the county council). "
    "The value 19 is two facts (notifications and rapid reviews). Incidents involving a baby under one are a feature subset (other), with last year's 9 (own period). 'grew to 22 months, well beyond the six months national guidance expects'. "
    "'91% of the 14,320 multi-agency staff' is two facts (other). The youth panel member's age is optional. Quotes: the chair (said, then a follow-on with no cue) and a named young person ('told the Echo:'). Traps: cookie partners, 'for the second year running', Most read numbers."
)
