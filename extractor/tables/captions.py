"""Captions: the title line above a table, or the caption of the table it continues."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import Table
from .headers import _header_rows

if TYPE_CHECKING:
    from ..document import Document


_FIGURE_NUMBER = re.compile(r"^\s*(?:figure|fig\.|chart|graph|table)\s+[\w.]+\s*[:.–-]?\s*", re.I)
_PROSE_LINE = re.compile(r"[.!?:;][\"'’”)]*\s*$")


def _same_heads(table: Table, previous: Table) -> bool:
    """A table's part on the next page: no header of its own, or the first part's header repeated."""
    heads = _header_rows(table)
    return not heads or [[c.text.strip() for c in h] for h in heads] == \
        [[c.text.strip() for c in h] for h in _header_rows(previous)]


def _caption(document: Document, table: Table, previous: Table | None = None) -> tuple[str, int]:
    """The title lines just above a table, often with the unit ('£000', 'rate per 10,000').
    A line of running prose that reports numbers (a sentence of more than eight words with a
    digit) ends the caption: the paragraph before a table speaks of other figures ('29%'), not
    of the table's cells; a describing sentence without numbers stays part of the caption.
    A numbered title ('Table 2: Referrals by source') is the caption's first line: the lines
    above it belong to what comes before (a box of headline numbers, '64% of plans reviewed').
    The part of a table broken by a page (no header, or the header repeated) has the first part's
    caption: the lines above it are the first part's last rows ('Allied health professionals 2
    384 90.9%') and the page's furniture, not a caption."""
    first = table.rows[0][0].start if table.rows and table.rows[0] else 0
    if previous is not None and previous.rows and previous.rows[-1] and previous.rows[-1][-1].end <= first and \
            _same_heads(table, previous):
        between = document.text[previous.rows[-1][-1].end:first]
        if not any(len(line.split()) > 8 for line in between.split("\n")):
            return _caption(document, previous)
    rows = [(r[0].start, r[-1].end) for t in document.tables for r in t.rows if r and r[-1].end <= first]
    lines: list[str] = []
    at = first
    for line in reversed(document.text[max(0, first - 400):first].split("\n")[-3:]):
        at -= len(line) + 1
        if "\t" in line or any(s <= at + 1 < e for s, e in rows):
            break  # a row of the table before (a table broken by a page, its header repeated)
        if _PROSE_LINE.search(line) and len(line.split()) > 8 and re.search(r"\d", line):
            break
        lines.insert(0, line)
        if _FIGURE_NUMBER.match(line) and re.search(r"[A-Za-z]{3}", _FIGURE_NUMBER.sub("", line)):
            break  # the table's numbered title: the lines above it (a box of headlines) are no caption
    caption = "\n".join(lines)
    if not re.search(r"[A-Za-z]{3}", caption):
        below = _numbered_title_below(document, table)
        if below is not None:
            return below
    return caption, first - len(caption)


def _numbered_title_below(document: Document, table: Table) -> tuple[str, int] | None:
    """A numbered title on the line right after a table with nothing above it ('Table 5.1. Children
    looked after by placement type'): the table's caption, unless a table follows that title (then
    it is the next table's caption, set above it)."""
    if not table.rows or not table.rows[-1]:
        return None
    end = table.rows[-1][-1].end
    nl = document.text.find("\n", end)
    if nl < 0 or document.text[end:nl].strip():
        return None  # the last row goes on past its last cell
    start = nl + 1
    stop = document.text.find("\n", start)
    stop = len(document.text) if stop < 0 else stop
    line = document.text[start:stop]
    if not _FIGURE_NUMBER.match(line) or not re.search(r"[A-Za-z]{3}", _FIGURE_NUMBER.sub("", line)):
        return None
    if any(t.rows and t.rows[0] and stop < t.rows[0][0].start <= stop + 2 for t in document.tables):
        return None  # the next table's title, set above it
    return line, start
