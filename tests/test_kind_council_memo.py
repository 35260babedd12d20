"""Kind: a council paper's front sheet whose addressee line names the council itself as the
meeting ("To: <the council> <date>") under a labelled author or subject line is the council's
paper (council_report), like "To: Cabinet – <date>"; a letter or a story that merely addresses or
names a council is not. Every line is invented."""

from __future__ import annotations

import pytest

from extractor.genre import is_committee_paper_head


@pytest.mark.parametrize("text, paper", [
    ("From: Jo Bell, Leader of the Council\nTo: County Council – 4th June 2026\n"
     "Subject: Review of library opening hours\n", True),
    ("From: Cabinet Member for Finance\nTo: Full Council, 12 March 2026\nSubject: Council tax "
     "support scheme\n", True),
    ("By: Sam Patel, Monitoring Officer\nTo: Anytown Borough Council - 21 January 2027\n"
     "Subject: Members' allowances\n", True),
    ("From: Director of Children's Services\nTo: City Council: 3rd October 2026\nSubject: Youth "
     "offer\n", True),
    ("Report by: Head of Democratic Services\nTo: Council Date: 15 July 2026\nTitle: Calendar of "
     "meetings\n", True),
    ("From: Chief Executive\nTo: County Council, Thursday 9 April 2026\nSubject: Local government "
     "reorganisation\n", True),
    ("To: Anyshire County Council 18 November 2026\nSubject: Highways asset plan\n"
     "Classification: Unrestricted\n", True),
    ("From: Leader\nCabinet Member for Communities\nHead of Policy\nTo: County Council, 2 December "
     "2026\nSubject: Motion on foster carers\n", True),
    # a superscript ordinal split off in a PDF's text
    ("From: Leader of the Council\nTo: County Council – 21 st May 2026\nSubject: Appointments to "
     "outside bodies\n", True),
    ("By: Director of Finance\nTo: Cabinet – 2 nd February 2027\nSubject: Fees and charges\n", True),
    # the same head run into one paragraph, as a PDF's front sheet often reaches the text
    ("From: Jo Bell, Leader of the Council To: County Council – 4th June 2026 Subject: Review of "
     "library opening hours Classification: Unrestricted 1. Introduction", True),
    ("From: Head of Legal Services To: Full Council, 12 March 2026 Subject: Standards update "
     "Status: Unrestricted", True),
    # a letter to a council, a date without the meeting, or a story naming a council
    ("Dear Councillor Reed,\nTo: Anytown Council, 4 March 2026\nI am writing about the playground.\n",
     False),
    ("To: County Council\nSubject: Consultation response\nWe object to the closure.\n", False),
    ("Anytown Council – 14 May 2026\nCouncil agrees new play strategy\nBy Jane Roe, reporter\n",
     False),
    ("Parents write to County Council, 3 March 2026\nA petition signed by 400 parents\n", False),
    ("Dear Sir To: Anytown Council, 4 March 2026 I am writing about the bins outside number 12.",
     False),
])
def test_council_as_the_meeting(text: str, paper: bool) -> None:
    assert is_committee_paper_head(text) is paper
