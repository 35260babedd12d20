"""Writer m, m03: a Welsh council's Children's Rights Officer annual report (Swansea), bilingual headings, PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_m import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

DOC = 'm03_swansea_childrens_rights_officer_annual_report.pdf'
S = styles('#b3261e', size=9.5)
B, H2, SM, H1, C = S['body'], S['h2'], S['small'], S['h1'], S['cell']
A = S['accent']
CY = ParagraphStyle('cy', parent=H2, fontName='Helvetica-Oblique', fontSize=9, textColor=colors.HexColor('#777777'), spaceBefore=0)
VOICE = ParagraphStyle('v', parent=B, fontName='Helvetica-Oblique', leftIndent=10 * mm, textColor=colors.HexColor('#333333'))


def p(t):
    return Paragraph(t, B)


def h(en, cy):
    return [Paragraph(en, H2), Paragraph(cy, CY)]


key = table([['Our year in figures / Ein blwyddyn mewn ffigurau', ''],
             ['Children and young people given the active offer of advocacy', '318'],
             ['Took up an advocate', '201'],
             ['Complaints and representations from children', '47'],
             ['Rights training sessions delivered', '58'],
             ['Young people in the Big Conversation', '1,240']],
            [130, 40], A, zebra='#f8e9e8')

story = [
    Paragraph('Swansea Council / Cyngor Abertawe', SM),
    Paragraph('Children\'s Rights Officer Annual Report', H1),
    Paragraph('Adroddiad Blynyddol y Swyddog Hawliau Plant', CY),
    Paragraph('Report of the Cabinet Member for Children\'s Services to the Children, Young People and Education Scrutiny '
              'Performance Panel, 23 June 2026', SM),
    Spacer(1, 3 * mm),
    *h('1. Introduction', 'Cyflwyniad'),
    p('1.1 Swansea adopted the United Nations Convention on the Rights of the Child (UNCRC) into its policy framework in 2014 '
      'through its Children and Young People\'s Rights Scheme. The Children\'s Rights Officer role sits in the Partnership and '
      'Involvement Team and reports to the Head of Child and Family Services. This report looks back at the year to 31 '
      'March 2026.'),
    p('1.2 I have now been in post for 4 years. This was the year in which children told us, more clearly than ever, that '
      'they want to be asked before decisions are made, not after. - Bethan Morgan, Children\'s Rights Officer'),
    key,
    Spacer(1, 2 * mm),
    *h('2. Independent professional advocacy', 'Eiriolaeth broffesiynol annibynnol'),
    p('2.1 Under the National Approach to Statutory Advocacy, every child who becomes looked after, or who becomes the subject '
      'of a child protection conference, must be given an "active offer" of advocacy. During the year 318 children and young '
      'people received the active offer, up from 287 in 2024-25. Of these, 164 were newly looked after and 154 were children '
      'whose names were considered for the Child Protection Register at an initial conference.'),
    p('2.2 201 children (63%) went on to take up an advocate. Take-up was higher for older children: 78% of those aged 12 '
      'and over, against 41% of children under 12. Advocacy is commissioned from Tros Gynnal Plant at a cost of £186,000 a '
      'year under a three-year contract.'),
    p('2.3 At 31 March 2026 Swansea looked after 512 children, and 236 children were on the Child Protection Register. A '
      'further 1,108 children had a care and support plan.'),
    *h('3. Complaints and representations', 'Cwynion a sylwadau'),
    p('3.1 The Children\'s Rights Officer helped 47 children and young people to make a complaint or representation, '
      'compared with 39 the year before. 31 were resolved at Stage 1 (local resolution) within the statutory 10 working days, 9 '
      'went to a Stage 2 independent investigation and 2 were taken to the Public Services Ombudsman for Wales. The most '
      'common themes were contact with family (17), changes of social worker (12) and placement moves (8).'),
    *h('4. Participation', 'Cyfranogiad'),
    p('4.1 The Big Conversation, our twice-yearly rights event with schools, involved 1,240 young people from 38 schools. '
      'Swansea\'s Care Experienced Children\'s Forum met 10 times, with an average of 14 members at each meeting.'),
    Paragraph('"I told them I didn\'t want to move schools in Year 11 and for once they actually listened."', VOICE),
    Paragraph('Young person, 15, in a foster placement', SM),
    Paragraph('"My advocate came to the review and said what I couldn\'t say."', VOICE),
    Paragraph('Young person, 12', SM),
    p('4.2 Children and young people interviewed candidates for 6 senior posts, including the new Head of Child and Family '
      'Services.'),
    *h('5. Training', 'Hyfforddiant'),
    p('5.1 58 rights training sessions were delivered to 912 staff, foster carers and elected members. 94% of participants '
      'who completed an evaluation said their understanding of the UNCRC had improved.'),
    *h('6. Comment from the Cabinet Member', 'Sylw gan yr Aelod Cabinet'),
    p('6.1 Councillor Rhodri Evans, Cabinet Member for Children\'s Services, said: "Rights are not a poster on the wall. The '
      'number I watch is how many children take up an advocate, and it is going the right way." He said the Council would '
      '"keep the Children\'s Rights Officer independent of the teams she holds to account".'),
    *h('7. Priorities for 2026-27', 'Blaenoriaethau ar gyfer 2026-27'),
    p('7.1 To raise advocacy take-up among children under 12 to 50%; to publish the refreshed Rights Scheme; and to run the '
      'Big Conversation in every secondary school.'),
    Spacer(1, 3 * mm),
    Paragraph('Contact: Partnership and Involvement Team, Civic Centre, Swansea. Tel 01632 960733. '
              'hawliauplant@swansea.example. This document is available in Welsh. Mae\'r ddogfen hon ar gael yn Gymraeg.', SM),
]

build(os.path.join(DIR, DOC), 'Children\'s Rights Officer Annual Report / Adroddiad Blynyddol y Swyddog Hawliau Plant',
      'Swansea Council', story, 'Cyngor Abertawe / Swansea Council  |  Scrutiny Performance Panel  |  Item 5',
      'Children\'s Rights Officer Annual Report', 2)

Y24 = P('2024-04-01', '2025-03-31', '2024-25')
figs = [
    F(4, 'years', 'other', 'time the Children\'s Rights Officer has been in post', 'I have now been in post for 4 years', optional=True),
    F(318, 'count', 'other', 'children and young people given the active offer of advocacy', 'During the year 318 children and young people received the active offer'),
    F(287, 'count', 'other', 'children and young people given the active offer of advocacy', 'up from 287 in 2024-25', period=Y24),
    F(164, 'count', 'looked_after_children', 'newly looked-after children given the active offer', '164 were newly looked after'),
    F(154, 'count', 'child_protection_plans', 'children considered for the Child Protection Register at an initial conference given the active offer', '154 were children whose names were considered for the Child Protection Register'),
    F(201, 'count', 'other', 'children who took up an advocate', '201 children (63%) went on to take up an advocate'),
    F(63, 'percent', 'other', 'children who took up an advocate', '201 children (63%)', optional=True),
    F(78, 'percent', 'other', 'advocacy take-up, aged 12 and over', '78% of those aged 12 and over'),
    F(41, 'percent', 'other', 'advocacy take-up, under 12', 'against 41% of children under 12'),
    F(186000, 'gbp', 'other', 'annual cost of the advocacy contract', 'at a cost of £186,000 a year'),
    F(3, 'years', 'other', 'length of the advocacy contract', 'under a three-year contract'),
    F(512, 'count', 'looked_after_children', 'children looked after', 'At 31 March 2026 Swansea looked after 512 children'),
    F(236, 'count', 'child_protection_plans', 'children on the Child Protection Register', '236 children were on the Child Protection Register'),
    F(1108, 'count', 'children_in_need', 'children with a care and support plan', 'A further 1,108 children had a care and support plan'),
    F(47, 'count', 'other', 'children helped to make a complaint or representation', 'helped 47 children and young people to make a complaint'),
    F(39, 'count', 'other', 'children helped to make a complaint or representation', 'compared with 39 the year before', period=Y24),
    F(31, 'count', 'other', 'complaints resolved at Stage 1', '31 were resolved at Stage 1'),
    F(10, 'days', 'other', 'statutory Stage 1 timescale in working days', 'within the statutory 10 working days'),
    F(9, 'count', 'other', 'complaints to a Stage 2 independent investigation', '9 went to a Stage 2 independent investigation'),
    F(2, 'count', 'other', 'complaints taken to the Public Services Ombudsman for Wales', '2 were taken to the Public Services Ombudsman'),
    F(17, 'count', 'other', 'complaints about contact with family', 'contact with family (17)'),
    F(12, 'count', 'other', 'complaints about changes of social worker', 'changes of social worker (12)'),
    F(8, 'count', 'other', 'complaints about placement moves', 'placement moves (8)'),
    F(1240, 'count', 'other', 'young people in the Big Conversation', 'involved 1,240 young people from 38 schools'),
    F(38, 'count', 'other', 'schools in the Big Conversation', 'involved 1,240 young people from 38 schools'),
    F(10, 'count', 'other', 'Care Experienced Children\'s Forum meetings', 'met 10 times'),
    F(14, 'count', 'other', 'average members at each Forum meeting', 'an average of 14 members at each meeting'),
    F(6, 'count', 'other', 'senior posts with candidates interviewed by children', 'interviewed candidates for 6 senior posts'),
    F(58, 'count', 'other', 'rights training sessions', '58 rights training sessions were delivered to 912 staff'),
    F(912, 'count', 'other', 'staff, foster carers and members trained', '58 rights training sessions were delivered to 912 staff'),
    F(94, 'percent', 'other', 'participants reporting improved understanding of the UNCRC', '94% of participants'),
    F(50, 'percent', 'other', 'priority: advocacy take-up among children under 12', 'among children under 12 to 50%', optional=True),
    F(15, 'years', 'other', 'age of a young person quoted', 'Young person, 15', optional=True),
    F(12, 'years', 'other', 'age of a young person quoted', 'Young person, 12', optional=True),
]
VA = ['a young person', 'young person', 'a young person in foster care']
gold(DOC, 'council_report', 'Children\'s Rights Officer Annual Report', 'Swansea', None,
     P('2025-04-01', '2026-03-31', 'the year to 31 March 2026'), figs,
     ['2014', '23 June 2026', '01632 960733', 'Year 11', 'twice-yearly', 'Stage 1', 'Stage 2', '2026-27', 'Item 5',
      'aged 12 and over', 'under 12'],
     [Q('active offer', 'the National Approach to Statutory Advocacy', ['National Approach'], None, optional=True),
      Q("I told them I didn't want to move schools in Year 11 and for once they actually listened.", 'a young person, 15, in a foster placement',
        VA + ['young person, 15'], None),
      Q("My advocate came to the review and said what I couldn't say.", 'a young person, 12', ['a young person', 'young person', 'young person, 12'], None),
      Q('Rights are not a poster on the wall. The number I watch is how many children take up an advocate, and it is going the right way.',
        'Councillor Rhodri Evans', ['Rhodri Evans', 'Cllr Evans', 'Councillor Evans', 'Evans'], 'said', role='Cabinet Member for Children\'s Services'),
      Q("keep the Children's Rights Officer independent of the teams she holds to account", 'Councillor Rhodri Evans',
        ['Rhodri Evans', 'Cllr Evans', 'Councillor Evans', 'Evans'], 'said', role='Cabinet Member for Children\'s Services')],
     [{'name': 'Bethan Morgan', 'role': 'Children\'s Rights Officer'},
      {'name': 'Rhodri Evans', 'role': 'Cabinet Member for Children\'s Services'}],
     ['This document is available in Welsh. Mae\'r ddogfen hon ar gael yn Gymraeg.'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A Welsh council\'s Children\'s Rights Officer annual '
     'report to a scrutiny performance panel, bilingual headings, a key-figures table repeating prose (mentions). Period from '
     'a scope sentence ("the year to 31 March 2026"). Welsh conventions: the Child Protection Register -> child_protection_plans '
     '(children considered for the register at an initial conference and given the active offer take the register metric as '
     'their defining property), care and support plans -> children_in_need, looked after -> looked_after_children (newly '
     'looked after children given the active offer keep it). Advocacy, complaints, participation and training are other; '
     'take-up shares by age group are feature subsets (other); "201 children (63%)" percent optional. The statutory Stage 1 10 '
     'working days is a standing deadline (figure); the three-year contract is a duration. The officer\'s first-person '
     'paragraph with a dash signature is prose, not a quote (no quote marks); her 4 years in post optional. Pull quotes with '
     'a line attribution have cue null; the young people\'s ages optional. "active offer" is a scare-quoted term (optional). '
     'The Cabinet Member\'s fragment after "He said the Council would" is his own words (required). Priority optional.')
