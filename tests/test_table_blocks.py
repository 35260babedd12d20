"""Indicator blocks and tables whose metric is named above or beside them, not in their cells:
a benchmarking page's blocks (a heading naming the metric and its unit, a comparison list, a
rank line, a 'Year | Value' series), column headers naming a court order by a regional or legal
name, and a comparator column whose header names only the population it is taken over. Every
page and sentence is invented; all run through the production path (HTML ingest ->
Document.tables -> find_figures)."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")
PROSE = ("<p>This page compares the council with the average of similar councils and with the "
         "national picture, using the latest published figures for each measure.</p>")


def figures_of(nlp, html: str, period: Period | None = FY):
    data = (f"<html><head><title>Area profile</title></head><body><main><h1>Area profile</h1>{PROSE}"
            f"{html}{PROSE}</main></body></html>").encode()
    document = load("t.html", data)
    return find_figures(nlp(document.text), document, period, use_classifier=False), document


def at(figs, document, needle: str, nth: int = 0):
    """The figure with a mention at the end of the `nth` occurrence of `needle` in the text
    (a needle ends with the number: ': 412.7', '2021/22 | 398.4')."""
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(needle, start + 1)
    last = start + len(needle.rstrip("%")) - 1
    hits = [f for f in figs if any(m.start <= last < m.end for m in f.mentions)]
    return hits[0] if hits else None


# An indicator block: (heading, definition, place, comparator label, values of the list, the
# series' years and values, metric, unit, identifier line, rank line)
BLOCKS = [
    ("Children in need: rate per 10,000 children", "Children in need on the last day of the year.",
     "Stockport", "Statistical neighbour average", ("412.7", "377.5", "341.2"),
     ("2021/22", "2022/23"), ("398.4", "405.9"), "children_in_need", "rate_per_10000",
     "Indicator ID: 5120", "Rank: 6th highest of 11"),
    ("Looked after children (rate per 10,000 aged 0 to 17)", "", "Salford", "Mean of similar councils",
     ("96.3", "88.1", "71.4"), ("2022/23", "2023/24"), ("91.8", "93.6"), "looked_after_children",
     "rate_per_10000", "Metric ID 2291", "Ranked 3rd out of 16"),
    ("Section 47 enquiries started: rate per 10,000 children", "Enquiries started in the year.",
     "Oldham", "Similar councils", ("203.8", "188.2", "176.9"), ("2021-22", "2022-23"),
     ("181.4", "197.3"), "section_47_enquiries", "rate_per_10000", "Dataset identifier: 77",
     "Position: second lowest of 11"),
    ("Referrals to children's social care per 10,000 children", "", "Wirral", "Nearest neighbours",
     ("615.2", "582.7", "551.9"), ("2022/23", "2023/24"), ("601.6", "588.3"), "social_care_referrals",
     "rate_per_10000", "Report ID #4417", "Rank: 9th highest of 16"),
    ("Children subject to a child protection plan: rate per 10,000", "Plans open on the last day of the year.",
     "Bolton", "Comparator group average", ("57.3", "48.9", "42.6"), ("2021/22", "2022/23"),
     ("51.7", "54.2"), "child_protection_plans", "rate_per_10000", "Indicator ID: 3310",
     "Rank: 2nd highest of 11"),
    ("Children on the child protection register: rate per 1,000 aged 0-15", "", "Fife",
     "Scotland average", ("3.4", "2.9", "2.2"), ("2022/23", "2023/24"), ("3.1", "3.6"),
     "child_protection_plans", "rate_per_1000", "Metric ID: 8102", "Ranked 5th of 32"),
    ("Children in our care per 10,000 children", "", "Powys", "Wales", ("131.6", "115.4", "108.8"),
     ("2021-22", "2022-23"), ("124.9", "128.2"), "looked_after_children", "rate_per_10000",
     "Indicator code: W-17", "Rank: 4th highest of 22"),
    ("Re-referrals to children's social care within 12 months (%)",
     "Referrals in the year that followed an earlier referral within 12 months, as a share of all referrals.",
     "Tameside", "Statistical neighbours", ("21.7%", "19.4%", "22.9%"), ("2022/23", "2023/24"),
     ("18.6%", "20.3%"), "social_care_referrals", "percent", "Metric ID: 6603", "Rank: 7th lowest of 11"),
]


def block(heading, definition, place, comparator, values, years, series, ident, rank) -> str:
    listed = "".join(f"<dt>{label}</dt><dd>{v}</dd>" for label, v in zip((place, comparator, "England"), values))
    rows = "".join(f"<tr><th>{y}</th><td>{v}</td></tr>" for y, v in zip(years, series))
    return (f"<section><h3>{heading}</h3><p>{definition} <span>{ident}</span></p><dl>{listed}</dl>"
            f"<p>{rank}</p><table><caption>{place} over time</caption><thead><tr><th>Year</th><th>Value</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></section>")


@pytest.mark.parametrize("heading,definition,place,comparator,values,years,series,metric,unit,ident,rank", BLOCKS)
def test_indicator_block_takes_the_metric_and_unit_of_its_heading(nlp, heading, definition, place, comparator,
                                                                  values, years, series, metric, unit, ident,
                                                                  rank) -> None:
    figs, doc = figures_of(nlp, block(heading, definition, place, comparator, values, years, series, ident, rank))
    for v in values:  # the place, its comparators and the nation: the heading's metric and unit
        f = at(figs, doc, f": {v}")
        assert f is not None and (f.metric, f.unit) == (metric, unit), v
    for y, v in zip(years, series):  # the series: each row's year is its cell's period
        f = at(figs, doc, f"{y} | {v}")
        assert f is not None and (f.metric, f.unit) == (metric, unit), v
        assert f.period is not None and f.period.text.replace("-", "/") == y.replace("-", "/"), v
    numbers = {f.value for f in figs}
    ident_number = float("".join(ch for ch in ident.split()[-1] if ch.isdigit()) or "nan")
    assert ident_number not in numbers  # an identifier's number is a key
    assert float(rank.split()[-1]) not in numbers  # the group a rank is counted in


def test_two_blocks_keep_their_own_metrics(nlp) -> None:
    html = block(*BLOCKS[0][:7], BLOCKS[0][9], BLOCKS[0][10]) + block(*BLOCKS[2][:7], BLOCKS[2][9], BLOCKS[2][10])
    figs, doc = figures_of(nlp, html)
    assert at(figs, doc, "2021/22 | 398.4").metric == "children_in_need"
    assert at(figs, doc, "2021-22 | 181.4").metric == "section_47_enquiries"


@pytest.mark.parametrize("before", [
    "<p>Over the year the council recorded 1,204 contacts, and 388 of them were passed to the early help team.</p>",
    "<h3>Spending on placements</h3><p>Net spend rose by 4.2% against the budget set in February 2024 by the cabinet.</p>",
])
def test_series_under_running_prose_takes_no_metric_from_above(nlp, before: str) -> None:
    """A paragraph of running text above a series ends the block: its heading is not the series'."""
    html = (f"<h3>Children looked after: rate per 10,000</h3><p>Children looked after at the year end.</p>"
            f"{before}<table><caption>Over time</caption><thead><tr><th>Year</th><th>Value</th></tr></thead>"
            f"<tbody><tr><th>2022/23</th><td>61.3</td></tr><tr><th>2023/24</th><td>64.8</td></tr></tbody></table>")
    figs, doc = figures_of(nlp, html)
    assert at(figs, doc, "2022/23 | 61.3").metric == "other"


def test_ranking_table_after_a_chart_is_read_as_a_table(nlp) -> None:
    """A ranking table set after an SVG chart: its rows stay rows, the chart's ticks are no card."""
    ticks = "".join(f"<text x='{i * 100}' y='55'>{i * 25}</text>" for i in range(5))
    html = ("<section><h2>Children in need: rate per 10,000 children, highest four among similar councils</h2>"
            f"<svg width='420' height='60' role='img'>{ticks}</svg><table><thead><tr><th>Rank</th>"
            "<th>Council</th><th>Rate per 10,000</th></tr></thead><tbody>"
            "<tr><td>1</td><td>Salford</td><td>455.1</td></tr><tr><td>2</td><td>Oldham</td><td>402.6</td></tr>"
            "<tr><td>3</td><td>Wirral</td><td>399.0</td></tr></tbody></table></section>")
    figs, doc = figures_of(nlp, html)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 4
    for v in ("455.1", "402.6", "399.0"):
        f = at(figs, doc, v)
        assert (f.metric, f.unit) == ("children_in_need", "rate_per_10000"), v
    assert 1 not in {f.value for f in figs} and 50 not in {f.value for f in figs}


# Orders a court makes, by their regional or legal names, as a table's column headers
ORDER_HEADERS = ["Child Protection Orders", "Permanence Orders granted", "Adoption Orders made",
                 "Kinship care orders", "Child assessment orders", "Compulsory supervision orders made",
                 "Permanence orders with authority to adopt", "Interim compulsory supervision orders"]


@pytest.mark.parametrize("header", ORDER_HEADERS)
def test_order_named_in_a_column_header_counts_court_orders(nlp, header: str) -> None:
    html = (f"<p>Table 3: Activity by year</p><table><thead><tr><th>Year</th><th>Hearings held</th>"
            f"<th>{header}</th></tr></thead><tbody><tr><td>2022/23</td><td>214</td><td>17</td></tr>"
            "<tr><td>2023/24</td><td>208</td><td>23</td></tr></tbody></table>")
    figs, doc = figures_of(nlp, html)
    for v in ("17", "23"):
        assert at(figs, doc, f"| {v}").metric == "court_orders", (header, v)


@pytest.mark.parametrize("sentence,number", [
    ("The sheriff granted 9 child protection orders in the year.", "9"),
    ("The panel recommended 11 permanence orders.", "11"),
    ("Four adoption orders were granted by the court.", "Four"),
    ("There were 14 kinship care orders made during 2024/25.", "14"),
])
def test_order_named_in_a_sentence_counts_court_orders(nlp, sentence: str, number: str) -> None:
    figs, doc = figures_of(nlp, f"<p>{sentence}</p>")
    assert at(figs, doc, number).metric == "court_orders"


# A comparator column that names the population it is taken over: (measures, population header)
POPULATION_TABLES = [
    (["Attendance (%)", "Persistent absence (%)"], "England, children looked after 2024/25"),
    (["Expected standard in reading (%)", "Average Attainment 8 score"], "England, children in need 2024/25"),
    (["Fixed-term suspensions (%)", "Attendance (%)"], "Wales, children in care 2024/25"),
    (["Grade 5 or above in maths (%)", "Progress 8 score"], "National, children looked after"),
    (["Attendance (%)", "Sessions missed (%)"], "Statistical neighbours, children in need"),
    (["Good level of development (%)", "Phonics check met (%)"], "North West - children looked after"),
    (["Attendance (%)", "Exclusions (%)"], "Scotland: looked after children"),
    (["Expected standard in writing (%)", "Higher standard in maths (%)"],
     "England, children with a child protection plan 2024/25"),
]


@pytest.mark.parametrize("measures,population", POPULATION_TABLES)
def test_comparator_population_gives_no_metric_to_other_measures(nlp, measures, population) -> None:
    rows = "".join(f"<tr><td>{m}</td><td>{31 + i}.5</td><td>{27 + i}.5</td><td>{40 + i}.5</td></tr>"
                   for i, m in enumerate(measures))
    html = (f"<p>Table 2: Outcomes</p><table><thead><tr><th>Measure</th><th>Our area 2025/26</th>"
            f"<th>Our area 2024/25</th><th>{population}</th></tr></thead><tbody>{rows}</tbody></table>")
    figs, doc = figures_of(nlp, html)
    for i in range(len(measures)):
        for v in (f"{31 + i}.5", f"{40 + i}.5"):
            assert at(figs, doc, v).metric == "other", (population, v)


def test_comparator_population_keeps_the_metric_another_column_names(nlp) -> None:
    html = ("<table><thead><tr><th>Area</th><th>Children looked after</th><th>England, children looked after</th>"
            "</tr></thead><tbody><tr><td>Stockport</td><td>412</td><td>83,630</td></tr>"
            "<tr><td>Salford</td><td>377</td><td>83,630</td></tr></tbody></table>")
    figs, doc = figures_of(nlp, html)
    assert at(figs, doc, "412").metric == "looked_after_children"
    assert at(figs, doc, "83,630").metric == "looked_after_children"


@pytest.mark.parametrize("labels", [
    ("Courses run", "People trained", "Volunteers recruited"),
    ("Staff in post", "Agency staff", "Vacancies"),
    ("Foster carers approved", "Households assessed", "Enquiries from carers"),
])
def test_list_of_things_under_a_section_takes_no_metric_from_an_earlier_block(nlp, labels) -> None:
    """Rows that count things of their own ('People trained') are no place or period: the block
    above (its heading, its prose) names nothing they count."""
    listed = "".join(f"<dt>{label}</dt><dd>{40 + i}</dd>" for i, label in enumerate(labels))
    html = ("<h3>Reviews</h3><p>6 rapid reviews held</p><p>2 local child safeguarding practice reviews started</p>"
            "<p>Two of the reviews were about one family, so the partnership looked at them together as one.</p>"
            f"<h3>Training and workforce</h3><dl>{listed}</dl>")
    figs, doc = figures_of(nlp, html)
    for i in range(len(labels)):
        assert at(figs, doc, f": {40 + i}").metric == "other"


@pytest.mark.parametrize("sentence,value,metric", [
    ("The rate of children looked after was 98.4 per 10,000 children.", "98.4", "looked_after_children"),
    ("Section 47 enquiries ran at a rate of 188.3 per 10,000.", "188.3", "section_47_enquiries"),
    ("Stockport had 412.7 children in need per 10,000 children.", "412.7", "children_in_need"),
    ("There were 127 children looked after per 10,000 children.", "127", "looked_after_children"),
])
def test_rate_said_in_the_text_and_listed_in_a_block_is_one_figure(nlp, sentence, value, metric) -> None:
    """The summary's rate and the block's list give one fact: a rate of one metric and period is
    too particular a value to be another fact's by chance, even with no word shared."""
    heading = {"looked_after_children": "Children looked after: rate per 10,000 children",
               "section_47_enquiries": "Section 47 enquiries: rate per 10,000 children",
               "children_in_need": "Children in need: rate per 10,000 children"}[metric]
    listed = f"<dt>Stockport</dt><dd>{value}</dd><dt>Similar councils</dt><dd>77.7</dd><dt>England</dt><dd>66.6</dd>"
    figs, doc = figures_of(nlp, f"<p>{sentence}</p><h3>{heading}</h3><dl>{listed}</dl>")
    same = [f for f in figs if abs(f.value - float(value)) < 0.01]
    assert len(same) == 1 and len(same[0].mentions) == 2 and same[0].metric == metric
