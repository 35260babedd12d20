"""Build t06: a corporate parenting board report (Cumberland), half-year, with England and SN brackets."""
import os
from styles_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "t06_cumberland_corporate_parenting_board.pdf"),
        "Corporate Parenting Board - Children in Care and Care Leavers Performance Report, April to September 2025",
        "Cumberland Council",
        header="Cumberland Council  |  Corporate Parenting Board  |  4 December 2025", footer="OFFICIAL",
        font="Sans", size=10, page_label="Page {n} of 2")
d.h1("Children in Care and Care Leavers: Performance Report")
d.p("<b>Meeting:</b> Corporate Parenting Board<br/><b>Date:</b> 4 December 2025<br/><b>Report of:</b> Assistant Director, "
    "Children in Care and Care Leavers (Rhiannon Askew)<br/><b>Agenda item:</b> 7<br/><b>Wards affected:</b> All")
d.h2("1. Purpose")
d.p("1.1 This report gives the Board an overview of the council's performance as corporate parent for the six months "
    "from 1 April to 30 September 2025 (the first half of 2025/26). Comparators are the latest published figures for "
    "England and for Cumberland's statistical neighbours (SN), shown in brackets.")
d.h2("2. Children in our care")
d.p("2.1 At 30 September 2025, 512 children were in the care of Cumberland Council, a rate of 77.4 per 10,000 children "
    "(England 70; SN 81). This compares with 498 at 31 March 2025.")
d.p("2.2 During the six months, 96 children came into care and 82 left care. Of those who left, 19 returned home to "
    "their families, 14 were adopted and 23 moved on from care at 18.")
d.p("2.3 Placement stability remains a strength. 9.1% of children had three or more placements in the last 12 months "
    "(England 10; SN 11), and 71% of children aged under 16 who had been in care for at least two and a half years had "
    "lived in the same placement for at least two years (England 71; SN 68).")
d.p("2.4 The proportion of children placed more than 20 miles from home fell to 14% (England 16%). Forty-one children "
    "live outside Cumberland, of whom 12 are in residential care.")
d.p("Table 1: Children in care, key indicators", "h3")
d.table([["Indicator", "Mar 2025", "Sep 2025", "England", "SN"],
         ["Children in care (number)", "498", "512", "\u2013", "\u2013"],
         ["Rate per 10,000 children aged 0-17", "75.3", "77.4", "70", "81"],
         ["3+ placements in 12 months (%)", "9.8", "9.1", "10", "11"],
         ["Long-term placement stability (%)", "69", "71", "71", "68"],
         ["Placed 20+ miles from home (%)", "15", "14", "16", "\u2013"],
         ["Health assessments on time (%)", "88", "91", "\u2013", "\u2013"]],
        widths=[190, 65, 65, 65, 50])
d.p("2.5 Health assessments were completed on time for 91% of children, and 84% of children had an up-to-date dental "
    "check (England 76; SN 79).")
d.h2("3. Care leavers")
d.p("3.1 The council was in touch with 301 care leavers aged 17 to 21 at the end of September. Of these, 268 (89%) "
    "were in suitable accommodation (England 88; SN 90) and 157 (52%) were in education, employment or training "
    "(England 56; SN 54).")
d.p("3.2 Nineteen care leavers aged 18 to 25 are at university, four more than last year.")
d.p("3.3 Young people on the Children in Care Council told the Board in October that the new Setting Up Home "
    "allowance of \u00a33,000 had made \u201ca real difference\u201d. One member, Kayleigh, said: \u201cI could buy a "
    "bed and a washing machine without getting into debt. That's what a parent would do.\u201d")
d.h2("4. Recommendation")
d.p("4.1 That the Board notes the report and the areas for improvement in section 2.5.")
d.small("Contact: Rhiannon Askew, 0191 498 0622, rhiannon.askew@cumberland.example. "
        "Synthetic test document: all people, figures and quotes are invented.")
d.build()
print("built", d.path)
