from styles_src import *
M24 = P("2024-03-31", "2024-03-31", "a year earlier")
ER = ["Rhys-Parry", "Cllr Rhys-Parry", "Elin Rhys-Parry", "Cllr Elin Rhys-Parry", "Cabinet Member", "the Cabinet Member"]
GP = ["Prydderch", "Gwenllian Prydderch", "Ms Prydderch", "Head of Service", "the Head of Service", "Head of Children, Families and Safeguarding"]
write(
    "t09_conwy_cabinet_register_cla.pdf", "council_report",
    "Cabinet report: Child Protection Register and Children Looked After - Annual Position 2024-25",
    "Conwy", "North Wales Safeguarding Board", P("2024-04-01", "2025-03-31", "the year 1 April 2024 to 31 March 2025"),
    [
        F(118, "count", "child_protection_plans", "children on the Child Protection Register at 31 March 2025", "There were 118 children on the Child Protection Register"),
        F(97, "count", "child_protection_plans", "children on the register a year earlier", "compared with 97 a year earlier", period=M24),
        F(22, "percent", "child_protection_plans", "increase in children on the register", "an increase of 22%"),
        F(54.2, "rate_per_10000", "child_protection_plans", "register rate", "a rate of 54.2 per 10,000 children"),
        F(48.0, "rate_per_10000", "child_protection_plans", "register rate, all Wales", "an all-Wales rate of 48.0"),
        F(171, "count", "child_protection_plans", "children placed on the register during the year (registrations)", "171 children were placed on the Register"),
        F(150, "count", "child_protection_plans", "children removed from the register (de-registrations)", "150 were removed"),
        F(9, "count", "child_protection_plans", "children re-registered within 12 months", "Nine children were re-registered"),
        F(5.3, "percent", "child_protection_plans", "re-registrations as a share of registrations", "(5.3% of registrations)", optional=True),
        F(61, "count", "child_protection_plans", "registrations under neglect", "Neglect was the most frequent category of registration (61 children)"),
        F(33, "count", "child_protection_plans", "registrations under emotional abuse", "emotional abuse (33)"),
        F(18, "count", "child_protection_plans", "registrations under physical abuse", "physical abuse (18)"),
        F(6, "count", "child_protection_plans", "registrations under sexual abuse", "sexual abuse (6)"),
        F(842, "count", "other", "strategy discussions held", "held 842 strategy discussions"),
        F(96, "percent", "other", "initial child protection conferences within 15 working days", "96% of initial child protection conferences took place within 15 working days"),
        F(15, "days", "other", "timescale for initial child protection conferences", "within 15 working days of the strategy discussion"),
        F(251, "count", "looked_after_children", "children looked after at 31 March 2025", "Conwy looked after 251 children"),
        F(115.3, "rate_per_10000", "looked_after_children", "looked after rate", "a rate of 115.3 per 10,000 children"),
        F(112.0, "rate_per_10000", "looked_after_children", "looked after rate, Wales", "(Wales 112.0)"),
        F(1164, "count", "children_in_need", "children with a care and support plan", "A further 1,164 children had a care and support plan"),
        F(87, "count", "other", "children looked after placed with kinship foster carers", "87 (35%) were placed with kinship foster carers"),
        F(35, "percent", "looked_after_children", "children looked after placed with kinship foster carers (share)", "87 (35%) were placed with kinship foster carers", optional=True),
        F(29, "count", "other", "children looked after living in residential care", "29 lived in residential care"),
        F(11, "count", "other", "children in residential care outside Wales", "11 of them outside Wales"),
        F(5870, "gbp", "other", "average weekly cost of an out-of-county residential placement", "residential placement was £5,870"),
        F(18, "count", "other", "children placed with profit-making providers", "move the 18 children currently placed with profit-making providers"),
        F(225, "count", "looked_after_children", "target number of children looked after by March 2029", "reduce the number of children looked after to 225 by March 2029",
          period=P("2029-03-31", "2029-03-31", "by March 2029")),
        F(640000, "gbp", "other", "yearly cost of the reduction strategy", "cost £640,000 a year for three years"),
        F(3, "years", "other", "length of the reduction strategy funding", "£640,000 a year for three years"),
        F(2, "count", "review_referrals", "referrals from Conwy considered by the regional board", "considered two referrals from Conwy during the year"),
        F(1, "count", "lcsprs_commissioned", "concise child practice review commissioned", "One met the criteria for a concise child practice review, which was commissioned in October 2024"),
        F(1, "count", "review_referrals", "referral that did not meet the criteria", "the other did not meet the criteria", optional=True),
        F(1, "count", "lcsprs_published", "extended child practice review published", "One extended child practice review, commissioned in 2022"),
    ],
    ["9 December 2025", "1.1", "2.2", "section 5", "2026–2029", "within 12 months", "aged under 18", "by April 2027", "October 2024", "in 2022",
     "February 2025", "Tudalen 112 / Page 112", "029 2018 0764"],
    [
        Q("Every child on our register has a name, a family and a future. The rise this year is a signal that we are catching harm earlier, not a sign that we are failing.",
          "Elin Rhys-Parry", ER, "commented", role="Cabinet Member for Social Care and Children, Conwy County Borough Council"),
        Q("We want more children to grow up safely with their own families, and this strategy gives us the staff to make that happen.",
          "Gwenllian Prydderch", GP, "added", role="Head of Children, Families and Safeguarding, Conwy County Borough Council"),
    ],
    [
        {"name": "Elin Rhys-Parry", "role": "Cabinet Member for Social Care and Children, Conwy County Borough Council"},
        {"name": "Gwenllian Prydderch", "role": "Head of Children, Families and Safeguarding, Conwy County Borough Council"},
    ],
    ["Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council", "Cabinet / Cabinet - 9 December 2025", "Tudalen 112 / Page 112", "Tudalen 113 / Page 113",
     "Contact: Democratic Services, 029 2018 0764,"],
    "Welsh cabinet report with bilingual headings (Adroddiad i'r Cabinet, Argymhellion, Plant sy'n Derbyn Gofal) and page labels 'Tudalen 112 / Page 112'. Register = child_protection_plans (count, rate, all-Wales rate, registrations 'placed on the Register', de-registrations 'removed', re-registrations, categories in brackets '(33)'). "
    "Care and support plans = children_in_need; strategy discussions and ICPC timeliness = other. '87 (35%) ... kinship foster carers': count of a feature subset (other) required, bracketed share optional (looked_after_children). "
    "A reduction target '225 by March 2029' keeps looked_after_children with its own period. Child practice reviews through the regional board: two referrals (review_referrals), one met the criteria and was commissioned (lcsprs_commissioned), 'the other did not meet the criteria' (optional 1), one extended review published (lcsprs_published), whose sentence crosses the page break. "
    "The 'Head of Service added:' quote resolves from the role to the lead officer's name on the cover block."
)
