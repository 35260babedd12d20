"""PDF -> Document with pdfplumber: reading order, running-header removal, tables, hyphenation.

Every word becomes one Segment (its page and box), so a mention gets a tight box. The text is
laid out as paragraphs: lines of one paragraph joined by a space, paragraphs by a newline,
table rows one per line with cells separated by tabs.
"""

from __future__ import annotations

import io
import logging

from ..document import Document, Source, TextBuilder
from ..errors import CorruptDocument, EncryptedDocument
from .pdf_cards import card_lines
from .pdf_layout import PageLayout, drop_running, layout_page
from .pdf_text import vocabulary, write_pages

log = logging.getLogger(__name__)

NO_TEXT_WARNING = "no text layer: scanned document, OCR not supported"


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


def _meta_lines(meta: dict) -> list[str]:
    """The metadata Author and Title, as text (often the publishing council or partnership)."""
    out = []
    for key in ("Author", "Title"):
        value = meta.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if isinstance(value, str) and value.strip():
            out.append(" ".join(value.split()))
    return out


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
    checked: set[int] = set()  # streams already inflated (a form drawn on every page)
    for number, obj in enumerate(objs, start=1):
        page = None
        try:
            if repaired and _lost_widths(obj):
                raise ValueError("font widths lost with the end of the file")
            _check_inflated_size(obj, checked)
            page = _plumber_page(pdf, obj, number, doctop)
            doctop += page.height
            layout = layout_page(page, number)
            layout.rows = card_lines(layout.rows)  # a row of statistic cards: one line per card
            pages.append(layout)
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


# A page's content (its streams and the forms it draws) inflates to at most this many bytes:
# a 1 MB file can hold a 1 GiB stream of zeros that pdfminer would read for many minutes.
MAX_PAGE_CONTENT = 32 * 1024 * 1024
_FLATE = ("FlateDecode", "Fl")


def _check_inflated_size(obj, checked: set[int], cap: int = MAX_PAGE_CONTENT) -> None:
    """Raise ValueError when a page's Flate content streams inflate past `cap` bytes.

    Inflated in bounded steps and thrown away, so the check itself holds little memory;
    a stream in `checked` (by object id) passed on an earlier page and is not inflated again.
    """
    import zlib

    from pdfminer.pdftypes import PDFStream, resolve1

    left = cap
    for stream in _page_streams(obj):
        stream = resolve1(stream)
        if not isinstance(stream, PDFStream) or stream.rawdata is None or stream.objid in checked:
            continue
        filters = stream.get_filters()
        if not filters or getattr(filters[0][0], "name", None) not in _FLATE:
            continue
        data = stream.rawdata
        if stream.decipher:
            data = stream.decipher(stream.objid or 0, stream.genno or 0, data, stream.attrs)
        inflater = zlib.decompressobj()
        try:
            chunk = inflater.decompress(data, left + 1)
            while chunk and len(chunk) <= left:
                left -= len(chunk)
                chunk = inflater.decompress(inflater.unconsumed_tail, left + 1)
        except zlib.error:
            continue  # pdfminer's own recovery decides what a broken stream gives
        if len(chunk) > left:
            raise ValueError(f"content inflates past the limit of {cap // (1024 * 1024)} MB: "
                             "not read")
        if stream.objid is not None:
            checked.add(stream.objid)


def _page_streams(obj) -> list:
    """A page's content streams and the form XObjects of its resources."""
    from pdfminer.pdftypes import resolve1

    streams = list(obj.contents or [])
    try:
        xobjects = resolve1((obj.resources or {}).get("XObject")) or {}
        for xobj in xobjects.values():
            xobj = resolve1(xobj)
            if getattr(resolve1(xobj.get("Subtype")), "name", None) == "Form":
                streams.append(xobj)
    except Exception:  # a damaged resource dictionary: pdfminer will say what it makes of it
        pass
    return streams


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
    context = _meta_lines(meta)
    if not read:
        warnings.append(NO_TEXT_WARNING)
        for _ in pages:
            b.start_page()
    else:
        context += drop_running(pages)
        write_pages(pages, vocabulary(pages), b)
    source = Source(path, sha256_of(data), "pdf", title, len(pages))
    return b.build(source, warnings, context)
