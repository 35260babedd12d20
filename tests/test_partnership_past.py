"""Partnership: a body of the past or one a list of references cites is not the document's.
Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.metadata import find_partnership


# A body of the past is not the document's: one called former, or a board the text says was
# replaced or abolished; nor is a body a list of references at the text's end cites.
_REFS = ("\nReferences\n1. Anytown Safeguarding Children Partnership (2023). Child L: review.\n"
         "2. Anytown LSCB annual report 2015-16.\n")
_BODY_TEXT = "The service is small and well regarded by inspectors. " * 12 + "\n"


@pytest.mark.parametrize("text, expected", [
    ("History\nIn 2012 the Anytown Local Safeguarding Children Board was formed. Since the "
     "partnership replaced the board in 2019, one review has been published.\n", None),
    ("Background\nThe Anytown Safeguarding Children Board was abolished in 2019 and the work "
     "moved to three statutory partners.\n", None),
    ("Note\nThe former Anytown Safeguarding Children Board published four reviews.\n", None),
    ("Note\nReviews were published by the previous Anytown Safeguarding Board.\n", None),
    (f"Article\n{_BODY_TEXT}{_BODY_TEXT}{_REFS}", None),
    ("Background\nThe Anytown Local Safeguarding Children Board was replaced by a statutory "
     "partnership in 2019.\n", None),
    # a current body stays the document's, and so does a board that replaced others
    ("Annual report\nThe Anyshire Regional Safeguarding Board replaced the six local boards in "
     "2013. The Anyshire Regional Safeguarding Board met four times.\n",
     "Anyshire Regional Safeguarding Board"),
    ("Annual report\nThe Anytown Safeguarding Children Partnership replaced the board in 2019. "
     "The Anytown Safeguarding Children Partnership published two reviews.\n",
     "Anytown Safeguarding Children Partnership"),
    ("News\nThe Anytown Safeguarding Children Board said it had held nine rapid reviews.\n",
     "Anytown Safeguarding Children Board"),
    ("News\nThe Anytown Safeguarding Board told the committee that three reviews began.\n",
     "Anytown Safeguarding Board"),
    ("News\nThe council met in May, and then the Anytown Safeguarding Board published its "
     "report.\n", "Anytown Safeguarding Board"),
    # named in the text and again in its references: the text's
    (f"Report\nThe Anytown Safeguarding Children Partnership held four reviews.\n{_BODY_TEXT}"
     f"{_BODY_TEXT}{_REFS}", "Anytown Safeguarding Children Partnership"),
])
def test_a_body_of_the_past_or_a_reference_is_not_the_documents(text: str,
                                                                 expected: str | None) -> None:
    assert find_partnership(text) == expected
