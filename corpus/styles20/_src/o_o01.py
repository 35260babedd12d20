"""Writer o, o01: a commissioned charity's young people's substance misuse service annual report (Southampton), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_o import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

DOC = 'o01_southampton_young_peoples_substance_misuse_service_annual_report_2025_26.pdf'
S = styles('#0f6b5c')
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
BIG = ParagraphStyle('big', parent=B, fontName='Helvetica-Bold', fontSize=17, leading=20, textColor=A, alignment=1)
LAB = ParagraphStyle('lab', parent=SM, alignment=1)
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', fontSize=11, leading=14, textColor=A)


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#e6f2ef', width=170):
    t = Table([[paras]], colWidths=[width * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7), ('RIGHTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    return t


strip = Table([[Paragraph('402', BIG), Paragraph('214', BIG), Paragraph('72%', BIG), Paragraph('8 days', BIG)],
               [Paragraph('referrals received', LAB), Paragraph('young people in specialist treatment', LAB),
                Paragraph('left treatment in a planned way', LAB), Paragraph('average wait for a first appointment', LAB)]],
              colWidths=[42.5 * mm] * 4)
strip.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e6f2ef')),
                           ('LINEAFTER', (0, 0), (2, -1), 0.6, colors.white), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))

story = [
    Paragraph('Harbourside: Young People\'s Drug and Alcohol Service', SM),
    Paragraph('Young People\'s Substance Misuse Service<br/>Annual Report 2025/26', H1),
    Paragraph('Southampton  |  Prepared for Southampton City Council Public Health commissioners  |  June 2026  |  Version 2.0', SM),
    Spacer(1, 3 * mm),
    strip,
    Spacer(1, 3 * mm),
    Paragraph('1. About the service', H2),
    p('Harbourside is run by Solent Youth Trust and commissioned by Southampton City Council to give specialist drug and '
      'alcohol support to young people aged 10 to 24 who live in the city. The current contract began in April 2023 and '
      'runs for five years. This report covers the period 1 April 2025 to 31 March 2026 and follows the outcome headings '
      'in section 4 of the service specification.'),
    Paragraph('2. Who we worked with', H2),
    p('We received 402 referrals in 2025/26, compared with 356 in 2024/25, an increase of 13%. Schools and colleges made '
      '118 referrals, children\'s social care 96 (24%), youth justice services 61 and health services 54; 73 young people '
      'referred themselves, most of them through the web chat.'),
    p('Of those referred, 214 young people started specialist treatment, up from 187 the year before. A further 131 '
      'received brief advice and harm reduction only. Cannabis was the main problem substance for 163 of the 214 (76%), '
      'alcohol for 29 and ketamine for 14; the remaining 8 named cocaine or another drug. The average age at the start of '
      'treatment was 16.4 years, and the youngest person we worked with was 11.'),
    Paragraph('3. Safeguarding', H2),
    p('Most of the young people in treatment are known to other services. Table 2 shows how many were open to children\'s '
      'services or identified as at risk of exploitation on the last day of each year.'),
    Paragraph('Table 2: Young people in specialist treatment, by safeguarding status, at 31 March', SM),
    table([['Status', '2025', '2026'],
           ['Subject of a child protection plan', '19', '27'],
           ['Child in need', '34', '41'],
           ['Looked after by the local authority', '22', '25'],
           ['Care leaver', '9', '12'],
           ['Assessed as at risk of criminal exploitation', '31', '38']],
          [100, 30, 30], A, zebra='#e6f2ef'),
    Spacer(1, 2 * mm),
    p('During the year we made 58 safeguarding referrals to Southampton Children\'s Services and 17 referrals to the '
      'National Referral Mechanism. Every young person is screened for exploitation within 10 working days of their first '
      'appointment; screening was completed on time for 201 of the 214 (94%). Practitioners attended 143 strategy '
      'meetings and child protection conferences.'),
    p('We contributed to two rapid reviews held by the Southampton Safeguarding Children Partnership, and to one local '
      'child safeguarding practice review, which the Partnership published in January 2026. Its learning on joint '
      'assessment is now part of our induction.'),
]
story2 = [
    Paragraph('4. Outcomes', H2),
    p('152 young people left structured treatment during the year. 109 of them (72%) completed treatment in a planned '
      'way, compared with 68% in 2024/25 and 79% for England. Of those who completed, 84% had stopped using or reduced '
      'their use of their main substance.'),
    p('All young people should be offered a first appointment within 15 working days of referral. The average wait was '
      '8 days, and no young person waited longer than the standard.'),
    box([Paragraph('<b>Case study: Kai</b>', B),
         p('Kai, 15, was referred by his school after he was found with cannabis and a large sum of cash. His worker '
           'raised a concern about exploitation on the day of the first visit. After 12 weeks of one-to-one sessions and '
           'joint work with the youth justice service, Kai has moved to a new college course and has not used for three '
           'months.')]),
    Spacer(1, 3 * mm),
    box([Paragraph('\u201cI thought they\u2019d just tell me to stop. They actually listened, and that\u2019s why I kept '
                   'coming back.\u201d', PQ),
         Paragraph('\u2014 Young person, 17', SM)], colour='#ffffff'),
    Spacer(1, 3 * mm),
    p('Dr Helen Marsh, Consultant in Public Health at Southampton City Council, said: \u201cThe rise in referrals from '
      'schools tells us that staff are spotting problems earlier, which is exactly what we asked for when we '
      'recommissioned the service.\u201d'),
    p('Service manager Tom Reilly added: \u201cCannabis is still the story for most of the young people we see, but '
      'ketamine is the drug I worry about most.\u201d'),
    Paragraph('5. Workforce and training', H2),
    p('The team has 14 practitioners (11.6 full-time equivalent posts). We delivered 64 training sessions to 912 '
      'professionals, including teachers, social workers and youth justice staff.'),
    Paragraph('6. Funding', H2),
    p('The contract value for 2025/26 was \u00a3612,000, of which \u00a3498,000 came from the public health grant and '
      '\u00a3114,000 from the Office of the Police and Crime Commissioner. For 2026/27 the council has confirmed a 3% '
      'uplift, to \u00a3630,360.'),
    Spacer(1, 3 * mm),
    Paragraph('Solent Youth Trust, Registered charity no. 1187342. Enquiries: 01632 960418, '
              'harbourside@solentyouth.example', SM),
]
from reportlab.platypus import PageBreak
build(os.path.join(DIR, DOC), 'Young People\'s Substance Misuse Service Annual Report 2025/26', 'Solent Youth Trust',
      story + [PageBreak()] + story2, 'Harbourside Annual Report 2025/26', 'Solent Youth Trust | Southampton', 2)

per = P('2025-04-01', '2026-03-31', '2025/26')
p24 = P('2024-04-01', '2025-03-31', '2024/25')
m25 = P('2025-03-31', '2025-03-31', '31 March 2025')
figs = [
    F(10, 'years', 'other', 'service age range: lower bound', 'aged 10 to 24', optional=True),
    F(24, 'years', 'other', 'service age range: upper bound', 'aged 10 to 24', optional=True),
    F(5, 'years', 'other', 'length of the contract', 'runs for five years'),
    F(402, 'count', 'other', 'referrals to the substance misuse service', 'We received 402 referrals in 2025/26'),
    F(356, 'count', 'other', 'referrals to the substance misuse service', 'compared with 356 in 2024/25', period=p24),
    F(13, 'percent', 'other', 'increase in referrals to the service', 'an increase of 13%'),
    F(118, 'count', 'other', 'referrals from schools and colleges', 'Schools and colleges made 118 referrals'),
    F(96, 'count', 'other', "referrals from children's social care", "children's social care 96 (24%)"),
    F(24, 'percent', 'other', "share of referrals from children's social care", "children's social care 96 (24%)", optional=True),
    F(61, 'count', 'other', 'referrals from youth justice services', 'youth justice services 61'),
    F(54, 'count', 'other', 'referrals from health services', 'health services 54'),
    F(73, 'count', 'other', 'self-referrals', '73 young people referred themselves'),
    F(214, 'count', 'other', 'young people who started specialist treatment', '214 young people started specialist treatment'),
    F(187, 'count', 'other', 'young people who started specialist treatment', 'up from 187 the year before', period=p24),
    F(131, 'count', 'other', 'young people given brief advice and harm reduction only', 'A further 131 received brief advice'),
    F(163, 'count', 'other', 'young people with cannabis as main problem substance', 'Cannabis was the main problem substance for 163 of the 214 (76%)'),
    F(76, 'percent', 'other', 'share with cannabis as main problem substance', '163 of the 214 (76%)', optional=True),
    F(29, 'count', 'other', 'young people with alcohol as main problem substance', 'alcohol for 29'),
    F(14, 'count', 'other', 'young people with ketamine as main problem substance', 'ketamine for 14'),
    F(8, 'count', 'other', 'young people naming cocaine or another drug', 'the remaining 8 named cocaine'),
    F(16.4, 'years', 'other', 'average age at start of treatment', 'The average age at the start of treatment was 16.4 years'),
    F(11, 'years', 'other', 'age of the youngest person worked with', 'the youngest person we worked with was 11', optional=True),
    F(19, 'count', 'child_protection_plans', 'young people in treatment subject of a child protection plan', 'Subject of a child protection plan 19 27', period=m25),
    F(27, 'count', 'child_protection_plans', 'young people in treatment subject of a child protection plan', 'Subject of a child protection plan 19 27'),
    F(34, 'count', 'children_in_need', 'young people in treatment who are children in need', 'Child in need 34 41', period=m25),
    F(41, 'count', 'children_in_need', 'young people in treatment who are children in need', 'Child in need 34 41'),
    F(22, 'count', 'looked_after_children', 'young people in treatment looked after', 'Looked after by the local authority 22 25', period=m25),
    F(25, 'count', 'looked_after_children', 'young people in treatment looked after', 'Looked after by the local authority 22 25'),
    F(9, 'count', 'other', 'care leavers in treatment', 'Care leaver 9 12', period=m25),
    F(12, 'count', 'other', 'care leavers in treatment', 'Care leaver 9 12'),
    F(31, 'count', 'other', 'young people assessed at risk of criminal exploitation', 'Assessed as at risk of criminal exploitation 31 38', period=m25),
    F(38, 'count', 'other', 'young people assessed at risk of criminal exploitation', 'Assessed as at risk of criminal exploitation 31 38'),
    F(58, 'count', 'social_care_referrals', "safeguarding referrals to Southampton Children's Services", "we made 58 safeguarding referrals to Southampton Children's Services"),
    F(17, 'count', 'other', 'referrals to the National Referral Mechanism', '17 referrals to the National Referral Mechanism'),
    F(10, 'days', 'other', 'exploitation screening deadline (working days)', 'within 10 working days of their first appointment'),
    F(201, 'count', 'other', 'young people screened on time', 'screening was completed on time for 201 of the 214 (94%)'),
    F(94, 'percent', 'other', 'share screened on time', '201 of the 214 (94%)', optional=True),
    F(143, 'count', 'other', 'strategy meetings and child protection conferences attended', 'Practitioners attended 143 strategy meetings'),
    F(2, 'count', 'rapid_reviews', 'rapid reviews the service contributed to', 'We contributed to two rapid reviews'),
    F(1, 'count', 'lcsprs_published', 'LCSPR published by the Partnership', 'one local child safeguarding practice review, which the Partnership published'),
    F(152, 'count', 'other', 'young people who left structured treatment', '152 young people left structured treatment'),
    F(109, 'count', 'other', 'young people who completed treatment in a planned way', '109 of them (72%) completed treatment in a planned way'),
    F(72, 'percent', 'other', 'planned exits from treatment', '109 of them (72%)', optional=True),
    F(68, 'percent', 'other', 'planned exits from treatment', 'compared with 68% in 2024/25', period=p24),
    F(79, 'percent', 'other', 'planned exits from treatment, England', '79% for England'),
    F(84, 'percent', 'other', 'completers who stopped or reduced use', '84% had stopped using or reduced'),
    F(15, 'days', 'other', 'standard for a first appointment (working days)', 'within 15 working days of referral'),
    F(8, 'days', 'other', 'average wait for a first appointment', 'The average wait was 8 days'),
    F(0, 'count', 'other', 'young people who waited longer than the standard', 'no young person waited longer than the standard', optional=True),
    F(15, 'years', 'other', 'age of case study young person', 'Kai, 15, was referred', optional=True),
    F(12, 'weeks', 'other', 'one-to-one sessions in the case study', 'After 12 weeks of one-to-one sessions'),
    F(3, 'months', 'other', 'case study: time without using', 'has not used for three months', optional=True),
    F(17, 'years', 'other', 'age of the young person quoted', 'Young person, 17', optional=True),
    F(14, 'count', 'other', 'practitioners in the team', 'The team has 14 practitioners'),
    F(11.6, 'count', 'other', 'full-time equivalent posts', '11.6 full-time equivalent posts'),
    F(64, 'count', 'other', 'training sessions delivered', 'We delivered 64 training sessions'),
    F(912, 'count', 'other', 'professionals trained', 'to 912 professionals'),
    F(612000, 'gbp', 'other', 'contract value 2025/26', 'The contract value for 2025/26 was \u00a3612,000'),
    F(498000, 'gbp', 'other', 'funding from the public health grant', '\u00a3498,000 came from the public health grant'),
    F(114000, 'gbp', 'other', 'funding from the Office of the Police and Crime Commissioner', '\u00a3114,000 from the Office of the Police and Crime Commissioner'),
    F(3, 'percent', 'other', 'contract uplift for 2026/27', 'a 3% uplift', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(630360, 'gbp', 'other', 'contract value 2026/27', 'to \u00a3630,360', period=P('2026-04-01', '2027-03-31', '2026/27')),
]
quotes = [
    Q('I thought they\u2019d just tell me to stop. They actually listened, and that\u2019s why I kept coming back.',
      'a young person', ['young person', 'Young person, 17'], None),
    Q('The rise in referrals from schools tells us that staff are spotting problems earlier, which is exactly what we asked for when we recommissioned the service.',
      'Helen Marsh', ['Dr Marsh', 'Marsh', 'Dr Helen Marsh'], 'said', role='Consultant in Public Health at Southampton City Council'),
    Q('Cannabis is still the story for most of the young people we see, but ketamine is the drug I worry about most.',
      'Tom Reilly', ['Reilly', 'Mr Reilly'], 'added', role='Service manager'),
]
gold(DOC, 'other', "Young People's Substance Misuse Service Annual Report 2025/26", 'Southampton',
     'Southampton Safeguarding Children Partnership', per, figs,
     ['2025/26', '2024/25', '2026/27', 'April 2023', '1 April 2025', '31 March 2026', 'January 2026', 'section 4',
      'Table 2', 'Version 2.0', 'June 2026', '1187342', '01632 960418', '31 March'],
     quotes,
     [{'name': 'Helen Marsh', 'role': 'Consultant in Public Health at Southampton City Council'},
      {'name': 'Tom Reilly', 'role': 'Service manager'}],
     ['Solent Youth Trust, Registered charity no. 1187342', 'Harbourside Annual Report 2025/26'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A commissioned charity provider\'s annual report to '
     'council public health commissioners (kind other, as a commissioned service\'s report by its provider). Period in the '
     'title (2025/26) and the scope sentence. Partnership: the Southampton Safeguarding Children Partnership holds the '
     'rapid reviews and published the LCSPR the service contributed to. A key-figures strip repeats prose figures (402, '
     '214, 72%, 8 days: mentions). Service referrals and their sources are other; safeguarding referrals to children\'s '
     'services social_care_referrals. Table 2 at 31 March: caseload on CP plans / CIN / looked after keep those metrics; '
     'the 2025 column carries its own snapshot period; care leavers and exploitation other. Count (percent) -> percent '
     'optional. Previous year and England comparators. Standing deadlines (10 and 15 working days) required. Age band of '
     'the service and ages of people (youngest, case study, quoted young person) optional; average age required. The '
     'zero "no young person waited longer" optional. Pull quote with a dash line (cue null); two said/added quotes. '
     'Charity number and phone not figures.')
