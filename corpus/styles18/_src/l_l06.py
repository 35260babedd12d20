"""Writer l, l06: a multi-academy trust's annual safeguarding report to its trust board (Suffolk; HTML board paper page).
A school trust's document -> other; period academic year 2025/26 from a scope sentence."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'l06_suffolk_academy_trust_annual_safeguarding_report_2025_26.html'
q1 = ('The number that worries me is not the concerns logged. It is the 23 children we could not find for more than ten days. '
      'Every one of those was a child a teacher had noticed.')
q2 = 'If you tell a teacher now, something actually happens. Before, you just got sent back to class.'
q3 = 'the single most important thing the board will read this year'
HTML = f"""<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: the trust, its schools, people, quotes and figures are made up; only place names are real. -->
<html lang="en-GB"><head><meta charset="utf-8">
<title>Board paper 6: Annual safeguarding report 2025/26 - Orwell Valley Learning Trust</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #aaa;padding:3px 6px}}.box{{background:#eef4ea;padding:8px}}</style></head>
<body>
<header><p><strong>Orwell Valley Learning Trust</strong> - a multi-academy trust of 14 schools in Suffolk</p>
<nav><a href="/about">About us</a> | <a href="/schools">Our schools</a> | <a href="/governance">Governance</a> | <a href="/vacancies">Vacancies (7)</a></nav></header>
<p><a href="/governance">Governance</a> &gt; <a href="/governance/board">Board papers</a> &gt; Board meeting 15 October 2026</p>
<main>
<h1>Annual safeguarding report 2025/26</h1>
<table class="cover">
<tr><th>Paper</th><td>6 of 11</td></tr>
<tr><th>Author</th><td>Joanna Pethick, Trust Safeguarding Lead</td></tr>
<tr><th>Purpose</th><td>Assurance; for the board to note and to approve the safeguarding priorities for 2026/27</td></tr>
<tr><th>Classification</th><td>Public (pupil-level information removed)</td></tr>
</table>

<h2>1. Scope</h2>
<p>1.1 This report covers the academic year 2025/26 for all 14 academies in the trust (9 primary and 5 secondary), which had 8,940 pupils on roll in the October census. It draws on each school's records system, the section 175 audit returns and the trust's own quality assurance visits.</p>

<h2>2. Headlines</h2>
<div class="box"><ul>
<li>Safeguarding concerns logged: 6,412 (2024/25: 5,730)</li>
<li>Referrals to Suffolk's Customer First: 311</li>
<li>Pupils subject to a child protection plan at the end of the summer term: 84</li>
<li>Staff who completed annual safeguarding training: 1,236 (97%)</li>
</ul></div>

<h2>3. Concerns and referrals</h2>
<p>3.1 Staff logged 6,412 safeguarding concerns, an increase of 12% on 2024/25. Mental health and self-harm was the largest category (1,380 concerns), followed by domestic abuse (1,104) and neglect (866). Schools made 311 referrals to children's social care through Customer First, up from 276, and led 128 early help assessments.</p>
<p>3.2 Our schools received 390 Operation Encompass notifications from the police.</p>
<table>
<caption>Table A: Safeguarding activity by phase, 2025/26</caption>
<tr><th></th><th>Primary (9)</th><th>Secondary (5)</th><th>Trust</th></tr>
<tr><td>Concerns logged</td><td>2,688</td><td>3,724</td><td>6,412</td></tr>
<tr><td>Referrals to children's social care</td><td>139</td><td>172</td><td>311</td></tr>
<tr><td>Pupils on a child protection plan</td><td>37</td><td>47</td><td>84</td></tr>
<tr><td>Pupils who are children in need</td><td>71</td><td>91</td><td>162</td></tr>
<tr><td>Looked-after pupils</td><td>19</td><td>28</td><td>47</td></tr>
</table>
<p>3.3 Besides the 47 looked-after pupils, the trust has 63 previously looked-after pupils, most of them adopted or living under a special guardianship order.</p>

<h2>4. Children missing education and leaving school rolls</h2>
<p>4.1 Twenty-three pupils were missing from education for more than ten school days without explanation; all but two were found and back in school by the end of term. Forty-one pupils left our rolls for elective home education, compared with 29 in 2024/25, and 11 pupils were permanently excluded.</p>
<p>4.2 Persistent absence was 19.8% across the trust, against 20.1% nationally.</p>
<p>4.3 The trust's safeguarding lead told the board's safeguarding committee: "{q1}"</p>

<h2>5. Allegations against staff</h2>
<p>5.1 Nine allegations against staff or volunteers were referred to the Local Authority Designated Officer. Two met the harm threshold; one member of staff was dismissed. Four concerns were dealt with as low-level concerns under the trust's code of conduct.</p>

<h2>6. Training and audit</h2>
<p>6.1 1,236 staff (97%) completed the annual safeguarding update by 31 October. All 31 designated safeguarding leads and deputies hold in-date training, which must be renewed every two years.</p>
<p>6.2 Every academy returned the section 175 audit. Across the 14 returns, 88% of standards were rated green, up from 79%.</p>
<p>6.3 Web filtering raised 2,730 alerts, of which 214 were passed to a designated safeguarding lead.</p>

<h2>7. Pupil voice</h2>
<p>7.1 In the spring survey, 84% of 3,112 secondary pupils said there was an adult in school they could talk to. A Year 10 student at Stowmarket Academy said: "{q2}"</p>

<h2>8. Resources</h2>
<p>8.1 The trust spent £186,000 on protected designated safeguarding lead time and £24,500 on records-system licences. The central safeguarding team is 2.4 FTE.</p>

<h2>9. Board response</h2>
<p>9.1 David Ekwueme, the trustee with responsibility for safeguarding, called the report "{q3}" and asked for the missing-education figures to come to every meeting.</p>

<h2>10. Recommendations</h2>
<ol><li>The board notes the report.</li><li>The board approves the three safeguarding priorities for 2026/27 in Appendix 2.</li></ol>
</main>
<footer><p>Orwell Valley Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08765432. Registered office: Ipswich. Tel 01632 960 550.</p></footer>
</body></html>
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

PER = P('2025-09-01', '2026-08-31', 'the academic year 2025/26')
PY = P('2024-09-01', '2025-08-31', '2024/25')
o = 'other'
figs = [
    F(14, 'count', o, 'academies in the trust', 'all 14 academies in the trust'),
    F(9, 'count', o, 'primary academies', '(9 primary and 5 secondary)'),
    F(5, 'count', o, 'secondary academies', '(9 primary and 5 secondary)'),
    F(8940, 'count', o, 'pupils on roll', '8,940 pupils on roll'),
    F(6412, 'count', o, 'safeguarding concerns logged', 'Staff logged 6,412 safeguarding concerns'),
    F(5730, 'count', o, 'safeguarding concerns logged, 2024/25', '(2024/25: 5,730)', period=PY),
    F(12, 'percent', o, 'increase in concerns logged', 'an increase of 12% on 2024/25'),
    F(1380, 'count', o, 'concerns about mental health and self-harm', '(1,380 concerns)'),
    F(1104, 'count', o, 'concerns about domestic abuse', 'domestic abuse (1,104)'),
    F(866, 'count', o, 'concerns about neglect', 'neglect (866)'),
    F(311, 'count', 'social_care_referrals', "referrals to children's social care", 'Schools made 311 referrals'),
    F(276, 'count', 'social_care_referrals', "referrals to children's social care, 2024/25", 'up from 276', period=PY),
    F(128, 'count', o, 'early help assessments led by schools', 'led 128 early help assessments'),
    F(390, 'count', o, 'Operation Encompass notifications received', 'Our schools received 390 Operation Encompass notifications'),
    F(2688, 'count', o, 'concerns logged, primary', 'Concerns logged 2,688 3,724 6,412'),
    F(3724, 'count', o, 'concerns logged, secondary', 'Concerns logged 2,688 3,724 6,412'),
    F(139, 'count', 'social_care_referrals', 'referrals, primary', "Referrals to children's social care 139 172 311"),
    F(172, 'count', 'social_care_referrals', 'referrals, secondary', "Referrals to children's social care 139 172 311"),
    F(37, 'count', 'child_protection_plans', 'pupils on a child protection plan, primary', 'Pupils on a child protection plan 37 47 84'),
    F(47, 'count', 'child_protection_plans', 'pupils on a child protection plan, secondary', 'Pupils on a child protection plan 37 47 84'),
    F(84, 'count', 'child_protection_plans', 'pupils subject to a child protection plan', 'Pupils subject to a child protection plan at the end of the summer term: 84'),
    F(71, 'count', 'children_in_need', 'pupils who are children in need, primary', 'Pupils who are children in need 71 91 162'),
    F(91, 'count', 'children_in_need', 'pupils who are children in need, secondary', 'Pupils who are children in need 71 91 162'),
    F(162, 'count', 'children_in_need', 'pupils who are children in need', 'Pupils who are children in need 71 91 162'),
    F(19, 'count', 'looked_after_children', 'looked-after pupils, primary', 'Looked-after pupils 19 28 47'),
    F(28, 'count', 'looked_after_children', 'looked-after pupils, secondary', 'Looked-after pupils 19 28 47'),
    F(47, 'count', 'looked_after_children', 'looked-after pupils', 'Besides the 47 looked-after pupils'),
    F(63, 'count', o, 'previously looked-after pupils', '63 previously looked-after pupils'),
    F(23, 'count', o, 'pupils missing from education for more than ten school days', 'Twenty-three pupils were missing from education'),
    F(10, 'days', o, 'missing-education threshold in school days', 'for more than ten school days', optional=True),
    F(2, 'count', o, 'missing pupils not found or back in school by the end of term', 'all but two were found'),
    F(41, 'count', o, 'pupils who left for elective home education', 'Forty-one pupils left our rolls for elective home education'),
    F(29, 'count', o, 'pupils who left for elective home education, 2024/25', 'compared with 29 in 2024/25', period=PY),
    F(11, 'count', o, 'permanent exclusions', '11 pupils were permanently excluded'),
    F(19.8, 'percent', o, 'persistent absence across the trust', 'Persistent absence was 19.8% across the trust'),
    F(20.1, 'percent', o, 'persistent absence nationally', 'against 20.1% nationally'),
    F(9, 'count', o, 'allegations against staff referred to the LADO', 'Nine allegations against staff or volunteers were referred'),
    F(2, 'count', o, 'allegations meeting the harm threshold', 'Two met the harm threshold'),
    F(1, 'count', o, 'staff dismissed', 'one member of staff was dismissed'),
    F(4, 'count', o, 'low-level concerns', 'Four concerns were dealt with as low-level concerns'),
    F(1236, 'count', o, 'staff who completed annual safeguarding training', '1,236 staff (97%) completed the annual safeguarding update'),
    F(97, 'percent', o, 'share of staff trained', '1,236 staff (97%)', optional=True),
    F(31, 'count', o, 'designated safeguarding leads and deputies', 'All 31 designated safeguarding leads and deputies'),
    F(2, 'years', o, 'DSL training renewal interval', 'renewed every two years', optional=True),
    F(88, 'percent', o, 'section 175 audit standards rated green', '88% of standards were rated green'),
    F(79, 'percent', o, 'standards rated green, previous audit', 'up from 79%', period=PY),
    F(2730, 'count', o, 'web filtering alerts', 'Web filtering raised 2,730 alerts'),
    F(214, 'count', o, 'filtering alerts passed to a DSL', '214 were passed to a designated safeguarding lead'),
    F(84, 'percent', o, 'secondary pupils with an adult they could talk to', '84% of 3,112 secondary pupils'),
    F(3112, 'count', o, 'secondary pupils surveyed', '84% of 3,112 secondary pupils'),
    F(186000, 'gbp', o, 'spending on designated safeguarding lead time', '£186,000 on protected designated safeguarding lead time'),
    F(24500, 'gbp', o, 'spending on records-system licences', '£24,500 on records-system licences'),
    F(2.4, 'count', o, 'central safeguarding team FTE', 'The central safeguarding team is 2.4 FTE'),
    F(23, 'count', o, 'children not found for more than ten days (inside a quote)', 'It is the 23 children we could not find', optional=True),
]
nf = ['Vacancies (7)', '15 October 2026', '6 of 11', 'section 175', 'Table A', 'by 31 October', 'Year 10', 'Appendix 2',
      '08765432', '01632 960 550', 'Primary (9)', 'Secondary (5)', '2026/27']
quotes = [
    Q(q1, 'Joanna Pethick', ['Pethick', 'Joanna Pethick', "the trust's safeguarding lead"], 'told', role='Trust Safeguarding Lead'),
    Q(q2, 'a Year 10 student', ['Year 10 student', 'student'], 'said', role='a Year 10 student at Stowmarket Academy'),
    Q(q3, 'David Ekwueme', ['Ekwueme', 'David Ekwueme'], 'called', role='trustee with responsibility for safeguarding'),
]
people = [{'name': 'Joanna Pethick', 'role': 'Trust Safeguarding Lead'},
          {'name': 'David Ekwueme', 'role': 'trustee with responsibility for safeguarding'}]
bp = ['Vacancies (7)', 'company number 08765432', 'Tel 01632 960 550']
gold(DOC, 'other', 'Annual safeguarding report 2025/26 (Orwell Valley Learning Trust board paper 6)', 'Suffolk', None, PER, figs, nf,
     quotes, people, bp,
     "A multi-academy trust's annual safeguarding report to its board, as a board-paper web page (kind other: a school's or school trust's "
     "document, per the kinds README's publisher rule). Period from the scope sentence (academic year 2025/26, September to August). Area "
     "Suffolk (the trust's schools are all in the county); partnership null. The headline box repeats prose values (mentions). Table A: phase "
     "columns are separate figures, the Trust column repeats the totals; pupils on CP plans, children in need and looked after keep those "
     "metrics (subsets of the metric's own population); schools' referrals to children's social care -> social_care_referrals; concerns "
     "logged, Encompass notifications, EHE, exclusions, LADO allegations, training, audit -> other. Count-with-percent: '1,236 staff (97%)' "
     "count required, % optional. National comparator for persistent absence, same metric. 'ten school days' is the threshold in a "
     "definition (optional); a number inside the quote optional. The safeguarding lead is first named as author and then spoken of by role "
     "('The trust's safeguarding lead told'), so the speaker resolves to Joanna Pethick. The trustee's fragment ('called the report \"...\"') is required.")
