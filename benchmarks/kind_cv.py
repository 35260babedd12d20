"""Benchmark: the kind classifier's accuracy by document under folds grouped by folder.

Usage: python benchmarks/kind_cv.py [corpus]

`train` cross-validates the kind model with stratified folds over documents
(extractor.training.kind_cross_validate), so a fold's test documents share a folder, a writer and
a house style with its training documents. Here every annotated folder (corpus/, corpus/dev2,
corpus/styles*, never corpus/holdout) is held out in turn: a model is fitted on every other
folder's gold documents and on every labelled document under corpus/kinds/ (which are never
tested), and the held-out folder's documents are classified twice:

- model: by the fold's model alone, as `train` measures it;
- tool: by `extractor.kind.predict_kind` with the fold's model in place of the shipped one, so
  the genre and publisher rules decide first as they do in production.

Prints each folder's accuracy and the totals by document, and every miss of the tool. Reads
no folder under corpus/holdout.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import kind  # noqa: E402
from extractor.extract import annotated_folders  # noqa: E402
from extractor.ingest import load  # noqa: E402
from extractor.training import _kind_training_text, build_kind_classifier  # noqa: E402


def _gold_documents(folder: Path) -> list[tuple[Path, str]]:
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = folder / gold.get("doc", "")
        if gold.get("kind") in kind.KINDS and src.is_file():
            out.append((src, gold["kind"]))
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else ROOT / "corpus"
    started = time.perf_counter()
    folders = annotated_folders([corpus])
    docs = {folder: [(src, label, load(src)) for src, label in _gold_documents(folder)]
            for folder in folders}
    extra = [(_kind_training_text(load(src)), label) for label in kind.KINDS
             for src in sorted((corpus / "kinds" / label).glob("*.*"))
             if src.suffix.lower() in (".txt", ".html", ".htm", ".pdf")]
    model_right = tool_right = total = 0
    misses = []
    for folder in folders:
        test = docs[folder]
        if not test:
            continue
        train = [(_kind_training_text(d), label) for other, rows in docs.items() if other != folder
                 for _src, label, d in rows] + extra
        model = build_kind_classifier().fit([t for t, _ in train], [lab for _, lab in train])
        m_right = t_right = 0
        with mock.patch.object(kind, "_model", lambda model=model: model):
            for src, label, d in test:
                m_right += str(model.predict([kind.kind_text(d)])[0]) == label
                got, _p = kind.predict_kind(d)
                t_right += got == label
                if got != label:
                    misses.append(f"{src.relative_to(corpus.parent)}: {label} -> {got}")
        print(f"{str(folder.relative_to(corpus.parent)):24s} docs {len(test):3d}  model {m_right / len(test):.3f}"
              f"  tool {t_right / len(test):.3f}", flush=True)
        model_right += m_right
        tool_right += t_right
        total += len(test)
    print(f"{'ALL (by document)':24s} docs {total:3d}  model {model_right / total:.4f}  tool {tool_right / total:.4f}"
          f"  ({time.perf_counter() - started:.0f} s)")
    for miss in misses:
        print("  MISS", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
