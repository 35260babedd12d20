"""A metric's bare noun that its own qualifiers make another kind of thing
(extractor/figures/qualifier.py): each construction a table of invented sentences through the
production path (rules only), both directions: the qualifier makes the figure `other`, and the
metric's own qualifiers (its kind, its receiver, its grounds) leave the metric standing."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def reading(nlp, text: str, number: str) -> list[tuple[str, str]]:
    """(metric, method) of each figure with a mention at the first `number` in `text`."""
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    at = text.index(number)
    return [(f.metric, f.method) for f in figures for m in f.mentions if m.start <= at < m.end]


def metric_of(nlp, text: str, number: str) -> list[str]:
    return [metric for metric, _ in reading(nlp, text, number)]


# a modifier before the noun that names another kind of notification or referral
KIND = [
    ("The academy received 31 Operation Encompass notifications in the spring term.", "31", "other"),
    ("Officers sent 2,410 domestic abuse notifications to the hub.", "2,410", "other"),
    ("The team logged 44 private fostering notifications this year.", "44", "other"),
    ("There were 58 MARAC referrals from the police.", "58", "other"),
    ("The service took 212 CAMHS referrals from GPs.", "212", "other"),
    ("Some 17 Prevent referrals concerned pupils.", "17", "other"),
    # the metric's own words, a time or a source leave it standing
    ("The partnership made 9 serious incident notifications to the Panel.", "9",
     "serious_incident_notifications"),
    ("There were 6 new notifications in the year.", "6", "serious_incident_notifications"),
    ("Quarter 3 saw 4 notifications to the national panel.", "4", "serious_incident_notifications"),
    ("There were 1,140 police referrals to children's social care.", "1,140", "social_care_referrals"),
    ("The case review group considered 12 new referrals.", "12", "review_referrals"),
]


@pytest.mark.parametrize("text, number, metric", KIND)
def test_a_modifier_naming_another_kind(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


# an of-phrase: what was notified (a serious incident notification is of an incident, a death,
# harm to a child)
OF_THING = [
    ("The council received 23 notifications of new private fostering arrangements.", "23", "other"),
    ("We had 140 notifications of school admissions from other boroughs.", "140", "other"),
    ("There were 65 notifications of changes of address.", "65", "other"),
    ("The team handled 310 notifications of missing episodes.", "310", "other"),
    ("The partnership made 7 notifications of serious incidents to the Panel.", "7",
     "serious_incident_notifications"),
    ("There were 5 notifications of serious harm to a child this year.", "5", "serious_incident_notifications"),
    ("The local authority made 3 notifications of a child's death to the national panel.", "3",
     "serious_incident_notifications"),
    ("We made 8 notifications of cases to the Panel.", "8", "serious_incident_notifications"),
]


@pytest.mark.parametrize("text, number, metric", OF_THING)
def test_an_of_phrase_naming_another_thing_notified(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


# the receiver: the subject of a verb that receives the thing, or its 'to'
RECEIVER = [
    ("The Reporter received 480 referrals during the year.", "480", "other"),
    ("The youth offending team received 96 referrals from the courts.", "96", "other"),
    ("The foodbank took 1,200 referrals in the winter.", "1,200", "other"),
    ("The primary school received 14 notifications from the police.", "14", "other"),
    ("Some 71 referrals were made to the Youth Diversion Scheme.", "71", "other"),
    ("Children's social care received 4,210 referrals.", "4,210", "social_care_referrals"),
    ("The MASH received 7,300 contacts.", "7,300", "social_care_referrals"),
    ("The partnership received 19 referrals for a rapid review.", "19", "review_referrals"),
    ("The case review group received 11 referrals.", "11", "review_referrals"),
    ("Ofsted received 6 notifications from the council.", "6", "serious_incident_notifications"),
    ("The median time from notification to publication was 15 months, with 9 notifications made.", "9",
     "serious_incident_notifications"),
]


@pytest.mark.parametrize("text, number, metric", RECEIVER)
def test_a_receiver_that_is_not_the_metrics(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


# grounds of referral belong to a children's hearing system, not to social care or a review
GROUNDS = [
    ("In all, 142 children were referred on care and protection grounds.", "142", "other"),
    ("Some 38 young people were referred on offence grounds.", "38", "other"),
    ("There were 90 children referred on non-offence grounds.", "90", "other"),
    ("Of these, 27 children were referred under the lack of parental care ground.", "27", "other"),
    ("The partnership considered 8 cases referred for a rapid review.", "8", "review_referrals"),
    ("A further 14 cases were referred to the case review group.", "14", "review_referrals"),
    ("In all, 640 children were referred to children's social care.", "640", "social_care_referrals"),
    ("There were 5 cases referred to the partnership by the police.", "5", "review_referrals"),
]


@pytest.mark.parametrize("text, number, metric", GROUNDS)
def test_referral_grounds_name_a_hearing_system(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


# an aspect that puts the care in the past or outside the authority
ASPECT = [
    ("The virtual school supported 88 previously looked-after children.", "88", "other"),
    ("A further 12 pupils were previously looked after.", "12", "other"),
    ("Some 19 young people had formerly been looked after.", "19", "other"),
    ("There were 26 children privately fostered in the borough.", "26", "other"),
    ("The council looked after 412 children at the year end.", "412", "looked_after_children"),
    ("There were 305 looked-after children in March.", "305", "looked_after_children"),
    ("In all, 57 children were fostered by the council's carers.", "57", "looked_after_children"),
    ("Some 230 children were in care at 31 March.", "230", "looked_after_children"),
]


@pytest.mark.parametrize("text, number, metric", ASPECT)
def test_an_aspect_of_past_or_private_care(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


def test_the_method_says_why(nlp):
    text = "The academy received 31 Operation Encompass notifications in the spring term."
    [(metric, method)] = reading(nlp, text, "31")
    assert metric == "other" and method.startswith("rule:qualified: another kind") and "Encompass" in method


# one sense through a text: a bare name where the text qualifies that name as another kind
# elsewhere and never talks of the metric's own process (its receiver, its reviews) takes that
# other sense; a text that does talk of them keeps the metric
DISCOURSE = [
    ("This page counts referrals to the Children's Reporter. Police made 160 of the referrals.", "160", "other"),
    ("The council received 40 notifications of private fostering arrangements. Schools made 12 notifications.",
     "12", "other"),
    ("Referrals to CAMHS rose this year. In all, 512 referrals were accepted.", "512", "other"),
    ("The youth offending team received 300 referrals. Police made 120 of the referrals.", "120", "other"),
    ("The academy received 20 Operation Encompass notifications. Of the notifications, 8 came at weekends.",
     "8", "other"),
    ("Referrals to CAMHS rose this year. The partnership held 5 rapid reviews. In all, 7 referrals were "
     "considered.", "7", "review_referrals"),
    ("There were 31 notifications of private fostering arrangements. Separately, 6 notifications were made to "
     "the Panel.", "6", "serious_incident_notifications"),
    ("Referrals to MARAC rose to 300. Children's social care received 4,100 referrals.", "4,100",
     "social_care_referrals"),
    ("The academy received 20 Operation Encompass notifications. The council made 3 notifications after "
     "serious incidents.", "3", "serious_incident_notifications"),
    ("Referrals to MARAC rose to 300. The MASH received 5,200 contacts, and 1,900 referrals followed.",
     "1,900", "social_care_referrals"),
]


@pytest.mark.parametrize("text, number, metric", DISCOURSE)
def test_a_bare_name_takes_the_sense_its_text_gives_it(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


# contact as time with someone (family time, agencies' dealings with a family), not a contact
# with children's social care about a child
CONTACT = [
    ("Agencies recorded 58 contacts with the family over the year.", "58", "other"),
    ("Professionals had 31 contacts with the mother before the incident.", "31", "other"),
    ("There were 96 sibling contacts in the year.", "96", "other"),
    ("The team arranged 310 supervised contacts.", "310", "other"),
    ("Complaints about family time and contact numbered 17.", "17", "other"),
    ("The front door received 9,420 contacts in the year.", "9,420", "social_care_referrals"),
    ("The MASH handled 3,115 contacts about children.", "3,115", "social_care_referrals"),
    ("There were 12,800 contacts to children's services.", "12,800", "social_care_referrals"),
    ("Of 5,600 contacts, 1,400 became referrals.", "5,600", "social_care_referrals"),
]


@pytest.mark.parametrize("text, number, metric", CONTACT)
def test_contact_as_time_with_someone(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]
