"""Writer p, p03: Local Family Justice Board annual report (Gloucestershire), PDF, band over two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_p import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, NextPageTemplate

DOC = 'p03_gloucestershire_local_family_justice_board_annual_report_2025_26.pdf'
S = styles('#0b5d5b', size=8.8)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def p(t):
    return Paragraph(t, B)


band = Table([[Paragraph('<font color="white" size="17"><b>Gloucestershire Local Family Justice Board</b></font>', B)],
              [Paragraph('<font color="white" size="12">Annual Report 2025-26</font>', B)],
              [Paragraph('<font color="white">Working together so that children\u2019s cases are decided without delay and families '
                         'are helped to resolve disputes away from court wherever it is safe to do so.</font>', B)]],
             colWidths=[170 * mm])
band.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('LEFTPADDING', (0, 0), (-1, -1), 10),
                          ('TOPPADDING', (0, 0), (0, 0), 10), ('BOTTOMPADDING', (0, -1), (-1, -1), 10)]))

pull = Table([[Paragraph('<i>\u201cA child who waits a year for a decision has lost a year of childhood. Every one of us in this '
                         'system has a part in giving that year back.\u201d</i>', B)],
              [Paragraph('HHJ Catriona Yelland, Designated Family Judge', SM)]], colWidths=[80 * mm])
pull.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, -1), 2, A), ('LEFTPADDING', (0, 0), (-1, -1), 8)]))

story = [
    band,
    Spacer(1, 4 * mm),
    Paragraph('Foreword from the Chair', H2),
    p('This is my second report as Chair of the Board. I want to thank the members of the Board, the court staff at '
      'Gloucester Family Court and the social workers, guardians, lawyers and mediators who have worked so hard this year. '
      'I am pleased that care cases are finishing sooner than last year, but I am not satisfied: most still take far longer '
      'than the 26 weeks Parliament set in the Children and Families Act 2014.'),
    p('Marcus Thorne, Chair'),
    pull,
    Spacer(1, 2 * mm),
    Paragraph('1. About the Board', H2),
    p('Local Family Justice Boards were set up in 2012 following the Family Justice Review. Ours brings together the '
      'judiciary, HM Courts and Tribunals Service, Cafcass, Gloucestershire County Council, the local family law Bar and '
      'solicitors, mediators and health partners. The Board met four times in 2025-26 and has three sub-groups: public '
      'law, private law and workforce.'),
    Paragraph('2. Public law: care proceedings', H2),
    p('Cafcass received 176 new care applications from Gloucestershire County Council in 2025-26, concerning 301 children. '
      'This was 11% fewer than the 198 applications received in 2024-25. The council also made 7 applications for emergency '
      'protection orders.'),
    p('On average, care and supervision proceedings took 41.3 weeks to conclude, down from 47.9 weeks the year before and '
      'better than the national average of 44.6 weeks. Only 24% of cases finished within the statutory 26 weeks.'),
    Paragraph('Table 1: Final public law orders made, Gloucester Family Court', SM),
    table([['Order', '2024-25', '2025-26'],
           ['Care order', '112', '94'],
           ['Supervision order', '27', '31'],
           ['Special guardianship order', '41', '48'],
           ['Placement order', '29', '22'],
           ['Child arrangements order', '16', '19']], [40, 20, 20], A, zebra='#e7f2f1'),
    Spacer(1, 2 * mm),
    p('The rise in special guardianship orders reflects the council\u2019s work to find family members who can care for '
      'children. 848 children were looked after by the council on 31 March 2026.'),
    Paragraph('3. Before proceedings', H2),
    p('88 families entered the pre-proceedings stage of the Public Law Outline during the year. For 34 of them (39%) the '
      'case was closed without any application to court. The council\u2019s Family Group Conference service held 152 '
      'conferences, 61 of them for families in pre-proceedings.'),
    p('A mother who took part in a family group conference told the Board\u2019s Family Voices event: \u201cIt was the first '
      'meeting where I didn\u2019t feel like everyone had already decided. My sister and my dad were in the room and they '
      'got a say too.\u201d'),
    Paragraph('4. Private law', H2),
    p('The court received 1,412 new private law applications, concerning 2,210 children. Private law cases took an average '
      'of 52 weeks to conclude, up from 46 weeks. Around 60% of applications included an allegation of domestic abuse.'),
    p('Gloucestershire was chosen as a Pathfinder court in October 2025. Under the Pathfinder model, a Child Impact Report '
      'is completed within 8 weeks of an application, replacing the separate safeguarding letter and section 7 report for '
      'most families. Between October 2025 and March 2026, 286 Child Impact Reports were filed.'),
    p('Elena Dragomir, Cafcass Service Manager, said the early signs were positive: \u201cChildren are being heard at the '
      'start of the case rather than at the end of it.\u201d'),
    Paragraph('5. Out of court', H2),
    p('Local mediators carried out 412 Mediation Information and Assessment Meetings (MIAMs). 203 families used a voucher '
      'from the national Family Mediation Voucher Scheme, which pays up to \u00a3500 towards the cost of mediation.'),
    Paragraph('6. Workforce and learning', H2),
    p('The Board\u2019s annual conference in May 2025 was attended by 230 professionals. The workforce sub-group ran six '
      'lunchtime sessions on the Public Law Outline, each recorded and viewed a further 410 times.'),
    Paragraph('7. Priorities for 2026-27', H2),
    p('(1) Reduce the average length of care proceedings to 35 weeks by March 2027. (2) Embed the Pathfinder model. '
      '(3) Increase take-up of family group conferences before proceedings to 75% of eligible families.'),
    Paragraph('Contact the Board: Gloucestershire LFJB, c/o Gloucester Family Court, Barnwood Road. Telephone 01632 960 552. '
              'lfjb@gloucestershire-lfjb.example', SM),
]

build_two_col(os.path.join(DIR, DOC), 'Gloucestershire Local Family Justice Board Annual Report 2025-26',
              'Gloucestershire Local Family Justice Board', story,
              'Gloucestershire Local Family Justice Board | Annual Report 2025-26', 'Gloucestershire LFJB', 2, band_h=34)

figs = [
    F(26, 'weeks', 'other', 'statutory time limit for care proceedings', 'than the 26 weeks Parliament set'),
    F(4, 'count', 'other', 'Board meetings in 2025-26', 'The Board met four times in 2025-26', optional=True),
    F(3, 'count', 'other', 'Board sub-groups', 'has three sub-groups', optional=True),
    F(176, 'count', 'court_orders', 'new care applications received by Cafcass from the county council', 'Cafcass received 176 new care applications'),
    F(301, 'count', 'court_orders', 'children concerned by the new care applications', 'concerning 301 children'),
    F(11, 'percent', 'court_orders', 'fall in care applications', 'This was 11% fewer'),
    F(198, 'count', 'court_orders', 'care applications received in 2024-25', 'than the 198 applications received in 2024-25', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(7, 'count', 'court_orders', 'applications for emergency protection orders', 'made 7 applications for emergency protection orders'),
    F(41.3, 'weeks', 'other', 'average duration of care and supervision proceedings', 'took 41.3 weeks to conclude'),
    F(47.9, 'weeks', 'other', 'average duration the year before', 'down from 47.9 weeks the year before', period=P('2024-04-01', '2025-03-31', 'the year before')),
    F(44.6, 'weeks', 'other', 'national average duration (comparator)', 'the national average of 44.6 weeks'),
    F(24, 'percent', 'other', 'cases finished within 26 weeks', 'Only 24% of cases finished within the statutory 26 weeks'),
    F(112, 'count', 'court_orders', 'care orders made 2024-25 (Table 1)', 'Care order 112', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(94, 'count', 'court_orders', 'care orders made 2025-26 (Table 1)', 'Care order 112 94'),
    F(27, 'count', 'court_orders', 'supervision orders 2024-25', 'Supervision order 27', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(31, 'count', 'court_orders', 'supervision orders 2025-26', 'Supervision order 27 31'),
    F(41, 'count', 'court_orders', 'special guardianship orders 2024-25', 'Special guardianship order 41', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(48, 'count', 'court_orders', 'special guardianship orders 2025-26', 'Special guardianship order 41 48'),
    F(29, 'count', 'court_orders', 'placement orders 2024-25', 'Placement order 29', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(22, 'count', 'court_orders', 'placement orders 2025-26', 'Placement order 29 22'),
    F(16, 'count', 'court_orders', 'public law child arrangements orders 2024-25', 'Child arrangements order 16', period=P('2024-04-01', '2025-03-31', '2024-25')),
    F(19, 'count', 'court_orders', 'public law child arrangements orders 2025-26', 'Child arrangements order 16 19'),
    F(848, 'count', 'looked_after_children', 'children looked after by the council at 31 March 2026', '848 children were looked after by the council'),
    F(88, 'count', 'other', 'families entering pre-proceedings (PLO)', '88 families entered the pre-proceedings stage'),
    F(34, 'count', 'other', 'pre-proceedings cases closed without an application', 'For 34 of them (39%) the case was closed'),
    F(39, 'percent', 'other', 'share of pre-proceedings cases closed without an application', '(39%)', optional=True),
    F(152, 'count', 'other', 'family group conferences held', 'held 152 conferences'),
    F(61, 'count', 'other', 'conferences for families in pre-proceedings', '61 of them for families in pre-proceedings'),
    F(1412, 'count', 'other', 'new private law applications', 'received 1,412 new private law applications'),
    F(2210, 'count', 'other', 'children concerned by private law applications', 'concerning 2,210 children'),
    F(52, 'weeks', 'other', 'average duration of private law cases', 'took an average of 52 weeks to conclude'),
    F(46, 'weeks', 'other', 'average duration of private law cases the year before', 'up from 46 weeks', period=P('2024-04-01', '2025-03-31', 'the year before')),
    F(60, 'percent', 'other', 'private law applications with an allegation of domestic abuse', 'Around 60% of applications', qualifier='around'),
    F(8, 'weeks', 'other', 'Child Impact Report deadline under the Pathfinder model', 'within 8 weeks of an application'),
    F(286, 'count', 'other', 'Child Impact Reports filed October 2025 to March 2026', '286 Child Impact Reports were filed', period=P('2025-10-01', '2026-03-31', 'Between October 2025 and March 2026')),
    F(412, 'count', 'other', 'Mediation Information and Assessment Meetings', 'carried out 412 Mediation Information and Assessment Meetings'),
    F(203, 'count', 'other', 'families using a mediation voucher', '203 families used a voucher'),
    F(500, 'gbp', 'other', 'mediation voucher value', 'pays up to \u00a3500 towards the cost', qualifier='up to'),
    F(230, 'count', 'other', 'professionals attending the annual conference', 'was attended by 230 professionals'),
    F(6, 'count', 'other', 'lunchtime sessions run', 'ran six lunchtime sessions'),
    F(410, 'count', 'other', 'recorded session views', 'viewed a further 410 times'),
    F(35, 'weeks', 'other', 'priority: average length of care proceedings by March 2027', 'to 35 weeks by March 2027', optional=True),
    F(75, 'percent', 'other', 'priority: take-up of family group conferences', 'to 75% of eligible families', optional=True),
]
quotes = [
    Q('A child who waits a year for a decision has lost a year of childhood. Every one of us in this system has a part in giving that year back.',
      'Catriona Yelland', ['HHJ Catriona Yelland', 'HHJ Yelland', 'Judge Yelland', 'Yelland'], None, role='Designated Family Judge'),
    Q('It was the first meeting where I didn\u2019t feel like everyone had already decided. My sister and my dad were in the room and they got a say too.',
      'a mother', ['mother', 'a parent'], 'told'),
    Q('Children are being heard at the start of the case rather than at the end of it.', 'Elena Dragomir', ['Dragomir', 'Ms Dragomir'], 'said',
      role='Cafcass Service Manager'),
]
gold(DOC, 'other', 'Gloucestershire Local Family Justice Board Annual Report 2025-26', 'Gloucestershire', None,
     P('2025-04-01', '2026-03-31', 'Annual Report 2025-26'), figs,
     ['Children and Families Act 2014', 'in 2012', 'Table 1', 'section 7', 'October 2025', 'May 2025', '2026-27', '01632 960 552',
      'second report', 'Barnwood Road'],
     quotes,
     [{'name': 'Marcus Thorne', 'role': 'Chair'}, {'name': 'Catriona Yelland', 'role': 'Designated Family Judge'},
      {'name': 'Elena Dragomir', 'role': 'Cafcass Service Manager'}],
     ['Gloucestershire Local Family Justice Board | Annual Report 2025-26'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). A Local Family Justice Board annual report (kind other: the '
     'board is a judiciary-led family justice body, neither a council nor a safeguarding partnership; partnership null, none '
     'named). Period from the title (2025-26 financial year). Two columns under a band. The chair\'s foreword is first-person prose '
     '(not a quote; its 26 weeks is the statutory limit, one fact with the later "within the statutory 26 weeks"). Care applications '
     '(and the children they concern), EPO applications and final orders (care, supervision, SGO, placement, child arrangements) '
     '-> court_orders; Table 1 2024-25 column own period. Durations in weeks (average, prior year, national comparator) other. '
     'Count (percent) -> percent optional. Pathfinder 8-week deadline a standing rule (required); Child Impact Reports with their '
     'own Oct-Mar period. Priorities optional; meetings and sub-groups optional. Quotes: DFJ pull quote with name line (cue null), '
     'a mother (told), the Cafcass manager fragment-led quote (said).')
