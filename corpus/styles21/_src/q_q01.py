"""Writer q, q01: Family Nurse Partnership annual report 2025/26 (Barnet), PDF, single column, key-figures strip."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_q import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

DOC = 'q01_barnet_family_nurse_partnership_annual_report_2025_26.pdf'
S = styles('#005eb8', size=9.2)
B, H2, SM, H1, CELL = S['body'], S['h2'], S['small'], S['h1'], S['cell']
A = S['accent']
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', fontSize=10, leading=13, textColor=colors.HexColor('#003087'))


def p(t):
    return Paragraph(t, B)


def card(n, label):
    return [Paragraph('<font size=15 color="#005eb8"><b>%s</b></font>' % n, B), Paragraph(label, SM)]


strip = Table([[card('86', 'new clients enrolled'), card('142', 'families on the caseload at 31 March 2026'),
                card('61%', 'of babies breastfed at birth'), card('47', 'referrals to children\u2019s social care')]],
              colWidths=[42.5 * mm] * 4)
strip.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('INNERGRID', (0, 0), (-1, -1), 0.4, A),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e8f1fb')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))

fidelity = table([['Programme measure', '2024/25', '2025/26', 'FNP goal'],
                  ['Attrition in pregnancy', '6%', '4%', '10% or less'],
                  ['Attrition in infancy', '11%', '9%', '10% or less'],
                  ['Visits received in pregnancy', '79%', '82%', '80%'],
                  ['Visits received in infancy', '71%', '78%', '65%'],
                  ['Visits received in toddlerhood', '66%', '74%', '60%'],
                  ['Enrolled before 16 weeks\u2019 gestation', '58%', '74%', '60%']],
                 [70, 28, 28, 34], A, zebra='#f0f4f5')

safeg = table([['Children of FNP clients', '31 March 2025', '31 March 2026'],
               ['On a child protection plan', '27', '31'],
               ['Child in need', '22', '18'],
               ['Looked after', '7', '9'],
               ['of whom placed with their mother', '3', '4']],
              [80, 40, 40], A, zebra='#f0f4f5')

story = [
    Paragraph('Central and North London Community Health NHS Trust  |  Barnet 0-19 Services', SM),
    Paragraph('Family Nurse Partnership (FNP) Barnet', H1),
    Paragraph('<b>Annual Report 2025/26</b>', ParagraphStyle('t2', parent=H2, fontSize=13)),
    Paragraph('Presented to the Barnet FNP Advisory Board and the Barnet Children\u2019s Partnership Board, 17 September 2026. '
              'Author: Joanne Okafor, FNP Supervisor. Report version 1.2.', SM),
    Spacer(1, 4),
    strip,
    Spacer(1, 6),
    Paragraph('1. About the programme', H2),
    p('The Family Nurse Partnership is a licensed, evidence-based home visiting programme for first-time young parents. '
      'In Barnet it is commissioned by the council\u2019s public health team and delivered by the Trust. Young women are '
      'eligible if they are aged 19 or under at conception, or aged up to 24 if they are care leavers or have a learning '
      'disability. Each family is offered up to 64 home visits by the same family nurse, from early pregnancy until the '
      'child\u2019s second birthday.'),
    p('The team has a licensed capacity of 100 new families a year. In 2025/26 the team was five family nurses (4.5 WTE) and '
      'one supervisor, with a quality support officer two days a week.'),
    Paragraph('2. Who we worked with', H2),
    p('We enrolled 86 new clients in 2025/26, compared with 79 in 2024/25. At 31 March 2026 there were 142 families on the '
      'caseload. The average age of clients at enrolment was 17.8 years; the youngest was 14. Twelve clients were themselves '
      'looked after or care leavers, and 23 had a diagnosed mental health condition at enrolment.'),
    p('Most new clients (74%) were enrolled before 16 weeks\u2019 gestation, well above the 60% goal, because the team now '
      'receives a same-day notification from the maternity booking service. The remaining 22 clients were enrolled later in '
      'pregnancy.'),
    Paragraph('3. Programme fidelity', H2),
    p('Table 1 compares the team\u2019s fidelity measures with the previous year and the FNP national goals. Attrition in '
      'pregnancy fell to 4% and in infancy to 9%. The visit-completion measures all met or beat their goals.'),
    Paragraph('<b>Table 1: Fidelity measures, Barnet FNP</b>', SM),
    fidelity,
    Spacer(1, 6),
    Paragraph('4. Health outcomes', H2),
    p('61% of babies were breastfed at birth, against 48% for mothers under 20 in England. Smoking in pregnancy fell from '
      '19% of clients at intake to 11% at 36 weeks of pregnancy. Immunisations were complete at 12 months for 94% of '
      'children. Thirteen babies (15%) were born before 37 weeks.'),
    p('At 24 months, 81% of children were within the expected range on the ASQ-3 communication score, compared with 77% in '
      '2024/25.'),
]

story2 = [
    Paragraph('5. Safeguarding', H2),
    p('Family nurses see families at home more often than any other service, and a high share of FNP families are known '
      'to children\u2019s social care. Family nurses made 47 referrals to Barnet children\u2019s social care in 2025/26 '
      '(38 in 2024/25). FNP families were the subject of 22 section 47 enquiries, and pre-birth assessments were completed '
      'for 6 unborn babies. Care proceedings were issued for 3 babies.'),
    p('Table 2 shows the children of FNP clients known to children\u2019s social care on the last day of each year.'),
    Paragraph('<b>Table 2: Children of FNP clients known to children\u2019s social care</b>', SM),
    safeg,
    Spacer(1, 5),
    p('Domestic abuse was disclosed by 38% of clients at some point in the programme, and family nurses referred 14 '
      'clients to the MARAC. Every family nurse completed the routine enquiry at the four points the programme sets.'),
    p('In November 2025 a baby aged 9 weeks, whose mother was an FNP client, was admitted to hospital with serious '
      'injuries. The Barnet Safeguarding Children Partnership was notified and convened a rapid review, which was completed '
      'within 15 working days. The review did not recommend a local child safeguarding practice review, but made 4 '
      'recommendations for FNP and health visiting; 3 are complete and 1 is on track for December 2026.'),
    Table([[Paragraph('\u201cI didn\u2019t trust anyone from the council when I was pregnant. Sam was the first '
                      'professional who came back every week. She never judged me, and when things got bad at home she '
                      'told me straight what she had to do and why.\u201d', PQ)],
           [Paragraph('\u2013 Leah, 18, FNP client', SM)]], colWidths=[170 * mm],
          style=TableStyle([('LINEBEFORE', (0, 0), (0, -1), 3, A), ('LEFTPADDING', (0, 0), (-1, -1), 10)])),
    Spacer(1, 4),
    Paragraph('6. Workforce and supervision', H2),
    p('Each family nurse received weekly one-to-one supervision and safeguarding supervision every 12 weeks with the '
      'named nurse. Every nurse completed the DANCE (Dyadic Assessment of Naturalistic Caregiver Experience) '
      'training. One nurse left in January 2026 and the post was filled within 10 weeks.'),
    p('Joanne Okafor, the FNP Supervisor, said: \u201cThe fall in attrition is the result I am proudest of. Young mothers '
      'stay with us because they get the same nurse every time, and that relationship is what lets us have the hard '
      'conversations about safety.\u201d'),
    Paragraph('7. Finance', H2),
    p('The programme cost \u00a3612,400 in 2025/26, funded from the public health grant, an average of \u00a34,310 per '
      'family on the caseload. The commissioner has confirmed funding of \u00a3630,000 for 2026/27.'),
    p('Dr Priya Venkatesh, Director of Public Health at Barnet Council, said the programme offered \u201cexactly the kind '
      'of early, relationship-based help our prevention strategy is built on\u201d.'),
    Paragraph('8. Priorities for 2026/27', H2),
    p('(1) Keep attrition in infancy below 10%. (2) Raise breastfeeding at birth to 65%. (3) Offer every client a '
      'healthy relationships session by 28 weeks of pregnancy. (4) Complete the audit of the rapid review actions.'),
    Paragraph('Contact: FNP Barnet, 01632 960418, fnp.barnet@cnlch.example', SM),
]

from reportlab.platypus import PageBreak
build(os.path.join(DIR, DOC), 'Family Nurse Partnership Barnet Annual Report 2025/26', 'Central and North London Community Health NHS Trust',
      story + [PageBreak()] + story2, 'FNP Barnet | Annual Report 2025/26', 'Central and North London Community Health NHS Trust', 2)

per = P('2025-04-01', '2026-03-31')
prev = P('2024-04-01', '2025-03-31')
snap25 = P('2025-03-31', '2025-03-31')
figs = [
    F(64, 'count', 'other', 'home visits offered to each family', 'up to 64 home visits', qualifier='up to'),
    F(19, 'years', 'other', 'eligibility age at conception', 'aged 19 or under at conception', optional=True),
    F(24, 'years', 'other', 'eligibility age for care leavers', 'aged up to 24 if they are care leavers', optional=True),
    F(100, 'count', 'other', 'licensed capacity of new families a year', 'licensed capacity of 100 new families a year'),
    F(5, 'count', 'other', 'family nurses', 'five family nurses (4.5 WTE)'),
    F(4.5, 'count', 'other', 'family nurse WTE', 'five family nurses (4.5 WTE)', optional=True),
    F(86, 'count', 'other', 'new clients enrolled', 'We enrolled 86 new clients in 2025/26'),
    F(79, 'count', 'other', 'new clients enrolled in 2024/25', 'compared with 79 in 2024/25', period=prev),
    F(142, 'count', 'other', 'families on the caseload at 31 March 2026', 'there were 142 families on the caseload'),
    F(17.8, 'years', 'other', 'average age of clients at enrolment', 'average age of clients at enrolment was 17.8 years'),
    F(14, 'years', 'other', 'age of the youngest client', 'the youngest was 14', optional=True),
    F(12, 'count', 'other', 'clients who were looked after or care leavers', 'Twelve clients were themselves looked after or care leavers'),
    F(23, 'count', 'other', 'clients with a diagnosed mental health condition', '23 had a diagnosed mental health condition'),
    F(74, 'percent', 'other', 'new clients enrolled before 16 weeks\u2019 gestation', 'Most new clients (74%) were enrolled before 16 weeks'),
    F(16, 'weeks', 'other', 'enrolment timescale (weeks\u2019 gestation)', 'enrolled before 16 weeks\u2019 gestation, well above'),
    F(60, 'percent', 'other', 'goal for enrolment before 16 weeks', 'well above the 60% goal', optional=True),
    F(22, 'count', 'other', 'clients enrolled later in pregnancy', 'The remaining 22 clients'),
    F(6, 'percent', 'other', 'attrition in pregnancy 2024/25', 'Attrition in pregnancy 6%', period=prev),
    F(4, 'percent', 'other', 'attrition in pregnancy', 'Attrition in pregnancy fell to 4%'),
    F(10, 'percent', 'other', 'FNP goal for attrition (pregnancy and infancy)', '10% or less', optional=True),
    F(11, 'percent', 'other', 'attrition in infancy 2024/25', 'Attrition in infancy 11%', period=prev),
    F(9, 'percent', 'other', 'attrition in infancy', 'in infancy to 9%'),
    F(79, 'percent', 'other', 'visits received in pregnancy 2024/25', 'Visits received in pregnancy 79%', period=prev),
    F(82, 'percent', 'other', 'visits received in pregnancy', 'Visits received in pregnancy 79% 82%'),
    F(80, 'percent', 'other', 'FNP goal for visits in pregnancy', '82% 80%', optional=True),
    F(71, 'percent', 'other', 'visits received in infancy 2024/25', 'Visits received in infancy 71%', period=prev),
    F(78, 'percent', 'other', 'visits received in infancy', 'Visits received in infancy 71% 78%'),
    F(65, 'percent', 'other', 'FNP goal for visits in infancy', '78% 65%', optional=True),
    F(66, 'percent', 'other', 'visits received in toddlerhood 2024/25', 'Visits received in toddlerhood 66%', period=prev),
    F(74, 'percent', 'other', 'visits received in toddlerhood', 'Visits received in toddlerhood 66% 74%'),
    F(60, 'percent', 'other', 'FNP goal for visits in toddlerhood', 'Visits received in toddlerhood 66% 74% 60%', optional=True),
    F(58, 'percent', 'other', 'enrolled before 16 weeks 2024/25', 'gestation 58%', period=prev),
    F(61, 'percent', 'other', 'babies breastfed at birth', '61% of babies were breastfed at birth'),
    F(48, 'percent', 'other', 'breastfeeding at birth, mothers under 20 in England', 'against 48% for mothers under 20 in England'),
    F(19, 'percent', 'other', 'clients smoking at intake', 'from 19% of clients at intake'),
    F(11, 'percent', 'other', 'clients smoking at 36 weeks of pregnancy', 'to 11% at 36 weeks'),
    F(94, 'percent', 'other', 'children with immunisations complete at 12 months', 'complete at 12 months for 94% of children'),
    F(13, 'count', 'other', 'babies born before 37 weeks', 'Thirteen babies (15%) were born before 37 weeks'),
    F(15, 'percent', 'other', 'share of babies born before 37 weeks', 'Thirteen babies (15%)', optional=True),
    F(81, 'percent', 'other', 'children within expected range on ASQ-3 communication at 24 months', '81% of children were within the expected range'),
    F(77, 'percent', 'other', 'children within expected range on ASQ-3 communication 2024/25', 'compared with 77% in 2024/25', period=prev),
    F(47, 'count', 'social_care_referrals', 'referrals by family nurses to children\u2019s social care', 'Family nurses made 47 referrals'),
    F(38, 'count', 'social_care_referrals', 'referrals to children\u2019s social care in 2024/25', '(38 in 2024/25)', period=prev),
    F(22, 'count', 'section_47_enquiries', 'section 47 enquiries about FNP families', 'the subject of 22 section 47 enquiries'),
    F(6, 'count', 'other', 'unborn babies with a pre-birth assessment', 'pre-birth assessments were completed for 6 unborn babies'),
    F(3, 'count', 'court_orders', 'babies for whom care proceedings were issued', 'Care proceedings were issued for 3 babies'),
    F(27, 'count', 'child_protection_plans', 'children of FNP clients on a CP plan at 31 March 2025', 'On a child protection plan 27', period=snap25),
    F(31, 'count', 'child_protection_plans', 'children of FNP clients on a CP plan at 31 March 2026', 'On a child protection plan 27 31'),
    F(22, 'count', 'children_in_need', 'children of FNP clients in need at 31 March 2025', 'Child in need 22', period=snap25),
    F(18, 'count', 'children_in_need', 'children of FNP clients in need at 31 March 2026', 'Child in need 22 18'),
    F(7, 'count', 'looked_after_children', 'children of FNP clients looked after at 31 March 2025', 'Looked after 7', period=snap25),
    F(9, 'count', 'looked_after_children', 'children of FNP clients looked after at 31 March 2026', 'Looked after 7 9'),
    F(3, 'count', 'looked_after_children', 'looked after children placed with their mother at 31 March 2025', 'of whom placed with their mother 3', period=snap25),
    F(4, 'count', 'looked_after_children', 'looked after children placed with their mother at 31 March 2026', 'of whom placed with their mother 3 4'),
    F(38, 'percent', 'other', 'clients disclosing domestic abuse', 'Domestic abuse was disclosed by 38% of clients'),
    F(14, 'count', 'other', 'clients referred to the MARAC', 'referred 14 clients to the MARAC'),
    F(9, 'weeks', 'other', 'age of the seriously injured baby', 'a baby aged 9 weeks'),
    F(1, 'count', 'serious_harm_cases', 'baby seriously injured', 'was admitted to hospital with serious injuries', optional=True),
    F(1, 'count', 'rapid_reviews', 'rapid review convened', 'convened a rapid review'),
    F(15, 'days', 'other', 'rapid review timescale (working days)', 'within 15 working days'),
    F(4, 'count', 'recommendations', 'rapid review recommendations for FNP and health visiting', 'made 4 recommendations for FNP and health visiting'),
    F(3, 'count', 'recommendations', 'recommendations complete', '3 are complete'),
    F(1, 'count', 'recommendations', 'recommendation on track', '1 is on track for December 2026'),
    F(18, 'years', 'other', 'age of the quoted client', 'Leah, 18', optional=True),
    F(12, 'weeks', 'other', 'safeguarding supervision interval', 'safeguarding supervision every 12 weeks'),
    F(10, 'weeks', 'other', 'time to fill a nurse vacancy', 'the post was filled within 10 weeks'),
    F(612400, 'gbp', 'other', 'programme cost', 'The programme cost \u00a3612,400 in 2025/26'),
    F(4310, 'gbp', 'other', 'average cost per family on the caseload', 'an average of \u00a34,310 per family'),
    F(630000, 'gbp', 'other', 'confirmed funding for 2026/27', 'confirmed funding of \u00a3630,000 for 2026/27', period=P('2026-04-01', '2027-03-31')),
    F(10, 'percent', 'other', 'priority: attrition in infancy below', 'Keep attrition in infancy below 10%', optional=True),
    F(65, 'percent', 'other', 'priority: breastfeeding at birth', 'Raise breastfeeding at birth to 65%', optional=True),
    F(28, 'weeks', 'other', 'priority: healthy relationships session by weeks of pregnancy', 'by 28 weeks of pregnancy', optional=True),
]
quotes = [
    Q('I didn\u2019t trust anyone from the council when I was pregnant. Sam was the first professional who came back every week. She never judged me, and when things got bad at home she told me straight what she had to do and why.',
      'Leah', ['an FNP client', 'FNP client', 'a young mother'], None, role='FNP client, 18'),
    Q('The fall in attrition is the result I am proudest of. Young mothers stay with us because they get the same nurse every time, and that relationship is what lets us have the hard conversations about safety.',
      'Joanne Okafor', ['Okafor', 'Ms Okafor'], 'said', role='FNP Supervisor'),
    Q('exactly the kind of early, relationship-based help our prevention strategy is built on',
      'Priya Venkatesh', ['Dr Venkatesh', 'Venkatesh', 'Dr Priya Venkatesh'], 'said the programme offered',
      role='Director of Public Health at Barnet Council'),
]
gold(DOC, 'council_report', 'Family Nurse Partnership (FNP) Barnet Annual Report 2025/26', 'Barnet',
     'Barnet Safeguarding Children Partnership', per, figs,
     ['2025/26', '2024/25', '2026/27', '31 March 2026', '17 September 2026', 'version 1.2', 'Table 1', 'Table 2',
      '36 weeks', '37 weeks', '24 months', 'second birthday', '0-19', 'ASQ-3', 'November 2025', 'January 2026',
      'December 2026', 'two days a week', 'four points', '01632 960418', '(1)', '(4)'],
     quotes,
     [{'name': 'Joanne Okafor', 'role': 'FNP Supervisor'},
      {'name': 'Priya Venkatesh', 'role': 'Director of Public Health at Barnet Council'}],
     ['Central and North London Community Health NHS Trust | Barnet 0-19 Services', 'FNP Barnet | Annual Report 2025/26'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). An NHS community trust\'s Family Nurse Partnership '
     'annual report to the local FNP advisory board and the children\'s partnership board (council_report: an NHS trust\'s '
     'programme and safeguarding report to a partnership board). Period from the title "Annual Report 2025/26". Key-figures '
     'strip repeats prose figures (mentions). Table 1 fidelity measures: 2024/25 column carries its own period, 2025/26 '
     'repeats prose where it exists, FNP goals optional (targets). Enrolment "before 16 weeks\' gestation": the share and '
     'the timescale are both required (ruling 1/6), the timescale once. Eligibility ages optional; average age required, '
     'youngest optional; "up to 64 home visits" qualifier; 4.5 WTE optional. Table 2 snapshots at 31 March 2025 (own period) '
     'and 31 March 2026 (period end, none): CP plan, child in need, looked after keep their metrics; placed with their mother '
     '(placement subset) keeps looked_after_children. Referrals to children\'s social care, s47 enquiries, care proceedings '
     '(court_orders). Rapid review convened by the Barnet Safeguarding Children Partnership (partnership per ruling 2): '
     'rapid_reviews 1; the serious injury itself optional (serious_harm_cases); baby\'s age 9 weeks a case fact (required); '
     '15 working days required; 4 recommendations with 3 complete and 1 on track (recommendations). Priorities optional. '
     'Quotes: a client\'s pull quote with a dash line (cue null; age optional), the FNP supervisor (said), the DPH\'s fragment '
     'in reported speech (required). Traps: ASQ-3, 0-19, version 1.2, 36/37 weeks (definitions and time points), second birthday.')
