"""Rate: a rate per 10,000 (or 1,000, 100,000) of a thing no metric counts ('the emergency admission
rate was 131.2 per 10,000', 'a rate of hospital admissions of 78.4 per 10,000') is found and fits no
metric; a rate is not a count of children on plans by default. Its comparators ('against 120.5 for
England', '(England 108.9)') and a later 'the rate was ...' of the same thing are too
(`figures.antecedent`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .analysis import _Hit
from .resolve import _GENERIC_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the rule id of a rate of a thing no metric counts
RATE_OTHER = "rate_other"
# nouns that say which rate, not what is counted ('the rate for children', 'the overall rate')
_NOT_THINGS = _GENERIC_NOUNS | {"rate", "population", "age", "year", "area", "england", "average", "level",
                                "boy", "boys", "girl", "girls", "baby", "babies", "infant", "infants", "under",
                                "wales", "scotland", "ireland", "london", "region", "nation", "neighbour",
                                "neighbours", "comparator", "benchmark", "authority", "council", "county"}


def rate_token(doc: Doc, ts: int) -> Token | None:
    """The 'rate' the number at token ts is the value of: the last 'rate' of its sentence before it,
    with no 'per' between (a rate already given its value) and no other number's 'per'."""
    sent = doc[ts].sent
    for i in range(ts - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.lower_ == "per":
            return None
        if tok.lemma_.lower() == "rate":
            return tok
    return None


def _things(rate: Token) -> list[Token]:
    """The nouns that say what a rate counts: 'emergency admission rate', 'rate of admissions'."""
    out = [c for c in rate.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
    out += [t for c in rate.children if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.children if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    # a place's rate ('the Wales rate', 'the inner London rate') says whose rate, not what it counts
    return [t for t in out if t.lower_ not in _NOT_THINGS and t.lemma_.lower() not in _NOT_THINGS
            and t.ent_type_ not in ("GPE", "LOC", "NORP", "ORG")]


def names_a_thing(rate: Token) -> bool:
    """Whether the rate says what it counts (else it is 'the rate' said before)."""
    return bool(_things(rate))


def rate_of_other(doc: Doc, hits: list[_Hit], ts: int) -> bool:
    """Whether the rate the number at ts is the value of counts a thing no metric counts: its thing
    is a noun no rule knows, or one the lexicon knows as fitting no metric."""
    rate = rate_token(doc, ts)
    if rate is None:
        return False
    things = _things(rate)
    if not things:
        return False
    for t in things:
        covering = [h for h in hits if h.start <= t.i < h.end and h.rule.kind not in ("block", "context")]
        if any(h.rule.kind != "foreign" for h in covering):
            return False  # 'the child protection plan rate', 'the re-referral rate'
    return True
