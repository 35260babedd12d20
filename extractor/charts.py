"""Charts drawn in a PDF: the numbers of an axis scale are no figures.

A bar or line chart's text comes out of a PDF as its axis ticks ('600', '400', '200', '0',
each on a line of its own, or '0 200 400 600' on one line) among the bars' value labels and
the category labels. Ticks are evenly spaced round numbers; value labels are not. Three or
more lone numbers near each other that form a run of a round step (1, 2, 2.5 or 5 times a
power of ten), in line order, are a scale.
"""

from __future__ import annotations

import re

from .numbers import parse_number

_LONE = re.compile(r"^[ \t]*(?P<num>\d[\d,]*(?:\.\d+)?)[ \t]*(?P<pct>%)?[ \t]*$")
_WINDOW = 8  # lines either side in which a scale's other ticks sit
_MIN_TICKS = 3


def _round_step(step: float) -> bool:
    """1, 2, 2.5 or 5 times a power of ten: the steps charting tools choose."""
    if step <= 0:
        return False
    power = 10 ** (len(str(int(step))) - 1) if step >= 1 else 0.1
    while step < power:
        power /= 10
    return any(abs(step - k * power) < 1e-9 for k in (1, 2, 2.5, 5, 10))


def _progression(values: list[float]) -> bool:
    """Whether the values, in order, step evenly by a round step (up or down)."""
    if len(values) < _MIN_TICKS:
        return False
    step = values[1] - values[0]
    return all(abs((b - a) - step) < 1e-9 for a, b in zip(values, values[1:])) and _round_step(abs(step))


def scale_row(values: list[float]) -> bool:
    """A line of numbers that is an axis ('0 200 400 600'), not a row of statistic cards."""
    return _progression(values)


def is_axis_tick(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a tick of an axis scale: one of a line of
    numbers stepping evenly ('0 200 400 600'), or alone on its line and, with two or more other lone numbers within `_WINDOW` lines it makes a run of a round
    step, in line order ('600' / '400' / '200' / '0', a bar's '497' label between them)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    m = _LONE.match(text[ls:le])
    if m is None:
        parts = text[ls:le].split()
        values = [parse_number(p.rstrip("%")) for p in parts]
        return len(parts) >= _MIN_TICKS and all(re.fullmatch(r"\d[\d,]*(?:\.\d+)?%?", p) for p in parts) \
            and scale_row([v for v in values if v is not None])  # '0 200 400 600' on one line
    if ls + m.start("num") != start:
        return False
    value = parse_number(m["num"])
    if value is None:
        return False
    before = text[_lines_back(text, ls, _WINDOW):ls].split("\n")[:-1] if ls else []
    after = text[le + 1:_lines_on(text, le, _WINDOW)].split("\n") if le < len(text) else []
    lones = [v for line in [*before, text[ls:le], *after]
             if (mm := _LONE.match(line)) and bool(mm["pct"]) == bool(m["pct"])
             and (v := parse_number(mm["num"])) is not None]
    # the run of a round step through this value; lone numbers off the step (a bar's value
    # label between the ticks) are passed over
    for other in lones:
        step = abs(other - value)
        if not _round_step(step):
            continue
        run = [v for v in lones if abs((v - value) / step - round((v - value) / step)) < 1e-9]
        if _progression(run):
            return True
    return False


def _lines_back(text: str, ls: int, n: int) -> int:
    """Where the n lines before the line starting at `ls` begin (only those are read)."""
    start = ls
    for _ in range(n):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _lines_on(text: str, le: int, n: int) -> int:
    """Where the n lines after the line ending at `le` end."""
    end = le
    for _ in range(n):
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            return len(text)
        end = nxt
    return end
