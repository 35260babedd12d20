"""Periods: parse the ways UK safeguarding documents write a year, a span or a date.

"April 2021 to March 2022", "1 January to 31 March 2025", "2021/22", "2021-22", "2021 to 2022",
"year ending 31 March 2023", "the 12 months to the end of September 2025", "the year to 31 July
2025", "financial year 2022 to 2023", "Q1 2022/23", "Quarter 4 2024/25", "the first half of
2025/26", "between 2011 and 2015", "calendar year 2025", "since April 2020", "at 31 December 2023".
Financial years run 1 April to 31 March, as in every partnership annual report; a quarter or half
of a financial year counts from April, of a plain year from January. Phrases that need a period
to lean on ("last year", "in Q3", "the first half of the year") are resolved by
`resolve_period` against an anchor period (usually the document's).
"""

from __future__ import annotations

import calendar
import functools
import re

from .fastre import alternation, prefiltered
from .findings import Period

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# (as a tree of shared beginnings, 'J(?:an(?:uary)?|u(?:l(?:y)?|n(?:e)?))': see fastre.py)
_MONTH = "(?:" + alternation(["January", "February", "March", "April", "May", "June", "July", "August",
                              "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                              "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]) + r")\b\.?"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_FY = rf"(?P<y1>{_YEAR})\s?[/\-–]\s?(?P<y2>\d\d(?:\d\d)?)(?!\d)"
_TO = r"\s*(?:to|until|till|through|-|–|—)\s*"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
                 "twenty-four": 24, "thirty-six": 36}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}
_COUNT = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "1 January to 31 March 2025", "April to September 2025", "4 to 15 March 2024",
    # "from December 2022 to February 2024", "between March 2013 and December 2013"
    ("span", re.compile(
        rf"(?:(?P<between>between)\s+|from\s+)?(?:(?P<d1>{_DAY})\s+)?(?:(?P<m1>{_MONTH}),?\s*"
        rf"(?:(?P<y1>{_YEAR})\b)?)?(?:{_TO}|\s*\b(?P<and>and)\s+)(?:the\s+end\s+of\s+)?"
        rf"(?:(?P<d2>{_DAY})\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})(?!\d)", re.I)),
    # "between 1 June 2022, when the mother first booked, and 30 November 2023": a clause
    # set off by commas between two full dates
    ("span", re.compile(
        rf"(?:(?P<between>between)|from)\s+(?:(?P<d1>{_DAY})\s+)?(?P<m1>{_MONTH}),?\s*"
        rf"(?P<y1>{_YEAR}),\s+[^,;.\n]{{3,100}},\s+(?:(?P<and>and)|to|until)\s+"
        rf"(?:(?P<d2>{_DAY})\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})(?!\d)", re.I)),
    # "from January 2019 until the child's death in March 2022": the span ends at an event
    # the sentence dates
    ("span", re.compile(
        rf"(?P<between>(?P<and>))from\s+(?:(?P<d1>{_DAY})\s+)?(?P<m1>{_MONTH}),?\s*(?P<y1>{_YEAR})\s+"
        rf"(?:until|till|to|up\s+to)\s+(?:the|his|her|their|its)\s+[^,;.\n]{{3,60}}?\s+in\s+"
        rf"(?:(?P<d2>{_DAY})\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})(?!\d)", re.I)),
    # "between April and September this year": the year comes from the document's date
    ("span_relative", re.compile(
        rf"(?:(?P<between>between)\s+|from\s+)(?:(?P<d1>{_DAY})\s+)?(?P<m1>{_MONTH})"
        rf"(?:{_TO}|\s+(?P<and>and)\s+)(?:the\s+end\s+of\s+)?(?:(?P<d2>{_DAY})\s+)?"
        rf"(?P<m2>{_MONTH})\s+(?P<rel>this|last)\s+year\b", re.I)),
    # "2022/23 to 2024/25": consecutive financial years as one span
    ("fy_range", re.compile(
        rf"(?<![\d/])(?:FY\s?)?(?P<y1>{_YEAR})\s?[/\-–]\s?(?P<z1>\d\d(?:\d\d)?){_TO}"
        rf"(?:FY\s?)?(?P<y3>{_YEAR})\s?[/\-–]\s?(?P<y4>\d\d(?:\d\d)?)(?!\d)", re.I)),
    # "01/04/2024 to 31/03/2025": UK dates, day first
    ("numeric_span", re.compile(
        rf"(?:between\s+|from\s+)?(?<![\d/])(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})/(?P<y1>{_YEAR})"
        rf"(?:{_TO}|\s+and\s+)(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>{_YEAR})(?![\d/])", re.I)),
    # "the 12 months to the end of September 2025", "year ending 31 March 2023",
    # "the six months to 30 September 2024", "the quarter ending 31 December 2024"
    ("rolling", re.compile(
        rf"(?:(?P<n>{_COUNT})[\s-]+(?P<unit>months?|years?)|(?:financial\s+|calendar\s+)?"
        rf"(?P<word>year|half[\s-]year|quarter))\s+(?:ending|ended|to|up\s+to)\s+"
        rf"(?:the\s+end\s+of\s+)?(?:(?P<d>{_DAY})\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b",
        re.I)),
    # "the 2023/24 academic year", "academic year 2024-25", "the 2024/25 school year": September
    # to August
    ("academic", re.compile(rf"\b(?:academic|school)\s+year\s+(?:of\s+)?{_FY}", re.I)),
    ("academic", re.compile(rf"(?<![\d/]){_FY}\s+(?:academic|school)\s+year\b", re.I)),
    ("fy_words", re.compile(
        rf"(?:financial|reporting)\s+year\s+(?P<y1>{_YEAR})\s*(?:to|-|–|/)\s*(?P<y2>{_YEAR})",
        re.I)),
    # "Q1 2022/23", "Quarter 4 2024/25", "quarter 2 of 2025-26", "Q3 2024"
    ("quarter", re.compile(
        rf"\b(?:Q|Qtr\.?\s*|Quarter\s*)(?P<q>[1-4]|one|two|three|four)\b,?"
        rf"(?:\s*\({_MONTH}(?:{_TO}{_MONTH})?\))?\s+(?:of\s+)?"
        rf"(?:(?:FY\s?)?{_FY}|(?P<cy>{_YEAR})\b)", re.I)),
    # "the third quarter of 2024/25", "the first quarter of 2026", "the first half of 2025/26"
    ("part", re.compile(
        rf"\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
        rf"(?P<part>quarter|half)\s+of\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
        rf"(?:{_FY}|(?P<cy>{_YEAR})\b)", re.I)),
    ("half", re.compile(rf"\bH(?P<h>[12])\s+(?:{_FY}|(?P<cy>{_YEAR})\b)")),
    ("calendar_year", re.compile(rf"\bcalendar\s+year\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.I)),
    # a plain year glossed by its months, "2025 (January to December)", or a year told as a
    # whole in a heading's idiom: "our 2025 in numbers", "2024 at a glance", "2023 in review"
    ("calendar_year", re.compile(
        rf"(?<![\d/])(?P<y>{_YEAR})\s*\(\s*(?:1\s+)?Jan(?:uary)?\.?\s*(?:to|-|–|until)\s*"
        rf"(?:31\s+)?Dec(?:ember)?\.?\s*\)", re.I)),
    ("calendar_year", re.compile(
        rf"(?<![\d/\-–])(?<!to\s)(?<!and\s)(?<!summer\s)(?<!winter\s)(?<!spring\s)(?<!autumn\s)"
        rf"(?P<y>{_YEAR})\s+(?:in\s+(?:numbers|figures|review|summary)|"
        rf"at\s+a\s+glance)\b", re.I)),
    # "between 2011 and 2015", "from 2019 to 2022"
    ("year_range", re.compile(
        rf"\b(?:between\s+(?P<b1>{_YEAR})\s+and|from\s+(?P<f1>{_YEAR})\s+(?:to|until))\s+"
        rf"(?P<y2>{_YEAR})\b(?![/\-–]\d)", re.I)),
    ("since", re.compile(rf"\bsince\s+(?:(?P<d>{_DAY})\s+)?(?P<m>{_MONTH})?\s*(?P<y>{_YEAR})\b",
                         re.I)),
    ("snapshot", re.compile(
        rf"\b(?:at|as\s+at|as\s+of|on|at\s+the\s+end\s+of)\s+(?:(?P<d>{_DAY})\s+)?"
        rf"(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b", re.I)),
    ("fy", re.compile(rf"(?<![\d/])(?:FY\s?)?{_FY}", re.I)),
    ("year_to_year", re.compile(rf"\b(?P<y1>{_YEAR})\s+to\s+(?P<y2>{_YEAR})\b", re.I)),
]


def _day_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _day_end(year, month)


def day_period(match: re.Match[str], text: str | None = None) -> Period | None:
    """The one day a match's named groups d, m (a month's name) and y give, or None when there
    is no such day ('31 February')."""
    month = MONTHS.get(match.group("m").lower())
    day, year = int(match.group("d")), int(match.group("y"))
    if month is None or not _valid(year, month, day):
        return None
    iso = _iso(year, month, day)
    return Period(iso, iso, text)


def financial_year(start_year: int) -> Period:
    """The UK financial year that starts on 1 April of `start_year`."""
    return Period(_iso(start_year, 4, 1), _iso(start_year + 1, 3, 31), None)


def months_span(first_year: int, first_month: int, n_months: int, text: str | None = None
                ) -> Period:
    """`n_months` whole months from the first day of (first_year, first_month)."""
    last = first_year * 12 + first_month - 1 + n_months - 1
    ly, lm = divmod(last, 12)
    return Period(_iso(first_year, first_month, 1), _iso(ly, lm + 1, _day_end(ly, lm + 1)), text)


def months_ending(year: int, month: int, day: int | None, n_months: int,
                  text: str | None = None) -> Period:
    """The `n_months` that end on (year, month, day): 'the 12 months to September 2025'."""
    first = year * 12 + month - 1 - (n_months - 1)
    fy, fm = divmod(first, 12)
    end = _iso(year, month, day or _day_end(year, month))
    return Period(_iso(fy, fm + 1, 1), end, text)


def _second_year(y1: int, y2s: str) -> int | None:
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return y2 if y2 == y1 + 1 else None


def _day(s: str | None) -> int | None:
    return int(re.match(r"\d+", s).group(0)) if s else None  # type: ignore[union-attr]


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def count_of(s: str) -> int:
    """A count written in digits or words ("12", "six")."""
    return int(s) if s.isdigit() else _NUMBER_WORDS[s.lower()]


def _part_of_year(g: dict[str, str | None], index: int, size: int, text: str) -> Period | None:
    """Part `index` (1-based) of `size` months of the financial year (y1/y2) or plain year (cy)."""
    if g.get("cy"):
        return months_span(int(g["cy"] or 0), 1 + size * (index - 1), size, text)
    y1 = int(g["y1"] or 0)
    if _second_year(y1, g["y2"] or "") is None:
        return None
    first = 4 + size * (index - 1)  # counted from April of the first year
    year, month = (y1, first) if first <= 12 else (y1 + 1, first - 12)
    return months_span(year, month, size, text)


def _span(g: dict[str, str | None], text: str) -> Period | None:
    if g["and"] and not (g["between"] or (g["m1"] and g["y1"]) or (g["d1"] and not g["m1"])):
        return None  # "March and April 2024" is two months named; "9 and 10 May 2025" two days
    if not g["m1"] and not g["d1"]:
        return None
    if g["d1"] and not g["m1"] and not g["d2"]:
        return None  # a number before a month is no day of a span ("Issue 9 - January 2026")
    y2, m2 = int(g["y2"] or 0), _month(g["m2"] or "")
    m1 = _month(g["m1"]) if g["m1"] else m2
    d1, d2 = _day(g["d1"]) or 1, _day(g["d2"]) or _day_end(y2, m2)
    if g["y1"]:
        y1 = int(g["y1"])
    else:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)) or (y2, m2, d2) < (y1, m1, d1):
        return None
    return Period(_iso(y1, m1, d1), _iso(y2, m2, d2), text)


def _from_match(kind: str, m: re.Match[str], this_year: int | None = None) -> Period | None:
    g = m.groupdict()
    text = m.group(0).strip()
    if kind == "span":
        return _span(g, text)
    if kind == "span_relative":
        if this_year is None:
            return None
        y = this_year - (1 if g["rel"].lower() == "last" else 0)
        return _span({**g, "y1": None, "y2": str(y)}, text)
    if kind == "fy_range":
        y1, y3 = int(g["y1"]), int(g["y3"])
        if _second_year(y1, g["z1"]) is None or _second_year(y3, g["y4"]) is None or \
                not 0 < y3 - y1 <= 10:
            return None
        return Period(financial_year(y1).start, financial_year(y3).end, text)
    if kind == "numeric_span":
        y1, m1, d1, y2, m2, d2 = (int(g[k]) for k in ("y1", "m1", "d1", "y2", "m2", "d2"))
        if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)) or (y2, m2, d2) < (y1, m1, d1):
            return None
        return Period(_iso(y1, m1, d1), _iso(y2, m2, d2), text)
    if kind == "rolling":
        y, mo, d = int(g["y"]), _month(g["m"]), _day(g["d"])
        if d is not None and not _valid(y, mo, d):
            return None
        if g["n"]:
            n = count_of(g["n"]) * (12 if g["unit"].lower().startswith("year") else 1)
        else:
            word = g["word"].lower()
            n = 12 if word == "year" else 3 if word == "quarter" else 6
        return months_ending(y, mo, d, n, text) if 0 < n <= 120 else None
    if kind in ("fy", "fy_words", "year_to_year"):
        y1 = int(g["y1"])
        if _second_year(y1, g["y2"]) is None:
            return None
        p = financial_year(y1)
        return Period(p.start, p.end, text)
    if kind == "academic":
        y1 = int(g["y1"])
        return months_span(y1, 9, 12, text) if _second_year(y1, g["y2"]) else None
    if kind == "quarter":
        q = g["q"] or ""
        return _part_of_year(g, int(q) if q.isdigit() else _NUMBER_WORDS[q.lower()], 3, text)
    if kind == "part":
        size = 3 if g["part"].lower() == "quarter" else 6
        index = _ORDINALS[g["ord"].lower()]
        if size == 6 and index > 2:
            index = 2 if g["ord"].lower() in ("last", "final") else 0
        return _part_of_year(g, index, size, text) if index else None
    if kind == "half":
        return _part_of_year(g, int(g["h"]), 6, text)
    if kind == "calendar_year":
        return months_span(int(g["y"]), 1, 12, text)
    if kind == "year_range":
        y1, y2 = int(g["b1"] or g["f1"]), int(g["y2"])
        if y2 <= y1 or y2 - y1 > 30:
            return None
        return Period(_iso(y1, 1, 1), _iso(y2, 12, 31), text)
    if kind == "since":
        y = int(g["y"])
        mo = _month(g["m"]) if g["m"] else 1
        d = _day(g["d"]) or 1
        return Period(_iso(y, mo, d), None, text) if _valid(y, mo, d) else None
    if kind == "snapshot":
        y, mo = int(g["y"]), _month(g["m"])
        d = _day(g["d"]) or _day_end(y, mo)
        return Period(_iso(y, mo, d), _iso(y, mo, d), text) if _valid(y, mo, d) else None
    return None


@functools.lru_cache(maxsize=1)
def _scans() -> list[tuple[str, re.Pattern[str]]]:
    """`_PATTERNS`, each behind a lookahead on its first characters (`fastre.prefiltered`: the
    same matches, found faster over a whole text)."""
    return [(kind, prefiltered(pattern)) for kind, pattern in _PATTERNS]


def find_periods(text: str, this_year: int | None = None) -> list[tuple[int, int, Period]]:
    """Every period expression in `text` as (start, end, Period), earliest first, no overlaps.

    Where two readings overlap the longer wins ("1 January to 31 March 2025" over "31 March
    2025"); on equal length the earlier pattern in the list does. `this_year` (the year the
    document is dated) gives "between April and September this year" its year.
    """
    matches: list[tuple[int, int, int, Period]] = []
    for rank, (kind, pattern) in enumerate(_scans()):
        for m in pattern.finditer(text):
            period = _from_match(kind, m, this_year)
            if period is not None:
                s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                matches.append((s, m.end(), rank, period))
    matches.sort(key=lambda t: (-(t[1] - t[0]), t[2], t[0]))
    found: list[tuple[int, int, Period]] = []
    for s, e, _rank, period in matches:
        if not any(s < fe and fs < e for fs, fe, _p in found):
            found.append((s, e, period))
    return sorted(found, key=lambda t: t[0])


def parse_period(text: str) -> Period | None:
    """The first period `text` names, or None."""
    found = find_periods(text)
    return found[0][2] if found else None


def financial_year_of(period: Period) -> Period | None:
    """The financial year that holds the start of `period` (a quarter of 2024/25 -> 2024/25)."""
    if not period.start:
        return None
    year, month = int(period.start[:4]), int(period.start[5:7])
    return financial_year(year if month >= 4 else year - 1)


def shift_years(period: Period, years: int, text: str | None = None) -> Period | None:
    """`period` moved `years` back ('the year before' 2022/23 -> 2021/22)."""
    if not period.start or not period.end:
        return None

    def back(iso: str) -> str:
        y, m, d = int(iso[:4]) - years, int(iso[5:7]), int(iso[8:10])
        return _iso(y, m, min(d, _day_end(y, m)))

    return Period(back(period.start), back(period.end), text)


_RELATIVE: list[tuple[str, re.Pattern[str]]] = [
    ("back2", re.compile(r"\b(?:the\s+year\s+before\s+that|two\s+years\s+(?:ago|earlier|before))\b",
                         re.I)),
    ("back1", re.compile(r"\b(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
                         r"a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b", re.I)),
    ("quarter", re.compile(r"\b(?:Q|Qtr\.?\s*|Quarter\s*)(?P<q>[1-4])\b"
                           r"|\b(?P<ord>first|second|third|fourth|final|last)\s+quarter\b", re.I)),
    ("half", re.compile(r"\b(?:H(?P<h>[12])\b|(?P<ord>first|second)\s+half\b|"
                        r"(?P<mid>half[\s-]year|six\s+months))", re.I)),
    ("this", re.compile(r"\b(?:this|the\s+current)\s+(?:financial\s+)?year\b", re.I)),
]


def resolve_period(text: str, anchor: Period | None = None) -> Period | None:
    """The period `text` names, leaning on `anchor` for what it leaves out.

    A full expression ("Q3 2024/25", "at 31 March 2025") stands alone. Otherwise, against the
    anchor's financial year: "last year" / "the previous year" -> a year back, "in Q3" -> that
    quarter, "the first half of the year" -> April to September. None when nothing is named or
    the phrase needs an anchor that is missing.
    """
    own = parse_period(text)
    if own is not None or anchor is None:
        return own
    year = financial_year_of(anchor) if anchor.start and anchor.end and \
        (anchor.start[5:], anchor.end[5:]) != ("04-01", "03-31") else anchor
    if year is None or not year.start:
        return None
    fy_start = int(year.start[:4])
    g_fy = {"y1": str(fy_start), "y2": str(fy_start + 1)}
    for kind, rx in _RELATIVE:
        m = rx.search(text)
        if not m:
            continue
        words = m.group(0)
        if kind == "back2":
            return shift_years(anchor, 2, words)
        if kind == "back1":
            return shift_years(anchor, 1, words)
        if kind == "this":
            return Period(anchor.start, anchor.end, words)
        if kind == "quarter":
            q = int(m.group("q")) if m.group("q") else _ORDINALS[m.group("ord").lower()]
            return _part_of_year(g_fy, q, 3, words)
        if m.groupdict().get("mid"):
            return _part_of_year(g_fy, 1, 6, words)
        h = int(m.group("h")) if m.group("h") else _ORDINALS[m.group("ord").lower()]
        return _part_of_year(g_fy, h, 6, words)
    return None
