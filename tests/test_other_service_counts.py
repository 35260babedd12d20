"""Counts of another service's work, or of a thing no metric counts, keep metric other although the
words around them look like a metric's (session 30, svc30). Each table holds invented sentences in
plain council, partnership and news settings, run through the production path with the rules alone
and with the metric classifier on.

- applications between private parties are private law ('private law applications', 'applications
  for child arrangements orders', divorce, non-molestation): other; court_orders counts the care,
  supervision and emergency protection orders a council seeks or a court makes (shared/spec/metrics.json),
  and a court's public law or care applications stay court_orders.
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
