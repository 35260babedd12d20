"""Would a learned gate over the partnership the rules pick beat the rules alone?

Issue 13: documents another body publishes (a trust's report, town council minutes, a charity's
appeal page, a news report) name the area's safeguarding partnership once or twice, as a partner,
a recipient of referrals or a signpost, and the rules (extractor/partnership.py find_partnership)
give it as the document's partnership. A gate would judge, once per document, whether the body the
rules keep is the document's subject or author, from measures of the whole text (`gate_features`:
how often and where the body is named, whether the text shows it as author, at the area's case
reviews or in passing, who publishes the text, how much of the text is about safeguarding
reviews, its length), trained on every annotated development document (corpus/ and its released
subfolders, ../shared/corpus-dev, ../shared/corpus-dev2, seeds; never corpus/holdout).

The final partnership field is scored BY DOCUMENT (case-insensitive, 'the' ignored, as
`review-records evaluate` does) under leave-one-folder-out folds (each folder is a set of
genres): the rules alone, and the rules with each gate variant. A gate's threshold is the lowest
probability it gives a right partnership of the rules in its training folds, so that in-sample every
development folder keeps its partnership accuracy; the 0.5 line shows the plain classifier too.

Measured (session 29, 305 documents): rules alone 302/305 (0.990); the best gate (logistic over
every body, in-sample-minimum threshold) 301/305, the other variants 284-300: no gate is shipped
(docs/blind_metadata_errors.md, 'styles19 partnership').

Usage: PYTHONPATH=. python benchmarks/partnership_gate_cv.py [--cache FILE.json]
(the documents, their areas and golds are read once, ~3 minutes; --cache keeps them as JSON)
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import partnership as P  # noqa: E402
from extractor.area import choose_area  # noqa: E402
from extractor.evaluate import _norm_name as norm  # noqa: E402
from extractor.evaluate import gold_files, source_of  # noqa: E402
from extractor.extract import annotated_folders  # noqa: E402
from extractor.genre import is_address  # noqa: E402
from extractor.ingest import load  # noqa: E402
from extractor.pipeline import to_doc  # noqa: E402
from extractor.publisher import council_publisher, outside_publisher  # noqa: E402

# ../shared beside the checkout (or a worktree's), as benchmarks/real_metadata.py finds it
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
DEV = [ROOT / "corpus", SHARED / "corpus-dev", SHARED / "corpus-dev2", ROOT / "seeds"]

# What a text about a safeguarding body's work is made of: its reviews, notifications, referrals.
_REVIEW_VOCAB = re.compile(
    r"\b(?:(?:rapid|case|practice|learning|serious\s+case|thematic)\s+reviews?|LCSPRs?|SCRs?|"
    r"CSPRs?|serious\s+incident\s+notifications?|notifications?|safeguarding\s+partners|"
    r"partnership|board|multi-agency|threshold|audit|learning|scrutineer|independent\s+scrutiny)\b",
    re.I)
# A short reference to a body already named ("the Partnership said", "the Board agreed").
_SHORT_REF = re.compile(r"\b(?:the|The|its|Its)\s+(?:Partnership|Board|Committee|Panel|LSCP|"
                        r"SCP|LSCB|SCB|CPC)\b")
_PUBLISHERS = ("school", "charity", "data service", "body", "provider", "police", "partner page",
               "government")


def _mentions(text: str, name: str) -> list[int]:
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    return [m.start() for m in re.finditer(r"\s+".join(map(re.escape, words)), text, re.I)]


def gate_features(doc: dict[str, Any], name: str) -> dict[str, float]:
    """The measures a gate judges the body `name` in one document by."""
    text, context, area = doc["text"], tuple(doc["context"]), doc["area"]
    starts = _mentions(text, name)
    meta = [line for line in (doc["title"] or "", *context) if _mentions(line, name)]
    words = max(1, len(text.split()))
    first = starts[0] if starts else len(text)
    publisher = outside_publisher(text, context, context[0] if context else None)
    feats = {
        "mentions": math.log1p(len(starts)),
        "once": float(len(starts) <= 1),
        "in_meta": float(bool(meta)),
        "in_heading": float(bool(starts) and P._in_heading(text, first)),
        "first_share": first / max(1, len(text)),
        "in_opening": float(first < P._opening(text)),
        "in_first_lines": float(text[:first].count("\n") < 5),
        "short_refs": math.log1p(len(_SHORT_REF.findall(text))),
        "review_vocab": 1000 * len(_REVIEW_VOCAB.findall(text)) / words,
        "review_work": float(any(P._review_work(text, s) for s in starts)),
        "in_passing": float(bool(starts) and P._in_passing(text, first)),
        "written_for": float(any(P._written_for(text, s) for s in starts)),
        "member_of": float(bool(starts) and P._member_of(text, starts)),
        "has_area": float(bool(area) and norm(name).startswith(str(area).lower())),
        "another_council": float(P._another_councils(name, area)),
        "council_publisher": float(council_publisher(text, context)),
        "address": float(is_address(text, context)),
        "log_length": math.log10(max(10, len(text))),
        "bodies": math.log1p(len({n for _s, _t, n in P._names(text) if n})),
    }
    feats.update({"publisher_" + k: float(publisher == k) for k in _PUBLISHERS})
    return feats


def read_documents(cache: Path | None) -> list[dict[str, Any]]:
    """Every annotated development document with a partnership gold: text, title, context, area."""
    if cache and cache.is_file():
        return list(json.loads(cache.read_text(encoding="utf-8")))
    docs = []
    for folder in annotated_folders(DEV):
        for gold_path in gold_files(folder):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if "partnership" not in gold:
                continue
            document = load(source_of(gold_path, gold))
            choice = choose_area(to_doc(document, None), document.source.title, document.context)
            docs.append({"folder": str(folder), "name": gold_path.name, "text": document.text,
                         "title": document.source.title, "context": list(document.context),
                         "area": choice.area, "areas": list(choice.areas),
                         "gold": gold.get("partnership")})
    if cache:
        cache.write_text(json.dumps(docs), encoding="utf-8")
    return docs


def candidates(doc: dict[str, Any]) -> tuple[str | None, list[tuple[str, bool, bool]]]:
    """The rules' partnership and every body the document names: (name, is gold, is the rules')."""
    rule = P.find_partnership(doc["text"], doc["area"], doc["title"], tuple(doc["context"]),
                              doc["areas"])
    names: dict[str | None, str] = {}
    for line in (doc["title"] or "", *doc["context"], doc["text"]):
        for _s, _t, name in P._names(line):
            if name:
                names.setdefault(norm(name), name)
    if rule:
        names.setdefault(norm(rule), rule)
    return rule, [(n, k == norm(doc["gold"]), k == norm(rule)) for k, n in names.items()]


def make(model: str) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    clf = {"logistic": LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
           "boosting": GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0),
           "forest": RandomForestClassifier(n_estimators=200, min_samples_leaf=2, random_state=0,
                                            class_weight="balanced")}[model]
    return Pipeline([("vec", DictVectorizer(sparse=False)), ("scale", StandardScaler()),
                     ("clf", clf)])


# Which (document, body) pairs a gate trains on: every body any document names; only the bodies
# the rules keep; the rules' bodies and every body a null-gold document names.
SETS = {"every body": lambda rows: rows,
        "rules' bodies": lambda rows: [r for r in rows if r["is_rule"]],
        "rules' + null docs'": lambda rows: [r for r in rows if r["is_rule"] or r["gold"] is None]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path)
    args = ap.parse_args()
    docs = read_documents(args.cache)
    rows, rules = [], {}
    for i, doc in enumerate(docs):
        rule, found = candidates(doc)
        rules[i] = rule
        rows += [{"doc": i, "folder": doc["folder"], "gold": doc["gold"], "name": n, "label": int(g),
                  "is_rule": r, "x": gate_features(doc, n)} for n, g, r in found]
    right = {i: norm(rules[i]) == norm(d["gold"]) for i, d in enumerate(docs)}
    folders = sorted({d["folder"] for d in docs})
    n_docs = len(docs)
    print(f"{n_docs} documents ({sum(d['gold'] is not None for d in docs)} with a partnership), "
          f"{len(folders)} folders; leave-one-folder-out, accuracy of the final partnership by document")
    print(f"{'rules alone':45s} {sum(right.values()):4d}/{n_docs} = {sum(right.values()) / n_docs:.3f}")
    rule_rows = {r["doc"]: r for r in rows if r["is_rule"]}
    for model in ("logistic", "boosting", "forest"):
        for set_name, pick in SETS.items():
            for fixed in (None, 0.5):
                got = 0
                caught, lost = [], []
                for folder in folders:
                    train = pick([r for r in rows if r["folder"] != folder])
                    test = [i for i, d in enumerate(docs) if d["folder"] == folder]
                    if len({r["label"] for r in train}) < 2:
                        got += sum(right[i] for i in test)  # no negatives to learn from: keep all
                        continue
                    gate = make(model).fit([r["x"] for r in train], [r["label"] for r in train])
                    keep = [r for r in rows if r["folder"] != folder and r["is_rule"] and r["label"]]
                    threshold = fixed if fixed is not None else \
                        min(gate.predict_proba([r["x"] for r in keep])[:, 1]) * 0.999
                    for i in test:
                        out = rules[i]
                        if out is not None and gate.predict_proba([rule_rows[i]["x"]])[0, 1] < threshold:
                            out = None
                            (caught if docs[i]["gold"] is None else lost).append(docs[i]["name"][:3])
                        got += norm(out) == norm(docs[i]["gold"])
                label = f"+ {model} gate on {set_name}, threshold {'0.5' if fixed else 'in-sample min'}"
                print(f"{label:45s} {got:4d}/{n_docs} = {got / n_docs:.3f}   nulls caught {len(caught)}, "
                      f"partnerships lost {len(lost)}")


if __name__ == "__main__":
    main()
