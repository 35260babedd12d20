from styles3_src import *
AT = ["Threlfall-Grey", "Dr Threlfall-Grey", "Alison Threlfall-Grey", "Dr Alison Threlfall-Grey", "Senior Coroner", "coroner", "the coroner"]
MO = ["Oyelaran-Price", "Ms Oyelaran-Price", "Marguerite Oyelaran-Price", "Independent reviewer", "the review"]
SA = ["Abara-Lyle", "Mr Abara-Lyle", "Stephen Abara-Lyle", "Partnership chair"]
GM = ["Ava's maternal grandmother", "maternal grandmother", "grandmother", "the grandmother"]
write(
    "u10_enfield_inquest_case_review_story.html", "news_article",
    "Baby Ava inquest: coroner says 'chances were missed' as review finds agencies worked in silos",
    "Enfield", "Enfield Safeguarding Children Partnership", P("2023-04-01", "2024-01-19", "from April 2023 ... to the date of Ava's death"),
    [
        F(14, "weeks", "other", "age of the baby who died", "a 14-week-old baby girl from Enfield"),
        F(31, "count", "other", "professional contacts with the family before the death", "professionals had at least 31 contacts with the family", qualifier="at least"),
        F(4, "days", "other", "days between being found unresponsive and dying", "four days after she was found unresponsive"),
        F(11, "count", "other", "rib fractures found at post-mortem", "found 11 rib fractures of different ages"),
        F(27, "years", "other", "age of the father", "Her father, Kieran Doyle, 27"),
        F(9, "years", "other", "father's prison sentence", "was jailed for nine years at the Old Bailey"),
        F(22, "years", "other", "age of the mother", "Her mother, 22, was cleared"),
        F(9, "weeks", "other", "age when the bruise to the ear was noted", "when she was nine weeks old"),
        F(2, "count", "other", "police attendances at the flat after reports of shouting", "Police had attended the flat twice", optional=True),
        F(8, "count", "recommendations", "recommendations of the review", "The review makes eight recommendations"),
        F(3, "count", "other", "safeguarding partners", "the three safeguarding partners accepted every recommendation", optional=True),
        F(16, "count", "serious_incident_notifications", "serious incidents notified by Enfield in 2024/25", "Enfield notified the national panel of 16 serious incidents in 2024/25", period=FY(2024)),
        F(12, "count", "serious_incident_notifications", "serious incidents notified the previous year", "up from 12 the previous year", period=FY(2023)),
        F(6, "count", "other", "notified incidents involving babies under a year old", "Six of the 16 involved babies under a year old", period=FY(2024)),
    ],
    ["4 December 2025, 16:20", "19 January 2024", "in June", "on Thursday", "both days of the inquest", "on either occasion", "not yet crawling", "under a year old", "Road closures for 3 weeks on the A10", "Spurs fan, 43, banned for 5 years", "020 7946 0381", "© North London Courier 2025"],
    [
        Q("chances were missed", "Alison Threlfall-Grey", AT, "says", role="Senior Coroner", optional=True),
        Q("Ava's short life was lived in full view of services. I am satisfied that there were chances to protect her, and that they were missed.", "Alison Threlfall-Grey", AT, "said", role="Senior Coroner"),
        Q("worked alongside each other rather than together", "Marguerite Oyelaran-Price", MO, "wrote", role="independent reviewer"),
        Q("We are sorry,", "Stephen Abara-Lyle", SA, "said", role="chair, Enfield Safeguarding Children Partnership"),
        Q("We owe it to Ava to make sure the next family gets a different response.", "Stephen Abara-Lyle", SA, "said", role="chair, Enfield Safeguarding Children Partnership"),
        Q("Thirty-one times they came through that door. Thirty-one. And nobody picked her up.", "Ava's maternal grandmother", GM, "said"),
    ],
    [
        {"name": "Demetris Kyriacou-Lowe", "role": "Courts Reporter"},
        {"name": "Ava Mensah-Doyle", "role": "the baby who died"},
        {"name": "Kieran Doyle", "role": "Ava's father"},
        {"name": "Alison Threlfall-Grey", "role": "Senior Coroner"},
        {"name": "Marguerite Oyelaran-Price", "role": "independent reviewer"},
        {"name": "Stephen Abara-Lyle", "role": "chair, Enfield Safeguarding Children Partnership"},
    ],
    ["North London Courier", "News Courts Enfield Sport", "North London Coroner's Court, where the inquest was held. Photo: Courier",
     "Most read", "© North London Courier 2025 | Newsdesk 020 7946 0381 | courier.example"],
    "Court / inquest story that reports one LCSPR: period = the review's scope, 'from April 2023 ... to the date of Ava's death' (19 January 2024). Case facts are figures (other): the baby's ages (14 weeks, nine weeks), 'at least 31 contacts' (repeated inside the grandmother's quote as 'Thirty-one times' - the same fact, not a new figure), 11 rib fractures, 'four days after', the parents' ages, 'jailed for nine years'; 'twice' (a frequency word, optional). 'The review makes eight recommendations' = recommendations. "
    "The partnership's annual figures carry their own periods ('16 ... in 2024/25, up from 12 the previous year'); 'Six of the 16 involved babies under a year old' is a feature subset (other). The publication of the one review states no number (not a figure). 'Most read' sidebar numbers, the caption and JSON-LD are boilerplate. "
    "Quotes: the headline scare quote (optional), the coroner after 'said:', the reviewer's fragment with the cue 'wrote that', the chair's quote split by 'he said', and the grandmother (anonymous relative, 'said outside court:')."
)
