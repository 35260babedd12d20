"""t01: House of Commons select committee oral evidence transcript (txt, written by hand here) and its gold."""
import os
from mk import F, P, Q, gold, DIR

DOC = 't01_education_committee_oral_evidence_safeguarding_reviews.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The committee session, witnesses, answers and figures are made up; only place names are real.

Education Committee
Oral evidence: Learning from child safeguarding practice reviews, HC 612
Wednesday 18 November 2026

Ordered by the House of Commons to be published on 18 November 2026.

Watch the meeting: https://parliamentlive.example/event/4471

Members present: Helen Farrow (Chair); Joseph Adeyemi; Claire Whitcombe; Tom Hastings.

Questions 214-241

Witnesses

I: Dr Marianne Oduya, Director of Children's Services, London Borough of Haringey; Paul Renshaw, Independent Scrutineer, Hull Safeguarding Children Partnership; and Sophie Lindqvist, Head of Research, Child Safety Observatory.

Examination of witnesses

Witnesses: Dr Marianne Oduya, Paul Renshaw and Sophie Lindqvist.

Q214 Chair: Good morning and welcome. This is our third evidence session in this inquiry. Dr Oduya, can I start with you? How many serious incidents did Haringey notify to the national panel last year?

Dr Oduya: In 2025-26 we notified 14 serious incidents, up from 11 the year before. Nine of the 14 involved a child who was seriously harmed and five involved a child who died. Every one of them went to a rapid review, so 14 rapid reviews, and we met the 15 working day deadline in 12 of them.

Q215 Chair: And how many went on to a full local review?

Dr Oduya: We commissioned four local child safeguarding practice reviews during the year. Two have been published, and two remain in progress. One of the 14 cases was also taken forward by the national panel as part of a national review.

Q216 Joseph Adeyemi: Mr Renshaw, is the picture similar in Hull?

Paul Renshaw: Broadly, but our numbers are lower. We had 10 notifications in 2025-26. The partnership considered 17 referrals for review at its case review group, and seven of those did not meet the criteria. I would say, though, that Dr Oduya's 14 is not out of line for a borough of that size. We commissioned three LCSPRs and published one.

Q217 Joseph Adeyemi: How long do your reviews actually take?

Paul Renshaw: Working Together expects a review within six months. Our average in the last year was 11 months, and the longest ran for 19 months because of parallel criminal proceedings. I put it to the partnership in my annual report in these words: "A review that arrives two years after the event is a history lesson, not a safeguarding tool."

Q218 Claire Whitcombe: Ms Lindqvist, your organisation has looked at this nationally.

Sophie Lindqvist: We analysed 312 published reviews from 2022 to 2025. The median time from notification to publication was 14 months. Around 40% of them were published more than a year late against the six-month expectation. On recommendations, the average review made eight, and our follow-up found that just over half, 53%, had evidence of being completed 12 months later.

Q219 Claire Whitcombe: So almost half are not completed?

Sophie Lindqvist: Yes. And I would come back to Mr Renshaw's 11 months: that is actually better than the national median I just gave you.

Q220 Tom Hastings: Dr Oduya, what is happening to child protection numbers in Haringey?

Dr Oduya: At 31 March 2026 we had 298 children on a child protection plan, a rate of 53.4 per 10,000. England is 41.8. We started 1,460 section 47 enquiries in the year, and we had 2,910 referrals to children's social care. I do not think those numbers are falling any time soon.

Q221 Tom Hastings: Is that driven by funding?

Dr Oduya: Partly. Our partnership budget is £486,000 a year. The council puts in £243,000, health £146,000 and the police £97,000. A single LCSPR costs us between £25,000 and £40,000 once you add the independent reviewer.

Q222 Chair: Mr Renshaw, the Committee received written evidence from a parent in Hull. She wrote: "Nobody told us a review was happening until we read about it in the paper." What is your response?

Paul Renshaw: I have read that submission and I think she is right. We now write to families within 10 working days of a rapid review being convened. I said to the partnership board in September, "If we cannot explain a review to the family, we should not be doing it."

Q223 Chair: Thank you. We will take a short break. The session resumed at 10.47 am.

Q224 Claire Whitcombe: Ms Lindqvist, you mentioned training.

Sophie Lindqvist: In our survey of 1,120 practitioners, 61% said they had read none of their own area's published reviews. That is the figure that worries me most.

Q225 Chair: Thank you all very much.

(c) Parliamentary copyright 2026. Prepared 19 November 2026.
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    p = P('2025-04-01', '2026-03-31')
    figs = [
        F(14, 'count', 'serious_incident_notifications', 'serious incidents notified by Haringey', 'In 2025-26 we notified 14 serious incidents'),
        F(11, 'count', 'serious_incident_notifications', 'serious incidents notified by Haringey the year before', 'up from 11 the year before', period=P('2024-04-01', '2025-03-31')),
        F(9, 'count', 'serious_harm_cases', 'notifications where a child was seriously harmed', 'Nine of the 14 involved a child who was seriously harmed'),
        F(5, 'count', 'child_deaths', 'notifications where a child died', 'five involved a child who died'),
        F(14, 'count', 'rapid_reviews', 'rapid reviews in Haringey', 'so 14 rapid reviews'),
        F(15, 'days', 'other', 'rapid review deadline (working days), inside a timeliness statement', 'we met the 15 working day deadline', optional=True),
        F(12, 'count', 'other', 'rapid reviews meeting the deadline', 'deadline in 12 of them'),
        F(4, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned by Haringey', 'We commissioned four local child safeguarding practice reviews'),
        F(2, 'count', 'lcsprs_published', 'LCSPRs published by Haringey', 'Two have been published'),
        F(2, 'count', 'lcsprs_ongoing', 'LCSPRs in progress in Haringey', 'two remain in progress'),
        F(1, 'count', 'national_reviews', 'Haringey cases taken forward for a national review', 'One of the 14 cases was also taken forward by the national panel'),
        F(10, 'count', 'serious_incident_notifications', 'notifications in Hull', 'We had 10 notifications in 2025-26'),
        F(17, 'count', 'review_referrals', 'referrals for review considered by the Hull case review group', 'considered 17 referrals for review'),
        F(7, 'count', 'review_referrals', 'referrals that did not meet the criteria', 'seven of those did not meet the criteria'),
        F(3, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned in Hull', 'We commissioned three LCSPRs'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published in Hull', 'and published one'),
        F(6, 'months', 'other', 'expected time for a review (Working Together)', 'expects a review within six months'),
        F(11, 'months', 'other', 'average review duration in Hull', 'Our average in the last year was 11 months'),
        F(19, 'months', 'other', 'longest review in Hull', 'the longest ran for 19 months'),
        F(312, 'count', 'other', 'published reviews analysed nationally 2022-2025 (research sample)', 'We analysed 312 published reviews', period=P('2022-01-01', '2025-12-31')),
        F(14, 'months', 'other', 'national median time from notification to publication', 'The median time from notification to publication was 14 months', period=P('2022-01-01', '2025-12-31')),
        F(40, 'percent', 'other', 'reviews published more than a year late', 'Around 40% of them were published', qualifier='around', period=P('2022-01-01', '2025-12-31')),
        F(8, 'count', 'recommendations', 'average recommendations per review', 'the average review made eight', period=P('2022-01-01', '2025-12-31')),
        F(53, 'percent', 'recommendations', 'recommendations with evidence of completion', 'just over half, 53%, had evidence', period=P('2022-01-01', '2025-12-31')),
        F(50, 'percent', 'recommendations', 'recommendations completed (just over half)', 'just over half, 53%', qualifier='just over', optional=True, period=P('2022-01-01', '2025-12-31')),
        F(298, 'count', 'child_protection_plans', 'children on a child protection plan in Haringey at 31 March 2026', 'we had 298 children on a child protection plan'),
        F(53.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, Haringey', 'a rate of 53.4 per 10,000'),
        F(41.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'England is 41.8'),
        F(1460, 'count', 'section_47_enquiries', 'section 47 enquiries started in Haringey', 'We started 1,460 section 47 enquiries'),
        F(2910, 'count', 'social_care_referrals', "referrals to children's social care in Haringey", "2,910 referrals to children's social care"),
        F(486000, 'gbp', 'other', 'partnership budget, Haringey', 'Our partnership budget is £486,000 a year'),
        F(243000, 'gbp', 'other', 'council contribution', 'The council puts in £243,000'),
        F(146000, 'gbp', 'other', 'health contribution', 'health £146,000'),
        F(97000, 'gbp', 'other', 'police contribution', 'the police £97,000'),
        F(25000, 'gbp', 'other', 'cost of an LCSPR (lower end)', 'between £25,000 and £40,000', optional=True),
        F(40000, 'gbp', 'other', 'cost of an LCSPR (upper end)', 'between £25,000 and £40,000', optional=True),
        F(10, 'days', 'other', 'deadline to write to families (working days)', 'within 10 working days of a rapid review'),
        F(1120, 'count', 'other', 'practitioners surveyed', 'In our survey of 1,120 practitioners'),
        F(61, 'percent', 'other', "practitioners who had read none of their area's reviews", "61% said they had read none"),
    ]
    nf = ['HC 612', 'Q214', 'Q225', 'Questions 214-241', '2025-26', '18 November 2026', '10.47 am', '4471', 'per 10,000', '31 March 2026', '12 months later', 'two years after the event', 'section 47', 'from 2022 to 2025', 'third evidence session']
    quotes = [
        Q('A review that arrives two years after the event is a history lesson, not a safeguarding tool.', 'Paul Renshaw', ['Renshaw', 'Mr Renshaw'], 'in these words', role='Independent Scrutineer, Hull Safeguarding Children Partnership'),
        Q('Nobody told us a review was happening until we read about it in the paper.', 'a parent in Hull', ['parent', 'a parent'], 'wrote'),
        Q('If we cannot explain a review to the family, we should not be doing it.', 'Paul Renshaw', ['Renshaw', 'Mr Renshaw'], 'said'),
    ]
    people = [
        {'name': 'Helen Farrow', 'role': 'Chair, Education Committee'},
        {'name': 'Joseph Adeyemi', 'role': 'Member, Education Committee'},
        {'name': 'Claire Whitcombe', 'role': 'Member, Education Committee'},
        {'name': 'Tom Hastings', 'role': 'Member, Education Committee'},
        {'name': 'Dr Marianne Oduya', 'role': "Director of Children's Services, London Borough of Haringey"},
        {'name': 'Paul Renshaw', 'role': 'Independent Scrutineer, Hull Safeguarding Children Partnership'},
        {'name': 'Sophie Lindqvist', 'role': 'Head of Research, Child Safety Observatory'},
    ]
    bp = ['Ordered by the House of Commons to be published on 18 November 2026.', 'Watch the meeting: https://parliamentlive.example/event/4471', '(c) Parliamentary copyright 2026. Prepared 19 November 2026.']
    notes = ("Select committee oral evidence transcript (kind other; two areas, so area null with areas; partnership null). "
             "Answers are direct speech without quote marks and no cue: they are NOT gold quotes (the folder convention: only words in quote marks); "
             "required quotes are the two sentences in quote marks that Paul Renshaw quotes from his own report and board speech, and the parent's written evidence read out by the Chair ('She wrote:'). "
             "Traps: question numbers 'Q214'-'Q225' and 'Questions 214-241', 'HC 612', the event number in the URL, the time '10.47 am', 'third evidence session' (ordinal). "
             "A witness refers back to another's number ('Dr Oduya's 14', 'Mr Renshaw's 11 months'): one fact, extra mentions, no new figure. "
             "'14' is three facts (notifications, rapid reviews, national median months). Nine/five split the 14 notifications into harm and deaths. "
             "'just over half, 53%': the exact 53 required, the hedged half optional. 'between £25,000 and £40,000' is a range: two optional figures. "
             "'within six months' and 'within 10 working days' are deadlines (figures); 'we met the 15 working day deadline in 12 of them' is a timeliness measure, so its 15 is optional; '12 months later' is a follow-up window (not a figure). "
             "Lindqvist's national figures carry their own period 2022-2025; the record period is 2025-26, the year both councils report. "
             "Budget split £243,000/£146,000/£97,000 sums to the £486,000 total: four figures.")
    gold(DOC, 'other', 'Education Committee oral evidence: Learning from child safeguarding practice reviews, HC 612', None, None, p,
         figs, nf, quotes, people, bp, notes, areas=['Haringey', 'Kingston upon Hull, City of'])


if __name__ == '__main__':
    main()
