"""Writer t, t01: Children's Hearings Scotland, South Lanarkshire Area Support Team annual report 2025-26 (PDF, 2 pages,
title band, card strip, decisions table, boxed pull quote)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_t import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

DOC = 't01_south_lanarkshire_childrens_hearings_area_support_team_annual_report_2025_26.pdf'
S = styles('#5b2a86', size=9.3)
B, H2, SM, H1, CELL = S['body'], S['h2'], S['small'], S['h1'], S['cell']
A = S['accent']
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', fontSize=10.5, leading=14, textColor=A)


def p(t):
    return Paragraph(t, B)


def card(n, label):
    return [Paragraph('<font size=16 color="#5b2a86"><b>%s</b></font>' % n, B), Paragraph(label, SM)]


band = Table([[Paragraph('<font color="white" size=8>Children\u2019s Hearings Scotland</font>', SM)],
              [Paragraph('<font color="white" size=17><b>South Lanarkshire Area Support Team</b></font>', H1)],
              [Paragraph('<font color="white" size=12>Annual Report 2025\u201326</font>', B)]],
             colWidths=[170 * mm])
band.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('LEFTPADDING', (0, 0), (-1, -1), 8),
                          ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))

strip = Table([[card('1,184', 'hearings arranged in South Lanarkshire'), card('97', 'panel members at 31 March 2026'),
                card('31', 'new panel members trained and appointed'), card('58%', 'of young people aged 12+ had an advocate')]],
              colWidths=[42.5 * mm] * 4)
strip.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('INNERGRID', (0, 0), (-1, -1), 0.4, A),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f1eaf7')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))

decisions = table([['Decision made by the hearing', '2024\u201325', '2025\u201326'],
                   ['New compulsory supervision orders', '226', '241'],
                   ['Interim compulsory supervision orders', '175', '187'],
                   ['Orders continued or varied on review', '389', '402'],
                   ['Orders terminated', '181', '198'],
                   ['Hearings deferred (panel member unavailable)', '41', '34']],
                  [100, 35, 35], A, zebra='#f6f2fa')

pull = Table([[Paragraph('\u201cSitting on a panel is the hardest thing I have ever volunteered for, and the most worthwhile. '
                         'You are there for one reason: the child in front of you.\u201d', PQ)],
              [Paragraph('\u2014 Panel member, Hamilton, appointed 2019', SM)]], colWidths=[165 * mm])
pull.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#faf7fc')),
                          ('LEFTPADDING', (0, 0), (-1, -1), 10)]))

story = [
    band,
    Spacer(1, 6),
    strip,
    Spacer(1, 6),
    Paragraph('Welcome from the Area Support Team Lead', H2),
    p('This is the annual report of the South Lanarkshire Area Support Team (AST). It sets out what our volunteers have '
      'done over the last year to make sure every child in South Lanarkshire who needs a Children\u2019s Hearing gets a '
      'well-prepared, fair and kind one. I want to thank every panel member and every AST volunteer for the time they give, '
      'and our colleagues in the Scottish Children\u2019s Reporter Administration (SCRA), the council\u2019s social work '
      'service and the Children\u2019s Hearings advocacy providers for working with us so closely.'),
    p('It has not been an easy year for recruitment. We lost more experienced panel members than we were able to replace, '
      'and the panel is smaller than it was. But the quality of decision-making has held up, and children and young people '
      'are telling us more often that they felt listened to. <i>Fiona Rennie, Area Support Team Lead</i>'),
    Paragraph('1. Our volunteers', H2),
    p('At 31 March 2026 we had 97 panel members, compared with 104 a year earlier. We recruited and trained 31 new panel '
      'members, who completed the national pre-service learning programme of around 60 hours before they sat on their first '
      'hearing. Over the same period 22 panel members left us, 9 of them after more than five years\u2019 service.'),
    p('The average age of our panel members is 49; the youngest is 19. Men make up 38% of the panel, and 11% of panel '
      'members told us they have lived experience of care. The AST itself has 15 volunteer members, who between them '
      'carried out 88 practice observations of panel members at hearings during the year.'),
    p('Every panel member is asked to complete the national trauma-informed practice module. By the end of March, 92% had '
      'done so.'),
    Paragraph('2. Hearings in South Lanarkshire', H2),
    p('The Children\u2019s Reporter arranged 1,184 hearings in South Lanarkshire in 2025\u201326, compared with 1,262 in '
      '2024\u201325. Between them these hearings considered the circumstances of 963 children and young people. Of the '
      'hearings, 412 were held fully in person at our hearing centres in Hamilton and East Kilbride, 598 were hybrid and '
      '174 took place fully online.'),
    p('On 96% of occasions the hearing went ahead on the day with three panel members, against a national standard of 98%. '
      'Table 1 shows the decisions hearings made, and the 34 hearings that had to be deferred because a panel member was not '
      'available. Hearings about children aged under 5 made up 31% of all hearings.'),
    Paragraph('<b>Table 1: Decisions of children\u2019s hearings, South Lanarkshire</b>', SM),
    decisions,
    Spacer(1, 4),
    Paragraph('Source: SCRA and CHS hearing records. Orders continued or varied include orders with a new measure added.', SM),
]

story2 = [
    p('At 31 March 2026, 712 children and young people in South Lanarkshire were subject to a compulsory supervision order. '
      'Of these, 281 (39%) had a measure requiring them to live away from home. The sheriff granted 29 child protection '
      'orders in the year, and a second working day hearing was held for 27 of those children.'),
    p('Hearing papers should reach panel members at least seven days before the hearing. This happened for 82% of hearings, '
      'up from 74% the year before. The average hearing lasted 68 minutes.'),
    Paragraph('3. Children\u2019s rights and voice', H2),
    p('Every child aged 12 or over has the right to a children\u2019s hearings advocate. This year 58% of young people in '
      'that age group came to their hearing with an advocate, up from 41% in 2024\u201325. We received 214 feedback forms '
      'from children, young people and families after their hearing, and 87% of them said the panel had listened to them.'),
    p('One young person, aged 14, wrote on their form: \u201cThey actually asked what I thought before they decided anything, '
      'and they explained why they didn\u2019t agree with me.\u201d'),
    pull,
    Spacer(1, 6),
    Paragraph('4. The wider picture', H2),
    p('South Lanarkshire Council\u2019s own figures show 168 children on the child protection register at 31 July 2025, a rate '
      'of 2.6 per 1,000 children aged 0-15 (Scotland: 2.1). Most children on the register will not need a hearing, but the '
      'numbers remind us how many families in our area are under strain.'),
    p('Elaine Gilchrist, National Convener of Children\u2019s Hearings Scotland, visited the AST in February. \u201cSouth '
      'Lanarkshire has kept hearings running through a hard year for recruitment,\u201d she said. \u201cThe next step is '
      'to make sure every panel member has the time and support to prepare properly.\u201d'),
    Paragraph('5. Resources', H2),
    p('CHS paid \u00a338,420 in expenses to South Lanarkshire panel members and AST volunteers in 2025\u201326, and '
      '\u00a312,600 for learning venues and materials.'),
    Paragraph('6. Looking ahead to 2026\u201327', H2),
    p('We aim to recruit 40 new panel members, to raise the share of hearings with papers issued on time to 90%, and to '
      'carry out a practice observation for every panel member at least once every two years.'),
    Spacer(1, 4),
    Paragraph('Children\u2019s Hearings Scotland, South Lanarkshire AST, c/o Hamilton hearing centre. Telephone 01632 960274. '
              'chs-southlanarkshire@chs.example. Established under the Children\u2019s Hearings (Scotland) Act 2011.', SM),
]

build(os.path.join(DIR, DOC), 'South Lanarkshire Area Support Team Annual Report 2025-26', "Children's Hearings Scotland",
      story + [PageBreak()] + story2, 'Children\u2019s Hearings Scotland | South Lanarkshire AST | Annual Report 2025\u201326',
      'South Lanarkshire Area Support Team', 2)

per = P('2025-04-01', '2026-03-31', 'Annual Report 2025\u201326')
prev = P('2024-04-01', '2025-03-31', '2024\u201325')
snap25 = P('2025-03-31', '2025-03-31', 'a year earlier')
jul25 = P('2025-07-31', '2025-07-31', 'at 31 July 2025')
figs = [
    F(1184, 'count', 'other', 'hearings arranged in South Lanarkshire', 'The Children\u2019s Reporter arranged 1,184 hearings'),
    F(97, 'count', 'other', 'panel members at 31 March 2026', 'we had 97 panel members'),
    F(104, 'count', 'other', 'panel members a year earlier', 'compared with 104 a year earlier', period=snap25),
    F(31, 'count', 'other', 'new panel members recruited and trained', 'We recruited and trained 31 new panel members'),
    F(58, 'percent', 'other', 'young people aged 12 or over who came to their hearing with an advocate', 'This year 58% of young people'),
    F(22, 'count', 'other', 'panel members who left', '22 panel members left us'),
    F(9, 'count', 'other', 'panel members who left after more than five years\u2019 service', '9 of them after more than five years'),
    F(49, 'years', 'other', 'average age of panel members', 'The average age of our panel members is 49'),
    F(19, 'years', 'other', 'age of the youngest panel member', 'the youngest is 19', optional=True),
    F(38, 'percent', 'other', 'share of panel members who are men', 'Men make up 38% of the panel'),
    F(11, 'percent', 'other', 'panel members with lived experience of care', '11% of panel members told us they have lived experience of care'),
    F(15, 'count', 'other', 'AST volunteer members', 'The AST itself has 15 volunteer members'),
    F(88, 'count', 'other', 'practice observations of panel members', 'carried out 88 practice observations'),
    F(92, 'percent', 'other', 'panel members who completed the trauma-informed practice module', 'By the end of March, 92% had done so'),
    F(1262, 'count', 'other', 'hearings arranged in 2024-25', 'compared with 1,262 in 2024\u201325', period=prev),
    F(963, 'count', 'other', 'children and young people whose circumstances hearings considered', 'considered the circumstances of 963 children'),
    F(412, 'count', 'other', 'hearings held fully in person', '412 were held fully in person'),
    F(598, 'count', 'other', 'hybrid hearings', '598 were hybrid'),
    F(174, 'count', 'other', 'hearings held fully online', '174 took place fully online'),
    F(96, 'percent', 'other', 'hearings that went ahead on the day with three panel members', 'On 96% of occasions the hearing went ahead'),
    F(98, 'percent', 'other', 'national standard for hearings going ahead with three panel members', 'against a national standard of 98%', optional=True),
    F(34, 'count', 'other', 'hearings deferred because a panel member was not available', 'the 34 hearings that had to be deferred'),
    F(31, 'percent', 'other', 'share of hearings about children aged under 5', 'made up 31% of all hearings'),
    F(226, 'count', 'court_orders', 'new compulsory supervision orders 2024-25', 'New compulsory supervision orders 226', period=prev),
    F(241, 'count', 'court_orders', 'new compulsory supervision orders', 'New compulsory supervision orders 226 241'),
    F(175, 'count', 'court_orders', 'interim compulsory supervision orders 2024-25', 'Interim compulsory supervision orders 175', period=prev),
    F(187, 'count', 'court_orders', 'interim compulsory supervision orders', 'Interim compulsory supervision orders 175 187'),
    F(389, 'count', 'other', 'orders continued or varied on review 2024-25', 'Orders continued or varied on review 389', period=prev),
    F(402, 'count', 'other', 'orders continued or varied on review', 'Orders continued or varied on review 389 402'),
    F(181, 'count', 'other', 'orders terminated 2024-25', 'Orders terminated 181', period=prev),
    F(198, 'count', 'other', 'orders terminated', 'Orders terminated 181 198'),
    F(41, 'count', 'other', 'hearings deferred (panel member unavailable) 2024-25', 'Hearings deferred (panel member unavailable) 41', period=prev),
    F(712, 'count', 'other', 'children subject to a compulsory supervision order at 31 March 2026', '712 children and young people in South Lanarkshire were subject to a compulsory supervision order'),
    F(281, 'count', 'other', 'children on a CSO with a measure to live away from home', 'Of these, 281 (39%) had a measure'),
    F(39, 'percent', 'other', 'share of children on a CSO required to live away from home', '281 (39%)', optional=True),
    F(29, 'count', 'court_orders', 'child protection orders granted by the sheriff', 'The sheriff granted 29 child protection orders'),
    F(27, 'count', 'other', 'children for whom a second working day hearing was held', 'was held for 27 of those children'),
    F(7, 'days', 'other', 'timescale for hearing papers to reach panel members', 'at least seven days before the hearing', qualifier='at least'),
    F(82, 'percent', 'other', 'hearings with papers issued at least seven days before', 'This happened for 82% of hearings'),
    F(74, 'percent', 'other', 'hearings with papers issued on time the year before', 'up from 74% the year before', period=prev),
    F(41, 'percent', 'other', 'young people aged 12+ with an advocate in 2024-25', 'up from 41% in 2024\u201325', period=prev),
    F(214, 'count', 'other', 'feedback forms received', 'We received 214 feedback forms'),
    F(87, 'percent', 'other', 'feedback forms saying the panel had listened', '87% of them said the panel had listened'),
    F(14, 'years', 'other', 'age of the quoted young person', 'One young person, aged 14', optional=True),
    F(168, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2025', '168 children on the child protection register', period=jul25),
    F(2.6, 'rate_per_1000', 'child_protection_plans', 'rate of children on the register per 1,000 aged 0-15', 'a rate of 2.6 per 1,000', period=jul25),
    F(2.1, 'rate_per_1000', 'child_protection_plans', 'Scotland rate of children on the register per 1,000', '(Scotland: 2.1)', period=jul25),
    F(38420, 'gbp', 'other', 'expenses paid to panel members and AST volunteers', 'CHS paid \u00a338,420 in expenses'),
    F(12600, 'gbp', 'other', 'learning venues and materials', '\u00a312,600 for learning venues and materials'),
    F(40, 'count', 'other', 'aim: new panel members to recruit in 2026-27', 'We aim to recruit 40 new panel members', optional=True),
    F(90, 'percent', 'other', 'aim: hearings with papers issued on time', 'issued on time to 90%', optional=True),
]
quotes = [
    Q('They actually asked what I thought before they decided anything, and they explained why they didn\u2019t agree with me.',
      'a young person', ['young person', 'a young person, aged 14', 'one young person'], 'wrote', role='young person, aged 14'),
    Q('Sitting on a panel is the hardest thing I have ever volunteered for, and the most worthwhile. You are there for one reason: the child in front of you.',
      'a panel member', ['panel member', 'Panel member, Hamilton'], None, role='Panel member, Hamilton, appointed 2019'),
    Q('South Lanarkshire has kept hearings running through a hard year for recruitment,',
      'Elaine Gilchrist', ['Gilchrist', 'Ms Gilchrist'], 'said', role='National Convener of Children\u2019s Hearings Scotland'),
    Q('The next step is to make sure every panel member has the time and support to prepare properly.',
      'Elaine Gilchrist', ['Gilchrist', 'Ms Gilchrist'], None),
]
gold(DOC, 'other', 'South Lanarkshire Area Support Team Annual Report 2025\u201326', 'South Lanarkshire', None, per, figs,
     ['2025\u201326', '2024\u201325', '2026\u201327', '31 March 2026', '31 July 2025', 'around 60 hours', 'five years\u2019 service',
      'aged under 5', 'aged 12 or over', 'second working day', '68 minutes', 'per 1,000', 'aged 0-15', 'appointed 2019',
      'once every two years', 'three panel members', 'Table 1', '01632 960274', 'Act 2011'],
     quotes,
     [{'name': 'Fiona Rennie', 'role': 'Area Support Team Lead'},
      {'name': 'Elaine Gilchrist', 'role': 'National Convener of Children\u2019s Hearings Scotland'}],
     ['Children\u2019s Hearings Scotland | South Lanarkshire AST | Annual Report 2025\u201326', 'South Lanarkshire Area Support Team'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A Children\'s Hearings Scotland Area Support Team\'s '
     'annual report for one council area (kind other: a national public body\'s local volunteer team reporting on itself, not '
     'a council\'s or partnership\'s governance paper). Period from the title "Annual Report 2025-26" (CHS reports on the '
     'financial year). No safeguarding partnership or child protection committee is named, so partnership null. Card strip '
     'repeats prose figures (mentions). Table 1: the 2024-25 column carries its own period, 2025-26 repeats prose where it can '
     '(34 deferred). New CSOs, interim CSOs and sheriff-granted child protection orders are court_orders; the stock of children '
     'on a CSO and orders continued, varied or terminated are other (as styles14 d04); "281 (39%)" count required, percent '
     'optional. Register 168 at 31 July 2025 (own snapshot), rate per 1,000 with a Scotland comparator (registers are plans). '
     'Paper timescale "at least seven days" required (ruling 1/6) with the 82% share; national standard 98% and next year\'s aims '
     'optional; youngest panel member and the young person\'s age optional. Hours and minutes (60 hours, 68 minutes) and the '
     'definition window "more than five years\' service" are not figures. Quotes: the young person\'s written words (wrote), '
     'a boxed pull quote with a dash line (cue null), the National Convener split by "she said". The AST Lead\'s welcome is '
     'first-person prose, not a quote.')
