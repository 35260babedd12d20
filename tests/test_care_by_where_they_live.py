"""Children in care named by where they live: 'children in children's homes', 'placed out of
area', 'placed outside the borough' are children looked after (the corpus convention: counts of
children in care by placement or where they live keep `looked_after_children`); the homes, beds and
costs themselves stay `other`. Invented sentences, run through the production path with the rules
alone and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

WHERE_THEY_LIVE = [
    ("Last year 41% of children in children's homes went missing at least once.", "41%",
     "looked_after_children"),
    ("There are 38 children living in children's homes run by the council.", "38", "looked_after_children"),
    ("Some 62 children were placed out of area at the end of March.", "62", "looked_after_children"),
    ("Of the children placed outside their home local authority, 23% went missing.", "23%",
     "looked_after_children"),
    ("At the year end 17 children were placed out of borough.", "17", "looked_after_children"),
    ("The number of children placed outside the county rose to 88.", "88", "looked_after_children"),
    ("There are 31 young people in residential children's homes.", "31", "looked_after_children"),
    ("Around 9% of children in a children's home had three or more moves.", "9%", "looked_after_children"),
    ("We have 26 children placed out of county, most within 20 miles.", "26", "looked_after_children"),
    ("Some 44 children are placed outside the borough boundary.", "44", "looked_after_children"),
    ("A quarter of girls in children's homes (25%) had been reported missing.", "25%",
     "looked_after_children"),
    # the homes and their beds are not children
    ("The council runs 6 children's homes with 24 beds.", "6", "other"),
    ("The council runs 6 children's homes with 24 beds.", "24", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", WHERE_THEY_LIVE)
def test_children_in_care_named_by_where_they_live(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
