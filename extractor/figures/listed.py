"""Listed: a bare count in brackets after a label in a list of such ('neglect (58), domestic abuse
(37) and hoarding (12)', 'schools (19), the police (9) and health (6)') counts what the list is
a list of, which its own words or the sentence before say; a classifier that reads the label
alone ('the police', 'domestic abuse') guesses a metric from it. Where the rules found no counted
thing, the classifier may name a metric for such a count only when the sentence or the one
before names that metric."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .analysis import _FAMILY_METRICS, _Hit, sentence_start_back
from .resolve import _GENERIC_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _bracketed_after_label(doc: Doc, ts: int, te: int) -> bool:
    """'domestic abuse (37)': a whole number alone in brackets, right after a common word (a place
    or a body named before its rate or count, 'Wokingham (16.8)', is a comparator of the metric the
    text is about)."""
    return ts >= 2 and te < len(doc) and doc[ts - 1].text == "(" and doc[te].text == ")" \
        and doc[ts - 2].is_alpha and doc[ts - 2].pos_ != "PROPN" and doc[ts:te].text.replace(",", "").isdigit()


def in_a_bracketed_list(doc: Doc, ts: int, te: int) -> bool:
    """Whether the count at tokens [ts, te) is bracketed after a label, with another such in its
    sentence."""
    if not _bracketed_after_label(doc, ts, te):
        return False
    sent = doc[ts].sent
    for t in sent:
        if t.i != ts and t.like_num and _bracketed_after_label(doc, t.i, t.i + 1):
            return True
    return False


def named_near(doc: Doc, hits: list[_Hit], ts: int, metric: str) -> bool:
    """Whether the sentence of token ts or the one before names `metric` (or its review family),
    by the Doc's rule hits."""
    lo, hi = sentence_start_back(doc, ts, 1), doc[ts].sent.end
    family = _FAMILY_METRICS.get(metric)
    return any(lo <= h.start < hi and h.rule.kind in ("noun", "prop", "family")
               and (h.rule.metric == metric or family is not None and h.rule.family == family)
               for h in hits)


def counts_its_own_noun(doc: Doc, hits: list[_Hit], ts: int, metric: str) -> bool:
    """Whether a bracketed list names its own counted thing in one of its brackets, and that thing
    is not `metric`'s: 'the largest category (1,380 concerns), followed by domestic abuse (1,104)'
    is a list of concerns, whatever metric a word of the sentence ('category') names; children or
    cases in a bracket ('category of registration (61 children)') name no other thing."""
    sent = doc[ts].sent
    for t in sent:
        if t.text != "(" or t.i + 2 >= sent.end or not doc[t.i + 1].like_num:
            continue
        noun = doc[t.i + 2]
        if noun.is_alpha and noun.pos_ == "NOUN" and noun.lower_ not in _GENERIC_NOUNS \
                and t.i + 3 < len(doc) and doc[t.i + 3].text == ")" \
                and not any(h.start <= noun.i < h.end and h.rule.metric == metric for h in hits):
            return True
    return False
