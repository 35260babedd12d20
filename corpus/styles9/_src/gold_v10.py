from gold import F, FY, FY_PREV, P, write

QS = [P("2024-04-01", "2024-06-30", "Q1 2024-25"), P("2024-07-01", "2024-09-30", "Q2 2024-25"),
      P("2024-10-01", "2024-12-31", "Q3 2024-25"), P("2025-01-01", "2025-03-31", "Q4 2024-25")]
rows = [("Contacts", "social_care_referrals", [4480, 4210, 4690, 5040], "Contacts 4,480 4,210 4,690 5,040 18,420"),
        ("Referrals", "social_care_referrals", [1230, 1150, 1310, 1414], "Referrals 1,230 1,150 1,310 1,414 5,104"),
        ("Strategy discussions", "other", [402, 371, 428, 466], "Strategy discussions 402 371 428 466 1,667")]
figs = [
    F(18420, "count", "social_care_referrals", "contacts to the Front Door", "received 18,420 contacts in 2024-25"),
    F(5, "percent", "social_care_referrals", "rise in contacts on 2023-24", "5% more than in 2023-24"),
    F(17540, "count", "social_care_referrals", "contacts in 2023-24", "(17,540)", period=FY_PREV),
    F(5104, "count", "social_care_referrals", "contacts that progressed to a referral", "5,104 (28%) progressed to a referral"),
    F(28, "percent", "social_care_referrals", "share of contacts progressing to referral", "5,104 (28%)", optional=True),
    F(6210, "count", "other", "contacts passed to early help", "6,210 were passed to early help"),
    F(94, "percent", "other", "contacts decided within one working day", "on 94% of contacts"),
    F(95, "percent", "other", "target for contact decisions within one working day", "against a target of 95%"),
    F(19.6, "percent", "social_care_referrals", "re-referrals within 12 months", "Re-referrals within 12 months were 19.6%"),
    F(21.2, "percent", "social_care_referrals", "re-referrals, London", "London (21.2%)"),
    F(22.4, "percent", "social_care_referrals", "re-referrals, England", "England (22.4%)"),
    F(1667, "count", "other", "strategy discussions", "Of the 1,667 strategy discussions"),
    F(5710, "count", "social_care_referrals", "contacts from the police", "with 5,710 contacts"),
    F(33.33, "percent", "social_care_referrals", "almost a third of contacts from police (hedged)", "almost a third of the total", optional=True, qualifier="almost"),
    F(3320, "count", "social_care_referrals", "contacts from schools", "Schools made 3,320"),
    F(2580, "count", "social_care_referrals", "contacts from health", "health 2,580"),
    F(6940, "count", "other", "police domestic abuse notifications", "6,940 domestic abuse notifications"),
    F(1203, "count", "section_47_enquiries", "strategy discussions that led to a section 47 enquiry", "1,203 led to a section 47 enquiry"),
    F(64, "percent", "section_47_enquiries", "section 47 enquiries resulting in an ICPC", "the enquiries (64%)"),
    F(66.67, "percent", "section_47_enquiries", "nearly two-thirds of enquiries (hedged)", "Nearly two-thirds of", optional=True, qualifier="nearly"),
    F(298, "count", "child_protection_plans", "children subject to a child protection plan at 31 March 2025", "298 children were subject to a child protection plan"),
    F(38.9, "rate_per_10000", "child_protection_plans", "plan rate", "a rate of 38.9 per"),
    F(402, "count", "looked_after_children", "children in care at 31 March 2025", "402 were in care"),
    F(42, "count", "other", "MASH staff", "The MASH has 42 staff"),
    F(7, "count", "other", "agencies in the MASH", "from 7 agencies"),
    F(9, "count", "other", "vacancies at the start of the year", "Vacancies fell from 9 to 3", period=P("2024-04-01", "2024-04-01", "start of 2024-25")),
    F(3, "count", "other", "vacancies at the end of the year", "Vacancies fell from 9 to 3"),
]
for label, metric, vals, anchor in rows:
    for q, v in zip(QS, vals):
        figs.append(F(v, "count", metric, f"{label.lower()} {q['text']}", anchor, period=q))
write("v10_ealing_mash_annual_report.pdf", "council_report",
      "Ealing Children's Front Door and Multi-Agency Safeguarding Hub (MASH): Annual Report 2024-25", "Ealing", None, FY, figs,
      not_figures=["OFFICIAL", "Version 1.3", "2 June 2025", "within one working day", "within 12 months", "Page 1 of 2", "14-16 Uxbridge Road", "W5 2HL", "1.1"],
      people=[{"name": "Priyanka Dhaliwal-Reid", "role": "Head of Service, Front Door"}],
      notes="MASH / front door annual report (council_report, 2024-25). Contacts are social_care_referrals (metrics.json); contacts by source ('with 5,710 contacts', ellipsis 'Schools made 3,320 and health 2,580') keep it; 'almost a third of the total' (hedged, optional). Quarterly table: Q1-Q4 cells have quarter periods; the Year column repeats the prose (one figure). Strategy discussions, early help and police domestic abuse notifications are other. 'Of the 1,667 strategy discussions, 1,203 led to a section 47 enquiry' -> the subset takes section_47_enquiries (its defining property); 'Nearly two-thirds of the enquiries (64%)' keeps section_47_enquiries. 'Vacancies fell from 9 to 3'. '94% of contacts' decided within one working day and its target are timeliness (other). Comparators 'London (21.2%) and England (22.4%)'.")
