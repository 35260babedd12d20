from gold import *
Q1 = P("2025-04-01", "2025-06-30", "Quarter 1 2025/26")
OUT = FY(2024); OUT["text"] = "2024/25 outturn"
GP = ["Penhaligon", "Mr Penhaligon", "Gareth Penhaligon", "the Director of Children’s Services", "Director of Children's Services"]
rows = [("Referrals per 10,000", "referral rate per 10,000", "social_care_referrals", "rate_per_10000", "412.6 398.1 405.3 471.2 489.6", [412.6, 398.1, 405.3, 471.2, 489.6]),
        ("Re-referrals within 12 months (%)", "re-referrals within 12 months", "social_care_referrals", "percent", "19.8 21.0 18.6 20.4 22.4", [19.8, 21.0, 18.6, 20.4, 22.4]),
        ("Section 47 enquiries per 10,000", "section 47 enquiries per 10,000", "section_47_enquiries", "rate_per_10000", "148.2 151.0 156.4 163.5 179.6", [148.2, 151.0, 156.4, 163.5, 179.6]),
        ("Children in need per 10,000", "children in need per 10,000", "children_in_need", "rate_per_10000", "331.4 325.0 336.8 345.1 332.9", [331.4, 325.0, 336.8, 345.1, 332.9]),
        ("Children subject of a CP plan per", "children subject of a CP plan per 10,000", "child_protection_plans", "rate_per_10000", "38.9 40.3 42.7 44.0 41.6", [38.9, 40.3, 42.7, 44.0, 41.6]),
        ("Second or subsequent plan (%)", "children becoming subject to a second or subsequent plan", "child_protection_plans", "percent", "22.5 19.0 24.1 23.0 23.8", [22.5, 19.0, 24.1, 23.0, 23.8]),
        ("Plans lasting 2 years or more (%)", "plans lasting 2 years or more", "child_protection_plans", "percent", "2.1 3.4 1.8 3.9 4.1", [2.1, 3.4, 1.8, 3.9, 4.1]),
        ("Children looked after per 10,000", "children looked after per 10,000", "looked_after_children", "rate_per_10000", "89.0 90.4 91.2 78.0 70.0", [89.0, 90.4, 91.2, 78.0, 70.0])]
cols = [("2024/25 outturn", OUT), ("Quarter 1", Q1), ("Quarter 2", None), ("statistical neighbours", None), ("England", None)]
table = []
for label, subj, metric, unit, cells, vals in rows:
    anchor = (label + " " + cells) if not label.endswith(" per") else cells
    for (cname, per), v in zip(cols, vals):
        table.append(F(v, unit, metric, "%s, %s" % (subj, cname), anchor, period=per))
write(
    "s12_warrington_quarterly_performance_q2.pdf", "council_report",
    "Children's Services Performance Report - Quarter 2 2025/26",
    "Warrington", None, P("2025-07-01", "2025-09-30", "1 July to 30 September 2025 (Quarter 2 2025/26)"),
    [
        F(8, "count", "other", "indicators with a target", "Of the eight indicators with a target", optional=True),
        F(5, "count", "other", "indicators rated green", "five are rated green"),
        F(2, "count", "other", "indicators rated amber", "two amber"),
        F(1, "count", "other", "indicators rated red", "and one red"),
        F(190, "count", "child_protection_plans", "children subject to a child protection plan at the end of Quarter 2", "there were 190 children subject to a child protection plan"),
        F(179, "count", "child_protection_plans", "children subject to a child protection plan at the end of Quarter 1", "up from 179 at the end of Quarter 1", period=Q1),
        F(406, "count", "looked_after_children", "children looked after", "There were 406 children looked after"),
        F(1499, "count", "children_in_need", "children in need", "1,499 children in need"),
        F(12, "months", "other", "re-referral window (indicator definition)", "Re-referrals within 12 months (%)", optional=True),
    ] + table + [
        F(20, "percent", "social_care_referrals", "re-referrals target", "inside the target of 20%"),
        F(174, "count", "section_47_enquiries", "section 47 enquiries in the quarter", "carried out 174 enquiries in the quarter"),
        F(168, "count", "section_47_enquiries", "section 47 enquiries in Quarter 1", "compared with 168 in Quarter 1", period=Q1),
        F(37, "count", "looked_after_children", "children entering care in the quarter", "37 entered care in the quarter"),
        F(29, "count", "looked_after_children", "children leaving care in the quarter", "29 left care"),
    ],
    ["Quarter 2 2025/26", "1 July to 30 September 2025", "aged 0-17", "per 10,000", "rolling 12", "Table 1", "Table 2", "2 years or more", "third consecutive quarter",
     "3 December 2025", "Item 6", "01632 960118", "1.1", "2.1", "3.2", "4.1", "Q3", "Q4"],
    [
        Q("The rise in repeat plans is the number that worries me. We are looking at every one of those cases individually, and I will bring the findings back to this committee.",
          "Gareth Penhaligon", GP, "said", role="Director of Children’s Services, Warrington Borough Council"),
    ],
    [{"name": "Gareth Penhaligon", "role": "Director of Children’s Services, Warrington Borough Council"}],
    ["Warrington Borough Council – Children’s Services Performance Report – Q2 2025/26",
     "Item 6 – Children and Young People Scrutiny Committee – 3 December 2025",
     "Synthetic test document: invented indicators, figures and people. Contact: performance@warrington-cs.example, 01632 960118."],
    "Quarterly performance report; period = the quarter (1 July - 30 September 2025), not the financial year. Two ruled tables with columns 2024/25 outturn | Q1 | Q2 | Q3 | Q4 | SN | England: the Q3 and Q4 columns are empty (not zeros), outturn cells carry 2024/25 and Q1 cells carry Quarter 1 2025/26; Q2 cells are the document's period; SN and England are comparators (same metric, no own period). "
    "Rates are per 10,000 children on a rolling 12 months; row labels give metric and unit ('Children subject of a CP plan per 10,000' wraps so '10,000' falls below the numbers). Prose repeats Q2 cells ('405.3 per 10,000', '(471.2)', '(489.6)', '18.6%', '(41.6)', '(44.0)', '24.1%', '91.2', '(70.0)'). "
    "Counts: 190 vs 179 CP plans (end of Q1), 406 looked after (said twice), 1,499 CiN, 174 vs 168 s47 enquiries, 37 entered and 29 left care; RAG counts 5/2/1. Traps: 'aged 0-17', 'rolling 12 months', '2 years or more' (definition), 'third consecutive quarter', paragraph numbers, item number, the empty Q3/Q4 headers."
)
