"""File paths as text: stored reversibly, shown safely.

A POSIX file name is bytes; Python hands undecodable ones over as lone surrogates
(os.fsdecode's 'surrogateescape'), which neither SQLite nor UTF-8 JSON can hold. `as_text`
writes each such byte as the text `\\xNN` (and a backslash as `\\\\`), so every stored path is
valid UTF-8 and `original` gives the exact name back. `shown` escapes control characters for
the terminal, so a name cannot move the cursor, recolour the screen or forge an `ERROR:` line.
"""

from __future__ import annotations

import os
import re

_RAW = re.compile("[\\\\\udc80-\udcff]")
_ESCAPED = re.compile(r"\\(\\|x[0-9a-f]{2})")
# C0 and C1 controls, DEL, lone surrogates, and the bidirectional overrides that reorder text
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def as_text(path: str | os.PathLike[str]) -> str:
    """The path as valid UTF-8 text, reversible with `original`."""
    text = os.fspath(path)
    if "\\" not in text and not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    return _RAW.sub(lambda m: "\\\\" if m.group() == "\\" else f"\\x{ord(m.group()) - 0xdc00:02x}",
                    text)


def original(text: str) -> str:
    """The file name `as_text` was given (undecodable bytes as surrogates, as os.fsdecode has them)."""
    return _ESCAPED.sub(lambda m: "\\" if m.group(1) == "\\" else chr(0xdc00 + int(m.group(1)[1:], 16)),
                        text)


def shown(text: str) -> str:
    """`text` with every control character escaped, safe to print on one terminal line."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xdc80 <= code <= 0xdcff:
        return f"\\x{code - 0xdc00:02x}"
    return repr(char)[1:-1] if code < 0x100 else f"\\u{code:04x}"
