from styles3_src import *
GP = ["Pryce-Bevan", "Cllr Pryce-Bevan", "Gareth Pryce-Bevan", "Cllr Gareth Pryce-Bevan", "Leader", "leader"]
FT = ["Tudor-Marsh", "Cllr Tudor-Marsh", "Ffion Tudor-Marsh", "Cllr Ffion Tudor-Marsh", "Opposition leader"]
OCT = P("2025-10-31", "2025-10-31", "the end of October")
write(
    "u17_newport_radio_news_web.txt", "news_article",
    "Newport council 'cannot keep spending £1 in every £3' on children in care, says leader",
    "Newport", None, FY(2025),
    [
        F(33.33, "percent", "other", "share of the social services budget spent on looking after children", "close to a third of its entire social services budget", qualifier="close to"),
        F(38200000, "gbp", "other", "expected spending on children looked after this financial year", "expected to spend £38.2m on children looked after this financial year"),
        F(118500000, "gbp", "other", "social services budget", "a social services budget of £118.5m"),
        F(398, "count", "looked_after_children", "children looked after at the end of October", "The city had 398 children looked after at the end of October", period=OCT),
        F(119, "rate_per_10000", "looked_after_children", "Newport looked after rate", "a rate of 119 per 10,000 children", period=OCT),
        F(115, "rate_per_10000", "looked_after_children", "Wales looked after rate (comparator)", "compared with 115 across Wales"),
        F(3500, "gbp", "other", "weekly cost of a children's home place five years ago", "cost £3,500 a week five years ago", period=P("2020-12-02", "2020-12-02", "five years ago")),
        F(7800, "gbp", "other", "weekly cost of a children's home place now", "now costs £7,800"),
        F(2, "count", "other", "children's homes the council has opened", "had opened two homes of its own in the last 18 months"),
        F(18, "months", "other", "span in which the two homes were opened", "in the last 18 months", optional=True),
        F(171, "count", "child_protection_plans", "children on the child protection register at the end of October", "which stood at 171 at the end of October", period=OCT),
        F(148, "count", "child_protection_plans", "children on the register in March", "It was 148 in March", period=P("2025-03-31", "2025-03-31", "March")),
        F(3, "count", "lcsprs_ongoing", "child practice reviews being carried out involving Newport children", "currently carrying out three child practice reviews"),
        F(1, "count", "lcsprs_ongoing", "extended child practice reviews in progress", "one extended and two concise"),
        F(2, "count", "lcsprs_ongoing", "concise child practice reviews in progress", "one extended and two concise"),
        F(80, "percent", "other", "councils in Wales overspending on children's services", "Eight out of ten councils in Wales are overspending"),
    ],
    ["06:00, 2 December 2025", "Updated 08:45", "4 mins 12 secs", "£1 in every £3", "next year", "2026-27", "15 January", "01632 960735", "near the top of the table"],
    [
        Q("cannot keep spending £1 in every £3", "Gareth Pryce-Bevan", GP, "says", role="Leader, Newport City Council", optional=True),
        Q("No. What we have lost is the market. A place in a children's home that cost £3,500 a week five years ago now costs £7,800, and that's if you can find one.",
          "Gareth Pryce-Bevan", GP, "replied", role="Leader, Newport City Council"),
        Q("It's gone up, yes. It was 148 in March. I'd rather social workers act than wait.", "Gareth Pryce-Bevan", GP, "said", role="Leader, Newport City Council"),
        Q("a warning light on the dashboard", "Ffion Tudor-Marsh", FT, "told", role="Opposition leader"),
        Q("Eight out of ten councils in Wales are overspending on children's services. Newport is not unique - but it is near the top of the table.",
          "Ffion Tudor-Marsh", FT, "said", role="Opposition leader"),
    ],
    [
        {"name": "Gareth Pryce-Bevan", "role": "Leader, Newport City Council"},
        {"name": "Lowri Maddock", "role": "presenter, Severnside Radio Breakfast Show"},
        {"name": "Ffion Tudor-Marsh", "role": "Opposition leader"},
    ],
    ["Severnside Radio News | Newport", "Published 06:00, 2 December 2025 | Updated 08:45",
     "Listen: Leader Gareth Pryce-Bevan speaking on the Breakfast Show (4 mins 12 secs)",
     "Severnside Radio News - tips@severnsideradio.example - text the studio on 01632 960735"],
    "Radio station news web story built on an interview: period = 'this financial year' (2025/26); the end-of-October snapshots (398 looked after, rate 119; register 171) carry their own date and 'It was 148 in March' the March snapshot. The headline's '£1 in every £3' is a scare-quoted paraphrase (not a figure, the body's 'close to a third' carries the fact) and its quote is optional. "
    "A presenter asks ('Asked by presenter Lowri Maddock whether ..., he replied:'): the speaker is the subject of 'replied', not the nearest name (the presenter). 'Pressed on ..., he said:' keeps the leader. Weekly costs with 'five years ago' (own period) and 'now'. "
    "The Welsh regional board's 'three child practice reviews ... one extended and two concise' are in progress (lcsprs_ongoing, types keep the metric); 'None has yet been published' is not a zero for the area's year. 'Eight out of ten councils' = 80 percent (other). The opposition leader: a fragment with the cue 'told the programme' then 'She said:'. 'near the top of the table' is not a figure."
)
