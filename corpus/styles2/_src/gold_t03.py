from styles_src import *
FY23 = FY(2023)
HS = ["Stavridis", "Professor Stavridis", "Hannelore Stavridis", "Professor Hannelore Stavridis", "Panel chair"]
KA = ["Ashworth-Lyle", "Mr Ashworth-Lyle", "Kwabena Ashworth-Lyle", "ADCS spokesperson", "ADCS"]
regions = [("North East", 28, 36, 29), ("North West", 67, 71, 6), ("Yorkshire and the Humber", 42, 51, 21), ("East Midlands", 37, 40, 8),
           ("West Midlands", 50, 55, 10), ("East of England", 46, 50, 9), ("London", 63, 60, -5), ("South East", 61, 68, 11),
           ("South West", 34, 31, -9)]
t1 = []
for name, a, b, c in regions:
    sign = "+" if c > 0 else "-"
    anchor = "%s %d %d %s%d%%" % (name, a, b, sign, abs(c))
    t1.append(F(a, "count", "serious_incident_notifications", "serious incident notifications, %s, 2023-24" % name, anchor, period=FY23))
    if name == "North East":
        t1.append(F(b, "count", "serious_incident_notifications", "serious incident notifications, North East", anchor))
        t1.append(F(c, "percent", "serious_incident_notifications", "change in notifications, North East", "notifications up 29 per cent"))
    elif name == "Yorkshire and the Humber":
        t1.append(F(b, "count", "serious_incident_notifications", "serious incident notifications, Yorkshire and the Humber", anchor))
        t1.append(F(c, "percent", "serious_incident_notifications", "change in notifications, Yorkshire and the Humber", "where they rose by 21 per cent"))
    else:
        t1.append(F(b, "count", "serious_incident_notifications", "serious incident notifications, %s" % name, anchor))
        t1.append(F(c, "percent", "serious_incident_notifications", "change in notifications, %s" % name, anchor))
councils = [("Sunderland", 9, 9, 2, "Sunderland notified nine incidents"), ("Gateshead", 3, 3, 0, "Gateshead three"),
            ("Newcastle upon Tyne", 7, 6, 1, "Newcastle upon Tyne notified seven"), ("Leeds", 12, 12, 3, None), ("Bradford", 14, 13, 2, None)]
t2 = []
for name, n, rr, lc, prose in councils:
    row = "%s %d %d %d" % (name, n, rr, lc)
    t2.append(F(n, "count", "serious_incident_notifications", "serious incident notifications, %s" % name, prose or row))
    t2.append(F(rr, "count", "rapid_reviews", "rapid reviews, %s" % name, row))
    t2.append(F(lc, "count", "lcsprs_commissioned", "LCSPRs commissioned, %s" % name, row))
write(
    "t03_panel_regions_trade_press.html", "news_article",
    "Serious incident notifications: North East and Yorkshire see sharpest rises",
    None, None, FY(2024),
    [
        F(462, "count", "serious_incident_notifications", "serious incidents notified in England", "notified the Child Safeguarding Practice Review Panel of 462 serious incidents in 2024-25"),
        F(34, "count", "serious_incident_notifications", "increase in notifications on the previous year", "34 more than the previous year"),
        F(428, "count", "serious_incident_notifications", "serious incident notifications, England, 2023-24", "England 428 462 +8%", period=FY23),
        F(8, "percent", "serious_incident_notifications", "change in notifications, England", "England 428 462 +8%"),
        F(203, "count", "child_deaths", "notified incidents involving the death of a child", "203 involved the death of a child"),
        F(259, "count", "serious_harm_cases", "notified incidents involving serious harm", "259 serious harm"),
        F(38, "percent", "serious_incident_notifications", "notifications concerning babies under a year old", "(38 per cent) concerned babies under a year old"),
        F(40, "percent", "serious_incident_notifications", "notifications concerning babies (hedged)", "Just under two-fifths", qualifier="just under", optional=True),
    ] + t1 + t2 + [
        F(71, "percent", "other", "rapid reviews completed within 15 working days, England", "within the 15 working day timescale in 71 per cent of cases"),
        F(76, "percent", "other", "rapid reviews completed on time the year before", "down from 76 per cent the year before", period=FY23),
        F(15, "days", "other", "rapid review timescale", "the 15 working day timescale"),
        F(88, "count", "lcsprs_commissioned", "local reviews commissioned nationally", "88 local reviews were commissioned nationally"),
    ],
    ["Jobs (1,204)", "Tuesday, 18 November 2025", "under a year old", "Table 1", "Table 2", "a decade ago", "No. 01234567", "01632 960733",
     "2023-24", "2024-25", "the 2025 changes", "Ten things we learned from the 2024 Panel review"],
    [
        Q("not, in itself, a sign that practice is getting worse", "Hannelore Stavridis", HS, "said", role="chair, Child Safeguarding Practice Review Panel"),
        Q("A notification is a council doing what it is supposed to do,", "Hannelore Stavridis", HS, "said"),
        Q("What I want to know is whether the learning from each one is reaching the front line.", "Hannelore Stavridis", HS, None),
        Q("far fewer resources and far more complex families", "Kwabena Ashworth-Lyle", KA, "said", role="spokesperson, Association of Directors of Children's Services"),
        Q("Directors will look hard at these figures, but they are not a league table,", "Kwabena Ashworth-Lyle", KA, "added"),
    ],
    [
        {"name": "Olufemi Brandreth-Cole", "role": "reporter"},
        {"name": "Hannelore Stavridis", "role": "chair, Child Safeguarding Practice Review Panel"},
        {"name": "Kwabena Ashworth-Lyle", "role": "spokesperson, Association of Directors of Children's Services"},
    ],
    ["Children & Families Practice Weekly", "News Analysis Jobs (1,204) Events", "Safeguarding", "By Olufemi Brandreth-Cole, Tuesday, 18 November 2025",
     "Related", "Agency social worker rules: what the 2025 changes mean", "Ten things we learned from the 2024 Panel review",
     "© 2025 Example Trade Publishing Ltd. Registered in England No. 01234567. Subscriptions: 01632 960733"],
    "Trade-press story on national Panel statistics (area null; areas lists the councils of Table 2). Table 1 is annotated cell by cell: 2023-24 cells carry their own period, the Change column is percent with the notifications metric ('-5%' = -5, '-9%' = -9); "
    "the North East and Yorkshire changes are repeated in the prose (anchored there). The England row's 2024-25 cell repeats the lede's 462. Table 2 has three metrics per council (notifications, rapid reviews, LCSPRs commissioned), a required zero cell (Gateshead), and the prose 'Sunderland notified nine incidents and Gateshead three, while Newcastle upon Tyne notified seven' repeats the notifications column (coordination ellipsis). "
    "'Just under two-fifths (38 per cent)': 38 required, hedged 40 optional; both shares of notifications. Quotes: two fragments inside reported speech, a follow-on with no cue. Traps: job count in the nav, dates, table numbers, company number, phone.",
    areas=["Sunderland", "Gateshead", "Newcastle upon Tyne", "Leeds", "Bradford"],
)
