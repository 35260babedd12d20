"""Writer o, o02: a city council's child poverty strategy annual progress page (Liverpool), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'o02_liverpool_child_poverty_strategy_progress_page_year_two.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (writer o, styles20): people, quotes and figures are made up; only the place name is real. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Child Poverty Strategy: year two progress report - Liverpool City Council</title>
<meta name="description" content="How we are doing against the Child Poverty Strategy 2024-2029.">
<script type="application/ld+json">{"@type":"WebPage","name":"Child Poverty Strategy: year two progress report","datePublished":"2026-07-22"}</script>
</head>
<body>
<div class="cookie-banner"><p>We use some essential cookies to make this website work. We'd also like to set 3 optional analytics cookies.</p><button>Accept optional cookies</button> <button>Reject optional cookies</button></div>
<header><a href="/">liverpool.gov.example</a> <nav><a href="/">Home</a> <a href="/council">Council and democracy</a> <a href="/children">Children and families</a></nav></header>
<nav class="breadcrumb">Home &gt; Council and democracy &gt; Strategies, plans and policies &gt; Child Poverty Strategy &gt; Year two progress report</nav>
<main>
<h1>Child Poverty Strategy: year two progress report</h1>
<p class="meta">Published: 22 July 2026</p>
<nav class="contents"><h2>On this page</h2><ul><li><a href="#summary">Summary</a></li><li><a href="#measures">Headline measures</a></li><li><a href="#money">Money in people&#8217;s pockets</a></li><li><a href="#practice">Safeguarding and practice</a></li><li><a href="#next">What happens next</a></li></ul></nav>

<h2 id="summary">Summary</h2>
<p>The council and its partners adopted the Child Poverty Strategy 2024-2029 in March 2024. It has three aims: to put more money in families&#8217; pockets, to make services easier to reach, and to stop poverty being mistaken for neglect. This page sets out what changed in the strategy&#8217;s second year and where we are not yet where we want to be.</p>
<p>Councillor Frances Doyle, Cabinet Member for Children and Families, said: &#8220;Every measure in the table below has moved the right way this year, and that is down to the people in our Family Hubs, schools and advice services who have changed how they work.&#8221;</p>
<p>Cllr Doyle added that the figures were &#8220;moving in the right direction, but nowhere near fast enough&#8221; while almost a third of the city&#8217;s children still grow up in poverty.</p>

<h2 id="measures">Headline measures</h2>
<p>The strategy is measured against six headline measures. The baseline year is 2023/24.</p>
<table>
<caption>Table 1: Child Poverty Strategy headline measures, Liverpool</caption>
<thead><tr><th>Measure</th><th>2023/24 (baseline)</th><th>2024/25</th><th>2025/26</th></tr></thead>
<tbody>
<tr><td>Children aged 0-15 in relative low income families</td><td>31.4%</td><td>30.9%</td><td>29.8%</td></tr>
<tr><td>Pupils eligible for free school meals</td><td>27,940</td><td>28,615</td><td>29,102</td></tr>
<tr><td>Families receiving an early help assessment</td><td>3,210</td><td>3,488</td><td>3,902</td></tr>
<tr><td>Children subject of a child protection plan at 31 March</td><td>812</td><td>766</td><td>741</td></tr>
<tr><td>Child protection plans with neglect as the main category</td><td>61%</td><td>58%</td><td>57%</td></tr>
<tr><td>Children looked after at 31 March</td><td>1,514</td><td>1,498</td><td>1,462</td></tr>
</tbody>
</table>
<p>Source: DWP Children in low income families; school census; Liverpool City Council. The low income measure is before housing costs.</p>
<p>Our target is to bring the share of children in relative low income families down to 27% by 2029.</p>

<h2 id="money">Money in people&#8217;s pockets</h2>
<p>In 2025/26 the council&#8217;s Cost of Living Fund paid &#163;4.2m to 11,870 households with children. Welfare rights advisers based in the Family Hubs helped 3,505 families claim an extra &#163;6.8m in benefits they were entitled to, an average of &#163;1,940 per family.</p>
<p>School uniform grants of &#163;75 per child were paid to 8,412 children starting primary or secondary school. Over the summer, 12,604 children aged 5 to 16 took part in the holiday activities and food programme.</p>
<p>We started a two-year pilot of poverty proofing in 24 schools, looking at the hidden costs of the school day, from trips to non-uniform days.</p>

<h2 id="practice">Safeguarding and practice</h2>
<p>The strategy asks practitioners to tell the difference between a family that cannot afford to meet a child&#8217;s needs and a family that will not. We trained 1,126 practitioners in poverty-aware practice this year, including 412 social workers, using the Liverpool Safeguarding Children Partnership&#8217;s neglect strategy and its graded care profile.</p>
<p>At 31 March 2026, 741 children were subject of a child protection plan, a rate of 74.1 per 10,000 children, against 41.6 for England. Neglect was the main category for 57% of plans, down from 61% at baseline but still above the England average of 50%.</p>
<p>One member of our parent panel told us: &#8220;The first time a social worker asked whether we had enough money for the meter, rather than why the house was cold, I felt like someone was on our side.&#8221;</p>

<h2 id="next">What happens next</h2>
<p>The delivery budget for 2026/27 is &#163;1.35m. In the coming year we will extend welfare rights advice to every Family Hub and report to Cabinet on the poverty proofing pilot.</p>
<p>If you have a question about the strategy, email childpoverty@liverpool.gov.example or call 01632 960552.</p>
</main>
<aside><h2>Related pages</h2><ul><li><a href="#">Cost of Living Fund</a></li><li><a href="#">Family Hubs</a></li><li><a href="#">Free school meals</a></li></ul></aside>
<footer><p>Was this page helpful? Yes / No</p><p>&#169; Liverpool City Council 2026</p><p><a href="#">Accessibility statement</a> <a href="#">Privacy</a> <a href="#">Cookies</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

per = P('2025-04-01', '2026-03-31', "the strategy's second year")
b = P('2023-04-01', '2024-03-31', '2023/24 (baseline)')
y1 = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(31.4, 'percent', 'other', 'children aged 0-15 in relative low income families', 'Children aged 0-15 in relative low income families 31.4% 30.9% 29.8%', period=b),
    F(30.9, 'percent', 'other', 'children aged 0-15 in relative low income families', '31.4% 30.9% 29.8%', period=y1),
    F(29.8, 'percent', 'other', 'children aged 0-15 in relative low income families', '31.4% 30.9% 29.8%'),
    F(27940, 'count', 'other', 'pupils eligible for free school meals', 'Pupils eligible for free school meals 27,940 28,615 29,102', period=b),
    F(28615, 'count', 'other', 'pupils eligible for free school meals', '27,940 28,615 29,102', period=y1),
    F(29102, 'count', 'other', 'pupils eligible for free school meals', '27,940 28,615 29,102'),
    F(3210, 'count', 'other', 'families receiving an early help assessment', 'Families receiving an early help assessment 3,210 3,488 3,902', period=b),
    F(3488, 'count', 'other', 'families receiving an early help assessment', '3,210 3,488 3,902', period=y1),
    F(3902, 'count', 'other', 'families receiving an early help assessment', '3,210 3,488 3,902'),
    F(812, 'count', 'child_protection_plans', 'children subject of a child protection plan at 31 March', 'Children subject of a child protection plan at 31 March 812 766 741', period=b),
    F(766, 'count', 'child_protection_plans', 'children subject of a child protection plan at 31 March', '812 766 741', period=y1),
    F(741, 'count', 'child_protection_plans', 'children subject of a child protection plan', '741 children were subject of a child protection plan'),
    F(61, 'percent', 'child_protection_plans', 'plans with neglect as the main category', 'Child protection plans with neglect as the main category 61% 58% 57%', period=b),
    F(58, 'percent', 'child_protection_plans', 'plans with neglect as the main category', '61% 58% 57%', period=y1),
    F(57, 'percent', 'child_protection_plans', 'plans with neglect as the main category', 'Neglect was the main category for 57% of plans'),
    F(1514, 'count', 'looked_after_children', 'children looked after at 31 March', 'Children looked after at 31 March 1,514 1,498 1,462', period=b),
    F(1498, 'count', 'looked_after_children', 'children looked after at 31 March', '1,514 1,498 1,462', period=y1),
    F(1462, 'count', 'looked_after_children', 'children looked after at 31 March', '1,514 1,498 1,462'),
    F(27, 'percent', 'other', 'target share of children in relative low income families by 2029', 'down to 27% by 2029', optional=True),
    F(4200000, 'gbp', 'other', 'Cost of Living Fund payments to households with children', 'paid \u00a34.2m to 11,870 households'),
    F(11870, 'count', 'other', 'households with children paid by the Cost of Living Fund', '11,870 households with children'),
    F(3505, 'count', 'other', 'families helped by welfare rights advisers', 'helped 3,505 families claim'),
    F(6800000, 'gbp', 'other', 'extra benefits claimed', 'an extra \u00a36.8m in benefits'),
    F(1940, 'gbp', 'other', 'average extra benefits per family', 'an average of \u00a31,940 per family'),
    F(75, 'gbp', 'other', 'school uniform grant per child', 'School uniform grants of \u00a375 per child'),
    F(8412, 'count', 'other', 'children paid a school uniform grant', 'were paid to 8,412 children'),
    F(12604, 'count', 'other', 'children in the holiday activities and food programme', '12,604 children aged 5 to 16 took part'),
    F(5, 'years', 'other', 'holiday programme age range: lower bound', 'aged 5 to 16', optional=True),
    F(16, 'years', 'other', 'holiday programme age range: upper bound', 'aged 5 to 16', optional=True),
    F(2, 'years', 'other', 'poverty proofing pilot', 'a two-year pilot of poverty proofing'),
    F(24, 'count', 'other', 'schools in the poverty proofing pilot', 'in 24 schools'),
    F(1126, 'count', 'other', 'practitioners trained in poverty-aware practice', 'We trained 1,126 practitioners'),
    F(412, 'count', 'other', 'social workers trained in poverty-aware practice', 'including 412 social workers'),
    F(74.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 74.1 per 10,000 children'),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'against 41.6 for England'),
    F(50, 'percent', 'child_protection_plans', 'plans with neglect as the main category, England', 'the England average of 50%'),
    F(33.33, 'percent', 'other', "share of the city's children growing up in poverty", 'almost a third of the city', qualifier='almost', optional=True),
    F(1350000, 'gbp', 'other', 'strategy delivery budget 2026/27', 'The delivery budget for 2026/27 is \u00a31.35m', period=P('2026-04-01', '2027-03-31', '2026/27')),
]
quotes = [
    Q('Every measure in the table below has moved the right way this year, and that is down to the people in our Family Hubs, schools and advice services who have changed how they work.',
      'Frances Doyle', ['Cllr Doyle', 'Councillor Doyle', 'Doyle', 'Councillor Frances Doyle'], 'said', role='Cabinet Member for Children and Families'),
    Q('moving in the right direction, but nowhere near fast enough', 'Frances Doyle',
      ['Cllr Doyle', 'Councillor Doyle', 'Doyle', 'Councillor Frances Doyle'], 'added that'),
    Q('The first time a social worker asked whether we had enough money for the meter, rather than why the house was cold, I felt like someone was on our side.',
      'a member of the parent panel', ['parent panel member', 'a parent', 'One member of our parent panel'], 'told us'),
]
gold(DOC, 'council_report', 'Child Poverty Strategy: year two progress report', 'Liverpool', None, per, figs,
     ['2024-2029', 'March 2024', '22 July 2026', '2023/24', '2024/25', '2026/27', 'by 2029', '31 March 2026',
      'per 10,000', 'Table 1', '01632 960552', 'aged 0-15', '3 optional analytics cookies', '2026'],
     quotes,
     [{'name': 'Frances Doyle', 'role': 'Cabinet Member for Children and Families'}],
     ['We use some essential cookies to make this website work.', 'Was this page helpful? Yes / No',
      'Accessibility statement', 'Related pages'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A council web page reporting the second year of its '
     'child poverty strategy (council_report: the council\'s own account of a year\'s work). The period is only implied: '
     '"the strategy\'s second year" on a page published 22 July 2026, whose table\'s latest column is 2025/26 (financial '
     'year). Partnership null: the Liverpool Safeguarding Children Partnership is named only as the owner of a neglect '
     'strategy. Table 1 (18 cell figures): baseline 2023/24 and 2024/25 columns carry their own periods; CP plans and the '
     'neglect share keep child_protection_plans (share keeps the whole\'s metric), children looked after '
     'looked_after_children; the 2025/26 CP count and neglect share are repeated in prose (mentions). Rate with England '
     'comparator; England neglect share 50%. Target 27% by 2029 optional; "almost a third" inside Cllr Doyle\'s reported '
     'sentence optional (hedged, a rhetorical restatement of the low income share); age band 5 to 16 two optional figures; '
     'two-year pilot required. Quotes: a said quote, a fragment in reported speech (cue "added that"), an anonymous parent '
     'panel member. Cookie count, phone, "aged 0-15" label and dates not figures.')
