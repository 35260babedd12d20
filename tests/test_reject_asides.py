"""Numbers said in passing that report nothing, by construction, each rejected with the reason
`show` lists: an advert's offer and a rating asked of the audience (a podcast's sponsor read and
sign-off, a newsletter's promotion), a show's episode, a report's column and a menu's option, the
hours of an event, a phone menu's key, the age of an unnamed speaker beside the role, an age said
as the end of a service, the age of the youngest or oldest person met, the whole that rounded
shares miss, a footnote's mark, the bound of what each member of a count has ('more than one'),
and the size of a comparator group ('the ten closest councils'). Beside each, a close sentence
whose number stays a figure. Invented sentences through the production path (ingest -> pipeline
-> find_figures, rules only); the number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.reject import (
    AGE_GROUP, ATTRIBUTION, BOUND_ONE, OFFER, PAGE_MARK, PERSON_AGE, PHONE, RANK, RATING, REFERENCE, STATISTIC,
)

from tests.test_reject_prose import _check  # one reading of a marked number

# an advert's offer: a discount with a code, a first order or a voucher in its sentence
OFFERS = [
    ("Today's show is sponsored by Fernbank Bakery. Quote code LOAF10 for ⟦10%⟧ off your first order.", OFFER),
    ("Brought to you by Tidewater Tyres: ⟦£15⟧ off a full set when you book online with code TREAD15.", OFFER),
    ("Our partners at Moorside Gym are offering readers ⟦25 per cent⟧ off their first month.", OFFER),
    ("Save ⟦20%⟧ on tickets with the voucher printed on the back page.", OFFER),
    ("Get ⟦£5⟧ off when you spend £30 or more at the farm shop this weekend.", OFFER),
    ("This week's episode comes with a special offer: ⟦30%⟧ off all knitting kits.", OFFER),
    ("Enter code BRIGHT at the checkout and save ⟦15%⟧.", OFFER),
    ("Listeners get ⟦40%⟧ off the annual plan with promo code HARBOUR40.", OFFER),
    ("Members enjoy a ⟦10%⟧ discount at the café with their library card voucher.", OFFER),
    # kept: a cut of a budget, a share short of a target, a count taken off a list
    ("The county took ⟦£2.4m⟧ off the home-to-school transport budget this year.", None),
    ("Attendance at review meetings stayed ⟦6%⟧ off the target set by the board.", None),
    ("In March, ⟦14⟧ children came off the child protection register.", None),
    ("The discount scheme for foster carers cost ⟦£41,000⟧ in 2024/25.", None),
]


@pytest.mark.parametrize("marked, reason", OFFERS)
def test_an_adverts_offer_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a rating the show or the page asks its audience for
RATINGS = [
    ("Thanks for listening. Rate us ⟦five⟧ stars on your podcast app.", RATING),
    ("If you enjoyed this, give us ⟦5⟧ stars and tell a friend.", RATING),
    ("Please leave us a ⟦five⟧ star review wherever you listen.", RATING),
    ("Do rate the show ⟦5⟧ stars if it helped you.", RATING),
    ("Give the podcast ⟦five⟧ stars, it really helps new listeners find us.", RATING),
    ("Leave us ⟦5⟧ stars and a comment below.", RATING),
    ("Drop us a ⟦five⟧-star rating on your app of choice.", RATING),
    ("If the app helped, rate it ⟦5⟧ stars in the store.", RATING),
    # kept: a count of ratings given, and the rating itself reported
    ("The new family hub has ⟦38⟧ reviews from parents so far.", None),
    ("The service received ⟦112⟧ feedback forms in the year.", None),
    ("Parents rated the sessions ⟦4.7⟧ out of 5 on average.", None),
    ("Families sent the hub ⟦212⟧ compliments in the year.", None),
]


@pytest.mark.parametrize("marked, reason", RATINGS)
def test_a_rating_asked_of_the_audience_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a show's episode, a column of a parliamentary report, a menu's option: names, not amounts
NAMES = [
    ("That's all for episode ⟦112⟧ of the programme; see you next week.", REFERENCE),
    ("In episode ⟦9⟧ we talked to two kinship carers from Ross.", REFERENCE),
    ("The podcast returns with Season ⟦2⟧, episode 1 in spring.", REFERENCE),
    ("I raised the waiting lists for assessments in the chamber (Official Report, col ⟦412⟧).", REFERENCE),
    ("The Minister answered me on 3 March (Hansard, column ⟦1041⟧).", REFERENCE),
    ("The figures are set out in columns ⟦4⟧ and 5 of the return.", REFERENCE),
    ("For the duty social worker, choose option ⟦3⟧ when the line connects.", REFERENCE),
    ("The panel preferred option ⟦2⟧, a shared service with the neighbouring county.", REFERENCE),
    ("Options ⟦1⟧ and 3 were ruled out on cost.", REFERENCE),
    # kept: counts of episodes, columns and options
    ("The series has run to ⟦46⟧ episodes since it began.", None),
    ("The consultation set out ⟦three⟧ options for the centres.", None),
    ("Respondents chose between the options, and ⟦212⟧ backed the shared service.", None),
    ("During the summer season ⟦1,200⟧ children joined holiday clubs.", None),
]


@pytest.mark.parametrize("marked, reason", NAMES)
def test_an_episode_a_column_or_an_option_is_a_name(nlp, marked, reason):
    _check(nlp, marked, reason)


# the hours of an event: a time of day by its name, or the start of a range of hours
HOURS = [
    ("Drop-in advice surgery: Tuesday 3 March, 10am to ⟦12⟧ noon, Leigh Library.", REFERENCE),
    ("The hall is booked from ⟦12⟧ midday for the carers' lunch.", REFERENCE),
    ("The helpline closes at ⟦12⟧ midnight on weekdays.", REFERENCE),
    ("Open ⟦9⟧ to 5pm on weekdays, and later on Thursdays.", REFERENCE),
    ("Stalls run from ⟦10⟧ until 4pm in the market square.", REFERENCE),
    ("The youth bus stops on the green ⟦6⟧ till 8.30pm every Friday.", REFERENCE),
    ("Coffee morning, ⟦10⟧-11.30am, St Mark's church hall.", REFERENCE),
    ("Walk-in clinic: ⟦8⟧ to 10am and again 2 to 4pm.", REFERENCE),
    # kept: counts beside the hours
    ("The surgery saw ⟦23⟧ residents between 10am and noon.", None),
    ("Referrals rose from 9 to ⟦12⟧ in the quarter.", None),
    ("The bus met ⟦61⟧ young people between 6pm and 8.30pm.", None),
    ("Staff covered ⟦12⟧ evening sessions in the month.", None),
]


@pytest.mark.parametrize("marked, reason", HOURS)
def test_the_hours_of_an_event_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a phone menu's key
MENU_KEYS = [
    ("Call 0300 555 0177 and press ⟦2⟧ for the out-of-hours team.", PHONE),
    ("To report a concern, ring the front door and press ⟦1⟧.", PHONE),
    ("Dial the switchboard, then press ⟦4⟧ to leave a message.", PHONE),
    ("Callers should press ⟦3⟧ to reach a nurse.", PHONE),
    ("Press ⟦9⟧, or hold for an adviser.", PHONE),
    ("For adoption enquiries press ⟦5⟧; for fostering, stay on the line.", PHONE),
    ("After the message, press ⟦0⟧ to repeat it.", PHONE),
    ("If you are a professional, press ⟦6⟧ and give your name.", PHONE),
    # kept: counts near a menu
    ("The front door answered ⟦2,310⟧ calls in the quarter.", None),
    ("The press office handled ⟦41⟧ media enquiries.", None),
    ("In the press ⟦14⟧ stories named the home.", None),
    ("Callers left ⟦318⟧ messages after hours.", None),
]


@pytest.mark.parametrize("marked, reason", MENU_KEYS)
def test_a_phone_menus_key_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the age of an unnamed speaker, set off after the role with its article
ROLE_AGES = [
    ("The panel heard from families. A kinship carer, ⟦63⟧, said the allowance came too late.", ATTRIBUTION),
    ("We asked young people what helped. One young dad, ⟦19⟧, told us the hub was the first place he felt welcome.", ATTRIBUTION),
    ("Another care leaver, ⟦21⟧, explained how the bursary worked.", ATTRIBUTION),
    ("“I felt heard,” said a young carer, ⟦14⟧.", ATTRIBUTION),
    ("“Nobody rang me back,” wrote a single dad, ⟦35⟧.", ATTRIBUTION),
    ("An apprentice, ⟦17⟧, who joined in May, described the first week.", ATTRIBUTION),
    ("At the drop-in, a foster carer, ⟦58⟧, recalled her first placement.", ATTRIBUTION),
    ("A grandmother, ⟦71⟧, says she now has help with the school run.", ATTRIBUTION),
    # kept: a count set off in commas, a named total, and a count after a role
    ("The number of new plans, ⟦19⟧, was the lowest in five years.", None),
    ("A care leaver said ⟦21⟧ of her friends had left the area.", None),
    ("One team, with ⟦14⟧ social workers, covers the whole valley.", None),
    ("The remaining referrals, ⟦37⟧, came from schools.", None),
]


@pytest.mark.parametrize("marked, reason", ROLE_AGES)
def test_an_unnamed_speakers_age_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an age said as the end of a service, and the age of the youngest or oldest person met
AGES_SAID = [
    ("“I thought my advocate would stop after ⟦18⟧.”", AGE_GROUP),
    ("She asked whether she could stay with her carers past ⟦21⟧, and we said yes.", AGE_GROUP),
    ("Support with housing now lasts until ⟦25⟧, not 21.", AGE_GROUP),
    ("He didn't realise the offer continued beyond ⟦18⟧; nobody had told him.", AGE_GROUP),
    ("The youngest sibling we visited in the spring was just ⟦eight⟧, and is now in a group.", PERSON_AGE),
    ("Our oldest member is ⟦17⟧ and helps run the sessions.", PERSON_AGE),
    ("The youngest child in the sibling group was only ⟦four⟧.", PERSON_AGE),
    ("The oldest of the young people we supported was ⟦19⟧.", PERSON_AGE),
    # kept: durations and counts after the same words
    ("Her case was closed after ⟦18⟧ months of support.", None),
    ("The office is open until 18:00, and ⟦25⟧ volunteers help out.", None),
    ("The youngest children's group now has ⟦31⟧ members.", None),
    ("Plans ended after ⟦18⟧ weeks on average.", None),
]


@pytest.mark.parametrize("marked, reason", AGES_SAID)
def test_an_age_said_in_passing_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the whole that rounded shares miss, and a multi-answer question's note
ROUNDING = [
    ("Rows do not add to ⟦100%⟧ owing to rounding.", STATISTIC),
    ("Percentages may not sum to ⟦100%⟧ as they are rounded.", STATISTIC),
    ("Columns don't always add up to ⟦100 per cent⟧ because of rounding.", STATISTIC),
    ("The figures may not total ⟦100%⟧ due to rounding.", STATISTIC),
    ("Answers total more than ⟦100%⟧ because people could tick several boxes.", STATISTIC),
    ("Responses add up to over ⟦100%⟧ as families gave more than one reason.", STATISTIC),
    ("Totals do not necessarily add to ⟦100⟧ since each row is rounded.", STATISTIC),
    ("Shares in the table won’t add up to ⟦100%⟧ exactly.", STATISTIC),
    # kept: a share that is reported, and a rise said against 100
    ("All ⟦100%⟧ of plans were reviewed within timescale.", None),
    ("Take-up of the offer reached ⟦100%⟧ in the quarter.", None),
    ("The hub helped ⟦100⟧ families in its first month.", None),
    ("Nearly ⟦98%⟧ of reviews were held on time.", None),
]


@pytest.mark.parametrize("marked, reason", ROUNDING)
def test_a_rounding_note_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a footnote's mark opening its note: the note may open with an initialism, the mark may stand alone on
# its line, and a page's number may close the text
FOOTNOTES = [
    ("The trust received 1,840 referrals in 2024/25.³ Most came from schools.\n⟦3⟧ NHS Digital, Community Services Data Set.", PAGE_MARK),
    ("Waits rose to 19 weeks.² The hub opened in May.¹\n1 Survey data, not weighted. ⟦2⟧ ONS, mid-year estimates.", PAGE_MARK),
    ("The rate was 61 per 10,000, above the region (58)¹ .\n⟦1⟧\nChildren in need per 10,000 children, DfE release.", PAGE_MARK),
    ("Placements fell in the year (402)² .\n⟦2⟧\nLocal authority data, not yet validated.", PAGE_MARK),
    ("We supported 212 families this year.\nContact the team on the number above.\n⟦4⟧", PAGE_MARK),
    ("The review covers 2024/25.\nQuestions go to the board manager.\n⟦17⟧", PAGE_MARK),
    ("Reports rose sharply in the year.⁴ Schools made most.\n⟦4⟧ DfE, Children in Need census.", PAGE_MARK),
    ("Attendance improved.⁵\n⟦5⟧ GP practice returns, quarter 3.", PAGE_MARK),
    # kept: a count opening a line, a count alone on its line in a table, a unit's power
    ("The team met twice.\n⟦2⟧ NHS trusts joined the pilot in May.", None),
    ("The team met in May.\n⟦3⟧ GP practices joined the pilot that month.", None),
    ("Rapid reviews\n⟦6⟧\nLearning reviews\n2", None),
    ("We received 212 calls in the year, and ⟦17⟧ led to a referral.", None),
]


@pytest.mark.parametrize("marked, reason", FOOTNOTES)
def test_a_footnote_mark_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# 'more than one' bounding what each member of a counted group has
BOUND_ONES = [
    ("Of the foster carers we train, 52 care for more than ⟦one⟧ child.", BOUND_ONE),
    ("Some 120 children had more than ⟦one⟧ placement in the year.", BOUND_ONE),
    ("Nine families had more than ⟦one⟧.", BOUND_ONE),
    ("Around 30 pupils attend more than ⟦one⟧ school.", BOUND_ONE),
    ("We met 17 young people who care for more than ⟦one⟧ relative.", BOUND_ONE),
    ("In 2024/25, 214 households used more than ⟦one⟧ service.", BOUND_ONE),
    ("Most of the 66 carers said they had fostered more than ⟦one⟧.", BOUND_ONE),
    ("Twelve schools reported more than ⟦one⟧ incident.", BOUND_ONE),
    # kept: the counts beside them, and a count of one
    ("Of the foster carers we train, ⟦52⟧ care for more than one child.", None),
    ("Some ⟦120⟧ children had more than one placement in the year.", None),
    ("Only ⟦one⟧ review was published in the year.", None),
    ("Twelve schools reported incidents, and ⟦one⟧ school reported none.", None),
]


@pytest.mark.parametrize("marked, reason", BOUND_ONES)
def test_more_than_one_is_a_bound(nlp, marked, reason):
    _check(nlp, marked, reason)


# the size of a comparator group: 'the ten closest authorities'
NEIGHBOURS = [
    ("Our comparator group is the ⟦ten⟧ closest councils by need.", RANK),
    ("We compare ourselves with the ⟦15⟧ nearest councils.", RANK),
    ("The rate is above the average of the ⟦ten⟧ nearest boroughs.", RANK),
    ("Benchmarks come from the ⟦eight⟧ closest trusts in size.", RANK),
    ("Against the ⟦ten⟧ closest comparators the county is fourth.", RANK),
    ("The family group is the ⟦11⟧ nearest neighbours on deprivation.", RANK),
    ("The ⟦five⟧ nearest hubs share one duty rota.", RANK),
    ("Data for the ⟦20⟧ closest areas is in the appendix.", RANK),
    # kept: counts of authorities
    ("There are ⟦ten⟧ authorities in the region.", None),
    ("We looked at ⟦eight⟧ neighbouring councils.", None),
    ("The region has ⟦ten⟧ hubs, the nearest two miles away.", None),
    ("Our ⟦15⟧ closest partners signed the protocol.", None),
]


@pytest.mark.parametrize("marked, reason", NEIGHBOURS)
def test_a_comparator_groups_size_is_a_bound(nlp, marked, reason):
    _check(nlp, marked, reason)
