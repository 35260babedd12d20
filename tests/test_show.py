"""show: the HTML page of one record, checked on records built from real corpus text."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SEEDS
from extractor.ingest import load
from extractor.crop import page_crops
from extractor.show import (GROUP_FROM, LIST_NUMBER, Span, format_value, markup, metric_label,
                            render_html, render_verify_html, unreported_numbers)
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
    ("Plans are timely (paragraphs 26–27, 53–55).", "55", "a section, page or reference number"),
    ("See sections 4 and 12 for the detail.", "12", "a section, page or reference number"),
    ("The rate per 10,000 children.", "10,000", "a denominator ('per …')"),
    ("Staff used seven-minute briefings.", "seven", "part of a compound word"),
    ("Officers visited 40 homes.", "40", "not recognised as a reported figure"),
])
def test_unreported_reason(sentence: str, token: str, reason: str) -> None:
    record = {"source": {"text": sentence}, "figures": []}
    found = {u["text"]: u["reason"] for u in unreported_numbers(record)}
    assert found[token] == reason


def test_every_metric_has_a_label_and_no_label_names_an_unknown_metric() -> None:
    from extractor.records import vocabulary
    from extractor.show import metric_labels

    metrics, _units = vocabulary()
    assert set(metric_labels()) == set(metrics)
    assert all(metric_label(m) and "_" not in metric_label(m) for m in metrics)
    assert metric_label("a_new_metric") == "A new metric"  # not yet labelled: its words


def _invented(text: str, figures: list[dict] | None = None, quotes: list[dict] | None = None,
              **record: Any) -> dict[str, Any]:
    """A record over invented text, shaped as extract writes it."""
    return {"schema": "review-record/1",
            "source": {"path": "/home/someone/private/reports/minutes.txt", "format": "txt",
                       "kind": "council_report", "pages": 1, "title": None, "text": text},
            "area": None, "partnership": None,
            "period": {"start": "2023-04-01", "end": "2024-03-31", "text": "2023/24"},
            "figures": figures or [], "quotes": quotes or [], "people": [], "warnings": [], **record}


def _figure(text: str, number: str, metric: str = "rapid_reviews", **extra: Any) -> dict[str, Any]:
    start = text.index(number)
    return {"metric": metric, "value": float(number), "unit": "count", "subject": "", "confidence": 0.9,
            "mentions": [{"text": number, "sentence": "", "page": 1, "start": start,
                          "end": start + len(number)}], **extra}


def test_every_figure_shows_a_period_and_the_header_the_file_name() -> None:
    text = "Rapid reviews: 7 this year, 9 in 2022/23."
    record = _invented(text, [_figure(text, "7"), _figure(text, "9", period={
        "start": "2022-04-01", "end": "2023-03-31", "text": "2022/23"})])
    page = render_html(record)
    cells = re.findall(r'<tr class="figrow".*?</tr>', page, re.S)
    periods = [re.findall(r"<td[^>]*>([^<]*)</td>", c)[1] for c in cells]
    assert periods == ["2023/24", "2022/23"]  # the document's period, then the figure's own
    assert "doc." not in page
    assert "/home/someone" not in page and "<dd>minutes.txt</dd>" in page


def test_every_field_is_escaped() -> None:
    text = 'She said "<b>12</b> reviews" & left.'
    record = _invented(text, [_figure(text, "12", subject="<img src=x onerror=alert(1)>")],
                       [{"text": "<b>12</b> reviews", "speaker": "<script>alert(1)</script>",
                         "cue": "said", "page": 1, "start": 10, "end": 27}],
                       area="<i>Luton</i>", warnings=["<script>x</script>"])
    page = render_html(record)
    assert "<script>alert" not in page and "<img src=x" not in page and "<i>Luton" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "".join(parse(page).text) == text


@pytest.mark.parametrize("text,token,list_number", [
    ("1. The partnership met four times.", "1", True),
    ("Summary\n1 1. The partnership met four times.", "1", True),
    ("3.2 Rapid reviews\nSeven were held.", "3.2", True),
    ("(4) Members noted the report.", "4", True),
    ("12 children were seen in the year.", "12", False),
    ("Figures: 1. 5 per cent of referrals", "1", False),  # not at the start of a line
])
def test_paragraph_and_list_numbers_have_their_own_reason(text: str, token: str,
                                                          list_number: bool) -> None:
    found = {u["text"]: u["reason"] for u in unreported_numbers({"source": {"text": text},
                                                                "figures": []})}
    assert (found[token] == LIST_NUMBER) is list_number


def test_list_numbers_sit_at_the_bottom_of_numbers_not_reported() -> None:
    text = "1. The board met.\n2. Officers visited 40 homes in 2023.\n"
    page = render_html(_invented(text))
    section = page[page.index('id="unreported"'):]
    reasons = re.findall(r"<summary>([^<(]+) \(", section)
    assert reasons[0] == "not recognised as a reported figure" and reasons[-1] == LIST_NUMBER


def test_rejection_reasons_on_the_record_are_shown_as_given() -> None:
    text = "Officers visited 40 homes."
    start = text.index("40")
    record = _invented(text, rejected=[{"text": "40", "start": start, "end": start + 2,
                                        "reason": "a count of visits, not a safeguarding figure"}])
    assert unreported_numbers(record)[0]["reason"] == "a count of visits, not a safeguarding figure"


def test_scare_quotes_are_unsure_items_not_quotes() -> None:
    text = 'Plans for children "staying put" were agreed. "We will act," said Ann Fox.'
    s1, s2 = text.index("staying"), text.index("We will")
    record = _invented(text, quotes=[
        {"text": "staying put", "speaker": None, "cue": None, "page": 1, "start": s1, "end": s1 + 11},
        {"text": "We will act,", "speaker": "Ann Fox", "cue": "said", "page": 1, "start": s2,
         "end": s2 + 12}])
    page = render_html(record)
    quotes_table = page[page.index('id="quotes"'):page.index('id="unsure"')]
    assert "staying put" not in quotes_table and "Ann Fox" in quotes_table
    assert "Quoted words, no speaker (1)" in page and "Quotes without a resolved speaker (0)" in page
    assert '<span class="scare" id="q0"' in page


def test_symbol_font_bullets_show_as_bullets_and_keep_the_text() -> None:
    text = "Previous inspections\n\uf06e The board was judged good.\n\uf0b7 Another item.\n"
    page = render_html(_invented(text))
    assert '<span class="sym" data-glyph="▪">\uf06e</span>' in page
    assert '<span class="sym" data-glyph="•">\uf0b7</span>' in page
    assert "".join(parse(page).text) == text


def test_long_figure_tables_are_grouped_by_metric_with_counts() -> None:
    text = " ".join(str(n) for n in range(100, 100 + GROUP_FROM + 4))
    metrics = ["rapid_reviews"] * 20 + ["other"] * (GROUP_FROM - 16)
    figures = [_figure(text, str(100 + k), m) for k, m in enumerate(metrics)]
    page = render_html(_invented(text, figures))
    heads = re.findall(r'<tr class="grouphead"><th colspan="5">([^<]+) \(<span class="gcount">(\d+)',
                       page)
    assert heads == [("Rapid reviews", "20"), ("Other figure", str(GROUP_FROM - 16))]
    short = render_html(_invented(text, figures[:5]))
    assert '<tr class="grouphead"' not in short


def test_page_anchors_mark_each_page_start_and_keep_the_text() -> None:
    document = load(PDF)
    record = gold_record(PDF)
    page = render_html(record, page_starts=document.page_starts)
    assert all(f'id="page-{n}"' in page for n in range(1, len(document.page_starts) + 1))
    assert "".join(parse(page).text) == record["source"]["text"]


@pytest.mark.parametrize("columns,box,expected", [
    # two columns (gutter 30 pt): a number in the left one takes that column only
    ([(50, 280), (310, 545)], (100, 400, 110, 410), (50, 280)),
    ([(50, 280), (310, 545)], (400, 400, 410, 410), (310, 545)),
    # one column of text across the page
    ([(50, 545)], (300, 400, 310, 410), (50, 545)),
    # a table row of narrow cells: the whole row, so its label is in the picture
    ([(50, 160), (300, 320), (420, 440)], (300, 400, 320, 410), (50, 440)),
])
def test_crops_take_the_whole_column(columns: list[tuple[float, float]],
                                     box: tuple[float, float, float, float],
                                     expected: tuple[float, float]) -> None:
    from extractor.crop import column_span

    words = []
    for lo, hi in columns:  # three lines of words 4 pt apart across each column
        for line in range(3):
            x = lo
            while x < hi:
                words.append({"x0": x, "x1": min(hi, x + 20), "top": 390 + 12 * line,
                              "bottom": 400 + 12 * line})
                x += 24
    lo, hi = column_span(words, box)
    assert abs(lo - expected[0]) < 1 and abs(hi - expected[1]) < 5


def test_a_record_with_only_its_text_still_renders() -> None:
    """Saved records from other tools or older versions lack fields: the page shows dashes."""
    page = render_html({"source": {"text": "Five reviews were held."}})
    assert "".join(parse(page).text) == "Five reviews were held."
    assert "<dt>area</dt><dd>—</dd>" in page
    story = {"figures": [], "quotes": [{"text": "reviews were held"}]}
    report = {"source": {"text": "Five reviews were held."}, "figures": [], "quotes": []}
    result = verify(story, report, report["source"]["text"])
    assert 'class="badge ok">in source' in render_verify_html(result, story, report)
