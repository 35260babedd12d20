"""Build t09: a Welsh council cabinet report (Conwy): child protection register and children looked after."""
import os
from styles_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "t09_conwy_cabinet_register_cla.pdf"),
        "Cabinet report: Child Protection Register and Children Looked After - Annual Position 2024-25",
        "Conwy County Borough Council",
        header="Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council", footer="Cabinet / Cabinet - 9 December 2025",
        font="Sans", size=10, page_label="Tudalen {n} / Page {n}", page_offset=111)
d.p("<b>Adroddiad i\u2019r Cabinet / Report to Cabinet</b>", "h2")
d.p("<b>Dyddiad y Cyfarfod / Date of Meeting:</b> 9 December 2025<br/>"
    "<b>Aelod Cabinet / Cabinet Member:</b> Cllr Elin Rhys-Parry, Cabinet Member for Social Care and Children<br/>"
    "<b>Swyddog Arweiniol / Lead Officer:</b> Gwenllian Prydderch, Head of Children, Families and Safeguarding<br/>"
    "<b>Teitl / Title:</b> Child Protection Register and Children Looked After \u2013 Annual Position 2024-25")
d.h2("1. Pwrpas / Purpose")
d.p("1.1 To inform Cabinet of the position of the Child Protection Register and of children looked after by Conwy "
    "County Borough Council for the year 1 April 2024 to 31 March 2025, and to seek approval for the reduction strategy "
    "set out in section 5.")
d.h2("2. Argymhellion / Recommendations")
d.p("2.1 That Cabinet notes the report.")
d.p("2.2 That Cabinet approves the Children Looked After Reduction Strategy 2026\u20132029.")
d.h2("3. Child Protection Register")
d.p("3.1 There were 118 children on the Child Protection Register at 31 March 2025, compared with 97 a year earlier, "
    "an increase of 22%. This is a rate of 54.2 per 10,000 children, against an all-Wales rate of 48.0.")
d.p("3.2 During the year 171 children were placed on the Register and 150 were removed. Nine children were "
    "re-registered within 12 months of a previous registration (5.3% of registrations).")
d.p("3.3 Neglect was the most frequent category of registration (61 children), followed by emotional abuse (33), "
    "physical abuse (18) and sexual abuse (6).")
d.p("3.4 The service held 842 strategy discussions, and 96% of initial child protection conferences took place within "
    "15 working days of the strategy discussion.")
d.h2("4. Plant sy\u2019n Derbyn Gofal / Children Looked After")
d.p("4.1 At 31 March 2025 Conwy looked after 251 children, a rate of 115.3 per 10,000 children aged under 18 (Wales "
    "112.0). A further 1,164 children had a care and support plan.")
d.p("4.2 Of the children looked after, 87 (35%) were placed with kinship foster carers and 29 lived in residential "
    "care, 11 of them outside Wales. The average weekly cost of an out-of-county residential placement was \u00a35,870.")
d.p("4.3 Under the Welsh Government\u2019s commitment to remove profit from the care of children looked after, the "
    "authority must move the 18 children currently placed with profit-making providers by April 2027.")
d.h2("5. Reduction strategy")
d.p("5.1 The strategy aims to reduce the number of children looked after to 225 by March 2029, by strengthening "
    "edge-of-care support. It will cost \u00a3640,000 a year for three years, funded from the Social Care Workforce and "
    "Sustainability grant.")
d.h2("6. Child practice reviews")
d.p("6.1 The North Wales Safeguarding Board considered two referrals from Conwy during the year. One met the criteria "
    "for a concise child practice review, which was commissioned in October 2024; the other did not meet the criteria "
    "and was referred for a multi-agency professional forum. One extended child practice review, commissioned in 2022, "
    "was published in February 2025.")
d.h2("7. Sylwadau / Comments")
d.p("7.1 The Cabinet Member, Cllr Elin Rhys-Parry, commented: \u201cEvery child on our register has a name, a family and "
    "a future. The rise this year is a signal that we are catching harm earlier, not a sign that we are failing.\u201d")
d.p("7.2 The Head of Service added: \u201cWe want more children to grow up safely with their own families, and this "
    "strategy gives us the staff to make that happen.\u201d")
d.small("Synthetic test document: all people, figures and quotes are invented. Contact: Democratic Services, "
        "029 2018 0764, democratic@conwy.example")
d.build()
print("built", d.path)
