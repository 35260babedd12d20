"""Record periods by the conventions of genres the dev folders lacked: a decision paper's scope
sentence, a request for information by calendar year, a quarter's report told late in a dated
page, a monthly scorecard, a letter's subject line, an annual report's yearless end in a dated
story, a year glossed by its months, a span the figures repeat, and a history with no year of
its own. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period
from extractor.period import find_periods

_PAD = "Officers continue to monitor the position closely. " * 18 + "\n"  # past the lead


def _span(text: str, title: str | None = None, date: str | None = None
          ) -> tuple[str | None, str | None]:
    period = find_period(text, title, date)
    return (period.start, period.end) if period else (None, None)


# A scope sentence that asks for a decision names the years of what is to be decided ("This
# report seeks approval for funding over 2027/28"): the report's own period is in the next scope
# sentence. A period named before the ask ("summarises 2024/25 and asks Cabinet to approve")
# is still the report's.
@pytest.mark.parametrize("text, start, end", [
    ("Cabinet report\nThis report seeks approval for funding of £2m over 2027/28 and 2028/29.\n"
     "This report sets out the position at month 6 of 2026/27.\n", "2026-04-01", "2027-03-31"),
    ("Executive paper\nThis paper asks Cabinet to approve spending of £1m in 2026/27.\n"
     "This report presents performance in 2025/26.\n", "2025-04-01", "2026-03-31"),
    ("Report to Council\nThis report requests agreement to a new fee structure for 2027-28.\n"
     "This report covers April to September 2026.\n", "2026-04-01", "2026-09-30"),
    ("Decision paper\nThe report seeks endorsement of the plan for 2026/27 to 2028/29.\n"
     "This report summarises activity in 2024/25.\n", "2024-04-01", "2025-03-31"),
    ("Cabinet Member report\nThis report invites the Cabinet Member to authorise contracts in "
     "2027/28.\nThis report reviews the first half of 2026/27.\n", "2026-04-01", "2026-09-30"),
    ("Scrutiny paper\nThis paper seeks a decision on the commissioning budget for 2027/28.\n"
     "This update covers the quarter ending 30 June 2026.\n", "2026-04-01", "2026-06-30"),
    # the period comes before the ask: the report's own
    ("Annual report\nThis report summarises the work of the board in 2024/25 and asks Cabinet "
     "to approve the priorities.\n", "2024-04-01", "2025-03-31"),
    ("Cabinet report\nThis report sets out outturn for 2025/26 and seeks approval for the "
     "carry-forward.\n", "2025-04-01", "2026-03-31"),
])
def test_a_scope_sentence_that_asks_for_a_decision(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# A request for information asked year by year in plain years ("for each of the calendar years
# 2023, 2024 and 2025") is answered for those years, though an answer names the financial
# years its accounts are kept in.
@pytest.mark.parametrize("text, start, end", [
    ("FOI response\nPlease provide for each of the calendar years 2022, 2023 and 2024 the "
     "number of referrals.\nSpend was £1m in 2022/23 and £2m in 2023/24.\n",
     "2022-01-01", "2024-12-31"),
    ("Disclosure\nUnder the Freedom of Information Act please tell me, for the years 2020, 2021 "
     "and 2022, how many plans began.\nOur budget is set by financial year: 2020/21, 2021/22.\n",
     "2020-01-01", "2022-12-31"),
    ("Request\nYou asked for the calendar years 2023 and 2024. Agency spend was £3m in "
     "2023/24 and £2m in 2024/25.\n", "2023-01-01", "2024-12-31"),
    ("FOI-1\nPlease supply figures for the years 2019, 2020, 2021 and 2022.\nThe answer is "
     "below.\n", "2019-01-01", "2022-12-31"),
    ("Freedom of information request\nPlease provide, for calendar years 2024 and 2025, the "
     "number of reviews.\nIn 2024/25 there were three.\nIn 2025/26 there were two.\n",
     "2024-01-01", "2025-12-31"),
    # a request asked by financial year keeps its financial years
    ("FOI response\nPlease provide the number of referrals in 2021/22, 2022/23 and 2023/24.\n",
     "2021-04-01", "2024-03-31"),
    ("Request\nYou asked how many children were placed in 2022/23 and 2023/24.\nThe years "
     "2022 and 2023 are shown below.\n", "2022-04-01", "2024-03-31"),
    # years that do not run on are not one span
    ("FOI\nPlease provide for the years 2019 and 2023 the number of plans.\n", None, None),
])
def test_a_request_by_calendar_year(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A report's or its figures' own months with no year ("her report covering July to
# September", "figures for April to June"), told anywhere in a dated page (a live blog runs
# newest first): the latest such months ended by the page's date. Bare months deep in the page
# ("in April to June") are another item's.
@pytest.mark.parametrize("text, date, start, end", [
    (f"Live: council meeting\n{_PAD}She presented her report covering July to September.\n",
     "2026-11-23", "2026-07-01", "2026-09-30"),
    (f"Blog\n{_PAD}The quarterly figures for April to June show a rise.\n",
     "2025-08-10", "2025-04-01", "2025-06-30"),
    (f"Updates\n{_PAD}The performance report covering October to December was noted.\n",
     "2026-02-01", "2025-10-01", "2025-12-31"),
    (f"Meeting\n{_PAD}Members saw data for January to March at the meeting.\n",
     "2025-05-20", "2025-01-01", "2025-03-31"),
    (f"Live\n{_PAD}The statistics covering September to November were published.\n",
     "2026-01-15", "2025-09-01", "2025-11-30"),
    (f"Council live\n{_PAD}The director's update for July to September was tabled.\n",
     "2024-10-30", "2024-07-01", "2024-09-30"),
    # a comparator's or a bare item's months deep in the page are not the page's
    (f"Live\n{_PAD}Referrals rose, up from 900 in April to June.\n", "2026-11-23", None, None),
    (f"Live\n{_PAD}A councillor asked about holidays in July to August.\n", "2026-11-23",
     None, None),
])
def test_a_reports_yearless_months_in_a_dated_page(text: str, date: str, start: str | None,
                                                   end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# A monthly report's heading names its month: "Performance Scorecard - October 2026". A month
# it was published in, a date it counts to, or a yearly or quarterly report's month is not one.
@pytest.mark.parametrize("title, start, end", [
    ("Children's Social Care Performance Scorecard - October 2026", "2026-10-01", "2026-10-31"),
    ("Children's Services Dashboard: March 2025", "2025-03-01", "2025-03-31"),
    ("Monthly performance report, June 2024", "2024-06-01", "2024-06-30"),
    ("Early Help KPIs – February 2026", "2026-02-01", "2026-02-28"),
    ("Safeguarding data, September 2025", "2025-09-01", "2025-09-30"),
    ("Annual report 2024-25, published October 2025", "2024-04-01", "2025-03-31"),
    ("Quarterly performance report: December 2024", None, None),
    ("Performance report as at 30 September 2024", None, None),
    ("Scrutiny Committee performance report, March 2025", None, None),
    ("Cabinet report – December 2026", None, None),
    ("Children's performance data, printed March 2026", None, None),
    ("Early help dashboard: data as of January 2026", None, None),
    ("Performance data for March 2026", "2026-03-01", "2026-03-31"),
])
def test_a_monthly_reports_month(title: str, start: str | None, end: str | None) -> None:
    assert _span(f"{title}\nReferrals were 410 this month.\n") == (start, end)


# A letter's subject line stands under its salutation and names what the letter is about,
# like a front sheet's "Subject:": a visit's dates there are the letter's period.
@pytest.mark.parametrize("subject, start, end", [
    ("Anyshire Council: children's safeguarding peer review, 8 to 11 September 2026",
     "2026-09-08", "2026-09-11"),
    ("Peer challenge of early help, 3 to 6 March 2025", "2025-03-03", "2025-03-06"),
    ("Focused visit feedback: 14 to 15 May 2024", "2024-05-14", "2024-05-15"),
    ("Re: your annual report 2024/25", "2024-04-01", "2025-03-31"),
    ("Diagnostic visit, 20 to 22 January 2026", "2026-01-20", "2026-01-22"),
    ("Practice week, 1 to 5 December 2025", "2025-12-01", "2025-12-05"),
    ("Quarter 2 2025/26 monitoring", "2025-07-01", "2025-09-30"),
    ("Thank you for your hospitality", None, None),
])
def test_a_letters_subject_line(subject: str, start: str | None, end: str | None) -> None:
    text = (f"Improvement Partner\n1 High Street\nSW1A 1AA\n\n2 October 2026\nDear Chris,\n{subject}\n"
            "Thank you for the openness of your staff during our work.\n")
    assert _span(text) == (start, end)


# An annual (half-year, quarterly) report told of in a dated story, its figures at a day with
# no year ("the annual report shows 236 children were on the register at 31 July"): the year
# (half, quarter) ending on the latest such day before the story's date.
@pytest.mark.parametrize("text, date, start, end", [
    ("Our view\nThe annual child protection report shows that 236 children were on the "
     "register at 31 July.\n", "2026-11-13", "2025-08-01", "2026-07-31"),
    ("Editorial\nThe council's annual report says 410 children were in care at 31 March.\n",
     "2025-06-02", "2024-04-01", "2025-03-31"),
    ("Comment\nA half-year report puts the number of plans at 180 on 30 September.\n",
     "2025-11-20", "2025-04-01", "2025-09-30"),
    ("Column\nThe quarterly performance report shows 95 children on plans at 30 June.\n",
     "2026-08-01", "2026-04-01", "2026-06-30"),
    ("News\nThe annual report counted 52 reviews to 31 December.\n", "2026-02-14",
     "2025-01-01", "2025-12-31"),
    ("Analysis\nThe yearly statistics report shows 300 children at 31 July.\n", "2026-07-31",
     "2025-08-01", "2026-07-31"),
    # no report's length, or no date to count back from: no period
    ("Our view\nThere were 236 children on the register at 31 July.\n", "2026-11-13",
     None, None),
    ("Our view\nThe annual report shows 236 children on the register at 31 July.\n", None,
     None, None),
])
def test_a_periodic_reports_yearless_end_in_a_dated_story(text: str, date: str | None,
                                                          start: str | None,
                                                          end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# A plain year glossed by its months, or told as a whole in a heading's idiom, is a calendar
# year; a financial year so told stays one.
@pytest.mark.parametrize("text, start, end", [
    ("In 2025 (January to December) the group met nine times.", "2025-01-01", "2025-12-31"),
    ("Figures are for 2024 (1 January to 31 December).", "2024-01-01", "2024-12-31"),
    ("Our 2025 in numbers", "2025-01-01", "2025-12-31"),
    ("2024 at a glance", "2024-01-01", "2024-12-31"),
    ("The partnership's 2023 in review", "2023-01-01", "2023-12-31"),
    ("2026 in figures", "2026-01-01", "2026-12-31"),
    ("2025/26 at a glance", "2025-04-01", "2026-03-31"),
    ("2023 to 2024 at a glance", "2023-04-01", "2024-03-31"),
])
def test_a_year_glossed_or_told_whole(text: str, start: str, end: str) -> None:
    found = find_periods(text)
    assert (found[0][2].start, found[0][2].end) == (start, end)


# A span of whole months the text names as its own twice or more, when it names no financial
# year of its own: that span. Named once, or only as a comparator, it is a figure's.
@pytest.mark.parametrize("text, start, end", [
    (f"From: Press Office\n{_PAD}Figures below are from the pack, January to September 2026.\n"
     "- Between January and September 2026, 1,846 referrals were received.\n",
     "2026-01-01", "2026-09-30"),
    (f"Note\n{_PAD}Between April and December 2025 there were 300 contacts. From April to "
     "December 2025, 80 plans began.\n", "2025-04-01", "2025-12-31"),
    (f"Bulletin\n{_PAD}Our 2025 in numbers\nIn 2025 (January to December) we held nine "
     "reviews.\n", "2025-01-01", "2025-12-31"),
    (f"Email\n{_PAD}In July to October 2024 there were 40 visits. July to October 2024 saw "
     "12 new carers.\n", "2024-07-01", "2024-10-31"),
    (f"Briefing\n{_PAD}From 1 June to 31 August 2026, 90 children. Between June and August "
     "2026, 30 plans.\n", "2026-06-01", "2026-08-31"),
    (f"Lines\n{_PAD}In calendar year 2024 there were 12 reviews. In calendar year 2024 there "
     "were 40 referrals.\n", "2024-01-01", "2024-12-31"),
    # named once, or only as a comparator, or the span of one case's events (a trial's story)
    (f"Email\n{_PAD}Between January and September 2026, 1,846 referrals were received.\n",
     None, None),
    ("Father jailed for cruelty\nA man was jailed at Anytown Crown Court on Friday. Between "
     f"June and August 2024 he hit the baby.\n{_PAD}From June to August 2024 nobody visited.\n",
     None, None),
    (f"Email\n{_PAD}Referrals rose, compared with January to September 2025. This compares "
     "with January to September 2025.\n", None, None),
])
def test_a_span_the_figures_repeat(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A history names years over a decade or more with no year of its own: a later year is named
# as often as the one named most. A report names its own (latest) year most. A list of
# references at the end cites other works' years, not the text's.
_REFS = "\nReferences\n1. Annual report 2004-05.\n2. Children in need, year ending 31 March 2011.\n"


@pytest.mark.parametrize("text, start, end", [
    ("Children's services in Anytown\nIn 2010-11 the team had nine children. In 2016-17 it "
     "grew. In 2024-25 it had 38.\nStatistics\nReferrals: 46 in 2010-11; 143 in 2024-25.\n"
     "Plans: 3 in 2010-11.\n" + "History text. " * 60 + _REFS, None, None),
    ("History of the board\nThe board was formed in 2008/09. In 2008/09 it met four times. "
     "In 2019/20 it merged. In 2019/20 the partnership began.\n" + "Text. " * 80 + _REFS,
     None, None),
    ("Timeline\nIn 2005-06 the service opened. In 2012-13 it was inspected. In 2012-13 it "
     "improved. In 2020-21 it moved. In 2020-21 it grew.\n", None, None),
    ("Retrospective\nIn 2011/12 there were 20 reviews, 2011/12 was busy; in 2023/24 there "
     "were 9, and 2023/24 was quiet.\n", None, None),
    # a report: its own (latest) year named most
    ("Annual report\nIn 2024/25 the board met six times. In 2024/25 there were 12 reviews. "
     "In 2024/25 the budget held. Since 2010/11 the board has grown; in 2013/14 it "
     "merged.\n", "2024-04-01", "2025-03-31"),
    ("Report\nReferrals in 2023/24 were 900. In 2023/24 plans were 300. In 2012/13 they "
     "were 200.\n", "2023-04-01", "2024-03-31"),
    # the years span under a decade: the most named year stands
    ("Briefing\nIn 2019/20 there were 9. In 2019/20 there were 8. In 2019/20 there were 7. "
     "In 2024/25 there were 5. In 2024/25 there were 4.\n", "2019-04-01", "2020-03-31"),
    # the references' years do not count
    ("Summary\nIn 2024-25 the service had 38 children.\nIn 2024-25 it had 12 carers.\n"
     + "Text. " * 80 + _REFS, "2024-04-01", "2025-03-31"),
])
def test_a_history_has_no_year_of_its_own(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A plan for named years is a projection; a report heading beside it names the year the plan
# reports on ("Youth Justice Plan 2025-26" over "4. Performance in 2024-25"). A report's own
# heading for a plan ("Business Plan 2024-25: End of Year Report") is the plan's year.
@pytest.mark.parametrize("text, title, start, end", [
    ("Anytown Youth Justice Plan 2025-26\nApproved by the board.\n4. Performance in 2024-25\n"
     "There were 62 entrants in 2024-25.\n", None, "2024-04-01", "2025-03-31"),
    ("Early Help Strategy 2026-2029\nIntroduction\nProgress in 2025/26\nWe saw 900 families.\n",
     None, "2025-04-01", "2026-03-31"),
    ("Service Plan 2026/27\nForeword\nPerformance in 2025/26\nReferrals fell.\n", None,
     "2025-04-01", "2026-03-31"),
    ("Introduction\nThe plan was agreed.\n5. Our performance in 2023-24\nPlans fell.\n",
     "Anytown Youth Justice Plan 2024-25", "2023-04-01", "2024-03-31"),
    ("Budget 2026/27\nSummary\nOutturn 2025/26 review\nThe service overspent.\n", None,
     "2025-04-01", "2026-03-31"),
    ("Business Plan 2024-25: End of Year Report\nAll actions were met.\n", None,
     "2024-04-01", "2025-03-31"),
    # a plan with no report heading is a projection
    ("Anytown Youth Justice Plan 2025-26\nOur priorities\nWe will reduce entrants.\n", None,
     None, None),
    ("Draft Revenue Budget 2026-27\nThe budget is £40m.\n", None, None, None),
])
def test_a_plans_report_heading(text: str, title: str | None, start: str | None,
                                end: str | None) -> None:
    assert _span(text, title) == (start, end)
