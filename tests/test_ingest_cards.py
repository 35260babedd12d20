"""HTML widgets the main-text extractor drops: statistic cards, <dl> lists, <details>
accordions and figure captions reach Document.text as readable lines; page furniture does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.ingest import load
from extractor.ingest.html import read_html
from extractor.training import find_anchor

ROOT = Path(__file__).resolve().parent.parent
PROSE = ("<p>This page sets out what the partnership did over the year, for families, "
         "practitioners and members of the public who want to know how children were kept safe.</p>")


def page(body: str, chrome: str = "") -> bytes:
    return ("<html><head><title>Our year in numbers</title></head><body>"
            "<nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>About us</a></li></ul></nav>"
            f"<main><h1>Our year in numbers</h1>{PROSE}{body}{PROSE}</main>{chrome}"
            "<footer><p>Copyright the partnership</p></footer></body></html>").encode()


def text_of(body: str, chrome: str = "") -> list[str]:
    return read_html("a.html", page(body, chrome)).text.split("\n")


CARD = ("<div class='figures'><div class='tile'><span class='big'>{n}</span>"
        "<span class='what'>{label}</span>{extra}</div></div>")


@pytest.mark.parametrize("number,label,extra,line", [
    ("41,280", "contacts received by the front door", "", "41,280 contacts received by the front door"),
    ("23%", "of referrals were repeat referrals", "", "23% of referrals were repeat referrals"),
    ("£2.4m", "spent on early help", "", "£2.4m spent on early help"),
    ("658", "children on a protection plan", "<span>last year: 601</span>",
     "658 children on a protection plan"),
])
def test_statistic_card_reads_as_number_then_label(number: str, label: str, extra: str, line: str) -> None:
    lines = text_of(CARD.format(n=number, label=label, extra=extra))
    assert line in lines
    if extra:
        assert "last year: 601" in lines


def test_card_with_label_before_number_reads_label_colon_number() -> None:
    body = "<div class='kpi'><h3>Rapid reviews held</h3><strong>14</strong></div>"
    # the heading is a block: the card is two inline parts only when the label is inline
    lines = text_of(body.replace("h3", "span"))
    assert "Rapid reviews held: 14" in lines


def test_card_offsets_point_at_the_number() -> None:
    doc = read_html("a.html", page(CARD.format(n="1,019", label="children in care", extra="")))
    at = doc.text.index("1,019 children in care")
    assert doc.locate(at)[0] == 1 and doc.text[at:at + 5] == "1,019"


def test_definition_list_reads_term_colon_definition() -> None:
    lines = text_of("<dl><dt>Notifications</dt><dd>12</dd><dt>Rapid reviews</dt><dd>10</dd></dl>")
    assert "Notifications: 12" in lines and "Rapid reviews: 10" in lines


def test_details_accordion_body_is_kept() -> None:
    lines = text_of("<details><summary>How many reviews did we publish?</summary>"
                    "<p>We published three reviews during the year, all of them about babies.</p></details>")
    assert "How many reviews did we publish?" in lines
    assert "We published three reviews during the year, all of them about babies." in lines


def test_caption_of_a_text_figure_is_kept() -> None:
    lines = text_of("<figure><blockquote><p>“Nobody asked me what I wanted.”</p></blockquote>"
                    "<figcaption>Young person, 14, care leavers forum</figcaption></figure>")
    assert any("Young person, 14, care leavers forum" in x for x in lines)


@pytest.mark.parametrize("chrome", [
    "<aside class='most-read'><ol><li><span>1</span><a href='/x'>Man fined after crash on bypass</a></li>"
    "<li><span>2</span><a href='/y'>Council tax to rise again</a></li></ol></aside>",
    "<div class='share-bar'><span>312</span><span>shares</span></div>",
    "<div class='comments'><span>48</span><span>comments on this story</span></div>",
    "<div><span style='display:none'>0</span><span>Post a reply</span></div>",
])
def test_page_furniture_stays_out(chrome: str) -> None:
    text = "\n".join(text_of(CARD.format(n="12", label="notifications to the national panel", extra=""), chrome))
    assert "12 notifications to the national panel" in text
    for word in ("Man fined", "312 shares", "48 comments", "Post a reply", "Home"):
        assert word not in text


def test_prose_page_is_unchanged_by_widget_rewriting() -> None:
    assert text_of("<p>Twelve notifications were made to the national panel this year.</p>") == [
        "Our year in numbers", PROSE[3:-4], "Twelve notifications were made to the national panel this year.",
        PROSE[3:-4]]


GOLD_HTML = sorted([*ROOT.glob("corpus/*.html"), *ROOT.glob("corpus/dev2/*.html"),
                    *ROOT.glob("corpus/holdout/*.html")])


@pytest.mark.parametrize("path", GOLD_HTML, ids=lambda p: p.name)
def test_every_gold_figure_anchor_is_in_the_text(path: Path) -> None:
    gold = json.loads(path.with_name(path.name.replace(".html", ".gold.json")).read_text(encoding="utf-8"))
    text = load(path).text
    missing = [f["anchor"] for f in gold.get("figures", []) if not find_anchor(text, f["anchor"])]
    assert missing == []


# A box of facts set beside the story inside the article reaches the text: (box, line)
ASIDES = [
    ("<aside class='factbox'><h3>Key facts</h3><ul><li>41,280 contacts received</li></ul></aside>",
     "41,280 contacts received"),
    ("<aside><p><strong>658</strong> children on plans</p></aside>", "658 children on plans"),
    ("<aside class='at-a-glance'><div class='stat'><span>1,019</span><span>children in care</span></div>"
     "<div class='stat'><span>27</span><span>rapid reviews</span></div></aside>", "1,019 children in care"),
    ("<aside class='key-figures'><table><tr><th>Measure</th><th>2024/25</th></tr>"
     "<tr><td>Contacts received</td><td>41,280</td></tr></table></aside>", "41,280"),
    ("<aside class='box'><h2>In numbers</h2><p>14 rapid reviews were held.</p></aside>",
     "14 rapid reviews were held."),
    ("<aside><dl><dt>Notifications</dt><dd>12</dd></dl></aside>", "Notifications: 12"),
    ("<aside class='panel'><p>Referrals rose by 9% to 6,932.</p></aside>", "Referrals rose by 9% to 6,932."),
    ("<aside class='summary'><ol><li>Three reviews were published.</li><li>2 were national.</li></ol></aside>",
     "2 were national."),
]


def article(box: str, chrome: str = "") -> bytes:
    return ("<html><head><title>Annual report published</title></head><body>"
            "<nav><ul><li><a href='/a'>Home</a></li></ul></nav>"
            f"<main><article><h1>Annual report published</h1>{PROSE}{box}{PROSE}</article></main>{chrome}"
            "</body></html>").encode()


@pytest.mark.parametrize("box,line", ASIDES)
def test_fact_box_beside_the_story_reaches_the_text(box: str, line: str) -> None:
    text = read_html("a.html", article(box)).text
    assert line in text.split("\n") or line in text


# Asides that stay out: links, page furniture, pull quotes, sidebars outside the article
ASIDES_OUT = [
    ("<aside class='related'><h3>Related</h3><p>12 things to know about care</p></aside>", ""),
    ("<aside><h3>Most read</h3><ol><li><a href='/1'>14 councils miss target</a></li>"
     "<li><a href='/2'>Budget: 9 cuts</a></li></ol></aside>", ""),
    ("<aside class='share'><span>1,204</span><span>shares</span></aside>", ""),
    ("<aside class='pullquote'><p>“We saw 41,200 contacts,” she said.</p></aside>", ""),
    ("", "<aside><h3>Elsewhere</h3><p>Council tax to rise by 4.99%</p></aside>"),
    ("<aside class='most-read'><p>Most read</p><p>A9 upgrade: 11 miles of road open</p></aside>", ""),
    ("<aside><h3>More opinion</h3><p>Our high streets: 5 ideas to bring shoppers back</p></aside>", ""),
    ("<aside><h3>Trending in Eastbrook</h3><p>Dockyard: 2,000 expected for open day</p></aside>", ""),
]


@pytest.mark.parametrize("box,chrome", ASIDES_OUT)
def test_asides_of_links_furniture_or_quotes_stay_out(box: str, chrome: str) -> None:
    text = read_html("a.html", article(box, chrome)).text
    for number in ("12 things", "14 councils", "1,204", "41,200", "4.99%", "11 miles", "5 ideas", "2,000"):
        assert number not in text


def test_fact_box_beside_the_article_is_read_after_the_story() -> None:
    box = ("<aside class='factbox'><h2>In numbers</h2>"
           "<div class='stat'><span class='n'>£1.38m</span><span class='l'>partnership budget</span></div>"
           "<div class='stat'><span class='n'>38%</span><span class='l'>paid by the county council</span></div>"
           "</aside><aside class='most-read'><h2>Most read</h2><ol><li>Ferry fares rise by 12%</li></ol></aside>")
    data = ("<html><head><title>Annual report published</title></head><body><main>"
            f"<article><h1>Annual report published</h1>{PROSE}{PROSE}</article>{box}</main></body></html>").encode()
    lines = read_html("a.html", data).text.split("\n")
    assert "£1.38m partnership budget" in lines and "38% paid by the county council" in lines
    assert lines.index("£1.38m partnership budget") > 1 and not any("12%" in line for line in lines)


def board_paper(heading: str, tag: str = "h3") -> bytes:
    """A board paper laid out with numbered headings and no <main> or <article>: a table sits
    right under its heading, without a <caption>."""
    para = ("<p>{n}.1 The Board is asked to note the position set out in this section of the paper, "
            "which draws on the returns made by each area for the half year.</p>")
    return ("<html><head><title>Board paper</title></head><body><div class='ref'>Agenda item 5</div>"
            "<h1>Children's Services Board</h1><h3>1. Purpose</h3>" + para.format(n=1) +
            f"<{tag}>{heading}</{tag}><table><thead><tr><th>Category</th><th>Children</th><th>%</th></tr></thead>"
            "<tbody><tr><td>Neglect</td><td>1,410</td><td>47</td></tr><tr><td>Emotional harm</td><td>902</td>"
            "<td>30</td></tr><tr><td>Physical injury</td><td>388</td><td>13</td></tr></tbody></table>" +
            para.format(n=3) + "<h3>4. Next steps</h3>" + para.format(n=4) + "</body></html>").encode()


# A heading right above a table reaches the text as the line above the table (the extractor
# may drop short section headings on pages without <main>).
TABLE_HEADINGS = [
    ("2. Categories of abuse (30 September 2030)", "h3"),
    ("Categories of abuse", "h2"),
    ("Table 2 - Initial category of registration", "h4"),
    ("2. Children by category of need", "h3"),
    ("Breakdown by category, 31 March 2030", "h3"),
    ("2.4 Abuse category", "h5"),
    ("Category of registration at the end of the quarter", "h2"),
    ("Section 2: categories", "h6"),
]


@pytest.mark.parametrize("heading,tag", TABLE_HEADINGS)
def test_heading_above_a_table_is_kept_as_its_caption(heading: str, tag: str) -> None:
    doc = read_html("paper.html", board_paper(heading, tag))
    lines = doc.text.split("\n")
    assert heading in lines, lines
    assert lines[lines.index(heading) + 1].startswith("Category"), lines
    assert doc.text.count(heading) == 1


def test_categories_of_abuse_under_a_heading_count_plans(nlp) -> None:
    from extractor.figures import find_figures
    document = load("paper.html", board_paper("2. Categories of abuse (30 September 2030)"))
    figs = find_figures(nlp(document.text), document, None, use_classifier=False)
    at = document.text.index("902")
    assert [f.metric for f in figs if any(m.start == at for m in f.mentions)] == ["child_protection_plans"]
