"""Ingest: any supported source (path, bytes or stdin text) into one Document."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ..document import Document
from ..paths import as_text
from ..errors import EmptyDocument, IngestError, LimitExceeded, MissingFile, UnsupportedFormat

log = logging.getLogger(__name__)
N = TypeVar("N", int, float)

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
    if kind is not None and kind != fmt and not (fmt == "txt" and kind == "html"):
        raise UnsupportedFormat(path, f"content is {kind}, not {ext}")  # HTML as .txt is text
    if fmt in ("txt", "html"):
        from .text import looks_binary

        if looks_binary(data):
            raise UnsupportedFormat(path, f"binary content, not {ext}")


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


MB = 1_000_000
DEFAULT_MAX_MB = 200.0     # a larger file is refused before it is read
DEFAULT_MAX_PAGES = 2_000   # a PDF with more pages is refused before any page is parsed
# the spaCy pipeline's memory grows with the text: about 5 million characters (some 1,500 dense
# pages) keep one worker under 1 GiB
DEFAULT_MAX_CHARS = 5_000_000
ENV_MAX_MB = "REVIEW_RECORDS_MAX_MB"
ENV_MAX_PAGES = "REVIEW_RECORDS_MAX_PAGES"
ENV_MAX_CHARS = "REVIEW_RECORDS_MAX_CHARS"


@dataclass(frozen=True, slots=True)
class Limits:
    """The largest input ingest reads: file size in MB, PDF pages and characters of text
    (None or 0: no limit).

    Defaults: 200 MB, 2,000 pages and 5,000,000 characters; the environment variables
    REVIEW_RECORDS_MAX_MB, REVIEW_RECORDS_MAX_PAGES and REVIEW_RECORDS_MAX_CHARS override them
    (read once, at the first load without `limits`).
    """

    max_mb: float | None = DEFAULT_MAX_MB
    max_pages: int | None = DEFAULT_MAX_PAGES
    max_chars: int | None = DEFAULT_MAX_CHARS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults with any environment overrides applied (bad values are logged, ignored)."""
        env = os.environ if environ is None else environ
        return cls(max_mb=_env_number(env, ENV_MAX_MB, DEFAULT_MAX_MB, float),
                   max_pages=_env_number(env, ENV_MAX_PAGES, DEFAULT_MAX_PAGES, int),
                   max_chars=_env_number(env, ENV_MAX_CHARS, DEFAULT_MAX_CHARS, int))

    def check_chars(self, path: str, chars: int, what: str = "characters of text") -> None:
        """Raise LimitExceeded when a text of `chars` characters is over the text limit."""
        if self.max_chars and chars > self.max_chars:
            raise LimitExceeded(path, f"{chars:,} {what}, over the limit of "
                                      f"{self.max_chars:,} characters (set {ENV_MAX_CHARS})")

    def check_size(self, path: str, size: int) -> None:
        """Raise LimitExceeded when `size` bytes is over the size limit."""
        if self.max_mb and size > self.max_mb * MB:
            raise LimitExceeded(path, f"{size / MB:,.1f} MB, over the limit of "
                                      f"{self.max_mb:,g} MB (set {ENV_MAX_MB})")

    def check_pages(self, path: str, pages: int) -> None:
        """Raise LimitExceeded when `pages` is over the page limit."""
        if self.max_pages and pages > self.max_pages:
            raise LimitExceeded(path, f"{pages:,} pages, over the limit of "
                                      f"{self.max_pages:,} (set {ENV_MAX_PAGES})")


def _env_number(env: Mapping[str, str], name: str, default: N, kind: Callable[[str], N]) -> N | None:
    raw = env.get(name, "").strip().replace(",", "").replace("_", "")
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        log.warning("%s=%r is not a number; using the default %s", name, env[name], default)
        return default
    return value if value > 0 else None  # 0 (or less) switches the limit off


@lru_cache(maxsize=1)
def default_limits() -> Limits:
    """The limits from the environment, read once per process."""
    return Limits.from_env()


def read_file(source: Path, path: str, limits: Limits) -> bytes:
    """The bytes of a file, never more than the size limit (checked before and while reading).

    Raises:
        MissingFile: no such file. IngestError: it cannot be read (permissions, I/O).
        LimitExceeded: over the size limit.
    """
    try:
        info = source.stat()
        if stat.S_ISDIR(info.st_mode):
            raise MissingFile(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise UnsupportedFormat(path, "not a regular file")
        limits.check_size(path, info.st_size)  # before reading: a huge file never loads
        with source.open("rb") as stream:
            data = stream.read(int(limits.max_mb * MB) + 1 if limits.max_mb else -1)
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFile(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    limits.check_size(path, len(data))  # a file that grew while being read
    return data


def load(source: str | Path, data: bytes | None = None, limits: Limits | None = None) -> Document:
    """Read `source` (a path; or a name with its `data` bytes) into a Document.

    `limits` bounds the file size and PDF page count (default: `default_limits()`).

    Raises:
        IngestError: the file is missing, empty, of another type than its extension, or unreadable.
        LimitExceeded: the file is larger, or has more pages, than `limits` allow.
    """
    path = as_text(source)  # the name records and errors carry: valid UTF-8 whatever the bytes
    limits = limits or default_limits()
    if data is None:
        data = read_file(Path(source), path, limits)
    limits.check_size(path, len(data))
    fmt = fmt_of(path, data)
    check_content(path, fmt, data)
    if fmt == "pdf":
        from .pdf import read_pdf
        document = read_pdf(path, data, max_pages=limits.max_pages)
    elif fmt == "html":
        from .html import read_html
        document = read_html(path, data)
    else:
        # a text file has at least a quarter as many characters as bytes: refused unread
        limits.check_chars(path, len(data) // 4, "characters at least")
        from .text import read_text
        document = read_text(path, data)
    limits.check_chars(path, len(document.text))
    return document
