from styles_src import *
FY23 = FY(2023)
M24 = P("2024-03-31", "2024-03-31", "a year earlier")
BQ = ["Quayle", "Ms Quayle", "Bernadette Quayle", "director of children's social care"]
YP = ["Patel", "Cllr Patel", "Yasmin Patel", "Cllr Yasmin Patel"]
SA = ["Achterberg", "Mr Achterberg", "Simon Achterberg"]
RA = ["Almond", "Cllr Almond", "Ruth Almond", "Cllr Ruth Almond"]
LCC = ["Lancashire County Council spokesperson", "a Lancashire County Council spokesperson", "spokesperson", "Lancashire County Council", "the council"]
write(
    "t01_lancashire_scrutiny_ldrs.txt", "news_article",
    "Social worker caseloads still 'too high' despite fall in agency staff, Lancashire scrutiny told",
    "Lancashire", None, FY(2024),
    [
        F(25, "percent", "other", "fall in agency staff (hedged)", "fallen by almost a quarter", qualifier="almost", optional=True),
        F(19, "count", "other", "average social worker caseload (cases)", "holding 19 cases at the end of March"),
        F(16, "count", "other", "caseload target", "against a target of 16"),
        F(15208, "count", "social_care_referrals", "referrals received during the year", "received 15,208 referrals during the year"),
        F(6, "percent", "social_care_referrals", "fall in referrals on 2023/24", "6 per cent fewer than in 2023/24"),
        F(21.8, "percent", "social_care_referrals", "re-referrals within 12 months", "21.8 per cent of those were re-referrals"),
        F(1312, "count", "child_protection_plans", "children on child protection plans at 31 March 2025", "1,312 children were on child protection plans at 31 March 2025"),
        F(50.6, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 50.6 per 10,000 children"),
        F(1268, "count", "child_protection_plans", "children on child protection plans a year earlier", "compared with 1,268 a year earlier", period=M24),
        F(41.5, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "The England rate was 41.5"),
        F(3, "years", "other", "time Cllr Patel has sat on the committee", "sat on this committee for three years", optional=True),
        F(60, "count", "other", "child protection plans audited", "an audit of 60 plans"),
        F(4, "count", "other", "audited plans not judged the right decision", "all but four had been the right decision"),
        F(56, "count", "other", "audited plans judged the right decision (implied)", "all but four had been the right decision", optional=True),
        F(118, "count", "other", "social work posts filled by agency workers in March", "118 of the council's 742 social work posts were filled by agency workers"),
        F(742, "count", "other", "social work posts", "118 of the council's 742 social work posts"),
        F(154, "count", "other", "social work posts filled by agency workers a year before", "down from 154 a year before", period=M24),
        F(23, "percent", "other", "fall in agency workers", "a fall of 23 per cent"),
        F(96, "count", "other", "social work vacancies", "Vacancies stood at 96 posts"),
        F(12.9, "percent", "other", "social work vacancy rate", "or 12.9 per cent"),
        F(26000, "gbp", "other", "yearly saving per agency worker replaced", "saves us around £26,000 a year", qualifier="around"),
        F(41, "count", "other", "newly qualified social workers started since September", "41 newly qualified social workers had started with the council since September",
          period=P("2025-09-01", None, "since September")),
        F(35, "count", "other", "newly qualified social workers the academy will take next year", "take a further 35 next year"),
        F(14200000, "gbp", "other", "agency spending in 2023/24", "from £14.2m in 2023/24", period=FY23),
        F(10900000, "gbp", "other", "agency spending last year", "to £10.9m last year"),
        F(2071, "count", "looked_after_children", "children looked after at the end of March", "2,071 children were looked after by the county council"),
        F(2019, "count", "looked_after_children", "children looked after a year earlier", "up from 2,019", period=M24),
        F(312, "count", "other", "looked after children living in children's homes", "312 were living in children's homes"),
        F(20, "percent", "looked_after_children", "looked after children placed more than 20 miles from home", "about one in five was placed more than 20 miles from home", qualifier="about"),
        F(4, "count", "other", "new council children's homes to open by 2027", "We are opening four new homes of our own by 2027"),
        F(2, "count", "other", "new homes with three beds", "Two of the homes would have three beds", optional=True),
        F(2, "count", "other", "new homes with four beds", "two would have four", optional=True),
        F(89, "percent", "other", "child protection visits within 10 working days", "89 per cent of child protection visits happened within 10 working days"),
        F(10, "days", "other", "timescale for child protection visits", "within 10 working days"),
        F(94, "percent", "other", "assessments completed within 45 working days", "94 per cent of assessments were completed within 45 working days"),
        F(45, "days", "other", "timescale for assessments", "within 45 working days"),
    ],
    ["14:36", "Thursday 13 November 2025", "2024/25", "within 12 months", "per 10,000", "more than 20 miles", "60 miles", "by 2027", "in the spring",
     "in March", "01632 960418", "£1m in 12 months", "Seven new 20mph zones"],
    [
        Q("too high", "Bernadette Quayle", BQ, None, optional=True),
        Q("still too high", "Bernadette Quayle", BQ, "described", role="director of children's social care, Lancashire County Council"),
        Q("We are taking fewer referrals through the door, but the families who do come to us have far more going on,", "Bernadette Quayle", BQ, "said"),
        Q("A child who comes to us now is more likely to have a parent with a mental health problem, more likely to be living with domestic abuse, and more likely to be known to us already.",
          "Bernadette Quayle", BQ, None),
        Q("I have sat on this committee for three years and I have heard the same explanation every time,", "Yasmin Patel", YP, "said", role="Cllr (Lab, Preston City)"),
        Q("At what point do we accept that something in our system is drawing children into plans who do not need to be there?", "Yasmin Patel", YP, None),
        Q("Every agency worker we replace with a permanent member of staff saves us around £26,000 a year,", "Simon Achterberg", SA, "said", role="assistant director for workforce, Lancashire County Council"),
        Q("More importantly, it means a child keeps the same social worker.", "Simon Achterberg", SA, None),
        Q("These are our children,", "Ruth Almond", RA, "said", role="Cllr (Lib Dem, Lancaster Central)"),
        Q("We would not send our own sons and daughters 60 miles away to live with strangers and call it a plan.", "Ruth Almond", RA, None),
        Q("Cllr Almond is right, and I would not pretend otherwise,", "Bernadette Quayle", BQ, "said"),
        Q("We are opening four new homes of our own by 2027, and every one of them will be in Lancashire.", "Bernadette Quayle", BQ, None),
        Q("We know there is more to do, and the committee's challenge helps us do it.", "a Lancashire County Council spokesperson", LCC, "said"),
    ],
    [
        {"name": "Harriet Ormerod", "role": "Local Democracy Reporter"},
        {"name": "Bernadette Quayle", "role": "director of children's social care, Lancashire County Council"},
        {"name": "Yasmin Patel", "role": "Cllr (Lab, Preston City)"},
        {"name": "Gareth Whiteside", "role": "Cllr (Con, Ribble Valley North), chair of the children, families and skills scrutiny committee"},
        {"name": "Simon Achterberg", "role": "assistant director for workforce, Lancashire County Council"},
        {"name": "Ruth Almond", "role": "Cllr (Lib Dem, Lancaster Central)"},
    ],
    ["Ribble & Wyre Chronicle | News | Local Democracy", "By Harriet Ormerod, Local Democracy Reporter", "Published 14:36, Thursday 13 November 2025",
     "Contact the newsdesk: news@ribblewyrechronicle.example | 01632 960418",
     "MORE FROM LANCASHIRE: Bus lane fines top £1m in 12 months | Seven new 20mph zones approved"],
    "LDRS scrutiny story with four named speakers and a spokesperson: reported speech mixed with quotes ('She told members that 21.8 per cent ...', 'She told Cllr Patel ...'), 'Cllr Yasmin Patel (Lab, Preston City) asked ...' then '\"...,\" she said' (party and ward are role, not name), follow-on quote paragraphs with no cue, "
    "and the trap '\"Cllr Almond is right ...,\" she said', where the nearest name (inside the quote) is not the speaker: the speaker is Ms Quayle from the paragraph opener 'Ms Quayle agreed.'. "
    "Figures: 'a year earlier' / 'a year before' / 'up from 2,019' are snapshots at 31 March 2024; '£14.2m in 2023/24' own period; 'almost a quarter' is the hedged restatement of 'a fall of 23 per cent' (optional); 'all but four' = 4 required, implied 56 optional; "
    "'312 were living in children's homes' is a count of a subset defined by a feature (other) while the share 'about one in five' takes the metric of the whole (looked_after_children); caseloads, agency posts, vacancies and timeliness are other; bed counts of the new homes optional. "
    "Traps: 'within 12 months' (definition window), 'more than 20 miles', '60 miles' (distances), 'by 2027', footer links."
)
