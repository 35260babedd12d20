from styles3_src import *
Y = lambda y: P("%d-08-01" % (y - 1), "%d-07-31" % y, "year to 31 July %d" % y)
MP = ["Penmanshiel-Reid", "Cllr Penmanshiel-Reid", "Morag Penmanshiel-Reid", "Cllr Morag Penmanshiel-Reid", "Committee chairwoman", "chairwoman"]
DH = ["Halbert-Kerr", "Mr Halbert-Kerr", "Duncan Halbert-Kerr", "Chief social work officer"]
write(
    "u16_dumfries_galloway_weekly_news.html", "news_article",
    "Region's child protection register hits ten-year high",
    "Dumfries and Galloway", None, Y(2025),
    [
        F(118, "count", "child_protection_plans", "children on the child protection register on 31 July", "118 children were on the register on 31 July"),
        F(94, "count", "child_protection_plans", "children on the register twelve months before", "up from 94 twelve months before", period=P("2024-07-31", "2024-07-31", "twelve months before")),
        F(5.0, "rate_per_1000", "child_protection_plans", "register rate per 1,000 aged under 16", "5.0 children in every thousand aged under 16"),
        F(2.1, "rate_per_1000", "child_protection_plans", "Scottish average register rate (comparator)", "the Scottish average of 2.1"),
        F(26, "count", "other", "pre-birth registrations this year", "Twenty-six of this year's 139 registrations were pre-birth"),
        F(139, "count", "child_protection_plans", "registrations this year", "Twenty-six of this year's 139 registrations"),
        F(15, "count", "other", "pre-birth registrations the year before", "compared with 15 the year before", period=Y(2024)),
        F(61, "count", "child_protection_plans", "registrations with parental substance use as a concern", "Parental substance use was a concern in 61 registrations"),
        F(50, "percent", "child_protection_plans", "share of registrations with parental substance use as a concern", "nearly half", qualifier="nearly"),
        F(1874, "count", "social_care_referrals", "child protection concerns received", "Social workers received 1,874 child protection concerns"),
        F(702, "count", "section_47_enquiries", "inter-agency referral discussions held", "held 702 inter-agency referral discussions"),
        F(33.33, "percent", "social_care_referrals", "IRDs per concern (restatement of 702 of 1,874)", "around one for every three concerns", qualifier="around", optional=True),
        F(2, "count", "lcsprs_published", "learning reviews completed in the year", "two learning reviews were completed in the year"),
        F(1, "count", "lcsprs_ongoing", "learning review close to being finished", "a third, into the death of a toddler in the Machars in 2023, is close to being finished", optional=True),
        F(1, "count", "lcsprs_commissioned", "learning review notified to the Care Inspectorate", "The Care Inspectorate has been notified of a fourth", optional=True),
        F(487, "count", "looked_after_children", "looked-after children at the end of July", "There were 487 looked-after children in the region"),
        F(40, "percent", "looked_after_children", "looked-after children looked after at home", "around two-fifths of them looked after at home", qualifier="around"),
        F(50000000, "gbp", "other", "Whole Family Wellbeing Fund made available by ministers this year", "made £50m available through the Whole Family Wellbeing Fund this year", period=FY(2025)),
    ],
    ["Friday 28 November 2025", "ten-year high", "in the past decade", "on Tuesday", "more than twice", "aged under 16", "an hour and a half each way", "a small country", "in 2023", "Manage 14 partners", "since 1887", "212 objections lodged", "Queen of the South 2 Stranraer 1", "DG1 2XX", "0131 496 0557"],
    [
        Q("When a family in Stranraer needs a service that only exists in Dumfries, that is an hour and a half each way,", "Morag Penmanshiel-Reid", MP, "said", role="Committee chairwoman, Education and Learning Committee"),
        Q("We are asking our social workers to cover an area the size of a small country.", "Morag Penmanshiel-Reid", MP, "said", role="Committee chairwoman, Education and Learning Committee"),
        Q("We would rather register a baby early and deregister quickly than miss something. But I accept that 118 is a number that needs explaining, and we will explain it.",
          "Duncan Halbert-Kerr", DH, "told", role="Chief social work officer"),
    ],
    [
        {"name": "Ishbel Carruthers-Nyamba", "role": "reporter"},
        {"name": "Morag Penmanshiel-Reid", "role": "Committee chairwoman"},
        {"name": "Duncan Halbert-Kerr", "role": "Chief social work officer, Dumfries and Galloway Council"},
    ],
    ["We use cookies. Accept all Manage 14 partners", "Galloway and Nithsdale Gazette", "Serving the South West since 1887",
     "More from the Gazette", "Kirkcudbright harbour plan: 212 objections lodged", "Queen of the South 2 Stranraer 1",
     "Galloway and Nithsdale Gazette, 64 High Street, Dumfries DG1 2XX. Newsdesk: 0131 496 0557. gazette.example"],
    "Scottish weekly paper story: period = the Scottish child protection year to 31 July 2025; the register 'twelve months before' and last year's pre-birth registrations carry their own periods. The register rate is written as '5.0 children in every thousand aged under 16' (rate_per_1000) against 'the Scottish average of 2.1'; 'more than twice' is a multiplier (not a figure). "
    "Pre-birth registrations are a feature subset (other, as in u03); registrations by concern keep child_protection_plans ('a concern in 61 registrations - nearly half': the hedged share is the only statement of the share, required). Concerns = social_care_referrals, IRDs = section_47_enquiries; 'around one for every three concerns' restates 702 of 1,874 (optional). "
    "Ordinals as traps: 'a third, into the death of a toddler' is the third review (not 33.33%): implied ongoing count optional; 'notified of a fourth' = one learning review notified to the Care Inspectorate (lcsprs_commissioned, implied, optional). 'around two-fifths of them looked after at home' keeps looked_after_children (a placement share). The partnership is only 'The region's Child Protection Committee' (no name: null). "
    "The Scottish Government spokeswoman's words are reported speech (no quote). Cookie banner, masthead and 'More from the Gazette' numbers are boilerplate."
)
