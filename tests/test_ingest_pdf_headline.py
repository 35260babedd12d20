"""A slide of statistic cards stacked one under another, each a headline number set larger than
its label on the same line ('14' then 'serious incident notifications'): the lines sit close, as
the wrapped lines of a paragraph do, but each card is a line of its own in Document.text, never
joined to the card above. A paragraph whose wrapped line starts with a number in its own type
stays one paragraph. Invented pages, written as PDF operators."""

from __future__ import annotations

import pytest

from extractor.ingest import load
from tests.test_ingest_pdf_rules import _pdf, _text, _width

CARDS = [
    [("14", "serious incident notifications (2030/31: 11)"), ("14", "rapid reviews held"),
     ("3", "LCSPRs commissioned"), ("1", "case taken forward by the national Panel")],
    [("587", "children on a plan at 31 March"), ("0", "reviews overdue for publication")],
    [("2,214", "contacts to the front door"), ("1,180", "referrals accepted"), ("96", "re-referrals")],
    [("41", "children looked after"), ("12", "care leavers in education"), ("7", "adoptions")],
    [("£2.4m", "partnership budget"), ("31", "audits completed"), ("9", "learning briefings")],
    [("97%", "of practitioners rated the training good"), ("2,930", "practitioners trained")],
    [("6", "notifications"), ("5", "rapid reviews"), ("2", "reviews published"), ("4", "reviews ongoing")],
    [("318", "section 47 enquiries"), ("112", "initial conferences"), ("57.4", "plans per 10,000 children")],
]


def _slide(cards: list[tuple[str, str]], big: float, small: float) -> bytes:
    ops = [_text(50, 780, "Our year at a glance", 20)]
    y = 740.0
    for n, label in cards:
        ops.append(_text(60, y, n, big))
        ops.append(_text(60 + _width(n, big) + 6, y + 2, label, small))
        y -= big + 4  # closer than a paragraph's gap
    ops.append(_text(50, y - 30, "The partnership will report again to the Board in the spring.", 10))
    return _pdf(ops)


@pytest.mark.parametrize("cards", CARDS)
def test_stacked_cards_are_a_line_each(cards) -> None:
    lines = [" ".join(ln.split()) for ln in load("slide.pdf", _slide(cards, 26, 20)).text.split("\n")]
    for n, label in cards:
        assert f"{n} {label}" in lines, (n, label, lines)


PARAGRAPHS = [
    ["The partnership received many more notifications this year than last, and it held",
     "14 rapid reviews, all of them within the fifteen working days that the guidance sets."],
    ["In the year to March the front door took more contacts than ever before, some",
     "2,214 in all, and it passed about half of them to the assessment teams."],
]


@pytest.mark.parametrize("lines", PARAGRAPHS)
def test_a_wrapped_line_opening_with_a_number_stays_in_its_paragraph(lines) -> None:
    ops = [_text(50, 780, "Summary", 14)] + [_text(50, 750 - 13 * i, ln, 10) for i, ln in enumerate(lines)]
    text = " ".join(load("p.pdf", _pdf(ops)).text.split())
    assert " ".join(lines) in text, text
