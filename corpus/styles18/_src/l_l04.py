"""Writer l, l04: Fife Children's Services Plan 2023-2026, Year 3 annual report (Scotland; PDF, band over two columns).
A council and health board's statutory plan report -> council_report; period only from the scope sentence."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_l import styles, table, build_two_col, NOTE
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate
from reportlab.lib import colors
from reportlab.lib.units import mm

DOC = 'l04_fife_childrens_services_plan_year_3_annual_report.pdf'
S = styles('#00607a', size=9)
b, h1, h2, sm = S['body'], S['h1'], S['h2'], S['small']
story = []
A = story.append
A(Paragraph('Fife Children\'s Services Partnership', sm))
A(Paragraph("Children's Services Plan 2023-2026: Year 3 Annual Report", h1))
A(Paragraph('Prepared under Part 3 of the Children and Young People (Scotland) Act 2014 by Fife Council and NHS Fife. '
            'This report covers the third year of the plan, 1 April 2025 to 31 March 2026.', b))
band = Table([['1,412', '214', '18,940', '81%'],
              ['children looked after', 'children on the child protection register', 'children getting Scottish Child Payment',
               'care leavers in a positive destination']],
             colWidths=[42.5 * mm] * 4,
             style=TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 16), ('FONT', (0, 1), (-1, 1), 'Helvetica', 6.5),
                               ('TEXTCOLOR', (0, 0), (-1, 0), S['accent']), ('BOX', (0, 0), (-1, -1), 0.6, S['accent']),
                               ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
A(band)
A(NextPageTemplate('later'))
A(FrameBreak())
A(Paragraph('1. Keeping children safe', h2))
A(Paragraph('1.1 On 31 July 2025 there were 214 children on the child protection register in Fife, a rate of 3.5 per 1,000 '
            'children aged 0-15. The rate for Scotland was 2.4. During the year 298 children were registered and 312 '
            'were removed from the register. Re-registrations within 12 months made up 7% of registrations, compared with '
            '11% in 2024/25.', b))
A(Paragraph('1.2 Police, social work and health held 1,486 inter-agency referral discussions (IRDs), 10% more than the '
            '1,352 held in 2024/25. Since October 2025, every child interview has used the Scottish Child Interview Model.', b))
A(Paragraph('1.3 The Child Protection Committee considered three cases against the criteria for a learning review. It '
            'began one learning review and published one, begun the year before, which made nine recommendations for the '
            'partnership. Six of those are complete.', b))
A(Paragraph('2. Keeping The Promise', h2))
A(Paragraph('2.1 At 31 July 2025, 1,412 children and young people were looked after by Fife Council, down from 1,468 a year '
            'earlier. Table 1 shows where they were living.', b))
rows = [['Where living', 'Number', '%'],
        ['At home with parents', '438', '31%'],
        ['With kinship carers', '409', '29%'],
        ['With foster carers', '381', '27%'],
        ['In residential care', '127', '9%'],
        ['Other community', '57', '4%'],
        ['Total', '1,412', '100%']]
A(Paragraph('Table 1: Looked after children, 31 July 2025', sm))
A(table(rows, [44, 18, 14], S['accent'], zebra='#e6f2f5'))
A(Spacer(1, 2 * mm))
A(Paragraph('2.2 Of the 127 children in residential care, 46 were living in a house or school outside Fife. We opened one '
            'new four-bed house in Glenrothes in January 2026, and 58 young people were in continuing care at the end of '
            'March.', b))
A(Paragraph('2.3 In 2025/26, 81% of care leavers went on to a positive destination (education, training or work), '
            'against 86% for Scotland.', b))
q1 = "I moved five times in two years. This year I got to stay put, and that's the first time my school report says I'm doing well."
A(Table([[Paragraph('"' + q1 + '"', b)], [Paragraph('- member of the Fife Champions Board, aged 16', sm)]],
        colWidths=[78 * mm], style=TableStyle([('LINEBEFORE', (0, 0), (0, -1), 2, S['accent'])])))
A(Paragraph('3. Tackling child poverty', h2))
A(Paragraph('3.1 Around one in four children in Fife (24%) live in relative poverty after housing costs, according to the '
            'latest three-year estimate for 2022-25. In March 2026, 18,940 children were getting the Scottish Child Payment of '
            '£27.15 a week.', b))
A(Paragraph('3.2 The partnership spent £3.2m from the Whole Family Wellbeing Fund in 2025/26, of which £1.1m went to the '
            'family support hubs and £640,000 to money advice in schools. The money advice service helped 1,275 families '
            'claim a total of £2.9m in benefits they had not been receiving.', b))
A(Paragraph('4. Mental health and wellbeing', h2))
A(Paragraph('4.1 The Scottish standard is that 90% of children and young people start CAMHS treatment within 18 weeks of '
            'referral. In Fife 81% did in the year to March 2026, up from 68% the year before. The longest wait fell from '
            '52 weeks to 35 weeks.', b))
A(Paragraph('4.2 Counselling in schools was offered to 2,140 pupils; 76% said it helped.', b))
A(Paragraph('5. What people told us', h2))
A(Paragraph('5.1 Fife\'s Chief Social Work Officer, Alison Drummond-Kerr, said: "The numbers on the register are high '
            'because Fife registers early, not because Fife children are less safe. Our job for the next plan is to make '
            'sure fewer families need that door at all."', b))
A(Paragraph('5.2 Dr Roshan Batra, Associate Medical Director for Children at NHS Fife, said waiting times were '
            '"finally going the right way" but that the service still needed 11 more clinical posts.', b))
A(Paragraph('6. The next plan', h2))
A(Paragraph('6.1 Our next Children\'s Services Plan, for 2026-2029, will be published in June 2026. A draft went out '
            'for consultation to 3,400 children and young people through schools and youth groups.', b))
build_two_col(os.path.join(DIR, DOC), "Children's Services Plan 2023-2026: Year 3 Annual Report", 'Fife Council and NHS Fife', story,
              "Fife Children's Services Partnership | Children's Services Plan 2023-2026 | Year 3 Annual Report",
              'Fife Council / NHS Fife - published May 2026', 1, band_h=52)

PER = P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026')
J25 = P('2025-07-31', '2025-07-31', 'On 31 July 2025')
PY = P('2024-04-01', '2025-03-31', '2024/25')
o, CP, LAC = 'other', 'child_protection_plans', 'looked_after_children'
figs = [
    F(214, 'count', CP, 'children on the child protection register', 'there were 214 children on the child protection register in Fife', period=J25),
    F(3.5, 'rate_per_1000', CP, 'child protection register rate per 1,000 children aged 0-15, Fife', 'a rate of 3.5 per 1,000', period=J25),
    F(2.4, 'rate_per_1000', CP, 'child protection register rate per 1,000, Scotland', 'The rate for Scotland was 2.4', period=J25),
    F(298, 'count', CP, 'children registered during the year', 'During the year 298 children were registered'),
    F(312, 'count', CP, 'children removed from the register', '312 were removed from the register'),
    F(7, 'percent', CP, 're-registrations within 12 months as a share of registrations', 'made up 7% of registrations'),
    F(11, 'percent', CP, 're-registrations share, 2024/25', '11% in 2024/25', period=PY),
    F(1486, 'count', 'section_47_enquiries', 'inter-agency referral discussions held', 'held 1,486 inter-agency referral discussions (IRDs)'),
    F(10, 'percent', 'section_47_enquiries', 'rise in inter-agency referral discussions', '10% more than the'),
    F(1352, 'count', 'section_47_enquiries', 'inter-agency referral discussions, 2024/25', '1,352 held in 2024/25', period=PY),
    F(3, 'count', 'review_referrals', 'cases considered against the learning review criteria', 'considered three cases against the criteria for a learning review'),
    F(1, 'count', 'lcsprs_commissioned', 'learning reviews begun', 'It began one learning review'),
    F(1, 'count', 'lcsprs_published', 'learning reviews published', 'published one, begun the year before'),
    F(9, 'count', 'recommendations', 'recommendations of the published learning review', 'which made nine recommendations'),
    F(6, 'count', 'recommendations', 'recommendations complete', 'Six of those are complete'),
    F(1412, 'count', LAC, 'children and young people looked after by Fife Council', '1,412 children and young people were looked after by Fife Council', period=J25),
    F(1468, 'count', LAC, 'looked after children a year earlier', 'down from 1,468 a year earlier', period=P('2024-07-31', '2024-07-31', 'a year earlier')),
    F(438, 'count', LAC, 'looked after at home with parents', 'At home with parents 438 31%', period=J25),
    F(31, 'percent', LAC, 'share looked after at home with parents', 'At home with parents 438 31%', period=J25, optional=True),
    F(409, 'count', LAC, 'looked after with kinship carers', 'With kinship carers 409 29%', period=J25),
    F(29, 'percent', LAC, 'share with kinship carers', 'With kinship carers 409 29%', period=J25, optional=True),
    F(381, 'count', LAC, 'looked after with foster carers', 'With foster carers 381 27%', period=J25),
    F(27, 'percent', LAC, 'share with foster carers', 'With foster carers 381 27%', period=J25, optional=True),
    F(127, 'count', LAC, 'looked after in residential care', 'In residential care 127 9%', period=J25),
    F(9, 'percent', LAC, 'share in residential care', 'In residential care 127 9%', period=J25, optional=True),
    F(57, 'count', LAC, 'looked after in other community placements', 'Other community 57 4%', period=J25),
    F(4, 'percent', LAC, 'share in other community placements', 'Other community 57 4%', period=J25, optional=True),
    F(46, 'count', LAC, 'children in residential care living outside Fife', '46 were living in a house or school outside Fife', period=J25),
    F(4, 'count', o, 'beds in the new house in Glenrothes', 'new four-bed house in Glenrothes', optional=True),
    F(58, 'count', o, 'young people in continuing care at the end of March', '58 young people were in continuing care'),
    F(81, 'percent', o, 'care leavers in a positive destination', '81% of care leavers went on to a positive destination'),
    F(86, 'percent', o, 'care leavers in a positive destination, Scotland', 'against 86% for Scotland'),
    F(24, 'percent', o, 'children in relative poverty after housing costs', 'Around one in four children in Fife (24%)', period=P('2022-04-01', '2025-03-31', '2022-25')),
    F(25, 'percent', o, 'children in relative poverty (hedged restatement)', 'Around one in four children', qualifier='around', optional=True, period=P('2022-04-01', '2025-03-31', '2022-25')),
    F(18940, 'count', o, 'children getting the Scottish Child Payment', '18,940 children were getting the Scottish Child Payment', period=P('2026-03-01', '2026-03-31', 'In March 2026')),
    F(27.15, 'gbp', o, 'weekly Scottish Child Payment', '£27.15 a week'),
    F(3200000, 'gbp', o, 'Whole Family Wellbeing Fund spending', 'The partnership spent £3.2m from the Whole Family Wellbeing Fund'),
    F(1100000, 'gbp', o, 'Whole Family Wellbeing Fund spending on family support hubs', '£1.1m went to the family support hubs'),
    F(640000, 'gbp', o, 'spending on money advice in schools', '£640,000 to money advice in schools'),
    F(1275, 'count', o, 'families helped by the money advice service', 'helped 1,275 families'),
    F(2900000, 'gbp', o, 'benefits claimed with money advice', 'claim a total of £2.9m in benefits'),
    F(90, 'percent', o, 'Scottish CAMHS waiting-time standard', 'The Scottish standard is that 90% of children', optional=True),
    F(81, 'percent', o, 'children starting CAMHS treatment within 18 weeks', 'In Fife 81% did in the year to March 2026'),
    F(68, 'percent', o, 'children starting CAMHS treatment within 18 weeks, year before', 'up from 68% the year before', period=PY),
    F(52, 'weeks', o, 'longest CAMHS wait, year before', 'The longest wait fell from 52 weeks', period=PY),
    F(35, 'weeks', o, 'longest CAMHS wait', '52 weeks to 35 weeks'),
    F(2140, 'count', o, 'pupils offered counselling in schools', 'Counselling in schools was offered to 2,140 pupils'),
    F(76, 'percent', o, 'pupils who said counselling helped', '76% said it helped'),
    F(11, 'count', o, 'more clinical posts needed', 'still needed 11 more clinical posts'),
    F(3400, 'count', o, 'children and young people consulted on the draft plan', 'consultation to 3,400 children and young people'),
    F(5, 'count', o, 'moves in two years (inside a quote)', 'I moved five times in two years', optional=True),
    F(16, 'years', o, 'age of the Champions Board member', 'member of the Fife Champions Board, aged 16', optional=True),
]
nf = ['2023-2026', '2026-2029', 'Part 3', 'Children and Young People (Scotland) Act 2014', 'aged 0-15', 'within 12 months',
      'within 18 weeks', 'Since October 2025', 'January 2026', 'June 2026', 'Table 1', '1,412 100%', 'published May 2026', 'per 1,000', '1.1', '6.1']
quotes = [
    Q(q1, 'a Champions Board member', ['Champions Board', 'member of the Fife Champions Board'], None, role='member of the Fife Champions Board, aged 16'),
    Q('The numbers on the register are high because Fife registers early, not because Fife children are less safe. Our job for the next plan is to make sure fewer families need that door at all.',
      'Alison Drummond-Kerr', ['Drummond-Kerr', 'Alison Drummond-Kerr'], 'said', role="Fife's Chief Social Work Officer"),
    Q('finally going the right way', 'Roshan Batra', ['Batra', 'Dr Batra', 'Dr Roshan Batra'], 'said', role='Associate Medical Director for Children, NHS Fife'),
]
people = [{'name': 'Alison Drummond-Kerr', 'role': "Chief Social Work Officer, Fife Council"},
          {'name': 'Roshan Batra', 'role': 'Associate Medical Director for Children, NHS Fife'}]
bp = [NOTE, 'Page 1 of 1']
gold(DOC, 'council_report', "Children's Services Plan 2023-2026: Year 3 Annual Report", 'Fife', None, PER, figs, nf, quotes, people, bp,
     "Scotland. A statutory children's services plan annual report by the council and health board (council_report). Period only from the scope "
     "sentence (the plan's span 2023-2026 in the title is not the period). Partnership null: the children's services planning partnership is not a "
     "safeguarding partnership; the Child Protection Committee is only mentioned. Scottish conventions (from earlier READMEs): the register -> "
     "child_protection_plans (count, rate per 1,000 aged 0-15, Scotland comparator, registrations, removals, re-registration share); IRDs -> "
     "section_47_enquiries (the 10% rise takes that metric); learning reviews considered -> review_referrals, begun -> lcsprs_commissioned, "
     "published -> lcsprs_published; recommendations made and complete -> recommendations. Scottish statistics snapshots at 31 July 2025 carry "
     "that date as their period. Placement table: counts required looked_after_children, shares optional (count-with-percent), Total repeats "
     "1,412 and '100%' is not a figure. The stat band repeats prose values (mentions). 'Around one in four ... (24%)': 24 required with the "
     "2022-25 estimate period, 25 optional. CAMHS: the 90% standard optional, 'within 18 weeks' is a window inside the measure (not a figure). "
     "Pull quote with a dash line, cue null; the CSWO 'said:'; a doctor's fragment inside reported speech (required).")
