"""Page crops: the picture of a PDF page around a figure, for a person to read.

A crop spans the full width of the text column that holds the figure (a table row when the
figure is a table cell), a few lines above and below, rendered at CROP_SCALE pixels per PDF
point, with the figure boxed in red. PNG data: URIs, so a page that shows them needs no files.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CROP_SCALE = 2.0  # page image pixels per PDF point: 2x, so 9 pt type is 18 px tall


@dataclass(frozen=True, slots=True)
class Crop:
    """A page image around one mention: a data: URI PNG and what it shows."""

    src: str
    page: int
    width_pt: float  # the width of page it shows, in PDF points
    scale: float  # image pixels per PDF point


def column_span(words: list[dict[str, Any]], box: tuple[float, float, float, float]
            ) -> tuple[float, float]:
    """The x-range of the text column that holds `box`: the words of the lines around it,
    merged across gaps narrower than a gutter. A table cell (a narrow run) takes the row."""
    x0, top, x1, bottom = box
    height = max(bottom - top, 6.0)
    band = sorted((w["x0"], w["x1"]) for w in words
                  if w["bottom"] > top - 3 * height and w["top"] < bottom + 3 * height)
    runs: list[list[float]] = []
    for a, b in band:
        if runs and a - runs[-1][1] <= 1.5 * height:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    mid = (x0 + x1) / 2
    run = next((r for r in runs if r[0] - 2 <= mid <= r[1] + 2), None)
    if run is None or run[1] - run[0] < 200:
        # a table cell or a lone word: the whole width of text on those lines
        lo = min([x0] + [a for a, _ in band])
        hi = max([x1] + [b for _, b in band])
        return lo, hi
    return min(run[0], x0), max(run[1], x1)


def _crop_png(image: Any, box: tuple[float, float, float, float],
              column: tuple[float, float], scale: float) -> str:
    """A base64 PNG of `image` across `column`, around `box` (points), the box drawn in red."""
    from PIL import ImageDraw

    x0, top, x1, bottom = (v * scale for v in box)
    width, height = image.size
    line = bottom - top
    left, right = max(0, column[0] * scale - 8 * scale), min(width, column[1] * scale + 8 * scale)
    upper, lower = max(0, top - 2.6 * line), min(height, bottom + 2.6 * line)
    crop = image.crop((int(left), int(upper), int(right), int(lower))).convert("RGB")
    palette_image = crop.quantize(colors=31)  # a palette PNG: a few KB per crop
    palette = (palette_image.getpalette() or [])[:31 * 3]
    palette += [0] * (31 * 3 - len(palette)) + [220, 0, 0]  # entry 31: the box
    palette_image.putpalette(palette)
    pad = max(2.0, scale * 1.5)
    ImageDraw.Draw(palette_image).rectangle(
        (x0 - left - pad, top - upper - pad, x1 - left + pad, bottom - upper + pad),
        outline=31, width=max(2, int(scale * 1.2)))
    buf = io.BytesIO()
    palette_image.save(buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def page_crops(record: dict[str, Any], source_path: Path | None,
               scale: float = CROP_SCALE) -> dict[str, Crop]:
    """Crops keyed by mention id ('f3-0') for PDF mentions with a bbox: the full width of the
    mention's text column, a few lines around it, at `scale` pixels per point; each page is
    rendered once."""
    if source_path is None or (record.get("source") or {}).get("format") != "pdf":
        return {}
    wanted: dict[int, list[tuple[str, list[float]]]] = {}
    for i, f in enumerate(record.get("figures", [])):
        for j, m in enumerate(f.get("mentions", [])):
            if m.get("bbox"):
                wanted.setdefault(int(m.get("page", 1)), []).append((f"f{i}-{j}", m["bbox"]))
    if not wanted:
        return {}
    import pdfplumber

    crops: dict[str, Crop] = {}
    with pdfplumber.open(str(source_path)) as pdf:
        for number, boxes in sorted(wanted.items()):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            image = page.to_image(resolution=72 * scale).original
            ox, oy = page.bbox[0], page.bbox[1]
            words = [{**w, "x0": w["x0"] - ox, "x1": w["x1"] - ox, "top": w["top"] - oy,
                      "bottom": w["bottom"] - oy} for w in page.extract_words()]
            for key, (x0, top, x1, bottom) in boxes:
                box = (x0 - ox, top - oy, x1 - ox, bottom - oy)
                column = column_span(words, box)
                crops[key] = Crop(_crop_png(image, box, column, scale), number,
                                  round(column[1] - column[0] + 16, 1), scale)
            page.flush_cache()  # keep memory flat on long reports
    return crops
