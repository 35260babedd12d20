"""Writer k, k01: school attendance, suspensions and exclusions annual report to a select committee (Nottinghamshire), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_k import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'k01_nottinghamshire_school_attendance_suspensions_exclusions_report_2024_25.pdf'
S = styles('#1d5e3a')
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#eaf3ed'):
    t = Table([[paras]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


story = [
    table([['Report to Children and Families Select Committee', 'Agenda Item: 7'],
           ['Date of meeting: 19 January 2026', 'Public']], [130, 40], A, header_rows=0, grid='#ffffff'),
    Spacer(1, 3 * mm),
    Paragraph('School Attendance, Suspensions and Permanent Exclusions: Academic Year 2024/25', S['h1']),
    Paragraph('Report of the Service Director, Education, Learning and Inclusion', B),
    Paragraph('Purpose of the Report', H2),
    p('1. To update the Committee on attendance, suspensions and permanent exclusions in Nottinghamshire schools, using '
      'the validated Department for Education (DfE) data, and on the work of the Education Attendance and Inclusion '
      'Service. Figures cover all state-funded primary, secondary and special schools, including academies.'),
    Paragraph('Information', H2),
    Paragraph('<b>Attendance</b>', B),
    p('2. The overall absence rate in Nottinghamshire was 6.8%, a small improvement on 7.3% the year before and '
      'slightly better than the England rate of 7.0%. Absence was 5.1% in primary schools and 8.6% in secondary schools.'),
    p('3. Persistent absence (missing 10% or more of possible sessions) fell to 18.4% of pupils, down from 20.9% in '
      '2023/24. The England figure was 17.8%. Around 1 in 5 secondary pupils remains persistently absent. Severe absence '
      '(missing 50% or more) affected 2,310 pupils (2.4%), compared with 2,195 in 2023/24.'),
    p('4. Absence is much higher for some groups. Persistent absence was 41% for children with a social worker, 33% for '
      'pupils with an education, health and care plan (EHCP) and 29% for pupils eligible for free school meals. Of the '
      '612 school-age children in the care of the County Council, 19% were persistently absent, against 22% a year earlier.'),
    box([Paragraph('<b>The national framework (Working together to improve school attendance, 2024)</b>', B),
         Paragraph('Since 19 August 2024 a penalty notice is £80 if paid within 21 days, rising to £160 if paid within 28 '
                   'days. A second notice to the same parent for the same child within three years is charged at the '
                   'higher rate, and a third leads to other action.', B)]),
    Spacer(1, 2 * mm),
    p('5. The Service issued 4,186 penalty notices for unauthorised absence, up from 2,950 the year before; 71% were '
      'for term-time holidays. 126 cases were prosecuted in the magistrates\' court under section 444 of the Education '
      'Act 1996, resulting in 9 parenting orders. The Service applied for 3 Education Supervision Orders under section 36 of '
      'the Children Act 1989, all of which were made.'),
    p('6. Attendance officers held termly targeting meetings with 341 of the 368 schools (93%). The Service has 14.5 FTE '
      'attendance officers and a budget of £1.26m for 2025/26.'),
    Paragraph('<b>Suspensions and permanent exclusions</b>', B),
    p('7. Schools issued 9,842 suspensions to 3,905 pupils during the year. There were 187 permanent exclusions, up from '
      '163 in 2023/24; 162 were from secondary schools, 21 from primary schools and 4 from special schools.'),
    Paragraph('Table 1: Suspensions and permanent exclusions, Nottinghamshire, three academic years', SM),
    table([['', '2022/23', '2023/24', '2024/25'],
           ['Suspensions', '7,514', '8,973', '9,842'],
           ['Pupils with one or more suspension', '3,212', '3,640', '3,905'],
           ['Permanent exclusions', '141', '163', '187'],
           ['Permanent exclusion rate (%)', '0.13', '0.15', '0.17'],
           ['England permanent exclusion rate (%)', '0.11', '0.13', '0.13']],
          [86, 28, 28, 28], A, zebra='#eaf3ed'),
    Spacer(1, 2 * mm),
    p('8. The most common reason for permanent exclusion was persistent disruptive behaviour (38%), followed by physical '
      'assault against an adult (21%). Pupils with an EHCP accounted for 14 permanent exclusions and pupils receiving SEN '
      'support for 71. No child in the care of the County Council was permanently excluded, which reflects the Virtual '
      'School\'s work with headteachers before any decision is taken.'),
    p('9. Through the in-year fair access protocol, 64 pupils were placed in a new school. Of those permanently excluded, '
      '152 were offered full-time provision by the sixth day of exclusion; the rest received part-time provision while a '
      'placement was arranged.'),
    box([Paragraph('<b>Practice example</b>', B),
         Paragraph('A secondary school in Mansfield replaced fixed internal exclusion with a "reset" base staffed by a '
                   'learning mentor. Suspensions at the school fell from 212 to 131. "We stopped sending children home to an '
                   'empty house," the headteacher said. "Most of them were never the problem; the day was."', B)]),
    Spacer(1, 2 * mm),
    Paragraph('Next steps', H2),
    p('10. The Service aims to reduce persistent absence to 16% by the end of 2026/27 and to keep permanent exclusions of '
      'children in care at zero. A partnership attendance charter will be launched with schools in the spring term.'),
    Paragraph('Recommendation', H2),
    p('11. That the Committee notes the report and agrees to receive a further update in January 2027.'),
    Spacer(1, 2 * mm),
    Paragraph('For any enquiries about this report please contact: Hannah Okoro, Group Manager, Education Attendance and '
              'Inclusion. T: 01632 960418. E: attendance@nottinghamshire.example', SM),
    Paragraph('Electoral Division(s) and Member(s) Affected: All', SM),
]

build(os.path.join(DIR, DOC), 'School Attendance, Suspensions and Permanent Exclusions: Academic Year 2024/25',
      'Nottinghamshire County Council', story, 'Nottinghamshire County Council  |  Children and Families Select Committee',
      'Item 7: Attendance and exclusions 2024/25', 2)

Y23 = P('2023-09-01', '2024-08-31', '2023/24')
Y22 = P('2022-09-01', '2023-08-31', '2022/23')
T = 'Suspensions 7,514 8,973 9,842'
U = 'Pupils with one or more suspension 3,212 3,640 3,905'
X = 'Permanent exclusions 141 163 187'
R = 'Permanent exclusion rate (%) 0.13 0.15 0.17'
E = 'England permanent exclusion rate (%) 0.11 0.13 0.13'
figs = [
    F(6.8, 'percent', 'other', 'overall absence rate', 'overall absence rate in Nottinghamshire was 6.8%'),
    F(7.3, 'percent', 'other', 'overall absence rate the year before', 'improvement on 7.3% the year before', period=Y23),
    F(7.0, 'percent', 'other', 'overall absence rate, England', 'England rate of 7.0%'),
    F(5.1, 'percent', 'other', 'absence rate in primary schools', 'Absence was 5.1% in primary schools'),
    F(8.6, 'percent', 'other', 'absence rate in secondary schools', '8.6% in secondary schools'),
    F(18.4, 'percent', 'other', 'pupils persistently absent', 'Persistent absence (missing 10% or more of possible sessions) fell to 18.4% of pupils'),
    F(20.9, 'percent', 'other', 'pupils persistently absent', 'down from 20.9% in 2023/24', period=Y23),
    F(17.8, 'percent', 'other', 'pupils persistently absent, England', 'The England figure was 17.8%'),
    F(20, 'percent', 'other', 'secondary pupils persistently absent', 'Around 1 in 5 secondary pupils', qualifier='around', optional=True),
    F(2310, 'count', 'other', 'pupils severely absent', 'affected 2,310 pupils (2.4%)'),
    F(2.4, 'percent', 'other', 'pupils severely absent', 'affected 2,310 pupils (2.4%)', optional=True),
    F(2195, 'count', 'other', 'pupils severely absent', 'compared with 2,195 in 2023/24', period=Y23),
    F(41, 'percent', 'other', 'children with a social worker persistently absent', 'Persistent absence was 41% for children with a social worker'),
    F(33, 'percent', 'other', 'pupils with an EHCP persistently absent', '33% for pupils with an education, health and care plan'),
    F(29, 'percent', 'other', 'pupils eligible for free school meals persistently absent', '29% for pupils eligible for free school meals'),
    F(612, 'count', 'looked_after_children', 'school-age children in the care of the County Council', '612 school-age children in the care of the County Council'),
    F(19, 'percent', 'other', 'children in care persistently absent', '19% were persistently absent'),
    F(22, 'percent', 'other', 'children in care persistently absent a year earlier', 'against 22% a year earlier', period=Y23),
    F(80, 'gbp', 'other', 'penalty notice', 'a penalty notice is £80 if paid within 21 days'),
    F(21, 'days', 'other', 'penalty notice payment window at the lower rate', 'a penalty notice is £80 if paid within 21 days'),
    F(160, 'gbp', 'other', 'penalty notice at the higher rate', 'rising to £160 if paid within 28'),
    F(28, 'days', 'other', 'penalty notice payment window at the higher rate', 'rising to £160 if paid within 28 days'),
    F(3, 'years', 'other', 'window for a second penalty notice', 'within three years is charged at the', optional=True),
    F(4186, 'count', 'other', 'penalty notices for unauthorised absence', 'issued 4,186 penalty notices'),
    F(2950, 'count', 'other', 'penalty notices the year before', 'up from 2,950 the year before', period=Y23),
    F(71, 'percent', 'other', 'penalty notices for term-time holidays', '71% were for term-time holidays'),
    F(126, 'count', 'other', 'cases prosecuted in the magistrates\' court', '126 cases were prosecuted'),
    F(9, 'count', 'other', 'parenting orders', 'resulting in 9 parenting orders', optional=True),
    F(3, 'count', 'court_orders', 'Education Supervision Orders applied for', 'applied for 3 Education Supervision Orders'),
    F(341, 'count', 'other', 'schools with termly targeting meetings', 'meetings with 341 of the 368 schools (93%)'),
    F(368, 'count', 'other', 'schools', 'meetings with 341 of the 368 schools (93%)'),
    F(93, 'percent', 'other', 'schools with termly targeting meetings', 'meetings with 341 of the 368 schools (93%)', optional=True),
    F(14.5, 'count', 'other', 'FTE attendance officers', 'The Service has 14.5 FTE', optional=True),
    F(1260000, 'gbp', 'other', 'attendance service budget', 'a budget of £1.26m for 2025/26', period=P('2025-04-01', '2026-03-31', '2025/26')),
    F(9842, 'count', 'other', 'suspensions', 'Schools issued 9,842 suspensions to 3,905 pupils'),
    F(3905, 'count', 'other', 'pupils suspended', 'Schools issued 9,842 suspensions to 3,905 pupils'),
    F(187, 'count', 'other', 'permanent exclusions', 'There were 187 permanent exclusions'),
    F(163, 'count', 'other', 'permanent exclusions', 'up from 163 in 2023/24', period=Y23),
    F(162, 'count', 'other', 'permanent exclusions from secondary schools', '162 were from secondary schools'),
    F(21, 'count', 'other', 'permanent exclusions from primary schools', '21 from primary schools'),
    F(4, 'count', 'other', 'permanent exclusions from special schools', '4 from special schools'),
    F(7514, 'count', 'other', 'suspensions', T, period=Y22),
    F(8973, 'count', 'other', 'suspensions', T, period=Y23),
    F(3212, 'count', 'other', 'pupils with one or more suspension', U, period=Y22),
    F(3640, 'count', 'other', 'pupils with one or more suspension', U, period=Y23),
    F(141, 'count', 'other', 'permanent exclusions', X, period=Y22),
    F(0.13, 'percent', 'other', 'permanent exclusion rate', R, period=Y22),
    F(0.15, 'percent', 'other', 'permanent exclusion rate', R, period=Y23),
    F(0.17, 'percent', 'other', 'permanent exclusion rate', R),
    F(0.11, 'percent', 'other', 'permanent exclusion rate, England', E, period=Y22),
    F(0.13, 'percent', 'other', 'permanent exclusion rate, England', E, period=Y23),
    F(0.13, 'percent', 'other', 'permanent exclusion rate, England', E),
    F(38, 'percent', 'other', 'permanent exclusions for persistent disruptive behaviour', 'persistent disruptive behaviour (38%)'),
    F(21, 'percent', 'other', 'permanent exclusions for physical assault against an adult', 'physical assault against an adult (21%)'),
    F(14, 'count', 'other', 'permanent exclusions of pupils with an EHCP', 'Pupils with an EHCP accounted for 14 permanent exclusions'),
    F(71, 'count', 'other', 'permanent exclusions of pupils receiving SEN support', 'pupils receiving SEN support for 71'),
    F(0, 'count', 'other', 'children in care permanently excluded', 'No child in the care of the County Council was permanently excluded', optional=True),
    F(64, 'count', 'other', 'pupils placed through the in-year fair access protocol', '64 pupils were placed in a new school'),
    F(152, 'count', 'other', 'permanently excluded pupils offered full-time provision by the sixth day', '152 were offered full-time provision by the sixth day'),
    F(212, 'count', 'other', 'suspensions at one Mansfield school before', 'Suspensions at the school fell from 212 to 131'),
    F(131, 'count', 'other', 'suspensions at one Mansfield school after', 'Suspensions at the school fell from 212 to 131'),
    F(16, 'percent', 'other', 'persistent absence target', 'reduce persistent absence to 16% by the end of 2026/27', period=P('2026-09-01', '2027-08-31', '2026/27'), optional=True),
]
gold(DOC, 'council_report', 'School Attendance, Suspensions and Permanent Exclusions: Academic Year 2024/25',
     'Nottinghamshire', None, P('2024-09-01', '2025-08-31', 'Academic Year 2024/25'), figs,
     ['Agenda Item: 7', '19 January 2026', '10% or more', '50% or more', '19 August 2024', 'section 444', 'Education Act 1996',
      'section 36', 'Children Act 1989', 'Table 1', 'January 2027', '01632 960418', '2024', 'sixth day'],
     [Q('We stopped sending children home to an empty house,', 'a headteacher', ['the headteacher', 'headteacher', 'a secondary headteacher'], 'said'),
      Q('Most of them were never the problem; the day was.', 'a headteacher', ['the headteacher', 'headteacher', 'a secondary headteacher'], None),
      Q('reset', 'a secondary school in Mansfield', ['the school'], None, optional=True)],
     [{'name': 'Hannah Okoro', 'role': 'Group Manager, Education Attendance and Inclusion'}],
     ['Electoral Division(s) and Member(s) Affected: All', 'For any enquiries about this report please contact:'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A county council select committee report on school '
     'attendance, suspensions and permanent exclusions for the academic year in the title (period 1 September to 31 August). '
     'Attendance and exclusion measures are other; the 612 school-age children in care are looked_after_children while the '
     'share of them persistently absent is a feature subset (other). Previous-year values and the 2022/23 and 2023/24 table '
     'columns carry their own academic-year periods; the England rates are comparators (other, own column periods). '
     'Penalty-notice amounts and their 21/28-day windows are figures (standing rules); the three-year window optional. '
     'Education Supervision Orders are supervision orders under the Children Act 1989 (court_orders); parenting orders '
     'under the Education Act are optional (not care proceedings). The zero of children in care permanently excluded is a '
     'subset of a subset (optional). Target optional. FTE optional. "Around 1 in 5" is a hedged restatement of the secondary '
     'picture (optional). Scare-quoted "reset" optional; the anonymous headteacher\'s quote is split by the cue.')
