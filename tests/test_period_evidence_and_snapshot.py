"""Record periods two general constructions state: the span a report's evidence was gathered
over, told in the passive or as a label in its opening, and a count at a date set against the
count a year before.

1. "Engagement carried out May to August 2025", "Fieldwork was undertaken between 3 and 14
   March 2025", "Fieldwork: …", "Engagement period | …": the span the report's own evidence
   covers is its period, whatever years the figures it cites are for.
2. "417 households were on the list at 30 April 2026, against 380 a year earlier", in a text
   that names no financial year of its own: the year to that date.

Blind documents were first read with the cited financial year (construction 1) or a budget's
year (construction 2) instead. Every text is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_PAD = "The findings are set out in the chapters that follow, with our recommendations. " * 22 + "\n"


def _span(text: str, title: str | None = None, date: str | None = None
          ) -> tuple[str | None, str | None]:
    period = find_period(text, title, date)
    return (period.start, period.end) if period else (None, None)


# 1. Evidence gathered over a span, told in the passive or as a label in the opening.
@pytest.mark.parametrize("text, start, end", [
    ("Healthwatch Anyshire\nGetting a GP appointment\nPatients' views on booking. Engagement "
     "carried out between May and August 2025, with 300 replies.\nIn 2024/25 the practices "
     "handled 90,000 calls. In 2024/25 waits grew.\n", "2025-05-01", "2025-08-31"),
    ("Tenant voice report\nFieldwork was undertaken between 3 and 14 March 2025 on four "
     "estates.\nRepairs in 2023/24 took 21 days. Repairs in 2023/24 were mostly damp.\n",
     "2025-03-03", "2025-03-14"),
    ("Library service evaluation\nInterviews were conducted from September to November 2025 "
     "with staff and borrowers.\nLoans fell in 2024/25. Visits in 2024/25 were 410,000.\n",
     "2025-09-01", "2025-11-30"),
    ("Parenting programme: what families said\nFocus groups were held from January to February "
     "2026 in three towns.\nThe programme had 300 places in 2025/26 and 280 in 2024/25.\n",
     "2026-01-01", "2026-02-28"),
    ("Bus users' study\nData collection took place between 1 May and 30 June 2025.\nPassenger "
     "numbers in 2024/25 were 12 million. In 2024/25 fares rose.\n", "2025-05-01", "2025-06-30"),
    ("Listening to carers\nListening events were run from October to December 2025 across the "
     "county.\nThe carers' grant in 2025/26 was £1.2m. In 2025/26 it was cut.\n",
     "2025-10-01", "2025-12-31"),
    ("Neighbourhood safety survey 2025\nFieldwork: 3 to 28 February 2025\nIn 2023/24 the "
     "police recorded 4,100 offences. In 2023/24 most were thefts.\n", "2025-02-03", "2025-02-28"),
    ("Road safety around schools\nEngagement period | April to June 2026\nCollisions in "
     "2025/26: 41. Casualties in 2025/26: 52.\n", "2026-04-01", "2026-06-30"),
    ("Air quality study (summary)\nData collection period: 1 January to 31 December "
     "2025\nHospital admissions in 2024/25 were 2,300.\n", "2025-01-01", "2025-12-31"),
    ("Mental health support for students\nWorkshops were held between 2 and 20 March 2026 in "
     "six colleges.\nIn 2025/26 the counselling service saw 1,900 students.\n",
     "2026-03-02", "2026-03-20"),
    ("Community safety consultation\nObservations were carried out from July to August 2025 at "
     "five parks.\nAnti-social behaviour in 2024/25 rose by 8%.\n", "2025-07-01", "2025-08-31"),
    ("School travel evaluation\nCase file reviews were completed between 3 and 21 November 2025 for 60 "
     "pupils.\nIn 2024/25 the service carried 2,100 pupils. In 2024/25 costs rose.\n",
     "2025-11-03", "2025-11-21"),
])
def test_evidence_gathered_over_a_span_is_the_period(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# ... but not evidence planned, a study someone else carried out deep in a long text, or a
# label that is no evidence's span
@pytest.mark.parametrize("text, start, end", [
    ("Annual report 2025/26\nInterviews will be held in March 2027 for the next survey.\nIn "
     "2025/26 we saw 400 families. In 2025/26 we opened a clinic.\n", "2025-04-01", "2026-03-31"),
    ("Annual report 2024/25\n" + _PAD + "Interviews were conducted between May and June 2019 "
     "by a university team.\nIn 2024/25 we saw 400 families.\n", "2024-04-01", "2025-03-31"),
    ("Performance report 2025/26\nNotice period: 1 to 28 February 2026\nIn 2025/26 we saw 400 "
     "families.\n", "2025-04-01", "2026-03-31"),
])
def test_evidence_not_gathered_by_the_report(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# 2. A count at a date set against a year before, in a text naming no financial year.
@pytest.mark.parametrize("text, date, start, end", [
    ("Allotment list shrinks\nThe allotment waiting list held 417 names at 31 July 2026, "
     "compared with 530 a year earlier.\n", "2026-10-05", "2025-08-01", "2026-07-31"),
    ("Housing list grows\nAt 30 June 2025 the housing waiting list stood at 1,240, up from "
     "1,010 twelve months before.\n", "2025-08-02", "2024-07-01", "2025-06-30"),
    ("More pupils on school transport\nAt 31 December 2025, 2,310 pupils used the service, "
     "against 2,050 a year ago.\n", "2026-01-20", "2025-01-01", "2025-12-31"),
    ("Care leavers in work\nAs at 30 September 2025, 61% of care leavers were in work or "
     "training, compared with 55% at the same point last year.\n", "2025-11-04", "2024-10-01",
     "2025-09-30"),
    ("Fewer children in temporary accommodation\nThe council housed 640 children in temporary "
     "accommodation at 31 March 2026, down from 702 a year earlier.\n", "2026-05-12",
     "2025-04-01", "2026-03-31"),
    ("Foster carers in short supply\nAt 31 January 2026 there were 188 approved households, "
     "13 fewer than this time last year.\n", "2026-02-20", "2025-02-01", "2026-01-31"),
    ("Waiting times rise\nAt 28 February 2026, 930 young people were waiting for a first "
     "appointment, up from 770 one year earlier.\n", "2026-03-15", "2025-03-01", "2026-02-28"),
    ("Adult learners return\nAt 31 October 2025 the college had 3,400 adult learners, compared "
     "with 3,100 at the same time a year before.\n", "2025-11-30", "2024-11-01", "2025-10-31"),
    ("Bus passes\nAt 31 May 2026 there were 41,000 concessionary passes in use, down from "
     "43,500 12 months earlier.\n", "2026-06-10", "2025-06-01", "2026-05-31"),
    ("Child care places\nThe county had 9,870 registered places at 31 August 2025, up from "
     "9,400 a year previously.\n", "2025-09-22", "2024-09-01", "2025-08-31"),
])
def test_count_against_a_year_before_is_the_year_to_its_date(
        text: str, date: str, start: str, end: str) -> None:
    assert _span(text, date=date) == (start, end)


# ... but a financial year the text names as its own wins, a dated count with no year-before
# comparison gives no span, and the year-before count's own date is the comparator's
@pytest.mark.parametrize("text, date, start, end", [
    ("Annual figures for 2025/26\nAt 31 March 2026 there were 400 children in care, compared "
     "with 380 a year earlier. In 2025/26, 120 children came into care.\n", "2026-06-01",
     "2025-04-01", "2026-03-31"),
    ("New homes open\nAt 30 June 2025 the council ran 12 children's homes.\n", "2025-07-01",
     None, None),
    ("Allotment list shrinks\nThe allotment waiting list held 417 names at 31 July 2026, "
     "compared with 530 at 31 July 2025, a year earlier.\n", "2026-10-05", "2025-08-01",
     "2026-07-31"),
    ("Driver jailed after crash outside school\nA man was jailed for six years at Crown Court. "
     "At 31 March 2026 there were 40 crossing patrols in the county, compared with 46 a year "
     "earlier.\n", "2026-05-02", None, None),
])
def test_count_against_a_year_before_passed_over(text: str, date: str, start: str | None,
                                                   end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# 3. A plan's, a budget's or a strategy's heading makes its named years a projection, but a
# scope sentence or a coverage label of its own that names an earlier year is its period (the
# year it looks back on); one that names the plan's own years is still a projection.
@pytest.mark.parametrize("text, start, end", [
    ("Housing Strategy 2026-2031\nThis document reviews what we achieved in 2025/26 and sets "
     "out our aims.\nWe will build 400 homes.\n", "2025-04-01", "2026-03-31"),
    ("Local Transport Plan 2027-2032\nPeriod covered: 2025/26\nBus journeys rose by 4%.\n",
     "2025-04-01", "2026-03-31"),
    ("Carers Strategy 2026 to 2029\nThis report looks back on 2024/25 with carers.\nThe carers' "
     "centre saw 1,200 people.\n", "2024-04-01", "2025-03-31"),
    ("Leisure Strategy 2026-2030\nReporting period: 1 April 2025 to 31 March 2026\nSwims rose "
     "to 210,000.\n", "2025-04-01", "2026-03-31"),
    ("Workforce Plan 2026-2029\nThis paper summarises staffing in 2025/26 before the plan "
     "starts.\nThere were 140 vacancies.\n", "2025-04-01", "2026-03-31"),
    ("Climate Action Plan 2027-2030\nTime period: April 2025 to March 2026\nEmissions fell by "
     "6%.\n", "2025-04-01", "2026-03-31"),
    ("Library Strategy 2026-2031\nThis update covers the year 2025/26 across 22 branches.\n"
     "Loans rose by 3%.\n", "2025-04-01", "2026-03-31"),
    ("Parks and Open Spaces Plan 2026-2036\nData period: 2024/25\nVisits reached 3 million.\n",
     "2024-04-01", "2025-03-31"),
    ("Commissioning Strategy for Day Services 2027-2030\nThis document describes places "
     "used in 2025/26.\n410 adults attended.\n", "2025-04-01", "2026-03-31"),
    ("Economic Growth Plan 2026-2030\nPeriod covered | 2025/26\nJobs rose by 1,100.\n",
     "2025-04-01", "2026-03-31"),
    ("Housing Strategy 2026-2031\nThis document covers 2026 to 2031.\nWe will build 400 "
     "homes.\n", None, None),
    ("Leisure Strategy 2026-2030\nWe will open two pools by 2030.\n", None, None),
    ("Carers Strategy 2026 to 2029\nThis report sets out what we will do in 2026/27.\nThe "
     "centre will open in May.\n", None, None),
])
def test_plan_heading_with_its_own_past_scope(text: str, start: str | None, end: str | None
                                              ) -> None:
    assert _span(text) == (start, end)
