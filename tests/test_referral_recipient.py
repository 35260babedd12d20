"""Who receives a referral, and what a part of it counts: referrals named by another service
(children missing education, advocacy, young carers, an exploitation panel, mentoring) are
`other`, while referrals to children's social care or for a case review keep their metric; a
part said by its source ('58 came from children on plans') counts the set it is part of, not
the source's population; the reviews and visits held for each looked-after child or child with a plan count
meetings; and a text that names its referrals as another service's, again and again, gives its
bare 'Referrals' tables that sense. Invented sentences, rules alone and with the classifier."""

from __future__ import annotations

import re

import pytest

from extractor.figures import find_figures
from extractor.ingest import load
from tests.test_counted_found import FY, figure


# A referral names its receiver or purpose: another service's (a modifier, 'to the X', 'for X',
# 'referred as X', the person referred) is other; the partnership's panel, its review group, a
# review's purpose and children's social care keep the metric.
ANOTHER_SERVICE = [
    ("The inclusion service logged 236 CME referrals during the spring term.", "236", "other"),
    ("Our advocates took on 94 referrals for issue-based advocacy in 2024/25.", "94", "other"),
    ("The missing team referred nine boys to the MACE panel after return interviews.", "nine", "other"),
    ("During the autumn 27 girls were referred to the multi-agency child exploitation panel.", "27", "other"),
    ("Secondary schools made 58 referrals to the young carers service in Powys.", "58", "other"),
    ("The befriending project accepted 143 referrals for mentoring from local schools.", "143", "other"),
    ("Some 72 teenagers were referred to the family support team by their school.", "72", "other"),
    ("Advocacy referrals in Conwy climbed to 212 from 180.", "212", "other"),
    ("Welfare officers listed 64 children referred as missing education (CME) in Dorset.", "64", "other"),
    # kept: the partnership's review machinery and children's social care
    ("Twelve cases were referred to the panel by partners.", "Twelve", "review_referrals"),
    ("The case review group in Bexley considered 21 referrals during the year.", "21", "review_referrals"),
    ("Partner agencies made 16 referrals for a rapid review.", "16", "review_referrals"),
    ("Children's services in Sefton received 8,900 referrals during the year.", "8,900", "social_care_referrals"),
    ("In Halton, referrals to children's social care climbed to 4,310.", "4,310", "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ANOTHER_SERVICE)
def test_a_referral_to_another_service_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# A part of a set said by where it came from ('58 came from ...', '35 from ...' with the verb
# elided) or by what it is that 'made up' some of the set counts the set's thing: the population
# after 'from' is the source, not the thing counted.
SOURCES = [
    ("The advocacy team in Powys took 240 referrals in the year: 58 came from children subject to a "
     "child protection plan and 35 from young people in care.", "58", "other"),
    ("The advocacy team in Powys took 240 referrals in the year: 58 came from children subject to a "
     "child protection plan and 35 from young people in care.", "35", "other"),
    ("The mentoring scheme got 96 referrals for mentoring; 40 came from looked after children and 12 from "
     "children in need.", "40", "other"),
    ("The mentoring scheme got 96 referrals for mentoring; 40 came from looked after children and 12 from "
     "children in need.", "12", "other"),
    ("The counselling service accepted 130 referrals for therapy. Looked after children made up 61 of them.",
     "61", "other"),
    # kept: the set is a metric's, and its parts by source keep it
    ("The review group considered 20 referrals: 9 came from the police, 6 from health and 5 from schools.",
     "6", "review_referrals"),
    ("The review group considered 20 referrals: 9 came from the police, 6 from health and 5 from schools.",
     "5", "review_referrals"),
    ("Children's social care in Wirral received 3,400 referrals. Of these, 1,120 came from the police and "
     "610 from schools.", "610", "social_care_referrals"),
    ("Trafford had 420 children on child protection plans; 38 came from other councils.", "38",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SOURCES)
def test_a_part_said_by_its_source_counts_its_set(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# The reviews and visits held for each looked-after child, child with a plan or child in need count meetings, not
# children: other; the children themselves keep their metric.
MEETINGS_PER_CHILD = [
    ("Reviewing officers in Bury chaired 1,120 looked after reviews last year.", "1,120", "other"),
    ("Chairs held 730 children in care reviews across Oldham.", "730", "other"),
    ("Social workers completed 2,300 child protection visits in the quarter.", "2,300", "other"),
    ("Conference chairs in Salford led 950 child protection reviews.", "950", "other"),
    ("The IRO service in Rochdale ran 640 children in care reviews, and 88 were late.", "640", "other"),
    # kept: the children
    ("There were 512 looked after children in Bolton at the end of March.", "512", "looked_after_children"),
    ("Tameside looked after 388 children at the year end.", "388", "looked_after_children"),
    ("Some 290 children in Wigan were on child protection plans.", "290", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", MEETINGS_PER_CHILD)
def test_reviews_and_visits_per_child_count_meetings(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# One sense per text: a page that names its referrals as another service's again and again gives
# its bare 'Referrals' (a table, a rate) that sense, though it names children's social care in
# passing; a page about the review group with one referral to another service does not.
def _page(title: str, paragraphs: list[str], caption: str, rows: list[list[str]]) -> str:
    """An HTML page: a heading, paragraphs, then a captioned table (first row the header)."""
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{paras}"
            f"<h2>{caption}</h2><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            "</main></body></html>")


CME_PAGE = _page("Education welfare in Rutland", [
    "The attendance service logged 301 CME referrals in the year, up from 266.",
    "That is 7.4 referrals per 1,000 pupils.",
    "A further 40 pupils were referred as missing education by neighbouring councils.",
    "Of the children referred, 19 were known to children's social care."],
    "Referrals by reason", [["Reason", "2024/25", "2023/24"], ["Moved away without a forwarding address", "120", "98"],
                            ["Family went overseas", "57", "61"], ["Not on any school roll", "33", "30"],
                            ["Total", "301", "266"]])
YOUNG_CARERS_PAGE = _page("Annual review of the Ceredigion young carers project", [
    "Schools referred 64 young carers to us this year.",
    "One girl, aged nine, was referred by us to the family support team after 3 visits."],
    "Which agencies referred young carers to us", [["Referrer", "Number", "Share"], ["Schools", "64", "58%"],
                                        ["GPs", "17", "15%"], ["Family", "29", "26%"], ["Total", "110", "100%"]])
REVIEW_GROUP_PAGE = _page("Case review group report, Medway", [
    "The case review group considered 26 referrals for a rapid review in 2024/25.",
    "One child was referred to CAMHS after 3 meetings."],
    "Referrals by source", [["Source", "2024/25", "2023/24"], ["Police", "11", "8"], ["Health", "9", "7"],
                            ["Education", "6", "4"], ["Total", "26", "19"]])
DISCOURSE = [
    (CME_PAGE, "57", "other"),
    (CME_PAGE, "33", "other"),
    (CME_PAGE, "7.4", "other"),
    (CME_PAGE, "40", "other"),
    (YOUNG_CARERS_PAGE, "17", "other"),
    (YOUNG_CARERS_PAGE, "29", "other"),
    (YOUNG_CARERS_PAGE, "15%", "other"),
    # kept: the review group's own referrals by source
    (REVIEW_GROUP_PAGE, "11", "review_referrals"),
    (REVIEW_GROUP_PAGE, "9", "review_referrals"),
    (REVIEW_GROUP_PAGE, "8", "review_referrals"),
]


def _figure_on_page(nlp, page: str, number: str, classifier: bool):
    document = load("t.html", page.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    at = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(number)}(?![\w.]\d?)", document.text)][0]
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert found, f"no figure at {number!r}: {[(f.value, f.metric) for f in figures]}"
    return found[0]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", DISCOURSE)
def test_a_text_about_another_services_referrals_gives_its_tables_that_sense(nlp, text, number, metric, classifier):
    assert _figure_on_page(nlp, text, number, classifier).metric == metric


# A threshold a case falls short of is the review's or social care's when it names one, or none;
# one for another service ('for a clinic', 'for counselling', 'for a programme') is that service's.
THRESHOLDS = [
    ("About a fifth (21%) of pupils said they did not meet the access threshold for a clinic.", "21%", "other"),
    ("Of the 40 referrals to the project, 12 did not meet the entry criteria for counselling.", "12", "other"),
    ("Nineteen young people in Derby did not meet the clinical criteria for the eating disorder clinic.",
     "Nineteen", "other"),
    ("In Luton 31 families did not meet the eligibility threshold for the parenting programme.", "31", "other"),
    # kept: a review's criteria, a notification's, social care's, or none named
    ("Of the 16 referrals, nine did not meet the national criteria for a rapid review.", "nine", "review_referrals"),
    ("Of those, eleven did not meet the statutory criteria.", "eleven", "review_referrals"),
    ("The group found that 7 cases did not meet the agreed threshold for an LCSPR.", "7", "review_referrals"),
    ("Of the 300 contacts, 120 did not meet the statutory threshold for children's social care.", "120",
     "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", THRESHOLDS)
def test_a_threshold_for_another_service_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# The occasions a service made a referral or raised a concern (the number's verb has the
# metric's name as object and a service as subject) are that many referrals; the occasions one
# child or family was referred are a fact of the case (other).
OCCASIONS = [
    ("Youth workers flagged a child protection concern to the council on 14 occasions in 2024.", "14",
     "social_care_referrals"),
    ("The academy made referrals to children's social care on 9 occasions.", "9", "social_care_referrals"),
    ("Nursery staff made referrals to children's social care on 23 occasions in the year.", "23",
     "social_care_referrals"),
    ("Health visitors in Slough raised a child protection concern on 31 occasions.", "31",
     "social_care_referrals"),
    ("Teachers reported a child protection concern to the council's duty team on 6 occasions.", "6",
     "social_care_referrals"),
    # kept: one case's events, a body's meetings and police powers
    ("He was referred to the front door on seven occasions.", "seven", "other"),
    ("The family was referred to children's services on four occasions.", "four", "other"),
    ("The panel met on 11 occasions.", "11", "other"),
    ("In Wigan police protection powers had to be used on 41 occasions.", "41", "police_protection"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", OCCASIONS)
def test_the_occasions_a_service_made_a_referral_are_referrals(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# A bare 'Referrals' row takes the receiver its table's caption names: children's social care,
# its front door, another service (other), or the review group.
CAPTIONED = [
    ("Referrals to CAMHS", "other"),
    ("Referrals to early help in Thurrock", "other"),
    ("Referrals to the youth justice service", "other"),
    ("Referrals into the Prevent programme", "other"),
    ("Walsall: referrals to children's social care", "social_care_referrals"),
    ("Referrals to the MASH", "social_care_referrals"),
    ("Case review group activity", "review_referrals"),
    ("Rapid review activity in Bexley", "review_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("caption, metric", CAPTIONED)
def test_a_bare_referrals_row_takes_its_captions_receiver(nlp, caption, metric, classifier):
    page = _page("Annual report 2024/25", ["This report covers the year to March 2025."], caption,
                 [["Measure", "2023/24", "2024/25"], ["Referrals", "410", "455"], ["Accepted", "300", "320"]])
    assert _figure_on_page(nlp, page, "455", classifier).metric == metric
