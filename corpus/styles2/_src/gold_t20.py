from styles_src import *
TA = ["Achebe-Lindqvist", "Dr Achebe-Lindqvist", "Tobias Achebe-Lindqvist", "Dr Tobias Achebe-Lindqvist", "Panel chair"]
write(
    "t20_llr_child_death_panel_news.html", "news_article",
    "Child deaths: a third of cases had factors that could have been changed, panel finds",
    None, "Leicester, Leicestershire and Rutland Child Death Overview Panel", FY(2024),
    [
        F(34, "percent", "child_deaths", "reviewed deaths with modifiable factors", "Modifiable factors were identified in 34% of the child deaths reviewed"),
        F(33.33, "percent", "child_deaths", "reviewed deaths with modifiable factors (headline 'a third')", "a third of cases had factors that could have been changed", optional=True),
        F(78, "count", "child_deaths", "child deaths notified to the CDOP", "was notified of 78 deaths of children in 2024/25"),
        F(36, "count", "child_deaths", "child deaths notified, Leicester", "36 in Leicester"),
        F(37, "count", "child_deaths", "child deaths notified, Leicestershire", "37 in Leicestershire"),
        F(5, "count", "child_deaths", "child deaths notified, Rutland", "five in Rutland"),
        F(71, "count", "child_deaths", "child deaths reviewed by the panel", "The panel completed reviews of 71 deaths"),
        F(24, "count", "child_deaths", "reviewed deaths found to have modifiable factors", "24 were found to have modifiable factors"),
        F(41, "count", "child_deaths", "deaths of babies under one", "Just over half of the deaths notified (41) were of babies under one"),
        F(50, "percent", "child_deaths", "deaths of babies under one (hedged 'just over half')", "Just over half of the deaths notified (41)", qualifier="just over", optional=True),
        F(27, "count", "child_deaths", "deaths in the first 28 days of life", "27 of those were in the first 28 days of life"),
        F(4.1, "rate_per_1000", "child_deaths", "infant death rate per 1,000 live births", "The rate of infant deaths was 4.1 per 1,000 live births"),
        F(3.9, "rate_per_1000", "child_deaths", "infant death rate, England", "compared with 3.9 in England"),
        F(7, "count", "child_deaths", "sudden and unexpected deaths in infancy (SUDI)", "Seven deaths were sudden and unexpected deaths in infancy (SUDI)"),
        F(5, "count", "other", "SUDI cases where the baby shared a sleeping surface with an adult", "In five of the seven, the baby had been sharing a sleeping surface"),
        F(6, "months", "other", "recommended period for babies to sleep in their parents' room", "for the first six months", optional=True),
        F(4, "count", "child_deaths", "deaths of teenagers by suicide reviewed", "reviewed the deaths of four teenagers by suicide"),
        F(11, "count", "recommendations", "recommendations made in the report", "The report makes 11 recommendations in total"),
        F(27.8, "rate_per_100000", "child_deaths", "child death rate across the three areas", "27.8 per 100,000 children aged 0-17"),
        F(26.5, "rate_per_100000", "child_deaths", "child death rate, England", "the England average of 26.5"),
    ],
    ["Monday 1 December 2025", "under one", "the first 28 days of life", "aged 0-17", "all three areas", "one more", "0116 496 0847", "2024/25", "across the three areas"],
    [
        Q("Every one of these deaths is a family's worst day. If we can stop one more by talking plainly about safe sleep, we must.", "Tobias Achebe-Lindqvist", TA, "said",
          role="chair, Leicester, Leicestershire and Rutland Child Death Overview Panel"),
        Q("Babies should sleep on their back, in a clear cot, in the same room as their parents for the first six months,", "Tobias Achebe-Lindqvist", TA, "said"),
    ],
    [
        {"name": "Harpreet Kaur-Whitlock", "role": "Health Correspondent"},
        {"name": "Tobias Achebe-Lindqvist", "role": "chair, Leicester, Leicestershire and Rutland Child Death Overview Panel"},
    ],
    ["East Shires Observer", "Home > News > Health", "Harpreet Kaur-Whitlock, Health Correspondent · Monday 1 December 2025",
     "If you have been affected by this story, support is available from the Example Bereavement Line on 0116 496 0847.", "East Shires Observer (example) © 2025"],
    "Child death overview panel story for three councils (area null; areas Leicester, Leicestershire, Rutland; the partnership is the CDOP). Deaths notified and reviewed are different facts (78 vs 71); per-council counts by coordination ellipsis ('36 in Leicester, 37 in Leicestershire and five in Rutland'); subsets of deaths keep child_deaths (under-ones, first 28 days, SUDI, suicides, modifiable factors), except the feature subset 'In five of the seven ... sharing a sleeping surface' (other). "
    "The value 5 is two facts (Rutland deaths; SUDI with co-sleeping). Rates: per 1,000 live births (infant deaths, rate_per_1000) and per 100,000 children (rate_per_100000), each with an England comparator. "
    "'34%' exact with the headline 'a third' and 'Just over half ... (41)' hedged restatements (optional). 'for the first six months' inside the quote is safe-sleep advice (optional, a duration inside a quote). Traps: age bands, 'the first 28 days of life' (a definition), 'one more', helpline.",
    areas=["Leicester", "Leicestershire", "Rutland"],
)
