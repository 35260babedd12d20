from styles3_src import *
Y = lambda y: P("%d-08-01" % (y - 1), "%d-07-31" % y, "year to 31 July %d" % y)
S = lambda y: P("%d-07-31" % y, "%d-07-31" % y, "31 July %d" % y)
GL = ["Lafferty-Boyd", "Dr Lafferty-Boyd", "Gráinne Lafferty-Boyd", "Dr Gráinne Lafferty-Boyd", "CPC Independent Chair", "Independent Chair"]
write(
    "u03_south_lanarkshire_social_work_committee.pdf", "council_report",
    "Report to Social Work Resources Committee: South Lanarkshire Child Protection Committee Annual Report 2024-25",
    "South Lanarkshire", "South Lanarkshire Child Protection Committee", Y(2025),
    [
        F(2947, "count", "social_care_referrals", "child protection concerns received", "received 2,947 child protection concerns"),
        F(6, "percent", "social_care_referrals", "increase in child protection concerns on the previous year", "an increase of 6% on the previous year"),
        F(33.33, "percent", "social_care_referrals", "share of concerns from Police Scotland", "Around a third of these came from Police Scotland", qualifier="around"),
        F(1118, "count", "section_47_enquiries", "children with inter-agency referral discussions (IRDs)", "took place for 1,118 children"),
        F(377, "count", "other", "children discussed at a child protection planning meeting (CPPM) after an IRD", "377 were then discussed at a child protection planning meeting"),
        F(176, "count", "child_protection_plans", "children on the child protection register at 31 July 2025", "at 31 July 2025 was 176"),
        F(3.0, "rate_per_1000", "child_protection_plans", "register rate per 1,000 children aged 0-15", "a rate of 3.0 per 1,000 children aged 0-15"),
        F(2.1, "rate_per_1000", "child_protection_plans", "Scottish register rate (comparator)", "The Scottish rate at the same date was 2.1"),
        F(149, "count", "child_protection_plans", "children on the register a year earlier (31 July 2024)", "The register has risen from 149 a year earlier", period=S(2024)),
        F(124, "count", "child_protection_plans", "children on the register at 31 July 2023 (table)", "On register at 31 July 124 149 176", period=S(2023)),
        F(198, "count", "child_protection_plans", "registrations, year to 31 July 2023 (table)", "Registrations 198 214 231", period=Y(2023)),
        F(214, "count", "child_protection_plans", "registrations, year to 31 July 2024 (table)", "Registrations 198 214 231", period=Y(2024)),
        F(231, "count", "child_protection_plans", "registrations in the year to 31 July 2025", "Of the 231 registrations"),
        F(207, "count", "child_protection_plans", "de-registrations, year to 31 July 2023 (table)", "De-registrations 207 189 204", period=Y(2023)),
        F(189, "count", "child_protection_plans", "de-registrations, year to 31 July 2024 (table)", "De-registrations 207 189 204", period=Y(2024)),
        F(204, "count", "child_protection_plans", "de-registrations, year to 31 July 2025 (table)", "De-registrations 207 189 204"),
        F(31, "count", "other", "pre-birth registrations, year to 31 July 2023 (table)", "Pre-birth registrations 31 36 44", period=Y(2023)),
        F(36, "count", "other", "pre-birth registrations, year to 31 July 2024 (table)", "Pre-birth registrations 31 36 44", period=Y(2024)),
        F(44, "count", "other", "pre-birth registrations, year to 31 July 2025 (table)", "Pre-birth registrations 31 36 44"),
        F(58, "count", "child_protection_plans", "registrations of children who had been on the register before (re-registrations)", "58 (25%) were of children who had been on the register before"),
        F(25, "percent", "child_protection_plans", "re-registrations as a share of registrations", "58 (25%)", optional=True),
        F(50, "percent", "child_protection_plans", "registrations with domestic abuse as a concern", "in more than half of all registrations", qualifier="more than"),
        F(41, "percent", "child_protection_plans", "registrations with parental alcohol or drug use as a concern", "parental alcohol or drug use in 41%"),
        F(1006, "count", "looked_after_children", "children and young people looked after at 31 July 2025", "1,006 children and young people were looked after by the Council"),
        F(338, "count", "other", "children looked after at home with parents", "including 338 looked after at home with parents"),
        F(9, "count", "rapid_reviews", "initial case reviews considered", "considered nine initial case reviews during the year"),
        F(4, "count", "lcsprs_commissioned", "learning reviews commissioned", "the CPC agreed to commission all four"),
        F(2, "count", "lcsprs_published", "learning reviews completed and published", "Two learning reviews, both started in 2023-24, were completed and published"),
        F(3, "count", "lcsprs_ongoing", "learning reviews still in progress", "Three remain in progress"),
        F(11, "count", "recommendations", "recommendations made by the two published reviews", "made 11 recommendations between them"),
        F(184000, "gbp", "other", "CPC budget for 2025-26", "The CPC's budget for 2025-26 is £184,000", period=FY(2025)),
        F(121000, "gbp", "other", "Council contribution to the CPC budget for 2025-26", "the Council contributes £121,000", period=FY(2025)),
    ],
    ["3 December 2025", "Agenda Item 9", "(1) that the content", "1.1.", "4.2.", "aged 0-15", "year ending 31 July", "14 November 2025", "0131 496 0734", "2024-25", "2025-26", "Table 1"],
    [
        Q("The rise in registrations is not a cause for alarm in itself. It tells me that staff are recognising risk earlier, particularly before birth. What matters now is that the help offered to these families is there quickly and stays long enough to make a difference.",
          "Gráinne Lafferty-Boyd", GL, "states", role="CPC Independent Chair"),
    ],
    [
        {"name": "Gráinne Lafferty-Boyd", "role": "Independent Chair, South Lanarkshire Child Protection Committee"},
        {"name": "Soumik Farquharson-Ali", "role": "Director, Social Work Resources"},
    ],
    ["South Lanarkshire Council | Social Work Resources Committee | 3 December 2025", "Agenda Item 9",
     "Contact for further information: Policy Officer, Social Work Resources, telephone 0131 496 0734"],
    "Scottish council committee report on the CPC annual report: period = year to 31 July 2025 (1 August 2024 - 31 July 2025). Concerns = social_care_referrals (with a 6% increase and 'Around a third' from the police, a share that keeps the metric); IRDs = section_47_enquiries; CPPMs = other (like ICPCs); register, registrations, de-registrations, re-registrations and shares of registrations by concern = child_protection_plans; pre-birth registrations are a feature subset (other, as 'Of which: child under one'). "
    "Table 1 is annotated cell by cell: earlier year columns carry years to 31 July and the snapshot row 31 July dates; 2025 cells repeat prose figures (231, 176). '58 (25%)': count required, % optional. Children looked after at home with parents (a placement subset) = other. Initial case reviews = rapid_reviews; 'agreed to commission all four' = lcsprs_commissioned 4 ('In four cases it recommended' is the same fact); 'the Care Inspectorate was notified in each case' is not a separate figure. "
    "Traps: '(1) that' resolution, paragraph numbers, 'aged 0-15', dates, the 'Agenda Item 9' footer and page labels 57-58. The chair's foreword quote has the cue 'states in her foreword'."
)
