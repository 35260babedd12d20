"""Who publishes, read from a council's own service site and voice, and from a community group's
(issue 13, session 29).

- A council's own service site (a council's name and a service every council runs under its
  own name, in an HTML page's <title>: "Anyshire Family Information Service", "Anytown SEND
  Local Offer") is the council's site, like "Anytown City Council".
- A council writing as itself in the first person of what only a council does (children in its
  care, its child protection register, the EHC plans it issues) gives its own account when the
  page is an account: `council_report`.
- A community group or an independent body speaking for itself (its name on the masthead, a
  community interest company's legal line, "we are 30 volunteers") publishes neither a
  council's nor a partnership's report, even a periodic one: `other`.

Every opening is invented; the places are council names from the gazetteer or invented ones.
"""

from __future__ import annotations

import pytest

from extractor.document import Document, Source
from extractor.genre import is_appendix_head
from extractor.kind import predict_kind
from extractor.publisher import community_publisher, council_voice, outside_publisher, own_site_publisher


def _doc(text: str, fmt: str = "txt", context: list[str] | None = None) -> Document:
    return Document(text=text, segments=[], source=Source("x", "0", fmt), context=context or [])


_ACCOUNT = "How we did last year\nThis page sets out how we did last year and what we will change.\n"


@pytest.mark.parametrize("title, own", [
    ("Short breaks: how we did | Kent Family Information Service", True),
    ("Our year in SEND | Derbyshire SEND Local Offer", True),
    ("Our year | Leeds Local Offer", True),
    ("What our family hubs did in 2025 - Walsall Family Hubs", True),
    ("Annual review | Suffolk Children's Services", True),
    ("Progress report | Devon County Council Children's Services", True),
    ("Our year | Norfolk Virtual School", True),
    ("Early help: the year in review | Sefton Early Help Service", True),
    ("Our year | Cardiff Family Information Service", True),
    ("Our year | Fife Family Information Directory", True),
    # not a council's: an invented place, a charity's or a company's service, another site
    ("Our year | Anyvale Family Information Service", False),
    ("Our year | Brightstart Family Hubs Trust", False),
    ("Our year | Kent Family Information Service Weekly", False),
    ("Our year | Children's Services Today", False),
    ("Short breaks | Norfolk Parent Carer Forum", False),
])
def test_a_council_service_site(title: str, own: bool) -> None:
    assert own_site_publisher("Text.\n", title) is own


@pytest.mark.parametrize("text, voice", [
    ("We issued 1,040 new EHC plans last year, 41% of them within 20 weeks.", True),
    ("When a parent asks us to carry out an EHC needs assessment, we reply within six weeks.", True),
    ("We agreed to carry out 870 education, health and care needs assessments.", True),
    ("There were 412 children in our care at the end of March, up from 398.", True),
    ("Most of the children we look after live with foster carers.", True),
    ("Young people leaving our care get a personal adviser until they are 25.", True),
    ("Our care leavers told us housing was their first worry.", True),
    ("Our child protection register had 96 names at the end of July.", True),
    ("As their corporate parent, we want every child to have a stable home.", True),
    ("Our looked after children did better at GCSE than last year.", True),
    # not a council's own voice: a quotation, a charity's or a parent's words, no first person
    ("The director said: \"There were 412 children in our care in March.\"", False),
    ("“Most of the children we look after live with foster carers,” the council said.", False),
    ("The council issued 1,040 new EHC plans last year.", False),
    ("We waited 31 weeks for our son's EHC plan.", False),
    ("We support 60 families whose children are in care.", False),
    ("Children in care: the council looks after 412 children.", False),
])
def test_a_council_voice(text: str, voice: bool) -> None:
    assert council_voice("Title\n" + text + "\n") is voice


@pytest.mark.parametrize("text, title, kind", [
    ("How EHC plans are going\nThis page sets out how we did last year. We issued 1,040 new EHC plans "
     "and 41% were issued within 20 weeks.\n", "How EHC plans are going | Kent Family Information "
     "Service", "council_report"),
    ("Our year for children in care\nHere is what we did last year. There were 412 children in our "
     "care in March and 96% had an up-to-date health assessment.\n", None, "council_report"),
    ("Fostering: our year in review\nThis page looks back on the year. Most of the children we look "
     "after live with 210 fostering households.\n", None, "council_report"),
])
def test_a_council_account_in_its_own_voice_is_a_council_report(text: str, title: str | None,
                                                                  kind: str) -> None:
    fmt = "html" if title else "txt"
    assert predict_kind(_doc(text, fmt, [title] if title else []))[0] == kind


_REPORT_HEAD = "\nANNUAL REPORT 2025\nText of the report.\n"


@pytest.mark.parametrize("text, community", [
    ("NORTHSIDE STOP AND SEARCH COMMUNITY MONITORING GROUP" + _REPORT_HEAD, True),
    ("Anyvale Independent Advisory Group" + _REPORT_HEAD, True),
    ("Riverside Residents' Association" + _REPORT_HEAD, True),
    ("Eastfield Tenants and Residents Association" + _REPORT_HEAD, True),
    ("Anyshire Parent Carer Forum" + _REPORT_HEAD, True),
    ("Brookside Community Forum | Annual report 2025\nText.\n", True),
    ("Anytown Independent Monitoring Board" + _REPORT_HEAD, True),
    ("Annual report 2025\nText.\nAnytown Voices CIC is a community interest company, no. 12345678.\n",
     True),
    ("Annual report 2025\nWe are 30 volunteers who live or work in Anytown, and we meet monthly.\n",
     True),
    ("Annual report 2025\nWe are an independent community group that watches how stop and search "
     "is used.\n", True),
    ("Annual report 2025\nThe group is run entirely by volunteers and meets in the library.\n", True),
    # a council's or a partnership's paper about such a group, a council's own volunteers, a quote
    ("Anytown Borough Council\nCommunity Safety Committee\nNorthside Independent Advisory Group: "
     "annual report\nText.\n", False),
    ("Anyshire Safeguarding Children Partnership" + _REPORT_HEAD, False),
    ("Annual report 2025\nWe are grateful to the 40 volunteers who mentor our care leavers.\n", False),
    ("Annual report 2025\nThe chair said: \"We are 30 volunteers and we are tired.\"\n", False),
    ("Case Review Group\nAnnual report 2025\nText.\n", False),
])
def test_a_community_publisher(text: str, community: bool) -> None:
    assert community_publisher(text) is community


@pytest.mark.parametrize("text", [
    "NORTHSIDE STOP AND SEARCH COMMUNITY MONITORING GROUP" + _REPORT_HEAD,
    "Riverside Residents' Association" + _REPORT_HEAD,
    "Annual report 2025\nWe are 30 volunteers who live or work in Anytown, and every month we go "
    "through the police's figures.\n",
])
def test_a_community_groups_periodic_report_is_other(text: str) -> None:
    assert outside_publisher(text) == "community group"
    assert predict_kind(_doc(text))[0] == "other"


# A committee paper's appendix published as its own file: its label as the first line, the PDF's
# title or a running header. A line that only mentions an appendix, or a report's own title, is not.
@pytest.mark.parametrize("text, context, title, appendix", [
    ("Appendix D\nThree-year revenue plan by directorate\n£m\t2026-27\t2027-28\n", [], None, True),
    ("APPENDIX 1 - Treasury management half-year position\nInvestments held at 30 September\n", [],
     None, True),
    ("Appendix C - Budget Risk Register\nRisk\tLikelihood\tImpact\n", [], None, True),
    ("Risk\tLikelihood\tImpact\nHigh needs\t4\t5\n", ["Appendix I: Budget Risks Register 2026-27"],
     None, True),
    ("Instrument\tCounterparty\tPrincipal\n", ["Item 7", "Appendix 2"], "Item 7", True),
    ("Scheme\tBudget £000\tForecast £000\n", [], "Appendix B", True),
    ("Appendix 3: Performance scorecard, quarter 2\nMeasure\tTarget\tActual\n", [], None, True),
    ("Item 5 Appendix A - Capital programme monitoring\nScheme\tBudget\n", [], None, True),
    ("APPENDIX IV\nSavings proposals 2026-27\n", [], None, True),
    ("Appendix 2a - Fees and charges\nService\tCharge\n", [], None, True),
    # not an appendix's own file
    ("Budget monitoring report, quarter 2\nSee Appendix A for the detail.\n", [], None, False),
    ("Annual report 2025/26\nThe tables are in the appendix.\n", [], None, False),
    ("Appendices\n1. Terms of reference\n", [], None, False),
    ("Appendix\nNo further comments were received.\n", [], None, False),
    ("Capital programme 2026-27\nScheme\tBudget\n", ["Anytown Borough Council"], "Capital programme",
     False),
])
def test_an_appendix_head(text: str, context: list[str], title: str | None, appendix: bool) -> None:
    assert is_appendix_head(text, context, title) is appendix


@pytest.mark.parametrize("text, context", [
    ("Appendix D\nThree-year revenue plan by directorate\n£m\t2026-27\t2027-28\t2028-29\n"
     "Children, Young People and Education\t412.6\t431.0\t447.9\n", []),
    ("Investments as at 30 September 2026\nInstrument\tCounterparty\tPrincipal £\tRate\n"
     "Treasury Bill\tUK Government\t4,900,000\t4.10%\n", ["Item 9", "Appendix 1"]),
])
def test_an_appendix_is_a_council_report(text: str, context: list[str]) -> None:
    assert predict_kind(_doc(text, "pdf", context))[0] == "council_report"
