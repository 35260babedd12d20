"""a03: council cabinet report with recommendations, financial implications, options appraisal and appendix tables
(reportlab platypus, A4). Run: /tmp/pdfgen8/bin/python _src/a03_westminster_cabinet.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'a03_westminster_cabinet_report_placements_workforce.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
B = ParagraphStyle('b', fontName='Helvetica', fontSize=9.6, leading=12.4, spaceAfter=5)
N = ParagraphStyle('n', parent=B, leftIndent=24, firstLineIndent=-24)
HD = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=7, spaceAfter=4)
T = ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=16, leading=20, spaceAfter=6)
C = ParagraphStyle('c', fontName='Helvetica', fontSize=8.6, leading=10.4)
CB = ParagraphStyle('cb', parent=C, fontName='Helvetica-Bold')


def p(t, s=B):
    return Paragraph(t, s)


def tbl(rows, widths, head=1, right_from=1):
    t = Table([[p(c, CB if (i < head or j == 0 and i == len(rows) - 1 and rows[-1][0].startswith('Total')) else C) if j < right_from else c
                for j, c in enumerate(r)] for i, r in enumerate(rows)], colWidths=widths)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#888888')),
                           ('BACKGROUND', (0, 0), (-1, head - 1), colors.HexColor('#E6E6E6')),
                           ('FONT', (0, 0), (-1, -1), 'Helvetica', 8.6), ('FONT', (0, 0), (-1, head - 1), 'Helvetica-Bold', 8.6),
                           ('ALIGN', (right_from, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def footer(c, d):
    c.saveState()
    c.setFont('Helvetica', 8)
    c.drawString(20 * mm, 13 * mm, 'Cabinet 14 December 2026 - Agenda item 8')
    c.drawRightString(190 * mm, 13 * mm, 'Page %d' % (44 + d.page))
    c.setFont('Helvetica', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=20 * mm,
                            title="Cabinet report: Children's placements sufficiency and social work workforce", subject=NOTE,
                            author='review-records evaluation set (synthetic)')
    s = [p('City of Westminster', ParagraphStyle('x', fontName='Helvetica-Bold', fontSize=10, textColor=colors.HexColor('#5A5A5A'))),
         p('Cabinet Report', T)]
    meta = [['Meeting:', 'Cabinet'], ['Date:', '14 December 2026'], ['Classification:', 'For General Release'],
            ['Title:', "Children's Placements Sufficiency and Social Work Workforce: 2026/27 Pressures and Invest-to-Save Proposals"],
            ['Wards Affected:', 'All'], ['Key Decision:', 'Yes - expenditure above £500,000'],
            ['Financial Summary:', 'The children\'s placements and staffing budget is forecast to overspend by £3.42m in 2026/27. '
             'This report seeks approval for one-off invest-to-save funding of £1.85m over 2027/28 and 2028/29, expected to reduce annual costs by £1.2m from 2029/30.'],
            ['Report of:', "Sarah Quinlan, Executive Director of Children's Services"],
            ['Report author:', 'Tom Ashdown, Head of Placements and Commissioning - tashdown@westminster.example - 020 7946 0288']]
    mt = Table([[p(a, CB), p(b, C)] for a, b in meta], colWidths=[38 * mm, 132 * mm])
    mt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#888888')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [mt, Spacer(1, 4)]
    s.append(p('1. Executive Summary', HD))
    s.append(p('1.1 &nbsp; The number of children looked after by the council has risen to 212 at 30 September 2026, from 186 at 31 March 2025. Costs have risen faster than numbers: the average weekly cost of a residential placement is now £7,850, 14% more than a year ago. At the same time a shortage of permanent social workers means the council is paying for agency staff at a premium of around £28,000 a year per worker.', N))
    s.append(p('1.2 &nbsp; This report sets out the position at month 6 of 2026/27 and three options. It recommends Option C, which combines two small in-house children\'s homes with a recruitment and retention package for social workers.', N))
    s.append(p('2. Recommendations', HD))
    s.append(p('That Cabinet:', B))
    s.append(p('2.1 &nbsp; Notes the forecast overspend of £3.42m (8.9%) on the children\'s placements and social work staffing budget in 2026/27, as set out in Appendix A.', N))
    s.append(p('2.2 &nbsp; Approves Option C and one-off invest-to-save funding of £1.85m from the Transformation Reserve, £1.1m in 2027/28 and £0.75m in 2028/29.', N))
    s.append(p('2.3 &nbsp; Delegates authority to the Executive Director of Children\'s Services, in consultation with the Cabinet Member for Children and Young People, to award contracts of up to £500,000 needed to open the two homes.', N))
    s.append(p('3. Reasons for Decision', HD))
    s.append(p('3.1 &nbsp; The council has a duty under section 22G of the Children Act 1989 to take steps to secure sufficient accommodation for children in its care within its area. At present 17 of the 23 children in residential care live outside Westminster, eight of them more than 20 miles away.', N))
    s.append(p('4. Background: placements and workforce', HD))
    s.append(p('4.1 &nbsp; Appendix B shows children looked after by placement type and average weekly unit cost at 30 September 2026. Independent fostering agency placements cost £1,020 a week on average, against £545 for the council\'s own foster carers. Supported accommodation for 16 and 17 year olds now accounts for 31 children.', N))
    s.append(p('4.2 &nbsp; The social work establishment is 148.5 FTE. At 30 September 119.0 FTE posts were filled by permanent staff, a vacancy rate of 19.9%, and 22.5 FTE agency workers were covering vacant posts. The average caseload is 18.4 children per social worker against the council\'s standard of 15; in the Assessment Service it is 23.1. Turnover of permanent social workers was 17% in 2025/26.', N))
    s.append(p('5. Options Appraisal', HD))
    opts = [['Option', 'Description', 'One-off cost', 'Annual saving (full year)', 'Assessment'],
            ['A', 'Do nothing: continue to spot-purchase placements and agency staff', '£0', '£0 (pressure rises to £4.1m in 2027/28)', 'Not recommended'],
            ['B', 'Block-contract 6 independent fostering placements', '£0.62m', '£0.35m', 'Partly meets need'],
            ['C', 'Two in-house homes (8 beds), 20 new foster households, retention package for 15 FTE', '£1.85m', '£1.2m from 2029/30; payback within 3 years', 'Recommended']]
    ot = Table([[p(c, CB if i == 0 else C) for c in r] for i, r in enumerate(opts)], colWidths=[17 * mm, 59 * mm, 22 * mm, 42 * mm, 30 * mm])
    ot.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#888888')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E6E6E6')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [ot, Spacer(1, 5)]
    s.append(p('5.1 &nbsp; Option C would bring up to eight children back into the borough. The retention package (a market supplement of £4,000 a year and a protected caseload of 12 for newly qualified social workers in their first year) is costed at £420,000 a year within the £1.85m.', N))
    s.append(p('6. Financial Implications', HD))
    s.append(p('6.1 &nbsp; The 2026/27 budget for children\'s placements and social work staffing is £38.6m. The forecast outturn at month 6 is £42.02m. External residential placements account for £1.45m of the overspend and agency staffing for £1.197m. The Medium Term Financial Plan assumes a further 6% growth in placement costs in 2027/28.', N))
    s.append(p('6.2 &nbsp; Comments of the Executive Director of Finance: I am satisfied that the invest-to-save case is reasonable, but the savings depend on the homes opening on time and on recruitment. I recommend that progress is reported to Cabinet every six months. The Transformation Reserve stood at £9.3m at 31 March 2026.', N))
    s.append(p('7. Legal Implications', HD))
    s.append(p('7.1 &nbsp; The homes will require registration with Ofsted under the Care Standards Act 2000. Contracts will be let under the Procurement Act 2023 and Contract Standing Order 12.4.', N))
    s.append(p('8. Consultation', HD))
    s.append(p('8.1 &nbsp; The Children in Care Council was consulted in October. One member, aged 16, said: "When you get moved two hours away you lose your school, your friends, everything. Keep us close." The Cabinet Member for Children and Young People, Cllr Rachel Amsel, said: "This is the right thing for children and, over time, the right thing for the budget."', N))
    s.append(p('9. Risks', HD))
    s.append(p('9.1 &nbsp; The main risk to Option C is delay in registering the two homes. Each month of delay is estimated to cost £95,000 in continued external placements. The second risk is that the retention package does not reduce agency use: the business case assumes agency cover falls from 22.5 FTE to 10 FTE by March 2029.', N))
    s.append(p('10. Equalities', HD))
    s.append(p('10.1 &nbsp; An equality impact assessment is at Appendix C (not reproduced). 44% of children looked after are from Black, Asian and other minority ethnic groups, compared with 38% of the borough\'s population aged 0-17. Unaccompanied asylum-seeking children make up 29 of the 212.', N))
    s.append(p('Appendix A - Children\'s placements and social work staffing: budget monitoring at month 6, 2026/27 (£000)', HD))
    ra = [['Budget line', 'Budget 2026/27', 'Forecast outturn', 'Variance'],
          ['External residential placements', '8,420', '9,870', '1,450'],
          ['Independent fostering agencies', '3,310', '3,245', '(65)'],
          ['In-house fostering', '2,120', '2,098', '(22)'],
          ['Supported accommodation (16-17)', '3,560', '4,420', '860'],
          ['Agency social work staffing', '1,940', '3,137', '1,197'],
          ['Permanent social work staffing', '19,250', '19,250', '0'],
          ['Total', '38,600', '42,020', '3,420']]
    s.append(tbl(ra, [70 * mm, 32 * mm, 34 * mm, 30 * mm]))
    s.append(p('Appendix B - Children looked after by placement type and average weekly unit cost, 30 September 2026', HD))
    rb = [['Placement type', 'Number of children', 'Average weekly cost (£)'],
          ['Residential children\'s homes', '23', '7,850'],
          ['Independent fostering agencies', '61', '1,020'],
          ['In-house foster carers', '74', '545'],
          ['Supported accommodation (16-17)', '31', '2,340'],
          ['Placed with parents / other', '23', '-'],
          ['Total', '212', '-']]
    s.append(tbl(rb, [70 * mm, 40 * mm, 46 * mm]))
    s.append(Spacer(1, 6))
    s.append(p('Background papers: Children\'s Services Sufficiency Strategy 2024-2027; Cabinet report 16 June 2026 (Outturn 2025/26).', C))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
