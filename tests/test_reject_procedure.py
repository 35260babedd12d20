"""Numbers of how a sentence is laid out or of when people act, not reported facts: the marks of
a question's parts inside one sentence, an age said as a choice ('at seventeen or eighteen'),
while a vote's tally in minutes stays a figure. Invented sentences through the production path (ingest ->
pipeline -> find_figures, rules only); beside them, close sentences whose number stays a figure."""

from __future__ import annotations

import pytest

from extractor.figures.band import AGE_RANGE, LOOSE_TIME, OLD_YEAR
from extractor.figures.procedure import AGE_CHOICE, ENUMERATION
from tests.test_reject_prose import _check, _read

PROCEDURE = [
    # kept: a vote's tally in minutes is a figure (the corpus annotates it, metric other)
    ("For (⟦41⟧)\nMr Adams, Mrs Brown, Mr Clarke\nAgainst (3)\nMs Dale", None),
    ("For (41)\nMr Adams\nAgainst (⟦0⟧)\nAbstain (2)\nMotion carried.", None),
    ("For (41)\nMr Adams\nAgainst (3)\nMs Dale\nAbstain (⟦2⟧)\nMs Ford, Mr Hale", None),
    ("Abstentions (⟦7⟧)\nMrs Ince, Mr Jones\nAmendment lost.", None),
    ("The motion was carried by ⟦29⟧ votes to 14.", None),
    ("The amendment was lost by 20 votes to ⟦33⟧, with two abstentions.", None),
    ("On a recorded vote, ⟦18⟧ votes for and 25 against, the amendment fell.", None),
    ("The motion was agreed with 30 in favour, ⟦6⟧ against and one abstention.", None),
    # a question's parts numbered inside one sentence
    ("Can the Cabinet Member tell me: 1) how many pupils are educated at home, and, ⟦2⟧) how many were visited?", ENUMERATION),
    ("Will the Leader confirm 1) the cost of the scheme, 2) its start date and ⟦3⟧) who will run it?", ENUMERATION),
    ("Please say 1) what the waiting time is and ⟦2⟧) what is being done about it.", ENUMERATION),
    ("Could the Cabinet Member set out 1) the number of vacancies; ⟦2⟧) the cost of agency staff?", ENUMERATION),
    ("Can he explain 1) why the plan was delayed, 2) when it will start, 3) what it costs and ⟦4⟧) who decided?", ENUMERATION),
    # an age said as a choice of near ages
    ("Few young people took the course at ⟦sixteen⟧ or seventeen, preferring to wait.", AGE_CHOICE),
    ("Few young people took the course at sixteen or ⟦seventeen⟧, preferring to wait.", AGE_CHOICE),
    ("Most apprentices start at ⟦18⟧ or 19 and finish within two years.", AGE_CHOICE),
    ("Most care leavers move into their own flat at ⟦eighteen⟧ or nineteen.", AGE_CHOICE),
    # kept: the facts beside them
    ("The committee voted to fund ⟦12⟧ new social work posts.", None),
    ("Against a national average of 50%, the service finished ⟦90⟧% of plans on time.", None),
    ("The board received 9 notifications (up from ⟦6⟧) This was noted.", None),
    ("There were 40 referrals (1) and ⟦12⟧ assessments.", None),
    ("Referrals stood at ⟦18⟧ or 19 a month through the year.", None),
    ("The number of children on plans stood at ⟦17⟧.", None),
    ("The service started at ⟦17⟧ or 18 schools in the first year.", None),
    ("The motion noted that ⟦214⟧ children were in care, against 198 a year earlier.", None),
    ("Young people leaving care at 18 numbered ⟦230⟧ this year.", None),
    ("The boy left school at ⟦16⟧ and found work.", None),
]


@pytest.mark.parametrize("marked, reason", PROCEDURE)
def test_a_part_mark_or_an_age_choice_is_no_figure_and_a_vote_is_one(nlp, marked, reason):
    _check(nlp, marked, reason)


# an age band naming who an entitlement is for, and a time point said loosely
BANDS = [
    ("The new duty to offer ⟦9⟧ to 36-month provision starts in the autumn.", AGE_RANGE),
    ("The new duty to offer 9 to ⟦36⟧-month provision starts in the autumn.", AGE_RANGE),
    ("Funding for ⟦nine⟧-month-olds to three-year-olds was widened.", AGE_RANGE),
    ("The council met the demand for ⟦6⟧ to 18-month places in most towns.", AGE_RANGE),
    ("Health visitors saw ⟦six⟧ week olds and their mothers at home.", AGE_RANGE),
    ("Take-up of funded ⟦3⟧-4 year old nursery places fell.", AGE_RANGE),
    ("Some teams that struggled a year or ⟦two⟧ ago are now stable.", LOOSE_TIME),
    ("The policy was changed a month or ⟦two⟧ earlier.", LOOSE_TIME),
    # kept: ranges of waits and counts beside the bands
    ("Waiting times were ⟦6⟧ to 12 months for most families.", None),
    ("The baby was ⟦23⟧ months old when she was taken to hospital.", None),
    ("Each review took ⟦3⟧ to 6 months to complete.", None),
    ("The pilot ran for ⟦6⟧ to 12 months in two areas.", None),
    ("Free places for two-year-olds rose to ⟦4,100⟧.", None),
    ("The council opened ⟦two⟧ nurseries a year ago.", None),
    ("A year ago there were ⟦412⟧ children on plans.", None),
]


@pytest.mark.parametrize("marked, reason", BANDS)
def test_an_entitlement_age_band_or_loose_time_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a year before 1900 after a preposition of time
OLD_YEARS = [
    ("The council had existed since ⟦1889⟧, during which time it gained and lost powers.", OLD_YEAR),
    ("The workhouse was built in ⟦1856⟧ and closed a century later.", OLD_YEAR),
    ("The charity has cared for children from ⟦1870⟧ to the present day.", OLD_YEAR),
    ("Records kept between 1880 and ⟦1899⟧ were lost in a fire.", OLD_YEAR),
    ("Boarding-out of children began around ⟦1850⟧ in the county.", OLD_YEAR),
    ("The orphanage, opened in ⟦1795⟧, is now a museum.", OLD_YEAR),
    ("Parish records until ⟦1834⟧ show the number of children relieved.", OLD_YEAR),
    ("The school board of ⟦1871⟧ set the first attendance rules.", OLD_YEAR),
    # kept: counts of the same size
    ("The service received ⟦1,889⟧ contacts in the year.", None),
    ("There were ⟦1856⟧ referrals to children's social care.", None),
    ("Referrals rose from 1,640 to ⟦1,850⟧ in 2023/24.", None),
]


@pytest.mark.parametrize("marked, reason", OLD_YEARS)
def test_an_old_year_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a share of a large round number is one amount: 'half a million' is 500,000, not 50% or a million
PART_OF_SCALE = [
    ("Pupil numbers could fall by ⟦half a million⟧ nationwide.", 500_000, "count"),
    ("The helpline took ⟦half a million⟧ calls last year.", 500_000, "count"),
    ("Nearly ⟦a quarter of a million⟧ children were referred in England.", 250_000, "count"),
    ("About ⟦three quarters of a million⟧ visits were made by health visitors.", 750_000, "count"),
    ("The council spent ⟦a quarter of a million pounds⟧ on agency staff.", 250_000, "gbp"),
    ("The scheme cost ⟦half a million pounds⟧ over two years.", 500_000, "gbp"),
    ("The site has served ⟦half a billion⟧ page views since it opened.", 500_000_000, "count"),
    ("⟦Half⟧ of the plans were for neglect.", 50, "percent"),
    ("The team closed ⟦half a dozen⟧ cases in a week.", 6, "count"),
]


@pytest.mark.parametrize("marked, value, unit", PART_OF_SCALE)
def test_a_share_of_a_million_is_one_amount(nlp, marked, value, unit):
    found, _ = _read(nlp, marked)
    assert found and found[0].value == value and found[0].unit == unit, found
