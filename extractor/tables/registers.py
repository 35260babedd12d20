"""Registers: tables that list rather than count (contents pages, forms, case registers), which are
not figure sources."""

from __future__ import annotations

import re

from ..figures import _HEADING_LINE
from ..document import Cell, Table
from .cells import _DATE_CELL, _ID_CELL, _YEAR_CELL, cell_value

_PAGE_HEADER = re.compile(r"^\s*(?:page|pages|p\.?|pg)\s*(?:no\.?|number)?\s*$", re.I)


# A label that opens with a quantity, not a heading's number: a band ('4 to 12 weeks', '16-17
# years', '5 or more'), a number with its unit or mark ('3+ moves', '2 days', '10%')
_BAND_LABEL = re.compile(r"^\s*\d[\d,.]*(?:\s*[-–]\s*\d|\s+(?:to|or|and|under|plus)\s|\s*[+%]|\s*(?:years?|months?|"
                         r"weeks?|days?|hours?|times?)\b)", re.I)


def _is_contents(table: Table) -> bool:
    """A contents list: numbered headings and page numbers, not figures. A label that is a
    year ('2029', a row of a table by year) or a band ('4 to 12 weeks') numbers no heading,
    and a page number is never a percentage or a sum of money."""
    if any((v := cell_value(c.text)) is not None and v.unit in ("percent", "gbp") for r in table.rows for c in r[1:]):
        return False
    labels = [r[0].text for r in table.rows if r and not _YEAR_CELL.match(r[0].text) and not _BAND_LABEL.match(r[0].text)]
    numbered = sum(bool(_HEADING_LINE.match(t + " ")) for t in labels)
    if numbered >= max(2, len(labels) // 2):
        return True
    head = table.rows[0] if table.rows else ()
    return len(head) >= 2 and bool(_PAGE_HEADER.match(head[-1].text))


def _is_form(table: Table) -> bool:
    """A cover sheet laid out as a table of fields and answers ('COMMITTEE | Children's
    Services', 'DATE | 2 December 2025', 'TERMS OF REFERENCE | 1.3'): two columns, most answers
    words or dates; the numbers in it are references, not figures."""
    rows = [r for r in table.rows if r]
    if len(rows) < 4 or max(len(r) for r in rows) != 2:
        return False
    valued = sum(len(r) == 2 and cell_value(r[1].text) is not None for r in rows)
    return valued * 2 < len(rows)


def _is_register(rows: list[tuple[Cell, ...]], header: tuple[str, ...] = ()) -> bool:
    """A register of cases: most rows name a case by a reference or carry dates. A table of
    money (a '£' header or cells in £) with a date column (maturity, end date) is a table of
    investments or loans, not a register (a register's '%' column is its share of actions
    done)."""
    body = [r for r in rows if len(r) >= 2]
    if len(body) < 2:
        return False
    if any("£" in h for h in header[1:]) or any(
            (v := cell_value(c.text)) is not None and v.unit == "gbp" for r in body for c in r[1:]):
        return False
    keyed = sum(bool(_ID_CELL.match(r[0].text.strip())) for r in body)
    dated = sum(any(_DATE_CELL.match(c.text.strip()) for c in r) for r in body)
    return max(keyed, dated) * 2 > len(body)
