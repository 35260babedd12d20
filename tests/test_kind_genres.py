"""Kinds of genres the dev folders lacked, decided by how their openings are written: an
auditor's own report on one audit and a peer review's letter are `other`; a slide deck shown to
a board is the board's `council_report`. Every opening is invented."""

from __future__ import annotations

import pytest

from extractor.genre import (is_audit_report, is_board_slide_deck, is_committee_paper_head, is_job_advert,
                             is_members_briefing, is_peer_review, is_press_release)


# An auditor's own report: an audit heading in its first lines and an assurance opinion in its
# opening. The same audit presented to a committee (its purpose, "Report of …", what the
# committee is asked to do) is the council's paper; a story about an audit is a story.
@pytest.mark.parametrize("text, audit", [
    ("ANYTOWN COUNCIL - INTERNAL AUDIT\nFINAL REPORT\nAudit: Fostering payments\n"
     "1.1 Overall assurance opinion: LIMITED\n", True),
    ("Internal Audit Report\nLooked after children's savings\nAssurance level: Reasonable\n"
     "Scope: the controls over savings accounts.\n", True),
    ("Audit of early help commissioning\nIssued: 3 March 2026\nWe can provide only limited "
     "assurance that contracts are monitored.\n", True),
    ("Shared Audit Service\nFinal audit report: Direct payments\nAudit opinion: Substantial\n",
     True),
    ("Internal Audit\nChild protection conferences\nOverall assurance rating - Moderate\n", True),
    # presented to a committee: the council's paper
    ("AUDIT COMMITTEE\n25 November 2025\nINTERNAL AUDIT REPORT: DBS CHECKS\nReport of the "
     "Head of Internal Audit\n1. Purpose of report\nOverall assurance opinion: Reasonable.\n",
     False),
    ("Internal Audit Progress Report\nThe Committee is asked to note the report.\nAssurance "
     "level: Limited for two audits.\n", False),
    # no assurance opinion, or no audit heading
    ("Internal Audit Plan 2026/27\nThe plan lists 40 audits for the year.\n", False),
    ("Council admits failings\nAuditors gave limited assurance, the council said.\n", False),
])
def test_an_auditors_own_report(text: str, audit: bool) -> None:
    assert is_audit_report(text) is audit


# A peer review's own letter or report: its heading or subject line in the opening. A council's
# paper about one (an action plan, an update, a response) or a story about one is not.
@pytest.mark.parametrize("text, peer", [
    ("Local Government Association\nChildren's Services Peer Challenge Programme\n2 October "
     "2026\nDear Paul,\nAnytown Council: children's safeguarding peer review, 8 to 11 September "
     "2026\n1. Thank you for inviting us.\n", True),
    ("Corporate Peer Challenge\nAnytown Council\n4 to 7 March 2025\nFeedback report\n", True),
    ("Dear Director,\nEarly help peer review: feedback\nThe team spent three days with you.\n",
     True),
    ("Regional Improvement Alliance\nSafeguarding peer review of Anyshire\nKey findings\n", True),
    ("Peer Review Feedback Letter\nAnytown Children's Services\nDear Chief Executive,\n", True),
    # a council's own paper about a peer review
    ("Scrutiny Committee\nChildren's Services Peer Review: Action Plan Update\nThe committee "
     "is asked to note progress.\n", False),
    ("Cabinet\nResponse to the LGA peer challenge\nThis report sets out our response.\n", False),
    # a story about one, or prose that mentions one
    ("Peer review finds council's front door too slow\nReviewers said the service must improve.\n",
     False),
    ("Annual report 2024/25\nIn June a peer review of our front door took place.\n", False),
    ("Annual Report 2024/25\nContents\n1 Introduction\n2 Our year\n3 Peer review\n4 Reviews\n",
     False),
])
def test_a_peer_reviews_own_letter(text: str, peer: bool) -> None:
    assert is_peer_review(text) is peer


# A slide deck (its slides counted "N of M" in running headers or in the text) named for a
# board, committee, partnership or council is that body's report. A deck for no body, or a body's
# text with no slides, is not one.
@pytest.mark.parametrize("text, context, title, deck", [
    ("2025/26 at a glance\n14 notifications\n", ["Anytown Partnership | Executive Board | "
     "Slide 4 of 12"], None, True),
    ("Key messages\nSlide 2 of 9\nReferrals rose\nSlide 3 of 9\n", [],
     "Safeguarding Board development day", True),
    ("Performance\nSlide 5/20\n", ["Corporate Parenting Panel - Slide 5/20"], None, True),
    ("Agenda\nSlide 1 of 6\nBudget\nSlide 2 of 6\n", [], "Cabinet briefing: children's budget",
     True),
    ("Headlines\n", ["Children's Partnership Board", "Slide 7 of 15"], None, True),
    ("Scrutiny Committee\nSlide 1 of 8\nData\nSlide 2 of 8\n", [],
     "Children's Scrutiny Committee presentation", True),
    # slides for no body
    ("Conference talk\nSlide 1 of 30\nWhy neglect matters\nSlide 2 of 30\n", [],
     "Neglect: what the research says", False),
    # a body's document with no slides
    ("Annual report\nThe board met six times.\n", ["Anytown Safeguarding Board"], None, False),
])
def test_a_slide_deck_shown_to_a_board(text: str, context: list[str], title: str | None,
                                       deck: bool) -> None:
    assert is_board_slide_deck(text, context, title) is deck



# A briefing note to a council's members, headed so or addressed to them as a memo from an
# officer, is the council's paper; a story about a briefing, or a memo to staff, is not one.
@pytest.mark.parametrize("text, briefing", [
    ("ANYTOWN COUNCIL\nELECTED MEMBERS' BRIEFING NOTE\nRef: MB/12\nSubject: Fostering "
     "sufficiency\n", True),
    ("Members' Briefing\nOfsted focused visit: what it found\n", True),
    ("Councillors' Briefing Paper\nChildren's homes: new registrations\n", True),
    ("Briefing note for all elected members\nThe early help review\n", True),
    ("Member Briefing Sheet - Youth Justice inspection\nDate: 4 May 2026\n", True),
    ("Anyshire Council\nFrom: Director of Children's Services\nTo: All Elected Members\nDate: 3 "
     "June 2026\nSubject: Rise in referrals\n", True),
    ("MEMORANDUM\nFrom: Chief Social Work Officer\nTo: Councillors\nRe: Inspection outcome\n",
     True),
    ("Briefing paper to members\nUnaccompanied children: dispersal scheme\n", True),
    # not a members' briefing
    ("Council leader briefs reporters on inspection\nCouncillors were told at a briefing on "
     "Monday that the service had improved.\n", False),
    ("MEMORANDUM\nFrom: Head of Service\nTo: All social work staff\nRe: Caseloads\n", False),
    ("Members of the public can attend\nAgenda\n1. Apologies\n", False),
])
def test_a_briefing_note_to_members(text: str, briefing: bool) -> None:
    assert is_members_briefing(text) is briefing


# A press release labels itself in its first lines (a line, or a part split off by "|", "/",
# ">" or a dash), whoever issues it; a title about press releases or a sentence naming one is
# not the label.
@pytest.mark.parametrize("text, release", [
    ("PRESS RELEASE\nFor immediate release: 2 June 2026\nFoster carers honoured at awards\n", True),
    ("Anyshire Fire and Rescue - News Release\nCrews visit schools for safety week\n", True),
    ("Media release – 14 January 2027\nPartnership launches safer sleep campaign\n", True),
    ("Home > Newsroom > Press releases\nNew family hub opens in Northtown\n", True),
    ("Anytown Health Board\nNews release ref: ATH/NR/2026/044\nNurses recognised\n", True),
    ("Embargoed until 00:01, Thursday 5 March 2026\nReview into baby's death published\n", True),
    ("Dyddiad / Date: 03.02.2027 | Datganiad i'r wasg / Press release 2027/09\nNew school\n",
     True),
    ("Westshire Constabulary\nPress notice\nAppeal to find missing 14-year-old girl\n", True),
    ("Scottish Ministers\nNews release (statistics)\nChild protection figures published\n",
     True),
    # not the label
    ("Communications report\nPress releases issued this quarter\nThe team issued 40.\n", False),
    ("Board publishes annual report\nThe board said in a press release that referrals rose.\n",
     False),
    ("Anytown Council\nCabinet, 3 March 2026\nMedia and communications strategy\n", False),
    ("Annual Report 2025-26\nThe news release policy was reviewed in June.\n", False),
])
def test_a_press_releases_own_label(text: str, release: bool) -> None:
    assert is_press_release(text) is release


# A paper for a council's committee, headed by the meeting it goes to (a body with the date) or
# an agenda item, with a council's body named there; a parliament's committee, a story about a
# meeting or a date in a sentence is not one.
@pytest.mark.parametrize("text, paper", [
    ("Northshire County Council\nCorporate Parenting Panel, 9 March 2027\nSufficiency update\n",
     True),
    ("Anytown Health and Wellbeing Board – 2 February 2026\nItem 5: Healthy weight in "
     "children\n", True),
    ("To: Children's Services Scrutiny Committee - 11 June 2026\nFrom: Director of Children's "
     "Services\n", True),
    ("Westborough Council - Overview and Scrutiny Committee\nNotes of discussion\nItem 4: "
     "Youth justice plan\n", True),
    ("Agenda item 8: Anyshire Safeguarding Children Partnership annual report\nThe report "
     "sets out the partnership's work.\n", True),
    ("Cabinet, Tuesday 14 April 2026\nAnytown Borough Council\nFostering fees 2026/27\n",
     True),
    ("Eastshire Council\nAdoption Panel Sub-Committee: 3rd September 2025\nPerformance\n",
     True),
    ("Safeguarding Adults and Children Board held on 20 January 2027\nItem 3. Audit results\n",
     True),
    ("Valley County Council\nItem 12 - Home to school transport review\nSummary\n", True),
    # not a council's committee paper
    ("Education Committee, 12 May 2026\nSecond report of session 2025-27\nChildren's "
     "social care\n", False),
    ("Councillors clash over care costs\nThe Children's Scrutiny Committee on 4 March heard "
     "that spending had risen.\n", False),
    ("Anytown Council\nAnnual complaints report 2025/26\nThe council received 400 "
     "complaints.\n", False),
    ("Item 4: Free school meals\nA blog about school food.\n", False),
])
def test_a_committee_papers_head(text: str, paper: bool) -> None:
    assert is_committee_paper_head(text) is paper


# A job advert or job description: so headed in its first lines, or two of a post's labelled
# terms in its opening; a report about staffing or a story about recruitment is not one.
@pytest.mark.parametrize("text, advert", [
    ("JOB DESCRIPTION AND PERSON SPECIFICATION\nPost: Family support worker\n", True),
    ("Anytown Council\nRole profile: Independent Reviewing Officer\nPurpose of the role\n",
     True),
    ("Job advert – Senior Social Worker, Children in Care\nWe are looking for someone who\n",
     True),
    ("Residential Care Worker\nSalary: £28,000 to £31,000\nHours: 37 per week\n", True),
    ("Youth Justice Officer\nGrade: Band 6\nClosing date: 4 April 2026\nInterview date: "
     "20 April\n", True),
    ("Careers > Vacancies\nJob title: Practice Educator\nResponsible to: Principal Social "
     "Worker\n", True),
    ("Person specification\nEssential: a social work degree\nDesirable: a driving licence\n",
     True),
    ("Anyshire Children's Trust\nClosing date for applications: 1 May 2026\nSalary: "
     "negotiable\n", True),
    # not a job advert
    ("Workforce report 2025/26\nThe vacancy rate fell to 18%. Salary costs rose by 4%.\n",
     False),
    ("Council struggles to recruit social workers\nThe council said its job adverts drew few "
     "applicants.\n", False),
    ("Cabinet report\nClosing date for consultation responses: 1 June 2026\n", False),
    ("Pay policy statement 2026/27\nThe council publishes its job descriptions online.\n",
     False),
])
def test_a_job_advert(text: str, advert: bool) -> None:
    assert is_job_advert(text) is advert
