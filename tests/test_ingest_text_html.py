"""Text and HTML ingest: encodings, junk rules, captions, metadata, tables and error cases."""

from __future__ import annotations

import gzip
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from extractor.errors import EmptyDocument, IngestError, UnsupportedFormat
from extractor.ingest import load
from extractor.ingest.clean import caption_lines, keep_lines, repeat_unit, strip_junk
from extractor.ingest.html import read_html
from extractor.ingest.text import read_text

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
SENTENCE = ("Five serious incident notifications were submitted by the council "
            "from April 2021 to March 2022")


def lines_of(doc) -> list[str]:
    return doc.text.split("\n")


# --- encodings -------------------------------------------------------------------------------

ODD = "“Quoted” – £1.2m for the council’s plan\u00a0now"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_text_encodings_read_the_same(encoding: str) -> None:
    doc = read_text("a.txt", f"Title line\n{ODD}\n".encode(encoding))
    assert lines_of(doc) == ["Title line", ODD]
    assert doc.warnings == []


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    data = "The council’s plan".encode() + b" costs \x81\xfe a year"
    doc = read_text("a.txt", data)
    assert "\ufffd" in doc.text and "council’s plan" in doc.text
    assert len(doc.warnings) == 1 and "undecodable" in doc.warnings[0]


def test_line_structure_and_offsets() -> None:
    doc = read_text("a.txt", b"Headline here\r\n\r\nFirst paragraph.\r\n\r\n\r\nSecond one.\n")
    assert doc.text == "Headline here\nFirst paragraph.\nSecond one."
    assert doc.source.title == "Headline here"
    for seg in doc.segments:
        assert doc.text[seg.start:seg.end] in lines_of(doc)


def test_html_charset_declared_as_cp1252() -> None:
    page = ("<html><head><meta charset='windows-1252'><title>Budget</title></head><body>"
            f"<article><p>{ODD} and more words in this paragraph to make it an article.</p>"
            "<p>Another paragraph follows with enough words to count as body text here.</p>"
            "</article></body></html>")
    doc = read_html("a.html", page.encode("cp1252"))
    assert ODD.replace("\u00a0", " ") in doc.text.replace("\u00a0", " ")


# --- junk rules ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Hide Ad", "Advertisement", "Watch more of our videos on Shots!\u00a0",
    "and live on Freeview channel 276", "Visit Shots! now", "Related topics:",
    "Related topics:Milton KeynesNSPCCMilton Keynes City Council",
    "READ MORE: Mum’s tribute to ‘funny, kind’ son, 19, after crash", "Read more:",
    "Sign up to our daily newsletter", "Subscribe for just £1 for your first month",
    "Thank you for subscribing!", "Comments (8)", "(Picture: Solent Courier)",
    "County Hall in Norwich, where the report was discussed (Image: Newsquest)",
    "06:00, 15 NOV 2023", "Share on Facebook | Share on X | Email",
    "© 2024 Example Media Ltd. All rights reserved.", "Page 3 of 12",
    "[SYNTHETIC TEST DOCUMENT – invented people]", "Source: partnership case review log",
])
def test_junk_lines_are_dropped(line: str) -> None:
    assert strip_junk(line) == ""


@pytest.mark.parametrize("line", [
    "Share of children on plans rose to 41%.", "Advertising spend was cut by £20,000.",
    "Read the full report, the chair said.", "We accept all of the recommendations in full.",
    "Anyone worried about a child can call the duty service on 01632 960 427.",
    "Sources close to the review said it would be published in May.",
])
def test_body_lines_are_kept(line: str) -> None:
    assert strip_junk(line) == line


def test_hide_ad_glued_to_a_closing_quote_is_cut_off() -> None:
    line = 'A spokesperson said: "We are grateful to the staff."Hide Ad'
    assert strip_junk(line) == 'A spokesperson said: "We are grateful to the staff."'


def test_link_list_after_a_heading_is_dropped() -> None:
    lines = ["Body sentence one.", "Read more:", "• Plans for 1,200 homes go before councillors",
             "• School rated 'good' after 11-year wait", "", "Two reviews are still in progress."]
    assert [x for x in keep_lines(lines) if x] == ["Body sentence one.",
                                                   "Two reviews are still in progress."]


def test_most_read_numbered_list_is_dropped() -> None:
    lines = ["The committee agreed.", "Most popular", "1. Man, 27, charged after stabbing",
             "2. Five things to do this half-term"]
    assert [x for x in keep_lines(lines) if x] == ["The committee agreed."]


# --- captions that repeat a body sentence ----------------------------------------------------

def test_repeat_unit_finds_glued_and_spaced_copies() -> None:
    assert repeat_unit(SENTENCE + SENTENCE) == SENTENCE
    assert repeat_unit(SENTENCE + " " + SENTENCE + " " + SENTENCE) == SENTENCE
    assert repeat_unit(SENTENCE) is None
    assert repeat_unit("Hide AdHide Ad") is None  # too short to be a caption


def test_glued_caption_and_its_single_copy_are_dropped() -> None:
    lines = ["Headline", SENTENCE + ", the report says.", "Hide Ad",
             SENTENCE + SENTENCE, SENTENCE, "Rapid reviews were carried out in 17 cases."]
    assert caption_lines(lines) == {3, 4}
    doc = read_text("a.txt", "\n".join(lines).encode())
    assert lines_of(doc) == ["Headline", SENTENCE + ", the report says.",
                             "Rapid reviews were carried out in 17 cases."]


def test_a_line_that_opens_a_body_sentence_is_a_caption() -> None:
    lines = ["Headline", "Nineteen serious incident notifications were submitted by the city council",
             "Nineteen serious incident notifications were submitted by the city council, up from 12."]
    assert caption_lines(lines) == {1}


def test_short_list_items_sharing_an_opening_are_kept() -> None:
    lines = ["Headline", "Portion Fix Containers: 1 Purple", "Portion Fix Containers: 1 Purple, 1 Red."]
    assert caption_lines(lines) == set()


# --- HTML: metadata, body, tables ------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Reviews stall in Testshire | The Test Gazette</title>
<meta property="article:published_time" content="2023-11-22T10:00:00Z">
</head><body>
<div class="cookie-banner"><p>We use cookies to give you the best experience.</p>
<button>Accept all</button></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Reviews stall in Testshire</h1>
<p>Councillors have called for &ldquo;a clear timetable&rdquo; after hearing that one of four
reviews started since April 2020 has been published, the committee heard on Tuesday.</p>
<div class="ad"><span>Advertisement</span></div>
<p>The table below, taken from the report, shows case review activity by year.</p>
<table><thead><tr><th></th><th>2020/21</th><th>2021/22</th></tr></thead>
<tbody><tr><td>Rapid reviews</td><td>5</td><td>7</td></tr>
<tr><td>LCSPRs published</td><td>0</td><td>1</td></tr></tbody></table>
<p>&ldquo;We need it in writing,&rdquo; Cllr Marlow said, adding that families deserved better.</p>
<p>Read more: Man, 41, arrested after seafront disorder</p>
</article>
<section id="comments" class="comments"><h2>Comments: 2</h2>
<div class="comment"><p>SwindonDad74 · 2 hours ago</p><p>Somebody should be sacked.</p></div></section>
<footer><p>&copy; 2023 Test Media Ltd. Newsroom: 01632 960 610</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page_doc():
    return read_html("page.html", PAGE.encode("utf-8"))


def test_html_title_and_date(page_doc) -> None:
    assert page_doc.source.title == "Reviews stall in Testshire"
    assert page_doc.source.date == "2023-11-22"
    assert page_doc.source.format == "html"


def test_html_body_without_chrome(page_doc) -> None:
    text = page_doc.text
    assert "“a clear timetable”" in text  # entities decoded
    assert "“We need it in writing,” Cllr Marlow said" in text
    for junk in ("We use cookies", "Accept all", "Advertisement", "Sport", "Read more",
                 "sacked", "2 hours ago", "©", "Newsroom"):
        assert junk not in text


def test_html_paragraphs_one_per_line(page_doc) -> None:
    lines = lines_of(page_doc)
    assert lines[0] == "Reviews stall in Testshire"
    assert any(x.startswith("Councillors have called") and x.endswith("on Tuesday.") for x in lines)


def test_html_table_rows_and_cell_offsets(page_doc) -> None:
    assert len(page_doc.tables) == 1
    table = page_doc.tables[0]
    assert [[c.text for c in row] for row in table.rows] == [
        ["", "2020/21", "2021/22"], ["Rapid reviews", "5", "7"], ["LCSPRs published", "0", "1"]]
    for row in table.rows:
        for cell in row:
            assert page_doc.text[cell.start:cell.end] == cell.text
    assert "Rapid reviews | 5 | 7" in lines_of(page_doc)
    assert table.page == 1


def test_corpus_html_table_is_recorded() -> None:
    doc = load(ROOT / "corpus" / "dev09_swindon_reviews_stall.html")
    rows = [[c.text for c in row] for row in doc.tables[0].rows]
    assert rows[0][1:] == ["2020/21", "2021/22", "2022/23"]
    assert all(len(r) == 4 for r in rows) and len(rows) == 5


# --- error cases -----------------------------------------------------------------------------

def _docx_bytes() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "error", "message"), [
    ("empty.txt", b"", EmptyDocument, "empty.txt: empty file"),
    ("empty.pdf", b"", EmptyDocument, "empty.pdf: empty file"),
    ("page.pdf", b"<!DOCTYPE html><html><body>x</body></html>", UnsupportedFormat,
     "page.pdf: content is html, not pdf"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", UnsupportedFormat,
     "report.txt: content is pdf, not txt"),
    ("story.txt", _docx_bytes(), UnsupportedFormat, "story.txt: content is docx, not txt"),
    ("story.html", b"%PDF-1.4\n", UnsupportedFormat, "story.html: content is pdf, not html"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", EmptyDocument,
     "nav.html: no article text found"),
])
def test_error_messages(name: str, data: bytes, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        load(name, data)
    assert str(info.value) == message


# --- third-party pages: never an uncaught exception ------------------------------------------

def _external_pages() -> list[Path]:
    bench = sorted((EXTERNAL / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    readability = sorted((EXTERNAL / "readability-test-pages").rglob("source.html"))
    return bench + readability


@pytest.mark.skipif(not EXTERNAL.is_dir(), reason="../shared is absent")
def test_external_pages_never_crash() -> None:
    pages = _external_pages()
    assert pages, "external test pages not found"
    read = 0
    for page in pages:
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        try:
            doc = read_html(str(page), data)
        except IngestError:
            continue
        read += 1
        for table in doc.tables:
            assert all(doc.text[c.start:c.end] == c.text for row in table.rows for c in row)
    assert read >= 0.9 * len(pages)


def test_html_page_title_kept_whole_as_context(page_doc) -> None:
    """The headline is the <h1>; the whole <title>, site name and all, stays for metadata."""
    assert page_doc.context == ["Reviews stall in Testshire | The Test Gazette"]
