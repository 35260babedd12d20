"""p04: early help annual report with two bar charts drawn with reportlab graphics (value labels on the bars,
axis ticks beside them) plus prose. Run: /tmp/pdfgen8/bin/python _src/p04_windsor_maidenhead.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.graphics.shapes import Drawing, Rect, String, Line

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'p04_windsor_maidenhead_early_help_annual_report.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
YEARS = [('2021/22', 412), ('2022/23', 468), ('2023/24', 521), ('2024/25', 587), ('2025/26', 634)]
REASONS = [('Parenting support', 31), ('Emotional wellbeing', 24), ('School attendance', 18), ('Domestic abuse', 15), ('Housing and money', 12)]
TEAL = colors.HexColor('#00707A')


def vchart():
    d = Drawing(440, 190)
    x0, y0, h, top = 50, 30, 140, 700
    d.add(String(0, 178, 'Figure 1: Early help assessments started, 2021/22 to 2025/26', fontName='Helvetica-Bold', fontSize=9))
    for t in range(0, 701, 100):
        y = y0 + h * t / top
        d.add(Line(x0 - 3, y, 420, y, strokeColor=colors.HexColor('#DDDDDD'), strokeWidth=0.4))
        d.add(String(x0 - 6, y - 3, str(t), fontName='Helvetica', fontSize=7, textAnchor='end', fillColor=colors.grey))
    for i, (yr, v) in enumerate(YEARS):
        x = x0 + 15 + i * 72
        bh = h * v / top
        d.add(Rect(x, y0, 40, bh, fillColor=TEAL, strokeColor=None))
        d.add(String(x + 20, y0 + bh + 3, str(v), fontName='Helvetica-Bold', fontSize=8, textAnchor='middle'))
        d.add(String(x + 20, y0 - 12, yr, fontName='Helvetica', fontSize=7.5, textAnchor='middle'))
    return d


def hchart():
    d = Drawing(440, 150)
    d.add(String(0, 138, 'Figure 2: Main reason for the early help request, 2025/26 (% of assessments)', fontName='Helvetica-Bold', fontSize=9))
    x0, w, top = 130, 260, 40
    for t in range(0, 41, 10):
        x = x0 + w * t / top
        d.add(Line(x, 8, x, 125, strokeColor=colors.HexColor('#DDDDDD'), strokeWidth=0.4))
        d.add(String(x, 0, str(t), fontName='Helvetica', fontSize=7, textAnchor='middle', fillColor=colors.grey))
    for i, (lab, v) in enumerate(REASONS):
        y = 105 - i * 22
        d.add(String(x0 - 6, y + 4, lab, fontName='Helvetica', fontSize=8, textAnchor='end'))
        d.add(Rect(x0, y, w * v / top, 14, fillColor=TEAL, strokeColor=None))
        d.add(String(x0 + w * v / top + 4, y + 4, '%d%%' % v, fontName='Helvetica-Bold', fontSize=8))
    return d


def footer(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(20 * mm, 12 * mm, 'Royal Borough of Windsor and Maidenhead | Early Help Annual Report 2025/26')
    c.drawRightString(190 * mm, 12 * mm, str(doc.page))
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


def main():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=16, leading=19, textColor=TEAL)
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11, leading=14, textColor=TEAL, spaceBefore=6)
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
                            title='Early Help Annual Report 2025/26', author='Royal Borough of Windsor and Maidenhead (synthetic)', subject=NOTE)
    s = [Paragraph('Royal Borough of Windsor and Maidenhead', h2), Paragraph('Early Help Annual Report 2025/26', h1),
         Paragraph('Presented to the Windsor and Maidenhead Safeguarding Partnership, 9 July 2026. Author: Claire Osborne, Head of Early Help and Family Hubs.', body),
         Paragraph('1. The year in summary', h2),
         Paragraph('Our family hubs and early help teams worked with 1,146 families in 2025/26, including 2,389 children. Early help assessments started rose for the fifth year running (Figure 1), to 634, an increase of 8% on last year.', body),
         vchart(), Spacer(1, 6),
         Paragraph('Most requests for help came from schools (41%), followed by health visitors and midwives (22%) and families themselves (17%). Parenting support was the most common reason (Figure 2).', body),
         hchart(), Spacer(1, 6),
         Paragraph('2. Moving between early help and social care', h2),
         Paragraph("We accepted 212 step-downs from children's social care, up from 176 in 2024/25. Of the families whose early help closed in the year, 9% were stepped up to children's social care, compared with 12% the year before. 78% of episodes closed with the family's needs met.", body),
         Paragraph('Families waited an average of 11 working days from request to first visit. Our standard is 10 working days.', body),
         Paragraph('3. Supporting Families and funding', h2),
         Paragraph('We made successful Supporting Families outcome claims for 318 families, bringing in £254,400. The early help budget for 2025/26 was £2.87m, of which the Supporting Families grant provided £1.12m. The service has 46 staff across three family hubs in Windsor, Maidenhead and Datchet.', body),
         Paragraph('4. What families and partners told us', h2),
         Paragraph('Claire Osborne said: "The bars on the chart are going up because schools trust us. The job now is to make sure help arrives fast enough to matter."', body),
         Paragraph('A father who used the Maidenhead hub said the team "never once made me feel like a bad dad."', body),
         Paragraph('Early help: 01632 960275 | earlyhelp@rbwm-council.example', body)]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
