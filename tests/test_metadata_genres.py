"""Kind and period of genres the dev folders lacked: a committee's oral-evidence transcript, an
inspectorate's report, a thread of social-media posts, a study's structured abstract, a
complaint decision and a profile (one case or one person: no period), a study's material, an
inspection's fieldwork, and a data report's span inside minutes. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractor.genre import (is_complaint_decision, is_evidence_transcript, is_inspection_title,
                             is_judgment, is_post_thread, is_structured_abstract)
from extractor.metadata import find_period

_PAD = "Officers continue to monitor the position closely. " * 18 + "\n"  # past the lead


def _span(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    period = find_period(text, title)
    return (period.start, period.end) if period else (None, None)


@pytest.mark.parametrize("text, transcript", [
    ("Health Committee\nOral evidence: Waiting times for assessments, HC 220\nMonday 2 March\n"
     "Q1 Chair: Welcome.\n", True),
    ("Welsh Affairs Committee\nExamination of witnesses\nWitnesses: Ann Ray and Bo Lee.\n", True),
    ("Public Accounts Committee\nOral Evidence - Fostering allowances\nQuestions 1-40\n", True),
    ("Transcript of the session\nQ12 Chair: How many children were on plans?\nAnn Ray: 300.\n"
     "Q13 Tom Hale: And last year?\nAnn Ray: 280.\n", True),
    ("Hearing\nQ 88 Sarah Pike: What is the backlog?\nMr Dunn: Forty cases.\nQ 89 Chair: Why?\n",
     True),
    # a story about a hearing, a radio transcript, a council report's questions
    ("MPs hear of review delays\nThe committee heard oral evidence from two directors on "
     "Tuesday.\n", False),
    ("RADIO FOUR COUNTIES - BREAKFAST\nPRESENTER: Good morning.\nCLLR JONES: Thank you.\n",
     False),
    ("Scrutiny report\nQ1 data shows referrals rose.\nQ2 figures follow below.\n", False),
    ("Frequently asked questions\nQ: What is a plan?\nA: A plan sets out the help.\n", False),
])
def test_a_committees_oral_evidence(text: str, transcript: bool) -> None:
    assert is_evidence_transcript(text) is transcript


@pytest.mark.parametrize("text, inspection", [
    ("Inspection of Anyshire local authority children's services\nInspection dates: 3 to 14 "
     "March 2025\n", True),
    ("Ofsted\nJoint targeted area inspection of the multi-agency response to neglect in "
     "Northshire\n", True),
    ("Inspectorate (example)\nJoint inspection of services for children at risk of harm in "
     "Lochside\nReport published 2 May 2026.\n", True),
    ("Focused visit to Westshire children's services\nDear Ms Kaur\n", True),
    ("Monitoring visit to Eastborough children's services\n12 June 2025\n", True),
    # a letter's subject line, below the date and the address
    ("Ofsted | CQC | HMICFRS\nReference: JT/1\n3 October 2025\nMs A Khan\nDirector\nAnyshire "
     "Council\nDear Ms Khan\nJoint targeted area inspection of the response to neglect in "
     "Anyshire\n", True),
    # a headline about an inspection is a story; an inspection named in a sentence is not a title
    ("Inspection of Eastborough finds children waiting too long\nInspectors said …\n", False),
    ("Inspection of Northshire rated 'good'\nThe council was praised.\n", False),
    ("Annual report\nThe inspection of our services took place in March.\n", False),
    ("Inspection of children's homes in the county was carried out last year.\nIt found …\n",
     False),
])
def test_an_inspectorates_own_title(text: str, inspection: bool) -> None:
    assert is_inspection_title(text) is inspection


@pytest.mark.parametrize("text, thread", [
    ("Thread by @CllrExample\nFirst post.\n", True),
    ("Posts from @anyshire_council\nWe published our report.\n", True),
    ("The report is out. Some numbers 1/5\nReferrals: 4,000. 2/5\nPlans: 300. 3/5\n", True),
    ("Care numbers are up 1/4 #Anyshire\nPlans are down 2/4\nBudget next 3/4 #Cabinet\nEnd 4/4\n",
     True),
    ("A thread on fostering 🧵 1/6\nWe need carers. 2/6\nTalk to us 3 / 6\n", True),
    # fractions, dates and scores in prose
    ("Annual report\nOne in four (1/4) families returned.\nReferrals rose.\n", False),
    ("Minutes\nItem 3/2025 agreed.\nItem 4/2025 deferred.\nItem 5/2025 noted.\n", False),
    ("Match report\nThe under-12s won 3/1 and 2/1.\n", False),
    ("Rota\nWeek 1/52\n", False),
])
def test_a_thread_of_posts(text: str, thread: bool) -> None:
    assert is_post_thread(text) is thread


@pytest.mark.parametrize("text, abstract", [
    ("Abstract\nBackground: Little is known.\nMethods: We analysed 120 reviews.\nResults: Most "
     "were late.\nConclusions: Change is needed.\n", True),
    ("Objectives: To test a model.\nDesign: Cohort study.\nMethods: Records were coded.\n"
     "Findings: Neglect was common.\n", True),
    ("Aim. To describe practice.\nMethod. Interviews with 20 workers.\nResults. Themes were "
     "found.\n", True),
    ("Purpose - to review thresholds\nMethodology - a survey of 40 councils\nFindings - "
     "thresholds vary\n", True),
    ("Summary\nBackground: the service was redesigned.\nMethods: a staff survey.\nResults: 80% "
     "agreed.\n", True),
    # a council report's sections, a method note alone
    ("Report to Cabinet\nBackground: the budget.\nRecommendations: to approve.\n", False),
    ("Annual report\nMethods: we counted plans at 31 March.\nThe board met six times.\n", False),
    ("Background: the review.\nFindings: practice was weak.\nRecommendations: train staff.\n",
     False),
    ("Results: 300 plans.\nConclusion: stable.\n", False),
])
def test_a_studys_structured_abstract(text: str, abstract: bool) -> None:
    assert is_structured_abstract(text) is abstract


@pytest.mark.parametrize("text, judgment", [
    ("This judgment was delivered in private.\nNeutral Citation Number: [2026] EWFC 214 (B)\n"
     "Case No: AB12C00001\n", True),
    ("Neutral Citation: [2025] EWHC 1234 (Fam)\nIN THE HIGH COURT OF JUSTICE\n", True),
    ("IN THE COURT OF APPEAL\n[2024] EWCA Civ 99\nBefore: Lord Justice Example\n", True),
    ("Approved Judgment\nRe X (A Child)\n", True),
    ("Re Y (Care Proceedings)\n[2023] EWFC 12 (B)\nJudge Example\n", True),
    # a story about a case, a report citing case law in a sentence
    ("Mother loses appeal over care order\nA mother has lost her appeal, the court heard.\n",
     False),
    ("Practice note\nThe test in Re B-S [2013] EWCA Civ 1146 applies to every plan.\n", False),
    ("Court report\nThe judgment was approved by the judge on Monday.\n", False),
])
def test_a_courts_judgment(text: str, judgment: bool) -> None:
    assert is_judgment(text) is judgment


@pytest.mark.parametrize("text, decision", [
    ("Local Government Ombudsman\nCategory: Children's care\nDecision: Upheld\n", True),
    ("Anyshire Council (25 000 001)\nDecision:: Not upheld\nDecision date:: 1 May 2026\n", True),
    ("Decisions\nDecision: Partly upheld\nSummary: Mrs Y complained.\n", True),
    ("Complaint 24 000 002\nThe Ombudsman's final decision\nSummary: Mr Z complained.\n", True),
    ("Ombudsman’s decision\nMs B complained about a delay.\n", True),
    # a story about a decision, a cabinet decision record
    ("Council told to pay £500\nThe Ombudsman's decision, published today, found fault.\n",
     False),
    ("Record of decision\nDecision: to approve the fostering fees.\n", False),
    ("Cabinet report\nDecision: agreed.\nThe ombudsman upheld two complaints.\n", False),
])
def test_an_ombudsmans_decision(text: str, decision: bool) -> None:
    assert is_complaint_decision(text) is decision


# A complaint decision about one anonymised complainant, or a profile or interview of one
# person: a year named once, in passing, below the opening, is no reporting period.
@pytest.mark.parametrize("text, start", [
    (f"Final decision\nSummary: Mr X complained the Council delayed a conference.\n\n\n{_PAD}"
     "The Council held 200 conferences in 2025-26. Mr X was not told why.\n", None),
    (f"Decision\nMrs B complains about the care of her son.\n\n\n{_PAD}Mrs B says the Council "
     "answered 90 complaints in 2024/25.\n", None),
    (f"Our decision\nMs D complained about a delay.\n\n\n{_PAD}Ms D was told the service saw "
     "400 families in 2025-26.\n", None),
    (f"Leadership profile\nA new director talks about caseloads.\n\n\n{_PAD}The partnership "
     "notified nine incidents in 2025-26.\n", None),
    (f"Interview\nThe chair on her first year.\n\n\n{_PAD}The board held 11 reviews in "
     "2024/25.\n", None),
    (f"Q&A: the new head of fostering\nHe explains his plans.\n\n\n{_PAD}The service approved 30 "
     "carers in 2025-26.\n", None),
    (f"Director profile\nShe started in June.\n\n\n{_PAD}The council had 500 children in care in "
     "2025/26.\n", None),
    (f"In conversation with the scrutineer\nHe talks reviews.\n\n\n{_PAD}Twelve reviews were "
     "published in 2024-25.\n", None),
    (f"Anyshire Council (25 000 003)\nDecision: Upheld\nThe complainant says the conference was "
     f"late.\n\n{_PAD}The Council held 150 conferences in 2025-26.\n", None),
    (f"Neutral Citation Number: [2026] EWFC 99 (B)\nRe K\nThe mother seeks the return of K.\n"
     f"\n{_PAD}The council had 300 children in proceedings in 2025-26.\n", None),
    # a named person's initial, or the year named in the opening or often, keeps the year
    (f"Annual report\nMr J Smith chaired the board.\n\n\n{_PAD}The board met in 2025-26. Mr J "
     "Smith thanked members.\n", "2025-04-01"),
    ("Interview\nIn 2025-26 the service saw 400 families, the director says.\n", "2025-04-01"),
    (f"Profile\nThe chair on her year.\n\n\n{_PAD}In 2025-26 there were 9 reviews. In 2025-26 "
     "there were 11 notifications.\n", "2025-04-01"),
    (f"Board news\nThe chair on her year.\n\n\n{_PAD}There were 9 reviews in 2025-26.\n",
     "2025-04-01"),
    # a place's or a service's profile is a report's section, not a person's
    (f"Annual report\nArea profile\nThe borough is young.\n\n{_PAD}There were 9 reviews in "
     "2025-26.\n", "2025-04-01"),
    (f"Service profile\nThe team has 40 staff.\n\n\n{_PAD}It saw 400 families in 2025-26.\n",
     "2025-04-01"),
])
def test_one_complaint_or_one_persons_profile(text: str, start: str | None) -> None:
    assert _span(text)[0] == start


@pytest.mark.parametrize("text, start, end", [
    # a study's material, dated by its methods in the opening
    ("Research summary\nMethods: We coded all 90 reviews published between 1 January 2018 and "
     "31 December 2022.\n", "2018-01-01", "2022-12-31"),
    ("Abstract\nWe analysed case files from April 2020 to March 2023 in four councils.\n",
     "2020-04-01", "2023-03-31"),
    ("Briefing\nThe study sampled 200 plans made between 2019 and 2021.\n", "2019-01-01",
     "2021-12-31"),
    ("Working paper\nWe studied referrals from 1 April 2021 to 31 March 2024.\n", "2021-04-01",
     "2024-03-31"),
    # an inspection's fieldwork
    ("Joint inspection of services in Lochside\nFieldwork took place between 7 September and "
     "2 October 2026.\nOur evaluation\nKey statistics (year to 31 July 2026)\n", "2026-09-07", "2026-10-02"),
    ("Inspection report\nOur fieldwork ran from 3 to 14 March 2025.\n", "2025-03-03",
     "2025-03-14"),
    ("Inspection report\nOn-site work took place between 10 and 21 November 2025.\n",
     "2025-11-10", "2025-11-21"),
    # a data report's span in brackets after its name, inside minutes
    ("Board minutes, 12 November 2026\n4. Quarter 2 data report (July to September 2026)\nThe "
     "front door received 2,900 contacts. The budget for 2027/28 was noted.\n", "2026-07-01",
     "2026-09-30"),
    ("Group notes\n3. Performance dashboard (April to June 2025)\nReferrals rose.\n",
     "2025-04-01", "2025-06-30"),
])
def test_a_studys_material_a_visits_fieldwork_a_data_reports_span(
        text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# A study named deep in a transcript or a report is someone else's study, not the document's.
def test_a_study_named_late_is_not_the_documents() -> None:
    text = (f"Committee transcript\n{_PAD}{_PAD}{_PAD}Dr Lee: We analysed reviews from 2022 to "
            "2025. In 2025-26 our council notified 14 incidents, and in 2025-26 held 9 reviews.\n")
    assert _span(text) == ("2025-04-01", "2026-03-31")
