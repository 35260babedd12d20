"""A distinctive value said twice, once loosely (no date, or another noun for an 'other' count),
is one figure with two mentions; a small value, or a value a third figure shares, keeps its
figures apart. Invented texts through the production path (rules only); the second mention is
marked ⟦...⟧."""

from __future__ import annotations

import pytest

from tests.test_figure_recall import _read

SAID_TWICE = [
    ("In brief: the council looked after 468 children, more than ever.\n"
     "The council looked after ⟦468⟧ children at 31 March 2025.", 2),
    ("Plans: the number rose to 233.\n⟦233⟧ children were subject to a child protection plan at 31 March 2025.", 2),
    ("Headlines: 1,204 children were on plans.\nAt 31 March 2025, ⟦1,204⟧ children were subject to a child protection plan.", 2),
    ("The borough has about 48,300 young people under 18.\nMid-year estimates put the population aged 0-17 at ⟦48,300⟧.", 2),
    ("Around 16,900 pupils attend the county's schools.\nThe school census counted ⟦16,900⟧ on roll.", 2),
    ("In brief: 2,315 contacts reached the front door.\nThe front door received ⟦2,315⟧ contacts in 2024/25.", 2),
    ("Staff made 1,875 home visits.\nIn all, ⟦1,875⟧ visits took place in the year.", 2),
    ("At a glance: 642 families supported.\nEarly help teams worked with ⟦642⟧ households.", 2),
    # kept apart: small values, and a value three figures share
    ("At a glance: 42 families supported.\nEarly help teams worked with ⟦42⟧ households.", 1),
    ("The hub saw 12 families.\nIt held ⟦12⟧ drop-in sessions.", 1),
    ("Care numbers: 387 at 31 March 2024 and 387 at 31 March 2025.\nThe fostering team approved ⟦387⟧ respite nights.", 1),
]


@pytest.mark.parametrize("marked, mentions", SAID_TWICE)
def test_a_distinctive_value_said_twice(nlp, marked, mentions):
    found, reasons = _read(nlp, marked)
    assert len(found) == 1 and len(found[0].mentions) == mentions, f"got {found} / {reasons}"


# A bare number a speaker says again in a quote restates the one figure of the text with its value
# and unit, when it is a distinctive one (10 or more), even a figure no metric names ('other'):
# (text with the quoted number marked, how many mentions the figure it lands in has)
QUOTED_AGAIN = [
    ("In the year 94 young people aged 16 or 17 asked the council for housing help.\n"
     "The team leader said: \"But ⟦94⟧ is the highest number we have ever seen.\"", 2),
    ("The hub ran 36 drop-in sessions for parents in the year.\n"
     "Its manager said: \"⟦36⟧ is a lot for a team of three.\"", 2),
    ("The front desk answered 1,240 calls about school places.\n"
     "The chair said: \"⟦1,240⟧ is a remarkable gift to the borough.\"", 2),
    ("The council trained 412 school staff in the new procedure.\n"
     "The lead said: \"Getting to ⟦412⟧ took the whole year.\"", 2),
    ("Some 58 foster households were approved by the panel.\n"
     "The head of service said: \"⟦58⟧ is the best year we have had.\"", 2),
    ("The youth service reached 2,730 young people through street work.\n"
     "Its manager told us: \"⟦2,730⟧ is more than we planned for.\"", 2),
    ("The helpdesk logged 87 complaints about the new system.\n"
     "The director said: \"Even ⟦87⟧ is too many for us.\"", 2),
    # kept apart: a small value, and a value two figures share
    ("The team held 7 open days for families.\nThe manager said: \"⟦7⟧ is a good start.\"", 1),
    ("There were 64 drop-in sessions and 64 home visits in the quarter.\n"
     "The manager said: \"⟦64⟧ is the most we can do.\"", 1),
    ("The service ran 4 training days in the spring.\nThe lead said: \"⟦4⟧ was not enough.\"", 1),
]


@pytest.mark.parametrize("marked, mentions", QUOTED_AGAIN)
def test_a_quoted_bare_number_restates_the_one_figure(nlp, marked, mentions):
    found, reasons = _read(nlp, marked)
    assert len(found) == 1 and len(found[0].mentions) == mentions, f"got {found} / {reasons}"
