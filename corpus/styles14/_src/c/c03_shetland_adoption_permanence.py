"""c03: Shetland Islands Council committee report: Adoption and Permanence Panel annual report 2025/26 (reportlab
platypus): Scottish cover block as a table, numbered paragraphs, an appendix table with two years and a Scotland column.
Run: /tmp/pdfgen8/bin/python _src/c/c03_shetland_adoption_permanence.py"""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from pdf_c import DIR, NOTE, styles, page_deco, table

OUT = os.path.join(DIR, 'c03_shetland_adoption_permanence_panel_annual_report_2025_26.pdf')
ACC = colors.HexColor('#1F4E79')


def main():
    st = styles(ACC, font='Times', size=10)
    W = A4[0] - 40 * mm

    def N(num, t):
        return Table([[Paragraph(num, st['body']), Paragraph(t, st['body'])]], colWidths=[12 * mm, W - 12 * mm],
                     style=TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                       ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
    H = lambda t: Paragraph(t, st['h2'])
    cover = Table([[Paragraph('<b>Meeting(s):</b>', st['cell']), Paragraph('Education and Families Committee', st['cell']), Paragraph('4 November 2026', st['cell'])],
                   [Paragraph('<b>Report Title:</b>', st['cell']), Paragraph('Adoption and Permanence Panel: Annual Report 2025/26', st['cell']), ''],
                   [Paragraph('<b>Reference Number:</b>', st['cell']), Paragraph('CF-27-26-F', st['cell']), ''],
                   [Paragraph('<b>Author / Job Title:</b>', st['cell']), Paragraph('Ingrid Manson, Team Leader, Family Placement', st['cell']), '']],
                  colWidths=[W * 0.25, W * 0.5, W * 0.25])
    cover.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=19 * mm, bottomMargin=20 * mm,
                            title='Adoption and Permanence Panel: Annual Report 2025/26', author='Shetland Islands Council (synthetic)', subject=NOTE)
    s = [
        Paragraph('Shetland Islands Council', st['h1']),
        cover, Spacer(1, 6),
        H('1.0 Decisions / action required:'),
        N('1.1', 'That the Education and Families Committee NOTES the annual report of the Adoption and Permanence Panel for '
                 'the year 1 April 2025 to 31 March 2026.'),
        H('2.0 High Level Summary:'),
        N('2.1', 'The Adoption and Permanence Panel makes recommendations to the agency decision maker on whether a child should '
                 'be permanently placed away from home, on the approval of prospective adopters and on matching children with '
                 'families. The Panel met 10 times in 2025/26 (2024/25: 8) and considered 17 cases.'),
        N('2.2', 'At 31 March 2026, 41 children were looked after by Shetland Islands Council, a rate of 9.6 per 1,000 children '
                 'aged 0-17 (Scotland: 12.3). Of these, 29 were looked after away from home and 12 at home with parents. Nine '
                 'children were on the child protection register, a rate of 2.4 per 1,000 aged 0-15.'),
        N('2.3', 'The Panel recommended permanence away from home for six children, all of whom were under five. It recommended '
                 'the approval of three adoptive households, one more than last year, and one household was approved as '
                 'prospective adopters by another agency and matched with a Shetland child.'),
        H('3.0 Corporate Priorities and Joint Working:'),
        N('3.1', 'The report supports the Shetland Partnership Plan 2018-2028 and our Corporate Parenting Plan. The Panel works to '
                 'the Adoption and Children (Scotland) Act 2007 and the Looked After Children (Scotland) Regulations 2009.'),
        H('4.0 Key Issues:'),
        N('4.1', '<b>Timescales.</b> The national Permanence and Care Excellence (PACE) aim is that a permanence decision is made '
                 'within six months of a child becoming looked after away from home. Children whose plans came to Panel in '
                 '2025/26 had been looked after away from home for an average of 11.2 months, down from 14.6 months in 2024/25. '
                 'Two of the six children met the six-month aim.'),
        N('4.2', '<b>Court orders.</b> The council lodged four applications for a Permanence Order with authority to adopt at '
                 'Lerwick Sheriff Court. Three Permanence Orders were granted in the year, one of them from an application '
                 'lodged in 2024/25, and two Adoption Orders were granted. Six kinship care orders under section 11 of the '
                 'Children (Scotland) Act 1995 were made, supported by the council.'),
        N('4.3', '<b>Placing children off-island.</b> No Shetland family was available for one child with complex health needs, who '
                 'was placed with adopters in Aberdeenshire through Scotland\'s Adoption Register. The inter-agency fee was £31,400.'),
        N('4.4', '<b>Panel membership.</b> The central list has 11 members, including two adoptive parents and an adult who was '
                 'adopted. Three members must be present for the Panel to be quorate. Panel training in February 2026 was attended '
                 'by nine members.'),
        N('4.5', '<b>Views of children and families.</b> The Panel chair\'s annual statement (Appendix 1) notes: "Every child whose '
                 'plan we considered this year had a voice at Panel, in writing, in a drawing or through their social worker. '
                 'That was not true three years ago."'),
        N('4.6', 'One young person told their reviewing officer: "I wanted to stay on the island. I didn\'t mind who with, '
                 'I just wanted to stay."'),
        H('5.0 Exempt and/or confidential information:'),
        N('5.1', 'None.'),
        H('6.0 Implications:'),
        N('6.1', '<b>Resources and Financial:</b> Adoption allowances cost £88,700 in 2025/26 against a budget of £96,000, and '
                 '13 families received an allowance. The inter-agency fee in paragraph 4.3 was met from the Children and Families '
                 'placements budget.'),
        N('6.2', '<b>Staffing:</b> The Family Placement Team has 4.5 FTE social workers, one post having been vacant for seven '
                 'months of the year.'),
        N('6.3', '<b>Legal:</b> Section 80 of the Adoption and Children (Scotland) Act 2007; regulation 19 of the Looked After '
                 'Children (Scotland) Regulations 2009.'),
        Spacer(1, 6),
        Paragraph('<b>Contact Details:</b> Ingrid Manson, Team Leader, Family Placement, 01632 960552, '
                  'familyplacement@shetland-council.example. Report finalised: 20 October 2026.', st['small']),
        Spacer(1, 8),
        Paragraph('<b>Appendix 2: Adoption and Permanence Panel activity</b>', st['cellb']), Spacer(1, 3),
        table([['', '2024/25', '2025/26', 'Scotland 2024/25'],
               ['Panel meetings held', '8', '10', '–'],
               ['Cases considered by the Panel', '13', '17', '–'],
               ['Permanence away from home recommended (children)', '4', '6', '–'],
               ['Adoptive households approved', '2', '3', '–'],
               ['Permanence Orders granted', '1', '3', '–'],
               ['Children looked after at 31 March', '38', '41', '12,206'],
               ['Rate per 1,000 aged 0-17', '8.9', '9.6', '12.3']],
              st, ACC, [W * 0.46, W * 0.16, W * 0.16, W * 0.22]),
    ]
    deco = page_deco('Shetland Islands Council', 'Education and Families Committee | Agenda Item 4', 'Report No: CF-27-26-F', ACC)
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
