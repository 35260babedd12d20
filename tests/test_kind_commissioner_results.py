"""A document's kind by who publishes it and what it is (extractor.kind, extractor.publisher,
extractor.genre). Every opening is INVENTED.

- A police and crime commissioner's office is neither a council nor a partnership: its own
  document (its annual report, its custody visiting scheme's report, its grants round, its plan)
  is `other`, as a police force's is. A paper it sends to a police and crime panel (a council
  joint committee) is that panel's, and its press release is news.
- A council's own page or paper headed by a season's or a year's figures ("Summer in numbers",
  "Our year in numbers", "2025/26 at a glance") is the council's account of its service: a
  `council_report`. The same heading on a site that is no council's is left to the classifier.
"""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_results_heading
from extractor.kind import predict_kind
from extractor.publisher import commissioner_publisher, council_publisher


def _doc(text: str, fmt: str, context: list[str]) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context)


COMMISSIONER = [
    ("Independent Custody Visiting Annual Report 2025/26\nPublished 3 July 2026\nVisitors made "
     "80 visits and saw 1,100 detainees, 40 of them children.\n", "html",
     ["Independent Custody Visiting Annual Report 2025/26 | Office of the Police and Crime "
      "Commissioner for Anyshire"]),
    ("Office of the Police and Crime Commissioner for Cumbria\nAnnual Report 2025/26\n\nThis "
     "year I funded 24 victim services and 3,000 people were helped.\n", "txt", []),
    ("Staffordshire Commissioner's Annual Report 2025-26\nForeword\nThe force answered 90,000 "
     "emergency calls.\n", "pdf", ["Staffordshire Police, Fire and Crime Commissioner"]),
    ("Community Safety Fund 2026/27 | Police and Crime Commissioner for Gwent\nGrants of up to "
     "£10,000 are open to groups working with young people.\n", "txt", []),
    ("Police and Crime Plan 2025-2029\nMy priorities\nFewer children exploited, 20% fewer "
     "knife crimes.\n", "pdf", ["Northamptonshire Police, Fire and Crime Commissioner"]),
    ("Victims' services commissioning report\nWe commissioned 14 services for £2.1 million.\n",
     "html", ["Victims' services commissioning report - OPCC for Devon and Cornwall"]),
    ("Comisiynydd Heddlu a Throseddu Dyfed-Powys | Dyfed-Powys Police and Crime Commissioner\n"
     "Annual Report 2025/26\nWe funded 30 projects for children.\n", "txt", []),
    ("Mayor's Office for Policing and Crime\nStop and search of children: six-monthly report\n"
     "Officers searched 4,100 children.\n", "txt", []),
    ("Appropriate adults scheme review\nThe scheme attended 900 interviews of children.\n", "pdf",
     ["Office of the Police and Crime Commissioner for Lincolnshire"]),
    ("Youth Commission findings 2026\nYoung people told us 60% felt unsafe at night.\n", "html",
     ["Youth Commission findings 2026 | Surrey Police and Crime Commissioner"]),
    ("Violence reduction grants: what we funded\nThe office awarded £400,000 to 18 projects.\n",
     "html", ["Violence reduction grants: what we funded - The Police and Crime Commissioner for "
              "Merseyside"]),
]


@pytest.mark.parametrize("text,fmt,context", COMMISSIONER, ids=[str(i) for i in range(len(COMMISSIONER))])
def test_a_commissioners_own_document_is_other(text: str, fmt: str, context: list[str]) -> None:
    assert commissioner_publisher(text, context)
    assert predict_kind(_doc(text, fmt, context))[0] == "other"


@pytest.mark.parametrize("text,context", [
    # a paper to the police and crime panel is the panel's
    ("Anyshire Police and Crime Panel\n12 March 2026\nReport of the Police and Crime Commissioner "
     "for Anyshire: annual report\n", []),
    ("Police and Crime Panel | Item 5\nCommissioner's precept proposal\n",
     ["Office of the Police and Crime Commissioner for Kent"]),
    # the office's news page
    ("News\nCommissioner funds new youth project\n",
     ["Office of the Police and Crime Commissioner for Essex"]),
    # a force is not the office
    ("Thames Valley Police\nCustody annual report\n", []),
])
def test_not_a_commissioners_own_document(text: str, context: list[str]) -> None:
    assert not commissioner_publisher(text, context)


RESULTS = [
    ("How the summer went\nThis summer 9,000 children joined our holiday clubs.\nSummer in "
     "numbers\n9,000 children\n", ["How the summer went | Anyshire County Council"]),
    ("Our year in numbers\nWe answered 14,000 calls to the children's front door.\n",
     ["Our year in numbers - Anytown Borough Council"]),
    ("Children's services: 2025/26 at a glance\n2025/26 at a glance\nWe held 320 conferences.\n",
     ["Children's services: 2025/26 at a glance | Leeds City Council"]),
    ("Easter holiday clubs: what happened\nThe holidays in numbers\n2,100 children took part.\n",
     ["Easter holiday clubs | Bolton Council"]),
    ("Short breaks report\nThe year in figures\n430 disabled children had a short break.\n",
     ["Cheshire East Council"]),
    ("Care leavers service\nOur year at a glance\n310 young people had a personal adviser.\n",
     ["Care leavers service | Wirral Council"]),
    ("Summer reading challenge results\nSummer 2026 in numbers\n6,400 children joined.\n",
     ["Summer reading challenge results - Norfolk County Council"]),
    ("Sandwell Metropolitan Borough Council\nChildren's centres\nThe year in numbers\n12,000 "
     "visits were made.\n", []),
    ("Winter warm spaces for families\nThe winter in numbers\n1,800 families came.\n",
     ["Winter warm spaces | Cyngor Caerdydd Cardiff Council"]),
    ("Play service report\nThis term in numbers\n520 children came to after-school play.\n",
     ["Play service report | Brighton and Hove City Council"]),
    ("Holiday programme\n2026 at a glance\n3,300 places were booked.\n",
     ["Holiday programme | Comhairle nan Eilean Siar"]),
]


@pytest.mark.parametrize("text,context", RESULTS, ids=[str(i) for i in range(len(RESULTS))])
def test_a_councils_results_page_is_a_council_report(text: str, context: list[str]) -> None:
    assert is_results_heading(text) and council_publisher(text, context)
    assert predict_kind(_doc(text, "html", context))[0] == "council_report"


@pytest.mark.parametrize("text,context,results,council", [
    # a place's statistics series is no season's account
    ("Anytown in numbers\nPopulation 120,000.\n", ["Anytown in numbers | Anytown Council"], False, True),
    # a factsheet
    ("Key facts: children in care\n400 children are in care.\n", ["Key facts | Anytown Council"],
     False, True),
    # the heading deep in a text, not among its first lines
    ("Holiday clubs\nOne\nTwo\nThree\nFour\nFive\nSix\nSeven\nSummer in numbers\n", [], False, False),
    # no council publishes it
    ("Our year in numbers\nWe trained 400 coaches.\n", ["Our year | Anyshire Cricket Board"], True,
     False),
])
def test_not_a_councils_results_page(text: str, context: list[str], results: bool, council: bool) -> None:
    assert is_results_heading(text) == results
    assert council_publisher(text, context) == council
