"""Numbers of a page's notices, listings and small print that report nothing, by construction, each
rejected with the reason `show` lists: an internal phone line or a pager, a service's short number far
down a 'call us' sentence, an accounting standard's number, the age a service runs to, the ages a
check or a measure is taken at, a critic's stars, a local advert's offer and a deal's price, a
charity's ask, the mark and the rules of suppression, a window inside a measure's label, how a sum is
paid, the one of a ratio, an unnamed speaker introduced by 'one' and a speaker's words quoted in a
headline. Beside each, a close sentence
whose number stays a figure. Invented sentences through the production path (ingest -> pipeline ->
find_figures, rules only); the number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.reject import (
    AGE_BAND, AGE_GROUP, ASK, DEFINITION, HEADLINE_QUOTE, NAME, OFFER, PHONE, PRICE, RATIO, SPEAKER, SPLIT, STARS, STATISTIC,
)

from tests.test_reject_prose import _check  # one reading of a marked number

# an internal line or a pager, and a service's short number far down a sentence asking the reader to call
PHONES = [
    ("The named doctor for the trust is on extension ⟦5120⟧ during the day.", PHONE),
    ("Out of hours, nurses may page the registrar by bleeping ⟦2718⟧ through switchboard.", PHONE),
    ("Out of hours, ask switchboard for the on-call paediatrician, bleep ⟦3317⟧.", PHONE),
    ("The safeguarding office is on ext. ⟦2210⟧ between 9am and 5pm.", PHONE),
    ("Contact the midwifery lead (Ext ⟦5582⟧) for advice on a referral.", PHONE),
    ("For urgent advice use pager ⟦0455⟧ or the team's shared inbox.", PHONE),
    ("Call the duty team at the civic offices on 01632 960111, or Thames Valley Police on ⟦101⟧.", PHONE),
    ("Anyone concerned for a pupil should contact the front door team in office hours, or the police on ⟦101⟧.", PHONE),
    ("Ring the emergency duty service on 01632 960999 after 5pm, or NHS advice on ⟦111⟧.", PHONE),
    ("Please call the hub on 020 7946 0321 or, if a child is in danger now, the police on ⟦999⟧.", PHONE),
    # kept: counts near the words of a phone line, and a count after 'on'
    ("The hospital approved an extension of ⟦12⟧ months for the pilot.", None),
    ("Police attended on ⟦101⟧ occasions where a child was present.", None),
    ("The team took ⟦4,471⟧ calls in the year, up from 3,960.", None),
    ("Ward staff made ⟦38⟧ referrals to the council over the quarter.", None),
]


@pytest.mark.parametrize("marked, reason", PHONES)
def test_a_phone_line_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the number of an accounting or auditing standard
STANDARDS = [
    ("The accounts are prepared under the Charities SORP (FRS ⟦102⟧).", NAME),
    ("The charity applies FRS ⟦102⟧ section 1A for small entities.", NAME),
    ("Leases were restated under IFRS ⟦16⟧ from 1 April.", NAME),
    ("The auditor's report to those charged with governance (ISA ⟦260⟧) was noted.", NAME),
    ("Grant income follows IPSAS ⟦23⟧ on non-exchange transactions.", NAME),
    ("The trust's PFI scheme is accounted for under IFRIC ⟦12⟧.", NAME),
    ("Depreciation policy is set out in line with FRS ⟦102⟧, section 17.", NAME),
    ("The pension scheme is reported under FRS ⟦17⟧ in the prior year.", NAME),
    ("Contingent liabilities are disclosed as IAS ⟦37⟧ requires.", NAME),
    ("Fixed assets were reviewed under SSAP ⟦21⟧ rules for leases.", NAME),
    # kept: amounts and counts of the accounts
    ("Total income was ⟦£1,204,332⟧ (2025: £1,118,090).", None),
    ("The charity employed ⟦42⟧ staff at the year end.", None),
    ("Unrestricted reserves stood at ⟦£310,000⟧.", None),
]


@pytest.mark.parametrize("marked, reason", STANDARDS)
def test_a_standards_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the age a service runs to, and a bracketed later bound for a
# group; an age said of anyone in speech
SERVICE_AGES = [
    ("The nursing service works with families from birth to age ⟦19⟧.", AGE_GROUP),
    ("Help is available from birth to age 18 (⟦21⟧ where a disability is recorded).", AGE_GROUP),
    ("The team works with young people until 18 (⟦21⟧ for care leavers in education).", AGE_GROUP),
    ("Personal advisers stay in touch until age ⟦25⟧ if the young person wishes.", AGE_GROUP),
    ("The pathway covers young people to age ⟦21⟧.", AGE_GROUP),
    ("Children stay with the team till age ⟦18⟧, then move to adult services.", AGE_GROUP),
    ("Short breaks are offered up to 18 (⟦25⟧ with an EHC plan).", AGE_GROUP),
    ("When you're ⟦16⟧ and sofa-surfing nobody asks how you are.", AGE_GROUP),
    ("Once you are ⟦18⟧ the letters stop coming.", AGE_GROUP),
    ("If you're ⟦17⟧ you still count as a child in law.", AGE_GROUP),
    # kept: counts beside an age, and a count of young people of an age
    ("The service supported ⟦25⟧ young people with a disability.", None),
    ("The team worked with ⟦312⟧ young people aged 16 or 17.", None),
    ("When you're ready, ⟦16⟧ advisers can take your call.", None),
]


@pytest.mark.parametrize("marked, reason", SERVICE_AGES)
def test_the_age_a_service_runs_to_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the ages a check or a measure is taken at
CHECK_AGES = [
    ("Exclusive feeding rates at ⟦6⟧ to 8 weeks rose to 51.0% this year.", AGE_BAND),
    ("Exclusive feeding rates at 6 to ⟦8⟧ weeks rose to 51.0% this year.", AGE_BAND),
    ("The ⟦2⟧ to 2½ year review was completed for 77% of children.", AGE_BAND),
    ("Coverage of the ⟦6⟧-8 week check rose to 91%.", AGE_BAND),
    ("Weight was recorded at ⟦9⟧ to 12 months for most infants.", AGE_BAND),
    ("The ⟦9⟧ to 12 month review moved to a group session.", AGE_BAND),
    ("Vision screening at ⟦4⟧ to 5 years is delivered in schools.", AGE_BAND),
    ("Uptake of the ⟦3⟧ to 4 month visit fell in the winter.", AGE_BAND),
    ("Development was assessed at ⟦2⟧ to 3 years using a questionnaire.", AGE_BAND),
    ("The ⟦12⟧-15 month assessment was offered by video call.", AGE_BAND),
    # kept: how long something took, and a duration that is a figure
    ("Families waited ⟦6⟧ to 8 weeks for a first visit.", None),
    ("The review was completed ⟦14⟧ days after the birth.", None),
    ("Exclusive feeding rates at 6 to 8 weeks rose to ⟦51.0%⟧ this year.", None),
    ("Assessments took an average of ⟦23⟧ working days.", None),
]


@pytest.mark.parametrize("marked, reason", CHECK_AGES)
def test_the_ages_a_check_is_taken_at_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a critic's or a listing's star rating
STAR_RATINGS = [
    ("Review: the Playhouse's winter panto, ⟦4⟧ stars", STARS),
    ("> Review: Harbour Lights at the Civic, ⟦3⟧ stars", STARS),
    ("Film of the week: The Long Tide, ⟦five⟧ stars.", STARS),
    ("Rating: ⟦4⟧ stars", STARS),
    ("Our verdict on the new cafe: ⟦3⟧ stars out of 5.", STARS),
    ("The food hygiene inspectors rated the kitchen ⟦5⟧ stars.", STARS),
    ("Album review | Northern Skies | ⟦2⟧ stars", STARS),
    ("The guide gives the walk ⟦four⟧ stars, the highest in the book.", STARS),
    ("Restaurant review, The Quay Kitchen: ⟦4⟧ stars.", STARS),
    ("Book of the month, The Quiet Year, ⟦5⟧ stars", STARS),
    # kept: counts of reviews and ratings
    ("The app has ⟦41⟧ five-star reviews from parents.", None),
    ("Parents rated the sessions ⟦4.7⟧ out of 5 on average.", None),
    ("The hub received ⟦212⟧ compliments in the year.", None),
]


@pytest.mark.parametrize("marked, reason", STAR_RATINGS)
def test_a_critics_stars_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a local advert's offer to a publication's audience, and a deal's price
ADVERTS = [
    ("Marsh & Sons Roofing - ⟦10%⟧ off gutter cleaning for Courier readers - call 01632 960944", OFFER),
    ("Bayview Garage: ⟦15%⟧ off MOTs for all Gazette readers this month.", OFFER),
    ("Hilltop Florists - ⟦£5⟧ off any bouquet, readers' offer until Friday.", OFFER),
    ("The Old Mill Tearooms - ⟦20%⟧ off for our subscribers on weekdays.", OFFER),
    ("Kelso Cycles: ⟦10 per cent⟧ off servicing, mention this advert in store.", OFFER),
    ("The Bay Cafe - Sunday lunch, ⟦3⟧ courses for £24.95", PRICE),
    ("The Bay Cafe - Sunday lunch, 3 courses for ⟦£24.95⟧", PRICE),
    ("Pizza night every Thursday: ⟦2⟧ for £10.", PRICE),
    ("Happy hour at the Anchor - ⟦two⟧ cocktails for £12", PRICE),
    ("Swim school: ⟦4⟧ lessons for £30 for new starters.", PRICE),
    ("Swim school: 4 lessons for ⟦£30⟧ for new starters.", PRICE),
    # kept: a cut, a sum for places, a count of lessons delivered
    ("The county took ⟦£2.4m⟧ off the transport budget.", None),
    ("The council funded ⟦12⟧ places for £40,000.", None),
    ("The council funded 12 places for ⟦£40,000⟧.", None),
    ("The trust funded ⟦2⟧ posts for £40,000 a year.", None),
    ("The trust funded 2 posts for ⟦£40,000⟧ a year.", None),
    ("The board bought 3 licences for ⟦£12m⟧ over five years.", None),
    ("The swimming programme delivered ⟦420⟧ lessons to looked after children.", None),
]


@pytest.mark.parametrize("marked, reason", ADVERTS)
def test_an_adverts_offer_and_price_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a charity's ask: what a gift would buy
ASKS = [
    ("⟦£10⟧ could pay for a child's first prison visit pack.", ASK),
    ("Just ⟦£5⟧ a month would buy a bedtime story kit for a family.", ASK),
    ("A gift of ⟦£25⟧ can fund a day trip for a young carer.", ASK),
    ("⟦£50⟧ could help a family keep their heating on for a week.", ASK),
    ("Your ⟦£20⟧ could provide a school uniform for a child in crisis.", ASK),
    ("Donate today. ⟦£15⟧ would pay for an hour of a caseworker's time.", ASK),
    ("⟦£3⟧ a week could send a child to a holiday club.", ASK),
    ("A donation of ⟦£100⟧ will train a volunteer mentor.", ASK),
    ("Only ⟦£8⟧ can buy a baby bundle for a new mum.", ASK),
    ("⟦£30⟧ could cover a taxi to a court hearing.", ASK),
    # kept: sums raised and spent
    ("The appeal raised ⟦£18,400⟧ from 612 donors.", None),
    ("The council's ⟦£2.1m⟧ could fund 40 places, officers said.", None),
    ("Supporters gave ⟦£10⟧ on average.", None),
]


@pytest.mark.parametrize("marked, reason", ASKS)
def test_a_charitys_ask_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the mark and the rules of suppression and of a dashboard's key
SUPPRESSION = [
    ('Numbers under 5 are shown as "<⟦5⟧" in the restricted version.', STATISTIC),
    ("Counts from 1 to 9 appear as <⟦10⟧ in the published tables.", STATISTIC),
    ("Small cells are replaced with <⟦5⟧ to protect identities.", STATISTIC),
    ("Rows with fewer than ⟦7⟧ pupils are not RAG-rated.", STATISTIC),
    ("Indicators with fewer than ⟦10⟧ cases are not ranked.", STATISTIC),
    ("Teams with fewer than ⟦5⟧ returns are excluded from the chart.", STATISTIC),
    ("Areas with fewer than ⟦20⟧ children are not benchmarked.", STATISTIC),
    ("Values below ⟦3⟧ are omitted from the map.", STATISTIC),
    ("Cells of fewer than ⟦5⟧ are shown as an asterisk.", STATISTIC),
    ("Rates based on fewer than ⟦10⟧ events are not calculated.", STATISTIC),
    ("Figures for wards with fewer than ⟦10⟧ children in need were suppressed.", STATISTIC),
    # kept: a hedged count of children, and a share under a threshold reported as a fact
    ("Fewer than ⟦5⟧ children were placed out of area.", None),
    ("Cells were suppressed for ⟦14⟧ wards in the year.", None),
    ("The rate fell to ⟦3.1⟧ per 1,000.", None),
]


@pytest.mark.parametrize("marked, reason", SUPPRESSION)
def test_a_suppression_rule_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the window inside a measure's label set over its value on the next line
LABELS = [
    ("Assessments completed in ⟦45⟧ working days\n88.9% target 85%", DEFINITION),
    ("ICPCs within ⟦15⟧ working days\n68% target 90%", DEFINITION),
    ("Review health assessments within ⟦20⟧ days\n74%", DEFINITION),
    ("Visits within ⟦6⟧ weeks\n92% (Q1: 89%)", DEFINITION),
    ("Strategy discussions in ⟦2⟧ working days\n81% down from 86%", DEFINITION),
    ("Core groups within ⟦10⟧ working days\n95% target 90%", DEFINITION),
    ("Plans reviewed within ⟦3⟧ months\n97%", DEFINITION),
    ("Return interviews within ⟦3⟧ days\n64% vs 71% England", DEFINITION),
    ("Health checks within ⟦28⟧ days (%)\n59% target 80%", DEFINITION),
    ("Pathway plans updated within ⟦6⟧ months\n88% target 95%", DEFINITION),
    # kept: a window in a sentence, and a label's value on its own line
    ("Conferences held within ⟦15⟧ working days\n91% of them were quorate.", None),
    ("88% of the meetings took place within ⟦15⟧ working days.", None),
    ("Average time to complete an assessment\n⟦23⟧ working days", None),
]


@pytest.mark.parametrize("marked, reason", LABELS)
def test_the_window_in_a_measures_label_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# how a sum or a task is divided, and the one of a ratio
SPLITS = [
    ("The grant is £1,500 a term, paid in ⟦three⟧ instalments.", SPLIT),
    ("The grant is released in ⟦two⟧ tranches, in April and October.", SPLIT),
    ("The fee can be paid in ⟦ten⟧ instalments over the year.", SPLIT),
    ("The setting-up allowance is paid in ⟦two⟧ equal instalments.", SPLIT),
    ("Funding arrives in ⟦four⟧ quarterly instalments from the trust.", SPLIT),
    ("The mean school nurse caseload is ⟦1⟧ to 2,650 pupils.", RATIO),
    ("The advised maximum caseload is 1 to 300, against ⟦1⟧ to 410 in the west.", RATIO),
    ("Staffing ratios of ⟦1⟧:3 apply in the baby room.", RATIO),
    ("The nursery keeps a ratio of ⟦1⟧ to 4 for two-year-olds.", RATIO),
    ("School nurse caseloads averaged ⟦1⟧ to 2,900 pupils.", RATIO),
    # kept: a change from one, and counts of payments made
    ("Caseloads rose from ⟦1⟧ to 14 in a year.", None),
    ("The charity made ⟦312⟧ grant payments in the year.", None),
    ("The mean school nurse caseload is 1 to ⟦2,650⟧ pupils.", None),
]


@pytest.mark.parametrize("marked, reason", SPLITS)
def test_a_split_and_a_ratios_one_are_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# 'one' introducing an unnamed speaker, with more verbs of telling and a school year
SPEAKERS = [
    ("⟦One⟧ college disclosed that 9 of its leavers went in the spring term.", SPEAKER),
    ("⟦One⟧ year 11 student wrote that the lessons came too late.", SPEAKER),
    ("⟦One⟧ Year 9 girl said the sessions helped.", SPEAKER),
    ("⟦One⟧ council admitted it had no record of the calls.", SPEAKER),
    ("⟦One⟧ headteacher conceded that the referrals had been slow.", SPEAKER),
    ("⟦One⟧ provider acknowledged the gap in its training.", SPEAKER),
    ("⟦One⟧ trust replied that the data were not held.", SPEAKER),
    ("⟦One⟧ parent insisted the school had known for months.", SPEAKER),
    ("⟦One⟧ manager warned that the rota could not hold.", SPEAKER),
    ("⟦One⟧ college responded that it offers a hardship fund.", SPEAKER),
    # kept: a count of one with its noun and verb, and a year's span
    ("⟦One⟧ child was the subject of a second plan.", None),
    ("⟦One⟧ year on the register was the average.", None),
    ("One college disclosed that ⟦9⟧ of its leavers went in the spring term.", None),
]


@pytest.mark.parametrize("marked, reason", SPEAKERS)
def test_one_introducing_a_speaker_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a speaker's first-person words quoted in a headline or a title line
HEADLINE_QUOTES = [
    ("INQUIRY: 'I had ⟦£25⟧ and a rucksack': the young people who fell through the gaps\nThe council answered 41 requests.", HEADLINE_QUOTE),
    ("'We told ⟦four⟧ agencies and nobody acted' - inquest\nThe inquest heard evidence from nurses.", HEADLINE_QUOTE),
    ("\u201cWe waited ⟦nine⟧ months for a social worker\u201d: parents speak out\nParents told the panel of long waits.", HEADLINE_QUOTE),
    ("Carers: \u2018I moved ⟦12⟧ times before I was 16\u2019\nA survey of care leavers was published.", HEADLINE_QUOTE),
    ("'I rang ⟦20⟧ times and nobody came' - mother's plea\nThe council has apologised.", HEADLINE_QUOTE),
    ("Feature: 'We have ⟦three⟧ beds for the whole county'\nThe manager explained the shortage.", HEADLINE_QUOTE),
    ("'Our ⟦£5,000⟧ grant kept the club open' - volunteers\nThe club runs on Saturdays.", HEADLINE_QUOTE),
    ("\u2018I had ⟦two⟧ bags and a phone\u2019: leaving care at 18\nCare leavers describe their first night.", HEADLINE_QUOTE),
    ("INTERVIEW: 'I have seen ⟦40⟧ families this week'\nThe health visitor spoke to us on Monday.", HEADLINE_QUOTE),
    ("'We lost ⟦6⟧ staff in a month' - head of service\nRecruitment is the board's top risk.", HEADLINE_QUOTE),
    # kept: a headline's own figure, a figure in a quote in the body, and the story's facts
    ("Referrals rise by ⟦40%⟧ in a year\nThe partnership reported the rise on Monday.", None),
    ("She said: \"We had ⟦12⟧ referrals in a week.\"", None),
    ("'We told four agencies and nobody acted' - inquest\nThe inquest heard that ⟦4⟧ agencies knew the family.", None),
]


@pytest.mark.parametrize("marked, reason", HEADLINE_QUOTES)
def test_a_number_in_a_headlines_quote_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)
