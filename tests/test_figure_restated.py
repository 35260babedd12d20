"""A distinctive value said twice, once loosely (no date, or another noun for an 'other' count),
is one figure with two mentions; a small value, or a value a third figure shares, keeps its
figures apart. Invented texts through the production path (rules only); the second mention is
marked ⟦...⟧."""

from __future__ import annotations

import pytest

from tests.test_figure_recall import _read

SAID_TWICE = [
    ("In brief: the council looked after 468 children, more than ever.\n"
     "The council looked after ⟦468⟧ children at 31 March 2025.", 2),
    ("Plans: the number rose to 233.\n⟦233⟧ children were subject to a child protection plan at 31 March 2025.", 2),
    ("Headlines: 1,204 children were on plans.\nAt 31 March 2025, ⟦1,204⟧ children were subject to a child protection plan.", 2),
    ("The borough has about 48,300 young people under 18.\nMid-year estimates put the population aged 0-17 at ⟦48,300⟧.", 2),
    ("Around 16,900 pupils attend the county's schools.\nThe school census counted ⟦16,900⟧ on roll.", 2),
    ("In brief: 2,315 contacts reached the front door.\nThe front door received ⟦2,315⟧ contacts in 2024/25.", 2),
    ("Staff made 1,875 home visits.\nIn all, ⟦1,875⟧ visits took place in the year.", 2),
    ("At a glance: 642 families supported.\nEarly help teams worked with ⟦642⟧ households.", 2),
    # kept apart: small values, and a value three figures share
    ("At a glance: 42 families supported.\nEarly help teams worked with ⟦42⟧ households.", 1),
    ("The hub saw 12 families.\nIt held ⟦12⟧ drop-in sessions.", 1),
    ("Care numbers: 387 at 31 March 2024 and 387 at 31 March 2025.\nThe fostering team approved ⟦387⟧ respite nights.", 1),
]


@pytest.mark.parametrize("marked, mentions", SAID_TWICE)
def test_a_distinctive_value_said_twice(nlp, marked, mentions):
    found, reasons = _read(nlp, marked)
    assert len(found) == 1 and len(found[0].mentions) == mentions, f"got {found} / {reasons}"
