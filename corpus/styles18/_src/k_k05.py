"""Writer k, k05: a county youth movement's safeguarding and safety review page (Cambridgeshire; invented charity), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'k05_cambridgeshire_pathfinders_safeguarding_review_2025.html'
HTML = '''<!-- SYNTHETIC document invented for evaluation (writer k, styles18). The Pathfinder Youth Movement is invented; people, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Safeguarding and Safety Review 2025 - Cambridgeshire Pathfinders</title>
<style>.stat{display:inline-block;width:23%;text-align:center}.stat b{font-size:2em;display:block}blockquote{border-left:4px solid #7a1f5c;padding-left:1em}</style></head>
<body>
<div class="topbar"><a href="/join">Join us</a> | <a href="/volunteer">Volunteer</a> | <a href="/donate">Donate</a> | <a href="/members">Members' area</a></div>
<header><img src="/img/logo.svg" alt="Cambridgeshire Pathfinders logo"><span>Cambridgeshire Pathfinders: Adventure, friendship, skills for life</span></header>
<main>
<h1>Safeguarding and Safety Review 2025</h1>
<p class="lede">Every year our County Safeguarding Team looks back at how we kept young people safe. Here is what happened, what we learned and what we will do differently.</p>
<section class="stats">
<div class="stat"><b>9,480</b>young members</div>
<div class="stat"><b>2,960</b>adult volunteers</div>
<div class="stat"><b>63</b>safeguarding concerns</div>
<div class="stat"><b>97%</b>volunteers trained</div>
</section>
<h2>A word from our County Commissioner</h2>
<p>Looking after nearly ten thousand young people is a privilege and a responsibility. I want to thank every leader who made a difficult phone call this year. You did the right thing, and the young people in your section are safer for it.</p>
<p>Ruth Okonjo-Hale, County Commissioner</p>
<h2>Who we are</h2>
<p>Cambridgeshire Pathfinders has 9,480 young members aged 6 to 18 in 138 local groups, led by 2,960 adult volunteers. Our membership grew by 4% on 2024.</p>
<h2>Checks and training</h2>
<p>We processed 3,118 disclosure checks this year. At the end of December, 2,871 volunteers (97%) in a role that needs it had completed Safe from Harm training, and every volunteer who works with young people had a current check. We suspended 41 volunteers from their role until an overdue check or training was done; 36 of them are now back.</p>
<h2>Concerns we dealt with</h2>
<p>Leaders and parents reported 63 safeguarding concerns to the County Safeguarding Team, up from 48 in 2024. More reports are a good sign: they show people know what to do.</p>
<table>
<caption>Safeguarding concerns by type</caption>
<thead><tr><th>What the concern was about</th><th>2024</th><th>2025</th></tr></thead>
<tbody>
<tr><td>Something happening to a young person at home or outside the movement</td><td>22</td><td>29</td></tr>
<tr><td>The conduct of an adult volunteer</td><td>17</td><td>21</td></tr>
<tr><td>Harmful behaviour between young people</td><td>9</td><td>13</td></tr>
<tr><td>Total</td><td>48</td><td>63</td></tr>
</tbody>
</table>
<p>We referred 17 young people to Cambridgeshire County Council's children's social care, and 9 concerns about volunteers were referred to the Local Authority Designated Officer (LADO). Police were informed in 6 cases. Four volunteers were removed from membership and 2 were referred to the Disclosure and Barring Service.</p>
<blockquote><p>&ldquo;Our leader noticed I wasn't myself on camp and asked me properly, not just in passing. I didn't expect to say anything. I said everything.&rdquo;</p><cite>&mdash; Explorer Pathfinder, aged 15</cite></blockquote>
<h2>Safety on activities and nights away</h2>
<p>Groups ran 412 nights away events with 6,930 young people taking part. There were 118 incident reports across all activities; 4 needed hospital treatment and none resulted in a serious injury. We now have 184 leaders holding a nights away permit.</p>
<details><summary>What is a nights away permit?</summary><p>A leader must hold a permit to run a camp or residential. Permits last 5 years and are renewed after an assessment.</p></details>
<h2>What young people told us</h2>
<p>1,204 young members answered our annual &ldquo;Do you feel safe?&rdquo; survey. 94% said they felt safe at their meetings and 88% knew who to talk to if they were worried, up from 79% last year. Only about half of the youngest members (aged 6 to 8) could name the Yellow Card, our code of conduct for adults.</p>
<p>Amira Basra, a 17-year-old Young Leader on the county youth forum, said: &ldquo;Younger ones don't read cards. They remember what a leader does, so that is where the training has to go.&rdquo;</p>
<p>One parent wrote to us after a referral: &ldquo;I was angry at first. A year on, I'm grateful someone asked the question.&rdquo;</p>
<h2>Our priorities for 2026</h2>
<ol><li>Train 300 more volunteers in the new online safety module.</li><li>Make sure every group has a named safeguarding contact by June.</li><li>Bring the Yellow Card to younger sections through games, not posters.</li></ol>
<p class="help">Worried about a young person? Call the County Safeguarding Team on 020 7946 0714 or, out of hours, the national Pathfinder safeguarding line on 020 7946 0715. If a child is in immediate danger, call 999.</p>
</main>
<footer><p>Cambridgeshire Pathfinders is part of the Pathfinder Youth Movement. Registered charity number 1199999. &copy; 2026</p><p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

Y24 = P('2024-01-01', '2024-12-31', '2024')
figs = [
    F(9480, 'count', 'other', 'young members', 'has 9,480 young members'),
    F(10000, 'count', 'other', 'young people looked after by the county (hedged)', 'nearly ten thousand young people', qualifier='nearly', optional=True),
    F(6, 'years', 'other', 'youngest member age', 'aged 6 to 18 in 138', optional=True),
    F(18, 'years', 'other', 'oldest member age', 'aged 6 to 18 in 138', optional=True),
    F(138, 'count', 'other', 'local groups', 'in 138 local groups'),
    F(2960, 'count', 'other', 'adult volunteers', 'led by 2,960 adult volunteers'),
    F(4, 'percent', 'other', 'membership growth on 2024', 'Our membership grew by 4% on 2024'),
    F(3118, 'count', 'other', 'disclosure checks processed', 'We processed 3,118 disclosure checks'),
    F(2871, 'count', 'other', 'volunteers who completed Safe from Harm training', '2,871 volunteers (97%)'),
    F(97, 'percent', 'other', 'volunteers who completed Safe from Harm training', '2,871 volunteers (97%)', optional=True),
    F(41, 'count', 'other', 'volunteers suspended from their role', 'We suspended 41 volunteers'),
    F(36, 'count', 'other', 'suspended volunteers now back', '36 of them are now back'),
    F(63, 'count', 'other', 'safeguarding concerns reported to the County Safeguarding Team', 'reported 63 safeguarding concerns'),
    F(48, 'count', 'other', 'safeguarding concerns in 2024', 'up from 48 in 2024', period=Y24),
    F(22, 'count', 'other', 'concerns about a young person at home or outside the movement', 'outside the movement 22 29', period=Y24),
    F(29, 'count', 'other', 'concerns about a young person at home or outside the movement', 'outside the movement 22 29'),
    F(17, 'count', 'other', 'concerns about the conduct of an adult volunteer', 'The conduct of an adult volunteer 17 21', period=Y24),
    F(21, 'count', 'other', 'concerns about the conduct of an adult volunteer', 'The conduct of an adult volunteer 17 21'),
    F(9, 'count', 'other', 'concerns about harmful behaviour between young people', 'Harmful behaviour between young people 9 13', period=Y24),
    F(13, 'count', 'other', 'concerns about harmful behaviour between young people', 'Harmful behaviour between young people 9 13'),
    F(17, 'count', 'social_care_referrals', "young people referred to children's social care", "We referred 17 young people to Cambridgeshire County Council's children's social care"),
    F(9, 'count', 'other', 'concerns about volunteers referred to the LADO', '9 concerns about volunteers were referred'),
    F(6, 'count', 'other', 'cases where police were informed', 'Police were informed in 6 cases'),
    F(4, 'count', 'other', 'volunteers removed from membership', 'Four volunteers were removed from membership'),
    F(2, 'count', 'other', 'volunteers referred to the Disclosure and Barring Service', '2 were referred to the Disclosure and Barring Service'),
    F(15, 'years', 'other', 'age of an Explorer Pathfinder', 'Explorer Pathfinder, aged 15', optional=True),
    F(412, 'count', 'other', 'nights away events', 'Groups ran 412 nights away events'),
    F(6930, 'count', 'other', 'young people on nights away events', 'with 6,930 young people taking part'),
    F(118, 'count', 'other', 'incident reports', 'There were 118 incident reports'),
    F(4, 'count', 'other', 'incidents needing hospital treatment', '4 needed hospital treatment'),
    F(0, 'count', 'other', 'incidents resulting in serious injury', 'none resulted in a serious injury', optional=True),
    F(184, 'count', 'other', 'leaders holding a nights away permit', 'We now have 184 leaders'),
    F(5, 'years', 'other', 'nights away permit validity', 'Permits last 5 years'),
    F(1204, 'count', 'other', 'young members who answered the survey', '1,204 young members answered'),
    F(94, 'percent', 'other', 'young members who felt safe at meetings', '94% said they felt safe'),
    F(88, 'percent', 'other', 'young members who knew who to talk to', '88% knew who to talk to'),
    F(79, 'percent', 'other', 'young members who knew who to talk to last year', 'up from 79% last year', period=Y24),
    F(50, 'percent', 'other', 'youngest members who could name the Yellow Card', 'Only about half of the youngest members', qualifier='about'),
    F(6, 'years', 'other', 'youngest section age from', '(aged 6 to 8)', optional=True),
    F(8, 'years', 'other', 'youngest section age to', '(aged 6 to 8)', optional=True),
    F(17, 'years', 'other', 'age of a Young Leader', 'a 17-year-old Young Leader', optional=True),
    F(300, 'count', 'other', 'volunteers to train in online safety (priority)', 'Train 300 more volunteers', period=P('2026-01-01', '2026-12-31', '2026'), optional=True),
]
gold(DOC, 'other', 'Safeguarding and Safety Review 2025', 'Cambridgeshire', None, P('2025-01-01', '2025-12-31', '2025'), figs,
     ['1199999', '020 7946 0714', '020 7946 0715', '999', 'December', 'Our priorities for 2026', 'by June', 'aged 6 to 8'],
     [Q("Our leader noticed I wasn't myself on camp and asked me properly, not just in passing. I didn't expect to say anything. I said everything.",
        'an Explorer Pathfinder, aged 15', ['Explorer Pathfinder', 'a 15-year-old', 'a young member'], None),
      Q("Younger ones don't read cards. They remember what a leader does, so that is where the training has to go.",
        'Amira Basra', ['Basra', 'Amira Basra'], 'said', role='Young Leader, county youth forum'),
      Q("I was angry at first. A year on, I'm grateful someone asked the question.", 'a parent', ['One parent', 'parent'], 'wrote'),
      Q('Do you feel safe?', 'Cambridgeshire Pathfinders', ['the survey'], None, optional=True)],
     [{'name': 'Ruth Okonjo-Hale', 'role': 'County Commissioner'}, {'name': 'Amira Basra', 'role': 'Young Leader, county youth forum'}],
     ['Join us | Volunteer | Donate', "Members' area", 'Registered charity number 1199999.', 'Privacy | Cookies | Accessibility',
      'Adventure, friendship, skills for life'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A county branch of an invented uniformed youth charity '
     'publishes its annual safeguarding and safety review as a web page (kind other, like a church\'s or sports body\'s '
     'safeguarding report; partnership null). Period from the title year only (calendar 2025). Stat tiles repeat prose '
     'figures. The County Commissioner\'s foreword is first-person prose, not a quote (its "nearly ten thousand" is a hedged '
     'restatement, optional). Concerns are the charity\'s own (other); the 17 referrals to the council\'s children\'s social '
     'care are social_care_referrals; LADO and police other. Concern table: 2024 column own period, Total row repeats the '
     'prose 63 and 48. Ages and age ranges optional (two figures each). "none resulted in a serious injury" an optional zero '
     '(subset). The permit validity "5 years" is a standing rule (required). Blockquote with a dash cite (cue null), a named '
     'young leader ("said:"), a parent ("wrote"). The survey title in quote marks is not speech (optional). Priority target '
     'optional. Charity number, helpline numbers and 999 not figures.')
