"""PDF text writing: paragraphs, hyphenation, junk cleaning and tables, with exact offsets."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..document import BBox, Cell, Table, TextBuilder
from .clean import keep_lines, load_rules
from .pdf_columns import reading_order
from .pdf_layout import Line, PageLayout, TableBlock, Word

CELL_SEP = "\t"
# attendance lists stay: their names and roles resolve 'the Chair' later in minutes
KEPT_RULE_GROUPS = frozenset({"attendance"})
BULLETS = "•●▪■◦‣∙·–-*"
SENTENCE_END = ".!?:;”’\"')]…"
# the number that opens a numbered paragraph of a council report ('3.2', '4.1.3', '12.')
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\.?$|^\d{1,2}\.$")
# prefixes that form hyphenated compounds in British reports ("cross-border", "non-statutory")
COMPOUND_PREFIXES = frozenset({"cross", "multi", "non", "co", "self", "pre", "post", "anti",
                               "inter", "intra", "well", "long", "short", "full", "part",
                               "high", "low", "one", "two", "three", "four"})
CLOSED_HEADS = frozenset({"every", "some", "with", "there", "where", "here", "what", "when",
                          "over", "under", "into", "after", "back", "down", "their"})


def vocabulary(pages: list[PageLayout]) -> Counter:
    """Lower-cased word forms in the document (for deciding line-end hyphens)."""
    vocab: Counter = Counter()
    for layout in pages:
        for r in layout.rows:
            for w in r.words:
                t = w.text.strip(".,;:!?()[]“”‘’\"'").lower()
                if t and not t.endswith("-"):
                    vocab[t] += 1
                    if "-" in t:
                        vocab.update(p for p in t.split("-") if p)
    return vocab


def _hyphen_break(a: Word, b: Word) -> bool:
    """True if `a` ends a line with a hyphen that splits a word continued by `b`."""
    t, n = a.text, b.text
    if len(t) < 3 or not t.endswith("-") or not t[-2].isalpha() or not n[:1].isalnum():
        return False
    left = t[:-1].rsplit("-", 1)[-1]
    return n[0].islower() or n[0].isdigit() or (left.isupper() and n[0].isupper())


def _keep_hyphen(a: Word, b: Word, vocab: Counter) -> bool:
    """Whether the line-end hyphen is part of a real compound ('cross-border') or a word break."""
    left = a.text[:-1].rsplit("-", 1)[-1].lower()
    right = re.split(r"[^\w-]", b.text.lower())[0]
    head = right.split("-", 1)[0]
    if right[:1].isdigit():
        return True
    if f"{left}-{head}" in vocab:
        return True
    if left + head in vocab:
        return False
    if left in COMPOUND_PREFIXES and len(head) >= 3:
        return True
    # both halves are words of the document in their own right ("child-centred"); closed
    # compounds of short function words ("every-one", "some-thing") are not
    return (len(left) >= 4 and len(head) >= 4 and left not in CLOSED_HEADS
            and vocab[left] >= 2 and vocab[head] >= 2)


# ---------------------------------------------------------------- writing

@dataclass(slots=True)
class _Piece:
    """One recorded write: a word, a separator, a page mark or a table."""

    kind: str                      # "word", "sep", "mark" or "table"
    text: str = ""
    page: int = 0
    bbox: BBox | None = None
    table: TableBlock | None = None


class _Buffer:
    """Stands in for the TextBuilder while the writer runs, recording paragraphs (units).

    A '\\n' separator closes a unit, so each unit is one paragraph (or one table) and can go
    through the junk cleaner whole before anything gets an offset.
    """

    def __init__(self) -> None:
        self.units: list[list[_Piece]] = [[]]
        self.written = False

    @property
    def offset(self) -> int:
        # the writer only asks whether anything has been written yet
        return int(self.written)

    def start_page(self) -> None:
        self.units[-1].append(_Piece("mark"))

    def add(self, text: str, page: int, bbox: BBox | None) -> None:
        if text:
            self.units[-1].append(_Piece("word", text, page, bbox))
            self.written = True

    def sep(self, text: str) -> None:
        if text == "\n":
            self.units.append([])
        elif text:
            self.units[-1].append(_Piece("sep", text))

    def table(self, t: TableBlock) -> None:
        self.units[-1].append(_Piece("table", page=t.page, table=t))
        self.written = self.written or bool(t.rows)


@dataclass(slots=True)
class _Writer:
    """Writes lines and tables into a _Buffer, choosing the separator before each line.

    The last word of each line is held back until the next line is known, so a line-end
    hyphen can be dropped when it only splits a word.
    """

    b: _Buffer
    vocab: Counter
    last: Line | None = None        # last line written (None after a table or at the start)
    before_last: Line | None = None
    pending: Word | None = None     # last word of `last`, not yet written
    pending_page: int = 1
    item: bool = False              # the current paragraph is a bulleted item
    page_due: bool = False          # a page has begun but none of its text is written yet

    def line(self, ln: Line, same_run: bool) -> None:
        """Write `ln` after the separator (or hyphen join) that its geometry calls for."""
        first = ln.words[0]
        if self.last is not None and self.pending is not None and \
                _hyphen_break(self.pending, first) and abs(self.last.size - ln.size) < 1:
            keep = _keep_hyphen(self.pending, first, self.vocab)
            self._add(self.pending if keep else _trimmed(self.pending), self.pending_page)
            self.pending = None
        else:
            brk = self.last is None or (_paragraph_break(self.before_last, self.last, ln)
                                        if same_run else _flow_break(self.before_last,
                                                                     self.last, ln, self.item))
            glued = not brk and self.pending is not None and _slash_end(self.pending)
            self.flush()
            if self.b.offset:
                self.b.sep("\n" if brk else ("" if glued else " "))
            if brk:
                self.item = _is_bullet(first)
        self._begin()
        for i, w in enumerate(ln.words):
            if i:
                self.b.sep(" ")
            if i == len(ln.words) - 1:
                self.pending, self.pending_page = w, ln.page
            else:
                self._add(w, ln.page)
        # geometry of another column or page says nothing about the next line break
        self.before_last, self.last = (self.last if same_run else None), ln

    def new_page(self) -> None:
        """A page begins; its start is marked when its first word is written."""
        if self.page_due:
            self.flush()
            self.b.start_page()
        self.page_due = True

    def _begin(self) -> None:
        if self.page_due:
            self.b.start_page()
            self.page_due = False

    def _add(self, w: Word, page: int) -> None:
        self.b.add(w.text, page, w.bbox)

    def flush(self) -> None:
        """Write the held-back word as it is."""
        if self.pending is not None:
            self._add(self.pending, self.pending_page)
            self.pending = None

    def table(self, t: TableBlock) -> None:
        """A table is a unit of its own; its rows are written when the buffer is replayed."""
        self.flush()
        if self.b.offset:
            self.b.sep("\n")
        self._begin()
        self.b.table(t)
        self.last = self.before_last = None


def _slash_end(w: Word) -> bool:
    """`w` ends a line with a slash that joins two words or numbers ('and/' 'or', '2020/' '21')."""
    return len(w.text) >= 2 and w.text.endswith("/") and w.text[-2].isalnum()


def _trimmed(w: Word) -> Word:
    """`w` without its final hyphen (the box keeps the hyphen: it still contains the letters)."""
    return Word(w.text[:-1], w.x0, w.top, w.x1, w.bottom, w.size)


def _paragraph_break(prev: Line | None, a: Line, b: Line) -> bool:
    """Geometry says `b` starts a new paragraph after `a` (same column run)."""
    size = a.size or 10.0
    if abs(a.size - b.size) >= 1.0 or b.top - a.bottom > 0.55 * size or b.top < a.top:
        return True
    if a.bold != b.bold:
        return True  # a bold heading line and body text
    if _is_bullet(b.words[0]) or _headline_number(b):
        return True  # a bullet, or a statistic card's number larger than its label, starts a line
    if a.words[-1].text[-1:] in SENTENCE_END and PARAGRAPH_NUMBER.match(b.words[0].text) and len(b.words) > 1:
        return True  # a sentence ends, a numbered paragraph begins ('… down from 871.' / '3.2 Initial …')
    right = max(a.x1, b.x1, prev.x1 if prev is not None else a.x1)
    if right - a.x1 > (b.words[0].x1 - b.words[0].x0) + size * 0.6:
        return True
    return b.x0 > a.x0 + 0.8 * size and not _is_bullet(a.words[0])


def _headline_number(ln: Line) -> bool:
    """`ln` opens with a number set larger than the words after it ('14' over 'serious incident
    notifications'): a statistic card's headline figure and its label. A wrapped line of a
    paragraph never starts in a larger type than its own words."""
    first, rest = ln.words[0], ln.words[1:]
    return bool(rest) and first.text[:1].isdigit() and first.size >= max(w.size for w in rest) + 1.0


def _flow_break(prev: Line | None, a: Line, b: Line, in_item: bool) -> bool:
    """At a column or page jump: a new paragraph unless the sentence is left open."""
    if abs(a.size - b.size) >= 1.0 or _is_bullet(b.words[0]) or a.bold != b.bold:
        return True
    if a.words[-1].text[-1:].isdigit() and b.words[0].text[:1].isupper():
        return True  # a list or contents entry ending in a number, then a new heading
    if in_item and b.words[0].text[:1].isupper():
        return True  # a list item ends where the next column or page starts a capitalised line
    if prev is not None and prev.page == a.page and prev.x1 - a.x1 > 4 * (a.size or 10.0):
        return True  # a short last line ends its paragraph
    return a.words[-1].text[-1:] in SENTENCE_END


def _is_bullet(w: Word) -> bool:
    # symbol-font bullets arrive as private-use or symbol characters (U+F0B7 and the like)
    return len(w.text) <= 2 and (w.text[0] in BULLETS
                                 or unicodedata.category(w.text[0]) in ("Co", "So", "Sm"))


def write_pages(pages: list[PageLayout], vocab: Counter, b: TextBuilder) -> None:
    """Write every page's runs in reading order, paragraphs cleaned of junk."""
    buf = _Buffer()
    w = _Writer(buf, vocab)
    for layout in pages:
        w.new_page()
        for run in reading_order(layout):
            for i, it in enumerate(run):
                if isinstance(it, TableBlock):
                    w.table(it)
                else:
                    w.line(it, same_run=i > 0 and isinstance(run[i - 1], Line))
    w.new_page()  # closes a last page that had no text
    w.flush()
    _replay(_cleaned(buf.units), b)


# ---------------------------------------------------------------- junk paragraphs

def _unit_text(unit: list[_Piece]) -> str:
    """The paragraph as the cleaner sees it (a table as its cells joined by spaces)."""
    parts: list[str] = []
    for p in unit:
        if p.kind in ("word", "sep"):
            parts.append(p.text)
        elif p.kind == "table" and p.table is not None:
            parts.append(" ".join(w.text for row in p.table.rows for cell in row for w in cell))
    return "".join(parts)


def _cut(unit: list[_Piece], n: int, full: int) -> tuple[list[_Piece], list[_Piece]]:
    """The unit's pieces within its first `n` characters, and the page marks cut away.

    A word the cut ends inside keeps its box (the box still holds the kept letters).
    """
    kept: list[_Piece] = []
    lost: list[_Piece] = []
    pos = 0
    for p in unit:
        if p.kind == "mark":
            (kept if pos < n or pos == n == full else lost).append(p)
            continue
        end = pos + len(p.text)
        if end <= n:
            kept.append(p)
        elif pos < n and p.kind == "word":
            kept.append(_Piece("word", p.text[:n - pos], p.page, p.bbox))
        pos = end
    return kept, lost


def _cleaned(units: list[list[_Piece]]) -> list[list[_Piece]]:
    """Units with junk paragraphs (or their junk tails) removed by the shared text cleaner.

    Page marks of removed text move to the next kept unit, so a page starts where its first
    kept text begins.
    """
    texts = [_unit_text(u) for u in units]
    out: list[list[_Piece]] = []
    carry: list[_Piece] = []
    for unit, text, keep in zip(units, texts, keep_lines(texts, load_rules(skip=KEPT_RULE_GROUPS),
                                                     repeats=False)):
        lost: list[_Piece]
        if any(p.kind == "table" for p in unit) or not text.startswith(keep):
            kept, lost = unit, []
        else:
            kept, lost = _cut(unit, len(keep), len(text))
        out.append(carry + kept)
        carry = lost
    out.append(carry)
    return out


def _replay(units: list[list[_Piece]], b: TextBuilder) -> None:
    """Write the units into the builder: '\\n' before each unit that has text."""
    for unit in units:
        if b.offset and any(p.kind in ("word", "table") for p in unit):
            b.sep("\n")
        for p in unit:
            if p.kind == "mark":
                b.start_page()
            elif p.kind == "sep":
                b.sep(p.text)
            elif p.kind == "word":
                b.add(p.text, p.page, p.bbox)
            elif p.table is not None:
                _emit_table(p.table, b)


def _cell_sep(a: Word, w: Word) -> str:
    """Space between two words of a cell; none after a slash that ends a cell line."""
    return "" if _slash_end(a) and w.top >= a.bottom - 1 else " "


def _emit_table(t: TableBlock, b: TextBuilder) -> None:
    """One row per line, cells separated by tabs; records a Table with cell offsets."""
    rows: list[tuple[Cell, ...]] = []
    for i, row in enumerate(t.rows):
        if i:
            b.sep("\n")
        cells: list[Cell] = []
        for j, cell in enumerate(row):
            if j:
                b.sep(CELL_SEP)
            start, parts = b.offset, []
            for k, w in enumerate(cell):
                if k:
                    parts.append(_cell_sep(cell[k - 1], w))
                    b.sep(parts[-1])
                parts.append(w.text)
                b.add(w.text, t.page, w.bbox)
            cells.append(Cell("".join(parts), start, b.offset))
        rows.append(tuple(cells))
    b.tables.append(Table(t.page, tuple(rows)))


# ---------------------------------------------------------------- entry point

