"""Record metadata: the area, partnership and reporting period a document is about.

Works on the text and the domain entities of the Doc (AREA from the gazetteer in models/areas.txt).
The area is the authority whose figures the document reports, so the authority named most
(title and opening weighted up) wins; the partnership is the name as the document writes it;
the period is the reporting year the document presents.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .findings import Period
from .period import find_periods

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A partnership/board name: capitalised words (with joiners such as "and", "upon", "-on-")
# before "Safeguarding (Children) Partnership|Board".
_PARTNERSHIP = re.compile(
    r"((?:[A-Z][\w’'.]*(?:-[a-z]+-[A-Z][\w]*)?(?:\s+(?:and|&|upon|on|with)\s+|\s+|,\s+))+?)"
    r"((?:Local\s+)?Safeguarding\s+(?:Children(?:['’]s)?\s+|Childrens\s+|Adults\s+and\s+Children\s+)?"
    r"(?:Partnership|Board))")
_LEADING_NOISE = {"the", "a", "an", "by", "for", "of", "and", "to", "in", "at", "from", "with",
                  "chair", "chairman", "independent", "scrutineer", "report", "annual", "said",
                  "says", "told", "according", "our", "this", "its", "their"}
# A story about one named case review ("Child T", "Baby L") presents no reporting year.
_CASE_NAME = re.compile(r"\b(?:Child|Baby|Family)\s+[A-Z]{1,2}\b(?![a-z])")
_OPENING_CHARS = 1500


def find_area(doc: Doc, title: str | None = None) -> str | None:
    """The AREA entity named most, with mentions in the title and opening counted double."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "AREA":
            continue
        name = ent.text
        weight = 2 if ent.start_char < _OPENING_CHARS else 1
        counts[name] += weight
        first.setdefault(name, ent.start_char)
    if title:
        for name in list(counts):
            if re.search(rf"\b{re.escape(name)}\b", title):
                counts[name] += 2
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def _clean_partnership(prefix: str, suffix: str) -> str | None:
    words = prefix.replace(",", " ").split()
    while words and words[0].lower().strip("’'") in _LEADING_NOISE:
        words.pop(0)
    while words and words[0].lower() in ("and", "&"):
        words.pop(0)
    if not words:
        return None
    return " ".join(words + suffix.split())


def find_partnership(text: str, area: str | None = None) -> str | None:
    """The partnership or board name the document uses most (ties: the one with the area)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _PARTNERSHIP.finditer(text):
        name = _clean_partnership(m.group(1), m.group(2))
        if name:
            counts[name] += 1
            first.setdefault(name, m.start())
    if not counts:
        return None

    def rank(name: str) -> tuple[int, int, int]:
        has_area = int(bool(area) and name.lower().startswith(str(area).lower()))
        return (counts[name], has_area, -first[name])

    return max(counts, key=rank)


def find_period(text: str, title: str | None = None) -> Period | None:
    """The reporting year the document presents: the financial-year or span period named most.

    A story about a single named case review has no reporting year (None).
    """
    if len(set(_CASE_NAME.findall(text))) == 1 and len(_CASE_NAME.findall(text)) >= 2:
        return None
    counts: Counter[tuple[str | None, str | None]] = Counter()
    sample: dict[tuple[str | None, str | None], Period] = {}
    for start, _end, period in find_periods(text):
        if period.start is None or period.end is None or period.start == period.end:
            continue  # open spans and snapshot dates are not reporting years
        if not (period.start[5:] == "04-01" and period.end[5:] == "03-31"):
            continue  # quarters and odd spans are figure periods, not the report's
        key = (period.start, period.end)
        counts[key] += 2 if start < _OPENING_CHARS else 1
        sample.setdefault(key, period)
    if title:
        for start, _end, period in find_periods(title):
            key = (period.start, period.end)
            if key in counts:
                counts[key] += 3
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], k[0] or ""))
    return sample[best]
