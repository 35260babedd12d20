"""PDF reading order: two-column pages read column by column, judged by pdfminer's own layout
analysis (the benchmark's measure) and by the left column's sentences reading on."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pdfplumber
import pytest

from extractor.ingest import load

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted([*ROOT.glob("corpus/*.pdf"), *ROOT.glob("corpus/dev2/*.pdf"), *ROOT.glob("corpus/holdout/*.pdf")])


def _bench():
    spec = importlib.util.spec_from_file_location("reading_order", ROOT / "benchmarks" / "reading_order.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("-\n", "")).strip()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_no_line_interleaved(path: Path) -> None:
    bad, lines, _pages = _bench().score(path)
    assert lines > 0 and bad == 0


# two-column pages whose columns sit on staggered baselines (no row holds both columns), one
# of them on a landscape page whose text covers only its left part
@pytest.mark.parametrize("name,page_no", [("h11_lincolnshire_annual_report_2024_25.pdf", 3),
                                          ("h11_lincolnshire_annual_report_2024_25.pdf", 4),
                                          ("h13_gateshead_annual_report_2025_26.pdf", 3)])
def test_staggered_two_column_page_reads_column_by_column(name: str, page_no: int) -> None:
    path = ROOT / "corpus" / "dev2" / name
    doc = load(path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no - 1]
        words = [w for w in page.extract_words() if page.height * 0.08 < w["top"] < page.height * 0.92]
        right_edge = max(w["x1"] for w in words)
        left_x1 = min(w["x0"] for w in words) + (right_edge - min(w["x0"] for w in words)) / 2
        left = page.crop((0, page.height * 0.08, left_x1, page.height * 0.92))
        left_text = norm(left.extract_text() or "")
        plain = norm(page.extract_text() or "")
    sentences = [s for s in re.split(r"(?<=[.])\s+", left_text) if len(s) > 60 and "-" not in s]
    assert sentences
    text = norm(doc.text)
    assert all(s in text for s in sentences)
    assert not all(s in plain for s in sentences)


# Two-column pages printed from HTML whose full-width lines (a title, a dateline, a row of
# statistic cards, a source line under a table, a running footer) cross the gutter at scattered
# places: the columns must still be read one after the other. Invented pages, printed by chromium.
_LEFT = ("During the year the partnership received fourteen notifications, up from eleven the year before. "
         "It held nine rapid reviews and agreed in three of them that a local review should follow. "
         "Two reviews were published and four remain in progress at the end of the year. ")
_RIGHT = ("The rate of referrals was lower than the national rate for the third year running. "
          "Re-referrals within a year fell again, and fewer children were on a plan at year end. "
          "Multi-agency training reached more practitioners than in any year before. ")
_CARD = '<div style="flex:1;background:#234;color:#fff;padding:6pt"><b style="font-size:20pt">{n}</b><br>{label}</div>'
_TWO_COLUMN_PAGES = [  # (cards, dateline, footer)
    (2, "Covering 1 April 2024 to 31 March 2025", "Northshire Partnership · Annual Report · Page 3"),
    (3, "Published 30 September 2025 · Version 1.2", "Invented test page · contact 0115 496 0000"),
    (4, "Covering 1 April 2024 to 31 March 2025 · Published 30 September 2025", "Annual Report 2024/25"),
    (5, "Report to the Board, 12 June 2025", "Westshire Safeguarding Children Partnership · OFFICIAL"),
    (4, "A year of learning", "Page 7 of 22 · Eastshire Council"),
    (3, "Covering the year to 31 March 2025 and our priorities for the next", "Southshire · Annual Report"),
    (2, "Agenda item 6 · Appendix A", "Midshire Safeguarding Partnership Annual Report 2024/25 · Tudalen 4"),
    (5, "Summary for partners and the public", "Northshire · invented figures · page 2"),
]


@pytest.mark.parametrize("cards, dateline, footer", _TWO_COLUMN_PAGES)
def test_printed_two_columns_under_full_width_lines(tmp_path, cards: int, dateline: str, footer: str) -> None:
    import shutil
    import subprocess
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    labels = ["contacts received by the front door", "referrals to children's social care",
              "children on a child protection plan", "rapid reviews held", "practitioners trained"]
    row = "".join(_CARD.format(n=f"{(i + 2) * 317:,}", label=labels[i]) for i in range(cards))
    html = (f"<html><body style='font-family:Arial;font-size:10pt'><h1>Northshire Partnership Annual Report</h1>"
            f"<p>{dateline}</p><div style='display:flex;gap:4mm'>{row}</div>"
            f"<div style='column-count:2;column-gap:8mm;text-align:justify'><p>{_LEFT * 3}</p><p>{_RIGHT * 3}</p></div>"
            f"<p style='font-size:8pt'>Source: partnership performance team; figures for 2024/25 are provisional and may change.</p>"
            f"<div style='position:fixed;bottom:0;font-size:7pt'>{footer}</div></body></html>")
    src, out = tmp_path / "p.html", tmp_path / "p.pdf"
    src.write_text(html, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(src)], check=True, capture_output=True, timeout=60)
    text = norm(load(out).text)
    assert norm(_LEFT * 3) in text and norm(_RIGHT * 3) in text
