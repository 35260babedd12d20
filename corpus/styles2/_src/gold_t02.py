from styles_src import *
IK = ["Kessell", "Dr Kessell", "Ifan Kessell", "Dr Ifan Kessell", "independent scrutineer"]
LP = ["Pethick", "Ms Pethick", "Lorraine Pethick", "cabinet member for children's services"]
write(
    "t02_devon_rapid_reviews_bbcstyle.txt", "news_article",
    "Devon safeguarding reviews up by 40% as 14 serious incidents reported",
    "Devon", "Devon Children and Families Partnership", P("2024-04-01", "2025-03-31", "2024-25"),
    [
        F(14, "count", "serious_incident_notifications", "serious incidents involving children reported by the council", "rose to 14 last year"),
        F(10, "count", "serious_incident_notifications", "serious incidents reported the year before", "up from 10 the year before", period=FY(2023)),
        F(40, "percent", "rapid_reviews", "rise in rapid reviews", "rapid reviews had risen by 40% over the same period"),
        F(14, "count", "rapid_reviews", "rapid reviews held in 2024-25", "from 10 to 14"),
        F(10, "count", "rapid_reviews", "rapid reviews held the year before", "from 10 to 14", period=FY(2023)),
        F(15, "days", "other", "deadline for completing a rapid review", "within 15 working days"),
        F(3, "count", "lcsprs_commissioned", "reviews that led to a full LCSPR", "Three of the reviews led to a full local child safeguarding practice review"),
        F(8, "count", "other", "incidents involving children aged under two", "Eight of the 14 incidents involved children aged under two"),
        F(2, "count", "lcsprs_published", "reviews published during the year", "Two reviews were published during the year"),
        F(4, "count", "lcsprs_ongoing", "reviews still being written", "another four are still being written"),
        F(11, "count", "recommendations", "recommendations made in the report", "The report made 11 recommendations"),
        F(20, "percent", "other", "share of health visiting staff lost in five years", "has lost a fifth of its staff in five years"),
        F(5, "years", "other", "period over which the staff were lost", "a fifth of its staff in five years", optional=True),
        F(642, "count", "child_protection_plans", "children on child protection plans at the end of March", "642 children were on child protection plans"),
        F(42.1, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 42.1 per 10,000 children"),
        F(20, "count", "other", "additional family support workers being recruited", "We are recruiting 20 more family support workers this winter"),
        F(1030000, "gbp", "other", "partnership budget for the year", "The partnership's budget for the year was £1.03m"),
    ],
    ["12 November 2025", "2024-25", "aged under two", "per 10,000", "4 days ago", "2 hours ago", "this winter"],
    [
        Q("Behind every one of these numbers is a child who was badly hurt or who died.", "Ifan Kessell", IK, "said", role="independent scrutineer, Devon Children and Families Partnership"),
        Q("The partnership has been honest about that, and I think that honesty matters.", "Ifan Kessell", IK, None),
        Q("The health visiting service has lost a fifth of its staff in five years.", "Ifan Kessell", IK, "said"),
        Q("You cannot expect the same results with fewer people.", "Ifan Kessell", IK, None),
        Q("not complacent", "Lorraine Pethick", LP, "said", role="cabinet member for children's services, Devon County Council"),
        Q("We are recruiting 20 more family support workers this winter,", "Lorraine Pethick", LP, "said"),
        Q("They will work with families much earlier, before things reach crisis point.", "Lorraine Pethick", LP, None),
    ],
    [
        {"name": "Tamsin Greenaway", "role": "reporter"},
        {"name": "Ifan Kessell", "role": "independent scrutineer, Devon Children and Families Partnership"},
        {"name": "Lorraine Pethick", "role": "cabinet member for children's services, Devon County Council"},
    ],
    ["Share", "Save", "Tamsin Greenaway", "BBC-style News, Devon", "Related topics", "More on this story",
     "Devon school named among best in country - 4 days ago", "Plymouth ferry strike called off - 2 hours ago"],
    "BBC-style short story: one sentence or one quote per paragraph, figures in the headline ('up by 40%', '14 serious incidents' repeat body facts), follow-on quote paragraphs with no cue, a partnership name without 'Safeguarding' ('Devon Children and Families Partnership'). "
    "The value 14 is two facts (notifications and rapid reviews, 'from 10 to 14'), and so is 10 (last year's of each, own period 2023/24). 'Eight of the 14 incidents involved children aged under two' is a feature subset (other). "
    "'a fifth of its staff in five years' = 20 percent (other); the five years is optional. Traps: 'aged under two' (age band), the related-links times, 'this winter'."
)
