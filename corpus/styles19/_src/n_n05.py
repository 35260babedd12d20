"""Writer n, n05: a local news report of a young people's election hustings (Peterborough), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'n05_peterborough_news_youth_council_election_hustings.html'
HTML = """<!-- SYNTHETIC DOCUMENT - invented for evaluation (styles19, writer n). The newspaper, the hustings, candidates, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children in care and agency costs top young people's hustings | Peterborough Pilot</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-04-24T18:05:00+01:00", "wordCount": 1012}</script>
</head>
<body>
<div class="consent"><p>We and our 164 partners use cookies and similar technologies. <button>I accept</button> <button>Manage options</button></p></div>
<header><p class="masthead">PETERBOROUGH PILOT</p>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sport">Posh</a> <a href="/whats-on">What's On</a> <a href="/subscribe">Subscribe for &pound;1</a></nav></header>
<main>
<article>
<p class="kicker">LOCAL ELECTIONS 2026</p>
<h1>Children in care and agency costs top young people's hustings</h1>
<p class="standfirst">Candidates from four parties were questioned by members of Peterborough Youth Council on the city's children's services, two weeks before polling day</p>
<p class="byline">By Daniel Ashworth, Local Democracy Reporter &middot; Published 24 April 2026, 6.05pm</p>

<p>The cost of keeping children in care and the council's reliance on agency social workers dominated a hustings organised by Peterborough Youth Council on Thursday evening.</p>
<p>Around 120 young people, most of them too young to vote, packed the hall at the Queensgate Youth Hub to question candidates from Labour, the Conservatives, the Liberal Democrats and the Green Party. Voters in 20 of the city's 22 wards go to the polls on 7 May.</p>
<p>Youth Council chair Amira Siddiqui, 17, opened the evening with figures from the council's own year-end performance report. Peterborough City Council had 412 children in care at the end of March, she said, a rate of 84 per 10,000 children, well above the England rate of 70.</p>
<p>&ldquo;That is more than one in every hundred children in this city,&rdquo; she said.</p>
<p>Conservative candidate Martin Gullick, who sits on the council's children's scrutiny committee, said the number of children on child protection plans had fallen to 231 from 268 a year earlier, which he said showed that early help was working.</p>
<p>&ldquo;We have spent &pound;3.2 million on family hubs over two years, and we are starting to see the benefit. But the care bill is still the biggest single pressure on this council,&rdquo; he said.</p>
<p>Labour's Priya Chaudhry said the council had spent &pound;11.6 million on agency staff in children's services over the last financial year, and that one in four of its social workers was still employed through an agency.</p>
<p>Ms Chaudhry said: &ldquo;Every pound we give an agency is a pound we don't spend on a child. My party would set a target to halve agency use within four years, and we would pay our own social workers properly to get there.</p>
<p>&ldquo;Young people have told us the same thing again and again: they are tired of telling their story to a new social worker every few months.&rdquo;</p>
<p>Liberal Democrat Tom Ridgeway raised the two local child safeguarding practice reviews published by the Peterborough Safeguarding Children Partnership during the year, one of which concerned a 15-year-old boy who was criminally exploited. He said the reviews had made 14 recommendations between them and asked how many had been completed. Officers later confirmed that nine had.</p>
<p>Green candidate Hannah Osei-Bonsu asked why 58 of the city's children in care were living more than 20 miles away. She called it &ldquo;a scandal that nobody in this room chose&rdquo;.</p>
<p>Asked by one youth councillor, Jake Brennan, 16, how quickly the council responded when a young person asked for help, Mr Gullick said that 91% of assessments were completed within 45 working days, against a national figure of 83%.</p>
<p>The evening ended with a show of hands: 71 of the young people said they would vote if they could.</p>

<aside class="factbox">
<h2>THE FIGURES</h2>
<p>From Peterborough City Council's year-end performance report, 2025/26:</p>
<ul>
<li>Referrals to children's social care: 3,948 (up 6%)</li>
<li>Re-referrals within 12 months: 21%</li>
<li>Section 47 enquiries: 1,104</li>
<li>Children in need at year end: 2,310</li>
<li>Children on child protection plans at year end: 231</li>
<li>Children in care at year end: 412</li>
<li>Serious incident notifications: 7</li>
<li>Children's services budget: &pound;71.4m; forecast overspend &pound;4.9m</li>
</ul>
</aside>

<p class="correction">This article was amended on 25 April 2026. An earlier version said 21 wards were holding elections; it is 20.</p>
<div class="tags">Related topics: Peterborough City Council, Local elections, Children's services</div>
</article>

<aside class="newsletter"><h3>Get the Pilot in your inbox</h3><p>Our free morning newsletter, seven days a week. <a href="/newsletters">Sign up</a></p></aside>
<aside class="mostread"><h3>Most read</h3>
<ol><li>1. A1139 closed for 8 hours after lorry fire</li><li>2. Posh sign 19-year-old winger on three-year deal</li><li>3. 'We've waited 40 minutes for a bus': Orton residents</li><li>4. New 96-bed hotel plan for Fletton Quays</li></ol></aside>
<section class="comments"><h3>Comments (14)</h3><p>Comments are closed on this article.</p></section>
</main>
<footer><p>Peterborough Pilot, Newsroom, 01632 960904. &copy; 2026 Pilot Media Ltd. Registered in England and Wales no. 09912345. www.peterboroughpilot.example</p></footer>
</body>
</html>
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

M26 = P('2026-03-31', '2026-03-31', 'at the end of March')
M25 = P('2025-03-31', '2025-03-31', 'a year earlier')
figs = [
    F(120, 'count', 'other', 'young people at the hustings', 'Around 120 young people', qualifier='around'),
    F(20, 'count', 'other', 'wards holding elections', 'Voters in 20 of the city\'s 22 wards'),
    F(22, 'count', 'other', "the city's wards", "the city's 22 wards"),
    F(17, 'years', 'other', 'age of the Youth Council chair', 'Amira Siddiqui, 17', optional=True),
    F(412, 'count', 'looked_after_children', 'children in care at the end of March', 'had 412 children in care at the end of March'),
    F(84, 'rate_per_10000', 'looked_after_children', 'children in care rate', 'a rate of 84 per 10,000 children'),
    F(70, 'rate_per_10000', 'looked_after_children', 'children in care rate, England', 'well above the England rate of 70'),
    F(1, 'percent', 'looked_after_children', 'more than one in every hundred children (quote)', 'more than one in every hundred children', qualifier='more than', optional=True),
    F(231, 'count', 'child_protection_plans', 'children on child protection plans', 'had fallen to 231 from 268'),
    F(268, 'count', 'child_protection_plans', 'children on child protection plans a year earlier', 'from 268 a year earlier', period=M25),
    F(3200000, 'gbp', 'other', 'spending on family hubs over two years (quote)', 'We have spent £3.2 million on family hubs over two years', optional=True),
    F(2, 'years', 'other', 'period of family hubs spending (quote)', 'over two years, and we are starting', optional=True),
    F(11600000, 'gbp', 'other', "spending on agency staff in children's services", 'had spent £11.6 million on agency staff'),
    F(25, 'percent', 'other', 'social workers employed through an agency', 'one in four of its social workers'),
    F(50, 'percent', 'other', 'proposed cut in agency use (quote, pledge)', 'halve agency use within four years', optional=True),
    F(4, 'years', 'other', 'timescale of the pledge (quote)', 'within four years', optional=True),
    F(2, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'the two local child safeguarding practice reviews published'),
    F(15, 'years', 'other', 'age of the boy in one review', 'a 15-year-old boy', optional=True),
    F(14, 'count', 'recommendations', 'recommendations of the two reviews', 'had made 14 recommendations between them'),
    F(9, 'count', 'recommendations', 'recommendations completed', 'Officers later confirmed that nine had'),
    F(58, 'count', 'looked_after_children', 'children in care living more than 20 miles away', "why 58 of the city's children in care were living more than 20 miles away"),
    F(16, 'years', 'other', 'age of the youth councillor', 'Jake Brennan, 16', optional=True),
    F(91, 'percent', 'other', 'assessments completed within 45 working days', 'that 91% of assessments were completed within 45 working days'),
    F(83, 'percent', 'other', 'assessments completed within 45 working days, national', 'against a national figure of 83%'),
    F(71, 'count', 'other', 'young people who said they would vote', '71 of the young people said they would vote'),
    F(3948, 'count', 'social_care_referrals', "referrals to children's social care", "Referrals to children's social care: 3,948"),
    F(6, 'percent', 'social_care_referrals', 'rise in referrals', '3,948 (up 6%)'),
    F(21, 'percent', 'social_care_referrals', 're-referrals to children\'s social care within 12 months', "Re-referrals within 12 months: 21%"),
    F(1104, 'count', 'section_47_enquiries', 'section 47 enquiries', 'Section 47 enquiries: 1,104'),
    F(2310, 'count', 'children_in_need', 'children in need at year end', 'Children in need at year end: 2,310'),
    F(7, 'count', 'serious_incident_notifications', 'serious incident notifications', 'Serious incident notifications: 7'),
    F(71400000, 'gbp', 'other', "children's services budget", "Children's services budget: £71.4m"),
    F(4900000, 'gbp', 'other', "children's services forecast overspend", 'forecast overspend £4.9m'),
]
quotes = [
    Q('That is more than one in every hundred children in this city,', 'Amira Siddiqui', ['Siddiqui', 'Ms Siddiqui', 'Amira'], 'said', role='Chair, Peterborough Youth Council'),
    Q('We have spent £3.2 million on family hubs over two years, and we are starting to see the benefit. But the care bill is still the biggest single pressure on this council,', 'Martin Gullick', ['Gullick', 'Mr Gullick'], 'said', role='Conservative candidate'),
    Q("Every pound we give an agency is a pound we don't spend on a child. My party would set a target to halve agency use within four years, and we would pay our own social workers properly to get there.", 'Priya Chaudhry', ['Chaudhry', 'Ms Chaudhry'], 'said', role='Labour candidate'),
    Q('Young people have told us the same thing again and again: they are tired of telling their story to a new social worker every few months.', 'Priya Chaudhry', ['Chaudhry', 'Ms Chaudhry'], None),
    Q('a scandal that nobody in this room chose', 'Hannah Osei-Bonsu', ['Osei-Bonsu', 'Ms Osei-Bonsu'], 'called', role='Green candidate'),
]
gold(DOC, 'news_article', "Children in care and agency costs top young people's hustings", 'Peterborough', None,
     P('2025-04-01', '2026-03-31', 'year-end performance report (published 24 April 2026; 2025/26 in the fact box)'), figs,
     ['164 partners', '£1', 'LOCAL ELECTIONS 2026', 'two weeks before polling day', '24 April 2026, 6.05pm', '7 May', 'more than 20 miles',
      'within 45 working days', 'within 12 months', '25 April 2026', '21 wards', 'Comments (14)', '01632 960904', '09912345', 'every few months'],
     quotes,
     [{'name': 'Amira Siddiqui', 'role': 'Chair, Peterborough Youth Council'}, {'name': 'Martin Gullick', 'role': 'Conservative candidate'},
      {'name': 'Priya Chaudhry', 'role': 'Labour candidate'}, {'name': 'Tom Ridgeway', 'role': 'Liberal Democrat candidate'},
      {'name': 'Hannah Osei-Bonsu', 'role': 'Green candidate'}, {'name': 'Daniel Ashworth', 'role': 'Local Democracy Reporter'}],
     ['We and our 164 partners use cookies and similar technologies.', 'Subscribe for £1', 'Related topics:', 'Get the Pilot in your inbox',
      'Our free morning newsletter, seven days a week.', 'Most read', 'A1139 closed for 8 hours after lorry fire',
      'Posh sign 19-year-old winger on three-year deal', "'We've waited 40 minutes for a bus': Orton residents",
      'New 96-bed hotel plan for Fletton Quays', 'Comments are closed on this article.'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). A local newspaper\'s report of a young people\'s election hustings '
     '(news_article; area Peterborough; partnership null). The record period is implied only by the publication date: figures from the '
     'council\'s year-end report at the end of March 2026, i.e. 2025/26 (the fact box also names 2025/26); "a year earlier" carries its own '
     'snapshot period. Candidates\' figures in reported speech are figures (CP plans 231 from 268, agency £11.6m, "one in four" = 25, two '
     'LCSPRs, 14 recommendations and nine completed, 58 children placed more than 20 miles away keep looked_after_children, 91% vs 83% '
     'assessment timeliness other with "within 45 working days" inside the measure); numbers inside quotes and pledges are optional; ages of '
     'named young people optional. The fact box repeats 412 and 231 (mentions). A correction notice with "21 wards" (not a figure); cookie, '
     'most-read, newsletter and comments blocks are boilerplate. Quotes: the youth council chair ("she said"), the Conservative candidate (one quote, cue after), Labour\'s "said:" quote that '
     'stays open and continues in the next paragraph (cue null), the Green candidate\'s fragment (called).')
