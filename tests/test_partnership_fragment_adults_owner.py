"""Partnership: a name is a whole name, never a clause's opening before a generic body ("Working
with the Safeguarding Children Partnership"); a safeguarding adults board is the document's body
when it publishes the document; a body named once only as the owner of a document or procedure
is not the document's, wherever it stands; and a body the same sentence names again as the agent
of a review ("which the partnership published") holds the area's reviews. Every sentence is
invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership

_OPENING = ("Anytown Family Support\nOur year\n" +
            "The project is small, friendly and run by volunteers who visit families. " * 30 + "\n")


# A name's place stands next to its head: capitalised words of a sentence's opening that end on
# "the" ("Working with the", "Led by the") name no place, and the name starts after "the".
@pytest.mark.parametrize("sentence, expected", [
    ("Working with the Safeguarding Children Partnership, we trained 40 staff.", None),
    ("Together with the Safeguarding Children Partnership, the council ran a campaign.", None),
    ("Thanks to the Safeguarding Partnership, every school now has a lead.", None),
    ("Alongside the Local Safeguarding Children Board, the team audited 30 files.", None),
    ("Led by the Safeguarding Children Partnership, the audit looked at 30 cases.", None),
    ("Working with the Anytown Safeguarding Children Partnership, we trained 40 staff.",
     "Anytown Safeguarding Children Partnership"),
    ("Together with the Bury Safeguarding Partnership, the council ran a campaign.",
     "Bury Safeguarding Partnership"),
    ("Supported by the Shropshire Safeguarding Children Partnership, schools "
     "ran sessions.", "Shropshire Safeguarding Children Partnership"),
    ("Working with the Newcastle upon Tyne Safeguarding Children Partnership, we met 12 times.",
     "Newcastle upon Tyne Safeguarding Children Partnership"),
    ("Thanks to the City of York Safeguarding Children Partnership, the audit went ahead.",
     "City of York Safeguarding Children Partnership"),
    ("Working with the Cornwall and the Isles of Scilly Safeguarding Children Partnership, we "
     "met.", "Cornwall and the Isles of Scilly Safeguarding Children Partnership"),
    ("Funded with help from the Blackburn with Darwen Safeguarding Children Partnership, the "
     "project grew.", "Blackburn with Darwen Safeguarding Children Partnership"),
])
def test_a_name_is_never_a_clause_opening(sentence: str, expected: str | None) -> None:
    assert find_partnership(sentence) == expected


# A safeguarding adults board that publishes the document (its masthead, title or running header)
# is its body; one the text only names is another's partner. A children's body the text shows at
# work still counts.
@pytest.mark.parametrize("text, title, context, expected", [
    ("Anytown Safeguarding Adults Board\nAnnual Report 2025-26\nThe Board met four times and "
     "agreed two reviews.\n", None, [], "Anytown Safeguarding Adults Board"),
    ("Annual Report 2025-26\nThe Board met four times.\n",
     "Anyshire Safeguarding Adults Board Annual Report 2025-26", [],
     "Anyshire Safeguarding Adults Board"),
    ("Annual Report\nThe Board received 300 concerns.\n", None,
     ["Anytown Safeguarding Adults Board | Annual Report 2025-26"],
     "Anytown Safeguarding Adults Board"),
    ("Anyshire Safeguarding Adults Partnership Board\nBusiness plan progress\nThe Board met.\n",
     None, [], "Anyshire Safeguarding Adults Partnership Board"),
    ("Anytown Adult Safeguarding Board\nAnnual report\nPartners attended every meeting.\n", None,
     [], "Anytown Adult Safeguarding Board"),
    ("Anytown Safeguarding Adults Board\nAnnual Report\nWorking with the Safeguarding Children "
     "Partnership, we looked at 30 young people. The Board met four times.\n", None, [],
     "Anytown Safeguarding Adults Board"),
    # named only in the text: not counted
    ("Anytown Council\nChildren's services report\nWe shared the learning with the Anytown "
     "Safeguarding Adults Board.\n", None, [], None),
    ("Anytown Council\nTransitions update\nThe Anytown Safeguarding Adults Board has agreed a "
     "joint protocol. The Anytown Safeguarding Adults Board will review it in June.\n", None, [],
     None),
    ("Anytown Safeguarding Children Partnership\nAnnual Report\nThe Anytown Safeguarding Adults "
     "Board held a joint event with the partnership.\n", None, [],
     "Anytown Safeguarding Children Partnership"),
    ("Young people moving to adult services\nThe Anytown Safeguarding Children Partnership held "
     "two rapid reviews. The Anytown Safeguarding Adults Board was told.\n", None, [],
     "Anytown Safeguarding Children Partnership"),
])
def test_an_adults_board_that_publishes(text: str, title: str | None, context: list[str],
                                        expected: str | None) -> None:
    assert find_partnership(text, None, title, context) == expected


# Named once, only as the owner of a document or a procedure the text follows: not the text's
# body, in its opening as much as deep in; named again, or shown at the area's reviews, it is.
@pytest.mark.parametrize("text, expected", [
    ("Anytown Council\nFostering statement\nThis statement should be read with the Anytown "
     "Safeguarding Children Partnership's threshold document. It sets out what we buy.\n", None),
    ("Anytown Council\nEarly help offer\nReferrals follow the Anytown Safeguarding Children "
     "Partnership's escalation policy.\n", None),
    ("Anytown Council\nChildren's homes update\nStaff follow the procedures of the Anyshire "
     "Safeguarding Children Board.\n", None),
    ("Anytown Council\nSchools update\nEvery school uses the Anytown Safeguarding Children "
     "Partnership's online training.\n", None),
    ("Anytown Council\nFamily hubs\nStaff use the Anyshire Child Protection Committee's "
     "guidance.\n", None),
    ("Anytown Council\nFostering statement\nRead it with the Anytown Safeguarding Children "
     "Partnership's threshold document. The Anytown Safeguarding Children Partnership "
     "published its annual report in May.\n", "Anytown Safeguarding Children Partnership"),
    ("Anytown Council\nEarly help offer\nStaff follow the Anytown Safeguarding Children "
     "Partnership's procedures, and the partnership held a rapid review in May.\n",
     "Anytown Safeguarding Children Partnership"),
    ("Anytown Council\nEarly help offer\nThe Anytown Safeguarding Children Partnership "
     "notified two serious incidents.\n", "Anytown Safeguarding Children Partnership"),
    ("Anytown Council\nSchools update\nPlans rose by a fifth, according to the Anytown "
     "Safeguarding Children Partnership.\n", "Anytown Safeguarding Children Partnership"),
    ("Anytown Council\nFamily hubs\nThe Anyshire Child Protection Committee published a "
     "learning review in June.\n", "Anyshire Child Protection Committee"),
])
def test_a_body_named_once_as_an_owner(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


# Another writer names the body once as the owner of training or a procedure, and the same
# sentence names it again by its head word as the agent of a review: it holds the area's reviews.
@pytest.mark.parametrize("sentence, expected", [
    ("All volunteers complete the Anytown Safeguarding Children Partnership's training, and our "
     "lead attended its event on the Child P review, which the partnership published in May.",
     "Anytown Safeguarding Children Partnership"),
    ("Staff complete the Anytown Safeguarding Children Partnership's multi-agency training; our "
     "manager went to the briefing on the Child K review that the partnership commissioned.",
     "Anytown Safeguarding Children Partnership"),
    ("We follow the Anytown Safeguarding Children Partnership's procedures, and the partnership "
     "published the Baby R review in June.", "Anytown Safeguarding Children Partnership"),
    ("The Anytown Safeguarding Children Partnership's escalation policy was used twice, and the "
     "board held a rapid review in March.", "Anytown Safeguarding Children Partnership"),
    ("Our staff use the Anyshire Child Protection Committee's guidance; the committee published "
     "the Child S learning review in August.", "Anyshire Child Protection Committee"),
    # no review, or no holding verb: the owner of a thing only
    ("We follow the Anytown Safeguarding Children Partnership's procedures.", None),
    ("Staff complete the Anytown Safeguarding Children Partnership's training, which the "
     "partnership updated in May.", None),
    ("Staff complete the Anytown Safeguarding Children Partnership's training; the partnership "
     "published a new leaflet.", None),
    ("Our staff use the Anyshire Child Protection Committee's guidance; the committee published "
     "new guidance in August.", None),
    ("Our staff use the Anytown Safeguarding Children Partnership's toolkit, as the Child T "
     "review recommended.", None),
])
def test_a_body_named_again_as_a_reviews_agent(sentence: str, expected: str | None) -> None:
    assert find_partnership(_OPENING + sentence + "\n") == expected
