"""Table columns read by what their header says: a footnote mark on a header or label
('Rate per 10,000²', 'North West¹') changes nothing; a column of category codes ('Level' 3, 3,
2, 1) gives no figures; a table continued with its header repeated takes no unit from the rows
of the part before it. Invented HTML tables."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2030-04-01", "2031-03-31", "2030/31")
PROSE = ("<p>This report to the scrutiny committee sets out how the partnership performed "
         "over the year and what it plans to do next for children and families.</p>")


def _table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page(*parts: str) -> bytes:
    return (f"<html><head><title>Performance report</title></head><body><main><h1>Performance report</h1>"
            f"{PROSE}{''.join(parts)}{PROSE}</main></body></html>").encode()


def _figures(nlp, data: bytes):
    document = load("t.html", data)
    return find_figures(nlp(document.text), document, FY, use_classifier=False), document


def _cell_figure(figs, document, cell: str, nth: int = 0):
    cells = [c for t in document.tables for r in t.rows for c in r[1:] if c.text == cell]
    assert len(cells) > nth, f"no cell {cell!r}"
    return next((f for f in figs if any(m.start == cells[nth].start for m in f.mentions)), None)


AREAS = ["North Vale", "South Vale", "East Vale", "West Vale"]
# (header row, marked label or header cell, the rate cell, the metric its count column names)
MARKED = [
    (["Area", "Children on a child protection plan", "Rate per 10,000²"], "North Vale¹", "46.1",
     "child_protection_plans"),
    (["Area", "Children on a child protection plan", "Rate per 10,000¹"], "North Vale", "46.1",
     "child_protection_plans"),
    (["Area", "Children in care³", "Rate per 10,000³"], "North Vale²", "46.1", "looked_after_children"),
    (["Area", "Children in care", "Rate per 10,000†"], "North Vale", "46.1", "looked_after_children"),
    (["Area", "Children in need", "Rate per 10,000⁴"], "North Vale", "46.1", "children_in_need"),
    (["Area", "Section 47 enquiries", "Rate per 10,000²"], "North Vale*", "46.1", "section_47_enquiries"),
    (["Area", "Children on a child protection plan¹", "Rate per 10,000¹"], "North Vale", "46.1",
     "child_protection_plans"),
    (["Area", "Children looked after", "Rate per 10,000‡"], "North Vale¹", "46.1", "looked_after_children"),
    (["Area", "Children in need²", "Rate per 10,000"], "North Vale", "46.1", "children_in_need"),
]


@pytest.mark.parametrize("header,label,cell,metric", MARKED)
def test_footnote_marks_leave_the_rate_column_its_metric(nlp, header, label, cell, metric) -> None:
    rows = [header, [label, "2,410", cell], [AREAS[1], "7,380", "47.5"], [AREAS[2], "5,120", "42.8"],
            [AREAS[3], "3,890", "38.9"]]
    figs, document = _figures(nlp, _page(_table(rows)))
    fig = _cell_figure(figs, document, cell)
    assert fig is not None and fig.unit == "rate_per_10000" and fig.metric == metric, fig


GROUPS = ["Ward nursing", "Community nursing", "Medical staff", "Therapies", "Admin staff"]
# (the code column's header, its cells): a category per row, not a count
CODES = [
    ("Level", ["3", "3", "2", "1", "1"]),
    ("Training level", ["3", "3", "2", "2", "1"]),
    ("Tier", ["1", "2", "2", "3", "3"]),
    ("Band", ["5", "6", "6", "7", "4"]),
    ("Priority", ["1", "1", "2", "3", "-"]),
    ("Risk category", ["2", "2", "1", "3", "3"]),
    ("Stage", ["4", "4", "3", "2", "2"]),
    ("Grade", ["2", "1", "1", "3", "2"]),
]


@pytest.mark.parametrize("head,codes", CODES)
def test_a_column_of_category_codes_gives_no_figures(nlp, head, codes) -> None:
    rows = [["Staff group", head, "Staff in scope", "2030/31", "2029/30"]]
    rows += [[g, c, str(140 + 17 * i), f"{88 + i}.5%", f"{84 + i}.0%"] for i, (g, c) in enumerate(zip(GROUPS, codes))]
    figs, document = _figures(nlp, _page(_table(rows)))
    code_cells = {c.start for t in document.tables for r in t.rows[1:] for c in r[1:2]}
    assert not any(m.start in code_cells for f in figs for m in f.mentions), document.text
    fig = _cell_figure(figs, document, "157")
    assert fig is not None and fig.unit == "count", fig


@pytest.mark.parametrize("head,cells", [
    ("Notifications", ["3", "3", "2", "1", "1"]),      # small counts under a measure are figures
    ("Level 3 trained", ["3", "3", "2", "1", "1"]),    # a count of staff at a level
    ("Level", ["312", "287", "2", "1", "1"]),          # not small codes
])
def test_small_numbers_under_a_measure_stay_figures(nlp, head, cells) -> None:
    rows = [["Staff group", head, "2030/31"]] + [[g, c, f"{88 + i}.5%"] for i, (g, c) in enumerate(zip(GROUPS, cells))]
    figs, document = _figures(nlp, _page(_table(rows)))
    assert _cell_figure(figs, document, cells[2]) is not None, document.text


def test_a_continued_table_takes_no_unit_from_the_part_above(nlp) -> None:
    """A table broken by a page, its header repeated: the rows of the first part are just
    above the second in the text, and their '%' is no caption of the second."""
    head = ["Staff group", "Staff in scope", "2030/31", "2029/30"]
    first = [head] + [[g, str(140 + 17 * i), f"{88 + i}.5%", f"{84 + i}.0%"] for i, g in enumerate(GROUPS[:3])]
    second = [head] + [[g, f"{1_204 + 17 * i:,}", f"{90 + i}.5%", f"{86 + i}.0%"] for i, g in enumerate(GROUPS[3:])]
    figs, document = _figures(nlp, _page("<p>Compliance by staff group:</p>", _table(first), _table(second)))
    for cell in ("1,204", "1,221"):
        fig = _cell_figure(figs, document, cell)
        assert fig is not None and fig.unit == "count", (cell, fig)
