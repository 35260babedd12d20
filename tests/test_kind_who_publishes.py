"""A document's kind from who publishes it and whether it is their account (issue 13): a person's
address is `other` whoever hosts it; a national government's or a parliament's document is
`other`; a council's or a safeguarding body's own page giving an account of its work is
`council_report`, in whatever form. The partnership of a speech is not a body it names once in
passing, nor a partnership named for the services it plans. Every opening is invented."""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_account, is_address
from extractor.kind import predict_kind
from extractor.metadata import find_partnership
from extractor.publisher import government_publisher, own_site_publisher


def _doc(text: str, fmt: str = "txt", context: list[str] | None = None) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context or [])


_PROSE = ("It is a pleasure to be with you. I want to say something about the families we meet and "
          "what they ask of us.\n")


# A person's address to an audience: the delivery note, or a heading line, a part of one or a
# running header's field naming the form. A story about a speech, a therapy service, a postal
# address or a word in a sentence is not one.
@pytest.mark.parametrize("text, context, address", [
    ("Text as prepared for delivery\nWhy early help is everyone's job\n" + _PROSE, [], True),
    ("Why early help is everyone's job\n(As delivered)\n" + _PROSE, [], True),
    ("Speech: the next ten years of fostering in Anyshire\nCllr Ravi Odum\n" + _PROSE, [], True),
    ("Keynote address to the Anyshire Practice Week, 9 October 2026\n" + _PROSE, [], True),
    ("Speaking notes - Lead Member for Children, full council, 4 March 2026\n" + _PROSE, [], True),
    ("Annual lecture 2026: listening to children\n" + _PROSE, [], True),
    ("Remarks by the Chief Social Worker at the Anytown care leavers' awards\n" + _PROSE, [],
     True),
    ("Opening remarks\nDirector of Children's Services\n" + _PROSE, [], True),
    ("Listening to children\n" + _PROSE, ["Anytown Borough Council | Speech | Practice Week"],
     True),
    ("Check against delivery. Embargoed text follows\n" + _PROSE, [], True),
    # not an address
    ("Speech and language therapy: waiting times 2025/26\nThe service saw 1,200 children.\n", [],
     False),
    ("Speech, language and communication needs\nReferrals rose by 8%.\n", [], False),
    ("Address: 12 Market Street, Anytown AN1 1AA\nContact the team on 01234 567890.\n", [],
     False),
    ("Director tells conference services have turned a corner\nThe director said referrals fell.\n",
     [], False),
    ("Annual report 2025/26\nThe board heard a speech by the chair at its spring meeting.\n", [],
     False),
    ("Remarks\nNo further comments were received.\n", [], False),
    ("Foster carers' evening\nCome and hear about fostering. Speakers include a foster carer.\n",
     [], False),
])
def test_a_persons_address(text: str, context: list[str], address: bool) -> None:
    assert is_address(text, context) is address


# ... and so the kind: an address is `other`, even on a council's page or under its masthead.
@pytest.mark.parametrize("text, fmt, context", [
    ("Speech: what our children told us\nCllr Ana Brook, Cabinet Member for Children\n" + _PROSE,
     "txt", []),
    ("Keynote address, Anyshire Safeguarding Conference, 3 June 2026\n" + _PROSE, "pdf",
     ["Anyshire County Council", "Anyshire County Council | Keynote address"]),
    ("Good morning, everyone\n" + _PROSE, "html",
     ["Speech by the Director of Children's Services | Anytown City Council"]),
    ("As prepared for delivery\nThe year ahead for children's social care\n" + _PROSE, "txt", []),
    ("Annual lecture: children's voices in the courts\n" + _PROSE, "pdf", []),
    ("Speaking notes: scrutiny panel, item 4\n" + _PROSE, "txt", []),
    ("Remarks by the independent chair at the launch of the annual report\n" + _PROSE, "txt", []),
    ("Welcome address\nAnyvale Foster Carers' Conference\n" + _PROSE, "txt", []),
    ("Closing speech to the Anytown Children's Summit\n" + _PROSE, "txt", []),
    ("Speech - the Minister for Children\nAnytown Family Hub opening\n" + _PROSE, "txt", []),
])
def test_an_address_is_other(text: str, fmt: str, context: list[str]) -> None:
    assert predict_kind(_doc(text, fmt, context))[0] == "other"


# ... but a publication's page or a story about a speech stays news.
@pytest.mark.parametrize("text", [
    "Anytown Gazette\nKeynote speech: minister pledges more money for family hubs\nThe minister "
    "told the conference that every area would get a hub, it was announced.\n",
    "Remarks by councillor about foster carers spark anger\nA councillor has apologised after he "
    "said foster carers were paid too much, the council confirmed.\n",
])
def test_a_story_about_a_speech_is_news(text: str) -> None:
    assert predict_kind(_doc(text))[0] == "news_article"


_LEAD = ("This statement sets out the steps the department is taking on children's social care. "
         "Local authorities received more referrals this year.\n")


# A national government department or a parliament named in the front matter (the heading lines
# and labelled fields before the first sentence of prose). A paper a department presents to a
# board or a committee, a council's paper about a department's guidance, or a department named in
# the prose are not its publication.
@pytest.mark.parametrize("text, government", [
    ("Policy paper\nDepartment for Education\nPublished 4 May 2026\n" + _LEAD, True),
    ("Children's social care: next steps\nPublished by: Home Office\n" + _LEAD, True),
    ("Guidance\nFrom: Department of Health and Social Care\nUpdated 2 June 2026\n" + _LEAD, True),
    ("Ministerial update | Welsh Government\nCare experienced children\n" + _LEAD, True),
    ("Consultation response\nScottish Government\nKinship care allowances\n" + _LEAD, True),
    ("Ministry of Justice\nFamily court: children's cases\nUpdated 1 March 2026\n" + _LEAD, True),
    ("Statement to Parliament\nHouse of Lords\nChildren's homes\n" + _LEAD, True),
    ("HM Government\nWorking together: a summary for parents\n" + _LEAD, True),
    # not the publisher
    ("Anytown Council\nCabinet - 4 March 2026\nDepartment for Education guidance on kinship care\n"
     + _LEAD, False),
    ("Department for Education – Regional Improvement Board\nMeeting: 9 May 2026\n" + _LEAD, False),
    ("Children's Services Scrutiny Committee\nHome Office funding for unaccompanied children\n"
     + _LEAD, False),
    ("Fostering annual report 2025/26\nThe Department for Education published new guidance in "
     "May, which we have followed.\n", False),
    ("Anyshire Safeguarding Children Partnership\nLearning update\n" + _LEAD, False),
])
def test_a_government_publisher(text: str, government: bool) -> None:
    assert government_publisher(text) is government


# A council's or a safeguarding body's own page (its site in the <title>, or a front-matter line
# 'Published … by …') that gives an account of its work: `council_report`. Its news pages, its
# information pages, and a page on another body's site are not such an account.
@pytest.mark.parametrize("text, title, own", [
    ("Fostering service annual report 2025/26\nWe approved 31 new fostering households.\n",
     "Fostering service annual report 2025/26 | Anyvale Borough Council", True),
    ("Learning and improvement report\nThe partnership ran 14 audits.\n",
     "Learning and improvement report - Anyshire Safeguarding Children Partnership", True),
    ("Adoption team: our year\nWe placed 22 children with adoptive families.\n",
     "Adoption team: our year | Cyngor Sir Anyshire", True),
    ("Family hubs report 2026\nText.\n", None, False),
    ("Family hubs report 2026\nPublished 2 March 2026 by Anytown City Council\nText.\n", None, True),
    ("Multi-agency audit report\nFirst published by the Anyvale Safeguarding Children Partnership\n"
     "Text.\n", None, True),
    # the site's news section, another body's site, or no site
    ("Family hubs report 2026\nText.\n", "Family hubs report 2026 | News | Anytown City Council",
     False),
    ("Family hubs report 2026\nText.\n", "Family hubs report 2026 | Anytown Gazette", False),
    ("Family hubs report 2026\nText.\n", "Family hubs report 2026", False),
    ("Family hubs report 2026\nPublished by the Anyvale Family Trust\nText.\n", None, False),
    # the copyright line at the foot
    ("Family hubs report 2026\nText.\n© Anytown City Council 2026\n", None, True),
    ("Family hubs report 2026\nText.\nCopyright 2026 Anyvale Safeguarding Children Partnership\n",
     None, True),
    ("Family hubs report 2026\nText.\n© 2026 Anyvale Family Trust. All rights reserved.\n", None,
     False),
    ("Family hubs report 2026\nText.\n© Anytown Gazette 2026\n", None, False),
])
def test_an_own_site(text: str, title: str | None, own: bool) -> None:
    assert own_site_publisher(text, title) is own


# An account of a body's work: a title naming a report or a year's account, or an opening that
# says what the body did. An information page, a local offer, a blog, a careers page is not.
@pytest.mark.parametrize("text, title, account", [
    ("Short breaks: annual report 2025\nText.\n", None, True),
    ("Kinship care team\nHere is what we did in the last year, and what families told us.\n", None,
     True),
    ("Virtual school\nThis report covers the academic year 2025/26.\n", None, True),
    ("Care leavers\nText.\n", "Care leavers service: the year in review | Anytown Council", True),
    ("Our impact\nWe supported 400 families.\n", None, True),
    ("Independent reviewing officers\nThis page looks back on a busy year for the team.\n", None,
     True),
    ("Worried about a child?\nIf you are worried that a child is at risk, call us.\n", None, False),
    ("Our offer to care leavers 2026 to 2027\nThis page sets out what you can expect from us.\n",
     None, False),
    ("Social work careers\nJoin our friendly team in Anytown.\n", None, False),
    ("Director's blog: a summer with our foster carers\nI spent August listening.\n", None, False),
    ("Request for information\nPlease provide the number of children in care.\n", None, False),
])
def test_an_account(text: str, title: str | None, account: bool) -> None:
    assert is_account(text, title) is account


# Through the kind decision: a council's or a partnership's own account page is a council report;
# the same site's information pages are not.
@pytest.mark.parametrize("text, title, kind", [
    ("Fostering service annual report 2025/26\nWe approved 31 new fostering households and "
     "recruited 12 supported lodgings hosts.\n", "Fostering annual report | Anyvale Borough Council",
     "council_report"),
    ("Learning and improvement report 2025\nThe partnership ran 14 multi-agency audits and trained "
     "1,900 practitioners.\n", "Learning and improvement report - Anyshire Safeguarding Children "
     "Partnership", "council_report"),
    ("Kinship care team\nHere is what we did in the last year: 140 kinship carers were assessed and "
     "96 special guardianship plans were agreed.\n", "Kinship care | Anytown City Council",
     "council_report"),
])
def test_an_own_account_page_is_a_council_report(text: str, title: str, kind: str) -> None:
    assert predict_kind(_doc(text, "html", [title]))[0] == kind


# A speech names a body once, after its opening, as what it did: not the speech's partnership.
# A partnership named for the services it plans is not a safeguarding body heading the text.
_SPEECH_HEAD = "Keynote address to the Anyvale Practice Conference, 2 October 2026\n"
_SPEECH_BODY = ("Thank you for having me. I want to talk about what changed in our front door this "
                "year, and what did not. We took more contacts than ever and answered most of them "
                "within a day. We hired social workers, and more of them stayed. We opened two family "
                "hubs and closed a children's home that we could not make good enough. ") * 4


@pytest.mark.parametrize("sentence, expected", [
    ("The Anyvale Safeguarding Children Partnership commissioned two reviews.", None),
    ("Last spring the Anyvale Safeguarding Children Partnership published a review.", None),
    ("I sit on the Anyvale Safeguarding Children Partnership's executive.", None),
    ("Our colleagues in the Anyvale Safeguarding Children Partnership held three audits.", None),
    ("The Anyvale Safeguarding Children Partnership has asked me to lead its audit work.", None),
    ("And the Anyvale Safeguarding Children Partnership agreed a new threshold document.", None),
    ("Next year the Anyvale Safeguarding Children Partnership will review neglect.", None),
    ("Every school in the Anyvale Safeguarding Children Partnership area took part.", None),
    ("The Anyvale Safeguarding Children Partnership trained 1,200 staff.", None),
    ("The regional board, the Anyshire Safeguarding Board, met four times.", None),
])
def test_a_speech_names_a_body_in_passing(sentence: str, expected: str | None) -> None:
    text = f"{_SPEECH_HEAD}{_SPEECH_BODY}{sentence}\nThank you.\n"
    assert find_partnership(text, "Anyvale") == expected


# ... but a body a speech names in its head, or names again and again, stays its partnership.
def test_a_speech_by_a_partnership_keeps_it() -> None:
    text = ("Anyvale Safeguarding Children Partnership\nKeynote address: our year\n" + _SPEECH_BODY +
            "The Anyvale Safeguarding Children Partnership trained 1,200 staff.\n")
    assert find_partnership(text, "Anyvale") == "Anyvale Safeguarding Children Partnership"


@pytest.mark.parametrize("head, expected", [
    ("Rutland Children's Services Partnership | Children's Services Plan: annual report", None),
    ("Cumberland Family Services Partnership | Annual report 2025/26", None),
    ("Rutland Integrated Children's Services Board | Progress report", None),
    ("Cumberland Children and Young People's Services Partnership | Plan update", None),
    ("Rutland Early Years Services Partnership | Report", None),
    # a board that is the document's publisher, not named for services
    ("Rutland Corporate Parenting Board | Annual report 2025/26", "Rutland Corporate Parenting Board"),
    ("Cumberland Exploitation Partnership Board | Annual report", "Cumberland Exploitation Partnership Board"),
    ("Rutland Reducing Parental Conflict Partnership | Annual report",
     "Rutland Reducing Parental Conflict Partnership"),
    ("Cumberland Missing Children Partnership | Report 2026", "Cumberland Missing Children Partnership"),
    ("Rutland Children's Workforce Partnership | Report", "Rutland Children's Workforce Partnership"),
])
def test_a_services_partnership_is_not_a_safeguarding_body(head: str, expected: str | None) -> None:
    text = f"{head}\nThe report gives the year's figures. Referrals rose by 6%.\n"
    assert find_partnership(text, "Rutland" if "Rutland" in head else "Cumberland") == expected
