"""Kind by who publishes: a police force's own document, an NHS body's web page, a factsheet,
and a community publication that says what it is on its masthead.

Each row is an INVENTED opening (a masthead, a title, the first lines), read through the
production path (ingest.load, then predict_kind). The rows that the rules decide give the kind a
reader records; the rows beside them (a force's press release or news page, a paper to a police
and crime panel, an NHS trust's annual report, a partnership's "year in numbers" page, a parish
magazine) show where each rule stops. Conventions: corpus/kinds/README.md (round 26).
"""

from __future__ import annotations

import pytest

from extractor.genre import is_factsheet
from extractor.ingest import load
from extractor.kind import predict_kind
from extractor.publisher import data_service_publisher, partner_page, police_publisher, publication

CR, NEWS, OTHER = "council_report", "news_article", "other"


def _kind(name: str, text: str) -> str:
    return predict_kind(load(name, text.encode("utf-8")))[0]


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


# -- a police force's own document: other (its press release and its news pages are news) -----
POLICE_ROWS = [
    ("strategic.txt",
     "Lancashire Constabulary | OFFICIAL\nStrategic Assessment 2026: Serious Organised Crime\n\n"
     "This assessment sets out the threat from organised crime groups across the county and the "
     "priorities for the next twelve months. It draws on 4,100 intelligence logs.\n"),
    ("profile.txt",
     "DURHAM CONSTABULARY\nDomestic abuse problem profile: Darlington, 2025/26\n\n"
     "Officers attended 2,860 domestic abuse incidents where a child was present or normally "
     "lived at the address, an increase of 6% on the year before.\n"),
    ("scotland.txt",
     "Police Scotland | North East Division\nLocal Policing Plan: Aberdeen City 2026-29\n\n"
     "Our priorities were set after 1,200 people answered the local policing survey. Protecting "
     "people at risk of harm remains the first of them.\n"),
    ("psni.txt",
     "Police Service of Northern Ireland\nChild Sexual Exploitation: thematic assessment\n\n"
     "The assessment covers the period from April 2025 to March 2026. It records 314 "
     "investigations in which a child was identified as at risk.\n"),
    ("heddlu.txt",
     "Heddlu Dyfed-Powys Police\nExploitation Tactical Assessment, Quarter 3\n\n"
     "This tactical assessment describes the county lines active in Ceredigion and Powys and the "
     "children linked to them through intelligence.\n"),
    ("met.txt",
     "Metropolitan Police Service - Violent Crime Taskforce\nKnife crime and young people: "
     "borough profile for Lambeth\n\nThere were 212 knife crime offences with a victim aged under "
     "25 in the year to September.\n"),
    ("btp.txt",
     "British Transport Police\nVulnerability on the railway: annual assessment\n\nOfficers "
     "safeguarded 1,940 children found alone on the network, most of them reported missing by "
     "their families or carers.\n"),
    ("avon.txt",
     "Avon and Somerset Police\nOperation Topaz: child exploitation performance summary\n\n"
     "The summary covers the six months to 30 September. Disruption activity rose to 96 "
     "orders and notices.\n"),
    ("gmp.txt",
     "GREATER MANCHESTER POLICE | Public Protection Division\nMissing persons: force-wide "
     "analysis\n\nThe force recorded 11,300 missing episodes, 64% of them involving a child.\n"),
    ("wyp.txt",
     "West Yorkshire Police | OFFICIAL - PUBLIC\nOnline child sexual abuse: intelligence summary "
     "2026\n\nReferrals from the national centre rose to 1,480. Each is graded on receipt.\n"),
]


@pytest.mark.parametrize("name,text", POLICE_ROWS, ids=[r[0] for r in POLICE_ROWS])
def test_police_force_document_is_other(name: str, text: str) -> None:
    assert police_publisher(text)
    assert _kind(name, text) == OTHER


POLICE_NOT = [
    # its press release is news by its label
    ("release.txt",
     "Anyshire Constabulary\nPress release - 14 May 2026\nMan charged after children found in "
     "cannabis factory\nA 34-year-old man has been charged after officers found two boys.\n", NEWS),
    # its news page
    ("newspage.txt",
     "Merseyside Police - News\nPublished: 10:02, 2 June 2026\nTeenager arrested after county "
     "lines raid in Bootle\nA 17-year-old boy was arrested on Tuesday, police said.\n", NEWS),
    # a paper to a police and crime panel (a council joint committee) is the panel's
    ("panel.txt",
     "Anyshire Police and Crime Panel, 12 March 2026\nReport of the Chief Constable, Anyshire "
     "Constabulary\nChild exploitation: progress report\n1. Purpose of the report\n1.1 To update "
     "the panel on the force's response to child exploitation.\n", CR),
    # a partnership's paper presenting the force's data is the partnership's
    ("partnership.txt",
     "Anytown Safeguarding Children Partnership | Executive Board\nThames Valley Police data: "
     "exploitation, Quarter 3\n\nThe board is asked to note the rise in children flagged.\n", None),
    # a commissioner's office is not a force
    ("pcc.txt",
     "Office of the Police and Crime Commissioner for Anyshire\nVictims' services: commissioning "
     "intentions 2026-27\n\nThe commissioner funds eight services for children and young people.\n",
     None),
]


@pytest.mark.parametrize("name,text,kind", POLICE_NOT, ids=[r[0] for r in POLICE_NOT])
def test_where_the_police_rule_stops(name: str, text: str, kind: str | None) -> None:
    assert not police_publisher(text)
    if kind is not None:
        assert _kind(name, text) == kind


# -- an NHS body's public web page: other (its report to its board stays a council report) ------
NHS_ROWS = [
    ("Safeguarding children - Anyvale Hospitals NHS Foundation Trust",
     "<h1>Safeguarding children</h1><p>Our safeguarding team supports staff on every ward.</p>"
     "<p>Last year our staff made 740 referrals to children's social care.</p>"),
    ("Child protection | NHS Grampian",
     "<h1>Child protection</h1><p>If you are worried about a child, speak to the nurse or doctor "
     "looking after you.</p><p>The team gave advice on 1,150 occasions last year.</p>"),
    ("Safeguarding team | Betsi Cadwaladr University Health Board",
     "<h1>Safeguarding team</h1><p>We are a team of 14 nurses and two named doctors.</p>"),
    ("Safeguarding - NHS Anyshire Integrated Care Board",
     "<h1>Safeguarding</h1><p>We are one of the three safeguarding partners in Anyshire.</p>"
     "<p>Our designated nurse for children leads our work with GP practices.</p>"),
    ("Looked after children's health | Anytown Community Health NHS Trust",
     "<h1>Looked after children's health</h1><p>Every child who comes into care has an initial "
     "health assessment. We completed 320 of them last year.</p>"),
    ("Children's safeguarding - Anyshire and Anyborough ICB",
     "<h1>Children's safeguarding</h1><p>Find our policies, our training offer and how to contact "
     "the designated professionals.</p>"),
    ("Named nurse for safeguarding - NHS Lothian",
     "<h1>Named nurse for safeguarding</h1><p>The named nurse advises staff on concerns about a "
     "child and attends 90% of strategy discussions.</p>"),
    ("Safeguarding in maternity | Anytown Teaching Hospitals NHS Trust",
     "<h1>Safeguarding in maternity</h1><p>Our midwives ask every woman about domestic abuse at "
     "booking. In 2025/26, 312 unborn babies had a pre-birth plan.</p>"),
    ("Our safeguarding team - Anyshire Partnership NHS Foundation Trust",
     "<h1>Our safeguarding team</h1><p>We provide mental health and community services and our "
     "team supports 4,000 staff.</p>"),
    ("Was Not Brought | Anyshire Children's Hospital NHS Foundation Trust",
     "<h1>Was Not Brought</h1><p>When a child misses an appointment we ask why. Last year 2,300 "
     "appointments were missed.</p>"),
]


@pytest.mark.parametrize("title,body", NHS_ROWS, ids=[r[0][:30] for r in NHS_ROWS])
def test_nhs_body_web_page_is_other(title: str, body: str) -> None:
    assert partner_page(title)
    assert _kind("page.html", _page(title, body)) == OTHER


@pytest.mark.parametrize("title", [
    "Safeguarding annual report 2025/26 - Anyvale NHS Trust",      # its report
    "Board papers, 4 March 2026 | NHS Anyshire ICB",               # its board's papers
    "Children's services | Southern Health and Social Care Trust",  # Northern Ireland's council
    "About us | Anyshire Safeguarding Children Partnership",       # a partnership's page
    "Worried about a child? | Anytown Council",
    "Hospital safeguarding team praised | Anytown Echo",
    "NHS Anyshire ICB",                                            # no page title before it
])
def test_where_the_nhs_page_rule_stops(title: str) -> None:
    assert not partner_page(title)


# -- a factsheet: other (a partnership's "year in numbers" page stays its report) ---------------
FACTSHEET_ROWS = [
    ("a.txt", "Key facts: young carers in Anyshire\nThis page gathers the latest figures.\n"
     "There were 3,100 young carers known to services at the 2025 census.\n"),
    ("b.txt", "Children in care: key facts 2026\nAt 31 March, 512 children were in care.\n"
     "The rate was 64 per 10,000 children.\n"),
    ("c.txt", "Factsheet 4 of 10 - Child poverty\nAn estimated 22% of children live in relative "
     "poverty after housing costs.\n"),
    ("d.txt", "Fact sheet: school exclusions\nThere were 41 permanent exclusions last year.\n"),
    ("e.txt", "Anyshire factsheet: early years\nTake-up of funded places for two-year-olds was 78%.\n"),
    ("f.txt", "Quick facts: domestic abuse and children\nPolice recorded 2,300 incidents where a "
     "child was present.\n"),
    ("g.txt", "KEY FACTS - Children's social care 2025\nReferrals: 4,210\nAssessments: 3,980\n"),
    ("h.txt", "Key facts about children's mental health in Anytown\nOne in six children aged 7 to "
     "16 has a probable mental disorder.\n"),
]
PLACE_SITE_ROWS = [
    ("Population - Anyshire in Numbers",
     "<h1>Population</h1><p>There are 112,400 children aged 0 to 17 in Anyshire.</p>"),
    ("Young people - North Anyshire in Figures - Anyshire Council",
     "<h1>Young people</h1><p>Some 9,800 young people aged 16 to 24 live here.</p>"),
    ("Schools | Anyvale in Statistics",
     "<h1>Schools</h1><p>There are 61 primary schools and 9 secondary schools.</p>"),
]


@pytest.mark.parametrize("name,text", FACTSHEET_ROWS, ids=[r[0] for r in FACTSHEET_ROWS])
def test_factsheet_is_other(name: str, text: str) -> None:
    assert is_factsheet(text)
    assert _kind(name, text) == OTHER


@pytest.mark.parametrize("title,body", PLACE_SITE_ROWS, ids=[r[0][:30] for r in PLACE_SITE_ROWS])
def test_place_statistics_site_is_other(title: str, body: str) -> None:
    assert data_service_publisher(title)
    assert _kind("page.html", _page(title, body)) == OTHER


@pytest.mark.parametrize("text", [
    "Anytown Corporate Parenting Panel, 9 June 2026\nKey facts for the panel\nItem 5\n",
    "Anyshire Safeguarding Children Partnership\nKey facts and figures 2025/26\n",
    "Key facts about the service are set out below.\nThe service began in 2019.\n",
    "Annual report 2025/26\nOur year in numbers\nWe held 14 rapid reviews.\n",
])
def test_where_the_factsheet_rule_stops(text: str) -> None:
    assert not is_factsheet(text)


@pytest.mark.parametrize("title", [
    "Our year in numbers | Anyshire Safeguarding Children Partnership",
    "Annual report - Our Year in Numbers - Anyshire Council",
    "2025 in Numbers - Anytown Council",
    "Home - Anytown Council",
])
def test_where_the_place_site_rule_stops(title: str) -> None:
    assert not data_service_publisher(title)


# -- a community publication says what it is: news (a parish's or a council's magazine is not) --
MAGAZINE_ROWS = [
    "THE BROOKSIDE BUGLE - your free community magazine - Issue 31",
    "Anyvale Voice | The independent newspaper for Anyvale and district",
    "Village Views - the monthly village magazine of Little Anyford",
    "Round the Bend - a free monthly magazine for Anyford and Oakley",
    "The Beacon: your local community magazine",
    "NORTHSIDE NOW - the free independent newspaper for North Anytown - 12,000 copies",
    "The Wee Blether - Anytown's volunteer-run community magazine - Issue 44",
    "Harbourside | Your hyperlocal news magazine for Anyport",
    "Parkway Pages - free monthly community magazine - delivered to 6,000 homes",
    "The Anyvale Loop - your free local magazine - Spring 2027",
    "THE QUAD | the student newspaper of Anytown University since 1948 | Issue 90",
    "Redbrick Record - Anyford's independent student newspaper, est. 2003",
    "Campus Courant | the free campus newspaper at Anyshire University | News",
]
STORY = ("\nPAGE 9 | NEWS\nFoster carers wanted as numbers fall\nFewer families are coming "
         "forward to foster, the county's fostering team told our reporter this month.\n\"We need "
         "homes for teenagers most of all,\" said team manager Joy Adeyemi. There are 46 "
         "fostering households in the district, down from 58 three years ago.\n")


@pytest.mark.parametrize("masthead", MAGAZINE_ROWS, ids=[m[:25] for m in MAGAZINE_ROWS])
def test_community_publication_is_news(masthead: str) -> None:
    assert publication(masthead + STORY)
    assert _kind("magazine.txt", masthead + STORY) == NEWS


@pytest.mark.parametrize("masthead", [
    "St Mark's Parish Magazine - the monthly magazine of St Mark's Church",
    "Your Anytown - the free residents' magazine from Anytown Council",
    "Foster Carers' Magazine - Anyshire Council",
    "Oakfield Primary School - our community magazine",
    "The Staff Magazine of Anyshire Partnership - Issue 3",
    "Anyvale Residents' Association - the free community magazine for members",
])
def test_where_the_publication_rule_stops(masthead: str) -> None:
    assert publication(masthead + "\nNews from around the parish this month.\n") is None
