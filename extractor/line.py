"""Line: the line of a text that holds a position, for rules that read a whole line
(a footer, a heading, a byline, a file's description)."""

from __future__ import annotations


def line_of(text: str, start: int) -> tuple[int, str]:
    """(where the line starts, the line) for the line of `text` holding offset `start`."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    return ls, text[ls:le if le >= 0 else len(text)]
