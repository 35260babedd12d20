"""d01: a primary school's annual safeguarding report to its full governing body (txt) and its gold."""
import os
from mk_d import F, P, Q, gold, DIR

DOC = 'd01_bedford_school_governors_safeguarding_report.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The school, people, pupils, quotes and figures are made up; only place names are real.

ELSTOW BROOK PRIMARY SCHOOL
Full Governing Body - Tuesday 29 September 2026, 6.00pm, Staff Room
Agenda item 7: Annual Safeguarding Report 2025/26
Paper FGB/26/07 - CONFIDENTIAL: not for publication (contains no pupil names)
Author: Mrs Kerry Adebayo, Deputy Headteacher and Designated Safeguarding Lead (DSL)
Link governor: Mr Graham Tolhurst, Safeguarding and SEND Governor

1. Purpose

1.1 This report gives governors an overview of safeguarding and child protection at Elstow Brook for the academic year 1 September 2025 to 31 August 2026, so that the governing body can meet its duties under section 175 of the Education Act 2002 and Part 2 of Keeping Children Safe in Education 2025 (KCSIE). It replaces the termly updates given at the Curriculum and Standards Committee.

1.2 Governors are asked to NOTE the report and APPROVE the revised Child Protection and Safeguarding Policy (Appendix B, version 4.2), which adopts the Bedford Borough model policy.

2. Context

2.1 The school had 418 pupils on roll at the October census, up from 402 last year, including 52 children in the Nursery. 31% of pupils are eligible for free school meals, against a Bedford primary average of 24%. 67 pupils (16%) have special educational needs and 9 have an Education, Health and Care Plan.

2.2 The safeguarding team is the DSL and three deputy DSLs (the Headteacher, the SENCo and the Family Support Worker, Ms Nadia Roszak). The Family Support Worker post increased from 0.6 FTE to full-time in January 2026, funded for 18 months by the Trust.

3. Concerns logged

3.1 Staff recorded 634 safeguarding concerns on CPOMS during the year (2024/25: 571), relating to 147 different pupils. Roughly a third of all logged concerns related to attendance and lateness, which we now log as a welfare concern after the first unexplained absence.

3.2 The most common categories were:

  Category                         2025/26   2024/25
  Emotional wellbeing / mental health   158       121
  Attendance and punctuality            203       188
  Domestic abuse (incl. Encompass)       71        64
  Neglect / basic care                   88        97
  Online safety                          39        22
  Peer-on-peer / child-on-child          26        31
  Other                                  49        48

3.3 The school received 27 Operation Encompass notifications from Bedfordshire Police after incidents of domestic abuse, compared with 19 the previous year. In every case a key adult checked in with the child before 9.30am on the next school day.

4. Referrals and children known to social care

4.1 The DSL team made 22 referrals to the Bedford Borough Multi-Agency Safeguarding Hub (MASH), up from 15. Of these, 13 progressed to a social work assessment and 4 led to a strategy discussion and child protection (section 47) enquiries. Two referrals were escalated under the Bedford Borough Safeguarding Children Partnership escalation policy because the school disagreed with the outcome; one was resolved at stage 1 and one at stage 2.

4.2 At 31 August 2026:
  - 6 pupils were subject to a child protection plan (31 August 2025: 9), from 4 families;
  - 14 pupils had a child in need plan;
  - 5 pupils were looked after by the local authority and a further 7 were previously looked after; the Virtual School has approved Personal Education Plans for all five;
  - 23 families were receiving early help, 11 of them with the Family Support Worker as lead professional.

4.3 Attendance of pupils with a social worker was 89.6% against 94.8% for the whole school. The Bedford Borough figure for children with a social worker was 87.1%.

4.4 Staff attended 41 child protection conferences, core groups and child in need meetings. Reports were submitted at least 2 working days before conference in 37 of the 41.

5. Allegations and low-level concerns

5.1 One allegation against a member of staff was referred to the Local Authority Designated Officer (LADO) in March 2026. It did not meet the harm threshold and was managed under the school's low-level concerns procedure. Four low-level concerns were recorded in total, none about the same adult.

6. Children missing education, suspensions and home education

6.1 Three children were reported to the Children Missing Education team after 10 days of unexplained absence, and all three were traced. Two families chose to electively home educate. There were 5 suspensions (7.5 days lost in total) and no permanent exclusions.

7. Online safety, filtering and monitoring

7.1 The filtering and monitoring system raised 46 alerts. 40 were false positives, five were followed up with pupils and parents, and one was referred to the MASH. The annual filtering and monitoring check against the DfE standards was completed with the IT provider on 14 July 2026.

8. Training and safer recruitment

8.1 All 64 staff and 11 regular volunteers read KCSIE Part 1 (or Annex A) and completed annual safeguarding training in September 2025. The DSL and all three deputies hold current Level 3 DSL training. 58 of 64 staff (91%) completed Prevent refresher training by the 31 March deadline; the remaining six did so in April.

8.2 The Single Central Record was checked by the link governor in November 2025, March 2026 and June 2026, with no omissions found. Three members of staff have completed Safer Recruitment training, including the Chair of Governors.

9. Section 175 audit and pupil voice

9.1 The school's section 175 safeguarding audit for Bedford Borough was submitted on 3 June 2026. 31 of the 34 standards were rated fully met; the three partly met standards relate to recording the views of pupils with SEND, and are in the action plan at Appendix C.

9.2 In the spring pupil survey, 92% of the 229 pupils in Years 3 to 6 who responded said there was an adult in school they could talk to if they were worried. One Year 5 pupil wrote: "If you are sad you can put a note in the worry box and Mrs A always comes to find you the same day."

10. Link governor's comments

10.1 Mr Tolhurst said: "I have seen real improvement in how quickly concerns are picked up and followed through. The records I sampled were clear and the chronology was easy to follow."

10.2 He added that governors should "keep a close eye on attendance, because that is where we see the first signs" and asked that the next report include the number of pupils with persistent absence.

10.3 The Bedford Borough education safeguarding adviser, who moderated the section 175 audit, described the school's recording as "exemplary" and wrote: "Elstow Brook is one of the few schools where the voice of the child runs through every record I looked at."

11. Recommendations

11.1 Governors are recommended to:
  a) note the report;
  b) approve the Child Protection and Safeguarding Policy v4.2;
  c) agree that the link governor carries out the next Single Central Record check in December 2026.

Contact: Mrs K. Adebayo, DSL - 01632 960418 - dsl@elstowbrook.example
If you are worried about a child out of hours, call the Bedford Borough emergency duty team on 01632 960777.
Next review: September 2027
"""

FIG = [
    F(418, 'count', 'other', 'pupils on roll', 'The school had 418 pupils on roll'),
    F(402, 'count', 'other', 'pupils on roll last year', 'up from 402 last year', period=P('2024-09-01', '2025-08-31')),
    F(52, 'count', 'other', 'children in the Nursery', 'including 52 children in the Nursery'),
    F(31, 'percent', 'other', 'pupils eligible for free school meals', '31% of pupils are eligible for free school meals'),
    F(24, 'percent', 'other', 'pupils eligible for free school meals, Bedford primary average', 'against a Bedford primary average of 24%'),
    F(67, 'count', 'other', 'pupils with special educational needs', '67 pupils (16%) have special educational needs'),
    F(16, 'percent', 'other', 'pupils with special educational needs', '67 pupils (16%)', optional=True),
    F(9, 'count', 'other', 'pupils with an Education, Health and Care Plan', '9 have an Education, Health and Care Plan'),
    F(3, 'count', 'other', 'deputy DSLs', 'the DSL and three deputy DSLs', optional=True),
    F(0.6, 'count', 'other', 'Family Support Worker post FTE', 'increased from 0.6 FTE to full-time', optional=True),
    F(18, 'months', 'other', 'funding for Family Support Worker post', 'funded for 18 months by the Trust'),
    F(634, 'count', 'other', 'safeguarding concerns recorded on CPOMS', 'Staff recorded 634 safeguarding concerns on CPOMS'),
    F(571, 'count', 'other', 'safeguarding concerns recorded last year', '(2024/25: 571)', period=P('2024-09-01', '2025-08-31')),
    F(147, 'count', 'other', 'pupils with concerns logged', 'relating to 147 different pupils'),
    F(33.33, 'percent', 'other', 'logged concerns relating to attendance and lateness', 'Roughly a third of all logged concerns', qualifier='roughly'),
    F(158, 'count', 'other', 'concerns: emotional wellbeing / mental health', 'Emotional wellbeing / mental health   158'),
    F(121, 'count', 'other', 'concerns: emotional wellbeing / mental health, last year', 'mental health   158       121', period=P('2024-09-01', '2025-08-31')),
    F(203, 'count', 'other', 'concerns: attendance and punctuality', 'Attendance and punctuality            203'),
    F(188, 'count', 'other', 'concerns: attendance and punctuality, last year', 'punctuality            203       188', period=P('2024-09-01', '2025-08-31')),
    F(71, 'count', 'other', 'concerns: domestic abuse', 'Domestic abuse (incl. Encompass)       71'),
    F(64, 'count', 'other', 'concerns: domestic abuse, last year', 'Encompass)       71        64', period=P('2024-09-01', '2025-08-31')),
    F(88, 'count', 'other', 'concerns: neglect / basic care', 'Neglect / basic care                   88'),
    F(97, 'count', 'other', 'concerns: neglect / basic care, last year', 'basic care                   88        97', period=P('2024-09-01', '2025-08-31')),
    F(39, 'count', 'other', 'concerns: online safety', 'Online safety                          39'),
    F(22, 'count', 'other', 'concerns: online safety, last year', 'Online safety                          39        22', period=P('2024-09-01', '2025-08-31')),
    F(26, 'count', 'other', 'concerns: child-on-child', 'child-on-child          26'),
    F(31, 'count', 'other', 'concerns: child-on-child, last year', 'child-on-child          26        31', period=P('2024-09-01', '2025-08-31')),
    F(49, 'count', 'other', 'concerns: other', 'Other                                  49'),
    F(48, 'count', 'other', 'concerns: other, last year', 'Other                                  49        48', period=P('2024-09-01', '2025-08-31')),
    F(27, 'count', 'other', 'Operation Encompass notifications', 'The school received 27 Operation Encompass notifications'),
    F(19, 'count', 'other', 'Operation Encompass notifications, previous year', 'compared with 19 the previous year', period=P('2024-09-01', '2025-08-31')),
    F(22, 'count', 'social_care_referrals', 'referrals to the MASH', 'made 22 referrals to the Bedford Borough Multi-Agency Safeguarding Hub'),
    F(15, 'count', 'social_care_referrals', 'referrals to the MASH, previous year', 'up from 15', period=P('2024-09-01', '2025-08-31')),
    F(13, 'count', 'other', 'referrals progressed to a social work assessment', '13 progressed to a social work assessment'),
    F(4, 'count', 'section_47_enquiries', 'referrals leading to strategy discussion and section 47 enquiries', '4 led to a strategy discussion and child protection (section 47) enquiries'),
    F(2, 'count', 'other', 'referrals escalated under the escalation policy', 'Two referrals were escalated'),
    F(6, 'count', 'child_protection_plans', 'pupils subject to a child protection plan', '6 pupils were subject to a child protection plan'),
    F(9, 'count', 'child_protection_plans', 'pupils subject to a child protection plan, 31 August 2025', '(31 August 2025: 9)', period=P('2025-08-31', '2025-08-31')),
    F(4, 'count', 'child_protection_plans', 'families of pupils on child protection plans', 'from 4 families'),
    F(14, 'count', 'children_in_need', 'pupils with a child in need plan', '14 pupils had a child in need plan'),
    F(5, 'count', 'looked_after_children', 'pupils looked after by the local authority', '5 pupils were looked after by the local authority'),
    F(7, 'count', 'other', 'pupils previously looked after', 'a further 7 were previously looked after'),
    F(23, 'count', 'other', 'families receiving early help', '23 families were receiving early help'),
    F(11, 'count', 'other', 'early help families with the Family Support Worker as lead professional', '11 of them with the Family Support Worker as lead professional'),
    F(89.6, 'percent', 'other', 'attendance of pupils with a social worker', 'Attendance of pupils with a social worker was 89.6%'),
    F(94.8, 'percent', 'other', 'attendance, whole school', 'against 94.8% for the whole school'),
    F(87.1, 'percent', 'other', 'attendance of children with a social worker, Bedford Borough', 'The Bedford Borough figure for children with a social worker was 87.1%'),
    F(41, 'count', 'other', 'child protection conferences, core groups and CIN meetings attended', 'Staff attended 41 child protection conferences'),
    F(2, 'days', 'other', 'deadline for conference reports', 'at least 2 working days before conference', qualifier='at least', optional=True),
    F(37, 'count', 'other', 'conference reports submitted on time', 'in 37 of the 41'),
    F(1, 'count', 'other', 'allegation against staff referred to the LADO', 'One allegation against a member of staff was referred'),
    F(4, 'count', 'other', 'low-level concerns recorded', 'Four low-level concerns were recorded'),
    F(3, 'count', 'other', 'children reported to Children Missing Education team', 'Three children were reported to the Children Missing Education team'),
    F(10, 'days', 'other', 'unexplained absence before CME report', 'after 10 days of unexplained absence'),
    F(2, 'count', 'other', 'families electively home educating', 'Two families chose to electively home educate'),
    F(5, 'count', 'other', 'suspensions', 'There were 5 suspensions'),
    F(7.5, 'days', 'other', 'days lost to suspension', '(7.5 days lost in total)'),
    F(0, 'count', 'other', 'permanent exclusions', 'no permanent exclusions'),
    F(46, 'count', 'other', 'filtering and monitoring alerts', 'The filtering and monitoring system raised 46 alerts'),
    F(40, 'count', 'other', 'alerts that were false positives', '40 were false positives'),
    F(5, 'count', 'other', 'alerts followed up with pupils and parents', 'five were followed up with pupils and parents'),
    F(1, 'count', 'social_care_referrals', 'alert referred to the MASH', 'one was referred to the MASH'),
    F(64, 'count', 'other', 'staff completing annual safeguarding training', 'All 64 staff and 11 regular volunteers'),
    F(11, 'count', 'other', 'regular volunteers completing safeguarding training', '11 regular volunteers'),
    F(58, 'count', 'other', 'staff completing Prevent refresher training', '58 of 64 staff (91%) completed Prevent refresher training'),
    F(91, 'percent', 'other', 'staff completing Prevent refresher training', '58 of 64 staff (91%)', optional=True),
    F(6, 'count', 'other', 'staff completing Prevent training late', 'the remaining six did so in April'),
    F(3, 'count', 'other', 'staff with Safer Recruitment training', 'Three members of staff have completed Safer Recruitment training'),
    F(31, 'count', 'other', 'section 175 audit standards fully met', '31 of the 34 standards were rated fully met'),
    F(34, 'count', 'other', 'section 175 audit standards', '31 of the 34 standards'),
    F(3, 'count', 'other', 'section 175 standards partly met', 'the three partly met standards'),
    F(92, 'percent', 'other', 'pupils saying there is an adult they could talk to', '92% of the 229 pupils in Years 3 to 6'),
    F(229, 'count', 'other', 'pupils responding to the survey', 'the 229 pupils in Years 3 to 6 who responded'),
]
NOT = ['2025/26', '2024/25', '29 September 2026', '6.00pm', 'FGB/26/07', 'section 175 of the Education Act 2002', 'Part 2',
       'Keeping Children Safe in Education 2025', 'version 4.2', 'v4.2', 'Appendix B', 'Appendix C', 'Agenda item 7', '1.2', '4.2',
       '9.30am', 'section 47', 'stage 1', 'stage 2', 'Level 3', 'Part 1', '31 March', '14 July 2026', 'Years 3 to 6', 'Year 5',
       '01632 960418', '01632 960777', 'September 2027', 'Annex A', '3 June 2026', 'March 2026']
QS = [
    Q('If you are sad you can put a note in the worry box and Mrs A always comes to find you the same day.', 'a Year 5 pupil', ['pupil', 'One Year 5 pupil'], 'wrote'),
    Q('I have seen real improvement in how quickly concerns are picked up and followed through. The records I sampled were clear and the chronology was easy to follow.', 'Graham Tolhurst', ['Mr Tolhurst', 'Tolhurst'], 'said', role='Safeguarding and SEND Governor'),
    Q('keep a close eye on attendance, because that is where we see the first signs', 'Graham Tolhurst', ['Mr Tolhurst', 'Tolhurst'], 'added that governors should'),
    Q('exemplary', 'the Bedford Borough education safeguarding adviser', ['education safeguarding adviser', 'the adviser'], 'described the school\'s recording as', optional=True),
    Q('Elstow Brook is one of the few schools where the voice of the child runs through every record I looked at.', 'the Bedford Borough education safeguarding adviser', ['education safeguarding adviser', 'the adviser'], 'wrote'),
]
PEOPLE = [{'name': 'Kerry Adebayo', 'role': 'Deputy Headteacher and Designated Safeguarding Lead'},
          {'name': 'Graham Tolhurst', 'role': 'Safeguarding and SEND Governor'},
          {'name': 'Nadia Roszak', 'role': 'Family Support Worker'}]
BOIL = ['CONFIDENTIAL: not for publication (contains no pupil names)', 'Next review: September 2027']
NOTES = ("A primary school's annual safeguarding report to its full governing body (kind other: a school governors' paper, "
         "not a council or partnership report; partnership null because the school, not the partnership, reports; area Bedford; "
         "period the academic year 1 Sep 2025 - 31 Aug 2026). Traps: a plain-text table with two year columns (last year's column "
         "carries its own period, the anchors include the aligned spaces); '(2024/25: 571)' and '(31 August 2025: 9)' brackets; "
         "school-level counts of pupils on CP plans, CIN plans, looked after (metrics of the whole) but previously looked-after and "
         "early help are other; MASH referrals are social_care_referrals, including the single filtering alert 'referred to the MASH'; "
         "'4 led to a strategy discussion and ... (section 47) enquiries' is section_47_enquiries while 'section 47' and 'section 175' "
         "are legislation; 'Roughly a third' is a hedged share with no exact value given (required, qualifier 'roughly'); '58 of 64 staff (91%)' count required, percentage optional; "
         "'0.6 FTE' optional; 'no permanent exclusions' a zero (required); 'at least 2 working days' a deadline inside a timeliness measure ('in 37 of the 41'), so optional; "
         "'after 10 days of unexplained absence' a threshold (days); '31 of the 34 standards' two figures; Nursery and Years 3 to 6 "
         "are not figures; 'Mrs A' is a pupil's name for the DSL; a pupil's written quote (speaker 'a Year 5 pupil'); the link "
         "governor's quote and a fragment after 'added that governors should'; 'exemplary' a single scare-quoted word (optional); "
         "an unnamed adviser speaks. Phone numbers and version numbers are not figures.")

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    gold(DOC, 'other', "Elstow Brook Primary School: Annual Safeguarding Report 2025/26 to the Full Governing Body", 'Bedford', None,
         P('2025-09-01', '2026-08-31', 'academic year 1 September 2025 to 31 August 2026'), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
