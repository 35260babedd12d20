"""g01: Serious Violence Duty strategic needs assessment, public summary (reportlab, stat-card table, data table,
footnotes). Run: /tmp/pdfgen8/bin/python _src/g_g01.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_g import *
from reportlab.platypus import Paragraph, Spacer
from mk import F, P, Q, gold

DOC = 'g01_telford_wrekin_serious_violence_needs_assessment.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#6b2d5c')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']

story = [
    Paragraph('Telford and Wrekin Community Safety Partnership', h2),
    Paragraph('Serious Violence Duty: Strategic Needs Assessment 2026 (public summary)', h1),
    Paragraph('Version 1.3, approved by the Serious Violence Duty Steering Group on 14 October 2026. Analysis period: 1 April 2025 to 31 March 2026 unless stated. Lead analyst: Hannah Crewe, Community Safety Intelligence Officer.', b),
    Paragraph('1. Key findings at a glance', h2),
    table([['Violence with injury', 'Knife crime', 'Under-25 victims', 'Hospital admissions'],
           ['2,918 offences', '187 offences', '41%', '36 admissions'],
           ['up 6% on 2024/25', 'down from 204', 'of all victims', 'assault by sharp object']],
          [42.5, 42.5, 42.5, 42.5], S['accent']),
    Spacer(1, 6),
    Paragraph('West Mercia Police recorded 2,918 violence with injury offences in Telford and Wrekin during the year, a rate of 15.8 per 1,000 population, against 14.1 per 1,000 across the force area. Knife crime offences fell to 187 from 204 the year before. Around a quarter of knife crime took place in the town centre beat, and 62 offences involved a suspect aged under 18.<super>1</super>', b),
    Paragraph('Young people are over-represented on both sides of serious violence. Victims aged 10 to 24 accounted for 41% of all victims of violence with injury, although that age group makes up only 18% of the population. Two young people aged 17 and 19 died after stabbings in the borough during the analysis period; the death of the 17-year-old was notified to the Child Safeguarding Practice Review Panel and a rapid review was held.', b),
    Paragraph('2. Health data', h2),
    Paragraph("The Princess Royal Hospital emergency department recorded 312 attendances for assault among people aged 10 to 24, of which 36 resulted in an admission for assault by a sharp object. Information sharing to tackle violence (ISTV) data from the department showed that 58% of assault attendances happened between 9pm and 3am, and in 71 cases the patient said the assault took place in or near licensed premises.<super>2</super>", b),
    Paragraph('3. Children and exploitation', h2),
    Paragraph("The Multi-Agency Child Exploitation (MACE) panel discussed 94 children during the year, up from 77. Of those, 39 were assessed as at significant risk of criminal exploitation and 11 were linked to county lines activity. There were 48 National Referral Mechanism referrals for children from the borough, and 27 children received a positive reasonable grounds decision. Children's social care opened 143 child and family assessments where exploitation was a recorded factor.", b),
    table([['Indicator', '2024/25', '2025/26', 'Change'],
           ['First-time entrants to youth justice', '63', '54', '-14%'],
           ['Permanent exclusions (secondary)', '29', '37', '+28%'],
           ['Suspensions for weapons', '41', '46', '+12%'],
           ['Children missing from home (episodes)', '1,106', '1,212', '+10%'],
           ['Young people in custody (at year end)', '4', '3', '-1']],
          [80, 30, 30, 30], S['accent']),
    Spacer(1, 4),
    Paragraph('Table 2. Source: Telford and Wrekin Youth Justice Service; School Inclusion Team; Missing Children Panel. Figures for 2024/25 revised since SNA 2025.', sm),
    Paragraph('4. What people told us', h2),
    Paragraph("The partnership consulted 226 young people through schools and the youth forum. Almost half (47%) said they did not feel safe in the town centre after dark. One year 10 pupil wrote: \u201cEveryone knows someone who carries. It's not about being hard, it's about being scared.\u201d", b),
    Paragraph("Superintendent Mark Olabode, the force lead for the duty, said the findings would shape the strategy: \u201cThe numbers are going in the right direction on knives, but the exploitation picture is getting more complicated, not less.\u201d", b),
    Paragraph('5. Priorities for 2026-2029', h2),
    Paragraph("The strategy will focus on three priorities over three years: exploitation and county lines, violence in the night-time economy, and education inclusion. The Home Office allocation for 2026/27 is £187,400, with partners adding £95,000 in kind. A further 16 recommendations are set out in Section 9 of the full assessment.", b),
    Spacer(1, 6),
    Paragraph('<super>1</super> Knife crime is defined using the ONS selected offences flag. Population denominators use ONS mid-2024 estimates. <super>2</super> ISTV data are collected under section 251 approval; counts below 5 are suppressed. Contact: community.safety@telford-wrekin.example, 01632 960418.', sm),
]
build(OUT, 'Serious Violence Duty Strategic Needs Assessment 2026', 'Telford and Wrekin Community Safety Partnership', story,
      'Telford and Wrekin CSP | Serious Violence SNA 2026 | OFFICIAL', 'SNA 2026 public summary v1.3', 2)

PER = P('2025-04-01', '2026-03-31', 'April 2025 to March 2026')
PREV = P('2024-04-01', '2025-03-31', '2024/25')
fig = [
    F(2918, 'count', 'other', 'violence with injury offences', 'recorded 2,918 violence with injury offences'),
    F(6, 'percent', 'other', 'increase in violence with injury on 2024/25', 'up 6% on 2024/25'),
    F(15.8, 'rate_per_1000', 'other', 'violence with injury rate', 'a rate of 15.8 per 1,000 population'),
    F(14.1, 'rate_per_1000', 'other', 'violence with injury rate, force area comparator', 'against 14.1 per 1,000 across the force area'),
    F(187, 'count', 'other', 'knife crime offences', 'Knife crime offences fell to 187'),
    F(204, 'count', 'other', 'knife crime offences, previous year', 'from 204 the year before', period=PREV),
    F(25, 'percent', 'other', 'share of knife crime in the town centre beat', 'Around a quarter of knife crime', qualifier='about'),
    F(62, 'count', 'other', 'knife crime offences with a suspect aged under 18', '62 offences'),
    F(41, 'percent', 'other', 'victims aged 10 to 24 as share of violence with injury victims', 'accounted for 41% of all victims'),
    F(18, 'percent', 'other', 'share of population aged 10 to 24', 'makes up only 18% of the population'),
    F(2, 'count', 'other', 'young people (one a child, one an adult) who died after stabbings', 'Two young people aged 17 and 19 died'),
    F(17, 'years', 'other', 'age of young person who died', 'aged 17 and 19', optional=True),
    F(19, 'years', 'other', 'age of young person who died', 'aged 17 and 19', optional=True),
    F(1, 'count', 'serious_incident_notifications', 'death notified to the Panel', 'the death of the 17-year-old was notified', optional=True),
    F(1, 'count', 'rapid_reviews', 'rapid review held', 'a rapid review was held', optional=True),
    F(312, 'count', 'other', 'emergency department attendances for assault aged 10 to 24', 'recorded 312 attendances for assault'),
    F(36, 'count', 'other', 'admissions for assault by a sharp object', 'of which 36 resulted in an admission'),
    F(58, 'percent', 'other', 'assault attendances between 9pm and 3am', '58% of assault attendances'),
    F(71, 'count', 'other', 'assaults in or near licensed premises', 'in 71 cases the patient said'),
    F(94, 'count', 'other', 'children discussed at MACE panel', 'discussed 94 children during the year'),
    F(77, 'count', 'other', 'children discussed at MACE, previous year', 'up from 77', period=PREV),
    F(39, 'count', 'other', 'children at significant risk of criminal exploitation', '39 were assessed as at significant risk'),
    F(11, 'count', 'other', 'children linked to county lines', '11 were linked to county lines activity'),
    F(48, 'count', 'other', 'NRM referrals for children', 'There were 48 National Referral Mechanism referrals'),
    F(27, 'count', 'other', 'children with positive reasonable grounds decision', '27 children received a positive reasonable grounds decision'),
    F(143, 'count', 'other', 'child and family assessments with exploitation factor', 'opened 143 child and family assessments'),
    F(63, 'count', 'other', 'first-time entrants to youth justice 2024/25', 'First-time entrants to youth justice 63 54', period=PREV),
    F(54, 'count', 'other', 'first-time entrants to youth justice', 'First-time entrants to youth justice 63 54'),
    F(-14, 'percent', 'other', 'change in first-time entrants', '63 54 -14%'),
    F(29, 'count', 'other', 'permanent exclusions (secondary) 2024/25', 'Permanent exclusions (secondary) 29 37', period=PREV),
    F(37, 'count', 'other', 'permanent exclusions (secondary)', 'Permanent exclusions (secondary) 29 37'),
    F(28, 'percent', 'other', 'change in permanent exclusions', '29 37 +28%'),
    F(41, 'count', 'other', 'suspensions for weapons 2024/25', 'Suspensions for weapons 41 46', period=PREV),
    F(46, 'count', 'other', 'suspensions for weapons', 'Suspensions for weapons 41 46'),
    F(12, 'percent', 'other', 'change in suspensions for weapons', '41 46 +12%'),
    F(1106, 'count', 'other', 'missing from home episodes 2024/25', 'Children missing from home (episodes) 1,106 1,212', period=PREV),
    F(1212, 'count', 'other', 'missing from home episodes', 'Children missing from home (episodes) 1,106 1,212'),
    F(10, 'percent', 'other', 'change in missing episodes', '1,106 1,212 +10%'),
    F(4, 'count', 'other', 'young people in custody 2024/25', 'Young people in custody (at year end) 4 3', period=PREV),
    F(3, 'count', 'other', 'young people in custody at year end', 'Young people in custody (at year end) 4 3'),
    F(-1, 'count', 'other', 'change in young people in custody', '4 3 -1', optional=True),
    F(226, 'count', 'other', 'young people consulted', 'consulted 226 young people'),
    F(47, 'percent', 'other', 'young people not feeling safe in town centre after dark', 'Almost half (47%)'),
    F(3, 'count', 'other', 'strategy priorities', 'focus on three priorities', optional=True),
    F(3, 'years', 'other', 'strategy duration', 'over three years'),
    F(187400, 'gbp', 'other', 'Home Office allocation 2026/27', 'allocation for 2026/27 is £187,400', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(95000, 'gbp', 'other', 'partner contribution in kind', 'partners adding £95,000 in kind', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(16, 'count', 'recommendations', 'recommendations in the full assessment', 'A further 16 recommendations'),
]
nf = ['Version 1.3', '14 October 2026', '2026-2029', 'Section 9', 'mid-2024', 'section 251', 'counts below 5', 'SNA 2025', '01632 960418', 'year 10', 'per 1,000 population', 'Table 2', 'aged 10 to 24']
quotes = [
    Q("Everyone knows someone who carries. It's not about being hard, it's about being scared.", 'a year 10 pupil', ['pupil', 'One year 10 pupil', 'year 10 pupil'], 'wrote'),
    Q('The numbers are going in the right direction on knives, but the exploitation picture is getting more complicated, not less.', 'Mark Olabode', ['Olabode', 'Superintendent Mark Olabode', 'Supt Olabode'], 'said', role='force lead for the Serious Violence Duty, West Mercia Police'),
]
people = [{'name': 'Hannah Crewe', 'role': 'Community Safety Intelligence Officer'}, {'name': 'Mark Olabode', 'role': 'Superintendent, force lead for the duty'}]
gold(DOC, 'council_report', 'Serious Violence Duty: Strategic Needs Assessment 2026 (public summary)', 'Telford and Wrekin',
     'Telford and Wrekin Community Safety Partnership', PER, fig, nf, quotes, people,
     ['Telford and Wrekin CSP | Serious Violence SNA 2026 | OFFICIAL', 'SNA 2026 public summary v1.3'],
     "Serious Violence Duty strategic needs assessment public summary (reportlab, 2 pages). Traps: a stat-card strip whose cells read across columns (2,918 / 187 / 41% / 36 re-mentioned in prose; 'up 6% on 2024/25' only in the card; 'down from 204' repeats the prose); rates per 1,000 population with a force-area comparator (other, rate_per_1000); 'Around a quarter' = 25% qualified; superscript footnote markers extracted as stray lines between words ('62 offences \\n1\\ninvolved', '9pm and \\n2\\n3am': the 1 and 2 are not figures); ages 17 and 19 optional, the two deaths count a 17-year-old and a 19-year-old together, so the figure is other, not child_deaths; the notification and rapid review are implied singletons (optional); a five-row table with 2024/25 column (own period), signed changes (+28% positive, -14% negative, '-1' a count change optional); 'aged 10 to 24' and '9pm and 3am' not figures; 'three priorities over three years' (priorities optional, duration required); Home Office allocation £187,400 with its own 2026/27 period (its leading digits echo the 187 knife crimes); 'Section 9', 'section 251', 'counts below 5' not figures; a pupil's written quote (anonymous speaker) and a police superintendent.")
