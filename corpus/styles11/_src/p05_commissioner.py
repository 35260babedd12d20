"""p05: national children's-commissioner-style report excerpt, landscape, with a regional table and footnotes (fpdf2, DejaVu).
Run: /tmp/pdfgen8/bin/python _src/p05_commissioner.py"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'p05_childrens_commissioner_regional_report_excerpt.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, quotes and figures are made up; only place names are real.'
FONT = '/usr/share/fonts/truetype/dejavu/'
ROWS = [
    ('North East\u00b9', '2,410', '46.1', '5,920', '113.2', '41'),
    ('North West', '7,380', '47.5', '15,340', '98.7', '92'),
    ('Yorkshire and the Humber', '5,120', '42.8', '9,870', '82.5', '64'),
    ('East Midlands', '3,890', '38.9', '6,420', '64.2', '47'),
    ('West Midlands', '6,010', '46.3', '11,860', '91.4', '71'),
    ('East of England', '4,720', '34.6', '7,610', '55.8', '52'),
    ('London', '6,940', '33.9', '9,980', '48.7', '78'),
    ('South East', '6,880', '36.5', '10,620', '56.3', '69'),
    ('South West', '4,150', '39.8', '6,280', '60.2', '44'),
    ('England', '47,500', '40.4', '83,900', '71.4', '558'),
]


class PDF(FPDF):
    def header(self):
        self.set_font('DejaVu', '', 7.5)
        self.set_text_color(100)
        self.cell(0, 5, 'Children\u2019s Commissioner for England (synthetic example) | The State of Child Protection 2026 | Chapter 3', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0)
        self.ln(1)

    def footer(self):
        self.set_y(-13)
        self.set_font('DejaVu', '', 7)
        self.set_text_color(100)
        self.cell(0, 4, 'page %d' % (26 + self.page_no()), align='R', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, NOTE)
        self.set_text_color(0)


def main():
    pdf = PDF(orientation='L', format='A4')
    pdf.add_font('DejaVu', '', FONT + 'DejaVuSans.ttf')
    pdf.add_font('DejaVu', 'B', FONT + 'DejaVuSans-Bold.ttf')
    pdf.set_title('The State of Child Protection 2026 (excerpt)')
    pdf.set_author("Children's Commissioner for England (synthetic example)")
    pdf.set_subject(NOTE)
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.epw

    def p(t, size=9.5, style=''):
        pdf.set_font('DejaVu', style, size)
        pdf.multi_cell(W, size * 0.5, t, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(1.5)

    p('3. Where a child lives still shapes their chances of protection', 14, 'B')
    p('Across England, 47,500 children were the subject of a child protection plan at 31 March 2026, a rate of 40.4 per 10,000 children, and 83,900 children were in care. '
      'Local authorities notified the Child Safeguarding Practice Review Panel of 558 serious incidents in 2025/26, up 6% from 526 in 2024/25. '
      'Of the 558, 231 concerned a child who died (41%) and the remaining 327 a child who was seriously harmed. Babies under one were the subject of 35% of notifications.')
    p('The regional gap is stark. The North East has the highest rate of children in care, at 113.2 per 10,000, more than twice the London rate of 48.7. '
      'The North West has the highest child protection plan rate, 47.5, while London has the lowest, 33.9 (Table 3.1).')
    p('Table 3.1: Child protection plans, children in care and serious incident notifications by region, England', 9.5, 'B')
    pdf.set_font('DejaVu', '', 8.5)
    heads = ('Region', 'Children on a child protection plan at 31 March 2026', 'Rate per 10,000\u00b2', 'Children in care at 31 March 2026',
             'Rate per 10,000\u00b2', 'Serious incident notifications 2025/26\u00b3')
    with pdf.table(col_widths=(62, 46, 30, 46, 30, 50), text_align=('LEFT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT'), line_height=4.6) as table:
        r = table.row()
        for c in heads:
            r.cell(c)
        for row in ROWS:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)
    pdf.set_font('DejaVu', '', 7.5)
    for fn in ('\u00b9 North East figures exclude one local authority that did not submit a complete return for 2025/26.',
               '\u00b2 Rates per 10,000 children aged 0 to 17, using mid-2025 population estimates.',
               '\u00b3 By region of the notifying local authority, 1 April 2025 to 31 March 2026. Source: Child Safeguarding Practice Review Panel, notifications dataset v2.3.'):
        pdf.multi_cell(W, 3.8, fn, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    p('The Commissioner, Dame Helen Royce, said: "A baby born in Gateshead and a baby born in Guildford should have the same chance of being protected. The numbers in this chapter show that they do not."')
    p('A 16-year-old on our advisory panel put it more simply: "It shouldn\u2019t depend on your postcode whether someone notices."')
    p('We recommend that the Department for Education publishes regional notification rates every six months, and that every region has a plan within 12 months to close the gap.')
    pdf.output(OUT)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
