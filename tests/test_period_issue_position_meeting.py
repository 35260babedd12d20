"""Record periods: a newsletter's numbered issue and a council's market position statement have
no year of their own, whatever year they name most (only a scope sentence or a heading's year gives
them one); and a meeting's heading line with its date ("Budget Council - Thursday 26 February
2026") dates a speech or a paper given there, so a year that has not begun by then is a
projection. Every text is invented."""

from __future__ import annotations

import pytest

from extractor.meeting import paper_date
from extractor.metadata import find_period


def _span(text: str, title: str | None = None,
          context: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    period = find_period(text, title, None, context)
    return (period.start, period.end) if period else (None, None)


_FY25 = ("2025-04-01", "2026-03-31")
_NONE = (None, None)


# A numbered issue (a council's, a partnership's or a group's newsletter) gives the season's
# news: the years its items cite are theirs. A scope sentence, or a heading's own year, is its own.
@pytest.mark.parametrize("text, context, expected", [
    ("Foster Carers' News\nAnytown Council\nIssue 23 · Spring 2026\nWelcome to the spring issue.\n"
     "In 2025/26 the team approved 14 new households. Allowances for 2025/26 rose by 4%. Our "
     "training calendar is on page 3.\n", (), _NONE),
    ("The Partnership Bulletin\nIssue No. 9 | March 2026\nNews for practitioners\nIn 2025-26 the "
     "partnership trained 900 staff. The 2025-26 audit found good practice.\n", (), _NONE),
    ("Our Voice\nAnytown Youth Council\nA note from the chair\nWe met the leader in May. In 2025/26 "
     "the council funded 12 youth clubs, and in 2025/26 it kept them open.\n",
     ("Our Voice - Issue 4, Summer 2026 | Anytown Youth Council",), _NONE),
    ("Carers' Corner\nIssue 31 - Autumn 2026\nHello everyone\nIn 2025-26 we answered 400 calls. "
     "Grants for 2025-26 went to 60 families.\n", (), _NONE),
    ("Family Hub News\nISSUE 2 · WINTER 2026\nWhat's on\nIn 2025/26 the hubs saw 3,000 families, "
     "and 2025/26 was the first full year.\n", (), _NONE),
    # a newspaper's numbered issue carries dated stories; a scope of its own, or a report's
    # heading year
    ("THE ANYTOWN TIMES | Issue 412 | News\nCouncil spends more on children's homes\nBy Jo Smith\n"
     "Published 26 November 2026\nThe council spent £31m on children's homes in 2025/26, figures "
     "show. Spending in 2025/26 rose by a fifth, and 2025/26 saw 12 new homes open.\n", (), _FY25),
    ("The Partnership Bulletin\nIssue 12 | June 2026\nAnnual report 2025/26: the highlights\nThe "
     "partnership trained 900 staff.\n", (), _FY25),
    ("Anytown Safeguarding Children Partnership\nAnnual Report 2025/26\nIn 2025/26 the partnership "
     "trained 900 staff.\n", (), _FY25),
    ("Anytown Council\nFostering service report\nIn 2025/26 the team approved 14 new households. "
     "Allowances for 2025/26 rose by 4%. In 2025/26 we held 12 panels.\n", (), _FY25),
])
def test_an_issue_has_no_year_of_its_own(text: str, context: tuple[str, ...],
                                         expected: tuple[str | None, str | None]) -> None:
    assert _span(text, None, context) == expected


# A market position statement tells providers what a council needs and will buy: a standing
# document, whose years are its figures'. A council's annual report on the same service is not.
@pytest.mark.parametrize("text, expected", [
    ("Anytown Council\nMarket Position Statement: Children's Residential Care\nAt 31 March 2026, "
     "212 children were in our care. In 2025/26 we spent £4.1m on homes, and in 2025/26 we "
     "opened one.\n", _NONE),
    ("Children's Social Care Market Position Statement\nAnyshire County Council | Version 2\nIn "
     "2025-26 we bought 140 placements. Spending in 2025-26 rose by 9%.\n", _NONE),
    ("Anytown Council\nSEND Market Position Statement\nWhat we need from providers\nIn 2025/26 we "
     "commissioned 80 places, and in 2025/26 demand grew.\n", _NONE),
    ("Anytown Council\nFostering Annual Report\nIn 2025/26 we approved 14 households, and in "
     "2025/26 we held 12 panels.\n", _FY25),
    ("Anytown Council\nResidential care: commissioning report 2025/26\nIn 2025/26 we bought 140 "
     "placements.\n", _FY25),
])
def test_a_market_position_statement(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _span(text) == expected


# A meeting's heading line and its date, where a speech or a paper is given: a year that has not
# begun by then is a projection (a budget, a plan); one already begun or ended is reported.
@pytest.mark.parametrize("text, day", [
    ("ANYTOWN COUNCIL\nBudget Council - Thursday 26 February 2026\nI move the budget.\n",
     "2026-02-26"),
    ("Full Council, 12 March 2026\nLeader's statement\n", "2026-03-12"),
    ("Cabinet | 3 June 2026\nYouth service plan\n", "2026-06-03"),
    ("Children and Young People Scrutiny Committee – Tuesday 14 July 2026\nItem 5\n", "2026-07-14"),
    ("Corporate Parenting Panel - 9 October 2026\nCare leavers' update\n", "2026-10-09"),
    # no meeting on the line, or a date in prose
    ("Anytown Council\nPublished 26 February 2026\n", None),
    ("The council met on 12 March 2026 and agreed the plan.\n", None),
])
def test_a_meeting_heading_dates_the_paper(text: str, day: str | None) -> None:
    found = paper_date(text)
    assert (found.start if found else None) == day


@pytest.mark.parametrize("text, expected", [
    ("ANYTOWN COUNCIL\nBudget Council - Thursday 26 February 2026\nBudget speech by the Leader\n"
     "I move the budget for 2026/27. The budget for 2026/27 protects children's services, and in "
     "2026/27 we will open two family hubs.\n", _NONE),
    ("Anytown Council\nCabinet - 3 March 2026\nYouth service plan\nIn 2026/27 the service will "
     "open four clubs. Funding for 2026/27 is agreed.\n", _NONE),
    ("Anytown Council\nCabinet - 3 June 2026\nFostering annual report\nIn 2025/26 we approved 14 "
     "households, and in 2025/26 we held 12 panels.\n", _FY25),
    ("Anytown Council\nFull Council, 12 March 2026\nPerformance report\nIn 2025/26 referrals rose "
     "by 4%, and in 2025/26 plans fell.\n", _FY25),
])
def test_a_year_after_the_meeting_is_a_projection(text: str,
                                                  expected: tuple[str | None, str | None]) -> None:
    assert _span(text) == expected
