"""Record metadata of documents about several councils: the text says how many it covers
("the three boroughs", "across the four councils"), so no one council is the area and no one
council's partnership is the document's."""

from __future__ import annotations

import pytest

from extractor.area import choose_area
from extractor.metadata import find_partnership


@pytest.mark.parametrize("text, areas", [
    ("Care costs in the south\nThe three boroughs, Lambeth, Southwark and Lewisham, each saw "
     "placements rise. In Lambeth 312 children were in care, up from 290. Lambeth's director "
     "said costs were rising. Southwark had 280 and Lewisham 301.",
     {"Lambeth", "Southwark", "Lewisham"}),
    ("Question S6W-1\nTo ask the Scottish Government how many children were on the register in "
     "(a) Fife, (b) Falkirk and (c) Stirling. In Fife there were 210, in Fife's east 90. "
     "Across the three councils there were 402 registrations.",
     {"Fife", "Falkirk", "Stirling"}),
    ("Four councils compared\nBrent recorded 61 notifications. Brent's leader said so. Harrow "
     "recorded 40, Barnet 52 and Ealing 37. All four boroughs expect more.",
     {"Brent", "Harrow", "Barnet", "Ealing"}),
    ("Debate on children's services\nI speak for Dudley, where 640 children are in care. "
     "Dudley's partnership is stretched. Dudley has lost 12 social workers. My colleagues "
     "from Sandwell and Walsall will speak for the other two of the three councils.",
     {"Dudley", "Sandwell", "Walsall"}),
    ("Register by trust\nThe five health and social care trusts reported 2,300 children on the "
     "register. Belfast Health and Social Care Trust had 700, Northern Health and Social Care "
     "Trust 500, Southern Health and Social Care Trust 450, South Eastern Health and Social "
     "Care Trust 350 and Western Health and Social Care Trust 300.",
     {"Belfast Health and Social Care Trust", "Northern Health and Social Care Trust",
      "Southern Health and Social Care Trust", "South Eastern Health and Social Care Trust",
      "Western Health and Social Care Trust"}),
    ("Across our two local authorities\nCheshire East reported 410 plans. Cheshire West and "
     "Chester reported 380 plans.",
     {"Cheshire East", "Cheshire West and Chester"}),
    ("Joint inspection\nThe 2 councils, Kent and Medway, share an out-of-hours team. Kent had "
     "1,100 plans and Medway 400. Kent said demand grew; Medway said it fell.",
     {"Kent", "Medway"}),
    ("Round-up\nIn Derby 290 children had a plan. Derby's director said it was stable. "
     "Nottingham had 510 and Leicester 470. Each of the three authorities saw a rise.",
     {"Derby", "Nottingham", "Leicester"}),
])
def test_a_text_that_says_how_many_councils_it_covers(nlp, text: str, areas: set[str]) -> None:
    choice = choose_area(nlp(text), text.split("\n", 1)[0])
    assert choice.area is None
    assert set(choice.areas) == areas


@pytest.mark.parametrize("text, title, area", [
    # a count of councils the text does not name as many of: one council's document
    ("Plymouth Safeguarding Children Partnership works with the three local authorities of "
     "Devon. Plymouth had 420 plans. Plymouth's chair said so.", None, "Plymouth"),
    # the title names the council: the others are its neighbours
    ("Wigan had 300 plans, Bolton 280 and Bury 190. The three boroughs share a court.",
     "Wigan children's services report", "Wigan"),
    ("Sefton recorded 250 plans. Sefton's scrutiny committee heard that the two councils' "
     "joint team had helped, with Knowsley's officers.", None, "Sefton"),
    ("Our borough, Hackney, had 320 plans. Hackney's partnership met 12 times. We are one of "
     "the 32 London boroughs.", None, "Hackney"),
    ("Norfolk had 700 plans. Norfolk's director said all 150 councils face the same pressure. "
     "Norfolk will report again.", None, "Norfolk"),
    ("Stockport reported 310 plans. Stockport's rate was 45. It is one of the ten councils of "
     "Greater Manchester.", None, "Stockport"),
    ("Swindon had 280 plans. Swindon compared with the four councils nearest in size.",
     None, "Swindon"),
    ("Bradford had 690 plans. Bradford's trust said the three areas it serves are busy.",
     "Bradford Children's Services", "Bradford"),
])
def test_one_councils_document_mentioning_a_count(nlp, text: str, title: str | None,
                                                 area: str) -> None:
    assert choose_area(nlp(text), title).area == area


@pytest.mark.parametrize("text, areas, expected", [
    # one council's body in a document about several councils is not the document's
    ("Newham Safeguarding Children Partnership met. Redbridge Safeguarding Children "
     "Partnership met.", ["Newham", "Redbridge"], None),
    ("The Sutton Safeguarding Children Partnership commissioned two reviews. The Sutton "
     "Safeguarding Children Partnership said so.", ["Sutton", "Merton"], None),
    ("Fife Child Protection Committee notified two reviews.", ["Fife", "Falkirk"], None),
    ("Keeping Bristol Safe Partnership published its report.", ["Bristol", "Bath and North "
     "East Somerset"], None),
    ("Brent Safeguarding Children Partnership met.", ["Brent", "Harrow", "Barnet"], None),
    # a body of several councils, a region or the nation is the document's
    ("The Leicester, Leicestershire and Rutland Child Death Overview Panel met 12 times.",
     ["Leicester", "Leicestershire", "Rutland"],
     "Leicester, Leicestershire and Rutland Child Death Overview Panel"),
    ("The Cwm Taf Morgannwg Safeguarding Board covers three councils.",
     ["Bridgend", "Merthyr Tydfil", "Rhondda Cynon Taf"], "Cwm Taf Morgannwg Safeguarding Board"),
    ("The Kingston and Richmond Safeguarding Children Partnership met.",
     ["Kingston upon Thames", "Richmond upon Thames"],
     "Kingston and Richmond Safeguarding Children Partnership"),
    ("The Safeguarding Board for Northern Ireland published its annual report.",
     ["Belfast Health and Social Care Trust", "Western Health and Social Care Trust"],
     "Safeguarding Board for Northern Ireland"),
    # one council's document keeps its body
    ("Newham Safeguarding Children Partnership met.", [], "Newham Safeguarding Children "
     "Partnership"),
])
def test_a_councils_own_body_in_a_document_about_several(text: str, areas: list[str],
                                                        expected: str | None) -> None:
    assert find_partnership(text, None if areas else "Newham", None, (), areas) == expected


_SHORT = "Registrations rose in the half-year. " * 8 + "\n"


@pytest.mark.parametrize("text, expected", [
    # the nation's board named once, late in a short paper, as the body that runs reviews
    (f"Register paper\n{_SHORT}{_SHORT}The Safeguarding Board for Northern Ireland received "
     "nine notifications.\n", None),
    (f"Six-monthly report\n{_SHORT}{_SHORT}Reviews are run by the Safeguarding Board for "
     "Northern Ireland.\n", None),
    (f"Trust briefing\n{_SHORT}{_SHORT}{_SHORT}The Safeguarding Board for Northern Ireland "
     "(SBNI) published one review.\n", None),
    (f"Register update\n{_SHORT}{_SHORT}Notifications go to the Safeguarding Board for Northern "
     "Ireland.\n{_SHORT}", None),
    # ... named early, or twice, it is the paper's own
    (f"The Safeguarding Board for Northern Ireland reports.\n{_SHORT}{_SHORT}",
     "Safeguarding Board for Northern Ireland"),
    (f"Annual summary\n{_SHORT}The Safeguarding Board for Northern Ireland met.\n{_SHORT}"
     f"{_SHORT}{_SHORT}", "Safeguarding Board for Northern Ireland"),
    (f"Annual summary\n{_SHORT}{_SHORT}The Safeguarding Board for Northern Ireland met. The "
     "Safeguarding Board for Northern Ireland agreed.\n", "Safeguarding Board for Northern Ireland"),
    # a local body named once late in a short paper is still its own
    (f"Annual summary\n{_SHORT}{_SHORT}The Torbay Safeguarding Children Partnership agreed.\n",
     "Torbay Safeguarding Children Partnership"),
])
def test_the_nations_board_named_once_late_in_a_short_paper(text: str,
                                                           expected: str | None) -> None:
    assert find_partnership(text) == expected


@pytest.mark.parametrize("text, title, areas", [
    ("Registers compared\nLocal authority | 2024 | 2025\nFife | 210 | 230\nFalkirk | 90 | 95\n"
     "Stirling | 60 | 58\nScotland | 2,100 | 2,090\n", None, {"Fife", "Falkirk", "Stirling"}),
    ("Plans by council\nCouncil\tPlans\tRate\nLeeds\t610\t38.1\nBradford\t700\t49.0\nWakefield\t"
     "350\t44.2\nKirklees\t420\t41.0\n", None, {"Leeds", "Bradford", "Wakefield", "Kirklees"}),
    ("How the boroughs compare\nBrent 61 12.4\nHarrow 40 9.8\nBarnet 52 8.1\nEngland 9.9\n",
     None, {"Brent", "Harrow", "Barnet"}),
    ("Table 2: Children in care\nCornwall | 540 | 49\nDevon | 820 | 55\nSomerset | 600 | 52\n"
     "Plymouth | 480 | 90\n", None, {"Cornwall", "Devon", "Somerset", "Plymouth"}),
    ("Answer\nThe figures are:\nthe Wirral | 800 | 110\nSefton | 620 | 105\nKnowsley | 410 | 130\n",
     None, {"Wirral", "Sefton", "Knowsley"}),
    ("Deaths reviewed\nBelfast Health and Social Care Trust | 40\nWestern Health and Social Care "
     "Trust | 22\nSouthern Health and Social Care Trust | 25\n", None,
     {"Belfast Health and Social Care Trust", "Western Health and Social Care Trust",
      "Southern Health and Social Care Trust"}),
    ("Referrals\nLambeth 3,100 up 4%\nSouthwark 2,900 down 2%\nLewisham 3,300 up 6%\n", None,
     {"Lambeth", "Southwark", "Lewisham"}),
    ("Budgets\nNorfolk | £120m\nSuffolk | £95m\nCambridgeshire | £110m\n", None,
     {"Norfolk", "Suffolk", "Cambridgeshire"}),
])
def test_a_table_with_one_row_per_council(nlp, text: str, title: str | None,
                                          areas: set[str]) -> None:
    choice = choose_area(nlp(text), title)
    assert choice.area is None
    assert areas <= set(choice.areas)


@pytest.mark.parametrize("text, title, area", [
    # the title names the council: a table of its neighbours is a comparison
    ("Wigan had 300 plans.\nWigan | 300 | 45\nBolton | 280 | 41\nBury | 190 | 38\n",
     "Wigan Children's Services Performance", "Wigan"),
    ("Swindon had 280 plans and its rate rose.\nSwindon 280 40\nWiltshire 400 36\n"
     "Bath and North East Somerset 150 41\n", "Swindon scrutiny report", "Swindon"),
    # two rows are not a table of several councils
    ("Derby had 290 plans. Derby's director said so.\nDerby | 290\nNottingham | 510\n", None,
     "Derby"),
    # rows headed by other things
    ("Sutton had 180 plans. Sutton's partnership met.\nNeglect | 90\nEmotional abuse | 60\n"
     "Physical abuse | 20\nTotal | 180\n", None, "Sutton"),
    ("Kent had 1,100 plans. Kent said demand grew.\n2023 | 1,000\n2024 | 1,050\n2025 | 1,100\n",
     None, "Kent"),
    ("Leeds had 610 plans.\nQuarter 1 | 600\nQuarter 2 | 605\nQuarter 3 | 610\nLeeds said so.\n",
     None, "Leeds"),
    # a council named in a row of words, not numbers
    ("Hackney had 320 plans. Hackney's partnership met.\nLambeth shares a court with us.\n"
     "Southwark and Lewisham joined the pilot.\nIslington left it.\n", None, "Hackney"),
    ("Bristol had 500 plans. Bristol said so.\nBristol | 500\nSouth Gloucestershire | 200\n"
     "North Somerset | 150\n", "Keeping Bristol Safe Partnership annual report", "Bristol, City of"),
])
def test_a_councils_own_table_or_rows_of_other_things(nlp, text: str, title: str | None,
                                                       area: str) -> None:
    assert choose_area(nlp(text), title).area == area


# A hearing's record (oral evidence, a debate) where two councils are named about as often, each
# more than in passing: witnesses answer for their own councils, so neither is the document's
# area, nor is one council's partnership the document's.
@pytest.mark.parametrize("text, areas", [
    ("Oral evidence: reviews\nWitnesses: the director of Barnet and the scrutineer of Bury.\n"
     "Q1 Chair: Barnet first?\nMs Ray: Barnet notified 14. Barnet held 14 reviews.\nQ2 Chair: "
     "Bury?\nMr Lee: Bury notified 10; Bury held 8.\n", {"Barnet", "Bury"}),
    ("Oral evidence: Sefton and Knowsley\nSefton had 400 plans. Knowsley had 380 plans. Sefton's "
     "director and Knowsley's director both spoke. Sefton's plans rose; Knowsley's fell.\n",
     {"Sefton", "Knowsley"}),
    ("Evidence session\nQ5 Chair: Dr Ray?\nDr Ray (Halton): Halton saw 90 referrals.\nQ6 Chair: "
     "Mr Lee?\nMr Lee (Bolton): Bolton saw 120.\nDr Ray: Halton's figure is lower.\nMr Lee: "
     "Bolton is bigger.\n", {"Halton", "Bolton"}),
    ("Oral Evidence - placements\nRutland recorded 30 plans and Torbay 210. Rutland's rate fell "
     "while Torbay's rose. Rutland and Torbay both expect more. Rutland spoke first.\n",
     {"Rutland", "Torbay"}),
    ("Examination of witnesses\nThe Swindon and Luton leads gave evidence. Swindon had 12 "
     "reviews, Luton 11. Swindon's backlog is cleared; Luton's is not. Swindon agreed.\n",
     {"Swindon", "Luton"}),
    ("Adjournment debate\nI beg to move, That this House has considered services in Derby and "
     "Stockport. Derby found 40 late plans, Stockport 35. Derby and Stockport agreed.\n",
     {"Derby", "Stockport"}),
    ("Committee\nOral evidence: care costs\nOfficers from Trafford and Solihull spoke. Trafford "
     "has 300 children in care. Solihull has 280. Trafford's costs are up; Solihull's are flat.\n",
     {"Trafford", "Solihull"}),
    ("Hearing\nQ31 Chair: Ms Kay?\nMs Kay, Wigan: Wigan notified 9.\nQ32 Chair: Mr Orr?\nMr "
     "Orr, Dudley: Dudley notified 8.\nMs Kay: Wigan held 9 reviews. Mr Orr: Dudley held 7.\n",
     {"Wigan", "Dudley"}),
])
def test_a_hearing_with_two_councils_named_about_equally(nlp, text: str,
                                                        areas: set[str]) -> None:
    choice = choose_area(nlp(text))
    assert choice.area is None
    assert set(choice.areas) == areas
    first, second = sorted(areas)
    assert find_partnership(f"{text}The {first} Safeguarding Children Partnership met.", None,
                            None, (), choice.areas) is None


@pytest.mark.parametrize("text, title, area", [
    # a story or a report comparing two councils keeps the one it is about
    ("Sefton report\nSefton had 400 plans. Sefton's director said so. Sefton's board met. "
     "Knowsley had 380 and Knowsley's rate fell. Knowsley's board met.\n", None, "Sefton"),
    ("Barnet's year\nBarnet notified 14 incidents. Barnet held 14 reviews. Barnet's director "
     "said so. Bury notified 10 and Bury held 8.\n", None, "Barnet"),
    # a hearing where one council is well ahead, or the other named in passing
    ("Oral evidence: Barnet\nBarnet notified 14 incidents. Barnet held 14 reviews. Barnet's "
     "director said so. Barnet's board met. Bury, a neighbour, notified 10.\n", None, "Barnet"),
    ("Oral evidence: Halton\nQ1 Chair: Halton?\nMs Ray: Halton saw 90 referrals. Halton's "
     "director spoke. Bolton saw 120.\n", None, "Halton"),
    # the title names the council
    ("Oral evidence\nRutland recorded 30 plans and Torbay 210. Rutland's rate fell while "
     "Torbay's rose. Rutland and Torbay both expect more.\n", "Rutland children's services",
     "Rutland"),
])
def test_one_council_ahead_or_in_the_title(nlp, text: str, title: str | None, area: str) -> None:
    assert choose_area(nlp(text), title).area == area


# A national report's table with one row per English region or UK nation is about no council,
# whatever council a quotation below it names.
@pytest.mark.parametrize("text", [
    "Plans by region\nNorth East¹\t2,410\t46.1\nNorth West\t7,380\t47.5\nLondon\t6,940\t33.9\n"
    "England\t47,500\t40.4\nThe commissioner said: \"A child in Sunderland deserves the same.\"\n",
    "Table 2\nYorkshire and the Humber | 5,120\nEast Midlands | 3,890\nWest Midlands | 6,010\n"
    "A Leeds mother told us her story.\n",
    "Care by nation\nEngland 83,900 71\nWales 7,200 112\nScotland 12,600 127\nNorthern Ireland "
    "3,800 85\nIn Cardiff the rate is higher.\n",
    "Notifications\nSouth East | 69\nSouth West | 44\nEast of England | 52\nA Kent worker spoke.\n",
    "Referrals by region\nNorth East* 30,000\nNorth West 80,000\nSouth West 45,000\nOne Bristol "
    "family waited a year.\n",
    "Regions\nLondon\t78\nSouth East\t69\nEast Midlands\t47\nWest Midlands\t71\nNorth West\t92\n"
    "Leading Manchester's work is hard.\n",
    "Table\nWales | 1,020 | 9.1\nScotland | 2,119 | 2.5\nNorthern Ireland | 2,300 | 5.2\nThe "
    "Swansea team was praised.\n",
    "Rates\nNorth East² 113.2\nYorkshire and the Humber³ 82.5\nEast of England 55.8\nNewcastle "
    "was mentioned once.\n",
])
def test_a_table_with_one_row_per_region(nlp, text: str) -> None:
    assert choose_area(nlp(text)).area is None


_LATE = "The letter writer thanked the editor for the space on this page. " * 14 + "\n"


# Another council's body named once, in passing, below the opening (a letter writer's county
# partnership, a witness's own board) is not the document's partnership; the area's own body,
# or one named twice or early, is.
@pytest.mark.parametrize("text, area, expected", [
    (f"Letters\n{_LATE}The Northamptonshire Safeguarding Children Partnership's report says "
     "11 incidents.\n", "North Northamptonshire", None),
    (f"Letters page\n{_LATE}I wrote to the Kent Safeguarding Children Multi-Agency Partnership "
     "about it.\n", "Medway", None),
    (f"Feature\n{_LATE}A review by the Bury Integrated Safeguarding Partnership found the same.\n",
     "Bolton", None),
    (f"Hearing\n{_LATE}Mr Orr chairs the Dudley Safeguarding People Partnership.\n", "Wigan",
     None),
    # the area's own body named once late
    (f"Letters\n{_LATE}The North Northamptonshire Safeguarding Children Partnership replied.\n",
     "North Northamptonshire", "North Northamptonshire Safeguarding Children Partnership"),
    (f"Feature\n{_LATE}The Hammersmith & Fulham Safeguarding Children Partnership checks this.\n",
     "Hammersmith and Fulham", "Hammersmith & Fulham Safeguarding Children Partnership"),
    # a joint body that names the area
    (f"Budget\n{_LATE}The Bedford Borough, Central Bedfordshire and Luton Safeguarding Children "
     "Partnership agreed it.\n", "Central Bedfordshire",
     "Bedford Borough, Central Bedfordshire and Luton Safeguarding Children Partnership"),
    # another council's body named twice, or in the opening
    (f"Letters\n{_LATE}The Kent Safeguarding Children Multi-Agency Partnership replied. The Kent "
     "Safeguarding Children Multi-Agency Partnership is right.\n", "Medway",
     "Kent Safeguarding Children Multi-Agency Partnership"),
    (f"The Bury Integrated Safeguarding Partnership published its report.\n{_LATE}", "Bolton",
     "Bury Integrated Safeguarding Partnership"),
])
def test_another_councils_body_named_once_in_passing(text: str, area: str,
                                                     expected: str | None) -> None:
    assert find_partnership(text, area) == expected


# A title that names councils side by side ("… Report: East Lothian and Midlothian", "Bury,
# Rochdale and Oldham") is about all of them: area None, the councils listed. A council whose
# own name has 'and' in it, a joint body's name, or one council in the title keeps its rules.
@pytest.mark.parametrize("title, area, areas", [
    ("Child Protection Assurance Report: Fife and Angus, April to September 2026", None,
     ["Fife", "Angus"]),
    ("Health board paper: children's safeguarding in Bury, Rochdale and Oldham", None,
     ["Bury", "Rochdale", "Oldham"]),
    ("Looked after children in Kent and Medway", None, ["Kent", "Medway"]),
    ("Joint area review: Leeds & Bradford", None, ["Leeds", "Bradford"]),
    ("Assurance report for Moray, Aberdeenshire and Aberdeen City", None,
     ["Moray", "Aberdeenshire", "Aberdeen City"]),
    ("Brighton and Hove children's services annual report", "Brighton and Hove", []),
    ("Telford and Wrekin early help update", "Telford and Wrekin", []),
    ("Fife child protection update", "Fife", []),
])
def test_a_title_that_names_councils_together(nlp, title: str, area: str | None,
                                              areas: list[str]) -> None:
    text = f"{title}\nThe service saw 200 referrals in the half year and held 40 conferences.\n"
    choice = choose_area(nlp(text), title)
    assert choice.area == area
    if area is None:
        assert choice.areas == areas
