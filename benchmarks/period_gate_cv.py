"""The period gate's held-out value: document-period accuracy BY DOCUMENT, rules alone vs rules +
gate (extractor.period_gate), leave-one-folder-out over every annotated development folder
(corpus/, its annotated subfolders but corpus/holdout, and any folders given: each folder is a
set of genres, so the gate is always tested on genres it never saw), and in-sample per folder.

Usage: python benchmarks/period_gate_cv.py [--reject-at P ...] [DIR ...]
(default DIRs: corpus plus ../shared/corpus-dev, ../shared/corpus-dev2 and ../shared/seeds
where they exist). Prints one line per threshold, the documents the gate flips held out, and
the folders whose in-sample accuracy the gate would change, for two labels: the vote is not the
gold period (the issue's), and the document has no period (targeted: the one case the gate's None
mends).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import training  # noqa: E402
from extractor.extract import annotated_folders  # noqa: E402
from extractor.period_gate import REJECT_AT  # noqa: E402

# ../shared beside the main checkout (ROOT.parent) or beside a worktree's folder (ROOT.parent.parent)
SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reject-at", type=float, nargs="*", default=[REJECT_AT, 0.7, 0.85])
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args()
    extra = [SHARED / d for d in ("corpus-dev", "corpus-dev2", "seeds")]
    dirs = args.dirs or [ROOT / "corpus", *(d for d in extra if d.is_dir())]
    cases = training.period_cases(annotated_folders(dirs))
    for targeted, p in ((t, p) for t in (False, True) for p in args.reject_at):
        cv = training.period_gate_cv(cases, p, targeted)
        label = "reject = no period" if targeted else "reject = not the gold period"
        print(f"[{label}] reject_at {p:.2f}: {cv['documents']} documents in {cv['folders']} folders, "
              f"{cv['reached']} reach the last resort; {cv['examples']} training examples "
              f"({cv['rejects']} reject). Leave-one-folder-out period accuracy: rules alone "
              f"{cv['rules_accuracy']:.4f}, rules + gate {cv['gated_accuracy']:.4f}")
        for flip in cv["flipped"]:
            print(f"    held out, {flip}")
        for folder, acc in cv["in_sample"].items():
            if acc["gated"] != acc["rules"]:
                print(f"    in-sample {folder}: rules {acc['rules']:.3f} -> gated {acc['gated']:.3f}")


if __name__ == "__main__":
    main()
