"""Writer q, q07: the Government's response to a Commons select committee report (national), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'q07_national_government_response_to_education_committee_report_safeguarding_partnerships.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (writer q, styles21): people, cases, quotes and figures are made up; no real committee report or government response is quoted. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Multi-agency safeguarding arrangements: Government Response to the Committee's Fifth Report - Education Committee - UK Parliament (example)</title>
<link rel="stylesheet" href="/css/committees.css">
</head>
<body>
<div id="cookie-banner"><p>We use necessary cookies to make our site work. We would also like to set 2 optional analytics cookies.</p><button>Accept</button> <button>Reject</button></div>
<header><a href="#">UK Parliament (example)</a> | <a href="#">Committees</a> | <a href="#">Education Committee</a></header>
<nav class="breadcrumb">Home &gt; Committees &gt; Education Committee &gt; Publications &gt; Special Reports</nav>
<main>
<p class="meta">Second Special Report of Session 2026&ndash;27 &middot; HC 412 &middot; Published 3 December 2026</p>
<h1>Multi-agency safeguarding arrangements: Government Response to the Committee&rsquo;s Fifth Report of Session 2025&ndash;26</h1>
<p><a href="#">Download PDF (388 KB)</a></p>

<h2>Contents</h2>
<ol><li>Special Report</li><li>Appendix: Government Response</li></ol>

<h2>Special Report</h2>
<p>1. The Education Committee published its Fifth Report of Session 2025&ndash;26, <em>Multi-agency safeguarding
arrangements</em> (HC 1187), on 24 July 2026. The Government&rsquo;s response was received on 25 November 2026 and is
appended below.</p>

<h2>Appendix: Government Response</h2>
<h3>Introduction</h3>
<p>The Government welcomes the Committee&rsquo;s report and its recognition that local safeguarding partnerships are
central to keeping children safe. The Committee made 18 recommendations. The Government accepts 11 of them, accepts 5
in part and does not accept 2. Our response to each is set out below, in the order in which they appear in the
report.</p>
<p>The scale of the task is clear. At 31 March 2026, 50,420 children in England were the subject of a child protection
plan, a rate of 41.6 per 10,000 children, and 84,120 children were looked after. In 2025&ndash;26 local authorities made
467 serious incident notifications to the Child Safeguarding Practice Review Panel, compared with 512 in
2024&ndash;25.<sup>[1]</sup> Of those 467 notifications, 221 concerned a child who had died.</p>

<h3>Rapid reviews and local reviews</h3>
<p class="rec"><strong>Recommendation 3: The Department should require every partnership to publish the number of
rapid reviews it completes each year and how many met the statutory timescale.</strong></p>
<p>Accepted. Working Together to Safeguard Children 2023 already requires a rapid review to be completed within 15
working days of a notification. In 2025&ndash;26, 78% of the 451 rapid reviews the Panel received met that
timescale.<sup>[2]</sup> From April 2027 partnerships will publish both numbers in their yearly report.</p>
<p class="rec"><strong>Recommendation 4: The Department should set a maximum time for completing local child
safeguarding practice reviews and report on progress against it.</strong></p>
<p>Accepted in part. Partnerships published 126 local child safeguarding practice reviews in 2025&ndash;26, and at 31
March 2026 a further 173 were in progress. The average time from the decision to undertake a review to its publication
was 19 months, against the expectation in statutory guidance that reviews are completed within 6 months. The Government
will not set a new statutory maximum, but the Panel will publish each partnership&rsquo;s average time from 2027.</p>
<p>The Panel&rsquo;s chair has described the length of some reviews as &ldquo;a delay that turns learning into
history&rdquo;, and the Government agrees that the current position is not acceptable.</p>

<h3>Funding and workforce</h3>
<p class="rec"><strong>Recommendation 9: The Government should ring-fence funding for the statutory functions of
safeguarding partnerships.</strong></p>
<p>Not accepted. The Children&rsquo;s Social Care Prevention Grant will be &pound;523 million in 2026&ndash;27, and
partnerships are funded by their three statutory partners. The Government does not believe ring-fencing a national
amount would reflect local need. We will, however, publish by summer 2027 guidance on a fair contribution from each
partner.</p>
<p class="rec"><strong>Recommendation 11: The Department should fund education settings to take part in rapid
reviews.</strong></p>
<p>Accepted in part. From 2027&ndash;28 education will be a named fourth partner in the 10 Families First pathfinder
areas, supported by &pound;4.5 million over two years. An evaluation will report after 18 months.</p>

<h3>Data and learning</h3>
<p class="rec"><strong>Recommendation 14: The Department should establish a national database of review recommendations
and their implementation.</strong></p>
<p>Accepted. An analysis for the Panel of 300 published reviews found 2,870 recommendations, of which 61% were
addressed to a single agency. Only around a third (34%) could be shown to have been implemented a year after
publication.<sup>[3]</sup> The Panel will launch a national learning repository in 2027 at a cost of &pound;1.2
million.</p>
<p>A young person who gave evidence to the Committee said that reviews &ldquo;always say the same things, and then
the next child gets the same service&rdquo;. The Government shares the Committee&rsquo;s wish that this should
change.</p>

<h3>Annex: recommendations accepted in full</h3>
<p>Recommendations 1, 2, 3, 6, 7, 8, 13, 14, 15, 17 and 18.</p>

<h3>Footnotes</h3>
<p>[1] Department for Education, Serious incident notifications, 2025&ndash;26 (example data).<br>
[2] Child Safeguarding Practice Review Panel, annual report 2025&ndash;26, paragraph 3.4.<br>
[3] Panel analysis of reviews published between April 2021 and March 2025.</p>
</main>
<footer><p>&copy; Parliamentary copyright (example). Contact the Education Committee: 020 7946 0129, educom@parliament.example</p>
<p><a href="#">Accessibility</a> | <a href="#">Cookie policy</a> | <a href="#">Privacy notice</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

per = P(None, None)
fy = P('2025-04-01', '2026-03-31')
fy24 = P('2024-04-01', '2025-03-31')
snap = P('2026-03-31', '2026-03-31')
figs = [
    F(18, 'count', 'recommendations', 'recommendations made by the Committee', 'The Committee made 18 recommendations'),
    F(11, 'count', 'recommendations', 'recommendations accepted', 'The Government accepts 11 of them'),
    F(5, 'count', 'recommendations', 'recommendations accepted in part', 'accepts 5\nin part'),
    F(2, 'count', 'recommendations', 'recommendations not accepted', 'does not accept 2'),
    F(50420, 'count', 'child_protection_plans', 'children in England on a child protection plan at 31 March 2026', '50,420 children in England were the subject of a child protection\nplan', period=snap),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate per 10,000, England', 'a rate of 41.6 per 10,000 children', period=snap),
    F(84120, 'count', 'looked_after_children', 'children looked after in England at 31 March 2026', '84,120 children were looked after', period=snap),
    F(467, 'count', 'serious_incident_notifications', 'serious incident notifications in England 2025-26', '467 serious incident notifications', period=fy),
    F(512, 'count', 'serious_incident_notifications', 'serious incident notifications 2024-25', 'compared with 512 in', period=fy24),
    F(221, 'count', 'child_deaths', 'notifications concerning a child who had died', '221 concerned a child who had died', period=fy),
    F(15, 'days', 'other', 'rapid review timescale (working days)', 'within 15\nworking days of a notification'),
    F(78, 'percent', 'other', 'rapid reviews that met the timescale', '78% of the 451 rapid reviews', period=fy),
    F(451, 'count', 'rapid_reviews', 'rapid reviews received by the Panel', 'of the 451 rapid reviews the Panel received', period=fy),
    F(126, 'count', 'lcsprs_published', 'LCSPRs published in England 2025-26', 'Partnerships published 126 local child safeguarding practice reviews', period=fy),
    F(173, 'count', 'lcsprs_ongoing', 'LCSPRs in progress at 31 March 2026', 'a further 173 were in progress', period=snap),
    F(19, 'months', 'other', 'average time from decision to publication of an LCSPR', 'was 19 months', period=fy),
    F(6, 'months', 'other', 'statutory expectation for completing a review', 'completed within 6 months'),
    F(523000000, 'gbp', 'other', 'Children\'s Social Care Prevention Grant 2026-27', 'Prevention Grant will be \u00a3523 million', period=P('2026-04-01', '2027-03-31')),
    F(10, 'count', 'other', 'Families First pathfinder areas', 'the 10 Families First pathfinder\nareas'),
    F(4500000, 'gbp', 'other', 'funding for education as a fourth partner', '\u00a34.5 million over two years'),
    F(2, 'years', 'other', 'length of the pathfinder funding', 'over two years'),
    F(18, 'months', 'other', 'evaluation reporting point', 'An evaluation will report after 18 months', optional=True),
    F(300, 'count', 'other', 'published reviews analysed for the Panel', 'An analysis for the Panel of 300 published reviews', period=P('2021-04-01', '2025-03-31')),
    F(2870, 'count', 'recommendations', 'recommendations in the reviews analysed', 'found 2,870 recommendations', period=P('2021-04-01', '2025-03-31')),
    F(61, 'percent', 'recommendations', 'recommendations addressed to a single agency', 'of which 61% were\naddressed to a single agency', period=P('2021-04-01', '2025-03-31')),
    F(34, 'percent', 'recommendations', 'recommendations shown to be implemented a year after publication', 'around a third (34%)', period=P('2021-04-01', '2025-03-31')),
    F(33.33, 'percent', 'recommendations', 'recommendations implemented (around a third)', 'Only around a third', qualifier='around', optional=True),
    F(1200000, 'gbp', 'other', 'cost of the national learning repository', 'at a cost of &pound;1.2\nmillion'.replace('&pound;', '\u00a3')),
]
quotes = [
    Q('a delay that turns learning into history', 'the Panel\u2019s chair', ['Panel chair', 'the chair of the Panel', 'chair'],
      'has described the length of some reviews as', role='chair of the Child Safeguarding Practice Review Panel'),
    Q('always say the same things, and then the next child gets the same service', 'a young person',
      ['young person', 'a young person who gave evidence'], 'said that reviews'),
]
gold(DOC, 'other', 'Multi-agency safeguarding arrangements: Government Response to the Committee\u2019s Fifth Report of Session 2025\u201326',
     None, None, per, figs,
     ['Session 2026\u201327', 'HC 412', '3 December 2026', '388 KB', 'Fifth Report', 'HC 1187', '24 July 2026',
      '25 November 2026', 'Recommendation 3', 'Recommendation 14', 'Working Together to Safeguard Children 2023',
      'April 2027', '2027\u201328', 'paragraph 3.4', '[1]', '2 optional analytics cookies', 'Recommendations 1, 2, 3, 6, 7, 8, 13, 14, 15, 17 and 18.',
      'three statutory partners', 'fourth partner', '020 7946 0129', 'summer 2027'],
     quotes, [],
     ['We use necessary cookies to make our site work. We would also like to set 2 optional analytics cookies.',
      'Home > Committees > Education Committee > Publications > Special Reports', 'Download PDF (388 KB)',
      'Accessibility | Cookie policy | Privacy notice'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A Commons select committee Special Report publishing '
     'the Government\'s response to the committee\'s report, in a parliament website layout (kind other: a parliament\'s '
     'document; area and partnership null, national England, no areas). No record period (a response to a report, no account '
     'of a period of work, convention 4); national figures carry their own periods (31 March 2026 snapshots, 2025-26, '
     '2024-25, the April 2021-March 2025 review sample). Committee recommendations and the Government\'s accept / in part / '
     'not accepted counts -> recommendations (ruling 5); the analysed reviews\' recommendations and their shares keep '
     'recommendations; exact 34% required, "around a third" optional. 78% of rapid reviews on time keeps rapid_reviews (a '
     'share of the whole) and the 15 working days is required (ruling 1/6); the 6-month expectation of statutory guidance '
     'required; LCSPRs published and in progress; notifications concerning a death -> child_deaths. Bold recommendation '
     'texts are not quotes (no quote marks). Quotes: the Panel chair\'s fragment ("has described ... as"), a young person\'s '
     'fragment in reported speech. Traps: HC numbers, session, Recommendation numbers, the annex list of numbers, footnote '
     'markers, paragraph 3.4, PDF size, cookie count.')
