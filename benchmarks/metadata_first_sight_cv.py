"""Would a gate trained on FIRST-SIGHT metadata answers (period, partnership) beat the rules?

The period gate (extractor/period_gate.py, benchmarks/period_gate_cv.py) and the partnership gate
study (benchmarks/partnership_gate_cv.py) learned from the CURRENT code's answers on the development
folders, where the rules are almost always right: nothing to learn. The metric verifier
(docs/metric_verifier.md) generalised by learning from what the tool said at first sight of each
released blind set. This does the same for the two metadata fields: the answers are the first-sight
records of styles13-21 (`benchmarks/data/metadata_first_sight.jsonl.gz`: the metadata fields of
benchmarks/metric_verifier_dump.py's rows, run in worktrees of each set's first-sight commit) plus the
current code's answers on the development folders; the features are computed from each document's
text by the CURRENT code (so an old answer and a new one are described alike); the label is whether
the answer is the gold. A gate nulls an answer it doubts (p(right) < threshold).

Scores (accuracy of the field by document):
- leave-one-set-out: train on six sets' first-sight answers + development answers (less the
  held-out set's own folder), apply to the seventh's first-sight answers;
- in-sample: trained on everything, applied to the current answers of every development folder;
- cross-fitted: each development folder scored by a gate that never saw that folder (nor its
  set's first-sight answers).

Usage: PYTHONPATH=. python benchmarks/metadata_first_sight_cv.py [--cache FILE.json]
(reading every development document with the current code takes a few minutes; --cache keeps
the rows as JSON)
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from partnership_gate_cv import DEV  # noqa: E402
from partnership_gate_cv import gate_features as partnership_features  # noqa: E402

from extractor.evaluate import _norm_name as norm  # noqa: E402
from extractor.evaluate import gold_files, source_of  # noqa: E402
from extractor.extract import annotated_folders, document_metadata  # noqa: E402
from extractor.ingest import load  # noqa: E402
from extractor.period_gate import gate_features as period_doc_features  # noqa: E402
from extractor.pipeline import to_doc  # noqa: E402
from extractor.reporting_period import document_period  # noqa: E402

FIRST_SIGHT = ROOT / "benchmarks" / "data" / "metadata_first_sight.jsonl.gz"
SETS = [f"styles{n}" for n in range(13, 22)]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _span(period: dict[str, Any] | None) -> tuple[str | None, str | None]:
    period = period or {}
    return (period.get("start"), period.get("end")) if period.get("start") else (None, None)


def period_features(base: dict[str, Any], answer: tuple[str | None, str | None],
                    text: str, date: str | None, vote_answer: tuple[str | None, str | None]
                    ) -> dict[str, Any]:
    """The document's period-gate features (current code) with the answer's shape."""
    x = dict(base)
    start, end = answer
    if start is None or end is None:
        x["answer_none"] = 1.0
        return x
    sy, sm, ey, em = int(start[:4]), int(start[5:7]), int(end[:4]), int(end[5:7])
    months = (ey - sy) * 12 + em - sm + 1
    x["months"] = math.log1p(max(0, months))
    x["shape=" + ("fy" if (sm, em, months) == (4, 3, 12) else "calendar" if (sm, em, months) == (1, 12, 12)
                  else "academic" if sm in (8, 9) and months == 12 else "short" if months < 12
                  else "long" if months > 12 else "other")] = 1.0
    years = _YEAR.findall(text)
    x["end_year_named"] = math.log1p(sum(1 for y in years if int(y) == ey))
    x["start_year_named"] = math.log1p(sum(1 for y in years if int(y) == sy))
    x["is_vote"] = float(answer == vote_answer)
    if date and date[:4].isdigit():
        gap = int(date[:4]) - ey
        x["answer_gap"] = max(-2.0, min(4.0, float(gap))) / 4
        x["after_date"] = float(start[:10] > date[:10])
    return x


def read_documents() -> list[dict[str, Any]]:
    """Every annotated development document read once by the current code: its text, the
    current answers, the period gate's document features and the last resort's answer."""
    docs = []
    for folder in annotated_folders(DEV):
        for gold_path in gold_files(folder):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            document = load(source_of(gold_path, gold))
            meta = document_metadata(document, to_doc(document, None))
            text, title, context = document.text, document.source.title, list(document.context)
            date = document.source.date
            trace: dict[str, Any] = {}
            document_period(text, title, date, context, gate=False, trace=trace)
            answer = trace.get("answer")
            docs.append({"folder": folder.name, "doc": gold_path.name, "gold": gold, "text": text,
                         "title": title, "context": context, "date": date, "area": meta.area,
                         "base": trace.get("features") or period_doc_features(text, title, context, {}),
                         "vote": [answer.start, answer.end] if answer else [None, None],
                         "period": meta.period.to_dict() if meta.period else None,
                         "partnership": meta.partnership})
    return docs


def first_sight() -> dict[str, dict[str, Any]]:
    """The first-sight records of styles13-21 by set and gold file name."""
    first: dict[str, dict[str, Any]] = defaultdict(dict)
    with gzip.open(FIRST_SIGHT, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            first[r["set"]][r["doc"]] = r
    return first


def make_rows(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (document, answer): the current answers of every development document, and
    the first-sight answers of styles13-21 on the same documents (features by the current code)."""
    first = first_sight()
    rows = []
    for d in docs:
        gold, text = d["gold"], d["text"]
        answers = [("dev", d["period"], d["partnership"])]
        fs = first.get(d["folder"], {}).get(d["doc"])
        if d["folder"] in SETS and fs and not fs.get("failed"):
            answers.append(("first", fs.get("period"), fs.get("partnership")))
        for source, period, partnership in answers:
            row: dict[str, Any] = {"folder": d["folder"], "doc": d["doc"], "source": source}
            if "period" in gold:
                ans = _span(period)
                row["period"] = {"answer": ans, "right": ans == _span(gold["period"]),
                                 "gold_none": _span(gold["period"]) == (None, None),
                                 "x": period_features(d["base"], ans, text, d["date"],
                                                      tuple(d["vote"]))}
            if "partnership" in gold:
                row["partnership"] = {
                    "answer": partnership, "right": norm(partnership) == norm(gold["partnership"]),
                    "gold_none": gold["partnership"] is None,
                    "x": partnership_features(d, partnership) if partnership else {}}
            rows.append(row)
    return rows


MODELS = ("logistic C=0.3", "logistic C=1", "logistic C=0.1", "logistic C=0.3 balanced", "boosting")
_model = MODELS[0]


def make() -> Any:
    """The gate (`_model`, one of MODELS) over the features, scaled."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    if _model == "boosting":
        clf: Any = GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0)
    else:
        clf = LogisticRegression(C=float(_model.split("C=")[1].split()[0]), max_iter=3000,
                                 class_weight="balanced" if "balanced" in _model else None)
    return Pipeline([("vec", DictVectorizer(sparse=False)), ("scale", StandardScaler()),
                     ("clf", clf)])


def _cases(rows: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    """The rows that carry an answer to gate (a None answer has nothing to null)."""
    out = []
    for r in rows:
        f = r.get(field)
        if f is None:
            continue
        answered = f["answer"] is not None and f["answer"] != (None, None) and f["answer"] != [None, None]
        out.append({**r, **f, "answered": answered})
    return out


def _score(cases: list[dict[str, Any]], gate: Any, threshold: float) -> tuple[int, int, list[str]]:
    """(right before, right after, flips) of the cases under the gate."""
    before = after = 0
    flips = []
    for c in cases:
        before += c["right"]
        if gate is not None and c["answered"] and gate.predict_proba([c["x"]])[0, 1] < threshold:
            after += c["gold_none"]
            flips.append(f"{c['folder']}/{c['doc'][:3]} {'+' if c['gold_none'] else '-' if c['right'] else '='}")
        else:
            after += c["right"]
    return before, after, flips


def _fit(train: list[dict[str, Any]]) -> Any:
    train = [c for c in train if c["answered"]]
    if len({c["right"] for c in train}) < 2:
        return None
    return make().fit([c["x"] for c in train], [int(c["right"]) for c in train])


def study(rows: list[dict[str, Any]], field: str, thresholds: tuple[float, ...]) -> None:
    cases = _cases(rows, field)
    first = [c for c in cases if c["source"] == "first"]
    dev = [c for c in cases if c["source"] == "dev"]
    print(f"\n== {field}: {len(first)} first-sight answers ({sum(not c['right'] for c in first)} wrong), "
          f"{len(dev)} development answers ({sum(not c['right'] for c in dev)} wrong)")
    for training in ("first+dev", "first only"):
        for t in thresholds:
            line, better, worse, total_b, total_a = [], 0, 0, 0, 0
            flips_all = []
            for held in SETS:
                train = [c for c in first if c["folder"] != held]
                if training == "first+dev":
                    train += [c for c in dev if c["folder"] != held]
                gate = _fit(train)
                b, a, flips = _score([c for c in first if c["folder"] == held], gate, t)
                n = sum(c["folder"] == held for c in first)
                line.append(f"{held[6:]}: {b}/{n}->{a}/{n}")
                better += a > b
                worse += a < b
                total_b += b
                total_a += a
                flips_all += flips
            print(f"[{training}, p(right) < {t}] LOSO held-out {total_b}->{total_a} of {len(first)}; "
                  f"{better} sets up, {worse} down: " + "; ".join(line))
            print("    flips (+ mended, - lost, = still wrong): " + " ".join(flips_all))
    for t in thresholds:
        gate = _fit(first + dev)
        cost, cross = [], []
        for folder in sorted({c["folder"] for c in dev}):
            mine = [c for c in dev if c["folder"] == folder]
            b, a, _ = _score(mine, gate, t)
            if a != b:
                cost.append(f"{folder} {b}->{a}/{len(mine)}")
            gx = _fit([c for c in first + dev if c["folder"] != folder])
            b, a, fl = _score(mine, gx, t)
            if a != b:
                cross.append(f"{folder} {b}->{a}/{len(mine)} ({' '.join(fl)})")
        print(f"[first+dev, p(right) < {t}] in-sample development cost: {', '.join(cost) or 'none'}")
        print(f"    cross-fitted: {'; '.join(cross) or 'none'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--read-only", action="store_true", help="only read (and cache) the documents")
    ap.add_argument("--threshold", type=float, nargs="*", default=[0.2, 0.3, 0.5])
    ap.add_argument("--models", nargs="*", default=list(MODELS), choices=MODELS)
    args = ap.parse_args()
    if args.cache and args.cache.is_file():
        docs = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        docs = read_documents()
        if args.cache:
            args.cache.write_text(json.dumps(docs), encoding="utf-8")
    if args.read_only:
        return
    rows = make_rows(docs)
    global _model
    for _model in args.models:
        print(f"\n##### gate: {_model}")
        for field in ("period", "partnership"):
            study(rows, field, tuple(args.threshold))


if __name__ == "__main__":
    main()
