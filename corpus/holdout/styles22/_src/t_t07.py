"""Writer t, t07: a national grant-making foundation's programme grants review ('what we funded'), UK-wide (area null), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 't07_national_foundation_safer_childhoods_grants_review.html'

HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (styles22, writer t): the foundation, its grantees, people, quotes and figures are made up. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>What we funded: Safer Childhoods programme review | The Kestrel Foundation</title>
<meta name="description" content="How the Kestrel Foundation's Safer Childhoods programme spent its grants budget, and what we learned.">
<script type="application/ld+json">{"@type":"Article","headline":"What we funded","datePublished":"2025-11-18","grants":142}</script>
</head>
<body>
<div class="cookie"><p>This site uses cookies. Some are essential; others help us understand how you use the site. <a href="/cookies">Cookie settings</a></p><button>OK</button></div>
<header><p class="brand">The Kestrel Foundation</p>
<nav><a href="/apply">Apply for funding</a> <a href="/funded">What we fund</a> <a href="/insight">Learning and insight</a> <a href="/about">About us</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/insight">Learning and insight</a> / Safer Childhoods programme review</p>
<h1>What we funded: Safer Childhoods programme review</h1>
<p class="meta">Published 18 November 2025 &middot; Grants team</p>

<p class="intro">Safer Childhoods is our UK-wide programme for charities and community groups that help keep children and young people safe from abuse, neglect and exploitation. This review covers the grants our trustees awarded in our financial year, 1 July 2024 to 30 June 2025, and what the projects we fund told us about their work.</p>

<h2>The year at a glance</h2>
<ul class="glance">
<li><strong>142</strong> grants awarded</li>
<li><strong>&pound;11.8 million</strong> committed</li>
<li><strong>131</strong> organisations funded</li>
<li><strong>18,400</strong> children and young people reached by funded projects</li>
</ul>

<h2>Who we funded</h2>
<p>Our trustees awarded 142 grants worth &pound;11.8 million to 131 organisations, up from &pound;9.4 million in 2023&ndash;24. The average grant was &pound;83,100 and the median &pound;60,000. Grants run for up to three years.</p>
<p>We received 1,164 applications and were able to fund 12% of them. We aim to give every applicant a decision within 16 weeks, and did so in 89% of cases.</p>
<p>46% of the money we awarded was unrestricted core funding, which lets an organisation spend it where it is most needed. Our target is 50%.</p>

<table>
<caption>Table 1: Safer Childhoods grants by nation, 2024&ndash;25</caption>
<thead><tr><th>Nation</th><th>Grants</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>England</td><td>98</td><td>&pound;8.2m</td></tr>
<tr><td>Scotland</td><td>21</td><td>&pound;1.7m</td></tr>
<tr><td>Wales</td><td>14</td><td>&pound;1.1m</td></tr>
<tr><td>Northern Ireland</td><td>9</td><td>&pound;0.8m</td></tr>
<tr><td><strong>Total</strong></td><td><strong>142</strong></td><td><strong>&pound;11.8m</strong></td></tr>
</tbody>
</table>

<h2>What the grants were for</h2>
<p>Projects tackling child sexual abuse and exploitation received 34 grants worth &pound;3.1 million. Work with children living with domestic abuse received 29 grants (&pound;2.2 million), neglect 18 (&pound;1.3 million) and online harm 16 (&pound;1.4 million). The remaining 45 grants, worth &pound;3.8 million, supported advocacy, therapeutic and peer support work.</p>

<h2>What projects told us</h2>
<p>Funded projects reported working with 18,400 children and young people and 6,950 parents and carers during the year. 78% met or exceeded the targets they set themselves when they applied.</p>
<p>An independent evaluation of 40 of our projects, carried out by the Centre for Family Research at a UK university, found that 71% of the children who took part said they felt safer at the end of their support than at the start.</p>
<p>Our grant terms require funded organisations to tell us about serious safeguarding incidents. Grantees reported 27 such incidents to us during the year; in every case the organisation had already referred the child to the local authority.</p>

<blockquote><p>&ldquo;The group was the first place anyone asked me what I wanted to happen.&rdquo;</p><p class="cite">&mdash; Young person, 16, funded project in Belfast</p></blockquote>

<p>Si&acirc;n Morgan, who runs the Safe Steps project in Swansea, said: "Knowing the money is there for three years means we can keep the same worker with a family for as long as it takes, instead of starting again every spring."</p>

<h2>The wider picture</h2>
<p>Demand on the statutory system keeps rising. In England, 50,010 children were on a child protection plan at 31 March 2025. In Wales, 2,310 children were on the child protection register on the same date. Most of the children our grantees work with are not on a plan or the register at all.</p>

<h2>What happens next</h2>
<p>Jonathan Eke, chief executive of the Kestrel Foundation, said: "Small organisations are carrying a huge share of the work of keeping children safe, and they are doing it on short, uncertain money.</p>
<p>"We have asked our trustees to move more of our funding to unrestricted, multi-year grants, because that is what the projects tell us makes the biggest difference."</p>
<p>The next round of Safer Childhoods opens on 2 February 2026, with up to &pound;12.5 million available. Organisations with an annual income under &pound;1 million can apply.</p>

<aside class="signup"><h3>Stay in touch</h3><p>Sign up to our funding news e-mail. We send it once a month.</p><button>Sign up</button></aside>
</main>
<footer><p>The Kestrel Foundation is a registered charity in England and Wales (no. 1098765) and a company limited by guarantee (no. 04567890). Grants enquiries: 020 7946 0577. &copy; The Kestrel Foundation 2025.</p><p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

per = P('2024-07-01', '2025-06-30', '1 July 2024 to 30 June 2025')
prev = P('2023-07-01', '2024-06-30', '2023\u201324')
m25 = P('2025-03-31', '2025-03-31', 'at 31 March 2025')
figs = [
    F(142, 'count', 'other', 'grants awarded', 'Our trustees awarded 142 grants'),
    F(11800000, 'gbp', 'other', 'value of grants awarded', 'worth \u00a311.8 million to 131 organisations'),
    F(131, 'count', 'other', 'organisations funded', 'to 131 organisations'),
    F(9400000, 'gbp', 'other', 'value of grants awarded in 2023-24', 'up from \u00a39.4 million in 2023\u201324', period=prev),
    F(83100, 'gbp', 'other', 'average grant', 'The average grant was \u00a383,100'),
    F(60000, 'gbp', 'other', 'median grant', 'the median \u00a360,000'),
    F(3, 'years', 'other', 'maximum length of a grant', 'Grants run for up to three years', qualifier='up to'),
    F(1164, 'count', 'other', 'applications received', 'We received 1,164 applications'),
    F(12, 'percent', 'other', 'share of applications funded', 'were able to fund 12% of them'),
    F(16, 'weeks', 'other', 'decision timescale for applicants', 'a decision within 16 weeks'),
    F(89, 'percent', 'other', 'applicants given a decision within 16 weeks', 'and did so in 89% of cases'),
    F(46, 'percent', 'other', 'share of money awarded as unrestricted core funding', '46% of the money we awarded was unrestricted'),
    F(50, 'percent', 'other', 'target share of unrestricted core funding', 'Our target is 50%', optional=True),
    F(98, 'count', 'other', 'grants in England', 'England 98'),
    F(8200000, 'gbp', 'other', 'grants amount in England', 'England 98 \u00a38.2m'),
    F(21, 'count', 'other', 'grants in Scotland', 'Scotland 21'),
    F(1700000, 'gbp', 'other', 'grants amount in Scotland', 'Scotland 21 \u00a31.7m'),
    F(14, 'count', 'other', 'grants in Wales', 'Wales 14'),
    F(1100000, 'gbp', 'other', 'grants amount in Wales', 'Wales 14 \u00a31.1m'),
    F(9, 'count', 'other', 'grants in Northern Ireland', 'Northern Ireland 9'),
    F(800000, 'gbp', 'other', 'grants amount in Northern Ireland', 'Northern Ireland 9 \u00a30.8m'),
    F(34, 'count', 'other', 'grants for child sexual abuse and exploitation projects', 'received 34 grants worth \u00a33.1 million'),
    F(3100000, 'gbp', 'other', 'value of child sexual abuse and exploitation grants', '34 grants worth \u00a33.1 million'),
    F(29, 'count', 'other', 'grants for work with children living with domestic abuse', 'received 29 grants (\u00a32.2 million)'),
    F(2200000, 'gbp', 'other', 'value of domestic abuse grants', '29 grants (\u00a32.2 million)'),
    F(18, 'count', 'other', 'grants for neglect projects', 'neglect 18 (\u00a31.3 million)'),
    F(1300000, 'gbp', 'other', 'value of neglect grants', 'neglect 18 (\u00a31.3 million)'),
    F(16, 'count', 'other', 'grants for online harm projects', 'online harm 16 (\u00a31.4 million)'),
    F(1400000, 'gbp', 'other', 'value of online harm grants', 'online harm 16 (\u00a31.4 million)'),
    F(45, 'count', 'other', 'remaining grants (advocacy, therapeutic and peer support)', 'The remaining 45 grants'),
    F(3800000, 'gbp', 'other', 'value of the remaining grants', 'worth \u00a33.8 million, supported advocacy'),
    F(18400, 'count', 'other', 'children and young people reached by funded projects', 'working with 18,400 children and young people'),
    F(6950, 'count', 'other', 'parents and carers reached by funded projects', '6,950 parents and carers'),
    F(78, 'percent', 'other', 'projects meeting or exceeding their targets', '78% met or exceeded the targets'),
    F(40, 'count', 'other', 'projects in the independent evaluation', 'An independent evaluation of 40 of our projects'),
    F(71, 'percent', 'other', 'children in evaluated projects who felt safer', 'found that 71% of the children'),
    F(27, 'count', 'other', 'serious safeguarding incidents reported by grantees', 'Grantees reported 27 such incidents'),
    F(16, 'years', 'other', 'age of the quoted young person', 'Young person, 16', optional=True),
    F(3, 'years', 'other', 'grant length (inside a quote)', 'the money is there for three years', optional=True),
    F(50010, 'count', 'child_protection_plans', 'children in England on a child protection plan', '50,010 children were on a child protection plan', period=m25),
    F(2310, 'count', 'child_protection_plans', 'children on the child protection register in Wales', '2,310 children were on the child protection register', period=m25),
    F(12500000, 'gbp', 'other', 'funding available in the next round', 'up to \u00a312.5 million available', qualifier='up to', optional=True),
    F(1000000, 'gbp', 'other', 'income limit for applicants', 'an annual income under \u00a31 million', optional=True),
]
quotes = [
    Q('The group was the first place anyone asked me what I wanted to happen.', 'a young person',
      ['young person', 'Young person, 16', 'a 16-year-old'], None, role='Young person, 16, funded project in Belfast'),
    Q('Knowing the money is there for three years means we can keep the same worker with a family for as long as it takes, instead of starting again every spring.',
      'Si\u00e2n Morgan', ['Morgan', 'Ms Morgan', 'Sian Morgan'], 'said', role='runs the Safe Steps project in Swansea'),
    Q('Small organisations are carrying a huge share of the work of keeping children safe, and they are doing it on short, uncertain money.',
      'Jonathan Eke', ['Eke', 'Mr Eke'], 'said', role='chief executive of the Kestrel Foundation'),
    Q('We have asked our trustees to move more of our funding to unrestricted, multi-year grants, because that is what the projects tell us makes the biggest difference.',
      'Jonathan Eke', ['Eke', 'Mr Eke'], None),
]
gold(DOC, 'other', 'What we funded: Safer Childhoods programme review', None, None, per, figs,
     ['18 November 2025', '1 July 2024 to 30 June 2025', 'Table 1', '2024\u201325',
      'same date', '2 February 2026', 'once a month', '1098765', '04567890', '020 7946 0577', '\u00a9 The Kestrel Foundation 2025',
      'every spring'],
     quotes,
     [{'name': 'Jonathan Eke', 'role': 'chief executive of the Kestrel Foundation'},
      {'name': 'Si\u00e2n Morgan', 'role': 'runs the Safe Steps project in Swansea'}],
     ['This site uses cookies.', 'Cookie settings', 'Apply for funding', 'Stay in touch',
      'Sign up to our funding news e-mail. We send it once a month.', 'Privacy notice'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A national grant-making foundation\'s programme '
     'review page ("what we funded") for its UK-wide child safety grants (kind other: a charity\'s document, registered '
     'charity number in the footer; not a press release). Area null, no areas (UK-wide; grantees\' towns are examples), '
     'partnership null. Period from the scope sentence: the foundation\'s financial year 1 July 2024 to 30 June 2025 (not '
     'April-March); 2023-24 carries its own period, the England plan count and the Welsh register 31 March 2025 '
     '(registers are plans). "At a glance" bullets repeat prose (mentions). Table 1 by nation: grants and amounts ("\u00a38.2m" '
     '= 8,200,000) are figures, the Total row repeats 142 and \u00a311.8m. Themes: five grant counts with amounts (a theme\'s '
     'amount is a separate fact from its count). "up to three years" required with qualifier (a standing term of the '
     'programme); the 16-week decision timescale required with its 89% share (ruling 1/6); target 50%, the next round\'s '
     '"up to \u00a312.5 million" and the income limit optional; the serious safeguarding incidents grantees reported to the funder '
     'are other (not serious incident notifications to the national panel). Quotes: a young person\'s blockquote with a dash '
     'attribution (cue null; age optional), a grantee (said; "three years" inside optional), the chief executive (said, then '
     'an open quote continued in the next paragraph). Traps: JSON-LD (hidden), charity and company numbers, the phone '
     'number, "once a month", "every spring", dates.')
