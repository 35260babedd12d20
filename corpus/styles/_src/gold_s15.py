from gold import *
REV = ["the review", "review", "the learning review", "learning review", "It"]
MUM = ["Kyle's mother", "mother", "his mother", "Kyle’s mother", "the mother"]
AS = ["Strachan-Reid", "Mr Strachan-Reid", "Alan Strachan-Reid"]
SG = ["Scottish Government spokesperson", "Scottish Government", "the Scottish Government", "spokesperson"]
Y25 = P("2024-08-01", "2025-07-31", "the year to 31 July 2025")
write(
    "s15_dundee_learning_review_news.txt", "news_article",
    "Learning review into death of Dundee teenager finds \"missed chances\" to help him",
    "Dundee City", "Dundee Child Protection Committee", P("2022-01-01", "2024-06-30", "between January 2022 and June 2024"),
    [
        F(16, "years", "other", "age of the boy when he died", "a 16-year-old Dundee boy"),
        F(23, "count", "other", "times Kyle was reported missing", "reported missing 23 times"),
        F(18, "months", "other", "period of the missing episodes before his death", "in the previous 18 months"),
        F(11, "count", "section_47_enquiries", "inter-agency referral discussions (IRDs) about Kyle", "discussed at 11 inter-agency referral discussions (IRDs)"),
        F(12, "years", "other", "age at which Kyle became looked after at home", "from the age of 12"),
        F(4, "count", "other", "placements in Kyle's last year", "moved between four placements in his last year"),
        F(9, "count", "recommendations", "recommendations made by the learning review", "The review makes nine recommendations"),
        F(15, "years", "other", "Kyle's age at the time his mother describes", "He was 15."),
        F(5, "days", "other", "timescale for senior manager discussion of repeat missing episodes", "within five working days"),
        F(118, "count", "child_protection_plans", "children on Dundee's child protection register at 31 July 2025", "118 children were on Dundee's child protection register at 31 July 2025",
          period=P("2025-07-31", "2025-07-31", "31 July 2025")),
        F(94, "count", "child_protection_plans", "children on the register a year earlier", "up from 94 a year earlier", period=P("2024-07-31", "2024-07-31", "a year earlier")),
        F(1341, "count", "section_47_enquiries", "IRDs in the year to 31 July 2025", "There were 1,341 IRDs in the year to 31 July 2025", period=Y25),
        F(20, "percent", "section_47_enquiries", "IRDs about children aged 12 to 17", "around a fifth of them about children aged 12 to 17", period=Y25, qualifier="around"),
        F(1180, "count", "looked_after_children", "looked-after children in Dundee", "Dundee has 1,180 looked-after children"),
        F(3.9, "percent", "looked_after_children", "looked-after children as a share of the city's children", "at 3.9% of the city's children"),
        F(30, "count", "other", "child protection committees in Scotland", "one of 30 child protection committees"),
        F(2, "count", "lcsprs_ongoing", "other learning reviews in Dundee still ongoing", "Two other learning reviews in the city remain ongoing"),
    ],
    ["11:30 am", "27 November 2025", "June 2024", "three or more times in 90 days", "more than twice in a month", "aged 12 to 17", "01632 961006",
     "2 hours", "4 millionth", "1-1", "5 talking points", "Since January"],
    [
        Q("missed chances", "the review", REV, None, optional=True),
        Q("a young person making choices", "the review", REV, "says"),
        Q("They kept telling me he was choosing this life. He was 15. He wasn't choosing anything.", "Kyle's mother", MUM, "told"),
        Q("I want people to read this review and understand that he was a boy who needed someone to see him.", "Kyle's mother", MUM, None),
        Q("painful reading", "Alan Strachan-Reid", AS, "said", role="Independent chair, Dundee Child Protection Committee"),
        Q("We accept all nine recommendations in full,", "Alan Strachan-Reid", AS, "said"),
        Q("Kyle should have been at the centre of everything we did, and he was not.", "Alan Strachan-Reid", AS, None),
        Q("Some things have already changed. Since January, every young person missing more than twice in a month has been discussed by a senior manager within five working days.",
          "Alan Strachan-Reid", AS, "added"),
        Q("Our thoughts are with Kyle's family. The learning from reviews like this one will inform our work with child protection committees across Scotland.",
          "a Scottish Government spokesperson", SG, "said"),
    ],
    [{"name": "Alan Strachan-Reid", "role": "Independent chair, Dundee Child Protection Committee"}],
    ["Tay Courier", "News > Dundee", "Do you have a story? Contact our newsdesk on 01632 961006 or email news@taycourier.example", "MORE FROM DUNDEE",
     "Tay Road Bridge closed for 2 hours after crash", "V&A Dundee welcomes 4 millionth visitor", "Dundee United 1-1 St Johnstone: 5 talking points"],
    "Scottish regional news story about one learning review: period = the review's scope 'between January 2022 and June 2024'; the city's register and IRD figures belong to other periods (31 July 2025 snapshot, 31 July 2024, the year to 31 July 2025) and carry them. Area 'Dundee City'. "
    "Case facts: ages 16, 12 and 15 (the last inside the mother's quote), missing 23 times in 18 months, 11 IRDs about the child (section_47_enquiries, as IRDs are mapped in this folder), four placements. Thresholds inside a recommendation ('three or more times in 90 days', 'more than twice in a month') are not figures; 'never placed on the child protection register' is not a zero. "
    "'all nine recommendations' in the quote repeats the nine. Shares: 'around a fifth of them' (IRDs), '3.9% of the city's children' (looked_after_children). Quotes: headline scare quote (optional), a document fragment ('It says professionals saw him as \"...\"'), the mother's open two-paragraph quote, the chair's fragment, cue-in-middle and 'He added:' quotes, a Scottish Government spokesperson. The name \"Kyle\" in quote marks is not a quote."
)
