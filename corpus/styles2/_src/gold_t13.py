from styles_src import *
EG = ["Garroway", "Professor Garroway", "Elspeth Garroway", "Professor Elspeth Garroway"]
top = [("Hartlepool", 112.3, 233), ("Blackpool", 104.8, 282), ("Middlesbrough", 97.6, 378), ("Stoke-on-Trent", 88.1, 513), ("Torbay", 84.9, 202),
       ("Redcar and Cleveland", 81.0, 245), ("Sunderland", 78.4, 447), ("Kingston upon Hull", 74.2, 437), ("North East Lincolnshire", 71.9, 247), ("Knowsley", 70.3, 248)]
ranked = []
for i, (name, rate, n) in enumerate(top):
    anchor = ("%s – %.1f per 10,000 (%d children)" if i == 0 else "%s – %.1f (%d children)") % (name, rate, n)
    if i == 0:
        ranked.append(F(rate, "rate_per_10000", "child_protection_plans", "child protection plan rate, Hartlepool", "112.3 in Hartlepool, the highest rate in the North East"))
    else:
        ranked.append(F(rate, "rate_per_10000", "child_protection_plans", "child protection plan rate, %s" % name, anchor))
    ranked.append(F(n, "count", "child_protection_plans", "children on child protection plans, %s" % name, anchor))
write(
    "t13_cp_plan_rates_ranked_datajournalism.html", "news_article",
    "Mapped: the councils with the highest child protection rates in England",
    None, None, FY(2024),
    [
        F(50000, "count", "child_protection_plans", "children in England subject of a child protection plan", "More than 50,000 children in England", qualifier="more than"),
        F(41.5, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "a rate of 41.5 for every 10,000 children"),
        F(153, "count", "other", "councils with children's services", "Our analysis of the 153 councils with children's services"),
        F(16.8, "rate_per_10000", "child_protection_plans", "child protection plan rate, Wokingham", "from 16.8 per 10,000 in Wokingham"),
    ] + ranked + [
        F(5, "count", "other", "top-ten councils in the North East or Yorkshire and the Humber", "Five of the ten are in the North East"),
        F(7, "count", "other", "top-ten councils among the 20 most deprived", "seven are among the 20 most deprived"),
        F(18.2, "rate_per_10000", "child_protection_plans", "child protection plan rate, Richmond upon Thames", "Richmond upon Thames (18.2)"),
        F(19.5, "rate_per_10000", "child_protection_plans", "child protection plan rate, Windsor and Maidenhead", "Windsor and Maidenhead (19.5)"),
        F(68.9, "rate_per_10000", "child_protection_plans", "child protection plan rate, North East", "The North East as a whole had a rate of 68.9 per 10,000"),
        F(30.7, "rate_per_10000", "child_protection_plans", "child protection plan rate, South East", "compared with 30.7 in the South East"),
        F(35.4, "rate_per_10000", "child_protection_plans", "child protection plan rate, London", "London's rate was 35.4"),
        F(88, "count", "other", "councils where the rate rose", "Rates rose in 88 councils"),
        F(61, "count", "other", "councils where the rate fell", "fell in 61"),
        F(4, "count", "other", "councils where the rate was unchanged", "four were unchanged"),
        F(21.6, "rate_per_10000", "child_protection_plans", "rise in the child protection plan rate, Torbay", "the rate went up by 21.6 per 10,000"),
        F(63.3, "rate_per_10000", "child_protection_plans", "child protection plan rate, Torbay, 2024", "from 63.3 in 2024", period=P("2024-03-31", "2024-03-31", "2024")),
    ],
    ["20 November 2025", "31 March 2025", "almost seven times as likely", "The ten highest rates", "the 20 most deprived", "fewer than 10 children", "aged under 18",
     "48 KB", "020 7946 0318", "in 2024", "rates are per 10,000 children"],
    [
        Q("A child's chance of being on a plan depends far more on the poverty of the place they live in than on anything about the council.", "Elspeth Garroway", EG, "said",
          role="professor who studies child welfare inequalities"),
        Q("These are not league tables of good and bad practice,", "Elspeth Garroway", EG, "added"),
    ],
    [
        {"name": "Declan Featherstone-Amoah", "role": "data reporter"},
        {"name": "Elspeth Garroway", "role": "professor who studies child welfare inequalities"},
    ],
    ["Data Desk Data Maps Newsletter", "By Declan Featherstone-Amoah, data reporter · 20 November 2025", "Data Desk (example) · Tip-offs: 020 7946 0318"],
    "Data-journalism piece on a national release (area null, no partnership; period = the year to 31 March 2025). A ranked <ol> of the ten highest child protection plan rates: each item is a rate (per 10,000, written out only in the first item) and a count in brackets, both required, metric child_protection_plans with the council in the subject; "
    "Hartlepool's 112.3 is also 'the highest rate in the North East and in the country' in the prose (one fact). The range 'from 16.8 per 10,000 in Wokingham to 112.3 in Hartlepool' names a value for each end (two facts, required, as in corpus/styles s02). "
    "Regional comparators (North East, South East, London) and England keep the metric. Counts of councils (153, 'Five of the ten', 'seven', 88 / 61 / four) are other. Torbay's rise of 21.6 per 10,000 from 63.3 in 2024 (own period). "
    "Traps: 'almost seven times as likely' (a ratio: no unit in the spec), 'the 20 most deprived' (rank bound), methodology thresholds ('fewer than 10 children', 'aged under 18'), file size, phone, the <ol> item numbers (rendered, not in the text)."
)
