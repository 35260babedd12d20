"""The first end of a range of percentages takes the unit written after the second end ('40 to
80 percent'). Invented sentences through the production path (rules only); ⟦...⟧ marks the number."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")

ROWS = [
    ("Vehicles can contribute ⟦40⟧ to 80 percent of the pollution.", "percent"),
    ("Between ⟦10⟧ and 15% of referrals were repeat referrals.", "percent"),
    ("Re-referral rates ranged from ⟦18⟧ to 24% across the region.", "percent"),
    ("Attendance was ⟦85⟧ or 90 percent at most meetings.", "percent"),
    ("Schools reported that ⟦5⟧ or 6 per cent of pupils were absent.", "percent"),
    ("Caseloads fell by ⟦3⟧ to 4 per cent over the year.", "percent"),
    ("Around ⟦60⟧ to 70 percent of the plans were reviewed on time.", "percent"),
    ("Compliance was between ⟦92⟧ and 95% for the quarter.", "percent"),
    # kept: a count before a percentage that is no second end
    ("The board met ⟦12⟧ times, and 80% of members attended.", "count"),
    ("There were ⟦41⟧ notifications, up 5% on last year.", "count"),
]


@pytest.mark.parametrize("marked, unit", ROWS)
def test_the_first_end_of_a_percent_range_is_a_percent(nlp, marked, unit):
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert found and found[0].unit == unit, [(f.value, f.unit) for f in figures]
