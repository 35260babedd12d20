"""Headers: a table's header rows, its corner and body, headers spanning several columns, and footnote marks."""

from __future__ import annotations

import re

from ..document import Cell, Table
from .cells import _YEAR_CELL, cell_value
from .units import _money_scale, unit_line

_TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+)?totals?\b", re.I)


def _value_row(row: tuple[Cell, ...]) -> bool:
    return any(cell_value(c.text) is not None for c in row[1:])


Structure = tuple[tuple[str, ...], tuple[Cell, ...], list[tuple[Cell, ...]]]


def _heading_cell(text: str) -> bool:
    """A cell a header row may hold: words, a year ('2021') or a money scale ('£000')."""
    return cell_value(text) is None or bool(_YEAR_CELL.match(text)) or _money_scale(text) != 1.0


def _header_rows(table: Table) -> list[tuple[Cell, ...]]:
    """The leading rows without values (at most three header lines, and never the whole
    table); blank rows, a title in the first cell only and a line of units only ('£m', '%')
    are passed over, not counted."""
    heads: list[tuple[Cell, ...]] = []
    lines = 0
    for row in table.rows[:-1]:
        if not all(_heading_cell(c.text) for c in row[1:]):
            break
        if any(c.text.strip() for c in row[1:]) and not unit_line([c.text for c in row[1:]]):
            if lines == 3:
                break
            lines += 1
        heads.append(row)
    return heads


def _structure(table: Table, previous: Table | None) -> Structure:
    """(column headers, body rows): leading rows without values are header lines, joined
    column by column ('2024/25' over 'outturn'); a table that starts with values continues the
    one before it (a table broken by a page) and takes its headers. Label-only rows whose next
    row has no label, or a label starting in lower case, are a wrapped label, joined to it; a
    label-only row under a row of numbers whose label breaks off ('Sustainability and') or
    that starts in lower case is the end of that row's label."""
    heads = _header_rows(table)
    rows = list(table.rows[len(heads):])
    width = max((len(r) for r in table.rows), default=0)
    if not heads and previous is not None and max((len(r) for r in previous.rows), default=0) == width:
        heads = _header_rows(previous)  # a table broken by a page: the first part's headers
    texts = _spanning([[unmarked(c.text) for c in h] + [""] * (width - len(h)) for h in heads])
    header = tuple(" ".join(t[j] for t in texts if t[j]) for j in range(width))
    cells = next((h for h in heads if sum(bool(c.text.strip()) for c in h) > 1), heads[0] if heads else ())
    body: list[tuple[Cell, ...]] = []
    pending: Cell | None = None
    after_values = False
    for row in rows:
        if not row:
            continue
        label = Cell(unmarked(row[0].text), row[0].start, row[0].end)
        text = label.text
        if after_values and text and not _value_row(row) and (
                _DANGLING.search(body[-1][0].text) or text[:1].islower()):
            above = body[-1][0]  # the label wrapped below its row of numbers
            body[-1] = (Cell(f"{above.text.strip()} {text}", above.start, label.end), *body[-1][1:])
            after_values = False
            continue
        if pending is not None and (not text or text[:1].islower()):
            label = Cell(f"{pending.text.strip()} {text}".strip(), pending.start, label.end)
        pending = None
        after_values = _value_row(row)
        if not after_values:
            pending = row[0] if text else None
            continue
        body.append((label, *row[1:]))
    return header, cells, body


# A footnote's mark printed after a word: superscript digits, daggers ('North East¹', 'Rate per 10,000²')
_FOOTNOTE_MARK = re.compile(r"(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+(?=\s|$)|"
                            r"(?<=\S)\s*\[(?:notes?\s+)?\w{1,3}(?:\s*,\s*\w{1,3})*\](?=\s|$)", re.I)


def unmarked(text: str) -> str:
    """A header or label without its footnote marks: 'Rate per 10,000²' is 'Rate per 10,000',
    'West Midlands [note 4]' is 'West Midlands'."""
    return _FOOTNOTE_MARK.sub("", text).strip()


# A row label broken off on a joining word or inside brackets: 'Sustainability and', '(previously'
_DANGLING = re.compile(r"(?:\b(?:and|or|of|for|to|the|in|on|with|by|from|including|previously)|[&,(-])\s*$"
                       r"|\([^)]*$", re.I)


def _spanning(heads: list[list[str]]) -> list[list[str]]:
    """Header lines with a merged cell spread over the columns it spans: a blank cell of an
    upper line, right of a filled one, over a filled cell of the line below, is the same cell
    ('2023-24' over 'Notifications' and 'Rapid reviews')."""
    if len(heads) < 2:
        return heads
    out = [list(h) for h in heads]
    if all(out[-1][1:]):
        out = [_grouped(row) for row in out[:-1]] + [out[-1]]
    for row in out[:-1]:
        for j in range(2, len(row)):
            if not row[j] and row[j - 1] and out[-1][j]:
                row[j] = row[j - 1]
    return out


def _grouped(row: list[str]) -> list[str]:
    """An upper header line of group labels at a regular pitch, one over each equal block of
    the columns below ('2024-25' centred over 'Core | External | Total', then '2025-26' over
    the next three): each label spans its block. Any other line is left as it is."""
    filled = [j for j in range(1, len(row)) if row[j]]
    n = len(row) - 1
    if len(filled) < 2:
        return row
    pitch = filled[1] - filled[0]
    if pitch < 2 or n % pitch or len(filled) != n // pitch or \
            any((j - 1) // pitch != i for i, j in enumerate(filled)):
        return row
    return [row[0]] + [row[filled[(j - 1) // pitch]] for j in range(1, len(row))]
