"""Referrals, plans and enquiries said in other words, each a table of invented sentences through the
production path (rules only, as the lexicon tests):

- a line of prose that breaks after a figure or a comma goes on in the next line when that line goes
  on in lower case ('... and 612' / 'section 47 enquiries were started'); the number's own noun across
  the break names it, and a wrapped line inside a sentence no longer cuts the number's window short
  ('became the subject of' / 'a child protection plan'); a row of figures over its labels stays apart;
- a concern raised with (or shared with, lodged with) children's social care or its front door is a
  referral to it, as one reported or passed to it already is (one raised with the police, a school's
  lead, the service itself or adult social care is not);
- a case stepped up to children's social care is referred to it (a step down is not, nor a share of
  another service's cases);
- a plan named by another service's initials ('a TAF plan', 'EHC plans') is no child protection plan;
- a bare number in brackets with another year ('(16 in 2024)') is the same count in that year.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import line_wraps
from tests.test_metric_destinations import metric_of


WRAPS = [
    ("In the year 2,410 referrals were made to children's social care across the district, and 655",
     "section 47 enquiries were started.", True),
    ("The council told the committee that at the end of the quarter a total of 318",
     "children were the subject of a child protection plan.", True),
    ("Assessments continue to improve across every locality: 91% were completed within 45",
     "working days, against a target of 85%.", True),
    ("The family hub staff made referrals for housing, debt advice and mental health support,",
     "and most of them were accepted.", True),
    ("Agency staff make up 11% of the children's social work workforce this spring, down from 19%",
     "a year ago.", True),
    ("We made 9 recommendations to the partner agencies this year. 7 have been accepted; 2",
     "are still being considered.", True),
    # a row of figures over its labels, a table row, a short label, a capitalised next line
    ("412 137", "people supported children and young people", False),
    ("68% 96%", "seen within 3 hours would recommend us", False),
    ("Children with a care and support plan, 31 March 2026\t512", "of whom placed with kin", False),
    ("children on the child protection register at 31 March 2026", "inter-agency referral discussions", False),
    ("Referrals to children's social care in the year were made by schools in 2,410",
     "Section 47 enquiries 655", False),
    ("The local authority said its own figures for the year showed these totals: 18;",
     "and the partnership agreed them.", False),
]


@pytest.mark.parametrize("line, nxt, wraps", WRAPS)
def test_a_prose_line_wraps_after_a_figure_or_a_comma(line, nxt, wraps):
    assert line_wraps(line, nxt) is wraps


ACROSS_LINES = [
    ("In the year 2,410 referrals were made to children's social care across the district, and 655\n"
     "section 47 enquiries were started.", "655", "section_47_enquiries"),
    ("In the year 2,410 referrals were made to children's social care across the district, and 655\n"
     "section 47 enquiries were started.", "2,410", "social_care_referrals"),
    ("The council told the committee that at the end of the quarter a total of 318\n"
     "children were the subject of a child protection plan.", "318", "child_protection_plans"),
    ("Five of the children became the subject of\na child protection plan.", "Five", "child_protection_plans"),
    ("Over the winter, 27 of the babies were made subject to\na child protection plan before birth.", "27",
     "child_protection_plans"),
    ("By the end of the year 44 of the young people had come\ninto care.", "44", "looked_after_children"),
    ("The partnership told the panel of 3 serious incidents in the year and carried out 3 local child\n"
     "safeguarding practice reviews.", "3 local", "lcsprs_commissioned"),
    ("Across the borough the front door received 1,905 contacts this year, and 730\n"
     "referrals to children's social care followed.", "730", "social_care_referrals"),
    ("Across the borough the front door received 1,905 contacts this year, and 730\n"
     "referrals to children's social care followed.", "1,905", "social_care_referrals"),
    ("Over the same twelve months the service trained 1,250 practitioners, and 96\n"
     "children were looked after by the council at the year end.", "96", "looked_after_children"),
    # a row of figures over its labels stays a row: each number is read by its own label
    ("Our year in numbers\n412 137\npeople supported sessions held", "137", "other"),
    # a card's label on the line above a number is no part of the number's own words
    ("Our year at a glance\n87% 4\nstaff trained to level 3 serious incidents we were told of\n3 of them in "
     "the north of the county; all are now closed.", "3 of", "other"),
]


@pytest.mark.parametrize("text, number, metric", ACROSS_LINES)
def test_a_numbers_own_noun_across_a_line_break(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


RAISED_WITH = [
    ("Our volunteers raised 21 safeguarding concerns with the council's front door in 2025.", "21",
     "social_care_referrals"),
    ("Schools raised 40 concerns with the MASH last year.", "40", "social_care_referrals"),
    ("Family workers raised 12 concerns with the Multi-Agency Safeguarding Hub in the first quarter.", "12",
     "social_care_referrals"),
    ("Our staff raised 40 safeguarding concerns with children's social care during the year.", "40",
     "social_care_referrals"),
    ("Volunteers shared 19 concerns with children's social care during the year.", "19", "social_care_referrals"),
    ("The nursery lodged 7 concerns with children's services over the summer.", "7", "social_care_referrals"),
    ("Coordinators raised 15 child protection concerns with social work in the year.", "15",
     "social_care_referrals"),
    # raised with another body, kept in the service's own log, or about adults
    ("Health visitors raised 33 safeguarding concerns with adult social care in the year.", "33", "other"),
    ("Our family workers raised 18 concerns with the police.", "18", "other"),
    ("Coaches shared 9 concerns with the club welfare officer.", "9", "other"),
    ("Providers raised 87 safeguarding concerns with us during the summer.", "87", "other"),
    ("Teachers raised 30 concerns with the designated safeguarding lead.", "30", "other"),
    ("Youth workers raised 146 safeguarding concerns in the year.", "146", "other"),
    ("Adult social care received 5,120 safeguarding concerns in the year.", "5,120", "other"),
    ("Care homes reported 88 safeguarding concerns to adult social care.", "88", "other"),
]


@pytest.mark.parametrize("text, number, metric", RAISED_WITH)
def test_a_concern_raised_with_childrens_social_care_is_a_referral(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


STEPPED_UP = [
    ("84 families were stepped down to early help in the year, and 37 families were stepped up to "
     "children's services.", "37", "social_care_referrals"),
    ("We stepped up 45 children to children's social care when risks grew.", "45", "social_care_referrals"),
    ("There were 52 step-ups to children's social care in the year.", "52", "social_care_referrals"),
    ("Staff made 60 referrals to children's social care and 14 children were stepped up to social care from "
     "early help.", "14", "social_care_referrals"),
    ("During the quarter, 23 cases were stepped up to the MASH.", "23", "social_care_referrals"),
    ("Over the year 31 families were stepped up into children's social care from the family hubs.", "31",
     "social_care_referrals"),
    # a step down, a step up within early help, a share of another service's cases
    ("84 families were stepped down from children's services to early help in the year.", "84", "other"),
    ("The team stepped down 287 families from children's social care to family hub support.", "287", "other"),
    ("We accepted 212 step-downs from children's social care, up from 176.", "212", "other"),
    ("In the year 19 families were stepped up to targeted early help.", "19", "other"),
    ("Of the families whose early help closed in the year, 9% were stepped up to children's social care.", "9%",
     "other"),
]


@pytest.mark.parametrize("text, number, metric", STEPPED_UP)
def test_a_case_stepped_up_to_childrens_social_care_is_a_referral(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


PLAN_INITIALS = [
    ("At the year end 96 children were on the child protection register. 388 families, with 1,021 children "
     "between them, went on to have a TAF plan.", "1,021", "other"),
    ("At the year end 96 children were on the child protection register. 388 families, with 1,021 children "
     "between them, went on to have a TAF plan.", "96", "child_protection_plans"),
    ("The council maintained 2,300 EHC plans, and 412 children were on child protection plans.", "2,300",
     "other"),
    ("There were 412 children on child protection plans. Another 77 families had a TAF plan.", "77", "other"),
    ("Of the 140 families we worked with, 61 had a TAF plan and 12 had a CP plan.", "61", "other"),
    ("At the year end 96 children were subject to a child protection plan, and 140 children had a CIN plan.",
     "140", "children_in_need"),
    # a child protection plan's own initials, or a bare plan, in a text that names child protection plans
    ("There were 412 children on CP plans at the end of March, and 61 new plans were started.", "412",
     "child_protection_plans"),
    ("There were 412 children on CP plans at the end of March, and 61 new plans were started.", "61",
     "child_protection_plans"),
    ("Of the 50 families, 12 had a CP plan.", "12", "child_protection_plans"),
    ("Some 412 children were on child protection plans; 30 of them had been on a plan before.", "412",
     "child_protection_plans"),
    ("The register held 96 children, and 23 children had a CPP at the end of the quarter.", "96",
     "child_protection_plans"),
]


@pytest.mark.parametrize("text, number, metric", PLAN_INITIALS)
def test_a_plan_named_by_another_services_initials(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


BRACKET_YEAR = [
    ("Our volunteers raised 21 safeguarding concerns with the council's front door in 2025 (16 in 2024).", "16",
     "social_care_referrals"),
    ("The council notified 21 serious incidents in 2025 (16 in 2024).", "16", "serious_incident_notifications"),
    ("There were 21 referrals to children's social care in 2025 (16 in 2024).", "16", "social_care_referrals"),
    ("Schools raised 40 concerns with the MASH in 2025-26 (33 in 2024-25).", "33", "social_care_referrals"),
    ("The partnership started 4 rapid reviews in 2025 (6 in 2024).", "6", "rapid_reviews"),
    ("We stepped up 45 children to children's social care in 2025 (38 in 2024).", "38", "social_care_referrals"),
    ("In 2025, 118 children came into care (104 in 2024).", "104", "looked_after_children"),
    ("Staff shared 19 concerns with children's social care during 2025 (11 during 2024).", "11",
     "social_care_referrals"),
    # a bracket that is no other year's count: an age, a share, a count of its own
    ("We supported 164 families in 2025 (141 in 2024).", "141", "other"),
    ("Coaches raised 9 concerns with the club welfare officer in 2025 (7 in 2024).", "7", "other"),
]


@pytest.mark.parametrize("text, number, metric", BRACKET_YEAR)
def test_a_bracketed_count_in_another_year(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]


ANSWERED = [
    ("Of the 41 young people in care who answered, 15 said they would talk to their social worker.", "15",
     "other"),
    ("Of the 41 young people in care or care experienced\nwho answered, 15 said they would talk to their "
     "social worker.", "15", "other"),
    ("Of the 60 children in care we asked, 22 told us they felt safe at home.", "22", "other"),
    ("Of the 88 children on a child protection plan, 12 said that they knew why.", "12", "other"),
    ("Of the 35 care leavers who replied, 20 felt they had been listened to.", "20", "other"),
    ("Of the 120 children in care who took part, 64 thought they had a say in their plan.", "64", "other"),
    # a part picked out by what happened to it, or by a status, keeps the set's metric
    ("Of the 300 children in care, 41 were placed with kinship carers.", "41", "looked_after_children"),
    ("Of the 88 children on a child protection plan, 12 had been on a plan before.", "12",
     "child_protection_plans"),
    ("Of the 412 children on child protection plans, 30 were on a plan for a second time.", "30",
     "child_protection_plans"),
    ("Of the 300 children in care, 41 lived outside the county.", "41", "looked_after_children"),
]


@pytest.mark.parametrize("text, number, metric", ANSWERED)
def test_a_part_picked_out_by_what_it_answered(nlp, text, number, metric):
    assert metric_of(nlp, text, number) == [metric]
