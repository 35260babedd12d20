"""Record periods read against a document's own date, a review headed by its year, and years
that are only citations.

A dated document that says "the last financial year" and names that year too (a table's column)
among other years (a budget's, a comparator's) has that year: its date tells which of its years
is its own. One that names no year but tells its figures as "last year", more than once, said
between April and December, has the financial year before its date's. A date closing an opening
line after a comma ("…, Leeds, 14 May 2026") dates the document. A review headed by a plain year
("Safety Review 2025", "2024 in review") looks back on that calendar year. A digest of several
cases, each under its own heading ("Case 1:", not a report's "Case study 1:"), and a story
headed by a plan it announces that names a year once in passing, cite their years: no period.
Every text is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_period

_PAD = "The team thanks everyone who took part over the months described here. " * 12 + "\n"


def _span(text: str, title: str | None = None, date: str | None = None,
          context: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    period = find_period(text, title, date, context)
    return (period.start, period.end) if period else (None, None)


# "the last financial year" in a dated text that names that year among others: that year, not
# the year named most or latest.
@pytest.mark.parametrize("text, date, start, end", [
    ("Our library year\nThis page sets out what the library service did in the last financial "
     "year.\nThanks to every member of staff.\nLoans | 2024/25 | 2025/26\nBooks | 410,000 | 432,000\nOur budget for 2026/27 is "
     "£2.2m.\n", "2026-05-20", "2025-04-01", "2026-03-31"),
    ("Fostering service: a look back\nHere is how the last financial year went for our foster "
     "carers.\nThanks to every member of staff.\nNew carers | 2023/24 | 2024/25\nApproved | 21 | 26\nFunding for 2025/26 is "
     "agreed.\n", "2025-06-02", "2024-04-01", "2025-03-31"),
    ("Parks team update\nWhat we did in the last financial year.\nIn 2025/26 we planted 3,000 "
     "trees. Our plan for 2026/27 adds 12 play areas. For 2026/27 we have £1m.\n",
     "2026-07-01", "2025-04-01", "2026-03-31"),
    ("Adoption panel summary\nOver the past financial year the panel met 22 times.\nThanks to every member of staff.\nMatches "
     "approved | 2023/24 | 2024/25\nTotal | 40 | 47\nThe 2025/26 budget is £300,000 and the "
     "2025/26 target is 50.\n", "2025-09-15", "2024-04-01", "2025-03-31"),
    ("Leisure passes for care leavers\nIn the last financial year 640 care leavers used a free "
     "pass. That compares with 2023/24. The scheme ran in 2024/25 at 11 centres. Its 2025/26 "
     "and 2025/26 funding is confirmed.\n", "2025-05-30", "2024-04-01", "2025-03-31"),
    ("Highways for schools\nThe previous financial year saw 38 new crossings near schools.\nThanks to every member of staff.\n"
     "Crossings | 2024/25 | 2025/26\nAll | 31 | 38\nOur budget for 2026/27 and for 2026/27 "
     "road safety is £4m.\n", "2026-06-10", "2025-04-01", "2026-03-31"),
    ("Museum learning team\nIn the financial year just ended we welcomed 9,200 pupils.\n"
     "Visits | 2025/26\nSchools | 9,200\nFrom 2026/27 the team moves to the new wing.\n",
     "2026-04-28", "2025-04-01", "2026-03-31"),
    ("Family hubs: our year\nHere is the last financial year at the hubs.\nThanks to every member of staff.\nContacts | 2024/25 | "
     "2025/26\nAll hubs | 18,000 | 21,400\nIn 2026/27 two hubs open, and in 2026/27 a third.\n",
     "2026-05-12", "2025-04-01", "2026-03-31"),
    # the date's year is not named: the year the text names wins (the page may be dated later)
    ("Library news\nIn the last financial year we lent 400,000 books. In 2023/24 we lent "
     "400,000 books.\n", "2025-09-01", "2023-04-01", "2024-03-31"),
    # a comparator's "last financial year" does not count
    ("Parks team update\nVisits rose to 2 million, up from 1.8 million last financial year.\n"
     "Thanks to every member of staff.\nVisits | 2024/25 | 2025/26\nAll parks | 1.8m | 2.0m\nOur budget for 2026/27 and 2026/27 "
     "staffing is £3m.\n", "2026-06-01", "2026-04-01", "2027-03-31"),
])
def test_the_last_financial_year_among_named_years(text: str, date: str, start: str | None,
                                                   end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# "last year", said twice or more as the figures' own time, in a dated text naming no year.
@pytest.mark.parametrize("text, date, start, end", [
    ("Thank you for inviting me.\nLast year our fostering team approved 31 households. Last year "
     "we also trained 210 carers.\n", "2026-05-14", "2025-04-01", "2026-03-31"),
    ("Good evening.\nLast year the library lent 410,000 books, and last year it ran 900 "
     "story-times.\n", "2025-10-02", "2024-04-01", "2025-03-31"),
    ("Remarks to the annual meeting\nWe placed 44 children with adopters last year. Last year "
     "the panel met 20 times. Last year we also opened a support group.\n", "2026-06-20",
     "2025-04-01", "2026-03-31"),
    ("Opening remarks\nLast year 1,200 families used our hubs. Last year it was 18% agency "
     "staff.\n", "2024-09-09", "2023-04-01", "2024-03-31"),
    ("A word from the chair\nLast year was our busiest: 5,000 calls. Last year we recruited 12 "
     "volunteers.\n", "2026-12-01", "2025-04-01", "2026-03-31"),
    # dated by a line that closes with its date
    ("Speaking notes\nAddress to the foster carers' association, Chester, 12 June 2026\n"
     "Last year we approved 31 households. Last year we trained 210 carers.\n", None,
     "2025-04-01", "2026-03-31"),
    # once is a figure's
    ("Thank you for inviting me.\nLast year our fostering team approved 31 households. We now "
     "have 300.\n", "2026-05-14", None, None),
    # a comparator's "last year" does not count
    ("Good evening.\nWe lent 410,000 books, up from 380,000 last year, and more than last year "
     "in every branch.\n", "2025-10-02", None, None),
    # said in January to March, "last year" may be the calendar year
    ("Opening remarks\nLast year 1,200 families used our hubs. Last year it was 18% agency "
     "staff.\n", "2026-02-09", None, None),
    # with no date there is no year to read it by
    ("Opening remarks\nLast year 1,200 families used our hubs. Last year it was 18% agency "
     "staff.\n", None, None, None),
    # a court story's "last year" is its events'
    ("Man jailed for neglect of two children\nA man was jailed at Crown Court for neglect. "
     "Police were called last year. Last year the children were taken into care.\n",
     "2026-05-01", None, None),
])
def test_last_year_said_more_than_once(text: str, date: str | None, start: str | None,
                                       end: str | None) -> None:
    assert _span(text, date=date) == (start, end)


# A date closing an opening line after a comma dates the document.
@pytest.mark.parametrize("text, start, end", [
    ("Speech text\nAnnual conference of foster carers, Leeds, 14 May 2026\nThis financial year "
     "we will recruit 40 carers.\n", "2026-04-01", "2027-03-31"),
    ("Remarks\nAdoption week reception, Town Hall, Tuesday 3 March 2026\nThis financial year "
     "we have placed 30 children.\n", "2025-04-01", "2026-03-31"),
    ("Library service talk\nReaders' day, Central Library, 9 October 2025\nSo far this "
     "financial year we have lent 200,000 books.\n", "2025-04-01", "2026-03-31"),
    ("Opening address\nParks forum, Bristol, 1 July 2024\nThe current financial year has "
     "seen 40 new benches.\n", "2024-04-01", "2025-03-31"),
    ("Notes for the chair\nFamily hubs open day, Wrexham, 20 May 2026\nIn the last financial "
     "year 9,000 families came.\nContacts | 2025/26\nAll | 9,000\nFor 2026/27 we have £1m and "
     "for 2026/27 staff.\n", "2025-04-01", "2026-03-31"),
    ("Welcome\nMuseum learning conference, York, 2 November 2026\nLast year 9,000 pupils came. "
     "Last year we ran 300 workshops.\n", "2025-04-01", "2026-03-31"),
    ("Talk\nCarers' week lunch, Derby, 16th June 2025\nLast year we trained 210 carers. Last "
     "year we approved 31 households.\n", "2024-04-01", "2025-03-31"),
    ("Welcome address\nLeisure forum, Hull, Friday 5 September 2025\nThis financial year "
     "1,000 care leavers hold a free pass.\n", "2025-04-01", "2026-03-31"),
    # a date inside a sentence is not the document's
    ("Welcome\nWe met in York on 2 November 2026, and last year 9,000 pupils came. Last year "
     "we ran 300 workshops.\n", None, None),
    # with no date line there is nothing to read "this financial year" by
    ("Speech text\nAnnual conference of foster carers, Leeds\nThis financial year we will "
     "recruit 40 carers.\n", None, None),
])
def test_a_date_closing_an_opening_line(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A review headed by a plain year looks back on that calendar year.
@pytest.mark.parametrize("title, text, start, end", [
    ("Safety Review 2025", "Every year we look back at how we kept members safe.\n", "2025-01-01",
     "2025-12-31"),
    ("Library Service Review 2024", "Here is how our libraries did this year.\n", "2024-01-01",
     "2024-12-31"),
    ("Review of 2025", "A look back at the foster carers' association's year.\n", "2025-01-01",
     "2025-12-31"),
    ("2024 in review", "What our parks team did this year.\n", "2024-01-01", "2024-12-31"),
    ("The year in review: 2025", "Our museum's learning team looks back.\n", "2025-01-01",
     "2025-12-31"),
    ("2023: a year in review", "Our sports club's welfare officer reports.\n", "2023-01-01",
     "2023-12-31"),
    ("Welfare and Safety Review 2026", "Concerns | 2025 | 2026\nAll | 48 | 63\n", "2026-01-01",
     "2026-12-31"),
    # a review that counts in financial years and names the one ending in its year
    ("Volunteer Review 2026", "In 2025/26 our volunteers gave 9,000 hours.\n", "2025-04-01",
     "2026-03-31"),
    # a one-off review named by its kind is not a year's look back
    ("Child Safeguarding Practice Review 2025", "The review looked at the care of one baby.\n",
     None, None),
    ("Spending Review 2025", "The council set out its savings.\n", None, None),
    ("Rapid Review 2024", "The partnership met within 15 working days.\n", None, None),
    # a review of a split year is not a plain year
    ("Safety Review 2025-26", "Our members were kept safe.\n", "2025-04-01", "2026-03-31"),
])
def test_a_review_headed_by_its_year(title: str, text: str, start: str | None,
                                     end: str | None) -> None:
    assert _span(title + "\n" + text, title=title) == (start, end)


# A digest of several cases, each under its own heading: its years are its background's.
@pytest.mark.parametrize("text, start, end", [
    ("PRACTICE DIGEST\nFostering learning, issue 9\nBackground\nIn 2024/25 carers looked after "
     "8,000 children. In 2024/25 placements ended early in 9%.\nCase 1: A missed review\nA "
     "carer was not visited.\nCase 2: A late move\nA child moved without notice.\n", None, None),
    ("Learning from complaints\nThe picture\nIn 2025/26 the library service had 140 "
     "complaints. In 2025/26 most were about fines.\nCase 1 – Lost books\nA reader was "
     "charged twice.\nCase 2 – Opening hours\nA branch closed early.\n", None, None),
    ("Adoption support bulletin\nIn 2023/24 the agency matched 60 children. In 2023/24 twelve "
     "placements needed extra help.\nCase A: Contact letters\nLetters were delayed.\n"
     "Case B: Therapy funding\nA request waited months.\n", None, None),
    ("Safety lessons\nNationally\nIn 2024-25 there were 300 incidents at leisure centres. In "
     "2024-25 pools had the most.\nCase one. A slip at the poolside\nA child fell.\nCase two. "
     "A missing swimmer\nA child left the building.\n", None, None),
    ("Parks safety digest\nIn 2025/26 play areas had 75 reported injuries. In 2025/26 most "
     "were minor.\nCase 3: A broken swing\nA chain failed.\nCase 4: A locked gate\nA child was "
     "shut in.\n", None, None),
    ("Learning briefing\nIn 2025/26 transport for pupils cost £4m. In 2025/26 routes grew.\n"
     "Case 1 - A driver without a check\nA new driver started early.\nCase 2 - A missed pick-up"
     "\nA pupil waited an hour.\n", None, None),
    ("Museum visitor lessons\nIn 2024/25 we welcomed 90,000 children. In 2024/25 six were "
     "lost for a while.\nCase 1: The lost boy\nHe was found in the shop.\nCase 2: The locked "
     "toilet\nA girl was stuck.\n", None, None),
    # a report's case studies illustrate its year: the year named most stands
    ("Library service update\nThe picture\nIn 2025/26 the library service had 140 "
     "complaints. In 2025/26 most were about fines.\nCase study 1 – Lost books\nA reader was "
     "charged twice.\nCase study 2 – Opening hours\nA branch closed early.\n", "2025-04-01",
     "2026-03-31"),
    # a paper to a meeting reports the year its cases came from
    ("Learning from reviews\nReport to the Scrutiny Committee\nIn 2025/26 the partnership held "
     "9 rapid reviews. In 2025/26 two reviews were published.\nCase 1: Baby C\nThe baby was "
     "seen late.\nCase 2: Child D\nA referral was missed.\n", "2025-04-01", "2026-03-31"),
    # one case is not a digest: the year named most stands
    ("Fostering learning\nIn 2024/25 carers looked after 8,000 children. In 2024/25 "
     "placements ended early in 9%.\nCase 1: A missed review\nA carer was not visited.\n",
     "2024-04-01", "2025-03-31"),
    # a digest whose heading names its year has that year
    ("Practice digest 2024/25\nIn 2024/25 carers looked after 8,000 children.\nCase 1: A "
     "missed review\nA carer was not visited.\nCase 2: A late move\nA child moved.\n",
     "2024-04-01", "2025-03-31"),
    # a scope sentence of its own wins over the digest
    ("Practice digest\nThis digest covers the period 1 April 2025 to 31 March 2026.\nCase 1: "
     "A missed review\nA carer was not visited.\nCase 2: A late move\nA child moved.\n",
     "2025-04-01", "2026-03-31"),
])
def test_a_digest_of_cases_cites_its_years(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


# A story headed by a plan it announces, naming a year once in passing: a citation.
@pytest.mark.parametrize("text, start, end", [
    ("THE VALE GAZETTE\nCouncil sets out £3m plan to open two family hubs\n" + _PAD +
     "In 2025/26 the council spent £1.2m on rented rooms.\n", None, None),
    ("County unveils proposals to cut bus fares for care leavers\nBy a reporter\n" + _PAD +
     "Care leavers made 40,000 journeys in 2024/25.\n", None, None),
    ("Library service launches strategy for young readers\nLibraries\n" + _PAD +
     "In 2025/26 the service lent 400,000 children's books.\n", None, None),
    ("Borough announces scheme to recruit 50 foster carers\nNews\n" + _PAD +
     "The borough approved 21 households in 2025/26.\n", None, None),
    ("Plans to open three new children's homes\nCouncil news\n" + _PAD +
     "In 2024/25 placements outside the county cost £9m.\n", None, None),
    ("City draws up plan for new parks\nEnvironment\n" + _PAD +
     "Visits to parks reached 2 million in 2025/26.\n", None, None),
    ("Council outlines programme to train 200 social workers\nWorkforce\n" + _PAD +
     "Agency staff cost £6m in 2025/26.\n", None, None),
    # named twice, the year is the story's
    ("Council sets out £3m plan to open two family hubs\nNews\n" + _PAD + "In 2025/26 the "
     "council spent £1.2m on rented rooms. In 2025/26 the hubs saw 9,000 families.\n",
     "2025-04-01", "2026-03-31"),
    # named in the opening, the year is the story's
    ("Council sets out £3m plan to open two family hubs\nIn 2025/26 the council spent £1.2m "
     "on rented rooms.\n" + _PAD, "2025-04-01", "2026-03-31"),
    # a story headed by a year's figures keeps the year it names once
    ("Spending on rented rooms for families rises\nNews\n" + _PAD + "In 2025/26 the council "
     "spent £1.2m on rented rooms.\n", "2025-04-01", "2026-03-31"),
    ("Foster carer numbers fall for third year\nNews\n" + _PAD + "The borough approved 21 "
     "households in 2025/26.\n", "2025-04-01", "2026-03-31"),
])
def test_a_plan_story_cites_a_year_named_in_passing(text: str, start: str | None,
                                                    end: str | None) -> None:
    assert _span(text) == (start, end)
