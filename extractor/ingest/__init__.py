"""Ingest: any supported source (path, bytes or stdin text) into one Document."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document
from ..errors import MissingFile, UnsupportedFormat

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".pdf")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(path, data)
    if fmt == "html":
        from .html import read_html
        return read_html(path, data)
    from .text import read_text
    return read_text(path, data)
