"""A time limit named in a table's row label or column header ('Assessments completed within 45
working days (%)', 'Visits within 5 working days') is a deadline: a figure, as 'within 15 working days' is
in prose, beside the shares the row measures. A window in months or years is a definition and
stays part of the label ('Re-referrals within 12 months (%)'), and numbers that are no limit
('Section 47 enquiries', 'aged 0-17') stay label words. Invented HTML tables."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2030-04-01", "2031-03-31", "2030/31")
PROSE = ("<p>This page sets out how the council's children's services performed over the year, "
         "measure by measure, against the targets the cabinet agreed.</p>")


def _table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figures(nlp, rows: list[list[str]]):
    html = (f"<html><head><title>Performance scorecard</title></head><body><main><h1>Performance "
            f"scorecard</h1>{PROSE}{_table(rows)}{PROSE}</main></body></html>").encode()
    document = load("t.html", html)
    return find_figures(nlp(document.text), document, FY, use_classifier=False)


# (row label, the limit's value, its unit)
LIMITS = [
    ("Assessments completed within 45 working days (%)", 45, "days"),
    ("Initial conferences within 15 working days", 15, "days"),
    ("Strategy discussions held within 3 working days (%)", 3, "days"),
    ("Return home interviews offered within 3 days", 3, "days"),
    ("Complaints answered within 20 working days (%)", 20, "days"),
    ("Health assessments within 28 calendar days of entering care", 28, "days"),
    ("Contacts decided within 1 working day (%)", 1, "days"),
    ("Early help assessments within 6 weeks (%)", 6, "weeks"),
    ("Personal education plans within 20 school days", 20, "days"),
    ("Child protection visits within 10 working days (%)", 10, "days"),
]


@pytest.mark.parametrize("label,value,unit", LIMITS)
def test_a_time_limit_in_a_row_label_is_a_figure(nlp, label, value, unit) -> None:
    rows = [["Measure", "2029/30", "2030/31", "Target"], [label, "81%", "86%", "90%"],
            ["Children in need at year end", "1,214", "1,187", "-"]]
    figs = _figures(nlp, rows)
    limit = [f for f in figs if f.unit == unit and abs(f.value - value) < 0.01]
    assert len(limit) == 1 and limit[0].metric == "other", [(f.value, f.unit, f.metric) for f in figs]
    assert any(f.unit == "percent" and abs(f.value - 86) < 0.01 for f in figs), figs


def test_a_time_limit_in_a_column_header_is_a_figure(nlp) -> None:
    rows = [["Team", "Referrals", "Assessed within 45 working days (%)"],
            ["North team", "412", "88%"], ["South team", "377", "91%"]]
    figs = _figures(nlp, rows)
    assert any(f.unit == "days" and abs(f.value - 45) < 0.01 for f in figs), [(f.value, f.unit) for f in figs]


# label words whose number is no time limit: a definition's window, a statute, an age band
NOT_LIMITS = [
    ("Re-referrals within 12 months (%)", 12),
    ("Re-registrations within 2 years (%)", 2),
    ("Section 47 enquiries started", 47),
    ("Children aged 0-17 on a plan", 17),
    ("Plans lasting 2 years or more (%)", 2),
    ("Care leavers aged 19-21 in education (%)", 21),
]


@pytest.mark.parametrize("label,value", NOT_LIMITS)
def test_other_numbers_in_a_label_stay_label_words(nlp, label, value) -> None:
    rows = [["Measure", "2029/30", "2030/31", "Target"], [label, "17.3%", "16.8%", "15%"]]
    figs = _figures(nlp, rows)
    assert not any(abs(f.value - value) < 0.01 and f.unit != "percent" for f in figs), \
        [(f.value, f.unit, f.metric) for f in figs]


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
]


@pytest.mark.parametrize("sentence,value,unit", BROKEN)
def test_a_line_break_before_the_unit_word_is_the_same_deadline(nlp, sentence, value, unit) -> None:
    text = (f"Performance report\n\n{sentence}\n\nMeasure\tTarget\nWithin {value} working {unit}\t90%\n"
            if unit == "days" else f"Performance report\n\n{sentence}\n\nThe team kept to the within {value} {unit} limit.\n")
    document = load("t.txt", text.encode())
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    limit = [f for f in figs if f.unit == unit and abs(f.value - value) < 0.01]
    assert len(limit) == 1, [(f.value, f.unit, f.subject, len(f.mentions)) for f in figs]
    assert limit[0].subject.split()[-1] == unit, limit[0]


# a line break before a word that is no time word keeps the parser's reading
def test_a_line_break_before_other_words_changes_nothing(nlp) -> None:
    text = "Performance report\n\nThe service employed 45\nsocial workers at the end of March.\n"
    document = load("t.txt", text.encode())
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    assert not any(f.unit in ("days", "weeks") for f in figs), figs
