"""Which set a number counts, when a set was counted before it: the cases 'in' or 'for' which
something was so (a feature subset: other, unless its clause names a metric), a count with a noun
of its own that is not the set's (another set: it takes nothing from the figure before), a group
of people no metric counts as such ('356 pupils on roll'), and the value again of such a group.
Each table of invented sentences runs through the production path, with the rules alone and with
the metric classifier on (it may not overrule these readings)."""

from __future__ import annotations

import re

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def figure(nlp, text: str, number: str, classifier: bool, occurrence: int = -1):
    """The figure whose mention is the given occurrence of `number` in `text` (None: no figure)."""
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(number)}(?!\w)", text)]
    at = starts[occurrence]
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    return found[0] if found else None


# 'In three of them, the family had moved': the cases of a set in or for which a thing was so are
# a subset by a feature (other, the corpus convention 'Metric for subsets'), whatever the set is
CASES_WITH_A_FEATURE = [
    ("The team reviewed 16 child protection plans. In five of them, the parents had separated during the year.",
     "five"),
    ("There were 24 rapid reviews this year. In nine of them, the family had recently moved house.", "nine"),
    ("For six of the 14 children on child protection plans, the core group had not met for two months.", "six"),
    ("For four of the 20 looked after children, the social worker had changed twice in the year.", "four"),
    ("Reviews are due within 15 working days and we managed that in eleven of the fourteen.", "eleven"),
    ("The panel received 31 serious incident notifications; in 12 of them a sibling was also known.", "12"),
    ("We held 18 initial conferences, and for seven of the 18 the father was not invited.", "seven"),
    ("Thirty section 47 enquiries were sampled. In 19 of those enquiries the child was seen alone.", "19"),
    ("Officers reviewed 40 referrals to children's social care; in 23 of the referrals the parent had consented.",
     "23"),
]
# the clause names a metric of its own, or the set's category: that metric
CASES_WITH_A_METRIC = [
    ("There were 24 rapid reviews this year. In nine of them the child died.", "nine", "child_deaths"),
    ("The panel received 31 serious incident notifications. Rapid reviews were completed in 29 of them.", "29",
     "rapid_reviews"),
    ("Of the 30 referrals, a rapid review was held for 26 of the referrals.", "26", "rapid_reviews"),
    ("The board considered 12 rapid reviews and learning was identified in seven of them.", "seven",
     "reviews_with_learning"),
    ("There were 50 strategy discussions; in 14 of those cases the children went on to become looked after.",
     "14", "looked_after_children"),
    ("We held 40 initial conferences. Emotional abuse was the main category for 17 of them.", "17",
     "child_protection_plans"),
    ("Neglect was recorded for 212 of the children on the child protection register.", "212",
     "child_protection_plans"),
    ("Infants under one accounted for 31 of the child deaths reviewed.", "31", "child_deaths"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", CASES_WITH_A_FEATURE)
def test_the_cases_of_a_set_with_a_feature_are_other(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other", f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CASES_WITH_A_METRIC)
def test_the_cases_of_a_set_whose_clause_names_a_metric_take_it(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a count with its own counted noun, not the noun of the figure before it, counts another set: it
# takes nothing from that figure (the counted thing is its own, or not found)
ANOTHER_SET = [
    ("At 31 March 12 were looked after and a further 6 were on child protection plans. "
     "31 families were receiving early help.", "31", 1),
    ("The council looked after 412 children. 35 carers were approved during the year.", "35", 0),
    ("There were 230 children on child protection plans. 64 schools took part in the audit.", "64", 0),
    ("The service made 120 referrals to children's social care. 14 volunteers ran the drop-in.", "14", 0),
    ("At year end 18 were looked after. 40 households were in temporary accommodation.", "40", 0),
    ("There were 31 serious incident notifications. 8 practitioners attended every review.", "8", 0),
    ("Some 96 children were on plans at 31 March and a further 9 were in care. 27 parents attended a course.",
     "27", 0),
    ("The partnership held 14 rapid reviews. 22 agencies contributed to the reviews.", "22", 0),
]
# an elided count, or one with the set's own noun or a stand-in ('cases'), is the set again
SAME_SET = [
    ("There were 412 children on child protection plans. Of these, 96 had been on a plan before.", "96",
     "child_protection_plans"),
    ("The board made 40 recommendations. 31 have been completed.", "31", "recommendations"),
    ("The board made 40 recommendations. 31 recommendations have been completed.", "31", "recommendations"),
    ("The panel received 31 serious incident notifications, up from 24 the year before.", "24",
     "serious_incident_notifications"),
    ("The council looked after 412 children at 31 March, compared with 398 a year earlier.", "398",
     "looked_after_children"),
    ("There were 28 rapid reviews. Of these, 9 were completed within 15 working days.", "28", "rapid_reviews"),
    ("The team had 52 open section 47 enquiries; 40 cases were closed within the month.", "52",
     "section_47_enquiries"),
    ("The number of children on child protection plans rose to 312, up from 280.", "280",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, occurrence", ANOTHER_SET)
def test_a_count_with_a_noun_of_its_own_counts_another_set(nlp, text, number, occurrence, classifier):
    f = figure(nlp, text, number, classifier, occurrence=occurrence)
    assert f is not None and f.metric == "other", f and (f.metric, f.method)
    assert "inherit" not in f.method


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SAME_SET)
def test_an_elided_count_or_the_sets_own_noun_is_the_set_again(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a group of people no metric counts as such (pupils, students, households, residents, parents),
# its clause naming no metric: found, and fits no metric (a rule, not the classifier's guess)
GROUPS = [
    "The school had 356 pupils on roll in October. Six of them were on child protection plans.",
    "The academy has 1,240 students, and its safeguarding team reports on children in care.",
    "Around 3,100 households in the ward were visited by the early help team.",
    "The consultation reached 640 residents before the child protection plan policy was agreed.",
    "In all, 212 parents answered the survey on children looked after by the council.",
    "The college enrolled 95 learners from the care leavers' service this year.",
    "Some 57 pupils joined the school mid-year. Several were looked after by the council.",
    "There were 330 pupils eligible for free school meals. Referrals to children's social care rose.",
]
# the clause names the metric: the group is a population of it
GROUPS_NAMED = [
    ("Six pupils were subject to a child protection plan at the end of term.", "Six", "child_protection_plans"),
    ("At 31 March, 14 pupils had a child in need plan.", "14", "children_in_need"),
    ("Five pupils were looked after by the local authority.", "Five", "looked_after_children"),
    ("The school made 22 referrals to children's social care about its pupils.", "22", "social_care_referrals"),
    ("Seven pupils were the subject of section 47 enquiries.", "Seven", "section_47_enquiries"),
    ("Nine pupils were looked after children placed by other councils.", "Nine", "looked_after_children"),
    ("Four pupils became subject to child protection plans in the spring.", "Four", "child_protection_plans"),
    ("The academy had 12 pupils on child protection plans in July.", "12", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text", GROUPS)
def test_a_group_no_metric_counts_is_other_by_rule(nlp, text, classifier):
    number = re.search(r"\d[\d,]*", text).group(0)
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method.startswith("rule:"), f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", GROUPS_NAMED)
def test_a_group_its_clause_names_takes_the_metric(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# the value again of a group found in its sentence ('up from 341', 'against 24%') is that group's
COMPARATOR_OF_A_GROUP = [
    ("The school had 356 pupils on roll, up from 341 the year before.", "341"),
    ("The academy had 1,240 students in September, compared with 1,180 a year earlier.", "1,180"),
    ("There were 212 pupils eligible for free school meals, down from 230 the previous year.", "230"),
    ("Around 3,100 households were visited, up from 2,800 in 2023/24.", "2,800"),
    ("The college enrolled 95 learners, against 88 the year before.", "88"),
    ("The consultation reached 640 residents, compared with 590 in 2023/24.", "590"),
    ("The school had 330 pupils in Key Stage 2, up from 301 in 2023/24.", "301"),
    ("Some 57 students joined mid-year, down from 63 the year before.", "63"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", COMPARATOR_OF_A_GROUP)
def test_the_value_again_of_a_group_is_that_group(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and not f.method.startswith("unresolved"), f and (f.metric, f.method)


# a number whose clause's subject is a measure no metric is ('Attendance', 'Turnover'): the subject's
# head is what it measures, found and fitting no metric, whatever population its 'of' names
MEASURES = [
    ("Attendance of pupils with a social worker was 88.2% this year.", "88.2"),
    ("Attendance of children on child protection plans rose to 85.9%.", "85.9"),
    ("Attendance of children in care fell from 91.3% to 89.0%.", "91.3"),
    ("Turnover among children's social workers was 17%.", "17"),
    ("Absence among children in care rose to 12.4% in the spring term.", "12.4"),
    ("Satisfaction with the early help service was 84%.", "84"),
    ("Attendance of pupils with a social worker was 88.2%, against 93.9% for the whole school.", "93.9"),
    ("Punctuality of core group members was 71% in the quarter.", "71"),
]
# a quantity noun before 'of' ('the number of', 'the proportion of', 'the rate of'): its object decides
QUANTITY_OF = [
    ("The proportion of children on child protection plans was 12%.", "12", "child_protection_plans"),
    ("The number of children in care rose to 520.", "520", "looked_after_children"),
    ("The rate of re-referrals to children's social care was 19.4%.", "19.4", "social_care_referrals"),
    ("Referrals to children's social care rose to 3,870.", "3,870", "social_care_referrals"),
    ("The total of child protection plans stood at 412.", "412", "child_protection_plans"),
    ("The percentage of children looked after in foster care was 71%.", "71", "looked_after_children"),
    ("The number of section 47 enquiries fell to 1,020.", "1,020", "section_47_enquiries"),
    ("The number of serious incident notifications rose to 14.", "14", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", MEASURES)
def test_a_measure_no_metric_is_is_other_by_rule(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method.startswith("rule:"), f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", QUANTITY_OF)
def test_a_quantity_of_a_thing_counts_the_thing(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a part 'of them' of a set named by a noun whose thing was not found is no more found than that set
# (it takes no metric from a figure further back); a bare value between ('This compares with 497',
# 'around 70 more') is a value of the set said before, not another set
PART_OF_AN_UNFOUND_SET = [
    "A further 4 had left care. 19 families were getting family support, 8 of them with a lead worker.",
    "The council looked after 412 children. 60 households asked for advice, and 14 of them were visited.",
    "There were 31 serious incident notifications. 40 parents joined the forum; 12 of them spoke at the launch.",
    "There were 230 children on child protection plans. 18 clubs opened in the year, and six of them were new.",
    "The partnership held 14 rapid reviews. 52 trainers were trained and 20 of them ran sessions.",
    "The council looked after 412 children. 75 foster homes were inspected; nine of them were in the city.",
    "There were 96 children on plans at 31 March. 33 mentors volunteered, 21 of them for a second year.",
    "The board made 40 recommendations. 28 agencies signed the charter and 16 of them attended.",
]
PART_AFTER_A_BARE_VALUE = [
    ("The council was looking after 561 children. This compares with 497 at the same point in 2022. "
     "Of these children, 71 live in residential homes.", "71", "looked_after_children"),
    ("The council looks after 1,011 children, around 70 more than last year. Roughly one in six of them "
     "lives outside the county.", "one in six", "looked_after_children"),
    ("There were 412 children on child protection plans, compared with 380 a year before. Of these, 96 had "
     "been on a plan before.", "96", "child_protection_plans"),
    ("The council looked after 640 children, up from 602. A dozen of them live in another region.", "A dozen",
     "looked_after_children"),
    ("There were 38 rapid reviews, against 31 the year before. Of these, 30 were completed.", "30",
     "rapid_reviews"),
    ("The council looked after 389 children, about 20 more than in 2023/24. Of these children, 44 live with "
     "relatives.", "44", "looked_after_children"),
    ("There were 270 children on child protection plans, up from 251. Of these, 61 were under five.", "61",
     "child_protection_plans"),
    ("The council looked after 733 children, compared with 706 a year earlier. Nine of them live in Wales.",
     "Nine", "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text", PART_OF_AN_UNFOUND_SET)
def test_a_part_of_a_set_whose_thing_was_not_found_takes_no_metric(nlp, text, classifier):
    number = re.findall(r"\b(\d+|six|nine) of them", text)[0]
    f = figure(nlp, text, number, classifier, occurrence=-1)
    assert f is not None and f.metric == "other", f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PART_AFTER_A_BARE_VALUE)
def test_a_part_after_a_bare_value_is_part_of_the_set_before(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=-1)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a paragraph or list number before a measure ('5.1 Attendance of ...') leads the tagger to read the
# capitalised measure as a name; it is still the thing the number measures. A numbered sentence
# whose subject names a metric keeps it.
NUMBERED_MEASURES = [
    ("3.2 Attendance of children in care was 91.2%.", "91.2"),
    ("4.1 Turnover among social workers was 17% in the year.", "17"),
    ("2) Absence among children on plans rose to 12.4%.", "12.4"),
    ("5. Satisfaction with the service was 84%.", "84"),
    ("1.4 Punctuality of core group members was 71%.", "71"),
    ("6.2 Attendance of pupils with a social worker fell to 86.0%.", "86.0"),
    ("7.1 Stability of placements for children in care was 68% this year.", "68"),
    ("(3) Participation of children in care in their reviews was 93%.", "93"),
]
NUMBERED_METRICS = [
    ("3.2 Children in care numbered 412 at year end.", "412", "looked_after_children"),
    ("4.1 Referrals to children's social care rose to 3,870.", "3,870", "social_care_referrals"),
    ("2. The number of child protection plans fell to 390.", "390", "child_protection_plans"),
    ("5.1 Section 47 enquiries totalled 1,020.", "1,020", "section_47_enquiries"),
    ("6.3 Serious incident notifications rose to 14.", "14", "serious_incident_notifications"),
    ("1.2 Looked after children numbered 520 on 31 March.", "520", "looked_after_children"),
    ("7. The proportion of children on child protection plans was 12%.", "12", "child_protection_plans"),
    ("8.4 Rapid reviews numbered 9 in the year.", "9", "rapid_reviews"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", NUMBERED_MEASURES)
def test_a_measure_after_a_paragraph_number_is_other_by_rule(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method == "rule:measure", f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NUMBERED_METRICS)
def test_a_metric_after_a_paragraph_number_keeps_it(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# the comparator of a measure ('against 92% for children in care nationally', '(England, children
# looked after: 90.2%)', 'The England figure for children on plans was 84.1%') measures the same
# thing for another place or group: other, whatever population its own phrase names. The comparator
# of a metric's count or share keeps the metric.
COMPARATORS_OF_A_MEASURE = [
    ("Attendance of children in need was 89% compared with 92% for children in care nationally.", "92"),
    ("Turnover among social workers was 17%, against 15% for England.", "15"),
    ("Absence among children in care rose to 12.4% (national, children looked after: 11.0%).", "11.0"),
    ("Satisfaction with the early help service was 84%. The regional average for families in need was 79%.", "79"),
    ("Attendance of children on child protection plans rose to 85.9%. The England figure for children on plans "
     "was 84.1%.", "84.1"),
    ("Persistent absence among children in care was 24%. The national figure for children looked after was 21%.",
     "21"),
    ("Attendance overall was 93.1% (North East, children in care: 91.7%).", "91.7"),
    ("5.1 Attendance of learners with a social worker was 86.3% against 93.5% for the whole academy.", "93.5"),
]
COMPARATORS_OF_A_METRIC = [
    ("The rate of children in care was 71 per 10,000 against 67 per 10,000 for England.", "67",
     "looked_after_children"),
    ("Re-referrals were 19% against 22% nationally.", "22", "social_care_referrals"),
    ("There were 412 children on plans at 31 March (England, all councils: 390).", "390", "child_protection_plans"),
    ("The council looked after 412 children. The national figure for children in care was 390.", "390",
     "looked_after_children"),
    ("There were 412 children on plans. The national figure for children on plans was 390.", "390",
     "child_protection_plans"),
    ("The proportion of children on child protection plans was 12%, against 10% for England.", "10",
     "child_protection_plans"),
    ("Section 47 enquiries totalled 1,020 (England average: 980).", "980", "section_47_enquiries"),
    ("The number of children in care rose to 520, against 480 in similar areas.", "480", "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", COMPARATORS_OF_A_MEASURE)
def test_the_comparator_of_a_measure_is_that_measure(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method.startswith("rule:"), f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", COMPARATORS_OF_A_METRIC)
def test_the_comparator_of_a_metric_keeps_it(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a thing cited, noted, mentioned or flagged for cases is a feature of them ('Domestic abuse was cited
# for 41 children'): other, whatever set the cases belong to; a metric's thing done for cases counts it
FEATURES_CITED = [
    ("There were 190 referrals this year. Parental drug use was noted for 33 children.", "33"),
    ("There were 230 children on plans. Neglect was mentioned for 96 children.", "96"),
    ("Parental mental health was noted in 23 referrals.", "23"),
    ("Substance misuse was flagged for 19 families.", "19"),
    ("Online harm was also cited in 12 notifications.", "12"),
    ("Exploitation was noted for 31 children in care.", "31"),
    ("Housing was cited in 14 of the reviews.", "14"),
    ("Poor school attendance was flagged in 27 assessments.", "27"),
]
DONE_FOR_CASES = [
    ("Child protection plans were made for 41 children.", "41", "child_protection_plans"),
    ("Care orders were granted for 12 children.", "12", "court_orders"),
    ("Section 47 enquiries were started for 96 children.", "96", "section_47_enquiries"),
    ("Rapid reviews were completed for 12 children.", "12", "rapid_reviews"),
    ("Initial child protection conferences were held for 142 children; 120 became subject to a plan.", "120",
     "child_protection_plans"),
    ("The council looked after 412 children, of whom 31 became looked after in the year.", "31",
     "looked_after_children"),
    ("There were 96 children on plans. 23 of them had been on a plan before.", "23", "child_protection_plans"),
    ("Neglect was the main category for 61 of the children on plans.", "61", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", FEATURES_CITED)
def test_a_thing_cited_for_cases_is_a_feature_of_them(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method == "rule:feature", f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", DONE_FOR_CASES)
def test_a_metrics_thing_for_cases_keeps_it(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a percentage change 'by N%' takes the metric of the quantity that changed (the corpus convention):
# a thing no metric counts ('Missed appointments fell by 9%') or a measure ('Attendance fell by 3%') is
# other; a metric's thing keeps its metric (a plural no rule knows, 'Concerns rose by 8%', may be a
# metric's local name and is left unresolved)
CHANGES_OF_A_THING = [
    ("Missing episodes dropped by 11% over the summer holidays.", "11"),
    ("Home visits rose by 12% in the year.", "12"),
    ("Attendance of children in care fell by 3% on last year.", "3"),
    ("2.4 Missing episodes dropped by 11% in the half-year.", "11"),
    ("Staff turnover rose by 4% in the year.", "4"),
    ("Sickness absence rose by 2% in the year.", "2"),
    ("Satisfaction with the service fell by 5%.", "5"),
    ("Persistent absence among children in need rose by 6%.", "6"),
]
CHANGES_OF_A_METRIC = [
    ("Referrals to children's social care fell by 6% in the year.", "6", "social_care_referrals"),
    ("The number of children in care rose by 4%.", "4", "looked_after_children"),
    ("Child protection plans increased by 11% on last year.", "11", "child_protection_plans"),
    ("Section 47 enquiries rose by 7% in the year.", "7", "section_47_enquiries"),
    ("Serious incident notifications fell by 25%.", "25", "serious_incident_notifications"),
    ("Looked after children increased by 3% in the year.", "3", "looked_after_children"),
    ("The number of child protection plans dropped by 5%.", "5", "child_protection_plans"),
    ("Rapid reviews rose by 50% on the year before.", "50", "rapid_reviews"),
]
# 'a health visitor vacancy rate of 19%': a rate whose own noun is a measure no rule knows measures
# that, whatever population its sentence counts; a rate named by a metric's noun keeps it
RATES_OF_A_MEASURE = [
    ("The team supported 154 children on child protection plans with a health visitor vacancy rate of 19%.", "19"),
    ("The council looked after 412 children and had an agency worker rate of 31%.", "31"),
    ("The school had an attendance rate of 91% this year.", "91"),
    ("There were 230 referrals and a staff turnover rate of 17%.", "17"),
    ("Children in care had an absence rate of 8.2% in the autumn term.", "8.2"),
    ("The team, which supports 140 children on plans, had a sickness rate of 5%.", "5"),
    ("Children in need had a persistent absence level of 24%.", "24"),
    ("The virtual school reported an exclusion rate of 0.4% for children in care.", "0.4"),
]
RATES_OF_A_METRIC = [
    ("The service had a re-referral rate of 19%.", "19", "social_care_referrals"),
    ("Kent had a child protection plan rate of 45 per 10,000.", "45", "child_protection_plans"),
    ("The council had 412 children in care, a rate of 71 per 10,000.", "71", "looked_after_children"),
    ("The council had a looked after children rate of 71 per 10,000.", "71", "looked_after_children"),
    ("There were 3,870 referrals, a rate of 412 per 10,000 children.", "412", "social_care_referrals"),
    ("Kent had a section 47 enquiry rate of 160 per 10,000.", "160", "section_47_enquiries"),
    ("There were 96 children on plans at a rate of 38 per 10,000.", "38", "child_protection_plans"),
    ("The council recorded a referral rate of 530 per 10,000 children.", "530", "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", CHANGES_OF_A_THING + RATES_OF_A_MEASURE)
def test_a_change_or_rate_of_a_thing_no_metric_counts_is_other(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method.startswith("rule:"), f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CHANGES_OF_A_METRIC + RATES_OF_A_METRIC)
def test_a_change_or_rate_of_a_metric_keeps_it(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)


# a predicate that says the cases ended better or worse on a measure ('When their case closed, 64% had a higher
# wellbeing score') is an outcome, a feature of the set: other. A predicate that names the set's
# metric ('had been on a plan before', the repeat-plan convention; a placement of children in care)
# keeps it.
OUTCOMES_OF_A_SET = [
    ("We worked with 480 families. When their case closed, 64% had a higher family outcome rating.", "64"),
    ("We worked with 140 children on plans. 41 showed an improved wellbeing rating at the end.", "41"),
    ("Of the 96 children in care, 62% of them had higher attendance scores by the summer.", "62"),
    ("The service closed 230 cases; 55% of families reported better outcomes.", "55"),
    ("There were 412 children in need. At the end, 64% achieved a higher outcome rating.", "64"),
    ("Of the 80 young people, 31 recorded a lower risk score.", "31"),
    ("We supported 300 families, and 70% of these families had improved outcome scores.", "70"),
    ("Of the 45 children on plans, 20 had a better school attendance grade.", "20"),
]
REPEATS_AND_PLACEMENTS = [
    ("There were 96 children on plans. 23% had been on a plan before.", "23", "child_protection_plans"),
    ("There were 96 children on plans. 23% of them had a plan before.", "23", "child_protection_plans"),
    ("The council looked after 412 children. 31% had a placement move.", "31", "looked_after_children"),
    ("Of the 412 children in care, 31 had three or more placements.", "31", "looked_after_children"),
    ("There were 96 children on plans, and 20 of them had a plan for neglect.", "20", "child_protection_plans"),
    ("The council looked after 412 children; 52% were in foster care.", "52", "looked_after_children"),
    ("There were 140 children on plans; 12% had been on a plan in the past two years.", "12",
     "child_protection_plans"),
    ("Of the 96 children on plans, 23% had previously been on one.", "23", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number", OUTCOMES_OF_A_SET)
def test_an_outcome_of_a_set_is_other(nlp, text, number, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == "other" and f.method == "rule:feature", f and (f.metric, f.method)


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REPEATS_AND_PLACEMENTS)
def test_a_repeat_or_placement_of_a_set_keeps_its_metric(nlp, text, number, metric, classifier):
    f = figure(nlp, text, number, classifier, occurrence=0)
    assert f is not None and f.metric == metric, f and (f.metric, f.method)
