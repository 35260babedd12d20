"""Would a learned verifier of specific metrics help at first sight of a blind set? (issue 10)

usage: PYTHONPATH=$PWD python benchmarks/metric_verifier_cv.py [FIRST_SIGHT.jsonl.gz] [DEV.jsonl.gz]

FIRST_SIGHT holds what the tool said at first sight of each released blind set (styles13..19,
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

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.evaluate import _match_figures, _same_value

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "benchmarks" / "data" / "metric_verifier_first_sight.jsonl.gz"
DEV = ROOT / "benchmarks" / "data" / "metric_verifier_dev.jsonl.gz"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def read_rows(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_path(row: dict[str, Any]) -> Path:
    folder = row["folder"].replace("corpus/holdout/", "corpus/")
    return ROOT / folder / row["doc"]


def label(preds: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Per prediction: right / gold_other / wrong_specific / spurious (methodstat's matching:
    strict pass first, then loose)."""
    out = ["spurious"] * len(preds)
    used = [False] * len(preds)
    gold = [dict(g) for g in gold]
    for strict in (True, False):
        for g in gold:
            if g.get("_m"):
                continue
            for i, p in enumerate(preds):
                if used[i] or p["unit"] != g["unit"] or not _same_value(p["value"], g["value"]):
                    continue
                if strict and p["metric"] != g["metric"]:
                    continue
                used[i] = True
                g["_m"] = 1
                out[i] = ("right" if p["metric"] == g["metric"] else
                          "gold_other" if g["metric"] == "other" else "wrong_specific")
                break
    return out


# ---- features -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[re.Pattern[str]]]:
    data = json.loads((ROOT / "models" / "metric_lexicon.json").read_text(encoding="utf-8"))
    out: dict[str, list[re.Pattern[str]]] = {}
    for key, entry in data["metrics"].items():
        pats = []
        for name in entry["names"]:
            text = name["text"] if isinstance(name, dict) else name
            words = [re.escape(w) for w in text.lower().split()]
            if not words:
                continue
            words[-1] += r"(?:s|es|'s)?"
            pats.append(re.compile(r"\b" + r"\s+".join(words) + r"\b"))
        out[key] = pats
    return out


def lex_key(metric: str) -> str:
    if metric.startswith("lcsprs"):
        return "lcsprs"
    return metric


def family(method: str | None) -> str:
    m = method or "none"
    if m.startswith("rule:inherit"):
        return "inherit"
    if m.startswith("rule:table") or m.startswith("table"):
        return "table"
    if m.startswith("rule:lex") or m.startswith("lexicon"):
        return "lexicon"
    if m.startswith("rule:"):
        return "rule"
    return m.split(":")[0]


def name_hits(sentence: str, num_start: int, num_end: int) -> dict[str, int]:
    """Per lexicon key: the word distance from the number to its nearest name in the sentence."""
    low = sentence.lower()
    best: dict[str, int] = {}
    for key, pats in lexicon().items():
        for pat in pats:
            for m in pat.finditer(low):
                if m.end() <= num_start:
                    gap = low[m.end():num_start]
                elif m.start() >= num_end:
                    gap = low[num_end:m.start()]
                else:
                    gap = ""
                d = len(_WORD.findall(gap))
                if d < best.get(key, 999):
                    best[key] = d
    return best


def features(f: dict[str, Any], row: dict[str, Any], doc_stats: dict[str, Any]) -> dict[str, Any]:
    sentence = f.get("sentence") or ""
    text = f.get("text") or ""
    pos = sentence.find(text) if text else -1
    ns, ne = (pos, pos + len(text)) if pos >= 0 else (0, 0)
    hits = name_hits(sentence, ns, ne)
    key = lex_key(f["metric"])
    own = hits.get(key, 999)
    others = [d for k, d in hits.items() if k not in (key, "other")]
    nearest_other = min(others, default=999)
    method = f.get("method") or "none"
    fam = family(method)
    after = _WORD.findall(sentence[ne:].lower())[:3]
    before = _WORD.findall(sentence[:ns].lower())[-3:]
    x: dict[str, Any] = {
        "fam=" + fam: 1, "method=" + method: 1, "metric=" + f["metric"]: 1,
        "fam_metric=" + fam + "|" + f["metric"]: 1,
        "unit=" + f["unit"]: 1, "kind=" + str(row.get("kind")): 1,
        "format=" + str(row.get("format")): 1,
        "conf": float(f.get("confidence") or 0.0),
        "own_in_sentence": int(own < 999), "own_within3": int(own <= 3),
        "own_within8": int(own <= 8),
        "other_specific_in_sentence": int(nearest_other < 999),
        "other_specific_closer": int(nearest_other < own),
        "other_name_within3": int(hits.get("other", 999) <= 3),
        "n_specific_names": len(others),
        "sentence_words_log": len(_WORD.findall(sentence)) / 40.0,
        "metric_share_in_doc": doc_stats["metric_share"].get(f["metric"], 0.0),
        "own_names_in_doc": doc_stats["own_names"].get(key, 0.0),
        "doc_specific_share": doc_stats["specific_share"],
    }
    for w in after:
        x["after=" + w] = 1
    for w in before:
        x["before=" + w] = 1
    if f.get("subject"):
        words = _WORD.findall(f["subject"].lower())
        if words:
            x["subject_head=" + words[-1]] = 1
    return x


def doc_stats(row: dict[str, Any]) -> dict[str, Any]:
    figs = row["figures"]
    n = max(len(figs), 1)
    counts = Counter(f["metric"] for f in figs)
    text = " ".join({f.get("sentence") or "" for f in figs}).lower()
    own = {}
    for key, pats in lexicon().items():
        own[key] = min(sum(len(p.findall(text)) for p in pats), 20) / 20.0
    return {"metric_share": {m: c / n for m, c in counts.items()}, "own_names": own,
            "specific_share": sum(c for m, c in counts.items() if m != "other") / n}


# ---- data ---------------------------------------------------------------------------------

def examples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per specific predicted figure: set, doc index, figure index, features, status."""
    out = []
    for di, row in enumerate(rows):
        gold = json.loads(gold_path(row).read_text(encoding="utf-8")).get("figures", [])
        row["_gold"] = gold
        status = label(row["figures"], gold)
        stats = doc_stats(row)
        for fi, f in enumerate(row["figures"]):
            if f["metric"] == "other":
                continue
            out.append({"set": row["set"], "folder": row["folder"], "di": di, "fi": fi,
                        "x": features(f, row, stats), "status": status[fi],
                        "fam": family(f.get("method"))})
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


def make_model():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    return make_pipeline(DictVectorizer(), LogisticRegression(C=0.5, max_iter=2000,
                                                               class_weight=None))


def train_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in items if e["status"] != "spurious"]


def fit(items: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    tr = train_items(items)
    model = make_model()
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
    print("at fixed thresholds (for reference, not chosen blind): mean delta strict F1 / sets improved")
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
        if cross_fit:
            # the folder's own documents are in no training row: neither its current outputs nor,
            # for a released blind set, its first-sight outputs
            held = folder.removeprefix("corpus/")
            tr = [e for e in items if e["set"] != held]
            more = [e for e in dev_items if e["folder"] != folder] if with_dev else []
            t = pick_threshold(tr, [s for s in sets if s != held], more)
            model = fit(tr + more)
        else:
            if full is None:
                more = dev_items if with_dev else []
                full = (pick_threshold(items, sets, more), fit(items + more))
            t, model = full
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
    rows = read_rows(first_path)
    items = examples(rows)
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(re.sub(r"\D", "", s) or 0))
    dev = read_rows(dev_path)
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
        print("in-sample cost, cross-fitted (each folder scored by a model that never saw its documents)")
        in_sample(dev, dev_items, items, sets, with_dev, cross_fit=True)
        print("in-sample cost, product (one model on everything, applied to the current outputs)")
        in_sample(dev, dev_items, items, sets, with_dev, cross_fit=False)


if __name__ == "__main__":
    main()
