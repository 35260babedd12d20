"""Document: the ingested text of one source file, with provenance for every character.

`Document.text` is the text the whole tool works on: spaCy Docs are built from exactly this
string, so a span's `start_char` is a Document offset, and `Document.locate(offset)` gives
the 1-based page and (for PDFs) the bounding box of the character there.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of `Document.text` that came from one place in the source.

    start (int): first character offset (inclusive).
    end (int): last character offset (exclusive).
    page (int): 1-based page number (1 for text and HTML).
    bbox (BBox | None): box of the run on the page, PDF only.
    """

    start: int
    end: int
    page: int
    bbox: BBox | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "page": self.page,
                "bbox": list(self.bbox) if self.bbox else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        bbox = data.get("bbox")
        return cls(data["start"], data["end"], data["page"], tuple(bbox) if bbox else None)


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text sits at `Document.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    """A table read from the source, kept as rows of cells (row 0 is usually the header)."""

    page: int
    rows: tuple[tuple[Cell, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page,
                "rows": [[[c.text, c.start, c.end] for c in row] for row in self.rows]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Table:
        rows = tuple(tuple(Cell(t, s, e) for t, s, e in row) for row in data["rows"])
        return cls(data["page"], rows)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a Document came from (the record's `source`, less `kind`)."""

    path: str
    sha256: str
    format: str  # txt | html | pdf
    title: str | None = None
    pages: int = 1
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "format": self.format,
                "title": self.title, "pages": self.pages, "date": self.date}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(data["path"], data["sha256"], data["format"], data.get("title"),
                   data.get("pages", 1), data.get("date"))


@dataclass(slots=True)
class Document:
    """Ingested text plus the map from every character back to page and box.

    text (str): the document text, page texts joined in page order.
    segments (list[Segment]): sorted, non-overlapping runs of `text` with their page/bbox.
    source (Source): path, hash, format, title, page count.
    tables (list[Table]): tables whose cells point into `text`.
    page_starts (list[int]): offset where each page's text begins (index 0 = page 1).
    warnings (list[str]): problems met while reading that did not stop it.
    context (list[str]): lines about the document that are not its text, for its metadata
        only: a PDF's Author and Title, the running headers and footers ingest removed, an
        HTML page's whole <title> (whose end often names the site's council or partnership).
    """

    text: str
    segments: list[Segment]
    source: Source
    tables: list[Table] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=lambda: [0])
    warnings: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    _seg_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._seg_starts = [s.start for s in self.segments]

    def page_of(self, offset: int) -> int:
        """1-based page that holds character `offset`."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def locate(self, offset: int) -> tuple[int, BBox | None]:
        """Page and bounding box of the character at `offset`.

        Offsets between segments (the joining whitespace) take the segment before them.
        """
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if i >= 0:
            seg = self.segments[i]
            if seg.start <= offset < seg.end:
                return seg.page, seg.bbox
        return self.page_of(offset), None

    def span_bbox(self, start: int, end: int) -> BBox | None:
        """Union box of the segments overlapping [start, end) on the page of `start`."""
        page = self.page_of(start)
        i = max(0, bisect.bisect_right(self._seg_starts, start) - 1)
        boxes: list[BBox] = []
        while i < len(self.segments) and self.segments[i].start < end:
            seg = self.segments[i]
            if seg.end > start and seg.bbox and seg.page == page:
                boxes.append(seg.bbox)
            i += 1
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "segments": [s.to_dict() for s in self.segments],
                "source": self.source.to_dict(), "tables": [t.to_dict() for t in self.tables],
                "page_starts": list(self.page_starts), "warnings": list(self.warnings),
                "context": list(self.context)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(text=data["text"],
                   segments=[Segment.from_dict(s) for s in data["segments"]],
                   source=Source.from_dict(data["source"]),
                   tables=[Table.from_dict(t) for t in data.get("tables", [])],
                   page_starts=list(data.get("page_starts", [0])),
                   warnings=list(data.get("warnings", [])),
                   context=list(data.get("context", [])))


class TextBuilder:
    """Accumulates text pieces with their provenance, then builds a Document.

    Every ingester writes through this, so the offset map is built one way only.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._segments: list[Segment] = []
        self._page_starts: list[int] = []
        self.tables: list[Table] = []

    @property
    def offset(self) -> int:
        return self._len

    def start_page(self) -> None:
        """Mark where the next page's text begins."""
        self._page_starts.append(self._len)

    def tail(self, n: int = 2) -> str:
        """The last `n` characters written (for deciding separators)."""
        return "".join(self._parts[-n:])[-n:] if self._parts else ""

    def add(self, text: str, page: int = 1, bbox: BBox | None = None) -> tuple[int, int]:
        """Append `text` from `page`/`bbox`; returns its (start, end) offsets."""
        start = self._len
        if text:
            self._parts.append(text)
            self._len += len(text)
            self._segments.append(Segment(start, self._len, page, bbox))
        return start, self._len

    def sep(self, text: str) -> None:
        """Append separator text (spaces, newlines) that belongs to no source place."""
        if text:
            self._parts.append(text)
            self._len += len(text)

    def build(self, source: Source, warnings: list[str] | None = None,
              context: list[str] | None = None) -> Document:
        return Document(text="".join(self._parts), segments=self._segments, source=source,
                        tables=self.tables, page_starts=self._page_starts or [0],
                        warnings=list(warnings or []), context=list(context or []))
