"""j05: Havering care leavers' local offer 2026 to 2027, council web page saved as HTML (cookie banner, nav, breadcrumb,
a summary strip, <details> sections, an allowance table, page-feedback counter). Run: python3 _src/g_j05.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'j05_havering_care_leavers_local_offer_2026_27.html'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
HTML = """<!-- SYNTHETIC TEST DOCUMENT: an invented council web page written to evaluate an extractor. People, quotes and figures are made up; only the place name is real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our local offer for care leavers 2026 to 2027 | Havering Council</title>
<style>.strip{display:flex}.card{border:1px solid #ccc;padding:8px}.big{font-size:2em;font-weight:bold}</style>
<script>window.dataLayer=[{"page":"local-offer","v":3}];</script>
</head>
<body>
<div class="cookie-banner" role="region"><p>We use cookies to make this site work and to count how many people visit it. <a href="/cookies">Cookie settings</a> <button>Accept all</button> <button>Reject optional cookies</button></p></div>
<header><a href="/" class="logo">Havering Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/children">Children and families</a></li><li><a href="/housing">Housing</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/children">Children and families</a> &gt; <a href="/children/care">Children in care and care leavers</a> &gt; Local offer</nav>
<main>
<h1>Our local offer for care leavers 2026 to 2027</h1>
<p class="lede">If you have been in our care, we are your corporate parent. This page sets out what you can expect from us, and what you are entitled to, from April 2026 until March 2027. It was written with the Havering Children in Care Council and Care Leavers' Forum.</p>

<section class="strip" aria-label="At a glance">
<div class="card"><span class="big">312</span><span>care leavers we support</span></div>
<div class="card"><span class="big">£3,000</span><span>setting-up-home allowance</span></div>
<div class="card"><span class="big">0</span><span>council tax to pay until you are 25</span></div>
</section>

<h2>Who this offer is for</h2>
<p>The offer is for young people aged 18 to 25 who were looked after by Havering for at least 13 weeks after their 14th birthday. At 31 March 2026 we were supporting 312 care leavers, and 246 children and young people were in our care.</p>
<p>Every care leaver has a personal adviser. Each adviser works with no more than 20 young people, so that they have time for you, and will see you at least every eight weeks.</p>

<details open><summary>Money</summary>
<table>
<caption>Allowances and grants 2026/27</caption>
<thead><tr><th>What</th><th>How much</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Setting-up-home allowance</td><td>£3,000</td><td>was £2,000 in 2025/26</td></tr>
<tr><td>Birthday payment</td><td>£50</td><td>every year until 21</td></tr>
<tr><td>Festival payment</td><td>£75</td><td>once a year, the festival you choose</td></tr>
<tr><td>Driving lessons</td><td>up to £500</td><td>one-off</td></tr>
<tr><td>Higher education bursary</td><td>£2,000</td><td>a year, on top of the statutory bursary</td></tr>
<tr><td>Apprenticeship bursary</td><td>£1,000</td><td>paid by government, we help you claim</td></tr>
</tbody>
</table>
<p>You will not pay council tax to Havering until you turn 25, wherever in the borough you live. Last year this saved care leavers an average of £1,310 each.</p>
<p>If something goes wrong, our emergency fund of £15,000 can help with a crisis payment. In 2025/26, 48 care leavers used it.</p>
</details>

<details><summary>Somewhere to live</summary>
<p>We have 14 supported lodgings placements and 22 semi-independent flats for care leavers. Care leavers are placed in Band 2 on the housing register. If you are in foster care, you can "stay put" with your foster carer after 18; in 2025/26, 37 young people did so, and we pay carers £295 a week while you stay. Through Staying Close, 8 young people leaving our children's homes kept a link with the home. In the same year, 29 care leavers moved into their own council tenancy.</p>
</details>

<details><summary>Education, training and work</summary>
<p>In 2025/26, 56% of our care leavers aged 19 to 21 were in education, employment or training, compared with 55% across London. There are 19 Havering care leavers at university this year.</p>
<p>The council ring-fences 10 apprenticeships a year for care leavers, and you get a guaranteed interview for any council job you meet the essential criteria for.</p>
</details>

<details><summary>Health and wellbeing</summary>
<p>You can ask for a free leisure pass, worth £360 a year, and a copy of your health history. Our care leavers' nurse runs drop-ins every Tuesday and saw 64 young people in 2025/26.</p>
</details>

<blockquote><p>"Nobody tells you how much a fridge costs. Getting the allowance up to three grand was the thing we pushed for hardest, and it happened."</p>
<footer>- Jade, 20, member of the Care Leavers' Forum</footer></blockquote>

<p>Councillor Oscar Whitlock, Cabinet Member for Children, said: "Every one of these young people is our responsibility. This offer is a promise, and the forum will hold us to it."</p>

<h2>Contact the Leaving Care Team</h2>
<p>Telephone 01632 960812, Monday to Friday 9am to 5pm. Out of hours: 020 7946 0441. Email leavingcare@havering.example.</p>
<p class="updated">Page last updated: 2 April 2026</p>
</main>
<aside class="feedback"><p>Was this page useful? <button>Yes</button> <button>No</button> 41 people found this useful.</p></aside>
<footer><p>&copy; Havering Council 2026. <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
open(OUT, 'w', encoding='utf-8').write(HTML)

PER = P('2026-04-01', '2027-03-31', '2026 to 2027')
PREV = P('2025-04-01', '2026-03-31', '2025/26')
fig = [
    F(312, 'count', 'other', 'care leavers supported', 'we were supporting 312 care leavers'),
    F(3000, 'gbp', 'other', 'setting-up-home allowance', 'Setting-up-home allowance \u00a33,000'),
    F(0, 'gbp', 'other', 'council tax paid by care leavers until 25', '0 council tax to pay until you are 25', optional=True),
    F(25, 'years', 'other', 'age until which care leavers pay no council tax', 'until you turn 25', optional=True),
    F(18, 'years', 'other', 'lower age of offer', 'aged 18 to 25', optional=True),
    F(25, 'years', 'other', 'upper age of offer', 'aged 18 to 25', optional=True),
    F(13, 'weeks', 'other', 'minimum time looked after to qualify', 'for at least 13 weeks', qualifier='at least'),
    F(14, 'years', 'other', 'birthday after which care counts', 'after their 14th birthday', optional=True),
    F(246, 'count', 'looked_after_children', 'children and young people in care', '246 children and young people were in our care', period=P('2026-03-31', '2026-03-31', '31 March 2026')),
    F(20, 'count', 'other', 'maximum young people per personal adviser', 'no more than 20 young people', qualifier='up to'),
    F(8, 'weeks', 'other', 'maximum interval between personal adviser visits', 'at least every eight weeks', qualifier='at least'),
    F(15000, 'gbp', 'other', 'emergency fund for care leavers', 'our emergency fund of \u00a315,000'),
    F(48, 'count', 'other', 'care leavers using the emergency fund', '48 care leavers used it', period=PREV),
    F(8, 'count', 'other', 'young people in Staying Close', 'Through Staying Close, 8 young people', period=PREV),
    F(29, 'count', 'other', 'care leavers moving into their own council tenancy', '29 care leavers moved into their own council tenancy', period=PREV),
    F(64, 'count', 'other', "young people seen by the care leavers' nurse", 'saw 64 young people in 2025/26', period=PREV),
    F(2000, 'gbp', 'other', 'setting-up-home allowance in 2025/26', 'was \u00a32,000 in 2025/26', period=PREV),
    F(50, 'gbp', 'other', 'birthday payment', 'Birthday payment \u00a350'),
    F(21, 'years', 'other', 'age until which birthday payment is made', 'every year until 21', optional=True),
    F(75, 'gbp', 'other', 'festival payment', 'Festival payment \u00a375'),
    F(500, 'gbp', 'other', 'driving lessons allowance', 'Driving lessons up to \u00a3500', qualifier='up to'),
    F(2000, 'gbp', 'other', 'higher education bursary (local)', 'Higher education bursary \u00a32,000'),
    F(1000, 'gbp', 'other', 'apprenticeship bursary', 'Apprenticeship bursary \u00a31,000'),
    F(1310, 'gbp', 'other', 'average council tax saving per care leaver last year', 'an average of \u00a31,310 each', period=PREV),
    F(14, 'count', 'other', 'supported lodgings placements', 'We have 14 supported lodgings placements'),
    F(22, 'count', 'other', 'semi-independent flats', '22 semi-independent flats'),
    F(37, 'count', 'other', 'young people staying put with former foster carers', '37 young people did so', period=PREV),
    F(295, 'gbp', 'other', 'weekly staying put payment to carers', 'we pay carers \u00a3295 a week'),
    F(56, 'percent', 'other', 'care leavers aged 19 to 21 in education, employment or training', '56% of our care leavers aged 19 to 21', period=PREV),
    F(55, 'percent', 'other', 'care leavers in EET, London comparator', 'compared with 55% across London', period=PREV),
    F(19, 'count', 'other', 'care leavers at university', 'There are 19 Havering care leavers at university'),
    F(10, 'count', 'other', 'apprenticeships ring-fenced for care leavers each year', 'ring-fences 10 apprenticeships a year'),
    F(360, 'gbp', 'other', 'value of free leisure pass per year', 'worth \u00a3360 a year'),
    F(3000, 'gbp', 'other', 'setting-up-home allowance (in quote)', 'up to three grand', optional=True),
    F(20, 'years', 'other', 'age of forum member quoted', 'Jade, 20', optional=True),
]
nf = ['2026 to 2027', 'Band 2', 'every Tuesday', 'aged 19 to 21', '01632 960812', '020 7946 0441', '9am to 5pm', '2 April 2026', '41 people found this useful', '\u00a9 Havering Council 2026', 'Monday to Friday']
quotes = [
    Q('Nobody tells you how much a fridge costs. Getting the allowance up to three grand was the thing we pushed for hardest, and it happened.', 'Jade', ['Jade, 20', "member of the Care Leavers' Forum"], None, role="member of the Care Leavers' Forum"),
    Q('Every one of these young people is our responsibility. This offer is a promise, and the forum will hold us to it.', 'Oscar Whitlock', ['Whitlock', 'Councillor Oscar Whitlock', 'Cllr Whitlock'], 'said', role='Cabinet Member for Children'),
    Q('stay put', 'Havering Council', ['the council'], None, optional=True),
]
people = [{'name': 'Oscar Whitlock', 'role': 'Cabinet Member for Children'}]
note = ("Council web page: a care leavers' local offer (statutory information for young people; kind other, like 'worried about a child?' and information pages; partnership null). Period from the title ('2026 to 2027', April 2026 until March 2027). "
        "Traps: cookie banner, nav, breadcrumb and a feedback counter ('41 people found this useful'); an 'at a glance' strip with a '0' card (council tax, optional) and cards repeating 312 and \u00a33,000; "
        "eligibility ages '18 to 25' (range, two optional), '14th birthday' and other ages optional, '13 weeks' required with 'at least' and 'at least every eight weeks' (qualifier at least); care leavers other, children in care looked_after_children (31 March snapshot); "
        "an allowance table (\u00a3 cells with notes; 'was \u00a32,000 in 2025/26' own period; 'up to \u00a3500'); a cap 'no more than 20' (qualifier up to); 2025/26 figures with own period (emergency fund users 48, Staying Close 8, tenancies 29, nurse 64, staying put 37, EET 56% vs London 55%, council tax saving); "
        "'Band 2', 'every Tuesday', 'aged 19 to 21', phone numbers and opening hours not figures; 'three grand' in a quote optional (the same \u00a33,000); scare-quoted 'stay put' optional; "
        "a blockquote with a dash attribution (cue null, age optional) and a cabinet member's 'said:'.")
gold(DOC, 'other', 'Our local offer for care leavers 2026 to 2027', 'Havering', None, PER, fig, nf, quotes, people,
     ['We use cookies to make this site work and to count how many people visit it.', 'Page last updated: 2 April 2026', 'Was this page useful?'], note)
