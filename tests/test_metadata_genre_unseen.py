"""Record metadata of whole openings in genres neither earlier table has (fourth batch).

Each row is an INVENTED opening (a title, a standfirst or the first short paragraphs, a footer
where the genre has one) with what a reader records for it: area, partnership, the document's
own reporting period (start, end; null where it has none) and kind. The genres sit around
children's safeguarding but are ones tests/test_metadata_genre_table.py and
tests/test_metadata_genre_widen.py do not hold (a youth justice service's newsletter, a foster
carers' association, LADO reports and bulletins, a nursery's inspection, Welsh, Scottish and
Northern Irish boards, an ombudsman's review, an audit committee paper, a Senedd committee, a
journal abstract, an inquest list, a director's post, a youth forum's agenda, minutes, case
reviews of the three nations, the trade press, an independent scrutineer ...). The same
conventions hold: who publishes decides the kind (a council's or a partnership's papers and
pages: `council_report`; a publication's stories: `news_article`; a case review's own text:
`case_review`; the rest: `other`), a body covering several councils has no single area, and a
newsletter, an agenda or a post has no period of its own.

The expectations were written before the tool was run on them. First run (once, before any
change; main cbd70bb plus the 'Made on:' label of this branch), rows right per field out of 32: area 32,
partnership 32, start 30, end 30, kind 26; all five right in 23 of 32 (2026-12-03). Wrong at
first: kind of three safeguarding bodies' bulletins and newsletters (an English partnership's, a
Welsh regional board's, Northern Ireland's board's: -> other), of a council youth justice
service's newsletter (-> other), of a director's post (-> news_article), of a trade magazine's
feature (-> other) and of a voluntary council's e-bulletin (-> news_article); period of a
nursery's inspection day (-> none) and of a corporate parenting board's minutes (-> the
financial year of the meeting).

The minutes row was first written with no period; the project's convention (reporting_period.
_meeting_year: minutes that report no period of their own take the financial year the meeting
was held in) says otherwise, so the row now expects that year, as the first batch corrected its
NHS rows to the released gold's convention.

Fixed as constructions (each with its own table below): a safeguarding body's masthead over an
issue heading is that body's own bulletin (genre.is_partnership_bulletin -> council_report); one
post's author line with its age (genre.is_single_post -> other); an inspection's labelled day
("Inspection date: …") is the span. After the fixes: area 32, partnership 32, start 32, end 32,
kind 29; all five right in 29 of 32. The three rows left are strict xfails below.

Read through the production path (ingest.load, then the calls extract_document makes), as
tests/test_metadata_genre_table.py does.
"""

from __future__ import annotations

import pytest

from extractor.area import choose_area
from extractor.evaluate import _norm_name as _norm
from extractor.ingest import load
from extractor.kind import predict_kind
from extractor.metadata import find_partnership, find_period
from extractor.pipeline import to_doc

CR, NEWS, REVIEW, OTHER = "council_report", "news_article", "case_review", "other"

# (genre, text, area, partnership, start, end, kind)
ROWS = [
    # a council youth justice service's seasonal newsletter: the council's own page, no period
    ("yjs_newsletter",
     "Stockport Youth Justice Service\nNewsletter | Spring 2026\n\nWelcome to our spring "
     "newsletter. This term young people on reparation orders planted three hundred trees along "
     "the river path with our volunteers.\nThe service sits within Stockport Council's "
     "children's services directorate.\n",
     "Stockport", None, None, None, CR),
    # a foster carers' association's members' newsletter: a charity's, no period
    ("foster_carers_association",
     "Dudley Foster Carers' Association\nMembers' Newsletter - Issue 41, Summer 2026\n\nDear "
     "members, thank you to everyone who helped at the summer picnic. Our committee now meets "
     "the fostering team every month to raise your questions.\nRegistered charity number "
     "1190001\n",
     "Dudley", None, None, None, OTHER),
    # a council's LADO annual report going to its partnership
    ("lado_annual_report",
     "Wirral Council\nLocal Authority Designated Officer (LADO) Annual Report 2025-26\n\nThis "
     "report sets out the work of the LADO service from 1 April 2025 to 31 March 2026. It will "
     "be presented to the Wirral Safeguarding Children Partnership executive in June 2026.\nThe "
     "service received 604 contacts, up from 541 the year before.\n",
     "Wirral", "Wirral Safeguarding Children Partnership", "2025-04-01", "2026-03-31", CR),
    # a partnership's practice bulletin on allegations: a dated issue, no period
    ("lado_bulletin",
     "Suffolk Safeguarding Partnership\nPractice bulletin: allegations against people who work "
     "with children\nMarch 2026\n\nIf you are worried about how an adult who works with "
     "children has behaved, talk to the LADO within one working day. Do not investigate "
     "yourself.\n",
     "Suffolk", "Suffolk Safeguarding Partnership", None, None, CR),
    # a nursery's inspection report: the inspection's date is its span
    ("nursery_inspection",
     "Inspection report: Little Acorns Day Nursery\nInspection date: 22 January 2026\n\n"
     "Overall effectiveness: Good\nWhat is it like to attend this early years setting?\nChildren "
     "arrive happily and settle quickly. Staff know each child's next steps well.\n",
     None, None, "2026-01-22", "2026-01-22", OTHER),
    # a Welsh regional board's bulletin: six councils, so no single area
    ("welsh_regional_bulletin",
     "North Wales Safeguarding Board\nPractitioner Bulletin - Winter 2025\n\nThis bulletin "
     "shares learning with staff across Anglesey, Gwynedd, Conwy, Denbighshire, Flintshire and "
     "Wrexham. Inside: the new regional neglect guidance and dates for multi-agency "
     "training.\n",
     None, "North Wales Safeguarding Board", None, None, CR),
    # a Scottish child protection committee's newsletter
    ("scottish_cpc_newsletter",
     "Fife Child Protection Committee\nNewsletter - Issue 9, Autumn 2025\n\nA word from the "
     "Chair\nWhen the committee met in September it agreed a new neglect toolkit for everyone "
     "working with families in Fife.\n",
     "Fife", "Fife Child Protection Committee", None, None, CR),
    # a Northern Ireland trust's report on its delegated statutory functions
    ("ni_trust_statutory_functions",
     "Southern Health and Social Care Trust\nReport on the Discharge of Delegated Statutory "
     "Functions\nfor the year 1 April 2024 to 31 March 2025\n\nThe Trust makes this report to "
     "the Department of Health each year. Section 3 covers children in need of protection.\n",
     "Southern Health and Social Care Trust", None, "2024-04-01", "2025-03-31", CR),
    # an ombudsman's annual review of complaints: national, its own year
    ("ombudsman_annual_review",
     "Public Services Ombudsman\nAnnual Review of Complaints about Councils 2024/25\n\nIn the "
     "year to 31 March 2025 we received 4,112 complaints about local authorities. Complaints "
     "about children's services made up 612 of them.\n",
     None, None, "2024-04-01", "2025-03-31", OTHER),
    # an audit committee's paper on one audit: a council paper with no reporting period
    ("audit_committee_paper",
     "Audit and Governance Committee\n18 March 2026\nReport of the Head of Internal Audit\n"
     "Internal audit of children's placement commissioning\n\nPurpose\nThis report gives the "
     "committee the findings of our audit of how Somerset Council commissions placements for "
     "children in care.\n",
     "Somerset", None, None, None, CR),
    # a Senedd committee's inquiry report: national, no period
    ("senedd_committee_report",
     "Senedd Cymru\nChildren, Young People and Education Committee\nRadical reform for "
     "care-experienced children\nMay 2026\n\nChair's foreword\nOur inquiry heard from more than "
     "two hundred care-experienced young people across Wales.\n",
     None, None, None, None, OTHER),
    # a journal article's abstract: the months of the material studied
    ("research_abstract",
     "Child Abuse Review\nOriginal Article\nDelay in pre-proceedings: a study of case files in "
     "three English local authorities\n\nAbstract\nWe examined 180 case files of families in "
     "the pre-proceedings stage between January 2021 and December 2022. Median time to a "
     "decision was 19 weeks.\n",
     None, None, "2021-01-01", "2022-12-31", OTHER),
    # a coroner's list of inquest hearings: a list, no period
    ("inquest_listing",
     "HM Senior Coroner for Suffolk\nInquest hearings: week commencing 9 February 2026\n\n"
     "Tuesday 10 February, 10am, Ipswich\nInquest into the death of a boy aged 15 from "
     "Lowestoft\nWednesday 11 February, 2pm, Ipswich\nPre-inquest review hearing\n",
     "Suffolk", None, None, None, OTHER),
    # a director's post on a professional network
    ("director_post",
     "Sarah Okafor • Director of Children's Services at Walsall Council\n2d\n\nReally proud "
     "of our social workers this week. Inspectors recognised how far we have come since 2023. "
     "Onwards! #socialwork #childrensservices\n",
     "Walsall", None, None, None, OTHER),
    # a youth forum's meeting agenda
    ("youth_forum_agenda",
     "Dundee Youth Forum\nAgenda\nThursday 5 March 2026, 6pm, Central Library\n\n1. Welcome "
     "and pizza\n2. Feedback from the Champions Board\n3. What should the council do about bus "
     "fares for young people?\n4. Any other business\n",
     "Dundee City", None, None, None, OTHER),
    # a kinship carers' peer group's leaflet
    ("kinship_group_leaflet",
     "Kinship Carers Together - Torfaen\nAre you raising a grandchild, a niece or a nephew?\n\n"
     "We are a peer support group run by kinship carers ourselves. We meet every second Tuesday "
     "in Pontypool, with a creche for the children.\n",
     "Torfaen", None, None, None, OTHER),
    # a MASH quarterly performance report to a partnership subgroup
    ("mash_quarterly",
     "Multi-Agency Safeguarding Hub (MASH)\nQuarterly Performance Report\nQuarter 1 2026/27 "
     "(April to June 2026)\nReport to: York Safeguarding Children Partnership, Performance "
     "Subgroup\n\nThe hub received 2,310 contacts in the quarter (Q4: 2,145).\n",
     "York", "York Safeguarding Children Partnership", "2026-04-01", "2026-06-30", CR),
    # a Scottish committee's annual report on an August-to-July year
    ("cpc_annual_report",
     "Highland Child Protection Committee\nAnnual Report 2024-2025\n\nForeword by the "
     "Independent Convener\nThis report covers the period 1 August 2024 to 31 July 2025 and "
     "describes what partners in Highland did to keep children safe.\n",
     "Highland", "Highland Child Protection Committee", "2024-08-01", "2025-07-31", CR),
    # Northern Ireland's regional board's monthly newsletter: no single area
    ("sbni_newsletter",
     "Safeguarding Board for Northern Ireland\nSBNI Newsletter\nJanuary 2026\n\nThis month we "
     "launch a new hub of online safety advice for parents, and our member agencies share what "
     "they have learned from recent case management reviews.\n",
     None, "Safeguarding Board for Northern Ireland", None, None, CR),
    # a parliamentary library's statistics briefing: national, a snapshot, no period
    ("commons_library_briefing",
     "House of Commons Library\nResearch Briefing\nNumber CBP 01234, 12 February 2026\nChildren "
     "in care in England: statistics\n\nAt 31 March 2025 there were about 81,000 children looked "
     "after by local authorities in England.\n",
     None, None, None, None, OTHER),
    # a regional broadcaster's web story
    ("local_tv_web_story",
     "ITV News Granada\nCouncil's children's services 'require improvement', says Ofsted\n14 "
     "November 2025\n\nChildren's services at Cheshire East Council have been judged to require "
     "improvement, two years after they were found inadequate.\n",
     "Cheshire East", None, None, None, NEWS),
    # a council's one-year-on review of a strategy: its year
    ("early_help_review",
     "Denbighshire County Council\nEarly Help Strategy: One Year On\nReview of progress, April "
     "2025 to March 2026\n\nThis review looks back at the first year of the strategy and what "
     "families told us about the help they received.\n",
     "Denbighshire", None, "2025-04-01", "2026-03-31", CR),
    # a corporate parenting board's minutes: a council's papers; first written with no period,
    # now the meeting's financial year (the convention, reporting_period._meeting_year)
    ("corporate_parenting_minutes",
     "Kent County Council\nMinutes of the Corporate Parenting Board\nheld on 12 January 2026 at "
     "County Hall, Maidstone\n\nPresent: Cllr A Whitby (Chair), Cllr R Dunn, Cllr P Mistry\n1. "
     "Apologies for absence were received from Cllr T Hale.\n",
     "Kent", None, "2025-04-01", "2026-03-31", CR),
    # a scrutiny report on one school term
    ("attendance_scrutiny_report",
     "Moray Council\nReport to the Children and Young People's Services Committee\nSchool "
     "attendance in the autumn term\n\nThis report sets out attendance in Moray schools from "
     "August to December 2025, the first term of the session.\n",
     "Moray", None, "2025-08-01", "2025-12-31", CR),
    # a Welsh child practice review: the span it considered; a regional board, no single area
    ("child_practice_review",
     "Cwm Taf Morgannwg Safeguarding Board\nExtended Child Practice Review: Child T\n\n"
     "Terms of reference\nThe review considered the period from March 2022 to the child's "
     "admission to hospital in October 2023.\n",
     None, "Cwm Taf Morgannwg Safeguarding Board", "2022-03-01", "2023-10-31", REVIEW),
    # a Scottish learning review: the span its terms of reference set
    ("scottish_learning_review",
     "Edinburgh Child Protection Committee\nLearning Review: Child D\n\nScope\nThe terms of "
     "reference asked the review team to look at the period from 1 June 2023 to 30 April "
     "2024.\n",
     "City of Edinburgh", "Edinburgh Child Protection Committee", "2023-06-01", "2024-04-30",
     REVIEW),
    # a newspaper's court report
    ("court_report_story",
     "Hull Daily Post\nMother jailed for neglect of three children\nBy our court reporter\n3 "
     "March 2026\n\nA mother who left her three young children alone in a cold flat for days "
     "has been jailed, Hull Crown Court heard.\n",
     "Kingston upon Hull, City of", None, None, None, NEWS),
    # a trade magazine's feature: national, no period
    ("trade_press_feature",
     "Practice | Workforce\nWhy agency social worker numbers are falling\nBy a staff writer, 21 "
     "April 2026\n\nFewer children's social workers in England are now employed through "
     "agencies, and managers say pay caps are one reason.\n",
     None, None, None, None, NEWS),
    # an independent scrutineer's report on a partnership's year
    ("independent_scrutineer",
     "Walsall Safeguarding Children Partnership\nReport of the Independent Scrutineer 2025/26\n\n"
     "This report gives my view of how well the three safeguarding partners in Walsall worked "
     "together between April 2025 and March 2026.\n",
     "Walsall", "Walsall Safeguarding Children Partnership", "2025-04-01", "2026-03-31", CR),
    # a parent carer forum's e-news: no period
    ("parent_carer_forum",
     "Somerset Parent Carer Forum\nE-news, June 2026\n\nHello everyone! Thank you to the 48 "
     "parents who came to our SEND coffee morning. Next month we meet the council's new head "
     "of inclusion.\n",
     "Somerset", None, None, None, OTHER),
    # a council's private fostering annual report: its year, not the snapshot dates
    ("private_fostering_annual",
     "North Somerset Council\nPrivate Fostering Annual Report 2025/26\nReport to the Corporate "
     "Parenting Panel\n\nAt 31 March 2026, 7 children were known to be privately fostered, "
     "compared with 9 a year earlier.\n",
     "North Somerset", None, "2025-04-01", "2026-03-31", CR),
    # a county voluntary council's e-bulletin to community groups
    ("cvs_ebulletin",
     "Conwy Voluntary Services Council\nFunding and Safeguarding News - 12 May 2026\n\nNew "
     "safeguarding training dates for groups that run activities for children, and three small "
     "grants closing this month.\n",
     "Conwy", None, None, None, OTHER),
]


@pytest.fixture(scope="module")
def read(nlp):
    def metadata(text: str) -> tuple:
        document = load("opening.txt", text.encode())
        title = document.source.title
        doc = to_doc(document, nlp)
        choice = choose_area(doc, title, document.context)
        period = find_period(document.text, title, document.source.date, document.context)
        partnership = find_partnership(document.text, choice.area, title, document.context,
                                       choice.areas)
        kind, _p = predict_kind(document)
        return (choice.area, partnership, period.start if period else None,
                period.end if period else None, kind)
    return metadata


FIELDS = ("area", "partnership", "start", "end", "kind")
XFAIL: dict[tuple[str, str], str] = {
    ("yjs_newsletter", "kind"): (
        "a council service's seasonal newsletter to the public (a youth justice service's): the "
        "row says council_report (a council's own page) and the classifier says other (a "
        "newsletter, as a school's or a charity's); the kinds README settles a partnership's "
        "bulletin but not a council service's newsletter, so no rule was written for it"),
    ("trade_press_feature", "kind"): (
        "a magazine feature with a section label and a byline but no masthead: a byline and a "
        "date head a charity's or a council's blog as well as a publication's story, so the "
        "byline alone cannot say news_article; needs a ruling on unnamed publishers"),
    ("cvs_ebulletin", "kind"): (
        "a county voluntary council's e-bulletin headed 'Funding and Safeguarding News - <date>' "
        "under its own name: publisher.publication reads a heading ending in 'News' as a "
        "publication's masthead, so news_article; whether a body's '… News' heading under its own "
        "masthead is that body's bulletin (other here; a council's would be its press page, "
        "news_article) needs a ruling on which masthead wins, so no rule was written"),
}


def _cases() -> list:
    cases = []
    for genre, text, area, partnership, start, end, kind in ROWS:
        want = dict(zip(FIELDS, (area, partnership, start, end, kind)))
        for i, field in enumerate(FIELDS):
            marks = ([pytest.mark.xfail(reason=XFAIL[genre, field], strict=True)]
                     if (genre, field) in XFAIL else [])
            cases.append(pytest.param(text, i, want[field], marks=marks,
                                      id=f"{genre}-{field}"))
    return cases


@pytest.mark.parametrize("text, index, expected", _cases())
def test_unseen_genre_metadata(read, text: str, index: int, expected: str | None) -> None:
    got = read(text)[index]
    if index == 1:
        got, expected = _norm(got), _norm(expected)
    assert got == expected


def test_the_table_is_wide() -> None:
    assert len(ROWS) >= 30
    assert len({genre for genre, *_ in ROWS}) == len(ROWS)


# A labelled line at a line's start dates a statement, a letter or a paper ("Made on:",
# "Laid:", "Dated:", "Circulated:"), as a byline's "Published:" dates a story: a funding year or
# a plan's year that begins after it is a projection, not the document's period. A sentence that
# says something was made or sent on a date is not such a label.
@pytest.mark.parametrize("text, expected", [
    ("Statement to Parliament\nFamily help funding\nMade on: 4 March 2026\n\nWe will spend "
     "£90 million across 2026-27.\n", (None, None)),
    ("Ministerial statement\nMade on 12 January 2026:\n\nFunding for kinship carers in 2026-27 "
     "is confirmed.\n", (None, None)),
    ("Explanatory note\nLaid: 20 February 2026\n\nThe regulations apply from the financial "
     "year 2026-27.\n", (None, None)),
    ("Letter to directors of children's services\nDated: 9 March 2026\n\nYour allocation for "
     "2026-27 is set out below.\n", (None, None)),
    ("Briefing for members\nCirculated: 2 February 2026\n\nThe draft budget for 2026/27 "
     "protects early help.\n", (None, None)),
    ("Guidance update\nSent: 15 March 2026\n\nThe new grant runs through 2026-27.\n",
     (None, None)),
    # the labelled date comes after the year reported: the year stays
    ("Annual report to the board\nDated: 3 May 2026\n\nThis report covers the year 2025-26.\n",
     ("2025-04-01", "2026-03-31")),
    ("Statement on the annual figures\nMade on: 18 June 2026\n\nThe figures cover 2025-26.\n",
     ("2025-04-01", "2026-03-31")),
])
def test_a_labelled_date_dates_the_document(text: str, expected: tuple) -> None:
    document = load("statement.txt", text.encode())
    period = find_period(document.text, document.source.title, document.source.date,
                         document.context)
    assert ((period.start, period.end) if period else (None, None)) == expected


# One post as a professional or social network shows it: the author's line ("Name • role",
# "@handle · 3h") with the post's age on it or on the line below ("2d", "5 hours ago",
# "1w • Edited"). A post is `other`, as a thread of posts is.
@pytest.mark.parametrize("text, expected", [
    ("Tom Reyes • Head of Fostering at Anyshire County Council\n3d\n\nDelighted to welcome "
     "eleven new foster families this month.\n", True),
    ("Amira Shah · Service manager, early help\n5 hours ago\n\nOur family hub opened its doors "
     "today. Come and say hello!\n", True),
    ("@AnytownYJS · 4h\nOur young people painted the mural on the old bus station. Proud!\n",
     True),
    ("Priya Nandra • 2nd\nPrincipal social worker\n1w • Edited\n\nAsk me anything about "
     "supervision.\n", False),  # the age two lines below a title line: not read as a post
    ("Grace Odum • Independent chair\n2w\n\nThree lessons from a year of chairing "
     "reviews.\n", True),
    ("Anyshire Council\nChildren's services annual report 2025/26\n\nThis report covers the "
     "year.\n", False),
    ("Fostering news • Spring 2026\nWelcome to the spring edition of our magazine.\n", False),
    ("Headteacher's letter\n3 March 2026\n\nDear parents, the school will close early on "
     "Friday.\n", False),
])
def test_a_single_post_head(text: str, expected: bool) -> None:
    from extractor.genre import is_single_post
    assert is_single_post(text) is expected


# A safeguarding body's own newsletter or bulletin: a masthead line that is only the body's
# name, with the heading beside it. It is the body's own page (`council_report`).
@pytest.mark.parametrize("text, expected", [
    ("Anyshire Safeguarding Children Partnership\nNewsletter - Issue 12\n\nWelcome.\n", True),
    ("Practitioner e-bulletin\nAnyvale Child Protection Committee\n\nIn this issue.\n", True),
    ("Safeguarding Board for Anyland\nMonthly Bulletin, April 2026\n\nHello.\n", True),
    ("Anytown and Dyffryn Regional Safeguarding Board\nE-news | Winter\n\nNew guidance.\n",
     True),
    ("Anyborough Children Safeguarding Partnership (ACSP)\nLearning digest\n\nThree "
     "reviews.\n", True),
    # a story or a charity's newsletter that names a partnership: not the body's own
    ("Partnership praised in new bulletin\nThe Anyshire Safeguarding Children Partnership was "
     "praised today.\n", False),
    ("Young Voices Charity Newsletter\nWe worked with the Anyvale Child Protection "
     "Committee.\n", False),
    # a bulletin on one review's learning: the review's own briefing, decided elsewhere
    ("Anyshire Safeguarding Children Partnership\nLearning bulletin: Child Q practice review\n\n"
     "What happened.\n", False),
    # the body's name without an issue heading: decided elsewhere
    ("Anyshire Safeguarding Children Partnership\nAnnual Report 2025-26\n\nForeword.\n", False),
])
def test_a_partnership_bulletin_head(text: str, expected: bool) -> None:
    from extractor.genre import is_partnership_bulletin
    assert is_partnership_bulletin(text) is expected


# An inspection's or a visit's one day, labelled in the head, is the report's span; a date
# labelled otherwise (a report's publication) or a day named in a sentence is not.
@pytest.mark.parametrize("text, expected", [
    ("Inspection report: Busy Bees Playgroup\nInspection date: 4 March 2026\n\nOverall: Good\n",
     ("2026-03-04", "2026-03-04")),
    ("Childminder inspection\nDate of inspection: 17 November 2025\n\nThe childminder "
     "is kind.\n", ("2025-11-17", "2025-11-17")),
    ("Monitoring visit report\nVisit date: Tuesday 9 December 2025\n\nProgress is "
     "steady.\n", ("2025-12-09", "2025-12-09")),
    ("Out-of-school club\nDate of visit: 2nd February 2026\n\nStaff are well trained.\n",
     ("2026-02-02", "2026-02-02")),
    ("Focused visit date: 14 October 2025\nAnyshire children's services\n\nLeaders know "
     "their services.\n", ("2025-10-14", "2025-10-14")),
    ("Nursery inspection\nDate of the inspection: 30 April 2026\n\nChildren are safe.\n",
     ("2026-04-30", "2026-04-30")),
    # not an inspection's labelled day
    ("Nursery newsletter\nPublished: 4 March 2026\n\nOur garden is open again.\n", (None, None)),
    ("Nursery news\nWe were inspected on 4 March 2026 and we are delighted.\n", (None, None)),
])
def test_an_inspection_day(text: str, expected: tuple) -> None:
    document = load("inspection.txt", text.encode())
    period = find_period(document.text, document.source.title, document.source.date,
                         document.context)
    assert ((period.start, period.end) if period else (None, None)) == expected
