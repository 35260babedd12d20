"""e04: Family Hubs and Start for Life progress page on a council website (HTML with cookie banner, stat tiles,
accordion sections, a table, feedback widget). Writes the page and its gold. Run: python3 _src/g_e04.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'e04_barnsley_family_hubs_start_for_life_progress_page'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.html')

PAGE = """<!-- SYNTHETIC TEST DOCUMENT: invented for evaluation; people, figures and quotes are made up, only the place name is real. Not a real web page. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Family Hubs and Start for Life: our progress | Barnsley Council</title>
<meta name="description" content="How Barnsley's family hubs and Start for Life offer are doing in 2025/26.">
<style>body{font-family:Arial,sans-serif;max-width:960px;margin:auto} .tiles{display:flex;gap:12px} .tile{background:#00704a;color:#fff;padding:12px;flex:1} .tile strong{font-size:28px;display:block}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageId":48213,"section":"family-hubs"});</script>
</head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookies on barnsley.example">
<p>We use some essential cookies to make this website work. We'd also like to set 3 optional analytics cookies to understand how you use the site.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header><a href="/" class="logo">Barnsley Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council Tax</a></li><li><a href="/schools">Schools and learning</a></li><li><a href="/social-care">Social care and health</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Search barnsley.example"><button>Search</button></form>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/children">Children, young people and families</a> &rsaquo; <a href="/family-hubs">Family hubs</a> &rsaquo; Our progress</nav>
<main>
<h1>Family Hubs and Start for Life: our progress</h1>
<p class="lede">This page sets out what Barnsley&rsquo;s family hubs and Start for Life offer achieved in 2025/26 (April 2025 to March 2026), the last full year of national programme funding, and what we plan next.</p>
<div class="tiles">
<div class="tile"><strong>6</strong> family hubs, one in every area council</div>
<div class="tile"><strong>9,842</strong> families used a hub in 2025/26</div>
<div class="tile"><strong>&pound;4.1m</strong> programme funding since 2022</div>
</div>
<h2>Where we are</h2>
<p>We now have 6 family hubs, one in each of Barnsley&rsquo;s area council areas, and 11 outreach sites in libraries, community centres and GP surgeries. Most hubs are open 8.30am to 5pm Monday to Friday, and Hoyland and Goldthorpe now open until 7pm on Thursdays. Barnsley is one of 75 local authorities that received Family Hubs and Start for Life funding from the Department for Education and the Department of Health and Social Care; we have been allocated &pound;4.1m since 2022.</p>
<p>In 2025/26, 9,842 families used a family hub at least once, up from 7,315 in 2024/25. Just over a third of them (34%) were visiting for the first time.</p>
<details open><summary><h2>Start for Life: pregnancy and the first 1,001 days</h2></summary>
<p>There were 2,406 births to Barnsley residents in the year. Health visitors completed an antenatal contact with 1,978 families (82%), and a new birth visit within 14 days for 2,259 babies (94%).</p>
<table>
<caption>Infant feeding and perinatal mental health</caption>
<thead><tr><th>Measure</th><th>2024/25</th><th>2025/26</th><th>England 2025/26</th></tr></thead>
<tbody>
<tr><td>Babies breastfed at 6&ndash;8 weeks (%)</td><td>37.9</td><td>41.2</td><td>49.2</td></tr>
<tr><td>Parents supported by the perinatal mental health pathway</td><td>236</td><td>312</td><td>&ndash;</td></tr>
<tr><td>Families seen by the parent-infant relationship team</td><td>&ndash;</td><td>148</td><td>&ndash;</td></tr>
</tbody>
</table>
<p>The parent-infant relationship team started in May 2025, so there is no figure for the year before.</p>
</details>
<details open><summary><h2>Early help and safeguarding</h2></summary>
<p>Family hub practitioners led 1,204 early help assessments. We stepped down 287 families from children&rsquo;s social care to family hub support, and family hubs made 96 referrals to children&rsquo;s social care where a child needed a statutory response. Around 1 in 10 families using the hubs has a child with special educational needs and disabilities (SEND) aged 0-25.</p>
<p>Cllr Trevor Moorhouse, Cabinet Spokesperson for Children&rsquo;s Services, said: &ldquo;Parents told us they didn&rsquo;t want to be passed from door to door. A family hub means one door, and someone behind it who knows your name.&rdquo;</p>
</details>
<details open><summary><h2>What parents say</h2></summary>
<blockquote><p>&ldquo;I went in for baby weighing and came out with help for my debts and a place at the stay and play. Nobody made me feel like a failure.&rdquo;</p><cite>&mdash; Mum of two, Athersley</cite></blockquote>
<p>Our Parent Carer Panel has 24 members and met 10 times this year. It rated the new Start for Life booklet 4.6 out of 5.</p>
</details>
<h2>What happens next</h2>
<p>National funding ends in March 2026, and from April 2026 the hubs are funded through the Council&rsquo;s early help budget, &pound;2.35m in 2026/27. Debbie Kershaw, Head of Family Hubs, said the aim is &ldquo;to keep every hub open and to reach 10,500 families next year.&rdquo;</p>
<p>Read the <a href="/family-hubs/start-for-life-offer.pdf">Start for Life offer (PDF, 2.4MB)</a> or call the Family Hubs line on 01632 960118.</p>
<p class="updated">Last updated: 12 May 2026</p>
</main>
<aside class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button> <a href="/report-problem">Report a problem with this page</a></aside>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Barnsley Metropolitan Borough Council 2026. Town Hall, Church Street, Barnsley S70 2TA.</p></footer>
</body>
</html>
"""


def write_gold():
    per = P('2025-04-01', '2026-03-31', '2025/26 (April 2025 to March 2026)')
    prev = P('2024-04-01', '2025-03-31', '2024/25')
    figs = [
        F(6, 'count', 'other', 'family hubs', 'We now have 6 family hubs'),
        F(11, 'count', 'other', 'outreach sites', '11 outreach sites'),
        F(75, 'count', 'other', 'local authorities funded by the national programme', 'one of 75 local authorities'),
        F(4100000, 'gbp', 'other', 'Family Hubs and Start for Life funding allocated since 2022', 'allocated \u00a34.1m since 2022', period=P('2022-04-01', '2026-03-31', 'since 2022')),
        F(9842, 'count', 'other', 'families who used a family hub', '9,842 families used a family hub at least once'),
        F(7315, 'count', 'other', 'families who used a family hub in 2024/25', 'up from 7,315 in 2024/25', period=prev),
        F(34, 'percent', 'other', 'families visiting for the first time', 'Just over a third of them (34%)'),
        F(33.33, 'percent', 'other', 'families visiting for the first time (hedged)', 'Just over a third of them (34%)', qualifier='just over', optional=True),
        F(2406, 'count', 'other', 'births to Barnsley residents', 'There were 2,406 births'),
        F(1978, 'count', 'other', 'families with an antenatal contact', 'antenatal contact with 1,978 families (82%)'),
        F(82, 'percent', 'other', 'families with an antenatal contact (share)', 'antenatal contact with 1,978 families (82%)', optional=True),
        F(14, 'days', 'other', 'timescale for the new birth visit', 'a new birth visit within 14 days'),
        F(2259, 'count', 'other', 'babies with a new birth visit within 14 days', 'for 2,259 babies (94%)'),
        F(94, 'percent', 'other', 'babies with a new birth visit within 14 days (share)', 'for 2,259 babies (94%)', optional=True),
        F(37.9, 'percent', 'other', 'babies breastfed at 6-8 weeks, 2024/25', '(%) 37.9 41.2 49.2', period=prev),
        F(41.2, 'percent', 'other', 'babies breastfed at 6-8 weeks', '(%) 37.9 41.2 49.2'),
        F(49.2, 'percent', 'other', 'babies breastfed at 6-8 weeks, England', '(%) 37.9 41.2 49.2'),
        F(236, 'count', 'other', 'parents supported by the perinatal mental health pathway, 2024/25', 'perinatal mental health pathway 236 312', period=prev),
        F(312, 'count', 'other', 'parents supported by the perinatal mental health pathway', 'perinatal mental health pathway 236 312'),
        F(148, 'count', 'other', 'families seen by the parent-infant relationship team', 'parent-infant relationship team – 148'),
        F(1204, 'count', 'other', 'early help assessments led by family hub practitioners', 'led 1,204 early help assessments'),
        F(287, 'count', 'other', "families stepped down from children's social care", "stepped down 287 families from children\u2019s social care"),
        F(96, 'count', 'social_care_referrals', "referrals from family hubs to children's social care", "made 96 referrals to children\u2019s social care"),
        F(10, 'percent', 'other', 'families using hubs with a child with SEND', 'Around 1 in 10 families', qualifier='around'),
        F(24, 'count', 'other', 'Parent Carer Panel members', 'Parent Carer Panel has 24 members'),
        F(10, 'count', 'other', 'Parent Carer Panel meetings', 'met 10 times this year'),
        F(4.6, 'count', 'other', 'panel rating of the Start for Life booklet (out of 5)', 'rated the new Start for Life booklet 4.6 out of 5', optional=True),
        F(2350000, 'gbp', 'other', 'early help budget funding family hubs in 2026/27', '\u00a32.35m in 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(10500, 'count', 'other', 'target number of families next year', 'reach 10,500 families next year', period=P('2026-04-01', '2027-03-31', 'next year')),
    ]
    notf = ['the first 1,001 days', '6\u20138 weeks', 'aged 0-25', '8.30am to 5pm', 'until 7pm', '2.4MB', '01632 960118', '12 May 2026', 'S70 2TA',
            '3 optional analytics cookies', 'May 2025', 'March 2026', 'Mum of two', 'out of 5']
    quotes = [
        Q('Parents told us they didn\u2019t want to be passed from door to door. A family hub means one door, and someone behind it who knows your name.',
          'Trevor Moorhouse', ['Moorhouse', 'Cllr Moorhouse', 'Cllr Trevor Moorhouse'], 'said', role="Cabinet Spokesperson for Children\u2019s Services"),
        Q('I went in for baby weighing and came out with help for my debts and a place at the stay and play. Nobody made me feel like a failure.',
          'a mum of two, Athersley', ['mum of two', 'a parent', 'parent'], None),
        Q('to keep every hub open and to reach 10,500 families next year.', 'Debbie Kershaw', ['Kershaw', 'Ms Kershaw'], 'said', role='Head of Family Hubs'),
    ]
    people = [{'name': 'Trevor Moorhouse', 'role': "Cabinet Spokesperson for Children\u2019s Services"}, {'name': 'Debbie Kershaw', 'role': 'Head of Family Hubs'}]
    bp = ['Accept analytics cookies', 'Bins and recycling', 'Was this page helpful?', 'Report a problem with this page', 'Accessibility statement',
          'Barnsley Metropolitan Borough Council 2026']
    notes = ("Council web page (Family Hubs and Start for Life progress), council_report. Traps: cookie banner with '3 optional analytics cookies'; nav and breadcrumb; stat tiles that repeat prose figures (6 hubs, 9,842, £4.1m); '£4.1m since 2022' is cumulative (own period); '7,315 in 2024/25' own period; 'Just over a third (34%)' (34 required, 33.33 optional); 'the first 1,001 days' is a name; counts with percentages in brackets (count required, share optional); a table with 2024/25, 2025/26 and England columns where cells carry no units (the % is in the row label), '–' cells are not zeros and the team's 'no figure for the year before' is not a zero; '6–8 weeks' is a definition window; 'within 14 days' is a deadline figure; family hubs' referrals to children's social care take social_care_referrals, step-downs are other; 'Around 1 in 10' = 10; '4.6 out of 5' rating (optional); opening hours, file size, postcode, phone, 'Last updated' date; a blockquote testimonial with a <cite> dash attribution (cue null); a quoted fragment after reported speech ('said the aim is “…”') that repeats the 10,500 target; the 'Was this page helpful?' widget.")
    gold(NAME + '.html', 'council_report', 'Family Hubs and Start for Life: our progress', 'Barnsley', None, per, figs, notf, quotes, people, bp, notes)


if __name__ == '__main__':
    open(OUT, 'w', encoding='utf-8').write(PAGE)
    print('wrote', os.path.basename(OUT))
    write_gold()
