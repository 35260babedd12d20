from mk_b import F, P, Q, gold
O = 'other'
Y2425 = P('2024-04-01', '2025-03-31', '2024/25')
P3 = P('2022-01-01', '2024-12-31', '2022-24')
BARS = [(71.2, P('2020-04-01', '2021-03-31', '2020/21')), (80.5, P('2021-04-01', '2022-03-31', '2021/22')),
        (83.9, P('2022-04-01', '2023-03-31', '2022/23')), (81.0, P('2023-04-01', '2024-03-31', '2023/24'))]
f = [
    F(34900, 'count', O, 'children and young people aged 0 to 17 in West Berkshire', 'most of our 34,900 children and young people'),
    F(31, 'count', 'child_deaths', 'child deaths reviewed by the Berkshire West CDOP in 2025/26 (three areas)', 'completed reviews of 31 child deaths'),
    F(9, 'count', 'child_deaths', 'child deaths reviewed of children who lived in West Berkshire', 'nine of them of children who lived in West Berkshire'),
    F(5, 'count', 'child_deaths', 'West Berkshire child deaths of babies under one', 'Five of the nine were babies under one year old'),
    F(2, 'count', O, 'West Berkshire deaths with modifiable factors', 'found modifiable factors in two of the West Berkshire deaths'),
    F(1, 'count', O, 'deaths with modifiable factors involving unsafe sleep', 'one of them involving unsafe sleep', optional=True),
    F(12, 'count', 'child_deaths', 'sudden unexpected deaths in infancy reviewed across Berkshire West, 2021 to 2026',
      'the panel has reviewed 12 sudden unexpected deaths in infancy', period=P('2021-04-01', '2026-03-31', 'the five years 2021 to 2026')),
    F(8.9, 'rate_per_100000', 'child_deaths', 'death rate, children aged 1 to 17, West Berkshire', 'was 8.9 per 100,000 in 2022-24', period=P3),
    F(10.2, 'rate_per_100000', 'child_deaths', 'death rate, children aged 1 to 17, South East comparator', 'compared with 10.2 in the South East', period=P3),
    F(11.6, 'rate_per_100000', 'child_deaths', 'death rate, children aged 1 to 17, England comparator', '11.6 in England', period=P3),
    F(191, 'count', O, 'emergency injury admissions, children aged 0 to 14', 'There were 191 emergency admissions', period=Y2425),
    F(78.4, 'rate_per_10000', O, 'injury admission rate, children aged 0-14, West Berkshire', 'a rate of 78.4 per 10,000', period=Y2425),
    F(84.0, 'rate_per_10000', O, 'injury admission rate aged 0-14, South East comparator', 'the South East (84.0)', period=Y2425),
    F(89.1, 'rate_per_10000', O, 'injury admission rate aged 0-14, England comparator', 'England (89.1)', period=Y2425),
    F(102.6, 'rate_per_10000', O, 'injury admission rate, children under five', 'the rate was 102.6 per 10,000', period=Y2425),
    F(110.3, 'rate_per_10000', O, 'injury admission rate under five, England comparator', 'against 110.3 for England', period=Y2425),
    F(96.7, 'rate_per_10000', O, 'injury admission rate, young people aged 15 to 24', 'the rate was 96.7 per 10,000', period=Y2425),
    F(108.9, 'rate_per_10000', O, 'injury admission rate aged 15 to 24, England comparator', '(England 108.9)', period=Y2425),
]
for v, p in BARS:
    f.append(F(v, 'rate_per_10000', O, 'injury admission rate aged 0-14, Figure 4.3 bar ' + p['text'], '%.1f' % v, period=p))
f += [
    F(133, 'count', 'child_protection_plans', 'children subject of a child protection plan at 31 March 2026', '133 children were the subject of a child protection plan'),
    F(38.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate per 10,000', 'a rate of 38.1 per 10,000'),
    F(186, 'count', 'looked_after_children', 'children looked after at 31 March 2026', '186 children were looked after'),
    F(276.4, 'rate_per_10000', 'children_in_need', 'children in need rate, West Berkshire', 'Children in need at 31 March 276.4 297.0 331.8'),
    F(297.0, 'rate_per_10000', 'children_in_need', 'children in need rate, South East', 'Children in need at 31 March 276.4 297.0 331.8'),
    F(331.8, 'rate_per_10000', 'children_in_need', 'children in need rate, England', 'Children in need at 31 March 276.4 297.0 331.8'),
    F(142.3, 'rate_per_10000', 'section_47_enquiries', 'section 47 enquiries rate, West Berkshire', 'Section 47 enquiries started 142.3 155.0 180.7'),
    F(155.0, 'rate_per_10000', 'section_47_enquiries', 'section 47 enquiries rate, South East', 'Section 47 enquiries started 142.3 155.0 180.7'),
    F(180.7, 'rate_per_10000', 'section_47_enquiries', 'section 47 enquiries rate, England', 'Section 47 enquiries started 142.3 155.0 180.7'),
    F(39.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, South East', 'Child protection plans at 31 March 38.1 39.6 40.6'),
    F(40.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'Child protection plans at 31 March 38.1 39.6 40.6'),
    F(53, 'rate_per_10000', 'looked_after_children', 'children looked after rate, West Berkshire', 'Children looked after at 31 March 53 58 70'),
    F(58, 'rate_per_10000', 'looked_after_children', 'children looked after rate, South East', 'Children looked after at 31 March 53 58 70'),
    F(70, 'rate_per_10000', 'looked_after_children', 'children looked after rate, England', 'Children looked after at 31 March 53 58 70'),
    F(65000, 'gbp', O, 'proposed safe-sleep campaign funding', '(£65,000 over 18 months)'),
    F(18, 'months', O, 'length of the safe-sleep campaign', '(£65,000 over 18 months)'),
    F(10, 'months', O, 'baby age by which a home safety check is offered', 'by the time the baby is 10 months old', optional=True),
    F(85, 'percent', O, 'target uptake of home safety checks', 'a target of 85% uptake'),
    F(6, 'months', O, 'frequency of reports to the Health and Wellbeing Board', 'every six months'),
]
q = [
    Q('We can design out a lot of harm: a stair gate, a blind cord cleat, a safe place to sleep. These are cheap, and they work.', 'Naomi Fairbrother',
      ['Dr Naomi Fairbrother', 'Dr Fairbrother', 'Director of Public Health'], None, role='Director of Public Health, West Berkshire'),
    Q('Nobody had ever explained why the sofa was dangerous. I thought I was keeping him close.', 'a mother', ['One mother', 'mother'], 'told'),
]
gold('b07_west_berkshire_dph_annual_report_children_safety.pdf', 'council_report',
     'Director of Public Health Annual Report 2026, Chapter 4: Keeping children safe from harm', 'West Berkshire', None,
     P('2025-04-01', '2026-03-31', '2025/26'), f,
     ['aged 0 to 17', 'aged 0 to 14', 'aged 1 to 17', 'under one year old', 'aged 15 to 24', 'under five', 'indicator 90284', 'Figure 4.3', 'Table 4.2',
      'Page 1 | Chapter 4', 'Page 2 | Chapter 4', 'across the three areas', '2020/21 2021/22 2022/23 2023/24 2024/25', '75 71.2', 'Annual Report 2026', 'in 2022-24', 'Over the five years 2021 to 2026',
      'aged 0-14', '4.1 Child deaths', 'At 31 March 2026'],
     q, [{'name': 'Naomi Fairbrother', 'role': 'Director of Public Health, West Berkshire Council'}],
     ['SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.',
      'West Berkshire Council | Director of Public Health Annual Report 2026',
      'Source: Hospital Episode Statistics via Fingertips-style indicator 90284 (synthetic). Rates are per 10,000 resident population aged 0-14.'],
     ['CDOP footprint: the Berkshire West CDOP covers three areas; 31 deaths (all three) vs nine West Berkshire residents are two child_deaths facts; five under-ones keep child_deaths (deaths of under-ones); modifiable factors are a feature subset (other); "one of them involving unsafe sleep" optional.',
      'Injury admissions (no metric) are other; rate_per_10000 for 0-14, under five and 15-24, with 2024/25 periods (the record period is 2025/26); child mortality is rate_per_100000 with the pooled 2022-24 period; comparators keep the metric.',
      'Chromium SVG bar chart: value labels are figures with their year periods (the 2024/25 bar repeats 78.4); axis ticks 0/25/50/75/100 are not, and interleave with labels in extracted text ("75 71.2"); year labels not figures.',
      'Table 4.2 rates: the West Berkshire CP rate 38.1 repeats the prose; other cells new (comparators keep metric). LAC row values are rates (53 per 10,000), distinct from the count 186.',
      'Recommendations: £65,000 and 18 months, target 85%, "every six months" (6 months) are figures; the baby\'s "10 months old" deadline age optional; recommendation numbers 4.1-4.3 collide with section numbers 4.1-4.3.',
      'Pull quote with dash attribution: cue null. Partnership null: a Director of Public Health report; the Berkshire West Safeguarding Children Partnership is named only in a recommendation.'])
