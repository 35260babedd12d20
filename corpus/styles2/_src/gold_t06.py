from styles_src import *
MAR = P("2025-03-31", "2025-03-31", "Mar 2025")
YP = ["young people on the Children in Care Council", "Children in Care Council", "the Children in Care Council", "young people"]
KY = ["Kayleigh", "One member", "a member of the Children in Care Council"]
ROW_RATE = "Rate per 10,000 children aged 0-17 75.3 77.4 70 81"
ROW_3P = "3+ placements in 12 months (%) 9.8 9.1 10 11"
ROW_LT = "Long-term placement stability (%) 69 71 71 68"
ROW_20 = "Placed 20+ miles from home (%) 15 14 16"
ROW_HA = "Health assessments on time (%) 88 91"
write(
    "t06_cumberland_corporate_parenting_board.pdf", "council_report",
    "Children in Care and Care Leavers: Performance Report",
    "Cumberland", None, P("2025-04-01", "2025-09-30", "the six months from 1 April to 30 September 2025"),
    [
        F(512, "count", "looked_after_children", "children in care at 30 September 2025", "512 children were in the care of Cumberland Council"),
        F(77.4, "rate_per_10000", "looked_after_children", "children in care rate", "a rate of 77.4 per 10,000 children"),
        F(70, "rate_per_10000", "looked_after_children", "children in care rate, England", "(England 70; SN 81)"),
        F(81, "rate_per_10000", "looked_after_children", "children in care rate, statistical neighbours", "(England 70; SN 81)"),
        F(498, "count", "looked_after_children", "children in care at 31 March 2025", "This compares with 498 at 31 March 2025", period=MAR),
        F(75.3, "rate_per_10000", "looked_after_children", "children in care rate, March 2025", ROW_RATE, period=MAR),
        F(96, "count", "looked_after_children", "children who came into care during the six months", "96 children came into care"),
        F(82, "count", "looked_after_children", "children who left care during the six months", "82 left care"),
        F(19, "count", "other", "children leaving care who returned home", "19 returned home to their families"),
        F(14, "count", "other", "children leaving care who were adopted", "14 were adopted"),
        F(23, "count", "other", "young people who moved on from care at 18", "23 moved on from care at 18"),
        F(18, "years", "other", "age at which young people moved on from care", "moved on from care at 18", optional=True),
        F(9.1, "percent", "looked_after_children", "children in care with three or more placements in the last 12 months", "9.1% of children had three or more placements"),
        F(10, "percent", "looked_after_children", "three or more placements, England", "(England 10; SN 11)"),
        F(11, "percent", "looked_after_children", "three or more placements, statistical neighbours", "(England 10; SN 11)"),
        F(9.8, "percent", "looked_after_children", "three or more placements, March 2025", ROW_3P, period=MAR),
        F(71, "percent", "looked_after_children", "long-term placement stability", "71% of children aged under 16"),
        F(71, "percent", "looked_after_children", "long-term placement stability, England", "(England 71; SN 68)"),
        F(68, "percent", "looked_after_children", "long-term placement stability, statistical neighbours", "(England 71; SN 68)"),
        F(69, "percent", "looked_after_children", "long-term placement stability, March 2025", ROW_LT, period=MAR),
        F(14, "percent", "looked_after_children", "children in care placed more than 20 miles from home", "fell to 14% (England"),
        F(16, "percent", "looked_after_children", "placed more than 20 miles from home, England", "(England 16%)"),
        F(15, "percent", "looked_after_children", "placed more than 20 miles from home, March 2025", ROW_20, period=MAR),
        F(41, "count", "other", "children in care living outside Cumberland", "Forty-one children live outside Cumberland"),
        F(12, "count", "other", "children living outside Cumberland in residential care", "of whom 12 are in residential care"),
        F(91, "percent", "other", "children in care with health assessments on time", "Health assessments were completed on time for 91% of children"),
        F(88, "percent", "other", "health assessments on time, March 2025", ROW_HA, period=MAR),
        F(84, "percent", "other", "children in care with an up-to-date dental check", "84% of children had an up-to-date dental check"),
        F(76, "percent", "other", "up-to-date dental checks, England", "(England 76; SN 79)"),
        F(79, "percent", "other", "up-to-date dental checks, statistical neighbours", "(England 76; SN 79)"),
        F(301, "count", "other", "care leavers aged 17 to 21 the council was in touch with", "in touch with 301 care leavers aged 17 to 21"),
        F(268, "count", "other", "care leavers in suitable accommodation", "268 (89%) were in suitable accommodation"),
        F(89, "percent", "other", "care leavers in suitable accommodation (share)", "268 (89%) were in suitable accommodation", optional=True),
        F(88, "percent", "other", "care leavers in suitable accommodation, England", "(England 88; SN 90)"),
        F(90, "percent", "other", "care leavers in suitable accommodation, statistical neighbours", "(England 88; SN 90)"),
        F(157, "count", "other", "care leavers in education, employment or training", "157 (52%) were in education, employment or training"),
        F(52, "percent", "other", "care leavers in education, employment or training (share)", "157 (52%) were in education, employment or training", optional=True),
        F(56, "percent", "other", "care leavers in education, employment or training, England", "(England 56; SN 54)"),
        F(54, "percent", "other", "care leavers in education, employment or training, statistical neighbours", "(England 56; SN 54)"),
        F(19, "count", "other", "care leavers aged 18 to 25 at university", "Nineteen care leavers aged 18 to 25 are at university"),
        F(4, "count", "other", "increase in care leavers at university on last year", "four more than last year"),
        F(3000, "gbp", "other", "Setting Up Home allowance", "allowance of £3,000"),
    ],
    ["4 December 2025", "Agenda item: 7", "the six months from 1 April to 30 September 2025", "the first half of 2025/26", "2025/26", "aged 0-17", "aged under 16", "at least two and a half years", "at least two years", "in the last 12 months",
     "more than 20 miles", "aged 17 to 21", "aged 18 to 25", "section 2.5", "Page 1 of 2", "0191 498 0622", "1.1", "2.3", "Table 1"],
    [
        Q("a real difference", "young people on the Children in Care Council", YP, "told"),
        Q("I could buy a bed and a washing machine without getting into debt. That's what a parent would do.", "Kayleigh", KY, "said", role="member of the Children in Care Council"),
    ],
    [{"name": "Rhiannon Askew", "role": "Assistant Director, Children in Care and Care Leavers, Cumberland Council"}],
    ["Cumberland Council | Corporate Parenting Board | 4 December 2025", "OFFICIAL", "Page 1 of 2", "Page 2 of 2",
     "Contact: Rhiannon Askew, 0191 498 0622, rhiannon.askew@cumberland.example."],
    "Corporate parenting board performance report for a half-year (period 1 April to 30 September 2025). Comparators in text brackets '(England 70; SN 81)', '(England 71; SN 68)', '(England 16%)': each is a figure with the metric of the value it follows. "
    "Table 1 repeats the Sep 2025 values (extra mentions) and adds Mar 2025 values (own period, snapshot at 31 March 2025); its England/SN columns repeat the bracketed comparators; '–' cells are not zeros. "
    "Shares of children in care by placement (stability, distance from home) keep looked_after_children, while timeliness and health-check indicators (health assessments on time, dental checks) are other, as in corpus/styles; counts of subsets defined by a feature ('19 returned home', '14 were adopted', 'Forty-one children live outside Cumberland') are other. "
    "Care leavers are other; '268 (89%)' count required, bracketed percentage optional. 'long-term placement stability' 71 and its England comparator 71 are two facts. "
    "Traps: definition windows ('in the last 12 months', 'at least two and a half years', 'at least two years'), age bands, agenda item and section numbers, page label, phone. A fragment from the Children in Care Council (group speaker) and a named young person."
)
