"""A learned second opinion on each specific metric: below a threshold the figure becomes `other`.

At first sight of a blind set the specific metrics (everything but `other`) are much less precise
than in-sample (issue 10): rules and the metric model name a metric where the gold says `other`.
The verifier is a logistic regression over simple features of a finished figure (method family and
rule, metric, unit, confidence, whether a lexicon name of the metric (models/metric_lexicon.json)
stands in the sentence and how near the number, whether another metric's name is nearer, the
words beside the number, the subject's head word, the document's kind and format, the metric's
share of the document's figures). It is trained (extractor.training.train_metric_verifier) on
what the tool said at FIRST SIGHT of each released blind set, plus the current outputs on the
development folders; benchmarks/metric_verifier_cv.py measures it leave-one-set-out.

The features read only the figure dicts (`Figure.to_dict()` fields) so that the saved first-sight
outputs of old commits and the live pipeline are described the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import lexicon
from ..errors import ModelError

if TYPE_CHECKING:
    from ..findings import Figure

MODEL_NAME = "metric_verifier"
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FAR = 999


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(lexicon key, one regex of all its names), the names as the lexicon gives them."""
    by_key: dict[str, list[str]] = {}
    for name in lexicon.names():
        words = [re.escape(w) for w in name.text.lower().split()]
        if words:
            words[-1] += r"(?:s|es|'s)?"
            by_key.setdefault(name.key, []).append(r"\s+".join(words))
    return tuple((key, re.compile(r"\b(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")\b"))
                 for key, alts in by_key.items())


def lexicon_key(metric: str) -> str:
    """The metric_lexicon.json entry naming `metric` (the LCSPR stages share one)."""
    return "lcsprs" if metric.startswith("lcsprs") else metric


def method_family(method: str | None) -> str:
    """lexicon / rule / inherit / table / model (as benchmarks and methodstat group methods)."""
    m = method or "none"
    if m.startswith("rule:inherit"):
        return "inherit"
    if m.startswith(("rule:table", "table")):
        return "table"
    if m.startswith(("rule:lex", "lexicon")):
        return "lexicon"
    if m.startswith("rule:"):
        return "rule"
    return m.split(":")[0]


def _name_distances(sentence: str, start: int, end: int) -> dict[str, int]:
    """Per lexicon key: words between the number (sentence[start:end]) and its nearest name."""
    low = sentence.lower()
    best: dict[str, int] = {}
    for key, pat in _lexicon():
        for m in pat.finditer(low):
            gap = (low[m.end():start] if m.end() <= start else
                   low[end:m.start()] if m.start() >= end else "")
            d = len(_WORD.findall(gap))
            if d < best.get(key, _FAR):
                best[key] = d
    return best


def doc_stats(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """What the features need from the whole document: metric shares and lexicon names met."""
    n = max(len(figures), 1)
    counts = Counter(f["metric"] for f in figures)
    text = " ".join(sorted({f.get("sentence") or "" for f in figures})).lower()
    own = {key: min(len(pat.findall(text)), 20) / 20.0 for key, pat in _lexicon()}
    return {"metric_share": {m: c / n for m, c in counts.items()}, "own_names": own,
            "specific_share": sum(c for m, c in counts.items() if m != "other") / n}


def features(f: dict[str, Any], kind: str | None, fmt: str | None,
             stats: dict[str, Any]) -> dict[str, Any]:
    """The verifier's features of one figure (metric, value, unit, method, confidence, subject,
    and its first mention's `text` and `sentence`)."""
    sentence = f.get("sentence") or ""
    text = f.get("text") or ""
    pos = sentence.find(text) if text else -1
    ns, ne = (pos, pos + len(text)) if pos >= 0 else (0, 0)
    hits = _name_distances(sentence, ns, ne)
    key = lexicon_key(f["metric"])
    own = hits.get(key, _FAR)
    others = [d for k, d in hits.items() if k not in (key, "other")]
    nearest_other = min(others, default=_FAR)
    method = f.get("method") or "none"
    fam = method_family(method)
    x: dict[str, Any] = {
        "fam=" + fam: 1, "method=" + method: 1, "metric=" + f["metric"]: 1,
        "fam_metric=" + fam + "|" + f["metric"]: 1,
        "unit=" + f["unit"]: 1, "kind=" + str(kind): 1, "format=" + str(fmt): 1,
        "conf": round(float(f.get("confidence") or 0.0), 3),
        "own_in_sentence": int(own < _FAR), "own_within3": int(own <= 3),
        "own_within8": int(own <= 8),
        "other_specific_in_sentence": int(nearest_other < _FAR),
        "other_specific_closer": int(nearest_other < own),
        "other_name_within3": int(hits.get("other", _FAR) <= 3),
        "n_specific_names": len(others),
        "sentence_words_log": len(_WORD.findall(sentence)) / 40.0,
        "metric_share_in_doc": stats["metric_share"].get(f["metric"], 0.0),
        "own_names_in_doc": stats["own_names"].get(key, 0.0),
        "doc_specific_share": stats["specific_share"],
    }
    for w in _WORD.findall(sentence[ne:].lower())[:3]:
        x["after=" + w] = 1
    for w in _WORD.findall(sentence[:ns].lower())[-3:]:
        x["before=" + w] = 1
    if f.get("subject"):
        words = _WORD.findall(f["subject"].lower())
        if words:
            x["subject_head=" + words[-1]] = 1
    return x


def figure_row(fig: Figure) -> dict[str, Any]:
    """The flat dict the features read, from a live Figure (as the saved dumps hold it)."""
    m = fig.mentions[0] if fig.mentions else None
    return {"metric": fig.metric, "value": fig.value, "unit": fig.unit, "method": fig.method,
            "confidence": fig.confidence, "subject": fig.subject, "qualifier": fig.qualifier,
            "text": m.text if m else None, "sentence": m.sentence if m else None}


@lru_cache(maxsize=1)
def _model() -> tuple[Any, float] | None:
    from ..classify import load_model
    try:
        model, meta = load_model(MODEL_NAME)
    except ModelError:
        return None  # not trained: figures keep the metrics the pipeline gave them
    return model, float(meta["threshold"])


def check_metrics(figures: list[Figure], kind: str | None, fmt: str | None) -> None:
    """Turn into `other` each specific metric the verifier doubts (in place); the method says so."""
    loaded = _model()
    if loaded is None:
        return
    model, threshold = loaded
    specific = [f for f in figures if f.metric != "other"]
    if not specific:
        return
    rows = [figure_row(f) for f in figures]
    stats = doc_stats(rows)
    xs = [features(r, kind, fmt, stats) for r, f in zip(rows, figures) if f.metric != "other"]
    doubted: list[tuple[str | None, int, str]] = []
    for fig, p in zip(specific, model.predict_proba(xs)[:, 1]):
        if p < threshold:
            if fig.mentions:
                doubted.append((fig.mentions[0].sentence, fig.mentions[0].start, fig.metric))
            fig.metric = "other"
            fig.method = f"{fig.method}+doubted"
    _follow_doubted_sources(figures, doubted)


def _follow_doubted_sources(figures: list[Figure], doubted: list[tuple[str | None, int, str]]) -> None:
    """A figure that took its metric from one before it in its sentence ('fell to 112, from 126 two
    years ago', 'a rise of 9%') goes to `other` with it when the verifier doubts that figure: the
    comparator and the change count the same thing as the figure they compare."""
    if not doubted:
        return
    for fig in figures:
        if fig.metric == "other" or not (fig.method or "").startswith("rule:inherit") or not fig.mentions:
            continue
        m = fig.mentions[0]
        if any(sent == m.sentence and start < m.start and metric == fig.metric for sent, start, metric in doubted):
            fig.metric = "other"
            fig.method = f"{fig.method}+doubted"
