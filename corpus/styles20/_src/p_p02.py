"""Writer p, p02: a London borough's 'State of the Borough 2026' web page (Hounslow), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'p02_hounslow_state_of_the_borough_2026_page.html'
HTML = '''<!-- SYNTHETIC document invented for evaluation (styles20, writer p): a council web page; people, quotes and figures are made up, only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>State of the Borough 2026 | London Borough of Hounslow</title>
<meta name="description" content="Our annual picture of Hounslow: people, children, safety, jobs and homes.">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"content","section":"council-and-democracy","id":40871});</script>
<style>.card{border:1px solid #ccc;padding:8px}.num{font-size:2em}</style>
</head>
<body>
<div id="cookie-banner" role="dialog">
<p>We use 4 essential cookies to make this site work. We'd also like to set analytics cookies to help us improve it. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a></p>
</div>
<header>
<a href="/" class="logo">Hounslow Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council Tax</a></li><li><a href="/parking">Parking</a></li><li><a href="/children">Children and families</a></li><li><a href="/council">Council and democracy</a></li></ul></nav>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/council/performance">Performance and data</a></li><li>State of the Borough 2026</li></ol>
<h1>State of the Borough 2026</h1>
<p class="lede">Our third State of the Borough report brings together the latest data available in autumn 2026 about the people who live and work in Hounslow. Unless we say otherwise, figures are for the financial year 2025/26 or the position on 31 March 2026.</p>

<section class="cards" aria-label="Hounslow at a glance">
<h2>Hounslow at a glance</h2>
<div class="card"><span class="num">298,400</span> <span>residents</span></div>
<div class="card"><span class="num">70,150</span> <span>children and young people aged 0 to 17</span></div>
<div class="card"><span class="num">29%</span> <span>of children living in poverty</span></div>
<div class="card"><span class="num">318</span> <span>children in our care</span></div>
</section>

<h2>1. Our people</h2>
<p>Hounslow's population grew to an estimated 298,400 in mid-2025, up from 288,200 at the 2021 Census. Almost a quarter of residents (24%) are children and young people aged 0 to 17, a total of 70,150. More than half of our residents (54%) were born outside the UK, and pupils in our schools speak more than 150 languages.</p>

<h2>2. Children and young people</h2>
<p>The share of children living in families in poverty, after housing costs, was 29% in 2024/25, against 33% across London. 26.8% of pupils in Hounslow schools were eligible for free school meals in the January 2026 school census.</p>
<p>Our children's social care front door received 3,962 referrals in 2025/26, a rate of 564.8 per 10,000 children. Of these, 18% were re-referrals within 12 months, compared with 21% the year before. Social workers started 1,144 child protection enquiries under section 47.</p>
<p>On 31 March 2026 there were:</p>
<ul>
<li>2,206 children in need, a rate of 314.5 per 10,000 (London 309.0; England 332.9);</li>
<li>247 children subject to a child protection plan, a rate of 35.2 per 10,000 (England 41.6), down from 266 a year earlier;</li>
<li>318 children in our care, a rate of 45.3 per 10,000 (England 70.0). 74 of them were unaccompanied asylum-seeking children, many of whom first arrived in the UK at Heathrow.</li>
</ul>
<p>The Hounslow Safeguarding Children Partnership notified the national Panel of 4 serious incidents during the year and published one local child safeguarding practice review, about a 14-year-old boy known as Child R. Its annual report will be published in December.</p>

<div class="callout">
<h3>Your voice</h3>
<blockquote><p>"Nobody asked us what we wanted from youth clubs until this year. Now we sit on the panel that gives out the money, and that has to be a first for Hounslow."</p></blockquote>
<p>says Tomasz Wilk, 17, a member of Hounslow Youth Council, which shared out £60,000 of youth grants among 19 groups in 2025/26.</p>
</div>

<h2>3. Staying safe</h2>
<p>Recorded crime in the borough fell by 4% in the year to March 2026. There were 64 first-time entrants to the youth justice system, a rate of 197 per 100,000 young people aged 10 to 17, below the London rate of 212. Knife crime offences where the victim was under 25 fell from 131 to 109.</p>
<p>The Council's domestic abuse service supported 1,870 adults, and 2,410 children were living in those households.</p>

<h2>4. Health</h2>
<p>Healthy life expectancy at birth is 62.4 years for women and 63.1 years for men. 38.9% of children in Year 6 were overweight or living with obesity in 2024/25, above the England average of 35.8%.</p>
<p>Dr Harpreet Sandhu, Director of Public Health, said: "The gap between our healthiest and least healthy wards is still nine years of life. Childhood obesity is where that gap begins, and it is where we are putting our effort."</p>

<h2>5. Jobs, money and homes</h2>
<p>The employment rate for people aged 16 to 64 was 74.2%. The average house price was £468,000, 14.6 times median earnings. 2,735 households were living in temporary accommodation on 31 March 2026, including 3,904 children, and the Council spent £38.2m on temporary accommodation in 2025/26.</p>

<h2>Data tables</h2>
<table>
<caption>Table 1: Children's social care, Hounslow and comparators, 31 March 2026 (rates per 10,000 children)</caption>
<thead><tr><th>Measure</th><th>Hounslow 2024/25</th><th>Hounslow 2025/26</th><th>London 2025/26</th><th>England 2025/26</th></tr></thead>
<tbody>
<tr><td>Children in need rate</td><td>321.2</td><td>314.5</td><td>309.0</td><td>332.9</td></tr>
<tr><td>Child protection plan rate</td><td>38.1</td><td>35.2</td><td>38.4</td><td>41.6</td></tr>
<tr><td>Children looked after rate</td><td>47.9</td><td>45.3</td><td>51.0</td><td>70.0</td></tr>
</tbody>
</table>
<p class="source">Sources: ONS mid-year population estimates (mid-2025); Census 2021; DfE Children in Need and Children Looked After statistics; Metropolitan Police crime data; OHID Fingertips. Download the data (CSV, 14KB).</p>

<div class="feedback"><p>Was this page helpful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a></p></div>
<p class="updated">Page last updated: 18 November 2026</p>
</main>
<footer>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>Hounslow House, 7 Bath Road, Hounslow TW3 3EB. Telephone 020 7946 0815. www.hounslow.example</p>
<p>&copy; London Borough of Hounslow 2026</p>
</footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

PREV = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(298400, 'count', 'other', 'estimated population of Hounslow, mid-2025', 'grew to an estimated 298,400 in mid-2025', period=P('2025-06-30', '2025-06-30', 'mid-2025')),
    F(288200, 'count', 'other', 'population at the 2021 Census', 'up from 288,200 at the 2021 Census', period=P('2021-03-21', '2021-03-21', '2021 Census')),
    F(24, 'percent', 'other', 'share of residents aged 0 to 17', 'Almost a quarter of residents (24%)'),
    F(25, 'percent', 'other', 'hedged restatement: almost a quarter', 'Almost a quarter of residents', qualifier='almost', optional=True),
    F(70150, 'count', 'other', 'children and young people aged 0 to 17', 'a total of 70,150'),
    F(54, 'percent', 'other', 'residents born outside the UK', 'More than half of our residents (54%)'),
    F(50, 'percent', 'other', 'hedged restatement: more than half', 'More than half of our residents', qualifier='more than', optional=True),
    F(150, 'count', 'other', 'languages spoken by pupils', 'more than 150 languages', qualifier='more than'),
    F(29, 'percent', 'other', 'children living in poverty after housing costs, 2024/25', 'was 29% in 2024/25', period=PREV),
    F(33, 'percent', 'other', 'London child poverty rate (comparator), 2024/25', 'against 33% across London', period=PREV),
    F(26.8, 'percent', 'other', 'pupils eligible for free school meals, January 2026 census', '26.8% of pupils in Hounslow schools were eligible for free school meals',
      period=P('2026-01-15', '2026-01-15', 'the January 2026 school census')),
    F(3962, 'count', 'social_care_referrals', 'referrals to children\'s social care in 2025/26', 'received 3,962 referrals in 2025/26'),
    F(564.8, 'rate_per_10000', 'social_care_referrals', 'referral rate per 10,000 children', 'a rate of 564.8 per 10,000 children'),
    F(18, 'percent', 'social_care_referrals', 're-referrals within 12 months', 'Of these, 18% were re-referrals within 12 months'),
    F(21, 'percent', 'social_care_referrals', 're-referrals the year before', 'compared with 21% the year before', period=PREV),
    F(1144, 'count', 'section_47_enquiries', 'child protection (section 47) enquiries started', 'Social workers started 1,144 child protection enquiries'),
    F(2206, 'count', 'children_in_need', 'children in need at 31 March 2026', '2,206 children in need'),
    F(314.5, 'rate_per_10000', 'children_in_need', 'children in need rate (Table 1 repeats)', 'a rate of 314.5 per 10,000 (London 309.0; England 332.9)'),
    F(309.0, 'rate_per_10000', 'children_in_need', 'London children in need rate (comparator)', '(London 309.0; England 332.9)'),
    F(332.9, 'rate_per_10000', 'children_in_need', 'England children in need rate (comparator)', '(London 309.0; England 332.9)'),
    F(321.2, 'rate_per_10000', 'children_in_need', 'Hounslow children in need rate 2024/25 (Table 1)', 'Children in need rate 321.2', period=P('2025-03-31', '2025-03-31', '2024/25')),
    F(247, 'count', 'child_protection_plans', 'children subject to a child protection plan at 31 March 2026', '247 children subject to a child protection plan'),
    F(35.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 35.2 per 10,000 (England 41.6)'),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'England child protection plan rate (comparator)', '(England 41.6)'),
    F(266, 'count', 'child_protection_plans', 'children on a plan a year earlier', 'down from 266 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(38.1, 'rate_per_10000', 'child_protection_plans', 'Hounslow CP plan rate 2024/25 (Table 1)', 'Child protection plan rate 38.1', period=P('2025-03-31', '2025-03-31', '2024/25')),
    F(38.4, 'rate_per_10000', 'child_protection_plans', 'London CP plan rate (Table 1)', 'Child protection plan rate 38.1 35.2 38.4'),
    F(318, 'count', 'looked_after_children', 'children in the Council\'s care (card repeats)', '318 children in our care, a rate of 45.3'),
    F(45.3, 'rate_per_10000', 'looked_after_children', 'children looked after rate', 'a rate of 45.3 per 10,000 (England 70.0)'),
    F(70.0, 'rate_per_10000', 'looked_after_children', 'England looked after rate (comparator)', '(England 70.0)'),
    F(47.9, 'rate_per_10000', 'looked_after_children', 'Hounslow looked after rate 2024/25 (Table 1)', 'Children looked after rate 47.9', period=P('2025-03-31', '2025-03-31', '2024/25')),
    F(51.0, 'rate_per_10000', 'looked_after_children', 'London looked after rate (Table 1)', 'Children looked after rate 47.9 45.3 51.0'),
    F(74, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children in care', '74 of them were unaccompanied asylum-seeking children'),
    F(4, 'count', 'serious_incident_notifications', 'serious incidents notified to the national Panel', 'notified the national Panel of 4 serious incidents'),
    F(1, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'published one local child safeguarding practice review'),
    F(14, 'years', 'other', 'age of Child R', 'about a 14-year-old boy known as Child R', optional=True),
    F(60000, 'gbp', 'other', 'youth grants shared out by the Youth Council', 'shared out £60,000 of youth grants'),
    F(19, 'count', 'other', 'groups receiving youth grants', 'among 19 groups in 2025/26'),
    F(17, 'years', 'other', 'age of the quoted Youth Council member', 'says Tomasz Wilk, 17', optional=True),
    F(4, 'percent', 'other', 'fall in recorded crime', 'Recorded crime in the borough fell by 4%'),
    F(64, 'count', 'other', 'first-time entrants to the youth justice system', 'There were 64 first-time entrants to the youth justice system'),
    F(197, 'rate_per_100000', 'other', 'first-time entrant rate per 100,000 aged 10 to 17', 'a rate of 197 per 100,000 young people aged 10 to 17'),
    F(212, 'rate_per_100000', 'other', 'London first-time entrant rate (comparator)', 'below the London rate of 212'),
    F(131, 'count', 'other', 'knife crime offences with a victim under 25, previous year', 'fell from 131 to 109', period=P('2024-04-01', '2025-03-31', 'the year before')),
    F(109, 'count', 'other', 'knife crime offences with a victim under 25', 'fell from 131 to 109'),
    F(1870, 'count', 'other', 'adults supported by the domestic abuse service', 'supported 1,870 adults'),
    F(2410, 'count', 'other', 'children living in those households', '2,410 children were living in those households'),
    F(62.4, 'years', 'other', 'healthy life expectancy at birth, women', '62.4 years for women'),
    F(63.1, 'years', 'other', 'healthy life expectancy at birth, men', '63.1 years for men'),
    F(38.9, 'percent', 'other', 'Year 6 children overweight or obese, 2024/25', '38.9% of children in Year 6 were overweight', period=PREV),
    F(35.8, 'percent', 'other', 'England Year 6 overweight or obese (comparator)', 'above the England average of 35.8%', period=PREV),
    F(9, 'years', 'other', 'gap in life expectancy between wards (inside quote)', 'still nine years of life', optional=True),
    F(74.2, 'percent', 'other', 'employment rate aged 16 to 64', 'The employment rate for people aged 16 to 64 was 74.2%'),
    F(468000, 'gbp', 'other', 'average house price', 'The average house price was £468,000'),
    F(14.6, 'count', 'other', 'house price to earnings ratio', '14.6 times median earnings', optional=True),
    F(2735, 'count', 'other', 'households in temporary accommodation', '2,735 households were living in temporary accommodation'),
    F(3904, 'count', 'other', 'children in temporary accommodation', 'including 3,904 children'),
    F(38200000, 'gbp', 'other', 'Council spending on temporary accommodation', 'the Council spent £38.2m on temporary accommodation in 2025/26'),
]
quotes = [
    Q('Nobody asked us what we wanted from youth clubs until this year. Now we sit on the panel that gives out the money, and that has to be a first for Hounslow.',
      'Tomasz Wilk', ['Wilk', 'Mr Wilk'], 'says', role='member of Hounslow Youth Council'),
    Q('The gap between our healthiest and least healthy wards is still nine years of life. Childhood obesity is where that gap begins, and it is where we are putting our effort.',
      'Harpreet Sandhu', ['Dr Harpreet Sandhu', 'Dr Sandhu', 'Sandhu'], 'said', role='Director of Public Health'),
]
gold(DOC, 'council_report', 'State of the Borough 2026', 'Hounslow', 'Hounslow Safeguarding Children Partnership',
     P('2025-04-01', '2026-03-31', 'the financial year 2025/26'), figs,
     ['4 essential cookies', 'State of the Borough 2026', 'third State of the Borough', 'autumn 2026', 'aged 0 to 17', 'within 12 months',
      'section 47', 'aged 10 to 17', 'under 25', 'Year 6', 'aged 16 to 64', 'Table 1', '14KB', '18 November 2026', 'TW3 3EB',
      '020 7946 0815', '7 Bath Road', 'Child R', 'Census 2021'],
     quotes,
     [{'name': 'Tomasz Wilk', 'role': 'member of Hounslow Youth Council'}, {'name': 'Harpreet Sandhu', 'role': 'Director of Public Health'}],
     ['We use 4 essential cookies to make this site work.', 'Was this page helpful?', 'Page last updated: 18 November 2026', 'Accessibility statement',
      'Hounslow House, 7 Bath Road, Hounslow TW3 3EB. Telephone 020 7946 0815. www.hounslow.example'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). A council\'s annual "State of the Borough" web page (council_report). '
     'Period from the lede: financial year 2025/26 or 31 March 2026 (the period-end snapshots carry no own period). At-a-glance cards '
     'repeat prose (298,400; 70,150; 29%; 318). Population mid-2025 and Census 2021 carry own periods; child poverty, Year 6 obesity '
     '2024/25 own periods. Children\'s social care: referrals count and rate, re-referrals % (window within 12 months not a figure), '
     's47, CIN/CP/LAC counts and rates with London/England comparators (England values repeated in Table 1 are mentions; Table 1\'s '
     '2024/25 column carries its own period; London CP/LAC rates only in the table). UASC keep looked_after_children. The partnership '
     'notified 4 serious incidents and published one LCSPR (partnership named). "Almost a quarter (24%)" and "More than half (54%)": '
     'exact required, hedge optional. Ages of speakers and the review child optional; a ratio (14.6 times) optional. Quotes: a youth '
     'council member\'s blockquote with the cue after it ("says Tomasz Wilk, 17"), the DPH after "said:". Cookie, footer, feedback, '
     'updated line are boilerplate.')
