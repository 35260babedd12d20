"""Build u03: a Scottish council committee report (South Lanarkshire), year to 31 July 2025."""
import os
from styles3_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "u03_south_lanarkshire_social_work_committee.pdf"),
        "Report to Social Work Resources Committee: Child Protection Committee Annual Report 2024-25",
        "South Lanarkshire Council",
        header="South Lanarkshire Council  |  Social Work Resources Committee  |  3 December 2025",
        footer="Agenda Item 9", font="Sans", size=10, page_label="{n}", page_offset=56)
d.p("Report", "h3")
d.table([["Report to:", "Social Work Resources Committee"],
         ["Date of Meeting:", "3 December 2025"],
         ["Report by:", "Director, Social Work Resources"],
         ["Subject:", "South Lanarkshire Child Protection Committee Annual Report 2024-25"]],
        widths=[120, 340], grid=False, header_rows=0)
d.h2("1. Purpose of Report")
d.p("1.1. The purpose of the report is to advise the Committee of the work of the South Lanarkshire Child Protection "
    "Committee (CPC) in the year to 31 July 2025 and to present its annual report.")
d.h2("2. Recommendation(s)")
d.p("2.1. The Committee is asked to approve the following recommendation(s):-")
d.p("(1) that the content of the Child Protection Committee Annual Report 2024-25 be noted.")
d.h2("3. Background")
d.p("3.1. Child protection activity in Scotland is reported for the year ending 31 July, in line with the Scottish "
    "Government's annual child protection return. Comparisons in this report are with the same point in 2024 "
    "unless stated.")
d.h2("4. Child protection activity")
d.p("4.1. Social Work Resources received 2,947 child protection concerns in the reporting year, an increase of 6% on "
    "the previous year. Around a third of these came from Police Scotland. Inter-agency referral discussions (IRDs) "
    "took place for 1,118 children, of whom 377 were then discussed at a child protection planning meeting (CPPM).")
d.p("4.2. The number of children whose names were on the child protection register at 31 July 2025 was 176, a rate "
    "of 3.0 per 1,000 children aged 0-15. The Scottish rate at the same date was 2.1. The register has risen from 149 "
    "a year earlier.")
d.p("Table 1: Child protection register, years to 31 July", "h3")
d.table([["", "2023", "2024", "2025"],
         ["Registrations", "198", "214", "231"],
         ["De-registrations", "207", "189", "204"],
         ["On register at 31 July", "124", "149", "176"],
         ["Pre-birth registrations", "31", "36", "44"]],
        widths=[190, 80, 80, 80])
d.p("4.3. Of the 231 registrations, 58 (25%) were of children who had been on the register before. Domestic abuse was "
    "recorded as a concern in more than half of all registrations, and parental alcohol or drug use in 41%.")
d.p("4.4. 1,006 children and young people were looked after by the Council at 31 July 2025, including 338 looked "
    "after at home with parents.")
d.h2("5. Learning reviews")
d.p("5.1. The CPC's Learning Review Sub-group considered nine initial case reviews during the year. In four cases it "
    "recommended a learning review, and the CPC agreed to commission all four; the Care Inspectorate was notified "
    "in each case. Two learning reviews, both started in 2023-24, were completed and published. Three remain in "
    "progress.")
d.p("5.2. The two published reviews made 11 recommendations between them, which the CPC has accepted in full.")
d.h2("6. Employee implications")
d.p("6.1. There are no employee implications associated with this report.")
d.h2("7. Financial implications")
d.p("7.1. The CPC's budget for 2025-26 is £184,000, of which the Council contributes £121,000 and NHS Lanarkshire "
    "and Police Scotland the remainder.")
d.h2("8. Other implications")
d.p("8.1. There are no risk, sustainable development or climate change implications arising from this report.")
d.p("The CPC Independent Chair, Dr Gráinne Lafferty-Boyd, states in her foreword to the annual report:")
d.quote("\u201cThe rise in registrations is not a cause for alarm in itself. It tells me that staff are recognising "
        "risk earlier, particularly before birth. What matters now is that the help offered to these families is "
        "there quickly and stays long enough to make a difference.\u201d")
d.p("Soumik Farquharson-Ali<br/>Director, Social Work Resources<br/>14 November 2025")
d.p("Link(s) to Council Values/Priorities/Outcomes: Protect vulnerable children, young people and adults", "small")
d.p("Contact for further information: Policy Officer, Social Work Resources, telephone 0131 496 0734, "
    "e-mail swr.policy@southlanarkshire.example", "small")
d.small("Synthetic test document: all people, figures and quotes are invented.")
d.build()
print("built", d.path)
