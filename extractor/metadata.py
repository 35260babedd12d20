"""Record metadata: the area, partnership and reporting period a document is about.

Works on the text and the domain entities of the Doc (AREA from the gazetteer in models/areas.txt).
The area is the authority whose figures the document reports, so the authority named most
(title and opening weighted up) wins; the partnership is the name as the document writes it;
the period is the reporting year the document presents.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from .findings import Period
from .reporting_period import document_period

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A partnership/board name: capitalised words (with joiners such as "and", "upon", "-on-")
# before "Safeguarding [qualifiers] Partnership|Board|Together" -- the styles English
# partnerships use: "… Safeguarding Children Partnership (Board)", "… Safeguarding Partnership",
# "… Children's Safeguarding Partnership", "… Safeguarding Children Multi-Agency Partnership",
# "… Safeguarding Together".
_QUALIFIER = (r"(?:Children(?:['’]s)?|Childrens|Adults\s+and\s+Children|Vulnerable\s+People|"
              r"Assurance|Multi-Agency|Strategic)\s+")
_PARTNERSHIP = re.compile(
    r"((?:[A-Z][\w’'.]*(?:-[a-z]+-[A-Z][\w]*)?(?:\s+(?:and|&|upon|on|with|of)(?:\s+the)?\s+|\s+|,\s+))+?)"
    r"((?:Local\s+)?Safeguarding\s+(?:" + _QUALIFIER + r"){0,2}"
    r"(?:Partnership(?:\s+Board)?|Board|Together)\b)")
# "Safeguarding Children Partnership for Bath and North East Somerset": the area after the name.
_PARTNERSHIP_FOR = re.compile(
    r"\b(Safeguarding\s+(?:" + _QUALIFIER + r"){0,2}(?:Partnership|Board)\s+(?:for|of)\s+)"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:(?:\s+(?:and|&|upon|on)\s+|\s+)[A-Z][\w’'.-]*)*)")
_LEADING_NOISE = {"the", "a", "an", "by", "for", "of", "and", "to", "in", "at", "from", "with",
                  "chair", "chairman", "independent", "scrutineer", "report", "annual", "said",
                  "says", "told", "according", "our", "this", "its", "their"}
_OPENING_CHARS = 1500


@functools.lru_cache(maxsize=1)
def _area_pattern() -> re.Pattern[str]:
    from .pipeline import area_names

    names = sorted(area_names(), key=len, reverse=True)
    return re.compile(r"^(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def _area_in_name(name: str) -> str | None:
    """The authority a partnership or council name begins with, as the gazetteer writes it."""
    m = _area_pattern().match(name)
    return m.group(1) if m else None


def find_area(doc: Doc, title: str | None = None) -> str | None:
    """The AREA entity named most, with mentions in the title and opening counted double."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in ("PARTNERSHIP", "COUNCIL"):
            name = _area_in_name(ent.text)  # "Thurrock Council" names Thurrock
            if name is None:
                continue
        elif ent.label_ != "AREA":
            continue
        elif ent.start > 0 and doc[ent.start - 1].lower_ == "greater":
            continue  # "Greater Manchester" is a region, not an authority
        else:
            name = ent.text
        weight = 2 if ent.start_char < _OPENING_CHARS else 1
        counts[name] += weight
        first.setdefault(name, ent.start_char)
    if title:
        for name in list(counts):
            if re.search(rf"\b{re.escape(name)}\b", title):
                counts[name] += 3
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def _clean_partnership(prefix: str, suffix: str) -> str | None:
    prefix = re.split(r"(?<!\bSt)\.\s+", prefix)[-1]  # a sentence ended before the name
    # commas stay on their word: 'Bournemouth, Christchurch and Poole' is written so
    words = re.findall(r"[^\s,]+,?", prefix)
    while words and words[0].lower().strip("’',") in _LEADING_NOISE:
        words.pop(0)
    while words and words[0].lower().strip(",") in ("and", "&"):
        words.pop(0)
    if not words:
        return None
    words = _from_area(words, prefix)
    words[-1] = words[-1].rstrip(",")
    return " ".join(words + suffix.split())


def _from_area(words: list[str], prefix: str) -> list[str]:
    """'However, Sunderland …', 'Ofsted and Sunderland …': the name starts at the area.

    Only after a comma or 'and', so 'Greater Manchester …' keeps its first word.
    """
    starts = [i for i in range(len(words)) if _area_in_name(" ".join(words[i:]))]
    if not starts or starts[0] == 0:
        return words
    i = starts[0]
    joined = re.search(rf"(?:,|\band|&)\s+{re.escape(words[i])}\b", prefix)
    return words[i:] if words[i - 1].lower() in ("and", "&") or joined else words


def _partnership_for(head: str, place: str) -> str | None:
    """'Safeguarding Partnership for ' + 'Bath and North East Somerset', if the place is an area."""
    area = _area_in_name(place)
    if area is None:
        return None
    return " ".join((head + place[:place.lower().find(area.lower()) + len(area)]).split())


def find_partnership(text: str, area: str | None = None) -> str | None:
    """The partnership or board name the document uses most (ties: the one with the area)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    found = [(m.start(), _clean_partnership(m.group(1), m.group(2)))
             for m in _PARTNERSHIP.finditer(text)]
    found += [(m.start(), _partnership_for(m.group(1), m.group(2)))
              for m in _PARTNERSHIP_FOR.finditer(text)]
    for start, name in sorted(found, key=lambda f: f[0]):
        if name:
            counts[name] += 1
            first.setdefault(name, start)
    if not counts:
        return None

    def rank(name: str) -> tuple[int, int, int]:
        has_area = int(bool(area) and name.lower().startswith(str(area).lower()))
        return (counts[name], has_area, -first[name])

    return max(counts, key=rank)


def find_period(text: str, title: str | None = None) -> Period | None:
    """The reporting period the document presents (see extractor.reporting_period)."""
    return document_period(text, title)
