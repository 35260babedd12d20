"""Build s17: a Welsh regional safeguarding board annual report extract, two columns, three councils."""
import os
from pdfkit import TwoColumnDoc

HERE = os.path.dirname(os.path.abspath(__file__))
d = TwoColumnDoc(os.path.join(HERE, "..", "s17_cwm_taf_morgannwg_board_annual_report.pdf"),
                 "Cwm Taf Morgannwg Safeguarding Board - Annual Report 2024-25 (extract)",
                 "Cwm Taf Morgannwg Safeguarding Board",
                 header="Cwm Taf Morgannwg Safeguarding Board | Annual Report 2024-25",
                 footer="Bridgend \u2022 Merthyr Tydfil \u2022 Rhondda Cynon Taf", font="Serif", size=9.5, justify=True,
                 page_label="{n}", page_offset=11)
d.h2("Chapter 3: Protecting children across the region")
d.p("The Cwm Taf Morgannwg Safeguarding Board brings together the three local authorities of Bridgend, Merthyr "
    "Tydfil and Rhondda Cynon Taf with South Wales Police, Cwm Taf Morgannwg University Health Board and the "
    "Probation Service. It replaced the former Local Safeguarding Children Board arrangements in 2017, and it reports "
    "on the year from 1 April 2024 to 31 March 2025.")
d.h3("The child protection register")
d.p("On 31 March 2025 there were 612 children on child protection registers across the region, compared with 655 a "
    "year earlier. Rhondda Cynon Taf had 298 children on its register, Bridgend 201 and Merthyr Tydfil 113.")
d.p("Registrations fell for the second year: there were 744 in the region in 2024-25. The number of children "
    "re-registered within a year of being removed from a register was 52, or 7% of registrations.")
d.p("Table 3.1: Child protection register by local authority, 31 March 2025", "h3")
d.table([["", "On register", "Rate*", "Registered"],
         ["Bridgend", "201", "65.9", "236"],
         ["Merthyr Tydfil", "113", "87.5", "141"],
         ["Rhondda Cynon Taf", "298", "57.0", "367"],
         ["Region", "612", "63.1", "744"]], widths=[88, 48, 36, 56])
d.small("* Rate per 10,000 children aged under 18. Registered: registrations in the year.")
d.p("The region\u2019s rate remains well above the Wales rate of 36.2 per 10,000 children, mostly because of the "
    "high rates of neglect and domestic abuse recorded in the valleys communities.")
d.h3("Child practice reviews")
d.p("The Board\u2019s Child Practice Review Sub-Group considered 11 referrals during the year, three more than in "
    "2023-24. It recommended a concise child practice review in four cases and an extended review in one. The Board "
    "published three child practice reviews during the year, and five remain in progress at 31 March 2025, two of them "
    "delayed by criminal proceedings.")
d.p("Across the three reviews published, the Board agreed 19 learning points and 14 actions. By the end of the year, "
    "nine actions had been completed.")
d.p("In the remaining cases, a multi-agency professional forum (MAPF) was held instead. Twenty-two MAPFs took place "
    "in the year, each within eight weeks of the referral.")
d.h3("Training and engagement")
d.p("1,936 practitioners from across the region completed the Board\u2019s Wales Safeguarding Procedures training, and "
    "the Junior Safeguarding Board, made up of 24 pupils from 12 schools, met four times.")
d.h3("From the Chair")
d.p("Ceri Vaughan-Lloyd, Chair of the Cwm Taf Morgannwg Safeguarding Board and Director of Social Services for "
    "Rhondda Cynon Taf, said:")
d.quote("\u201cThe fall in the number of children on our registers is welcome, but I want to be clear that it is not a "
        "target. A child should be on the register for as long as they need to be, and not a day longer.\u201d")
d.p("A member of the Junior Safeguarding Board told the Board\u2019s spring meeting: \u201cIf you want young people to "
    "tell you things, you have to tell us what happens next.\u201d")
d.p("The Board\u2019s budget for 2024-25 was \u00a3286,400, with 40% paid by the three local authorities together.")
d.small("Synthetic test document: the people, quotes and figures are invented. Board Business Unit, "
        "Ty Trevithick, Abercynon CF45 4UQ; 029 2018 0744.")
d.build()
print("built", d.path)
