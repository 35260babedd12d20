"""Reporting periods: parse the ways English safeguarding documents write a year or span.

"April 2021 to March 2022", "2021/22", "2021-22", "2021 to 2022", "year ending 31 March 2023",
"financial year 2022 to 2023", "since April 2020", "Q1 2022/23", "at 31 December 2023".
Financial years run 1 April to 31 March, as in every partnership annual report.
"""

from __future__ import annotations

import calendar
import re

from .findings import Period

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_YEAR = r"(?:19|20)\d\d"
_FY = rf"(?P<y1>{_YEAR})\s?[/\-–]\s?(?P<y2>\d\d(?:\d\d)?)(?!\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_span", re.compile(
        rf"(?:from\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})\s*"
        rf"(?:to|until|-|–|and)\s*(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})",
        re.I)),
    ("year_ending", re.compile(
        rf"(?:year|12 months)\s+(?:ending|ended|to)\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})",
        re.I)),
    ("fy_words", re.compile(
        rf"(?:financial|reporting)\s+year\s+(?P<y1>{_YEAR})\s*(?:to|-|–|/)\s*(?P<y2>{_YEAR})", re.I)),
    ("quarter", re.compile(rf"\bQ(?P<q>[1-4])\s+(?:of\s+)?{_FY}", re.I)),
    ("since", re.compile(rf"\bsince\s+(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{_MONTH})?\s*(?P<y>{_YEAR})\b", re.I)),
    ("snapshot", re.compile(
        rf"\b(?:at|as at|on|at the end of)\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b",
        re.I)),
    ("fy", re.compile(rf"(?<![\d/])(?:FY\s?)?{_FY}", re.I)),
    ("year_to_year", re.compile(rf"\b(?P<y1>{_YEAR})\s+to\s+(?P<y2>{_YEAR})\b", re.I)),
]


def _day_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def financial_year(start_year: int) -> Period:
    """The UK financial year that starts on 1 April of `start_year`."""
    return Period(_iso(start_year, 4, 1), _iso(start_year + 1, 3, 31), None)


def _second_year(y1: int, y2s: str) -> int | None:
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return y2 if y2 == y1 + 1 else None


def _from_match(kind: str, m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    text = m.group(0).strip()
    if kind == "month_span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        m1, m2 = MONTHS[g["m1"].lower()], MONTHS[g["m2"].lower()]
        if (y2, m2) < (y1, m1):
            return None
        d2 = int(g["d2"]) if g["d2"] else _day_end(y2, m2)
        return Period(_iso(y1, m1, int(g["d1"] or 1)), _iso(y2, m2, d2), text)
    if kind == "year_ending":
        y, mo = int(g["y"]), MONTHS[g["m"].lower()]
        d = int(g["d"]) if g["d"] else _day_end(y, mo)
        start_year, start_month = (y - 1, mo + 1) if mo < 12 else (y, 1)
        return Period(_iso(start_year, start_month, 1), _iso(y, mo, d), text)
    if kind in ("fy", "fy_words", "year_to_year", "quarter"):
        y1 = int(g["y1"])
        y2 = _second_year(y1, g["y2"])
        if y2 is None:
            return None
        if kind == "quarter":
            q = int(g["q"])
            sm = 4 + 3 * (q - 1)
            sy = y1 if sm <= 12 else y1 + 1
            sm = sm if sm <= 12 else sm - 12
            em = sm + 2
            return Period(_iso(sy, sm, 1), _iso(sy, em, _day_end(sy, em)), text)
        p = financial_year(y1)
        return Period(p.start, p.end, text)
    if kind == "since":
        y = int(g["y"])
        mo = MONTHS[g["m"].lower()] if g["m"] else 1
        return Period(_iso(y, mo, int(g["d"] or 1)), None, text)
    if kind == "snapshot":
        y, mo = int(g["y"]), MONTHS[g["m"].lower()]
        d = int(g["d"]) if g["d"] else _day_end(y, mo)
        return Period(_iso(y, mo, d), _iso(y, mo, d), text)
    return None


def find_periods(text: str) -> list[tuple[int, int, Period]]:
    """Every period expression in `text` as (start, end, Period), earliest first, no overlaps."""
    found: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            period = _from_match(kind, m)
            if period is not None:
                found.append((s, e, period))
                taken.append((s, e))
    return sorted(found, key=lambda t: t[0])


def parse_period(text: str) -> Period | None:
    """The first period `text` names, or None."""
    found = find_periods(text)
    return found[0][2] if found else None
