"""Cards: a PDF's row of statistic cards (a line of two to six bare numbers beside a line of their
labels), each number read as a restatement of the running-text figure of the same value; and a
line of cells set apart by bars ('3 reviews commissioned | 2 published | 4 ongoing'), each number
read with its own cell's label."""

from __future__ import annotations

import re

from ..charts import scale_row
from typing import TYPE_CHECKING

from ..figures import _Candidate
from ..figures.counter import is_counter
from ..figures.identifier import is_countdown_label
from ..document import Cell
from ..numbers import Quantity
from .cells import _YEAR_CELL, cell_value
from .metrics import _REVIEW_WORDS, _cell_hits, _label_metric, _referrals_in_context, _span_metric

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


# A cell of a line set apart by bars or middle dots: a number, then its label ('2 published')
_BAR_SPLIT = re.compile(r"[ \t]+[|·•][ \t]+")
_NUMBER_CELL = re.compile(r"^(?P<n>[(£-]?\d[\d,]*(?:\.\d+)?%?\)?)[ \t]+(?P<label>[A-Za-z][^\n|·•]{0,80}?)[ \t]*$")


def bar_cells(text: str, covered: list[tuple[int, int]]) -> list[list[tuple[Cell, Cell]]]:
    """The lines of two or more cells set apart by bars or middle dots, every cell a number and
    its label ('3 LCSPRs commissioned | 2 published | 4 ongoing', '412 referrals · 96
    re-referrals'), as (number, label) cells: a card of several figures laid out as one line."""
    out: list[list[tuple[Cell, Cell]]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _BAR_SPLIT.search(line) or any(s <= start < e for s, e in covered):
            continue
        cells: list[tuple[Cell, Cell]] = []
        at = 0
        for part in _BAR_SPLIT.split(line):
            at = line.index(part, at)
            lead = len(part) - len(part.lstrip())
            m = _NUMBER_CELL.match(part.strip())
            base = start + at + lead
            if m is None or cell_value(m["n"]) is None or _YEAR_CELL.match(m["n"]) or \
                    is_counter(text, base + m.start("n"), base + m.end("n")):
                cells = []  # not a card: '14 reactions · 2 replies' are the page's counters
                break
            if is_countdown_label(m["label"]):
                at += len(part)
                continue  # '312 supporters · 21 days left': a countdown, which the running-text reader turns down
            cells.append((Cell(m["n"], base + m.start("n"), base + m.end("n")),
                          Cell(m["label"], base + m.start("label"), base + m.end("label"))))
            at += len(part)
        if len(cells) >= 2:
            out.append(cells)
    return out


def _bar_candidates(doc: Doc, lines: list[list[tuple[Cell, Cell]]]) -> list[_Candidate]:
    """Each number of a line of bar-separated cells, with its own cell's label: a label that
    names a metric gives it ('3 LCSPRs commissioned'); a label of a stage only ('2 published', '4
    ongoing') names that stage of the reviews the line's first cell names, the noun left out;
    any other label counts something of its own ('12 within 15 working days')."""
    out: list[_Candidate] = []
    for cells in lines:
        first = [h for h in _cell_hits(doc, cells[0][1])[1] if h.rule.kind != "stage"]
        named = [_span_metric(doc, label) for _n, label in cells]
        for (n, label), metric in zip(cells, named):
            reading = cell_value(n.text)
            if reading is None:
                continue
            stages = [h for h in _cell_hits(doc, label)[1] if h.rule.kind == "stage"]
            if metric == "other" and stages and any(h.rule.kind == "family" for h in first):
                metric = _label_metric(first + stages)
            if metric == "review_referrals" and not _REVIEW_WORDS.search(label.text):
                metric = _referrals_in_context(named, [])  # 'referrals' beside re-referrals and enquiries
            q = Quantity(n.start, n.end, reading.value, reading.unit or "count", "count")
            out.append(_Candidate(q, metric, label.text, 0.8, "rule:table", None, f"{n.text} {label.text}",
                                  label.text.lower()))
    return out
