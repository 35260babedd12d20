from gold import *
CV = ["Vaughan-Lloyd", "Ceri Vaughan-Lloyd", "the Chair", "Chair"]
JSB = ["A member of the Junior Safeguarding Board", "member of the Junior Safeguarding Board", "Junior Safeguarding Board", "young person", "a young person"]
write(
    "s17_cwm_taf_morgannwg_board_annual_report.pdf", "council_report",
    "Cwm Taf Morgannwg Safeguarding Board - Annual Report 2024-25 (extract)",
    None, "Cwm Taf Morgannwg Safeguarding Board", FY(2024),
    [
        F(3, "count", "other", "local authorities in the Board", "brings together the three local authorities", optional=True),
        F(612, "count", "child_protection_plans", "children on child protection registers across the region at 31 March 2025", "there were 612 children on child protection registers across the region"),
        F(655, "count", "child_protection_plans", "children on registers across the region a year earlier", "compared with 655 a year earlier", period=P("2024-03-31", "2024-03-31", "a year earlier")),
        F(298, "count", "child_protection_plans", "children on the register, Rhondda Cynon Taf", "Rhondda Cynon Taf had 298 children on its register"),
        F(201, "count", "child_protection_plans", "children on the register, Bridgend", "Bridgend 201"),
        F(113, "count", "child_protection_plans", "children on the register, Merthyr Tydfil", "Merthyr Tydfil 113"),
        F(744, "count", "child_protection_plans", "registrations in the region in 2024-25", "there were 744 in the region in 2024-25"),
        F(52, "count", "child_protection_plans", "children re-registered within a year", "was 52, or 7% of registrations"),
        F(7, "percent", "child_protection_plans", "re-registrations as a share of registrations", "or 7% of registrations", optional=True),
        F(65.9, "rate_per_10000", "child_protection_plans", "register rate, Bridgend", "Bridgend 201 65.9 236"),
        F(236, "count", "child_protection_plans", "registrations in the year, Bridgend", "Bridgend 201 65.9 236"),
        F(87.5, "rate_per_10000", "child_protection_plans", "register rate, Merthyr Tydfil", "Merthyr Tydfil 113 87.5 141"),
        F(141, "count", "child_protection_plans", "registrations in the year, Merthyr Tydfil", "Merthyr Tydfil 113 87.5 141"),
        F(57.0, "rate_per_10000", "child_protection_plans", "register rate, Rhondda Cynon Taf", "298 57.0 367"),
        F(367, "count", "child_protection_plans", "registrations in the year, Rhondda Cynon Taf", "298 57.0 367"),
        F(63.1, "rate_per_10000", "child_protection_plans", "register rate, region", "Region 612 63.1 744"),
        F(36.2, "rate_per_10000", "child_protection_plans", "register rate, Wales", "the Wales rate of 36.2 per 10,000 children"),
        F(11, "count", "review_referrals", "referrals considered by the Child Practice Review Sub-Group", "considered 11 referrals during the year"),
        F(3, "count", "review_referrals", "increase in referrals on 2023-24", "three more than in 2023-24"),
        F(4, "count", "lcsprs_commissioned", "concise child practice reviews recommended", "a concise child practice review in four cases"),
        F(1, "count", "lcsprs_commissioned", "extended child practice review recommended", "an extended review in one"),
        F(3, "count", "lcsprs_published", "child practice reviews published", "published three child practice reviews during the year"),
        F(5, "count", "lcsprs_ongoing", "child practice reviews in progress at 31 March 2025", "five remain in progress at 31 March 2025"),
        F(2, "count", "other", "reviews in progress delayed by criminal proceedings", "two of them delayed by criminal proceedings"),
        F(19, "count", "recommendations", "learning points agreed from the published reviews", "agreed 19 learning points"),
        F(14, "count", "recommendations", "actions agreed from the published reviews", "19 learning points and 14 actions"),
        F(9, "count", "recommendations", "actions completed", "nine actions had been completed"),
        F(22, "count", "other", "multi-agency professional forums (MAPFs) held", "Twenty-two MAPFs took place"),
        F(8, "weeks", "other", "timescale for MAPFs after referral", "within eight weeks of the referral"),
        F(1936, "count", "other", "practitioners completing Wales Safeguarding Procedures training", "1,936 practitioners from across the region"),
        F(24, "count", "other", "pupils on the Junior Safeguarding Board", "made up of 24 pupils"),
        F(12, "count", "other", "schools represented on the Junior Safeguarding Board", "from 12 schools"),
        F(4, "count", "other", "meetings of the Junior Safeguarding Board", "met four times", optional=True),
        F(286400, "gbp", "other", "Board budget for 2024-25", "budget for 2024-25 was £286,400"),
        F(40, "percent", "other", "share of the budget paid by the three local authorities", "with 40% paid by the three local authorities"),
    ],
    ["in 2017", "1 April 2024 to 31 March 2025", "Chapter 3", "Table 3.1", "aged under 18", "second year", "within a year", "CF45 4UQ", "029 2018 0744",
     "In the remaining cases", "per 10,000"],
    [
        Q("The fall in the number of children on our registers is welcome, but I want to be clear that it is not a target. A child should be on the register for as long as they need to be, and not a day longer.",
          "Ceri Vaughan-Lloyd", CV, "said", role="Chair, Cwm Taf Morgannwg Safeguarding Board; Director of Social Services, Rhondda Cynon Taf"),
        Q("If you want young people to tell you things, you have to tell us what happens next.", "a member of the Junior Safeguarding Board", JSB, "told"),
    ],
    [{"name": "Ceri Vaughan-Lloyd", "role": "Chair, Cwm Taf Morgannwg Safeguarding Board; Director of Social Services, Rhondda Cynon Taf"}],
    ["Cwm Taf Morgannwg Safeguarding Board | Annual Report 2024-25", "Bridgend • Merthyr Tydfil • Rhondda Cynon Taf"],
    "Welsh regional safeguarding board annual report extract, two columns (read left then right), one page. The board covers three councils: area null, areas listed; the chair's role names one of them ('Director of Social Services for Rhondda Cynon Taf') and a generic 'the former Local Safeguarding Children Board' appears (neither is the area/partnership). "
    "Coordination ellipsis: 'Rhondda Cynon Taf had 298 children on its register, Bridgend 201 and Merthyr Tydfil 113'. Table 3.1 repeats those counts and the region totals (612, 744) and adds per-council rates and registrations; its header cells wrap ('Registere d') and a row label wraps ('Rhondda Cynon / Taf'). "
    "Child practice reviews: 11 referrals ('three more than in 2023-24' is a difference, review_referrals), concise in four cases and extended in one (commissioned), three published, five in progress (two delayed: other). 19 learning points, 14 actions, nine completed (recommendations). 'In the remaining cases' and 'second year' are not figures. '52, or 7% of registrations': count required, % optional."
    , areas=["Bridgend", "Merthyr Tydfil", "Rhondda Cynon Taf"]
)
