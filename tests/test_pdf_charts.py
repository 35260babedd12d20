"""Bar charts drawn with shapes in a PDF: each bar's value label is a figure, with the bar's
category (its period, when the categories are years); the numbers of the value axis are not.
Invented pages, written as PDF operators: vertical and horizontal bars, labels over or inside
the bars, with and without gridlines."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load
from tests.test_ingest_pdf_rules import _pdf, _width  # one way to write a one-page PDF

FY = Period("2031-04-01", "2032-03-31", "2031/32")
def _text(x: float, y: float, text: str, size: float = 8, align: str = "left") -> str:
    if align == "right":
        x -= _width(text, size)
    elif align == "centre":
        x -= _width(text, size) / 2
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td ({esc}) Tj ET"


BEFORE = "The service worked with more families this year than in any year before it."
AFTER = "The panel will look again at these numbers when it meets in the autumn."


def vertical_chart(title: str, cats: list[str], values: list[str], ticks: list[int], inside: bool = False,
                   grid: bool = True) -> bytes:
    """Prose, a title, bars standing on one baseline with value labels over (or inside) their
    tops, the categories under them, the axis numbers left of them; prose."""
    left, base, height, top = 90.0, 480.0, 200.0, ticks[-1]
    ops = [_text(60, 760, BEFORE, 10), _text(60, 720, title, 9)]
    right = left + 30 + 70 * len(cats)
    for t in ticks:
        y = base + t / top * height
        ops.append(_text(left - 4, y - 3, f"{t:,}", 7, "right"))
        if grid:
            ops.append(f"0.5 w {left:.2f} {y:.2f} m {right:.2f} {y:.2f} l S")
    for i, (cat, val) in enumerate(zip(cats, values)):
        x = left + 30 + 70 * i
        h = float(val.replace(",", "").rstrip("%")) / top * height
        ops.append(f"0.2 0.4 0.7 rg {x:.2f} {base:.2f} 36 {h:.2f} re f 0 g")
        ops.append(_text(x + 18, base + h + (-12 if inside else 4), val, 8, "centre"))
        ops.append(_text(x + 18, base - 12, cat, 7.5, "centre"))
    ops.append(_text(60, base - 50, AFTER, 10))
    return _pdf(ops)


def horizontal_chart(title: str, cats: list[str], values: list[str], ticks: list[int], grid: bool = True) -> bytes:
    """Prose, a title, bars from one left edge with value labels past their ends, the
    categories left of them, the axis numbers under them; prose."""
    x0, length, top_y, top = 200.0, 260.0, 680.0, ticks[-1]
    ops = [_text(60, 760, BEFORE, 10), _text(60, 720, title, 9)]
    bottom = top_y - 22 * len(cats)
    for t in ticks:
        x = x0 + t / top * length
        ops.append(_text(x, bottom - 12, str(t), 7, "centre"))
        if grid:
            ops.append(f"0.5 w {x:.2f} {bottom - 4:.2f} m {x:.2f} {top_y + 4:.2f} l S")
    for i, (cat, val) in enumerate(zip(cats, values)):
        y = top_y - 22 * (i + 1) + 4
        w = float(val.replace(",", "").rstrip("%")) / top * length
        ops.append(f"0.2 0.4 0.7 rg {x0:.2f} {y:.2f} {w:.2f} 14 re f 0 g")
        ops.append(_text(x0 + w + 4, y + 4, val, 8))
        ops.append(_text(x0 - 6, y + 4, cat, 8, "right"))
    ops.append(_text(60, bottom - 60, AFTER, 10))
    return _pdf(ops)


YEARS = ["2027/28", "2028/29", "2029/30", "2030/31", "2031/32"]
CALENDAR = ["2027", "2028", "2029", "2030", "2031"]
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
TEAMS = ["North locality", "South locality", "East locality", "West locality"]
REASONS = ["Parental conflict", "Young carers", "Housing need", "Bereavement", "Money worries"]

# (chart, title, categories, value labels, axis numbers, labels inside the bars, gridlines)
VERTICAL = [
    ("Figure 1: Family assessments started, 2027/28 to 2031/32", YEARS, ["388", "431", "479", "512", "566"],
     [0, 100, 200, 300, 400, 500, 600], False, True),
    ("Figure 1: Family assessments started, 2027/28 to 2031/32", YEARS, ["388", "431", "479", "512", "566"],
     [0, 100, 200, 300, 400, 500, 600], True, True),
    ("Figure 1: Family assessments started, 2027/28 to 2031/32", YEARS, ["388", "431", "479", "512", "566"],
     [0, 200, 400, 600], False, False),
    ("Chart 2: Contacts received by year", CALENDAR, ["1,940", "2,215", "2,480", "2,305", "2,760"],
     [0, 500, 1000, 1500, 2000, 2500, 3000], False, True),
    ("Chart 3: Children helped each quarter", QUARTERS, ["212", "247", "198", "263"],
     [0, 50, 100, 150, 200, 250, 300], False, True),
    ("Chart 4: Families supported by locality", TEAMS, ["144", "97", "121", "168"],
     [0, 50, 100, 150, 200], False, True),
    ("Chart 5: Share of plans reviewed on time", TEAMS, ["81%", "74%", "92%", "67%"],
     [0, 20, 40, 60, 80, 100], True, False),
]


def _figures(nlp, data: bytes):
    document = load("chart.pdf", data)
    return document, find_figures(nlp(document.text), document, FY, use_classifier=False)


@pytest.mark.parametrize("title,cats,values,ticks,inside,grid", VERTICAL)
def test_vertical_bars_read_with_their_categories(nlp, title, cats, values, ticks, inside, grid) -> None:
    document, figs = _figures(nlp, vertical_chart(title, cats, values, ticks, inside, grid))
    got = {(f.value, f.unit) for f in figs}
    for v in values:
        unit = "percent" if v.endswith("%") else "count"
        assert (float(v.replace(",", "").rstrip("%")), unit) in got, (v, document.text)
    bars = {float(v.replace(",", "").rstrip("%")) for v in values}
    for t in ticks:
        assert not any(f.value == t and t not in bars for f in figs), (t, document.text)
    if cats in (YEARS, CALENDAR):
        by_value = {f.value: f for f in figs}
        first = by_value[float(values[0].replace(",", ""))]
        assert first.period is not None and first.period.start[:4] == cats[0][:4], first
        assert first.subject == title.split(": ", 1)[1], first  # the row of values is the caption's
    assert BEFORE in document.text and AFTER in document.text


# (title, categories, value labels, axis numbers, gridlines)
HORIZONTAL = [
    ("Figure 2: Main reason for the request (% of requests)", REASONS, ["29%", "22%", "19%", "16%", "14%"],
     [0, 10, 20, 30, 40], True),
    ("Figure 2: Main reason for the request (% of requests)", REASONS, ["29%", "22%", "19%", "16%", "14%"],
     [0, 10, 20, 30, 40], False),
    ("Figure 3: Families supported by locality", TEAMS, ["144", "97", "121", "168"], [0, 50, 100, 150, 200], True),
    ("Figure 4: Requests by year", YEARS[:4], ["1,204", "1,377", "1,290", "1,452"], [0, 500, 1000, 1500, 2000],
     True),
]


@pytest.mark.parametrize("title,cats,values,ticks,grid", HORIZONTAL)
def test_horizontal_bars_read_with_their_categories(nlp, title, cats, values, ticks, grid) -> None:
    document, figs = _figures(nlp, horizontal_chart(title, cats, values, ticks, grid))
    for cat, v in zip(cats, values):
        value = float(v.replace(",", "").rstrip("%"))
        fig = next((f for f in figs if f.value == value), None)
        assert fig is not None, (v, document.text)
        assert fig.unit == ("percent" if v.endswith("%") else "count")
        if cat in YEARS:
            assert fig.period is not None and fig.period.start[:4] == cat[:4], fig
        else:
            assert cat.lower() in fig.subject.lower(), fig
    bars = {float(v.replace(",", "").rstrip("%")) for v in values}
    assert not any(f.value in ticks and f.value not in bars for f in figs), document.text


def test_shaded_table_rows_are_no_bars() -> None:
    """Filled bands behind a table's rows hold its labels: a table, not a chart."""
    ops = [_text(60, 760, BEFORE, 10)]
    rows = [("Fostering", "112", "120"), ("Residential", "41", "38"), ("Kinship care", "66", "71"),
            ("Adoption", "19", "23")]
    for i, (label, a, b) in enumerate(rows):
        y = 700 - 18 * i
        ops.append(f"0.9 0.9 0.9 rg 60 {y - 4} {200 + 40 * i} 16 re f 0 g")
        ops += [_text(64, y, label, 9), _text(260, y, a, 9), _text(320, y, b, 9)]
    document = load("shaded.pdf", _pdf(ops))
    assert "Kinship care" in document.text and "66" in document.text
    assert not any(r and r[0].text == "" for t in document.tables for r in t.rows), document.tables


def test_bars_without_value_labels_are_left_as_they_were() -> None:
    """Bars with no numbers at their ends give no table: there is no value to read."""
    ops = [_text(60, 760, BEFORE, 10)]
    for i, h in enumerate((80, 120, 100, 150)):
        ops.append(f"0.2 0.4 0.7 rg {120 + 60 * i} 480 36 {h} re f 0 g")
        ops.append(_text(138 + 60 * i, 468, TEAMS[i], 7, "centre"))
    document = load("bare.pdf", _pdf(ops))
    assert not document.tables
    assert "North locality" in document.text


COLOURS = ["0.2 0.4 0.7", "0.9 0.6 0.1", "0.3 0.7 0.3"]


def clustered_chart(title: str, cats: list[str], series: list[str], values: list[list[str]], top: int,
                    legend_below: bool = False) -> bytes:
    """Clusters of bars, one bar per series (its colour named in a legend above the chart, or
    below its category labels), the category under each cluster, the value over each bar, the
    axis numbers on the left."""
    left, base, height, width, pitch = 90.0, 480.0, 200.0, 22.0, 90.0
    ops = [_text(60, 760, BEFORE, 10), _text(60, 720, title, 9)]
    legend_y = base - 34 if legend_below else 700
    for k, name in enumerate(series):
        ops.append(f"{COLOURS[k]} rg {left + 30 + 150 * k:.2f} {legend_y} 8 8 re f 0 g")
        ops.append(_text(left + 42 + 150 * k, legend_y, name, 8))
    for t in range(0, top + 1, top // 4):
        ops.append(_text(left - 4, base + t / top * height - 3, f"{t:,}", 7, "right"))
    for n, cat in enumerate(cats):
        x = left + 30 + pitch * n
        for k in range(len(series)):
            v = values[n][k]
            h = float(v.replace(",", "").rstrip("%")) / top * height
            bx = x + width * k
            ops.append(f"{COLOURS[k]} rg {bx:.2f} {base:.2f} {width} {h:.2f} re f 0 g")
            ops.append(_text(bx + width / 2, base + h + 4, v, 7, "centre"))
        ops.append(_text(x + width * len(series) / 2, base - 12, cat, 7.5, "centre"))
    ops.append(_text(60, base - 70, AFTER, 10))
    return _pdf(ops)


# (title, categories, series, values by category then series, axis top)
CLUSTERED = [
    ("Figure 3: Requests by locality", TEAMS, ["2030/31", "2031/32"],
     [["144", "162"], ["97", "88"], ["121", "135"], ["168", "171"]], 200),
    ("Figure 3: Requests by locality", TEAMS[:3], ["2029/30", "2030/31", "2031/32"],
     [["144", "162", "158"], ["97", "88", "103"], ["121", "135", "129"]], 200),
    ("Figure 4: Plans by year and category", YEARS[2:], ["Neglect", "Emotional abuse"],
     [["212", "143"], ["236", "151"], ["251", "139"]], 300),
    ("Figure 5: Share of visits on time", TEAMS, ["Target", "Actual"],
     [["90%", "84%"], ["90%", "92%"], ["90%", "79%"], ["90%", "88%"]], 100),
]


@pytest.mark.parametrize("title,cats,series,values,top", CLUSTERED)
def test_clustered_bars_read_with_category_and_series(nlp, title, cats, series, values, top) -> None:
    document, figs = _figures(nlp, clustered_chart(title, cats, series, values, top))
    table = next((t for t in document.tables if len(t.rows) > 1), None)
    assert table is not None, document.text
    texts = [[c.text for c in r] for r in table.rows]
    if cats == YEARS[2:]:   # categories are periods: a column for each, a row for each series
        assert texts[0][1:] == cats and [r[0] for r in texts[1:]] == series, texts
        assert texts[1][1:] == [v[0] for v in values], texts
    else:                   # a column for each series, a row for each category
        assert texts[0][1:] == series and [r[0] for r in texts[1:]] == cats, texts
        assert texts[1][1:] == values[0], texts
    got = {f.value for f in figs}
    assert all(float(v.rstrip("%")) in got for row in values for v in row), (got, document.text)
    assert not any(f"\n{t:,}\n" in document.text for t in range(top // 4, top + 1, top // 4)), document.text
    if series[0] in YEARS:
        fig = next(f for f in figs if f.value == float(values[0][0]))
        assert fig.period is not None and fig.period.start[:4] == series[0][:4], fig


# (categories, series named in a legend under the category labels, values by category then series,
# the metric of the first series): the legend's words name the series, never a cluster's category
LEGEND_BELOW = [
    (YEARS[2:], ["Serious incident notifications", "Rapid reviews held"], [["9", "9"], ["12", "11"], ["8", "8"]],
     "serious_incident_notifications"),
    (YEARS[1:], ["Rapid reviews", "Notifications"], [["14", "12"], ["9", "11"], ["8", "10"], ["12", "12"]],
     "rapid_reviews"),
    (YEARS[2:], ["Children looked after", "Children on plans"], [["212", "143"], ["236", "151"], ["251", "139"]],
     "looked_after_children"),
    (YEARS[2:], ["Referrals", "Re-referrals"], [["180", "41"], ["196", "38"], ["171", "44"]],
     "social_care_referrals"),
    (YEARS[1:], ["Section 47 enquiries", "Initial conferences"],
     [["144", "62"], ["197", "88"], ["121", "35"], ["168", "71"]], "section_47_enquiries"),
    (YEARS[2:], ["LCSPRs published", "LCSPRs commissioned"], [["3", "4"], ["5", "2"], ["2", "6"]],
     "lcsprs_published"),
    (YEARS[2:], ["Children in need", "Children in care"], [["260", "143"], ["236", "151"], ["251", "139"]],
     "children_in_need"),
    (YEARS[1:], ["Notifications to the Panel", "Rapid reviews"], [["7", "7"], ["11", "10"], ["6", "6"], ["9", "8"]],
     "serious_incident_notifications"),
]


@pytest.mark.parametrize("cats,series,values,metric", LEGEND_BELOW)
def test_a_legend_under_the_axis_names_the_series(nlp, cats, series, values, metric) -> None:
    top = 300 if max(int(v) for r in values for v in r) > 100 else 20
    document, figs = _figures(nlp, clustered_chart("Figure 2: Activity by year", cats, series, values, top,
                                                   legend_below=True))
    table = next((t for t in document.tables if len(t.rows) > 1), None)
    assert table is not None, document.text
    texts = [[c.text for c in r] for r in table.rows]
    assert texts[0][1:] == cats and [r[0] for r in texts[1:]] == series, texts
    assert [r[1:] for r in texts[1:]] == [[v[k] for v in values] for k in range(len(series))], texts
    first = table.rows[1][1]
    fig = next((f for f in figs if any(m.start == first.start for m in f.mentions)), None)
    assert fig is not None and fig.metric == metric, fig


def line_chart(title: str, cats: list[str], values: list[str], ticks: list[int], dots: bool = False) -> bytes:
    """A line (or dot) chart over a period axis: a polyline through the points, each point's
    value just over it, the periods under the axis, the scale left of the plot."""
    left, base, height, pitch, top = 90.0, 480.0, 200.0, 80.0, ticks[-1]
    ops = [_text(60, 760, BEFORE, 10), _text(60, 720, title, 9)]
    for t in ticks:
        ops.append(_text(left - 4, base + t / top * height - 3, f"{t:,}", 7, "right"))
    ops.append(f"0.5 w {left:.2f} {base:.2f} m {left + pitch * len(cats):.2f} {base:.2f} l S")
    points = []
    for n, (cat, v) in enumerate(zip(cats, values)):
        x = left + 40 + pitch * n
        y = base + float(v.replace(",", "").rstrip("%")) / top * height
        points.append((x, y))
        ops.append(_text(x, y + 6, v, 8, "centre"))
        ops.append(_text(x, base - 12, cat, 7.5, "centre"))
        if dots:
            ops.append(f"{x - 2:.2f} {y - 2:.2f} 4 4 re f")
    if not dots:
        path = " ".join(f"{x:.2f} {y:.2f} {'m' if i == 0 else 'l'}" for i, (x, y) in enumerate(points))
        ops.append(f"1.5 w {path} S")
    else:
        ops.append(f"0.3 w {left:.2f} {base + height:.2f} m {left:.2f} {base:.2f} l S")
    ops.append(_text(60, base - 50, AFTER, 10))
    return _pdf(ops)


LINES = [
    ("Figure 6: Children on a plan at 31 March", CALENDAR, ["212", "236", "251", "244", "229"],
     [0, 100, 200, 300], False),
    ("Figure 6: Contacts received each year", YEARS, ["4,120", "4,480", "3,950", "4,730", "5,010"],
     [0, 2000, 4000, 6000], False),
    ("Figure 7: Re-referral rate", YEARS[1:], ["21%", "19%", "23%", "18%"], [0, 10, 20, 30], False),
    ("Figure 8: Assessments completed each quarter", QUARTERS, ["388", "412", "356", "430"],
     [0, 150, 300, 450], True),
]


@pytest.mark.parametrize("title,cats,values,ticks,dots", LINES)
def test_line_chart_points_read_with_their_periods(nlp, title, cats, values, ticks, dots) -> None:
    document, figs = _figures(nlp, line_chart(title, cats, values, ticks, dots))
    table = next((t for t in document.tables), None)
    assert table is not None, document.text
    assert [c.text for c in table.rows[1][1:]] == values, document.text
    got = {f.value: f for f in figs}
    for v in values:
        assert float(v.replace(",", "").rstrip("%")) in got, (v, document.text)
    bars = {float(v.replace(",", "").rstrip("%")) for v in values}
    assert not any(float(t) in got for t in ticks if t and float(t) not in bars), got
    assert not any(f"\n{t:,}\n" in document.text for t in ticks[1:]), document.text
    if cats is not QUARTERS:
        fig = got[float(values[0].replace(",", "").rstrip("%"))]
        assert fig.period is not None and fig.period.start[:4] == cats[0][:4], fig


def test_a_table_under_a_line_of_years_is_no_chart() -> None:
    """A table whose header is a line of years reads its numbers below the years, not above."""
    ops = [_text(60, 760, BEFORE, 10), _text(200, 700, "2029/30"), _text(280, 700, "2030/31"),
           _text(360, 700, "2031/32"), "0.5 w 60 696 m 420 696 l S"]
    for i, (label, vals) in enumerate([("Referrals", ["1,204", "1,377", "1,290"]), ("Assessments", ["988", "1,020", "1,101"]),
                                       ("Plans", ["212", "236", "251"])]):
        y = 684 - 14 * i
        ops.append(_text(60, y, label))
        ops += [_text(200 + 80 * k, y, v) for k, v in enumerate(vals)]
    document = load("table.pdf", _pdf(ops))
    assert "Referrals\t1,204\t1,377\t1,290" in document.text, document.text
