from styles_src import *
FY23 = FY(2023)
M24 = P("2024-03-31", "2024-03-31", "31 March 2024")
SF = ["Fee-Maguire", "Ms Fee-Maguire", "Siobhan Fee-Maguire", "Executive Director of Social Work", "the Executive Director of Social Work"]
write(
    "t16_southern_trust_delegated_functions.txt", "council_report",
    "Report on the Discharge of Statutory Functions: Children's Services",
    "Southern Health and Social Care Trust", None, P("2024-04-01", "2025-03-31", "1 April 2024 to 31 March 2025"),
    [
        F(7844, "count", "social_care_referrals", "referrals received by Gateway teams", "received 7,844 referrals in 2024/25"),
        F(7512, "count", "social_care_referrals", "referrals received in 2023/24", "(2023/24: 7,512)", period=FY23),
        F(4.4, "percent", "social_care_referrals", "increase in referrals", "an increase of 4.4%"),
        F(1933, "count", "social_care_referrals", "child protection referrals", "1,933 (24.6%) were child protection referrals"),
        F(24.6, "percent", "social_care_referrals", "child protection referrals as a share of referrals", "1,933 (24.6%) were child protection referrals", optional=True),
        F(2691, "count", "other", "initial assessments completed by Gateway", "Gateway completed 2,691 initial assessments"),
        F(71, "percent", "other", "initial assessments completed within 10 working days", "71% were completed within the regional standard of 10 working days"),
        F(10, "days", "other", "regional standard for initial assessments", "the regional standard of 10 working days"),
        F(66, "percent", "other", "initial assessments on time in 2023/24", "(2023/24: 66%)", period=FY23),
        F(1102, "count", "section_47_enquiries", "child protection investigations under Article 66", "There were 1,102 child protection investigations"),
        F(418, "count", "other", "joint protocol investigations with the PSNI", "418 were joint protocol investigations with the PSNI"),
        F(417, "count", "child_protection_plans", "children on the Child Protection Register at 31 March 2025", "417 children were on the Trust's Child Protection Register"),
        F(389, "count", "child_protection_plans", "children on the register at 31 March 2024", "(31 March 2024: 389)", period=M24),
        F(45.8, "rate_per_10000", "child_protection_plans", "register rate", "a rate of 45.8 per 10,000 children aged 0-17"),
        F(50.3, "rate_per_10000", "child_protection_plans", "register rate, Northern Ireland", "(NI 50.3)"),
        F(402, "count", "child_protection_plans", "registrations during the year", "there were 402 registrations"),
        F(374, "count", "child_protection_plans", "de-registrations during the year", "374 de-registrations"),
        F(13, "percent", "child_protection_plans", "registrations that were re-registrations within two years", "13% of registrations were re-registrations"),
        F(44, "percent", "child_protection_plans", "registrations under neglect", "neglect (44%)"),
        F(27, "percent", "child_protection_plans", "registrations under physical abuse", "physical abuse (27%)"),
        F(121, "count", "other", "registered children aged under five", "121 registered children were aged under five"),
        F(881, "count", "looked_after_children", "looked after children at 31 March 2025", "corporate parent to 881 looked after children"),
        F(36, "count", "looked_after_children", "increase in looked after children on a year earlier", "36 more than a year earlier"),
        F(63, "percent", "looked_after_children", "looked after children in kinship or non-relative foster care", "63% were in kinship or non-relative foster care"),
        F(48, "count", "other", "looked after children in residential care", "48 were in residential care"),
        F(412, "count", "other", "young people aged 16-21 who had left care supported", "supported 412 young people aged 16-21 who had left care"),
        F(14, "count", "court_orders", "children subject to Emergency Protection Orders", "Emergency Protection Orders were granted in respect of 14 children"),
        F(22, "count", "police_protection", "uses of police powers under Article 65", "used their powers under Article 65 on 22 occasions"),
        F(1, "count", "lcsprs_commissioned", "new Case Management Review notified", "one new Case Management Review (CMR)"),
        F(2, "count", "lcsprs_ongoing", "CMRs involving the Trust ongoing", "Two CMRs involving the Trust are ongoing"),
        F(1, "count", "lcsprs_published", "CMR published in September 2024", "one was published in September 2024"),
        F(9, "count", "recommendations", "recommendations made by the published CMR", "made nine recommendations"),
        F(17.2, "percent", "other", "children's social work vacancy rate", "The vacancy rate in children's social work was 17.2%"),
        F(68, "count", "other", "vacant whole-time posts", "equivalent to 68 whole-time posts"),
    ],
    ["27 NOVEMBER 2025", "AGENDA ITEM 9", "Order 1972", "Article 66", "Order 1995", "Article 65", "aged 0-17", "within two years", "aged under five", "aged 16-21",
     "September 2024", "028 9649 6217", "1.0", "2.1", "3.2", "6.2", "2023/24"],
    [
        Q("The rise in registrations reflects the pressure families across the Southern area are under. Every statutory function was discharged, but I want the Board to hear plainly that the workforce is stretched.",
          "Siobhan Fee-Maguire", SF, "commented", role="Executive Director of Social Work, Southern Health and Social Care Trust"),
    ],
    [
        {"name": "Dermot McConville", "role": "Director of Children and Young People's Services, Southern Health and Social Care Trust"},
        {"name": "Siobhan Fee-Maguire", "role": "Executive Director of Social Work, Southern Health and Social Care Trust"},
    ],
    ["SOUTHERN HEALTH AND SOCIAL CARE TRUST", "TRUST BOARD - 27 NOVEMBER 2025", "AGENDA ITEM 9 (PUBLIC)", "Contact: Governance Office, 028 9649 6217"],
    "Northern Ireland trust board paper on delegated statutory functions (kind council_report; area = the health and social care trust; no safeguarding partnership, the SBNI only notifies). Space-aligned header line; numbered paragraphs '2.1'; last year's values in brackets '(2023/24: 7,512)', '(31 March 2024: 389)', '(2023/24: 66%)' with own periods; NI comparator '(NI 50.3)'. "
    "NI vocabulary: Gateway referrals (social_care_referrals; child protection referrals are a kind of referral and keep the metric, bracketed share optional), Article 66 child protection investigations (section_47_enquiries; joint protocol subset other), register (child_protection_plans: count, rate, registrations, de-registrations, re-registration share, category shares), "
    "Emergency Protection Orders (court_orders), police powers under Article 65 (police_protection), Case Management Reviews (lcsprs_*: one new notified = commissioned, two ongoing, 'one was published'). Care leavers other. Traps: Order years, Article numbers, age bands, 'within two years', agenda item, paragraph numbers, phone."
)
