"""Bar charts drawn as vector graphics: each bar read with its value label and its category.

A chart drawn with shapes (reportlab graphics, a spreadsheet's export) comes out of a PDF as
filled rectangles and loose words: the bars' value labels ('412' over a bar), the category
labels under or beside the bars ('2021/22', 'Parenting support') and the numbers of the value
axis ('0 100 200 300', evenly spaced along it). Read as lines of text they interleave ('521 500
468'), and pdfplumber's table finder takes the gridlines for a ruled table. Here the bars are
found from the rectangles themselves: three or more filled bars of one thickness standing on one
baseline (vertical bars: one bottom; horizontal bars: one left edge), of different lengths and
holding no words but their own value labels. Each bar takes the number at its end (or just
inside it) as its value and the words in its slot under the baseline (or left of it) as its
category; the numbers of the axis, evenly spaced in a line beside the bars, are dropped.

The chart becomes a table: when every category is a period ('2021/22', '2024', 'Q3'), one row
of values under a header of the periods (each value takes its period from its column);
otherwise one row per bar, its category then its value. Bars in clusters of one size (two or
more series, each bar of a series in the series' colour, named in the legend by a swatch of
that colour) give a column for each series and a row for each category, or, when only the
categories are periods, a column for each category and a row for each series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import parse_number
from .pdf_layout import BBox, TableBlock, Word, _rows

MIN_BARS = 3
_NUMBER = re.compile(r"^[-–−]?[£$€]?\d[\d,]*(?:\.\d+)?[%kmKM]?$")
_PERIOD = re.compile(r"^(?:(?:FY|financial\s+year)\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?$"
                     r"|^Q[1-4](?:\s+(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?)?$"
                     r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[\s-]+(?:19|20)?\d\d$", re.I)


@dataclass(slots=True)
class _Bar:
    x0: float
    top: float
    x1: float
    bottom: float
    colour: tuple = ()


def _number(w: Word) -> float | None:
    if not _NUMBER.match(w.text):
        return None
    return parse_number(w.text.lstrip("-–−£$€").rstrip("%kmKM"))


def _filled(page) -> list[_Bar]:
    """The page's filled rectangles that could be bars (not hairlines, not page-size panels)."""
    out = []
    area = float(page.width) * float(page.height)
    for r in page.rects:
        if not r.get("fill"):
            continue
        w, h = float(r["x1"]) - float(r["x0"]), float(r["bottom"]) - float(r["top"])
        if w < 1.5 or h < 1.5 or w * h > 0.25 * area:
            continue
        colour = r.get("non_stroking_color")
        colour = tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)
        out.append(_Bar(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]), colour))
    return out


def _groups(bars: list[_Bar], vertical: bool) -> list[list[_Bar]]:
    """Bars standing on one baseline, of one thickness, side by side without overlapping and of
    two or more lengths: vertical bars share their bottom, horizontal bars their left edge."""
    def base(b: _Bar) -> float:
        return b.bottom if vertical else b.x0

    def thick(b: _Bar) -> float:
        return b.x1 - b.x0 if vertical else b.bottom - b.top

    def length(b: _Bar) -> float:
        return b.bottom - b.top if vertical else b.x1 - b.x0

    out: list[list[_Bar]] = []
    used: set[int] = set()
    for i, b in enumerate(bars):
        if i in used:
            continue
        group = [k for k in range(len(bars)) if k not in used and abs(base(bars[k]) - base(b)) < 1.0
                 and abs(thick(bars[k]) - thick(b)) <= 0.1 * thick(b) + 0.5]
        members = sorted((bars[k] for k in group), key=lambda c: c.x0 if vertical else c.top)
        apart = all((c.x0 >= p.x1 - 0.5) if vertical else (c.top >= p.bottom - 0.5)
                    for p, c in zip(members, members[1:]))
        lengths = {round(length(c), 1) for c in members}
        if len(members) >= MIN_BARS and apart and len(lengths) >= 2:
            out.append(members)
            used.update(group)
    return out


def _inside(w: Word, b: _Bar, pad: float = 0.5) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b.x0 - pad <= cx <= b.x1 + pad and b.top - pad <= cy <= b.bottom + pad


def _value(b: _Bar, words: list[Word], vertical: bool) -> Word | None:
    """The number at the bar's end: just beyond it or just inside it, centred on the bar."""
    best: tuple[float, Word] | None = None
    for w in words:
        if _number(w) is None:
            continue
        size = max(w.bottom - w.top, 4.0)
        if vertical:
            cx = (w.x0 + w.x1) / 2
            if not b.x0 - 2 <= cx <= b.x1 + 2:
                continue
            gap = b.top - w.bottom
            if not (-2.5 * size <= gap <= size) or w.bottom > b.bottom:
                continue
        else:
            cy = (w.top + w.bottom) / 2
            if not b.top - 2 <= cy <= b.bottom + 2:
                continue
            gap = w.x0 - b.x1
            if not (-6 * size <= gap <= 2.5 * size) or w.x0 < b.x0:
                continue
        if best is None or abs(gap) < best[0]:
            best = (abs(gap), w)
    return best[1] if best else None


def _slots(bars: list[_Bar], vertical: bool) -> list[tuple[float, float]]:
    """Each bar's share of the category axis: halfway to its neighbours."""
    centres = [((b.x0 + b.x1) / 2) if vertical else ((b.top + b.bottom) / 2) for b in bars]
    half = [(b - a) / 2 for a, b in zip(centres, centres[1:])]
    out = []
    for i, c in enumerate(centres):
        left = half[i - 1] if i else half[0]
        right = half[i] if i < len(half) else half[-1]
        out.append((c - left, c + right))
    return out


def _categories(bars: list[_Bar], words: list[Word], taken: set[int], vertical: bool) -> list[list[int]]:
    """The words naming each bar: under the baseline in the bar's slot (vertical bars, at most
    three lines down) or left of the bars in the bar's slot (horizontal bars)."""
    slots = _slots(bars, vertical)
    out: list[list[int]] = [[] for _ in bars]
    if vertical:
        base = bars[0].bottom
        for i, w in enumerate(words):
            size = max(w.bottom - w.top, 4.0)
            if i in taken or not base - 1 <= w.top <= base + 3.5 * size:
                continue
            cx = (w.x0 + w.x1) / 2
            k = next((k for k, (a, b) in enumerate(slots) if a <= cx < b), None)
            if k is not None:
                out[k].append(i)
    else:
        left = min(b.x0 for b in bars)
        for i, w in enumerate(words):
            if i in taken or w.x1 > left + 1 or left - w.x1 > 250:
                continue
            cy = (w.top + w.bottom) / 2
            k = next((k for k, (a, b) in enumerate(slots) if a <= cy < b), None)
            if k is not None:
                out[k].append(i)
        out = [_next_to(words, idx, left) for idx in out]
    return out


def _next_to(words: list[Word], idx: list[int], left: float) -> list[int]:
    """A horizontal bar's label: on each line, the run of words that reaches the bars (a wide
    gap ends it: words further left belong to something else)."""
    kept: list[int] = []
    for line in {round(words[i].top) for i in idx}:
        edge = left
        for i in sorted((i for i in idx if round(words[i].top) == line), key=lambda i: -words[i].x1):
            if edge - words[i].x1 > 3 * max(words[i].bottom - words[i].top, 4.0):
                break
            kept.append(i)
            edge = words[i].x0
    return kept


def _ticks(bars: list[_Bar], words: list[Word], taken: set[int], vertical: bool) -> list[int]:
    """The numbers of the value axis: in a line beside the bars (left of vertical bars, under
    horizontal ones), three or more, evenly spaced values and positions."""
    if vertical:
        x0 = min(b.x0 for b in bars)
        top = min(b.top for b in bars)
        base = bars[0].bottom
        cand = [i for i, w in enumerate(words) if i not in taken and _number(w) is not None
                and w.x1 <= x0 + 1 and x0 - w.x1 < 60 and top - 120 <= w.top and w.bottom <= base + 12]
        key = [(words[i].top + words[i].bottom) / 2 for i in cand]
    else:
        bottom = max(b.bottom for b in bars)
        x0, x1 = min(b.x0 for b in bars), max(b.x1 for b in bars)
        cand = [i for i, w in enumerate(words) if i not in taken and _number(w) is not None
                and bottom - 1 <= w.top <= bottom + 30 and x0 - 30 <= w.x0 and w.x1 <= x1 + 150]
        key = [(words[i].x0 + words[i].x1) / 2 for i in cand]
    if len(cand) < 3:
        return []
    order = sorted(range(len(cand)), key=lambda k: key[k])
    values = [_number(words[cand[k]]) for k in order]
    pos = [key[k] for k in order]
    steps = [b - a for a, b in zip(pos, pos[1:])]
    if any(v is None for v in values) or not steps or max(steps) - min(steps) > 0.1 * max(steps) + 1:
        return []
    vals = [v for v in values if v is not None]
    diffs = [b - a for a, b in zip(vals, vals[1:])]
    if not diffs or diffs[0] == 0 or any(abs(d - diffs[0]) > 1e-6 * max(1.0, abs(diffs[0])) for d in diffs):
        return []  # evenly spaced along the axis and stepping evenly in value: an axis scale
    return [cand[k] for k in order]


def _box(words: list[Word], bars: list[_Bar]) -> BBox:
    xs0 = [w.x0 for w in words] + [b.x0 for b in bars]
    ys0 = [w.top for w in words] + [b.top for b in bars]
    xs1 = [w.x1 for w in words] + [b.x1 for b in bars]
    ys1 = [w.bottom for w in words] + [b.bottom for b in bars]
    return (min(xs0), min(ys0), max(xs1), max(ys1))


def _cell(words: list[Word], idx: list[int], number: int) -> list[Word]:
    """A category's words in reading order (lines top to bottom, left to right)."""
    return [w for ln in _rows([words[i] for i in idx], number) for w in ln.words] if idx else []


Read = tuple[list[list[list[Word]]], set[int]]


def _single(group: list[_Bar], values: list[Word | None], words: list[Word], taken: set[int], vertical: bool,
            number: int) -> Read | None:
    """One series: each bar named by the words in its own slot. Periods make a header over one
    row of values; other categories one row each."""
    cats = _categories(group, words, taken, vertical)
    if sum(bool(c) for c in cats) < len(group) - 1:
        return None
    names = [" ".join(w.text for w in _cell(words, c, number)) for c in cats]
    cells: list[list[Word]] = [([v] if v is not None else []) for v in values]
    rows: list[list[list[Word]]]
    if all(_PERIOD.match(n) for n in names):
        rows = [[[]] + [_cell(words, c, number) for c in cats], [[]] + cells]
    else:
        rows = [[_cell(words, c, number), cell] for c, cell in zip(cats, cells) if cell]
    return rows, {i for c in cats for i in c}


def _clusters(group: list[_Bar], vertical: bool) -> list[list[_Bar]] | None:
    """Bars side by side in clusters of one size (two or more series): a gap clearly wider than
    the narrowest gap between bars parts two clusters."""
    gaps = [(b.x0 - a.x1) if vertical else (b.top - a.bottom) for a, b in zip(group, group[1:])]
    thick = (group[0].x1 - group[0].x0) if vertical else (group[0].bottom - group[0].top)
    narrow = min(gaps)
    out: list[list[_Bar]] = [[group[0]]]
    for g, b in zip(gaps, group[1:]):
        if g > narrow + 0.4 * thick:
            out.append([b])
        else:
            out[-1].append(b)
    size = len(out[0])
    if len(out) < 2 or size < 2 or any(len(c) != size for c in out):
        return None
    return out


def _legend(page, colour: tuple, group: list[_Bar], words: list[Word], taken: set[int]) -> list[int]:
    """The words naming a series: right of a small swatch of the series' colour that is no bar."""
    for r in page.rects:
        c = r.get("non_stroking_color")
        c = tuple(c) if isinstance(c, (list, tuple)) else (c,)
        x0, top, x1, bottom = (float(r[k]) for k in ("x0", "top", "x1", "bottom"))
        if not r.get("fill") or c != colour or x1 - x0 > 20 or bottom - top > 20 or \
                any(abs(b.x0 - x0) < 0.5 and abs(b.top - top) < 0.5 for b in group):
            continue
        line = sorted((i for i, w in enumerate(words) if i not in taken and w.x0 >= x1 - 1 and w.x0 - x1 < 150
                       and abs((w.top + w.bottom) / 2 - (top + bottom) / 2) < 4), key=lambda i: words[i].x0)
        out: list[int] = []
        edge = x1
        for i in line:
            if words[i].x0 - edge > 2 * max(words[i].bottom - words[i].top, 4.0):
                break
            out.append(i)
            edge = words[i].x1
        if out:
            return out
    return []


def _clustered(page, group: list[_Bar], values: list[Word | None], words: list[Word],
               taken: set[int], vertical: bool, number: int) -> Read | None:
    """Clusters of bars, one bar of each series (told by its colour, named in the legend) in
    every cluster, the cluster named by the words in its slot. A table with a column for each
    series (a row for each category), or, when only the categories are periods, a column for
    each category (a row for each series)."""
    clusters = _clusters(group, vertical)
    if clusters is None:
        return None
    size = len(clusters[0])
    colours = [c[k].colour for c in clusters for k in range(size)]
    if any(clusters[n][k].colour != clusters[0][k].colour for n in range(len(clusters)) for k in range(size)) \
            or len(set(colours)) != size:
        return None
    spans = [_Bar(c[0].x0, min(b.top for b in c), c[-1].x1, max(b.bottom for b in c)) if vertical else
             _Bar(min(b.x0 for b in c), c[0].top, max(b.x1 for b in c), c[-1].bottom) for c in clusters]
    # the legend first: a legend line under the chart lies in the clusters' slots too, and its
    # words name the series, not the category of the cluster above them
    legend: set[int] = set()
    series = []
    for k in range(size):
        name = _legend(page, clusters[0][k].colour, group, words, taken | legend)
        legend |= set(name)
        series.append(name)
    cats = _categories(spans, words, taken | legend, vertical)
    if sum(bool(c) for c in cats) < len(clusters):
        return None
    used = legend | {i for c in cats for i in c}
    by_bar = {id(b): v for b, v in zip(group, values)}
    grid: list[list[list[Word]]] = [[[v] if (v := by_bar[id(b)]) is not None else [] for b in c] for c in clusters]
    rows: list[list[list[Word]]]
    cat_cells = [_cell(words, c, number) for c in cats]
    series_cells = [_cell(words, s, number) for s in series]
    names = [" ".join(w.text for w in c) for c in cat_cells]
    snames = [" ".join(w.text for w in c) for c in series_cells]
    if all(_PERIOD.match(n) for n in names) and not all(_PERIOD.match(n) for n in snames):
        rows = [[[]] + cat_cells] + [[series_cells[k]] + [grid[n][k] for n in range(len(clusters))]
                                      for k in range(size)]
    else:
        rows = [[[]] + series_cells] + [[cat_cells[n]] + grid[n] for n in range(len(clusters))]
    return rows, used


def _period_axes(words: list[Word], taken: set[int]) -> list[list[int]]:
    """Lines of three or more periods alone, evenly spaced: the category axis of a chart."""
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if i not in taken:
            lines.setdefault(round(w.top), []).append(i)
    out = []
    for idx in lines.values():
        idx.sort(key=lambda i: words[i].x0)
        if len(idx) < MIN_BARS or not all(_PERIOD.match(words[i].text) for i in idx):
            continue
        centres = [(words[i].x0 + words[i].x1) / 2 for i in idx]
        steps = [b - a for a, b in zip(centres, centres[1:])]
        if min(steps) > 0 and max(steps) - min(steps) <= 0.1 * max(steps):
            out.append(idx)
    return out


def _point_chart(page, words: list[Word], axis: list[int], taken: set[int], number: int) -> Read | None:
    """A line or dot chart over a category axis of periods: one number over each period,
    standing alone on its line at varying heights above the axis, over drawn lines or curves;
    the numbers in a column left of the axis, evenly spaced, are its value scale."""
    centres = [(words[i].x0 + words[i].x1) / 2 for i in axis]
    pitch = centres[1] - centres[0]
    base = min(words[i].top for i in axis)
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if i not in taken and base - 320 <= w.top < base - 1:
            lines.setdefault(round(w.top), []).append(i)
    alone = {i for idx in lines.values() if all(_number(words[j]) is not None for j in idx) for i in idx}
    values: list[Word | None] = []
    for c in centres:
        near = [i for i in alone if abs((words[i].x0 + words[i].x1) / 2 - c) < 0.3 * pitch]
        values.append(words[near[0]] if len(near) == 1 else None)
    found = [v for v in values if v is not None]
    if len(found) < len(axis) - 1 or len({round(v.top) for v in found}) < 2:
        return None
    top = min(v.top for v in found)
    x0, x1 = centres[0] - pitch / 2, centres[-1] + pitch / 2
    drawn = [g for g in (*page.lines, *page.curves) if float(g["x0"]) < x1 and float(g["x1"]) > x0
             and float(g["top"]) < base and float(g["bottom"]) > top]
    if not drawn:
        return None
    ids = {i for i, w in enumerate(words) for v in found if v is w}
    rows: list[list[list[Word]]] = [[[]] + [[words[i]] for i in axis],
                                    [[]] + [([v] if v is not None else []) for v in values]]
    return rows, ids | set(axis)


def _scale_left(words: list[Word], x0: float, top: float, base: float, taken: set[int]) -> list[int]:
    """Numbers in a column just left of a chart, evenly spaced, stepping evenly: its scale."""
    fake = [_Bar(x0, top, x0 + 1, base)] * MIN_BARS
    return _ticks(fake, words, taken, True)


def find_charts(page, words: list[Word], number: int) -> tuple[list[TableBlock], set[int], list[BBox]]:
    """The page's bar charts (and line charts over periods) as tables, the indexes of the words
    they took (value labels, categories and axis numbers) and the charts' boxes (where a ruled
    table found by pdfplumber is the chart's gridlines)."""
    tables: list[TableBlock] = []
    taken: set[int] = set()
    boxes: list[BBox] = []
    _bar_charts(page, words, number, tables, taken, boxes)
    for axis in _period_axes(words, taken):
        read = _point_chart(page, words, axis, taken, number)
        if read is None:
            continue
        rows, used = read
        first = words[axis[0]]
        base = min(words[i].top for i in axis)
        top = min(words[i].top for i in used)
        centre = (first.x0 + first.x1) / 2
        ticks = _scale_left(words, centre - 0.3 * (words[axis[1]].x0 - first.x0), top, base + 6, taken | used)
        mine = used | set(ticks)
        box = _box([words[i] for i in mine], [])
        tables.append(TableBlock(rows, box, number))
        boxes.append(box)
        taken |= mine
    return tables, taken, boxes


def _bar_charts(page, words: list[Word], number: int, tables: list[TableBlock], taken: set[int],
                boxes: list[BBox]) -> None:
    """The page's bar charts, added to `tables`, `taken` and `boxes`."""
    bars = _filled(page)
    if len(bars) < MIN_BARS:
        return
    for vertical in (True, False):
        for group in _groups(bars, vertical):
            if any(_inside(w, b) and _number(w) is None for w in words for b in group):
                continue  # words in the rectangles: shaded table rows or cards, not bars
            values = [_value(b, words, vertical) for b in group]
            if sum(v is not None for v in values) < MIN_BARS - 1:
                continue
            value_ids = {i for i, w in enumerate(words) for v in values if v is w}
            read = _clustered(page, group, values, words, taken | value_ids, vertical, number) or \
                _single(group, values, words, taken | value_ids, vertical, number)
            if read is None:
                continue
            rows, used = read
            ticks = _ticks(group, words, taken | value_ids | used, vertical)
            mine = value_ids | used | set(ticks)
            box = _box([words[i] for i in mine], group)
            tables.append(TableBlock(rows, box, number))
            boxes.append(box)
            taken |= mine
