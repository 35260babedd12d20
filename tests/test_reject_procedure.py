"""Numbers of how a meeting ran or how a sentence is laid out, not reported facts: a vote's
tally in minutes, the marks of a question's parts inside one sentence, an age said as a choice
('at seventeen or eighteen'). Invented sentences through the production path (ingest ->
pipeline -> find_figures, rules only); beside them, close sentences whose number stays a figure."""

from __future__ import annotations

import pytest

from extractor.figures.procedure import AGE_CHOICE, ENUMERATION, VOTE
from tests.test_reject_prose import _check

PROCEDURE = [
    # a recorded vote: the heading's count, the names under it
    ("For (⟦41⟧)\nMr Adams, Mrs Brown, Mr Clarke\nAgainst (3)\nMs Dale", VOTE),
    ("For (41)\nMr Adams\nAgainst (⟦0⟧)\nAbstain (2)\nMotion carried.", VOTE),
    ("For (41)\nMr Adams\nAgainst (3)\nMs Dale\nAbstain (⟦2⟧)\nMs Ford, Mr Hale", VOTE),
    ("Abstentions (⟦7⟧)\nMrs Ince, Mr Jones\nAmendment lost.", VOTE),
    ("The motion was carried by ⟦29⟧ votes to 14.", VOTE),
    ("The amendment was lost by 20 votes to ⟦33⟧, with two abstentions.", VOTE),
    ("On a recorded vote, ⟦18⟧ votes for and 25 against, the amendment fell.", VOTE),
    ("The motion was agreed with 30 in favour, ⟦6⟧ against and one abstention.", VOTE),
    # a question's parts numbered inside one sentence
    ("Can the Cabinet Member tell me: 1) how many pupils are educated at home, and, ⟦2⟧) how many were visited?", ENUMERATION),
    ("Will the Leader confirm 1) the cost of the scheme, 2) its start date and ⟦3⟧) who will run it?", ENUMERATION),
    ("Please say 1) what the waiting time is and ⟦2⟧) what is being done about it.", ENUMERATION),
    # an age said as a choice of near ages
    ("Few young people took the course at ⟦sixteen⟧ or seventeen, preferring to wait.", AGE_CHOICE),
    ("Few young people took the course at sixteen or ⟦seventeen⟧, preferring to wait.", AGE_CHOICE),
    ("Most apprentices start at ⟦18⟧ or 19 and finish within two years.", AGE_CHOICE),
    ("Most care leavers move into their own flat at ⟦eighteen⟧ or nineteen.", AGE_CHOICE),
    # kept: the facts beside them
    ("The committee voted to fund ⟦12⟧ new social work posts.", None),
    ("Against a national average of 50%, the service finished ⟦90⟧% of plans on time.", None),
    ("The board received 9 notifications (up from ⟦6⟧) This was noted.", None),
    ("There were 40 referrals (1) and ⟦12⟧ assessments.", None),
    ("Referrals stood at ⟦18⟧ or 19 a month through the year.", None),
    ("The number of children on plans stood at ⟦17⟧.", None),
    ("The service started at ⟦17⟧ or 18 schools in the first year.", None),
    ("The motion noted that ⟦214⟧ children were in care, against 198 a year earlier.", None),
    ("Young people leaving care at 18 numbered ⟦230⟧ this year.", None),
    ("The boy left school at ⟦16⟧ and found work.", None),
]


@pytest.mark.parametrize("marked, reason", PROCEDURE)
def test_a_vote_a_part_mark_or_an_age_of_a_step_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)
