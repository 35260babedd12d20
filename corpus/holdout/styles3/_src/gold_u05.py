from styles3_src import *
SJ = P("2024-07-31", "2024-07-31", "31 July 2024")
CO = ["Osei-Rutherford", "Dr Osei-Rutherford", "Callum Osei-Rutherford", "Dr Callum Osei-Rutherford", "Head of Policy"]
PH = ["Haldane-Moss", "Ms Haldane-Moss", "Priyanka Haldane-Moss", "chief executive"]
write(
    "u05_charity_briefing_uk_child_protection.html", "other",
    "Child protection in the UK 2025: policy briefing",
    None, None, FY(2024),
    [
        F(57000, "count", "child_protection_plans", "children across the UK on a child protection plan or register", "More than 57,000 children across the UK were on a child protection plan or register", qualifier="more than"),
        F(49730, "count", "child_protection_plans", "children in England on a child protection plan on 31 March 2025", "In England, 49,730 children were the subject of a child protection plan"),
        F(41.2, "rate_per_10000", "child_protection_plans", "England child protection plan rate", "a rate of 41.2 per 10,000 children"),
        F(431, "count", "serious_incident_notifications", "serious incidents notified by English local authorities in 2024/25", "notified 431 serious incidents to the national Panel in 2024/25"),
        F(187, "count", "child_deaths", "notified incidents involving the death of a child", "Of these, 187 involved the death of a child"),
        F(60, "percent", "section_47_enquiries", "rise in section 47 enquiries in England in a decade", "have risen by almost 60% in a decade", qualifier="almost"),
        F(2864, "count", "child_protection_plans", "children on the child protection register in Wales (table)", "Wales 2,864 46.3 31 March 2025"),
        F(46.3, "rate_per_10000", "child_protection_plans", "Wales register rate (table)", "Wales 2,864 46.3 31 March 2025"),
        F(2147, "count", "child_protection_plans", "children on the child protection register in Scotland at 31 July 2024 (table)", "Scotland 2,147 23.4 31 July 2024", period=SJ),
        F(23.4, "rate_per_10000", "child_protection_plans", "Scotland register rate, converted to per 10,000 (table)", "Scotland 2,147 23.4 31 July 2024", period=SJ),
        F(2318, "count", "child_protection_plans", "children on the child protection register in Northern Ireland (table)", "Northern Ireland 2,318 51.9 31 March 2025"),
        F(51.9, "rate_per_10000", "child_protection_plans", "Northern Ireland register rate (table)", "Northern Ireland 2,318 51.9 31 March 2025"),
        F(204690, "count", "section_47_enquiries", "section 47 enquiries started in England in 2024/25", "204,690 section 47 enquiries were started in 2024/25"),
        F(128900, "count", "section_47_enquiries", "section 47 enquiries started ten years earlier", "compared with 128,900 ten years earlier", period=FY(2014)),
        F(40, "percent", "section_47_enquiries", "share of section 47 enquiries that led to an initial child protection conference", "only around two in five led to a conference", qualifier="around"),
        F(51, "percent", "child_protection_plans", "plans in England with neglect as the initial category", "it was the initial category for 51% of plans"),
        F(36, "percent", "child_protection_plans", "plans in England with emotional abuse as the initial category", "emotional abuse for 36%"),
        F(7, "percent", "child_protection_plans", "plans in England with physical abuse as the initial category", "physical abuse for 7%"),
        F(50, "percent", "child_protection_plans", "registrations in Wales for neglect", "neglect accounted for just under half of registrations", qualifier="just under"),
        F(83420, "count", "looked_after_children", "looked after children in England at 31 March 2025", "England had 83,420 looked after children"),
        F(7180, "count", "looked_after_children", "looked after children in Wales", "Wales 7,180"),
        F(4102, "count", "looked_after_children", "looked after children in Northern Ireland", "Northern Ireland 4,102"),
        F(12140, "count", "looked_after_children", "looked after children in Scotland at 31 July 2024", "Scotland counted 12,140 looked after children at 31 July 2024", period=SJ),
        F(244, "count", "serious_harm_cases", "notified incidents in England involving serious harm", "244 involved serious harm"),
        F(34, "percent", "serious_incident_notifications", "notifications involving babies under one", "Babies under one were involved in 34% of all notifications"),
        F(393, "count", "rapid_reviews", "rapid reviews received by the Panel", "The Panel received 393 rapid reviews"),
        F(112, "count", "lcsprs_published", "LCSPRs published by local partnerships", "local partnerships published 112 local child safeguarding practice reviews"),
        F(1200000000, "gbp", "other", "proposed ring-fenced early help grant a year across England", "A ring-fenced early help grant of £1.2 billion a year"),
        F(6, "months", "other", "deadline for a published response to each review", "a published response within six months"),
    ],
    ["0117 496 0321", "6 minute read", "December 2025", "31 March 2025", "31 July 2024", "ten years earlier", "in a decade", "aged 0-15", "Babies under one", "1161234", "SC049876", "© 2025", "Table 1."],
    [
        Q("We keep commissioning reviews that tell us the same things: agencies did not share what they knew, and nobody spoke to the child. Until the learning changes practice, the next review will say it again.",
          "Callum Osei-Rutherford", CO, None, role="Head of Policy, Safer Childhoods Trust"),
        Q("Children in Belfast, Bangor and Bournemouth deserve the same protection. Right now we cannot even count them the same way.", "Priyanka Haldane-Moss", PH, "said", role="chief executive, Safer Childhoods Trust"),
    ],
    [
        {"name": "Callum Osei-Rutherford", "role": "Head of Policy, Safer Childhoods Trust"},
        {"name": "Priyanka Haldane-Moss", "role": "chief executive, Safer Childhoods Trust"},
    ],
    ["Donate", "Adults concerned about a child: call 0117 496 0321", "Research and resources > Policy briefings",
     "Safer Childhoods Trust is a registered charity in England and Wales (1161234) and Scotland (SC049876). © 2025 Safer Childhoods Trust. saferchildhoods.example"],
    "National charity policy briefing (kind other: neither a council report nor news): area null, no partnership, period 2024/25 (England's year; Wales and NI counts at 31 March 2025 fall at its end). Table 1 has a unit header ('Rate per 10,000 children') and a 'Date of count' column: the Scotland row's cells carry 31 July 2024 as their own period; England's row repeats the key-point figures (49,730; 41.2). Registers in Wales, Scotland and NI are child_protection_plans. "
    "'More than 57,000' UK total (hedged, the only statement). 'risen by almost 60% in a decade' keeps section_47_enquiries; 'ten years earlier' gives 128,900 its own period (2014/15). 'only around two in five led to a conference' is a share of enquiries (keeps the whole's metric, as 'one in five IRDs' in corpus/styles s03). '34% of all notifications' is a share of the whole (serious_incident_notifications). "
    "Ellipsis in 'England had 83,420 ..., Wales 7,180, and Northern Ireland 4,102'. Deaths vs harm: 187 child_deaths, 244 serious_harm_cases. Numbered 'calling for' list items and '6 minute read' are traps; £1.2 billion a year = 1200000000 gbp. Pull quote with an em-dash attribution in <footer> (cue null); 'Belfast, Bangor and Bournemouth' are not areas of the document."
)
