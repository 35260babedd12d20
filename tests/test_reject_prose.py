"""Numbers of running text that are no figure, by construction, each rejected with the reason
`show` lists; beside each, a close sentence whose number stays a figure. Invented sentences,
run through the production path (ingest -> pipeline -> find_figures, rules only). The number
under test is marked ⟦...⟧ (the marks are removed before the text is read)."""

from __future__ import annotations

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.figures.reject import (
    AGE_BAND, CODE, DISTANCE, LIST_ITEM, NAME, PAGE_MARK, PHONE, RULE, SCALE_KEY, SPAN, TIME_POINT,
)
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def _read(nlp, marked: str) -> tuple[list, list[str]]:
    """The figures at the marked number and the reasons it was rejected for."""
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    assert document.text == text
    rejected: list[dict] = []
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False, rejected=rejected)
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    return found, [r["reason"] for r in rejected if r["start"] <= at < r["end"]]


def _check(nlp, marked: str, reason: str | None) -> None:
    found, reasons = _read(nlp, marked)
    if reason is None:
        assert found and not reasons, f"the marked number should stay a figure: {reasons}"
    else:
        assert not found and reasons == [reason], f"expected {reason!r}, got {reasons} / {found}"


# a paragraph's number in minutes and reports: 'N)' opening a line or following a sentence's
# end, or 'N.' standing alone as a sentence before the next one; the figures of the same
# paragraphs stay figures
LIST_MARKERS = [
    ("The Chair welcomed everyone to the meeting.\n⟦2⟧) Ms Patel said the service had grown.", LIST_ITEM),
    ("Agreed unanimously. ⟦11⟧) The Chair thanked the officers for their work.", LIST_ITEM),
    ("Budget Monitoring (Item 6)\n⟦1⟧) The Cabinet Member introduced the report.", LIST_ITEM),
    ("The motion was carried.\n⟦4⟧) RESOLVED that the report be noted.", LIST_ITEM),
    ("The committee noted the update. ⟦3⟧. Mr Evans presented the budget for the year.", LIST_ITEM),
    ("Thanks were recorded to the staff.” ⟦7⟧) Following the debate, the motion was put.", LIST_ITEM),
    ("The panel met in May.\n⟦12⟧) Members asked about the waiting list.", LIST_ITEM),
    ("Apologies were received. ⟦5⟧) The minutes of the last meeting were agreed.", LIST_ITEM),
    # kept: the figures inside such paragraphs, and a number ending a sentence
    ("The Chair welcomed everyone.\n2) Ms Patel said the service had seen ⟦412⟧ referrals.", None),
    ("The number of children on plans rose to ⟦352⟧. Most were for neglect.", None),
    ("Of the 40 referrals, ⟦12⟧ (30%) were repeat referrals.", None),
    ("The board received 9 notifications (up from ⟦6⟧) This was noted.", None),
    ("Agreed. 3) Mr Evans said ⟦14⟧ children had been placed out of the county.", None),
    ("In March there were ⟦31⟧. The figure had been 25 a year earlier.", None),
]


@pytest.mark.parametrize("marked, reason", LIST_MARKERS)
def test_a_paragraph_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an age that bounds a group or a service ('up to age 25', 'between the ages of 18 and 25',
# 'over 65 years old', 'aged 16 years and over', 'beyond the age of 18'), not a person's age
AGE_BOUNDS = [
    ("The service supports young people up to age ⟦25⟧, when adult services take over.", AGE_BAND),
    ("Transitions typically occur between ages 18 and ⟦25⟧.", AGE_BAND),
    ("Transitions typically occur between the ages of ⟦18⟧ and 25.", AGE_BAND),
    ("Most of the county's veterans are over ⟦65⟧ years old.", AGE_BAND),
    ("A substantial number are over ⟦65⟧ years of age.", AGE_BAND),
    ("Some 3% of usual residents aged ⟦16⟧ years and over had served.", AGE_BAND),
    ("Care leavers can stay with their carers beyond the age of ⟦18⟧.", AGE_BAND),
    ("Personal advisers support them after the age of ⟦21⟧ where needed.", AGE_BAND),
    ("The hubs serve children up to the age of ⟦12⟧ years.", AGE_BAND),
    ("Those held in custody had ages ranging from 18 to ⟦87⟧.", AGE_BAND),
    # kept: a person's age, and the counts beside the bounds
    ("He had been known to children's services from the age of ⟦12⟧.", None),
    ("The service supported ⟦894⟧ young adults up to age 25.", None),
    ("Child L died at the age of ⟦nine⟧ after a long illness.", None),
    ("Some ⟦58%⟧ of the veterans are over 65 years old.", None),
    ("A boy aged ⟦14⟧ was seriously harmed in the incident.", None),
]


@pytest.mark.parametrize("marked, reason", AGE_BOUNDS)
def test_an_age_bound_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a UK phone number written in the international form, with or without its spaces
PHONES = [
    ("Sam Green, the Head of Service, can be reached on +⟦443000416334⟧ about the review.", PHONE),
    ("For enquiries call +44 ⟦3000⟧ 416 334 during office hours.", PHONE),
    ("Telephone the duty team on +44 (0) 1632 ⟦960⟧ 123 at any time of day.", PHONE),
    ("Call +44 ⟦1632⟧ 960123 to speak to the duty team.", PHONE),
    ("Press office +44 20 ⟦7946⟧ 0958.", PHONE),
    ("The helpline, +⟦441632960555⟧, is open all day.", PHONE),
    ("Write to the team or ring +44 ⟦115⟧ 496 0123.", PHONE),
    ("Out of hours, the emergency team is on +44 (0)⟦1632⟧ 960 999.", PHONE),
    # kept: counts near a phone number
    ("The helpline +441632960555 took ⟦4,400⟧ calls in the year.", None),
    ("The service received ⟦44⟧ referrals, +3 on last year.", None),
]


@pytest.mark.parametrize("marked, reason", PHONES)
def test_an_international_phone_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a label's number opening a heading: 'Risk 1 – Delivery of savings', 'Theme 3: Neglect',
# 'Outcome 2 - Children are safe'
LABELS = [
    ("The main risks are set out below.\nRisk ⟦1⟧ – Delivery of the savings plans\nThe budget needs savings.", CODE),
    ("Risk ⟦4⟧ – Market sustainability. Commissioned providers face pressure.", CODE),
    ("Theme ⟦3⟧: Neglect. The partnership audited cases.", CODE),
    ("Outcome ⟦2⟧ - Children are safe at home. Audits show progress.", CODE),
    ("Priority areas.\nStrand ⟦2⟧ – Early help\nThe strand covers family hubs.", CODE),
    ("Workstream ⟦5⟧: Exploitation. The group met six times.", CODE),
    ("Aim ⟦1⟧ – Reduce repeat referrals. Work began in May.", CODE),
    ("Scenario ⟦2⟧: a higher demand case. It assumes growth.", CODE),
    # kept: counts of risks, themes and outcomes
    ("The register holds ⟦12⟧ risks – five of them rated red.", None),
    ("The audit covered ⟦3⟧ themes: neglect, exploitation and domestic abuse.", None),
    ("Children at risk: ⟦14⟧ – up from nine a year earlier.", None),
]


@pytest.mark.parametrize("marked, reason", LABELS)
def test_a_label_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a paragraph's number after a heading with no stop ('... Cabinet Committee 2) Separate the ...'),
# when no bracket it would close is open on its line
LIST_MARKERS_AFTER_HEADINGS = [
    ("The working party proposes:\n1) Merge the two panels\nThe Health Committee ⟦2⟧) Separate the budget from policy", LIST_ITEM),
    ("Amendment carried ⟦6⟧) The Chairman put part 4 of the motion to the vote.", LIST_ITEM),
    ("The options are set out below ⟦3⟧) Retain the current model of delivery.", LIST_ITEM),
    ("Item 4 Finance update ⟦1⟧) The Director presented the forecast.", LIST_ITEM),
    ("The following were noted ⟦5⟧) Mr Khan asked about the waiting times.", LIST_ITEM),
    ("Referrals rose to 410 (from ⟦355⟧) The board asked for an analysis.", None),
    ("The panel reviewed cases (a total of ⟦14⟧) The findings follow.", None),
    ("Agreed ⟦2⟧) RESOLVED that the report be noted; the service saw 40 children.", LIST_ITEM),
]


@pytest.mark.parametrize("marked, reason", LIST_MARKERS_AFTER_HEADINGS)
def test_a_paragraph_number_after_a_heading_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a number that is part of a name: a compound naming a kind of thing ('two-tier areas', 'a
# zero-cost contract', 'the 10-year gilt yield'), a standard or an index ('IFRS 9', 'FTSE 100',
# 'COVID 19'), a footnote's mark ('income[1]ringfenced', 'of 6.3% 1 .'), a key's code ('AAA=1')
NAMES = [
    ("Reorganisation will abolish the remaining ⟦two⟧-tier areas by 2028.", NAME),
    ("The contract for electrical waste is a ⟦zero⟧-cost contract until March.", NAME),
    ("The ⟦10⟧-year gilt yield fell to 4.0% in September.", NAME),
    ("Short-dated rates fell by 0.25% for overnight and ⟦7⟧-day maturities.", NAME),
    ("The council applies the IFRS ⟦9⟧ statutory override to its pooled funds.", NAME),
    ("The FTSE ⟦100⟧ reached a peak in the third quarter.", NAME),
    ("Services reopened after the COVID ⟦19⟧ pandemic had eased.", NAME),
    ("Use the un[⟦1⟧]ringfenced income to fund the cameras.", NAME),
    ("Spending power rose by 6.3% ⟦1⟧ . The council holds reserves.", NAME),
    ("Each investment is scored (AAA=⟦1⟧, AA+=2, etc.) and averaged.", NAME),
    # kept: the counts and shares beside them
    ("The ⟦two⟧ tiers of local government cover 12 districts.", None),
    ("The 10-year gilt yield fell to ⟦4.0%⟧ in September.", None),
    ("The council held ⟦£746.8m⟧ of loans at 30 September.", None),
    ("Some ⟦19⟧ children were supported after the pandemic.", None),
    ("The panel received ⟦12⟧ notifications and 1 was referred.", None),
]


@pytest.mark.parametrize("marked, reason", NAMES)
def test_a_number_in_a_name_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a number in a rule: 'any two members may call in a decision' sets a condition, reports nothing
RULES = [
    ("At the council any ⟦two⟧ members from more than one group may call in a decision.", RULE),
    ("Any ⟦three⟧ councillors can ask for an extraordinary meeting.", RULE),
    ("A decision may be called in by any ⟦five⟧ members of the committee.", RULE),
    ("The chair may refer a matter on the request of any ⟦two⟧ members.", RULE),
    ("If any ⟦10⟧ residents object, the proposal goes to the committee.", RULE),
    ("The quorum is met when any ⟦four⟧ voting members are present.", RULE),
    ("Any ⟦2⟧ panel members may ask for a review of the decision.", RULE),
    ("Any ⟦six⟧ governors can requisition a meeting of the board.", RULE),
    ("Two members called in the decision; ⟦five⟧ members supported it.", None),
    ("Some ⟦11⟧ members called in decisions this year.", None),
]


@pytest.mark.parametrize("marked, reason", RULES)
def test_a_number_in_a_rule_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a number followed by its scale word is one number: '7.2 million appointments' is 7,200,000
SCALED = [
    ("On average ⟦7.2 million⟧ appointments are missed a year.", 7_200_000),
    ("The tunnel carried ⟦18 million⟧ passengers last year.", 18_000_000),
    ("The fund reached ⟦1.5 billion⟧ dollars by the end of the year.", 1_500_000_000),
    ("Some ⟦3 million⟧ children live in the region.", 3_000_000),
    ("Prime passed ⟦100 million⟧ members last year.", 100_000_000),
    ("The catch is capped at ⟦29.4 million pounds⟧ a season.", 29_400_000),
    ("About ⟦2.5 million⟧ families were helped.", 2_500_000),
    ("Sales reached $⟦6 million⟧ in January alone.", 6_000_000),
]


@pytest.mark.parametrize("marked, value", SCALED)
def test_a_scaled_number_is_one_number(marked, value):
    from extractor.numbers import find_quantities
    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    found = [q for q in find_quantities(text) if q.start <= at < q.end]
    assert len(found) == 1 and abs(found[0].value - value) < 0.01
    assert text[found[0].start:found[0].end] == marked[at + 1:marked.index("⟧")]


# a resolution's item inside a motion: '... the Programme (3) Note that acceptance ...', where the
# bracketed number opens a clause of the resolution (a verb of resolving follows), not a count
RESOLUTION_ITEMS = [
    ("The council agrees to join the Programme (⟦3⟧) Note that acceptance is not assured.", LIST_ITEM),
    ("subject to ministerial decision (5) (⟦3⟧) Expects there to be transparency.", LIST_ITEM),
    ("The Cabinet welcomed the plan (⟦2⟧) Endorses the revised timetable for the review.", LIST_ITEM),
    ("RESOLVED that the County Council: (⟦1⟧) Agrees the revised terms of reference.", LIST_ITEM),
    ("The board resolved to act (⟦4⟧) Requests a further report in the spring.", LIST_ITEM),
    ("The motion as amended (⟦2⟧) Approves the budget for 2025-26 as set out.", LIST_ITEM),
    ("the panel's work (⟦6⟧) Delegates authority to the Director to conclude the contract.", LIST_ITEM),
    ("the partnership's report (⟦3⟧) Comment that the priority should be early help.", LIST_ITEM),
    # kept: a count in brackets, and a vote tally
    ("Ashford (⟦71⟧) and Dover (70) have the highest numbers of applicants.", None),
    ("The partnership received 41 notifications (⟦37⟧ last year) and held 12 rapid reviews.", None),
]


@pytest.mark.parametrize("marked, reason", RESOLUTION_ITEMS)
def test_a_resolution_item_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a unit's name: a number before a singular unit noun ('579 Field Squadron', '2 Royal Gurkha
# Regiment'); the count of units takes the plural ('three squadrons')
UNITS = [
    ("We work closely with ⟦579⟧ Field Squadron and its commanding officer.", NAME),
    ("Soldiers from ⟦220⟧ Medical Squadron joined the parade.", NAME),
    ("The ⟦2⟧ Royal Gurkha Regiment hosted the event this year.", NAME),
    ("Reservists of ⟦256⟧ Multi Role Medical Regiment are based in the county.", NAME),
    ("A team from ⟦3⟧ Princess of Wales's Royal Regiment supported the day.", NAME),
    ("The ⟦16⟧ Air Assault Brigade band played at the ceremony.", NAME),
    ("Officers of ⟦1⟧ Battalion took part in the covenant conference.", NAME),
    ("The cadets visited ⟦42⟧ Commando at its base.", NAME),
    # kept: a count of units, and a count of people in one
    ("The county hosts ⟦three⟧ regiments and two squadrons.", None),
    ("Some ⟦40⟧ soldiers of the Field Squadron volunteered.", None),
]


@pytest.mark.parametrize("marked, reason", UNITS)
def test_a_units_name_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the later ends of a range of grades, levels or stages: 'Grade 1 to 3 land', 'levels 2 to 4'
GRADE_RANGES = [
    ("Councils monitor the amount of Grade 1 to ⟦3⟧ agricultural land.", "a reference number"),
    ("Courses at levels 2 to ⟦4⟧ are free for care leavers.", "a reference number"),
    ("Stages 1 and ⟦2⟧ of the complaints process were completed.", "a reference number"),
    ("Pupils in key stages 3 and ⟦4⟧ took part.", "a reference number"),
    ("Schools rated grade 1 or ⟦2⟧ by inspectors were visited.", "a reference number"),
    ("Tiers 2 and ⟦3⟧ of the service were merged.", "a reference number"),
    ("Phases 1 to ⟦3⟧ of the programme are complete.", "a reference number"),
    ("Steps 4 and ⟦5⟧ of the plan start in May.", "a reference number"),
    ("Some ⟦27⟧ young people took level 3 courses.", None),
    ("Of the pupils at key stage 4, ⟦312⟧ were looked after.", None),
]


@pytest.mark.parametrize("marked, reason", GRADE_RANGES)
def test_the_later_end_of_a_grade_range_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a page, footnote or section number left in the running text of a PDF: a bare number before a word
# that opens a sentence ('... of the Board 1 Inspection date ...', '... occupation. 3 These are ...')
MARKS = [
    ("The children lived in houses of multiple occupation. ⟦3⟧ These are residential special schools.", PAGE_MARK),
    ("compared with 15% nationally). ⟦2⟧ The local authority was given the opportunity to respond.", PAGE_MARK),
    ("children and young people deserve. ⟦9⟧ The recommendations follow below.", PAGE_MARK),
    ("the review of the Safeguarding Board ⟦1⟧ This report sets out the findings.", PAGE_MARK),
    ("was completed in March and ⟦12⟧ There were no further concerns raised.", PAGE_MARK),
    ("the partnership's audit of practice ⟦4⟧ It found that plans were clear.", PAGE_MARK),
    ("work with families continued. ⟦7⟧ In the year the board met six times.", PAGE_MARK),
    ("as the panel reported in May. ⟦22⟧ However, the backlog has since grown.", PAGE_MARK),
    # kept: counts before nouns and numbers closing a sentence
    ("The board met in May. ⟦12⟧ children were discussed at the meeting.", None),
    ("The number of plans was ⟦31⟧. The figure had been 25 a year earlier.", None),
    ("In total ⟦14⟧ Ofsted inspectors visited the service.", None),
]


@pytest.mark.parametrize("marked, reason", MARKS)
def test_a_page_or_footnote_number_in_running_text_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the numbers of a list of key stages, waves or levels: 'Key Stages 1, 2 and 4', 'Waves 13 and 14'
STAGE_LISTS = [
    ("Outcomes are improving at Key Stages ⟦1⟧, 2 and 4 but not yet good.", "a reference number"),
    ("Outcomes are improving at Key Stages 1, ⟦2⟧ and 4 but not yet good.", "a reference number"),
    ("Promoters bid in Waves ⟦13⟧ and 14 with some success.", "a reference number"),
    ("Promoters bid in Waves 13 and ⟦14⟧ with some success.", "a reference number"),
    ("Pupils at levels ⟦2⟧ and 3 were assessed.", "a reference number"),
    ("Children in care at Key Stages ⟦1⟧ and 2 made progress.", "a reference number"),
    ("Grades ⟦1⟧, 2 or 3 were given by the panel.", "a reference number"),
    ("Phases 1, ⟦2⟧ and 3 are complete.", "a reference number"),
    ("Of the pupils at key stage 4, ⟦312⟧ were looked after.", None),
    ("Across all key stages, ⟦41⟧ children were excluded.", None),
]


@pytest.mark.parametrize("marked, reason", STAGE_LISTS)
def test_a_list_of_stages_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# dates with an abbreviated month and its full stop ('Aug. 9', 'Nov. 15, 2019'), time points
# ('Two months later', 'Three weeks before he died, ...'); beside them, durations that stay figures
TIME_POINTS = [
    ("No checks were made from 10 p.m. Aug. ⟦9⟧ to 6 a.m. the next morning.", "a reference number"),
    ("Correction, Nov. ⟦15⟧, 2019: an earlier version misspelled a name.", "a reference number"),
    ("The panel met on Sept. ⟦21⟧ and agreed the terms of reference.", "a reference number"),
    ("The hearing was adjourned until Feb. ⟦3⟧ next year.", "a reference number"),
    ("⟦Two⟧ months later, the family moved to another county.", "a date or time"),
    ("The case was closed. ⟦Three⟧ weeks later, it was reopened.", "a date or time"),
    ("⟦Three⟧ weeks before he died, the boy had been seen by a nurse.", "a date or time"),
    ("The plan ended. ⟦Two⟧ days after the visit, the mother called the school.", "a date or time"),
    # kept: lengths of time and counts
    ("The review took ⟦three⟧ weeks to complete.", None),
    ("He was jailed for ⟦two⟧ years after the trial.", None),
    ("The baby died ⟦four⟧ days later in hospital.", None),
    ("The panel met in May. ⟦One⟧ further review is under way.", None),
    ("Reviews were published in Jan. ⟦Two⟧ more are due.", None),
    ("Social care closed the case ⟦28⟧ days later.", None),
    ("By the end of Aug., ⟦9⟧ children were placed out of the area.", None),
]


@pytest.mark.parametrize("marked, reason", TIME_POINTS)
def test_an_abbreviated_date_or_a_time_point_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# 'the two' as the subject of a verb stands for people or things counted before
PRONOUN_NUMBERS = [
    ("Two officers were charged. Lawyers said the ⟦two⟧ were prepared to fight.", "pronoun"),
    ("The pair met at school. The ⟦two⟧ became friends in 1993.", "pronoun"),
    ("Three agencies were named. The ⟦three⟧ had shared no information.", "pronoun"),
    ("Both brothers were placed in care, where the ⟦two⟧ remained for a year.", "pronoun"),
    ("Four reviews were started and the ⟦four⟧ will report next spring.", "pronoun"),
    ("Five staff were suspended; the ⟦five⟧ have since returned to work.", "pronoun"),
    ("The ⟦two⟧ said they had raised the concern with the school.", "pronoun"),
    ("The children were moved; the ⟦three⟧ went to the same carers.", "pronoun"),
    # a figure said before, taken up again as 'the 97'
    ("There were 97 children on plans. Yes, the ⟦97⟧ includes 11 unborn babies.", "pronoun"),
    ("The council received 1,846 referrals. The ⟦1,846⟧ were all screened within a day.", "pronoun"),
    ("We held 14 rapid reviews; the ⟦14⟧ included two in other areas.", "pronoun"),
    ("64 children were on the register, and the ⟦64⟧ had a named social worker.", "pronoun"),
    ("Of 212 care leavers surveyed, the ⟦212⟧ comprised both age groups.", "pronoun"),
    ("There were 38 notifications. Asked why, officers said the ⟦38⟧ covered the whole county.", "pronoun"),
    ("The service supported 520 families. The ⟦520⟧ excludes those seen only once.", "pronoun"),
    ("The panel reviewed 31 cases and the ⟦31⟧ have all now closed.", "pronoun"),
    # kept: the set has its own noun, or the number is new
    ("Lawyers said the ⟦two⟧ officers were prepared to fight.", None),
    ("The ⟦two⟧ reviews were published in March.", None),
    ("Of the referrals, ⟦two⟧ were accepted for a review.", None),
    ("The ⟦97⟧ children on plans included 11 unborn babies.", None),
    ("There were 14 rapid reviews, and ⟦14⟧ were completed on time.", None),
    ("Yes, the ⟦97⟧ includes 11 unborn babies.", None),
]


@pytest.mark.parametrize("marked, reason", PRONOUN_NUMBERS)
def test_the_two_as_a_pronoun_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import PRONOUN
    _check(nlp, marked, PRONOUN if reason == "pronoun" else reason)


# an age at which a class of people does something is a threshold of a rule; one person's age stays
AGES_OF_A_CLASS = [
    ("At ⟦18⟧ individuals become legal adults in the eyes of the law.", "age"),
    ("Parents decide at first, but at ⟦16⟧, young people gain the right to decide.", "age"),
    ("Young people with a disability move to adult services at the age of ⟦25⟧.", "age"),
    ("Support continues from age ⟦18⟧ for young adults who need it.", "age"),
    ("Planning begins at ⟦14⟧ years old for all young people with a plan.", "age"),
    ("Care leavers who present at the age of ⟦21⟧ are assessed by the team.", "age"),
    ("From the age of ⟦16⟧, pupils can choose their own college course.", "age"),
    ("At ⟦17⟧, students may apply for the bursary.", "age"),
    # kept: one person's age, and counts
    ("He was diagnosed with diabetes at the age of ⟦9⟧.", None),
    ("The boy left school at ⟦16⟧ and found work.", None),
    ("At ⟦18⟧ children's homes, inspectors found good practice.", None),
    ("The team worked with ⟦894⟧ young adults at the end of October.", None),
]


@pytest.mark.parametrize("marked, reason", AGES_OF_A_CLASS)
def test_the_age_of_a_class_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import AGE_GROUP
    _check(nlp, marked, AGE_GROUP if reason == "age" else reason)


# a recommendations list run into one line ('asked to: 1. To NOTE ... 2. To COMMENT ...')
RECOMMEND_ITEMS = [
    ("The County Council is asked to: ⟦1⟧. To NOTE the report.", LIST_ITEM),
    ("To NOTE the efforts of the Working Party ⟦2⟧. To COMMENT on the proposals.", LIST_ITEM),
    ("to inform future changes ⟦3⟧. APPROVE the recommendation to adopt the plan.", LIST_ITEM),
    ("APPROVE the relevant changes to the Constitution ⟦6⟧. DELEGATE authority to the officer.", LIST_ITEM),
    ("Cabinet is asked to ⟦4⟧. AGREE the revised budget.", LIST_ITEM),
    ("the new arrangements ⟦5⟧. ENDORSE the strategy for 2025.", LIST_ITEM),
    ("the Panel is asked to: ⟦1⟧. CONSIDER the annual report.", LIST_ITEM),
    ("the board ⟦2⟧. To RECOMMEND the plan to Council.", LIST_ITEM),
    # kept: a number closing a sentence
    ("The board received ⟦12⟧. The figure had been 9.", None),
    ("Reviews completed: ⟦7⟧. NOTE: two more are due.", None),
]


@pytest.mark.parametrize("marked, reason", RECOMMEND_ITEMS)
def test_a_recommendation_list_item_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a number that is part of a name: a named type ('Type 1 diabetes'), a compound
# naming a kind of engine or vehicle
NAMES_WITH_NUMBERS = [
    ("The older buses had ⟦two⟧-stroke engines and were loud.", NAME),
    ("A ⟦three⟧-wheeled scooter was found at the scene.", NAME),
    ("He was diagnosed with Type ⟦1⟧ diabetes as a child.", NAME),
    ("Type ⟦2⟧ diabetes is rising among young people.", NAME),
    ("Many vehicles run on ⟦two⟧-stroke engines.", NAME),
    ("The council bought a ⟦seven⟧-seater minibus for the service.", NAME),
    ("Children with Type ⟦1⟧ diabetes need support at school.", NAME),
    ("The ⟦four⟧-door cars were replaced with vans.", NAME),
    # kept: counts beside the names
    ("The clinic saw ⟦41⟧ children with Type 1 diabetes.", None),
    ("The council bought ⟦three⟧ minibuses for the service.", None),
]


@pytest.mark.parametrize("marked, reason", NAMES_WITH_NUMBERS)
def test_a_number_in_a_code_or_type_name_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an amount in another currency than pounds has no unit in the record: no count of nothing
FOREIGN_AMOUNTS = [
    ("Used copies started at $⟦200⟧ on the website.", "foreign"),
    ("He ran up a $⟦3,000⟧ library fine, which his father paid.", "foreign"),
    ("Each officer must post $⟦100,000⟧ bond within a week.", "foreign"),
    ("The charity received €⟦50,000⟧ from a European fund.", "foreign"),
    ("The firm was fined US$⟦2⟧ million by the regulator.", "foreign"),
    ("Tickets cost $⟦15⟧ each at the door.", "foreign"),
    ("The grant of €⟦1,200⟧ paid for the training.", "foreign"),
    ("A $⟦40⟧ fee was charged for every report.", "foreign"),
    # kept: pounds and counts
    ("The council spent £⟦3,000⟧ on the training.", None),
    ("The fund helped ⟦200⟧ families in the year.", None),
]


@pytest.mark.parametrize("marked, reason", FOREIGN_AMOUNTS)
def test_an_amount_in_another_currency_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import FOREIGN_MONEY
    _check(nlp, marked, FOREIGN_MONEY if reason == "foreign" else reason)


# the window a measure is taken over, and the window inside a definition, are no reported lengths
MEASURE_WINDOWS = [
    ("On a ⟦three⟧-month annualised basis, earnings growth eased to 1.8%.", "definition"),
    ("Vacancies are reported on a ⟦12⟧-month rolling basis.", "definition"),
    ("Absence is measured on a ⟦six⟧-week basis across all schools.", "definition"),
    ("A use disorder is where the drug affects a person's life over the course of ⟦12⟧ months.", "definition"),
    ("Persistent absence is defined as missing sessions over a period of ⟦six⟧ weeks.", "definition"),
    ("A repeat plan is when a child becomes subject to a plan again within ⟦two⟧ years.", "definition"),
    ("Drift is where no visit is made in ⟦eight⟧ weeks of a plan.", "definition"),
    ("A placement move is defined as a change of carer within ⟦three⟧ months of the last.", "definition"),
    # kept: reported lengths of time
    ("The pilot ran for ⟦six⟧ months on a trial basis.", None),
    ("The review took ⟦nine⟧ months to complete.", None),
]


@pytest.mark.parametrize("marked, reason", MEASURE_WINDOWS)
def test_a_measure_or_definition_window_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import DEFINITION
    _check(nlp, marked, DEFINITION if reason == "definition" else reason)


# a time of day said in words: both numbers of 'ten past eight' are no figure; a range 'from five
# to ten' and counts beside the time stay figures
CLOCK_TIMES = [
    ("It is ⟦ten⟧ past eight and this is the breakfast show.", "time"),
    ("It is ten past ⟦eight⟧ and this is the breakfast show.", "time"),
    ("The meeting opened at half past ⟦six⟧ in the council chamber.", "time"),
    ("The call came in at twenty-five past ⟦four⟧ in the afternoon.", "time"),
    ("Officers arrived at a quarter to ⟦nine⟧, the log shows.", "time"),
    ("We are on air until ⟦five⟧ past nine this morning.", "time"),
    ("Police were called at ⟦twenty⟧ past eleven.", "time"),
    ("The hearing resumed at quarter past ⟦two⟧.", "time"),
    # kept: a range of counts, and a count said at a time of day
    ("Referrals rose from five to ⟦ten⟧ a week.", None),
    ("By ten past eight, ⟦14⟧ referrals had been logged.", None),
]


@pytest.mark.parametrize("marked, reason", CLOCK_TIMES)
def test_a_time_of_day_in_words_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import TIME_POINT
    _check(nlp, marked, TIME_POINT if reason else None)


# a service's short phone number after 'call', 'dial' or 'on': a phone number, not a count
SERVICE_NUMBERS = [
    ("In an emergency, always call ⟦999⟧.", PHONE),
    ("If you are worried, call the police on ⟦101⟧.", PHONE),
    ("For urgent health advice, dial ⟦111⟧ or visit the website.", PHONE),
    ("Contact the police on ⟦101⟧ if a child is not in immediate danger.", PHONE),
    ("Residents can ring ⟦105⟧ to report a power cut.", PHONE),
    ("Anyone with information should call ⟦101⟧, quoting the reference.", PHONE),
    ("Anyone who sees a child at risk should ring the police on ⟦101⟧ now.", PHONE),
    ("If a child is in danger, dial ⟦999⟧ immediately.", PHONE),
    # kept: counts of calls
    ("The helpline took ⟦999⟧ calls in the quarter.", None),
    ("Officers called on ⟦112⟧ families during the campaign.", None),
]


@pytest.mark.parametrize("marked, reason", SERVICE_NUMBERS)
def test_a_service_phone_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the number of a labelled part ('Lot 2', 'Issue 14', 'item 3 of 6'): a reference, not an amount
LABELLED_PARTS = [
    ("The contract is awarded under ⟦Lot 2⟧ of the framework.", "ref"),
    ("Welcome to Issue ⟦14⟧ of our partnership newsletter.", "ref"),
    ("This is item 3 of ⟦6⟧ in this morning's programme.", "ref"),
    ("Part 2 of ⟦4⟧ of the series looks at early help.", "ref"),
    ("See Volume ⟦3⟧ of the guidance for the full procedure.", "ref"),
    ("Episode ⟦5⟧ of the podcast hears from foster carers.", "ref"),
    ("Question 4 of ⟦12⟧ asked about waiting times.", "ref"),
    ("The findings are set out in Edition ⟦2⟧ of the bulletin.", "ref"),
    # a series' factsheet or bulletin number ('Factsheet 7 of 12', 'Bulletin 3')
    ("Factsheet ⟦5⟧ of the series covers children in need.", "ref"),
    ("Factsheet 2 of ⟦9⟧ · Public Health Intelligence", "ref"),
    ("This is Bulletin ⟦11⟧ from the partnership's learning team.", "ref"),
    ("Bulletin 4 of ⟦6⟧ looks at neglect in teenagers.", "ref"),
    ("The factsheet lists ⟦38⟧ new referrals in the quarter.", None),
    # kept: the counts in the same sentences
    ("The framework has ⟦four⟧ lots, and Lot 2 covers adult workers.", None),
    ("This issue reports ⟦14⟧ new foster carers.", None),
]


@pytest.mark.parametrize("marked, reason", LABELLED_PARTS)
def test_the_number_of_a_labelled_part_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import REFERENCE
    marked = marked.replace("⟦Lot 2⟧", "Lot ⟦2⟧")
    _check(nlp, marked, REFERENCE if reason else None)


# the scale of a score ('81.5 out of 100', '7 out of 10'): the denominator is no figure
SCORE_SCALES = [
    ("The preferred bidder scored 81.5 out of ⟦100⟧ on quality.", "scale"),
    ("Young people rated the service 8.2 out of ⟦10⟧.", "scale"),
    ("The bid scored 64 out of ⟦100⟧; the next scored 58.", "scale"),
    ("Parents gave the hub 4.6 out of ⟦5⟧ for its welcome.", "scale"),
    ("The audit scored practice 14 out of ⟦20⟧ against the standard.", "scale"),
    ("Staff rated supervision 7.5 out of ⟦10⟧, and managers 6.", "scale"),
    ("Each bid was marked out of 100, and the winner scored 77 out of ⟦100⟧.", "scale"),
    ("The school scored 9.1 out of ⟦10⟧ in the survey.", "scale"),
    # kept: a count out of a set of things
    ("Seven out of ⟦10⟧ reviews found the same learning.", None),
    ("In 14 out of ⟦20⟧ cases audited, plans were up to date.", None),
]


@pytest.mark.parametrize("marked, reason", SCORE_SCALES)
def test_the_scale_of_a_score_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import DENOMINATOR
    _check(nlp, marked, DENOMINATOR if reason else None)


# the clauses of a recommendation numbered in brackets inside a sentence: '(1) note ... (2) endorse'
BRACKETED_CLAUSES = [
    ("The Executive is asked to (⟦1⟧) note the forecast, and (2) endorse the savings.", LIST_ITEM),
    ("The Executive is asked to (1) note the forecast, and (⟦2⟧) endorse the savings.", LIST_ITEM),
    ("Members are asked to (⟦1⟧) approve the strategy and (2) delegate its delivery.", LIST_ITEM),
    ("The Board is asked to (⟦3⟧) agree the priorities for next year.", LIST_ITEM),
    ("Cabinet is recommended to (⟦2⟧) authorise the Director to award the contract.", LIST_ITEM),
    ("The panel is asked to (⟦1⟧) receive the report and (2) comment on its findings.", LIST_ITEM),
    ("Scrutiny is asked to (⟦4⟧) confirm the work programme.", LIST_ITEM),
    ("The Committee is asked to (⟦1⟧) consider the report and (2) accept the findings.", LIST_ITEM),
    # kept: bracketed counts
    ("Referrals rose to 640 (⟦412⟧ last year) in the period.", None),
    ("The reviews (⟦2⟧ in total) were published in May.", None),
]


@pytest.mark.parametrize("marked, reason", BRACKETED_CLAUSES)
def test_a_bracketed_clause_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the window inside the definition of a repeat ('re-registrations within two years of a previous
# removal'): no reported length; a deadline said of one event stays a figure
REPEAT_WINDOWS = [
    ("Re-registrations within ⟦two⟧ years of a previous removal made up 11% of registrations.", "definition"),
    ("Re-referrals within ⟦12⟧ months were 19% of all referrals.", "definition"),
    ("Re-entries to care within ⟦six⟧ months fell to 4%.", "definition"),
    ("Repeat plans within ⟦two⟧ years accounted for 23 children.", "definition"),
    ("Re-admissions within ⟦28⟧ days of discharge were rare.", "definition"),
    ("Second or subsequent plans within ⟦two⟧ years were 8% of new plans.", "definition"),
    ("Re-notifications within ⟦three⟧ months were checked by the panel.", "definition"),
    ("Repeat referrals within ⟦12⟧ months rose to 22%.", "definition"),
    # kept: a deadline and a duration
    ("The conference will be held within ⟦15⟧ working days of the transfer.", None),
    ("The review was completed within ⟦six⟧ months.", None),
    ("Eighty per cent of referrals received a decision within ⟦one⟧ working day.", None),
]


@pytest.mark.parametrize("marked, reason", REPEAT_WINDOWS)
def test_the_window_of_a_repeat_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import DEFINITION
    _check(nlp, marked, DEFINITION if reason else None)


# a footnote: a line opening with a small number whose mark is glued to a word above it
FOOTNOTES = [
    ("The data were provided by the local authority.1 They show a rise.\n⟦1⟧ Local authority data, not validated.",
     PAGE_MARK),
    ("The inspection found good practice.2 It also found drift.\n⟦2⟧ Inspection of children's services, 2022.",
     PAGE_MARK),
    ("Referrals rose in the year3 and fell later.\n⟦3⟧ Figures are provisional.", PAGE_MARK),
    ("The panel met monthly,4 as before.\n⟦4⟧ Terms of reference, annex B.", PAGE_MARK),
    ("Rates are per 10,000 children.5\n⟦5⟧ Mid-year population estimates.", PAGE_MARK),
    ("This was noted by the board.1 Members agreed.\n⟦1⟧ Minutes of the March meeting.", PAGE_MARK),
    ("Plans fell in the quarter;6 the trend held.\n⟦6⟧ Quarterly return to the DfE.", PAGE_MARK),
    ("The audit sampled cases.7 Most were good.\n⟦7⟧ Audit report, September.", PAGE_MARK),
    # kept: a count opening a line with no mark above
    ("The partnership met in May.\n⟦14⟧ Children were placed on plans in the month.", None),
    ("The report was agreed.\n⟦12⟧ Referrals were received in the week.", None),
]


@pytest.mark.parametrize("marked, reason", FOOTNOTES)
def test_a_footnote_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a span that names how data are laid out ('the five-year table', 'a ten-year series'): no duration
DATA_SPANS = [
    ("The report's ⟦five⟧-year table gives 604 at 31 March 2021.", "span"),
    ("A ⟦ten⟧-year chart shows the same pattern.", "span"),
    ("The ⟦three⟧-year comparison is in Appendix B.", "span"),
    ("Our ⟦five⟧-year summary sets out the trend.", "span"),
    ("The ⟦six⟧-year series starts in 2019.", "span"),
    ("The ⟦two⟧-year picture is mixed.", "span"),
    ("A ⟦four⟧-year graph is attached.", "span"),
    ("The ⟦12⟧-month average fell to 41.", "span"),
    # kept: a duration of something done
    ("The contract runs for a ⟦five⟧-year term.", None),
    ("The pilot will run for ⟦three⟧ years.", None),
]


@pytest.mark.parametrize("marked, reason", DATA_SPANS)
def test_a_span_naming_a_data_layout_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import SPAN
    _check(nlp, marked, SPAN if reason else None)


# the period a report covers ('the 12 months to September 2025') is no figure; a term said with
# its start date ('an initial term of three years from 1 April 2027') is how long something runs
PERIOD_OR_TERM = [
    ("Referrals fell in the ⟦12⟧ months to September 2025.", "span"),
    ("The report covers the ⟦six⟧ months ending 30 June.", "span"),
    ("In the ⟦12⟧ months from April 2024 to March 2025, 41 plans began.", "span"),
    ("Over the last ⟦three⟧ years to March, plans rose.", "span"),
    ("Across the past ⟦two⟧ years to April 2025 the rate held.", "span"),
    ("In the same ⟦12⟧ months to March 2025, contacts rose.", "span"),
    # the period said again: 'the N months' standing alone for it
    ("During the ⟦six⟧ months, 88 children came into care and 61 left.", "span"),
    ("Some 40 children came into care in the ⟦six⟧ months and 31 left care.", "span"),
    ("In the ⟦nine⟧ months under review, the family moved house four times.", "span"),
    ("The board met 11 times over the ⟦two⟧ years 2023-24 and 2024-25.", "span"),
    ("Over the ⟦three⟧ years, referrals rose by a fifth.", "span"),
    ("For the ⟦12⟧ months covered, 214 contacts were made.", "span"),
    ("Throughout the ⟦two⟧ years of the review the case stayed open.", "span"),
    ("Across the ⟦18⟧ months, the boy saw four social workers.", "span"),
    # kept: a term or a duration with its start
    ("The contract runs for an initial term of ⟦three⟧ years from 1 April 2027.", None),
    ("The pilot will run for ⟦two⟧ years from April 2026.", None),
    ("Funding of £1.2m is agreed for ⟦three⟧ years from April.", None),
    ("The post is funded for ⟦18⟧ months from 1 September 2026.", None),
    ("In the ⟦five⟧ months before her death, she was seen twice.", None),
    ("The child was on a plan in those ⟦14⟧ months.", None),
    ("Reviews were completed within the ⟦15⟧ working days required.", None),
    ("She spent the ⟦11⟧ days in hospital with her mother.", None),
]


@pytest.mark.parametrize("marked, reason", PERIOD_OR_TERM)
def test_a_covered_period_is_no_figure_but_a_term_is(nlp, marked, reason):
    from extractor.figures.reject import SPAN
    _check(nlp, marked, SPAN if reason else None)


# the places or bodies a text is about, said as a set ('across the four councils', 'the highest of
# the four'), are no count it reports; a count of bodies, and a count of things, stay figures
BODIES_AS_A_SET = [
    ("There were 143 registrations across the ⟦four⟧ councils.", "bodies"),
    ("The ⟦four⟧ committees notified the inspectorate of three learning reviews.", "bodies"),
    ("Children on the register across the ⟦five⟧ Health and Social Care Trusts rose.", "bodies"),
    ("Its rate of 52.1 per 10,000 is the highest of the ⟦four⟧ areas.", "bodies"),
    ("Of the boroughs compared, Redbridge has 34 children per 10,000, the lowest of the ⟦four⟧.", "bodies"),
    ("Across the ⟦four⟧ boroughs, 1,542 children were in care.", "bodies"),
    ("The ⟦three⟧ local authorities fund the partnership.", "bodies"),
    ("In all ⟦three⟧ areas the rate fell.", "bodies"),
    # the partners a partnership is made of, and the same bodies said again
    ("The ⟦three⟧ lead safeguarding partners meet every month as the executive group.", "bodies"),
    ("The board is funded by the ⟦three⟧ safeguarding partners.", "bodies"),
    ("This plan sets out how the ⟦three⟧ statutory partners will hold each other to account.", "bodies"),
    ("All ⟦three⟧ partners signed the new arrangements in June.", "bodies"),
    ("Both ⟦two⟧ Safeguarding Partners attended the launch.", "bodies"),
    ("Across the same ⟦four⟧ councils there were 610 enquiries.", "bodies"),
    ("Rates in the same ⟦five⟧ areas fell by a tenth.", "bodies"),
    ("The ⟦three⟧ Lead Safeguarding Partners published the annual report.", "bodies"),
    # kept: a count of bodies, and counts of things
    ("There are ⟦153⟧ councils with children's services.", None),
    ("The board received the ⟦four⟧ notifications in May.", None),
    ("The partnership received ⟦14⟧ referrals from partner agencies.", None),
    ("Partners made ⟦nine⟧ notifications to the national Panel.", None),
    ("The same ⟦12⟧ children were referred again in the year.", None),
    ("The ⟦27⟧ agencies asked returned the survey.", None),
]


@pytest.mark.parametrize("marked, reason", BODIES_AS_A_SET)
def test_the_bodies_a_text_is_about_are_no_figure(nlp, marked, reason):
    from extractor.figures.reject import BODIES
    _check(nlp, marked, BODIES if reason else None)


# the key of a rating scale: four or more entries 'N grade' whose numbers run one by one to 1
# or 0 are the points of the scale; the scale's size before '-point scale' names it. Counts by
# grade ('6 were good, 5 adequate and 4 weak') stay figures.
SCALE_KEYS = [
    ("Grades are given on a scale: ⟦5⟧ outstanding, 4 strong, 3 sound, 2 limited, 1 poor.", SCALE_KEY),
    ("Grades are given on a scale: 5 outstanding, 4 strong, ⟦3⟧ sound, 2 limited, 1 poor.", SCALE_KEY),
    ("Staff answered on a ⟦five⟧-point scale, from never to always.", NAME),
    ("Each answer was scored 0 never, 1 rarely, ⟦2⟧ sometimes and 3 often.", SCALE_KEY),
    ("Responses were coded ⟦1⟧ strongly agree, 2 agree, 3 unsure, 4 disagree.", SCALE_KEY),
    ("Panels use a four-point scale (4 = good, 3 = fair, 2 = weak, ⟦1⟧ = failing).", SCALE_KEY),
    ("Services are graded on a seven-point rating scale: 7 exemplary, 6 excellent, ⟦5⟧ good, 4 fair, "
     "3 patchy, 2 weak, 1 failing.", SCALE_KEY),
    ("Audits were rated on a ⟦ten⟧-point scale by two managers.", NAME),
    ("Of the 15 audits, ⟦6⟧ were good, 5 adequate and 4 weak.", None),
    ("Of the 15 audits, 6 were good, ⟦5⟧ adequate and 4 weak.", None),
    ("The partnership met ⟦4⟧ times, held 3 learning events and 2 briefings.", None),
]


@pytest.mark.parametrize("marked, reason", SCALE_KEYS)
def test_a_scale_key_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a numbered month, week or period of the financial year is when, not how many; beside it, a
# count of months or a count after the word stays a figure
NUMBERED_TIMES = [
    ("Appendix A sets out the budget monitoring at month ⟦6⟧, 2030/31 (£000).", TIME_POINT),
    ("This report sets out the forecast position at month ⟦9⟧ of the year.", TIME_POINT),
    ("The overspend has grown since period ⟦4⟧ because of agency costs.", TIME_POINT),
    ("Spending is on track as at period ⟦10⟧.", TIME_POINT),
    ("The dashboard is refreshed by week ⟦12⟧ of each quarter.", TIME_POINT),
    ("Forecasts were revised from month ⟦3⟧ onwards.", TIME_POINT),
    ("The first forecast of the year is made at month ⟦2⟧.", TIME_POINT),
    ("Three homes opened after week ⟦20⟧ of the programme.", TIME_POINT),
    ("In the month ⟦12⟧ children were placed with foster carers.", None),
    ("Over ⟦6⟧ months the service placed 40 children.", None),
]


@pytest.mark.parametrize("marked,reason", NUMBERED_TIMES)
def test_a_numbered_month_or_period_is_no_figure(nlp, marked: str, reason: str | None) -> None:
    _check(nlp, marked, reason)


# the length of a run ('for two years running', 'three quarters in a row') and the window of a
# method ('a three-year rolling model'): how the figures are read, not a figure
RUNS = [
    ("The rate has fallen for ⟦two⟧ years running.", SPAN),
    ("Referrals have risen for ⟦three⟧ years in a row.", SPAN),
    ("Timeliness has improved for ⟦four⟧ consecutive quarters.", SPAN),
    ("The register grew for ⟦five⟧ successive years before the fall.", SPAN),
    ("After ⟦two⟧ missed appointments in a row, call the family.", SPAN),
    ("The forecast uses a ⟦three⟧-year rolling entry and exit model.", SPAN),
    ("Rates are shown as a ⟦12⟧-month rolling figure.", SPAN),
    ("The chart smooths the series with a ⟦three⟧-year moving average.", SPAN),
    ("Demand has been flat for ⟦six⟧ months on the trot.", SPAN),
    # kept: how long something took or lasted
    ("The review took ⟦two⟧ years to complete.", None),
    ("She was on a plan for ⟦14⟧ months.", None),
    ("The running costs were ⟦£186,000⟧ a year.", None),
    ("Two of the reviews had been running for ⟦18⟧ months.", None),
    ("Reaching full status is an ⟦18⟧ month running period for the new authority.", None),
]


@pytest.mark.parametrize("marked, reason", RUNS)
def test_a_runs_length_or_a_methods_window_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a distance said as a journey ('two bus rides away') and a time since said as a point ('one year on')
AWAY = [
    ("Moving the centre ⟦two⟧ bus rides away will stop families coming.", DISTANCE),
    ("The nearest clinic is ⟦three⟧ stops away on the tram.", DISTANCE),
    ("Her grandmother lives ⟦four⟧ streets away.", DISTANCE),
    ("The contact centre is ⟦two⟧ ferry rides away for island families.", DISTANCE),
    ("The new hub is ⟦two⟧ train journeys away for most families.", DISTANCE),
    ("Neglect strategy: ⟦one⟧ year on\nNeglect was the main category.", TIME_POINT),
    ("⟦Two⟧ years on, the family centre is still open.", TIME_POINT),
    ("⟦Eighteen⟧ months on from the inspection, the service is improving.", TIME_POINT),
    ("The partnership, ⟦five⟧ years on, has kept its promise.", TIME_POINT),
    # kept: counts of children placed far away, and durations spent on something
    ("⟦94⟧ children live more than 20 miles away.", None),
    ("She spent ⟦two⟧ years on the waiting list.", None),
    ("The team made ⟦three⟧ home visits away from the office.", None),
    ("Families waited ⟦two⟧ weeks for a decision.", None),
]


@pytest.mark.parametrize("marked, reason", AWAY)
def test_a_journey_away_or_a_time_on_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the key of a rank: which end of the order a number stands for ('1 = highest')
RANK_KEYS = [
    ("Region | Children on plans | Rank of rate (⟦1⟧ = highest)", SCALE_KEY),
    ("Areas are ranked from ⟦1⟧ (best) to 152 (worst).", SCALE_KEY),
    ("Areas are ranked from 1 (best) to ⟦152⟧ (worst).", SCALE_KEY),
    ("Deprivation decile (⟦1⟧ = most deprived)", SCALE_KEY),
    ("Deprivation decile (1 = most deprived, ⟦10⟧ = least deprived)", SCALE_KEY),
    ("Rank, where ⟦1⟧ is the lowest rate in England", SCALE_KEY),
    ("Position in league table (⟦1⟧ = top)", SCALE_KEY),
    ("Scores run from 0 to 10, where ⟦10⟧ means strongest agreement.", SCALE_KEY),
    # kept: a rank of one place and counts beside the key
    ("The county had the highest rate, ⟦64.2⟧ per 10,000 (1 = highest).", None),
    ("There were ⟦14⟧ areas with the highest rates.", None),
    ("Kent's total of ⟦412⟧ is the highest in the region.", None),
    ("Of the 152 councils, ⟦12⟧ were in the most deprived decile.", None),
    ("The council ranked 3rd of 16 with ⟦412⟧ referrals.", None),
]


@pytest.mark.parametrize("marked, reason", RANK_KEYS)
def test_a_ranks_key_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the size of a person's family, and a span said in counted years
FAMILIES_AND_YEARS = [
    ("That is how Ann Cole, a mother of ⟦two⟧ from Acomb, describes the letter.", "family"),
    ("A father of ⟦three⟧, he had never been in trouble.", "family"),
    ("She is a single mum of ⟦four⟧ living in the town centre.", "family"),
    ("The grandmother of ⟦five⟧ became a kinship carer last year.", "family"),
    ("A father of ⟦two⟧ young boys, he worked nights.", "family"),
    ("Parents of ⟦three⟧ or more children can apply.", "family"),
    ("How many children were in care in each of the last ⟦three⟧ financial years?", "span"),
    ("Spending rose over the past ⟦two⟧ school years.", "span"),
    ("The figures cover the last ⟦five⟧ calendar years.", "span"),
    # kept: counts of children and parents, and a duration
    ("There were ⟦212⟧ parents of children on plans in the survey.", None),
    ("The team supported ⟦46⟧ mothers of babies under one.", None),
    ("The review took ⟦three⟧ financial years to complete.", None),
]


@pytest.mark.parametrize("marked, reason", FAMILIES_AND_YEARS)
def test_a_family_size_or_a_span_in_counted_years_is_no_figure(nlp, marked, reason):
    from extractor.figures.reject import FAMILY
    _check(nlp, marked, {"family": FAMILY, "span": SPAN, None: None}[reason])
