"""Whole-folder ingest: every gold anchor and quote is in Document.text, no boilerplate is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.ingest import load
from extractor.ingest.html import CELL_SEP

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted([*(ROOT / "corpus").glob("*.gold.json"), *(ROOT / "seeds").glob("*.gold.json")])
_WS = re.compile(r"[\s\u00a0]+")


def norm(text: str) -> str:
    """Whitespace collapsed and NBSP made a space; quote characters left as they are."""
    return _WS.sub(" ", text).strip()


def _cases() -> list:
    cases = []
    for gold in GOLD_FILES:
        doc = gold.with_name(json.loads(gold.read_text(encoding="utf-8"))["doc"])
        cases.append(pytest.param(gold, doc, id=doc.name))
    return cases


@pytest.fixture(scope="module")
def texts() -> dict[Path, str]:
    return {}


def _text_of(doc: Path, cache: dict[Path, str]) -> str:
    """Normalised text; table rows written 'a | b | c' also read as 'a b c' (gold's cell form)."""
    if doc not in cache:
        text = norm(load(doc).text)
        cache[doc] = text + "\n" + text.replace(CELL_SEP, " ")
    return cache[doc]


@pytest.mark.parametrize(("gold", "doc"), _cases())
def test_gold_text_is_in_document(gold: Path, doc: Path, texts: dict[Path, str]) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = _text_of(doc, texts)
    wanted = [f["anchor"] for f in data["figures"]] + [q["text"] for q in data["quotes"]]
    missing = [w for w in wanted if norm(w) not in text]
    assert not missing, f"{len(missing)} of {len(wanted)} gold strings missing: {missing}"


_LONG_ITEM_WORDS = 6  # items this long are distinctive enough to be searched anywhere


def _boilerplate_present(item: str, text: str, lines: list[str]) -> bool:
    """Whether a gold boilerplate string survived ingest.

    Long items count anywhere. Short ones ('Share', 'Hide Ad', a partnership name used as a
    running header) also occur in prose, so they count as a whole line, or glued to a line
    with no space: after closing punctuation ('…day."Hide Ad') or before text ('topics:Milton').
    """
    item = norm(item)
    if len(item.split()) >= _LONG_ITEM_WORDS:
        return item in text
    for line in lines:
        if line == item:
            return True
        if line.endswith(item) and line[:-len(item)][-1:] in ".!?\"”’)":
            return True
        if line.startswith(item) and not line[len(item)].isspace():
            return True
    return False


@pytest.mark.parametrize(("gold", "doc"), _cases())
def test_boilerplate_is_not_in_document(gold: Path, doc: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    document = load(doc)
    text = norm(document.text)
    lines = [norm(x) for x in document.text.split("\n")]
    found = [b for b in data.get("boilerplate", []) if _boilerplate_present(b, text, lines)]
    assert not found, f"boilerplate left in the text: {found}"
