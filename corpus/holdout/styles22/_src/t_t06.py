"""Writer t, t06: a county council's Principal Social Worker (children and families) annual report (West Sussex), txt,
numbered paragraphs, a space-aligned workforce table. Period implied only (published June 2026, 'the past year', 'end of March')."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 't06_west_sussex_principal_social_worker_annual_report.txt'

TXT = '''SYNTHETIC document invented for evaluation (styles22, writer t): people, cases, quotes and figures are made up; only the place names are real.

WEST SUSSEX COUNTY COUNCIL
Children, Young People and Learning Directorate

PRINCIPAL SOCIAL WORKER FOR CHILDREN AND FAMILIES
ANNUAL REPORT

Report to:   Children's Services Practice Board
Author:      Marcus Adeyemi, Principal Social Worker (Children and Families)
Published:   June 2026
Status:      For information. Not exempt.

1. PURPOSE
1.1 Every council with social services responsibilities is expected to have a Principal Social Worker (PSW) who leads and oversees excellent social work practice and reports on it to senior leaders. This is my annual report on the state of children's social work practice in West Sussex over the past year.
1.2 Figures are taken from the workforce dashboard and the practice quality framework at the end of March, unless the text says otherwise.

2. OUR WORKFORCE
2.1 At the end of March we employed 486 social workers in children's services (447.6 FTE). The vacancy rate has fallen to 14%, from 19% a year earlier, and agency social workers now make up 11% of the workforce, compared with 17% in March 2025. Turnover over the year was 13.2%.
2.2 The average caseload in our Assessment and Family Safeguarding teams was 17 children per social worker, within our standard of no more than 18.

Table 1: Social work workforce, children's services

                                   March 2025    March 2026
Social workers (headcount)                461           486
Vacancy rate                              19%           14%
Agency social workers                     17%           11%
Turnover (previous 12 months)           15.8%         13.2%
Average caseload (children)                19            17

2.3 We welcomed 54 newly qualified social workers onto the Assessed and Supported Year in Employment (ASYE). Of the 51 who reached the end of their year, 49 passed. We also supported 12 Step Up to Social Work trainees and 18 social work degree apprentices, our largest cohort so far.
2.4 Since October, social workers in frontline teams have received a retention payment of £3,000 after two years' service. It is too early to say what difference this has made.

3. WHAT SOCIAL WORKERS TELL US
3.1 402 social workers completed this year's Social Work Health Check (62% of those invited). 71% said their workload was manageable, up from 58% last year, and 84% said they received good supervision.
3.2 The comments were honest. One social worker wrote: "For the first time in three years I am not working every evening to keep up with recording. I can actually think about the children."
3.3 Another told the Health Check focus group: "We still lose good people to agencies because they can earn more and choose their hours. A payment after two years does not change that."

4. THE CHILDREN WE WORK WITH
4.1 At the end of March our social workers were working with 5,812 children, including 642 children on a child protection plan and 893 children in our care.
4.2 Our practice standards say that a child on a child protection plan should be seen by their social worker at least every 10 working days. In March, 91% of children on a plan had been seen within that timescale.
4.3 Every child's case should be discussed in supervision at least every four weeks. The March audit found this in 88% of cases.

5. QUALITY OF PRACTICE
5.1 Team managers and I completed 312 collaborative audits over the year. 64% of the work audited was graded good or better, up from 55% the year before, and 6% was inadequate. Every inadequate case was reviewed by a head of service within five working days.
5.2 The strongest practice was in direct work with children and in recording the child's voice. The weakest remained planning for children in need and the quality of chronologies.

6. LEARNING FROM REVIEWS
6.1 The West Sussex Safeguarding Children Partnership published two local child safeguarding practice reviews this year, about "Child R" and about a sibling group known as "the S children". Both reviews found that practitioners had not brought together what different agencies knew about a father who was rarely seen.
6.2 I ran 14 practice learning sessions on the two reviews, attended by 611 practitioners from children's services, health, schools and the police. The reviews made 9 recommendations between them; the 4 for children's social care are all complete.
6.3 A young person who spoke at our practice week in February, aged 16, said social workers should "stop writing about me and start writing to me", and we have changed our recording guidance to ask for exactly that.

7. LEARNING AND DEVELOPMENT
7.1 The Social Work Academy delivered 236 training sessions this year, with 3,980 attendances. We received 142 compliments about individual social workers from children and families.

8. PRIORITIES FOR THE YEAR AHEAD
8.1 (a) Bring agency use below 8% of the workforce. (b) Keep average caseloads at 18 or fewer. (c) Raise the share of audited work graded good or better to 75%. (d) Launch a practice framework for children in need.

Contact: Marcus Adeyemi, Principal Social Worker, County Hall, Chichester. Telephone 01632 960842. psw.children@westsussex.example
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

per = P('2025-04-01', '2026-03-31', 'the past year (published June 2026)')
m25 = P('2025-03-31', '2025-03-31', 'March 2025')
prev = P('2024-04-01', '2025-03-31', 'last year')
figs = [
    F(486, 'count', 'other', 'social workers employed in children\'s services', 'we employed 486 social workers'),
    F(447.6, 'count', 'other', 'social workers (FTE)', '(447.6 FTE)', optional=True),
    F(14, 'percent', 'other', 'social worker vacancy rate', 'The vacancy rate has fallen to 14%'),
    F(19, 'percent', 'other', 'vacancy rate a year earlier', 'from 19% a year earlier', period=m25),
    F(11, 'percent', 'other', 'agency social workers as a share of the workforce', 'agency social workers now make up 11%'),
    F(17, 'percent', 'other', 'agency social workers in March 2025', 'compared with 17% in March 2025', period=m25),
    F(13.2, 'percent', 'other', 'social worker turnover over the year', 'Turnover over the year was 13.2%'),
    F(17, 'count', 'other', 'average caseload (children per social worker)', 'was 17 children per social worker'),
    F(18, 'count', 'other', 'caseload standard (no more than)', 'our standard of no more than 18', qualifier='no more than', optional=True),
    F(461, 'count', 'other', 'social workers (headcount) March 2025', 'Social workers (headcount) 461', period=m25),
    F(15.8, 'percent', 'other', 'turnover in the 12 months to March 2025', 'Turnover (previous 12 months) 15.8%', period=prev),
    F(19, 'count', 'other', 'average caseload March 2025', 'Average caseload (children) 19', period=m25),
    F(54, 'count', 'other', 'newly qualified social workers on the ASYE', 'We welcomed 54 newly qualified social workers'),
    F(51, 'count', 'other', 'ASYE social workers who reached the end of their year', 'Of the 51 who reached the end'),
    F(49, 'count', 'other', 'ASYE social workers who passed', '49 passed'),
    F(12, 'count', 'other', 'Step Up to Social Work trainees', '12 Step Up to Social Work trainees'),
    F(18, 'count', 'other', 'social work degree apprentices', '18 social work degree apprentices'),
    F(3000, 'gbp', 'other', 'retention payment', 'a retention payment of £3,000'),
    F(402, 'count', 'other', 'social workers who completed the Health Check', '402 social workers completed'),
    F(62, 'percent', 'other', 'share of those invited who completed the Health Check', '(62% of those invited)', optional=True),
    F(71, 'percent', 'other', 'social workers saying their workload was manageable', '71% said their workload was manageable'),
    F(58, 'percent', 'other', 'workload manageable last year', 'up from 58% last year', period=prev),
    F(84, 'percent', 'other', 'social workers saying they received good supervision', '84% said they received good supervision'),
    F(5812, 'count', 'children_in_need', 'children social workers were working with', 'working with 5,812 children'),
    F(642, 'count', 'child_protection_plans', 'children on a child protection plan', '642 children on a child protection plan'),
    F(893, 'count', 'looked_after_children', 'children in care', '893 children in our care'),
    F(10, 'days', 'other', 'visiting timescale for children on a CP plan (working days)', 'at least every 10 working days'),
    F(91, 'percent', 'child_protection_plans', 'children on a plan seen within 10 working days', '91% of children on a plan had been seen'),
    F(4, 'weeks', 'other', 'supervision standard interval', 'at least every four weeks'),
    F(88, 'percent', 'other', 'cases discussed in supervision within four weeks', 'The March audit found this in 88% of cases'),
    F(312, 'count', 'other', 'collaborative audits completed', 'completed 312 collaborative audits'),
    F(64, 'percent', 'other', 'audited work graded good or better', '64% of the work audited was graded good or better'),
    F(55, 'percent', 'other', 'audited work good or better the year before', 'up from 55% the year before', period=prev),
    F(6, 'percent', 'other', 'audited work graded inadequate', 'and 6% was inadequate'),
    F(5, 'days', 'other', 'timescale for head of service review of inadequate cases (working days)', 'within five working days'),
    F(2, 'count', 'lcsprs_published', 'LCSPRs published by the West Sussex Safeguarding Children Partnership', 'published two local child safeguarding practice reviews this year'),
    F(14, 'count', 'other', 'practice learning sessions on the two reviews', 'I ran 14 practice learning sessions'),
    F(611, 'count', 'other', 'practitioners attending the learning sessions', 'attended by 611 practitioners'),
    F(9, 'count', 'recommendations', 'recommendations made by the two reviews', 'The reviews made 9 recommendations between them'),
    F(4, 'count', 'recommendations', 'recommendations for children\'s social care, all complete', 'the 4 for children\'s social care are all complete'),
    F(16, 'years', 'other', 'age of the young person who spoke at practice week', 'aged 16', optional=True),
    F(236, 'count', 'other', 'training sessions delivered by the Social Work Academy', 'delivered 236 training sessions'),
    F(3980, 'count', 'other', 'training attendances', 'with 3,980 attendances'),
    F(142, 'count', 'other', 'compliments about individual social workers', 'We received 142 compliments'),
    F(8, 'percent', 'other', 'priority: agency use below', 'Bring agency use below 8%', optional=True),
    F(18, 'count', 'other', 'priority: average caseloads at or below', 'Keep average caseloads at 18 or fewer', optional=True),
    F(75, 'percent', 'other', 'priority: audited work good or better', 'graded good or better to 75%', optional=True),
]
quotes = [
    Q('For the first time in three years I am not working every evening to keep up with recording. I can actually think about the children.',
      'a social worker', ['social worker', 'one social worker'], 'wrote', role='social worker, Social Work Health Check'),
    Q('We still lose good people to agencies because they can earn more and choose their hours. A payment after two years does not change that.',
      'a social worker', ['social worker', 'another social worker', 'Another'], 'told the Health Check focus group',
      role='social worker, Health Check focus group'),
    Q('stop writing about me and start writing to me', 'a young person', ['young person', 'a young person, aged 16'],
      'said social workers should', role='young person who spoke at practice week, aged 16'),
]
gold(DOC, 'council_report', 'Principal Social Worker for Children and Families: Annual Report', 'West Sussex',
     'West Sussex Safeguarding Children Partnership', per, figs,
     ['June 2026', '1.1', '8.1', 'Table 1', 'March 2026', '12 months', 'two years\' service', 'three years', 'after two years',
      '(a)', '(d)', '"Child R"', '"the S children"', '01632 960842'],
     quotes,
     [{'name': 'Marcus Adeyemi', 'role': 'Principal Social Worker (Children and Families)'}],
     ['Status:      For information. Not exempt.'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A county council\'s Principal Social Worker annual '
     'report to its children\'s services practice board (council_report: an officer\'s annual report to a council board). '
     'Period implied only: "over the past year", figures "at the end of March", published June 2026 -> 1 April 2025 to '
     '31 March 2026 (no year is named for the report itself; March 2025 is the comparison column). Partnership: the West '
     'Sussex Safeguarding Children Partnership, named once as publishing the two LCSPRs (rulings 2 and 7). The PSW writes '
     'first person: prose, not quotes. Table 1 (space-aligned): the March 2025 column carries its own period (19% and 17% '
     'anchored in the prose, where they also appear), the March 2026 column repeats the prose. FTE 447.6 optional; caseload '
     'standard and priorities optional; "49 passed" of "51" both required; "402 (62% ...)" count required, percent optional. '
     'Children worked with 5,812 -> children_in_need, 642 CP plans, 893 in care; "91% of children on a plan had been seen" '
     'keeps child_protection_plans (ruling 3), with the 10 working days standard required (ruling 1/6); the four-week '
     'supervision standard required, the 88% share other; five working days for reviewing inadequate cases required. Review '
     'recommendations 9 and the 4 for social care (all complete) are recommendations (ruling 5). "two years\' service" is a condition (not a figure); "three years" inside a quote is a time point. '
     'Quotes: a health check comment (wrote), a focus-group comment (told), a young person\'s fragment in reported speech '
     '(required; age optional). Review names "Child R" and "the S children" are not quotes.')
