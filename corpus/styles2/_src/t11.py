"""Build t11: an LCSPR summary with a timeline table (Telford and Wrekin, Child M)."""
import os
from styles_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "t11_telford_wrekin_child_m_review_summary.pdf"),
        "Local Child Safeguarding Practice Review: Child M - Summary Report",
        "Telford and Wrekin Safeguarding Partnership",
        header="Telford and Wrekin Safeguarding Partnership  |  LCSPR Child M  |  Summary", footer="Published 28 November 2025",
        font="Serif", size=10, justify=True, page_label="{n}")
d.h1("Local Child Safeguarding Practice Review: Child M")
d.p("Summary report. Lead reviewer: Dr Priya Venkataraman-Holt, independent social work consultant.")
d.h2("1. Introduction")
d.p("1.1 This review concerns Child M, a baby girl who suffered serious head injuries in November 2023, when she was "
    "11 months old. Her father was later convicted of causing grievous bodily harm and was jailed for six years. "
    "M is now two and lives with her maternal grandmother under a special guardianship order.")
d.p("1.2 Telford and Wrekin Council notified the Child Safeguarding Practice Review Panel on 24 November 2023, two days "
    "after M was admitted to hospital. A rapid review met on 8 December 2023, within 15 working days, and recommended "
    "a local child safeguarding practice review, which the safeguarding partners commissioned on 2 January 2024.")
d.p("1.3 The review covers the period between 1 June 2022, when M's mother first booked with midwifery services, and "
    "30 November 2023. It took 19 months to complete, longer than the six months expected by Working Together, "
    "because of the criminal trial.")
d.h2("2. Timeline of key events")
d.table([["Date", "Age of M", "Event"],
         ["1 June 2022", "\u2013", "Mother books with midwifery at 8 weeks pregnant; discloses previous domestic abuse by a former partner"],
         ["9 December 2022", "\u2013", "M born at 35 weeks\u2019 gestation; spends 12 days in the neonatal unit"],
         ["3 February 2023", "8 weeks", "Health visitor notes a small bruise on M\u2019s ear; explanation accepted, no referral made"],
         ["14 April 2023", "4 months", "Police called to the home after a neighbour hears shouting; father leaves before officers arrive"],
         ["17 April 2023", "4 months", "Police referral to children\u2019s social care; assessment closed after 23 days with no further action"],
         ["22 November 2023", "11 months", "M admitted to hospital with a fractured skull and bleeding on the brain"]],
        widths=[82, 62, 300])
d.p("2.1 In the 18 months under review, M and her family had contact with eight agencies. Professionals recorded 63 "
    "contacts with the family, 41 of them with health services.")
d.h2("3. Findings")
d.p("3.1 The review identified four findings. The most important is that the bruise seen when M was eight weeks old "
    "was not treated as a possible sign of abuse, contrary to the partnership\u2019s bruising protocol for non-mobile "
    "babies. Had it been, a strategy discussion would have been held within one working day.")
d.p("3.2 The review concludes that \u201cthe father was known to police and to the health visitor, but never to both "
    "at the same time\u201d.")
d.h2("4. Recommendations")
d.p("4.1 The review makes seven recommendations, three of them for the partnership and four for individual agencies. "
    "An action plan with 22 actions has been agreed, to be completed within 12 months of publication.")
d.p("4.2 The chair of the safeguarding partners\u2019 executive, Graham Oduwole-Pryce, said: \u201cWe accept every "
    "recommendation. M\u2019s grandmother has asked us to make sure no other family goes through this, and that is what "
    "we will be judged on.\u201d")
d.small("Synthetic test document: all people, cases, figures and quotes are invented. Telford and Wrekin Safeguarding "
        "Partnership, Example Way, Telford TF3 4XX; 01632 960839.")
d.build()
print("built", d.path)
