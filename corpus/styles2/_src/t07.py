"""Build t07: a safeguarding partnership annual report extract (Sheffield) with a two-level table header."""
import os
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle, Paragraph
from styles_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "t07_sheffield_partnership_annual_report_2024_25.pdf"),
        "Sheffield Children Safeguarding Partnership - Annual Report 2024-25 (extract: section 5)",
        "Sheffield Children Safeguarding Partnership",
        header="Sheffield Children Safeguarding Partnership  \u2022  Annual Report 2024-25", footer="www.sheffieldscp.example",
        font="Serif", size=10, justify=True, page_label="{n}", page_offset=21)
d.h2("5. Learning from serious incidents")
d.p("5.1 Between 1 April 2024 and 31 March 2025 the City of Sheffield notified the Child Safeguarding Practice Review "
    "Panel of 34 serious incidents, five more than in 2023-24. A rapid review was held in all but one case; in the "
    "remaining case the child had moved to another area before the incident and the review was led by that "
    "partnership.")
d.p("5.2 Neglect was again the most common primary concern. Of the 34 notifications, 12 (35%) related to neglect and "
    "10 (29%) to physical abuse. Table 5.1 sets out the categories for both years.")
d.p("Table 5.1: Serious incident notifications and rapid reviews by primary category of harm", "h3")
st = d.st
hdr1 = ["Primary category", "2023-24", "", "2024-25", ""]
hdr2 = ["", "Notifications", "Rapid reviews", "Notifications", "Rapid reviews"]
rows = [["Neglect", "9 (31%)", "9", "12 (35%)", "12"],
        ["Physical abuse", "8 (28%)", "7", "10 (29%)", "9"],
        ["Sexual abuse", "3 (10%)", "3", "4 (12%)", "4"],
        ["Non-accidental head injury", "5 (17%)", "5", "5 (15%)", "5"],
        ["Other", "4 (14%)", "4", "3 (9%)", "3"],
        ["Total", "29 (100%)", "28", "34 (100%)", "33"]]
data = [[Paragraph(c, st["cellb"]) for c in hdr1], [Paragraph(c, st["cellb"]) for c in hdr2]]
data += [[Paragraph(c, st["cellb" if r[0] == "Total" else "cell"]) for c in r] for r in rows]
t = Table(data, colWidths=[150, 80, 80, 80, 80])
t.setStyle(TableStyle([("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e4e9f2")),
                       ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
d.story.append(t)
d.space(10)
d.p("5.3 Of the 33 rapid reviews, 27 (82%) were completed within 15 working days, compared with 19 of 28 (68%) the "
    "year before. The Panel agreed with the partnership's recommendation in every case.")
d.p("5.4 The rapid reviews led the partnership to commission four local child safeguarding practice reviews (LCSPRs) "
    "in 2024-25. Three LCSPRs were published during the year, and five, including two commissioned in 2023-24, were "
    "still in progress at 31 March 2025. One case was taken forward by the national Panel as part of its review of "
    "harm to children with disabilities.")
d.p("5.5 The three published reviews made 17 recommendations in total. By the end of March, 9 had been completed and "
    "8 were on track.")
d.p("5.6 The Independent Scrutineer, Professor Moira Castellan, writes:")
d.quote("\u201cThe partnership has faced the hardest year for serious incidents since it was formed. What gives me "
        "confidence is not the number of reviews, but the speed with which learning has reached practitioners: "
        "seven-minute briefings on every rapid review, within a month of the meeting.\u201d")
d.p("5.7 The partnership delivered 41 learning events, attended by 1,876 practitioners from 23 agencies.")
d.small("Synthetic test document: all people, figures and quotes are invented. Sheffield Children Safeguarding "
        "Partnership, Example House, Sheffield S1 2XX; 0114 496 0815.")
d.build()
print("built", d.path)
