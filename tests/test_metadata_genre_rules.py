"""The constructions behind the fixes for tests/test_metadata_genre_table.py, each shown both
ways on invented text: bodies that publish outside councils and partnerships (an NHS body, a
police and crime commissioner, a union, a diocese, an academy trust, a political imprint), a
JSNA's heading, a report's own evidence gathered over a span, a notice issued to one body, and
a church's see named after a town."""

from __future__ import annotations

import pytest

from extractor.area import choose_area
from extractor.genre import is_needs_assessment, is_statistics_release
from extractor.metadata import find_period
from extractor.publisher import body_publisher, charity_publisher, school_publisher


@pytest.mark.parametrize("text, context, body", [
    ("Healthwatch Anytown\nWhat families told us\n", [], True),
    ("UNISON Anytown Branch\nStatement on caseloads\n", [], True),
    ("GMB Anyshire Care Workers\nOur response to the consultation\n", [], True),
    ("Diocese of Anytown\nSafeguarding report\n", [], True),
    ("Annual report | Anytown Diocese\nText.\n", [], True),
    ("Safeguarding update\nText.\n", ["Healthwatch Westshire | Page 2"], True),
    ("Our ward news\nText.\nMore text.\nPromoted by J. Lee on behalf of the Anytown Party.\n", [],
     True),
    ("Campaign leaflet\nSave our centre.\nPrinted and published by A. Khan, 1 High St, Anytown.\n",
     [], True),
    # a statutory partner's own report (an NHS trust's, an ICB's), Northern Ireland's trusts, a
    # council's committee paper on such a body, and bodies named only in the text
    ("Anyvale Community Healthcare NHS Trust\nSafeguarding annual report\n", [], False),
    ("NHS Anyshire and Westshire Integrated Care Board\nBoard meeting\n", [], False),
    ("Southern Health and Social Care Trust\nTrust Board\nDelegated statutory functions\n", [],
     False),
    ("Anyshire County Council\nHealth Scrutiny Committee\nHealthwatch Anyshire annual report\n",
     [], False),
    ("Hospital waits grow for children\nHealthwatch Anytown said families waited.\n", [], False),
    ("Council news\nUnite members voted to strike at the depot.\n", [], False),
    ("Annual report\nText.\nThe report was printed by Anytown Print Ltd.\n", [], False),
    ("School news\nThe Bishop visited.\nThe Diocese of Anytown thanked our pupils.\n", [], False),
])
def test_a_body_outside_councils_as_publisher(text: str, context: list[str], body: bool) -> None:
    assert body_publisher(text, context) is body


@pytest.mark.parametrize("text, school", [
    ("Pennine Learning Trust\nAnnual safeguarding report\n", True),
    ("Three Rivers Multi-Academy Trust\nExclusions policy\n", True),
    ("St Bede's Catholic Schools Trust | Board of Trustees\n", True),
    ("Anyshire Education Trust\nTrustees' report 2025\n", True),
    # a council's paper about a trust, or a charity's trust
    ("Anyshire County Council\nPennine Learning Trust - academy conversion\n", False),
    ("Anytown Family Trust\nOur year\n", False),
    ("Cabinet report\nThe trust runs nine academies.\n", False),
    ("Anytown Community Foundation Trust\nGrants 2026\n", False),
])
def test_a_trust_that_runs_academies(text: str, school: bool) -> None:
    assert school_publisher(text) is school


@pytest.mark.parametrize("text, charity", [
    ("Report\nText.\nA charitable company limited by guarantee registered in England (07000001).\n",
     True),
    ("Report\nText.\nAn exempt charity regulated by the Department for Education.\n", True),
    ("Report\nText.\nA charitable incorporated organisation (1180000).\n", True),
    ("Report\nText.\nRegistered in England, company no. 07000001.\n", False),
    ("Report\nText.\nThe council funds charitable activity.\n", False),
    ("Report\nText.\nContact the team on 01234 567890.\n", False),
    ("Report\nText.\nA company limited by shares.\n", False),
    ("Report\nText.\nRegistered charity no. 1000000\n", True),
])
def test_a_charitys_legal_line(text: str, charity: bool) -> None:
    assert charity_publisher(text) is charity


@pytest.mark.parametrize("text, jsna", [
    ("Joint Strategic Needs Assessment\nChapter 3: Early years\n", True),
    ("JSNA: Children's mental health\nSummary\n", True),
    ("Anytown JSNA 2026 - Chapter 4\nSpecial educational needs\n", True),
    ("Anyshire County Council\nJoint Strategic Needs Assessment 2025/26\n", True),
    # a headline about one, or a report that names one
    ("JSNA shows rise in child poverty\nThe assessment found …\n", False),
    ("Health and Wellbeing Board\nItem 6\nThe JSNA was refreshed in 2025.\n", False),
    ("Annual report 2025/26\nOur joint strategic needs assessment informed the plan.\n", False),
    ("Cabinet report\nChild poverty strategy\n", False),
])
def test_a_needs_assessments_heading(text: str, jsna: bool) -> None:
    assert is_needs_assessment(text) is jsna


def _span(text: str) -> tuple[str | None, str | None]:
    period = find_period(text, text.split("\n", 1)[0])
    return (period.start, period.end) if period else (None, None)


@pytest.mark.parametrize("text, start, end", [
    ("What parents told us\nBetween May and July 2026 we spoke to 90 parents about short breaks.\n",
     "2026-05-01", "2026-07-31"),
    ("Listening to young carers\nWe interviewed 30 young carers between 1 March and 30 April 2026.\n",
     "2026-03-01", "2026-04-30"),
    ("Case file audit\nWe audited 60 plans that ended between January and June 2026.\n",
     "2026-01-01", "2026-06-30"),
    ("Task group report\nThe panel took evidence between October 2025 and January 2026.\n",
     "2025-10-01", "2026-01-31"),
    ("Inquiry into school exclusions\nThe group met six times between June and November 2026.\n",
     "2026-06-01", "2026-11-30"),
    # a span that is not the report's own evidence, or not a span at all
    ("Families' views\nWe spoke to 90 parents. Waits rose between 2019 and 2023, they said.\n",
     None, None),
    ("What parents told us\nWe heard from parents in May 2026 about short breaks.\n", None, None),
    ("Briefing\nThe service ran between May and July 2026, when it closed.\n", None, None),
])
def test_evidence_gathered_over_a_span(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("Department for Education\nImprovement Notice: Anyshire County Council\nIssued 2 March 2026\n"
     "This notice follows the inspection of children's services in November 2025.\n", None, None),
    ("Statutory Direction - Anytown Borough Council\nThe inspection in October 2025 found "
     "services inadequate.\n", None, None),
    ("Letter\nThis Improvement Notice is issued following the focused visit on 3 and 4 June "
     "2025.\n", None, None),
    ("Warning notice - Anytown children's home\nThe inspection on 8 May 2026 found breaches.\n",
     None, None),
    # a report on progress against a notice reports its period
    ("Improvement Board progress report\nThis report covers progress against the improvement "
     "notice between April and September 2026.\n", "2026-04-01", "2026-09-30"),
    ("Scrutiny report\nThis report covers 2025/26. The improvement notice was lifted in March "
     "2026.\n", "2025-04-01", "2026-03-31"),
    ("Focused visit to Anyshire children's services\nThis letter summarises the focused visit on "
     "3 and 4 June 2025.\n", "2025-06-03", "2025-06-04"),
    ("Improvement Board update\nThe improvement notice was issued in 2024. This update covers "
     "performance in 2025/26.\n", "2025-04-01", "2026-03-31"),
])
def test_a_notice_issued_to_one_body(text: str, start: str | None, end: str | None) -> None:
    assert _span(text) == (start, end)


@pytest.mark.parametrize("title, text, area", [
    ("Diocese of Blackburn", "Safeguarding annual report. The diocese received 200 referrals.",
     None),
    ("Safeguarding report", "The Bishop of Leeds wrote to parishes across the diocese.", None),
    ("Cathedral safeguarding", "Chester Cathedral held a training day for volunteers.", None),
    ("Diocesan report", "The Archdeacon of Norfolk chairs the diocesan panel.", None),
    # the council itself, or a council named beside the diocese
    ("Blackburn with Darwen Council", "Blackburn with Darwen Council published its plan.",
     "Blackburn with Darwen"),
    ("Leeds children's services", "Leeds City Council said 120 children were in care in Leeds.",
     "Leeds"),
    ("Diocese of Anytown", "The diocese works with Chester councillors and Cheshire West and "
     "Chester Council on its schools; Cheshire West and Chester Council funds the posts.",
     "Cheshire West and Chester"),
    ("Church news", "Norfolk County Council thanked the Diocese of Norwich for its help. Norfolk "
     "County Council runs the service.", "Norfolk"),
])
def test_a_churchs_see_is_not_the_council(nlp, title: str, text: str, area: str | None) -> None:
    assert choose_area(nlp(title + "\n" + text), title).area == area


@pytest.mark.parametrize("title, text, area", [
    ("Constituency update", "Sarah Lane MP writes: a busy month in Westminster and in Camden. "
     "I met Camden's director.", "Camden"),
    ("MPs debate care costs", "In Westminster Hall, MPs heard that Leeds spends more than most. "
     "Leeds City Council agreed.", "Leeds"),
    ("Newsletter", "Back in Westminster, the Secretary of State answered my question about "
     "Barnet. Barnet Council welcomed it.", "Barnet"),
    ("Ministerial visit", "The minister told Parliament about Westminster's progress. Westminster "
     "City Council runs the service and Westminster City Council will report again.",
     "Westminster"),
    # with no Parliament in the text, Westminster is the council's borough
    ("Children's services", "Westminster recorded 120 children in care. Westminster's director "
     "said referrals rose.", "Westminster"),
    ("Family hubs", "Families in Westminster can use three hubs; Westminster opened a fourth.",
     "Westminster"),
    ("City of Westminster", "The City of Westminster published its plan. An MP welcomed it.",
     "Westminster"),
    ("Westminster children's partnership", "Westminster Safeguarding Children Partnership said an "
     "MP had asked about it.", "Westminster"),
])
def test_westminster_as_parliament(nlp, title: str, text: str, area: str | None) -> None:
    assert choose_area(nlp(title + "\n" + text), title).area == area


@pytest.mark.parametrize("title, text, area", [
    ("What we learned", "Our outreach workers made 900 visits. Our guest author previously chaired "
     "the Gateshead Safeguarding Children Partnership.", None),
    ("Kinship care briefing", "Dr Ann Lee, formerly director of children's services at Kent County "
     "Council, wrote this briefing on kinship care in England.", None),
    ("Podcast: the home visit", "My guest is a former social worker in Leeds who now trains "
     "students across the country.", None),
    ("Conference report", "The keynote came from a woman who until 2022 was a councillor in "
     "Barnet and now runs a national charity.", None),
    # the council of the document itself, named beside a past role or in the present
    ("Leeds Safeguarding Children Partnership annual report", "The partnership's previous chair "
     "left in May. Leeds City Council and the partnership agreed the plan for Leeds.", "Leeds"),
    ("Kent news", "Kent County Council said 200 children were waiting. Its former director "
     "said Kent County Council had to act.", "Kent"),
    ("Story", "A former social worker said Barnet Council was wrong. Barnet Council said its "
     "service in Barnet had improved.", "Barnet"),
    ("Guest blog", "Our guest chairs the Gateshead Safeguarding Children Partnership and writes "
     "about Gateshead's new neglect strategy.", "Gateshead"),
])
def test_a_past_role_names_the_persons_council(nlp, title: str, text: str, area: str | None) -> None:
    assert choose_area(nlp(title + "\n" + text), title).area == area


@pytest.mark.parametrize("text, release", [
    ("Anyland Children's Reporter Service\nStatistical Analysis 2024/25\nIn 2024/25 …\n", True),
    ("Statistical Release\nChildren looked after in Anyland, 31 March 2026\n", True),
    ("Department for Anything\nFamily Court Statistics Quarterly: July to September 2026\n", True),
    ("Official Statistics\nChildren in need: reporting year 2026\n", True),
    ("Anyland Government | Statistical Bulletin 12/2026\nAdoptions\n", True),
    # a council's or a board's periodic report, a story about statistics, a sentence
    ("Anyshire County Council\nStatistical Release: children in care\nCabinet, 3 March 2026\n",
     False),
    ("Quarterly Statistics Report to the Safeguarding Partnership Board\nQ2 2026/27\n", False),
    ("New statistics show rise in adoptions\nOfficial statistics published today show …\n", False),
    ("Annual report 2025/26\nThe statistical release for 2025 showed a fall.\n", False),
])
def test_an_official_statistics_publication(text: str, release: bool) -> None:
    assert is_statistics_release(text) is release
