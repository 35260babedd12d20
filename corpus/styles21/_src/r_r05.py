"""Writer r, r05: a council leader's budget speech (Cheshire West and Chester), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'r05_cheshire_west_and_chester_council_leaders_budget_speech.txt'

TEXT = '''SYNTHETIC document invented for evaluation: people, quotes and figures are made up; only place names are real.

CHESHIRE WEST AND CHESTER COUNCIL
Budget Council - Thursday 26 February 2026

Budget speech by the Leader of the Council, Councillor Karen Ashworth

CHECK AGAINST DELIVERY

Lord Mayor, members of the Council,

I rise to move the budget for 2026/27, and the Medium Term Financial Strategy that goes with it.

Let me start with the number that matters most tonight. The net revenue budget before you is £386.4 million. Every pound of it has been argued over, by officers, by Cabinet and by the scrutiny committees, and I want to thank all of them.

Members know the position we are in. To balance this budget we have had to find savings of £21.7 million. Across the three years of the strategy the gap is £38 million, and I will not pretend to this Council that the next two years will be any easier than this one.

We are proposing a council tax increase of 4.99%, of which 2% is the adult social care precept. For a Band D home that means £1,912.34 a year for the council's services, an increase of £1.75 a week. Nobody on these benches takes that lightly.

CHILDREN FIRST

Lord Mayor, I said a year ago that this would be a budget that puts children first, and it is.

The children's services budget rises to £98.2 million next year, up by £11.4 million, an increase of 13%. That is not because we have been careless. It is because more of our children need us.

Today there are 540 children in our care. In 2021 there were 430. Thirty-one of those children live in children's homes, and between them those placements will cost £14.2 million next year. A single place in a children's home can now cost £9,000 a week, or £468,000 a year, and too often that home is in another county.

So we are doing three things.

First, we are paying our foster carers more. Allowances will rise by 6% in April, and we want to welcome 40 new fostering households by March 2027.

Second, we are investing £780,000 in an edge of care team of 12 new posts. In its pilot year the team worked with 112 families and helped 47 children to stay safely at home who would otherwise have come into care.

Third, we are opening our last two family hubs, in Winsford and Ellesmere Port, which will mean six hubs across the borough, backed by £2.1 million of capital.

And it is working. The number of children on a child protection plan has come down from 412 in March 2024 to 336 at the end of January. Behind each of those numbers is a family that is safer.

Last month a young woman from our Children in Care Council told me: "Don't just count us. Ask us where we want to live, and then build it here." Lord Mayor, that is what this budget starts to do.

ADULTS, PLACES AND CAPITAL

Adult social care will have a budget of £160.5 million. Home-to-school transport, which now costs £24.6 million a year, will be reviewed, but we will protect travel for children with special educational needs.

The capital programme is £512 million over four years, including £41 million for school places.

Members will remember that last year the Leader of the Opposition, Councillor Martin Bradley, told this chamber we were "spending money we do not have". I say to him gently that our general reserve stands at £14.8 million, 3.8% of the net budget, within the range our Section 151 Officer advises.

Lord Mayor, this is a careful budget and a brave one. I commend it to the Council, and I move the recommendations on page 12 of the Cabinet report.

[Ends, 16 minutes]

Issued by the Communications Team, Cheshire West and Chester Council, HQ, Chester. Media enquiries: 01632 960615. www.cheshirewestandchester.example/budget
'''

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    NY = P('2026-04-01', '2027-03-31', '2026/27')
    NOW = P('2026-02-26', '2026-02-26', 'today')
    figs = [
        F(386400000, 'gbp', 'other', 'net revenue budget', 'The net revenue budget before you is £386.4 million', period=NY),
        F(21700000, 'gbp', 'other', 'savings needed to balance the budget', 'savings of £21.7 million', period=NY),
        F(38000000, 'gbp', 'other', 'budget gap over the three years of the strategy', 'the gap is £38 million'),
        F(3, 'years', 'other', 'length of the Medium Term Financial Strategy', 'Across the three years of the strategy', optional=True),
        F(4.99, 'percent', 'other', 'council tax increase', 'a council tax increase of 4.99%', period=NY),
        F(2, 'percent', 'other', 'adult social care precept', 'of which 2% is the adult social care precept', period=NY),
        F(1912.34, 'gbp', 'other', 'Band D council tax for the council\'s services', '£1,912.34 a year', period=NY),
        F(1.75, 'gbp', 'other', 'weekly Band D increase', 'an increase of £1.75 a week', period=NY),
        F(98200000, 'gbp', 'other', 'children\'s services budget', 'The children\'s services budget rises to £98.2 million', period=NY),
        F(11400000, 'gbp', 'other', 'increase in the children\'s services budget', 'up by £11.4 million', period=NY),
        F(13, 'percent', 'other', 'increase in the children\'s services budget', 'an increase of 13%', period=NY),
        F(540, 'count', 'looked_after_children', 'children in care', 'Today there are 540 children in our care', period=NOW),
        F(430, 'count', 'looked_after_children', 'children in care in 2021', 'In 2021 there were 430', period=P('2021-01-01', '2021-12-31', 'in 2021')),
        F(31, 'count', 'looked_after_children', 'children in care living in children\'s homes', 'Thirty-one of those children live in children\'s homes', period=NOW),
        F(14200000, 'gbp', 'other', 'cost of children\'s home placements next year', 'will cost £14.2 million next year', period=NY),
        F(9000, 'gbp', 'other', 'weekly cost of a place in a children\'s home', 'can now cost £9,000 a week'),
        F(468000, 'gbp', 'other', 'annual cost of a place in a children\'s home', 'or £468,000 a year'),
        F(6, 'percent', 'other', 'rise in foster carer allowances', 'Allowances will rise by 6% in April'),
        F(40, 'count', 'other', 'aim: new fostering households by March 2027', 'welcome 40 new fostering households', optional=True),
        F(780000, 'gbp', 'other', 'investment in the edge of care team', 'investing £780,000 in an edge of care team'),
        F(12, 'count', 'other', 'new posts in the edge of care team', 'team of 12 new posts'),
        F(112, 'count', 'other', 'families the edge of care team worked with in its pilot year', 'worked with 112 families'),
        F(47, 'count', 'other', 'children helped to stay safely at home', 'helped 47 children to stay safely at home'),
        F(2, 'count', 'other', 'family hubs still to open', 'opening our last two family hubs', optional=True),
        F(6, 'count', 'other', 'family hubs across the borough', 'six hubs across the borough'),
        F(2100000, 'gbp', 'other', 'capital for family hubs', 'backed by £2.1 million of capital'),
        F(412, 'count', 'child_protection_plans', 'children on a child protection plan, March 2024', 'from 412 in March 2024', period=P('2024-03-01', '2024-03-31', 'March 2024')),
        F(336, 'count', 'child_protection_plans', 'children on a child protection plan at the end of January', 'to 336 at the end of January', period=P('2026-01-31', '2026-01-31', 'the end of January')),
        F(160500000, 'gbp', 'other', 'adult social care budget', 'a budget of £160.5 million', period=NY),
        F(24600000, 'gbp', 'other', 'annual cost of home-to-school transport', 'now costs £24.6 million a year'),
        F(512000000, 'gbp', 'other', 'capital programme', 'The capital programme is £512 million over four years'),
        F(4, 'years', 'other', 'length of the capital programme', 'over four years', optional=True),
        F(41000000, 'gbp', 'other', 'capital for school places', 'including £41 million for school places'),
        F(14800000, 'gbp', 'other', 'general reserve', 'our general reserve stands at £14.8 million'),
        F(3.8, 'percent', 'other', 'general reserve as share of net budget', '3.8% of the net budget'),
    ]
    quotes = [
        Q("Don't just count us. Ask us where we want to live, and then build it here.",
          'a young woman from the Children in Care Council', ['young woman', 'Children in Care Council member'], 'told me',
          role='Member of the Children in Care Council'),
        Q('spending money we do not have', 'Martin Bradley', ['Bradley', 'Councillor Martin Bradley', 'Cllr Bradley', 'Councillor Bradley'],
          'told this chamber', role='Leader of the Opposition'),
    ]
    gold(DOC, 'other', 'Budget speech by the Leader of the Council', 'Cheshire West and Chester', None, P(None, None), figs,
         ['26 February 2026', '2026/27', 'Band D', 'Section 151', 'page 12', '16 minutes', '01632 960615', 'March 2027',
          'a year ago', 'the next two years', 'three things'],
         quotes,
         [{'name': 'Karen Ashworth', 'role': 'Leader of the Council, Cheshire West and Chester Council'},
          {'name': 'Martin Bradley', 'role': 'Leader of the Opposition'}],
         ['CHECK AGAINST DELIVERY', '[Ends, 16 minutes]', 'Issued by the Communications Team, Cheshire West and Chester Council'],
         'SYNTHETIC. The text of a council leader\'s budget speech as issued (kind other: a person\'s address, like a keynote '
         'speech). No record period: a budget proposal, not an account of a year (ruling 4); the 2026/27 budget lines and '
         'dated counts carry their own periods. The speech prose is not a quote; quotes are a young person\'s words '
         '(told me) and the opposition leader\'s fragment (told this chamber). Children in care now vs 2021 and in '
         'children\'s homes looked_after_children; CP plans with two dates; money, percentages and unit costs other; '
         'aims and strategy lengths optional.')
