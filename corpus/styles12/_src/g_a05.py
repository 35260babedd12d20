"""a05: local news live blog of a full council meeting (html, written by hand) - gold only."""
from mk_a import F, P, Q, gold

DOC = 'a05_brent_full_council_live_blog.html'


def main():
    p = P('2026-07-01', '2026-09-30', 'July to September 2026')
    q1 = P('2026-04-01', '2026-06-30', 'April to June 2026')
    fy = P('2026-04-01', '2027-03-31', '2026/27')
    figs = [
        F(38, 'count', 'other', 'votes for the motion', 'carried by 38 votes for, 12 against, with 2 abstentions'),
        F(12, 'count', 'other', 'votes against the motion', 'carried by 38 votes for, 12 against, with 2 abstentions'),
        F(2, 'count', 'other', 'abstentions on the motion', 'carried by 38 votes for, 12 against, with 2 abstentions'),
        F(1012, 'count', 'social_care_referrals', 'referrals to children\'s social care in the quarter', 'children\'s social care received 1,012 referrals in the quarter'),
        F(936, 'count', 'social_care_referrals', 'referrals in April to June', 'up from 936 in April to June', period=q1),
        F(19, 'percent', 'social_care_referrals', 're-referrals within a year', 'Around 19% were re-referrals within a year', qualifier='Around'),
        F(284, 'count', 'child_protection_plans', 'children on child protection plans at the end of September', 'there were 284 children on child protection plans'),
        F(35.6, 'rate_per_10000', 'child_protection_plans', 'rate of child protection plans per 10,000', 'a rate of 35.6 per 10,000'),
        F(41.2, 'rate_per_10000', 'child_protection_plans', 'England rate of child protection plans (comparator)', 'against an England rate of 41.2'),
        F(341, 'count', 'looked_after_children', 'children looked after', 'The number of children looked after stood at 341'),
        F(4, 'count', 'serious_incident_notifications', 'serious incidents notified in the quarter', 'notified four serious incidents to the national panel in the quarter'),
        F(4, 'count', 'rapid_reviews', 'rapid reviews held in the quarter', 'and held four rapid reviews'),
        F(2, 'count', 'lcsprs_ongoing', 'LCSPRs in progress', 'Two local child safeguarding practice reviews are in progress'),
        F(91, 'percent', 'other', 'referrals with a decision within one working day', 'Ninety-one per cent of referrals now get a decision within one working day'),
        F(21, 'percent', 'other', 'social work vacancy rate', 'the social work vacancy rate is 21%'),
        F(27, 'percent', 'other', 'social work vacancy rate twelve months ago', 'down from 27% twelve months ago', period=P('2025-07-01', '2025-09-30', 'twelve months ago')),
        F(17, 'count', 'other', 'average caseload per social worker', 'average caseloads are 17 children per worker'),
        F(3800000, 'gbp', 'other', 'forecast overspend on the placements budget this year', 'forecast to overspend by £3.8m this year', period=fy),
        F(12, 'count', 'other', 'looked-after children in residential placements costing more than £10,000 a week', '12 children are currently in residential placements'),
        F(10000, 'gbp', 'other', 'weekly cost threshold of the residential placements', 'costing more than £10,000 a week each', qualifier='more than'),
        F(23, 'days', 'other', 'average wait for early help', 'the average wait for early help was 23 days'),
        F(600000, 'gbp', 'other', 'proposed annual budget for the market supplement', 'set aside £600,000 a year for the supplement'),
        F(40, 'count', 'other', 'posts the supplement would cover', 'would cover around 40 posts', qualifier='around'),
        F(20, 'percent', 'other', 'social work posts still vacant (opposition leader, rounding the 21%)', 'One in five posts is still vacant', optional=True),
        F(2, 'months', 'other', 'wait a resident says her family had for early help', '"almost two months"', qualifier='almost', optional=True),
        F(3, 'years', 'other', 'time the opposition says it has been told recruitment is turning a corner', 'We have been told for three years', optional=True),
        F(6, 'count', 'other', 'councillors who sent apologies', 'Apologies have been received from six councillors', optional=True),
    ]
    nf = ['17:14', '16:51', '14:32', '14:00', '23 November 2026', 'Standing Order 37', 'five minutes', 'Items 7 and 11', 'within one working day', 'within a year', 'per 10,000', 'our 312 partners', 'Comments (27)', '3 months for £1', '020 7946 0712', 'No. 04817263', '14 reposts 52 likes', 'just over three hours', 'NW10 2XX', '#BrentCouncil']
    quotes = [
        Q('We have been told for three years that recruitment is turning a corner. One in five posts is still vacant. Families can see it and so can the staff who are left.', 'Graham Whitfield', ['Cllr Whitfield', 'Whitfield', 'Cllr Graham Whitfield'], 'told the chamber', role='Opposition leader (Conservative, Kenton)'),
        Q('This is not about blame. It is about paying people enough to stay.', 'Graham Whitfield', ['Cllr Whitfield', 'Whitfield'], None, role='Opposition leader (Conservative, Kenton)'),
        Q('The front door is busier than it has ever been, but our decisions are quicker. Ninety-one per cent of referrals now get a decision within one working day.', 'Fiona Delaney', ['Cllr Delaney', 'Ms Delaney', 'Delaney', 'Cllr Fiona Delaney'], 'told members', role='Cabinet member for children, young people and schools'),
        Q('almost two months', 'Marcia Oyelaran', ['Oyelaran', 'Ms Oyelaran'], 'asked', role='resident, Stonebridge'),
        Q("I'm sorry that happened to you,", 'Fiona Delaney', ['Cllr Delaney', 'Ms Delaney', 'Delaney'], 'she said'),
        Q("It shouldn't have.", 'Fiona Delaney', ['Cllr Delaney', 'Ms Delaney', 'Delaney'], 'she said'),
        Q('Proud of our social workers. 284 children on plans, caseloads down to 17 on average, and still the busiest front door in north-west London. We owe them a proper pay offer. #BrentCouncil', 'Ayesha Mirza', ['Cllr Mirza', 'Mirza', 'Cllr Ayesha Mirza', '@AyeshaMirzaBrent'], 'has just posted this', optional=True),
    ]
    people = [
        {'name': 'Priya Raman', 'role': 'Local Democracy Reporting Service'},
        {'name': 'Tom Gallagher', 'role': 'Local Democracy Reporting Service'},
        {'name': 'Sunita Halai', 'role': 'Mayor of Brent'},
        {'name': 'Graham Whitfield', 'role': 'Opposition leader (Conservative, Kenton)'},
        {'name': 'Ayesha Mirza', 'role': 'Councillor, corporate parenting committee'},
        {'name': 'Fiona Delaney', 'role': 'Cabinet member for children, young people and schools'},
        {'name': 'Marcia Oyelaran', 'role': 'resident, Stonebridge'},
    ]
    bp = ['We and our 312 partners store and access information on your device.', 'Wembley Park flats plan cut to 420 homes', 'Jubilee line closures: 9 weekends of disruption', 'Harlesden restaurant wins 5-star hygiene rating', 'My sister is a social worker in Brent and does 25 cases, not 17. These averages mean nothing.', "Another £600k we don't have.", 'Subscribe - 3 months for £1']
    notes = ("Live blog of a full council meeting (news_article), entries newest first with times ('17:14' ... '14:00'): the text runs backwards, so the pronoun 'she said' at 14:32 resolves to Cllr Delaney named in the same entry, "
             "and the 15:05 entry ('More from the report') depends on the 15:22 entry that appears above it. Record period: the portfolio holder's report 'covering July to September' (Q2 2026/27); "
             "'up from 936 in April to June' has its own period; the £3.8m overspend is for the whole financial year 2026/27; the vacancy rate 'twelve months ago' has its own period. "
             "Vote count 38 / 12 / 2 are three required figures (other). 'Ninety-one per cent' sits only inside a quote (required figure). 'One in five posts is still vacant' is the opposition's rounding of the 21% (optional). "
             "The embedded social post repeats 284 and 17 (extra mentions) and is an optional quote. The resident's 'almost two months' is a quoted fragment (required quote, optional figure); the standfirst repeats £3.8m (one fact, extra mention). "
             "'more than £10,000 a week' is a threshold (figure, qualifier 'more than'); the 12 children in costly residential placements are a feature subset (other). '£600,000 a year' and 'around 40 posts' are in reported speech (figures). "
             "Boilerplate: consent banner (312 partners), subscribe offer, Most read list, reader comments ('25 cases, not 17', '£600k'). Traps: times, 'Standing Order 37', 'five minutes', 'Items 7 and 11', reposts/likes, company number, phone, 'within one working day', 'within a year'. "
             "The mayor, reporters and the councillor who posted are people; six apologies optional.")
    gold(DOC, 'news_article', "LIVE: Brent full council - children's services row as opposition motion passes", 'Brent',
         'Brent Safeguarding Children Partnership', p, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
