"""c02: Knowsley children's social care complaints and compliments annual report 2025/26 (fpdf2, DejaVu Sans;
FPDF.table() with wrapped header cells; header/footer on every page with the synthetic note).
Run: /tmp/pdfgen8/bin/python _src/c/c02_knowsley_complaints.py"""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace
from pdf_c import DIR, NOTE

OUT = os.path.join(DIR, 'c02_knowsley_childrens_social_care_complaints_annual_report_2025_26.pdf')
FD = '/usr/share/fonts/truetype/dejavu/'


class Doc(FPDF):
    def header(self):
        self.set_font('DV', '', 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Knowsley Council | Children's Social Care Complaints and Compliments Annual Report 2025/26", align='L')
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font('DV', '', 7.5)
        self.cell(0, 4, 'OFFICIAL | Page %d' % self.page_no(), align='R')
        self.ln(4)
        self.set_font('DV', 'I', 6.3)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, NOTE, align='L')
        self.set_text_color(0, 0, 0)


def main():
    pdf = Doc(format='A4')
    pdf.add_font('DV', '', FD + 'DejaVuSans.ttf')
    pdf.add_font('DV', 'B', FD + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DV', 'I', FD + 'DejaVuSans-Oblique.ttf')
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Children's Social Care Complaints and Compliments Annual Report 2025/26")
    pdf.set_author('Knowsley Council (synthetic)')
    pdf.set_subject(NOTE)
    pdf.add_page()

    def h(t, size=11):
        pdf.ln(1.5)
        pdf.set_font('DV', 'B', size)
        pdf.set_text_color(0, 84, 122)
        pdf.multi_cell(0, size * 0.5, t)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def p(t, size=8.8):
        pdf.set_font('DV', '', size)
        pdf.multi_cell(0, 4.4, t)
        pdf.ln(1.6)

    def tab(rows, widths, head=1):
        pdf.set_font('DV', '', 7.8)
        with pdf.table(col_widths=widths, line_height=3.9, text_align='LEFT',
                       headings_style=FontFace(emphasis='BOLD', fill_color=(226, 236, 242))) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2)

    h("Children's Social Care Complaints and Compliments Annual Report 2025/26", 15)
    p('Report to: Children and Young People Scrutiny Committee, 8 October 2026. Report of: Gillian Rourke, Complaints and '
      'Customer Feedback Manager. Contact: 01632 960418. Wards affected: all. Key decision: no.', 7.8)
    h('1. Purpose')
    p('The Children Act 1989 Representations Procedure (England) Regulations 2006 require the council to publish an annual report '
      "on complaints about its children's social care functions. This report covers 1 April 2025 to 31 March 2026.")
    h('2. Key messages')
    p("- We received 214 complaints about children's social care at stage 1, up from 187 in 2024/25, an increase of 14%.\n"
      '- 76% of stage 1 responses were sent within the statutory timescale (2024/25: 69%). The average response took 12.4 working days.\n'
      '- 19 complaints were escalated to a stage 2 investigation and four went on to a stage 3 review panel.\n'
      "- The Ombudsman made decisions on nine complaints about our children's services and upheld two.\n"
      '- We received 96 compliments, up from 74.')
    h('3. How the procedure works')
    p('Stage 1 (local resolution) should be completed within 10 working days, or 20 working days for a complex complaint. At '
      'stage 2 an independent investigator and an independent person look into the complaint; the council should respond within '
      '25 working days, which may be extended to 65. If the complainant is still unhappy, a stage 3 review panel of three '
      'people must meet within 30 working days of the request. Complainants can go to the Local Government and Social Care '
      'Ombudsman at any point after stage 2, or earlier if the council agrees.')
    h('4. Complaints by stage')
    p('Table 1: Complaints received at each stage, 2023/24 to 2025/26', 8)
    tab([['Stage', '2023/24', '2024/25', '2025/26'],
         ['Stage 1 (local resolution)', '169', '187', '214'],
         ['Stage 2 (investigation)', '12', '15', '19'],
         ['Stage 3 (review panel)', '2', '3', '4'],
         ['Ombudsman decisions¹', '6', '7', '9']], (70, 30, 30, 30))
    p('Nineteen of the 214 stage 1 complaints (9%) were escalated to stage 2. Six stage 2 investigations were completed within 25 '
      'working days; the other 13 took an average of 47 working days, mostly because the independent investigators we '
      'commission were not available. Complaints were made by or on behalf of 34 children in our care.')
    h('5. Who complained and what about')
    p('Parents made 142 complaints (66%), other relatives 31, foster carers 11 and other people seven. Children and young '
      'people made 23 complaints themselves, 15 of them with the help of an advocate from the council\'s commissioned advocacy '
      'service. Communication was the most common theme (71 complaints, a third of the total), followed by the quality of the '
      'service (48), staff conduct (36), delay (30) and decisions about family time and contact (29).')
    p('Table 2: Stage 1 complaints by outcome, 2025/26', 8)
    tab([['Outcome', 'Number', '% of stage 1'],
         ['Upheld', '38', '18%'],
         ['Partly upheld', '61', '29%'],
         ['Not upheld', '104', '49%'],
         ['Withdrawn or not pursued', '11', '5%'],
         ['Total', '214', '100%']], (70, 30, 30))
    p('Table 3: Stage 1 complaints by service area, 2025/26', 8)
    tab([['Service area', 'Complaints', 'Responded to within timescale'],
         ['Assessment and Intervention', '64', '71%'],
         ['Children in Care', '49', '78%'],
         ['Children with Disabilities', '38', '68%'],
         ['Family Support', '27', '85%'],
         ['Leaving Care', '21', '90%'],
         ['Fostering', '15', '80%']], (70, 30, 50))
    h('6. The Ombudsman')
    p('The Ombudsman made decisions on nine complaints about children\'s services in 2025/26. It investigated three, upheld two '
      'and recommended remedies totalling £1,650. In one case (reference 25 011 364) it found that the council "failed to '
      'provide the support it had agreed in the child\'s plan for more than four months" and asked us to review 20 similar '
      'cases; we reviewed all 20 and found two more families who were owed support.')
    h('7. Cost of the procedure')
    p('Stage 2 investigations cost £58,300 in 2025/26 (independent investigators and independent persons) and stage 3 panels '
      'cost £6,150, a total of £64,450, up from £51,900 in 2024/25.')
    h('8. Context')
    p('In 2025/26 children\'s social care in Knowsley received 3,912 referrals. At 31 March 2026, 1,186 children were open to '
      'the service as children in need, 214 were subject to a child protection plan and 402 were in our care. Complaints '
      'therefore remain rare: fewer than one for every 18 referrals.')
    h('9. Compliments and learning')
    p('We received 96 compliments, up from 74 in 2024/25. One parent wrote: "Our social worker was the first person in three '
      'years who actually listened. I didn\'t agree with everything she did, but I always knew why she was doing it."')
    p('A young person who complained with the help of an advocate told us: "I just wanted someone to ring me back when they said '
      'they would."')
    p('Changes made because of complaints include a call-back promise of two working days for young people in care and '
      'care leavers, a new letter template explaining decisions about family time, and training on complaint responses for '
      '58 team managers and practice supervisors.')
    p('Gillian Rourke said: "The rise in complaints is not in itself bad news. More young people are using advocates to '
      'complain, and that is exactly what we want. What we must fix is the time it takes us to answer."')
    p('¹ Decisions on complaints about children\'s services received from the Local Government and Social Care Ombudsman in the '
      'year, whatever the year of the complaint. Section 26(3) of the Children Act 1989.', 7)
    pdf.output(OUT)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
