"""Property-based tests: arbitrary text and bytes never crash the normaliser, quote pairing,
ingest or extraction, and every offset they report points at the text it claims."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractor.document import Document
from extractor.errors import ExtractorError
from extractor.ingest import SUPPORTED_SUFFIXES, load
from extractor.numbers import find_quantities, parse_fraction, parse_money, parse_number, parse_words
from extractor.quotes import quote_spans, scan

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Fragments the extractors react to, so random text reaches their rules instead of only
# exercising the "nothing found" path.
NUMERIC = ["0", "7", "12", "1,234", "3.5", "2022/23", "1 April 2022", "£1.2m", "£", "%", "per cent",
           "twenty-three", "one hundred and twelve", "a dozen", "half", "two thirds", "one in five",
           "per 10,000", "for every 1,000", "days", "weeks", "aged 14", "around", "nearly", "-",
           "–", ".", ",", "/", "(", ")", ":", "none", "Not one of", "in 2021", "Q3", "12–15"]
QUOTING = ['"', "'", "“", "”", "‘", "’", "«", "»", "said", "says", "told", "the chair,",
           "Jane Smith", "\n", "\n\n", " ", "We are learning.", "Child J", "it's", "O'Neill"]
TEXTISH = ["Partnership", "council", "rapid review", "notifications", "children", "the",
           "In", "Sunderland", "Safeguarding", "Children", "Board", "2023", "\t", "\x00", "\ufeff",
           "\u00ad", "\u200b", "é", "ﬁ", "…", "•"]


def fragments(pieces: list[str]) -> st.SearchStrategy[str]:
    """Text made of domain fragments, spaces and arbitrary characters, joined."""
    piece = st.one_of(st.sampled_from(pieces), st.sampled_from([" ", " ", "\n"]),
                      st.text(max_size=6))
    return st.lists(piece, max_size=40).map("".join)


WORDS = st.lists(st.sampled_from(["we", "must", "do", "better", "said", "12", "children", "the",
                                  "council", "learning", "it's", "not", "are", "Board", "\n"]),
                 min_size=2, max_size=14).map(" ".join)
# a quoted passage whose marks may or may not pair, then a cue, amid other text
QUOTED = st.tuples(fragments(QUOTING + NUMERIC), st.sampled_from(QUOTING[:8]), WORDS,
                   st.sampled_from(["", ".", ",", "!"]), st.sampled_from(QUOTING[:8] + [""]),
                   st.sampled_from(QUOTING[8:])
                   ).map(lambda p: f"{p[0]} {p[1]}{p[2]}{p[3]}{p[4]} {p[5]}")
ANY_TEXT = st.one_of(QUOTED, st.lists(QUOTED, max_size=4).map("\n".join), st.text(max_size=200), fragments(NUMERIC + TEXTISH),
                     fragments(QUOTING + TEXTISH), fragments(NUMERIC + QUOTING + TEXTISH))
BOUNDED = settings(max_examples=200, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(ANY_TEXT)
def test_find_quantities_offsets_inside_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text), (q, text)
        assert text[q.start:q.end].strip(), (q, text)
        assert q.text_span == (q.start, q.end)
        assert isinstance(q.value, (int, float)) and not math.isnan(q.value), (q, text)


@BOUNDED
@given(ANY_TEXT)
def test_parsers_never_raise(text: str) -> None:
    for parse in (parse_number, parse_words, parse_fraction, parse_money):
        value = parse(text)
        assert value is None or isinstance(value, (int, float)), (parse.__name__, text, value)


@BOUNDED
@given(ANY_TEXT)
def test_quote_scan_offsets_inside_text(text: str) -> None:
    spans = scan(text)
    for s in spans:
        assert 0 <= s.open_at <= s.start <= s.end <= s.close_end <= len(text), (s, text)
        assert s.para_start <= s.open_at and s.end <= s.para_end <= len(text), (s, text)
    kept = quote_spans(text)
    assert all(k in spans for k in kept)


@BOUNDED
@given(ANY_TEXT)
def test_quote_spans_do_not_overlap(text: str) -> None:
    """Kept quotes are disjoint or nested: pairing never crosses two quotes over each other."""
    spans = sorted(quote_spans(text), key=lambda s: (s.start, -s.end))
    for a, b in zip(spans, spans[1:]):
        assert b.start >= a.end or b.end <= a.end, (a, b, text)


def check_document(document: Document) -> None:
    """A Document's segments are sorted, disjoint, inside the text, and every offset locates."""
    text, segs = document.text, document.segments
    assert isinstance(text, str)
    for seg in segs:
        assert 0 <= seg.start <= seg.end <= len(text), seg
    for a, b in zip(segs, segs[1:]):
        assert a.end <= b.start, (a, b)
    assert document.page_starts == sorted(document.page_starts)
    pages = max(1, document.source.pages or 1)
    # every character (and one past the end) maps to a page of the document
    for offset in range(0, len(text) + 1, max(1, len(text) // 500)):
        page, _ = document.locate(offset)
        assert 1 <= page <= pages, (offset, page, pages)


def read_or_error(name: str, data: bytes) -> Document | None:
    """load(name, data): a Document, or None when it raised an ExtractorError (anything else fails)."""
    try:
        return load(name, data)
    except ExtractorError as exc:
        assert exc.reason and exc.path == name
        return None


PDF_HEAD = st.sampled_from([b"", b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"])
HTML_HEAD = st.sampled_from([b"", b"<html><body>", b"<!doctype html><html><head><title>t</title></head><body><p>",
                             b"<?xml version='1.0'?>"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SUPPORTED_SUFFIXES), st.one_of(PDF_HEAD, HTML_HEAD), st.binary(max_size=400))
def test_ingest_arbitrary_bytes(suffix: str, head: bytes, body: bytes) -> None:
    name = "fuzz" + suffix
    document = read_or_error(name, head + body)
    if document is not None:
        check_document(document)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".md", ".html", ".htm"]), ANY_TEXT,
       st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
def test_ingest_arbitrary_text(suffix: str, text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    if suffix in (".html", ".htm"):
        data = b"<html><body><article><p>" + data + b"</p></article></body></html>"
    document = read_or_error("fuzz" + suffix, data)
    if document is not None:
        check_document(document)


def _small_pdf() -> bytes:
    return min((p.read_bytes() for p in CORPUS.glob("*.pdf")), key=len)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_ingest_mutated_pdf(data: st.DataObject) -> None:
    """A real PDF truncated, or with bytes overwritten: a Document or an ExtractorError."""
    pdf = bytearray(_small_pdf())
    cut = data.draw(st.integers(min_value=8, max_value=len(pdf)), label="cut")
    del pdf[cut:]
    for _ in range(data.draw(st.integers(0, 6), label="n_edits")):
        at = data.draw(st.integers(0, len(pdf) - 1))
        pdf[at:at + 4] = data.draw(st.binary(min_size=1, max_size=4))
    document = read_or_error("mutated.pdf", bytes(pdf))
    if document is not None:
        check_document(document)


SMALL_TEXT = st.one_of(fragments(NUMERIC + QUOTING + TEXTISH), st.text(max_size=80))


@pytest.fixture(scope="module")
def extract_text(nlp):
    from extractor.extract import extract_document

    def run(text: str):  # type: ignore[no-untyped-def]
        document = load("fuzz.txt", text.encode("utf-8"))
        return document, extract_document(document, nlp)
    return run


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(SMALL_TEXT)
def test_extract_mentions_match_text(extract_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assume(text.strip())
    try:
        document, record = extract_text(text)
    except ExtractorError:
        return  # e.g. text that is all whitespace after cleaning: an EmptyDocument, by design
    body = document.text
    for fig in record.figures:
        assert fig.mentions, fig
        for m in fig.mentions:
            assert 0 <= m.start < m.end <= len(body), (m, body)
            assert body[m.start:m.end] == m.text, (m, body)
    for q in record.quotes:
        assert 0 <= q.start <= q.end <= len(body), (q, body)
        assert body[q.start:q.end] == q.text, (q, body)
