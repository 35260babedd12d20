"""Share: a percentage that is a share or a change of something no metric counts.

A percentage set right beside an amount of money is that amount's share or change ('£7,850, 14%
more than a year ago', 'an overspend of £3.4m (8.9%)'); one 'of the budget' or 'of the
population' closing its clause is a share of money or of all residents ('compared with 38% of
the borough's population'). Neither is a share of the children a metric counts, whatever the
sentence names."""

from __future__ import annotations

import re

from ..numbers import Quantity

MONEY = "money"
POPULATION = "population"

# only a comma, a bracket or a dash between the amount (and its 'a week') and its share or change
_APPOSED = re.compile(r"(?:\s+(?:a|an|per|each)\s+[\w-]+)?\s*(?:,|\(|[-–—])\s*(?:(?:about|around|some|nearly|almost|over|up|down|roughly|or)\s+)?")
# '11% of the placements budget', '6.9% of its net budget', '38% of the overspend'
_OF_MONEY = re.compile(r"^\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|its|their|our|this|that|a)\s+(?:[\w'’-]+\s+){0,3}?"
                       r"(?:budget|overspend|underspend|spend|spending|income|funding|grant|costs?|expenditure)\b", re.I)
# '38% of the borough's population (aged 0-17).' closing its clause: all residents, no metric's set
_OF_POPULATION = re.compile(r"^\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:population|residents|inhabitants)"
                            r"(?:\s+aged\s+\d+\s*(?:-|–|to)\s*\d+|\s+(?:as\s+a\s+whole|overall|generally))?\s*(?:[.,;)]|$)",
                            re.I)


def share_of(text: str, q: Quantity, quantities: list[Quantity]) -> str | None:
    """MONEY or POPULATION when the percentage `q` is a share or change of money or of all
    residents, else None."""
    if q.unit != "percent":
        return None
    after = text[q.end:q.end + 120]
    if _OF_MONEY.match(after):
        return MONEY
    if _OF_POPULATION.match(after):
        return POPULATION
    money = [m for m in quantities if m.unit == "gbp" and m.end <= q.start]
    if money and _APPOSED.fullmatch(text[money[-1].end:q.start]):
        return MONEY
    return None
