"""Restatements: a table cell that restates a fact of the running text becomes a mention of that fact,
so the two merge into one figure."""

from __future__ import annotations

import re

from ..figures import _Candidate
from ..findings import Period
from .candidates import _key, _span
from .periods import _QUARTER_WORD, _header_period, _last_years


_WORDS = re.compile(r"[a-z]{3,}")


def _overlap(a: str, b: str) -> int:
    """Words (plural and singular alike) the two texts share."""
    def stems(t: str) -> set[str]:
        return {w[:-1] if w.endswith("s") else w for w in _WORDS.findall(t.lower())}
    return len(stems(a) & stems(b))


_NEAR_PERIOD = re.compile(r"\bQ[1-4](?:\s+(?:of\s+)?(?:19|20)\d\d\s*[/–-]\s*\d{2,4})?\b|"
                          r"\b(?:19|20)\d\d\s*[/–-]\s*\d{2,4}\b|\b(?:19|20)\d\d\b")


_PERIOD_MODIFIER = re.compile(r"\b(?:the|its|our|their)\s+(?P<p>Q[1-4](?:\s+(?:19|20)\d\d\s*[/–-]\s*\d{2,4})?|"
                              r"(?:19|20)\d\d\s*[/–-]\s*\d{2,4})\s+[a-z]", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


def _names_row(window: str, row: str) -> bool:
    """Whether a sentence names every word of a table row's label (the row's text before its
    first number): 'We received 203 referrals for post-order support' and 'Referrals for
    post-order support 188 203'."""
    label = re.split(r"\s[-–(£$]?\d", f" {row}", maxsplit=1)[0]
    words = _WORDS.findall(label.lower())
    return bool(words) and _overlap(window, label) == len({w[:-1] if w.endswith("s") else w for w in words})


def _window(text: str, start: int, end: int) -> str:
    """The sentence around a running-text number, across line breaks (PDF lines are visual
    lines), at most 300 characters before and 100 after it."""
    left = text[max(0, start - 300):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(left)]
    right = text[end:end + 100]
    stop = _SENTENCE_END.search(right)
    return left[cut[-1] if cut else 0:] + text[start:end] + right[:stop.start() + 1 if stop else len(right)]


_LAST_YEAR = re.compile(r"\b(?:last|previous|prior)\s+year(?:['’]s)?\b|\bthe\s+year\s+before\b|"
                        r"\ba\s+year\s+(?:earlier|before|ago)\b", re.I)


def _names_period(text: str, t: _Candidate, period: Period, doc_period: Period | None) -> bool:
    """Whether the words beside a number name `period` ('4,866 in Quarter 1', '2024/25: 79%',
    'last year's eleven' for the year before the document's), or its own period is a date
    that closes `period` ('348 at 30 September')."""
    if t.period is not None:
        return t.period.start == t.period.end == period.end
    from ..period import find_periods
    # a stock counted on the date that closes the column's period ('311 at 31 March 2025')
    if any(p.start == p.end == period.end for _s, _e, p in find_periods(_window(text, t.q.start, t.q.end))):
        return True
    before = re.split(r"[,;.(]\s", text[max(0, t.q.start - 25):t.q.start])[-1]
    after = re.split(r"[,;.]\s|\band\b|\(", text[t.q.end:t.q.end + 80])[0]
    near = _QUARTER_WORD.sub(r"Q\1", before + text[t.q.start:t.q.end] + after)
    # the period as the modifier of the clause's subject: 'the Q3 visit count rose from 410
    # to 432', 'the 2023/24 figure was 57'
    clause = re.split(r"[,;.(:]\s|\band\b", text[max(0, t.q.start - 70):t.q.start])[-1]
    modifier = _PERIOD_MODIFIER.search(_QUARTER_WORD.sub(r"Q\1", clause))
    if modifier is not None:
        near = f"{modifier['p']} {near}"
    if doc_period is not None and doc_period.start and doc_period.end and _LAST_YEAR.search(
            text[max(0, t.q.start - 40):t.q.end + 40]):
        if (period.start, period.end) in _last_years(doc_period.start, doc_period.end):
            return True
    for m in _NEAR_PERIOD.finditer(near):
        p = _header_period(m.group(0), doc_period)
        if p is not None and (p.start, p.end) == (period.start, period.end):
            return True
    return False


def align_restated(text_cands: list[_Candidate], table_cands: list[_Candidate], text: str,
                   doc_period: Period | None = None) -> None:
    """A table cell that restates a fact of the running text (same value and unit, the same
    metric or one of them unnamed, the same period or the cell's period named beside the
    number) becomes a mention of that fact: both take the named metric and the cell's period,
    so they merge into one figure. Each text figure pairs with one cell: the one whose metric
    agrees and whose row label, with its column header, shares most words with the sentence of
    the text figure ('1,172 were added' and the 'Added (Apr-Sep)' column of the area's row).
    Some word must be shared, two when only one of them has a metric: two facts may share a
    value ('two were infants' is not the table's other 2); none when the sentence dates the
    number on the day its column closes."""
    used: set[int] = set()
    # the periods the tables give each value of a metric: a value in one month or quarter of the
    # document's period only is that part's figure where the text says it without a date and
    # names the row in two words or more ('Children looked after rose to 352')
    periods: dict[tuple[float, str, str], set[tuple[str | None, str | None] | None]] = {}
    for cell in table_cands:
        if not cell.repeat and cell.metric != "other":
            periods.setdefault((round(cell.q.value, 2), cell.q.unit, cell.metric), set()).add(_span(cell.period))
    for cell in table_cands:
        if cell.repeat:
            continue
        alone = _within(cell.period, doc_period) and cell.rule != "total" and \
            len(periods.get((round(cell.q.value, 2), cell.q.unit, cell.metric), set())) == 1
        best, best_key = None, None
        also: list[int] = []  # other sayings of the cell's fact that name its row in two words
        for i, t in enumerate(text_cands):
            if i in used or _restating(t) or t.q.unit != cell.q.unit or abs(t.q.value - cell.q.value) > 0.005:
                continue
            clash = t.metric != cell.metric and "other" not in (t.metric, cell.metric)
            undated = _span(t.period) != _span(cell.period) and not (
                    cell.period is not None and _names_period(text, t, cell.period, doc_period)) and not (
                    cell.rule == "total" and t.period is None) and not (
                    t.period is None and _closing(cell.period, doc_period))
            if undated and not (t.period is None and alone and t.metric == cell.metric):
                continue  # a text figure without a period is of the document's period, or a total
            window = _window(text, t.q.start, t.q.end)
            words = _overlap(window, f"{cell.subject} {cell.sentence} {_column_header(text, cell.q.start)}")
            shared = words + _same_numbers(window, cell.sentence, text[t.q.start:t.q.end])
            if undated and words < 2:
                continue  # an undated number restates a month's cell only when it names the row
            if clash and not _names_row(t.sentence, cell.sentence):
                continue  # two named metrics are two facts, unless the sentence names every word of
                # the cell's row label ('203 referrals for post-order support' and that row's 203)
            dated = t.metric == cell.metric != "other" and cell.period is not None and (
                t.period.start == t.period.end == cell.period.end if t.period is not None
                else _dated_on(text, t, cell.period))
            # a rate of one metric and period said in the text and given in a cell is one fact: a
            # rate's value ('127 per 10,000') is too particular to be another's by chance
            rate = t.metric == cell.metric != "other" and cell.q.unit.startswith("rate_") and not undated
            if shared < (0 if dated or rate else 1 if t.metric == cell.metric else 2):
                continue  # a number pairs only with a cell its sentence talks about, or one of
                # its metric dated on the day its column closes ('498 at 31 March 2025')
            key = (t.metric == cell.metric, shared)
            if words >= 2 and t.metric in (cell.metric, "other"):
                also.append(i)
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is None:
            continue
        used.add(best)
        t = text_cands[best]
        metric = cell.metric if t.metric == "other" or cell.refused or t.metric != cell.metric != "other" else t.metric
        t.metric = cell.metric = metric
        if cell.rule == "total" and t.period is None:
            cell.period = None  # '£6.75 million' said without a period: the whole programme's sum
        t.period = cell.period
        if t.repeat == "drop":
            t.repeat = ""  # 'Of the three sudden deaths' is this cell's fact, not any other 3
        cell.head, cell.subject = t.head, t.subject
        t.apart = cell.apart
        # the same fact in a headline box and again in a paragraph: every saying that names
        # the cell's row is a mention of it
        for i in also:
            if i != best and text_cands[i].metric in (metric, "other"):
                used.add(i)
                o = text_cands[i]
                o.metric, o.period, o.head, o.subject, o.apart = metric, t.period, t.head, t.subject, t.apart
    # a cell that restates no text fact is a fact of its own: one that would merge with a text
    # figure by value, unit, metric and period keeps its metric and is told apart by its row
    keys = {_key(t) for t in text_cands if t.metric != "other"}
    aligned = {_key(text_cands[i]) for i in used}
    for cell in table_cands:
        if cell.metric != "other" and not cell.repeat and _key(cell) in keys - aligned:
            cell.apart = True


def _within(period: Period | None, doc_period: Period | None) -> bool:
    """A part of the document's period ('Sep 2026' in a report on 2026/27): a text number said
    without a date may be that part's figure; a column of another year never is."""
    if period is None or doc_period is None or not (period.start and period.end and doc_period.start
                                                    and doc_period.end):
        return False
    return doc_period.start <= period.start <= period.end <= doc_period.end and \
        (period.start, period.end) != (doc_period.start, doc_period.end)


def _closing(period: Period | None, doc_period: Period | None) -> bool:
    """A month or a day that closes the document's period ('Sep 2025' in a report on April to
    September 2025): its column is the report's own 'now'."""
    if period is None or doc_period is None or not period.start or not period.end or period.end != doc_period.end:
        return False
    return period.start[:7] == period.end[:7]


_CELL_SEP = " | "


def _column_header(text: str, at: int) -> str:
    """The column header of a written table cell at offset `at` (rows one per line, cells
    joined by ' | '): its cell of the table's first line ('Added (Apr-Sep)'). Empty for text
    outside such a table and for the row labels' column."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if _CELL_SEP not in text[start:end if end >= 0 else len(text)]:
        return ""
    column = text.count(_CELL_SEP, start, at)
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if _CELL_SEP not in text[above:start - 1]:
            break
        start = above
    stop = text.find("\n", start)
    first = text[start:stop if stop >= 0 else len(text)].split(_CELL_SEP)
    return first[column] if 0 < column < len(first) else ""


_NUMBER = re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?")


def _same_numbers(window: str, row: str, own: str) -> int:
    """Other numbers the text's sentence and the cell's row share, years aside: a share in
    brackets after a count ('recorded for 1,193 children (48%)') restates the cell beside
    that count's cell ('Neglect | 1,193 | 48')."""
    def numbers(t: str) -> set[str]:
        return {n.replace(",", "").rstrip(".,") for n in _NUMBER.findall(t) if not _YEAR_ONLY.match(n)}
    return len((numbers(window) & numbers(row)) - numbers(own))


_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


def _dated_on(text: str, t: _Candidate, period: Period) -> bool:
    """A text number without a period whose sentence names the day that closes `period`
    ('2,486 children were on the register at 30 September')."""
    from ..period import find_periods
    return any(p.start == p.end == period.end for _s, _e, p in find_periods(_window(text, t.q.start, t.q.end)))


def _restating(t: _Candidate) -> bool:
    """A text candidate that only points at another figure ('each of these 23'); a
    back-reference with a metric of its own ('in all nine' rapid reviews) is a fact."""
    return bool(t.repeat) and not (t.repeat == "drop" and t.metric != "other")
