"""Build u08: a partnership annual report extract (Herefordshire) whose 'year at a glance' infographic page
has become text: big numbers over short labels, laid out in a borderless grid."""
import os
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle, Paragraph
from styles3_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "u08_herefordshire_partnership_annual_report_2024_25.pdf"),
        "Herefordshire Safeguarding Children Partnership Annual Report 2024-25", "Herefordshire Safeguarding Children Partnership",
        header="Herefordshire Safeguarding Children Partnership | Annual Report 2024-25", footer="hscp.example/annual-report",
        font="Sans", size=10, page_label="{n}", page_offset=3)
big = ParagraphStyle("big", fontName="Sans-Bold", fontSize=22, leading=25, textColor=colors.HexColor("#6a1b5a"))
lab = ParagraphStyle("lab", fontName="Sans", fontSize=8.5, leading=10.5)
def card(n, l):
    return [Paragraph(n, big), Paragraph(l, lab)]
d.h1("Our year at a glance")
d.p("1 April 2024 to 31 March 2025", "h3")
cards = [("3,104", "contacts passed to the Children's Advice and Assessment Service"),
         ("1,288", "referrals to children's social care"),
         ("612", "child protection enquiries (section 47)"),
         ("143", "children on a child protection plan at 31 March"),
         ("381", "children we care for"),
         ("6", "serious incident notifications"),
         ("6", "rapid reviews"),
         ("2", "local child safeguarding practice reviews started"),
         ("0", "national reviews"),
         ("48", "multi-agency training courses"),
         ("1,530", "practitioners trained"),
         ("92%", "said the training would change their practice")]
grid = []
for i in range(0, len(cards), 3):
    row = []
    for n, l in cards[i:i + 3]:
        row.append([Paragraph(n, big), Paragraph(l, lab)])
    grid.append(row)
t = Table(grid, colWidths=[160, 160, 160])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
d.story.append(t)
d.space(6)
d.p("<i>Source: partnership data set, Q4 2024-25. Figures for 2023-24 are on page 22.</i>", "small")
d.pagebreak()
d.h2("Learning from serious incidents")
d.p("This year the local authority notified the national Child Safeguarding Practice Review Panel of six serious "
    "incidents, against four in 2023-24. Three concerned babies under the age of one, and in two cases the child "
    "died. A rapid review was held for each notification; the reviews were completed in an average of 13 working "
    "days.")
d.p("The partners agreed that two of the six met the criteria for a local child safeguarding practice review. The "
    "first, 'Baby H', looks at the support given to a young mother leaving care; the second, 'Jordan', at the "
    "response to a 15-year-old who was missing from home 23 times in eight months. Neither review had been published "
    "by 31 March. The Panel did not take any Herefordshire case forward for a national review.")
d.p("One review commissioned in 2022-23 ('Child E') was published in October 2024. Its seven recommendations "
    "have all been accepted; five are complete.")
d.h2("Money")
d.p("The partnership's budget for the year was £312,500. Herefordshire Council provided half, NHS Herefordshire "
    "and Worcestershire Integrated Care Board 30% and West Mercia Police the remaining 20%.")
d.h2("What children told us")
d.p("Our Young Advisers, a group of 14 young people aged 13 to 19, reviewed the partnership's website and its "
    "leaflets this year. One adviser, aged 16, told us:")
d.quote("\u201cIf I'm worried about a friend, I'm not going to read a leaflet with six logos on it. Put a number "
        "I can text at the top, and tell me what happens after I text it.\u201d")
d.p("The three safeguarding partners signed off this report on 30 June 2025.")
d.small("Synthetic test document: all people, figures and quotes are invented. Herefordshire Safeguarding Children "
        "Partnership, Example Street, Hereford HR4 0XX; 01632 960142.")
d.build()
print("built", d.path)
