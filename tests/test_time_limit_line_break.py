"""A line break between a time limit's number and its unit word (a wrapped PDF line: 'within 45 /
working days') leaves the phrase's head the unit word, as on one line, so the deadline said again
on one line is the same figure; a line break before other words changes nothing. Invented prose.
(A timescale given only in a table's row label stays unread: ruling 1 of corpus/README.md is for
running text, see tests/test_tables.py.)"""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2030-04-01", "2031-03-31", "2030/31")


# A line break between a time limit's number and its unit word (a wrapped PDF line) leaves it the
# same deadline as the one said on one line: (sentence with a break, the value, the unit word)
BROKEN = [
    ("Of the single assessments, 88% were completed within 45\nworking days in the year.", 45, "days"),
    ("Each rapid review should be finished within 15\nworking days of the notification.", 15, "days"),
    ("The council aims to answer complaints within 20\ncalendar days of receiving them.", 20, "days"),
    ("Health assessments were held within 28\ndays of a child entering care in most cases.", 28, "days"),
    ("Visits to new foster carers took place within 6\nweeks of approval in the year.", 6, "weeks"),
    ("Strategy meetings were arranged within 3\nworking days in nine cases out of ten.", 3, "days"),
    ("Education plans were agreed within 20\nschool days of a move in most cases.", 20, "days"),
    ("The panel asked for an update within 2\nweeks of the meeting of the committee.", 2, "weeks"),
    ("Return interviews were offered within 5\nworking days of the child coming home.", 5, "days"),
    ("Care plans were reviewed within 10\nworking days of every placement move.", 10, "days"),
]


@pytest.mark.parametrize("sentence,value,unit", BROKEN)
def test_a_line_break_before_the_unit_word_is_the_same_deadline(nlp, sentence, value, unit) -> None:
    text = f"Performance report\n\n{sentence}\n\nThe target is to do this within {value} {unit}, as before.\n"
    document = load("t.txt", text.encode())
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    limit = [f for f in figs if f.unit == unit and abs(f.value - value) < 0.01]
    assert len(limit) == 1, [(f.value, f.unit, f.subject, len(f.mentions)) for f in figs]
    assert limit[0].subject.split()[-1] == unit, limit[0]


# a line break before a word that is no time word keeps the parser's reading
@pytest.mark.parametrize("sentence", [
    "The service employed 45\nsocial workers at the end of March.",
    "The hub worked with 28\nfamilies from the estate during the year.",
])
def test_a_line_break_before_other_words_changes_nothing(nlp, sentence) -> None:
    text = f"Performance report\n\n{sentence}\n"
    document = load("t.txt", text.encode())
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    assert not any(f.unit in ("days", "weeks") for f in figs), figs
