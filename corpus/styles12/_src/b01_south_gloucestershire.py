"""b01: children's services monthly KPI performance scorecard, A4 landscape (fpdf2, DejaVu).
Run: /tmp/pdfgen8/bin/python _src/b01_south_gloucestershire.py"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'b01_south_gloucestershire_childrens_kpi_scorecard_october_2026.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases and figures are made up; only place names are real.'
FONT = '/usr/share/fonts/truetype/dejavu/'

HEAD = ('Ref', 'Indicator', 'Target 2026/27', 'Oct 2026', 'Sep 2026', 'Oct 2025', 'Stat. neighbours 2025/26',
        'England 2025/26', 'RAG', 'Direction of travel')
ROWS = [
    ('CSC01', 'Referrals to children\u2019s social care, rate per 10,000 (rolling 12 months)', '450', '411.3', '405.8', '438.0', '472.1', '533.7', 'Green', 'Improving'),
    ('CSC02', 'Re-referrals within 12 months (%)', '20', '22.4', '21.9', '19.7', '21.0', '22.4', 'Amber', 'Declining'),
    ('CSC03', 'Assessments completed within 45 working days (%)', '90', '86', '90', '83', '88', '84', 'Amber', 'Declining'),
    ('CSC04', 'Section 47 enquiries, rate per 10,000 (rolling 12 months)', '-', '158.2', '155.0', '171.6', '176.4', '182.5', '-', 'Improving'),
    ('CSC05', 'Initial child protection conferences within 15 working days (%)', '85', '91', '88', '79', '84', '78', 'Green', 'Improving'),
    ('CSC06', 'Children subject of a child protection plan (number)', '-', '214', '209', '238', '-', '-', '-', 'Declining'),
    ('CSC07', 'Children subject of a child protection plan, rate per 10,000', '38.0', '42.6', '41.6', '47.4', '40.9', '41.6', 'Amber', 'Declining'),
    ('CSC08', 'Child protection plans starting in the month that are a second or subsequent plan (%)', '15', '17.8', '18.2', '14.1', '21.5', '23.8', 'Amber', 'Improving'),
    ('CLA01', 'Children looked after (number)', '-', '352', '349', '331', '-', '-', '-', 'Declining'),
    ('CLA02', 'Children looked after, rate per 10,000', '55.0', '70.1', '69.5', '65.9', '60.2', '70.0', 'Red', 'Declining'),
    ('WF01', 'Agency social workers (% of posts)', '15', '18.5', '19.0', '24.6', '17.1', '17.6', 'Red', 'Improving'),
    ('WF02', 'Average caseload per social worker (children)', '18', '19.4', '20.1', '22.0', '-', '-', 'Amber', 'Improving'),
]


TREND = [
    ('Children subject of a child protection plan', '236', '231', '229', '224', '219', '215', '212', '210', '206', '204', '209', '214'),
    ('Children looked after', '334', '336', '338', '340', '341', '343', '344', '346', '347', '348', '349', '352'),
]
DEFS = [
    'CSC01 Referrals: referrals accepted by children\u2019s social care in the 12 months to the month end, per 10,000 children aged 0-17 (ONS mid-2025 estimate: 50,240).',
    'CSC02 Re-referrals: referrals in the rolling year where the child had a previous referral within the 12 months before (DfE CIN census definition).',
    'CSC05 Initial conferences: initial child protection conferences held within 15 working days of the strategy discussion that started the section 47 enquiry.',
    'CSC08 Repeat plans: plans starting in the month where the child has had a previous plan at any time. The national measure counts any previous plan.',
    'WF01 Agency rate: agency social workers as a percentage of all social worker posts (FTE) on the last working day of the month; WF02 counts allocated children only.',
]


class PDF(FPDF):
    def header(self):
        self.set_font('DejaVu', '', 7.5)
        self.set_text_color(90)
        self.cell(0, 4, 'South Gloucestershire Council | Children, Adults and Health | Performance and Intelligence Team', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0)
        self.ln(1)

    def footer(self):
        self.set_y(-13)
        self.set_font('DejaVu', '', 7)
        self.set_text_color(90)
        self.cell(0, 4, 'OFFICIAL - SENSITIVE | Version 1.0 | Page %d of {nb}' % self.page_no(), align='R', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, NOTE)
        self.set_text_color(0)


def main():
    pdf = PDF(orientation='L', format='A4')
    pdf.alias_nb_pages()
    pdf.add_font('DejaVu', '', FONT + 'DejaVuSans.ttf')
    pdf.add_font('DejaVu', 'B', FONT + 'DejaVuSans-Bold.ttf')
    pdf.set_title("Children's social care performance scorecard, October 2026")
    pdf.set_author('South Gloucestershire Council (synthetic example)')
    pdf.set_subject(NOTE)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.epw
    pdf.set_font('DejaVu', 'B', 13)
    pdf.cell(0, 7, "Children's Social Care Performance Scorecard - October 2026", new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DejaVu', '', 8)
    pdf.multi_cell(W, 4, 'Data as at 4 November 2026 (Mosaic extract 03/11/2026 23:00). Statistical neighbour and England figures are the '
                   'published 2025/26 averages. Report to the Children\u2019s Services Leadership Team, 12 November 2026.',
                   new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    pdf.set_font('DejaVu', '', 7.6)
    with pdf.table(col_widths=(13, 78, 18, 16, 16, 16, 22, 19, 14, 21),
                   text_align=('LEFT', 'LEFT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT', 'RIGHT', 'CENTER', 'LEFT'),
                   line_height=3.9) as table:
        r = table.row()
        for c in HEAD:
            r.cell(c)
        for row in ROWS:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(1.5)
    pdf.set_font('DejaVu', '', 6.8)
    pdf.multi_cell(W, 3.4, 'RAG: Green = at or better than target; Amber = adverse to target by up to 10%; Red = adverse to target by more than 10%. '
                   'Direction of travel compares this month with the same month last year. "-" = no target set or no comparator published. '
                   'Lower is better for CSC01, CSC02, CSC07, CSC08, CLA02, WF01 and WF02.', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    pdf.set_font('DejaVu', 'B', 9.5)
    pdf.cell(0, 5.5, 'Commentary - Ruth Penhaligon, Head of Service, Safeguarding and Quality Assurance', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DejaVu', '', 8.8)
    y0 = pdf.get_y()
    text = (
        'Referrals remain well inside target. The front door received 1,046 contacts in October, of which 181 were accepted as referrals; '
        'the re-referral rate has crept up for the third month running and is now level with the England average. An audit of 25 re-referred '
        'families is under way and will report in December.\n'
        'Assessment timeliness fell to 86% after two experienced practitioners left the Kingswood assessment team; both posts have been '
        'recruited to and start on 1 December. Initial conferences held within 15 working days improved to 91%, the best month since '
        'April 2025.\n'
        'The number of children subject of a child protection plan rose slightly, from 209 to 214, but is 24 fewer than a year ago. Of the 19 plans '
        'that started in October, neglect was the main category in 11. Three children who became subject of a plan for a second time had '
        'previous plans that ended more than two years ago.\n'
        'Children looked after rose to 352. Seven children came into care in October and four left, two of them to special guardianship. '
        'The Red rating reflects the target set in the 2024-2027 sufficiency strategy rather than a change in practice; our rate is now close to '
        'the England average. Agency use continues to fall and average caseloads are below 20 for the first time since the scorecard began.'
    )
    pdf.multi_cell(W, 4.3, text, border=1, padding=2.5, new_x='LMARGIN', new_y='NEXT')
    pdf.add_page()
    pdf.set_font('DejaVu', 'B', 10.5)
    pdf.cell(0, 6, 'Annex A - 12-month trend at month end', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DejaVu', '', 7.8)
    months = ['Nov 25', 'Dec 25', 'Jan 26', 'Feb 26', 'Mar 26', 'Apr 26', 'May 26', 'Jun 26', 'Jul 26', 'Aug 26', 'Sep 26', 'Oct 26']
    with pdf.table(col_widths=[61] + [18] * 12, text_align=['LEFT'] + ['RIGHT'] * 12, line_height=4.2) as table:
        r = table.row()
        for c in ['Measure'] + months:
            r.cell(c)
        for row in TREND:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.set_font('DejaVu', 'B', 10.5)
    pdf.cell(0, 6, 'Annex B - Indicator definitions', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DejaVu', '', 8.2)
    for d in DEFS:
        pdf.multi_cell(W, 4.1, d, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(0.8)
    pdf.output(OUT)
    print('wrote', os.path.basename(OUT), pdf.page_no(), 'pages', y0)


if __name__ == '__main__':
    main()
