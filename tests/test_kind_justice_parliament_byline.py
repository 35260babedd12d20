"""Kind and period by who publishes (issue 13): a family justice board or a family court heading
its report is an outside body (`other`); a parliament's committee named under its house ("House of
Commons" over "Education Committee") is the parliament's, so its report is `other`, and, like an
inquiry's, a committee's report or the written evidence submitted to it gives no period of its own
(corpus/README.md, 'Conventions settled' 4); a newspaper's masthead over a reporter's byline is
the newspaper's story (`news_article`) whatever charity it names. Every opening is invented."""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.kind import predict_kind
from extractor.metadata import find_period
from extractor.publisher import bylined_publication, government_publisher, outside_publisher

_PROSE = ("The board brings together the courts, the council and the agencies that work with "
          "families. In 2025-26 care cases took 38 weeks on average, against 41 weeks in 2024-25.\n")


def _doc(text: str, fmt: str = "txt", context: list[str] | None = None) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context or [])


@pytest.mark.parametrize("head, outside", [
    ("Anyshire Local Family Justice Board\nAnnual Report 2025-26\n", "body"),
    ("Anytown Family Justice Board | Annual Report 2025-26\n", "body"),
    ("ANYSHIRE LOCAL FAMILY JUSTICE BOARD\nReport to members\n", "body"),
    ("Anyshire and Anyvale Family Justice Board\nYear in review\n", "body"),
    ("Anytown Family Court\nUser group report 2025\n", "body"),
    ("Anyvale Family Court\nAnnual report of the court user group\n", "body"),
    # a council's or a partnership's own head
    ("Anytown Borough Council\nAnnual Report 2025-26\n", None),
    ("Anytown Safeguarding Children Partnership\nAnnual Report 2025-26\n", None),
    ("Anytown Council | Cabinet\nFamily justice: an update\n", None),
    ("Anyshire Corporate Parenting Board\nAnnual Report 2025-26\n", None),
])
def test_a_family_justice_body_is_an_outside_publisher(head: str, outside: str | None) -> None:
    text = head + _PROSE * 3
    assert outside_publisher(text) == outside
    if outside:
        assert predict_kind(_doc(text))[0] == "other"


_PARL_PROSE = ("Summary\nThe number of serious incidents notified has risen, and in 2025-26 "
               "partnerships completed 480 rapid reviews, against 420 in 2024-25.\n")


@pytest.mark.parametrize("head, government", [
    ("House of Commons\nEducation Committee\nChildren's homes\nThird Report of Session 2026-27\n", True),
    ("Learning from reviews\nHouse of Commons\nCommittee of Public Accounts\n", True),
    ("House of Lords\nPublic Services Committee\nChild protection in practice\n", True),
    ("UK Parliament\nWork and Pensions Committee\nChildcare costs\n", True),
    ("House of Commons\nHealth and Social Care Committee\nMaternity safety\n", True),
    ("House of Commons\nCommittee on Standards\nA report\n", True),
    # a council's committee over a line naming the Commons: the council's paper
    ("Anytown Council\nChildren's Scrutiny Committee\nResponse to a House of Commons report\n", False),
    ("Children's Scrutiny Committee\nHouse of Commons inquiry: our evidence\n", False),
    ("Anyshire Safeguarding Children Partnership\nBoard meeting\n", False),
    ("Education Committee\nAnytown Borough Council\nHome to school transport\n", False),
])
def test_a_parliaments_committee_under_its_house_is_the_parliaments(head: str,
                                                                    government: bool) -> None:
    text = head + _PARL_PROSE
    assert government_publisher(text) is government


# A committee's report (its front matter's "Report of Session" or "Report, together with formal
# minutes") and written evidence submitted to it have no period; an inquiry's evidence span stays.
@pytest.mark.parametrize("text, start", [
    ("House of Commons\nEducation Committee\nChildren's homes\nThird Report of Session 2026-27\n"
     + _PARL_PROSE, None),
    ("House of Commons\nCommittee of Public Accounts\nLearning from reviews\nReport, together with "
     "formal minutes relating to the report\n" + _PARL_PROSE, None),
    ("House of Lords\nPublic Services Committee\nSecond Report of Session 2025-26\n" + _PARL_PROSE,
     None),
    ("Written evidence submitted by Anyshire Foster Care Network (FC0042)\n" + _PARL_PROSE, None),
    ("Written evidence from the Association of Anytown Carers\n" + _PARL_PROSE, None),
    ("Written evidence submitted by Anytown Family Voices\nSummary\nOur helpline answered 4,100 "
     "calls in 2025-26, up from 3,800 in 2024-25. In 2025-26 we ran 40 groups.\n", None),
    ("Special Report of Session 2026-27\nHouse of Commons\nEducation Committee\n" + _PARL_PROSE,
     None),
    # reports with their own year stay read
    ("Anytown Council\nChildren's Services Annual Report 2025-26\n" + _PARL_PROSE, "2025-04-01"),
    ("Anytown Council\nThis report covers 1 April 2025 to 31 March 2026.\n" + _PARL_PROSE,
     "2025-04-01"),
    ("Anyshire Safeguarding Children Partnership Annual Report 2025-26\n" + _PARL_PROSE,
     "2025-04-01"),
])
def test_a_committee_report_or_written_evidence_has_no_period(text: str, start: str | None) -> None:
    found = find_period(text)
    assert (found.start if found else None) == start


_STORY = ("TODAY we launch our Christmas appeal for children in care across the town.\n"
          "There were 300 children in the council's care at the end of March, up from 280.\n"
          "Our appeal partner is Anytown Toy Box, a volunteer-run charity.\n"
          "Anytown Toy Box is a registered charity, number 1123456.\n")


@pytest.mark.parametrize("head, bylined", [
    ("ANYTOWN COURIER\nChristmas appeal 2026\nBy Jane Doe, Chief Reporter\n", True),
    ("The Anyvale Gazette\nOur appeal\nBy Sam Lee\nPublished: 4 December 2026\n", True),
    ("Anytown Evening Post\nHelp us help them\nBY PRIYA SHAH | Social Affairs Reporter\n", True),
    ("The Anyshire Advertiser\nAppeal launched\nWords: Tom Reed\n", True),
    ("Anytown Echo\nBy Ann O'Neill, Community Editor\nAppeal opens\n", True),
    ("ANYVALE TIMES\nChristmas appeal\nBy Dan Hart, News Editor\n", True),
    # no publication, or no byline: not this construction
    ("Anytown Toy Box\nOur Christmas appeal 2026\nBy Jane Doe, Chair\n", False),
    ("ANYTOWN COURIER\nChristmas appeal 2026\n", False),
    ("Anytown Toy Box newsletter\nWinter 2026\n", False),
    ("Anytown Borough Council\nChristmas appeal\nBy the Leader of the Council\n", False),
])
def test_a_newspapers_bylined_story_is_news(head: str, bylined: bool) -> None:
    text = head + _STORY
    assert bylined_publication(text) is bylined
    if bylined:
        assert predict_kind(_doc(text))[0] == "news_article"
