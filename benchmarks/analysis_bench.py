"""Time `extract_document` with this checkout's `pipeline.to_doc` against an earlier one's.

`pipeline.to_doc` decides which paragraphs get the full parse and which get only the NER
and the domain rules. This times extraction of the same ingested Documents with the current
`to_doc` and with `to_doc` as it was at a git revision (default: 066fb5a, before names were
found in every paragraph and wrapped lines were parsed together), alternating rounds so both
see the same machine load. Ingest is done once, outside the timing.

    python benchmarks/analysis_bench.py [FOLDER ...] [--before REV] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import pipeline  # noqa: E402
from extractor.extract import extract_document  # noqa: E402
from extractor.ingest import load  # noqa: E402

SUFFIXES = (".pdf", ".txt", ".html", ".htm")


def pipeline_at(rev: str, folder: Path) -> ModuleType:
    """extractor/pipeline.py as it was at `rev`, imported as a stand-alone module."""
    source = subprocess.run(["git", "show", f"{rev}:extractor/pipeline.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    path = folder / "pipeline_before.py"
    path.write_text(source.replace("from .document import", "from extractor.document import"),
                    encoding="utf-8")
    spec = importlib.util.spec_from_file_location("pipeline_before", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "corpus"])
    parser.add_argument("--before", default="066fb5a")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(p for f in args.folders for p in f.iterdir()
                   if p.suffix.lower() in SUFFIXES and p.name != "README.md")
    documents = [load(p) for p in paths]
    nlp = pipeline.get_nlp()
    current = pipeline.to_doc
    with tempfile.TemporaryDirectory() as tmp:
        before = pipeline_at(args.before, Path(tmp)).to_doc
    extract_document(documents[0], nlp)  # warm-up
    totals = {f"to_doc at {args.before}": 0.0, "to_doc now": 0.0}
    for _ in range(args.rounds):
        for label, to_doc in zip(totals, (before, current)):
            pipeline.to_doc = to_doc  # extract_document looks it up at call time
            start = time.perf_counter()
            for document in documents:
                extract_document(document, nlp)
            totals[label] += time.perf_counter() - start
    pipeline.to_doc = current
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars:,} characters, {args.rounds} rounds each")
    for label, seconds in totals.items():
        print(f"{label:24} {seconds / args.rounds:7.2f} s per pass")
    old, new = totals.values()
    print(f"change: {100 * (new - old) / old:+.1f}%")


if __name__ == "__main__":
    main()
