"""What a number counts, by construction: shares of money or of all residents, samples, Scottish
registrations, counts split by year after a colon, shares of a set said before, an elided 'one
more', referrals beside contacts, reference marks, the age band of a rate's denominator, a level
'reached' by its subject and the bracketed share of a part. Each table is of invented sentences,
run through the production path with the rules alone and with the metric classifier on."""

from __future__ import annotations

import re

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.ingest import load

from tests.test_counted_found import figure as _figure

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def figures_of(nlp, text: str, classifier: bool):
    document = load("t.txt", text.encode("utf-8"))
    return find_figures(nlp(document.text), document, FY, use_classifier=classifier)


def figure(nlp, text: str, number: str, classifier: bool, occurrence: int = 0):
    """The figure at the given occurrence of `number` (the first by default)."""
    return _figure(nlp, text, number, classifier, occurrence)


# A percentage set beside an amount of money (a comma, a bracket or a dash between) is that
# amount's share or change; one 'of the budget' is a share of money; one 'of the population'
# closing its clause is a share of all residents. None is a share of a metric's children.
MONEY_AND_POPULATION = [
    ("The weekly cost of a foster placement is now £1,150, 9% more than a year ago.", "9%", "other"),
    ("The council forecasts an overspend of £2.7m (6.1%) on its children's placements budget.", "6.1%", "other"),
    ("An overspend of £4.2 million, 11% of the placements budget, is forecast for children in care.", "11%", "other"),
    ("Residential care for looked after children cost £16.4m - 4% up on last year.", "4%", "other"),
    ("Agency staff cost £880 a week, 23% more than permanent social workers in the children in care teams.",
     "23%", "other"),
    ("Placements for children in care took 38 per cent of the directorate's budget.", "38 per cent", "other"),
    ("Of the children in care, 52% are boys, compared with 51% of the county's population.", "51%", "other"),
    ("Around 30% of looked after children are from minority groups, against 18% of the city's residents.",
     "18%", "other"),
    ("Black children are 14% of those on child protection plans and 6% of the population aged 0-17.",
     "6%", "other"),
    # a share of children stays the share its sentence names
    ("Of the children in care, 52% are boys, compared with 51% of the county's population.", "52%",
     "looked_after_children"),
    ("Some 4% of the child population were on child protection plans.", "4%", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", MONEY_AND_POPULATION)
def test_a_share_of_money_or_of_all_residents_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A set the text says was sampled ('the 20 referrals we sampled', '7 of the 12 sampled plans',
# 'the 25 plans audited by inspectors') is a sample drawn for study, whatever it is a sample of;
# a part's bracketed share ('In 11 of 16 files (69%)') counts what the part counts.
SAMPLED = [
    ("Managers praised the quality of the 20 referrals we sampled.", "20", "other"),
    ("Only 7 of the 12 sampled plans had a current safety plan.", "7", "other"),
    ("In 14 of the 18 audited cases the child was seen alone.", "14", "other"),
    ("The 25 child protection plans sampled by inspectors were of good quality.", "25", "other"),
    ("Inspectors read 30 cases, and the 12 contacts we audited were well recorded.", "12", "other"),
    ("Only 6 of the 10 sampled notifications (60%) were made on time.", "60%", "other"),
    ("In 11 of 16 files (69%) the section 47 strategy discussion was recorded.", "69%", "other"),
    ("In 9 of 12 case files (75%) the outcome of the IRD was recorded on time.", "75%", "other"),
    # not a sample
    ("The 9 rapid reviews we completed all met the deadline.", "9", "rapid_reviews"),
    ("Forty-one children (18%) were subject to a child protection plan.", "18%", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SAMPLED)
def test_a_set_said_to_be_sampled_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# Scotland keeps a child protection register: children 'registered' (not registered with a GP,
# a school or Ofsted) are children placed on it.
REGISTERED = [
    ("During the quarter 1,200 referral discussions were held and 57 children were registered.", "57",
     "child_protection_plans"),
    ("In total 31 babies were newly registered.", "31", "child_protection_plans"),
    ("Some 88 children were registered in the year, against 95 the year before.", "88", "child_protection_plans"),
    ("Of those, 14 children were re-registered within two years.", "14", "child_protection_plans"),
    ("There were 240 children registered at 31 July.", "240", "child_protection_plans"),
    ("Over the year 63 children were registered following a case conference.", "63", "child_protection_plans"),
    ("Twelve siblings were registered together.", "Twelve", "child_protection_plans"),
    ("Some 150 children were registered at the end of the year.", "150", "child_protection_plans"),
    ("Thirty children were registered under the category of neglect.", "Thirty", "child_protection_plans"),
    # registered with someone, or at somewhere, is no registration
    ("The 23 children registered at the nursery attended daily.", "23", "other"),
    ("The practice had 4,100 children registered with a GP.", "4,100", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REGISTERED)
def test_children_registered_are_on_the_register(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A count split by year, month or place after a colon: each part counts what the whole counts,
# whatever review word stands between ('referrals for a child practice review').
PARTS_AFTER_A_COLON = [
    ("The board received six referrals for a child practice review: two in 2023, three in 2024 and one in 2025.",
     "two", "review_referrals"),
    ("The board received six referrals for a child practice review: two in 2023, three in 2024 and one in 2025.",
     "three", "review_referrals"),
    ("The board received six referrals for a child practice review: two in 2023, three in 2024 and one in 2025.",
     "one", "review_referrals"),
    ("The panel was notified of nine serious incidents: three in April, four in May and two in June.",
     "four", "serious_incident_notifications"),
    ("The partnership received seven referrals for a review: two in 2022, four in 2023 and one in 2024.",
     "four", "review_referrals"),
    ("We held 11 rapid reviews: five in the first half and six in the second half.", "six", "rapid_reviews"),
    ("There were 14 notifications to the national panel: eight in Kent and six in Medway.", "eight",
     "serious_incident_notifications"),
    ("Partners made 40 referrals for a practice review: 22 in 2023-24 and 18 in 2024-25.", "22", "review_referrals"),
    ("Partners made 40 referrals for a practice review: 22 in 2023-24 and 18 in 2024-25.", "18", "review_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PARTS_AFTER_A_COLON)
def test_parts_after_a_colon_count_what_the_whole_counts(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A share of a set said before ('Around a third of those', 'half of them') keeps the set's metric.
SHARE_OF_A_SET = [
    ("The front door took 5,400 contacts in the year. Around a third of those, 1,790, needed a visit from a "
     "social worker.", "a third", "social_care_referrals"),
    ("The front door took 5,400 contacts in the year. Around a third of those, 1,790, needed a visit from a "
     "social worker.", "1,790", "social_care_referrals"),
    ("The council recorded 9,000 contacts. Half of them came from the police.", "Half", "social_care_referrals"),
    ("There were 320 children on child protection plans. About a quarter of them are in the north of the county.", "a quarter",
     "child_protection_plans"),
    ("The panel received 48 notifications. Two-thirds of these were made by the local authority.", "Two-thirds",
     "serious_incident_notifications"),
    ("We started 1,100 section 47 enquiries. Nearly half of those were in the south of the county.", "half",
     "section_47_enquiries"),
    ("The service looks after 410 children. A fifth of them live outside the county.", "A fifth",
     "looked_after_children"),
    ("Reviews made 60 recommendations. Around a third of them concerned health partners.", "a third",
     "recommendations"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SHARE_OF_A_SET)
def test_a_share_of_a_set_said_before_keeps_its_metric(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'and one more is in progress': one more of the reviews just counted, at the stage of its own verb.
ONE_MORE = [
    ("Two learning reviews were published this year and one more is in progress.", "one", "lcsprs_ongoing"),
    ("Three child practice reviews were completed in the year, and one more remains ongoing.", "one",
     "lcsprs_ongoing"),
    ("Four local child safeguarding practice reviews are in progress and one more was published.", "one",
     "lcsprs_published"),
    ("Two CSPRs were commissioned in the spring and one more was published in the autumn.", "one",
     "lcsprs_published"),
    ("Five learning reviews were completed, and one other remains in progress.", "one", "lcsprs_ongoing"),
    ("Two serious case reviews were published and one further is underway.", "one", "lcsprs_ongoing"),
    ("Six LCSPRs were published last year and one more is ongoing.", "one", "lcsprs_ongoing"),
    ("Three child practice reviews are ongoing but one more was completed in March.", "one", "lcsprs_published"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ONE_MORE)
def test_one_more_is_one_more_of_the_reviews(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# Contacts come only to children's social care: referrals said beside them are referrals to it,
# not referrals for a case review.
REFERRALS_BESIDE_CONTACTS = [
    ('Do not quote the "3,000 referrals" figure - that counted contacts, not referrals.', "3,000",
     "social_care_referrals"),
    ("Contacts rose to 8,100, of which 2,300 became referrals.", "2,300", "social_care_referrals"),
    ("Of the 6,000 contacts received, 1,900 progressed to referrals.", "1,900", "social_care_referrals"),
    ("There were 1,240 referrals and 4,400 contacts in the quarter.", "1,240", "social_care_referrals"),
    ("Contacts were 2,214 and referrals 846.", "846", "social_care_referrals"),
    ("The service had 3,300 referrals, down from 3,900, while contacts rose.", "3,300", "social_care_referrals"),
    ("Referrals were 1,846, out of 5,020 contacts.", "1,846", "social_care_referrals"),
    ("Police made 780 contacts and 310 referrals.", "310", "social_care_referrals"),
    # no contacts: a referral to the partnership for a review stays one
    ("The partnership received 14 referrals and agreed three reviews.", "14", "review_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REFERRALS_BESIDE_CONTACTS)
def test_referrals_beside_contacts_are_social_care_referrals(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A reference mark glued to a word or its stop ('recommendations.[15]'), and a note's number in
# brackets ('[note 2]'), are no figures; the word before the mark is read as a word.
REFERENCE_MARKS = [
    ("In 2021 the service looked after 44 children.[3] It is a small service.", "3"),
    ("Its last inspection made six recommendations.[12] They were accepted.", "12"),
    ("The panel reviewed 31 child deaths in the year,[4] and 12 notifications were made.", "4"),
    ("Figures are as published for the year shown.[4][11] Some are rounded.", "4"),
    ("Figures are as published for the year shown.[4][11] Some are rounded.", "11"),
    ("Rates are per 10,000 children aged under 18 [note 2].", "2"),
    ("Figures for London are suppressed [note 5] this year.", "5"),
    ("The rate is shown in the release (table 4) for each region.", "4"),
]


@pytest.mark.parametrize("text, number", REFERENCE_MARKS)
def test_a_reference_mark_is_no_figure(nlp, text, number):
    at = [m.start() for m in re.finditer(rf"(?<![\w£,]){re.escape(number)}(?![\w,])", text)]
    figures = figures_of(nlp, text, False)
    assert not [f for f in figures for m in f.mentions if m.start in at and m.text == number], \
        [(f.value, f.metric) for f in figures]


MARKED_WORDS = [
    ("Its last inspection made six recommendations.[12] They were accepted.", "six", "recommendations"),
    ("In 2021 the service looked after 44 children.[3] It is a small service.", "44", "looked_after_children"),
    ("The panel reviewed 31 child deaths in the year,[4] and 12 notifications were made.", "12",
     "serious_incident_notifications"),
    ("The partnership published two reviews.[7] Both concerned neglect.", "two", "lcsprs_published"),
]


@pytest.mark.parametrize("text, number, metric", MARKED_WORDS)
def test_the_word_before_a_reference_mark_names_the_metric(nlp, text, number, metric):
    assert figure(nlp, text, number, False).metric == metric


# 'per 1,000 children aged 0-15': the age band bounds a rate's denominator; it makes no subset
# of children of another kind (an age is 'other' only as a trait of the counted children).
DENOMINATOR_AGE = [
    ("The child protection register rate was 3.1 per 1,000 children aged 0-15.", "3.1", "child_protection_plans"),
    ("The rate of children on the register was 2.4 per 1,000 aged 0 to 15.", "2.4", "child_protection_plans"),
    ("The looked after rate was 71 per 10,000 children aged under 18.", "71", "looked_after_children"),
    ("The rate of children in need was 330 per 10,000 children aged under 18.", "330", "children_in_need"),
    ("There were 48 child protection plans per 10,000 children aged under 18.", "48", "child_protection_plans"),
    ("Re-referrals ran at 21 per 10,000 children aged 0-17.", "21", "social_care_referrals"),
    ("Section 47 enquiries were started at a rate of 180 per 10,000 children aged under 18.", "180",
     "section_47_enquiries"),
    ("The rate of children subject to a plan was 41.6 per 10,000 children aged under 18.", "41.6",
     "child_protection_plans"),
    # an age of the counted children stays a trait
    ("Of the 60 children on plans, 20 were aged under five.", "20", "other"),
]


@pytest.mark.parametrize("text, number, metric", DENOMINATOR_AGE)
def test_the_age_band_of_a_denominator_is_no_trait(nlp, text, number, metric):
    assert figure(nlp, text, number, False).metric == metric


# 'X reached 2,216': the level a subject reached counts the subject, not a name said after it in
# a gapped list ('..., inter-agency referral discussions 1,310').
REACHED = [
    ("Child protection concerns reported to social work reached 2,216, inter-agency referral discussions 1,310.",
     "2,216", "social_care_referrals"),
    ("Child protection concerns reported to social work reached 2,216, inter-agency referral discussions 1,310.",
     "1,310", "section_47_enquiries"),
    ("Concerns about children reported to social work rose to 3,100.", "3,100", "social_care_referrals"),
    ("Notifications hit 17, more than any year since rapid reviews began.", "17", "serious_incident_notifications"),
    ("Children in care topped 500, with care proceedings close behind.", "500", "looked_after_children"),
    ("Section 47 enquiries exceeded 1,000, while referrals fell.", "1,000", "section_47_enquiries"),
    ("Referrals to children's social care reached 4,900, and re-referrals 19%.", "4,900", "social_care_referrals"),
    ("Child protection plans reached 412, their highest level, and care orders 60.", "412",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REACHED)
def test_a_level_reached_counts_its_subject(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# An improvement (recovery, transformation) plan's actions are a service's own business, not a
# review's recommendations; so are the ones said after it to be overdue or on track. A review's
# action plan, and recommendations named beside the plan, stay recommendations.
IMPROVEMENT_PLAN = [
    ("The CPC improvement plan contained 47 actions at 31 March. Nineteen (40%) were overdue, of which 8 were "
     "more than six months overdue.", "47", "other"),
    ("The CPC improvement plan contained 47 actions at 31 March. Nineteen (40%) were overdue, of which 8 were "
     "more than six months overdue.", "Nineteen", "other"),
    ("The CPC improvement plan contained 47 actions at 31 March. Nineteen (40%) were overdue, of which 8 were "
     "more than six months overdue.", "40%", "other"),
    ("The CPC improvement plan contained 47 actions at 31 March. Nineteen (40%) were overdue, of which 8 were "
     "more than six months overdue.", "8", "other"),
    ("The council's improvement plan sets out 31 actions, and 12 are complete.", "31", "other"),
    ("The recovery plan has 18 actions; six are on track.", "six", "other"),
    ("Members noted that 14 actions in the transformation programme were delayed.", "14", "other"),
    # a review's actions and recommendations
    ("The action plan from the review has 27 actions. Nine were overdue at the year end.", "Nine",
     "recommendations"),
    ("The review made 12 recommendations. Five are overdue.", "Five", "recommendations"),
    ("The review's 12 recommendations are carried in the improvement plan.", "12", "recommendations"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", IMPROVEMENT_PLAN)
def test_an_improvement_plans_actions_are_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'This has fallen from 301 children': the level a count changed from, said in its generic noun,
# counts what the count before it counts.
CHANGED_FROM = [
    ("At the end of August, 212 children were subject of a child protection plan. The number has fallen from "
     "301 children in August 2024.", "301", "child_protection_plans"),
    ("The council looks after 410 children. That is up from 380 children a year ago.", "380",
     "looked_after_children"),
    ("Referrals to children's social care reached 4,100 in the year, down from 4,600 cases.", "4,600",
     "social_care_referrals"),
    ("There were 320 children on child protection plans in March, which has risen from 280 children last year.",
     "280", "child_protection_plans"),
    ("The service looked after 150 children at the year end. The total has dropped from 171 children.", "171",
     "looked_after_children"),
    ("Some 64 children were on the register. It has grown from 52 children in 2023.", "52",
     "child_protection_plans"),
    ("We received 17 notifications. The number rose from 11 cases the year before.", "11",
     "serious_incident_notifications"),
    ("The council had 1,050 children in need. It has fallen from around 1,200 children.", "1,200",
     "children_in_need"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CHANGED_FROM)
def test_the_level_a_count_changed_from_counts_the_same(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'of whom 27 were disabled': a part of a set of children picked out by a trait is no count
# of the set's metric; a part that became something a metric counts is that.
OF_WHOM = [
    ("The council looked after 31 children at 31 March, of whom 27 were disabled.", "27", "other"),
    ("There were 140 children on child protection plans, of whom 52 were under five.", "52", "other"),
    ("The service looked after 88 children, of whom 9 were aged under one.", "9", "other"),
    ("The trust cared for 230 children, of whom 41 were disabled.", "41", "other"),
    ("Some 96 children were subject to a child protection plan, of whom 30 were siblings.", "30", "other"),
    ("We looked after 310 children, of whom 70 were aged 16 or over.", "70", "other"),
    ("There were 1,200 children in need, of whom 300 were boys.", "300", "other"),
    ("The council looks after 45 young people, of whom 12 were girls.", "12", "other"),
    # what the part became names it
    ("There were 620 children in need, of whom 12 became looked after.", "12", "looked_after_children"),
    ("The council looked after 31 children at 31 March, of whom 27 were disabled.", "31",
     "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", OF_WHOM)
def test_a_part_of_whom_a_trait_is_said_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'the children in care teams', 'the looked after children nurse': a metric's name before a team,
# a post or a body says whose they are; it names nothing the number counts.
NAMED_BODIES = [
    ("Turnover in the children in care teams was 19% last year.", "19%", "other"),
    ("Vacancies in the child protection plan team stood at 12%.", "12%", "other"),
    ("The looked after children nurse saw 40 young people.", "40", "other"),
    ("The children in care council met 12 times and heard from 30 young people.", "30", "other"),
    ("Caseloads in the children in need service averaged 18.", "18", "other"),
    ("The LAC team had 9 agency social workers.", "9", "other"),
    ("The child protection plan budget rose by 6%.", "6%", "other"),
    ("The looked after children strategy sets 5 priorities.", "5", "other"),
    # the name itself counted stays its metric
    ("The service had 400 children in care, and the children in care council met monthly.", "400",
     "looked_after_children"),
    ("There were 212 children on child protection plans; the team has 14 social workers.", "212",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NAMED_BODIES)
def test_a_metric_name_before_a_team_or_post_names_no_count(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# a share of a set with a trait of its own is no share of the set's metric
SHARE_WITH_A_TRAIT = [
    ("There were 22 notifications. Half of them involved children under five.", "Half", "other"),
    ("The panel received 48 notifications. A third of them concerned babies.", "A third", "other"),
    ("There were 300 children on plans. Around a quarter of those were aged under one.", "a quarter", "other"),
    ("We made 40 notifications. Half of them were made within five working days.", "Half", "other"),
    ("The service looks after 410 children. A fifth of them are teenagers.", "A fifth", "other"),
    ("There were 90 rapid reviews. Two-thirds of them featured neglect.", "Two-thirds", "other"),
    ("The council recorded 9,000 contacts. Half of them came from the police.", "Half", "social_care_referrals"),
    ("The service looks after 410 children. A fifth of them live outside the county.", "A fifth",
     "looked_after_children"),
]


@pytest.mark.parametrize("text, number, metric", SHARE_WITH_A_TRAIT)
def test_a_share_with_a_trait_of_its_own_is_other(nlp, text, number, metric):
    assert figure(nlp, text, number, False).metric == metric


# A number of children or cases per worker is a caseload, whatever children it names ('61 looked
# after children per IRO'); so is the value a caseload 'was' or 'averaged', and its comparator.
CASELOADS = [
    ("At year end the average caseload was 61 looked after children per IRO, down from 66 a year earlier.",
     "61", "other"),
    ("At year end the average caseload was 61 looked after children per IRO, down from 66 a year earlier.",
     "66", "other"),
    ("National guidance suggests between 45 and 65 children for a full-time independent reviewing officer.",
     "45", "other"),
    ("National guidance suggests between 45 and 65 children for a full-time independent reviewing officer.",
     "65", "other"),
    ("Caseloads averaged 22 children per social worker in the children in care teams.", "22", "other"),
    ("Child protection caseloads were 19 children per qualified social worker in March.", "19", "other"),
    ("Our aim is 15 children on child protection plans for each social worker.", "15", "other"),
    ("The average caseload of the looked after children team stood at 17 in September.", "17", "other"),
    ("Caseloads of about 24 cases per worker remain too high in the assessment service.", "24", "other"),
    # not a caseload: the children the service counts
    ("The IRO service oversaw 410 children looked after at 31 March.", "410", "looked_after_children"),
    ("There were 96 children on child protection plans, compared with 104 a year earlier.", "104",
     "child_protection_plans"),
    ("Each of the 12 social workers in the team was interviewed, and 233 children were looked after.",
     "233", "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CASELOADS)
def test_a_caseload_is_no_count_of_children(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A rate of a thing no metric counts (hospital admissions, attendances) is found and fits no metric;
# so are its comparators and a later 'the rate was ...' that names no thing of its own. A rate of
# children on plans or in care keeps its metric, and so do its comparators.
ADMISSIONS = ("There were 240 emergency admissions of children aged 0 to 14 for injuries in 2024/25, a rate "
              "of 81.7 per 10,000. This is below both the North West (90.0) and England (93.4). Among children "
              "under five the rate was 120.6 per 10,000 against 131.2 for England. For young people aged 15 to "
              "24 the rate was 99.3 per 10,000 (England 104.8).")
RATES_OF_OTHER_THINGS = [
    (ADMISSIONS, "81.7", "other"),
    (ADMISSIONS, "90.0", "other"),
    (ADMISSIONS, "93.4", "other"),
    (ADMISSIONS, "120.6", "other"),
    (ADMISSIONS, "131.2", "other"),
    (ADMISSIONS, "99.3", "other"),
    (ADMISSIONS, "104.8", "other"),
    ("The emergency admission rate for children aged 0 to 4 was 131.2 per 10,000 against 120.5 for England.",
     "120.5", "other"),
    ("The rate of hospital admissions for self-harm was 402.1 per 100,000, compared with 319.0 in England.",
     "402.1", "other"),
    ("The rate of hospital admissions for self-harm was 402.1 per 100,000, compared with 319.0 in England.",
     "319.0", "other"),
    # a rate of children a metric counts keeps its metric
    ("The rate of children on child protection plans was 44.1 per 10,000 (England 41.6).", "41.6",
     "child_protection_plans"),
    ("There were 312 children looked after, a rate of 71.0 per 10,000, above England (70.0).", "70.0",
     "looked_after_children"),
    ("The child protection plan rate was 38.2 per 10,000, against 41.6 for England.", "41.6",
     "child_protection_plans"),
    # a place's rate says whose rate it is, not what it counts
    ("There were 212 children on child protection plans, well above the Wales rate of 36.2 per 10,000 children.",
     "36.2", "child_protection_plans"),
    ("Some 96 children were on child protection plans, a rate of 31.0 per 10,000, below the inner London rate of "
     "36.5 per 10,000.", "36.5", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", RATES_OF_OTHER_THINGS)
def test_a_rate_of_a_thing_no_metric_counts_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'The register' (with a place's name or a possessive: 'the Highland register', 'its register') is
# the child protection register; the first end of 'from 81 to 57 children on the register' counts
# what the other end names; 'That's a 23% rise' is the change of the figure said before.
REGISTERS = [
    ("West Lothian recorded the biggest fall, from 81 to 57 children on the register.", "81",
     "child_protection_plans"),
    ("The Highland register was broadly stable at 44 children, against 46 a year earlier.", "44",
     "child_protection_plans"),
    ("The Highland register was broadly stable at 44 children, against 46 a year earlier.", "46",
     "child_protection_plans"),
    ("The register stood at 104 children at 31 July, a rate of 3.1 per 1,000.", "104", "child_protection_plans"),
    ("Angus had 61 children on its register. That's a 23% rise on last year.", "61", "child_protection_plans"),
    ("Angus had 61 children on its register. That's a 23% rise on last year.", "23%", "child_protection_plans"),
    ("The register has come down from 71 to 64 over the year.", "71", "child_protection_plans"),
    ("Moray's register rose to 38 children in the spring.", "38", "child_protection_plans"),
    ("Over the year the number fell from 214 to 187 looked after children.", "214", "looked_after_children"),
    # another register; a change that names its own thing
    ("The corporate risk register lists 14 risks.", "14", "other"),
    ("Angus had 61 children on its register. The budget assumes a 4% rise in placement costs.", "4%", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REGISTERS)
def test_the_register_and_its_changes(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A share in brackets right after a part's count is its share of the whole the part is drawn from:
# the whole's metric (the set the sentence opens with, else the part's own noun), whatever the
# part's predicate names. Shares of a measure (timeliness) stay other.
BRACKETED_SHARES_OF_A_WHOLE = [
    ("The board received 84 notifications in the year. Of these, 51 (60.7%) concerned serious harm and "
     "33 (39.3%) the death of a child.", "60.7%", "serious_incident_notifications"),
    ("The board received 84 notifications in the year. Of these, 51 (60.7%) concerned serious harm and "
     "33 (39.3%) the death of a child.", "39.3%", "serious_incident_notifications"),
    ("The board received 84 notifications in the year. Of these, 51 (60.7%) concerned serious harm and "
     "33 (39.3%) the death of a child.", "51", "serious_harm_cases"),
    ("Of 160 notifications, 97 (60.6%) concerned a child who was seriously harmed.", "60.6%",
     "serious_incident_notifications"),
    ("Of 160 notifications, 63 (39.4%) concerned a child who died.", "39.4%", "serious_incident_notifications"),
    ("Findings: Of 160 notifications, 63 (39.4%) concerned a child who died.", "39.4%",
     "serious_incident_notifications"),
    ("Eleven notifications (6.9%) did not lead to a rapid review.", "6.9%", "serious_incident_notifications"),
    ("Nineteen notifications (11.2%) came from the police.", "11.2%", "serious_incident_notifications"),
    ("Forty-one children (18%) were subject to a child protection plan.", "18%", "child_protection_plans"),
    ("Only 31 rapid reviews (48%) were completed within 15 working days.", "48%", "other"),
    ("Only 6 of the 10 sampled notifications (60%) were made on time.", "60%", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", BRACKETED_SHARES_OF_A_WHOLE)
def test_a_bracketed_share_takes_the_wholes_metric(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A count whose predicate says a time limit was met is a timeliness subset (other), whatever its
# noun; the same noun with another predicate keeps its metric.
TIMELINESS_SUBSETS = [
    ("Only 31 rapid reviews were completed within 15 working days.", "31", "other"),
    ("Nine notifications were made within five working days.", "Nine", "other"),
    ("Some 88 referrals were screened within 24 hours.", "88", "other"),
    ("In all, 212 initial assessments were completed within timescale.", "212", "other"),
    ("Just 14 section 47 enquiries were completed on time in the first quarter.", "14", "other"),
    ("Only 23 rapid reviews (44%) were completed within 15 working days.", "23", "other"),
    # not timeliness
    ("Twelve rapid reviews were held in 2024/25.", "Twelve", "rapid_reviews"),
    ("The partnership published 4 LCSPRs in the year.", "4", "lcsprs_published"),
    ("Nine notifications were made to the national panel in the year.", "Nine", "serious_incident_notifications"),
    # the whole set met the limit: the count is the set
    ("The partnership held 14 rapid reviews, all within 15 working days.", "14", "rapid_reviews"),
    ("Six rapid reviews were completed in the year, each within the 15-day timescale.", "Six", "rapid_reviews"),
    ("Eight notifications were made, every one within five working days.", "Eight", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", TIMELINESS_SUBSETS)
def test_a_count_said_to_meet_a_time_limit_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A count whose own verb converts it ('led to', 'resulted in') into a thing no metric counts counts
# that thing; into a metric's thing, that metric; the set it came from keeps its metric.
OUTCOMES = [
    ("Police, health and social work held 215 IRDs in the year. Of these, 58% led to a joint "
     "investigation and 61 led to a child protection planning meeting.", "61", "other"),
    ("There were 480 strategy discussions. In all, 212 led to an initial child protection conference.",
     "212", "other"),
    ("The team completed 190 section 47 enquiries; 74 resulted in an initial child protection conference.",
     "74", "other"),
    ("The hub received 3,100 contacts, and 640 led to a single assessment.", "640", "other"),
    ("Of the rapid reviews, 11 led to a strategy meeting with the police.", "11", "other"),
    ("The partnership held 14 rapid reviews and 5 led to a local child safeguarding practice review.", "5",
     "lcsprs_commissioned"),
    ("Police, health and social work held 215 IRDs in the year. Of these, 58% led to a joint "
     "investigation and 61 led to a child protection planning meeting.", "215", "section_47_enquiries"),
    ("There were 480 strategy discussions and 212 section 47 enquiries were started.", "212",
     "section_47_enquiries"),
    ("The team completed 190 section 47 enquiries, and 31% led to an initial child protection conference.",
     "31%", "section_47_enquiries"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", OUTCOMES)
def test_a_count_that_led_to_another_thing_counts_that_thing(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# The cases a feature was found in are a subset picked out by it (other), counted or as a share;
# 'a concern for' picks out a subset when counted, while its share keeps the whole's metric; the
# main category of a plan counts plans.
FEATURES = [
    ("Neglect was recorded as a factor in 54 notifications.", "54", "other"),
    ("Domestic abuse featured in 38 of the notifications.", "38", "other"),
    ("Parental drug use was a feature in seven of the eleven rapid reviews.", "seven", "other"),
    ("Neglect was identified as a factor in 61% of reviews.", "61%", "other"),
    ("Exploitation was a recurring theme in 12 of the reviews.", "12", "other"),
    ("Neglect was recorded as a concern for 33 of the 58 children on the register.", "33", "other"),
    ("Mental ill health was a factor in about 40 rapid reviews.", "40", "other"),
    ("Neglect was a concern for 52% of registrations.", "52%", "child_protection_plans"),
    ("Neglect was the main category for 73 children on a child protection plan.", "73", "child_protection_plans"),
    ("The board received 54 notifications in the year.", "54", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", FEATURES)
def test_the_cases_a_feature_was_found_in_are_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A feature's count said again with its words gapped ('..., domestic abuse in 41') is one too.
GAPPED_FEATURES = [
    ("Neglect was recorded as a concern for 33 of the 58 children and parental alcohol use for 19.", "19", "other"),
    ("Neglect was a factor in 54 notifications, domestic abuse in 41 and mental ill health in 30.", "41", "other"),
    ("Neglect was a factor in 54 notifications, domestic abuse in 41 and mental ill health in 30.", "30", "other"),
    ("Drug use was a feature in 12 reviews and parental conflict in 9.", "9", "other"),
    ("Exploitation was a theme in 7 of the reviews, and neglect in 5.", "5", "other"),
    ("Domestic abuse was a factor in 88 notifications and housing in 23.", "23", "other"),
    ("Neglect was a factor in 54 notifications, domestic abuse in 41 and mental ill health in 30.", "54", "other"),
    # a category of plans, gapped, stays one
    ("Neglect was the main category for 61 children on plans, emotional abuse for 48.", "48",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", GAPPED_FEATURES)
def test_a_gapped_feature_count_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'of whom 31 were in residential children's homes': a part of the children in care counted by
# where they are placed or live is still children in care (the lead's ruling: the metric's own
# definition covers every placement); carers, homes, care leavers and traits stay other.
PLACEMENT = [
    ("The service looked after 88 children, of whom 9 were placed with parents.", "9", "looked_after_children"),
    ("The council looks after 45 young people, of whom 12 live outside the county.", "12", "looked_after_children"),
    ("We looked after 402 children at year end, of whom 31 were in residential children's homes.", "31",
     "looked_after_children"),
    ("There were 260 children in care, of whom 58 were with in-house foster carers.", "58", "looked_after_children"),
    ("We looked after 402 children, of whom 17 were in residential homes and 200 in foster care.", "17",
     "looked_after_children"),
    ("The trust looked after 95 children, of whom 8 were more than 20 miles from home.", "8",
     "looked_after_children"),
    ("There were 260 children in care. A further 40 live more than 20 miles from home.", "40",
     "looked_after_children"),
    ("Of the 300 children we look after, 22 are living in residential care.", "22", "looked_after_children"),
    ("The county had 512 looked after children; 71 were placed out of area.", "71", "looked_after_children"),
    ("Some 118 children in care lived with kinship carers.", "118", "looked_after_children"),
    ("Eighty-four looked after children are placed with profit-making providers.", "Eighty-four",
     "looked_after_children"),
    ("Of our children in care, 19 were in placements costing more than £5,000 a week.", "19",
     "looked_after_children"),
    # the looked-after set said a sentence or two before, or a placement itself as the set
    ("Members asked how many children in care were placed with private providers. The director said the "
     "figure was 41, of whom 17 were in residential homes.", "17", "looked_after_children"),
    ("At 31 March we looked after 207 children. Placements were as follows: with foster carers, of whom 49 "
     "were with our own carers.", "49", "looked_after_children"),
    # traps: carers, homes, care leavers, a trait, a flow, a part not placed anywhere
    ("We look after 300 children. The council has 90 foster carers, of whom 20 live outside the county.", "20",
     "other"),
    ("The council has 90 foster carers, of whom 20 live outside the county.", "20", "other"),
    ("The council runs 12 children's homes, of which 5 are outside the city.", "5", "other"),
    ("There were 200 children in care, of whom 30 were care leavers.", "30", "other"),
    ("The council looked after 31 children at 31 March, of whom 27 were disabled.", "27", "other"),
    ("There were 150 children in care, of whom 3 were placed in secure accommodation during the year.", "3",
     "other"),
    ("There were 300 children in care, of whom 40 were in education.", "40", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PLACEMENT)
def test_children_in_care_counted_by_placement_stay_in_care(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
