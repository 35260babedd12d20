"""c01: Trafford Virtual School headteacher's annual report 2025/26 (reportlab platypus): stat-card row, an
outcomes table with Trafford / England columns and a '(%)' unit in the row labels, footnotes, a pull quote.
Run: /tmp/pdfgen8/bin/python _src/c/c01_trafford_virtual_school.py"""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from pdf_c import DIR, NOTE, styles, page_deco, cards, table

OUT = os.path.join(DIR, 'c01_trafford_virtual_school_head_annual_report_2025_26.pdf')
ACC = colors.HexColor('#5B2C6F')


def main():
    st = styles(ACC)
    B = lambda t: Paragraph(t, st['body'])
    H = lambda t: Paragraph(t, st['h2'])
    W = A4[0] - 36 * mm
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Trafford Virtual School Headteacher's Annual Report 2025/26",
                            author='Trafford Council (synthetic)', subject=NOTE)
    s = [
        Paragraph('Trafford Virtual School', st['h2']),
        Paragraph("Virtual School Headteacher's Annual Report: academic year 2025/26", st['h1']),
        Paragraph('Report to: Corporate Parenting Board, 19 November 2026 (Agenda item 6). Author: Simon Okafor-Reid, '
                  'Virtual School Headteacher. Contact: virtual.school@trafford-council.example, 0161 496 0734.', st['small']),
        Spacer(1, 4),
        H('1. Foreword'),
        B('This report covers the academic year from 1 September 2025 to 31 August 2026. It is my third report as headteacher '
          'of the Virtual School, and the first in which our extended duties for children with a social worker have been fully '
          'staffed. We ended the year with 318 children on roll, up from 296 at the end of 2024/25, and I am proud that for the '
          'second year running no child in our care was permanently excluded. Attainment at Key Stage 4 is still far too low, and '
          'persistent absence remains the issue I lose most sleep over.'),
        cards([('318', 'children of statutory school age on roll'), ('97%', 'PEPs completed on time (summer term)'),
               ('91.4%', 'overall attendance'), ('0', 'permanent exclusions'), ('£812,120', 'Pupil Premium Plus received')],
              st, ACC, W),
        Spacer(1, 4),
        H('2. Our children'),
        B('At 31 August 2026 the Virtual School had 318 looked-after children of statutory school age (Reception to Year 11) on '
          'roll, and a further 41 looked-after young people in Year 12 and Year 13 whose education we track. Of the 318, 139 (44%) '
          'attend a school outside Trafford, most of them in Manchester, Salford and Stockport. 109 children (34%) have an '
          'education, health and care plan, against 29% for children in care nationally.<super>1</super> 23 children changed '
          'school in the middle of a school year, down from 31 in 2024/25.'),
        H('3. Personal education plans'),
        B('Every child in care must have a personal education plan (PEP), reviewed each term. 97% of PEPs were completed within 20 '
          'school days of the start of the summer term (autumn 94%, spring 95%). We quality-assured 186 PEPs during the year; 79% '
          'were rated good or better, up from 71% in 2024/25.'),
        H('4. Attendance, suspensions and exclusions'),
        B('Overall attendance was 91.4% (England, children looked after: 90.2%).<super>1</super> 17.9% of our children were '
          'persistently absent, meaning they missed 10% or more of possible sessions. 47 children received at least one '
          'suspension, with 112 suspensions between them and 189.5 school days lost. No child in care was permanently excluded. '
          'Eight children were on a reduced timetable at the end of the year, each with a plan to return to full-time education '
          'within six weeks.'),
        H('5. Outcomes'),
        B('31% of the 26 children at the end of Key Stage 2 met the expected standard in reading, writing and maths, up from 27% '
          'but still just below children in care nationally. At Key Stage 4, six of the 34 young people in Year 11 achieved grade 4 '
          'or above in both English and maths, 18% against 17% for children in care nationally. Table 1 sets out the detail.'),
        Paragraph('Table 1: Outcomes of children looked after for 12 months or more<super>2</super>', st['cellb']),
        Spacer(1, 2),
        table([['Measure', 'Trafford 2025/26', 'Trafford 2024/25', 'England, children looked after 2024/25', 'England, all pupils 2024/25'],
               ['KS2: expected standard in reading, writing and maths (%)', '31', '27', '33', '61'],
               ['KS2: children in the cohort (number)', '26', '22', '–', '–'],
               ['KS4: grade 4 or above in English and maths (%)', '18', '15', '17', '65'],
               ['KS4: Attainment 8 (average score per pupil)', '21.9', '19.6', '19.4', '45.9'],
               ['KS4: children in the cohort (number)', '34', '30', '–', '–']],
              st, ACC, [W * 0.36, W * 0.15, W * 0.15, W * 0.18, W * 0.16]),
        Spacer(1, 6),
        H('6. Post-16'),
        B('Of the 41 young people in Years 12 and 13, 34 (83%) were in education, employment or training at the October census. '
          'Twelve care leavers started university courses in September 2026, the most we have recorded.'),
        H('7. Children with a social worker'),
        B('Since 2021 virtual school heads have also had a duty to promote the education of children with a social worker. In '
          'Trafford at 31 March 2026 that meant 1,214 children in need, of whom 231 were subject to a child protection plan. We '
          'gave advice to schools on 388 of these children, and attendance of children on child protection plans rose from 84.1% '
          'in 2024/25 to 86.7%. We also advised schools and families about 57 previously looked-after children, most of them adopted.'),
        H('8. Funding and staffing'),
        B('The Pupil Premium Plus grant for 2025/26 was £812,120: £2,570 for each of 316 eligible children. We passed £600 per '
          'child per term to schools (£1,800 a year) and kept £240,900 centrally for tuition, mentoring and the designated teacher '
          'training programme. The team has 11.6 full-time equivalent staff.'),
        H('9. What children and schools tell us'),
        Paragraph('“Mr Hughes didn’t give up on me when I gave up on myself. I got my grade 5 in English.”', st['quote']),
        Paragraph('— Year 11 student, now at Trafford College', st['small']),
        Spacer(1, 3),
        B('Kerry Madigan, designated teacher at a Stretford high school, said: "The PEP meetings used to be paperwork. Now the '
          'virtual school sends someone who knows the child, and the targets actually get followed up."'),
        B("Ofsted's inspection of children's services in March 2026 found that the virtual school \"knows its children well and "
          'challenges schools effectively".'),
        H('10. Priorities for 2026/27'),
        B('- Reduce persistent absence to below 15%.<br/>- Raise on-time PEP completion to 98% in every term.<br/>'
          '- Recruit two more education caseworkers for children with a social worker.'),
        Spacer(1, 6),
        Paragraph('<super>1</super> Department for Education, Outcomes for children in need, including children looked after by '
                  'local authorities in England, 2024/25. <super>2</super> Children looked after continuously for 12 months or more '
                  'at 31 March. Section 22(3A) of the Children Act 1989; Children and Social Work Act 2017, section 4.', st['small']),
    ]
    deco = page_deco("Trafford Virtual School | Headteacher's Annual Report 2025/26", 'Corporate Parenting Board | Item 6',
                     'Trafford Council', ACC, total=None)
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
