"""Cards: a PDF's row of statistic cards (a line of two to six bare numbers beside a line of their
labels), each number read as a restatement of the running-text figure of the same value."""

from __future__ import annotations

import re

from ..charts import scale_row
from ..figures import _Candidate
from ..document import Cell
from ..numbers import Quantity
from .cells import _YEAR_CELL, cell_value


_NUMBER_ROW = re.compile(r"^[ \t]*\S+(?:[ \t]+\S+){1,5}[ \t]*$")
# a group of digits opening with 0 is a dialling code or a reference, never an amount ('0' alone is)
_LEADING_ZERO = re.compile(r"^0\d+$")


def card_rows(text: str, covered: list[tuple[int, int]]) -> list[Cell]:
    """The numbers of a row of statistic cards in a PDF ('2,214   178   43.9' over a line of
    their labels): a line of two to six bare numbers and nothing else, beside a line of words.
    Their labels are laid out side by side, so the words cannot be told apart from the text;
    each number is read as a restatement of the running-text figure of the same value."""
    out: list[Cell] = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if not _NUMBER_ROW.match(line) or any(s <= start < e for s, e in covered):
            continue
        parts = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
        if not all(cell_value(t) is not None and not _YEAR_CELL.match(t) for _a, t in parts):
            continue
        if any(_LEADING_ZERO.match(t) for _a, t in parts):
            continue  # a phone number split into groups ('01632 960 471', '07700 900862'), not cards
        if scale_row([r.value for _a, t in parts if (r := cell_value(t)) is not None]):
            continue  # a chart's axis ('0 200 400 600'), not cards
        near = [x for x in (lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else "")
                if re.search(r"[A-Za-z]{3,}", x)]
        if near:
            out += [Cell(t, start + a, start + a + len(t)) for a, t in parts]
    return out


def _card_candidates(cells: list[Cell]) -> list[_Candidate]:
    out = []
    for cell in cells:
        reading = cell_value(cell.text)
        if reading is None:
            continue
        q = Quantity(cell.start, cell.end, reading.value, reading.unit or "count", "count")
        cand = _Candidate(q, "other", "", 0.6, "rule:card", None, cell.text, "")
        cand.repeat = "card"  # a mention of the figure of the same value (see figures.merge._restated)
        out.append(cand)
    return out
