"""A document's kind from who publishes it, read from its masthead (extractor.publisher): a
school's, a charity's or a data service's pages are `other` however much they say about child
protection; a council committee's meeting named in a webcast's header makes the page the
council's report. Every opening is invented."""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_committee_paper_head
from extractor.kind import predict_kind
from extractor.publisher import (charity_publisher, data_service_publisher, publication,
                                 school_publisher)


# A school by its own name as a masthead line (or a part of one), or its governors' meeting. A
# school the text only mentions, a council's virtual school, or a headline about a school are
# not the publisher.
@pytest.mark.parametrize("text, school", [
    ("HOLLYBANK PRIMARY SCHOOL\nGovernors' report: safeguarding 2025/26\n", True),
    ("St Cuthbert's C of E Infant School\nMill Lane, Anytown AN1 2BC\nDear Parents and Carers,\n",
     True),
    ("Riverside Academy – Weekly Bulletin\nIssue 4 | Friday 6 March 2026\n", True),
    ("Ysgol Gyfun Glan Afon\nGlan Afon Secondary School\nNewsletter: Autumn Term\n", True),
    ("Local Governing Body - Monday 2 March 2026, 5.30pm\nItem 5: Safeguarding update\n", True),
    ("Board of Governors\nMinutes of the meeting held on 4 May 2026\n", True),
    ("Northfield Grammar School, Anytown\nAttendance policy 2026\n", True),
    ("Anyshire College\nSafeguarding annual report to the corporation\n", True),
    ("Governors' Meeting | 12 January 2026 | Paper 4: Child protection\n", True),
    # a council's own virtual school, or a council paper about a school
    ("Anytown Virtual School\nVirtual School Head's Annual Report 2025/26\n", False),
    ("Anytown Council\nCabinet - 4 March 2026\nProposed closure of Hollybank Primary School\n",
     False),
    # a headline or a sentence that mentions a school
    ("Academy placed in special measures after inspection\nInspectors said pupils were unsafe.\n",
     False),
    ("Annual Report 2025/26\nReferrals from schools rose, and Hollybank Primary School joined "
     "the pilot.\n", False),
    ("Children's Services Scrutiny Panel\nSchool attendance and exclusions\n", False),
    ("Report to Cabinet\n12 March 2026\nHollybank Primary School – Proposed Expansion\n", False),
    ("Anyshire County Council\nHollybank Primary School\nStatutory proposal\n", False),
])
def test_a_school_as_publisher(text: str, school: bool) -> None:
    assert school_publisher(text) is school


# A charity's registration in the masthead, the foot or the running lines. A charity that is
# only named (a funder, a partner) is not the publisher.
@pytest.mark.parametrize("text, context, charity", [
    ("Our year in numbers\n612 families supported.\n", ["Anytown Family Trust | Registered "
                                                         "charity no. 1234567"], True),
    ("Policy briefing: kinship care\nText.\nWe are a national charity. Registered charity "
     "number 1000000.\n", [], True),
    ("Facts and figures\nText.\nSafe Start is a registered charity in England and Wales "
     "(1000001).\n", [], True),
    ("Child protection in Scotland\nText.\nScottish Charity SC012345\n", [], True),
    ("Impact report 2025\nText.\nCharity registration number 1100000 | Company no. 1200000\n", [],
     True),
    ("Annual report\nText.\n", ["Page 3 | Charity No. 1001234"], True),
    ("Our services\nText.\nHelping Hands is a registered charity and a company limited by "
     "guarantee.\n", [], True),
    ("Impact report\nText.\n", ["Registered Charity 1177777"], True),
    # a charity named in the body, or a council's paper about a charity's contract
    ("Cabinet report\nThe contract with a local charity was extended.\nMore text.\nMore.\nMore.\n"
     "Contact: democratic services\n", [], False),
    ("Partnership annual report\nThe NSPCC ran the helpline.\nA.\nB.\nC.\nD.\n", [], False),
    ("Council news\nA grant from a charitable trust paid for the hub.\nA.\nB.\nC.\nD.\n", [],
     False),
    ("Annual report\nText.\n", ["Anytown Council | Page 3"], False),
])
def test_a_charity_as_publisher(text: str, context: list[str], charity: bool) -> None:
    assert charity_publisher(text, context) is charity


# A data or statistics service named in an HTML page's <title> after the page's own title; a
# publication's data desk, a council's page or a page whose own title says "statistics" is not.
@pytest.mark.parametrize("page_title, service", [
    ("Children in need: Anytown compared with its neighbours | Local Data Compare", True),
    ("Characteristics of children in need - Explore education statistics - GOV.UK", True),
    ("Child protection register - Datasets - Anyshire Council Open Data", True),
    ("Anytown - Local authority statistics 2025/26 | Reporter statistics", True),
    ("Looked after children | Area Insight", True),
    ("Anytown: child health profile | Public Health Observatory", True),
    ("Referrals per 10,000 | Children's Services Dashboard", True),
    ("Anytown profile | Regional Inform", True),
    # a publication, a council, a partnership, or a page title alone
    ("Mapped: the councils with the highest rates | Data Desk", False),
    ("Child protection figures rise | Anytown Echo", False),
    ("Statistics show more children in care | Daily Post", False),
    ("Our year in numbers | Anytown Safeguarding Children Partnership", False),
    ("Children's social care: how we are performing - Anyshire Council", False),
    ("Local authority statistics 2025/26", False),
    (None, False),
])
def test_a_data_service_as_publisher(page_title: str | None, service: bool) -> None:
    assert data_service_publisher(page_title) is service


# A webcast's or a template's header puts the meeting and the agenda item in one line, its fields
# split by "|": the council committee's paper (or record) all the same.
@pytest.mark.parametrize("text, paper", [
    ("Anytown Council - Webcast archive\nChildren's Scrutiny Panel\nTuesday 3 March 2026, 6pm | "
     "Duration 01:40:02 | Agenda item 5: Safeguarding partnership annual report\n", True),
    ("Anyshire County Council\nCorporate Parenting Panel | 4 May 2026 | Item 7: Sufficiency "
     "strategy\n", True),
    ("Borough of Anytown | Cabinet | Agenda item 9: Fostering fees\nReport of the Director\n", True),
    ("Anytown Council\nHealth Scrutiny Committee | Item 4: Child and adolescent mental health\n",
     True),
    ("Anytown Council webcast\nCabinet, 12 March 2026 | Live\nTranscript\n", True),
    ("Anyshire Safeguarding Children Partnership | Executive Board | Item 3: Rapid reviews\n",
     True),
    ("Anytown Council | Scrutiny | Agenda item 6: Children's social care performance\n", True),
    ("Cyngor Anytown Council | Item 2: Corporate parenting report\n", True),
    # fields that are not a meeting or an item, or no council body
    ("Podcast archive | Episode 12: Children's services | Duration 00:40:00\n", False),
    ("Anytown Echo | News | Item: council row over care homes\n", False),
    ("Conference programme | Session 4: Child protection | Room 2\n", False),
    ("Parliament TV | Education Committee | Oral evidence session\n", False),
])
def test_a_meeting_in_a_header_lines_fields(text: str, paper: bool) -> None:
    assert is_committee_paper_head(text) is paper


def _doc(text: str, fmt: str, context: list[str]) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context)


# Through the kind decision: whoever publishes outside councils, partnerships and publications
# gives `other`, even over a committee paper's head or a periodic report's title.
@pytest.mark.parametrize("text, fmt, context, kind", [
    ("HOLLYBANK PRIMARY SCHOOL\nFull Governing Body - Tuesday 3 March 2026\nAgenda item 6: "
     "Annual Safeguarding Report 2025/26\n1. Purpose\nGovernors are asked to note the report.\n",
     "txt", [], "other"),
    ("ANYTOWN FAMILY TRUST\nAnnual Report 2025/26\nWe supported 400 families.\n", "pdf",
     ["Anytown Family Trust | Registered charity no. 1234567"], "other"),
    ("Children in need: Anytown compared with its neighbours\nSummary\nAnytown: 405.3\n", "html",
     ["Children in need: Anytown compared with its neighbours | Local Data Compare"], "other"),
    ("Anytown Council - Webcast archive\nChildren's Scrutiny Panel\nTuesday 3 March 2026, 6pm | "
     "Duration 01:40:02 | Agenda item 5: Safeguarding partnership annual report\n[00:01:02] "
     "CLLR SMITH (CHAIR): We move to item 5.\n", "txt", [], "council_report"),
    # a charity's press release is still news
    ("PRESS RELEASE\nCharity calls for more foster carers\nThe charity said demand rose.\n",
     "txt", ["Registered charity no. 1234567"], "news_article"),
])
def test_kind_by_publisher(text: str, fmt: str, context: list[str], kind: str) -> None:
    assert predict_kind(_doc(text, fmt, context))[0] == kind


def test_a_story_that_ends_on_a_charitys_legal_line_is_a_story() -> None:
    text = ("Foodbank warns of rising demand from families\nThe Anytown Foodbank said it had "
            "fed 900 children this winter, up from 600.\nVolunteers told the Echo they were "
            "stretched.\nAnytown Foodbank is a registered charity (1234567).\n")
    assert predict_kind(_doc(text, "txt", []))[0] == "news_article"


# A publication heads the page (one of its first two lines, or a part of one) or names the site
# in an HTML <title>. A newsletter, a council's or a partnership's news page, a release's label
# or a publication's notices page is not a publication's own writing.
@pytest.mark.parametrize("text, page_title, name", [
    ("THE ANYVALE WEEKLY\nCouncil admits delays in care reviews\n", None, "THE ANYVALE WEEKLY"),
    ("Anytown and District Courier | Opinion | Your letters\nSir, I read your report.\n", None,
     "Anytown and District Courier"),
    ("Care homes row grows\nText.\n", "Care homes row grows | Anyshire Evening Post",
     "Anyshire Evening Post"),
    ("Director interview\nText.\n", "'We listened' - Children & Families Practice Weekly",
     "Children & Families Practice Weekly"),
    ("Anytown Sound News\nFoster carers needed, station told\n", None, "Anytown Sound News"),
    ("Inquest hears of missed visits\nText.\n", "Inquest | Anyshire Live", "Anyshire Live"),
    ("The Anyport Herald\nObituary: former board chair\n", None, "The Anyport Herald"),
    ("Register falls\nText.\n", "Register falls | Anyvale Gazette & Herald Online",
     "Anyvale Gazette & Herald Online"),
    ("BBC News\nCouncil apologises to family\n", None, "BBC News"),
    # not a publication's own writing
    ("Fostering News\nSpring 2026\nDear carers,\n", None, None),
    ("NEWS RELEASE\nCouncil welcomes Ofsted report\n", None, None),
    ("Anytown Council News\nOur year in numbers\n", None, None),
    ("Partnership news\nText.\n", "Partnership news | Anytown Safeguarding Children Partnership",
     None),
    ("Public notices\nPlanning application 26/0012\n", "Public notices | Anytown Echo", None),
    ("Social worker\nSalary: grade 8\n", "Jobs | Anyshire Gazette", None),
    ("Annual Report 2025/26\nThe board met four times.\n", None, None),
    ("Weekly Bulletin\nIssue 4\n", None, None),
])
def test_a_publication_heads_the_page(text: str, page_title: str | None, name: str | None) -> None:
    assert publication(text, page_title) == name


# Through the kind decision: a publication's page is news, whatever its genre (a letters page, an
# obituary, a news site's page).
@pytest.mark.parametrize("text, fmt, context, kind", [
    ("Anytown and District Courier | Opinion | Your letters\nSir, - I was shocked to read that "
     "the council has 400 children in care.\nJ. Smith, Anytown\n", "txt", [], "news_article"),
    ("The Anyport Herald\nObituary: Mary Jones, former safeguarding board chair\nMary Jones, "
     "who has died aged 81, chaired the board for ten years.\n", "txt", [], "news_article"),
    ("Foster carers needed\nText.\n", "html", ["Foster carers needed | Anyshire Live"],
     "news_article"),
])
def test_kind_of_a_publications_page(text: str, fmt: str, context: list[str], kind: str) -> None:
    assert predict_kind(_doc(text, fmt, context))[0] == kind
