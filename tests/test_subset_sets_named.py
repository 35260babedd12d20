"""What a part of a counted set counts when its set is named on the spot (corpus/README.md,
'Conventions settled', 3: a share or part of the children or cases a metric counts keeps the
whole's metric): a plan's category is the plan's own ('41% of new plans were for neglect'), an
'under' with no age after it names no age group, a participle right after the set names the set and
not what the part did ('23 of the 25 children in care referred were assessed'), and a set's size
said after a part with a modifier of its own ('3 of the 4 children living at the home') is a figure
said for the first time. Each table is of invented sentences through the production path."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure, figures_valued

_PLANS = "The borough had 310 children on child protection plans at the end of March. "

# A share or part of plans picked out by the category the plans were made under keeps
# child_protection_plans; a feature found in reviews or notifications stays other.
# (text, number, metric)
PLAN_CATEGORIES = [
    (_PLANS + "Officers said 44% of new plans were for neglect.", "44%", "child_protection_plans"),
    (_PLANS + "The report says 39% of plans started in the year were for neglect.", "39%", "child_protection_plans"),
    (_PLANS + "In the year 180 new plans were made, and 70 of them were for neglect.", "70", "child_protection_plans"),
    (_PLANS + "The council said 52 per cent of plans were due to neglect.", "52 per cent", "child_protection_plans"),
    (_PLANS + "Nearly half of new plans (47%) were under the category of neglect.", "47%", "child_protection_plans"),
    (_PLANS + "A third of the plans were under emotional abuse.", "A third", "child_protection_plans"),
    (_PLANS + "Some 36% of the plans were under neglect, the panel heard.", "36%", "child_protection_plans"),
    (_PLANS + "The director said 45% of the plans were for neglect and 30% for emotional abuse.", "45%",
     "child_protection_plans"),
    # an age after 'under' still picks the part out; a feature in reviews is not a plan's category
    (_PLANS + "Some 30% of the plans were for children under five.", "30%", "other"),
    (_PLANS + "Neglect was a factor in 58% of rapid reviews.", "58%", "other"),
    ("The panel received 12 notifications. Seven of the 12 children were under the age of two.", "Seven", "other"),
    (_PLANS + "The panel said 60% of the rapid reviews were for neglect.", "60%", "other"),
    (_PLANS + "Neglect was identified in 12 of the 20 notifications.", "12", "other"),
]


@pytest.mark.parametrize("text, number, metric", PLAN_CATEGORIES)
def test_a_plans_category_keeps_the_plan(nlp, text, number, metric):
    assert figure(nlp, text, number, True).metric == metric


# A participle right after the set a part is drawn from names the set; the part's own verb comes
# later. The part (and the set) keep the set's metric; a participle that is the part's own verb
# ('Six of the 20 rapid reviews completed were referred') still names what the part became.
# (text, number, metric)
PARTICIPLE_SETS = [
    ("In the quarter, 21 of the 24 children in care referred (88%) were assessed within that time.", "21",
     "looked_after_children"),
    ("In the quarter, 21 of the 24 children in care referred (88%) were assessed within that time.", "24",
     "looked_after_children"),
    ("Last year 17 of the 19 children in care referred were offered a first appointment.", "17",
     "looked_after_children"),
    ("Some 9 of the 11 children on child protection plans referred to the clinic were seen within a month.", "9",
     "child_protection_plans"),
    ("Some 9 of the 11 children on child protection plans referred to the clinic were seen within a month.", "11",
     "child_protection_plans"),
    ("The board heard that 40 of the 45 looked after children referred had a health assessment.", "40",
     "looked_after_children"),
    ("The board heard that 40 of the 45 looked after children referred had a health assessment.", "45",
     "looked_after_children"),
    ("Overall 12 of the 13 children in care referred by schools were given a place.", "12", "looked_after_children"),
    ("Of the 30 children on plans, 8 of them were referred to the police.", "8", "child_protection_plans"),
    # the participle is the part's own verb: what the part became
    ("Three of the 12 rapid reviews completed were referred to the national panel.", "Three", "review_referrals"),
    ("Three of the 12 rapid reviews completed were referred to the national panel.", "12", "rapid_reviews"),
]


@pytest.mark.parametrize("text, number, metric", PARTICIPLE_SETS)
def test_a_participle_after_the_set_names_the_set(nlp, text, number, metric):
    assert figure(nlp, text, number, True).metric == metric


# A set's size after a part, 'N of the M children <modifier>', said nowhere else, is a figure:
# the set is defined where it is named. (text, size, number of figures of that value)
DEFINED_SETS = [
    ("Inspectors found 3 of the 5 children living at the home were attending school.", 5, 1),
    ("Inspectors found 3 of the 5 children in care were attending school.", 5, 1),
    ("In the quarter, 14 of the 17 children referred were seen within a month.", 17, 1),
    ("Visits found 6 of the 8 families on a plan had a working smoke alarm.", 8, 1),
    ("The audit showed 11 of the 13 young people in supported lodgings were in education.", 13, 1),
    ("Staff said 7 of the 9 children placed at the home had settled well.", 9, 1),
    ("A review found 22 of the 26 children subject to a plan had seen their social worker.", 26, 1),
    ("The team reported that 4 of the 6 children known to the service had a named nurse.", 6, 1),
    ("By March, 15 of the 18 people supported by the scheme had a tenancy.", 18, 1),
    ("The panel noted that 5 of the 7 cases open to the team were overdue.", 7, 1),
    # said before: a mention of the figure said first, not a second figure
    ("The home looks after 5 children. Inspectors found 3 of the 5 children living at the home were attending "
     "school.", 5, 1),
    # a bare placeholder with no modifier restates a set: nothing new
    ("Nine of the 14 children were seen alone.", 14, 0),
]


@pytest.mark.parametrize("text, value, count", DEFINED_SETS)
def test_a_set_defined_where_it_is_named_is_a_figure(nlp, text, value, count):
    assert len(figures_valued(nlp, text, value, True)) == count


# Children in care named with a relative clause of what they have are a set picked out by a
# feature (other), and so is a part drawn from them; the care itself restated ('who have been
# looked after') or where they live keeps looked_after_children. (text, number, metric)
FEATURE_WHOLES = [
    ("Of the 96 looked after children who have a brother or sister also in care, 70 live with at least one "
     "of them.", "96", "other"),
    ("Of the 96 looked after children who have a brother or sister also in care, 70 live with at least one "
     "of them.", "70", "other"),
    ("Of the 84 children in care who have siblings in care, 51 live with them.", "84", "other"),
    ("Of the 84 children in care who have siblings in care, 51 live with them.", "51", "other"),
    ("There are 47 children in care who have an education, health and care plan.", "47", "other"),
    ("The borough has 33 looked after children who have a disability.", "33", "other"),
    ("The report counted 29 children in care who had a missing episode in the year.", "29", "other"),
    ("There were 62 children looked after who have a named nurse.", "62", "other"),
    # the care itself, or where they live
    ("The council looked after 412 children who were placed in foster care.", "412", "looked_after_children"),
    ("The council looked after 388 children at the end of March.", "388", "looked_after_children"),
    ("There were 140 children in care who have been looked after for less than a year.", "140",
     "looked_after_children"),
    ("Of the 350 children in care, 80 live outside the borough.", "80", "looked_after_children"),
]


@pytest.mark.parametrize("text, number, metric", FEATURE_WHOLES)
def test_children_in_care_with_a_feature_are_other(nlp, text, number, metric):
    assert figure(nlp, text, number, True).metric == metric
