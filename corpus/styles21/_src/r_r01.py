"""Writer r, r01: a safeguarding adults board's annual report (East Sussex), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_r import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

DOC = 'r01_east_sussex_safeguarding_adults_board_annual_report_2025_26.pdf'
S = styles('#5b2a6e')
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
BIG = ParagraphStyle('big', parent=B, fontName='Helvetica-Bold', fontSize=16, leading=19, textColor=A, alignment=1)
LAB = ParagraphStyle('lab', parent=SM, alignment=1)
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', fontSize=10.5, leading=13.5, textColor=A)
FW = ParagraphStyle('fw', parent=B, fontName='Helvetica-Oblique')


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#f1eaf4', width=170):
    t = Table([[paras]], colWidths=[width * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7), ('RIGHTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    return t


strip = Table([[Paragraph('6,412', BIG), Paragraph('1,388', BIG), Paragraph('94%', BIG), Paragraph('3', BIG)],
               [Paragraph('safeguarding concerns raised', LAB), Paragraph('section 42 enquiries started', LAB),
                Paragraph('said the outcomes they wanted were fully or partly achieved', LAB),
                Paragraph('Safeguarding Adults Reviews published', LAB)]],
              colWidths=[42.5 * mm] * 4)
strip.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f1eaf4')),
                           ('LINEAFTER', (0, 0), (2, -1), 0.6, colors.white), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))

t1 = table([['Type of abuse (concluded enquiries)', '2024-25', '2025-26'],
            ['Neglect and acts of omission', '468', '512'],
            ['Physical abuse', '305', '298'],
            ['Financial or material abuse', '254', '281'],
            ['Self-neglect', '199', '247'],
            ['Psychological abuse', '221', '214'],
            ['Domestic abuse', '84', '99']], [95, 35, 35], A, zebra='#f6f1f8')

t2 = table([['Income 2025-26', '£', 'Expenditure 2025-26', '£'],
            ['East Sussex County Council', '187,000', 'Board manager and business unit', '214,600'],
            ['NHS Sussex', '96,500', 'Safeguarding Adults Reviews', '71,900'],
            ['Sussex Police', '38,500', 'Training and events', '23,000'],
            ['', '', 'Communications and other costs', '12,500'],
            ['Total', '322,000', 'Total', '322,000']], [52, 22, 70, 22], A)

story = [
    Paragraph('East Sussex Safeguarding Adults Board', SM),
    Paragraph('Annual Report 2025-26', H1),
    Paragraph('Published September 2026  |  Agreed by the Board on 9 September 2026  |  www.eastsussexsab.example', SM),
    Spacer(1, 3 * mm),
    strip,
    Spacer(1, 2 * mm),
    Paragraph('Foreword from the Independent Chair', H2),
    Paragraph('This is my third annual report as Independent Chair. It has been a year in which demand has kept rising and in '
              'which partners have had to make hard choices, and I am grateful to every practitioner who has kept the person '
              'at the centre of that work. I am particularly proud of our work with the Safeguarding Children Partnership on '
              'young people moving into adulthood, which I believe is now some of the best in the region.', FW),
    Paragraph('Graham Pettit, Independent Chair', SM),
    Paragraph('1. About the Board', H2),
    p('The Board is a statutory body under section 43 of the Care Act 2014. Its three statutory partners are East Sussex '
      'County Council, NHS Sussex and Sussex Police, and it met four times during the year. The Board has three subgroups: '
      'SAR, Performance and Quality, and Learning and Development.'),
    Paragraph('2. Safeguarding activity', H2),
    p('Adult social care received 6,412 safeguarding concerns in 2025-26, compared with 5,980 in 2024-25, an increase of 7%. '
      'Of these, 1,388 led to an enquiry under section 42 of the Care Act 2014 (2024-25: 1,250), a conversion rate of 22%. '
      'A further 203 non-statutory enquiries were made where the adult did not have care and support needs but the risk '
      'warranted a response.'),
    p('Neglect and acts of omission remained the most common type of abuse (512 enquiries). Self-neglect rose the most, and '
      'is now the fourth most common type (Table 1). Almost half of concluded enquiries (48%) concerned abuse in the '
      'person\'s own home, and 29% took place in a care home.'),
    Paragraph('Table 1: Concluded section 42 enquiries by type of abuse (an enquiry may record more than one type)', SM),
    t1,
    Spacer(1, 2 * mm),
    p('<b>Making Safeguarding Personal.</b> In 91% of concluded enquiries the adult, or their representative, was asked what '
      'outcomes they wanted. Of those who expressed outcomes, 94% said these were fully or partly achieved, against the '
      'Board\'s target of 90%. Risk was reduced or removed in 89% of cases where a risk was identified, and 412 people '
      'were supported by an independent advocate during an enquiry.'),
    box([Paragraph('"For the first time somebody asked me what I wanted to happen, not what they had to do. That changed '
                   'everything for me and my daughter."', PQ),
         Paragraph('- Member of the Board\'s lived experience panel', SM)]),
    Paragraph('3. Safeguarding Adults Reviews', H2),
    p('The SAR Subgroup considered 14 referrals for a Safeguarding Adults Review, up from 9 in 2024-25. Five met the criteria '
      'for a mandatory review under section 44(1); two further discretionary reviews were agreed. Three SARs were published '
      'during the year (Adult D, Mr K and Margaret), and four remain in progress at 31 March 2026. One of the four, about a '
      '19-year-old care leaver known as Josh, is a joint review with the East Sussex Safeguarding Children Partnership.'),
    p('The three published reviews made 19 recommendations in total. At the year end 11 were complete, 6 were on track and '
      '2 were overdue; both overdue actions concern hospital discharge and are reported to every Board meeting.'),
    Paragraph('4. Young people moving into adulthood', H2),
    p('Working with the Safeguarding Children Partnership, we looked at 36 young people aged 17 and a half who were open to '
      'children\'s social care and likely to need support as adults; 27 of them (75%) had a transition plan in place by '
      'their 18th birthday. Safeguarding concerns about young adults aged 18 to 25 rose to 622, and 141 of these involved '
      'criminal or sexual exploitation. Healthwatch East Sussex said the joint work was "a real shift in how agencies '
      'listen to young adults who have slipped between services."'),
    Paragraph('5. Learning and development', H2),
    p('2,140 practitioners completed the Board\'s safeguarding e-learning and 386 attended one of 22 live sessions, including '
      'briefings on the learning from Adult D.'),
    Paragraph('6. Finance', H2),
    p('Partners contributed £322,000 to the Board in 2025-26 (Table 2). An underspend of £41,200 was carried into the '
      'reserve for 2026-27.'),
    Paragraph('Table 2: Board income and expenditure, 2025-26', SM),
    t2,
    Paragraph('7. Priorities for 2026-27', H2),
    p('We will bring overdue SAR actions down to fewer than 10% of the total, repeat the self-neglect audit in 40 cases, and '
      'publish a transitional safeguarding protocol with the children\'s partnership by December 2026.'),
    Spacer(1, 2 * mm),
    Paragraph('Contact the Board business unit: 01632 960418 or sab@eastsussexsab.example. To report a concern about an adult, '
              'call Health and Social Care Connect on 01632 960000.', SM),
]

if __name__ == '__main__':
    out = os.path.join(DIR, DOC)
    build(out, 'East Sussex Safeguarding Adults Board Annual Report 2025-26', 'East Sussex Safeguarding Adults Board',
          story, 'East Sussex Safeguarding Adults Board  |  Annual Report 2025-26', 'www.eastsussexsab.example', 2)
    PY = P('2024-04-01', '2025-03-31', '2024-25')
    figs = [
        F(6412, 'count', 'other', 'safeguarding concerns about adults', 'received 6,412 safeguarding concerns in 2025-26'),
        F(5980, 'count', 'other', 'safeguarding concerns about adults, 2024-25', 'compared with 5,980 in 2024-25', period=PY),
        F(7, 'percent', 'other', 'increase in safeguarding concerns', 'an increase of 7%'),
        F(1388, 'count', 'other', 'section 42 enquiries started', '1,388 led to an enquiry under section 42'),
        F(1250, 'count', 'other', 'section 42 enquiries, 2024-25', '(2024-25: 1,250)', period=PY),
        F(22, 'percent', 'other', 'conversion rate of concerns to section 42 enquiries', 'a conversion rate of 22%'),
        F(203, 'count', 'other', 'non-statutory enquiries', 'A further 203 non-statutory enquiries'),
    ]
    rows = [('neglect and acts of omission', 468, 512), ('physical abuse', 305, 298), ('financial or material abuse', 254, 281),
            ('self-neglect', 199, 247), ('psychological abuse', 221, 214), ('domestic abuse', 84, 99)]
    anchors = {'neglect and acts of omission': 'Neglect and acts of omission 468 512', 'physical abuse': 'Physical abuse 305 298',
               'financial or material abuse': 'Financial or material abuse 254 281', 'self-neglect': 'Self-neglect 199 247',
               'psychological abuse': 'Psychological abuse 221 214', 'domestic abuse': 'Domestic abuse 84 99'}
    for name, a, b in rows:
        figs.append(F(a, 'count', 'other', 'concluded enquiries involving %s, 2024-25' % name, anchors[name], period=PY))
        figs.append(F(b, 'count', 'other', 'concluded enquiries involving %s' % name, anchors[name]))
    figs += [
        F(48, 'percent', 'other', 'concluded enquiries about abuse in the person\'s own home', 'Almost half of concluded enquiries (48%)'),
        F(50, 'percent', 'other', 'concluded enquiries about abuse in the person\'s own home (hedged)', 'Almost half of concluded enquiries', qualifier='almost', optional=True),
        F(29, 'percent', 'other', 'concluded enquiries about abuse in a care home', '29% took place in a care home'),
        F(91, 'percent', 'other', 'concluded enquiries where the adult was asked their desired outcomes', 'In 91% of concluded enquiries'),
        F(94, 'percent', 'other', 'adults whose outcomes were fully or partly achieved', '94% said these were fully or partly achieved'),
        F(90, 'percent', 'other', 'target for outcomes achieved', 'the Board\'s target of 90%', optional=True),
        F(89, 'percent', 'other', 'cases where risk was reduced or removed', 'Risk was reduced or removed in 89% of cases'),
        F(412, 'count', 'other', 'people supported by an independent advocate', '412 people were supported by an independent advocate'),
        F(14, 'count', 'other', 'referrals for a Safeguarding Adults Review', 'considered 14 referrals for a Safeguarding Adults Review'),
        F(9, 'count', 'other', 'SAR referrals, 2024-25', 'up from 9 in 2024-25', period=PY),
        F(5, 'count', 'other', 'referrals meeting the criteria for a mandatory SAR', 'Five met the criteria for a mandatory review'),
        F(2, 'count', 'other', 'discretionary SARs agreed', 'two further discretionary reviews were agreed'),
        F(3, 'count', 'other', 'SARs published', 'Three SARs were published'),
        F(4, 'count', 'other', 'SARs in progress at 31 March 2026', 'four remain in progress at 31 March'),
        F(1, 'count', 'other', 'SAR carried out jointly with the children\'s partnership', 'One of the four, about a', optional=True),
        F(19, 'years', 'other', 'age of the care leaver in a joint review', '19-year-old care leaver known as Josh', optional=True),
        F(19, 'count', 'recommendations', 'recommendations of the three published SARs', 'made 19 recommendations in total'),
        F(11, 'count', 'recommendations', 'SAR recommendations complete', 'At the year end 11 were complete'),
        F(6, 'count', 'recommendations', 'SAR recommendations on track', '6 were on track'),
        F(2, 'count', 'recommendations', 'SAR recommendations overdue', '2 were overdue'),
        F(36, 'count', 'other', 'young people aged 17 and a half open to children\'s social care likely to need adult support', 'we looked at 36 young people aged 17 and a half'),
        F(27, 'count', 'other', 'young people with a transition plan by their 18th birthday', '27 of them (75%) had a transition plan'),
        F(75, 'percent', 'other', 'share with a transition plan by their 18th birthday', '27 of them (75%)', optional=True),
        F(18, 'years', 'other', 'young adults age band, lower', 'young adults aged 18 to 25', optional=True),
        F(25, 'years', 'other', 'young adults age band, upper', 'young adults aged 18 to 25', optional=True),
        F(622, 'count', 'other', 'safeguarding concerns about young adults aged 18 to 25', 'aged 18 to 25 rose to 622'),
        F(141, 'count', 'other', 'concerns about young adults involving criminal or sexual exploitation', '141 of these involved criminal or sexual exploitation'),
        F(2140, 'count', 'other', 'practitioners completing safeguarding e-learning', '2,140 practitioners completed'),
        F(386, 'count', 'other', 'practitioners attending live sessions', '386 attended one of 22 live sessions'),
        F(22, 'count', 'other', 'live training sessions', 'one of 22 live sessions'),
        F(322000, 'gbp', 'other', 'partner contributions to the Board', 'Partners contributed £322,000 to the Board'),
        F(187000, 'gbp', 'other', 'East Sussex County Council contribution', 'East Sussex County Council 187,000'),
        F(96500, 'gbp', 'other', 'NHS Sussex contribution', 'NHS Sussex 96,500'),
        F(38500, 'gbp', 'other', 'Sussex Police contribution', 'Sussex Police 38,500'),
        F(214600, 'gbp', 'other', 'spending on the Board manager and business unit', 'Board manager and business unit 214,600'),
        F(71900, 'gbp', 'other', 'spending on Safeguarding Adults Reviews', 'Safeguarding Adults Reviews 71,900'),
        F(23000, 'gbp', 'other', 'spending on training and events', 'Training and events 23,000'),
        F(12500, 'gbp', 'other', 'spending on communications and other costs', 'Communications and other costs 12,500'),
        F(41200, 'gbp', 'other', 'underspend carried into reserve', 'An underspend of £41,200'),
        F(3, 'count', 'other', 'statutory partners of the Board', 'Its three statutory partners', optional=True),
        F(4, 'count', 'other', 'Board meetings in the year', 'it met four times during the year', optional=True),
        F(10, 'percent', 'other', 'priority: overdue SAR actions as share of total', 'fewer than 10% of the total', qualifier='fewer than', optional=True),
        F(40, 'count', 'other', 'priority: cases in the self-neglect audit', 'self-neglect audit in 40 cases', optional=True),
    ]
    quotes = [
        Q('For the first time somebody asked me what I wanted to happen, not what they had to do. That changed everything for me and my daughter.',
          'a member of the Board\'s lived experience panel', ['member of the lived experience panel', 'lived experience panel member'], None,
          role='Member of the Board\'s lived experience panel'),
        Q('a real shift in how agencies listen to young adults who have slipped between services.', 'Healthwatch East Sussex',
          ['Healthwatch'], 'said'),
    ]
    gold(DOC, 'council_report', 'East Sussex Safeguarding Adults Board Annual Report 2025-26', 'East Sussex',
         'East Sussex Safeguarding Adults Board', P('2025-04-01', '2026-03-31', 'Annual Report 2025-26'), figs,
         ['2025-26', 'section 42', 'Care Act 2014', 'section 43', 'section 44(1)', '18th birthday', '31 March',
          'aged 17 and a half', '01632 960418', '01632 960000', '9 September 2026', 'third annual report', 'December 2026'],
         quotes, [{'name': 'Graham Pettit', 'role': 'Independent Chair, East Sussex Safeguarding Adults Board'}],
         ['www.eastsussexsab.example', 'Page 1 of 2'],
         'SYNTHETIC. A safeguarding adults board\'s annual report (council_report: a statutory board\'s account of its year; '
         'partnership = the board that publishes it and holds its SARs). Period from the title. Adult safeguarding figures '
         '(concerns, section 42 enquiries, SARs) fit no child metric and are other; SAR recommendations are recommendations '
         '(ruling 5). Key-figure strip repeats prose; Table 1 by type with a 2024-25 column (own period); the Total of Table 2 '
         'repeats £322,000. The section 3 paragraph crosses the page break (31 March, footer, 2026). The chair\'s foreword is not a quote; pull quote with a dash line (cue null); Healthwatch fragment.')
