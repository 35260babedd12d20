from gold import *
M = ["one mother", "mother", "the mother", "a parent", "parent"]
AB = ["Brightwell", "Annette Brightwell", "Ms Brightwell"]
JP = ["Pelham", "Cllr Pelham", "Joanne Pelham", "Cllr Joanne Pelham"]
DFE = ["Department for Education spokesperson", "Department for Education", "the Department for Education", "DfE", "DfE spokesperson", "spokesperson"]
KENT = ["Kent County Council spokesperson", "Kent County Council", "a Kent County Council spokesperson", "spokesperson", "Kent"]
write(
    "s02_national_notifications_by_area.txt", "news_article",
    "Serious harm to children: the councils reporting the most cases",
    None, None, FY(2024),
    [
        F(428, "count", "serious_incident_notifications", "serious incidents notified by councils in England", "told the national safeguarding panel about 428 serious incidents"),
        F(196, "count", "child_deaths", "notified incidents in which the child had died", "In 196 of those cases the child had died"),
        F(232, "count", "serious_harm_cases", "notified incidents in which the child was seriously harmed", "In the remaining 232, the child had been seriously harmed"),
        F(41, "count", "serious_incident_notifications", "notifications, Kent", "Kent recorded 41 notifications"),
        F(37, "count", "serious_incident_notifications", "notifications, Essex", "Essex 37"),
        F(19, "count", "serious_incident_notifications", "notifications, Hertfordshire", "Hertfordshire 19"),
        F(29, "count", "serious_incident_notifications", "notifications, Birmingham", "Birmingham, the largest council in the country, reported 29"),
        F(35, "count", "serious_incident_notifications", "notifications, Birmingham, the year before", "down from 35 the year before", period=FY(2023)),
        F(3.6, "rate_per_100000", "serious_incident_notifications", "notification rate, England", "the England rate was 3.6 notifications for every 100,000 children"),
        F(14.2, "rate_per_100000", "serious_incident_notifications", "notification rate, Blackpool", "Blackpool had the highest rate, at 14.2 per 100,000"),
        F(11.8, "rate_per_100000", "serious_incident_notifications", "notification rate, Torbay", "followed by Torbay on 11.8"),
        F(10.9, "rate_per_100000", "serious_incident_notifications", "notification rate, Middlesbrough", "Middlesbrough on 10.9"),
        F(36, "percent", "serious_incident_notifications", "notifications about babies under one", "made up 36% of all notifications"),
        F(54, "percent", "serious_incident_notifications", "notifications with neglect as a factor", "more than half of cases (54%)"),
        F(50, "percent", "serious_incident_notifications", "notifications with neglect as a factor (hedged)", "in more than half of cases", qualifier="more than", optional=True),
        F(9, "count", "other", "councils that notified no incidents", "Nine councils"),
        F(0, "count", "serious_incident_notifications", "incidents notified by each of nine councils", "notified no incidents at all", optional=True),
        F(6, "weeks", "other", "age of the son when injured", "whose six-week-old son"),
        F(2, "years", "other", "son's age now", "Her son, now two"),
        F(11, "count", "national_reviews", "national reviews carried out by the panel", "carried out 11 national reviews"),
        F(2, "count", "other", "national thematic reports published", "published two national thematic reports"),
        F(49180, "count", "child_protection_plans", "children on child protection plans in England at 31 March 2025", "stood at 49,180 on 31 March 2025"),
        F(41.6, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "a rate of 41.6 per 10,000 children"),
        F(42.1, "rate_per_10000", "child_protection_plans", "child protection plan rate, England, a year earlier", "down slightly from 42.1 a year earlier",
          period=P("2024-03-31", "2024-03-31", "a year earlier")),
        F(18.3, "rate_per_10000", "child_protection_plans", "child protection plan rate, Windsor and Maidenhead", "from 18.3 per 10,000 in Windsor and Maidenhead"),
        F(118.7, "rate_per_10000", "child_protection_plans", "child protection plan rate, Blackpool", "to 118.7 in Blackpool"),
        F(27.4, "rate_per_10000", "child_protection_plans", "child protection plan rate, Essex", "Essex's rate was 27.4"),
        F(66.0, "rate_per_10000", "child_protection_plans", "child protection plan rate, North East average", "the North East average of 66.0"),
        F(2710, "count", "child_protection_plans", "children on the child protection register, Wales", "had 2,710 children on its register"),
        F(2093, "count", "child_protection_plans", "children on the child protection register, Scotland, at 31 July", "held 2,093",
          period=P("2025-07-31", "2025-07-31", "31 July")),
        F(500000000, "gbp", "other", "government investment in family help", "investing £500m in family help"),
        F(340000, "count", "other", "children living in Kent", "almost 340,000 children living there", qualifier="almost"),
    ],
    ["13 November 2025", "less than half", "in 2018", "in 2023", "under the age of one", "per 10,000", "per 100,000", "31 March 2025", "31 July",
     "by 2027", "2 days ago", "14 May 2025", "five agencies", "year to March 2025"],
    [
        Q("It could have been any of us", "a mother", M, None, optional=True),
        Q("a wake-up call", "a mother", M, "said"),
        Q("Nobody asked me how I was coping. I saw a midwife, a health visitor and a GP and every one of them said I was doing fine,", "a mother", M, "told"),
        Q("By the time anyone asked the right question it was too late. It could have been any of us.", "a mother", M, None),
        Q("Councils are notifying us earlier and more consistently, and that is a good thing,", "Annette Brightwell", AB, "said",
          role="chair, national Child Safeguarding Practice Review Panel"),
        Q("But behind every one of these 428 notifications is a child, and too often the same themes come up: babies, neglect, and professionals who did not talk to each other.", "Annette Brightwell", AB, None),
        Q("Every child deserves to grow up safe. That is why we are investing £500m in family help and rolling out multi-agency child protection teams in every area by 2027.",
          "a Department for Education spokesperson", DFE, "said"),
        Q("running to stand still", "Joanne Pelham", JP, "said", role="chair, Local Government Association children and young people board"),
        Q("Councils have had their children's social care budgets stretched by rising demand year after year,", "Joanne Pelham", JP, "said"),
        Q("Our rate per child is below the national average,", "a Kent County Council spokesperson", KENT, "added"),
    ],
    [
        {"name": "Annette Brightwell", "role": "chair, national Child Safeguarding Practice Review Panel"},
        {"name": "Joanne Pelham", "role": "chair, Local Government Association children and young people board"},
    ],
    ["UK | England | Education | Family & Education", "Share", "Related topics", "More on this story",
     "Panel calls for overhaul of baby safeguarding - 2 days ago", "'My daughter was failed by five agencies' - 14 May 2025",
     "If you have been affected by any of the issues in this story, support is available via the NSPCC helpline."],
    "National broadcaster-style story comparing many areas (area null; areas are only examples, so no 'areas' list). Period = the statistics year to March 2025. "
    "Coordination ellipsis: 'Kent recorded 41 notifications, Essex 37 and Hertfordshire 19' (three SIN figures; the metric comes from the first), 'followed by Torbay on 11.8 and Middlesbrough on 10.9' (rates per 100,000), 'from 18.3 per 10,000 in Windsor and Maidenhead to 118.7 in Blackpool', 'Essex's rate was 27.4, less than half the North East average of 66.0'. "
    "'In 196 of those cases the child had died' (child_deaths) vs 'the remaining 232' (serious_harm_cases). Shares of notifications keep the SIN metric (36%, 54%; 'more than half' optional). Welsh and Scottish registers are child_protection_plans (Scotland counted at 31 July: own period). "
    "Ages of the injured baby ('six-week-old', 'now two') are case facts. Quotes: an anonymous mother (fragment, then a two-paragraph quote with 'she told us'), a headline crosshead in single quotes (optional), the panel chair with a mid-quote cue, a DfE spokesperson, an LGA councillor fragment, a council spokesperson whose quote follows reported speech ('they added'). '428 notifications' inside the quote is a repeat mention."
)
