"""The metric classifier: which metrics.json metric a reported figure counts.

A figure is a number span in a spaCy Doc. `metric_features` describes it (the counted noun
phrase from the dependency parse, the governing verb, the sentence's words, nearby unit cues
and the domain entities in the sentence); a scikit-learn pipeline (DictVectorizer +
LogisticRegression) trained on the gold corpus maps those features to a metric with a
probability. The model is stored with `classify.save_model` under models/metric_model/.

Training reads the rules' own metric for each running-text gold figure
(`figures.rule_metric_for`), so the rule's opinion (`rule=<metric>`, `rule_id=<id>`) is a
feature the model learns to trust or overrule; the previous figure's rule metric stands in
for an elided counted noun ('There are 17 still open'). Table cells and inherited figures are
left out: the classifier never decides those. figures/name.py decides when the model may overrule
(OVERRIDE_RULE, OVERRIDE_SILENT); benchmarks/metric_cv.py measures it on held-out documents.

Training and cross-validation live in extractor.training (they read the annotated corpus through
ingest; this module reads only the saved model). The model directory is `models/` unless the environment variable REVIEW_RECORDS_MODELS_DIR
names another one (the benchmark trains fold models in a temp dir).
"""

from __future__ import annotations

import functools
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .classify import load_model
from .errors import ModelError
from .pipeline import DOMAIN_LABELS, MODELS_DIR, ents_between

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


log = logging.getLogger(__name__)

MODEL_NAME = "metric_model"
MODELS_ENV = "REVIEW_RECORDS_MODELS_DIR"
# Head nouns that name a measure rather than the thing counted: follow their "of" phrase.
GENERIC_NOUNS = {"number", "rate", "total", "proportion", "percentage", "figure", "level",
                 "share", "count", "majority", "minority", "third", "quarter", "half", "%",
                 "cent", "fifth", "tenth", "two", "thirds", "one"}
UNIT_NOUNS = {"%": "percent", "cent": "percent", "percent": "percent", "m": "gbp",
              "million": "gbp", "k": "gbp", "bn": "gbp", "day": "days", "week": "weeks",
              "month": "months", "year": "years", "pound": "gbp", "minute": "minutes",
              "hour": "hours"}
WINDOW = 4
MAX_NP = 12


UNIT_TOKENS = {"%", "per", "cent", "percent", "m", "m.", "k", "bn", "million", "billion", "£"}


def _core(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The number's own tokens: '£' and '%', 'per cent', 'm' move out to the context, so a
    caller's mention span ('£1.2m', '18 per cent') and a bare number give the same features."""
    while end - start > 1 and doc[start].lower_ in UNIT_TOKENS:
        start += 1
    while end - start > 1 and doc[end - 1].lower_ in UNIT_TOKENS:
        end -= 1
    return start, end


def _span_root(span: Span) -> Token:
    """The span token whose head lies outside the span (the number's attachment point)."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[-1]


def _of_object(tok: Token) -> Token | None:
    """The noun after "of" hanging from `tok` ("three of these families" -> families)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _subject_of(verb: Token) -> Token | None:
    """The nominal subject of a verb ("the number of children rose to 520" -> number)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _counted_noun(root: Token, span: Span) -> tuple[Token | None, list[str]]:
    """The noun the number counts, and the unit or measure nouns passed on the way."""
    passed: list[str] = []
    noun: Token | None = None
    if root.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod", "appos") and \
            root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
    elif _of_object(root) is not None:
        noun = _of_object(root)
    elif root.dep_ == "pobj" and root.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        noun = _subject_of(root.head.head) or _subject_of(root.head.head.head)
    for _ in range(3):  # unit and measure nouns ("%", "month", "rate") hand over to the real noun
        if noun is None or noun.lemma_.lower() not in GENERIC_NOUNS | set(UNIT_NOUNS):
            break
        passed.append(noun.lemma_.lower())
        nxt = _of_object(noun)
        if nxt is None and noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ == "NOUN":
            nxt = noun.head
        noun = nxt
    if noun is not None and span.start <= noun.i < span.end:
        noun = None
    return noun, passed


def _np_lemmas(noun: Token, span: Span) -> list[str]:
    """Lemmas of the noun with its compound/amod children and one level of prep objects."""
    out = [noun.lemma_.lower()]
    for child in noun.children:
        if span.start <= child.i < span.end:
            continue
        if child.dep_ in ("compound", "amod", "nmod"):
            out.append(child.lemma_.lower())
        elif child.dep_ in ("prep", "acl", "relcl"):
            for sub in child.subtree:
                if sub.is_alpha and not sub.is_stop and not (span.start <= sub.i < span.end):
                    out.append(sub.lemma_.lower())
    return out[:MAX_NP]


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above `tok` in the parse."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _unit_cues(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """Unit-ish cues next to the number: %, per cent, per 10,000, £, durations."""
    feats: dict[str, Any] = {}
    before = [t.lower_ for t in doc[max(0, start - 3):start] if not t.is_space][-2:]
    after = [t.lower_ for t in doc[end:end + 5] if not t.is_space][:4]
    if "£" in before or any(t.text.startswith("£") for t in doc[start:end]):
        feats["unit=gbp"] = 1.0
    if after[:1] in (["%"], ["percent"]) or after[:2] == ["per", "cent"]:
        feats["unit=percent"] = 1.0
    if "per" in after[:2]:
        feats["unit=per_" + next((a for a in after[1:3] if a[:1].isdigit()), "x")] = 1.0
    for tok in after[:3]:
        unit = UNIT_NOUNS.get(tok.rstrip("s"))
        if unit in ("days", "weeks", "months", "years"):
            feats["unit=" + unit] = 1.0
            break
    for tok in after[:2]:
        feats["next=" + tok] = 1.0
    if before:
        feats["prev=" + before[-1]] = 1.0
    return feats


def _number_shape(span: Span) -> dict[str, Any]:
    """Whether the number is digits or words, and its rough size (years, big counts)."""
    text = span.text.replace(",", "")
    if re.fullmatch(r"£?\d+(\.\d+)?", text):
        value = float(text.lstrip("£"))
        size = "0" if value == 0 else str(min(6, len(str(int(value)))))
        return {"shape=digits": 1.0, "size=" + size: 1.0, "decimal": float("." in text)}
    return {"shape=words": 1.0}


def metric_features(doc: Doc, start_tok: int, end_tok: int, rule_metric: str | None,
                    rule_id: str | None = None) -> dict[str, Any]:
    """Features of the figure whose number is tokens [start_tok, end_tok) of `doc`, with the
    metric rules' reading of it (`figures.rule_metric_for`) when known."""
    start_tok, end_tok = _core(doc, start_tok, end_tok)
    span = doc[start_tok:end_tok]
    root = _span_root(span)
    sent = span.sent
    feats: dict[str, Any] = {"dep=" + root.dep_: 1.0}
    noun, passed = _counted_noun(root, span)
    for lemma in passed:
        feats["measure=" + lemma] = 1.0
    if noun is not None:
        feats["head=" + noun.lemma_.lower()] = 1.0
        for lemma in _np_lemmas(noun, span):
            feats["np=" + lemma] = 1.0
    verb = _governing_verb(root)
    if verb is not None:
        feats["verb=" + verb.lemma_.lower()] = 1.0
        feats["neg"] = float(any(c.dep_ == "neg" for c in verb.children))
    for tok in sent:
        if tok.is_alpha and not tok.is_stop and not (start_tok <= tok.i < end_tok):
            feats["sent=" + tok.lemma_.lower()] = 0.5
            if tok.pos_ == "VERB":
                feats["sverb=" + tok.lemma_.lower()] = 1.0
    for side, toks in (("left", reversed(doc[max(sent.start, start_tok - WINDOW):start_tok])),
                       ("right", doc[end_tok:min(sent.end, end_tok + WINDOW)])):
        for tok in toks:
            if tok.like_num or tok.dep_ == "cc" or tok.text in (",", ";", "|"):
                break  # words past another number or a conjunction describe another figure
            if not tok.is_space:
                feats[f"{side}={tok.lower_}"] = 1.0
    feats.update(_unit_cues(doc, start_tok, end_tok))
    feats.update(_number_shape(span))
    feats.update(_entity_features(sent, start_tok))
    if noun is not None:
        for ent in ents_between(doc, sent.start, sent.end):
            if ent.label_ == "REVIEW_TYPE" and ent.start <= noun.i < ent.end:
                feats["np_review=" + (ent.ent_id_ or "review")] = 1.0
    feats.update(_rule_features(rule_metric, rule_id))
    prev = _previous_figure(doc, start_tok)
    if prev is not None:
        # an elided count ('There are 17 still open') usually counts what the figure before did
        feats["prev_fig=" + prev] = 1.0
        if _elided(doc, start_tok, end_tok, noun):
            feats["elided_prev=" + prev] = 1.0
    return feats


ANAPHORS = {"they", "them", "those", "these", "which", "remaining", "other", "others", "both",
            "all", "each", "rest"}


def _elided(doc: Doc, start: int, end: int, noun: Token | None) -> bool:
    """The number names no counted noun of its own: 'the remaining six', '42 of them', '17 are
    still open', 'Five of those'."""
    if noun is None or noun.pos_ == "PRON" or noun.lower_ in ANAPHORS:
        return True
    near = {t.lower_ for t in doc[max(0, start - 2):min(len(doc), end + 2)]}
    return bool(near & ANAPHORS)


def _rule_features(rule_metric: str | None, rule_id: str | None) -> dict[str, Any]:
    """The rules' opinion: their metric and which rule gave it (so the model learns how far
    to trust each rule). Rule x noun and rule x verb pairs were tried and overfit."""
    if not rule_metric:
        return {}
    feats: dict[str, Any] = {"rule=" + rule_metric: 1.0}
    if rule_id:
        feats["rule_id=" + rule_id] = 1.0
    return feats


def _previous_figure(doc: Doc, start_tok: int, sentences: int = 3) -> str | None:
    """The rules' metric of the nearest figure before this one that a rule names, in this or
    the two sentences before."""
    from .figures import rule_metric_for

    lo = doc[start_tok].sent.start
    for _ in range(sentences - 1):
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    for i in range(start_tok - 1, lo - 1, -1):
        if doc[i].like_num or doc[i].lower_ in ("no", "none", "half", "third", "quarter"):
            reading = rule_metric_for(doc, i, i + 1)
            if reading is not None and reading[1] not in ("unit", "none"):
                return reading[0]
    return None


def _entity_features(sent: Span, at: int) -> dict[str, Any]:
    """Domain entities in the sentence, and the REVIEW_TYPE nearest to the number."""
    feats: dict[str, Any] = {}
    nearest: tuple[int, str] | None = None
    for ent in ents_between(sent.doc, sent.start, sent.end):
        if ent.label_ not in DOMAIN_LABELS:
            continue
        key = ent.ent_id_ or ent.label_.lower()
        feats[f"ent={ent.label_}:{key}"] = 1.0
        if ent.label_ == "REVIEW_TYPE":
            dist = min(abs(ent.start - at), abs(ent.end - at))
            if nearest is None or dist < nearest[0]:
                nearest = (dist, key)
    if nearest is not None:
        feats["near_review=" + nearest[1]] = 1.0
    return feats


def resolve_models_dir(override: Path | None = None) -> Path:
    """Where the model lives: `override`, else $REVIEW_RECORDS_MODELS_DIR, else models/."""
    return Path(override or os.environ.get(MODELS_ENV) or MODELS_DIR)


@functools.lru_cache(maxsize=4)
def _cached_model(models_dir: Path) -> Any | None:
    """The trained pipeline from models_dir, or None when it has not been trained."""
    try:
        model, _meta = load_model(MODEL_NAME, models_dir)
    except ModelError as exc:
        log.info("metric model unavailable: %s", exc)
        return None
    return model


def predict_metric(features: dict, *, models_dir: Path | None = None) -> tuple[str, float] | None:
    """The most likely metric and its probability; None when no model is trained."""
    model = _cached_model(resolve_models_dir(models_dir))
    if model is None:
        return None
    probs = _probabilities(model, features)
    best = int(probs.argmax())
    return str(model.classes_[best]), float(probs[best])


def _probabilities(model: Any, features: dict) -> Any:
    """`model.predict_proba([features])[0]`. For the trained pipeline (a DictVectorizer, then a
    multinomial LogisticRegression) the same arithmetic without scikit-learn's checks of its
    input, which cost ten times the sum itself, once per figure: the same scores
    (`decision_function`) and softmax, so the same probabilities to the last bit."""
    steps = getattr(model, "steps", None)
    if steps is not None and len(steps) == 2:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.utils.extmath import safe_sparse_dot, softmax

        vec, clf = steps[0][1], steps[1][1]
        if type(vec) is DictVectorizer and type(clf) is LogisticRegression and len(clf.classes_) > 2 \
                and clf.coef_.ndim == 2:
            x = vec.transform([features])
            scores = safe_sparse_dot(x, clf.coef_.T, dense_output=True) + clf.intercept_
            return softmax(scores, copy=False)[0]
    return model.predict_proba([features])[0]
