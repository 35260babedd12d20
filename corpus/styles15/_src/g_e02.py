"""e02: elective home education annual report to a cabinet panel (reportlab; numbered paragraphs, a three-year
table, a reasons table, agenda-pack header and page numbers). Run: /tmp/pdfgen8/bin/python _src/g_e02.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'e02_hertfordshire_elective_home_education_annual_report_2025_26'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'


def deco(c, doc):
    c.saveState()
    c.setFont('Helvetica-Bold', 9)
    c.drawRightString(192 * mm, 287 * mm, 'Agenda Item No. 7')
    c.setFont('Helvetica', 8)
    c.drawCentredString(105 * mm, 13 * mm, 'Page %d' % (40 + doc.page))
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(18 * mm, 8 * mm, NOTE)
    c.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.3, spaceAfter=4)
    num = ParagraphStyle('n', parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=13, leading=16)
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=10.5, leading=13, spaceBefore=5)
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=20 * mm,
                            title='Elective Home Education Annual Report 2025/26', author='Hertfordshire County Council (synthetic)', subject=NOTE)
    s = []
    s.append(Paragraph('HERTFORDSHIRE COUNTY COUNCIL', h2))
    s.append(Paragraph('EDUCATION, LIBRARIES AND SKILLS CABINET PANEL<br/>WEDNESDAY 14 OCTOBER 2026 AT 10:00AM', body))
    s.append(Paragraph('ELECTIVE HOME EDUCATION ANNUAL REPORT 2025/26', h1))
    s.append(Paragraph('Report of the Director of Education<br/>Author: Helen Achterberg, Head of Elective Home Education and Children Missing Education (Tel: 01632 960587)<br/>Executive Member: Cllr Dominic Farrant, Education', body))
    def n(i, text):
        s.append(Paragraph('%s&nbsp;&nbsp;&nbsp;%s' % (i, text), num))
    s.append(Paragraph('1. Purpose of report', h2))
    n('1.1', 'To update the Panel on children and young people who are electively home educated (EHE) in Hertfordshire during the 2025/26 academic year (1 September 2025 to 31 August 2026), and on the work of the EHE team.')
    s.append(Paragraph('2. Summary', h2))
    n('2.1', 'On 31 August 2026 there were 3,412 children and young people known to be electively home educated in Hertfordshire, up from 3,086 a year earlier, an increase of 11%. Numbers have more than doubled since 2019/20.')
    n('2.2', 'During the year the team received 1,947 new notifications of home education. 1,621 children left the EHE register, most of them (1,102) because they returned to a school place. 68% of children currently home educated are of secondary age, and the largest single year group is Year 10.')
    n('2.3', 'Of the 3,412 children, 287 (8.4%) have an education, health and care plan (EHCP). At the point of notification, 212 were known to children\u2019s social care: 141 as children in need and 23 as the subject of a child protection plan. In every case the allocated social worker was informed within 2 working days.')
    s.append(Paragraph('Table 1: EHE in Hertfordshire, three-year trend (academic years)', h2))
    rows = [['', '2023/24', '2024/25', '2025/26'],
            ['Known to be EHE at 31 August', '2,655', '3,086', '3,412'],
            ['New notifications in year', '1,588', '1,802', '1,947'],
            ['Returned to school in year', '934', '1,011', '1,102'],
            ['Children with an EHCP (at 31 August)', '201', '246', '287'],
            ['School attendance orders issued', '9', '12', '17'],
            ['Initial contact within 10 working days', '88%', '91%', '94%']]
    t = Table(rows, colWidths=[80 * mm, 27 * mm, 27 * mm, 27 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E3E8EF')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    s.append(t)
    s.append(Spacer(1, 5))
    s.append(Paragraph('3. Reasons given for home education', h2))
    n('3.1', 'Parents are not obliged to give a reason. Where one was given for a new notification in 2025/26, the most common were:')
    rows = [['Main reason recorded', '% of new notifications'], ['Mental health or anxiety', '24%'], ['Philosophical or lifestyle choice', '17%'],
            ['Dissatisfaction with the school', '15%'], ['Special educational needs not being met', '12%'], ['Did not get preferred school', '6%'],
            ['Other reasons', '9%'], ['No reason given', '17%']]
    t = Table(rows, colWidths=[100 * mm, 45 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
    s.append(t)
    s.append(Spacer(1, 5))
    n('3.2', 'Mental health overtook philosophical reasons for the first time in 2024/25 and the gap widened this year. The team has seen more families who describe home education as \u201cthe only option left\u201d rather than a positive choice.')
    s.append(Paragraph('4. Monitoring and school attendance orders', h2))
    n('4.1', 'The team of 6.5 FTE advisers made contact with families within 10 working days of notification in 94% of cases, against a local target of 95%. Each adviser now holds around 525 children. Where the education provided appears unsuitable, the Council follows the process in section 437(1) of the Education Act 1996: 46 preliminary notices were served and 17 school attendance orders were issued, compared with 12 in 2024/25.')
    n('4.2', 'The Department for Education guidance (April 2019) states that local authorities should \u201cintervene if there is reason to believe that a child is not receiving a suitable education\u201d. A parent who responded to our annual survey wrote: \u201cThe adviser came with questions rather than a checklist, and that made me feel trusted.\u201d')
    s.append(Paragraph('5. Children Not in School registers', h2))
    n('5.1', 'The Children\u2019s Wellbeing and Schools Act 2025 requires councils to keep a register of children not in school. Hertfordshire expects the duty to start in September 2027 and estimates that 2 additional FTE posts and \u00a3118,000 a year will be needed to maintain it.')
    n('5.2', 'Helen Achterberg said: \u201cMost families who home educate do it well, and we want the register to feel like support, not suspicion. But the rise in children leaving school because they are anxious or unwell is the part that worries me most.\u201d')
    s.append(Paragraph('6. Recommendation', h2))
    n('6.1', 'That the Panel notes the report and comments on the proposed approach to the Children Not in School register.')
    s.append(Paragraph('Background papers: Elective home education: departmental guidance for local authorities, DfE, April 2019.', body))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    print('wrote', os.path.basename(OUT))


def write_gold():
    per = P('2025-09-01', '2026-08-31', '2025/26 academic year (1 September 2025 to 31 August 2026)')
    y24 = P('2024-09-01', '2025-08-31', '2024/25')
    y23 = P('2023-09-01', '2024-08-31', '2023/24')
    figs = [
        F(3412, 'count', 'other', 'children known to be electively home educated at 31 August 2026', 'there were 3,412 children and young people known to be electively home educated'),
        F(3086, 'count', 'other', 'children known to be EHE a year earlier', 'up from 3,086 a year earlier', period=y24),
        F(11, 'percent', 'other', 'increase in children known to be EHE', 'an increase of 11%'),
        F(1947, 'count', 'other', 'new notifications of home education', 'received 1,947 new notifications'),
        F(1621, 'count', 'other', 'children who left the EHE register', '1,621 children left the EHE register'),
        F(1102, 'count', 'other', 'children who returned to school', 'most of them (1,102) because they returned'),
        F(68, 'percent', 'other', 'home-educated children of secondary age', '68% of children currently home educated are of secondary age'),
        F(287, 'count', 'other', 'home-educated children with an EHCP', '287 (8.4%) have an education, health and care plan'),
        F(8.4, 'percent', 'other', 'home-educated children with an EHCP (share)', '287 (8.4%)', optional=True),
        F(212, 'count', 'other', 'home-educated children known to social care at notification', '212 were known to children\u2019s social care'),
        F(141, 'count', 'children_in_need', 'home-educated children known as children in need', '141 as children in need'),
        F(23, 'count', 'child_protection_plans', 'home-educated children subject of a child protection plan', '23 as the subject of a child protection plan'),
        F(2, 'days', 'other', 'time to inform allocated social worker', 'informed within 2 working days'),
        F(2655, 'count', 'other', 'children known to be EHE at 31 August 2024', 'Known to be EHE at 31 August 2,655 3,086 3,412', period=y23),
        F(1588, 'count', 'other', 'new notifications in 2023/24', 'New notifications in year 1,588 1,802 1,947', period=y23),
        F(1802, 'count', 'other', 'new notifications in 2024/25', 'New notifications in year 1,588 1,802 1,947', period=y24),
        F(934, 'count', 'other', 'returned to school in 2023/24', 'Returned to school in year 934 1,011 1,102', period=y23),
        F(1011, 'count', 'other', 'returned to school in 2024/25', 'Returned to school in year 934 1,011 1,102', period=y24),
        F(201, 'count', 'other', 'children with an EHCP at 31 August 2024', '(at 31 August) 201 246 287', period=y23),
        F(246, 'count', 'other', 'children with an EHCP at 31 August 2025', '(at 31 August) 201 246 287', period=y24),
        F(9, 'count', 'other', 'school attendance orders issued in 2023/24', 'School attendance orders issued 9 12 17', period=y23),
        F(12, 'count', 'other', 'school attendance orders issued in 2024/25', 'compared with 12 in 2024/25', period=y24),
        F(17, 'count', 'other', 'school attendance orders issued', '17 school attendance orders were issued'),
        F(88, 'percent', 'other', 'initial contact within 10 working days, 2023/24', 'within 10 working days 88% 91% 94%', period=y23),
        F(91, 'percent', 'other', 'initial contact within 10 working days, 2024/25', 'within 10 working days 88% 91% 94%', period=y24),
        F(94, 'percent', 'other', 'initial contact within 10 working days', 'within 10 working days of notification in 94% of cases'),
        F(10, 'days', 'other', 'time for initial contact after notification', 'made contact with families within 10 working days of notification'),
        F(24, 'percent', 'other', 'new notifications citing mental health or anxiety', 'Mental health or anxiety 24%'),
        F(17, 'percent', 'other', 'new notifications citing philosophical or lifestyle choice', 'Philosophical or lifestyle choice 17%'),
        F(15, 'percent', 'other', 'new notifications citing dissatisfaction with the school', 'Dissatisfaction with the school 15%'),
        F(12, 'percent', 'other', 'new notifications citing unmet special educational needs', 'Special educational needs not being met 12%'),
        F(6, 'percent', 'other', 'new notifications citing preferred school not offered', 'Did not get preferred school 6%'),
        F(9, 'percent', 'other', 'new notifications with other reasons', 'Other reasons 9%'),
        F(17, 'percent', 'other', 'new notifications with no reason given', 'No reason given 17%'),
        F(6.5, 'count', 'other', 'EHE advisers (FTE)', 'The team of 6.5 FTE advisers'),
        F(95, 'percent', 'other', 'local target for initial contact', 'against a local target of 95%'),
        F(525, 'count', 'other', 'children per adviser', 'Each adviser now holds around 525 children', qualifier='around'),
        F(46, 'count', 'other', 'preliminary notices served', '46 preliminary notices were served'),
        F(2, 'count', 'other', 'additional FTE posts needed for the register', 'estimates that 2 additional FTE posts'),
        F(118000, 'gbp', 'other', 'annual cost of maintaining the register', '\u00a3118,000 a year'),
    ]
    notf = ['Agenda Item No. 7', 'Page 41', '14 OCTOBER 2026', '10:00AM', '01632 960587', '2019/20', 'Year 10', 'section 437(1)', 'Education Act 1996',
            'April 2019', 'Children\u2019s Wellbeing and Schools Act 2025', 'September 2027', 'more than doubled', '1.1', '2.3']
    quotes = [
        Q('the only option left', 'families', ['parents', 'more families'], 'describe', optional=True),
        Q('intervene if there is reason to believe that a child is not receiving a suitable education', 'the Department for Education guidance',
          ['Department for Education', 'DfE', 'the guidance'], 'states'),
        Q('The adviser came with questions rather than a checklist, and that made me feel trusted.', 'a parent', ['parent'], 'wrote'),
        Q('Most families who home educate do it well, and we want the register to feel like support, not suspicion. But the rise in children leaving school because they are anxious or unwell is the part that worries me most.',
          'Helen Achterberg', ['Achterberg', 'Ms Achterberg'], 'said', role='Head of Elective Home Education and Children Missing Education'),
    ]
    people = [{'name': 'Helen Achterberg', 'role': 'Head of Elective Home Education and Children Missing Education'},
              {'name': 'Dominic Farrant', 'role': 'Executive Member, Education'}]
    bp = ['Agenda Item No. 7', 'Background papers: Elective home education: departmental guidance for local authorities, DfE, April 2019.']
    notes = ("Council elective home education annual report to a cabinet panel (PDF). Period is an ACADEMIC year (1 Sept 2025 - 31 Aug 2026), not a financial year; table columns 2023/24 and 2024/25 carry academic-year periods. Traps: snapshot counts vs in-year flows; 'up from 3,086 a year earlier' (own period) repeats a table cell; 'more than doubled since 2019/20' is not a figure; 'Year 10' is a year group; '287 (8.4%)' count required, share optional; a subset of EHE children with CP plans (child_protection_plans) and in need (children_in_need); a reasons table with two cells of 17% that are different facts; FTE 6.5 as a count; 'around 525'; 'section 437(1) of the Education Act 1996'; 'Children Not in School register' is not a child protection register; the DfE guidance speaks (quoted fragment, cue 'states'); a survey parent's written quote; a scare-quoted phrase attributed to families (optional); agenda-pack 'Page 41'/'Page 42' and 'Agenda Item No. 7' headers; numbered paragraphs 1.1-6.1.")
    gold(NAME + '.pdf', 'council_report', 'Elective Home Education Annual Report 2025/26', 'Hertfordshire', None, per,
         figs, notf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
    write_gold()
