"""Writer q, q03: a Children in Care Council's newsletter (Haringey), HTML, several speakers, no record period."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'q03_haringey_children_in_care_council_newsletter_winter_issue.html'
HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation (writer q, styles21): people, cases, quotes and figures are made up; only place names are real. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Our Voice - Issue 11, Winter 2026 | Haringey Children in Care Council</title>
<style>
body{font-family:Verdana,sans-serif;max-width:760px;margin:auto;background:#fffdf5}
.masthead{background:#6b2c91;color:#fff;padding:14px}
.tiles{display:flex;gap:8px}.tile{background:#ffe08a;padding:8px;flex:1;border-radius:8px}
.tile b{font-size:26px;display:block}
.shout{border-left:6px solid #6b2c91;padding:6px 12px;background:#f4ecf9}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<div class="masthead">
<p>Haringey Children in Care Council</p>
<h1>Our Voice</h1>
<p>Issue 11 &middot; Winter 2026 &middot; Written by us, for children and young people in care and care leavers in Haringey</p>
</div>
<nav><a href="#">Home</a> | <a href="#">Past issues</a> | <a href="#">Join the CiCC</a> | <a href="#">Your rights</a></nav>

<h2>Hello from your chair</h2>
<p>Hi everyone! It&rsquo;s been a busy autumn. Here is what we have been up to, what we have changed, and what is
coming next. If you want something in the next issue, message the participation team.</p>
<p>Amara Osei-Bonsu, 17, chair of the Children in Care Council, said: &ldquo;When I joined the CiCC I thought nobody
upstairs would listen to a bunch of kids. This year councillors changed three things because we asked. That is not
nothing.&rdquo;</p>

<h2>Our year in numbers</h2>
<div class="tiles">
<div class="tile"><b>23</b> members on the CiCC</div>
<div class="tile"><b>18</b> meetings since January</div>
<div class="tile"><b>146</b> of you filled in our Big Survey</div>
<div class="tile"><b>6 of 8</b> of our asks agreed by councillors</div>
</div>

<h2>You told us: the Big Survey</h2>
<p>In the summer we asked every child and young person in care aged 8 to 18 to fill in our Big Survey, and 146 of you
did. Thank you! Here are some of the things you said:</p>
<ul>
<li>81% said they trust their social worker.</li>
<li>About 1 in 4 (26%) said they had had three or more social workers in the past year.</li>
<li>64% said they had a say in decisions about their contact with family.</li>
<li>Only 42% of those living outside Haringey said they knew how to get help from their Haringey team out of hours.</li>
</ul>
<p>Haringey looks after 372 children and young people at the moment, and 127 of them live outside the borough, some of
them a long way away. That is why the out-of-hours number was one of our asks.</p>

<h3>Did you know?</h3>
<ul>
<li>Of the 372 children in care, 241 (65%) live with foster carers.</li>
<li>38 are unaccompanied children who came to the UK on their own.</li>
<li>The council puts &pound;10 a week into a Junior ISA for every child in care.</li>
<li>29 Haringey care leavers started university in September 2025.</li>
</ul>

<h2>Our asks &ndash; and what happened</h2>
<p>On 14 October we presented our survey to the Corporate Parenting Panel. We made 8 asks. Councillors agreed 6 of them
straight away and said they would look at the other 2 in the new year. What we got:</p>
<ol>
<li>A free out-of-hours line with the same number for everyone (starts in February).</li>
<li>Your setting-up-home allowance when you leave care goes up from &pound;2,000 to &pound;3,000 from April 2027.</li>
<li>Your social worker has to tell you within 5 working days if they are leaving, and introduce the new one.</li>
<li>Free leisure centre passes for everyone in care and care leavers up to 25.</li>
<li>Birthday money goes up to &pound;50.</li>
<li>Young people will sit on the interview panel for every new team manager.</li>
</ol>
<p>Councillor Ruth Adeyemi, Cabinet Member for Children and Families, told the Panel: &ldquo;You have been clearer than
any report I have read this year. We will be back in six months to show you what has actually changed.&rdquo;</p>
<p class="shout">&ldquo;The setting-up-home money was the one I cared about. &pound;2,000 doesn&rsquo;t buy a bed, a
fridge and a cooker any more.&rdquo;<br>&mdash; Dev, 20, care leaver and CiCC member</p>

<h2>Young inspectors</h2>
<p>12 of us trained as young inspectors over the summer. Since September we have visited 5 children&rsquo;s homes that
Haringey uses, four in London and one in Kent, and written a report on each. Our reports go to the commissioning team
and to the home&rsquo;s manager.</p>
<p>Beverley Achterberg, Director of Children&rsquo;s Services, said the young inspectors noticed things &ldquo;that a
professional visit simply does not pick up&rdquo;. She added: &ldquo;Two of the homes have already changed how they
welcome new children because of what the young inspectors wrote.&rdquo;</p>

<h2>Advocacy and independent visitors</h2>
<p>Did you know you can have an advocate to help you say what you want at your review or if you want to complain?
In 2025-26 the advocacy service had 61 referrals from Haringey children in care. 34 of you have an independent visitor,
an adult volunteer who is there just for you, and 9 more are waiting to be matched.</p>

<h2>Care leavers corner</h2>
<p>Haringey has 491 care leavers aged 18 to 25. The Leaving Care team now has a drop-in at the Hub every Wednesday
from 3pm to 6pm, and council tax is free for care leavers living in Haringey until they are 25.</p>
<p>Marcus, 19, who came to the first drop-in, said: &ldquo;I got my council tax sorted and ate pizza. Best Wednesday
in a while.&rdquo;</p>

<h2>What&rsquo;s next</h2>
<p>Care Day party: Friday 19 February, 5pm, at the Hub. Bring a friend! Our next meeting is Tuesday 12 January.
We have room for 7 new members aged 11 to 21 &ndash; join us!</p>

<div class="competition"><h3>Competition</h3><p>Name our new mascot and win a &pound;25 voucher! Entries by 31 January.</p></div>

<footer>
<p>Haringey Children in Care Council is supported by the Participation Team, Haringey Council, Civic Centre, High Road,
London N22. Call or text 020 7946 0382 or email ourvoice@haringey-cicc.example</p>
<p>If you are worried about your safety or someone else&rsquo;s, call 999 in an emergency.</p>
<p><a href="#">Privacy</a> | <a href="#">Accessibility</a> | <a href="#">Unsubscribe</a></p>
</footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

per = P(None, None)
figs = [
    F(17, 'years', 'other', 'age of the CiCC chair', 'Amara Osei-Bonsu, 17', optional=True),
    F(3, 'count', 'other', 'things councillors changed (inside a quote)', 'councillors changed three things', optional=True),
    F(23, 'count', 'other', 'members on the CiCC', '23 members on the CiCC'),
    F(18, 'count', 'other', 'CiCC meetings since January', '18 meetings since January', optional=True),
    F(146, 'count', 'other', 'children and young people who completed the Big Survey', 'and 146 of you did'),
    F(8, 'years', 'other', 'survey age range lower bound', 'aged 8 to 18', optional=True),
    F(18, 'years', 'other', 'survey age range upper bound', 'aged 8 to 18', optional=True),
    F(81, 'percent', 'other', 'respondents who trust their social worker', '81% said they trust their social worker'),
    F(26, 'percent', 'other', 'respondents with three or more social workers in the past year', 'About 1 in 4 (26%)'),
    F(25, 'percent', 'other', 'respondents with three or more social workers (1 in 4)', 'About 1 in 4', qualifier='about', optional=True),
    F(64, 'percent', 'other', 'respondents with a say in decisions about family contact', '64% said they had a say'),
    F(42, 'percent', 'other', 'respondents outside Haringey who know how to get help out of hours', 'Only 42% of those living outside Haringey'),
    F(372, 'count', 'looked_after_children', 'children and young people looked after by Haringey', 'Haringey looks after 372 children'),
    F(127, 'count', 'looked_after_children', 'looked after children living outside the borough', '127 of them live outside the borough'),
    F(241, 'count', 'looked_after_children', 'children in care living with foster carers', '241 (65%) live with foster carers'),
    F(65, 'percent', 'looked_after_children', 'share of children in care living with foster carers', '241 (65%)', optional=True),
    F(38, 'count', 'looked_after_children', 'unaccompanied children in care', '38 are unaccompanied children'),
    F(10, 'gbp', 'other', 'weekly Junior ISA payment per child in care', 'puts \u00a310 a week into a Junior ISA'),
    F(29, 'count', 'other', 'care leavers who started university', '29 Haringey care leavers started university', period=P('2025-09-01', '2025-09-30')),
    F(8, 'count', 'other', 'asks made to the Corporate Parenting Panel', 'We made 8 asks'),
    F(6, 'count', 'other', 'asks agreed by councillors', 'Councillors agreed 6 of them'),
    F(2, 'count', 'other', 'asks still to be considered', 'look at the other 2 in the new year'),
    F(2000, 'gbp', 'other', 'current setting-up-home allowance', 'goes up from \u00a32,000 to \u00a33,000'),
    F(3000, 'gbp', 'other', 'setting-up-home allowance from April 2027', 'to \u00a33,000 from April 2027'),
    F(5, 'days', 'other', 'notice a leaving social worker must give (working days)', 'within 5 working days if they are leaving'),
    F(25, 'years', 'other', 'age limit for free leisure passes', 'care leavers up to 25', optional=True),
    F(50, 'gbp', 'other', 'birthday money', 'Birthday money goes up to \u00a350'),
    F(6, 'months', 'other', 'return to the Panel (inside a quote)', 'back in six months', optional=True),
    F(20, 'years', 'other', 'age of the quoted care leaver', 'Dev, 20', optional=True),
    F(12, 'count', 'other', 'young people trained as young inspectors', '12 of us trained as young inspectors'),
    F(5, 'count', 'other', 'children\u2019s homes visited by young inspectors', 'visited 5 children\u2019s homes'),
    F(2, 'count', 'other', 'homes that changed how they welcome new children (inside a quote)', 'Two of the homes have already changed', optional=True),
    F(61, 'count', 'other', 'advocacy referrals for Haringey children in care', 'the advocacy service had 61 referrals', period=P('2025-04-01', '2026-03-31')),
    F(34, 'count', 'other', 'children with an independent visitor', '34 of you have an independent visitor'),
    F(9, 'count', 'other', 'children waiting for an independent visitor', '9 more are waiting to be matched'),
    F(491, 'count', 'other', 'care leavers aged 18 to 25', 'Haringey has 491 care leavers'),
    F(18, 'years', 'other', 'care leaver age range lower bound', 'care leavers aged 18 to 25', optional=True),
    F(25, 'years', 'other', 'care leaver age range upper bound', 'aged 18 to 25. The Leaving Care', optional=True),
    F(25, 'years', 'other', 'council tax exemption age limit', 'until they are 25', optional=True),
    F(19, 'years', 'other', 'age of the quoted care leaver at the drop-in', 'Marcus, 19', optional=True),
    F(7, 'count', 'other', 'places for new CiCC members', 'We have room for 7 new members'),
    F(11, 'years', 'other', 'CiCC membership age range lower bound', 'members aged 11 to 21', optional=True),
    F(21, 'years', 'other', 'CiCC membership age range upper bound', 'members aged 11 to 21', optional=True),
]
quotes = [
    Q('When I joined the CiCC I thought nobody upstairs would listen to a bunch of kids. This year councillors changed three things because we asked. That is not nothing.',
      'Amara Osei-Bonsu', ['Amara', 'Osei-Bonsu'], 'said', role='chair of the Children in Care Council'),
    Q('You have been clearer than any report I have read this year. We will be back in six months to show you what has actually changed.',
      'Ruth Adeyemi', ['Councillor Adeyemi', 'Cllr Adeyemi', 'Adeyemi', 'Councillor Ruth Adeyemi'], 'told the Panel',
      role='Cabinet Member for Children and Families'),
    Q('The setting-up-home money was the one I cared about. \u00a32,000 doesn\u2019t buy a bed, a fridge and a cooker any more.',
      'Dev', ['a care leaver', 'care leaver', 'CiCC member'], None, role='care leaver and CiCC member, 20'),
    Q('that a professional visit simply does not pick up', 'Beverley Achterberg', ['Achterberg', 'Ms Achterberg'],
      'said the young inspectors noticed things', role='Director of Children\u2019s Services'),
    Q('Two of the homes have already changed how they welcome new children because of what the young inspectors wrote.',
      'Beverley Achterberg', ['Achterberg', 'Ms Achterberg'], 'added', role='Director of Children\u2019s Services'),
    Q('I got my council tax sorted and ate pizza. Best Wednesday in a while.', 'Marcus', ['a care leaver', 'care leaver'],
      'said', role='care leaver, 19'),
]
gold(DOC, 'other', 'Our Voice - Issue 11, Winter 2026', 'Haringey', None, per, figs,
     ['Issue 11', 'Winter 2026', '2025-26', 'September 2025', '6 of 8', '14 October', 'April 2027', 'September', 'four in London', 'one in Kent',
      '3pm to 6pm', '19 February', '5pm', '12 January', '\u00a325 voucher', '31 January', 'N22', '020 7946 0382', '999'],
     quotes,
     [{'name': 'Amara Osei-Bonsu', 'role': 'chair of the Children in Care Council'},
      {'name': 'Ruth Adeyemi', 'role': 'Cabinet Member for Children and Families'},
      {'name': 'Beverley Achterberg', 'role': 'Director of Children\u2019s Services'}],
     ['Name our new mascot and win a \u00a325 voucher! Entries by 31 January.', 'Home | Past issues | Join the CiCC | Your rights',
      'Privacy | Accessibility | Unsubscribe', 'call 999 in an emergency'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A council-supported Children in Care Council\'s '
     'newsletter written in young people\'s voice (kind other: a group\'s newsletter, not a governance account). No record '
     'period: a seasonal issue of unrelated items; the advocacy referrals "In 2025-26" carry that year. '
     'Partnership null (none named). Stat tiles repeat prose where they can; 23 members and the '
     'survey count required, meetings optional (procedural); "6 of 8" tile repeats the asks (mentions). Survey shares other; '
     '"About 1 in 4 (26%)": exact 26 required, the hedged 1 in 4 (25) optional. Children looked after 372 and those living '
     'outside the borough 127 (location subset keeps looked_after_children, ruling 3). Placement (foster carers) and unaccompanied subsets keep looked_after_children. Care leavers other (university starters carry September 2025). Asks: agreed/'
     'still to consider are other (a group\'s asks, not a review\'s recommendations). Allowances in gbp; the standing '
     '5-working-day notice required; age limits, age bands and speakers\' ages optional; numbers inside quotes optional. '
     'Quotes: the chair (said, age optional), the cabinet member (told the Panel), a care leaver\'s shout-box quote with a '
     'dash line (cue null), the DCS\'s fragment in reported speech and her "She added:" quote (pronoun -> DCS), a care '
     'leaver at the drop-in (said). Competition, nav and footer boilerplate.')
