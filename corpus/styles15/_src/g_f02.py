from pdfkit_f import *
from reportlab.platypus import NextPageTemplate, PageBreak
N = 'f02_sefton_missing_return_home_interviews_quarterly'
fw = A4[0] - 36 * mm
Q1 = {'start': '2026-04-01', 'end': '2026-06-30'}
s = [P('Sefton Safeguarding Children Partnership - Exploitation and Missing Sub-group', SMALL),
     P('Children Missing from Home and Care: Quarter 2 Report 2026/27 (July to September 2026)', H1),
     P('Prepared by the Missing Children Coordinator, Sefton Council Children\'s Services. Data source: Liquidlogic case system and '
       'Merseyside Police missing persons extract, refreshed 7 October 2026. Enquiries: missing.team@sefton.example / 01632 960277.', SMALL),
     Spacer(1, 6),
     cards([('318', 'missing episodes in Q2'), ('141', 'children who went missing'), ('95%', 'of episodes offered a return home interview'),
            ('66%', 'of interviews completed within 72 hours')], fw),
     Spacer(1, 8), P('Table 1: Headline measures, Q1 and Q2 2026/27', H2),
     table([['Measure', 'Q1 2026/27', 'Q2 2026/27', 'Direction'],
            ['Missing episodes (all children)', '276', '318', 'Up'],
            ['Individual children missing', '129', '141', 'Up'],
            ['Episodes - children looked after', '139', '162', 'Up'],
            ['Looked after children missing', '34', '38', 'Up'],
            ['  of whom placed in Sefton by other local authorities', '12', '14', 'Up'],
            ['Return home interviews offered (%)', '93%', '95%', 'Better'],
            ['RHIs completed within 72 hours (%)', '61%', '66%', 'Better'],
            ['RHIs declined by child', '37', '41', 'Up'],
            ['Children missing 5+ times in the quarter', '15', '17', 'Up']], [fw * 0.52, fw * 0.16, fw * 0.16, fw * 0.16]),
     Spacer(1, 4),
     P('Percentages are of eligible episodes. An episode is counted once even when police record it as "absent" and then upgrade '
       'it to "missing". Q1 figures have been refreshed since the Q1 report (paragraph 2.3).', SMALL),
     NextPageTemplate('two'), PageBreak(),
     P('1. Headlines', H2),
     P('1.1 There were 318 missing episodes in the quarter, involving 141 children. This is the highest quarterly total since '
       'the sub-group began receiving this report in 2022. The rise is concentrated in the summer holidays: 124 episodes '
       'happened in August alone.'),
     P('1.2 Children looked after accounted for 162 episodes, just over half (51%) of the total, although looked after '
       'children were only 38 of the 141 children who went missing. Fourteen of them were placed in Sefton by other local '
       'authorities, mostly in two residential homes in the south of the borough.'),
     P('2. Return home interviews', H2),
     P('2.1 An RHI was offered after 95% of eligible episodes. 198 interviews were completed within 72 hours of the child\'s '
       'return, which is 66% of those offered, up from 61% in Q1. Children declined 41 interviews; in 9 of these a second offer '
       'was accepted when a different worker called.'),
     P('2.2 The longest single episode lasted 9 days. Seventeen children went missing five or more times in the quarter, and '
       'all 17 have been reviewed at the MACE panel or have a multi-agency plan.'),
     P('2.3 Q1 figures were refreshed after late police records were matched; the Q1 episode count changed from 264 to 276.'),
     P('3. What children told us', H2),
     P('3.1 Concerns about criminal or sexual exploitation were recorded in 23 interviews, and 11 children were referred to the '
       'MACE panel. One young person, aged 14, told the RHI worker: "I just needed to get out of the house for a bit. Nobody '
       'asked me why before, they just asked where I\'d been."'),
     P('3.2 Detective Sergeant Liam Carberry, Merseyside Police\'s missing persons coordinator for Sefton, told the sub-group '
       'the pattern matched what officers were seeing. "The same dozen addresses keep coming up, and that is what the RHIs give '
       'us that nothing else does," he said.'),
     P('4. Actions for Q3', H2),
     P('4.1 The team will pilot evening and weekend RHI slots for 3 months from November 2026, funded from a £15,500 '
       'underspend in the Supporting Families grant. A target of 75% completed within 72 hours has been set for Q4.'),
     P('4.2 The sub-group is asked to note the report. Next report: Q3, due January 2027.'),
     ]
build(N + '.pdf', s, 'Children Missing from Home and Care: Quarter 2 Report 2026/27',
      'Sefton SCP | Missing from Home and Care | Q2 2026/27 | OFFICIAL', 'Exploitation and Missing Sub-group - 21 October 2026',
      author='Sefton Council Children\'s Services')
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(318, 'count', 'other', 'missing episodes', 'There were 318 missing episodes'),
 F(141, 'count', 'other', 'children who went missing', 'involving 141 children'),
 F(95, 'percent', 'other', 'eligible episodes offered a return home interview', 'offered after 95% of eligible episodes'),
 F(66, 'percent', 'other', 'RHIs completed within 72 hours', 'which is 66% of those offered'),
 F(276, 'count', 'other', 'missing episodes', 'Missing episodes (all children) 276', period=Q1),
 F(129, 'count', 'other', 'children who went missing', 'Individual children missing 129', period=Q1),
 F(139, 'count', 'other', 'missing episodes of looked after children', 'Episodes - children looked after 139', period=Q1),
 F(162, 'count', 'other', 'missing episodes of looked after children', 'Children looked after accounted for 162 episodes'),
 F(34, 'count', 'other', 'looked after children who went missing', 'Looked after children missing 34', period=Q1),
 F(38, 'count', 'other', 'looked after children who went missing', 'looked after children were only 38 of the 141'),
 F(12, 'count', 'other', 'missing looked after children placed by other local authorities', 'placed in Sefton by other local authorities 12', period=Q1),
 F(14, 'count', 'other', 'missing looked after children placed by other local authorities', 'Fourteen of them were placed in Sefton'),
 F(93, 'percent', 'other', 'episodes offered a return home interview', 'Return home interviews offered (%) 93%', period=Q1),
 F(61, 'percent', 'other', 'RHIs completed within 72 hours', 'up from 61% in Q1', period=Q1),
 F(37, 'count', 'other', 'RHIs declined by child', 'RHIs declined by child 37', period=Q1),
 F(41, 'count', 'other', 'RHIs declined by child', 'Children declined 41 interviews'),
 F(15, 'count', 'other', 'children missing 5+ times in the quarter', 'Children missing 5+ times in the quarter 15', period=Q1),
 F(17, 'count', 'other', 'children missing five or more times in the quarter', 'Seventeen children went missing five or more times'),
 F(2, 'count', 'other', 'residential homes where placed children live', 'mostly in two residential homes', optional=True),
 F(124, 'count', 'other', 'missing episodes in August', '124 episodes happened in August alone'),
 F(51, 'percent', 'other', 'share of missing episodes involving looked after children', 'just over half (51%)'),
 F(198, 'count', 'other', 'RHIs completed within 72 hours', '198 interviews were completed within 72 hours'),
 F(9, 'count', 'other', 'declined RHIs accepted on second offer', 'in 9 of these a second offer'),
 F(9, 'days', 'other', 'longest single missing episode', 'The longest single episode lasted 9 days'),
 F(264, 'count', 'other', 'missing episodes as first reported', 'changed from 264 to 276', period=Q1, optional=True),
 F(23, 'count', 'other', 'RHIs recording exploitation concerns', 'recorded in 23 interviews'),
 F(11, 'count', 'other', 'children referred to the MACE panel', '11 children were referred to the MACE panel'),
 F(14, 'years', 'other', 'age of young person quoted', 'aged 14', optional=True),
 F(3, 'months', 'other', 'evening and weekend RHI pilot', 'weekend RHI slots for 3 months'),
 F(15500, 'gbp', 'other', 'Supporting Families grant underspend', '£15,500 underspend'),
 F(75, 'percent', 'other', 'target for RHIs completed within 72 hours', 'A target of 75% completed within 72 hours'),
]
gold(N + '.gold.json', {
 'doc': N + '.pdf', 'kind': 'council_report', 'title': 'Children Missing from Home and Care: Quarter 2 Report 2026/27 (July to September 2026)',
 'area': 'Sefton', 'partnership': 'Sefton Safeguarding Children Partnership',
 'period': {'start': '2026-07-01', 'end': '2026-09-30'}, 'figures': figs,
 'not_figures': ['72 hours', '7 October 2026', '01632 960277', '2022', 'paragraph 2.3', 'The same dozen addresses', 'November 2026',
                 'January 2027', '21 October 2026', 'Q3', '5+'],
 'quotes': [
  {'text': "I just needed to get out of the house for a bit. Nobody asked me why before, they just asked where I'd been.",
   'speaker': 'a young person', 'aliases': ['young person', 'One young person'], 'cue': 'told the RHI worker'},
  {'text': 'The same dozen addresses keep coming up, and that is what the RHIs give us that nothing else does,',
   'speaker': 'Liam Carberry', 'aliases': ['Carberry', 'DS Carberry', 'Detective Sergeant Liam Carberry'],
   'role': "Merseyside Police's missing persons coordinator for Sefton", 'cue': 'he said'}],
 'people': [{'name': 'Liam Carberry', 'role': "Detective Sergeant, Merseyside Police's missing persons coordinator for Sefton"}],
 'boilerplate': [SYN, 'Sefton SCP | Missing from Home and Care | Q2 2026/27 | OFFICIAL', 'Exploitation and Missing Sub-group - 21 October 2026'],
 'notes': ['Q1/Q2 table: Q2 column restates prose figures (one figure each); Q1 column figures carry period 2026-04-01..2026-06-30.',
           'Missing looked after children are a feature-defined subset: other, not looked_after_children.',
           '"72 hours" is the RHI timeframe; there is no hours unit, so it is listed as a not_figure; 66%/61%/198 are timeliness measures (other).',
           '9 occurs twice: 9 declined RHIs accepted on second offer (count) and 9 days longest episode (days).',
           '264 -> 276 restated Q1 count: 276 is the refreshed figure; 264 (superseded) is optional.',
           '"Fourteen" and "Seventeen" in words; "five or more times" is a subset definition not a figure; "the same dozen addresses" inside a quote is vague.',
           'Page 2 is two columns; the stat-card row repeats 318/141/95%/66%.',
           'Quote cue "he said" follows the quote; speaker introduced in the previous sentence. Young person quoted anonymously, age optional.']})
