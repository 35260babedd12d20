"""PDF ingest: gold strings found, offsets map to the right page and box, columns, bad input."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pdfplumber
import pytest

from extractor.document import Document, Source
from extractor.errors import CorruptDocument, EncryptedDocument, IngestError
from extractor.ingest.pdf import NO_TEXT_WARNING, read_pdf

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
PDFS = sorted(p for p in CORPUS.glob("*.pdf") if p.with_suffix(".gold.json").exists())


def norm(s: str) -> str:
    """Collapse whitespace, NBSP -> space (the comparison the gold check uses)."""
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u00ad", "")).strip()


_cache: dict[Path, Document] = {}


def ingest(path: Path) -> Document:
    if path not in _cache:
        _cache[path] = read_pdf(str(path), path.read_bytes())
    return _cache[path]


def gold(path: Path) -> dict:
    return json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))


def raw_lines(path: Path) -> list[list[str]]:
    """pdfplumber's own lines per page, whitespace-normalised."""
    with pdfplumber.open(path) as pdf:
        return [[norm(ln) for ln in (p.extract_text() or "").split("\n")] for p in pdf.pages]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_gold_strings_found(path: Path) -> None:
    doc, g = ingest(path), gold(path)
    text = norm(doc.text)
    missing = [f["anchor"] for f in g["figures"] if norm(f["anchor"]) not in text]
    missing += [q["text"] for q in g["quotes"] if norm(q["text"]) not in text]
    missing += [p["name"] for p in g["people"] if norm(p["name"]) not in text]
    assert not missing


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_running_boilerplate_removed(path: Path) -> None:
    """Gold boilerplate lines that repeat across pages (running headers, footers) are gone.

    Some boilerplate strings are also part of body sentences (a partnership name used as the
    running header), so the check is: no paragraph of the text is one, and none with a page
    number occurs at all.
    """
    doc, g = ingest(path), gold(path)
    pages = raw_lines(path)
    running = [b for b in g["boilerplate"] if _repeats(b, pages)]
    assert running, "the corpus PDFs all have a running header or footer"
    paragraphs = {norm(p) for p in doc.text.split("\n")}
    assert not [b for b in running if norm(b) in paragraphs]
    assert not [b for b in running if re.search(r"\d", b) and norm(b) in norm(doc.text)]


def _repeats(b: str, pages: list[list[str]]) -> bool:
    key = re.sub(r"\d+", "#", norm(b))
    return sum(any(re.sub(r"\d+", "#", ln) == key for ln in page) for page in pages) >= 2


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_locate_matches_pdfplumber_chars(path: Path) -> None:
    """Random non-space offsets: locate() gives the page and a box holding that character."""
    doc = ingest(path)
    rng = random.Random(1234)
    offsets = [o for o in rng.sample(range(len(doc.text)), 60) if not doc.text[o].isspace()]
    with pdfplumber.open(path) as pdf:
        chars = {i + 1: p.chars for i, p in enumerate(pdf.pages)}
        for o in offsets:
            page, box = doc.locate(o)
            assert page == doc.page_of(o)
            assert box is not None, f"offset {o} {doc.text[o]!r} has no box"
            ch = doc.text[o]
            hits = [c for c in chars[page] if c["text"] == ch
                    and c["x0"] >= box[0] - 0.5 and c["x1"] <= box[2] + 0.5
                    and c["top"] >= box[1] - 0.5 and c["bottom"] <= box[3] + 0.5]
            assert hits, f"{path.name}: offset {o} {ch!r} not inside {box} on page {page}"


def test_page_of_follows_pages() -> None:
    doc = ingest(CORPUS / "dev11_thurrock_annual_report_s4.pdf")
    assert doc.source.pages == 4 and len(doc.page_starts) == 4
    i = doc.text.index("Around 30 practitioners")
    assert doc.page_of(i) == 4 and doc.locate(i)[0] == 4


@pytest.mark.parametrize("name", ["dev13_wakefield_annual_report_2021_22.pdf",
                                  "dev14_blackpool_learning_2023_24.pdf"])
def test_two_column_sentence_contiguous(name: str) -> None:
    """Every sentence of the left column reads on; pdfplumber's plain text interleaves it."""
    path = CORPUS / name
    doc = ingest(path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[2]
        left = page.crop((0, page.height * 0.08, page.width / 2, page.height * 0.92))
        left_text = norm(left.extract_text() or "")
        plain = norm(page.extract_text() or "")
    sentences = [s for s in re.split(r"(?<=[.])\s+", left_text) if len(s) > 60 and "-" not in s]
    assert sentences
    assert all(s in norm(doc.text) for s in sentences)
    assert not all(s in plain for s in sentences)


def test_paragraphs_and_hyphens() -> None:
    """Lines of a paragraph joined by spaces, paragraphs on new lines, broken words whole."""
    doc = ingest(CORPUS / "dev11_thurrock_annual_report_s4.pdf")
    paras = doc.text.split("\n")
    assert any(p.startswith("When I wrote last year's foreword") and "into practice." in p
               and "expected of us" in p for p in paras)
    assert "cross-border cases" in doc.text
    assert "prac-" not in doc.text and "criter-" not in doc.text
    assert any(p.startswith("4.2 Rapid reviews") for p in paras)


def test_page_break_rejoined() -> None:
    """A word hyphenated across a page (footer and header between) comes out whole."""
    doc = ingest(CORPUS / "dev12_kirklees_scrutiny_report.pdf")
    i = doc.text.index("12 had been completed and five were on track")
    assert doc.page_of(i) == 1 and doc.page_of(i + len("12 had been completed")) == 2


def test_tables_recorded_with_offsets() -> None:
    doc = ingest(CORPUS / "dev12_kirklees_scrutiny_report.pdf")
    indicators = [t for t in doc.tables if t.rows and t.rows[0][0].text == "Indicator"]
    assert len(indicators) == 1
    table = indicators[0]
    assert len(table.rows) == 6 and all(len(r) == 5 for r in table.rows)
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.start:cell.end] == cell.text
    assert table.rows[1][1].text == "342.5"
    assert doc.text.count("342.5\t356.1") == 1  # table words written once


def test_title_from_metadata() -> None:
    doc = ingest(CORPUS / "dev14_blackpool_learning_2023_24.pdf")
    assert doc.source.title and doc.source.title.startswith("Blackpool Safeguarding")
    assert doc.source.format == "pdf" and len(doc.source.sha256) == 64


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_truncated_pdf(path: Path) -> None:
    """The first half of a PDF's bytes: CorruptDocument, or a Document that says what it lost."""
    data = path.read_bytes()
    try:
        doc = read_pdf("half.pdf", data[: len(data) // 2])
    except IngestError as exc:
        assert isinstance(exc, CorruptDocument)
    else:
        assert doc.warnings or doc.text


def _page_text(doc: Document, number: int) -> str:
    ends = [*doc.page_starts[1:], len(doc.text)]
    return doc.text[doc.page_starts[number - 1]:ends[number - 1]]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_truncated_tail_repaired_keeps_first_page(path: Path) -> None:
    """The last 10% of the bytes cut off (trailer, page tree end): page 1's words remain.

    These files keep catalog and page tree before the content streams, so shorter cuts leave
    no content at all and must stay a CorruptDocument.
    """
    data, whole = path.read_bytes(), ingest(path)
    doc = read_pdf("cut.pdf", data[: int(len(data) * 0.9)])
    assert re.match(r"damaged PDF repaired \(.+; new trailer\): text read on [1-9]\d* of "
                    rf"{whole.source.pages} pages$", doc.warnings[0])
    assert _real_words(doc, path)
    with pytest.raises(CorruptDocument, match="damaged PDF"):
        read_pdf("cut.pdf", data[: len(data) // 4])


def _ofsted_pdfs() -> list[Path]:
    return sorted((EXTERNAL / "ofsted-ilacs-reports").rglob("*.pdf"))[:4] if EXTERNAL.is_dir() else []


@pytest.mark.skipif(not EXTERNAL.is_dir(), reason="../shared is absent")
@pytest.mark.parametrize("share", [0.25, 0.5])
def test_truncated_report_keeps_pages_before_the_cut(share: float) -> None:
    """Real inspection reports cut at 25% / 50%: pages read are real words, or a CorruptDocument."""
    paths = _ofsted_pdfs()
    assert paths
    for p in paths:
        data = p.read_bytes()
        try:
            doc = read_pdf("cut.pdf", data[: int(len(data) * share)])
        except CorruptDocument:
            continue  # every surviving page had lost its fonts' widths (glyph soup otherwise)
        assert re.match(r"damaged PDF repaired .*: text read on [1-9]", doc.warnings[0])
        assert _real_words(doc, p), p.name


def _real_words(doc: Document, path: Path) -> bool:
    """`doc` has text, and nearly all its words are pdfplumber's words of the whole file."""
    known = {w for page in raw_lines(path) for line in page for w in line.split()}
    words = norm(doc.text).split()
    return bool(words) and sum(w in known for w in words) >= 0.95 * len(words)


def _catalog_last_pdf(lines: list[str]) -> bytes:
    """One page per line, objects in page order and the catalog and page tree at the end."""
    objs = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    tree = 2 + 2 * len(lines)
    for i, line in enumerate(lines):
        stream = f"BT /F1 11 Tf 72 720 Td ({line}) Tj ET".encode()
        objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources "
                    b"<< /Font << /F1 1 0 R >> >> /Contents %d 0 R >>" % (tree, 3 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    kids = " ".join(f"{2 + 2 * i} 0 R" for i in range(len(lines))).encode()
    objs += [b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(lines)),
             b"<< /Type /Catalog /Pages %d 0 R >>" % tree]
    out = bytearray(b"%PDF-1.4\n")
    for n, body in enumerate(objs, start=1):
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    return bytes(out + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root %d 0 R >>\n"
                 b"startxref\n0\n%%%%EOF\n" % len(objs))


def test_truncated_before_catalog_rebuilds_page_tree() -> None:
    """Catalog and page tree lost with the end of the file: the surviving pages are read."""
    lines = ["In 2022/23 the board received 41 notifications.", "Nine reviews were completed.",
             "The panel met 12 times.", "Two audits are still open."]
    data = _catalog_last_pdf(lines)
    cut = data[: data.index(b"(Two audits") + 6]
    doc = read_pdf("cut.pdf", cut)
    assert doc.warnings[0].startswith("damaged PDF repaired (")
    assert doc.warnings[0].endswith("new page tree): text read on 3 of 4 pages found")
    assert [doc.page_of(doc.text.index(ln)) for ln in lines[:3]] == [1, 2, 3]
    assert "Two" not in doc.text and doc.source.pages == 4


def test_truncated_encrypted_pdf_stays_corrupt() -> None:
    """Without the trailer's /ID the key is lost: no repair is tried on an encrypted file."""
    data = _catalog_last_pdf(["hello"]).replace(b"/Type /Font", b"/Filter /Standard /Type /Font")
    with pytest.raises(CorruptDocument):
        read_pdf("cut.pdf", data[: data.index(b"/Type /Catalog")])


def test_not_a_pdf() -> None:
    with pytest.raises(CorruptDocument):
        read_pdf("x.pdf", b"<html><body>hello</body></html>")
    with pytest.raises(CorruptDocument):
        read_pdf("x.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20)


def _external_pdfs() -> list[Path]:
    if not EXTERNAL.is_dir():
        return []
    dirs = ["ofsted-ilacs-reports", "kent-cc-committee-papers", "pdfplumber-test-pdfs",
            "icdar2013-table-competition"]
    # small files only, so the test stays fast; big ones are benchmarked separately
    return sorted(p for d in dirs for p in (EXTERNAL / d).rglob("*.pdf")
                  if p.stat().st_size < 250_000)


@pytest.mark.skipif(not EXTERNAL.is_dir(), reason="../shared is absent")
def test_external_pdfs_no_uncaught_exception() -> None:
    """Real third-party PDFs: either a Document or an IngestError, never anything else."""
    paths = _external_pdfs()
    assert paths
    rng = random.Random(7)
    sample = rng.sample(paths, min(10, len(paths)))
    for p in sample:
        try:
            doc = read_pdf(str(p), p.read_bytes())
        except (EncryptedDocument, CorruptDocument):
            continue
        assert doc.source.pages >= 1
        assert len(doc.page_starts) == doc.source.pages or NO_TEXT_WARNING in doc.warnings


def _blank_pdf(pages: int) -> bytes:
    """A valid PDF of `pages` empty pages (no text layer), with a correct xref table."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"]
    objs += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_no_text_layer_gives_warning_not_error() -> None:
    doc = read_pdf("scan.pdf", _blank_pdf(3))
    assert doc.text == "" and doc.source.pages == 3
    assert NO_TEXT_WARNING in doc.warnings


def test_failing_page_becomes_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception on one page is reported as 'page N: reason'; the other pages still read."""
    from extractor.ingest import pdf as pdfmod
    real = pdfmod.layout_page

    def flaky(page, number):  # type: ignore[no-untyped-def]
        if number == 2:
            raise ValueError("bad content stream")
        return real(page, number)

    monkeypatch.setattr(pdfmod, "layout_page", flaky)
    path = CORPUS / "dev11_thurrock_annual_report_s4.pdf"
    doc = read_pdf(str(path), path.read_bytes())
    assert doc.warnings == ["page 2: bad content stream"]
    assert "Around 30 practitioners" in doc.text and "Foreword from" not in doc.text
    assert doc.page_of(doc.text.index("Around 30 practitioners")) == 4


def _break_nth(data: bytes, old: bytes, new: bytes, n: int) -> bytes:
    """`data` with the n-th (0-based) occurrence of `old` replaced by `new` (same length)."""
    assert len(old) == len(new)  # offsets, and so the xref table, stay valid
    at = -1
    for _ in range(n + 1):
        at = data.index(old, at + 1)
    return data[:at] + new + data[at + len(old):]


def test_malformed_page_box_loses_only_that_page() -> None:
    """A MediaBox with two numbers on page 2: that page is a warning, the others are read."""
    path = CORPUS / "dev11_thurrock_annual_report_s4.pdf"
    whole = ingest(path)
    box = b"/MediaBox [ 0 0 595.2756 841.8898 ]"
    data = _break_nth(path.read_bytes(), box, b"/MediaBox [ 0 0 595.2756          ]", 1)
    doc = read_pdf("bad_box.pdf", data)
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("page 2: malformed page")
    assert doc.source.pages == 4 and len(doc.page_starts) == 4
    assert "Foreword from" in whole.text and "Foreword from" not in doc.text
    for number in (1, 3, 4):  # every other page's text, on its own page
        lo, hi = whole.page_starts[number - 1], (list(whole.page_starts) + [len(whole.text)])[number]
        sample = whole.text[lo:hi].strip().split("\n")[0][:60]
        assert sample and doc.page_of(doc.text.index(sample)) == number


def test_password_error_maps_to_encrypted(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfminer's password failure (as pdfplumber wraps it) becomes EncryptedDocument."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    def locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PdfminerException(PDFPasswordIncorrect())

    monkeypatch.setattr(pdfplumber, "open", locked)
    with pytest.raises(EncryptedDocument):
        read_pdf("locked.pdf", _blank_pdf(1))


# ---------------------------------------------------------------- one-off junk paragraphs

@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_page_starts_land_on_their_page(path: Path) -> None:
    """After junk paragraphs are dropped, each page still starts at one of its own words."""
    doc = ingest(path)
    starts = doc.page_starts
    assert starts == sorted(starts) and len(starts) == doc.source.pages
    for number, start in enumerate(starts, start=1):
        seg = next((s for s in doc.segments if s.start >= start), None)
        end = starts[number] if number < len(starts) else len(doc.text)
        if seg is not None and seg.start < end:
            assert seg.page == number, f"page {number} starts at a word of page {seg.page}"
    for seg in doc.segments:
        assert doc.text[seg.start:seg.end].strip() == doc.text[seg.start:seg.end]


def test_placeholder_and_its_caption_dropped() -> None:
    """A picture placeholder and the short caption under it go; the next paragraph stays whole."""
    doc = ingest(CORPUS / "dev14_blackpool_learning_2023_24.pdf")
    paras = doc.text.split("\n")
    assert not [p for p in paras if p.startswith("[") and p.endswith("]")]
    heading = paras.index("5.3 What practitioners told us")
    assert paras[heading + 1].startswith("As part of the Sibling Group M review")
    i = doc.text.index("As part of the Sibling Group M review")
    assert doc.locate(i)[0] == 2


def test_small_print_and_publication_lines_dropped() -> None:
    for path in PDFS:
        paras = [norm(p) for p in ingest(path).text.split("\n")]
        assert not [p for p in paras if re.match(r"(synthetic test document|published \w+ \d{4}$|"
                                                  r"source: )", p, re.I)], path.name


def test_minutes_keep_attendance_drop_signature() -> None:
    """Minutes: the attendance list (names and roles) stays, the signature line goes."""
    doc = ingest(CORPUS / "dev16_walsall_scrutiny_minutes.pdf")
    assert "Present: Councillor G. Tallis (Chair)" in doc.text
    assert "In attendance: Mr L. Fairclough, Independent Scrutineer" in doc.text
    assert "......" not in doc.text
    assert doc.text.rstrip().endswith("(rate 88 per 10,000).")


def _unit(*words: str) -> list:
    from extractor.ingest.pdf_text import _Piece
    out = []
    for i, w in enumerate(words):
        if i:
            out.append(_Piece("sep", " "))
        out.append(_Piece("word", w, 1, (10.0 * i, 0.0, 10.0 * i + 8, 10.0)))
    return out


def test_junk_tail_cut_inside_a_word_keeps_its_box() -> None:
    """Junk glued after closing punctuation is cut even inside one PDF word; the box stays."""
    from extractor.document import TextBuilder
    from extractor.ingest.pdf_text import _cleaned, _Piece, _replay
    units = [[_Piece("mark"), *_unit("Rapid", "reviews", "rose.")],
             _unit("It", "happened", "every", 'day."Hide', "Ad"),
             [_Piece("mark"), *_unit("Synthetic", "test", "document:", "all", "invented.")],
             _unit("Numbers", "fell.")]
    b = TextBuilder()
    _replay(_cleaned(units), b)
    doc = b.build(Source("x.pdf", "0" * 64, "pdf", None, 2))
    assert doc.text == 'Rapid reviews rose.\nIt happened every day."\nNumbers fell.'
    cut = next(s for s in doc.segments if doc.text[s.start:s.end] == 'day."')
    assert cut.bbox == (30.0, 0.0, 38.0, 10.0)
    assert doc.page_starts == [0, doc.text.index("Numbers")]


@pytest.mark.parametrize(("line", "junk"), [
    ("Signed ........................ (Chair)", True),
    ("Chair: ______________ Date: ______________", True),
    ("Date: .................", True),
    ("Published September 2024", True),
    ("Date of publication: May 2023", True),
    ("Photo: Jane Smith", True),
    ("[Image]", True),
    ("© Crown copyright 2019", True),
    ("(c) The net revenue budget requirement of £1,530.9m for 2025-26.", False),
    ("The agreement was signed by the Chair in March 2024.", False),
    ("Published research shows that 12 children were harmed.", False),
    ("Images of children must not be shared without consent.", False),
])
def test_junk_classes(line: str, junk: bool) -> None:
    from extractor.ingest.clean import strip_junk
    assert (strip_junk(line) == "") is junk


def test_line_end_slash_joins_without_space() -> None:
    """'and/' at a line end followed by 'or' on the next line reads 'and/or'."""
    from collections import Counter

    from extractor.ingest.pdf_layout import Line, Word
    from extractor.ingest.pdf_text import _Buffer, _Writer
    buf = _Buffer()
    w = _Writer(buf, Counter())
    w.line(Line([Word("parents", 0, 0, 40, 10, 10), Word("and/", 44, 0, 64, 10, 10)], 1), False)
    w.line(Line([Word("carers", 0, 12, 30, 22, 10), Word("agreed.", 34, 12, 70, 22, 10)], 1), True)
    w.flush()
    text = "".join(p.text for u in buf.units for p in u if p.kind in ("word", "sep"))
    assert text == "parents and/carers agreed."


@pytest.mark.skipif(not EXTERNAL.is_dir(), reason="../shared is absent")
def test_line_end_slash_in_third_party_report() -> None:
    reports = sorted((EXTERNAL / "ofsted-ilacs-reports").glob("export_data/inspection_reports/*peterborough/*18 september 2015.pdf"))
    if not reports:
        pytest.skip("report not in ../shared")
    doc = read_pdf(str(reports[0]), reports[0].read_bytes())
    assert "arrangements/arrangements" in doc.text
    assert not re.search(r"[a-z]/ [a-z]", doc.text)


# ---------------------------------------------------------------- limits

def test_page_limit_refuses_long_pdf() -> None:
    from extractor.errors import LimitExceeded
    from extractor.ingest import Limits, load
    path = CORPUS / "dev11_thurrock_annual_report_s4.pdf"
    with pytest.raises(LimitExceeded) as err:
        load(path, limits=Limits(max_pages=3))
    assert err.value.reason == "4 pages, over the limit of 3 (set REVIEW_RECORDS_MAX_PAGES)"
    assert str(err.value).startswith(str(path))
    assert load(path, limits=Limits(max_pages=4)).source.pages == 4
    with pytest.raises(LimitExceeded, match="1,500 pages, over the limit of 1,000"):
        read_pdf("long.pdf", _blank_pdf(1500), max_pages=1000)


def test_size_limit_checked_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file over the size limit is refused from its size alone, for paths and for bytes."""
    from extractor.errors import LimitExceeded
    from extractor.ingest import Limits, load
    path = CORPUS / "dev12_kirklees_scrutiny_report.pdf"
    size = path.stat().st_size
    small = Limits(max_mb=size / 2 / 1_000_000)

    def no_read(self: Path) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(LimitExceeded, match=r"MB, over the limit of .* MB \(set REVIEW_RECORDS_MAX_MB\)"):
        load(path, limits=small)
    monkeypatch.undo()
    with pytest.raises(LimitExceeded):
        load("upload.pdf", path.read_bytes(), limits=small)
    assert load(path, limits=Limits(max_mb=None, max_pages=None)).text


def test_limits_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Environment overrides are read once; 0 switches a limit off; bad values keep the default."""
    from extractor.errors import LimitExceeded
    from extractor.ingest import DEFAULT_MAX_MB, DEFAULT_MAX_PAGES, Limits, default_limits, load
    assert Limits() == Limits(200, 2000) == Limits(DEFAULT_MAX_MB, DEFAULT_MAX_PAGES)
    assert Limits.from_env({}) == Limits()
    assert Limits.from_env({"REVIEW_RECORDS_MAX_PAGES": "1,000", "REVIEW_RECORDS_MAX_MB": "0"}) \
        == Limits(max_mb=None, max_pages=1000)
    assert Limits.from_env({"REVIEW_RECORDS_MAX_PAGES": "many"}).max_pages == DEFAULT_MAX_PAGES
    monkeypatch.setenv("REVIEW_RECORDS_MAX_PAGES", "2")
    default_limits.cache_clear()
    try:
        with pytest.raises(LimitExceeded, match="over the limit of 2 "):
            load(CORPUS / "dev11_thurrock_annual_report_s4.pdf")
        monkeypatch.setenv("REVIEW_RECORDS_MAX_PAGES", "50")  # read once: no effect now
        assert default_limits().max_pages == 2
    finally:
        default_limits.cache_clear()


# ---------------------------------------------------------------- fast char path

_CHAR_KEYS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop",
              "y0", "y1", "width", "height", "matrix", "adv", "page_number", "object_type")


@pytest.mark.parametrize("path", PDFS[:3], ids=lambda p: p.stem)
def test_cheap_chars_equal_pdfplumber_chars(path: Path) -> None:
    """The chars built without pdfplumber's attribute resolution match its own, key for key."""
    from extractor.ingest.pdf_layout import _prime_objects
    with pdfplumber.open(path) as slow, pdfplumber.open(path) as fast:
        for a, b in zip(slow.pages, fast.pages):
            _prime_objects(b)
            assert b.objects is b._objects  # the cache is used (else the speed-up is lost)
            theirs = [tuple(c[k] for k in _CHAR_KEYS) for c in a.chars]
            ours = [tuple(c[k] for k in _CHAR_KEYS) for c in b.chars]
            assert ours == theirs
            assert b.rects == a.rects and b.lines == a.lines and b.curves == a.curves


def test_junk_content_page_is_named_in_warnings():
    from extractor.ingest import load
    from tests.test_robustness import text_pdf

    data = text_pdf([["Five rapid reviews were held."], ["Lost page."], ["Nine notifications."]],
                    garbage_page=1)
    document = load("bad_page.pdf", data)
    assert "Five rapid reviews" in document.text and "Nine notifications" in document.text
    assert any(w.startswith("page 2: no text could be read") for w in document.warnings)
    assert not any(w.startswith(("page 1:", "page 3:")) for w in document.warnings)


def test_author_and_running_lines_kept_as_context() -> None:
    """The PDF's Author and the running header ingest removes stay beside the text, for the
    record's metadata (the council or partnership often appears only there)."""
    path = CORPUS / "styles" / "s12_warrington_quarterly_performance_q2.pdf"
    doc = read_pdf(str(path), path.read_bytes())
    assert doc.context[0] == "Warrington Borough Council"
    header = [c for c in doc.context if c.startswith("Warrington Borough Council –")]
    assert len(header) == 1 and norm(header[0]) not in {norm(p) for p in doc.text.split("\n")}
    assert Document.from_dict(doc.to_dict()).context == doc.context


def _bullet_pdf(items: list[tuple[bytes, str]]) -> bytes:
    """One page of bulleted lines: each bullet a glyph of a font whose encoding names a glyph
    with no character (as a symbol font without a Unicode map prints it), then the item's text."""
    ops = []
    for i, (code, text) in enumerate(items):
        y = 740 - 18 * i
        ops.append(b"BT /F2 10 Tf 1 0 0 1 72 %d Tm (%s) Tj ET" % (y, code))
        ops.append(b"BT /F1 10 Tf 1 0 0 1 86 %d Tm (%s) Tj ET" % (y, text.encode("latin-1")))
    stream = b"\n".join(ops)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            b"/Differences [1 /g1 2 /tickbox 127 /g127 129 /dot9] >> >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return bytes(out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))


# bullets with no character: codes 1, 2, 127, 129 and a run of two
BULLETS = [(b"\x7f", "Children in care at 31 March: 212"), (b"\x01", "Children on plans at 31 March: 96"),
           (b"\x02", "Rapid reviews held: 5"), (b"\x81", "Referrals received: 1,840"),
           (b"\x7f\x7f", "Audits completed: 14"), (b"\x02", "Section 47 enquiries: 388"),
           (b"\x01", "Learning reviews published: 2"), (b"\x81", "Care leavers supported: 164")]


def test_unmapped_bullet_glyphs_are_bullets_not_numbers(nlp) -> None:
    """A glyph pdfminer can only name by its code ('(cid:127)') is read as a bullet: the code is
    no number of the text, and the item after it keeps its own figure."""
    from extractor.figures import find_figures
    doc = read_pdf("bullets.pdf", _bullet_pdf(BULLETS))
    assert "cid" not in doc.text
    assert [ln.split(" ", 1)[0] for ln in doc.text.splitlines() if ln.strip()] == ["•"] * len(BULLETS)
    figs = find_figures(nlp(doc.text), doc, None, use_classifier=False)
    values = sorted(f.value for f in figs)
    assert values == sorted([212, 96, 5, 1840, 14, 388, 2, 164]), values
