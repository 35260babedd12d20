"""Table rows that name a metric for children picked out by age, and status rows under a title
whose brackets say whose the things counted are.

A row label that names a metric for babies or unborn children ('Referrals to children's social
care (unborn)', 'Babies subject of a child protection plan at birth') counts that metric when the
table counts it nowhere else: the age says whom the whole table is about. Under a row or a column
of the whole ('Registrations' over 'Pre-birth registrations'), or beside another age band of the
same metric, it is a part picked out by age, and other (corpus/README.md, 'Conventions settled' 3).
A label column titled 'Actions (rapid reviews and LCSPRs)' counts actions: its brackets say
whose, so its status rows ('Complete', 'Overdue', 'Total') count recommendations. A row that names only
where children are placed ('Placed 20+ miles from home (%)') in a table of children in care counts
them (ruling 3: children in care by placement keep their metric).
Invented HTML tables in plain council and partnership reports."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load
from tests.test_table_measures import _table  # one HTML table: a header row, then the body

FY = Period("2030-04-01", "2031-03-31", "2030/31")
PROSE = ("<p>This report sets out the partnership's work over the year, how it compares with the year "
         "before and what the partners plan to do next.</p>")
HEAD = ["Measure", "Q1", "Q2", "Q3", "Q4", "2030-31", "2029-30"]
CELLS = ["14", "17", "12", "19", "62", "55"]


def _metrics(nlp, rows: list[list[str]], caption: str = "") -> dict[str, list[str]]:
    """Each row label's cells' metrics."""
    data = (f"<html><head><title>Annual report</title></head><body><main><h1>Annual report</h1>"
            f"{PROSE}{_table(rows, caption)}{PROSE}</main></body></html>").encode()
    document = load("t.html", data)
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    out: dict[str, list[str]] = {}
    for table in document.tables:
        for row in table.rows[1:]:
            for cell in row[1:]:
                fig = next((f for f in figs if any(m.start == cell.start for m in f.mentions)), None)
                out.setdefault(row[0].text, []).append(fig.metric if fig is not None else "none")
    return out


# (a row naming a metric for babies or unborn children, in a table that counts it nowhere else)
ALONE = [
    ("Referrals to children's social care (unborn)", "social_care_referrals"),
    ("Referrals to children's social care for unborn babies", "social_care_referrals"),
    ("Babies subject of a child protection plan at birth", "child_protection_plans"),
    ("Babies on a child protection plan", "child_protection_plans"),
    ("Unborn babies subject of a child protection plan", "child_protection_plans"),
    ("Pre-birth child protection plans", "child_protection_plans"),
    ("Babies separated at birth under a court order", "court_orders"),
    ("Babies removed under an emergency protection order", "court_orders"),
    ("Babies looked after at the end of the quarter", "looked_after_children"),
    ("Pre-birth referrals to children's social care", "social_care_referrals"),
    ("Section 47 enquiries (unborn)", "section_47_enquiries"),
]


@pytest.mark.parametrize("label,metric", ALONE)
def test_a_row_for_babies_counts_its_metric_when_the_table_has_no_whole(nlp, label, metric) -> None:
    rows = [HEAD, ["Parents offered a pre-birth assessment", "40", "38", "44", "41", "163", "150"],
            [label, *CELLS]]
    got = _metrics(nlp, rows)
    assert got[label] == [metric] * len(CELLS), got


# (the whole's row, then its part picked out by age): the part stays other, the whole keeps its metric
PARTS = [
    ("Registrations on the child protection register", "Pre-birth registrations (included above)",
     "child_protection_plans"),
    ("Children subject of a child protection plan", "of whom unborn babies", "child_protection_plans"),
    ("Children subject of a child protection plan", "Babies subject of a child protection plan",
     "child_protection_plans"),
    ("Referrals to children's social care", "Referrals to children's social care (unborn)",
     "social_care_referrals"),
    ("Referrals to children's social care", "Pre-birth referrals to children's social care",
     "social_care_referrals"),
    ("Children looked after", "Babies looked after", "looked_after_children"),
    ("Court orders made", "Babies separated at birth under a court order", "court_orders"),
    ("Section 47 enquiries", "Section 47 enquiries (unborn)", "section_47_enquiries"),
    ("Child protection plans started", "Unborn babies subject of a child protection plan",
     "child_protection_plans"),
    ("Children looked after at the end of the quarter", "Babies looked after at the end of the quarter",
     "looked_after_children"),
]


@pytest.mark.parametrize("whole,part,metric", PARTS)
def test_a_row_for_babies_under_its_whole_is_a_part_picked_out_by_age(nlp, whole, part, metric) -> None:
    rows = [HEAD, [whole, "80", "84", "77", "90", "331", "310"], [part, *CELLS]]
    got = _metrics(nlp, rows)
    assert got[whole] == [metric] * len(CELLS), got
    assert got[part] == ["other"] * len(CELLS), got


def test_two_age_bands_of_one_metric_are_parts_picked_out_by_age(nlp) -> None:
    rows = [HEAD, ["Babies subject of a child protection plan", *CELLS],
            ["Children aged under 5 subject of a child protection plan", "30", "28", "33", "35", "126", "119"]]
    got = _metrics(nlp, rows)
    assert set(got["Babies subject of a child protection plan"]) == {"other"}, got


# a label column's title whose brackets say whose the counted things are: its status rows count them
STATUS_TITLES = [
    "Learning actions (rapid reviews and LCSPRs)",
    "Actions (rapid reviews and practice reviews)",
    "Actions from reviews (LCSPRs and rapid reviews)",
    "Recommendations (local practice reviews)",
    "Improvement actions (rapid reviews)",
    "Actions agreed (LCSPR and rapid reviews)",
    "Agreed actions (rapid reviews, 2030-31)",
    "Learning actions (national and local reviews)",
    "Recommendations (rapid reviews and LCSPRs)",
    "Actions (learning reviews)",
]


@pytest.mark.parametrize("title", STATUS_TITLES)
def test_status_rows_under_a_bracketed_title_count_its_actions(nlp, title) -> None:
    rows = [[title, "Number"], ["Complete", "7"], ["On track", "3"], ["Overdue", "2"], ["Total", "12"]]
    got = _metrics(nlp, rows)
    assert got == {"Complete": ["recommendations"], "On track": ["recommendations"],
                   "Overdue": ["recommendations"], "Total": ["recommendations"]}, got


def test_a_bracketed_title_naming_nothing_outside_keeps_its_brackets_reading(nlp) -> None:
    # 'Region (children in care)': the words outside the brackets name nothing, so the brackets say
    # what is counted, as before
    rows = [["Region (children looked after)", "Number"], ["Northmoor", "212"], ["Eastfield", "187"],
            ["Southdale", "164"]]
    got = _metrics(nlp, rows)
    assert got["Northmoor"] == ["looked_after_children"], got


# a row naming only where children are placed, in a table whose rows count children in care
PLACED = [
    "Placed 20+ miles from home (%)",
    "Placed more than 20 miles from home (%)",
    "Placed out of area (%)",
    "Placed outside the county",
    "In residential children's homes",
    "Living with foster carers (%)",
    "With kinship carers",
    "In supported accommodation",
    "Placed with parents",
    "Living 20 miles or more from home",
    "In foster care with relatives (%)",
]


@pytest.mark.parametrize("label", PLACED)
def test_a_placement_row_in_a_table_of_children_in_care_counts_them(nlp, label) -> None:
    rows = [["Indicator", "Mar 2031", "Sep 2031"], ["Children in care (number)", "498", "512"],
            [label, "15", "14"], ["Health assessments on time (%)", "88", "91"]]
    got = _metrics(nlp, rows)
    assert got[label] == ["looked_after_children"] * 2, got
    assert got["Health assessments on time (%)"] == ["other"] * 2, got


def test_a_placement_row_without_children_in_care_stays_other(nlp) -> None:
    rows = [["Indicator", "Mar 2031", "Sep 2031"], ["Foster carers approved", "61", "64"],
            ["Placed 20+ miles from home (%)", "15", "14"]]
    got = _metrics(nlp, rows)
    assert got["Placed 20+ miles from home (%)"] == ["other"] * 2, got


def _two_level(category: str, names: tuple[str, str], rows: list[tuple[str, ...]]) -> str:
    """A breakdown by category under two header lines: years over the things counted."""
    a, b = names
    head = (f"<thead><tr><th>{category}</th><th colspan='2'>2029-30</th><th colspan='2'>2030-31</th></tr>"
            f"<tr><th></th><th>{a}</th><th>{b}</th><th>{a}</th><th>{b}</th></tr></thead>")
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>{head}<tbody>{body}</tbody></table>"


# (the label column's title, the two things its columns count, their metrics): the 'Total' row of a
# breakdown by category counts the column's whole; the categories are parts picked out by a feature
TOTALS = [
    ("Primary category", ("Notifications", "Rapid reviews"), ("serious_incident_notifications", "rapid_reviews")),
    ("Main concern", ("Notifications", "Rapid reviews"), ("serious_incident_notifications", "rapid_reviews")),
    ("Theme", ("Rapid reviews", "LCSPRs published"), ("rapid_reviews", "lcsprs_published")),
    ("Age of child", ("Notifications", "Rapid reviews"), ("serious_incident_notifications", "rapid_reviews")),
    ("Source of referral", ("Referrals to children's social care", "Section 47 enquiries"),
     ("social_care_referrals", "section_47_enquiries")),
    ("Ethnicity", ("Children in care", "Children on a plan"), ("looked_after_children", "child_protection_plans")),
    ("Area", ("Notifications", "Rapid reviews"), ("serious_incident_notifications", "rapid_reviews")),
    ("Type of harm", ("Notifications", "LCSPRs commissioned"), ("serious_incident_notifications", "lcsprs_commissioned")),
    ("Locality", ("Children in care", "Section 47 enquiries"), ("looked_after_children", "section_47_enquiries")),
    ("Reason", ("Rapid reviews", "Notifications"), ("rapid_reviews", "serious_incident_notifications")),
]


@pytest.mark.parametrize("category,names,metrics", TOTALS)
def test_the_total_of_a_breakdown_counts_its_columns_whole(nlp, category, names, metrics) -> None:
    rows = [("Neglect", "9", "8", "12", "11"), ("Physical abuse", "7", "6", "10", "9"),
            ("Total", "16", "14", "22", "20")]
    data = (f"<html><head><title>Annual report</title></head><body><main><h1>Annual report</h1>"
            f"{PROSE}{_two_level(category, names, rows)}{PROSE}</main></body></html>").encode()
    document = load("t.html", data)
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    got = {(f.value, f.mentions[0].start): f.metric for f in figs}
    total = next(r for t in document.tables for r in t.rows if r[0].text == "Total")
    assert [got.get((float(c.text), c.start)) for c in total[1:]] == [*metrics, *metrics], (got, document.tables)
