from styles3_src import *
JS = ["Sutcliffe-Adeyemi", "Joanne Sutcliffe-Adeyemi", "Joanne Sutcliffe-Adeyemi MP", "Joanne", "Ms Sutcliffe-Adeyemi", "Bolton's MP", "the MP"]
RP = ["Patel-Whitworth", "Ms Patel-Whitworth", "Rukhsana Patel-Whitworth", "Headteacher Rukhsana Patel-Whitworth", "Headteacher"]
write(
    "u11_bolton_mp_press_release.txt", "news_article",
    "Bolton MP demands fair funding as children's services \"run to stand still\"",
    "Bolton", "Bolton Safeguarding Children Partnership", FY(2024),
    [
        F(71400000, "gbp", "other", "council spending on children's social care in 2024/25", "Bolton Council spent £71.4 million on children's social care in 2024/25"),
        F(9600000, "gbp", "other", "overspend on the children's social care budget", "£9.6 million more than its budget"),
        F(66.67, "percent", "other", "share of the overspend from placements for children in care", "Almost two-thirds of the overspend came from placements for children in care", qualifier="almost"),
        F(754, "count", "looked_after_children", "children looked after at 31 March 2025", "754 children were looked after by Bolton Council"),
        F(118, "rate_per_10000", "looked_after_children", "Bolton looked after rate", "a rate of 118 per 10,000 children"),
        F(70, "rate_per_10000", "looked_after_children", "England looked after rate (comparator)", "70 per 10,000 in England"),
        F(97, "rate_per_10000", "looked_after_children", "Greater Manchester looked after rate (comparator)", "97 across Greater Manchester"),
        F(602, "count", "looked_after_children", "children looked after five years ago", "Five years ago the borough looked after 602", period=P("2020-03-31", "2020-03-31", "Five years ago")),
        F(463, "count", "child_protection_plans", "children on child protection plans", "The number of children on child protection plans reached 463"),
        F(2171, "count", "section_47_enquiries", "section 47 enquiries during the year", "carried out 2,171 section 47 enquiries during the year"),
        F(42, "count", "section_47_enquiries", "section 47 enquiries a week (restatement)", "around 42 every week", qualifier="around", optional=True),
        F(13, "count", "serious_incident_notifications", "serious incidents notified in 2024/25", "notified the national Child Safeguarding Practice Review Panel of 13 serious incidents in 2024/25"),
        F(13, "count", "rapid_reviews", "rapid reviews held", "Rapid reviews were held for all 13"),
        F(3, "count", "lcsprs_commissioned", "LCSPRs commissioned", "the partnership has commissioned three local child safeguarding practice reviews"),
        F(20, "percent", "social_care_referrals", "school referrals about children whose family had been in temporary accommodation", "One in five of our referrals last year"),
        F(3, "count", "other", "parliamentary constituencies in the borough", "one of three parliamentary constituencies in the borough", optional=True),
    ],
    ["00.01 Monday 1 December 2025", "At 31 March 2025", "3 October 2025", "July 2024", "1. The figures", "2. Joanne", "3. Media contact", "0161 496 0752", "2024/25", "per 10,000"],
    [
        Q("RUN TO STAND STILL", "Joanne Sutcliffe-Adeyemi", JS, None, role="Member of Parliament for Bolton South and Walkden", optional=True),
        Q("Nobody in Bolton is asking for special treatment. We are asking for a funding formula that recognises what our social workers are actually doing. Right now they are running to stand still.",
          "Joanne Sutcliffe-Adeyemi", JS, "said", role="Member of Parliament for Bolton South and Walkden"),
        Q("The council has done everything it has been asked to do. It has cut agency staff, it has opened its own children's homes, and it has still been left £9.6 million short. That is not a Bolton problem, it is a national one.",
          "Joanne Sutcliffe-Adeyemi", JS, None, role="Member of Parliament for Bolton South and Walkden"),
        Q("Schools see the pressure first. One in five of our referrals last year was about a child whose family had been in temporary accommodation.",
          "Rukhsana Patel-Whitworth", RP, "said", role="Headteacher, chair of the borough's education safeguarding forum"),
    ],
    [
        {"name": "Joanne Sutcliffe-Adeyemi", "role": "Member of Parliament for Bolton South and Walkden"},
        {"name": "Rukhsana Patel-Whitworth", "role": "Headteacher, chair of the education safeguarding forum"},
        {"name": "Tom Greenhalgh", "role": "media contact"},
    ],
    ["PRESS RELEASE", "From the office of Joanne Sutcliffe-Adeyemi MP, Member of Parliament for Bolton South and Walkden", "EMBARGOED until 00.01 Monday 1 December 2025", "ENDS",
     "Media contact: Tom Greenhalgh, 0161 496 0752, office@sutcliffeadeyemi.example"],
    "An MP's press release (news_article). The MP is introduced by full name and then by first name only ('Joanne said:'), and the second quote paragraph follows on with no cue. The headline's quoted 'RUN TO STAND STILL' is a scare quote of her own words (optional). "
    "Money: £71.4 million spent, '£9.6 million more than its budget' (the overspend; repeated inside the quote as '£9.6 million short', the same fact), 'Almost two-thirds of the overspend' (other). Children looked after with England and Greater Manchester comparators ('That compares with 70 per 10,000 in England and 97 across Greater Manchester' - ellipsis), 'Five years ago the borough looked after 602' (own snapshot period). "
    "'around 42 every week' restates the 2,171 enquiries (optional). 'Rapid reviews were held for all 13' = 13 rapid reviews (same value as the notifications, a different fact). A headteacher's 'One in five of our referrals' keeps social_care_referrals. Notes to editors: 'one of three parliamentary constituencies' (optional); dates and the embargo time are traps."
)
