"""Referrals received by a body the text named before: a pronoun ('It received 38 referrals') stands
for the subject of the sentence before, and a bare 'the service' for the service the text last
named in full. A scheme, programme or service that is neither children's social care nor the
partnership's review system receives its own referrals (`other`); the front door and the case
review group keep theirs. Invented sentences, run through the production path with the rules alone
and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

NAMED_BEFORE = [
    ("Our Fire Safety Education Scheme visits families after a fire. It received 52 referrals in the year.",
     "52", "other"),
    ("The Safe Steps Programme supports teenagers at risk of homelessness. It received 112 referrals this year.",
     "112", "other"),
    ("This report reviews the Family Group Conferencing Service in its second year. The service received "
     "187 referrals.", "187", "other"),
    ("Our Young Carers Service supports children who care for a parent. The service received 96 referrals.",
     "96", "other"),
    ("The Bright Futures mentoring scheme opened in May. The scheme received 54 referrals by March.",
     "54", "other"),
    ("The Sports Mentoring Project runs in six schools. It received 73 referrals from teachers.",
     "73", "other"),
    ("The Healthy Relationships Programme ran in 12 schools. The programme received 140 referrals.",
     "140", "other"),
    ("Our Family Group Conferencing Service was relaunched in April. It received 205 referrals.",
     "205", "other"),
    ("The Water Safety Scheme started last spring. It received 19 referrals in its first year.",
     "19", "other"),
    ("The Family Support Service covers the whole county. The service received 433 referrals.",
     "433", "other"),
    ("The holiday mentoring scheme received 61 referrals from schools.", "61", "other"),
    # the front door and the review group named before keep their referrals
    ("Children's social care received 4,900 referrals. The service also received 12,000 contacts.",
     "4,900", "social_care_referrals"),
    ("The case review group met six times. It received 14 referrals for review.", "14", "review_referrals"),
    ("The partnership's case review group met six times. It considered 11 referrals.", "11", "review_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NAMED_BEFORE)
def test_referrals_received_by_a_body_named_before(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
