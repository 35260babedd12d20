"""Writer s, s02: Caerphilly County Borough Council Medium-Term Financial Plan, children's services section (PDF, band over
two columns, a £000 table, a consultation box). Welsh vocabulary."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_s import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import FrameBreak

DOC = 's02_caerphilly_medium_term_financial_plan_childrens_services_section.pdf'
S = styles('#1f5f5b', font='Helvetica', size=8.8)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
NUM = ParagraphStyle('num', parent=B, leftIndent=20, firstLineIndent=-20)


def n(num, t):
    return Paragraph('%s&nbsp;&nbsp;%s' % (num, t), NUM)


band = [Paragraph('Caerphilly County Borough Council | Cyngor Bwrdeistref Sirol Caerffili', SM),
        Paragraph('Medium-Term Financial Plan 2026/27 to 2030/31', H1),
        Paragraph('Section 5: Social Services \u2013 Children\u2019s Services', S['h2']),
        Paragraph('Cabinet, 18 February 2026. This section sets out the 2026/27 budget for Children\u2019s Services and the '
                  'assumptions for the four years that follow. Figures in tables are \u00a3000.', SM)]

tab = table([['\u00a3000', '2025/26', '2026/27'],
             ['Base budget', '44,380', '46,915'],
             ['Placement demand', '2,140', '3,260'],
             ['Pay and price inflation', '1,105', '1,480'],
             ['Savings', '(710)', '(1,190)'],
             ['Budget', '46,915', '50,465']], [34, 22, 22], A, zebra='#eef5f4')

cbox = Table([[Paragraph('<b>What residents told us</b><br/>The budget consultation received 1,684 responses. Protecting '
                         'services for vulnerable children was the top priority for 62% of respondents. One respondent '
                         'wrote: \u201cKeep the money going to the kids who have nobody else.\u201d', B)]],
             colWidths=[80 * mm])
cbox.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef5f4'))]))

story = band + [FrameBreak(),
    Paragraph('5.1 Context', H2),
    n('5.1.1', 'Demand for Children\u2019s Services has continued to grow. At 31 March 2025, 386 children were looked after '
      'by the Council, a rate of 121 per 10,000 children against 112 for Wales. The number has since risen to 402.'),
    n('5.1.2', 'There were 142 children on the child protection register at 31 March 2025 and 618 children with a care and '
      'support plan. The Information, Advice and Assistance service handled 7,930 contacts in 2024/25, of which 2,210 '
      'became referrals to Children\u2019s Services.'),
    n('5.1.3', 'Placements are the main pressure. The Council currently funds 37 children in residential care, at an '
      'average of \u00a35,900 a week, and 64 children with independent fostering agencies.'),
    Paragraph('5.2 Budget 2026/27', H2),
    n('5.2.1', 'The net budget for Children\u2019s Services in 2026/27 is \u00a350.47m, an increase of 7.6% on the current year.'),
    tab, Spacer(1, 4),
    n('5.2.2', 'Savings of \u00a31.19m are proposed, the largest being \u00a3620,000 from stepping children down from residential '
      'care to in-house foster care. The target is to reduce residential placements by six over 18 months.'),
    FrameBreak(),
    n('5.2.3', 'The Welsh Government\u2019s commitment to eliminate profit from the care of looked-after children means the '
      'Council must grow its own provision. Two in-house children\u2019s homes, with eight beds between them, will open in '
      '2027, funded by a capital allocation of \u00a33.2m.'),
    n('5.2.4', 'In-house foster care has 112 approved households. The plan assumes a net gain of 15 households a year.'),
    Paragraph('5.3 Later years', H2),
    n('5.3.1', 'From 2027/28 the plan assumes placement growth of 4% a year and pay awards of 3%. On these assumptions '
      'the Children\u2019s Services budget would reach \u00a358.9m in 2030/31.'),
    n('5.3.2', 'Across the Council, the gap over the five years of the plan is \u00a348.3m before any new savings, of which '
      '\u00a314.6m falls in 2027/28.'),
    Paragraph('5.4 Risks', H2),
    n('5.4.1', 'A single additional residential placement can cost more than \u00a3300,000 a year. The specific reserve for '
      'placement volatility stands at \u00a32.5m.'),
    cbox, Spacer(1, 4),
    n('5.4.2', 'The Cabinet Member for Social Care told the Scrutiny Committee that \u201cthe budget does the right thing by '
      'children, but it cannot do everything\u201d.'),
]

build_two_col(os.path.join(DIR, DOC), 'Medium-Term Financial Plan 2026/27 to 2030/31 - Section 5 Children\'s Services',
              'Caerphilly County Borough Council', story, 'Caerphilly CBC | MTFP 2026/27 to 2030/31 | Section 5',
              'Cabinet 18 February 2026 | finance@caerphilly.example | 01632 960377', 1, band_h=34)

Y = P('2026-04-01', '2027-03-31')
CUR = P('2025-04-01', '2026-03-31', '2025/26')
PY = P('2024-04-01', '2025-03-31', '2024/25')
M25 = P('2025-03-31', '2025-03-31', '31 March 2025')
figs = [
    F(386, 'count', 'looked_after_children', 'children looked after', '386 children were looked after', period=M25),
    F(121, 'rate_per_10000', 'looked_after_children', 'looked after rate', 'a rate of 121 per 10,000', period=M25),
    F(112, 'rate_per_10000', 'looked_after_children', 'looked after rate, Wales', '112 for Wales', period=M25),
    F(402, 'count', 'looked_after_children', 'children looked after now', 'has since risen to 402', period=CUR),
    F(142, 'count', 'child_protection_plans', 'children on the child protection register', 'There were 142 children on the child protection register', period=M25),
    F(618, 'count', 'children_in_need', 'children with a care and support plan', '618 children with a care and', period=M25),
    F(7930, 'count', 'other', 'IAA contacts', 'handled 7,930 contacts in 2024/25', period=PY),
    F(2210, 'count', 'social_care_referrals', 'contacts that became referrals', 'of which 2,210', period=PY),
    F(37, 'count', 'looked_after_children', 'children in residential care', 'funds 37 children in residential care', period=CUR),
    F(5900, 'gbp', 'other', 'average weekly cost of residential care', 'average of \u00a35,900 a week', period=CUR),
    F(64, 'count', 'looked_after_children', 'children with independent fostering agencies', '64 children with independent fostering agencies', period=CUR),
    F(50470000, 'gbp', 'other', 'net budget for Children\'s Services', 'in 2026/27 is \u00a350.47m'),
    F(7.6, 'percent', 'other', 'increase in the budget', 'an increase of 7.6%'),
    F(44380000, 'gbp', 'other', 'base budget 2025/26', '44,380', period=CUR),
    F(46915000, 'gbp', 'other', 'base budget 2026/27 (budget 2025/26)', '46,915'),
    F(2140000, 'gbp', 'other', 'placement demand 2025/26', '2,140', period=CUR),
    F(3260000, 'gbp', 'other', 'placement demand', '3,260'),
    F(1105000, 'gbp', 'other', 'pay and price inflation 2025/26', '1,105', period=CUR),
    F(1480000, 'gbp', 'other', 'pay and price inflation', '1,480'),
    F(-710000, 'gbp', 'other', 'savings 2025/26 (accounting brackets)', '(710)', period=CUR),
    F(-1190000, 'gbp', 'other', 'savings 2026/27 (table, accounting brackets)', '(1,190)'),
    F(50465000, 'gbp', 'other', 'budget 2026/27 (table, unrounded)', '50,465', optional=True),
    F(1190000, 'gbp', 'other', 'savings proposed', 'Savings of \u00a31.19m are proposed'),
    F(620000, 'gbp', 'other', 'saving from step-down to in-house foster care', '\u00a3620,000 from stepping children down'),
    F(6, 'count', 'looked_after_children', 'reduction in residential placements (target)', 'reduce residential placements by six', optional=True),
    F(18, 'months', 'other', 'period for the residential reduction', 'by six over 18 months'),
    F(2, 'count', 'other', 'in-house children\'s homes', 'Two in-house children\u2019s homes', optional=True),
    F(8, 'count', 'other', 'beds in the new homes', 'with eight beds between them', optional=True),
    F(3200000, 'gbp', 'other', 'capital allocation for the homes', 'capital allocation of \u00a33.2m'),
    F(112, 'count', 'other', 'approved in-house foster households', '112 approved households'),
    F(15, 'count', 'other', 'assumed net gain of foster households a year', 'net gain of 15 households a year', optional=True),
    F(4, 'percent', 'other', 'assumed placement growth a year', 'placement growth of 4% a year', period=P('2027-04-01', '2031-03-31', 'from 2027/28')),
    F(3, 'percent', 'other', 'assumed pay awards', 'pay awards of 3%', period=P('2027-04-01', '2031-03-31', 'from 2027/28')),
    F(58900000, 'gbp', 'other', 'Children\'s Services budget in 2030/31', 'would reach \u00a358.9m in 2030/31', period=P('2030-04-01', '2031-03-31', '2030/31')),
    F(48300000, 'gbp', 'other', 'Council-wide gap over five years', 'the gap over the five years of the plan is \u00a348.3m', period=P('2026-04-01', '2031-03-31', 'the five years of the plan')),
    F(14600000, 'gbp', 'other', 'gap in 2027/28', '\u00a314.6m falls in 2027/28', period=P('2027-04-01', '2028-03-31', '2027/28')),
    F(300000, 'gbp', 'other', 'cost of one additional residential placement a year', 'more than \u00a3300,000 a year', qualifier='more than'),
    F(2500000, 'gbp', 'other', 'placement volatility reserve', 'stands at \u00a32.5m'),
    F(1684, 'count', 'other', 'budget consultation responses', 'received 1,684 responses'),
    F(62, 'percent', 'other', 'respondents naming vulnerable children top priority', 'top priority for 62% of respondents'),
]
quotes = [
    Q('Keep the money going to the kids who have nobody else.', 'a consultation respondent',
      ['respondent', 'one respondent'], 'wrote'),
    Q('the budget does the right thing by children, but it cannot do everything', 'the Cabinet Member for Social Care',
      ['Cabinet Member for Social Care', 'Cabinet Member'], 'told'),
]
nf = ['2026/27 to 2030/31', 'Section 5', '18 February 2026', '\u00a3000', '10,000', '2027', '5.1.1', '5.4.2', '01632 960377',
      'the four years that follow']
gold(DOC, 'council_report', 'Medium-Term Financial Plan 2026/27 to 2030/31 - Section 5 Children\'s Services',
     'Caerphilly', None, Y, figs, nf, quotes, [], ['Caerphilly CBC | MTFP 2026/27 to 2030/31 | Section 5'],
     'SYNTHETIC (invented). A Welsh council\'s medium-term financial plan, the children\'s services section, to Cabinet '
     '(council_report). Record period: 2026/27, the budget year the plan sets (a budget document has the financial year its '
     'budget is for); current-year (2025/26), 31 March 2025 snapshots, 2024/25 activity and later plan years carry their own '
     'periods. The table is in \u00a3000 (x1,000); the 2026/27 column repeats the prose (\u00a33.26m demand only in the table; '
     'the 2026/27 base 46,915 equals the 2025/26 budget row, one fact annotated once as the 2026/27 base; the Budget row '
     '50,465 (optional) repeats \u00a350.47m rounded, left to the prose figure). Accounting brackets in the table are negative (\'(710)\' -> -710000, \'(1,190)\' -> -1190000); the prose \'Savings of \u00a31.19m\' is a separate positive figure. Welsh vocabulary: register -> child_protection_plans, '
     'care and support plans -> children_in_need, IAA contacts other, referrals social_care_referrals. Placement subsets '
     'keep looked_after_children; targets and planned homes/beds optional; \'18 months\' required duration. Partnership '
     'null (none named). Quotes: a consultation respondent (wrote), the Cabinet Member\'s fragment (told; role only).')
