"""What a number counts, from the whole it belongs to: a looked-after count named by the idiom of
the council as corporate parent and the rate and comparators after it; meetings about children in
care; shares of the people who answered a survey; shares of children with a trait no metric counts
(poverty, low income) and the values said after them; a count set after a named set ('N in total');
a total verb the parser hangs on the subject's noun phrase; names and comparators across a line
that only wraps prose. Each table is of invented sentences, run through the production path with
the rules alone and with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure


# 'The council is corporate parent to N children': the idiom names the children the council
# looks after; the rate and the comparators said after it are of the same children.
CORPORATE_PARENT = [
    ("At the end of March Stockport was corporate parent to 455 children.", "455", "looked_after_children"),
    ("As corporate parent for 281 children, the county takes its duties seriously.", "281",
     "looked_after_children"),
    ("Our councillors act as corporate parents to 1,020 children and young people.", "1,020",
     "looked_after_children"),
    ("The borough became corporate parent of 73 children during the winter.", "73", "looked_after_children"),
    ("Halton is now the corporate parent to 366 children, compared with 341 a year before.", "341",
     "looked_after_children"),
    ("Bury was corporate parent to 402 children in June. This is equal to 91 per 10,000 children, above "
     "comparable councils (77) and England (70).", "91", "looked_after_children"),
    ("Bury was corporate parent to 402 children in June. This is equal to 91 per 10,000 children, above "
     "comparable councils (77) and England (70).", "77", "looked_after_children"),
    ("Bury was corporate parent to 402 children in June. This is equal to 91 per 10,000 children, above "
     "comparable councils (77) and England (70).", "70", "looked_after_children"),
    ("There were 190 children on protection plans. Powys was also corporate parent to 244 children, a rate "
     "of 96 per 10,000.", "96", "looked_after_children"),
    ("There were 190 children on protection plans. Powys was also corporate parent to 244 children, a rate "
     "of 96 per 10,000.", "190", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CORPORATE_PARENT)
def test_a_corporate_parent_counts_looked_after_children(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A review of a child in care is a meeting held for a child, not a child in care: a longer
# name of something that fits no metric hides the metric's name inside it.
CARE_REVIEWS = [
    ("Reviewing officers chaired 1,530 looked after reviews during the year.", "1,530", "other"),
    ("In Derby 642 LAC reviews were held on time.", "642", "other"),
    ("The service held 918 looked-after reviews, most of them in the child's home.", "918", "other"),
    ("A total of 205 CLA reviews were rescheduled because of staff sickness.", "205", "other"),
    ("Chairs ran 377 child in care reviews in the county's northern towns.", "377", "other"),
    ("Officers attended 1,104 statutory reviews for children placed with relatives.", "1,104", "other"),
    ("Some 88 children in care reviews took place by video link.", "88", "other"),
    ("Independent chairs convened 460 looked after reviews and 120 conferences.", "460", "other"),
    # the children themselves are still counted
    ("Walsall looked after 530 children at the year end.", "530", "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", CARE_REVIEWS)
def test_reviews_of_children_in_care_are_meetings(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A share that is the subject of a verb reporting what people said ('said', 'told us',
# 'reported', 'agreed') counts the people who answered, whatever their words name; a whole of
# its own before the verb that a metric counts still names it.
RESPONDENTS = [
    ("Two in five (41%) said they had been handed a child protection case during their first month.", "41%", "other"),
    ("Almost half (47%) told us their caseload included more than six children on plans.", "47%", "other"),
    ("Our members were asked about workloads, and 62% reported holding a child protection plan they could "
     "not review on time.", "62%", "other"),
    ("Of the nurses surveyed, 35% agreed that looked after children were seen too rarely.", "35%", "other"),
    ("Seven in ten (71%) said their child in need visits had slipped since spring.", "71%", "other"),
    ("Among foster carers asked, 58% felt the referral to children's social care came too late.", "58%",
     "other"),
    ("A quarter of respondents (25%) said a section 47 enquiry had been passed to them without notes.", "25%",
     "other"),
    ("Just over a third (36%) reported that a care order had been sought for a child they knew.", "36%", "other"),
    # not a share of the people who answered
    ("Some 23% of child protection plans lasted more than a year.", "23%", "child_protection_plans"),
    ("Of the 1,400 referrals to children's social care, 44% were reported by schools.", "44%",
     "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", RESPONDENTS)
def test_a_share_of_people_who_said_something_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A share of children with a trait no metric counts (living in poverty, in low income families,
# eligible for free school meals) counts that trait; the values said after it for another place,
# or by 'the figure', are of the same trait.
TRAIT_SHARES = [
    ("There were 3,100 children in care in the region. Around 29% of children in Rochdale live in relative "
     "poverty.", "29%", "other"),
    ("Around 4,000 children were on plans. In Walsall 38.2% of children lived in low income families, "
     "compared with 21.9% across England.", "38.2%", "other"),
    ("Around 4,000 children were on plans. In Walsall 38.2% of children lived in low income families, "
     "compared with 21.9% across England.", "21.9%", "other"),
    ("Children in care numbered 640. Roughly one in four children grows up in poverty here.", "one in four",
     "other"),
    ("We looked after 412 children. Some 27% of pupils were eligible for free school meals, compared with 24% "
     "nationally.", "24%", "other"),
    ("The borough had 355 children on plans. Nearly 31% of its children live in absolute low income "
     "households. In two wards the figure is over 50%.", "50%", "other"),
    ("Referrals reached 5,200. About 19% of children in Mid Devon are in child poverty.", "19%", "other"),
    ("Looked after children numbered 610. One in five children in the town lives in a low-income family.",
     "One in five", "other"),
    # a share of a metric's children is still that metric
    ("Of the children in care, 41% were placed with foster carers in the county.", "41%", "looked_after_children"),
    ("Swindon started 900 section 47 enquiries. Around a third of the enquiries (35%) ended in an initial "
     "conference.", "35%", "section_47_enquiries"),
    ("Wiltshire had 480 children in care in March, and 20% of them lived over 20 miles from home.", "20%",
     "looked_after_children"),
    ("Essex looks after 900 children. Roughly two thirds live with foster families in the county.", "two thirds",
     "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", TRAIT_SHARES)
def test_a_share_of_children_in_poverty_is_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# '[a named set], N in total': a count set after a noun phrase by a comma and 'in total', 'in
# all' or 'altogether' is the size of that set, whatever the clause goes on to say.
IN_TOTAL = [
    ("Named nurses wrote reports for every rapid review, 17 in total, and all arrived within 10 days.", "17",
     "rapid_reviews"),
    ("The board published all of its safeguarding practice reviews, 4 in all, within "
     "six months.", "4", "lcsprs_published"),
    ("GPs were asked to attend the section 47 enquiries, 212 in total, within 5 working days.", "212",
     "section_47_enquiries"),
    ("Police shared records for all serious incident notifications, 11 altogether, within 24 hours.", "11",
     "serious_incident_notifications"),
    ("The panel tracked every recommendation, 36 in total, through its action log.", "36", "recommendations"),
    ("Health staff contributed to every rapid review, 9 in all, and chaired two of them.", "9", "rapid_reviews"),
    ("School leads joined the child protection conferences, 140 in total, within 15 days.", "140", "other"),
    ("Independent chairs reviewed every child protection plan, 287 in total, at least twice.", "287",
     "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", IN_TOTAL)
def test_a_total_after_a_named_set_counts_the_set(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# '[things] from [other things] numbered N': the parser hangs the total verb on the noun of the
# subject's prepositional phrase; the head of the subject is what is counted, and counts split
# into their status after it ('M are complete and K remain open') are of the same things.
TOTAL_OF_A_PHRASE = [
    ("Actions from published reviews numbered 23; 18 are complete and 5 remain open.", "23", "recommendations"),
    ("Actions from published reviews numbered 23; 18 are complete and 5 remain open.", "18", "recommendations"),
    ("Actions from published reviews numbered 23; 18 are complete and 5 remain open.", "5", "recommendations"),
    ("Recommendations arising from the two practice reviews totalled 14, of which 9 are finished.", "14",
     "recommendations"),
    ("Learning points from national reviews numbered 31; 20 are signed off and 11 are outstanding.", "20",
     "recommendations"),
    ("Complaints from parents of children in care totalled 48 this year.", "48", "other"),
    ("Referrals for review from the three councils numbered 12 in the year.", "12", "review_referrals"),
    ("Rapid reviews about babies numbered 7 in the year.", "7", "rapid_reviews"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", TOTAL_OF_A_PHRASE)
def test_a_total_verb_counts_the_head_of_its_subject(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# A plain-text email or transcript wraps its prose at a fixed width: a name broken over two lines
# is still the name, and a comparator after a wrapped line still parallels the figure before it.
WRAPPED = [
    ("The Rutland partnership ran 6 rapid reviews and has published 3 local\nchild safeguarding practice "
     "reviews so far, with 2 more in progress.", "3", "lcsprs_published"),
    ("The county reported that 198 children are subject to a child\nprotection plan this month.", "198",
     "child_protection_plans"),
    ("Officers say 402 children are on a child protection plan, about 48 per 10,000 children, just under "
     "the England\naverage of 52.", "52", "child_protection_plans"),
    ("Officers say 402 children are on a child protection plan, about 48 per 10,000 children, just under "
     "the England\naverage of 52.", "48", "child_protection_plans"),
    ("Over the summer the council carried out 77 section\n47 enquiries into concerns raised by schools.",
     "77", "section_47_enquiries"),
    ("My office was told by the director that there are 310 children looked\nafter by the authority.", "310",
     "looked_after_children"),
    ("The minister confirmed that the board received 5 serious incident\nnotifications last quarter.", "5",
     "serious_incident_notifications"),
    ("According to the council's latest figures, 2,040 referrals to children's\nsocial care were made in "
     "the spring.", "2,040", "social_care_referrals"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", WRAPPED)
def test_a_name_or_comparator_across_a_wrapped_line(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric


# '[features] were identified in N': the cases in which a feature was found count the feature, not
# the set the cases come from ('The panel reviewed 80 deaths, and avoidable factors were found in 21').
FEATURE_FOUND_IN = [
    ("The panel reviewed 80 deaths, and avoidable factors were found in 21.", "21", "other"),
    ("Of 64 child deaths reviewed in Cheshire, modifiable factors were identified in 17.", "17", "other"),
    ("Across 40 rapid reviews, risks had been identified in 26 before the incident.", "26", "other"),
    ("We notified 33 serious incidents; domestic abuse issues were present in 19.", "19", "other"),
    ("The board looked at 52 deaths and contributory factors were recorded in 11 of them.", "11", "other"),
    ("In Leeds 210 children were on plans, and housing concerns were evident in 64.", "64", "other"),
    ("The CDOP closed 95 cases. Modifiable features were seen in 30.", "30", "other"),
    ("Of the 71 notifications, mental health vulnerabilities were identified in 40.", "40", "other"),
    # the set itself keeps its metric
    ("The panel reviewed 80 deaths, and avoidable factors were found in 21.", "80", "child_deaths"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", FEATURE_FOUND_IN)
def test_the_cases_a_feature_was_found_in_count_the_feature(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier).metric == metric
