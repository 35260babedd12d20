"""Figures whose metric comes from a whole, a court or the sentence before (session 29, issue 10).
Each table holds invented sentences in plain council, partnership and news settings, run through
the production path with the rules alone and with the metric classifier (and verifier) on.

- a share of a set a metric counts keeps the whole's metric, whatever theme or category picks its
  part out ('Neglect was the most common concern (41% of referrals to children's social care),
  followed by domestic abuse (23%)'); counts picked out by a feature stay other (corpus/README.md,
  'Subsets of children');
- applications a court considers, hears or receives, or that are lodged with or received by one,
  are court_orders; applications to a committee, a panel or a housing team are other;
- 'N such referrals' are referrals of the kind the sentence before named (to children's social care,
  to the early help hub);
- referrals that led to (or resulted in) further action are a part picked out by an outcome (other),
  never actions of an action plan; those that closed with no further action keep the referrals'
  metric (tests/test_metric_readings.py), and a plan's or board's actions stay recommendations;
- 'N of them' after a sentence that opens by naming its set ('Of the 20 largest providers, six of
  them ...') is part of that set, not of the count of the sentence before.
"""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

SHARES = [
    ("Neglect was the most common concern (41% of referrals to children's social care), followed by domestic abuse (23%).", '41%', 'social_care_referrals'),
    ("Neglect was the most common concern (41% of referrals to children's social care), followed by domestic abuse (23%).", '23%', 'social_care_referrals'),
    ("Domestic abuse was the main reason for 29% of referrals to children's social care, ahead of neglect (21%).", '29%', 'social_care_referrals'),
    ("Domestic abuse was the main reason for 29% of referrals to children's social care, ahead of neglect (21%).", '21%', 'social_care_referrals'),
    ("Parental mental health was the most frequent factor (33% of referrals to children's social care).", '33%', 'social_care_referrals'),
    ('Emotional abuse was the most common category (44% of child protection plans), followed by neglect (39%).', '44%', 'child_protection_plans'),
    ('Emotional abuse was the most common category (44% of child protection plans), followed by neglect (39%).', '39%', 'child_protection_plans'),
    ('Exploitation was the main theme, at 18% of section 47 enquiries, followed by domestic abuse at 12%.', '18%', 'section_47_enquiries'),
    ('The leading concern was neglect (35% of contacts to the front door), then domestic abuse (30%).', '35%', 'social_care_referrals'),
    ("Domestic abuse was the largest single factor (46% of referrals to children's social care in the year).", '46%', 'social_care_referrals'),
    ('Neglect was a factor in six of the rapid reviews.', 'six', 'other'),
    ("Domestic abuse was a feature in 14 of the 31 referrals to children's social care.", '14', 'other'),
    ('Neglect was recorded as a factor in 54 notifications.', '54', 'other'),
]

COURT_APPLICATIONS = [
    ('The court considered 640 such applications in the year.', '640', 'court_orders'),
    ('The family court received 212 applications from the council.', '212', 'court_orders'),
    ('Applications to court rose to 310 in the year.', '310', 'court_orders'),
    ('The planning committee considered 140 applications in the year.', '140', 'other'),
    ('The court heard 95 applications for care orders.', '95', 'court_orders'),
    ('Judges dealt with 77 applications from the borough last year.', '77', 'court_orders'),
    ('Magistrates considered 54 applications from the council in 2024.', '54', 'court_orders'),
    ('The council lodged 58 applications with the court during the year.', '58', 'court_orders'),
    ('Some 130 applications were received by the family court from the three councils.', '130', 'court_orders'),
    ('The grants panel considered 46 applications from community groups.', '46', 'other'),
    ('The housing team received 900 applications for social homes.', '900', 'other'),
    ('The licensing committee heard 31 applications for new premises licences.', '31', 'other'),
    ('The court of appeal is not involved; the council received 75 applications for school places.', '75', 'other'),
    ('The High Court considered 22 applications about children in unregistered homes.', '22', 'court_orders'),
]

SUCH_REFERRALS = [
    ("The council made 120 referrals to children's social care. Borough officers made 38 such referrals.", '38', 'social_care_referrals'),
    ("Schools are expected to refer children at risk to children's social care. Last year they made 210 such referrals.", '210', 'social_care_referrals'),
    ("Officers must refer any child found in a drugs raid to children's social care. The force made 64 such referrals in 2024.", '64', 'social_care_referrals'),
    ("GPs can refer a family to children's social care when they are worried. Practices made 95 such referrals last year.", '95', 'social_care_referrals'),
    ("Staff should make a referral to children's social care if a child discloses abuse. The college made 12 such referrals.", '12', 'social_care_referrals'),
    ('Health visitors refer families to the early help hub. They made 140 such referrals this year.', '140', 'other'),
    ('The club refers members to a counselling service when needed. It made 22 such referrals in the season.', '22', 'other'),
    ('The council made 88 referrals to the housing team. It made 40 such referrals the year before.', '40', 'other'),
    ("Health visitors made 73 referrals to children's social care in the year.", '73', 'social_care_referrals'),
    ('Neighbourhood officers made 31 referrals to adult social care.', '31', 'other'),
]

FURTHER_ACTION = [
    ("Of the 684 referrals to children's social care, 402 led to further action.", '402', 'other'),
    ("The service received 2,310 referrals to children's social care; 1,480 of them led to further action.", '1,480', 'other'),
    ("Some 930 referrals to children's social care were received, and 610 resulted in further action.", '610', 'other'),
    ("Of the 300 referrals the school made to children's social care, 140 led to further action.", '140', 'other'),
    ("In the year 880 referrals were made to children's social care, and 500 of them resulted in further action.", '500', 'other'),
    ('The partnership made 14 recommendations, and 9 actions were completed.', '9', 'recommendations'),
    ('The board agreed 22 actions in its plan and 15 were complete by March.', '22', 'recommendations'),
    ("In 311 of the referrals to children's social care there was no further action.", '311', 'other'),
    ("Of the 1,020 referrals to children's social care, 520 ended with no further action.", '520', 'social_care_referrals'),
    ("The council received 3,870 referrals to children's social care in the year.", '3,870', 'social_care_referrals'),
]

SET_NAMED_FIRST = [
    ('The council looked after 640 children. It used 12 private providers for residential care, and four of them had debts of more than £50m.', 'four', 'other'),
    ('The council looked after 640 children in 2024. Of the 20 largest providers, six of them were owned by private equity firms.', 'six', 'other'),
    ('The borough looked after 410 children. Nine agencies supplied foster carers, and three of them had been rated inadequate.', 'three', 'other'),
    ('At 31 March 388 children were in care. The council had contracts with 15 homes, and five of them were not registered.', 'five', 'other'),
    ('The council looked after 640 children. Of those children, 61 were in foster care.', '61', 'looked_after_children'),
    ('The partnership held 12 rapid reviews. Of these, 4 led to a local review.', '4', 'other'),
    ('The panel received 30 notifications. Of the notifications we received, 12 of them concerned babies.', '12', 'serious_incident_notifications'),
    ('Some 410 children were in care. Among the homes we inspected, four of them were rated inadequate.', 'four', 'other'),
    ('The council looked after 520 children. Of the 15 residential homes, three of them were run by the council.', 'three', 'other'),
    ('The service held 88 conferences. Of the agencies invited, nine of them sent a written report.', 'nine', 'other'),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SHARES)
def test_a_share_of_a_counted_whole_keeps_its_metric(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", COURT_APPLICATIONS)
def test_applications_a_court_considers_are_court_orders(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SUCH_REFERRALS)
def test_such_referrals_are_of_the_kind_named_before(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", FURTHER_ACTION)
def test_referrals_that_led_to_further_action_are_a_part_by_outcome(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SET_NAMED_FIRST)
def test_of_them_after_a_set_named_first_is_part_of_that_set(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
