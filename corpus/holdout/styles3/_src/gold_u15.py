from styles3_src import *
FA = ["Achterberg-Moore", "Dr Achterberg-Moore", "Fenella Achterberg-Moore", "Dr Fenella Achterberg-Moore", "the reviewer", "The reviewer", "Independent Reviewer", "the review"]
OH = ["Havergal-Pierce", "Mr Havergal-Pierce", "Olusegun Havergal-Pierce", "Mr Olusegun Havergal-Pierce", "Independent Scrutineer"]
write(
    "u15_st_helens_child_w_lcspr_summary.pdf", "case_review",
    "Local Child Safeguarding Practice Review: Child W - Executive Summary",
    "St Helens", "St Helens Safeguarding Children Partnership", P("2022-09-01", "2024-03-31", "between 1 September 2022 and 31 March 2024"),
    [
        F(16, "years", "other", "age of Child W when admitted to hospital", "Child W was 16 when she was admitted to hospital"),
        F(5, "days", "other", "deadline for notifying the Panel (working days)", "within five working days"),
        F(19, "months", "other", "length of the review's scope period", "a period of 19 months"),
        F(11, "count", "other", "agencies that provided chronologies", "Eleven agencies provided chronologies"),
        F(8, "count", "other", "practitioners at the learning event", "eight practitioners took part in a learning event"),
        F(2, "count", "other", "meetings between the mother and the reviewer", "her mother met the reviewer twice", optional=True),
        F(14, "years", "other", "age of Child W in September 2022", "Child W, then 14"),
        F(5, "days", "other", "length of the first school exclusion", "excluded from school for five days"),
        F(4, "count", "other", "fixed-term exclusions in the school year", "the first of four fixed-term exclusions"),
        F(14, "months", "other", "span over which Child W was reported missing", "Over the next 14 months"),
        F(37, "count", "other", "times Child W was reported missing", "she is reported missing 37 times"),
        F(12, "count", "other", "missing episodes overnight", "on 12 occasions overnight"),
        F(7, "months", "other", "length of the child protection plan", "which lasts seven months"),
        F(4, "count", "recommendations", "findings of the review", "The review identified four findings"),
        F(50, "percent", "other", "missing episodes with a completed return home interview", "completed for fewer than half of those episodes", qualifier="fewer than"),
        F(6, "count", "recommendations", "recommendations of the review", "The review makes six recommendations to the partnership"),
        F(6, "count", "recommendations", "recommendations accepted by the partnership", "The partnership has accepted all six", optional=True),
    ],
    ["1 September 2022", "31 March 2024", "September 2022:", "January 2023:", "June 2023:", "February 2024:", "for the first time", "section 47 enquiry", "April 2026", "Published 21 October 2025", "WA10 1XX", "01632 960283", "Page 1", "1. Why this review", "thirty-seven small problems"],
    [
        Q("At no point did anyone add up what was happening to her. Thirty-seven missing episodes is not thirty-seven small problems. It is one very large one.",
          "Fenella Achterberg-Moore", FA, "writes", role="Independent Reviewer"),
        Q("uncomfortable, and necessary", "Olusegun Havergal-Pierce", OH, "said", role="Independent Scrutineer, St Helens Safeguarding Children Partnership"),
    ],
    [
        {"name": "Fenella Achterberg-Moore", "role": "Independent Reviewer"},
        {"name": "Olusegun Havergal-Pierce", "role": "Independent Scrutineer, St Helens Safeguarding Children Partnership"},
    ],
    ["St Helens Safeguarding Children Partnership – LCSPR Child W – Executive Summary", "Published 21 October 2025",
     "St Helens Safeguarding Children Partnership, Example Road, St Helens WA10 1XX; 01632 960283."],
    "LCSPR executive summary (case_review): period = the review's scope, 'between 1 September 2022 and 31 March 2024' (a second statement: 'a period of 19 months', which is itself a figure). A key-episode list whose month-year labels are dates (traps) and whose case facts are figures (other): ages ('was 16', 'then 14'), a five-day exclusion, 'four fixed-term exclusions', 'Over the next 14 months ... 37 times, on 12 occasions overnight', a plan that 'lasts seven months'. "
    "'within five working days' is the notification deadline (other). The one notification and one rapid review are stated without a number (not figures). 'identified four findings' and 'makes six recommendations' = recommendations; 'accepted all six' is optional. 'fewer than half of those episodes' = 50 (qualifier). 'Thirty-seven missing episodes' inside the reviewer's quote repeats the 37 (same fact); 'thirty-seven small problems' is rhetorical. "
    "Quotes: 'The reviewer writes:' resolves to the independent reviewer named on the title block; the scrutineer's fragment with 'said the review was'."
)
