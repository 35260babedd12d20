from pdfkit_f import *
from reportlab.platypus import NextPageTemplate
N = 'f01_shropshire_children_missing_education_report'
fw = A4[0] - 36 * mm
s = []
s += [P('Shropshire Council', SMALL), P('Children Missing Education: Annual Report 2025/26', H1),
      P('<b>Report to:</b> People Overview Committee, 14 October 2026 &nbsp;&nbsp; <b>Report ref:</b> PEO/26/014 &nbsp;&nbsp; '
        '<b>Responsible officer:</b> Hannah Okafor-Reid, Service Manager, Education Access &nbsp;&nbsp; <b>Tel:</b> 01632 960418', SMALL),
      Spacer(1, 6),
      cards([('412', 'children referred as missing education (CME) in 2025/26'), ('389', 'CME cases closed in the year'),
             ('23', 'cases still open at 31 March 2026'), ('84%', 'of closed cases resolved within 20 school days')], fw),
      Spacer(1, 8),
      P('1. Purpose', H2),
      P('1.1 This report sets out how the council has discharged its duty under section 436A of the Education Act 1996 to make '
        'arrangements to identify children of compulsory school age who are not registered at a school and are not receiving '
        'suitable education otherwise. It covers the academic reporting year 1 April 2025 to 31 March 2026 and was considered '
        'by the education subgroup of the Shropshire Safeguarding Community Partnership on 23 September 2026.'),
      P('2. Summary', H2),
      P('2.1 The Education Access team received 412 CME referrals, up from 347 in 2024/25, an increase of 19%. This is '
        'equivalent to 9.8 referrals per 1,000 pupils of compulsory school age<super>1</super>, against 8.3 the previous year. '
        'Most of the rise came from families moving out of the county without telling the school where they were going.'),
      P('2.2 The team closed 389 cases during the year. Of the closed cases, 84% were resolved within our local target of 20 '
        'school days, compared with 77% in 2024/25. At the year end 23 children remained open to the team, of whom 6 had been '
        'missing for more than 60 school days and have been escalated to the Head of Service.'),
      NextPageTemplate('one'),
      P('3. Referrals by reason', H2),
      table([['Reason for referral', '2025/26', '2024/25'],
             ['Moved out of area, destination unknown', '138', '117'],
             ['Moved abroad (not confirmed)', '71', '64'],
             ['Elective home education not confirmed', '44', '39'],
             ['Did not take up an allocated school place', '52', '41'],
             ['Removed from roll without a lawful ground', '19', '22'],
             ['Other', '88', '64'],
             ['<b>Total</b>', '<b>412</b>', '<b>347</b>']], [fw * 0.6, fw * 0.2, fw * 0.2]),
      Spacer(1, 6),
      P('3.1 Removals from roll without a lawful ground under Regulation 8 of the Education (Pupil Registration) (England) '
        'Regulations 2006 fell for the second year running. Each one was challenged in writing with the school concerned.'),
      P('4. Vulnerable children', H2),
      P('4.1 Of the 412 children referred, 37 were already open to children\'s social care at the point of referral, '
        'including 9 who were subject to a child protection plan and 5 who were looked after by another local authority and '
        'placed in Shropshire. A further 61 (15%) had an education, health and care plan. Every child with a social worker was '
        'discussed with the allocated worker within 5 working days of the referral.'),
      P('4.2 Twenty-eight children were missing education for more than 10 school days before the school made a referral. '
        'We have written to the schools involved and the revised CME protocol (version 4.2) now asks for a referral no later '
        'than the tenth day of unexplained absence.'),
      P('4.3 Ofsted\'s focused visit letter of June 2026 noted that "leaders have a clear line of sight on children missing '
        'education and act quickly when risks are identified". The letter added that "tracking of children who leave for '
        'another local authority is not yet consistently robust", which is the focus of the action plan at Appendix B.'),
      P('5. Resources', H2),
      P('5.1 The team has 3.5 full-time equivalent CME officers. The Schools Forum agreed a one-off allocation of £48,000 from the '
        'Dedicated Schools Grant in January 2026 to fund a fixed-term tracking officer for 12 months.'),
      P('6. Recommendation', H2),
      P('6.1 That the Committee notes the report and asks for a further update in 6 months on tracking of children who leave '
        'the county.'),
      Spacer(1, 10),
      P('<super>1</super> Pupil numbers are from the January 2026 school census: 42,040 pupils of compulsory school age were on '
        'roll at Shropshire schools. The 2024/25 rate uses the January 2025 census.', SMALL),
      ]
build(N + '.pdf', s, 'Children Missing Education: Annual Report 2025/26', 'Shropshire Council | People Overview Committee | 14 October 2026',
      'PEO/26/014 - Children Missing Education', author='Shropshire Council Education Access')
PY = {'start': '2024-04-01', 'end': '2025-03-31'}
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(412, 'count', 'other', 'children referred as missing education', '412 CME referrals'),
 F(389, 'count', 'other', 'CME cases closed', 'closed 389 cases'),
 F(23, 'count', 'other', 'CME cases open at 31 March 2026', 'At the year end 23 children remained open'),
 F(84, 'percent', 'other', 'closed CME cases resolved within 20 school days', 'Of the closed cases, 84% were resolved'),
 F(20, 'days', 'other', 'local target for resolving CME cases (school days)', 'local target of 20 school days', optional=True),
 F(347, 'count', 'other', 'CME referrals', 'up from 347 in 2024/25', period=PY),
 F(19, 'percent', 'other', 'increase in CME referrals', 'an increase of 19%'),
 F(9.8, 'rate_per_1000', 'other', 'CME referrals per 1,000 pupils of compulsory school age', 'equivalent to 9.8 referrals per 1,000 pupils'),
 F(8.3, 'rate_per_1000', 'other', 'CME referrals per 1,000 pupils', 'against 8.3 the previous year', period=PY),
 F(77, 'percent', 'other', 'closed CME cases resolved within 20 school days', 'compared with 77% in 2024/25', period=PY),
 F(6, 'count', 'other', 'open CME cases missing for more than 60 school days', 'of whom 6 had been missing for more than 60 school days'),
 F(138, 'count', 'other', 'CME referrals: moved out of area, destination unknown', 'Moved out of area, destination unknown 138'),
 F(117, 'count', 'other', 'CME referrals: moved out of area, destination unknown', 'Moved out of area, destination unknown 138 117', period=PY),
 F(71, 'count', 'other', 'CME referrals: moved abroad', 'Moved abroad (not confirmed) 71'),
 F(64, 'count', 'other', 'CME referrals: moved abroad', 'Moved abroad (not confirmed) 71 64', period=PY),
 F(44, 'count', 'other', 'CME referrals: elective home education not confirmed', 'Elective home education not confirmed 44'),
 F(39, 'count', 'other', 'CME referrals: elective home education not confirmed', 'Elective home education not confirmed 44 39', period=PY),
 F(52, 'count', 'other', 'CME referrals: did not take up school place', 'Did not take up an allocated school place 52'),
 F(41, 'count', 'other', 'CME referrals: did not take up school place', 'Did not take up an allocated school place 52 41', period=PY),
 F(19, 'count', 'other', 'CME referrals: removed from roll without a lawful ground', 'Removed from roll without a lawful ground 19'),
 F(22, 'count', 'other', 'CME referrals: removed from roll without a lawful ground', 'Removed from roll without a lawful ground 19 22', period=PY),
 F(88, 'count', 'other', 'CME referrals: other reasons', 'Other 88'),
 F(64, 'count', 'other', 'CME referrals: other reasons', 'Other 88 64', period=PY),
 F(37, 'count', 'children_in_need', 'CME children open to children\'s social care', '37 were already open to children\'s social care'),
 F(9, 'count', 'child_protection_plans', 'CME children subject to a child protection plan', 'including 9 who were subject to a child protection plan'),
 F(5, 'count', 'looked_after_children', 'CME children looked after by another local authority', '5 who were looked after by another local authority'),
 F(61, 'count', 'other', 'CME children with an education, health and care plan', 'A further 61 (15%) had an education, health and care plan'),
 F(15, 'percent', 'other', 'CME children with an EHC plan', '61 (15%)', optional=True),
 F(5, 'days', 'other', 'deadline to discuss CME child with allocated social worker (working days)', 'within 5 working days of the referral'),
 F(28, 'count', 'other', 'children missing education for more than 10 school days before referral', 'Twenty-eight children were missing education for more than 10 school days'),
 F(3.5, 'count', 'other', 'full-time equivalent CME officers', '3.5 full-time equivalent CME officers'),
 F(48000, 'gbp', 'other', 'one-off Dedicated Schools Grant allocation', 'one-off allocation of £48,000'),
 F(12, 'months', 'other', 'fixed-term tracking officer post', 'fixed-term tracking officer for 12 months'),
 F(6, 'months', 'other', 'further update requested', 'further update in 6 months', optional=True),
 F(42040, 'count', 'other', 'pupils of compulsory school age on roll (January 2026 census)', '42,040 pupils of compulsory school age'),
]
gold(N + '.gold.json', {
 'doc': N + '.pdf', 'kind': 'council_report', 'title': 'Children Missing Education: Annual Report 2025/26',
 'area': 'Shropshire', 'partnership': 'Shropshire Safeguarding Community Partnership',
 'period': {'start': '2025-04-01', 'end': '2026-03-31'}, 'figures': figs,
 'not_figures': ['section 436A of the Education Act 1996', 'PEO/26/014', '01632 960418', '14 October 2026', '23 September 2026',
                 'Regulation 8', '2006', 'version 4.2', 'Appendix B', '1,000 pupils', 'more than 10 school days', 'the tenth day',
                 '60 school days', 'January 2026', '1.1', '6.1'],
 'quotes': [
  {'text': 'leaders have a clear line of sight on children missing education and act quickly when risks are identified', 'speaker': 'Ofsted',
   'aliases': ["Ofsted's focused visit letter", 'the letter', 'focused visit letter'], 'cue': 'noted that'},
  {'text': 'tracking of children who leave for another local authority is not yet consistently robust', 'speaker': 'Ofsted',
   'aliases': ["Ofsted's focused visit letter", 'the letter', 'focused visit letter'], 'cue': 'added that'}],
 'people': [{'name': 'Hannah Okafor-Reid', 'role': 'Service Manager, Education Access'}],
 'boilerplate': [SYN, 'Shropshire Council | People Overview Committee | 14 October 2026', 'PEO/26/014 - Children Missing Education'],
 'notes': ['Stat cards repeat 412/389/23/84% stated again in prose: one figure each.',
           'Table has 2025/26 and 2024/25 columns; the prior-year column carries period. Totals 412/347 are the same facts as the prose figures.',
           '19 appears twice as different facts: 19% increase and 19 removed from roll (two figures).',
           '64 appears twice in the 2024/25 column (moved abroad, other) - two figures.',
           'Rate per 1,000 pupils is other with unit rate_per_1000; the "1,000" denominator is not a figure.',
           '37 open to social care treated as children_in_need; 9 on CP plans keep child_protection_plans; 5 looked after keep looked_after_children.',
           '"more than 10 school days" / "60 school days" are subset definitions, not figures; "20 school days" local target optional; "within 5 working days" stands alone as a deadline (required).',
           'Footnote 42,040 pupils is a reported figure; superscript footnote marker 1 follows "age".',
           'Quotes are from an Ofsted letter (speaker Ofsted), not from the report.']})
