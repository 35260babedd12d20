"""Period parsing: every form the issue names, and what is not a reporting period."""

import pytest

from extractor.period import find_periods, parse_period, resolve_period


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
    # two days of one month joined by 'and', with or without 'between'
    ("between 2 and 20 June 2025", "2025-06-02", "2025-06-20"),
    ("on 3 and 4 February 2026", "2026-02-03", "2026-02-04"),
    # a clause set off by commas between the two ends
    ("between 5 May 2021, when the family moved, and 12 July 2023",
     "2021-05-05", "2023-07-12"),
    ("from 1 March 2020, the date of the first referral, to 30 April 2022",
     "2020-03-01", "2022-04-30"),
    # consecutive financial years as one span
    ("2021/22 to 2023/24", "2021-04-01", "2024-03-31"),
    ("2019-20 to 2020-21", "2019-04-01", "2021-03-31"),
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


# Invented phrases in the ways UK reports write periods: (text, start, end).
PHRASES = [
    ("1 January to 31 March 2025, Quarter 4 2024/25", "2025-01-01", "2025-03-31"),
    ("Quarter 4 2024/25", "2025-01-01", "2025-03-31"),
    ("quarter 2 of 2025-26", "2025-07-01", "2025-09-30"),
    ("Q3 2023/24", "2023-10-01", "2023-12-31"),
    ("Q1 2026", "2026-01-01", "2026-03-31"),
    ("the third quarter of 2024/25", "2024-10-01", "2024-12-31"),
    ("the first quarter of 2026", "2026-01-01", "2026-03-31"),
    ("the final quarter of 2022-23", "2023-01-01", "2023-03-31"),
    ("the first half of 2025/26", "2025-04-01", "2025-09-30"),
    ("the second half of 2024-25", "2024-10-01", "2025-03-31"),
    ("the first half of 2023", "2023-01-01", "2023-06-30"),
    ("H2 2024/25", "2024-10-01", "2025-03-31"),
    ("April to September 2025", "2025-04-01", "2025-09-30"),
    ("October 2024 to March 2025", "2024-10-01", "2025-03-31"),
    ("January to December 2025", "2025-01-01", "2025-12-31"),
    ("the 12 months to the end of September 2025", "2024-10-01", "2025-09-30"),
    ("the twelve months to June 2024", "2023-07-01", "2024-06-30"),
    ("the six months to 30 September 2024", "2024-04-01", "2024-09-30"),
    ("the three months ending 31 December 2023", "2023-10-01", "2023-12-31"),
    ("the quarter ending 30 June 2025", "2025-04-01", "2025-06-30"),
    ("the half-year to 30 September 2025", "2025-04-01", "2025-09-30"),
    ("the year to 31 July 2025", "2024-08-01", "2025-07-31"),
    ("the year ending 31 August 2024", "2023-09-01", "2024-08-31"),
    ("the year ended 30 June 2023", "2022-07-01", "2023-06-30"),
    ("the three years to March 2024", "2021-04-01", "2024-03-31"),
    ("between March 2013 and December 2013", "2013-03-01", "2013-12-31"),
    ("between 2011 and 2015", "2011-01-01", "2015-12-31"),
    ("from 2019 to 2022", "2019-01-01", "2022-12-31"),
    ("between 1 January 2022 and 30 April 2024", "2022-01-01", "2024-04-30"),
    ("from December 2022 to February 2024", "2022-12-01", "2024-02-29"),
    ("between September 2023 and April\n2024", "2023-09-01", "2024-04-30"),
    ("4 to 15 March 2024", "2024-03-04", "2024-03-15"),
    ("28 October to 8 November 2024", "2024-10-28", "2024-11-08"),
    ("1 April 2024 – 31 March 2025", "2024-04-01", "2025-03-31"),
    ("01/04/2023 to 31/03/2024", "2023-04-01", "2024-03-31"),
    ("between 1/9/2021 and 31/8/2022", "2021-09-01", "2022-08-31"),
    ("Sept 2021 - Aug 2022", "2021-09-01", "2022-08-31"),
    ("November 2024 to January 2025", "2024-11-01", "2025-01-31"),
    ("calendar year 2025", "2025-01-01", "2025-12-31"),
    ("the financial year 2023 to 2024", "2023-04-01", "2024-03-31"),
    ("FY2024/25", "2024-04-01", "2025-03-31"),
    ("2019/2020", "2019-04-01", "2020-03-31"),
    ("the 2023/24 academic year", "2023-09-01", "2024-08-31"),
    ("academic year 2024-25", "2024-09-01", "2025-08-31"),
    # a school year is an academic year: September to August
    ("the 2024/25 school year", "2024-09-01", "2025-08-31"),
    ("school year 2023-24", "2023-09-01", "2024-08-31"),
    ("in the 2025-26 school year", "2025-09-01", "2026-08-31"),
    ("during school year 2022/23", "2022-09-01", "2023-08-31"),
    ("the school year of 2021/22", "2021-09-01", "2022-08-31"),
    ("over the 2026/27 School Year", "2026-09-01", "2027-08-31"),
    ("for the 2020-2021 school year", "2020-09-01", "2021-08-31"),
    ("School year 2019/20", "2019-09-01", "2020-08-31"),
    ("across the 2023–24 school year", "2023-09-01", "2024-08-31"),
    ("pupils in the school year 2024/2025", "2024-09-01", "2025-08-31"),
    ("by the end of the 2025/26 school year", "2025-09-01", "2026-08-31"),
    ("as at 31 March 2025", "2025-03-31", "2025-03-31"),
    ("at the end of September 2024", "2024-09-30", "2024-09-30"),
    ("as of 1 July 2023", "2023-07-01", "2023-07-01"),
    ("since 1 September 2021", "2021-09-01", None),
]


@pytest.mark.parametrize("text, start, end", PHRASES)
def test_period_phrases(text: str, start: str, end: str | None) -> None:
    period = parse_period(text)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", [
    "between 31 and 45 working days", "the 2023 conference", "March and April 2024",
    "31 February 2024 to 3 March 2024", "Quarter 5", "from 2022 to 2019",
    "31/03/2024 to 01/04/2023", "13/13/2024 to 14/13/2024",
    "the school year", "school years 7 to 9",
])
def test_not_a_period_either(text: str) -> None:
    assert parse_period(text) is None


ANCHOR = parse_period("2024/25")


@pytest.mark.parametrize("text, start, end", [
    ("in Q3", "2024-10-01", "2024-12-31"),
    ("in Quarter 1", "2024-04-01", "2024-06-30"),
    ("in the final quarter", "2025-01-01", "2025-03-31"),
    ("last year", "2023-04-01", "2024-03-31"),
    ("the previous year", "2023-04-01", "2024-03-31"),
    ("a year earlier", "2023-04-01", "2024-03-31"),
    ("the year before that", "2022-04-01", "2023-03-31"),
    ("in the first half of the year", "2024-04-01", "2024-09-30"),
    ("at the half-year", "2024-04-01", "2024-09-30"),
    ("this year", "2024-04-01", "2025-03-31"),
    # a full expression stands alone, whatever the anchor
    ("at 31 March 2025", "2025-03-31", "2025-03-31"),
    ("in Q2 2023/24", "2023-07-01", "2023-09-30"),
])
def test_resolve_against_the_documents_year(text: str, start: str, end: str) -> None:
    period = resolve_period(text, ANCHOR)
    assert period is not None
    assert (period.start, period.end) == (start, end)


def test_a_quarter_of_a_quarter_report_is_of_its_financial_year() -> None:
    period = resolve_period("in Q1", parse_period("Q3 2025/26"))
    assert (period.start, period.end) == ("2025-04-01", "2025-06-30")


@pytest.mark.parametrize("text", ["in Q3", "last year", "the first half"])
def test_a_relative_phrase_needs_an_anchor(text: str) -> None:
    assert resolve_period(text, None) is None


@pytest.mark.parametrize("text, year, start, end", [
    ("between April and September this year", 2025, "2025-04-01", "2025-09-30"),
    ("from January to June last year", 2026, "2025-01-01", "2025-06-30"),
    ("between October and March this year", 2024, "2023-10-01", "2024-03-31"),
])
def test_a_span_dated_by_the_document(text, year, start, end):
    found = find_periods(text, this_year=year)
    assert [(p.start, p.end) for _s, _e, p in found] == [(start, end)]
    assert find_periods(text) == []  # with no date, no year to give it


@pytest.mark.parametrize("text", ["March and April 2024", "aged 9 and 10 in May 2024",
                                  "2024/25 to 2023/24", "2019/20 to 2035/36"])
def test_not_a_span(text):
    assert all(p.start == p.end or p.start[:4] == p.end[:4] or p.end[5:] == "03-31" and
               int(p.end[:4]) - int(p.start[:4]) == 1 for _s, _e, p in find_periods(text))


# A quarter spelled in the ways committee papers abbreviate it: (text, start, end).
@pytest.mark.parametrize("text, start, end", [
    ("Qtr 3 2024-25", "2024-10-01", "2024-12-31"),
    ("Qtr. 1 2025/26", "2025-04-01", "2025-06-30"),
    ("QTR 4 2023/24", "2024-01-01", "2024-03-31"),
    ("Qtr2 2022-23", "2022-07-01", "2022-09-30"),
    ("Quarter Three 2024/25", "2024-10-01", "2024-12-31"),
    ("quarter one 2025-26", "2025-04-01", "2025-06-30"),
    ("Quarter Two of 2021/22", "2021-07-01", "2021-09-30"),
    ("Qtr 2 2026", "2026-04-01", "2026-06-30"),
    ("Quarter four 2025", "2025-10-01", "2025-12-31"),
])
def test_quarter_spellings(text: str, start: str, end: str) -> None:
    period = parse_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("in Qtr 3", "2024-10-01", "2024-12-31"),
    ("Qtr. 1 figures", "2024-04-01", "2024-06-30"),
])
def test_an_abbreviated_quarter_resolves_against_its_year(text: str, start: str, end: str) -> None:
    anchor = parse_period("2024/25")
    period = resolve_period(text, anchor)
    assert period is not None and (period.start, period.end) == (start, end)


# A quarter with its months in brackets before the year.
@pytest.mark.parametrize("text, start, end", [
    ("Quarter 3 (October to December) 2024/25", "2024-10-01", "2024-12-31"),
    ("Q1 (April - June) 2025/26", "2025-04-01", "2025-06-30"),
    ("Quarter 2 (Jul–Sep) 2023-24", "2023-07-01", "2023-09-30"),
    ("Q4 (January to March) 2024/25", "2025-01-01", "2025-03-31"),
    ("Qtr 2 (July to September) 2025/26", "2025-07-01", "2025-09-30"),
    ("Quarter 4 (Oct-Dec) 2025", "2025-10-01", "2025-12-31"),
    ("Q3 (October) 2024/25", "2024-10-01", "2024-12-31"),
    ("Quarter One (April to June) 2022-23", "2022-04-01", "2022-06-30"),
])
def test_a_quarter_with_its_months_in_brackets(text: str, start: str, end: str) -> None:
    period = parse_period(text)
    assert period is not None and (period.start, period.end) == (start, end)
