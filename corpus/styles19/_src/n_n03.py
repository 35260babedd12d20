"""Writer n, n03: a further education college's annual safeguarding report to its Corporation board (North East Lincolnshire), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_n import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'n03_north_east_lincolnshire_fe_college_annual_safeguarding_report_to_corporation_2024_25.pdf'
S = styles('#6a1b4d', font='Times-Roman', size=10)
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#f6edf2'):
    t = Table([[paras]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


cover = table([['Meeting', 'Corporation Board, 9 December 2025'],
               ['Paper', 'C/25/41'],
               ['Title', 'Annual Safeguarding Report 2024/25'],
               ['Author', 'Dr Miriam Achterberg, Assistant Principal (Learner Welfare) and Designated Safeguarding Lead'],
               ['Status', 'For approval (recommendation at section 9)'],
               ['Confidentiality', 'Open']], [35, 135], A, header_rows=0, zebra='#f6edf2')

cats = table([['Main category of concern', '2023/24', '2024/25'],
              ['Mental health and wellbeing', '402', '486'],
              ['Self-harm or suicidal thoughts', '167', '201'],
              ['Domestic abuse at home', '121', '132'],
              ['Substance misuse', '93', '118'],
              ['Online safety', '71', '96'],
              ['Child criminal or sexual exploitation', '52', '74'],
              ['Other', '280', '305'],
              ['Total', '1,186', '1,412']], [90, 30, 30], A, zebra='#f6edf2')

story = [
    Paragraph('HUMBER COAST COLLEGE', S['h2']),
    cover,
    Spacer(1, 4 * mm),
    Paragraph('Annual Safeguarding Report to the Corporation 2024/25', S['h1']),
    Paragraph('1. Purpose and scope', H2),
    p('1.1 This report gives the Corporation assurance that the College has met its safeguarding duties under section 175 of '
      'the Education Act 2002 and Keeping Children Safe in Education 2024. It covers the academic year 1 August 2024 to '
      '31 July 2025 and all of the College\'s campuses in Grimsby and Immingham.'),
    Paragraph('2. Our learners', H2),
    p('2.1 The College enrolled 7,840 learners during the year, including 3,120 full-time students aged 16 to 18 and 410 '
      'apprentices. 186 learners had an education, health and care plan. 58 of our learners were looked after by North East '
      'Lincolnshire Council or another local authority, and a further 94 were care leavers. We know of 23 young carers.'),
    Paragraph('3. Safeguarding concerns', H2),
    p('3.1 The Safeguarding and Wellbeing Team logged 1,412 concerns in 2024/25, compared with 1,186 in 2023/24 and 958 in '
      '2022/23. This is an increase of 19% in a year and of 47% over two years. Mental health remains the largest category, '
      'and concerns about exploitation rose by more than two-fifths (Table 1).'),
    Paragraph('Table 1: Concerns logged, by main category', SM),
    cats,
    Spacer(1, 3 * mm),
    p('3.2 92% of concerns were reviewed by a designated safeguarding officer within one working day, against our target of '
      '95%. Delays were concentrated in the first six weeks of the autumn term, when 38% of the year\'s concerns were logged.'),
    Paragraph('4. Referrals to other agencies', H2),
    p('4.1 The team made 163 referrals to children\'s social care through North East Lincolnshire\'s Integrated Front Door, up '
      'from 131 the year before, and 38 referrals to adult social care for learners aged 18 and over. 54 concerns were '
      'passed to Humberside Police.'),
    p('4.2 At 31 July 2025, 19 of our learners were subject to a child protection plan and 67 were children in need. The '
      'College attended 112 child protection conferences, core groups and child in need meetings during the year.'),
    box([Paragraph('<b>The Prevent duty</b>', B),
         Paragraph('The College made 6 referrals to Prevent in 2024/25 (2023/24: 4). One was adopted as a Channel case. '
                   'All 1,064 staff completed Prevent awareness training within their first month, and 97% have completed '
                   'the annual refresher.', B)]),
    Spacer(1, 2 * mm),
    Paragraph('5. Safer recruitment and allegations', H2),
    p('5.1 All 214 staff who joined the College during the year had an enhanced DBS check before they started. The Single '
      'Central Record was audited in March 2025 with no findings. There were 9 allegations against members of staff, of which '
      '4 were referred to the Local Authority Designated Officer; one led to a dismissal.'),
    Paragraph('6. Training', H2),
    p('6.1 98% of staff completed their annual safeguarding update by 31 October 2024. 26 staff are now trained as designated '
      'safeguarding officers, up from 19, so that every campus has one on site at all times.'),
    Paragraph('7. What learners told us', H2),
    p('7.1 In the spring learner survey, answered by 4,377 learners, 87% said they felt safe at College, up from 84% in '
      '2023/24. Fewer than one in ten (8%) said they did not know who to talk to if they were worried. One 17-year-old student '
      'wrote: "I didn\'t think anyone would notice, but my tutor did, and she didn\'t make a big thing of it." Another said '
      'that the wellbeing drop-in was "the only quiet room in the building".'),
    p('7.2 The average wait for a first counselling appointment fell to 11 working days, from 19 the year before.'),
    Paragraph('8. Resources', H2),
    p('8.1 The Safeguarding and Wellbeing Team has a budget of £486,000 for 2025/26. A further £120,000 a year from the '
      'Integrated Care Board funds the mental health support team for a two-year pilot.'),
    p('8.2 The link governor for safeguarding, Mr Paul Esterhazy, visited the team three times. His report to the Quality '
      'and Standards Committee concluded that safeguarding at the College is "well led, well understood and under real '
      'pressure".'),
    Paragraph('9. Recommendation', H2),
    p('9.1 The Corporation is asked to (a) note the report and (b) approve the Safeguarding and Child Protection Policy for '
      '2025/26 (Appendix A). Enquiries: Safeguarding and Wellbeing Team, 01632 960582.'),
]
build(os.path.join(DIR, DOC), 'Annual Safeguarding Report to the Corporation 2024/25', 'Humber Coast College', story,
      'Humber Coast College | Corporation Board | 9 December 2025 | Paper C/25/41', 'Humber Coast College - Open paper', 2)

Y23 = P('2023-08-01', '2024-07-31', '2023/24')
Y22 = P('2022-08-01', '2023-07-31', '2022/23')
figs = [
    F(7840, 'count', 'other', 'learners enrolled', 'The College enrolled 7,840 learners'),
    F(3120, 'count', 'other', 'full-time students aged 16 to 18', 'including 3,120 full-time students'),
    F(410, 'count', 'other', 'apprentices', 'and 410 apprentices'),
    F(186, 'count', 'other', 'learners with an education, health and care plan', '186 learners had an education, health and care plan'),
    F(58, 'count', 'looked_after_children', 'learners looked after by a local authority', '58 of our learners were looked after'),
    F(94, 'count', 'other', 'care leavers', 'a further 94 were care leavers'),
    F(23, 'count', 'other', 'young carers', 'We know of 23 young carers'),
    F(1412, 'count', 'other', 'safeguarding concerns logged', 'logged 1,412 concerns in 2024/25'),
    F(1186, 'count', 'other', 'safeguarding concerns logged, 2023/24', 'compared with 1,186 in 2023/24', period=Y23),
    F(958, 'count', 'other', 'safeguarding concerns logged, 2022/23', '958 in 2022/23', period=Y22),
    F(19, 'percent', 'other', 'increase in concerns in a year', 'an increase of 19% in a year'),
    F(47, 'percent', 'other', 'increase in concerns over two years', 'of 47% over two years'),
    F(40, 'percent', 'other', 'rise in exploitation concerns (hedged)', 'rose by more than two-fifths', qualifier='more than', optional=True),
    F(486, 'count', 'other', 'concerns: mental health and wellbeing', 'Mental health and wellbeing'),
    F(402, 'count', 'other', 'concerns: mental health and wellbeing, 2023/24', 'Mental health and wellbeing', period=Y23),
    F(201, 'count', 'other', 'concerns: self-harm or suicidal thoughts', 'Self-harm or suicidal thoughts'),
    F(167, 'count', 'other', 'concerns: self-harm or suicidal thoughts, 2023/24', 'Self-harm or suicidal thoughts', period=Y23),
    F(132, 'count', 'other', 'concerns: domestic abuse at home', 'Domestic abuse at home'),
    F(121, 'count', 'other', 'concerns: domestic abuse at home, 2023/24', 'Domestic abuse at home', period=Y23),
    F(118, 'count', 'other', 'concerns: substance misuse', 'Substance misuse'),
    F(93, 'count', 'other', 'concerns: substance misuse, 2023/24', 'Substance misuse', period=Y23),
    F(96, 'count', 'other', 'concerns: online safety', 'Online safety'),
    F(71, 'count', 'other', 'concerns: online safety, 2023/24', 'Online safety', period=Y23),
    F(74, 'count', 'other', 'concerns: child criminal or sexual exploitation', 'Child criminal or sexual exploitation'),
    F(52, 'count', 'other', 'concerns: child criminal or sexual exploitation, 2023/24', 'Child criminal or sexual exploitation', period=Y23),
    F(305, 'count', 'other', 'concerns: other', 'Other 280 305'),
    F(280, 'count', 'other', 'concerns: other, 2023/24', 'Other 280 305', period=Y23),
    F(92, 'percent', 'other', 'concerns reviewed by a designated safeguarding officer within one working day', '92% of concerns were reviewed'),
    F(95, 'percent', 'other', 'target for concerns reviewed within one working day', 'against our target of 95%', optional=True),
    F(38, 'percent', 'other', "share of the year's concerns logged in the first six weeks of the autumn term", "38% of the year's concerns were logged"),
    F(163, 'count', 'social_care_referrals', "referrals to children's social care", "made 163 referrals to children's social care"),
    F(131, 'count', 'social_care_referrals', "referrals to children's social care, 2023/24", 'up from 131 the year before', period=Y23),
    F(38, 'count', 'other', 'referrals to adult social care', '38 referrals to adult social care'),
    F(54, 'count', 'other', 'concerns passed to the police', '54 concerns were passed to Humberside Police'),
    F(19, 'count', 'child_protection_plans', 'learners subject to a child protection plan at 31 July 2025', '19 of our learners were subject to a child protection plan'),
    F(67, 'count', 'children_in_need', 'learners who were children in need at 31 July 2025', '67 were children in need'),
    F(112, 'count', 'other', 'child protection conferences, core groups and child in need meetings attended', 'The College attended 112 child protection conferences'),
    F(6, 'count', 'other', 'referrals to Prevent', 'The College made 6 referrals to Prevent'),
    F(4, 'count', 'other', 'referrals to Prevent, 2023/24', '(2023/24: 4)', period=Y23),
    F(1, 'count', 'other', 'Channel cases adopted', 'One was adopted as a Channel case'),
    F(1064, 'count', 'other', 'staff completing Prevent awareness training (all staff)', 'All 1,064 staff completed Prevent awareness training'),
    F(97, 'percent', 'other', 'staff who completed the Prevent refresher', '97% have completed the annual refresher'),
    F(214, 'count', 'other', 'new staff with an enhanced DBS check before starting', 'All 214 staff who joined the College'),
    F(9, 'count', 'other', 'allegations against staff', 'There were 9 allegations against members of staff'),
    F(4, 'count', 'other', 'allegations referred to the LADO', '4 were referred to the Local Authority Designated Officer'),
    F(1, 'count', 'other', 'allegations leading to dismissal', 'one led to a dismissal', optional=True),
    F(98, 'percent', 'other', 'staff who completed the annual safeguarding update', '98% of staff completed their annual safeguarding update'),
    F(26, 'count', 'other', 'staff trained as designated safeguarding officers', '26 staff are now trained as designated'),
    F(19, 'count', 'other', 'staff trained as designated safeguarding officers, before', 'up from 19, so that', optional=True),
    F(4377, 'count', 'other', 'learners answering the spring survey', 'answered by 4,377 learners'),
    F(87, 'percent', 'other', 'learners who said they felt safe at College', '87% said they felt safe at College'),
    F(84, 'percent', 'other', 'learners who said they felt safe at College, 2023/24', 'up from 84% in 2023/24', period=Y23),
    F(8, 'percent', 'other', 'learners who did not know who to talk to', 'Fewer than one in ten (8%)'),
    F(10, 'percent', 'other', 'learners who did not know who to talk to (hedged)', 'Fewer than one in ten', qualifier='fewer than', optional=True),
    F(11, 'days', 'other', 'average wait for a first counselling appointment (working days)', 'fell to 11 working days'),
    F(19, 'days', 'other', 'average wait for a first counselling appointment, 2023/24', 'from 19 the year before', period=Y23),
    F(486000, 'gbp', 'other', 'Safeguarding and Wellbeing Team budget for 2025/26', 'has a budget of £486,000 for 2025/26', period=P('2025-08-01', '2026-07-31', '2025/26')),
    F(120000, 'gbp', 'other', 'ICB funding a year for the mental health support team', 'A further £120,000 a year'),
    F(2, 'years', 'other', 'mental health support team pilot', 'for a two-year pilot'),
    F(3, 'count', 'other', 'link governor visits', 'visited the team three times', optional=True),
]
quotes = [
    Q("I didn't think anyone would notice, but my tutor did, and she didn't make a big thing of it.", 'a 17-year-old student',
      ['17-year-old student', 'a student', 'student', 'One 17-year-old student'], 'wrote'),
    Q('the only quiet room in the building', 'a student', ['another student', 'Another', 'student', 'a learner'], 'said'),
    Q('well led, well understood and under real pressure', 'Mr Paul Esterhazy', ['Paul Esterhazy', 'Esterhazy', 'Mr Esterhazy', 'the link governor'],
      'concluded', role='Link governor for safeguarding'),
]
gold(DOC, 'other', 'Annual Safeguarding Report to the Corporation 2024/25', 'North East Lincolnshire', None,
     P('2024-08-01', '2025-07-31', '1 August 2024 to 31 July 2025'), figs,
     ['9 December 2025', 'C/25/41', 'section 175', 'Education Act 2002', 'Keeping Children Safe in Education 2024', 'aged 16 to 18',
      'Table 1', 'within one working day', 'aged 18 and over', '31 July 2025', 'March 2025', '31 October 2024', 'section 9', 'Appendix A',
      '01632 960582', 'first six weeks', 'first month', 'Total'],
     quotes,
     [{'name': 'Dr Miriam Achterberg', 'role': 'Assistant Principal (Learner Welfare) and Designated Safeguarding Lead'},
      {'name': 'Mr Paul Esterhazy', 'role': 'Link governor for safeguarding'}],
     ['Humber Coast College | Corporation Board | 9 December 2025 | Paper C/25/41', 'Humber Coast College - Open paper'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). An invented further education college\'s annual safeguarding report '
     'to its Corporation (board of governors); kind other, like a school\'s or an academy trust\'s document; area North East Lincolnshire '
     '(the council whose front door the College refers to); partnership null. Period from the scope sentence (the college year, 1 August '
     'to 31 July); previous-year values and the 2023/24 table column carry college-year periods; the 2025/26 budget its own period. '
     'Learners looked after keep looked_after_children; learners on CP plans and children in need at the period end keep those metrics '
     '(no own period: the snapshot is the period end); care leavers, young carers and concern categories other. Referrals to children\'s '
     'social care are social_care_referrals; adult social care, police and Prevent referrals other. Table 1 cells are figures, the Total '
     'row repeats prose; "within one working day" is a window inside a timeliness measure (not a figure) and the 95% target optional; '
     '"more than two-fifths" a hedge with no exact value beside it but derivable from the table (optional); "Fewer than one in ten (8%)" '
     'keeps 8 required and the hedge optional. The DSL\'s report prose is not a quote; quotes are a student\'s written words (cue wrote), '
     'another student\'s fragment in reported speech and the link governor\'s fragment (cue concluded).')
