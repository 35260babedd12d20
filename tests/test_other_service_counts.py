"""Counts of another service's work, or of a thing no metric counts, keep metric other although the
words around them look like a metric's (session 30, svc30). Each table holds invented sentences in
plain council, partnership and news settings, run through the production path with the rules alone
and with the metric classifier on.

- applications between private parties are private law ('private law applications', 'applications
  for child arrangements orders', divorce, non-molestation): other; court_orders counts the care,
  supervision and emergency protection orders a council seeks or a court makes (shared/spec/metrics.json),
  and a court's public law or care applications stay court_orders;
- a comparator or change that took its metric from a figure before it in the sentence goes to other
  with that figure when the metric verifier doubts it ('fell to 112, from 126 two years ago');
- a share's comparator ('above the England average of 36%') counts what the share it follows counts:
  after a share whose counted thing was not found the classifier may not name a metric for it.
"""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

PRIVATE_LAW = [
    ('The family court received 940 new private law applications in the year.', '940', 'other'),
    ('The court considered 512 applications for child arrangements orders from parents in the borough.', '512', 'other'),
    ('Judges heard 260 private law applications, most about where a child should live.', '260', 'other'),
    ('The county court received 1,150 divorce applications last year.', '1,150', 'other'),
    ('Magistrates dealt with 84 applications for non-molestation orders in the district.', '84', 'other'),
    ('The court received 3,020 applications in private family law during 2024.', '3,020', 'other'),
    ('The family court received 212 care applications from the council.', '212', 'court_orders'),
    ('The court considered 640 public law applications in the year.', '640', 'court_orders'),
    ('Magistrates heard 95 applications for care orders from the borough.', '95', 'court_orders'),
    ('The council lodged 58 applications with the court for supervision orders.', '58', 'court_orders'),
    ('The court received 37 applications for emergency protection orders last year.', '37', 'court_orders'),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PRIVATE_LAW)
def test_private_law_applications_are_no_court_orders(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A comparator or a change that took its metric from a figure before it in the sentence goes to
# other with that figure when the verifier doubts it. Each row: the sentence, the source figure
# (its number), the later figure (its number, method), whether the source was doubted, and the
# later figure's metric after the check.
FOLLOW_DOUBTED = [
    ('The number of approved foster homes fell to 98, from 110 a year ago.', '98', '110', 'rule:inherit:none', True, 'other'),
    ('Approved adopters rose to 41, up from 33, a rise of 24%.', '41', '24%', 'rule:inherit:inherit', True, 'other'),
    ('Approved adopters rose to 41, up from 33, a rise of 24%.', '41', '33', 'rule:inherit:referral', True, 'other'),
    ('The helpline took 2,300 calls, compared with 2,050 the year before.', '2,300', '2,050', 'rule:inherit:none', True, 'other'),
    ('The hub received 1,210 contacts, against 1,090 last year.', '1,210', '1,090', 'rule:inherit:none', False, 'social_care_referrals'),
    ('The front door received 412 referrals, up from 380 in March.', '412', '380', 'rule:inherit:referral', False, 'social_care_referrals'),
    ('Youth workers met 640 young people, from 590 the year before.', '640', '590', 'rule:noun', True, 'social_care_referrals'),
    ('The team saw 150 families; separately, 73 referrals went to the hub.', '150', '73', 'rule:lex:social_care_referrals', True, 'social_care_referrals'),
    ('From 126 last year, the count of approved carers fell to 112.', '112', '126', 'rule:inherit:none', True, 'social_care_referrals'),
    ('The library lent 5,400 books, from 5,100 a year earlier.', '5,400', '5,100', 'rule:inherit:none', True, 'other'),
    ('The clinic saw 820 patients, compared with 760 the year before.', '820', '760', 'model', True, 'social_care_referrals'),
]


@pytest.mark.parametrize("sentence, source, later, method, doubted, want", FOLLOW_DOUBTED)
def test_a_figure_that_inherited_from_a_doubted_one_follows_it(sentence, source, later, method, doubted, want):
    from extractor.figures.metric_check import _follow_doubted_sources
    from extractor.findings import Figure, Mention

    def fig(number: str, method: str) -> Figure:
        at = sentence.index(number)
        return Figure("social_care_referrals", 1.0, "count", "", 0.9,
                      [Mention(number, sentence, 1, at, at + len(number))], method=method)
    first, second = fig(source, "model"), fig(later, method)
    marks = []
    if doubted:
        marks.append((sentence, first.mentions[0].start, first.metric))
        first.metric = "other"
    _follow_doubted_sources([first, second], marks)
    assert second.metric == want


# A comparator ('above the England average of 36%', 'compared with 19% nationally') counts what
# the figure it follows counts: after a share of a trait no metric counts it stays other, with the
# classifier on too; after a metric's figure it takes that metric.
COMPARATOR_OF_AN_UNFOUND_THING = [
    ("Referrals to children's social care rose to 3,100 in the year. 41% of pupils in Year 6 were "
     "overweight in 2024/25, above the England average of 36%.", '36%', 'other'),
    ("Referrals to children's social care rose to 3,100 in the year. 27% of adults in the borough "
     "smoked, compared with 19% nationally.", '19%', 'other'),
    ("There were 412 children on child protection plans. 18.4% of homes were overcrowded, against a "
     "London average of 11.2%.", '11.2%', 'other'),
    ("Referrals to children's social care rose to 3,100 in the year. 64% of residents said they felt "
     "safe at night, below the regional figure of 71%.", '71%', 'other'),
    ("There were 412 children on child protection plans. 22.5% of pupils were eligible for free school "
     "meals, below the England average of 24.6%.", '24.6%', 'other'),
    ("Children looked after numbered 380. 12% of young people were not in education, employment or "
     "training, against 9% across the region.", '9%', 'other'),
    ("Referrals to children's social care rose to 3,100. 58% of two-year-olds took up a funded nursery "
     "place, compared with 74% in England.", '74%', 'other'),
    ("Referrals to children's social care rose to 3,100 in the year. The rate of referrals was 512 per "
     "10,000, above the England average of 480.", '480', 'social_care_referrals'),
    ("There were 412 children on child protection plans, a rate of 48.2 per 10,000, above the England "
     "average of 41.6.", '41.6', 'child_protection_plans'),
    ("The council looked after 290 children at the year end, compared with 265 a year earlier.", '265',
     'looked_after_children'),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", COMPARATOR_OF_AN_UNFOUND_THING)
def test_a_comparator_counts_what_its_figure_counts(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
