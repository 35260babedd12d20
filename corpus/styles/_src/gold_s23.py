from gold import *
DA = ["Ashcroft", "Cllr Ashcroft", "Danielle Ashcroft", "Cllr Danielle Ashcroft"]
write(
    "s23_wigan_foster_carers_brief.txt", "news_article",
    "Council appeal for 40 new foster families as care numbers climb",
    "Wigan", None, None,
    [
        F(40, "count", "other", "new foster families sought", "appealing for 40 new foster families"),
        F(12, "months", "other", "time frame for recruiting the foster families", "in the next 12 months"),
        F(598, "count", "looked_after_children", "children in the council's care", "rose to 598"),
        F(540, "count", "looked_after_children", "children in care two years ago", "up from 540 two years ago"),
        F(33.33, "percent", "looked_after_children", "children in care living with an agency foster carer", "Almost one in three children in care in the borough", qualifier="almost"),
        F(1050, "gbp", "other", "average weekly cost of an agency foster placement", "on average £1,050 a week"),
        F(520, "gbp", "other", "weekly cost of the council's own foster carers", "compared with £520 a week"),
        F(475, "gbp", "other", "weekly foster carer allowance per child", "an allowance of up to £475 a week per child", qualifier="up to"),
    ],
    ["4 and 18 November", "6pm", "24-hour support", "0161 496 0728", "two years ago"],
    [Q("Every child deserves a loving home close to their school and their friends. If you've ever thought about fostering, now is the time to call us.",
       "Danielle Ashcroft", DA, "said", role="portfolio holder for children, Wigan Council")],
    [{"name": "Danielle Ashcroft", "role": "portfolio holder for children, Wigan Council"}],
    ["Wigan Wire - Local news in brief", "For details call 0161 496 0728 or visit wiganfostering.example."],
    "A short news brief with no reporting period (period null): the figures are 'now' or 'two years ago' (own period with no dates). 'rose to 598 - up from 540 two years ago' (ellipsis, looked_after_children); 'Almost one in three children in care' = 33.33 with qualifier (share of children in care); weekly costs; 'up to £475 a week per child'. The headline repeats the 40. Traps: event dates and time, '24-hour support', phone."
)
