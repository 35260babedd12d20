"""Kind: a national office or body that heads the document by its own name, and a government's
response to a committee's report or a review, are neither a council's nor a partnership's report:
`other`. A council's paper about either, a nation's safeguarding board, and a story's headline
are not. Every opening is invented."""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_government_response
from extractor.kind import predict_kind
from extractor.publisher import body_publisher


def _doc(text: str, fmt: str = "txt", context: list[str] | None = None,
         title: str | None = None) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt, title=title),
                    context=context or [])


_BODY = ("This report covers the work of offices across England in the last year. We thank every "
         "member of staff who took part, and the families who spoke to us about their experience.\n")


# A national office or body by its name, ending on what it is, as a masthead line or a part of
# one: its own report. An event or a scheme named "National …", a nation's safeguarding board or
# panel, and a council's paper about a national body are not.
@pytest.mark.parametrize("text, context, body", [
    ("National Fostering Adviser | Annual Report 2025-26\n" + _BODY, [], True),
    ("Office of the National Adoption Adviser\nAnnual report\n" + _BODY, [], True),
    ("The National Kinship Care Service\nAnnual review 2025-26\n" + _BODY, [], True),
    ("Annual Report 2025-26\n" + _BODY, ["National Family Support Agency"], True),
    ("NATIONAL CHILDREN'S CENTRE NETWORK\nReport to members\n" + _BODY, [], True),
    ("National Child Deaths Database\nThird annual report\n" + _BODY, [], True),
    # not a national body's own report
    ("National Adoption Week\nAnytown families share their stories\n" + _BODY, [], False),
    ("Anytown Council\nCabinet - 4 March 2026\nNational Transfer Scheme update\n" + _BODY, [],
     False),
    ("National Safeguarding Panel\nAnnual report\n" + _BODY, [], False),
    ("Children's Scrutiny Committee\nNational Fostering Agency contract\n" + _BODY, [], False),
    ("The National\nCouncil spending on children's homes rises\n" + _BODY, [], False),
])
def test_a_national_body_heads_the_document(text: str, context: list[str], body: bool) -> None:
    assert body_publisher(text, context) is body


@pytest.mark.parametrize("text, context", [
    ("National Fostering Adviser | Annual Report 2025-26\n" + _BODY, []),
    ("Office of the National Adoption Adviser\nAnnual report\n" + _BODY, []),
    ("Annual Report 2025-26\n" + _BODY, ["National Family Support Agency"]),
])
def test_a_national_bodys_report_is_other(text: str, context: list[str]) -> None:
    assert predict_kind(_doc(text, "pdf", context))[0] == "other"


# A government's response to a committee's report or a review, by its title (the first two lines
# or the document's title); a story's headline about one, and a council's paper, are not.
@pytest.mark.parametrize("text, title, response", [
    ("Kinship care: Government Response to the Committee's Third Report\nContents\n", None, True),
    ("Government response to the Education Committee report on children's homes\nPublished "
     "3 May 2026\n", None, True),
    ("The Government's response to the independent review of adoption support\nIntroduction\n",
     None, True),
    ("Welsh Government response to the Children, Young People and Education Committee report\n"
     "Introduction\n", None, True),
    ("Contents\nIntroduction\n", "Fostering: Government response to the Committee's Second "
     "Report of Session 2025-26", True),
    ("Scottish Government response to the kinship care review\nSummary\n", None, True),
    # a headline, a paper about one, or prose
    ("Government response to review 'falls short', says charity\nBy Jo Smith\n", None, False),
    ("Anytown Council\nCabinet - 4 March 2026\nThe Government's response to the consultation is "
     "expected in May.\n", None, False),
    ("Children's Scrutiny Committee\nUpdate on the Government response to the review\n", None,
     False),
    ("MPs criticise Government response to care review\nBy Sam Lee\n", None, False),
])
def test_a_government_response(text: str, title: str | None, response: bool) -> None:
    assert is_government_response(text, title) is response


def test_a_government_response_is_other() -> None:
    text = ("Kinship care: Government Response to the Committee's Third Report\nContents\n"
            "1. The Committee published its report in May. The Government welcomes it and accepts "
            "nine of its twelve recommendations.\n")
    assert predict_kind(_doc(text, "html"))[0] == "other"
