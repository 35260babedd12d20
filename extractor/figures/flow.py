"""Flow: children counted by a move between authorities, or a number said as a gap to a threshold.

Children transferred to or from another authority ('transferred 14 children out', '12 transferred
in from the port authority', 'received 9 through the National Transfer Scheme') and children who
arrived in a period ('27 have arrived spontaneously since April') are counted by a move made in a
period: a flow, not the children the authority looks after at a date (the looked-after count is a
stock; the corpus conventions read flows such as 'six secure placements during the year' as
`other`). A number said as its distance from a threshold or target ('74 UASC, 12 above the
threshold') is a gap, not a count of children either."""

from __future__ import annotations

import re

# the rule id of a count of children picked out by a move (the classifier may not overrule it)
MOVED = "moved"
# the rule id of a number said as its distance from a threshold or target
GAP = "gap"

# after the number: its children were transferred, or arrived in a period
_MOVED_AFTER = re.compile(
    r"(?:\s+(?!who\b|that\b|have\b|has\b|had\b|were\b|was\b|are\b|is\b)[\w'’-]+){0,3}?"
    r"\s+(?:who\s+|that\s+)?(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?"
    r"(?:transferred\b|arrived\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:spontaneously|since|during|this\s+(?:year|quarter|month)|last\s+(?:year|quarter|month)"
    r"|in\s+the\s+(?:year|quarter|month|period)|over\s+the)\b)", re.I)
# before it: 'transferred 14 children', 'transferred out 6 young people'
_MOVED_BEFORE = re.compile(r"\btransferred\s+(?:(?:in|out)\s+)?$", re.I)
# 'received 9 children through the National Transfer Scheme': received by a transfer
_RECEIVED_BEFORE = re.compile(r"\b(?:received|accepted|took\s+in)\s+$", re.I)
_BY_TRANSFER = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:through|via|under|from)\s+(?:the\s+)?(?:NTS|national\s+transfer"
                          r"(?:\s+scheme)?|transfer\s+scheme|rota)\b", re.I)
# '12 above the threshold', '3 below its target', '9 short of the cap'
_GAP_AFTER = re.compile(r"^\s+(?:above|below|over|under|short\s+of|beyond)\s+(?:the\s+|its\s+|our\s+|their\s+|this\s+)?"
                        r"(?:[\w'’-]+\s+){0,2}?(?:threshold|target|limit|cap|quota|ceiling|allocation)\b", re.I)


def _clause(text: str, end: int) -> str:
    """The text after the number to its clause's end (a ';', ':', '.' or a new clause)."""
    return re.split(r"[;.:]|,\s+(?:and|but|while|whereas|because)\b", text[end:end + 160], maxsplit=1)[0]


def flow_of(text: str, start: int, end: int) -> str | None:
    """MOVED when the count at text[start:end] counts children by a move between authorities or
    an arrival in a period, GAP when it is said as its distance from a threshold, else None."""
    after = _clause(text, end)
    if _GAP_AFTER.match(after):
        return GAP
    before = text[max(0, start - 40):start]
    if _MOVED_BEFORE.search(before) or _MOVED_AFTER.match(after):
        return MOVED
    if _RECEIVED_BEFORE.search(before) and _BY_TRANSFER.match(after):
        return MOVED
    return None
