"""A news page's own metadata: its date, and the short lines under its headline.

The date (`page_date`) is the page's own statement of when it was published, in this order:
machine-readable published dates (<meta property="article:published_time">, Dublin Core and
similar <meta> names, JSON-LD "datePublished", an element marked itemprop="datePublished"),
then modified dates (the same places, "dateModified"), then the first <time datetime> in the
page's body, then a visible 'Published 3 March 2026' line, then a visible 'Updated …' or
'Last updated …' line. A date read from a URL or a file name ('report-2026-27.xlsx') is
never the page's date: those name what a link points at.

The lines under the headline (`unfold_meta_lines`): a dateline, 'Published …', 'Updated …',
a period statement ('Quarter 2 2026/27 (July to September 2026)') or a byline set right under
the <h1>, in an element the main-text extractor drops by its class ('meta', 'byline',
'date', 'timestamp'), is rewritten as a plain paragraph so it reaches the text. Navigation,
cookie banners, sharing and 'related' blocks are left as they are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# a date as a page writes it: '3 March 2026', '3rd March, 2026', 'March 3, 2026', '03/03/2026',
# '2026-03-03', 'March 2026' (its first day)
_DATE = (rf"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
         rf"|(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
         r"|(?P<d3>[0-3]?\d)/(?P<m3>[01]?\d)/(?P<y3>(?:19|20)\d\d)"
         r"|(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)"
         rf"|(?P<m5>{_MONTH}),?\s+(?P<y5>(?:19|20)\d\d))")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"
# a label opens the line or a part of it ('… · Published 3 March 2026', 'This page was last
# updated on …'), not a cited source's date in the middle of a sentence ('(published March 2026)')
_LABEL_AT = r"(?:^(?:[\w'-]+\s+){0,4}|[·|•;,]\s*)"
_PUBLISHED_LINE = re.compile(
    rf"(?i){_LABEL_AT}(?:first\s+)?(?:published|posted|issued|released|generated|produced|answered|date\s+published)(?:\s+on)?\s*:?\s*"
    rf"{_WEEKDAY}{_DATE}")
_UPDATED_LINE = re.compile(
    rf"(?i){_LABEL_AT}(?:last\s+)?(?:updated|modified|reviewed)(?:\s+on)?\s*:?\s*{_WEEKDAY}{_DATE}")
_ISO = re.compile(r"^\s*((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_DATE_RX = re.compile(_DATE, re.I)

# <meta> names (property, name or itemprop, lower-cased) of a page's published and modified dates
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time",
                   "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                   "dcterms.created", "dc.date.created", "citation_publication_date",
                   "citation_date", "publication_date", "publish-date", "publish_date",
                   "published_time", "pubdate", "parsely-pub-date", "sailthru.date", "date")
_MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time",
                  "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
                  "modified_time", "revised")
# elements whose dates are not the page's: navigation, page footer, asides, comments
_OFF_PAGE = ("nav", "footer", "aside")
_OFF_WORDS = {"nav", "menu", "footer", "cookie", "cookies", "consent", "banner", "related",
              "share", "social", "comment", "comments", "promo", "advert", "breadcrumb",
              "breadcrumbs", "sidebar", "newsletter", "popular", "trending", "subscribe"}


def _iso(value: str | None) -> str | None:
    """'YYYY-MM-DD' of a date value (ISO, or as a page writes it); None when it is no date."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m2 = _DATE_RX.search(value)
        if not m2 or m2.start() > 20:
            return None
        g = m2.groupdict()
        y = int(g["y1"] or g["y2"] or g["y3"] or g["y4"] or g["y5"])
        d = int(g["d1"] or g["d2"] or g["d3"] or g["d4"] or 1)
        raw_month = g["m1"] or g["m2"] or g["m3"] or g["m4"] or g["m5"]
        mo = int(raw_month) if raw_month.isdigit() else \
            next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(raw_month.lower()[:3]))
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _words(el: HtmlElement) -> set[str]:
    return set(re.split(r"[\W_]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower()))


def _off_page(el: HtmlElement, footer: bool = False) -> bool:
    """Inside navigation, a page footer, an aside, or a block named as such (cookie, related);
    `footer`: a page footer is the page's ('Page last reviewed: …')."""
    off_tags = {"nav", "aside"} if footer else set(_OFF_PAGE)
    off_words = _OFF_WORDS - {"footer"} if footer else _OFF_WORDS
    for node in [el, *el.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        if node.tag in off_tags or off_words & _words(node):
            return True
    return False


def _meta_dates(tree: HtmlElement, names: tuple[str, ...]) -> Iterator[str | None]:
    found: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key in names and key not in found and m.get("content"):
            found[key] = m.get("content") or ""
    for key in names:
        yield _iso(found.get(key))


def _json_ld(tree: HtmlElement) -> list[object]:
    out: list[object] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            out.append(json.loads(script.text or ""))
        except ValueError:
            continue
    return out


def _ld_values(data: object, key: str) -> Iterator[str]:
    """Every string under `key` in the JSON-LD data, depth first."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_values(item, key)
    elif isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for k, v in data.items():
            if k != key and isinstance(v, (dict, list)):
                yield from _ld_values(v, key)


def _itemprop(tree: HtmlElement, prop: str) -> Iterator[str | None]:
    for el in tree.xpath(f"//*[@itemprop='{prop}']"):
        yield _iso(el.get("datetime") or el.get("content") or el.text_content())


def _visible_lines(tree: HtmlElement) -> Iterator[str]:
    """The page body's text, one block element at a time (navigation and footers left out)."""
    body = tree.find("body")
    if body is None:
        return
    for el in body.iter("p", "div", "span", "time", "li", "dt", "dd", "tr", "small", "header",
                       "section"):
        if any(isinstance(k.tag, str) and k.tag in ("p", "div", "section", "ul", "table")
               for k in el):
            continue  # a container: its blocks are read one by one
        text = " ".join(el.text_content().split())
        label = el.getnext() if el.tag == "dt" else None
        if label is not None and label.tag == "dd":  # a term and its value: 'Answered on | 3 May'
            text = f"{text} {' '.join(label.text_content().split())}"
        if text and len(text) <= 300 and not _off_page(el, footer=True):
            yield text


def page_date(html: str) -> str | None:
    """The page's own date as 'YYYY-MM-DD' (see the module docstring), or None."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    ld = _json_ld(tree)
    for key, names in (("datePublished", _PUBLISHED_META), ("dateModified", _MODIFIED_META)):
        candidates: list[str | None] = [*_meta_dates(tree, names)]
        candidates += [_iso(v) for v in _ld_values(ld, key)]
        candidates += [*_itemprop(tree, key)]
        found = next((c for c in candidates if c), None)
        if found:
            return found
    for t in tree.iter("time"):
        if t.get("datetime") and not _off_page(t):
            found = _iso(t.get("datetime"))
            if found:
                return found
    lines = list(_visible_lines(tree))
    for rx in (_PUBLISHED_LINE, _UPDATED_LINE):
        for line in lines:
            m = rx.search(line)
            stated = _DATE_RX.search(m.group(0)) if m else None
            found = _iso(stated.group(0)) if stated else None
            if found:
                return found
    return _guessed(tree)


def _guessed(tree: HtmlElement) -> str | None:
    """htmldate's reading of a page that states no date of its own, with every link and
    source address taken away first (a date in a URL or a linked file's name dates that file),
    and navigation and banners too (a footer stays: its copyright year is the page's)."""
    from htmldate import find_date
    for el in tree.iter():
        if isinstance(el.tag, str):
            for attr in ("href", "src", "srcset", "action", "data-src", "data-href"):
                el.attrib.pop(attr, None)
    for link in tree.xpath("//link|//a[re:test(normalize-space(.), '\\.[A-Za-z0-9]{2,4}$')]",
                           namespaces={"re": "http://exslt.org/regular-expressions"}):
        link.drop_tree()  # <link> tags and links named by a file name ('q2-2026-27.xlsx')
    for el in [e for e in tree.iter("nav", "aside", "div", "section", "p", "ul")
               if e.tag in ("nav", "aside") or (_OFF_WORDS - {"footer"}) & _words(e)]:
        if el.getparent() is not None:
            el.drop_tree()  # navigation and banners: their dates are not the page's
    found = find_date(tree, original_date=True, extensive_search=True,
                      max_date=date.today().isoformat())
    return _iso(found) if found else None


# class/id words that mark a line of the page's metadata under its headline
_META_WORDS = {"meta", "metadata", "byline", "dateline", "date", "dates", "time", "timestamp",
               "published", "updated", "pubdate", "author", "authors", "info", "details",
               "standfirst", "subtitle", "strapline", "period", "status", "summary", "lede",
               "intro", "kicker", "caption", "small", "muted", "note", "label"}
# what a metadata line says: a date label, a byline, a period ('Quarter 2 2026/27', 'April to
# June 2026', 'Year ending 31 March 2026'), or a date alone
_META_TEXT = re.compile(
    r"(?i)\b(?:published|posted|updated|issued|released|reviewed|generated|data\s+as\s+at|as\s+at|"
    r"quarter|q[1-4]\b|year\s+(?:ending|to)|period|financial\s+year|reporting\s+year)"
    rf"|^\s*by\s+[A-Z]|{_DATE}|\b(?:19|20)\d\d\s*[/-]\s*\d\d\b")
_MAX_META = 200  # characters: a metadata line is short (a longer one is prose)
_MAX_STANDFIRST = 150  # characters: a longer line that is no metadata is the story's own
_MAX_META_LINES = 4  # elements looked at under the headline
_STOP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "form", "figure",
              "img", "nav", "footer", "aside", "blockquote"}
_META_TAGS = {"p", "div", "span", "time", "small", "address", "section", "header"}


def _meta_line(el: HtmlElement) -> str | None:
    """The text of `el` when it is a metadata line the extractor would drop, else None."""
    if el.tag not in _META_TAGS or _OFF_WORDS & _words(el):
        return None
    if any(isinstance(d.tag, str) and d.tag in _STOP_TAGS | {"p", "div", "section", "script"}
           for d in el.iterdescendants()):
        return None
    text = " ".join(el.text_content().split())
    if not text or len(text) > _MAX_META or not _META_TEXT.search(text):
        return None
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    if links > len(text) / 2 and not re.match(r"(?i)\s*by\b", text):
        return None  # a row of links (tags, share buttons), not a line of metadata
    if el.tag == "p" and not (_META_WORDS & _words(el)) and el.find(".//time") is None:
        return None  # a plain paragraph: the extractor keeps it as it is
    return text


def unfold_meta_lines(root: HtmlElement) -> None:
    """The short metadata lines right under the page's headline become plain paragraphs (see
    the module docstring)."""
    h1 = next((h for h in root.iter("h1") if not _off_page(h)), None)
    if h1 is None:
        return
    after = [s for s in h1.itersiblings() if isinstance(s.tag, str)][:_MAX_META_LINES]
    parent = h1.getparent()
    if parent is not None and parent.tag in ("header", "hgroup", "div") and len(after) < 2 \
            and parent.getparent() is not None and not _off_page(parent):
        after += [s for s in parent.itersiblings()
                  if isinstance(s.tag, str)][:_MAX_META_LINES - len(after)]  # <header><h1></header>
    prose = 0
    for el in after:
        if el.tag in _STOP_TAGS:
            break  # the article's body has begun
        text = _meta_line(el)
        if text is None:
            prose += len(" ".join(el.text_content().split())) > _MAX_STANDFIRST
            if prose > 1:
                break  # a standfirst may sit above the byline; a second paragraph is the story
            continue
        p = lxml.html.Element("p")
        p.text = text
        p.tail = el.tail
        el.getparent().replace(el, p)
