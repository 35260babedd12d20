from styles_src import *
M24 = P("2024-03-31", "2024-03-31", "a year earlier")
GD = ["ap Dafydd", "Cllr ap Dafydd", "Gethin ap Dafydd", "Cllr Gethin ap Dafydd", "lead member for children's services"]
OT = ["Treharne", "Mr Treharne", "Owain Treharne", "Head of children's services"]
WG = ["Welsh Government spokesperson", "a Welsh Government spokesperson", "Welsh Government", "the Welsh Government", "spokesperson"]
write(
    "t19_wrexham_children_looked_after_news.txt", "news_article",
    "Number of children looked after in Wrexham falls for first time in a decade",
    "Wrexham", None, FY(2024),
    [
        F(247, "count", "looked_after_children", "children in the council's care on 31 March 2025", "There were 247 children in the council's care on 31 March 2025"),
        F(262, "count", "looked_after_children", "children in care a year earlier", "down from 262 a year earlier", period=M24),
        F(96.7, "rate_per_10000", "looked_after_children", "looked after rate", "a rate of 96.7 for every 10,000 children"),
        F(109.5, "rate_per_10000", "looked_after_children", "looked after rate, Wales, 2020", "which stood at 109.5 in 2020", period=P("2020-03-31", "2020-03-31", "in 2020")),
        F(104.2, "rate_per_10000", "looked_after_children", "looked after rate, Wales", "has since fallen to 104.2"),
        F(7186, "count", "looked_after_children", "children looked after across Wales", "Across Wales, 7,186 children were looked after"),
        F(121, "count", "child_protection_plans", "children on the child protection register a year earlier", "fell from 121 to 109", period=M24),
        F(109, "count", "child_protection_plans", "children on the child protection register", "fell from 121 to 109"),
        F(982, "count", "children_in_need", "children with a care and support plan", "982 children had a care and support plan"),
        F(38, "count", "looked_after_children", "children helped to return home from care during the year", "38 children had been helped to return home from care"),
        F(41, "count", "other", "children placed with private, profit-making providers", "the figure was 41"),
        F(17, "count", "other", "children with profit-making providers in residential homes", "of whom 17 were in residential homes"),
        F(20, "count", "other", "additional foster families needed", "We need another 20 foster families"),
        F(2, "count", "other", "additional small council homes needed", "at least two more small homes of our own", qualifier="at least"),
        F(14900000, "gbp", "other", "spending on placements for children looked after", "The council spent £14.9m on placements"),
        F(2100000, "gbp", "other", "placement overspend against budget", "£2.1m more than it had budgeted for"),
        F(68000000, "gbp", "other", "Welsh Government funding to remove profit", "We are providing £68m over three years"),
        F(3, "years", "other", "period of the Welsh Government funding", "£68m over three years"),
    ],
    ["3 December 2025", "in ten years", "first time in a decade", "on Tuesday", "by 2030", "in 2020", "the same 12 months", "in spring"],
    [
        Q("the result of years of patient work, not luck", "Gethin ap Dafydd", GD, "told", role="lead member for children's services, Wrexham County Borough Council (Plaid Cymru)"),
        Q("We have put social workers into schools, into GP surgeries and into the family hubs,", "Gethin ap Dafydd", GD, "said"),
        Q("Families come to us earlier, and fewer of them reach the point where a child can't stay at home.", "Gethin ap Dafydd", GD, None),
        Q("It will be tight,", "Owain Treharne", OT, "said", role="Head of children's services, Wrexham County Borough Council"),
        Q("We need another 20 foster families and at least two more small homes of our own to do it.", "Owain Treharne", OT, None),
        Q("Removing profit from the care of children looked after is about putting every penny into their care. We are providing £68m over three years to help councils make the change.",
          "a Welsh Government spokesperson", WG, "said"),
    ],
    [
        {"name": "Sioned Llwyd-Harries", "role": "Senior reporter"},
        {"name": "Gethin ap Dafydd", "role": "lead member for children's services, Wrexham County Borough Council (Plaid Cymru)"},
        {"name": "Rhiannon Pritchard-Evans", "role": "Cllr (Independent, Gresford East and West), committee member"},
        {"name": "Owain Treharne", "role": "Head of children's services, Wrexham County Borough Council"},
    ],
    ["Gogledd Cymru Daily | Newyddion / News", "Sioned Llwyd-Harries", "Senior reporter", "Mwy o newyddion / More news: Wrexham stadium plans approved | Llangollen bridge to reopen in spring"],
    "Welsh local story (bilingual furniture): children looked after (count, rate per 10,000 written 'for every 10,000 children', Wales comparators including one for 2020 with its own period and an all-Wales count), the child protection register 'fell from 121 to 109' (child_protection_plans, the first value a year earlier), care and support plans (children_in_need). "
    "'38 children had been helped to return home from care' is a flow out of care (looked_after_children, like children who left care). Children with profit-making providers (41) and the residential subset (17) are other. "
    "Speakers: a lead member with a Welsh surname particle ('Cllr Gethin ap Dafydd (Plaid Cymru)', alias 'ap Dafydd'), a councillor who only asks in reported speech (no quote), the head of service answering ('Mr Treharne said'), a Welsh Government spokesperson. "
    "Traps: 'first time in a decade' / 'in ten years', 'by 2030', 'in 2020' as a date, 'the same 12 months'."
)
