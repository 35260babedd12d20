"""Writer l, l02: Somerset Safeguarding Children Partnership web page, Operation Encompass annual report 2025 (HTML).
A partnership's own page reporting a multi-agency scheme -> council_report; period from a scope sentence (calendar 2025)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'l02_somerset_operation_encompass_annual_report_2025.html'
q1 = 'Before Encompass we would find out on a Thursday what had happened on the Saturday, if we found out at all.'
q2 = 'Now the key adult knows by registration. Sometimes all a child needs is a quiet room and a bit of toast.'
q3 = 'The notification is not a referral and it is not a judgement on the family.'
q4 = 'It is a way of making sure the one adult the child sees every weekday knows what they walked in carrying.'
q5 = 'We are not there yet with nurseries, and we will not be until every setting has someone who picks up the email before breakfast.'
HTML = """<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: the page, people, quotes and figures are made up; only place names are real. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Operation Encompass in Somerset: annual report 2025 | Somerset Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:920px;margin:auto}.cards{display:flex;gap:12px}.card{border:1px solid #0b6e4f;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'report','year':2025});</script>
</head>
<body>
<div id="cookie-banner"><p>We use 3 essential cookies to make this site work. We would also like to set analytics cookies. <button>Accept all</button> <button>Reject</button></p></div>
<header><a href="/">Somerset Safeguarding Children Partnership</a>
<nav><ul><li><a href="/worried">Worried about a child?</a></li><li><a href="/professionals">Professionals</a></li><li><a href="/training">Training</a></li><li><a href="/reports">Reports and publications</a></li></ul></nav></header>
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/reports">Reports and publications</a> &gt; Operation Encompass annual report 2025</p>
<main>
<h1>Operation Encompass in Somerset: annual report 2025</h1>
<p class="meta">Published 27 February 2026 by the Partnership's Education Safeguarding Group</p>
<p>Operation Encompass is the scheme under which Avon and Somerset Police tell a child's school, before the start of the next school day, when the child has been involved in or has witnessed a domestic abuse incident. The school's trained key adult can then be ready to support the child. This report covers notifications made between 1 January and 31 December 2025.</p>

<h2>The year at a glance</h2>
<div class="cards">
<div class="card"><strong>4,812</strong><br>notifications to schools and settings</div>
<div class="card"><strong>3,507</strong><br>children</div>
<div class="card"><strong>93%</strong><br>sent before 9am</div>
<div class="card"><strong>262</strong><br>schools signed up</div>
</div>

<h2>Notifications</h2>
<p>The police sent 4,812 notifications in 2025, compared with 4,390 in 2024, a rise of 10%. They concerned 3,507 different children. Most children were notified once, but 1,104 children were notified two or more times during the year and 212 were notified five or more times.</p>
<p>Of the notifications, 93% reached the school before 9am on the next school day, just short of the Partnership's target of 95%. Incidents at weekends made up 38% of the total, which is why Monday mornings are the busiest time for key adults.</p>
<p>All but six of Somerset's 268 schools are signed up to the scheme (262 schools, 98%). Since the early years extension began in April 2025, 611 notifications have gone to nurseries and childminders, covering children aged under five.</p>

<h2>Notifications by locality</h2>
<table>
<caption>Table 1. Operation Encompass notifications by locality, 2024 and 2025</caption>
<thead><tr><th>Locality</th><th>2024</th><th>2025</th><th>Rate per 10,000 children, 2025</th></tr></thead>
<tbody>
<tr><td>Mendip</td><td>1,002</td><td>1,096</td><td>461</td></tr>
<tr><td>Sedgemoor</td><td>1,214</td><td>1,377</td><td>544</td></tr>
<tr><td>South Somerset</td><td>1,081</td><td>1,158</td><td>437</td></tr>
<tr><td>Taunton and West Somerset</td><td>1,093</td><td>1,181</td><td>468</td></tr>
<tr><td><strong>Somerset</strong></td><td><strong>4,390</strong></td><td><strong>4,812</strong></td><td><strong>478</strong></td></tr>
</tbody></table>
<p><small>Localities are the former district council areas. Rates use mid-2024 population estimates for children aged 0-17.</small></p>

<h2>Who the children are</h2>
<p>When the notification was sent, 402 of the children were subject to a child protection plan, 318 were open to children's social care as children in need and 57 were looked after. Around a third of notified children (1,160) were not known to children's social care at all.</p>
<p>Schools made 146 referrals to children's social care after a notification, usually because the child said something in school that added to what the police knew.</p>

<h2>What schools tell us</h2>
<p>Kerry Lanfear, headteacher of a primary school in Bridgwater, said: "{q1}</p>
<p>"{q2}"</p>
<p>Detective Inspector Aled Brannigan, who leads the scheme for the police in Somerset, said: "{q3}" He added: "{q4}"</p>

<h2>Training and cost</h2>
<p>The Partnership trained 1,190 key adults and deputies in 2025, through a 45-minute e-learning module and 14 live briefings. Every signed-up school must have at least two trained key adults. The scheme's licence and notification software cost £18,500, shared equally between the police and the council, with the council also paying £42,000 towards the Education Safeguarding Adviser post that supports schools.</p>

<h2>Next steps for 2026</h2>
<ol>
<li>Reach the 95% before-9am target in every locality.</li>
<li>Sign up the remaining six schools by July 2026.</li>
<li>Extend key adult training to all 340 registered childminders.</li>
</ol>
<p>Sam Oduya-Price, the Partnership's early years lead, said the early years extension was "going well in the big settings" but warned: "{q5}"</p>
</main>
<aside><h3>Related pages</h3><ul><li><a href="/reports/annual-2024-25">Annual report 2024-25 (PDF, 2.1MB)</a></li><li><a href="/training/encompass">Key adult training: 6 dates left this term</a></li></ul></aside>
<footer><p>Somerset Safeguarding Children Partnership, County Hall, Taunton. Children's Front Door: 01632 960 301. Out of hours: 01632 960 302.</p>
<p>If a child is in immediate danger, call 999.</p><p>&copy; 2026 Somerset Safeguarding Children Partnership | <a href="https://www.somersetsafeguardingchildren.example/accessibility">Accessibility</a> | Page last reviewed: 3 March 2026</p></footer>
</body>
</html>
""".replace('{q1}', q1).replace('{q2}', q2).replace('{q3}', q3).replace('{q4}', q4).replace('{q5}', q5)
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

PER = P('2025-01-01', '2025-12-31', 'between 1 January and 31 December 2025')
P24 = P('2024-01-01', '2024-12-31', '2024')
o = 'other'
figs = [
    F(4812, 'count', o, 'Operation Encompass notifications to schools and settings', 'The police sent 4,812 notifications in 2025'),
    F(4390, 'count', o, 'Operation Encompass notifications in 2024', 'compared with 4,390 in 2024', period=P24),
    F(10, 'percent', o, 'rise in notifications', 'a rise of 10%'),
    F(3507, 'count', o, 'children notified', 'They concerned 3,507 different children'),
    F(1104, 'count', o, 'children notified two or more times', '1,104 children were notified two or more times'),
    F(212, 'count', o, 'children notified five or more times', '212 were notified five or more times'),
    F(93, 'percent', o, 'notifications reaching the school before 9am', 'Of the notifications, 93% reached the school before 9am'),
    F(95, 'percent', o, "Partnership's target for notifications before 9am", "the Partnership's target of 95%", optional=True),
    F(38, 'percent', o, 'share of notifications from weekend incidents', 'Incidents at weekends made up 38% of the total'),
    F(6, 'count', o, 'schools not signed up', 'All but six of Somerset'),
    F(268, 'count', o, "Somerset's schools", "Somerset's 268 schools"),
    F(262, 'count', o, 'schools signed up to the scheme', '(262 schools, 98%)'),
    F(98, 'percent', o, 'share of schools signed up', '(262 schools, 98%)', optional=True),
    F(611, 'count', o, 'notifications to nurseries and childminders since April 2025', '611 notifications have gone to nurseries and childminders'),
    F(5, 'years', o, 'age limit of the early years extension (under five)', 'covering children aged under five', optional=True),
    F(1002, 'count', o, 'notifications, Mendip, 2024', 'Mendip 1,002 1,096 461', period=P24),
    F(1096, 'count', o, 'notifications, Mendip, 2025', 'Mendip 1,002 1,096 461'),
    F(461, 'rate_per_10000', o, 'notification rate, Mendip, 2025', 'Mendip 1,002 1,096 461'),
    F(1214, 'count', o, 'notifications, Sedgemoor, 2024', 'Sedgemoor 1,214 1,377 544', period=P24),
    F(1377, 'count', o, 'notifications, Sedgemoor, 2025', 'Sedgemoor 1,214 1,377 544'),
    F(544, 'rate_per_10000', o, 'notification rate, Sedgemoor, 2025', 'Sedgemoor 1,214 1,377 544'),
    F(1081, 'count', o, 'notifications, South Somerset, 2024', 'South Somerset 1,081 1,158 437', period=P24),
    F(1158, 'count', o, 'notifications, South Somerset, 2025', 'South Somerset 1,081 1,158 437'),
    F(437, 'rate_per_10000', o, 'notification rate, South Somerset, 2025', 'South Somerset 1,081 1,158 437'),
    F(1093, 'count', o, 'notifications, Taunton and West Somerset, 2024', 'Taunton and West Somerset 1,093 1,181 468', period=P24),
    F(1181, 'count', o, 'notifications, Taunton and West Somerset, 2025', 'Taunton and West Somerset 1,093 1,181 468'),
    F(468, 'rate_per_10000', o, 'notification rate, Taunton and West Somerset, 2025', 'Taunton and West Somerset 1,093 1,181 468'),
    F(478, 'rate_per_10000', o, 'notification rate, Somerset, 2025', 'Somerset 4,390 4,812 478'),
    F(402, 'count', 'child_protection_plans', 'notified children subject to a child protection plan', '402 of the children were subject to a child protection plan'),
    F(318, 'count', 'children_in_need', 'notified children open as children in need', "318 were open to children's social care as children in need"),
    F(57, 'count', 'looked_after_children', 'notified children who were looked after', '57 were looked after'),
    F(1160, 'count', o, "notified children not known to children's social care", "Around a third of notified children (1,160) were not known"),
    F(33.33, 'percent', o, "share of notified children not known to children's social care (hedged)", 'Around a third of notified children', qualifier='around', optional=True),
    F(146, 'count', 'social_care_referrals', "referrals to children's social care by schools after a notification", "Schools made 146 referrals to children's social care after a notification"),
    F(1190, 'count', o, 'key adults and deputies trained', 'The Partnership trained 1,190 key adults and deputies in 2025'),
    F(45, 'count', o, 'length of the e-learning module in minutes', '45-minute e-learning module', optional=True),
    F(14, 'count', o, 'live briefings', '14 live briefings'),
    F(2, 'count', o, 'minimum trained key adults per school', 'at least two trained key adults', qualifier='at least', optional=True),
    F(18500, 'gbp', o, 'cost of the licence and notification software', "The scheme's licence and notification software cost £18,500"),
    F(42000, 'gbp', o, "council's contribution to the Education Safeguarding Adviser post", 'paying £42,000 towards the Education Safeguarding Adviser post'),
    F(6, 'count', o, 'remaining schools to sign up by July 2026', 'Sign up the remaining six schools by July 2026', optional=True),
    F(340, 'count', o, 'registered childminders', 'all 340 registered childminders'),
]
nf = ['3 essential cookies', '27 February 2026', '1 January and 31 December 2025', 'April 2025', 'mid-2024',
      'aged 0-17', 'Table 1', '2.1MB', '6 dates left this term', '01632 960 301', '01632 960 302', '999',
      '3 March 2026', 'by July 2026', 'per 10,000 children']
quotes = [
    Q(q1, 'Kerry Lanfear', ['Lanfear', 'Kerry Lanfear'], 'said', role='headteacher of a primary school in Bridgwater'),
    Q(q2, 'Kerry Lanfear', ['Lanfear', 'Kerry Lanfear'], None, role='headteacher of a primary school in Bridgwater'),
    Q(q3, 'Aled Brannigan', ['Brannigan', 'DI Brannigan', 'Detective Inspector Aled Brannigan'], 'said', role='Detective Inspector, scheme lead for Avon and Somerset Police'),
    Q(q4, 'Aled Brannigan', ['Brannigan', 'DI Brannigan', 'Detective Inspector Aled Brannigan'], 'added', role='Detective Inspector, scheme lead for Avon and Somerset Police'),
    Q('going well in the big settings', 'Sam Oduya-Price', ['Oduya-Price', 'Sam Oduya-Price'], 'said', role="the Partnership's early years lead"),
    Q(q5, 'Sam Oduya-Price', ['Oduya-Price', 'Sam Oduya-Price'], 'warned', role="the Partnership's early years lead"),
]
people = [{'name': 'Kerry Lanfear', 'role': 'headteacher of a primary school in Bridgwater'},
          {'name': 'Aled Brannigan', 'role': 'Detective Inspector, Operation Encompass lead, Avon and Somerset Police'},
          {'name': 'Sam Oduya-Price', 'role': "the Partnership's early years lead"}]
bp = ['We use 3 essential cookies to make this site work.', 'Worried about a child?', 'Annual report 2024-25 (PDF, 2.1MB)',
      'Key adult training: 6 dates left this term', "Children's Front Door: 01632 960 301. Out of hours: 01632 960 302.",
      'If a child is in immediate danger, call 999.']
gold(DOC, 'council_report', 'Operation Encompass in Somerset: annual report 2025', 'Somerset', 'Somerset Safeguarding Children Partnership', PER,
     figs, nf, quotes, people, bp,
     "A safeguarding partnership's own report page (council_report). Period only from the scope sentence (calendar year 2025). Partnership: the "
     "publisher, named in the title and header. Notifications are police-to-school notices, not serious incident notifications and not referrals: other. "
     "The year-at-a-glance cards repeat prose figures (extra mentions). Table 1: 2024 column with its own period; the Somerset row repeats 4,390 and "
     "4,812 (mentions), its rate 478 is a new figure; locality rates per 10,000 are rate_per_10000 other. Subsets of notified children by their "
     "social-care status take that status's metric (CP plan, children in need, looked after); schools' referrals to children's social care -> "
     "social_care_referrals. 'Around a third ... (1,160)': count required, the hedged third optional. '262 schools, 98%': count required, % optional. "
     "Targets, minimums and plans optional; '45-minute' module optional (minutes not in the vocabulary); 'under five' an eligibility age, optional. "
     "Kerry Lanfear's quote opens and does not close in its paragraph, so continues into the next paragraph (cue null there). Sam Oduya-Price's "
     "fragment inside reported speech is required.")
