"""Writer p, p05: an independent children's home provider's Statement of Purpose (South Gloucestershire), txt. No quotes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'p05_south_gloucestershire_childrens_home_statement_of_purpose.txt'
TXT = '''SYNTHETIC DOCUMENT invented for evaluation (styles20, writer p): the provider, home, people and figures are made up; only place names are real.

HAWTHORN LODGE
Statement of Purpose

Provider: Brightwater Care Homes Ltd (company number 09418827)
Ofsted unique reference number: SC582940
Address: Hawthorn Lodge, Frampton End Road, South Gloucestershire
Telephone: 01632 960 264    Email: hawthorn@brightwatercare.example
Version 7. Reviewed and approved by the Responsible Individual on 14 November 2026. Next review due: November 2027.

This Statement of Purpose is written to meet Regulation 16 and Schedule 1 of the Children's Homes (England) Regulations 2015. A copy is given to every child (in a children's guide written for their age), to their parents and social worker, to the placing authority and to Ofsted.

--------------------------------------------------------------------
1. QUALITY AND PURPOSE OF CARE
--------------------------------------------------------------------

1.1 Hawthorn Lodge is a detached five-bedroom house on the edge of a village, registered by Ofsted to care for up to 4 children aged 8 to 17 who have experienced trauma, neglect or abuse and who may show emotional and behavioural difficulties. We do not provide care for children whose primary need is a learning disability or who need nursing care.

1.2 We aim to give each child a stable, warm home for as long as they need it. Since the home opened in March 2019 we have looked after 23 children. The average length of stay is 19 months, and 5 children have moved on to foster families or back home to their parents in a planned way.

1.3 Our approach is based on the PACE model (Playfulness, Acceptance, Curiosity and Empathy). A clinical psychologist from our therapy team visits the home every two weeks, consults with the staff team and agrees a therapeutic plan for each child within 6 weeks of their arrival.

--------------------------------------------------------------------
2. VIEWS, WISHES AND FEELINGS
--------------------------------------------------------------------

2.1 Children meet with their key worker at least once a week and hold a house meeting each month. Each child is told how to contact the Children's Commissioner, an independent advocate and Ofsted. The independent person who visits under Regulation 44 speaks to children on every monthly visit, in private if they wish.

--------------------------------------------------------------------
3. EDUCATION
--------------------------------------------------------------------

3.1 On 14 November 2026, 3 of the 4 children living at the home attended school full time. The fourth attends an alternative provision 3 days a week while a new school place is agreed. We expect every child to have a place in education within 20 school days of arriving, as the statutory guidance requires of the placing authority.

--------------------------------------------------------------------
4. ENJOYMENT, HEALTH AND WELLBEING
--------------------------------------------------------------------

4.1 Every child is registered with a local GP, dentist and optician within 7 days of arrival. Each child has an initial health assessment arranged by the placing authority within 20 working days of becoming looked after.

--------------------------------------------------------------------
5. POSITIVE RELATIONSHIPS AND BEHAVIOUR
--------------------------------------------------------------------

5.1 Staff are trained in Team Teach. Restraint is used only to prevent injury or serious damage. In the 12 months to 31 October 2026, staff used physical intervention 4 times, involving 2 children. Every use is recorded within 24 hours and reviewed by the Registered Manager.

--------------------------------------------------------------------
6. PROTECTION OF CHILDREN
--------------------------------------------------------------------

6.1 The home follows the procedures of the South Gloucestershire Safeguarding Children Partnership and of the placing authority. The Registered Manager is the home's designated safeguarding lead.

6.2 If a child is missing, staff follow our missing from care protocol and the placing authority's procedures and inform the police and the child's social worker. In the 12 months to 31 October 2026 there were 6 missing episodes, involving 2 children. Every child was offered an independent return home interview within 72 hours, and all 6 interviews took place.

6.3 We notify Ofsted of serious events under Regulation 40. There were 3 such notifications in the same 12 months.

--------------------------------------------------------------------
7. LEADERSHIP, MANAGEMENT AND STAFFING
--------------------------------------------------------------------

7.1 Registered Manager: Joanne Pethick, who has worked with children in residential care for 16 years and holds the Level 5 Diploma in Leadership for Health and Social Care and Children and Young People's Services.

7.2 Responsible Individual: Daniel Okoro, Operations Director, Brightwater Care Homes Ltd.

7.3 The staff team:

    Registered Manager                               1
    Deputy Manager                                   1
    Senior Residential Support Workers               3
    Residential Support Workers                      9
    Total                                           14

7.4 At least 2 staff are on shift at all times during the day, and there is 1 waking night worker and 1 sleep-in worker every night. Agency staff are not used.

7.5 11 of the 14 staff (79%) hold the Level 3 Diploma for Residential Childcare. Staff who do not hold it must achieve it within 2 years of starting work at the home, as Regulation 32 requires. Every member of staff receives formal supervision at least every four weeks.

--------------------------------------------------------------------
8. CARE PLANNING, ADMISSIONS AND COMPLAINTS
--------------------------------------------------------------------

8.1 Before any admission we complete an impact risk assessment of how a new child will affect the children already living here. Emergency admissions are not accepted.

8.2 Complaints are acknowledged within 2 working days and responded to in full within 20 working days. In the 12 months to 31 October 2026 we received 2 complaints, one from a child and one from a parent. Both were resolved.

8.3 The Registered Manager reviews the quality of care at least every 6 months under Regulation 45 and sends the report to Ofsted.

--------------------------------------------------------------------
9. INSPECTION
--------------------------------------------------------------------

9.1 At its last full inspection in June 2026, Ofsted judged the home Good in all three areas: overall experiences and progress of children, how well children are helped and protected, and the effectiveness of leaders and managers. The report can be read on the Ofsted website.

Signed: Daniel Okoro, Responsible Individual          Date: 14 November 2026
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

Y = P('2025-11-01', '2026-10-31', 'In the 12 months to 31 October 2026')
D = P('2026-11-14', '2026-11-14', 'On 14 November 2026')
figs = [
    F(4, 'count', 'other', 'children the home is registered to care for', 'registered by Ofsted to care for up to 4 children', qualifier='up to'),
    F(8, 'years', 'other', 'age range lower bound', 'aged 8 to 17', optional=True),
    F(17, 'years', 'other', 'age range upper bound', 'aged 8 to 17', optional=True),
    F(23, 'count', 'looked_after_children', 'children looked after by the home since it opened in March 2019', 'we have looked after 23 children',
      period=P('2019-03-01', None, 'Since the home opened in March 2019')),
    F(19, 'months', 'other', 'average length of stay', 'The average length of stay is 19 months'),
    F(5, 'count', 'other', 'children who moved on to foster families or home in a planned way', '5 children have moved on to foster families',
      period=P('2019-03-01', None, 'Since the home opened in March 2019')),
    F(2, 'weeks', 'other', 'clinical psychologist visits every two weeks', 'visits the home every two weeks', optional=True),
    F(6, 'weeks', 'other', 'therapeutic plan agreed within 6 weeks of arrival', 'within 6 weeks of their arrival'),
    F(3, 'count', 'other', 'children attending school full time on 14 November 2026', '3 of the 4 children living at the home attended school full time', period=D),
    F(4, 'count', 'looked_after_children', 'children living at the home on 14 November 2026', '3 of the 4 children living at the home', period=D),
    F(3, 'count', 'other', 'days a week in alternative provision', 'an alternative provision 3 days a week', optional=True),
    F(20, 'days', 'other', 'expected education place within 20 school days of arriving', 'within 20 school days of arriving'),
    F(7, 'days', 'other', 'registered with GP, dentist and optician within 7 days of arrival', 'within 7 days of arrival'),
    F(20, 'days', 'other', 'initial health assessment within 20 working days of becoming looked after', 'within 20 working days of becoming looked after'),
    F(4, 'count', 'other', 'uses of physical intervention in the 12 months', 'staff used physical intervention 4 times', period=Y),
    F(2, 'count', 'other', 'children involved in physical interventions', 'staff used physical intervention 4 times, involving 2 children', period=Y),
    F(24, 'count', 'other', 'every use recorded within 24 hours (hours, no spec unit)', 'recorded within 24 hours', optional=True),
    F(6, 'count', 'other', 'missing episodes in the 12 months', 'there were 6 missing episodes', period=Y),
    F(2, 'count', 'other', 'children involved in missing episodes', '6 missing episodes, involving 2 children', period=Y),
    F(72, 'count', 'other', 'return home interview offered within 72 hours (hours, no spec unit)', 'within 72 hours', optional=True),
    F(6, 'count', 'other', 'return home interviews that took place', 'all 6 interviews took place', period=Y, optional=True),
    F(3, 'count', 'other', 'Regulation 40 notifications to Ofsted', 'There were 3 such notifications', period=Y),
    F(16, 'years', 'other', 'Registered Manager\'s years in residential care', 'for 16 years'),
    F(1, 'count', 'other', 'Registered Manager (staffing table)', 'Registered Manager 1', optional=True),
    F(1, 'count', 'other', 'Deputy Manager (staffing table)', 'Deputy Manager 1', optional=True),
    F(3, 'count', 'other', 'Senior Residential Support Workers', 'Senior Residential Support Workers 3'),
    F(9, 'count', 'other', 'Residential Support Workers', 'Residential Support Workers 9'),
    F(14, 'count', 'other', 'total staff team', 'Total 14'),
    F(2, 'count', 'other', 'minimum staff on shift during the day', 'At least 2 staff are on shift', qualifier='at least'),
    F(1, 'count', 'other', 'waking night worker', '1 waking night worker', optional=True),
    F(1, 'count', 'other', 'sleep-in worker', '1 sleep-in worker', optional=True),
    F(11, 'count', 'other', 'staff holding the Level 3 Diploma', '11 of the 14 staff (79%) hold the Level 3 Diploma'),
    F(79, 'percent', 'other', 'share of staff holding the Level 3 Diploma', '(79%)', optional=True),
    F(2, 'years', 'other', 'deadline to achieve the Level 3 Diploma', 'within 2 years of starting work'),
    F(4, 'weeks', 'other', 'supervision at least every four weeks', 'at least every four weeks', optional=True),
    F(2, 'days', 'other', 'complaints acknowledged within 2 working days', 'acknowledged within 2 working days'),
    F(20, 'days', 'other', 'complaints responded to in full within 20 working days', 'responded to in full within 20 working days'),
    F(2, 'count', 'other', 'complaints received in the 12 months', 'we received 2 complaints', period=Y),
    F(6, 'months', 'other', 'Regulation 45 quality review interval', 'at least every 6 months'),
]
gold(DOC, 'other', 'Hawthorn Lodge Statement of Purpose', 'South Gloucestershire', None,
     {'start': None, 'end': None}, figs,
     ['09418827', 'SC582940', '01632 960 264', 'Version 7', '14 November 2026', 'November 2027', 'Regulation 16', 'Schedule 1',
      "Children's Homes (England) Regulations 2015", 'five-bedroom', 'March 2019', 'Regulation 44', 'Regulation 40', 'Level 5 Diploma',
      'Level 3 Diploma', 'Regulation 32', 'Regulation 45', 'June 2026', 'all three areas', 'once a week', 'each month', 'every night'],
     [],
     [{'name': 'Joanne Pethick', 'role': 'Registered Manager'}, {'name': 'Daniel Okoro', 'role': 'Responsible Individual'}],
     ['Provider: Brightwater Care Homes Ltd (company number 09418827)', 'Ofsted unique reference number: SC582940'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). An independent provider\'s children\'s home Statement of '
     'Purpose (kind other: a provider\'s document, not a council\'s or partnership\'s). No record period: a standing description of '
     'the service (reviewed annually) that gives no account of a period of work; its dated figures carry their own periods (the 12 '
     'months to 31 October 2026, the 14 November 2026 snapshot, cumulative since March 2019). No quotes. Partnership null: the local '
     'safeguarding partnership is named only as the owner of procedures. Children the home has cared for / lives with are looked after '
     'children (looked_after_children); registered capacity, staffing, restraint and missing episodes other. Standing deadlines '
     '(6 weeks, 20 school days, 7 days, 20 working days, 2 years, 2 and 20 working days, every 6 months) required; hours optional '
     '(unit count); ages and frequencies optional; staffing table: single-post rows optional, the other rows required; "at least 2" '
     'with qualifier. Regulation numbers, URN, company number, version, Level 3/5 diplomas not figures.')
