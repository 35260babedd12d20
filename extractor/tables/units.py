"""Units: the scale of money columns, whether a cell is a count, a percentage or a rate, and the rate's base."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import Table
from .cells import Reading

if TYPE_CHECKING:
    from ..document import Document
# The pound as a sign or as its currency code (a plain-text or data page's column title 'GBP',
# 'GBP 000'); the code only in capitals, a word of its own
_POUND = r"(?:£|(?-i:\bGBP\b))"
# Money scales written in a header, caption or label: '£000', "£'000", '£k', '£m', '£ millions'
_SCALE = [(re.compile(rf"{_POUND}\s*'?000s?\b|{_POUND}\s*k\b|{_POUND}\s*thousands?\b|\(\s*000s?\s*\)", re.I), 1e3),
          (re.compile(rf"{_POUND}\s*m\b|{_POUND}\s*millions?\b|{_POUND}\s*mn\b", re.I), 1e6),
          (re.compile(rf"{_POUND}\s*bn\b|{_POUND}\s*billions?\b", re.I), 1e9)]
_MONEY_MARK = re.compile(_POUND)
_RATE = re.compile(r"\bper\s+(10,000|1,000|100,000|10000|1000|100000)\b", re.I)
_BARE_RATE = re.compile(r"\brates?\b(?!\s+of\s+(?:pay|interest))", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercentage\b|\bproportion\b", re.I)
_NUMBER_WORD = re.compile(r"\b(?:number|numbers|no\.)(?!\w)", re.I)


def _money_scale(text: str) -> float:
    for pattern, scale in _SCALE:
        if pattern.search(text):
            return scale
    return 1.0


_UNIT_ONLY = re.compile(rf"^\(?(?:%|{_POUND}|{_POUND}\s*'?0{{3}}s?|{_POUND}\s*(?:k|m|bn)|no\.?|number|per\s+[\d,]+)\)?$", re.I)


def unit_line(texts: list[str]) -> bool:
    """A header line that gives only units: '£m  £m  £m', '%', '£000s', 'No.  %', 'GBP'."""
    cells = [t for text in texts for t in re.split(r"\s+(?=[(£%]|GBP)|(?<=[)%s])\s+", text.strip()) if t]
    return bool(cells) and all(_UNIT_ONLY.match(t) for t in cells)


def _unit(cell: Reading, label: str, header: str, corner: str, caption: str,
          base: str = "10000", marked: bool = False, signed: bool = False) -> str:
    """A cell's unit: the cell's own sign, else the row label, the column header, the label
    column's header, the caption. A bare 'rate' is the weakest cue: it may name a product
    ('Fixed Rate Covered Bond'), so a '%', 'per 10,000', '£' or 'number' anywhere comes first;
    its denominator is `base` (what the caption or the sentences beside the table say rates
    are per). In a table whose headers or labels tell its rates apart (`marked`: 'Children in
    care | CiC rate'), a caption's '(rates per 10,000)' is the denominator of those rates, not
    the unit of the counts beside them. In a table that writes its percentages with the sign
    (`signed`: '61%' beside '37'), a bare cell is no percentage by the caption's word alone."""
    if cell.unit:
        return cell.unit
    if signed:
        caption = _PERCENT.sub("", caption)
    if marked and not any(_RATE.search(s) or _BARE_RATE.search(s) for s in (label, header)):
        caption = _BARE_RATE.sub("", _RATE.sub("", caption))
    sources = (label, header, corner, caption)
    for src in sources:
        if _PERCENT.search(src):
            return "percent"
        m = _RATE.search(src)
        if m:
            return "rate_per_" + m.group(1).replace(",", "")
        if _MONEY_MARK.search(src):
            return "gbp"
        if _NUMBER_WORD.search(src):
            return "count"
    if any(_BARE_RATE.search(src) for src in sources):
        return "rate_per_" + base
    return "count"


def _tells_rates_apart(labels: Sequence[str], metrics: Sequence[str]) -> bool:
    """Whether a table's headers and row labels set rates beside counts: one marks a rate
    ('CiC rate', 'Rate per 10,000') and another names a metric with no rate ('Children in
    care'). A rate word only in a comparator's label ('England rate') among rows of areas
    tells nothing apart: the caption's 'rate per 10,000' is then every cell's unit."""
    rated = [bool(_RATE.search(t) or _BARE_RATE.search(t)) for t in labels]
    return any(rated) and any(not r and m != "other" for r, m in zip(rated, metrics))


# A sentence that says what a table's rates are per: 'Rates are per 1,000 children aged 0-15',
# 'the rate per 100,000 population', 'rates shown per 10,000 children'
_RATE_NOTE = re.compile(r"\brates?\b[^.;\n]{0,80}?\bper\s+(10,000|1,000|100,000|10000|1000|100000)\b", re.I)


def _rate_base(document: Document, table: Table, caption: str) -> str:
    """The denominator of a table's bare 'rate' columns: the caption's 'per 1,000', else the
    nearest sentence about rates just above or below the table (the answer's 'Rates are per
    1,000 children aged 0-15'), else per 10,000, the usual denominator of English children's
    statistics."""
    m = _RATE.search(caption)
    if m:
        return m.group(1).replace(",", "")
    rows = [r for r in table.rows if r]
    if not rows:
        return "10000"
    first, last = rows[0][0].start, rows[-1][-1].end
    text = document.text
    before = [(first - m.end(), m) for m in _RATE_NOTE.finditer(text[max(0, first - 800):first])]
    after = [(m.start(), m) for m in _RATE_NOTE.finditer(text[last:last + 400])]
    near = min(before + after, key=lambda t: t[0], default=None)
    return near[1].group(1).replace(",", "") if near else "10000"
