"""Figures about adults, or about people of every age, that carry no children's metric: a wrong
metric puts an adult's count into a national table of children's services. Tables of invented
sentences in plain council, partnership and news settings, through the production path (rules
only, as the other metric tests).

- A safeguarding concern received by adult social care (or raised about adults at risk) is no
  referral to children's social care; concerns sent to children's social care still are.
- An enquiry under section 42 of the Care Act (an adult's) is no section 47 enquiry; one under
  section 47 still is.
- A review under section 44 of the Care Act, a safeguarding adults review (SAR), is no child
  safeguarding practice review at any stage (nor is a SAR, or a capitalised 'Safeguarding Adults
  Reviews' after its number); a local child safeguarding practice review still is.
- Deaths named as adults' or of every age, or said beside 'all deaths' with no children named,
  are no child deaths; bare deaths counted by a child death panel still are (the corpus's child
  death overview panel reports count 'deaths' bare).
- A death a professional referred to the partnership for a rapid review, in a part of a set
  ('In 9 of these the police referred the death ...'), counts a referral for a review, not the
  death; the demonstrative closes the set's phrase even when the clause's subject follows it.
- A table column of deaths beside a column of child deaths holds the deaths of every age."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.ingest import load
from tests.test_metric_destinations import FY, metric_of
from tests.test_table_measures import _table


CONCERNS = [
    ("Adult social care received 2,140 safeguarding concerns during the year.", "2,140", "other"),
    ("The council's adult social care team logged 913 safeguarding concerns in 2024/25, up from 850.",
     "913", "other"),
    ("Adults' social care received 1,877 concerns from partner agencies.", "1,877", "other"),
    ("The adult front door received 3,020 safeguarding concerns, compared with 2,790 a year earlier.",
     "3,020", "other"),
    ("Some 1,204 safeguarding concerns were raised with adult social care.", "1,204", "other"),
    ("Partners reported 640 safeguarding concerns to adult social care, compared with 598 the year before.",
     "598", "other"),
    ("There were 77 safeguarding concerns about adults at risk.", "77", "other"),
    ("Housing officers passed 45 concerns to adult social care.", "45", "other"),
    # a concern received by children's social care is still its referral
    ("Schools reported 312 safeguarding concerns to children's social care.", "312", "social_care_referrals"),
    ("Children's social care received 4,410 safeguarding concerns.", "4,410", "social_care_referrals"),
    ("Health visitors passed 96 concerns to children's social care.", "96", "social_care_referrals"),
]


@pytest.mark.parametrize("text, number, metric", CONCERNS)
def test_a_concern_received_by_adult_social_care_is_no_childs_referral(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


ENQUIRIES = [
    ("Of these, 388 led to an enquiry under section 42 of the Care Act.", "388", "other"),
    ("Some 203 concerns became enquiries under section 42.", "203", "other"),
    ("The council started 512 section 42 enquiries in the year (2023/24: 470).", "470", "other"),
    ("There were 260 Section 42 enquiries, against 301 a year earlier.", "260", "other"),
    ("Adult social care completed 190 Care Act enquiries.", "190", "other"),
    ("The board was told 75 adult safeguarding enquiries were open at the year end.", "75", "other"),
    ("A further 58 s42 enquiries were closed in March.", "58", "other"),
    # an enquiry under section 47 keeps its metric
    ("Of these, 388 led to an enquiry under section 47 (2023/24: 350).", "388", "section_47_enquiries"),
    ("Of these, 388 led to an enquiry under section 47 (2023/24: 350).", "350", "section_47_enquiries"),
    ("Social workers began 640 enquiries under s47 in the year.", "640", "section_47_enquiries"),
    ("The council completed 1,420 section 47 enquiries.", "1,420", "section_47_enquiries"),
]


@pytest.mark.parametrize("text, number, metric", ENQUIRIES)
def test_an_enquiry_under_the_care_act_is_no_section_47_enquiry(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


ADULT_REVIEWS = [
    ("Two cases met the criteria for a mandatory review under section 44 of the Care Act.", "Two", "other"),
    ("Three cases met the criteria for a review under section 44.", "Three", "other"),
    ("The board commissioned three safeguarding adults reviews.", "three", "other"),
    ("The partnership published four Safeguarding Adults Reviews in the year.", "four", "other"),
    ("The board commissioned two SARs in the year.", "two", "other"),
    ("The board published 3 Safeguarding Adults Reviews in the year.", "3", "other"),
    ("Three SARs were published during the year, and four remain in progress at 31 March.", "four", "other"),
    ("Four referrals for a safeguarding adults review were received.", "Four", "other"),
    ("The council's scrutiny panel heard that 5 section 44 reviews were under way.", "5", "other"),
    # a review of a child keeps its metric
    ("The partnership commissioned two local child safeguarding practice reviews.", "two",
     "lcsprs_commissioned"),
    ("Three cases met the criteria for a local child safeguarding practice review.", "Three",
     "lcsprs_commissioned"),
    ("The partnership published two local child safeguarding practice reviews.", "two", "lcsprs_published"),
]


@pytest.mark.parametrize("text, number, metric", ADULT_REVIEWS)
def test_a_review_under_the_care_act_is_no_childrens_review(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


DEATHS = [
    ("There were 2,310 adult deaths in the borough.", "2,310", "other"),
    ("There were 14 deaths of adults with a learning disability.", "14", "other"),
    ("The county recorded 5,120 deaths of people of all ages.", "5,120", "other"),
    ("The public health report counted 4,800 deaths at all ages in the district.", "4,800", "other"),
    ("The hospital trust looked into 640 adult deaths.", "640", "other"),
    ("Around 96% of all deaths were registered within five days.", "96", "other"),
    # bare deaths said beside 'all deaths' (no children named) are of every age
    ("Registrars recorded 2,310 deaths in the borough, or 98% of all deaths registered in the county.",
     "2,310", "other"),
    ("Registrars recorded 2,310 deaths in the borough, or 98% of all deaths registered in the county.",
     "98", "other"),
    ("The hospital reviewed 1,640 deaths, around 40% of all deaths in the district.", "1,640", "other"),
    ("The trust looked at 3,100 deaths, compared with 2,900 in 2023/24, or 95% of all deaths locally.",
     "2,900", "other"),
    # deaths of children, or bare deaths counted by a child death panel, are child deaths
    ("The panel reviewed 64 deaths; all deaths of children are notified to it.", "64", "child_deaths"),
    ("The panel reviewed 64 deaths, all deaths in childhood in the county.", "64", "child_deaths"),
    ("Some 12 deaths were sudden; the panel reviews all deaths in infancy.", "12", "child_deaths"),
    ("The panel reviewed 58 child deaths in the year.", "58", "child_deaths"),
    ("Some 31 children died in the county in 2024/25.", "31", "child_deaths"),
    ("Of the 58 child deaths, 34 were deaths of babies under one.", "34", "child_deaths"),
    ("The panel reviewed 64 deaths in the year.", "64", "child_deaths"),
    ("Reading notified 17 deaths to the panel.", "17", "child_deaths"),
]


@pytest.mark.parametrize("text, number, metric", DEATHS)
def test_deaths_of_adults_or_every_age_are_no_child_deaths(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


REFERRED_ON = [
    ("In 9 of these the panel referred the death to the safeguarding partnership for consideration of "
     "a rapid review.", "9", "review_referrals"),
    ("In 4 of them the hospital referred the death to the partnership for a rapid review.", "4",
     "review_referrals"),
    ("In 12 of those cases the police referred the death to the partnership for consideration of a rapid "
     "review.", "12", "review_referrals"),
    ("In 6 of them the hospital referred the child to the safeguarding partnership for consideration of "
     "a rapid review.", "6", "review_referrals"),
    ("In 9 of these the panel referred the case to the partnership for a rapid review.", "9",
     "review_referrals"),
    ("Of the 40 notifications, 9 were referred to the partnership for consideration of a rapid review.",
     "9", "review_referrals"),
    ("The partnership received 12 referrals for a rapid review.", "12", "review_referrals"),
    # the set said by a demonstrative, then the clause's own subject ('of these the duty paediatrician')
    ("Paediatricians found a possible safeguarding concern in 40 child deaths. In 9 of these the duty "
     "paediatrician referred the death to the local safeguarding partnership for consideration of a rapid "
     "review, up from 6 in 2023/24.", "9", "review_referrals"),
    ("The partnership heard of 40 child deaths. In 9 of these the police referred the death to the "
     "partnership for consideration of a rapid review.", "9", "review_referrals"),
    ("The partnership heard of 40 child deaths. In 9 of those the hospital trust referred the death to the "
     "partnership for a rapid review.", "9", "review_referrals"),
    ("The partnership heard of 40 child deaths. In 9 of these the family had moved home.", "9", "other"),
    # a part picked out by the child's death stays a death
    ("In 129 of the notified incidents a child had died.", "129", "child_deaths"),
    ("In 7 of these cases the child died.", "7", "child_deaths"),
    ("In 11 of the incidents a baby had died.", "11", "child_deaths"),
]


@pytest.mark.parametrize("text, number, metric", REFERRED_ON)
def test_a_death_referred_for_a_review_counts_the_referral(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


PROSE = ("<p>This report sets out the council's public health figures for the year, how they compare "
         "with the year before and what the partners plan next.</p>")


def _column_metrics(nlp, rows: list[list[str]]) -> dict[str, list[str]]:
    """Each column header's cells' metrics."""
    data = (f"<html><head><title>Annual report</title></head><body><main><h1>Annual report</h1>"
            f"{PROSE}{_table(rows, '')}{PROSE}</main></body></html>").encode()
    document = load("t.html", data)
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    out: dict[str, list[str]] = {}
    for table in document.tables:
        head = [c.text for c in table.rows[0]]
        for row in table.rows[1:]:
            for j, cell in enumerate(row[1:], 1):
                fig = next((f for f in figs if any(m.start == cell.start for m in f.mentions)), None)
                out.setdefault(head[j], []).append(fig.metric if fig is not None else "none")
    return out


BODY = [["North ward", "1,210", "14"], ["South ward", "980", "9"], ["East ward", "1,405", "17"]]
DEATH_COLUMNS = [
    (["Ward", "Deaths", "Child deaths"], "other", "child_deaths"),
    (["Ward", "Deaths", "Deaths of children"], "other", "child_deaths"),
    (["Ward", "Deaths registered", "Child deaths"], "other", "child_deaths"),
    (["Ward", "All deaths", "Child deaths"], "other", "child_deaths"),
    (["Ward", "Deaths", "Infant deaths"], "other", "child_deaths"),
    (["Ward", "Deaths", "Deaths under 18"], "other", "child_deaths"),
    (["Ward", "Deaths", "Deaths of babies"], "other", "child_deaths"),
    (["Ward", "Deaths", "Child deaths (under 18)"], "other", "child_deaths"),
    (["Ward", "Deaths scrutinised", "Child deaths"], "other", "child_deaths"),
    (["Ward", "Deaths", "Paediatric deaths"], "other", "child_deaths"),
]


@pytest.mark.parametrize("header, whole, children", DEATH_COLUMNS)
def test_a_column_of_deaths_beside_child_deaths_counts_every_age(nlp, header, whole, children):
    got = _column_metrics(nlp, [header, *BODY])
    assert got[header[1]] == [whole] * 3
    assert got[header[2]] == [children] * 3


def test_a_table_of_child_deaths_alone_keeps_its_metric(nlp):
    got = _column_metrics(nlp, [["Ward", "Child deaths", "Expected deaths"], *BODY])
    assert got["Child deaths"] == ["child_deaths"] * 3


def _row_metrics(nlp, prose: str, rows: list[list[str]]) -> list[str]:
    """The metrics of a table's first body row, the table set in `prose`."""
    data = (f"<html><head><title>Report to scrutiny</title></head><body><main><h1>Report to scrutiny</h1>"
            f"<p>{prose}</p>{_table(rows, 'Table 1: Quarterly indicators')}<p>The committee is asked to note "
            f"the report.</p></main></body></html>").encode()
    document = load("t.html", data)
    figs = find_figures(nlp(document.text), document, FY, use_classifier=False)
    table = document.tables[0]
    return [next((f.metric for f in figs if any(m.start == c.start for m in f.mentions)), "none")
            for c in table.rows[1][1:]]


QUARTERS = ["Indicator", "Q1", "Q2", "Q3", "Q4"]
SERVICE_ROWS = [["Referrals received", "31", "36", "40", "38"],
                ["Plans agreed by the 18th birthday (%)", "71", "74", "80", "83"]]
HISTORY = "The service was set up after a local child safeguarding practice review found that"
REFERRALS_TABLE = [
    # a review named only as the service's history: the table counts the service's referrals
    (f"{HISTORY} young people fell between children's and adult services.", "other"),
    (f"{HISTORY} a young man's move to adult services had been rushed.", "other"),
    ("The team began after a serious case review in 2019. It now works with 140 young people aged 16 to 25.",
     "other"),
    ("A practice review published by the partnership in 2023 led to the new transitions team.", "other"),
    ("The partnership's learning review of 'Sam' led the council to fund the service for three years.",
     "other"),
    ("The service received 150 referrals in the year; an LCSPR published in 2022 shaped its design.",
     "other"),
    # a document that speaks of referrals for a case review reads them so
    ("The partnership received 14 referrals for a rapid review during the year.", "review_referrals"),
    ("Agencies referred 12 cases to the case review group for consideration of a review.",
     "review_referrals"),
    ("Serious incidents referred to the panel are reviewed within 15 working days.", "review_referrals"),
    ("The number of rapid review referrals rose this year as partners learned the new criteria.",
     "review_referrals"),
]


@pytest.mark.parametrize("prose, metric", REFERRALS_TABLE)
def test_a_bare_referrals_row_needs_referrals_for_a_review_spoken_of(nlp, prose, metric):
    assert _row_metrics(nlp, prose, [QUARTERS, *SERVICE_ROWS]) == [metric] * 4
