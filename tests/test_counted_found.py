"""What a number counts when the sentence says it counts something no metric does: a sample drawn
for study, a thing done 'for N children', actions on a meeting's action log, a subset counted as
a thing that fits no metric. Each table of invented sentences runs through the production path,
with the rules alone and with the metric classifier on (it may not overrule these readings)."""

from __future__ import annotations

import re

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.ingest import load

FY = Period("2024-04-01", "2025-03-31", "2024/25")


def figure(nlp, text: str, number: str, classifier: bool, occurrence: int = -1):
    """The figure whose mention is the given occurrence of `number` in `text`."""
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(number)}(?!\w)", text)]
    at = starts[occurrence]
    found = [f for f in figures for m in f.mentions if m.start <= at < m.end]
    assert found, f"no figure at {number!r}: {[(f.value, f.metric) for f in figures]}"
    return found[0]


# A sample drawn for study counts a sample, whatever it is a sample of; so do the findings about
# it: the object of 'an audit / a sample / a survey of', of a sampling verb ('coded', 'analysed',
# 'dip-sampled'), of any verb whose subject is an audit or study, and what it 'found'.
SAMPLES = [
    ("An audit of 30 child protection plans found 24 had an up-to-date safety plan.", "30", "other"),
    ("An audit of 30 child protection plans found 24 had an up-to-date safety plan.", "24", "other"),
    ("Auditors dip-sampled 50 referrals to children's social care.", "50", "other"),
    ("The team analysed 120 rapid reviews from across the region.", "120", "other"),
    ("We coded 90 serious case reviews for the study.", "90", "other"),
    ("A sample of 45 looked after children's files was examined.", "45", "other"),
    ("The audit examined 16 section 47 enquiries and found that in 11 the child had been seen alone.",
     "16", "other"),
    ("The audit examined 16 section 47 enquiries and found that in 11 the child had been seen alone.",
     "11", "other"),
    ("Our survey of 212 care leavers found 150 felt supported.", "150", "other"),
    ("A deep-dive into 18 serious incident notifications found that 12 involved neglect.", "18", "other"),
    ("The council had 412 children on child protection plans, and the audit found 30 of them lacked a "
     "core group.", "30", "other"),
    # not a sample: what a panel or service does in the year keeps its metric
    ("The panel reviewed 31 child deaths during the year.", "31", "child_deaths"),
    ("The council had 412 children on child protection plans, and the audit found 30 of them lacked a "
     "core group.", "412", "child_protection_plans"),
    ("The panel found 12 notifications had been made late.", "12", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SAMPLES)
def test_a_sample_drawn_for_study_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# 'X were held for N children': the children for whom a thing was done count that thing, the
# clause's subject; a thing no metric counts (conferences, meetings, assessments) is 'other'.
HELD_FOR = [
    ("Initial child protection conferences were held for 96 children in the year.", "96", "other"),
    ("Strategy discussions were held for 410 children.", "410", "other"),
    ("Child protection planning meetings took place for 57 children.", "57", "other"),
    ("Family group conferences were arranged for 33 families.", "33", "other"),
    ("Return home interviews were completed for 75 children.", "75", "other"),
    ("Early help assessments were completed for 640 families.", "640", "other"),
    ("Rapid reviews were completed for 12 children.", "12", "rapid_reviews"),
    ("Care orders were granted for 31 children.", "31", "court_orders"),
    ("Serious incident notifications were made for nine children.", "nine", "serious_incident_notifications"),
    ("Section 47 enquiries were started for 230 children.", "230", "section_47_enquiries"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", HELD_FOR)
def test_done_for_n_children_counts_what_was_done(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# Actions on a meeting's action log are the meeting's business, not a review's recommendations;
# an action's code ('action PB/25/07') names an item and counts nothing.
ACTION_LOG = [
    ("The committee reviewed the 14 open actions on the log.", "14", "other"),
    ("There are 22 actions on the action log, and 15 of them are complete.", "22", "other"),
    ("There are 22 actions on the action log, and 15 of them are complete.", "15", "other"),
    ("The board closed nine actions from its action log this quarter.", "nine", "other"),
    ("Six actions remain open on the action log.", "Six", "other"),
    ("Members noted 31 outstanding actions in the log.", "31", "other"),
    ("Ten new actions were added to the log at the meeting.", "Ten", "other"),
    ("The ICB offered an increase of 4% in its contribution (action PB/25/07).", "4%", "other"),
    # a review's actions stay recommendations
    ("The review made 12 recommendations and set out 31 actions.", "31", "recommendations"),
    ("The partnership agreed 9 actions in response to the review.", "9", "recommendations"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ACTION_LOG)
def test_actions_on_an_action_log_are_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A bracketed share after the counted noun restates the count: the clause after it still says
# what the children are ('Forty-one children (18%) were subject to a plan').
BRACKETED_SHARE = [
    ("Forty-one children (18%) were subject to a child protection plan at the time of the incident.",
     "Forty-one", "child_protection_plans"),
    ("Forty-one children (18%) were subject to a child protection plan at the time of the incident.",
     "18%", "child_protection_plans"),
    ("Some 212 children (41 per cent) were on child protection plans.", "212", "child_protection_plans"),
    ("Nineteen children (12%) were looked after when the review began.", "Nineteen", "looked_after_children"),
    ("Nineteen children (12%) were looked after when the review began.", "12%", "looked_after_children"),
    ("A total of 56 children (9%) were in care at the year end.", "56", "looked_after_children"),
    ("Eight notifications (35%) concerned babies under one.", "Eight", "serious_incident_notifications"),
    ("Thirty families (6%) were subject to a child protection plan.", "Thirty", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", BRACKETED_SHARE)
def test_a_bracketed_share_after_the_noun_does_not_cut_the_clause(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A subset counted as what it became counts that thing; when no metric counts it (a conference,
# a strategy discussion, an assessment) it is 'other', not the set's metric.
BECAME_OTHER = [
    ("The hub received 840 contacts. Around a quarter of them led to a strategy discussion.",
     "a quarter", "other"),
    ("Officers started 520 section 47 enquiries. About half of them led to an initial child "
     "protection conference.", "half", "other"),
    ("The team took 300 referrals. Sixty of them resulted in an early help assessment.", "Sixty", "other"),
    ("The trust made 75 referrals, and 20 of them led to a multi-agency meeting.", "20", "other"),
    ("Schools made 140 referrals. A fifth of them led to a family group conference.", "A fifth", "other"),
    ("The panel received 12 notifications. Two of them led to a rapid review.", "Two", "rapid_reviews"),
    ("We worked with 28 families. Six of these families went on to become subject to care orders.",
     "Six", "court_orders"),
    ("Twelve referrals were made by schools. Seven of them resulted in a section 47 enquiry.",
     "Seven", "section_47_enquiries"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", BECAME_OTHER)
def test_a_subset_that_became_a_thing_no_metric_counts_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'During the year 97 children ...': 'the year' closes a time phrase, and a number after it that
# no school year can be, counting a plural noun, is an amount; 'Year 9 pupils' is a school year.
AFTER_THE_YEAR = [
    ("During the year 97 children were placed on the register.", "97", "child_protection_plans"),
    ("At the end of the year 402 children had a care and support plan.", "402", "children_in_need"),
    ("Across the year 1,310 contacts were received by the front door.", "1,310", "social_care_referrals"),
    ("By the end of that year 88 children were looked after.", "88", "looked_after_children"),
    ("Over the year 240 families were supported by early help.", "240", "other"),
    ("In the last year 56 young people left care.", "56", "other"),
]
SCHOOL_YEARS = [
    "The Year 11 pupils sat their exams.",
    "In Year 9 pupils choose their options.",
    "Support for the Year 7 children starts in June.",
]


@pytest.mark.parametrize("text, number, metric", AFTER_THE_YEAR)
def test_a_count_after_the_year_is_an_amount(nlp, text, number, metric):
    assert figure(nlp, text, number, True).metric == metric


@pytest.mark.parametrize("text", SCHOOL_YEARS)
def test_a_school_year_is_no_figure(nlp, text):
    document = load("t.txt", text.encode("utf-8"))
    assert not find_figures(nlp(document.text), document, FY)


# A change in a count said with the count's generic noun ('a rise of 124 children') and an
# average per unit said after a total ('a median of 7 per review') keep the count's metric.
CHANGE_AND_AVERAGE = [
    ("There were 1,036 children in the council's care at 31 March, up from 912 a year earlier. That is "
     "a rise of 124 children in a single year.", "124", "looked_after_children"),
    ("The council had 480 children on child protection plans, compared with 530 last year, a fall of "
     "50 children.", "50", "child_protection_plans"),
    ("Referrals to children's social care reached 5,200. That was an increase of about 400 cases on the "
     "year before.", "400", "social_care_referrals"),
    ("The council looked after 312 children. The figure was up by 20 children on last year.", "20",
     "looked_after_children"),
    ("Reviews made 2,214 recommendations in total, a median of 7 per review.", "7", "recommendations"),
    ("The panel received 96 notifications over the period, an average of 8 a month.", "8",
     "serious_incident_notifications"),
    ("Councils held 1,400 rapid reviews, a mean of 9 per council.", "9", "rapid_reviews"),
    ("The 40 reviews made 410 recommendations, an average of 10 for each review.", "10", "recommendations"),
    # a duration is no average of the count
    ("The board published 12 reviews, with a median of 11 months from start to publication.", "11", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CHANGE_AND_AVERAGE)
def test_a_change_or_an_average_keeps_the_count_metric(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


def figures_valued(nlp, text: str, value: float, classifier: bool) -> list[tuple[str, int]]:
    """(metric, number of mentions) of every figure of the given value."""
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=classifier)
    return [(f.metric, len(f.mentions)) for f in figures if abs(f.value - value) < 0.005]


# The set a part is drawn from, when it names nothing of its own ('seven of the nine', 'One of the
# 14 cases') and a number said bare after its possessor ("Dr Oduya's 14") restate a figure said
# before: a mention of it, or nothing, never a second fact with the part's metric.
RESTATED_SETS = [
    ("The trust contributed to nine rapid reviews. Learning for health was identified in seven of the nine.",
     9, [("rapid_reviews", 2)]),
    ("The partnership notified 14 cases. One of the 14 cases was also taken forward by the national panel "
     "as part of a national review.", 14, [("other", 2)]),
    ("The board received 12 notifications. Nine of the 12 involved a child who was seriously harmed and "
     "three involved a child who died.", 12, [("serious_incident_notifications", 2)]),
    ("The panel received 30 notifications. Nine of the 30 concerned teenagers.", 30,
     [("serious_incident_notifications", 2)]),
    ("The panel held 20 rapid reviews. Six out of the 20 identified learning for schools.", 20,
     [("rapid_reviews", 2)]),
    # the participle after the set is the clause's verb ('identified learning'), not a modifier naming a new set
    ("The partnership held 16 rapid reviews. Five out of the 16 identified learning for the police.", 16,
     [("rapid_reviews", 2)]),
    ("The county held 11 rapid reviews. Four of the 11 recommended a local review.", 11,
     [("rapid_reviews", 2)]),
    ("The borough made 14 referrals for review. I would say that Dr Oduya's 14 is not out of line for a "
     "borough of that size.", 14, [("review_referrals", 2)]),
    ("Kent notified 41 incidents and Essex 37. Kent's 41 was the highest in the region.", 41,
     [("serious_incident_notifications", 2)]),
    ("Mr Smith's 14 was never checked.", 14, []),
    # a set or a possessor with the counted noun after it is a figure of its own
    ("Thirteen of the 14 rapid reviews were completed on time.", 14, [("rapid_reviews", 1)]),
    ("Kent's 41 serious incident notifications were the highest in the region.", 41,
     [("serious_incident_notifications", 1)]),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, value, expected", RESTATED_SETS)
def test_a_restated_set_is_no_second_fact(nlp, text, value, expected, classifier):
    assert figures_valued(nlp, text, value, classifier) == expected


# 'One of the 14 cases was taken forward ...' is a count of one (not the pronoun of 'one of the
# reasons'); 'two are in progress and one, Child V, was published' is the last part of a count,
# its noun elided, with its own stage verb.
COUNTS_OF_ONE = [
    ("The partnership notified 14 cases. One of the 14 cases was also taken forward by the national panel "
     "as part of a national review.", "One", "national_reviews"),
    ("One of the nine rapid reviews led to a local child safeguarding practice review.", "One",
     "lcsprs_commissioned"),
    ("The board commissioned three local child safeguarding practice reviews: two are in progress and one, "
     "Child V, was published in February.", "one", "lcsprs_published"),
    ("Two reviews were commissioned and one was published in the year.", "one", "lcsprs_published"),
]
NOT_COUNTS_OF_ONE = [
    "One of the reasons was the rise in notifications.",
    "Four staff left and one was promoted.",
    "Three cases were referred and one, a baby, was seriously harmed by then.",
    "One of the staff said the panel had met twice.",
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", COUNTS_OF_ONE)
def test_one_of_a_counted_set_is_a_count(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


@pytest.mark.parametrize("text", NOT_COUNTS_OF_ONE)
def test_one_as_a_pronoun_is_no_figure(nlp, text):
    assert figures_valued(nlp, text, 1, True) == []


# 'up 6% from 526': the percentage is the change, and the level it changed from is a count like
# the figure before it, not a share.
def unit_of(nlp, text: str, number: str) -> str:
    return figure(nlp, text, number, True).unit


UNIT_AFTER_A_CHANGE = [
    ("Councils notified the panel of 558 serious incidents in 2025/26, up 6% from 526 in 2024/25.", "526", "count"),
    ("The council received 4,210 referrals, down 3% from 4,340 the year before.", "4,340", "count"),
    ("There were 1,312 children in care, a rise of 4 per cent from 1,262 a year earlier.", "1,262", "count"),
    ("The board held 96 rapid reviews, up 20% from 80 in the previous year.", "80", "count"),
    ("Contacts fell 12% from 9,100 to 8,010.", "9,100", "count"),
    ("The number of children on plans rose by 8 per cent from 350 to 378.", "350", "count"),
    # a rate or a share changed from keeps its own unit
    ("The rate was 41.2 per 10,000, up 3% from 40.0 in 2023/24.", "40.0", "rate_per_10000"),
    ("Re-referrals were 21%, up from 19% the year before.", "19%", "percent"),
]


@pytest.mark.parametrize("text, number, unit", UNIT_AFTER_A_CHANGE)
def test_the_level_a_count_changed_from_is_a_count(nlp, text, number, unit):
    assert unit_of(nlp, text, number) == unit


# A property said before a part, in another clause ('after hearing that', 'because', ';'), is no
# property of the part: 'Councillors discussed child deaths, noting that three of the ten rapid
# reviews were late' counts rapid reviews. 'made public' is publication.
PART_AFTER_ANOTHER_CLAUSE = [
    ("Councillors discussed child deaths, noting that three of the ten rapid reviews were late.", "three",
     "rapid_reviews"),
    ("The panel discussed the deaths of infants because four of the eleven notifications came from maternity "
     "wards.", "four", "serious_incident_notifications"),
    ("The deaths of babies were discussed, and we heard that two of the six rapid reviews had been "
     "completed.", "two", "rapid_reviews"),
    ("Learning was identified from three of the five rapid reviews.", "three", "reviews_with_learning"),
    ("Two of the five child safeguarding practice reviews have been made public.", "Two", "lcsprs_published"),
    ("Eight child safeguarding practice reviews have been made public since 2019.", "Eight", "lcsprs_published"),
    ("Of the 12 local child safeguarding practice reviews commissioned, five have been made public.", "five",
     "lcsprs_published"),
    ("The review into the serious injuries of Child P was one of three local child safeguarding practice "
     "reviews made public this year.", "three", "lcsprs_published"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PART_AFTER_ANOTHER_CLAUSE)
def test_a_property_in_another_clause_is_not_the_parts(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# The rules read 'one of the N reviews ... made public' as published; the classifier of this
# commit, trained before 'made public' named the stage, still reads it as commissioned (the
# lead retrains it after merge), so these rows hold for the rules.
ONE_MADE_PUBLIC = [
    ("Members asked about reviews into the deaths and serious injuries of children, after hearing that only "
     "one of the four local child safeguarding practice reviews started since 2020 has been made public.",
     "one", "lcsprs_published"),
    ("Serious harm was raised; one of the two local child safeguarding practice reviews has been made public.",
     "one", "lcsprs_published"),
]


@pytest.mark.parametrize("text, number, metric", ONE_MADE_PUBLIC)
def test_one_of_the_reviews_made_public_is_published(nlp, text, number, metric):
    assert figure(nlp, text, number, False, occurrence=0).metric == metric


# 'Open early help assessments numbered 1,126': the subject of 'numbered' / 'totalled' is what
# the number counts (a thing no metric counts: other). 'Two in every three reviews were about a
# child who died': reviews with no stage, about a child who died or was seriously harmed, count
# those deaths or those harmed.
SUBJECT_OF_A_TOTAL_AND_REVIEWS_ABOUT = [
    ("Open early help assessments numbered 1,126.", "1,126", "other"),
    ("Strategy discussions numbered 1,020 over the year.", "1,020", "other"),
    ("Initial child protection conferences totalled 310.", "310", "other"),
    ("Family group conferences numbered 85 this year.", "85", "other"),
    ("Children in care numbered 412 at the year end.", "412", "looked_after_children"),
    ("Referrals to children's social care numbered 4,800.", "4,800", "social_care_referrals"),
    ("Serious incident notifications totalled 14.", "14", "serious_incident_notifications"),
    ("Two in every three reviews were about a child who died.", "Two in every three", "child_deaths"),
    ("Nine reviews concerned a child who was seriously harmed.", "Nine", "serious_harm_cases"),
    # a stage verb still names the stage
    ("Five reviews about children who died were published in the year.", "Five", "lcsprs_published"),
    ("The board commissioned two reviews after children were seriously harmed.", "two", "lcsprs_commissioned"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SUBJECT_OF_A_TOTAL_AND_REVIEWS_ABOUT)
def test_the_subject_of_a_total_and_reviews_about_a_child(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# 'on the day of referral', 'at the time of the notification': the event of a time phrase says
# when, not what is counted.
TIME_OF_AN_EVENT = [
    ("Paediatricians completed 143 child protection medicals, 38 of them on the day of referral.", "38", "other"),
    ("Officers held 300 strategy discussions, 250 of them on the day of referral.", "250", "other"),
    ("Health visitors made 210 home visits, 60 of them within a week of the notification.", "60", "other"),
    ("On the day of referral, 40 children were seen by a social worker.", "40", "other"),
    ("At the time of the notification, 12 children were on a child protection plan.", "12",
     "child_protection_plans"),
    ("The hub received 900 referrals, 120 of them on the day of birth.", "120", "social_care_referrals"),
    ("The trust made 75 referrals to children's social care, 30 of them at the point of discharge.", "30",
     "social_care_referrals"),
    ("Nine of the notifications were made on the day of the incident.", "Nine", "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", TIME_OF_AN_EVENT)
def test_the_event_of_a_time_phrase_is_not_counted(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'A further 164 were pre-birth referrals': a predicate naming a kind of the thing by a trait that
# is no part of any of its names is a subset with a trait (other); a name of a metric ('child
# protection referrals', 'serious incident notifications') or a word for the whole ('new') is not.
PREDICATE_WITH_A_TRAIT = [
    ("The team received 900 referrals. A further 164 were pre-birth referrals for unborn babies.", "164", "other"),
    ("The partnership received 30 notifications. Of these, 12 were late notifications.", "12", "other"),
    ("The hub took 2,000 contacts. Of these, 340 were police referrals.", "340", "other"),
    ("The board made 40 recommendations. Of these, 15 were multi-agency recommendations.", "15", "other"),
    ("Of these, 1,933 were child protection referrals.", "1,933", "social_care_referrals"),
    ("Of the contacts, 412 were repeat referrals.", "412", "social_care_referrals"),
    ("Of these, 21 were serious incident notifications.", "21", "serious_incident_notifications"),
    ("Of which 418 were joint protocol investigations.", "418", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", PREDICATE_WITH_A_TRAIT)
def test_a_predicate_with_a_trait_is_a_subset(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'Emotional abuse was the main category for 71 of them and neglect for 58': a category gapped
# after another of the same whole ('and neglect for 58') takes that figure's metric, though
# 'neglect' alone reads as a theme; themes of reviews stay other. Production path (classifier on),
# which reads the first category as a share of the plans.
GAPPED_CATEGORY = [
    ("At 31 March, 163 children had a child protection plan. Emotional abuse was the main category for 71 of "
     "them and neglect for 58.", "58", "child_protection_plans"),
    ("Some 220 children were on child protection plans: emotional abuse was the category for 90 of them and "
     "neglect for 85.", "85", "child_protection_plans"),
    ("Of the 410 children on plans, neglect was the main category for 200 of them, and emotional abuse for 150.",
     "150", "child_protection_plans"),
    ("Physical abuse was the category for 30 of the 180 children on plans and neglect for 95.", "95",
     "child_protection_plans"),
    ("Of the 300 children on plans, physical abuse was the category for 40 and neglect for 150.", "150",
     "child_protection_plans"),
    ("Neglect was the category for 61 children on plans, and emotional abuse for 48.", "48",
     "child_protection_plans"),
    ("Neglect featured in 12 reviews and domestic abuse in 9.", "9", "other"),
    ("Domestic abuse featured in 14 of the reviews and neglect in 11.", "11", "other"),
]


@pytest.mark.parametrize("text, number, metric", GAPPED_CATEGORY)
def test_a_gapped_category_takes_the_metric_of_the_one_before(nlp, text, number, metric):
    assert figure(nlp, text, number, True).metric == metric


# 'Fewer than half, 44%, led to a conference': an exact share set right beside a fraction (a
# comma, bracket or dash between), on the side of it the hedge says, restates the fraction; the
# fraction is a mention of the exact share's figure. A share on the wrong side of the hedge, or
# far from an unhedged or 'about' fraction, is a second figure.
APPOSED_SHARES = [
    ("Fewer than half, 44%, of the enquiries led to a conference.", "half", 44),
    ("Just over half, 53%, of the actions had been completed.", "half", 53),
    ("More than a third (41%) of the plans were for neglect.", "a third", 41),
    ("Nearly one in five – 14% – of referrals were re-referrals.", "one in five", 14),
    ("A third, 34%, of children on plans had a plan before.", "A third", 34),
    ("Almost two-thirds, 61%, of the children were under five.", "two-thirds", 61),
    ("Around a quarter (27%) of the notifications concerned babies.", "a quarter", 27),
    ("Over a fifth, 28%, of the contacts came from the police.", "a fifth", 28),
    # a second figure: the wrong side of the hedge, or too far from 'about'
    ("Fewer than half, 58%, of the audits were rated good.", "half", 50),
    ("About a quarter, 40%, of plans ended within a year.", "a quarter", 25),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, fraction, value", APPOSED_SHARES)
def test_an_apposed_exact_share_restates_the_fraction(nlp, text, fraction, value, classifier):
    assert figure(nlp, text, fraction, classifier, occurrence=0).value == value


# 'Of these, seven were local child safeguarding practice reviews': a count of reviews with no
# stage of its own takes the stage (published, in progress) of the set it is drawn from, whether
# the set is a figure with that stage or a count whose noun carries it ('Of the 240 published
# reviews'); its own verb, or a commissioning set, keeps it commissioned, and a legacy serious
# case review stays one.
STAGE_OF_THE_SET = [
    ("The partnership published 12 reviews in the year. Of these, 7 were local child safeguarding "
     "practice reviews.", "7", "lcsprs_published"),
    ("Of the 240 published reviews, 150 were LCSPRs and 90 were serious case reviews.", "150", "lcsprs_published"),
    ("Of the 240 published reviews, 150 were LCSPRs and 90 were serious case reviews.", "90", "serious_case_reviews"),
    ("Of the 14 reviews published, 9 were LCSPRs.", "9", "lcsprs_published"),
    ("Nine reviews were still in progress. Of these, four were LCSPRs.", "four", "lcsprs_ongoing"),
    ("Eleven reviews were published last year. Of them, six were local child safeguarding practice "
     "reviews.", "six", "lcsprs_published"),
    ("Of the 30 reviews published since 2019, 21 were LCSPRs.", "21", "lcsprs_published"),
    ("Five reviews remain ongoing. Of these, 3 are LCSPRs.", "3", "lcsprs_ongoing"),
    # kept: a commissioning set, or a stage of its own
    ("The partnership commissioned 6 reviews. Of these, 4 were local child safeguarding practice "
     "reviews.", "4", "lcsprs_commissioned"),
    ("The partnership published 12 reviews. Of these, 3 were commissioned in 2022.", "3", "lcsprs_commissioned"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", STAGE_OF_THE_SET)
def test_a_part_takes_the_stage_of_its_set(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# a child or family referred to children's social care again is a re-referral, whatever the
# words ('re-referred', 'referred again', 'referred back'): social_care_referrals, not the cases
# referred to a review group that a bare 'referred' names
REFERRED_AGAIN = [
    ("One in five families were referred again within a year.", "One in five", "social_care_referrals"),
    ("About 18% of children were re-referred within 12 months.", "18%", "social_care_referrals"),
    ("Just under a quarter of children, 23%, were re-referred within a year.", "23%", "social_care_referrals"),
    ("Around 15% of the children were referred again within a year of their case closing.", "15%",
     "social_care_referrals"),
    ("Some 21% of families were referred back within a year.", "21%",
     "social_care_referrals"),
    ("Fewer children were re-referred this year: 16%, down from 19%.", "16%", "social_care_referrals"),
    ("A fifth of children referred again had been referred twice before.", "A fifth", "social_care_referrals"),
    ("In 2024/25, 26% of children were re-referred within 12 months.", "26%", "social_care_referrals"),
    # kept: cases referred to the review group
    ("Twelve cases were referred to the panel by partners.", "Twelve", "review_referrals"),
    ("The group considered 14 cases referred by partner agencies.", "14", "review_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", REFERRED_AGAIN)
def test_referred_again_is_a_re_referral(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric
