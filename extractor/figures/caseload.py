"""Caseload: a number of children or cases per worker is a caseload, not a count of the children a
metric counts ('an average caseload of 61 looked after children per IRO', 'between 50 and 70
children for a full-time reviewing officer', 'caseloads averaged 22'); a comparator of a caseload
('down from 66 a year earlier') is a caseload too (`figures.antecedent`)."""

from __future__ import annotations

import re

# the rule id of a caseload: found, and counting nothing a metric counts
CASELOAD = "caseload"

_WORKER = (r"(?:(?:full[- ]time|part[- ]time|qualified|newly\s+qualified|independent|experienced|"
           r"child\s+protection|equivalent|fte)\s+)*"
           r"(?:IROs?|CPCs?|social\s+workers?|(?:case\s*)?workers?|(?:reviewing|conference|review)\s+officers?|"
           r"practitioners?|caseworkers?|chairs?|personal\s+advisers?|PAs?|FTEs?|members?\s+of\s+staff|"
           r"team\s+managers?|advocates?)\b")
# '61 looked after children per IRO', '50 and 70 children for a full-time reviewing officer'
_PER_WORKER = re.compile(
    r"(?:\s*(?:and|to|-|–)\s*\d[\d,]*)?(?:\s+[\w'’-]+){0,6}?\s+(?:per|for\s+(?:a|an|each|every|one)|to\s+(?:a|an|each|every|one))\s+"
    + _WORKER, re.I)
# 'the average caseload was 68', 'caseloads of 22', 'caseloads averaged 22', 'caseload stood at 19'
_CASELOAD_BEFORE = re.compile(
    r"\bcase\s*loads?\b(?:\s+(?:was|were|is|are|of|at|averaged|averaging|stood|stands|remained|remains|rose|fell|"
    r"reduced|increased|dropped|now|has|have|had|been|to|around|about|nearly|almost|just|over|under|below|"
    r"above|an?|average|fell\s+to|rose\s+to|of\s+around|of\s+about|less\s+than|more\s+than|fewer\s+than)){1,5}\s*$",
    re.I)


def is_caseload(text: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the count at text[start:end] is a caseload: children or cases per worker, or the
    value a caseload 'was' or 'averaged'."""
    if _PER_WORKER.match(text, end, min(len(text), end + 120)):
        return True
    return bool(_CASELOAD_BEFORE.search(text[max(sent_start, start - 80):start]))
