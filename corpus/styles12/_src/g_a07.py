"""a07: internal audit report on child protection committee (safeguarding partnership) arrangements (txt, written here) and its gold."""
import os
from mk_a import F, P, Q, gold, DIR

DOC = 'a07_glasgow_internal_audit_child_protection_committee.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The audit, officers, findings, quotes and figures are made up; only the place name is real.

GLASGOW CITY COUNCIL - INTERNAL AUDIT
FINAL REPORT

Audit:              Child Protection Committee - multi-agency governance, learning reviews and assurance
Report reference:   IA/2026/27/014
Audit plan ref:     2026/27 Plan, item CS-07
Auditor:            Kirsty McLaren, Senior Auditor (Audit Manager: Ross Duncan CPFA)
Draft issued:       29 September 2026
Final issued:       21 October 2026
Distribution:       Chief Social Work Officer; Chair, Glasgow Child Protection Committee; Head of Children's Services (North East); Audit and Scrutiny Committee

---------------------------------------------------------------------------
1. EXECUTIVE SUMMARY
---------------------------------------------------------------------------

1.1 Overall assurance opinion: LIMITED

1.2 We can provide only limited assurance that the Glasgow Child Protection Committee's (CPC) arrangements for overseeing multi-agency child protection practice, commissioning and tracking learning reviews and monitoring its improvement plan are adequately designed and operating effectively. The framework is in place, but our testing found weaknesses in recording, action tracking and follow-through that expose the partnership to the risk that learning is not implemented.

1.3 Recommendations raised:

    Priority 1 (High)      2
    Priority 2 (Medium)    4
    Priority 3 (Low)       1
    Total                  7

1.4 The previous audit of this area (IA/2023/24/031, Reasonable assurance) raised five recommendations; three have been implemented and two are carried forward in this report (recommendations 3 and 5).

---------------------------------------------------------------------------
2. BACKGROUND
---------------------------------------------------------------------------

2.1 The CPC is the multi-agency partnership through which Glasgow City Council, NHS Greater Glasgow and Clyde and Police Scotland discharge their shared responsibility for child protection under the National Guidance for Child Protection in Scotland 2021 (updated 2023). Its core budget for 2026/27 is £412,000, funded 60% by the Council, 25% by the Health Board and 15% by Police Scotland.

2.2 At 31 March 2026 there were 318 children on the child protection register in Glasgow, a rate of 3.2 per 1,000 children aged 0-15 (Scotland: 2.3). During the six months covered by our testing, 1,436 inter-agency referral discussions (IRDs) were held and 164 children were registered.

2.3 The CPC's Learning Review Sub-group considered 9 notifications for review in the period. It commissioned 4 learning reviews; 2 learning reviews were published and 3 were still in progress at 31 March 2026. National guidance expects a learning review to be completed within six months of commissioning.

---------------------------------------------------------------------------
3. SCOPE AND APPROACH
---------------------------------------------------------------------------

3.1 The audit covered the period 1 October 2025 to 31 March 2026. We interviewed 11 officers across the three partner agencies, reviewed CPC and sub-group minutes, and selected a random sample of 15 children's case files where an IRD had been held, to test whether the outcome and agreed actions were recorded and shared.

3.2 The audit did not re-perform professional judgements about individual children.

---------------------------------------------------------------------------
4. KEY FINDINGS
---------------------------------------------------------------------------

4.1 IRD recording (Priority 1). In 12 of 15 files (80%) the IRD outcome was recorded on the case management system within the expected 24 hours. In the remaining three, the record was made between four and nine days later, and in one of those the police actions were not recorded at all.

4.2 Improvement plan tracking (Priority 1). The CPC improvement plan contained 47 actions at 31 March 2026. Nineteen (40%) were overdue, of which 8 were more than six months overdue. The plan is reported to the CPC quarterly, but overdue actions are not escalated to the Chief Officers Group. One practitioner told us that actions "just roll over from one plan to the next."

4.3 Learning review timeliness (Priority 2). Neither of the two learning reviews published in the period met the six-month expectation; they took 11 months and 14 months from commissioning. The Sub-group minutes did not record the reasons for either delay.

4.4 Chronologies (Priority 2). Only 9 of the 15 sampled files (60%) held a multi-agency chronology that had been updated in the last three months, as local procedure requires.

4.5 Training (Priority 2). Completion of the multi-agency Level 2 child protection course stood at 71% of the target group against a CPC target of 90%.

4.6 Information sharing agreement (Priority 2). The tri-partite information sharing agreement expired in June 2025 and had not been renewed at the time of our fieldwork. This recommendation was first raised in IA/2023/24/031.

4.7 Terms of reference (Priority 3). The Sub-group's terms of reference (version 2.1) still refer to Significant Case Reviews, the terminology replaced in 2021.

4.8 The Chair of the CPC, Dr Elaine Ferrie, welcomed the report. In her response she wrote: "The findings are fair and they are uncomfortable. We have the right structures, but we have not been disciplined enough about finishing what we start."

---------------------------------------------------------------------------
5. ACTION PLAN
---------------------------------------------------------------------------

Rec 1 | Priority 1 | Finding 4.1
Recommendation: Introduce a weekly exception report of IRDs without a recorded outcome after 24 hours, reviewed by the IRD managers.
Management response: Agreed. Exception report to be built by the Business Intelligence team; weekly review from January.
Responsible officer: Head of Children's Services (North East)
Target date: 31 January 2027

Rec 2 | Priority 1 | Finding 4.2
Recommendation: Report every action more than three months overdue to the Chief Officers Group with a revised date and an accountable lead.
Management response: Agreed. The CPC Lead Officer will produce an overdue-actions schedule for each COG meeting.
Responsible officer: CPC Lead Officer
Target date: 31 December 2026

Rec 3 | Priority 2 | Finding 4.3 (carried forward)
Recommendation: Record the reason for any learning review exceeding six months and report revised timescales to the CPC.
Management response: Agreed. A tracker has been in place since September 2026.
Responsible officer: Chair, Learning Review Sub-group
Target date: Implemented - to be verified at follow-up

Rec 4 | Priority 2 | Finding 4.4
Recommendation: Remind practitioners of the chronology standard and include chronologies in the quarterly multi-agency case file audit of 20 cases.
Management response: Agreed.
Responsible officer: Principal Officer, Child Protection
Target date: 31 March 2027

Rec 5 | Priority 2 | Finding 4.6 (carried forward)
Recommendation: Renew the information sharing agreement.
Management response: Partially agreed. Legal review with NHS Greater Glasgow and Clyde is under way; renewal depends on the national template.
Responsible officer: Information Governance Manager
Target date: 30 June 2027

Rec 6 | Priority 2 | Finding 4.5
Recommendation: Set out a plan to reach the 90% training target, with monthly reporting by agency.
Management response: Agreed. An additional 12 course dates have been scheduled.
Responsible officer: CPC Learning and Development Officer
Target date: 31 March 2027

Rec 7 | Priority 3 | Finding 4.7
Recommendation: Update the Sub-group terms of reference.
Management response: Agreed.
Responsible officer: CPC Lead Officer
Target date: 28 February 2027

Management comment from the Chief Social Work Officer, Alan Kerr: "I accept the opinion. Recommendations 1 and 2 will be monitored by me personally until they are closed."

---------------------------------------------------------------------------
APPENDIX A - DEFINITIONS
---------------------------------------------------------------------------

Assurance opinions: Substantial - a sound system of control; Reasonable - most controls are operating, with some weaknesses; Limited - significant weaknesses that put objectives at risk; No assurance - fundamental failures in control.

Priority 1 - fundamental weakness; action expected within 3 months. Priority 2 - significant weakness; action expected within 6 months. Priority 3 - minor issue or good practice; action within 12 months.

Follow-up: Internal Audit will follow up all Priority 1 and 2 recommendations after their target dates and report progress to the Audit and Scrutiny Committee.

Internal Audit, Glasgow City Council, 40 John Street, Glasgow G1 1JL. Tel: 0141 496 0388. This report is confidential and was prepared for the addressees only; no responsibility is accepted to any third party.
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    p = P('2025-10-01', '2026-03-31', '1 October 2025 to 31 March 2026')
    fy = P('2026-04-01', '2027-03-31', '2026/27')
    figs = [
        F(2, 'count', 'other', 'Priority 1 recommendations raised by the audit', 'Priority 1 (High)      2'),
        F(4, 'count', 'other', 'Priority 2 recommendations raised by the audit', 'Priority 2 (Medium)    4'),
        F(1, 'count', 'other', 'Priority 3 recommendations raised by the audit', 'Priority 3 (Low)       1'),
        F(7, 'count', 'other', 'recommendations raised by the audit in total', 'Total                  7'),
        F(5, 'count', 'other', 'recommendations raised by the previous audit', 'raised five recommendations; three have been implemented', period=P('2023-04-01', '2024-03-31', '2023/24')),
        F(3, 'count', 'other', 'previous audit recommendations implemented', 'raised five recommendations; three have been implemented'),
        F(2, 'count', 'other', 'previous audit recommendations carried forward', 'two are carried forward in this report'),
        F(412000, 'gbp', 'other', 'CPC core budget 2026/27', 'Its core budget for 2026/27 is £412,000', period=fy),
        F(60, 'percent', 'other', 'share of the CPC budget funded by the Council', 'funded 60% by the Council', period=fy),
        F(25, 'percent', 'other', 'share funded by the Health Board', '25% by the Health Board', period=fy),
        F(15, 'percent', 'other', 'share funded by Police Scotland', '15% by Police Scotland', period=fy),
        F(318, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'there were 318 children on the child protection register in Glasgow'),
        F(3.2, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 children aged 0-15', 'a rate of 3.2 per 1,000 children aged 0-15'),
        F(2.3, 'rate_per_1000', 'child_protection_plans', 'Scotland register rate (comparator)', '(Scotland: 2.3)'),
        F(1436, 'count', 'section_47_enquiries', 'inter-agency referral discussions held in the six months', '1,436 inter-agency referral discussions (IRDs) were held'),
        F(164, 'count', 'child_protection_plans', 'children registered in the six months', '164 children were registered'),
        F(9, 'count', 'review_referrals', 'notifications for review considered by the Learning Review Sub-group', 'considered 9 notifications for review in the period'),
        F(4, 'count', 'lcsprs_commissioned', 'learning reviews commissioned', 'It commissioned 4 learning reviews'),
        F(2, 'count', 'lcsprs_published', 'learning reviews published', '2 learning reviews were published'),
        F(3, 'count', 'lcsprs_ongoing', 'learning reviews in progress at 31 March 2026', '3 were still in progress at 31 March 2026'),
        F(6, 'months', 'other', 'expected time to complete a learning review', 'completed within six months of commissioning'),
        F(11, 'count', 'other', 'officers interviewed', 'We interviewed 11 officers'),
        F(15, 'count', 'other', 'case files sampled', 'a random sample of 15 children\'s case files'),
        F(12, 'count', 'other', 'sampled files with the IRD outcome recorded within 24 hours', 'In 12 of 15 files (80%)'),
        F(80, 'percent', 'other', 'sampled files with the IRD outcome recorded within 24 hours (share)', 'In 12 of 15 files (80%)', optional=True),
        F(3, 'count', 'other', 'sampled files recorded late', 'In the remaining three, the record was made'),
        F(4, 'days', 'other', 'shortest recording delay (range)', 'between four and nine days later', optional=True),
        F(9, 'days', 'other', 'longest recording delay (range)', 'between four and nine days later', optional=True),
        F(47, 'count', 'other', 'actions on the CPC improvement plan', 'The CPC improvement plan contained 47 actions'),
        F(19, 'count', 'other', 'improvement plan actions overdue', 'Nineteen (40%) were overdue'),
        F(40, 'percent', 'other', 'share of improvement plan actions overdue', 'Nineteen (40%) were overdue', optional=True),
        F(8, 'count', 'other', 'actions more than six months overdue', 'of which 8 were more than six months overdue'),
        F(11, 'months', 'other', 'time taken by the first published learning review', 'they took 11 months and 14 months from commissioning'),
        F(14, 'months', 'other', 'time taken by the second published learning review', 'they took 11 months and 14 months from commissioning'),
        F(9, 'count', 'other', 'sampled files with an up-to-date multi-agency chronology', 'Only 9 of the 15 sampled files (60%)'),
        F(60, 'percent', 'other', 'sampled files with an up-to-date chronology (share)', 'Only 9 of the 15 sampled files (60%)', optional=True),
        F(71, 'percent', 'other', 'completion of the multi-agency Level 2 course', 'stood at 71% of the target group'),
        F(90, 'percent', 'other', 'CPC training completion target', 'against a CPC target of 90%'),
        F(20, 'count', 'other', 'cases in the quarterly multi-agency case file audit', 'case file audit of 20 cases'),
        F(12, 'count', 'other', 'additional training course dates scheduled', 'An additional 12 course dates have been scheduled'),
    ]
    nf = ['IA/2026/27/014', 'IA/2023/24/031', 'item CS-07', '29 September 2026', '21 October 2026', '1.1', '4.7', 'Rec 4', 'Finding 4.3', 'version 2.1', 'Level 2', '2021 (updated 2023)', 'within the expected 24 hours', 'in the last three months', 'more than three months overdue', 'within 3 months', 'within 6 months', 'within 12 months', '31 January 2027', '30 June 2027', 'G1 1JL', '0141 496 0388', 'recommendations 3 and 5', 'Recommendations 1 and 2', 'aged 0-15', 'per 1,000', 'Rec 1 | Priority 1 | Finding 4.1', 'Rec 7 | Priority 3 | Finding 4.7', 'Priority 1 - fundamental weakness', '(Priority 1)']
    quotes = [
        Q('just roll over from one plan to the next.', 'a practitioner', ['practitioner', 'One practitioner'], 'told us'),
        Q('The findings are fair and they are uncomfortable. We have the right structures, but we have not been disciplined enough about finishing what we start.', 'Elaine Ferrie', ['Dr Ferrie', 'Ferrie', 'Dr Elaine Ferrie'], 'wrote', role='Chair, Glasgow Child Protection Committee'),
        Q('I accept the opinion. Recommendations 1 and 2 will be monitored by me personally until they are closed.', 'Alan Kerr', ['Kerr', 'Mr Kerr'], 'Management comment', role='Chief Social Work Officer'),
    ]
    people = [
        {'name': 'Kirsty McLaren', 'role': 'Senior Auditor'},
        {'name': 'Ross Duncan', 'role': 'Audit Manager'},
        {'name': 'Elaine Ferrie', 'role': 'Chair, Glasgow Child Protection Committee'},
        {'name': 'Alan Kerr', 'role': 'Chief Social Work Officer'},
    ]
    bp = ['This report is confidential and was prepared for the addressees only; no responsibility is accepted to any third party.',
          'Assurance opinions: Substantial - a sound system of control;',
          'Follow-up: Internal Audit will follow up all Priority 1 and 2 recommendations after their target dates']
    notes = ("Internal audit report (kind other; Scottish council, so the register is child_protection_plans, IRDs are section_47_enquiries, learning reviews lcsprs_*, register rate per 1,000 aged 0-15 is rate_per_1000). "
             "Record period = the audit's testing period, 1 October 2025 to 31 March 2026 (figures at 31 March 2026 fall inside it); the 2026/27 budget and its shares carry their own period. "
             "Audit counts (recommendations raised by priority 2/4/1, total 7; previous audit 5, three implemented, two carried forward) are other: they are audit recommendations, not review recommendations; "
             "the CPC improvement-plan actions (47, 19 overdue, 8 more than six months overdue) are other too: they are partnership improvement actions, not actions arising from reviews (as styles11 p03's action log). "
             "'12 of 15 files (80%)', '9 of the 15 sampled files (60%)', 'Nineteen (40%)': count required, bracketed percentage optional. The sample of 15 is one figure (the '15' in '12 of 15' is its denominator). "
             "'between four and nine days' is a range (two optional figures). 'within six months of commissioning' is the national expectation (6 months, required); the two reviews took 11 and 14 months. "
             "Traps: report and plan references, paragraph numbers 1.1-4.8, 'Rec 1'-'Rec 7', 'Finding 4.3', 'version 2.1', 'Level 2', guidance year, '24 hours' (the recording standard: no spec unit), 'in the last three months' and 'more than three months overdue' (windows inside definitions), "
             "priority definitions 'within 3 months / 6 months / 12 months' (appendix definitions, not figures), target dates, postcode, phone. "
             "Quotes: a practitioner's fragment ('told us'), the CPC chair's written response ('she wrote'), the CSWO's management comment (cue is the label 'Management comment ...:').")
    gold(DOC, 'other', 'Internal Audit final report IA/2026/27/014: Child Protection Committee - multi-agency governance, learning reviews and assurance',
         'Glasgow City', 'Glasgow Child Protection Committee', p, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
