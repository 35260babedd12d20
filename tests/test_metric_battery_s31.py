"""Figure metrics on a battery of invented sentences in plain council, partnership and news settings
(issue 10: strict figure F1 >= 0.85 on documents nobody tuned for).

Method: the 66 rows (one to three figures each, 117 expected figures) and the metric and unit of each
figure BY THE CONVENTIONS (spec/metrics.json; corpus/README.md: shares keep the whole's metric,
subsets picked out by a feature are `other`, comparators keep the metric, registers and
registrations are `child_protection_plans`, a timescale inside a share is a figure, a percentage
change takes the metric of what changed, Welsh child practice reviews and Scottish learning reviews
are LCSPRs, IRDs are section 47 enquiries) were written before the tool was run on them. The English
is varied on purpose: the metric before or after the number, passives, relative clauses,
coordination, ellipsis, 'of whom' / 'of which', appositions, brackets, comparators, shares and rates,
abbreviations (CP plans, s47s, CLA, CiN, LCSPRs, RRs, SINs), minutes and newspaper phrasing. Each row
is read through the record's own path: a txt document through `extract_document` (rules, metric
classifier and metric verifier, as `extract` runs them). A row passes when every expected figure is
found at its number with its value, unit and metric, and no other figure is found.

FIRST ACCURACY (main at 7b148aa, before any change): 56/66 rows; 116 figures as first written,
strict P 0.916 R 0.940 F1 0.928 (loose 115/116). One expectation was then corrected by the
conventions, not by the tool: a40's 'no national review was required' is a required zero of
`national_reviews` (corpus/README.md's pair1: 'No Stockport case ... national review' is required),
which the tool had read and the first run counted as spurious. After the changes: 64/66 rows; the
two rows still failing are strict xfail with their reasons. Every text is invented."""

from __future__ import annotations

import re

import pytest

from extractor.extract import extract_document
from extractor.ingest import load

BATTERY = [
    ('a01',
     'Members noted that 14 serious incident notifications had been made to the national panel during the year, up from nine in 2023/24.',
     [('14', 14, 'count', 'serious_incident_notifications'),
     ('nine', 9, 'count', 'serious_incident_notifications')]),
    ('a02',
     'The number of children subject to a child protection plan rose to 412 at the end of March, a record for the borough.',
     [('412', 412, 'count', 'child_protection_plans')]),
    ('a03',
     'Rapid reviews were held on 11 occasions, and all 11 were completed within 15 working days.',
     [('11', 11, 'count', 'rapid_reviews'),
     ('15', 15, 'days', 'other')]),
    ('a04',
     'The partnership commissioned two local child safeguarding practice reviews (LCSPRs) and published three.',
     [('two', 2, 'count', 'lcsprs_commissioned'),
     ('three', 3, 'count', 'lcsprs_published')]),
    ('a05',
     'Of the 23 referrals for a review received by the case review group, eight did not meet the criteria.',
     [('23', 23, 'count', 'review_referrals'),
     ('eight', 8, 'count', 'review_referrals')]),
    ('a06',
     'There were 1,204 s47s in the year, compared with 1,090 the year before.',
     [('1,204', 1204, 'count', 'section_47_enquiries'),
     ('1,090', 1090, 'count', 'section_47_enquiries')]),
    ('a07',
     'The council now looks after 538 children, a rate of 74 per 10,000 against an England average of 70.',
     [('538', 538, 'count', 'looked_after_children'),
     ('74', 74, 'rate_per_10000', 'looked_after_children'),
     ('70', 70, 'rate_per_10000', 'looked_after_children')]),
    ('a08',
     'CLA numbers fell to 301 by the end of the year.',
     [('301', 301, 'count', 'looked_after_children')]),
    ('a09',
     'At 31 March there were 2,870 CiN, of whom 390 were on CP plans.',
     [('2,870', 2870, 'count', 'children_in_need'),
     ('390', 390, 'count', 'child_protection_plans')]),
    ('a10',
     "Children's social care received 5,412 referrals, 21% of which were re-referrals.",
     [('5,412', 5412, 'count', 'social_care_referrals'),
     ('21%', 21, 'percent', 'social_care_referrals')]),
    ('a11',
     'The review made seven recommendations, of which five have been completed.',
     [('seven', 7, 'count', 'recommendations'),
     ('five', 5, 'count', 'recommendations')]),
    ('a12',
     'Three children died and two were seriously harmed in incidents notified to the panel.',
     [('Three', 3, 'count', 'child_deaths'),
     ('two', 2, 'count', 'serious_harm_cases')]),
    ('a13',
     'Police protection powers were used 27 times, down from 35.',
     [('27', 27, 'count', 'police_protection'),
     ('35', 35, 'count', 'police_protection')]),
    ('a14',
     'Care proceedings were issued for 46 children, and care orders were made for 31.',
     [('46', 46, 'count', 'court_orders'),
     ('31', 31, 'count', 'court_orders')]),
    ('a15',
     'Some 96 children were on the child protection register in Anytown at 31 July, a rate of 3.1 per 1,000 children.',
     [('96', 96, 'count', 'child_protection_plans'),
     ('3.1', 3.1, 'rate_per_1000', 'child_protection_plans')]),
    ('a16',
     'The committee agreed to carry out two learning reviews and published one.',
     [('two', 2, 'count', 'lcsprs_commissioned'),
     ('one', 1, 'count', 'lcsprs_published')]),
    ('a17',
     'The regional board commissioned four child practice reviews in the year; two remain in progress.',
     [('four', 4, 'count', 'lcsprs_commissioned'),
     ('two', 2, 'count', 'lcsprs_ongoing')]),
    ('a18',
     'Inter-agency referral discussions (IRDs) numbered 640, up 12% on last year.',
     [('640', 640, 'count', 'section_47_enquiries'),
     ('12%', 12, 'percent', 'section_47_enquiries')]),
    ('a19',
     'The child death overview panel reviewed 38 deaths of children, 14 of them babies under one.',
     [('38', 38, 'count', 'child_deaths'),
     ('14', 14, 'count', 'child_deaths')]),
    ('a20',
     'The case was one of six taken forward by the national panel for a national review.',
     [('six', 6, 'count', 'national_reviews')]),
    ('a21',
     'Learning was identified in nine of the 12 rapid reviews held in the year.',
     [('nine', 9, 'count', 'reviews_with_learning'),
     ('12', 12, 'count', 'rapid_reviews')]),
    ('a22',
     'Training was delivered to 1,350 practitioners across the partnership.',
     [('1,350', 1350, 'count', 'other')]),
    ('a23',
     "The safeguarding partnership's budget was £412,000, with the council contributing 50%.",
     [('£412,000', 412000, 'gbp', 'other'),
     ('50%', 50, 'percent', 'other')]),
    ('a24',
     'A six-month pilot will test a new front door for referrals.',
     [('six', 6, 'months', 'other')]),
    ('a25',
     'Re-referrals within 12 months stood at 19%, below the statistical neighbour average of 22%.',
     [('19%', 19, 'percent', 'social_care_referrals'),
     ('22%', 22, 'percent', 'social_care_referrals')]),
    ('a26',
     'The rate of children on a child protection plan, 48 per 10,000, is above the England rate (43.2).',
     [('48', 48, 'rate_per_10000', 'child_protection_plans'),
     ('43.2', 43.2, 'rate_per_10000', 'child_protection_plans')]),
    ('a27',
     'A total of 17 children became subject to a plan for a second or subsequent time.',
     [('17', 17, 'count', 'child_protection_plans')]),
    ('a28',
     'In all, 58 children in care went missing at least once.',
     [('58', 58, 'count', 'other')]),
    ('a29',
     'Of the 31 notifications, neglect was a factor in 19.',
     [('31', 31, 'count', 'serious_incident_notifications'),
     ('19', 19, 'count', 'other')]),
    ('a30',
     'Members were told that 62% of children in care were placed within 20 miles of home.',
     [('62%', 62, 'percent', 'looked_after_children')]),
    ('a31',
     'The local authority notified the Panel of seven serious incidents, one more than last year.',
     [('seven', 7, 'count', 'serious_incident_notifications')]),
    ('a32',
     'Nineteen rapid reviews were convened, the most since the partnership was set up.',
     [('Nineteen', 19, 'count', 'rapid_reviews')]),
    ('a33',
     'Seven SINs were submitted in the quarter, and RRs were completed for all of them.',
     [('Seven', 7, 'count', 'serious_incident_notifications')]),
    ('a34',
     'Contacts to the front door reached 14,200, with 4,100 progressing to a referral.',
     [('14,200', 14200, 'count', 'social_care_referrals'),
     ('4,100', 4100, 'count', 'social_care_referrals')]),
    ('a35',
     'Around a third of section 47 enquiries led to an initial child protection conference.',
     [('a third', 33.33, 'percent', 'section_47_enquiries')]),
    ('a36',
     'Just over half of children looked after (52%) live outside the county.',
     [('52%', 52, 'percent', 'looked_after_children')]),
    ('a37',
     'The number of children on plans has fallen by 8% since last year, to 275.',
     [('8%', 8, 'percent', 'child_protection_plans'),
     ('275', 275, 'count', 'child_protection_plans')]),
    ('a38',
     'There are 3,412 children in need in the city (a rate of 352 per 10,000), against 334 nationally.',
     [('3,412', 3412, 'count', 'children_in_need'),
     ('352', 352, 'rate_per_10000', 'children_in_need'),
     ('334', 334, 'rate_per_10000', 'children_in_need')]),
    pytest.param('a39',
     'Five LCSPRs are ongoing, two of which are expected to be published in the autumn.',
     [('Five', 5, 'count', 'lcsprs_ongoing')],
     marks=pytest.mark.xfail(strict=True, reason="'two of which are expected to be published': a publication to come is a plan (optional by the conventions), read as a part of the ongoing set")),
    ('a40',
     'The panel agreed that an LCSPR should be undertaken in three cases, and no national review was required.',
     [('three', 3, 'count', 'lcsprs_commissioned'),
     ('no', 0, 'count', 'national_reviews')]),
    ('a41',
     'Between them, the reviews produced 24 recommendations for partners; 18 are complete and six overdue.',
     [('24', 24, 'count', 'recommendations'),
     ('18', 18, 'count', 'recommendations'),
     ('six', 6, 'count', 'recommendations')]),
    ('a42',
     'The board has carried out 11 serious case reviews since 2012.',
     [('11', 11, 'count', 'serious_case_reviews')]),
    ('a43',
     'Initial child protection conferences were held within 15 working days for 88% of children.',
     [('15', 15, 'days', 'other'),
     ('88%', 88, 'percent', 'other')]),
    ('a44',
     'Some 92% of assessments were completed within 45 working days.',
     [('92%', 92, 'percent', 'other'),
     ('45', 45, 'days', 'other')]),
    ('a45',
     "Referrals to children's social care (4,960) were 7% lower than in 2023/24.",
     [('4,960', 4960, 'count', 'social_care_referrals'),
     ('7%', 7, 'percent', 'social_care_referrals')]),
    ('a46',
     'The rate of looked after children per 10,000 was 96, compared with 88 for statistical neighbours and 70 for England.',
     [('96', 96, 'rate_per_10000', 'looked_after_children'),
     ('88', 88, 'rate_per_10000', 'looked_after_children'),
     ('70', 70, 'rate_per_10000', 'looked_after_children')]),
    ('a47',
     'Registrations to the child protection register numbered 121 in the year, and de-registrations 134.',
     [('121', 121, 'count', 'child_protection_plans'),
     ('134', 134, 'count', 'child_protection_plans')]),
    ('a48',
     'Children looked after by the council: 412 (2023/24: 398).',
     [('412', 412, 'count', 'looked_after_children'),
     ('398', 398, 'count', 'looked_after_children')]),
    ('a49',
     'Section 47 enquiries started: 1,830, a rate of 176 per 10,000 children.',
     [('1,830', 1830, 'count', 'section_47_enquiries'),
     ('176', 176, 'rate_per_10000', 'section_47_enquiries')]),
    ('a50',
     'The number of rapid reviews carried out fell to six, from ten the previous year.',
     [('six', 6, 'count', 'rapid_reviews'),
     ('ten', 10, 'count', 'rapid_reviews')]),
    ('a51',
     'Serious incident notifications, which had risen to 16 the year before, fell back to 12.',
     [('16', 16, 'count', 'serious_incident_notifications'),
     ('12', 12, 'count', 'serious_incident_notifications')]),
    ('a52',
     'Councillors heard that eight children, all of them known to services, had died in the year.',
     [('eight', 8, 'count', 'child_deaths')]),
    pytest.param('a53',
     'A 15-year-old boy was seriously harmed in the incident, which led to one of the four rapid reviews.',
     [('15', 15, 'years', 'other'),
     ('four', 4, 'count', 'rapid_reviews')],
     marks=pytest.mark.xfail(strict=True, reason="'which led to one of the four rapid reviews': the case itself as one of a set, read as a count of children harmed from the verb before it")),
    ('a54',
     'The two child safeguarding practice reviews published by the partnership this year, into the deaths of two babies, made 14 recommendations.',
     [('two', 2, 'count', 'lcsprs_published'),
     ('two#1', 2, 'count', 'child_deaths'),
     ('14', 14, 'count', 'recommendations')]),
    ('a55',
     'Of the 412 children on plans, 41% were under five and 23% were on a plan for neglect.',
     [('412', 412, 'count', 'child_protection_plans'),
     ('41%', 41, 'percent', 'child_protection_plans'),
     ('23%', 23, 'percent', 'child_protection_plans')]),
    ('a56',
     'The partnership received 18 referrals from agencies asking it to consider a review. Of these, 12 led to a rapid review.',
     [('18', 18, 'count', 'review_referrals'),
     ('12', 12, 'count', 'rapid_reviews')]),
    ('a57',
     'Emergency protection orders were granted in five cases.',
     [('five', 5, 'count', 'court_orders')]),
    ('a58',
     'Health visitors made 2,300 visits to families, a 9% rise.',
     [('2,300', 2300, 'count', 'other'),
     ('9%', 9, 'percent', 'other')]),
    ('a59',
     "The city's rate of child protection plans (55.1 per 10,000) is the highest in the region.",
     [('55.1', 55.1, 'rate_per_10000', 'child_protection_plans')]),
    ('a60',
     'Members noted that the LADO had received 310 allegations against adults working with children.',
     [('310', 310, 'count', 'other')]),
    ('a61',
     'Placements for looked after children cost £38.2m, an overspend of £4.1m.',
     [('£38.2m', 38200000, 'gbp', 'other'),
     ('£4.1m', 4100000, 'gbp', 'other')]),
    ('a62',
     'Nearly 600 children were being looked after by the authority at the year end, a record.',
     [('600', 600, 'count', 'looked_after_children')]),
    ('a63',
     'The number of children in need rose to 3,950, up from 3,610.',
     [('3,950', 3950, 'count', 'children_in_need'),
     ('3,610', 3610, 'count', 'children_in_need')]),
    ('a64',
     'No serious case reviews or LCSPRs were published during 2024/25.',
     [('No', 0, 'count', 'lcsprs_published')]),
    ('a65',
     'Of the 47 children placed on the register, 20 were registered under neglect.',
     [('47', 47, 'count', 'child_protection_plans'),
     ('20', 20, 'count', 'child_protection_plans')]),
    ('a66',
     'An average of 18 children per social worker was reported, against a target of 16.',
     [('18', 18, 'count', 'other'),
     ('16', 16, 'count', 'other')]),]


def _at(text: str, number: str) -> int:
    occurrence = 0
    if "#" in number:
        number, occ = number.split("#")
        occurrence = int(occ)
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(number)}(?!\w)", text)][occurrence]


@pytest.mark.parametrize("rid, text, expected", BATTERY)
def test_battery_row(nlp, rid, text, expected):
    record = extract_document(load(f"{rid}.txt", text.encode("utf-8")), nlp)
    got = []
    for number, value, unit, metric in expected:
        at = _at(text, number)
        found = [f for f in record.figures if any(m.start <= at < m.end for m in f.mentions)]
        assert found, f"{rid}: no figure at {number!r}: {[(f.value, f.unit, f.metric) for f in record.figures]}"
        got.append((round(found[0].value, 2), found[0].unit, found[0].metric))
    assert got == [(round(float(v), 2), u, m) for _, v, u, m in expected]
    assert len(record.figures) == len(expected), [(f.value, f.unit, f.metric) for f in record.figures]


# The constructions the battery's failures showed, each with invented rows written after the first
# fixes (and negative rows that keep the old reading), read through the rules and the classifier.
def _metric(nlp, text: str, number: str, classifier: bool) -> tuple[float, str, str]:
    from tests.test_counted_found import figure
    f = figure(nlp, text, number, classifier, 0)
    return round(f.value, 2), f.unit, f.metric


CONSTRUCTIONS = [
    # occasions of the metric's own events (the verb's subject or object is the thing counted)
    ("Rapid reviews were held on 11 occasions during the year.", "11", "count", "rapid_reviews"),
    ("Strategy discussions led to section 47 enquiries on 640 occasions.", "640", "count", "other"),
    ("Serious incident notifications were made on nine occasions.", "nine", "count",
     "serious_incident_notifications"),
    ("Care orders were made on 23 occasions.", "23", "count", "court_orders"),
    ("He was referred to the front door on seven occasions.", "seven", "count", "other"),
    ("Children in care went missing on 40 occasions.", "40", "count", "other"),
    ("The young person had moved placement on four occasions.", "four", "count", "other"),
    # the deaths of N children of an age
    ("The review looked into the deaths of two babies.", "two", "count", "child_deaths"),
    ("Members heard of the deaths of three teenagers in the city.", "three", "count", "child_deaths"),
    ("The panel considered the deaths of four infants.", "four", "count", "child_deaths"),
    ("The deaths of two children were notified to the panel.", "two", "count", "child_deaths"),
    # an aside said of all the things counted
    ("Councillors heard that eight children, all of them known to services, had died in the year.", "eight",
     "count", "child_deaths"),
    ("Twelve rapid reviews, each of them about a baby, were held in the year.", "Twelve", "count", "rapid_reviews"),
    ("Eight children known to services had died in the year.", "Eight", "count", "other"),
    # the stage of the verb a to-infinitive completes, before a coordinated verb
    ("The committee agreed to carry out two learning reviews and published one.", "two", "count",
     "lcsprs_commissioned"),
    ("The committee agreed to carry out two learning reviews and published one.", "one", "count",
     "lcsprs_published"),
    ("The partnership agreed to undertake three LCSPRs.", "three", "count", "lcsprs_commissioned"),
    ("The board commissioned four reviews and published two.", "two", "count", "lcsprs_published"),
    # a distance is no timescale
    ("Members were told that 62% of children in care were placed within 20 miles of home.", "62%", "percent",
     "looked_after_children"),
    ("Some 81% of rapid reviews were completed within 15 working days.", "81%", "percent", "other"),
    # a percentage change after a level
    ("Inter-agency referral discussions (IRDs) numbered 640, up 12% on last year.", "12%", "percent",
     "section_47_enquiries"),
    ("Children in care totalled 512, down 4% on the year before.", "4%", "percent", "looked_after_children"),
    ("Referrals to children's social care reached 5,100, a rise of 9% on 2023/24.", "9%", "percent",
     "social_care_referrals"),
    # a bare count coordinated with a comparator rate
    ("The rate of looked after children per 10,000 was 96, compared with 88 for similar areas and 70 for England.",
     "70", "rate_per_10000", "looked_after_children"),
    ("The child protection plan rate per 10,000 was 52, against 47 for our neighbours and 43 for England.",
     "43", "rate_per_10000", "child_protection_plans"),
]


@pytest.mark.parametrize("classifier", [False, True])
@pytest.mark.parametrize("text, number, unit, metric", CONSTRUCTIONS)
def test_constructions(nlp, text, number, unit, metric, classifier):
    value, got_unit, got_metric = _metric(nlp, text, number, classifier)
    assert (got_unit, got_metric) == (unit, metric)
