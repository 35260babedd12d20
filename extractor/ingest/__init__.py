"""Ingest: any supported source (path, bytes or stdin text) into one Document."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document
from ..errors import EmptyDocument, MissingFile, UnsupportedFormat

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".pdf")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_MAGIC = ((b"%PDF-", "pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
          (b"\x1f\x8b", "gzip"), (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"),
          (b"GIF8", "gif"), (b"{\\rtf", "rtf"))
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def sniff(data: bytes) -> str | None:
    """What the bytes are by their first bytes: pdf, html, docx, zip, ole, ...; None for text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"PK\x03\x04"):
        # Office files are ZIPs whose member names give the application away
        return "docx" if b"word/" in data else "zip"
    lower = head[:200].lower()
    if lower.startswith(_HTML_START) or (lower.startswith(b"<!--") and b"<html" in data[:4096].lower()):
        return "html"
    return None


def check_content(path: str, fmt: str, data: bytes) -> None:
    """Raise when the bytes are empty or plainly of another type than the extension says."""
    if not data:
        raise EmptyDocument(path, "empty file")
    kind = sniff(data)
    ext = Path(path).suffix.lower().lstrip(".") or fmt
    if kind is None or kind == fmt or (fmt == "txt" and kind == "html"):
        return  # an HTML page saved as .txt still reads as text
    raise UnsupportedFormat(path, f"content is {kind}, not {ext}")


def fmt_of(path: str, data: bytes) -> str:
    """The format to read `data` as, by extension (content sniffing lives in `sniff`)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".txt", ".text", ".md", ""):
        return "txt"
    raise UnsupportedFormat(path, f"unsupported file type '{suffix}'")


def load(source: str | Path, data: bytes | None = None) -> Document:
    """Read `source` (a path; or a name with its `data` bytes) into a Document.

    Raises:
        IngestError: the file is missing, empty, of another type than its extension, or unreadable.
    """
    path = str(source)
    if data is None:
        p = Path(source)
        if not p.is_file():
            raise MissingFile(path, "no such file")
        data = p.read_bytes()
    fmt = fmt_of(path, data)
    check_content(path, fmt, data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(path, data)
    if fmt == "html":
        from .html import read_html
        return read_html(path, data)
    from .text import read_text
    return read_text(path, data)
