"""Repair of truncated PDFs: a new trailer (and if need be a page tree) for the objects left.

A download cut short loses the end of the file, where the cross-reference table and trailer
sit (and, for many producers, the catalog and page tree too). pdfminer can index the objects
by scanning when the table is gone, but without a trailer it has no root to start from.
PDFium cannot open such files either. Here the bytes are cut after the last complete object
(a stream cut short is closed) and given a trailer naming the catalog found by scanning; when
the catalog is lost, a new catalog and page tree are appended over the page objects that
survive, in file order.
"""

from __future__ import annotations

import bisect
import re
import zlib
from dataclasses import dataclass

OBJ = re.compile(rb"(\d{1,10})\s+(\d{1,5})\s+obj\b")
CATALOG = re.compile(rb"/Type\s*/Catalog\b")
PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
FIRST = re.compile(rb"/First\s+(\d+)")
ENCRYPT = re.compile(rb"/Filter\s*/Standard\b")
MAX_INFLATED = 50_000_000  # an object stream larger than this is not searched (zip bombs)


@dataclass(frozen=True, slots=True)
class Repair:
    """Bytes pdfminer can open, and how they were made ('trailer' or 'page tree')."""

    data: bytes
    how: str


class _Objects:
    """Where each 'N G obj' header of the body starts, for finding an offset's object."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.heads = list(OBJ.finditer(body))
        self.starts = [m.start() for m in self.heads]

    def around(self, pos: int) -> tuple[int, int] | None:
        """(number, generation) of the object whose body holds `pos`, if it is still open there."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        head = self.heads[i]
        if b"endobj" in self.body[head.end():pos]:
            return None
        return int(head.group(1)), int(head.group(2))

    def top(self) -> int:
        """The highest object number in the body."""
        return max((int(m.group(1)) for m in self.heads), default=0)


def repaired(data: bytes) -> Repair | None:
    """`data` cut after its last object and given a trailer, or None if no root is found."""
    body = _body(data)
    if body is None:
        return None
    if ENCRYPT.search(body):
        return None  # the key needs the lost trailer's /ID: the streams cannot be decrypted
    objects = _Objects(body)
    root = _catalog(body, objects)
    if root is not None:
        return Repair(body + _trailer(root), "trailer")
    pages = _pages(body, objects)
    if not pages:
        return None
    return Repair(body + _page_tree(pages, objects.top() + 1), "page tree")


def _body(data: bytes) -> bytes | None:
    """The complete objects of `data`, and the last one closed if the cut fell in its stream.

    A content stream cut short still inflates up to the cut, so the page it draws keeps the
    text before it; an object cut in its dictionary is dropped.
    """
    end = data.rfind(b"endobj")
    if end < 0:
        return None
    end += len(b"endobj")
    tail = data[end:]
    head = OBJ.search(tail)
    if head and tail.find(b"stream", head.end()) >= 0 and b"endstream" not in tail:
        return data + b"\nendstream\nendobj"
    return data[:end]


def _trailer(root: tuple[int, int]) -> bytes:
    # no startxref: pdfminer then indexes the objects by scanning, and meets this trailer
    return b"\ntrailer\n<< /Root %d %d R >>\n%%%%EOF\n" % root


def _catalog(body: bytes, objects: _Objects) -> tuple[int, int] | None:
    """The last catalog in the body (the newest revision), plain or inside an object stream."""
    found = [objects.around(m.start()) for m in CATALOG.finditer(body)]
    plain = [ref for ref in found if ref is not None]
    if plain:
        return plain[-1]
    packed = [num for m in OBJSTM.finditer(body) for num in _packed_catalogs(body, m.start())]
    return (packed[-1], 0) if packed else None


def _packed_catalogs(body: bytes, at: int) -> list[int]:
    """Numbers of the catalogs packed in the (Flate) object stream whose dictionary holds `at`."""
    start = body.find(b"stream", at)
    if start < 0:
        return []
    first = FIRST.search(body, at, start)
    start += len(b"stream")
    start += 2 if body[start:start + 2] == b"\r\n" else 1
    stop = body.find(b"endstream", start)
    try:
        raw = zlib.decompressobj().decompress(body[start:stop], MAX_INFLATED)
        offset = int(first.group(1)) if first else -1
        numbers = [int(n) for n in raw[:offset].split()] if offset > 0 else []
    except (zlib.error, ValueError):
        return []  # not Flate, or a damaged stream: nothing to find in it
    pairs = list(zip(numbers[0::2], numbers[1::2]))
    ends = [off for _, off in pairs[1:]] + [len(raw) - offset]
    return [num for (num, off), stop_at in zip(pairs, ends)
            if CATALOG.search(raw, offset + off, offset + stop_at)]


def _pages(body: bytes, objects: _Objects) -> list[tuple[int, int]]:
    """Page objects of the body in file order, each once."""
    refs = [objects.around(m.start()) for m in PAGE.finditer(body)]
    return list(dict.fromkeys(ref for ref in refs if ref is not None))


def _page_tree(pages: list[tuple[int, int]], number: int) -> bytes:
    """A page tree over `pages`, its catalog and a trailer, as objects `number` and `number`+1."""
    kids = b" ".join(b"%d %d R" % ref for ref in pages)
    tree = b"\n%d 0 obj\n<< /Type /Pages /Kids [%s] /Count %d >>\nendobj\n" % (number, kids, len(pages))
    catalog = b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj" % (number + 1, number)
    return tree + catalog + _trailer((number + 1, 0))
