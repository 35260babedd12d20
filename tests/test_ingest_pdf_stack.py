"""A landscape budget plan whose rules draw boxes round groups of columns ('2024-25' over
'Core | External | Total'), not round cells, with the row labels in an unruled column between
the boxes: each ruled cell holds a column of numbers, one per line. The table is read again
from its words: every number with its row label, its year and its unit (£000s). Invented
pages, printed by chromium (skipped where it is missing)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from extractor.figures import find_figures
from extractor.ingest import load

LABELS = ["Original base budget", "Pay", "Prices", "Demand and cost drivers", "Government and legislative",
          "Service strategies", "Efficiency savings", "Income", "Financing", "Policy"]
# (years of the groups, the group left of the labels or not)
PLANS = [
    (["2024-25", "2025-26", "2026-27"], True),
    (["2025-26", "2026-27", "2027-28"], True),
    (["2023-24", "2024-25", "2025-26"], False),
    (["2026-27", "2027-28", "2028-29"], False),
]


def _value(i: int, g: int, k: int) -> str:
    v = (i + 1) * 1000 + g * 137.5 + k * 11.3 + 0.1
    return f"{v:,.1f}"


def _page(years: list[str], left: bool) -> str:
    edge = "1px solid #000"

    def group(g: int, k: int, r: int, last: int) -> str:
        style = [f"border-left:{edge}" if k == 0 else "", f"border-right:{edge}" if k == 2 else "",
                 f"border-top:{edge}" if r == 0 else "", f"border-bottom:{edge}" if r == last else ""]
        return ";".join(s for s in style if s)

    heads = [years, ["Core", "External", "Total"], ["£000s"] * 3]
    rows = []
    n = len(LABELS) + 3
    for r in range(n):
        cells = []
        order = [0, "label", 1, 2] if left else ["label", 0, 1, 2]
        for part in order:
            if part == "label":
                text = LABELS[r - 3] if r >= 3 else ""
                cells.append(f"<td style='padding:1pt 8pt'>{text}</td>")
                continue
            g = int(part)
            for k in range(3):
                if r == 0:
                    text = years[g] if k == 1 else ""
                elif r < 3:
                    text = heads[r][k]
                else:
                    text = _value(r - 3, g, k)
                cells.append(f"<td style='text-align:right;padding:1pt 4pt;{group(g, k, r, n - 1)}'>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<html><head><style>@page{size:A4 landscape;margin:12mm}</style></head>"
            "<body style='font-family:Arial;font-size:8pt'><h1>Revenue plan and financing</h1>"
            "<table style='border-collapse:collapse'>" + "".join(rows) + "</table>"
            "<p>The plan is indicative and will be revised when the settlement is confirmed.</p></body></html>")


@pytest.mark.parametrize("years, left", PLANS)
def test_stacked_ruled_plan_reads_every_cell(tmp_path, nlp, years: list[str], left: bool) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    src, out = tmp_path / "p.html", tmp_path / "p.pdf"
    src.write_text(_page(years, left), encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(src)], check=True, capture_output=True, timeout=60)
    document = load(out)
    figs = find_figures(nlp(document.text), document, None, use_classifier=False)
    for i in (1, 4, 9):
        for g in range(3):
            cell = _value(i, g, 2)
            hits = [f for f in figs if any(m.text == cell for m in f.mentions)]
            assert hits, (cell, document.text[:400])
            fig = hits[0]
            assert fig.unit == "gbp" and abs(fig.value - float(cell.replace(",", "")) * 1000) < 1
            assert fig.subject.startswith(LABELS[i]), (fig.subject, LABELS[i])
            assert fig.period is not None and fig.period.start == f"{years[g][:4]}-04-01", (cell, fig.period)
