"""News HTML -> Document: the article's paragraphs and tables, page chrome left out.

Widgets the extractor would drop (statistic cards, <dl> lists, <details> accordions, figure
captions) are first rewritten as paragraphs (`cards.unfold_html`); then trafilatura finds the article body (dropping navigation, cookie banners, sidebars, comments and
footers); its XML output keeps paragraphs and tables apart, which we walk to write one paragraph
per line and one table row per line (cells joined by ' | ', each cell's offsets recorded).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from ..document import Cell, Document, Source, Table, TextBuilder
from ..errors import EmptyDocument
from .cards import unfold_html
from .clean import keep_lines, normalise
from .frame import framed_html, within
from .pagemeta import page_date
from .text import decode

log = logging.getLogger(__name__)

CELL_SEP = " | "
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n]+")
_BLOCKS = {"p", "head", "item", "quote", "list", "table", "div", "section"}
_TEXT_TAGS = _BLOCKS | {"hi", "ref", "code"}
_MIN_TITLE_OVERLAP = 0.6


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of article body: a paragraph line, or a table as rows of cell texts."""

    line: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """Decode HTML bytes by the declared charset, else as a text file would be decoded."""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith(b"\xef\xbb\xbf"):
        try:
            codec = codecs.lookup(m.group(1).decode("ascii", "replace")).name
        except LookupError:
            codec = None
        # a page declared as latin-1 is nearly always cp1252 in practice (curly quotes, £)
        if codec == "iso8859-1":
            codec = "cp1252"
        if codec and codec != "utf-8":
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                pass
    return decode(data)


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _lines_of(el: etree._Element) -> list[str]:
    """Text of a paragraph-like element, split where it has <lb/> line breaks."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return [line for line in map(_flat, "".join(parts).split("\n")) if line]


def _table_rows(table: etree._Element) -> list[tuple[str, ...]]:
    rows = []
    for row in table.iter("row"):
        cells = tuple(_flat("".join(c.itertext())) for c in row if c.tag == "cell")
        if any(cells):
            rows.append(cells)
    return rows


def _table_blocks(table: etree._Element) -> Iterator[Block]:
    """A table's caption rows (one filled cell, the rest empty) as lines, then the table."""
    rows = _table_rows(table)
    while rows and len(rows[0]) > 1 and rows[0][0] and not any(rows[0][1:]):
        yield Block(line=rows.pop(0)[0])
    if rows:
        yield Block(rows=tuple(rows))


def _loose_lines(text: str | None) -> Iterator[Block]:
    """Text set straight inside a container beside its paragraphs, as lines."""
    yield from (Block(line=x) for x in map(_flat, (text or "").split("\n")) if x)


def blocks(el: etree._Element) -> Iterator[Block]:
    """Paragraphs and tables under `el`, in document order. A container's own text beside
    its paragraphs is kept as lines too: '<quote>“…”<p>Parent</p></quote>' (a blockquote
    whose <cite> became a paragraph) keeps the quote's words."""
    for child in el:
        if child.tag == "table":
            yield from _table_blocks(child)
        elif any(g.tag in _BLOCKS for g in child):
            yield from _loose_lines(child.text)
            yield from blocks(child)  # a container (list, quote, div) of paragraphs
        elif child.tag in _TEXT_TAGS:
            yield from (Block(line=x) for x in _lines_of(child))
        if el.tag != "main":
            yield from _loose_lines(child.tail)


def _extract(html: str, recall: bool) -> etree._Element | None:
    """trafilatura's XML for the page (None when it finds no article)."""
    xml = trafilatura.extract(html, output_format="xml", include_tables=True,
                              include_comments=False, include_images=False,
                              include_links=False, include_formatting=False,
                              with_metadata=True, favor_recall=recall, deduplicate=False)
    if not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    return root if main is not None and len(main) else None


def _h1_texts(html: str) -> tuple[list[str], list[str]]:
    """The page's <h1> texts, and its whole <title> (as a list of at most one)."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return [], []
    titles = [t for t in (_flat(h.text_content()) for h in tree.iter("title")) if t][:1]
    return [t for t in (_flat(h.text_content()) for h in tree.iter("h1")) if t], titles


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(1, len(wa | wb))


def choose_title(meta_title: str | None, h1s: list[str]) -> str | None:
    """The page headline: the <h1> that best matches the metadata title, else that title."""
    if not h1s:
        return meta_title
    if not meta_title:
        return h1s[0]
    best = max(h1s, key=lambda h: _overlap(h, meta_title))
    return best if _overlap(best, meta_title) >= _MIN_TITLE_OVERLAP else meta_title


# A machine field name heading a data table's column: 'on_register_31_july', 'rate_per_1000_0_15'
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")


def _field_names_as_words(row: tuple[str, ...]) -> tuple[str, ...]:
    """A header row of machine field names (a data file's preview: 'year_ending_31_july |
    registrations | rate_per_1000_0_15') read as words, each underscore a space (the same
    length, so offsets hold): 'rate per 1000 0 15' names a rate as a person would write it."""
    if sum(bool(_FIELD_NAME.match(c)) for c in row) < 2 or \
            not all(_FIELD_NAME.match(c) or re.fullmatch(r"[a-z][a-z0-9]*", c) for c in row):
        return row
    return tuple(c.replace("_", " ") for c in row)


def _write_table(b: TextBuilder, rows: tuple[tuple[str, ...], ...]) -> Table:
    """Write rows one per line, cells joined by CELL_SEP; returns the Table with cell offsets."""
    out = []
    if rows:
        rows = (_field_names_as_words(rows[0]), *rows[1:])
    for r, row in enumerate(rows):
        if r or b.offset:
            b.sep("\n")
        cells = []
        for c, text in enumerate(row):
            if c:
                b.sep(CELL_SEP)
            start, end = b.add(text, 1)
            cells.append(Cell(text, start, end))
        out.append(tuple(cells))
    return Table(page=1, rows=tuple(out))


def _write_body(b: TextBuilder, title: str | None, body: list[Block]) -> None:
    kept = iter(keep_lines([x.line for x in body if not x.rows]))
    if title and not (body and normalise(body[0].line) == title):
        b.add(title, 1)
    for block in body:
        if block.rows:
            b.tables.append(_write_table(b, block.rows))
            continue
        line = next(kept)
        if line:
            if b.offset:
                b.sep("\n")
            b.add(line, 1)


def _framed_body(html: str, loose: list[Block]) -> list[Block]:
    """On a page without a content container, the article read inside a frame (its headings
    and lists kept), trimmed to the stretch of the loose reading (`frame.within`)."""
    framed = framed_html(html)
    root = _extract(framed, recall=False) if framed else None
    if root is None:
        return loose
    return within(list(blocks(root.find("main"))), loose) or loose


def read_html(path: str, data: bytes) -> Document:
    """Read a saved news page into a Document: title, date, body paragraphs and tables."""
    from . import sha256_of
    html, warnings = decode_html(data)
    unfolded = unfold_html(html)
    root = _extract(unfolded, recall=False)
    if root is None:
        root = _extract(unfolded, recall=True)
    if root is None:
        raise EmptyDocument(path, "no article text found")
    body = _framed_body(unfolded, list(blocks(root.find("main"))))
    h1s, page_title = _h1_texts(html)
    title = choose_title(root.get("title"), h1s)
    b = TextBuilder()
    b.start_page()
    _write_body(b, title and normalise(title), body)
    if not b.offset:
        raise EmptyDocument(path, "no article text found")
    source = Source(path, sha256_of(data), "html", title=title, date=page_date(html))
    return b.build(source, warnings, page_title)
