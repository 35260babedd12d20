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


def _assert_unit(nlp, marked: str, unit: str) -> None:
    """The figure at the marked number (rules only) has `unit`."""
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert found and found[0].unit == unit, [(f.value, f.unit) for f in figures]


@pytest.mark.parametrize("marked, unit", ROWS)
def test_the_first_end_of_a_percent_range_is_a_percent(nlp, marked, unit):
    _assert_unit(nlp, marked, unit)


# A change by a percentage from a level: the number after 'from' is the level (a count), not a
# percentage; a percentage that is the new level ('rose to 92% from 88') lends its unit.
CHANGE_ROWS = [
    ("Notifications reached 214 this year, up 7% from ⟦200⟧ the year before.", "count"),
    ("Contacts rose 12% from ⟦4,310⟧ to 4,827.", "count"),
    ("Referrals fell by 9 per cent from ⟦1,150⟧ in the previous year.", "count"),
    ("There was an increase of 8% from ⟦634⟧ assessments.", "count"),
    ("Plans showed a 5% fall from ⟦388⟧ at the end of March.", "count"),
    ("Enquiries were down 3 percent from ⟦912⟧ last year.", "count"),
    ("Children in care grew by 4% from ⟦276⟧ a year earlier.", "count"),
    ("Visits increased 15% on ⟦1,020⟧ in the last quarter.", "count"),
    # kept: the percentage before 'from' is the new level
    ("Timeliness rose to 92% from ⟦88⟧ last year.", "percent"),
    ("Attendance was 91%, compared with ⟦87⟧ the year before.", "percent"),
]


@pytest.mark.parametrize("marked, unit", CHANGE_ROWS)
def test_the_level_a_percentage_change_starts_from_keeps_its_count(nlp, marked, unit):
    _assert_unit(nlp, marked, unit)
