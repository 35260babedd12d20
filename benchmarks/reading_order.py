"""How many lines the PDF ingest reads out of column order, per PDF, with pdfminer as judge.

pdfminer's own layout analysis (LAParams) groups a page's lines into text boxes: a column, a
side box, a caption. Reading in the right order finishes a box before it starts another, so a
line whose box was already left for another box standing beside it (the boxes overlap
vertically and not horizontally) is an interleaved line. The ingest's reading order is taken
from the same functions `read_pdf` uses (layout_page, card_lines, drop_running,
reading_order); table blocks are left out (they are read row by row on purpose).
Usage: python benchmarks/reading_order.py [SHARED_DIR] [--corpus-only] [--limit N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pdfplumber  # noqa: E402
from pdfminer.layout import LTTextBox  # noqa: E402

from bench_args import parse  # noqa: E402
from extractor.ingest.pdf_cards import card_lines  # noqa: E402
from extractor.ingest.pdf_columns import reading_order  # noqa: E402
from extractor.ingest.pdf_layout import Line, drop_running, layout_page  # noqa: E402

EXTERNAL = ("external/ofsted-ilacs-reports", "external/kent-cc-committee-papers")
Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def pdfminer_boxes(path: Path) -> list[list[Box]]:
    """pdfminer's text boxes of every page, top-left origin like pdfplumber's words."""
    out = []
    with pdfplumber.open(path, laparams={}) as pdf:
        for page in pdf.pages:
            h = float(page.height)
            out.append([(b.x0, h - b.y1, b.x1, h - b.y0) for b in page.layout
                        if isinstance(b, LTTextBox)])
            page.close()
    return out


def our_lines(path: Path) -> list[list[Line]]:
    """The ingest's lines of every page in its reading order (tables left out)."""
    with pdfplumber.open(path) as pdf:
        layouts = []
        for n, page in enumerate(pdf.pages, start=1):
            layout = layout_page(page, n)
            layout.rows = card_lines(layout.rows)
            layouts.append(layout)
            page.close()
    drop_running(layouts)
    return [[it for run in reading_order(layout) for it in run if isinstance(it, Line)]
            for layout in layouts]


def _box_of(line: Line, boxes: list[Box]) -> int | None:
    votes: Counter[int] = Counter()
    for w in line.words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
                votes[i] += 1
                break
    return votes.most_common(1)[0][0] if votes else None


def _beside(a: Box, b: Box) -> bool:
    """Side by side: overlapping vertically, apart horizontally (two columns, a side box)."""
    return a[1] < b[3] and b[1] < a[3] and (a[2] <= b[0] or b[2] <= a[0])


def interleaved(lines: list[Line], boxes: list[Box]) -> int:
    """Lines that return to a box left for a box beside it."""
    left: set[int] = set()
    prev: int | None = None
    count = 0
    for line in lines:
        box = _box_of(line, boxes)
        if box is None:
            continue
        if prev is not None and box != prev and _beside(boxes[box], boxes[prev]):
            if box in left:
                count += 1
            left.add(prev)
        prev = box
    return count


def score(path: Path) -> tuple[int, int, int]:
    """(interleaved lines, lines, pages) of one PDF."""
    boxes, lines = pdfminer_boxes(path), our_lines(path)
    bad = sum(interleaved(ln, bx) for ln, bx in zip(lines, boxes))
    return bad, sum(len(ln) for ln in lines), len(lines)


def corpus_pdfs() -> list[Path]:
    return sorted([*ROOT.glob("corpus/*.pdf"), *ROOT.glob("corpus/dev2/*.pdf"), *ROOT.glob("corpus/holdout/*.pdf")])


def main(argv: list[str]) -> None:
    shared, limit, flags = parse(argv)
    corpus_only = "--corpus-only" in flags
    sets = [("corpus", corpus_pdfs())]
    if not corpus_only:
        if shared is None:
            print("external sets skipped: the shared external data is not available")
        else:
            sets += [(name.split("/")[-1], sorted((shared / name).rglob("*.pdf"))) for name in EXTERNAL]
    for name, paths in sets:
        total = lines = 0
        print(f"{name}: {len(paths[:limit])} PDFs")
        for path in paths[:limit]:
            try:
                bad, n, pages = score(path)
            except Exception as exc:  # a PDF the ingest itself refuses is not a reading-order case
                print(f"  {path.name[:60]:60s} skipped ({type(exc).__name__})")
                continue
            total, lines = total + bad, lines + n
            print(f"  {path.name[:60]:60s} {bad:4d} interleaved of {n:5d} lines, {pages} pages")
        print(f"  total {total} interleaved of {lines} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
