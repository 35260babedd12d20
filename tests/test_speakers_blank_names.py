"""A blank name never enters the speaker context: a pronoun resolved against it raised
IndexError ('she said' after a person slot holding '') and lost the whole document."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract import extract_document
from extractor.ingest import load
from extractor.speakers.context import Context, Speaker
from extractor.speakers.coreference import remember

ROOT = Path(__file__).resolve().parent.parent
# a public-domain novel in LitBank's spaced tokens ('" Wake up there , youngster , " said ...'):
# the document that raised, read through the production path
NOVEL = (ROOT.parent / "shared" / "external" / "litbank-quotations" / "quotations" / "tsv" /
         "5348_ragged_dick_or_street_life_in_new_york_with_the_bootblacks_brat.txt")


@pytest.mark.parametrize("name", ["", " ", "\n", "  \t "])
def test_remember_keeps_no_blank_person(nlp, name) -> None:
    ctx = Context(doc=nlp("She said it."), text="She said it.", quote_ranges=[])
    remember(ctx, Speaker(name, None, person=True), 0)
    assert ctx.last_person_at == []


def test_remember_keeps_a_named_person(nlp) -> None:
    ctx = Context(doc=nlp("She said it."), text="She said it.", quote_ranges=[])
    remember(ctx, Speaker("Ann Fox", None, person=True), 0)
    assert ctx.last_person_at == [(0, "Ann Fox")]


@pytest.mark.skipif(not NOVEL.is_file(), reason="needs ../shared/external (LitBank)")
def test_spaced_novel_text_extracts_without_error(nlp) -> None:
    record = extract_document(load(NOVEL), nlp)
    assert record.quotes
