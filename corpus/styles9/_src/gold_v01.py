from gold import F, FY, FY_PREV, write

T = "Table 1: Child protection plans and section 47 enquiries by region"
rows = [("North East", 3260, 62.3, 14870), ("North West", 8420, 52.8, 31560),
        ("Yorkshire and the Humber", 6040, 50.1, 23110), ("East Midlands", 3980, 40.2, 15020),
        ("West Midlands", 5690, 42.7, 21480), ("East of England", 4870, 36.8, 18930),
        ("London", 7150, 36.4, 29470), ("South East", 6300, 33.9, 27680),
        ("South West", 4300, 39.5, 16330)]
figs = [
    F(50010, "count", "child_protection_plans", "children subject of a child protection plan in England at 31 March 2025", "50,010 children were the subject of a child protection plan"),
    F(41.6, "rate_per_10000", "child_protection_plans", "child protection plan rate, England", "a rate of 41.6 per 10,000 children"),
    F(50780, "count", "child_protection_plans", "children on plans a year earlier", "That compares with 50,780 a year earlier", period={"start": "2024-03-31", "end": "2024-03-31", "text": "a year earlier"}),
    F(198450, "count", "section_47_enquiries", "section 47 enquiries started, England", "started 198,450 section 47 enquiries"),
    F(201920, "count", "section_47_enquiries", "section 47 enquiries in 2023-24", "down from 201,920 in 2023-24", period=FY_PREV),
    F(33, "percent", "section_47_enquiries", "share of section 47 enquiries leading to an ICPC", "Around one in three of them (33%)"),
    F(33.33, "percent", "section_47_enquiries", "one in three section 47 enquiries led to an ICPC (hedged)", "Around one in three of them", optional=True, qualifier="around"),
    F(621880, "count", "social_care_referrals", "referrals to children's social care", "received 621,880 referrals"),
    F(22.4, "percent", "social_care_referrals", "re-referrals within 12 months", "22.4%, were re-referrals"),
    F(20, "percent", "social_care_referrals", "just over a fifth of referrals were re-referrals (hedged)", "Just over a fifth of them", optional=True, qualifier="just over"),
    F(21.8, "percent", "social_care_referrals", "re-referrals the year before", "compared with 21.8% the year before", period=FY_PREV),
    F(24560, "count", "child_protection_plans", "plans with neglect as the initial category", "neglect was the initial category of abuse for 24,560 of the 50,010 plans"),
    F(49, "percent", "child_protection_plans", "share of plans under neglect", "of the 50,010 plans (49%)", optional=True),
    F(38, "percent", "child_protection_plans", "plans under emotional abuse", "Emotional abuse accounted for 38 per cent"),
    F(8, "percent", "child_protection_plans", "plans under physical abuse", "physical abuse for 8 per cent"),
    F(4, "percent", "child_protection_plans", "plans under sexual abuse", "sexual abuse for 4 per cent"),
    F(6, "percent", "child_protection_plans", "rise in plans, East Midlands", "the number rose by 6% on the year"),
    F(4, "percent", "child_protection_plans", "fall in plans, North West", "in the North West it fell by 4%"),
    F(412, "count", "serious_incident_notifications", "serious incidents notified, England", "notified the Child Safeguarding Practice Review Panel of 412 serious incidents"),
    F(434, "count", "serious_incident_notifications", "serious incidents notified the year before", "down from 434 the year before", period=FY_PREV),
    F(187, "count", "child_deaths", "notified incidents in which the child died", "In 187 of them the child had died"),
    F(225, "count", "serious_harm_cases", "notified incidents of serious harm", "the remaining 225 concerned serious harm"),
    F(20, "percent", "serious_incident_notifications", "share of notifications about a baby under one", "One in five of the notifications"),
    F(71, "count", "serious_incident_notifications", "notifications, North West", "The North West made the most notifications (71)"),
    F(63, "count", "serious_incident_notifications", "notifications, London", "London 63"),
    F(29, "count", "serious_incident_notifications", "notifications, North East", "the North East 29"),
    F(9, "count", "national_reviews", "notified cases taken into national reviews", "The Panel took 9 of the notified cases forward"),
    F(12, "count", "national_reviews", "cases taken into national reviews in 2023-24", "against 12 in 2023-24", period=FY_PREV),
]
TEXT = open("../v01_commons_briefing_child_protection_regions.txt", encoding="utf-8").read().splitlines()


def row(name):
    return next(" ".join(ln.split()) for ln in TEXT if ln.startswith(name + "  "))


for name, plans, rate, s47 in rows:
    figs.append(F(plans, "count", "child_protection_plans", f"plans at 31 March 2025, {name}", row(name)))
    figs.append(F(rate, "rate_per_10000", "child_protection_plans", f"plan rate per 10,000, {name}", row(name)))
    figs.append(F(s47, "count", "section_47_enquiries", f"section 47 enquiries, {name}", row(name)))
# prose repeats of table rates (same facts): 62.3, 52.8, 50.1, 33.9, 36.4 are the table's figures
write("v01_commons_briefing_child_protection_regions.txt", "other",
      "Child protection in England: how the figures vary by region", None, None, FY, figs,
      not_figures=["CBP-10412", "CBP-09870", "14 November 2025", "Section 47 of the Children Act 1989", "aged 0-17", "within 12 months", "third annual fall", "1.1", "2.3", "Table 1", "nine English regions"],
      people=[{"name": "Harriet Pemberton-Lowe", "role": "author"}, {"name": "Osian Fairlie", "role": "author"}],
      notes="National briefing (kind other, area null). The year to 31 March 2025 is the record period; 'a year earlier' is a snapshot at 31 March 2024. Table 1 is annotated cell by cell; the prose rates for five regions repeat table cells (same facts). The England row repeats the prose (same facts). Shares of a whole keep the whole's metric ('one in three of them (33%)' of section 47 enquiries; 'One in five of the notifications'); categories of plans are child_protection_plans. Contents page numbers, paragraph numbers, the briefing number are not figures.")
