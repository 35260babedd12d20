from styles_src import *
AM = ["Mortimer-Lewis", "Ms Mortimer-Lewis", "Abena Mortimer-Lewis", "chief social worker"]
TH = ["Hollingsworth", "Cllr Hollingsworth", "Tariq Hollingsworth", "Cllr Tariq Hollingsworth"]
MUM = ["one mother", "a mother", "mother", "the mother", "parent"]
write(
    "t12_birmingham_words_and_fractions_news.txt", "news_article",
    "Nearly a third of Birmingham's child protection plans now down to neglect, report finds",
    "Birmingham", None, FY(2024),
    [
        F(32, "percent", "child_protection_plans", "children on plans with neglect as the main category", "Neglect was the main category for 32 per cent of them"),
        F(33.33, "percent", "child_protection_plans", "children on plans because of neglect (hedged 'almost a third')", "Almost a third of the Birmingham children on child protection plans", qualifier="almost", optional=True),
        F(90, "percent", "child_protection_plans", "children on plans for neglect living in the most deprived wards", "nine in ten of them live in the city's most deprived wards"),
        F(1100, "count", "child_protection_plans", "children on plans at the end of March 2025", "just over 1,100 children were on plans", qualifier="just over"),
        F(25, "percent", "child_protection_plans", "children on plans with emotional abuse as the main category", "Emotional abuse accounted for a further quarter"),
        F(14.29, "percent", "child_protection_plans", "children on plans with physical abuse as the main category", "physical abuse for about one in seven", qualifier="about"),
        F(13000, "count", "social_care_referrals", "referrals received in 2024/25", "more than 13,000", qualifier="more than"),
        F(12, "count", "other", "social work teams carrying more cases than the recommended limit", "a dozen of its 40 social work teams"),
        F(40, "count", "other", "social work teams", "a dozen of its 40 social work teams"),
        F(60, "count", "other", "families a month helped by the neglect practice team (lower bound)", "Between 60 and 70 families a month", optional=True),
        F(70, "count", "other", "families a month helped by the neglect practice team (upper bound)", "Between 60 and 70 families a month", optional=True),
        F(2000000, "gbp", "other", "budget of the neglect practice team", "a budget of just under £2m", qualifier="just under"),
        F(75, "percent", "other", "child protection conferences held on time", "three-quarters of child protection conferences were held on time"),
        F(66.67, "percent", "other", "child protection conferences held on time the year before", "up from two-thirds the year before", period=FY(2023)),
        F(2000, "count", "looked_after_children", "children in the trust's care", "around 2,000 children were in the trust's care", qualifier="around"),
        F(25, "percent", "looked_after_children", "children in care living outside the city", "one in four of them living outside the city"),
        F(6, "count", "lcsprs_ongoing", "LCSPRs under way at the end of the year", "half a dozen local child safeguarding practice reviews were under way"),
        F(2, "count", "other", "LCSPRs under way involving neglect", "two of them involving neglect"),
        F(5, "percent", "child_protection_plans", "children who left a plan and came back on to one within a year", "fewer than one in twenty children who left a plan came back on to one", qualifier="fewer than"),
        F(20, "percent", "child_protection_plans", "target fall in children on plans for neglect", "fall by a fifth within three years"),
        F(3, "years", "other", "time frame for the target fall", "within three years"),
        F(6, "count", "other", "plans the mother had been on", "she had been on \"about six\" different plans", qualifier="about"),
        F(8, "years", "other", "span over which the mother was on the plans", "in the last eight years", optional=True),
    ],
    ["Wednesday 5 November 2025, 5:45 pm", "roughly twice as many", "a decade ago", "this week", "in January", "hundreds of small ones", "twice instead of once",
     "thousands of children", "within a year", "0121 496 0655", "2024/25"],
    [
        Q("Neglect is slow and quiet, and that is what makes it so dangerous,", "Abena Mortimer-Lewis", AM, "said", role="chief social worker, Birmingham Children's Trust"),
        Q("You do not see one terrible moment. You see hundreds of small ones over months and years.", "Abena Mortimer-Lewis", AM, None),
        Q("Ambition is cheap, I know,", "Tariq Hollingsworth", TH, "said", role="cabinet member for children and families, Birmingham City Council"),
        Q("But if we can get in early, with housing, with benefits advice, with a health visitor who knocks on the door twice instead of once, we can keep thousands of children off these plans.",
          "Tariq Hollingsworth", TH, None),
        Q("about six", "one mother", MUM, "said"),
        Q("Every time a new social worker came, I had to start again,", "one mother", MUM, "said"),
    ],
    [
        {"name": "Gurpreet Sandhu-Lowe", "role": "reporter"},
        {"name": "Abena Mortimer-Lewis", "role": "chief social worker, Birmingham Children's Trust"},
        {"name": "Tariq Hollingsworth", "role": "cabinet member for children and families, Birmingham City Council"},
    ],
    ["Midlands Evening Post - News - Birmingham", "By Gurpreet Sandhu-Lowe", "Wednesday 5 November 2025, 5:45 pm",
     "Contact the newsdesk: 0121 496 0655 | newsdesk@midlandseveningpost.example"],
    "A story whose figures are words, fractions and hedges: 'Almost a third' / headline 'Nearly a third' are hedged restatements of '32 per cent' (33.33 optional), 'nine in ten of them' = 90, 'a further quarter' = 25, 'about one in seven' = 14.29, 'a dozen of its 40' = 12, 'three-quarters' = 75, 'two-thirds the year before' = 66.67 (own period), "
    "'one in four of them' = 25 (a second 25 with another metric), 'half a dozen' = 6, 'fewer than one in twenty' = 5, 'a fifth' = 20 (a target fall, child_protection_plans). Rounded and hedged values carry their qualifier and are required when no exact value is given ('just over 1,100', 'more than 13,000', 'around 2,000', 'just under £2m'). "
    "'Between 60 and 70 families a month' is a range (two optional figures). 'roughly twice as many as a decade ago' is a multiplier with no unit in the spec (not a figure); 'hundreds', 'thousands', 'twice instead of once' are not figures. Shares of children on plans (categories, deprived wards, repeat plans) keep child_protection_plans. "
    "The mother's quoted fragment 'about six' is both a quote and a figure (6 plans, qualifier about). Speaker after the cue ('said the trust's chief social worker, Abena Mortimer-Lewis')."
)
