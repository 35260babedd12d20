"""Footnote marks printed raised and smaller in a PDF ('North East' + raised '1', '48.7' +
raised '3') are joined to the word before them as superscripts: the mark is no number of its own
and does not close up into the cell's number; a rate header keeps its unit and metric. Invented
pages, written as PDF operators."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.ingest import load
from tests.test_pdf_charts import _pdf, _width


def _t(x: float, y: float, s: str, size: float = 9, rise: float = 0) -> str:
    esc = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {rise} Ts {x:.2f} {y:.2f} Td ({esc}) Tj ET"


def _mark(x: float, y: float, word: str, mark: str, size: float = 9) -> list[str]:
    """`word` with `mark` raised and smaller right after it."""
    return [_t(x, y, word, size), _t(x + _width(word, size), y, mark, size * 0.65, size * 0.4)]


ROWS = [("North Vale", "5,920", "113.2"), ("South Vale", "15,340", "98.7"), ("East Vale", "9,980", "48.7"),
        ("West Vale", "10,620", "56.3")]
# (where the mark sits: 'header', a row's label or a row's rate cell, the mark, the cell checked)
PLACES = [
    ("header", "2", "113.2"), ("header", "1", "98.7"), ("header", "*", "56.3"),
    ("label", "1", "113.2"), ("label", "3", "5,920"), ("cell", "2", "48.7"), ("cell", "1", "98.7"),
    ("cell", "4", "113.2"),
]


def _page(place: str, mark: str, row: int) -> bytes:
    ops = [_t(60, 760, "Children in care by area at the end of the year.", 10), _t(60, 700, "Area"),
           _t(200, 700, "Children in care")]
    ops += _mark(300, 700, "Rate per 10,000", mark) if place == "header" else [_t(300, 700, "Rate per 10,000")]
    for i, (label, count, rate) in enumerate(ROWS):
        y = 686 - 14 * i
        ops += _mark(60, y, label, mark) if place == "label" and i == row else [_t(60, y, label)]
        ops.append(_t(200, y, count))
        ops += _mark(300, y, rate, mark) if place == "cell" and i == row else [_t(300, y, rate)]
    ops.append(_t(60, 600, "Rates are per 10,000 children aged under 18.", 10))
    return _pdf(ops)


@pytest.mark.parametrize("place,mark,cell", PLACES)
def test_a_raised_mark_is_no_number(nlp, place, mark, cell) -> None:
    row = next(i for i, r in enumerate(ROWS) if cell in r)
    document = load("marks.pdf", _page(place, mark, row))
    table = next(t for t in document.tables)
    assert len(table.rows) == 5 and all(len(r) == 3 for r in table.rows), document.text
    figs = find_figures(nlp(document.text), document, None, use_classifier=False)
    value = float(cell.replace(",", ""))
    fig = next((f for f in figs if f.value == value), None)
    assert fig is not None, document.text
    assert fig.unit == ("count" if "," in cell else "rate_per_10000"), fig
    assert fig.metric == "looked_after_children", fig
    assert not any(f.value == float(mark) for f in figs if mark.isdigit()), document.text


def test_a_footnote_line_under_a_raised_mark_is_no_figure(nlp) -> None:
    ops = _mark(60, 700, "The figures were supplied by the council.", "1", 10)
    ops += [_t(60, 684, "There were 412 referrals in the year.", 10),
            _t(60, 120, "1 Council data, not yet checked against the national return.", 8)]
    document = load("note.pdf", _pdf(ops))
    figs = find_figures(nlp(document.text), document, None, use_classifier=False)
    assert {f.value for f in figs} == {412.0}, (document.text, figs)
