"""A table with nothing above it but prose, titled by the numbered line right after it ('Table 5.1.
Children looked after by placement type at 31 March.'), is about what that title names: its
placement rows ('With foster carers', 'At home with parents') count children looked after,
as a row that names a placement itself does ('In residential care'). A title that names no
metric leaves the rows other, and a numbered title with a table right after it is that next
table's. Invented pages through the production path, with the rules alone and with the metric
classifier on."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.ingest import load
from tests.test_counted_found import FY

_ROWS = [("At home with parents", "41"), ("With kinship carers", "87"), ("With foster carers", "132"),
         ("In residential care", "23"), ("Total", "283")]


def _page(title_below: str, next_table: bool) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _ROWS)
    after = ("<table><thead><tr><th>Age band</th><th>Number</th></tr></thead>"
             "<tbody><tr><td>Under 40</td><td>55</td></tr><tr><td>40 and over</td><td>61</td></tr></tbody></table>"
             if next_table else "<p>The committee will return to these figures in the spring.</p>")
    return ("<html><head><title>Performance report</title></head><body><main><h1>Performance report</h1>"
            "<p>Fewer children are in residential care than a year ago, and more live with relatives, as the "
            "table for 2025 shows in 12 places.</p>"
            "<table><thead><tr><th>Where children live</th><th>2025</th></tr></thead>"
            f"<tbody>{body}</tbody></table><p>{title_below}</p>{after}</main></body></html>")


def _metric(nlp, page: str, cell: str, classifier: bool) -> str:
    document = load("t.html", page.encode())
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    cells = [c for t in document.tables for r in t.rows for c in r[1:] if c.text == cell]
    assert cells, f"no cell {cell!r}"
    found = [f for f in figures if any(m.start == cells[0].start for m in f.mentions)]
    assert found, f"no figure at {cell!r}: {[(f.value, f.metric) for f in figures]}"
    return found[0].metric


_LAC = "Table 5.1. Looked after children by placement type at 31 March."
_CARE = "Table 3: Children in care by where they live"
_OTHER = "Table 2. Households by tenure type at 31 March."
TITLES_BELOW = [
    (_LAC, False, "41", "looked_after_children"),
    (_LAC, False, "87", "looked_after_children"),
    (_LAC, False, "132", "looked_after_children"),
    (_LAC, False, "23", "looked_after_children"),
    (_CARE, False, "87", "looked_after_children"),
    (_CARE, False, "132", "looked_after_children"),
    (_OTHER, False, "41", "other"),
    (_OTHER, False, "87", "other"),
    (_OTHER, False, "132", "other"),
    # the title has a table right after it: it is that table's, not the one above
    (_LAC, True, "41", "other"),
    (_LAC, True, "87", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("title, next_table, cell, metric", TITLES_BELOW)
def test_a_numbered_title_below_a_table_names_it(nlp, title, next_table, cell, metric, classifier):
    assert _metric(nlp, _page(title, next_table), cell, classifier) == metric
