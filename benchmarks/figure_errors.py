"""Figure errors by document and by class: missed gold figures, spurious predictions and metric
confusions (right value and unit, wrong metric), with their sentences.

Matching follows `review-records evaluate`: a gold figure takes an unmatched prediction of the
same value and unit; same-metric pairs are taken first so that a confusion is a real one.

Usage: python benchmarks/figure_errors.py [--summary] DIR [DIR ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.evaluate import VALUE_TOLERANCE, gold_files, source_of  # noqa: E402
from extractor.extract import Options, extract_file  # noqa: E402


def _same(p: dict, g: dict) -> bool:
    try:
        return p.get("unit") == g.get("unit") and abs(float(p["value"]) - float(g["value"])) <= VALUE_TOLERANCE
    except (TypeError, ValueError, KeyError):
        return False


def pair(preds: list[dict], gold: list[dict]) -> tuple[list, list, list]:
    """(confusions [(gold, pred)], missed gold, spurious preds)."""
    used = [False] * len(preds)
    matched: dict[int, int] = {}
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in matched:
                continue
            for pi, p in enumerate(preds):
                if not used[pi] and _same(p, g) and (not strict or p.get("metric") == g.get("metric")):
                    used[pi], matched[gi] = True, pi
                    break
    confusions = [(gold[gi], preds[pi]) for gi, pi in matched.items()
                  if preds[pi].get("metric") != gold[gi].get("metric") and not gold[gi].get("optional")]
    missed = [g for gi, g in enumerate(gold) if gi not in matched and not g.get("optional")]
    spurious = [p for pi, p in enumerate(preds) if not used[pi]]
    return confusions, missed, spurious


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--summary", action="store_true", help="only the confusion counts")
    ap.add_argument("--rules-only", action="store_true")
    args = ap.parse_args()
    table: Counter[tuple[str, str]] = Counter()
    n_missed = n_spurious = 0
    for gold_path in (g for d in args.dirs for g in gold_files(d)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record = extract_file(source_of(gold_path, gold), None, Options(use_classifier=not args.rules_only)).to_dict()
        confusions, missed, spurious = pair(record["figures"], gold.get("figures", []))
        n_missed += len(missed)
        n_spurious += len(spurious)
        for g, p in confusions:
            table[(g["metric"], p["metric"])] += 1
        if args.summary or not (confusions or missed or spurious):
            continue
        print(f"\n=== {gold_path.name}")
        for g, p in confusions:
            s = p["mentions"][0]["sentence"] if p.get("mentions") else ""
            print(f"  CONF {g['value']} {g['unit']} gold={g['metric']} pred={p['metric']} "
                  f"[{p.get('method')}] subj={p.get('subject')!r}\n       {s[:220]!r}")
        for g in missed:
            print(f"  MISS {g['value']} {g['unit']} {g['metric']}  {g.get('anchor', '')[:160]!r}")
        for p in spurious:
            s = p["mentions"][0]["sentence"] if p.get("mentions") else ""
            print(f"  SPUR {p['value']} {p['unit']} {p['metric']} [{p.get('method')}] {s[:200]!r}")
    print(f"\nmissed {n_missed}, spurious {n_spurious}, confusions {sum(table.values())}")
    for (g, p), n in table.most_common():
        print(f"  {n:3d}  gold {g:<32} pred {p}")


if __name__ == "__main__":
    main()
