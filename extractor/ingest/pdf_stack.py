"""Stacked tables: ruled boxes whose cells each hold a column of numbers, one per line, with
the row labels printed beside or between the boxes (a landscape budget plan: '2024-25' and
'2025-26' boxes of 'Core | External | Total' columns, the labels in an unruled column between
them). The rules draw groups of columns, not cells, so the table is read again from its words,
line by line: each number in the column its centre falls in, the other words of a line its
label, the (at most three) lines above the first row of numbers its header."""

from __future__ import annotations

from ..tables import unit_line
from .pdf_layout import _VALUE_WORD, BBox, Line, TableBlock, Word, _columns, _rows

STACK_LINES = 3   # a ruled cell with this many lines of numbers only is a stack, not a cell
HEAD_LINES = 3


def is_stacked(cells: list[list[Word]]) -> bool:
    """A ruled table one of whose cells holds three or more lines of numbers only."""
    return any(sum(all(_VALUE_WORD.match(w.text) for w in ln.words) for ln in _rows(cell, 0)) >= STACK_LINES
               for cell in cells)


def _values(line: Line) -> list[Word]:
    return [w for w in line.words if _VALUE_WORD.match(w.text)]


def _over(w: Word, cols: list[tuple[float, float]]) -> bool:
    cx = (w.x0 + w.x1) / 2
    return any(a - 2 <= cx <= b + 2 for a, b in cols)


def _column(w: Word, cols: list[tuple[float, float]]) -> int:
    cx = (w.x0 + w.x1) / 2
    return min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= cx <= cols[k][1]
               else min(abs(cx - cols[k][0]), abs(cx - cols[k][1])))


def stacked_table(rows: list[Line], box: BBox, number: int) -> tuple[TableBlock | None, list[Line]]:
    """The table of the lines inside the box's height (labels beside the ruled boxes
    included), and the lines left outside it."""
    inside = [i for i, r in enumerate(rows) if r.top >= box[1] - 1 and r.bottom <= box[3] + 1]
    valued = [i for i in inside if len(_values(rows[i])) >= 2]
    if len(valued) < STACK_LINES:
        return None, rows
    first, last = valued[0], valued[-1]
    cols = _columns([[[w] for w in _values(rows[i])] for i in valued])
    # walking up from the first row of numbers: from the first line over the value columns,
    # the header (at most three lines); lines below it in the label column only (a section
    # name, a footnote) stay running lines
    heads: list[int] = []
    for i in reversed([i for i in inside if i < first]):
        if sum(not unit_line([w.text for w in rows[h].words]) for h in heads) == HEAD_LINES:
            break  # a line of units only ('£m', '%') is not counted
        if heads or any(_over(w, cols) for w in rows[i].words):
            heads.insert(0, i)  # the header's upper lines may sit over the gaps ('2024-25')
    members = heads + [i for i in inside if first <= i <= last]
    cell_rows: list[list[list[Word]]] = []
    for i in members:
        cells: list[list[Word]] = [[] for _ in range(len(cols) + 1)]
        for w in rows[i].words:
            if i in heads or _VALUE_WORD.match(w.text):
                cells[_column(w, cols) + 1].append(w)
            else:
                cells[0].append(w)
        cell_rows.append(cells)
    words = [w for i in members for w in rows[i].words]
    bbox = (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words),
            max(w.bottom for w in words))
    taken = set(members)
    return TableBlock(cell_rows, bbox, number), [r for i, r in enumerate(rows) if i not in taken]


def stacked_spans(boxes: list[BBox]) -> list[BBox]:
    """The boxes of stacked tables merged where their heights overlap (boxes side by side)."""
    out: list[list[float]] = []
    for b in sorted(boxes, key=lambda b: b[1]):
        if out and b[1] <= out[-1][3]:
            out[-1] = [min(out[-1][0], b[0]), min(out[-1][1], b[1]), max(out[-1][2], b[2]), max(out[-1][3], b[3])]
        else:
            out.append(list(b))
    return [(a, b, c, d) for a, b, c, d in out]
