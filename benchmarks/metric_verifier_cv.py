"""Would a learned verifier of specific metrics help at first sight of a blind set? (issue 10)

usage: PYTHONPATH=$PWD python benchmarks/metric_verifier_cv.py [FIRST_SIGHT.jsonl.gz] [DEV.jsonl.gz]

FIRST_SIGHT holds what the tool said at first sight of each released blind set (styles13..20,
each dumped by benchmarks/metric_verifier_dump.py in a detached worktree of the set's
'First measured at' commit); DEV holds what the current code says on the development folders.
Gold comes from this checkout's corpus/stylesN (and the DEV rows' folders).

For every figure with a specific (non-`other`) metric, a classifier predicts whether the metric
is right; below a threshold the figure becomes `other`. Leave-one-set-out: train on six sets'
first-sight outputs, apply to the seventh's, and print its strict figure F1 (evaluate's scoring)
before and after. The threshold is chosen inside the six training sets (nested leave-one-set-out),
never on the held-out set. Then the model trained on all seven sets is applied to DEV (in-sample
cost: right specific metrics turned into `other`, and strict F1 per folder before/after).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from extractor.evaluate import _match_figures
from extractor.figures.metric_check import doc_stats, features, method_family
from extractor.training import (FIRST_SIGHT_OUTPUTS, VERIFIER_THRESHOLD, build_verifier_pipeline, label_figures,
                                read_outputs)

ROOT = Path(__file__).resolve().parent.parent
FIRST = FIRST_SIGHT_OUTPUTS
DEV = ROOT / "benchmarks" / "data" / "metric_verifier_dev.jsonl.gz"
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
assert VERIFIER_THRESHOLD in THRESHOLDS


def gold_path(row: dict[str, Any]) -> Path:
    folder = row["folder"].replace("corpus/holdout/", "corpus/")
    return ROOT / folder / row["doc"]


# ---- data ---------------------------------------------------------------------------------

def examples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per specific predicted figure: set, doc index, figure index, features, status."""
    out = []
    for di, row in enumerate(rows):
        gold = json.loads(gold_path(row).read_text(encoding="utf-8")).get("figures", [])
        row["_gold"] = gold
        status = label_figures(row["figures"], gold)
        stats = doc_stats(row["figures"])
        for fi, f in enumerate(row["figures"]):
            if f["metric"] == "other":
                continue
            out.append({"set": row["set"], "folder": row["folder"], "di": di, "fi": fi,
                        "x": features(f, row.get("kind"), row.get("format"), stats),
                        "status": status[fi], "fam": method_family(f.get("method"))})
    return out


def strict_f1(rows: list[dict[str, Any]], to_other: set[tuple[int, int]]) -> tuple[float, int, int, int]:
    tp = pred = gold_n = 0
    for di, row in enumerate(rows):
        preds = [dict(f, metric="other") if (di, fi) in to_other else f
                 for fi, f in enumerate(row["figures"])]
        m, p = _match_figures(preds, row["_gold"], strict=True)
        tp += m
        pred += p
        gold_n += sum(1 for g in row["_gold"] if not g.get("optional"))
    prec = tp / pred if pred else 0.0
    rec = tp / gold_n if gold_n else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), tp, pred, gold_n


def train_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in items if e["status"] != "spurious"]


def fit(items: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    tr = train_items(items)
    model = build_verifier_pipeline()
    model.fit([e["x"] for e in tr], [int(e["status"] == "right") for e in tr])
    return model


def p_right(model, items: list[dict[str, Any]]) -> list[float]:  # type: ignore[no-untyped-def]
    if not items:
        return []
    return list(model.predict_proba([e["x"] for e in items])[:, 1])


def pick_threshold(items: list[dict[str, Any]], sets: list[str],
                   extra: list[dict[str, Any]] = ()) -> float:  # type: ignore[assignment]
    """The threshold with the largest summed strict-TP gain over inner leave-one-set-out folds
    (the held-out set's first-sight outputs; `extra` rows of its folder are left out too)."""
    gain: Counter[float] = Counter()
    for held in sets:
        model = fit([e for e in items if e["set"] != held]
                    + [e for e in extra if e["folder"] != "corpus/" + held])
        test = [e for e in items if e["set"] == held]
        for e, p in zip(test, p_right(model, test)):
            for t in THRESHOLDS:
                if p < t:
                    gain[t] += (e["status"] == "gold_other") - (e["status"] == "right")
    return max(THRESHOLDS, key=lambda t: (gain[t], -t)) if gain else THRESHOLDS[0]


def loso(rows: list[dict[str, Any]], items: list[dict[str, Any]], sets: list[str],
         extra: list[dict[str, Any]]) -> None:
    """Leave-one-set-out over the first-sight sets; `extra` (current outputs on development folders,
    less the held-out set's folder) joins every training fold."""
    print(f"{'set':9s} {'t':>5s} {'strict before':>14s} {'after':>7s} {'delta':>7s}  "
          "turned: gold_other right wrong_spec spurious")
    improved = 0
    fixed_t: dict[float, list[float]] = defaultdict(list)
    for held in sets:
        same = "corpus/" + held
        more = [e for e in extra if e["folder"] != same]
        train = [e for e in items if e["set"] != held]
        test = [e for e in items if e["set"] == held]
        t = pick_threshold(train, [s for s in sets if s != held], more)
        model = fit(train + more)
        probs = p_right(model, test)
        idx = [di for di, r in enumerate(rows) if r["set"] == held]
        sub = [rows[i] for i in idx]
        remap = {di: k for k, di in enumerate(idx)}
        before = strict_f1(sub, set())
        turned = {(remap[e["di"]], e["fi"]): e for e, p in zip(test, probs) if p < t}
        after = strict_f1(sub, set(turned))
        c = Counter(e["status"] for e in turned.values())
        improved += after[0] > before[0]
        print(f"{held:9s} {t:5.2f} {before[0]:14.4f} {after[0]:7.4f} {after[0] - before[0]:+7.4f}  "
              f"{c['gold_other']:10d} {c['right']:5d} {c['wrong_specific']:10d} {c['spurious']:8d}")
        for tt in THRESHOLDS:
            tset = {(remap[e["di"]], e["fi"]) for e, p in zip(test, probs) if p < tt}
            fixed_t[tt].append(strict_f1(sub, tset)[0] - before[0])
    print(f"improved on {improved} of {len(sets)} sets")
    print(f"at the product's threshold {VERIFIER_THRESHOLD}: "
          + ", ".join(f"{s} {d:+.4f}" for s, d in zip(sets, fixed_t[VERIFIER_THRESHOLD])))
    print("at fixed thresholds (the product uses VERIFIER_THRESHOLD): mean delta strict F1 / sets improved")
    for tt in THRESHOLDS:
        d = fixed_t[tt]
        print(f"  t={tt:.2f}  mean {sum(d) / len(d):+.4f}  improved {sum(x > 0 for x in d)}/{len(d)}  "
              f"worst {min(d):+.4f}")


def in_sample(dev: list[dict[str, Any]], dev_items: list[dict[str, Any]], items: list[dict[str, Any]],
              sets: list[str], with_dev: bool, cross_fit: bool) -> None:
    """Strict F1 per development folder before / after the verifier on the current code's outputs."""
    by_folder: dict[str, list[int]] = defaultdict(list)
    for di, r in enumerate(dev):
        by_folder[r["folder"]].append(di)
    print(f"{'folder':22s} {'strict before':>14s} {'after':>7s} {'delta':>7s}  turned: gold_other right "
          "wrong_spec spurious")
    full = None
    worst = 0.0
    for folder, idx in by_folder.items():
        t = VERIFIER_THRESHOLD  # the product's threshold
        if cross_fit:
            # the folder's own documents are in no training row: neither its current outputs nor,
            # for a released blind set, its first-sight outputs
            held = folder.removeprefix("corpus/")
            tr = [e for e in items if e["set"] != held]
            more = [e for e in dev_items if e["folder"] != folder] if with_dev else []
            model = fit(tr + more)
        else:
            if full is None:
                full = fit(items + (dev_items if with_dev else []))
            model = full
        test = [e for e in dev_items if e["folder"] == folder]
        probs = p_right(model, test)
        remap = {di: k for k, di in enumerate(idx)}
        sub = [dev[i] for i in idx]
        turned = {(remap[e["di"]], e["fi"]): e for e, p in zip(test, probs) if p < t}
        before = strict_f1(sub, set())
        after = strict_f1(sub, set(turned))
        c = Counter(e["status"] for e in turned.values())
        worst = min(worst, after[0] - before[0])
        print(f"{folder:22s} {before[0]:14.4f} {after[0]:7.4f} {after[0] - before[0]:+7.4f}  "
              f"{c['gold_other']:10d} {c['right']:5d} {c['wrong_specific']:10d} {c['spurious']:8d}  t={t:.2f}")
    print(f"worst in-sample delta {worst:+.4f}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    first_path = Path(args[0]) if args else FIRST
    dev_path = Path(args[1]) if len(args) > 1 else DEV
    rows = read_outputs(first_path)
    items = examples(rows)
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(re.sub(r"\D", "", s) or 0))
    dev = read_outputs(dev_path)
    dev_items = examples(dev)
    for e in dev_items:
        e["set"] = "dev"
    print(f"first-sight figures with a specific metric: {len(items)}; status "
          + ", ".join(f"{k}={v}" for k, v in Counter(e['status'] for e in items).most_common()))
    print(f"current-code figures with a specific metric on development folders: {len(dev_items)}; status "
          + ", ".join(f"{k}={v}" for k, v in Counter(e['status'] for e in dev_items).most_common()))
    for with_dev in (False, True):
        name = ("first-sight outputs of the six other sets + current outputs on development folders "
                "(less the held-out set's folder)" if with_dev else "first-sight outputs of the six other sets only")
        print(f"\n=== training on {name}")
        print("leave-one-set-out (threshold chosen by inner leave-one-set-out on the training sets)")
        loso(rows, items, sets, dev_items if with_dev else [])
        print(f"in-sample cost at the product's threshold {VERIFIER_THRESHOLD}, cross-fitted (each folder scored by a model that never saw its documents)")
        in_sample(dev, dev_items, items, sets, with_dev, cross_fit=True)
        print(f"in-sample cost at the product's threshold {VERIFIER_THRESHOLD}, product (one model on everything, "
              "applied to the current outputs it was trained with)")
        in_sample(dev, dev_items, items, sets, with_dev, cross_fit=False)


if __name__ == "__main__":
    main()
