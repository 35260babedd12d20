"""Tables: numeric cells read with their row label, column header, unit and period.

Tables come from the ingesters (`Document.tables`: PDF and HTML) and from space-aligned
plain text (`text_tables`). Each numeric cell becomes a figure candidate: its metric from its
row label or column header, its period from the other; contents pages are not figure sources.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .figures import _FAMILY_STAGE, _HEADING_LINE, _STAGE_ORDER, _Candidate, _Hit, rule_hits
from .document import Cell, Table
from .findings import Period
from .numbers import Quantity, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .document import Document


_QUARTER = re.compile(r"\bQ([1-4])\b")
_TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+)?totals?\b", re.I)
_PERIOD_HEADER = re.compile(r"^\s*(?:(?:19|20)\d\d\s*[/-]\s*\d{2,4}\s*){2,}$")
_TEXT_ROW = re.compile(r"^\s*(?P<label>\S.*?\S)(?P<cells>(?:\s{2,}[\d,.]+%?)+)\s*$")


def _quarter_period(label: str, doc_period: Period | None) -> Period | None:
    """'Q1 (Apr–Jun)' -> that quarter of the document's financial year."""
    m = _QUARTER.search(label)
    if not m or doc_period is None or not doc_period.start:
        return None
    year, month = int(doc_period.start[:4]), int(doc_period.start[5:7])
    first = month + 3 * (int(m.group(1)) - 1)
    year, first = year + (first - 1) // 12, (first - 1) % 12 + 1
    last = first + 2
    day = calendar.monthrange(year, last)[1]
    return Period(f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{day:02d}", label.strip())


def _cell_period(text: str, doc_period: Period | None) -> Period | None:
    """The period a header or row label names (a year, a financial year, a quarter)."""
    from .period import parse_period
    period = parse_period(text) or _quarter_period(text, doc_period)
    if period is not None and doc_period is not None and \
            (period.start, period.end) == (doc_period.start, doc_period.end):
        return None
    return period


def text_tables(text: str) -> list[Table]:
    """Space-aligned plain-text tables: a header line of periods, then 'label  n  n' rows."""
    tables: list[Table] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if not _PERIOD_HEADER.match(line):
            i += 1
            continue
        header = [Cell("", start, start)] + [Cell(m.group(0), start + m.start(), start + m.end())
                                            for m in re.finditer(r"\S+", line)]
        rows = [tuple(header)]
        i += 1
        while i < len(lines) and (m := _TEXT_ROW.match(lines[i][1])):
            s, row_text = lines[i]
            cells = [Cell(m["label"], s + m.start("label"), s + m.end("label"))]
            cells += [Cell(c.group(0), s + m.start("cells") + c.start(), s + m.start("cells") + c.end())
                      for c in re.finditer(r"\S+", m["cells"])]
            rows.append(tuple(cells))
            i += 1
        if len(rows) > 1:
            tables.append(Table(1, tuple(rows)))
    return tables


_ID_CELL = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)+$")
_DATE_CELL = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$")
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_PAGE_HEADER = re.compile(r"^\s*(?:page|pages|p\.?|pg)\s*(?:no\.?|number)?\s*$", re.I)
# Columns that are not the table's own measurements: targets, comparators, differences.
_TARGET = re.compile(r"\b(?:target|goal|ambition|threshold|tolerance)s?\b", re.I)
_COMPARATOR = re.compile(r"\b(?:england|national|nationally|wales|scotland|uk|regional|region|"
                         r"stat(?:istical)?\.?\s*neighbou?rs?|sn|comparators?|benchmark|"
                         r"(?:regional|national|england|sn)\s+average)\b", re.I)
_DIFFERENCE = re.compile(r"\b(?:change|difference|diff|increase|decrease|movement|trend|"
                         r"direction\s+of\s+travel|dot)\b|\+\s*/\s*-|±", re.I)
# Money scales written in a header, caption or label: '£000', "£'000", '£k', '£m', '£ millions'
_SCALE = [(re.compile(r"£\s*'?000s?\b|£\s*k\b|£\s*thousands?\b|\(\s*000s?\s*\)", re.I), 1e3),
          (re.compile(r"£\s*m\b|£\s*millions?\b|£\s*mn\b", re.I), 1e6),
          (re.compile(r"£\s*bn\b|£\s*billions?\b", re.I), 1e9)]
_RATE = re.compile(r"\bper\s+(10,000|1,000|100,000|10000|1000|100000)\b", re.I)
_BARE_RATE = re.compile(r"\brates?\b(?!\s+of\s+(?:pay|interest))", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercentage\b|\bproportion\b", re.I)
_NUMBER_WORD = re.compile(r"\b(?:number|numbers|no\.)(?!\w)", re.I)
# A value cell: optional sign or accounting brackets, £, digits, % or a money multiplier, a
# footnote mark. '(520)' is -520; '–', 'n/a', '*' are no value.
_VALUE = re.compile(r"^(?P<open>\()?\s*(?P<sign>[-−–+])?\s*(?P<gbp>£)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
                    r"(?P<mult>k|m|bn|million|billion)?\s*(?P<pct>%)?\s*(?P<close>\))?\s*[*†‡¹²³]*$", re.I)
_MULT = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_MONTH_YEAR = re.compile(r"^\s*(?:(?:as\s+)?at\s+|end\s+(?:of\s+)?)?(?:(?P<d>\d{1,2})\s+)?(?P<m>[A-Za-z]{3,9})[\s-]+"
                         r"(?P<y>(?:19|20)?\d\d)\s*$", re.I)
_SNAPSHOT_NO_YEAR = re.compile(r"\b(?:as\s+)?at\s+(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\b(?!\s+\d)", re.I)
_CAL_YEAR = re.compile(r"^\s*(?:(?:calendar\s+)?year\s+)?(?P<y>(?:19|20)\d\d)\s*(?:\w+\s*)?$", re.I)
_QUARTER_WORD = re.compile(r"\bquarter\s+([1-4])\b", re.I)


@dataclass(frozen=True, slots=True)
class Reading:
    """A value cell's number: its value (sign and money scale applied) and any unit it shows."""

    value: float
    unit: str | None  # 'gbp' or 'percent' when the cell itself says so


def cell_value(text: str) -> Reading | None:
    """The number a table cell holds ('1,234', '12.5%', '£3.2m', '(520)', '-4'), or None."""
    m = _VALUE.match(text.strip())
    if not m or bool(m["open"]) != bool(m["close"]):
        return None
    value = parse_number(m["num"])
    if value is None:
        return None
    value *= _MULT.get((m["mult"] or "").lower(), 1.0)
    if m["open"] or (m["sign"] and m["sign"] != "+"):
        value = -value
    unit = "percent" if m["pct"] else "gbp" if m["gbp"] or m["mult"] and m["mult"].lower() in ("m", "bn") else None
    return Reading(value, unit)


def _money_scale(text: str) -> float:
    for pattern, scale in _SCALE:
        if pattern.search(text):
            return scale
    return 1.0


def _is_contents(table: Table) -> bool:
    """A contents list: numbered headings and page numbers, not figures."""
    labels = [r[0].text for r in table.rows if r]
    numbered = sum(bool(_HEADING_LINE.match(t + " ")) for t in labels)
    if numbered >= max(2, len(labels) // 2):
        return True
    head = table.rows[0] if table.rows else ()
    return len(head) >= 2 and bool(_PAGE_HEADER.match(head[-1].text))


def _is_register(rows: list[tuple[Cell, ...]]) -> bool:
    """A register of cases: most rows name a case by a reference or carry dates."""
    body = [r for r in rows if len(r) >= 2]
    if len(body) < 2:
        return False
    keyed = sum(bool(_ID_CELL.match(r[0].text.strip())) for r in body)
    dated = sum(any(_DATE_CELL.match(c.text.strip()) for c in r) for r in body)
    return max(keyed, dated) * 2 > len(body)


def _value_row(row: tuple[Cell, ...]) -> bool:
    return any(cell_value(c.text) is not None for c in row[1:])


Structure = tuple[tuple[str, ...], tuple[Cell, ...], list[tuple[Cell, ...]]]


def _heading_cell(text: str) -> bool:
    """A cell a header row may hold: words, a year ('2021') or a money scale ('£000')."""
    return cell_value(text) is None or bool(_YEAR_CELL.match(text)) or _money_scale(text) != 1.0


def _header_rows(table: Table) -> list[tuple[Cell, ...]]:
    """The leading rows without values (at most three, and never the whole table)."""
    heads: list[tuple[Cell, ...]] = []
    for row in table.rows[:-1]:
        if not all(_heading_cell(c.text) for c in row[1:]) or len(heads) == 3:
            break
        heads.append(row)
    return heads


def _structure(table: Table, previous: Table | None) -> Structure:
    """(column headers, body rows): leading rows without values are header lines, joined
    column by column ('2024/25' over 'outturn'); a table that starts with values continues the
    one before it (a table broken by a page) and takes its headers. Label-only rows whose next
    row has no label, or a label starting in lower case, are a wrapped label, joined to it."""
    heads = _header_rows(table)
    rows = list(table.rows[len(heads):])
    width = max((len(r) for r in table.rows), default=0)
    if not heads and previous is not None and max((len(r) for r in previous.rows), default=0) == width:
        heads = _header_rows(previous)  # a table broken by a page: the first part's headers
    header = tuple(" ".join(h[j].text.strip() for h in heads if j < len(h) and h[j].text.strip())
                   for j in range(width))
    cells = heads[0] if heads else ()
    body: list[tuple[Cell, ...]] = []
    pending: Cell | None = None
    for row in rows:
        if not row:
            continue
        label = row[0]
        if pending is not None and (not label.text.strip() or label.text.strip()[:1].islower()):
            label = Cell(f"{pending.text.strip()} {label.text.strip()}".strip(), pending.start, label.end)
        pending = None
        if not _value_row(row):
            pending = row[0] if row[0].text.strip() else None
            continue
        body.append((label, *row[1:]))
    return header, cells, body


def _role(header: str) -> str:
    """What a column holds: 'value', 'target', 'comparator' or 'difference'."""
    if _DIFFERENCE.search(header):
        return "difference"
    if _TARGET.search(header):
        return "target"
    if _COMPARATOR.search(header):
        return "comparator"
    return "value"


def _unit(cell: Reading, label: str, header: str, corner: str, caption: str) -> str:
    """A cell's unit: the cell's own sign, else the row label, the column header, the label
    column's header, the caption."""
    if cell.unit:
        return cell.unit
    for src in (label, header, corner, caption):
        if _PERCENT.search(src):
            return "percent"
        m = _RATE.search(src)
        if m:
            return "rate_per_" + m.group(1).replace(",", "")
        if "£" in src:
            return "gbp"
        if _BARE_RATE.search(src):
            return "rate_per_10000"  # the usual denominator of English children's statistics
        if _NUMBER_WORD.search(src):
            return "count"
    return "count"


_PROSE_LINE = re.compile(r"[.!?:;][\"'’”)]*\s*$")


def _caption(document: Document, table: Table) -> str:
    """The title lines just above a table, often with the unit ('£000', 'rate per 10,000').
    A line of running prose that reports numbers (a sentence of more than eight words with a
    digit) ends the caption: the paragraph before a table speaks of other figures ('29%'), not
    of the table's cells; a describing sentence without numbers stays part of the caption."""
    first = table.rows[0][0].start if table.rows and table.rows[0] else 0
    lines: list[str] = []
    for line in reversed(document.text[max(0, first - 400):first].split("\n")[-3:]):
        if _PROSE_LINE.search(line) and len(line.split()) > 8 and re.search(r"\d", line):
            break
        lines.insert(0, line)
    return "\n".join(lines)


def _table_candidates(doc: Doc, document: Document, table: Table,
                      doc_period: Period | None, previous: Table | None = None) -> list[_Candidate]:
    """Each numeric cell: metric from its row label or column header, period from the other,
    unit from the cell, label, header or caption; targets and comparators keep no period;
    difference columns, registers and contents pages give nothing."""
    if len(table.rows) < 2 and previous is None or _is_contents(table):
        return []
    header, head_cells, body = _structure(table, previous)
    if not body or _is_register(body):
        return []
    caption = _caption(document, table if head_cells and head_cells[0].start >= table.rows[0][0].start
                       else previous or table)
    col_metrics = [_span_metric(doc, c) for c in head_cells] + ["other"] * (len(header) - len(head_cells))
    by_column = sum(m != "other" for m in col_metrics[1:]) >= max(1, (len(header) - 1) // 2)
    roles = [_role(h) for h in header]
    periods = _spanned(header, [_header_period(h, doc_period) for h in header])
    out: list[_Candidate] = []
    for row in body:
        label = row[0]
        row_metric = _span_metric(doc, label)
        row_period = _header_period(label.text, doc_period) if by_column else None
        for j, cell in ((j, part) for j, whole in enumerate(row[1:], start=1) for part in _parts(whole)):
            reading = cell_value(cell.text)
            col = header[j] if j < len(header) else ""
            if reading is None or roles[j if j < len(roles) else 0] == "difference":
                continue
            metric = col_metrics[j] if by_column and j < len(col_metrics) else row_metric
            subject = col if by_column and col else label.text.strip()
            role = roles[j] if j < len(roles) else "value"
            if role != "value":
                subject, period = f"{label.text.strip()} ({col})", None
            else:
                period = row_period if by_column else (periods[j] if j < len(periods) else None)
            unit = _unit(reading, label.text, col, header[0] if header else "", caption)
            value = reading.value
            if unit == "gbp" and not re.search(r"£.*\d.*(?:k|m|bn|million|billion)\b", cell.text, re.I):
                value *= _money_scale(" ".join((label.text, col, header[0] if header else "", caption)))
            total = bool(_TOTAL_LABEL.match(label.text))
            if total and unit == "percent" and abs(value - 100) < 0.01:
                continue  # the 100% that closes a column of shares
            if unit == "gbp":
                metric = "other"  # money is never a metric's count
            q = Quantity(cell.start, cell.start + len(cell.text.rstrip()), value, unit, "count")
            cand = _Candidate(q, metric, subject, 0.85, "rule:table", period,
                              " ".join(c.text for c in row), subject.lower())
            cand.repeat = "merge" if total else ""
            out.append(cand)
    return _kept_apart(_rates_of_the_table(out))


def _rates_of_the_table(cands: list[_Candidate]) -> list[_Candidate]:
    """A rate row or column that names no metric ('Rate per 10,000 children') is the rate of
    the thing the table counts, when its other cells name one metric only."""
    named = {c.metric for c in cands if c.metric != "other" and c.q.unit == "count"}
    if len(named) != 1:
        return cands
    metric = named.pop()
    for c in cands:
        if c.metric == "other" and c.q.unit.startswith("rate_"):
            c.metric = metric
    return cands


_COUNT_AND_SHARE = re.compile(r"^(?P<n>\d[\d,]*)\s*\(\s*(?P<p>\d+(?:\.\d+)?\s*%)\s*\)$")


def _parts(cell: Cell) -> list[Cell]:
    """A cell's values: '9 (31%)' holds a count and its share, two figures; others one."""
    m = _COUNT_AND_SHARE.match(cell.text.strip())
    if not m:
        return [cell]
    at = cell.start + (len(cell.text) - len(cell.text.lstrip()))
    return [Cell(m["n"], at + m.start("n"), at + m.end("n")), Cell(m["p"], at + m.start("p"), at + m.end("p"))]


def _kept_apart(cands: list[_Candidate]) -> list[_Candidate]:
    """Two cells of one table are two facts, but facts with the same value, unit, metric and
    period merge into one figure: a later colliding cell keeps its row's words ('other',
    told apart by its subject) instead of the metric."""
    seen: set[tuple[Any, ...]] = set()
    for c in cands:
        key = _key(c)
        if c.metric != "other" and not c.repeat and key in seen:
            c.metric = "other"
            key = _key(c)
        if c.metric == "other" and not c.repeat and (key, c.head) in seen:
            c.head = f"{c.head} #{c.q.start}"  # two cells of one row, same value: two facts
        seen.update((key, (key, c.head)))
    return cands


def _spanned(header: tuple[str, ...], periods: list[Period | None]) -> list[Period | None]:
    """A 'Total' column beside columns of periods covers them all ('2026/27 to 2029/30')."""
    named = [p for p in periods if p is not None and p.start and p.end]
    if len(named) < 2:
        return periods
    first, last = min(named, key=lambda p: p.start or ""), max(named, key=lambda p: p.end or "")
    whole = Period(first.start, last.end, f"{first.text} to {last.text}")
    return [whole if p is None and _TOTAL_LABEL.match(h) else p for h, p in zip(header, periods)]


def _header_period(text: str, doc_period: Period | None) -> Period | None:
    """The period a column header or row label names: what `period.parse_period` reads
    ('2024/25 outturn', 'Q1 2025/26', 'as at 31 March 2025'), else a quarter of the document's
    year ('Q3', 'Quarter 3'), a date without its year ('as at 31 March'), a month ('Mar-25',
    'March 2025') or a calendar year ('2024')."""
    text = text.strip()
    if not text:
        return None
    period = _cell_period(_QUARTER_WORD.sub(r"Q\1", text), doc_period)
    if period is not None:
        return Period(period.start, period.end, text)
    from .period import MONTHS
    m = _SNAPSHOT_NO_YEAR.search(text)
    if m and doc_period is not None and doc_period.end and m["m"].lower() in MONTHS:
        year = int(doc_period.end[:4])
        month = MONTHS[m["m"].lower()]
        if month > int(doc_period.end[5:7]):
            year -= 1
        return _not_doc(Period(_iso(year, month, int(m["d"])), _iso(year, month, int(m["d"])), text), doc_period)
    m = _MONTH_YEAR.match(text)
    if m and m["m"].lower() in MONTHS:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        month = MONTHS[m["m"].lower()]
        day = int(m["d"]) if m["d"] else calendar.monthrange(year, month)[1]
        start = _iso(year, month, day) if m["d"] else _iso(year, month, 1)
        return _not_doc(Period(start, _iso(year, month, day), text), doc_period)
    m = _CAL_YEAR.match(text)
    if m:
        y = int(m["y"])
        return _not_doc(Period(_iso(y, 1, 1), _iso(y, 12, 31), text), doc_period)
    return None


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _not_doc(period: Period, doc_period: Period | None) -> Period | None:
    """None for the document's own period (a figure of the document's period carries none)."""
    if doc_period is not None and (period.start, period.end) == (doc_period.start, doc_period.end):
        return None
    return period


def _span_metric(doc: Doc, cell: Any) -> str:
    span = doc.char_span(cell.start, cell.end, alignment_mode="expand") if cell.end > cell.start else None
    # The Matcher runs on the span itself: span.as_doc() would copy the whole Doc's arrays.
    return _label_metric(rule_hits(span)) if span is not None else "other"


def _label_metric(hits: list[_Hit]) -> str:
    for h in hits:
        if h.rule.kind in ("noun", "prop") and h.rule.metric:
            return h.rule.metric
        if h.rule.kind == "family":
            stages = [s.rule.stage for s in hits if s.rule.kind == "stage"]
            stage = next((s for s in _STAGE_ORDER if s in stages), None)
            return _FAMILY_STAGE[h.rule.family or "review"][stage]
    return "other"


def document_tables(document: Document) -> list[Table]:
    """The ingester's tables, then plain-text tables outside them."""
    tables = list(document.tables)
    covered = [(r[0].start, r[-1].end) for t in tables for r in t.rows if r]
    return tables + [t for t in text_tables(document.text)
                     if not any(s <= t.rows[0][0].start < e for s, e in covered)]


def table_candidates(doc: Doc, document: Document, doc_period: Period | None
                     ) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """Figure candidates of every table cell, and the spans of all cells (which the running-text
    reader skips). A table that follows another on the next page with the same width and no
    header of its own continues it."""
    out: list[_Candidate] = []
    skip: list[tuple[int, int]] = []
    previous: Table | None = None
    for table in document_tables(document):
        cont = previous if previous is not None and table.page == previous.page + 1 else None
        out += _table_candidates(doc, document, table, doc_period, cont)
        skip += [(c.start, c.end) for row in table.rows for c in row if not _prose_cell(c)]
        previous = table if _header_rows(table) or cont is None else previous
    return out, skip


def _prose_cell(cell: Cell) -> bool:
    """A cell of running prose (minutes laid out in a table: item number | paragraphs): the
    running-text reader reads it; a data cell never holds a paragraph of 20 words or more."""
    return len(cell.text.split()) >= 20


_WORDS = re.compile(r"[a-z]{3,}")


def _overlap(a: str, b: str) -> int:
    """Words (plural and singular alike) the two texts share."""
    def stems(t: str) -> set[str]:
        return {w[:-1] if w.endswith("s") else w for w in _WORDS.findall(t.lower())}
    return len(stems(a) & stems(b))


_NEAR_PERIOD = re.compile(r"\bQ[1-4](?:\s+(?:of\s+)?(?:19|20)\d\d\s*[/–-]\s*\d{2,4})?\b|"
                          r"\b(?:19|20)\d\d\s*[/–-]\s*\d{2,4}\b|\b(?:19|20)\d\d\b")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


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
    from .period import find_periods
    # a stock counted on the date that closes the column's period ('311 at 31 March 2025')
    if any(p.start == p.end == period.end for _s, _e, p in find_periods(_window(text, t.q.start, t.q.end))):
        return True
    before = re.split(r"[,;.(]\s", text[max(0, t.q.start - 25):t.q.start])[-1]
    after = re.split(r"[,;.]\s|\band\b|\(", text[t.q.end:t.q.end + 80])[0]
    near = _QUARTER_WORD.sub(r"Q\1", before + text[t.q.start:t.q.end] + after)
    if doc_period is not None and doc_period.start and doc_period.end and _LAST_YEAR.search(
            text[max(0, t.q.start - 40):t.q.end + 40]):
        start, end = doc_period.start, doc_period.end
        last = (f"{int(start[:4]) - 1}{start[4:]}", f"{int(end[:4]) - 1}{end[4:]}")
        if last == (period.start, period.end):
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
    agrees and whose row label (or column header, when the columns name the metrics) shares
    most words with the sentence of the text figure. Some word must be shared, two when only
    one of them has a metric: two facts may share a value ('two were infants' is not the
    table's other 2)."""
    used: set[int] = set()
    for cell in table_cands:
        if cell.repeat:
            continue
        best, best_key = None, None
        for i, t in enumerate(text_cands):
            if i in used or _restating(t) or t.q.unit != cell.q.unit or abs(t.q.value - cell.q.value) > 0.005:
                continue
            if t.metric != cell.metric and "other" not in (t.metric, cell.metric):
                continue
            if _span(t.period) != _span(cell.period) and not (
                    cell.period is not None and _names_period(text, t, cell.period, doc_period)):
                continue  # a text figure without a period is of the document's period
            shared = _overlap(_window(text, t.q.start, t.q.end), cell.subject)
            if shared < (1 if t.metric == cell.metric else 2):
                continue  # a number pairs only with a cell its sentence talks about
            key = (t.metric == cell.metric, shared)
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is None:
            continue
        used.add(best)
        t = text_cands[best]
        metric = cell.metric if t.metric == "other" else t.metric
        t.metric = cell.metric = metric
        t.period = cell.period
        cell.head, cell.subject = t.head, t.subject
    # a cell that restates no text fact is a fact of its own: one that would merge with a text
    # figure by value, unit, metric and period keeps its row's words instead of the metric
    keys = {_key(t) for t in text_cands if t.metric != "other"}
    aligned = {_key(text_cands[i]) for i in used}
    for cell in table_cands:
        if cell.metric != "other" and not cell.repeat and _key(cell) in keys - aligned:
            cell.metric = "other"


def _restating(t: _Candidate) -> bool:
    """A text candidate that only points at another figure ('each of these 23'); a
    back-reference with a metric of its own ('in all nine' rapid reviews) is a fact."""
    return bool(t.repeat) and not (t.repeat == "drop" and t.metric != "other")


def _key(c: _Candidate) -> tuple[Any, ...]:
    return (round(c.q.value, 2), c.q.unit, c.metric, _span(c.period))


def _span(p: Period | None) -> tuple[str | None, str | None] | None:
    return (p.start, p.end) if p is not None else None
