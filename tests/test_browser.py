"""show and verify pages in a real headless browser (Debian's Chromium driven by Playwright).

Skips when /usr/bin/chromium or the playwright package is missing: the browser is never
downloaded. Screenshots are kept under tests/artifacts/ (gitignored); with
REVIEW_RECORDS_SCREENSHOTS=docs they are also written to docs/ (the README's pictures).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, ROOT, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DOCS = [SEEDS / "000_398829baec4c2923.txt",
        *sorted(p for p in CORPUS.glob("*") if p.name.startswith(("dev", "pair"))
                and p.suffix in (".txt", ".html", ".pdf"))]
SEED = DOCS[0]
PDF = CORPUS / "dev13_wakefield_annual_report_2021_22.pdf"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(pip install playwright; the browser comes from apt: chromium)")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                allow_module_level=True)


def _screenshot(page: Any, name: str, **kwargs: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), **kwargs)
    if os.environ.get("REVIEW_RECORDS_SCREENSHOTS") == "docs":
        shutil.copy(ARTIFACTS / name, ROOT / "docs" / name)


@pytest.fixture(scope="module")
def browser() -> Any:
    with sync_api.sync_playwright() as pw:
        exe = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shown(nlp: Any) -> dict[Path, tuple[dict, str]]:
    """(record with text, show page) of a document, built as `show` builds them, on first use."""
    from extractor.extract import Options, extract_document
    from extractor.ingest import load
    from extractor.show import render_html

    class Lazy(dict):
        def __missing__(self, path: Path) -> tuple[dict, str]:
            document = load(path)
            record = extract_document(document, nlp, Options(with_text=True)).to_dict()
            self[path] = (record, render_html(record, path, page_starts=document.page_starts))
            return self[path]

    return Lazy()


def _open(browser: Any, html: str, tmp_path: Path, name: str) -> Any:
    from_disk = tmp_path / f"{name}.html"
    from_disk.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(from_disk.as_uri())
    assert all(u.startswith(("file:", "data:")) for u in requests), requests  # no network
    return page


COUNT_JS = """() => ({
  marks: [...document.querySelectorAll('#text mark.fig')].map(m => [m.id, m.textContent,
          m.dataset.clipped || '']),
  quotes: [...document.querySelectorAll('#text .quote, #text .scare')].map(q => [q.id, q.textContent]),
  crops: document.querySelectorAll('img.crop').length,
  rows: document.querySelectorAll('tr.figrow').length})"""


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_show_highlights_every_mention_and_quote_once(path: Path, browser: Any,
                                                      shown: dict, tmp_path: Path) -> None:
    record, html = shown[path]
    page = _open(browser, html, tmp_path, path.stem)
    try:
        seen = page.evaluate(COUNT_JS)
        text = page.evaluate("document.getElementById('text').textContent")
    finally:
        page.close()
    assert text == record["source"]["text"]  # page labels, bullets and anchors add no text
    mentions = {f"f{i}-{j}": m for i, f in enumerate(record["figures"])
                for j, m in enumerate(f["mentions"])}
    assert sorted(m[0] for m in seen["marks"]) == sorted(mentions)
    for mark_id, text, clipped in seen["marks"]:
        if not clipped:  # the browser shows exactly the words the offsets point at
            assert text == mentions[mark_id]["text"], mark_id
    assert sorted(q[0] for q in seen["quotes"]) == sorted(f"q{k}" for k in range(len(record["quotes"])))
    assert seen["rows"] == len(record["figures"])
    if path.suffix == ".pdf":
        boxed = sum(1 for m in mentions.values() if m.get("bbox"))
        assert boxed and seen["crops"] == boxed


@pytest.mark.parametrize("path", [SEED, PDF], ids=["seed", "dev13"])
def test_clicking_a_figure_row_scrolls_to_and_flashes_its_mention(path: Path, browser: Any,
                                                                  shown: dict,
                                                                  tmp_path: Path) -> None:
    record, html = shown[path]
    # scrolled to the end, the figure mentioned first needs a real scroll back up
    target = min(range(len(record["figures"])),
                 key=lambda i: record["figures"][i]["mentions"][0]["start"])
    page = _open(browser, html, tmp_path, path.stem)
    try:
        mark = page.locator(f"#f{target}-0")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        assert not _in_viewport(page, f"f{target}-0")
        page.locator(f'tr.figrow[data-fig="{target}"] td').first.click()
        assert _in_viewport(page, f"f{target}-0")
        assert "flash" in (mark.get_attribute("class") or "").split()
        assert "current" in (page.locator(f'tr.figrow[data-fig="{target}"]')
                             .get_attribute("class") or "")
        if path == SEED:
            _screenshot(page, "show-seed.png")
    finally:
        page.close()


def _in_viewport(page: Any, element_id: str) -> bool:
    return page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }""", element_id)


ROWS_JS = """() => [...document.querySelectorAll('#figures tr.figrow')].filter(r => !r.hidden)
  .map(r => ({fig: +r.dataset.fig, metric: r.dataset.metric, value: +r.dataset.value,
              conf: +r.dataset.conf, pages: r.dataset.pages.split(' ').map(Number)}))"""


def test_figure_table_sorts_by_value_and_confidence(browser: Any, shown: dict,
                                                   tmp_path: Path) -> None:
    record, html = shown[PDF]
    page = _open(browser, html, tmp_path, "sort")
    try:
        page.locator('#figures th[data-sort="value"]').click()
        up = page.evaluate(ROWS_JS)
        page.locator('#figures th[data-sort="value"]').click()
        down = page.evaluate(ROWS_JS)
        sort_state = page.locator('#figures th[data-sort="value"]').get_attribute("aria-sort")
        page.locator('#figures th[data-sort="conf"]').click()
        by_conf = page.evaluate(ROWS_JS)
    finally:
        page.close()
    assert len(up) == len(record["figures"]) and sort_state == "descending"
    groups = _by_group(up)  # a long table sorts inside each metric's group
    assert all([r["value"] for r in g] == sorted(r["value"] for r in g) for g in groups.values())
    assert all([r["value"] for r in g] == sorted((r["value"] for r in g), reverse=True)
               for g in _by_group(down).values())
    assert all([r["conf"] for r in g] == sorted(r["conf"] for r in g)
               for g in _by_group(by_conf).values())
    assert any(len(g) > 2 for g in groups.values())  # the sort had something to do


def _by_group(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["metric"], []).append(r)
    return groups


def test_figure_table_filters_by_metric_page_and_confidence(browser: Any, shown: dict,
                                                            tmp_path: Path) -> None:
    record, html = shown[PDF]
    figures = record["figures"]
    metric = max({f["metric"] for f in figures if f["metric"] != "other"},
                 key=lambda m: sum(f["metric"] == m for f in figures))
    page_no = figures[len(figures) // 2]["mentions"][0]["page"]
    page = _open(browser, html, tmp_path, "filter")
    try:
        page.select_option("#f-metric", metric)
        by_metric = page.evaluate(ROWS_JS)
        counted = page.locator("#f-count").inner_text()
        page.select_option("#f-page", str(page_no))
        both = page.evaluate(ROWS_JS)
        page.select_option("#f-metric", "")
        page.select_option("#f-page", "")
        page.select_option("#f-conf", "low")
        low = page.evaluate(ROWS_JS)
        groups_shown = page.evaluate("""() => [...document.querySelectorAll('#figures tbody')]
            .filter(b => !b.hidden).length""")
        page.select_option("#f-conf", "")
        everything = page.evaluate(ROWS_JS)
    finally:
        page.close()
    want = [i for i, f in enumerate(figures) if f["metric"] == metric]
    assert sorted(r["fig"] for r in by_metric) == want and len(want) < len(figures)
    assert counted == f"{len(want)} of {len(figures)} figures"
    assert sorted(r["fig"] for r in both) == [
        i for i in want if page_no in {m["page"] for m in figures[i]["mentions"]}]
    assert sorted(r["fig"] for r in low) == [i for i, f in enumerate(figures) if f["confidence"] < 0.6]
    assert groups_shown == len({figures[r["fig"]]["metric"] for r in low}) or not low
    assert len(everything) == len(figures)


CROP_JS = """() => { const img = [...document.querySelectorAll('#preview img.crop')].find(i => !i.hidden);
  const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
  const d = g.getImageData(0, 0, c.width, c.height).data; let red = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] < 40 && d[i + 2] < 40) red++;
  return {natural: img.naturalWidth, shown: img.getBoundingClientRect().width,
          widthPt: +img.dataset.widthPt, id: img.id, red: red,
          visible: !document.getElementById('preview').hidden}; }"""


def test_pdf_crops_are_readable_column_wide_and_boxed(browser: Any, shown: dict,
                                                      tmp_path: Path) -> None:
    record, html = shown[PDF]
    target = next(i for i, f in enumerate(record["figures"]) if f["mentions"][0].get("bbox"))
    page = _open(browser, html, tmp_path, "crops")
    try:
        assert page.evaluate("document.getElementById('preview').hidden")
        page.locator(f'tr.figrow[data-fig="{target}"] td').first.click()
        page.wait_for_function("[...document.querySelectorAll('#preview img.crop')]"
                               ".some(i => !i.hidden && i.naturalWidth > 0)")
        crop = page.evaluate(CROP_JS)
        _screenshot(page, "show-pdf.png")
    finally:
        page.close()
    assert crop["visible"] and crop["id"] == f"crop-f{target}-0"
    assert crop["widthPt"] >= 200  # the text column, not a word
    assert crop["natural"] >= 2 * crop["widthPt"] - 2  # rendered at 2 pixels per point or more
    assert crop["shown"] >= crop["widthPt"]  # shown no smaller than print size
    assert crop["red"] > 50  # the figure is boxed in red


def _verify_pages(pair: dict, tmp_path: Path) -> tuple[dict, Path]:
    """The verify page and the report's show page beside it, as `verify --html` writes them."""
    from extractor.show import render_html, render_verify_html
    from extractor.verify import verify_files

    report = CORPUS / pair["report"]
    result, story_rec, report_rec, document = verify_files(CORPUS / pair["story"], report)
    report_page = tmp_path / f"{report.stem}.review.html"
    report_page.write_text(render_html(report_rec, report, page_starts=document.page_starts),
                           encoding="utf-8")
    out = tmp_path / "verify.html"
    out.write_text(render_verify_html(result, story_rec, report_rec, report_page.name),
                   encoding="utf-8")
    return result, out


def test_verify_page_shows_counts_and_each_label(browser: Any, nlp: Any, tmp_path: Path) -> None:
    from extractor.verify import summary

    pairs = __import__("json").loads((CORPUS / "pairs.json").read_text(encoding="utf-8"))
    result, out = _verify_pages(pairs[0], tmp_path)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(out.as_uri())
        counts = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
            '#summary .count')].map(c => [c.closest('div').querySelector('b').textContent + ':'
            + c.dataset.status, +c.querySelector('.n').textContent]))""")
        badges = page.locator("#vfigures .badge").all_inner_texts()
        quotes = page.locator("#vquotes .badge").all_inner_texts()
        changed = page.locator("#vquotes del.chg").all_inner_texts()
        _screenshot(page, "verify-pair1.png", full_page=True)
    finally:
        page.close()
    expected = summary(result)
    assert counts == {**{f"Figures:{k}": v for k, v in expected["figures"].items()},
                      **{f"Quotes:{k}": v for k, v in expected["quotes"].items()}}
    assert badges == [r["status"].replace("_", " ") for r in result["figures"]]
    assert quotes == [r["status"].replace("_", " ") for r in result["quotes"]]
    altered = [r for r in result["quotes"] if r["status"] == "altered"]
    assert len(changed) == sum(len(d["story"]) > 0 for r in altered for d in r["diff"])


def test_misattributed_quote_links_to_its_place_in_the_report(browser: Any, nlp: Any,
                                                              tmp_path: Path) -> None:
    pairs = __import__("json").loads((CORPUS / "pairs.json").read_text(encoding="utf-8"))
    pair = next(p for p in pairs if any(q["expected"] == "misattributed" for q in p["quotes"]))
    result, out = _verify_pages(pair, tmp_path)
    row = next(r for r in result["quotes"] if r["status"] == "misattributed")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(out.as_uri())
        cell = page.locator("#vquotes tr", has=page.locator(".badge", has_text="misattributed"))
        speakers = cell.locator(".speaker").all_inner_texts()
        cell.locator("a", has_text="p. ").click()
        page.wait_for_url("**/*.review.html#chars-*")
        page.wait_for_function("window.getSelection().toString().length > 0")
        selected = page.evaluate("window.getSelection().toString()")
    finally:
        page.close()
    assert speakers == [f"— {row['story']['speaker']}", f"— {row['source']['speaker']}"]
    assert row["story"]["speaker"] != row["source"]["speaker"]
    assert selected == row["source"]["text"]  # the link lands on the report's words
