"""g07: a national sports governing body's safeguarding annual review (plain text with a text table).
Run: python3 _src/g_g07.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'g07_national_climbing_body_safeguarding_annual_review.txt'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
TXT = '''SYNTHETIC document invented for evaluation: the organisation, people, cases, quotes and figures are made up.

British Indoor Climbing Association (BICA)
Safeguarding Annual Review 2025-26
Presented to the BICA Board, 22 July 2026 | Paper B/26/09

Foreword from the Chair of the Safeguarding Committee

When the Board asked me to chair this committee three years ago, we had 212 clubs and walls affiliated and a safeguarding team of two. Today we have 347 affiliated venues, 61,200 registered junior members and a team of six. The work has grown because the sport has grown, and because people trust us more with what they see.

"Every concern in this report was raised by someone who decided not to look away," said Professor Ruth Haldane, independent Chair of the Safeguarding Committee. "That is the culture we are trying to build, one wall at a time."

1. Concerns reported

Between 1 April 2025 and 31 March 2026 the Case Management Team received 486 safeguarding concerns, up from 371 in 2024-25 (a 31% increase). Of these, 298 related to children and young people under 18 and 188 to adults at risk or to poor practice with adults.

Concerns about children, by category:

  Category                            2024-25   2025-26
  Poor practice                          96       121
  Emotional abuse (incl. bullying)       48        63
  Physical abuse                         17        22
  Sexual abuse or harassment             31        44
  Neglect                                 9        14
  Online abuse                           19        34
  Total                                 220       298

2. Referrals to statutory agencies

We referred 27 concerns to a Local Authority Designated Officer (LADO) because they involved someone working or volunteering with children, and 16 to the police. A further 11 children were referred to children's social care, in 7 local authority areas across England and Wales. In two cases the child had been the subject of a child protection plan before the concern came to us.

3. Case outcomes and sanctions

The Case Management Group closed 412 cases. The average time to close a case was 47 days, against our target of 60. Cases involving a statutory investigation took much longer: a median of 193 days.

Sanctions included 9 interim suspensions, 4 permanent bans from BICA activities and 23 formal warnings. Two appeals were heard by the independent panel; one was upheld.

4. Safer recruitment and training

Our DBS Checking Service processed 8,904 enhanced checks, and 97.2% of venues had a named Welfare Officer in post at 31 March 2026 (target 100%). Some 5,610 coaches and route-setters completed the new Safeguarding Children in Climbing e-learning, which takes about 90 minutes.

Head of Safeguarding Tomasz Wrobel told the Board that the numbers showed growing confidence, not growing harm: "More reports is what good looks like in year three. If the figures had stayed flat I would be more worried, not less."

5. Listening to young climbers

The Youth Panel, 14 climbers aged 13 to 19, surveyed 1,150 junior members. 89% said they knew who to talk to if something felt wrong at their wall, but only 52% knew how to report a concern online. One panel member said: "Coaches are great. It's the group chats after training where stuff happens."

6. Priorities for 2026-27

- Launch the anonymous reporting app in autumn 2026.
- Review all 347 venue safeguarding policies over 24 months.
- Raise Welfare Officer coverage to 100%.

Concerns can be reported at safeguarding@bica-climbing.example or on 020 7946 0552 (Monday to Friday, 9am to 5pm). If a child is in immediate danger, call 999.

BICA is a company limited by guarantee, registered in England No. 04561237. Copyright 2026 BICA. All rights reserved.
'''
open(OUT, 'w', encoding='utf-8').write(TXT)

PER = P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026')
PREV = P('2024-04-01', '2025-03-31', '2024-25')
fig = [
    F(212, 'count', 'other', 'affiliated clubs and walls three years ago', 'we had 212 clubs and walls affiliated', period=P('2023-01-01', '2023-12-31', 'three years ago')),
    F(2, 'count', 'other', 'safeguarding team size three years ago', 'a safeguarding team of two', period=P('2023-01-01', '2023-12-31', 'three years ago')),
    F(347, 'count', 'other', 'affiliated venues', 'Today we have 347 affiliated venues'),
    F(61200, 'count', 'other', 'registered junior members', '61,200 registered junior members'),
    F(6, 'count', 'other', 'safeguarding team size', 'a team of six'),
    F(486, 'count', 'other', 'safeguarding concerns received', 'received 486 safeguarding concerns'),
    F(371, 'count', 'other', 'safeguarding concerns 2024-25', 'up from 371 in 2024-25', period=PREV),
    F(31, 'percent', 'other', 'increase in concerns', 'a 31% increase'),
    F(298, 'count', 'other', 'concerns relating to children', '298 related to children and young people under 18'),
    F(188, 'count', 'other', 'concerns relating to adults', '188 to adults at risk'),
    F(96, 'count', 'other', 'poor practice concerns 2024-25', 'Poor practice 96 121', period=PREV),
    F(121, 'count', 'other', 'poor practice concerns', 'Poor practice 96 121'),
    F(48, 'count', 'other', 'emotional abuse concerns 2024-25', 'Emotional abuse (incl. bullying) 48 63', period=PREV),
    F(63, 'count', 'other', 'emotional abuse concerns', 'Emotional abuse (incl. bullying) 48 63'),
    F(17, 'count', 'other', 'physical abuse concerns 2024-25', 'Physical abuse 17 22', period=PREV),
    F(22, 'count', 'other', 'physical abuse concerns', 'Physical abuse 17 22'),
    F(31, 'count', 'other', 'sexual abuse or harassment concerns 2024-25', 'Sexual abuse or harassment 31 44', period=PREV),
    F(44, 'count', 'other', 'sexual abuse or harassment concerns', 'Sexual abuse or harassment 31 44'),
    F(9, 'count', 'other', 'neglect concerns 2024-25', 'Neglect 9 14', period=PREV),
    F(14, 'count', 'other', 'neglect concerns', 'Neglect 9 14'),
    F(19, 'count', 'other', 'online abuse concerns 2024-25', 'Online abuse 19 34', period=PREV),
    F(34, 'count', 'other', 'online abuse concerns', 'Online abuse 19 34'),
    F(220, 'count', 'other', 'concerns about children 2024-25', 'Total 220 298', period=PREV),
    F(27, 'count', 'other', 'concerns referred to the LADO', 'We referred 27 concerns'),
    F(16, 'count', 'other', 'concerns referred to the police', 'and 16 to the police'),
    F(11, 'count', 'social_care_referrals', "children referred to children's social care", "A further 11 children were referred to children's social care"),
    F(7, 'count', 'other', 'local authority areas', 'in 7 local authority areas'),
    F(2, 'count', 'child_protection_plans', 'children previously on a child protection plan', 'In two cases the child had been the subject of a child protection plan', optional=True),
    F(412, 'count', 'other', 'cases closed', 'closed 412 cases'),
    F(47, 'days', 'other', 'average time to close a case', 'The average time to close a case was 47 days'),
    F(60, 'days', 'other', 'target time to close a case', 'against our target of 60', optional=True),
    F(193, 'days', 'other', 'median time to close cases with statutory investigation', 'a median of 193 days'),
    F(9, 'count', 'other', 'interim suspensions', '9 interim suspensions'),
    F(4, 'count', 'other', 'permanent bans', '4 permanent bans'),
    F(23, 'count', 'other', 'formal warnings', '23 formal warnings'),
    F(2, 'count', 'other', 'appeals heard', 'Two appeals were heard'),
    F(1, 'count', 'other', 'appeals upheld', 'one was upheld'),
    F(8904, 'count', 'other', 'enhanced DBS checks processed', 'processed 8,904 enhanced checks'),
    F(97.2, 'percent', 'other', 'venues with a named Welfare Officer', '97.2% of venues had a named Welfare Officer'),
    F(100, 'percent', 'other', 'Welfare Officer coverage target', '(target 100%)', optional=True),
    F(5610, 'count', 'other', 'coaches and route-setters completing e-learning', 'Some 5,610 coaches and route-setters', qualifier='about'),
    F(90, 'count', 'other', 'e-learning duration in minutes', 'about 90 minutes', optional=True),
    F(14, 'count', 'other', 'Youth Panel members', 'The Youth Panel, 14 climbers'),
    F(1150, 'count', 'other', 'junior members surveyed', 'surveyed 1,150 junior members'),
    F(89, 'percent', 'other', 'juniors who knew who to talk to', '89% said they knew who to talk to'),
    F(52, 'percent', 'other', 'juniors who knew how to report online', 'only 52% knew how to report'),
    F(24, 'months', 'other', 'policy review timescale', 'over 24 months'),
]
nf = ['Paper B/26/09', '22 July 2026', 'under 18', 'aged 13 to 19', 'year three', '2026-27', '020 7946 0552', '9am to 5pm', '999', 'No. 04561237', 'Copyright 2026', 'three years ago']
quotes = [
    Q('Every concern in this report was raised by someone who decided not to look away,', 'Ruth Haldane', ['Haldane', 'Professor Haldane', 'Professor Ruth Haldane', 'Prof Haldane'], 'said', role='independent Chair of the Safeguarding Committee'),
    Q('That is the culture we are trying to build, one wall at a time.', 'Ruth Haldane', ['Haldane', 'Professor Haldane', 'Professor Ruth Haldane', 'Prof Haldane'], None),
    Q('More reports is what good looks like in year three. If the figures had stayed flat I would be more worried, not less.', 'Tomasz Wrobel', ['Wrobel', 'Mr Wrobel'], 'told', role='Head of Safeguarding'),
    Q("Coaches are great. It's the group chats after training where stuff happens.", 'a Youth Panel member', ['One panel member', 'panel member', 'Youth Panel'], 'said'),
]
people = [{'name': 'Ruth Haldane', 'role': 'independent Chair of the Safeguarding Committee'}, {'name': 'Tomasz Wrobel', 'role': 'Head of Safeguarding'}]
gold(DOC, 'other', 'British Indoor Climbing Association: Safeguarding Annual Review 2025-26', None, None,
     PER, fig, nf, quotes, people,
     ['BICA is a company limited by guarantee, registered in England No. 04561237.', 'Copyright 2026 BICA. All rights reserved.'],
     "National sports governing body safeguarding annual review (plain text; kind other; national, area null with no areas, no safeguarding partnership). Traps: a foreword whose first-person chair is named only in the quote attribution; 'three years ago' figures (212 clubs, team of two) with their own approximate period; a quote split by 'said Professor Ruth Haldane' and continued in the same paragraph (second part cue null); concerns are the body's own (other), not children's social care referrals; a space-aligned text table with 2024-25 and 2025-26 columns (one category's 2024-25 value 31 equals the 31% increase: same value, different unit and fact); the 220 total only in the table; LADO and police referrals other; 11 referrals to children's social care (social_care_referrals) across '7 local authority areas' (other); 'two cases' previously on a CP plan optional; durations in days (47 average, target 60 optional, median 193); sanctions and appeals (one upheld); 97.2% vs target 100% (optional); 'Some 5,610' qualified; '90 minutes' optional (no minutes unit); 'aged 13 to 19', 'under 18', 'year three', '9am to 5pm', company number, phone and 999 not figures; the Head of Safeguarding's quote after 'told the Board that ...:'; an anonymous panel member.")
