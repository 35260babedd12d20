"""show and verify pages in a real headless browser (Debian's Chromium driven by Playwright).

Skips when /usr/bin/chromium or the playwright package is missing: the browser is never
downloaded. Screenshots are kept under tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DOCS = [SEEDS / "000_398829baec4c2923.txt",
        *sorted(p for p in CORPUS.glob("*") if p.name.startswith(("dev", "pair"))
                and p.suffix in (".txt", ".html", ".pdf"))]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(pip install playwright; the browser comes from apt: chromium)")
if not CHROMIUM.exists() and not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Any:
    with sync_api.sync_playwright() as pw:
        exe = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def records(nlp: Any) -> dict[Path, dict]:
    """Real records (with text) of every document, extracted on first use."""
    from extractor.extract import Options, extract_file

    cache: dict[Path, dict] = {}

    class Lazy(dict):
        def __missing__(self, path: Path) -> dict:
            cache[path] = extract_file(path, nlp, Options(with_text=True)).to_dict()
            self[path] = cache[path]
            return cache[path]

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
  quotes: [...document.querySelectorAll('#text .quote')].map(q => [q.id, q.textContent]),
  crops: document.querySelectorAll('img.crop').length,
  rows: document.querySelectorAll('tr.figrow').length})"""


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_show_highlights_every_mention_and_quote_once(path: Path, browser: Any,
                                                      records: dict, tmp_path: Path) -> None:
    from extractor.show import render_html

    record = records[path]
    page = _open(browser, render_html(record, path), tmp_path, path.stem)
    try:
        seen = page.evaluate(COUNT_JS)
        if seen["crops"]:  # a crop decodes once its row is opened
            page.locator("#figures details summary").first.click()
            page.wait_for_function("document.querySelector('img.crop').naturalWidth > 0")
    finally:
        page.close()
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


@pytest.mark.parametrize("path", [DOCS[0], CORPUS / "dev13_wakefield_annual_report_2021_22.pdf"],
                         ids=["seed", "dev13"])
def test_clicking_a_figure_row_scrolls_to_and_flashes_its_mention(path: Path, browser: Any,
                                                                  records: dict,
                                                                  tmp_path: Path) -> None:
    from extractor.show import render_html

    record = records[path]
    # scrolled to the end, the figure mentioned first needs a real scroll back up
    target = min(range(len(record["figures"])),
                 key=lambda i: record["figures"][i]["mentions"][0]["start"])
    page = _open(browser, render_html(record, path), tmp_path, path.stem)
    try:
        mark = page.locator(f"#f{target}-0")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        assert not _in_viewport(page, f"f{target}-0")
        page.locator(f'tr.figrow[data-fig="{target}"]').click()
        assert _in_viewport(page, f"f{target}-0")
        assert "flash" in (mark.get_attribute("class") or "").split()
        assert "current" in (page.locator(f'tr.figrow[data-fig="{target}"]')
                             .get_attribute("class") or "")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"show-{path.stem}-click.png"))
    finally:
        page.close()


def _in_viewport(page: Any, element_id: str) -> bool:
    return page.evaluate("""id => { const r = document.getElementById(id).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }""", element_id)


def test_verify_page_shows_each_label(browser: Any, records: dict, tmp_path: Path) -> None:
    from extractor.show import render_verify_html
    from extractor.verify import verify

    story = records[CORPUS / "pair1_stockport_story.txt"]
    report = records[CORPUS / "pair1_stockport_report.pdf"]
    result = verify(story, report, report["source"]["text"])
    page = _open(browser, render_verify_html(result, story, report), tmp_path, "verify-pair1")
    try:
        badges = page.locator("#vfigures .badge").all_inner_texts()
        quotes = page.locator("#vquotes .badge").all_inner_texts()
        changed = page.locator("#vquotes del.chg").all_inner_texts()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "verify-pair1.png"), full_page=True)
    finally:
        page.close()
    assert badges == [r["status"].replace("_", " ") for r in result["figures"]]
    assert quotes == [r["status"].replace("_", " ") for r in result["quotes"]]
    altered = [r for r in result["quotes"] if r["status"] == "altered"]
    assert len(changed) == sum(len(d["story"]) > 0 for r in altered for d in r["diff"])
