"""Record periods: a decision on one person's case (a regulator's or a tribunal's hearing, a
court's judgment, an ombudsman's decision) reports no period, however many dates it gives; and a
timescale something must be done within is a deadline, not the text's scope. Every text is
invented."""

from __future__ import annotations

import pytest

from extractor.genre import is_hearing_decision
from extractor.metadata import find_period


def _span(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    period = find_period(text, title)
    return (period.start, period.end) if period else (None, None)


# A hearing's decision: headed so, or with two of a hearing's labelled fields. A report that
# counts hearings, or a committee paper about a tribunal, is not one.
@pytest.mark.parametrize("text, decision", [
    ("Jane Doe: Final hearing outcome\nThe panel met by video.\n", True),
    ("Fitness to Practise Committee: decision\nRegistrant: John Roe\n", True),
    ("Decision of the Conduct Panel\nIn the matter of Ms A Smith\n", True),
    ("Misconduct hearing outcome\nOfficer: PC 1234\n", True),
    ("Name | A Smith\nHearing type | Interim order review\nDates of hearing | 3 and 4 May 2026\n",
     True),
    ("Case reference: FTP-123\nDate of hearing: 12 June 2026\nOutcome of hearing: struck off\n",
     True),
    ("Registrant: B Jones\nType of hearing: Final\nSanction: Caution order, 2 years\n", True),
    ("Review hearing decision\nThe suspension order is extended.\n", True),
    ("Fitness to practise hearing – determination on facts\nThe panel found the allegations "
     "proved.\n", True),
    # counts hearings, or mentions one
    ("Children's Hearings statistics 2025/26\n214 children were referred to the Reporter.\n",
     False),
    ("Annual Report 2025/26\nThe panel held 40 hearings and the Reporter arranged 12 more.\n",
     False),
    ("Scrutiny Committee\nTribunal appeals: update\nThe council won 80% of hearings.\n", False),
    ("Case reference: FOI-99\nRequest date: 4 May 2026\nYou asked for the number of hearings.\n",
     False),
    ("Council told of hearing outcome\nA social worker was suspended, the panel said.\n", False),
])
def test_a_hearings_decision(text: str, decision: bool) -> None:
    assert is_hearing_decision(text) is decision


_FACTS = ("Allegations\n3. While employed by Anytown Council between 1 March 2025 and 30 "
          "September 2025, you did not complete home checks within the required "
          "timescale;\non or around 2 and 3 October 2025, wrote up home checks that never "
          "happened.\n4. The panel found the facts proved in 2026/27.\n")


# A decision on one case gives null: its dates are the conduct alleged and the hearing's.
@pytest.mark.parametrize("head", [
    "Jane Doe: Final hearing outcome\nDates of hearing | 13 to 16 April 2026\n",
    "Fitness to Practise Committee: decision\nHearing date: 12 May 2026\n",
    "Decision of the Disciplinary Panel\nRegistrant: Mr B Roe\n",
    "Name | A Smith\nHearing type | Final hearing\nHearing outcome | Removal order\n",
    "Neutral Citation Number: [2026] EWFC 999 (B)\nIN THE FAMILY COURT AT ANYTOWN\n",
    "Approved Judgment\nRe X (Care Proceedings)\n",
    "The Ombudsman's final decision\nSummary: Mrs X complained about the council.\n",
    "Decision: Upheld\nThe council delayed a child protection conference.\n",
])
def test_a_decision_on_one_case_reports_no_period(head: str) -> None:
    assert _span(head + _FACTS) == (None, None)


# A timescale that work must be done within is a deadline: the span after it is not the text's.
# A timescale that is the text's own scope, or a report's scope sentence, still gives its span.
@pytest.mark.parametrize("text, start, end", [
    ("Practice note\nAssessments not completed within the required timescale between 1 June "
     "and 31 August 2025 were audited.\n", None, None),
    ("Audit summary\nVisits were made within timescales; between 1 March and 30 April 2025 the "
     "team was short of staff.\n", None, None),
    ("Learning note\nPlans missed their agreed timescale during 2 and 3 May 2025.\n", None, None),
    ("Case note\nReports were filed outside timescales from 1 to 5 June 2025.\n", None, None),
    # the text's own scope
    ("Review summary\nThe timescale for the review was 1 January 2024 to 30 June 2025.\n",
     "2024-01-01", "2025-06-30"),
    ("Audit summary\nThe audit's time frame was 1 April to 30 September 2025.\n",
     "2025-04-01", "2025-09-30"),
    ("Learning review\nThe review covered the period from 1 March 2023 to 31 May 2024.\n",
     "2023-03-01", "2024-05-31"),
    ("Quarterly note\nThis report covers 1 July to 30 September 2025.\n", "2025-07-01",
     "2025-09-30"),
])
def test_a_deadlines_timescale_is_not_the_scope(text: str, start: str | None,
                                                end: str | None) -> None:
    assert _span(text) == (start, end)


def test_a_hearings_decision_is_other() -> None:
    from extractor.document import Document, Source
    from extractor.kind import predict_kind

    text = "Jane Doe: Final hearing outcome\nDates of hearing | 13 to 16 April 2026\n" + _FACTS
    assert predict_kind(Document(text=text, segments=[], source=Source("x", "0", "html")))[0] == \
        "other"
