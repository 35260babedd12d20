from styles_src import *
FU = ["Urquhart-Bain", "Ms Urquhart-Bain", "Fiona Urquhart-Bain", "Committee chair", "committee chair"]
RS = ["Strachan", "Dr Strachan", "Ruairidh Strachan", "Dr Ruairidh Strachan"]
RV = ["the review", "review", "the learning review", "learning review"]
write(
    "t10_highland_register_learning_review_news.html", "news_article",
    "Highland child protection register at five-year high as learning review ordered",
    "Highland", "Highland Child Protection Committee", P("2024-08-01", "2025-07-31", "the year to 31 July 2025"),
    [
        F(164, "count", "child_protection_plans", "children on the child protection register at 31 July 2025", "164 children were on the register at 31 July 2025"),
        F(131, "count", "child_protection_plans", "children on the register at the same point last year", "up from 131 at the same point last year",
          period=P("2024-07-31", "2024-07-31", "at the same point last year")),
        F(4.0, "rate_per_1000", "child_protection_plans", "register rate per 1,000 children aged 0-15", "a rate of 4.0 per 1,000 children aged 0-15"),
        F(2.2, "rate_per_1000", "child_protection_plans", "register rate, Scotland", "compared with 2.2 across Scotland"),
        F(2417, "count", "social_care_referrals", "child protection concerns raised with social work", "2,417 child protection concerns raised with social work"),
        F(200, "count", "social_care_referrals", "increase in child protection concerns on the previous year", "around 200 more than the previous year", qualifier="around"),
        F(689, "count", "section_47_enquiries", "inter-agency referral discussions (IRDs)", "689 inter-agency referral discussions (IRDs)"),
        F(402, "count", "other", "IRDs that led to a joint investigative interview or further investigation", "Of those IRDs, 402 led to a joint investigative interview"),
        F(211, "count", "other", "children who went on to a child protection planning meeting", "211 children went on to a child protection planning meeting"),
        F(198, "count", "child_protection_plans", "registrations during the year", "There were 198 registrations"),
        F(165, "count", "child_protection_plans", "de-registrations during the year", "165 de-registrations during the year"),
        F(47, "percent", "child_protection_plans", "children registered with domestic abuse as a concern", "almost half (47%) of the children registered"),
        F(50, "percent", "child_protection_plans", "children registered with domestic abuse as a concern (hedged)", "almost half (47%)", qualifier="almost", optional=True),
        F(33.33, "percent", "child_protection_plans", "children registered with parental substance use as a concern", "parental substance use for a third"),
        F(3, "count", "rapid_reviews", "initial case reviews considered during the year", "considered three initial case reviews during the year"),
        F(1, "count", "lcsprs_commissioned", "initial case review that led to a learning review being commissioned", "One, into the case of a seven-week-old baby boy"),
        F(7, "weeks", "other", "age of the baby", "a seven-week-old baby boy"),
        F(29, "years", "other", "age of the man charged", "A 29-year-old man has been charged"),
        F(1, "count", "lcsprs_published", "learning review published in June", "A learning review commissioned in 2023, into the neglect of two siblings in Lochaber, was published in June", optional=True),
        F(2, "count", "other", "siblings in the published review", "the neglect of two siblings in Lochaber", optional=True),
        F(6, "count", "recommendations", "recommendations made by the published learning review", "It made six recommendations"),
        F(4, "count", "recommendations", "recommendations already complete", "four of which the committee says are already complete"),
        F(500000000, "gbp", "other", "Scottish Government investment in the Whole Family Wellbeing Fund", "invested £500m in the Whole Family Wellbeing Fund"),
    ],
    ["27 October 2025, 6:00 am", "9:14 am", "five-year high", "highest level for five years", "aged 0-15", "over the 12 months", "in March", "next month", "in 2023", "in June",
     "0131 496 0582", "11 miles", "£2m grant", "300 in a month"],
    [
        Q("We have put a lot of effort into helping teachers, health visitors and GPs in our remoter communities to spot the signs earlier,", "Fiona Urquhart-Bain", FU, "said",
          role="chair, Highland Child Protection Committee"),
        Q("Some of this increase is the system working as it should.", "Fiona Urquhart-Bain", FU, None),
        Q("I'm not going to pretend that every one of those children was picked up early enough.", "Fiona Urquhart-Bain", FU, "added"),
        Q("each held a piece of the picture, but no one put the pieces together", "the review", RV, "found"),
        Q("The register is not a league table. A child on the register is a child with a plan, with people around them.", "Ruairidh Strachan", RS, "said",
          role="executive chief officer for health and social care, Highland Council"),
    ],
    [
        {"name": "Catriona MacAskill", "role": "reporter"},
        {"name": "Fiona Urquhart-Bain", "role": "chair, Highland Child Protection Committee"},
        {"name": "Ruairidh Strachan", "role": "executive chief officer for health and social care, Highland Council"},
    ],
    ["Northern Firth Journal · News · Highlands · Politics · Sport", "Highland Council headquarters in Inverness. Picture: Example Photo Agency",
     "Most read", "A9 dualling: 11 miles of new road open", "Thurso harbour plan wins £2m grant", "Ferry cancellations hit 300 in a month",
     "© Northern Firth Journal (example) 2025. Newsroom 0131 496 0582."],
    "Scottish local news story about a child protection committee's annual report (period: the year to 31 July 2025). Register counts, registrations and de-registrations are child_protection_plans; the Scottish rate per 1,000 aged 0-15 is rate_per_1000 with a Scotland comparator; child protection concerns are social_care_referrals ('around 200 more' is a hedged difference); IRDs are section_47_enquiries; "
    "'Of those IRDs, 402 led to ...' is a feature subset (other); child protection planning meetings are other. Shares of children registered ('almost half (47%)', 'a third') keep child_protection_plans, the hedged 'almost half' optional. "
    "Initial case reviews (Scotland's screening step before a learning review) are taken as rapid_reviews; 'One, into the case of ...' (one of the three) led to a learning review being commissioned (lcsprs_commissioned 1, like 'the remaining two became LCSPRs'); 'A learning review ... was published' states no number (optional 1). Case facts: 'seven-week-old' (7 weeks), '29-year-old man'. "
    "Quotes: a three-paragraph chair's sequence (said / no cue / 'But she added:'), a review fragment (cue 'found'), a council officer. The Scottish Government spokesperson is reported speech only. Traps: 'five-year high', 'highest level for five years', age band, Most read numbers."
)
