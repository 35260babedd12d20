"""Tables: numeric cells read with their row label, column header, unit and period.

Tables come from the ingesters (`Document.tables`: PDF and HTML) and from space-aligned
plain text (`text_tables`). Each numeric cell becomes a figure candidate: its metric from its
row label or column header, its period from the other; contents pages are not figure sources.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING, Any

from .figures import _FAMILY_STAGE, _HEADING_LINE, _STAGE_ORDER, _Candidate, _Hit, rule_hits
from .findings import Period
from .numbers import Quantity, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .document import Document, Table


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
    from .document import Cell, Table
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


def _is_contents(table: Table) -> bool:
    """A contents list: numbered headings and page numbers, not figures."""
    labels = [r[0].text for r in table.rows if r]
    numbered = sum(bool(_HEADING_LINE.match(t + " ")) for t in labels)
    return numbered >= max(2, len(labels) // 2)


def _table_candidates(doc: Doc, document: Document, table: Table,
                      doc_period: Period | None) -> list[_Candidate]:
    """Each numeric cell: metric from its row label or column header, period from the other."""
    if len(table.rows) < 2 or _is_contents(table):
        return []
    header = table.rows[0]
    # the unit is often only in the caption line above the table ("rate per 10,000 children")
    first = header[0].start if header else 0
    caption = document.text[max(0, first - 300):first].lower()
    title = " ".join(c.text for c in header).lower() + " " + caption
    col_metrics = [_span_metric(doc, c) for c in header]
    by_column = sum(m != "other" for m in col_metrics[1:]) >= max(1, (len(header) - 1) // 2)
    out: list[_Candidate] = []
    for row in table.rows[1:]:
        if len(row) < 2:
            continue
        label = row[0]
        row_metric = _span_metric(doc, label)
        row_period = _cell_period(label.text, doc_period) if by_column else None
        for j, cell in enumerate(row[1:], start=1):
            raw = cell.text.strip()
            value = parse_number(raw.rstrip("%").strip())
            if value is None:
                continue
            col = header[j] if j < len(header) else None
            metric = (col_metrics[j] if by_column and j < len(col_metrics) else row_metric)
            subject = col.text.strip() if by_column and col is not None else label.text.strip()
            period = row_period if by_column else _cell_period(col.text if col else "", doc_period)
            unit = _label_unit(label.text + " " + (col.text if col else "") + " " + raw, title)
            q = Quantity(cell.start, cell.start + len(cell.text.rstrip()), value, unit, "count")
            cand = _Candidate(q, metric, subject, 0.85, "rule:table", period,
                              " ".join(c.text for c in row), subject.lower())
            cand.repeat = "merge" if _TOTAL_LABEL.match(label.text) else ""
            out.append(cand)
    return out


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


def _label_unit(label: str, title: str) -> str:
    low = label.lower()
    if "%" in low or "per cent" in low:
        return "percent"
    for src in (low, title):
        m = re.search(r"per\s+(10,000|1,000|100,000)", src)
        if m:
            return "rate_per_" + m.group(1).replace(",", "")
    if "£" in low or "£" in title:
        return "gbp"
    return "count"
