from gold import *
PH = ["Hollings", "Cllr Hollings", "Peter Hollings", "Cllr Peter Hollings"]
JH = ["Hartigan", "Ms Hartigan", "Julie Hartigan"]
AQ = ["Qureshi", "Cllr Qureshi", "Asma Qureshi", "Cllr Asma Qureshi", "Panel chair", "the panel chair"]
MO = ["Oyelaran", "Mr Oyelaran", "Mark Oyelaran"]
MUM = ["one mother", "mother", "a mother", "the mother", "parent"]
DFE = ["Department for Education spokesperson", "Department for Education", "the Department for Education", "DfE", "spokesperson"]
write(
    "s09_calderdale_scrutiny_qa_news.html", "news_article",
    "'We have heard promises before': councillors grill children's services boss over agency staff",
    "Calderdale", None, P("2025-04-01", "2025-09-30", "between April and September this year"),
    [
        F(25, "percent", "other", "Calderdale social workers employed through an agency", "One in four Calderdale social workers is employed through an agency", optional=True),
        F(38, "count", "other", "social worker posts filled by agency staff", "38 of its 151 social worker posts were filled by agency staff"),
        F(151, "count", "other", "social worker posts", "38 of its 151 social worker posts"),
        F(6, "months", "other", "typical stay of an agency social worker", "here for six months and then gone", optional=True),
        F(1100, "gbp", "other", "extra weekly cost of an agency worker", "about £1,100 a week more than permanent staff", qualifier="about"),
        F(3200000, "gbp", "other", "forecast overspend this financial year", "forecast to overspend by £3.2m this financial year", period=FY(2025)),
        F(52, "count", "other", "agency social workers a year ago", "A year ago we had 52 agency social workers", period=P("2024-11-20", "2024-11-20", "a year ago")),
        F(14, "count", "other", "newly qualified social workers starting in January", "14 newly qualified social workers starting in January"),
        F(21, "count", "other", "average caseload (children per social worker)", "average caseloads had fallen to 21 children per social worker"),
        F(18, "count", "other", "caseload target", "against a target of 18"),
        F(1462, "count", "social_care_referrals", "referrals received over the six months", "received 1,462 referrals over the six months"),
        F(21.4, "percent", "social_care_referrals", "re-referrals within a year", "21.4 per cent of them coming back within a year"),
        F(22.4, "percent", "social_care_referrals", "re-referrals, England", "the England figure of 22.4 per cent"),
        F(287, "count", "child_protection_plans", "children on child protection plans at the end of September", "rose to 287 at the end of September"),
        F(241, "count", "child_protection_plans", "children on child protection plans in March", "from 241 in March", period=P("2025-03-31", "2025-03-31", "March")),
        F(58.1, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 58.1 per 10,000 children"),
        F(402, "count", "looked_after_children", "children in the council's care", "There were 402 children in the council's care"),
        F(79, "percent", "other", "assessments completed within 45 working days", "Just 79 per cent of assessments were completed within 45 working days"),
        F(45, "days", "other", "timescale for assessments", "within 45 working days"),
        F(33.33, "percent", "child_protection_plans", "new plans for children from 11 large families", "about a third of the new plans", qualifier="about"),
        F(11, "count", "other", "families with several siblings accounting for new plans", "just 11 families with several siblings"),
        F(6, "years", "other", "time Cllr Hollings has sat on the panel", "sat on this panel for six years", optional=True),
        F(3, "count", "other", "mother's children on plans last year", "whose three children were on plans last year"),
        F(5, "count", "other", "different social workers the mother had", "five different social workers in 18 months"),
        F(18, "months", "other", "period in which the mother had five social workers", "five different social workers in 18 months"),
    ],
    ["six months between April and September", "164 partners", "18:05", "20 November 2025", "two years ago", "a handful", "the fourth one", "three or four", "4.99 per cent", "2 years on",
     "Man, 34", "A629", "2nd time", "04417721", "01632 960387", "in January", "in March", "per 10,000", "within a year"],
    [
        Q("We have heard promises before", "Asma Qureshi", AQ, None, optional=True),
        Q("frankly alarming", "Peter Hollings", PH, "said", role="Cllr, Ryburn Conservative"),
        Q("We are paying a premium for people who, through no fault of their own, are here for six months and then gone,", "Peter Hollings", PH, "said"),
        Q("Families tell me they have had three or four social workers in a year.", "Peter Hollings", PH, None),
        Q("I'm not going to pretend that's where we want to be,", "Julie Hartigan", JH, "told", role="director of children's services, Calderdale Council"),
        Q("But I would ask members to look at the direction of travel. A year ago we had 52 agency social workers. We now have 38, and we have 14 newly qualified social workers starting in January.",
          "Julie Hartigan", JH, None),
        Q("We have heard promises before,", "Asma Qureshi", AQ, "said", role="Panel chair, Cllr (Park, Labour)"),
        Q("I want to see it in the numbers.", "Asma Qureshi", AQ, None),
        Q("in a very different place", "Julie Hartigan", JH, "replied"),
        Q("It only takes a handful of large families to move that number,", "Mark Oyelaran", MO, "said", role="Head of safeguarding, Calderdale Council"),
        Q("What matters is whether each of those children is safer, and I believe they are.", "Mark Oyelaran", MO, None),
        Q("I've sat on this panel for six years. Every year the explanation is different and every year the number goes up.", "Peter Hollings", PH, "said"),
        Q("Every time, I had to tell my story again from the start,", "a mother", MUM, "said"),
        Q("By the fourth one I just stopped answering the door.", "a mother", MUM, None),
        Q("The last one stayed, and she was brilliant. That's all you want, someone who stays.", "a mother", MUM, None),
        Q("We are clear that children need stable relationships with the professionals who support them, which is why we are bringing in new rules on the use of agency social workers in children's social care.",
          "a Department for Education spokesperson", DFE, "said"),
    ],
    [
        {"name": "Peter Hollings", "role": "Cllr, Ryburn Conservative"},
        {"name": "Julie Hartigan", "role": "director of children's services, Calderdale Council"},
        {"name": "Asma Qureshi", "role": "Panel chair, Cllr (Park, Labour)"},
        {"name": "Ashley Evans", "role": "Cllr (Warley, Liberal Democrat)"},
        {"name": "Mark Oyelaran", "role": "Head of safeguarding, Calderdale Council"},
    ],
    ["We and our 164 partners use cookies.", "Agree", "Manage options", "News", "Sport", "What's On", "Property", "Jobs",
     "Halifax Town Hall, where the panel met. Picture: LDRS", "Read more", "Calderdale foster carer numbers fall for third year",
     "Council tax could rise by 4.99 per cent", "Hebden Bridge flood defences: 2 years on", "Most read", "Man, 34, charged after A629 crash",
     "New cinema for Halifax Piece Hall?", "Town wins 'best market' award for 2nd time",
     "© 2025 Pennine News Media Ltd. Registered in England No. 04417721. Newsdesk 01632 960387."],
    "LDRS write-up of a scrutiny panel as a saved news page: back-and-forth among five named speakers plus an anonymous mother and a DfE spokesperson. Period = the six months 'between April and September this year' (2025). "
    "Speaker traps: affiliations after names ('Cllr Peter Hollings, Ryburn Conservative', 'Cllr Asma Qureshi (Park, Labour)') are roles; 'Panel chair Cllr Asma Qureshi ... asked Ms Hartigan whether ... \"We have heard promises before,\" she said' -> Qureshi (the introducer), not the nearest name Hartigan; 'she told the panel' after two women are named; follow-on quote paragraphs with no cue; 'Cllr Hollings was not convinced. He said:'; a mother's quote left open over two paragraphs; a reported fragment 'replied that the service was \"in a very different place\"'. "
    "Figures: '38 of its 151' (two facts; 'One in four' standfirst optional), 'A year ago we had 52' (own period), '£3.2m this financial year' (2025/26), caseload 21 vs target 18, 'from 241 in March' (own snapshot), England comparator 22.4, 'about a third of the new plans' (child_protection_plans share), case facts 'three children', 'five different social workers in 18 months'. Rhetorical numbers in quotes ('six months and then gone', 'six years') optional; 'three or four', 'a handful', 'the fourth one' are not figures."
)
