"""Procedure: numbers of how a meeting ran or how a question is laid out, not reported facts.

Council minutes record each vote ('For (52)' then the names, 'Against (0)', 'Abstain (11)',
'carried by 31 votes to 12'): a count of the members voting on a motion, like a quorum ('4 of 5
members present'), is no figure of the service the paper is about. A member's written question
numbers its parts inside one sentence ('tell me: 1) how many ..., and, 2) how many ...'): the
later numbers are list marks. And an age said as a choice of near ages ('took the course at
seventeen or eighteen') is when people do something, not a count of them (one person's age at
a step, 'left school at 16', stays a case fact)."""

from __future__ import annotations

import re

from ..numbers import Quantity, parse_words

VOTE = "a vote's tally in minutes ('For (52)', 'Against (0)', 'carried by 31 votes to 12')"
ENUMERATION = "the number of a question's or sentence's part ('tell me: 1) how many ..., and 2) how many ...')"
AGE_CHOICE = "an age said as a choice ('took the course at seventeen or eighteen')"

# a recorded vote's heading: 'For (52)', 'Against: 3', 'Abstain (11)', 'Abstentions (2)' opening a line
_TALLY_LINE = re.compile(r"(?:^|\n)[ \t]*(?:for|against|abstain(?:ed|ing)?|abstentions?|in\s+favour)[ \t]*[(:–-][ \t]*$",
                         re.I)
# a tally in running text: 'carried by 31 votes to 12', 'lost by 14 votes to 30', '14 votes for and
# 30 against', '20 in favour, 8 against', 'with 3 abstentions'
_VOTES_AFTER = re.compile(r"^\s*(?:votes?\b|in\s+favour\b|against\b(?!\s+(?:a|an|the|its|our|their|this|\d)\b)|"
                          r"abstentions?\b|(?:members?|councillors?)\s+(?:voted|abstained)\b)", re.I)
_VOTES_BEFORE = re.compile(r"\b(?:votes?\s+to|votes?\s+for\s+and|in\s+favou?r\s*[,;]\s*(?:and\s+)?)\s*$", re.I)
_VOTE_WORDS = re.compile(r"\b(?:votes?|voted|voting|motion|amendment|abstain\w*|carried|lost|in\s+favour)\b", re.I)

# an age said as a choice of two near ages, then no counted noun: 'at seventeen or eighteen, ...'
_AGE_PAIR = re.compile(r"\bat\s+(?:the\s+age\s+of\s+)?(\w+)\s+(?:or|and|to)\s+(\w+)(?=\s*(?:[,.;:)!?]|$|(?:years?\s+old|"
                       r"and|or|but|when|while|because|instead|rather|before|after|so|then|opting|choosing)\b))", re.I)


def _sentence_before(text: str, start: int, reach: int = 400) -> str:
    """The text from the start of q's sentence (or line) up to q."""
    before = text[max(0, start - reach):start]
    cut = max(before.rfind("\n"), *(before.rfind(p) for p in (". ", "? ", "! ")))
    return before[cut + 1:] if cut >= 0 else before


def _value(word: str) -> float | None:
    return float(word) if word.isdigit() else parse_words(word.lower())


def procedure_reason(text: str, q: Quantity) -> str | None:
    """Why the number at q is a vote, a list mark inside a sentence or an age said as a choice, or None."""
    if q.kind not in ("count", "word", "age"):
        return None
    raw = text[q.start:q.end]
    before, after = text[max(0, q.start - 60):q.start], text[q.end:q.end + 40]
    if re.fullmatch(r"\d{1,3}", raw):
        if _TALLY_LINE.search(before) and re.match(r"[ \t]*\)?[ \t]*(?:\n|$)", after):
            return VOTE
        sentence = _sentence_before(text, q.start)
        if (_VOTES_AFTER.match(after) or _VOTES_BEFORE.search(before)) and \
                _VOTE_WORDS.search(sentence + text[q.end:q.end + 60]):
            return VOTE
        if re.match(r"\s*\)", after) and not re.search(r"\(\s*$", before) and 2 <= int(raw) <= 20 and \
                re.search(rf"(?<![\d(.,]){int(raw) - 1}\s*\)\s+\S", sentence):
            return ENUMERATION  # '1) how many ..., and, 2) how many': the previous mark in the same sentence
    window = text[max(0, q.start - 40):q.end + 40]
    for m in _AGE_PAIR.finditer(window):
        s, e = m.start(1) + q.start - min(q.start, 40), m.end(2) + q.start - min(q.start, 40)
        if s <= q.start and q.end <= e:
            a, b = _value(m.group(1)), _value(m.group(2))
            if a is not None and b is not None and 10 <= a < b <= a + 3 <= 28:
                return AGE_CHOICE
    return None
