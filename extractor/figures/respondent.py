"""Respondent: a share of the people asked, said as the subject of what they said.

'Just over a third (36%) said they were holding a child protection case within a month of starting', 'Two in
five members (41%) reported a caseload above 20', 'nine in ten told us the plan was unclear': a
share whose clause's verb reports what people said, felt or agreed counts the people who answered
(respondents, members, staff), whatever the words they said name. A whole of its own before the
verb that a metric counts ('58% of children on plans said they felt safer') still names it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .analysis import _Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RESPONDENTS = "respondents"

# verbs that report what people answered
_SAY_VERBS = {"say", "tell", "feel", "agree", "disagree", "think", "believe", "report", "respond", "answer",
              "describe", "indicate", "state", "rate", "worry", "fear", "consider", "expect", "claim", "admit",
              "complain", "mention", "reply", "cite", "identify"}
# the words a share's token climbs through to its clause's subject: '38' -> '%' -> (appos) 'third'
_CLIMB = ("nummod", "quantmod", "appos", "compound", "npadvmod", "nmod", "amod")


def _reporting_subject(doc: Doc, ts: int, te: int) -> Token | None:
    """The subject the share is or is part of, when its verb comes after it and reports an answer."""
    tok = doc[te - 1]
    for _ in range(5):
        if tok.dep_ == "nsubj":  # the people answering act: 'neglect was identified in 54%' is no answer
            verb = tok.head
            ok = verb.pos_ in ("VERB", "AUX") and verb.i >= te and verb.lemma_.lower() in _SAY_VERBS
            return tok if ok else None
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.pos_ == "NUM":
            tok = tok.head.head  # 'Two in five (41%)': from the fraction's second number to its first
            continue
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def is_respondents_share(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """Whether the percentage at tokens [ts, te) is a share of the people who answered: the
    subject of a verb reporting what they said, with no metric's set named before that verb."""
    subject = _reporting_subject(doc, ts, te)
    if subject is None:
        return False
    lo, hi = min(subject.left_edge.i, ts), subject.head.i
    return not any(lo <= h.start < hi and h.rule.kind in ("noun", "prop", "family")
                   and h.rule.metric not in (None, "other") for h in hits)
