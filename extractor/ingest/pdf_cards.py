"""Rows of statistic cards on a PDF page printed from HTML: a row of two to six headline numbers,
each over its label in smaller type ('6,812' over 'contacts received by the front door'). Read
row by row, the numbers come out as one line and the labels as another, run together across
the cards; each card is rewritten as one line of its own, its number then its label."""

from __future__ import annotations

import re

from .cards import _STAT
from .pdf_layout import Line, Word

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MAX_LABEL_ROWS = 3


def _numbers(row: Line) -> bool:
    """Two to six headline numbers and nothing else, far apart (each in its own card)."""
    ws = row.words
    if not 2 <= len(ws) <= 6 or not all(_STAT.match(w.text) and not _YEAR.match(w.text) for w in ws):
        return False
    return all(b.x0 - a.x1 >= 2 * a.size for a, b in zip(ws, ws[1:]))


def _label_rows(rows: list[Line], i: int) -> list[Line]:
    """The rows just below the numbers in smaller type, each made of words."""
    head = rows[i]
    out: list[Line] = []
    last = head
    for row in rows[i + 1:i + 1 + _MAX_LABEL_ROWS]:
        if row.size > 0.8 * head.size or row.top - last.bottom > 1.2 * row.size:
            break
        if not any(re.search(r"[A-Za-z]{3,}", w.text) for w in row.words):
            break
        if not all(_inside_a_card(seg, head.words) for seg in _segments(row)):
            break  # text running across the cards' edges: the page's columns below them
        out.append(row)
        last = row
    return out


def _segments(row: Line) -> list[list[Word]]:
    """A label row cut at the gaps between cards (wider than two letters' height)."""
    segs: list[list[Word]] = [[row.words[0]]]
    for a, b in zip(row.words, row.words[1:]):
        if b.x0 - a.x1 >= 2 * a.size:
            segs.append([b])
        else:
            segs[-1].append(b)
    return segs


def _inside_a_card(seg: list[Word], numbers: list[Word]) -> bool:
    """A label stays in its own card: it ends before the next card's number begins, starts
    after the previous card's number ends, and is set flush with its number (left, centre or
    right), not a line of text running under the card from further left."""
    k = _card_of(seg, numbers)
    after_previous = k == 0 or seg[0].x0 > numbers[k - 1].x1
    before_next = k == len(numbers) - 1 or seg[-1].x1 < numbers[k + 1].x0
    n, tol = numbers[k], 0.5 * numbers[k].size
    aligned = min(abs(seg[0].x0 - n.x0), abs(seg[-1].x1 - n.x1),
                  abs(seg[0].x0 + seg[-1].x1 - n.x0 - n.x1) / 2) <= tol
    return after_previous and before_next and aligned


def _card_of(seg: list[Word], numbers: list[Word]) -> int:
    """The card a label segment sits in: the number it overlaps, else the nearest."""
    x0, x1 = seg[0].x0, seg[-1].x1

    def distance(n: Word) -> float:
        return max(0.0, n.x0 - x1, x0 - n.x1)
    return min(range(len(numbers)), key=lambda k: (distance(numbers[k]), abs(numbers[k].x0 - x0)))


def card_lines(rows: list[Line]) -> list[Line]:
    """The page's rows with each row of cards rewritten as one line per card."""
    out: list[Line] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        labels = _label_rows(rows, i) if _numbers(row) else []
        cards: list[list[Word]] = [[n] for n in row.words]
        ok = bool(labels)
        for label in labels:
            segs = _segments(label)
            if len(segs) > len(row.words):
                ok = False
                break
            for seg in segs:
                cards[_card_of(seg, row.words)] += seg
        if not ok or sum(len(c) > 1 for c in cards) * 2 < len(cards):
            out.append(row)
            i += 1
            continue
        out += [Line(c, row.page, strip=i) for c in cards]
        i += 1 + len(labels)
    return out
