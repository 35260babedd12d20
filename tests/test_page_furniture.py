"""Numbers of page furniture in documents printed from HTML are no figures: a minute's number after
its committee's code ('CYP 24 Quarter 1 performance'), a Welsh page or item label ('Tudalen 31 /
Page 31', 'Eitem 7'), a resolution's later list numbers ('(1) notes the report; (2) that ...');
the same shapes carrying a reported amount stay figures."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def figures_of(nlp, text: str):
    document = load("t.txt", text.encode("utf-8"))
    return find_figures(nlp(document.text), document, FY, use_classifier=False)


def values_at(figures, text: str, trap: str) -> list[str]:
    s = text.index(trap)
    e = s + len(trap)
    return [m.text for f in figures for m in f.mentions if m.start < e and s < m.end]


NOT_FIGURES = [
    ("CYP 24 Quarter 1 children's social care performance\nThe panel heard that 412 referrals were made.\n", "CYP 24"),
    ("EX 12 Apologies for absence\nApologies were received from Councillor Pym. There were 31 rapid reviews.\n", "EX 12"),
    ("SCR 7 Minutes of the previous meeting\nThe minutes were agreed. The board noted 19 notifications.\n", "SCR 7"),
    ("HWB 103 Declarations of interest\nNone. The service held 88 strategy discussions.\n", "HWB 103"),
    ("Tudalen 31 / Page 31\nThere were 124 registrations during the year.\n", "Tudalen 31"),
    ("Cyngor Sir Example · Tudalen 112\nThe register held 90 children at 31 March.\n", "Tudalen 112"),
    ("Eitem 7 / Item 7\nThe board agreed 2 concise reviews.\n", "Eitem 7"),
    ("Resolved: (1) that the Panel notes the report; (2) that a further report be brought in January.\n"
     "There were 229 children on a plan.\n", "(2)"),
    ("Resolved – (1) that the update be noted; (3) that officers write to the Minister.\n"
     "The service received 503 contacts.\n", "(3)"),
]

STILL_FIGURES = [
    ("CYP 24 Quarter 1 children's social care performance\nThe panel heard that 412 referrals were made.\n", "412"),
    ("EX 12 Apologies for absence\nApologies were received from Councillor Pym. There were 31 rapid reviews.\n", "31"),
    ("Tudalen 31 / Page 31\nThere were 124 registrations during the year.\n", "124"),
    ("Eitem 7 / Item 7\nThe board agreed 2 concise reviews.\n", "2"),
    ("The service received 503 contacts; 139 became referrals.\n", "139"),
    ("LAC numbers rose: 476 children were looked after at year end.\n", "476"),
    ("MASH 2024 review\nThe MASH handled 6,812 contacts in the year.\n", "6,812"),
    ("There were 37 children on a plan (up from 29); 18 of them were under five.\n", "18"),
]


@pytest.mark.parametrize("text, trap", NOT_FIGURES)
def test_furniture_number_is_no_figure(nlp, text: str, trap: str) -> None:
    hits = values_at(figures_of(nlp, text), text, trap)
    assert not hits, hits


@pytest.mark.parametrize("text, figure", STILL_FIGURES)
def test_reported_amount_beside_furniture_stays_a_figure(nlp, text: str, figure: str) -> None:
    assert values_at(figures_of(nlp, text), text, figure)
