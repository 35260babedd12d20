"""Writer k, k04: council youth service 'our year' page (Sheffield), HTML. Replaces an earlier improvement-board page that
duplicated the other writer's genre."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'k04_sheffield_youth_service_our_year_page.html'
HTML = '''<!-- SYNTHETIC document invented for evaluation (writer k, styles18): people, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Youth Service: our year in youth work | Sheffield City Council</title>
<style>.tiles{display:grid;grid-template-columns:repeat(4,1fr)}.tile{padding:10px;border-top:4px solid #e2007a}.tile span{font-size:2em}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"service","contentId":"51877"});</script>
</head>
<body>
<div class="cookie-banner"><p>We use 3 essential cookies to make this site work. We'd also like to set analytics cookies. <button>Accept all cookies</button> <button>Reject analytics cookies</button></p></div>
<header><a href="/">Sheffield City Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/schools">Schools and learning</a></li><li><a href="/young-people">Young people</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/young-people">Young people</a> &gt; <a href="/young-people/youth-service">Youth Service</a> &gt; Our year in youth work</div>
<main>
<h1>Our year in youth work</h1>
<p class="meta">Last updated: 12 May 2026</p>
<p>Sheffield Youth Service runs youth clubs, street-based (detached) youth work and targeted support for young people aged 11 to 19, or up to 25 for young people with special educational needs and disabilities. Here is what we did in the last financial year, and what young people told us.</p>
<div class="tiles">
<div class="tile"><span>6,420</span><br>young people came to a session</div>
<div class="tile"><span>38</span><br>weekly youth club sessions</div>
<div class="tile"><span>146</span><br>safeguarding concerns raised by youth workers</div>
<div class="tile"><span>87%</span><br>feel safe at their youth club</div>
</div>
<h2>Clubs and street work</h2>
<p>We ran 38 youth club sessions every week in 24 community buildings across the city. 6,420 different young people came to at least one session, up from 5,890 the year before, and we recorded 141,300 attendances in total.</p>
<p>Our detached teams worked on the streets, in parks and at transport hubs on 4 evenings a week. They met 2,318 young people who do not use youth clubs, more than half of them in the city centre and in the north-east of the city.</p>
<h2>Keeping young people safe</h2>
<p>Youth workers are often the adult a young person tells first. This year our staff raised 146 safeguarding concerns, and 58 of these became referrals to children's social care. 23 young people were referred to the city's exploitation hub, and 7 National Referral Mechanism referrals were made for young people we believed were being criminally exploited.</p>
<p>Of the young people we worked with one to one, 41 were on a child protection plan and 27 were in the care of the council. 64% of young people on our targeted programme were still in touch with a youth worker 6 months after it ended.</p>
<p>A youth worker in the north-east team told us: &ldquo;You can't do this job from an office. The lad who talks to you at the bus station at ten at night will not come to a building at four.&rdquo;</p>
<h2>Learning and achievement</h2>
<table>
<caption>Awards gained through youth work</caption>
<thead><tr><th>Award</th><th>2024/25</th><th>2025/26</th></tr></thead>
<tbody>
<tr><td>AQA Unit Awards</td><td>690</td><td>812</td></tr>
<tr><td>Duke of Edinburgh's Award (all levels)</td><td>178</td><td>214</td></tr>
<tr><td>Youth Achievement Awards</td><td>53</td><td>61</td></tr>
</tbody>
</table>
<h2>What young people said</h2>
<p>1,536 young people answered our annual survey. 87% said they feel safe at their youth club and 79% said there is an adult there they can trust. About 1 in 3 said a youth worker was the only adult outside their family they would talk to about a worry.</p>
<blockquote><p>&ldquo;Youth club is where I found out I'm actually good at stuff. Nobody at school had told me that.&rdquo;</p><footer>&mdash; Jay, 17, Firth Park youth club</footer></blockquote>
<p>Naomi Fairweather, Head of Youth Service, said: &ldquo;Every one of those 146 concerns was a young person who trusted us enough to say something. That trust is what we protect.&rdquo;</p>
<h2>People and money</h2>
<p>The service has 64 youth workers and 110 volunteers. Our budget for 2026/27 is &pound;3.9m. The Youth Investment Fund has given &pound;1.1m to rebuild two youth centres, which will open in spring 2027.</p>
<p>Councillor Priya Kamara, Chair of the Education, Children and Families Policy Committee, said the new centres would be &ldquo;built with young people, not for them&rdquo;.</p>
<ul><li><a href="/docs/youth-service-plan.pdf">Youth Service plan 2026 to 2028 (PDF, 860KB)</a></li><li><a href="/young-people/youth-clubs">Find a youth club near you</a></li></ul>
</main>
<aside><h2>Was this page helpful?</h2><p>31 people found this page useful</p><button>Yes</button> <button>No</button></aside>
<footer><p>Sheffield City Council, Town Hall, Sheffield. Youth Service: 01632 960350. Children's social care (out of hours): 01632 960351.</p><p>&copy; Sheffield City Council 2026</p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y25 = P('2024-04-01', '2025-03-31', '2024/25')
AQ, DE, YA = 'AQA Unit Awards 690 812', "Duke of Edinburgh's Award (all levels) 178 214", 'Youth Achievement Awards 53 61'
figs = [
    F(11, 'years', 'other', 'youngest age served', 'aged 11 to 19', optional=True),
    F(19, 'years', 'other', 'oldest age served', 'aged 11 to 19', optional=True),
    F(25, 'years', 'other', 'upper age for young people with SEND', 'up to 25 for young people', optional=True),
    F(38, 'count', 'other', 'weekly youth club sessions', 'We ran 38 youth club sessions every week'),
    F(24, 'count', 'other', 'community buildings', 'in 24 community buildings'),
    F(6420, 'count', 'other', 'young people who came to at least one session', '6,420 different young people came to at least one session'),
    F(5890, 'count', 'other', 'young people who came to at least one session the year before', 'up from 5,890 the year before', period=Y25),
    F(141300, 'count', 'other', 'youth club attendances', 'we recorded 141,300 attendances'),
    F(4, 'count', 'other', 'evenings a week of detached youth work', 'on 4 evenings a week'),
    F(2318, 'count', 'other', 'young people met by detached teams', 'They met 2,318 young people'),
    F(50, 'percent', 'other', 'young people met by detached teams in the city centre and north-east', 'more than half of them', qualifier='more than', optional=True),
    F(146, 'count', 'other', 'safeguarding concerns raised by youth workers', 'our staff raised 146 safeguarding concerns'),
    F(58, 'count', 'social_care_referrals', "concerns that became referrals to children's social care", "58 of these became referrals to children's social care"),
    F(23, 'count', 'other', 'young people referred to the exploitation hub', '23 young people were referred'),
    F(7, 'count', 'other', 'National Referral Mechanism referrals', '7 National Referral Mechanism referrals'),
    F(41, 'count', 'child_protection_plans', 'young people worked with one to one who were on a child protection plan', '41 were on a child protection plan'),
    F(27, 'count', 'looked_after_children', 'young people worked with one to one who were in care', '27 were in the care of the council'),
    F(64, 'percent', 'other', 'targeted programme young people still in touch after 6 months', '64% of young people on our targeted programme'),
    F(6, 'months', 'other', 'follow-up point after the targeted programme', '6 months after it ended', optional=True),
    F(690, 'count', 'other', 'AQA Unit Awards', AQ, period=Y25),
    F(812, 'count', 'other', 'AQA Unit Awards', AQ),
    F(178, 'count', 'other', "Duke of Edinburgh's Awards", DE, period=Y25),
    F(214, 'count', 'other', "Duke of Edinburgh's Awards", DE),
    F(53, 'count', 'other', 'Youth Achievement Awards', YA, period=Y25),
    F(61, 'count', 'other', 'Youth Achievement Awards', YA),
    F(1536, 'count', 'other', 'young people who answered the survey', '1,536 young people answered'),
    F(87, 'percent', 'other', 'young people who feel safe at their youth club', '87% said they feel safe'),
    F(79, 'percent', 'other', 'young people with an adult they can trust at the club', '79% said there is an adult'),
    F(33.33, 'percent', 'other', 'young people for whom a youth worker is the only adult outside family', 'About 1 in 3 said a youth worker', qualifier='about'),
    F(17, 'years', 'other', 'age of a young person quoted', 'Jay, 17', optional=True),
    F(64, 'count', 'other', 'youth workers', 'The service has 64 youth workers'),
    F(110, 'count', 'other', 'volunteers', 'and 110 volunteers'),
    F(3900000, 'gbp', 'other', 'Youth Service budget', 'Our budget for 2026/27 is £3.9m', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(1100000, 'gbp', 'other', 'Youth Investment Fund grant', 'has given £1.1m to rebuild'),
    F(2, 'count', 'other', 'youth centres to be rebuilt', 'to rebuild two youth centres'),
]
gold(DOC, 'council_report', 'Our year in youth work', 'Sheffield', None,
     P('2025-04-01', '2026-03-31', 'the last financial year (last updated 12 May 2026)'), figs,
     ['12 May 2026', '3 essential cookies', '31 people found this page useful', '860KB', '2026 to 2028', 'spring 2027',
      '01632 960350', '01632 960351', 'ten at night', 'at four'],
     [Q("You can't do this job from an office. The lad who talks to you at the bus station at ten at night will not come to a building at four.",
        'a youth worker', ['A youth worker', 'youth worker', 'a youth worker in the north-east team'], 'told'),
      Q("Youth club is where I found out I'm actually good at stuff. Nobody at school had told me that.", 'Jay',
        ['Jay, 17', 'a 17-year-old'], None),
      Q('Every one of those 146 concerns was a young person who trusted us enough to say something. That trust is what we protect.',
        'Naomi Fairweather', ['Fairweather', 'Ms Fairweather', 'Naomi Fairweather'], 'said', role='Head of Youth Service'),
      Q('built with young people, not for them', 'Councillor Priya Kamara', ['Kamara', 'Cllr Kamara', 'Priya Kamara'], 'said',
        role='Chair of the Education, Children and Families Policy Committee')],
     [{'name': 'Naomi Fairweather', 'role': 'Head of Youth Service'},
      {'name': 'Priya Kamara', 'role': 'Chair of the Education, Children and Families Policy Committee'}],
     ['Was this page helpful?', '31 people found this page useful', 'We use 3 essential cookies to make this site work.',
      'Bins and recycling', 'Accept all cookies', 'Find a youth club near you'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A council youth service\'s "our year" web page '
     '(council_report, like a council programme results page). Period only implied: "the last financial year" on a page last '
     'updated 12 May 2026 (2025/26; the award table\'s columns confirm it). Tiles repeat prose figures (mentions). The 146 '
     'concerns are the service\'s own (other); the 58 that became referrals are social_care_referrals; exploitation hub and '
     'NRM referrals other. Young people worked with one to one who were on a CP plan or in care take those metrics (subset '
     'defined by the metric\'s own property). Year-before values and the 2024/25 table column carry 2024/25. Age range 11 to '
     '19 two optional figures and the SEND upper age optional; Jay\'s age optional. "more than half" optional (hedged, no '
     'exact value); "About 1 in 3" = 33.33 required with its hedge. The 146 inside the head of service\'s quote is the same '
     'fact (mention). A dash-footer blockquote (cue null), an anonymous youth worker ("told us"), the head of service, a '
     'councillor\'s fragment inside reported speech. Times inside the quote, file size, cookie and feedback counters not figures.')
