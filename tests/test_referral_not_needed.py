"""A referral that was never made counts the families or children spared it, not referrals: the
object of a denied 'need' or 'require' ('did not need a referral to children's social care', 'no
longer needed', 'without needing') or of 'avoid' / 'prevent' is `other`; a referral that was
needed, or received, keeps its metric. Invented sentences, run through the production path with
the rules alone and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

NOT_NEEDED = [
    ("After their plan closed, 61% of families did not need a referral to children's social care.",
     '61%', 'other'),
    ('Some 64% of the children seen by the team did not need a referral to social care within a year.',
     '64%', 'other'),
    ("After the programme, 212 families no longer needed a referral to children's social care.",
     '212', 'other'),
    ("The hub's advice meant 140 cases did not require a referral to the MASH.",
     '140', 'other'),
    ("Early help avoided a referral to children's social care for 57% of families.",
     '57%', 'other'),
    ('In 310 cases the school resolved the concern without needing a referral to social care.',
     '310', 'other'),
    ('Of 90 families supported, 71 did not need a further referral.',
     '71', 'other'),
    ('About 45% of families did not require a referral to social care in the following six months.',
     '45%', 'other'),
    ("Family support prevented a referral to children's social care for 126 children.",
     '126', 'other'),
    ("Most families (78%) have not needed a referral to children's social care since.",
     '78%', 'other'),
    # a referral needed or received stays a referral
    ("Children's social care received 4,900 referrals in the year.",
     '4,900', 'social_care_referrals'),
    ("Some 22% of families needed a referral to children's social care within 12 months.",
     '22%', 'social_care_referrals'),
    ('The partnership received 14 referrals for review.',
     '14', 'review_referrals'),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NOT_NEEDED)
def test_a_referral_not_needed_counts_those_spared_it(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
