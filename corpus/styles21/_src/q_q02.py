"""Writer q, q02: a Welsh council's Families First programme annual report (Denbighshire), PDF, numbered paragraphs,
key-messages box, two tables; no quotes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_q import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

DOC = 'q02_denbighshire_families_first_annual_report.pdf'
S = styles('#00703c', font='Times-Roman', size=10)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
NUM = ParagraphStyle('num', parent=B, leftIndent=22, firstLineIndent=-22)
WEL = ParagraphStyle('wel', parent=SM, fontName='Times-Italic', fontSize=9, textColor=colors.HexColor('#555555'))


def n(num, t):
    return Paragraph('%s&nbsp;&nbsp;&nbsp;%s' % (num, t), NUM)


cover = Table([[Paragraph('<font color="white" size=9>Denbighshire County Council | Cyngor Sir Ddinbych</font>', SM)],
               [Paragraph('<font color="white" size=17><b>Families First Annual Report</b></font>', H1)],
               [Paragraph('<font color="white" size=9>Report to the Performance Scrutiny Committee | Agenda item 7 | 12 November 2026</font>', SM)]],
              colWidths=[170 * mm])
cover.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('LEFTPADDING', (0, 0), (-1, -1), 10),
                           ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, -1), (-1, -1), 8)]))

keybox = Table([[Paragraph('<b>Key messages</b>', B)],
                [Paragraph('\u2022 704 referrals to the Team Around the Family, up 7%.<br/>'
                           '\u2022 388 families (1,021 children) had a TAF plan.<br/>'
                           '\u2022 93% of families were allocated a key worker within 10 working days.<br/>'
                           '\u2022 71% of closed cases ended with the family\u2019s goals met.', B)]],
               colWidths=[170 * mm])
keybox.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eaf5ee'))]))

srcs = table([['Referral source', 'Referrals', 'Share'],
              ['Schools', '289', '41%'],
              ['Health (health visitors, GPs, CAMHS)', '127', '18%'],
              ['Self or family', '106', '15%'],
              ['Children\u2019s services step-down', '84', '12%'],
              ['Other agencies', '98', '14%'],
              ['Total', '704', '100%']], [85, 30, 25], A, zebra='#f2f8f4')

spend = table([['Project', 'Spend (\u00a3)'],
               ['Team Around the Family', '1,126,400'],
               ['Parenting support', '412,800'],
               ['Youth support', '386,200'],
               ['Disability support', '298,600'],
               ['Commissioning and management', '186,000'],
               ['Total', '2,410,000']], [85, 40], A, zebra='#f2f8f4')

story = [
    cover, Spacer(1, 8),
    Paragraph('1. Purpose of the report', H2), Paragraph('Diben yr adroddiad', WEL),
    n('1.1', 'To give the Committee an account of the Families First programme in Denbighshire, and of how it supports '
      'families before their needs reach the threshold for statutory children\u2019s services.'),
    n('1.2', 'This report covers the financial year 1 April 2025 to 31 March 2026. Families First is funded by the Welsh '
      'Government through the Children and Communities Grant.'),
    Spacer(1, 4), keybox, Spacer(1, 4),
    Paragraph('2. Team Around the Family', H2), Paragraph('T\u00eem o Amgylch y Teulu', WEL),
    n('2.1', 'The Team Around the Family (TAF) received 704 referrals in the year, compared with 655 in 2024-25, an '
      'increase of 7%. Table 1 shows where they came from. Schools remain the largest source.'),
    Paragraph('<b>Table 1: TAF referrals by source, 2025-26</b>', SM), srcs, Spacer(1, 4),
    n('2.2', 'Of the 704 referrals, 612 led to a Joint Assessment Family Framework (JAFF) assessment. 388 families, with '
      '1,021 children between them, went on to have a TAF plan; the rest were signposted to universal services.'),
    n('2.3', 'The Welsh Government standard is that a family is allocated a key worker within 10 working days of the '
      'referral being accepted. This was achieved for 93% of families (88% in 2024-25).'),
    n('2.4', 'TAF closed 341 cases. In 71% the family\u2019s own goals were met, measured by the distance travelled tool; '
      'support lasted an average of 5.4 months.'),
    n('2.5', 'Families First and children\u2019s services work as a single continuum. 84 families were stepped down from '
      'children\u2019s services to TAF in the year, and 37 families were stepped up to children\u2019s services through '
      'the Information, Advice and Assistance (IAA) service when TAF workers became worried about a child\u2019s safety.'),
    Paragraph('3. Parenting, youth and disability support', H2), Paragraph('Cymorth rhianta, ieuenctid ac anabledd', WEL),
    n('3.1', 'The parenting team ran 26 group courses. 214 parents completed a course, and 89% of them showed an improved '
      'score on the parenting scale used at the start and the end.'),
    n('3.2', 'Youth support projects worked with 1,140 young people aged 11 to 25. 46 young people at risk of becoming '
      'NEET were supported into education, employment or training.'),
    n('3.3', 'The disability project supported 163 children and young people with a disability who do not meet the '
      'threshold for the Children with Disabilities Team, including 58 with a diagnosis of autism.'),
]

story2 = [
    Paragraph('4. Safeguarding context', H2), Paragraph('Cyd-destun diogelu', WEL),
    n('4.1', 'The programme sits alongside statutory services whose demand is reported to Members each quarter. At 31 March '
      '2026 there were 74 children on the child protection register in Denbighshire, compared with 82 a year earlier. 312 '
      'children had a care and support plan and 193 children were looked after.'),
    n('4.2', 'Denbighshire looks after 108 children per 10,000, below the Wales rate of 113 per 10,000. Children\u2019s '
      'services received 2,386 contacts that became referrals through IAA.'),
    n('4.3', 'In June 2025 the North Wales Safeguarding Board published a concise child practice review about a '
      'Denbighshire family that had had TAF support before the child was placed on the register. The review made 5 '
      'recommendations, 2 of them for Families First: that TAF workers ask about every adult in the household, and that '
      'step-up to IAA is discussed with a manager within 24 hours. Both have been completed.'),
    Paragraph('5. Finance', H2), Paragraph('Cyllid', WEL),
    n('5.1', 'The Families First allocation for 2025-26 was \u00a32.41m, all of which was spent (Table 2). The programme '
      'employs 38 FTE staff across the council and four commissioned providers.'),
    Paragraph('<b>Table 2: Families First spend, 2025-26</b>', SM), spend, Spacer(1, 4),
    n('5.2', 'The indicative allocation for 2026-27 is \u00a32.47m, an increase of 2.5%.'),
    Paragraph('6. Recommendation', H2), Paragraph('Argymhelliad', WEL),
    n('6.1', 'That the Committee notes the report and considers whether it wishes to receive a further report on the '
      'step-up and step-down arrangements in 12 months.'),
    Spacer(1, 6),
    Paragraph('Report author: Families First Co-ordinator, Education and Children\u2019s Services. Contact: 01632 960274. '
              'Background papers: none.', SM),
]

build(os.path.join(DIR, DOC), 'Families First Annual Report', 'Denbighshire County Council', story + story2,
      'Performance Scrutiny Committee | 12 November 2026 | Item 7', 'Denbighshire County Council', 2)

per = P('2025-04-01', '2026-03-31')
prev = P('2024-04-01', '2025-03-31')
figs = [
    F(704, 'count', 'other', 'referrals to the Team Around the Family', 'received 704 referrals in the year'),
    F(655, 'count', 'other', 'TAF referrals in 2024-25', 'compared with 655 in 2024-25', period=prev),
    F(7, 'percent', 'other', 'increase in TAF referrals', 'an increase of 7%'),
    F(289, 'count', 'other', 'TAF referrals from schools', 'Schools 289'),
    F(41, 'percent', 'other', 'share of TAF referrals from schools', 'Schools 289 41%', optional=True),
    F(127, 'count', 'other', 'TAF referrals from health', 'CAMHS) 127'),
    F(18, 'percent', 'other', 'share of TAF referrals from health', '127 18%', optional=True),
    F(106, 'count', 'other', 'TAF referrals from self or family', 'Self or family 106'),
    F(15, 'percent', 'other', 'share of TAF referrals from self or family', 'Self or family 106 15%', optional=True),
    F(84, 'count', 'other', 'families stepped down from children\u2019s services to TAF', '84 families were stepped down'),
    F(12, 'percent', 'other', 'share of TAF referrals stepped down', 'step-down 84 12%', optional=True),
    F(98, 'count', 'other', 'TAF referrals from other agencies', 'Other agencies 98'),
    F(14, 'percent', 'other', 'share of TAF referrals from other agencies', 'Other agencies 98 14%', optional=True),
    F(612, 'count', 'other', 'JAFF assessments', '612 led to a Joint Assessment Family Framework'),
    F(388, 'count', 'other', 'families with a TAF plan', '388 families, with 1,021 children'),
    F(1021, 'count', 'other', 'children in families with a TAF plan', 'with 1,021 children between them'),
    F(10, 'days', 'other', 'key worker allocation standard (working days)', 'allocated a key worker within 10 working days of the referral'),
    F(93, 'percent', 'other', 'families allocated a key worker within 10 working days', 'This was achieved for 93% of families'),
    F(88, 'percent', 'other', 'families allocated a key worker in time in 2024-25', '(88% in 2024-25)', period=prev),
    F(341, 'count', 'other', 'TAF cases closed', 'TAF closed 341 cases'),
    F(71, 'percent', 'other', 'closed cases with the family\u2019s goals met', 'In 71% the family\u2019s own goals were met'),
    F(5.4, 'months', 'other', 'average length of TAF support', 'an average of 5.4 months'),
    F(37, 'count', 'social_care_referrals', 'families stepped up to children\u2019s services through IAA', '37 families were stepped up to children\u2019s services'),
    F(26, 'count', 'other', 'parenting group courses', 'ran 26 group courses'),
    F(214, 'count', 'other', 'parents who completed a course', '214 parents completed a course'),
    F(89, 'percent', 'other', 'parents with an improved parenting score', '89% of them showed an improved score'),
    F(1140, 'count', 'other', 'young people worked with by youth support', 'worked with 1,140 young people'),
    F(11, 'years', 'other', 'youth support age range lower bound', 'aged 11 to 25', optional=True),
    F(25, 'years', 'other', 'youth support age range upper bound', 'aged 11 to 25', optional=True),
    F(46, 'count', 'other', 'young people at risk of NEET supported into EET', '46 young people at risk of becoming NEET'),
    F(163, 'count', 'other', 'children supported by the disability project', 'supported 163 children and young people'),
    F(58, 'count', 'other', 'children with a diagnosis of autism', 'including 58 with a diagnosis of autism'),
    F(74, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', '74 children on the child protection register'),
    F(82, 'count', 'child_protection_plans', 'children on the register a year earlier', 'compared with 82 a year earlier', period=P('2025-03-31', '2025-03-31')),
    F(312, 'count', 'children_in_need', 'children with a care and support plan', '312 children had a care and support plan'),
    F(193, 'count', 'looked_after_children', 'children looked after', '193 children were looked after'),
    F(108, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000', 'looks after 108 children per 10,000'),
    F(113, 'rate_per_10000', 'looked_after_children', 'Wales rate of children looked after per 10,000', 'the Wales rate of 113 per 10,000'),
    F(2386, 'count', 'social_care_referrals', 'contacts that became referrals through IAA', 'received 2,386 contacts that became referrals'),
    F(1, 'count', 'lcsprs_published', 'concise child practice review published', 'published a concise child practice review'),
    F(5, 'count', 'recommendations', 'review recommendations', 'The review made 5 recommendations'),
    F(2, 'count', 'recommendations', 'review recommendations for Families First', '2 of them for Families First'),
    F(24, 'count', 'other', 'step-up discussion timescale (hours)', 'within 24 hours', optional=True),
    F(2410000, 'gbp', 'other', 'Families First allocation 2025-26', 'allocation for 2025-26 was \u00a32.41m'),
    F(38, 'count', 'other', 'FTE staff employed by the programme', 'employs 38 FTE staff'),
    F(1126400, 'gbp', 'other', 'spend on Team Around the Family', 'Team Around the Family 1,126,400'),
    F(412800, 'gbp', 'other', 'spend on parenting support', 'Parenting support 412,800'),
    F(386200, 'gbp', 'other', 'spend on youth support', 'Youth support 386,200'),
    F(298600, 'gbp', 'other', 'spend on disability support', 'Disability support 298,600'),
    F(186000, 'gbp', 'other', 'spend on commissioning and management', 'Commissioning and management 186,000'),
    F(2470000, 'gbp', 'other', 'indicative allocation 2026-27', 'The indicative allocation for 2026-27 is \u00a32.47m', period=P('2026-04-01', '2027-03-31')),
    F(2.5, 'percent', 'other', 'increase in allocation for 2026-27', 'an increase of 2.5%', period=P('2026-04-01', '2027-03-31')),
]
gold(DOC, 'council_report', 'Families First Annual Report', 'Denbighshire', 'North Wales Safeguarding Board', per, figs,
     ['1 April 2025', '31 March 2026', '12 November 2026', 'Agenda item 7', 'Item 7', '2025-26', '2024-25', '2026-27',
      'Table 1', 'Table 2', '100%', 'June 2025', 'four commissioned providers', '12 months', '01632 960274', '10,000',
      '1.1', '6.1'],
     [], [],
     ['Denbighshire County Council | Cyngor Sir Ddinbych', 'Performance Scrutiny Committee | 12 November 2026 | Item 7'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A Welsh council\'s Families First (Welsh Government '
     'early intervention programme) annual report to a scrutiny committee: green cover band, numbered paragraphs, Welsh '
     'italic subheadings, a key-messages box that repeats prose figures (mentions), a referral-source table and a spend '
     'table in whole pounds. No quotes. Period from the scope sentence in 1.2 ("1 April 2025 to 31 March 2026"); the title '
     'has no year. TAF referrals are not referrals to social care (other); referral-source shares optional (count (percent)); '
     'the Total rows repeat 704 and £2.41m (mentions). Step-down families are a source of TAF referrals (the table row and '
     'the prose are one fact). Step-up to children\'s services through IAA -> social_care_referrals; contacts that became '
     'referrals -> social_care_referrals. Key worker standard: the 10 working days and the 93% share are both required '
     '(ruling 1/6). Wales conventions: child protection register -> child_protection_plans (a year earlier own snapshot); '
     'care and support plans -> children_in_need; looked after count and rate with the Wales comparator; concise child '
     'practice review published by the North Wales Safeguarding Board -> lcsprs_published, partnership per ruling 2; its 5 '
     'recommendations and the 2 for Families First (recommendations). "within 24 hours" optional (hours). Age band optional. '
     '2026-27 allocation and increase carry their own period. The "12 months" for a further report is a time point, not a figure.')
