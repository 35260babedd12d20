"""Statistic cards, definition lists, accordions and figure captions rewritten as paragraphs.

The main-text extractor keeps paragraphs, headings, lists and tables, and drops text that sits
only in <span>s of a <div> ("<div class=stat><span>41,280</span><span>contacts received</span>"),
in <dl> term/definition pairs, in <details> accordions or in <figcaption>s. Before extraction
each such widget becomes ordinary paragraphs that read as a line of English (and a box of
facts set beside the story, an <aside> inside the article, a plain block): a card's number
followed by its label ("41,280 contacts received"), a term and its definition joined by a
colon ("Referrals: 6,932"), an accordion's summary as a heading over its body, a quotation's
<footer> as its attribution line. Navigation,
footers and comments are left as they are, for the extractor to remove.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from .pagemeta import unfold_meta_lines

# A card's headline number: '41,280', '23%', '£2.4m', '1.5 million', '97 %', '+12'
_STAT = re.compile(r"^[+\-−]?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn|million|billion|per\s*cent)?\+?$",
                   re.I)
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
               "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
               "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "summary",
               "figcaption", "dt", "dd"}
_CARD_TAGS = {"div", "li", "article", "section", "aside", "p"}
_MEDIA = ("img", "picture", "video", "iframe", "object", "embed")
_MAX_PART = 200  # characters: a card's parts are short; longer text is prose
_SPACES = re.compile(r"\s+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# class/id words of page furniture: a counter or date there is not a reported figure
_CHROME_WORDS = {"comment", "comments", "share", "social", "views", "view", "meta", "byline", "date",
                 "time", "calendar", "rating", "vote", "votes", "like", "likes", "follow", "subscribe",
                 "breadcrumb", "breadcrumbs", "nav", "menu", "footer", "cookie", "advert", "ad", "ads",
                 "promo", "related", "popular", "trending", "btn", "button", "pagination", "tags"}
_ANCESTORS = 3


def _text(el: HtmlElement) -> str:
    return _SPACES.sub(" ", el.text_content()).strip()


def _is_inline(el: HtmlElement) -> bool:
    """No block element inside: the element reads as one run of text."""
    return all(not isinstance(d.tag, str) or d.tag not in _BLOCK_TAGS for d in el.iterdescendants())


def _para(text: str, tag: str = "p") -> HtmlElement:
    p = lxml.html.Element(tag)
    p.text = text
    return p


def _replace(old: HtmlElement, new: list[HtmlElement]) -> None:
    """Put `new` where `old` was, keeping `old`'s tail text."""
    parent = old.getparent()
    if parent is None:
        return
    box = _para("", "div")
    box.extend(new)
    box.tail = old.tail
    parent.replace(old, box)


def _chrome(el: HtmlElement) -> bool:
    """Hidden, or named (class/id) as page furniture, itself or within `_ANCESTORS` levels up."""
    for i, node in enumerate([el, *el.iterancestors()]):
        if i > _ANCESTORS:
            break
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.get("hidden") is not None or "display:none" in style or node.get("aria-hidden") == "true":
            return True
        words = re.split(r"[\W_]+", f"{node.get('class') or ''} {node.get('id') or ''}".lower())
        if _CHROME_WORDS.intersection(words):
            return True
    return False


def _card_lines(parts: list[str]) -> list[str] | None:
    """A card's parts as lines: the number joined to the label after it, or to the label before
    it and the sub-line after it ('Children in care', '164', 'rate 41.6 per 10,000' reads
    'Children in care: 164 rate 41.6 per 10,000': a dashboard tile's title names what its
    number and its sub-line count)."""
    at = next((i for i, t in enumerate(parts) if _STAT.match(t) and not _YEAR.match(t)), None)
    if at is None:
        return None
    if at > 0:
        tail = f" {parts[at + 1]}" if at + 1 < len(parts) else ""
        return parts[:at - 1] + [f"{parts[at - 1]}: {parts[at]}{tail}"] + parts[at + 2:]
    return [f"{parts[0]} {parts[1]}", *parts[2:]]  # at == 0: a card has two parts or more


def _cards(root: HtmlElement) -> None:
    """Each element made of two or more short inline parts, one a bare number, becomes lines."""
    for el in list(root.iter(*_CARD_TAGS)):
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) < 2 or (el.text or "").strip() or any((k.tail or "").strip() for k in kids):
            continue
        if not all(_is_inline(k) for k in kids) or any(True for _ in el.iter("a", "button")):
            continue  # a linked item is a menu or 'most read' entry, not a reported figure
        if any(True for _ in el.iter("table", "tr", "svg", "{http://www.w3.org/2000/svg}svg")):
            continue  # a table's rows or a chart's axis are no card's label and number
        if any(_chrome(k) for k in kids) or _chrome(el):
            continue
        parts = [t for t in (_text(k) for k in kids) if t]
        if len(parts) < 2 or any(len(t) > _MAX_PART for t in parts):
            continue
        lines = _card_lines(parts)
        if lines:
            _replace(el, [_para(t) for t in lines])


def _definitions(root: HtmlElement) -> None:
    """<dl>: each term with its definitions as 'term: definition' lines."""
    for dl in list(root.iter("dl")):
        lines: list[HtmlElement] = []
        term = ""
        for kid in dl:
            if kid.tag == "dt":
                if term:
                    lines.append(_para(term))
                term = _text(kid)
            elif kid.tag == "dd":
                text = _text(kid)
                if term and _is_inline(kid):
                    lines.append(_para(f"{term}: {text}" if text else term))
                else:
                    if term:
                        lines.append(_para(term))
                    kid.tag = "div"
                    lines.append(kid)
                term = ""
        if term:
            lines.append(_para(term))
        _replace(dl, lines)


def _accordions(root: HtmlElement) -> None:
    """<details> opens: its <summary> is a heading over its body."""
    for el in list(root.iter("details", "summary")):
        el.tag = "div" if el.tag == "details" else "h3"


# a list of three or more values set apart by commas: '97, 104, 108, 119', '12%, 15%, 19%', '4,102, 4,388, 4,210'
_LISTED = r"£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"
_VALUE_LIST = re.compile(rf"(?<![\w.,]){_LISTED}(?:,\s+{_LISTED}){{2,}}(?!\w)")


def _captions(root: HtmlElement) -> None:
    """A figure of text (a quotation, a table, a chart's numbers) and its caption become
    paragraphs; a photograph's caption is left to the extractor, which drops it, unless it
    lists a chart's values ('... at each quarter end: 97, 104, 108, 119'): the chart's data."""
    for fig in list(root.iter("figure")):
        if any(True for _ in fig.iter(*_MEDIA)) and \
                not any(_VALUE_LIST.search(_text(cap)) for cap in fig.iter("figcaption")):
            continue
        fig.tag = "div"
        for cap in fig.iter("figcaption"):
            cap.tag = "p"


def _attributions(root: HtmlElement) -> None:
    """A <footer> inside a <blockquote> is the quotation's attribution line ('— Name, Role'),
    not the page's footer: a paragraph, so the speaker stays with the quote. So is a <cite>
    set as a block of the quotation, under its words ('— Dad of three, Kirkby'), which the
    article extractor would drop as an inline citation with no paragraph of its own."""
    for quote in list(root.iter("blockquote")):
        for foot in quote.iter("footer"):
            foot.tag = "p"
        for cite in quote.findall("cite"):
            cite.tag = "p"
        _wrap_loose_words(quote)


def _wrap_loose_words(quote: HtmlElement) -> None:
    """A quotation's words written straight inside the <blockquote>, before a block of its
    own ('<blockquote>“…”<cite>Parent, Fareham</cite>'): a paragraph of their own, which the
    article extractor would otherwise drop as stray text beside a block."""
    children = list(quote)
    first_block = next((i for i, c in enumerate(children) if c.tag in _BLOCK_TAGS), None)
    if first_block is None or not ((quote.text or "").strip()
                                   or any((c.text or c.tail or "").strip() for c in children[:first_block])):
        return
    para = lxml.html.Element("p")
    para.text, quote.text = quote.text, None
    for child in children[:first_block]:
        quote.remove(child)  # (its tail goes with it)
        para.append(child)
    quote.insert(0, para)


# an aside of other stories, named by its class or its title
_SIDEBAR_WORDS = {"read", "most", "more", "latest", "sidebar", "opinion", "elsewhere", "stories", "news",
                  "teaser", "recommended", "recirculation", "outbrain", "taboola", "newsletter", "signup"}
_SIDEBAR_TITLE = re.compile(r"^\s*(?:most\s+(?:read|popular|viewed|shared|commented)|related|more\b|read\s+more|"
                            r"trending|elsewhere|latest|top\s+stories|you\s+may|also\s+on|comments?\b|"
                            r"advertisement|sponsored|popular|in\s+other\s+news|what\s+to\s+read)", re.I)


def _move_to_end(el: HtmlElement, target: HtmlElement) -> None:
    """Move `el` to the end of `target`, leaving its tail text where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if (el.tail or "").strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    el.tail = None
    parent.remove(el)
    target.append(el)


def _link_share(el: HtmlElement) -> float:
    text = len(_text(el)) or 1
    return sum(len(_text(a)) for a in el.iter("a")) / text


_PULL_WORDS = 6  # words of a pull quote looked for in the story around it
_SIGN_WORDS = 14  # words of the line that signs a pull quote


def _own_words(aside: HtmlElement, ancestors: list[HtmlElement]) -> bool:
    """Whether a pull quote is signed on a line of its own under it and its words are said
    nowhere else in the story that holds it (its first words are not in the story's text
    without the aside): then it is the only place the story gives them."""
    story = next((a for a in ancestors if a.tag in ("article", "main")), None)
    words = re.findall(r"\w+", _text(aside).lower())[:_PULL_WORDS]
    blocks = [b for b in aside.iter("p", "cite", "footer", "figcaption", "span", "div") if _text(b)]
    sign = _text(blocks[-1]) if len(blocks) >= 2 else ""
    if story is None or len(words) < _PULL_WORDS or _text(aside)[:1] not in "\"\u201c\u2018" \
            or not sign or len(sign.split()) > _SIGN_WORDS or sign[-1:] in ".!?\"\u201d" \
            or sign[:1] in "\"\u201c\u2018":
        return False  # only a quote signed on a line of its own ('Ann Lee, Named Nurse')
    inside = _text(aside)
    rest = " ".join(re.findall(r"\w+", _text(story).replace(inside, " ").lower()))
    return " ".join(words) not in rest


def _asides(root: HtmlElement) -> None:
    """A box set beside the story inside the article ('Key facts', 'At a glance': its numbers
    are the story's) becomes a plain block; a sidebar of links, a box of page furniture
    (share, related, most read) or one without a number stays an aside, which the extractor
    drops."""
    for el in list(root.iter("aside")):
        ancestors = list(el.iterancestors())
        if not any(a.tag in ("article", "main") for a in ancestors):
            continue
        if _chrome(el) or _link_share(el) > 0.3:
            continue
        if any(True for _ in el.iter("blockquote")) or "quote" in (el.get("class") or "").lower():
            if _own_words(el, ancestors):
                el.tag = "div"  # words said nowhere else in the story, signed under them
                for sign in list(el.iter("cite", "footer")):
                    sign.tag = "p"  # (the signature a paragraph of its own, under the words)
            continue  # a pull quote that repeats the story's words stays an aside
        if not re.search(r"\d", _text(el)):
            continue
        words = set(re.split(r"[\W_]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        if words & _SIDEBAR_WORDS or _SIDEBAR_TITLE.match(_text(el)):
            continue  # 'Most read', 'More opinion', 'Trending in Medway': other stories
        el.tag = "div"
        main = next((a for a in ancestors if a.tag == "main"), None)
        articles = list(main.iter("article")) if main is not None else []
        if not any(a.tag == "article" for a in ancestors) and len(articles) == 1:
            _move_to_end(el, articles[0])  # the box beside the one story is read after it


_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}


def _table_titles(root: HtmlElement) -> None:
    """A table without a <caption> right under a heading ('4. Categories of abuse'): the
    heading becomes its caption, so the extractor keeps it with the table (it may drop a short
    heading it takes for a section title) and the table's reading finds what its cells count."""
    for table in list(root.iter("table")):
        head = table.getprevious()
        if head is None or not isinstance(head.tag, str) or head.tag not in _HEADINGS or \
                table.find("caption") is not None or not _is_inline(head) or len(_text(head)) > _MAX_PART:
            continue
        caption = _para(_text(head), "caption")
        table.insert(0, caption)
        _replace(head, [])


def unfold(root: HtmlElement) -> HtmlElement:
    """Rewrite `root`'s widgets as paragraphs in place (see the module docstring); returns it."""
    unfold_meta_lines(root)
    _table_titles(root)
    _asides(root)
    _attributions(root)
    _accordions(root)
    _captions(root)
    _definitions(root)
    _cards(root)
    return root


def unfold_html(html: str) -> str:
    """`html` with its widgets rewritten as paragraphs; unchanged when it does not parse."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    return etree.tostring(unfold(root), encoding="unicode", method="html")
