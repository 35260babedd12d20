from gold import *
M24 = P("2024-03-31", "2024-03-31", "a year earlier")
BM = ["McAlinden", "Bernadette McAlinden", "Ms McAlinden", "the SBNI Chair", "SBNI Chair", "Chair of the SBNI"]
YP = ["A member of the SBNI’s Youth Panel", "member of the SBNI's Youth Panel", "Youth Panel", "young person", "a young person"]
trusts = [("Belfast", 611, 41.9, 596, 572), ("Northern", 402, 39.4, 455, 448), ("South Eastern", 318, 41.2, 342, 361),
          ("Southern", 407, 46.0, 430, 401), ("Western", 498, 71.2, 431, 402), ("Northern Ireland", 2236, 50.3, 2254, 2184)]
table = []
for name, reg, rate, regs, dereg in trusts:
    anchor = "%s %s %s %s %s" % (name, "{:,}".format(reg), rate, "{:,}".format(regs), "{:,}".format(dereg))
    if name == "Northern Ireland":
        table += [F(regs, "count", "child_protection_plans", "registrations 2024/25, Northern Ireland", anchor),
                  F(dereg, "count", "child_protection_plans", "de-registrations 2024/25, Northern Ireland", anchor)]
        continue
    if name not in ("Belfast", "Western"):  # Belfast and Western rates are stated in the prose (same facts)
        table.append(F(rate, "rate_per_10000", "child_protection_plans", "register rate, %s Trust" % name, anchor))
    table += [F(reg, "count", "child_protection_plans", "children on the register at 31 March 2025, %s Trust" % name, anchor),
              F(regs, "count", "child_protection_plans", "registrations 2024/25, %s Trust" % name, anchor),
              F(dereg, "count", "child_protection_plans", "de-registrations 2024/25, %s Trust" % name, anchor)]
write(
    "s22_sbni_annual_report_2024_25.pdf", "council_report",
    "Safeguarding Board for Northern Ireland - Annual Report 2024/25 (extract)",
    None, "Safeguarding Board for Northern Ireland", FY(2024),
    [
        F(5, "count", "other", "Health and Social Care Trusts in Northern Ireland", "across the five Health and Social Care (HSC) Trusts", optional=True),
        F(6, "percent", "social_care_referrals", "increase in referrals to children's social services", "rose by 6% to 38,912"),
        F(38912, "count", "social_care_referrals", "referrals to children's social services", "rose by 6% to 38,912"),
        F(31, "percent", "social_care_referrals", "referrals from the PSNI", "Just under a third (31%)"),
        F(33.33, "percent", "social_care_referrals", "referrals from the PSNI (hedged)", "Just under a third", qualifier="just under", optional=True),
        F(14, "percent", "social_care_referrals", "referrals from schools", "14% from schools"),
        F(2236, "count", "child_protection_plans", "children on child protection registers at 31 March 2025", "2,236 children were on child protection registers"),
        F(2178, "count", "child_protection_plans", "children on registers a year earlier", "compared with 2,178 a year earlier", period=M24),
        F(50.3, "rate_per_10000", "child_protection_plans", "register rate per 10,000, Northern Ireland", "The rate per 10,000 children under 18 was 50.3"),
        F(41.9, "rate_per_10000", "child_protection_plans", "register rate, Belfast Trust", "ranging from 41.9 in the Belfast Trust"),
        F(71.2, "rate_per_10000", "child_protection_plans", "register rate, Western Trust", "to 71.2 in the Western"),
    ] + table + [
        F(1081, "count", "child_protection_plans", "children on the register with neglect recorded", "Neglect was recorded for 1,081 of the children on the register"),
        F(48, "percent", "child_protection_plans", "children on the register with neglect recorded (share)", "(48%)", optional=True),
        F(402, "count", "child_protection_plans", "children on the register with physical abuse recorded", "physical abuse for 402 (18%)"),
        F(18, "percent", "child_protection_plans", "children on the register with physical abuse recorded (share)", "physical abuse for 402 (18%)", optional=True),
        F(3798, "count", "looked_after_children", "children looked after at 31 March 2025", "3,798 children were looked after at 31 March 2025"),
        F(4, "percent", "looked_after_children", "increase in children looked after on the previous year", "an increase of 4% on the previous"),
        F(79, "percent", "looked_after_children", "looked after children in foster care, including kinship care", "79% of them were in foster care"),
        F(14, "count", "review_referrals", "notifications considered by the Case Management Review Panel", "considered 14 notifications during the year"),
        F(3, "count", "lcsprs_commissioned", "case management reviews recommended and agreed", "be undertaken in three cases"),
        F(2, "count", "lcsprs_published", "CMRs completed and published", "Two CMRs were completed and published"),
        F(7, "count", "lcsprs_ongoing", "CMRs in progress at 31 March 2025", "seven were in progress at 31 March 2025"),
        F(4, "count", "other", "CMRs running for more than two years", "four of which had been running for more than two years"),
        F(23, "count", "recommendations", "recommendations of the two published CMRs", "made 23 recommendations between them"),
        F(12, "count", "recommendations", "recommendations implemented", "Twelve have been implemented"),
        F(12, "months", "other", "new timetable for completing a CMR", "completed within 12"),
        F(86, "count", "other", "training sessions delivered", "delivered 86 training sessions"),
        F(2417, "count", "other", "training participants", "to 2,417 participants"),
        F(1460000, "gbp", "other", "SBNI budget for 2024/25", "budget for 2024/25 was £1.46 million"),
        F(97, "percent", "other", "share of the budget from the Department of Health", "97% of which came from the Department of Health"),
    ],
    ["4.1", "4.5", "5.1", "6.1", "1 April 2024 to 31 March 2025", "under 18", "Table 4.1", "more than two years", "BT1 1AA", "028 9649", "Page 18",
     "more than one category"],
    [
        Q("Four reviews running for more than two years is not acceptable, for the families or for the professionals who want to learn from them. We have agreed with the Department of Health a new timetable under which every CMR will be completed within 12 months.",
          "Bernadette McAlinden", BM, "said", role="Chair, Safeguarding Board for Northern Ireland"),
        Q("We want to know what changed because of these reviews, not just what went wrong.", "a member of the SBNI's Youth Panel", YP, "added"),
    ],
    [{"name": "Bernadette McAlinden", "role": "Chair, Safeguarding Board for Northern Ireland"}],
    ["SBNI Annual Report 2024/25", "Safeguarding Board for Northern Ireland Page 18"],
    "Northern Ireland regional board annual report extract (one page): area null, the five HSC Trusts listed. Period 1 April 2024 - 31 March 2025. "
    "Table 4.1 by Trust (register count, rate, registrations, de-registrations): all child_protection_plans; the Belfast and Western rates and the NI count and rate repeat the prose. The value 402 is three different facts (Northern Trust register, Western Trust de-registrations, children with physical abuse recorded). "
    "'Just under a third (31%)': 31 required, the hedge optional; '1,081 ... (48%)' and '402 (18%)': counts required, percentages optional. Case management reviews: 14 notifications considered (review_referrals), three agreed (commissioned; 'agreed all three' repeats), two published, seven in progress, four running for more than two years (other; repeated inside the quote). "
    "'within 12 months' is a new completion timetable inside the quote (required). Traps: paragraph numbers, 'under 18', 'more than two years', 'more than one category', postcode and phone."
    , areas=["Belfast Health and Social Care Trust", "Northern Health and Social Care Trust", "South Eastern Health and Social Care Trust",
             "Southern Health and Social Care Trust", "Western Health and Social Care Trust"]
)
