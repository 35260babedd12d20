"""Ballot: the preferences a voter is asked to mark, not reported figures.

An election leaflet under a single transferable vote asks for numbers on the ballot paper: 'VOTE 1
MACLEOD', 'Vote 1 for Ann Smith', 'Put 1 beside her name', 'Mark 2 next to your second choice', 'then
rank the others in order of preference (2, 3 and so on)'. Each is a rank the reader writes, never a
count; a count of votes has its noun ('1,204 votes', 'won by 12 votes')."""

from __future__ import annotations

import re

# the verb of marking a ballot just before the number: 'Vote 1', 'Put 1', 'Give your No 1 vote to'
_MARK_BEFORE = re.compile(r"\b(?:vote|put|mark|write|place|give\s+(?:your|her|him|them|us)|use\s+your)\s+"
                          r"(?:a\s+|your\s+|the\s+)?(?:(?:no\.?|number)\s*)?$", re.I)
# ... then a name in capitals, a name in Title Case, a place on the paper or the vote itself
_MARK_AFTER = re.compile(r"^\s*(?:(?i:beside|next\s+to|against|opposite|by\s+(?:the|her|his|their|my|our)|in\s+the\s+box|"
                         r"for\s+[A-Z]|(?:st|nd|rd|th)?\s*(?:vote|preference|choice)s?\b)|[A-Z]{2,}\b|[A-Z][a-z]+[ -][A-Z][a-z]+)")
# a run of ranks counting up, left open ('2, 3 and so on', '(2, 3, 4 etc.)') or given in order of preference
# ('number them 1, 2, 3 in order of preference')
_RANKS = re.compile(r"\b\d{1,2}(?:\s*,\s*\d{1,2})+(?:\s*,)?\s*(?:and\s+so\s+(?:on|forth)\b|etc\b|…|\.\.\.)"
                    r"|\b\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|and|or)?\s*\d{1,2}\s+in\s+(?:(?:your\s+)?order\s+of\s+)?preference\b",
                    re.I)


def is_ballot_mark(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a preference to mark on a ballot ('VOTE 1 MACLEOD')."""
    raw = text[start:end]
    if not re.fullmatch(r"\d{1,2}", raw):
        return False
    if _MARK_BEFORE.search(text[max(0, start - 30):start]) and _MARK_AFTER.match(text[end:end + 30]):
        return True
    for m in _RANKS.finditer(text, max(0, start - 30), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            ranks = [int(n) for n in re.findall(r"\d+", m.group(0))]
            return all(b == a + 1 for a, b in zip(ranks, ranks[1:]))  # ranks count up one by one
    return False
