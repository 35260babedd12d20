"""find_figures on sentences: what is a figure (value, unit, metric, qualifier) and what is not."""

from __future__ import annotations

import json

import pytest

from extractor.findings import Period
from extractor.figures import find_figures
from extractor.ingest import load

FY = Period("2022-04-01", "2023-03-31", "2022/23")


def figures_of(nlp, text: str, period: Period | None = FY):
    document = load("t.txt", text.encode("utf-8"))
    return find_figures(nlp(document.text), document, period, use_classifier=False), document


POSITIVE = [
    ("Contents\n1. Foreword 3\n2. Key data 5\n3. Reviews 6\n1. Foreword\nThere were 14 rapid reviews in the year.\n",
     14, "count", "rapid_reviews", None),
    # a person's age stays a figure
    ("A 14-year-old boy was seriously injured in the attack.", 14, "years", "other", None),
    ("Child M, a 15-year-old girl, had been missing for days.", 15, "years", "other", None),
    ("He had been looked after at the age of nine.", 9, "years", "other", None),
    # how long money runs: '£4.6m over three years' is a duration (a span of activity is not)
    ("The council will spend £4.6m over three years on the new service.", 3, "years", "other", None),
    ("Ministers agreed £68m over three years for Welsh councils.", 3, "years", "other", None),
    ("A £2m investment over two years will fund new posts.", 2, "years", "other", None),
    ("Savings of £850k over four years are planned.", 4, "years", "other", None),
    ("The grant of £300,000 over 18 months pays for the pilot.", 18, "months", "other", None),
    ("It set aside £1.2m over five years for foster carers.", 5, "years", "other", None),
    ("The board committed £45,000 a year over three years.", 3, "years", "other", None),
    ("Funding of £9.4 million over two years was approved.", 2, "years", "other", None),
    # the predicate noun of a copula names what a subset counts ('of which 418 were ...')
    ("There were 1,102 child protection investigations, of which 418 were joint protocol investigations.",
     418, "count", "other", None),
    ("There were 7,850 referrals. Of these, 1,933 (24.6%) were child protection referrals.",
     1933, "count", "social_care_referrals", None),
    ("The panel heard 40 cases; of these, 12 were serious incidents.", 12, "count",
     "serious_incident_notifications", None),
    ("Of the 60 contacts, 25 were referrals to children's social care.", 25, "count", "social_care_referrals", None),
    ("Of the 30 meetings held, 14 were child protection conferences.", 14, "count", "other", None),
    ("Of these, five were children in need.", 5, "count", "children_in_need", None),
    ("There were 20 notifications, and 11 were rapid reviews.", 11, "count", "rapid_reviews", None),
    ("Of the 300 contacts, 120 were early help assessments.", 120, "count", "other", None),
    ("The Trust received 8,120 gateway referrals in the year.", 8120, "count", "social_care_referrals", None),
    # names whose first word 'child' modifies the head take the plural on the head
    ("The service received 640 child protection referrals.", 640, "count", "social_care_referrals", None),
    ("The panel reviewed 41 child deaths in the year.", 41, "count", "child_deaths", None),
    ("The Board published three child practice reviews.", 3, "count", "lcsprs_published", None),
    ("The authority notified 9 child safeguarding incidents.", 9, "count", "serious_incident_notifications", None),
    # the guards of the rejections: a value beside a code-like name, a share of a set, cards
    ("The child protection plan rate was 44.9 per 10,000 children (England 41.6; NI 50.3).", 50.3, "rate_per_10000", "child_protection_plans", None),
    ("Neglect was the main concern for half the children on plans.", 50, "percent", "child_protection_plans", None),
    ("There were 412 children on child protection plans, up from 380 on 4 April.", 380, "count", "child_protection_plans", None),
    ("12 Rapid reviews\n9 Learning reviews\n", 12, "count", "rapid_reviews", None),
    ("Five serious incident notifications were made in the year.", 5, "count", "serious_incident_notifications", None),
    ("The council notified the national panel of 12 serious incidents.", 12, "count", "serious_incident_notifications", None),
    ("Twenty-three serious incident notifications were made, compared with 16 in 2021/22.", 16, "count", "serious_incident_notifications", None),
    ("The partnership undertook five local rapid reviews.", 5, "count", "rapid_reviews", None),
    ("Seven rapid reviews were completed during the year.", 7, "count", "rapid_reviews", None),
    ("The case review group considered 14 referrals.", 14, "count", "review_referrals", None),
    ("There were five further referrals for review.", 5, "count", "review_referrals", None),
    ("It received 20 referrals, and eight referrals did not meet the criteria.", 8, "count", "review_referrals", None),
    ("Two local child safeguarding practice reviews were commissioned.", 2, "count", "lcsprs_commissioned", None),
    ("Six LCSPRs were commissioned and four were published.", 4, "count", "lcsprs_published", None),
    ("Six LCSPRs were commissioned and four were published.", 6, "count", "lcsprs_commissioned", None),
    ("The partnership published two child safeguarding practice reviews.", 2, "count", "lcsprs_published", None),
    ("Three LCSPRs are still in progress.", 3, "count", "lcsprs_ongoing", None),
    ("The board has carried out 11 serious case reviews since 2015.", 11, "count", "serious_case_reviews", None),
    ("Learning was identified from three of the five rapid reviews.", 3, "count", "reviews_with_learning", None),
    ("The review made eight recommendations.", 8, "count", "recommendations", None),
    ("Three children died.", 3, "count", "child_deaths", None),
    ("Of the notifications, eight related to a child who had died.", 8, "count", "child_deaths", None),
    ("Four children were seriously harmed.", 4, "count", "serious_harm_cases", None),
    ("In all, 412 children were on a child protection plan.", 412, "count", "child_protection_plans", None),
    ("The rate of children subject of a child protection plan stood at 61.2 per 10,000.", 61.2, "rate_per_10000", "child_protection_plans", None),
    ("The rate stood at 61.2 per 10,000, compared with an England average of 43.2.", 43.2, "rate_per_10000", "other", None),
    ("There were 3,120 children in need in the city.", 3120, "count", "children_in_need", None),
    ("In total 1,084 children were looked after at the end of the year.", 1084, "count", "looked_after_children", None),
    ("Social workers started 1,204 section 47 enquiries.", 1204, "count", "section_47_enquiries", None),
    ("There were seven families subject of police protection powers.", 7, "count", "police_protection", None),
    ("Three of these families then became subject to a court order.", 3, "count", "court_orders", None),
    ("No new LCSPRs were commissioned during the year.", 0, "count", "lcsprs_commissioned", None),
    ("A third of the notifications involved babies.", 33.33, "percent", "other", None),
    ("Two-thirds of the children on child protection plans had been neglected.", 66.67, "percent", "child_protection_plans", None),
    ("One in five concerned a teenager.", 20, "percent", "other", None),
    # README: a feature of a subset is 'other'; the rules give the base metric (the classifier's job)
    ("Neglect was a feature in more than half of the rapid reviews.", 50, "percent", None, "more than"),
    ("Of those who gave feedback, 94% said it helped.", 94, "percent", "other", None),
    ("In 18 per cent of cases the family had moved.", 18, "percent", "other", None),
    ("The council put an extra £1.2m into early help.", 1_200_000, "gbp", "other", None),
    ("The budget was £350,000 this year.", 350_000, "gbp", "other", None),
    ("A rapid review should be completed within 15 working days.", 15, "days", "other", None),
    ("Police protection was reviewed over a six-month pilot.", 6, "months", "other", None),
    ("The baby died aged 11 weeks.", 11, "weeks", "other", None),
    ("He was jailed for nine years.", 9, "years", "other", None),
    ("More than 2,300 practitioners attended training.", 2300, "count", "other", "more than"),
    ("Around 40 cases were audited.", 40, "count", "other", "around"),
    ("The delay lasted almost 18 months.", 18, "months", "other", "almost"),
    ("Support lasts for up to 18 weeks rather than the current six.", 6, "weeks", "other", None),
    # comparators take the metric of the figure they are compared with
    ("Eleven serious incident notifications were made, down from 15 the year before.", 15, "count", "serious_incident_notifications", None),
    ("The partnership held nine rapid reviews. That compares with six in 2021/22.", 6, "count", "rapid_reviews", None),
    ("There were 350 children on child protection plans, a rate of 44.5 per 10,000.", 44.5, "rate_per_10000", "child_protection_plans", None),
    ("The rate of children on child protection plans was 52 per 10,000 against an England average of 42.", 42, "rate_per_10000", "child_protection_plans", None),
    ("The council started 980 section 47 enquiries, an increase of 7% on the year.", 7, "percent", "section_47_enquiries", None),
    ("There were 212 children in care for every 10,000 children.", 212, "rate_per_10000", "looked_after_children", None),
    ("The council had 410 children in its care, compared with 398 a year earlier.", 398, "count", "looked_after_children", None),
    ("Training reached 2,010 staff (2021/22: 1,780).", 1780, "count", "other", None),
    ("Nearly nine in ten parents said the plan helped.", 90, "percent", "other", "nearly"),
    ("Eight out of ten parents said the plan helped.", 80, "percent", "other", None),
    ("Not one of the referrals led to a national review.", 0, "count", "national_reviews", None),
    ("National reviews of local cases: none", 0, "count", "national_reviews", None),
    # a counted noun no rule knows is 'other', whatever review words follow
    ("Briefings on the two published reviews reached around 60 schools.", 60, "count", "other", "around"),
    ("The two published LCSPRs were discussed by 140 governors.", 140, "count", "other", None),
    # referrals to social care (front door) versus referrals for a case review
    ("Children's services received 8,900 referrals during the year.", 8900, "count", "social_care_referrals", None),
    ("The case review group considered 21 referrals during the year.", 21, "count", "review_referrals", None),
    ("A further 12 cases were put forward to the case review subgroup.", 12, "count", "review_referrals", None),
    ("Of those, nine were judged not to meet the criteria.", 9, "count", "review_referrals", None),
    ("Police protection powers were used on 41 occasions.", 41, "count", "police_protection", None),
    ("Child M, now 16, lives with an aunt.", 16, "years", "other", None),
    ("She was thirteen when the school first raised a concern.", 13, "years", "other", None),
    ("Four children lost their lives in the year.", 4, "count", "child_deaths", None),
    ("In all, 230 children came into care during the year.", 230, "count", "looked_after_children", None),
    ("Three LCSPRs were commissioned, while two are still in progress.", 3, "count", "lcsprs_commissioned", None),
    ("The council was looking after 655 children at the year end.", 655, "count", "looked_after_children", None),
    ("Care proceedings were issued for 88 children.", 88, "count", "court_orders", None),
    ("Around one in six plans were for children who had been on a plan before.", 16.67, "percent", "child_protection_plans", "around"),
    ("Learning was drawn out of six of the eight rapid reviews.", 6, "count", "reviews_with_learning", None),
    ("Of the 11 rapid reviews, two led to a local child safeguarding practice review.", 2, "count", "lcsprs_commissioned", None),
    ("Case review activity\n- Rapid reviews completed: 9\n- Reviews published: 2\n", 9, "count", "rapid_reviews", None),
    ("Case review activity\n- Rapid reviews completed: 9\n- Reviews published: 2\n", 2, "count", "lcsprs_published", None),
    ("The review made ten recommendations, and seven of the ten recommendations have been completed.", 7, "count", "recommendations", None),
    ("The review made 20 recommendations. Last year the board cleared 12 of them.", 12, "count", "recommendations", None),
    ("The review made 20 recommendations. There are 8 still open.", 8, "count", "recommendations", None),
    ("Together they made 17 recommendations. By March, 12 of the 17 had been completed.", 12, "count", "recommendations", None),
    ("A rapid review was completed for eight of the nine notifications.", 8, "count", "rapid_reviews", None),
    ("Five of the seven rapid reviews met the national timescale.", 5, "count", "other", None),
    ("Learning was identified from four of the six rapid reviews.", 4, "count", "reviews_with_learning", None),
    ("More Leeds children are on protection plans: the number rose to 640.", 640, "count", "child_protection_plans", None),
    # a number opening the sentence after one that ends in a year or a figure
    ("Four LCSPRs were commissioned in 2023/24. Three reviews were published during the year.", 3, "count", "lcsprs_published", None),
    ("Sixteen serious incidents were notified, up from 13.\nFive of the children died.", 5, "count", "child_deaths", None),
    # elided counts: the counted noun was said just before
    ("The reviews made 20 recommendations; by March, 16 had been completed.", 16, "count", "recommendations", None),
    ("Of the 20 recommendations, 13 of them are now closed.", 13, "count", "recommendations", None),
    ("Five local child safeguarding practice reviews were commissioned, and two were published.", 2, "count", "lcsprs_published", None),
    # events about one child are case facts; uses of police powers are counted as events
    ("The girl had gone missing 21 times before she died.", 21, "count", "other", None),
    ("He was referred to the front door on seven occasions.", 7, "count", "other", None),
    ("Police protection powers were used 52 times in the year.", 52, "count", "police_protection", None),
    # referrals to children's social care with a curly apostrophe, and their percentage change
    ("There were 1,950 referrals to children\u2019s social care in the year.", 1950, "count", "social_care_referrals", None),
    ("Children's social care received 4,200 referrals, up 6% on the previous year.", 6, "percent", "social_care_referrals", None),
    # a review family followed by the property the reviews share
    ("All of those nine reviews identified learning for partners.", 9, "count", "reviews_with_learning", None),
    # the remainder of a set described by what did not happen
    ("Reviews were held in five cases; in the other three, no review was needed.", 3, "count", "other", None),
    # the new level of a quantity that changed takes its metric
    ("Referrals to children's social care rose by 3% to 2,910.", 2910, "count", "social_care_referrals", None),
    # a year inside the set's description does not hide the feature that follows it
    ("About one in three of the rapid reviews held since April 2022 featured a child out of school.", 33.33, "percent", "other", "about"),
    # a person's age after a relative clause
    ("Jay, who is now 19, spoke to the reviewers.", 19, "years", "other", None),
    ("The boy, who was now 15, moved school.", 15, "years", "other", None),
]


@pytest.mark.parametrize("text, value, unit, metric, qualifier", POSITIVE)
def test_positive(nlp, text, value, unit, metric, qualifier):
    figures, _ = figures_of(nlp, text)
    found = [f for f in figures if abs(f.value - value) < 0.01 and f.unit == unit]
    assert found, [(f.value, f.unit, f.metric) for f in figures]
    if metric is not None:
        assert found[0].metric == metric
    if qualifier:
        assert found[0].qualifier == qualifier


NEGATIVE = [
    ("Is it a key decision (spending or saving £250k or more)?", "£250k"),
    ("Children with five or more placements get a review.", "five"),
    ("All figures in the table below are in £000.", "£000"),
    ("The report covers April 2021 to March 2022.", "2021"),
    ("Figures for 2022/23 were published.", "2022/23"),
    ("The meeting was held on 9 November 2023.", "9 November"),
    ("It started at 4:12pm.", "4:12"),
    ("The meeting on referrals closed at 6.00 p.m. after the vote.", "6.00"),
    ("Call the duty service on 01632 960 427.", "01632 960 427"),
    ("Write to us at Civic Offices, SN1 1AA.", "SN1 1AA"),
    ("Watch live on Freeview channel 276.", "276"),
    ("See section 4.2 for details.", "4.2"),
    ("The table is on page 12 of the report.", "12"),
    ("Minute 54/24 was approved.", "54/24"),
    ("This is Version 1.2 of the report.", "1.2"),
    ("It follows Working Together to Safeguard Children 2018.", "2018"),
    ("They carried out a section 47 enquiry.", "47"),
    ("The duty is in section 16C(1) of the Children Act 2004.", "16"),
    ("Comparisons with the Covid-19 years are hard.", "19"),
    ("It was the third year running that numbers rose.", "third"),
    ("This led to a number of rapid reviews.", "a number of"),
    ("A handful of cases moved the numbers.", "handful"),
    ("Twelve months ago the picture was different.", "Twelve"),
    ("Two years ago the service was rated inadequate.", "Two"),
    ("The measure counts re-referrals within 12 months of a previous referral.", "12"),
    ("Staff read the seven-minute briefings.", "seven"),
    ("The focus is on the first 1,001 days of life.", "1,001"),
    ("Babies under one were most at risk.", "one"),
    ("The indicator covers children aged 0-17.", "0-17"),
    ("The 0-19 healthy child programme continues.", "0-19"),
    ("The meeting was in the 134-year-old Guildhall.", "134"),
    ("None of these delays was avoidable.", "None"),
    ("The rate is given per 10,000 children.", "10,000"),
    ("Ten referrals were made.\n\nRead more:\n• Plans for 1,200 homes go before councillors\n", "1,200"),
    ("It was one of the highest rates in the country.", "one"),
    ("The England side won 2-1 on Saturday.", "2-1"),
    ("Councils with two or more electoral wards are affected.", "two"),
    # age bands and thresholds are not figures
    ("Most of the young people were aged 16 or 17.", "17"),
    ("The forum has members aged between 12 and 18.", "18"),
    ("Two of the children were 15 or older.", "15"),
    ("He was found at four in the morning.", "four"),
    # durations that place something in time, thresholds and multipliers
    ("Activity over the last three years is shown below.", "three"),
    ("The panel will receive an update in six months' time.", "six"),
    ("Plans lasting two years or more are reviewed by a manager.", "two"),
    ("Table 4 gives a five-year series.", "five"),
    ("It was the lowest figure for the first time in ten years.", "ten"),
    ("Referrals have doubled in two years.", "two"),
    ("The rate is nearly three times the England average.", "three"),
    ("See Part 3 of the annual report.", "3"),
    # 'one' as a pronoun or in a comparison
    ("All rapid reviews but one were completed on time.", "one"),
    ("Nine rapid reviews were held, one fewer than last year.", "one"),
    ("I have read every rapid review and each one was hard.", "one"),
    # contents pages: section numbers and page numbers in a table are not figures
    ("Contents\n1. Introduction    3\n2. Rapid reviews    4\n3. Local reviews    6\n", "6"),
    # the later items of a reference list
    ("Annual report (extract: sections 2, 4 and 7)", "4"),
    ("Annual report (extract: sections 2, 4 and 7)", "7"),
    ("The detail is in paragraphs 12 to 15 of the plan.", "15"),
    # time points and spans, not reported amounts
    ("No reviews were started in the second half of the year.", "half"),
    ("The repeat rate fell to 12%, from 20% three years earlier.", "three"),
    ("The report has a table of case review activity over three years.", "three"),
    ("Early help is one of the council's top three priorities.", "three"),
    # a window inside a definition
    ("The rate of re-referrals to children's social care within 12 months was 21%.", "12"),
    ("Repeat plans are those started within two years of a previous plan.", "two"),
    # legal and reference numbers: a regulation, an article, a schedule, a clause, a question's UIN
    ("The review was held under Regulation 5 of the 2006 Regulations.", "5"),
    ("Orders under Article 66 of the Order were made in 14 cases.", "66"),
    ("Police used powers under Article 65 of the 1995 Order.", "65"),
    ("The duty is set out in Schedule 2 of the Children Act.", "2"),
    ("Clause 14 of the agreement covers data sharing.", "14"),
    ("See Rule 12 of the procedure rules.", "12"),
    ("Question: UIN 48213, tabled on 3 November", "48213"),
    ("Agenda item: 7\nReport of the Director", "7"),
    ("Agenda Item No. 9 - Fostering update", "9"),
    # the first days of a list of dates are dates
    ("Information evenings will be held on 4 and 18 November from 6pm.", "4"),
    ("The visit took place on 9 and 10 September 2025.", "9"),
    ("Inspectors were on site between 13 and 31 October 2025.", "13"),
    ("Drop-in sessions run on 3, 10 and 17 June.", "3"),
    ("Drop-in sessions run on 3, 10 and 17 June.", "10"),
    ("The consultation is open from 1 to 28 February.", "1"),
    ("Sessions are on the 5th and 12th March.", "5th"),
    ("Training days fall on 21 or 22 January.", "21"),
    # an age in a quote's attribution line
    ("\u201cThey listened to me.\u201d \u2014 young person, 16, from our Youth Forum", "16"),
    ("\u201cIt helped.\u201d \u2014 Jade, 15, care leaver", "15"),
    ("\u2014 Young person, 14, Youth Voice Panel", "14"),
    ("\"I felt safe.\" - foster child, 12, Northtown", "12"),
    ("\u2014 parent, 34, Westfield", "34"),
    ("\u201cWe were heard.\u201d \u2013 member, 17", "17"),
    ("\u201cThank you.\u201d \u2014 Amir, 13, from the Children in Care Council", "13"),
    ("\u201cBetter now.\u201d \u2014 young carer, 11, Eastvale", "11"),
    # a rank used as a bound
    ("Seven are among the 20 most deprived council areas in England.", "20"),
    ("Around 29% of them live among the 10% most deprived neighbourhoods.", "10%"),
    ("The ten highest rates are in the north.", "ten"),
    ("It is one of the five largest authorities.", "five"),
    ("Westdale is in the top 10 worst performing areas.", "10"),
    ("The three lowest rates were all in the south.", "three"),
    ("Schools in the 20% poorest wards get more help.", "20%"),
    ("Only the two biggest councils replied.", "two"),
    # a fraction of one value is a multiple, not a share
    ("Eastdale's rate was 27.4, less than half the regional average of 66.0.", "half"),
    ("The rate is about a third of the national rate.", "a third"),
    ("Spending is half the England average.", "half"),
    ("Its rate was a quarter of the regional figure.", "a quarter"),
    ("Northtown's level is two-thirds the England level.", "two-thirds"),
    ("Westdale's rate is half that of its neighbours' rate.", "half"),
    ("The median is a third of the mean.", "a third"),
    ("At 12.1, the rate was half the national average.", "half"),
    # agenda item numbers in minutes: numbered Title Case headings
    ("4 Declarations of Interest\nThere were none.\n5 Minutes of the Last Meeting\nAgreed.\n", "4"),
    ("4 Declarations of Interest\nThere were none.\n5 Minutes of the Last Meeting\nAgreed.\n", "5"),
    ("6 Quarter 2 Performance Report - Children's Social Care\nNoted.\n7 Any Other Business\nNone.\n", "6"),
    ("6 Quarter 2 Performance Report - Children's Social Care\nNoted.\n7 Any Other Business\nNone.\n", "7"),
    ("1 Apologies for Absence\nNone.\n2 Public Question Time\nNone.\n", "1"),
    ("1 Apologies for Absence\nNone.\n2 Public Question Time\nNone.\n", "2"),
    ("8 Safeguarding Partnership - Rapid Reviews Update\nNoted.\n9 Date of Next Meeting\nMay.\n", "8"),
    ("8 Safeguarding Partnership - Rapid Reviews Update\nNoted.\n9 Date of Next Meeting\nMay.\n", "9"),
    # an age naming a group or a threshold, not a person's age
    ("There are homes for under 16s and supported accommodation for 16 and 17-year-olds.", "16s"),
    ("There are homes for under 16s and supported accommodation for 16 and 17-year-olds.", "16 and"),
    ("There are homes for under 16s and supported accommodation for 16 and 17-year-olds.", "17"),
    ("The response to homeless 16- and 17-year-old children was weak.", "16"),
    ("The response to homeless 16- and 17-year-old children was weak.", "17"),
    ("Support for care leavers continues after they turn 21.", "21"),
    ("She works in the sixteen-plus team.", "sixteen"),
    ("The 16+ service supports young people leaving care.", "16"),
    ("Places for the under-fives rose.", "fives"),
    ("Most 17-year-olds were in education.", "17"),
    ("Help lasts until they reach the age of 25.", "25"),
    ("Over-18s are referred to adult services.", "18"),
    # a contents page under its heading: section numbers and digits in titles do not hide the page numbers
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "Foreword 3"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "Northshire 4"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "data 5"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "reviews 6"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "development 7"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "budget 8"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "2025–26 8"),
    ("Contents\n1. Foreword 3\n2. About Northshire 4\n3. Key data 5\n4. Learning from reviews 6\n5. Training and development 7\n6. Partnership budget 8\n7. Priorities for 2025–26 8\nAppendix A: Glossary 9\n1. Foreword\nThere were 14 rapid reviews.\n", "Glossary 9"),
    # a frequency is no amount
    ("The Virtual School head gives a 6 monthly update.", "6"),
    ("Plans are reviewed at six-weekly meetings.", "six"),
    ("Managers hold 4 weekly supervision sessions with staff.", "4"),
]


@pytest.mark.parametrize("text, trap", NEGATIVE)
def test_negative(nlp, text, trap):
    figures, _ = figures_of(nlp, text)
    s = text.index(trap)
    e = s + len(trap)
    hits = [m.text for f in figures for m in f.mentions if m.start < e and s < m.end]
    assert not hits, hits


# (sentence, value, unit): a bare number said of a rate is a rate; a comparator is the unit
# of the earlier figure of its own size.
RATE_UNITS = [
    ("Northshire's rate was 38.6, less than the regional average of 52.0.", 38.6, "rate_per_10000"),
    ("The regional rate was 44.1.", 44.1, "rate_per_10000"),
    ("Eastvale had the most children on plans, 540, but the lowest rate at 36.7.", 36.7, "rate_per_10000"),
    ("The rate is given per 1,000 children. The rate for Glenmoor was 2.8.", 2.8, "rate_per_1000"),
    ("In all, 1,240 children were on plans, a rate of 48.2 per 10,000 children, compared with 1,190 a year earlier.",
     1190, "count"),
    ("The rate of 71.5 for every 10,000 children is below the rate for the county, which stood at 80.2.",
     80.2, "rate_per_10000"),
    ("The rate of children in care fell, and 45 children returned home.", 45, "count"),
    ("Northfield had the highest rate, at 13.1 per 100,000, followed by Eastmoor on 11.4.", 11.4, "rate_per_100000"),
    ("The rate was 48.2 per 10,000 children. This compares with 52.6 for similar areas.", 52.6, "rate_per_10000"),
    ("Of care leavers, 8.4% were in custody (England 9; similar areas 10).", 9, "percent"),
    ("Of care leavers, 62% were in work (England 58; SN 64).", 64, "percent"),
    ("Westdale recorded 41 notifications, Eastdale 37 and Northdale 19.", 37, "count"),
    ("Rates ranged from 14.2 per 10,000 in Westdale to 96.5 in Northdale.", 96.5, "rate_per_10000"),
]


@pytest.mark.parametrize("text, value, unit", RATE_UNITS)
def test_rate_units(nlp, text, value, unit):
    figures, _ = figures_of(nlp, text)
    assert any(abs(f.value - value) < 1e-6 and f.unit == unit for f in figures), \
        [(f.value, f.unit) for f in figures]


def test_mentions_point_at_text(nlp):
    text = "Five serious incident notifications were made.\n\nFive serious incident notifications were made."
    figures, document = figures_of(nlp, text)
    (fig,) = [f for f in figures if f.value == 5]
    assert len(fig.mentions) == 2  # one fact said twice is one figure
    for m in fig.mentions:
        assert document.text[m.start:m.end] == m.text == "Five"
        assert m.page == 1 and "notifications" in m.sentence


def test_back_reference_restates_earlier_figure(nlp):
    text = "There were 23 serious incident notifications. Each of these 23 cases is a child."
    figures, _ = figures_of(nlp, text)
    twenty_three = [f for f in figures if f.value == 23]
    assert len(twenty_three) == 1 and len(twenty_three[0].mentions) == 2
    assert twenty_three[0].metric == "serious_incident_notifications"


def test_back_reference_without_antecedent_is_dropped(nlp):
    figures, _ = figures_of(nlp, "Nine rapid reviews were held, and 14 of the 17 were finished on time.")
    assert 17 not in {f.value for f in figures}


def test_subset_without_status_keeps_no_base_metric(nlp):
    figures, _ = figures_of(nlp, "Social workers received 900 referrals. Of these, 210 led to a strategy meeting.")
    (fig,) = [f for f in figures if f.value == 210]
    assert fig.metric == "other"  # 'led to a strategy meeting' is not a status of a referral


def test_text_table_cells_take_row_metric_and_column_period(nlp):
    text = ("Table 2: Activity\n\n                              2021/22    2022/23\n"
            "Rapid reviews completed            9         11\n"
            "LCSPRs published                   2          3\n")
    figures, _ = figures_of(nlp, text)
    got = {(f.value, f.metric, f.period.start if f.period else None) for f in figures}
    assert (9, "rapid_reviews", "2021-04-01") in got
    assert (11, "rapid_reviews", None) in got
    assert (3, "lcsprs_published", None) in got


def test_indented_text_table_merges_with_prose(nlp):
    text = ("Eight serious incident notifications were made in 2022/23.\n\n"
            "                                   2021/22    2022/23\n"
            "  Serious incident notifications       11          8\n"
            "  LCSPRs commissioned                   3          2\n")
    figures, _ = figures_of(nlp, text)
    eights = [f for f in figures if f.value == 8]
    assert len(eights) == 1 and len(eights[0].mentions) == 2
    assert eights[0].metric == "serious_incident_notifications"
    got = {(f.value, f.metric, f.period.start if f.period else None) for f in figures}
    assert (3, "lcsprs_commissioned", "2021-04-01") in got and (2, "lcsprs_commissioned", None) in got


def test_number_restated_in_a_quote_is_a_mention(nlp):
    text = ("The reviews made 16 recommendations and 12 have been completed.\n\n"
            "\u201cTwelve out of 16 is progress, but the four still open matter,\u201d she said.")
    figures, _ = figures_of(nlp, text)
    by_value = {f.value: f for f in figures}
    assert sorted(by_value) == [4, 12, 16]  # 'the four still open' restates nothing: its own fact
    assert len(by_value[12].mentions) == len(by_value[16].mentions) == 2


def test_counted_noun_in_a_quote_is_its_own_fact(nlp):
    text = ("The partnership held 14 rapid reviews.\n\n"
            "\u201cWe trained 14 new chairs this year,\u201d she said.")
    figures, _ = figures_of(nlp, text)
    assert len([f for f in figures if f.value == 14]) == 2


def test_comparison_has_own_period(nlp):
    figures, _ = figures_of(nlp, "There were 19 serious incident notifications, up from 12 in 2021/22.")
    by_value = {f.value: f for f in figures}
    assert by_value[19].period is None
    assert by_value[12].period is not None and by_value[12].period.start == "2021-04-01"


def test_seed_required_figures_and_traps(nlp, shared_dir):
    seed = shared_dir / "seeds" / "000_398829baec4c2923.txt"
    gold = json.loads(seed.with_suffix(".gold.json").read_text(encoding="utf-8"))
    document = load(seed)
    period = Period(gold["period"]["start"], gold["period"]["end"])
    figures = find_figures(nlp(document.text), document, period, use_classifier=False)
    got = {(round(f.value, 2), f.unit, f.metric) for f in figures}
    missing = [g for g in gold["figures"] if not g.get("optional")
               and (round(g["value"], 2), g["unit"], g["metric"]) not in got]
    assert not missing
    mention_texts = {m.text for f in figures for m in f.mentions}
    assert not mention_texts & set(gold["not_figures"])


def test_boilerplate_spans_use_the_ingest_rules():
    from extractor.figures import boilerplate_spans

    text = ("Ten referrals were made.\nWe and our 212 partners use cookies to store information.\n"
            "Most read\nCouncil tax to rise by 5%\n\nNine rapid reviews were held.")
    spans = boilerplate_spans(text)
    covered = lambda word: any(s <= text.index(word) < e for s, e in spans)  # noqa: E731
    assert covered("212") and covered("5%")
    assert not covered("Ten") and not covered("Nine")


# The classifier may name a metric for a number whose counted thing was not found only in a text
# that names that metric somewhere: a report on veterans, libraries or potholes counts no plans.
OFF_TOPIC = [
    "Ashford (71) and Dover (70) have the highest numbers of veterans.",
    "Nationally they tend to be male (98%).",
    "Dartford was at 45%, through to East Kent at 65%.",
    "Medway: 8529. Kent: 41,200.",
    "Of those, 312 were living in flats near the station.",
    "Gillingham surgeries released 2.6% of GP time.",
    "The library lent 12,400 books, up from 11,900.",
    "Recycling reached 52.3%, against 48.1% last year.",
    "The museum welcomed 3,120 visitors, and 870 of them were pupils.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_classifier_names_no_metric_the_text_never_names(nlp, text):
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=True)
    assert figures and {f.metric for f in figures} == {"other"}


# (text, metric): a metric is named when a name of it is said anywhere in the document
NAMED_IN_TEXT = [
    ("Child protection plans\nHartlepool 112.3\nBlackpool 104.8", "child_protection_plans"),
    ("The council looks after more children than ever. Kent 41,200.", "looked_after_children"),
    ("Serious incident notifications by region. North East 41.", "serious_incident_notifications"),
    ("Rapid reviews by quarter: Q1 4, Q2 6.", "rapid_reviews"),
    ("Referrals to children's social care fell. Westdale 3,100.", "social_care_referrals"),
    ("The review made several recommendations. 7 were completed.", "recommendations"),
    ("Two local child safeguarding practice reviews were published. 3 continue.", "lcsprs_ongoing"),
    ("Children in need per 10,000: Eastdale 380.", "children_in_need"),
]


# one plain word of a metric's lexicon, said of something else, does not name the metric in a
# document: the classifier may not give an uncued number that metric there
NOT_NAMED_IN_TEXT = [
    ("ReferKent registers groups; registrations include three charities. Ashford 71.", "child_protection_plans"),
    ("Vehicle registrations rose again. Dover 70.", "child_protection_plans"),
    ("Registrations for the conference opened in May. Thanet 5,765.", "child_protection_plans"),
    ("The placement of the new bus stop was agreed. Canterbury 212.", "looked_after_children"),
    ("The site was fostered by local volunteers. Medway 8,529.", "looked_after_children"),
    ("His death in 1990 was widely reported. Swale 45.", "child_deaths"),
    ("The author died in 2006. Maidstone 570.", "child_deaths"),
    ("Road fatality figures were published. Dartford 2,328.", "child_deaths"),
]


@pytest.mark.parametrize("text, metric", NOT_NAMED_IN_TEXT)
def test_one_plain_word_does_not_name_a_metric(nlp, text, metric):
    from extractor.figures import _named_in_text
    assert not _named_in_text(nlp(text), metric)


@pytest.mark.parametrize("text, metric", NAMED_IN_TEXT)
def test_metric_named_in_the_text(nlp, text, metric):
    from extractor.figures import _named_in_text
    assert _named_in_text(nlp(text), metric)
    assert not _named_in_text(nlp("The library lent 12,400 books."), metric)
