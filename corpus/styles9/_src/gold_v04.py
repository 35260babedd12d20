from gold import F, P, write

Q1 = P("2025-04-01", "2025-06-30", "Q1 2025/26")
R = "Child protection concerns received 318 342"
I = "Inter-agency referral discussions (IRDs) 171 188"
C = "Child protection planning meetings (CPPMs) 39 44"
RG = "Registrations 27 31"
DR = "De-registrations 24 22"
ON = "Children on the register at quarter end 86 95"
RT = "Rate per 1,000 children aged 0-15 3.8 4.2"
figs = [
    F(318, "count", "social_care_referrals", "child protection concerns Q1", R, period=Q1),
    F(342, "count", "social_care_referrals", "child protection concerns Q2", R),
    F(171, "count", "section_47_enquiries", "IRDs Q1", I, period=Q1),
    F(188, "count", "section_47_enquiries", "IRDs Q2", I),
    F(39, "count", "other", "CPPMs Q1", C, period=Q1),
    F(44, "count", "other", "CPPMs Q2", C),
    F(27, "count", "child_protection_plans", "registrations Q1", RG, period=Q1),
    F(31, "count", "child_protection_plans", "registrations Q2", RG),
    F(24, "count", "child_protection_plans", "de-registrations Q1", DR, period=Q1),
    F(22, "count", "child_protection_plans", "de-registrations Q2", DR),
    F(86, "count", "child_protection_plans", "children on the register at 30 June 2025", ON, period=P("2025-06-30", "2025-06-30", "30 June 2025")),
    F(95, "count", "child_protection_plans", "children on the register at 30 September 2025", ON),
    F(3.8, "rate_per_1000", "child_protection_plans", "register rate per 1,000 aged 0-15, Q1", RT, period=Q1),
    F(4.2, "rate_per_1000", "child_protection_plans", "register rate per 1,000 aged 0-15, Q2", RT),
    F(8, "percent", "social_care_referrals", "rise in concerns on the previous quarter", "Concerns rose by 8% on the previous quarter"),
    F(55, "percent", "section_47_enquiries", "IRDs following a police concern", "Just over half of the IRDs (55%)"),
    F(50, "percent", "section_47_enquiries", "just over half of IRDs (hedged)", "Just over half of the IRDs", optional=True, qualifier="just over"),
    F(21, "percent", "section_47_enquiries", "IRDs following a concern from education", "education raised 21%"),
    F(6, "count", "child_protection_plans", "re-registrations within 18 months", "6 were re-registrations within 18 months"),
    F(4, "count", "child_protection_plans", "registrations of unborn babies", "4 were of unborn babies"),
    F(61, "percent", "child_protection_plans", "registrations with domestic abuse as a concern", "61% of registrations"),
    F(45, "percent", "child_protection_plans", "registrations with parental substance use", "parental substance use in 45%"),
    F(33.33, "percent", "child_protection_plans", "registrations with neglect", "neglect in a third"),
    F(58, "count", "other", "families of children on the register", "belonged to 58 families"),
    F(2.3, "rate_per_1000", "child_protection_plans", "Scottish register rate at 31 July 2025", "The Scottish rate at 31 July 2025 was 2.3 per 1,000", period=P("2025-07-31", "2025-07-31", "31 July 2025")),
    F(3.1, "rate_per_1000", "child_protection_plans", "Tayside average register rate", "the Tayside average 3.1"),
    F(19, "count", "child_protection_plans", "de-registrations after risk reduced", "Nineteen of the 22 de-registrations"),
    F(3, "count", "child_protection_plans", "de-registrations because the child moved away", "the remaining three children moved away"),
    F(93, "percent", "other", "CPPMs held within 28 days", "41 (93%) were held within 28 calendar days", optional=True),
    F(41, "count", "other", "CPPMs held within 28 calendar days", "41 (93%) were held within 28 calendar days"),
    F(90, "percent", "other", "local target for CPPM timeliness", "a local target of 90%"),
    F(28, "days", "other", "CPPM timescale", "within 28 calendar days", optional=True),
    F(18, "months", "other", "re-registration window", "within 18 months of a previous de-registration", optional=True),
    F(2, "count", "review_referrals", "notifications for learning review", "received two notifications for learning review"),
    F(1, "count", "lcsprs_commissioned", "learning review commissioned", "One learning review was commissioned"),
    F(1, "count", "review_referrals", "notification that did not meet the criteria", "the other did not meet the criteria", optional=True),
    F(1, "count", "lcsprs_published", "learning review published", "One learning review was published in August 2025"),
    F(2, "count", "lcsprs_ongoing", "learning reviews in progress", "two remain in progress"),
    F(17, "count", "looked_after_children", "registered children also looked after", "17 of the children on the register at 30 September were also looked after"),
    F(12, "count", "looked_after_children", "registered children also looked after at 30 June", "compared with 12 at 30 June", period=P("2025-06-30", "2025-06-30", "30 June 2025")),
]
write("v04_angus_cpc_quarterly_mds.pdf", "council_report",
      "Child Protection Minimum Dataset: Quarter 2, 2025/26 (July to September 2025)",
      "Angus", "Angus Child Protection Committee", P("2025-07-01", "2025-09-30", "July to September 2025"), figs,
      not_figures=["Item 5", "CPC 31/25", "1 July to 30 September 2025", "section 4", "paragraph 5.2", "(1) note", "(2) agree", "aged 0-15", "01632 960418", "page 1 of 1"],
      people=[{"name": "Fiona MacAlister", "role": "Lead Officer, Public Protection"}],
      notes="Scottish child protection committee quarterly minimum dataset (conventions of ../styles/README.md: concerns = social_care_referrals, IRDs = section_47_enquiries, CPPMs = other, registrations / de-registrations / register = child_protection_plans, learning reviews = lcsprs_*). Period = Q2 (July-September 2025); Q1 cells carry their own period. The register at quarter end is 30 June / 30 September. Shares take the whole's metric ('Just over half of the IRDs (55%)', 'education raised 21%' (ellipsis: of IRDs), '61% of registrations', 'parental substance use in 45%', 'neglect in a third'); partitives 'Of the 31 registrations, 6 were re-registrations', 'Nineteen of the 22 de-registrations', 'the remaining three'. The 18-month and 28-day windows are definitions (optional). PDF printed by Chromium: the synthetic note is in the footer, not the metadata Subject.")
