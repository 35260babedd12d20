from pdfkit_f import gold
N = 'f06_warrington_budget_consultation_you_said_we_did'
CP = {'start': '2025-11-03', 'end': '2025-12-14'}
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(2314, 'count', 'other', 'budget consultation responses', 'We received 2,314 responses'),
 F(1987, 'count', 'other', 'online survey responses', '1,987 online surveys'),
 F(211, 'count', 'other', 'paper survey responses', '211 paper surveys'),
 F(43, 'count', 'other', 'easy read survey responses', '43 easy read surveys'),
 F(73, 'count', 'other', "responses to the young people's version", "73 responses to the young people's version"),
 F(6, 'count', 'other', 'drop-in sessions', 'We also held 6 drop-in sessions'),
 F(18700000, 'gbp', 'other', 'budget gap 2026/27', 'budget gap of £18.7m'),
 F(71200000, 'gbp', 'other', "children's services spending 2026/27", "Spending on children's services will be £71.2m"),
 F(6400000, 'gbp', 'other', "increase in children's services spending", 'an increase of £6.4m'),
 F(402, 'count', 'looked_after_children', 'children in care', 'has risen to 402'),
 F(6200, 'gbp', 'other', 'average weekly cost of a residential placement', '£6,200 a week'),
 F(28, 'count', 'looked_after_children', "children living in residential children's homes", "28 of our children live in residential children's homes"),
 F(61, 'percent', 'other', "respondents prioritising children's social care and early help", "61% of respondents said children's social care"),
 F(40, 'percent', 'other', 'written comments mentioning early help or family hubs', 'Around 4 in 10 of the written comments', qualifier='about'),
 F(2, 'count', 'other', "children's centres proposed for closure", 'close 2 of the'),
 F(9, 'count', 'other', "children's centres in the borough", "9 children's centres"),
 F(2, 'count', 'other', "children's centres with longer Saturday hours", 'longer Saturday hours at two of them', optional=True),
 F(4300000, 'gbp', 'other', 'early help budget', 'The early help budget is protected at £4.3m'),
 F(1100000, 'gbp', 'other', 'original home to school transport saving', 'would have saved £1.1m'),
 F(75, 'count', 'other', 'journey length in minutes', 'journeys of more than 75 minutes', qualifier='more than', optional=True),
 F(650000, 'gbp', 'other', 'revised home to school transport saving', 'reduced the saving to £650,000'),
 F(58, 'count', 'other', 'young people wanting youth clubs protected', '58 of the 73 young people'),
 F(240000, 'gbp', 'other', 'youth service budget reinstated', '£240,000 has been put back'),
 F(4, 'count', 'other', 'youth clubs kept open', 'keeping 4 youth clubs open'),
 F(47, 'percent', 'other', 'respondents opposing a 4.99% council tax increase', '47% of respondents opposed'),
 F(39, 'percent', 'other', 'respondents supporting a 4.99% council tax increase', '39% supported it'),
 F(4.99, 'percent', 'other', 'council tax increase', 'Council tax will rise by 4.99%'),
 F(2, 'percent', 'other', 'adult social care precept', 'of which 2% is the'),
 F(2146.38, 'gbp', 'other', 'Band D council tax for council services', '£2,146.38 a year'),
 F(1.97, 'gbp', 'other', 'weekly increase for a Band D household', 'about £1.97 a week more', qualifier='about'),
]
gold(N + '.gold.json', {
 'doc': N + '.txt', 'kind': 'other', 'title': 'Budget 2026/27 consultation: You said, we did', 'area': 'Warrington',
 'partnership': None, 'period': {'start': '2026-04-01', 'end': '2027-03-31'}, 'figures': figs,
 'not_figures': ['17 February 2026', '3 November to 14 December 2025', '16 February 2026', '23 February 2026', 'agenda item 7',
                 'September 2026', '01632 960145', '1.2MB', '640KB', 'Band D', '2026/27'],
 'quotes': [
  {'text': "Don't cut the things that stop families reaching crisis. It costs more later.", 'speaker': 'a respondent',
   'aliases': ['respondent', 'One respondent'], 'cue': 'wrote'},
  {'text': 'People told us loud and clear that they want us to keep the front door open for families before things go wrong. We listened. Keeping every children\'s centre open was the single biggest change we made.',
   'speaker': 'Pauline Hesketh', 'aliases': ['Hesketh', 'Cllr Hesketh', 'Councillor Pauline Hesketh', 'Councillor Hesketh'],
   'role': 'cabinet member for children and families', 'cue': 'said'},
  {'text': "keep knocking on the Government's door", 'speaker': 'Pauline Hesketh',
   'aliases': ['Hesketh', 'Cllr Hesketh', 'Councillor Pauline Hesketh', 'Councillor Hesketh'], 'role': 'cabinet member for children and families',
   'cue': 'She added that', 'optional': True}],
 'people': [{'name': 'Pauline Hesketh', 'role': 'cabinet member for children and families'}],
 'boilerplate': ['Home > Your council > Budgets and spending > Budget consultation 2026/27 > Results',
                 'Read the full consultation report (PDF, 1.2MB) | Equality impact assessment (PDF, 640KB)'],
 'notes': ['Record period is the budget year 2026/27 the page is about; the consultation window (3 November to 14 December 2025) is a date range, not a figure.',
           'Response breakdown 1,987 + 211 + 43 + 73 = 2,314; "73" recurs as the denominator in "58 of the 73 young people" (same fact).',
           'Money: £18.7m, £71.2m, £6.4m, £4.3m, £1.1m normalised to pounds; £6,200 a week and £1.97 a week are rates, kept as gbp; £2,146.38 Band D.',
           '"2 of the borough\'s 9 children\'s centres": two figures; "All nine" restates 9; "two of them" (Saturday hours) optional.',
           '"Around 4 in 10" = 40 percent with qualifier about.',
           'Children in care 402 and 28 in residential homes keep looked_after_children.',
           '2 appears as a count (centres) and 2% (precept); 4.99% appears three times (one figure).',
           'File sizes 1.2MB/640KB, agenda item 7 and dates are not figures. "75 minutes": no minutes unit, optional count.',
           'Quote from an anonymous respondent; cabinet member quote; a short reported fragment after "She added that" optional.']})
