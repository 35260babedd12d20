"""p01: budget-monitoring / MTFP paper printed with reportlab (platypus): tables in £000 and £m, accounting brackets."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), 'p01_central_bedfordshire_childrens_budget_monitoring_q2.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
ss = getSampleStyleSheet(); B = ParagraphStyle('b', parent=ss['BodyText'], fontName='Times-Roman', fontSize=10.5, leading=13.5)
H = ParagraphStyle('h', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=12)
T = ParagraphStyle('t', parent=ss['Title'], fontName='Helvetica-Bold', fontSize=15)

def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(20*mm, 287*mm, 'Central Bedfordshire Council'); c.drawRightString(190*mm, 287*mm, 'Executive - 15 December 2026 - Agenda item 11')
    c.drawString(20*mm, 10*mm, 'Appendix C'); c.drawRightString(190*mm, 10*mm, 'Page %d' % d.page)
    c.setFont('Helvetica', 6); c.drawCentredString(105*mm, 6*mm, NOTE); c.restoreState()

def tab(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
                           ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                           ('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('LINEABOVE', (0, -1), (-1, -1), 0.8, colors.black),
                           ('BOX', (0, 0), (-1, -1), 0.5, colors.grey)]))
    return t

s = [Paragraph("Children's Services Budget Monitoring: Quarter 2 2026/27 and Medium-Term Financial Plan 2027/28 to 2030/31", T),
     Paragraph("Report of the Director of Children's Services and the Chief Finance Officer. Central Bedfordshire Council, Priory House, Chicksands, Shefford SG17 5TQ", B), Spacer(1, 6),
     Paragraph('1. Summary', H),
     Paragraph("1.1 At the end of Quarter 2 (30 September 2026) Children's Services is forecasting an overspend of £3.41m against a net budget of £74.92m, a variance of 4.6%. This is an increase of £0.87m on the Quarter 1 forecast of £2.54m. The pressure is almost entirely in placements for children looked after, partly offset by an underspend of £0.52m in early help.", B),
     Paragraph("1.2 The number of children looked after rose to 398 at 30 September 2026, up from 371 at 31 March 2026. Of these, 31 children are in residential placements at an average weekly cost of £6,400, compared with 24 children a year ago. A further 142 children are placed with independent fostering agencies and 161 with in-house foster carers.", B),
     Paragraph('2. Forecast outturn by service (£000)', H),
     tab([['Service area', 'Budget', 'Forecast', 'Variance', 'Q1 variance'],
          ['Placements (children looked after)', '31,240', '35,415', '4,175', '3,102'],
          ["Children's social work teams", '18,655', '18,930', '275', '190'],
          ['Early help and family hubs', '9,870', '9,350', '(520)', '(410)'],
          ["Disabled children's services", '8,115', '8,020', '(95)', '(60)'],
          ['Safeguarding partnership and QA', '1,260', '1,235', '(25)', '0'],
          ['Business support and management', '5,780', '5,380', '(400)', '(282)'],
          ["Total Children's Services", '74,920', '78,330', '3,410', '2,540']], [62*mm, 24*mm, 24*mm, 24*mm, 26*mm]), Spacer(1, 6),
     Paragraph("2.1 Figures in brackets are underspends. The safeguarding partnership line funds the Bedford Borough, Central Bedfordshire and Luton Safeguarding Children Partnership secretariat and independent scrutiny; the council's contribution of £412,000 is 38% of the partnership budget.", B),
     Paragraph('3. Placements', H),
     Paragraph("3.1 The placements forecast assumes 12 further admissions to care in the second half of the year. Three children with the most complex needs account for £1.9m of the forecast between them. Unaccompanied asylum-seeking children numbered 46 at 30 September, 17 of them aged 16 or 17.", B),
     Paragraph("3.2 Children on child protection plans numbered 244 at 30 September (31 March 2026: 229), a rate of 38.2 per 10,000 children, compared with 41.4 for England.", B),
     Paragraph('4. Medium-Term Financial Plan 2027/28 to 2030/31 (£m)', H),
     tab([['', '2027/28', '2028/29', '2029/30', '2030/31'],
          ['Demand pressures (placements)', '4.80', '2.10', '1.90', '1.70'],
          ['Inflation and pay', '2.25', '1.95', '1.80', '1.80'],
          ['Proposed savings', '(3.20)', '(1.60)', '(0.90)', '(0.50)'],
          ['Net growth required', '3.85', '2.45', '2.80', '3.00']], [62*mm, 24*mm, 24*mm, 24*mm, 26*mm]), Spacer(1, 6),
     Paragraph("4.1 Savings of £6.2m are proposed over the four years, the largest being the expansion of in-house fostering (£2.4m) and a new two-bed children's home (£1.1m). The home would open in January 2028 with a capital cost of £1.35m.", B),
     Paragraph('5. Recommendations', H),
     Paragraph("5.1 Executive is asked to (1) note the Quarter 2 forecast, and (2) endorse the Children's Services pressures and savings for consultation. Contact officer: Lisa Hargreaves, Head of Finance (Children), 01632 960284.", B)]
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=16*mm,
                        title="Children's Services Budget Monitoring Q2 2026/27", subject=NOTE, author='review-records evaluation set (synthetic)')
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print('wrote', OUT)
