from styles3_src import *
EP = ["Parry", "Cllr Parry", "Elin Wyn Parry", "Cllr Elin Wyn Parry", "Cabinet Member for Children and Supporting Families"]
MB = ["Bowen-Griffith", "Ms Bowen-Griffith", "Marian Bowen-Griffith", "Head of the Children and Supporting Families Department"]
write(
    "u02_gwynedd_council_news_release.html", "news_article",
    "Fewer Gwynedd children on the child protection register as early support grows",
    "Gwynedd", "North Wales Safeguarding Board", FY(2024),
    [
        F(71, "count", "child_protection_plans", "children on the child protection register on 31 March 2025", "there were 71 children on the register"),
        F(84, "count", "child_protection_plans", "children on the register a year before", "compared with 84 a year before", period=P("2024-03-31", "2024-03-31", "a year before")),
        F(96, "count", "child_protection_plans", "children on the register at the end of March 2023", "96 at the end of March 2023", period=P("2023-03-31", "2023-03-31", "the end of March 2023")),
        F(33, "rate_per_10000", "child_protection_plans", "Gwynedd register rate", "at 33 for every 10,000 children"),
        F(48, "rate_per_10000", "child_protection_plans", "Wales register rate (comparator)", "the Wales figure of 48"),
        F(88, "count", "child_protection_plans", "children placed on the register (registrations) in 2024/25", "88 children were placed on the register"),
        F(101, "count", "child_protection_plans", "children removed from the register (de-registrations)", "101 were removed from it"),
        F(39, "count", "child_protection_plans", "registrations with neglect as the main concern", "Neglect was the main concern for 39 of those registrations"),
        F(27, "count", "child_protection_plans", "registrations with emotional abuse as the main concern", "emotional abuse for 27"),
        F(612, "count", "children_in_need", "children with care and support plans", "working with 612 children through care and support plans"),
        F(243, "count", "looked_after_children", "children looked after by the Council", "243 children were looked after by the Council"),
        F(7, "count", "looked_after_children", "increase in children looked after on a year earlier", "seven more than a year earlier"),
        F(75, "percent", "looked_after_children", "looked after children placed with foster carers", "Around three quarters of looked after children in Gwynedd are placed with foster carers", qualifier="around"),
        F(3, "count", "review_referrals", "Gwynedd cases considered for a child practice review", "considered three Gwynedd cases for a child practice review"),
        F(1, "count", "lcsprs_commissioned", "case that met the criteria for a concise review", "one met the criteria for a concise review"),
        F(1, "count", "lcsprs_ongoing", "concise review now under way", "which is now under way", optional=True),
        F(0, "count", "lcsprs_published", "Gwynedd child practice reviews published in 2024/25", "No Gwynedd review was published in 2024/25"),
        F(14, "count", "other", "social worker vacancies filled since last autumn", "filled 14 of its 17 social worker vacancies"),
        F(17, "count", "other", "social worker vacancies", "14 of its 17 social worker vacancies"),
        F(31800000, "gbp", "other", "department budget for 2025/26", "budget for 2025/26 is £31.8 million", period=FY(2025)),
    ],
    ["Published: 14 October 2025", "On 31 March 2025", "at the end of March 2023", "for the second year running", "for every 10,000 children", "Thursday, 9 October 2025", "item 6", "two hours", "01632 960418", "LL55 1SH", "© Gwynedd Council 2025", "2025/26"],
    [
        Q("These are not just numbers. Every registration is a family going through a very difficult time, and every de-registration should mean that a child is safer. I am pleased that our families can receive help in their own language, at the right time, and close to home.",
          "Elin Wyn Parry", EP, "said", role="Cabinet Member for Children and Supporting Families"),
        Q("Growing our own is the only way in a rural county,", "Marian Bowen-Griffith", MB, "said", role="Head of the Children and Supporting Families Department"),
        Q("You cannot expect a social worker from Cardiff to drive two hours to Aberdaron for a home visit.", "Marian Bowen-Griffith", MB, "said", role="Head of the Children and Supporting Families Department"),
    ],
    [
        {"name": "Elin Wyn Parry", "role": "Cabinet Member for Children and Supporting Families, Gwynedd Council"},
        {"name": "Marian Bowen-Griffith", "role": "Head of the Children and Supporting Families Department, Gwynedd Council"},
    ],
    ["Cyngor Gwynedd Council", "Cymraeg | Residents | Council | Newsroom", "Home > Council > Newsroom > Press releases",
     "For more information contact the Communications Unit on 01632 960418 or press@gwynedd.example.",
     "Cyngor Gwynedd, Stryd y Jel, Caernarfon, LL55 1SH | © Gwynedd Council 2025", "Accessibility | Privacy | Newid iaith / Change language"],
    "Welsh council press release in English (Welsh-language area). Register counts, registrations ('placed on the register'), de-registrations ('removed from it') and their categories are child_protection_plans; snapshots at 31 March 2024 ('a year before') and March 2023 carry their own periods; 'at 33 for every 10,000 children' vs 'the Wales figure of 48' (comparator). "
    "Care and support plans = children_in_need. 'seven more than a year earlier' is a change in children looked after. 'Around three quarters' = 75 (hedged, the only statement, required). Child practice reviews through the North Wales Safeguarding Board: 'considered three Gwynedd cases' = review_referrals, 'one met the criteria for a concise review' = lcsprs_commissioned, 'now under way' (implied 1, optional), 'No Gwynedd review was published' = required zero. "
    "'two hours' (a unit the spec lacks, inside a rhetorical quote) is not a figure. The quote after 'said:' sits in a blockquote; the Head of Department's quote is split by the cue 'she said'."
)
