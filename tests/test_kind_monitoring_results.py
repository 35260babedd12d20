"""A document's kind by who publishes it and what it is (extractor.kind, extractor.publisher,
extractor.genre). Every opening is INVENTED.

- An independent monitoring scheme's report, titled by the scheme (independent custody visitors,
  an independent monitoring board, lay observers, a Regulation 44 visit), is `other`, like an
  inspection's report, whoever hosts it (a police and crime commissioner's office, a provider).
  A commissioner's own annual report is not such a report (tests/test_metadata_genre_table.py
  reads it as a council report), nor is a story about what visitors found.
- A council's own page or paper headed by a season's or a year's figures ("Summer in numbers",
  "Our year in numbers", "2025/26 at a glance") is the council's account of its service: a
  `council_report`. The same heading on a site that is no council's is left to the classifier.
"""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_inspection_title, is_results_heading
from extractor.kind import predict_kind
from extractor.publisher import council_publisher


def _doc(text: str, fmt: str, context: list[str]) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context)


MONITORING = [
    ("Independent Custody Visiting Scheme Annual Report 2025/26\nPublished 3 July 2026\nVisitors "
     "made 80 visits and saw 1,100 detainees, 40 of them children.\n", "html",
     ["Independent Custody Visiting Scheme Annual Report 2025/26 | Office of the Police and "
      "Crime Commissioner for Anyshire"]),
    ("Office of the Police and Crime Commissioner for Cumbria\nIndependent custody visitors: "
     "annual report 2025-26\nVisitors spoke to 600 detainees.\n", "txt", []),
    ("Custody Visiting Scheme – Quarterly Report, Q2 2026\nPanels made 24 visits.\n", "pdf", []),
    ("Independent Monitoring Board at HMP Anytown\nAnnual Report 2025/26\nThe board made 300 "
     "visits.\n", "pdf", []),
    ("Annual Report of the Independent Monitoring Board, Anytown Young Offender Institution\n"
     "Members made 150 rota visits.\n", "pdf", []),
    ("Lay Observers' Annual Report 2025\nObservers checked 90 court cells.\n", "txt", []),
    ("Regulation 44 independent visit report – Oak House children's home\nVisit date: 4 May "
     "2026\nThree children live at the home.\n", "pdf", []),
    ("Meadow View Children's Home\nRegulation 44 Report, June 2026\nI spoke to two children.\n",
     "pdf", []),
    ("Independent custody visiting: our year\nVolunteers made 104 unannounced visits.\n", "html",
     ["Independent custody visiting: our year - Anyshire Police, Fire and Crime Commissioner"]),
    ("Report of the Independent Monitoring Boards' national annual conference\n40 boards "
     "attended.\n", "txt", []),
    ("Gwent Independent Custody Visitors Annual Report 2025-26\nVisitors saw 700 detainees.\n",
     "txt", []),
]


@pytest.mark.parametrize("text,fmt,context", MONITORING, ids=[str(i) for i in range(len(MONITORING))])
def test_an_independent_monitoring_schemes_report_is_other(text: str, fmt: str,
                                                           context: list[str]) -> None:
    assert is_inspection_title(text)
    assert predict_kind(_doc(text, fmt, context))[0] == "other"


@pytest.mark.parametrize("text", [
    # a story about what visitors found
    "Custody visitors found children held overnight\nVisitors said 40 children were held.\n",
    # the commissioner's own annual report (a statutory body's, to the police and crime panel)
    "Surrey Police and Crime Commissioner\nAnnual Report 2024/25\nI funded 14 services.\n",
    # a sentence that mentions a scheme
    "Annual report 2025/26\nOur custody visiting scheme made 80 visits.\n",
])
def test_not_a_monitoring_schemes_report(text: str) -> None:
    assert not is_inspection_title(text)


RESULTS = [
    ("How the summer went\nThis summer 9,000 children joined our holiday clubs.\nSummer in "
     "numbers\n9,000 children\n", ["How the summer went | Anyshire County Council"]),
    ("Our year in numbers\nWe answered 14,000 calls to the children's front door.\n",
     ["Our year in numbers - Anytown Borough Council"]),
    ("Children's services: 2025/26 at a glance\n2025/26 at a glance\nWe held 320 conferences.\n",
     ["Children's services: 2025/26 at a glance | Leeds City Council"]),
    ("Easter holiday clubs: what happened\nThe holidays in numbers\n2,100 children took part.\n",
     ["Easter holiday clubs | Bolton Council"]),
    ("Adult learning report\nThe year in figures\n430 adults finished a course.\n",
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
