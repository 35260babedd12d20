"""Writer m, m04: council SEND Local Offer page on EHC plan timeliness (Buckinghamshire), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'm04_buckinghamshire_ehcp_timeliness_local_offer_page.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (writer m, styles19): people, quotes and figures are made up; only place names are real. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>How long EHC needs assessments are taking | Buckinghamshire Family Information Service</title>
<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px} .callout{background:#fff6d8;padding:8px 12px;border-left:6px solid #e5a600}</style>
</head>
<body>
<div class="cookie-banner"><p>We use 4 cookies to make this site work and 2 optional analytics cookies. <a href="#">Accept all</a> <a href="#">Reject optional</a></p></div>
<header><a href="https://familyinfo.buckinghamshire.example/">Buckinghamshire Family Information Service</a>
<nav><ul><li><a href="#">Local Offer (SEND)</a></li><li><a href="#">Childcare</a></li><li><a href="#">Activities</a></li><li><a href="#">Contact us</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="#">Home</a> &gt; <a href="#">Local Offer</a> &gt; <a href="#">Education, health and care plans</a> &gt; How long assessments are taking</nav>
<main>
<h1>How long EHC needs assessments are taking</h1>
<p class="lede">We know that many families are waiting too long for an education, health and care (EHC) plan. This page sets out how we did last year, why it has taken longer than the law allows, and what we are doing about it.</p>

<h2>What the law says</h2>
<p>When someone asks us to carry out an EHC needs assessment, we must tell them within 6 weeks whether we will assess. If we assess and decide a plan is needed, the final plan must be issued within 20 weeks of the request. Families have 15 days to comment on a draft plan. Every plan is reviewed at least every 12 months, or every 3 to 6 months for children under five.</p>

<h2>How we did last year</h2>
<p>We received 2,318 requests for an EHC needs assessment, up 14% on the year before. We agreed to assess 1,652 children and young people and decided not to assess 598. The remaining requests were withdrawn or were still within the 6-week decision period at the end of December.</p>
<p>We issued 1,173 new EHC plans. Only 421 of them (36%) were issued within 20 weeks. That is better than the year before, when 29% were on time, but still well below the England figure of 46.4% for 2024. On average a new plan took 27.4 weeks.</p>
<div class="callout"><p><strong>At a glance</strong></p><ul><li>2,318 requests</li><li>1,173 new plans</li><li>36% on time</li><li>6,912 plans maintained</li></ul></div>
<p>In January 2026 we maintained 6,912 EHC plans for children and young people aged 0 to 25, compared with 6,205 a year earlier. Of these, 388 were for children in our care.</p>

<h3>Plans issued within 20 weeks, by quarter</h3>
<table>
<thead><tr><th>Quarter</th><th>New plans issued</th><th>Within 20 weeks</th><th>% within 20 weeks</th></tr></thead>
<tbody>
<tr><td>January to March</td><td>262</td><td>63</td><td>24%</td></tr>
<tr><td>April to June</td><td>301</td><td>93</td><td>31%</td></tr>
<tr><td>July to September</td><td>284</td><td>119</td><td>42%</td></tr>
<tr><td>October to December</td><td>326</td><td>146</td><td>45%</td></tr>
<tr><td>Year</td><td>1,173</td><td>421</td><td>36%</td></tr>
</tbody>
</table>

<h2>Why it has been taking longer</h2>
<p>Most delays happen while we wait for advice. Educational psychology advice was late in 58% of assessments; we had 9 vacant educational psychologist posts at the start of the year. Health and social care advice is due within 6 weeks of our request, and 87% of health advice arrived on time.</p>
<p>Appeals have also risen. Families registered 214 appeals with the SEND Tribunal, compared with 167 the year before. Of the 139 appeals decided, 132 were decided fully or partly in the family's favour.</p>

<h2>What we are doing about it</h2>
<p>Cabinet agreed an extra &pound;2.6m a year from April 2025 to recruit educational psychologists and EHC coordinators. We have filled 7 of the 9 psychologist posts and recruited 12 more coordinators, so each coordinator now holds about 140 plans rather than 190. Our aim is for 60% of new plans to be issued within 20 weeks by the end of 2026.</p>
<p>"We are not where families deserve us to be, and I am not going to pretend otherwise," said Dr Helena Ward, Service Director for Education. "The last quarter shows what is possible when we have the people in post."</p>
<p>Sarah Okafor, chair of the Buckinghamshire Parent Carer Forum, said families still described the process as "a fight at every step". She said: "Parents tell us the 20 weeks has become a myth. The improvement is real, but it is coming from a very low base."</p>

<h2>Get help</h2>
<p>If your child's assessment is overdue, contact your EHC coordinator or call the SEND Information, Advice and Support Service (SENDIAS) on 01632 960845. SENDIAS is impartial and free.</p>
</main>
<aside><p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p><p>Related: <a href="#">Requesting an EHC needs assessment (PDF, 412KB)</a> | <a href="#">SEND Tribunal appeals</a></p></aside>
<footer><p>Page last updated: 10 February 2026</p><p>&copy; Buckinghamshire Council 2026 | <a href="#">Accessibility statement</a> | <a href="#">Privacy</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y24 = P('2024-01-01', '2024-12-31', 'the year before')
Q1 = P('2025-01-01', '2025-03-31', 'January to March')
Q2 = P('2025-04-01', '2025-06-30', 'April to June')
Q3 = P('2025-07-01', '2025-09-30', 'July to September')
Q4 = P('2025-10-01', '2025-12-31', 'October to December')
figs = [
    F(6, 'weeks', 'other', 'deadline to decide whether to assess', 'we must tell them within 6 weeks whether we will assess'),
    F(20, 'weeks', 'other', 'statutory deadline for issuing a final EHC plan', 'the final plan must be issued within 20 weeks of the request'),
    F(15, 'days', 'other', 'time for families to comment on a draft plan', 'Families have 15 days to comment on a draft plan'),
    F(12, 'months', 'other', 'annual review interval', 'reviewed at least every 12 months', qualifier='at least'),
    F(3, 'months', 'other', 'review interval for children under five, lower bound', 'every 3 to 6 months for children under five', optional=True),
    F(6, 'months', 'other', 'review interval for children under five, upper bound', 'every 3 to 6 months for children under five', optional=True),
    F(2318, 'count', 'other', 'requests for an EHC needs assessment', 'We received 2,318 requests for an EHC needs assessment'),
    F(14, 'percent', 'other', 'increase in requests for an EHC needs assessment', 'up 14% on the year before'),
    F(1652, 'count', 'other', 'children and young people the council agreed to assess', 'We agreed to assess 1,652 children and young people'),
    F(598, 'count', 'other', 'requests where the council decided not to assess', 'decided not to assess 598'),
    F(1173, 'count', 'other', 'new EHC plans issued', 'We issued 1,173 new EHC plans'),
    F(421, 'count', 'other', 'new EHC plans issued within 20 weeks', 'Only 421 of them (36%) were issued within 20 weeks'),
    F(36, 'percent', 'other', 'new EHC plans issued within 20 weeks', 'Only 421 of them (36%)', optional=True),
    F(29, 'percent', 'other', 'new EHC plans issued within 20 weeks', 'when 29% were on time', period=Y24),
    F(46.4, 'percent', 'other', 'new EHC plans issued within 20 weeks, England', 'the England figure of 46.4% for 2024', period=P('2024-01-01', '2024-12-31', '2024')),
    F(27.4, 'weeks', 'other', 'average time to issue a new plan', 'On average a new plan took 27.4 weeks'),
    F(6912, 'count', 'other', 'EHC plans maintained in January 2026', 'In January 2026 we maintained 6,912 EHC plans', period=P('2026-01-15', '2026-01-15', 'January 2026')),
    F(6205, 'count', 'other', 'EHC plans maintained a year earlier', 'compared with 6,205 a year earlier', period=P('2025-01-16', '2025-01-16', 'a year earlier')),
    F(388, 'count', 'looked_after_children', 'EHC plans for children in the council\'s care', 'Of these, 388 were for children in our care'),
    F(262, 'count', 'other', 'new plans issued', 'January to March 262 63 24%', period=Q1),
    F(63, 'count', 'other', 'new plans issued within 20 weeks', 'January to March 262 63 24%', period=Q1),
    F(24, 'percent', 'other', 'new plans issued within 20 weeks', 'January to March 262 63 24%', period=Q1, optional=True),
    F(301, 'count', 'other', 'new plans issued', 'April to June 301 93 31%', period=Q2),
    F(93, 'count', 'other', 'new plans issued within 20 weeks', 'April to June 301 93 31%', period=Q2),
    F(31, 'percent', 'other', 'new plans issued within 20 weeks', 'April to June 301 93 31%', period=Q2, optional=True),
    F(284, 'count', 'other', 'new plans issued', 'July to September 284 119 42%', period=Q3),
    F(119, 'count', 'other', 'new plans issued within 20 weeks', 'July to September 284 119 42%', period=Q3),
    F(42, 'percent', 'other', 'new plans issued within 20 weeks', 'July to September 284 119 42%', period=Q3, optional=True),
    F(326, 'count', 'other', 'new plans issued', 'October to December 326 146 45%', period=Q4),
    F(146, 'count', 'other', 'new plans issued within 20 weeks', 'October to December 326 146 45%', period=Q4),
    F(45, 'percent', 'other', 'new plans issued within 20 weeks', 'October to December 326 146 45%', period=Q4, optional=True),
    F(58, 'percent', 'other', 'assessments with late educational psychology advice', 'Educational psychology advice was late in 58% of assessments'),
    F(9, 'count', 'other', 'vacant educational psychologist posts at the start of the year', 'we had 9 vacant educational psychologist posts'),
    F(6, 'weeks', 'other', 'deadline for health and social care advice', 'due within 6 weeks of our request'),
    F(87, 'percent', 'other', 'health advice arriving on time', '87% of health advice arrived on time'),
    F(214, 'count', 'other', 'appeals registered with the SEND Tribunal', 'Families registered 214 appeals'),
    F(167, 'count', 'other', 'appeals registered with the SEND Tribunal', 'compared with 167 the year before', period=Y24),
    F(139, 'count', 'other', 'appeals decided', 'Of the 139 appeals decided'),
    F(132, 'count', 'other', 'appeals decided fully or partly in the family\'s favour', '132 were decided fully or partly'),
    F(2600000, 'gbp', 'other', 'extra annual funding for psychologists and coordinators', 'an extra £2.6m a year from April 2025'),
    F(7, 'count', 'other', 'psychologist posts filled', 'We have filled 7 of the 9 psychologist posts'),
    F(12, 'count', 'other', 'additional EHC coordinators recruited', 'recruited 12 more coordinators'),
    F(140, 'count', 'other', 'plans held per coordinator', 'each coordinator now holds about 140 plans rather than 190', qualifier='about'),
    F(190, 'count', 'other', 'plans held per coordinator before', 'each coordinator now holds about 140 plans rather than 190'),
    F(60, 'percent', 'other', 'aim: new plans issued within 20 weeks', 'Our aim is for 60% of new plans', optional=True),
    F(20, 'weeks', 'other', 'the 20 weeks (in a quote)', 'Parents tell us the 20 weeks has become a myth', optional=True),
]
WARD = ['Helena Ward', 'Dr Ward', 'Ward']
OK = ['Sarah Okafor', 'Ms Okafor', 'Okafor']
gold(DOC, 'council_report', 'How long EHC needs assessments are taking', 'Buckinghamshire', None,
     P('2025-01-01', '2025-12-31', 'last year'), figs,
     ['4 cookies', '2 optional analytics cookies', '0 to 25', 'under five', 'end of December', '01632 960845', '412KB',
      '10 February 2026', 'Buckinghamshire Council 2026', 'end of 2026'],
     [Q('We are not where families deserve us to be, and I am not going to pretend otherwise,', 'Dr Helena Ward', WARD, 'said',
        role='Service Director for Education'),
      Q('The last quarter shows what is possible when we have the people in post.', 'Dr Helena Ward', WARD, None,
        role='Service Director for Education'),
      Q('a fight at every step', 'Sarah Okafor', OK, 'described', role='chair of the Buckinghamshire Parent Carer Forum'),
      Q('Parents tell us the 20 weeks has become a myth. The improvement is real, but it is coming from a very low base.',
        'Sarah Okafor', OK, 'said', role='chair of the Buckinghamshire Parent Carer Forum')],
     [{'name': 'Helena Ward', 'role': 'Service Director for Education'},
      {'name': 'Sarah Okafor', 'role': 'chair of the Buckinghamshire Parent Carer Forum'}],
     ['Was this page helpful?', 'Accessibility statement', 'Reject optional'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A council SEND Local Offer page on EHC needs assessment '
     'timeliness (council_report: a council service page). The period is implied only: "last year" on a page last updated '
     '10 February 2026, and the quarter table runs January to December (calendar 2025, as SEN2 reporting). The statutory '
     'deadlines (6 weeks, 20 weeks, 15 days, 12 months, 6 weeks for advice) are standing rules (figures); "3 to 6 months" a '
     'range (two optional). "within 20 weeks" inside the timeliness measure and table headings is not a separate figure. '
     'EHCP activity and timeliness are other; "421 of them (36%)": count required, bracketed percent optional (also repeated in the '
     'callout and the Year row); the quarter rows likewise (counts required, percentages optional). Previous-year values and the '
     'England 2024 figure carry their own period; the January census snapshots carry their own date periods. Quarter rows '
     'have quarter periods; the Year row repeats prose. 388 plans for children in care -> looked_after_children (a subset '
     'of plans defined by being in care). The aim optional; the 20 weeks inside a quote optional. Cookie counts and file size are '
     'not figures.')
