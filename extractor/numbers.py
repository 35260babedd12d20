"""Numbers as written -> normalised quantities (value, unit, qualifier) with character offsets.

`find_quantities(text)` scans raw text for every number-like expression (digits, number words,
fractions, percentages, money, rates, durations, ages) and normalises it. It knows nothing about
whether a number is a reported figure: `figures` decides that from the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import alternation

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21}
_SPECIAL = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1000}
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
           "tenth": 10, "tenths": 10}


_NUMBER_WORDS = [*_UNITS, *_TENS, *_SCALES]
_W = alternation(_NUMBER_WORDS)
# the letters a number word can open with: a lookahead on them lets the engine pass over every
# other letter at once (a number in words is tried at each letter of a text)
_W_FIRST = "".join(sorted({w[0] for w in _NUMBER_WORDS} | {"a", "h"}))
WORD_NUM = (rf"(?=[{_W_FIRST}])(?:(?:half\s+)?a\s+dozen|(?:{_W})(?:(?:[\s-]+|\s+and\s+(?=(?:{_W})\b))(?:{_W}))*)")
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUM = rf"(?=[\d{_W_FIRST}])(?:{DIGITS}|{WORD_NUM})"

HEDGES = ("no more than", "no fewer than", "more than", "fewer than", "less than", "just over",
          "just under", "almost", "around", "about", "approximately", "up to", "at least",
          "nearly", "over", "roughly", "some", "an estimated", "between")
_HEDGE_RE = re.compile(r"(?:^|\W)(" + "|".join(h.replace(" ", r"\s+") for h in HEDGES)
                       + r")\s*$", re.I)

# (a plain-text or data page may write the currency code for the sign: 'GBP 7.8m', 'GBP 430,000')
_MONEY = re.compile(rf"(?:£|(?-i:\bGBP)\s?)\s?(?P<n>{DIGITS})(?:\s?(?P<s>bn|billion|m|million|k)\b)?", re.I)
_FRACTION = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|seven|nine)[\s-]+(?:further\s+)?(?P<d>halves|half|thirds?|quarters?|"
    r"fifths?|sixths?|eighths?|tenths?)\b|\b(?P<h>half)\b(?!\s+a\s+dozen)", re.I)
# 'one in five', 'nine out of ten', and with the counted noun between: 'one family in ten', 'one
# child in every four' (never a period or a place: 'one case in 12 months', 'one child in 10 homes'; never
# the end of a decimal: '8.2 out of 10' is a score)
_ONE_IN = re.compile(rf"(?<![\d.,])\b(?:(?P<a>one|two|three|four|five|six|seven|eight|nine|[1-9])|(?P<a1>one|1)\s+(?!in\b|out\b)"
                     rf"[a-z][a-z'’-]+)\s+(?:in|(?P<out>out\s+of))\s+(?:every\s+)?(?P<b>{WORD_NUM}|\d{{1,2}})\b(?![/\d]|,\d)"
                     rf"(?!\s+(?:days?|weeks?|months?|years?|hours?|per\b|%|percent\b|[a-z]+\s+(?:days?|weeks?|months?|years?)\b))", re.I)
# an age before 'N in M' makes N the age, not a share's count: 'aged under five in 40 cases',
# 'babies under one in 14 notifications' (never 'more than one in five', 'under one in ten cases')
_AGE_BEFORE = re.compile(r"(?:\baged?\s+(?:(?:under|over|below|above|between)\s+)?"
                         r"|\b(?:children|child|babies|baby|boys|girls|infants|those|pupils|people)\s+"
                         r"(?:under|over|below|above)\s+)$", re.I)
_PERCENT = re.compile(rf"(?P<n>{NUM})\s?(?:%|per\s?cent\b|percent\b)", re.I)
# (the base may be said in words, as a speaker says it: '3.1 per thousand children', '31 per ten thousand')
_RATE = re.compile(rf"(?P<n>{NUM})\s+(?:\w+\s+){{0,3}}?(?:per|for\s+every)\s+(?P<d>10,000|1,000|100,000|10000|1000|100000|"
                   r"(?:a\s+|one\s+)?hundred\s+thousand|ten\s+thousand|(?:a\s+|one\s+)?thousand)\b(?![\s-]+(?:pounds|£))", re.I)
_RATE_BASE = {"thousand": "1000", "ten thousand": "10000", "hundred thousand": "100000"}
# (a school year after the number is what it counts: '150 Year 7 places', 'One Year 5 pupil wrote')
_DURATION = re.compile(
    rf"(?P<n>{NUM})(?:[\s-]+(?:working|calendar|school))?[\s-]+(?P<u>days?|weeks?|months?|years?)\b"
    r"(?!(?-i:(?<=Year)|(?<=Years))\s+(?:1[0-3]|[1-9]|R)\b(?!\s*(?:months?|weeks?|days?|%)|[.,]\d))",
    re.I)
_AGED = re.compile(rf"\baged\s+(?P<n>{NUM})\b(?!\s*(?:-|–|to)\s*\d)", re.I)
# a person's age said without 'aged': 'Child T, now 17,', 'a youth member, who is 17, told us', 'he was fourteen when'
_AGE_SAID = re.compile(rf"(?:,\s*(?:who\s+(?:is|was)\s+)?now|,\s*who\s+(?:is|was)|\b(?:he|she)\s+(?:was|is))\s+(?P<n>{NUM})\b"
                       rf"(?=\s*[,.;]|\s+(?:the\s+first|when|and\s+(?:had|was|is)|at\s+the\s+time)\b)", re.I)
# a person's age as a news story gives it: 'Kayleigh Mott, 26, ...', 'was 14 when police ...',
# 'was fourteen the first time ...', 'at the age of nine'; never the first group of a thousands
# number after a place ('Across Northern Ireland, 2,236 children')
_AGE_APPOSED = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s+(?P<n>\d{1,2}),(?!\d)", re.U)
_AGE_WHEN = re.compile(rf"\b(?:was|is)\s+(?P<n>{NUM})\s+(?:years\s+old\s+)?"
                       rf"(?=when\b|the\s+first\s+time\b|at\s+the\s+time\b)|\bat\s+the\s+age\s+of\s+(?P<m>{NUM})\b", re.I)
# the age at which something ends, said of the person it lasts for: 'lasts until the child is 18', 'until they
# reach 21', 'until the young person is 25' (a group's threshold, 'when they turn 18', is no age of anyone)
_AGE_UNTIL = re.compile(rf"\buntil\s+(?:the\s+(?:child|young\s+person|young\s+people|children|care\s+leaver)|they|he|she|you|"
                        rf"each\s+child)\s+(?:is|are|reaches|reach|turns|turn)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?P<n>{NUM})\b"
                        rf"(?!\s*(?:-|–)?\s*(?:weeks?|months?)\b)", re.I)
_DENOM_BEFORE = re.compile(r"\b(?:per|for\s+every)\s+$", re.I)
# a number in digits and its scale word: '7.2 million', '18 million', '1.5 billion' (money is _MONEY's)
_SCALED = re.compile(rf"(?<![\w.,£])(?P<n>{DIGITS})\s(?P<s>million|billion)\b", re.I)
# money written out in words: '1.2 billion pounds', '500 pounds', 'five million pounds'
_POUNDS = re.compile(rf"(?<![\w.,£])(?P<n>{NUM})(?:\s(?P<s>thousand|million|billion))?\s(?:pounds?|sterling|(?-i:GBP))\b"
                     r"(?!\s+(?:of|in)\s+(?:weight|body))", re.I)
# a share of a large round number: 'half a million', 'a quarter of a million pounds', 'half a billion'
_PART_OF_SCALE = re.compile(r"\b(?:(?P<h>half)|(?P<q>a\s+quarter|three\s+quarters)\s+of)\s+an?\s+(?P<s>million|billion)"
                            r"(?P<p>\s+pounds\b)?", re.I)
# a share of money said in pence of a pound: '91p in every pound went to families', '92 pence of
# each £1', '9p out of every pound' (a percentage: 91p in the pound is 91%)
_PENCE_SHARE = re.compile(r"(?<![\w.,£])(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:p|pence)\s+(?:in|of|out\s+of|from)\s+"
                          r"(?:every|each|the|a)\s+(?:pound|£\s?1(?![\d,.]))", re.I)
# a share of money said in pounds of pounds: '£1 in every £4 went on hotels', '£3 out of every £10' (a
# percentage: £1 in every £4 is 25%; '£1 in every £4 million' is no share)
_POUND_SHARE = re.compile(r"(?<![\w.,£])£\s?(?P<a>\d{1,3})\s+(?:in|out\s+of|of)\s+(?:every|each)\s+£\s?(?P<b>\d{1,4})"
                          r"(?![\d,.]|\s?(?:bn|billion|m|million|k)\b)", re.I)
_BARE = re.compile(rf"(?<![\w.,£/-])(?P<n>{NUM})(?![\w]|[.,/]\d)", re.I)


@dataclass(slots=True)
class Quantity:
    """A normalised number found at text[start:end]."""

    start: int
    end: int
    value: float
    unit: str
    kind: str  # count | word | percent | fraction | money | rate | duration | age
    qualifier: str | None = None

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def parse_words(text: str) -> float | None:
    """'Twenty-three' -> 23, 'one hundred and twelve' -> 112, 'a dozen' -> 12; else None."""
    t = text.lower().strip()
    if t in _SPECIAL:
        return float(_SPECIAL[t])
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if not words:
        return None
    total, current, last = 0, 0, None
    for w in words:
        if w in _UNITS:
            if last in ("unit", "teen"):
                return None  # "five four" is two numbers, not one
            current += _UNITS[w]
            last = "unit"
        elif w in _TENS:
            if last in ("unit", "tens"):
                return None
            current += _TENS[w]
            last = "tens"
        elif w in _SCALES:
            if _SCALES[w] == 100:
                current = max(current, 1) * 100
            else:  # a larger scale closes the group below it: "two hundred thirty-four million"
                total, current = total + max(current, 1) * _SCALES[w], 0
            last = "scale"
        else:
            return None
    return float(total + current)


def parse_number(text: str) -> float | None:
    """Digits ('1,204', '48.6') or number words -> float; None when it is not a number."""
    t = text.strip()
    if re.fullmatch(DIGITS, t):
        return float(t.replace(",", ""))
    return parse_words(t)


def parse_fraction(text: str) -> float | None:
    """'a third' -> 33.33, 'two-thirds' -> 66.67, 'half' -> 50, 'one in five' -> 20 (percent)."""
    t = text.strip()
    m = _ONE_IN.fullmatch(t)
    if m:
        a, b = parse_number(m["a"] or m["a1"]), parse_number(m["b"])
        if m["out"] and (b is None or b > 10):
            return None  # 'nine out of ten' is a share; '7 out of 12 reviews' counts reviews
        return round(100 * a / b, 2) if a is not None and b and a < b else None
    m = _FRACTION.fullmatch(t)  # 'a further quarter' is a quarter
    if not m:
        return None
    if m["h"]:
        return 50.0
    num = 1.0 if m["n"].lower() == "a" else parse_number(m["n"])
    den = _DENOMS[m["d"].lower()]
    return round(100 * (num or 0) / den, 2) if num and num < den else None


def parse_money(text: str) -> float | None:
    """'£1.2m' -> 1200000, '£350,000' -> 350000, '£250k' -> 250000."""
    m = _MONEY.fullmatch(text.strip())
    if not m:
        return None
    value = float(m["n"].replace(",", ""))
    scale = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
    return round(value * scale.get((m["s"] or "").lower(), 1.0), 6)  # £8.2m is 8,200,000 exactly


def hedge_before(text: str, start: int) -> str | None:
    """The hedge word(s) written just before `start` ('more than', 'around'), lower-cased."""
    m = _HEDGE_RE.search(text[max(0, start - 24):start])
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else None


def _unit_of_duration(word: str) -> str:
    w = word.lower().rstrip("s")
    return {"day": "days", "week": "weeks", "month": "months", "year": "years"}[w]


def _typed(text: str) -> list[Quantity]:
    """Quantities whose unit is written next to them (money, %, fractions, rates, durations)."""
    out: list[Quantity] = []
    for m in _MONEY.finditer(text):
        v = parse_money(m.group(0))
        if v is not None:
            out.append(Quantity(m.start(), m.end(), v, "gbp", "money"))
    for m in _POUNDS.finditer(text):
        v = parse_number(m["n"])
        if v is not None and not re.search(r"\bweigh\w*\s+(?:\w+\s+)?$", text[max(0, m.start() - 24):m.start()]):
            v *= _SCALES[m["s"].lower()] if m["s"] else 1
            out.append(Quantity(m.start(), m.end(), round(v, 6), "gbp", "money"))
    for m in _PERCENT.finditer(text):
        v = parse_number(m["n"])
        if v is not None:
            out.append(Quantity(m.start(), m.end(), v, "percent", "percent"))
    for m in _PENCE_SHARE.finditer(text):
        out.append(Quantity(m.start(), m.end(), float(m["n"]), "percent", "percent"))  # the pound is its whole
    for m in _POUND_SHARE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 0 < a < b:
            out.append(Quantity(m.start(), m.end(), round(100 * a / b, 2), "percent", "percent"))
    for m in _ONE_IN.finditer(text):
        if _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # 'aged under five in 40 cases': an age, then where it was found
        if m["a1"] and m["b"][0].isdigit() and re.match(
                r"\s+(?!(?:was|were|is|are|had|has|have|did|do|does|will|would|could|said|lives?|lived|came|"
                r"went|needed|got)\b)[a-z]", text[m.end():m.end() + 12]):
            continue  # 'one child in 10 homes': a place, not a share
        v = parse_fraction(m.group(0))
        if v is not None and v <= 100:
            out.append(Quantity(m.start(), m.end(), v, "percent", "fraction"))
    for m in _FRACTION.finditer(text):
        v = parse_fraction(m.group(0))
        if v is not None:
            out.append(Quantity(m.start(), m.end(), v, "percent", "fraction"))
    for m in _PART_OF_SCALE.finditer(text):
        part = 0.5 if m["h"] else 0.75 if m["q"].lower().startswith("three") else 0.25
        out.append(Quantity(m.start(), m.end(), part * _SCALES[m["s"].lower()], "gbp" if m["p"] else "count",
                            "money" if m["p"] else "count"))
    for m in _SCALED.finditer(text):
        v = parse_number(m["n"])
        if v is not None:  # '7.2 million appointments' is one number, 7,200,000
            out.append(Quantity(m.start(), m.end(), v * _SCALES[m["s"].lower()], "count", "count"))
    for m in _RATE.finditer(text):
        v = parse_number(m["n"])
        base = re.sub(r"^(?:a|one)\s+|\s+", " ", m["d"].lower()).strip()
        unit = "rate_per_" + _RATE_BASE.get(base, base.replace(",", ""))
        if v is not None:
            out.append(Quantity(m.start("n"), m.end("n"), v, unit, "rate"))
    for m in _DURATION.finditer(text):
        v = parse_number(m["n"])
        if v is not None:
            out.append(Quantity(m.start("n"), m.end("n"), v, _unit_of_duration(m["u"]), "duration"))
    for m in [*_AGED.finditer(text), *_AGE_SAID.finditer(text), *_AGE_APPOSED.finditer(text),
              *_AGE_WHEN.finditer(text), *_AGE_UNTIL.finditer(text)]:
        group = "m" if "m" in m.re.groupindex and m["m"] else "n"
        v = parse_number(m[group])
        if v is not None and v < 120:
            out.append(Quantity(m.start(group), m.end(group), v, "years", "age"))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every number-like expression in `text`, normalised; overlapping readings resolved.

    A typed reading (money, percent, rate, duration, age) wins over a bare count of the same
    number; the mention text stays the number as written ('£1.2m', '18 per cent', 'a third').
    """
    typed = _typed(text)
    chosen: list[Quantity] = []
    for q in sorted(typed, key=lambda q: (q.start, -(q.end - q.start))):
        if not any(q.start < c.end and c.start < q.end for c in chosen):
            chosen.append(q)
    for m in _BARE.finditer(text):
        s, e = m.start("n"), m.end("n")
        if any(s < c.end and c.start < e for c in chosen) or _DENOM_BEFORE.search(text[max(0, s - 12):s]):
            continue  # the denominator of a rate ("per 10,000") is never a figure
        v = parse_number(m["n"])
        if v is None:
            continue
        kind = "count" if m["n"][0].isdigit() else "word"
        chosen.append(Quantity(s, e, v, "count", kind))
    for q in chosen:
        q.qualifier = hedge_before(text, q.start)
    return sorted(chosen, key=lambda q: q.start)
