"""PDF page columns: the gutters between text columns and the reading order they give.

A gutter is a vertical strip that the page's text lines stop short of on both sides. Lines
set across the whole page (a title, a dateline, a row of statistic cards, a running footer)
cross it at scattered places, or happen to break at it with a word space; they are read where
they stand, and the text between two of them column by column. A page of three or four
columns is found one gutter at a time: the page is split at the first gutter and each side is
asked again.
"""

from __future__ import annotations

from .pdf_layout import Line, PageLayout, TableBlock, Word

MAX_DEPTH = 2        # a side is asked again at most this many times (at most four columns)
WIDE = 0.9           # a gap of this many median font sizes parts two columns (not a word space)
MAX_CROSSING = 0.35  # share of lines that may cross a gutter (full-width lines)
TAIL_GAP = 2.0       # a gap of this many font sizes sets a column's last lines apart
TAIL_LINES = 3       # ... as the caption or heading of the item across the columns below

_PUNCT = ".,;:!?()[]\"'“”‘’"  # around a word of running text

Item = Line | TableBlock


def _wide(rows: list[Line]) -> float:
    sizes = sorted(w.size for r in rows for w in r.words)
    return WIDE * sizes[len(sizes) // 2] if sizes else 0.0


def gutters(layout: PageLayout) -> list[float]:
    """x of every gutter between text columns, left to right (empty for one column)."""
    if not layout.rows:
        return []
    return _gutters(layout, layout.rows, None, _wide(layout.rows), MAX_DEPTH)


def _gutters(layout: PageLayout, rows: list[Line], side: tuple[float, float] | None,
             wide: float, depth: int) -> list[float]:
    """The gutters of the page (side None) or of one side of a gutter already found."""
    g = _gutter(layout, rows, side, wide)
    if g is None:
        return []
    if depth == 0:
        return [g]
    left, right = _part(rows, None, g), _part(rows, g, None)
    x0 = min(r.x0 for r in rows)
    x1 = max(r.x1 for r in rows)
    return (_gutters(layout, left, (x0, g), wide, depth - 1) + [g]
            + _gutters(layout, right, (g, x1), wide, depth - 1))


def _part(rows: list[Line], x0: float | None, x1: float | None) -> list[Line]:
    """The rows cut to the words lying wholly between x0 and x1 (None: no bound)."""
    out = []
    for r in rows:
        words = [w for w in r.words if (x0 is None or w.x0 >= x0) and (x1 is None or w.x1 <= x1)]
        if words:
            out.append(Line(words, r.page))
    return out


def _gutter(layout: PageLayout, rows: list[Line], side: tuple[float, float] | None,
            wide: float) -> float | None:
    """x of the gutter between two columns of `rows`, or None. Where the lines as a whole show
    no gutter, the lines that break at a wide gap (columns sharing a baseline) are asked again,
    with running text needed on both sides."""
    g = _gutter_of(layout, rows, side, wide)
    if g is not None:
        return g
    split = [r for r in rows if any(b.x0 - a.x1 >= wide for a, b in zip(r.words, r.words[1:]))]
    if len(split) < 8:
        return None
    # a card or caption over the gutter still covers it on a few of these rows
    g = _gutter_of(layout, split, side, wide, slack=max(2, len(split) // 6))
    return g if g is not None and _is_columns(rows, g, wide, prose=True) else None


def _coverage(layout: PageLayout, words: list[Word]) -> list[int]:
    """How many words cover each whole x of the page."""
    width = int(layout.width) + 2
    diff = [0] * (width + 1)
    for w in words:
        # clamped: words can sit off the page (a page box lost in a damaged file)
        diff[min(width, max(0, int(w.x0)))] += 1
        diff[max(0, min(width, int(w.x1) + 1))] -= 1
    cov, run = [], 0
    for d in diff[:width]:
        run += d
        cov.append(run)
    return cov


def _gutter_of(layout: PageLayout, rows: list[Line], side: tuple[float, float] | None,
               wide: float, slack: int = 0) -> float | None:
    words = [w for r in rows for w in r.words]
    if len(words) < 60 or len(rows) < 8:
        return None
    cov = _coverage(layout, words)
    # the middle of the page, then the middle of the text's extent (text set on part of a
    # wide page: an empty margin must not pass for the gutter); on one side of a gutter, the
    # middle of that side, with running text needed on both sides
    x_min, x_max = min(w.x0 for w in words), max(w.x1 for w in words)
    extent = (int(x_min + 0.3 * (x_max - x_min)), int(x_min + 0.7 * (x_max - x_min)))
    ranges = [(extent, True)]
    if side is None:
        ranges = [((int(layout.width * 0.3), int(layout.width * 0.7)), False)]
        if x_max - x_min < 0.75 * layout.width:
            ranges.append((extent, True))
    for (lo, hi), prose in ranges:
        lo, hi = max(0, lo), min(len(cov), hi)
        if hi <= lo:
            continue
        best = min(cov[lo:hi])
        # a line or two set across the page can leave the emptiest strip too narrow: a few
        # more lines over it are let in, one at a time (the columns check counts them all),
        # with running text then needed on both sides
        for extra in range(slack, slack + max(2, len(rows) // 10) + 1):
            g = _widest_run_centre([x for x in range(lo, hi) if cov[x] <= best + extra])
            if g is not None:
                break
        if g is not None and _is_columns(rows, g, wide, prose=prose or extra > slack):
            return g
    return None


def _widest_run_centre(xs: list[int], min_width: int = 5) -> float | None:
    """Centre of the widest run of consecutive integers in `xs` (at least `min_width` long)."""
    runs: list[list[int]] = []
    for x in xs:
        if runs and x == runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    if not runs:
        return None
    a, b = max(runs, key=lambda r: r[1] - r[0])  # the first of the widest
    return (a + b) / 2 if b - a + 1 >= min_width else None


def _prose(lines: list[Line]) -> float:
    """Share of lines with three or more words of letters (running text, not table cells)."""
    return sum(sum(w.text.strip(_PUNCT).isalpha() for w in ln.words) >= 3
               for ln in lines) / max(1, len(lines))


def _is_columns(rows: list[Line], g: float, wide: float, prose: bool = False) -> bool:
    """Few rows cross the gutter, both sides hold text, rows split at it by a wide gap.

    A wide gap (about a font size, several word spaces) tells a column gutter from word
    spaces that happen to line up; a filled left column tells columns from label/value forms.
    A full-width line that happens to break at the gutter with a word space crosses it too,
    as long as such lines are few beside the lines that split at a wide gap.
    """
    left: list[Line] = []
    right: list[Line] = []
    gaps: list[float] = []
    crossing = narrow = 0
    for r in rows:
        if any(w.x0 < g < w.x1 for w in r.words):
            crossing += 1
            continue
        ll = [w for w in r.words if w.x1 <= g]
        rl = [w for w in r.words if w.x0 >= g]
        if ll and rl:
            if _narrow(ll[-1], rl[0], wide):
                narrow += 1
                continue
            gaps.append(rl[0].x0 - ll[-1].x1)
        left += [Line(ll, r.page)] if ll else []
        right += [Line(rl, r.page)] if rl else []
    if crossing + narrow > MAX_CROSSING * len(rows) or len(left) < 4 or len(right) < 4:
        return False
    if len(gaps) < 3:
        # columns set on staggered baselines rarely share a row: the gap between the columns'
        # edges stands in for the gaps within rows
        if min(ln.x0 for ln in right) - max(ln.x1 for ln in left) < wide:
            return False
        prose = True
    elif narrow > max(2, len(gaps) // 3):
        return False  # word spaces lining up: the lines run on across the gap
    if prose and min(_prose(left), _prose(right)) < 0.5:
        return False  # the weaker evidence needs running text on both sides
    return _fill(left, g) >= 0.6


def _narrow(a: Word, b: Word, wide: float) -> bool:
    """`b` follows `a` on a line by no more than a word space of their type (or of the page's
    body type): one line, not two columns."""
    return b.x0 - a.x1 < max(wide, WIDE * max(a.size, b.size))


def _fill(lines: list[Line], right_edge: float | None) -> float:
    """Median share of the column width that its lines cover (low for label/value forms)."""
    x0 = min(ln.x0 for ln in lines)
    x1 = right_edge if right_edge is not None else max(ln.x1 for ln in lines)
    span = max(1.0, x1 - x0)
    fills = sorted((ln.x1 - x0) / span for ln in lines)
    return fills[len(fills) // 2]


def reading_order(layout: PageLayout) -> list[list[Item]]:
    """The page's items as runs in reading order; a new run starts where the flow jumps.

    On a page of columns, full-width items (title, wide tables, a row of statistic cards)
    stay in place and the text between two of them is read column by column, left to right.
    """
    gs = gutters(layout)
    items: list[Item] = sorted([*layout.rows, *layout.tables], key=lambda i: i.top)
    if not gs:
        return [items] if items else []
    wide = _wide(layout.rows)
    pieces = {id(it): _pieces(it, gs, wide) for it in items}
    for strip in {it.strip for it in layout.rows if it.strip is not None}:
        # a row of statistic cards is read as one strip where it stands, unless each of its
        # cards sits in a column of its own (the first lines of the columns below)
        cards = [it for it in layout.rows if it.strip == strip]
        where = [k for c in cards for k, _ in pieces[id(c)] or [(-1, c)]]
        if len(where) > len(set(where)) > 1 or -1 in where:
            pieces.update((id(c), None) for c in cards)
    runs: list[list[Item]] = []
    cols: list[list[Item]] = [[] for _ in range(len(gs) + 1)]
    span: list[Item] = []
    for it in items:
        cut = pieces[id(it)]
        if cut is None:
            runs += _columns_read(cols, before_span=True)
            cols = [[] for _ in cols]
            span.append(it)
            continue
        if span:
            runs.append(span)
            span = []
        for k, piece in cut:
            cols[k].append(piece)
    runs += [span] if span else _columns_read(cols, before_span=False)
    return runs


def _columns_read(cols: list[list[Item]], before_span: bool) -> list[list[Item]]:
    """The columns one after another. Before an item across the columns (a table), the last
    few lines that one column holds below a wide gap and below the end of every other column
    are read after the columns: the caption or heading of that item, set on one side only."""
    tails: list[Item] = []
    heads: list[list[Item]] = []
    for k, col in enumerate(cols):
        others = [it.bbox[3] if isinstance(it, TableBlock) else it.bottom
                  for j, c in enumerate(cols) if j != k for it in c]
        cut = len(col)
        if others and before_span:
            floor = max(others)
            for i in range(max(1, len(col) - TAIL_LINES), len(col)):
                if col[i].top >= floor and _gap(col[i - 1], col[i]) > TAIL_GAP * _size(col[i - 1]):
                    cut = i
                    break
        heads.append(col[:cut])
        tails += col[cut:]
    return [c for c in heads if c] + ([sorted(tails, key=lambda it: it.top)] if tails else [])


def _gap(a: Item, b: Item) -> float:
    return b.top - (a.bbox[3] if isinstance(a, TableBlock) else a.bottom)


def _size(it: Item) -> float:
    return (it.size if isinstance(it, Line) else 0.0) or 10.0


def _pieces(it: Item, gs: list[float], wide: float) -> list[tuple[int, Item]] | None:
    """The item cut at the gutters, each piece with its column; None for an item that spans
    (it crosses a gutter, or breaks at one with no more than a word space)."""
    if isinstance(it, TableBlock):
        if any(it.x0 < g < it.x1 for g in gs):
            return None
        return [(sum(g <= it.x0 for g in gs), it)]
    if any(w.x0 < g < w.x1 for w in it.words for g in gs):
        return None
    groups: dict[int, list[Word]] = {}
    for w in it.words:
        groups.setdefault(sum(g <= w.x0 for g in gs), []).append(w)
    keys = sorted(groups)
    if any(_narrow(groups[a][-1], groups[b][0], wide) for a, b in zip(keys, keys[1:])):
        return None
    if len(keys) == 1:
        return [(keys[0], it)]
    return [(k, Line(groups[k], it.page)) for k in keys]
