"""Record periods three general constructions state: a school's or a college's own year spelt
out by its dates, the calendar year a page dated early in the next year calls "last year", and
the financial year a scope sentence gives its figures, over one cited figure's calendar year.

Every text is invented; the settings are councils', partnerships' and local news pages.
"""

from __future__ import annotations

import pytest

from extractor.metadata import find_period


def _span(text: str, title: str | None = None, date: str | None = None
          ) -> tuple[str | None, str | None]:
    period = find_period(text, title, date)
    return (period.start, period.end) if period else (None, None)


# A split year in a heading is read as the financial year, unless the text spells out its own
# year's dates as a college's (1 August to 31 July) or a school's (1 September to 31 August).
@pytest.mark.parametrize("title, text, start, end", [
    ("Annual Safeguarding Report 2024/25",
     "Annual Safeguarding Report 2024/25\nThis report is for the governors. It covers the "
     "academic year 1 August 2024 to 31 July 2025.\nWe logged 812 concerns in 2024/25.\n",
     "2024-08-01", "2025-07-31"),
    ("Learner Welfare Report 2025-26",
     "Learner Welfare Report 2025-26\nThe year ran from 1 August 2025 to 31 July 2026 for all "
     "campuses.\nThere were 340 referrals in 2025-26.\n", "2025-08-01", "2026-07-31"),
    ("Attendance Report 2024/25",
     "Attendance Report 2024/25\nFigures cover 1 September 2024 to 31 August 2025.\nAttendance "
     "was 94.1% in 2024/25.\n", "2024-09-01", "2025-08-31"),
    ("Safeguarding Annual Report 2023-24",
     "Safeguarding Annual Report 2023-24\nOur year is 1st August 2023 to 31st July 2024.\n"
     "In 2023-24 we made 61 referrals to children's social care.\n", "2023-08-01", "2024-07-31"),
    ("Exclusions Report 2025/26",
     "Exclusions Report 2025/26\nThe school year 1 September 2025 - 31 August 2026 saw 42 "
     "suspensions.\n", "2025-09-01", "2026-08-31"),
    ("Annual Report 2024/25",  # another year's dates: the heading's year stays the financial year
     "Annual Report 2024/25\nThe previous academic year, 1 August 2022 to 31 July 2023, was "
     "reviewed last time.\nIn 2024/25 there were 300 referrals.\n", "2024-04-01", "2025-03-31"),
    ("Safeguarding Report 2024/25",  # no dates spelt: the financial year
     "Safeguarding Report 2024/25\nIn 2024/25 the council received 1,200 contacts.\n",
     "2024-04-01", "2025-03-31"),
    ("Welfare Report 2024/25",  # mismatched months: no school year
     "Welfare Report 2024/25\nThe service ran from 1 August 2024 to 31 August 2025.\n"
     "In 2024/25 it saw 90 young people.\n", "2024-04-01", "2025-03-31"),
    ("Annual Report of the Designated Safeguarding Lead 2022/23",
     "Annual Report of the Designated Safeguarding Lead 2022/23\nPeriod: 1 August 2022 to 31 "
     "July 2023.\nIn 2022/23 there were 75 early help referrals.\n",
     "2022-08-01", "2023-07-31"),
    ("Pupil Safety Report 2025/26",
     "Pupil Safety Report 2025/26\nThis covers 1 September 2025 until 31 August 2026.\n"
     "In 2025/26, 18 pupils were on a child protection plan.\n", "2025-09-01", "2026-08-31"),
])
def test_a_school_or_college_year_spelt_out(title: str, text: str, start: str, end: str) -> None:
    assert _span(text, title) == (start, end)


# "Last year" named twice as the page's own, on a page dated January to March that counts its
# figures to December: the calendar year before the date. Without the December count, or dated
# later in the year, it stays as before (none, or the financial year).
@pytest.mark.parametrize("text, date, start, end", [
    ("How long assessments take\nThis page sets out how we did last year.\nHow we did last year\n"
     "We received 900 requests; 40 were still open at the end of December.\n",
     "2026-02-10", "2025-01-01", "2025-12-31"),
    ("Fostering in numbers\nLast year we approved 31 new foster families.\nLast year 12 "
     "families stopped fostering. Figures are to 31 December.\n",
     "2026-01-20", "2025-01-01", "2025-12-31"),
    ("Our adoption service\nLast year 44 children were adopted. That is more than last year's "
     "total before. Last year we also ran 9 events, counted to the end of December.\n",
     "2025-03-05", "2024-01-01", "2024-12-31"),
    ("Youth service update\nLast year the service saw 1,100 young people. Last year it ran "
     "14 clubs, in the year to December.\n", "2026-03-28", "2025-01-01", "2025-12-31"),
    ("Library activity\nLast year 5,000 children joined. Last year was our busiest, up to 31st "
     "December.\n", "2026-02-01", "2025-01-01", "2025-12-31"),
    ("Early help\nLast year we helped 700 families. Last year we also trained 90 staff.\n",
     "2026-02-10", None, None),  # no December count: January to March stays undecided
    ("Early help\nLast year we helped 700 families. Last year we also trained 90 staff, to the "
     "end of December.\n", "2026-06-10", "2025-04-01", "2026-03-31"),  # said after March
    ("Short breaks\nLast year 210 children had a short break, counted to the end of December.\n",
     "2026-02-10", None, None),  # one "last year" is a figure's
    ("Family hubs\nThe hubs opened last year. Visits were counted to the end of December. "
     "Last year 8,000 people came.\n", "2026-01-15", "2025-01-01", "2025-12-31"),
    ("Parenting courses\nLast year 430 parents finished a course. Last year's waiting list "
     "closed at the end of December.\n", "2026-02-20", None, None),  # "last year's" is a noun's
])
def test_last_year_as_a_calendar_year_early_in_the_next(text: str, date: str,
                                                        start: str | None,
                                                        end: str | None) -> None:
    assert _span(text, None, date) == (start, end)


_FIGURES = "In calendar year 2024 the family court heard 1,100 such applications.\n"


# A scope sentence for the document's figures names its financial year: that is the period,
# not the calendar year of one figure the text cites.
@pytest.mark.parametrize("text, start, end", [
    ("Placements for children in care\nUnless we say otherwise, figures relate to the year "
     "ending 31 March 2025.\n" + _FIGURES, "2024-04-01", "2025-03-31"),
    ("Placements summary\nUnless stated otherwise, all figures are for 2024-25.\n" + _FIGURES,
     "2024-04-01", "2025-03-31"),
    ("Council spending summary\nAll figures in this summary refer to 2023/24.\n" + _FIGURES,
     "2023-04-01", "2024-03-31"),
    ("Fostering briefing\nThe figures in this briefing relate to the year ending 31 March 2026."
     "\n" + _FIGURES, "2025-04-01", "2026-03-31"),
    ("Children's services data\nAll data relate to 2025-26 unless noted otherwise.\n" + _FIGURES,
     "2025-04-01", "2026-03-31"),
    ("Care placements\nUnless it is stated otherwise, numbers are for the year ended 31 March "
     "2024.\n" + _FIGURES, "2023-04-01", "2024-03-31"),
    ("Spending on care\nAll statistics in this paper relate to 2024/25.\n" + _FIGURES,
     "2024-04-01", "2025-03-31"),
    ("Residential care costs\nUnless shown otherwise, the figures refer to 2022-23.\n" + _FIGURES,
     "2022-04-01", "2023-03-31"),
    ("Looked-after children summary\nAll numbers in this page refer to the year ending 31 March "
     "2025.\n" + _FIGURES, "2024-04-01", "2025-03-31"),
    ("Placements update\nUnless noted otherwise, figures are for 2025/26.\n" + _FIGURES,
     "2025-04-01", "2026-03-31"),
])
def test_figures_scope_sentence_beats_a_cited_calendar_year(text: str, start: str,
                                                            end: str) -> None:
    assert _span(text) == (start, end)
