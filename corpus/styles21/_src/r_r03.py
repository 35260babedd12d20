"""Writer r, r03: a council's children's social care market position statement (West Northamptonshire), PDF, no quotes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_r import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

DOC = 'r03_west_northamptonshire_childrens_social_care_market_position_statement.pdf'
S = styles('#7a3b00', size=9.3)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
WH = ParagraphStyle('wh', parent=H1, textColor=colors.white, fontSize=17, leading=21)
WS = ParagraphStyle('ws', parent=B, textColor=colors.white)
BL = ParagraphStyle('bl', parent=B, leftIndent=10, bulletIndent=2)


def p(t):
    return Paragraph(t, B)


def box(title, items):
    cell = [Paragraph('<b>%s</b>' % title, B)] + [Paragraph(i, BL, bulletText='\u2022') for i in items]
    t = Table([[cell]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbf1e6')),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 5),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


head = Table([[[Paragraph('Children\'s Social Care Market Position Statement', WH),
                Paragraph('Placements and accommodation for children in care and care leavers  |  West Northamptonshire '
                          'Council  |  Version 3, issued November 2026', WS)]]], colWidths=[170 * mm])
head.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('LEFTPADDING', (0, 0), (-1, -1), 9),
                          ('TOPPADDING', (0, 0), (-1, -1), 9), ('BOTTOMPADDING', (0, 0), (-1, -1), 9)]))

t1 = table([['Placement type', 'Children at 31 March 2026', 'Average weekly cost (£)'],
            ['In-house foster care', '248', '480'],
            ['Independent fostering agency', '196', '1,020'],
            ['Connected persons (family and friends) foster care', '92', '395'],
            ['Children\'s homes (residential)', '74', '6,840'],
            ['Supported accommodation (16 and 17 year olds)', '58', '2,150'],
            ['Placed with parents', '27', '-'],
            ['Other (secure, hospital, custody)', '17', '-'],
            ['Total', '712', '']], [82, 44, 44], A, zebra='#f7ece0')

t2 = table([['Need', 'Current', 'Forecast March 2029'],
            ['Children in care', '712', '790'],
            ['Children in children\'s homes', '74', '85'],
            ['Care leavers aged 18 to 25 we support', '418', '470']], [82, 44, 44], A)

story = [
    head,
    Spacer(1, 4 * mm),
    Paragraph('1. Why we have written this statement', H2),
    p('This Market Position Statement tells current and future providers what children in West Northamptonshire need, '
      'what we buy now, and what we want to buy over the next three years. It sits alongside our Sufficiency Strategy '
      '2026-2029 and should be read with the Northamptonshire Safeguarding Children Partnership\'s threshold document. It '
      'is not a tender and does not commit the council to any purchase.'),
    Paragraph('2. Our children', H2),
    p('At 31 March 2026, 712 children were in our care, up from 668 a year earlier. That is a rate of 76 per 10,000 '
      'children, above the England average of 70 and the East Midlands average of 66. Forty-six of the 712 are '
      'unaccompanied asylum-seeking children. Just over a third of children entering care in 2025/26 were aged 13 or '
      'over (36%), and 129 children came into care during that year.'),
    p('Too many children live a long way from home. 41% of children in care live outside West Northamptonshire, and 27% '
      'live more than 20 miles from the address they were removed from. Of the 74 children in children\'s homes, 52 '
      'live outside the county.'),
    Paragraph('Table 1: Where our children live, and what it costs', SM),
    t1,
    Spacer(1, 2 * mm),
    Paragraph('3. What we spend', H2),
    p('We spent £68.4m on placements for children in care in 2025/26, against a budget of £61.2m. Children\'s homes '
      'accounted for £26.3m of that, for 74 children. The average weekly cost of a children\'s home placement has risen '
      'from £5,210 in 2023/24 to £6,840, an increase of 31% in two years. Eleven children are in placements costing more '
      'than £10,000 a week.'),
    p('In 2025/26 the commissioning team made 412 placement searches, 131 of them for a children\'s home. For 23 children '
      'we received no offer at all on the first search.'),
    Paragraph('4. The local market', H2),
    p('There are 38 Ofsted-registered children\'s homes in West Northamptonshire with 142 beds between them; the council '
      'runs 4 of these homes, with 17 beds. Most other beds are bought by other local authorities. We have 212 in-house '
      'fostering households, and 14 independent fostering agencies have at least one of our children. 23 providers of '
      'supported accommodation are registered with Ofsted in the county.'),
    box('What this means for providers', [
        'We want to buy foster placements for teenagers and sibling groups of three or more, and we will pay an '
        'enhanced rate of £150 a week on top of the framework fee.',
        'We are looking for two or three providers to open small homes (two or three beds) within the county for children '
        'with complex needs, on block contracts of up to five years.',
        'We will not spot-purchase unregistered provision for any child under 16.',
    ]),
    Spacer(1, 2 * mm),
    Paragraph('5. What we think we will need', H2),
    p('On current trends we expect about 790 children to be in care by March 2029 (Table 2). Our aim is to reduce the '
      'share of children living more than 20 miles from home to 15%, and to recruit 60 more in-house fostering households.'),
    Paragraph('Table 2: Forecast need (based on the last five years\' trend)', SM),
    t2,
    Spacer(1, 2 * mm),
    Paragraph('6. How to talk to us', H2),
    p('Provider forums are held every quarter. To join the mailing list, or to discuss an offer, contact the Children\'s '
      'Commissioning Team on 01632 960527 or commissioning@westnorthants.example.'),
]

if __name__ == '__main__':
    out = os.path.join(DIR, DOC)
    build(out, 'Children\'s Social Care Market Position Statement', 'West Northamptonshire Council', story,
          'West Northamptonshire Council  |  Children\'s Social Care Market Position Statement', 'OFFICIAL', 2)
    M26 = P('2026-03-31', '2026-03-31', 'at 31 March 2026')
    M25 = P('2025-03-31', '2025-03-31', 'a year earlier')
    Y = P('2025-04-01', '2026-03-31', '2025/26')
    figs = [
        F(712, 'count', 'looked_after_children', 'children in care', '712 children were in our care', period=M26),
        F(668, 'count', 'looked_after_children', 'children in care a year earlier', 'up from 668 a year earlier', period=M25),
        F(76, 'rate_per_10000', 'looked_after_children', 'rate of children in care', 'a rate of 76 per 10,000', period=M26),
        F(70, 'rate_per_10000', 'looked_after_children', 'children in care rate, England average', 'the England average of 70', period=M26),
        F(66, 'rate_per_10000', 'looked_after_children', 'children in care rate, East Midlands average', 'East Midlands average of 66', period=M26),
        F(46, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children in care', 'Forty-six of the 712 are unaccompanied', period=M26),
        F(36, 'percent', 'other', 'children entering care aged 13 or over', 'were aged 13 or over (36%)', period=Y),
        F(33.33, 'percent', 'other', 'children entering care aged 13 or over (hedged)', 'Just over a third of children entering care', qualifier='just over', period=Y, optional=True),
        F(129, 'count', 'looked_after_children', 'children who came into care', '129 children came into care during that year', period=Y),
        F(41, 'percent', 'looked_after_children', 'children in care living outside West Northamptonshire', '41% of children in care live outside', period=M26),
        F(27, 'percent', 'looked_after_children', 'children in care living more than 20 miles from home', '27% live more than 20 miles', period=M26),
        F(52, 'count', 'looked_after_children', 'children in children\'s homes living outside the county', '52 live outside the county', period=M26),
    ]
    t1rows = [('in-house foster care', 248, 480, 'In-house foster care 248 480'),
              ('independent fostering agency', 196, 1020, 'Independent fostering agency 196 1,020'),
              ('connected persons foster care', 92, 395, 'foster care 92 395'),
              ('children\'s homes', 74, 6840, '(residential) 74 6,840'),
              ('supported accommodation (16 and 17 year olds)', 58, 2150, 'year olds) 58 2,150'),
              ('placed with parents', 27, None, 'Placed with parents 27'),
              ('other placements (secure, hospital, custody)', 17, None, 'custody) 17')]
    for name, n, cost, anc in t1rows:
        figs.append(F(n, 'count', 'looked_after_children', 'children in care in %s' % name, anc, period=M26))
        if cost:
            figs.append(F(cost, 'gbp', 'other', 'average weekly cost, %s' % name, anc, period=M26))
    figs += [
        F(68400000, 'gbp', 'other', 'spend on placements for children in care', 'We spent £68.4m on placements', period=Y),
        F(61200000, 'gbp', 'other', 'placements budget', 'against a budget of £61.2m', period=Y),
        F(26300000, 'gbp', 'other', 'spend on children\'s home placements', 'accounted for £26.3m of that', period=Y),
        F(5210, 'gbp', 'other', 'average weekly cost of a children\'s home placement, 2023/24', 'from £5,210 in 2023/24', period=P('2023-04-01', '2024-03-31', '2023/24')),
        F(31, 'percent', 'other', 'increase in average weekly cost of a children\'s home placement', 'an increase of 31% in two years'),
        F(11, 'count', 'looked_after_children', 'children in placements costing more than £10,000 a week', 'Eleven children are in placements costing more'),
        F(412, 'count', 'other', 'placement searches', 'made 412 placement searches', period=Y),
        F(131, 'count', 'other', 'placement searches for a children\'s home', '131 of them for a children\'s home', period=Y),
        F(23, 'count', 'other', 'children with no offer on the first search', 'For 23 children we received no offer', period=Y),
        F(38, 'count', 'other', 'Ofsted-registered children\'s homes in the area', 'There are 38 Ofsted-registered children\'s homes'),
        F(142, 'count', 'other', 'beds in children\'s homes in the area', 'with 142 beds between them'),
        F(4, 'count', 'other', 'council-run children\'s homes', 'the council runs 4 of these homes'),
        F(17, 'count', 'other', 'beds in council-run homes', 'with 17 beds'),
        F(212, 'count', 'other', 'in-house fostering households', 'We have 212 in-house fostering households'),
        F(14, 'count', 'other', 'independent fostering agencies with at least one child', '14 independent fostering agencies'),
        F(23, 'count', 'other', 'registered providers of supported accommodation', '23 providers of supported accommodation'),
        F(150, 'gbp', 'other', 'enhanced weekly rate for teenagers and sibling groups', 'enhanced rate of £150 a week'),
        F(5, 'years', 'other', 'maximum length of block contracts', 'on block contracts of up to five years', qualifier='up to'),
        F(790, 'count', 'looked_after_children', 'forecast children in care by March 2029', 'about 790 children to be in care by March 2029', qualifier='about', optional=True),
        F(15, 'percent', 'other', 'aim: children living more than 20 miles from home', 'more than 20 miles from home to 15%', optional=True),
        F(60, 'count', 'other', 'aim: more in-house fostering households', 'recruit 60 more in-house fostering households', optional=True),
        F(85, 'count', 'looked_after_children', 'forecast children in children\'s homes by March 2029', "Children in children's homes 74 85", optional=True),
        F(418, 'count', 'other', 'care leavers aged 18 to 25 supported', 'we support 418 470'),
        F(470, 'count', 'other', 'forecast care leavers supported by March 2029', 'we support 418 470', optional=True),
        F(3, 'count', 'other', 'sibling group size', 'sibling groups of three or more', optional=True),
        F(2, 'count', 'other', 'providers sought, lower', 'two or three providers', optional=True),
        F(3, 'count', 'other', 'providers sought, upper', 'two or three providers', optional=True),
    ]
    gold(DOC, 'council_report', 'Children\'s Social Care Market Position Statement', 'West Northamptonshire', None,
         P(None, None), figs,
         ['2026-2029', 'Version 3', 'aged 13 or over', '20 miles', 'more than £10,000 a week', 'under 16', '(two or three beds)',
          '01632 960527', 'March 2029', 'next three years', 'last five years', '16 and 17 year olds', 'aged 18 to 25'],
         [], [], ['OFFICIAL', 'Page 1 of 2'],
         'SYNTHETIC. A council\'s market position statement for providers (council_report, like a sufficiency assessment). '
         'No record period: it gives no account of a year of work (ruling 4); dated figures carry their own periods '
         '(31 March snapshots, 2025/26 spend). No quotes. Children in care by placement, location, cost band and UASC keep '
         'looked_after_children (ruling 3, shares too); entrants aged 13+ are an age subset (other). Forecasts, aims and '
         'the Table 1 total are optional; care leavers other. Definitions (20 miles, under 16, £10,000 a week) not figures.')
