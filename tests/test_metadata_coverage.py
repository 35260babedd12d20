"""Record periods a reader takes from a field, a year convention or a yearless window: a
dataset's labelled coverage, a text whose years end on 31 July (Scotland's children's social
work statistics year), and a rolling year told with no year in a dated story. Every sentence is
invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period


def _span(text: str, title: str | None = None, date: str | None = None
          ) -> tuple[str | None, str | None]:
    period = find_period(text, title, date)
    return (period.start, period.end) if period else (None, None)


# A dataset page or a statistical release labels the span its data covers in a field, on its
# own line or in a table row; the field is the record's period, whatever years its rows name.
@pytest.mark.parametrize("text, start, end", [
    ("Looked after children by placement\nRows of annual data.\n2022-23 | 410\n2023-24 | 432\n"
     "Temporal coverage | 1 April 2018 to 31 March 2024\nLicence | OGL\n",
     "2018-04-01", "2024-03-31"),
    ("Referrals dataset\nTime period: April 2020 to March 2025\nFormat: CSV\n",
     "2020-04-01", "2025-03-31"),
    ("School exclusions\nPeriod covered\t2023/24\nPublished\t12 June 2025\n",
     "2023-04-01", "2024-03-31"),
    ("Early help contacts\nSome 2021/22 rows were revised.\nReference period: 1 January 2024 to "
     "31 December 2024\n", "2024-01-01", "2024-12-31"),
    ("Care leavers in work\nData period: 2019/20 to 2023/24\nUpdated annually\n",
     "2019-04-01", "2024-03-31"),
    ("Domestic abuse incidents\nDates covered: 1 October 2025 to 31 March 2026\n",
     "2025-10-01", "2026-03-31"),
    ("Adoption timeliness\nTemporal coverage: from 1 August 2016 to 31 July 2021\nRows: 5\n",
     "2016-08-01", "2021-07-31"),
    ("Dataset: youth offending\nCoverage period   April 2022 to March 2023\n",
     "2022-04-01", "2023-03-31"),
    # a span that is not a field's value is not a labelled coverage
    ("Referrals 2023/24\nThe service grew between April 2020 and March 2025 as demand rose.\n"
     "Time period: annual\n", "2023-04-01", "2024-03-31"),
])
def test_a_labelled_coverage_field(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# A text that says its years end on 31 July reads its split years ("2024-25") as years from
# 1 August: "years ending 31 July", "the year to 31 July", "1 August to 31 July", or the
# Scottish Government's Children's Social Work Statistics, counted to 31 July, or a heading's split
# year named once over a text that counts to 31 July of its second year. A financial year said so,
# or a text with no such year, keeps April to March.
@pytest.mark.parametrize("text, start, end", [
    ("Register figures 2024-25\nAll figures are for years ending 31 July.\n",
     "2024-08-01", "2025-07-31"),
    ("Child protection update 2025/26\nThe reporting year runs 1 August to 31 July.\n",
     "2025-08-01", "2026-07-31"),
    ("Vote for change\nThe register rose by a third (Children's Social Work Statistics "
     "2023-24).\n", "2023-08-01", "2024-07-31"),
    ("Committee paper\nThis report covers 2022-23. Figures are for the year ended 31st July.\n",
     "2022-08-01", "2023-07-31"),
    # a heading's split year named once, the text counting to 31 July of its second year: the year
    # to July (session 31; this row read April to March before)
    ("Briefing 2024-25\nRegistrations in the year to 31 July 2025 rose to 60.\n",
     "2024-08-01", "2025-07-31"),
    ("Annual figures 2021/22\nSource: Childrens Social Work Statistics, Scottish Government.\n",
     "2021-08-01", "2022-07-31"),
    # a financial year said so, or a text with no July year, stays April to March
    ("Annual report 2024-25\nOur spending in the financial year 2024-25 is set out below.\n",
     "2024-04-01", "2025-03-31"),
    ("Annual report 2024-25\nThe register stood at 80 at 31 July 2025.\n",
     "2024-04-01", "2025-03-31"),
    ("Performance report 2023/24\nReferrals rose by 8% in the year.\n",
     "2023-04-01", "2024-03-31"),
])
def test_split_years_in_a_text_whose_years_end_in_july(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# A dated story that reports its figures in a rolling window with a yearless end ("in the year
# to 31 July", "the 12 months ending 30 June"): the window ending on the latest such day by the
# story's date. A comparator's window is not the story's.
@pytest.mark.parametrize("text, date, start, end", [
    ("Register falls\nThere were 50 registrations in the year to 31 July, down from 61.\n",
     "2026-11-19", "2025-08-01", "2026-07-31"),
    ("Plans rise\nIn the 12 months ending 30 June, 40 plans began.\n",
     "2026-09-02", "2025-07-01", "2026-06-30"),
    ("Conferences\nThe council held 30 conferences in the quarter to 30 September.\n",
     "2026-11-19", "2026-07-01", "2026-09-30"),
    ("Care numbers\nIn the six months to 31 March, 25 children came into care.\n",
     "2026-05-10", "2025-10-01", "2026-03-31"),
    ("Adoptions\nThe agency placed 19 children in the twelve months to 31 August.\n",
     "2026-08-20", "2024-09-01", "2025-08-31"),
    ("Referrals\nReferrals in the year ending 31 March reached 4,000.\n",
     "2026-06-01", "2025-04-01", "2026-03-31"),
    ("Fostering\nThe council approved 12 new carers in the year to 30 September.\n",
     "2025-12-01", "2024-10-01", "2025-09-30"),
    ("Exclusions\nThere were 77 exclusions in the quarter ending 31 December.\n",
     "2026-02-14", "2025-10-01", "2025-12-31"),
    # a comparator's window, or a snapshot day, is not a window of the story's own
    ("Register\nThere were 80 plans, up from 60 in the year to 31 July.\n",
     "2026-11-19", None, None),
    ("Register\nThe register stood at 80 at 31 July.\n", "2026-11-19", None, None),
])
def test_a_yearless_window_in_a_dated_story(text: str, date: str, start: str | None,
                                            end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# A plan or a strategy for named years is a projection, unless its opening describes where
# things stand now ("current position", "where we are now", "our baseline at 31 March 2026"):
# then the year that position closes, as a report's.
@pytest.mark.parametrize("text, start, end", [
    ("Sufficiency Strategy 2026-2029\n2. Current position\nDuring 2025/26 we approved 20 carers. "
     "In 2025/26 there were 300 children in care. We aim for 30 approvals from 2026/27.\n",
     "2025-04-01", "2026-03-31"),
    ("Early Help Strategy 2025-2028\nWhere we are now\nIn 2024/25 the hubs saw 2,000 families; "
     "2024/25 demand rose by 9%.\n", "2024-04-01", "2025-03-31"),
    ("Youth Justice Plan 2026-27\nOur baseline at 31 March 2026: 40 first-time entrants in "
     "2025/26, down from 52.\n", "2025-04-01", "2026-03-31"),
    ("Commissioning Strategy 2027-2030\nThis chapter sets out the profile of children in care at "
     "31 March 2027. In 2026/27 there were 512 children in care.\n", "2026-04-01", "2027-03-31"),
    ("Workforce Strategy 2025-2028\nThe present picture\nAgency use fell in 2024/25 to 14%. In "
     "2024/25 we recruited 30 social workers.\n", "2024-04-01", "2025-03-31"),
    ("Fostering Plan 2026 to 2029\nCurrent provision\nIn 2025/26 we had 120 households. By "
     "2028/29 we want 150.\n", "2025-04-01", "2026-03-31"),
    # a plan that says nothing of where things stand keeps its years a projection
    ("Early Help Strategy 2026-2029\nOur priorities\nIn 2026/27 we will open two hubs.\n",
     None, None),
    ("Sufficiency Strategy 2026-2029\nOur ambitions\nWe want more local homes by 2028/29.\n",
     None, None),
])
def test_a_strategy_that_describes_its_current_position(text: str, start: str | None,
                                                        end: str | None) -> None:
    assert _span(text) == (start, end)


# An annual report of a plain year ("Annual Report 2026") that counts its figures in financial
# years and names the one ending in that year reports that financial year; one that names its
# plain year as its own, or counts a later financial year, keeps the plain year.
@pytest.mark.parametrize("title, text, start, end", [
    ("Director of Public Health Annual Report 2026",
     "Chapter 3\nIn 2025/26 there were 40 admissions. In 2024/25 the rate was 70.\n",
     "2025-04-01", "2026-03-31"),
    ("Annual Report 2025", "Overview\nDuring 2024-25 the panel reviewed 18 deaths.\n",
     "2024-04-01", "2025-03-31"),
    ("2024 Annual Report", "Our year\nThe board met six times in 2023/24 and audited 40 "
     "cases in 2023/24.\n", "2023-04-01", "2024-03-31"),
    ("Public Health Annual Report 2027", "Smoking\nQuit rates rose in 2026/27. In 2025/26 "
     "they fell.\n", "2026-04-01", "2027-03-31"),
    ("Annual Report 2026", "Admissions\nIn 2025/26 there were 191 admissions, compared with "
     "2024/25 (210).\n", "2025-04-01", "2026-03-31"),
    # the plain year named as the report's own, or no financial year: the calendar year
    ("Annual Report 2026", "Summary\nIn 2026 the panel reviewed 30 deaths. In 2025/26 spend "
     "was £1m.\n", "2026-01-01", "2026-12-31"),
    ("2024 Annual Report", "Summary\nThe panel reviewed 30 deaths.\n",
     "2024-01-01", "2024-12-31"),
    ("Annual Report 2025", "Summary\nIn 2024/25 we spent £2m and in 2025/26 we spent £3m.\n",
     "2025-01-01", "2025-12-31"),
])
def test_an_annual_report_of_a_plain_year_in_financial_years(title: str, text: str, start: str,
                                                             end: str) -> None:
    assert _span(text, title) == (start, end)
