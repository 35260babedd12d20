"""Informal names of metrics (models/metric_lexicon.json): the names forum posters, letter
writers, reporters, campaigners and MPs use for each metric name it in its own sense; a word
that only shares part of a name ('register', 'care', 'numbers', 'cases', 'review') stays other.
A change or share of a thing named informally keeps the thing's metric ('child protection
numbers up 40%', 'a 41% rise in kids on the register'). Every sentence here is invented."""

from __future__ import annotations

import pytest

from extractor import lexicon
from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def metric_of(nlp, text: str, number: str, classifier: bool) -> list[str]:
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    at = text.index(number)
    return [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]


def check(nlp, text: str, number: str, metric: str, classifier: bool) -> None:
    assert metric_of(nlp, text, number, classifier) == [metric], text


# children on a child protection plan, or (Wales, Scotland, and in everyday speech) on the register
PLANS = [
    ("The borough has 120 kids on its at-risk register this month.", "120", "child_protection_plans"),
    ("Some 64 children were on the child protection list at the end of March.", "64", "child_protection_plans"),
    ("CP numbers rose to 310 at the year end.", "310", "child_protection_plans"),
    ("The council has 75 kids on plans, a councillor said.", "75", "child_protection_plans"),
    ("There were 212 children subject to protection plans in June.", "212", "child_protection_plans"),
    ("Child protection numbers have reached 455, the highest in the region.", "455", "child_protection_plans"),
    ("About 90 youngsters are on the at risk register here.", "90", "child_protection_plans"),
    ("Social workers hold 48 CP cases between them.", "48", "child_protection_plans"),
    ("My neighbour says 33 kids on the child protection register live on our estate.", "33",
     "child_protection_plans"),
]

# children looked after by a council, as people say it
LOOKED_AFTER = [
    ("The council now has 480 kids in care.", "480", "looked_after_children"),
    ("There are 340 looked-after kids in the city.", "340", "looked_after_children"),
    ("LAC numbers reached 402 in March.", "402", "looked_after_children"),
    ("Some 512 children are in the care system in the county.", "512", "looked_after_children"),
    ("We have 230 children in state care and nowhere near enough foster carers.", "230",
     "looked_after_children"),
    ("The care population has grown to 655 this year.", "655", "looked_after_children"),
    ("The county has 71 young people in public care.", "71", "looked_after_children"),
    ("There were 88 children in council care living out of the area.", "88", "looked_after_children"),
    ("Over 300 children were accommodated by the council under voluntary arrangements.", "300",
     "looked_after_children"),
]

# contacts and referrals to children's social care
REFERRALS = [
    ("Schools made 4,100 referrals to social services last year.", "4,100", "social_care_referrals"),
    ("There were 3,900 calls to the front door in the year.", "3,900", "social_care_referrals"),
    ("Social services referrals rose to 5,200.", "5,200", "social_care_referrals"),
    ("Police made 610 referrals to social work in the quarter.", "610", "social_care_referrals"),
    ("The team logged 2,750 MASH enquiries in six months.", "2,750", "social_care_referrals"),
    ("GPs made 140 social work referrals last year.", "140", "social_care_referrals"),
    ("There were 1,020 calls to children's services over the summer.", "1,020", "social_care_referrals"),
    ("The hub took 960 front door referrals from schools.", "960", "social_care_referrals"),
]

# notifications to the national panel, the reviews that follow, and cases sent for review
REVIEWS = [
    ("The council made 14 serious incidents reported to the national panel.", "14",
     "serious_incident_notifications"),
    ("There were 9 notifiable incidents in the year.", "9", "serious_incident_notifications"),
    ("The partnership commissioned 3 safeguarding reviews.", "3", "lcsprs_commissioned"),
    ("The board published 2 case reviews in the spring.", "2", "lcsprs_published"),
    ("Four safeguarding practice reviews are still in progress.", "Four", "lcsprs_ongoing"),
    ("The group looked at 11 cases sent for review by the safeguarding partners.", "11", "review_referrals"),
    ("Seven cases were put forward for review in the year.", "Seven", "review_referrals"),
    ("Two of our cases were picked up by the national panel.", "Two", "national_reviews"),
    ("The partnership held 6 rapid-reviews after the summer.", "6", "rapid_reviews"),
]

# child protection enquiries, court orders, police protection, children in need
PROTECTION = [
    ("Social workers carried out 840 S47s.", "840", "section_47_enquiries"),
    ("There were 210 CP investigations in the year.", "210", "section_47_enquiries"),
    ("The team opened 95 section 47 inquiries in the quarter.", "95", "section_47_enquiries"),
    ("The council issued 57 care applications in the year.", "57", "court_orders"),
    ("About 45 children in care proceedings were waiting for a hearing.", "45", "court_orders"),
    ("Cafcass saw 130 public law cases from the county.", "130", "court_orders"),
    ("Section 46 powers were used for 23 children.", "23", "police_protection"),
    ("There are 2,900 CiN cases open to the service.", "2,900", "children_in_need"),
    ("The council supports 410 children receiving care and support.", "410", "children_in_need"),
]

# children who died or were seriously hurt, as reported
DEATHS_AND_HARM = [
    ("Three kids died in the county last year.", "Three", "child_deaths"),
    ("Five kids were seriously harmed.", "Five", "serious_harm_cases"),
    ("The panel looked at 12 baby deaths.", "12", "child_deaths"),
    ("Four children passed away while known to services.", "Four", "child_deaths"),
    ("Six children were badly injured in the period.", "Six", "serious_harm_cases"),
    ("Two children were critically injured.", "Two", "serious_harm_cases"),
    ("The region recorded 9 sudden infant deaths.", "9", "child_deaths"),
    ("Seven children were severely injured at home.", "Seven", "serious_harm_cases"),
]

# a change of a thing named informally keeps the thing's metric
CHANGES = [
    ("Child protection numbers up 40% in a year.", "40%", "child_protection_plans"),
    ("That's a 41% rise in kids on the register.", "41%", "child_protection_plans"),
    ("There was a 12% rise in children in care.", "12%", "looked_after_children"),
    ("The council reported a 12% increase in the number of children in care.", "12%", "looked_after_children"),
    ("CP numbers rose by 15% in the year.", "15%", "child_protection_plans"),
    ("There are 17 more children on plans than a year ago.", "17", "child_protection_plans"),
    ("Referrals to social services fell 8% last year.", "8%", "social_care_referrals"),
    ("There was a 9% drop in S47s over the summer.", "9%", "section_47_enquiries"),
    ("The register now holds 66 children, against 50 last spring. That is a 32% jump in "
     "twelve months.", "32%", "child_protection_plans"),
    ("We had 230 looked-after kids in 2023. That is a 20% rise in two years.", "20%", "looked_after_children"),
]

# false friends: a word a name shares, in another sense
FALSE_FRIENDS = [
    ("There are 3,000 people on the electoral register.", "3,000", "other"),
    ("The register of interests lists 12 gifts.", "12", "other"),
    ("The corporate risk register holds 31 risks.", "31", "other"),
    ("Officers held 30 child protection case conferences.", "30", "other"),
    ("Two domestic homicide reviews were commissioned.", "Two", "other"),
    ("Two adult practice reviews were published.", "Two", "other"),
    ("Three safeguarding adults reviews were commissioned this year.", "Three", "other"),
    ("The budget assumes a 6% growth in placement costs.", "6%", "other"),
    ("Attendance of kids in the borough rose 3% in the year.", "3%", "other"),
    ("The council runs just 6 of its own homes, with 24 beds.", "6", "other"),
    ("Visitor numbers at the library rose 12% this year.", "12%", "other"),
    ("The care home has 40 residents.", "40", "other"),
    ("The magistrates heard 30 cases in the week.", "30", "other"),
    ("Six kids from the estate joined the football club.", "Six", "other"),
    # a review with no stage and no name of a statutory review is no LCSPR (its stage verb makes it one)
    ("Managers carried out 45 case reviews as part of the audit programme.", "45", "other"),
    ("The council carried out 14 safeguarding reviews of its schools.", "14", "other"),
    ("Complainants made 12 requests for a review of the council's decision.", "12", "other"),
]

TABLES = PLANS + LOOKED_AFTER + REFERRALS + REVIEWS + PROTECTION + DEATHS_AND_HARM + CHANGES + FALSE_FRIENDS


@pytest.mark.parametrize("text, number, metric", TABLES)
def test_informal_names_name_their_metric(nlp, text, number, metric):
    check(nlp, text, number, metric, classifier=False)


@pytest.mark.parametrize("text, number, metric", TABLES)
def test_informal_names_with_the_classifier(nlp, text, number, metric):
    check(nlp, text, number, metric, classifier=True)


# the plural of a name is its head noun's: particles, participles and adverbs are no head
PLURALS = [
    ("case put forward for review", "cases put forward for review"),
    ("case sent for review", "cases sent for review"),
    ("passed away", "passed away"),
    ("badly hurt", "badly hurt"),
    ("severely injured", "severely injured"),
    ("picked up by the national panel", "picked up by the national panel"),
    ("taken into police protection", "taken into police protection"),
    ("children receiving care and support", "children receiving care and support"),
    ("foster family", "foster families"),
    ("child safeguarding incident", "child safeguarding incidents"),
    ("referral to social services", "referrals to social services"),
    ("call to the front door", "calls to the front door"),
]


@pytest.mark.parametrize("name, plural", PLURALS)
def test_the_plural_of_a_name(name, plural):
    assert lexicon.plural(name) == plural
