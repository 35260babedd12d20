"""Record periods an inquiry's report and a dated document's own words state, or do not state.

An inquiry's report, so headed ("The Independent Inquiry into …", "Inquiry into …", "Report of
the inquiry"), answers a question, not a period: the years it cites are its evidence's, so it
has no period but what a scope sentence of its own names. A dated document that names its
period by its own date ("this financial year" in a letter of February 2026; "this summer" on a
page updated in October) has the financial year or the summer holidays that date falls in.
Every text is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_PAD = "The evidence we heard was wide-ranging and often moving. " * 16 + "\n"  # past the lead


def _span(text: str, title: str | None = None, date: str | None = None,
          context: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    period = find_period(text, title, date, context)
    return (period.start, period.end) if period else (None, None)


# An inquiry's report: no period of its own, however many years its evidence names.
@pytest.mark.parametrize("text, context, start, end", [
    ("THE INDEPENDENT INQUIRY INTO CHILDREN LEAVING CARE AT EIGHTEEN\nInterim report\n\n"
     "The inquiry was set up in May 2025. In 2025-26, 11,200 young people left care. We read "
     "52 reviews published between 2020 and 2025. In 2025-26 a third were homeless within a "
     "year.\n", (), None, None),
    ("Inquiry into school transport for disabled children\nReport of the inquiry, March 2026\n"
     "In 2024/25 councils spent £1.4bn on transport. In 2024/25 the number of routes rose.\n",
     (), None, None),
    ("Who speaks for the child?\nAn inquiry into children's voices in the family courts\n\n"
     "We looked at 120 judgments handed down between 2019 and 2025. In 2024-25 there were "
     "52,000 private law cases.\n", (), None, None),
    ("Summary of findings\nThe panel heard from 40 witnesses. In 2025/26, 3,100 children were "
     "placed out of area. In 2025/26 costs rose again.\n",
     ("Parliamentary Group on Kinship Care | Inquiry report | June 2026",), None, None),
    ("NATIONAL INQUIRY INTO CHILD EXPLOITATION ON RAILWAYS\nFirst report\n\nPolice recorded "
     "1,800 offences in 2025-26, against 1,500 in 2024-25. In 2025-26 we took evidence in six "
     "regions.\n", (), None, None),
    ("Public inquiry into the closure of the Riverside children's unit\nFindings\n\nThe unit "
     "housed 14 children in 2023/24. Between 2019 and 2024 it had five managers.\n",
     (), None, None),
    ("Report of the Citizens' Inquiry on Bus Services\nWe held 12 hearings. Spending fell by "
     "£2m in 2024/25. In 2024/25 a quarter of routes closed.\n", (), None, None),
    ("Children's Mental Health Inquiry\nInquiry findings and recommendations\nCAMHS referrals "
     "reached 900,000 in 2025/26. In 2025/26 waits averaged 18 weeks.\n", (), None, None),
    ("Statutory inquiry: the Northgate secure centre\nInterim findings\nIn the year ending 31 "
     "March 2026 there were 230 restraints. In 2025-26 staff turnover was 40%.\n",
     (), None, None),
    ("Inquiry on poverty and child protection\nSecond report of session\nOf 600 families who "
     "gave evidence, 410 were in debt in 2025. In 2025/26 the number rose. In 2025/26 food bank "
     "use doubled.\n", (), None, None),
    ("Chair's foreword\nWe heard from 300 young people. In 2025/26 there were 4,000 "
     "referrals.\n",
     ("Laid before Parliament under the Inquiries Act 2005", "Inquiry report"), None, None),
    ("Report of the independent inquiry into youth homelessness\nWe visited eight towns in "
     "2026. In 2025-26 councils housed 9,000 young people. In 2025-26 costs rose.\n",
     (), None, None),
    # a scope sentence of its own still says what the report covers
    ("Inquiry into foster carer recruitment\nThis report covers evidence received between 1 "
     "September 2025 and 28 February 2026. In 2024/25 there were 3,000 applications.\n",
     (), "2025-09-01", "2026-02-28"),
    # a report that is not an inquiry's keeps its year
    ("Annual report of the fostering panel chair\nIn 2025/26 the panel met 24 times. In 2025/26 "
     "it approved 31 households.\n", (), "2025-04-01", "2026-03-31"),
])
def test_an_inquiry_report_has_no_period(text: str, context: tuple[str, ...], start: str | None,
                                         end: str | None) -> None:
    assert _span(text, context=context) == (start, end)


# "this financial year" in a dated document: the financial year its date falls in.
@pytest.mark.parametrize("text, date, start, end", [
    ("AN OPEN LETTER ON YOUTH CENTRE CLOSURES\nPublished at youthalliance.example, 3 February "
     "2026\n\nDear Leader,\nThis financial year our members have seen 900 young people. The "
     "draft budget would cut £300,000 in 2026/27.\n", None, "2025-04-01", "2026-03-31"),
    ("Letter to the cabinet member\nPublished by the Parent Carer Forum, 20 January 2026\n\n"
     "Dear Councillor,\nSo far this financial year, 140 families have asked us for help. Cuts "
     "planned for 2026/27 would close two groups.\n", None, "2025-04-01", "2026-03-31"),
    ("Statement on children's centre funding\nPublished: 14 November 2025\nThis financial "
     "year the centres have supported 2,300 families. In 2023/24 they supported 2,000.\n",
     None, "2025-04-01", "2026-03-31"),
    ("Update from the head of service\nThe team has taken 1,020 contacts so far this financial "
     "year. The plan for 2026/27 is being drafted.\n", "2025-12-01", "2025-04-01", "2026-03-31"),
    ("Briefing on demand\nReferrals in the current financial year stand at 2,400. In 2023/24 "
     "there were 2,900.\n", "2026-01-15", "2025-04-01", "2026-03-31"),
    ("Open letter from local headteachers\nDear Director,\nThis financial year we have made 310 "
     "referrals. Proposals for 2027/28 worry us.\n", "2026-09-10", "2026-04-01", "2027-03-31"),
    ("Note to members\nSo far this financial year the council has spent £4.2m on agency staff. "
     "It spent £5m in 2023/24.\n", "2025-04-20", "2025-04-01", "2026-03-31"),
    ("A letter to parents\nPublished on 2 March 2026\nThis financial year the service has run "
     "48 parenting courses. In 2024/25 it ran 40.\n", None, "2025-04-01", "2026-03-31"),
    ("Campaign update\nPublished by Save Our Play, 28 February 2025\nThis financial year 12 "
     "playgrounds have closed. More closures are planned for 2025/26.\n", None,
     "2024-04-01", "2025-03-31"),
    ("Children's rights group statement\nThe current financial year has seen 75 complaints. "
     "There were 60 in 2022/23.\n", "2025-06-30", "2025-04-01", "2026-03-31"),
    ("Letter to the editor\nSir, this financial year the carers' service has been cut twice. "
     "In 2021/22 it had 20 staff.\n", "2024-10-05", "2024-04-01", "2025-03-31"),
    # a heading's own year wins
    ("Budget monitoring report 2024/25\nThis financial year spending is £2m over "
     "budget.\n", "2026-02-01", "2024-04-01", "2025-03-31"),
    # a decision paper reports no period, whatever it says of the year so far
    ("Early help review\nThis report asks Cabinet to approve the closure of two centres. This "
     "financial year the service has overspent by £1m.\n", "2026-01-12", None, None),
    # with no date, no year to read it by
    ("Open letter on family support\nDear Leader,\nThis financial year we saw 900 families.\n",
     None, None, None),
])
def test_this_financial_year_by_the_date(text: str, date: str | None, start: str | None,
                                         end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# A summer a dated page names by its date or its year: the school summer holidays.
@pytest.mark.parametrize("title, text, date, start, end", [
    ("How the summer went", "This summer 4,000 children came to our clubs. Funding for 2026-27 "
     "was £2m.\n", "2026-10-02", "2026-07-01", "2026-08-31"),
    (None, "Summer reading challenge results\nThis summer 6,100 children joined the challenge "
     "in our libraries. In 2025-26 the service lent 900,000 books.\n", "2025-09-20",
     "2025-07-01", "2025-08-31"),
    (None, "Holiday clubs: summer 2026 in numbers\n3,400 children attended. The grant for "
     "2026-27 is £1.9m.\n", "2026-11-01", "2026-07-01", "2026-08-31"),
    ("Our summer holidays programme", "Over 1,200 young people took part in 80 activities. "
     "The budget for 2025/26 was £500,000.\n", "2025-09-05", "2025-07-01", "2025-08-31"),
    (None, "Library service news\nThis summer holidays our mobile library staff met 700 young "
     "people. In 2024/25 they met 5,000.\n", "2025-09-12", "2025-07-01", "2025-08-31"),
    (None, "Swim safe results\nIn summer 2025, 2,200 children took free lessons. Funding for "
     "2025-26 came from the trust.\n", "2026-01-10", "2025-07-01", "2025-08-31"),
    ("A summer of play: what happened", "Play rangers ran 300 sessions in parks. In 2026/27 "
     "the council will fund 2 rangers.\n", "2026-09-30", "2026-07-01", "2026-08-31"),
    (None, "Food and fun\nThis summer, 9,800 meals were served at 60 clubs. Funding for "
     "2024-25 was £3m.\n", "2024-09-18", "2024-07-01", "2024-08-31"),
    (None, "Lifeguard scheme update\nThe summer holidays of 2025 saw 14 rescues on our "
     "beaches. In 2025/26, 40 lifeguards were trained.\n", "2025-10-01", "2025-07-01",
     "2025-08-31"),
    ("What children did this summer", "Clubs ran in 14 towns. In 2025-26, £1.1m was spent.\n",
     "2025-09-14", "2025-07-01", "2025-08-31"),
    (None, "Activity passport report\nThis summer 1,500 passports were stamped. Schools "
     "handed out 4,000 in 2025/26.\n", "2025-10-20", "2025-07-01", "2025-08-31"),
    # a summer not yet come is a projection
    (None, "Holiday clubs\nThis summer 3,000 places will be offered. In 2025-26 the grant was "
     "£1m.\n", "2026-04-10", None, None),
    # a school term is not the holidays
    (None, "Home visits update\nIn the summer term 2025 there were 90 visits. In 2024/25 there "
     "were 300 visits. In 2024/25 the team grew.\n", "2025-09-01", "2024-04-01", "2025-03-31"),
])
def test_a_summer_by_the_date(title: str | None, text: str, date: str, start: str | None,
                              end: str | None) -> None:
    assert _span(text, title=title, date=date) == (start, end)


# An inquiry that says when it gathered its evidence has that span; the dates of the works it
# read are theirs.
@pytest.mark.parametrize("text, start, end", [
    ("Inquiry into youth clubs\nThe panel took evidence between October 2025 and January 2026."
     "\nIn 2024/25 there were 300 clubs.\n", "2025-10-01", "2026-01-31"),
    ("Report of the inquiry on kinship care\nWe heard from 60 carers between March and May "
     "2026. In 2025/26 there were 900 kinship placements.\n", "2026-03-01", "2026-05-31"),
    ("Independent inquiry into school transport\nWe visited 9 councils between 1 September and "
     "30 November 2025. In 2024/25 costs rose.\n", "2025-09-01", "2025-11-30"),
    ("Inquiry into missing children\nThe inquiry met eight times between January and July 2026."
     "\nIn 2025-26 there were 4,000 episodes.\n", "2026-01-01", "2026-07-31"),
    ("Public inquiry into the Eastgate home\nWe interviewed 35 former residents from April to "
     "August 2025. In 2019/20 the home had 12 beds.\n", "2025-04-01", "2025-08-31"),
    ("Inquiry on foster care allowances\nWe surveyed 1,100 carers between 2 February and 16 "
     "March 2026. In 2025/26 allowances rose by 3%.\n", "2026-02-02", "2026-03-16"),
    ("Inquiry into play provision\nWe read 48 play strategies published between 2018 and 2024. "
     "In 2024/25 spending fell.\n", None, None),
    ("National inquiry into child poverty\nWe reviewed 30 reports issued between 2020 and 2025."
     " In 2025/26 a third of children were poor.\n", None, None),
    ("Inquiry into custody of children\nWe analysed 200 judgments handed down between 2021 and "
     "2025. In 2025-26 there were 800 cases.\n", None, None),
    ("Inquiry into youth work funding\nWe reviewed 25 audits completed between 2019 and 2023. "
     "In 2023/24 the sector lost £10m.\n", None, None),
])
def test_an_inquiry_gathering_evidence_over_a_span(text: str, start: str | None,
                                                   end: str | None) -> None:
    assert _span(text) == (start, end)


# "the last financial year" in a dated document naming no year of its own: the financial year
# before the one its date falls in; a comparator's does not count.
@pytest.mark.parametrize("text, date, start, end", [
    ("Annual review\nIn the last financial year we helped 200 children.\n", "2026-05-01",
     "2025-04-01", "2026-03-31"),
    ("Chair's welcome\nOver the past financial year our volunteers gave 9,000 hours.\n",
     "2025-07-15", "2024-04-01", "2025-03-31"),
    ("Our impact\nIn the financial year just ended, 1,400 calls reached the helpline.\n",
     "2026-04-20", "2025-04-01", "2026-03-31"),
    ("Trustees' summary\nDuring the last financial year the charity ran 30 groups.\n",
     "2026-02-10", "2024-04-01", "2025-03-31"),
    ("Service update\nThe previous financial year saw 640 referrals to the team.\n",
     "2025-06-01", "2024-04-01", "2025-03-31"),
    ("Impact statement\nWe spent £2.1m in the last financial year on family support.\n",
     "2026-09-30", "2025-04-01", "2026-03-31"),
    ("Year in brief\nIn the financial year that has just ended we trained 300 staff.\n",
     "2026-05-12", "2025-04-01", "2026-03-31"),
    ("A note from the director\nThe past financial year has been our busiest: 5,000 "
     "contacts.\n", "2025-05-05", "2024-04-01", "2025-03-31"),
    ("Volunteer news\nOver the last financial year 85 new volunteers joined us.\n",
     "2024-11-01", "2023-04-01", "2024-03-31"),
    ("Helpline report\nCalls in the last financial year totalled 12,000.\n", "2026-06-06",
     "2025-04-01", "2026-03-31"),
    # a comparator's year is not the text's
    ("Service update\nWe have 300 referrals, up from 250 last financial year.\n",
     "2026-06-01", None, None),
    ("Service update\nDemand is higher than in the last financial year.\n", "2026-06-01",
     None, None),
    # a year the text names wins
    ("Annual review\nIn the last financial year we helped 200 children. In 2024/25 we helped "
     "200 children.\n", "2026-05-01", "2024-04-01", "2025-03-31"),
    # with no date, no year to read it by
    ("Annual review\nIn the last financial year we helped 200 children.\n", None, None, None),
])
def test_the_last_financial_year_by_the_date(text: str, date: str | None, start: str | None,
                                             end: str | None) -> None:
    assert _span(text, date=date) == (start, end)
