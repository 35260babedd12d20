from styles_src import *
QS = [P("2024-07-01", "2024-09-30", "Jul–Sep 2024"), P("2024-10-01", "2024-12-31", "Oct–Dec 2024"),
      P("2025-01-01", "2025-03-31", "Jan–Mar 2025"), P("2025-04-01", "2025-06-30", "Apr–Jun 2025")]
ENDS = [P("2024-09-30", "2024-09-30", "Jul–Sep 2024 quarter end"), P("2024-12-31", "2024-12-31", "Oct–Dec 2024 quarter end"),
        P("2025-03-31", "2025-03-31", "Jan–Mar 2025 quarter end"), P("2025-06-30", "2025-06-30", "Apr–Jun 2025 quarter end")]
CS = ["Ramsay-Gunn", "Eilidh Ramsay-Gunn", "Ms Ramsay-Gunn", "Chief Social Work Officer", "the Chief Social Work Officer"]
rows = [
    ("child protection concerns", "Child protection concerns 498 521 544 577 612", "social_care_referrals", "count", (498, 521, 544, 577), QS),
    ("IRDs held", "IRDs held 151 166 159 172 184", "section_47_enquiries", "count", (151, 166, 159, 172), QS),
    ("child protection planning meetings", "58 61 49 66 70", "other", "count", (58, 61, 49, 66), QS),
    ("registrations", "Registrations 41 44 37 52 55", "child_protection_plans", "count", (41, 44, 37, 52), QS),
    ("de-registrations", "De-registrations 39 36 45 40 43", "child_protection_plans", "count", (39, 36, 45, 40), QS),
    ("children on the register at quarter end", "118 126 118 130 142", "child_protection_plans", "count", (118, 126, 118, 130), ENDS),
    ("register rate per 1,000 aged 0-15", "Rate per 1,000 aged 0-15 3.3 3.5 3.3 3.6 3.9", "child_protection_plans", "rate_per_1000", (3.3, 3.5, 3.3, 3.6), ENDS),
]
table = []
for subj, anchor, metric, unit, vals, pers in rows:
    for v, per in zip(vals, pers):
        table.append(F(v, unit, metric, "%s, %s" % (subj, per["text"].replace(" quarter end", "")), anchor, period=per))
write(
    "t18_aberdeen_city_cp_quarterly.pdf", "council_report",
    "Child Protection Quarterly Report: July to September 2025",
    "Aberdeen City", "Aberdeen City Child Protection Committee", P("2025-07-01", "2025-09-30", "the quarter 1 July to 30 September 2025"),
    [
        F(612, "count", "social_care_referrals", "child protection concerns in the quarter", "Child protection concerns rose to 612 in the quarter"),
        F(184, "count", "section_47_enquiries", "inter-agency referral discussions (IRDs) held", "184 inter-agency referral discussions (IRDs) were held"),
        F(71, "count", "other", "IRDs that led to a joint investigative interview", "of which 71 led to a joint investigative interview"),
    ] + table + [
        F(70, "count", "other", "child protection planning meetings in the quarter", "58 61 49 66 70"),
        F(55, "count", "child_protection_plans", "registrations in the quarter", "Of the 55 children registered in the quarter"),
        F(43, "count", "child_protection_plans", "de-registrations in the quarter", "De-registrations 39 36 45 40 43"),
        F(142, "count", "child_protection_plans", "children on the child protection register at 30 September 2025", "There were 142 children on the child protection register at 30 September 2025"),
        F(3.9, "rate_per_1000", "child_protection_plans", "register rate per 1,000 children aged 0-15", "a rate of 3.9 per 1,000 children aged 0-15"),
        F(2.2, "rate_per_1000", "child_protection_plans", "register rate, Scotland", "the most recent Scottish rate of 2.2"),
        F(23, "count", "other", "children registered in the quarter who were under five", "23 were under five"),
        F(9, "count", "other", "children registered in the quarter who were unborn babies", "9 were unborn babies"),
        F(61, "percent", "child_protection_plans", "children on the register with domestic abuse as a concern", "Domestic abuse was recorded as a concern for 61% of children on the register"),
        F(48, "percent", "child_protection_plans", "children on the register with parental mental health as a concern", "parental mental health for 48%"),
        F(44, "percent", "child_protection_plans", "children on the register with parental substance use as a concern", "parental substance use for 44%"),
        F(11, "count", "child_protection_plans", "re-registrations in the quarter", "Eleven of the 55 registrations (20%) were re-registrations"),
        F(20, "percent", "child_protection_plans", "re-registrations as a share of registrations", "Eleven of the 55 registrations (20%) were re-registrations", optional=True),
        F(15, "percent", "child_protection_plans", "local tolerance for re-registrations", "a local tolerance of no more than 15%", qualifier="no more than"),
        F(1, "count", "lcsprs_commissioned", "learning review notified to the Care Inspectorate", "notified the Care Inspectorate of one learning review in the quarter"),
        F(2, "count", "lcsprs_ongoing", "learning reviews in progress", "Two learning reviews remain in progress"),
    ],
    ["2 December 2025", "CFS/25/187", "TERMS OF REFERENCE 1.3", "Quarter 2 of 2025/26", "the four preceding quarters", "aged 0-15", "under five", "more than one",
     "the highest quarterly figure since the current dataset began", "Table 1", "0131 496 0935", "1.1", "3.4"],
    [
        Q("The increase is concentrated in a small number of neighbourhoods where we have seen a sharp rise in families presenting as homeless. We are working with housing colleagues so that a child protection plan is not the only door to help.",
          "Eilidh Ramsay-Gunn", CS, "said", role="Chief Social Work Officer, Aberdeen City Council"),
    ],
    [{"name": "Eilidh Ramsay-Gunn", "role": "Chief Social Work Officer, Aberdeen City Council"}],
    ["ABERDEEN CITY COUNCIL", "Education and Children's Services Committee – 2 December 2025", "Report author: Performance Team, 0131 496 0935,"],
    "Scottish committee report (ModernGov-style cover table, report number, terms of reference) for one quarter (period = Jul-Sep 2025, Quarter 2 of 2025/26). Table 1 has five quarter columns with wrapped headers ('Jul–Sep' / '2024'): each cell of the four earlier quarters carries its quarter (counts) or quarter-end (register and rate) as its period; "
    "the last column repeats the prose where the prose gives it (612, 184, 55, 142, 3.9) and otherwise is anchored in the table (70 CPPMs, 43 de-registrations). The same value recurs for different facts (118 and 3.3 in two quarters). "
    "Scottish vocabulary per corpus/styles: concerns = social_care_referrals, IRDs = section_47_enquiries (joint investigative interviews = other), CPPMs = other, register/registrations/de-registrations/re-registrations = child_protection_plans, rate per 1,000 aged 0-15, learning reviews = lcsprs_* ('notified the Care Inspectorate of one learning review' = commissioned). "
    "Shares of children on the register by concern keep child_protection_plans; the re-registration tolerance keeps the metric (qualifier 'no more than'). The quote's speaker is resolved from the role ('The Chief Social Work Officer said:') to the cover table's name."
)
