from gold import *
IL = ["Latchford", "Professor Latchford", "Imogen Latchford", "Professor Imogen Latchford", "Independent Chair", "our independent chair"]
KA = ["Asante", "Detective Superintendent Asante", "Kwame Asante", "Detective Superintendent Kwame Asante"]
PS = ["@BHKCSP", "the partnership", "Brighton & Hove Keeping Children Safe Partnership"]
write(
    "s16_brighton_hove_partnership_update.html", "council_report",
    "Partnership update: the 12 months to September 2025",
    "Brighton and Hove", "Brighton & Hove Keeping Children Safe Partnership",
    P("2024-10-01", "2025-09-30", "the 12 months to the end of September 2025"),
    [
        F(14890, "count", "social_care_referrals", "contacts to the Front Door for Families", "received 14,890 contacts in the 12 months"),
        F(3206, "count", "social_care_referrals", "contacts that became referrals to children's social care", "3,206 of them became referrals"),
        F(26, "percent", "social_care_referrals", "referrals about children referred before in the previous year", "Roughly a quarter of those referrals (26%)"),
        F(25, "percent", "social_care_referrals", "re-referrals (hedged)", "Roughly a quarter of those referrals", qualifier="roughly", optional=True),
        F(31, "percent", "social_care_referrals", "referrals for domestic abuse", "accounting for 31 per cent"),
        F(18, "percent", "social_care_referrals", "referrals for a parent's mental health", "mental health at 18 per cent"),
        F(251, "count", "child_protection_plans", "children subject of a child protection plan at the end of September", "251 children were the subject of a child protection plan"),
        F(50.2, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 50.2 per 10,000 children"),
        F(45.7, "rate_per_10000", "child_protection_plans", "child protection plan rate, statistical neighbours", "45.7 for our statistical neighbours"),
        F(41.6, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "41.6 for England"),
        F(40, "percent", "child_protection_plans", "plans with neglect as the main category", "Neglect was the main category on two in five plans"),
        F(13, "percent", "child_protection_plans", "plans with physical abuse as the category", "Physical abuse accounted for 13 per cent"),
        F(376, "count", "looked_after_children", "children in our care", "There were 376 children in our care"),
        F(41, "count", "looked_after_children", "unaccompanied asylum-seeking children in care", "including 41 unaccompanied asylum-seeking children"),
        F(12.5, "percent", "looked_after_children", "children in care living with family or friends carers", "One in eight of the children in our care were living with family or friends carers"),
        F(5, "count", "serious_incident_notifications", "serious incidents notified to the national panel", "notified the national panel of five serious incidents"),
        F(1, "count", "lcsprs_commissioned", "case taken forward as an LCSPR", "one case was taken forward as a local child safeguarding practice review"),
        F(4, "count", "rapid_reviews", "rapid reviews whose learning was shared through briefings", "learning from the other four was shared"),
        F(5, "count", "rapid_reviews", "rapid reviews held", "all five rapid reviews", optional=True),
        F(5, "count", "reviews_with_learning", "rapid reviews in which learning was identified", "Learning was identified in all five rapid reviews"),
        F(1, "count", "lcsprs_published", "review published ('Baby M')", "Our review of the death of “Baby M” was published in July", optional=True),
        F(6, "count", "recommendations", "findings of the 'Baby M' review", "with six findings"),
        F(1, "count", "national_reviews", "case selected for a national review", "selected one Brighton & Hove case to contribute to its national review"),
        F(6, "months", "other", "listening period planned", "spend the next six months listening", optional=True),
        F(212, "count", "social_care_referrals", "police referrals for children living with domestic abuse", "officers had made 212 referrals for children living with domestic abuse"),
        F(2100, "count", "other", "people trained on spotting neglect (social post)", "2,100 people trained this year on spotting neglect", optional=True),
    ],
    ["12 months to September 2025", "the 12 months to the end of September 2025", "01632 960123", "12 courses open", "23 October 2025", "Every six months", "five years ago", "under one", "1.2 MB", "BN3 3BQ", "in July", "per 10,000"],
    [
        Q("The numbers tell us that more families in this city are struggling than five years ago, and that the front door is busier than ever. They also tell us that partners are spotting risk earlier.",
          "Imogen Latchford", IL, "said", role="Independent Chair, Brighton & Hove Keeping Children Safe Partnership"),
        Q("What they cannot tell us is whether children feel safer. That is why we will spend the next six months listening to children directly.", "Imogen Latchford", IL, None),
        Q("and every one of them matters", "Kwame Asante", KA, "added", role="Detective Superintendent, Sussex Police lead for public protection"),
        Q("Proud of our #BrightonHove practitioners: 2,100 people trained this year on spotting neglect", "Brighton & Hove Keeping Children Safe Partnership", PS, None, optional=True),
    ],
    [
        {"name": "Imogen Latchford", "role": "Independent Chair, Brighton & Hove Keeping Children Safe Partnership"},
        {"name": "Kwame Asante", "role": "Detective Superintendent, Sussex Police lead for public protection"},
    ],
    ["Worried about a child right now? Call the Front Door for Families on 01632 960123.", "See all contact numbers", "About the partnership",
     "Reviews and learning", "Training (12 courses open)", "Posted 23 October 2025 in", "Related pages", "Baby M: local child safeguarding practice review",
     "Annual report 2024 to 2025", "Brighton & Hove Keeping Children Safe Partnership, Hove Town Hall, Norton Road, Hove BN3 3BQ",
     "© 2025 Brighton & Hove City Council on behalf of the partnership"],
    "Partnership web news page (council_report: the partnership's own update). Rolling period 'the 12 months to the end of September 2025' = 1 October 2024 - 30 September 2025. Area written 'Brighton & Hove' (official 'Brighton and Hove'); the partnership name has no 'Safeguarding' and is glued to the chair's title ('Professor Imogen Latchford, Independent Chair of the ... Partnership, said:'). "
    "Comparator areas ('statistical neighbours, such as Bristol, Southampton and Reading') must not become the area. Shares take the whole's metric: '26%' of referrals (hedged 'Roughly a quarter' optional), '31 per cent' / '18 per cent' of referrals, 'two in five plans', 'Physical abuse accounted for 13 per cent' (of plans), 'One in eight of the children in our care'. "
    "Set reference 'the other four' (rapid reviews); 'Learning was identified in all five rapid reviews' -> reviews_with_learning (the implied count of rapid reviews is optional). 'Our review of ... was published' has no number (optional 1). Police '212 referrals' are social_care_referrals. The embedded social post (no quote marks) is an optional quote and its figure optional. Quotes: a two-paragraph blockquote after 'said:' on its own line (first paragraph left open), and a fragment after reported speech ('added that ..., \"and every one of them matters\"')."
)
