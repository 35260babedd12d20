from styles_src import *
FY23 = FY(2023)
MC = ["Castellan", "Professor Castellan", "Moira Castellan", "Professor Moira Castellan", "Independent Scrutineer", "the Independent Scrutineer"]
rows = [("Neglect", "neglect", 9, 31, 9, 12, 35, 12), ("Physical abuse", "physical abuse", 8, 28, 7, 10, 29, 9),
        ("Sexual abuse", "sexual abuse", 3, 10, 3, 4, 12, 4), ("Non-accidental head injury", "non-accidental head injury", 5, 17, 5, 5, 15, 5),
        ("Other", "another category of harm", 4, 14, 4, 3, 9, 3)]
table = []
for label, what, n1, p1, r1, n2, p2, r2 in rows:
    anchor = "%s %d (%d%%) %d %d (%d%%) %d" % (label, n1, p1, r1, n2, p2, r2)
    a_n2 = anchor
    if label == "Neglect":
        a_n2 = "12 (35%) related to neglect"
    if label == "Physical abuse":
        a_n2 = "10 (29%) to physical abuse"
    table += [
        F(n1, "count", "other", "notifications with %s as primary category, 2023-24" % what, anchor, period=FY23),
        F(p1, "percent", "serious_incident_notifications", "share of notifications, %s, 2023-24" % what, anchor, period=FY23, optional=True),
        F(r1, "count", "other", "rapid reviews with %s as primary category, 2023-24" % what, anchor, period=FY23),
        F(n2, "count", "other", "notifications with %s as primary category" % what, a_n2),
        F(p2, "percent", "serious_incident_notifications", "share of notifications, %s" % what, a_n2, optional=True),
        F(r2, "count", "other", "rapid reviews with %s as primary category" % what, anchor),
    ]
write(
    "t07_sheffield_partnership_annual_report_2024_25.pdf", "council_report",
    "Sheffield Children Safeguarding Partnership - Annual Report 2024-25 (extract: section 5)",
    "Sheffield", "Sheffield Children Safeguarding Partnership", P("2024-04-01", "2025-03-31", "Between 1 April 2024 and 31 March 2025"),
    [
        F(34, "count", "serious_incident_notifications", "serious incidents notified to the Panel", "notified the Child Safeguarding Practice Review Panel of 34 serious incidents"),
        F(5, "count", "serious_incident_notifications", "increase in notifications on 2023-24", "five more than in 2023-24"),
        F(1, "count", "other", "notified case with no local rapid review", "A rapid review was held in all but one case", optional=True),
    ] + table + [
        F(29, "count", "serious_incident_notifications", "serious incident notifications, 2023-24 (Total row)", "Total 29 (100%) 28 34 (100%) 33", period=FY23),
        F(28, "count", "rapid_reviews", "rapid reviews, 2023-24 (Total row)", "Total 29 (100%) 28 34 (100%) 33", period=FY23),
        F(33, "count", "rapid_reviews", "rapid reviews held in 2024-25", "Of the 33 rapid reviews"),
        F(27, "count", "other", "rapid reviews completed within 15 working days", "27 (82%) were completed within 15 working days"),
        F(82, "percent", "other", "rapid reviews completed within 15 working days (share)", "27 (82%) were completed within 15 working days", optional=True),
        F(15, "days", "other", "rapid review timescale", "within 15 working days"),
        F(19, "count", "other", "rapid reviews completed on time the year before", "compared with 19 of 28 (68%) the year before", period=FY23),
        F(68, "percent", "other", "rapid reviews completed on time the year before (share)", "compared with 19 of 28 (68%) the year before", period=FY23, optional=True),
        F(4, "count", "lcsprs_commissioned", "LCSPRs commissioned in 2024-25", "commission four local child safeguarding practice reviews (LCSPRs)"),
        F(3, "count", "lcsprs_published", "LCSPRs published during the year", "Three LCSPRs were published during the year"),
        F(5, "count", "lcsprs_ongoing", "LCSPRs still in progress at 31 March 2025", "and five, including two commissioned in 2023-24, were still in progress"),
        F(2, "count", "lcsprs_ongoing", "LCSPRs in progress that were commissioned in 2023-24", "including two commissioned in 2023-24", optional=True),
        F(1, "count", "national_reviews", "case taken forward by the national Panel", "One case was taken forward by the national Panel"),
        F(17, "count", "recommendations", "recommendations made by the published reviews", "made 17 recommendations in total"),
        F(9, "count", "recommendations", "recommendations completed by the end of March", "9 had been completed"),
        F(8, "count", "recommendations", "recommendations on track", "8 were on track"),
        F(1, "months", "other", "time for learning to reach practitioners", "within a month of the meeting", optional=True),
        F(41, "count", "other", "learning events delivered", "delivered 41 learning events"),
        F(1876, "count", "other", "practitioners attending learning events", "attended by 1,876 practitioners"),
        F(23, "count", "other", "agencies whose practitioners attended", "from 23 agencies"),
    ],
    ["1 April 2024 and 31 March 2025", "2023-24", "Table 5.1", "(100%)", "in every case", "seven-minute briefings", "S1 2XX", "0114 496 0815", "5.3", "22"],
    [
        Q("The partnership has faced the hardest year for serious incidents since it was formed. What gives me confidence is not the number of reviews, but the speed with which learning has reached practitioners: seven-minute briefings on every rapid review, within a month of the meeting.",
          "Moira Castellan", MC, "writes", role="Independent Scrutineer, Sheffield Children Safeguarding Partnership"),
    ],
    [{"name": "Moira Castellan", "role": "Independent Scrutineer, Sheffield Children Safeguarding Partnership"}],
    ["Sheffield Children Safeguarding Partnership • Annual Report 2024-25", "www.sheffieldscp.example",
     "Sheffield Children Safeguarding Partnership, Example House, Sheffield S1 2XX; 0114 496 0815."],
    "Partnership annual report extract (serif, justified, one page numbered 22) with a two-level table header (years spanning Notifications / Rapid reviews) and cells '12 (35%)'. "
    "Cells by category of harm are feature-subset counts (other) with the bracketed share of notifications optional (serious_incident_notifications); the 2023-24 cells carry their own period; the 2024-25 neglect and physical abuse cells repeat the prose ('12 (35%) related to neglect'). "
    "The Total row: 29 notifications and 28 rapid reviews for 2023-24 (own period), 34 notifications and 33 rapid reviews for 2024-25 (repeats of the prose); '(100%)' is not a figure. "
    "'all but one case' = 1 case with no local rapid review (optional; the implied 33 is the rapid reviews figure). '19 of 28 (68%) the year before': 19 required, 68 optional, 28 is the Total-row fact. "
    "'five, including two commissioned in 2023-24, were still in progress' (5 ongoing required; the 2 optional). Recommendations completed / on track keep recommendations. 'within a month' inside the quote is optional."
)
