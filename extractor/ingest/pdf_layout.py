"""PDF page layout: words, rows, tables, running headers and footers (columns and reading
order: pdf_columns)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from pdfminer.layout import LTChar, LTContainer

from ..document import BBox

BAND = 0.12          # top/bottom share of the page where running headers and footers sit
BAND_LINES = 3       # at most this many lines at each end of a page can be running lines
PAGE_NUMBER = re.compile(r"^(page\s*)?[\divxlc]+(\s*(of|/)\s*\d+)?$", re.I)


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
    """Words on one baseline (within one column), left to right; or one statistic card of a
    row of cards (its number and label), `strip` naming the row it was cut from."""

    words: list[Word]
    page: int
    strip: int | None = None

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
    return _marks_joined([Word(_mapped(w["text"]), float(w["x0"]), float(w["top"]), float(w["x1"]),
                               float(w["bottom"]), float(w.get("size") or 0.0),
                               "bold" in str(w.get("fontname", "")).lower())
                          for w in raw if w["text"].strip()])


# A glyph the font gives no character for: pdfminer writes its code, '(cid:127)'
_UNMAPPED = re.compile(r"(?:\(cid:\d+\))+")


def _mapped(text: str) -> str:
    """A word's text with each glyph that has no character (a bullet or tick from a symbol font
    without a Unicode map: pdfminer's '(cid:127)') read as a bullet: its code is no number of
    the text. A run of them is one bullet, set apart from the word it is glued to."""
    if "(cid:" not in text:
        return text
    out = _UNMAPPED.sub("•", text)
    return re.sub(r"•(?=\w)", "• ", re.sub(r"(?<=\w)•", " •", out))


_MARK = re.compile(r"^(?:\d{1,2}|[*†‡])$")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _marks_joined(words: list[Word]) -> list[Word]:
    """A footnote's mark printed raised and smaller against the word before it ('East' '1',
    '10,000' '2', '48.7' '3') is joined to that word as a superscript ('East¹', '10,000²',
    '48.7³'): read apart it would be a number of its own, or close up into another number."""
    out: list[Word] = []
    for w in words:
        p = out[-1] if out else None
        if p is not None and _MARK.match(w.text) and 0 < w.size <= 0.85 * p.size and \
                -0.5 <= w.x0 - p.x1 < 1.0 and w.bottom < p.bottom - 0.15 * p.size and w.top >= p.top - p.size:
            out[-1] = Word(p.text + w.text.translate(_SUPERSCRIPT), p.x0, min(p.top, w.top), w.x1, p.bottom,
                           p.size, p.bold)
            continue
        out.append(w)
    return out


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


def _tables(page, words: list[Word], number: int, charts: list[BBox] = ()) -> tuple[list[TableBlock], list[Word],
                                                                                    list[BBox]]:
    """Tables on the page (cells filled with their words), the words outside every table, and
    the boxes of stacked tables (see pdf_stack), whose words stay outside to be read again.
    A ruled table inside a chart's box (`charts`) is the chart's gridlines: no table."""
    from .pdf_stack import is_stacked
    blocks: list[TableBlock] = []
    stacked: list[BBox] = []
    found = [t for t in page.find_tables() if not any(_within(t.bbox, c) for c in charts)]
    taken: set[int] = set()
    for t in found:
        rows: list[list[list[Word]]] = []
        mine: set[int] = set()
        for row in t.rows:
            cells: list[list[Word]] = []
            for cb in row.cells:
                inside = [] if cb is None else [
                    (i, w) for i, w in enumerate(words) if i not in taken and i not in mine and _inside(w, cb)]
                mine.update(i for i, _ in inside)
                cells.append(sorted((w for _, w in inside), key=lambda w: (round(w.top), w.x0)))
            rows.append(cells)
        rows = _split_label_values(rows, number)
        bbox: BBox = tuple(float(v) for v in t.bbox)  # type: ignore[assignment]
        if is_stacked([c for r in rows for c in r]):
            stacked.append(bbox)  # a one-row box of stacked lines counts too
            continue
        if len(t.rows) < 2 or _rules_rows_only(rows, number):
            continue
        taken |= mine
        blocks.append(TableBlock(rows, bbox, number))
        taken.update(i for i, w in enumerate(words) if _inside(w, t.bbox))
    rest = [w for i, w in enumerate(words) if i not in taken]
    return blocks, rest, stacked


def _split_label_values(rows: list[list[list[Word]]], number: int) -> list[list[list[Word]]]:
    """A box ruled round each row but not between its columns, each row one line of a label and a
    value set apart at its end ('Children in care, 31 March 2026      228'): the label and the value
    as two cells, so a date inside the label stays the label's."""
    filled = [[c for c in r if c] for r in rows]
    if len(rows) < 2 or any(len(r) != 1 for r in filled):
        return rows
    out: list[list[list[Word]]] = []
    for r in filled:
        lines = _rows(r[0], number)
        segs = _segments(lines[0]) if len(lines) == 1 else []
        if len(segs) < 2 or not all(_VALUE_WORD.match(w.text) or _SHARE_WORD.match(w.text) for w in segs[-1]) or \
                not _VALUE_WORD.match(segs[-1][0].text) or all(_VALUE_WORD.match(w.text) for w in segs[0]):
            return rows
        out.append([[w for sg in segs[:-1] for w in sg], segs[-1]])
    return out


_SHARE_WORD = re.compile(r"^\(\d[\d.,]*%\)$")


def _within(a: BBox, b: BBox) -> bool:
    """Most of box `a` lies inside box `b`."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = (a[2] - a[0]) * (a[3] - a[1])
    return w > 0 and h > 0 and area > 0 and w * h > 0.5 * area


def _rules_rows_only(rows: list[list[list[Word]]], number: int) -> bool:
    """A box ruled only across (a frame, a rule under the header and over the total), so
    each ruled cell is a whole row or a run of rows: the columns are not ruled, and a line in
    it holds a label and two or more numbers apart. Its words are read as a table without
    rules, line by line (`aligned_tables`)."""
    if any(sum(bool(c) for c in r) > 1 for r in rows):
        return False
    return any(_value_cells(ln) is not None for r in rows for c in r if c for ln in _rows(c, number))


# ---------------------------------------------------------------- tables without rules

_VALUE_WORD = re.compile(r"^[-–−+(£$€]*\d[\d.,]*[%)kmb*]*[⁰¹²³⁴⁵⁶⁷⁸⁹†‡]*$|^[-–—]$|^n/?a$", re.I)
MIN_TABLE_ROWS = 3
COLUMN_GAP = 1.2     # a gap wider than this many font sizes parts two cells of a row
ROW_GAP = 2.6        # rows of one table are at most this many line heights apart


def _segments(line: Line) -> list[list[Word]]:
    """The line's words grouped into cells: a gap wider than COLUMN_GAP font sizes parts them."""
    out: list[list[Word]] = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:]):
        if b.x0 - a.x1 > COLUMN_GAP * (a.size or 10.0):
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _value_cells(line: Line) -> list[list[Word]] | None:
    """A table row's value cells (two or more numbers right of a label or another value),
    or None when the line is not such a row."""
    segs = _segments(line)
    values = [sg for sg in segs[1:] if all(_VALUE_WORD.match(w.text) for w in sg)]
    if len(values) < 2 or len(values) < len(segs) - 1:
        return None
    return values


def _columns(rows: list[list[list[Word]]]) -> list[tuple[float, float]]:
    """x-ranges of the value columns: cells whose ranges overlap fall in one column."""
    spans = sorted((min(w.x0 for w in c), max(w.x1 for w in c)) for r in rows for c in r)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _cell_rows(line: Line, cols: list[tuple[float, float]]) -> list[list[Word]]:
    """The line's words put in the label column (left of the first value column) or in the
    value column their centre falls in (or the nearest one)."""
    cells: list[list[Word]] = [[] for _ in range(len(cols) + 1)]
    for w in line.words:
        cx = (w.x0 + w.x1) / 2
        if w.x1 <= cols[0][0] - 1:
            cells[0].append(w)
            continue
        j = min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= cx <= cols[k][1]
                else min(abs(cx - cols[k][0]), abs(cx - cols[k][1])))
        cells[j + 1].append(w)
    return cells


def _header_line(line: Line, cols: list[tuple[float, float]]) -> bool:
    """A line above the rows that heads them: some words over the value columns, none
    crossing a gap between two of them, no run of words over two of them."""
    over = [w for w in line.words if w.x1 > cols[0][0] - 1]
    if not over:
        return False
    for seg in _segments(line):  # a run of text over two columns is a title, not a heading
        x0, x1 = seg[0].x0, seg[-1].x1
        if sum(x0 < b and a < x1 for a, b in cols) > 1:
            return False
    for (_a0, a1), (b0, _b1) in zip(cols, cols[1:]):
        if any(w.x0 < a1 - 1 and w.x1 > b0 + 1 for w in over):
            return False
    return True


def aligned_tables(rows: list[Line], number: int) -> tuple[list[TableBlock], list[Line]]:
    """Tables drawn without rules: MIN_TABLE_ROWS or more consecutive lines each with a label
    and two or more numbers in aligned columns, with up to two header lines above them.
    Returns the tables and the lines left outside them."""
    tables: list[TableBlock] = []
    used: set[int] = set()
    i = 0
    while i < len(rows):
        j = i
        run: list[list[list[Word]]] = []
        while j < len(rows) and (cells := _value_cells(rows[j])) is not None and (
                j == i or rows[j].top - rows[j - 1].bottom < ROW_GAP * (rows[j].bottom - rows[j].top)):
            run.append(cells)
            j += 1
        if j - i < MIN_TABLE_ROWS or len({len(r) for r in run}) > 1 and \
                len(_columns(run)) > max(len(r) for r in run):
            i = max(j, i + 1)
            continue
        cols = _columns(run)
        heads = []
        k = i - 1
        while k >= 0 and len(heads) < 2 and k not in used and _header_line(rows[k], cols) and \
                rows[k + 1].top - rows[k].bottom < ROW_GAP * (rows[k].bottom - rows[k].top):
            heads.insert(0, k)
            k -= 1
        members = heads + list(range(i, j))
        cell_rows = [_cell_rows(rows[m], cols) for m in members]
        words = [w for m in members for w in rows[m].words]
        bbox = (min(w.x0 for w in words), min(w.top for w in words),
                max(w.x1 for w in words), max(w.bottom for w in words))
        tables.append(TableBlock(cell_rows, bbox, number))
        used.update(members)
        i = j
    return tables, [r for n, r in enumerate(rows) if n not in used]


def layout_page(page, number: int) -> PageLayout:
    """Read one page's words and tables."""
    words = _words(page)
    layout = PageLayout(number, float(page.width), float(page.height))
    if not words:
        return layout
    from .pdf_charts import find_charts
    from .pdf_stack import stacked_spans, stacked_table
    charts, charted, boxes = find_charts(page, words, number)
    words = [w for i, w in enumerate(words) if i not in charted]
    layout.tables, rest, stacked = _tables(page, words, number, boxes)
    layout.tables += charts
    rows = _rows(rest, number)
    for box in stacked_spans(stacked):
        block, rows = stacked_table(rows, box, number)
        if block is not None:
            layout.tables.append(block)
    aligned, layout.rows = aligned_tables(rows, number)
    layout.tables += aligned
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


def drop_running(pages: list[PageLayout]) -> list[str]:
    """Remove header/footer rows that repeat across pages (digits normalised) and page numbers.

    Repetition is counted in the top and bottom bands; a row with a running text is then
    also dropped at the very top or bottom of a page outside the band (a cover page title).
    Returns the running texts removed (page numbers left out), once each, in order.
    """
    removed: dict[str, str] = {}  # digits normalised -> the first text so written
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
            for r in layout.rows:
                if id(r) in drop and not PAGE_NUMBER.match(r.text.strip()):
                    removed.setdefault(_running_key("", r)[1], " ".join(r.text.split()))
            layout.rows = [r for r in layout.rows if id(r) not in drop]
    return list(removed.values())
