"""Period parsing: every form the issue names, and what is not a reporting period."""

import pytest

from extractor.period import find_periods, parse_period


@pytest.mark.parametrize("text, start, end", [
    ("April 2021 to March 2022", "2021-04-01", "2022-03-31"),
    ("from 1 April 2022 to 31 March 2023", "2022-04-01", "2023-03-31"),
    ("2021/22", "2021-04-01", "2022-03-31"),
    ("2021-22", "2021-04-01", "2022-03-31"),
    ("2022–23", "2022-04-01", "2023-03-31"),
    ("2022/2023", "2022-04-01", "2023-03-31"),
    ("year ending 31 March 2023", "2022-04-01", "2023-03-31"),
    ("the year ended March 2024", "2023-04-01", "2024-03-31"),
    ("financial year 2022 to 2023", "2022-04-01", "2023-03-31"),
    ("Q1 2022/23", "2022-04-01", "2022-06-30"),
    ("Q4 2022/23", "2023-01-01", "2023-03-31"),
    ("since April 2020", "2020-04-01", None),
    ("at 31 December 2023", "2023-12-31", "2023-12-31"),
])
def test_parses(text, start, end):
    period = parse_period(text)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", [
    "in 2019", "Working Together 2018", "2021/19", "call 01234 567890", "section 47",
    "March 2023 to April 2021",
])
def test_not_a_period(text):
    assert parse_period(text) is None


def test_find_periods_gives_offsets_in_order():
    text = "Twenty-three in 2022/23, compared with 16 in 2021/22."
    found = find_periods(text)
    assert [text[s:e] for s, e, _ in found] == ["2022/23", "2021/22"]
    assert found[1][2].start == "2021-04-01"


def test_glued_caption_still_parses_the_span():
    period = parse_period("from April 2021 to March 2022Five serious incident notifications")
    assert (period.start, period.end) == ("2021-04-01", "2022-03-31")
