"""Two ways a classifier reading one word would misname a count. A bare count in brackets after a
label in a list of such ('domestic abuse (37)', 'the police (9)') counts what the list is a list
of: where the rules read it as no metric, the classifier may name one only when the sentence or
the one before names it ('40 referrals for review: police (15), ...' keeps review referrals). A
thing no metric counts that the lexicon names outright in several words ('91 approved in-house
fostering households', '14 supported lodgings placements') stays other, even when the parse
misses the number's noun. Invented sentences through the production path, with the rules alone
and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure

# the metrics named two sentences before: the text talks of them, but not of this list
_CONTEXT = ("The council looks after 310 children in care and 260 children are on a child protection plan. "
            "This note sets out what partners told us this year. ")

BRACKETED_LISTS = [
    ("The main reasons for calls were neglect (58 calls), domestic abuse (37), hoarding (12) and fire risk (9).",
     "37", "other"),
    ("The main reasons for calls were neglect (58 calls), domestic abuse (37), hoarding (12) and fire risk (9).",
     "12", "other"),
    ("Most came through the housing team (52), followed by colleges (19), children's social care (14) and "
     "the police (9).", "9", "other"),
    ("Most came through the housing team (52), followed by colleges (19), children's social care (14) and "
     "the police (9).", "19", "other"),
    ("Visits were made by the fire service (31), the police (22) and neighbourhood wardens (8).", "22", "other"),
    ("Callers named emotional abuse (17), neglect (15) and domestic abuse (11) as their worry.", "11", "other"),
    ("Tenants cited damp (44), overcrowding (21) and antisocial neighbours (6).", "21", "other"),
    # the sentence, or the one before, names the metric: the list keeps it
    ("The partnership received 40 referrals for review: police (15), health (13), schools (7) and "
     "children's social care (5).", "15", "review_referrals"),
    ("The partnership received 40 referrals for review. They came from police (15), health (13), "
     "schools (7) and children's social care (5).", "13", "review_referrals"),
    ("Children on plans were registered under neglect (120), emotional abuse (90) and physical abuse (30).",
     "90", "child_protection_plans"),
]


@pytest.mark.parametrize("text, number, metric", BRACKETED_LISTS)
def test_a_bracketed_list_counts_what_it_lists(nlp, text, number, metric):
    # the classifier on: the construction limits what it may name
    assert figure(nlp, _CONTEXT + text, number, True).metric == metric


NAMED_THINGS = [
    ("The sufficiency plan counts 91 approved in-house fostering households at 31 March.", "91", "other"),
    ("The budget paper assumes 37 approved fostering households at the end of the year.", "37", "other"),
    ("The cabinet report notes that the county recruited 14 new foster households in the year.", "14", "other"),
    ("There are 12 supported lodgings placements for young people leaving care.", "12", "other"),
    ("The borough has 9 supported lodgings hosts on its books.", "9", "other"),
    ("The housing plan funds 3 semi-independent flats for young people leaving care.", "3", "other"),
    ("We looked after 58 children in foster households at the end of March.", "58", "looked_after_children"),
    ("The council looked after 96 children placed with foster carers.", "96", "looked_after_children"),
    ("At 31 March, 44 children were looked after in residential care.", "44", "looked_after_children"),
    ("There were 63 children on a child protection plan at the year end.", "63", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NAMED_THINGS)
def test_a_thing_named_outright_is_not_the_children(nlp, text, number, metric, classifier):
    assert figure(nlp, _CONTEXT + text, number, classifier).metric == metric
