"""e03: NHS integrated care board safeguarding children annual report (reportlab; two columns, a by-place table
spanning a column, running header and footer). Multi-area: area null. Run: /tmp/pdfgen8/bin/python _src/g_e03.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'e03_lancashire_south_cumbria_icb_safeguarding_children_annual_report_2025_26'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'


def deco(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#005EB8'))
    c.rect(0, 284 * mm, 210 * mm, 13 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 9)
    c.drawString(15 * mm, 289 * mm, 'NHS Lancashire and South Cumbria Integrated Care Board')
    c.drawRightString(195 * mm, 289 * mm, 'Safeguarding Children Annual Report 2025/26')
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7.5)
    c.drawString(15 * mm, 12 * mm, 'ICB Board, 24 June 2026, item 9.2  |  OFFICIAL')
    c.drawRightString(195 * mm, 12 * mm, '%d' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(15 * mm, 8 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=8.8, leading=11.4, spaceAfter=4)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=14, leading=17, textColor=colors.HexColor('#005EB8'))
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=10, leading=12.5, textColor=colors.HexColor('#005EB8'), spaceBefore=5)
    pull = ParagraphStyle('pull', parent=body, fontName='Helvetica-Bold', fontSize=10.5, leading=13.5, textColor=colors.HexColor('#330072'),
                          borderPadding=4, spaceBefore=4, spaceAfter=2)
    att = ParagraphStyle('att', parent=body, fontSize=8, textColor=colors.HexColor('#330072'))
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                          title='Safeguarding Children Annual Report 2025/26', author='NHS Lancashire and South Cumbria ICB (synthetic)', subject=NOTE)
    w = (180 * mm - 8 * mm) / 2
    frames = [Frame(15 * mm, 18 * mm, w, 262 * mm, id='l', leftPadding=0, rightPadding=0),
              Frame(15 * mm + w + 8 * mm, 18 * mm, w, 262 * mm, id='r', leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate(id='two', frames=frames, onPage=deco)])
    s = []
    s.append(Paragraph('Safeguarding Children Annual Report 2025/26', h1))
    s.append(Paragraph('1 April 2025 to 31 March 2026. Presented by Dr Sarah Kettlewell, Chief Nursing Officer. Prepared by the designated professionals for safeguarding children.', body))
    s.append(Paragraph('Foreword', h2))
    s.append(Paragraph('This is my second annual report as executive lead for safeguarding. I am proud of how our designated and named professionals have worked with four local authorities, three safeguarding partnerships and the police this year, and I am clear that we still have work to do on the health of children in our care.', body))
    s.append(Paragraph('\u201cEvery practice in Lancashire and South Cumbria should know which of its patients is a child in care. This year we got much closer to that.\u201d', pull))
    s.append(Paragraph('\u2014 Dr Sarah Kettlewell, Chief Nursing Officer', att))
    s.append(Paragraph('Our statutory role', h2))
    s.append(Paragraph('The ICB is one of the three statutory safeguarding partners under Working Together to Safeguard Children 2023, alongside the local authorities and Lancashire Constabulary and Cumbria Constabulary. Our footprint covers Lancashire, Blackburn with Darwen, Blackpool and the southern part of Westmorland and Furness, and we sit on the Children\u2019s Safeguarding Assurance Partnership for the three pan-Lancashire councils and on the Westmorland and Furness Safeguarding Children Partnership.', body))
    s.append(Paragraph('Case reviews', h2))
    s.append(Paragraph('Local authorities across the footprint notified the national panel of 31 serious incidents in 2025/26, up from 26 the year before. The designated professionals contributed health chronologies to every rapid review, 28 in total, and each was submitted within 15 working days.', body))
    hd = ParagraphStyle('hd', parent=body, fontName='Helvetica-Bold', fontSize=7.5, leading=9, spaceAfter=0, alignment=1)
    rows = [[Paragraph(x, hd) for x in ('Place', 'Rapid reviews', 'LCSPRs started', 'LCSPRs published')],
            ['Lancashire', '14', '3', '2'], ['Blackburn with Darwen', '5', '1', '1'], ['Blackpool', '6', '2', '1'],
            ['Westmorland and Furness*', '3', '0', '1'], ['Total', '28', '6', '5']]
    t = Table(rows, colWidths=[w * 0.40, w * 0.20, w * 0.20, w * 0.20])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 7.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 7.8),
                           ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 7.8), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E8EDEE')),
                           ('GRID', (0, 0), (-1, -1), 0.3, colors.grey), ('ALIGN', (1, 0), (-1, -1), 'CENTER')]))
    s.append(t)
    s.append(Paragraph('* whole Westmorland and Furness partnership, of which the ICB covers the southern part.', ParagraphStyle('fn', parent=body, fontSize=7, leading=8.5)))
    s.append(Paragraph('Health recommendations from published reviews numbered 19; 15 are complete and 4 remain open, none of them overdue. The panel selected no case from our footprint for national review.', body))
    s.append(Paragraph('Child deaths', h2))
    s.append(Paragraph('The pan-Lancashire Child Death Overview Panel reviewed 112 deaths in the year, and modifiable factors were identified in 29. Unsafe sleep featured in 9 of the 21 sudden unexpected deaths of infants, and the ICB has funded a further year of the safer sleep campaign at a cost of \u00a386,000.', body))
    s.append(Paragraph('Children in our care', h2))
    s.append(Paragraph('At 31 March 2026 the four councils looked after 4,126 children between them: 2,184 in Lancashire, 512 in Blackburn with Darwen, 741 in Blackpool and 689 in Westmorland and Furness. A further 1,310 children in the care of other councils were placed in our area. Only 41% of initial health assessments were completed within the statutory 20 working days, against 36% last year; review health assessments were on time in 83% of cases.', body))
    s.append(Paragraph('Lisa Ormerod, Designated Nurse for Children in Care, said: \u201cForty-one per cent is better, but it is nowhere near good enough. A child who moves into a new area should not wait two months to see a doctor.\u201d', body))
    s.append(Paragraph('Primary care and training', h2))
    s.append(Paragraph('A named GP safeguarding lead is in place in 203 of the 211 GP practices. Level 3 training compliance in primary care reached 87%, below the ICB target of 90%. The safeguarding team has 22.4 whole-time equivalent staff and a budget of \u00a31.86m.', body))
    s.append(Paragraph('Voice of the child', h2))
    s.append(Paragraph('A young person in care who joined the ICB\u2019s health panel told us: \u201cI had three different doctors in a year and had to explain my medication every time.\u201d', body))
    s.append(Paragraph('Priorities for 2026/27', h2))
    s.append(Paragraph('Improve initial health assessment timeliness to 65%; embed the Safeguarding Accountability and Assurance Framework (2024); and complete the pan-Lancashire neglect audit. Contact: safeguarding.lsc@nhs-lsc.example, 01632 960233.', body))
    doc.build(s)
    print('wrote', os.path.basename(OUT))


def write_gold():
    per = P('2025-04-01', '2026-03-31', '2025/26')
    prev = P('2024-04-01', '2025-03-31', '2024/25')
    figs = [
        F(31, 'count', 'serious_incident_notifications', 'serious incidents notified across the ICB footprint', 'notified the national panel of 31 serious incidents'),
        F(26, 'count', 'serious_incident_notifications', 'serious incidents notified the year before', 'up from 26 the year before', period=prev),
        F(28, 'count', 'rapid_reviews', 'rapid reviews across the footprint', 'every rapid review, 28 in total'),
        F(15, 'days', 'other', 'rapid review submission deadline', 'within 15 working days'),
        F(14, 'count', 'rapid_reviews', 'rapid reviews, Lancashire', 'Lancashire 14 3 2'),
        F(3, 'count', 'lcsprs_commissioned', 'LCSPRs started, Lancashire', 'Lancashire 14 3 2'),
        F(2, 'count', 'lcsprs_published', 'LCSPRs published, Lancashire', 'Lancashire 14 3 2'),
        F(5, 'count', 'rapid_reviews', 'rapid reviews, Blackburn with Darwen', 'Blackburn with Darwen 5 1 1'),
        F(1, 'count', 'lcsprs_commissioned', 'LCSPRs started, Blackburn with Darwen', 'Blackburn with Darwen 5 1 1'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published, Blackburn with Darwen', 'Blackburn with Darwen 5 1 1'),
        F(6, 'count', 'rapid_reviews', 'rapid reviews, Blackpool', 'Blackpool 6 2 1'),
        F(2, 'count', 'lcsprs_commissioned', 'LCSPRs started, Blackpool', 'Blackpool 6 2 1'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published, Blackpool', 'Blackpool 6 2 1'),
        F(3, 'count', 'rapid_reviews', 'rapid reviews, Westmorland and Furness', 'Westmorland and Furness* 3 0 1'),
        F(0, 'count', 'lcsprs_commissioned', 'LCSPRs started, Westmorland and Furness', 'Westmorland and Furness* 3 0 1'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published, Westmorland and Furness', 'Westmorland and Furness* 3 0 1'),
        F(6, 'count', 'lcsprs_commissioned', 'LCSPRs started, total', 'Total 28 6 5'),
        F(5, 'count', 'lcsprs_published', 'LCSPRs published, total', 'Total 28 6 5'),
        F(19, 'count', 'recommendations', 'health recommendations from published reviews', 'Health recommendations from published reviews numbered 19'),
        F(15, 'count', 'recommendations', 'health recommendations complete', '15 are complete'),
        F(4, 'count', 'recommendations', 'health recommendations open', '4 remain open'),
        F(0, 'count', 'recommendations', 'health recommendations overdue', 'none of them overdue', optional=True),
        F(0, 'count', 'national_reviews', 'cases selected for national review', 'The panel selected no case from our footprint for national review'),
        F(112, 'count', 'child_deaths', 'deaths reviewed by the pan-Lancashire CDOP', 'reviewed 112 deaths in the year'),
        F(29, 'count', 'other', 'child deaths with modifiable factors', 'modifiable factors were identified in 29'),
        F(9, 'count', 'other', 'sudden unexpected infant deaths where unsafe sleep featured', 'Unsafe sleep featured in 9 of the 21'),
        F(21, 'count', 'child_deaths', 'sudden unexpected deaths of infants', 'the 21 sudden unexpected deaths of infants'),
        F(86000, 'gbp', 'other', 'safer sleep campaign funding', 'at a cost of \u00a386,000'),
        F(4126, 'count', 'looked_after_children', 'children looked after by the four councils', 'looked after 4,126 children between them'),
        F(2184, 'count', 'looked_after_children', 'children looked after, Lancashire', '2,184 in Lancashire'),
        F(512, 'count', 'looked_after_children', 'children looked after, Blackburn with Darwen', '512 in Blackburn with Darwen'),
        F(741, 'count', 'looked_after_children', 'children looked after, Blackpool', '741 in Blackpool'),
        F(689, 'count', 'looked_after_children', 'children looked after, Westmorland and Furness', '689 in Westmorland and Furness'),
        F(1310, 'count', 'looked_after_children', 'children in the care of other councils placed in the area', 'A further 1,310 children in the care of other councils'),
        F(41, 'percent', 'other', 'initial health assessments completed within 20 working days', 'Only 41% of initial health assessments'),
        F(20, 'days', 'other', 'statutory timescale for initial health assessments', 'the statutory 20 working days'),
        F(36, 'percent', 'other', 'initial health assessments on time last year', 'against 36% last year', period=prev),
        F(83, 'percent', 'other', 'review health assessments on time', 'on time in 83% of cases'),
        F(203, 'count', 'other', 'GP practices with a named safeguarding lead', 'in place in 203 of the 211 GP practices'),
        F(211, 'count', 'other', 'GP practices in the ICB', 'in place in 203 of the 211 GP practices'),
        F(87, 'percent', 'other', 'Level 3 training compliance in primary care', 'compliance in primary care reached 87%'),
        F(90, 'percent', 'other', 'ICB training compliance target', 'below the ICB target of 90%'),
        F(22.4, 'count', 'other', 'safeguarding team whole-time equivalent staff', '22.4 whole-time equivalent staff'),
        F(1860000, 'gbp', 'other', 'safeguarding team budget', 'a budget of \u00a31.86m'),
        F(65, 'percent', 'other', 'target for initial health assessment timeliness', 'Improve initial health assessment timeliness to 65%', period=P('2026-04-01', '2027-03-31', '2026/27')),
        F(41, 'percent', 'other', 'initial health assessments on time (quote)', 'Forty-one per cent is better', optional=True),
        F(2, 'months', 'other', 'wait to see a doctor (quote)', 'should not wait two months', optional=True),
        F(3, 'count', 'other', 'doctors in a year (young person quote)', 'I had three different doctors in a year', optional=True),
    ]
    notf = ['Working Together to Safeguard Children 2023', '24 June 2026', 'item 9.2', 'Level 3', '(2024)', '01632 960233', 'second annual report',
            'four local authorities', 'three safeguarding partnerships', 'three statutory safeguarding partners', '2026/27']
    quotes = [
        Q('Every practice in Lancashire and South Cumbria should know which of its patients is a child in care. This year we got much closer to that.',
          'Dr Sarah Kettlewell', ['Kettlewell', 'Dr Kettlewell', 'Sarah Kettlewell'], None, role='Chief Nursing Officer'),
        Q('Forty-one per cent is better, but it is nowhere near good enough. A child who moves into a new area should not wait two months to see a doctor.',
          'Lisa Ormerod', ['Ormerod', 'Ms Ormerod'], 'said', role='Designated Nurse for Children in Care'),
        Q('I had three different doctors in a year and had to explain my medication every time.', 'a young person in care', ['young person'], 'told us'),
    ]
    people = [{'name': 'Sarah Kettlewell', 'role': 'Chief Nursing Officer'}, {'name': 'Lisa Ormerod', 'role': 'Designated Nurse for Children in Care'}]
    bp = ['NHS Lancashire and South Cumbria Integrated Care Board', 'ICB Board, 24 June 2026, item 9.2 | OFFICIAL']
    notes = ("NHS integrated care board safeguarding children annual report (PDF, two columns, blue running header band, footer with board item). Multi-area: area null, areas listed, no single partnership. Traps: a first-person foreword (not a quote) followed by a pull quote with a dash attribution (cue null); a by-place table inside a column whose cells are per-area facts with the same values repeated (several 1s, 2s, 3s; the Total 28 repeats the prose '28 in total'); the zero cell 'Westmorland and Furness 0' for LCSPRs started is required; the footnote asterisk glued to a place name; 'none of them overdue' optional zero; 'selected no case ... for national review' required zero; child deaths reviewed (112) vs modifiable factors (29, other) and a subset with its own count ('9 of the 21'); looked-after children broken down by council (four counts that sum to 4,126) and children placed in from elsewhere (1,310) keep looked_after_children; IHA timeliness (41%, 36% last year with own period) are other; 'Forty-one per cent' inside a quote repeats 41% (optional); WTE 22.4; counting words that are not figures ('four local authorities', 'three safeguarding partnerships', 'second annual report').")
    gold(NAME + '.pdf', 'council_report', 'NHS Lancashire and South Cumbria Integrated Care Board: Safeguarding Children Annual Report 2025/26', None, None, per,
         figs, notf, quotes, people, bp, notes, areas=['Lancashire', 'Blackburn with Darwen', 'Blackpool', 'Westmorland and Furness'])


if __name__ == '__main__':
    build()
    write_gold()
