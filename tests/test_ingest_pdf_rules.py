"""A table printed with rules across it only (a frame, a rule under the header, one over the
total), as report generators print budget tables: the rules draw no columns, so each ruled
cell is a whole row or a run of rows. The table is read from its words as a table without
rules: every number with its row label, its column header and the money scale of its title
('£000', '£m'), accounting brackets negative. Invented pages, written as PDF operators."""

from __future__ import annotations

import pytest
from pdfminer.fontmetrics import FONT_METRICS

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2030-04-01", "2031-03-31", "2030/31")
_WIDTHS = FONT_METRICS["Helvetica"][1]


def _width(text: str, size: float) -> float:
    return sum(_WIDTHS.get(ch, 556) for ch in text) * size / 1000


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf(ops: list[str]) -> bytes:
    """A one-page A4 PDF of the content stream `ops` (Helvetica as /F1, WinAnsi so '£' prints)."""
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _text(x: float, y: float, text: str, size: float = 9, right: bool = False) -> str:
    if right:
        x -= _width(text, size)
    return f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td ({_esc(text)}) Tj ET"


PROSE = ["The committee is asked to note the forecast position of the service at the end of the",
         "second quarter and the pressures set out in the sections below."]


def budget_page(title: str, header: list[str], rows: list[list[str]], rules: str) -> bytes:
    """A page of prose, a title line and a table whose numbers are right-aligned under their
    headers. `rules`: 'frame' (a box, a rule under the header and over the last row), 'rows'
    (a rule under every row, no frame) or 'head' (a rule over and under the header only)."""
    left, label_w, col_w, lead = 60.0, 200.0, 80.0, 15.0
    right = left + label_w + col_w * (len(header) - 1)
    ops, y = [], 780.0
    for line in PROSE:
        ops.append(_text(left, y, line, 10))
        y -= 14
    y -= 10
    ops.append(_text(left, y, title, 11))
    y -= 22
    top = y + lead - 4
    lines = [header] + rows
    ys = []
    for r, row in enumerate(lines):
        ops.append(_text(left + 4, y, row[0]))
        for j, cell in enumerate(row[1:], start=1):
            ops.append(_text(left + label_w + col_w * j - 6, y, cell, right=True))
        ys.append(y)
        y -= lead
    bottom = y + lead - 4
    rule = "0.8 w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S"
    under = [yy - 4 for yy in ys]
    if rules == "frame":
        ops.append(f"0.5 w {left:.2f} {bottom:.2f} {right - left:.2f} {top - bottom:.2f} re S")
        ops += [rule.format(x0=left, x1=right, y=under[0]), rule.format(x0=left, x1=right, y=under[-2])]
    elif rules == "rows":
        ops += [rule.format(x0=left, x1=right, y=u) for u in under]
    else:
        ops += [rule.format(x0=left, x1=right, y=top), rule.format(x0=left, x1=right, y=under[0])]
    y -= 20
    ops.append(_text(left, y, "Figures in brackets are underspends against the budget for the year.", 10))
    return _pdf(ops)


LABELS = ["Fostering and adoption", "Residential homes", "Leaving care support", "Youth offending service",
          "Family centres"]
# (title, header, rules, cell, value): budget tables ruled across only
TABLES = [
    ("4. Spending by service area (£000)", ["Service", "Budget", "Forecast", "Variance"], "frame",
     "(615)", -615_000),
    ("4. Spending by service area (£000)", ["Service", "Budget", "Forecast", "Variance"], "rows",
     "12,480", 12_480_000),
    ("Table 2: Forecast outturn, £'000", ["Service", "Budget", "Forecast", "Variance"], "head",
     "12,480", 12_480_000),
    ("Table 2: Forecast outturn, £m", ["Service", "Budget", "Forecast", "Variance"], "frame", "3.75", 3_750_000),
    ("Savings plan by year (£m)", ["Proposal", "2031/32", "2032/33", "2033/34"], "frame", "(1.20)", -1_200_000),
    ("Savings plan by year (£m)", ["Proposal", "2031/32", "2032/33", "2033/34"], "rows", "3.75", 3_750_000),
    ("Revenue budget", ["Service", "Budget £000", "Forecast £000", "Variance £000"], "frame", "(615)", -615_000),
    ("Revenue budget", ["Service", "Budget £000", "Forecast £000", "Variance £000"], "head", "12,480", 12_480_000),
    ("Revenue budget", ["Service", "Budget £m", "Outturn £m", "Variance £m"], "rows", "(1.20)", -1_200_000),
]


THOUSANDS = [["12,480", "2,310", "(615)"], ["1,204", "1,388", "184"], ["655", "640", "(15)"], ["2,090", "2,115", "25"],
             ["1,310", "1,296", "(14)"]]
MILLIONS = [["3.75", "0.85", "(1.20)"], ["1.20", "1.39", "0.18"], ["0.66", "0.64", "(0.02)"], ["2.09", "2.12", "0.03"],
            ["1.31", "1.30", "(0.01)"]]


def _rows(cell: str) -> list[list[str]]:
    """Five service rows (thousands or millions, as the cell asked for is written) and a total."""
    cells = MILLIONS if "." in cell else THOUSANDS
    return [[label, *c] for label, c in zip(LABELS, cells)] + [["Total", "17,739", "7,749", "(435)"]]


@pytest.mark.parametrize("title,header,rules,cell,value", TABLES)
def test_table_ruled_across_only_is_read_cell_by_cell(nlp, title, header, rules, cell, value) -> None:
    rows = _rows(cell)
    document = load("budget.pdf", budget_page(title, header, rows, rules))
    tables = [[[c.text for c in r] for r in t.rows] for t in document.tables]
    assert any(LABELS[0] in r[0] and len(r) == len(header) for t in tables for r in t), tables
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    cells = [c for t in document.tables for r in t.rows for c in r[1:] if c.text == cell]
    assert cells, f"no cell {cell!r} in {tables}"
    fig = next((f for f in figs if any(m.start == cells[0].start for m in f.mentions)), None)
    assert fig is not None and fig.unit == "gbp" and abs(fig.value - value) < 1e-6, fig


def test_a_framed_box_of_prose_is_no_table() -> None:
    """A box round a paragraph (a callout) holds no line of a label and numbers: it is read
    as lines of text, as before."""
    ops = [_text(64, 760, "Key message: the partnership met in March and agreed the plan"),
           _text(64, 746, "for the coming year, with 3 priorities for the new board."),
           "0.5 w 60 740 400 32 re S", "0.5 w 60 730 m 460 730 l S"]
    document = load("box.pdf", _pdf(ops))
    assert "3 priorities" in document.text
