"""Writer r, r04: a council's transitions (16-25) service report to scrutiny (St. Helens), HTML (ModernGov-style page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'r04_st_helens_transitions_16_25_service_report_to_scrutiny.html'

HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transitions Service (16-25): annual update - St Helens Borough Council</title>
<style>body{font-family:Arial,sans-serif;max-width:960px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}.mgHeader{background:#00594f;color:#fff;padding:8px}.cookie{background:#eee;padding:6px}</style>
<script>window.mgConfig = {"meetingId": 4812, "itemId": 7, "docs": 3};</script>
</head>
<body>
<div class="cookie">We use 2 essential cookies to make this site work. <a href="#">Accept</a> <a href="#">Cookie settings</a></div>
<div class="mgHeader"><a href="https://moderngov.sthelens.example">St Helens Borough Council - Councillors, committees and meetings</a></div>
<nav><a href="#">Home</a> &gt; <a href="#">Committees</a> &gt; <a href="#">Children and Young People Scrutiny Committee</a> &gt; Agenda item</nav>
<h1>Agenda item 7: Transitions Service (16-25): annual update</h1>
<table class="mgCover">
<tr><th>Meeting</th><td>Children and Young People Scrutiny Committee, Thursday 19 November 2026, 6.00 pm</td></tr>
<tr><th>Report of</th><td>Director of Adult Social Care and Director of Children's Services (joint report)</td></tr>
<tr><th>Portfolio</th><td>Cabinet Member for Children and Young People; Cabinet Member for Adult Health and Social Care</td></tr>
<tr><th>Wards affected</th><td>All wards</td></tr>
<tr><th>Exempt</th><td>No</td></tr>
</table>

<h2>1. Purpose of the report</h2>
<p>1.1 To update the Committee on the work of the all-age Transitions Service, which supports young people aged 14 to 25 who are likely to need care and support as adults. This report covers the 12 months to 30 September 2026, the service's second full year.</p>

<h2>2. Recommendation</h2>
<p>2.1 That the Committee notes the report and asks for a further update in 12 months' time.</p>

<h2>3. Background</h2>
<p>3.1 The Transitions Service was set up in October 2024 in response to the local child safeguarding practice review about "Jordan", a 17-year-old with autism who was exploited and seriously harmed in the months before and after his 18th birthday. The review was published by the St Helens Safeguarding Children Partnership in March 2025. It found that Jordan's move to adult services had been "a cliff edge rather than a bridge" and made 7 recommendations, 3 of which concerned transitions. All 3 are now complete.</p>
<p>3.2 The service has 9.5 full-time equivalent staff and a budget of &pound;612,000 for 2026/27, jointly funded by the council and NHS Cheshire and Merseyside.</p>

<h2>4. Who the service works with</h2>
<p>4.1 At 30 September 2026 the service was working with 286 young people. It received 174 referrals during the year, compared with 139 in the previous 12 months, an increase of 25%. Children's social care made 96 of the referrals, the SEND team 41, CAMHS 22 and other services 15.</p>
<p>4.2 Of the 286 young people, 161 (56%) have an Education, Health and Care Plan. 48 are looked after by the council, 63 are care leavers, 37 are children in need and 9 are subject to a child protection plan.</p>

<h2>5. Performance</h2>
<p>5.1 82% of young people open to the service had a transition plan in place by their 18th birthday, up from 64% in the previous 12 months. A Care Act assessment had been started by the age of 17 and a half for 78% of young people, against a local target of 85%. 71% of Care Act assessments were completed within 28 days.</p>
<table>
<caption>Table 1: Quarterly indicators</caption>
<thead><tr><th>Indicator</th><th>Q3 2025/26</th><th>Q4 2025/26</th><th>Q1 2026/27</th><th>Q2 2026/27</th></tr></thead>
<tbody>
<tr><td>Referrals received</td><td>38</td><td>44</td><td>47</td><td>45</td></tr>
<tr><td>Transition plan in place by 18th birthday (%)</td><td>79</td><td>80</td><td>84</td><td>85</td></tr>
</tbody>
</table>

<h2>6. Safeguarding and exploitation</h2>
<p>6.1 31 young people open to the service were also open to the Complex Safeguarding Team because of criminal or sexual exploitation; 12 of them turned 18 during the year. For each of those 12 a joint adult and children's safeguarding meeting was held before the birthday. Adult safeguarding concerns were raised for 19 young adults in the service, and 5 of these led to a section 42 enquiry.</p>

<h2>7. What young people and families say</h2>
<p>7.1 The service surveyed 64 young people in July 2026; 47 of them (73%) said they knew who their adult worker would be before they turned 18.</p>
<p>7.2 One young person told the Committee's engagement session: "Before, I got a letter saying my social worker was finishing on my birthday. This time I met my new worker three times first, and she came to my review."</p>
<p>7.3 A parent wrote: "It still feels like two different systems that don't talk, but at least now someone rings me back."</p>

<h2>8. Next steps</h2>
<p>8.1 By September 2027 the service aims to start every Care Act assessment by the age of 17 and a half and to reduce the number of young people waiting for an adult social worker at 18 to zero.</p>

<h2>9. Financial and legal implications</h2>
<p>9.1 There are no new financial implications. The duties referred to are in sections 58 to 66 of the Care Act 2014 and the Children and Families Act 2014.</p>

<p><strong>Contact officer:</strong> Lisa Hartwell, Head of Transitions, 01632 960734, lisahartwell@sthelens.example</p>
<p><strong>Background papers:</strong> Local Child Safeguarding Practice Review: Jordan (St Helens Safeguarding Children Partnership, 2025).</p>
<footer><p>St Helens Borough Council, Town Hall, Victoria Square, St Helens. Telephone 01632 960000.</p><p>&copy; 2026 St Helens Borough Council</p></footer>
</body>
</html>
'''

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)
    PY = P('2024-10-01', '2025-09-30', 'the previous 12 months')
    q = {'Q3': P('2025-10-01', '2025-12-31', 'Q3 2025/26'), 'Q4': P('2026-01-01', '2026-03-31', 'Q4 2025/26'),
         'Q1': P('2026-04-01', '2026-06-30', 'Q1 2026/27'), 'Q2': P('2026-07-01', '2026-09-30', 'Q2 2026/27')}
    figs = [
        F(14, 'years', 'other', 'service age band, lower', 'young people aged 14 to 25', optional=True),
        F(25, 'years', 'other', 'service age band, upper', 'young people aged 14 to 25', optional=True),
        F(17, 'years', 'other', 'age of the child in the review', 'a 17-year-old with autism', optional=True),
        F(7, 'count', 'recommendations', 'recommendations of the LCSPR about Jordan', 'made 7 recommendations'),
        F(3, 'count', 'recommendations', 'LCSPR recommendations about transitions', '3 of which concerned transitions'),
        F(3, 'count', 'recommendations', 'transitions recommendations complete', 'All 3 are now complete', optional=True),
        F(9.5, 'count', 'other', 'full-time equivalent staff', '9.5 full-time equivalent staff', optional=True),
        F(612000, 'gbp', 'other', 'Transitions Service budget', 'a budget of £612,000 for 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(286, 'count', 'other', 'young people open to the Transitions Service', 'the service was working with 286 young people'),
        F(174, 'count', 'other', 'referrals to the Transitions Service', 'It received 174 referrals during the year'),
        F(139, 'count', 'other', 'referrals in the previous 12 months', 'compared with 139 in the previous 12 months', period=PY),
        F(25, 'percent', 'other', 'increase in referrals', 'an increase of 25%'),
        F(96, 'count', 'other', 'referrals from children\'s social care', "Children's social care made 96 of the referrals"),
        F(41, 'count', 'other', 'referrals from the SEND team', 'the SEND team 41'),
        F(22, 'count', 'other', 'referrals from CAMHS', 'CAMHS 22'),
        F(15, 'count', 'other', 'referrals from other services', 'other services 15'),
        F(161, 'count', 'other', 'young people with an EHC plan', '161 (56%) have an Education, Health and Care Plan'),
        F(56, 'percent', 'other', 'share with an EHC plan', '161 (56%)', optional=True),
        F(48, 'count', 'looked_after_children', 'young people in the service looked after by the council', '48 are looked after by the council'),
        F(63, 'count', 'other', 'care leavers in the service', '63 are care leavers'),
        F(37, 'count', 'children_in_need', 'young people in the service who are children in need', '37 are children in need'),
        F(9, 'count', 'child_protection_plans', 'young people in the service subject to a child protection plan', '9 are subject to a child protection plan'),
        F(82, 'percent', 'other', 'young people with a transition plan by their 18th birthday', '82% of young people open to the service had a transition plan'),
        F(64, 'percent', 'other', 'transition plan by 18th birthday, previous 12 months', 'up from 64% in the previous 12 months', period=PY),
        F(78, 'percent', 'other', 'Care Act assessment started by 17 and a half', 'for 78% of young people'),
        F(85, 'percent', 'other', 'local target for Care Act assessments started by 17 and a half', 'a local target of 85%', optional=True),
        F(71, 'percent', 'other', 'Care Act assessments completed within 28 days', '71% of Care Act assessments were completed within 28 days'),
        F(28, 'days', 'other', 'timescale for Care Act assessments', 'completed within 28 days'),
    ]
    for i, (k, v) in enumerate([('Q3', 38), ('Q4', 44), ('Q1', 47), ('Q2', 45)]):
        figs.append(F(v, 'count', 'other', 'referrals received, %s' % q[k]['text'], 'Referrals received 38 44 47 45', period=q[k]))
    for k, v in [('Q3', 79), ('Q4', 80), ('Q1', 84), ('Q2', 85)]:
        figs.append(F(v, 'percent', 'other', 'transition plan in place by 18th birthday, %s' % q[k]['text'],
                      'Transition plan in place by 18th birthday (%) 79 80 84 85', period=q[k]))
    figs += [
        F(31, 'count', 'other', 'young people also open to the Complex Safeguarding Team', '6.1 31 young people open to the service'),
        F(12, 'count', 'other', 'young people at risk of exploitation who turned 18', '12 of them turned 18 during the year'),
        F(19, 'count', 'other', 'young adults for whom adult safeguarding concerns were raised', 'concerns were raised for 19 young adults'),
        F(5, 'count', 'other', 'concerns leading to a section 42 enquiry', '5 of these led to a section 42 enquiry'),
        F(64, 'count', 'other', 'young people surveyed', 'The service surveyed 64 young people'),
        F(47, 'count', 'other', 'young people who knew their adult worker before 18', '47 of them (73%) said they knew'),
        F(73, 'percent', 'other', 'share who knew their adult worker before 18', '47 of them (73%)', optional=True),
        F(3, 'count', 'other', 'times the young person met the new worker', 'I met my new worker three times first', optional=True),
        F(0, 'count', 'other', 'aim: young people waiting for an adult social worker at 18', 'at 18 to zero', optional=True),
    ]
    quotes = [
        Q('a cliff edge rather than a bridge', 'the review', ['review', 'the local child safeguarding practice review', 'the LCSPR'], 'found'),
        Q('Before, I got a letter saying my social worker was finishing on my birthday. This time I met my new worker three times first, and she came to my review.',
          'a young person', ['young person', 'one young person'], 'told', role='Young person using the Transitions Service'),
        Q("It still feels like two different systems that don't talk, but at least now someone rings me back.",
          'a parent', ['parent'], 'wrote'),
    ]
    gold(DOC, 'council_report', 'Transitions Service (16-25): annual update', 'St. Helens',
         'St Helens Safeguarding Children Partnership', P('2025-10-01', '2026-09-30', 'the 12 months to 30 September 2026'),
         figs,
         ['16-25', '19 November 2026', '6.00 pm', 'Agenda item 7', 'October 2024', 'March 2025', '18th birthday',
          'the age of 17 and a half', 'Q3 2025/26', 'section 42', 'sections 58 to 66', 'Care Act 2014', 'Children and Families Act 2014',
          "12 months' time", '01632 960734', '01632 960000', 'September 2027', 'second full year', '2 essential cookies'],
         quotes, [{'name': 'Lisa Hartwell', 'role': 'Head of Transitions, St Helens Borough Council'}],
         ['We use 2 essential cookies to make this site work.', 'Cookie settings',
          'St Helens Borough Council - Councillors, committees and meetings', '© 2026 St Helens Borough Council'],
         'SYNTHETIC. A joint directors\' report to a scrutiny committee on an all-age transitions service (council_report). '
         'Period from the scope sentence (12 months to 30 September 2026). Partnership: the St Helens Safeguarding Children '
         'Partnership published the LCSPR that led to the service (ruling 2/7). Caseload subsets keep their own metrics '
         '(looked after, CIN, CP plan); care leavers, EHCP, referrals to the service other. Quarter table cells carry quarter '
         'periods; 28 days inside a share required; ages of the service band and of the review\'s child optional; targets '
         'and aims optional. Quotes: the review\'s fragment (cue found), a young person (told), a parent (wrote). '
         'Area spelled as the official list (St. Helens); the document writes St Helens.')
