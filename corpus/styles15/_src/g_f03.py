from pdfkit_f import *
from reportlab.platypus import NextPageTemplate, PageBreak
N = 'f03_wigan_independent_reviewing_officer_annual_report'
fw = A4[0] - 36 * mm
cw = (fw - 6 * mm) / 2
PY = {'start': '2024-04-01', 'end': '2025-03-31'}
s = [NextPageTemplate('two'),
     P('Wigan Council - Children\'s Services Quality Assurance', SMALL),
     P('Independent Reviewing Officer Service Annual Report 2025/26', H1),
     P('Presented to the Corporate Parenting Board, 19 November 2026. Author: Deborah Ainsworth, IRO Service Manager. '
       'Prepared under the IRO Handbook (2010), paragraph 7.11.', SMALL),
     P('Foreword', H2),
     P('This has been a year of growth for the service and, frankly, of pressure. I want to thank every IRO for holding on to '
       'the child in the middle of it. We have more children in our care than at any point in the last decade, and our caseloads '
       'are higher than I would like. What has not changed is that children tell us they know who their IRO is.'),
     P('1. Our children', H2),
     P('1.1 On 31 March 2026 Wigan was corporate parent to 612 children, up from 587 a year earlier. That is a rate of 89 per '
       '10,000 children, above our statistical neighbours (81) and well above England (70)<super>1</super>.'),
     P('1.2 Sixty-eight children lived more than 20 miles from Wigan, and 3 were placed in unregistered children\'s homes at '
       'the year end. Each of those three placements was escalated to the Director of Children\'s Services.'),
     P('1.3 The service also chairs child protection conferences. There were 298 children subject to a child protection plan at '
       '31 March 2026, and IROs chaired 211 initial child protection conferences during the year; 83% were held within 15 working '
       'days of the strategy discussion.'),
     P('2. Reviews and participation', H2),
     P('2.1 IROs chaired 1,846 looked after reviews, 91% of them within timescale (2024/25: 88%). Children aged 4 and over '
       'participated in 88% of their reviews, either in person, through an advocate or by sending their views.'),
     P('2.2 One young person wrote on her feedback card: "My IRO actually listens and she comes back when she says she will." '
       'Another said the meetings were "too long and too many people I don\'t know".'),
     P('3. Capacity', H2),
     P('3.1 The service has 9.4 full-time equivalent IROs. The average caseload was 74 children per full-time IRO at year end, '
       'above the range of 50 to 70 suggested by the IRO Handbook. Two agency IROs were recruited in September 2026.'),
     table([['Dispute resolution', '2025/26', '2024/25'],
            ['Informal issues raised', '47', '39'],
            ['Formal escalations', '12', '8'],
            ['Resolved at stage 1', '10', '6']], [cw * 0.5, cw * 0.25, cw * 0.25]),
     Spacer(1, 4),
     P('3.2 Of the 12 formal escalations, 4 concerned drift in permanence planning and 5 concerned placement stability. None '
       'needed referral to Cafcass.'),
     P('4. What others said', H2),
     P('4.1 In the ILACS inspection in March 2026, Ofsted found that "independent reviewing officers are a visible and '
       'consistent presence in children\'s lives and their challenge is increasingly effective". Inspectors also noted that '
       'the IRO footprint on children\'s records was uneven.'),
     P('5. Priorities for 2026/27', H2),
     P('5.1 Reduce average caseloads to 65 by March 2027; mid-point reviews for every child within 12 weeks of a review; and '
       'a new IRO feedback app, costing £9,800, built with Wigan\'s children in care council.'),
     Spacer(1, 6),
     P('<super>1</super> Children looked after per 10,000 children aged under 18, 31 March 2025, DfE SSDA903 release; statistical '
       'neighbours are the ten closest authorities.', SMALL),
     ]
build(N + '.pdf', s, 'Independent Reviewing Officer Service Annual Report 2025/26',
      'Wigan Council | IRO Service Annual Report 2025/26', 'Corporate Parenting Board, 19 November 2026 - Item 6',
      author='Wigan Council', first='two')
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(612, 'count', 'looked_after_children', 'children looked after', 'corporate parent to 612 children'),
 F(587, 'count', 'looked_after_children', 'children looked after', 'up from 587 a year earlier', period=PY),
 F(89, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000', 'a rate of 89'),
 F(81, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000, statistical neighbours', 'neighbours (81)'),
 F(70, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000, England', 'well above England (70)'),
 F(68, 'count', 'looked_after_children', 'children looked after living more than 20 miles from Wigan', 'Sixty-eight children lived more than 20 miles'),
 F(3, 'count', 'looked_after_children', "children placed in unregistered children's homes", "3 were placed in unregistered children's homes"),
 F(298, 'count', 'child_protection_plans', 'children subject to a child protection plan', '298 children subject to a child protection plan'),
 F(211, 'count', 'other', 'initial child protection conferences', 'chaired 211 initial child protection conferences'),
 F(83, 'percent', 'other', 'ICPCs held within 15 working days of the strategy discussion', '83% were held within 15 working days'),
 F(1846, 'count', 'other', 'looked after reviews', 'chaired 1,846 looked after reviews'),
 F(91, 'percent', 'other', 'looked after reviews within timescale', '91% of them within timescale'),
 F(88, 'percent', 'other', 'looked after reviews within timescale', '(2024/25: 88%)', period=PY),
 F(88, 'percent', 'other', 'reviews in which children aged 4 and over participated', 'participated in 88% of their reviews'),
 F(9.4, 'count', 'other', 'full-time equivalent IROs', '9.4 full-time equivalent IROs'),
 F(74, 'count', 'other', 'average IRO caseload (children per full-time IRO)', 'average caseload was 74 children'),
 F(50, 'count', 'other', 'IRO Handbook caseload range, lower', 'range of 50 to 70', optional=True),
 F(70, 'count', 'other', 'IRO Handbook caseload range, upper', 'range of 50 to 70', optional=True),
 F(2, 'count', 'other', 'agency IROs recruited', 'Two agency IROs were recruited'),
 F(47, 'count', 'other', 'informal dispute resolution issues raised', 'Informal issues raised 47'),
 F(39, 'count', 'other', 'informal dispute resolution issues raised', 'Informal issues raised 47 39', period=PY),
 F(12, 'count', 'other', 'formal escalations', 'Formal escalations 12'),
 F(8, 'count', 'other', 'formal escalations', 'Formal escalations 12 8', period=PY),
 F(10, 'count', 'other', 'escalations resolved at stage 1', 'Resolved at stage 1 10'),
 F(6, 'count', 'other', 'escalations resolved at stage 1', 'Resolved at stage 1 10 6', period=PY),
 F(4, 'count', 'other', 'formal escalations about drift in permanence planning', '4 concerned drift in permanence planning'),
 F(5, 'count', 'other', 'formal escalations about placement stability', '5 concerned placement stability'),
 F(0, 'count', 'other', 'escalations referred to Cafcass', 'None needed referral to Cafcass', optional=True),
 F(65, 'count', 'other', 'target average IRO caseload', 'Reduce average caseloads to 65'),
 F(12, 'weeks', 'other', 'mid-point review deadline', 'within 12 weeks of a review'),
 F(9800, 'gbp', 'other', 'IRO feedback app cost', 'costing £9,800'),
]
gold(N + '.gold.json', {
 'doc': N + '.pdf', 'kind': 'council_report', 'title': 'Independent Reviewing Officer Service Annual Report 2025/26',
 'area': 'Wigan', 'partnership': None,
 'period': {'start': '2025-04-01', 'end': '2026-03-31'}, 'figures': figs,
 'not_figures': ['10,000 children', 'IRO Handbook (2010)', 'paragraph 7.11', '19 November 2026', 'Item 6', 'more than 20 miles',
                 'aged 4 and over', '15 working days', 'the last decade', 'ten closest authorities', 'SSDA903', 'stage 1',
                 'March 2027', 'September 2026'],
 'quotes': [
  {'text': 'My IRO actually listens and she comes back when she says she will.', 'speaker': 'a young person',
   'aliases': ['young person', 'One young person'], 'cue': 'wrote on her feedback card'},
  {'text': "too long and too many people I don't know", 'speaker': 'a young person', 'aliases': ['young person', 'Another'],
   'cue': 'said', 'optional': True},
  {'text': "independent reviewing officers are a visible and consistent presence in children's lives and their challenge is increasingly effective",
   'speaker': 'Ofsted', 'aliases': ['inspectors', 'the ILACS inspection'], 'cue': 'found that'}],
 'people': [{'name': 'Deborah Ainsworth', 'role': 'IRO Service Manager'}],
 'boilerplate': [SYN, 'Wigan Council | IRO Service Annual Report 2025/26', 'Corporate Parenting Board, 19 November 2026 - Item 6'],
 'notes': ['Two-column layout throughout; the small dispute-resolution table splits across the column break with its header row repeated at the top of the right column (2025/26 and 2024/25; prior year carries period).',
           'Foreword is first-person prose by the service manager: not a quote.',
           'Rate 89 per 10,000 with comparators 81 (statistical neighbours) and 70 (England) keeping looked_after_children; "10,000" is a denominator.',
           'Location and placement-type breakdowns of children in care (68 more than 20 miles away, 3 in unregistered homes) keep looked_after_children.',
           '88% appears twice as different facts: reviews in timescale 2024/25 and participation 2025/26.',
           '70 appears as England rate and as the upper end of the caseload range (optional).',
           '"15 working days" is inside a timeliness measure (not a figure); "aged 4 and over" is a definition.',
           'Second young-person quote is a fragment, optional; the second young person is "Another".',
           'No safeguarding partnership named: partnership null.', 'In the extracted text the footnote marker 1 lands on its own line between "statistical" and "neighbours".']})
