"""The preferences an election leaflet asks a voter to mark are no figures: 'VOTE 1 SMITH', 'Put 1
beside her name', 'rank the others in order of preference (2, 3 and so on)'. Beside each, a close
sentence whose number stays a figure. Invented sentences through the production path; the number
under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.reject import BALLOT

from tests.test_reject_prose import _check  # one reading of a marked number

BALLOTS = [
    ("VOTE ⟦1⟧ MACLEOD\nStanding up for families\nDear neighbour,", BALLOT),
    ("On 4 May, Vote ⟦1⟧ for Priya Nair and keep our library open.", BALLOT),
    ("Put ⟦1⟧ beside ANN FERGUS, then number the others if you wish.", BALLOT),
    ("Mark ⟦2⟧ next to your second choice.", BALLOT),
    ("Give your No ⟦1⟧ vote to the Green candidate.", BALLOT),
    ("Please vote ⟦1⟧ Tom Baird on Thursday.", BALLOT),
    ("Then rank the others in order of preference (⟦2⟧, 3 and so on).", BALLOT),
    ("Then rank the others in order of preference (2, ⟦3⟧ and so on).", BALLOT),
    ("Number the candidates ⟦1⟧, 2, 3 in order of preference.", BALLOT),
    ("You can go on to mark 2, ⟦3⟧, 4 etc. for the others.", BALLOT),
    # kept: counts of votes, seats and things in the same leaflets
    ("She won the seat by ⟦412⟧ votes in 2022.", None),
    ("I will put ⟦30⟧ more social workers into the front line.", None),
    ("The council has ⟦77⟧ councillors in 21 wards.", None),
    ("We will vote ⟦£2 million⟧ a year for youth services.", None),
    ("There were ⟦263⟧ children on the register, up from 187.", None),
]


@pytest.mark.parametrize("marked, reason", BALLOTS)
def test_a_ballot_preference_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)
