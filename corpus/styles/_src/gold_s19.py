from gold import *
REV = ["the review", "review", "the report", "report", "It", "the extended child practice review"]
MPJ = ["Pritchard-Jones", "Meleri Pritchard-Jones", "Ms Pritchard-Jones", "the board's independent chair"]
GM = ["Baby W's grandmother", "grandmother", "his grandmother", "the grandmother", "Baby W’s grandmother"]
WG = ["Welsh Government spokesperson", "Welsh Government", "the Welsh Government", "spokesperson"]
write(
    "s19_swansea_child_practice_review_news.html", "news_article",
    "Swansea baby review: 'Warning signs were missed,' says report",
    "Swansea", "West Glamorgan Safeguarding Board", P("2024-02-01", "2024-04-30", "between the baby's birth in February 2024 and April 2024"),
    [
        F(7, "weeks", "other", "age of the baby when injured", "a seven-week-old baby"),
        F(4, "years", "other", "father's prison sentence (years part)", "jailed for four years and eight months", optional=True),
        F(8, "months", "other", "father's prison sentence (months part)", "jailed for four years and eight months", optional=True),
        F(9, "count", "other", "times health visitors and GPs saw the baby", "saw the baby nine times in his first seven weeks"),
        F(5, "count", "recommendations", "learning points set out by the review", "five learning points and 11 actions"),
        F(11, "count", "recommendations", "actions for the board's partner agencies", "five learning points and 11 actions"),
        F(7, "count", "recommendations", "actions already complete", "seven were already complete"),
        F(2, "count", "other", "times the family raised concerns", "the family had raised concerns twice"),
        F(3, "count", "lcsprs_published", "child practice reviews published by the West Glamorgan board in the past year", "has published three child practice reviews in the past year",
          period=P("2024-09-16", "2025-09-16", "the past year")),
        F(4, "count", "lcsprs_ongoing", "child practice reviews under way, West Glamorgan", "has four more under way"),
        F(26, "count", "lcsprs_published", "child practice reviews published across Wales in 2024-25", "published 26 child practice reviews in 2024-25", period=FY(2024)),
        F(19, "count", "lcsprs_published", "child practice reviews published across Wales the year before", "up from 19 the year before", period=FY(2023)),
        F(14, "count", "lcsprs_published", "concise child practice reviews published across Wales", "Fourteen were concise reviews", period=FY(2024)),
        F(12, "count", "lcsprs_published", "extended child practice reviews published across Wales", "and 12 extended", period=FY(2024)),
        F(277, "count", "child_protection_plans", "children on the child protection register, Swansea, end of March", "Swansea had 277 children on the child protection register",
          period=P("2025-03-31", "2025-03-31", "the end of March")),
        F(69.4, "rate_per_10000", "child_protection_plans", "register rate, Swansea", "a rate of 69.4 per 10,000 children", period=P("2025-03-31", "2025-03-31", "the end of March")),
    ],
    ["16 September 2025", "February 2024", "April 2024", "in June", "in 2019", "per 10,000", "10-year gap", "24-17"],
    [
        Q("Warning signs were missed,", "the review", REV, "says", optional=True),
        Q("a collective failure to be curious about the men in the household", "the review", REV, "said"),
        Q("This little boy was let down by a system that did not join up the information it had. We are sorry.", "Meleri Pritchard-Jones", MPJ, "said",
          role="independent chair, West Glamorgan Safeguarding Board"),
        Q("The changes we are making are not about paperwork. They are about making sure that every professional who walks into a home with a new baby asks who else lives there.",
          "Meleri Pritchard-Jones", MPJ, None),
        Q("We told them he wasn't safe around that man,", "Baby W's grandmother", GM, "said"),
        Q("Nobody wrote it down.", "Baby W's grandmother", GM, None),
        Q("Every child practice review must lead to change. We will shortly consult on a single unified safeguarding review process for Wales.",
          "a Welsh Government spokesperson", WG, "said"),
    ],
    [
        {"name": "Meleri Pritchard-Jones", "role": "independent chair, West Glamorgan Safeguarding Board"},
        {"name": "Owen Baptiste", "role": "director of social services, Swansea Council"},
    ],
    ["Wales Today", "Cymraeg", "Sign in", "Wales Politics South West Wales Sport", "More from Wales", "Ferry service to Cork to return after 10-year gap",
     "Ospreys beat Scarlets 24-17 in derby", "© 2025 Wales Today. We are not responsible for the content of external sites.",
     "If you have been affected by the issues in this story, help and support is available through our Action Line page."],
    "Welsh news page about one extended child practice review (Wales's equivalent of an LCSPR). Period = the review's scope, from the baby's birth in February 2024 to April 2024; the regional and national counts carry their own periods (the past year; 2024-25; the year before; end of March 2025). Area Swansea; the West Glamorgan board also covers Neath Port Talbot. "
    "Figures: 'seven-week-old' (weeks), 'jailed for four years and eight months' (a compound duration the spec cannot express as one value: both parts optional), 'nine times', 'five learning points and 11 actions' (recommendations; the crosshead 'Five learning points' and 'all 11 actions' repeat them), 'seven were already complete', 'twice'. "
    "Wales-wide: '26 child practice reviews in 2024-25 ... up from 19 the year before. Fourteen were concise reviews and 12 extended.' (ellipsis: '12 extended' = 12 extended reviews). Quotes: a single-quoted headline (optional), a document fragment ('It said there had been \"...\"'), a two-paragraph quote where the second paragraph has no cue, an anonymous grandmother (cue in the middle, then a follow-on sentence), a Welsh Government spokesperson. Owen Baptiste speaks only in reported speech (no quote)."
)
