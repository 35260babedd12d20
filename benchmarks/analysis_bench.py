"""Time `extract_document` with and without the NER pass over unparsed paragraphs, in one run.

`pipeline.to_doc` parses fully only the paragraphs that can hold a figure or a quote; the
others get the NER and the domain rules. This compares that with the rules-only treatment
they had before (the NER disabled too), on the same ingested Documents, alternating rounds
so both see the same machine load. Ingest is done once, outside the timing.

    python benchmarks/analysis_bench.py [FOLDER ...] [--rounds 3]   (default: corpus/)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import pipeline  # noqa: E402
from extractor.extract import extract_document  # noqa: E402
from extractor.ingest import load  # noqa: E402

SUFFIXES = (".pdf", ".txt", ".html", ".htm")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "corpus"])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(p for f in args.folders for p in f.iterdir()
                   if p.suffix.lower() in SUFFIXES and p.name != "README.md")
    documents = [load(p) for p in paths]
    nlp = pipeline.get_nlp()
    extract_document(documents[0], nlp)  # warm-up
    names_everywhere = pipeline.PARSE_ONLY
    without = names_everywhere + ("ner",)
    totals = {"rules only (before)": 0.0, "NER everywhere (after)": 0.0}
    for _ in range(args.rounds):
        for label, disabled in zip(totals, (without, names_everywhere)):
            pipeline.PARSE_ONLY = disabled
            start = time.perf_counter()
            for document in documents:
                extract_document(document, nlp)
            totals[label] += time.perf_counter() - start
    pipeline.PARSE_ONLY = names_everywhere
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars:,} characters, {args.rounds} rounds each")
    for label, seconds in totals.items():
        print(f"{label:24} {seconds / args.rounds:7.2f} s per pass")
    before, after = totals.values()
    print(f"change: {100 * (after - before) / before:+.1f}%")


if __name__ == "__main__":
    main()
