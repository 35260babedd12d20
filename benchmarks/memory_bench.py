"""Peak memory of one worker on a long PDF (issue 5: under 1 GiB on a 500-page PDF).

Builds a PDF of N pages (default 500) by repeating the pages of the corpus PDFs with
pypdfium2, extracts it in a fresh process, and prints pages, seconds and peak RSS.

    python benchmarks/memory_bench.py [--pages 500]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from extractor.extract import extract_file
t = time.perf_counter()
record = extract_file({path!r})
print(json.dumps({{"seconds": time.perf_counter() - t, "pages": record.source.pages,
                  "figures": len(record.figures), "quotes": len(record.quotes),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def build_pdf(out: Path, pages: int) -> Path:
    """A PDF of `pages` pages made of the corpus PDFs' pages, repeated in order."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(p) for p in sorted((ROOT / "corpus").glob("*.pdf"))]
    target = pdfium.PdfDocument.new()
    i = 0
    while len(target) < pages:
        src = sources[i % len(sources)]
        target.import_pages(src, pages=list(range(min(len(src), pages - len(target)))))
        i += 1
    target.save(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = build_pdf(Path(tmp) / "long.pdf", args.pages)
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(pdf))],
                             capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - start
    print(f"{result['pages']} pages in {result['seconds']:.1f} s "
          f"({result['pages'] / result['seconds']:.1f} pages/s), "
          f"{result['figures']} figures, {result['quotes']} quotes, "
          f"peak memory {result['peak_mib']:.0f} MiB (target < 1024 MiB)")


if __name__ == "__main__":
    main()
