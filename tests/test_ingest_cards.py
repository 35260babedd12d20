"""HTML widgets the main-text extractor drops: statistic cards, <dl> lists, <details>
accordions and figure captions reach Document.text as readable lines; page furniture does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.ingest import load
from extractor.ingest.html import read_html
from extractor.metric_model import find_anchor

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
