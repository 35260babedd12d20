"""Writer k, k03: Welsh council corporate safeguarding annual report to Cabinet (Conwy), PDF, bilingual headings."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_k import styles, table, NOTE, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.platypus import SimpleDocTemplate
from reportlab.lib.pagesizes import A4

DOC = 'k03_conwy_corporate_safeguarding_annual_report_2025_26.pdf'
S = styles('#0b5c73', size=9.3)
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def h(cy, en):
    return Paragraph('%s / %s' % (cy, en), H2)


def side(rows):
    t = Table(rows, colWidths=[120 * mm, 50 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#9fc3cf')),
                           ('FONT', (1, 0), (1, -1), 'Helvetica-Bold', 8.5), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e6f1f4'))]))
    return t


story = [
    Paragraph('CYNGOR BWRDEISTREF SIROL CONWY / CONWY COUNTY BOROUGH COUNCIL', SM),
    Paragraph('Cabinet  |  Eitem 9 / Item 9  |  10 June 2026', SM),
    Paragraph('Adroddiad Blynyddol Diogelu Corfforaethol / Corporate Safeguarding Annual Report 2025-26', S['h1']),
    Paragraph('Report author: Head of Children, Families and Safeguarding. Cabinet Member: Cllr Gwenllian Pritchard, '
              'Cabinet Member for Social Care and Safeguarding.', SM),
    h('Argymhelliad', 'Recommendation'),
    p('That Cabinet notes the annual report and confirms the Council\'s corporate safeguarding priorities for the coming year.'),
    h('Cefndir', 'Background'),
    p('1. Safeguarding is everyone\'s business, not only that of Social Care. The Council\'s Corporate Safeguarding Policy '
      'requires every service to report each year on how it meets its duties under the Social Services and Well-being '
      '(Wales) Act 2014 and the Wales Safeguarding Procedures. This report brings those returns together with the '
      'statutory data for children.'),
    h('Plant', 'Children'),
    p('2. Children\'s Services received 1,046 reports of a child at risk under section 130 of the Act, compared with 982 in '
      '2024-25. The Wales Safeguarding Procedures expect a decision on each report within 24 hours; this was achieved for '
      '92% of reports.'),
    p('3. There were 588 strategy discussions and 402 section 47 enquiries. 131 children were placed on the child protection '
      'register during the year and 147 were removed. At 31 March 2026, 96 children were on the register, down from 112 a '
      'year earlier. That is 42 per 10,000 children, below the all-Wales rate of 50.'),
    side([['Children with a care and support plan, 31 March 2026', '512'],
          ['Care-experienced children (looked after), 31 March 2026', '228'],
          ['of whom placed with kinship (family and friends) carers', '71'],
          ['Re-registrations within 12 months of removal', '9 (7%)'],
          ['Reports decided within 24 hours', '92%']]),
    Spacer(1, 2 * mm),
    p('4. Neglect was recorded as a category of registration for 58% of children on the register and emotional abuse for '
      '31%. Nine children were re-registered within 12 months of removal from the register.'),
    h('Adolygiadau Ymarfer Plant', 'Child Practice Reviews'),
    p('5. The North Wales Safeguarding Board agreed one new Child Practice Review concerning a Conwy child during the year. '
      'One review, begun in 2024, was published in January 2026 and made 6 recommendations; 4 of these are already complete. '
      'No review was referred for an extended review.'),
    h('Diogelu corfforaethol', 'Corporate safeguarding'),
    p('6. All 41 designated safeguarding persons across the Council\'s directorates are in post and trained. 98.6% of staff '
      'have completed Group A of the National Safeguarding Training Standards, against a target of 100%; 52 of the 55 '
      'elected members have completed member safeguarding training.'),
    p('7. Staff outside Social Care raised 214 safeguarding concerns using the corporate reporting form, up from 166. Housing '
      'raised 37, Leisure 29 and Waste and Highways crews 18. Around a third of the concerns were about children.'),
    table([['Service', 'DBS checks', 'Renewals overdue'],
           ['Education (incl. school staff)', '806', '4'],
           ['Social Care', '331', '0'],
           ['Other services', '181', '2'],
           ['All services', '1,318', '6']], [80, 45, 45], A, zebra='#e6f1f4'),
    Spacer(1, 2 * mm),
    p('8. Licensing renewed 612 taxi and private hire driver licences; every driver completed safeguarding awareness '
      'training. Three licences were revoked on safeguarding grounds. £48,000 from the Regional Integration Fund paid for a '
      'part-time exploitation coordinator in 2025-26.'),
    p('9. Cllr Pritchard said: "The numbers on the register have come down, and I want to be clear that this is not because '
      'we look less hard. It is because our early help is reaching families sooner."'),
    p('10. The Corporate Safeguarding Panel, chaired by the Chief Executive, met 4 times. Its chair noted that the panel '
      'had "never had a fuller set of returns".'),
    Spacer(1, 3 * mm),
    Paragraph('Swyddog Cyswllt / Contact Officer: Rhian Hughes, Corporate Safeguarding Lead, 01632 960513, '
              'diogelu@conwy.example', SM),
]


def deco(c, doc):
    c.saveState()
    c.setFillColor(A)
    c.rect(0, 287 * mm, 210 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 8)
    c.drawString(20 * mm, 290.5 * mm, 'Conwy County Borough Council  |  Corporate Safeguarding Annual Report 2025-26')
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7.5)
    c.drawCentredString(105 * mm, 12 * mm, 'Tudalen / Page %d' % (22 + doc.page))
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


d = SimpleDocTemplate(os.path.join(DIR, DOC), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                      bottomMargin=20 * mm, title='Corporate Safeguarding Annual Report 2025-26',
                      author='Conwy County Borough Council (synthetic)', subject=NOTE)
d.build(story, onFirstPage=deco, onLaterPages=deco)

Y25 = P('2024-04-01', '2025-03-31', '2024-25')
figs = [
    F(1046, 'count', 'social_care_referrals', 'reports of a child at risk', 'received 1,046 reports of a child at risk'),
    F(982, 'count', 'social_care_referrals', 'reports of a child at risk', 'compared with 982 in 2024-25', period=Y25),
    F(24, 'count', 'other', 'hours for a decision on a report (hours not a spec unit)', 'a decision on each report within 24 hours', optional=True),
    F(92, 'percent', 'other', 'reports decided within 24 hours', 'this was achieved for 92% of reports'),
    F(588, 'count', 'other', 'strategy discussions', 'There were 588 strategy discussions'),
    F(402, 'count', 'section_47_enquiries', 'section 47 enquiries', '402 section 47 enquiries'),
    F(131, 'count', 'child_protection_plans', 'children placed on the child protection register', '131 children were placed on the child protection register'),
    F(147, 'count', 'child_protection_plans', 'children removed from the register', 'during the year and 147 were removed'),
    F(96, 'count', 'child_protection_plans', 'children on the register', '96 children were on the register'),
    F(112, 'count', 'child_protection_plans', 'children on the register a year earlier', 'down from 112 a year earlier', period=P('2025-03-31', '2025-03-31', '31 March 2025')),
    F(42, 'rate_per_10000', 'child_protection_plans', 'children on the register', 'That is 42 per 10,000 children'),
    F(50, 'rate_per_10000', 'child_protection_plans', 'children on the register, all-Wales rate', 'below the all-Wales rate of 50'),
    F(512, 'count', 'children_in_need', 'children with a care and support plan', 'Children with a care and support plan, 31 March 2026 512'),
    F(228, 'count', 'looked_after_children', 'care-experienced children (looked after)', 'Care-experienced children (looked after), 31 March 2026 228'),
    F(71, 'count', 'looked_after_children', 'looked after children placed with kinship carers', 'of whom placed with kinship (family and friends) carers 71'),
    F(9, 'count', 'child_protection_plans', 'children re-registered within 12 months of removal', 'Nine children were re-registered'),
    F(7, 'percent', 'child_protection_plans', 'registrations that were re-registrations', 'Re-registrations within 12 months of removal 9 (7%)', optional=True),
    F(58, 'percent', 'child_protection_plans', 'children on the register with neglect recorded', 'registration for 58% of children on the register'),
    F(31, 'percent', 'child_protection_plans', 'children on the register with emotional abuse recorded', 'emotional abuse for 31%'),
    F(1, 'count', 'lcsprs_commissioned', 'Child Practice Reviews agreed', 'agreed one new Child Practice Review'),
    F(1, 'count', 'lcsprs_published', 'Child Practice Reviews published', 'One review, begun in 2024, was published in January 2026'),
    F(6, 'count', 'recommendations', 'recommendations of the published review', 'made 6 recommendations'),
    F(4, 'count', 'recommendations', 'recommendations complete', '4 of these are already complete'),
    F(0, 'count', 'other', 'reviews referred for an extended review', 'No review was referred for an extended review', optional=True),
    F(41, 'count', 'other', 'designated safeguarding persons', 'All 41 designated safeguarding persons'),
    F(98.6, 'percent', 'other', 'staff who completed Group A safeguarding training', '98.6% of staff have completed Group A'),
    F(100, 'percent', 'other', 'target for Group A training', 'against a target of 100%', optional=True),
    F(52, 'count', 'other', 'elected members who completed safeguarding training', '52 of the 55 elected members'),
    F(55, 'count', 'other', 'elected members', '52 of the 55 elected members'),
    F(214, 'count', 'other', 'safeguarding concerns raised by staff outside Social Care', 'raised 214 safeguarding concerns'),
    F(166, 'count', 'other', 'safeguarding concerns raised by staff outside Social Care the year before', 'up from 166', period=Y25),
    F(37, 'count', 'other', 'concerns raised by Housing', 'Housing raised 37'),
    F(29, 'count', 'other', 'concerns raised by Leisure', 'Leisure 29'),
    F(18, 'count', 'other', 'concerns raised by Waste and Highways crews', 'Waste and Highways crews 18'),
    F(33.33, 'percent', 'other', 'concerns about children', 'Around a third of the concerns were about children', qualifier='around'),
    F(806, 'count', 'other', 'DBS checks, Education', 'Education (incl. school staff) 806 4'),
    F(4, 'count', 'other', 'DBS renewals overdue, Education', 'Education (incl. school staff) 806 4'),
    F(331, 'count', 'other', 'DBS checks, Social Care', 'Social Care 331 0'),
    F(0, 'count', 'other', 'DBS renewals overdue, Social Care', 'Social Care 331 0'),
    F(181, 'count', 'other', 'DBS checks, other services', 'Other services 181 2'),
    F(2, 'count', 'other', 'DBS renewals overdue, other services', 'Other services 181 2'),
    F(1318, 'count', 'other', 'DBS checks, all services', 'All services 1,318 6'),
    F(6, 'count', 'other', 'DBS renewals overdue, all services', 'All services 1,318 6'),
    F(612, 'count', 'other', 'taxi and private hire driver licences renewed', 'renewed 612 taxi and private hire driver licences'),
    F(3, 'count', 'other', 'licences revoked on safeguarding grounds', 'Three licences were revoked'),
    F(48000, 'gbp', 'other', 'Regional Integration Fund for an exploitation coordinator', '£48,000 from the Regional Integration Fund'),
    F(4, 'count', 'other', 'Corporate Safeguarding Panel meetings', 'met 4 times'),
]
gold(DOC, 'council_report', 'Adroddiad Blynyddol Diogelu Corfforaethol / Corporate Safeguarding Annual Report 2025-26', 'Conwy', None,
     P('2025-04-01', '2026-03-31', '2025-26'), figs,
     ['Eitem 9 / Item 9', '10 June 2026', '2014', 'section 130', 'section 47 enquiries', '31 March 2026', 'within 12 months',
      'begun in 2024', 'January 2026', 'Group A', '01632 960513', 'Tudalen / Page 23', '10,000'],
     [Q('The numbers on the register have come down, and I want to be clear that this is not because we look less hard. It is because our early help is reaching families sooner.',
        'Cllr Gwenllian Pritchard', ['Pritchard', 'Cllr Pritchard', 'Gwenllian Pritchard'], 'said',
        role='Cabinet Member for Social Care and Safeguarding'),
      Q('never had a fuller set of returns', 'the Chief Executive', ['Chief Executive', 'its chair', 'the chair of the Corporate Safeguarding Panel'], 'noted')],
     [{'name': 'Gwenllian Pritchard', 'role': 'Cabinet Member for Social Care and Safeguarding'},
      {'name': 'Rhian Hughes', 'role': 'Corporate Safeguarding Lead'}],
     ['Swyddog Cyswllt / Contact Officer:', 'CYNGOR BWRDEISTREF SIROL CONWY / CONWY COUNTY BOROUGH COUNCIL'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A Welsh council\'s corporate safeguarding annual report '
     'to Cabinet with bilingual headings and agenda-pack page numbers (\'Tudalen / Page 23\'); record period only in the title '
     '(2025-26). Welsh conventions: reports of a child at risk (section 130) are social_care_referrals; register counts, '
     'registrations, removals, re-registrations and category shares are child_protection_plans; care and support plans are '
     'children_in_need; care-experienced (looked after) children and the kinship placement subset keep looked_after_children; '
     'Child Practice Reviews agreed/published are lcsprs_commissioned/lcsprs_published; strategy discussions other. The '
     '24-hour decision standard is in hours (optional; no unit). \'9 (7%)\' in the side table repeats the prose Nine (count '
     'required, percent optional). The register a year earlier is a 31 March 2025 snapshot. All-Wales rate comparator keeps '
     'the metric. DBS table: every cell a figure, including the 0 cell; the All services row is its own fact. \'within 12 '
     'months\' is a window in a definition. The chair\'s fragment inside reported speech is required (the chair is the Chief '
     'Executive by the previous sentence).')
