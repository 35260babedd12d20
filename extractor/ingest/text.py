"""Plain text -> Document: page 1, one paragraph per line, scraped junk left out."""

from __future__ import annotations

import calendar
import logging
import re

from ..document import Document, Source, TextBuilder
from ..errors import EmptyDocument
from ..period import MONTHS
from .clean import keep_lines, normalise

log = logging.getLogger(__name__)

# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# C0 controls other than tab, newlines and form feed, and DEL: a text has (almost) none
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_MAX_CONTROL_SHARE = 0.01
_SAMPLE = 1 << 16
_MAX_TITLE_WORDS = 40
# a well-formed UTF-8 multi-byte character: if a file has some, its bad bytes are damage, not cp1252
_UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def unicode_bom(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `data` names, if any."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    """Whether bytes are no text at all: control bytes where text has letters.

    UTF-16/32 with a byte-order mark is text (its NUL bytes are half of every character).
    """
    if unicode_bom(data):
        return False
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _MAX_CONTROL_SHARE


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes by their byte-order mark (UTF-8/16/32), else as UTF-8, else Windows-1252,
    else UTF-8 with replacement."""
    encoding = unicode_bom(data)
    if encoding and encoding != "utf-8":
        text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
        bad = text.count("\ufffd")
        return text, [f"undecodable bytes replaced ({bad} character(s))"] if bad else []
    if encoding:
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        first_bad = err.start
    if not _UTF8_CHAR.search(data):
        try:
            return data.decode("cp1252"), []
        except UnicodeDecodeError:  # the five byte values cp1252 leaves undefined
            pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return text, [f"undecodable bytes replaced ({bad} character(s), first at byte {first_bad})"]


def split_lines(text: str) -> list[str]:
    """Lines of `text` for any newline convention, trailing whitespace kept off."""
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def title_of(lines: list[str]) -> str | None:
    """The headline: the first kept line, when it is short and reads like a headline."""
    for line in lines:
        norm = normalise(line)
        if norm:
            if len(norm.split()) <= _MAX_TITLE_WORDS and not norm.endswith("."):
                return norm
            return None
    return None


def write_lines(b: TextBuilder, lines: list[str]) -> int:
    """Write non-empty lines, one per line with '\\n' between; returns how many were written."""
    written = 0
    for line in lines:
        if not line.strip():
            continue
        if written:
            b.sep("\n")
        b.add(line, 1)
        written += 1
    return written


def read_text(path: str, data: bytes) -> Document:
    """Read a plain-text file (UTF-8, UTF-8 with BOM or Windows-1252) into a Document."""
    from . import sha256_of
    text, warnings = decode(data)
    for w in warnings:
        log.warning("%s: %s", path, w)
    raw = split_lines(text)
    lines = keep_lines(raw)
    b = TextBuilder()
    b.start_page()
    if not write_lines(b, lines):
        raise EmptyDocument(path, "no text found")
    return b.build(Source(path, sha256_of(data), "txt", title=title_of(lines),
                          date=published(raw, lines)), warnings, owners(raw, lines))


# A copyright line names the body that owns the text ("Copyright Anytown Safeguarding Children
# Partnership 2026", "© 2026 Anytown Council"): left out of the text as furniture, kept beside
# it (Document.context) as a PDF's removed running footer is, when the owner is a council or a
# partnership, board, committee or panel (a publisher's or a charity's line, "© The Anytown
# Courier. Registered charity …", says nothing the text's own masthead does not).
_OWNER_LINE = re.compile(r"[ \t]*(?:©|\(c\)|copyright\b)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d[ \t]+)?"
                         r"(?P<owner>[A-Z][^\n]{2,120}?)(?:[ \t,]+(?:19|20)\d\d)?[ \t.]*", re.I)

_OWNER_BODY = re.compile(r"\b(?:Council|Partnership|Board|Committee|Panel)$")


def owners(raw: list[str], kept: list[str]) -> list[str]:
    """The owners named by the copyright lines `keep_lines` dropped from `raw`."""
    found = []
    for line, out in zip(raw, kept):
        m = _OWNER_LINE.fullmatch(line) if line.strip() and not out.strip() else None
        if m is not None and _OWNER_BODY.search(m.group("owner")):
            found.append(normalise(m.group("owner")))
    return found


# A story's dateline dropped as furniture ("Published: 5 November 2025", "Posted on 3 March
# 2026", "Last updated: 3 December 2025") still dates the text: the source's date, as an HTML
# page's is (the boilerplate rule drops each of these labels, so each must keep its date).
_PUBLISHED_LINE = re.compile(
    r"[ \t]*(?:(?:first\s+)?published|posted|issued|released|date\s+published|(?:last\s+)?updated)"
    r"(?:\s+on)?[ \t]*:?[ \t]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"[ \t]+(?P<m>[A-Za-z]+),?[ \t]+(?P<y>(?:19|20)\d\d)\b[^\n]{0,40}", re.I)


def published(raw: list[str], kept: list[str]) -> str | None:
    """The ISO date of the first dateline `keep_lines` dropped from `raw`, if any."""
    for line, out in zip(raw, kept):
        m = _PUBLISHED_LINE.fullmatch(line) if line.strip() and not out.strip() else None
        month = MONTHS.get(m.group("m").lower()) if m else None
        if m is not None and month is not None:
            day = int(m.group("d"))
            if day <= calendar.monthrange(int(m.group("y")), month)[1]:
                return f"{m.group('y')}-{month:02d}-{day:02d}"
    return None
