"""A content frame for pages that have none, so the extractor reads them as a reader does.

The main-text extractor looks for the article's container (an <article>, a <main>, or a block
whose class or id names the content: 'entry-content', 'story-body', 'main'...). Inside one it
keeps paragraphs, headings, lists and tables, and prunes navigation, footers, link-heavy lists
and blocks named as furniture. On a page without one (a board paper, a council statistics page
written as plain <body> markup) it falls back to recovering loose paragraphs and tables only:
section headings, the bullet list of a 'Summary' or 'Key facts' box and any list of figures
are lost. Such a page is read a second time with its <body> content inside one <main>, so the
container reading runs on it; of that reading only the stretch from the first to the last block
the loose reading also found is kept (`within`), so a masthead, breadcrumb, category menu or
footer address around the article stays out.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.xpaths import BODY_XPATH

B = TypeVar("B", bound=Hashable)


def has_frame(root: HtmlElement) -> bool:
    """True when the extractor finds a content container on the page."""
    return any(bool(expr(root)) for expr in BODY_XPATH)


def framed_html(html: str) -> str | None:
    """`html` with its <body> content inside one <main>; None when the page already has a
    container (or does not parse)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    body = root.find("body")
    if body is None or has_frame(root):
        return None
    main = lxml.html.Element("main")
    main.text, body.text = body.text, None
    main.extend(list(body))
    body.append(main)
    return etree.tostring(root, encoding="unicode", method="html")


def within(framed: Sequence[B], loose: Sequence[B]) -> list[B] | None:
    """The framed reading's blocks from the first to the last that the loose reading has, when
    that stretch holds every loose block (else None: the two readings disagree)."""
    found = set(loose)
    at = [i for i, block in enumerate(framed) if block in found]
    if not at:
        return None
    span = list(framed[at[0]:at[-1] + 1])
    return span if found <= set(span) else None
