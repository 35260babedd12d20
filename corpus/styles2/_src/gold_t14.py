from styles_src import *
FY22, FY23 = FY(2022), FY(2023)
NF = ["Fairbrother-Quist", "Ms Fairbrother-Quist", "Naomi Fairbrother-Quist", "Corporate Director for People"]
rows = [
    ("Referrals to children's social care", "5,912 6,284 6,047", "social_care_referrals", "count", "referrals", (5912, 6284, 6047), None),
    ("Re-referrals within 12 months (%)", "18.9 20.4 19.7 22.1", "social_care_referrals", "percent", "re-referrals within 12 months", (18.9, 20.4, 19.7), 22.1),
    ("Section 47 enquiries started", "1,688 1,804 1,752", "section_47_enquiries", "count", "section 47 enquiries started", (1688, 1804, 1752), None),
    ("Children on a child protection plan at 31 March", "351 389 402", "child_protection_plans", "count", "children on a child protection plan at 31 March", (351, 389, 402), None),
    ("Child protection plan rate per 10,000 children", "31.2 34.5 35.6 41.5", "child_protection_plans", "rate_per_10000", "child protection plan rate", (31.2, 34.5, 35.6), None),
    ("Children looked after at 31 March", "462 478 495", "looked_after_children", "count", "children looked after at 31 March", (462, 478, 495), None),
    ("Looked after rate per 10,000 children", "41.0 42.4 43.8 70", "looked_after_children", "rate_per_10000", "looked after rate", (41.0, 42.4, 43.8), 70),
    ("Children in need at 31 March", "2,734 2,810 2,866", "children_in_need", "count", "children in need at 31 March", (2734, 2810, 2866), None),
]
table = []
for label, cells, metric, unit, subj, (a, b, c), eng in rows:
    anchor = "%s %s" % (label, cells)
    table.append(F(a, unit, metric, "%s, 2022/23" % subj, anchor, period=FY22))
    table.append(F(b, unit, metric, "%s, 2023/24" % subj, anchor, period=FY23))
    table.append(F(c, unit, metric, "%s, 2024/25" % subj, anchor))
    if eng is not None:
        table.append(F(eng, unit, metric, "%s, England 2024/25" % subj, anchor))
write(
    "t14_wiltshire_performance_web_table.html", "council_report",
    "Children's social care: how we are performing - Wiltshire Council",
    "Wiltshire", None, P("2024-04-01", "2025-03-31", "the year 1 April 2024 to 31 March 2025"),
    table + [
        F(41.5, "rate_per_10000", "child_protection_plans", "child protection plan rate, England 2024/25", "below the England rate of 41.5 per 10,000"),
        F(4, "percent", "social_care_referrals", "fall in referrals in 2024/25", "Referrals fell by 4% in 2024/25"),
        F(1214, "count", "other", "child protection and looked after children reviews chaired", "chaired 1,214 child protection reviews and looked after children reviews"),
        F(97, "percent", "other", "reviews held on time", "97% of them were held on time"),
    ],
    ["Table 1", "2022/23 to 2024/25", "within 12 months", "aged 0 to 17", "after two years of increases", "for the third year in a row", "1.2 MB", "860 KB",
     "3 October 2025", "BA14 8JN", "0117 496 0300", "Rates are per 10,000 children", "the two previous years"],
    [
        Q("We are pleased that fewer families are being referred to us more than once, but we know that behind each of these numbers is a family who needed help.",
          "Naomi Fairbrother-Quist", NF, "said", role="Corporate Director for People, Wiltshire Council"),
    ],
    [{"name": "Naomi Fairbrother-Quist", "role": "Corporate Director for People, Wiltshire Council"}],
    ["Skip to main content", "Home Children and families Council and democracy", "Search", "Home Children and families How we are performing",
     "Related documents", "Children's services annual report 2024/25 (PDF, 1.2 MB)", "Wiltshire Safeguarding Vulnerable People Partnership annual report (PDF, 860 KB)",
     "Page last updated: 3 October 2025", "Wiltshire Council, County Hall, Bythesea Road, Trowbridge BA14 8JN. Telephone: 0117 496 0300", "© Wiltshire Council (example) 2025"],
    "Council web page (kind council_report) with an accessible data table: <caption>, <th scope=\"col\"> year headers and <th scope=\"row\"> indicator labels that carry metric and unit ('Re-referrals within 12 months (%)', 'rate per 10,000'). "
    "Every numeric cell is a figure: 2022/23 and 2023/24 cells carry their own period, 2024/25 cells the page's period, England cells are comparators with the row's metric; '–' cells are not figures. The England CPP rate 41.5 in the table is repeated in the prose (one fact, anchored in the prose). "
    "The partnership appears only in a related-documents link (boilerplate), so partnership is null. Traps: the caption's year span, definition window, age band, file sizes, 'for the third year in a row', 'two years of increases', date, postcode, phone."
)
