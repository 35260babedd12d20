from styles3_src import *
NM = ["McKeague-Doran", "Ms McKeague-Doran", "Niamh McKeague-Doran", "the Commissioner", "Commissioner", "Commissioner for Children and Young People"]
ROLE = "Northern Ireland Commissioner for Children and Young People"
S = lambda d, t: P(d, d, t)
TRUSTS = ["Belfast Health and Social Care Trust", "Northern Health and Social Care Trust", "South Eastern Health and Social Care Trust", "Southern Health and Social Care Trust", "Western Health and Social Care Trust"]
write(
    "u04_ni_childrens_commissioner_statement.txt", "news_article",
    "Commissioner responds to new child protection and looked after children statistics",
    None, None, FY(2024),
    [
        F(2318, "count", "child_protection_plans", "children on the child protection register across Northern Ireland on 31 March 2025", "2,318 children were on the child protection register"),
        F(71, "count", "child_protection_plans", "increase in registered children on a year earlier", "That is 71 more than a year earlier"),
        F(611, "count", "child_protection_plans", "registered children, Belfast Trust", "Belfast Trust had the largest number of registered children (611)"),
        F(497, "count", "child_protection_plans", "registered children, Northern Trust", "followed by the Northern Trust (497)"),
        F(68, "rate_per_10000", "child_protection_plans", "register rate, Western Trust", "at 68 per 10,000 children aged under 18"),
        F(52, "rate_per_10000", "child_protection_plans", "Northern Ireland register rate", "against a Northern Ireland rate of 52"),
        F(38460, "count", "social_care_referrals", "referrals to children's social services", "the Trusts received 38,460 referrals"),
        F(1904, "count", "child_protection_plans", "children added to the register (registrations)", "1,904 children were added to the register"),
        F(47, "percent", "child_protection_plans", "new registrations listing neglect", "Almost half of all new registrations (47%) listed neglect"),
        F(50, "percent", "child_protection_plans", "new registrations listing neglect (hedged 'Almost half')", "Almost half of all new registrations", qualifier="almost", optional=True),
        F(29, "percent", "child_protection_plans", "new registrations recording physical abuse", "physical abuse was recorded in 29%"),
        F(4102, "count", "looked_after_children", "looked after children", "The number of looked after children reached 4,102"),
        F(5, "percent", "looked_after_children", "rise in looked after children in twelve months", "up 5% in twelve months"),
        F(25, "percent", "looked_after_children", "rise in looked after children over five years", "up by more than a quarter over five years", qualifier="more than"),
        F(40, "percent", "looked_after_children", "looked after children living with kinship carers", "Four in ten looked after children were living with kinship carers"),
        F(206, "count", "other", "looked after children in residential care", "206 were in residential care"),
        F(33.33, "percent", "other", "family intervention posts vacant in one Trust", "a third of its family intervention posts were vacant"),
        F(3, "count", "lcsprs_published", "Case Management Reviews published by the SBNI", "three Case Management Reviews had been published"),
        F(7, "count", "lcsprs_ongoing", "Case Management Reviews still in progress", "seven others were still in progress"),
        F(2, "years", "other", "time some CMRs have been in progress", "some of them for more than two years", qualifier="more than"),
        F(3, "months", "other", "deadline for the Board's backlog plan", "within three months"),
    ],
    ["Tuesday 18 November 2025", "on 31 March 2025", "five Health and Social Care Trusts", "aged under 18", "in twelve months", "over five years", "Order 2003", "9.30am", "028 9649 6218", "1. The Northern Ireland", "2024/25"],
    [
        Q("stop treating children's social care as the part of the health budget that can wait", "Niamh McKeague-Doran", NM, "called on", role=ROLE),
        Q("Behind every one of these numbers is a child who needed help, and too often needed it sooner. I want to pay tribute to social workers, who are holding this system together with their bare hands.", "Niamh McKeague-Doran", NM, "said", role=ROLE),
        Q("But goodwill is not a workforce plan. One Trust told my office that a third of its family intervention posts were vacant in the summer. That cannot be right.", "Niamh McKeague-Doran", NM, None, role=ROLE),
        Q("Families are waiting too long for answers, and so are the professionals who want to learn from them,", "Niamh McKeague-Doran", NM, "said", role=ROLE),
        Q("I have asked the Board to set out, within three months, how it will clear that backlog.", "Niamh McKeague-Doran", NM, "said", role=ROLE),
    ],
    [{"name": "Niamh McKeague-Doran", "role": ROLE}],
    ["NORTHERN IRELAND COMMISSIONER FOR CHILDREN AND YOUNG PEOPLE", "For immediate use: Tuesday 18 November 2025",
     "Media enquiries: 028 9649 6218 or media@niccy.example", "ENDS"],
    "Commissioner's press statement on Northern Ireland-wide statistics: area null, the five HSC Trusts in `areas`; no partnership (the SBNI is mentioned only as the publisher of CMRs); period 2024/25 (snapshot 31 March 2025). Register counts per trust in brackets ('Belfast Trust ... (611)', 'followed by the Northern Trust (497)') and the trust rate vs the NI rate. "
    "'Almost half ... (47%)': 47 required, the hedged 50 optional. 'up by more than a quarter over five years' = 25 percent (qualifier). 'Four in ten' = 40 percent of looked after children (placement share keeps the metric); '206 were in residential care' is a placement count (other). The vacancy share inside a quote is other. CMRs = lcsprs_*. "
    "Quotes: an opening fragment with the cue 'has called on'; the second quote paragraph follows on with no cue; 'she said' splits the last quote. Traps: the Order 2003, notes numbering, 'aged under 18', 'in twelve months' (window of a change), '9.30am'.",
    areas=TRUSTS,
)
