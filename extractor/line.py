"""Line: the line of a text that holds a position, for rules that read a whole line
(a footer, a heading, a byline, a file's description)."""

from __future__ import annotations


def line_of(text: str, start: int) -> tuple[int, str]:
    """(where the line starts, the line) for the line of `text` holding offset `start`."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    return ls, text[ls:le if le >= 0 else len(text)]


# the shortest line a wrapped paragraph breaks after (a table row or a list item is shorter)
_WRAP_WIDTH = 40


def wrapped(text: str, newline: int) -> bool:
    """Whether the newline at offset `newline` only wraps running prose: the line before it is a
    full line of text not ending its sentence, and the line after goes on in lower case ('below
    the England\\naverage of 64', 'has published 2 local\\nchild safeguarding practice reviews')."""
    ls, line = line_of(text, newline - 1) if newline > 0 else (0, "")
    before, after = line.rstrip(), text[newline + 1:newline + 3]
    return len(before) >= _WRAP_WIDTH and before[-1:] not in ".:;!?" and after[:1].islower()


def hard_break_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a newline that breaks lines (not one that wraps prose)."""
    i = text.find("\n", start, end)
    while i >= 0:
        if not wrapped(text, i):
            return True
        i = text.find("\n", i + 1, end)
    return False
