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


# A RAG rating key sets the thresholds of the ratings; the same shares reported against a target are
# figures.
RAG_KEYS = [
    ("RAG: G = on or better than target; A = within 5% of target; R = more than 5% from target.", "5% of"),
    ("RAG: G = on or better than target; A = within 5% of target; R = more than 5% from target.", "5% from"),
    ("Key: Green: at or above target. Amber: up to 10% below target. Red: more than 10% below target.", "10% below target."),
    ("Ratings – R = 15% or more below the target; A = less than 15% below the target.", "15% or"),
    ("Key: A = within 2% of the target; R = over 2% short of target.", "2% of"),
    ("Amber: within 3% of the threshold; Red: outside 3% of the threshold.", "3% of the"),
    ("RAG key. G = meeting target. A = up to 20% under target. R = worse than 20% under target.", "20% under target."),
    ("Red = more than 8% below target; Amber = within 8% of target; Green = on target.", "8% of"),
]
RAG_FIGURES = [
    ("Re-referrals rose to 23.8% in the quarter, above the 20% target.", "23.8%"),
    ("Assessments on time were 89.2%, within 1% of the 90% target.", "89.2%"),
    ("The red-rated indicator, repeat plans, rose to 4.1% against a target of 3%.", "4.1%"),
    ("Of the 12 indicators, 8 are green: 67% of them are on target.", "67%"),
    ("A total of 31% of plans were reviewed on time, below target.", "31%"),
    ("Green indicators rose to 58% of those with a target.", "58%"),
    ("ICPCs within 15 working days reached 91%, above the target of 85%.", "91%"),
    ("Amber indicators were 25% of the scorecard this quarter.", "25%"),
]


@pytest.mark.parametrize("text, trap", RAG_KEYS)
def test_rag_key_threshold_is_no_figure(nlp, text: str, trap: str) -> None:
    hits = values_at(figures_of(nlp, text), text, trap)
    assert not hits, hits


@pytest.mark.parametrize("text, figure", RAG_FIGURES)
def test_share_against_a_target_stays_a_figure(nlp, text: str, figure: str) -> None:
    assert values_at(figures_of(nlp, text), text, figure)
