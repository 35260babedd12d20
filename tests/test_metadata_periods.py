"""Record periods of genres the dev folders lacked: a written answer reporting a rolling year, a
budget monitored at a quarter, a court story with background figures, a decision's record."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_PAD = "Officers continue to monitor the position closely. " * 18 + "\n"  # past the lead


def _span(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    period = find_period(text, title)
    return (period.start, period.end) if period else (None, None)


# A text that names no financial year but reports its figures in a rolling year ("In the year
# to 31 July 2026, there were …"), below its opening: that year.
@pytest.mark.parametrize("text, start, end", [
    (f"Question S6W-100\n{_PAD}In the year to 31 July 2026, there were 143 registrations.\n",
     "2025-08-01", "2026-07-31"),
    (f"Answer\n{_PAD}In the 12 months to 30 June 2025 the council received 2,100 referrals.\n",
     "2024-07-01", "2025-06-30"),
    (f"Register note\n{_PAD}There were 88 registrations in the year ending 31 December 2024.\n",
     "2024-01-01", "2024-12-31"),
    (f"Briefing\n{_PAD}Over the twelve months to September 2025, 64 children were added.\n"
     "In the twelve months to September 2025, 70 were removed.\n", "2024-10-01", "2025-09-30"),
    (f"Reply\n{_PAD}In the year to 31 July 2025 there were 12 reviews; in the year to 31 July "
     "2025 the committees met 40 times.\n", "2024-08-01", "2025-07-31"),
    # a comparator's rolling year is not the text's
    (f"Answer\n{_PAD}There were 90 registrations, down from 120 in the year to 31 July 2024.\n",
     None, None),
    # a window shorter than a year is a figure's period
    (f"Answer\n{_PAD}In the three months to 30 June 2025 there were 40 referrals.\n", None, None),
    # a financial year named goes before a rolling year
    (f"Answer\n{_PAD}In 2024/25 there were 300 plans. In 2024/25 there were 90 reviews. In the "
     "year to 31 July 2025 there were 12 reviews.\n", "2024-04-01", "2025-03-31"),
])
def test_a_rolling_year_the_figures_are_reported_in(text: str, start: str | None,
                                                   end: str | None) -> None:
    assert _span(text) == (start, end)


# A budget monitored at a quarter reports its forecast for the whole financial year; a
# performance report of a quarter keeps the quarter; a plan for later years in a second heading
# does not make a monitoring report a projection.
@pytest.mark.parametrize("text, title, start, end", [
    ("Children's Services Budget Monitoring Q2 2026/27\nThe forecast overspend is £3.4m.\n", None,
     "2026-04-01", "2027-03-31"),
    ("Revenue Budget Monitoring: Quarter 3 2025-26\nThe service forecasts an overspend.\n", None,
     "2025-04-01", "2026-03-31"),
    ("Financial Monitoring Report Q1 2024/25\nThe forecast is balanced.\n", None,
     "2024-04-01", "2025-03-31"),
    ("Forecast Outturn at Quarter 2 2025/26\nPlacements overspend by £2m.\n", None,
     "2025-04-01", "2026-03-31"),
    ("Capital Programme Monitoring Q4 2023/24\nSchemes are on track.\n", None,
     "2023-04-01", "2024-03-31"),
    ("Budget Monitoring: Quarter 2 2026/27 and\nMedium-Term Financial Plan 2027/28 to 2030/31\n"
     "The forecast overspend is £3.4m.\n", None, "2026-04-01", "2027-03-31"),
    ("Paper\nThe forecast overspend is £1m.\n", "Children's Budget Monitoring Q3 2025/26",
     "2025-04-01", "2026-03-31"),
    # a quarter's performance report is the quarter
    ("Quarter 3 Performance Report 2025-26\nReferrals rose.\n", None, "2025-10-01", "2025-12-31"),
    ("Performance Scorecard Q2 2024/25\nPlans fell.\n", None, "2024-07-01", "2024-09-30"),
    # a plan for named years, with no report of its own, is a projection
    ("Medium-Term Financial Plan 2027/28 to 2030/31\nSavings of £4m are proposed.\n", None,
     None, None),
])
def test_a_budget_monitored_at_a_quarter(text: str, title: str | None, start: str | None,
                                        end: str | None) -> None:
    assert _span(text, title) == (start, end)


_LEAD = ("A man has been jailed for nine years after his baby daughter was badly hurt.\n"
         "He was convicted by a jury at Anytown Crown Court in October.\n") + \
    "The court heard the baby was taken to hospital by ambulance that night. " * 9 + "\n"


# A story about one court case whose lead is the trial or the sentence has no period when a
# year first appears after the lead, as background, however often it is named then.
@pytest.mark.parametrize("text, start", [
    (f"Father jailed\n{_LEAD}The council notified 14 serious incidents in 2025/26.\n", None),
    (f"Father jailed\n{_LEAD}In 2025/26 there were 14 notifications; in 2025/26 the partnership "
     "held 9 rapid reviews, up from 6 in 2024/25.\n", None),
    (f"Man sentenced\n{_LEAD}Across the county 2024-25 saw 40 reviews.\n", None),
    (f"Mother convicted\n{_LEAD}The review will report in 2026/27.\n", None),
    (f"Carer jailed\n{_LEAD}Police recorded 300 cruelty reports in 2023/24. In 2023/24 most "
     "were in towns.\n", None),
    # the headline or the lead names the year the story is about
    (f"Child cruelty cases rise in 2025/26\n{_LEAD}In 2025/26 there were 14 cases.\n",
     "2025-04-01"),
    ("Father jailed as cruelty cases rise in 2025/26\nA man has been jailed. The court heard "
     "of 2025/26, when cases rose.\n", "2025-04-01"),
    # a story that is not about a trial keeps a year named late
    (f"Reviews rise\n{'The partnership met in the spring to agree its priorities. ' * 16}\n"
     "In 2025/26 there were 14 notifications; in 2025/26 there were 9 reviews.\n", "2025-04-01"),
])
def test_a_court_story_with_background_figures(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start


# A decision's own record (a cabinet member's decision notice, a decision record) reports no
# period: the years it names are the contract's or the budget's to come.
@pytest.mark.parametrize("text, start", [
    ("RECORD OF AN EXECUTIVE DECISION TAKEN BY A CABINET MEMBER\nDecision: to award the "
     "contract from 1 April 2027. The service costs £980,000 in 2027/28.\n", None),
    ("Record of Decision\nTo approve the fostering fees for 2026/27. Fees for 2026/27 rise 3%.\n",
     None),
    ("Decision notice\nThe Director approved the grant for 2025-26. The grant for 2025-26 is "
     "£40,000.\n", None),
    ("Officer decision record\nDecision maker: Director of Children's Services\nTo extend the "
     "contract into 2026/27 and 2026/27's budget.\n", None),
    ("Delegated decision\nDecision taken by: Cabinet Member for Children\nTo agree the "
     "allocation for 2025/26. The 2025/26 allocation is £1.2m.\n", None),
    ("Record of a Cabinet Member Decision\nTo approve the 2026-27 sufficiency plan. In 2026-27 "
     "the plan adds 12 beds.\n", None),
    # an annual report is not a decision record, though it records decisions taken
    ("Annual Report 2024/25\nThe board recorded its decisions in 2024/25. In 2024/25 it met six "
     "times.\n", "2024-04-01"),
    ("Performance report\nThis report covers 2024/25. The decision maker for the budget is the "
     "cabinet.\n", "2024-04-01"),
])
def test_a_decision_record_has_no_period(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start
