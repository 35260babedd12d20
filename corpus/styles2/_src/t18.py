"""Build t18: a Scottish council committee report (Aberdeen City) with a quarterly child protection table."""
import os
from styles_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "t18_aberdeen_city_cp_quarterly.pdf"),
        "Child Protection Quarterly Report: July to September 2025",
        "Aberdeen City Council",
        header="ABERDEEN CITY COUNCIL", footer="Education and Children's Services Committee \u2013 2 December 2025",
        font="Sans", size=10, page_label="{n}")
d.table([["COMMITTEE", "Education and Children's Services"],
         ["DATE", "2 December 2025"],
         ["EXEMPT", "No"],
         ["REPORT TITLE", "Child Protection Quarterly Report: July to September 2025"],
         ["REPORT NUMBER", "CFS/25/187"],
         ["CHIEF OFFICER", "Eilidh Ramsay-Gunn, Chief Social Work Officer"],
         ["TERMS OF REFERENCE", "1.3"]], widths=[130, 320], header_rows=0)
d.h2("1. PURPOSE OF REPORT")
d.p("1.1 This report presents child protection activity in Aberdeen for the quarter 1 July to 30 September 2025 "
    "(Quarter 2 of 2025/26), with the four preceding quarters for comparison, as reported to the Aberdeen City Child "
    "Protection Committee.")
d.h2("2. RECOMMENDATION")
d.p("2.1 That the Committee notes the content of the report.")
d.h2("3. CURRENT SITUATION")
d.p("3.1 Child protection concerns rose to 612 in the quarter, the highest quarterly figure since the current dataset "
    "began. 184 inter-agency referral discussions (IRDs) were held, of which 71 led to a joint investigative interview.")
d.p("Table 1: Child protection activity by quarter", "h3")
d.table([["Indicator", "Jul\u2013Sep 2024", "Oct\u2013Dec 2024", "Jan\u2013Mar 2025", "Apr\u2013Jun 2025", "Jul\u2013Sep 2025"],
         ["Child protection concerns", "498", "521", "544", "577", "612"],
         ["IRDs held", "151", "166", "159", "172", "184"],
         ["Child protection planning meetings", "58", "61", "49", "66", "70"],
         ["Registrations", "41", "44", "37", "52", "55"],
         ["De-registrations", "39", "36", "45", "40", "43"],
         ["Children on register at quarter end", "118", "126", "118", "130", "142"],
         ["Rate per 1,000 aged 0-15", "3.3", "3.5", "3.3", "3.6", "3.9"]],
        widths=[150, 62, 62, 62, 62, 62])
d.p("3.2 There were 142 children on the child protection register at 30 September 2025, a rate of 3.9 per 1,000 "
    "children aged 0-15, above the most recent Scottish rate of 2.2. Of the 55 children registered in the quarter, "
    "23 were under five and 9 were unborn babies.")
d.p("3.3 Domestic abuse was recorded as a concern for 61% of children on the register, parental mental health for "
    "48% and parental substance use for 44%. Most children had more than one concern recorded.")
d.p("3.4 Eleven of the 55 registrations (20%) were re-registrations, against a local tolerance of no more than 15%.")
d.p("3.5 The Aberdeen City Child Protection Committee notified the Care Inspectorate of one learning review in the "
    "quarter. Two learning reviews remain in progress.")
d.p("3.6 The Chief Social Work Officer said: \u201cThe increase is concentrated in a small number of "
    "neighbourhoods where we have seen a sharp rise in families presenting as homeless. We are working with housing "
    "colleagues so that a child protection plan is not the only door to help.\u201d")
d.h2("4. FINANCIAL IMPLICATIONS")
d.p("4.1 There are no direct financial implications arising from this report.")
d.small("Synthetic test document: all people, figures and quotes are invented. Report author: Performance Team, "
        "0131 496 0935, cfsperformance@aberdeencity.example")
d.build()
print("built", d.path)
