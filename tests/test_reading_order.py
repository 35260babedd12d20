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
