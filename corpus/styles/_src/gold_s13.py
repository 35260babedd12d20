from gold import *
RG = ["Gallagher", "Dr Gallagher", "Roisin Gallagher", "Dr Roisin Gallagher"]
EO = ["O'Kane", "Mr O'Kane", "Emmet O'Kane", "Safe Childhoods NI"]
DOH = ["Department of Health spokesperson", "Department of Health", "the Department of Health", "spokesperson", "the department"]
SW = ["social worker", "one social worker", "One social worker in the Western Trust", "a social worker in the Western Trust"]
write(
    "s13_western_trust_register_ni_news.html", "news_article",
    "Child protection register: Western Trust figures highest in Northern Ireland",
    "Western Health and Social Care Trust", None, FY(2024),
    [
        F(498, "count", "child_protection_plans", "children on the child protection register, Western Trust", "There were 498 children on the register in the Western Trust"),
        F(71.2, "rate_per_10000", "child_protection_plans", "register rate, Western Trust", "a rate of 71.2 per 10,000 children"),
        F(50.3, "rate_per_10000", "child_protection_plans", "register rate, Northern Ireland", "That compares with 50.3 across Northern Ireland"),
        F(431, "count", "child_protection_plans", "registrations in the year", "recorded 431 registrations"),
        F(402, "count", "child_protection_plans", "children removed from the register (de-registrations)", "402 children were removed from the register"),
        F(2236, "count", "child_protection_plans", "children on registers, Northern Ireland", "2,236 children were on registers held by the five health and social care trusts"),
        F(5, "count", "other", "health and social care trusts in Northern Ireland", "the five health and social care trusts", optional=True),
        F(611, "count", "child_protection_plans", "children on the register, Belfast Trust", "Belfast Trust had the largest number, 611"),
        F(41.9, "rate_per_10000", "child_protection_plans", "register rate, Belfast Trust", "the lowest rate at 41.9"),
        F(6820, "count", "social_care_referrals", "referrals to children's social services", "rose to 6,820"),
        F(6104, "count", "social_care_referrals", "referrals the year before", "from 6,104 the year before", period=FY(2023)),
        F(40, "percent", "social_care_referrals", "referrals from the police", "More than four in ten of them came from the police", qualifier="more than"),
        F(1012, "count", "looked_after_children", "looked-after children in the trust area", "There were 1,012 looked-after children"),
        F(20, "percent", "other", "vacant social work posts in family and childcare teams", "almost one in five social work posts", qualifier="almost"),
        F(3, "count", "lcsprs_commissioned", "case management reviews (CMRs) started by the SBNI", "started three new reviews in 2024/25"),
        F(2, "count", "lcsprs_published", "case management reviews published by the SBNI", "and published two"),
        F(26, "count", "other", "caseload of an anonymous social worker", "her caseload had reached 26 children"),
    ],
    ["12°C", "11°C", "2 October 2025", "4 min read", "31 March 2025", "per 10,000", "028 9649 6001", "028 9649 6002", "Comments (23)", "14 months",
     "JD1987", "58km", "A5", "3 people", "5 things", "NI 612883", "for years"],
    [
        Q("Families are under real pressure", "Roisin Gallagher", RG, None, optional=True),
        Q("a measure of risk, not of failure", "Roisin Gallagher", RG, "said", role="director of women's and children's services, Western Health and Social Care Trust"),
        Q("Our staff are identifying children at risk earlier, and I would far rather a child is on the register and safe than off it and not,", "Roisin Gallagher", RG, "said"),
        Q("But I won't pretend that the level of need in this area isn't a concern. Families are under real pressure, from the cost of living to mental health to addiction.", "Roisin Gallagher", RG, None),
        Q("a call for action", "Emmet O'Kane", EO, "said", role="policy officer, Safe Childhoods NI"),
        Q("Northern Ireland has had a children's social care workforce crisis for years,", "Emmet O'Kane", EO, "said"),
        Q("Behind these numbers are children waiting too long for help.", "Emmet O'Kane", EO, None),
        Q("The department is working with the trusts on a new regional approach to recruitment and retention, and the Children's Services Reform programme will report to the Minister early next year.",
          "a Department of Health spokesperson", DOH, "said"),
        Q("You go home at night and you lie awake thinking about the ones you didn't get to,", "a social worker", SW, "said"),
    ],
    [
        {"name": "Roisin Gallagher", "role": "director of women's and children's services, Western Health and Social Care Trust"},
        {"name": "Emmet O'Kane", "role": "policy officer, Safe Childhoods NI"},
    ],
    ["News Sport Farming Family notices", "Derry 12°C · Enniskillen 11°C", "HEALTH", "Comments (23)", "\"My niece waited 14 months for a social worker\" - Maeve, Omagh",
     "\"Fair play to the staff, they do their best\" - JD1987", "Most read", "A5 upgrade: work to begin on 58km section", "Strabane pub fire: 3 people treated",
     "Ulster Final preview: 5 things to watch", "Foyle & Fermanagh News © 2025. All rights reserved. Registered in Northern Ireland NI 612883.",
     "If you are worried about a child, contact the Western Trust Gateway Team on 028 9649 6001"],
    "Northern Ireland regional news page. Area is a health and social care trust (Northern Ireland's children's services bodies), 'Western Health and Social Care Trust'; no partnership report is presented (partnership null). Period = the year to March 2025. "
    "Northern Irish vocabulary: child protection register, registrations, 'removed from the register' (child_protection_plans), referrals to children's social services, looked-after children, case management reviews (CMRs, the NI equivalent of serious case reviews/LCSPRs: started -> lcsprs_commissioned, published -> lcsprs_published; these are NI-wide SBNI figures). "
    "Comparators: 'That compares with 50.3 across Northern Ireland as a whole' and 'Belfast Trust had the largest number, 611, but the lowest rate at 41.9' (same metric, other area). Shares: 'More than four in ten of them' (referrals from police), 'almost one in five social work posts' (other). "
    "Reader comments (with '14 months'), 'Most read' numbers, weather, NI drama-range phone numbers (028 9649 6xxx) are boilerplate or traps. Quotes: fragments after reported speech, cue-in-middle quotes, follow-on paragraphs with no cue, a DoH spokesperson and an anonymous social worker."
)
