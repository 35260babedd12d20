import json, os
from pdfkit_f import gold
N = 'f05_torfaen_childrens_advocacy_annual_report'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
H = '''<!DOCTYPE html>
<!-- SYNTHETIC test document: invented for evaluation (styles15, writer f). Not a real publication; the organisation, people, quotes and figures are invented. -->
<html lang="en-GB">
<head><meta charset="utf-8"><title>Annual Report 2025/26 - Llais Ifanc Advocacy, Torfaen</title></head>
<body>
<div class="lang-switch"><a href="/cy/adroddiad-blynyddol">Cymraeg</a></div>
<header><p class="org">Llais Ifanc Advocacy &middot; Independent Professional Advocacy for children and young people in Torfaen</p></header>
<article>
<h1>Annual Report 2025/26 <span lang="cy">/ Adroddiad Blynyddol 2025/26</span></h1>
<p class="meta">Published 30 September 2026 &middot; Reporting period 1 April 2025 to 31 March 2026 &middot; Commissioned by Torfaen County
Borough Council under the National Approach to Statutory Advocacy</p>

<h2>At a glance</h2>
<dl class="glance">
<dt>Active offers made</dt><dd>318</dd>
<dt>Issue-based advocacy referrals</dt><dd>157</dd>
<dt>Issues resolved</dt><dd>89%</dd>
<dt>Child protection conferences attended</dt><dd>64</dd>
</dl>

<h2>The active offer</h2>
<p>Under Part 10 of the Social Services and Well-being (Wales) Act 2014, every child who becomes looked after or is placed
on the child protection register must receive an &ldquo;active offer&rdquo; of advocacy. Torfaen looks after around 370
children, and 112 children were on the child protection register at 31 March 2026.</p>
<p>Social workers made 318 active offers this year, up from 276 in 2024/25. Of those, 131 children (41%) took up the
offer and met an advocate at least once. Take-up among children on the register was lower, at 29%, and is the main
thing we want to change next year.</p>

<h2>Issue-based advocacy</h2>
<p>We received 157 referrals for issue-based advocacy. Children looked after made up 88 of them; 31 came from
children on the child protection register, 22 from care leavers and 16 from children with a care and support plan.
On average each issue needed 6.2 contacts with the young person before it was closed.</p>
<table>
<caption>Most common issues raised</caption>
<tr><th>Issue</th><th>Children</th></tr>
<tr><td>Contact with family</td><td>47</td></tr>
<tr><td>Placement moves or wanting to stay put</td><td>33</td></tr>
<tr><td>Education and school</td><td>21</td></tr>
<tr><td>Being listened to in meetings</td><td>19</td></tr>
</table>
<p>Some children raised more than one issue. We supported 9 young people to make a formal complaint, and 4 of those
complaints were upheld at stage 2.</p>

<h2>A message from our manager</h2>
<p>&ldquo;The number I watch most closely is not the 318 offers. It is how many children on the register say yes, because
those are the children whose lives are being decided in rooms full of adults.</p>
<p>&ldquo;Twenty-nine per cent is not good enough. We have asked to be invited to every initial conference from January, and
Torfaen has agreed,&rdquo; said <strong>Rhian Pritchard</strong>, advocacy services manager.</p>

<h2>What young people said</h2>
<p>A 13-year-old who asked for an advocate before her review told us her advocate had &ldquo;said the things I couldn&rsquo;t
say without crying&rdquo;. A care leaver, 19, said: &ldquo;I didn&rsquo;t know I was still allowed one after 18. I wish someone
had told me two years ago.&rdquo;</p>

<h2>Working in Welsh</h2>
<p>Four children chose to work with their advocate through the medium of Welsh, and every active offer letter is bilingual.</p>

<h2>Money and staff</h2>
<p>The service cost &pound;96,000 in 2025/26, paid by Torfaen County Borough Council as part of a three-year regional
contract. We have 2.6 full-time equivalent advocates and one manager who also covers Blaenau Gwent. We report quarterly to
the council and once a year to the Gwent Safeguarding Board.</p>
</article>
<footer><p>Llais Ifanc Advocacy, Unit 4, Pontypool (invented address). Call 01632 960781 (Monday to Friday, 9am to 5pm) or
email helo@llaisifanc.example. Registered charity number 0000000 (invented).</p></footer>
</body></html>
'''
open(os.path.join(OUT, N + '.html'), 'w').write(H)
PY = {'start': '2024-04-01', 'end': '2025-03-31'}
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(318, 'count', 'other', 'active offers of advocacy made', 'Social workers made 318 active offers'),
 F(157, 'count', 'other', 'issue-based advocacy referrals', 'We received 157 referrals for issue-based advocacy'),
 F(89, 'percent', 'other', 'advocacy issues resolved', 'Issues resolved 89%'),
 F(64, 'count', 'other', 'child protection conferences attended by advocates', 'Child protection conferences attended 64'),
 F(370, 'count', 'looked_after_children', 'children looked after', 'looks after around 370', qualifier='about'),
 F(112, 'count', 'child_protection_plans', 'children on the child protection register', '112 children were on the child protection register'),
 F(276, 'count', 'other', 'active offers of advocacy made', 'up from 276 in 2024/25', period=PY),
 F(131, 'count', 'other', 'children who took up the active offer', '131 children (41%) took up'),
 F(41, 'percent', 'other', 'take-up of the active offer', '131 children (41%)', optional=True),
 F(29, 'percent', 'other', 'take-up of the active offer among children on the register', 'at 29%'),
 F(88, 'count', 'other', 'advocacy referrals from children looked after', 'Children looked after made up 88'),
 F(31, 'count', 'other', 'advocacy referrals from children on the child protection register', '31 came from children on the child protection register'),
 F(22, 'count', 'other', 'advocacy referrals from care leavers', '22 from care leavers'),
 F(16, 'count', 'other', 'advocacy referrals from children with a care and support plan', '16 from children with a care and support plan'),
 F(6.2, 'count', 'other', 'average contacts per advocacy issue', 'each issue needed 6.2 contacts'),
 F(47, 'count', 'other', 'children raising contact with family', 'Contact with family 47'),
 F(33, 'count', 'other', 'children raising placement moves', 'wanting to stay put 33'),
 F(21, 'count', 'other', 'children raising education', 'Education and school 21'),
 F(19, 'count', 'other', 'children raising being listened to in meetings', 'Being listened to in meetings 19'),
 F(9, 'count', 'other', 'young people supported to make a formal complaint', 'We supported 9 young people'),
 F(4, 'count', 'other', 'complaints upheld at stage 2', '4 of those complaints were upheld'),
 F(13, 'years', 'other', 'age of child quoted', 'A 13-year-old', optional=True),
 F(19, 'years', 'other', 'age of care leaver quoted', 'A care leaver, 19', optional=True),
 F(18, 'years', 'other', 'age limit care leaver thought applied', 'still allowed one after 18', optional=True),
 F(2, 'years', 'other', 'time care leaver wished to have been told', 'two years ago', optional=True),
 F(4, 'count', 'other', 'children working with their advocate in Welsh', 'Four children chose to work'),
 F(96000, 'gbp', 'other', 'cost of the advocacy service', 'The service cost £96,000'),
 F(3, 'years', 'other', 'regional advocacy contract', 'three-year regional contract'),
 F(2.6, 'count', 'other', 'full-time equivalent advocates', '2.6 full-time equivalent advocates'),
]
gold(N + '.gold.json', {
 'doc': N + '.html', 'kind': 'other', 'title': 'Annual Report 2025/26 / Adroddiad Blynyddol 2025/26', 'area': 'Torfaen',
 'partnership': 'Gwent Safeguarding Board', 'period': {'start': '2025-04-01', 'end': '2026-03-31'}, 'figures': figs,
 'not_figures': ['Part 10 of the Social Services and Well-being (Wales) Act 2014', '30 September 2026', 'stage 2', '01632 960781', '9am to 5pm', '0000000', 'Unit 4'],
 'quotes': [
  {'text': 'The number I watch most closely is not the 318 offers. It is how many children on the register say yes, because those are the children whose lives are being decided in rooms full of adults.',
   'speaker': 'Rhian Pritchard', 'aliases': ['Pritchard', 'Ms Pritchard'], 'role': 'advocacy services manager', 'cue': 'said'},
  {'text': 'Twenty-nine per cent is not good enough. We have asked to be invited to every initial conference from January, and Torfaen has agreed,',
   'speaker': 'Rhian Pritchard', 'aliases': ['Pritchard', 'Ms Pritchard'], 'role': 'advocacy services manager', 'cue': 'said'},
  {'text': 'said the things I couldn\u2019t say without crying', 'speaker': 'a 13-year-old', 'aliases': ['13-year-old', 'A 13-year-old who asked for an advocate'],
   'cue': 'told us', 'optional': True},
  {'text': 'I didn\u2019t know I was still allowed one after 18. I wish someone had told me two years ago.', 'speaker': 'a care leaver',
   'aliases': ['care leaver', 'A care leaver, 19'], 'cue': 'said'}],
 'people': [{'name': 'Rhian Pritchard', 'role': 'advocacy services manager'}],
 'boilerplate': ['Cymraeg', 'Llais Ifanc Advocacy \u00b7 Independent Professional Advocacy for children and young people in Torfaen'],
 'notes': ['Welsh: children on the child protection register = child_protection_plans; care and support plans = children in need (here only as a referral-source subset, other).',
           'Referral sources by status (88 looked after, 31 on the register, 22 care leavers, 16 care and support plan) are feature-defined subsets of advocacy referrals: other.',
           '"around 370" looked after children: qualifier about.',
           'At-a-glance <dl> repeats 318/157/89%/64; 318 repeats again inside the manager quote.',
           'Manager quote opens in one paragraph without closing and continues in the next paragraph opening with a quote mark (UK style); speaker named after the second part.',
           '"Twenty-nine per cent" in the quote restates 29% (one figure, two mentions).',
           'Ages of quoted children optional; "after 18" and "two years ago" inside a quote optional.',
           'Opening hours 9am to 5pm and the charity number are not figures.']})
