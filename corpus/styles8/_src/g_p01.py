from mk import *
Y0 = P('2025-04-01', '2026-03-31')
def yr(a): return P('%d-04-01' % a, '%d-03-31' % (a + 1))
f = [F(3410000, 'gbp', 'other', "forecast overspend in Children's Services (also the table's total variance)", 'forecasting an overspend of £3.41m'),
     F(74920000, 'gbp', 'other', "net budget for Children's Services (also the table's total budget)", 'against a net budget of £74.92m'),
     F(4.6, 'percent', 'other', 'variance as share of budget', 'a variance of 4.6%'),
     F(870000, 'gbp', 'other', 'increase on the Quarter 1 forecast', 'an increase of £0.87m'),
     F(2540000, 'gbp', 'other', 'Quarter 1 forecast overspend (also the Q1 variance total)', 'the Quarter 1 forecast of £2.54m'),
     F(520000, 'gbp', 'other', 'underspend in early help (prose)', 'an underspend of £0.52m in early help'),
     F(398, 'count', 'looked_after_children', 'children looked after at 30 September 2026', 'rose to 398 at 30 September 2026'),
     F(371, 'count', 'looked_after_children', 'children looked after at 31 March 2026', 'up from 371 at 31 March 2026', period=Y0),
     F(31, 'count', 'looked_after_children', 'children in residential placements', '31 children are in residential placements'),
     F(6400, 'gbp', 'other', 'average weekly cost of a residential placement', 'average weekly cost of £6,400'),
     F(24, 'count', 'looked_after_children', 'children in residential placements a year ago', 'compared with 24 children', period=Y0),
     F(142, 'count', 'looked_after_children', 'children placed with independent fostering agencies', '142 children are placed with independent fostering agencies'),
     F(161, 'count', 'looked_after_children', 'children with in-house foster carers', '161 with in-house foster carers')]
rows = [('Placements (children looked after)', '31,240', '35,415', '4,175', '3,102'), ("Children's social work teams", '18,655', '18,930', '275', '190'),
        ('Early help and family hubs', '9,870', '9,350', '(520)', '(410)'), ("Disabled children's services", '8,115', '8,020', '(95)', '(60)'),
        ('Safeguarding partnership and QA', '1,260', '1,235', '(25)', '0'), ('Business support and management', '5,780', '5,380', '(400)', '(282)')]
def money(s, mult):
    neg = s.startswith('(')
    v = float(s.strip('()').replace(',', '')) * mult
    v = round(v)
    return -v if neg else v
for name, b, fc, v, q in rows:
    anc = ' '.join([name, b, fc, v, q])
    f += [F(money(b, 1000), 'gbp', 'other', '%s budget' % name, anc), F(money(fc, 1000), 'gbp', 'other', '%s forecast' % name, anc),
          F(money(v, 1000), 'gbp', 'other', '%s forecast variance' % name, anc)]
    f.append(F(money(q, 1000), 'gbp', 'other', '%s Quarter 1 variance' % name, anc, **({'optional': True} if q == '0' else {})))
f += [F(78330000, 'gbp', 'other', "total Children's Services forecast", "Total Children's Services 74,920 78,330 3,410 2,540"),
      F(412000, 'gbp', 'other', "council's contribution to the safeguarding partnership", "the council's contribution of £412,000"),
      F(38, 'percent', 'other', 'share of the partnership budget', 'is 38% of the partnership budget'),
      F(12, 'count', 'looked_after_children', 'further admissions to care assumed in the second half of the year', 'assumes 12 further admissions to care'),
      F(3, 'count', 'looked_after_children', 'children with the most complex needs', 'Three children with the most complex needs'),
      F(1900000, 'gbp', 'other', 'cost of placements for the three most complex children', 'account for £1.9m of the forecast'),
      F(46, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children looked after', 'Unaccompanied asylum-seeking children numbered 46'),
      F(17, 'count', 'looked_after_children', 'unaccompanied children aged 16 or 17', '17 of them aged 16 or 17'),
      F(16, 'years', 'other', 'age band (lower)', 'aged 16 or 17', optional=True),
      F(17, 'years', 'other', 'age band (upper)', 'aged 16 or 17', optional=True),
      F(244, 'count', 'child_protection_plans', 'children on child protection plans at 30 September', 'Children on child protection plans numbered 244 at 30 September'),
      F(229, 'count', 'child_protection_plans', 'children on plans at 31 March 2026', '(31 March 2026: 229)', period=Y0),
      F(38.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 38.2 per 10,000 children'),
      F(41.4, 'rate_per_10000', 'child_protection_plans', 'England child protection plan rate', 'compared with 41.4 for England')]
mt = [('Demand pressures (placements)', ['4.80', '2.10', '1.90', '1.70']), ('Inflation and pay', ['2.25', '1.95', '1.80', '1.80']),
      ('Proposed savings', ['(3.20)', '(1.60)', '(0.90)', '(0.50)']), ('Net growth required', ['3.85', '2.45', '2.80', '3.00'])]
for name, cells in mt:
    anc = name + ' ' + ' '.join(cells)
    for i, c in enumerate(cells):
        f.append(F(money(c, 1000000), 'gbp', 'other', '%s %d/%02d' % (name, 2027 + i, 28 + i), anc, period=yr(2027 + i)))
f += [F(6200000, 'gbp', 'other', 'savings proposed over four years', 'Savings of £6.2m are proposed over the four years', period=P('2027-04-01', '2031-03-31')),
      F(4, 'years', 'other', 'savings period', 'over the four years', optional=True),
      F(2400000, 'gbp', 'other', 'saving from expanding in-house fostering', 'expansion of in-house fostering'),
      F(1100000, 'gbp', 'other', "saving from a new children's home", "children's home (£1.1m)"),
      F(2, 'count', 'other', "beds in the new children's home", "a new two-bed children's home", optional=True),
      F(1350000, 'gbp', 'other', "capital cost of the children's home", 'of £1.35m.')]
gold('p01_central_bedfordshire_childrens_budget_monitoring_q2.pdf', 'council_report',
     "Children's Services Budget Monitoring: Quarter 2 2026/27 and Medium-Term Financial Plan 2027/28 to 2030/31", 'Central Bedfordshire',
     'Bedford Borough, Central Bedfordshire and Luton Safeguarding Children Partnership', P('2026-04-01', '2027-03-31'), f,
     ['SG17 5TQ', 'Agenda item 11', 'Page 1', 'Appendix C', '15 December 2026', '01632 960284', 'January 2028', '(1) note', '1.2', '3.1', 'Quarter 2'],
     [], [{'name': 'Lisa Hargreaves', 'role': 'Head of Finance (Children)'}],
     ['Figures in brackets are underspends.', 'Central Bedfordshire Council Executive - 15 December 2026 - Agenda item 11'],
     "Budget-monitoring and MTFP paper printed with reportlab (kind council_report, no quotes). Period = the financial year being monitored, 2026/27 (position at Quarter 2). Partnership: the three-council 'Bedford Borough, Central Bedfordshire and Luton' partnership named in the budget narrative (the area stays Central Bedfordshire; Bedford and Luton are partners, not areas). Traps: '£000' table (x1,000) with accounting brackets as negatives ('(520)' -> -520000) and a '0' cell (optional); the prose underspend '£0.52m' is a separate positive figure (styles convention); the prose '£3.41m', '£74.92m' and '£2.54m' repeat the Total row (one fact each; '78,330' only in the Total row); the anchor for £2.54m stops before a line break; '£m' MTFP table with each column its own financial-year period, brackets negative, 1.80 twice in one row (two facts); the last sentence crosses the page break ('capital cost' / running header and footer / 'of £1.35m.'); postcode, agenda item, page numbers, paragraph numbers, '(1)'/(2)' list markers; ages '16 or 17' optional.")
