"""Build u07: a quarterly children's services scorecard (Halton) with RAG ratings and targets."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Table, TableStyle, Paragraph
from styles3_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "u07_halton_quarterly_scorecard_q2.pdf"),
        "Children's Services Performance Scorecard - Quarter 2 2025/26", "Halton Borough Council",
        header="Halton Borough Council  \u2013  Children, Young People and Families Policy and Performance Board",
        footer="Scorecard Q2 2025/26 (July to September 2025)  |  OFFICIAL", font="Cond", size=9.5,
        page_label="Page {n} of 2")
d.h1("Children's Services Performance Scorecard")
d.p("<b>Quarter 2 2025/26: 1 July to 30 September 2025</b>")
d.p("The scorecard reports the Directorate's key indicators against the targets set in the Children's Services "
    "Plan. RAG ratings: <b>G</b> = on or better than target; <b>A</b> = within 10% of target; <b>R</b> = more than 10% "
    "adrift of target. Direction of travel compares Q2 with Q1.")
st = d.st
hdr = ["Ref", "Indicator", "Target 2025/26", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "RAG", "Trend", "England 2024/25"]
rows = [
    ["CS01", "Referrals to children's social care, rate per 10,000 (annualised)", "550", "612", "587", "A", "\u2191", "535"],
    ["CS02", "Re-referrals within 12 months (%)", "20%", "24%", "26%", "R", "\u2193", "22%"],
    ["CS03", "Section 47 enquiries, rate per 10,000 (annualised)", "\u2013", "198", "214", "\u2013", "\u2013", "180"],
    ["CS04", "ICPCs held within 15 working days of strategy discussion (%)", "90%", "84%", "91%", "G", "\u2191", "79%"],
    ["CS05", "Children subject of a child protection plan, rate per 10,000", "55", "63.1", "60.4", "A", "\u2191", "41.2"],
    ["CS06", "Child protection plans that are a second or subsequent plan (%)", "18%", "17%", "23%", "R", "\u2193", "24%"],
    ["CS07", "Children in need, rate per 10,000", "380", "402", "396", "A", "\u2191", "332"],
    ["CS08", "Children looked after, rate per 10,000", "110", "124", "127", "R", "\u2193", "70"],
    ["CS09", "Children looked after with 3 or more placements in the year (%)", "10%", "9%", "8%", "G", "\u2191", "10%"],
    ["CS10", "Rapid reviews completed within 15 working days (number / of)", "100%", "2 of 2", "3 of 4", "R", "\u2193", "\u2013"],
]
data = [[Paragraph(c, st["cellb"]) for c in hdr]] + [[Paragraph(c, st["cell"]) for c in r] for r in rows]
rag = {"R": "#f4c7c3", "A": "#fce8b2", "G": "#b7e1cd"}
cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]
for i, r in enumerate(rows, start=1):
    if r[5] in rag:
        cmds.append(("BACKGROUND", (5, i), (5, i), colors.HexColor(rag[r[5]])))
t = Table(data, colWidths=[38, 160, 50, 50, 50, 32, 36, 56])
t.setStyle(TableStyle(cmds))
d.story.append(t)
d.space(10)
d.h2("Exception commentary")
d.p("<b>CS02 Re-referrals (Red).</b> Re-referrals rose to 26% in Q2, six percentage points above target. A dip sample "
    "of 40 re-referrals found that 15 had been closed after a single visit. The Front Door Service Manager will "
    "report back to the Board in March.")
d.p("<b>CS06 Repeat plans (Red).</b> Of the 41 children who became subject to a plan in Q2, 9 had been on a plan "
    "before, mostly for neglect. Four of the nine had a previous plan that ended less than a year earlier.")
d.p("<b>CS08 Children looked after (Red).</b> 341 children were looked after at 30 September 2025 (30 June 2025: 334). "
    "Halton's rate remains well above England (70) and the North West (98).")
d.pagebreak()
d.p("<b>CS10 Rapid reviews (Red).</b> The Halton Children's Safeguarding Partnership notified four serious incidents "
    "in Q2, following two in Q1. One rapid review in Q2 took 19 working days because a health chronology was late. "
    "The partnership has since agreed to commission one local child safeguarding practice review.")
d.h2("Budget position")
d.p("The Directorate is forecasting an overspend of £3.9m for 2025/26 against a net budget of £48.6m, mainly on "
    "external residential placements, where the average weekly cost is now £6,240.")
d.p("Portfolio Holder for Children and Young People, Cllr Marcus Ellory-Shaw, commented:")
d.quote("\u201cTwo green ratings out of ten is not where we want to be. But I would rather have a scorecard that tells "
        "us the truth than one that flatters us.\u201d")
d.h2("Recommendation")
d.p("That the Board notes the Quarter 2 performance and the actions in the exception commentary.")
d.small("Contact: Performance and Improvement Team, Halton Borough Council, 0151 496 0803, performance@halton.example. "
        "Synthetic test document: all people, figures and quotes are invented.")
d.build()
print("built", d.path)
