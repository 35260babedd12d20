"""Writer m, m01: Prevent and Channel panel annual report to a county scrutiny committee (Essex), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_m import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'm01_essex_prevent_channel_panel_annual_report_2025_26.pdf'
S = styles('#5a2a6e')
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#f1eaf4'):
    t = Table([[paras]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6)]))
    return t


cover = Table([[Paragraph('Forward Plan reference number: FP/112/05/26', SM), Paragraph('Report title: Prevent Duty and Channel Panel Annual Report 2025/26', SM)],
               [Paragraph('Report to: Place Services and Economic Growth Policy and Scrutiny Committee', SM), Paragraph('Date of meeting: 9 July 2026', SM)],
               [Paragraph('Report author: Head of Community Safety', SM), Paragraph('Enquiries to: Marcus Delaney, Prevent Coordinator, 01632 960274', SM)],
               [Paragraph('County Divisions affected: All Essex', SM), Paragraph('Classification: Public', SM)]],
              colWidths=[85 * mm, 85 * mm])
cover.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))

story = [
    Paragraph('Prevent Duty and Channel Panel Annual Report 2025/26', H1),
    cover,
    Spacer(1, 3 * mm),
    Paragraph('1. Purpose of report', H2),
    p('1.1 To update the Committee on how the County Council and its partners met the Prevent duty under section 26 of the '
      'Counter-Terrorism and Security Act 2015, and on the work of the Essex Channel Panel, which the Council chairs under '
      'section 36 of the same Act.'),
    Paragraph('2. Recommendations', H2),
    p('2.1 That the Committee notes the report and comments on the priorities at paragraph 7.'),
    Paragraph('3. Referrals to Prevent', H2),
    p('3.1 Counter Terrorism Policing received 318 Prevent referrals relating to people living in Essex, compared with 284 in '
      '2024/25, an increase of 12%. Education settings made 127 of them (40%), the police 71 and health partners 38. '
      'Local authority services, including children\'s social care and housing, made 44.'),
    p('3.2 Young people continue to make up most of the caseload. 201 of the 318 referrals (63%) concerned someone under 18, '
      'and the youngest person referred was aged 11. Nationally, the Home Office reports that 39% of Prevent referrals in '
      '2024/25 related to a mixed, unclear or unstable ideology, against 46% in Essex this year.'),
    Paragraph('Table 1: Prevent referrals by type of concern, Essex', SM),
    table([['Type of concern', '2024/25', '2025/26'],
           ['Extreme right-wing', '93', '104'],
           ['Islamist', '41', '36'],
           ['Mixed, unclear or unstable', '118', '146'],
           ['Other', '32', '32'],
           ['Total', '284', '318']],
          [90, 35, 35], A, zebra='#f1eaf4'),
    Spacer(1, 2 * mm),
    p('3.3 After screening by the police, 96 cases were passed to the local authority for a Channel decision; the remainder '
      'were signposted to other services or needed no further action.'),
    Paragraph('4. The Channel Panel', H2),
    p('4.1 The Panel met 12 times, monthly, and considered 96 cases. It adopted 41 of them as Channel cases (43%), up from '
      '33 the year before. Of the 41 adopted, 29 were children and 12 were adults. Seven adopted children were known to '
      'children\'s social care at the time of referral: four were subject of a child protection plan and three were looked '
      'after by the County Council.'),
    p('4.2 The Panel referred 14 children to the Children and Families Hub, the Council\'s front door, where it identified '
      'safeguarding concerns that were not being addressed. Guidance expects a Panel to review each adopted case at least every '
      '3 months; the average time a person was supported was 7 months.'),
    p('4.3 During the year 35 cases left Channel. 30 left with the risk reduced, 3 were referred back to the police because the '
      'risk had not reduced, and 2 people disengaged. The Home Office asks panels to review every case 6 and 12 months after it '
      'closes. All 28 reviews due in 2025/26 were completed; none found a return of concern.'),
    box([Paragraph('<b>Intervention providers</b>', B),
         Paragraph('Support is delivered by 9 Home Office approved Intervention Providers working under the Channel Duty '
                   'Guidance (2023). In 2025/26 they delivered 486 hours of mentoring to Essex cases, at a cost to the Home '
                   'Office, not the Council, of about £41,000.', B)]),
    Spacer(1, 2 * mm),
    Paragraph('5. Training and awareness', H2),
    p('5.1 2,640 staff completed Prevent awareness training, including 1,180 school staff. The Council\'s own compliance with '
      'mandatory Prevent e-learning reached 91%, against a target of 95%. The Prevent team delivered 64 workshops to parents '
      'and community groups, reaching about 1,500 people.'),
    Paragraph('6. Funding', H2),
    p('6.1 Essex is a Prevent "Priority Area" and receives a Home Office grant of £230,000 for 2026/27, down from £265,000 in '
      '2025/26. The grant funds the Prevent Coordinator, two Prevent Education Officers and project work.'),
    Paragraph('7. Priorities for 2026/27', H2),
    p('7.1 To keep the share of referrals that are screened out within 24 hours above 80%; to train a further 2,000 staff; '
      'and to publish a refreshed online harms toolkit for schools in the autumn term.'),
    Spacer(1, 2 * mm),
    Paragraph('Background papers: Counter-Terrorism Local Profile (restricted); Channel Duty Guidance 2023; Prevent Duty '
              'Guidance for England and Wales (2023).', SM),
]

build(os.path.join(DIR, DOC), 'Prevent Duty and Channel Panel Annual Report 2025/26', 'Essex County Council', story,
      'Essex County Council  |  Place Services and Economic Growth Policy and Scrutiny Committee  |  9 July 2026',
      'PSEG/14/26  Prevent and Channel 2025/26', 2)

Y24 = P('2024-04-01', '2025-03-31', '2024/25')
TR = 'Extreme right-wing 93 104'
TI = 'Islamist 41 36'
TM = 'Mixed, unclear or unstable 118 146'
TO = 'Other 32 32'
figs = [
    F(318, 'count', 'other', 'Prevent referrals relating to people living in Essex', 'received 318 Prevent referrals relating to people living in Essex'),
    F(284, 'count', 'other', 'Prevent referrals', 'compared with 284 in 2024/25', period=Y24),
    F(12, 'percent', 'other', 'increase in Prevent referrals', 'an increase of 12%'),
    F(127, 'count', 'other', 'Prevent referrals made by education settings', 'Education settings made 127 of them (40%)'),
    F(40, 'percent', 'other', 'Prevent referrals made by education settings', 'Education settings made 127 of them (40%)', optional=True),
    F(71, 'count', 'other', 'Prevent referrals made by the police', 'the police 71'),
    F(38, 'count', 'other', 'Prevent referrals made by health partners', 'health partners 38'),
    F(44, 'count', 'other', 'Prevent referrals made by local authority services', 'housing, made 44'),
    F(201, 'count', 'other', 'Prevent referrals concerning someone under 18', '201 of the 318 referrals (63%) concerned someone under 18'),
    F(63, 'percent', 'other', 'Prevent referrals concerning someone under 18', '201 of the 318 referrals (63%)', optional=True),
    F(11, 'years', 'other', 'age of the youngest person referred', 'the youngest person referred was aged 11', optional=True),
    F(39, 'percent', 'other', 'Prevent referrals with a mixed, unclear or unstable ideology, England and Wales', 'reports that 39% of Prevent referrals', period=Y24),
    F(46, 'percent', 'other', 'Prevent referrals with a mixed, unclear or unstable ideology', 'against 46% in Essex this year'),
    F(93, 'count', 'other', 'Prevent referrals, extreme right-wing', TR, period=Y24),
    F(104, 'count', 'other', 'Prevent referrals, extreme right-wing', TR),
    F(41, 'count', 'other', 'Prevent referrals, Islamist', TI, period=Y24),
    F(36, 'count', 'other', 'Prevent referrals, Islamist', TI),
    F(118, 'count', 'other', 'Prevent referrals, mixed, unclear or unstable', TM, period=Y24),
    F(146, 'count', 'other', 'Prevent referrals, mixed, unclear or unstable', TM),
    F(32, 'count', 'other', 'Prevent referrals, other concern', TO, period=Y24),
    F(32, 'count', 'other', 'Prevent referrals, other concern', TO),
    F(96, 'count', 'other', 'cases passed to the local authority for a Channel decision', '96 cases were passed to the local authority'),
    F(12, 'count', 'other', 'Channel Panel meetings', 'The Panel met 12 times'),
    F(41, 'count', 'other', 'cases adopted as Channel cases', 'It adopted 41 of them as Channel cases (43%)'),
    F(43, 'percent', 'other', 'cases adopted as Channel cases', 'It adopted 41 of them as Channel cases (43%)', optional=True),
    F(33, 'count', 'other', 'cases adopted as Channel cases', 'up from 33 the year before', period=Y24),
    F(29, 'count', 'other', 'adopted Channel cases who were children', 'Of the 41 adopted, 29 were children and 12 were adults'),
    F(12, 'count', 'other', 'adopted Channel cases who were adults', '29 were children and 12 were adults'),
    F(7, 'count', 'other', 'adopted children known to children\'s social care', 'Seven adopted children were known to'),
    F(4, 'count', 'child_protection_plans', 'adopted Channel children subject of a child protection plan', 'four were subject of a child protection plan'),
    F(3, 'count', 'looked_after_children', 'adopted Channel children looked after by the County Council', 'three were looked after by the County Council'),
    F(14, 'count', 'social_care_referrals', 'children referred by the Panel to the Children and Families Hub', 'The Panel referred 14 children to the Children and Families Hub'),
    F(3, 'months', 'other', 'Channel case review interval', 'at least every 3 months', qualifier='at least'),
    F(7, 'months', 'other', 'average time a person was supported', 'the average time a person was supported was 7 months'),
    F(35, 'count', 'other', 'cases that left Channel', 'During the year 35 cases left Channel'),
    F(30, 'count', 'other', 'cases that left Channel with the risk reduced', '30 left with the risk reduced'),
    F(3, 'count', 'other', 'cases referred back to the police', '3 were referred back to the police'),
    F(2, 'count', 'other', 'people who disengaged from Channel', '2 people disengaged'),
    F(6, 'months', 'other', 'first post-closure review point', 'review every case 6 and 12 months after it closes'),
    F(12, 'months', 'other', 'second post-closure review point', 'review every case 6 and 12 months after it closes'),
    F(28, 'count', 'other', 'post-closure reviews due and completed', 'All 28 reviews due in 2025/26 were completed'),
    F(0, 'count', 'other', 'post-closure reviews finding a return of concern', 'none found a return of concern', optional=True),
    F(9, 'count', 'other', 'Home Office approved Intervention Providers', 'delivered by 9 Home Office approved Intervention Providers'),
    F(486, 'count', 'other', 'hours of mentoring delivered', 'delivered 486 hours of mentoring', optional=True),
    F(41000, 'gbp', 'other', 'cost of intervention provider mentoring to the Home Office', 'of about £41,000', qualifier='about'),
    F(2640, 'count', 'other', 'staff who completed Prevent awareness training', '2,640 staff completed Prevent awareness training'),
    F(1180, 'count', 'other', 'school staff trained', 'including 1,180 school staff'),
    F(91, 'percent', 'other', 'Council compliance with mandatory Prevent e-learning', 'reached 91%'),
    F(95, 'percent', 'other', 'target for Prevent e-learning compliance', 'against a target of 95%', optional=True),
    F(64, 'count', 'other', 'workshops to parents and community groups', 'delivered 64 workshops'),
    F(1500, 'count', 'other', 'people reached by workshops', 'reaching about 1,500 people', qualifier='about'),
    F(230000, 'gbp', 'other', 'Home Office Prevent grant', 'a Home Office grant of £230,000 for 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(265000, 'gbp', 'other', 'Home Office Prevent grant', 'down from £265,000 in 2025/26'),
    F(2, 'count', 'other', 'Prevent Education Officers funded by the grant', 'two Prevent Education Officers', optional=True),
    F(80, 'percent', 'other', 'priority: referrals screened out within 24 hours', 'above 80%', optional=True),
    F(2000, 'count', 'other', 'priority: further staff to train', 'to train a further 2,000 staff', optional=True),
]
gold(DOC, 'council_report', 'Prevent Duty and Channel Panel Annual Report 2025/26', 'Essex', None,
     P('2025-04-01', '2026-03-31', '2025/26'), figs,
     ['FP/112/05/26', '9 July 2026', '01632 960274', 'section 26', 'Counter-Terrorism and Security Act 2015', 'section 36',
      'Table 1', 'paragraph 7', 'Channel Duty Guidance (2023)', 'within 24 hours', 'PSEG/14/26'],
     [],
     [{'name': 'Marcus Delaney', 'role': 'Prevent Coordinator'}],
     ['Background papers: Counter-Terrorism Local Profile (restricted)', 'County Divisions affected: All Essex', 'Classification: Public'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A county council scrutiny report on the Prevent duty and '
     'the Channel Panel, period in the title (2025/26, financial year). No quotes (a scare-quoted "Priority Area" is a '
     'programme name, not a quote). Prevent referrals, Channel cases and their breakdowns are other; a table with a 2024/25 '
     'column (own period) and a Total row repeating the prose 284/318; two 32s in one row are two facts (different years). '
     'Adopted children on a CP plan -> child_protection_plans, looked after -> looked_after_children; children referred by the '
     'Panel to the front door -> social_care_referrals. Count (percent) makes the percent optional. National comparator 39% '
     'has its own year. Standing review intervals (every 3 months, 6 and 12 months after closure) are figures; "within 24 '
     'hours" sits inside a priority measure (not a figure). Age of the youngest referral optional; mentoring hours optional '
     '(hours not a spec unit); the zero about post-closure reviews optional; targets and priorities optional. The 2026/27 '
     'grant has its own period; the 2025/26 grant is the record period. "two Prevent Education Officers" (staffing) optional.')
