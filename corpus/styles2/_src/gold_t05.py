from styles_src import *
SW = ["one social worker", "a social worker", "social worker"]
PA = ["a parent", "parent", "one parent", "the parent"]
write(
    "t05_north_yorkshire_focused_visit_letter.txt", "other",
    "Focused visit to North Yorkshire children's services",
    "North Yorkshire", None, P("2025-09-09", "2025-09-10", "9 and 10 September 2025"),
    [
        F(36, "count", "other", "children's records reviewed by inspectors", "Inspectors reviewed 36 children's records"),
        F(22, "count", "other", "social workers and team managers spoken to", "spoke to 22 social workers and team managers"),
        F(7, "count", "other", "parents and carers met", "met 7 parents and carers"),
        F(641, "count", "child_protection_plans", "children subject to a child protection plan 18 months earlier", "fallen from 641 to 558", period=P("2024-03-01", "2024-03-31", "over the last 18 months")),
        F(558, "count", "child_protection_plans", "children subject to a child protection plan now", "fallen from 641 to 558"),
        F(18, "months", "other", "period over which plans fell", "over the last 18 months"),
        F(17, "count", "other", "average social worker caseload (children)", "at an average of 17 children"),
        F(8, "percent", "other", "agency staff share of the social work workforce", "Agency staff make up 8% of the social work workforce"),
        F(74, "percent", "other", "initial child protection conferences held within 15 working days", "74% of conferences were held within 15 working days",
          period=P("2025-06-09", "2025-09-08", "In the three months before the visit")),
        F(15, "days", "other", "timescale for initial child protection conferences", "within 15 working days of the strategy discussion"),
        F(90, "percent", "other", "council's target for timely conferences", "against the council's own target of 90%"),
        F(2914, "count", "children_in_need", "children in need at the time of the visit", "2,914 at the time of the visit"),
        F(89, "percent", "other", "records seen with assessments completed within 45 working days", "In 89% of the records seen"),
        F(45, "days", "other", "assessment timescale", "within 45 working days"),
        F(11, "count", "child_protection_plans", "children stepped up from child in need to child protection planning", "inspectors saw 11 children whose cases had moved from child in need to child protection planning",
          period=P("2025-03-10", "2025-09-08", "in the last six months")),
        F(10, "days", "other", "maximum interval between visits to children on plans", "at least every 10 working days"),
        F(95, "percent", "other", "child protection plans reviewed on time", "95% of plans were reviewed on time in the last year"),
        F(4, "count", "other", "records whose written plan was not specific enough", "in four of the 36 records"),
    ],
    ["M1 2WD", "0161 496 0284", "26 September 2025", "DL7 8AD", "9 and 10 September 2025", "March 2023", "in the last six months", "the three months before the visit", "in each case"],
    [
        Q("I have time to do direct work, which I didn't have in my last authority.", "a social worker", SW, "told"),
        Q("never gave up on us, even when I gave up on myself", "a parent", PA, "told"),
    ],
    [
        {"name": "Howard Kilbride", "role": "Corporate Director, Children and Young People's Service, North Yorkshire Council"},
        {"name": "Anjali Prendergast", "role": "His Majesty's Inspector"},
        {"name": "Lewis Tordoff", "role": "His Majesty's Inspector"},
    ],
    ["Ofsted-style inspection correspondence (example)", "Piccadilly Gate, Store Street, Manchester M1 2WD (example address)", "T 0161 496 0284 enquiries@ofsted.example",
     "North Yorkshire Council", "County Hall, Northallerton DL7 8AD", "Yours sincerely"],
    "Inspection letter (kind other): period = the visit dates. 'inspectors found' introduces findings that are not quotes; only the social worker's and the parent's words in quote marks are quotes (anonymous speakers). "
    "Inspection activity counts (records reviewed, staff spoken to, parents met) are other. 'fallen from 641 to 558 over the last 18 months': 641 carries the earlier snapshot; the 18 months is a duration (other). "
    "'11 children whose cases had moved from child in need to child protection planning' takes child_protection_plans (the defining property is the step up to a plan) and carries 'in the last six months'; "
    "timeliness shares are other ('95% of plans were reviewed on time', ICPC timeliness 74%, assessment timeliness 89%, the target 90%), as in corpus/styles. "
    "'four of the 36 records' is a subset of the records sample (other). 'in each case the decision was right' is not a figure. Traps: postcodes, phone, dates, 'March 2023', 'the three months before the visit', 'in the last six months' as a window."
)
