"""Writer p, p01: Scottish council report to Cabinet on Keeping The Promise, annual progress (Midlothian), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_p import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'p01_midlothian_keeping_the_promise_progress_report_to_cabinet.pdf'
S = styles('#3d2b6b', size=9.3)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#efeaf7'):
    t = Table([[paras]], colWidths=[150 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


story = [
    Paragraph('Midlothian Council', SM),
    Paragraph('Keeping The Promise: Annual Progress Report', H1),
    Paragraph('Report by the Executive Director, Children, Young People and Partnerships', B),
    Paragraph('Cabinet, Tuesday 15 September 2026. Item No 5.3', SM),
    Spacer(1, 3 * mm),
    Paragraph('1 Recommendations', H2),
    p('Cabinet is asked to: (a) note the progress made by the Council and its partners towards keeping The Promise; '
      '(b) note the position on care-experienced children set out in section 4; and (c) agree the three priorities at '
      'paragraph 6.2.'),
    Paragraph('2 Purpose of Report / Executive Summary', H2),
    p('2.1 This report covers the period 1 August 2025 to 31 July 2026, the same reporting year the Scottish Government uses '
      'for its children\u2019s social work and child protection returns. It is the third annual report to Cabinet since the '
      'Council adopted its Promise Plan in 2023.'),
    p('2.2 In summary: fewer children are in care, more of those who are live with family, fewer young people were placed '
      'in secure care, and the number of inter-agency referral discussions has risen again.'),
    Paragraph('3 Background', H2),
    p('3.1 The Independent Care Review reported in February 2020 and its conclusions became The Promise, which national and '
      'local government committed to keep by 2030. Plan 24-30 sets out the national route map. Locally, the Promise Board '
      'meets quarterly and reports to the Midlothian Community Planning Partnership Board.'),
    Paragraph('4 Care-experienced children and young people', H2),
    p('4.1 On 31 July 2026, 196 children and young people were looked after by Midlothian Council, compared with 211 on the '
      'same date a year earlier. This is a rate of 9.7 per 1,000 children aged 0-17, below the Scotland rate of 12.3 per '
      '1,000.'),
    p('4.2 Table 1 shows where they were living. Kinship care is now the largest single group: 71 (36%) were living with '
      'relatives or friends, up from 64 a year earlier.'),
    Paragraph('Table 1: Looked after children by placement type, 31 July 2026', SM),
    table([['Placement type', 'Number'],
           ['At home with parents', '38'],
           ['Kinship care (friends or relatives)', '71'],
           ['Foster care', '54'],
           ['Residential care (including secure)', '21'],
           ['Other community placement', '12'],
           ['Total', '196']], [110, 30], A, zebra='#f4f1fa'),
    Spacer(1, 2 * mm),
    p('4.3 Of the 21 children in residential care, 9 were living in houses outside Midlothian. Two young people were placed '
      'in secure care during the year, compared with five the previous year. Neither placement lasted more than 12 weeks.'),
    p('4.4 Brothers and sisters. Of the 112 looked after children who have a brother or sister who is also looked after, 79 '
      '(71%) live with at least one of them. Keeping brothers and sisters together is one of the five foundations of The '
      'Promise, and section 13 of the Children (Scotland) Act 2020 now places a duty on us to do so where it is in their '
      'best interests.'),
    p('4.5 Continuing care and aftercare. 23 young people remained in their care placement under continuing care, which '
      'young people can request up to the age of 21. Of the 148 young people eligible for aftercare, 102 were receiving '
      'an aftercare service on 31 July 2026.'),
    p('4.6 Education. 68% of care-experienced young people who left school in 2024/25 went on to a positive destination, '
      'against 93% of all Midlothian school leavers. There were no exclusions of care-experienced pupils for the second '
      'year running.'),
    Paragraph('5 Child protection and the Children\u2019s Hearings System', H2),
    p('5.1 There were 41 children on the child protection register on 31 July 2026, a rate of 2.3 per 1,000 children aged '
      '0-15 (Scotland: 2.1). During the year 58 children were registered and 63 were de-registered.'),
    p('5.2 Police Scotland, health and social work held 244 inter-agency referral discussions (IRDs) about Midlothian '
      'children, up from 219 in 2024-25, an increase of 11%. The Bairns\u2019 Hoose pathfinder, which opened in January '
      '2026, supported 31 children through joint investigative interviews in its first seven months.'),
    p('5.3 Children\u2019s Hearings made 37 new compulsory supervision orders and sheriffs granted 6 child protection '
      'orders. The East Lothian and Midlothian Public Protection Committee (EMPPC) published one learning review concerning '
      'a Midlothian child in the year; a second, which the Committee agreed to commission in March 2026, is in progress.'),
    box([Paragraph('<i>\u201cThey stopped moving me about. Same school, same pals, same worker for two years now. That is '
                   'what the Promise means to me.\u201d</i>', B),
         Paragraph('\u2014 member of the Midlothian Champions Board, aged 16', SM)]),
    Spacer(1, 2 * mm),
    p('5.4 The Care Inspectorate inspected two of the Council\u2019s three children\u2019s houses in the year and described '
      'relationships between staff and young people as \u201cconsistently warm and nurturing\u201d. Both houses were graded '
      '5 (very good) for how well children\u2019s wellbeing is supported.'),
    Paragraph('6 Whole family support and next steps', H2),
    p('6.1 The Council received \u00a3412,000 of Whole Family Wellbeing Funding in 2025/26 and has been told to expect '
      '\u00a3385,000 in 2026/27. It pays for the Family Group Decision Making service, which received 87 referrals and held '
      '64 family meetings, and for two family support workers in each secondary school cluster. In the year, 640 staff '
      'across the partnership completed trauma-informed practice training at the Skilled level.'),
    p('6.2 Proposed priorities for 2026-27: (1) bring the number of children living in residential care outside Midlothian '
      'down to 5 by March 2028; (2) offer every young person leaving care a named trusted adult; (3) end the use of '
      'unregulated and emergency hotel placements, which were used for 3 nights in the year.'),
    p('6.3 The Champions Board, with 14 members aged 14 to 25, met 22 times and co-produced this year\u2019s corporate '
      'parenting pledge.'),
    Paragraph('7 Report Implications (Resource, Digital, Risk and Equalities)', H2),
    p('7.1 Resource: there are no new resource implications arising directly from this report. 7.2 Risk: the main risk is '
      'the uncertainty of national funding beyond March 2027. 7.3 Equalities: an Integrated Impact Assessment is not '
      'required.'),
    Paragraph('Background Papers: The Promise Plan 24-30; Midlothian Promise Plan 2023-2026.', SM),
    Paragraph('Contact: Eilidh Carmichael, Promise Lead Officer. Tel: 01632 960418. Date: 2 September 2026.', SM),
]

build(os.path.join(DIR, DOC), 'Keeping The Promise: Annual Progress Report', 'Midlothian Council', story,
      'Midlothian Council  |  Cabinet  |  15 September 2026  |  Item No 5.3',
      'Keeping The Promise: Annual Progress Report 2025-26', 2)

PER = P('2025-08-01', '2026-07-31', '1 August 2025 to 31 July 2026')
figs = [
    F(196, 'count', 'looked_after_children', 'children and young people looked after by Midlothian Council at 31 July 2026',
      '196 children and young people were looked after by Midlothian Council'),
    F(211, 'count', 'looked_after_children', 'children looked after a year earlier (31 July 2025)', 'compared with 211 on the same date a year earlier',
      period=P('2025-07-31', '2025-07-31', 'the same date a year earlier')),
    F(9.7, 'rate_per_1000', 'looked_after_children', 'looked after rate per 1,000 children aged 0-17', 'a rate of 9.7 per 1,000 children aged 0-17'),
    F(12.3, 'rate_per_1000', 'looked_after_children', 'Scotland looked after rate (comparator)', 'below the Scotland rate of 12.3 per 1,000'),
    F(71, 'count', 'looked_after_children', 'looked after children in kinship care', '71 (36%) were living with relatives or friends'),
    F(36, 'percent', 'looked_after_children', 'share of looked after children in kinship care', '71 (36%)', optional=True),
    F(64, 'count', 'looked_after_children', 'children in kinship care a year earlier', 'up from 64 a year earlier',
      period=P('2025-07-31', '2025-07-31', 'a year earlier')),
    F(38, 'count', 'looked_after_children', 'looked after at home with parents (Table 1)', 'At home with parents 38'),
    F(54, 'count', 'looked_after_children', 'looked after in foster care (Table 1)', 'Foster care 54'),
    F(21, 'count', 'looked_after_children', 'looked after in residential care including secure', 'Of the 21 children in residential care'),
    F(12, 'count', 'looked_after_children', 'other community placement (Table 1)', 'Other community placement 12'),
    F(9, 'count', 'looked_after_children', 'children in residential care living outside Midlothian', '9 were living in houses outside Midlothian'),
    F(2, 'count', 'looked_after_children', 'young people placed in secure care during the year', 'Two young people were placed in secure care'),
    F(5, 'count', 'looked_after_children', 'young people placed in secure care the previous year', 'compared with five the previous year',
      period=P('2024-08-01', '2025-07-31', 'the previous year')),
    F(12, 'weeks', 'other', 'longest secure placement (no placement lasted more than 12 weeks)', 'Neither placement lasted more than 12 weeks', optional=True),
    F(112, 'count', 'other', 'looked after children with a brother or sister also looked after', 'Of the 112 looked after children who have a brother or sister'),
    F(79, 'count', 'other', 'of those, living with at least one brother or sister', '79 (71%) live with at least one of them'),
    F(71, 'percent', 'other', 'share living with at least one brother or sister', '79 (71%)', optional=True),
    F(23, 'count', 'other', 'young people in continuing care', '23 young people remained in their care placement under continuing care'),
    F(21, 'years', 'other', 'continuing care can be requested up to the age of 21', 'up to the age of 21', optional=True),
    F(148, 'count', 'other', 'young people eligible for aftercare', 'Of the 148 young people eligible for aftercare'),
    F(102, 'count', 'other', 'young people receiving an aftercare service', '102 were receiving an aftercare service'),
    F(68, 'percent', 'other', 'care-experienced school leavers in a positive destination (2024/25 leavers)', '68% of care-experienced young people who left school in 2024/25',
      period=P('2024-08-01', '2025-07-31', '2024/25')),
    F(93, 'percent', 'other', 'all Midlothian school leavers in a positive destination (comparator)', 'against 93% of all Midlothian school leavers',
      period=P('2024-08-01', '2025-07-31', '2024/25')),
    F(0, 'count', 'other', 'exclusions of care-experienced pupils', 'There were no exclusions of care-experienced pupils'),
    F(41, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2026', 'There were 41 children on the child protection register'),
    F(2.3, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 children aged 0-15', 'a rate of 2.3 per 1,000 children aged 0-15'),
    F(2.1, 'rate_per_1000', 'child_protection_plans', 'Scotland register rate (comparator)', '(Scotland: 2.1)'),
    F(58, 'count', 'child_protection_plans', 'children registered during the year', 'During the year 58 children were registered'),
    F(63, 'count', 'child_protection_plans', 'children de-registered during the year', '63 were de-registered'),
    F(244, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'held 244 inter-agency referral discussions (IRDs)'),
    F(219, 'count', 'section_47_enquiries', 'IRDs in 2024-25', 'up from 219 in 2024-25', period=P('2024-08-01', '2025-07-31', '2024-25')),
    F(11, 'percent', 'section_47_enquiries', 'increase in IRDs', 'an increase of 11%'),
    F(31, 'count', 'other', 'children supported through joint investigative interviews by the Bairns\u2019 Hoose pathfinder', 'supported 31 children through joint investigative interviews',
      period=P('2026-01-01', '2026-07-31', 'in its first seven months')),
    F(7, 'months', 'other', 'the pathfinder\u2019s first seven months', 'in its first seven months', optional=True),
    F(37, 'count', 'court_orders', 'new compulsory supervision orders made by Children\u2019s Hearings', 'made 37 new compulsory supervision orders'),
    F(6, 'count', 'court_orders', 'child protection orders granted by sheriffs', 'sheriffs granted 6 child protection orders'),
    F(1, 'count', 'lcsprs_published', 'learning reviews published concerning a Midlothian child', 'published one learning review concerning a Midlothian child'),
    F(1, 'count', 'lcsprs_commissioned', 'learning review agreed (commissioned) in March 2026', 'a second, which the Committee agreed to commission in March 2026'),
    F(1, 'count', 'lcsprs_ongoing', 'learning review still in progress', 'is in progress'),
    F(2, 'count', 'other', 'children\u2019s houses inspected by the Care Inspectorate', 'inspected two of the Council\u2019s three children\u2019s houses'),
    F(3, 'count', 'other', 'children\u2019s houses run by the Council', 'three children\u2019s houses', optional=True),
    F(5, 'count', 'other', 'Care Inspectorate grade for wellbeing (very good)', 'graded 5 (very good)', optional=True),
    F(412000, 'gbp', 'other', 'Whole Family Wellbeing Funding received in 2025/26', 'received \u00a3412,000 of Whole Family Wellbeing Funding in 2025/26',
      period=P('2025-04-01', '2026-03-31', '2025/26')),
    F(385000, 'gbp', 'other', 'Whole Family Wellbeing Funding expected in 2026/27', '\u00a3385,000 in 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(87, 'count', 'other', 'referrals to the Family Group Decision Making service', 'which received 87 referrals'),
    F(64, 'count', 'other', 'family group meetings held', 'held 64 family meetings'),
    F(2, 'count', 'other', 'family support workers in each secondary school cluster', 'two family support workers in each secondary school cluster', optional=True),
    F(640, 'count', 'other', 'staff who completed trauma-informed practice training', '640 staff across the partnership completed trauma-informed practice training'),
    F(5, 'count', 'looked_after_children', 'priority: children in residential care outside Midlothian by March 2028', 'down to 5 by March 2028', optional=True),
    F(3, 'count', 'other', 'nights of unregulated / emergency hotel placements in the year', 'which were used for 3 nights in the year'),
    F(14, 'count', 'other', 'Champions Board members', 'The Champions Board, with 14 members'),
    F(14, 'years', 'other', 'Champions Board age range lower bound', 'aged 14 to 25', optional=True),
    F(25, 'years', 'other', 'Champions Board age range upper bound', 'aged 14 to 25', optional=True),
    F(22, 'count', 'other', 'Champions Board meetings', 'met 22 times', optional=True),
    F(16, 'years', 'other', 'age of the quoted Champions Board member', 'aged 16', optional=True),
]
quotes = [
    Q('They stopped moving me about. Same school, same pals, same worker for two years now. That is what the Promise means to me.',
      'a member of the Midlothian Champions Board', ['member of the Midlothian Champions Board', 'Champions Board member', 'a young person'], None),
    Q('consistently warm and nurturing', 'the Care Inspectorate', ['Care Inspectorate'], 'described'),
]
gold(DOC, 'council_report', 'Keeping The Promise: Annual Progress Report', 'Midlothian', 'East Lothian and Midlothian Public Protection Committee',
     PER, figs,
     ['15 September 2026', 'Item No 5.3', 'paragraph 6.2', 'section 4', 'February 2020', 'by 2030', 'Plan 24-30', 'section 13',
      'Children (Scotland) Act 2020', 'aged 0-17', 'aged 0-15', 'January 2026', '2026-27', '01632 960418', '2 September 2026',
      'Promise Plan 2023-2026', 'five foundations', 'third annual report'],
     quotes,
     [{'name': 'Eilidh Carmichael', 'role': 'Promise Lead Officer'}],
     ['Midlothian Council  |  Cabinet  |  15 September 2026  |  Item No 5.3', 'Background Papers: The Promise Plan 24-30; Midlothian Promise Plan 2023-2026.'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). A Scottish council report to Cabinet on keeping The Promise; '
     'period from a scope sentence (1 August 2025 to 31 July 2026, the Scottish CP/looked-after reporting year). Partnership: the '
     'East Lothian and Midlothian Public Protection Committee publishes and commissions the area\u2019s learning reviews (area '
     'Midlothian; the committee covers two councils). Looked after count, placement counts (Table 1; Total repeats 196) and '
     'location/secure placements keep looked_after_children; kinship count required, (36%) optional; previous-year values carry '
     'their own date/year periods. Sibling and continuing care/aftercare counts are other. Register count, rate per 1,000 aged '
     '0-15 and Scotland comparator, registrations and de-registrations -> child_protection_plans; IRDs -> section_47_enquiries '
     'with the % change; CSOs and CPOs -> court_orders; learning reviews -> LCSPR metrics (1 published, 1 commissioned, 1 '
     'ongoing: three facts, one value). Ages, age bands, grades, targets/priorities and procedural counts optional. Pull quote '
     'with dash attribution (cue null); Care Inspectorate fragment (cue described).')
