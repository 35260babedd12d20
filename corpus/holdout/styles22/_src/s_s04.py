"""Writer s, s04: a police force's missing children annual report for one local authority area (Bath and North East
Somerset), HTML page with a force masthead, stat list, a table, and quotes from several speakers. Kind other."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 's04_bath_and_north_east_somerset_police_missing_children_annual_report.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names and the force name are real. -->
<html lang="en-GB">
<head><meta charset="utf-8"><title>Missing children: Bath and North East Somerset annual report | Avon and Somerset Constabulary</title>
<style>body{font-family:Arial,sans-serif;max-width:860px;margin:auto} .stat{display:inline-block;width:24%} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page":"missing-2026","ver":3});</script>
</head>
<body>
<header>
<p>Avon and Somerset Constabulary</p>
<nav><a href="/report">Report a crime</a> | <a href="/missing">Report a missing person</a> | <a href="/news">News</a> | <a href="/about">About us</a></nav>
<p>In an emergency call 999. For non-emergencies call 101.</p>
</header>
<main>
<p class="crumbs">Home &gt; Our priorities &gt; Missing people &gt; Local reports</p>
<h1>Missing children: Bath and North East Somerset annual report</h1>
<p class="meta">Missing Persons Unit, Bath and North East Somerset neighbourhood policing area. Published 14 July 2026.</p>
<h2>About this report</h2>
<p>This report covers the year to 31 March 2026. It is written for the council, health partners and schools, and sets out how often children from Bath and North East Somerset, or placed here by other councils, were reported missing to us, what we found when they came back, and what we are doing differently.</p>
<h2>At a glance</h2>
<div class="stats">
<div class="stat"><strong>1,146</strong><br>missing episodes</div>
<div class="stat"><strong>307</strong><br>children</div>
<div class="stat"><strong>39%</strong><br>episodes from children in care</div>
<div class="stat"><strong>96%</strong><br>found within 48 hours</div>
</div>
<h2>How many children went missing</h2>
<p>We recorded 1,146 missing episodes involving 307 children, compared with 1,012 episodes involving 288 children in 2024/25. The rise is almost entirely among children who go missing repeatedly: 58 children were reported missing five or more times, and between them they account for 612 episodes, more than half of the total.</p>
<p>Children in care accounted for 39% of episodes, although they are a small share of the area's children. Of the 94 children in care who went missing, 31 had been placed in Bath and North East Somerset by another local authority.</p>
<table>
<caption>Table 1: Episodes by age and risk grading, 2025/26</caption>
<tr><th></th><th>Episodes</th><th>Share</th></tr>
<tr><td>Aged 11 and under</td><td>73</td><td>6%</td></tr>
<tr><td>Aged 12 to 14</td><td>402</td><td>35%</td></tr>
<tr><td>Aged 15 to 17</td><td>671</td><td>59%</td></tr>
<tr><td>Graded high risk</td><td>118</td><td>10%</td></tr>
<tr><td>Graded medium risk</td><td>779</td><td>68%</td></tr>
<tr><td>Graded low risk</td><td>249</td><td>22%</td></tr>
</table>
<p>Most children come home or are found quickly. Of all episodes, 96% ended within 48 hours, and the median length of an episode was 9 hours. Six children were missing for more than seven days. Officers found the child in 418 episodes; in the other 728 the child came back of their own accord or was brought back by a parent or carer. We estimate that a medium-risk missing investigation costs the force about &pound;2,400 in officer time.</p>
<p>Detective Inspector Sam Okonjo, who leads the Missing Persons Unit, said: "A child going missing is a symptom. Sometimes it is about a row at home, but more often than people think it is about someone outside the home who is pulling that child away."</p>
<h2>Exploitation</h2>
<p>In 224 episodes the child was found to have been at risk of, or to have suffered, criminal or sexual exploitation. We made 27 referrals to the National Referral Mechanism for children we believed to be victims of modern slavery, up from 19 the year before. Eleven of the children found out of the area were found in Bristol, Swindon or London, most of them linked to drug supply lines.</p>
<p>"When a 14-year-old is picked up at a railway station two hundred miles away with a phone that isn't theirs, we don't treat that as a runaway," DI Okonjo said. "We treat it as a child being exploited."</p>
<h2>After a child comes home</h2>
<p>Every child who returns should be offered an independent return home interview by the council's commissioned service, which aims to hold it within 72 hours. This year 81% of children were offered an interview and 63% of those offered took one up.</p>
<p>Information from interviews led to 46 intelligence reports and, in 12 cases, to a new child protection strategy discussion.</p>
<p>One mother, whose daughter went missing 17 times last year, told us: "The officers who came round in the end were the same two every time. That mattered. She stopped seeing them as the enemy."</p>
<p>A return home interview worker said: "Kids tell us things in the car or in McDonald's that they'd never say at a police station."</p>
<h2>What we will do in 2026/27</h2>
<ul>
<li>Reduce repeat episodes among children in care by 20%.</li>
<li>Hold a multi-agency meeting for every child reported missing three times in 90 days.</li>
<li>Train a further 150 officers in the Philomena Protocol.</li>
</ul>
<p>If you are worried about a child, call 101 or 01632 960482 (Missing Persons Unit, office hours). If a child is in immediate danger, call 999.</p>
</main>
<aside><h3>Related</h3><ul><li><a href="/n/1">Appeal: 15-year-old missing from Keynsham found safe</a></li><li><a href="/n/2">Operation Hydrant: 3 arrests</a></li></ul></aside>
<footer><p>&copy; 2026 Avon and Somerset Constabulary. <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y = P('2025-04-01', '2026-03-31')
PY = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(1146, 'count', 'other', 'missing episodes', 'We recorded 1,146 missing episodes'),
    F(307, 'count', 'other', 'children reported missing', 'involving 307 children'),
    F(1012, 'count', 'other', 'missing episodes previous year', 'compared with 1,012 episodes', period=PY),
    F(288, 'count', 'other', 'children reported missing previous year', 'involving 288 children in 2024/25', period=PY),
    F(58, 'count', 'other', 'children missing five or more times', '58 children were reported missing five or more times'),
    F(5, 'count', 'other', 'repeat threshold', 'five or more times', optional=True),
    F(612, 'count', 'other', 'episodes of repeat missing children', 'they account for 612 episodes'),
    F(39, 'percent', 'other', 'episodes from children in care', 'Children in care accounted for 39% of episodes'),
    F(94, 'count', 'other', 'children in care who went missing', 'Of the 94 children in care who went missing'),
    F(31, 'count', 'looked_after_children', 'children placed in the area by another authority (of those missing)', '31 had been placed in Bath and North East Somerset', optional=True),
    F(73, 'count', 'other', 'episodes, aged 11 and under', '73'),
    F(6, 'percent', 'other', 'share of episodes, aged 11 and under', '6%', optional=True),
    F(402, 'count', 'other', 'episodes, aged 12 to 14', '402'),
    F(35, 'percent', 'other', 'share of episodes, aged 12 to 14', '35%', optional=True),
    F(671, 'count', 'other', 'episodes, aged 15 to 17', '671'),
    F(59, 'percent', 'other', 'share of episodes, aged 15 to 17', '59%', optional=True),
    F(118, 'count', 'other', 'episodes graded high risk', '118'),
    F(10, 'percent', 'other', 'share graded high risk', '10%', optional=True),
    F(779, 'count', 'other', 'episodes graded medium risk', '779'),
    F(68, 'percent', 'other', 'share graded medium risk', '68%', optional=True),
    F(249, 'count', 'other', 'episodes graded low risk', '249'),
    F(22, 'percent', 'other', 'share graded low risk', '22%', optional=True),
    F(96, 'percent', 'other', 'episodes ended within 48 hours', '96% ended within 48 hours'),
    F(6, 'count', 'other', 'children missing more than seven days', 'Six children were missing for more than seven days'),
    F(7, 'days', 'other', 'long-missing threshold', 'more than seven days', optional=True),
    F(418, 'count', 'other', 'episodes where officers found the child', 'Officers found the child in 418 episodes'),
    F(728, 'count', 'other', 'episodes where the child came back or was brought back', 'in the other 728 the child came back'),
    F(2400, 'gbp', 'other', 'estimated cost of a medium-risk missing investigation', 'costs the force about \u00a32,400', qualifier='about'),
    F(224, 'count', 'other', 'episodes with exploitation risk', 'In 224 episodes the child'),
    F(27, 'count', 'other', 'National Referral Mechanism referrals', 'We made 27 referrals to the National Referral Mechanism'),
    F(19, 'count', 'other', 'NRM referrals the year before', 'up from 19 the year before', period=PY),
    F(11, 'count', 'other', 'children found out of the area', 'Eleven of the children found out of the area'),
    F(81, 'percent', 'other', 'children offered a return home interview', '81% of children were offered an interview'),
    F(63, 'percent', 'other', 'offered children who took up an interview', '63% of those offered took one up'),
    F(46, 'count', 'other', 'intelligence reports from interviews', 'led to 46 intelligence reports'),
    F(12, 'count', 'other', 'new child protection strategy discussions', 'in 12 cases, to a new child protection strategy discussion'),
    F(17, 'count', 'other', 'times a daughter went missing', 'went missing 17 times last year'),
    F(14, 'years', 'other', 'age in a quoted example', 'When a 14-year-old', optional=True),
    F(20, 'percent', 'other', 'target reduction in repeat episodes', 'by 20%', optional=True),
    F(150, 'count', 'other', 'officers to train', 'Train a further 150 officers', optional=True),
]
quotes = [
    Q('A child going missing is a symptom. Sometimes it is about a row at home, but more often than people think it is about someone outside the home who is pulling that child away.',
      'Sam Okonjo', ['Okonjo', 'DI Okonjo', 'Detective Inspector Sam Okonjo'], 'said',
      role='Detective Inspector, Missing Persons Unit, Avon and Somerset Constabulary'),
    Q('When a 14-year-old is picked up at a railway station two hundred miles away with a phone that isn\'t theirs, we don\'t treat that as a runaway,',
      'Sam Okonjo', ['Okonjo', 'DI Okonjo'], 'said'),
    Q('We treat it as a child being exploited.', 'Sam Okonjo', ['Okonjo', 'DI Okonjo'], None),
    Q('The officers who came round in the end were the same two every time. That mattered. She stopped seeing them as the enemy.',
      'a mother', ['mother', 'one mother'], 'told'),
    Q('Kids tell us things in the car or in McDonald\'s that they\'d never say at a police station.',
      'a return home interview worker', ['return home interview worker', 'interview worker'], 'said'),
]
nf = ['999', '101', '14 July 2026', '31 March 2026', '48 hours', '9 hours', '72 hours', 'three times in 90 days',
      '01632 960482', 'Table 1', 'Aged 11 and under', 'two hundred miles', '2026/27', 'Operation Hydrant: 3 arrests']
gold(DOC, 'other', 'Missing children: Bath and North East Somerset annual report', 'Bath and North East Somerset', None, Y,
     figs, nf, quotes, [{'name': 'Sam Okonjo', 'role': 'Detective Inspector, Missing Persons Unit'}],
     ['In an emergency call 999. For non-emergencies call 101.', 'Report a missing person',
      'Appeal: 15-year-old missing from Keynsham found safe', 'Operation Hydrant: 3 arrests',
      '\u00a9 2026 Avon and Somerset Constabulary.'],
     'SYNTHETIC (invented). A police force\'s own missing children annual report page for one council area (kind other: '
     'a police force\'s own document, kinds README). Period from the scope sentence \'the year to 31 March 2026\'. No '
     'safeguarding partnership named (null). Missing episodes and children who went missing are other (feature/event '
     'subsets); the at-a-glance block repeats prose; 2024/25 comparators carry their own period; the repeat threshold, '
     'the seven-day threshold and the table shares (count with share: count required, share optional) optional; hours '
     '(48, 9, 72) not figures (no unit); \'31 ... placed ... by another local authority\' a placement subset, optional '
     'because it is also a subset of missing children; plans for 2026/27 optional; the hypothetical \'14-year-old\' inside a quote optional; the daughter\'s 17 episodes a case fact (required). '
     'Quotes: the DI (said:, then split by \'DI Okonjo said\' with a cue-less continuation), a mother (told us:), an RHI '
     'worker (said:).')
