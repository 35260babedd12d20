"""Propose: every number of a text a figure might be (`numbers.find_quantities` and explicit
zeros), and its token span in the parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers import Quantity, find_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _token_span(doc: Doc, q: Quantity) -> tuple[int, int] | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


_ZERO = re.compile(r"\b(?:no|none)\b(?=\s+(?:new\s+|[A-Z]\w+\s+)?(?:\w+\s+)?(?:child|children|case|cases|"
                   r"lcsprs?|reviews?|local|notifications?|of the|required|serious))", re.I)


# events a service counts, said as none: 'There were no exclusions of pupils in care', 'no permanent exclusions',
# 'We had no complaints this year', 'no missing episodes' (a count of such events is a figure of its own, `other`)
EVENT_ZERO = re.compile(r"\s+(?:(?:permanent|fixed[- ]term|formal|new|upheld|substantiated)\s+)?(?:exclusions?|complaints?|"
                        r"missing\s+episodes?|allegations?|placement\s+(?:moves?|breakdowns?)|physical\s+(?:interventions?|"
                        r"restraints?)|restraints?|prosecutions?|arrests?)\b(?!\s+(?:policy|procedure|process|officer|team|"
                        r"form|line|was|is))", re.I)
_ZERO_EVENT = re.compile(r"\bno\b(?=" + EVENT_ZERO.pattern + ")", re.I)
_ZERO_MORE = re.compile(r"\bnot\s+(?:a\s+single|one)\b(?=\s+(?:of\s+the|\w+))|(?<=:\s)none\b|"
                        r"\bdid\s+not\s+\w+\s+any\b(?=\s+\w+\s+(?:case|child|referral|review))", re.I)


def _zeros(text: str) -> list[Quantity]:
    """Explicit zeros: 'No new LCSPRs', 'Not one of the referrals', 'National review cases: none'."""
    found = [*_ZERO.finditer(text), *_ZERO_MORE.finditer(text),
             *(m for m in _ZERO_EVENT.finditer(text) if not _ZERO.match(text, m.start()))]
    return [Quantity(m.start(), m.end(), 0.0, "count", "zero") for m in found]


def _quantities(text: str) -> list[Quantity]:
    """Every proposed number in `text`, explicit zeros included."""
    zeros = _zeros(text)
    return [q for q in find_quantities(text)
            if not any(z.start <= q.start < z.end for z in zeros)] + zeros
