"""Numbers styles21 showed the tool reading as figures that mark a time point, name a thing or offer a prize, and a
timescale it dropped, each as a table of invented sentences run through the production path (ingest -> pipeline ->
find_figures, rules only) beside the close sentences whose number must stay as it was (extractor/figures/reject.py,
extractor/figures/advert.py). The number under test is marked ⟦...⟧.

Conventions (corpus/README.md): time points are not figures ('Twelve months ago'); a timescale is a figure, also
inside a share (rulings 1 and 6); an age that describes a speaker is optional; an age band is no figure.
"""

from __future__ import annotations

import pytest

from tests.test_figure_recall import _check

# The age or stage a share is measured at ('38% at six weeks', 'At 24 months, 78% of children ...') is when it was
# measured, not how long anything took; a duration a level stood at, a case's stage of pregnancy and a plan's
# review point with no share beside it stay figures.
MEASURED_AT = [
    ("Breastfeeding fell from 64% at birth to 38% at ⟦six⟧ weeks.", None),
    ("Vaccinations were complete at ⟦12⟧ months for 91% of babies in the borough.", None),
    ("At ⟦24⟧ months, 78% of children were meeting the expected level in speech.", None),
    ("Smoking among mothers dropped to 9% at ⟦36⟧ weeks of pregnancy.", None),
    ("Only 52% of babies were still breastfed at ⟦8⟧ weeks, against 55% in England.", None),
    ("The share of toddlers with a full course of jabs was 88% at ⟦18⟧ months and 93% at 24 months.", None),
    ("The share of toddlers with a full course of jabs was 88% at 18 months and 93% at ⟦24⟧ months.", None),
    ("At ⟦six⟧ months, 71% of the families were still using the service.", None),
    # kept apart: a level a wait stood at, a case's stage of pregnancy, a plan's review point
    ("The average wait stood at ⟦14⟧ weeks, and 60% were seen on time.", (14, "weeks")),
    ("Mother books with the midwife at ⟦8⟧ weeks pregnant.", (8, "weeks")),
    ("Baby K was born at ⟦35⟧ weeks' gestation.", (35, "weeks")),
    ("The council will review the pilot at ⟦six⟧ months.", (6, "months")),
]


@pytest.mark.parametrize("marked,want", MEASURED_AT)
def test_the_point_a_share_is_measured_at(nlp, marked, want):
    _check(nlp, marked, want)


# A stage of pregnancy that bounds who was born ('born before 37 weeks': preterm) names a group; a service's deadline
# that a share of its clients met ('81% were booked before 10 weeks' gestation') is a timescale inside a share, a
# figure (rulings 1 and 6); with no share, or said as lateness ('after 20 weeks'), it still bounds a group.
BIRTH_AND_DEADLINE = [
    ("Nine babies (11%) were born before ⟦37⟧ weeks.", None),
    ("Babies born before ⟦32⟧ weeks get a visit from the neonatal outreach team.", None),
    ("Of the 140 births, 16 were born earlier than ⟦37⟧ weeks.", None),
    ("Twelve women booked late, after ⟦20⟧ weeks of pregnancy.", None),
    ("Most women book before ⟦10⟧ weeks' gestation.", None),
    ("Most new mothers (81%) were booked before ⟦10⟧ weeks' gestation, against a target of 75%.", (10, "weeks")),
    ("The service saw 68% of women before ⟦12⟧ weeks of pregnancy, up from 61%.", (12, "weeks")),
    ("In the year 77% of clients were enrolled before ⟦16⟧ weeks’ gestation.", (16, "weeks")),
    ("Baby K was born at ⟦35⟧ weeks' gestation.", (35, "weeks")),
    ("Eleven of the babies were born under ⟦37⟧ weeks, against ten last year.", None),
]


@pytest.mark.parametrize("marked,want", BIRTH_AND_DEADLINE)
def test_a_birth_bound_and_a_deadline_met_by_a_share(nlp, marked, want):
    _check(nlp, marked, want)


# Every number of a long list of references names an item, however far the list's noun is ('Recommendations 1, 2, 3,
# 6, 7, 8, 13, 14, 15, 17 and 18'); a count of them has its noun after it.
REFERENCE_RUNS = [
    ("The plan answers Recommendations 1, 2, 3, 6, 7, 8, 13, 14, ⟦15⟧, 17 and 18.", None),
    ("The plan answers Recommendations 1, 2, 3, 6, 7, 8, 13, 14, 15, ⟦17⟧ and 18.", None),
    ("The plan answers Recommendations 1, 2, 3, 6, 7, 8, 13, 14, 15, 17 and ⟦18⟧.", None),
    ("Sections 2, 4, 5, 7, 9, 11, 12, 14, ⟦16⟧ and 19 apply.", None),
    ("The board accepted recommendations 1, 3, 4, 6, 8, 9, 10, 12 and ⟦14⟧ in full.", None),
    ("Actions 2, 5, 6, 8, 11, 13, 14, 15, 17, ⟦18⟧ and 20 are complete.", None),
    ("Paragraphs 3.1, 3.4, 4.2, 5.6, 6.1 and ⟦7⟧ are updated.", None),
    ("Items 3, 5, 6, 8, 9, 10, 11 and ⟦12⟧ were deferred to the next meeting.", None),
    # kept apart: counts of recommendations and of what a list holds
    ("The review made ⟦18⟧ recommendations.", (18, "count")),
    ("Recommendations 1 and 2 were accepted; ⟦14⟧ of the 16 are now complete.", (14, "count")),
    ("Of the 20 recommendations, ⟦18⟧ are complete.", (18, "count")),
]


@pytest.mark.parametrize("marked,want", REFERENCE_RUNS)
def test_every_number_of_a_long_reference_list(nlp, marked, want):
    _check(nlp, marked, want)


# A person's age set off after a name of two or three parts, hyphenated or with an apostrophe ('Amara Osei-Bonsu, 17,
# chair of ...') describes the person (optional at most); a place and its count are no name and age.
NAMED_AGES = [
    ("Amara Osei-Bonsu, ⟦17⟧, chair of the youth council, said nobody listened.", None),
    ("Ngozi Adebayo-Smith, ⟦16⟧, a member of the youth panel, said the buses were late.", None),
    ("Chloe Dunne-Walsh, ⟦17⟧, who chairs the youth council, spoke first.", None),
    ("Niamh O'Sullivan, ⟦15⟧, asked why the club closed.", None),
    ("Kwame Mensah-Boateng, ⟦19⟧, a care leaver, told councillors about his flat.", None),
    ("Siân Lloyd-Evans, ⟦14⟧, a young carer, wrote to the leader.", None),
    ("Our new chair, Jade Hart-Davies, ⟦18⟧, wrote the foreword.", None),
    ("Liam McAllister-Reid, ⟦20⟧, said the advice was clear.", None),
    ("Sean O'Neill, ⟦16⟧, joined the council in January.", None),
    ("Maya Ruiz-Lopez, ⟦17⟧, is the new youth mayor.", None),
    # kept apart: a place and its count
    ("In Kent, ⟦41⟧ children were placed out of area.", (41, "count")),
    ("In Hall Green, ⟦37⟧ families were waiting for a place.", (37, "count")),
]


@pytest.mark.parametrize("marked,want", NAMED_AGES)
def test_an_age_after_a_hyphenated_name(nlp, marked, want):
    _check(nlp, marked, want)


# A competition's prize offered to the reader is no fact the text reports; a voucher handed out, prizes given and a
# bid for money are.
PRIZES = [
    ("Name our new mascot and win a ⟦£25⟧ voucher!", None),
    ("Enter the draw for a chance to win a ⟦£50⟧ gift card.", None),
    ("Fill in the survey to win one of five ⟦£20⟧ vouchers.", None),
    ("Send us your photos and win a ⟦£30⟧ book token.", None),
    ("Tell us what you think and you could win a ⟦£100⟧ prize.", None),
    ("Complete the quiz to be entered into a draw to win a ⟦£15⟧ voucher.", None),
    ("Design the new logo and win a ⟦£40⟧ cinema voucher.", None),
    ("Young people who take part can win a ⟦£10⟧ voucher each week.", None),
    ("Answer three questions to win a ⟦£25⟧ hamper.", None),
    ("Enter our prize draw for a ⟦£50⟧ voucher by Friday.", None),
    # kept apart: vouchers handed out, prizes given, a bid for money
    ("Families will get a ⟦£15⟧ supermarket voucher for each child.", (15, "gbp")),
    ("The prize draw winners (3 x ⟦£20⟧ vouchers) have been contacted.", (20, "gbp")),
    ("The council hopes to win ⟦£3m⟧ of government funding.", (3000000, "gbp")),
]


@pytest.mark.parametrize("marked,want", PRIZES)
def test_a_competition_prize(nlp, marked, want):
    _check(nlp, marked, want)


# The age a group of people is bounded by, said bare after the group ('care leavers up to 25'), is an age band; a cap
# on how many a worker holds and a count after 'up to' keep their figures.
AGE_BOUNDS = [
    ("Free passes for everyone in care and care leavers up to ⟦25⟧.", None),
    ("The hub supports young people up to ⟦19⟧ with advice on housing.", None),
    ("Personal advisers work with care leavers up to ⟦25⟧ if they ask.", None),
    ("Children up to ⟦18⟧ can use the service.", None),
    ("The club is open to young carers up to ⟦18⟧ across the borough.", None),
    ("Pupils up to ⟦16⟧ get free bus travel.", None),
    ("The fund is for young adults up to ⟦25⟧ leaving care.", None),
    ("The offer covers students up to ⟦19⟧ in further education.", None),
    ("Drop-ins are open to anyone up to ⟦21⟧.", None),
    ("Learners up to ⟦24⟧ with a plan can stay in college.", None),
    # kept apart: a cap and a count after 'up to'
    ("Each worker supports young people up to ⟦20⟧ at a time.", (20, "count")),
    ("The home takes up to ⟦4⟧ children.", (4, "count")),
    ("Care leavers can claim up to ⟦£2,000⟧ for a deposit.", (2000, "gbp")),
]


@pytest.mark.parametrize("marked,want", AGE_BOUNDS)
def test_an_age_bounding_a_group(nlp, marked, want):
    _check(nlp, marked, want)


# A comparator's bracket written with a hyphen or an en dash between the years ('(2024-25: 5 days)', '(2024–25: 147)')
# gives its value that year, as the slash form does ('(2024/25: 1,640)'); so a duration last year and the same
# duration as this year's standard stay two facts.
COMPARATOR_YEARS = [
    ("The team received 1,712 contacts (2024-25: ⟦1,640⟧).", (1640, "2024-04-01")),
    ("The team received 1,712 contacts (2024/25: ⟦1,640⟧).", (1640, "2024-04-01")),
    ("Assessments took 31 days on average (2024–25: ⟦36⟧ days).", (36, "2024-04-01")),
    ("The board held 14 rapid reviews (2024-25: ⟦9⟧).", (9, "2024-04-01")),
    ("Care proceedings were issued for 62 children (2023-24: ⟦71⟧).", (71, "2023-04-01")),
    ("The median wait was 4 days (2024-25: ⟦5⟧ days).", (5, "2024-04-01")),
    ("Visits within ten working days rose to 88% (2024-25: ⟦81%⟧).", (81, "2024-04-01")),
    ("The council spent £4.1m on agency staff (2024-25: ⟦£3.6m⟧).", (3600000, "2024-04-01")),
    ("129 children were on the register at 31 March 2026 (2024-25: ⟦147⟧).", (147, "2024-04-01")),
    ("Foster carers approved: 14 (2022-23: ⟦19⟧).", (19, "2022-04-01")),
    # kept apart: this year's figure has the document's period (none of its own)
    ("The team received ⟦1,712⟧ contacts (2024-25: 1,640).", (1712, None)),
    ("The median wait was ⟦4⟧ days (2024-25: 5 days).", (4, None)),
]


@pytest.mark.parametrize("marked,want", COMPARATOR_YEARS)
def test_a_comparator_bracket_with_a_hyphened_year(nlp, marked, want):
    from extractor.figures import find_figures
    from extractor.findings import Period
    from extractor.ingest import load

    at = marked.index("⟦")
    text = marked.replace("⟦", "").replace("⟧", "")
    document = load("t.txt", text.encode("utf-8"))
    year = Period("2025-04-01", "2026-03-31", "2025/26")
    figures = find_figures(nlp(document.text), document, year, use_classifier=False)
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert [(f.value, f.period.start if f.period else None) for f in found] == [want]


# A set named by 'the' after a preposition and defined on the spot by a participle and its time ('for the two youth
# centres closed in 2024') is said for the first time: its size is a figure, as with a relative clause ('the two
# youth centres that closed in 2024'). A set said before stays one figure (test_figure_recall).
DEFINED_BY_A_PARTICIPLE = [
    ("The motion calls for the ⟦two⟧ youth centres closed in 2024 to reopen.", (2, "count")),
    ("Staff from the ⟦four⟧ family hubs opened in 2025 will move to the new building.", (4, "count")),
    ("Education will be a partner in the ⟦10⟧ pathfinder areas chosen last year.", (10, "count")),
    ("Councillors asked for the ⟦six⟧ posts cut in 2023 to be restored.", (6, "count")),
    ("Children from the ⟦two⟧ homes closed last year were moved to foster care.", (2, "count")),
    ("In the ⟦five⟧ schools inspected in 2025, attendance rose.", (5, "count")),
    ("Parents of the ⟦nine⟧ pupils excluded last term met the head.", (9, "count")),
    ("Money from the ⟦three⟧ contracts ended in 2024 was reinvested.", (3, "count")),
    ("Funding for the ⟦12⟧ places created this year comes from the grant.", (12, "count")),
    ("Volunteers from the ⟦eight⟧ groups set up in 2022 were thanked.", (8, "count")),
]


@pytest.mark.parametrize("marked,want", DEFINED_BY_A_PARTICIPLE)
def test_a_set_defined_by_a_participle(nlp, marked, want):
    _check(nlp, marked, want)

