"""Junk removal for scraped articles: ad slots, promos, link lists, sign-up blocks, captions.

Works on lines (paragraphs) before they are written into a Document, so removed text never
gets an offset. The phrase rules are data in models/boilerplate.txt; the structural rules
(link lists after a heading, photo captions that repeat a body sentence) live here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import models_dir

RULES_PATH = models_dir() / "boilerplate.txt"

_WS = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_BULLET = re.compile(r"^([•·▪►*–-]|\d{1,2}[.)])\s")
_CLOSERS = ".!?\"”’')]"
_SENTENCE_END = tuple(".!?:\"”’'")
_MAX_LINK_LINES = 6  # plain (unbulleted) link lines taken after a link-list heading
_MIN_CAPTION_WORDS = 5  # shorter lines are too common to call a repeat
_MIN_LONE_CAPTION_WORDS = 8  # a single copy needs more words: list items share openings
_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]")  # '[photograph]', '[Image: chart]'
_MAX_PLACEHOLDER_WORDS = 3  # longer bracketed lines are editors' notes, not picture slots
_MAX_CAPTION_WORDS = 20


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled junk rules: `drop` lines, `tails` glued after text, `header` link-list openers."""

    drop: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    header: tuple[re.Pattern[str], ...]


def normalise(line: str) -> str:
    """The line with NBSP and runs of whitespace made one space, ends stripped."""
    return _WS.sub(" ", line).strip()


def _rule_lines(path: Path, skip: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"drop": [], "tail": [], "header": []}
    current, group = "drop", ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, name = line[1:-1].partition(":")
        if line.startswith("[") and line.endswith("]") and kind in sections:
            current, group = kind, name  # '[drop:attendance]' names a group callers may skip
            continue
        if group not in skip:
            sections[current].append(line)
    return sections


@lru_cache(maxsize=8)
def load_rules(path: Path = RULES_PATH, skip: frozenset[str] = frozenset()) -> Rules:
    """Read and compile the rule file (cached), leaving out the named rule groups in `skip`."""
    sections = _rule_lines(path, skip)
    flags = re.IGNORECASE
    return Rules(
        drop=tuple(re.compile(p, flags) for p in sections["drop"] + sections["tail"]),
        tails=tuple(re.compile(f"(?:{p})$", flags) for p in sections["tail"]),
        header=tuple(re.compile(p, flags) for p in sections["header"]),
    )


def _cut_tail(line: str, rules: Rules) -> str:
    """`line` without junk glued to its end after closing punctuation ('…day."Hide Ad')."""
    for pattern in rules.tails:
        for m in pattern.finditer(line):
            head = line[:m.start()].rstrip()
            if head and head[-1] in _CLOSERS:
                return head
    return line


def strip_junk(line: str, rules: Rules | None = None) -> str:
    """The part of `line` worth keeping: '' if the line is junk, else `line` less glued junk."""
    rules = rules or load_rules()
    norm = normalise(line)
    if not norm or any(p.fullmatch(norm) for p in rules.drop):
        return ""
    kept = line.rstrip()
    for _ in range(3):  # several junk pieces may be glued in a row
        shorter = _cut_tail(kept, rules)
        if shorter == kept:
            break
        kept = shorter
    return kept


def is_link_heading(line: str, rules: Rules | None = None) -> bool:
    """True for a heading such as 'Read more:' or 'Most read' that opens a list of links."""
    rules = rules or load_rules()
    norm = normalise(line)
    return bool(norm) and any(p.fullmatch(norm) for p in rules.header)


def _looks_like_link(norm: str) -> bool:
    """A headline-like line: short and without closing sentence punctuation."""
    return len(norm.split()) <= 16 and not norm.endswith(_SENTENCE_END)


def _link_list_lines(lines: Sequence[str], rules: Rules) -> set[int]:
    """Indexes of link-list headings and of the link lines that follow them."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if not is_link_heading(lines[i], rules):
            i += 1
            continue
        out.add(i)
        plain, j = 0, i + 1
        while j < len(lines):
            norm = normalise(lines[j])
            if norm and _BULLET.match(norm):
                out.add(j)
            elif norm and _looks_like_link(norm) and plain < _MAX_LINK_LINES:
                out.add(j)
                plain += 1
            elif norm:
                break
            j += 1
        i = j
    return out


def repeat_unit(norm: str) -> str | None:
    """The text `u` when `norm` is two or more copies of `u` glued or space-joined, else None."""
    for k in (2, 3, 4):
        for sep in ("", " "):
            size, rest = divmod(len(norm) - (k - 1) * len(sep), k)
            if rest or size <= 0:
                continue
            unit = norm[:size]
            if sep.join([unit] * k) == norm and len(unit.split()) >= _MIN_CAPTION_WORDS:
                return unit
    return None


def _repeats_body(norm: str, others: Sequence[str]) -> bool:
    """True when `norm` (no closing punctuation) opens a sentence of a longer line."""
    if norm.endswith(_SENTENCE_END) or len(norm.split()) < _MIN_LONE_CAPTION_WORDS:
        return False
    pattern = re.compile(r"(?:^|[.!?]\s)" + re.escape(norm) + r"(?=[\s,.;:])")
    return any(len(o) > len(norm) and pattern.search(o) for o in others)


def caption_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of photo-caption lines that repeat a body sentence (alone or glued copies)."""
    norms = [normalise(x) for x in lines]
    units = {u for u in map(repeat_unit, norms) if u}
    out: set[int] = set()
    first = next((i for i, n in enumerate(norms) if n), -1)
    for i, norm in enumerate(norms):
        if not norm or i == first:  # the first line is the headline, never a caption
            continue
        if norm in units or repeat_unit(norm) or _repeats_body(norm, norms):
            out.add(i)
    return out


def placeholder_captions(lines: Sequence[str]) -> set[int]:
    """Indexes of caption lines right under a picture placeholder ('[photograph]' then a caption).

    A caption is short and has no closing sentence punctuation; the placeholder itself is
    dropped by the rules.
    """
    norms = [normalise(x) for x in lines]
    out: set[int] = set()
    for i in range(1, len(norms)):
        above, norm = norms[i - 1], norms[i]
        if (_PLACEHOLDER.fullmatch(above) and len(above.split()) <= _MAX_PLACEHOLDER_WORDS
                and norm and not norm.startswith("[") and not norm.endswith(_SENTENCE_END)
                and len(norm.split()) <= _MAX_CAPTION_WORDS):
            out.add(i)
    return out


def keep_lines(lines: Sequence[str], rules: Rules | None = None,
               repeats: bool = True) -> list[str]:
    """For each line, the text to write ('' drops it): junk, link lists and captions removed.

    `repeats=False` keeps lines that repeat a body sentence (in a PDF these are pull quotes,
    headings and contents entries, not photo captions).
    """
    rules = rules or load_rules()
    drop = _link_list_lines(lines, rules) | placeholder_captions(lines)
    if repeats:
        drop |= caption_lines(lines)
    return ["" if i in drop else strip_junk(line, rules) for i, line in enumerate(lines)]
