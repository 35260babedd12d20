"""Numbers styles17-19 showed the tool reading as figures that name or place a thing, and figures it
missed (issue 10), each as a table of invented sentences run through the production path (ingest ->
pipeline -> find_figures, rules only) beside the close sentences whose number must stay as it was.
The number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from tests.test_figure_recall import _check

# A register's number, a short service number used as the service's name, a thing called by its number and a
# number word inside a place's name name things (extractor/figures/identifier.py); a count has its noun.
IDENTIFIERS = [
    # a register's number, a service's number as its name, a numbered thing, a number word in a place's name
    ("Registered charity ⟦1123456⟧. Registered office: 4 Mill Lane, Leeds.", None),
    ("Company number ⟦09912345⟧, registered in England and Wales.", None),
    ("The group is a registered community interest company ⟦11873402⟧.", None),
    ("Charity No. ⟦1099871⟧ | Privacy | Contact us", None),
    ("The trust runs the ⟦999⟧ emergency ambulance service across the county.", None),
    ("Calls to the NHS ⟦111⟧ line rose over the winter.", None),
    ("The council said camera ⟦4⟧ on the high street had been repaired in March.", None),
    ("Update ⟦2⟧ · 3 May 2026", None),
    ("Councillor Ann Lee (Lab, Kings ⟦Five⟧ Ways) asked about the budget.", None),
    # kept apart: counts with their nouns
    ("The charity supported ⟦1,240⟧ families in the year.", (1240, "count")),
    ("Control room staff answered ⟦999⟧ calls from schools.", (999, "count")),
    ("The council installed ⟦4⟧ cameras in the park.", (4, "count")),
    ("The partnership opened ⟦Four⟧ new family hubs.", (4, "count")),
]



@pytest.mark.parametrize("marked,want", IDENTIFIERS)
def test_numbers_that_name_things(nlp, marked, want):
    _check(nlp, marked, want)


# A campaign page's countdown and both numbers of a correction notice are no facts of the story.
NOTICES = [
    # a campaign's countdown and a correction notice's numbers
    ("£9,200 raised of £15,000 target\n⟦14⟧ days left\nOur story", None),
    ("⟦3⟧ days to go\nDonate now", None),
    ("88 supporters · ⟦6⟧ days left", None),
    ("Raised so far: £2,140\n⟦12⟧ hours remaining", None),
    ("An earlier version of this article said ⟦14⟧ schools had closed; it is 12.", None),
    ("An earlier version of this article said 14 schools had closed; it is ⟦12⟧.", None),
    ("A previous version wrongly stated that there were ⟦31⟧ reviews. The correct figure is 13.", None),
    ("A previous version wrongly stated that there were 31 reviews. The correct figure is ⟦13⟧.", None),
    ("Correction: an earlier version said ⟦40⟧ staff had left.", None),
    # kept apart: a span with a count before it, a count in the story itself
    ("The panel met ⟦14⟧ days after the incident.", (14, "days")),
    ("The council said ⟦12⟧ schools had closed in the year.", (12, "count")),
    ("⟦88⟧ supporters · 6 days left", (88, "count")),
]



@pytest.mark.parametrize("marked,want", NOTICES)
def test_countdowns_and_corrections(nlp, marked, want):
    _check(nlp, marked, want)


# The age of a person said in a relative clause is in years ('Jack, who is now 18'), but a speaker's age ('said Ann
# Lee, who is 16', 'A member, who is 17, told us'), the youngest and oldest seen, an age in a speaker's anecdote, a
# pull quote's attribution line and a speaker introduced by an age are no figures (as 'A foster carer, 58, said').
AGES = [
    # the age of a person: a speaker's, an anecdote's, the youngest and oldest seen
    ("A member of the youth forum, who is ⟦17⟧, told the meeting that searches felt unfair.", None),
    ("The chair, who was ⟦16⟧, said the council had listened.", None),
    ('"We asked what adults forget to ask," said Youth Mayor Ann Lee, who\nis ⟦16⟧.', None),
    ("The youngest child seen was 3 and the oldest adult ⟦81⟧.", None),
    ("The youngest person helped was 12 and the oldest ⟦94⟧.", None),
    ('She told the panel: "If you get stopped at ⟦14⟧ you remember it at 40."', None),
    ('She told the panel: "If you get stopped at 14 you remember it at ⟦40⟧."', None),
    ("Young person, ⟦15⟧, in a foster placement", None),
    ("Some words from families.\nParent, ⟦34⟧, from the north of the borough\nMore text.", None),
    ('One ⟦17⟧-year-old pupil wrote: "Nobody made a fuss."', None),
    ('A ⟦14⟧-year-old told us: "I felt listened to."', None),
    # kept apart: a level in a quote, a subject's age, a count of people
    ('The director said: "Our caseload stood at ⟦14⟧ and then fell."', (14, "count")),
    ("A ⟦16⟧-year-old who was seriously injured was taken to hospital.", (16, "years")),
    ("Jack, who is now ⟦18⟧, has left care.", (18, "years")),
    ("Her brother, who is ⟦12⟧, lives with his grandmother.", (12, "years")),
    ("She has a son, who is ⟦12⟧.", (12, "years")),
    ("Parents, ⟦34⟧ of them, came to the meeting.", (34, "count")),
]



@pytest.mark.parametrize("marked,want", AGES)
def test_ages_of_people(nlp, marked, want):
    _check(nlp, marked, want)


# Money said as pounds of pounds is a share: '£1 in every £4' is 25%.
MONEY_SHARES = [
    ("Almost ⟦£1 in every £4⟧ of the budget was spent on hotels.", (25, "percent")),
    ("⟦£1 in every £5⟧ went on agency staff.", (20, "percent")),
    ("The council spent ⟦£3 out of every £10⟧ on placements.", (30, "percent")),
    ("Nearly ⟦£1 of every £3⟧ was spent on transport.", (33.33, "percent")),
    ("Around ⟦£2 in every £5⟧ of the grant went to schools.", (40, "percent")),
    ("Over ⟦£1 in every £10⟧ of spending was on legal costs.", (10, "percent")),
    ("Roughly ⟦£3 in every £4⟧ of the fund reached families.", (75, "percent")),
    ("⟦£1 in each £2⟧ was spent on staff.", (50, "percent")),
    ("In 2025/26 ⟦£7 in every £10⟧ went to children's services.", (70, "percent")),
    # kept apart: amounts with a scale, money that is no share
    ("The council spent ⟦£1⟧ million on every £4 million contract.", (1000000, "gbp")),
    ("Families were given ⟦£40⟧ each.", (40, "gbp")),
]



@pytest.mark.parametrize("marked,want", MONEY_SHARES)
def test_money_said_as_a_share(nlp, marked, want):
    _check(nlp, marked, want)


# Gapped items after a count with its share in brackets count what the count counts, not a share.
GAPPED = [
    # a count after its verb, then gapped items that count the same thing
    ("Schools made 127 of them (40%), the police 71 and health partners ⟦38⟧.", (38, "count")),
    ("Schools made 127 of them (40%), the police ⟦71⟧ and health partners 38.", (71, "count")),
    ("Schools made 140 referrals (45%), GPs 62 and the police ⟦50⟧.", (50, "count")),
    ("Health visitors made 88 of them (31%), dentists 44 and schools ⟦30⟧.", (30, "count")),
    ("The police made 210 (52%), schools 96 and housing ⟦41⟧.", (41, "count")),
    ("Of the referrals, schools made 61 (35%), nurseries 22 and GPs ⟦19⟧.", (19, "count")),
    ("Early help took 300 of them (60%), the police 120 and health ⟦55⟧.", (55, "count")),
    ("Families referred 72 (24%), schools 66 and the police ⟦58⟧.", (58, "count")),
    ("The MASH sent 180 of them (49%) to social work, 90 to early help and ⟦41⟧ to the police.", (41, "count")),
    ("Schools made 127 of them (40%), and the police ⟦71⟧.", (71, "count")),
    # kept apart: a comparator of a share keeps the share's unit
    ("Of 300 referrals, 27 (9.1%) were repeats, compared with England ⟦10⟧.", (10, "percent")),
]



@pytest.mark.parametrize("marked,want", GAPPED)
def test_gapped_items_count_like_the_count(nlp, marked, want):
    _check(nlp, marked, want)


# A measured ratio of two rates (a decimal before 'times the rate') is a figure (unit count); a whole multiplier
# said for effect is not.
RATE_RATIOS = [
    ("Black residents were searched at ⟦3.1⟧ times the rate of White residents.", (3.1, "count")),
    ("Black residents were searched at 3.1 times the rate of White residents, compared with ⟦3.6⟧ times in 2024.", (3.6, "count")),
    ("Children in the borough were excluded at ⟦2.4⟧ times the England rate.", (2.4, "count")),
    ("Boys were arrested at ⟦1.8⟧ times the rate of girls.", (1.8, "count")),
    ("Children in care were excluded at ⟦4.5⟧ times the rate of their peers.", (4.5, "count")),
    ("Mixed heritage children were stopped at ⟦2.2⟧ times the rate of White children.", (2.2, "count")),
    ("The most deprived areas saw referrals at ⟦3.4⟧ times the rate of the least deprived.", (3.4, "count")),
    ("Care leavers were in custody at ⟦5.3⟧ times the national rate.", (5.3, "count")),
    ("Young carers were absent at ⟦1.6⟧ times the rate of other pupils.", (1.6, "count")),
    # kept apart: a whole multiplier said for effect
    ("Children were almost ⟦seven⟧ times as likely to be searched.", None),
    ("Children were ⟦3⟧ times the rate of adults.", None),
]



@pytest.mark.parametrize("marked,want", RATE_RATIOS)
def test_ratios_of_rates(nlp, marked, want):
    _check(nlp, marked, want)


# 'from one year to the next' is any one year, not a span.
ONE_TO_THE_NEXT = [
    ("The numbers could move a lot from ⟦one⟧ year to the next.", None),
    ("Rates swing from ⟦one⟧ month to the next.", None),
    ("Staffing changes from ⟦one⟧ week to the next.", None),
    ("Demand varies from ⟦one⟧ quarter to the next.", None),
    ("The figures rise and fall from ⟦one⟧ year to another.", None),
    ("Caseloads can double from ⟦one⟧ month to the next.", None),
    ("Attendance drops from ⟦one⟧ term to the next.", None),
    ("Small numbers move a lot from ⟦one⟧ year to the next.", None),
    ("Costs went up from ⟦one⟧ year to the next by 4%.", None),
    # kept apart: a span and a count
    ("The review took ⟦one⟧ year to complete.", (1, "years")),
    ("The plan ran for ⟦one⟧ year from April.", (1, "years")),
]


@pytest.mark.parametrize("marked,want", ONE_TO_THE_NEXT)
def test_one_to_the_next_is_no_span(nlp, marked, want):
    _check(nlp, marked, want)



# A sentence-opening 'One' with a passive verb is one of the things the sentence before counted; 'One' with a
# verb of speech, or with nothing counted before, stays no figure.
ONE_OF_A_SET = [
    ("The team made 6 referrals to Prevent in 2024/25 (2023/24: 4). ⟦One⟧ was adopted as a Channel case.", (1, "count")),
    ("Nine complaints were received in the year. ⟦One⟧ was upheld.", (1, "count")),
    ("We received 14 allegations. ⟦One⟧ was substantiated after investigation.", (1, "count")),
    ("Eleven members of staff were suspended. ⟦One⟧ was dismissed.", (1, "count")),
    ("Three appeals were lodged with the tribunal. ⟦One⟧ was withdrawn.", (1, "count")),
    ("The service took 40 calls from parents. ⟦One⟧ was passed to the police.", (1, "count")),
    ("Seven applications were made. ⟦One⟧ has been refused.", (1, "count")),
    ("The panel considered 12 cases. ⟦One⟧ was referred to the national panel.", (1, "count")),
    ("Four reviews were commissioned. ⟦One⟧ was published in March.", (1, "count")),
    # kept apart: a speaker, nothing counted before
    ("Two parents spoke at the meeting. ⟦One⟧ said the wait was too long.", None),
    ("⟦One⟧ was enough for the panel.", None),
    ("We need to act now. ⟦One⟧ was told to wait.", None),
]


@pytest.mark.parametrize("marked,want", ONE_OF_A_SET)
def test_one_of_a_set_just_counted(nlp, marked, want):
    _check(nlp, marked, want)
