"""Pages without a content container (no <main>, <article> or content-named block): the
extractor's loose reading keeps only paragraphs and tables, so the page is read again inside a
frame (extractor/ingest/frame.py). Headings, key-facts boxes, lists of figures, <dl>,
<figure> and <details> inside the story reach Document.text; mastheads, menus, cookie banners,
footers, related-story lists and comments around it, numbers and all, stay out."""

from __future__ import annotations

import pytest

from extractor.ingest.frame import within
from extractor.ingest.html import read_html

PARA = ("<p>{n}. The panel is asked to note the position set out in this section of the report, "
        "which draws on the returns made by each locality team over the half year to September.</p>")
TOP = ("<div class='masthead'>Eastbrook Borough Council &middot; Switchboard 0300 555 0147</div>"
       "<div class='cookie-banner'><p>We use 3 essential cookies and 2 analytics cookies.</p></div>"
       "<ul class='menu'><li><a href='/1'>Top 10 parks</a></li><li><a href='/2'>Bins: 4 new routes</a></li></ul>")
BOTTOM = ("<div class='related'><h3>Related reports</h3><ul><li><a href='/r1'>Quarter 2: 1,150 referrals</a></li>"
          "<li><a href='/r2'>2029 annual report</a></li></ul></div>"
          "<div class='comments'><h3>12 comments</h3><p>Posted by Sam, 3 days ago: 5 stars from me</p></div>"
          "<div class='site-footer'>Eastbrook Borough Council, 14 Quay Street, EB1 2QT. Tel 01632 960 512</div>")
OUT = ("0300 555 0147", "3 essential cookies", "Top 10 parks", "4 new routes", "1,150 referrals",
       "12 comments", "5 stars", "14 Quay Street", "01632 960 512")


def frameless(middle: str) -> bytes:
    """A plain report page: chrome with numbers above and below, no container around the story."""
    return ("<html><head><title>Performance report</title></head><body>" + TOP +
            "<h1>Children's Services Performance Report</h1>" + PARA.format(n=1) + middle +
            PARA.format(n=3) + PARA.format(n=4) + BOTTOM + "</body></html>").encode()


def framed(middle: str) -> bytes:
    """The same story inside <main>: the extractor's container reading, as before."""
    return ("<html><head><title>Performance report</title></head><body>" + TOP +
            "<main><h1>Children's Services Performance Report</h1>" + PARA.format(n=1) + middle +
            PARA.format(n=3) + PARA.format(n=4) + "</main>" + BOTTOM + "</body></html>").encode()


# (middle of the story, lines a reader counts as the page's)
BLOCKS = [
    ("<h3>2. Summary</h3><div class='box'><ul><li>3,120 contacts were received in the half year.</li>"
     "<li>418 children were on plans at 30 September.</li></ul></div>",
     ["2. Summary", "3,120 contacts were received in the half year.", "418 children were on plans at 30 September."]),
    ("<div class='key-facts'><h4>Key facts</h4><ul><li>Referrals: 1,204</li><li>Re-referrals: 17%</li></ul></div>",
     ["Referrals: 1,204", "Re-referrals: 17%"]),  # a bare 'Key facts' title is a junk line
    ("<h3>At a glance</h3><ol><li>96 assessments a week</li><li>12 new foster carers</li></ol>",
     ["At a glance", "96 assessments a week", "12 new foster carers"]),
    ("<h3>2. Figures for the year</h3><dl><dt>Children in care</dt><dd>287</dd><dt>Care leavers</dt><dd>141</dd></dl>",
     ["2. Figures for the year", "Children in care: 287", "Care leavers: 141"]),
    ("<figure><blockquote><p>Contacts rose by 8% on the year.</p></blockquote>"
     "<figcaption>Figure 2: 2,960 contacts, April to September</figcaption></figure>",
     ["Figure 2: 2,960 contacts, April to September"]),
    ("<details><summary>How the figures are counted</summary><ul><li>Plans open on 30 September: 402</li>"
     "<li>Plans closed in the half year: 233</li></ul></details>",
     ["How the figures are counted", "Plans open on 30 September: 402", "Plans closed in the half year: 233"]),
    ("<div class='box summary'><h3>In numbers</h3><ul><li>£4.2m spent on placements</li>"
     "<li>61 children placed out of area</li></ul></div>",
     ["In numbers", "£4.2m spent on placements", "61 children placed out of area"]),
    ("<h2>2. Workforce</h2><ul><li>Vacancy rate: 14%</li><li>Agency staff: 38</li>"
     "<li>Average caseload: 17 children</li></ul>",
     ["2. Workforce", "Vacancy rate: 14%", "Agency staff: 38", "Average caseload: 17 children"]),
]


@pytest.mark.parametrize("middle,lines", BLOCKS)
def test_blocks_inside_a_frameless_story_reach_the_text(middle: str, lines: list[str]) -> None:
    got = read_html("report.html", frameless(middle)).text.split("\n")
    for line in lines:
        assert line in got, (line, got)
    assert got.index(lines[-1]) < got.index(PARA.format(n=3)[3:-4])  # read in place, before 3.


@pytest.mark.parametrize("middle,lines", BLOCKS)
def test_chrome_around_a_frameless_story_stays_out(middle: str, lines: list[str]) -> None:
    text = read_html("report.html", frameless(middle)).text
    for number in OUT:
        assert number not in text, number


@pytest.mark.parametrize("middle,lines", BLOCKS)
def test_a_page_with_main_reads_the_same_blocks(middle: str, lines: list[str]) -> None:
    text = read_html("report.html", framed(middle)).text
    got = text.split("\n")
    for line in lines:
        assert line in got, (line, got)
    for number in OUT:
        assert number not in text, number


def test_paragraph_only_page_is_unchanged() -> None:
    loose = read_html("report.html", frameless(PARA.format(n=2))).text.split("\n")
    assert loose[1:] == [PARA.format(n=i)[3:-4] for i in (1, 2, 3, 4)]


# within(framed reading, loose reading): the framed stretch that covers every loose block
WITHIN = [
    (list("xaHbLc"), list("abc"), list("aHbLc")),  # heading and list kept between a and c
    (list("Habc"), list("abc"), list("abc")),  # masthead before the first loose block dropped
    (list("abcF"), list("abc"), list("abc")),  # footer after the last dropped
    (list("abc"), list("abc"), list("abc")),
    (list("aLc"), list("abc"), None),  # the framed reading lost b: readings disagree
    (list("xyz"), list("abc"), None),
    (list("MaKbF"), list("ab"), list("aKb")),
    (list("a"), list("a"), list("a")),
]


@pytest.mark.parametrize("framed_blocks,loose,expected", WITHIN)
def test_within_keeps_the_stretch_of_the_loose_reading(framed_blocks, loose, expected) -> None:
    assert within(framed_blocks, loose) == expected


# Furniture with numbers inside a frameless story, between its paragraphs: (block, number)
MID_CHROME = [
    ("<div class='related'><h3>Related reports</h3><ul><li><a href='/r1'>Quarter 2: 1,150 referrals</a></li>"
     "<li><a href='/r2'>2029 annual report</a></li></ul></div>", "1,150"),
    ("<ul><li><a href='/a'>Budget: 9 cuts</a></li><li><a href='/b'>14 councils miss target</a></li></ul>", "9 cuts"),
    ("<div class='share-tools'><span>1,204</span><span>shares</span></div>", "1,204"),
    ("<div class='ad-slot'><p>Save 20% on your first order</p></div>", "20%"),
    ("<div class='newsletter-signup'><p>Join 12,000 readers of our weekly bulletin</p></div>", "12,000"),
    ("<div class='comments'><h3>12 comments</h3><p>Posted by Sam, 3 days ago</p></div>", "3 days"),
    ("<nav><ul><li>Page 1 of 3</li></ul></nav>", "Page 1"),
    ("<div class='breadcrumb'><p>Home &gt; Reports &gt; 2030</p></div>", "2030"),
]


@pytest.mark.parametrize("block,number", MID_CHROME)
def test_furniture_inside_a_frameless_story_stays_out(block: str, number: str) -> None:
    text = read_html("report.html", frameless(PARA.format(n=2) + block)).text
    assert number not in text and PARA.format(n=2)[3:-4] in text.split("\n")
