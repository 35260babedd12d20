"""Period: a period named in the title or a scope sentence beats the year the text names most.
A partnership's report, a council's covering paper or a news story about a report names the
year of work in its heading or in a sentence about the report ("The report sets out what the
partnership did in 2024-25", "its report on 2024/25"), while its body names next year more often
(the budget, the plans, the priorities): the heading's or the scope's year is the record's.
Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

# a body that names the year after most (plans and a budget) and the report's own year once
_BODY = ("In 2025/26 the partnership expects 4,300 contacts. The budget for 2025/26 is £2.1m.\n"
         "Referrals rose to 3,900, compared with 3,400 in 2023/24.\n"
         "Plans for 2025/26 include two new hubs; in 2025/26 staff will be trained.\n")
_FILL = "The partnership brings together the council, the police and health.\n"
_FY2425 = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize("text, title", [
    # the title or an opening heading
    ("Anytown Safeguarding Children Partnership\nAnnual Report 2024/25\n" + _FILL + _BODY, None),
    ("Anytown Safeguarding Children Partnership\nYearly report: April 2024 to March 2025\n" + _FILL + _BODY, None),
    ("Anytown Council\nChildren's services performance 2024-25\n" + _FILL + _BODY, None),
    (_FILL + _BODY, "Annual Report 2024/25"),
    # a scope sentence of the document's own
    ("Anytown Partnership\n" + _FILL + "This report looks at the partnership's work during 2024/25.\n" + _BODY, None),
    ("Anytown Partnership\n" + _FILL * 3 + "This annual report covers April 2024 to March 2025.\n" + _BODY, None),
    ("Anytown Partnership\n" + _FILL * 3 +
     "Figures in this report are for the year to 31 March 2025 unless stated.\n" + _BODY, None),
    ("Anytown Partnership\n" + _FILL * 6 + "Over the year to March 2025, the partnership met six times.\n" + _BODY, None),
    # the report a story or a covering paper is about
    ("News\nThe partnership's annual report for 2024/25 was published on Monday.\n" + _BODY, None),
    ("Anytown Partnership\n" + _FILL * 3 + "The report sets out what the partnership did in 2024-25.\n" + _BODY, None),
    ("News\nIts annual report describes how the board worked during 2024/25.\n" + _BODY, None),
    ("News\nThe partnership has published its report on 2024/25.\n" + _BODY, None),
    ("Scrutiny committee, 9 July 2025\nThe report summarises what the partnership achieved in 2024/25.\n"
     + _BODY, None),
])
def test_a_title_or_scope_period_beats_the_most_named_year(text: str, title: str | None) -> None:
    found = find_period(text, title)
    assert found is not None and (found.start, found.end) == _FY2425


@pytest.mark.parametrize("text", [
    # a report told as setting out plans is no scope for a past year; the vote stands
    "Anytown Partnership\n" + _FILL * 3 + "The report sets out plans for 2025/26.\n" + _BODY,
    # 'the report on' a case or a topic names no year
    "News\nThe report on neglect was published in 2019.\n" + _BODY,
])
def test_without_a_scope_the_vote_stands(text: str) -> None:
    found = find_period(text)
    assert found is not None and (found.start, found.end) == ("2025-04-01", "2026-03-31")
