"""b02: Cardiff MARAC annual report 2025-26 extract (fpdf2, DejaVu Sans, FPDF.table). Run: /tmp/pdfgen8/bin/python _src/b02_cardiff.py"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'b02_cardiff_marac_annual_report_2025_26.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
FONT = '/usr/share/fonts/truetype/dejavu/'

PARAS1 = [
    ('h', '4. MARAC activity and children in the household'),
    ('p', '4.1 Cardiff MARAC met 50 times in 2025-26 (weekly, except for two weeks over Christmas). The conference heard 1,146 cases, '
          'a 9% increase on 2024-25 (1,051). SafeLives suggests a MARAC of Cardiff\'s size should expect around 1,280 cases a year, so we remain '
          'at about 90% of the recommended volume.'),
    ('p', '4.2 The repeat rate was 31%. This sits within the SafeLives range of 28% to 40%, which is taken as a sign that victims and agencies '
          'recognise repeat incidents and re-refer. A case is a repeat if it was heard at MARAC within the previous 12 months.'),
    ('p', '4.3 South Wales Police made 71% of referrals; IDVA services 11%; health 6%; and children\'s services 4%. Referrals from '
          'GP practices remain very low: eight in the whole year.'),
    ('p', '4.4 Children. There were 1,502 children living in the households of the cases heard, an average of 1.3 per case. Following '
          'the conference, 688 children were referred to Cardiff Children\'s Services where they were not already open. At the time of the '
          'MARAC, 97 children were on the child protection register and a further 214 had a care and support plan.'),
    ('t', 'Table 4.1: MARAC cases, repeats and children, by quarter, 2025-26'),
]
TABLE = [
    ('Quarter', 'Cases heard', 'Repeat cases', 'Repeat rate', 'Children in household', 'Referred to Children\'s Services'),
    ('Q1 (Apr-Jun)', '271', '80', '30%', '356', '161'),
    ('Q2 (Jul-Sep)', '302', '97', '32%', '397', '184'),
    ('Q3 (Oct-Dec)', '276', '88', '32%', '361', '170'),
    ('Q4 (Jan-Mar)', '297', '90', '30%', '388', '173'),
    ('2025-26', '1,146', '355', '31%', '1,502', '688'),
]
PARAS2 = [
    ('p', '4.5 The Quarter 3 dip reflects the cancelled conferences on 23 and 30 December; the cases were heard in January. Dedicated '
          'children\'s IDVA capacity (1.5 FTE, funded until March 2027) took 126 referrals for young people aged 13 to 17 living with abuse.'),
    ('p', '4.6 Detective Chief Inspector Rhian Pugh, who chairs the MARAC, said the quarterly figures showed the pressure on the meeting: '
          '"A conference agenda of 30 cases leaves about six minutes a family. Children are too often an action for somebody else." '
          'She said the steering group would pilot a separate children\'s action panel for six months from October 2026.'),
    ('p', '4.7 One survivor who took part in our listening sessions told us: "The IDVA was the first person who asked how my kids were, '
          'not just whether I would support a prosecution."'),
    ('h', '5. Actions for 2026-27'),
    ('p', '5.1 The Cardiff Domestic Abuse and Sexual Violence Partnership Board agreed three priorities: raise health referrals to 10% '
          'of the total; audit 40 cases where children were referred to Children\'s Services to test what happened next; and reduce the '
          'average number of cases per conference below 25. The board\'s budget for MARAC coordination is £148,000 for 2026-27.'),
    ('s', 'Notes: the DASH risk checklist threshold for referral is 14 or more ticks, or professional judgement. Figures are provisional '
          '(MARAC data system extract of 14 April 2026). Contact: MARAC Coordinator, 020 7946 0762, marac@cardiff.gov.example'),
]


class PDF(FPDF):
    def header(self):
        self.set_font('DejaVu', '', 7.5)
        self.set_text_color(90)
        self.cell(0, 5, 'Cardiff Domestic Abuse and Sexual Violence Partnership Board | MARAC Annual Report 2025-26', new_x='LMARGIN', new_y='NEXT')
        self.ln(2)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font('DejaVu', '', 7)
        self.set_text_color(90)
        self.cell(0, 4, 'Tudalen / Page %d' % (self.page_no() + 11), align='R', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, NOTE)
        self.set_text_color(0)


def run(pdf, paras):
    for k, t in paras:
        if k == 'h':
            pdf.set_font('DejaVu', 'B', 12); pdf.ln(2); pdf.multi_cell(0, 6, t); pdf.ln(1)
        elif k == 't':
            pdf.set_font('DejaVu', 'B', 8.5); pdf.multi_cell(0, 5, t)
        elif k == 's':
            pdf.set_font('DejaVu', '', 7.5); pdf.multi_cell(0, 4, t); pdf.ln(1)
        else:
            pdf.set_font('DejaVu', '', 9.5); pdf.multi_cell(0, 5, t); pdf.ln(1.5)


pdf = PDF(format='A4')
pdf.add_font('DejaVu', '', FONT + 'DejaVuSans.ttf')
pdf.add_font('DejaVu', 'B', FONT + 'DejaVuSans-Bold.ttf')
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title('MARAC Annual Report 2025-26 (extract)')
pdf.set_subject(NOTE)
pdf.add_page()
run(pdf, PARAS1)
pdf.set_font('DejaVu', '', 8.5)
with pdf.table(col_widths=(28, 20, 20, 18, 26, 30), text_align=('LEFT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT')) as t:
    for r in TABLE:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(3)
run(pdf, PARAS2)
pdf.output(OUT)
print('wrote', OUT)
