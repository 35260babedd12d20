"""Plain-text tables: space-aligned rows of numbers under a period header, and runs of "Label: value" fields."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..document import Cell, Table
from .cells import _YEAR_CELL, cell_value

if TYPE_CHECKING:
    from ..document import Document
_PERIOD_HEADER = re.compile(r"^\s*(?:(?:19|20)\d\d\s*[/-]\s*\d{2,4}\s*){2,}$")
# a row label may be one letter: anonymised places or groups ('A', 'B', ... 'All')
# (a count may carry its share in brackets, '22 (9%)': the count is the cell)
_TEXT_ROW = re.compile(r"^\s*(?P<label>[A-Za-z]|\S.*?\S)(?P<cells>(?:\s{2,}[\d,.]+%?(?: ?\(\d[\d.]*%\))?)+)\s*$")
_ROW_CELL = re.compile(r"(?P<v>[\d,.]+%?)(?: ?\(\d[\d.]*%\))?")
_WITH_SHARE = re.compile(r"[\d,.]+ ?\(\d[\d.]*%\)")
_RULE_LINE = re.compile(r"^[ \t]*[-=_–—]{3,}(?:[ \t+|]+[-=_–—]{3,})*[ \t]*$")


# A header of named columns, two or more spaces apart: 'Region   Plans at 31 March   Rate per 10,000'


def _text_header(line: str, start: int, below: str) -> list[Cell] | None:
    """The header cells of a space-aligned table whose header is `line`: a line of periods
    ('2022/23  2023/24'), or a line of column names two or more spaces apart whose count the
    next line's value cells match (the first name may head the label column)."""
    if _PERIOD_HEADER.match(line):
        return [Cell("", start, start)] + [Cell(m.group(0), start + m.start(), start + m.end())
                                           for m in re.finditer(r"\S+", line)]
    row = _TEXT_ROW.match(below)
    if row is None or not re.search(r"[A-Za-z]", line) or "  " not in line.strip():
        return None
    names = [m for m in re.finditer(r"\S+(?: \S+)*", line)]
    values = len(_ROW_CELL.findall(row["cells"]))
    if len(names) < 2 or any(cell_value(m.group(0)) is not None or _WITH_SHARE.fullmatch(m.group(0)) for m in names):
        return None
    cells = [Cell(m.group(0), start + m.start(), start + m.end()) for m in names]
    if len(cells) == values + 1:
        return cells
    if len(cells) == values:
        return [Cell("", start, start)] + cells
    return None


# A line of a list of fields, a statistic box written as terms and values (an HTML <dl>):
# 'Children looked after: 7,215 (at 31 March 2026)', 'Rate per 10,000: 115'
_FIELD_ROW = re.compile(r"^(?P<label>[A-Z][^:\n]{2,80}?[A-Za-z0-9)]):[ \t]+(?P<value>[(£-]?\d[\d,]*(?:\.\d+)?%?\)?)"
                        r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*$")
FIELD_ROWS = 3
# A label that is no field's name: the end of a sentence before it ('... aged under 18. Metric ID'),
# or an identifier's name ('Metric ID', 'Indicator code', 'Reference number'): its number is a key
_NOT_A_FIELD = re.compile(r"[.!?]\s+\S|(?:(?-i:\bI[Dd])|\bidentifier|\bcode|\bref(?:erence)?(?:\s+(?:no\.?|number))?)$",
                          re.I)


def _field_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Runs of FIELD_ROWS or more 'Term: value' lines: a two-column table of a label and a
    number (a note in brackets after it is no cell), so each value is read with its term and
    the terms around it ('Rate per 10,000: 115' under 'Children looked after: 7,215')."""
    tables: list[Table] = []
    run: list[tuple[Cell, ...]] = []
    for start, line in [*lines, (0, "")]:
        m = _FIELD_ROW.match(line)
        if m and cell_value(m["value"]) is not None and not _YEAR_CELL.match(m["value"]) and \
                not _NOT_A_FIELD.search(m["label"]):
            run.append((Cell(m["label"], start + m.start("label"), start + m.end("label")),
                        Cell(m["value"], start + m.start("value"), start + m.end("value"))))
            continue
        if len(run) >= FIELD_ROWS:
            tables.append(Table(1, tuple(run)))
        run = []
    return tables


# A PDF's table flattened to one space between cells: a header of words then two or more periods
# ('Referrer 2023/24 2022/23'), then rows of words and as many numbers ('GP
# practices 7 3'); a label holds no digit, so the words and the cells part where the digits start
_FLAT_HEADER = re.compile(r"^(?P<label>[A-Za-z][^\d\n]*?)[ \t]+(?P<periods>(?:19|20)\d\d[/-]\d{2,4}(?:[ \t]+(?:19|20)\d\d[/-]\d{2,4})+)[ \t]*$")
_FLAT_ROW = re.compile(r"^(?P<label>[A-Za-z][^\d\n]*?[A-Za-z)])(?P<cells>(?:[ \t]+\d[\d,]*(?:\.\d+)?%?)+)[ \t]*$")
FLAT_ROWS = 2


def _flat_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Tables whose cells are one space apart under a header of periods: each row has as many
    numbers as the header has periods, FLAT_ROWS rows or more (space-aligned tables, two or
    more spaces apart, are the other reader's)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        head = _FLAT_HEADER.match(line) if "  " not in line.strip() else None
        i += 1
        if head is None:
            continue
        periods = [(m.group(0), start + head.start("periods") + m.start(), start + head.start("periods") + m.end())
                   for m in re.finditer(r"\S+", head["periods"])]
        rows = [(Cell(head["label"].strip(), start, start + len(head["label"].rstrip())),
                 *(Cell(t, a, b) for t, a, b in periods))]
        while i < len(lines) and "  " not in lines[i][1].strip() and (m := _FLAT_ROW.match(lines[i][1])) and \
                len(m["cells"].split()) == len(periods):
            s = lines[i][0]
            rows.append((Cell(m["label"], s + m.start("label"), s + m.end("label")),
                         *(Cell(c.group(0), s + m.start("cells") + c.start(), s + m.start("cells") + c.end())
                           for c in re.finditer(r"\S+", m["cells"]))))
            i += 1
        if len(rows) > FLAT_ROWS:
            tables.append(Table(1, tuple(rows)))
    return tables


# A PDF's two-column table of shares flattened to one space: 'Main reason given % of cases' over
# rows of a label and one percentage ('Moved house 24%'); the header parts at its '%' or 'Share'
_LIST_ROW = re.compile(r"^(?P<label>[A-Z][^\d\n%]*?[A-Za-z)])[ \t]+(?P<cell>\d{1,3}(?:\.\d+)?%)[ \t]*$")
_LIST_HEADER = re.compile(r"^(?P<corner>[A-Z][^\d\n%]*?)[ \t]+(?P<col>(?:%|per\s*cent\b|percentage\b|share\b|proportion\b)"
                          r"[^\d\n]*)$", re.I)
LIST_ROWS = 3


def _list_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Runs of LIST_ROWS or more lines of a label and one percentage, under a header of words
    that names the share ('Reason % of cases'): a table of label and share, so each share is
    read with its own label (two rows of '17%' are two facts, not one said twice)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        head = _LIST_HEADER.match(line.strip()) if "  " not in line.strip() and "\t" not in line else None
        i += 1
        if head is None:
            continue
        at = start + len(line) - len(line.lstrip())
        rows: list[tuple[Cell, ...]] = [(Cell(head["corner"], at + head.start("corner"), at + head.end("corner")),
                                         Cell(head["col"], at + head.start("col"), at + head.end("col")))]
        while i < len(lines) and "\t" not in lines[i][1] and (m := _LIST_ROW.match(lines[i][1])):
            s = lines[i][0]
            rows.append((Cell(m["label"], s + m.start("label"), s + m.end("label")),
                         Cell(m["cell"], s + m.start("cell"), s + m.end("cell"))))
            i += 1
        if len(rows) > LIST_ROWS:
            tables.append(Table(1, tuple(rows)))
    return tables


def text_tables(text: str) -> list[Table]:
    """Space-aligned plain-text tables: a header line of periods or of column names, then
    'label  n  n' rows; lists of 'Term: value' lines; and lists of shares under a header."""
    return list(_text_tables(text))


@functools.lru_cache(maxsize=4)
def _text_tables(text: str) -> tuple[Table, ...]:
    """`text_tables`, read once per text: a document's text is asked for its tables four times
    (the table figures thrice, the running text's figures once); tables are immutable."""
    tables: list[Table] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables += _field_tables(lines)
    tables += _list_tables(lines)
    flat = _flat_tables(lines)
    tables += flat
    i = 0
    while i < len(lines):
        start, line = lines[i]
        # (a rule of dashes or equals signs may underline the header: '------   -----   -----')
        ruled = i + 1 < len(lines) and bool(_RULE_LINE.match(lines[i + 1][1]))
        below = i + 1 + ruled
        header = _text_header(line, start, lines[below][1] if below < len(lines) else "")
        if header is None:
            i += 1
            continue
        rows = [tuple(header)]
        i = below
        while i < len(lines) and (m := _TEXT_ROW.match(lines[i][1])):
            s, row_text = lines[i]
            cells = [Cell(m["label"], s + m.start("label"), s + m.end("label"))]
            cells += [Cell(c.group("v"), s + m.start("cells") + c.start("v"), s + m.start("cells") + c.end("v"))
                      for c in _ROW_CELL.finditer(m["cells"])]
            rows.append(tuple(cells))
            i += 1
        if len(rows) > 1 and not any(t.rows[0][0].start <= rows[0][0].start <= t.rows[-1][-1].end for t in flat):
            tables.append(Table(1, tuple(rows)))
    return tuple(tables)


def document_tables(document: Document) -> list[Table]:
    """The ingester's tables, then plain-text tables outside them."""
    tables = list(document.tables)
    covered = [(r[0].start, r[-1].end) for t in tables for r in t.rows if r]
    return tables + [t for t in text_tables(document.text)
                     if not any(s <= t.rows[0][0].start < e for s, e in covered)]
