"""Band: the ages that name who an entitlement or a service is for, and loose time points.

'the new 9 to 36-month provision', 'funded places for 9-month-olds', 'the offer for two to
four-year-olds' name a group of children by age, as 'aged 0-17' does: neither bound is a
count. 'Waiting times were 6 to 12 months' stays a range of figures (no entitlement follows).
'a year or two ago' is a time point said loosely, not a duration, and 'since 1889' a year (the
rule for years reads 19xx and 20xx)."""

from __future__ import annotations

import re

from ..numbers import Quantity

AGE_RANGE = "an age band naming who an entitlement is for ('9 to 36-month provision', '9-month-olds')"
LOOSE_TIME = "a time point said loosely ('a year or two ago')"
OLD_YEAR = "a year before 1900 ('had existed since 1889', 'built in 1856')"

_AGE_UNIT = r"(?:month|week|year)s?"
_ENTITLED = (r"(?:old[\s-]+)?(?:provision\b|childcare\b|places?\b|entitlements?\b|nursery\b|"
             r"early\s+(?:years|education)\b)|olds\b")  # 'months old' alone is a child's age: a figure
# 'N to M-month provision', 'N-month to M-year-olds', 'N–M year olds': both bounds of the band
_BAND = re.compile(rf"(?<![\w.,])(?P<a>[\w.]+)(?:[\s-]*{_AGE_UNIT})?(?:[\s-]*olds)?\s*(?:to|–|-)\s*(?P<b>[\w.]+)"
                   rf"[\s-]*{_AGE_UNIT}[\s-]*(?:{_ENTITLED})", re.I)
# 'N-month-olds', 'six week olds'
_OLDS = re.compile(r"(?<![\w.,])(?P<a>[\w.]+)[\s-]+(?:month|week)s?[\s-]+olds\b", re.I)
# 'a year or two ago', 'a month or two back', 'a week or two earlier'
# a year of the past after a preposition of time: 'since 1889', 'in 1856', 'from 1795 to 1830'
_OLD_YEAR_BEFORE = re.compile(r"\b(?:since|in|from|until|till|to|by|of|between|and|around|circa|c\.)\s+$", re.I)
_LOOSE = re.compile(r"\ban?\s+(?:day|week|month|year)\s+or\s+(?P<a>two|three|2|3)\s+(?:ago|back|earlier|before)\b", re.I)


def band_reason(text: str, q: Quantity) -> str | None:
    """Why the number at q names an age band of an entitlement, a loose time point or an old year, or None."""
    if re.fullmatch(r"1[5-8]\d\d", text[q.start:q.end]) and _OLD_YEAR_BEFORE.search(text[max(0, q.start - 12):q.start]):
        return OLD_YEAR
    lo, hi = max(0, q.start - 40), min(len(text), q.end + 60)
    for pattern, reason, groups in ((_BAND, AGE_RANGE, ("a", "b")), (_OLDS, AGE_RANGE, ("a",)),
                                    (_LOOSE, LOOSE_TIME, ("a",))):
        for m in pattern.finditer(text, lo, hi):
            if any(m.start(g) <= q.start and q.end <= m.end(g) for g in groups):
                return reason
    return None
