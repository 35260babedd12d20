"""Periods: the period a column header or row label names (years, quarters, months, snapshot dates)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
import re

from ..findings import Period
from .headers import _TOTAL_LABEL


_QUARTER = re.compile(r"\bQ([1-4])\b")


def _quarter_period(label: str, doc_period: Period | None) -> Period | None:
    """'Q1 (Apr–Jun)' -> that quarter of the financial year the document's period falls in
    (April to March; Q1 of a Quarter 2 report is April to June), or of its calendar year when
    the document's period runs from January to a later quarter of that year."""
    m = _QUARTER.search(label)
    if not m or doc_period is None or not doc_period.start or not doc_period.end:
        return None
    year, month = int(doc_period.start[:4]), int(doc_period.start[5:7])
    if not (month == 1 and doc_period.end[:4] == doc_period.start[:4] and int(doc_period.end[5:7]) > 3):
        year, month = (year, 4) if month >= 4 else (year - 1, 4)  # quarters of the financial year
    first = month + 3 * (int(m.group(1)) - 1)
    year, first = year + (first - 1) // 12, (first - 1) % 12 + 1
    last = first + 2
    day = calendar.monthrange(year, last)[1]
    return Period(f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{day:02d}", label.strip())


def _cell_period(text: str, doc_period: Period | None) -> Period | None:
    """The period a header or row label names (a year, a financial year, a quarter)."""
    from ..period import parse_period
    period = parse_period(text) or _quarter_period(text, doc_period)
    if period is not None and doc_period is not None and \
            (period.start, period.end) == (doc_period.start, doc_period.end):
        return None
    return period
_MONTH_YEAR = re.compile(r"^\s*(?:(?:as\s+)?at\s+|end\s+(?:of\s+)?)?(?:(?P<d>\d{1,2})[\s-]+)?(?P<m>[A-Za-z]{3,9})[\s-]+"
                         r"(?P<y>(?:19|20)?\d\d)\s*$", re.I)
# a date heading a column of balances, the measure after it: '31-Mar-24 Balance £m', '31 March
# 2024 Balance', '30.9.24 Balance £m'
_LEADING_DATE = re.compile(r"^(\s*(?:(?:as\s+)?at\s+)?\d{1,2}[\s-]+[A-Za-z]{3,9}[\s-]+(?:19|20)?\d\d)\s+[^\d]*$", re.I)
_NUMERIC_DATE = re.compile(r"^\s*(?:(?:as\s+)?at\s+)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)?\d\d)\b[^\d]*$",
                           re.I)
_SNAPSHOT_NO_YEAR = re.compile(r"\b(?:as\s+)?at\s+(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\b(?!\s+\d)", re.I)
_CAL_YEAR = re.compile(r"^\s*(?:(?:calendar\s+)?year\s+)?(?P<y>(?:19|20)\d\d)\s*(?:\w+\s*)?$", re.I)
_QUARTER_WORD = re.compile(r"\bquarter\s+([1-4])\b", re.I)


# A column of spend before or after the period columns: 'Prior years spend', 'Later years'
_BEYOND = re.compile(r"\b(?:prior|previous|earlier|later|future|subsequent)\s+years?\b|\bto\s+date\b", re.I)


def _spanned(header: tuple[str, ...], periods: list[Period | None]) -> list[Period | None]:
    """A 'Total' column beside columns of periods covers them all ('2026/27 to 2029/30'),
    unless a column of earlier or later years ('Prior years spend') is part of the total."""
    named = [p for p in periods if p is not None and p.start and p.end]
    if len(named) < 2 or any(_BEYOND.search(h) for h, p in zip(header, periods) if p is None):
        return periods
    first, last = min(named, key=lambda p: p.start or ""), max(named, key=lambda p: p.end or "")
    whole = Period(first.start, last.end, f"{first.text} to {last.text}")
    return [whole if p is None and _TOTAL_LABEL.match(h) else p for h, p in zip(header, periods)]


_THOUSANDS = re.compile(r"\(?£\s*'?000s?\)?", re.I)


def _header_period(text: str, doc_period: Period | None) -> Period | None:
    """The period a column header or row label names: what `period.parse_period` reads
    ('2024/25 outturn', 'Q1 2025/26', 'as at 31 March 2025'), else a quarter of the document's
    year ('Q3', 'Quarter 3'), a date without its year ('as at 31 March'), a month ('Mar-25',
    'March 2025') or a calendar year ('2024'). A money scale in the header ('£000s') is no
    part of the date."""
    text = _THOUSANDS.sub("", text).strip()
    if not text:
        return None
    period = _cell_period(_QUARTER_WORD.sub(r"Q\1", text), doc_period)
    if period is not None:
        return Period(period.start, period.end, text)
    from ..period import MONTHS
    m = _SNAPSHOT_NO_YEAR.search(text)
    if m and doc_period is not None and doc_period.end and m["m"].lower() in MONTHS:
        year = int(doc_period.end[:4])
        month = MONTHS[m["m"].lower()]
        if month > int(doc_period.end[5:7]):
            year -= 1
        return _not_doc(Period(_iso(year, month, int(m["d"])), _iso(year, month, int(m["d"])), text), doc_period)
    m = _MONTH_YEAR.match(text) or _MONTH_YEAR.match(_LEADING_DATE.sub(r"\1", text))
    if m is None and (n := _NUMERIC_DATE.match(text)) and 1 <= int(n["m"]) <= 12 and 1 <= int(n["d"]) <= 31:
        year = int(n["y"]) + (2000 if len(n["y"]) == 2 else 0)
        day = min(int(n["d"]), calendar.monthrange(year, int(n["m"]))[1])
        iso = _iso(year, int(n["m"]), day)
        return _not_doc(Period(iso, iso, text), doc_period)
    if m and m["m"].lower() in MONTHS:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        month = MONTHS[m["m"].lower()]
        day = int(m["d"]) if m["d"] else calendar.monthrange(year, month)[1]
        start = _iso(year, month, day) if m["d"] else _iso(year, month, 1)
        return _not_doc(Period(start, _iso(year, month, day), text), doc_period)
    m = _CAL_YEAR.match(text)
    if m:
        y = int(m["y"])
        return _not_doc(Period(_iso(y, 1, 1), _iso(y, 12, 31), text), doc_period)
    return None


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _not_doc(period: Period, doc_period: Period | None) -> Period | None:
    """None for the document's own period (a figure of the document's period carries none)."""
    if doc_period is not None and (period.start, period.end) == (doc_period.start, doc_period.end):
        return None
    return period


def _last_years(start: str, end: str) -> set[tuple[str, str]]:
    """What 'last year' may name beside a figure of the period start..end: the same period a
    year earlier, and, for a part of a year (a quarter, a half year), the whole financial or
    calendar year before the one it falls in ('23.4% last year' in a Quarter 2 2025/26 report
    is 2024/25's outturn)."""
    out = {(f"{int(start[:4]) - 1}{start[4:]}", f"{int(end[:4]) - 1}{end[4:]}")}
    y, m = int(start[:4]), int(start[5:7])
    months = (int(end[:4]) - y) * 12 + int(end[5:7]) - m + 1
    if months < 12:
        fy = y if m >= 4 else y - 1  # the financial year (April to March) start..end falls in
        if (int(end[:4]), int(end[5:7])) <= (fy + 1, 3):
            out.add((_iso(fy - 1, 4, 1), _iso(fy, 3, 31)))
        if end[:4] == start[:4]:
            out.add((_iso(y - 1, 1, 1), _iso(y - 1, 12, 31)))
    return out


# The day a table's years end on, said in its label header or caption: 'Year ending 31 July',
# 'year_ending_31_july', 'Years to 30 June', 'twelve months ending 31 December'
_YEAR_ENDING = re.compile(r"\b(?:years?|twelve\s+months|12\s+months)[\s_]+(?:ending|ended|to)[\s_]+(?:on[\s_]+)?"
                          r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s_]+(?P<m>[A-Za-z]{3,9})\b", re.I)


# years of a school: 'academic years', 'school year 2024/25' (September to August)
_SCHOOL_YEAR = re.compile(r"\b(?:academic|school)\s+years?\b", re.I)


def _year_end(text: str, doc_period: Period | None = None) -> tuple[int, int] | None:
    """The (month, day) the years of a table end on, when its header or caption says so
    ('Year ending 31 July'; 'academic years' end on 31 August), else the day the document's
    own year ends when that year runs over two calendar years and not to 31 March (a report
    on the school year 1 September to 31 August has its '2024/25' columns in school years)."""
    from ..period import MONTHS
    if _SCHOOL_YEAR.search(text):
        return (8, 31)
    m = _YEAR_ENDING.search(text)
    if m is None:
        return _doc_year_end(doc_period)
    if m is None or m["m"].lower() not in MONTHS:
        return None
    month, day = MONTHS[m["m"].lower()], int(m["d"])
    return (month, day) if 1 <= day <= calendar.monthrange(2001, month)[1] else None


def _doc_year_end(doc_period: Period | None) -> tuple[int, int] | None:
    """The (month, day) the document's own year ends on, when it is a year over two calendar
    years that does not end on 31 March (a school year, 1 September to 31 August)."""
    if doc_period is None or not doc_period.start or not doc_period.end:
        return None
    try:
        begin, end = date.fromisoformat(doc_period.start), date.fromisoformat(doc_period.end)
    except ValueError:
        return None
    if begin.year + 1 == end.year and (begin.month, begin.day) != (2, 29) and \
            end + timedelta(days=1) == begin.replace(year=end.year) and (end.month, end.day) != (3, 31):
        return (end.month, end.day)
    return None


def in_doc_year(period: Period | None, doc_period: Period | None) -> Period | None:
    """A split year said in the text ('against 40 in 2027/28', read as April to March)
    in the document's own kind of year (a school year's report: September to August); None
    when that is the document's period itself."""
    moved = _ending_on(period, _doc_year_end(doc_period))
    if moved is period or moved is None:
        return period
    return _not_doc(moved, doc_period)


# a year said to be the financial one: 'financial year 2024/25', 'April 2024 to March 2025', 'FY24/25'
_FINANCIAL = re.compile(r"\b(?:financial|fiscal|tax|budget|FY|apr(?:il)?|mar(?:ch)?)\b", re.I)


def _ending_on(period: Period | None, end: tuple[int, int] | None) -> Period | None:
    """A split year ('2024-25', read as April to March) moved to end on the table's own year
    end (31 July 2025: 1 August 2024 to 31 July 2025); other periods as they are."""
    if period is None or end is None or not period.start or not period.end:
        return period
    if period.start[5:] != "04-01" or period.end[5:] != "03-31" or int(period.end[:4]) - int(period.start[:4]) != 1 \
            or _FINANCIAL.search(period.text or ""):
        return period
    year = int(period.end[:4])
    month, day = end
    if (month, day) == (3, 31):
        return period
    stop = date(year, month, day)
    begin = date(year - 1, month, day) + timedelta(days=1)
    return Period(begin.isoformat(), stop.isoformat(), period.text)


# A row label that is only a period: '2023/24', '2024-25', '2025', 'Q3 2024/25', 'Mar-25', 'FY 2023/24'
_PERIOD_LABEL = re.compile(r"^\s*(?:FY\s*)?(?:(?:19|20)\d\d(?:\s*[/\-–]\s*(?:19|20)?\d\d)?|Q[1-4]\s*(?:(?:19|20)\d\d"
                           r"(?:\s*[/\-–]\s*\d{2,4})?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                           r"[\s-]+(?:19|20)?\d\d)\s*[*†‡]?\s*$", re.I)


def _label_period(label: str, doc_period: Period | None) -> Period | None:
    """The period of a row whose label is only a period (a time series read down a 'Year | Value'
    table), else None: a label that names a thing keeps no period of its own words."""
    return _header_period(label, doc_period) if _PERIOD_LABEL.match(label) else None
