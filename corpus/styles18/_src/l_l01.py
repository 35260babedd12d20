"""Writer l, l01: Staffordshire special guardianship support service annual report 2025/26 to the Corporate Parenting
Panel (PDF, 2 pages). In-house council service's annual report to a board -> council_report."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_l import styles, table, build, NOTE
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors
from reportlab.lib.units import mm

DOC = 'l01_staffordshire_special_guardianship_support_annual_report_2025_26.pdf'
S = styles('#5b2a6e')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']
story = []
A = story.append
A(Paragraph('Corporate Parenting Panel - 19 June 2026 - Agenda item 7', sm))
A(Paragraph('Special Guardianship Support Service: Annual Report 2025/26', h1))
A(Paragraph('Report of the Assistant Director, Children in Care and Permanence. Contact: Harriet Okonjo, Service Manager, '
            'Special Guardianship Support, 01632 960418, sgsupport@staffordshire-cc.example', sm))
A(Spacer(1, 3 * mm))
A(Paragraph('1. Purpose', h2))
A(Paragraph('1.1 This report tells the Panel how the Special Guardianship Support Service has supported children and their '
            'special guardians during the year, what it cost, and what we plan to change. It meets our duty under the '
            'Special Guardianship Regulations 2005 to keep support services under review.', b))
A(Paragraph('2. Summary', h2))
A(Paragraph('2.1 At 31 March 2026 the service was supporting 1,146 children living with 902 special guardian households, '
            'up from 1,071 children at 31 March 2025. Courts granted 131 new special guardianship orders to Staffordshire '
            'carers during the year. Of those children, 89 left care through the order; the rest were living with family '
            'under a child arrangements order or in private arrangements before the court made it.', b))
A(Paragraph('2.2 Grandparents make up 58% of our special guardians, aunts and uncles 22% and older siblings 6%. Almost a '
            'quarter (23%) of special guardians are aged 60 or over, which shapes the support they ask for.', b))
rows = [['Measure', '2024/25', '2025/26'],
        ['New special guardianship orders granted', '118', '131'],
        ['  of which the child left care', '74', '89'],
        ['Court-directed SG assessments completed', '162', '177'],
        ['Assessments filed on time (%)', '71%', '78%'],
        ['Referrals for post-order support', '188', '203'],
        ['Households receiving an allowance', '611', '648'],
        ['Children returning to care (placement ended)', '9', '7'],
        ['Annual reviews of support plans held', '540', '596']]
A(Paragraph('Table 1: Service activity', h2))
A(table(rows, [100, 30, 30], S['accent'], zebra='#f1eaf4'))
A(Spacer(1, 3 * mm))
A(Paragraph('3. Assessments', h2))
A(Paragraph('3.1 The team completed 177 court-directed special guardianship assessments, 15 more than the year before. '
            'The Public Law Outline expects an assessment to be filed within 12 weeks of instruction; 78% were, against '
            'our target of 85% and up from 71% in 2024/25. Most late assessments were for carers living outside the '
            'county, where checks with other councils take longer.', b))
A(Paragraph('3.2 In 19 cases our assessment did not support the application. The court made an order in four of them.', b))
A(Paragraph('4. Support after the order', h2))
A(Paragraph('4.1 We received 203 referrals for post-order support, up from 188. The most common requests were help '
            'with contact with birth parents (61 referrals), help with a child\'s behaviour (54) and financial advice (38). '
            'At the end of March 31 households were waiting for therapeutic support; the longest had waited 19 weeks.', b))
A(Paragraph('4.2 Fourteen peer support groups met 162 times across the county, and 37 special guardians completed our '
            'five-session course, Parenting Again.', b))
q1 = ('I took on my two grandsons at 61. Nobody tells you how tired you will be, or how angry the boys can be about '
      'their mum. The group is where I found out I was not the only one.')
A(Table([[Paragraph('"' + q1 + '"', ParagraphStyle_ := b)], [Paragraph('- a special guardian, Cannock peer group', sm)]],
        colWidths=[170 * mm], style=TableStyle([('BOX', (0, 0), (-1, -1), 0.8, S['accent']),
                                                 ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f7f2f9'))])))
A(Spacer(1, 2 * mm))
A(Paragraph('4.3 Twelve children living with special guardians were subject to a child protection plan at 31 March '
            '2026, and seven children returned to care during the year when their placement ended, compared with nine '
            'in 2024/25.', b))
A(Paragraph('5. Money', h2))
A(Paragraph('5.1 Special guardianship allowances cost £6.84m in 2025/26, paid to 648 households. The allowance is '
            'means-tested and is based on the fostering allowance, £197.55 a week for a child aged 11 to 15. A further '
            '£412,000 paid for support services, of which £96,000 came from the national Adoption and Special Guardianship '
            'Support Fund for therapy. The service has a team of 19.5 full-time equivalent staff, with an average caseload '
            'of 24 households.', b))
A(Paragraph('6. Views of special guardians', h2))
A(Paragraph('6.1 Our annual survey had 214 replies. 81% said they knew who to contact for help, up from 74% last year, '
            'but only 46% said the allowance review letter was easy to understand.', b))
A(Paragraph('6.2 Harriet Okonjo, Service Manager, said: "Special guardians are saving the council the cost of care every '
            'single day. The least we owe them is a reply within a week and support that does not stop at the court door."', b))
A(Paragraph('7. Plans for 2026/27', h2))
A(Paragraph('7.1 We will cut the wait for therapeutic support to no more than 12 weeks, recruit two family support '
            'workers, and move every allowance review onto a single annual date. Councillor Mark Fennimore, chair of the '
            'Panel, asked for a further report in six months.', b))
A(Paragraph('8. Recommendation', h2))
A(Paragraph('8.1 That the Panel notes the report and the plans in section 7.', b))
build(os.path.join(DIR, DOC), 'Special Guardianship Support Service: Annual Report 2025/26', 'Staffordshire County Council',
      story, 'Staffordshire County Council | Corporate Parenting Panel | Special Guardianship Support Service Annual Report 2025/26',
      'Agenda item 7 - 19 June 2026', 2)

PER = P('2025-04-01', '2026-03-31', '2025/26')
PY = P('2024-04-01', '2025-03-31', '2024/25')
o, CO, LAC, CP = 'other', 'court_orders', 'looked_after_children', 'child_protection_plans'
figs = [
    F(1146, 'count', o, 'children supported by the special guardianship support service at 31 March 2026', 'the service was supporting 1,146 children living with 902 special guardian households'),
    F(902, 'count', o, 'special guardian households supported', '1,146 children living with 902 special guardian households'),
    F(1071, 'count', o, 'children supported at 31 March 2025', 'up from 1,071 children at 31 March 2025', period=P('2025-03-31', '2025-03-31', 'at 31 March 2025')),
    F(131, 'count', CO, 'new special guardianship orders granted', 'Courts granted 131 new special guardianship orders to Staffordshire carers'),
    F(89, 'count', LAC, 'children who left care through a special guardianship order', 'Of those children, 89 left care through the order'),
    F(58, 'percent', o, 'share of special guardians who are grandparents', 'Grandparents make up 58% of our special guardians'),
    F(22, 'percent', o, 'share of special guardians who are aunts and uncles', 'aunts and uncles 22%'),
    F(6, 'percent', o, 'share of special guardians who are older siblings', 'older siblings 6%'),
    F(23, 'percent', o, 'share of special guardians aged 60 or over', 'Almost a quarter (23%) of special guardians are aged 60 or over'),
    F(25, 'percent', o, 'share of special guardians aged 60 or over (hedged restatement)', 'Almost a quarter (23%)', qualifier='almost', optional=True),
    F(118, 'count', CO, 'new special guardianship orders granted, 2024/25', 'New special guardianship orders granted 118 131', period=PY),
    F(74, 'count', LAC, 'children who left care through an order, 2024/25', 'of which the child left care 74 89', period=PY),
    F(162, 'count', o, 'court-directed special guardianship assessments completed, 2024/25', 'Court-directed SG assessments completed 162 177', period=PY),
    F(177, 'count', o, 'court-directed special guardianship assessments completed', 'The team completed 177 court-directed special guardianship assessments'),
    F(15, 'count', o, 'increase in assessments completed', '15 more than the year before', optional=True),
    F(71, 'percent', o, 'assessments filed on time, 2024/25', 'up from 71% in 2024/25', period=PY),
    F(78, 'percent', o, 'assessments filed within 12 weeks', '78% were, against our target of 85%'),
    F(85, 'percent', o, 'target for assessments filed on time', 'against our target of 85%', optional=True),
    F(12, 'weeks', o, 'Public Law Outline timescale for filing an assessment', 'filed within 12 weeks of instruction'),
    F(19, 'count', o, 'assessments that did not support the application', 'In 19 cases our assessment did not support the application'),
    F(4, 'count', CO, 'orders made despite a negative assessment', 'The court made an order in four of them'),
    F(203, 'count', o, 'referrals for post-order support', 'We received 203 referrals for post-order support'),
    F(188, 'count', o, 'referrals for post-order support, 2024/25', 'up from 188. The most common', period=PY),
    F(61, 'count', o, 'referrals for help with contact with birth parents', 'contact with birth parents (61 referrals)'),
    F(54, 'count', o, "referrals for help with a child's behaviour", "help with a child's behaviour (54)"),
    F(38, 'count', o, 'referrals for financial advice', 'financial advice (38)'),
    F(31, 'count', o, 'households waiting for therapeutic support at the end of March', 'At the end of March 31 households were waiting for therapeutic support'),
    F(19, 'weeks', o, 'longest wait for therapeutic support', 'the longest had waited 19 weeks'),
    F(14, 'count', o, 'peer support groups', 'Fourteen peer support groups met 162 times'),
    F(162, 'count', o, 'peer support group meetings', 'Fourteen peer support groups met 162 times'),
    F(37, 'count', o, 'special guardians who completed the course', '37 special guardians completed our'),
    F(12, 'count', CP, 'children living with special guardians subject to a child protection plan', 'Twelve children living with special guardians were subject to a child protection plan'),
    F(7, 'count', LAC, 'children who returned to care when their placement ended', 'seven children returned to care during the year'),
    F(9, 'count', LAC, 'children who returned to care, 2024/25', 'compared with nine in 2024/25', period=PY),
    F(611, 'count', o, 'households receiving an allowance, 2024/25', 'Households receiving an allowance 611 648', period=PY),
    F(648, 'count', o, 'households receiving a special guardianship allowance', 'paid to 648 households'),
    F(540, 'count', o, 'annual reviews of support plans held, 2024/25', 'Annual reviews of support plans held 540 596', period=PY),
    F(596, 'count', o, 'annual reviews of support plans held', 'Annual reviews of support plans held 540 596'),
    F(6840000, 'gbp', o, 'cost of special guardianship allowances', 'Special guardianship allowances cost £6.84m in 2025/26'),
    F(197.55, 'gbp', o, 'weekly fostering allowance for a child aged 11 to 15', '£197.55 a week for a child aged 11 to 15'),
    F(11, 'years', o, 'allowance age band, lower bound', 'a child aged 11 to 15', optional=True),
    F(15, 'years', o, 'allowance age band, upper bound', 'a child aged 11 to 15', optional=True),
    F(412000, 'gbp', o, 'spending on support services', '£412,000 paid for support services'),
    F(96000, 'gbp', o, 'Adoption and Special Guardianship Support Fund money for therapy', '£96,000 came from the national Adoption and Special Guardianship'),
    F(19.5, 'count', o, 'full-time equivalent staff in the team', 'a team of 19.5 full-time equivalent staff'),
    F(24, 'count', o, 'average caseload in households', 'an average caseload\nof 24 households'.replace('\n', ' ')),
    F(214, 'count', o, 'survey replies', 'Our annual survey had 214 replies'),
    F(81, 'percent', o, 'special guardians who knew who to contact for help', '81% said they knew who to contact for help'),
    F(74, 'percent', o, 'special guardians who knew who to contact, last year', 'up from 74% last year', period=PY),
    F(46, 'percent', o, 'special guardians who found the allowance review letter easy to understand', 'only 46% said the allowance review letter'),
    F(12, 'weeks', o, 'planned maximum wait for therapeutic support (2026/27 aim)', 'no more than 12 weeks', qualifier='no more than', optional=True, period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(2, 'count', o, 'family support workers to be recruited', 'recruit two family support workers', optional=True, period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(61, 'years', o, "the special guardian's age when she took on her grandsons (inside a quote)", 'I took on my two grandsons at 61', optional=True),
    F(1, 'weeks', o, 'a reply within a week (inside a quote)', 'The least we owe them is a reply within a week', optional=True),
    F(5, 'count', o, 'sessions in the Parenting Again course', 'five-session course', optional=True),
]
nf = ['19 June 2026', 'Agenda item 7', '01632 960418', 'Special Guardianship Regulations 2005', '31 March 2026',
      'Table 1', 'section 7', 'in six months', 'Page 1 of 2', '1.1', '8.1']
quotes = [
    Q(q1, 'a special guardian', ['special guardian'], None, role='special guardian, Cannock peer group'),
    Q('Special guardians are saving the council the cost of care every single day. The least we owe them is a reply within a week and support that does not stop at the court door.',
      'Harriet Okonjo', ['Okonjo', 'Harriet Okonjo'], 'said', role='Service Manager, Special Guardianship Support'),
]
people = [{'name': 'Harriet Okonjo', 'role': 'Service Manager, Special Guardianship Support'},
          {'name': 'Mark Fennimore', 'role': 'chair of the Corporate Parenting Panel'}]
bp = [NOTE, 'Page 1 of 2', 'Page 2 of 2']
gold(DOC, 'council_report', 'Special Guardianship Support Service: Annual Report 2025/26', 'Staffordshire', None, PER, figs, nf, quotes, people, bp,
     "An in-house council service's annual report to the Corporate Parenting Panel (council_report). Period from the title (2025/26). "
     "Partnership null: no safeguarding partnership is the subject. Table 1's 2024/25 column carries its own period; the 2025/26 column repeats prose. "
     "Conventions: special guardianship orders granted -> court_orders (orders made); children who left care through an order and children who "
     "returned to care -> looked_after_children (the subset takes the metric of its defining property); children with special guardians on a CP plan "
     "-> child_protection_plans; carer shares, assessments, referrals to this service (not to children's social care), money -> other. "
     "'Almost a quarter (23%)' -> 23 required, 25 optional. 'within 12 weeks' is the PLO standard (required); targets and 2026/27 plans optional. "
     "Age band '11 to 15' two optional figures. 'at 61' inside the quote is a carer's age: optional (numbers inside quotes optional). "
     "The pull quote attributed by a dash line has cue null.")
