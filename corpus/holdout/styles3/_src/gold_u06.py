from styles3_src import *
H1 = P("2024-04-01", "2024-09-30", "the same half of last year")
YP = ["one of our care-experienced young people", "a care-experienced young person", "young person", "care-experienced young person", "she"]
write(
    "u06_isle_of_wight_cabinet_member_blog.html", "news_article",
    "Six months in: what our numbers are telling us",
    "Isle of Wight", None, P("2025-04-01", "2025-09-30", "April to September 2025"),
    [
        F(1486, "count", "social_care_referrals", "referrals into children's social care in the half-year", "We had 1,486 referrals into children's social care"),
        F(9, "percent", "social_care_referrals", "fall in referrals on the same half of last year", "it is actually 9% fewer"),
        F(1633, "count", "social_care_referrals", "referrals in the same half of last year", "when there were 1,633", period=H1),
        F(164, "count", "child_protection_plans", "children with a child protection plan on 30 September", "164 island children had a child protection plan"),
        F(68, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 68 per 10,000 children"),
        F(49, "rate_per_10000", "child_protection_plans", "statistical neighbours' average rate (comparator)", "Our statistical neighbours average 49"),
        F(41, "rate_per_10000", "child_protection_plans", "England rate (comparator)", "England sits at 41"),
        F(318, "count", "section_47_enquiries", "child protection enquiries started in the half-year", "We started 318 child protection enquiries"),
        F(20, "percent", "child_protection_plans", "plans that are a second or subsequent plan", "one plan in five is a second or subsequent plan"),
        F(231, "count", "looked_after_children", "children in care today", "There are 231 of them today", period=P("2025-11-20", "2025-11-20", "today")),
        F(29, "count", "looked_after_children", "children who came into care between April and September", "Twenty-nine came into care between April and September"),
        F(33, "count", "looked_after_children", "children who left care", "and 33 left"),
        F(66.67, "percent", "looked_after_children", "children in residential homes living on the mainland", "two in every three of our children in residential homes are living on the mainland"),
        F(2400000, "gbp", "other", "spending on two new children's homes", "spend £2.4m on two new children's homes"),
        F(2, "count", "other", "new children's homes on the Island", "two new children's homes on the Island"),
        F(4, "count", "other", "beds in each new home", "each with four beds"),
        F(2, "count", "serious_incident_notifications", "serious incidents notified to the national panel in the summer", "notified the national panel of two serious incidents"),
        F(2, "count", "rapid_reviews", "rapid reviews held (for both incidents)", "rapid reviews were held for both", optional=True),
        F(1, "count", "lcsprs_commissioned", "incident that will become a full local review", "one of them will now become a full local review"),
        F(94, "count", "other", "social workers in post", "We now have 94 social workers in post"),
        F(11, "count", "other", "agency social workers", "only 11 of them are agency staff"),
        F(26, "count", "other", "agency social workers two years ago", "down from 26 two years ago", period=P("2023-09-30", "2023-09-30", "two years ago")),
        F(17, "years", "other", "age of the care-experienced young person", "who is 17 and sits on our Children in Care Council"),
        F(9, "count", "other", "social workers the young person has had", "I've had nine social workers since I was twelve"),
        F(12, "years", "other", "age since which she has had nine social workers", "since I was twelve", optional=True),
        F(12, "months", "other", "target: same social worker for at least 12 months", "the same social worker for at least 12 months", qualifier="at least"),
        F(20, "count", "other", "more foster families needed by next autumn", "we need 20 more foster families by next autumn"),
    ],
    ["Posted on 20 November 2025", "5 comments", "Comments (5)", "Every six months", "last Wednesday", "On 30 September", "in July", "hundreds of miles", "by this time next year", "01632 960577", "PO30 1UD", "for the first time in years"],
    [
        Q("I've had nine social workers since I was twelve. Every time, I have to tell my whole life story again. You don't do that to an adult, so why do it to us?",
          "a care-experienced young person", YP, "put it", role="17-year-old member of the Children in Care Council"),
    ],
    [{"name": "Tamsin Oglander-Hythe", "role": "Cabinet Member for Children's Services, Education and Skills, Isle of Wight Council"}],
    ["Isle of Wight Council", "Home / News / Councillor blogs", "Posted on 20 November 2025 · 5 comments",
     "ryde_dad_74: Good to see the agency numbers down. My sister fostered for 11 years and it was always a new face.",
     "J. Morey: £2.4m for eight beds?? Sounds steep.", "Isle of Wight Council, County Hall, Newport, PO30 1UD · iow.example"],
    "A cabinet member's first-person blog on the council site (news_article, like the councillor column in corpus/styles s24): the author's own prose carries the figures and is not a quote; the only quote is a care-experienced young person's, introduced by 'put it better than I ever could when she spoke to cabinet:'. Period = the half-year report, April to September 2025. "
    "'9% fewer than in the same half of last year, when there were 1,633' (own period Apr-Sep 2024); statistical-neighbour and England comparators ('average 49', 'sits at 41'); 'one plan in five' is a share of plans (repeat plans, child_protection_plans); 'There are 231 of them today' (children in care, the pronoun set; snapshot on the posting date). "
    "Entering and leaving care keep looked_after_children; 'two in every three of our children in residential homes' is a placement share (looked_after_children). 'rapid reviews were held for both' is implied (optional); 'one of them will now become a full local review' = lcsprs_commissioned. Reader comments are boilerplate (their '11 years' and 'eight beds' are not figures). Partnership unnamed ('our safeguarding partnership') = null."
)
