"""Build s12: a quarterly children's services performance report (Quarter 2 2025/26) with comparator tables."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s12_warrington_quarterly_performance_q2.pdf"),
        "Children's Services Performance Report - Quarter 2 2025/26", "Warrington Borough Council",
        header="Warrington Borough Council \u2013 Children\u2019s Services Performance Report \u2013 Q2 2025/26",
        footer="Item 6 \u2013 Children and Young People Scrutiny Committee \u2013 3 December 2025", font="Sans", size=9.5,
        page_label="{n}")
d.h1("Children\u2019s Services Performance Report<br/>Quarter 2 2025/26")
d.p("<b>Reporting period:</b> 1 July to 30 September 2025 (Quarter 2 2025/26)<br/>"
    "<b>Report of:</b> Director of Children\u2019s Services<br/><b>Portfolio:</b> Children and Young People")
d.h2("1. Summary")
d.p("1.1 This report sets out performance against the key children\u2019s social care indicators at the end of "
    "Quarter 2. Rates are per 10,000 children aged 0-17 and, unless stated, are for the rolling 12 months to the end "
    "of the quarter. Comparator figures are the latest published: statistical neighbours (SN) and England.")
d.p("1.2 Of the eight indicators with a target, five are rated green, two amber and one red.")
d.p("1.3 At the end of Quarter 2 there were 190 children subject to a child protection plan, up from 179 at the end of "
    "Quarter 1. There were 406 children looked after and 1,499 children in need.")
d.h2("2. Front door and assessment")
d.p("Table 1: Contacts, referrals and enquiries", "h3")
hdr = ["Indicator", "2024/25 outturn", "Q1", "Q2", "Q3", "Q4", "SN", "England"]
W = [150, 52, 38, 38, 34, 34, 46, 58]
d.table([hdr,
         ["Referrals per 10,000", "412.6", "398.1", "405.3", "", "", "471.2", "489.6"],
         ["Re-referrals within 12 months (%)", "19.8", "21.0", "18.6", "", "", "20.4", "22.4"],
         ["Section 47 enquiries per 10,000", "148.2", "151.0", "156.4", "", "", "163.5", "179.6"],
         ["Children in need per 10,000", "331.4", "325.0", "336.8", "", "", "345.1", "332.9"]], widths=W)
d.p("2.1 The referral rate rose slightly in Quarter 2 to 405.3 per 10,000 but remains well below statistical "
    "neighbours (471.2) and England (489.6). Re-referrals fell to 18.6%, inside the target of 20%.")
d.p("2.2 Section 47 enquiries continue to rise. The service carried out 174 enquiries in the quarter, compared with "
    "168 in Quarter 1.")
d.h2("3. Child protection and children looked after")
d.p("Table 2: Child protection and children looked after", "h3")
d.table([hdr,
         ["Children subject of a CP plan per 10,000", "38.9", "40.3", "42.7", "", "", "44.0", "41.6"],
         ["Second or subsequent plan (%)", "22.5", "19.0", "24.1", "", "", "23.0", "23.8"],
         ["Plans lasting 2 years or more (%)", "2.1", "3.4", "1.8", "", "", "3.9", "4.1"],
         ["Children looked after per 10,000", "89.0", "90.4", "91.2", "", "", "78.0", "70.0"]], widths=W)
d.p("3.1 The child protection plan rate has risen for the third consecutive quarter and is now above England "
    "(41.6) for the first time, though still below statistical neighbours (44.0). The proportion of children becoming "
    "subject to a plan for a second or subsequent time rose to 24.1% and is rated red.")
d.p("3.2 The looked after rate of 91.2 is well above England (70.0). Of the 406 children looked after, 37 entered "
    "care in the quarter and 29 left care.")
d.p("3.3 Commenting on the quarter, the Director of Children\u2019s Services, Gareth Penhaligon, said: \u201cThe rise in "
    "repeat plans is the number that worries me. We are looking at every one of those cases individually, and I will "
    "bring the findings back to this committee.\u201d")
d.h2("4. Recommendation")
d.p("4.1 That the Committee notes performance at the end of Quarter 2 2025/26.")
d.small("Synthetic test document: invented indicators, figures and people. Contact: performance@warrington-cs.example, 01632 960118.")
d.build()
print("built", d.path)
