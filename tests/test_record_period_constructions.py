"""Record periods: how a reader finds a document's own period when nobody wrote a scope sentence.

A period field opening a sentence of a front matter ("Analysis period: …"); a change measured on
an earlier year ("up 6% on 2024/25") and a note dating a table's benchmark columns
("Statistical neighbours are 2024/25 figures") are comparators; a quarter a dashboard's heading
names is no projection of a guessed page date; a rolling window ending on the date a paper
states its position at; a text counting its snapshots at a yearless 31 July reads its split
years from 1 August. Every text is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_PAD = "Officers continue to monitor the position closely. " * 18 + "\n"  # past the lead
_FAR = _PAD * 2  # past the opening


def _span(text: str, title: str | None = None, date: str | None = None,
          context: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    period = find_period(text, title, date, context)
    return (period.start, period.end) if period else (None, None)


# A labelled period field may open a sentence of a run-on front-matter line in the opening
# ("Version 2, agreed on 3 May 2026. Analysis period: 1 January to 31 December 2025 unless
# stated."), as it may open a line.
@pytest.mark.parametrize("text, start, end", [
    ("Harbourside Community Safety Partnership\nStrategic assessment 2026\nVersion 2, agreed on "
     "3 May 2026. Analysis period: 1 January to 31 December 2025 unless stated. Author: A Lee.\n"
     "Violence rose, up 4% on 2024/25.\nIn 2024/25 there were 400 offences.\n",
     "2025-01-01", "2025-12-31"),
    ("Draft v0.4, issued 2 June 2026. Review period: April 2025 to March 2026. Owner: head of "
     "service.\nThe figures for 2024/25 are revised.\n", "2025-04-01", "2026-03-31"),
    ("Case file audit summary\nPrepared by the quality team. Audit period: 1 October to 31 "
     "December 2025.\nAudits for 2024/25 are in annex B.\n", "2025-10-01", "2025-12-31"),
    ("Market position statement\nRevised in May 2026. Assessment period: 1 April 2025 to 31 "
     "March 2026 unless stated otherwise.\nFigures for 2023/24 are shown for comparison.\n",
     "2025-04-01", "2026-03-31"),
    ("Parenting programme evaluation\nFinal report. Study period: September 2024 to August "
     "2025.\nData for 2023/24 are from the pilot.\n", "2024-09-01", "2025-08-31"),
    ("Outcome evaluation\nFunded by the trust. Evaluation period: 1 January 2025 to 30 June "
     "2026.\nStatistics for 2023/24 come from the baseline.\n", "2025-01-01", "2026-06-30"),
    ("Dip sample of strategy meetings\nVersion 1. Sample period: 1 to 30 November 2025.\n"
     "Performance in 2024/25 is in section 4.\n", "2025-11-01", "2025-11-30"),
    ("Placement stability tracker\nProduced monthly. Monitoring period: July to September 2026."
     "\nFigures for 2025/26 are final.\n", "2026-07-01", "2026-09-30"),
    ("Neglect profile\nNot for circulation. Period of analysis: 1 April 2024 to 31 March 2025."
     "\nFigures for 2022/23 appear in table 3.\n", "2024-04-01", "2025-03-31"),
    ("Exploitation problem profile\nRestricted. Period of review: October 2025 to March 2026.\n"
     "Data for 2024/25 are shown alongside.\n", "2025-10-01", "2026-03-31"),
    ("Joint strategic needs assessment: young carers\nPublished June 2026. Analysis period: "
     "2025/26 to 2026/27 unless stated.\nFigures for 2023/24 are in the appendix.\n",
     "2025-04-01", "2027-03-31"),
    ("Missing episodes audit\nInternal. Audit period: 1 January 2026 to 31 March 2026. Lead: "
     "team manager.\nData for 2024/25 are shown for comparison.\n", "2026-01-01", "2026-03-31"),
    ("Sufficiency assessment\nFinal, 12 July 2026. Assessment period: April to June 2026.\n"
     "Figures for 2025/26 are shown below.\n", "2026-04-01", "2026-06-30"),
    # on its own line, as before
    ("Needs assessment\nAnalysis period: 1 April 2025 to 31 March 2026\nFigures for 2024/25 "
     "follow.\n", "2025-04-01", "2026-03-31"),
    # past the opening, a sentence's label is not the front matter's
    (f"Notes\n{_FAR}Version 2. Analysis period: April to June 2025.\n", None, None),
    # a label with no span after it labels nothing
    ("Needs assessment\nVersion 2. Analysis period: see annex A. In 2024/25 there were 40.\n",
     "2024-04-01", "2025-03-31"),
])
def test_a_labelled_period_opening_a_sentence(text: str, start: str | None,
                                              end: str | None) -> None:
    assert _span(text) == (start, end)


# A change measured on an earlier year is a comparator's year: "up 6% on 2024/25".
@pytest.mark.parametrize("text, start, end", [
    ("Summary\nContacts were up 6% on 2023/24. Plans were down 12% on 2023/24. In 2024/25 the "
     "service received 900 contacts.\n", "2024-04-01", "2025-03-31"),
    ("Headlines\nReferrals rose, a rise of 8% on 2022/23, and re-referrals fell, a fall of 3% on "
     "2022/23.\nIn 2023/24 we held 40 conferences.\n", "2023-04-01", "2024-03-31"),
    ("Overview\nExclusions are up 15 on 2024-25 and suspensions up 30 on 2024-25. During 2025-26 "
     "the team visited 60 schools.\n", "2025-04-01", "2026-03-31"),
    ("Key points\nAssessments were down 4 per cent on 2023/24; visits were down 2 per cent on "
     "2023/24. In 2024/25, 300 assessments were completed.\n", "2024-04-01", "2025-03-31"),
    ("Summary\nAn increase of 10% on 2021/22 in contacts and an increase of 6% on 2021/22 in "
     "referrals. In 2022/23 the hub took 5,000 calls.\n", "2022-04-01", "2023-03-31"),
    ("Headlines\nDemand was higher 9% on 2023/24 by one measure and lower 2% on 2023/24 by "
     "another. In 2024/25 there were 700 contacts.\n", "2024-04-01", "2025-03-31"),
    ("Summary\nPlans were up around 7% on 2024/25 and up nearly 5% on 2024/25 for under-fives. "
     "In 2025/26 there were 210 plans.\n", "2025-04-01", "2026-03-31"),
    ("Report card\nA reduction of 11% on 2022/23 and a decrease of 4% on 2022/23. In 2023/24 the "
     "panel met ten times.\n", "2023-04-01", "2024-03-31"),
    ("Update\nEpisodes were up 96 on 2023/24, and up 12 on 2023/24 for boys. In 2024/25 there "
     "were 1,212 episodes.\n", "2024-04-01", "2025-03-31"),
    ("Summary\nVisits fell, down 20% on 2024-25, and calls fell, down 5% on 2024-25. Over 2025-26"
     " we answered 8,000 calls.\n", "2025-04-01", "2026-03-31"),
    ("Summary\nCalls were up 300 on 2023-24; emails were up 120 on 2023-24. In 2024-25 the "
     "line took 9,000 calls.\n", "2024-04-01", "2025-03-31"),
    ("Overview\nPlacements were down almost 10% on 2022/23 and moves down 3% on 2022/23. In "
     "2023/24 there were 80 placements.\n", "2023-04-01", "2024-03-31"),
    # a year the change is measured in, not on, is the text's
    ("Summary\nContacts were up 6% in 2024/25. Plans were down in 2024/25.\n",
     "2024-04-01", "2025-03-31"),
])
def test_a_change_on_an_earlier_year_is_a_comparator(text: str, start: str | None,
                                                     end: str | None) -> None:
    assert _span(text) == (start, end)


# A note dating a table's benchmark columns names the comparators' year, not the text's own.
@pytest.mark.parametrize("text, start, end", [
    ("Quarterly summary\nIn 2025/26 the service received 900 contacts.\nStatistical neighbours "
     "and England are published figures for 2024/25.\n", "2025-04-01", "2026-03-31"),
    ("Scorecard\nIn 2025/26 there were 90 plans.\nStatistical neighbour averages are data for "
     "the year to 31 March 2025.\n", "2025-04-01", "2026-03-31"),
    ("Scorecard\nIn 2025-26 there were 90 plans.\nComparator figures are from the published "
     "figures for 2024-25.\n", "2025-04-01", "2026-03-31"),
    ("Indicators\nIn 2024/25 there were 50 reviews.\nBenchmarks relate to figures for 2023/24."
     "\n", "2024-04-01", "2025-03-31"),
    ("Indicators\nIn 2024/25 there were 50 reviews.\nNational and regional averages are figures "
     "for 2023/24.\n", "2024-04-01", "2025-03-31"),
    ("Indicators\nIn 2024/25 there were 50 reviews.\nEngland averages are statistics for "
     "2023/24.\n", "2024-04-01", "2025-03-31"),
    ("Table notes\nIn 2025/26 the rate was 41.6.\nPeer group averages are data (year to 31 "
     "March 2025).\n", "2025-04-01", "2026-03-31"),
    ("Table notes\nIn 2025/26 the rate was 41.6.\nThe benchmarking columns show figures for "
     "2024/25.\n", "2025-04-01", "2026-03-31"),
    ("Table notes\nIn 2025/26 the rate was 41.6.\nFamily group averages use data for 2024/25."
     "\n", "2025-04-01", "2026-03-31"),
    ("Table notes\nIn 2025/26 the rate was 41.6.\nThe Welsh averages are figures for 2024/25."
     "\n", "2025-04-01", "2026-03-31"),
    ("Table notes\nIn 2025/26 the rate was 41.6.\nPeer authorities are shown with data for "
     "2024/25.\n", "2025-04-01", "2026-03-31"),
    # figures a text reports as its own stay its own
    ("News\nNational figures for 2024/25 show 400 children on plans.\n",
     "2024-04-01", "2025-03-31"),
    ("News\nCompared with statistical neighbours, our rate in 2025/26 was lower. In 2025/26 "
     "there were 90 plans.\n", "2025-04-01", "2026-03-31"),
])
def test_a_benchmark_note_dates_the_comparators(text: str, start: str | None,
                                                end: str | None) -> None:
    assert _span(text) == (start, end)


# A quarter, a half or a month a report's or a dashboard's heading names (its page title in the
# context) is reported after it ends: a source date before it (a page's guessed date) does not
# make it a projection. A year's heading, or a plan's, still does.
_DASH = "The tiles show the latest measures against target.\n"


@pytest.mark.parametrize("title, context, date, start, end", [
    ("Performance Dashboard", ("Performance Dashboard - Quarter 3 2026/27 | Anyshire Council",),
     "2026-01-05", "2026-10-01", "2026-12-31"),
    ("Children's Scorecard", ("Children's Scorecard - Q1 2026/27 | Borough Council",),
     "2026-02-01", "2026-04-01", "2026-06-30"),
    ("Early Help Dashboard", ("Early Help Dashboard: Q4 2025/26 - City Council",),
     "2025-11-03", "2026-01-01", "2026-03-31"),
    ("Safeguarding KPIs", ("Safeguarding KPIs - Quarter 2 2025/26",), "2025-03-01",
     "2025-07-01", "2025-09-30"),
    ("Quarterly performance report", ("Quarterly performance report, Q2 2026/27",),
     "2026-01-01", "2026-07-01", "2026-09-30"),
    ("Performance update", ("Performance update - Quarter 1 2027/28 | County Council",),
     "2027-02-01", "2027-04-01", "2027-06-30"),
    ("Partnership data pack", ("Partnership data Q3 2026/27 | Safeguarding Partnership",),
     "2026-02-10", "2026-10-01", "2026-12-31"),
    ("Front door indicators", ("Front door indicators: Quarter 4 2026/27",), "2026-12-01",
     "2027-01-01", "2027-03-31"),
    ("Dashboard", ("Children's services dashboard - Q2 2026/27",), "2026-05-01",
     "2026-07-01", "2026-09-30"),
    ("Performance monitoring", ("Performance monitoring: Quarter 3 2025/26 - District Council",),
     "2025-06-30", "2025-10-01", "2025-12-31"),
    ("Statistics release", ("Statistics: Q1 2026/27 | Anytown",), "2026-01-15",
     "2026-04-01", "2026-06-30"),
    # a year's heading dated before the year begins stays a projection
    ("Annual performance report", ("Annual performance report 2027/28",), "2026-05-01",
     None, None),
    # a quarter no report names (a budget's heading) stays a projection
    ("Budget 2026/27", ("Budget 2026/27 - Q2",), "2026-01-01", None, None),
])
def test_a_part_year_report_heading_is_no_projection(title: str, context: tuple[str, ...],
                                                     date: str, start: str | None,
                                                     end: str | None) -> None:
    assert _span(_DASH, title, date, context) == (start, end)


# A rolling window a paper reports its flows in, ending on the date it states its position at,
# is the paper's span, though the paper asks for a decision too.
_ASK = ("Report to Cabinet\nKey decision: yes\n1.1 Cabinet is asked to approve the commissioning.\n"
        + _PAD)  # past the lead, where a window reported there is the text's anyway


@pytest.mark.parametrize("text, start, end", [
    (f"{_ASK}2.1 At 30 June 2026 the council supported 40 families. In the three months to 30 "
     "June 2026 we received 12 referrals.\n", "2026-04-01", "2026-06-30"),
    ("Report to Cabinet\nKey decision: yes\n1.1 Cabinet is asked to note the position at 30 "
     f"September 2026 and approve the plan.\n{_PAD}2.1 In the six months to 30 September 2026 the hub "
     "placed 9 children.\n", "2026-04-01", "2026-09-30"),
    (f"{_ASK}At 31 March 2026 there were 120 carers. In the 12 months to 31 March 2026 we "
     "approved 14 new carers.\n", "2025-04-01", "2026-03-31"),
    (f"{_ASK}2.2 At 31 December 2025, 63 young people were in supported lodgings. In the year "
     "to 31 December 2025, 20 moved on.\n", "2025-01-01", "2025-12-31"),
    (f"{_ASK}The position as at 31 August 2026 is set out below. In the quarter ending 31 "
     "August 2026, 30 referrals were made.\n", "2026-06-01", "2026-08-31"),
    (f"{_ASK}3.1 At 30 November 2025 the service held 52 cases.\n3.2 In the six months to 30 "
     "November 2025 it opened 31.\n", "2025-06-01", "2025-11-30"),
    (f"{_ASK}The current picture at 31 May 2026: 18 children waiting. In the three months to "
     "31 May 2026, 7 were matched.\n", "2026-03-01", "2026-05-31"),
    (f"{_ASK}As at 31 January 2026 the panel held 44 cases. In the 12 months ending 31 January "
     "2026 it closed 60.\n", "2025-02-01", "2026-01-31"),
    (f"{_ASK}At 30 April 2026 there were 15 vacancies. In the nine months to 30 April 2026 the "
     "team recruited 11 staff.\n", "2025-08-01", "2026-04-30"),
    (f"{_ASK}4.1 At 31 October 2026 we were supporting 210 children. In the year to 31 October "
     "2026 we supported 390.\n", "2025-11-01", "2026-10-31"),
    # a window that ends on another day than the position stays a figure's: the decision
    # paper reports no period
    (f"{_ASK}At 30 June 2026 the council supported 40 families. In the three months to 31 "
     "March 2026 we received 12 referrals.\n", None, None),
    # a comparator's window does not count
    (f"{_ASK}At 30 June 2026 the council supported 40 families, up from 30 in the three "
     "months to 30 June 2026.\n", None, None),
])
def test_a_window_to_the_position_date(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A text that counts its snapshots at a yearless 31 July (a table "at 31 July" over years, the
# Scottish statistics year) reads its split years from 1 August.
@pytest.mark.parametrize("text, start, end", [
    ("Key facts\nChildren on the register at 31 July\nIn 2024-25 there were 57 registrations.\n"
     "In 2024-25 there were 69 de-registrations.\n", "2024-08-01", "2025-07-31"),
    ("Factsheet\nLooked after children at 31 July | 2024 | 2025\nIn 2024/25, 40 children "
     "started to be looked after.\n", "2024-08-01", "2025-07-31"),
    ("Summary\nCounts are as at 31 July each year.\nIn 2023-24 there were 210 IRDs.\n",
     "2023-08-01", "2024-07-31"),
    ("Profile\nChildren looked after at 31st July\nDuring 2025/26 the service held 80 reviews.\n",
     "2025-08-01", "2026-07-31"),
    ("Briefing\nThe register at 31 July is shown below. In 2022/23 the committee met 6 times.\n",
     "2022-08-01", "2023-07-31"),
    ("Area profile\nChildren on the child protection register, at 31 July\nIn 2025-26 there "
     "were 30 case conferences.\n", "2025-08-01", "2026-07-31"),
    ("Key numbers\nTable 2: looked after at 31 July, by age\nIn 2024/25 we received 900 "
     "concerns.\n", "2024-08-01", "2025-07-31"),
    ("Statistics note\nSnapshots are as at 31 July. In 2021-22, 45 registrations were made.\n",
     "2021-08-01", "2022-07-31"),
    ("Factsheet\nRegister counts at 31 July 2024 and at 31 July\nIn 2024/25 there were 50 "
     "de-registrations.\n", "2024-08-01", "2025-07-31"),
    ("Bulletin\nChildren looked after at 31 July (number)\nOver 2023/24 there were 77 IRDs.\n",
     "2023-08-01", "2024-07-31"),
    # a 31 July with its year is a figure's date, not the text's convention
    ("Bulletin\nThere were 80 children on the register at 31 July 2025.\nIn 2024/25 there were "
     "50 de-registrations.\n", "2024-04-01", "2025-03-31"),
])
def test_a_yearless_31_july_snapshot_reads_years_from_august(text: str, start: str | None,
                                                             end: str | None) -> None:
    assert _span(text) == (start, end)


# Figures said to be revised or restated are an earlier year's, shown beside the text's own.
@pytest.mark.parametrize("text, start, end", [
    ("Needs summary\nIn 2025/26 there were 90 plans.\nFigures for 2024/25 revised since the last "
     "assessment.\n", "2025-04-01", "2026-03-31"),
    ("Needs summary\nIn 2025/26 there were 90 plans.\nFigures for 2024/25 have been revised.\n",
     "2025-04-01", "2026-03-31"),
    ("Profile\nDuring 2024-25 we held 30 reviews.\nData for 2023-24 are revised.\n",
     "2024-04-01", "2025-03-31"),
    ("Profile\nDuring 2024-25 we held 30 reviews.\nFigures for 2023-24 were restated in June.\n",
     "2024-04-01", "2025-03-31"),
    ("Profile\nIn 2023/24 the hub took 900 calls.\nStatistics for 2022/23 data have since been "
     "revised.\n", "2023-04-01", "2024-03-31"),
    ("Summary\nIn 2025/26 the team saw 400 families.\nThe data for 2024/25 figures are now "
     "revised.\n", "2025-04-01", "2026-03-31"),
    ("Summary\nIn 2025/26 the team saw 400 families.\nNumbers for 2024/25 numbers were revised "
     "after validation.\n", "2025-04-01", "2026-03-31"),
    ("Summary\nIn 2022/23 the service had 50 carers.\nFigures for 2021/22 totals has been "
     "restated.\n", "2022-04-01", "2023-03-31"),
    ("Overview\nIn 2024/25 there were 70 audits.\nData for 2023/24 rates are revised from the "
     "draft.\n", "2024-04-01", "2025-03-31"),
    ("Overview\nIn 2025-26 there were 70 audits.\nFigures for 2024-25 counts were revised.\n",
     "2025-04-01", "2026-03-31"),
    # a year's figures a report presents as its own, not revised, stay its own
    ("Overview\nFigures for 2024/25 show 70 audits.\n", "2024-04-01", "2025-03-31"),
])
def test_revised_figures_are_an_earlier_years(text: str, start: str | None,
                                              end: str | None) -> None:
    assert _span(text) == (start, end)


# A sum allocated for a year is set ahead of it: the year is a projection, not the text's own.
@pytest.mark.parametrize("text, start, end", [
    ("Assessment summary\nIn 2025/26 there were 90 offences.\nThe allocation for 2026/27 is "
     "£180,000.\n", "2025-04-01", "2026-03-31"),
    ("Assessment summary\nIn 2024-25 the panel met 8 times.\nThe grant allocation for 2025-26 "
     "is £40,000.\n", "2024-04-01", "2025-03-31"),
    ("Summary\nDuring 2025/26, 300 children were supported.\nFunding allocations for 2026/27 "
     "are confirmed.\n", "2025-04-01", "2026-03-31"),
    ("Summary\nIn 2023/24 we trained 500 staff.\nOur allocation for the 2024/25 year is "
     "£12,000.\n", "2023-04-01", "2024-03-31"),
    ("Summary\nIn 2025/26 there were 40 referrals.\nThe Home Office allocation for 2026/27 is "
     "£187,000.\n", "2025-04-01", "2026-03-31"),
    ("Overview\nIn 2024/25 the hub took 600 calls.\nThe provisional allocation for 2025/26 is "
     "lower.\n", "2024-04-01", "2025-03-31"),
    ("Overview\nIn 2022/23 we ran 12 groups.\nThe allocations for 2023/24 have been agreed.\n",
     "2022-04-01", "2023-03-31"),
    ("Overview\nIn 2025-26 there were 30 reviews.\nThe partnership's allocation for 2026-27 "
     "rises by 3%.\n", "2025-04-01", "2026-03-31"),
    ("Overview\nIn 2024/25 there were 30 reviews.\nThe school's allocation for 2025/26 is "
     "£9,000.\n", "2024-04-01", "2025-03-31"),
    ("Overview\nIn 2025/26 there were 55 plans.\nA capital allocation for 2026/27 of £1m was "
     "made.\n", "2025-04-01", "2026-03-31"),
    ("Digest\nIn 2023-24 there were 65 visits.\nThe council's allocation for 2024-25 is set "
     "out in annex C.\n", "2023-04-01", "2024-03-31"),
])
def test_an_allocation_for_a_year_is_a_projection(text: str, start: str | None,
                                                  end: str | None) -> None:
    assert _span(text) == (start, end)
