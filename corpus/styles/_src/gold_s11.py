from gold import *
M24 = P("2024-03-31", "2024-03-31", "31 March 2024")
K = 1000
rows = [("placements", "38,412 42,905 4,493 11.7%", 38412, 42905, None, 11.7),
        ("fieldwork and staffing", "21,360 22,118 758 3.5%", 21360, 22118, 758, 3.5),
        ("early help and prevention", "6,245 5,725 (520) (8.3%)", 6245, 5725, -520, -8.3),
        ("education, SEND and home to school transport", "19,870 21,402 1,532 7.7%", 19870, 21402, 1532, 7.7),
        ("safeguarding partnership and quality assurance", "1,146 1,090 (56) (4.9%)", 1146, 1090, -56, -4.9),
        ("directorate management", "2,004 1,913 (91) (4.5%)", 2004, 1913, -91, -4.5)]
table = []
for name, anchor, bud, out, var, pct in rows:
    table.append(F(bud * K, "gbp", "other", "revised budget 2024/25, %s" % name, anchor))
    table.append(F(out * K, "gbp", "other", "outturn 2024/25, %s" % name, anchor))
    if var is not None:
        table.append(F(var * K, "gbp", "other", "variance, %s%s" % (name, " (underspend)" if var < 0 else " (overspend)"), anchor))
    table.append(F(pct, "percent", "other", "variance as a share of budget, %s" % name, anchor))
table.append(F(89037 * K, "gbp", "other", "revised budget 2024/25, total", "Total 89,037 95,153 6,116 6.9%"))
table.append(F(95153 * K, "gbp", "other", "outturn 2024/25, total", "Total 89,037 95,153 6,116 6.9%"))
write(
    "s11_cheshire_east_children_finance_outturn.pdf", "council_report",
    "Children and Families Committee - Final Outturn 2024/25",
    "Cheshire East", None, FY(2024),
    [
        F(89000000, "gbp", "other", "revised net revenue budget (rounded)", "revised net revenue budget of £89.0m", optional=True),
        F(6116000, "gbp", "other", "net overspend for the year", "net overspend of £6.116m"),
        F(6.9, "percent", "other", "overspend as a share of the budget", "or 6.9% of the budget"),
        F(300000, "gbp", "other", "difference from the third quarter forecast", "£0.3m lower than the forecast"),
        F(6400000, "gbp", "other", "overspend forecast at the third quarter review", "at the third quarter review (£6.4m)"),
        F(4200000, "gbp", "other", "overspend forecast at the first quarter", "at the first quarter (£4.2m)"),
        F(5300000, "gbp", "other", "overspend forecast at mid-year", "at mid-year (£5.3m)"),
        F(4493000, "gbp", "other", "placements overspend", "which overspent by £4.493m"),
        F(586, "count", "looked_after_children", "children in care at 31 March 2024", "rose from 586 at 31 March 2024", period=M24),
        F(624, "count", "looked_after_children", "children in care at 31 March 2025", "to 624 at 31 March 2025"),
        F(27, "count", "looked_after_children", "increase in children in external residential placements", "rose by 27 over the same period"),
        F(5870, "gbp", "other", "average weekly cost of an external residential placement", "placement was £5,870 in March 2025"),
        F(1800000, "gbp", "other", "drawdown from the children's services earmarked reserve", "use of £1.8m from the children’s services earmarked reserve"),
        F(2650000, "gbp", "other", "savings delivered", "savings of £2.65m delivered"),
        F(3400000, "gbp", "other", "savings target", "against a target of £3.40m"),
        F(78, "percent", "other", "savings delivered as a share of target", "(78%)"),
    ] + table + [
        F(71, "count", "looked_after_children", "children in external residential homes at the year end", "71 children were placed in external residential homes at the year end"),
        F(44, "count", "looked_after_children", "children in external residential homes a year earlier", "compared with 44 a year earlier", period=M24),
        F(62, "count", "other", "agency social workers (average full-time equivalent posts)", "an average of 62 full-time equivalent posts"),
        F(520000, "gbp", "other", "early help underspend", "The underspend of £0.520m"),
        F(11, "count", "other", "early help posts vacant", "Eleven posts were vacant"),
        F(2314, "count", "other", "children given SEND transport", "2,314 children were transported"),
        F(12900000, "gbp", "other", "cost of SEND transport", "at a cost of £12.9m"),
        F(5575, "gbp", "other", "average SEND transport cost per child", "an average of £5,575 per child"),
        F(3100000, "gbp", "other", "earmarked reserve at 1 April 2024", "stood at £3.1m on 1 April 2024", period=P("2024-04-01", "2024-04-01", "1 April 2024")),
        F(1300000, "gbp", "other", "earmarked reserve remaining", "£1.3m remains"),
        F(5000000, "gbp", "other", "growth for placements in 2025/26", "growth of £5.0m for placements in 2025/26", period=FY(2025)),
    ],
    ["16 June 2025", "CF/04/2025-26", "Section 151", "Page 21", "Page 22", "section 22G", "Children Act 1989", "2025-2029", "01632 960741",
     "Table 1", "(£000)", "Appendix 1", "Appendix 2", "1. Note the final", "2. Note the use", "3. Note the savings", "4. Table 1", "10. Financial",
     "March 2025"],
    [],
    [{"name": "Lydia Brannigan", "role": "Finance Manager, Children and Families"}],
    ["OPEN", "Children and Families Committee – 16 June 2025", "Contact Officer: Lydia Brannigan, Finance Manager, Children and Families",
     "Telephone: 01632 960741", "Email: lydia.brannigan@cheshireeast.example",
     "Synthetic test document: all figures and names in this report are invented."],
    "Committee finance paper (final revenue outturn 2024/25), no quotes. Table 1 is in £000 ('Figures are in £000'): every cell is multiplied by 1,000 (38,412 -> 38412000). Accounting brackets mark underspends: '(520)' = -520000 gbp and '(8.3%)' = -8.3 percent (negative values, as the column is a variance). "
    "The prose 'underspend of £0.520m' is annotated separately as +520000 (the same fact said as an underspend, so its value has the other sign). Repeats: the £4.493m placements overspend (summary, table, para 5), the £6.116m overspend (summary, recommendation 1, table total), 6.9% (summary, total). '£89.0m' rounds the table's 89,037 (optional). "
    "Forecasts at the first quarter, mid-year and third quarter are full-year forecasts (no own period). Children in care 586 -> 624 (looked_after_children, 586 dated 31 March 2024); 'rose by 27' and 71 vs 44 external residential (looked_after_children). "
    "Wrapped table row labels put the numbers mid-row. Traps: numbered recommendations and paragraphs, report reference 'CF/04/2025-26', 'Section 151', 'section 22G ... Act 1989', 'MTFS 2025-2029', page labels 'Page 21'/'Page 22', phone."
)
