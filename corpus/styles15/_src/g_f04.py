import json, os
from pdfkit_f import gold, SYN
N = 'f04_perth_kinross_young_carers_annual_review'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
H = '''<!DOCTYPE html>
<!-- SYNTHETIC test document: invented for evaluation (styles15, writer f). Not a real publication; all people, figures and quotes are invented. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our Year 2025-26 | Strathtay Young Carers</title>
<style>
body{font-family:Arial,sans-serif;max-width:880px;margin:auto;color:#222}
.tiles{display:flex;gap:12px}.tile{background:#fdeccd;padding:10px;border-radius:8px;flex:1}
.tile b{display:block;font-size:28px;color:#b4530a}
blockquote{border-left:4px solid #b4530a;margin-left:0;padding-left:14px;font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}
</style>
</head>
<body>
<header>
<nav><a href="/">Home</a> | <a href="/get-help">Get help</a> | <a href="/refer">Make a referral</a> | <a href="/donate">Donate</a></nav>
<p class="crumbs">Home &gt; About us &gt; Annual reviews &gt; 2025-26</p>
</header>
<main>
<h1>Our Year 2025&ndash;26: Annual Review</h1>
<p class="lede">Strathtay Young Carers is the young carers service for Perth and Kinross, funded by Perth and Kinross Council
under the Carers (Scotland) Act 2016. This review covers 1 April 2025 to 31 March 2026.</p>

<section class="tiles" aria-label="Our year in numbers">
<div class="tile"><b>486</b> young carers registered with us</div>
<div class="tile"><b>172</b> new referrals</div>
<div class="tile"><b>139</b> Young Carer Statements completed</div>
<div class="tile"><b>214</b> short breaks</div>
</section>

<h2>A word from our manager</h2>
<p>When I started here eleven years ago we knew about fewer than a hundred young carers in the whole of Perth and Kinross.
This year we ended with 486 on our books, up from 431 last March. That is not because more children are caring. It is
because schools, GPs and social workers are getting better at spotting them.</p>
<p>&ldquo;Every one of those numbers is a child doing a job most adults would find hard,&rdquo; says <strong>Morag Fleming</strong>,
service manager. &ldquo;Our job is to give them back a bit of their childhood.&rdquo;</p>

<h2>Who referred young carers to us</h2>
<table>
<caption>New referrals by source, 2025-26</caption>
<thead><tr><th>Referrer</th><th>Number</th><th>Share</th></tr></thead>
<tbody>
<tr><td>Schools</td><td>71</td><td>41%</td></tr>
<tr><td>Young person or family</td><td>38</td><td>22%</td></tr>
<tr><td>Social work</td><td>24</td><td>14%</td></tr>
<tr><td>Health (GP, CAMHS, school nursing)</td><td>21</td><td>12%</td></tr>
<tr><td>Other</td><td>18</td><td>10%</td></tr>
<tr><th>Total</th><th>172</th><th>100%</th></tr>
</tbody>
</table>
<p><small>Shares do not add to 100% because of rounding.</small></p>

<h2>Who young carers look after</h2>
<p>Most of the young people we support (62%) care for a parent with a mental health condition, often alongside other
needs. Just over a quarter (27%) care for a brother or sister with a disability, and 48 young carers look after
more than one person. We support young carers aged 8 to 18; the youngest we met this year was just seven, and was
referred on to the family support team.</p>

<h2>Young Carer Statements</h2>
<p>Every young carer is entitled to a Young Carer Statement. We completed 139 statements in the year, and 79% were
finished within 15 working days of the first visit (last year: 71%). Statements are reviewed at least every
12 months.</p>

<h2>Breaks, groups and money</h2>
<ul>
<li>214 short breaks, including 3 residential weekends at Loch Tay</li>
<li>Weekly groups in Perth, Blairgowrie, Crieff and Kinross, with an average of 63 young people attending each week</li>
<li>We helped 58 young people apply for the Young Carer Grant, a payment of &pound;383.75 a year from Social Security Scotland</li>
</ul>

<h2>Keeping young people safe</h2>
<p>Staff raised a child protection concern with Perth and Kinross Council social work on 14 occasions during the year.
Three of these led to an inter-agency referral discussion (IRD). Our safeguarding lead sits on the Perth and Kinross
Child Protection Committee&rsquo;s learning and development subgroup.</p>

<h2>In their words</h2>
<blockquote>
<p>&ldquo;People think being a young carer means you&rsquo;re sad all the time. I&rsquo;m not. I&rsquo;m just tired, and
the group is the one place nobody asks me to do anything.&rdquo;</p>
<footer>&mdash; <cite>Ellie, 15, Crieff group</cite></footer>
</blockquote>
<blockquote>
<p>&ldquo;Since the statement my guidance teacher gets it. I don&rsquo;t get shouted at for being late any more.&rdquo;</p>
<footer>&mdash; <cite>Young carer, Kinross</cite></footer>
</blockquote>

<h2>Our money</h2>
<p>Total income was &pound;412,600. Perth and Kinross Council provided &pound;312,000 (76%); the rest came from
trusts, the National Lottery Community Fund and local fundraising, including &pound;8,450 raised by the Blairgowrie
Rotary Club sponsored walk. We employ 6 young carer support workers and 1 part-time statements officer.</p>
</main>
<footer>
<p>Strathtay Young Carers is a Scottish Charitable Incorporated Organisation, SC000000 (invented). Tel 01632 960533 |
hello@strathtayyoungcarers.example</p>
<p>&copy; 2026 Strathtay Young Carers. Cookie settings | Privacy | Accessibility</p>
</footer>
</body>
</html>
'''
open(os.path.join(OUT, N + '.html'), 'w').write(H)
PY = {'start': '2024-04-01', 'end': '2025-03-31'}
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(486, 'count', 'other', 'young carers registered', '486 young carers registered with us'),
 F(172, 'count', 'other', 'new referrals of young carers', '172 new referrals'),
 F(139, 'count', 'other', 'Young Carer Statements completed', 'We completed 139 statements'),
 F(214, 'count', 'other', 'short breaks', '214 short breaks, including'),
 F(431, 'count', 'other', 'young carers registered', 'up from 431 last March', period=PY),
 F(71, 'count', 'other', 'referrals from schools', 'Schools 71'),
 F(41, 'percent', 'other', 'share of referrals from schools', 'Schools 71 41%', optional=True),
 F(38, 'count', 'other', 'referrals from young person or family', 'Young person or family 38'),
 F(22, 'percent', 'other', 'share of referrals from young person or family', 'Young person or family 38 22%', optional=True),
 F(24, 'count', 'other', 'referrals from social work', 'Social work 24'),
 F(14, 'percent', 'other', 'share of referrals from social work', 'Social work 24 14%', optional=True),
 F(21, 'count', 'other', 'referrals from health', 'CAMHS, school nursing) 21'),
 F(12, 'percent', 'other', 'share of referrals from health', 'school nursing) 21 12%', optional=True),
 F(18, 'count', 'other', 'referrals from other sources', 'Other 18'),
 F(10, 'percent', 'other', 'share of referrals from other sources', 'Other 18 10%', optional=True),
 F(62, 'percent', 'other', 'young carers caring for a parent with a mental health condition', '(62%) care for a parent'),
 F(27, 'percent', 'other', 'young carers caring for a disabled sibling', 'Just over a quarter (27%)', qualifier='more than'),
 F(48, 'count', 'other', 'young carers looking after more than one person', '48 young carers look after'),
 F(8, 'years', 'other', 'service age range, lower', 'aged 8 to 18', optional=True),
 F(18, 'years', 'other', 'service age range, upper', 'aged 8 to 18', optional=True),
 F(7, 'years', 'other', 'age of youngest young carer met', 'the youngest we met this year was just seven', optional=True),
 F(79, 'percent', 'other', 'Young Carer Statements finished within 15 working days', '79% were finished within 15 working days'),
 F(71, 'percent', 'other', 'Young Carer Statements finished within 15 working days', '(last year: 71%)', period=PY),
 F(12, 'months', 'other', 'statement review interval', 'at least every 12 months', optional=True),
 F(3, 'count', 'other', 'residential weekends', '3 residential weekends'),
 F(63, 'count', 'other', 'average weekly group attendance', 'average of 63 young people'),
 F(58, 'count', 'other', 'young people helped to apply for the Young Carer Grant', 'helped 58 young people apply'),
 F(383.75, 'gbp', 'other', 'Young Carer Grant annual payment', '£383.75 a year'),
 F(14, 'count', 'social_care_referrals', 'child protection concerns raised with social work', 'on 14 occasions'),
 F(3, 'count', 'section_47_enquiries', 'inter-agency referral discussions', 'Three of these led to an inter-agency referral discussion'),
 F(412600, 'gbp', 'other', 'total income', 'Total income was £412,600'),
 F(312000, 'gbp', 'other', 'Perth and Kinross Council funding', 'Perth and Kinross Council provided £312,000'),
 F(76, 'percent', 'other', 'share of income from the council', '£312,000 (76%)', optional=True),
 F(8450, 'gbp', 'other', 'sponsored walk fundraising', '£8,450 raised'),
 F(6, 'count', 'other', 'young carer support workers', '6 young carer support workers'),
 F(1, 'count', 'other', 'part-time statements officer', '1 part-time statements officer', optional=True),
 F(11, 'years', 'other', "manager's time at the service", 'eleven years ago', optional=True),
 F(100, 'count', 'other', 'young carers known when the manager started', 'fewer than a hundred young carers', qualifier='fewer than', optional=True),
]
gold(N + '.gold.json', {
 'doc': N + '.html', 'kind': 'other', 'title': 'Our Year 2025-26: Annual Review', 'area': 'Perth and Kinross',
 'partnership': 'Perth and Kinross Child Protection Committee', 'period': {'start': '2025-04-01', 'end': '2026-03-31'},
 'figures': figs,
 'not_figures': ['Carers (Scotland) Act 2016', '01632 960533', 'SC000000', '100%', '15 working days', '2026', '2025-26'],
 'quotes': [
  {'text': 'Every one of those numbers is a child doing a job most adults would find hard,', 'speaker': 'Morag Fleming',
   'aliases': ['Fleming', 'Ms Fleming'], 'role': 'service manager', 'cue': 'says'},
  {'text': 'Our job is to give them back a bit of their childhood.', 'speaker': 'Morag Fleming', 'aliases': ['Fleming', 'Ms Fleming'],
   'role': 'service manager', 'cue': None},
  {'text': "People think being a young carer means you’re sad all the time. I’m not. I’m just tired, and the group is the one place nobody asks me to do anything.",
   'speaker': 'Ellie', 'aliases': ['Ellie, 15'], 'cue': None},
  {'text': "Since the statement my guidance teacher gets it. I don’t get shouted at for being late any more.", 'speaker': 'Young carer, Kinross',
   'aliases': ['young carer', 'a young carer'], 'cue': None}],
 'people': [{'name': 'Morag Fleming', 'role': 'service manager'}, {'name': 'Ellie', 'role': 'young carer, 15, Crieff group'}],
 'boilerplate': ['Home | Get help | Make a referral | Donate', 'Home > About us > Annual reviews > 2025-26',
                 'Cookie settings | Privacy | Accessibility'],
 'notes': ['Voluntary-sector annual review (kind other); Scottish area; partnership is the Child Protection Committee named once near the end.',
           'Stat tiles repeat 486/172/139/214 stated again in prose: one figure each.',
           'Referral-source table: count required, share optional; Total 172 is the same fact; "100%" total and rounding note are not figures.',
           'Scotland: child protection concerns = social_care_referrals (14); IRDs = section_47_enquiries (3). The 24 referrals FROM social work TO the service are other, not social_care_referrals.',
           '"Just over a quarter (27%)": the percent is the figure with qualifier more than.',
           'Eligibility range 8 to 18 two optional figures; youngest carer age seven optional (identifies a child); Ellie, 15 age in a cite is not annotated.',
           'Manager\'s first-person foreword paragraph is not a quote; the quotes follow with "says" between two quoted sentences.',
           'Blockquote quotes have their speakers in <cite> after the quote, no verb.',
           '£383.75 is a per-person grant amount (pence). Charity number SC000000 is an id.']})
