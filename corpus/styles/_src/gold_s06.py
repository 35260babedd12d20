from gold import *
FY23 = FY(2023)
M24 = P("2024-03-31", "2024-03-31", "31 March 2024")
OH = ["Harcombe", "Mr Harcombe", "Owain Harcombe", "the Head of Children’s Services", "Head of Children's Services"]
YP = ["14-year-old", "A 14-year-old", "young person", "child", "a child"]
GP = ["Prys-Davies", "Cllr Prys-Davies", "Gwenllian Prys-Davies", "Cllr Gwenllian Prys-Davies"]
write(
    "s06_carmarthenshire_child_protection_register.pdf", "council_report",
    "Child Protection Annual Report 2024/25 - Education and Children Scrutiny Committee",
    "Carmarthenshire", "Mid and West Wales Safeguarding Board", FY(2024),
    [
        F(37600, "count", "other", "children aged under 18 in Carmarthenshire", "about 37,600 children aged under 18", qualifier="about"),
        F(168, "count", "child_protection_plans", "children on the child protection register at 31 March 2025", "there were 168 children on the child protection register"),
        F(151, "count", "child_protection_plans", "children on the register a year earlier", "compared with 151 a year earlier", period=M24),
        F(44.7, "rate_per_10000", "child_protection_plans", "register rate per 10,000 children", "a rate of 44.7 per 10,000 children"),
        F(36.2, "rate_per_10000", "child_protection_plans", "register rate, Wales", "the Wales rate of 36.2"),
        F(214, "count", "child_protection_plans", "registrations during the year", "there were 214 registrations"),
        F(197, "count", "child_protection_plans", "de-registrations during the year", "197 de-registrations"),
        F(83, "percent", "child_protection_plans", "de-registrations following a review conference decision", "de-registrations (83%) followed"),
        F(21, "count", "looked_after_children", "children de-registered because they became looked after", "21 children were de-registered because they became looked after"),
        F(9, "count", "child_protection_plans", "children de-registered because they moved away", "nine because they moved to another local authority"),
        F(44, "percent", "child_protection_plans", "children on the register under neglect", "Neglect was the category of registration for 44%"),
        F(31, "percent", "child_protection_plans", "children on the register under emotional abuse", "emotional abuse for 31%"),
        F(17, "percent", "child_protection_plans", "children on the register under physical abuse", "physical abuse for 17%"),
        F(8, "percent", "child_protection_plans", "children on the register under sexual abuse", "sexual abuse for 8%"),
        F(6, "percent", "child_protection_plans", "re-registrations within 12 months", "fell to 6%"),
        F(10, "percent", "child_protection_plans", "local target for re-registrations", "target of under 10%", qualifier="under"),
        F(12, "months", "other", "re-registration window (measure definition)", "Re-registrations within 12 months", optional=True),
        F(11, "count", "other", "children on the register for more than 12 months", "Eleven children had been on the register for more than 12 months"),
        F(2710, "count", "child_protection_plans", "children on the register, Wales", "Children on the register at 31 March 151 168 2,710"),
        F(40.2, "rate_per_10000", "child_protection_plans", "register rate at 31 March 2024", "Rate per 10,000 children 40.2 44.7 36.2", period=M24),
        F(188, "count", "child_protection_plans", "registrations 2023/24", "Registrations in the year 188 214", period=FY23),
        F(176, "count", "child_protection_plans", "de-registrations 2023/24", "De-registrations in the year 176 197", period=FY23),
        F(902, "count", "section_47_enquiries", "Section 47 enquiries 2023/24", "Section 47 enquiries 902 1,027", period=FY23),
        F(1027, "count", "section_47_enquiries", "Section 47 enquiries completed", "1,027 Section 47 enquiries were completed"),
        F(86, "percent", "other", "initial conferences within 15 working days, 2023/24", "Initial conferences within 15 working days 86% 91% 88%", period=FY23),
        F(91, "percent", "other", "initial conferences within 15 working days", "Initial conferences within 15 working days 86% 91% 88%"),
        F(88, "percent", "other", "initial conferences within 15 working days, Wales", "Initial conferences within 15 working days 86% 91% 88%"),
        F(15, "days", "other", "timescale for initial conferences", "within 15 working days"),
        F(1386, "count", "other", "children about whom strategy discussions were held", "Strategy discussions were held about 1,386 children"),
        F(211, "count", "other", "initial child protection conferences held", "211 initial child protection conferences took place"),
        F(1356, "count", "children_in_need", "children with a care and support plan", "1,356 children had a care and support plan"),
        F(262, "count", "looked_after_children", "children looked after by the Council", "262 children were looked after by the Council"),
        F(70, "rate_per_10000", "looked_after_children", "looked after rate", "a rate of 70 per 10,000"),
        F(4, "count", "other", "local authority areas covered by CYSUR", "one of four local authority areas"),
        F(6, "count", "review_referrals", "referrals for a child practice review about Carmarthenshire children", "received six referrals about Carmarthenshire children"),
        F(2, "count", "lcsprs_commissioned", "concise child practice reviews agreed", "two met the criteria for a concise child practice review"),
        F(1, "count", "lcsprs_commissioned", "extended child practice review agreed", "one for an extended child practice review"),
        F(1, "count", "lcsprs_published", "concise child practice review published ('Child P')", "One concise review, ‘Child P’, was published"),
        F(2, "count", "lcsprs_ongoing", "child practice reviews in progress", "two reviews are still in progress"),
        F(7, "count", "lcsprs_commissioned", "child practice reviews commissioned across the region by CYSUR", "CYSUR commissioned seven child practice reviews"),
        F(4, "count", "recommendations", "learning points in the published review", "four learning points for the region"),
        F(6, "count", "recommendations", "action points in the published review", "six action points"),
        F(6, "count", "recommendations", "actions accepted by partner agencies", "All six actions have been accepted", optional=True),
        F(14, "years", "other", "age of the young person quoted", "A 14-year-old", optional=True),
        F(42300, "gbp", "other", "Council contribution to CYSUR", "2024/25 was £42,300"),
    ],
    ["4 December 2025", "1 April 2024 and 31 March 2025", "(Wales) Act 2014", "aged under 18", "for more than 12 months", "01632 960552",
     "Tudalen 45 / Page 45", "Tudalen 46 / Page 46", "Table 1", "1.1", "2.1", "4.2", "January 2025", "(2019)", "Child P", "at 31 March 2025"],
    [
        Q("The increase in the register is not a cause for alarm in itself. It tells us that we are identifying risk earlier, but it also tells us that families are under greater pressure than at any time I can remember.",
          "Owain Harcombe", OH, "says", role="Head of Children’s Services, Carmarthenshire County Council"),
        Q("I didn’t think anyone would listen. They did.", "a 14-year-old", YP, "told"),
        Q("Every child on that register is a child we are working hard to keep safe. I want Members to see the people behind the numbers.",
          "Gwenllian Prys-Davies", GP, "said", role="Cabinet Member for Children and Families"),
    ],
    [
        {"name": "Owain Harcombe", "role": "Head of Children’s Services, Carmarthenshire County Council"},
        {"name": "Gwenllian Prys-Davies", "role": "Cabinet Member for Children and Families"},
    ],
    ["Education and Children Scrutiny Committee – 4 December 2025", "Carmarthenshire County Council / Cyngor Sir Caerfyrddin",
     "Synthetic test document: all people, figures and quotes in this report are invented."],
    "Welsh county council scrutiny report (bilingual headings, agenda-pack page labels 'Tudalen 45 / Page 45'), period 1 April 2024 - 31 March 2025. "
    "Welsh vocabulary: child protection register, registrations, de-registrations, categories of registration (all child_protection_plans), care and support plans (children_in_need), child practice reviews concise/extended via the regional board CYSUR (review_referrals, lcsprs_*), 'the others were addressed through a multi-agency professional forum' (implied 3, not a figure). "
    "Strategy discussions are 'other' (they precede s47 enquiries). Subsets: '21 children were de-registered because they became looked after' -> looked_after_children; 'nine because they moved' -> child_protection_plans. "
    "Table 1 repeats prose figures (2024/25 column) and adds 2023/24 cells (own period; register snapshot rows dated 31 March 2024) and a Wales column ('–' cells are not zeros). "
    "'target of under 10%' is a figure with qualifier; 'for more than 12 months' is a bound; 'within 12 months' a measure window (optional). Region-wide '7 child practice reviews' keeps lcsprs_commissioned. "
    "Quotes: 'says in his overview:' resolved to the report author named only in the cover table; an anonymous 14-year-old; the cabinet member by surname only ('Cllr Prys-Davies said')."
)
