"""Writer i, i06: fire and rescue service safeguarding annual report to a council scrutiny committee (Oxfordshire), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_i import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'i06_oxfordshire_fire_rescue_safeguarding_annual_report_to_scrutiny.pdf'
S = styles('#a3221b')
B, H2 = S['body'], S['h2']
A = S['accent']


def p(t):
    return Paragraph(t, B)


def box(paras, colour='#fbeeed'):
    t = Table([[paras]], colWidths=[170 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, A), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(colour)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


story = [
    table([
        ['Division(s): N/A', 'ITEM 9'],
        ['PERFORMANCE AND CORPORATE SERVICES OVERVIEW AND SCRUTINY COMMITTEE', '4 February 2026'],
    ], [130, 40], A, header_rows=0, grid='#ffffff'),
    Spacer(1, 3 * mm),
    Paragraph('Oxfordshire Fire and Rescue Service: Safeguarding Annual Report', S['h1']),
    Paragraph('Report by the Chief Fire Officer and Director of Community Safety', S['body']),
    Paragraph('RECOMMENDATION', H2),
    p('The Committee is RECOMMENDED to note the report and to comment on the proposed priorities at paragraph 21.'),
    box([Paragraph('<b>Executive summary</b>', B),
         Paragraph('This report covers safeguarding activity by Oxfordshire Fire and Rescue Service (OFRS) from January to '
                   'December 2025. Staff raised 412 safeguarding concerns, the highest number since the service began recording '
                   'them, and 168 of these were about children. Fire-setting interventions with children and young people rose '
                   'again. One child died in a house fire during the year.', B)]),
    Paragraph('Introduction', H2),
    p('1. Firefighters and community safety staff go into thousands of homes every year, often homes that no other agency '
      'visits. The Service has statutory duties under section 11 of the Children Act 2004 and is a relevant agency of the '
      'Oxfordshire Safeguarding Children Board.'),
    p('2. This is the fourth annual safeguarding report to this Committee. It follows the calendar year, as the Service\'s '
      'national incident returns do.'),
    Paragraph('Safeguarding concerns', H2),
    p('3. Staff raised 412 safeguarding concerns in 2025, compared with 356 in 2024 and 301 in 2023: an increase of 16% in a '
      'year. Of the 412 concerns, 168 (41%) were about children and 244 about adults at risk.'),
    table([
        ['Concerns raised by OFRS staff', '2023', '2024', '2025'],
        ['About children', '118', '139', '168'],
        ['About adults at risk', '183', '217', '244'],
        ['Total', '301', '356', '412'],
        ['Referred to the MASH (children)', '71', '84', '97'],
        ['Raised within 24 hours of the incident', '81%', '85%', '89%'],
    ], [86, 28, 28, 28], A, zebra='#fbeeed'),
    Spacer(1, 2 * mm),
    p('4. Of the 168 concerns about children, 97 were referred to children\'s social care through the Multi-Agency '
      'Safeguarding Hub (MASH). The rest were resolved with advice from the Service\'s safeguarding team or passed to '
      'a school or health visitor. We asked the MASH for outcomes: 31 of the 97 referrals led to a strategy discussion, '
      '22 to a section 47 enquiry and 9 children became the subject of a child protection plan.'),
    p('5. The most common reasons for concerns about children were neglect and poor home conditions (58 concerns), domestic '
      'abuse (37), hoarding in a home where children live (21) and fire-setting (19).'),
    Paragraph('Safe and Well visits', H2),
    p('6. Crews carried out 6,840 Safe and Well visits, 1,910 of them in homes with children under 18. Visits are targeted '
      'using data from partners, and 73% of the homes visited had been referred by another agency.'),
    Paragraph('Fire-setting intervention', H2),
    p('7. The Firesetter Intervention Scheme works with children and young people aged 5 to 17 who have set fires or shown an '
      'unusual interest in fire. It received 38 referrals in 2025, up from 27 in 2024. Each child receives between 2 and 6 '
      'home sessions. Of the children who completed the programme in 2024, 3% set another fire within 12 months.'),
    Paragraph('Fire deaths', H2),
    p('8. There were 4 accidental dwelling fire deaths in Oxfordshire in 2025. One was a child aged 7 who died in a house fire in '
      'Banbury in March. The Service notified the Oxfordshire Safeguarding Children Board the next day; a rapid review was held '
      'within 15 working days and the Board has commissioned a local child safeguarding practice review, which is expected to '
      'report in spring 2026. The Service will not comment on the circumstances until the review is published.'),
    p('9. The Board\'s Independent Chair, Professor Helen Marwick, told the Committee\'s chairman in writing: "The fire service '
      'was in that house before anyone else was. The review will ask what every agency knew, not only what firefighters saw."'),
    Paragraph('A case study', H2),
    p('10. A watch manager attending a kitchen fire noticed that three young children were sleeping on a mattress in a room with '
      'no smoke alarm and exposed wiring. Her concern was referred to the MASH the same evening. The mother later told the '
      'safeguarding team: "I was embarrassed at first. But they came back and fitted the alarms themselves, and then the family '
      'support worker came. It was the first time anyone had actually helped."'),
    Paragraph('Workforce and training', H2),
    p('11. 94% of operational staff have completed Level 1 safeguarding training (target 95%), and all 38 designated '
      'safeguarding officers hold Level 3. All 462 staff in roles that require an enhanced DBS check had a current check at '
      '31 December 2025.'),
    p('12. The safeguarding team is 3.6 full-time equivalent posts and cost £214,000 in 2025.'),
    Paragraph('Priorities for 2026 (paragraph 21)', H2),
    p('21. The Service proposes to: raise 95% of concerns within 24 hours; extend Safe and Well visits to 2,500 homes with children; '
      'and train all on-call crews in spotting child exploitation by December 2026.'),
    Spacer(1, 3 * mm),
    Paragraph('Contact Officer: Area Manager Daniel Freyne, Head of Prevention and Protection, 01632 960287. February 2026. '
              'Background papers: nil.', S['small']),
]

out = os.path.join(DIR, DOC)
build(out, 'Oxfordshire Fire and Rescue Service: Safeguarding Annual Report', 'Oxfordshire County Council', story,
      'Performance and Corporate Services Overview and Scrutiny Committee - 4 February 2026 - Item 9',
      'Oxfordshire County Council', 2)

PER = {'start': '2025-01-01', 'end': '2025-12-31', 'text': 'January to December 2025'}
Y24 = P('2024-01-01', '2024-12-31', '2024')
Y23 = P('2023-01-01', '2023-12-31', '2023')
o = 'other'
figs = [
    F(412, 'count', o, 'safeguarding concerns raised by staff', 'Staff raised 412 safeguarding concerns in 2025'),
    F(356, 'count', o, 'safeguarding concerns raised in 2024', 'compared with 356 in 2024', period=Y24),
    F(301, 'count', o, 'safeguarding concerns raised in 2023', 'and 301 in 2023', period=Y23),
    F(16, 'percent', o, 'increase in safeguarding concerns in a year', 'an increase of 16% in a\nyear'),
    F(168, 'count', o, 'concerns about children', '168 (41%) were about children'),
    F(41, 'percent', o, 'concerns about children as a share', '168 (41%) were about children', optional=True),
    F(244, 'count', o, 'concerns about adults at risk', '244 about adults at risk'),
    F(118, 'count', o, 'concerns about children in 2023', 'About children 118 139 168', period=Y23),
    F(139, 'count', o, 'concerns about children in 2024', 'About children 118 139 168', period=Y24),
    F(183, 'count', o, 'concerns about adults at risk in 2023', 'About adults at risk 183 217 244', period=Y23),
    F(217, 'count', o, 'concerns about adults at risk in 2024', 'About adults at risk 183 217 244', period=Y24),
    F(71, 'count', 'social_care_referrals', 'referrals to the MASH (children) in 2023', 'Referred to the MASH (children) 71 84 97', period=Y23),
    F(84, 'count', 'social_care_referrals', 'referrals to the MASH (children) in 2024', 'Referred to the MASH (children) 71 84 97', period=Y24),
    F(97, 'count', 'social_care_referrals', "concerns referred to children's social care through the MASH", "97 were referred to children's social care"),
    F(81, 'percent', o, 'concerns raised within 24 hours in 2023', 'Raised within 24 hours of the incident 81% 85% 89%', period=Y23),
    F(85, 'percent', o, 'concerns raised within 24 hours in 2024', 'Raised within 24 hours of the incident 81% 85% 89%', period=Y24),
    F(89, 'percent', o, 'concerns raised within 24 hours', 'Raised within 24 hours of the incident 81% 85% 89%'),
    F(31, 'count', o, 'referrals that led to a strategy discussion', '31 of the 97 referrals led to a strategy discussion'),
    F(22, 'count', 'section_47_enquiries', 'referrals that led to a section 47 enquiry', '22 to a section 47 enquiry'),
    F(9, 'count', 'child_protection_plans', 'children who became the subject of a child protection plan', '9 children became the subject of a child protection plan'),
    F(58, 'count', o, 'concerns about neglect and poor home conditions', 'poor home conditions (58 concerns)'),
    F(37, 'count', o, 'concerns about domestic abuse', 'domestic\nabuse (37)'),
    F(21, 'count', o, 'concerns about hoarding in homes with children', 'hoarding in a home where children live (21)'),
    F(19, 'count', o, 'concerns about fire-setting', 'fire-setting (19)'),
    F(6840, 'count', o, 'Safe and Well visits', 'Crews carried out 6,840 Safe and Well visits'),
    F(1910, 'count', o, 'Safe and Well visits in homes with children', '1,910 of them in homes with children under 18'),
    F(73, 'percent', o, 'homes visited that had been referred by another agency', '73% of the homes visited had been referred'),
    F(5, 'years', o, 'youngest age for the Firesetter scheme (range)', 'aged 5 to 17', optional=True),
    F(17, 'years', o, 'oldest age for the Firesetter scheme (range)', 'aged 5 to 17', optional=True),
    F(38, 'count', o, 'referrals to the Firesetter Intervention Scheme', 'It received 38 referrals in 2025'),
    F(27, 'count', o, 'Firesetter referrals in 2024', 'up from 27 in 2024', period=Y24),
    F(2, 'count', o, 'minimum home sessions per child (range)', 'between 2 and 6\nhome sessions', optional=True),
    F(6, 'count', o, 'maximum home sessions per child (range)', 'between 2 and 6\nhome sessions', optional=True),
    F(3, 'percent', o, 'children who set another fire within 12 months', '3% set another fire within 12 months', period=Y24),
    F(4, 'count', o, 'accidental dwelling fire deaths', 'There were 4 accidental dwelling fire deaths'),
    F(1, 'count', 'child_deaths', 'child who died in a house fire', 'One was a child aged 7 who died'),
    F(7, 'years', o, 'age of the child who died', 'a child aged 7', optional=True),
    F(1, 'count', 'serious_incident_notifications', 'notification to the safeguarding board (implied)', 'The Service notified the Oxfordshire Safeguarding Children Board', optional=True),
    F(1, 'count', 'rapid_reviews', 'rapid review held', 'a rapid review was held'),
    F(15, 'days', o, 'rapid review deadline in working days', 'within 15 working days'),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPR commissioned by the Board', 'the Board has commissioned a local child safeguarding practice review'),
    F(3, 'count', o, 'young children sleeping on a mattress (case study)', 'three young children were sleeping', optional=True),
    F(94, 'percent', o, 'operational staff who completed Level 1 safeguarding training', '94% of operational staff have completed Level 1'),
    F(95, 'percent', o, 'Level 1 training target', '(target 95%)', optional=True),
    F(38, 'count', o, 'designated safeguarding officers', 'all 38 designated\nsafeguarding officers'),
    F(462, 'count', o, 'staff in roles requiring an enhanced DBS check', 'All 462 staff in roles'),
    F(3.6, 'count', o, 'safeguarding team full-time equivalent posts', 'The safeguarding team is 3.6 full-time equivalent posts'),
    F(214000, 'gbp', o, 'cost of the safeguarding team', 'cost £214,000 in 2025'),
    F(95, 'percent', o, 'target share of concerns raised within 24 hours', 'raise 95% of concerns within 24 hours', period=P('2026-01-01', '2026-12-31', '2026'), optional=True),
    F(2500, 'count', o, 'target Safe and Well visits to homes with children', 'extend Safe and Well visits to 2,500 homes', period=P('2026-01-01', '2026-12-31', '2026'), optional=True),
]
nf = ['ITEM 9', '4 February 2026', 'paragraph 21', 'section 11 of the Children Act 2004', 'fourth annual safeguarding report', 'Level 3',
      '31 December 2025', 'within 24 hours of the incident', 'under 18', '01632 960287', 'by December 2026', 'spring 2026', 'the next day',
      'Division(s): N/A']
qs = [
    Q('The fire service was in that house before anyone else was. The review will ask what every agency knew, not only what firefighters saw.',
      'Helen Marwick', ['Marwick', 'Professor Marwick', 'Professor Helen Marwick', 'the Independent Chair'], 'told',
      role='Independent Chair, Oxfordshire Safeguarding Children Board'),
    Q('I was embarrassed at first. But they came back and fitted the alarms themselves, and then the family support worker came. It was the first time anyone had actually helped.',
      'the mother', ['a mother', 'mother', 'a parent'], 'told'),
]
people = [{'name': 'Helen Marwick', 'role': 'Independent Chair, Oxfordshire Safeguarding Children Board'},
          {'name': 'Daniel Freyne', 'role': 'Area Manager, Head of Prevention and Protection'}]
bp = ['Performance and Corporate Services Overview and Scrutiny Committee - 4 February 2026 - Item 9', 'Background papers: nil.']
gold(DOC, 'council_report', 'Oxfordshire Fire and Rescue Service: Safeguarding Annual Report', 'Oxfordshire', None, PER, figs, nf, qs, people, bp,
     "A county fire and rescue service's safeguarding annual report to a council overview and scrutiny committee (council_report: a committee paper; the service is "
     "part of the county council). Calendar-year period in a scope sentence in a boxed executive summary ('January to December 2025'). Traps: a three-year table "
     "(2023/2024 columns own periods, the 2025 column repeats the prose, Total row repeats prose totals); '168 (41%)' count required, % optional; concerns are "
     "other (fire service concerns are not referrals to social care) but those referred to the MASH are social_care_referrals; the outcome funnel 31 strategy "
     "discussions (other) / 22 section 47 / 9 CP plans; 'within 24 hours' timeliness row (other) and 'within 12 months' window; one child death "
     "(child_deaths) with the age optional, rapid review and 'within 15 working days' (a standing deadline, days), LCSPR commissioned by the Board, "
     "the notification implied (optional); ranges 'aged 5 to 17' and 'between 2 and 6' two optional figures each; targets and priorities optional; "
     "the numbered paragraphs jump from 12 to 21 (paragraph numbers not figures); partnership null (the Board is named, not the author).")
