"""Plain text -> Document (page 1, one segment per line)."""

from __future__ import annotations

from ..document import Document, Source, TextBuilder


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not), else Windows-1252, else UTF-8 with replacement."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), []
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), ["undecodable bytes replaced"]


def read_text(path: str, data: bytes) -> Document:
    from . import sha256_of
    text, warnings = decode(data)
    b = TextBuilder()
    b.start_page()
    for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if i:
            b.sep("\n")
        b.add(line, 1)
    return b.build(Source(path, sha256_of(data), "txt"), warnings)
