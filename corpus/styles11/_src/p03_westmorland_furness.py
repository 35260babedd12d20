"""p03: safeguarding partnership executive minutes with an action log table and a data section (fpdf2, DejaVu Sans).
Run: /tmp/pdfgen8/bin/python _src/p03_westmorland_furness.py"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'p03_westmorland_furness_partnership_executive_minutes.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
FONT = '/usr/share/fonts/truetype/dejavu/'

ACTIONS = [
    ('EX/26/09', 'Circulate the neglect toolkit to all schools and early years settings', 'KD', '30/09/2026', 'Green - complete'),
    ('EX/26/11', 'Audit 20 cases where a child was re-referred within 12 months and report findings', 'SP', '12/11/2026', 'Amber - report at item 4'),
    ('EX/26/12', 'Agree health contribution uplift of 3% for 2027/28', 'CCG/ICB', '31/12/2026', 'Amber'),
    ('EX/26/15', 'Publish the Child W LCSPR and briefing', 'Business Manager', '31/10/2026', 'Red - delayed by criminal trial'),
    ('EX/26/16', 'Recruit two multi-agency trainers (fixed term, 12 months)', 'LH', '30/11/2026', 'Green'),
]


class PDF(FPDF):
    def header(self):
        self.set_font('DejaVu', '', 7.5)
        self.set_text_color(90)
        self.cell(0, 5, 'Westmorland and Furness Safeguarding Children Partnership | Executive Group | OFFICIAL', align='L', new_x='LMARGIN', new_y='NEXT')
        self.ln(2)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font('DejaVu', '', 7)
        self.set_text_color(90)
        self.cell(0, 4, 'Minutes 12.11.2026 - page %d' % self.page_no(), align='R', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, NOTE, align='L')
        self.set_text_color(0)


def main():
    pdf = PDF(format='A4')
    pdf.add_font('DejaVu', '', FONT + 'DejaVuSans.ttf')
    pdf.add_font('DejaVu', 'B', FONT + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DejaVu', 'I', FONT + 'DejaVuSans-Oblique.ttf')
    pdf.set_title('Executive Group minutes, 12 November 2026')
    pdf.set_author('Westmorland and Furness Safeguarding Children Partnership (synthetic)')
    pdf.set_subject(NOTE)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.epw

    def h(t, size=11):
        pdf.set_font('DejaVu', 'B', size)
        pdf.multi_cell(W, 6, t, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(1)

    def p(t):
        pdf.set_font('DejaVu', '', 9)
        pdf.multi_cell(W, 4.6, t, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(1.6)

    h('Westmorland and Furness Safeguarding Children Partnership', 13)
    h('Executive Group: minutes of the meeting held on 12 November 2026, 10:00 to 12:30, Kendal Town Hall and MS Teams', 10)
    p('Present: Dr Aled Morgan (Independent Scrutineer, chair); Karen Dobson (Director of Children\'s Services); Det Supt Simon Pryce (Cumbria Constabulary); '
      'Lorraine Hughes (Designated Nurse, North East and North Cumbria ICB); Beth Carruthers (Business Manager, minutes). Apologies: Head of Education Safeguarding.')
    h('1. Welcome and apologies')
    p('The chair welcomed members. The meeting was quorate (4 of 5 members present).')
    h('2. Minutes of 10 September 2026 and matters arising')
    p('The minutes were agreed as accurate. There were no matters arising not covered by the action log.')
    h('3. Action log')
    p('Members reviewed the 17 open actions on the log: 11 are rated green, four amber and two red. Five are shown below; the full log is at Appendix A.')
    pdf.set_font('DejaVu', '', 8)
    with pdf.table(col_widths=(20, 78, 22, 22, 32), text_align=('LEFT', 'LEFT', 'LEFT', 'LEFT', 'LEFT'), line_height=4.4,
                   ) as table:
        row = table.row()
        for c in ('Action no.', 'Action', 'Owner', 'Due', 'RAG'):
            row.cell(c)
        for a in ACTIONS:
            row = table.row()
            for c in a:
                row.cell(c)
    pdf.ln(3)
    h('4. Quarter 2 data report (July to September 2026)')
    p('Beth Carruthers presented the dataset. The front door received 2,931 contacts in the quarter, of which 812 became referrals to children\'s social care. '
      'The re-referral rate was 19%, against 22% in Quarter 1. There were 286 section 47 enquiries and 74 initial child protection conferences; 81% of conferences '
      'were held within 15 working days.')
    p('At 30 September 2026, 241 children were subject to a child protection plan, a rate of 37.8 per 10,000, compared with 252 at 30 June 2026. There were 402 children '
      'looked after. Open early help assessments numbered 1,126.')
    p('The audit under action EX/26/11 looked at 20 re-referred children and found that in 13 the first referral had been closed without a home visit. '
      'Karen Dobson said the finding was "uncomfortable but fair" and that a revised closure checklist would be in place within six weeks.')
    h('5. Rapid reviews and local child safeguarding practice reviews')
    p('The local authority made three serious incident notifications in Quarter 2 and three rapid reviews were completed, all within 15 working days. '
      'One case was recommended for a local child safeguarding practice review, which the Safeguarding Partners agreed. Two LCSPRs remain in progress, including Child W.')
    p('Dr Morgan asked that the minutes record his view: "A review that cannot be published for two years because of a trial still has lessons we can share now, and we should share them."')
    h('6. Budget 2026/27')
    p('The partnership budget for 2026/27 is £534,200. The forecast outturn at Quarter 2 is £521,900, an underspend of £12,300, mainly from the vacant trainer posts. '
      'The ICB proposed an uplift of 3% in its contribution for 2027/28 (action EX/26/12).')
    h('7. Any other business')
    p('None. Date of next meeting: 14 January 2027, 10:00, Barrow Town Hall.')
    pdf.output(OUT)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
