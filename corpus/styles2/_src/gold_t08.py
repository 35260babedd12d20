from styles_src import *
Q1 = P("2025-04-01", "2025-06-30", "quarter 1")
J30 = P("2025-06-30", "2025-06-30", "30 June 2025")
DL = ["Lightfoot", "D. Lightfoot", "Ms Lightfoot", "Head of Children's Social Care", "the Head of Children's Social Care"]
RF = ["Fenwick", "Councillor Fenwick", "R. Fenwick", "Councillor R. Fenwick"]
JR = ["Robson-Tait", "J. Robson-Tait", "Ms Robson-Tait", "Corporate Director", "the Corporate Director"]
write(
    "t08_durham_scrutiny_minutes.txt", "council_report",
    "Children and Young People's Overview and Scrutiny Committee - minutes, 17 November 2025",
    "County Durham", "Durham Safeguarding Children Partnership", P("2025-07-01", "2025-09-30", "July to September 2025"),
    [
        F(1684, "count", "social_care_referrals", "referrals received in the quarter", "received 1,684 referrals in the quarter"),
        F(1812, "count", "social_care_referrals", "referrals received in quarter 1", "down from 1,812 in quarter 1", period=Q1),
        F(19.6, "percent", "social_care_referrals", "re-referrals within 12 months", "19.6% were re-referrals within 12 months"),
        F(20, "percent", "social_care_referrals", "re-referral target", "against a target of 20%"),
        F(1043, "count", "other", "child and family assessments completed", "1,043 child and family assessments had been completed"),
        F(87, "percent", "other", "assessments completed within 45 working days", "87% of them within 45 working days"),
        F(45, "days", "other", "assessment timescale", "within 45 working days"),
        F(512, "count", "section_47_enquiries", "section 47 enquiries started in the quarter", "section 47 enquiries started in the quarter was 512"),
        F(50.2, "rate_per_10000", "section_47_enquiries", "section 47 rate in the quarter", "a rate of 50.2 per 10,000 children in the quarter"),
        F(488, "count", "child_protection_plans", "children subject to a child protection plan at 30 September 2025", "488 children were subject to a child protection plan"),
        F(47.9, "rate_per_10000", "child_protection_plans", "child protection plan rate", "(47.9 per 10,000)"),
        F(461, "count", "child_protection_plans", "children subject to a plan at 30 June 2025", "compared with 461 at 30 June 2025", period=J30),
        F(41.5, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "The England average was 41.5 per 10,000"),
        F(55.0, "rate_per_10000", "child_protection_plans", "child protection plan rate, North East", "the North East average 55.0"),
        F(6.1, "percent", "child_protection_plans", "children on plans for two years or more", "6.1% had been on a plan for two years or more"),
        F(39, "count", "child_protection_plans", "children who became subject to plans in a single fortnight in August", "39 children from 11 families had become subject to plans",
          period=P("2025-08-01", "2025-08-31", "in a single fortnight in August")),
        F(11, "count", "other", "families of the 39 children", "39 children from 11 families"),
        F(1102, "count", "looked_after_children", "children looked after at 30 September 2025", "1,102 children were looked after at 30 September 2025"),
        F(108.3, "rate_per_10000", "looked_after_children", "looked after rate", "a rate of 108.3 per 10,000"),
        F(1087, "count", "looked_after_children", "children looked after at the end of quarter 1", "compared with 1,087 at the end of quarter 1", period=J30),
        F(37, "count", "other", "children placed in unregistered provision during the quarter", "37 children had been placed in unregistered provision"),
        F(14, "days", "other", "longest stay in unregistered provision (bound)", "none for longer than 14 days", qualifier="no longer than", optional=True),
        F(2, "count", "other", "new council children's homes", "two new council children's homes"),
        F(8, "count", "other", "beds in the new homes", "with a total of eight beds"),
        F(22, "count", "other", "new fostering households approved since April", "approved 22 new fostering households since April", period=P("2025-04-01", None, "since April")),
        F(7, "count", "other", "votes for the motion", "7 for, 2 against and 1 abstention", optional=True),
        F(2, "count", "other", "votes against the motion", "7 for, 2 against and 1 abstention", optional=True),
        F(1, "count", "other", "abstentions", "7 for, 2 against and 1 abstention", optional=True),
        F(5, "count", "other", "members of the task and finish group", "a task and finish group of five Members", optional=True),
        F(6, "months", "other", "deadline for the task and finish group to report back", "report back within six months"),
        F(6, "count", "rapid_reviews", "rapid reviews held between April and September 2025", "held six rapid reviews between April and September 2025",
          period=P("2025-04-01", "2025-09-30", "between April and September 2025")),
        F(1, "count", "lcsprs_commissioned", "LCSPR commissioned from the rapid reviews", "one local child safeguarding practice review had been commissioned",
          period=P("2025-04-01", "2025-09-30", "between April and September 2025")),
        F(2, "count", "lcsprs_ongoing", "reviews commissioned in 2024/25 still in progress", "Two reviews commissioned in 2024/25 remained in progress"),
    ],
    ["Committee Room 2", "Monday 17 November 2025", "9.30 am", "11.52 am", "22 September 2025", "item 6", "(i)", "(ii)", "(iii)", "9 March 2026",
     "within 12 months", "two years or more", "a single fortnight", "early 2026", "since April", "0191 498 0473", "Quarter 2 2025/26", "the second quarter of 2025/26", "2024/25"],
    [
        Q("Large sibling groups move the number more than anything else. We looked at every one of those decisions again and we stand by them.",
          "D. Lightfoot", DL, "said", role="Head of Children's Social Care, Durham County Council"),
        Q("simply not acceptable", "R. Fenwick", RF, "said", role="Councillor, member of the Committee"),
        Q("I share the member's frustration. No one in this room wants a child living in a holiday let with agency staff, and we are closing that gap as fast as we can.",
          "J. Robson-Tait", JR, "said", role="Corporate Director of Children and Young People's Services, Durham County Council"),
    ],
    [
        {"name": "P. J. Hetherington", "role": "Councillor (Chair)"},
        {"name": "E. Scurfield", "role": "Cabinet Portfolio Holder for Children and Young People's Services"},
        {"name": "J. Robson-Tait", "role": "Corporate Director of Children and Young People's Services"},
        {"name": "D. Lightfoot", "role": "Head of Children's Social Care"},
        {"name": "H. Marwick", "role": "Strategic Manager, Performance"},
        {"name": "F. Oduya", "role": "Democratic Services Officer"},
        {"name": "C. Dunleavy", "role": "Councillor"},
        {"name": "R. Fenwick", "role": "Councillor"},
        {"name": "T. Oyston", "role": "Councillor"},
        {"name": "J. Pattinson", "role": "Councillor"},
    ],
    ["DURHAM COUNTY COUNCIL", "Contact: F. Oduya, Democratic Services, 0191 498 0473", "There were no items.", "There was no other business."],
    "Committee minutes in plain text: numbered agenda items 1-8, attendance lists of initials, a quarter's performance (period Q2 2025/26, July-September 2025), reported speech full of figures ('informed the Committee that ...', 'advised that ...', 'stated that ...'), "
    "numbered resolutions '(i)'-'(iii)', meeting times and a vote tally '7 for, 2 against and 1 abstention' (procedural counts, optional, like the size of the task group). "
    "Quarter 1 values and 30 June snapshots carry their own period; the regional comparator 'the North East average 55.0' keeps the metric; the re-referral target keeps the referrals metric; '39 children ... had become subject to plans' is child_protection_plans. "
    "The rapid review update has its own period (April-September 2025). Speakers: 'She said:' after the question from Councillor C. Dunleavy resolves to D. Lightfoot (the subject of 'explained'), not the nearest name; a fragment from Councillor Fenwick; the Corporate Director. "
    "Traps: room number, times, dates, item and resolution numbers, 'within 12 months' and 'two years or more' (definition windows), 'a single fortnight', phone."
)
