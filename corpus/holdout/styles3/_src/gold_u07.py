from styles3_src import *
Q1 = P("2025-04-01", "2025-06-30", "Q1 (Apr-Jun)")
T = FY(2025)   # the year the targets are set for
E = FY(2024)   # England 2024/25 column
ME = ["Ellory-Shaw", "Cllr Ellory-Shaw", "Marcus Ellory-Shaw", "Cllr Marcus Ellory-Shaw", "Portfolio Holder for Children and Young People"]
LINES = {  # the table rows as the PDF text reads them (anchors)
    "CS01": "CS01 Referrals to children's social care, rate 550 612 587 A ↑ 535",
    "CS02": "CS02 Re-referrals within 12 months (%) 20% 24% 26% R ↓ 22%",
    "CS03": "CS03 Section 47 enquiries, rate per 10,000 – 198 214 – – 180",
    "CS04": "CS04 ICPCs held within 15 working days of 90% 84% 91% G ↑ 79%",
    "CS05": "CS05 Children subject of a child protection 55 63.1 60.4 A ↑ 41.2",
    "CS06": "CS06 Child protection plans that are a second 18% 17% 23% R ↓ 24%",
    "CS07": "CS07 Children in need, rate per 10,000 380 402 396 A ↑ 332",
    "CS08": "CS08 Children looked after, rate per 10,000 110 124 127 R ↓ 70",
    "CS09": "CS09 Children looked after with 3 or more 10% 9% 8% G ↑ 10%",
}
def row(ref, label, metric, unit, tgt, q1, q2, eng, tgt_metric=None):
    a = LINES[ref]
    out = []
    if tgt is not None:
        out.append(F(tgt, unit, tgt_metric or metric, "target 2025/26: " + label, a, period=T))
    out.append(F(q1, unit, metric, "Q1: " + label, a, period=Q1))
    out.append(F(q2, unit, metric, "Q2: " + label, a))
    if eng is not None:
        out.append(F(eng, unit, metric, "England 2024/25: " + label, a, period=E))
    return out
figs = []
figs += row("CS01", "Referrals to children's social care, rate", "social_care_referrals", "rate_per_10000", 550, 612, 587, 535)
figs += row("CS02", "Re-referrals within 12 months (%)", "social_care_referrals", "percent", 20, 24, 26, 22)
figs += row("CS03", "Section 47 enquiries, rate per 10,000", "section_47_enquiries", "rate_per_10000", None, 198, 214, 180)
figs += row("CS04", "ICPCs held within 15 working days of", "other", "percent", 90, 84, 91, 79)
figs += row("CS05", "Children subject of a child protection", "child_protection_plans", "rate_per_10000", 55, 63.1, 60.4, 41.2)
figs += row("CS06", "Child protection plans that are a second", "child_protection_plans", "percent", 18, 17, 23, 24)
figs += row("CS07", "Children in need, rate per 10,000", "children_in_need", "rate_per_10000", 380, 402, 396, 332)
figs += row("CS08", "Children looked after, rate per 10,000", "looked_after_children", "rate_per_10000", 110, 124, 127, 70)
figs += row("CS09", "Children looked after with 3 or more", "looked_after_children", "percent", 10, 9, 8, 10)
figs += [
    F(100, "percent", "other", "target 2025/26: rapid reviews completed within 15 working days", "CS10 Rapid reviews completed within 15 100% 2 of 2 3 of 4", period=T),
    F(2, "count", "other", "Q1: rapid reviews completed within 15 working days", "2 of 2", period=Q1),
    F(2, "count", "rapid_reviews", "Q1: rapid reviews completed", "2 of 2", period=Q1),
    F(3, "count", "other", "Q2: rapid reviews completed within 15 working days", "3 of 4"),
    F(4, "count", "rapid_reviews", "Q2: rapid reviews completed", "3 of 4"),
    F(6, "percent", "social_care_referrals", "re-referral rate above target (percentage points)", "six percentage points above target", optional=True),
    F(40, "count", "other", "re-referrals in the dip sample", "A dip sample of 40 re-referrals"),
    F(15, "count", "other", "sampled re-referrals closed after a single visit", "15 had been closed after a single visit"),
    F(41, "count", "child_protection_plans", "children who became subject to a plan in Q2", "Of the 41 children who became subject to a plan in Q2"),
    F(9, "count", "child_protection_plans", "children starting a plan in Q2 who had been on a plan before", "9 had been on a plan before"),
    F(4, "count", "other", "repeat plans whose previous plan ended less than a year earlier", "Four of the nine had a previous plan that ended less than a year earlier"),
    F(341, "count", "looked_after_children", "children looked after at 30 September 2025", "341 children were looked after at 30 September 2025"),
    F(334, "count", "looked_after_children", "children looked after at 30 June 2025", "(30 June 2025: 334)", period=P("2025-06-30", "2025-06-30", "30 June 2025")),
    F(98, "rate_per_10000", "looked_after_children", "North West looked after rate (comparator)", "the North West (98)"),
    F(4, "count", "serious_incident_notifications", "serious incidents notified in Q2", "notified four serious incidents in Q2"),
    F(2, "count", "serious_incident_notifications", "serious incidents notified in Q1", "following two in Q1", period=Q1),
    F(19, "days", "other", "working days taken by one late rapid review", "took 19 working days"),
    F(1, "count", "other", "rapid review in Q2 that took longer than 15 working days", "One rapid review in Q2 took 19 working days", optional=True),
    F(1, "count", "lcsprs_commissioned", "LCSPR the partnership agreed to commission", "agreed to commission one local child safeguarding practice review"),
    F(3900000, "gbp", "other", "forecast overspend for 2025/26", "an overspend of £3.9m for 2025/26", period=T),
    F(48600000, "gbp", "other", "net budget for 2025/26", "a net budget of £48.6m", period=T),
    F(6240, "gbp", "other", "average weekly cost of an external residential placement", "the average weekly cost is now £6,240"),
    F(2, "count", "other", "indicators rated green (inside a quote)", "Two green ratings out of ten", optional=True),
]
write(
    "u07_halton_quarterly_scorecard_q2.pdf", "council_report",
    "Children's Services Performance Scorecard - Quarter 2 2025/26",
    "Halton", "Halton Children's Safeguarding Partnership", P("2025-07-01", "2025-09-30", "Quarter 2 2025/26: 1 July to 30 September 2025"),
    figs,
    ["Quarter 2 2025/26", "1 July to 30 September 2025", "within 10% of target", "more than 10% adrift of target", "Re-referrals within 12 months", "3 or more", "CS01", "CS10", "Page 1 of 2", "less than a year earlier", "in March", "0151 496 0803", "2024/25", "2025/26"],
    [
        Q("Two green ratings out of ten is not where we want to be. But I would rather have a scorecard that tells us the truth than one that flatters us.",
          "Marcus Ellory-Shaw", ME, "commented", role="Portfolio Holder for Children and Young People"),
    ],
    [{"name": "Marcus Ellory-Shaw", "role": "Portfolio Holder for Children and Young People, Halton Borough Council"}],
    ["Halton Borough Council – Children, Young People and Families Policy and Performance Board", "Scorecard Q2 2025/26 (July to September 2025) | OFFICIAL",
     "Contact: Performance and Improvement Team, Halton Borough Council, 0151 496 0803, performance@halton.example."],
    "Quarterly scorecard with RAG ratings: period = Q2 2025/26 (1 July - 30 September 2025). Every table cell is a figure: the 'Target 2025/26' column carries the year 2025/26 as its period and keeps the metric of what it measures; Q1 cells carry Q1; the 'England 2024/25' column carries 2024/25; Q2 cells are the document's period (26% re-referrals repeated in the commentary). '–' cells, RAG letters and trend arrows are not figures. Row labels carry metric and unit ('rate per 10,000', '(%)'). "
    "Definition windows and thresholds in labels ('within 12 months', 'within 15 working days of strategy discussion', '3 or more placements') and the RAG key ('within 10% of target') are not figures. ICPC timeliness and rapid-review timeliness are other; repeat-plan shares keep child_protection_plans; the placement-stability share keeps looked_after_children (as in corpus/styles2). "
    "CS10 cells 'N of M' hold two facts: on-time reviews (other) and reviews completed (rapid_reviews). Value 10 twice in CS09 (target and England), 2 three times, 4 three times. '(30 June 2025: 334)' bracket with its own snapshot; 'England (70)' repeats the table cell; 'the North West (98)' is a regional comparator. 'six percentage points' (derived, optional). Budget figures for the year carry 2025/26. The quote's 'Two green ratings out of ten' is optional."
)
