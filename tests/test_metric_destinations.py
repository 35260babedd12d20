"""Two constructions that re-read a metric rule, each a table of invented sentences through the
production path (rules only, as the lexicon tests): an age inside a rate's denominator describes
the population the rate is taken over, not a subset of children; and a referral sent to another
service (a MARAC, CAMHS, the LADO, the Children's Reporter, early help, youth justice) is no
referral for a case review."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def metric_of(nlp, text: str, number: str) -> list[str]:
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    at = text.index(number)
    return [f.metric for f in figures for m in f.mentions if m.start <= at < m.end]


DENOMINATOR = [
    ("The rate of registration was 3.4 per 1,000 children aged 0-15.", "3.4", "child_protection_plans"),
    ("The rate of child protection registration stood at 1.9 per 1,000 children aged 0 to 15.", "1.9",
     "child_protection_plans"),
    ("The rate of children on plans was 47.5 per 10,000 children aged under 18.", "47.5",
     "child_protection_plans"),
    ("Its rate of children in care, 88 per 10,000 children aged under 18, is the highest in the region.",
     "88", "looked_after_children"),
    ("The rate of looked after children was 64 per 10,000 of the population aged 0 to 17.", "64",
     "looked_after_children"),
    ("A rate of 2.6 per 1,000 children aged 0-15 were on the register in July.", "2.6",
     "child_protection_plans"),
    ("The rate of children in need was 330 per 10,000 children aged under 18.", "330", "children_in_need"),
    ("The rate of registration was 3.4 per 1,000 children aged 0-15, above the national rate of 2.2.",
     "2.2", "child_protection_plans"),
    # an age that names the children counted still makes a subset
    ("There were 24 children aged under one on plans.", "24", "other"),
    ("Some 31 children aged 16 or 17 were looked after.", "31", "other"),
]


@pytest.mark.parametrize("text, number, metric", DENOMINATOR)
def test_an_age_in_a_rates_denominator_is_its_population(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


DESTINATION = [
    ("There were 96 referrals to MARAC in the year.", "96", "other"),
    ("Some 140 referrals were made to CAMHS.", "140", "other"),
    ("The LADO received 212 referrals.", "212", "other"),
    ("Early help received 880 referrals.", "880", "other"),
    ("Police made 301 referrals to the Reporter.", "301", "other"),
    ("There were 57 referrals to the Children's Reporter on care and protection grounds.", "57", "other"),
    ("There were 75 referrals to youth justice services.", "75", "other"),
    ("Schools made 63 referrals to the local early help hub.", "63", "other"),
    ("Some 19 referrals went to Prevent.", "19", "other"),
    # a referral for a review, or to children's social care, keeps its metric
    ("The case review group received 14 referrals.", "14", "review_referrals"),
    ("Eleven referrals were made to the partnership for consideration of a review.", "Eleven",
     "review_referrals"),
    ("There were 1,320 referrals to children's social care.", "1,320", "social_care_referrals"),
]


@pytest.mark.parametrize("text, number, metric", DESTINATION)
def test_a_referral_to_another_service_is_no_review_referral(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]
