"""Figures a reader counts that the proposing stages once dropped, by construction of English,
each beside the close sentences whose number must stay no figure. Invented sentences, run
through the production path (ingest -> pipeline -> find_figures, rules only). The number under
test is marked ⟦...⟧ (the marks are removed before the text is read)."""

from __future__ import annotations

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def _read(nlp, marked: str) -> tuple[list, list[str]]:
    """The figures with a mention at the marked number, and the reasons it was rejected for."""
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    rejected: list[dict] = []
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False, rejected=rejected)
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    return found, [r["reason"] for r in rejected if r["start"] <= at < r["end"]]


def _check(nlp, marked: str, want: tuple[float, str] | None) -> None:
    found, reasons = _read(nlp, marked)
    if want is None:
        assert not found, f"the marked number should be no figure: {found}"
    else:
        assert [(f.value, f.unit) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# A set named with 'the' and defined on the spot (by a relative clause, or as the whole of the part
# just counted) is said for the first time: its size is a figure. A set said before is a mention
# of that figure; a threshold's scale ('at least two of the six domains') counts nothing.
FIRST_SAID = [
    ("Of the ⟦23⟧ placements that ended in the year, 10 children went home.", (23, "count")),
    ("Of the ⟦450⟧ carers we trained, 133 went on to foster.", (450, "count")),
    ("In the poll, 88% of the ⟦96⟧ parents who replied said the service helped.", (96, "count")),
    ("The school met 31 of the ⟦34⟧ standards in the audit.", (34, "count")),
    ("Inspectors rated seven of the ⟦nine⟧ homes good or better.", (9, "count")),
    ("Of the ⟦48⟧ carers who left, most retired.", (48, "count")),
    ("Of the ⟦86⟧ staff they trained, 70 passed the course.", (86, "count")),
    ("Half of the ⟦140⟧ volunteers we recruited stayed a year.", (140, "count")),
    # kept apart: a set said before, a scale of a threshold, a set with no size of its own
    ("We trained 450 carers. Of the ⟦450⟧ carers we trained, 133 went on to foster.", (450, "count")),
    ("A better score on at least three of the ⟦eight⟧ outcome areas counts as progress.", None),
    ("A family improves when it scores higher in more than two of the ⟦five⟧ domains.", None),
    ("Nine rapid reviews were held, and 14 of the ⟦17⟧ were finished on time.", None),
    ("Each of these ⟦12⟧ cases was closed.", None),
]


@pytest.mark.parametrize("marked,want", FIRST_SAID)
def test_a_set_defined_where_it_is_named(nlp, marked, want):
    _check(nlp, marked, want)


def test_a_set_said_before_is_one_figure(nlp):
    text = "We trained 450 carers. Of the 450 carers we trained, 133 went on to foster."
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    assert [len(f.mentions) for f in figures if f.value == 450] == [2]


# How often a thing must be done, said after the thing, is a standard and a figure; 'every N
# months' opening a sentence (a routine's time), the window inside a measure's share and a
# growth's pace are not.
FREQUENCY = [
    ("A social worker must visit, then at least every ⟦six⟧ weeks during the first year.", (6, "weeks")),
    ("Children on plans are visited in almost all cases at least every ⟦10⟧ working days.", (10, "days")),
    ("Progress on the action plan is reported to Cabinet every ⟦six⟧ months.", (6, "months")),
    ("The review group meets every ⟦eight⟧ weeks.", (8, "weeks")),
    ("Plans are reviewed at least every ⟦three⟧ months after the first review.", (3, "months")),
    ("Carers are supervised no less than every ⟦four⟧ weeks.", (4, "weeks")),
    ("After the first year, visits take place at least every ⟦12⟧ weeks.", (12, "weeks")),
    ("The panel should sit roughly every ⟦two⟧ months.", (2, "months")),
    ("Every ⟦six⟧ months we publish an update on the partnership.", None),
    ("Only 81% of nurses received supervision at least every ⟦three⟧ months.", None),
    ("The number of referrals has doubled every ⟦five⟧ years.", None),
    ("Of the visits, 77 per cent were made at least every ⟦four⟧ weeks.", None),
]


@pytest.mark.parametrize("marked,want", FREQUENCY)
def test_how_often_a_thing_is_done(nlp, marked, want):
    _check(nlp, marked, want)


# A time limit moved to a bare number keeps the limit's unit: 'within 25 working days, which may
# be extended to 40'. A bare number after another kind of quantity keeps its own unit.
LIMIT_MOVED = [
    ("The trust must reply within 20 working days, which can be extended to ⟦40⟧.", (40, "days")),
    ("Stage 1 should take 10 working days, extended to ⟦20⟧ for a complex complaint.", (20, "days")),
    ("The assessment must finish within 45 days, but can be extended by ⟦15⟧ where agreed.", (15, "days")),
    ("Care proceedings should end within 26 weeks, which a court may extend up to ⟦34⟧.", None),
    ("The pilot was planned for 18 months and later extended to ⟦24⟧.", (24, "months")),
    ("The notice period of three months was shortened to ⟦two⟧.", (2, "months")),
    ("The consultation ran for eight weeks and was extended to ⟦ten⟧.", (10, "weeks")),
    ("The target of 12 days was cut to ⟦ten⟧ in the new plan.", (10, "days")),
    # another kind of number before: the bare number keeps its own unit
    ("Over 12 months referrals fell by 8% and caseloads were reduced to ⟦400⟧ children.", (400, "count")),
    ("Waiting lists of 30 families were cut to ⟦12⟧ families.", (12, "count")),
]


@pytest.mark.parametrize("marked,want", LIMIT_MOVED)
def test_a_time_limit_moved_keeps_its_unit(nlp, marked, want):
    found, reasons = _read(nlp, marked)
    if want is None:
        assert all(f.unit != "count" for f in found), found  # no count of nothing
    else:
        assert [(f.value, f.unit) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# A fraction that says a change by a share of a level is a share ('a fifth more than the year before');
# a fraction that is a time or a multiple of one value is not.
SHARE_CHANGE = [
    ("Schools made 12 notifications, ⟦a third⟧ more than last year.", (33.33, "percent")),
    ("Referrals fell to 300, ⟦a quarter⟧ fewer than in 2023/24.", (25, "percent")),
    ("Requests rose to 90, ⟦half⟧ as many again as the year before.", (50, "percent")),
    ("Visits were ⟦a fifth⟧ higher than the year before.", (20, "percent")),
    ("Costs were ⟦a tenth⟧ lower than planned.", (10, "percent")),
    ("There were 40 contacts, ⟦two thirds⟧ more than in 2022.", (66.67, "percent")),
    ("The backlog was ⟦a third⟧ less than in March.", (33.33, "percent")),
    ("Most visits happen in the second ⟦half⟧ of the year.", None),
    ("Our rate is less than ⟦half⟧ the England rate.", None),
    ("The review was published in ⟦a quarter⟧ past the deadline.", None),
]


@pytest.mark.parametrize("marked,want", SHARE_CHANGE)
def test_a_change_by_a_share(nlp, marked, want):
    found, reasons = _read(nlp, marked)
    if want is None:
        assert not found, found
    else:
        assert [(round(f.value, 2), f.unit) for f in found] == [want], f"expected {want}, got {found} / {reasons}"


# 'one' counting a thing that is the subject or object of its clause is a count of one; 'one' as
# a pronoun, in an idiom, as a preposition's object or opening an unnamed speaker's words is not.
ONE = [
    ("This year, ⟦one⟧ household was approved as adopters by another agency.", (1, "count")),
    ("⟦One⟧ complaint about a volunteer was passed to the designated officer.", (1, "count")),
    ("The panel approved ⟦one⟧ carer with a disability.", (1, "count")),
    ("The council opened ⟦one⟧ new children's home in the year.", (1, "count")),
    ("Only ⟦one⟧ school reported a concern to the board.", (1, "count")),
    ("We received ⟦one⟧ complaint about the service.", (1, "count")),
    ("⟦One⟧ foster carer was deregistered after a review.", (1, "count")),
    ("⟦One⟧ way to improve is to listen to children.", None),
    ("At ⟦one⟧ point the family moved away.", None),
    ("In ⟦one⟧ case the family moved away.", None),
    ("⟦One⟧ of the reasons was the cost of living.", None),
    ("We found ⟦one⟧ example of good practice.", None),
    ("⟦One⟧ practitioner told us that actions roll over.", None),
    ("⟦One⟧ grandmother, whose two grandsons live with her, said the support came late.", None),
    ("Where more than ⟦one⟧ category is recorded, the first is counted.", None),
    ("Over 600 staff joined at least ⟦one⟧ session of the learning week.", None),
    ("Absences are logged each day; ⟦one⟧ pupil can have several absences.", None),
    # an existential in the present says how a thing is arranged; in the past it reports a count
    ("From next month there is ⟦one⟧ phone line for all concerns.", None),
    ("Now there is ⟦one⟧ team around the family, not five.", None),
    ("There is ⟦one⟧ form to fill in, whoever you are.", None),
    ("There are now ⟦one⟧ hub and three satellite sites.", None),
    ("There was ⟦one⟧ complaint in the year.", (1, "count")),
    ("There has been ⟦one⟧ permanent exclusion since September.", (1, "count")),
    ("There were ⟦one⟧ adoption and two special guardianship orders.", (1, "count")),
    ("Last year there was ⟦one⟧ allegation against a volunteer.", (1, "count")),
    ("I'll read you ⟦one⟧ sentence from the letter.", None),
    ("This is not about ⟦one⟧ agency getting it wrong.", None),
]


@pytest.mark.parametrize("marked,want", ONE)
def test_one_counting_a_thing(nlp, marked, want):
    _check(nlp, marked, want)


# A PDF's table flattened to one space between cells: a header of words and two or more periods,
# then rows of words and as many numbers. Read as a table, each cell keeps its row; lines whose
# numbers do not fill the periods, labels holding digits, and prose are no such table.
FLAT = [
    ("Source of referral 2024/25 2023/24\nSchools 12 9\nHealth services 5 4\nPolice 30 28\n", 3),
    ("Placement type 2023/24 2024/25 2025/26\nFoster care 41 44 47\nResidential 9 8 11\n", 2),
    ("Reason for ending 2024-25 2023-24\nReturned home 10 12\nAdopted 2 4\nReached 18 or over 5 3\n", 2),
    ("Contact by month 2024/25 2025/26\nApril 31 35\nMay 28 30\nJune 26 27\nTotal 85 92\n", 4),
    ("Outcome 2024/25 2025/26\nNo further action 120 131\nEarly help (%) 18% 21%\n", 2),
    ("Team 2022/23 2023/24\nNorth 6.5 7.1\nSouth 4.0 3.8\n", 2),
    ("Category of abuse 2024/25 2025/26\nNeglect 61 70\nEmotional abuse 40 38\nSexual abuse 7 9\n", 3),
    ("Complaints by stage 2024/25 2025/26\nStage one 44 39\nStage two 6 5\n", 2),
    # no table: one row only, a row short of a cell, prose under the header, a space-aligned table
    ("Source of referral 2024/25 2023/24\nSchools 12 9\nThe rest came from health.\n", 0),
    ("Source of referral 2024/25 2023/24\nSchools 12\nHealth 5\n", 0),
    ("We compare 2024/25 2023/24 below.\nIn total we saw 40 children.\n", 0),
    ("Referrals rose in 2024/25 and 2023/24 alike\nin the county 12 9\n", 0),
]


@pytest.mark.parametrize("text,rows", FLAT)
def test_a_flattened_table_under_its_periods(text, rows):
    from extractor.tables.text import _flat_tables
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables = _flat_tables(lines)
    assert sum(len(t.rows) - 1 for t in tables) == rows
    for t in tables:
        for row in t.rows:
            for c in row:
                assert text[c.start:c.end] == c.text


def test_a_flattened_table_keeps_each_cell_apart(nlp):
    text = ("Schools made 12 referrals.\nReferrer 2023/24 2022/23\n"
            "Schools and nurseries 12 9\nGP practices 5 4\nFamily 6 3\nTotal 23 16\n"
            "Of the 18 placements that ended, 10 children went home and 5 turned 18.\n")
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    fives = [f for f in figures if f.value == 5 and f.unit == "count"]
    assert len(fives) == 2, fives  # the GP practices cell and the prose's five are two facts


# A share of money said in pence of a pound is a percentage ('91p in every pound' is 91%); a price
# in pence and an amount of pounds are not.
PENCE = [
    ("The trust spent £2.3m, of which 91p in every pound went to families.", [(2300000, "gbp"), (91, "percent")]),
    ("We make sure 92 pence of each £1 goes to families.", [(92, "percent")]),
    ("Around 9p out of every pound pays for the building.", [(9, "percent")]),
    ("Of the budget, 71p in the pound is spent on placements.", [(71, "percent")]),
    ("Some 88 pence from every £1 donated reaches a child.", [(88, "percent")]),
    ("For 76p in every pound, the money goes on staff.", [(76, "percent")]),
    ("About 95p of every pound raised is spent on care.", [(95, "percent")]),
    ("Only 3p in each pound goes on administration.", [(3, "percent")]),
    ("A cup of tea costs 50p at the centre.", []),
    ("Parents pay 30p a day for milk.", []),
    ("Just 9p out of every £1,000 is left over.", [(1000, "gbp")]),
]


@pytest.mark.parametrize("text,want", PENCE)
def test_pence_in_the_pound_is_a_share(text, want):
    from extractor.numbers import find_quantities
    got = [(q.value, q.unit) for q in find_quantities(text) if q.unit in ("percent", "gbp")]
    assert got == want


# A count of items by the status they are rated (red, amber, green) is a figure, 'one' included;
# 'am' opening a word after a number is no time of day ('five ambulances', 'three amendments').
# Kept apart: a clock time, 'one' as a pronoun, a colour that names a thing ('one green light').
RAG_STATUS = [
    ("Of the nine actions, six are rated green, ⟦two⟧ amber and one red.", (2, "count")),
    ("Of the nine actions, six are rated green, two amber and ⟦one⟧ red.", (1, "count")),
    ("Of the twelve priorities, ⟦one⟧ is rated green and the rest amber.", (1, "count")),
    ("Eleven indicators are green, ⟦three⟧ amber and none red.", (3, "count")),
    ("At the March review ⟦one⟧ was rated red, because staffing fell.", (1, "count")),
    ("The tracker shows ⟦one⟧ amber and four green.", (1, "count")),
    ("Of the 14 measures on the scorecard, ⟦eight⟧ amber remain.", (8, "count")),
    ("The dashboard has ⟦4⟧ amber and 2 red indicators this quarter.", (4, "count")),
    ("Paramedics sent ⟦five⟧ ambulances to the scene.", (5, "count")),
    ("The board agreed ⟦three⟧ amendments to the plan.", (3, "count")),
    ("Seven actions were complete and ⟦one⟧ remained amber at the year end.", (1, "count")),
    # kept apart
    ("The session starts at ⟦10⟧ am on Monday.", None),
    ("The clinic opens at ⟦9⟧ a.m. each weekday.", None),
    ("A green light was fitted at ⟦one⟧ of the crossings near the school.", None),
    ("He spoke to ⟦one⟧ of the green team after the meeting.", None),
]


@pytest.mark.parametrize("marked,want", RAG_STATUS)
def test_a_count_by_its_rated_status(nlp, marked, want):
    _check(nlp, marked, want)


# How long a counted run of things took, said after the count ('12 sessions over eight weeks') is a
# duration and a figure; a span after a noun counted by nothing ('activity over three years') is the
# span a set of figures covers, and a change's span stays none.
COUNTED_RUN = [
    ("She has looked after 31 children over ⟦12⟧ years.", (12, "years")),
    ("Parents attend 12 sessions over ⟦eight⟧ weeks.", (8, "weeks")),
    ("The carers fostered forty babies over ⟦ten⟧ years.", (10, "years")),
    ("The service ran nine workshops over ⟦six⟧ months.", (6, "months")),
    ("The mentor met the boy 20 times over ⟦four⟧ months.", (4, "months")),
    ("The group delivered six courses over ⟦two⟧ years to 90 parents.", (2, "years")),
    ("Young people completed ten modules over ⟦five⟧ weeks.", (5, "weeks")),
    ("The nurse held 14 clinics over ⟦three⟧ months in the spring.", (3, "months")),
    # kept apart
    ("The table shows activity over ⟦three⟧ years.", None),
    ("Figures for referrals over ⟦five⟧ years are set out below.", None),
    ("Referrals show a sharp rise over ⟦two⟧ years.", None),
    ("There was an increase of 40 referrals over ⟦two⟧ years.", None),
]


@pytest.mark.parametrize("marked,want", COUNTED_RUN)
def test_how_long_a_counted_run_took(nlp, marked, want):
    _check(nlp, marked, want)


# 'one' counting a noun after a reported clause's 'that' ('said that one review was open') and 'one'
# opening the clause after a semicolon, its noun elided from the count before ('Two reviews are open;
# one was published') are figures; 'that one' as a pronoun and an elided 'one' that takes no
# metric stay none.
THAT_ONE = [
    ("The manager reported that 6 rapid reviews were held and that ⟦one⟧ local child safeguarding practice "
     "review had been commissioned.", (1, "count")),
    ("The chair said that ⟦one⟧ serious case review was still open.", (1, "count")),
    ("The board heard that ⟦one⟧ rapid review had been held in the quarter.", (1, "count")),
    ("Members noted that ⟦one⟧ local review was published in May.", (1, "count")),
    ("Two reviews are ongoing; ⟦one⟧ was published in May and made six recommendations.", (1, "count")),
    ("Three local reviews were started in the year; ⟦one⟧ was published in June.", (1, "count")),
    ("Four rapid reviews were held; ⟦one⟧ was completed late.", (1, "count")),
    # kept apart
    ("I liked that ⟦one⟧ better than the last.", None),
    ("He said that ⟦one⟧ was late for the meeting.", None),
    ("We are sure that ⟦one⟧ of the staff will call back.", None),
    ("The parents were kind; ⟦one⟧ was a nurse.", None),
]


@pytest.mark.parametrize("marked,want", THAT_ONE)
def test_one_after_that_or_a_semicolon(nlp, marked, want):
    _check(nlp, marked, want)
