"""Children on a long-running or a repeat child protection plan (or on the register that long, or for
a second time) are counted by `child_protection_plans`, as the issue authors' gold reads them
(corpus/README.md, 'Conventions settled', 3: dev2 h03 'on a plan for two years or more', h12 'for a
second or subsequent time'). How long other things lasted stays a feature (`other`). Every
sentence is invented; through the production path with the rules alone and with the classifier."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

ROWS = [
    # how long the plan or the registration has lasted
    ("23 children have been subject of a plan for more than 18 months.", "23", "child_protection_plans"),
    ("Nine children had been on the register for more than two years.", "Nine", "child_protection_plans"),
    ("17 children have been subject to a child protection plan for longer than 15 months.", "17",
     "child_protection_plans"),
    ("At the end of June, 8 children had been on a plan for over two years.", "8", "child_protection_plans"),
    ("Members asked why 41 children had been subject to a plan for more than a year.", "41",
     "child_protection_plans"),
    ("Eleven children have been on a child protection plan for at least two years.", "Eleven",
     "child_protection_plans"),
    # a plan for a second or subsequent time
    ("Six children became subject of a plan for a second time in the quarter.", "Six", "child_protection_plans"),
    ("In the year 64 children became subject to a plan for a second or subsequent time.", "64",
     "child_protection_plans"),
    ("There were 240 children on child protection plans at 31 March.", "240", "child_protection_plans"),
    # other states' lengths stay features
    ("Seven local reviews were open. Of these, 4 have been running for more than 18 months.", "4", "other"),
    ("Nine practice reviews were ongoing, of which four have been open for more than a year.", "four", "other"),
    ("Nine actions have been open for more than six months.", "Nine", "recommendations"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ROWS, ids=[r[1] for r in ROWS])
def test_a_long_or_repeat_plan_is_counted_as_a_plan(nlp, text: str, number: str, metric: str,
                                                     classifier: bool) -> None:
    assert figure(nlp, text, number, classifier).metric == metric
