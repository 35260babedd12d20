"""Writer t, t05: County Durham Children and Young People's Plan 2026-2029, PDF, 2 pages, title band over two columns,
an 'at a glance' comparator table inside a column, boxed young people's voices. No record period (a plan)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_t import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import NextPageTemplate

DOC = 't05_county_durham_children_and_young_peoples_plan_2026_2029.pdf'
S = styles('#00694a', size=8.8)
B, H2, SM, H1, CELL = S['body'], S['h2'], S['small'], S['h1'], S['cell']
A = S['accent']
VQ = ParagraphStyle('vq', parent=B, fontName='Helvetica-Oblique', fontSize=9, leading=12, textColor=A)


def p(t):
    return Paragraph(t, B)


def voice(text, who):
    t = Table([[Paragraph(text, VQ)], [Paragraph(who, SM)]], colWidths=[78 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e6f2ee')),
                           ('LINEBEFORE', (0, 0), (0, -1), 3, A), ('LEFTPADDING', (0, 0), (-1, -1), 7)]))
    return t


band = [
    Paragraph('County Durham Children and Young People\u2019s Partnership', SM),
    Paragraph('Growing up in County Durham', H1),
    Paragraph('<b>Children and Young People\u2019s Plan 2026\u20132029</b>', ParagraphStyle('t2', parent=H2, fontSize=13)),
    Paragraph('Agreed by the County Durham Health and Wellbeing Board, 16 September 2026. Version 1.0.', SM),
    FrameBreak(),
]

glance = table([['Measure', 'Durham', 'North East', 'England'],
                ['Children aged 0-17', '104,800', '\u2013', '\u2013'],
                ['Child poverty (after housing)', '31%', '35%', '31%'],
                ['Children in need per 10,000', '347', '412', '333'],
                ['CP plans per 10,000', '46.4', '59.0', '41.6'],
                ['Looked after per 10,000', '104.6', '111.0', '70.0'],
                ['Good development, age 5', '66%', '66%', '68%'],
                ['Year 6 obesity', '25.1%', '25.5%', '22.1%'],
                ['Smoking at delivery', '12.4%', '11.0%', '7.4%'],
                ['16-17s NEET or not known', '5.8%', '6.4%', '5.4%']],
               [38, 14, 16, 14], A, zebra='#eef6f3')
glance.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 7.2), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 7.2)]))
rows = glance._cellvalues
for r in range(1, len(rows)):
    rows[r][0] = Paragraph(rows[r][0], ParagraphStyle('gl', parent=SM, fontSize=7.2, leading=8.6))

story = band + [
    Paragraph('Foreword', H2),
    p('This plan belongs to every organisation in County Durham that works with children, young people and families, and '
      'it was shaped by the children and young people who told us what growing up here is like. It replaces our plan for '
      '2022\u20132025. We are proud of what has improved, and honest about what has not: too many children still grow up in '
      'poverty, and too many come into care. Over the next three years we will focus on four priorities, and we will report '
      'progress to the Health and Wellbeing Board every year. <i>Councillor Tom Ashworth, Cabinet Portfolio Holder for '
      'Children and Young People\u2019s Services, and Karen Mellor, Corporate Director of Children and Young People\u2019s '
      'Services</i>'),
    Paragraph('County Durham at a glance', H2),
    Paragraph('Table 1: latest published data (2024/25 unless stated; population mid-2025)', SM),
    glance,
    Spacer(1, 4),
    Paragraph('Where we are now', H2),
    p('At 31 March 2026 there were 3,641 children in need in County Durham, 486 children on a child protection plan and '
      '1,096 children in care. Children\u2019s social care received 9,880 referrals in 2025/26, and 19% were re-referrals '
      'within 12 months of a previous referral. We support 612 care leavers aged 18 to 25.'),
    p('Family Hubs and early help teams supported 4,212 families in 2025/26. 4,120 children and young people have an '
      'education, health and care plan. 58% of new plans were issued within the statutory 20 weeks, against 46% in England.'),
    p('The Durham Safeguarding Children Partnership published two local child safeguarding practice reviews in 2025/26. '
      'Both found that agencies knew about the family\u2019s money worries and poor housing but did not see them as part of '
      'the risk to the child. Between them the two reviews made 11 recommendations, and they shaped Priority 1 of this plan.'),
    p('First-time entrants to the youth justice system fell to 92 in 2025, from 118 in 2023. The average wait for a first '
      'appointment with children\u2019s mental health services is 14 weeks.'),
    Paragraph('What children and young people told us', H2),
    p('3,146 children and young people aged 8 to 19 took part in our Big Conversation survey in spring 2026. 61% said they '
      'feel safe in their local area, and 23% said there is nowhere for them to go in the evenings. One in three (34%) said '
      'they sometimes worry about money at home.'),
    voice('\u201cI want somewhere to go at night that isn\u2019t the bus station. Everyone ends up there because there\u2019s '
          'nowhere else.\u201d', '\u2013 Young person, 15, Stanley'),
    Spacer(1, 4),
    voice('\u201cMy social worker changed three times in a year. Every time I had to tell my story again.\u201d',
          '\u2013 Young person in care, 13'),
    Spacer(1, 4),
    NextPageTemplate('later'),
    Paragraph('Our four priorities', H2),
    Paragraph('<b>Priority 1: Safe at home and in the community</b>', B),
    p('24% of child protection plans that started in 2025/26 were for a child who had been on a plan before. We will bring '
      'this below 20% by 2029 by working with families\u2019 money and housing problems as part of the plan, not after it.'),
    p('There are 228 council foster carer households. We want 260 by 2029, so that more children can stay close to home. '
      'At 31 March 2026, 171 children in care lived more than 20 miles from County Durham; we aim to halve that number.'),
    Paragraph('<b>Priority 2: Healthy from the start</b>', B),
    p('We will reduce smoking at the time of delivery to 9% and raise breastfeeding at 6 to 8 weeks from 38% to 45%.'),
    Paragraph('<b>Priority 3: Learning and achieving</b>', B),
    p('We will raise the share of children with a good level of development at age 5 to 70%, and make sure 75% of new '
      'education, health and care plans are issued on time by 2028.'),
    Paragraph('<b>Priority 4: Heard and involved</b>', B),
    p('Every partner will sign up to the Lundy model of participation, and the Children in Care Council will meet the '
      'Partnership twice a year.'),
    Paragraph('Resources', H2),
    p('The council\u2019s net budget for children and young people\u2019s services is \u00a3178.6 million in 2026/27. '
      'County Durham will receive \u00a34.2 million of Family Hubs and Start for Life funding between 2025 and 2028.'),
    p('A parent who took part in a Family Hub focus group in Spennymoor told us: \u201cThe hub is the first place I\u2019ve '
      'asked for help and not felt judged. I wish I\u2019d gone two years earlier.\u201d'),
    Paragraph('How we will know', H2),
    p('The Partnership will publish a progress report every autumn, with the measures in Table 1 and the four priorities. '
      'Contact the Partnership team on 01632 960715 or cypp@durham.example.'),
]

build_two_col(os.path.join(DIR, DOC), 'County Durham Children and Young People\u2019s Plan 2026-2029',
              'County Durham Children and Young People\u2019s Partnership', story,
              'Growing up in County Durham | Children and Young People\u2019s Plan 2026\u20132029',
              'County Durham Children and Young People\u2019s Partnership', 2, band_h=34)

y2425 = P('2024-04-01', '2025-03-31', '2024/25 unless stated')
snap = P('2026-03-31', '2026-03-31', 'At 31 March 2026')
y2526 = P('2025-04-01', '2026-03-31', '2025/26')
mid25 = P('2025-06-30', '2025-06-30', 'population mid-2025')
c25 = P('2025-01-01', '2025-12-31', '2025')
c23 = P('2023-01-01', '2023-12-31', '2023')
sur = P('2026-03-01', '2026-05-31', 'spring 2026')
figs = [
    F(104800, 'count', 'other', 'children aged 0-17 in County Durham', 'Children aged 0-17 104,800', period=mid25),
    F(31, 'percent', 'other', 'children in relative poverty, County Durham', 'Child poverty (after housing) 31%', period=y2425),
    F(35, 'percent', 'other', 'children in relative poverty, North East', 'Child poverty (after housing) 31% 35%', period=y2425),
    F(31, 'percent', 'other', 'children in relative poverty, England', 'Child poverty (after housing) 31% 35% 31%', period=y2425),
    F(347, 'rate_per_10000', 'children_in_need', 'children in need rate, County Durham', 'Children in need per 10,000 347', period=y2425),
    F(412, 'rate_per_10000', 'children_in_need', 'children in need rate, North East', 'Children in need per 10,000 347 412', period=y2425),
    F(333, 'rate_per_10000', 'children_in_need', 'children in need rate, England', 'Children in need per 10,000 347 412 333', period=y2425),
    F(46.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, County Durham', 'CP plans per 10,000 46.4', period=y2425),
    F(59.0, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, North East', 'CP plans per 10,000 46.4 59.0', period=y2425),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'CP plans per 10,000 46.4 59.0 41.6', period=y2425),
    F(104.6, 'rate_per_10000', 'looked_after_children', 'children looked after rate, County Durham', 'Looked after per 10,000 104.6', period=y2425),
    F(111.0, 'rate_per_10000', 'looked_after_children', 'children looked after rate, North East', 'Looked after per 10,000 104.6 111.0', period=y2425),
    F(70.0, 'rate_per_10000', 'looked_after_children', 'children looked after rate, England', 'Looked after per 10,000 104.6 111.0 70.0', period=y2425),
    F(66, 'percent', 'other', 'good level of development at age 5, County Durham', 'Good development, age 5 66%', period=y2425),
    F(66, 'percent', 'other', 'good level of development at age 5, North East', 'Good development, age 5 66% 66%', period=y2425),
    F(68, 'percent', 'other', 'good level of development at age 5, England', 'Good development, age 5 66% 66% 68%', period=y2425),
    F(25.1, 'percent', 'other', 'Year 6 children living with obesity, County Durham', 'Year 6 obesity 25.1%', period=y2425),
    F(25.5, 'percent', 'other', 'Year 6 children living with obesity, North East', 'Year 6 obesity 25.1% 25.5%', period=y2425),
    F(22.1, 'percent', 'other', 'Year 6 children living with obesity, England', 'Year 6 obesity 25.1% 25.5% 22.1%', period=y2425),
    F(12.4, 'percent', 'other', 'smoking at time of delivery, County Durham', 'Smoking at delivery 12.4%', period=y2425),
    F(11.0, 'percent', 'other', 'smoking at time of delivery, North East', 'Smoking at delivery 12.4% 11.0%', period=y2425),
    F(7.4, 'percent', 'other', 'smoking at time of delivery, England', 'Smoking at delivery 12.4% 11.0% 7.4%', period=y2425),
    F(5.8, 'percent', 'other', '16-17 year olds NEET or not known, County Durham', '16-17s NEET or not known 5.8%', period=y2425),
    F(6.4, 'percent', 'other', '16-17 year olds NEET or not known, North East', '16-17s NEET or not known 5.8% 6.4%', period=y2425),
    F(5.4, 'percent', 'other', '16-17 year olds NEET or not known, England', '16-17s NEET or not known 5.8% 6.4% 5.4%', period=y2425),
    F(3641, 'count', 'children_in_need', 'children in need at 31 March 2026', 'there were 3,641 children in need', period=snap),
    F(486, 'count', 'child_protection_plans', 'children on a child protection plan at 31 March 2026', '486 children on a child protection plan', period=snap),
    F(1096, 'count', 'looked_after_children', 'children in care at 31 March 2026', '1,096 children in care', period=snap),
    F(9880, 'count', 'social_care_referrals', 'referrals to children\'s social care', 'received 9,880 referrals in 2025/26', period=y2526),
    F(19, 'percent', 'social_care_referrals', 're-referrals within 12 months', '19% were re-referrals', period=y2526),
    F(612, 'count', 'other', 'care leavers supported', 'We support 612 care leavers'),
    F(18, 'years', 'other', 'care leavers age band (lower)', 'aged 18 to 25', optional=True),
    F(25, 'years', 'other', 'care leavers age band (upper)', 'aged 18 to 25', optional=True),
    F(4212, 'count', 'other', 'families supported by Family Hubs and early help teams', 'supported 4,212 families in 2025/26', period=y2526),
    F(4120, 'count', 'other', 'children and young people with an EHC plan', '4,120 children and young people have an education, health and care plan'),
    F(58, 'percent', 'other', 'new EHC plans issued within 20 weeks', '58% of new plans were issued within the statutory 20 weeks'),
    F(20, 'weeks', 'other', 'statutory EHC plan timescale', 'within the statutory 20 weeks'),
    F(46, 'percent', 'other', 'new EHC plans issued within 20 weeks, England', 'against 46% in England'),
    F(2, 'count', 'lcsprs_published', 'LCSPRs published by the Durham Safeguarding Children Partnership', 'published two local child safeguarding practice reviews', period=y2526),
    F(11, 'count', 'recommendations', 'recommendations made by the two reviews', 'the two reviews made 11 recommendations'),
    F(92, 'count', 'other', 'first-time entrants to the youth justice system in 2025', 'fell to 92 in 2025', period=c25),
    F(118, 'count', 'other', 'first-time entrants to the youth justice system in 2023', 'from 118 in 2023', period=c23),
    F(14, 'weeks', 'other', 'average wait for a first CAMHS appointment', 'is 14 weeks'),
    F(3146, 'count', 'other', 'children and young people who took part in the Big Conversation survey', '3,146 children and young people aged 8 to 19', period=sur),
    F(8, 'years', 'other', 'survey age band (lower)', 'aged 8 to 19', optional=True),
    F(19, 'years', 'other', 'survey age band (upper)', 'aged 8 to 19', optional=True),
    F(61, 'percent', 'other', 'survey respondents who feel safe in their local area', '61% said they feel safe', period=sur),
    F(23, 'percent', 'other', 'survey respondents with nowhere to go in the evenings', '23% said there is nowhere', period=sur),
    F(34, 'percent', 'other', 'survey respondents who sometimes worry about money at home', 'One in three (34%)', period=sur),
    F(33.33, 'percent', 'other', 'survey respondents who worry about money (hedged)', 'One in three', optional=True),
    F(15, 'years', 'other', 'age of the quoted young person', 'Young person, 15, Stanley', optional=True),
    F(13, 'years', 'other', 'age of the quoted young person in care', 'Young person in care, 13', optional=True),
    F(3, 'count', 'other', 'social workers in a year (inside a quote)', 'My social worker changed three times in a year', optional=True),
    F(24, 'percent', 'child_protection_plans', 'child protection plans started for a child who had been on a plan before', '24% of child protection plans that started in 2025/26', period=y2526),
    F(20, 'percent', 'child_protection_plans', 'target for repeat plans by 2029', 'this below 20% by 2029', optional=True),
    F(228, 'count', 'other', 'council foster carer households', 'There are 228 council foster carer households'),
    F(260, 'count', 'other', 'target council foster carer households by 2029', 'We want 260 by 2029', optional=True),
    F(171, 'count', 'looked_after_children', 'children in care living more than 20 miles from County Durham', '171 children in care lived more than 20 miles', period=snap),
    F(9, 'percent', 'other', 'target for smoking at the time of delivery', 'smoking at the time of delivery to 9%', optional=True),
    F(38, 'percent', 'other', 'breastfeeding at 6 to 8 weeks', 'from 38% to 45%'),
    F(45, 'percent', 'other', 'target for breastfeeding at 6 to 8 weeks', 'from 38% to 45%', optional=True),
    F(70, 'percent', 'other', 'target for good level of development at age 5', 'at age 5 to 70%', optional=True),
    F(75, 'percent', 'other', 'target for EHC plans issued on time by 2028', 'make sure 75% of new', optional=True),
    F(178600000, 'gbp', 'other', 'net budget for children and young people\'s services 2026/27', '\u00a3178.6 million in 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(4200000, 'gbp', 'other', 'Family Hubs and Start for Life funding 2025 to 2028', '\u00a34.2 million of Family Hubs', period=P('2025-04-01', '2028-03-31', 'between 2025 and 2028')),
]
quotes = [
    Q('I want somewhere to go at night that isn\u2019t the bus station. Everyone ends up there because there\u2019s nowhere else.',
      'a young person', ['young person', 'Young person, 15, Stanley', 'a 15-year-old'], None, role='Young person, 15, Stanley'),
    Q('My social worker changed three times in a year. Every time I had to tell my story again.',
      'a young person in care', ['young person in care', 'Young person in care, 13', 'a 13-year-old'], None, role='Young person in care, 13'),
    Q('The hub is the first place I\u2019ve asked for help and not felt judged. I wish I\u2019d gone two years earlier.',
      'a parent', ['parent', 'a parent who took part in a Family Hub focus group'], 'told us', role='parent, Family Hub focus group, Spennymoor'),
]
gold(DOC, 'council_report', 'County Durham Children and Young People\u2019s Plan 2026\u20132029', 'County Durham',
     'Durham Safeguarding Children Partnership', P(None, None), figs,
     ['2026\u20132029', '2022\u20132025', '16 September 2026', 'Version 1.0', 'four priorities', 'Table 1', 'aged 0-17', 'per 10,000',
      'mid-2025', 'age 5', 'Year 6', '16-17s', '31 March 2026', 'within 12 months', 'Priority 1', 'Priority 4',
      'more than 20 miles', '6 to 8 weeks', 'twice a year', 'two years earlier', '01632 960715', 'every autumn'],
     quotes,
     [{'name': 'Tom Ashworth', 'role': 'Cabinet Portfolio Holder for Children and Young People\u2019s Services'},
      {'name': 'Karen Mellor', 'role': 'Corporate Director of Children and Young People\u2019s Services'}],
     ['Growing up in County Durham | Children and Young People\u2019s Plan 2026\u20132029',
      'County Durham Children and Young People\u2019s Partnership'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A county\'s three-year children and young people\'s plan, '
     'agreed by the health and wellbeing board (council_report: a partnership plan, like the partnership business plans of the '
     'kinds README). No record period: a forward plan gives no account of a period of work (ruling 4); every data figure '
     'carries its own period (the table\'s 2024/25 and mid-2025, 31 March 2026 snapshots, 2025/26, calendar 2023 and 2025, the '
     'spring 2026 survey). Partnership: the Durham Safeguarding Children Partnership, named once as publishing the two LCSPRs '
     '(rulings 2 and 7), although the plan itself is the children and young people\'s partnership\'s. Table 1: County Durham, '
     'North East and England columns (comparators keep the metric: CIN, CP and looked-after rates; the rest other); the two '
     '"\u2013" cells are not zeros. Re-referrals 19% keep social_care_referrals ("within 12 months" is a repeat window, not a '
     'figure); repeat plans 24% keep child_protection_plans (ruling 3); children in care living more than 20 miles away keep '
     'looked_after_children. EHC plans: 58% and the statutory 20 weeks both required, England 46% comparator. "One in three '
     '(34%)": exact required, hedge optional. Targets, aims and the 2029 figures optional; age bands (18 to 25, 8 to 19) two '
     'optional figures each; quoted young people\'s ages optional; "three times" inside a quote optional. The foreword is '
     'signed first-person prose, not a quote. Quotes: two boxed young people\'s words with dash lines (cue null), a parent '
     '(told us).')
