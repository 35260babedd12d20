"""Writer t, t02: a council's Residents' Survey 2026 results page (Windsor and Maidenhead), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 't02_windsor_maidenhead_residents_survey_2026_results.html'

HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (styles22, writer t): people, quotes and figures are made up; only the place name is real. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Residents' Survey 2026: what you told us | Royal Borough of Windsor and Maidenhead</title>
<style>body{font-family:Arial,sans-serif;max-width:960px;margin:auto} .card{display:inline-block;width:22%;border:1px solid #0b5c7c;padding:8px;margin:4px;vertical-align:top} .big{font-size:2em;color:#0b5c7c;font-weight:bold} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page":"residents-survey-2026","sample":1506});</script>
</head>
<body>
<div id="cookie-banner"><p>We use 3 essential cookies to make this site work. We would also like to set 2 analytics cookies to understand how you use it.</p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div>
<header><a href="https://www.rbwm.example/">Royal Borough of Windsor and Maidenhead</a>
<nav><a href="/bins">Bins and recycling</a> | <a href="/council-tax">Council tax</a> | <a href="/schools">Schools and education</a> | <a href="/social-care">Social care and health</a></nav></header>
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/consultations">Consultations and surveys</a> &gt; Residents' Survey 2026</p>
<main>
<h1>Residents' Survey 2026: what you told us</h1>
<p class="meta">Published 20 November 2026</p>
<p>Every two years we ask residents what they think of the borough as a place to live and of the council's services. The 2026 survey was carried out by telephone and online between 1 September and 12 October 2026 by an independent research company, Fieldline Research.</p>
<p>In all, 1,506 residents aged 18 and over took part, from all 19 wards. Results are weighted by age, sex and ward so that they match the borough's population. For the whole sample, the margin of error is plus or minus 2.5 percentage points.</p>

<section class="cards">
<div class="card"><span class="big">58%</span><br>are satisfied with the way the council runs things</div>
<div class="card"><span class="big">41%</span><br>agree the council provides value for money</div>
<div class="card"><span class="big">72%</span><br>feel safe outside in their local area after dark</div>
<div class="card"><span class="big">64%</span><br>would know who to contact if worried about a child</div>
</section>

<h2>How satisfied are residents with the council?</h2>
<p>58% of residents are satisfied with the way the council runs things, down from 61% in 2024. This is slightly above the 56% found in the Local Government Association's national polling in June 2026. 23% are dissatisfied.</p>
<p>41% agree that the council provides value for money, compared with 44% two years ago, and 52% feel well informed about the services and benefits the council provides.</p>

<h2>Feeling safe</h2>
<p>Almost all residents (94%) feel safe outside in their local area during the day, and 72% feel safe after dark. Women are less likely than men to feel safe after dark (63% compared with 81%). 19% of residents think anti-social behaviour is a very or fairly big problem where they live.</p>

<h2>Keeping children safe</h2>
<p>This year, for the second time, we asked residents about the safety of children in the borough. 64% said they would know who to contact if they were worried about a child's safety or welfare, up from 59% in 2024.</p>
<p>One in five residents (21%) said they had been worried about the safety or welfare of a child they knew at some point in the last 12 months. Of those, 44% said they had told someone about their worry, most often a teacher or the police.</p>
<p>Only 27% of residents had heard of the Windsor and Maidenhead Safeguarding Partnership, which brings together the council, Thames Valley Police and the NHS, and publishes a review when a child in the borough has died or been seriously harmed and abuse or neglect is suspected.</p>
<p>Among the 412 respondents with children under 18 living in their household, 69% are satisfied with local schools and 48% with the council's services for children and families.</p>
<p>Asked to choose three priorities for the council, 47% of residents chose keeping children safe from harm, second only to repairing roads and pavements (53%).</p>

<h3>In residents' own words</h3>
<blockquote><p>"I'd have no idea who to ring if I was worried about a neighbour's kids. Is it the police? The school? The council? Nobody tells you."</p><footer>Resident, Maidenhead, aged 35 to 44</footer></blockquote>
<blockquote><p>"The school was brilliant when I raised something. They rang me back the same afternoon."</p><footer>Parent, Windsor</footer></blockquote>

<h2>Key measures over time</h2>
<table>
<caption>Table 1: Key measures, Residents' Surveys 2022 to 2026 (% of residents)</caption>
<thead><tr><th>Measure</th><th>2022</th><th>2024</th><th>2026</th></tr></thead>
<tbody>
<tr><td>Satisfied with the way the council runs things</td><td>63%</td><td>61%</td><td>58%</td></tr>
<tr><td>Agree the council provides value for money</td><td>47%</td><td>44%</td><td>41%</td></tr>
<tr><td>Feel safe after dark</td><td>70%</td><td>74%</td><td>72%</td></tr>
<tr><td>Would know who to contact if worried about a child</td><td>&ndash;</td><td>59%</td><td>64%</td></tr>
<tr><td>Feel well informed</td><td>55%</td><td>54%</td><td>52%</td></tr>
</tbody>
</table>
<p><small>&ndash; question not asked in 2022.</small></p>

<h2>What happens next</h2>
<p>The results went to Cabinet on 26 November 2026. Councillor Natasha Bell, Cabinet Member for Children's Services and Community Safety, said: "It is good news that more residents know where to turn when they are worried about a child, but nearly four in ten still do not, and that is too many.</p>
<p>"We will run a borough-wide campaign this winter so that every resident knows the number to call, and we will ask the same question again in 2028."</p>
<p>Cabinet agreed to spend &pound;18,500 on a "Worried about a child?" awareness campaign with the Safeguarding Partnership, with the aim of raising the share of residents who know who to contact to 75% by the next survey.</p>
<p><a href="/docs/residents-survey-2026-full-report.pdf">Download the full report (PDF, 1.8MB, 64 pages)</a></p>
<p>If you are worried about a child, call the Children's Services Hub on 01632 960531, or 999 in an emergency.</p>
</main>
<aside><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button></aside>
<footer><p>Royal Borough of Windsor and Maidenhead, Town Hall, Maidenhead. &copy; 2026. <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a></p><p>Last updated: 20 November 2026</p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

per = P('2026-09-01', '2026-10-12', 'between 1 September and 12 October 2026')
y24 = P('2024-01-01', '2024-12-31', '2024 survey')
y22 = P('2022-01-01', '2022-12-31', '2022 survey')
jun26 = P('2026-06-01', '2026-06-30', 'June 2026')
figs = [
    F(1506, 'count', 'other', 'residents who took part', 'In all, 1,506 residents aged 18 and over took part'),
    F(19, 'count', 'other', 'wards', 'from all 19 wards', optional=True),
    F(2.5, 'percent', 'other', 'margin of error (percentage points)', 'plus or minus 2.5 percentage points', optional=True),
    F(58, 'percent', 'other', 'residents satisfied with the way the council runs things', '58% of residents are satisfied with the way the council runs things'),
    F(61, 'percent', 'other', 'residents satisfied with the council in 2024', 'down from 61% in 2024', period=y24),
    F(56, 'percent', 'other', 'satisfaction in the LGA national polling', 'the 56% found in the Local Government Association\'s national polling', period=jun26),
    F(23, 'percent', 'other', 'residents dissatisfied with the council', '23% are dissatisfied'),
    F(41, 'percent', 'other', 'residents agreeing the council provides value for money', '41% agree that the council provides value for money'),
    F(44, 'percent', 'other', 'value for money two years ago', 'compared with 44% two years ago', period=y24),
    F(52, 'percent', 'other', 'residents feeling well informed', '52% feel well informed'),
    F(94, 'percent', 'other', 'residents feeling safe during the day', 'Almost all residents (94%) feel safe'),
    F(72, 'percent', 'other', 'residents feeling safe after dark', 'and 72% feel safe after dark'),
    F(63, 'percent', 'other', 'women feeling safe after dark', '(63% compared with 81%)'),
    F(81, 'percent', 'other', 'men feeling safe after dark', '(63% compared with 81%)'),
    F(19, 'percent', 'other', 'residents who think anti-social behaviour is a big problem', '19% of residents think anti-social behaviour'),
    F(64, 'percent', 'other', 'residents who would know who to contact if worried about a child', '64% said they would know who to contact'),
    F(59, 'percent', 'other', 'residents who would know who to contact in 2024', 'up from 59% in 2024', period=y24),
    F(21, 'percent', 'other', 'residents worried about a child\'s safety or welfare in the last 12 months', 'One in five residents (21%)'),
    F(20, 'percent', 'other', 'residents worried about a child (hedged restatement)', 'One in five residents', optional=True),
    F(44, 'percent', 'other', 'worried residents who told someone', 'Of those, 44% said they had told someone'),
    F(27, 'percent', 'other', 'residents who had heard of the Safeguarding Partnership', 'Only 27% of residents had heard of'),
    F(412, 'count', 'other', 'respondents with children under 18 in the household', 'Among the 412 respondents with children under 18'),
    F(69, 'percent', 'other', 'parents satisfied with local schools', '69% are satisfied with local schools'),
    F(48, 'percent', 'other', 'parents satisfied with services for children and families', '48% with the council\'s services for children and families'),
    F(47, 'percent', 'other', 'residents choosing keeping children safe as a top-three priority', '47% of residents chose keeping children safe from harm'),
    F(53, 'percent', 'other', 'residents choosing road and pavement repairs', 'repairing roads and pavements (53%)'),
    F(63, 'percent', 'other', 'satisfied with the council, 2022', 'Satisfied with the way the council runs things 63%', period=y22),
    F(47, 'percent', 'other', 'value for money, 2022', 'Agree the council provides value for money 47%', period=y22),
    F(70, 'percent', 'other', 'feel safe after dark, 2022', 'Feel safe after dark 70%', period=y22),
    F(74, 'percent', 'other', 'feel safe after dark, 2024', 'Feel safe after dark 70% 74%', period=y24),
    F(55, 'percent', 'other', 'feel well informed, 2022', 'Feel well informed 55%', period=y22),
    F(54, 'percent', 'other', 'feel well informed, 2024', 'Feel well informed 55% 54%', period=y24),
    F(40, 'percent', 'other', 'residents who still do not know who to contact (hedged)', 'nearly four in ten still do not', qualifier='nearly', optional=True),
    F(18500, 'gbp', 'other', 'awareness campaign budget', 'Cabinet agreed to spend \u00a318,500'),
    F(75, 'percent', 'other', 'aim: residents who know who to contact', 'to 75% by the next survey', optional=True),
]
quotes = [
    Q('I\'d have no idea who to ring if I was worried about a neighbour\'s kids. Is it the police? The school? The council? Nobody tells you.',
      'a resident', ['resident', 'Resident, Maidenhead'], None, role='Resident, Maidenhead, aged 35 to 44'),
    Q('The school was brilliant when I raised something. They rang me back the same afternoon.',
      'a parent', ['parent', 'Parent, Windsor'], None, role='Parent, Windsor'),
    Q('It is good news that more residents know where to turn when they are worried about a child, but nearly four in ten still do not, and that is too many.',
      'Natasha Bell', ['Bell', 'Cllr Bell', 'Councillor Bell', 'Councillor Natasha Bell'], 'said',
      role='Cabinet Member for Children\'s Services and Community Safety'),
    Q('We will run a borough-wide campaign this winter so that every resident knows the number to call, and we will ask the same question again in 2028.',
      'Natasha Bell', ['Bell', 'Cllr Bell', 'Councillor Bell', 'Councillor Natasha Bell'], None),
    Q('Worried about a child?', 'Royal Borough of Windsor and Maidenhead', ['the council'], None, optional=True),
]
gold(DOC, 'other', 'Residents\' Survey 2026: what you told us', 'Windsor and Maidenhead',
     'Windsor and Maidenhead Safeguarding Partnership', per, figs,
     ['3 essential cookies', '2 analytics cookies', 'Residents\' Survey 2026', '20 November 2026', '1 September and 12 October 2026',
      'aged 18 and over', 'Every two years', 'for the second time', 'in the last 12 months', 'children under 18', 'choose three priorities',
      'aged 35 to 44', 'Table 1', '2022 to 2026', '26 November 2026', 'again in 2028', 'PDF, 1.8MB, 64 pages', '01632 960531', '999',
      '\u00a9 2026'],
     quotes,
     [{'name': 'Natasha Bell', 'role': 'Cabinet Member for Children\'s Services and Community Safety'}],
     ['We use 3 essential cookies to make this site work.', 'Accept analytics cookies', 'Reject analytics cookies',
      'Bins and recycling', 'Was this page helpful?', 'Accessibility statement', 'Last updated: 20 November 2026'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A council\'s residents\' survey results web page (kind '
     'other, like a consultation\'s results page: kinds README round 25). Period from the scope sentence (fieldwork 1 September '
     'to 12 October 2026); earlier surveys (2022, 2024) carry their own periods, the LGA national polling its month. Partnership: '
     'the Windsor and Maidenhead Safeguarding Partnership, named once as the body that publishes the borough\'s reviews when a '
     'child has died or been seriously harmed (rulings 2 and 7). Stat cards and the 2026 table column repeat prose figures '
     '(mentions); the 2022 and 2024 columns are figures with their own periods except where the prose already gives them '
     '(61%, 44%, 59% anchored in prose); the "\u2013" cell is not a zero. "One in five residents (21%)": exact required, hedge '
     'optional; "nearly four in ten" inside the quote optional. Wards, margin of error and the 75% aim optional. Survey '
     'percentages are other. Traps: cookie counts, the sample\'s age band, "in the last 12 months" (a window), "choose three '
     'priorities", PDF size and pages, phone numbers, 999. Quotes: two residents\' verbatim comments as blockquotes with a '
     'footer attribution (cue null; the age band is not a figure), the cabinet member over two paragraphs (said, then an open '
     'quote continued); the campaign name in quote marks is optional (a title, not speech).')
