"""PDF -> Document with pdfplumber: reading order, running-header removal, tables, hyphenation.

Every word becomes one Segment (its page and box), so a mention gets a tight box. The text is
laid out as paragraphs: lines of one paragraph joined by a space, paragraphs by a newline,
table rows one per line with cells separated by tabs.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from pdfminer.layout import LTChar, LTContainer

from ..document import BBox, Cell, Document, Source, Table, TextBuilder
from ..errors import CorruptDocument, EncryptedDocument
from .clean import keep_lines, load_rules

log = logging.getLogger(__name__)

NO_TEXT_WARNING = "no text layer: scanned document, OCR not supported"
CELL_SEP = "\t"
# attendance lists stay: their names and roles resolve 'the Chair' later in minutes
KEPT_RULE_GROUPS = frozenset({"attendance"})
BAND = 0.12          # top/bottom share of the page where running headers and footers sit
BAND_LINES = 3       # at most this many lines at each end of a page can be running lines
BULLETS = "•●▪■◦‣∙·–-*"
SENTENCE_END = ".!?:;”’\"')]…"
PAGE_NUMBER = re.compile(r"^(page\s*)?[\divxlc]+(\s*(of|/)\s*\d+)?$", re.I)
# prefixes that form hyphenated compounds in British reports ("cross-border", "non-statutory")
COMPOUND_PREFIXES = frozenset({"cross", "multi", "non", "co", "self", "pre", "post", "anti",
                               "inter", "intra", "well", "long", "short", "full", "part",
                               "high", "low", "one", "two", "three", "four"})
CLOSED_HEADS = frozenset({"every", "some", "with", "there", "where", "here", "what", "when",
                          "over", "under", "into", "with", "after", "back", "down", "their"})


@dataclass(slots=True)
class Word:
    """One pdfplumber word: text, box and font size."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class Line:
    """Words on one baseline (within one column), left to right."""

    words: list[Word]
    page: int

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass(slots=True)
class TableBlock:
    """A table found by pdfplumber: rows of cells, each cell a list of lines of words."""

    rows: list[list[list[Word]]]
    bbox: BBox
    page: int

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass(slots=True)
class PageLayout:
    """The lines and tables of one page before reading order is decided."""

    number: int
    width: float
    height: float
    rows: list[Line] = field(default_factory=list)
    tables: list[TableBlock] = field(default_factory=list)


# ---------------------------------------------------------------- opening and pages

def _open(path: str, data: bytes):  # -> pdfplumber.PDF
    """Open the PDF with an empty password; map failures to the library's error classes."""
    import pdfplumber
    if b"%PDF" not in data[:1024]:
        raise CorruptDocument(path, "not a PDF (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password="")
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        if _is_encryption_error(exc):
            raise EncryptedDocument(path, "encrypted PDF: an empty password does not open it") from exc
        raise CorruptDocument(path, f"damaged PDF: {_reason(exc)}") from exc
    return pdf


def _page_objects(path: str, pdf) -> list:  # -> list[PDFPage]
    """pdfminer's pages from the page tree, without pdfplumber's per-page parsing.

    pdfplumber builds every Page up front, so one malformed page dictionary would lose them
    all; here only the tree is walked (cheap: no content stream is read).
    """
    from pdfminer.pdfpage import PDFPage
    try:
        return list(PDFPage.create_pages(pdf.doc))
    except Exception as exc:  # a broken page tree: nothing can be placed on a page
        if _is_encryption_error(exc):
            raise EncryptedDocument(path, "encrypted PDF: an empty password does not open it") from exc
        raise CorruptDocument(path, f"damaged PDF: {_reason(exc)}") from exc


def _close(pdf) -> None:
    # PDF.close() would build every page it has not built yet (and fail on a bad one)
    pdf.flush_cache()


def _is_encryption_error(exc: BaseException) -> bool:
    """True if `exc` (or what it wraps) is pdfminer's password/encryption failure."""
    seen: BaseException | None = exc
    while seen is not None:
        name = type(seen).__name__
        if "Password" in name or "Encrypt" in name:
            return True
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or inner
    return False


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _leaves(objs: list) -> Iterator:
    """The layout's leaf objects in content order (pdfplumber's order without LAParams)."""
    for obj in objs:
        if isinstance(obj, LTContainer):
            yield from _leaves(obj._objs)
        else:
            yield obj


def _char(obj: LTChar, page_number: int, height: float, mb_x0: float, mb_top: float,
          doctop: float) -> dict:
    """The char dict pdfplumber would build, limited to the keys words and tables read.

    pdfplumber resolves every attribute of every char (colours, colour spaces), which costs
    more than pdfminer's own parsing; words need only text, font and geometry.
    """
    top = height - obj.y1 + mb_top
    return {"object_type": "char", "page_number": page_number, "text": obj.get_text(),
            "fontname": obj.fontname, "size": obj.size, "adv": obj.adv,
            "upright": obj.upright, "matrix": obj.matrix, "width": obj.width,
            "height": obj.height, "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
            "y0": obj.y0, "y1": obj.y1, "top": top, "bottom": height - obj.y0 + mb_top,
            "doctop": doctop + top}


def _prime_objects(page) -> None:
    """Fill the page's object cache with cheap chars (other objects as pdfplumber makes them).

    Speed only: if pdfplumber stops reading this cache it parses the page itself, and the
    cheap path is skipped where it could differ (Unicode normalisation, byte font names).
    """
    if hasattr(page, "_objects") or page.pdf.unicode_norm is not None:
        return
    objects: dict[str, list[dict]] = {}
    frame = (page.page_number, page.height, *page.mediabox[:2], page.initial_doctop)
    for obj in _leaves(page.layout._objs):
        if isinstance(obj, LTChar) and isinstance(obj.fontname, str):
            d = _char(obj, *frame)
        else:
            d = page.process_object(obj)
            if d["object_type"] == "anno":
                continue
        objects.setdefault(d["object_type"], []).append(d)
    page._objects = objects


def _words(page) -> list[Word]:
    """The page's words, once, with font size."""
    _prime_objects(page)
    raw = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                             use_text_flow=False)
    return [Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]),
                 float(w["bottom"]), float(w.get("size") or 0.0),
                 "bold" in str(w.get("fontname", "")).lower())
            for w in raw if w["text"].strip()]


def _rows(words: list[Word], page: int) -> list[Line]:
    """Group words into page-wide rows by their top, each row sorted left to right."""
    rows: list[Line] = []
    current: list[Word] = []
    anchor = 0.0
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        tol = max(2.0, 0.4 * (w.size or 10.0))
        if current and abs(w.top - anchor) > tol:
            rows.append(Line(sorted(current, key=lambda w: w.x0), page))
            current = []
        if not current:
            anchor = w.top
        current.append(w)
    if current:
        rows.append(Line(sorted(current, key=lambda w: w.x0), page))
    return rows


def _inside(w: Word, bbox: BBox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _tables(page, words: list[Word], number: int) -> tuple[list[TableBlock], list[Word]]:
    """Tables on the page (cells filled with their words) and the words outside every table."""
    blocks: list[TableBlock] = []
    found = [t for t in page.find_tables() if len(t.rows) >= 2]
    taken: set[int] = set()
    for t in found:
        rows: list[list[list[Word]]] = []
        for row in t.rows:
            cells: list[list[Word]] = []
            for cb in row.cells:
                inside = [] if cb is None else [
                    (i, w) for i, w in enumerate(words) if i not in taken and _inside(w, cb)]
                taken.update(i for i, _ in inside)
                cells.append(sorted((w for _, w in inside), key=lambda w: (round(w.top), w.x0)))
            rows.append(cells)
        blocks.append(TableBlock(rows, tuple(float(v) for v in t.bbox), number))  # type: ignore[arg-type]
        taken.update(i for i, w in enumerate(words) if _inside(w, t.bbox))
    rest = [w for i, w in enumerate(words) if i not in taken]
    return blocks, rest


def _layout(page, number: int) -> PageLayout:
    """Read one page's words and tables."""
    words = _words(page)
    layout = PageLayout(number, float(page.width), float(page.height))
    if not words:
        return layout
    layout.tables, rest = _tables(page, words, number)
    layout.rows = _rows(rest, number)
    return layout


# ---------------------------------------------------------------- running headers and footers

def _band_rows(layout: PageLayout) -> list[tuple[str, Line]]:
    """Rows at the top and bottom of the page that could be running headers or footers."""
    top = [r for r in layout.rows[:BAND_LINES] if r.bottom <= layout.height * BAND]
    bottom = [r for r in layout.rows[-BAND_LINES:] if r.top >= layout.height * (1 - BAND)]
    out = [("t", r) for r in top] + [("b", r) for r in bottom if r not in top]
    return out


def _running_key(side: str, row: Line) -> tuple[str, str]:
    # font size is left out: a cover page often shows the running title larger
    text = re.sub(r"\d+", "#", re.sub(r"\s+", " ", row.text.lower())).strip()
    return side, text


def _drop_running(pages: list[PageLayout]) -> None:
    """Remove header/footer rows that repeat across pages (digits normalised) and page numbers.

    Repetition is counted in the top and bottom bands; a row with a running text is then
    also dropped at the very top or bottom of a page outside the band (a cover page title).
    """
    counts: Counter = Counter()
    for layout in pages:
        counts.update({_running_key(s, r) for s, r in _band_rows(layout)})
    for layout in pages:
        ends = [("t", r) for r in layout.rows[:BAND_LINES]]
        ends += [("b", r) for r in layout.rows[-BAND_LINES:]]
        band = {id(r) for _, r in _band_rows(layout)}
        drop = {id(r) for s, r in ends if counts[_running_key(s, r)] >= 2
                or (id(r) in band and PAGE_NUMBER.match(r.text.strip()))}
        if drop:
            layout.rows = [r for r in layout.rows if id(r) not in drop]


# ---------------------------------------------------------------- columns and reading order

def _gutter(layout: PageLayout) -> float | None:
    """x of the gutter between two columns, or None for a one-column page."""
    words = [w for r in layout.rows for w in r.words]
    if len(words) < 60 or len(layout.rows) < 8:
        return None
    width = int(layout.width) + 2
    diff = [0] * (width + 1)
    for w in words:
        # clamped: words can sit off the page (a page box lost in a damaged file)
        diff[min(width, max(0, int(w.x0)))] += 1
        diff[max(0, min(width, int(w.x1) + 1))] -= 1
    cov, run = [], 0
    for d in diff[:width]:
        run += d
        cov.append(run)
    lo, hi = int(layout.width * 0.3), int(layout.width * 0.7)
    best = min(cov[lo:hi])
    xs = [x for x in range(lo, hi) if cov[x] == best]
    g = _widest_run_centre(xs)
    if g is None or not _is_two_columns(layout.rows, g):
        return None
    return g


def _widest_run_centre(xs: list[int], min_width: int = 5) -> float | None:
    """Centre of the widest run of consecutive integers in `xs` (at least `min_width` long)."""
    best: tuple[int, int] | None = None
    start = prev = None
    for x in xs + [None]:  # type: ignore[list-item]
        if x is not None and prev is not None and x == prev + 1:
            prev = x
            continue
        if start is not None and (best is None or prev - start > best[1] - best[0]):
            best = (start, prev)
        start = prev = x
    if best is None or best[1] - best[0] + 1 < min_width:
        return None
    return (best[0] + best[1]) / 2


def _is_two_columns(rows: list[Line], g: float) -> bool:
    """Few rows cross the gutter, both sides hold text, rows split at it by a wide gap.

    A wide gap (about a font size, several word spaces) tells a column gutter from word
    spaces that happen to line up; a filled left column tells columns from label/value forms.
    """
    crossing = sum(1 for r in rows if any(w.x0 < g < w.x1 for w in r.words))
    left = [Line([w for w in r.words if w.x1 <= g], r.page) for r in rows]
    right = [Line([w for w in r.words if w.x0 >= g], r.page) for r in rows]
    gaps = [rl.words[0].x0 - ll.words[-1].x1 for ll, rl in zip(left, right) if ll.words and rl.words]
    left = [ln for ln in left if ln.words]
    right = [ln for ln in right if ln.words]
    if crossing > 0.35 * len(rows) or len(left) < 4 or len(right) < 4:
        return False
    sizes = sorted(w.size for r in rows for w in r.words)
    if len(gaps) < 3 or min(gaps) < 0.9 * sizes[len(sizes) // 2]:
        return False
    return _fill(left, g) >= 0.6


def _fill(lines: list[Line], right_edge: float | None) -> float:
    """Median share of the column width that its lines cover (low for label/value forms)."""
    x0 = min(ln.x0 for ln in lines)
    x1 = right_edge if right_edge is not None else max(ln.x1 for ln in lines)
    span = max(1.0, x1 - x0)
    fills = sorted((ln.x1 - x0) / span for ln in lines)
    return fills[len(fills) // 2]


Item = Line | TableBlock


def _reading_order(layout: PageLayout) -> list[list[Item]]:
    """The page's items as runs in reading order; a new run starts where the flow jumps.

    On a two-column page, full-width items (title, wide tables) stay in place and the text
    between two of them is read left column first, then right column.
    """
    g = _gutter(layout)
    items: list[Item] = sorted([*layout.rows, *layout.tables], key=lambda i: i.top)
    if g is None:
        return [items] if items else []
    runs: list[list[Item]] = []
    left: list[Item] = []
    right: list[Item] = []
    span: list[Item] = []
    for it in items:
        side = _side(it, g)
        if side == "span":
            runs += [r for r in (left, right) if r]
            left, right = [], []
            span.append(it)
            continue
        if span:
            runs.append(span)
            span = []
        if side == "split":
            assert isinstance(it, Line)
            left.append(Line([w for w in it.words if w.x1 <= g], it.page))
            right.append(Line([w for w in it.words if w.x0 >= g], it.page))
        else:
            (left if side == "left" else right).append(it)
    runs += [r for r in (span, left, right) if r]
    return runs


def _side(it: Item, g: float) -> str:
    if isinstance(it, TableBlock):
        return "span" if it.x0 < g < it.x1 else ("left" if it.x1 <= g else "right")
    if any(w.x0 < g < w.x1 for w in it.words):
        return "span"
    has_left = any(w.x1 <= g for w in it.words)
    has_right = any(w.x0 >= g for w in it.words)
    return "split" if has_left and has_right else ("left" if has_left else "right")


# ---------------------------------------------------------------- hyphenation

def _vocabulary(pages: list[PageLayout]) -> Counter:
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
    if _is_bullet(b.words[0]):
        return True
    right = max(a.x1, b.x1, prev.x1 if prev is not None else a.x1)
    if right - a.x1 > (b.words[0].x1 - b.words[0].x0) + size * 0.6:
        return True
    return b.x0 > a.x0 + 0.8 * size and not _is_bullet(a.words[0])


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


def _write(pages: list[PageLayout], vocab: Counter, b: TextBuilder) -> None:
    """Write every page's runs in reading order, paragraphs cleaned of junk."""
    buf = _Buffer()
    w = _Writer(buf, vocab)
    for layout in pages:
        w.new_page()
        for run in _reading_order(layout):
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

def _title(meta: dict, pages: list[PageLayout]) -> str | None:
    """Metadata Title, else the first largest-font line on the first page with text."""
    title = meta.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", errors="replace")
    if isinstance(title, str) and title.strip():
        return title.strip()
    for layout in pages:
        if layout.rows:
            big = max(r.size for r in layout.rows)
            return next(r.text for r in layout.rows if r.size == big)
    return None


def _plumber_page(pdf, obj, number: int, doctop: float):  # -> pdfplumber.Page
    from pdfplumber.page import Page
    try:
        return Page(pdf, obj, page_number=number, initial_doctop=doctop)
    except Exception as exc:  # a malformed box or rotation in the page dictionary
        raise ValueError(f"malformed page dictionary ({_reason(exc)})") from exc


def _lost_widths(obj) -> bool:
    """A font of the page names glyph widths in an object that is gone (a truncated file).

    Without them every glyph gets a default advance, the characters overlap and sort into
    nonsense, so such a page is better reported than read.
    """
    from pdfminer.pdftypes import resolve1
    fonts = resolve1((obj.resources or {}).get("Font")) or {}
    for ref in fonts.values() if isinstance(fonts, dict) else ():
        font = resolve1(ref)
        if not isinstance(font, dict):
            continue
        parts = [font] + [resolve1(d) for d in resolve1(font.get("DescendantFonts")) or []]
        if any(isinstance(d, dict) and key in d and resolve1(d[key]) is None
               for d in parts for key in ("Widths", "W")):
            return True
    return False


def _read_pages(pdf, objs: list, warnings: list[str], repaired: bool = False) -> list[PageLayout]:
    """Lay out every page, one at a time; a failing page becomes a warning and an empty page."""
    pages: list[PageLayout] = []
    doctop = 0.0
    for number, obj in enumerate(objs, start=1):
        page = None
        try:
            if repaired and _lost_widths(obj):
                raise ValueError("font widths lost with the end of the file")
            page = _plumber_page(pdf, obj, number, doctop)
            doctop += page.height
            pages.append(_layout(page, number))
            if not (pages[-1].rows or pages[-1].tables) and _content_bytes(obj) > _BLANK_CONTENT:
                warnings.append(f"page {number}: no text could be read "
                                "(drawings or images only, or a damaged content stream)")
        except Exception as exc:  # one bad page must not lose the others
            warnings.append(f"page {number}: {_reason(exc)}")
            pages.append(PageLayout(number, 612.0, 792.0))
            if page is None:
                doctop += _box_height(obj)
        finally:
            if page is not None:
                page.close()
    return pages


# A blank or image-only page draws with a few dozen bytes ("q … cm /Im0 Do Q").
_BLANK_CONTENT = 400


def _content_bytes(obj) -> int:
    """Declared length of a pdfminer page's content streams (0 when it cannot be told)."""
    from pdfminer.pdftypes import resolve1

    total = 0
    try:
        for stream in obj.contents or []:
            stream = resolve1(stream)
            total += int(resolve1(stream.attrs.get("Length", 0)) or 0)
    except Exception:  # a damaged stream dictionary: say nothing rather than guess
        return 0
    return total


def _box_height(obj) -> float:
    """Height of pdfminer's (already sanitised) MediaBox, for the next page's doctop."""
    try:
        return float(obj.mediabox[3] - obj.mediabox[1])
    except Exception:  # pdfminer could not make sense of it either
        return 792.0


def _open_pages(path: str, data: bytes):  # -> (pdfplumber.PDF, [PDFPage], Repair?, error?)
    """The opened PDF and its page objects; bytes pdfminer cannot open are repaired first.

    With a repair come the Repair and the error the unrepaired bytes gave.
    """
    try:
        pdf = _open(path, data)
    except CorruptDocument as exc:
        return _open_repaired(path, data, exc)
    try:
        return pdf, _page_objects(path, pdf), None, None
    except CorruptDocument as exc:
        _close(pdf)
        return _open_repaired(path, data, exc)


def _open_repaired(path: str, data: bytes, exc: CorruptDocument):  # -> same as _open_pages
    """Open the repaired bytes (a truncated download); `exc` is raised when that fails too."""
    from .repair import repaired
    try:
        fix = repaired(data)
    except Exception:  # hostile bytes: the repair is a best effort, the first error stands
        log.debug("%s: repair failed", path, exc_info=True)
        fix = None
    if fix is None:
        raise exc
    try:
        pdf = _open(path, fix.data)
    except CorruptDocument:
        raise exc from None
    try:
        objs = _page_objects(path, pdf)
    except CorruptDocument:
        _close(pdf)
        raise exc from None
    if not objs:
        _close(pdf)
        raise exc
    return pdf, objs, fix, exc


def _declared_pages(pdf, found: int) -> int:
    """The page count the page tree declares (a truncated file may have lost some pages)."""
    try:
        count = pdf.doc.catalog["Pages"].resolve()["Count"]
        return max(found, int(count.resolve() if hasattr(count, "resolve") else count))
    except Exception:  # no usable /Count: the pages found are all we know of
        return found


def read_pdf(path: str, data: bytes, max_pages: int | None = None) -> Document:
    """Read PDF bytes into a Document whose every word maps to its page and box.

    A truncated file is repaired (see `repair`): the pages that survive are read, and a
    warning says how many of the declared pages gave text.

    Raises:
        EncryptedDocument: an empty password does not open the file.
        CorruptDocument: the bytes are not a PDF or cannot be parsed at all.
        LimitExceeded: the PDF has more than `max_pages` pages (checked before parsing any).
    """
    from . import Limits, sha256_of
    pdf, objs, fix, damage = _open_pages(path, data)
    warnings: list[str] = []
    try:
        Limits(max_mb=None, max_pages=max_pages).check_pages(path, len(objs))
        meta = dict(pdf.metadata or {})
        declared = _declared_pages(pdf, len(objs)) if fix else len(objs)
        pages = _read_pages(pdf, objs, warnings, repaired=fix is not None)
    finally:
        _close(pdf)
    b = TextBuilder()
    title = _title(meta, pages)
    read = sum(bool(p.rows or p.tables) for p in pages)
    if fix is not None:
        if not read or damage is None:  # no text survived: as lost as before the repair
            raise damage or CorruptDocument(path, "damaged PDF")
        why = damage.reason.removeprefix("damaged PDF: ")
        of = f"of {declared} pages" if fix.how == "trailer" else f"of {declared} pages found"
        warnings.insert(0, f"damaged PDF repaired ({why}; new {fix.how}): text read on {read} {of}")
    if not read:
        warnings.append(NO_TEXT_WARNING)
        for _ in pages:
            b.start_page()
    else:
        _drop_running(pages)
        _write(pages, _vocabulary(pages), b)
    source = Source(path, sha256_of(data), "pdf", title, len(pages))
    return b.build(source, warnings)
