"""Gold for c02 (Knowsley children's social care complaints annual report 2025/26). Run: /tmp/pdfgen8/bin/python _src/c/g_c02.py"""
from mk_c import F, P, Q, gold

PY = P('2024-04-01', '2025-03-31', '2024/25')
P2 = P('2023-04-01', '2024-03-31', '2023/24')
o = 'other'
T1 = {'s1': 'Stage 1 (local resolution) 169 187 214', 's2': 'Stage 2 (investigation) 12 15 19', 's3': 'Stage 3 (review panel) 2 3 4',
      'om': 'Ombudsman decisions¹ 6 7 9'}
figs = [
    F(214, 'count', o, "stage 1 complaints about children's social care", "We received 214 complaints about children's social care at stage 1"),
    F(187, 'count', o, 'stage 1 complaints in 2024/25', 'up from 187 in 2024/25', period=PY),
    F(14, 'percent', o, 'increase in stage 1 complaints', 'an increase of 14%'),
    F(76, 'percent', o, 'stage 1 responses within the statutory timescale', '76% of stage 1 responses were sent within the statutory timescale'),
    F(69, 'percent', o, 'stage 1 responses within timescale in 2024/25', '(2024/25: 69%)', period=PY),
    F(12.4, 'days', o, 'average stage 1 response time (working days)', 'The average response took 12.4 working days'),
    F(19, 'count', o, 'complaints escalated to stage 2', '19 complaints were escalated to a stage 2 investigation'),
    F(4, 'count', o, 'complaints that went to a stage 3 review panel', 'four went on to a stage 3 review panel'),
    F(9, 'count', o, "Ombudsman decisions on complaints about children's services", "The Ombudsman made decisions on nine complaints about our children's services"),
    F(2, 'count', o, 'complaints upheld by the Ombudsman', 'and upheld two'),
    F(96, 'count', o, 'compliments received', 'We received 96 compliments'),
    F(74, 'count', o, 'compliments received in 2024/25', 'up from 74 in 2024/25', period=PY),
    F(10, 'days', o, 'stage 1 timescale (working days)', 'within 10 working days'),
    F(20, 'days', o, 'stage 1 timescale for a complex complaint (working days)', 'or 20 working days for a complex complaint'),
    F(25, 'days', o, 'stage 2 response timescale (working days)', 'respond within 25 working days'),
    F(65, 'days', o, 'extended stage 2 timescale (working days)', 'which may be extended to 65'),
    F(3, 'count', o, 'members of a stage 3 review panel', 'a stage 3 review panel of three people', optional=True),
    F(30, 'days', o, 'deadline for a stage 3 review panel to meet (working days)', 'must meet within 30 working days of the request'),
    F(169, 'count', o, 'stage 1 complaints in 2023/24', T1['s1'], period=P2),
    F(12, 'count', o, 'stage 2 complaints in 2023/24', T1['s2'], period=P2),
    F(15, 'count', o, 'stage 2 complaints in 2024/25', T1['s2'], period=PY),
    F(2, 'count', o, 'stage 3 review panels in 2023/24', T1['s3'], period=P2),
    F(3, 'count', o, 'stage 3 review panels in 2024/25', T1['s3'], period=PY),
    F(6, 'count', o, 'Ombudsman decisions in 2023/24', T1['om'], period=P2),
    F(7, 'count', o, 'Ombudsman decisions in 2024/25', T1['om'], period=PY),
    F(9, 'percent', o, 'stage 1 complaints escalated to stage 2', 'Nineteen of the 214 stage 1 complaints (9%)', optional=True),
    F(6, 'count', o, 'stage 2 investigations completed within 25 working days', 'Six stage 2 investigations were completed within 25 working days'),
    F(13, 'count', o, 'stage 2 investigations that took longer', 'the other 13 took an average of 47 working days'),
    F(47, 'days', o, 'average length of the late stage 2 investigations (working days)', 'the other 13 took an average of 47 working days'),
    F(34, 'count', o, 'children in care on whose behalf complaints were made', 'on behalf of 34 children in our care'),
    F(142, 'count', o, 'complaints made by parents', 'Parents made 142 complaints (66%)'),
    F(66, 'percent', o, 'complaints made by parents', 'Parents made 142 complaints (66%)', optional=True),
    F(31, 'count', o, 'complaints made by other relatives', 'other relatives 31'),
    F(11, 'count', o, 'complaints made by foster carers', 'foster carers 11'),
    F(7, 'count', o, 'complaints made by other people', 'other people seven'),
    F(23, 'count', o, 'complaints made by children and young people themselves', 'made 23 complaints themselves'),
    F(15, 'count', o, 'complaints made with the help of an advocate', '15 of them with the help of an advocate'),
    F(71, 'count', o, 'complaints about communication', '(71 complaints, a third of the total)'),
    F(33.33, 'percent', o, 'complaints about communication', 'a third of the total', optional=True),
    F(48, 'count', o, 'complaints about the quality of the service', 'the quality of the service (48)'),
    F(36, 'count', o, 'complaints about staff conduct', 'staff conduct (36)'),
    F(30, 'count', o, 'complaints about delay', 'delay (30)'),
    F(29, 'count', o, 'complaints about decisions on family time and contact', 'about family time and contact (29)'),
    F(38, 'count', o, 'stage 1 complaints upheld', 'Upheld 38 18%'),
    F(18, 'percent', o, 'stage 1 complaints upheld', 'Upheld 38 18%', optional=True),
    F(61, 'count', o, 'stage 1 complaints partly upheld', 'Partly upheld 61 29%'),
    F(29, 'percent', o, 'stage 1 complaints partly upheld', 'Partly upheld 61 29%', optional=True),
    F(104, 'count', o, 'stage 1 complaints not upheld', 'Not upheld 104 49%'),
    F(49, 'percent', o, 'stage 1 complaints not upheld', 'Not upheld 104 49%', optional=True),
    F(11, 'count', o, 'stage 1 complaints withdrawn or not pursued', 'Withdrawn or not pursued 11 5%'),
    F(5, 'percent', o, 'stage 1 complaints withdrawn or not pursued', 'Withdrawn or not pursued 11 5%', optional=True),
    F(64, 'count', o, 'complaints about Assessment and Intervention', 'Assessment and Intervention 64 71%'),
    F(71, 'percent', o, 'Assessment and Intervention complaints answered within timescale', 'Assessment and Intervention 64 71%'),
    F(49, 'count', o, 'complaints about Children in Care', 'Children in Care 49 78%'),
    F(78, 'percent', o, 'Children in Care complaints answered within timescale', 'Children in Care 49 78%'),
    F(38, 'count', o, 'complaints about Children with Disabilities', 'Children with Disabilities 38 68%'),
    F(68, 'percent', o, 'Children with Disabilities complaints answered within timescale', 'Children with Disabilities 38 68%'),
    F(27, 'count', o, 'complaints about Family Support', 'Family Support 27 85%'),
    F(85, 'percent', o, 'Family Support complaints answered within timescale', 'Family Support 27 85%'),
    F(21, 'count', o, 'complaints about Leaving Care', 'Leaving Care 21 90%'),
    F(90, 'percent', o, 'Leaving Care complaints answered within timescale', 'Leaving Care 21 90%'),
    F(15, 'count', o, 'complaints about Fostering', 'Fostering 15 80%'),
    F(80, 'percent', o, 'Fostering complaints answered within timescale', 'Fostering 15 80%'),
    F(3, 'count', o, 'complaints investigated by the Ombudsman', 'It investigated three'),
    F(1650, 'gbp', o, 'remedies recommended by the Ombudsman', 'recommended remedies totalling £1,650'),
    F(4, 'months', o, 'time the agreed support was not provided (Ombudsman finding)', 'for more than four months', qualifier='more than', optional=True),
    F(20, 'count', o, 'similar cases the council was asked to review', 'asked us to review 20 similar cases'),
    F(2, 'count', o, 'further families found to be owed support', 'found two more families who were owed support'),
    F(58300, 'gbp', o, 'cost of stage 2 investigations', 'Stage 2 investigations cost £58,300'),
    F(6150, 'gbp', o, 'cost of stage 3 panels', 'stage 3 panels cost £6,150'),
    F(64450, 'gbp', o, 'total cost of the complaints procedure', 'a total of £64,450'),
    F(51900, 'gbp', o, 'total cost in 2024/25', 'up from £51,900 in 2024/25', period=PY),
    F(3912, 'count', 'social_care_referrals', "referrals to children's social care", 'received 3,912 referrals'),
    F(1186, 'count', 'children_in_need', 'children in need', '1,186 children were open to the service as children in need'),
    F(214, 'count', 'child_protection_plans', 'children subject to a child protection plan', '214 were subject to a child protection plan'),
    F(402, 'count', 'looked_after_children', 'children in care', '402 were in our care'),
    F(3, 'years', o, "parent's time before being listened to (in a quote)", 'the first person in three years', optional=True),
    F(2, 'days', o, 'call-back promise for young people in care and care leavers (working days)', 'a call-back promise of two working days'),
    F(58, 'count', o, 'team managers and practice supervisors trained', '58 team managers and practice supervisors'),
]
nf = ['Children Act 1989 Representations Procedure (England) Regulations 2006', '8 October 2026', '01632 960418',
      '1 April 2025 to 31 March 2026', '2023/24', '2024/25', '2025/26', 'Table 1', 'Table 2', 'Table 3', 'Stage 1 (local resolution)',
      'stage 2', 'stage 3', 'reference 25 011 364', '100%', 'fewer than one for every 18 referrals', 'At 31 March 2026',
      'Section 26(3) of the Children Act 1989', 'OFFICIAL | Page 1', '% of stage 1', '1. Purpose']
qs = [
    Q("failed to provide the support it had agreed in the child's plan for more than four months", 'the Ombudsman',
      ['Ombudsman', 'Local Government and Social Care Ombudsman'], 'found'),
    Q("Our social worker was the first person in three years who actually listened. I didn't agree with everything she did, but I always knew why she was doing it.",
      'a parent', ['parent', 'One parent'], 'wrote'),
    Q('I just wanted someone to ring me back when they said they would.', 'a young person',
      ['young person', 'A young person who complained with the help of an advocate'], 'told us'),
    Q('The rise in complaints is not in itself bad news. More young people are using advocates to complain, and that is exactly what we want. What we must fix is the time it takes us to answer.',
      'Gillian Rourke', ['Rourke', 'Ms Rourke'], 'said', role='Complaints and Customer Feedback Manager, Knowsley Council'),
]
people = [{'name': 'Gillian Rourke', 'role': 'Complaints and Customer Feedback Manager, Knowsley Council'}]
bp = ["Knowsley Council | Children's Social Care Complaints and Compliments Annual Report 2025/26", 'OFFICIAL | Page 2',
      'SYNTHETIC document invented for evaluation']
notes = ("Statutory children's social care complaints (representations) annual report (new genre), fpdf2. Almost every figure is "
         "'other'; the four child-protection metrics appear only in a 'Context' paragraph, and 214 is both the stage 1 complaint "
         "count and the number of children on child protection plans (two facts). Traps: key-message bullets repeat table cells "
         "(one fact, one figure); Table 1 has three years (2023/24 and 2024/25 cells carry periods; 2025/26 cells repeat the "
         "bullets); the procedure's deadlines (10, 20, 25, 65, 30 working days) are figures, while 'completed within 25 working "
         "days' in a timeliness count is not a new figure; 'a stage 3 review panel of three people' optional; 'Stage 1', "
         "'stage 2', 'stage 3' are names, not figures; shares in Table 2 and bracketed shares optional, but Table 3's "
         "'within timescale' percentages are timeliness measures (required); the same value for several facts (15: stage 2 "
         "complaints 2024/25, complaints with an advocate, Fostering; 11: foster carers and withdrawn; 38; 29 count vs 29% "
         "optional; 2, 3, 6, 9); 'a third of the total' restates 71 (optional 33.33); 'other people seven'; the Ombudsman "
         "reference '25 011 364'; 'fewer than one for every 18 referrals' is a ratio, not a figure; a duration inside the "
         "Ombudsman's quoted finding and in a parent's quote (optional); Table 3's title is separated from its table by the page "
         "break (header and footer in between); document speaker 'the Ombudsman' (cue found), 'One parent wrote:', 'A young "
         "person ... told us:', the manager's 'said:'.")
gold('c02_knowsley_childrens_social_care_complaints_annual_report_2025_26.pdf', 'council_report',
     "Children's Social Care Complaints and Compliments Annual Report 2025/26", 'Knowsley', None,
     P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs, nf, qs, people, bp, notes)
