"""Regexes that scan a whole text faster and match exactly as they did.

Python's engine tries a pattern at every position of a text. A pattern that opens with a
literal or a plain character class is skipped ahead to the next position that can start it;
one that opens with a group, an optional part or an alternation of words is not.

- `alternation(words)` writes an alternation of many words as a tree of their shared
  beginnings: `"seventeen|seventy|seven|six"` tests each word in turn at a letter, the tree
  `"s(?:even(?:t(?:een|y))?|ix)"` each letter once.
- `prefiltered(pattern)` puts a lookahead on the characters the pattern can start with in front
  of it, so every other position fails at once.
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _parse  # type: ignore[attr-defined]
from typing import Any

_Tree = dict[str, "_Tree"]


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex (no group around it) matching any of `words` as `'|'.join` of them, longest first
    where one begins another, does, and backtracking through them in that order: of two words
    only one that begins the other can match where the other does, and the tree tries a word's
    longer continuations before the word alone."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Tree) -> str:
        kids = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        if "" in node:
            return "(?:" + "|".join(kids) + ")?"
        return kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"

    return emit(tree)


class _Unknown(Exception):
    """A construct whose first characters are not worked out (the pattern stays as it is)."""


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def _first(items: list[tuple[Any, Any]], flags: int) -> tuple[set[str], bool]:
    """The class items a match of `items` can start with, and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        first, empty = _first_of(op, av, flags)
        out |= first
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, flags: int) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _sre.IN:
        items = set()
        for o, a in av:
            if o is _sre.LITERAL:
                items.add(re.escape(chr(a)))
            elif o is _sre.RANGE:
                items.add(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
            elif o is _sre.CATEGORY and a in _CATEGORIES:
                items.add(_CATEGORIES[a])
            else:  # a negated class, ...
                raise _Unknown(o)
        return items, False
    if op is _sre.SUBPATTERN:
        _group, add, _delete, sub = av
        if add & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown(op)  # '(?i:...)': the lookahead would read its letters in one case
        return _first(sub.data, flags)
    if op is _sre.ATOMIC_GROUP:
        return _first(av.data, flags)
    if op is _sre.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            first, alt_empty = _first(alt.data, flags)
            out |= first
            empty = empty or alt_empty
        return out, empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        first, empty = _first(sub.data, flags)
        return first, empty or low == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # an anchor or a lookaround reads no character
    raise _Unknown(op)  # any character, a back reference, ...


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead on the characters its matches can start with (the same
    matches, found faster); `pattern` itself when that set is not known or a match can be
    empty."""
    try:
        first, empty = _first(_parse.parse(pattern.pattern, pattern.flags).data, pattern.flags)
    except _Unknown:
        return pattern
    if empty or not first:
        return pattern
    return re.compile("(?=[" + "".join(sorted(first)) + "])" + pattern.pattern, pattern.flags)
