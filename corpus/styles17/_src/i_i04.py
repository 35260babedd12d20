"""Writer i, i04: PCC independent custody visiting scheme annual report page (Warwickshire), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'i04_warwickshire_independent_custody_visiting_annual_report_2025_26.html'
HTML = """<!-- SYNTHETIC DOCUMENT: invented for evaluation. The scheme, the people, the quotes and every figure are made up; only the place name is real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Independent Custody Visiting Scheme Annual Report 2025/26 | Office of the Police and Crime Commissioner for Warwickshire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.card{display:inline-block;border:1px solid #ccc;padding:8px;margin:4px;width:150px}.big{font-size:2em;font-weight:bold}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'report','v':3});</script>
</head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookies">
<p>We use 2 essential cookies and, with your permission, analytics cookies to improve this site.</p>
<button>Accept analytics cookies</button> <button>Reject</button>
</div>
<header>
<a href="/" class="logo">Warwickshire Police and Crime Commissioner</a>
<nav><ul><li><a href="/about">About the PCC</a></li><li><a href="/plan">Police and Crime Plan</a></li><li><a href="/transparency">Transparency</a></li><li><a href="/icv">Custody visiting</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/icv">Independent custody visiting</a> &gt; Annual report 2025/26</nav>
<main>
<h1>Independent Custody Visiting Scheme Annual Report 2025/26</h1>
<p class="meta">Published 19 June 2026 &middot; Reading time: 8 minutes</p>

<h2>Foreword from the Commissioner</h2>
<p>Independent custody visitors are volunteers who turn up unannounced at police custody suites to check on the rights,
entitlements and wellbeing of people held there. This report covers the year from 1 April 2025 to 31 March 2026 and,
for the first time, has a section on children.</p>
<blockquote><p>&ldquo;A police cell is no place for a child to spend the night, and our visitors have helped me see how often it
still happens. I have asked the Chief Constable and both upper-tier councils to work with me on that this year.&rdquo;</p>
<footer>&mdash; Philippa Darnell, Police and Crime Commissioner for Warwickshire</footer></blockquote>

<h2>The year at a glance</h2>
<div class="cards">
<div class="card"><span class="big">91</span><br>visits made (96 planned)</div>
<div class="card"><span class="big">7,412</span><br>people detained in Warwickshire custody</div>
<div class="card"><span class="big">612</span><br>of them children (aged 10 to 17)</div>
<div class="card"><span class="big">24</span><br>volunteer custody visitors</div>
</div>

<h2>Visits</h2>
<p>Our visitors made 91 of the 96 visits planned for the year (95%). Five visits were missed, four because a suite was closed for
maintenance and one because visitors could not travel in snow. Visitors saw 1,238 detainees, of whom 1,006 agreed to speak to them.</p>

<table>
<caption>Visits and detainees by custody suite, 2025/26</caption>
<thead><tr><th>Custody suite</th><th>Visits made</th><th>Detainees seen</th><th>Children seen</th><th>Issues raised</th></tr></thead>
<tbody>
<tr><td>Leamington Spa (Justice Centre)</td><td>52</td><td>734</td><td>23</td><td>61</td></tr>
<tr><td>Nuneaton</td><td>39</td><td>504</td><td>15</td><td>44</td></tr>
<tr><td><strong>Total</strong></td><td><strong>91</strong></td><td><strong>1,238</strong></td><td><strong>38</strong></td><td><strong>105</strong></td></tr>
</tbody>
</table>
<p>Most of the 105 issues were about the cell environment (toilet paper, blankets, temperature) and were put right on the day.
The average time for the custody sergeant to respond to an issue was 2 days.</p>

<h2>Children in custody</h2>
<p>Of the 7,412 people detained in 2025/26, 612 (8.3%) were children, compared with 671 in 2024/25. The youngest child held
during the year was 11. Visitors spoke to 38 children in person.</p>
<p>The law says that a child who is charged and refused bail should be moved to local authority accommodation (a PACE
transfer) unless it is impracticable. In 2025/26:</p>
<ul>
<li>147 children were held in custody overnight, up from 128 the year before;</li>
<li>the police asked for local authority accommodation for 133 children;</li>
<li>accommodation was provided in 11 of those cases, and secure accommodation in none;</li>
<li>children were held for an average of 14 hours, against 11 hours for adults;</li>
<li>an appropriate adult arrived within 2 hours in 64% of cases (target: 80%).</li>
</ul>
<p>Police recorded 9 strip searches of children in custody during the year. In every case an appropriate adult was present.
Visitors noted that 27 of the 38 children they spoke to were known to children's social care, and 6 were looked after by a
local authority.</p>
<p>One of our longest-serving visitors, Graham Ostrowski, said: &ldquo;You walk past a cell and there's a lad of 14 sitting
on a blue mattress with his trainers taken off. You don't forget that.&rdquo; He added that the younger children were often the
quietest.</p>
<p>Chief Superintendent Aisha Morley, head of criminal justice, said the force accepted the findings. &ldquo;We have already
changed our process so that the duty inspector reviews every child held beyond six hours,&rdquo; she said. &ldquo;But we cannot
create beds that do not exist.&rdquo;</p>

<h2>Our volunteers</h2>
<p>At 31 March 2026 the scheme had 24 volunteers, including 7 recruited during the year. Each visitor gives around 4 hours a
month. The scheme costs &pound;38,500 a year, most of it the part-time scheme manager post.</p>
<p>Scheme manager Deepa Chauhan said: &ldquo;We are looking for volunteers from every part of the county, and especially
younger people. You need to be over 18 and live or work in Warwickshire.&rdquo;</p>

<details><summary>How to become a custody visitor</summary>
<p>Apply online or call 01632 960733. Training takes place over 3 evenings.</p></details>

<h2>Recommendations for 2026/27</h2>
<ol>
<li>Agree with Warwickshire County Council a joint protocol for PACE transfers by September 2026.</li>
<li>Report the number of children held overnight to the Commissioner every quarter.</li>
<li>Add a question about children to every visit report form.</li>
</ol>
</main>
<aside class="related"><h2>Related</h2><ul><li><a href="/icv/2024-25">Annual report 2024/25 (PDF, 1.2MB)</a></li><li><a href="/icv/handbook">Visitor handbook</a></li></ul></aside>
<footer>
<p>Office of the Police and Crime Commissioner for Warwickshire, PO Box 4, Leek Wootton, CV35 7QA. Telephone 01632 960700.</p>
<p>&copy; 2026 OPCC Warwickshire. <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | www.warwickshire-pcc.example</p>
</footer>
</body>
</html>
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)
PER = {'start': '2025-04-01', 'end': '2026-03-31', 'text': '1 April 2025 to 31 March 2026'}
PY = P('2024-04-01', '2025-03-31', '2024/25')
o = 'other'
figs = [
    F(91, 'count', o, 'custody visits made', 'Our visitors made 91 of the 96 visits planned'),
    F(96, 'count', o, 'custody visits planned', 'Our visitors made 91 of the 96 visits planned'),
    F(95, 'percent', o, 'visits made as a share of planned', 'visits planned for the year (95%)', optional=True),
    F(5, 'count', o, 'visits missed', 'Five visits were missed'),
    F(4, 'count', o, 'visits missed because a suite was closed', 'four because a suite was closed'),
    F(1, 'count', o, 'visits missed because of snow', 'one because visitors could not travel in snow', optional=True),
    F(1238, 'count', o, 'detainees seen by visitors', 'Visitors saw 1,238 detainees'),
    F(1006, 'count', o, 'detainees who agreed to speak to visitors', 'of whom 1,006 agreed to speak to them'),
    F(52, 'count', o, 'visits made at Leamington Spa', 'Leamington Spa (Justice Centre) 52 734 23 61'),
    F(734, 'count', o, 'detainees seen at Leamington Spa', 'Leamington Spa (Justice Centre) 52 734 23 61'),
    F(23, 'count', o, 'children seen at Leamington Spa', 'Leamington Spa (Justice Centre) 52 734 23 61'),
    F(61, 'count', o, 'issues raised at Leamington Spa', 'Leamington Spa (Justice Centre) 52 734 23 61'),
    F(39, 'count', o, 'visits made at Nuneaton', 'Nuneaton 39 504 15 44'),
    F(504, 'count', o, 'detainees seen at Nuneaton', 'Nuneaton 39 504 15 44'),
    F(15, 'count', o, 'children seen at Nuneaton', 'Nuneaton 39 504 15 44'),
    F(44, 'count', o, 'issues raised at Nuneaton', 'Nuneaton 39 504 15 44'),
    F(105, 'count', o, 'issues raised by visitors', 'Most of the 105 issues'),
    F(2, 'days', o, 'average time for the custody sergeant to respond to an issue', 'The average time for the custody sergeant to respond to an issue was 2 days'),
    F(7412, 'count', o, 'people detained in Warwickshire custody', 'Of the 7,412 people detained in 2025/26'),
    F(612, 'count', o, 'children detained in custody', '612 (8.3%) were children'),
    F(8.3, 'percent', o, 'children as a share of people detained', '612 (8.3%) were children', optional=True),
    F(671, 'count', o, 'children detained in 2024/25', 'compared with 671 in 2024/25', period=PY),
    F(11, 'years', o, 'age of the youngest child held', 'The youngest child held\nduring the year was 11', optional=True),
    F(38, 'count', o, 'children visitors spoke to in person', 'Visitors spoke to 38 children in person'),
    F(147, 'count', o, 'children held in custody overnight', '147 children were held in custody overnight'),
    F(128, 'count', o, 'children held overnight the year before', 'up from 128 the year before', period=PY),
    F(133, 'count', o, 'children for whom police asked for local authority accommodation', 'the police asked for local authority accommodation for 133 children'),
    F(11, 'count', o, 'PACE transfers where accommodation was provided', 'accommodation was provided in 11 of those cases'),
    F(0, 'count', o, 'PACE transfers to secure accommodation', 'secure accommodation in none', optional=True),
    F(14, 'count', o, 'average hours children were held (hours not a spec unit)', 'an average of 14 hours', optional=True),
    F(11, 'count', o, 'average hours adults were held (hours not a spec unit)', 'against 11 hours for adults', optional=True),
    F(64, 'percent', o, 'appropriate adult arrived within 2 hours', 'an appropriate adult arrived within 2 hours in 64% of cases'),
    F(80, 'percent', o, 'target for appropriate adult arrival within 2 hours', '(target: 80%)', optional=True),
    F(9, 'count', o, 'strip searches of children in custody', 'Police recorded 9 strip searches of children'),
    F(27, 'count', o, "children seen who were known to children's social care", "27 of the 38 children they spoke to were known to children's social care"),
    F(6, 'count', 'looked_after_children', 'children seen in custody who were looked after', '6 were looked after by a\nlocal authority'),
    F(24, 'count', o, 'volunteer custody visitors', 'the scheme had 24 volunteers'),
    F(7, 'count', o, 'volunteers recruited during the year', 'including 7 recruited during the year'),
    F(4, 'count', o, 'hours a month each visitor gives (hours not a spec unit)', 'around 4 hours a\nmonth', optional=True),
    F(38500, 'gbp', o, 'annual cost of the scheme', 'The scheme costs £38,500 a year'),
    F(3, 'count', o, 'evenings of training', 'Training takes place over 3 evenings', optional=True),
    F(3, 'count', 'recommendations', 'recommendations for 2026/27', 'Recommendations for 2026/27', optional=True),
]
nf = ['2025/26', 'aged 10 to 17', 'within 2 hours', 'Reading time: 8 minutes', '2 essential cookies', '01632 960733', '01632 960700',
      'PO Box 4', 'CV35 7QA', 'over 18', 'beyond six hours', 'a lad of 14', '1.2MB', 'by September 2026', '19 June 2026']
bp = ['We use 2 essential cookies and, with your permission, analytics cookies to improve this site.', 'Accept analytics cookies',
      'Annual report 2024/25 (PDF, 1.2MB)', 'Visitor handbook', 'Accessibility | Privacy']
qs = [
    Q('A police cell is no place for a child to spend the night, and our visitors have helped me see how often it still happens. I have asked the Chief Constable and both upper-tier councils to work with me on that this year.',
      'Philippa Darnell', ['Darnell', 'the Commissioner', 'the PCC'], None, role='Police and Crime Commissioner for Warwickshire'),
    Q("You walk past a cell and there's a lad of 14 sitting on a blue mattress with his trainers taken off. You don't forget that.",
      'Graham Ostrowski', ['Ostrowski', 'Mr Ostrowski'], 'said', role='independent custody visitor'),
    Q('We have already changed our process so that the duty inspector reviews every child held beyond six hours,', 'Aisha Morley',
      ['Morley', 'Chief Superintendent Aisha Morley', 'Ch Supt Morley'], 'said', role='Chief Superintendent, head of criminal justice'),
    Q('But we cannot create beds that do not exist.', 'Aisha Morley', ['Morley', 'Chief Superintendent Aisha Morley', 'Ch Supt Morley'], None),
    Q('We are looking for volunteers from every part of the county, and especially younger people. You need to be over 18 and live or work in Warwickshire.',
      'Deepa Chauhan', ['Chauhan', 'Ms Chauhan', 'the scheme manager'], 'said', role='Scheme manager'),
]
people = [{'name': 'Philippa Darnell', 'role': 'Police and Crime Commissioner for Warwickshire'},
          {'name': 'Graham Ostrowski', 'role': 'independent custody visitor'},
          {'name': 'Aisha Morley', 'role': 'Chief Superintendent, head of criminal justice'},
          {'name': 'Deepa Chauhan', 'role': 'Scheme manager'}]
gold(DOC, 'other', 'Independent Custody Visiting Scheme Annual Report 2025/26', 'Warwickshire', None, PER, figs, nf, qs, people, bp,
     "A police and crime commissioner's independent custody visiting scheme annual report as a web page (kind other: a PCC's volunteer scheme report, "
     "not a council's governance or a publication). Period in the title and a scope sentence. Traps: stat cards repeating prose (91, 7,412, 612, 24); "
     "'91 of the 96 (95%)' (both counts required, % optional); a suite table with a Total row repeating prose totals (38, 105 appear in prose too); "
     "children detained '612 (8.3%)'; 'compared with 671 in 2024/25' and 'up from 128 the year before' own periods; hours not a spec unit (optional); "
     "'within 2 hours' inside a timeliness measure not a figure; target optional; youngest age optional; 'in none' optional zero; looked-after children "
     "among those seen (looked_after_children); a dash-attributed pull quote (cue null); a quote split by 'she said'; 'He added that' reported speech; "
     "'a lad of 14' inside a quote not a figure; a recommendations heading whose list count is implied (optional).")
