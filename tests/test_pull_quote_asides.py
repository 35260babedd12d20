"""A pull quote set in an <aside> and signed on a line under it, whose words the story gives
nowhere else, reaches the text with its signature, and the signed name speaks; a pull quote
repeating the story's words, or one with no line of its own signing it, stays out. Every
page is invented."""

from __future__ import annotations

import pytest

from conftest import analysed_quotes
from extractor.ingest.html import read_html

PROSE = ("<p>This page sets out what the service did over the year, for families, "
         "practitioners and members of the public who want to know how children were kept safe.</p>"
         "<p>Dr Ann Fox, the service lead, said the year had been busy: \u201cWe saw more families "
         "than ever before and most of them came to us early.\u201d</p>")


def article(box: str) -> str:
    html = ("<html><head><title>Our year</title></head><body><main><article><h1>Our year</h1>"
            f"{PROSE}{box}{PROSE}</article></main></body></html>")
    return read_html("a.html", html.encode()).text


SIGNED = [  # (aside, quote words, signature, speaker)
    ("<aside class='pullquote'><p>\u201cBusy never means we stop asking questions about a child.\u201d</p>"
     "<p class='attrib'>Rhian Pugh, Named Nurse</p></aside>", "Busy never means", "Rhian Pugh, Named Nurse",
     "Rhian Pugh"),
    ("<aside class='quote'><p>\u201cA five-minute chat at the front desk can change a family's year.\u201d</p>"
     "<p>Tom Ellery, Head of Early Help</p></aside>", "five-minute chat", "Tom Ellery, Head of Early Help",
     "Tom Ellery"),
    ("<aside><blockquote><p>\u201cEvery call we answer late is a call a child remembers.\u201d</p></blockquote>"
     "<p>Grace Oduya, Duty Manager</p></aside>", "Every call we answer", "Grace Oduya, Duty Manager",
     "Grace Oduya"),
    ("<aside class='pull-quote'><p>\u201cParents told us they wanted one person to ring, not five.\u201d</p>"
     "<cite>Marek Novak, Family Support Worker</cite></aside>", "one person to ring",
     "Marek Novak, Family Support Worker", "Marek Novak"),
    ("<aside class='pullquote'><p>\u201cWe listen first and fill in the forms afterwards.\u201d</p>"
     "<p>Sian Lloyd, Safeguarding Lead</p></aside>", "fill in the forms", "Sian Lloyd, Safeguarding Lead",
     "Sian Lloyd"),
    ("<aside class='quote-box'><p>\u201cThe young people on the panel asked harder questions than any inspector.\u201d</p>"
     "<p>Amir Shah, Participation Officer</p></aside>", "asked harder questions",
     "Amir Shah, Participation Officer", "Amir Shah"),
]


@pytest.mark.parametrize("box, words, sign, speaker", SIGNED)
def test_signed_pull_quote_reaches_the_text(box: str, words: str, sign: str, speaker: str) -> None:
    text = article(box)
    assert words in text and sign in text


@pytest.mark.parametrize("box, words, sign, speaker", SIGNED)
def test_signed_pull_quote_is_the_signers(nlp, box: str, words: str, sign: str, speaker: str) -> None:
    quotes = [q for q in analysed_quotes(nlp, article(box)) if words in q.text]
    assert [q.speaker for q in quotes] == [speaker]


OUT = [  # the story's own words again, or no signature line of its own
    ("<aside class='pullquote'><p>\u201cWe saw more families than ever before and most of them came to us early.\u201d</p>"
     "<p>Dr Ann Fox, service lead</p></aside>", "Dr Ann Fox, service lead"),
    ("<aside class='pullquote'><p>\u201cWe saw 41,200 contacts,\u201d she said.</p></aside>", "41,200"),
    ("<aside class='quote'><p>\u201cNobody ever asked me what I wanted for my own birthday.\u201d</p></aside>",
     "birthday"),
    ("<aside class='pullquote'><p>\u201cThe waiting list halved in a year, which nobody expected.\u201d</p>"
     "<p>\u201cAnd it has stayed down since the spring.\u201d</p></aside>", "halved"),
]


@pytest.mark.parametrize("box, absent", OUT)
def test_repeated_or_unsigned_pull_quote_stays_out(box: str, absent: str) -> None:
    assert absent not in article(box)
