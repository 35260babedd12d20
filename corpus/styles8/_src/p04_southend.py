"""p04: corporate parenting panel report printed with reportlab (landscape, comparator columns)."""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), 'p04_southend_corporate_parenting_panel_report.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
ss = getSampleStyleSheet(); B = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12)
H = ParagraphStyle('h', parent=ss['Heading3'], fontName='Helvetica-Bold', fontSize=11, textColor=colors.HexColor('#00557f'))
T = ParagraphStyle('t', parent=ss['Title'], fontName='Helvetica-Bold', fontSize=14, alignment=0, textColor=colors.HexColor('#00557f'))
W, Hh = landscape(A4)
def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 7.5)
    c.drawString(15*mm, Hh-10*mm, 'Southend-on-Sea City Council | Corporate Parenting Panel | 8 December 2026')
    c.drawRightString(W-15*mm, Hh-10*mm, 'Report No. CP/26/09')
    c.setFont('Helvetica', 6.5); c.drawString(15*mm, 8*mm, NOTE); c.drawRightString(W-15*mm, 8*mm, 'Page %d of 2' % d.page); c.restoreState()
rows = [['Indicator', 'Sep 2026', 'Mar 2026', 'Statistical\nneighbours\n(2024/25)', 'England\n(2024/25)', 'Good is'],
        ['Children looked after (number)', '312', '298', '-', '-', 'n/a'],
        ['Children looked after per 10,000 aged under 18', '83.1', '79.4', '88.0', '70', 'n/a'],
        ['Three or more placements in the last 12 months (%)', '9.8', '10.5', '10.2', '10', 'Low'],
        ['Long-term placement stability (%)', '68', '70', '69', '70', 'High'],
        ['Care leavers aged 19-21 in education, employment or training (%)', '54', '51', '52', '56', 'High'],
        ['Care leavers aged 19-21 in suitable accommodation (%)', '91', '89', '88', '88', 'High'],
        ['Annual health assessments completed on time (%)', '87', '84', '90', '90', 'High'],
        ['Missing episodes (children looked after), year to date', '143', '262', '-', '-', 'Low']]
t = Table(rows, colWidths=[110*mm, 24*mm, 24*mm, 30*mm, 24*mm, 20*mm], repeatRows=1)
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbeaf2')), ('ALIGN', (1, 0), (-1, -1), 'CENTER'),
                       ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
s = [Paragraph('Corporate Parenting Panel: Children in Care and Care Leavers Performance Report, April to September 2026', T),
     Paragraph('Report of the Executive Director (Children and Public Health). Agenda item 6. Chair: Cllr Mandy Okonjo. Contact: Paul Ridley, Head of Service, Children in Care, 01632 960 615.', B), Spacer(1, 5),
     Paragraph('1. Purpose', H),
     Paragraph('1.1 To give the Panel the half-year position on children in care and care leavers, against statistical neighbours and England. Statistical neighbour and England figures are the latest published (2024/25).', B),
     Paragraph('2. Headlines', H),
     Paragraph('2.1 312 children were looked after at 30 September 2026, 14 more than at 31 March. 41 children came into care in the six months and 27 left care. Of the 312, 23 are unaccompanied asylum-seeking children, up from 19. The rate of 83.1 per 10,000 is above England (70) but below our statistical neighbours (88.0).', B),
     Paragraph('2.2 Placement stability has held up: 9.8% of children had three or more placements in the last 12 months, better than the England figure of 10%. Long-term stability, the share of children in care for two and a half years or more who have been in the same placement for at least two years, dipped to 68%.', B),
     Paragraph('2.3 54% of care leavers aged 19 to 21 were in education, employment or training, up from 51% in March but still two points below England.', B),
     Spacer(1, 4), t, Spacer(1, 4),
     Paragraph('Note: Sep 2026 figures are provisional. Missing episodes are cumulative: the March figure is the full year 2025/26.', ParagraphStyle('n', parent=B, fontSize=7.5)),
     Paragraph('3. Voice of children and young people', H),
     Paragraph('3.1 The Children in Care Council met four times in the period and 38 young people took part in the annual "Your Life, Your Care" survey. One young person wrote: "I like my placement but I had to tell my story to five different workers before anyone listened."', B),
     Paragraph('3.2 Cllr Okonjo said: "Our children should not have to repeat themselves to be heard. I want the Panel to see that number of changes of worker fall by the next report." She asked for a breakdown by team for March.', B),
     Paragraph('4. Recommendation', H),
     Paragraph('4.1 That the Panel notes the report and agrees the three priorities in Appendix 1.', B)]
doc = SimpleDocTemplate(OUT, pagesize=landscape(A4), leftMargin=15*mm, rightMargin=15*mm, topMargin=15*mm, bottomMargin=14*mm,
                        title='Corporate Parenting Panel performance report April to September 2026', subject=NOTE, author='review-records evaluation set (synthetic)')
doc.build(s, onFirstPage=deco, onLaterPages=deco); print('wrote', OUT)
