"""Writer o, o03: a Welsh council's Flying Start (Dechrau'n Deg) annual report (Wrexham), PDF, two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_o import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import FrameBreak, NextPageTemplate

DOC = 'o03_wrexham_flying_start_annual_report_2025_26.pdf'
S = styles('#a4262c', size=8.6)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
WEL = ParagraphStyle('wel', parent=SM, fontName='Helvetica-Oblique', textColor=colors.HexColor('#666666'))
BQ = ParagraphStyle('bq', parent=B, leftIndent=8, fontName='Helvetica-Oblique')


def p(t):
    return Paragraph(t, B)


def h(en, cy):
    return [Paragraph(en, H2), Paragraph(cy, WEL)]


band = Table([[Paragraph('<font size=8>Wrexham County Borough Council | Cyngor Bwrdeistref Sirol Wrecsam</font>', SM)],
              [Paragraph('Flying Start Annual Report', H1)],
              [Paragraph('Adroddiad Blynyddol Dechrau\u2019n Deg', WEL)],
              [Paragraph('1 April 2025 to 31 March 2026  |  Report to the Lifelong Learning Scrutiny Committee, 15 October 2026', SM)]],
             colWidths=[170 * mm])
band.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 1.5, A), ('BOTTOMPADDING', (0, -1), (-1, -1), 6)]))

spend = table([['Element', '\u00a3000'],
               ['Health visiting', '1,960'],
               ['Childcare', '2,410'],
               ['Parenting support', '486'],
               ['Speech, language and communication', '372'],
               ['Management and support', '612'],
               ['Total', '5,840']], [55, 22], A, zebra='#f6e7e8')

story = [
    band, FrameBreak(), NextPageTemplate('later'),
    *h('Foreword from the Lead Member', 'Sylw gan yr Aelod Arweiniol'),
    Paragraph('\u201cFlying Start works because it is there early, before problems become crises. The expansion means '
              'hundreds more families can now get that help, and I want every one of the new areas to be as good as '
              'our oldest.\u201d', BQ),
    Paragraph('Councillor Gwenan Pritchard, Lead Member for Education and Early Years', SM),
    *h('1. Introduction', 'Cyflwyniad'),
    p('Flying Start is the Welsh Government\u2019s early years programme for families with children under four in '
      'the most disadvantaged parts of Wales. In Wrexham it is delivered by the council with Betsi Cadwaladr University '
      'Health Board, which employs the health visitors.'),
    p('This report sets out what the programme delivered in the year and how it helped to keep young children safe. '
      'Welsh and English versions are available; this is the English version.'),
    *h('2. Reach', 'Cyrhaeddiad'),
    p('Flying Start reached 2,486 children under four in 2025-26, up from 2,214 in 2024-25, after phase 2 of the '
      'expansion added seven new areas to the programme in Gwersyllt, Rhos and Plas Madoc.'),
    *h('3. Health visiting', 'Ymwelwyr iechyd'),
    p('The Flying Start health visiting team made 9,712 contacts with families. Each Flying Start health visitor has '
      'a caseload of no more than 110 children, against about 250 in the generic service.'),
    p('97% of eligible children received their 27-month developmental review. At that review, 78% were within or above '
      'the expected range for language development, compared with 71% in 2024-25.'),
    *h('4. Childcare', 'Gofal plant'),
    p('Funded childcare is offered to two-year-olds for 12.5 hours a week for 39 weeks of the year. 1,108 two-year-olds '
      'took up a place, 79% of those eligible, and 31% of the places used were in Welsh-medium settings.'),
    *h('5. Parenting, speech and language', 'Rhianta, lleferydd ac iaith'),
    p('214 parents completed a group parenting programme. The speech and language therapists received 412 referrals '
      'and ran drop-in sessions in every Flying Start area.'),
    *h('6. Keeping children safe', 'Cadw plant yn ddiogel'),
    p('Flying Start staff see young children in their homes more often than any other service, so they are often the '
      'first to notice that something is wrong. All staff follow the Wales Safeguarding Procedures.'),
    p('At 31 March 2026, 38 children under four living in Flying Start areas were on the child protection register '
      '(32 a year earlier). A further 64 had a care and support plan, and 29 were looked after.'),
    p('The team made 87 referrals to Children\u2019s Services through the Information, Advice and Assistance service '
      'during the year. Neglect was a factor in 46 of them.'),
    p('In 2025-26 the North Wales Safeguarding Board published one concise child practice review about a Wrexham '
      'family with a baby who was seriously injured. Its six recommendations included two for the programme: to check '
      'who else lives in the home at every visit, and to share concerns about a father\u2019s drinking with the midwife '
      'and the GP.'),
    p('Rhian Evans, a Flying Start health visitor in Caia Park, said: \u201cThe review was hard reading. We now ask about '
      'every adult in the house, every time, and we write down the answer.\u201d'),
    p('Flying Start staff took up 312 places on safeguarding training during the year.'),
    *h('7. Funding', 'Cyllid'),
    p('The Welsh Government Flying Start grant for 2025-26 was \u00a35.84m, including \u00a31.12m for the childcare '
      'expansion. Table 1 shows how it was spent.'),
    Paragraph('Table 1: Flying Start spend 2025-26', SM),
    spend,
    Spacer(1, 3 * mm),
    *h('8. Reach by locality', 'Cyrhaeddiad fesul ardal'),
    p('Table 2 shows the children reached in each of the five Flying Start localities. Gwersyllt and Rhos include the '
      'new expansion areas, which opened in stages from June 2025.'),
    Paragraph('Table 2: Children reached by locality, 2025-26', SM),
    table([['Locality', 'Children'], ['Caia Park', '712'], ['Hightown', '498'], ['Plas Madoc', '341'],
           ['Gwersyllt', '402'], ['Rhos', '533'], ['All localities', '2,486']], [55, 22], A, zebra='#f6e7e8'),
    Spacer(1, 3 * mm),
    *h('9. Priorities for 2026-27', 'Blaenoriaethau ar gyfer 2026-27'),
    p('Next year the programme will raise the share of children within or above the expected range for language at 27 '
      'months to 80%, bring the new areas up to full health visiting staffing, and work with the North Wales '
      'Safeguarding Board on a short audit of how the review\u2019s recommendations are used in practice.'),
    Paragraph('Contact: Flying Start team, 01632 960731, flyingstart@wrexham.gov.example', SM),
]
build_two_col(os.path.join(DIR, DOC), 'Flying Start Annual Report 2025-26', 'Wrexham County Borough Council', story,
              'Flying Start Annual Report | Adroddiad Blynyddol Dechrau\u2019n Deg', 'Wrexham County Borough Council', 2,
              band_h=34)

per = P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026')
y1 = P('2024-04-01', '2025-03-31', '2024-25')
figs = [
    F(2486, 'count', 'other', 'children under four reached by Flying Start', 'Flying Start reached 2,486 children under four'),
    F(2214, 'count', 'other', 'children under four reached by Flying Start', 'up from 2,214 in 2024-25', period=y1),
    F(7, 'count', 'other', 'new areas added by phase 2 of the expansion', 'added seven new areas'),
    F(9712, 'count', 'other', 'health visiting contacts', 'made 9,712 contacts with families'),
    F(110, 'count', 'other', 'maximum caseload of a Flying Start health visitor', 'a caseload of no more than 110 children', qualifier='no more than'),
    F(250, 'count', 'other', 'caseload in the generic health visiting service', 'against about 250 in the generic service', qualifier='about'),
    F(97, 'percent', 'other', 'eligible children who received the 27-month review', '97% of eligible children received'),
    F(78, 'percent', 'other', 'children within or above expected range for language at 27 months', '78% were within or above'),
    F(71, 'percent', 'other', 'children within or above expected range for language at 27 months', 'compared with 71% in 2024-25', period=y1),
    F(12.5, 'count', 'other', 'funded childcare hours a week (hours: no spec unit)', 'for 12.5 hours a week', optional=True),
    F(39, 'weeks', 'other', 'weeks of funded childcare a year', 'for 39 weeks of the year'),
    F(1108, 'count', 'other', 'two-year-olds who took up funded childcare', '1,108 two-year-olds took up a place'),
    F(79, 'percent', 'other', 'take-up of funded childcare among eligible two-year-olds', '79% of those eligible', optional=True),
    F(31, 'percent', 'other', 'childcare places used in Welsh-medium settings', '31% of the places used were in Welsh-medium settings'),
    F(214, 'count', 'other', 'parents who completed a group parenting programme', '214 parents completed a group parenting programme'),
    F(412, 'count', 'other', 'referrals to speech and language therapists', 'received 412 referrals'),
    F(38, 'count', 'child_protection_plans', 'children under four in Flying Start areas on the child protection register', '38 children under four living in Flying Start areas were on the child protection register'),
    F(32, 'count', 'child_protection_plans', 'children under four in Flying Start areas on the register a year earlier', '(32 a year earlier)', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(64, 'count', 'children_in_need', 'children with a care and support plan', 'A further 64 had a care and support plan'),
    F(29, 'count', 'looked_after_children', 'children looked after', 'and 29 were looked after'),
    F(87, 'count', 'social_care_referrals', "referrals to Children's Services", 'The team made 87 referrals to Children\u2019s Services'),
    F(46, 'count', 'other', 'referrals where neglect was a factor', 'Neglect was a factor in 46 of them'),
    F(1, 'count', 'lcsprs_published', 'concise child practice review published', 'published one concise child practice review'),
    F(6, 'count', 'recommendations', 'recommendations of the child practice review', 'Its six recommendations'),
    F(2, 'count', 'recommendations', 'recommendations for the Flying Start programme', 'included two for the programme'),
    F(312, 'count', 'other', 'places taken on safeguarding training', 'took up 312 places on safeguarding training'),
    F(5840000, 'gbp', 'other', 'Welsh Government Flying Start grant 2025-26', 'Flying Start grant for 2025-26 was \u00a35.84m'),
    F(1120000, 'gbp', 'other', 'grant for the childcare expansion', 'including \u00a31.12m for the childcare expansion'),
    F(1960000, 'gbp', 'other', 'spend on health visiting', 'Health visiting 1,960'),
    F(2410000, 'gbp', 'other', 'spend on childcare', 'Childcare 2,410'),
    F(486000, 'gbp', 'other', 'spend on parenting support', 'Parenting support 486'),
    F(372000, 'gbp', 'other', 'spend on speech, language and communication', 'Speech, language and communication 372'),
    F(612000, 'gbp', 'other', 'spend on management and support', 'Management and support 612'),
    F(5, 'count', 'other', 'Flying Start localities', 'each of the five Flying Start localities', optional=True),
    F(712, 'count', 'other', 'children reached in Caia Park', 'Caia Park 712'),
    F(498, 'count', 'other', 'children reached in Hightown', 'Hightown 498'),
    F(341, 'count', 'other', 'children reached in Plas Madoc', 'Plas Madoc 341'),
    F(402, 'count', 'other', 'children reached in Gwersyllt', 'Gwersyllt 402'),
    F(533, 'count', 'other', 'children reached in Rhos', 'Rhos 533'),
    F(80, 'percent', 'other', 'priority: children within expected range for language at 27 months', 'months to 80%', optional=True),
]
quotes = [
    Q('The review was hard reading. We now ask about every adult in the house, every time, and we write down the answer.',
      'Rhian Evans', ['Evans', 'Ms Evans'], 'said', role='Flying Start health visitor in Caia Park'),
    Q('Flying Start works because it is there early, before problems become crises. The expansion means hundreds more families can now get that help, and I want every one of the new areas to be as good as our oldest.',
      'Gwenan Pritchard', ['Councillor Pritchard', 'Cllr Pritchard', 'Pritchard', 'Councillor Gwenan Pritchard'], None,
      role='Lead Member for Education and Early Years'),
]
gold(DOC, 'council_report', 'Flying Start Annual Report', 'Wrexham', 'North Wales Safeguarding Board', per, figs,
     ['1 April 2025', '31 March 2026', '15 October 2026', '2025-26', '2024-25', '27-month', 'phase 2', 'Table 1', 'Table 2', '2026-27', 'June 2025', 'hundreds more families',
      '01632 960731', 'under four', 'two-year-olds'],
     quotes,
     [{'name': 'Rhian Evans', 'role': 'Flying Start health visitor in Caia Park'},
      {'name': 'Gwenan Pritchard', 'role': 'Lead Member for Education and Early Years'}],
     ['Adroddiad Blynyddol Dechrau\u2019n Deg', 'Wrexham County Borough Council | Cyngor Bwrdeistref Sirol Wrecsam'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A Welsh council\'s Flying Start (early years '
     'programme) annual report to a scrutiny committee, two columns under a title band, bilingual headings (Welsh in '
     'italic under each English heading). Period in the cover line "1 April 2025 to 31 March 2026". Partnership: the '
     'North Wales Safeguarding Board (a regional board) published the child practice review about a Wrexham family. Wales '
     'conventions: child protection register -> child_protection_plans; care and support plan -> children_in_need; '
     'concise child practice review -> lcsprs_published; its six recommendations and the two for the programme '
     '(recommendations, subset of recommendations keeps the metric). Register count a year earlier has its own snapshot '
     'period. Referrals via IAA -> social_care_referrals; "Neglect was a factor in 46" is a feature subset (other). '
     'Caseload cap "no more than 110" and "about 250" with qualifiers. Childcare hours a week optional (hours have no '
     'unit); 39 weeks required; "79% of those eligible" after a count optional; "27-month" review name not a figure. '
     'Table 1 in £000 (x1,000); its Total 5,840 repeats the £5.84m grant (mention). Table 2 by locality; its total row repeats 2,486 (mention). The 2026-27 priority (80%) optional. Quotes: a health visitor (said) and '
     'the Lead Member\'s block quote with the name line under it (cue null).')
