"""Build s10: a child death overview panel annual report excerpt covering three councils."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s10_berkshire_west_cdop_annual_report.pdf"),
        "Berkshire West Child Death Overview Panel - Annual Report 2024-25 (extract)",
        "Berkshire West Child Death Overview Panel",
        header="Berkshire West CDOP Annual Report 2024-25", footer="Reading | West Berkshire | Wokingham",
        font="Cond", size=10, page_label="{n}", page_offset=6)
d.h2("Section 3: Child deaths in Berkshire West, 1 April 2024 to 31 March 2025")
d.p("3.1 The Berkshire West Child Death Overview Panel (CDOP) reviews the deaths of all children normally resident in "
    "Reading, West Berkshire and Wokingham, from birth up to their 18th birthday, as required by the Child Death Review "
    "Statutory and Operational Guidance (England) 2018. The panel meets six times a year.")
d.p("3.2 <b>Notifications.</b> The panel was notified of 38 child deaths in 2024-25, compared with 34 in 2023-24. Reading "
    "notified 17 deaths, West Berkshire 9 and Wokingham 12. Of the 38 deaths, 22 were expected and 16 were unexpected; "
    "each unexpected death triggers a joint agency response (JAR).")
d.p("3.3 One death was also notified to the national Child Safeguarding Practice Review Panel as a serious incident, "
    "because abuse or neglect was suspected. A rapid review was held and the case is the subject of a local child "
    "safeguarding practice review.")
d.p("3.4 <b>Reviews completed.</b> The panel completed 41 reviews during the year. Because a review can only take place "
    "once all other processes (such as an inquest or a criminal trial) are finished, some of these were deaths that "
    "occurred in earlier years. 26 of the reviews (63%) were completed within 12 months of the death; the median time "
    "was nine months.")
d.p("3.5 Just over a third of completed reviews (15) concerned babies who died in the neonatal period, in the first "
    "28 days of life. The panel identified modifiable factors in 12 of the 41 reviews, or 29%, compared with a national "
    "figure of 36%.")
d.p("Table 3: Reviews completed in 2024-25 by category of death", "h3")
d.table([["Category of death (national classification)", "Reading", "West Berkshire", "Wokingham", "Total"],
         ["Perinatal/neonatal event", "7", "3", "5", "15"],
         ["Chromosomal, genetic and congenital anomalies", "4", "2", "3", "9"],
         ["Malignancy", "2", "1", "1", "4"],
         ["Acute medical or surgical condition", "1", "1", "2", "4"],
         ["Sudden unexpected, unexplained death", "2", "0", "1", "3"],
         ["Trauma and other external factors", "1", "1", "0", "2"],
         ["Suicide or deliberate self-inflicted harm", "1", "0", "1", "2"],
         ["Infection", "0", "1", "0", "1"],
         ["Deliberately inflicted injury, abuse or neglect", "1", "0", "0", "1"],
         ["Total", "19", "9", "13", "41"]],
        widths=[205, 60, 75, 65, 50])
d.p("3.6 <b>Mortality rates.</b> The child mortality rate in Berkshire West for 2022-24 was 26.4 per 100,000 children aged "
    "0-17, below the England rate of 29.8. Infant mortality was 4.6 per 1,000 live births in Reading, 2.9 in West "
    "Berkshire and 2.5 in Wokingham, against 4.1 for England.")
d.p("3.7 <b>Safer sleeping.</b> Three of the sudden unexpected deaths in infancy (SUDI) reviewed involved an unsafe sleeping "
    "environment, and in two of them the baby had been sleeping on a sofa with an adult. The panel has recommended that "
    "health visitors in all three areas repeat safer sleep advice at the 6-8 week check.")
d.p("3.8 The panel\u2019s chair, Dr Harriet Wolstenholme, consultant in public health, writes: \u201cBehind each of these "
    "numbers is a family living with the worst thing that can happen. We owe it to them to learn everything we can, "
    "and to act on it.\u201d")
d.p("3.9 Dr Femi Adeyemi-Clarke, designated doctor for child deaths, added that the number of deaths in any one year "
    "was small, \u201cso a change of three or four deaths can look like a trend when it is not\u201d.")
d.h2("Section 4: Funding")
d.p("4.1 The CDOP is funded by the three local authorities and the integrated care board. In 2024-25 contributions were: "
    "Reading Borough Council \u00a324,600; West Berkshire Council \u00a315,900; Wokingham Borough Council \u00a318,300; and "
    "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB \u00a342,000. The total budget was \u00a3100,800.")
d.small("Synthetic test document: invented figures, names and quotes. Contact: cdop@berkshirewest-cdop.example, 01632 960655.")
d.build()
print("built", d.path)
