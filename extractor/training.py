"""Training and cross-validation of the classifiers: the metric model (extractor.metric_model),
the kind model (extractor.kind) and the metric verifier (extractor.figures.metric_check).

Inference lives in those modules and reads only the saved models; everything that reads the
annotated corpus (gold files, their documents through ingest, the generated sentence sets)
lives here, so findings never call back into ingest. `review-records train` calls
`extract.train_all`, which calls `train_kind_model`, `train_metric_model` and then
`train_metric_verifier` (it learns from the metric model's outputs);
benchmarks/metric_cv.py uses `doc_examples`, `generated_examples` and `fit_and_save`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import kind, metric_model
from .classify import data_hash, save_model
from .errors import ExtractorError
from .evaluate import gold_files, source_of
from .figures import rule_metric_for
from .ingest import load
from .numbers import parse_fraction, parse_money, parse_number
from .pipeline import MODELS_DIR, doc_text, get_nlp, to_doc
from .sentences import generate
from .tables import text_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .document import Document

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- the metric model

def build_metric_pipeline() -> Any:
    """An untrained DictVectorizer + LogisticRegression pipeline."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([("vec", DictVectorizer()),
                     ("clf", LogisticRegression(C=10.0, max_iter=3000,
                                                class_weight="balanced"))])


def train_metric_model(corpus_dirs: list[Path], *, models_dir: Path | None = None) -> dict:
    """Train on every gold figure under `corpus_dirs` and the generated sentence sets
    (extractor.sentences), save the model, return its meta."""
    examples = collect_examples(corpus_dirs)
    if not examples:
        raise ExtractorError(", ".join(map(str, corpus_dirs)), "no gold figures found")
    return fit_and_save(examples + generated_examples(), models_dir, cv=True)


# A generated sentence teaches a name or a construction; a real document's figure weighs more.
GENERATED_WEIGHT = 0.3
GENERATED = "generated:"
# The constructions the classifier trains on. Partitive, pronoun-set and share sentences are
# generated (and tested through the rules) but not trained on: they teach 'a subset with a trait
# keeps its set's metric', which lowered blind hold-out strict F1 from 0.954 to 0.911 (its gold
# reads such subsets as 'other'); the rules decide those constructions.
TRAIN_CONSTRUCTIONS = ("direct", "label", "coordination", "comparison")


def generated_examples() -> list[Example]:
    """Examples from the generated sentence sets, read by the rules as running text is."""

    sentences = [s for s in generate() if s.construction in TRAIN_CONSTRUCTIONS]
    out: list[Example] = []
    for s, doc in zip(sentences, get_nlp().pipe(s.text for s in sentences)):
        at = s.text.rfind(s.number)
        found = number_span(doc, at, at + len(s.number), float(s.value))
        if found is None:
            continue
        reading = rule_metric_for(doc, *found)
        if reading is None or reading[1] == "inherit":
            continue  # the classifier never reads it
        key = f"{GENERATED}{s.construction}\t{s.text}\t{s.value}\t{s.metric}"
        out.append(Example(GENERATED + s.construction, key, metric_model.metric_features(doc, *found, *reading),
                           s.metric, GENERATED_WEIGHT))
    return out


def fit_and_save(examples: list[Example], models_dir: Path | None = None, *,
                 cv: bool = False) -> dict:
    """Fit the pipeline on `examples`, save it (with grouped-CV scores if `cv`), return meta."""
    X = [e.features for e in examples]
    y = [e.label for e in examples]
    groups = [e.doc for e in examples]
    scores = grouped_cv(build_metric_pipeline, examples) if cv else {}
    model = build_metric_pipeline().fit(X, y, clf__sample_weight=[e.weight for e in examples])
    meta = {"labels": sorted(set(y)), "n_examples": len(y), "n_documents": len(set(groups)),
            "n_generated": sum(e.doc.startswith(GENERATED) for e in examples),
            "data_hash": data_hash([e.key for e in examples]), **scores,
            "rule_metric_feature": "figures.rule_metric_for on each gold figure"}
    save_model(metric_model.MODEL_NAME, model, meta, metric_model.resolve_models_dir(models_dir))
    metric_model._cached_model.cache_clear()
    return meta


# ---------------------------------------------------------------- training data

# Words the number parser leaves to context (extractor.numbers): in a gold anchor they are values.
CONTEXT_VALUES = {"none": 0.0, "no": 0.0, "nil": 0.0, "any": 0.0, "not one": 0.0, "a": 1.0,
                  "an": 1.0, "single": 1.0, "both": 2.0}
SCALES = {"m", "million", "k", "bn", "billion", "thousand"}
MAX_SPAN = 4


@dataclass
class Example:
    """One gold figure located in its document: features, label and provenance."""

    doc: str
    key: str
    features: dict[str, Any]
    label: str
    weight: float = 1.0


def span_value(tokens: list[str]) -> float | None:
    """The value of a run of tokens, read by extractor.numbers: '1,084', '£1.2m', 'a third'."""
    text = ""
    for i, tok in enumerate(tokens):
        glue = i == 0 or tok == "-" or tokens[i - 1] in ("-", "£") or tok.lower().rstrip(".") in SCALES
        text += ("" if glue else " ") + tok
    text = text.rstrip(".")
    if text.lower() in CONTEXT_VALUES:
        return CONTEXT_VALUES[text.lower()]
    for parse in (parse_money, parse_fraction, parse_number):
        value = parse(text)
        if value is not None:
            return value
    return None


def _normalise(text: str, drop_hyphens: bool) -> tuple[str, list[int]]:
    """Text with whitespace collapsed (and optionally line-end hyphens dropped and table
    cell bars read as spaces), plus a map from each normalised character back to `text`."""
    out: list[str] = []
    pos: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if drop_hyphens and ch == "-" and i + 1 < len(text) and text[i + 1] == "\n":
            i += 2
            while i < len(text) and text[i] in " \t":
                i += 1
            continue
        if ch == "\u00ad":
            i += 1
            continue
        if ch.isspace() or (drop_hyphens and ch == "|"):
            if out and out[-1] == " ":
                i += 1
                continue
            ch = " "
        out.append({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}.get(ch, ch))
        pos.append(i)
        i += 1
    return "".join(out), pos


def find_anchor(text: str, anchor: str) -> tuple[int, int] | None:
    """Offsets of `anchor` in `text`, tolerant of whitespace, quote style and line hyphens."""
    needle, _ = _normalise(anchor, drop_hyphens=False)
    for drop in (False, True):
        hay, pos = _normalise(text, drop)
        for h, n in ((hay, needle.strip()), (hay.lower(), needle.strip().lower())):
            at = h.find(n)
            if at >= 0 and n:
                return pos[at], pos[at + len(n) - 1] + 1
    return None


WEAK_WORDS = {"a", "an", "any", "no", "single"}


def number_span(doc: Doc, start: int, end: int, value: float) -> tuple[int, int] | None:
    """The shortest token span inside chars [start, end) whose value equals `value`.

    Articles and 'no'/'any' count only when no real number word or digit matches."""
    toks = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    for allow_weak in (False, True):
        for length in range(1, MAX_SPAN + 1):
            for i in range(len(toks) - length + 1):
                words = [t.text for t in toks[i:i + length]]
                if not allow_weak and words[0].lower() in WEAK_WORDS:
                    continue
                got = span_value(words)
                if got is not None and abs(got - value) < 0.01:
                    # a trailing scale word ('m' in '£1.2m') stays outside as a unit cue
                    cut = 1 if length > 1 and words[-1].lower().rstrip(".") in SCALES else 0
                    return toks[i].i, toks[i].i + length - cut
    return None


def _doc_examples(gold_path: Path, nlp: Any) -> list[Example]:
    """Examples for the gold figures of one document that can be located in its text."""

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = source_of(gold_path, gold)
    if not source.is_file():
        return []
    try:
        document = load(source)
    except (ExtractorError, ImportError) as exc:  # a reader not written yet, or a bad file
        log.warning("skipping %s: %s", source.name, exc)
        return []
    return doc_examples(to_doc(document, nlp), gold, source.name, document)


def _table_cells(doc: Doc, document: Document | None) -> list[tuple[int, int]]:
    """Character spans of table cells (the classifier never reads those: tables have rows)."""

    tables = list(document.tables if document is not None else []) + text_tables(doc_text(doc))
    return [(c.start, c.end) for t in tables for row in t.rows for c in row]


def doc_examples(doc: Doc, gold: dict[str, Any], name: str,
                 document: Document | None = None) -> list[Example]:
    """Examples for the gold figures of one parsed document that the classifier would see:
    running-text figures the rules propose, with the rules' reading of them."""

    cells = _table_cells(doc, document)
    out = []
    for fig in gold.get("figures", []):
        where = find_anchor(doc_text(doc), fig["anchor"])
        found = where and number_span(doc, where[0], where[1], float(fig["value"]))
        if not found:
            log.info("%s: cannot align %r", name, fig["anchor"])
            continue
        at = doc[found[0]].idx
        reading = None if any(s <= at < e for s, e in cells) else rule_metric_for(doc, *found)
        if reading is None or reading[1] == "inherit":
            continue  # the classifier never reads it, or its metric is inherited after it
        key = f"{name}\t{fig['anchor']}\t{fig['value']}\t{fig['metric']}"
        out.append(Example(name, key, metric_model.metric_features(doc, *found, *reading), fig["metric"]))
    return out


def collect_examples(corpus_dirs: list[Path]) -> list[Example]:
    """Located, featurised gold figures from every gold file under the folders."""

    nlp = get_nlp()
    examples: list[Example] = []
    for gold_path in (p for d in corpus_dirs for p in gold_files(Path(d))):
        examples.extend(_doc_examples(gold_path, nlp))
    return examples


def grouped_cv(make: Any, examples: list[Example]) -> dict[str, Any]:
    """Accuracy on real documents under GroupKFold by document (generated sentences always
    train, never test), and the majority-class baseline."""
    from collections import Counter

    from sklearn.model_selection import GroupKFold

    real = [e for e in examples if not e.doc.startswith(GENERATED)]
    extra = [e for e in examples if e.doc.startswith(GENERATED)]
    y = [e.label for e in real]
    majority = Counter(y).most_common(1)[0][1] / len(y)
    n_splits = min(5, len({e.doc for e in real}))
    if n_splits < 2:
        return {"cv_accuracy": None, "majority_baseline": round(majority, 4), "cv_folds": 0}
    right = 0
    for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(real, y, [e.doc for e in real]):
        train = [real[i] for i in train_idx] + extra
        model = make().fit([e.features for e in train], [e.label for e in train],
                           clf__sample_weight=[e.weight for e in train])
        pred = model.predict([real[i].features for i in test_idx])
        right += sum(p == real[i].label for p, i in zip(pred, test_idx))
    return {"cv_accuracy": round(right / len(y), 4), "majority_baseline": round(majority, 4),
            "cv_folds": n_splits}


# ---------------------------------------------------------------- the kind model

def build_kind_classifier() -> Any:
    """An untrained sklearn Pipeline: hashed word and character n-grams, TF-IDF, logistic regression.

    Hashing keeps the saved model small and quick to load (no vocabulary to store), which
    matters because every batch worker loads it.
    """
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    def hashed(**kwargs: Any) -> Pipeline:
        return Pipeline([("hash", HashingVectorizer(n_features=2**15, alternate_sign=False,
                                                    norm=None, **kwargs)),
                         ("tfidf", TfidfTransformer(sublinear_tf=True))])

    features = FeatureUnion([("words", hashed(ngram_range=(1, 2))),
                             ("chars", hashed(analyzer="char_wb", ngram_range=(3, 5)))])
    return Pipeline([("features", features),
                     ("clf", LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced"))])


def _kind_training_text(document: Document) -> str:
    # The synthetic corpus marks every file with the same note; it must teach nothing.
    lines = kind.kind_text(document).split("\n")
    return "\n".join(line for line in lines if "SYNTHETIC TEST DOCUMENT" not in line)


def kind_examples(corpus_dirs: list[Path]) -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, paths) from gold files and corpus/kinds/<label>/ folders."""

    texts, labels, paths = [], [], []
    for folder in corpus_dirs:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            src = folder / gold.get("doc", "")
            if gold.get("kind") in kind.KINDS and src.is_file():
                texts.append(_kind_training_text(load(src)))
                labels.append(gold["kind"])
                paths.append(str(src))
        for label in kind.KINDS:
            for src in sorted((folder / "kinds" / label).glob("*.*")):
                if src.suffix.lower() in (".txt", ".html", ".htm", ".pdf"):
                    texts.append(_kind_training_text(load(src)))
                    labels.append(label)
                    paths.append(str(src))
    return texts, labels, paths


def kind_cross_validate(texts: list[str], labels: list[str]) -> tuple[int, list[str]]:
    """(folds, each document's prediction by a model that never saw it); fixed seed.

    Every example is one document, so the folds split by document.
    """
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = max(2, min(5, min(labels.count(k) for k in set(labels))))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    return folds, [str(p) for p in cross_val_predict(build_kind_classifier(), texts, labels, cv=cv)]


def train_kind_model(corpus_dirs: list[Path], models_dir: Path | None = None) -> dict[str, Any]:
    """Train, cross-validate (by document) and save the kind classifier; returns its meta."""
    texts, labels, paths = kind_examples(corpus_dirs)
    if len(set(labels)) < 2:
        raise ValueError("kind classifier needs documents of at least two kinds")
    folds, predicted = kind_cross_validate(texts, labels)
    right = [p == lab for p, lab in zip(predicted, labels)]
    annotated = [r for r, path in zip(right, paths) if "/kinds/" not in path.replace("\\", "/")]
    model = build_kind_classifier().fit(texts, labels)
    meta = {"labels": sorted(set(labels)), "n_examples": len(texts),
            "counts": {k: labels.count(k) for k in sorted(set(labels))},
            "corpus_dirs": [str(d) for d in corpus_dirs],
            "training_data_sha256": data_hash([f"{lab}\t{t}" for t, lab in zip(texts, labels)]),
            "cv_folds": folds, "cv_accuracy": round(sum(right) / len(right), 4),
            "cv_accuracy_annotated":
                round(sum(annotated) / len(annotated), 4) if annotated else None,
            "cv_errors": sorted(f"{Path(path).name}: {lab} -> {pred}"
                                for path, lab, pred in zip(paths, labels, predicted)
                                if pred != lab)}
    kwargs = {"models_dir": models_dir} if models_dir else {}
    save_model(kind.MODEL_NAME, model, meta, **kwargs)
    kind._model.cache_clear()
    return meta


# ---------------------------------------------------------------- the period gate

@dataclass
class PeriodCase:
    """One annotated document, as the period gate sees it: its folder (a set of genres), the
    rules' answer and the gold period, the gate's features where the rules reached their last
    resort (None elsewhere), and the last resort's own answer and features whatever the rules
    read first (the gate's training example; None if it has none)."""

    folder: str
    name: str
    gold: tuple[str | None, str | None]
    rules: tuple[str | None, str | None]
    reached: dict[str, Any] | None
    example: tuple[dict[str, Any], str] | None


def period_cases(corpus_dirs: list[Path]) -> list[PeriodCase]:
    """Every annotated document under the folders (not recursive), read for the period gate."""
    from .reporting_period import document_period, last_resort

    cases = []
    for folder in corpus_dirs:
        for gold_path in gold_files(Path(folder)):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            source = source_of(gold_path, gold)
            if not source.is_file():
                continue
            try:
                document = load(source)
            except (ExtractorError, ImportError) as exc:
                log.warning("skipping %s: %s", source.name, exc)
                continue
            period = gold.get("period") or {}
            want = (period.get("start"), period.get("end")) if period.get("start") else (None, None)
            text, title = document.text, document.source.title
            date, context = document.source.date, list(document.context)
            trace: dict[str, Any] = {}
            got = document_period(text, title, date, context, gate=False, trace=trace)
            alone = last_resort(text, title, date, context)
            example = None if alone is None else (
                alone[1], "accept" if (alone[0].start, alone[0].end) == want else "reject")
            cases.append(PeriodCase(str(folder), source.name, want,
                                    (got.start, got.end) if got else (None, None),
                                    trace.get("features"), example))
    return cases


def build_period_gate() -> Any:
    """An untrained DictVectorizer + LogisticRegression pipeline for the period gate."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([("vec", DictVectorizer()),
                     ("clf", LogisticRegression(C=0.3, max_iter=3000))])


def _fit_gate(cases: list[PeriodCase], targeted: bool = False) -> Any:
    """The gate fitted on the cases' examples; `targeted` keeps as rejects only the documents
    with no period (the one case where the gate's None is right), dropping those whose vote is
    wrong for another year of their own."""
    examples = [c.example for c in cases if _trains(c, targeted) and c.example is not None]
    return build_period_gate().fit([f for f, _ in examples], [y for _, y in examples])


def _trains(case: PeriodCase, targeted: bool) -> bool:
    """Whether the case is a training example of the gate (see _fit_gate)."""
    return case.example is not None and \
        not (targeted and case.example[1] == "reject" and case.gold != (None, None))


def _gated_right(case: PeriodCase, model: Any, reject_at: float) -> bool:
    from .period_gate import reject_probability

    if case.reached is not None and reject_probability(case.reached, model) >= reject_at:
        return case.gold == (None, None)
    return case.rules == case.gold


def period_gate_cv(cases: list[PeriodCase], reject_at: float | None = None,
                   targeted: bool = False) -> dict[str, Any]:
    """Period accuracy by document, rules alone and rules + gate, leave-one-folder-out (each
    folder a set of genres: the gate never sees the folder it is tested on); and in-sample, the
    folders whose period the gate trained on all of them would get wrong. `targeted`: see
    _fit_gate."""
    from .period_gate import REJECT_AT

    reject_at = REJECT_AT if reject_at is None else reject_at
    folders = sorted({c.folder for c in cases})
    rules = sum(c.rules == c.gold for c in cases)
    gated = 0
    flipped: list[str] = []
    for folder in folders:
        train = [c for c in cases if c.folder != folder]
        if len({c.example[1] for c in train if c.example is not None}) < 2:
            gated += sum(c.rules == c.gold for c in cases if c.folder == folder)
            continue
        model = _fit_gate(train, targeted)
        for c in (c for c in cases if c.folder == folder):
            right = _gated_right(c, model, reject_at)
            gated += right
            if right != (c.rules == c.gold):
                flipped.append(f"{c.name}: {'fixed' if right else 'broken'}")
    model = _fit_gate(cases, targeted)
    in_sample: dict[str, dict[str, float]] = {}
    for folder in folders:
        mine = [c for c in cases if c.folder == folder]
        in_sample[folder] = {"rules": round(sum(c.rules == c.gold for c in mine) / len(mine), 4),
                             "gated": round(sum(_gated_right(c, model, reject_at) for c in mine)
                                            / len(mine), 4)}
    n = len(cases)
    return {"documents": n, "folders": len(folders), "reject_at": reject_at, "targeted": targeted,
            "examples": sum(_trains(c, targeted) for c in cases),
            "rejects": sum(_trains(c, targeted) and c.example is not None and
                           c.example[1] == "reject" for c in cases),
            "reached": sum(c.reached is not None for c in cases),
            "rules_accuracy": round(rules / n, 4), "gated_accuracy": round(gated / n, 4),
            "flipped": sorted(flipped), "in_sample": in_sample}


def train_period_gate(corpus_dirs: list[Path], models_dir: Path | None = None) -> dict[str, Any]:
    """Cross-validate (leave-one-folder-out) and train the period gate
    (extractor.period_gate) on the annotated documents under `corpus_dirs`, with the label that
    does better out of sample (see _fit_gate); save it only if it beats the rules alone there
    and keeps every folder's in-sample period accuracy. Retrains no other model. Returns its
    meta (with `saved`)."""
    from . import period_gate

    cases = period_cases(corpus_dirs)
    cv = max((period_gate_cv(cases, targeted=t) for t in (False, True)),
             key=lambda r: r["gated_accuracy"])  # of the two labels, the better out of sample
    keeps = all(v["gated"] >= v["rules"] for v in cv["in_sample"].values())
    saved = cv["gated_accuracy"] > cv["rules_accuracy"] and keeps
    meta = {**cv, "corpus_dirs": [str(d) for d in corpus_dirs], "saved": saved,
            "training_data_sha256": data_hash([f"{c.folder}/{c.name}\t{c.example}"
                                               for c in cases if c.example is not None])}
    if saved:
        kwargs = {"models_dir": models_dir} if models_dir else {}
        save_model(period_gate.MODEL_NAME, _fit_gate(cases, cv["targeted"]), meta, **kwargs)
        period_gate._model.cache_clear()
    return meta


# ---------------------------------------------------------------- the metric verifier

# What the tool said at first sight of each released blind set (styles13..21), dumped by
# benchmarks/metric_verifier_dump.py in a detached worktree of each set's 'First measured at'
# commit: a fresh clone cannot rebuild those worktrees, so the outputs are kept.
FIRST_SIGHT_OUTPUTS = MODELS_DIR / "metric_verifier_first_sight.jsonl.gz"
# At 0.5 every leave-one-set-out fold of benchmarks/metric_verifier_cv.py gains strict F1
# (+0.010..+0.021); the nested choice, 0.7, gains +0.004..+0.035 but doubts more right metrics
# on folders the verifier never saw (docs/metric_verifier.md).
VERIFIER_THRESHOLD = 0.5


def build_verifier_pipeline() -> Any:
    """An untrained DictVectorizer + LogisticRegression: P(the specific metric is right)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([("vec", DictVectorizer()), ("clf", LogisticRegression(C=0.5, max_iter=2000))])


def label_figures(preds: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Per predicted figure: right / gold_other / wrong_specific / spurious. Gold figures take
    predictions of the same value and unit, those of the same metric first."""
    from .evaluate import _same_value

    out = ["spurious"] * len(preds)
    taken: set[int] = set()
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in taken:
                continue
            for i, p in enumerate(preds):
                if out[i] != "spurious" or p["unit"] != g["unit"] or not _same_value(p["value"], g["value"]):
                    continue
                if strict and p["metric"] != g["metric"]:
                    continue
                taken.add(gi)
                out[i] = ("right" if p["metric"] == g["metric"] else
                          "gold_other" if g["metric"] == "other" else "wrong_specific")
                break
    return out


def read_outputs(path: Path) -> list[dict[str, Any]]:
    """Rows of a figure dump (benchmarks/metric_verifier_dump.py): one document a line."""
    import gzip

    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def current_outputs(corpus_dirs: list[Path]) -> list[dict[str, Any]]:
    """The current code's figures (the verifier off) on every annotated document, as dump rows."""
    from .extract import Options, _extract_guarded
    from .figures.metric_check import figure_row

    options = Options(verify_metrics=False)
    rows = []
    for gold_path in (p for d in corpus_dirs for p in gold_files(Path(d))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record, _err = _extract_guarded(source_of(gold_path, gold), None, options)
        if record is None:
            continue
        rows.append({"set": "current", "folder": str(gold_path.parent.resolve()), "doc": gold_path.name,
                     "kind": record.kind, "format": record.source.format,
                     "figures": [figure_row(f) for f in record.figures]})
    return rows


def verifier_examples(rows: list[dict[str, Any]], gold_root: Path
                      ) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(features, status, row) for each figure with a specific metric; a row's gold file is
    gold_root / its folder (a blind set's holdout folder read as its released one) / its doc."""
    from .figures.metric_check import doc_stats, features

    out = []
    for row in rows:
        folder = Path(str(row["folder"]).replace("corpus/holdout/", "corpus/"))
        gold_path = folder / row["doc"] if folder.is_absolute() else gold_root / folder / row["doc"]
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("figures", [])
        status = label_figures(row["figures"], gold)
        stats = doc_stats(row["figures"])
        for f, s in zip(row["figures"], status):
            if f["metric"] != "other":
                out.append((features(f, row.get("kind"), row.get("format"), stats), s, row))
    return out


def train_metric_verifier(corpus_dirs: list[Path], *, current: list[dict[str, Any]] | None = None,
                          models_dir: Path | None = None) -> dict[str, Any]:
    """Train and save the metric verifier (extractor.figures.metric_check) on the first-sight
    outputs of the released blind sets plus the current outputs on `corpus_dirs` (extracted here
    unless `current` rows are given); no other model is retrained. Returns its meta."""
    from .figures import metric_check

    root = Path(__file__).resolve().parent.parent
    rows = read_outputs(FIRST_SIGHT_OUTPUTS) + (current if current is not None
                                                 else current_outputs(corpus_dirs))
    items = [(x, s) for x, s, _row in verifier_examples(rows, root) if s != "spurious"]
    if not items:
        raise ExtractorError(str(FIRST_SIGHT_OUTPUTS), "no figures to train the metric verifier on")
    model = build_verifier_pipeline().fit([x for x, _ in items], [int(s == "right") for _, s in items])
    meta = {"threshold": VERIFIER_THRESHOLD, "n_examples": len(items),
            "counts": {s: sum(1 for _, t in items if t == s) for s in ("right", "gold_other", "wrong_specific")},
            "first_sight_sets": sorted({r["set"] for r in rows if r["set"] != "current"}),
            "corpus_dirs": [str(d) for d in corpus_dirs] or sorted({str(r["folder"]) for r in current or []}),
            "training_data_sha256": data_hash([f"{s}\t{json.dumps(x, sort_keys=True)}" for x, s in items])}
    kwargs = {"models_dir": models_dir} if models_dir else {}
    save_model(metric_check.MODEL_NAME, model, meta, **kwargs)
    metric_check._model.cache_clear()
    return meta
