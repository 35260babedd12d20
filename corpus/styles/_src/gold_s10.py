from gold import *
HW = ["Wolstenholme", "Dr Wolstenholme", "Harriet Wolstenholme", "Dr Harriet Wolstenholme", "the panel's chair", "the panel’s chair"]
FA = ["Adeyemi-Clarke", "Dr Adeyemi-Clarke", "Femi Adeyemi-Clarke", "Dr Femi Adeyemi-Clarke", "designated doctor for child deaths"]
P3 = P("2022-01-01", "2024-12-31", "2022-24")
rows = [("Perinatal/neonatal event", "perinatal/neonatal event", [7, 3, 5, 15]),
        ("Chromosomal, genetic and congenital anomalies", "chromosomal, genetic and congenital anomalies", [4, 2, 3, 9]),
        ("Malignancy", "malignancy", [2, 1, 1, 4]),
        ("Acute medical or surgical condition", "acute medical or surgical condition", [1, 1, 2, 4]),
        ("Sudden unexpected, unexplained death", "sudden unexpected, unexplained death", [2, 0, 1, 3]),
        ("Trauma and other external factors", "trauma and other external factors", [1, 1, 0, 2]),
        ("Suicide or deliberate self-inflicted harm", "suicide or deliberate self-inflicted harm", [1, 0, 1, 2]),
        ("Infection", "infection", [0, 1, 0, 1]),
        ("Deliberately inflicted injury, abuse or neglect", "deliberately inflicted injury, abuse or neglect", [1, 0, 0, 1])]
cols = ["Reading", "West Berkshire", "Wokingham", "Berkshire West total"]
table = []
for label, subj, vals in rows:
    anchor = label + " " + " ".join(str(v) for v in vals)
    for col, v in zip(cols, vals):
        if label.startswith("Perinatal") and col.endswith("total"):
            continue  # same fact as the prose '(15)'
        table.append(F(v, "count", "child_deaths", "reviews completed: %s, %s" % (subj, col), anchor))
for col, v in zip(cols[:3], [19, 9, 13]):
    table.append(F(v, "count", "child_deaths", "reviews completed, %s" % col, "Total 19 9 13 41"))
write(
    "s10_berkshire_west_cdop_annual_report.pdf", "council_report",
    "Berkshire West Child Death Overview Panel - Annual Report 2024-25 (extract)",
    None, "Berkshire West Child Death Overview Panel", FY(2024),
    [
        F(6, "count", "other", "panel meetings a year", "The panel meets six times a year", optional=True),
        F(38, "count", "child_deaths", "child deaths notified to the panel", "notified of 38 child deaths in 2024-25"),
        F(34, "count", "child_deaths", "child deaths notified in 2023-24", "compared with 34 in 2023-24", period=FY(2023)),
        F(17, "count", "child_deaths", "deaths notified, Reading", "Reading notified 17 deaths"),
        F(9, "count", "child_deaths", "deaths notified, West Berkshire", "West Berkshire 9"),
        F(12, "count", "child_deaths", "deaths notified, Wokingham", "Wokingham 12"),
        F(22, "count", "child_deaths", "expected deaths", "22 were expected"),
        F(16, "count", "child_deaths", "unexpected deaths", "16 were unexpected"),
        F(1, "count", "serious_incident_notifications", "deaths notified to the national panel as a serious incident", "One death was also notified to the national Child Safeguarding Practice Review Panel as a serious"),
        F(1, "count", "rapid_reviews", "rapid review held", "A rapid review was held", optional=True),
        F(41, "count", "child_deaths", "child death reviews completed", "The panel completed 41 reviews during the year"),
        F(26, "count", "other", "reviews completed within 12 months of the death", "26 of the reviews (63%) were completed within 12 months"),
        F(63, "percent", "other", "reviews completed within 12 months of the death (share)", "26 of the reviews (63%)", optional=True),
        F(12, "months", "other", "timeliness measure for completing reviews", "completed within 12 months of the death"),
        F(9, "months", "other", "median time to complete a review", "the median time was nine months"),
        F(15, "count", "child_deaths", "reviews of neonatal deaths", "Just over a third of completed reviews (15)"),
        F(33.33, "percent", "child_deaths", "reviews of neonatal deaths (share)", "Just over a third of completed reviews", qualifier="just over", optional=True),
        F(12, "count", "child_deaths", "reviews with modifiable factors", "modifiable factors in 12 of the 41 reviews"),
        F(29, "percent", "child_deaths", "reviews with modifiable factors (share)", "or 29%", optional=True),
        F(36, "percent", "child_deaths", "reviews with modifiable factors, national", "a national figure of 36%"),
    ] + table + [
        F(26.4, "rate_per_100000", "child_deaths", "child mortality rate, Berkshire West, 2022-24", "was 26.4 per 100,000 children aged 0-17", period=P3),
        F(29.8, "rate_per_100000", "child_deaths", "child mortality rate, England, 2022-24", "below the England rate of 29.8", period=P3),
        F(4.6, "rate_per_1000", "child_deaths", "infant mortality per 1,000 live births, Reading", "Infant mortality was 4.6 per 1,000 live births in Reading"),
        F(2.9, "rate_per_1000", "child_deaths", "infant mortality, West Berkshire", "2.9 in West Berkshire"),
        F(2.5, "rate_per_1000", "child_deaths", "infant mortality, Wokingham", "2.5 in Wokingham"),
        F(4.1, "rate_per_1000", "child_deaths", "infant mortality, England", "against 4.1 for England"),
        F(3, "count", "child_deaths", "sudden unexpected deaths in infancy with an unsafe sleeping environment", "Three of the sudden unexpected deaths in infancy (SUDI) reviewed involved an unsafe sleeping"),
        F(2, "count", "child_deaths", "SUDI where the baby slept on a sofa with an adult", "in two of them the baby had been sleeping on a sofa"),
        F(3, "count", "other", "local authorities funding the CDOP", "funded by the three local authorities", optional=True),
        F(24600, "gbp", "other", "contribution, Reading Borough Council", "Reading Borough Council £24,600"),
        F(15900, "gbp", "other", "contribution, West Berkshire Council", "West Berkshire Council £15,900"),
        F(18300, "gbp", "other", "contribution, Wokingham Borough Council", "Borough Council £18,300"),
        F(42000, "gbp", "other", "contribution, integrated care board", "Berkshire West ICB £42,000"),
        F(100800, "gbp", "other", "total CDOP budget", "The total budget was £100,800"),
    ],
    ["1 April 2024 to 31 March 2025", "18th birthday", "(England) 2018", "Section 3", "Section 4", "Table 3", "first 28 days", "aged 0-17",
     "6-8 week check", "three or four deaths", "2022-24", "01632 960655", "3.1", "3.5", "4.1 The CDOP"],
    [
        Q("Behind each of these numbers is a family living with the worst thing that can happen. We owe it to them to learn everything we can, and to act on it.",
          "Harriet Wolstenholme", HW, "writes", role="chair, Berkshire West CDOP; consultant in public health"),
        Q("so a change of three or four deaths can look like a trend when it is not", "Femi Adeyemi-Clarke", FA, "added", role="designated doctor for child deaths"),
    ],
    [
        {"name": "Harriet Wolstenholme", "role": "chair, Berkshire West CDOP; consultant in public health"},
        {"name": "Femi Adeyemi-Clarke", "role": "designated doctor for child deaths"},
    ],
    ["Berkshire West CDOP Annual Report 2024-25", "Reading | West Berkshire | Wokingham",
     "Synthetic test document: invented figures, names and quotes. Contact: cdop@berkshirewest-cdop.example, 01632 960655."],
    "Child death overview panel annual report extract covering three councils: area null, areas listed. Period 1 April 2024 - 31 March 2025; the mortality rates are pooled for 2022-24 (own period). "
    "Coordination ellipsis 'Reading notified 17 deaths, West Berkshire 9 and Wokingham 12' and 'Infant mortality was 4.6 per 1,000 live births in Reading, 2.9 in West Berkshire and 2.5 in Wokingham, against 4.1 for England' (rate_per_1000). "
    "Table 3 (category of death x area) is annotated cell by cell (child_deaths: reviews completed; '0' cells are required zeros); its perinatal total repeats the prose '(15)' and its grand total repeats 41, and West Berkshire's 9 reviews is a different fact from its 9 notifications. "
    "Timeliness subset '26 of the reviews (63%) ... within 12 months' is other (count required, % optional); 'in 12 of the 41 reviews, or 29%' keeps child_deaths (% optional); 'Just over a third ... (15)' (% optional). One death notified as a serious incident (SIN); 'A rapid review was held' optional. "
    "Traps: '18th birthday', 'first 28 days of life' (definition), 'aged 0-17', '6-8 week check', 'Guidance (England) 2018', section and table numbers, quoted 'three or four deaths'. Quotes: chair 'writes:'; a fragment after reported speech ('added that ... \"so a change ...\"')."
    , areas=["Reading", "West Berkshire", "Wokingham"]
)
