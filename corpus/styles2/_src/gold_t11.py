from styles_src import *
RV = ["the review", "review", "the LCSPR", "Child M review"]
GO = ["Oduwole-Pryce", "Mr Oduwole-Pryce", "Graham Oduwole-Pryce", "chair of the safeguarding partners' executive"]
write(
    "t11_telford_wrekin_child_m_review_summary.pdf", "case_review",
    "Local Child Safeguarding Practice Review: Child M - Summary Report",
    "Telford and Wrekin", "Telford and Wrekin Safeguarding Partnership", P("2022-06-01", "2023-11-30", "between 1 June 2022 ... and 30 November 2023"),
    [
        F(11, "months", "other", "M's age when she suffered the head injuries", "when she was 11 months old"),
        F(6, "years", "other", "father's prison sentence", "jailed for six years"),
        F(2, "years", "other", "M's age now", "M is now two"),
        F(2, "days", "other", "time from admission to notification", "two days after M was admitted to hospital"),
        F(1, "count", "rapid_reviews", "rapid review held", "A rapid review met on 8 December 2023", optional=True),
        F(15, "days", "other", "rapid review timescale", "within 15 working days"),
        F(1, "count", "lcsprs_commissioned", "LCSPR commissioned", "which the safeguarding partners commissioned on 2 January 2024", optional=True),
        F(19, "months", "other", "time taken to complete the review", "It took 19 months to complete"),
        F(6, "months", "other", "time expected by Working Together", "longer than the six months expected by Working Together"),
        F(8, "weeks", "other", "mother's stage of pregnancy at booking", "Mother books with midwifery at 8 weeks pregnant"),
        F(35, "weeks", "other", "M's gestation at birth", "M born at 35 weeks' gestation"),
        F(12, "days", "other", "M's stay in the neonatal unit", "spends 12 days in the neonatal"),
        F(8, "weeks", "other", "M's age when the bruise was seen", "when M was eight weeks old"),
        F(4, "months", "other", "M's age in April 2023 (police call and referral)", "14 April 2023 4 months"),
        F(23, "days", "other", "time before the assessment was closed", "assessment closed after 23 days"),
        F(18, "months", "other", "length of the period under review", "In the 18 months under review", optional=True),
        F(8, "count", "other", "agencies in contact with the family", "had contact with eight agencies"),
        F(63, "count", "other", "contacts recorded with the family", "Professionals recorded 63 contacts"),
        F(41, "count", "other", "contacts with health services", "41 of them with health services"),
        F(4, "count", "recommendations", "findings identified by the review", "The review identified four findings"),
        F(1, "days", "other", "timescale for a strategy discussion under the bruising protocol", "within one working day"),
        F(7, "count", "recommendations", "recommendations made by the review", "The review makes seven recommendations"),
        F(3, "count", "recommendations", "recommendations for the partnership", "three of them for the partnership"),
        F(4, "count", "recommendations", "recommendations for individual agencies", "four for individual agencies"),
        F(22, "count", "recommendations", "actions in the action plan", "An action plan with 22 actions"),
        F(12, "months", "other", "deadline for completing the action plan", "within 12 months of publication"),
    ],
    ["Child M", "November 2023", "24 November 2023", "8 December 2023", "2 January 2024", "1 June 2022", "30 November 2023", "9 December 2022", "3 February 2023",
     "14 April 2023", "17 April 2023", "22 November 2023", "1.1", "2.1", "3.1", "4.1", "Working Together", "TF3 4XX", "01632 960839", "Published 28 November 2025"],
    [
        Q("the father was known to police and to the health visitor, but never to both at the same time", "the review", RV, "concludes"),
        Q("We accept every recommendation. M's grandmother has asked us to make sure no other family goes through this, and that is what we will be judged on.",
          "Graham Oduwole-Pryce", GO, "said", role="chair of the safeguarding partners' executive, Telford and Wrekin Safeguarding Partnership"),
    ],
    [
        {"name": "Priya Venkataraman-Holt", "role": "lead reviewer, independent social work consultant"},
        {"name": "Graham Oduwole-Pryce", "role": "chair of the safeguarding partners' executive"},
    ],
    ["Telford and Wrekin Safeguarding Partnership | LCSPR Child M | Summary", "Published 28 November 2025",
     "Telford and Wrekin Safeguarding Partnership, Example Way, Telford TF3 4XX; 01632 960839."],
    "LCSPR summary (case_review) with a timeline table (Date / Age of M / Event): period = the review's scope (1 June 2022 to 30 November 2023). Almost every number is a case fact or a date: dates are not figures; ages, gestation, stays, sentence and durations are figures with metric other "
    "('11 months old', 'jailed for six years', 'now two', '8 weeks pregnant', '35 weeks' gestation', '12 days', '23 days'). The value 8 weeks is two facts (stage of pregnancy at booking; M's age when the bruise was seen, repeated in the table's Age column); "
    "the two '4 months' table cells are one fact (M's age in April 2023); the '11 months' cell repeats 1.1. Findings and actions are recommendations; 4 is two facts (findings; recommendations for agencies). "
    "The review's own rapid review and commissioning carry no number (optional 1). '18 months under review' optional. Deadlines: 'within 15 working days', 'the six months expected', 'within one working day', 'within 12 months of publication'. A review fragment ('The review concludes that \"...\"') and the chair."
)
