"""Partnership: a safeguarding body a document names once, even in passing, is its partnership when
the sentence shows the body at the area's case reviews: considering referrals, commissioning,
agreeing, holding or publishing reviews, receiving notifications, or the body cases are referred
to (corpus/README.md, 'Conventions settled', 2). Sharing data, audits, training or learning with
it, owning a procedure, or being a recommendation's addressee is still naming it in passing.
Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.partnership import find_partnership

_COUNCIL = ("Anytown Borough Council\nChildren's services annual report 2025/26\n\n" +
            "The service is small, stable and well regarded by inspectors. " * 30 + "\n")
_FIRE = ("Anyshire Fire and Rescue Service: safeguarding report to scrutiny\n\n" +
         "Crews visited homes across the county and raised concerns where needed. " * 20 + "\n")
_BOARD = "Anyshire Regional Safeguarding Board"
_ASCP = "Anytown Safeguarding Children Partnership"

REVIEW_WORK = [
    (_COUNCIL, f"Eleven referrals were considered by the {_BOARD}, and two reviews were agreed.",
     _BOARD),
    (_COUNCIL, f"Through the {_BOARD}, three Anytown cases met the criteria for a child practice "
     "review.", _BOARD),
    (_COUNCIL, f"We referred four cases to the {_BOARD} for it to consider a review.", _BOARD),
    (_COUNCIL, f"Six cases went to the {_BOARD}'s practice review group, which agreed one.", _BOARD),
    (_COUNCIL, f"The review, commissioned by the {_ASCP}, will report in the spring.", _ASCP),
    (_COUNCIL, f"A rapid review was convened by the {_ASCP} within the timescale.", _ASCP),
    (_COUNCIL, f"Two local child safeguarding practice reviews were published by the {_ASCP}.", _ASCP),
    (_COUNCIL, f"Serious incidents are notified to the national panel and to the {_ASCP}.", _ASCP),
    (_COUNCIL, f"Referrals for a learning review go through the {_BOARD}.", _BOARD),
    (_FIRE + f"The Service is a relevant agency of the {_ASCP}.\n",
     f"The Service notified the {_ASCP} of the fire, and the partnership commissioned an LCSPR.",
     _ASCP),
    (_FIRE + f"The Service is a relevant agency of the {_ASCP}.\n",
     f"After the death the {_ASCP} held a rapid review.", _ASCP),
    # in passing: data, audits, training, learning, a procedure, an addressee
    (_COUNCIL, f"Data is shared every quarter with the {_BOARD}.", None),
    (_COUNCIL, f"We sent two audits to the {_BOARD} for comment.", None),
    (_COUNCIL, f"Social workers train through the {_BOARD}.", None),
    (_COUNCIL, f"We shared our learning with the {_ASCP} and with schools.", None),
    (_COUNCIL, f"Cases were escalated under the {_ASCP} escalation policy.", None),
    (_COUNCIL, f"4.2 The {_ASCP} and the council should fund a campaign.", None),
    (_FIRE + f"The Service is a relevant agency of the {_ASCP}.\n",
     f"The Service sent the {_ASCP} its annual audit.", None),
    (_FIRE + f"We sit on the {_ASCP} and its case review group.\n", "Crews raised 212 concerns.",
     None),
]


@pytest.mark.parametrize("head, sentence, expected", REVIEW_WORK,
                         ids=[f"{i}-{r[2] or 'none'}"[:40] for i, r in enumerate(REVIEW_WORK)])
def test_a_body_shown_at_the_areas_case_reviews_is_the_partnership(head: str, sentence: str,
                                                                    expected: str | None) -> None:
    assert find_partnership(f"{head}{sentence}\n", "Anytown") == expected
