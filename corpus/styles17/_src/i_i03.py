"""Writer i, i03: Director of Social Services annual report, children's chapter (Neath Port Talbot, Wales), PDF two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_i import styles, table, build_two_col, Paragraph, Spacer, mm, colors, FrameBreak, NextPageTemplate, Table, TableStyle

DOC = 'i03_neath_port_talbot_director_of_social_services_annual_report_2025_26.pdf'
S = styles('#1f5f4a', size=9)
B, H2 = S['body'], S['h2']
A = S['accent']


def p(t):
    return Paragraph(t, B)


band_cells = [['148', '398', '1,012', '14%'],
              ['children on the child\nprotection register', 'children looked\nafter', 'children with a care\nand support plan', 'social worker\nvacancy rate']]
band = Table(band_cells, colWidths=[40 * mm] * 4)
band.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 16), ('FONT', (0, 1), (-1, 1), 'Helvetica', 7.5),
                          ('TEXTCOLOR', (0, 0), (-1, 0), A), ('BOX', (0, 0), (0, -1), 0.6, A), ('BOX', (1, 0), (1, -1), 0.6, A),
                          ('BOX', (2, 0), (2, -1), 0.6, A), ('BOX', (3, 0), (3, -1), 0.6, A), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))

story = [
    Paragraph('Adroddiad Blynyddol y Cyfarwyddwr Gwasanaethau Cymdeithasol 2025-26', S['small']),
    Paragraph("Director of Social Services Annual Report 2025-26", S['h1']),
    Paragraph("Section 4: Children and young people / Plant a phobl ifanc", S['h2']),
    Spacer(1, 2 * mm),
    band,
    NextPageTemplate('later'),
    FrameBreak(),
    Paragraph('4.1 Information, advice and assistance', H2),
    p('Our Single Point of Contact received 9,842 contacts about children during 2025-26, of which 2,716 became referrals to '
      'children\'s services. The re-referral rate within 12 months was 19%, down from 23% the year before. We held 1,187 strategy '
      'discussions with police and health colleagues, and 842 of these led to enquiries under section 47 of the Children Act 1989.'),
    Paragraph('4.2 Keeping children safe / Cadw plant yn ddiogel', H2),
    p('At 31 March 2026 there were 148 children on the child protection register, a rate of 51 per 10,000 children, '
      'compared with 176 a year earlier. During the year 214 children were placed on the register and 242 were removed. '
      'Re-registrations within 12 months were 6% of all registrations. Neglect remained the most common category, at 41% of '
      'registrations. We held 301 initial child protection conferences.'),
    p('At the same date 1,012 children had a care and support plan, up from 957.'),
    p('Through the West Glamorgan Safeguarding Board, two cases involving Neath Port Talbot children were agreed to meet '
      'the criteria for a Child Practice Review in the year: one concise and one extended. One review, begun in 2024, was '
      'published in January 2026 with 7 recommendations for the region.'),
    Paragraph('4.3 Children looked after / Plant sy\'n derbyn gofal', H2),
    p('Safely reducing the number of children who need to be looked after remains our priority. At 31 March 2026, 398 children '
      'were looked after, down from 421 a year earlier: 137 per 10,000 children, against 115 for Wales as a whole.'),
    table([
        ['Placement (at 31 March)', '2025', '2026'],
        ['Kinship (connected persons)', '126', '132'],
        ['In-house foster carers', '121', '118'],
        ['Independent fostering agencies', '72', '61'],
        ['Residential', '39', '34'],
        ['Placed with parents', '47', '41'],
        ['Other', '16', '12'],
    ], [46, 16, 16], A, zebra='#e6f0ec'),
    Spacer(1, 2 * mm),
    p('In line with the Welsh Government commitment to remove profit from the care of children looked after, 47 of our '
      'children were living with a profit-making provider at 31 March 2026, compared with 63 a year earlier.'),
    p('We supported 176 care leavers, of whom 58% were in education, training or employment.'),
    p('A member of our young people\'s panel, Voices from Care NPT, told the Corporate Parenting Board in March: "Stop moving us '
      'for budget reasons. If a placement works, leave it alone." She added that every young person should meet their new '
      'social worker before the old one leaves.'),
    Paragraph('4.4 Our workforce', H2),
    p('The social worker vacancy rate in children\'s services fell to 14% at year end from 22% in March 2025, and we ended '
      'the year with 9 agency social workers, against 24 two years ago. Twelve newly qualified social workers joined us '
      'through our "grow our own" route.'),
    Paragraph('4.5 Resources', H2),
    p('The net budget for children and young people\'s services in 2025-26 was £38.6m. The service overspent by £1.24m, '
      'mainly on residential placements, where the average weekly cost rose to £5,870.'),
    p('Care Inspectorate Wales, in its performance evaluation inspection in November 2025, said the authority "knows its '
      'children well and has a clear and realistic plan to safely reduce the number in care".'),
    p('Councillor Alun Llewellyn, Cabinet Member for Children\'s Services, said: "These are children, not numbers. But the numbers '
      'tell us we are getting earlier help right, and I want to thank every worker and foster carer who made that happen."'),
    Spacer(1, 2 * mm),
    Paragraph('Priorities for 2026-27: open two new in-house children\'s homes; recruit 20 more foster carers; reduce agency social '
              'workers to 5 or fewer.', S['small']),
]

out = os.path.join(DIR, DOC)
build_two_col(out, 'Director of Social Services Annual Report 2025-26 - Section 4', 'Neath Port Talbot Council', story,
              'Neath Port Talbot Council | Cyngor Castell-nedd Port Talbot | Director of Social Services Annual Report 2025-26',
              'Tudalen / Page 14', 1, band_h=56)

PER = {'start': '2025-04-01', 'end': '2026-03-31', 'text': '2025-26'}
PY = P('2024-04-01', '2025-03-31', 'the year before')
S26 = P('2026-03-31', '2026-03-31', '31 March 2026')
S25 = P('2025-03-31', '2025-03-31', 'a year earlier')
o = 'other'
L = 'looked_after_children'
CP = 'child_protection_plans'
figs = [
    F(9842, 'count', 'social_care_referrals', 'contacts about children to the Single Point of Contact', 'received 9,842 contacts about children'),
    F(2716, 'count', 'social_care_referrals', "referrals to children's services", "2,716 became referrals to\nchildren's services"),
    F(19, 'percent', 'social_care_referrals', 're-referral rate within 12 months', 'The re-referral rate within 12 months was 19%'),
    F(23, 'percent', 'social_care_referrals', 're-referral rate the year before', 'down from 23% the year before', period=PY),
    F(1187, 'count', o, 'strategy discussions', 'We held 1,187 strategy\ndiscussions'),
    F(842, 'count', 'section_47_enquiries', 'enquiries under section 47', '842 of these led to enquiries under section 47'),
    F(148, 'count', CP, 'children on the child protection register', 'there were 148 children on the child protection register', period=S26),
    F(51, 'rate_per_10000', CP, 'rate of children on the child protection register', 'a rate of 51 per 10,000 children', period=S26),
    F(176, 'count', CP, 'children on the register a year earlier', 'compared with 176 a year earlier', period=S25),
    F(214, 'count', CP, 'children placed on the register', 'During the year 214 children were placed on the register'),
    F(242, 'count', CP, 'children removed from the register', 'and 242 were removed'),
    F(6, 'percent', CP, 're-registrations within 12 months as a share of registrations', 'Re-registrations within 12 months were 6% of all registrations'),
    F(41, 'percent', CP, 'registrations under the neglect category', 'at 41% of\nregistrations'),
    F(301, 'count', o, 'initial child protection conferences', 'We held 301 initial child protection conferences'),
    F(1012, 'count', 'children_in_need', 'children with a care and support plan', '1,012 children had a care and support plan', period=S26),
    F(957, 'count', 'children_in_need', 'children with a care and support plan a year earlier', 'up from 957', period=S25),
    F(2, 'count', 'lcsprs_commissioned', 'cases agreed to meet the criteria for a Child Practice Review', 'two cases involving Neath Port Talbot children were agreed to meet'),
    F(1, 'count', 'lcsprs_commissioned', 'concise Child Practice Reviews agreed', 'one concise and one extended', optional=True),
    F(1, 'count', 'lcsprs_commissioned', 'extended Child Practice Reviews agreed', 'one concise and one extended', optional=True),
    F(1, 'count', 'lcsprs_published', 'Child Practice Reviews published', 'One review, begun in 2024, was\npublished in January 2026'),
    F(7, 'count', 'recommendations', 'recommendations from the published review', 'with 7 recommendations for the region'),
    F(398, 'count', L, 'children looked after', 'At 31 March 2026, 398 children\nwere looked after', period=S26),
    F(421, 'count', L, 'children looked after a year earlier', 'down from 421 a year earlier', period=S25),
    F(137, 'rate_per_10000', L, 'rate of children looked after', '137 per 10,000 children', period=S26),
    F(115, 'rate_per_10000', L, 'rate of children looked after, Wales', 'against 115 for Wales as a whole', period=S26),
    F(126, 'count', L, 'children looked after in kinship placements at 31 March 2025', 'Kinship (connected persons) 126 132', period=S25),
    F(132, 'count', L, 'children looked after in kinship placements', 'Kinship (connected persons) 126 132', period=S26),
    F(121, 'count', L, 'children with in-house foster carers at 31 March 2025', 'In-house foster carers 121 118', period=S25),
    F(118, 'count', L, 'children with in-house foster carers', 'In-house foster carers 121 118', period=S26),
    F(72, 'count', L, 'children with independent fostering agencies at 31 March 2025', 'Independent fostering agencies 72 61', period=S25),
    F(61, 'count', L, 'children with independent fostering agencies', 'Independent fostering agencies 72 61', period=S26),
    F(39, 'count', L, 'children in residential placements at 31 March 2025', 'Residential 39 34', period=S25),
    F(34, 'count', L, 'children in residential placements', 'Residential 39 34', period=S26),
    F(47, 'count', L, 'children placed with parents at 31 March 2025', 'Placed with parents 47 41', period=S25),
    F(41, 'count', L, 'children placed with parents', 'Placed with parents 47 41', period=S26),
    F(16, 'count', L, 'children in other placements at 31 March 2025', 'Other 16 12', period=S25),
    F(12, 'count', L, 'children in other placements', 'Other 16 12', period=S26),
    F(47, 'count', L, 'children looked after living with a profit-making provider', '47 of our\nchildren were living with a profit-making provider', period=S26),
    F(63, 'count', L, 'children with a profit-making provider a year earlier', 'compared with 63 a year earlier', period=S25),
    F(176, 'count', o, 'care leavers supported', 'We supported 176 care leavers'),
    F(58, 'percent', o, 'care leavers in education, training or employment', 'of whom 58% were in education, training or employment'),
    F(14, 'percent', o, 'social worker vacancy rate', 'fell to 14% at year end'),
    F(22, 'percent', o, 'social worker vacancy rate in March 2025', 'from 22% in March 2025', period=S25),
    F(9, 'count', o, 'agency social workers', 'with 9 agency social workers'),
    F(24, 'count', o, 'agency social workers two years ago', 'against 24 two years ago', period=P('2024-03-31', '2024-03-31', 'two years ago')),
    F(12, 'count', o, 'newly qualified social workers who joined', 'Twelve newly qualified social workers joined us'),
    F(38600000, 'gbp', o, "net budget for children and young people's services", 'was £38.6m'),
    F(1240000, 'gbp', o, 'overspend', 'The service overspent by £1.24m'),
    F(5870, 'gbp', o, 'average weekly cost of residential placements', 'the average weekly cost rose to £5,870'),
    F(2, 'count', o, "new in-house children's homes planned", "open two new in-house children's homes", period=P('2026-04-01', '2027-03-31', '2026-27'), optional=True),
    F(20, 'count', o, 'more foster carers to recruit', 'recruit 20 more foster carers', period=P('2026-04-01', '2027-03-31', '2026-27'), optional=True),
    F(5, 'count', o, 'target agency social workers', 'reduce agency social workers to 5 or fewer', period=P('2026-04-01', '2027-03-31', '2026-27'), qualifier='no more than', optional=True),
]
nf = ['2025-26', 'section 47 of the Children Act 1989', 'within 12 months', 'per 10,000', 'Tudalen / Page 14', 'Section 4', '4.1', '4.5',
      'begun in 2024', 'January 2026', 'November 2025']
qs = [
    Q('Stop moving us for budget reasons. If a placement works, leave it alone.', "a member of the young people's panel",
      ['young person', 'Voices from Care NPT', "member of our young people's panel"], 'told'),
    Q('knows its children well and has a clear and realistic plan to safely reduce the number in care', 'Care Inspectorate Wales',
      ['CIW', 'the inspectorate', 'its performance evaluation inspection'], 'said'),
    Q('These are children, not numbers. But the numbers tell us we are getting earlier help right, and I want to thank every worker and foster carer who made that happen.',
      'Alun Llewellyn', ['Llewellyn', 'Councillor Alun Llewellyn', 'Cllr Llewellyn'], 'said', role="Cabinet Member for Children's Services"),
    Q('grow our own', 'Neath Port Talbot Council', ['the council', 'the report'], None, optional=True),
]
people = [{'name': 'Alun Llewellyn', 'role': "Cabinet Member for Children's Services"}]
bp = ['Neath Port Talbot Council | Cyngor Castell-nedd Port Talbot | Director of Social Services Annual Report 2025-26', 'Tudalen / Page 14',
      'Adroddiad Blynyddol y Cyfarwyddwr Gwasanaethau Cymdeithasol 2025-26']
gold(DOC, 'council_report', 'Director of Social Services Annual Report 2025-26', 'Neath Port Talbot', None, PER, figs, nf, qs, people, bp,
     "Welsh statutory Director of Social Services annual report, children's section (council_report). Period in the title only (2025-26). Layout: a full-width band "
     "with four stat boxes (numbers above labels, so plain text runs the four numbers together) over two text columns on page 1, two columns on page 2; anchors assume "
     "left column then right; the placement table breaks across the columns with its header repeated ('Other 16 12' heads the right column). Welsh conventions: register counts, rate, registrations, de-registrations, re-registrations and category share are child_protection_plans; "
     "care and support plans are children_in_need; strategy discussions and ICPCs other; cases agreed to meet the Child Practice Review criteria are lcsprs_commissioned "
     "(the concise/extended split optional), the published review lcsprs_published; placement-type table of all children looked after keeps looked_after_children "
     "with both snapshots; profit-making providers also looked_after_children; Wales comparator keeps the metric; care leavers other; priorities for 2026-27 are targets "
     "(optional); '47' and '41' and '176' each used for two facts. Partnership null (the regional board is named, the council's Director reports). A young person "
     "'told' then 'She added that' (reported speech); CIW fragment quote; 'grow our own' scare quotes optional.")
