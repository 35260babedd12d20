"""Writer p, p04: NHS trust's CAMHS waiting times update to a council health scrutiny committee (North Yorkshire), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_p import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'p04_north_yorkshire_camhs_waiting_times_update_to_health_scrutiny_q2_2026_27.pdf'
S = styles('#005eb8', size=9.2)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def p(t):
    return Paragraph(t, B)


cover = Table([[Paragraph('<b>North Yorkshire Council</b>', SM), Paragraph('<b>Scrutiny of Health Committee</b>', SM)],
               [Paragraph('Meeting date: 4 December 2026', SM), Paragraph('Agenda item: 7', SM)],
               [Paragraph('Report of: Director of Operations, Children and Young People\u2019s Services, Dales and Moors '
                          'Mental Health NHS Foundation Trust', SM), Paragraph('Purpose: for information and comment', SM)]],
              colWidths=[90 * mm, 80 * mm])
cover.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9fb7d6')),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8f0fa'))]))


def rag(rows, widths):
    t = table(rows, widths, A)
    st = []
    colours = {'Red': '#f4c7c3', 'Amber': '#fce8b2', 'Green': '#c6e7c2'}
    for r, row in enumerate(rows[1:], start=1):
        st.append(('BACKGROUND', (len(row) - 1, r), (len(row) - 1, r), colors.HexColor(colours[row[-1]])))
    t.setStyle(TableStyle(st))
    return t


story = [
    cover,
    Spacer(1, 4 * mm),
    Paragraph('Children and Young People\u2019s Mental Health Services (CAMHS): waiting times update, Quarter 2 2026/27', H1),
    Paragraph('1.0 Purpose of the report', H2),
    p('1.1 At its meeting on 11 September 2026 the Committee asked the Trust for a further update on waiting times for '
      'CAMHS in North Yorkshire, with figures for the quarter from July to September 2026 and the trend over the last year.'),
    Paragraph('2.0 Demand', H2),
    p('2.1 The single point of access received 1,486 referrals in the quarter, compared with 1,322 in the same quarter last '
      'year, an increase of 12%. 1,052 referrals (71%) were accepted; the remainder were signposted to school-based or '
      'voluntary sector support.'),
    p('2.2 Schools remain the largest source of referrals, followed by GPs. Referrals for self-harm rose to 208 in the '
      'quarter.'),
    Paragraph('3.0 Waiting times', H2),
    p('3.1 On 30 September 2026, 2,917 children and young people were waiting for CAMHS. Of these, 1,204 were waiting for a '
      'neurodevelopmental (autism or ADHD) assessment, which the Trust reports separately.'),
    p('3.2 For children waiting for treatment, the median wait from referral to a first appointment was 9 weeks. 412 '
      'children had waited longer than 18 weeks, down from 533 at the end of June. The longest wait for treatment was 61 '
      'weeks. For neurodevelopmental assessment the longest wait was 27 months.'),
    Paragraph('Table 1: CAMHS trend by quarter (North Yorkshire)', SM),
    table([['Measure', 'Q3 2025/26', 'Q4 2025/26', 'Q1 2026/27', 'Q2 2026/27'],
           ['Referrals received', '1,298', '1,377', '1,415', '1,486'],
           ['Waiting at quarter end', '2,640', '2,752', '2,861', '2,917'],
           ['Waiting over 18 weeks', '596', '578', '533', '412']], [55, 28, 28, 28, 28], A, zebra='#f2f6fb'),
    Spacer(1, 3 * mm),
    Paragraph('4.0 Performance against national standards', H2),
    rag([['Standard', 'Target', 'Q2 2026/27', 'RAG'],
         ['Eating disorders: urgent cases seen within 1 week', '95%', '97%', 'Green'],
         ['Eating disorders: routine cases seen within 4 weeks', '95%', '82%', 'Red'],
         ['Crisis: assessed within 4 hours of referral', '90%', '88%', 'Amber']], [80, 25, 30, 25]),
    Spacer(1, 2 * mm),
    p('4.1 There were 38 urgent eating disorder referrals in the quarter. The routine standard was missed mainly because of '
      'two dietitian vacancies, both now filled. The crisis team completed 211 assessments; 88% were within 4 hours.'),
    Paragraph('5.0 Children in care', H2),
    p('5.1 64 children looked after by North Yorkshire Council were open to CAMHS on 30 September 2026. Under the joint '
      'protocol agreed with the Council, a child in care referred to CAMHS is offered an assessment within 10 working days. '
      'In the quarter, 23 of the 25 children in care referred (92%) were assessed within that time.'),
    Paragraph('6.0 Workforce and investment', H2),
    p('6.1 The service has 14.6 whole-time equivalent vacancies, a vacancy rate of 11%, down from 17% a year ago. The '
      'Humber and North Yorkshire Integrated Care Board has committed an additional \u00a32.4m in 2026/27 to reduce waits, '
      'of which \u00a3900,000 is for neurodevelopmental assessments.'),
    p('6.2 Mental Health Support Teams now work in 212 schools, covering 41% of pupils in the county. Three more teams '
      'are due to start in September 2027.'),
    Paragraph('7.0 What children and families tell us', H2),
    p('7.1 One parent wrote to the service in August: \u201cWe were told it would be a long wait, and it was, but we got '
      'a phone call every month to check how she was. That made the waiting bearable.\u201d'),
    p('7.2 A 15-year-old who used the crisis team said the staff had been \u201ccalm when nobody else was\u201d.'),
    Paragraph('8.0 Recommendation', H2),
    p('8.1 That the Committee notes the update and receives a further report on neurodevelopmental waits in six months.'),
    Paragraph('Report author: Dr Owen Prestwich, Clinical Director, CAMHS. Contact: 01632 960731.', SM),
]

build(os.path.join(DIR, DOC), 'CAMHS waiting times update Q2 2026/27', 'Dales and Moors Mental Health NHS Foundation Trust', story,
      'Scrutiny of Health Committee  |  4 December 2026  |  Item 7', 'Dales and Moors Mental Health NHS Foundation Trust', 2)

QP = {1: P('2025-10-01', '2025-12-31', 'Q3 2025/26'), 2: P('2026-01-01', '2026-03-31', 'Q4 2025/26'), 3: P('2026-04-01', '2026-06-30', 'Q1 2026/27')}
figs = [
    F(1486, 'count', 'other', 'referrals to CAMHS single point of access in Q2', 'received 1,486 referrals in the quarter'),
    F(1322, 'count', 'other', 'referrals in the same quarter last year', 'compared with 1,322 in the same quarter last year', period=P('2025-07-01', '2025-09-30', 'the same quarter last year')),
    F(12, 'percent', 'other', 'increase in referrals', 'an increase of 12%'),
    F(1052, 'count', 'other', 'referrals accepted', '1,052 referrals (71%) were accepted'),
    F(71, 'percent', 'other', 'share of referrals accepted', '1,052 referrals (71%)', optional=True),
    F(208, 'count', 'other', 'referrals for self-harm', 'Referrals for self-harm rose to 208'),
    F(2917, 'count', 'other', 'children and young people waiting for CAMHS at 30 September 2026', '2,917 children and young people were waiting for CAMHS'),
    F(1204, 'count', 'other', 'waiting for a neurodevelopmental assessment', '1,204 were waiting for a neurodevelopmental'),
    F(9, 'weeks', 'other', 'median wait from referral to first appointment', 'to a first appointment was 9 weeks'),
    F(412, 'count', 'other', 'children waiting longer than 18 weeks', '412 children had waited longer than 18 weeks'),
    F(18, 'weeks', 'other', 'waiting-time threshold of 18 weeks (one fact; Table 1 row label repeats it)', '412 children had waited longer than 18 weeks'),
    F(533, 'count', 'other', 'waiting longer than 18 weeks at the end of June', 'down from 533 at the end of June', period=P('2026-06-30', '2026-06-30', 'the end of June')),
    F(61, 'weeks', 'other', 'longest wait for treatment', 'The longest wait for treatment was 61 weeks'),
    F(27, 'months', 'other', 'longest wait for neurodevelopmental assessment', 'the longest wait was 27 months'),
    F(1298, 'count', 'other', 'referrals Q3 2025/26 (Table 1)', 'Referrals received 1,298', period=QP[1]),
    F(1377, 'count', 'other', 'referrals Q4 2025/26 (Table 1)', 'Referrals received 1,298 1,377', period=QP[2]),
    F(1415, 'count', 'other', 'referrals Q1 2026/27 (Table 1)', 'Referrals received 1,298 1,377 1,415', period=QP[3]),
    F(2640, 'count', 'other', 'waiting at end of Q3 2025/26', 'Waiting at quarter end 2,640', period=QP[1]),
    F(2752, 'count', 'other', 'waiting at end of Q4 2025/26', 'Waiting at quarter end 2,640 2,752', period=QP[2]),
    F(2861, 'count', 'other', 'waiting at end of Q1 2026/27', 'Waiting at quarter end 2,640 2,752 2,861', period=QP[3]),
    F(596, 'count', 'other', 'waiting over 18 weeks end of Q3 2025/26', 'Waiting over 18 weeks 596', period=QP[1]),
    F(578, 'count', 'other', 'waiting over 18 weeks end of Q4 2025/26', 'Waiting over 18 weeks 596 578', period=QP[2]),
    F(1, 'weeks', 'other', 'eating disorder standard: urgent cases within 1 week', 'urgent cases seen within 1 week'),
    F(95, 'percent', 'other', 'target for urgent eating disorder cases', 'within 1 week 95%', optional=True),
    F(97, 'percent', 'other', 'urgent eating disorder cases seen within 1 week', 'within 1 week 95% 97%'),
    F(4, 'weeks', 'other', 'eating disorder standard: routine cases within 4 weeks', 'routine cases seen within 4 weeks'),
    F(95, 'percent', 'other', 'target for routine eating disorder cases', 'within 4 weeks 95%', optional=True),
    F(82, 'percent', 'other', 'routine eating disorder cases seen within 4 weeks', 'within 4 weeks 95% 82%'),
    F(90, 'percent', 'other', 'target for crisis assessments within 4 hours', 'within 4 hours of referral 90%', optional=True),
    F(88, 'percent', 'other', 'crisis assessments within 4 hours', '88% were within 4 hours'),
    F(4, 'count', 'other', 'crisis standard: 4 hours (hours, no spec unit)', 'assessed within 4 hours of referral', optional=True),
    F(38, 'count', 'other', 'urgent eating disorder referrals', 'There were 38 urgent eating disorder referrals'),
    F(2, 'count', 'other', 'dietitian vacancies', 'two dietitian vacancies', optional=True),
    F(211, 'count', 'other', 'crisis assessments completed', 'The crisis team completed 211 assessments'),
    F(64, 'count', 'looked_after_children', 'children looked after open to CAMHS at 30 September 2026', '64 children looked after by North Yorkshire Council were open to CAMHS'),
    F(10, 'days', 'other', 'protocol: children in care offered an assessment within 10 working days', 'offered an assessment within 10 working days'),
    F(23, 'count', 'looked_after_children', 'children in care referred who were assessed within 10 working days', '23 of the 25 children in care referred (92%)'),
    F(25, 'count', 'looked_after_children', 'children in care referred to CAMHS in the quarter', '23 of the 25 children in care referred'),
    F(92, 'percent', 'looked_after_children', 'share of children in care assessed in time', '(92%) were assessed within that time', optional=True),
    F(14.6, 'count', 'other', 'whole-time equivalent vacancies', 'The service has 14.6 whole-time equivalent vacancies'),
    F(11, 'percent', 'other', 'vacancy rate', 'a vacancy rate of 11%'),
    F(17, 'percent', 'other', 'vacancy rate a year ago', 'down from 17% a year ago', period=P('2025-09-30', '2025-09-30', 'a year ago')),
    F(2400000, 'gbp', 'other', 'additional ICB investment in 2026/27', 'an additional \u00a32.4m in 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(900000, 'gbp', 'other', 'of which for neurodevelopmental assessments', 'of which \u00a3900,000 is for neurodevelopmental assessments', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(212, 'count', 'other', 'schools with Mental Health Support Teams', 'now work in 212 schools'),
    F(41, 'percent', 'other', 'pupils covered by Mental Health Support Teams', 'covering 41% of pupils in the county'),
    F(3, 'count', 'other', 'further Mental Health Support Teams due September 2027', 'Three more teams are due to start in September 2027', optional=True),
    F(15, 'years', 'other', 'age of the young person quoted', 'A 15-year-old who used the crisis team', optional=True),
    F(6, 'months', 'other', 'further report in six months', 'in six months', optional=True),
]
quotes = [
    Q('We were told it would be a long wait, and it was, but we got a phone call every month to check how she was. That made the waiting bearable.',
       'a parent', ['parent', 'one parent'], 'wrote'),
    Q('calm when nobody else was', 'a 15-year-old', ['15-year-old', 'a young person'], 'said'),
]
gold(DOC, 'council_report', 'Children and Young People\u2019s Mental Health Services (CAMHS): waiting times update, Quarter 2 2026/27', 'North Yorkshire', None,
     P('2026-07-01', '2026-09-30', 'Quarter 2 2026/27'), figs,
     ['4 December 2026', 'Agenda item: 7', '11 September 2026', 'Table 1', '1.0', '8.1', 'September 2027', '01632 960731', 'within that time'],
     quotes,
     [{'name': 'Owen Prestwich', 'role': 'Clinical Director, CAMHS'}],
     ['Scrutiny of Health Committee  |  4 December 2026  |  Item 7'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). An NHS mental health trust\'s CAMHS waiting times update to a '
     'council health scrutiny committee (council_report, as an NHS trust\'s report to a council committee). Period: Quarter 2 '
     '2026/27 in the title (July-September 2026). Table 1: quarter columns carry quarter periods; the Q2 column repeats prose. '
     '"18 weeks" is a timescale inside a measure: required once (corpus/README convention 1; styles18 l04 gold change). Standards table: timescales inside measures are '
     'figures (1 week, 4 weeks: corpus/README convention 1), targets optional, achieved shares required; the 4-hour crisis standard '
     'is hours (optional, unit count). Children in care on the caseload and referred keep looked_after_children (count required, '
     '% optional); the 10-working-day protocol is a standing deadline. WTE vacancies other. Quotes: a parent (wrote), a '
     '15-year-old\'s fragment in reported speech (said).')
