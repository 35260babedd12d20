"""Build s22: a Northern Ireland regional safeguarding board annual report extract (five trusts)."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s22_sbni_annual_report_2024_25.pdf"),
        "Safeguarding Board for Northern Ireland - Annual Report 2024/25 (extract)",
        "Safeguarding Board for Northern Ireland",
        header="SBNI Annual Report 2024/25", footer="Safeguarding Board for Northern Ireland", font="Sans", size=10,
        page_label="Page {n}", page_offset=17)
d.h2("4. Child protection in Northern Ireland")
d.p("4.1 The Safeguarding Board for Northern Ireland (SBNI) is the statutory body that co-ordinates and ensures the "
    "effectiveness of work to safeguard children across the five Health and Social Care (HSC) Trusts. This chapter "
    "covers the year 1 April 2024 to 31 March 2025.")
d.p("4.2 Referrals to children\u2019s social services rose by 6% to 38,912. Just under a third (31%) were from the "
    "Police Service of Northern Ireland, and 14% from schools.")
d.p("4.3 At 31 March 2025, 2,236 children were on child protection registers, compared with 2,178 a year earlier. "
    "The rate per 10,000 children under 18 was 50.3, ranging from 41.9 in the Belfast Trust to 71.2 in the Western "
    "Trust.")
d.p("Table 4.1: Children on the child protection register at 31 March 2025, by Trust", "h3")
d.table([["HSC Trust", "Children on register", "Rate per 10,000", "Registrations 2024/25", "De-registrations 2024/25"],
         ["Belfast", "611", "41.9", "596", "572"],
         ["Northern", "402", "39.4", "455", "448"],
         ["South Eastern", "318", "41.2", "342", "361"],
         ["Southern", "407", "46.0", "430", "401"],
         ["Western", "498", "71.2", "431", "402"],
         ["Northern Ireland", "2,236", "50.3", "2,254", "2,184"]],
        widths=[105, 85, 80, 95, 105])
d.p("4.4 Neglect was recorded for 1,081 of the children on the register at the year end (48%), and physical abuse "
    "for 402 (18%). A child may be registered under more than one category.")
d.p("4.5 3,798 children were looked after at 31 March 2025, an increase of 4% on the previous year; 79% of them "
    "were in foster care, including kinship care.")
d.h2("5. Case management reviews")
d.p("5.1 The SBNI\u2019s Case Management Review Panel considered 14 notifications during the year. It recommended "
    "that a case management review (CMR) be undertaken in three cases, and the Chair of the SBNI agreed all three. "
    "Two CMRs were completed and published, and seven were in progress at 31 March 2025, four of which had been "
    "running for more than two years.")
d.p("5.2 The two published CMRs made 23 recommendations between them. Twelve have been implemented.")
d.p("5.3 The SBNI Chair, Bernadette McAlinden, said:")
d.quote("\u201cFour reviews running for more than two years is not acceptable, for the families or for the "
        "professionals who want to learn from them. We have agreed with the Department of Health a new timetable "
        "under which every CMR will be completed within 12 months.\u201d")
d.p("5.4 A member of the SBNI\u2019s Youth Panel added: \u201cWe want to know what changed because of these reviews, not "
    "just what went wrong.\u201d")
d.h2("6. Training and resources")
d.p("6.1 The SBNI delivered 86 training sessions to 2,417 participants. Its budget for 2024/25 was \u00a31.46 million, "
    "97% of which came from the Department of Health.")
d.small("Synthetic test document: all people, figures and quotes are invented. SBNI, 12 Example Place, "
        "Belfast BT1 1AA; 028 9649 6410; sbni@sbni.example")
d.build()
print("built", d.path)
