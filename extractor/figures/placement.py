"""Placement: a part of the children in care counted by where they are placed or live ('of whom 31
were in residential children's homes', 'of whom 58 were with in-house foster carers', 'of whom 12
live outside the county', 'of whom 9 were more than 20 miles from home') is still a count of
children in care: the metric's own definition covers every placement and place of living (the
project's corpus-dev convention for subsets). A trait ('of whom 27 were disabled'), a status
after care ('care leavers') or a move made in a period ('placed in secure accommodation during the
year', a flow) is no placement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the rule id of a part of the children in care counted by its placement or place of living
PLACEMENT = "placement"

_SETTING = (r"(?:homes?|care|placements?|accommodation|provision|settings?|units?|foster(?:ing)?\s+care|"
            r"fostering(?:\s+(?:placements?|households))?)")
_CARER = (r"(?:(?:foster|kinship|connected|approved|in[- ]house|agency|independent|local|our|own|"
          r"family\s+and\s+friends?|friends\s+and\s+family)\s+)*"
          r"(?:carers?|parents?|mothers?|fathers?|relatives?|family|families|providers?|agenc(?:y|ies)|adopters?)")
# after the number: a verb of being or living, then a place ('in residential care', 'with our own
# carers', 'outside the county', 'out of area', 'more than 20 miles from home')
_PLACED = re.compile(
    r"\s+(?:(?:children|young\s+people)\s+)?"
    r"(?:(?:were|are|was|is|had\s+been|have\s+been|remain(?:ed)?|remains)\s+)?"
    r"(?:(?:currently|now|still|all|then)\s+)?"
    # an age said with the place: 'of whom 71 were aged 16 or 17 and living in supported accommodation'
    r"(?:aged\s+[\w-]+(?:\s+(?:or|and|to)\s+[\w-]+)?(?:\s+or\s+(?:over|under|older|younger))?\s+and\s+)?"
    r"(?:(?:living|lived|live|lives|placed|accommodated|cared\s+for|housed)\s+)?"
    r"(?:in\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?" + _SETTING + r"\b"
    r"|with\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?" + _CARER + r"\b"
    r"|(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?[\w'’-]+"
    r"|out\s+of\s+(?:the\s+)?(?:area|county|borough|city|authority|region)\b"
    r"|(?:more|over|fewer|less)\s+than\s+[\w.]+\s+miles\b|within\s+[\w.]+\s+miles\b"
    r"|[\w.]+\+?\s+(?:or\s+more\s+)?miles\s+(?:or\s+more\s+)?(?:away|from)\b)",  # ('20+ miles from home')
    re.I)
# a move made in a period is a flow, not where the children are
_FLOW = re.compile(r"\b(?:during|over|throughout|in|since)\s+(?:the\s+)?(?:last\s+|past\s+)?"
                   r"(?:year|quarter|month|period|twelve\s+months|12\s+months)\b", re.I)
# a status after or beside care is no placement
_NOT_IN_CARE = re.compile(r"\b(?:care\s+leavers?|left\s+care|leaving\s+care)\b", re.I)


def is_placement(text: str, end: int) -> bool:
    """Whether the count ending at text[end] is said to be placed or to live somewhere."""
    clause = re.split(r"[;.:]|,\s+(?:and|but|while|whereas)\b", text[end:end + 160], maxsplit=1)[0]
    m = _PLACED.match(clause)
    if not m:
        return False
    return not _FLOW.search(clause) and not _NOT_IN_CARE.search(clause)


# a set of carers, homes or places before 'of whom' is no set of children ('90 foster carers, of
# whom 20 live outside the county'), unless it is itself a placement ('with foster carers, of whom')
_NOT_CHILDREN = {"carer", "home", "household", "bed", "place", "provider", "agency", "leaver", "family",
                 "parent", "adopter", "worker", "staff", "officer"}


def in_care_set(doc: Doc, of: int) -> bool:
    """Whether the set before 'of whom' (token `of`) can be children in care."""
    k = of - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].lemma_.lower() not in _NOT_CHILDREN:
        return True
    head = doc[k]
    return any(t.lower_ in ("with", "in") for t in doc[max(0, k - 4):k]) or head.head.lower_ in ("with", "in")


def names_placement(label: str) -> bool:
    """Whether a label ('Children in care placed out of area', 'Looked after in foster care')
    names where the children it counts are placed or live: a part of the children in care
    that keeps their metric, no group picked out by a feature."""
    rest = _IN_CARE.sub(" ", f" {_ASIDE.sub('', label)}")  # the name's own 'in care' places nobody; an aside
    # in brackets says nothing of where ('with kinship (family and friends) carers')
    return not _NOT_IN_CARE.search(rest) and any(_PLACED.match(rest, m.start()) for m in re.finditer(r"\s+", rest))


_ASIDE = re.compile(r"\s*\([^()]*\)")
_IN_CARE = re.compile(r"\b(?:(?:children|young\s+people|those)\s+)?in\s+(?:our\s+|the\s+council'?s\s+)?care\b", re.I)


# the rule id of children a clause after them says are not (or no longer) in care
NOT_IN_CARE = "not in care"
# after the count, in its clause: 'who are no longer formally looked after', 'and are not in care'
_DENIED = re.compile(
    r"^(?:\s+(?![\d.,]+\b)[\w'’-]+){0,16}?,?\s+(?:who|which|that|and)\s+(?:are|were|is|was|remain)\s+(?:now\s+)?"
    r"(?:no\s+longer|not|never)\s+(?:(?:formally|legally|officially|technically)\s+)?"
    r"(?:looked[- ]after|in\s+(?:local\s+authority\s+)?care)\b", re.I)


def denied_care(text: str, end: int) -> bool:
    """Whether the clause after the count ending at text[end] says its children are not, or no
    longer, looked after ('112 children living with relatives under a kinship care order, who are
    no longer formally looked after'): a status beside care, never the looked-after count."""
    clause = re.split(r"[;.:]|,\s+(?:but|while|whereas)\b", text[end:end + 200], maxsplit=1)[0]
    return bool(_DENIED.match(clause))
