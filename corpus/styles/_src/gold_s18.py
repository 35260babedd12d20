from gold import *
FY15 = FY(2015)
M17 = P("2017-03-31", "2017-03-31", "31 March 2017")
IR = ["Rushworth", "Ian Rushworth", "Mr Rushworth", "Independent Chair", "the Independent Chair"]
YA = ["A member of the Board's Young Advisors group", "Young Advisors", "young person", "a young person", "member of the Board's Young Advisors group"]
SD = ["Devgan", "Sunita Devgan", "Ms Devgan", "Business Manager", "the Board's Business Manager"]
write(
    "s18_sandwell_lscb_annual_report_2016_17.txt", "council_report",
    "Sandwell Safeguarding Children Board Annual Report 2016-17",
    "Sandwell", "Sandwell Safeguarding Children Board", FY(2016),
    [
        F(18, "months", "other", "time since the inadequate Ofsted inspection", "eighteen months on", optional=True),
        F(3, "years", "other", "time the chair has chaired the Board", "I have chaired this Board for three years", optional=True),
        F(452, "count", "child_protection_plans", "children subject of a child protection plan at 31 March 2017", "452 children in Sandwell were the subject of a child protection plan"),
        F(57.6, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 57.6 per 10,000 children under 18"),
        F(43.3, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "The rate for England was 43.3"),
        F(55.9, "rate_per_10000", "child_protection_plans", "child protection plan rate, statistical neighbours", "for our statistical neighbours 55.9"),
        F(498, "count", "child_protection_plans", "children subject of a plan a year earlier", "A year earlier the figure was 498", period=P("2016-03-31", "2016-03-31", "a year earlier")),
        F(1734, "count", "section_47_enquiries", "Section 47 enquiries undertaken", "1,734 Section 47 enquiries were undertaken"),
        F(611, "count", "other", "initial child protection conferences held", "611 initial child protection conferences were held"),
        F(79, "percent", "other", "initial conferences within 15 working days of the strategy discussion", "79% of them within 15 working days"),
        F(15, "days", "other", "timescale for initial child protection conferences", "within 15 working days of the strategy discussion"),
        F(842, "count", "looked_after_children", "children looked after at 31 March 2017", "842 children were looked after by the local authority"),
        F(103, "rate_per_10000", "looked_after_children", "looked after rate", "(a rate of 103 per 10,000)"),
        F(87, "count", "police_protection", "uses of police protection powers", "used police protection powers on 87 occasions in 2016-17"),
        F(102, "count", "police_protection", "uses of police protection powers in 2015-16", "(2015-16: 102)", period=FY15),
        F(14, "count", "court_orders", "Emergency Protection Orders granted after police protection", "In 14 cases an Emergency Protection Order was then granted"),
        F(131, "count", "court_orders", "children in respect of whom care proceedings were issued", "issued care proceedings in respect of 131 children"),
        F(11, "count", "serious_case_reviews", "serious case reviews carried out since 2006", "The Board has carried out 11 serious case reviews since it was established in 2006",
          period=P("2006-01-01", "2017-03-31", "since it was established in 2006")),
        F(6, "count", "review_referrals", "cases considered by the Serious Case Review Sub-group", "considered six cases against the criteria"),
        F(2, "count", "lcsprs_commissioned", "serious case reviews commissioned (Child F and Child G)", "Two met the criteria and serious case reviews were commissioned"),
        F(1, "count", "other", "case considered through a multi-agency learning review", "A third is being considered through a multi-agency learning review", optional=True),
        F(2, "count", "lcsprs_published", "serious case reviews published (Family J and Child K)", "Two serious case reviews commissioned in 2015-16, Family J and Child K, were published in the year"),
        F(3, "count", "lcsprs_ongoing", "serious case reviews ongoing at 31 March 2017", "Three serious case reviews remain ongoing at 31 March 2017"),
        F(14, "count", "recommendations", "recommendations of the Family J review", "The Family J review made 14 recommendations"),
        F(10, "count", "recommendations", "Family J recommendations complete by the end of March", "10 of which were complete by the end of March"),
        F(167, "count", "other", "children identified as at risk of child sexual exploitation", "167 children were identified as at risk of child sexual exploitation"),
        F(39, "count", "other", "children assessed as at high risk of CSE", "39 were assessed as high risk"),
        F(12, "count", "other", "meetings of the multi-agency CSE panel", "The multi-agency CSE panel met 12 times"),
        F(312, "count", "other", "contacts received by the LADO", "received 312 contacts"),
        F(118, "count", "other", "LADO contacts meeting the threshold for an allegations management meeting", "118 of which met the threshold"),
        F(19, "count", "other", "private fostering arrangements notified", "19 private fostering arrangements were notified"),
        F(11, "count", "other", "private fostering arrangements notified in 2015-16", "compared with 11 in 2015-16", period=FY15),
        F(24, "count", "other", "agencies completing the Section 11 self-assessment", "24 of the 27 agencies"),
        F(27, "count", "other", "agencies asked to complete the Section 11 self-assessment", "24 of the 27 agencies asked"),
        F(412000, "gbp", "other", "Board budget for 2016-17", "budget for 2016-17 was £412,000"),
        F(256000, "gbp", "other", "Sandwell Council contribution to the Board budget", "contributed £256,000"),
        F(16, "years", "other", "age of the Young Advisor quoted", "aged 16", optional=True),
    ],
    ["Section 5", "5.1", "5.2", "5.4", "5.10", "November 2015", "under 18", "in 2006", "Regulation 5", "Regulations 2006", "Child F", "Child G",
     "Section 11", "four o'clock", "Page 14 of 31", "B69 3DE", "0121 496 0351", "A third is being considered"],
    [
        Q("I have chaired this Board for three years and I have never been more confident that partners are prepared to challenge each other. That is what a Board is for.",
          "Ian Rushworth", IR, None, role="Independent Chair, Sandwell Safeguarding Children Board"),
        Q("Don't just invite us to meetings at four o'clock when we're in school. Come to us.", "a Young Advisor", YA, "said"),
        Q("part of how the Board works, not an add-on", "Sunita Devgan", SD, "said", role="Business Manager, Sandwell Safeguarding Children Board"),
    ],
    [
        {"name": "Ian Rushworth", "role": "Independent Chair, Sandwell Safeguarding Children Board"},
        {"name": "Sunita Devgan", "role": "Business Manager, Sandwell Safeguarding Children Board"},
    ],
    ["Page 14 of 31", "Sandwell Safeguarding Children Board, Sandwell Council House, Freeth Street, Oldbury B69 3DE. Telephone 0121 496 0351"],
    "Legacy LSCB annual report (2016-17) as plain text, for the older vocabulary: serious case reviews (SCR sub-group, 'Regulation 5', commissioned / published / ongoing -> lcsprs_*; '11 serious case reviews since it was established in 2006' -> serious_case_reviews with a cumulative period), police protection powers '87 occasions (2015-16: 102)', Emergency Protection Orders and care proceedings (court_orders), LADO, CSE, private fostering and Section 11 (other). "
    "The chair's foreword is first-person prose (not a quote) followed by his name line and then a quoted paragraph (cue null; speaker from the name line above: 'Ian Rushworth, Independent Chair of the Sandwell Safeguarding Children Board' - the partnership name is glued to a person's name and title). "
    "'A year earlier the figure was 498' (ellipsis: metric from the previous sentences, own period). 'A third is being considered through a multi-agency learning review' is the ordinal 'third' = one more case (optional). '24 of the 27 agencies' are two figures. Traps: section numbers 5.1-5.10, 'Regulation 5 ... Regulations 2006', 'Section 11', 'under 18', 'four o'clock', 'Page 14 of 31'."
)
