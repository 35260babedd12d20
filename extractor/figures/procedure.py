"""Procedure: numbers of how a question is laid out or of when people act, not reported facts.

A member's written question numbers its parts inside one sentence ('tell me: 1) how many ...,
and, 2) how many ...'): the later numbers are list marks. And an age said as a choice of near ages ('took the course at
seventeen or eighteen') is when people do something, not a count of them (one person's age at
a step, 'left school at 16', stays a case fact). A vote's tally in minutes ('For (52)', 'carried
by 38 votes for, 12 against') stays a figure, metric other, as the corpus annotates it."""

from __future__ import annotations

import re

from ..numbers import Quantity, parse_words

ENUMERATION = "the number of a question's or sentence's part ('tell me: 1) how many ..., and 2) how many ...')"
AGE_CHOICE = "an age said as a choice ('took the course at seventeen or eighteen')"

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
    """Why the number at q is a list mark inside a sentence or an age said as a choice, or None."""
    if q.kind not in ("count", "word", "age"):
        return None
    raw = text[q.start:q.end]
    before, after = text[max(0, q.start - 60):q.start], text[q.end:q.end + 40]
    if re.fullmatch(r"\d{1,3}", raw):
        sentence = _sentence_before(text, q.start)
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
