from styles3_src import *
GI = ["Ince", "Mr Ince", "Graham Ince", "Mr Graham Ince", "Independent Scrutineer"]
HP = ["Halliwell-Pike", "Councillor Halliwell-Pike", "Cllr Halliwell-Pike", "the Chair", "Chair"]
write(
    "u09_sefton_scrutiny_minutes_qa.txt", "council_report",
    "Overview and Scrutiny Committee (Children's Services and Safeguarding): minutes, 11 November 2025",
    "Sefton", "Sefton Safeguarding Children Partnership", P("2024-04-01", "2025-03-31", "1 April 2024 to 31 March 2025"),
    [
        F(7, "count", "serious_incident_notifications", "serious incident notifications in the year", "had made seven serious incident notifications in the year"),
        F(1, "count", "serious_incident_notifications", "fall in notifications on 2023/24", "one fewer than in 2023/24"),
        F(7, "count", "rapid_reviews", "rapid reviews held (all seven cases)", "had held rapid reviews in all seven cases"),
        F(3, "count", "lcsprs_commissioned", "cases referred on for a local child safeguarding practice review", "Three cases had been referred on for a local child safeguarding practice review"),
        F(1, "count", "other", "LCSPR stood down after further information came to light", "one of these had been stood down"),
        F(2, "count", "lcsprs_ongoing", "reviews in progress at the year end", "leaving two reviews in progress at the year end"),
        F(0, "count", "lcsprs_published", "reviews published during the year", "the partnership had not published any review during the year"),
        F(5, "count", "other", "rapid reviews in which the school knew something children's social care did not", "In five of the seven rapid reviews"),
        F(1204, "count", "social_care_referrals", "referrals received by the front door", "how many of the 1,204 referrals received by the front door came from schools"),
        F(318, "count", "social_care_referrals", "referrals made by education settings", "education settings made 318 referrals"),
        F(25, "percent", "social_care_referrals", "share of referrals made by education settings", "just over a quarter of the total", qualifier="just over"),
        F(276, "count", "child_protection_plans", "children on plans at 31 March 2025", "there had been 276 children on plans at 31 March 2025"),
        F(249, "count", "child_protection_plans", "children on plans a year earlier", "compared with 249 a year earlier", period=P("2024-03-31", "2024-03-31", "a year earlier")),
        F(46.2, "rate_per_10000", "child_protection_plans", "Sefton child protection plan rate", "Sefton's rate of 46.2 per 10,000"),
        F(47.5, "rate_per_10000", "child_protection_plans", "North West average rate (comparator)", "the North West average of 47.5"),
        F(16.67, "percent", "child_protection_plans", "plans that had lasted longer than 18 months", "About one in six plans had lasted longer than 18 months", qualifier="about"),
        F(212, "count", "other", "children reported missing", "212 children had been reported missing"),
        F(96, "percent", "other", "missing episodes where a return home interview was offered", "return home interviews had been offered in 96% of cases"),
        F(287000, "gbp", "other", "partnership budget", "the budget was £287,000"),
        F(143500, "gbp", "other", "Council contribution to the partnership budget", "the Council contributed £143,500"),
        F(612, "count", "looked_after_children", "children looked after by the Council", "the number of children looked after by the Council stood at 612"),
        F(41, "count", "other", "foster carers who attended a learning session", "41 foster carers had attended a learning session"),
    ],
    ["TUESDAY 11 NOVEMBER 2025 AT 6.30 PM", "31. APOLOGIES FOR ABSENCE", "Minute No. 34", "9 September 2025", "longer than 18 months", "on at least one occasion", "since June", "(1) the Sefton", "(2) a progress report", "17 March 2026", "8.12 pm", "0151 496 0624", "2025/26", "a number of questions"],
    [
        Q("In five of the seven rapid reviews, the child's school knew something that children's social care did not,", "Graham Ince", GI, "said", role="Independent Scrutineer, Sefton Safeguarding Children Partnership"),
        Q("That is the single most consistent message in this report.", "Graham Ince", GI, "said", role="Independent Scrutineer, Sefton Safeguarding Children Partnership"),
        Q("Offered is not the same as taken up. I have asked for that figure next time.", "Graham Ince", GI, "said", role="Independent Scrutineer, Sefton Safeguarding Children Partnership"),
        Q("This committee will want to see the school finding followed through,", "Councillor Halliwell-Pike", HP, "said", role="Chair"),
        Q("and I would like that on the work programme for March.", "Councillor Halliwell-Pike", HP, "said", role="Chair"),
    ],
    [
        {"name": "Councillor Halliwell-Pike", "role": "Chair"},
        {"name": "Rosalind Whitfield-Amos", "role": "Executive Director of Children's Services"},
        {"name": "Graham Ince", "role": "Independent Scrutineer, Sefton Safeguarding Children Partnership"},
        {"name": "Kerry-Ann Foulds", "role": "Service Manager, Quality Assurance"},
        {"name": "J. Carrick", "role": "co-opted member (Church of England Diocese)"},
        {"name": "P. Ndlovu", "role": "co-opted member (parent governor)"},
    ],
    ["SEFTON METROPOLITAN BOROUGH COUNCIL", "Contact: Democratic Services, 0151 496 0624, democratic.services@sefton.example"],
    "Committee minutes with a 'Questions and answers' section in Q./A. form: the answers are reported speech (not quotes) carrying most figures, so each figure's subject comes from the question before it ('how many of the 1,204 referrals ... came from schools' / 'education settings made 318 referrals, just over a quarter of the total'). Quotes appear only where the minutes use quote marks: the scrutineer's quote split by 'he said', 'He said:' inside an answer, and the Chair's quote split by 'she said' (the Chair named only as 'Councillor Halliwell-Pike (in the Chair)'). "
    "'one fewer than in 2023/24' is a change (1). 'in all seven cases' = 7 rapid reviews; 'Three cases had been referred on for a local child safeguarding practice review' = lcsprs_commissioned, one 'stood down' (other), 'leaving two reviews in progress' (ongoing); 'had not published any review' is a required zero. 'In five of the seven rapid reviews' (inside a quote) is a feature subset (other). "
    "'About one in six plans had lasted longer than 18 months' = 16.67 (the 18 months is a bound, not a figure). Referrals by source keep social_care_referrals. Minute numbers 31-35, '(1)', '(2)', times and dates are traps; 'a number of questions' is vague."
)
