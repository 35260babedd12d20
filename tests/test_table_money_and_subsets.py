"""Three constructions of tables.

A money column titled by the pound's currency code: a plain-text or data page writes 'GBP'
(or 'GBP 000', 'GBP m') over a column of bare amounts, as it writes 'GBP 96,000' in its prose;
the column's cells are money, scaled like a '£000' column, never counts.

Children in care placed with a parent ('of whom placed with their mother' under 'Looked after',
a parent-and-child placement) or with carers named with an aside in brackets ('with kinship
(family and friends) carers'): a part of the children in care by where they live, which keeps
looked_after_children (corpus/README.md, 'Conventions settled' 3); a trait or an event of some
of them ('of whom went missing', 'of whom disabled') does not.

A bare 'Referrals' column in a table that names no receiver, review or social care work is placed
by the paragraph just above it: referrals for a review where it speaks of reviews or a panel, to
children's social care where it names that receiver, else the service's own (other), even when
the document speaks of a case review elsewhere.

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


# (parent row, its count, the sub-row naming where some of those children live, its count)
PLACED_WITH = [
    ("Looked after", "9", "of whom placed with their mother", "4"),
    ("Looked after", "11", "of whom placed with their father", "2"),
    ("Children in care", "312", "of whom placed with their mothers", "21"),
    ("Children looked after", "288", "of whom placed with parents", "17"),
    ("Looked after children", "140", "placed with their mother in a residential unit", "6"),
    ("Children in care", "205", "of whom living with their father", "8"),
    ("Looked after", "64", "including those placed with their mother", "5"),
    ("Children looked after at year end", "199", "- of whom with their mother in a foster placement", "3"),
    ("Looked after", "27", "of whom placed with a parent", "12"),
    ("Children in our care", "356", "of whom living with their mothers", "14"),
    # an aside in brackets inside the place ('kinship (family and friends) carers') says nothing of where
    ("Looked after", "58", "of whom placed with kinship (family and friends) carers", "19"),
    ("Children in care", "412", "of whom living with connected (family) carers", "33"),
    ("Children looked after", "230", "of whom placed with foster (in-house) carers", "96"),
]


@pytest.mark.parametrize("parent,count,sub,part", PLACED_WITH)
def test_children_in_care_placed_with_a_parent_keep_the_metric(nlp, parent, count, sub, part) -> None:
    rows = [["Children of the service's families", "31 March 2031"], ["Open to the family hub", "640"],
            [parent, count], [sub, part], ["Volunteers trained", "57"]]
    figs, doc = figures_of(nlp, html_table(rows))
    assert cell_figure(figs, doc, count).metric == "looked_after_children"
    assert cell_figure(figs, doc, part).metric == "looked_after_children"


# A trait or an event of some of the children is no placement: no metric
NOT_PLACED = [
    ("Looked after", "9", "of whom went missing", "4"),
    ("Children in care", "312", "of whom disabled", "71"),
    ("Looked after", "64", "of whom mothers themselves", "5"),
]


@pytest.mark.parametrize("parent,count,sub,part", NOT_PLACED)
def test_a_sub_row_of_a_trait_or_event_takes_no_metric(nlp, parent, count, sub, part) -> None:
    rows = [["Measure", "31 March 2031"], ["Open to the family hub", "640"], [parent, count], [sub, part],
            ["Volunteers trained", "57"]]
    figs, doc = figures_of(nlp, html_table(rows))
    assert cell_figure(figs, doc, part).metric == "other"


# A bare 'Referrals' in a table that names no receiver, review or social care work is placed by
# the paragraph that introduces the table; the document speaks of a case review elsewhere.
REVIEW_ELSEWHERE = ("<p>The service was set up after a local child safeguarding practice review, published "
                    "by the partnership two years ago, found that young people fell between services.</p>")
FILLER = ("<p>The team works from three family hubs and visits families at home, in schools and in "
          "community centres across the borough. Staff are trained in the same approach, meet every week "
          "to plan their work and agree with each family what help it wants, how often they will meet and "
          "when the help will end. Families can also drop in to any hub on weekday mornings without an "
          "appointment, and volunteers run groups for parents of young children on Saturdays. The council "
          "and its health partners fund the team together and agree its plan each spring with parents "
          "and young people who have used it.</p>")
# (the paragraph introducing the table, its title, the bare label's metric)
INTRODUCED = [
    ("<p>The family hub team received 704 referrals in the year, up from 655.</p>",
     "Table 1: Referrals by source", "other"),
    ("<p>The youth service received more referrals than ever before.</p>", "Table 2: Quarterly indicators", "other"),
    ("<p>Most families came to the early help team through their school.</p>", "Table 1: Referrals by source", "other"),
    ("<p>The parenting programme had a waiting list for most of the year.</p>", "Table 3: Activity", "other"),
    ("<p>The young carers' service grew again this year.</p>", "Table 1: Who referred young people", "other"),
    ("<p>The transitions team now works with more young people than it did at launch.</p>",
     "Table 1: Quarterly figures", "other"),
    ("<p>The case review group considered every referral against the criteria for a rapid review.</p>",
     "Table 2: Referrals by source", "review_referrals"),
    ("<p>The panel met monthly and considered referrals from all three partners.</p>",
     "Table 1: Referrals by quarter", "review_referrals"),
    ("<p>Partners can refer a case for a rapid review when a child has died or been seriously harmed.</p>",
     "Table 4: Referrals by agency", "review_referrals"),
    ("<p>Most referrals to children's social care came from the police and schools.</p>",
     "Table 1: Referrals by source", "social_care_referrals"),
    ("<p>The front door received more contacts than last year.</p>", "Table 2: Referrals by quarter",
     "social_care_referrals"),
]


@pytest.mark.parametrize("intro,title,metric", INTRODUCED)
def test_bare_referrals_are_placed_by_the_paragraph_introducing_the_table(nlp, intro, title, metric) -> None:
    figs, doc = figures_of(nlp, html_table([["Source", "Referrals", "Share"], ["Schools", "289", "41%"],
                                            ["Health", "127", "18%"], ["Self or family", "106", "15%"]],
                                           title, before=REVIEW_ELSEWHERE + FILLER + intro))
    assert cell_figure(figs, doc, "127").metric == metric


# Deaths named twice in a table's titles, once bare and once of children: the bare column counts
# deaths at every age (a coroner's, a hospital's or a registrar's table), of which the children's
# are a part: other; the children's column keeps child_deaths. (bare title, children's title)
DEATH_COLUMNS = [
    ("Deaths", "Child deaths"),
    ("All deaths", "Child deaths"),
    ("Total deaths", "Deaths of children"),
    ("Number of deaths", "Child deaths"),
    ("Deaths", "Deaths of children under 18"),
    ("Deaths", "Infant deaths"),
    ("All deaths", "Deaths under 18"),
    ("Deaths", "Children's deaths"),
    ("Deaths (all ages)", "Child deaths"),
    ("Total deaths", "Deaths of babies"),
    ("No. of deaths", "Child deaths"),
]
PLACES_ROWS = [["Northmoor", "4,210", "31"], ["Eastfield", "3,876", "24"], ["Southdale", "5,102", "40"]]


@pytest.mark.parametrize("bare,child", DEATH_COLUMNS)
def test_a_bare_deaths_column_beside_child_deaths_counts_all_ages(nlp, bare, child) -> None:
    figs, doc = figures_of(nlp, html_table([["Area", bare, child], *PLACES_ROWS],
                                           "Table 1: Deaths registered by area, 2030-31"))
    assert cell_figure(figs, doc, "3,876").metric == "other"
    assert cell_figure(figs, doc, "24").metric == "child_deaths"


def test_a_bare_deaths_column_alone_keeps_child_deaths(nlp) -> None:
    figs, doc = figures_of(nlp, html_table([["Area", "Deaths", "Reviews completed"], *PLACES_ROWS],
                                           "Table 2: Child deaths notified to the panel by area"))
    assert cell_figure(figs, doc, "3,876").metric == "child_deaths"


def test_deaths_reviewed_beside_child_deaths_notified_keep_child_deaths(nlp) -> None:
    figs, doc = figures_of(nlp, html_table([["Area", "Child deaths notified", "Deaths reviewed"], *PLACES_ROWS],
                                           "Table 3: The child death overview panel's year"))
    assert cell_figure(figs, doc, "24").metric == "child_deaths"
