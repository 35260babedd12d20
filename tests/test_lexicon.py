"""The metric lexicon (models/metric_lexicon.json): every name of every metric names its metric
through the production path, and numbers that are no figure are rejected with their reason."""

from __future__ import annotations

import json

import pytest

from extractor import lexicon, sentences
from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load
from extractor.pipeline import MODELS_DIR

FY = Period("2024-04-01", "2025-03-31", "2024/25")
SPEC_METRICS = set(json.loads((MODELS_DIR / "metrics.json").read_text(encoding="utf-8"))["metrics"])
DIRECT = [s for s in sentences.generate() if s.construction == "direct"]


def run(nlp, text: str, rejected: list | None = None):
    document = load("t.txt", text.encode("utf-8"))
    return find_figures(nlp(document.text), document, FY, use_classifier=False, rejected=rejected)


def test_lexicon_names_only_spec_metrics():
    assert {n.metric for n in lexicon.names()} <= SPEC_METRICS
    for name in ("CPP", "CP plan", "LAC", "CLA", "CiN", "S47", "SIN", "CSPR", "LCSPR", "SCR", "ICPC",
                 "CDOP", "section 47 enquires", "child protection register", "registration",
                 "de-registration", "child practice review", "learning review",
                 "inter-agency referral discussion", "children in our care", "care-experienced"):
        assert lexicon.name_metric(name) is not None, name


def test_every_metric_has_names():
    named = {n.metric for n in lexicon.names()} | {s.metric for s in sentences.generate()}
    assert SPEC_METRICS <= named


@pytest.mark.parametrize("case", DIRECT, ids=[s.text[12:60] for s in DIRECT])
def test_every_name_names_its_metric(nlp, case):
    """'In the year 191 serious incident notifications were recorded.' for every lexicon name."""
    figures = run(nlp, case.text)
    at = case.text.index(case.number)
    got = [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]
    assert got == [case.metric]


def test_other_names_are_found_and_fit_no_metric(nlp):
    figures = run(nlp, "The service held 214 initial child protection conferences in the year.")
    assert [(f.value, f.metric) for f in figures] == [(214, "other")]


def test_generated_sentences_are_reproducible():
    stored = (MODELS_DIR / "generated_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in stored] == [
        {"construction": s.construction, "text": s.text, "number": s.number, "value": s.value,
         "unit": s.unit, "metric": s.metric} for s in sentences.generate()]


def test_generated_sentences_cover_every_construction_for_every_metric():
    seen = {(s.construction, s.metric) for s in sentences.generate()}
    for construction in ("direct", "partitive", "pronoun_set", "coordination", "comparison", "share"):
        for metric in SPEC_METRICS - {"other", "serious_case_reviews"}:
            assert (construction, metric) in seen, (construction, metric)


# numbers that are no figure, with the reason the rejecting rule gives
REJECTED = [
    ("RESOLVED – (1) That the annual report be noted.", "1", "a numbered paragraph, list item or resolution"),
    ("(2) That a further report be brought to the Committee.", "2", "a numbered paragraph, list item or resolution"),
    ("4.1 Notifications rose in the year.", "4.1", "a numbered paragraph, list item or resolution"),
    ("Finding 3 Information did not reach the practitioners.", "3", "a code or name"),
    ("The indicator (NI 64) measures plans lasting two years.", "64", "a code or name"),
    ("Council Offices, 16 Harmsworth Row, London", "16", "an address"),
    ("Annual report (PDF, 2 MB)", "2", "a file size"),
    ("Contents\nIntroduction 3\nLearning from reviews 6\nTraining and development 7\nPriorities 8\n", "6",
     "a contents line"),
    ("Contents\n1. Introduction    3\n2. Rapid reviews    4\n", "4", "a contents line"),
    ("Call the press office on 020 7946 0591 for details.", "7946", "a phone number or postcode"),
    ("The report was published in 2024 by the partnership.", "2024", "a year"),
    ("Most of the young people were aged 15 to 17.", "17", "an age band used as a bound"),
    ("See page 12 of the report.", "12", "a reference number"),
    ("Activity over the last three years is shown below.", "three", "a time span or bound"),
    ("The rate of re-referrals within 12 months was 21%.", "12", "a definition window"),
    ("It started at 4:12pm.", "4", "a reference number"),
    # the span of a record or a trend, not a duration reported as a figure
    ("At 31 July, 187 children were on the register, the lowest figure for five years.", "five",
     "a time span or bound"),
    ("The number on plans has reached its highest level for seven years.", "seven", "a time span or bound"),
    ("The number of children on plans fell after two years of increases.", "two", "a time span or bound"),
    ("Referrals fell by 4% after three years of steady rises.", "three", "a time span or bound"),
    ("Contacts were the highest in six years.", "six", "a time span or bound"),
    ("Notifications were at their lowest for a decade and fewest in 12 months.", "12", "a time span or bound"),
    ("Placements rose again after four years of decline.", "four", "a time span or bound"),
    ("The budget is the smallest the board has had for ten years.", "ten", "a time span or bound"),
    # the period a report covers is no duration figure
    ("The annual report covers the 12 months from April 2024 to March 2025.", "12", "a time span or bound"),
    ("Performance update: the six months to September 2025", "six", "a time span or bound"),
    ("Data for the 12 months to the end of June 2025 are shown below.", "12", "a time span or bound"),
    ("The board met often in the 18 months ending 31 March 2025.", "18", "a time span or bound"),
    ("Contacts rose over the three months up to December 2024.", "three", "a time span or bound"),
    ("The plan fell from 64 to 58 over the same 12 months.", "12", "a time span or bound"),
    ("In the nine months until July 2025 the panel sat monthly.", "nine", "a time span or bound"),
    ("Activity in the two years ended March 2025 is summarised here.", "two", "a time span or bound"),
    # distances are bounds on where children live, not counts
    ("Forty children live more than 20 miles from home.", "20", "a distance or speed (a bound, not a count)"),
    ("A dozen placements were over 50 miles away.", "50", "a distance or speed (a bound, not a count)"),
    ("Placements within a 25-mile radius are preferred.", "25", "a distance or speed (a bound, not a count)"),
    ("Some 15% were placed 20+ miles from their families.", "20", "a distance or speed (a bound, not a count)"),
    ("The nearest bed was 120 km away in Scotland.", "120", "a distance or speed (a bound, not a count)"),
    ("Six children were living 30 kilometres from school.", "30", "a distance or speed (a bound, not a count)"),
    ("Visits to homes beyond 40 miles of the city take a whole day.", "40",
     "a distance or speed (a bound, not a count)"),
    ("One boy had moved 200 miles to a home in Devon.", "200", "a distance or speed (a bound, not a count)"),
]


@pytest.mark.parametrize("text, number, reason", REJECTED)
def test_rejected_with_reason(nlp, text, number, reason):
    rejected: list[dict] = []
    figures = run(nlp, text, rejected)
    at = text.index(number)
    assert not [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert [r["reason"] for r in rejected if r["start"] <= at < r["end"]] == [reason]


def test_show_lists_the_rejecting_reason(nlp):
    from extractor.extract import Options, extract_document
    from extractor.show import render_html

    document = load("t.txt", b"RESOLVED \xe2\x80\x93 (1) That the 14 rapid reviews be noted.")
    record = extract_document(document, nlp, Options(use_classifier=False, with_text=True)).to_dict()
    assert record["source"]["rejected_numbers"][0]["reason"] == "a numbered paragraph, list item or resolution"
    assert "a numbered paragraph, list item or resolution (1)" in render_html(record)


# (text, number as written, metric): 'notified to the panel' names serious incident notifications
# as a property of cases; a value after its label ('Rapid reviews held: 8.') belongs to that label
# only, never to the next label on the line.
NOTIFIED = [
    ("Rapid reviews held: 8. Notified to the panel: 11.", "8", "rapid_reviews"),
    ("Rapid reviews held: 8. Notified to the panel: 11.", "11", "serious_incident_notifications"),
    ("Notified to the panel: 11. Rapid reviews held: 8.", "8", "rapid_reviews"),
    ("Referrals received: 40, notified to the national panel: 9, rapid reviews: 7.", "9",
     "serious_incident_notifications"),
    ("Referrals received: 40, notified to the national panel: 9, rapid reviews: 7.", "7", "rapid_reviews"),
    ("Local reviews commissioned: 2. Notified to Ofsted: 5.", "2", "lcsprs_commissioned"),
    ("Local reviews commissioned: 2. Notified to Ofsted: 5.", "5", "serious_incident_notifications"),
    ("The partnership considered 20 cases. Eleven were notified to the Panel.", "Eleven",
     "serious_incident_notifications"),
    ("Of the 20 referrals, nine were notified to the national panel.", "nine", "serious_incident_notifications"),
    ("In the year, 14 cases were notified to the national panel.", "14", "serious_incident_notifications"),
    ("Of these, six were notified to the panel and the rest did not meet the threshold.", "six",
     "serious_incident_notifications"),
    ("The board heard that 31 cases had been reported to the national panel.", "31",
     "serious_incident_notifications"),
    ("Rapid reviews completed: 9\nSerious incidents notified to the panel: 12\n", "9", "rapid_reviews"),
    # Northern Ireland's case management reviews and Scotland's initial case reviews
    ("Two CMRs were completed and published in the year.", "Two", "lcsprs_published"),
    ("Seven case management reviews were in progress at 31 March.", "Seven", "lcsprs_ongoing"),
    ("One new case management review was commissioned by the SBNI.", "One", "lcsprs_commissioned"),
    ("The committee held 12 initial case reviews in the year.", "12", "rapid_reviews"),
]


@pytest.mark.parametrize("text, number, metric", NOTIFIED)
def test_notified_to_the_panel_and_labelled_values(nlp, text, number, metric):
    figures = run(nlp, text)
    at = text.index(number)
    got = [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]
    assert got == [metric], [(f.value, f.metric) for f in figures]


# A name counts in the singular as in the plural: 'one learning review' is a review (Scotland's
# LCSPR), not the title of a document
SINGULAR = [
    ("One learning review was commissioned in the quarter.", "One", "lcsprs_commissioned"),
    ("One learning review was published in August.", "One", "lcsprs_published"),
    ("Only one learning review remains in progress.", "one", "lcsprs_ongoing"),
    ("The committee notified the Care Inspectorate of one learning review in the quarter.", "one",
     "lcsprs_commissioned"),
    ("A single learning review was started after the death of a baby, and one learning review was completed.",
     "one", "lcsprs_published"),
    ("The partnership agreed one learning review in 2024/25.", "one", "lcsprs_commissioned"),
    ("At the year end one learning review was still under way.", "one", "lcsprs_ongoing"),
    ("In Dundee one learning review was published and two were started.", "one", "lcsprs_published"),
]


@pytest.mark.parametrize("text, number, metric", SINGULAR)
def test_a_singular_name_counts_like_its_plural(nlp, text, number, metric):
    figures = run(nlp, text)
    at = text.index(number)
    got = [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]
    assert got == [metric], [(f.value, f.metric) for f in figures]


# England's 'local learning review' is a partnership's own, non-statutory review: a number of
# cases sent to one is no LCSPR, while a (Scottish) 'learning review' is one (SINGULAR above)
LOCAL_LEARNING = [
    ("Three cases were referred to a local learning review in the year.", "Three"),
    ("Eight cases went to a local learning review after the rapid review.", "Eight"),
    ("The panel sent 4 cases to a local learning review.", "4"),
    ("In 2024/25, 6 cases were considered through a local learning review.", "6"),
    ("Nine families took part in a local learning review about neglect.", "Nine"),
    ("A local learning review heard from 14 practitioners.", "14"),
    ("Some 12 cases were looked at in a local learning review commissioned by the board.", "12"),
    ("Two cases were diverted to a local learning review instead.", "Two"),
]


@pytest.mark.parametrize("text, number", LOCAL_LEARNING)
def test_a_local_learning_review_is_no_lcspr(nlp, text, number):
    figures = run(nlp, text)
    at = text.index(number)
    got = [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]
    assert not any(g.startswith("lcsprs") for g in got), got


# names added from the statistics releases and the Scottish / Welsh registers
NEW_NAMES = [
    ("There were 14 re-registrations in the year.", "14", "child_protection_plans"),
    ("Re-registrations fell to 9 in the quarter.", "9", "child_protection_plans"),
    ("The board recorded 23 reregistrations.", "23", "child_protection_plans"),
    ("Over the year, 672,310 children had an episode of need.", "672,310", "children_in_need"),
    ("The council recorded 3,400 episodes of need.", "3,400", "children_in_need"),
    ("Some 1,120 children had an episode of need that ended in the year.", "1,120", "children_in_need"),
    ("Officers held 1,667 strategy discussions.", "1,667", "other"),
    ("The service counted 62 first time entrants.", "62", "other"),
    ("There were 418 strategy meetings in the year.", "418", "other"),
]


@pytest.mark.parametrize("text, number, metric", NEW_NAMES)
def test_names_from_releases_and_registers(nlp, text, number, metric):
    figures = run(nlp, text)
    at = text.index(number)
    got = [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]
    assert got == [metric], [(f.value, f.metric) for f in figures]
