"""A record's `area` is the council's name as the ONS list spells it, inverted forms included.

The ONS list writes three English councils inverted ("Bristol, City of", "Herefordshire, County
of", "Kingston upon Hull, City of"); documents write them in natural order ("Bristol City
Council", "Herefordshire Council", "Hull"). The spec asks for the list's spelling, and the gold
files use it (corpus/styles11, corpus/styles12; corpus/styles19's one natural-order gold was
aligned, see its README). Every spelling a document uses must give the list's name and the same
GSS code. Welsh, Scottish and Northern Irish names are the list's too ("City of Edinburgh",
"Aberdeen City", "Isle of Anglesey", a trust's full name). All sentences are invented.
"""

from __future__ import annotations

import pytest

from extractor.area import choose_area
from extractor.councils import councils, lookup

BRISTOL = ("Bristol, City of", "E06000023")
HEREFORDSHIRE = ("Herefordshire, County of", "E06000019")
HULL = ("Kingston upon Hull, City of", "E06000010")

INVERTED = [
    ("Bristol City Council said 412 children were in its care in March.", BRISTOL),
    ("The City of Bristol reported a rise in referrals this year.", BRISTOL),
    ("Bristol's children's services were rated good by inspectors.", BRISTOL),
    ("Referrals to children's social care in Bristol rose by 8%.", BRISTOL),
    ("Herefordshire Council published its children's services figures.", HEREFORDSHIRE),
    ("Herefordshire County Council said 310 children were looked after.", HEREFORDSHIRE),
    ("The County of Herefordshire recorded 95 child protection plans.", HEREFORDSHIRE),
    ("Children's services in Herefordshire were judged to require improvement.", HEREFORDSHIRE),
    ("Hull City Council reported 520 children on child protection plans.", HULL),
    ("Kingston upon Hull City Council agreed the new sufficiency strategy.", HULL),
    ("The City of Kingston upon Hull said caseloads had fallen.", HULL),
    ("Hull's children's services were rated good last year.", HULL),
]


def test_every_inverted_council_has_rows() -> None:
    """Each council whose official name is inverted ("X, City of") is in the table above."""
    inverted = {(c.name, c.code) for c in councils() if ", " in c.name and
                c.name.rsplit(", ", 1)[1].startswith(("City of", "County of"))}
    assert inverted == {BRISTOL, HEREFORDSHIRE, HULL}
    assert inverted == {expected for _text, expected in INVERTED}


@pytest.mark.parametrize("text, expected", INVERTED)
def test_inverted_council_names_keep_the_list_spelling(nlp, text: str,
                                                       expected: tuple[str, str]) -> None:
    choice = choose_area(nlp(text))
    assert (choice.area, choice.code) == expected


@pytest.mark.parametrize("written, expected", [
    ("Bristol", BRISTOL), ("City of Bristol", BRISTOL), ("Bristol, City of", BRISTOL),
    ("Herefordshire", HEREFORDSHIRE), ("County of Herefordshire", HEREFORDSHIRE),
    ("Herefordshire, County of", HEREFORDSHIRE),
    ("Hull", HULL), ("Kingston upon Hull", HULL), ("City of Kingston upon Hull", HULL),
    ("Kingston upon Hull, City of", HULL),
])
def test_every_spelling_looks_up_the_same_council(written: str, expected: tuple[str, str]) -> None:
    council = lookup(written)
    assert council is not None and (council.name, council.code) == expected


@pytest.mark.parametrize("text, area, code", [
    # Scotland: the list's names carry "City" or "Islands" where the council's own name does
    ("Aberdeen City Council said 160 children were on the register.", "Aberdeen City", "S12000033"),
    ("Dundee City Council published its child protection figures.", "Dundee City", "S12000042"),
    ("Glasgow City Council reported a fall in registrations.", "Glasgow City", "S12000049"),
    ("The City of Edinburgh Council agreed the plan on Tuesday.", "City of Edinburgh", "S12000036"),
    ("Orkney Islands Council said four children were on the register.", "Orkney Islands", "S12000023"),
    ("Shetland Islands Council published its annual figures.", "Shetland Islands", "S12000027"),
    # Wales
    ("Isle of Anglesey County Council said 45 children were on the register.", "Isle of Anglesey",
     "W06000001"),
    ("The Vale of Glamorgan Council reported 120 children looked after.", "Vale of Glamorgan",
     "W06000014"),
    ("Cardiff Council said the number of children in care had fallen.", "Cardiff", "W06000015"),
    ("Merthyr Tydfil County Borough Council agreed the budget.", "Merthyr Tydfil", "W06000024"),
    # Northern Ireland: the trust, by its full name
    ("The Southern Trust said 300 children were on the register.",
     "Southern Health and Social Care Trust", None),
    ("The South Eastern Trust reported longer waiting lists.",
     "South Eastern Health and Social Care Trust", None),
])
def test_wales_scotland_and_northern_ireland_keep_the_list_spelling(nlp, text: str, area: str,
                                                                    code: str | None) -> None:
    choice = choose_area(nlp(text))
    assert (choice.area, choice.code) == (area, code)
