"""Case reviews and recommendations as counted things, by construction: a count whose noun is elided
after 'more' or 'further' ('and commissioned two more') counts the noun of the count before it, whatever
case is described between; recommendations a study makes or finds are counted as recommendations, not
as a sample it drew; a share opening its sentence in a passive after a modal ('Only around a third (34%)
could be shown to have been implemented') is a share of the set counted before; and a number ending a
wrapped line of prose is read with the noun on the next line. Each table is of invented sentences, run
through the production path with the rules alone and with the metric classifier on."""

from __future__ import annotations

import pytest

from extractor.pipeline import line_wraps

from tests.test_counted_found import figure


# 'and commissioned two more', 'another four in the autumn', 'a further two, both about babies': the
# elided noun is the one the count before it counted; a baby or a teenager described between, or
# after, is the case a review is about, not what is counted. A count that names its own noun keeps it.
ELIDED_MORE = [
    ('In 2024-25 the partnership published one learning review, about a baby known as "Rosie", and '
     "commissioned two more.", "two", "lcsprs_commissioned"),
    ("The board published two local child safeguarding practice reviews, about babies known to the health "
     "visiting service, and commissioned three more.", "three", "lcsprs_commissioned"),
    ("The committee published one learning review, about a teenager known as Child K, and started two more.",
     "two", "lcsprs_commissioned"),
    ("The council published three child practice reviews last year and commissioned a further two, both "
     "about babies.", "two", "lcsprs_commissioned"),
    ("Two local child safeguarding practice reviews were published in the year, one about a baby known as "
     "Child P, and another three were commissioned.", "three", "lcsprs_commissioned"),
    ("The partnership commissioned one learning review, into the death of a baby boy, and published two more.",
     "two", "lcsprs_published"),
    ("The partnership held six rapid reviews in the spring and another four in the autumn.", "four",
     "rapid_reviews"),
    ("The partnership completed one rapid review in April and two more in May.", "two", "rapid_reviews"),
    ("Nine children were placed on the register in June and four more in July.", "four",
     "child_protection_plans"),
    ("The partnership received eight notifications in the autumn and two more in January.", "two",
     "serious_incident_notifications"),
    # the count names its own noun: it keeps it
    ("The partnership published one learning review and commissioned two more rapid reviews.", "two",
     "rapid_reviews"),
    ("The partnership published one review in May, and four more children were placed on the register in June.",
     "four", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", ELIDED_MORE)
def test_an_elided_count_counts_the_noun_of_the_count_before(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# Recommendations or findings that an evaluation, an audit or an analysis makes or finds are counted as
# recommendations (corpus/README.md, 'Conventions settled', 5: whoever made them); what a study drew
# for study (the reviews analysed, the families interviewed, a sample of recommendations) is a sample.
MADE_BY_A_STUDY = [
    ("The evaluation made 9 recommendations, all accepted by the partnership board.", "9", "recommendations"),
    ("An independent evaluation of the pilot made six recommendations to the council.", "six",
     "recommendations"),
    ("An analysis of 120 published reviews found 1,140 recommendations, most of them for health.", "1,140",
     "recommendations"),
    ("The audit made 4 recommendations, three of which are complete.", "4", "recommendations"),
    ("The scrutiny panel's study of the service made 11 recommendations.", "11", "recommendations"),
    ("The evaluation by the university set out 8 recommendations for the youth service.", "8",
     "recommendations"),
    ("The audit identified 14 findings and the council has accepted all of them.", "14", "recommendations"),
    ("A survey of 300 parents led to 5 recommendations for the family hubs.", "5", "recommendations"),
    # the sample itself
    ("An analysis of 120 published reviews found 1,140 recommendations, most of them for health.", "120",
     "other"),
    ("A survey of 300 parents led to 5 recommendations for the family hubs.", "300", "other"),
    ("The analysis looked at 120 rapid reviews from across the region.", "120", "other"),
    ("A sample of 25 recommendations from earlier reviews was checked for evidence of impact.", "25", "other"),
    ("The evaluation interviewed 42 families who had used the service.", "42", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", MADE_BY_A_STUDY)
def test_recommendations_a_study_makes_are_recommendations(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# 'Only around a third (34%) could be shown to have been implemented': a share opening its sentence
# ('only' before its hedge) whose verb is a passive after a modal is the share of the set counted in the
# sentence before; a modal of opinion ('would recommend') is still a share of the people asked.
SHARE_OF_THE_SET_BEFORE = [
    ("The review made 12 recommendations. Only around a third (34%) could be shown to have been put in place.",
     "34%", "recommendations"),
    ("An analysis of 90 reviews found 640 recommendations. Only about a quarter (24%) could be shown to have "
     "made a difference.", "24%", "recommendations"),
    ("The partnership's reviews made 48 recommendations. Only around half (52%) could be evidenced as complete.",
     "52%", "recommendations"),
    ("The board agreed 30 actions after the review. Only around a fifth (21%) could be shown to have been "
     "finished by March.", "21%", "recommendations"),
    ("The review made 12 recommendations. Around half (50%) would be completed by the summer.", "50%",
     "recommendations"),
    # a time limit met is the measure's (ruling 1); people asked are respondents
    ("The partnership held 14 rapid reviews. Only around half (50%) could be completed within 15 working days.",
     "50%", "other"),
    ("We asked 200 parents about the family hub. Only around a third (33%) would recommend it to a friend.",
     "33%", "other"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", SHARE_OF_THE_SET_BEFORE)
def test_a_share_in_a_passive_is_a_share_of_the_set_before(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A plain-text news piece or report wrapped at a fixed width: a line of prose that ends on a number, a
# share, a comma or a bracket goes on in the next line when it opens in lower case; the number counts
# the noun there.
WRAPPED_NUMBER = [
    ("The partnership notified the national panel of 6 serious incidents and carried out 6\nrapid reviews, "
     "all within the 15 working days allowed.", "6", 1, "rapid_reviews"),
    ("Children's social care received 2,140 referrals in the year, and 580\nsection 47 enquiries were started.",
     "580", 0, "section_47_enquiries"),
    ("The council told the committee that the partnership had published 3\nlocal child safeguarding practice "
     "reviews in the year.", "3", 0, "lcsprs_published"),
    ("Figures presented to councillors show that at the end of June, 212\nchildren were looked after by the "
     "council.", "212", 0, "looked_after_children"),
    ("At the end of March 198 children were the subject of a plan, a rate of 38.1 per 10,000\nchildren, close "
     "to the England rate.", "38.1", 0, "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, occurrence, metric", WRAPPED_NUMBER)
def test_a_number_ending_a_wrapped_line_counts_the_noun_on_the_next(nlp, text, number, occurrence, metric,
                                                                     classifier):
    assert figure(nlp, text, number, classifier, occurrence).metric == metric


# (line, next line, wrapped inside a sentence?)
LINE_ENDS = [
    ("The partnership notified the panel of 4 serious incidents and carried out 4", "rapid reviews, all on time.",
     True),
    ("In the year 1,984 referrals were made to children's social care, and 612", "section 47 enquiries began.",
     True),
    ("The service was rated good by parents, and its waiting list fell to 12%,", "from 19% a year before.", True),
    ("Staff raised concerns with the front door in 2025 (16 in 2024),", "every one within the same day.", True),
    ("Councillors heard that caseloads averaged 17 per worker, down from 19", "a year earlier.", True),
    # table rows, cards, list items and full stops end their line
    ("Looked after\t7\t9", "of whom placed with parents\t3\t4", False),
    ("412 7 1,630", "children looked after plans referrals", False),
    ("The partnership's priorities for the year are 1,", "a) neglect, and its effect on babies", False),
    ("The partnership met its target for the year, at 94%.", "rates were lower in the north.", False),
    ("Showing 5 of 10 rows (most recent first)", "year | registrations | deregistrations", False),
    ("Rapid reviews held 14", "Notifications received 12", False),
]


@pytest.mark.parametrize("line, nxt, wraps", LINE_ENDS)
def test_a_line_ending_on_a_number_wraps_before_lower_case(line, nxt, wraps):
    assert line_wraps(line, nxt) is wraps
