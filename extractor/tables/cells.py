"""Cells: the number a table cell holds (its sign, money, multiplier, brackets) and the cells that
are dates, years or identifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import parse_number


_ID_CELL = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)+$")
_DATE_CELL = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$")
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d\s*$")
# A value cell: optional sign or accounting brackets, £, digits, % or a money multiplier, a
# footnote mark ('12*', '12 (a)', '45.1 [note 3]', '412 [r]'). '(520)' is -520; '–', 'n/a', '*' are no value.
_VALUE = re.compile(r"^(?P<open>\()?\s*(?P<sign>[-−–+])?\s*(?P<gbp>£)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
                    r"(?P<mult>k|m|bn|million|billion)?\s*(?P<pct>%)?\s*(?P<close>\))?\s*[*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]*"
                    r"(?:\s*(?:\([a-z]\)|\[(?:[a-z]|note\s*\d{1,3})\]))*$", re.I)
_MULT = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@dataclass(frozen=True, slots=True)
class Reading:
    """A value cell's number: its value (sign and money scale applied) and any unit it shows."""

    value: float
    unit: str | None  # 'gbp' or 'percent' when the cell itself says so


_SPLIT_DIGITS = re.compile(r"(?<=[\d,]) (?=[\d,])")
_GROUPED = re.compile(r"[(\-−–]?£?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?")


def cell_value(text: str) -> Reading | None:
    """The number a table cell holds ('1,234', '12.5%', '£3.2m', '(520)', '-4'), or None. A
    number a PDF printed with a gap between its glyphs ('1 59,314', '1, 288,680') is one number
    when, closed up, its thousands are grouped right."""
    text = text.strip()
    if " " in text and _GROUPED.fullmatch(closed := _SPLIT_DIGITS.sub("", text)):
        text = closed
    m = _VALUE.match(text)
    if not m or bool(m["open"]) != bool(m["close"]):
        return None
    value = parse_number(m["num"])
    if value is None:
        return None
    value = round(value * _MULT.get((m["mult"] or "").lower(), 1.0), 6)
    if m["open"] or (m["sign"] and m["sign"] != "+"):
        value = -value
    unit = "percent" if m["pct"] else "gbp" if m["gbp"] or m["mult"] and m["mult"].lower() in ("m", "bn") else None
    return Reading(value, unit)
