"""Held-out value of the metric classifier: leave-one-document-out (or k-fold by document) over
every annotated document: corpus/, its annotated subfolders but corpus/holdout (dev2 ...), seeds/.

For each fold the metric model is trained on the other folds' gold figures (in a temp models
dir, via REVIEW_RECORDS_MODELS_DIR), then the held-out documents are extracted with and
without the classifier and scored like `review-records evaluate`. Documents and spaCy Docs are
read once and reused across folds. `--sweep` also scores a grid of the override thresholds in
figures/name.py (OVERRIDE_SILENT, OVERRIDE_RULE) on the held-out folds, for calibration.

Usage: python benchmarks/metric_cv.py [--k 0] [--seeds 13] [--sweep] [DIR ...]
(--k 0, the default, leaves one document out at a time; with k > 0 each seed is one shuffle
into k folds and the pooled line sums the counts over the seeds)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import figures, metric_model, pipeline, training  # noqa: E402
from extractor.evaluate import Counts, gold_files, metrics, score_document, source_of  # noqa: E402
from extractor.extract import Options, annotated_folders, extract_document  # noqa: E402
from extractor.ingest import load  # noqa: E402
from extractor.pipeline import get_nlp  # noqa: E402

GENERATED: list = []  # generated sentence examples, in every fold's training set
GRID_SILENT = (0.5,)
GRID_RULE = (0.4, 0.5, 0.6, 0.7)


class CachedDocs:
    """Stands in for `pipeline.to_doc` during the benchmark: each Document is parsed once."""

    def __init__(self) -> None:
        self.to_doc = pipeline.to_doc
        self.docs: dict[int, object] = {}

    def __call__(self, document, nlp=None, **kwargs):
        if id(document) not in self.docs:
            self.docs[id(document)] = self.to_doc(document, nlp or get_nlp(), **kwargs)
        return self.docs[id(document)]


def load_corpus(dirs: list[Path], docs: CachedDocs) -> list[tuple[str, object, dict]]:
    """(name, Document, gold) for every annotated document, parsed once."""
    out = []
    for gold_path in (g for d in dirs for g in gold_files(d)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = load(source_of(gold_path, gold))
        docs(document)
        out.append((gold_path.name, document, gold))
    return out


def score(items, use_classifier: bool) -> Counts:
    """Summed evaluation counts of extracting `items`."""
    total = Counts()
    for _name, document, gold in items:
        record = extract_document(document, None, Options(use_classifier=use_classifier))
        total.add(score_document(record.to_dict(), gold))
    return total


def folds(names: list[str], k: int, seed: int) -> list[set[str]]:
    """k document folds from a seeded shuffle; k = 0 leaves one document out at a time."""
    order = sorted(names)
    if k <= 0:
        return [{n} for n in order]
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def line(label: str, c: Counts) -> str:
    m = metrics(c)
    return (f"{label:<28} strict F1 {m['figures_strict_f']:.3f}  loose F1 {m['figures_loose_f']:.3f}"
            f"  (strict P {m['figures_strict_p']:.3f} R {m['figures_strict_r']:.3f})")


def run(items, examples, k: int, seed: int, grid) -> tuple[Counts, dict]:
    """Rules-only counts and with-model counts per threshold pair, over k held-out folds."""
    with_model = {g: Counts() for g in grid}
    rules_only = Counts()
    with tempfile.TemporaryDirectory() as tmp:
        for i, held in enumerate(folds([n for n, _d, _g in items], k, seed)):
            train = [e for name, exs in examples.items() if name not in held for e in exs] + GENERATED
            fold_dir = Path(tmp) / f"fold{i}"
            training.fit_and_save(train, fold_dir)
            os.environ[metric_model.MODELS_ENV] = str(fold_dir)
            test = [it for it in items if it[0] in held]
            rules_only.add(score(test, False))
            for silent, rule in grid:
                figures.name.OVERRIDE_SILENT, figures.name.OVERRIDE_RULE = silent, rule
                with_model[(silent, rule)].add(score(test, True))
    os.environ.pop(metric_model.MODELS_ENV, None)
    return rules_only, with_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "corpus", ROOT / "seeds"])
    ap.add_argument("--k", type=int, default=0, help="folds by document; 0 = leave one out")
    ap.add_argument("--seeds", type=int, nargs="+", default=[13])
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--no-generated", action="store_true", help="train on the documents only")
    args = ap.parse_args()
    docs = CachedDocs()
    pipeline.to_doc = docs  # extract_document looks it up at call time
    items = load_corpus(annotated_folders(args.dirs), docs)
    examples = {name: training.doc_examples(docs(doc), gold, name, doc) for name, doc, gold in items}
    if not args.no_generated:
        GENERATED.extend(training.generated_examples())
        print(f"{len(GENERATED)} generated sentences train every fold (extractor.sentences)")
    default = (figures.name.OVERRIDE_SILENT, figures.name.OVERRIDE_RULE)
    grid = sorted({default, *((s, r) for s in GRID_SILENT for r in GRID_RULE)}) if args.sweep \
        else [default]
    print(f"{len(items)} documents, {sum(map(len, examples.values()))} running-text gold figures "
          f"the classifier reads; " + (f"k={args.k} folds by document" if args.k else "leave one document out"))
    rules_total, model_total = Counts(), {g: Counts() for g in grid}
    for seed in args.seeds:
        rules_only, with_model = run(items, examples, args.k, seed, grid)
        figures.name.OVERRIDE_SILENT, figures.name.OVERRIDE_RULE = default
        rules_total.add(rules_only)
        for g in grid:
            model_total[g].add(with_model[g])
        print(f"seed {seed}:")
        print(line("  held-out rules only", rules_only))
        print(line(f"  held-out model s={default[0]} r={default[1]}", with_model[default]))
    print(f"pooled over seeds {args.seeds}:")
    print(line("  held-out rules only", rules_total))
    if args.sweep:
        ranked = sorted(grid, key=lambda g: -metrics(model_total[g])["figures_strict_f"])
        for g in ranked[:8]:
            print(line(f"  held-out model s={g[0]} r={g[1]}", model_total[g]))
    print(line(f"  held-out model s={default[0]} r={default[1]}", model_total[default]))


if __name__ == "__main__":
    main()
