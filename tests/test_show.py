"""show: the HTML page of one record, checked on records built from real corpus text."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SEEDS
from extractor.ingest import load
from extractor.show import (GROUP_FROM, LIST_NUMBER, Span, format_value, markup, metric_label,
                            page_crops, render_html, render_verify_html, unreported_numbers)
from extractor.verify import verify

SEED = SEEDS / "000_398829baec4c2923.txt"
PDF = CORPUS / "dev13_wakefield_annual_report_2021_22.pdf"


def gold_record(path: Path) -> dict[str, Any]:
    """A record dict built from the gold file: each figure mentioned at its anchor, each quote found."""
    document = load(path)
    gold = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json").read_text())
    text = document.text
    figures = []
    for f in gold["figures"]:
        start = text.find(f["anchor"])
        if start < 0:
            continue  # anchors across a page break are not verbatim in the joined text
        end = start + len(f["anchor"])
        mention = {"text": text[start:end], "sentence": f["anchor"],
                   "page": document.page_of(start), "start": start, "end": end}
        bbox = document.span_bbox(start, end)
        if bbox:
            mention["bbox"] = list(bbox)
        figures.append({"metric": f["metric"], "value": f["value"], "unit": f["unit"],
                        "subject": f["subject"], "confidence": 0.4 if f.get("optional") else 0.9,
                        "mentions": [mention], **({"period": f["period"]} if "period" in f else {})})
    quotes = []
    for q in gold["quotes"]:
        start = text.find(q["text"])
        if start >= 0:
            quotes.append({"text": q["text"], "speaker": q["speaker"] if q.get("cue") else None,
                           "cue": q.get("cue"), "page": document.page_of(start), "start": start,
                           "end": start + len(q["text"])})
    return {"schema": "review-record/1",
            "source": {**document.source.to_dict(), "kind": gold["kind"], "text": text},
            "area": gold["area"], "partnership": gold["partnership"], "period": gold["period"],
            "figures": figures, "quotes": quotes, "people": [], "warnings": []}


class _Page(HTMLParser):
    """Collects the text inside #text and the elements opened there."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.quotes: list[dict[str, str]] = []
        self.nesting: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if a.get("id") == "text":
            self.depth = 1
            return
        if self.depth:
            self.depth += 1
            self.nesting.append(a.get("class", ""))
            if tag == "mark" and a.get("class") == "fig":
                self.marks.append({**a, "inside": " ".join(self.nesting)})
            if "quote" in a.get("class", "").split():
                self.quotes.append(a)

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.nesting and self.depth:
                self.nesting.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def test_markup_nests_figure_inside_quote_and_escapes() -> None:
    text = 'He said "we had <5> & then 12 more" today.'
    quote = Span(9, -34, 0, "span", {"class": "quote"})
    fig = Span(27, -29, 1, "mark", {"class": "fig"})
    out = markup(text, [fig, quote])
    assert out == ('He said "<span class="quote">we had &lt;5&gt; &amp; then '
                   '<mark class="fig">12</mark> more</span>" today.')


def test_markup_clips_a_crossing_span_and_keeps_identical_spans_apart() -> None:
    text = "one two three four"
    out = markup(text, [Span(0, -7, 0, "span", {}), Span(4, -13, 1, "mark", {}),
                        Span(14, -18, 1, "mark", {"id": "a"}), Span(14, -18, 1, "mark", {"id": "b"})])
    assert out == ('<span>one <mark data-clipped="1">two</mark></span> three '
                   '<mark id="a"><mark id="b">four</mark></mark>')


@pytest.mark.parametrize("value,unit,shown", [(1200000, "gbp", "£1,200,000"),
                                              (33.33, "percent", "33.33%"),
                                              (48.6, "rate_per_10000", "48.6 per 10,000"),
                                              (15, "days", "15 days"), (5, "count", "5")])
def test_format_value(value: float, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


@pytest.mark.parametrize("path", [SEED, CORPUS / "dev07_portsmouth_rapid_reviews.html", PDF])
def test_page_keeps_the_text_and_marks_each_mention_and_quote_once(path: Path) -> None:
    record = gold_record(path)
    page = parse(render_html(record, path))
    assert "".join(page.text) == record["source"]["text"]
    expected = sorted(f"f{i}-{j}" for i, f in enumerate(record["figures"])
                      for j in range(len(f["mentions"])))
    assert sorted(m["id"] for m in page.marks) == expected
    assert len(page.quotes) == len(record["quotes"]) > 0
    for mark in page.marks:
        label = mark["data-label"]
        figure = record["figures"][int(mark["data-fig"])]
        assert label.startswith(metric_label(figure["metric"]) + " · ")


def test_figure_inside_a_quote_is_nested_in_it() -> None:
    record = gold_record(SEED)
    quote = next(q for q in record["quotes"] if "three of the five" in q["text"])
    start = record["source"]["text"].index("three of the five", quote["start"])
    record["figures"] = [{"metric": "reviews_with_learning", "value": 3, "unit": "count",
                          "subject": "rapid reviews with learning", "confidence": 0.9,
                          "mentions": [{"text": "three", "sentence": "", "page": 1,
                                        "start": start, "end": start + 5}]}]
    (mark,) = parse(render_html(record)).marks
    assert "quote" in mark["inside"].split()


def test_unreported_numbers_skip_mentions_and_say_why() -> None:
    record = gold_record(SEED)
    found = unreported_numbers(record)
    text = record["source"]["text"]
    spans = [(m["start"], m["end"]) for f in record["figures"] for m in f["mentions"]]
    assert found and all(not (s < u["end"] and u["start"] < e) for u in found for s, e in spans)
    reasons = {u["text"]: u["reason"] for u in found}
    assert reasons["10,000"].startswith("a denominator")
    assert reasons["2021"] == "part of a date"  # 'from April 2021 to March 2022'
    assert reasons["five"] == "not recognised as a reported figure"
    assert all(text[u["start"]:u["end"]] == u["text"] and u["text"] in u["sentence"] for u in found)


def test_unsure_list_shows_low_confidence_and_unresolved_speakers() -> None:
    record = gold_record(SEED)
    page = render_html(record)
    low = [f for f in record["figures"] if f["confidence"] < 0.6]
    nobody = [q for q in record["quotes"] if q["speaker"] is None]
    assert low and nobody
    assert f"Low-confidence figures ({len(low)})" in page
    assert f"Quotes without a resolved speaker ({len(nobody)})" in page


def test_pdf_crops_render_each_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber.page

    calls: list[int] = []
    original = pdfplumber.page.Page.to_image

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(self.page_number)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "to_image", counting)
    record = gold_record(PDF)
    crops = page_crops(record, PDF)
    with_box = {f"f{i}-{j}" for i, f in enumerate(record["figures"])
                for j, m in enumerate(f["mentions"]) if m.get("bbox")}
    assert with_box and set(crops) == with_box
    assert sorted(calls) == sorted(set(calls))
    for crop in crops.values():
        png = base64.b64decode(crop.src.split(",", 1)[1])
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 60_000
        width = int.from_bytes(png[16:20], "big")  # the IHDR width, in pixels
        assert crop.scale >= 2 and width >= 2 * crop.width_pt - 2  # 2 pixels per point at least
        assert crop.width_pt >= 200  # a column of text, not a word


def test_text_record_has_no_crops() -> None:
    assert page_crops(gold_record(SEED), SEED) == {}


def test_verify_page_marks_the_changed_word() -> None:
    story = gold_record(CORPUS / "pair1_stockport_story.txt")
    report = gold_record(CORPUS / "pair1_stockport_report.pdf")
    page = render_verify_html(verify(story, report, report["source"]["text"]), story, report)
    assert '<del class="chg">satisfied</del>' in page
    assert '<ins class="chg">reassured</ins>' in page
    assert page.count('<td><span class="badge bad">differs') == 1  # one row differs
    assert '<span class="count" data-status="differs"><span class="n">1</span>' in page


@pytest.mark.parametrize("sentence,token,reason", [
    ("Referrals rose in 2023/24 to 40.", "2023/24", "a financial year"),
    ("The plan ended on 31 March 2024.", "31", "part of a date"),
    ("Call 01234 567890 for help.", "01234", "part of a phone or code number"),
    ("Under section 47 of the Act.", "47", "a section, page or reference number"),
    ("The rate per 10,000 children.", "10,000", "a denominator ('per …')"),
    ("Staff used seven-minute briefings.", "seven", "part of a compound word"),
    ("Officers visited 40 homes.", "40", "not recognised as a reported figure"),
])
def test_unreported_reason(sentence: str, token: str, reason: str) -> None:
    record = {"source": {"text": sentence}, "figures": []}
    found = {u["text"]: u["reason"] for u in unreported_numbers(record)}
    assert found[token] == reason
