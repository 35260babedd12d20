"""Figures in documents of bodies that are not safeguarding partnerships (session 29): a word a
partnership's report uses for one of its metrics names another thing where the document never names
that metric, or where the noun phrase names another kind. Each table holds invented sentences, run
through the production path with the rules alone and with the metric classifier on.

- a bare 'plan' is a child protection plan only in a document that names child protection plans
  otherwise, and an EHC, education, pathway or transition plan is a plan of its own kind;
- a category of concern, need or complaint is no category of abuse, and a breakdown 'by category'
  names how a count is split, not what it counts;
- bare 'incidents' are serious incident notifications only in a document that names those
  otherwise ('crews attended 2,140 incidents' counts what a service attends);
- referrals in a document that never speaks of a case review are the service's own; referrals to
  adult social care, about adults, to an advocate or referred back to another service are no
  social care or review referrals, and the receiver said right after the number's noun wins;
- placement moves, changes and breakdowns are events (other); applications to a court are court
  orders.
"""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

PLANS = [
    ('The council issued 940 new education, health and care plans in 2024.', '940', 'other'),
    ('We issued 612 new EHC plans, and 250 of them were finished within 20 weeks.', '612', 'other'),
    ('We issued 612 new EHC plans, and 250 of them were finished within 20 weeks.', '250', 'other'),
    ('At the end of March the council maintained 3,480 EHC plans, compared with 3,100 a year before.', '3,100', 'other'),
    ('Some 214 care leavers had an up-to-date pathway plan.', '214', 'other'),
    ('The virtual school checked 88 personal education plans in the autumn term.', '88', 'other'),
    ('The service wrote 57 personal education plans this year.', '57', 'other'),
    ('Each caseworker now holds about 95 plans instead of 130.', '95', 'other'),
    ('Each caseworker now holds about 95 plans instead of 130.', '130', 'other'),
    ('The authority finalised 1,020 new plans in the year, up from 860.', '1,020', 'other'),
    ('Some 310 young people had a transition plan by the age of 16.', '310', 'other'),
    ('There were 288 children on a child protection plan. The council also issued 730 new EHC plans.', '730', 'other'),
    ('There were 288 children on a child protection plan, and 92 personal education plans were reviewed.', '92', 'other'),
    ('At 31 March 402 children were subject to a child protection plan. Of these plans, 61 had lasted more than a year.', '61', 'child_protection_plans'),
    ('The number of children on a child protection plan fell to 288. There were 140 new plans in the year.', '140', 'child_protection_plans'),
    ('412 children were on a child protection plan at the year end.', '412', 'child_protection_plans'),
]

CATEGORIES = [
    ('Main category of concern\t2022/23\t2023/24\nAnxiety and low mood\t310\t356\nBullying\t84\t97\nOther\t120\t133\n', '356', 'other'),
    ('Main category of concern\t2022/23\t2023/24\nAnxiety and low mood\t310\t356\nBullying\t84\t97\nOther\t120\t133\n', '84', 'other'),
    ('Primary category of need\tPupils\nSpeech, language and communication\t640\nAutism\t512\n', '640', 'other'),
    ('The most common category of enquiry was housing advice (212 calls), followed by benefits (150).', '150', 'other'),
    ('The main category of complaint was delay, which featured in 46 complaints.', '46', 'other'),
    ('Category of concern\tNumber\nAttendance\t91\nBehaviour\t57\n', '91', 'other'),
    ('Neglect was the main category of concern for 38 pupils logged by the school.', '38', 'other'),
    ('Main category of abuse\t2022/23\t2023/24\nNeglect\t210\t236\nEmotional abuse\t140\t151\n', '236', 'child_protection_plans'),
    ('Neglect was the main category for 61 children.', '61', 'child_protection_plans'),
    ('Neglect remained the most common category, at 48%, for children on a plan.', '48%', 'child_protection_plans'),
    ('Table 2: Concerns recorded, by main category\nCategory\t2022/23\t2023/24\nAnxiety\t140\t162\nBullying\t61\t70\nOther\t33\t41\n', '162', 'other'),
    ('Table 4: Calls to the helpline by category\nType\tCalls\nHousing\t410\nBenefits\t286\nOther\t95\n', '286', 'other'),
    ('Table 3: Children subject to a child protection plan, by category\nCategory\t2022/23\t2023/24\nNeglect\t140\t162\nEmotional abuse\t61\t70\n', '162', 'child_protection_plans'),
]

INCIDENTS = [
    ('Fire crews attended 2,140 incidents in the district during the year.', '2,140', 'other'),
    ('Officers responded to 18,300 incidents, of which 4,100 involved a child.', '18,300', 'other'),
    ('Officers responded to 18,300 incidents, of which 4,100 involved a child.', '4,100', 'other'),
    ('The contact centre took 96,000 calls, and 12,500 incidents were logged.', '12,500', 'other'),
    ('Wardens dealt with 640 incidents of antisocial behaviour in the town centre.', '640', 'other'),
    ('Schools recorded 212 racist incidents last year, up from 170.', '212', 'other'),
    ('Staff completed 75 incident forms in the quarter.', '75', 'other'),
    ('Paramedics were called to 3,200 incidents involving children under five.', '3,200', 'other'),
    ('The service attended 480 incidents and answered 1,150 calls in the year.', '480', 'other'),
    ("There were 57 reported incidents of bullying in the academy trust's schools.", '57', 'other'),
    ('The local authority made 9 serious incident notifications in the year. Of the 9 incidents, 4 involved a child who died.', '9', 'serious_incident_notifications'),
    ('The council notified the national panel of 7 serious incidents, compared with 11 incidents the year before.', '11', 'serious_incident_notifications'),
    ('There were 12 notifications to the national panel. Six of the incidents involved babies under one.', '12', 'serious_incident_notifications'),
    ('Leeds notified 23 incidents and Bradford 19.', '23', 'serious_incident_notifications'),
]

REFERRALS = [
    ('The clinic saw 410 people in the year. Of these, 260 were referred by the police and 95 referred themselves.', '260', 'other'),
    ('The clinic saw 410 people in the year. Of these, 260 were referred by the police and 95 referred themselves.', '95', 'other'),
    ('Self-referrals to the counselling service rose to 140, from 88 two years ago.', '140', 'other'),
    ('The helpline received 1,900 referrals from GPs and schools.', '1,900', 'other'),
    ('Our advocates took 230 new referrals, and 170 of those referred were women.', '230', 'other'),
    ('The service received 512 referrals in the year, 61% of them from the police.', '512', 'other'),
    ("Staff made 320 referrals to children's social care and 44 referrals to adult social care.", '44', 'other'),
    ("Staff made 320 referrals to children's social care and 44 referrals to adult social care.", '320', 'social_care_referrals'),
    ('A further 610 referrals concerned adults at risk.', '610', 'other'),
    ('Of the 90 cases, 70 closed and 6 were referred back to the police for further work.', '6', 'other'),
    ('After the meeting, 15 young people were referred to an advocate.', '15', 'other'),
    ('Four cases were referred back to their GP.', 'Four', 'other'),
    ('The case review group considered 14 referrals, and 8 did not meet the criteria for a rapid review.', '14', 'review_referrals'),
    ('The panel looked at 9 cases referred by schools and the police.', '9', 'review_referrals'),
    ("Of the 1,200 referrals to children's social care, 230 were re-referred within a year.", '230', 'social_care_referrals'),
    ('Some 45 children were referred again to the front door within a year.', '45', 'social_care_referrals'),
]

PLACEMENTS_AND_COURTS = [
    ('The most common worries young people raised were contact with family (22), school (14) and placement moves (9).', '9', 'other'),
    ('There were 47 placement moves in the year, down from 60.', '47', 'other'),
    ('Some 31 children had three or more changes of placement.', '31', 'other'),
    ('The fostering team recorded 12 placement breakdowns in the quarter.', '12', 'other'),
    ('The council made 230 placement requests to independent providers.', '230', 'other'),
    ('At 31 March the council looked after 410 children, and 95 were in residential placements.', '410', 'looked_after_children'),
    ('The council made 64 applications to the court during the year.', '64', 'court_orders'),
    ('There were 128 court applications for children from the borough.', '128', 'court_orders'),
    ('The planning committee considered 140 applications in the year.', '140', 'other'),
    ('Applications to the family court rose to 212 in the year.', '212', 'court_orders'),
    ('The authority lodged 58 applications to the High Court for children in unregistered homes.', '58', 'court_orders'),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PLANS)
def test_a_bare_plan_is_a_protection_plan_only_where_the_document_names_them(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CATEGORIES)
def test_a_category_of_another_thing_is_no_plan_category(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", INCIDENTS)
def test_bare_incidents_are_notifications_only_where_the_document_names_them(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REFERRALS)
def test_referrals_to_or_of_another_service_are_its_own(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PLACEMENTS_AND_COURTS)
def test_placement_events_and_court_applications(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
