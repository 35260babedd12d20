from gold import *
Y22 = P("2022-08-01", "2023-07-31", "2022-23")
Y23 = P("2023-08-01", "2024-07-31", "2023-24")
J23 = P("2023-07-31", "2023-07-31", "31 July 2023")
J24 = P("2024-07-31", "2024-07-31", "31 July 2024")
MK = ["Kinnaird", "Dr Kinnaird", "Morag Kinnaird", "Dr Morag Kinnaird", "the Independent Chair"]
YP = ["young person", "A young person", "a young person who took part in the CPC's Youth Voice group", "Youth Voice group"]
CI = ["Care Inspectorate", "the Care Inspectorate", "inspectors", "Inspectors", "the joint inspection", "the inspection"]
write(
    "s03_fife_child_protection_committee.txt", "council_report",
    "Fife Child Protection Committee Annual Report 2024-25",
    "Fife", "Fife Child Protection Committee", P("2024-08-01", "2025-07-31", "the year to 31 July 2025"),
    [
        F(2912, "count", "social_care_referrals", "child protection concerns received by social work", "Social work received 2,912 child protection concerns"),
        F(2640, "count", "social_care_referrals", "child protection concerns in 2023-24", "compared with 2,640 in 2023-24", period=Y23),
        F(46, "percent", "social_care_referrals", "child protection concerns made by Police Scotland", "making 46% of them"),
        F(1384, "count", "section_47_enquiries", "inter-agency referral discussions (IRDs)", "There were 1,384 IRDs"),
        F(1211, "count", "section_47_enquiries", "IRDs the previous year", "up from 1,211 the previous year", period=Y23),
        F(88, "percent", "other", "IRDs concluded within 24 hours", "88% were concluded within 24 hours"),
        F(1, "days", "other", "IRD timescale (24 hours)", "concluded within 24 hours", optional=True),
        F(20, "percent", "section_47_enquiries", "IRDs leading to a joint investigative interview", "around one in five led to a joint investigative interview", qualifier="around"),
        F(298, "count", "other", "initial child protection planning meetings (CPPMs)", "298 initial child protection planning meetings (CPPMs) were held"),
        F(236, "count", "child_protection_plans", "registrations on the child protection register", "236 children were placed on the child protection register during the year"),
        F(251, "count", "child_protection_plans", "de-registrations from the child protection register", "there were 251 de-registrations"),
        F(187, "count", "child_protection_plans", "children on the register at 31 July 2025", "At 31 July 2025, 187 children were on the register"),
        F(2.9, "rate_per_1000", "child_protection_plans", "register rate per 1,000 children aged 0-15", "a rate of 2.9 per 1,000 children aged 0-15"),
        F(2.2, "rate_per_1000", "child_protection_plans", "register rate, Scotland", "against a Scotland rate of 2.2"),
        F(24, "count", "child_protection_plans", "registrations of unborn babies", "24 were unborn babies"),
        F(7, "count", "child_protection_plans", "re-registrations within 18 months", "seven children, or 3% of registrations"),
        F(3, "percent", "child_protection_plans", "re-registrations as a share of registrations", "or 3% of registrations", optional=True),
        F(18, "months", "other", "re-registration window (measure definition)", "Re-registration within 18 months", optional=True),
        F(41, "percent", "child_protection_plans", "registrations with domestic abuse recorded", "domestic abuse (41%)"),
        F(37, "percent", "child_protection_plans", "registrations with parental substance use recorded", "parental substance use (37%)"),
        F(33, "percent", "child_protection_plans", "registrations with neglect recorded", "neglect (33%)"),
        F(264, "count", "child_protection_plans", "registrations 2022-23", "Registrations 264 249 236", period=Y22),
        F(249, "count", "child_protection_plans", "registrations 2023-24", "Registrations 264 249 236", period=Y23),
        F(271, "count", "child_protection_plans", "de-registrations 2022-23", "De-registrations 271 238 251", period=Y22),
        F(238, "count", "child_protection_plans", "de-registrations 2023-24", "De-registrations 271 238 251", period=Y23),
        F(213, "count", "child_protection_plans", "children on the register at 31 July 2023", "Children on the register at 31 July 213 202 187", period=J23),
        F(202, "count", "child_protection_plans", "children on the register at 31 July 2024", "Children on the register at 31 July 213 202 187", period=J24),
        F(3.3, "rate_per_1000", "child_protection_plans", "register rate at 31 July 2023", "Rate per 1,000 children aged 0-15 3.3 3.1 2.9", period=J23),
        F(3.1, "rate_per_1000", "child_protection_plans", "register rate at 31 July 2024", "Rate per 1,000 children aged 0-15 3.3 3.1 2.9", period=J24),
        F(1096, "count", "looked_after_children", "care-experienced children and young people looked after at 31 July 2025", "1,096 children and young people were looked after by Fife Council"),
        F(22, "percent", "looked_after_children", "looked after at home with parents", "22% were looked after at home with parents"),
        F(9, "count", "review_referrals", "referrals considered by the Learning Review Group", "considered nine referrals during the year"),
        F(7, "count", "rapid_reviews", "rapid reviews completed", "Seven rapid reviews were completed"),
        F(2, "count", "lcsprs_commissioned", "learning reviews commissioned", "the CPC commissioned two learning reviews"),
        F(1, "count", "lcsprs_published", "learning review published ('Morven')", "published one (the review known as"),
        F(2, "count", "lcsprs_ongoing", "learning reviews ongoing", "two learning reviews remain ongoing"),
        F(11, "count", "recommendations", "recommendations of the published review", "The published review made 11 recommendations"),
        F(6, "count", "recommendations", "recommendations completed", "Six have been completed"),
        F(1140, "count", "other", "staff completing multi-agency child protection training", "1,140 staff completed multi-agency child protection training"),
        F(600, "count", "other", "training places planned for 2025-26", "a further 600 places are planned for 2025-26", period=P("2025-08-01", "2026-07-31", "2025-26")),
    ],
    ["18 November 2025", "Agenda Item No. 8", "(1) note", "(2) comment", "section 4", "1 August to 31 July", "Scotland 2021", "updated 2023",
     "aged 0-15", "for five years", "add up to 100%", "Half the time", "February 2025", "March 2025", "third year running", "KY7 5LT",
     "01632 961834", "Table 1", "1.1", "2.4", "3.3", "4.2", "1. Fife Child Protection Committee Annual Report 2024-25", "years to 31 July"],
    [
        Q("This has been a year in which we have listened harder to children and families. The fall in the number of children on the register is welcome, but I am clear that the number is not the measure of our success.",
          "Morag Kinnaird", MK, "writes", role="Independent Chair, Fife Child Protection Committee"),
        Q("What matters is whether a child in Fife who needs protecting is seen, heard and kept safe, and whether the adults around them work together. The learning reviews this year show we still have work to do.",
          "Morag Kinnaird", MK, "adds"),
        Q("Adults should explain what is happening and why. Half the time nobody tells you anything.", "a young person", YP, "is quoted"),
        Q("very good", "the Care Inspectorate", CI, "evaluated", optional=True),
        Q("children and young people at risk of harm were safer as a result of the support they received", "inspectors", CI, "found"),
    ],
    [
        {"name": "Morag Kinnaird", "role": "Independent Chair, Fife Child Protection Committee"},
        {"name": "Elspeth Gourlay", "role": "Lead Officer, Child Protection"},
    ],
    ["Report Contact", "Elspeth Gourlay, Lead Officer, Child Protection", "Fife House, North Street, Glenrothes, KY7 5LT",
     "Telephone: 01632 961834", "Email: elspeth.gourlay@fife-cpc.example", "List of Appendices"],
    "Scottish council committee paper presenting a child protection committee's annual report. Period = the Scottish child protection year to 31 July 2025 (1 August 2024 - 31 July 2025); the table's year columns are years to 31 July and its snapshot rows carry 31 July dates. "
    "Scottish vocabulary: child protection concerns (social_care_referrals), inter-agency referral discussions / IRDs (mapped to section_47_enquiries: the IRD is Scotland's gateway to a child protection investigation, the equivalent of a strategy discussion and s47 enquiry), CPPMs (other, like ICPCs), registrations / de-registrations / children on the register / rate per 1,000 aged 0-15 (child_protection_plans), care-experienced children looked after (looked_after_children), rapid reviews and learning reviews (rapid_reviews, lcsprs_*). "
    "Shares take the metric of the whole ('46% of them' concerns; 'one in five' IRDs led to an interview; registration concerns 41/37/33%), except timeliness (88% within 24 hours -> other). 'seven children, or 3% of registrations': count required, % optional. "
    "Traps: '(1) note' / '(2) comment' recommendations, paragraph numbers, 'aged 0-15', 'for five years', 'add up to 100%', 'Half the time' inside a quote, 'third year running', postcode, phone. Quotes: the chair 'writes in her introduction:' then 'She adds:'; an anonymous young person 'is quoted in the report:'; Care Inspectorate grade 'very good' (optional) and 'Inspectors found that \"...\"' fragment."
)
