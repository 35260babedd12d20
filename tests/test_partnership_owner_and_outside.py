"""Partnership: which bodies are safeguarding partnerships, and when one is only mentioned.

A board of the justice system (a local family justice board, a youth justice board) heading its
own report is not a safeguarding body; a partnership named only as the owner of a strategy, a
procedure or a standard the author uses or follows is named in passing (corpus/README.md,
'Conventions settled' 2); and a charity's or a school's own text that shows the area's partnership
holding, convening, commissioning or publishing the area's reviews names the record's partnership
(ruling 7), while one that names it otherwise, once and late, cites it. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership

_BODY = "The service is small, stable and well regarded by the families who use it. " * 30 + "\n"
_COUNCIL = "Anytown Council\nChildren's services annual summary\n" + _BODY
_CHARITY = ("Brightpath Youth Trust\nOur year in the Anytown young people's service\n" + _BODY)
_CHARITY_FOOT = "\nBrightpath Youth Trust is a registered charity, number 1190123.\n"


# A board or partnership heading the report whose name says it serves the justice system, not
# children's safeguarding: no partnership. A safeguarding, a corporate parenting or a community
# safety body heading its report stays.
@pytest.mark.parametrize("head, expected", [
    ("Rutland Local Family Justice Board", None),
    ("Rutland Family Justice Board | Annual Report 2025-26", None),
    ("Rutland Youth Justice Partnership Board", None),
    ("Rutland Criminal Justice Board - Annual Report", None),
    ("Rutland Youth Justice Board", None),
    ("Rutland Magistrates' Courts Board", None),
    ("Rutland Family Courts Board", None),
    ("Rutland Corporate Parenting Board", "Rutland Corporate Parenting Board"),
    ("Rutland Community Safety Partnership", "Rutland Community Safety Partnership"),
    ("Rutland Corporate Parenting Board | Annual Report 2025-26",
     "Rutland Corporate Parenting Board"),
])
def test_a_justice_board_heading_its_report_is_no_partnership(head: str,
                                                              expected: str | None) -> None:
    text = f"{head}\nThis is the board's report on its year.\n" + _BODY
    assert find_partnership(text, "Rutland") == expected


# Named once, late, as the owner of a strategy, a procedure, a tool or a standard the author uses
# or follows: in passing. Named as acting (publishing, convening, notifying) it is the text's.
@pytest.mark.parametrize("sentence, expected", [
    ("We trained 300 staff using the Anytown Safeguarding Children Partnership's neglect strategy.",
     None),
    ("Staff use the Anytown Safeguarding Children Partnership’s graded care tool.", None),
    ("Work follows the Anytown Safeguarding Children Partnership's practice standards.", None),
    ("The plan sits under the Anytown Safeguarding Children Partnership’s exploitation strategy.",
     None),
    ("The home follows the procedures of the Anytown Safeguarding Children Partnership.", None),
    ("Staff act in line with the policies of the Anytown Safeguarding Children Partnership.", None),
    ("We use the thresholds set by the Anytown Safeguarding Children Partnership.", None),
    ("Cases are escalated under the guidance issued by the Anytown Safeguarding Children "
     "Partnership.", None),
    ("The team applies the strategy of the Anyshire Safeguarding Board to every case.", None),
    ("Our work follows the protocols of the Anyshire Child Protection Committee.", None),
    # acting: the text's
    ("The Anytown Safeguarding Children Partnership published two reviews this year.",
     "Anytown Safeguarding Children Partnership"),
    ("The Anytown Safeguarding Children Partnership notified four serious incidents.",
     "Anytown Safeguarding Children Partnership"),
])
def test_a_body_named_as_the_owner_of_a_strategy_or_procedure_is_in_passing(
        sentence: str, expected: str | None) -> None:
    assert find_partnership(f"{_COUNCIL}{sentence}\n", "Anytown") == expected


# A charity's own report names the area's partnership once, late: the record's partnership when
# the sentence shows it holding, convening, commissioning or publishing the area's reviews
# (ruling 7); cited otherwise (a training, a meeting, an audit it shared).
@pytest.mark.parametrize("sentence, expected", [
    ("We took part in two rapid reviews held by the Anytown Safeguarding Children Partnership.",
     "Anytown Safeguarding Children Partnership"),
    ("We contributed to a rapid review convened by the Anytown Safeguarding Children Partnership.",
     "Anytown Safeguarding Children Partnership"),
    ("Staff gave evidence to a practice review commissioned by the Anytown Safeguarding Children "
     "Partnership.", "Anytown Safeguarding Children Partnership"),
    ("One learning review, published by the Anytown Safeguarding Children Partnership in May, "
     "named our service.", "Anytown Safeguarding Children Partnership"),
    ("The Anytown Safeguarding Children Partnership published one local child safeguarding "
     "practice review about a young person we knew.", "Anytown Safeguarding Children Partnership"),
    ("The Anytown Safeguarding Children Partnership commissioned a case review in the autumn.",
     "Anytown Safeguarding Children Partnership"),
    # cited: no partnership
    ("Our manager attended training run by the Anytown Safeguarding Children Partnership.", None),
    ("We shared our audit with the Anytown Safeguarding Children Partnership.", None),
    ("We are grateful to the Anytown Safeguarding Children Partnership for its support.", None),
    ("The Anytown Safeguarding Children Partnership's website lists our service.", None),
])
def test_a_charity_shows_the_partnership_holding_the_areas_reviews(sentence: str,
                                                                   expected: str | None) -> None:
    text = f"{_CHARITY}{sentence}\n{_BODY}{_CHARITY_FOOT}"
    assert find_partnership(text, "Anytown", context=["Brightpath Youth Trust"]) == expected
