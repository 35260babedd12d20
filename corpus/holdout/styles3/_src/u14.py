"""Build u14: a two-column regional safeguarding board annual report extract (Cardiff and Vale of Glamorgan)."""
import os
from styles3_src import TwoColumnDoc

HERE = os.path.dirname(os.path.abspath(__file__))
d = TwoColumnDoc(os.path.join(HERE, "..", "u14_cardiff_vale_board_annual_report_2024_25.pdf"),
                 "Cardiff and Vale Regional Safeguarding Board Annual Report 2024-25 (extract)",
                 "Cardiff and Vale Regional Safeguarding Board",
                 header="Cardiff and Vale Regional Safeguarding Board  \u00b7  Bwrdd Diogelu Rhanbarthol Caerdydd a'r Fro",
                 footer="Annual Report 2024-25 / Adroddiad Blynyddol 2024-25", font="Serif", size=9.5,
                 justify=True, page_label="{n}", page_offset=10)
d.h2("4. Protecting children across the region")
d.p("4.1 At 31 March 2025 there were 512 children on the child protection register across the region: 389 in "
    "Cardiff and 123 in the Vale of Glamorgan. The regional rate was 42.8 per 10,000 children, slightly below the "
    "Wales rate of 46.3. Cardiff's rate has fallen for three years running; the Vale's has risen in two of them.")
d.p("4.2 There were 641 registrations in the year and 668 de-registrations. Of the children registered, "
    "around one in five had been on the register before. Neglect was the most common category in both areas, "
    "followed by emotional abuse.")
d.p("4.3 Children's services received 14,906 reports about children in Cardiff and 4,212 in the Vale. Strategy "
    "discussions were held in 3,077 cases, and section 47 enquiries followed in 2,264.")
d.p("4.4 The number of children looked after rose to 1,341 in Cardiff (2023-24: 1,298) and fell to 291 in the Vale "
    "(2023-24: 302). A further 3,150 children had care and support plans, most of them in Cardiff.")
d.h2("5. Child practice reviews")
d.p("5.1 The Board's Child Practice Review Group considered eight referrals in 2024-25, compared with eleven the "
    "year before. It recommended a review in three cases, and the Board agreed: one extended and two concise child "
    "practice reviews. In the other five cases, single-agency or multi-agency learning was agreed instead.")
d.p("5.2 Two reviews were published during the year (CV 2/2022 and CV 4/2023), together making 13 "
    "recommendations. Four reviews were in progress at the year end, one of which has been delayed for more than "
    "twelve months by criminal proceedings.")
d.p("5.3 Both published reviews found that information held by adult mental health services did not reach "
    "children's social care. The Board has asked the University Health Board to report back on this by June 2026.")
d.h2("6. Resources")
d.p("6.1 The Board's budget for 2024-25 was £264,000. Cardiff Council contributed 44%, the University Health Board "
    "31%, South Wales Police 14% and the Vale of Glamorgan Council 11%.")
d.p("6.2 The Board's business unit has 4.6 full-time-equivalent staff.")
d.h2("7. Voice of the child")
d.p("7.1 The Board's junior safeguarding ambassadors, pupils aged 9 to 11 from 22 primary schools, ran an assembly "
    "programme this year. Asked what adults should do differently, one ambassador wrote:")
d.quote("\u201cListen the first time. Don't make us say it again to somebody else.\u201d")
d.p("7.2 The Board's Chair, Superintendent Rhiannon Caswell-Evans, said the message had been shared with every "
    "partner agency: \u201cIt is the shortest learning point we have had this year, and the most important.\u201d")
d.small("Synthetic test document: all people, figures and quotes are invented. Cardiff and Vale Regional Safeguarding "
        "Board, Example House, Cardiff CF10 4XX. Tel 029 2018 0517. cavrsb.example")
d.build()
print("built", d.path)
