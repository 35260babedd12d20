from styles3_src import *
HK = ["Kaur-Bellamy", "DI Kaur-Bellamy", "Harjit Kaur-Bellamy", "Detective Inspector Harjit Kaur-Bellamy", "Detective Inspector Kaur-Bellamy"]
YO = ["Okoro-Lindqvist", "Ms Okoro-Lindqvist", "Yasmin Okoro-Lindqvist", "Partnership Business Manager"]
Q1 = P("2025-04-01", "2025-06-30", "April to June")
write(
    "u18_solihull_partnership_email_bulletin.txt", "council_report",
    "Practice Matters - Issue 19 - Autumn 2025 (July to September)",
    "Solihull", "Solihull Safeguarding Children Partnership", P("2025-07-01", "2025-09-30", "1 July - 30 September 2025"),
    [
        F(4, "count", "serious_incident_notifications", "serious incidents notified between July and September", "notified the national Panel of four serious incidents between July and September"),
        F(4, "count", "serious_incident_notifications", "serious incidents notified in the previous quarter", "the same number as in the whole of the previous quarter", period=Q1, optional=True),
        F(4, "count", "rapid_reviews", "rapid reviews held (one for each notification)", "We held a rapid review for each", optional=True),
        F(3, "count", "reviews_with_learning", "rapid reviews in which learning was identified", "Learning was identified in three of the four"),
        F(0, "count", "lcsprs_commissioned", "rapid reviews taken forward as an LCSPR so far", "None of the four has been taken forward as a local child safeguarding practice review so far"),
        F(2, "count", "other", "rapid reviews where a dentist or optician noticed something but did not refer", "in two of the four, the child had been seen by a dentist or optician"),
        F(19, "count", "police_protection", "uses of police protection powers in the quarter", "used police protection powers 19 times"),
        F(23, "count", "police_protection", "children involved in police protection", "involving 23 children"),
        F(7, "count", "court_orders", "cases with an application for an emergency protection order", "In seven of those cases the local authority went on to apply for an emergency protection order"),
        F(6, "count", "court_orders", "emergency protection orders granted", "the court granted six"),
        F(17, "count", "court_orders", "children for whom care proceedings were issued", "issued care proceedings for 17 children"),
        F(24, "count", "court_orders", "children for whom care proceedings were issued in April to June", "fewer than the 24 in April to June", period=Q1),
        F(9, "count", "serious_case_reviews", "serious case reviews carried out by the former LSCB between 2013 and 2019", "carried out nine serious case reviews", period=P("2013-01-01", "2019-12-31", "Between 2013 and 2019")),
        F(71, "count", "recommendations", "recommendations made by the nine serious case reviews", "Between them they made 71 recommendations", period=P("2013-01-01", "2019-12-31", "Between 2013 and 2019")),
        F(64, "count", "recommendations", "SCR recommendations fully embedded in practice", "64 are fully embedded in practice"),
        F(5, "count", "recommendations", "SCR recommendations partly embedded", "five are partly embedded"),
        F(2, "count", "recommendations", "SCR recommendations superseded by national changes", "two have been superseded by national changes"),
        F(2, "count", "other", "families from the nine reviews still living in Solihull", "Two of those nine families still live in Solihull"),
        F(30, "count", "other", "places on the neglect toolkit training", "Neglect toolkit training (30 places)"),
        F(150, "count", "other", "places at the annual conference", "Annual conference, 150 places"),
    ],
    ["Issue 19", "Autumn 2025", "The fourth involved", "1 July - 30 September 2025", "1. Rapid reviews this quarter", "2. POLICE PROTECTION", "in November", "one-page guide", "Over the same three months", "Tue 14 October, 9.30-12.30", "Seven-minute briefing", "Thu 6 November, 13.00-16.00", "Wed 3 December", "0121 496 0418", "B91 3QB"],
    [
        Q("Police protection is a blunt tool. Every time we use it, I want to know whether we could have got there sooner with the family's agreement.",
          "Harjit Kaur-Bellamy", HK, "said", role="Detective Inspector, public protection unit, West Midlands Police"),
        Q("Old reviews are not closed reviews. Two of those nine families still live in Solihull, and one of the children is now a parent herself.",
          "Yasmin Okoro-Lindqvist", YO, "said", role="Partnership Business Manager"),
    ],
    [
        {"name": "Harjit Kaur-Bellamy", "role": "Detective Inspector, West Midlands Police public protection unit"},
        {"name": "Yasmin Okoro-Lindqvist", "role": "Partnership Business Manager, Solihull Safeguarding Children Partnership"},
    ],
    ["From: Solihull Safeguarding Children Partnership <bulletin@solihullscp.example>", "To: Partnership practitioners", "View this email in your browser | Unsubscribe",
     "Questions? Contact the Business Unit on 0121 496 0418.",
     "You are receiving this email because you are registered with the Solihull Safeguarding Children Partnership. Registered office: Council House, Manor Square, Solihull B91 3QB."],
    "A partnership's quarterly practitioner e-mail bulletin (council_report, like a partnership web update): period = the quarter, 1 July - 30 September 2025; e-mail headers, an 'IN THIS ISSUE' numbered list and a diary with dates and times. 'the same number as in the whole of the previous quarter' implies 4 for April-June (optional); 'We held a rapid review for each' implies 4 (optional). "
    "'Learning was identified in three of the four' = reviews_with_learning; 'The fourth' is an ordinal (the one without local learning, not a figure); 'None of the four has been taken forward as a local child safeguarding practice review so far' is a required zero (lcsprs_commissioned); 'in two of the four, the child had been seen by a dentist' is a feature subset (other). "
    "Police protection: '19 times' (uses) and '23 children' (children) are two facts; emergency protection orders applied for (7) and granted (6) and care proceedings for 17 children (24 in April to June, own period) are court_orders. Legacy serious case reviews: 'nine serious case reviews' between 2013 and 2019 (serious_case_reviews, with that span as period), 71 recommendations and their status (64 / 5 / 2, recommendations). "
    "'Two of those nine families' inside a quote (other). Training places are counts (other); 'Seven-minute briefing' and the diary times are traps."
)
