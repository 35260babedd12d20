"""Sweep every supported file in ../shared/external/ through ingest and full extraction.

Prints files, pages, errors by reason and time per stage; exits 1 if any file raised
something other than an ExtractorError (an "uncaught" failure).

    python benchmarks/external_sweep.py [--root ../shared/external] [--ingest-only]
                                        [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.errors import ExtractorError  # noqa: E402
from extractor.extract import extract_all, iter_inputs  # noqa: E402
from extractor.ingest import load  # noqa: E402

DEFAULT_ROOT = ROOT.parent / "shared" / "external"


@dataclass(slots=True)
class Stage:
    """What one stage (ingest or extract) made of the files."""

    name: str
    files: int = 0
    ok: int = 0
    pages: int = 0
    pdf_pages: int = 0
    figures: int = 0
    quotes: int = 0
    seconds: float = 0.0
    errors: Counter = field(default_factory=Counter)
    uncaught: list[str] = field(default_factory=list)
    slowest: list[tuple[float, str]] = field(default_factory=list)


def reason_class(exc: ExtractorError) -> str:
    """An error's class and the reason's first clause, so like failures group together."""
    return f"{type(exc).__name__}: {exc.reason.split(':')[0].split(' (')[0]}"


def ingest_stage(paths: list[Path]) -> Stage:
    """Ingest every file, counting pages and errors; anything not an ExtractorError is uncaught."""
    stage = Stage("ingest")
    for path in paths:
        t0 = time.perf_counter()
        try:
            document = load(path)
            stage.ok += 1
            stage.pages += document.source.pages or 1
            stage.pdf_pages += document.source.pages if path.suffix.lower() == ".pdf" else 0
        except ExtractorError as exc:
            stage.errors[reason_class(exc)] += 1
        except Exception as exc:  # noqa: BLE001 - the point of the sweep is to find these
            stage.uncaught.append(f"{path}: {type(exc).__name__}: {exc}")
        _time(stage, path, time.perf_counter() - t0)
    return stage


def extract_stage(paths: list[Path]) -> Stage:
    """Full extraction through extract_all (the per-document boundary the CLI uses)."""
    from extractor.pipeline import get_nlp

    nlp, stage = get_nlp(), Stage("extract")
    t0 = time.perf_counter()
    for path, record, error in extract_all(paths, nlp):
        t1 = time.perf_counter()
        if record is not None:
            stage.ok += 1
            stage.pages += record.source.pages or 1
            stage.pdf_pages += record.source.pages if path.suffix.lower() == ".pdf" else 0
            stage.figures += len(record.figures)
            stage.quotes += len(record.quotes)
        elif error is not None and error.reason.startswith("internal error"):
            stage.uncaught.append(str(error))
        elif error is not None:
            stage.errors[reason_class(error)] += 1
        _time(stage, path, t1 - t0)
        t0 = time.perf_counter()
    return stage


def _time(stage: Stage, path: Path, seconds: float) -> None:
    stage.files += 1
    stage.seconds += seconds
    stage.slowest = sorted([*stage.slowest, (seconds, path.name)], reverse=True)[:3]


def report(stage: Stage, root: Path) -> str:
    """The stage as a few printable lines."""
    lines = [f"{stage.name}: {stage.files} files, {stage.ok} ok, {stage.pages} pages "
             f"({stage.pdf_pages} of them PDF pages), "
             f"{sum(stage.errors.values())} errors, {len(stage.uncaught)} uncaught, "
             f"{stage.seconds:.1f} s ({stage.seconds / max(1, stage.pages):.3f} s/page)"]
    if stage.name == "extract":
        lines.append(f"  {stage.figures} figures, {stage.quotes} quotes")
    lines += [f"  {n:4d} x {reason}" for reason, n in stage.errors.most_common()]
    lines += [f"  UNCAUGHT {line}" for line in stage.uncaught]
    lines.append("  slowest: " + ", ".join(f"{name} {s:.1f} s" for s, name in stage.slowest))
    return "\n".join(lines).replace(str(root) + "/", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--ingest-only", action="store_true")
    parser.add_argument("--sample", type=int, default=0, help="only N files (seeded)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"{args.root}: not found", file=sys.stderr)
        return 2
    paths = list(iter_inputs([args.root]))
    if args.sample:
        paths = sorted(random.Random(args.seed).sample(paths, min(args.sample, len(paths))))
    kinds = Counter(p.suffix.lower() for p in paths)
    print(f"{len(paths)} supported files under {args.root}: "
          + ", ".join(f"{n} {k}" for k, n in kinds.most_common()))
    stages = [ingest_stage(paths)]
    print(report(stages[0], args.root), flush=True)
    if not args.ingest_only:
        stages.append(extract_stage(paths))
        print(report(stages[1], args.root))
    return 1 if any(s.uncaught for s in stages) else 0


if __name__ == "__main__":
    sys.exit(main())
