"""A board or partnership that heads a document but serves something other than children's
safeguarding is no safeguarding partnership (extractor.partnership._publishing_board).

When no safeguarding body is named, a partnership or board that heads the document publishes it
("Anytown Domestic Abuse Partnership Board | MARAC Annual Report"). A Scottish integration joint
board (health and social care), a council's improvement, transformation or programme board, and
an enterprise, economic, housing, transport, investment or pension body are not such partnerships, whatever they report. Every
opening is INVENTED.
"""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

NOT_PARTNERSHIPS = [
    "Fife Integration Joint Board | Annual Performance Report 2025/26\nChildren's services\n"
    "We supported 410 children on the child protection register.\n",
    "East Lothian Integration Joint Board\nPerformance report: Quarter 2\nReferrals rose by 8%.\n",
    "Renfrewshire Health and Social Care Integration Joint Board - Annual Report\n"
    "The board met six times.\n",
    "Anytown Children's Services Improvement Board | Progress update\nThe board met monthly.\n",
    "Sandwell Transformation Programme Board\nHighlight report, October\nFive projects are green.\n",
    "Croydon Improvement Board\nAnnual report 2025/26\nThe board met ten times.\n",
    "Stockport Local Investment Board - Our year\nThe board approved 12 schemes.\n",
    "Tees Valley Local Enterprise Partnership | Skills report\nApprenticeships rose by 300.\n",
    "Solent Housing Partnership\nAnnual review 2025\nWe let 1,200 homes.\n",
    "Greater Lincolnshire Economic Growth Board - Minutes\nThe board agreed the plan.\n",
    "Swansea Bay Transport Partnership | Annual report\nBus use rose by 6%.\n",
    "Dyfed Pension Board\nAnnual report 2025/26\nThe fund grew by 4%.\n",
    "Anyshire Family Help Programme Board\nQuarterly report\nThe project has 30 families.\n",
]


@pytest.mark.parametrize("text", NOT_PARTNERSHIPS, ids=[t.split("\n")[0][:40] for t in NOT_PARTNERSHIPS])
def test_a_board_serving_something_else_is_no_partnership(text: str) -> None:
    assert find_partnership(text) is None


# ... a partnership or board about safety still publishes its document.
STILL = [
    ("Cardiff Domestic Abuse Partnership Board | Annual Report 2025-26\nThe board met four times.\n",
     "Cardiff Domestic Abuse Partnership Board"),
    ("Kent Community Safety Partnership\nAnnual report\nWe met four times.\n",
     "Kent Community Safety Partnership"),
    ("Bolton Exploitation Partnership Board | Annual Report\nWe met six times.\n",
     "Bolton Exploitation Partnership Board"),
    ("Swansea Corporate Parenting Board - Annual Report\nThe board met six times.\n",
     "Swansea Corporate Parenting Board"),
]


@pytest.mark.parametrize("text,name", STILL, ids=[r[1][:30] for r in STILL])
def test_a_safety_board_still_publishes(text: str, name: str) -> None:
    assert find_partnership(text) == name
