"""b01: Luton placement sufficiency strategy extract (reportlab platypus). Run: /tmp/pdfgen8/bin/python _src/b01_luton.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'b01_luton_placement_sufficiency_strategy_extract.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
ss = getSampleStyleSheet()
B = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
H = ParagraphStyle('h', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=12, textColor=colors.HexColor('#5a2a82'))
H1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=16, textColor=colors.HexColor('#5a2a82'))
SM = ParagraphStyle('sm', parent=B, fontSize=8, leading=10)
QS = ParagraphStyle('q', parent=B, leftIndent=18, fontName='Helvetica-Oblique')


def deco(c, d):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(40, 815, 'Luton Borough Council | Placement Sufficiency Strategy 2026-2029 | Section 3')
    c.drawRightString(555, 28, 'Page %d of 38' % (d.page + 6))
    c.setFont('Helvetica', 6.5)
    c.drawString(40, 18, NOTE)
    c.restoreState()


def tbl(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6dcef')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    return t


story = [
    Paragraph('3. Our children looked after: current position and demand', H1),
    Paragraph('3.1 This section sets out the profile of children looked after by Luton Borough Council at 31 March 2026 and '
              'our forecast of demand over the life of this strategy. It meets the sufficiency duty in section 22G of the Children Act 1989 '
              'and should be read with the Market Position Statement (Appendix B).', B),
    Paragraph('3.2 At 31 March 2026 there were 412 children looked after, up from 389 a year earlier. This is a rate of 71 per 10,000 '
              'children, slightly above England (70) but below our statistical neighbours (78). Around one in six children entered '
              'care as unaccompanied asylum-seeking children; 64 of the 412 are UASC, most of them aged 16 or 17.', B),
    Paragraph('Table 3: Children looked after by placement type, 31 March 2026', SM),
    tbl([['Placement type', 'Number', '% of total'],
         ['In-house foster care', '138', '33%'],
         ['Independent fostering agency (IFA)', '104', '25%'],
         ['Family and friends (connected) carers', '52', '13%'],
         ['Children\'s homes (residential)', '41', '10%'],
         ['Supported accommodation (16+)', '29', '7%'],
         ['Placed with parents', '22', '5%'],
         ['Placed for adoption', '11', '3%'],
         ['Other (secure, hospital, YOI)', '15', '4%'],
         ['Total', '412', '100%']], [250, 70, 70]),
    Spacer(1, 6),
    Paragraph('3.3 Distance from home. Just under two-thirds of children (265, 64%) live within the borough boundary. A further 60 '
              'live outside Luton but within 20 miles, and 87 (21%) are placed more than 20 miles from home. Children in residential care '
              'are the most likely to live at a distance: 29 of the 41 children in children\'s homes are outside the borough, '
              'the furthest in Cumbria.', B),
    Paragraph('3.4 Fostering. We had 91 approved in-house fostering households at 31 March 2026. During 2025/26 we approved 14 new '
              'households and 17 left us (a net loss of three), mostly through retirement. The average age of our carers is now 57. '
              'The Fostering Recruitment Hub target is 24 approvals a year from 2026/27.', B),
    Paragraph('3.5 Cost. The average weekly cost of an in-house foster placement was £487, compared with £1,012 for an IFA placement. '
              'The average residential placement cost £6,340 a week, and the most expensive single placement cost £14,800 a week. '
              'Residential placements accounted for £13.6m of the £31.2m placements budget in 2025/26, an overspend of £2.9m.', B),
    Paragraph('"Every child we place 40 miles away is a child who changes school, loses their friends and sees their family on '
              'a video call. That is the real cost, not just the invoice."', QS),
    Paragraph('- Councillor Amina Qureshi, Portfolio Holder for Children\'s Services', SM),
    Paragraph('3.6 Forecast demand. Table 4 projects the number of children looked after using a three-year rolling entry and exit '
              'model. The mid scenario assumes entries of around 150 a year; the high scenario adds 5%.', B),
    Paragraph('Table 4: Forecast children looked after and placement needs, mid scenario', SM),
    tbl([['Measure', '2025/26 (actual)', '2026/27', '2027/28', '2028/29'],
         ['Children looked after at 31 March', '412', '425', '438', '446'],
         ['In-house fostering households', '91', '96', '104', '112'],
         ['Residential placements needed', '41', '43', '45', '46'],
         ['Net residential cost (£m)', '13.6', '14.5', '15.3', '15.9']], [170, 80, 60, 60, 60]),
    Spacer(1, 6),
    Paragraph('3.7 If the in-house fostering target is met, we expect to move 18 children from IFA to in-house care by March 2029, '
              'saving an estimated £490,000 a year. Two new council-run homes (four beds each) are planned for 2027.', B),
    Paragraph('3.8 Young people on the Children in Care Council told us what matters. One 15-year-old said: "I want to stay near my '
              'little brother. Nobody asked me before they moved me."', B),
    Paragraph('Enquiries: Commissioning and Sufficiency Team, 01632 960418, sufficiency@luton.gov.example', SM),
]
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=45, bottomMargin=45,
                        title='Placement Sufficiency Strategy 2026-2029 (extract)', subject=NOTE, author='Luton Borough Council (synthetic)')
doc.build(story, onFirstPage=deco, onLaterPages=deco)
print('wrote', OUT)
