"""Lists set out with leader dots in a plain-text report: a label, a run of dots, one value. Each
value is a figure; a contents page set out the same way ends its lines in page numbers, which never
fall down the block, and stays no figure. Invented layouts, run through the production path
(ingest -> pipeline -> find_figures, rules only)."""

from __future__ import annotations

import pytest

from extractor.figures import find_figures
from extractor.findings import Period
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def _values(nlp, text: str) -> list[tuple[float, str]]:
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    return sorted((f.value, f.unit) for f in figures)


def _doc(rows: str) -> str:
    return "Anytown Council\n\nThe figures below are for the year.\n\n" + rows + "\n\nThe council will report again next year.\n"


# (rows of the list, the values a reader counts: every row's number)
LISTS = [
    ("  Forms returned ....................... 2,315\n  Forms returned late .................. 418\n"
     "  Forms spoiled ........................ 27", [(27, "count"), (418, "count"), (2315, "count")]),
    ("  Carers registered ................ 640\n  Carers visited ................... 512\n  Carers on a waiting list ......... 96",
     [(96, "count"), (512, "count"), (640, "count")]),
    ("  Families helped ...................... 310\n  Families referred on ................. 45",
     [(45, "count"), (310, "count")]),
    ("  Rated the club good ...................... 74%\n  Rated the club poor ...................... 9%",
     [(9, "percent"), (74, "percent")]),
    ("  A neighbour ............................. 38%\n  A relative .............................. 52%\n"
     "  A doctor ................................ 21%", [(21, "percent"), (38, "percent"), (52, "percent")]),
    ("  Grants paid ........................ £48,200\n  Grants refused ..................... £6,150",
     [(6150, "gbp"), (48200, "gbp")]),
    ("  Volunteers ........................... 1,204\n  Paid staff ........................... 86",
     [(86, "count"), (1204, "count")]),
    ("  Calls answered ..................... 9,870\n  Calls missed ....................... 655\n  Calls returned . 431",
     [(431, "count"), (655, "count"), (9870, "count")]),
    ("  Boys ........................... 221\n  Girls .......................... 208\n  Prefer not to say .............. 14",
     [(14, "count"), (208, "count"), (221, "count")]),
    ("  Meals served ........................ 15,730\n  Food parcels handed out ............. 2,044",
     [(2044, "count"), (15730, "count")]),
    ("  Responses online ...................... 903\n  Responses on paper .................... 377",
     [(377, "count"), (903, "count")]),
]


@pytest.mark.parametrize("rows,want", LISTS)
def test_each_row_of_a_leader_list_is_a_figure(nlp, rows, want):
    assert _values(nlp, _doc(rows)) == sorted(want)


# contents pages: page numbers that never fall, with or without a 'Contents' heading
CONTENTS = [
    "Contents\n\n1. Summary ........................................ 3\n2. Our work ....................................... 5\n"
    "3. Next steps ..................................... 9",
    "  Introduction ............................. 2\n  What we found ............................ 4\n  What happens next ........................ 11",
    "Contents\n\n  Foreword ........................ 1\n  The year in numbers ............. 3",
    "  Summary ........................ 2\n  Findings ....................... 2\n  Actions ........................ 6",
    "In this report\n\n  Who we are ......................... 4\n  What we did ........................ 7",
    "Contents\n\n  Part one ................................ 5\n  Part two ................................ 14\n"
    "  Part three .............................. 22\n  Annex ................................... 30",
    "  Our services .............................. 6\n  Our people ................................ 8\n"
    "  Our money ................................. 10",
    "Contents\n\n  Chair's introduction ................ 2",
    "  Background ....................... 3\n  Method ........................... 5",
    "Contents\n\n  Section A ............................ 4\n  Section B ............................ 12",
]


@pytest.mark.parametrize("rows", CONTENTS)
def test_a_contents_page_set_out_with_leaders_is_no_figure(nlp, rows):
    assert _values(nlp, _doc(rows)) == []


# A list's item numbers, laid out line by line, number no amount: '1  The club should ...' above
# '2  Every coach should ...' (two spaces or a tab after the number), 'Step 1: ...' above 'Step 2:
# ...', a run of items given as a range ('5  to 8  (see Part B)'), and a paragraph's number run in
# after its heading or the sentence before ('Parking. 2.1 The car park ...' beside '2.2'). The
# amounts inside the items stay figures.
ITEMS = [
    ("1  The club should appoint a welfare officer by May.\n2  Every coach should renew a check each year.",
     []),
    ("1  Schools should publish the policy.\n2  Parents should be told within 10 working days.\n"
     "3  Governors should review it every year.", [(10, "days")]),
    ("1\tThe board should meet monthly.\n2\tThe chair should report to the council.", []),
    ("1  The trust should hire 12 more nurses.\n2  The trust should open a second clinic.",
     [(12, "count")]),
    ("1  The council should fund the scheme.\n2  The council should audit it.\n3  The council should "
     "report back.\n4  to 7  (set out in full in the annex)", []),
    ("  Step 1: Call the duty desk.\n  Step 2: Write down what was said.\n  Step 3: Tell your manager.", []),
    ("  Ask 1: A youth worker in every park.\n  Ask 2: Free travel for 300 young carers.", [(300, "count")]),
    ("  Option 1: Keep the service as it is.\n  Option 2: Close the service.", []),
    ("  Priority 1 - Keep children safe at school.\n  Priority 2 - Help families early.", []),
    ("Housing. 4.1 The waiting list grew to 2,310 households. Repairs. 4.2 The backlog fell.",
     [(2310, "count")]),
    ("Staffing. 2.1 The team has 18 posts. Training. 2.2 All new staff finish the course.",
     [(18, "count")]),
    # a number opening a line alone, with no neighbour, is a figure
    ("14  Children were seen by the team this year.", [(14, "count")]),
]


@pytest.mark.parametrize("rows,want", ITEMS)
def test_an_item_number_of_a_list_is_no_figure(nlp, rows, want):
    assert _values(nlp, _doc(rows)) == sorted(want)


# A space-aligned table whose counts carry their share in brackets ('22 (9%)'): the count is the
# cell, read as a count, and the row is a row (not a header whose column names hold '%', which
# made every cell below a percentage). Rows of bare counts under it stay counts.
def _table(first: str, second: str) -> str:
    return ("  Table 3: Results at six months\n  Measure                          Group A     Group B\n"
            f"  {first}\n  {second}\n")


SHARED_CELLS = [
    ("Moved school             12 (5%)     30 (11%)", "Left the club             44          61",
     [(12, "count"), (30, "count"), (44, "count"), (61, "count")]),
    ("Joined a team            140 (58%)   96 (40%)", "Stayed a full year        88          51",
     [(51, "count"), (88, "count"), (96, "count"), (140, "count")]),
    ("Saw a nurse              7 (3%)      19 (8%)", "Saw a doctor              25          33",
     [(7, "count"), (19, "count"), (25, "count"), (33, "count")]),
    ("Passed the test          201 (84%)   177 (74%)", "Took the test again       39          62",
     [(39, "count"), (62, "count"), (177, "count"), (201, "count")]),
    ("Missed a session         15 (6.3%)   29 (12.1%)", "Missed three or more      4           11",
     [(4, "count"), (11, "count"), (15, "count"), (29, "count")]),
    ("Asked for help           63 (26%)    48 (20%)", "Got help the same day     57          35",
     [(35, "count"), (48, "count"), (57, "count"), (63, "count")]),
    ("Used the app             1,204 (71%)  988 (64%)", "Used the phone line       310         402",
     [(310, "count"), (402, "count"), (988, "count"), (1204, "count")]),
    ("Finished the course      90 (75%)    72 (60%)", "Left early                30          48",
     [(30, "count"), (48, "count"), (72, "count"), (90, "count")]),
    ("Went on to work          18 (15%)    9 (8%)", "Went on to college        41          37",
     [(9, "count"), (18, "count"), (37, "count"), (41, "count")]),
    ("Moved house              23 (10%)    27 (11%)", "Changed carer             16          21",
     [(16, "count"), (21, "count"), (23, "count"), (27, "count")]),
]


@pytest.mark.parametrize("first,second,want", SHARED_CELLS)
def test_a_count_with_its_share_in_a_spaced_table(nlp, first, second, want):
    got = [v for v in _values(nlp, _doc(_table(first, second))) if v[1] == "count" and v[0] not in (3,)]
    assert got == sorted(want)
