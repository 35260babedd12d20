"""Build s06: a Welsh county council scrutiny report on child protection (register, child practice reviews)."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s06_carmarthenshire_child_protection_register.pdf"),
        "Child Protection Annual Report 2024/25 - Education and Children Scrutiny Committee",
        "Carmarthenshire County Council",
        header="Education and Children Scrutiny Committee \u2013 4 December 2025",
        footer="Carmarthenshire County Council / Cyngor Sir Caerfyrddin",
        font="Sans", size=10, page_label="Tudalen {n} / Page {n}", page_offset=44)
d.p("<b>Cyngor Sir Caerfyrddin / Carmarthenshire County Council</b>")
d.p("<b>Pwyllgor Craffu Addysg a Phlant / Education and Children Scrutiny Committee</b>")
d.p("Date: 4 December 2025")
d.h1("Child Protection Annual Report 2024/25")
d.table([["Purpose:", "To inform the Committee about child protection activity in Carmarthenshire between 1 April 2024 and 31 March 2025, and the work of the Mid and West Wales Safeguarding Board (CYSUR)."],
         ["Recommendation:", "That the Committee scrutinises and notes the report."],
         ["Cabinet Member:", "Cllr Gwenllian Prys-Davies, Cabinet Member for Children and Families"],
         ["Report author:", "Owain Harcombe, Head of Children\u2019s Services. Tel: 01632 960552"]],
        widths=[100, 383], grid=True, header_rows=0)
d.h2("1. Introduction")
d.p("1.1 In Wales, a child who is at risk of significant harm is placed on the child protection register, and a "
    "multi-agency child protection plan is agreed at an initial child protection conference. The Social Services and "
    "Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures set out how this is done.")
d.p("1.2 Carmarthenshire has about 37,600 children aged under 18.")
d.h2("2. The child protection register")
d.p("2.1 At 31 March 2025 there were 168 children on the child protection register, compared with 151 a year "
    "earlier. This is a rate of 44.7 per 10,000 children, above the Wales rate of 36.2 but below the average for the "
    "region.")
d.p("2.2 During the year there were 214 registrations and 197 de-registrations. Most de-registrations (83%) followed "
    "a decision at a review conference that the risk had reduced; 21 children were de-registered because they "
    "became looked after, and nine because they moved to another local authority.")
d.p("2.3 Neglect was the category of registration for 44% of children on the register at the year end, emotional "
    "abuse for 31%, physical abuse for 17% and sexual abuse for 8%. Emotional abuse registrations usually relate to "
    "domestic abuse in the home.")
d.p("2.4 Re-registrations within 12 months of a previous de-registration fell to 6%, against a local target of "
    "under 10%. Eleven children had been on the register for more than 12 months at 31 March 2025.")
d.p("Table 1: Child protection activity, Carmarthenshire", "h3")
d.table([["Measure", "2023/24", "2024/25", "Wales 2024/25"],
         ["Children on the register at 31 March", "151", "168", "2,710"],
         ["Rate per 10,000 children", "40.2", "44.7", "36.2"],
         ["Registrations in the year", "188", "214", "\u2013"],
         ["De-registrations in the year", "176", "197", "\u2013"],
         ["Section 47 enquiries", "902", "1,027", "\u2013"],
         ["Initial conferences within 15 working days", "86%", "91%", "88%"]],
        widths=[215, 80, 80, 108])
d.p("2.5 Strategy discussions were held about 1,386 children, and 1,027 Section 47 enquiries were completed. "
    "211 initial child protection conferences took place.")
d.h2("3. Care and support")
d.p("3.1 At 31 March 2025, 1,356 children had a care and support plan (the Welsh equivalent of a child in need "
    "plan), and 262 children were looked after by the Council, a rate of 70 per 10,000.")
d.h2("4. Child practice reviews")
d.p("4.1 Carmarthenshire is one of four local authority areas covered by CYSUR, the regional safeguarding children "
    "board for Mid and West Wales. The Board\u2019s Case Review Sub-Group considers referrals for a child practice "
    "review (CPR), the Welsh equivalent of a local child safeguarding practice review.")
d.p("4.2 In 2024/25 the Sub-Group received six referrals about Carmarthenshire children. It decided that two met the "
    "criteria for a concise child practice review and one for an extended child practice review; the others were "
    "addressed through a multi-agency professional forum. One concise review, \u2018Child P\u2019, was published in "
    "January 2025, and two reviews are still in progress. Across the region, CYSUR commissioned seven child practice "
    "reviews during the year.")
d.p("4.3 The published review made four learning points for the region and six action points. All six actions "
    "have been accepted by partner agencies.")
d.h2("5. Views of children and families")
d.p("5.1 The Head of Children\u2019s Services says in his overview: \u201cThe increase in the register is not a cause "
    "for alarm in itself. It tells us that we are identifying risk earlier, but it also tells us that families are "
    "under greater pressure than at any time I can remember.\u201d")
d.p("5.2 A 14-year-old who attended her own review conference for the first time told an advocate: \u201cI didn\u2019t "
    "think anyone would listen. They did.\u201d")
d.p("5.3 Cllr Prys-Davies said: \u201cEvery child on that register is a child we are working hard to keep safe. I want "
    "Members to see the people behind the numbers.\u201d")
d.h2("6. Financial implications")
d.p("6.1 There are no additional financial implications. The Council\u2019s contribution to CYSUR in 2024/25 was "
    "\u00a342,300.")
d.h2("7. Background papers")
d.p("CYSUR Annual Report 2024/25; Wales Safeguarding Procedures (2019). Available from the report author.")
d.small("Synthetic test document: all people, figures and quotes in this report are invented.")
d.build()
print("built", d.path)
