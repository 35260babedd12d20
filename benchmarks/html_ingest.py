"""Benchmark the HTML ingest's main-text extraction against plain trafilatura (data read in place).

Two third-party sets, each scored for the project's `read_html` and for `trafilatura.extract`
with its default settings, side by side:
- article-extraction-benchmark: gold article bodies; per-page word precision, recall and F1 over
  bags of lower-cased word tokens (punctuation ignored), averaged over pages;
- trafilatura-eval: 'with' snippets that must be in the main text and 'without' snippets that
  must not; precision = with-found / (with-found + without-found), recall = with-found / with.
The project must not score below trafilatura alone.
Usage: python benchmarks/html_ingest.py [SHARED_DIR] [--limit N]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import trafilatura  # noqa: E402

from bench_args import parse  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402
from extractor.ingest.html import read_html  # noqa: E402

AEB = "external/article-extraction-benchmark"
TEV = "external/trafilatura-eval/tests"
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
Extractor = Callable[[str, bytes], str]


def ours(name: str, data: bytes) -> str:
    """The project's HTML ingest: Document.text ('' when it finds no article)."""
    try:
        return read_html(name, data).text
    except ExtractorError:
        return ""


def plain(name: str, data: bytes) -> str:
    """trafilatura.extract with its defaults."""
    return trafilatura.extract(data.decode("utf-8", "replace")) or ""


EXTRACTORS: dict[str, Extractor] = {"project": ours, "trafilatura": plain}


def word_prf(got: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of the bag of words of `got` against `gold`."""
    g, w = Counter(_WORD.findall(got.lower())), Counter(_WORD.findall(gold.lower()))
    tp = sum((g & w).values())
    p = tp / sum(g.values()) if g else 0.0
    r = tp / sum(w.values()) if w else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def aeb_pages(shared: Path, limit: int | None) -> list[tuple[str, bytes, str]]:
    """(name, html bytes, gold body) of the article-extraction-benchmark pages."""
    truth = json.loads((shared / AEB / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth)[:limit]:
        path = shared / AEB / "html" / f"{key}.html.gz"
        if path.exists():
            out.append((f"{key}.html", gzip.decompress(path.read_bytes()), truth[key]["articleBody"]))
    return out


def tev_pages(shared: Path, limit: int | None) -> list[tuple[str, bytes, list[str], list[str]]]:
    """(name, html bytes, with snippets, without snippets) of the trafilatura-eval pages present."""
    gold = json.loads((shared / TEV / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for entry in gold.values():
        for sub in ("eval", "cache"):
            path = shared / TEV / sub / entry["file"]
            if path.exists():
                out.append((entry["file"], path.read_bytes(), entry.get("with", []), entry.get("without", [])))
                break
    return sorted(out)[:limit]


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def score_aeb(pages: list[tuple[str, bytes, str]], fn: Extractor) -> tuple[float, float, float]:
    scores = [word_prf(fn(name, data), gold) for name, data, gold in pages]
    n = max(1, len(scores))
    return tuple(sum(s[i] for s in scores) / n for i in range(3))  # type: ignore[return-value]


def score_tev(pages: list[tuple[str, bytes, list[str], list[str]]], fn: Extractor) -> tuple[float, float, float]:
    tp = fn_ = fp = 0
    for name, data, with_, without in pages:
        text = _norm(fn(name, data))
        tp += sum(_norm(s) in text for s in with_)
        fn_ += sum(_norm(s) not in text for s in with_)
        fp += sum(_norm(s) in text for s in without)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn_) if tp + fn_ else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    shared, limit, _flags = parse(argv)
    if shared is None or not (shared / AEB).is_dir() or not (shared / TEV).is_dir():
        print("skipped: the shared external data is not available")
        return
    sets = (("article-extraction-benchmark (word P/R/F1, page mean)", aeb_pages(shared, limit), score_aeb),
            ("trafilatura-eval (with/without snippets)", tev_pages(shared, limit), score_tev))
    for title, pages, score in sets:
        print(f"{title}: {len(pages)} pages")
        for name, fn in EXTRACTORS.items():
            p, r, f = score(pages, fn)  # type: ignore[operator]
            print(f"  {name:12s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
