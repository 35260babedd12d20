"""Writer n, n04: a crowdfunding campaign page for a community family-support drop-in (Clackmannanshire, Scotland), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'n04_clackmannanshire_crowdfunding_page_family_drop_in.html'
HTML = """<!-- SYNTHETIC DOCUMENT - invented for evaluation (styles19, writer n). The campaign, the group, the platform, people, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Keep the Wee Hoose open for Alloa families | GiveTogether</title>
<meta name="description" content="Help us raise &pound;40,000 to keep the Wee Hoose family drop-in open in 2026.">
<script>window.__CAMPAIGN__ = {"id": 88412, "raised": 18460, "target": 40000, "supporters": 312, "currency": "GBP"};</script>
<style>.bar{background:#eee}.bar span{display:block;background:#2a9d8f;height:8px;width:46%}</style>
</head>
<body>
<div id="cookie-banner"><p>We use cookies to make GiveTogether work and to understand how it is used. <a href="/cookies">Cookie settings</a> <button>Accept all</button></p></div>
<header>
<nav><a href="/">GiveTogether</a> | <a href="/discover">Discover</a> | <a href="/start">Start a fundraiser</a> | <a href="/how-it-works">How it works</a> | <a href="/login">Sign in</a></nav>
</header>
<main>
<article class="campaign">
<p class="category">Community &middot; Alloa, Clackmannanshire</p>
<h1>Keep the Wee Hoose open for Alloa families</h1>
<p class="organiser">Fundraiser by <strong>Lorna Keddie</strong> on behalf of the Wee Hoose Family Drop-in (SCIO)</p>

<section class="progress">
<p class="raised"><strong>&pound;18,460</strong> raised of &pound;40,000 target</p>
<div class="bar"><span></span></div>
<p><strong>312</strong> supporters &middot; <strong>21</strong> days left</p>
<p><a href="/donate/88412">Donate now</a> <a href="/share/88412">Share</a></p>
</section>

<section class="story">
<h2>Our story</h2>
<p>The Wee Hoose is a drop-in for families in Alloa and the Hillfoots villages. There is no appointment and no referral form: you come in, someone puts the kettle on, and we help with whatever has brought you through the door. We are run by 23 volunteers, with two part-time family workers, from a former shop on Mill Street.</p>
<p>Last year the Hoose supported 186 families with 412 children between them. We handed out 2,350 food parcels, helped 97 families to claim benefits they were missing, and sat with 64 parents at meetings with social work, housing or school.</p>
<p>We are not a council service, but we see what the numbers say. Clackmannanshire Council's own figures show that 31 children were on the child protection register at 31 July 2025, a rate of 3.4 per 1,000 children aged 0-15, against 2.2 for Scotland as a whole. The council held 118 inter-agency referral discussions in the year to 31 July 2025, and 231 children were looked after. Around 1 in 4 children in Clackmannanshire (25%) live in poverty.</p>
<p>In December the council cut its grants to community family support by &pound;410,000. Our grant of &pound;26,500 a year ends on 31 March. Without it we can open two days a week instead of five.</p>
<p>&ldquo;When the council&rsquo;s waiting list for family support was 11 weeks, the Hoose saw me the same day,&rdquo; says Kirsty, a mum of three from Sauchie. &ldquo;I don&rsquo;t think my kids would still be with me if it wasn&rsquo;t for this place.&rdquo;</p>
<p>Local councillor Fiona Drummond, who has given to the appeal, called the Hoose &ldquo;the front door that families actually use&rdquo;.</p>
<p>A Clackmannanshire Council spokesperson said: &ldquo;We value the work of community groups like the Wee Hoose, and we have had to make very difficult decisions this year. Families who need support can contact our Children and Families team directly.&rdquo;</p>
<p>Last year the Clackmannanshire and Stirling Child Protection Committee published two learning reviews. Both said that families had found it hard to ask for help early. We think that is exactly what the Hoose is for.</p>
</section>

<section class="where">
<h2>Where your money goes</h2>
<ul>
<li>&pound;25 buys a week of breakfasts for a family</li>
<li>&pound;150 pays for a family worker for a day</li>
<li>&pound;1,200 keeps the heating and lights on for a month</li>
<li>&pound;40,000 keeps us open five days a week until March 2027</li>
</ul>
</section>

<section class="updates">
<h2>Updates (2)</h2>
<article><h3>Update 2 &middot; 3 February 2026</h3>
<p>We've passed &pound;15,000! Thank you. The council has also confirmed that we can stay in the Mill Street shop on a lease of 12 months from April. We now need to cover the rent of &pound;7,800 a year and the family workers' hours.</p></article>
<article><h3>Update 1 &middot; 14 January 2026</h3>
<p>What a first week: 140 of you gave &pound;6,120 between you. The Rotary Club of Alloa has promised to match the next &pound;2,500.</p></article>
</section>

<section class="supporters">
<h2>Words of support</h2>
<ul>
<li>Morag M. donated &pound;50 &middot; 2 days ago &middot; &ldquo;The Hoose got us through 2024. Keep going.&rdquo;</li>
<li>Anonymous donated &pound;20 &middot; 3 days ago</li>
<li>Tullibody Bowling Club donated &pound;300 &middot; 5 days ago &middot; &ldquo;From all 48 of our members.&rdquo;</li>
<li>Jamie R. donated &pound;10 &middot; 1 week ago</li>
</ul>
<p><a href="/campaign/88412/supporters">See all 312 supporters</a></p>
</section>
</article>
</main>
<footer>
<p>The Wee Hoose Family Drop-in is a Scottish Charitable Incorporated Organisation, SC051877. Contact: 01632 960617.</p>
<p>GiveTogether Ltd, registered in Scotland, company no. SC712345. Fees: 0% platform fee; card processing 1.5% + 20p. <a href="/report">Report this fundraiser</a></p>
<p>&copy; 2026 GiveTogether &middot; www.givetogether.example</p>
</footer>
</body>
</html>
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y25 = P('2025-01-01', '2025-12-31', 'Last year')
J25 = P('2024-08-01', '2025-07-31', 'the year to 31 July 2025')
figs = [
    F(18460, 'gbp', 'other', 'amount raised by the campaign', '£18,460 raised'),
    F(40000, 'gbp', 'other', 'campaign target', 'raised of £40,000 target', optional=True),
    F(312, 'count', 'other', 'campaign supporters', '312 supporters'),
    F(23, 'count', 'other', 'volunteers running the drop-in', 'We are run by 23 volunteers'),
    F(2, 'count', 'other', 'part-time family workers', 'two part-time family workers', optional=True),
    F(186, 'count', 'other', 'families supported by the drop-in', 'the Hoose supported 186 families', period=Y25),
    F(412, 'count', 'other', 'children in the families supported', 'with 412 children between them', period=Y25),
    F(2350, 'count', 'other', 'food parcels handed out', 'We handed out 2,350 food parcels', period=Y25),
    F(97, 'count', 'other', 'families helped to claim benefits', 'helped 97 families to claim benefits', period=Y25),
    F(64, 'count', 'other', 'parents accompanied to meetings', 'sat with 64 parents at meetings', period=Y25),
    F(31, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2025', '31 children were on the child protection register at 31 July 2025'),
    F(3.4, 'rate_per_1000', 'child_protection_plans', 'child protection register rate per 1,000 aged 0-15', 'a rate of 3.4 per 1,000 children aged 0-15'),
    F(2.2, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland', 'against 2.2 for Scotland as a whole'),
    F(118, 'count', 'section_47_enquiries', 'inter-agency referral discussions', 'The council held 118 inter-agency referral discussions', period=J25),
    F(231, 'count', 'looked_after_children', 'children looked after by the council', '231 children were looked after'),
    F(25, 'percent', 'other', 'children living in poverty', 'Around 1 in 4 children in Clackmannanshire (25%)'),
    F(410000, 'gbp', 'other', 'cut to council grants for community family support', 'cut its grants to community family support by £410,000'),
    F(26500, 'gbp', 'other', "the drop-in's council grant a year", 'Our grant of £26,500 a year'),
    F(2, 'count', 'other', 'days a week the drop-in could open without the grant', 'we can open two days a week instead of five', optional=True),
    F(5, 'count', 'other', 'days a week the drop-in opens now', 'two days a week instead of five', optional=True),
    F(11, 'weeks', 'other', "council's waiting list for family support (quote)", 'waiting list for family support was 11 weeks', optional=True),
    F(2, 'count', 'lcsprs_published', 'learning reviews published by the Child Protection Committee', 'published two learning reviews', period=Y25),
    F(25, 'gbp', 'other', 'cost of a week of breakfasts for a family', '£25 buys a week of breakfasts'),
    F(150, 'gbp', 'other', 'cost of a family worker for a day', '£150 pays for a family worker for a day'),
    F(1200, 'gbp', 'other', 'cost of heating and lights for a month', '£1,200 keeps the heating and lights on'),
    F(15000, 'gbp', 'other', 'amount passed by 3 February 2026', "We've passed £15,000!", optional=True),
    F(12, 'months', 'other', 'lease on the Mill Street shop', 'on a lease of 12 months from April'),
    F(7800, 'gbp', 'other', 'rent a year', 'the rent of £7,800 a year'),
    F(140, 'count', 'other', 'donors in the first week', '140 of you gave £6,120 between you'),
    F(6120, 'gbp', 'other', 'amount given in the first week', '140 of you gave £6,120 between you'),
    F(2500, 'gbp', 'other', 'match funding promised by the Rotary Club', 'match the next £2,500'),
]
quotes = [
    Q("When the council\u2019s waiting list for family support was 11 weeks, the Hoose saw me the same day,", 'Kirsty', ['a mum of three from Sauchie', 'a parent', 'Kirsty, a mum of three'], 'says',
      role='a mother of three from Sauchie'),
    Q("I don\u2019t think my kids would still be with me if it wasn\u2019t for this place.", 'Kirsty', ['a mum of three from Sauchie', 'a parent', 'Kirsty, a mum of three'], None),
    Q('the front door that families actually use', 'Fiona Drummond', ['Drummond', 'Councillor Drummond', 'Cllr Drummond', 'Local councillor Fiona Drummond'], 'called',
      role='Local councillor'),
    Q('We value the work of community groups like the Wee Hoose, and we have had to make very difficult decisions this year. Families who need support can contact our Children and Families team directly.',
      'a Clackmannanshire Council spokesperson', ['Clackmannanshire Council spokesperson', 'council spokesperson', 'spokesperson', 'Clackmannanshire Council'], 'said'),
]
gold(DOC, 'other', 'Keep the Wee Hoose open for Alloa families', 'Clackmannanshire', None, P(None, None), figs,
     ['21 days left', '31 July 2025', 'aged 0-15', '31 March', 'March 2027', '3 February 2026', '14 January 2026', 'Updates (2)',
      'Update 2', 'SC051877', '01632 960617', 'SC712345', '1.5% + 20p', '0% platform fee', '2 days ago', '© 2026'],
     quotes,
     [{'name': 'Lorna Keddie', 'role': 'Organiser, on behalf of the Wee Hoose Family Drop-in (SCIO)'},
      {'name': 'Fiona Drummond', 'role': 'Local councillor'}],
     ['We use cookies to make GiveTogether work and to understand how it is used.', 'Cookie settings', 'Words of support',
      'Morag M. donated £50', 'The Hoose got us through 2024. Keep going.', 'Tullibody Bowling Club donated £300', 'From all 48 of our members.',
      'Anonymous donated £20', 'Jamie R. donated £10', 'See all 312 supporters', 'Report this fundraiser'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). A crowdfunding campaign page (invented platform) for a volunteer '
     'family drop-in in Clackmannanshire: community writing, kind other (a charity SCIO\'s appeal, not a publication); area Clackmannanshire; '
     'partnership null; no record period (a live appeal; "Last year" figures carry calendar 2025, the IRDs the Scottish year to 31 July '
     '2025; the register count, rate and looked-after count are 31 July 2025 snapshots, left without their own period as the record has '
     'none). The organiser\'s first-person story is not a quote. Scottish conventions: the register and its rate per 1,000 aged 0-15 '
     '(with the Scotland comparator) are child_protection_plans; IRDs are section_47_enquiries; learning reviews published by the Child '
     'Protection Committee are lcsprs_published. "Around 1 in 4 ... (25%)": the exact 25 is required. The progress widget\'s amount raised '
     'and supporters are figures (the target optional as a target; "21 days left" a countdown, not a figure); "Where your money goes" costs '
     'are figures; the update\'s passed-£15,000 milestone optional. The donor feed ("Words of support") is boilerplate like reader '
     'comments: its amounts and its quoted messages are neither figures nor quotes; the script config is not text. Quotes: a parent '
     '(cue says, continued with no cue), a councillor\'s fragment (cue called), a council spokesperson (said:).')
