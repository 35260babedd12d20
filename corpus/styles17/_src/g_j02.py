"""j02: West Dunbartonshire Integration Joint Board annual performance report 2025/26, children and families chapter
(reportlab BaseDocTemplate: full-width title and key-figures band on page 1, then two text columns; KPI table).
Run: /work/wt/blind17/pdfgen-j/bin/python _src/g_j02.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_j import *
from reportlab.platypus import Paragraph, Spacer, KeepTogether, BaseDocTemplate, Frame, PageTemplate, FrameBreak, NextPageTemplate
from mk import F, P, Q, gold

DOC = 'j02_west_dunbartonshire_ijb_annual_performance_report_children.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#4b2e83')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']
b = ParagraphStyle('bj', parent=b, fontSize=9, leading=11.5)
HEADER = 'West Dunbartonshire Integration Joint Board | Annual Performance Report 2025/26'
FOOT = 'Chapter 5: Children and Families, and Justice'

band = table([['On the CP register', 'Looked after', 'IRDs held', 'In kinship care'],
              ['58', '498', '463', '41%'],
              ['at 31 March 2026', 'at 31 March 2026', 'up 9% on 2024/25', 'of looked after children']],
             [42.5, 42.5, 42.5, 42.5], S['accent'])
lac = table([['Where children live', '2024/25', '2025/26', '%'],
             ['At home with parents', '101', '96', '19%'],
             ['With kinship carers', '199', '204', '41%'],
             ['With foster carers', '161', '148', '30%'],
             ['In residential care', '60', '50', '10%'],
             ['Total', '521', '498', '100%']],
            [34, 15, 15, 11], S['accent'])
kpi = table([['Local indicator', '24/25', '25/26', 'Target'],
             ['3+ placement moves (%)', '6.1', '5.4', '5.0'],
             ['Hearing reports on time (%)', '71', '78', '75'],
             ['CAMHS in 18 wks (%)', '64', '72', '90'],
             ['Care leavers in aftercare', '214', '236', '-']],
            [40, 11, 11, 13], S['accent'])

story = [
    Paragraph('Chapter 5', h2),
    Paragraph('Children and Families, and Justice', h1),
    Paragraph('This annual performance report covers the period 1 April 2025 to 31 March 2026. It is published by West Dunbartonshire Integration Joint Board under section 42 of the Public Bodies (Joint Working) (Scotland) Act 2014; in West Dunbartonshire, children\u2019s health, care and justice services are delegated to the Board and delivered by the Health and Social Care Partnership.', sm),
    band, Spacer(1, 4),
    FrameBreak(),
    Paragraph('Keeping children safe', h2),
    Paragraph('At 31 March 2026 there were 58 children on the child protection register, a rate of 3.9 per 1,000 children aged 0-15, compared with 2.2 per 1,000 for Scotland at 31 July 2025. There were 74 registrations and 81 de-registrations during the year.', b),
    Paragraph('Police, health and social work held 463 inter-agency referral discussions, up 9% on the 425 held in 2024/25. Of the 131 initial child protection planning meetings, 88% took place within 28 calendar days of the IRD.', b),
    Paragraph('The Child Protection Committee considered three cases for a learning review. It notified the Care Inspectorate that two learning reviews had begun, and one learning review, started the previous year, was published in November 2025 with 11 recommendations.', b),
    Paragraph('Care and permanence', h2),
    Paragraph('At 31 March 2026, 498 children and young people were looked after, 17.9 per 1,000 children aged 0-17, against 12.7 per 1,000 for Scotland at 31 July 2025. Fewer children are in residential care than a year ago, and more are with kinship carers (Table 5.1).', b),
    lac, Spacer(1, 2),
    Paragraph('Table 5.1. Looked after children by placement type at 31 March.', sm),
    Paragraph('Permanence orders were granted for 23 children. There were 236 care leavers receiving aftercare, who remain eligible up to the age of 26.', b),
    Paragraph('One young person from the Champions Board told the Board: \u201cIt\u2019s the first time a worker has stayed with me for more than a year, and that changes everything.\u201d', b),
    Paragraph('Local performance indicators', h2),
    kpi, Spacer(1, 2),
    Paragraph('Table 5.2. Children\u2019s local indicators. A dash: no target set.', sm),
    Paragraph('Money', h2),
    Paragraph('The net budget for children\u2019s health, care and justice was \u00a328.6m, with an overspend of \u00a31.4m, mainly on external residential placements, which cost an average of \u00a35,960 a week. The Whole Family Wellbeing Fund contributed \u00a3310,000 towards family support in the year.', b),
    Paragraph('Justice social work', h2),
    Paragraph('Justice social work supervised 612 community payback orders, and 84% of unpaid work placements started within seven working days.', b),
    Paragraph('Looking ahead', h2),
    Paragraph('The Chief Officer, Fiona Baird, said: \u201cWe set out to keep more children with their families, and the shift towards kinship care shows that is happening. The pressure now is on mental health waiting times, and that is where the next year\u2019s effort has to go.\u201d', b),
    Paragraph('Contact: hscp.performance@west-dunbarton.example, 01632 960571.', sm),
]


def deco(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(20 * mm, 287 * mm, HEADER)
    c.drawString(20 * mm, 12 * mm, FOOT)
    c.drawRightString(190 * mm, 12 * mm, 'Page %d' % (doc.page + 36))
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


W, H = A4
top_h = 78 * mm
colw = (170 * mm - 8 * mm) / 2
first = [Frame(20 * mm, H - 18 * mm - top_h, 170 * mm, top_h, id='top'),
         Frame(20 * mm, 22 * mm, colw, H - 40 * mm - top_h, id='c1'),
         Frame(20 * mm + colw + 8 * mm, 22 * mm, colw, H - 40 * mm - top_h, id='c2')]
later = [Frame(20 * mm, 22 * mm, colw, H - 40 * mm, id='l1'), Frame(20 * mm + colw + 8 * mm, 22 * mm, colw, H - 40 * mm, id='l2')]
doc = BaseDocTemplate(OUT, pagesize=A4, title='Annual Performance Report 2025/26: Children and Families, and Justice',
                      author='West Dunbartonshire Integration Joint Board (synthetic)', subject=NOTE)
doc.addPageTemplates([PageTemplate('first', first, onPage=deco), PageTemplate('later', later, onPage=deco)])
story = [KeepTogether([x]) if isinstance(x, Paragraph) and x.style is b else x for x in story]
doc.build([NextPageTemplate('later')] + story)

PER = P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026')
PREV = P('2024-04-01', '2025-03-31', '2024/25')
SCOT = P('2025-07-31', '2025-07-31', '31 July 2025')
fig = [
    F(58, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'there were 58 children on the child protection register'),
    F(3.9, 'rate_per_1000', 'child_protection_plans', 'child protection register rate per 1,000 aged 0-15', 'a rate of 3.9 per 1,000 children aged 0-15'),
    F(2.2, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland comparator', 'compared with 2.2 per 1,000 for Scotland', period=SCOT),
    F(74, 'count', 'child_protection_plans', 'registrations on the child protection register', 'There were 74 registrations'),
    F(81, 'count', 'child_protection_plans', 'de-registrations from the child protection register', '81 de-registrations during the year'),
    F(463, 'count', 'section_47_enquiries', 'inter-agency referral discussions held', 'held 463 inter-agency referral discussions'),
    F(9, 'percent', 'section_47_enquiries', 'increase in IRDs on 2024/25', 'up 9% on the 425 held in 2024/25'),
    F(425, 'count', 'section_47_enquiries', 'IRDs held in 2024/25', 'the 425 held in 2024/25', period=PREV),
    F(131, 'count', 'other', 'initial child protection planning meetings', 'Of the 131 initial child protection planning meetings'),
    F(88, 'percent', 'other', 'initial CPPMs within 28 calendar days of the IRD', '88% took place within 28 calendar days'),
    F(3, 'count', 'review_referrals', 'cases considered for a learning review', 'considered three cases for a learning review'),
    F(2, 'count', 'lcsprs_commissioned', 'learning reviews begun', 'two learning reviews had begun'),
    F(1, 'count', 'lcsprs_published', 'learning review published', 'one learning review, started the previous year, was published'),
    F(11, 'count', 'recommendations', 'recommendations of the published learning review', 'with 11 recommendations'),
    F(498, 'count', 'looked_after_children', 'looked after children at 31 March 2026', '498 children and young people were looked after'),
    F(17.9, 'rate_per_1000', 'looked_after_children', 'looked after rate per 1,000 aged 0-17', '17.9 per 1,000 children aged 0-17'),
    F(12.7, 'rate_per_1000', 'looked_after_children', 'looked after rate, Scotland comparator', 'against 12.7 per 1,000 for Scotland', period=SCOT),
    F(41, 'percent', 'looked_after_children', 'share of looked after children in kinship care', 'With kinship carers 199 204 41%', optional=True),
    F(101, 'count', 'looked_after_children', 'looked after at home with parents, 2024/25', 'At home with parents 101 96', period=PREV),
    F(96, 'count', 'looked_after_children', 'looked after at home with parents', 'At home with parents 101 96'),
    F(19, 'percent', 'looked_after_children', 'share looked after at home with parents', 'At home with parents 101 96 19%', optional=True),
    F(199, 'count', 'looked_after_children', 'looked after with kinship carers, 2024/25', 'With kinship carers 199 204', period=PREV),
    F(204, 'count', 'looked_after_children', 'looked after with kinship carers', 'With kinship carers 199 204'),
    F(161, 'count', 'looked_after_children', 'looked after with foster carers, 2024/25', 'With foster carers 161 148', period=PREV),
    F(148, 'count', 'looked_after_children', 'looked after with foster carers', 'With foster carers 161 148'),
    F(30, 'percent', 'looked_after_children', 'share looked after with foster carers', 'With foster carers 161 148 30%', optional=True),
    F(60, 'count', 'looked_after_children', 'looked after in residential care, 2024/25', 'In residential care 60 50', period=PREV),
    F(50, 'count', 'looked_after_children', 'looked after in residential care', 'In residential care 60 50'),
    F(10, 'percent', 'looked_after_children', 'share looked after in residential care', 'In residential care 60 50 10%', optional=True),
    F(521, 'count', 'looked_after_children', 'looked after children, total 2024/25', 'Total 521 498', period=PREV),
    F(23, 'count', 'court_orders', 'permanence orders granted', 'Permanence orders were granted for 23 children'),
    F(236, 'count', 'other', 'care leavers receiving aftercare', 'There were 236 care leavers receiving aftercare'),
    F(26, 'years', 'other', 'upper age of aftercare eligibility', 'up to the age of 26', optional=True),
    F(6.1, 'percent', 'other', 'looked after children with 3+ placement moves, 2024/25', '3+ placement moves (%) 6.1 5.4', period=PREV),
    F(5.4, 'percent', 'other', 'looked after children with 3+ placement moves', '3+ placement moves (%) 6.1 5.4'),
    F(5.0, 'percent', 'other', 'placement moves target', '6.1 5.4 5.0', optional=True),
    F(71, 'percent', 'other', "Children's Hearing reports on time, 2024/25", 'Hearing reports on time (%) 71 78', period=PREV),
    F(78, 'percent', 'other', "Children's Hearing reports on time", 'Hearing reports on time (%) 71 78'),
    F(75, 'percent', 'other', 'Hearing reports target', '71 78 75', optional=True),
    F(64, 'percent', 'other', 'CAMHS patients seen within 18 weeks, 2024/25', 'CAMHS in 18 wks (%) 64 72', period=PREV),
    F(72, 'percent', 'other', 'CAMHS patients seen within 18 weeks', 'CAMHS in 18 wks (%) 64 72'),
    F(90, 'percent', 'other', 'CAMHS waiting target', '64 72 90', optional=True),
    F(214, 'count', 'other', 'care leavers in aftercare, 2024/25', 'Care leavers in aftercare 214 236', period=PREV),
    F(28600000, 'gbp', 'other', "net budget for children's health, care and justice", 'justice was \u00a328.6m'),
    F(1400000, 'gbp', 'other', "overspend on children's health, care and justice", 'with an overspend of \u00a31.4m'),
    F(5960, 'gbp', 'other', 'average weekly cost of external residential placement', 'cost an average of \u00a35,960 a week'),
    F(310000, 'gbp', 'other', 'Whole Family Wellbeing Fund contribution', 'contributed \u00a3310,000 towards family support'),
    F(612, 'count', 'other', 'community payback orders supervised', 'supervised 612 community payback orders'),
    F(84, 'percent', 'other', 'unpaid work placements started within seven working days', '84% of unpaid work placements started'),
    F(7, 'days', 'other', 'unpaid work start standard (working days)', 'within seven working days', optional=True),
]
nf = ['Chapter 5', 'section 42', '2014', 'Table 5.1', 'Table 5.2', 'aged 0-15', 'aged 0-17', '01632 960571', '28 calendar days', 'Page 37']
quotes = [
    Q('It\u2019s the first time a worker has stayed with me for more than a year, and that changes everything.', 'a care-experienced young person from the Champions Board',
      ['One young person from the Champions Board', 'young person', 'Champions Board'], 'told'),
    Q('We set out to keep more children with their families, and the shift towards kinship care shows that is happening. The pressure now is on mental health waiting times, and that is where the next year\u2019s effort has to go.',
      'Fiona Baird', ['Baird', 'The Chief Officer', 'Chief Officer'], 'said', role='Chief Officer, West Dunbartonshire Health and Social Care Partnership'),
]
people = [{'name': 'Fiona Baird', 'role': 'Chief Officer'}]
note = ("Integration Joint Board annual performance report, children and families chapter (Scotland; reportlab BaseDocTemplate: full-width title, scope line and key-figures band, then two columns, so plain "
        "extraction interleaves column lines; page numbers start at 37). Period from a scope sentence (1 April 2025 to 31 March 2026). Kind council_report (a statutory report of a joint board of the council and NHS board); "
        "partnership null (the Health and Social Care Partnership is not a safeguarding partnership; the Child Protection Committee is only mentioned). Scottish conventions: register count, rate per 1,000 aged 0-15, "
        "registrations and de-registrations are child_protection_plans; IRDs are section_47_enquiries (the 9% change keeps the metric); learning reviews considered = review_referrals, begun = lcsprs_commissioned, published = lcsprs_published; "
        "Scotland comparators at 31 July 2025 keep the metric with their own period. Band values repeat prose (58, 498, 463, 41%, 'up 9% on 2024/25'). Placement table: every count a figure keeping looked_after_children, "
        "2024/25 column with its own period, percentages optional (count required), the Total row's 100% not a figure and 498 repeating prose. Permanence orders = court_orders. Timeliness (88% within 28 days, 84% within seven working days) other; "
        "KPI table with abbreviated labels ('3+', '18 wks'), targets optional, a dash cell; aftercare 236 appears in prose and table; age 26 optional; \u00a3 amounts. Two quotes: an anonymous Champions Board young person ('told') and the Chief Officer.")
gold(DOC, 'council_report', 'Annual Performance Report 2025/26, Chapter 5: Children and Families, and Justice', 'West Dunbartonshire',
     None, PER, fig, nf, quotes, people, [HEADER, FOOT], note)
