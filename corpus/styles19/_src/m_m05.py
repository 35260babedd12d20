"""Writer m, m05: a national housing charity's briefing on families with children in temporary accommodation (England), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'm05_national_families_temporary_accommodation_charity_briefing.html'
HTML = '''<!doctype html>
<!-- SYNTHETIC document invented for evaluation (writer m, styles19). The charity, people, quotes and figures are made up; only place names are real. -->
<html lang="en">
<head><meta charset="utf-8"><title>Briefing: Children growing up in temporary accommodation - Homes for Families Trust</title>
<style>.stat{display:inline-block;width:30%;font-size:1.4em} .fn{font-size:.8em} table{border-collapse:collapse} th,td{border:1px solid #bbb;padding:3px 6px}</style></head>
<body>
<header><div class="logo">Homes for Families Trust</div>
<nav><a href="#">Get help</a> <a href="#">Our research</a> <a href="#">Campaigns</a> <a href="#" class="donate">Donate</a></nav></header>
<main>
<p class="kicker">Policy briefing | Research and policy team</p>
<h1>No place to grow: children in temporary accommodation in England</h1>
<p class="meta">Published 18 November 2026 &middot; 9 minute read</p>

<section class="stats">
<div class="stat"><strong>171,240</strong> children in temporary accommodation</div>
<div class="stat"><strong>1 in 80</strong> children in England</div>
<div class="stat"><strong>3,105</strong> families in B&amp;B past the legal limit</div>
</section>

<h2>Summary</h2>
<p>The number of children living in temporary accommodation in England has reached another record. Official statistics for the end of June 2026 show 87,310 households with dependent children in temporary accommodation, up 9% on a year earlier, when the figure was 80,120. Between them these households included 171,240 children, roughly 1 in 80 of all children in England.<sup>1</sup></p>
<p>Behind the numbers are children who share a single room with their parents and siblings, who move school or travel for hours to keep their place, and who have nowhere to do homework, play or sleep safely.</p>

<h2>Bed and breakfast beyond the legal limit</h2>
<p>Councils should not place a family with children in bed and breakfast accommodation for more than 6 weeks. At the end of June 2026, 3,105 families had been in B&amp;B for longer than that, compared with 2,240 a year before. In our survey of 412 families, 61% said their children had no space to play and 44% shared a bed with a parent.<sup>2</sup></p>

<h2>Placed far from home</h2>
<p>Nearly a third of households (31%) were placed outside the council area that owed them a duty, most of them London families placed in the Home Counties or further. Families told us that a one-way school run of more than an hour was common.</p>

<h3>Where the pressure is highest</h3>
<p>Rate of households in temporary accommodation per 1,000 households, end of June 2026 (the five highest).</p>
<table>
<tr><th>Local authority</th><th>Households with children</th><th>All households per 1,000</th></tr>
<tr><td>Newham</td><td>5,840</td><td>45.1</td></tr>
<tr><td>Westminster</td><td>2,310</td><td>29.6</td></tr>
<tr><td>Haringey</td><td>2,655</td><td>27.8</td></tr>
<tr><td>Enfield</td><td>2,920</td><td>25.3</td></tr>
<tr><td>Luton</td><td>1,410</td><td>19.7</td></tr>
<tr><td>England</td><td>87,310</td><td>5.1</td></tr>
</table>

<h2>The cost</h2>
<p>Councils in England spent &pound;2.8 billion on temporary accommodation in 2025-26, up from &pound;2.3 billion in 2024-25. Almost &pound;1 in every &pound;4 of that was spent on nightly-paid B&amp;B and annexes.<sup>3</sup></p>

<h2>Children who died</h2>
<p>Since April 2019, temporary accommodation has been recorded as a contributing factor in the deaths of 81 children in England, according to the National Child Mortality Database. 62 of them were babies who died before their first birthday. Most of these deaths were linked to unsafe sleeping arrangements, including the lack of space for a cot.<sup>4</sup></p>
<blockquote><p>"We have three children in one room with a kettle and a microwave. My youngest has never crawled on a floor."</p><footer>- Amira, a mother of three living in a hostel in east London</footer></blockquote>

<h2>What we are calling for</h2>
<p>We set out four asks of the UK Government:</p>
<ol>
<li>Enforce the 6-week limit on B&amp;B for families, with a duty to report every breach.</li>
<li>Require councils to notify a child's school and health visitor within 5 working days of a placement.</li>
<li>Fund a cot and bedding for every baby placed in temporary accommodation.</li>
<li>Build 90,000 social rent homes a year for 10 years.</li>
</ol>
<p>Our chief executive, Daniel Osei, said: "A record every quarter should not be a reason for shrugging. These are children's first years, and they do not get them back."</p>

<div class="fn"><p>Sources</p>
<p>1. Statutory homelessness live tables, TA1, April to June 2026. Children are counted at 30 June 2026.</p>
<p>2. Homes for Families Trust survey of 412 families, August to September 2026.</p>
<p>3. Local authority revenue expenditure and financing, RO4, 2025-26 provisional outturn.</p>
<p>4. National Child Mortality Database thematic data, April 2019 to March 2026.</p></div>
</main>
<footer><p>Homes for Families Trust is a registered charity in England and Wales (1187342). Helpline 020 7946 0731, Monday to Friday 9am to 5pm.</p>
<p><a href="https://homesforfamilies.example/donate">Donate &pound;10 a month</a> | <a href="#">Sign up to our newsletter</a></p></footer>
</body></html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

J26 = P('2026-06-30', '2026-06-30', 'end of June 2026')
J25 = P('2025-06-30', '2025-06-30', 'a year earlier')
TAB = [('Newham 5,840 45.1', 5840, 45.1), ('Westminster 2,310 29.6', 2310, 29.6), ('Haringey 2,655 27.8', 2655, 27.8),
       ('Enfield 2,920 25.3', 2920, 25.3), ('Luton 1,410 19.7', 1410, 19.7)]
figs = [
    F(87310, 'count', 'other', 'households with dependent children in temporary accommodation, England', 'show 87,310 households with dependent children in temporary accommodation', period=J26),
    F(9, 'percent', 'other', 'increase in households with children in temporary accommodation', 'up 9% on a year earlier', period=J26),
    F(80120, 'count', 'other', 'households with dependent children in temporary accommodation, England', 'when the figure was 80,120', period=J25),
    F(171240, 'count', 'other', 'children in temporary accommodation, England', 'these households included 171,240 children', period=J26),
    F(1.25, 'percent', 'other', 'share of all children in England in temporary accommodation', 'roughly 1 in 80 of all children in England', qualifier='roughly', period=J26, optional=True),
    F(6, 'weeks', 'other', 'legal limit on bed and breakfast placements for families', 'for more than 6 weeks'),
    F(3105, 'count', 'other', 'families in B&B beyond the legal limit', 'At the end of June 2026, 3,105 families had been in B&B', period=J26),
    F(2240, 'count', 'other', 'families in B&B beyond the legal limit', 'compared with 2,240 a year before', period=J25),
    F(412, 'count', 'other', 'families surveyed', 'In our survey of 412 families'),
    F(61, 'percent', 'other', 'surveyed families whose children had no space to play', '61% said their children had no space to play'),
    F(44, 'percent', 'other', 'surveyed families sharing a bed with a parent', '44% shared a bed with a parent'),
    F(31, 'percent', 'other', 'households placed outside the council area that owed them a duty', 'Nearly a third of households (31%) were placed outside', period=J26),
    F(33.33, 'percent', 'other', 'households placed outside the council area (hedged)', 'Nearly a third of households', qualifier='nearly', optional=True),
]
for row, n, r in TAB:
    la = row.split(' ')[0]
    figs.append(F(n, 'count', 'other', 'households with children in temporary accommodation, %s' % la, row, period=J26))
    figs.append(F(r, 'rate_per_1000', 'other', 'households in temporary accommodation per 1,000 households, %s' % la, row, period=J26))
figs += [
    F(5.1, 'rate_per_1000', 'other', 'households in temporary accommodation per 1,000 households, England', 'England 87,310 5.1', period=J26),
    F(2800000000, 'gbp', 'other', 'council spending on temporary accommodation', 'spent £2.8 billion on temporary accommodation in 2025-26', period=P('2025-04-01', '2026-03-31', '2025-26')),
    F(2300000000, 'gbp', 'other', 'council spending on temporary accommodation', 'up from £2.3 billion in 2024-25', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(25, 'percent', 'other', 'share of spending on nightly-paid B&B and annexes', 'Almost £1 in every £4 of that', qualifier='almost', period=P('2025-04-01', '2026-03-31', '2025-26')),
    F(81, 'count', 'child_deaths', 'children whose deaths had temporary accommodation as a contributing factor', 'in the deaths of 81 children in England', period=P('2019-04-01', '2026-03-31', 'Since April 2019')),
    F(62, 'count', 'child_deaths', 'babies who died before their first birthday', '62 of them were babies who died before their first birthday', period=P('2019-04-01', '2026-03-31', 'Since April 2019')),
    F(1, 'count', 'other', 'one-way school run in hours', 'a one-way school run of more than an hour', qualifier='more than', optional=True),
    F(3, 'count', 'other', 'children in one room (in a quote)', 'We have three children in one room', optional=True),
    F(4, 'count', 'other', 'asks of the UK Government', 'We set out four asks of the UK Government', optional=True),
    F(5, 'days', 'other', 'proposed deadline to notify school and health visitor in working days', 'within 5 working days of a placement', optional=True),
    F(90000, 'count', 'other', 'proposed social rent homes a year', 'Build 90,000 social rent homes a year for 10 years', optional=True),
    F(10, 'years', 'other', 'proposed house-building programme', 'Build 90,000 social rent homes a year for 10 years', optional=True),
]
gold(DOC, 'other', 'No place to grow: children in temporary accommodation in England', None, None,
     {'start': None, 'end': None}, figs,
     ['18 November 2026', '9 minute read', '30 June 2026', 'TA1', 'RO4', '1187342', '020 7946 0731', 'Donate £10 a month',
      'first birthday', 'more than an hour'],
     [Q('We have three children in one room with a kettle and a microwave. My youngest has never crawled on a floor.', 'Amira',
        ['a mother of three', 'a mother'], None, role='a mother of three living in a hostel in east London'),
      Q("A record every quarter should not be a reason for shrugging. These are children's first years, and they do not get them back.",
        'Daniel Osei', ['Mr Osei', 'Osei'], 'said', role='chief executive, Homes for Families Trust')],
     [{'name': 'Daniel Osei', 'role': 'chief executive, Homes for Families Trust'}, {'name': 'Amira', 'role': 'a mother of three'}],
     ['Sign up to our newsletter', 'Homes for Families Trust is a registered charity in England and Wales (1187342).',
      'Monday to Friday 9am to 5pm'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A national housing charity\'s policy briefing (kind other) '
     'about England; area null with no areas (the five councils in the table are examples, not the subject). No record period: '
     'the statistics are a quarter-end snapshot (30 June 2026) and carry that date as their period; the year-earlier snapshot, '
     'the 2024-25 and 2025-26 spending and the cumulative death count (since April 2019, to the source\'s March 2026 end) '
     'carry their own periods. Stat tiles repeat prose (mentions). Temporary accommodation figures are other; the child '
     'deaths count and its under-one subset are child_deaths. "1 in 80" (1.25%) is a rounded restatement of 171,240 (optional, '
     'hedged "roughly"); "Nearly a third (31%)": 31 required, the hedged third optional; "Almost £1 in every £4" = 25% with its '
     'hedge (required: no exact value given). Table: household counts and rates per 1,000 (rate_per_1000) per council, the '
     'England row repeats 87,310 and adds the rate 5.1. The legal 6-week B&B limit is a standing rule (figure); the asks are '
     'proposals (optional). The school run of "more than an hour" is in hours (not a spec unit; optional, unit count). "three children in one room" is inside the quote (optional). Survey size 412 and survey shares '
     'other.')
