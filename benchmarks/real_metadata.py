"""Benchmark: record metadata (kind, area, partnership, period) on REAL documents.

Usage: python benchmarks/real_metadata.py [--gold benchmarks/real_metadata.json] [--only TEXT]

The gold (`real_metadata.json`, beside this script) is our own hand annotation of real
third-party documents in ../shared/external (Kent County Council committee papers, Ofsted
children's services inspection reports), written before the tool was run on them. Each file
goes through the production ingest and analysis (`ingest.load`, `pipeline.to_doc`) and the
one function that decides a record's metadata (`extract.document_metadata`); figures and
quotes are not extracted, as they do not feed the metadata. Scoring is the spec's
(`extractor.evaluate`: case-insensitive names, 'the' ignored, null equals only null).

Prints per-field accuracy over the documents and every miss (gold -> got). Without
../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# ../shared beside the checkout (or beside a folder of worktrees that holds it)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()),
              ROOT.parent / "shared")
EXTERNAL = SHARED / "external"
GOLD = Path(__file__).resolve().parent / "real_metadata.json"

from extractor.evaluate import META_FIELDS, _meta_right  # noqa: E402


@dataclass(slots=True)
class Result:
    """Per-field right counts over the documents, and the misses."""

    docs: int = 0
    right: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # path, field, gold, got
    seconds: float = 0.0

    def accuracy(self) -> dict[str, float]:
        return {f: self.right[f] / self.docs if self.docs else 0.0 for f in META_FIELDS}


def _value(record: dict[str, Any], name: str) -> Any:
    if name == "kind":
        return (record.get("source") or {}).get("kind")
    if name.startswith("period_"):
        return (record.get("period") or {}).get(name.removeprefix("period_"))
    return record.get(name)


def record_metadata(path: Path) -> dict[str, Any]:
    """The metadata part of the record the tool writes for `path`, shaped as in the record."""
    from extractor.extract import document_metadata
    from extractor.ingest import load
    from extractor.pipeline import to_doc

    document = load(path)
    meta = document_metadata(document, to_doc(document))
    period = meta.period.to_dict() if meta.period else {"start": None, "end": None}
    return {"source": {"kind": meta.kind}, "area": meta.area, "partnership": meta.partnership,
            "period": period}


def measure(gold_path: Path = GOLD, root: Path = EXTERNAL, only: str | None = None) -> Result:
    """Score the tool's metadata on every annotated real document under `root`."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = Result()
    t0 = time.perf_counter()
    for item in gold["documents"]:
        if only and only.lower() not in item["path"].lower():
            continue
        record = record_metadata(root / item["path"])
        right = _meta_right(record, item)
        result.docs += 1
        result.right.update(right)
        gold_record = {**item, "source": {"kind": item["kind"]}}
        for name in META_FIELDS:
            if not right[name]:
                result.misses.append((item["path"], name, _value(gold_record, name),
                                      _value(record, name)))
    result.seconds = time.perf_counter() - t0
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--only", help="score only documents whose path contains this text")
    args = parser.parse_args(argv)
    if not EXTERNAL.is_dir():
        print(f"{EXTERNAL} is not present (it exists only on the developers' machines): skipped")
        return 0
    result = measure(args.gold, EXTERNAL, args.only)
    acc = result.accuracy()
    print(f"{result.docs} real documents, {result.seconds:.0f} s")
    print("  ".join(f"{name}_acc={acc[name]:.3f}" for name in META_FIELDS))
    for path, name, want, got in result.misses:
        print(f"MISS {name:13} gold={want!r:40} got={got!r}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
