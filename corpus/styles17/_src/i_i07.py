"""Writer i, i07: council Holiday Activities and Food (HAF) programme summer results page (Hampshire), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'i07_hampshire_holiday_activities_food_summer_results_page.html'
HTML = """<!-- SYNTHETIC DOCUMENT - invented for evaluation: the programme results, the providers, the people, the quotes and all figures are made up. Only the place names are real. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>How the summer went: Holiday Activities and Food programme | Hampshire County Council</title>
<link rel="stylesheet" href="/assets/site.css?v=2026.09.4">
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<div class="banner">Our website will be unavailable from 10pm on Saturday 10 October for up to 3 hours while we carry out maintenance.</div>
<header><span class="site">Hampshire County Council</span>
<form role="search"><input type="search" placeholder="Search hants.example"><button>Search</button></form></header>
<ol class="crumbs"><li>Home</li><li>Education and learning</li><li>Holiday activities and food</li><li>How the summer went</li></ol>
<div id="content">
<h1>How the summer went</h1>
<p class="updated">Last updated: 2 October 2026</p>
<p class="lede">This summer 18,640 children and young people took part in free holiday clubs with a healthy meal, run by
214 local providers across Hampshire under the Holiday Activities and Food (HAF) programme. Here is what we found.</p>

<section class="figures">
<h2>Summer in numbers</h2>
<ul class="tiles">
<li><strong>18,640</strong> children attended at least one day</li>
<li><strong>171,500</strong> meals served</li>
<li><strong>214</strong> providers</li>
<li><strong>30%</strong> of eligible children took part</li>
</ul>
</section>

<h2>Who came</h2>
<p>About 62,300 children in Hampshire are eligible for benefits-related free school meals, and HAF places are free for them.
Of the 18,640 children who attended, 15,410 were eligible for free school meals: 25% of all eligible children. Our target was 35%.
The remaining 3,230 places were offered by schools and social workers to children who were not eligible but needed a place.</p>
<p>We want the clubs to reach children who find the holidays hardest. This summer:</p>
<ul>
<li>2,980 children with special educational needs or disabilities attended (16% of all children who came), up from 2,310 last summer;</li>
<li>1,146 children had a social worker, including 212 children in our care;</li>
<li>412 young carers attended, through the young carers' clubs in Andover and Gosport.</li>
</ul>

<table class="data">
<caption>Children attending by district, summer 2026</caption>
<tr><th scope="col">District</th><th scope="col">Children attending</th><th scope="col">Eligible children reached</th></tr>
<tr><td>Basingstoke and Deane</td><td>3,120</td><td>27%</td></tr>
<tr><td>Gosport</td><td>1,960</td><td>36%</td></tr>
<tr><td>Havant</td><td>2,740</td><td>34%</td></tr>
<tr><td>New Forest</td><td>2,210</td><td>21%</td></tr>
<tr><td>Rushmoor</td><td>1,480</td><td>29%</td></tr>
<tr><td>Other districts</td><td>7,130</td><td>22%</td></tr>
</table>
<p class="note">Figures for the smaller districts are grouped to avoid identifying children.</p>

<h2>What a HAF day looks like</h2>
<p>Every club runs for at least 4 hours a day, 4 days a week, for 4 weeks of the summer holidays, with a hot or cold meal
that meets the school food standards. This year clubs offered 96,000 places.</p>
<blockquote>&ldquo;My two wouldn't have had anything to do all August. They came home tired and fed, and I didn't have to find
the money for lunch.&rdquo;<cite>Parent, Havant</cite></blockquote>

<h2>Keeping children safe</h2>
<p>Every provider has to have a designated safeguarding lead and a safeguarding policy checked by us before they are funded.
We carried out 168 unannounced quality visits during the summer. Providers raised 87 safeguarding concerns with us; 23 of
these were referred to children's social care, and 3 of those led to a child protection enquiry under section 47.
Two providers had their funding stopped after visits found checks had not been done.</p>
<p>Lisa Hennessy, who runs a multi-sports club in Basingstoke, said the training had made a difference. &ldquo;We spotted a girl
who was coming in hungry every morning and always wearing the same clothes,&rdquo; she said. &ldquo;Before, I'm not sure we'd
have known who to call.&rdquo;</p>

<h2>Money</h2>
<p>Hampshire received &pound;6.1 million from the Department for Education for HAF in 2026-27, of which &pound;4.3 million
was spent on the summer. The average cost was &pound;23.50 per child per day.</p>

<h2>What happens next</h2>
<p>Councillor Stephen Alcott, Executive Lead Member for Children's Services, said: &ldquo;Reaching a quarter of eligible
children is good, but not good enough. For Christmas we will focus on the New Forest, where take-up was lowest.&rdquo;</p>
<p>Winter clubs will run for 4 days over the Christmas holidays. Bookings open on 16 November.</p>

<div class="feedback"><p>Was this page helpful? <button>Yes</button> <button>No</button></p><p>412 people found this useful</p></div>
</div>
<footer><ul><li>Contact us: 01632 960155</li><li>Accessibility statement</li><li>Cookies</li><li>&copy; Hampshire County Council 2026</li></ul></footer>
</body></html>
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)
PER = {'start': '2026-07-01', 'end': '2026-08-31', 'text': 'This summer'}
o = 'other'
PS = P('2025-07-01', '2025-08-31', 'last summer')
figs = [
    F(18640, 'count', o, 'children who took part in HAF holiday clubs', 'This summer 18,640 children and young people took part'),
    F(214, 'count', o, 'local HAF providers', 'run by\n214 local providers'),
    F(171500, 'count', o, 'meals served', '171,500 meals served'),
    F(30, 'percent', o, 'eligible children who took part (tile)', '30% of eligible children took part', optional=True),
    F(62300, 'count', o, 'children eligible for benefits-related free school meals', 'About 62,300 children in Hampshire are eligible', qualifier='about'),
    F(15410, 'count', o, 'attending children eligible for free school meals', '15,410 were eligible for free school meals'),
    F(25, 'percent', o, 'eligible children reached', '25% of all eligible children'),
    F(35, 'percent', o, 'target share of eligible children reached', 'Our target was 35%', optional=True),
    F(3230, 'count', o, 'places offered to children who were not eligible', 'The remaining 3,230 places'),
    F(2980, 'count', o, 'children with SEND who attended', '2,980 children with special educational needs or disabilities attended'),
    F(16, 'percent', o, 'children with SEND as a share of attendees', '(16% of all children who came)', optional=True),
    F(2310, 'count', o, 'children with SEND who attended last summer', 'up from 2,310 last summer', period=PS),
    F(1146, 'count', o, 'attending children who had a social worker', '1,146 children had a social worker'),
    F(212, 'count', 'looked_after_children', 'children in care who attended', 'including 212 children in our care'),
    F(412, 'count', o, 'young carers who attended', '412 young carers attended'),
    F(3120, 'count', o, 'children attending in Basingstoke and Deane', 'Basingstoke and Deane 3,120 27%'),
    F(27, 'percent', o, 'eligible children reached in Basingstoke and Deane', 'Basingstoke and Deane 3,120 27%'),
    F(1960, 'count', o, 'children attending in Gosport', 'Gosport 1,960 36%'),
    F(36, 'percent', o, 'eligible children reached in Gosport', 'Gosport 1,960 36%'),
    F(2740, 'count', o, 'children attending in Havant', 'Havant 2,740 34%'),
    F(34, 'percent', o, 'eligible children reached in Havant', 'Havant 2,740 34%'),
    F(2210, 'count', o, 'children attending in New Forest', 'New Forest 2,210 21%'),
    F(21, 'percent', o, 'eligible children reached in New Forest', 'New Forest 2,210 21%'),
    F(1480, 'count', o, 'children attending in Rushmoor', 'Rushmoor 1,480 29%'),
    F(29, 'percent', o, 'eligible children reached in Rushmoor', 'Rushmoor 1,480 29%'),
    F(7130, 'count', o, 'children attending in other districts', 'Other districts 7,130 22%'),
    F(22, 'percent', o, 'eligible children reached in other districts', 'Other districts 7,130 22%'),
    F(4, 'count', o, 'minimum hours a day per club (hours not a spec unit)', 'at least 4 hours a day', optional=True),
    F(4, 'days', o, 'days a week each club runs', '4 days a week'),
    F(4, 'weeks', o, 'weeks of the summer holidays clubs run', 'for 4 weeks of the summer holidays'),
    F(96000, 'count', o, 'HAF places offered', 'This year clubs offered 96,000 places'),
    F(168, 'count', o, 'unannounced quality visits', 'We carried out 168 unannounced quality visits'),
    F(87, 'count', o, 'safeguarding concerns raised by providers', 'Providers raised 87 safeguarding concerns with us'),
    F(23, 'count', 'social_care_referrals', "concerns referred to children's social care", "23 of\nthese were referred to children's social care"),
    F(3, 'count', 'section_47_enquiries', 'child protection enquiries under section 47', '3 of those led to a child protection enquiry under section 47'),
    F(2, 'count', o, 'providers whose funding was stopped', 'Two providers had their funding stopped'),
    F(6100000, 'gbp', o, 'DfE HAF grant for 2026-27', 'Hampshire received £6.1 million from the Department for Education for HAF in 2026-27',
      period=P('2026-04-01', '2027-03-31', '2026-27')),
    F(4300000, 'gbp', o, 'HAF grant spent on the summer', 'of which £4.3 million\nwas spent on the summer'),
    F(23.5, 'gbp', o, 'average cost per child per day', 'The average cost was £23.50 per child per day'),
    F(25, 'percent', o, 'eligible children reached (a quarter, in a quote)', 'Reaching a quarter of eligible\nchildren', optional=True),
    F(4, 'days', o, 'days of winter clubs over Christmas', 'Winter clubs will run for 4 days over the Christmas holidays'),
]
nf = ['Saturday 10 October', 'up to 3 hours', '2 October 2026', 'section 47', '16 November', '01632 960155',
      '412 people found this useful', 'summer 2026']
bp = ['Skip to main content', 'Our website will be unavailable from 10pm on Saturday 10 October for up to 3 hours while we carry out maintenance.',
      'Was this page helpful?', '412 people found this useful', 'Accessibility statement', '© Hampshire County Council 2026']
qs = [
    Q("My two wouldn't have had anything to do all August. They came home tired and fed, and I didn't have to find the money for lunch.",
      'a parent', ['Parent', 'Parent, Havant', 'a parent from Havant'], None),
    Q('We spotted a girl who was coming in hungry every morning and always wearing the same clothes,', 'Lisa Hennessy', ['Hennessy', 'Ms Hennessy'], 'said',
      role='runs a multi-sports club in Basingstoke'),
    Q("Before, I'm not sure we'd have known who to call.", 'Lisa Hennessy', ['Hennessy', 'Ms Hennessy'], None),
    Q('Reaching a quarter of eligible children is good, but not good enough. For Christmas we will focus on the New Forest, where take-up was lowest.',
      'Stephen Alcott', ['Alcott', 'Councillor Stephen Alcott', 'Cllr Alcott'], 'said', role="Executive Lead Member for Children's Services"),
]
people = [{'name': 'Lisa Hennessy', 'role': 'runs a multi-sports club in Basingstoke'},
          {'name': 'Stephen Alcott', 'role': "Executive Lead Member for Children's Services"}]
gold(DOC, 'council_report', 'How the summer went', 'Hampshire', None, PER, figs, nf, qs, people, bp,
     "A county council's results page for its Holiday Activities and Food programme (kind council_report: a council's report page on its own programme, as the "
     "earlier Family Hubs progress page). Record period only implied: 'This summer' with 'Last updated: 2 October 2026' (July-August 2026). Traps: tiles repeating prose "
     "(18,640, 171,500, 214) and a 30% tile that disagrees with the prose 25% (two restatements: 25% required as the precise prose; tile optional); a target "
     "(optional); eligible count with 'About'; '2,980 ... (16% ...)' count required, % optional; district table (district rows keep other); HAF's '4 hours a day, 4 days a week, "
     "for 4 weeks' (hours optional, days and weeks required); safeguarding funnel 87 concerns -> 23 referrals (social_care_referrals) -> 3 section 47 enquiries; "
     "children in care who attended as looked_after_children; 'a quarter' in a quote optional; maintenance banner, feedback counter '412 people found this useful' "
     "(boilerplate; the value 412 is also a real figure: young carers); a cite-attributed pull quote (cue null).")
