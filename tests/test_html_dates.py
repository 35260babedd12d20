"""An HTML page's own date, and the metadata lines under its headline (issues 12 and 13).

Every page here is invented. The date is the page's own (machine-readable published/modified
dates first, then a visible 'Published'/'Updated' line), never one read from a link's URL or
file name; a dateline, byline or period statement under the <h1> reaches Document.text.
"""

from __future__ import annotations

import lxml.html
import pytest

from extractor.ingest.html import read_html
from extractor.ingest.pagemeta import page_date, unfold_meta_lines

BODY = ("<p>The council's scrutiny panel heard that the number of children supported by the "
        "early help service rose over the period, with most families referred by schools and "
        "health visitors. Officers said demand had been steady since the spring.</p>"
        "<p>Members asked how waiting times compared with neighbouring areas, and were told a "
        "fuller comparison would be brought to the next meeting of the panel in the new year.</p>")


def page(head: str = "", under: str = "", body: str = BODY, after: str = "",
         title: str = "Early help demand rises") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            "<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<div class='cookie-banner'>We use cookies. Published 1 January 2020.</div></header>"
            f"<main><article><h1>{title}</h1>{under}{body}{after}</article></main>"
            "<footer><p>Copyright 2019 Example Council</p></footer></body></html>")


XLSX = "<ul><li><a href='/media/early-help-2026-27.xlsx'>Download the data (Excel)</a></li></ul>"
CSV = "<p><a href='/files/demand_2025-03-31.csv'>demand_2025-03-31.csv</a></p>"

DATE_ROWS = [
    # machine-readable published date beats a file name in a link
    (page("<meta property='article:published_time' content='2026-10-21T09:00:00+01:00'>",
          after=XLSX), "2026-10-21"),
    # published before modified
    (page("<meta property='article:modified_time' content='2026-11-02T10:00:00Z'>"
          "<meta property='article:published_time' content='2026-10-30T08:00:00Z'>"),
     "2026-10-30"),
    # modified alone
    (page("<meta property='article:modified_time' content='2026-11-02'>", after=XLSX),
     "2026-11-02"),
    # JSON-LD datePublished
    (page("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
          "\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-12T07:30:00+01:00\"}</script>",
          after=CSV), "2025-06-12"),
    # JSON-LD in a @graph, dateModified only
    (page("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\", "
          "\"dateModified\": \"2024-02-29\"}]}</script>", after=XLSX), "2024-02-29"),
    # Dublin Core name
    (page("<meta name='DC.date.issued' content='2023-09-14'>", after=XLSX), "2023-09-14"),
    # a <time datetime> in the article
    (page(under="<p class='byline'>By Ana Ruiz, <time datetime='2026-03-05'>5 March 2026</time>"
                "</p>", after=XLSX), "2026-03-05"),
    # itemprop datePublished on a span
    (page(under="<span itemprop='datePublished' content='2025-12-01'>1 Dec 2025</span>",
          after=CSV), "2025-12-01"),
    # a visible 'Published' line, the link's file name ignored
    (page(under="<p class='meta'>Quarter 2 2026/27 · Published 21 October 2026</p>",
          after=XLSX), "2026-10-21"),
    # a visible 'Last updated' line
    (page(under="<div class='page-info'>Last updated: 14 October 2026</div>", after=CSV),
     "2026-10-14"),
    # 'Published' preferred to 'Updated' when both are visible
    (page(under="<p class='meta'>Updated 19 November 2026 · Published 18 November 2026</p>",
          after=XLSX), "2026-11-18"),
    # an American-order visible date
    (page(under="<p class='dateline'>Posted on March 3, 2025</p>", after=XLSX), "2025-03-03"),
    # a day/month/year visible date
    (page(under="<div class='date'>Published: 07/08/2024</div>"), "2024-08-07"),
    # the cookie banner's 'Published' line is not the page's
    (page(under="<p class='meta'>Updated: 2 May 2025</p>"), "2025-05-02"),
    # nothing but a file name in a link: no date is taken from it
    (page(after=XLSX + CSV).replace("Copyright 2019", "Contact"), None),
    # ... though a footer's copyright year is the page's (htmldate's last guess)
    (page(after=XLSX + CSV), "2019-01-01"),
]


@pytest.mark.parametrize(("html", "expected"), DATE_ROWS)
def test_page_date_is_the_pages_own(html: str, expected: str | None) -> None:
    assert page_date(html) == expected


def test_read_html_uses_the_pages_own_date() -> None:
    html = page(under="<p class='meta'>Published 21 October 2026</p>", after=XLSX)
    assert read_html("a.html", html.encode()).source.date == "2026-10-21"


META_ROWS = [
    ("<p class='meta'>Quarter 2 2026/27 (July to September 2026) · Data as at 7 October 2026</p>",
     "Quarter 2 2026/27 (July to September 2026) · Data as at 7 October 2026"),
    ("<p class='byline'>By Marta Kowalczyk, Health Reporter · 4 February 2026</p>",
     "By Marta Kowalczyk, Health Reporter · 4 February 2026"),
    ("<div class='article-meta'><span class='author'>By Dev Sharma</span> "
     "<time datetime='2025-11-20'>20 November 2025</time></div>",
     "By Dev Sharma 20 November 2025"),
    ("<p class='timestamp'>Updated 12 January 2026, 4:15pm</p>",
     "Updated 12 January 2026, 4:15pm"),
    ("<div class='meta-date'>Published 3 September 2025</div>", None),  # dropped as junk
    ("<p class='entry-meta'>Year ending 31 March 2026 · Performance and Insight team</p>",
     "Year ending 31 March 2026 · Performance and Insight team"),
    ("<span class='dateline'>Leeds, 9 June 2025</span>", "Leeds, 9 June 2025"),
    ("<p class='meta'>Reporting period: April to June 2026 · Published 30 July 2026</p>",
     "Reporting period: April to June 2026 · Published 30 July 2026"),
    ("<div class='post-meta'>Posted by Grace Okafor on 11 May 2026</div>",
     "Posted by Grace Okafor on 11 May 2026"),
    ("<small class='meta'>Financial year 2025/26 · Quarter 3 figures</small>",
     "Financial year 2025/26 · Quarter 3 figures"),
    ("<p class='byline'>By Tomasz Nowak <time datetime='2024-10-01'>1 October 2024</time></p>",
     "By Tomasz Nowak 1 October 2024"),
    ("<div class='meta'>Q4 2025/26 · Data as at 5 April 2026 · Next update July 2026</div>",
     "Q4 2025/26 · Data as at 5 April 2026 · Next update July 2026"),
]


@pytest.mark.parametrize(("under", "line"), META_ROWS)
def test_metadata_line_under_the_headline_reaches_the_text(under: str, line: str | None) -> None:
    doc = read_html("a.html", page(under=under).encode())
    lines = doc.text.split("\n")
    assert lines[0] == "Early help demand rises"
    if line is None:  # a bare 'Published <date>' line is left out; the date is the source's
        assert doc.source.date == "2025-09-03"
        return
    assert lines[1] == line
    start = doc.text.index(line)
    assert doc.text[start:start + len(line)] == line


CHROME_ROWS = [
    # navigation, cookie banners, sharing and related blocks stay out
    "<nav class='meta-nav'><a href='/a'>Published reports</a> <a href='/b'>Q1 2026</a></nav>",
    "<div class='cookie-meta'>We use cookies. Updated 1 March 2026.</div>",
    "<div class='share-meta'><a href='/s'>Share</a> <a href='/t'>Posted 2 March 2026</a></div>",
    "<div class='related-meta'>Related: Quarter 1 2026/27 dashboard</div>",
    "<div class='breadcrumb'>Home › Performance › Quarter 2 2026/27</div>",
    "<div class='meta tags'><a href='/t/1'>Quarter 2</a> <a href='/t/2'>2026/27 data</a></div>",
]


@pytest.mark.parametrize("under", CHROME_ROWS)
def test_page_chrome_under_the_headline_stays_out(under: str) -> None:
    doc = read_html("a.html", page(under=under).encode())
    assert doc.text.split("\n")[1].startswith("The council's scrutiny panel")


def test_a_long_paragraph_ends_the_metadata_lines() -> None:
    later = "<p class='meta'>Quarter 1 2024/25 · Published 1 August 2024</p>"
    root = lxml.html.document_fromstring(page(body=BODY + later))
    unfold_meta_lines(root)
    assert root.xpath("//p[@class='meta']")  # after the body: left for the extractor to judge


def test_a_byline_under_a_standfirst_reaches_the_text() -> None:
    standfirst = ("<p class='standfirst'>Families in the north of the county waited longer for an "
                  "early help assessment than those in the south, figures shared with the panel "
                  "show</p>")
    byline = "<p class='byline'>By Ines Carvalho, Social Affairs Reporter · 6 May 2026</p>"
    doc = read_html("a.html", page(under=standfirst + byline).encode())
    assert "By Ines Carvalho, Social Affairs Reporter · 6 May 2026" in doc.text.split("\n")
