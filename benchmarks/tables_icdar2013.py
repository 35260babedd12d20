"""The PDF table reading scored on the ICDAR 2013 table competition set (read in place).

Detection: each table found on a page matches a gold region of that page when their boxes
overlap with IoU >= 0.5; precision and recall over tables. Structure: the competition's
adjacency relations, (cell text, next non-empty cell text, right|down), compared as multisets
between the gold table and the found table matched to it (a gold table with no match gives
only missed relations); precision and recall over relations, summed over the set.
The project's reading (`pdf_layout.layout_page`, the tables `read_pdf` records) is printed
beside pdfplumber's default `find_tables` on the same pages.
Usage: python benchmarks/tables_icdar2013.py [SHARED_DIR] [--limit N]
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pdfplumber  # noqa: E402

from bench_args import parse  # noqa: E402
from extractor.ingest.pdf_layout import layout_page  # noqa: E402

DATA = "external/icdar2013-table-competition/src/test/resources/technology/tabula/icdar2013-dataset"
Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-left origin)
Grid = list[list[str]]
Found = list[tuple[Box, Grid]]
Reader = Callable[[object, int], Found]
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub("", text).lower()


def relations(grid: Grid, ids: list[list[int]] | None = None) -> Counter[tuple[str, str, str]]:
    """Adjacency relations of a grid: each non-empty cell with the next non-empty cell to its
    right in its row and below it in its column. `ids` names the cell at each position (a
    spanning cell fills several); a pair of cells is counted once however many rows or
    columns they share."""
    rows = [[_norm(c) for c in r] for r in grid]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    ident = ids or [[i * width + j for j in range(width)] for i in range(len(rows))]
    pairs: dict[tuple[int, int, str], tuple[str, str, str]] = {}
    for direction in ("right", "down"):
        lines = range(len(rows)) if direction == "right" else range(width)
        for li in lines:
            pos = [(li, j) for j in range(width)] if direction == "right" else [(i, li) for i in range(len(rows))]
            cells = [(ident[r][c], rows[r][c]) for r, c in pos if rows[r][c]]
            for (ia, a), (ib, b) in zip(cells, cells[1:]):
                if ia != ib:
                    pairs[(ia, ib, direction)] = (a, b, direction)
    return Counter(pairs.values())


def gold_tables(stem: Path) -> list[tuple[int, Box, Grid, list[list[int]]]]:
    """(page, region box, grid) of each gold table of one document, boxes turned top-left."""
    out: list[tuple[int, Box, Grid, list[list[int]]]] = []
    reg = ET.parse(f"{stem}-reg.xml").getroot()
    strs = ET.parse(f"{stem}-str.xml").getroot()
    regions = [(region, str_region) for table_reg, table_str in zip(reg.iter("table"), strs.iter("table"))
               for region, str_region in zip(table_reg.iter("region"), table_str.iter("region"))]
    for region, str_region in regions:  # a table over two pages has a region on each
        bb = region.find("bounding-box")
        page = int(region.get("page"))
        box = (float(bb.get("x1")), float(bb.get("y1")), float(bb.get("x2")), float(bb.get("y2")))
        cells = []
        for cell in str_region.iter("cell"):
            r0, c0 = int(cell.get("start-row")), int(cell.get("start-col"))
            r1, c1 = int(cell.get("end-row", r0)), int(cell.get("end-col", c0))
            cells.append((r0, c0, r1, c1, (cell.findtext("content") or "").strip()))
        nrows = max((c[2] for c in cells), default=-1) + 1
        ncols = max((c[3] for c in cells), default=-1) + 1
        grid = [[""] * ncols for _ in range(nrows)]
        ids = [[-1 - r * ncols - c for c in range(ncols)] for r in range(nrows)]
        for k, (r0, c0, r1, c1, text) in enumerate(cells):
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    grid[r][c], ids[r][c] = text, k
        out.append((page, box, grid, ids))
    return out


def ours(page, number: int) -> Found:
    """The project's tables of a page: cells filled with their words."""
    layout = layout_page(page, number)
    return [(t.bbox, [[" ".join(w.text for w in cell) for cell in row] for row in t.rows])
            for t in layout.tables]


def plumber(page, number: int) -> Found:
    """pdfplumber's default find_tables."""
    return [(tuple(t.bbox), [[c or "" for c in row] for row in t.extract()]) for t in page.find_tables()]


READERS: dict[str, Reader] = {"project": ours, "pdfplumber": plumber}


def _iou(a: Box, b: Box) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def documents(shared: Path, limit: int | None) -> list[tuple[Path, list[Path]]]:
    """(pdf, gold stems) of each document; 'a'/'b' gold files share one PDF."""
    docs: dict[Path, list[Path]] = {}
    for reg in sorted((shared / DATA).glob("*/*-reg.xml")):
        stem = Path(str(reg)[:-len("-reg.xml")])
        base = re.sub(r"[ab]$", "", str(stem))
        pdf = next((p for p in (Path(f"{stem}.pdf"), Path(f"{base}a.pdf"), Path(f"{base}.pdf")) if p.exists()), None)
        if pdf is not None:
            docs.setdefault(pdf, []).append(stem)
    return sorted(docs.items())[:limit]


def score(docs: list[tuple[Path, list[Path]]]) -> dict[str, list[int]]:
    """Per reader: [tables found, tables matched, gold tables, relations right, found, gold]."""
    totals = {name: [0] * 6 for name in READERS}
    for pdf_path, stems in docs:
        gold = [g for stem in stems for g in gold_tables(stem)]
        with pdfplumber.open(pdf_path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                h = float(page.height)
                page_gold = [(tuple((b[0], h - b[3], b[2], h - b[1])), grid, ids)
                             for p, b, grid, ids in gold if p == number]
                for name, read in READERS.items():
                    found = read(page, number)
                    t = totals[name]
                    t[0] += len(found)
                    t[2] += len(page_gold)
                    used: set[int] = set()
                    for gbox, ggrid, gids in page_gold:
                        grel = relations(ggrid, gids)
                        t[5] += sum(grel.values())
                        best = max(((i, _iou(gbox, f[0])) for i, f in enumerate(found) if i not in used),
                                   key=lambda x: x[1], default=(None, 0.0))
                        if best[0] is None or best[1] < 0.5:
                            continue
                        used.add(best[0])
                        t[1] += 1
                        frel = relations(found[best[0]][1])
                        t[3] += sum((grel & frel).values())
                        t[4] += sum(frel.values())
                page.close()
    return totals


def _prf(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    shared, limit, _flags = parse(argv)
    if shared is None or not (shared / DATA).is_dir():
        print("skipped: the shared external data is not available")
        return
    docs = documents(shared, limit)
    print(f"ICDAR 2013: {len(docs)} PDFs")
    for name, (found, matched, gold, right, rel_found, rel_gold) in score(docs).items():
        dp, dr, df = _prf(matched, found, gold)
        sp, sr, sf = _prf(right, rel_found, rel_gold)
        print(f"  {name:11s} detection P {dp:.3f} R {dr:.3f} F1 {df:.3f} ({matched}/{gold} tables, {found} found)"
              f" | structure P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
