"""Writer n, n02: a town council's Full Council minutes (Biggleswade, Central Bedfordshire), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'n02_central_bedfordshire_biggleswade_town_council_minutes.txt'
TEXT = """SYNTHETIC DOCUMENT - invented for evaluation (styles19, writer n): the meeting, people, figures and quotes are made up; only place names are real.

BIGGLESWADE TOWN COUNCIL

MINUTES of the meeting of the FULL COUNCIL held on Tuesday 14 October 2025 at 7.00pm
in the Council Chamber, The Old Court House, Saffron Road, Biggleswade

Present:        Cllr H. Ashdown (Town Mayor, in the Chair)
                Cllr T. Bhatt (Deputy Mayor), Cllr R. Collins, Cllr M. Dwyer, Cllr J. Ellison,
                Cllr P. Fairweather, Cllr S. Gower, Cllr A. Hussain, Cllr K. Lowe, Cllr D. Mercer
In attendance:  Mrs S. Farrow (Town Clerk)
                Mr L. Quinn (Deputy Town Clerk and Responsible Financial Officer)
                Cllr G. Pettifer (Central Bedfordshire Council, Biggleswade North ward)
                PCSO K. Dunmore (Bedfordshire Police, collar number 7714)
                Mr D. Okafor (Youth Club Leader)
                4 members of the public and 1 member of the press

TC/25/101  APOLOGIES FOR ABSENCE
Apologies were received and accepted from Cllr N. Osei (work commitments) and Cllr W. Turner (ill health).

TC/25/102  DECLARATIONS OF INTEREST
Cllr Dwyer declared a non-pecuniary interest in item TC/25/109 as a volunteer at the Youth Club.

TC/25/103  PUBLIC OPEN SESSION
The meeting was adjourned for public participation (maximum 15 minutes).
A resident of Stratton Way asked what the Town Council was doing about young people gathering at the skate park after dark. The Mayor said the matter would be covered under the police report. A second resident asked whether the Town Council would restore the Youth Club's Friday session, which was cut in 2023; the Clerk said this was on the agenda at TC/25/109.
The meeting was reconvened at 7.12pm.

TC/25/104  MINUTES
RESOLVED that the minutes of the Full Council meeting held on 9 September 2025 be approved as a true record and signed by the Chair.
(Proposed Cllr Collins, seconded Cllr Ellison; 9 in favour, 1 abstention.)

TC/25/105  CENTRAL BEDFORDSHIRE COUNCIL WARD MEMBER'S REPORT
Cllr Pettifer presented his written report, which had been circulated with the agenda, and drew members' attention to the Central Bedfordshire Safeguarding Children Partnership's annual report for 2024/25, published in September.
He reported that the Partnership had made six serious incident notifications to the national Child Safeguarding Practice Review Panel during the year, compared with four in 2023/24. A rapid review has to be held within 15 working days of a notification, and all six had met that deadline. Two local child safeguarding practice reviews had been commissioned and one had been published, with seven recommendations, five of which were already complete.
Across Central Bedfordshire, 287 children were subject to a child protection plan at 31 March 2025, a rate of 38.9 per 10,000 children against 41.5 for England. There were 356 children in the care of the council, and children's social care had received 3,470 referrals during the year, 8% fewer than the year before.
Cllr Pettifer said that around 40 of the children in need in Central Bedfordshire lived in the two Biggleswade wards, "which is roughly what you would expect for a town of our size, but every one of them is a family under real strain."
Cllr Lowe asked whether the rise in notifications was a concern. Cllr Pettifer said the numbers were small and could move a lot from one year to the next. "Six is six children too many," he said. "But I would rather we notify and learn than sit on a case."
Members noted the report. The Mayor thanked Cllr Pettifer for attending.

TC/25/106  POLICE REPORT
PCSO Dunmore gave the report of the Biggleswade Safer Neighbourhood Team for September 2025. There had been 23 reports of anti-social behaviour involving young people, down from 31 in August, most of them at the skate park and the Riverside car park. Dispersal powers had been used once. Two children from the town had been reported missing from home during the month; both had been found safe within 24 hours and had been offered a return home interview. The team had made four referrals to the Central Bedfordshire Multi-Agency Safeguarding Hub (MASH).
PCSO Dunmore said the team would carry out two evening patrols a week at the skate park until the end of November. Members asked for the CCTV coverage of the skate park to be reviewed; the Clerk said camera 6 had been out of action since 2 September.

TC/25/107  FINANCE
a) Payments: RESOLVED to approve the schedule of payments for September 2025 totalling £48,216.37, including BACS payments 2509-01 to 2509-27.
b) Bank reconciliation: Members noted the bank reconciliation at 30 September 2025, showing combined balances of £412,880.14.
c) Budget monitoring: The RFO reported that at the half-year point income was £538,212 (51% of the annual budget of £1,055,300) and expenditure was £472,904 (45%). The precept for 2025/26 is £1,036,450.

TC/25/108  SAFEGUARDING POLICY
The Clerk presented the revised Safeguarding Children and Adults at Risk Policy (version 3.1), updated to reflect Working Together to Safeguard Children 2023. She reported that all 11 members of staff and 9 of the 12 councillors had completed the Level 1 safeguarding course; the remaining three councillors were booked on the course on 22 October. Enhanced DBS checks were in place for the 4 staff who work at the Youth Club and would be renewed every three years.
RESOLVED that the revised policy be adopted, and that the Clerk remain the Council's designated safeguarding lead.
(Proposed Cllr Gower, seconded Cllr Hussain; unanimous.)

TC/25/109  YOUTH CLUB
Mr Okafor reported on the Youth Club's first six months at the Stratton Community Centre, where it moved in April. The club had recorded 1,140 attendances by 412 different young people aged 11 to 18, an average of 38 a session. Seventeen young people had been supported to speak to a safeguarding lead, and three of those had been referred to children's social care with their agreement.
"The Friday night session is the one the young people ask for most," Mr Okafor said. "It is also the night when they have least else to do, and the night when, the police tell us, things go wrong."
Members considered the cost of restoring the Friday session, estimated at £9,800 a year for staffing, and a request for a grant of £12,500 towards the club's costs in 2026/27.
RESOLVED (i) that the Friday session be restored from 7 November 2025 for a trial period of six months, funded from the General Reserve; and (ii) that a grant of £12,500 for 2026/27 be considered at the budget meeting in January.
(Proposed Cllr Mercer, seconded Cllr Bhatt; 8 in favour, 1 against; Cllr Dwyer did not vote.)

TC/25/110  PLAY AREAS
The Deputy Clerk reported that the annual independent inspection of the Council's 14 play areas had found no high-risk items. Two medium-risk items at Fairfield Road would be repaired by the end of October at a cost of £1,640.

TC/25/111  DATE OF NEXT MEETING
Tuesday 11 November 2025 at 7.00pm.

The meeting closed at 9.12pm.

Signed .................................. (Chair)      Date ....................

Biggleswade Town Council, The Old Court House, Saffron Road, Biggleswade. Tel: 01632 960214. www.biggleswade-tc.example
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

Y23 = P('2023-04-01', '2024-03-31', '2023/24')
SEP = P('2025-09-01', '2025-09-30', 'September 2025')
AUG = P('2025-08-01', '2025-08-31', 'August')
H1 = P('2025-04-01', '2025-09-30', 'at the half-year point')
Y25 = P('2025-04-01', '2026-03-31', '2025/26')
Y26 = P('2026-04-01', '2027-03-31', '2026/27')
YC = P('2025-04-01', '2025-09-30', "the Youth Club's first six months")
figs = [
    F(6, 'count', 'serious_incident_notifications', 'serious incident notifications', 'made six serious incident notifications'),
    F(4, 'count', 'serious_incident_notifications', 'serious incident notifications, 2023/24', 'compared with four in 2023/24', period=Y23),
    F(15, 'days', 'other', 'deadline for a rapid review after a notification (working days)', 'within 15 working days of a notification'),
    F(6, 'count', 'rapid_reviews', 'rapid reviews (implied: all six met the deadline)', 'all six had met that deadline', optional=True),
    F(2, 'count', 'lcsprs_commissioned', 'local child safeguarding practice reviews commissioned', 'Two local child safeguarding practice reviews had been commissioned'),
    F(1, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'one had been published'),
    F(7, 'count', 'recommendations', 'recommendations of the published review', 'with seven recommendations'),
    F(5, 'count', 'recommendations', 'recommendations already complete', 'five of which were already complete'),
    F(287, 'count', 'child_protection_plans', 'children subject to a child protection plan at 31 March 2025', '287 children were subject to a child protection plan'),
    F(38.9, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 38.9 per 10,000 children'),
    F(41.5, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'against 41.5 for England'),
    F(356, 'count', 'looked_after_children', 'children in the care of the council', 'There were 356 children in the care of the council'),
    F(3470, 'count', 'social_care_referrals', "referrals to children's social care", 'received 3,470 referrals during the year'),
    F(8, 'percent', 'social_care_referrals', 'fall in referrals on the year before', '8% fewer than the year before'),
    F(40, 'count', 'children_in_need', 'children in need living in the two Biggleswade wards', 'around 40 of the children in need', qualifier='around'),
    F(23, 'count', 'other', 'reports of anti-social behaviour involving young people, September 2025', 'There had been 23 reports of anti-social behaviour', period=SEP),
    F(31, 'count', 'other', 'reports of anti-social behaviour involving young people, August 2025', 'down from 31 in August', period=AUG),
    F(1, 'count', 'other', 'uses of dispersal powers', 'Dispersal powers had been used once', period=SEP, optional=True),
    F(2, 'count', 'other', 'children from the town reported missing from home', 'Two children from the town had been reported missing from home', period=SEP),
    F(24, 'count', 'other', 'hours within which both missing children were found (no hours unit)', 'found safe within 24 hours', period=SEP, optional=True),
    F(4, 'count', 'social_care_referrals', 'referrals by the neighbourhood team to the MASH', 'made four referrals to the Central Bedfordshire Multi-Agency Safeguarding Hub', period=SEP),
    F(2, 'count', 'other', 'evening patrols a week at the skate park', 'two evening patrols a week', optional=True),
    F(48216.37, 'gbp', 'other', 'schedule of payments for September 2025', 'totalling £48,216.37', period=SEP),
    F(412880.14, 'gbp', 'other', 'combined bank balances at 30 September 2025', 'combined balances of £412,880.14', period=P('2025-09-30', '2025-09-30', 'at 30 September 2025')),
    F(538212, 'gbp', 'other', 'income at the half-year point', 'income was £538,212', period=H1),
    F(51, 'percent', 'other', 'share of the annual budget received at the half-year point', '(51% of the annual budget', period=H1),
    F(1055300, 'gbp', 'other', 'annual income budget 2025/26', 'annual budget of £1,055,300', period=Y25),
    F(472904, 'gbp', 'other', 'expenditure at the half-year point', 'expenditure was £472,904', period=H1),
    F(45, 'percent', 'other', 'share of the annual budget spent at the half-year point', '£472,904 (45%)', period=H1),
    F(1036450, 'gbp', 'other', 'precept for 2025/26', 'The precept for 2025/26 is £1,036,450', period=Y25),
    F(11, 'count', 'other', 'staff who completed Level 1 safeguarding training', 'all 11 members of staff'),
    F(9, 'count', 'other', 'councillors who completed Level 1 safeguarding training', '9 of the 12 councillors'),
    F(12, 'count', 'other', 'councillors (size of the council)', '9 of the 12 councillors', optional=True),
    F(3, 'count', 'other', 'councillors booked on the course', 'the remaining three councillors', optional=True),
    F(4, 'count', 'other', 'Youth Club staff with enhanced DBS checks', 'the 4 staff who work at the Youth Club'),
    F(3, 'years', 'other', 'DBS renewal interval', 'renewed every three years', optional=True),
    F(6, 'months', 'other', "Youth Club's first six months at the Community Centre", "first six months at the Stratton Community Centre", optional=True),
    F(1140, 'count', 'other', 'Youth Club attendances', '1,140 attendances', period=YC),
    F(412, 'count', 'other', 'different young people attending the Youth Club', '412 different young people', period=YC),
    F(11, 'years', 'other', 'youngest age of Youth Club members', 'aged 11 to 18', optional=True),
    F(18, 'years', 'other', 'oldest age of Youth Club members', 'aged 11 to 18', optional=True),
    F(38, 'count', 'other', 'average attendance per session', 'an average of 38 a session', period=YC),
    F(17, 'count', 'other', 'young people supported to speak to a safeguarding lead', 'Seventeen young people had been supported', period=YC),
    F(3, 'count', 'social_care_referrals', "young people referred to children's social care by the Youth Club", "three of those had been referred to children's social care", period=YC),
    F(9800, 'gbp', 'other', 'annual staffing cost of the Friday session', 'estimated at £9,800 a year'),
    F(12500, 'gbp', 'other', "grant requested towards the Youth Club's costs", 'a grant of £12,500 towards', period=Y26),
    F(6, 'months', 'other', 'trial period for the restored Friday session', 'a trial period of six months'),
    F(14, 'count', 'other', "the Council's play areas", "the Council's 14 play areas"),
    F(2, 'count', 'other', 'medium-risk items found at Fairfield Road', 'Two medium-risk items at Fairfield Road'),
    F(1640, 'gbp', 'other', 'cost of repairs at Fairfield Road', 'at a cost of £1,640'),
    F(9, 'count', 'other', 'votes in favour (minutes)', '9 in favour, 1 abstention', optional=True),
    F(8, 'count', 'other', 'votes in favour (Youth Club)', '8 in favour, 1 against', optional=True),
]
PET = ['Pettifer', 'Cllr Pettifer', 'Cllr G. Pettifer', 'Graham Pettifer']
OK = ['Okafor', 'Mr Okafor', 'Mr D. Okafor']
quotes = [
    Q('which is roughly what you would expect for a town of our size, but every one of them is a family under real strain.', 'Cllr G. Pettifer', PET, 'said',
      role='Central Bedfordshire Council ward member, Biggleswade North'),
    Q('Six is six children too many,', 'Cllr G. Pettifer', PET, 'said'),
    Q('But I would rather we notify and learn than sit on a case.', 'Cllr G. Pettifer', PET, None),
    Q('The Friday night session is the one the young people ask for most,', 'Mr D. Okafor', OK, 'said', role='Youth Club Leader'),
    Q('It is also the night when they have least else to do, and the night when, the police tell us, things go wrong.', 'Mr D. Okafor', OK, None),
]
gold(DOC, 'council_report', 'Biggleswade Town Council: minutes of the Full Council meeting held on 14 October 2025', 'Central Bedfordshire', None,
     P('2024-04-01', '2025-03-31', 'annual report for 2024/25'), figs,
     ['14 October 2025', '7.00pm', 'TC/25/105', 'TC/25/109', 'collar number 7714', 'maximum 15 minutes', '7.12pm', '9 September 2025',
      'in 2023', '31 March 2025', 'per 10,000', 'camera 6', '2 September', '2509-01', '2509-27', '30 September 2025', 'version 3.1',
      'Working Together to Safeguard Children 2023', 'Level 1', '22 October', '7 November 2025', '11 November 2025', '9.12pm',
      '01632 960214', '4 members of the public', '1 member of the press'],
     quotes,
     [{'name': 'Cllr G. Pettifer', 'role': 'Central Bedfordshire Council ward member, Biggleswade North'},
      {'name': 'Cllr H. Ashdown', 'role': 'Town Mayor, in the Chair'},
      {'name': 'Mrs S. Farrow', 'role': 'Town Clerk'},
      {'name': 'PCSO K. Dunmore', 'role': 'Bedfordshire Police, Biggleswade Safer Neighbourhood Team'},
      {'name': 'Mr D. Okafor', 'role': 'Youth Club Leader'}],
     ['Signed .................................. (Chair)', 'www.biggleswade-tc.example'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). A town council\'s Full Council minutes (lowest tier of local '
     'government; kind council_report as minutes). The area is the unitary authority whose figures the ward member reports (Central '
     'Bedfordshire); no partnership is author or subject (null). Record period: the year of the partnership annual report the '
     'minutes discuss (2024/25, stated in the ward member item); the police month, the finance half-year, the bank snapshot, the '
     'Youth Club\'s six months since April and the 2026/27 grant carry their own periods. Mostly reported speech: only words in quote '
     'marks are quotes (a fragment inside a reported sentence is required; "he said" resolves to Cllr Pettifer). "all six had met that '
     'deadline" implies six rapid reviews (optional); the 15-working-day rule stands alone (required). "around 40 of the children in need" '
     'is a location subset of children in need (keeps the metric, qualifier around). Referrals by the police team to the MASH and by the '
     'Youth Club to children\'s social care are social_care_referrals. "8% fewer" is a percentage change of referrals. Vote tallies, the '
     'size of the council and the remaining three councillors are procedural (optional); hours optional (no unit); "every three years" '
     'and "two evening patrols a week" are frequencies (optional); the age band 11 to 18 is two optional figures. Minute numbers, '
     'collar number, camera number, BACS references, times and dates are not figures.')
