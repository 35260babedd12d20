from gold import F, P, write

SINCE = P("2024-04-01", None, "since April 2024")
figs = [
    F(64000, "count", "other", "children living in Tower Hamlets", "about 64,000 children", qualifier="about"),
    F(16240, "count", "social_care_referrals", "contacts to the MASH in the 12 months before the inspection", "received 16,240 contacts"),
    F(4870, "count", "social_care_referrals", "contacts that became referrals", "of which 4,870 became referrals"),
    F(30, "percent", "social_care_referrals", "share of contacts from the police", "Around three in ten contacts", qualifier="around"),
    F(281, "count", "child_protection_plans", "children subject of a child protection plan", "281 children were the subject of a child protection plan"),
    F(43.9, "rate_per_10000", "child_protection_plans", "child protection plan rate", "a rate of 43.9 per 10,000"),
    F(42.5, "rate_per_10000", "child_protection_plans", "plan rate, statistical neighbours", "statistical neighbours (42.5)"),
    F(2190, "count", "children_in_need", "children supported as children in need", "2,190 children were supported as children in need"),
    F(356, "count", "looked_after_children", "children in care", "356 children in the care of the local authority"),
    F(137, "count", "other", "children tracked by the exploitation panel", "tracking 137 children"),
    F(41, "count", "other", "tracked children known to the youth justice service", "41 were also known to the youth justice service"),
    F(22, "count", "looked_after_children", "tracked children who were in care", "22 were children in care"),
    F(9, "count", "other", "tracked children aged 12 or younger", "Nine of the 137 were aged 12 or younger"),
    F(12, "count", "other", "children whose experiences were looked at in depth", "experiences of 12 children"),
    F(30, "count", "other", "further cases sampled", "sampled a further 30 cases"),
    F(8, "count", "other", "in-depth cases with timely strategy discussions", "In 8 of the 12"),
    F(4, "count", "other", "in-depth cases where health was not invited", "In the other four"),
    F(71, "percent", "other", "missing episodes after which a return home interview was offered", "after 71% of missing episodes"),
    F(50, "percent", "other", "interviews completed within 72 hours", "in only half of those"),
    F(5, "count", "rapid_reviews", "rapid reviews since April 2024", "held five rapid reviews", period=SINCE),
    F(2, "count", "lcsprs_commissioned", "rapid reviews that led to LCSPRs", "Two of them led to local child safeguarding practice reviews", period=SINCE),
    F(1, "count", "lcsprs_published", "LCSPR published", "one of which has been published", period=SINCE),
    F(1, "count", "lcsprs_ongoing", "LCSPR in progress", "The other remains in progress", optional=True),
    F(72, "hours", "other", "window for return home interviews", "within 72 hours", optional=True),
]
# 'hours' is not a spec unit: the window is optional and listed as a not_figure below instead
figs = [f for f in figs if f["unit"] != "hours"]
write("v03_tower_hamlets_jtai_letter.txt", "other",
      "Joint targeted area inspection of the multi-agency response to children at risk of criminal exploitation in Tower Hamlets",
      "Tower Hamlets", None, P("2025-09-08", "2025-09-12", "8 to 12 September 2025"), figs,
      not_figures=["JTAI/2025/0417", "3 October 2025", "8 to 12 September 2025", "within 72 hours", "aged 12 or younger", "(1) Leaders", "(2) The partnership", "M1 2WD", "0300 123 4666", "four inspectorates"],
      people=[{"name": "Nadia Qureshi-Banks", "role": "Corporate Director, Children and Culture"}, {"name": "Yvette Marchbank", "role": "His Majesty's Inspector, Ofsted"}],
      notes="JTAI letter (kind other); period = the inspection dates. Numbered paragraphs and '(1)', '(2)' priority actions are not figures. Partitives and set references: 'of which 4,870' (contacts -> referrals), 'Of these, 41 ... and 22 were children in care' (subset takes looked_after_children by its defining property), 'Nine of the 137' (other: an age feature), 'In 8 of the 12' / 'In the other four' (case sample, other), 'Two of them led to LCSPRs', 'one of which has been published', 'The other remains in progress'. 'in only half of those' = 50 percent (other). Contacts are social_care_referrals (metrics.json). 'slightly above England' has no number. The 72-hour window is a definition (hours is not a spec unit).")
