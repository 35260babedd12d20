"""Columns: the role of a column (value, target, comparator, difference) and columns of years,
codes or row numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Cell, Table
from .cells import _YEAR_CELL, cell_value

# Columns that are not the table's own measurements: targets, comparators, differences.
_TARGET = re.compile(r"\b(?:target|goal|ambition|threshold|tolerance)s?\b", re.I)
_COMPARATOR = re.compile(r"\b(?:england|national|nationally|wales|scotland|uk|regional|region|"
                         r"stat(?:istical)?\.?\s*neighbou?rs?|sn|comparators?|benchmark|"
                         r"(?:regional|national|england|sn)\s+average)\b", re.I)
_DIFFERENCE = re.compile(r"\b(?:change|difference|diff|increase|decrease|movement|trend|"
                         r"direction\s+of\s+travel|dot)\b|\+\s*/\s*-|±", re.I)


# An indicator's reference in a scorecard's first column: 'CS01', 'PI 12', 'KPI-3', 'A1', 'SC4a'
_INDICATOR_REF = re.compile(r"^[A-Z]{1,4}[ -]?\d{1,3}[a-z]?$")


def _without_row_numbers(table: Table) -> Table:
    """A table whose first column only numbers its rows ('Row ref' 1, 2, 3 ...) or gives each
    row an indicator reference ('CS01', 'PI 12') and whose second holds the labels: the numbers
    and references are no label and no figure."""
    rows = [r for r in table.rows if r]
    body = [r for r in rows if len(r) > 2 and r[0].text.strip().isdigit()]
    refs = [r for r in rows if len(r) > 2 and _INDICATOR_REF.match(r[0].text.strip())]
    if len(refs) >= 3 and len(refs) > len(body) and len({r[0].text.strip() for r in refs}) == len(refs) \
            and all(re.search(r"[A-Za-z]{3}", r[1].text) for r in refs):
        return Table(table.page, tuple(r[1:] if len(r) > 2 else r for r in table.rows))
    if len(body) < 3 or any(not re.search(r"[A-Za-z]", r[1].text) for r in body):
        return table
    numbers = [int(r[0].text) for r in body]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers) or numbers[0] > 2:
        return table
    return Table(table.page, tuple(r[1:] if len(r) > 2 else r for r in table.rows))


def _year_columns(body: list[tuple[Cell, ...]]) -> set[int]:
    """Columns whose every value is a year ('Date awarded' 2022, 2024, 2021): dates, not
    figures."""
    out = set()
    for j in range(1, max((len(r) for r in body), default=0)):
        values = [r[j].text.strip() for r in body if j < len(r) and cell_value(r[j].text) is not None]
        if len(values) >= 2 and all(_YEAR_CELL.match(v) for v in values):
            out.add(j)
    return out


# A column header naming a category code: 'Level', 'Training level', 'Tier', 'Priority', 'Band'
_CODE_HEADER = re.compile(r"^(?:[A-Za-z'’ -]*\s)?(?:level|tier|band|grade|stage|category|code|priority|rank(?:ing)?|"
                          r"quintile|decile|rag|type|ref\.?|reference|phase)s?\s*(?:\([^()]*\)\s*)?$"
                          # a rank's column with what it ranks and its key: 'Rank of rate (1 = highest)',
                          # 'Ranking among 11 neighbours', 'Position in league table'
                          r"|^\s*(?:rank(?:ing)?|position)\b(?:\s+(?:of|among|in|by|on)\b[^\n]*)?$", re.I)
# a code, a dash, or a statistics office's marker for a cell with no value (x suppressed, z not
# applicable, c confidential, '..', ':', 'n/a')
_SMALL_CODE = re.compile(r"^\d{1,2}[a-z]?$|^[-–—]$|^\[?[xzcu]\]?$|^(?:\.\.|:|n/a)$", re.I)


def _code_columns(header: Sequence[str], body: list[tuple[Cell, ...]]) -> set[int]:
    """Columns headed by a category's name ('Level', 'Tier', 'Priority', 'Ref') whose every cell is a
    small whole number (or a dash) ('Level' 3, 3, 2, 1): each row's category, not a count; under
    'Category' or 'Type' one of them must repeat."""
    out = set()
    for j in range(1, min(len(header), max((len(r) for r in body), default=0))):
        if not _CODE_HEADER.match(header[j]):
            continue
        values = [r[j].text.strip() for r in body if j < len(r) and r[j].text.strip()]
        numbers = [v for v in values if v[:1].isdigit()]
        # 'Category' and 'Type' also head counts by category: there a code repeats ('Type' 2, 1, 2)
        loose = re.search(r"(?:category|type)s?\s*$", header[j], re.I)
        if len(numbers) >= 2 and all(_SMALL_CODE.match(v) for v in values) and \
                (not loose or len(set(numbers)) < len(numbers)):
            out.add(j)
    return out


def _role(header: str) -> str:
    """What a column holds: 'value', 'target', 'comparator' or 'difference'."""
    if _DIFFERENCE.search(header):
        return "difference"
    if _TARGET.search(header):
        return "target"
    if _COMPARATOR.search(header):
        return "comparator"
    return "value"


# A column of ranks: 'Rank', 'Rank of rate (1 = highest)', 'Ranking 2030', 'Position in league table'
_RANK_HEADER = re.compile(r"^\s*(?:[A-Za-z]+\s+)?(?:rank(?:ing|ed)?|position|league\s+position)\b", re.I)
_RANK_CELL = re.compile(r"^\s*(?:=\s*)?(?P<n>\d{1,3})(?:\s*=|st|nd|rd|th)?\s*$")


def _rank_columns(header: Sequence[str], body: list[tuple[Cell, ...]]) -> set[int]:
    """Columns headed by a rank ('Rank of rate (1 = highest)', 'Ranking') whose every value is a
    place from 1 to the number of rows, ties shared ('4', '4=', '=4'): the order of the rows,
    not a count; a cell with no rank ('z', '-') is no value."""
    out = set()
    for j in range(1, min(len(header), max((len(r) for r in body), default=0))):
        if not _RANK_HEADER.match(header[j]):
            continue
        values = [r[j].text.strip() for r in body if j < len(r) and cell_value(r[j].text) is not None]
        places = [m for v in values if (m := _RANK_CELL.match(v))]
        if len(places) >= 2 and len(places) == len(values) and all(1 <= int(m["n"]) <= len(body) for m in places):
            out.add(j)
    return out
