"""Tables whose rows are places or categories and whose columns say what is counted: one column
names the counted thing ('Children in need 2031') and the columns beside it measure it (a rate
per 10,000 with its year and a note mark, a percentage change), so every cell counts that thing;
a column of ranks ('Rank of rate (1 = highest)') holds no figures; rows labelled by year are no
contents page; a note's mark ('[note 3]') is no figure; a line of cells set apart by bars ('3
reviews commissioned | 2 published | 4 ongoing') reads each number with its own cell's label.
Invented HTML tables and lines."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2030-04-01", "2031-03-31", "2030/31")
PROSE = ("<p>This release sets out how many children the services worked with over the year "
         "and how that compares with the year before, area by area.</p>")
PLACES = ["Northmoor", "Eastfield", "Southdale", "Westbury", "Upper Vale"]


def _table(rows: list[list[str]], caption: str = "") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page(*parts: str) -> bytes:
    return (f"<html><head><title>Statistics release</title></head><body><main><h1>Statistics release</h1>"
            f"{PROSE}{''.join(parts)}{PROSE}</main></body></html>").encode()


def _figures(nlp, data: bytes, name: str = "t.html"):
    document = load(name, data)
    return find_figures(nlp(document.text), document, FY, use_classifier=False), document


def _cell(figs, document, text: str):
    cell = next(c for t in document.tables for r in t.rows for c in r[1:] if c.text == text)
    return next((f for f in figs if any(m.start == cell.start for m in f.mentions)), None)


# (label column, the column naming the counted thing, the measure columns beside it, its metric)
MEASURED = [
    ("Region", "Children in need 2031", ["Rate per 10,000 children 2031 [note 2]",
                                          "Rate per 10,000 children 2030 (revised) [note 3]",
                                          "Percentage change in number 2030 to 2031"], "children_in_need"),
    ("Area", "Children looked after at 31 March", ["Rate per 10,000 [note 1]", "% change on last year"],
     "looked_after_children"),
    ("Local authority", "Section 47 enquiries started", ["Rate per 10,000 children aged under 18",
                                                         "Change since 2029/30"], "section_47_enquiries"),
    ("Region", "Children on a child protection plan", ["Rate per 10,000 2031", "Rate per 10,000 2030",
                                                       "Difference from previous year"],
     "child_protection_plans"),
    ("Category of need", "Children in need", ["Percentage of total", "Percentage 2030"], "children_in_need"),
    ("Area", "Referrals to children's social care", ["Rate per 10,000 (provisional)",
                                                     "Annual change (%)"], "social_care_referrals"),
    ("Partnership area", "Children in care", ["Rate per 10,000 children [note 4]", "Share of total"],
     "looked_after_children"),
    ("Region", "Children subject to a plan 2031", ["Rate per 10,000 2031 [note 1]",
                                                   "Percentage increase 2030 to 2031"],
     "child_protection_plans"),
]


@pytest.mark.parametrize("corner,counted,measures,metric", MEASURED)
def test_measure_columns_count_what_their_neighbour_names(nlp, corner, counted, measures, metric) -> None:
    rows = [[corner, counted, *measures]]
    rows += [[p, f"{2_310 + 713 * i:,}", *(f"{(41.7 + 3.1 * i + 1.3 * k):.1f}" for k in range(len(measures)))]
             for i, p in enumerate(PLACES)]
    figs, document = _figures(nlp, _page(_table(rows)))
    cells = [c for t in document.tables for r in t.rows[1:] for c in r[1:]]
    assert len(cells) == len(PLACES) * (1 + len(measures)), document.tables
    for cell in cells:
        fig = next((f for f in figs if any(m.start == cell.start for m in f.mentions)), None)
        assert fig is not None and fig.metric == metric, (cell.text, fig)


RANKS = ["Rank of rate (1 = highest)", "Rank", "Ranking", "Rank 2031", "Position", "Ranked by rate",
         "Rank (1 = lowest)", "Regional rank"]


@pytest.mark.parametrize("head", RANKS)
def test_a_column_of_ranks_gives_no_figures(nlp, head) -> None:
    ranks = ["2", "5", "1", "3", "3="]
    rows = [["Region", "Children on a child protection plan", "Rate per 10,000 children", head]]
    rows += [[p, f"{1_310 + 413 * i:,}", f"{38.7 + 2.9 * i:.1f}", r] for i, (p, r) in enumerate(zip(PLACES, ranks))]
    figs, document = _figures(nlp, _page(_table(rows)))
    rank_cells = {r[3].start for t in document.tables for r in t.rows[1:] if len(r) > 3}
    assert not any(m.start in rank_cells for f in figs for m in f.mentions), [(f.value, f.metric) for f in figs]
    fig = _cell(figs, document, "38.7")
    assert fig is not None and fig.metric == "child_protection_plans", fig


# (caption, the columns of a table with a row per year, the metric of its first column)
BY_YEAR = [
    ("Child protection register, 2028 to 2030", ["Registrations", "De-registrations", "On register at 31 December"],
     "child_protection_plans"),
    ("Children looked after, 2028 to 2030", ["Children looked after", "Started to be looked after", "Ceased"],
     "looked_after_children"),
    ("Referrals, 2028 to 2030", ["Referrals", "Re-referrals", "Assessments"], "social_care_referrals"),
    ("Case reviews, 2028 to 2030", ["Serious incident notifications", "Rapid reviews", "LCSPRs published"],
     "serious_incident_notifications"),
    ("Enquiries by year", ["Section 47 enquiries", "Initial conferences", "Plans started"], "section_47_enquiries"),
    ("Children in need by year", ["Children in need", "Rate per 10,000", "Change"], "children_in_need"),
    ("", ["Registrations", "De-registrations", "Registered at year end"], "child_protection_plans"),
    ("Notifications by calendar year", ["Notifications to the Panel", "Rapid reviews", "Reviews commissioned"],
     "serious_incident_notifications"),
]


@pytest.mark.parametrize("caption,columns,metric", BY_YEAR)
def test_rows_of_years_are_no_contents_page(nlp, caption, columns, metric) -> None:
    rows = [["Calendar year", *columns]]
    rows += [[str(2028 + i), *(str(118 + 13 * i + 7 * k) for k in range(len(columns)))] for i in range(3)]
    figs, document = _figures(nlp, _page(_table(rows, caption)))
    fig = _cell(figs, document, "131")
    assert fig is not None and fig.metric == metric, (fig, document.text)
    assert not any(f.value in (2028, 2029, 2030) and f.unit == "count" for f in figs), [f.value for f in figs]


NOTES = [
    "Figures are rounded to the nearest 10 [note 1].",
    "Rates are per 10,000 children aged under 18 [note 2].",
    "[note 4] One authority sent incomplete data, so its rate is not shown.",
    "[Note 12] Figures for the year have been revised.",
    "The measure changed in the spring [7].",
    "Inspectors judged the service good overall.[4][11]",
    "See the definitions in the technical guide [notes 3].",
    "Data for the region are suppressed [note 6] for quality reasons.",
]


@pytest.mark.parametrize("sentence", NOTES)
def test_a_note_mark_is_no_figure(nlp, sentence) -> None:
    figs, document = _figures(nlp, _page(f"<p>{sentence}</p>"))
    marks = [int(n) for n in __import__("re").findall(r"\[(?:[Nn]otes?\s+)?(\d+)\]", sentence)]
    assert not any(f.value in marks and f.value != 10 for f in figs), [(f.value, f.unit) for f in figs]


# (a line of bar-separated cells, the metric of each number)
BARRED = [
    ("3 LCSPRs commissioned | 2 published | 4 ongoing",
     ["lcsprs_commissioned", "lcsprs_published", "lcsprs_ongoing"]),
    ("5 local reviews commissioned | 1 published", ["lcsprs_commissioned", "lcsprs_published"]),
    ("2 practice reviews published · 6 ongoing", ["lcsprs_published", "lcsprs_ongoing"]),
    ("412 referrals · 96 re-referrals · 38 section 47 enquiries",
     ["social_care_referrals", "social_care_referrals", "section_47_enquiries"]),
    ("14 serious incident notifications | 12 rapid reviews", ["serious_incident_notifications", "rapid_reviews"]),
    ("318 children on a plan | 476 children looked after", ["child_protection_plans", "looked_after_children"]),
    ("7 LCSPRs ongoing | 3 published | 2 commissioned",
     ["lcsprs_ongoing", "lcsprs_published", "lcsprs_commissioned"]),
    ("1,204 children in need | 57 children in care | 9 training courses",
     ["children_in_need", "looked_after_children", "other"]),
]


@pytest.mark.parametrize("line,metrics", BARRED)
def test_each_cell_of_a_barred_line_keeps_its_own_label(nlp, line, metrics) -> None:
    text = f"Our year at a glance\n\n{line}\n\nThe partnership will report again in the spring.\n"
    figs, document = _figures(nlp, text.encode(), "t.txt")
    numbers = [part.split()[0] for part in __import__("re").split(r" [|·] ", line)]
    for number, metric in zip(numbers, metrics):
        at = document.text.index(f"{number} ", document.text.index(line))
        while document.text[at - 1:at].isdigit():
            at = document.text.index(f"{number} ", at + 1)
        fig = next((f for f in figs if any(m.start == at for m in f.mentions)), None)
        assert fig is not None and fig.metric == metric, (number, fig, [(f.value, f.metric) for f in figs])


FY_NOW = Period("2030-04-01", "2031-03-31", "2030/31")
MONTHS = ["Jul 30", "Aug 30", "Sep 30", "Oct 30"]
# (a sentence that gives a table's latest figures without a date, the row label, the row's cells by
# month, the cells the sentence restates): a value the table gives in one month of the report's
# year only is that month's figure, one figure with two mentions, when the sentence names the row
# in two words or more (one shared word, 'Referrals came from health (7)', is no restatement)
MONTHLY = [
    ("The number of children on a child protection plan rose slightly, from 209 to 214.",
     "Children on a child protection plan", ["204", "206", "209", "214"], ["209", "214"]),
    ("Children looked after rose to 352.", "Children looked after", ["347", "348", "349", "352"], ["352"]),
    ("Referrals to social care fell to 171 after a busy summer.", "Referrals to children's social care",
     ["196", "203", "188", "171"], ["171"]),
    ("Section 47 enquiries went up from 58 to 64.", "Section 47 enquiries", ["61", "55", "58", "64"], ["58", "64"]),
    ("There are now 1,204 children in need, up from 1,187.", "Children in need",
     ["1,160", "1,171", "1,187", "1,204"], ["1,204", "1,187"]),
    ("Child protection plans fell from 233 to 228.", "Child protection plans", ["241", "236", "233", "228"], ["233", "228"]),
    ("Children in care numbered 512, the most this year.", "Children in care", ["498", "503", "507", "512"], ["512"]),
    ("Contacts to children's social care referred on rose to 143.", "Referrals to children's social care",
     ["131", "128", "137", "143"], ["143"]),
]


@pytest.mark.parametrize("sentence,label,cells,restated", MONTHLY)
def test_a_months_figure_said_without_a_date_restates_its_cell(nlp, sentence, label, cells, restated) -> None:
    rows = [["Measure", *MONTHS], [label, *cells], ["Audits completed", "12", "15", "11", "14"]]
    document = load("t.html", _page(f"<p>{sentence}</p>", _table(rows)))
    figs = find_figures(nlp(document.text), document, FY_NOW, use_classifier=False)
    for value in restated:
        fig = _cell(figs, document, value)
        assert fig is not None and len(fig.mentions) == 2, (value, fig)
        assert len([f for f in figs if f.value == fig.value and f.metric == fig.metric]) == 1, value


def test_a_breakdown_sharing_one_word_with_a_column_is_no_restatement(nlp) -> None:
    """'Referrals came from health (7)' is a count by source, not the quarter's 7 referrals."""
    rows = [["Quarter", "Referrals", "Notifications", "Rapid reviews"], ["Q1 (Apr-Jun)", "5", "2", "2"],
            ["Q2 (Jul-Sep)", "8", "4", "3"], ["Q3 (Oct-Dec)", "6", "2", "3"], ["Q4 (Jan-Mar)", "7", "3", "2"]]
    before = "<p>Referrals came from social care (12), health (7), the police (5) and schools (2).</p>"
    document = load("t.html", _page(before, _table(rows)))
    figs = find_figures(nlp(document.text), document, FY_NOW, use_classifier=False)
    for value in ("5", "7"):
        fig = _cell(figs, document, value)
        assert fig is not None and len(fig.mentions) == 1, (value, fig)


# (a description cell of an options or actions table, the number in it that is a figure)
DESCRIBED = [
    ("Block-contract 6 independent fostering placements", 6),
    ("Open two homes with 8 beds between them", 8),
    ("Recruit 20 new foster households over two years", 20),
    ("Do nothing: the pressure rises to £4.1m in 2031/32", 4_100_000),
    ("Retention package for 15 experienced social workers", 15),
    ("Train 340 practitioners in the new model", 340),
    ("Extend the edge-of-care team by 4 family workers", 4),
    ("Payback within 3 years of opening", 3),
]


@pytest.mark.parametrize("description,value", DESCRIBED)
def test_a_number_in_a_description_cell_is_read(nlp, description, value) -> None:
    rows = [["Option", "Description", "One-off cost", "Assessment"],
            ["A", "Continue to spot-purchase placements", "£0", "Not recommended"],
            ["B", description, "£0.62m", "Recommended"],
            ["C", "Commission a regional framework", "£1.10m", "Partly meets need"]]
    figs, document = _figures(nlp, _page(_table(rows)))
    cell = next(c for t in document.tables for r in t.rows for c in r if c.text == description)
    assert any(cell.start <= m.start < cell.end and f.value == value for f in figs for m in f.mentions), \
        [(f.value, f.unit) for f in figs]
    assert any(f.value == 620_000 and f.unit == "gbp" for f in figs)


PHONES = ["01632 960 471", "0117 496 0123", "020 7946 0557", "0800 123 4567", "01632 960418",
          "0300 123 1000", "028 9018 0000", "0161 496 0000"]


@pytest.mark.parametrize("phone", PHONES)
def test_a_phone_number_on_its_own_line_is_no_row_of_cards(nlp, phone) -> None:
    text = (f"Partnership annual report\n\nThe partnership sets out its work over the year.\n\n"
            f"Contact\nPartnership Business Manager\n{phone}\nbusiness.unit@partnership.example\n")
    figs, document = _figures(nlp, text.encode(), "t.txt")
    at = document.text.index(phone)
    assert not any(at <= m.start < at + len(phone) for f in figs for m in f.mentions), \
        [(f.value, f.method) for f in figs]
