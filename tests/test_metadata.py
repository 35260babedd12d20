"""Record metadata: partnership name styles, the reporting-period rules, area from names."""

from __future__ import annotations

import json

import pytest

from extractor.evaluate import _norm_name
from extractor.ingest import load
from extractor.metadata import find_area, find_partnership, find_period

from conftest import CORPUS, gold_documents


@pytest.mark.parametrize("text, expected", [
    ("The Sefton Safeguarding Children Partnership published its report.",
     "Sefton Safeguarding Children Partnership"),
    ("Wolverhampton Safeguarding Together, the city's partnership, reports a fall.",
     "Wolverhampton Safeguarding Together"),
    ("Figures from the Warrington Safeguarding Partnership show a rise.",
     "Warrington Safeguarding Partnership"),
    ("The Sheffield Children's Safeguarding Partnership met on Monday.",
     "Sheffield Children's Safeguarding Partnership"),
    ("A report to the Leicester Safeguarding Children Partnership Board said so.",
     "Leicester Safeguarding Children Partnership Board"),
    ("Kent Safeguarding Children Multi-Agency Partnership (KSCMP) published it.",
     "Kent Safeguarding Children Multi-Agency Partnership"),
    ("The Safeguarding Children Partnership for Bath and North East Somerset met. It agreed.",
     "Safeguarding Children Partnership for Bath and North East Somerset"),
    # the name the document repeats wins over one said in passing
    ("Ofsted praised the Dorset Safeguarding Children Partnership. The Somerset "
     "Safeguarding Children Partnership said it had learned. The Somerset Safeguarding "
     "Children Partnership will publish.", "Somerset Safeguarding Children Partnership"),
    # a programme named like a partnership but with no place before it is no partnership
    ("Safeguarding Together is the model the team uses. Working Together to Safeguard "
     "Children sets the rules.", None),
    ("The review was published on Tuesday.", None),
    # words glued on before the area by a comma or 'and' are not part of the name
    ("However, Sunderland Safeguarding Children Partnership said it would act.",
     "Sunderland Safeguarding Children Partnership"),
    ("Ofsted and Sunderland Safeguarding Children Partnership met.",
     "Sunderland Safeguarding Children Partnership"),
    # ...but a regional or multi-area name is kept whole, commas and all
    ("The Greater Manchester Safeguarding Partnership met.",
     "Greater Manchester Safeguarding Partnership"),
    ("Bournemouth, Christchurch and Poole Safeguarding Children Partnership said so.",
     "Bournemouth, Christchurch and Poole Safeguarding Children Partnership"),
    ("The Hartlepool and Stockton-on-Tees Safeguarding Children Partnership met.",
     "Hartlepool and Stockton-on-Tees Safeguarding Children Partnership"),
])
def test_partnership_name_styles(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


ANNUAL = ("Annual report 2022/23\nThe partnership's year in numbers\n"
          "There were 40 rapid reviews in 2022/23, and 12 notifications.\n")


@pytest.mark.parametrize("text, title, start", [
    # the year named most, and the title counts extra
    (ANNUAL, None, "2022-04-01"),
    ("The board met.\nIt looked back.\nReferrals rose in 2021/22.\nIn 2022/23 they fell.\n"
     "In 2022/23 they fell again.\n", None, "2022-04-01"),
    ("Story.\nText.\nMore.\nIn 2021/22 the figures rose.\nIn 2022/23 they fell.\n",
     "Annual report 2021 to 2022", "2021-04-01"),
    # a story about one named case, with the year once, late and in passing: no period
    ("Review finds missed chances\nA boy known as Child R was failed.\nChild R was 14.\n"
     "Agencies met.\nThe partnership's latest annual report shows 20 rapid reviews in "
     "2022/23.\n", None, None),
    ("Review published\nA girl, known as Mia, was exploited.\nIt found Mia went missing.\n"
     "Police said sorry.\nThe annual report shows 2,000 referrals in 2022/23.\n", None, None),
    # ...but a story about one case whose opening gives the year does present it
    ("Child R review and the year's numbers\nIn 2022/23 there were 20 rapid reviews, "
     "including that of Child R.\nChild R was 14.\n", None, "2022-04-01"),
    # two different cases: not a single-case story
    ("Two reviews\nChild R and Child S were failed.\nChild R was 14.\nChild S was 15.\n"
     "There were 20 rapid reviews in 2022/23.\n", None, "2022-04-01"),
])
def test_period_rules(text: str, title: str | None, start: str | None) -> None:
    period = find_period(text, title)
    assert (period.start if period else None) == start


@pytest.mark.parametrize("text, area", [
    ("Wolverhampton Safeguarding Together reports that 389 children were on a plan.",
     "Wolverhampton"),
    ("A report to Thurrock Council and the Thurrock Local Safeguarding Children Partnership.",
     "Thurrock"),
])
def test_area_from_partnership_and_council_names(nlp, text: str, area: str) -> None:
    assert find_area(nlp(text)) == area


def annotated() -> list:
    docs = gold_documents() + sorted(p for p in (CORPUS / "holdout").glob("*.*")
                                     if not p.name.endswith(".json"))
    return [p for p in docs if p.with_name(p.name.rsplit(".", 1)[0] + ".gold.json").exists()]


def test_metadata_of_every_annotated_document(nlp) -> None:
    wrong = []
    for path in annotated():
        gold = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json").read_text())
        document = load(path)
        title = document.source.title
        area = find_area(nlp(document.text), title)
        period = find_period(document.text, title)
        got = (_norm_name(area), _norm_name(find_partnership(document.text, area)),
               period.start if period else None)
        want = (_norm_name(gold["area"]), _norm_name(gold["partnership"]),
                (gold.get("period") or {}).get("start"))
        if got != want:
            wrong.append((path.name, got, want))
    assert wrong == []
