"""Period: a dated page whose period is implied only by its date. Its figures are told for "the
year to March", "the 12 months to the end of March" or "the last financial year", with no year
of their own: the financial year that closes with the March last ended by the date. A labelled
month with no day ("Published July 2026", "Last updated: March 2026") dates the page; a year
the page names most that has not ended by its date (its plans, its budget) is no account of
work, and gives way to the year its date calls the last one. A comparator's "year to March"
does not count, nor does one said with its own year. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_FILL = "The service brings together youth workers, the council and local schools.\n"
_FY2526 = ("2025-04-01", "2026-03-31")
_FY2425 = ("2024-04-01", "2025-03-31")


def _span(text: str, date: str | None = None) -> tuple[str | None, str | None] | None:
    found = find_period(text, None, date)
    return None if found is None else (found.start, found.end)


@pytest.mark.parametrize("dateline, sentence, want", [
    ("Published 3 July 2026", "In the year to March we ran 400 sessions for 1,200 young people.", _FY2526),
    ("Published 3 July 2026", "In the 12 months to March, 400 sessions were run.", _FY2526),
    ("Published 3 July 2026", "In the twelve months to the end of March we ran 400 sessions.", _FY2526),
    ("Published 3 July 2026", "Over the year ending March the team saw 1,200 young people.", _FY2526),
    ("Published 3 July 2026", "In the year to 31 March we ran 400 sessions.", _FY2526),
    ("Published July 2026", "In the last financial year we ran 400 sessions.", _FY2526),
    ("Last updated: September 2026", "In the year to March we ran 400 sessions.", _FY2526),
    ("Published in May 2026", "In the past financial year the team saw 1,200 young people.", _FY2526),
    # said before April: the March last ended is the year before's
    ("Published 12 February 2026", "In the year to March we ran 400 sessions.", _FY2425),
    ("Updated: January 2026", "In the last financial year we ran 400 sessions.", _FY2425),
])
def test_a_period_implied_by_the_publication_date(dateline: str, sentence: str,
                                                  want: tuple[str, str]) -> None:
    text = f"Anytown Youth Service: our year\n{dateline}\n{_FILL}{sentence}\n"
    assert _span(text) == want


@pytest.mark.parametrize("dateline, sentence", [
    # no date: nothing to date the March by
    ("", "In the year to March we ran 400 sessions."),
    # a comparator's year to March, or one said with its own year (that year is read as before)
    ("Published 3 July 2026", "The club ran 400 sessions, up from 350 in the year to March."),
    ("Published 3 July 2026", "The club ran 400 sessions, compared with the year to March."),
    # a month that is no label of the page's date
    ("Meetings resume in July 2026", "In the year to March we ran 400 sessions."),
])
def test_no_date_or_a_comparators_year_gives_no_period(dateline: str, sentence: str) -> None:
    text = f"Anytown Youth Service: our year\n{dateline}\n{_FILL}{sentence}\n"
    assert _span(text) is None


def test_a_year_to_march_with_its_own_year_is_that_year() -> None:
    text = "Anytown Youth Service\nPublished 3 July 2026\n" + _FILL + \
        "In the year to March 2025 we ran 400 sessions.\n"
    assert _span(text) == _FY2425


@pytest.mark.parametrize("plans", [
    "In 2026/27 we plan to open two more clubs, and in 2026/27 we will recruit ten staff.",
    "The budget for 2026/27 is £1.2m. In 2026/27 two clubs will open.",
    "Our priorities for 2026-27 are set out below; by the end of 2026-27 every school will have a worker.",
])
def test_the_last_year_beats_a_year_not_yet_ended(plans: str) -> None:
    text = ("Anytown Youth Service\nPublished July 2026\n" + _FILL +
            "In the last financial year we ran 400 sessions and saw 1,200 young people.\n" +
            plans + "\n")
    assert _span(text) == _FY2526


def test_a_year_ended_by_the_date_still_wins_the_vote() -> None:
    text = ("Anytown Youth Service\nPublished July 2026\n" + _FILL +
            "In 2025/26 we ran 400 sessions. In 2025/26 we saw 1,200 young people.\n"
            "That is more than in the last financial year of the old contract.\n")
    assert _span(text) == _FY2526


def test_the_last_year_in_passing_deep_in_a_paper_does_not_count() -> None:
    # an answer far into a dated paper citing "the last financial year" once does not make it
    # the paper's year; the vote (and its gate) decides as before
    text = ("Anytown Council\nQuestions and answers\nThursday 13 March 2025\n" + _FILL * 30 +
            "The council received £3m of contributions in the last financial year.\n"
            "In 2024/25 the service saw 400 families. In 2024/25 it ran 12 groups.\n")
    assert _span(text) != ("2023-04-01", "2024-03-31")
