from gold import F, Q, P, NONE, fy, write
O = fy('2025/26', '2025/26 outturn')
E = fy('2024/25', 'England 2024/25')
T = fy('2026/27', 'Target 2026/27')
Q1 = P('2026-04-01', '2026-06-30', 'Q1 2026/27')
figs = [
    F(9, 'count', 'other', 'key indicators reported', 'reported against 9 key indicators'),
    F(5, 'percent', 'other', 'amber tolerance around target', 'within 5% of the target', optional=True),
    F(4, 'count', 'other', 'indicators rated Green at quarter 2', '4 indicators were rated Green'),
    F(3, 'count', 'other', 'indicators rated Amber at quarter 2', '3 Amber and 2 Red'),
    F(2, 'count', 'other', 'indicators rated Red at quarter 2', '3 Amber and 2 Red'),
    F(5, 'count', 'other', 'indicators rated Green at quarter 1', 'there were 5 Green', period=Q1),
    F(2, 'count', 'other', 'indicators rated Amber at quarter 1', '5 Green, 2 Amber and 2 Red', period=Q1),
    F(2, 'count', 'other', 'indicators rated Red at quarter 1', '5 Green, 2 Amber and 2 Red', period=Q1),
]
A = lambda label, cells: '%s %s' % (label, ' '.join(cells))
def tab(label, metric, unit, cells, rag):
    names = ['2025/26 outturn', 'target 2026/27', 'Q1 2026/27', 'Q2 2026/27', 'England 2024/25']
    pers = [O, T, Q1, None, E]
    out = []
    anchor = A(label, cells[:4] + [rag, cells[4]])
    for c, n, p in zip(cells, names, pers):
        if c == '-':
            continue
        v = float(c)
        f = F(v, unit, metric, '%s, %s (table)' % (label, n), anchor, period=p)
        out.append(f)
    return out
figs += tab('Re-referrals within 12 months (%)', 'social_care_referrals', 'percent', ['19.8', '20.0', '18.9', '17.6', '22.4'], 'G')
figs += tab('Assessments completed within 45 working days (%)', 'other', 'percent', ['86.2', '90.0', '84.7', '83.1', '82.9'], 'A')
figs += tab('Children subject to a CP plan (rate per 10,000)', 'child_protection_plans', 'rate_per_10000', ['34.6', '-', '35.9', '37.2', '41.6'], '-')
figs += tab('CP plans lasting 2 years or more (%)', 'child_protection_plans', 'percent', ['2.1', '3.0', '2.6', '4.4', '4.0'], 'R')
figs += tab('Children looked after (rate per 10,000)', 'looked_after_children', 'rate_per_10000', ['52.3', '-', '53.0', '53.8', '70.0'], '-')
figs += tab('Care leavers in suitable accommodation (%)', 'other', 'percent', ['91.0', '92.0', '89.5', '88.0', '88.0'], 'A')
figs += [
    F(3, 'count', 'other', 'further education indicators reported elsewhere', 'Three further indicators (education)'),
    F(512, 'count', 'child_protection_plans', 'children subject to a child protection plan at 30 September 2026', 'rose to 512 at 30 September 2026'),
    F(478, 'count', 'child_protection_plans', 'children subject to a plan at 30 June', 'from 478 at 30 June', period=P('2026-06-30', '2026-06-30', '30 June')),
    F(9, 'count', 'child_protection_plans', 'children from two families whose long plans ended in August', 'This reflects 9 children from two families'),
    F(2, 'count', 'other', 'families whose long plans ended', '9 children from two families'),
    F(2.7, 'percent', 'child_protection_plans', 'plans lasting two years or more without the two families', 'the figure would have been 2.7%'),
    F(736, 'count', 'looked_after_children', 'children looked after at end of September', 'There were 736 children looked after'),
    F(22, 'count', 'looked_after_children', 'increase in children looked after since March', 'up 22 since March'),
    F(94, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children looked after', '94 were unaccompanied asylum-seeking children'),
    F(13, 'percent', 'looked_after_children', 'share of looked after children who are UASC', '13% of the total', optional=True),
    F(1402, 'count', 'other', 'assessments completed in the quarter', '1,402 assessments were completed in the quarter'),
    F(11, 'percent', 'other', 'increase in assessments on quarter 2 last year', '11% more than in quarter 2 last year'),
]
nf = ['24 November 2026', 'PDF 388 KB', '1 July', '30 September 2026', 'within 12 months', 'within 45 working days', '2 years or more', 'Table 1', '0116 496 0775', '10,000']
people = [{'name': 'Amrit Kandola', 'role': 'Head of Service, Performance and Business Intelligence'}]
bp = ['Leicestershire County Council · Committee papers ·', 'Issue history', 'Tel: 0116 496 0775 · Email: performance@leics.example']
notes = ("Quarterly performance paper (ModernGov-style HTML) with a RAG table: 2025/26 outturn, 2026/27 target, Q1, Q2, RAG letter, England 2024/25; record period = Q2 2026/27. "
         "Convention: a target is a figure with the indicator's metric (as corpus-dev: 'a target of 50'); the 90% target appears in the table and in the prose (one fact, two mentions); "
         "'-' cells are not figures; RAG letters G/A/R are not figures but the counts of Green/Amber/Red indicators are ('other'). "
         "Traps: 4.4 Q2 long plans repeated in prose '(4.4%)'; 88.0 occurs twice in one row for different facts (Q2 and England); 2 occurs three times (Amber/Red at Q1, Red at Q2) plus 'two families'; "
         "'within 5% of the target' is a definition (optional); definition windows in row labels ('within 12 months', '45 working days', '2 years or more') are not figures; "
         "'11% more than in quarter 2 last year' is a percent change; officer contact block.")
write('v10_leicestershire_performance_q2_rag.html', 'council_report', 'Children and Family Services Departmental Performance Report: Quarter 2 2026/27',
      'Leicestershire', None, P('2026-07-01', '2026-09-30', 'Quarter 2 2026/27 (July to September 2026)'), figs, nf, [], people, bp, notes)
