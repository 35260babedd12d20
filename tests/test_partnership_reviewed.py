"""Partnership: a long report whose opening says it reviews a safeguarding board or partnership
(an inspection combined with a review of the board's effectiveness) is about the area's body,
even when its text names that body only once, deep in. Without such an opening, a body named once
in a long report about something else is an overseer named in passing. Every sentence is
invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership

_FILLER = ("Social workers see children often and write down what they say in their plans. " * 140
           + "\n")
_DEEP = "Minutes of the Rutland Safeguarding Children Board were read by the team.\n"
_BODY = "Rutland Safeguarding Children Board"


def _report(heading: str) -> str:
    return f"Rutland County Council\n{heading}\nInspection dates: 2 to 13 March 2026\n" + \
        _FILLER + _DEEP + _FILLER


@pytest.mark.parametrize("heading, expected", [
    # the opening reviews the board or partnership: the area's body is the report's
    ("Inspection of children's services and Review of the effectiveness of the Local "
     "Safeguarding Children Board", _BODY),
    ("Inspection of services for children in need of help and protection and review of the "
     "effectiveness of the Local\nSafeguarding Children Board2", _BODY),
    ("Children's services inspection with a review of the LSCB", _BODY),
    ("Joint inspection and an evaluation of the local safeguarding partnership", _BODY),
    ("Peer challenge: an assessment of the safeguarding partners' arrangements", _BODY),
    ("Thematic inspection, including a review of the Local Safeguarding Children Partnership",
     _BODY),
    ("Inspection of the Local Safeguarding Children Board's work with schools", _BODY),
    ("Review of the effectiveness of the LSCP", _BODY),
    # no review of the board in the opening: the body named once deep in is in passing
    ("Inspection of local authority children's services", None),
    ("Focused visit to children's services: the front door", None),
    ("Inspection of children's services (the Local Safeguarding Children Board was not inspected)",
     None),
    ("Review of the effectiveness of early help services", None),
    ("Annual review of fostering services", None),
])
def test_reviewed_board_is_the_reports(heading, expected):
    assert find_partnership(_report(heading), "Rutland") == expected


def test_another_councils_board_is_not_the_reviewed_one():
    text = _report("Inspection of children's services and review of the LSCB").replace(
        "Rutland Safeguarding", "Leicestershire Safeguarding")
    assert find_partnership(text, "Rutland") is None
