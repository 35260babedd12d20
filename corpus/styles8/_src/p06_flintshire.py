"""p06: Welsh council scrutiny report printed with fpdf2: bilingual headings, two text columns, a table."""
import os
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), 'p06_flintshire_scrutiny_child_protection_2025_26.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
class Doc(FPDF):
    def header(self):
        self.set_font('sans', '', 7.5); self.set_text_color(90)
        self.cell(0, 4, 'Pwyllgor Trosolwg a Chraffu Gofal Cymdeithasol ac Iechyd / Social and Health Care Overview and Scrutiny Committee - 10 Rhagfyr / December 2026')
        self.ln(7); self.set_text_color(0)
    def footer(self):
        self.set_y(-13); self.set_font('sans', '', 7.5)
        self.cell(0, 4, 'Tudalen %d / Page %d' % (self.page_no() + 38, self.page_no() + 38), align='C'); self.ln(4)
        self.set_font('sans', '', 6); self.cell(0, 3, NOTE, align='C')
pdf = Doc(format='A4'); pdf.set_margins(16, 14, 16); pdf.set_auto_page_break(True, 18)
pdf.add_font('sans', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); pdf.add_font('sans', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.set_title('Child Protection and Safeguarding Annual Report 2025-26'); pdf.set_subject(NOTE); pdf.set_author('review-records evaluation set (synthetic)')
pdf.add_page()
pdf.set_font('sans', 'B', 13)
pdf.multi_cell(0, 6.5, 'Cyngor Sir y Fflint / Flintshire County Council\nAdroddiad Blynyddol Amddiffyn Plant 2025-26 / Child Protection Annual Report 2025-26', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 8.5)
pdf.multi_cell(0, 4.5, 'Aelod Cabinet / Cabinet Member: Cllr Gethin Rowlands. Swyddog Adrodd / Report author: Nia Parry-Evans, Service Manager, Safeguarding and Quality Assurance. Eitem Rhif / Agenda item: 8.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
secs = [
 ('1. Cefndir / Background', '1.1 This report sets out child protection activity in Flintshire for the year 1 April 2025 to 31 March 2026, and the work of the North Wales Safeguarding Board, which covers Flintshire and the five other North Wales councils.'),
 ('2. Y Gofrestr / The Register', '2.1 At 31 March 2026 there were 142 children on the child protection register in Flintshire, compared with 128 a year earlier. This is a rate of 45 per 10,000 children, against 43 for Wales.\n2.2 During the year 231 children were placed on the register and 217 were removed. Of the children placed on the register, 26 (11%) were re-registrations within 12 months of a previous removal.\n2.3 Neglect was the category for 61 children at 31 March, emotional abuse for 48, physical abuse for 24 and sexual abuse for nine.'),
 ('3. Gweithgarwch ehangach / Wider activity', '3.1 The Information, Advice and Assistance service received 6,480 reports about children, and 1,118 strategy discussions were held. 846 children had a care and support plan at 31 March, down from 871.\n3.2 Initial child protection conferences held within 15 working days of the strategy discussion rose to 93%, from 86%. Core group meetings were held within 10 working days of the initial conference in 95% of cases.'),
 ('4. Adolygiadau / Reviews', '4.1 The North Wales Safeguarding Board received three referrals from Flintshire for consideration of a child practice review. One met the criteria for a concise review and is in progress; the other two were dealt with through a multi-agency professional forum. Across North Wales, the Board published four child practice reviews in the year.\n4.2 The Chief Officer, Social Services, Huw Meredith, said in his foreword to the Board report: "Small numbers hide big stories. Each review tells us where a family slipped between us."'),
 ('5. Llais plant / Children\'s voice', '5.1 88 children and young people subject to a plan completed the Mind of My Own app before their review conference, up from 52. One 13-year-old wrote: "I liked that I could say it before the meeting and not in front of everyone."'),
 ('6. Argymhelliad / Recommendation', '6.1 That the Committee notes the report and the priorities for 2026-27.'),
]
with pdf.text_columns(ncols=2, gutter=7, text_align='J', l_margin=16, r_margin=16, balance=True) as cols:
    for head, body in secs:
        cols.ln(1)
        with cols.paragraph(text_align='L') as par:
            pdf.set_font('sans', 'B', 9); par.write(head + '\n')
        pdf.set_font('sans', '', 8.5)
        for para in body.split('\n'):
            with cols.paragraph(text_align='J', bottom_margin=1.5) as par:
                par.write(para)
pdf.ln(4)
pdf.set_font('sans', 'B', 9); pdf.cell(0, 5, 'Tabl 1 / Table 1: Child protection in Flintshire', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 8.5)
with pdf.table(col_widths=(80, 30, 30, 38), text_align=('LEFT', 'RIGHT', 'RIGHT', 'RIGHT'), line_height=5) as t:
    for r in [('Mesur / Measure', '2024-25', '2025-26', 'Wales 2024-25'),
              ('Children on the register at 31 March', '128', '142', '2,710'),
              ('Rate per 10,000 children', '43', '45', '43'),
              ('Registrations during the year', '204', '231', '3,690'),
              ('De-registrations during the year', '198', '217', '3,512'),
              ('Re-registrations within 12 months (%)', '9', '11', '8'),
              ('Children with a care and support plan', '871', '846', '16,120')]:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.output(OUT); print('wrote', OUT)
