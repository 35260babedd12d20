from gold import *
DW = ["Whitcombe", "Mr Whitcombe", "D. A. Whitcombe", "Mr D. A. Whitcombe", "Independent Scrutineer", "the Independent Scrutineer"]
TA = ["Ahmed", "Ms Ahmed", "T. Ahmed", "Ms T. Ahmed", "Executive Director of People", "the Executive Director of People"]
SB = ["Bhatt", "Councillor Bhatt", "S. Bhatt", "Councillor S. Bhatt", "Deputy Leader"]
write(
    "s07_shropshire_cabinet_minutes_moderngov.html", "council_report",
    "Minutes for Cabinet on Wednesday, 15th October, 2025, 10.00 am - Shropshire Council",
    "Shropshire", "Shropshire Safeguarding Community Partnership", FY(2024),
    [
        F(2, "count", "other", "public questions received", "Two public questions had been received", optional=True),
        F(6, "count", "serious_incident_notifications", "serious incident notifications to the national panel", "made six serious incident notifications"),
        F(9, "count", "serious_incident_notifications", "serious incident notifications in 2023/24", "against nine in 2023/24", period=FY(2023)),
        F(6, "count", "rapid_reviews", "rapid reviews completed (one in each case)", "a rapid review had been completed in each case", optional=True),
        F(15, "days", "other", "timescale for rapid reviews", "within the required 15 working days"),
        F(1, "count", "lcsprs_commissioned", "LCSPR commissioned", "One local child safeguarding practice review had been commissioned"),
        F(2, "count", "lcsprs_published", "LCSPRs published", "two had been published"),
        F(7, "count", "recommendations", "recommendations of the 'Olivia' review", "which made seven recommendations"),
        F(312, "count", "child_protection_plans", "children subject to a child protection plan at 31 March 2025", "312 children had been subject to a plan at 31 March 2025"),
        F(48.6, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 48.6 per 10,000 children"),
        F(41.0, "rate_per_10000", "child_protection_plans", "child protection plan rate, statistical neighbour average", "a statistical neighbour average of 41.0"),
        F(298, "count", "child_protection_plans", "children subject to a plan at the end of September 2025", "The figure at the end of September 2025 was 298",
          period=P("2025-09-30", "2025-09-30", "the end of September 2025")),
        F(689, "count", "looked_after_children", "children looked after at 31 March 2025", "looked after 689 children at 31 March 2025"),
        F(4, "percent", "looked_after_children", "increase in children looked after on the previous year", "an increase of 4% on the previous year"),
        F(46, "count", "looked_after_children", "children in care living in external residential homes", "46 of them were living in external residential children’s homes"),
        F(127500, "gbp", "other", "Council contribution to the partnership for 2026/27", "contribution to the partnership of £127,500 for 2026/27", period=FY(2026)),
        F(6, "months", "other", "time until the report back to Cabinet", "reports back to Cabinet in six months", optional=True),
        F(6950, "gbp", "other", "average weekly cost of an external residential placement", "had risen to £6,950"),
        F(2, "count", "other", "council-run children's homes proposed", "open two council-run homes"),
        F(6, "count", "other", "beds in the proposed homes", "a total of six beds"),
        F(1200000, "gbp", "other", "estimated annual saving", "save an estimated £1.2 million a year", qualifier="an estimated"),
        F(1900000, "gbp", "other", "capital cost of the two homes", "capital cost of up to £1.9 million", qualifier="up to"),
        F(4, "years", "other", "payback period", "a payback period of about four years", qualifier="about"),
    ],
    ["44.", "45.", "46.", "47.", "48.", "49.", "50.", "item 51", "(1) That Cabinet notes", "(2) That Cabinet approves", "(3) That the Executive Director",
     "15th October, 2025", "10.00 am", "12.04 pm", "17 September 2025", "SY2 6ND", "01632 960268", "01632 960000", "PDF 214 KB", "PDF 388 KB",
     "paragraph 8.3", "Paragraph 3 of Part 1 of Schedule 12A", "Local Government Act 1972", "1 April 2024 to 31 March 2025", "Olivia", "found none"],
    [
        Q("My judgement is that the partners are working well together, and better than when I started this role. But I want to be honest with you: the learning from reviews is still not reaching every frontline practitioner quickly enough.",
          "D. A. Whitcombe", DW, "told", role="Independent Scrutineer, Shropshire Safeguarding Community Partnership"),
        Q("Too many of our reviews say the same thing about information sharing. If I am writing that sentence again next year, we will have failed.", "D. A. Whitcombe", DW, None),
        Q("not something the Council can simply budget its way out of", "T. Ahmed", TA, "said", role="Executive Director of People"),
        Q("This is the right thing to do for children as well as for the budget. Children from Shropshire should be able to grow up in Shropshire.",
          "S. Bhatt", SB, "said", role="Councillor; Deputy Leader"),
    ],
    [
        {"name": "R. J. Evans-Lloyd", "role": "Councillor; Leader (Chairman)"},
        {"name": "S. Bhatt", "role": "Councillor; Deputy Leader"},
        {"name": "K. Halliday", "role": "Councillor"},
        {"name": "M. O'Connell", "role": "Councillor"},
        {"name": "P. Ridge", "role": "Councillor"},
        {"name": "D. Yelland", "role": "Councillor; Portfolio Holder for Children and Education"},
        {"name": "L. Morgan-Price", "role": "Councillor (apologies)"},
        {"name": "D. A. Whitcombe", "role": "Independent Scrutineer, Shropshire Safeguarding Community Partnership"},
        {"name": "T. Ahmed", "role": "Executive Director of People"},
        {"name": "G. Cheung", "role": "Assistant Director, Finance"},
        {"name": "Amelia Frost", "role": "Democratic Services Officer"},
    ],
    ["Skip to main content", "Committee structure", "Councillors", "Meetings calendar", "Find my councillor",
     "Agenda frontsheet PDF 214 KB", "Printed minutes PDF 388 KB", "Decisions",
     "Shropshire Council, Shirehall, Abbey Foregate, Shrewsbury, SY2 6ND. Telephone 01632 960000. © Shropshire Council 2025"],
    "ModernGov-style Cabinet minutes page (mgItemTable rows: minute number in its own cell, then the item). Period = the annual report the main item presents (2024/25). "
    "Minute numbers '44.'-'50.', 'item 51', numbered resolutions '(1) That Cabinet notes/approves', 'paragraph 8.3', 'Schedule 12A', file sizes 'PDF 214 KB', meeting times and phone numbers are not figures. "
    "Mostly reported speech with figures: 'against nine in 2023/24' (own period), 'a rapid review had been completed in each case' (implied 6, optional), 'The figure at the end of September 2025 was 298' (own snapshot period), '46 of them' (looked_after_children subset), 'found none that concerned him' (not a zero). "
    "The seven recommendations are mentioned twice (review, then resolution (3)); the £1.9 million capital cost twice (officer, then resolution (1)). £127,500 is for 2026/27 (own period). "
    "People are named by title and initials ('Mr D. A. Whitcombe', 'Ms T. Ahmed') and later by surname or role ('The Independent Scrutineer, Mr Whitcombe', 'He told Cabinet:'). Quotes: a two-paragraph quote whose second paragraph has no cue; a fragment after 'She said the rise was'; a councillor quote with 'said:'."
)
