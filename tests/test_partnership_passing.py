"""Partnership: the body that owns the document or whose work it reports, not one it names in
passing: a body a council refers cases to or something was done by, a body a recommendation is
addressed to, a voice in a story about several councils, or a child death panel when a
safeguarding body is named. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership

_OPENING = ("Anytown Council\nChildren's services annual summary\n" +
            "The service is small, stable and well regarded by inspectors. " * 30 + "\n")


# Named once, past the opening, as what a council sends to or shares with, or as the body that
# considered what it was sent, or as the addressee of a recommendation: in passing, unless the
# sentence shows the body at the area's case reviews (tests/test_partnership_review_work.py). A body that
# acts in the text (its subject, or its spokesperson's), publishes it or its figures, or carries
# out the review it reports is the text's.
@pytest.mark.parametrize("sentence, expected", [
    ("Last year we sent four audits to the Anyshire Safeguarding Board for comment.", None),
    ("Two of the cases were discussed by the Anytown Safeguarding Children Partnership.", None),
    ("Nine audits were considered by the Anyshire Regional Safeguarding Board.", None),
    ("The campaign, paid for by the Anytown Safeguarding Children Partnership, ran all year.", None),
    ("Data is shared monthly with the Anytown Safeguarding Children Partnership.", None),
    ("3.2 The Anytown Safeguarding Children Partnership and the council should fund a campaign.",
     None),
    ("Recommendation 4: the Anytown Safeguarding Children Partnership must audit the pathway.",
     None),
    ("R2. The Anyshire Child Protection Committee is asked to review its guidance.", None),
    # the body acts: the text's
    ("The Anytown Safeguarding Children Partnership notified four serious incidents.",
     "Anytown Safeguarding Children Partnership"),
    ("A spokesperson for the Anyshire Child Protection Committee said it would look closely.",
     "Anyshire Child Protection Committee"),
    ("The Anytown Safeguarding Children Partnership published two reviews this year.",
     "Anytown Safeguarding Children Partnership"),
    ("Plans rose by a fifth, according to the Anytown Safeguarding Children Partnership.",
     "Anytown Safeguarding Children Partnership"),
    ("The summary was published by the Anyshire Regional Safeguarding Board.",
     "Anyshire Regional Safeguarding Board"),
    ("A child practice review by the Anyshire Regional Safeguarding Board will look at events.",
     "Anyshire Regional Safeguarding Board"),
])
def test_a_body_named_once_in_passing_is_not_the_documents(sentence: str,
                                                           expected: str | None) -> None:
    assert find_partnership(f"{_OPENING}{sentence}\n") == expected


# Named in the title or the opening, or more than once, the body is the text's however it is
# named ("This report is shared with the …").
@pytest.mark.parametrize("text, expected", [
    ("IRO annual report\nThis report is shared with the Anyshire Safeguarding Board.\n" +
     "The service is stable. " * 80, "Anyshire Safeguarding Board"),
    ("Assurance paper\nThe two council areas are covered by the Anyvale Public Protection "
     "Committee.\n" + "The service is stable. " * 80, "Anyvale Public Protection Committee"),
    (_OPENING + "We referred three cases to the Anyshire Safeguarding Board. The Anyshire "
     "Safeguarding Board agreed to two reviews.\n", "Anyshire Safeguarding Board"),
])
def test_a_body_in_the_opening_or_named_twice_stays(text: str, expected: str) -> None:
    assert find_partnership(text) == expected


# A story about several councils (area None, its councils listed) has no one partnership: a
# council's body named once past the opening is a voice in it.
@pytest.mark.parametrize("sentence, expected", [
    ("The Borders Child Protection Committee chair said the rise was expected.", None),
    ("The Anytown Safeguarding Children Partnership said it had learned lessons.", None),
    ("A spokesperson for the Anyshire Child Protection Committee said reviews were under way.",
     None),
    ("Leaders of the Anyvale Safeguarding Partnership told the panel staff were stretched.", None),
])
def test_a_voice_in_a_story_about_several_councils(sentence: str, expected: str | None) -> None:
    text = f"{_OPENING}{sentence}\n"
    assert find_partnership(text, None, None, (), ["Fife", "Angus", "Moray"]) == expected
    assert find_partnership(text) is not None  # about one council, it would be the text's


# A child death overview panel is a document's body only when no safeguarding body is named;
# a safeguarding body named in passing still rules the panel out.
@pytest.mark.parametrize("text, expected", [
    ("Public health report\nEvery child death is reviewed by the Anyshire Child Death Overview "
     "Panel.\n" + "Injuries are falling. " * 80 + "\nThe Anytown Safeguarding Children "
     "Partnership and the council should fund a safe sleep campaign.\n", None),
    ("Public health report\nEvery child death is reviewed by the Anyshire Child Death Overview "
     "Panel.\n" + "Injuries are falling. " * 80 + "\n", "Anyshire Child Death Overview Panel"),
    ("CDOP annual report\nThe Anyshire Child Death Overview Panel reviewed 40 deaths.\n",
     "Anyshire Child Death Overview Panel"),
    ("Public health report\nEvery child death is reviewed by the Anyshire Child Death Overview "
     "Panel.\n" + "Injuries are falling. " * 80 + "\nWe shared two audits with the Anytown "
     "Safeguarding Children Partnership.\n", None),
])
def test_a_child_death_panel_only_when_no_safeguarding_body_is_named(
        text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


# A partnership or board that heads the document, a council's name first, publishes it when no
# safeguarding body is named; a council, a health board, a trust or a council committee that
# heads it is not a partnership.
@pytest.mark.parametrize("text, expected", [
    ("Cardiff Domestic Abuse Partnership Board | MARAC Annual Report 2025-26\nThe conference "
     "heard 900 cases.\n", "Cardiff Domestic Abuse Partnership Board"),
    ("Kent Community Safety Partnership\nAnnual report\nWe met four times.\n",
     "Kent Community Safety Partnership"),
    ("Annual report 2024/25 | Leeds Violence Reduction Partnership\nReferrals rose.\n",
     "Leeds Violence Reduction Partnership"),
    ("Swansea Corporate Parenting Board - Annual Report\nThe board met six times.\n",
     "Swansea Corporate Parenting Board"),
    ("Fife Violence Against Women Partnership | Annual Report\nWe trained 400 staff.\n",
     "Fife Violence Against Women Partnership"),
    ("Derby Children and Young People's Forum\nMinutes of the meeting\n", None),
    # not a partnership: a council, a health board, a council committee, or no place
    ("Cardiff Council | Annual Report\nThe conference heard 900 cases.\n", None),
    ("Cardiff and Vale University Health Board | Board paper\nItem 7.\n", None),
    ("Leeds City Council Scrutiny Board | Report\nMembers noted the update.\n", None),
    ("Domestic Abuse Partnership Board | Annual Report\nWe met four times.\n", None),
    # a safeguarding body named in the text is the document's
    ("Kent Community Safety Partnership\nThe Kent Safeguarding Children Partnership published "
     "two reviews.\n", "Kent Safeguarding Children Partnership"),
])
def test_a_partnership_board_that_heads_the_document(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


# A bilingual text names a Welsh regional board in Welsh too ("Bwrdd Diogelu Gogledd Cymru",
# mutated "Fwrdd Diogelu …"): a second mention of the same body, so not one named in passing.
@pytest.mark.parametrize("welsh, english, expected", [
    ("Cyfeiriwyd dau achos at Fwrdd Diogelu Gogledd Cymru.",
     "Two cases were referred to the North Wales Safeguarding Board.",
     "North Wales Safeguarding Board"),
    ("Mae Bwrdd Diogelu Gwent wedi cytuno.", "We referred a case to the Gwent Safeguarding "
     "Board.", "Gwent Safeguarding Board"),
    ("Cytunodd Bwrdd Diogelu Canolbarth a Gorllewin Cymru.",
     "The case was referred to the Mid and West Wales Safeguarding Board.",
     "Mid and West Wales Safeguarding Board"),
    ("Anfonwyd at Fwrdd Diogelu Caerdydd a'r Fro.",
     "It was sent to the Cardiff and Vale Regional Safeguarding Board.",
     "Cardiff and Vale Regional Safeguarding Board"),
    ("Anfonwyd at Fwrdd Diogelu Gorllewin Morgannwg.",
     "It was sent to the West Glamorgan Safeguarding Board.", "West Glamorgan Safeguarding Board"),
    ("Mae Bwrdd Diogelu Cwm Taf Morgannwg yn cyfarfod.",
     "Data is shared with the Cwm Taf Morgannwg Safeguarding Board.",
     "Cwm Taf Morgannwg Safeguarding Board"),
    # another board's Welsh name, or none, leaves the English one in passing
    ("Cytunodd Bwrdd Diogelu Gwent.",
     "Two audits were sent to the North Wales Safeguarding Board.", None),
    ("Cyfeiriwyd dau achos at y bwrdd.",
     "Two audits were sent to the North Wales Safeguarding Board.", None),
])
def test_a_welsh_board_named_in_welsh_too(welsh: str, english: str,
                                          expected: str | None) -> None:
    assert find_partnership(f"{_OPENING}{welsh}\n{english}\n") == expected
