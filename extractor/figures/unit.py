"""The unit a bare number takes from its sentence: a comparator of a rate or a duration, the
denominator of a rate, the two ends of 'from 10 to 14'."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ..numbers import NUM, Quantity
from .analysis import _Candidate
from .reject import _fraction_ok, is_reference
from ..pipeline import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_COMPARE_BEFORE = re.compile(
    r"(?:\bthan|expectation of|compared with|compared to|from|against|target of|versus|vs\.?|"
    r"average of|rate of|england:?|neighbours:?|"
    # a rule's own number said after a time it was set against: 'took 41 weeks, when the law says 26',
    # 'replied in 19 days, where the guidance allows 15', 'ran 14 months, though the standard is 12'
    r"\b(?:law|guidance|statute|rules?|regulations?|standard|target|limit|timescale|expectation)\s+"
    r"(?:says?|said|sets?|requires?|required|allows?|allowed|expects?|expected|is|was|are)(?:\s+only|\s+just)?)"
    r"\s*(?:the\s+)?(?:current\s+|previous\s+)?$", re.I)


def _unit_from_context(text: str, q: Quantity, sent: Span, doc: Doc, te: int, typed: list[Quantity]) -> str:
    """A bare count takes a rate/duration unit from the sentence when it is a comparator."""
    if q.unit != "count":
        return q.unit
    next_noun = te < len(doc) and doc[te].pos_ in ("NOUN", "PROPN") and doc[te].text not in ("%",)
    if next_noun:
        return q.unit
    if _AGE_AVERAGE_BEFORE.search(text[max(0, q.start - 70):q.start]):
        return "years"  # 'the average age of our carers is now 57': an age in years, not a count
    m = re.match(r"\s*(?:and|or|to|-|–)\s*\S+(?:\s+(?:working|calendar))?\s+(days?|weeks?|months?|years?)\b",
                 text[q.end:q.end + 40], re.I)
    if m:
        return {"d": "days", "w": "weeks", "m": "months", "y": "years"}[m.group(1)[0].lower()]
    if _PERCENT_RANGE_END.match(text[q.end:q.end + 40]):
        return "percent"  # 'contribute 40 to 80 percent', 'between 10 and 15%': one unit for both ends
    if _from_end(text, q):
        return q.unit  # 'rose from 586 at 31 March 2024 to 624': both ends count the same thing
    if _LIMIT_MOVED_BEFORE.search(text[max(sent.start_char, q.start - 40):q.start]):
        limit = [t for t in typed if sent.start_char <= t.start < q.start and not is_reference(text, t)]
        if limit and limit[-1].unit in _SPAN_UNITS:
            return limit[-1].unit  # 'within 20 working days, which can be extended to 40'
    sent_before = text[sent.start_char:q.start]
    if _OF_THEM_AFTER.match(text[q.end:q.end + 20]):
        # '23 days in hospital, six of them in intensive care': a part of the span said before
        before = [t for t in typed if sent.start_char <= t.start < q.start and not is_reference(text, t)]
        span = before[-1] if before and before[-1].unit in _SPAN_UNITS else None  # the nearest number
        if span is not None and span.value > q.value and not re.search(r"[.;:]", text[span.end:q.start]):
            return span.unit
    # ', but' opens a clause about another thing ('38 per 10,000, but ... referrals reached 2,104')
    rate = _PER.search(re.split(r",\s+(?:but|whereas|although|though)\s", sent_before)[-1])
    if rate and not re.search(r"\d\s*$", sent_before):
        return "count" if _count_nearer_in_size(text, q, sent, typed) else "rate_per_" + rate.group(1).replace(",", "")
    if _of_a_rate(doc, sent, te, q):
        return _denominator(text, q.start)
    if change_base(text[max(0, q.start - 60):q.start]):
        return q.unit  # 'up 6% from 526': the percentage is the change, 526 the level it changed from
    if _COMPARE_BEFORE.search(text[max(0, q.start - 40):q.start]):
        earlier = [t for t in typed if sent.start_char <= t.start < q.start and t.unit != "count"
                   and _fraction_ok(text, t) and not is_reference(text, t)]
        if earlier and not _parallels_count(text, q, sent, typed, earlier[-1]):
            return earlier[-1].unit
    return q.unit


def _parallels_count(text: str, q: Quantity, sent: Span, typed: list[Quantity], other: Quantity) -> bool:
    """A bare comparator after a count keeps the count's unit: 'Of 7,400 held, 612 (8.3%) were
    children, compared with 671' (a level above 100 is no percentage, and a bracketed share is said
    of the count before it), 'the rate fell to 14%, and 9 posts were vacant, against 24 a year ago'
    (the nearest number before it is a count of a like size), '412 children had waited longer than 18 weeks,
    down from 533' (a span that bounds the counted group is no level the comparator is of)."""
    if other.unit == "percent" and q.value > 100:
        return True
    counts = [t for t in typed if sent.start_char <= t.start < q.start and not is_reference(text, t)
              and not (t.unit == "percent" and _bracketed(text, t))
              and not (t.unit in _SPAN_UNITS and _THRESHOLD_BEFORE.search(text[max(0, t.start - 30):t.start]))
              and not (t.value.is_integer() and 1900 <= t.value <= 2100 and t.unit == "count")]
    near = counts[-1] if counts else None
    return near is not None and near.unit == "count" and near.value > 0 and q.value > 0 and \
        abs(math.log(near.value / q.value)) < math.log(3)


def _bracketed(text: str, t: Quantity) -> bool:
    """A number inside a bracket opened on its line: '612 (8.3%)', '(16% of all who came)'."""
    before = text[max(0, t.start - 40):t.start].split("\n")[-1]
    return before.rfind("(") > before.rfind(")")


# A change by a percentage from a level: 'up 6% from', 'rose by 12 per cent from', 'an increase
# of 8% from', 'a 5% fall from' (not 'rose to 92% from', where the percentage is the new level)
_PCT = rf"(?:(?:about|around|nearly|almost|some|over|just\s+over|just\s+under)\s+)?(?:{NUM})\s?(?:%|per\s?cent\b|percent\b)"
_CHANGE_FROM = re.compile(
    rf"(?:\b(?:up|down|rose|rising|risen|fell|falling|fallen|increased|increasing|decreased|decreasing|grew|growing|"
    rf"grown|dropped|dropping|declined|declining|reduced|climbed|jumped)(?:\s+by)?\s+{_PCT}"
    rf"|\b(?:increase|rise|fall|drop|decrease|reduction|growth|decline)\s+of\s+{_PCT}"
    rf"|{_PCT}\s+(?:increase|rise|fall|drop|decrease|reduction|growth|decline))"
    rf"\s+(?:on|from)\s+(?:the\s+)?$"
    # the base a change by a percentage is set against: '10% fewer than the 38', '8% more than 1,890'
    rf"|{_PCT}\s+(?:more|fewer|less|higher|lower)\s+than\s+(?:the\s+)?$", re.I)


def change_base(before: str) -> bool:
    """The text before a number sets it as the level a percentage change is from or against
    ('up 6% from', 'a rise of 9% on the', '10% fewer than the'): a level, not a share."""
    tail = before[-60:]
    # every reading ends in ' on', ' from' or ' than' (and 'the'): a cheap test of that first
    return bool(_CHANGE_END.search(tail)) and bool(_CHANGE_FROM.search(tail))


_CHANGE_END = re.compile(r"\s(?:on|from|than)\s+(?:the\s+)?$", re.I)


_PERCENT_RANGE_END = re.compile(rf"\s*(?:and|or|to|-|–)\s*(?:{NUM})\s?(?:%|per\s?cent\b|percent\b)", re.I)
# an average age said bare: 'The average age of our carers is now 57', 'a median age of 34', 'average
# age at first plan: 6'
_AGE_AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|median)\s+age\b[^.;\d]{0,45}?(?:\b(?:is|was|are|were|of|at|stood\s+at|"
                                 r"rose\s+to|fell\s+to)|:)\s*(?:now\s+|just\s+(?:over|under)\s+|about\s+|around\s+)?$", re.I)
# a time limit moved to a bare number: 'which can be extended to 40', 'cut to 10', 'shortened to five'
_LIMIT_MOVED_BEFORE = re.compile(r"\b(?:extended|extend|extending|extendable|lengthened|shortened|reduced|cut|brought\s+down|"
                                 r"brought\s+forward)\s+(?:(?:up\s+)?to|by)\s+(?:a\s+maximum\s+of\s+|up\s+to\s+)?$", re.I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those|which)\b", re.I)
_SPAN_UNITS = ("days", "weeks", "months", "years")
# a span said as the bound of a group, not as an amount: 'waited longer than 18 weeks', 'seen within 4 weeks',
# 'open for more than two years'
_THRESHOLD_BEFORE = re.compile(r"\b(?:longer|more|less|fewer|shorter)\s+than\s+$|\b(?:over|under|within|beyond|at\s+least|"
                               r"up\s+to)\s+$", re.I)
_PER = re.compile(r"(?:per|for\s+every)\s+(10,000|1,000|100,000)", re.I)
# the span between the two ends of 'from 586 (at 31 March 2024) to 624'
_FROM_TO_GAP = re.compile(r"(?:\s*%|\s+per\s+(?:cent|[\d,]+))?(?:\s+(?:at|in|on|by|during)\s+[^,;.\d]{0,12}(?:[\d/]+[^,;.\d]{0,12}){0,3}?)?\s*(?:to|-|–)\s+"
                          r"(?:(?:about|around|almost|nearly|over|just\s+over|just\s+under|more\s+than)\s+)?$", re.I)
_BARE_TO_END = re.compile(rf"(?>{NUM})(?![\w.,]*\d)(?!\s*(?:%|per\b|percent\b|£))", re.I)


def _from_end(text: str, q: Quantity, bare: bool = True) -> bool:
    """The first end of 'from 10 to 14' (with `bare`, one whose other end is a bare number: both
    count one thing)."""
    if not re.search(r"\bfrom\s+$", text[max(0, q.start - 6):q.start], re.I):
        return False
    after = text[q.end:q.end + 60]
    for m in re.finditer(r"\b(?:to|-|–)\s+", after):
        if _FROM_TO_GAP.fullmatch(after[:m.end()]):
            return bool(_BARE_TO_END.match(after[m.end():])) if bare else bool(re.match(r"[\d£]|" + NUM, after[m.end():], re.I))
    return False


def _from_to_start(text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The other end of 'from 121 to 109' for the figure at the 'to' end."""
    c = cands[i]
    for p in reversed(cands[:i]):
        if p.q.end <= c.q.start and c.q.start - p.q.end <= 60:
            if re.search(r"\bfrom\s+$", text[max(0, p.q.start - 6):p.q.start], re.I) \
                    and _FROM_TO_GAP.fullmatch(text[p.q.end:c.q.start]):
                return p
            return None
    return None
_RATE_NOUN = re.compile(r"\brates?\b(?!\s+of\s+(?:pay|interest|return|inflation))", re.I)


def _count_nearer_in_size(text: str, q: Quantity, sent: Span, typed: list[Quantity]) -> bool:
    """'1,312 children, a rate of 50.6 per 10,000, compared with 1,268': a bare comparator
    parallels the earlier figure of its own size, here the count, not the rate."""
    earlier = [t for t in typed if sent.start_char <= t.start < q.start and t.value > 0
               and t.unit in ("count", "rate_per_10000", "rate_per_1000", "rate_per_100000")
               and not is_reference(text, t) and not (t.value.is_integer() and 1900 <= t.value <= 2100)]
    if q.value <= 0 or not any(t.unit == "count" for t in earlier):
        return False
    nearest = min(earlier, key=lambda t: abs(math.log(t.value / q.value)))
    return nearest.unit == "count" and abs(math.log(nearest.value / q.value)) < math.log(2)


def _of_a_rate(doc: Doc, sent: Span, te: int, q: Quantity) -> bool:
    """'Essex's rate was 27.4', 'the lowest rate at 41.9', 'The looked after rate of 91.2 is
    above England (70.0)': a bare number said of a rate, with no counted thing between."""
    if q.kind == "word" or q.value.is_integer() and 1900 <= q.value <= 2100:
        return False
    text = doc_text(doc)
    before = text[sent.start_char:q.start]
    found = list(_RATE_NOUN.finditer(before))
    if found and re.search(r",\s+(?:but|whereas|although|though)\s", before[found[-1].end():]):
        return False  # '... rate of children in care, 38 per 10,000, but ... referrals reached 2,104'
    if not found or re.search(r"%|per\s*cent", before[found[-1].end():], re.I):
        return False
    start = sent.start_char + found[-1].end()
    between = [t for t in doc[sent.start:te] if t.idx >= start and t.idx < q.start]
    return not any(t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN" for t in between)


def _denominator(text: str, at: int) -> str:
    """A rate's unit: the denominator said last before `at` ('per 1,000' in Scotland), else
    per 10,000, the usual one of UK children's statistics."""
    found = list(_PER.finditer(text[:at]))
    return "rate_per_" + (found[-1].group(1).replace(",", "") if found else "10000")
