"""Record metadata: partnership name styles, the reporting-period rules, area from names."""

from __future__ import annotations

import json

import pytest

from extractor.evaluate import _norm_name
from extractor.ingest import load
from extractor.area import AreaChoice, choose_area
from extractor.councils import councils
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
    # never glued to a person or a role
    ("Ian Rush, Chairman of the Luton Safeguarding Children Board, said the year was hard.",
     "Luton Safeguarding Children Board"),
    ("Dr Amy Holt, independent scrutineer for the Leeds Safeguarding Children Partnership, "
     "told the meeting.", "Leeds Safeguarding Children Partnership"),
    ("Business Manager of the Bolton Safeguarding Children Partnership, Pat Moore, said so.",
     "Bolton Safeguarding Children Partnership"),
    ("A spokesperson for the Kent Safeguarding Children Multi-Agency Partnership said it "
     "would respond.", "Kent Safeguarding Children Multi-Agency Partnership"),
    ("Councillor Jo Bloggs, Cabinet Member for Children, and the Hull Safeguarding Children "
     "Partnership agreed.", "Hull Safeguarding Children Partnership"),
    # a generic phrase with no place is no name
    ("Every area had a Local Safeguarding Children Board until 2019.", None),
    ("The Local Safeguarding Children Board met twice.", None),
    ("Statutory guidance requires a Safeguarding Children Partnership in every area.", None),
    # Wales: regional safeguarding boards
    ("The Cwm Taf Morgannwg Safeguarding Board published its annual report.",
     "Cwm Taf Morgannwg Safeguarding Board"),
    ("The North Wales Safeguarding Board said referrals rose.", "North Wales Safeguarding Board"),
    ("Cardiff and Vale Regional Safeguarding Board commissioned the review.",
     "Cardiff and Vale Regional Safeguarding Board"),
    # Scotland: child (and public) protection committees
    ("The Glasgow Child Protection Committee said 600 children were on the register.",
     "Glasgow Child Protection Committee"),
    ("Dumfries and Galloway Public Protection Committee agreed the plan.",
     "Dumfries and Galloway Public Protection Committee"),
    # Northern Ireland
    ("The Safeguarding Board for Northern Ireland published new guidance.",
     "Safeguarding Board for Northern Ireland"),
    # child death overview panels, and names without 'Safeguarding'
    ("The Norfolk Child Death Overview Panel reviewed 60 deaths.",
     "Norfolk Child Death Overview Panel"),
    ("The Tower Hamlets Keeping Children Safe Partnership met in May.",
     "Tower Hamlets Keeping Children Safe Partnership"),
    ("A report by Keeping Bristol Safe Partnership found delays.",
     "Keeping Bristol Safe Partnership"),
    # qualifiers between 'Safeguarding' and the head, and before it
    ("The Anyshire Safeguarding Community Partnership met in May.",
     "Anyshire Safeguarding Community Partnership"),
    ("A report for the Kent Integrated Safeguarding Partnership found delays.",
     "Kent Integrated Safeguarding Partnership"),
    # a council's children's partnership without 'Safeguarding'...
    ("The Cornwall Children and Families Partnership published its report.",
     "Cornwall Children and Families Partnership"),
    # ...only after a council's own name
    ("The Children and Families Partnership met.", None),
    ("Our Children and Young People's Partnership set three priorities.", None),
    # a download link names a document, not the page's body
    ("Related documents\nAnyshire Safeguarding Children Partnership annual report (PDF, "
     "860 KB)\n", None),
    # a safeguarding body outranks a panel named as often
    ("The Wirral Safeguarding Children Partnership's chair, Sam Lee, said so. The Cheshire "
     "Child Death Overview Panel also met.", "Wirral Safeguarding Children Partnership"),
])
def test_partnership_name_styles(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


def test_partnership_named_in_the_title() -> None:
    title = "Learning from reviews | Anyshire Safeguarding Children Partnership"
    assert find_partnership("We publish every review.", None, title) == \
        "Anyshire Safeguarding Children Partnership"


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


@pytest.mark.parametrize("text, title, start, end", [
    # the report's own scope sentence beats the title and the years said most
    ("Performance report\n1. Aim\n1.1 To provide members with an overview of performance for "
     "the first half of 2024/25 (April to September 2024).\nIn 2023/24 there were 40.\n"
     "In 2023/24 the rate was 30.\n", "Performance: Quarter 2 2024/25", "2024-04-01", "2024-09-30"),
    ("This report summarises the work of the group in the calendar year 2023 and asks the "
     "board to note it.\nThe group met 6 times in 2022/23 and 2022/23.\n", None,
     "2023-01-01", "2023-12-31"),
    # the title's quarter, not its financial year
    ("Committee paper\nThe service received 900 contacts.\n",
     "Children's services performance: 1 October to 31 December 2023, Quarter 3 2023/24",
     "2023-10-01", "2023-12-31"),
    # a rolling period the figures are 'for'
    ("Children in care rise\nFigures for the 12 months to the end of June 2024, presented to "
     "councillors, show a rise. Fostering households rose in 2023-24.\n", None,
     "2023-07-01", "2024-06-30"),
    ("Referrals rise\nIn the three months to June 2024, 400 children were referred, the "
     "council said. In 2023/24 there were 1,500 referrals, and in 2023/24 the rate rose.\n", None,
     "2024-04-01", "2024-06-30"),
    # a report on part of the year it names elsewhere
    ("Plans rise\nA half-year performance report showed 300 children on plans in September, "
     "up from 280 in March.\nThe service expects to spend £3m in 2023/24.\n", None,
     "2023-04-01", "2023-09-30"),
    ("Contacts up\nThe council's performance report for the third quarter shows 2,000 "
     "contacts.\nIn 2024/25 the service has 90 social workers.\n", None,
     "2024-10-01", "2024-12-31"),
    # ...but a part of the year said in passing is not the report's
    ("Referrals rise\nIn the first half of the year referrals rose, the annual report shows.\n"
     "In 2023/24 there were 2,000.\n", None, "2023-04-01", "2024-03-31"),
    # a half-year report that ends on a single date
    ("Plans rise\nA half-year performance report showed 300 children on plans at the end of "
     "September 2023, compared with 280 at the end of March. The budget for 2023/24 is £3m.\n",
     None, "2023-04-01", "2023-09-30"),
    # a case review's scope span, in a story about one named child
    ("Review finds missed chances\nA girl known as Child P was failed, a review found.\n"
     "The review covered the period from May 2020 to January 2022.\nChild P is now safe.\n",
     None, "2020-05-01", "2022-01-31"),
    ("Boy let down\nThe boy, referred to as Sam, was 15.\nIt looked at contact between Sam and "
     "nine agencies between June 2019 and August 2021.\nSam is now 19.\n", None,
     "2019-06-01", "2021-08-31"),
    ("Executive summary\nChild D was nine.\nThe scope of the review was agreed as 1 March "
     "2021 to 28 February 2023.\nChild D lived with her aunt.\n", None,
     "2021-03-01", "2023-02-28"),
    ("Learning brief\nBaby K was 4 months old.\nThe review period is from October 2022 "
     "until February 2023.\nBaby K now lives with her father.\n", None,
     "2022-10-01", "2023-02-28"),
    # the dates of an inspection
    ("Inspection of children's services\nInspection dates: 4 to 15 March 2024\n"
     "Overall effectiveness: Good\n", None, "2024-03-04", "2024-03-15"),
    # a title in brackets is still the title
    ("Safeguarding Partnership\nAnnual Report (2023-24)\nForeword\nReferrals rose, up from "
     "2,000 in 2022/23. In 2022/23 there were 9 reviews.\n", None, "2023-04-01", "2024-03-31"),
    # the year to a date
    ("Notifications fell\nCouncils notified 400 incidents in the year to 31 March 2024.\n",
     None, "2023-04-01", "2024-03-31"),
    # a comparator or a projection is never the document's year
    ("Rapid reviews\nThe partnership held 12 rapid reviews, compared with 2022/23 when it held "
     "9.\nIt will open a new hub by 2025/26.\nIn 2023/24 it trained 900 staff.\n", None,
     "2023-04-01", "2024-03-31"),
    # an inspection: the inspectors' dates, and a letter about a visit on two days
    ("Council praised\nServices were rated good. Inspectors spent two weeks with the teams "
     "between 3 and 14 March 2025.\nThe council has 400 staff.\n", None,
     "2025-03-03", "2025-03-14"),
    ("Dear Ms Roe\nThis letter summarises the findings of the visit to Anyshire on 4 and 5 "
     "June 2024.\nInspectors met 9 social workers.\n", None, "2024-06-04", "2024-06-05"),
    # a web page's own period
    ("How we are doing\nThis page shows how the service performed in the year 1 April 2023 "
     "to 31 March 2024.\nTable: indicators, 2021/22 to 2023/24\n", None,
     "2023-04-01", "2024-03-31"),
    # a scope verb well before the span, across a clause
    ("Review published\nThe review, commissioned by the local partnership after the death "
     "of a teenager, examined the work of police, health, schools and social care with the "
     "boy, referred to as Jay, between March 2020 and May 2022.\nJay was 15.\n", None,
     "2020-03-01", "2022-05-31"),
    # a case review's scope with a clause between its two dates
    ("Summary\n1.1 The review covers the period between 3 May 2021, when the baby was born, "
     "and 30 September 2022.\nThe baby now lives with an aunt.\n", None,
     "2021-05-03", "2022-09-30"),
    # a request for several financial years, answered year by year
    ("Our ref: 123\nYou asked: how many children went missing in each of the last three "
     "financial years?\nOur response: 40 in 2021/22, 52 in 2022/23 and 61 in 2023/24. "
     "In 2023/24, 20 were repeat missing.\n", None, "2021-04-01", "2024-03-31"),
    # official statistics counted at a financial year's end, with no year named
    ("Rates mapped\nAbout 1,000 children in the region were on a plan on 31 March 2024, "
     "according to government figures.\nRates ranged widely.\n", None,
     "2023-04-01", "2024-03-31"),
    # a decision paper with no reporting period
    ("Cabinet\nPurpose of the report\nThis report asks Cabinet to approve £2m to buy two "
     "children's homes.\nThe placements budget for 2024/25 is £30m. Savings of £1m a year "
     "are expected from 2027/28.\n", None, None, None),
])
def test_the_documents_own_period(text: str, title: str | None, start: str | None,
                                  end: str | None) -> None:
    period = find_period(text, title)
    assert ((period.start, period.end) if period else (None, None)) == (start, end)


def test_a_span_said_with_this_year_takes_the_documents_date() -> None:
    text = ("Panel told of agency staff\nCouncillors were looking at performance figures for "
            "the six months between April and September this year.\nOne in four posts is "
            "filled by an agency.\n")
    period = find_period(text, None, "2024-11-20")
    assert period is not None and (period.start, period.end) == ("2024-04-01", "2024-09-30")
    assert find_period(text, None, None) is None


@pytest.mark.parametrize("text, area", [
    ("Wolverhampton Safeguarding Together reports that 389 children were on a plan.",
     "Wolverhampton"),
    ("A report to Thurrock Council and the Thurrock Local Safeguarding Children Partnership.",
     "Thurrock"),
])
def test_area_from_partnership_and_council_names(nlp, text: str, area: str) -> None:
    assert find_area(nlp(text)) == area


@pytest.mark.parametrize("text, area, code", [
    # England: "&", "City of", "Council", "Borough of", "County", the ONS list's inverted forms
    ("Brighton & Hove children's services were rated good.", "Brighton and Hove", "E06000043"),
    ("The City of Bradford Metropolitan District Council met.", "Bradford", "E08000032"),
    ("The London Borough of Hackney published the figures.", "Hackney", "E09000012"),
    ("The Royal Borough of Greenwich said it would act.", "Greenwich", "E09000011"),
    ("Durham County Council said numbers had risen.", "County Durham", "E06000047"),
    ("Figures for Bristol, City of, show a rise.", "Bristol, City of", "E06000023"),
    # the ONS list writes three councils inverted; the record keeps the list's spelling
    ("Bristol City Council said 600 children were in care.", "Bristol, City of", "E06000023"),
    ("Herefordshire Council published its figures.", "Herefordshire, County of", "E06000019"),
    ("Hull City Council reported 437 children on plans.", "Kingston upon Hull, City of",
     "E06000010"),
    ("Kingston upon Hull's children's services were rated good.", "Kingston upon Hull, City of",
     "E06000010"),
    ("St. Helens Council reported 300 referrals.", "St. Helens", "E08000013"),
    # ... and writes one with its full stop ("St. Helens"), however the text writes it
    ("St Helens Council reported 300 referrals.", "St. Helens", "E08000013"),
    ("Westmorland and Furness Council took over children's services.",
     "Westmorland and Furness", "E06000064"),
    ("North Yorkshire Council's children's services were rated outstanding.",
     "North Yorkshire", "E06000065"),
    ("West Northamptonshire Council said 500 children were in care.",
     "West Northamptonshire", "E06000062"),
    ("Bournemouth, Christchurch and Poole Council met on Tuesday.",
     "Bournemouth, Christchurch and Poole", "E06000058"),
    # Wales: English and Welsh names
    ("Rhondda Cynon Taf Council said the register had grown.", "Rhondda Cynon Taf", "W06000016"),
    ("Cyngor Caerdydd: Cardiff Council reported 700 children in care.", "Cardiff", "W06000015"),
    ("The Vale of Glamorgan Council agreed the plan.", "Vale of Glamorgan", "W06000014"),
    ("Ynys Môn had 40 children on the register.", "Isle of Anglesey", "W06000001"),
    ("Neath Port Talbot Council said caseloads fell.", "Neath Port Talbot", "W06000012"),
    # Scotland
    ("Glasgow City Council said 600 children were on the register.", "Glasgow City", "S12000049"),
    ("The City of Edinburgh Council published its figures.", "City of Edinburgh", "S12000036"),
    ("Comhairle nan Eilean Siar reported five children on the register.",
     "Na h-Eileanan Siar", "S12000013"),
    ("Perth & Kinross Council met.", "Perth and Kinross", "S12000048"),
    ("Dundee had the highest rate, the council said. Dundee City Council agreed.",
     "Dundee City", "S12000042"),
    # Northern Ireland: the health and social care trusts run children's services
    ("The Belfast Trust said 500 children were on the register.",
     "Belfast Health and Social Care Trust", None),
    ("The Western Health and Social Care Trust said waiting lists grew.",
     "Western Health and Social Care Trust", None),
])
def test_area_variants_across_the_uk(nlp, text: str, area: str, code: str | None) -> None:
    choice = choose_area(nlp(text))
    assert (choice.area, choice.code) == (area, code)


@pytest.mark.parametrize("text, area", [
    # a comparator is never the area
    ("Sefton's rate was 60 per 10,000. Sefton Council said so. The rate was higher than in "
     "statistical neighbours such as Wirral and St Helens.", "Sefton"),
    ("Sunderland reported 400 plans. Sunderland Council agreed, compared with Gateshead and "
     "Gateshead's rate.", "Sunderland"),
    # a postal address is not what the document is about
    ("Torbay Council reported a rise in referrals.\nTorbay said so.\nPublished by: Business Unit, "
     "Civic Centre, Exeter EX1 1AA, Devon", "Torbay"),
    # a lower-case word is not a council ("reading", "bury")
    ("Leeds Council said reading the report was hard. Leeds agreed.", "Leeds"),
])
def test_area_not_from_comparators_or_addresses(nlp, text: str, area: str) -> None:
    assert find_area(nlp(text)) == area


def test_several_areas_give_no_area_and_list_them(nlp) -> None:
    text = ("Councils warn of strain\nAcross England, notifications rose. In Kent 27 were "
            "notified, in Bradford 22, in Norfolk 19. Kent said the rise was steep. Bradford "
            "said its trust was coping. Norfolk said it had invested. Kent and Bradford agreed.")
    choice = choose_area(nlp(text), "Councils warn of strain")
    assert choice.area is None
    assert set(choice.areas) == {"Kent", "Bradford", "Norfolk"}


def test_many_councils_in_a_list_give_no_area(nlp) -> None:
    text = ("Incidents reported\nCouncils told the panel about 400 incidents. Hampshire "
            "recorded 30, Surrey 28 and Devon 20. Leeds reported 18. Cornwall had the highest "
            "rate, followed by Sefton and Knowsley. Surrey said it was improving. Hampshire "
            "said it had invested. Devon declined to comment.")
    choice = choose_area(nlp(text), "Incidents reported")
    assert choice.area is None
    assert "Hampshire" in choice.areas


def test_a_regional_board_covers_its_councils(nlp) -> None:
    text = ("The Cwm Taf Morgannwg Safeguarding Board covers Bridgend, Merthyr Tydfil and "
            "Rhondda Cynon Taf. Bridgend had 90 children on the register, Merthyr Tydfil 70 and "
            "Rhondda Cynon Taf 200.")
    choice = choose_area(nlp(text))
    assert choice.area is None
    assert set(choice.areas) == {"Bridgend", "Merthyr Tydfil", "Rhondda Cynon Taf"}


def test_every_council_has_a_well_formed_code_and_nation() -> None:
    rows = councils()
    by_nation = {n: [c for c in rows if c.nation == n and not c.note.startswith("former")]
                 for n in ("England", "Wales", "Scotland", "Northern Ireland")}
    assert [len(by_nation[n]) for n in by_nation] == [153, 22, 32, 5]
    prefixes = {"England": ("E06", "E08", "E09", "E10"), "Wales": ("W06",), "Scotland": ("S12",)}
    for nation, allowed in prefixes.items():
        assert all(c.code and c.code.startswith(allowed) and len(c.code) == 9
                   for c in by_nation[nation])
    codes = [c.code for c in rows if c.code]
    assert len(codes) == len(set(codes))


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


@pytest.mark.parametrize("text, area", [
    ("Reading the report, Derby councillors were worried. Derby Council agreed.", "Derby"),
    ("Mr Stirling told Fife Council the figures were wrong. Fife agreed.", "Fife"),
])
def test_a_council_name_used_as_a_word_or_a_surname(nlp, text: str, area: str) -> None:
    assert find_area(nlp(text)) == area


def test_a_national_story_names_a_council_only_as_an_example(nlp) -> None:
    text = ("Serious incidents rise across England\nCouncils in England notified the national "
            "panel of 500 serious incidents last year, the highest number yet, according to "
            "figures published on Thursday. Babies made up a third of the cases. Health "
            "visitors say they are stretched, and the government says it is recruiting more of "
            "them. Charities called for more early help. The panel's chair said agencies had "
            "to share what they know. Ministers said a review of health visiting would report "
            "in the spring, and that councils would get more money for family hubs. Unions said "
            "the money would not be enough to fill the vacancies that councils now report.\n"
            "In Leeds, the partnership said it had seen 20 cases. Leeds said it was recruiting.")
    choice = choose_area(nlp(text), "Serious incidents rise across England")
    assert choice.area is None
    assert choice.areas == ["Leeds"]


def test_a_place_inside_a_company_name_is_not_the_council(nlp) -> None:
    text = ("Treasury report\nDeposits: National Westminster Bank 1,000,000. Leeds Building "
            "Society bond 2,000,000. Surrey County Council holds them. Surrey agreed.")
    assert choose_area(nlp(text)) == AreaChoice("Surrey", "E10000030", [])


# The council or partnership that publishes a document is often named only in lines about it
# that are not its text: a PDF's Author, a running header, an HTML page's whole <title>.
@pytest.mark.parametrize("context, area", [
    (["Anna Lee", "Cheshire East Council"], "Cheshire East"),
    (["Warrington Borough Council – Children’s Services Performance Report – Q2 2025/26"],
     "Warrington"),
    (["Learning from reviews - Oxfordshire Safeguarding Children Partnership"], "Oxfordshire"),
    (["2023 to 2024 at a glance | Bury Integrated Safeguarding Partnership"], "Bury"),
    (["London Borough of Barnet"], "Barnet"),
    (["Fife Council", "Agenda item 6"], "Fife"),
    (["Glasgow Child Protection Committee | Annual report"], "Glasgow City"),
    (["Minutes for Cabinet on Wednesday, 15th October - Shropshire Council"], "Shropshire"),
    # a place in a newspaper's or a person's name is not a publisher
    (["Reviews stall | Wiltshire Gazette & Herald Online"], None),
    (["Children in care rise | The Kent Chronicle"], None),
    (["Jo Derby", "Report template"], None),
    (["Page 3 of 12"], None),
])
def test_area_from_the_publisher_named_beside_the_text(nlp, context: list[str],
                                                       area: str | None) -> None:
    doc = nlp("The service received 900 contacts in the quarter.\nTable 1 shows the detail.")
    assert choose_area(doc, None, context).area == area


def test_the_publisher_beside_the_text_does_not_outvote_the_text(nlp) -> None:
    doc = nlp("Leeds recorded 41 notifications.\nLeeds said numbers rose.\n"
              "Leeds City Council agreed the plan.\nLeeds will report again.")
    assert choose_area(doc, None, ["Anyshire Media", "Report template"]).area == "Leeds"


@pytest.mark.parametrize("context, expected", [
    (["Learning from reviews - Oxfordshire Safeguarding Children Partnership"],
     "Oxfordshire Safeguarding Children Partnership"),
    (["2023 to 2024 at a glance | Bury Integrated Safeguarding Partnership"],
     "Bury Integrated Safeguarding Partnership"),
    (["Telford and Wrekin Safeguarding Partnership",
      "Telford and Wrekin Safeguarding Partnership | LCSPR Child M | Summary"],
     "Telford and Wrekin Safeguarding Partnership"),
    (["North Wales Safeguarding Board – Annual Report"], "North Wales Safeguarding Board"),
    (["Dundee Child Protection Committee"], "Dundee Child Protection Committee"),
    (["Keeping Bristol Safe Partnership | News"], "Keeping Bristol Safe Partnership"),
    (["Reviews stall | Wiltshire Gazette & Herald Online"], None),
    (["Local Safeguarding Children Board template"], None),
])
def test_partnership_named_beside_the_text(context: list[str], expected: str | None) -> None:
    assert find_partnership("We publish every review here.", None, None, context) == expected


# The nation's board (the Safeguarding Board for Northern Ireland) named once, in passing, as
# the overseer of a trust is not the document's body; named in the title, the opening or more
# than once, it is.
_LONG = "Referrals rose in the year. " * 60 + "\n"


@pytest.mark.parametrize("text, expected", [
    (f"Trust report\n{_LONG}The Safeguarding Board for Northern Ireland notified the Trust of "
     "one new review.\n", None),
    (f"Register rises\n{_LONG}The Safeguarding Board for Northern Ireland (SBNI) said it had "
     "started three reviews.\n", None),
    (f"Delegated functions\n{_LONG}Reviews are commissioned by the Safeguarding Board for "
     "Northern Ireland.\n", None),
    ("The Safeguarding Board for Northern Ireland published its annual report.\n" + _LONG,
     "Safeguarding Board for Northern Ireland"),
    (f"Annual report\n{_LONG}The Safeguarding Board for Northern Ireland met 6 times. The "
     "Safeguarding Board for Northern Ireland agreed its plan.\n",
     "Safeguarding Board for Northern Ireland"),
    # a local body named once late is still the document's
    (f"Annual report\n{_LONG}The Wirral Safeguarding Children Partnership agreed the plan.\n",
     "Wirral Safeguarding Children Partnership"),
])
def test_the_nations_board_named_in_passing(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


_FRONT = "From: Cabinet Member for Finance\nTo: County Council – 13 March 2025\n"


@pytest.mark.parametrize("text, title, start, end", [
    # a committee report's front sheet gives its title on a labelled line
    (f"{_FRONT}Subject: Children's Services Performance Report, Quarter 3 2024/25\n"
     "Summary: The report sets out performance.\nThe budget for 2025/26 is £3m. In 2025/26 "
     "it will rise.\n", None, "2024-10-01", "2024-12-31"),
    (f"{_FRONT}Report title: Fostering Service Annual Report 2023-24\nClassification: "
     "Unrestricted\nPlans for 2025/26 and 2025/26 are set out.\n", None,
     "2023-04-01", "2024-03-31"),
    (f"{_FRONT}Title of report: Adoption activity April to September 2024\nThe strategy for "
     "2025-26 was agreed in 2025-26.\n", None, "2024-04-01", "2024-09-30"),
    # a half-year report of a financial year is its first half
    (f"{_FRONT}Subject: Treasury Management Mid-Year Update 2024-25\nSummary: activity to "
     "the end of September.\n", None, "2024-04-01", "2024-09-30"),
    ("Committee paper\nThe service received 900 contacts.\n", "Half-year report 2023/24",
     "2023-04-01", "2023-09-30"),
    ("Committee paper\nThe service received 900 contacts.\n",
     "Six-monthly performance report 2025/26", "2025-04-01", "2025-09-30"),
    ("Interim report 2022/23\nThe partnership met.\nReferrals rose.\n", None,
     "2022-04-01", "2022-09-30"),
    # ...but a whole-year report of the same year is the whole year
    (f"{_FRONT}Subject: Fostering Annual Report 2024-25\nSummary: the year's work.\n", None,
     "2024-04-01", "2025-03-31"),
    # an annual report of a plain year is that calendar year
    ("2024 Annual Report\nImplementation of the covenant\nReport date: 31 December 2024\n",
     None, "2024-01-01", "2024-12-31"),
    ("Foreword\nThe panel met.\nIt reviewed deaths.\n", "Child Death Overview Panel Annual "
     "Report 2023", "2023-01-01", "2023-12-31"),
    (f"{_FRONT}Subject: 2022 Annual Report on the Armed Forces Covenant\nSummary: the "
     "year.\n", None, "2022-01-01", "2022-12-31"),
    ("Annual report for 2021\nThe committee met.\nIt agreed.\n", None,
     "2021-01-01", "2021-12-31"),
    ("Intro\nText\nMore\n", "Annual Report 2022-2023", "2022-04-01", "2023-03-31"),
    ("Intro\nText\nMore\n", "Annual Report 2024/25", "2024-04-01", "2025-03-31"),
])
def test_the_heading_a_document_gives_its_period(text: str, title: str | None,
                                                 start: str, end: str) -> None:
    period = find_period(text, title)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text, area", [
    ("Shares rose in New York on Monday, traders said.", None),
    ("The match at Old Trafford drew 70,000 fans.", None),
    ("Flights to New York were cancelled. The New York office closed.", None),
    ("York council said 40 children were in care.", "York"),
    ("Trafford Council published its report.", "Trafford"),
    ("In York, 40 children were in care; York's partnership said so.", "York"),
])
def test_a_council_name_inside_another_place(nlp, text: str, area: str | None) -> None:
    assert find_area(nlp(text)) == area


# A period the report is written "in advance of" or "in preparation for" is a projection.
@pytest.mark.parametrize("text, start, end", [
    ("This report gives an update in advance of the 2025-26 budget.\nIn 2024-25 spending rose. "
     "In 2024-25 it rose again.\n", "2024-04-01", "2025-03-31"),
    ("This report is presented ahead of the 2026/27 budget.\nThe 2025/26 overspend is £3m. "
     "In 2025/26 costs rose.\n", "2025-04-01", "2026-03-31"),
    ("This report sets out savings in preparation for 2025/26.\nIn 2024/25 the service "
     "saved £2m. In 2024/25 it hired staff.\n", "2024-04-01", "2025-03-31"),
    ("This paper is brought in readiness for 2024-25.\nReferrals in 2023-24 rose. 2023-24 "
     "saw 900.\n", "2023-04-01", "2024-03-31"),
    ("This update comes in advance of the 2023/24 budget setting.\nIn 2022/23 there were "
     "40 plans. In 2022/23 costs rose.\n", "2022-04-01", "2023-03-31"),
    # ...but the report's own period in the same sentence still counts
    ("This report covers 2024/25, in advance of the budget.\nIn 2023/24 there were 9.\n",
     "2024-04-01", "2025-03-31"),
])
def test_a_period_the_report_comes_before_is_not_its_own(text: str, start: str,
                                                         end: str) -> None:
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


# A court named after its town sits for a wider area; the story's council is the child's.
@pytest.mark.parametrize("text, area", [
    ("A Wirral mother was jailed at Liverpool Crown Court. Wirral's partnership said it "
     "had learned.", "Wirral"),
    ("Sweden dropped the case, Westminster Magistrates' Court heard.", None),
    ("The case was heard at Leeds Youth Court on Monday.", None),
    ("An inquest at Bristol Coroner's Court heard the boy died in May.", None),
    ("Medway Council said it was sorry. The trial at Maidstone Crown Court ended. Medway's "
     "partnership will publish a review.", "Medway"),
    ("The hearing at Bradford Family Court was told Bradford Council had acted.", "Bradford"),
])
def test_a_court_is_not_the_council_it_is_named_after(nlp, text: str, area: str | None) -> None:
    assert find_area(nlp(text)) == area


# The scope sentence names the whole year; the heading says the report is on its first half.
@pytest.mark.parametrize("text, title, start, end", [
    (f"{_FRONT}Subject: Treasury Management Mid-Year Update 2024-25\n1.1 This report covers "
     "activity up to the end of September 2024 and developments in 2024-25.\n", None,
     "2024-04-01", "2024-09-30"),
    ("Intro\n1.1 This report sets out performance in 2023/24.\n", "Half-year report 2023/24",
     "2023-04-01", "2023-09-30"),
    ("Interim report 2025/26\nThis report covers 2025/26 so far.\n", None,
     "2025-04-01", "2025-09-30"),
    ("Six-monthly update 2022-23\nThis paper reports on 2022-23.\n", None,
     "2022-04-01", "2022-09-30"),
    # a heading about the same year with no half keeps the whole year
    ("Annual report 2023/24\nThis report covers 2023/24.\n", None, "2023-04-01", "2024-03-31"),
    # a half-year heading of another year does not narrow this one
    ("Half-year report 2022/23\nThis report covers 2023/24.\n", None,
     "2023-04-01", "2024-03-31"),
])
def test_a_heading_narrows_the_scope_year_to_its_half(text: str, title: str | None,
                                                      start: str, end: str) -> None:
    period = find_period(text, title)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_court_spelled_magistrate_s_is_still_a_court(nlp) -> None:
    assert find_area(nlp("The hearing is at Westminster Magistrate's Court in London.")) is None


# An agenda lists the items a meeting will take; it reports no period of its own.
_ITEMS = ("1. Apologies\n2. Declarations of Interest\n3. Minutes of the meeting held on 9 "
          "January 2025\n")


@pytest.mark.parametrize("text, start", [
    (f"AGENDA\nCABINET\nThursday, 30 January 2025\n{_ITEMS}4. Budget Monitoring Report 2024-25\n"
     "5. Draft Revenue Budget 2025-26\n6. Draft Revenue Budget 2025-26 appendices\n", None),
    (f"Agenda\nChildren's Scrutiny Committee, 4 March 2025\n{_ITEMS}4. Fostering annual report "
     "2023/24\n", None),
    (f"AGENDA\n{_ITEMS}4 Quarter 3 performance report 2024/25\n5 Work programme 2025/26\n", None),
    (f"agenda\nFull Council\n{_ITEMS}4. Pay Policy Statement 2025/26\n", None),
    ("Summons to and Agenda for a Meeting on\nThursday, 13 March 2025\nTo: All Members\n"
     f"A G E N D A\n{_ITEMS}4. Treasury Management - Mid-Year Update 2024-25\n", None),
    (f"Council offices\n5 March 2025\nA G E N D A\n{_ITEMS}4. Budget 2025/26\n", None),
    # a report that has an agenda item line is not an agenda
    ("Agenda item 7: Performance overview 2022/23\n1. Purpose\n1.1 This report summarises "
     "indicators for 2022/23.\n", "2022-04-01"),
    # ...nor is a report that mentions its agenda later
    (f"Annual report 2023/24\nForeword\nAgenda\n{_ITEMS}", "2023-04-01"),
])
def test_an_agenda_has_no_period(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start


# A council named in full once is then written by its initials or as "the County Council"
# (a county council named as a place, by its initials too): those count for it, so a neighbour
# named a few times does not outvote it. A bare "the Council" counts for none.
@pytest.mark.parametrize("text, area", [
    ("Medway said so. Medway agreed. A report to Kent County Council. KCC agreed with Medway. "
     "KCC will pay. KCC said so.", "Kent"),
    ("Leeds and Leeds and Leeds. The City of York Council said so. CYC will act. CYC paid. "
     "CYC met.", "York"),
    ("Solihull met Solihull. Birmingham City Council met. BCC said the City Council would act. "
     "The City Council agreed.", "Birmingham"),
    ("Surrey grew and Surrey shrank. Hampshire County Council met. The County Council agreed "
     "the budget. The County Council will consult.", "Hampshire"),
    # a county council named only as a place is written by its initials too
    ("Kent schools grew. Medway said so. Medway agreed. KCC will pay. KCC met. KCC said so.",
     "Kent"),
    # a bare 'the Council' is the publisher's, not the one council named in full in passing
    ("Kent schools grew. KCC will pay. KCC met. Medway Council agreed. The Council will pay. "
     "The Council met. The Council said so. The Council voted.", "Kent"),
    # initials that match no council named in full count for none
    ("Medway said so. Medway agreed. Kent County Council met. MCC and XCC agreed. MCC will "
     "pay.", "Medway"),
    # 'the Council' with two councils named in full is neither's
    ("Medway Council and Essex County Council met. Medway said so. The Council agreed. "
     "The Council met.", "Medway"),
    # 'the County Council' with two county councils named in full is neither's
    ("Essex County Council and Kent County Council met. Essex said so. The County Council "
     "agreed. The County Council met. The County Council paid.", "Essex"),
])
def test_a_councils_initials_and_the_council_count_for_it(nlp, text: str, area: str) -> None:
    assert find_area(nlp(text)) == area


# A heading's point in time ("as at 30 September 2024") is the end of the report's period only
# when the heading names the report's length; otherwise it is a snapshot, not a period.
@pytest.mark.parametrize("text, start, end", [
    ("Half-Year Performance Report as at 30 September 2024\nThe service saw 400 referrals.\n",
     "2024-04-01", "2024-09-30"),
    ("Quarterly Performance Report as at 31 December 2024\nReferrals rose.\n",
     "2024-10-01", "2024-12-31"),
    ("Mid-year report as at 30 September 2024\nIn 2024-25 costs rose.\n",
     "2024-04-01", "2024-09-30"),
    ("Annual Report as at 31 March 2025\nThere were 400 children in care.\n",
     "2024-04-01", "2025-03-31"),
    ("Performance Report as at 30 September 2024\nReferrals rose.\n", None, None),
    ("Children in Care as at 31 March 2025\nThere were 400 children in care.\n", None, None),
    # a snapshot heading leaves the year the document names as its own
    ("Budget Monitoring Position as at 30 September 2024\nIn 2024/25 the overspend is 3m. In "
     "2024/25 costs rose.\n", "2024-04-01", "2025-03-31"),
])
def test_a_point_in_time_heading(text: str, start: str | None, end: str | None) -> None:
    period = find_period(text)
    assert ((period.start, period.end) if period else (None, None)) == (start, end)


# A sports season is a club's year, not a reporting period.
@pytest.mark.parametrize("text, start", [
    ("The club finished third in the 2022/23 season. In the 2022/23 season it won 20 games.\n",
     None),
    ("The club said the 2021-22 season was hard. It hired a coach.\n", None),
    ("The academy, in season 2023/24, had 40 players. Season 2023/24 ended in May.\n", None),
    ("The 2020-21 Premier League season was played without fans. The 2020-21 Premier League "
     "season ended.\n", None),
    ("Coach jailed\nThe coach worked at the club during the 2019/20 season. In 2021/22 the "
     "review was done.\n", "2021-04-01"),
    ("This report covers 2023/24. The club ended the 2023/24 season top.\n", "2023-04-01"),
    ("Youth league\nIn the 2018-19 and 2019-20 seasons he coached girls. Referrals in 2020/21 "
     "rose. In 2020/21 the board met.\n", "2020-04-01"),
])
def test_a_sports_season_is_not_a_reporting_period(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start


# Minutes that report no period of their own are of the financial year the meeting was held
# in; a budget or plan for a later year is the meeting's business, not its reporting year; a
# report the meeting considered with its own period still gives that period.
_ATTEND = "PRESENT: Cllr A Smith (Chair), Cllr B Jones\n1. Apologies\nApologies were received.\n"


@pytest.mark.parametrize("text, title, start, end", [
    ("ANYTOWN COUNCIL\nCORPORATE PARENTING PANEL\nMINUTES of a meeting of the Corporate "
     f"Parenting Panel held at the Civic Centre on Tuesday, 10 December 2024.\n{_ATTEND}"
     "2. Participation update\nThe team presented its work with care leavers.\n", None,
     "2024-04-01", "2025-03-31"),
    ("COUNTY COUNCIL\nMINUTES of a meeting of the County Council held on Thursday, 13 February "
     f"2025.\n{_ATTEND}2. Revenue Budget 2025-26\nThe Leader moved the budget for 2025-26. The "
     "budget for 2025-26 was agreed. Council tax for 2025/26 will rise.\n", None,
     "2024-04-01", "2025-03-31"),
    ("At a meeting of the Children and Families Scrutiny Committee held on Monday 3 March 2025\n"
     f"{_ATTEND}2. Fostering update\nThe head of service said recruitment was improving.\n",
     None, "2024-04-01", "2025-03-31"),
    ("ANYSHIRE COUNCIL\nEducation and Children Committee\nMINUTE of Meeting of the Education and "
     "Children Committee held in the Council Chamber on Wednesday 27 August 2025.\n"
     f"{_ATTEND}2. School estate\nThe Committee heard an update.\n", None,
     "2025-04-01", "2026-03-31"),
    ("FOSTERING PANEL – 9 th April 2025\nMINUTES of the meeting held in the Blue Room, "
     f"Town Hall.\n{_ATTEND}2. Approvals\nThe panel recommended two households.\n", None,
     "2025-04-01", "2026-03-31"),
    ("Draft minutes\nHealth and Wellbeing Board, 31st March 2025\n"
     f"{_ATTEND}2. Better Care Fund plan 2025-26\nThe plan for 2025-26 was endorsed.\n", None,
     "2024-04-01", "2025-03-31"),
    # a decision taken at the meeting does not make the minutes a decision paper
    ("MINUTES of a meeting of the Cabinet held on 30 January 2025\n"
     f"{_ATTEND}2. Children's homes\nThe report asked Cabinet to approve £2m for two homes. "
     "RESOLVED that the purchase be approved.\n", None, "2024-04-01", "2025-03-31"),
    # ...a report the meeting considered with its own year or quarter keeps it
    ("Minutes of the Children's Scrutiny Committee held on 15 October 2025\n"
     f"{_ATTEND}2. Safeguarding Partnership Annual Report 2024/25\nThe scrutineer presented "
     "the annual report for 2024/25. There were 6 notifications in 2024/25.\n", None,
     "2024-04-01", "2025-03-31"),
    ("Minutes of the Cabinet meeting held on 20 November 2025\n"
     f"{_ATTEND}2. Performance report\nMembers considered the performance report for "
     "Quarter 2 2025/26.\n",
     None, "2025-07-01", "2025-09-30"),
    # an agenda listing 'Minutes of the meeting held on …' is still an agenda
    ("AGENDA\nCabinet, 30 January 2025\n1. Apologies\n2. Declarations of Interest\n3. Minutes of "
     "the meeting held on 9 January 2025\n4. Budget 2025-26\n", None, None, None),
])
def test_minutes_are_of_the_meetings_year(text: str, title: str | None, start: str | None,
                                          end: str | None) -> None:
    period = find_period(text, title)
    assert ((period.start, period.end) if period else (None, None)) == (start, end)


# A periodic report's length in one heading line and its end date in the next.
@pytest.mark.parametrize("text, start, end", [
    ("Quarterly Performance Report\nData as at 31 December 2024\nReferrals 1,100.\n",
     "2024-10-01", "2024-12-31"),
    ("Half-Year Performance Report\nPosition as at 30 September 2025\nReferrals rose.\n",
     "2025-04-01", "2025-09-30"),
    ("Children's Services\nQuarterly Monitoring Report\nat 30 June 2025\nContacts fell.\n",
     "2025-04-01", "2025-06-30"),
    ("Mid-year update\nas at 30 September 2024\nThe service grew.\n", "2024-04-01",
     "2024-09-30"),
    ("Annual Data Return\nas at 31 March 2025\nThere were 400 children in care.\n",
     "2024-04-01", "2025-03-31"),
    ("Six-monthly report\nFigures at 31 October 2025\nAssessments rose.\n", "2025-05-01",
     "2025-10-31"),
    # a heading with no length leaves a date a snapshot
    ("Performance Report\nData as at 31 December 2024\nReferrals 1,100.\n", None, None),
    ("Children in care\nas at 31 March 2025\nThere were 400 children.\n", None, None),
])
def test_a_reports_length_and_its_end_on_two_heading_lines(text: str, start: str | None,
                                                          end: str | None) -> None:
    period = find_period(text)
    assert ((period.start, period.end) if period else (None, None)) == (start, end)


# A story about one court case (a trial, a sentence, an inquest) that names a year only in
# passing, late, has no period; one whose opening or scope gives a period keeps it.
@pytest.mark.parametrize("text, start", [
    ("Mother jailed for neglect\nA mother who left her children alone has been jailed.\nThe "
     "court heard they were found in March 2024.\nThe judge said it was grave.\nIn 2023/24 the "
     "council received 900 neglect referrals.\n", None),
    ("Father sentenced over baby's injuries\nA man was sentenced to six years at Anytown Crown "
     "Court.\nHe had denied the charges.\nThe baby is with foster carers.\nThe partnership held "
     "12 rapid reviews in 2024/25.\n", None),
    ("Couple convicted of cruelty\nA couple have been convicted of cruelty to a boy.\nA jury "
     "took four hours.\nThey will be sentenced next month.\nIn 2022-23 there were 30 cases.\n",
     None),
    ("Inquest told of missed chances\nAn inquest heard a teenager was seen by nine agencies.\nShe "
     "died in 2023.\nThe coroner will rule later.\nAcross the county, 2023/24 saw 14 deaths.\n",
     None),
    ("Carer admits offences\nA carer admitted four counts of ill-treatment at Anytown "
     "Magistrates' Court.\nShe was bailed.\nThe home closed.\nIn 2024/25 inspectors visited "
     "twice.\n", None),
    # ...the opening names the year the story is about
    ("Neglect cases double in 2024/25\nA mother was jailed this week, as figures show neglect "
     "cases doubled in 2024/25.\nThe court heard the children were found alone.\n",
     "2024-04-01"),
    # ...a scope span the story gives
    ("Man jailed after review\nA man was jailed, and a review that examined contact with the "
     "boy between June 2022 and May 2024 found missed chances.\nHe was sentenced to nine "
     "years.\n",
     "2022-06-01"),
    # ...a year named again and again is the story's
    ("Jailed carer's home\nA carer was jailed.\nThe court heard of 2023/24.\nIn 2023/24 the home "
     "had 9 children.\nIn 2023/24 it had 3 complaints.\n", "2023-04-01"),
])
def test_a_court_story_names_a_year_in_passing(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start


# A request for information answered year by year covers the run of years it names.
_FOI = "Freedom of Information request FOI-123\nDear Requester\n"


@pytest.mark.parametrize("text, start, end", [
    (f"{_FOI}You asked for the number of children placed out of area for the years 2020/21, "
     "2021/22, 2022/23 and 2023/24.\nResponse:\n2020/21: 40\n2021/22: 45\n2022/23: 50\n"
     "2023/24: 52\n", "2020-04-01", "2024-03-31"),
    (f"{_FOI}Please provide the number of children on plans for the last five years.\n"
     "Our response\nYear Plans\n2019-20 300\n2020-21 310\n2021-22 320\n2022-23 330\n2023-24 340\n",
     "2019-04-01", "2024-03-31"),
    (f"{_FOI}You requested the spend on agency staff in 2022/23 and 2023/24.\nIn 2022/23 it was "
     "£2m and in 2023/24 £3m.\n", "2022-04-01", "2024-03-31"),
    ("Our ref: 991\nYou asked: how many section 47 enquiries were started between 2019 and "
     "2024?\nOur response: see the table.\n", "2019-01-01", "2024-12-31"),
    ("Request for information\nPlease could you tell me the number of missing episodes between "
     "April 2021 and March 2024.\nThe answer is 1,200.\n", "2021-04-01", "2024-03-31"),
    ("Written question\nTo ask the Minister how many children were adopted in 2021-22, 2022-23 "
     "and 2023-24.\nAnswer: 2,900, 2,950 and 3,010.\n", "2021-04-01", "2024-03-31"),
    (f"{_FOI}You asked for each financial year from 2020/21 to 2023/24.\nIn 2023/24 there "
     "were 40.\n", "2020-04-01", "2024-03-31"),
    # a story that is not a request keeps its own year
    ("Referrals rise\nReferrals rose in 2023/24, up from 2022/23, the council said.\nIn 2023/24 "
     "there were 4,000.\n", "2023-04-01", "2024-03-31"),
    # 'you asked' inside a clause (a news page's sign-up box) is no request
    ("Adoptions fall\nWe use your sign-up to send you the newsletters you asked for.\nThe agency "
     "placed 40 children between April 2023 and March 2024, compared with 35 in 2022/23.\n",
     "2023-04-01", "2024-03-31"),
    ("Budget agreed\nGet the updates you requested straight to your inbox.\nThe council spent "
     "£3m in 2022/23 and £4m in 2023/24 on early help.\n", "2023-04-01", "2024-03-31"),
])
def test_a_request_covers_the_years_it_asks_for(text: str, start: str, end: str) -> None:
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


# A PDF's own title or running header, kept beside the text, is a heading after the text's.
@pytest.mark.parametrize("text, context, start, end", [
    ("Investments as at 30 September 2024\nTable 1\n", ["Appendix 1",
     "TM half-year report 2024-25 to County Council"], "2024-04-01", "2024-09-30"),
    ("Contents\nPart 1\n", ["Jo Bloggs", "Fostering Annual Report 2023/24"], "2023-04-01",
     "2024-03-31"),
    ("Table of indicators\nRow 1\n", ["Performance report Q2 2025/26"], "2025-07-01",
     "2025-09-30"),
    ("Inspection findings\nLeaders are effective.\n",
     ["Inspection of Anyshire children's services: 4 to 15 March 2024"], "2024-03-04",
     "2024-03-15"),
    # the text's own heading comes first
    ("Annual Report 2022/23\nForeword\n", ["Annual Report 2021/22"], "2022-04-01",
     "2023-03-31"),
    ("Contents\nPart 1\n", ["Jo Bloggs", "Page 3 of 12"], None, None),
])
def test_a_heading_beside_the_text(text: str, context: list[str], start: str | None,
                                   end: str | None) -> None:
    period = find_period(text, None, None, context)
    assert ((period.start, period.end) if period else (None, None)) == (start, end)


# Kind: a document whose opening names its genre is decided by it. Minutes (with the meeting's
# date) are council reports; an agenda front sheet is not a report; anything else is left to
# the classifier (None here).
_LONG_REPORT = "\n".join(f"4.{i} Paragraph {i} of the report sets out performance for members "
                         f"in detail, with {i * 7} cases looked at." for i in range(1, 120))


@pytest.mark.parametrize("text, genre", [
    ("KENT COUNTY COUNCIL\nCOUNTY COUNCIL\nMINUTES of a meeting of the County Council held in "
     "the Council Chamber on Thursday, 9 January 2025.\nPRESENT: Mr A (Chairman)\n",
     "council_report"),
    ("FOSTERING PANEL – 10 th December 2024\nMINUTES of the meeting held in the Blue Room.\n"
     "PRESENT: Cllr X\n", "council_report"),
    ("At a Meeting of the Children's Scrutiny Committee held in Room 2 on Monday 17 November "
     "2025 at 9.30 am\nPresent: Councillor Y (Chair)\n", "council_report"),
    ("ANYSHIRE COUNCIL\nMINUTE of Meeting of the Education Committee held on Wednesday 27 August "
     "2025.\nPresent: Councillors A, B.\n", "council_report"),
    ("Minutes\nCabinet\nWednesday, 15th October, 2025 10.00 am\nAttendance\n", "council_report"),
    ("A G E N D A\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the "
     "meeting held on 13 February 2025\n4. Budget 2025-26\n", "other"),
    ("Summons to and Agenda for a Meeting on\nThursday, 13th March, 2025\nAGENDA\n1. Apologies\n"
     "2. Minutes\n3. Questions\n", "other"),
    # a news headline about minutes is a story (a sentence-case headline over a reporting
    # lead), not minutes; an agenda pack with its reports, a report that names the minutes of
    # an earlier meeting: the classifier decides
    ("Minutes reveal council knew of abuse\nMinutes of a meeting seen by this paper show that "
     "councillors were warned.\n", "news_article"),
    (f"AGENDA\n1. Apologies\n2. Minutes\n3. Performance report\n{_LONG_REPORT}", None),
    ("Performance report\n1. Purpose\nThe minutes of the meeting held on 9 January 2025 asked "
     "for this report.\n", None),
    ("Minutes of the previous meeting\nThese were agreed on 4 March 2025.\n", None),
])
def test_a_genre_named_at_the_top_decides_the_kind(text: str, genre: str | None) -> None:
    from extractor.kind import _genre

    assert _genre(load("doc.txt", text.encode("utf-8"))) == genre


# An inspection or a visit said, in the lead, to be in one month: that month is the period.
@pytest.mark.parametrize("text, start, end", [
    ("Services rated inadequate\nOfsted inspectors who visited in January 2025 found failings.\n"
     "In 2023/24 the council spent £90m.\n", "2025-01-01", "2025-01-31"),
    ("Council praised\nThe inspection, carried out in March 2024, found strong leadership.\n",
     "2024-03-01", "2024-03-31"),
    ("Good rating\nInspectors visited the council's teams during November 2025.\n",
     "2025-11-01", "2025-11-30"),
    ("Focused visit\nOfsted's visit in early June 2023 looked at the front door.\n",
     "2023-06-01", "2023-06-30"),
    ("Care homes checked\nThe home was inspected in September 2024 and rated good.\n",
     "2024-09-01", "2024-09-30"),
    ("Progress seen\nA monitoring visit in late February 2026 found progress.\n",
     "2026-02-01", "2026-02-28"),
    # the inspection's own dates, when given, win
    ("Rated good\nInspectors visited in March 2025, from 3 to 14 March 2025.\n",
     "2025-03-03", "2025-03-14"),
    # a month with no inspection or visit is not a period
    ("Referrals rise\nIn January 2025 referrals rose, the council said. In 2024/25 there were "
     "900.\n", "2024-04-01", "2025-03-31"),
])
def test_the_month_of_an_inspection(text: str, start: str, end: str) -> None:
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


# Months with no year in the lead of a dated story: the latest such months that have ended by
# the story's date; a comparator's months are not the story's.
@pytest.mark.parametrize("text, date, start, end", [
    ("Referrals up\nFigures for July to September show 1,200 referrals.\n", "2025-11-05",
     "2025-07-01", "2025-09-30"),
    ("Referrals up\nThe council received 1,200 referrals between July and September.\n",
     "2025-10-20", "2025-07-01", "2025-09-30"),
    ("Plans fall\nBetween April and June, 300 children started a plan.\n", "2024-08-01",
     "2024-04-01", "2024-06-30"),
    ("Winter pressures\nFrom October to December the hub took 5,000 calls.\n", "2026-01-15",
     "2025-10-01", "2025-12-31"),
    ("Winter figures\nIn November to February, 80 children went missing.\n", "2026-03-10",
     "2025-11-01", "2026-02-28"),
    ("Contacts\nThe report covering January to March was discussed.\n", "2025-05-02",
     "2025-01-01", "2025-03-31"),
    # months that have not ended by the story's date are last year's
    ("Contacts\nFigures for October to December were published.\n", "2025-06-01",
     "2024-10-01", "2024-12-31"),
    # a comparator's months are not the story's
    ("Referrals\nThere were 1,200 referrals, up from 1,000 between April and June. In 2025/26 "
     "the service grew.\n", "2025-11-05", "2025-04-01", "2026-03-31"),
])
def test_months_with_no_year_in_a_dated_story(text: str, date: str, start: str,
                                              end: str) -> None:
    period = find_period(text, None, date)
    assert period is not None and (period.start, period.end) == (start, end)


def test_months_with_no_year_need_the_storys_date() -> None:
    assert find_period("Referrals up\nFigures for July to September show a rise.\n") is None


# A child death review panel or partnership by either name, and a name that opens with a
# hyphenated word ("Pan-Dorset"), as written.
@pytest.mark.parametrize("text, expected", [
    ("The Essex Child Death Review Panel met.", "Essex Child Death Review Panel"),
    ("The Southend, Essex and Thurrock Child Death Review Panel met.",
     "Southend, Essex and Thurrock Child Death Review Panel"),
    ("The West Mercia Child Death Review Partnership published its report.",
     "West Mercia Child Death Review Partnership"),
    ("Barking and Dagenham, Havering and Redbridge Child Death Overview Panel said.",
     "Barking and Dagenham, Havering and Redbridge Child Death Overview Panel"),
    ("The Pan-Dorset Safeguarding Children Partnership said.",
     "Pan-Dorset Safeguarding Children Partnership"),
    ("The Pan-Lancashire Child Death Overview Panel said.",
     "Pan-Lancashire Child Death Overview Panel"),
    ("The Stoke-on-Trent Safeguarding Children Partnership said.",
     "Stoke-on-Trent Safeguarding Children Partnership"),
    ("Newcastle-upon-Tyne Safeguarding Children Partnership said.",
     "Newcastle-upon-Tyne Safeguarding Children Partnership"),
    # a safeguarding body outranks the panel; a panel with no place is no name
    ("Herefordshire Safeguarding Children Partnership and the West Mercia Child Death Review "
     "Partnership met.", "Herefordshire Safeguarding Children Partnership"),
    ("The Child Death Review Panel met.", None),
])
def test_child_death_panels_and_hyphenated_names(text: str, expected: str | None) -> None:
    assert find_partnership(text) == expected


# Minutes headed by the body's name over a "Held on …" line.
@pytest.mark.parametrize("text, start", [
    ("Corporate Parenting Board\nHeld on Wednesday 5 November 2025 in the Council Chamber\n"
     "Present: Cllr A (Chair)\n1. Apologies\n2. Care leavers' covenant: 40 firms signed.\n",
     "2025-04-01"),
    ("Fostering Panel\nMeeting held on 14 February 2025 at County Hall\nPresent: Chair, two "
     "members\n1. Approvals\n", "2024-04-01"),
    # 'to be held on' is an agenda's or a notice's, not minutes
    ("Corporate Parenting Board\nA meeting to be held on 5 November 2025\nPlease send "
     "apologies.\n", None),
])
def test_minutes_headed_held_on(text: str, start: str | None) -> None:
    period = find_period(text)
    assert (period.start if period else None) == start


# A story's dateline or byline date dates its yearless spans when the source gives no date.
@pytest.mark.parametrize("text, start, end", [
    ("Referrals up\nPublished: 5 November 2025\nFigures for July to September show a rise.\n",
     "2025-07-01", "2025-09-30"),
    ("Caseloads still high\nBy A Reporter\nWednesday, 19 November 2025, 4:45 pm\nCouncillors "
     "looked at figures for the six months between April and September this year.\n",
     "2025-04-01", "2025-09-30"),
    ("Plans fall\nPosted on 2 August 2024\nBetween April and June, 300 children started a "
     "plan.\n", "2024-04-01", "2024-06-30"),
    ("Winter pressures\n15 January 2026\nFrom October to December the hub took 5,000 calls.\n",
     "2025-10-01", "2025-12-31"),
    ("Contacts\nUpdated 3rd May 2025 09:00\nThe report covering January to March was "
     "discussed.\n", "2025-01-01", "2025-03-31"),
    ("Missing children\nIssued: Monday 9 June 2025\nPolice figures for the period between April "
     "and May last year show 40 children went missing.\n", "2024-04-01", "2024-05-31"),
    ("Press release\nDate: 10 October 2025\nFigures for April to September show 2,000 "
     "contacts.\n", "2025-04-01", "2025-09-30"),
    # a date inside a sentence is not a dateline
    ("Referrals up\nThe meeting on 5 November 2025 heard that figures for July to September "
     "rose.\nIn 2025/26 the council expects more.\n", "2025-04-01", "2026-03-31"),
])
def test_a_dateline_dates_the_story(text: str, start: str, end: str) -> None:
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (start, end)
