"""Area and period: a place named only in a quoted speaker's signature line ("Grandmother, special
guardian, Anyshire" under a quotation, "— Sam, 16, Anytown") is where the speaker lives, not what
the document is about; and a standing document (a policy, a procedure, a statement of purpose)
whose opening carries a review-cycle line ("Next review due: …") gives no account of a period
of work, so the rolling windows its figures cite are not its period (corpus/README.md,
'Conventions settled' 4). Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.area import _signature_line
from extractor.metadata import find_period

_QUOTE = "“We were never asked what we needed.”\n"


@pytest.mark.parametrize("before, line, signature", [
    (_QUOTE, "Grandmother, special guardian, Rutland", True),
    (_QUOTE, "Foster carer, Rutland", True),
    (_QUOTE, "Parent of two, Rutland", True),
    ("\"It changed everything for us.\"\n", "Young person, 15, Rutland", True),
    ("Some text.\n", "— Sam, 16, Rutland", True),
    ("Some text.\n", "– Kinship carer, Rutland", True),
    # not a signature: a heading, a sentence, a list item, an address under prose
    (_QUOTE, "Rutland County Council's response to the survey was published in May.", False),
    ("The service covers two counties.\n", "Rutland, Leicestershire", False),
    ("Our offices:\n", "- Rutland, Oakham", False),
    (_QUOTE, "3.4 Support in Rutland", False),
])
def test_a_speakers_signature_line(before: str, line: str, signature: bool) -> None:
    text = before + line + "\nMore text follows here.\n"
    start = len(before)
    assert _signature_line(text, start, start + len(line)) is signature


_STANDING_HEAD = "Anyvale House\nStatement of Purpose\nVersion 4. Approved 2 May 2026. {line}\n"
_WINDOWS = ("1.1 The home cares for up to four children and offers each a stable, warm home.\n" * 20 +
            "5.1 In the 12 months to 30 April 2026, staff used physical intervention 3 times.\n"
            "6.1 In the 12 months to 30 April 2026 there were 5 missing episodes.\n"
            "8.1 In the 12 months to 30 April 2026 we received 1 complaint.\n")


@pytest.mark.parametrize("line, start", [
    ("Next review due: May 2027.", None),
    ("Next review date: May 2027.", None),
    ("Date of next review: May 2027.", None),
    ("Date of the next review: May 2027.", None),
    ("Next Review Due May 2027", None),
    ("NEXT REVIEW DATE: MAY 2027", None),
    ("Owner: Registered Manager. Next review due: April 2027.", None),
    # no review-cycle line: the windows it repeats are its period, as before
    ("Owner: Registered Manager.", "2025-05-01"),
    ("", "2025-05-01"),
    ("Reviewed by the manager.", "2025-05-01"),
])
def test_a_standing_document_has_no_window_period(line: str, start: str | None) -> None:
    found = find_period(_STANDING_HEAD.format(line=line) + _WINDOWS)
    assert (found.start if found else None) == start


def test_a_review_date_label_line_marks_a_standing_document() -> None:
    text = "Anytown Council\nMissing children procedure\nReview date: June 2027\n" + _WINDOWS
    assert find_period(text) is None
