"""Two constructions of tables.

A money column titled by the pound's currency code: a plain-text or data page writes 'GBP'
(or 'GBP 000', 'GBP m') over a column of bare amounts, as it writes 'GBP 96,000' in its prose;
the column's cells are money, scaled like a '£000' column, never counts.

A sub-row of a row that names a metric: 'of whom placed with parents' under 'Looked after',
'of which re-referrals' under 'Referrals to children's social care', 'including second or
subsequent plans' under 'Child protection plans' counts some of the same children (or
recommendations), so it keeps the row's metric; a sub-row about timeliness ('of which within 15
working days') does not, and neither does one under a row that names no metric.

Invented council, partnership and news tables (HTML and plain text)."""

from __future__ import annotations

import pytest

from tests.test_tables import cell_figure, figures_of, html_table

# (column title over the amounts, row label, cell, value)
MONEY_TITLES = [
    ("GBP", "Council grant", "96,000", 96_000),
    ("GBP", "Lottery grant", "118,200", 118_200),
    ("GBP", "Donations", "2,450", 2_450),
    ("GBP", "Total income", "318,450", 318_450),
    ("GBP 000", "Staff costs", "1,240", 1_240_000),
    ("GBP'000", "Premises", "86", 86_000),
    ("GBP m", "Placements", "41.3", 41_300_000),
    ("Budget GBP", "Training", "45,000", 45_000),
    ("Spend (GBP)", "Youth clubs", "12,300", 12_300),
    ("GBP", "Room hire", "1,150", 1_150),
    ("Cost GBP", "Interpreters", "3,900", 3_900),
]


@pytest.mark.parametrize("title,label,cell,value", MONEY_TITLES)
def test_a_column_titled_gbp_holds_money(nlp, title, label, cell, value) -> None:
    figs, doc = figures_of(nlp, html_table([["Item", title], [label, cell], ["Other item", "7,000"]]))
    fig = cell_figure(figs, doc, cell)
    assert fig is not None and fig.unit == "gbp" and abs(fig.value - value) < 1e-6
    assert fig.metric == "other"


# Words that merely hold the letters (or are the code in lower case) are no currency: counts
NOT_MONEY_TITLES = [("Groups", "Parent groups", "31"), ("gbp", "Sessions", "412"),
                    ("GBPS visits", "Home visits", "880")]


@pytest.mark.parametrize("title,label,cell", NOT_MONEY_TITLES)
def test_a_column_without_the_code_as_a_word_holds_counts(nlp, title, label, cell) -> None:
    figs, doc = figures_of(nlp, html_table([["Item", title], [label, cell], ["Other item", "7"]]))
    fig = cell_figure(figs, doc, cell)
    assert fig is not None and fig.unit == "count"


def test_a_plain_text_income_table_titled_gbp(nlp) -> None:
    text = ("Riverside Family Support annual review 2030\n\n"
            "MONEY\n\n"
            "Our income in the year came from the council, a lottery grant and local fundraising.\n\n"
            "  Income                                  GBP\n"
            "  Riverside Council (early help grant)   84,000\n"
            "  Community lottery fund                  62,500\n"
            "  Fundraising and donations               19,750\n"
            "  Total income                           166,250\n\n"
            "The trustees thank every funder and volunteer for their support.\n")
    figs, _ = figures_of(nlp, text.encode(), name="t.txt")
    for value in (84_000, 62_500, 19_750, 166_250):
        hits = [f for f in figs if f.value == value]
        assert hits and all(f.unit == "gbp" for f in hits), value


# (parent row, its count, the sub-row, its count, the sub-row's metric)
SUBSETS = [
    ("Looked after", "9", "of whom placed with their parents", "4", "looked_after_children"),
    ("Children in care", "312", "of whom placed out of area", "71", "looked_after_children"),
    ("Children looked after at year end", "288", "including unaccompanied children", "23", "looked_after_children"),
    ("Referrals to children's social care", "2,140", "of which re-referrals", "402", "social_care_referrals"),
    ("Child protection plans", "214", "of which second or subsequent plans", "38", "child_protection_plans"),
    ("Children on a child protection plan", "187", "- of whom under one year old", "19", "child_protection_plans"),
    ("Children in need", "1,412", "of whom disabled children", "166", "children_in_need"),
    ("Section 47 enquiries", "655", "of which led to a conference", "212", "section_47_enquiries"),
    ("Recommendations made", "27", "of which completed", "19", "recommendations"),
    ("Child deaths reviewed", "31", "of which babies under one", "14", "child_deaths"),
    ("Care proceedings issued", "41", "of which pre-birth", "6", "court_orders"),
]


@pytest.mark.parametrize("parent,count,sub,part,metric", SUBSETS)
def test_a_sub_row_keeps_the_metric_of_the_row_it_splits(nlp, parent, count, sub, part, metric) -> None:
    rows = [["Children of the service's families", "31 March 2031"], ["Open to the family hub", "640"],
            [parent, count], [sub, part], ["Volunteers trained", "57"]]
    figs, doc = figures_of(nlp, html_table(rows))
    assert cell_figure(figs, doc, count).metric == metric
    assert cell_figure(figs, doc, part).metric == metric


# A sub-row about time limits, or under a row that counts no metric's thing: no metric
NOT_SUBSETS = [
    ("Section 47 enquiries", "655", "of which completed within 15 working days", "512"),
    ("Referrals to children's social care", "2,140", "of which decided within 24 hours", "1,980"),
    ("Families supported", "406", "of whom placed with relatives", "12"),
    ("Volunteers", "88", "of whom new this year", "31"),
    ("Rapid reviews", "9", "of which involving babies", "4"),
]


@pytest.mark.parametrize("parent,count,sub,part", NOT_SUBSETS)
def test_a_sub_row_of_timeliness_or_of_no_metric_takes_none(nlp, parent, count, sub, part) -> None:
    rows = [["Measure", "2030/31"], ["Open to the family hub", "640"], [parent, count], [sub, part],
            ["Volunteers trained", "57"]]
    figs, doc = figures_of(nlp, html_table(rows))
    assert cell_figure(figs, doc, part).metric == "other"
