"""Record metadata of whole document openings in genres the annotated corpus is thin on.

Each row is an invented opening (a title line and the first lines, sometimes a footer or a
contact line) with what a reader would record for it: area, partnership, the reporting
period's start and end, and kind (see ../shared/spec/README.md). The expectations were written
before the tool was run on them.
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

OPENINGS = [
    # Welsh regional safeguarding boards
    ("Cwm Taf Morgannwg Safeguarding Board\nAnnual Report 2024-25\n\n"
     "Foreword from the Chair\nThis report sets out the work of the Board across Bridgend, "
     "Merthyr Tydfil and Rhondda Cynon Taf between 1 April 2024 and 31 March 2025.\n",
     None, "Cwm Taf Morgannwg Safeguarding Board", "2024-04-01", "2025-03-31", CR),
    ("Annual Report 2023/24\nGwent Safeguarding Board\n\nWelcome to our annual report. "
     "The five local authorities of Blaenau Gwent, Caerphilly, Monmouthshire, Newport and "
     "Torfaen share one regional board.\n",
     None, "Gwent Safeguarding Board", "2023-04-01", "2024-03-31", CR),
    ("Mid and West Wales Safeguarding Board (CYSUR)\nAnnual Plan and Report 2024 to 2025\n\n"
     "CYSUR is the regional children's safeguarding board for Ceredigion, Carmarthenshire, "
     "Pembrokeshire and Powys.\n",
     None, "Mid and West Wales Safeguarding Board", "2024-04-01", "2025-03-31", CR),
    ("Child Practice Review: Child T\nWest Glamorgan Safeguarding Board\n\n"
     "This review was commissioned by the Board following the death of a baby in Neath Port "
     "Talbot. The review period is from March 2022 to September 2023.\n",
     "Neath Port Talbot", "West Glamorgan Safeguarding Board", "2022-03-01", "2023-09-30",
     REVIEW),
    ("Cardiff and Vale Regional Safeguarding Board\nAnnual Report 2022-2023\n\n"
     "The Board brings together Cardiff Council, the Vale of Glamorgan Council, the police "
     "and the health board.\n",
     None, "Cardiff and Vale Regional Safeguarding Board", "2022-04-01", "2023-03-31", CR),
    ("Children placed on the child protection register rise in Conwy\n"
     "By Gwen Roberts, Local Democracy Reporter\n\nThe number of children on Conwy's child "
     "protection register rose to 161 at the end of March 2025, a report to the council's "
     "scrutiny committee shows. The North Wales Safeguarding Board said it was monitoring "
     "the trend.\n",
     "Conwy", "North Wales Safeguarding Board", "2024-04-01", "2025-03-31", NEWS),
    # Scottish child protection and public protection committees
    ("Glasgow Child Protection Committee\nBiennial Report 2022-2024\n\n"
     "This report covers the period 1 August 2022 to 31 July 2024.\n",
     "Glasgow City", "Glasgow Child Protection Committee", "2022-08-01", "2024-07-31", CR),
    ("Perth and Kinross Child Protection Committee\nStandards and Quality Report "
     "2024-2025\n\nWelcome to our annual standards and quality report for the year 1 August "
     "2024 to 31 July 2025.\n",
     "Perth and Kinross", "Perth and Kinross Child Protection Committee", "2024-08-01",
     "2025-07-31", CR),
    ("Edinburgh Child Protection Committee\nQuarterly Performance Report\nQ2 2025/26\n\n"
     "Period: July to September 2025\nThe number of children on the child protection "
     "register at 30 September was 210.\n",
     "City of Edinburgh", "Edinburgh Child Protection Committee", "2025-07-01", "2025-09-30",
     CR),
    ("Dumfries and Galloway Public Protection Committee\nChild Protection Minimum Dataset\n"
     "Quarter 3 2025/26 (October to December 2025)\n\n",
     "Dumfries and Galloway", "Dumfries and Galloway Public Protection Committee",
     "2025-10-01", "2025-12-31", CR),
    ("Learning review published after toddler's death in Fife\n\nA learning review "
     "commissioned by Fife Child Protection Committee has found that agencies missed chances "
     "to help a two-year-old boy. The review looked at events between January 2021 and June "
     "2023.\n",
     "Fife", "Fife Child Protection Committee", "2021-01-01", "2023-06-30", NEWS),
    ("Inverclyde Child Protection Committee\nAnnual Report\nAugust 2024 \u2013 July 2025\n\n"
     "The committee is the local partnership for child protection in Inverclyde.\n",
     "Inverclyde", "Inverclyde Child Protection Committee", "2024-08-01", "2025-07-31", CR),
    # Northern Ireland
    ("Safeguarding Board for Northern Ireland\nAnnual Report 2023-2024\n\n"
     "The SBNI brings together the five health and social care trusts, the police and "
     "others.\n",
     None, "Safeguarding Board for Northern Ireland", "2023-04-01", "2024-03-31", CR),
    ("Belfast Health and Social Care Trust\nDelegated Statutory Functions Report\n"
     "For the period 1 April 2024 to 31 March 2025\n\n",
     "Belfast Health and Social Care Trust", None, "2024-04-01", "2025-03-31", CR),
    ("Children on the protection register up in Northern Trust area\n\nThe number of "
     "children on the child protection register in the Northern Trust area rose by 12% in "
     "2024/25, new figures show.\n",
     "Northern Health and Social Care Trust", None, "2024-04-01", "2025-03-31", NEWS),
    # partnerships named without 'Safeguarding'
    ("Brighton & Hove Keeping Children Safe Partnership\nAnnual Report 2024-25\n\n"
     "Our partnership's report for April 2024 to March 2025.\n",
     "Brighton and Hove", "Brighton & Hove Keeping Children Safe Partnership", "2024-04-01",
     "2025-03-31", CR),
    ("Devon Children and Families Partnership\nYearly Report 2023 to 2024\n\n"
     "This report describes what the partnership did between 1 April 2023 and 31 March "
     "2024.\n",
     "Devon", "Devon Children and Families Partnership", "2023-04-01", "2024-03-31", CR),
    ("Children's Partnership Annual Report 2024/25\nRochdale Borough Children's Partnership"
     "\n\nThis is our fifth annual report as a multi-agency partnership.\n",
     "Rochdale", "Rochdale Borough Children's Partnership", "2024-04-01", "2025-03-31", CR),
    ("Wirral Safeguarding Children Partnership\nAnnual Report April 2024 - March 2025\n",
     "Wirral", "Wirral Safeguarding Children Partnership", "2024-04-01", "2025-03-31", CR),
    # joint partnerships across several councils
    ("Leicester, Leicestershire and Rutland Safeguarding Children Partnership\nAnnual "
     "Report 2024/25\n\nThe partnership covers three local authority areas.\n",
     None, "Leicester, Leicestershire and Rutland Safeguarding Children Partnership",
     "2024-04-01", "2025-03-31", CR),
    ("Tri-borough Safeguarding Children Partnership\nHammersmith & Fulham, Kensington and "
     "Chelsea, and Westminster\nYearly report 2023-24\n",
     None, "Tri-borough Safeguarding Children Partnership", "2023-04-01", "2024-03-31", CR),
    ("Cheshire West, Halton and Warrington Child Death Overview Panel\nAnnual Report "
     "2024-2025\n\nThe panel reviewed 41 deaths of children in the year.\n",
     None, "Cheshire West, Halton and Warrington Child Death Overview Panel", "2024-04-01",
     "2025-03-31", CR),
    # partnership web pages
    ("About us | Southend Safeguarding Partnership\n\nHome > About us\n\nThe Southend "
     "Safeguarding Partnership is made up of the council, the police and the integrated care "
     "board. Read our annual report for 2024-25.\n",
     "Southend-on-Sea", "Southend Safeguarding Partnership", "2024-04-01", "2025-03-31", CR),
    ("Our year in numbers 2024-25\nBarnsley Safeguarding Children Partnership\n\n"
     "1,240 contacts a month\n312 children on a child protection plan at 31 March 2025\n",
     "Barnsley", "Barnsley Safeguarding Children Partnership", "2024-04-01", "2025-03-31", CR),
    ("2024/25 at a glance\n\nThanks to everyone who worked with Salford Safeguarding "
     "Children Partnership this year.\n512 referrals\n94 strategy meetings\n"
     "Contact us: Salford Safeguarding Children Partnership, Civic Centre, Swinton\n",
     "Salford", "Salford Safeguarding Children Partnership", "2024-04-01", "2025-03-31", CR),
    # committee reports with cover sheets; quarterly scorecards
    ("Report to: Children and Young People Scrutiny Panel\nDate of meeting: 14 January 2026"
     "\nReport of: Director of Children's Services\nSubject: Children's Social Care "
     "Performance Scorecard Q2 2025/26\n\nWards affected: All\n\n1. Purpose\nThis report "
     "presents performance for Quarter 2 (July to September 2025) for Stockport Council.\n",
     "Stockport", None, "2025-07-01", "2025-09-30", CR),
    ("Children's Services Performance Scorecard\nQ3 2025/26\nPeriod: October to December "
     "2025\n\nNorth Somerset Council\nIndicator | Q2 | Q3 | Target\n",
     "North Somerset", None, "2025-10-01", "2025-12-31", CR),
    ("Cabinet\n10 March 2026\nReport title: Sufficiency Strategy for Children in Care\n"
     "Report author: Head of Commissioning, Medway Council\nKey decision: Yes\n\n"
     "Recommendations\nCabinet is asked to approve the strategy.\n",
     "Medway", None, None, None, CR),
    ("Corporate Parenting Board\nQuarter 1 2025-26 performance report\n\nThis report covers "
     "April to June 2025 for children looked after by Swindon Borough Council.\n",
     "Swindon", None, "2025-04-01", "2025-06-30", CR),
    ("Agenda item 7\nSafeguarding Children Partnership Annual Report 2024-25\n"
     "Report to the Health and Wellbeing Board, Herefordshire Council\n\nThe annual report "
     "of the Herefordshire Safeguarding Children Partnership is attached.\n",
     "Herefordshire, County of", "Herefordshire Safeguarding Children Partnership", "2024-04-01",
     "2025-03-31", CR),
    # news stories and press releases
    ("Safeguarding partnership publishes annual report\n\nPress release, 3 October 2025\n\n"
     "The Tameside Safeguarding Children Partnership has published its annual report for "
     "2024-25.\n\nNotes to editors\n1. The partnership is made up of Tameside Council, "
     "Greater Manchester Police and NHS Greater Manchester.\n",
     "Tameside", "Tameside Safeguarding Children Partnership", "2024-04-01", "2025-03-31",
     NEWS),
    ("Rise in children needing protection, report finds\n\nBy Sam Holt, BBC News, Norwich\n\n"
     "The number of children in Norfolk on child protection plans rose by a fifth in the "
     "year to March 2025, according to the Norfolk Safeguarding Children Partnership.\n",
     "Norfolk", "Norfolk Safeguarding Children Partnership", "2024-04-01", "2025-03-31",
     NEWS),
    ("Mother jailed after baby suffered fractures\n\nA mother has been jailed for four "
     "years at Cardiff Crown Court after her baby was found to have 11 fractures. A child "
     "practice review by Cardiff and Vale Regional Safeguarding Board will look at events "
     "between May 2023 and February 2024.\n",
     "Cardiff", "Cardiff and Vale Regional Safeguarding Board", "2023-05-01", "2024-02-29",
     NEWS),
    ("Council welcomes 'good' Ofsted rating\n\nNews release from Thurrock Council, 21 "
     "November 2025\n\nInspectors visited Thurrock's children's services between 3 and 14 "
     "November 2025.\n\nNotes to editors: Ofsted's report is on its website.\n",
     "Thurrock", None, "2025-11-03", "2025-11-14", NEWS),
    # a short story: a sentence-case headline over a lead that reports what councillors heard
    ("Foster carers needed as private fostering notifications fall\n\nCouncillors "
     "in Northumberland heard that only six private fostering arrangements were "
     "notified in 2024/25.\n",
     "Northumberland", None, "2024-04-01", "2025-03-31", NEWS),
    # LADO, private fostering and IRO annual reports
    ("Local Authority Designated Officer (LADO)\nAnnual Report 2024-25\nDoncaster Council"
     "\n\n1. Introduction\nThis report covers allegations against people who work with "
     "children managed between 1 April 2024 and 31 March 2025.\n",
     "Doncaster", None, "2024-04-01", "2025-03-31", CR),
    ("Private Fostering Annual Report\n1 April 2024 - 31 March 2025\n\nLondon Borough of "
     "Lambeth, Children's Social Care\n",
     "Lambeth", None, "2024-04-01", "2025-03-31", CR),
    ("Independent Reviewing Officer Service\nAnnual Report 2023-2024\n\nSuffolk County "
     "Council\n\nThe IRO service chaired 1,980 reviews for children in care during the "
     "year.\n",
     "Suffolk", None, "2023-04-01", "2024-03-31", CR),
    ("IRO Annual Report 2024/25\nReport to: Corporate Parenting Panel, Wokingham Borough "
     "Council\n\n",
     "Wokingham", None, "2024-04-01", "2025-03-31", CR),
    # FOI replies
    ("Freedom of Information Request Reference: FOI-2025-1123\n\nDear Requester,\n\n"
     "You asked for the number of child protection plans started by Kirklees Council in "
     "each of the years 2021/22, 2022/23 and 2023/24.\n\nInformation Governance Team, "
     "Kirklees Council\n",
     "Kirklees", None, "2021-04-01", "2024-03-31", OTHER),
    ("Request for information under the Freedom of Information (Scotland) Act 2002\n\n"
     "Thank you for your request of 4 June 2025 to Highland Council. You asked how many "
     "children were placed on the child protection register between 1 April 2024 and 31 "
     "March 2025.\n",
     "Highland", None, "2024-04-01", "2025-03-31", OTHER),
    # court stories
    ("Father jailed for cruelty to son\n\nA father from Middlesbrough has been jailed at "
     "Teesside Crown Court for cruelty to his son. The court heard the boy was found alone "
     "in 2022. Middlesbrough Council said a review was under way.\n",
     "Middlesbrough", None, None, None, NEWS),
    ("Review into children's home after carer found guilty\n\nA care worker has been found "
     "guilty at Bristol Crown Court of neglecting children at a home in the city. Bristol "
     "City Council said an independent review would examine care at the home between March "
     "and August 2023.\n",
     "Bristol, City of", None, "2023-03-01", "2023-08-31", NEWS),
    # case reviews
    ("Local Child Safeguarding Practice Review\nChild Q\nHackney Safeguarding Children "
     "Partnership\n\nThe review considers the period from 1 September 2020 to 31 December "
     "2020.\n",
     "Hackney", "Hackney Safeguarding Children Partnership", "2020-09-01", "2020-12-31",
     REVIEW),
    ("Significant Case Review (Scotland) / Learning Review: Child A\nAberdeenshire Child "
     "Protection Committee\n\nThe review looked at multi-agency involvement from January "
     "2019 until the child's death in March 2022.\n",
     "Aberdeenshire", "Aberdeenshire Child Protection Committee", "2019-01-01", "2022-03-31",
     REVIEW),
]


# A second batch, written after the fixes above and before running the tool on it.
MORE_OPENINGS = [
    ("North Wales Safeguarding Board\nAnnual Report 2024 to 2025\n\nThe Board works across "
     "Conwy, Denbighshire, Flintshire, Gwynedd, Isle of Anglesey and Wrexham.\n",
     None, "North Wales Safeguarding Board", "2024-04-01", "2025-03-31", CR),
    ("Child Practice Review\nCwm Taf Morgannwg Safeguarding Board\nCTMSB 3/2023\n\n"
     "The review period was 1 January 2021 to 30 April 2022.\n",
     None, "Cwm Taf Morgannwg Safeguarding Board", "2021-01-01", "2022-04-30", REVIEW),
    ("Angus Child Protection Committee\nAnnual Report\n1 August 2023 - 31 July 2024\n",
     "Angus", "Angus Child Protection Committee", "2023-08-01", "2024-07-31", CR),
    ("Scottish Borders Public Protection Committee\nChild Protection Quarterly Report\n"
     "Quarter 1 2025/26\n\nThis report covers April to June 2025.\n",
     "Scottish Borders", "Scottish Borders Public Protection Committee", "2025-04-01",
     "2025-06-30", CR),
    ("South Eastern Health and Social Care Trust\nReport to Trust Board\nChildren's "
     "Services Performance, Quarter 3 2024/25 (October to December 2024)\n",
     "South Eastern Health and Social Care Trust", None, "2024-10-01", "2024-12-31", CR),
    ("Keeping Bristol Safe Partnership\nAnnual Report 2023-24\n\nWelcome to our annual "
     "report.\n",
     "Bristol, City of", "Keeping Bristol Safe Partnership", "2023-04-01", "2024-03-31", CR),
    ("Berkshire West Safeguarding Children Partnership\nAnnual Report 2024-25\n\nThe "
     "partnership covers Reading, West Berkshire and Wokingham.\n",
     None, "Berkshire West Safeguarding Children Partnership", "2024-04-01", "2025-03-31",
     CR),
    ("Year in numbers: 2024/25\nCalderdale Safeguarding Children Partnership\n\n"
     "4,210 contacts\n389 child protection enquiries\n",
     "Calderdale", "Calderdale Safeguarding Children Partnership", "2024-04-01",
     "2025-03-31", CR),
    ("Report to: Corporate Parenting Board\nDate: 12 February 2026\nSubject: Private "
     "Fostering Annual Report 2024/25\nReport of: Head of Service, Torbay Council\n",
     "Torbay", None, "2024-04-01", "2025-03-31", CR),
    ("Partnership report shows rise in neglect cases\n\nPress release: Walsall "
     "Safeguarding Partnership, 2 December 2025\n\nNeglect was the main reason children "
     "in Walsall were placed on a plan in 2024/25, the partnership's annual report says.\n\n"
     "Notes to editors\nThe report covers April 2024 to March 2025.\n",
     "Walsall", "Walsall Safeguarding Partnership", "2024-04-01", "2025-03-31", NEWS),
    ("Freedom of Information Act 2000 - Response\nOur reference: 2025/0881\n\nYou asked "
     "for the number of LADO referrals received by Bath and North East Somerset Council in "
     "2022/23 and 2023/24.\n",
     "Bath and North East Somerset", None, "2022-04-01", "2024-03-31", OTHER),
    ("Nurse struck off after failing to report abuse\n\nA nurse from Stockport has been "
     "struck off by a tribunal after she failed to report concerns about a child. The "
     "panel heard she saw bruises on the boy in 2021.\n",
     "Stockport", None, None, None, NEWS),
    ("Learning Review: Child B\nEast Lothian and Midlothian Public Protection Committee\n"
     "\nThe review considered the period from June 2020 until the child's removal in August "
     "2022.\n",
     None, "East Lothian and Midlothian Public Protection Committee", "2020-06-01",
     "2022-08-31", REVIEW),
    ("Independent Reviewing Officer Annual Report\nApril 2024 - March 2025\nLondon Borough "
     "of Enfield\n",
     "Enfield", None, "2024-04-01", "2025-03-31", CR),
    ("Children's Social Care Dashboard\nQ4 2024/25\nPeriod: January to March 2025\n"
     "Slough Borough Council\n",
     "Slough", None, "2025-01-01", "2025-03-31", CR),
]


# A third batch, written before running the tool on it: harder constructions.
LAST_OPENINGS = [
    # a short story about the board's annual report: a headline over a reporting lead
    ("Board publishes annual report\n\nThe Safeguarding Board for Northern "
     "Ireland (SBNI) has published its annual report for 2024/25. The SBNI said "
     "referrals rose across all five trusts.\n",
     None, "Safeguarding Board for Northern Ireland", "2024-04-01", "2025-03-31", NEWS),
    ("Quarterly Scorecard\nPeriod: October to December 2025\nRotherham Metropolitan Borough "
     "Council\n\nChildren's social care\n",
     "Rotherham", None, "2025-10-01", "2025-12-31", CR),
    ("Powys children's services 'improving', inspectors say\n\nCare Inspectorate Wales "
     "visited Powys County Council's children's services between 9 and 13 June 2025 and "
     "found improvements.\n",
     "Powys", None, "2025-06-09", "2025-06-13", NEWS),
    ("Man jailed for assaulting baby\n\nA man has been jailed at Belfast Crown Court for "
     "assaulting his baby daughter. The Belfast Health and Social Care Trust said it had "
     "worked with the family.\n",
     "Belfast Health and Social Care Trust", None, None, None, NEWS),
    ("Our year in numbers 2024-25\nWest Glamorgan Safeguarding Board\n\nAcross Swansea "
     "and Neath Port Talbot:\n2,104 safeguarding reports\n",
     None, "West Glamorgan Safeguarding Board", "2024-04-01", "2025-03-31", CR),
    ("Independent Reviewing Officer Annual Report\nWarwickshire County Council\n\n"
     "This report covers the year ending 31 March 2025.\n",
     "Warwickshire", None, "2024-04-01", "2025-03-31", CR),
    ("Request for information\n\nThank you for your request to Fife Council. You asked how "
     "many children were placed on the child protection register in the calendar years "
     "2022, 2023 and 2024.\n",
     "Fife", None, "2022-01-01", "2024-12-31", OTHER),
    ("Report to: Cabinet\nDate: 4 November 2025\nReport Title: Child Protection Register, "
     "Quarter 2 2025/26\nReport Author: Head of Children's Services, Denbighshire County "
     "Council\n",
     "Denbighshire", None, "2025-07-01", "2025-09-30", CR),
    ("Child death panel reviews 120 deaths\n\nThe Pan-Lancashire Child Death Overview Panel "
     "reviewed 120 deaths in 2024/25, its annual report shows. The panel covers Lancashire, "
     "Blackburn with Darwen and Blackpool.\n",
     None, "Pan-Lancashire Child Death Overview Panel", "2024-04-01", "2025-03-31", NEWS),
    ("Gwent Safeguarding Board\nChild Practice Review GWSB 02/2024\n\nThe review covers "
     "the period from March 2022 to January 2024.\n",
     None, "Gwent Safeguarding Board", "2022-03-01", "2024-01-31", REVIEW),
    ("Private fostering: a guide for parents\n\nIf you are looking after someone else's "
     "child for more than 28 days, you must tell Hertfordshire County Council.\n",
     "Hertfordshire", None, None, None, OTHER),
    # first written as the quarter to 31 March; the README settles that a single date is never
    # a document's period unless the report names its length, and a dataset names none
    ("Orkney Public Protection Committee\nChild Protection Minimum Dataset\n31 March 2025\n",
     "Orkney Islands", "Orkney Public Protection Committee", None, None, CR),
]


@pytest.fixture(scope="module")
def read(nlp):
    def metadata(text: str) -> tuple:
        document = load("opening.txt", text.encode())
        title = document.source.title
        doc = to_doc(document, nlp)
        area = choose_area(doc, title, document.context).area
        period = find_period(document.text, title, document.source.date, document.context)
        partnership = find_partnership(document.text, area, title, document.context)
        kind, _p = predict_kind(document)
        return (area, partnership, period.start if period else None,
                period.end if period else None, kind)
    return metadata


@pytest.mark.parametrize("text, area, partnership, start, end, kind",
                         OPENINGS + MORE_OPENINGS + LAST_OPENINGS)
def test_opening_metadata(read, text: str, area: str | None, partnership: str | None,
                          start: str | None, end: str | None, kind: str) -> None:
    got = read(text)
    assert (got[0], _norm(got[1]), got[2], got[3], got[4]) == (
        area, _norm(partnership), start, end, kind)


@pytest.mark.parametrize("text, expected", [
    # a short heading line above the name is not part of it
    ("Rapid Review: Baby M\nSolihull Safeguarding Children Partnership\n",
     "Solihull Safeguarding Children Partnership"),
    ("Learning Review\nRenfrewshire Child Protection Committee\nPublished May 2025\n",
     "Renfrewshire Child Protection Committee"),
    ("Serious Case Review (Overview Report) / Family B\nBury Integrated Safeguarding "
     "Partnership\n", "Bury Integrated Safeguarding Partnership"),
    # ...but a wrapped line of prose, or one ending on a joining word, runs on into it
    ("The report was written for the members of the board and was published by the Bath\n"
     "and North East Somerset Safeguarding Children Partnership.",
     "Bath and North East Somerset Safeguarding Children Partnership"),
    ("Annual report of the Bournemouth, Christchurch and\nPoole Safeguarding Children "
     "Partnership", "Bournemouth, Christchurch and Poole Safeguarding Children Partnership"),
    # a hyphenated joint name
    ("The Tri-borough Safeguarding Children Partnership met in June.",
     "Tri-borough Safeguarding Children Partnership"),
    ("The Pan-Dorset Safeguarding Children Partnership said so.",
     "Pan-Dorset Safeguarding Children Partnership"),
    # a council's children's partnership, its name written with 'Borough' or 'City'
    ("Oldham Borough Children's Partnership published its plan.",
     "Oldham Borough Children's Partnership"),
    ("The Trafford Children's Partnership met.", "Trafford Children's Partnership"),
    ("Every area has a Children's Partnership.", None),
    # a list of councils that begins with a short form of a council's name
    ("Cheshire West, Halton and Warrington Child Death Overview Panel reviewed 40 deaths.",
     "Cheshire West, Halton and Warrington Child Death Overview Panel"),
])
def test_partnership_names_in_openings(text: str, expected: str | None) -> None:
    assert _norm(find_partnership(text)) == _norm(expected)


@pytest.mark.parametrize("title, text, area, areas", [
    # a joint body's name joins its places: its report is about all of them
    ("Cardiff and Vale Regional Safeguarding Board",
     "Annual Report\nThe Board covers Cardiff Council and the Vale of Glamorgan Council.",
     None, {"Cardiff", "Vale of Glamorgan"}),
    ("Hartlepool and Stockton-on-Tees Safeguarding Children Partnership",
     "Annual report 2024/25\nWelcome to our report.", None, {"Hartlepool", "Stockton-on-Tees"}),
    ("Cheshire West, Halton and Warrington Child Death Overview Panel",
     "Annual report\nThe panel reviewed 41 deaths.", None,
     {"Cheshire West and Chester", "Halton", "Warrington"}),
    # a regional board naming its councils once each: none stands out
    ("West Glamorgan Safeguarding Board",
     "Annual Report\nThe Board serves Swansea and Neath Port Talbot.", None,
     {"Swansea", "Neath Port Talbot"}),
    ("Annual Report 2024/25",
     "The panel covers Bristol, North Somerset and South Gloucestershire.", None,
     {"Bristol, City of", "North Somerset", "South Gloucestershire"}),
    # one council's own name joined by 'and' is that council
    ("Telford and Wrekin Safeguarding Partnership", "Annual report\nWelcome.",
     "Telford and Wrekin", set()),
    ("Brighton & Hove Keeping Children Safe Partnership", "Annual report\nWelcome.",
     "Brighton and Hove", set()),
    # a joint body's name is the story's only council: that council
    ("Mother jailed", "A review by the Cardiff and Vale Regional Safeguarding Board found "
     "that chances were missed.", "Cardiff", set()),
    # a Pan-, Tri- or Bi- body is a region around the place it is named after
    ("Child death panel reviews deaths", "The Pan-Lancashire Child Death Overview Panel "
     "covers Lancashire, Blackburn with Darwen and Blackpool.", None,
     {"Lancashire", "Blackburn with Darwen", "Blackpool"}),
    ("Annual report", "The Pan-Dorset Safeguarding Children Partnership serves Dorset and "
     "Bournemouth, Christchurch and Poole.", None,
     {"Dorset", "Bournemouth, Christchurch and Poole"}),
    # 'more than 28 days' is a quantity, not a comparison with another place
    ("Private fostering: a guide", "If a child stays with you for more than 28 days, you "
     "must tell Hertfordshire County Council.", "Hertfordshire", set()),
    ("Help for carers", "Carers who look after a child for more than a month should contact "
     "Kent County Council.", "Kent", set()),
    # ...but a real comparison still is one
    ("Rates in Derby", "Rates in Derby are higher than in Nottingham. Derby Council said it "
     "would act.", "Derby", set()),
    # a council in the headline outweighs a joint body's name in the text
    ("Swansea baby review finds missed chances", "A review by the West Glamorgan "
     "Safeguarding Board looked at a Swansea family. Swansea Council said it had changed.",
     "Swansea", set()),
])
def test_joint_bodies_and_regional_boards(nlp, title: str, text: str, area: str | None,
                                          areas: set[str]) -> None:
    choice = choose_area(nlp(title + "\n" + text), title)
    assert (choice.area, set(choice.areas)) == (area, areas)


@pytest.mark.parametrize("text, start, end", [
    # 'Welcome to our … report for …' is the report's own scope sentence, before its title
    ("Standards and Quality Report 2024-2025\n\nWelcome to our standards and quality report "
     "for the year 1 August 2024 to 31 July 2025.", "2024-08-01", "2025-07-31"),
    ("Annual Report 2023/24\n\nWelcome to the partnership's annual report, which covers "
     "September 2023 to August 2024.", "2023-09-01", "2024-08-31"),
    # a scope verb in any tense: 'will examine', 'is considering'
    ("Review into care home\n\nThe council said a review would examine care at the home "
     "between March and August 2023.", "2023-03-01", "2023-08-31"),
    ("Panel to look again at deaths\n\nThe panel is considering deaths between April 2022 "
     "and March 2024 again.", "2022-04-01", "2024-03-31"),
    # a span that ends at an event the sentence dates
    ("Learning Review: Child A\n\nThe review looked at involvement from January 2019 until "
     "the child's death in March 2022.", "2019-01-01", "2022-03-31"),
    ("Practice review\n\nIt considered contact with the family from May 2021 to her "
     "admission to hospital in June 2023.", "2021-05-01", "2023-06-30"),
    # a count at the end of March, with a report or a register as its source: that year
    ("Register rises in Conwy\n\nThe number of children on the register rose to 161 at the "
     "end of March 2025, a report to the scrutiny committee shows.", "2024-04-01",
     "2025-03-31"),
    ("Fewer children in care\n\nThere were 402 children in care on 31 March 2025, a report "
     "found.", "2024-04-01", "2025-03-31"),
    # ...but a date with no source that counts is no period
    ("Council moves offices\n\nThe council moved to new offices at the end of March 2025.",
     None, None),
])
def test_period_constructions_in_openings(text: str, start: str | None,
                                          end: str | None) -> None:
    title = text.split("\n", 1)[0]
    period = find_period(text, title)
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, review, periodic", [
    # a case review's own title: the review's kind, perhaps its subject
    ("Child Practice Review: Child T\nWest Glamorgan Safeguarding Board\n", True, False),
    ("Local Child Safeguarding Practice Review\nChild Q\n", True, False),
    ("Significant Case Review (Scotland) / Learning Review: Child A\n", True, False),
    ("Rapid Review - Baby M\nExecutive Summary\n", True, False),
    ("Serious Case Review: Family B – Overview Report\n", True, False),
    ("Learning Review\nPublished June 2025\n", True, False),
    # a review's reference after its kind
    ("Gwent Safeguarding Board\nChild Practice Review GWSB 02/2024\n", True, False),
    ("Adult and Child Practice Reviews\nChild Practice Review NWSB 1/2023\n", True, False),
    ("Learning Review Group\nTerms of reference\n", False, False),
    # a headline about a review says more: a story
    ("Learning review published after toddler's death in Fife\n\nA review found …", False,
     False),
    ("Serious case review into baby's death finds failings\n", False, False),
    # a periodic report's own title
    ("Local Authority Designated Officer (LADO)\nAnnual Report 2024-25\n", False, True),
    ("Cheshire West, Halton and Warrington Child Death Overview Panel\nAnnual Report "
     "2024-2025\n", False, True),
    ("Dumfries and Galloway Public Protection Committee\nChild Protection Minimum Dataset\n",
     False, True),
    ("Children's Services Performance Scorecard\nQ3 2025/26\n", False, True),
    ("Independent Reviewing Officer Service\nAnnual Report 2023-2024\n", False, True),
    # a line of only a frequency, 'report' and a year is a title in any case, even third
    ("Tri-borough Partnership\nHammersmith & Fulham and Westminster\nYearly report 2023-24\n",
     False, True),
    ("Northshire Safeguarding Board\nHalf-yearly report 2025/26\n", False, True),
    ("Eastvale Children's Partnership\nannual report 2024\n", False, True),
    ("Six-monthly report: 2025-26\nCorporate Parenting Panel\n", False, True),
    ("Quarterly report 2025/26 Q2\n", False, False),
    ("Eastvale Board\nMinutes\nNotes\nAnnual report 2024\n", False, False),
    ("Annual report 2024 shows more referrals\n", False, False),
    ("Yearly report for 2023-24 published\n", False, False),
    # a headline about a report has lower-case words
    ("Safeguarding partnership publishes annual report\n\nThe partnership said …", False,
     False),
    ("Council's annual report shows rise in referrals\n", False, False),
    ("Annual report: more children on plans\n", False, False),
])
def test_a_title_names_the_genre(text: str, review: bool, periodic: bool) -> None:
    from extractor.genre import is_periodic_report_title, is_review_title

    assert (is_review_title(text), is_periodic_report_title(text)) == (review, periodic)


@pytest.mark.parametrize("text, start, end", [
    # a request asked in plain years covers their run, January to December
    ("Request for information\n\nYou asked how many children were placed on the register in "
     "the calendar years 2022, 2023 and 2024.", "2022-01-01", "2024-12-31"),
    ("Freedom of Information request\n\nPlease provide the number of LADO referrals for the "
     "years 2020 and 2021.", "2020-01-01", "2021-12-31"),
    ("FOI response\n\nYou asked for figures for the years 2019, 2020, 2021 and 2022.",
     "2019-01-01", "2022-12-31"),
    # years that do not run on are no span
    ("FOI response\n\nYou asked for figures for the years 2018 and 2022.", None, None),
    # a story that is no request is not read this way
    ("Council history\n\nThe council was reorganised in the years 2019 and 2020.", None, None),
])
def test_a_request_in_plain_years(text: str, start: str | None, end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a committee paper's business is a year that starts after the meeting it goes to: a
    # budget, a plan or a policy for that year is a projection, not a reporting period
    ("From: Leader of the Council\nTo: Cabinet – 12 February 2026\nSubject: Draft Revenue "
     "Budget 2026-27\n\nSummary: The draft budget for 2026-27 is set out below.\n", None, None),
    ("By: Director of HR\nTo: County Council Date: 19 March 2026\nSubject: Pay Policy "
     "Statement 2026/27\n\nSummary: The Act requires the pay policy to be approved each "
     "year.\n", None, None),
    ("Report to: Children's Scrutiny Committee\nDate of meeting: 3 March 2026\nSubject: "
     "Children's Services Business Plan 2026-27\n\nThe plan for 2026-27 has three aims.\n",
     None, None),
    ("From: Cabinet Member for Finance\nTo: Cabinet, 15 January 2026\nSubject: Capital "
     "Programme 2026-36\n\nThe programme for 2026-27 to 2035-36 totals £1.2bn.\n", None, None),
    ("Meeting: Cabinet\nDate: 20 January 2026\nTitle: Fees and Charges 2026/27\n\nFees for "
     "2026/27 rise by 3%.\n", None, None),
    ("To: County Council – 13 th February 2026\nSubject: Council Tax Setting 2026-27\n\n"
     "The council tax for 2026-27 is set out in Appendix 1.\n", None, None),
    ("Meeting date: 4 February 2026\nSubject: Sufficiency Strategy 2026-2029\n\nThe strategy "
     "covers 2026-27 to 2028-29.\n", None, None),
    ("To: Health and Wellbeing Board – 25 March 2026\nSubject: Better Care Fund Plan "
     "2026/27\n\nThe plan for 2026/27 is attached.\n", None, None),
    # ...a period that has begun by the meeting is the paper's own
    ("To: Cabinet – 12 February 2026\nSubject: Quarter 3 Performance Report 2025-26\n\n"
     "Summary: Performance for October to December 2025.\n", "2025-10-01", "2025-12-31"),
    ("To: County Council – 12 March 2026\nSubject: Treasury Management Mid-Year Update "
     "2025-26\n\nThis report covers activity to the end of September 2025.\n", "2025-04-01",
     "2025-09-30"),
    ("To: Corporate Parenting Panel, 10 June 2025\nSubject: Virtual School Annual Report "
     "2024-25\n\nThe report covers the academic year.\n", "2024-04-01", "2025-03-31"),
    ("Date of meeting: 14 January 2026\nSubject: Budget Monitoring 2025-26\n\nThe forecast "
     "for 2025-26 is an overspend of £3m.\n", "2025-04-01", "2026-03-31"),
])
def test_a_paper_for_a_later_year_has_no_period(text: str, start: str | None,
                                                end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a decision paper says what its readers are asked to decide: no reporting period
    ("Subject: Commissioning Plan for School Places 2026-30\n\nSummary: This report provides "
     "the Cabinet with the plan for approval.\nRecommendation: Cabinet is asked to agree the "
     "plan.\n\n1.1 Demand in 2025-26 rose again.\n", None, None),
    ("Early Help Strategy\n\nRecommendations\nMembers are asked to approve the strategy.\n\n"
     "In 2024/25 the service supported 3,100 families.\n", None, None),
    ("Home to School Transport Policy\n\nThe Committee is recommended to endorse the policy."
     "\n\nSpending in 2024-25 was £41m.\n", None, None),
    ("Family Hubs: future model\n\nCabinet is being asked to agree the consultation "
     "proposals.\n\nThe hubs saw 9,000 visits in 2024-25.\n", None, None),
    ("Youth Justice Plan\n\nThe Board are asked to adopt the plan.\n\nIn 2024/25 there were "
     "64 first-time entrants.\n", None, None),
    ("Fostering Allowances\n\nCabinet is asked to authorise the new rates.\n\nThe service had "
     "210 carers in 2024-25.\n", None, None),
    ("Sufficiency Strategy\n\nThe Panel is requested to approve the strategy.\n\nThe number "
     "of children in care in 2024/25 was 512.\n", None, None),
    ("Kinship Care Policy\n\nIt is recommended that Cabinet approves the policy.\n\n"
     "In 2024/25, 88 children lived with kinship carers.\n", None, None),
    # ...being asked to note a report on a period is no decision
    ("Annual Report of the Virtual School 2024-25\n\nRecommendation: The Panel is asked to "
     "note the report.\n", "2024-04-01", "2025-03-31"),
    ("Children's Services Performance\n\nMembers are asked to note performance in 2024-25.\n"
     "\nReferrals in 2024-25 fell.\n", "2024-04-01", "2025-03-31"),
])
def test_a_decision_paper_has_no_period(text: str, start: str | None, end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a consultation or survey report covers the weeks the consultation ran
    ("Family Hubs Consultation Report\n\nBackground\nOn 3 June 2025, a public consultation "
     "was launched, lasting eight weeks until 29 July 2025.\n", "2025-06-03", "2025-07-29"),
    ("Consultation findings\n\nThe consultation ran from 1 September 2025 until 26 October "
     "2025 and received 1,204 responses.\n", "2025-09-01", "2025-10-26"),
    ("Short Breaks Survey: results\n\nThe survey was open from 5 May to 16 June 2025.\n",
     "2025-05-05", "2025-06-16"),
    ("Youth Services Review – Consultation Report\n\nThe consultation opened on 12 January "
     "2026 and closed on 9 March 2026.\n", "2026-01-12", "2026-03-09"),
    ("Engagement report\n\nThe engagement took place between 2 and 30 April 2025.\n",
     "2025-04-02", "2025-04-30"),
    ("Parent carer survey 2025\n\nThe survey went live on 1 October 2025 and ran until 30 "
     "November 2025.\n", "2025-10-01", "2025-11-30"),
    ("Consultation on school transport\n\nResidents could respond from 14 July 2025 to 8 "
     "September 2025, online or on paper.\n", "2025-07-14", "2025-09-08"),
    ("Children's Centres: consultation outcome\n\nThe council consulted from 20 January to "
     "2 March 2025.\n", "2025-01-20", "2025-03-02"),
    # a launch with no end is no span
    ("Consultation launched\n\nA consultation was launched on 3 June 2025.\n", None, None),
    # a survey told in passing by a report on a year is not the report's span
    ("Children's services performance\n\nReferrals in 2024/25 rose by 9%. A survey of "
     "parents ran from 1 May to 30 June 2025. Referrals in 2024/25 were 4,100.\n",
     "2024-04-01", "2025-03-31"),
])
def test_a_consultation_covers_the_weeks_it_ran(text: str, start: str | None,
                                                end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a budget position 'as at' a quarter is the year's forecast seen from that point: the
    # financial year, not the quarter
    ("Finance Monitoring Report\n\nThis report provides an update on the Council's financial "
     "position as at Quarter 3 2025-26.\n", "2025-04-01", "2026-03-31"),
    ("Budget Monitoring\n\nThis report sets out the budget monitoring position as at the end "
     "of Quarter 2 2025/26.\n", "2025-04-01", "2026-03-31"),
    ("Revenue Monitoring\n\nThis report presents the forecast position at Q1 2025-26.\n",
     "2025-04-01", "2026-03-31"),
    ("Capital Programme Monitoring\n\nThis report gives the forecast outturn as at Q2 "
     "2024/25.\n", "2024-04-01", "2025-03-31"),
    ("Treasury and Revenue Update\n\nThis paper reports the revenue position at the end of "
     "Quarter 1 2025-26.\n", "2025-04-01", "2026-03-31"),
    ("Children's Services Budget\n\nThis report sets out the forecast as at Quarter 3 "
     "2024-25 for children's services.\n", "2024-04-01", "2025-03-31"),
    ("Dedicated Schools Grant Monitoring\n\nThis report shows the monitoring position as at "
     "Q3 2025/26.\n", "2025-04-01", "2026-03-31"),
    ("Housing Revenue Account\n\nThis report provides the outturn position as at Quarter 4 "
     "2024-25.\n", "2024-04-01", "2025-03-31"),
    # ...a report on a quarter's own performance is that quarter
    ("Performance Report\n\nThis report covers Quarter 3 2025-26 (October to December "
     "2025).\n", "2025-10-01", "2025-12-31"),
    ("Performance Scorecard\n\nThis report presents performance for Q2 2025/26.\n",
     "2025-07-01", "2025-09-30"),
])
def test_a_budget_position_as_at_a_quarter_is_the_year(text: str, start: str | None,
                                                       end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


_FILLER = "The Cabinet Member thanked the councillor for the question about the bus routes. " * 45


@pytest.mark.parametrize("text, start, end", [
    # an inspection or a visit in the opening dates the document's span...
    ("Children's services praised\n\nInspectors spent two weeks with the teams between 3 and "
     "14 March 2025.\n", "2025-03-03", "2025-03-14"),
    ("Focused visit letter\n\nThis letter summarises the findings of the visit between 9 and "
     "10 July 2025.\n", "2025-07-09", "2025-07-10"),
    ("Monitoring visit\n\nInspectors visited the service from 2 to 4 June 2025.\n",
     "2025-06-02", "2025-06-04"),
    ("Youth justice inspection\n\nThe inspection took place between 12 and 16 May 2025.\n",
     "2025-05-12", "2025-05-16"),
    # ...but deep in a long text it is an answer's or an action's date, not the document's
    (f"Questions and answers\n\n{_FILLER}A team inspected the roads on 10th and 11th March "
     "2025.\n", None, None),
    (f"Written questions\n\n{_FILLER}Officers visited the site between 3 and 5 February "
     "2025.\n", None, None),
    (f"Member questions\n\n{_FILLER}Highways inspectors checked the bridge from 1 to 3 April "
     "2025.\n", None, None),
    (f"Questions to the Leader\n\n{_FILLER}The fire inspection took place on 9 and 10 June "
     "2025.\n", None, None),
    (f"Council questions\n\n{_FILLER}The school was visited from 14 to 16 January 2025.\n",
     None, None),
])
def test_an_inspection_dates_the_span_only_in_the_opening(text: str, start: str | None,
                                                          end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, date, start, end", [
    # nothing has been reported of a year that has not begun by the document's own date
    ("Council agrees budget\n\nCouncillors agreed the children's services budget for 2026/27 "
     "of £212m.\n", "2026-02-20", None, None),
    ("Published: 3 February 2026\n\nFoster carer fees to rise\n\nFees for 2026-27 will rise by "
     "4%, the council said. Fees in 2026-27 are set by the cabinet.\n", None, None, None),
    ("Thursday 13 March 2025\nQuestion by A Councillor to the Cabinet Member\n\nIn 2025-2026 "
     "the service will expand. The 2025-2026 plan is attached.\n", None, None, None),
    ("New strategy for care leavers\n\nThe strategy for 2026-2029 was launched.\n",
     "2025-11-02", None, None),
    ("Youth service plans\n\nThe service will open four hubs in 2027.\n", "2026-01-15", None,
     None),
    ("Posted: 28 January 2026\n\nSchool places plan\n\nThe plan covers 2026/27 to 2029/30. "
     "Demand in 2026/27 rises.\n", None, None, None),
    # ...a year that has begun or ended by then is the story's
    ("Referrals rise\n\nReferrals rose in 2025/26, figures show.\n", "2026-05-10",
     "2025-04-01", "2026-03-31"),
    ("Published: 3 February 2026\n\nMore children in care\n\nThe number of children in care "
     "rose in 2025-26, a report shows. In 2025-26 there were 410.\n", None, "2025-04-01",
     "2026-03-31"),
    ("Annual report published\n\nThe partnership's annual report for 2024/25 was "
     "published.\n", "2025-10-01", "2024-04-01", "2025-03-31"),
])
def test_a_year_not_begun_by_the_document_date_is_no_period(text: str, date: str | None,
                                                           start: str | None,
                                                           end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0], date)
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a plan, a budget or a strategy for named years is a projection: no reporting period
    ("High Level 2026-29 Revenue Plan and Financing\n\nIndicative for planning purposes\n\n"
     "2026-27 | 2027-28 | 2028-29\n", None, None),
    ("Children's Services Business Plan 2026-27\n\nOur priorities are set out below. In "
     "2026-27 we will open two homes.\n", None, None),
    ("Draft Revenue Budget 2026-27\n\nThe budget for 2026-27 totals £1.4bn.\n", None, None),
    ("Early Help Strategy 2026-2029\n\nThe strategy has four aims for 2026-27.\n", None, None),
    ("Capital Programme 2026-27 to 2035-36\n\nThe programme for 2026-27 totals £280m.\n",
     None, None),
    ("Youth Justice Plan 2026/27\n\nThe plan for 2026/27 was agreed by the board.\n", None,
     None),
    ("Medium Term Financial Plan 2026-30\n\nSavings of £12m are planned in 2026-27.\n", None,
     None),
    ("Sufficiency Strategy 2025 to 2028\n\nDemand for places in 2025-26 will rise.\n", None,
     None),
    # ...but a report on a plan's year, or a plan and report, reports that year
    ("Business Plan 2024-25: End of Year Report\n\nThis report covers 2024-25.\n",
     "2024-04-01", "2025-03-31"),
    ("Annual Plan and Report 2024 to 2025\n\nThe board's work in 2024-25.\n", "2024-04-01",
     "2025-03-31"),
    ("Budget Monitoring Report 2025-26\n\nThe forecast for 2025-26 is an overspend.\n",
     "2025-04-01", "2026-03-31"),
])
def test_a_plan_for_named_years_has_no_period(text: str, start: str | None,
                                             end: str | None) -> None:
    period = find_period(text, text.split("\n", 1)[0])
    assert (period.start if period else None, period.end if period else None) == (start, end)


@pytest.mark.parametrize("title, text, area", [
    # a council's name inside another place's or a company's name in a headline is not the
    # story's council
    ("New York ramps up testing", "The city opened six more testing sites.", None),
    ("Coronavirus: New York hospitals stretched", "Hospitals in the city are full.", None),
    ("Old Trafford to host final", "The stadium will host the match.", None),
    ("New Jersey votes", "Voters in the state went to the polls.", None),
    ("Hull Trains cancels services", "The operator cancelled services on Sunday.", None),
    ("Bristol Airport expands", "The airport will add a terminal.", None),
    ("Leeds United sign striker", "The club confirmed the signing.", None),
    ("Reading FC fined", "The club was fined by the league.", None),
    # ...but the council itself in a headline still is
    ("York children's services praised", "Inspectors praised the council.", "York"),
    ("Hull council opens new children's home", "The home has four beds.",
     "Kingston upon Hull, City of"),
])
def test_a_headline_place_inside_another_name(nlp, title: str, text: str,
                                              area: str | None) -> None:
    assert choose_area(nlp(title + "\n" + text), title).area == area


@pytest.mark.parametrize("title, text, context, area", [
    # a county council written only by its initials, when they are one council's alone and no
    # council is named at all, is that council
    ("Call-in of a decision", "At KCC any two members may call in a decision.", (), "Kent"),
    ("Treasury management", "The Council's investments are listed below.", ("KCC",), "Kent"),
    ("Scrutiny report", "ECC officers answered questions from members.", (), "Essex"),
    ("Highways update", "WSCC has resurfaced 40 miles of road.", (), "West Sussex"),
    ("Budget briefing", "OCC will hold a consultation.", (), "Oxfordshire"),
    ("Libraries", "GCC library opening hours change.", (), "Gloucestershire"),
    ("Adult social care", "The ESCC team met on Monday.", (), "East Sussex"),
    # initials several councils share are no one's
    ("Roads", "HCC said the road would reopen.", (), None),
    ("Schools", "NCC officers visited the school.", (), None),
    # a council named in the text still decides
    ("Joint work", "Medway Council and KCC signed the agreement. Medway Council said so.", (),
     "Medway"),
])
def test_a_county_council_by_its_initials_alone(nlp, title: str, text: str,
                                                context: tuple[str, ...],
                                                area: str | None) -> None:
    assert choose_area(nlp(title + "\n" + text), title, context).area == area


@pytest.mark.parametrize("text, kind", [
    # a headline in sentence case over a lead that reports what someone said, heard or
    # published is a story, however short
    ("Adoption panel warns of delays\n\nCouncillors in Anyshire heard that 14 children waited "
     "more than a year for a match.\n", NEWS),
    ("Partnership publishes review of neglect cases\n\nThe Anyshire Safeguarding Children "
     "Partnership has published a review of 12 neglect cases.\n", NEWS),
    ("Care leavers to get free bus travel\n\nYoung people leaving care will travel free, "
     "Anyshire Council announced on Monday.\n", NEWS),
    ("Children's homes shortage 'critical', says director\n\nThe director of children's "
     "services told the committee that 30 children were placed out of the county.\n", NEWS),
    ("Ten more social workers recruited\n\nThe council said it had filled ten posts since "
     "April, cutting agency spending.\n", NEWS),
    ("Islands added to quarantine list\n\nTravellers must isolate for 14 days.\nThe "
     "Transport Secretary said the latest data showed rising cases.\n", NEWS),
    ("School exclusions rise again\n\nExclusions rose by 12%, figures revealed on Thursday."
     "\n", NEWS),
    ("Inspectors find improvement in youth justice\n\nThe service has improved, inspectors "
     "found, and leaders were praised.\n", NEWS),
    # ...a report's own title-case heading, a labelled front sheet or an assessment form is not
    ("From: Cabinet Member for Children\nTo: Cabinet – 12 February 2026\nSubject: Fostering "
     "Fees\n\nSummary: The director said fees would rise.\n", CR),
    ("Annual Report of the Virtual School 2024-25\n\nThe head teacher said attainment rose.\n",
     CR),
    # ...nor a body's own page, writing of itself
    ("Learning from our reviews\n\nWhat we learned from reviews in 2024 to 2025. The panel "
     "found that agencies worked well together.\n", CR),
])
def test_a_headline_over_a_reporting_lead_is_a_story(read, text: str, kind: str) -> None:
    assert read(text)[4] == kind


@pytest.mark.parametrize("text, story", [
    ("Council recruits ten social workers\n\nThe council said it had filled ten posts.", True),
    ("Board publishes annual report\n\nThe board has published its report.", True),
    # a body writing of itself, outside quotation marks, is its own page
    ("Our work with schools\n\nIn 2024-25 we trained 300 staff. Head teachers told us the "
     "training helped.", False),
    ("Learning from reviews\n\nWhat we learned. The panel found agencies worked well.", False),
    # ...but 'we' inside a quotation is a speaker's
    ("Council apologises to family\n\n“We got this wrong,” the director said.", True),
    ("Islands added to travel list\n\nThe minister said on Twitter: “The data shows we must act.\n"
     "“This means you must isolate.”", True),
    # a page addressing its reader, a breadcrumb, a meeting's page are no stories
    ("Worried about a child\n\nIf you are worried, call us. Officers said calls are free.",
     False),
    ("Anyshire Council > Children > Keeping safe\n\nThe council said it would help.", False),
    ("Agenda and minutes\nVenue: Committee Room 1\nMembers were told caseloads fell.", False),
    ("Appendix B - Capital Programme Monitoring\n\nThe overspend reflects ground conditions "
     "found in October.", False),
    # a title-case heading, a front sheet, a one-word line are no headlines
    ("Children's Services Annual Report\n\nThe director said attainment rose.", False),
    ("Fostering fees review\nTo: Cabinet – 3 March 2026\nThe director said fees rise.", False),
    ("Summary\n\nThe director said fees rise.", False),
    # a lead that ends on its source after a comma ('..., figures show.') reports it
    ("Foster carer numbers fall again\n\nApproved foster carers in Anyshire fell to 212 last "
     "year, council figures show.", True),
    ("Youth clubs busier than ever\n\nClubs in Barsetshire logged 4,000 visits over the summer, "
     "a new report reveals.", True),
    ("Adoption waits lengthen\n\nChildren waited an average of 20 months, the latest data "
     "suggests.", True),
    ("Panel looks at 88 deaths\n\nThe regional panel looked at 88 deaths in 2023/24, its yearly "
     "report shows.", True),
    # ...but data showing something, said as the page's own finding, is no attribution
    ("Referrals this year\n\nThe data shows referrals rose in the autumn and fell in spring.",
     False),
    ("Our year in numbers\n\nWe supported 300 families, our annual report shows.", False),
])
def test_a_story_opening(text: str, story: bool) -> None:
    from extractor.genre import is_story_opening

    assert is_story_opening(text) == story


_LONG_FILLER = ("Social workers visited children regularly and managers checked the quality of "
                "plans each month. ") * 110


@pytest.mark.parametrize("text, expected", [
    # a long report about something else names a body once, deep in, as an overseer: not its
    # body
    (f"Inspection of Anyshire children's services\n\n{_LONG_FILLER}Leaders are supported by "
     "the Anyshire Safeguarding Children Board and its sub groups.\n", None),
    (f"Children's services improvement plan update\n\n{_LONG_FILLER}The Barsetshire "
     "Safeguarding Children Partnership oversees the work.\n", None),
    (f"Youth justice inspection\n\n{_LONG_FILLER}Partners, including the Wessex "
     "Safeguarding Children Partnership, attended.\n", None),
    (f"Scrutiny review of early help\n\n{_LONG_FILLER}The review was shared with the "
     "Midshire Child Death Overview Panel.\n", None),
    # ...named in the opening, or more than once, or in a short text, it is
    (f"Anyshire Safeguarding Children Partnership\nAnnual Report\n\n{_LONG_FILLER}",
     "Anyshire Safeguarding Children Partnership"),
    (f"Annual report\n\n{_LONG_FILLER}The Barsetshire Safeguarding Children Partnership "
     "met six times. The Barsetshire Safeguarding Children Partnership agreed its plan.\n",
     "Barsetshire Safeguarding Children Partnership"),
    ("Council praised\n\nInspectors said the council's work was good. Social workers knew "
     "their children well. Leaders were praised. The Wessex Safeguarding Children "
     "Partnership welcomed the report.\n", "Wessex Safeguarding Children Partnership"),
    (f"Learning review\n\nThe Midshire Safeguarding Children Partnership commissioned this "
     f"review.\n{_LONG_FILLER}", "Midshire Safeguarding Children Partnership"),
])
def test_a_body_named_once_deep_in_a_long_report(text: str, expected: str | None) -> None:
    assert _norm(find_partnership(text)) == _norm(expected)


@pytest.mark.parametrize("text, debate", [
    ("Care Leavers: Housing\nVolume 760: debated on Tuesday 3 March 2026\n9.30 am\nAnna Bell "
     "(Bristol East) (Lab)\nI beg to move,\nThat this House has considered housing for care "
     "leavers.\n", True),
    ("Motion made, and Question proposed, That this House do now adjourn.\nJo Hart (Bath) (LD)\n"
     "I raise the closure of a children's centre.\n", True),
    ("Members' Business\nMotion debated,\nThat the Parliament recognises the work of foster "
     "carers in Fife.\n17:05\nA member spoke.\n", True),
    ("Plenary\nRecord of Proceedings\n8. Short Debate: adoption in Wales\nThe Minister "
     "replied.\n", True),
    ("Official Report\nMeeting of the Parliament\nThe Minister answered questions on "
     "childcare.\n", True),
    ("Hansard\nHouse of Lords\nChildren's Homes: Profits\nLord Ashby asked the Government.\n",
     True),
    # a story about a debate, a council's motion and minutes are not a parliament's record
    ("MP calls for care leavers' homes\nAn MP has told Parliament that care leavers face a "
     "housing crisis.\nShe said councils needed more money.\n", False),
    ("Full Council, 12 March 2026\nMotion: That this Council notes the rise in children in "
     "care and calls on the Government to act.\n", False),
    ("Annual report 2025/26\nThe partnership reports on its work.\nWe held 12 meetings.\n",
     False),
    ("Councillor's blog\nI was in the chamber when the Hansard reporters took down every word "
     "of our debate on youth clubs.\n", False),
])
def test_a_parliaments_record_of_a_debate(text: str, debate: bool) -> None:
    from extractor.genre import is_debate_record

    assert is_debate_record(text) is debate
