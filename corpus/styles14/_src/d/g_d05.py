"""d05: a police and crime panel paper on protecting vulnerable children (PDF, reportlab: running header, numbered
paragraphs, stat-card row, a table by local authority with a force total and last year's column, footnotes) and its gold."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from mk_d import F, P, Q, gold, DIR

DOC = 'd05_cleveland_police_crime_panel_vulnerable_children_paper.pdf'
NOTE = 'SYNTHETIC document invented for evaluation: people, services, quotes and figures are made up; only place names are real.'

ROWS = [
    ('Missing child episodes reported', '212', '398', '176', '301', '1,087', '1,154'),
    ('Children reported missing', '88', '151', '67', '119', '425', '441'),
    ("Police referrals to children's social care", '431', '702', '355', '584', '2,072', '1,933'),
    ('Police protection powers used', '7', '14', '5', '9', '35', '29'),
    ('Children flagged at risk of criminal exploitation', '19', '41', '12', '27', '99', '84'),
]


def header_footer(c, doc):
    c.saveState()
    c.setFont('Helvetica', 8)
    c.drawString(20 * mm, 285 * mm, 'Cleveland Police and Crime Panel  |  10 November 2026  |  Agenda Item 6')
    c.drawRightString(190 * mm, 285 * mm, 'OFFICIAL')
    c.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
    c.drawString(20 * mm, 13 * mm, 'Report of the Police and Crime Commissioner for Cleveland')
    c.drawRightString(190 * mm, 13 * mm, 'Page %d' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=14, leading=17, textColor=colors.HexColor('#1F2A5C'))
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=10.5, leading=13, textColor=colors.HexColor('#1F2A5C'), spaceBefore=5)
    fn = ParagraphStyle('fn', parent=body, fontSize=7.5, leading=9.5)
    card = ParagraphStyle('card', parent=body, fontSize=8.5, leading=10.5, alignment=1, spaceAfter=0)
    cbig = ParagraphStyle('cbig', parent=card, fontName='Helvetica-Bold', fontSize=16, leading=20)
    cell = ParagraphStyle('cell', parent=body, fontSize=8.5, leading=10, spaceAfter=0)
    doc = SimpleDocTemplate(os.path.join(DIR, DOC), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title='Protecting vulnerable children: Quarter 2 2026/27', author='Office of the Police and Crime Commissioner for Cleveland (synthetic)', subject=NOTE)
    s = [
        Paragraph('CLEVELAND POLICE AND CRIME PANEL', h2),
        Paragraph('Protecting vulnerable children: performance and commissioning update, Quarter 2 2026/27', h1),
        Paragraph('Report of the Police and Crime Commissioner, Dominic Keld. Contact officer: Joanne Stamp, Head of Policy and Commissioning, OPCC (01632 960584).', body),
        Paragraph('1. PURPOSE OF REPORT', h2),
        Paragraph('1.1 To update the Panel on how Cleveland Police and services commissioned by the Commissioner protect children across Hartlepool, Middlesbrough, Redcar and Cleveland and Stockton-on-Tees, covering 1 July to 30 September 2026, as requested by the Panel at its meeting on 8 September 2026 (minute 27/26).', body),
        Paragraph('2. RECOMMENDATION', h2),
        Paragraph('2.1 That the Panel notes the report and the Commissioner\'s response to the Panel\'s recommendation on custody (paragraph 5.3).', body),
    ]
    cards = Table([[[Paragraph('2,072', cbig), Paragraph('police referrals to children\'s social care', card)],
                    [Paragraph('35', cbig), Paragraph('uses of police protection powers', card)],
                    [Paragraph('£1.26m', cbig), Paragraph('commissioned for children and young people in 2026/27', card)]]],
                  colWidths=[56 * mm] * 3)
    cards.setStyle(TableStyle([('BOX', (0, 0), (0, 0), 0.8, colors.HexColor('#1F2A5C')), ('BOX', (1, 0), (1, 0), 0.8, colors.HexColor('#1F2A5C')),
                               ('BOX', (2, 0), (2, 0), 0.8, colors.HexColor('#1F2A5C')), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#EEF1F8')),
                               ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    s += [Spacer(1, 4), cards, Spacer(1, 6)]
    s += [
        Paragraph('3. PERFORMANCE BY LOCAL AUTHORITY AREA', h2),
        Paragraph('3.1 Table 1 sets out the main child safeguarding measures for the quarter by local authority area, with the force total and the total for the same quarter last year.', body),
    ]
    data = [[Paragraph('<b>Measure (Q2 2026/27)</b>', cell), 'Hartlepool', 'Middlesbrough', 'Redcar &\nCleveland', 'Stockton-\non-Tees', 'Force\ntotal', 'Q2\n2025/26']] + [[Paragraph(r[0], cell)] + list(r[1:]) for r in ROWS]
    t = Table(data, colWidths=[52 * mm, 19 * mm, 22 * mm, 19 * mm, 19 * mm, 17 * mm, 17 * mm])
    t.setStyle(TableStyle([('FONT', (1, 0), (-1, 0), 'Helvetica-Bold', 7.5), ('FONT', (1, 1), (-1, -1), 'Helvetica', 8.5),
                           ('FONT', (5, 1), (5, -1), 'Helvetica-Bold', 8.5), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE3F2')), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s += [t, Paragraph('Table 1. Source: Cleveland Police Niche RMS, extracted 7 October 2026. Figures are provisional.', fn), Spacer(1, 4)]
    s += [
        Paragraph('3.2 Missing episodes fell by 6% on the same quarter last year. Middlesbrough continues to account for more than a third of all episodes. A small group of 23 children, most of them living in children\'s homes, accounted for 312 episodes between them.<super>1</super>', body),
        Paragraph('3.3 Police referrals to children\'s social care rose by 7% to 2,072. The increase is almost entirely in domestic abuse notifications: officers attended 1,463 domestic abuse incidents where a child was present, and Operation Encompass notices reached schools by 9am the next school day in 94% of cases.', body),
        Paragraph('3.4 Police protection powers under section 46 of the Children Act 1989 were used 35 times, involving 41 children. In 26 of the 35 cases an Emergency Protection Order or interim care order followed within 72 hours.', body),
        Paragraph('4. COMMISSIONED SERVICES', h2),
        Paragraph('4.1 The Commissioner has committed £1.26m in 2026/27 to services for children and young people, out of a commissioning budget of £4.8m. This includes £412,000 over two years for the Clearpath Teesside exploitation service, which worked with 126 young people in the quarter. 58 of them (46%) had a reduced risk score at closure.', body),
        Paragraph('4.2 The Youth Diversion Scheme, jointly funded with the four councils, received 214 referrals in the quarter and 81% of young people completing it had not reoffended after 12 months.<super>2</super>', body),
        Paragraph('5. CHILDREN IN CUSTODY', h2),
        Paragraph('5.1 Eleven children were detained overnight in police custody after charge in the quarter (Q2 2025/26: 17). Local authority accommodation was found under PACE section 38(6) for three of them; the others were detained because no suitable bed was available.', body),
        Paragraph('5.2 The Chief Constable, Helen Armitage, said in her statement to the Commissioner\'s scrutiny board: "No child should spend a night in a cell because the system around them could not find a bed. We are working with all four councils on a shared protocol, but the numbers are still too high."', body),
        Paragraph('5.3 The Commissioner accepts the Panel\'s recommendation and will report progress on the protocol at the February meeting. The Commissioner said: "I want to be able to tell this Panel that overnight detentions of children have halved by this time next year, and I will hold the force to that."', body),
        Paragraph('6. FINANCIAL IMPLICATIONS', h2),
        Paragraph('6.1 There are no additional financial implications. The Clearpath Teesside grant is within the approved 2026/27 commissioning budget.', body),
        Spacer(1, 4),
        Paragraph('<super>1</super> Episodes are counted each time a child is reported missing; one child can have several episodes. <super>2</super> Reoffending is measured at 12 months for those completing the scheme between April 2024 and March 2025.', fn),
        Paragraph('Background papers: Police and Crime Plan 2024-2029; Panel minutes 8 September 2026.', fn),
    ]
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


AREAS = ['Hartlepool', 'Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees']
LY = P('2025-07-01', '2025-09-30', 'Q2 2025/26')
MET = ['other', 'other', 'social_care_referrals', 'police_protection', 'other']
SUBJ = ['missing child episodes reported', 'children reported missing', "police referrals to children's social care", 'uses of police protection powers', 'children flagged at risk of criminal exploitation']


def table_figs():
    out = []
    for r, m, subj in zip(ROWS, MET, SUBJ):
        for i, a in enumerate(AREAS):
            out.append(F(int(r[1 + i].replace(',', '')), 'count', m, '%s, %s' % (subj, a), ' '.join(r[1:2 + i])))
        out.append(F(int(r[5].replace(',', '')), 'count', m, '%s, force total' % subj, ' '.join(r[1:6])))
        out.append(F(int(r[6].replace(',', '')), 'count', m, '%s, force total Q2 2025/26' % subj, ' '.join(r[1:7]), period=LY))
    return out


FIG = table_figs() + [
    F(1260000, 'gbp', 'other', 'committed to services for children and young people in 2026/27', 'committed £1.26m in 2026/27'),
    F(6, 'percent', 'other', 'fall in missing episodes on the same quarter last year', 'Missing episodes fell by 6%'),
    F(33.33, 'percent', 'other', "Middlesbrough's share of missing episodes", 'more than a third of all episodes', qualifier='more than'),
    F(23, 'count', 'other', 'children accounting for repeat missing episodes', 'A small group of 23 children'),
    F(312, 'count', 'other', 'missing episodes by the group of 23 children', '312 episodes between them'),
    F(7, 'percent', 'social_care_referrals', "rise in police referrals to children's social care", "rose by 7% to 2,072"),
    F(1463, 'count', 'other', 'domestic abuse incidents where a child was present', 'officers attended 1,463 domestic abuse incidents'),
    F(94, 'percent', 'other', 'Operation Encompass notices reaching schools by 9am next school day', 'in 94% of cases'),
    F(41, 'count', 'police_protection', 'children involved in police protection', 'involving 41 children'),
    F(26, 'count', 'court_orders', 'police protection cases followed by EPO or interim care order', 'In 26 of the 35 cases an Emergency Protection Order or interim care order followed'),
    F(72, 'count', 'other', 'hours within which an order followed', 'within 72 hours', optional=True),
    F(4800000, 'gbp', 'other', "Commissioner's commissioning budget", 'out of a commissioning budget of £4.8m'),
    F(412000, 'gbp', 'other', 'Clearpath Teesside exploitation service funding', '£412,000 over two years'),
    F(2, 'years', 'other', 'Clearpath Teesside funding period', '£412,000 over two years'),
    F(126, 'count', 'other', 'young people worked with by Clearpath Teesside', 'worked with 126 young people in the quarter'),
    F(58, 'count', 'other', 'young people with a reduced risk score at closure', '58 of them (46%) had a reduced risk score'),
    F(46, 'percent', 'other', 'young people with a reduced risk score at closure', '58 of them (46%)', optional=True),
    F(214, 'count', 'other', 'Youth Diversion Scheme referrals', 'received 214 referrals in the quarter'),
    F(81, 'percent', 'other', 'young people completing diversion not reoffending after 12 months', '81% of young people completing it had not reoffended'),
    F(12, 'months', 'other', 'reoffending measurement window', 'had not reoffended after 12 months', optional=True),
    F(11, 'count', 'other', 'children detained overnight in police custody after charge', 'Eleven children were detained overnight in police custody'),
    F(17, 'count', 'other', 'children detained overnight in custody, Q2 2025/26', '(Q2 2025/26: 17)', period=LY),
    F(3, 'count', 'other', 'children found local authority accommodation under PACE', 'for three of them'),
    F(50, 'percent', 'other', 'target reduction in overnight detentions of children', 'overnight detentions of children have halved by this time next year', optional=True),
]
NOT = ['10 November 2026', 'Agenda Item 6', '01632 960584', 'minute 27/26', '8 September 2026', 'paragraph 5.3', 'section 46 of the Children Act 1989',
       'section 38(6)', 'Table 1', '7 October 2026', '2024-2029', 'Q2 2026/27', 'Quarter 2 2026/27', '9am', 'four councils', 'Page 1']
QS = [
    Q('No child should spend a night in a cell because the system around them could not find a bed. We are working with all four councils on a shared protocol, but the numbers are still too high.',
      'Helen Armitage', ['Armitage', 'the Chief Constable'], 'said in her statement', role='Chief Constable, Cleveland Police'),
    Q('I want to be able to tell this Panel that overnight detentions of children have halved by this time next year, and I will hold the force to that.',
      'Dominic Keld', ['Keld', 'the Commissioner', 'Mr Keld'], 'said', role='Police and Crime Commissioner for Cleveland'),
]
PEOPLE = [{'name': 'Dominic Keld', 'role': 'Police and Crime Commissioner for Cleveland'},
          {'name': 'Joanne Stamp', 'role': 'Head of Policy and Commissioning, OPCC'},
          {'name': 'Helen Armitage', 'role': 'Chief Constable'}]
BOIL = ['Cleveland Police and Crime Panel | 10 November 2026 | Agenda Item 6', 'OFFICIAL', 'Report of the Police and Crime Commissioner for Cleveland']
NOTES = ("A police and crime panel paper (report of the PCC to the panel; kind council_report; PDF by reportlab). The panel covers four "
         "councils, so area is null with `areas` listed; partnership null; period Q2 2026/27 (1 Jul - 30 Sep 2026). Traps: a stat-card "
         "row repeating three facts ('2,072', '35', '£1.26m'); Table 1 with one column per council, a bold force total and a last-year "
         "column (own period Q2 2025/26) - every cell is a figure whose subject names the council, the total and the comparator; "
         "header cells wrap ('Redcar &' / 'Cleveland'); metrics: police referrals are social_care_referrals, police protection uses "
         "and the 41 children involved are police_protection, '26 of the 35 cases ... Emergency Protection Order or interim care "
         "order followed' is court_orders; missing episodes and exploitation flags are other; superscript footnote markers that pdfplumber puts on a line of their own inside a sentence ('accounted for' / '1' / '312 episodes'); "
         "'more than a third' a hedged share with no exact value beside it (required, qualifier); '58 of them (46%)' count required, percentage optional; "
         "'£412,000 over two years' (two figures, the duration separate); '1,463 domestic abuse incidents'; 'within 72 hours' "
         "optional; 'after 12 months' inside a reoffending definition optional; a target 'halved' inside a quote (optional, 50 "
         "percent); legislation (section 46, PACE section 38(6)), minute and paragraph numbers, '9am' and the contact phone number "
         "are not figures; running header with 'OFFICIAL' and footer are boilerplate; the Chief Constable speaks in a quoted "
         "statement and the Commissioner in a quote attributed to 'The Commissioner said'.")

if __name__ == '__main__':
    build()
    gold(DOC, 'council_report', 'Protecting vulnerable children: performance and commissioning update, Quarter 2 2026/27', None, None,
         P('2026-07-01', '2026-09-30', 'Quarter 2 2026/27'), FIG, NOT, QS, PEOPLE, BOIL, NOTES, areas=AREAS)
