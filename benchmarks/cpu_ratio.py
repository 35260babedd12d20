"""CPU seconds of the tool against the floor on the batch benchmark's corpus: a ratio that holds
on a loaded machine, where `batch_bench.py`'s wall-clock times do not.

Both run in this one process, one after the other, and are timed by `time.process_time()`: the
tool inline (`batch --workers 0`, models loaded beforehand by a warm-up document), then the floor
of `batch_bench.py` (pdfplumber `extract_text()` + the full `nlp.pipe`, its model load
included). Start-up and the second worker are `batch_bench.py`'s to measure.

    python benchmarks/cpu_ratio.py            # the pinned 220-document corpus
    python benchmarks/cpu_ratio.py --mid      # 93 documents (85 text/HTML, 8 PDFs)
    python benchmarks/cpu_ratio.py --small    # 20 documents
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import batch_bench as bench  # noqa: E402

MID = bench.Size(text_copies=1, texts=85, pdfs=8, pages=(20, 5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--small", action="store_true", help="20 documents.")
    size.add_argument("--mid", action="store_true", help="93 documents.")
    args = parser.parse_args()
    from extractor.batch import WARM_UP, BatchConfig, extract_guarded, run_batch
    from extractor.extract import DEFAULT_OPTIONS
    from extractor.pipeline import get_nlp

    with tempfile.TemporaryDirectory(prefix="rr-cpu-") as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        counts = bench.build_corpus(folder, bench.SMALL if args.small else MID if args.mid else bench.FULL)
        print(f"corpus: {counts['text_html'] + counts['pdfs']} documents ({counts['pdf_pages']} PDF pages)",
              flush=True)
        extract_guarded(Path("warm-up.txt"), get_nlp(), DEFAULT_OPTIONS, WARM_UP)
        cpu, wall = time.process_time(), time.perf_counter()
        run_batch(folder, work / "cpu.db", BatchConfig(workers=0))
        tool, tool_wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"tool (inline)   {tool:8.1f} CPU s  ({tool_wall:.1f} s wall)", flush=True)
        cpu, wall = time.process_time(), time.perf_counter()
        floor = bench.floor_run(str(folder))
        floor_cpu, floor_wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"floor           {floor_cpu:8.1f} CPU s  ({floor_wall:.1f} s wall, model load "
              f"{floor['load_seconds']:.1f} s)")
        print(f"tool / floor CPU time: {tool / floor_cpu:.2f} (target <= 1.0)")


if __name__ == "__main__":
    main()
