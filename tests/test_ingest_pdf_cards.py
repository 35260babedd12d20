"""A row of statistic cards in a PDF printed from HTML (numbers in large type, each over its label
in small type) reaches Document.text as one line per card, its number then its label, whatever
the number of cards, their alignment and how their labels wrap. Invented pages, printed by
chromium (skipped where it is missing)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from extractor.ingest import load

_CARD = ('<div style="flex:1;background:#234;color:#fff;padding:6pt;text-align:{align}">'
         '<span style="font-size:20pt;font-weight:bold;display:block">{n}</span>'
         '<span style="font-size:8pt;display:block">{label}</span></div>')
CARD_ROWS = [  # (align, [(number, label)])
    ("left", [("5", "serious incident notifications"), ("2", "LCSPRs commissioned"),
              ("1", "LCSPR published"), ("13", "recommendations made")]),
    ("left", [("6,812", "contacts received by the front door"), ("2,145", "referrals to children's social care"),
              ("318", "children on a child protection plan at 31 March 2025"), ("9", "rapid reviews held")]),
    ("center", [("412", "children on a plan"), ("18.2%", "re-referrals within a year")]),
    ("center", [("1,376", "section 47 enquiries"), ("476", "children looked after"), ("84", "training courses")]),
    ("left", [("£2.4m", "partnership budget"), ("97%", "of practitioners would recommend the training"),
              ("31", "audits completed"), ("7", "learning briefings"), ("2,930", "practitioners trained")]),
    ("center", [("14", "notifications to the national panel"), ("3", "local reviews commissioned"),
                ("4", "reviews in progress"), ("17", "recommendations"), ("12", "recommendations completed"),
                ("6", "briefings")]),
    ("left", [("229", "children subject to a child protection plan on the last day of the quarter"),
              ("57.4", "rate per 10,000 children")]),
    ("left", [("503", "contacts in April"), ("492", "contacts in May"), ("492", "contacts in June")]),
]


@pytest.mark.parametrize("align, cards", CARD_ROWS)
def test_card_row_reads_one_line_per_card(tmp_path, align: str, cards: list[tuple[str, str]]) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    row = "".join(_CARD.format(align=align, n=n, label=label) for n, label in cards)
    html = (f"<html><body style='font-family:Arial;font-size:10pt'><h1>Our year in numbers</h1>"
            f"<div style='display:flex;gap:4mm'>{row}</div><p>The partnership's year is set out "
            "in the sections below, with what we learned and what we will do next.</p></body></html>")
    src, out = tmp_path / "p.html", tmp_path / "p.pdf"
    src.write_text(html, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(src)], check=True, capture_output=True, timeout=60)
    lines = [" ".join(ln.split()) for ln in load(out).text.split("\n")]
    for n, label in cards:
        assert f"{n} {label}" in lines, (n, label, lines[:12])
