"""Candidates: each numeric cell of a table as a figure candidate, with its metric, period and unit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..figures import _Candidate
from ..document import Cell, Table
from ..findings import Period
from ..numbers import Quantity
from .captions import _FIGURE_NUMBER, _caption
from .cards import _bar_candidates, _card_candidates, bar_cells, card_rows
from .cells import cell_value
from .columns import _code_columns, _rank_columns, _role, _without_row_numbers, _year_columns
from .headers import _TOTAL_LABEL, _header_rows, _structure
from .metrics import (_COMPARATOR_LABEL, _RATE_LABEL, _REVIEW_WORDS, _block_title, _category_metric, _context_hits, _group_metrics,
                      _counts_other_things, _header_metric, _named_metric, _place_or_period, _populations, _rate_columns, _referrals_in_context, _span_metric, _whole_metric,
                      age_named_metrics, all_ages, placement_rows, rate_of_above, reviews_spoken_of, subset_columns)
from .periods import _PERIOD_LABEL, _ending_on, _header_period, _label_period, _not_doc, _spanned, _year_end
from .registers import _is_contents, _is_form, _is_register
from .text import document_tables
from .units import _money_scale, _rate_base, _tells_rates_apart, _unit

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document


def _table_candidates(doc: Doc, document: Document, table: Table,
                      doc_period: Period | None, previous: Table | None = None) -> list[_Candidate]:
    """Each numeric cell: metric from its row label or column header, period from the other,
    unit from the cell, label, header or caption; targets and comparators keep no period;
    difference columns, registers and contents pages give nothing."""
    table = _without_row_numbers(table)
    if len(table.rows) < 2 and previous is None or _is_contents(table) or _is_form(table):
        return []
    header, head_cells, body = _structure(table, previous)
    if not body or _is_register(body, header):
        return []
    years = _year_columns(body) | _code_columns(header, body) | _rank_columns(header, body)
    caption, cap_start = _caption(document, table if head_cells and head_cells[0].start >= table.rows[0][0].start
                                  else previous or table, previous)
    col_metrics = [_header_metric(doc, c) for c in head_cells] + ["other"] * (len(header) - len(head_cells))
    col_metrics = all_ages(header, _group_metrics(doc, header, head_cells, col_metrics))
    row_metrics = all_ages([row[0].text for row in body], [_span_metric(doc, row[0]) for row in body])
    row_metrics = placement_rows(doc, body, age_named_metrics(doc, body, row_metrics, col_metrics))
    # a label that names a metric only to count something else ('Pre-birth registrations',
    # 'Initial child protection conferences'): other, never the table's whole metric
    refused = [m == "other" and _named_metric(doc, row[0]) != "other" for m, row in zip(row_metrics, body)]
    if not any(m != "other" for m in col_metrics[1:]) and any(_counts_other_things(doc, c) for c in head_cells[1:]):
        # the columns count a thing no metric counts ('Staff in scope'): the rows are its kinds
        row_metrics, refused = ["other"] * len(body), [True] * len(body)
    # rows of places or categories that name nothing ('North East', 'Neglect') under columns of
    # which one names what is counted ('Children in need | Rate per 10,000 | % change'): by column
    rows_name = any(m != "other" for m, row in zip(row_metrics, body) if not _TOTAL_LABEL.match(row[0].text))
    by_column = sum(m != "other" for m in col_metrics[1:]) >= max(1, (len(header) - 1) // 2) or \
        not rows_name and any(m != "other" for m in col_metrics[1:])
    strip = _is_strip(header, body)
    if strip:  # a strip of cards: each column's title names its own cells, the first column's too
        by_column, row_metrics = True, ["other"] * len(body)
    if by_column:
        col_metrics = subset_columns(header, _populations(header, col_metrics))
        col_metrics = _share_of(body, _rate_columns(header, col_metrics), col_metrics)
    corner = tuple(c for c in head_cells[:1] if c.text.strip())
    context = _context_hits(doc, cap_start, cap_start + len(caption), corner)
    named = col_metrics[1:] if by_column else row_metrics
    # the text just above the table (its introducing paragraph), with its title and label header
    around = " ".join([document.text[max(0, cap_start - _ABOVE):cap_start], caption, *(c.text for c in corner)])
    referrals = _referrals_in_context(named, [h for hits in context for h in hits], around,
                                      " ".join([caption, *(c.text for c in corner)]), document.text)
    if referrals == "review_referrals" and not reviews_spoken_of(document.text):
        referrals = "other"
    heads = _header_rows(table) or (_header_rows(previous) if previous is not None else [])
    joined = [next((m for m in (_span_metric(doc, h[j]) for h in heads if j < len(h)) if m != "other"), "other")
              for j in range(len(header))]
    whole = "other" if by_column else _whole_metric(body, row_metrics, joined, context, bool(corner))
    if whole == "other" and not by_column and all(m == "other" for m in row_metrics + joined[1:]):
        whole = _category_metric(" ".join([caption, *(c.text for c in corner)]))
        block = None if whole != "other" or any(refused) or any(h for hits in context for h in hits) or \
            not all(_place_or_period(doc, row[0]) for row in body) else \
            _block_title(doc, [(r[0].start, r[-1].end) for t in document.tables if t is not table
                               for r in t.rows if r], cap_start)
        if block is not None:  # the indicator's heading above its comparison block and series
            whole, caption = block[0], f"{block[1]}\n{caption}"
    roles = [_role(h) for h in header]
    signed = any((v := cell_value(c.text)) is not None and v.unit == "percent" for row in body for c in row[1:])
    base = _rate_base(document, table, caption)
    marked = _tells_rates_apart([*header[1:], *(r[0].text for r in body)],
                                [*col_metrics[1:], *row_metrics])
    # years ending on another day than 31 March: 'Year ending 31 July' over '2024-25'
    year_end = _year_end(" ".join([header[0] if header else "", _title_of(caption)]), doc_period)
    periods = _spanned(header, [_in_year(_header_period(h, doc_period), year_end, doc_period) for h in header])
    out: list[_Candidate] = []
    above, above_label = "other", ""
    # a row without a label (a chart's one row of values under its periods): the caption's title
    title = _FIGURE_NUMBER.sub("", next((ln for ln in reversed(caption.split("\n")) if ln.strip()), "")).strip()
    refused_above = False
    for row, row_metric, own in zip(body, row_metrics, refused):
        label = row[0]
        if refused_above and _SUBSET_ROW.match(label.text):
            row_metric, own = "other", True  # 'of whom placed out of area' under a refused row: its subset
        refused_above = own
        row_metric = whole if row_metric == "other" and not own else row_metric
        if row_metric == "review_referrals" and not _REVIEW_WORDS.search(label.text):
            row_metric = referrals  # a bare 'Referrals' row, or a table of referrals its caption places
        if row_metric == "other" and (_RATE_LABEL.match(label.text) or rate_of_above(label.text, above_label)):
            row_metric = above  # 'Rate per 10,000 children' under the count it is the rate of
        measure = "" if strip else label.text  # a strip's first cell is a card, not a measure's name
        if not by_column and row_metric == "other" and _COMPARATOR_LABEL.match(label.text):
            row_metric, measure = above, above_label  # 'England' under the measure it compares with
        above, above_label = row_metric, measure
        row_period = _in_year(_header_period(label.text, doc_period), year_end, doc_period) \
            if by_column and not strip else None
        first = label.text.split(maxsplit=1)[0] if strip and label.text.strip() else ""
        cells = ((Cell(first, label.start + label.text.index(first), label.start + label.text.index(first) + len(first)),)
                 if first else ()) + tuple(row[1:])  # a strip's first card: the number its title is over
        for j, cell in ((j, part) for j, full in enumerate(cells, start=1 - bool(first)) for part in _parts(full)):
            reading = cell_value(cell.text)
            col = header[j] if j < len(header) else ""
            if reading is None or j in years:
                continue
            metric = col_metrics[j] if by_column and j < len(col_metrics) else row_metric
            if metric == "other" and not by_column and not own and j < len(joined) and joined[j] != "other" \
                    and _TOTAL_LABEL.match(label.text):
                metric = joined[j]  # the 'Total' of a breakdown by category, under a column naming its whole
            if metric == "review_referrals" and by_column and not _REVIEW_WORDS.search(col):
                metric = referrals
            subject = col if by_column and col else label.text.strip() or title
            role = roles[j] if j < len(roles) else "value"
            if role != "value":
                subject, period = f"{label.text.strip()} ({col})", None
            else:
                period = row_period if by_column else (periods[j] if j < len(periods) else None)
                if period is None and not by_column:  # a time series down the rows: '2022/23 | 412.6'
                    period = _in_year(_label_period(label.text, doc_period), year_end, doc_period)
            unit = _unit(reading, measure, col, header[0] if header else "", caption, base, marked, signed)
            value = reading.value
            if unit == "gbp" and not re.search(r"£.*\d.*(?:k|m|bn|million|billion)\b", cell.text, re.I):
                value *= _money_scale(" ".join((label.text, col, header[0] if header else "", caption)))
            value = round(value, 6)  # 8.2 x 1,000,000 is 8,200,000, not 8,199,999.999999999
            total = bool(_TOTAL_LABEL.match(label.text))
            if total and unit == "percent" and abs(value - 100) < 0.01:
                continue  # the 100% that closes a column of shares
            if unit == "gbp":
                metric = "other"  # money is never a metric's count
            if unit == "percent" and _TIMELY.search(f"{label.text} {col if by_column else ''}"):
                metric = "other"  # a share done within a time limit is timeliness, as in prose
            q = Quantity(cell.start, cell.start + len(cell.text.rstrip()), value, unit, "count")
            cand = _Candidate(q, metric, subject, 0.85, "rule:table", period,
                              " ".join(c.text for c in row), subject.lower())
            cand.repeat = "merge" if total else ""
            cand.refused = own and metric == "other"
            if role == "value" and _TOTAL_LABEL.match(col) and period is not None:
                cand.rule = "total"  # a 'Total' column's cell: the sum over the period columns
            out.append(cand)
    return _kept_apart(_rates_of_the_table(_money_shares(out)))


_ABOVE = 600  # characters of running text before a table's title that introduce it


# A cell that opens on a number: '2,918 offences', '41%', '£1.2m spent'
_OPENS_ON_NUMBER = re.compile(r"^\s*[(£+\-−]?\d")


def _is_strip(header: tuple[str, ...], body: list[tuple[Cell, ...]]) -> bool:
    """Whether a table is a strip of statistic cards read across columns: a row of titles of
    words ('Violence with injury | Knife crime | Under-25 victims') over a row whose every cell,
    the first one too, opens on its number ('2,918 offences | 187 offences | 41%'), so no
    column holds row labels."""
    if len(header) < 2 or not body or len(body) > 2 or not all(h.strip() and cell_value(h) is None for h in header):  # noqa: PLR2004
        return False  # a strip has one row of numbers (and its sub-lines), not a row per year
    first = body[0]
    return len(first) == len(header) and all(_OPENS_ON_NUMBER.match(c.text) for c in first) and \
        not _PERIOD_LABEL.match(first[0].text.split(maxsplit=1)[0])  # '2029/30 | 412 | 96': a year's row


# A row that is a part of the row above: 'of whom placed out of area', 'of which repeat', 'including ...'
_SUBSET_ROW = re.compile(r"\s*(?:[-–•]\s*)?(?:of\s+(?:whom|which|these|them)|including|incl\.)\b", re.I)
# A time limit a share was met in: 'within 10 working days', 'within 72 hours', 'in timescale'
# (a window in months or years is a definition: 'Re-referrals within 12 months (%)'); a deadline
# set by 'by' and a time or an age is one, in any unit: 'Review by 8 weeks', 'seen by 2½ years',
# 'Visits by day 14', 'by the age of 12 months'
_TIMELY = re.compile(r"\bwithin\s+(?:the\s+)?(?:\d+|[a-z]+)[\s-]+(?:working[\s-]+|calendar[\s-]+|school[\s-]+)?"
                     r"(?:days?|hours?|weeks?)\b|\b(?:in|within|outside)\s+(?:the\s+)?timescales?\b|"
                     r"\bby\s+(?:the\s+age\s+of\s+|age\s+)?(?:\d+(?:\.\d+)?½?|½)[\s-]*(?:working[\s-]+|calendar[\s-]+)?"
                     r"(?:days?|hours?|weeks?|months?|years?)\b|\bby\s+(?:day|week|month)\s+\d+\b|"
                     r"\bon\s+time\b|\btimeliness\b|\btimely\b", re.I)


def _in_year(period: Period | None, year_end: tuple[int, int] | None, doc_period: Period | None) -> Period | None:
    """A header's period moved to end on the table's year end; None when it is then the
    document's own period."""
    moved = _ending_on(period, year_end)
    return _not_doc(moved, doc_period) if moved is not None else None


def _title_of(caption: str) -> str:
    """The caption's nearest title line."""
    return next((ln for ln in reversed(caption.split("\n")) if ln.strip()), "")


SHARE_ROWS = 2  # rows whose arithmetic must show a share's denominator


def _share_of(body: list[tuple[Cell, ...]], metrics: list[str], named: list[str]) -> list[str]:
    """A column of shares that names nothing ('%', 'Per cent') beside a count ('Rapid reviews |
    LCSPRs commissioned | %'): a share keeps the metric of its whole, so when its cells are the
    count on its left as a percentage of a column further left (20 = 8 of 40) in every row
    that has them, it takes that column's metric; else the count's own (a share of the
    column's total)."""
    out = list(metrics)

    def value(row: tuple[Cell, ...], j: int) -> float | None:
        r = cell_value(row[j].text) if j < len(row) else None
        return r.value if r is not None else None

    for j in range(2, len(out)):
        if named[j] != "other" or out[j] == "other":
            continue
        k = next((k for k in range(j - 1, 0, -1) if named[k] != "other"), None)
        if k is None:
            continue
        for i in range(k - 1, 0, -1):
            if named[i] in ("other", named[k]):
                continue
            trios: list[tuple[float, float, float]] = []
            for r in body:
                p, n, d = value(r, j), value(r, k), value(r, i)
                if p is not None and n is not None and d:
                    trios.append((p, n, d))
            if len(trios) >= SHARE_ROWS and all(abs(100 * n / d - p) <= 1.0 for p, n, d in trios):
                out[j] = named[i]
                break
    return out


def _money_shares(cands: list[_Candidate]) -> list[_Candidate]:
    """A percentage in a row of money ('Placements | 38,412 | 42,905 | 4,493 | 11.7%') is a
    share or variance of the money, not of the thing the row label names: no metric."""
    money_rows = {c.sentence for c in cands if c.q.unit == "gbp"}
    for c in cands:
        if c.q.unit == "percent" and c.sentence in money_rows:
            c.metric = "other"
    return cands


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
    period merge into one figure: colliding cells keep their metric and are told apart by
    their row ('Trauma 1' and 'Infection 1' deaths are two figures of child_deaths)."""
    seen: dict[tuple[Any, ...], _Candidate] = {}
    heads: set[tuple[Any, ...]] = set()
    for c in cands:
        key = _key(c)
        if c.metric != "other" and not c.repeat and key in seen:
            seen[key].apart = c.apart = True
        if (c.metric == "other" or c.apart) and not c.repeat and (key, c.head) in heads:
            c.head = f"{c.head} #{c.q.start}"  # two cells of one row, same value: two facts
        seen.setdefault(key, c)
        heads.add((key, c.head))
    return cands


def table_candidates(doc: Doc, document: Document, doc_period: Period | None
                     ) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """Figure candidates of every table cell, and the spans of all cells (which the running-text
    reader skips). A table that follows another on the next page with the same width and no
    header of its own continues it."""
    out: list[_Candidate] = []
    skip: list[tuple[int, int]] = []
    previous: Table | None = None
    group: list[_Candidate] = []  # the cells of a table and its continuations on later pages
    for table in document_tables(document):
        cont = previous if previous is not None and table.page == previous.page + 1 else None
        cands = _table_candidates(doc, document, table, doc_period, cont)
        group = group + cands if cont is not None and _header_rows(table) == [] else cands
        if group is not cands:
            _kept_apart(group)  # a table broken by a page is one table: its rows stay apart
        out += cands
        # the label after a column of row numbers or indicator references ('CSC03 | Assessments
        # within 45 working days (%)') is the row's label, not a described value
        labels = {r[0].start for r in _without_row_numbers(table).rows if r}
        skip += [(c.start, c.end) for row in table.rows for j, c in enumerate(row)
                 if not _prose_cell(c) and not (j and c.start not in labels and _described(c))]
        previous = table if _header_rows(table) or cont is None else previous
    cards = card_rows(document.text, [(r[0].start, r[-1].end) for t in document_tables(document) for r in t.rows if r])
    out += _card_candidates(cards)
    skip += [(c.start, c.end) for c in cards]
    bars = bar_cells(document.text, [(r[0].start, r[-1].end) for t in document_tables(document) for r in t.rows if r])
    out += _bar_candidates(doc, bars)
    skip += [(n.start, n.end) for cells in bars for n, _label in cells]
    return out, skip


# A cell that is a sentence: a capital, six or more words, a full stop ('We approved 19 new
# fostering households, up from 11.')
_SENTENCE_CELL = re.compile(r"^\s*[A-Z][^\n]*?(?:\s+\S+){5,}[.!?]\s*$")


def _described(cell: Cell) -> bool:
    """A cell of words beside the row's label, with a number among them ('Block-contract 6
    fostering placements', '£0 (pressure rises to £4.1m in 2027/28)'): a description the
    running-text reader reads, as no cell reading gives its numbers."""
    return cell_value(cell.text) is None and len(re.findall(r"[A-Za-z]{2,}", cell.text)) >= 3 and \
        bool(re.search(r"\d", cell.text))


def _prose_cell(cell: Cell) -> bool:
    """A cell of running prose (minutes laid out in a table: item number | paragraphs; 'We
    said | We did' tables of sentences): the running-text reader reads it; a data cell never
    holds a paragraph of 20 words or more, nor a whole sentence."""
    return len(cell.text.split()) >= 20 or bool(_SENTENCE_CELL.match(cell.text))


def _key(c: _Candidate) -> tuple[Any, ...]:
    return (round(c.q.value, 2), c.q.unit, c.metric, _span(c.period))


def _span(p: Period | None) -> tuple[str | None, str | None] | None:
    return (p.start, p.end) if p is not None else None
