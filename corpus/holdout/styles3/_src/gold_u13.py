from styles3_src import *
PA = ["Ashington-Mee", "Ms Ashington-Mee", "Paula Ashington-Mee", "Director of children's services", "council boss"]
BS = ["Skelderby", "Cllr Skelderby", "Brian Skelderby", "Cllr Brian Skelderby", "Ward councillor for Loftus"]
MAR = P("2025-03-31", "2025-03-31", "Back in March")
write(
    "u13_redcar_cleveland_hyperlocal.txt", "news_article",
    "Fewer kids in care, but \"we're not out of the woods yet\" says council boss",
    "Redcar and Cleveland", "South Tees Safeguarding Children Partnership", P("2025-04-01", "2025-09-30", "April to September"),
    [
        F(476, "count", "looked_after_children", "looked-after children at the end of September", "There were 476 looked-after kids in the borough at the end of September"),
        F(503, "count", "looked_after_children", "looked-after children in March", "Back in March the figure was 503", period=MAR),
        F(511, "count", "looked_after_children", "looked-after children this time last year", "this time last year it was 511", period=P("2024-09-30", "2024-09-30", "this time last year")),
        F(172, "rate_per_10000", "looked_after_children", "Redcar and Cleveland looked-after rate", "Our rate works out at 172 per 10,000 children"),
        F(70, "rate_per_10000", "looked_after_children", "England looked-after rate (comparator)", "more than double England's 70"),
        F(191, "rate_per_10000", "looked_after_children", "Middlesbrough looked-after rate (neighbour comparator)", "Middlesbrough next door, which is on 191"),
        F(29, "count", "looked_after_children", "children who came into care in the six months", "29 children came into care in those six months"),
        F(56, "count", "looked_after_children", "children who left care", "and 56 left it"),
        F(19, "count", "other", "children leaving care who went home to parents", "Nineteen of them went home to mum or dad"),
        F(11, "count", "other", "children leaving care who were adopted", "11 were adopted"),
        F(214, "count", "child_protection_plans", "children now on a child protection plan", "214 children are now on one"),
        F(187, "count", "child_protection_plans", "children on a plan in March", "up from 187 in March", period=MAR),
        F(60, "percent", "child_protection_plans", "plans with neglect behind them", "Neglect is behind almost six in ten of them", qualifier="almost"),
        F(9, "count", "other", "agency social workers", "the council now had 9 agency social workers"),
        F(37, "count", "other", "agency social workers two years ago", "down from 37 two years ago", period=P("2023-09-30", "2023-09-30", "two years ago")),
        F(17, "count", "other", "average social worker caseload", "the average caseload was 17"),
        F(128, "count", "other", "children in care living more than 20 miles from home", "Just over a quarter of children in care - 128 - live more than 20 miles from home"),
        F(25, "percent", "looked_after_children", "share of children in care living more than 20 miles from home", "Just over a quarter of children in care", qualifier="just over"),
        F(2, "count", "lcsprs_ongoing", "child safeguarding practice reviews on the go involving children from the borough", "has two child safeguarding practice reviews on the go"),
    ],
    ["25 November 2025", "3 min read", "12 comments", "COMMENTS (12)", "for the first time in five years", "on Monday night", "more than double", "more than 20 miles", "a two-hour round trip", "01632 960908", "Neither has been published yet"],
    [
        Q("we're not out of the woods yet", "Paula Ashington-Mee", PA, "says", role="Director of children's services", optional=True),
        Q("We've turned a corner on care, but we're not out of the woods yet,", "Paula Ashington-Mee", PA, "told", role="Director of children's services"),
        Q("Plans going up tells me families are under more strain, not less.", "Paula Ashington-Mee", PA, "told", role="Director of children's services"),
        Q("I've had parents ringing me in tears,", "Brian Skelderby", BS, "said", role="Ward councillor for Loftus"),
        Q("You can't do family time properly when it's a two-hour round trip on the bus.", "Brian Skelderby", BS, "said", role="Ward councillor for Loftus"),
    ],
    [
        {"name": "Lianne Pottage-Ward", "role": "writer, EastClevelandNow"},
        {"name": "Paula Ashington-Mee", "role": "Director of children's services, Redcar and Cleveland Borough Council"},
        {"name": "Brian Skelderby", "role": "Ward councillor for Loftus"},
    ],
    ["EastClevelandNow - your community news from Saltburn to Staithes", "Home > Local news > Council", "Posted by Lianne Pottage-Ward on 25 November 2025 | 3 min read | 12 comments",
     "Got a story for us? Message us on Facebook or ring 01632 960908.",
     "Sandra H: My niece fosters in Brotton and says the support has got loads better in the last year.",
     "Geordie_in_Skelton: 476 kids is still too many. Where's the money going?"],
    "Hyperlocal community site in a chatty register ('kids', 'mum or dad', 'on the go'). Period = the half-year report, April to September 2025. Snapshots with their own periods: 'Back in March the figure was 503', 'this time last year it was 511', 'up from 187 in March'. 'more than double England's 70' (the multiplier is not a figure; 70 is the England comparator); 'Middlesbrough next door, which is on 191' is a neighbour comparator. "
    "Pronoun sets: '214 children are now on one' (one = a child protection plan), 'almost six in ten of them' (60, plans), 'Nineteen of them went home' (of the 56 who left care: a leaving-care outcome count, other, as in corpus/styles2), '11 were adopted' (other). Entering and leaving care keep looked_after_children. "
    "'Just over a quarter of children in care - 128 - live more than 20 miles from home': a placement count (other) and its share (looked_after_children, hedged 'Just over a quarter', required as the only statement of the share), as corpus/styles2 treats counts and shares of children in care by placement; '20 miles' is a bound. 'Neither has been published yet' is not a zero. Reader comments are boilerplate. Quotes: the headline fragment (optional), the director split by 'she told the meeting', the councillor split by 'he said'."
)
