"""What a number counts when English names a subset by a feature, a body or a stage: children
picked out by a status no metric counts (care leavers, former UASC as care leavers) and the court
and Home Office processes around them (judicial reviews, National Referral Mechanism referrals)
are `other`, while unaccompanied asylum-seeking children in care, placements of all children in
care and shares of them keep `looked_after_children` (the convention of `../shared/corpus-dev2`,
the issue authors' own gold); cases on a plan with a feature said after them ('with neglect as a
recorded factor') are the cases a feature was found in; a serious incident reported to a body that
is not the national Panel or Ofsted is another notice, and a concern sent to children's social
care is a referral to it; a set reference that inherits its whole's stage, a relative partitive
('one of which was published') and a comparator said with its own time ('from 478 two years
earlier'); a negation that denies the care ('no longer formally looked after'). Each table is of invented sentences through the production path, with the rules alone
and (where the classifier may not overrule the reading) with the metric classifier on."""

from __future__ import annotations

import pytest

from tests.test_counted_found import figure


# Young people picked out by a status no metric counts (care leavers, former UASC) and the
# processes around children (a National Referral Mechanism referral, a judicial review) are other;
# unaccompanied asylum-seeking children in care, placements of all children in care and a share of
# them keep looked_after_children. (text, number, metric)
STATUS_SUBSETS = [
    ("At 31 March the county looked after 58 UASC, 9 above its threshold.", "58", "looked_after_children"),
    ("The borough also supports 140 former UASC as care leavers aged 18 to 25.", "140", "other"),
    ("Kent looked after 612 unaccompanied asylum-seeking children over the summer.", "612", "looked_after_children"),
    ("The council was caring for 21 unaccompanied minors at the end of June.", "21", "looked_after_children"),
    ("Children in care include 15 unaccompanied asylum-seeking children and 20 children placed more "
     "than 20 miles from home.", "15", "looked_after_children"),
    ("Two judicial reviews of age assessment decisions are ongoing.", "Two", "other"),
    ("Three judicial reviews of the council's decisions were heard in the spring.", "Three", "other"),
    ("There were 31 National Referral Mechanism referrals for children in the county.", "31", "other"),
    ("Police made 12 NRM referrals for young people exploited through county lines.", "12", "other"),
    ("There were 31 National Referral Mechanism referrals for children in Luton, and 20 children received a "
     "positive reasonable grounds decision.", "20", "other"),
    ("The council looked after 300 children; 40 of them were unaccompanied asylum-seeking children.", "40",
     "looked_after_children"),
    ("Officers said the borough looked after 488 children, and that 54 of them were unaccompanied minors.", "54",
     "looked_after_children"),
    ("The county cared for 620 children, 31 of whom were UASC.", "31", "looked_after_children"),
    ("The service worked with 300 young people; 40 of them were care leavers.", "40", "other"),
    ("The project mentored 120 young people, and 35 of them were care leavers.", "35", "other"),
    ("The team still supports 64 former unaccompanied asylum-seeking children aged over 18.", "64", "other"),
    ("Housing was found for 22 former looked-after children last year.", "22", "other"),
    ("Children looked after: 31 at 31 March 2017, of whom 27 were unaccompanied.", "27", "looked_after_children"),
    ("The county looked after 455 children, of whom 40 were unaccompanied.", "40", "looked_after_children"),
    ("Of the 300 children in care, 22 arrived unaccompanied.", "22", "looked_after_children"),
    # kept: the children in care themselves (unaccompanied asylum-seeking children in care are looked after:
    # ../shared/corpus-dev2 reads '58 were unaccompanied asylum-seeking children' so), a share of them, their placements, referrals to social care
    ("UASC make up 14% of the 390 children in care.", "14%", "looked_after_children"),
    ("Of the 390 children in care, 60 are placed more than 20 miles from home.", "60", "looked_after_children"),
    ("The council looked after 390 children at 31 March.", "390", "looked_after_children"),
    ("Officers made 150 referrals to children's social care in the quarter.", "150", "social_care_referrals"),
]


@pytest.mark.parametrize("text, number, metric", STATUS_SUBSETS)
def test_a_subset_picked_out_by_status_is_other(nlp, text, number, metric):
    assert figure(nlp, text, number, False, occurrence=0).metric == metric


# a part of a set named by a predicate as a thing no metric counts: the classifier may not overrule it
@pytest.mark.parametrize("text, number, metric", [r for r in STATUS_SUBSETS if " of them were " in r[0]])
def test_a_part_named_by_status_stays_other_with_the_classifier(nlp, text, number, metric):
    assert figure(nlp, text, number, True, occurrence=0).metric == metric


# Cases on a plan (or any counted cases) with a feature said after them, 'with X as a recorded
# factor', are the cases a feature was found in (other); a plan's category or a plain count keeps
# the metric. (text, number, metric)
FEATURE_AFTER = [
    ("Police made 150 referrals to children's social care, and 17 children were the subject of a child "
     "protection plan with neglect as a recorded factor.", "17", "other"),
    ("There were 17 children on child protection plans with domestic abuse identified as a risk factor.",
     "17", "other"),
    ("At the quarter end 96 children were on plans with exploitation flagged as a factor.", "96", "other"),
    ("Some 42 children had a plan with parental mental health recorded as a feature.", "42", "other"),
    ("In all, 28 section 47 enquiries were completed with county lines noted as a factor.", "28", "other"),
    ("There were 61 rapid reviews with neglect as a theme.", "61", "other"),
    # kept: the plan's category, a plain count, and a share
    ("There were 412 children on child protection plans at 31 March.", "412", "child_protection_plans"),
    ("There were 120 children on child protection plans, with neglect the most common category.", "120",
     "child_protection_plans"),
    ("Officers made 150 referrals to children's social care with an exploitation concern.", "150",
     "social_care_referrals"),
    ("The partnership received 12 serious incident notifications during the year.", "12",
     "serious_incident_notifications"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", FEATURE_AFTER)
def test_cases_with_a_feature_said_after_them_are_other(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric


# A serious incident reported to a body that is not the national Panel or Ofsted (a charity's
# regulator, a sport's governing body, the police) is another notice, and its explicit zero is
# still a figure; a concern reported or passed to children's social care or the MASH is a referral
# to it, one kept in a log or sent to the police is not. (text, number, metric)
RECEIVERS = [
    ("No serious incidents were reported to the Charity Commission.", "No", "other"),
    ("Two serious incidents were reported to the Charity Commission in the year.", "Two", "other"),
    ("The club reported 3 serious incidents to the Football Association.", "3", "other"),
    ("The academy trust reported 5 serious incidents to the police.", "5", "other"),
    ("The council notified 9 serious incidents to the national Panel.", "9", "serious_incident_notifications"),
    ("Twelve serious incidents were reported to Ofsted during 2024/25.", "Twelve", "serious_incident_notifications"),
    ("The charity reported 19 safeguarding concerns to Leeds children's social care during the year.", "19",
     "social_care_referrals"),
    ("Schools passed 240 safeguarding concerns to the MASH in the autumn.", "240", "social_care_referrals"),
    ("Health visitors reported 80 concerns to children's services.", "80", "social_care_referrals"),
    ("Staff recorded 634 safeguarding concerns on the school's own system.", "634", "other"),
    ("The club referred 27 concerns to the police.", "27", "other"),
]


@pytest.mark.parametrize("text, number, metric", RECEIVERS)
def test_the_receiver_decides_what_is_counted(nlp, text, number, metric):
    assert figure(nlp, text, number, False, occurrence=0).metric == metric


CHARITY_FOOT = "\nRegistered charity no. 1234567. Company limited by guarantee no. 7654321.\n"

# In a charity's own report, a council (or its team) named as a possessive names whose a source
# is, not the receiver: the charity's own referrals in are other; its concerns sent to children's
# social care are referrals to it. (sentence, number, metric)
CHARITY_SOURCES = [
    ("Referrals rose by 12% to 510, with Wigan Council's early help teams the largest single source.", "510",
     "other"),
    ("Referrals rose by 12% to 510, with Wigan Council's early help teams the largest single source.", "12%",
     "other"),
    ("We took 388 referrals, a third of them from the county council's family hubs.", "388", "other"),
    ("The project accepted 206 referrals; the local authority's schools team sent the most.", "206", "other"),
    ("Our 3 workers received 145 referrals, with the council's youth service the main referrer.", "145", "other"),
    ("We received 512 referrals this year, 9% more than last.", "512", "other"),
    ("Some 58 young people referred themselves to the project.", "58", "other"),
    ("Referrals to our service rose to 1,140 over the year.", "1,140", "other"),
    # kept: the charity's own referrals and concerns to children's social care
    ("Our workers made 17 safeguarding referrals to the county's children's social care team.", "17",
     "social_care_referrals"),
    ("The charity reported 27 safeguarding concerns to Bolton children's social care.", "27",
     "social_care_referrals"),
]


@pytest.mark.parametrize("sentence, number, metric", CHARITY_SOURCES)
def test_a_possessive_council_is_a_source_not_a_receiver(nlp, sentence, number, metric):
    text = f"Bridges Family Support\nOur year in review\n{sentence}\nThank you to everyone.{CHARITY_FOOT}"
    assert figure(nlp, text, number, False, occurrence=0).metric == metric


# A set reference and a relative partitive take their own stage and their own property: cases
# that 'went on to become' practice reviews were commissioned as reviews, 'one of which was
# published' is a published one; an injury 'found to be non-accidental' in some of the enquiries
# counts serious harm; a comparator with its own time ('from 478 two years earlier') takes the
# metric of the figure it parallels. (text, number, metric)
PARTS_AND_COMPARATORS = [
    ("Three went on to become local child safeguarding practice reviews, one of which was published in May.",
     "Three", "lcsprs_commissioned"),
    ("Three went on to become local child safeguarding practice reviews, one of which was published in May.",
     "one", "lcsprs_published"),
    ("The panel held 9 rapid reviews. Two went on to become local child safeguarding practice reviews, one "
     "of which was published in June.", "Two", "lcsprs_commissioned"),
    ("Five cases went on to become local child safeguarding practice reviews, two of which were published.",
     "Five", "lcsprs_commissioned"),
    ("Seven of those babies became the subject of a section 47 enquiry, and in two cases the injury was "
     "found to be non-accidental.", "two", "serious_harm_cases"),
    ("Of 40 section 47 enquiries, in five cases the bruising was non-accidental.", "five", "serious_harm_cases"),
    ("Section 47 enquiries rose to 611 in 2024/25, from 478 two years earlier.", "478", "section_47_enquiries"),
    ("Section 47 enquiries rose to 611, from 478 three years before.", "478", "section_47_enquiries"),
    ("The register grew to 240 children, up from 198 two years ago.", "198", "child_protection_plans"),
    ("Children in care rose to 402, from 361 a year earlier.", "361", "looked_after_children"),
    ("Two LCSPRs reached publication in the year, and a third was finished but is held back until the trial "
     "ends.", "Two", "lcsprs_published"),
    ("Three practice reviews went to publication in the spring.", "Three", "lcsprs_published"),
    # kept: a published review said with its own verb, a notification about such an injury
    ("Two local child safeguarding practice reviews were published in the year.", "Two", "lcsprs_published"),
    ("Five of the notifications related to non-accidental injuries to babies.", "Five",
     "serious_incident_notifications"),
]


@pytest.mark.parametrize("text, number, metric", PARTS_AND_COMPARATORS)
def test_a_part_or_comparator_takes_its_own_reading(nlp, text, number, metric):
    assert figure(nlp, text, number, False, occurrence=0).metric == metric


# A negation right before a looked-after name ('who are not looked after', 'no longer formally looked
# after', 'had never been looked after') denies the care: the children are no looked-after count;
# the name said plainly, or with a manner adverb alone, keeps it. (text, number, metric)
NEGATED_CARE = [
    ("The council looked after 300 children in March, and 80 children who are not looked after received "
     "support.", "80", "other"),
    ("A further 45 children who are no longer looked after live with relatives.", "45", "other"),
    ("Some 64 children, who are no longer formally looked after, get a kinship allowance.", "64", "other"),
    ("Among the cohort were 23 children who had never been looked after.", "23", "other"),
    ("Around 70 young people who were not in care got help from the team.", "70", "other"),
    ("Some 38 teenagers who are no longer in care still see their personal adviser.", "38", "other"),
    # kept
    ("The council looked after 300 children in March, and 80 children who are not looked after received "
     "support.", "300", "looked_after_children"),
    ("Some 412 children are looked after by the county.", "412", "looked_after_children"),
    ("The number of children looked after did not fall: it stood at 520.", "520", "looked_after_children"),
    ("Some 231 children were formally looked after by the council at the year end.", "231",
     "looked_after_children"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, metric", NEGATED_CARE)
def test_a_negated_looked_after_name_is_no_count_of_it(nlp, text, number, metric, classifier):
    assert figure(nlp, text, number, classifier, occurrence=0).metric == metric
