"""More constructions styles16-18 showed the tool missing or over-reading (issue 10), each as a
table of invented sentences run through the production path (ingest -> pipeline -> find_figures,
rules only) beside the close sentences whose number must stay as it was. The number under test is
marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.ingest import load
from tests.test_figure_recall import FY, _check
from tests.test_ingest_pdf_rules import _pdf, _text

# 'member of staff' is one noun: 'one member of staff' counts a staff member, as 'one teacher' does;
# 'one member' alone (of a panel, a family) and an unnamed speaker stay no figure
ONE_MEMBER_OF_STAFF = [
    ("Four allegations were investigated and ⟦one⟧ member of staff was dismissed.", (1, "count")),
    ("In the year, ⟦one⟧ member of staff was suspended pending the outcome.", (1, "count")),
    ("The school dismissed ⟦one⟧ member of staff after the hearing.", (1, "count")),
    ("The trust referred ⟦one⟧ member of staff to the barring service.", (1, "count")),
    ("After the review ⟦one⟧ member of staff resigned and two were retrained.", (1, "count")),
    ("The children's home suspended ⟦one⟧ member of staff in March.", (1, "count")),
    ("During the inspection ⟦one⟧ member of staff was found without a current check.", (1, "count")),
    # kept apart: one member of a body, and an unnamed speaker
    ("⟦One⟧ member of the panel asked about waiting times.", None),
    ("⟦One⟧ member of staff told us the rota was unworkable.", None),
    ("⟦One⟧ member said the plan was too long.", None),
]


@pytest.mark.parametrize("marked,want", ONE_MEMBER_OF_STAFF)
def test_one_member_of_staff_is_a_count(nlp, marked, want):
    _check(nlp, marked, want)


# The whole of a part just counted is a figure even when a participle names the set: '52 of the 55
# elected members' as '31 of the 34 standards'. A set said bare after 'of the' restates its size.
WHOLE_WITH_PARTICIPLE = [
    ("In the year 52 of the ⟦55⟧ elected members completed the training.", (55, "count")),
    ("Inspectors found that 17 of the ⟦19⟧ registered homes were good or better.", (19, "count")),
    ("By March, 40 of the ⟦44⟧ qualified social workers had supervision on time.", (44, "count")),
    ("The audit showed 8 of the ⟦11⟧ commissioned services met the standard.", (11, "count")),
    ("Overall, 23 of the ⟦25⟧ licensed premises passed the test purchase.", (25, "count")),
    ("In total 61 of the ⟦70⟧ trained volunteers were still active a year later.", (70, "count")),
    ("In the survey 14 of the ⟦16⟧ named leads said they had enough time.", (16, "count")),
    ("The board heard that 9 of the ⟦12⟧ newly approved foster carers had done the course.", (12, "count")),
    # kept apart: the set said before, the size of a threshold's scale
    ("There are 30 homes. In the year 27 of the ⟦30⟧ were rated good.", None),
    ("A school passes when it meets at least three of the ⟦five⟧ agreed standards.", None),
]


@pytest.mark.parametrize("marked,want", WHOLE_WITH_PARTICIPLE)
def test_the_whole_of_a_part_named_by_a_participle(nlp, marked, want):
    _check(nlp, marked, want)


# A comparator in brackets that closes a line ('(2024/25: 5,730)', '(last year: 412)') is the
# comparator's value, not a paragraph's number before a new line.
COMPARATOR_AT_LINE_END = [
    ("Contacts received: 6,118 (2024/25: ⟦5,604⟧)\nReferrals accepted: 1,902\n", 5604),
    ("Concerns logged: 3,210 (2023/24: ⟦2,987⟧)\nHome visits made: 640\n", 2987),
    ("Children supported: 1,450 (last year: ⟦1,302⟧)\nFamilies waiting: 88\n", 1302),
    ("Carers approved: 64 (previous year: ⟦58⟧)\nCarers leaving: 21\n", 58),
    ("Enquiries started: 812 (England: ⟦790⟧)\nPlans started: 305\n", 790),
    ("Plans started: 412 (2024: ⟦398⟧)\nPlans ended: 380\n", 398),
    ("Calls to the helpline: 9,410 (2024-25: ⟦8,770⟧)\nVolunteers: 130\n", 8770),
    ("Training places taken: 2,205 (2024/2025: ⟦1,980⟧)\nCourses run: 96\n", 1980),
    ("Reviews held: 31 (2024/25: ⟦27⟧)\nReviews closed: 29\n", 27),
    ("Assessments completed: 1,118 (2024/25: ⟦1,046⟧)\nAssessments open: 203\n", 1046),
]


@pytest.mark.parametrize("marked,value", COMPARATOR_AT_LINE_END)
def test_a_comparator_bracket_at_a_line_end(nlp, marked, value):
    _check(nlp, marked, (value, "count"))


def test_a_numbered_resolution_after_a_colon_stays_a_list_item(nlp):
    _check(nlp, "The committee resolved that: (1) The plan is agreed. (⟦2⟧) The report is noted.\n", None)


# A time point said as the time gone in something ('four months into the job'), a window that
# names a statistic ('a three-year average', 'the latest three-year estimate') and the halves a
# sum is paid in: none of them a figure. How long a thing took stays a duration.
NOT_A_LENGTH = [
    ("I was ⟦four⟧ months into the job when the inspection came.", None),
    ("Two years into the strategy, most of the actions are complete.".replace("Two", "⟦Two⟧"), None),
    ("Six weeks into the new term the service had a waiting list.".replace("Six", "⟦Six⟧"), None),
    ("She was ⟦three⟧ days into her placement when she went missing.", None),
    ("Child poverty is 24%, according to the latest ⟦three⟧-year estimate for the area.", None),
    ("The death rate is a ⟦five⟧-year average for the partnership.", None),
    ("⟦Three⟧ months into the pilot, 40 families had joined.", None),
    ("The figure is the latest ⟦five⟧-year estimate from the national survey.", None),
    ("Rates are given as a ⟦three⟧-year rolling average.", None),
    ("The grant of £1,000 is paid in ⟦two⟧ halves.", None),
    # how long stays a figure, and so does the span a frequency is counted over (dev2: 'reported
    # missing 27 times in 18 months')
    ("He changed placement three times in ⟦18⟧ months.", (18, "months")),
    ("The panel met twice in ⟦six⟧ months to hear appeals.", (6, "months")),
    ("The review was completed in ⟦six⟧ months.", (6, "months")),
    ("Each child waited ⟦four⟧ months for a first appointment.", (4, "months")),
    ("The service has run for ⟦two⟧ years with the same team.", (2, "years")),
]


@pytest.mark.parametrize("marked,want", NOT_A_LENGTH)
def test_a_time_point_or_window_is_no_length(nlp, marked, want):
    _check(nlp, marked, want)


# An hour said bare after 'at' that closes its clause is a time of day; a level said with 'at'
# ('stood at four') is a count.
BARE_HOUR = [
    ("The young people will not come to a centre at ⟦four⟧. They come in the evening.", None),
    ("The club opens at ⟦six⟧, and most children arrive by seven.", None),
    ("Staff finish at ⟦five⟧; the duty line covers the night.", None),
    ("Breakfast starts at ⟦eight⟧. Lessons follow.", None),
    ("The bus leaves at ⟦nine⟧, so parents drop children early.", None),
    ("We close the doors at ⟦ten⟧. Nobody is turned away before then.", None),
    ("The number of open cases stood at ⟦four⟧. It was nine a year earlier.", (4, "count")),
    ("Caseloads were capped at ⟦six⟧. Staff welcomed this.", (6, "count")),
    ("Vacancies remained at ⟦seven⟧. The service is recruiting.", (7, "count")),
    ("Exclusions peaked at ⟦nine⟧. They fell in the summer term.", (9, "count")),
]


@pytest.mark.parametrize("marked,want", BARE_HOUR)
def test_a_bare_hour_after_at(nlp, marked, want):
    _check(nlp, marked, want)


# A box ruled round each row but not between its columns, each row a label and a value set apart
# at its end: the label and the value are two cells, so a date inside the label stays the label's
# and the value is read as the row's figure (and merges with the prose that says it again).
ROWS = [
    ("Children in need, 31 March 2031", "604"),
    ("Children looked after, 31 March 2031", "231"),
    ("of whom placed with foster carers", "158"),
    ("Child protection plans started in the year", "187"),
    ("Assessments completed within 45 days", "88%"),
]

ROWS2 = [
    ("Young carers known to the service, 30 September 2031", "1,140"),
    ("Care leavers aged 19 to 21 in touch", "96%"),
    ("Children missing from home, episodes in the year", "412"),
    ("Foster households approved at 31 March 2031", "138"),
    ("of which kinship households", "37"),
]


def _boxed_rows_page(rows: list[tuple[str, str]]) -> bytes:
    left, right, lead, y = 60.0, 500.0, 18.0, 720.0
    ops = [_text(left, 780, "Section 3: Children's social care at a glance", 11),
           _text(left, 760, "The table below gives the position at the end of the year.", 10)]
    for label, value in rows:
        ops.append(_text(left + 4, y, label))
        ops.append(_text(right - 6, y, value, right=True))
        ops.append(f"0.5 w {left:.2f} {y - 5:.2f} {right - left:.2f} {lead:.2f} re S")
        y -= lead
    ops.append(_text(left, y - 20, "In the year 187 child protection plans were started, up from 160.", 10))
    return _pdf(ops)


@pytest.mark.parametrize("rows,label,value", [(ROWS, *r) for r in ROWS] + [(ROWS2, *r) for r in ROWS2])
def test_a_box_of_label_and_value_rows_is_read_row_by_row(nlp, rows, label, value):
    document = load("glance.pdf", _boxed_rows_page(rows))
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    want = float(value.rstrip("%").replace(",", ""))
    at = document.text.index(label) + len(label)
    fig = next((f for f in figs for m in f.mentions if m.start >= at and document.text[at:m.start].strip() == ""), None)
    assert fig is not None and fig.value == want, [(f.value, [m.text for m in f.mentions]) for f in figs]
    assert not any(f.value in (2031, 31, 30) for f in figs)  # the date stays the label's


def test_the_prose_restating_a_boxed_row_is_one_figure(nlp):
    document = load("glance.pdf", _boxed_rows_page(ROWS))
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    assert len([f for f in figs if f.value == 187]) == 1, [(f.value, f.metric, len(f.mentions)) for f in figs]


# Prose that names a table row's label ('Newham had the most children looked after, 506') says the
# row's cell again even when the prose's own words gave the number another metric ('... and the most
# serious incident notifications'): one figure, with the table column's metric.
ROW_SAID_AGAIN = [
    ("Children looked after", "Newham had the most children looked after, {v}, and the most serious incident notifications.", 506),
    ("Children looked after", "Brent had the most children looked after, {v}, and the fewest rapid reviews.", 412),
    ("Children looked after", "Ealing had the most children looked after, {v}, and the most child protection plans.", 388),
    ("Children in need", "Camden had the most children in need, {v}, and the most serious incident notifications.", 1210),
    ("Children in need", "Barnet reported the most children in need, {v}, and the fewest child protection plans.", 2140),
    ("Child protection plans", "Harrow had the most child protection plans, {v}, and the most children looked after.", 301),
    ("Child protection plans", "Enfield recorded the most child protection plans, {v}, and the most rapid reviews.", 366),
    ("Children looked after", "Hackney had the most children looked after, {v}, and the most children in need.", 455),
    ("Children in need", "Lambeth had the most children in need, {v}, and the most children looked after.", 1875),
    ("Child protection plans", "Croydon had the most child protection plans, {v}, and the most children in need.", 517),
]
_METRIC = {"Children looked after": "looked_after_children", "Children in need": "children_in_need",
           "Child protection plans": "child_protection_plans"}


def _row_page(column: str, prose: str, place: str, value: int) -> bytes:
    return (f"<html><body><h1>Annual report 2024/25</h1><p>{prose}</p><table><tr><th>Area</th><th>{column}</th>"
            f"<th>Other measure</th></tr><tr><td>{place}</td><td>{value}</td><td>12</td></tr><tr><td>Kingston</td>"
            f"<td>140</td><td>9</td></tr><tr><td>Sutton</td><td>170</td><td>7</td></tr></table>"
            f"<p>The service will report again in the spring.</p></body></html>").encode()


@pytest.mark.parametrize("column,prose,value", ROW_SAID_AGAIN)
def test_prose_naming_a_row_says_its_cell_again(nlp, column, prose, value):
    document = load("t.html", _row_page(column, prose.format(v=value), prose.split()[0], value))
    figs = [f for f in find_figures(nlp(document.text), document, FY, use_classifier=False) if f.value == value]
    assert [(f.metric, len(f.mentions)) for f in figs] == [(_METRIC[column], 2)], figs


def test_prose_not_naming_the_row_stays_its_own_figure(nlp):
    prose = "Across the region the most serious incident notifications in one borough was 506."
    document = load("t.html", _row_page("Children looked after", prose, "Newham", 506))
    figs = [f for f in find_figures(nlp(document.text), document, FY, use_classifier=False) if f.value == 506]
    assert sorted(f.metric for f in figs) == ["looked_after_children", "serious_incident_notifications"], figs
