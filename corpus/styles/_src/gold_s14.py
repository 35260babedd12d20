from gold import *
write(
    "s14_bedford_inspection_letter.txt", "other",
    "Inspection of Bedford Borough local authority children's services",
    "Bedford", None, P("2025-09-08", "2025-09-19", "8 to 19 September 2025"),
    [
        F(4600000, "gbp", "other", "additional council investment in children's social care over two years", "invested an additional £4.6 million in children's social care"),
        F(2, "years", "other", "period of the additional investment", "over the last two years", optional=True),
        F(1, "days", "other", "timescale for decisions on contacts", "within one working day"),
        F(186, "count", "child_protection_plans", "children subject to a child protection plan at the time of the inspection", "186 children were subject to a child protection plan"),
        F(15, "count", "other", "social worker caseload, lower end", "between 15 and 19 children", qualifier="between", optional=True),
        F(19, "count", "other", "social worker caseload, upper end", "between 15 and 19 children", qualifier="between", optional=True),
        F(4, "count", "other", "local authorities the quoted social worker has worked in", "I've worked in four local authorities", optional=True),
        F(61, "percent", "other", "return home interviews held within 72 hours", "only 61% of interviews take place within 72 hours"),
        F(3, "days", "other", "timescale for return home interviews (72 hours)", "within 72 hours", optional=True),
        F(344, "count", "looked_after_children", "children looked after", "Bedford Borough looks after 344 children"),
        F(41, "count", "looked_after_children", "children in care living more than 20 miles from Bedford", "41 of them, live more than 20 miles from Bedford"),
        F(20, "days", "other", "timescale for initial health assessments", "within 20 working days"),
        F(38, "percent", "other", "initial health assessments completed within 20 working days", "for only 38% of children coming into care"),
        F(15, "years", "other", "age of the child in care quoted", "One 15-year-old said", optional=True),
        F(12, "count", "other", "new foster carers recruited this year", "recruit 12 new foster carers this year"),
        F(97, "percent", "other", "care leavers the local authority is in touch with", "in touch with 97% of its 230 care leavers"),
        F(230, "count", "other", "care leavers aged 17 to 21", "its 230 care leavers"),
        F(28, "percent", "other", "agency social worker rate two years ago", "fallen from 28% to 9% in two years"),
        F(9, "percent", "other", "agency social worker rate now", "fallen from 28% to 9% in two years"),
        F(2, "years", "other", "period of the fall in agency social workers", "to 9% in two years", optional=True),
        F(6, "count", "other", "records without regular supervision", "six of the 14 children's records"),
        F(14, "count", "other", "children's records reviewed in the children with disabilities team", "the 14 children's records that inspectors reviewed"),
    ],
    ["8 to 19 September 2025", "in 2022", "1. The timeliness", "2. The sufficiency", "3. The consistency", "Section 47", "more than 20 miles",
     "aged 17 to 21", "turned 18", "SC/ILACS/80455", "01632 960502", "© Crown copyright 2025", "10. The director", "11. Inspectors"],
    [
        Q("I've worked in four local authorities and this is the first where I've felt I could say I'm struggling.", "a social worker", ["One social worker", "social worker", "a social worker"], "said"),
        Q("My social worker actually turns up when she says she will. That's rare.", "a 15-year-old", ["One 15-year-old", "15-year-old", "child in care", "a child in care", "child"], "said"),
        Q("They didn't stop caring when I turned 18. I still ring my PA about everything.", "a care leaver", ["A care leaver", "care leaver"], "told"),
        Q("listen and then act", "staff", ["Staff", "social workers", "staff members"], "told"),
    ],
    [{"name": "Frances Ogunleye", "role": "Lead inspector, His Majesty's Inspector"}],
    ["Ofsted", "Enquiries: enquiries@ofsted.example | Telephone: 01632 960502", "Reference: SC/ILACS/80455", "© Crown copyright 2025"],
    "Inspection report of a council's children's services (kind other: neither a council report nor news). Period = the inspection dates '8 to 19 September 2025'. Area 'Bedford' (Bedford Borough). "
    "Few figures among many numbered paragraphs (1-11) and a numbered 'What needs to improve?' list (1-3), all traps, as are the judgement grades, 'in 2022', 'aged 17 to 21', 'turned 18', 'more than 20 miles' and the reference number. "
    "Range 'between 15 and 19 children' (two optional figures). Timeliness shares are other (61% within 72 hours, 38% within 20 working days); '41 of them' keeps looked_after_children; care leavers are other. 'fallen from 28% to 9% in two years' gives two figures. "
    "Quotes are anonymous: 'One social worker said:', 'One 15-year-old said:', 'A care leaver told inspectors:', and a fragment from staff ('Staff told inspectors that leaders \"listen and then act\"')."
)
