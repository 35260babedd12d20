"""Writer m, m06: a local news site's political sketch of a scrutiny committee meeting (Birmingham), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'm06_birmingham_scrutiny_committee_sketch.txt'
TEXT = '''[SYNTHETIC document invented for evaluation (writer m, styles19): the publication, people, quotes and figures are made up; only place names are real.]

BRUM POST
Politics | Council House

SKETCH: Three hours, 118 pages and one very patient director

The children's trust came to scrutiny with a thick report and a thin margin for error. Our man in the public gallery watched the numbers fly.

By Tom Hadley, Political Sketch Writer
Published 29 October 2026, 7:05am

There is a particular silence that falls over Committee Room 6 when someone says the word "overspend". It fell at 2.14pm on Tuesday, and it did not lift for some time.

The Education, Children and Young People Overview and Scrutiny Committee had before it the Birmingham Children's Trust's annual performance report for 2025/26: 118 pages, 14 appendices and a glossary that itself ran to three pages. Eleven of the committee's 13 members turned up, which by the standards of a wet Tuesday counts as a full house.

Facing them was Andrew Kimani, the trust's chief executive, who has done this before and brought a bottle of water the size of a fire extinguisher.

He began with the good news, as chief executives do. The number of children subject to a child protection plan had fallen to 1,046 by the end of March, from 1,187 a year before. "That is not us closing cases to make a graph look nice," he said, before anyone had suggested it was. "It is families getting help earlier."

Councillor Gail Pearce (Lab, Handsworth) suggested it anyway.

Then came the children in care. There were 2,214 of them at 31 March, a rate of 76 per 10,000 children against 70 for England. Of those, 61 were living in placements costing more than £10,000 a week, and 7 had at some point in the year been placed in homes that were not registered with Ofsted.

"Seven," repeated Councillor Pearce, leaning into her microphone, which had not been switched on. A clerk leaned across. "Seven," she said again, audibly this time.

Mr Kimani said every one of those placements had been approved at director level and reviewed every 7 days, and that none had lasted longer than 11 weeks. The committee was not entirely consoled.

Referrals to children's social care ran at 13,860 for the year, he told the room, up 6% on 2024/25, with re-referrals within 12 months at 19%. Agency social workers made up 21% of the workforce, down from 29% two years earlier. The trust had recruited 74 newly qualified social workers, of whom 9 had already left.

It was at this point, some 94 minutes in, that the money arrived. The trust had overspent by £23.4m on a budget of £312m, most of it on placements. Councillor Imran Sadiq (Con, Sutton Four Oaks) asked how much of the £23.4m the trust expected to recover next year. Mr Kimani said "a significant proportion", which is the kind of answer that sketch writers live for and finance officers die of.

Councillor Sadiq described the savings plan as "a wish list with a spreadsheet attached". The chair, Councillor Mary Lunt (Lab, Kings Norton North), allowed herself a small smile, then asked for the figure again. It was £9.8m, to be found in 2026/27.

The serious case review work, mercifully, went quicker. The trust had notified the national panel of 14 serious incidents in the year and held 14 rapid reviews, and the safeguarding partnership had published 3 local child safeguarding practice reviews. Nobody asked why the first two numbers were the same, which is just as well, because the answer (they always are, more or less) would have taken another twenty minutes.

The meeting ended at 5.17pm. The committee resolved to note the report, to ask for a further update on unregistered placements in 3 months, and to invite the cabinet member next time. Councillor Lunt thanked everyone for their "stamina".

"We'll do it all again in January," she said. Mr Kimani finished his water.

---
Read more: Children's trust chief warns of £23m black hole | Council tax to rise by 4.99%
Sign up to the Brum Post morning newsletter. Got a story? Call the newsdesk on 01632 960187.
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

Y24 = P('2024-04-01', '2025-03-31', 'a year before')
figs = [
    F(3, 'count', 'other', 'length of the meeting in hours', 'SKETCH: Three hours, 118 pages', optional=True),
    F(118, 'count', 'other', 'pages in the annual performance report', 'annual performance report for 2025/26: 118 pages'),
    F(14, 'count', 'other', 'appendices to the report', '118 pages, 14 appendices', optional=True),
    F(3, 'count', 'other', 'pages of the glossary', 'a glossary that itself ran to three pages', optional=True),
    F(11, 'count', 'other', 'committee members who attended', 'Eleven of the committee\'s 13 members turned up'),
    F(13, 'count', 'other', 'committee members', 'Eleven of the committee\'s 13 members', optional=True),
    F(1046, 'count', 'child_protection_plans', 'children subject to a child protection plan', 'had fallen to 1,046 by the end of March'),
    F(1187, 'count', 'child_protection_plans', 'children subject to a child protection plan', 'from 1,187 a year before', period=Y24),
    F(2214, 'count', 'looked_after_children', 'children in care', 'There were 2,214 of them at 31 March'),
    F(76, 'rate_per_10000', 'looked_after_children', 'children in care per 10,000 children', 'a rate of 76 per 10,000 children'),
    F(70, 'rate_per_10000', 'looked_after_children', 'children in care per 10,000 children, England', 'against 70 for England'),
    F(61, 'count', 'looked_after_children', 'children in placements costing more than £10,000 a week', '61 were living in placements costing more than £10,000 a week'),
    F(10000, 'gbp', 'other', 'weekly placement cost threshold', 'costing more than £10,000 a week', optional=True),
    F(7, 'count', 'looked_after_children', 'children placed in homes not registered with Ofsted', '7 had at some point in the year been placed in homes that were not registered'),
    F(7, 'days', 'other', 'review interval for unregistered placements', 'reviewed every 7 days'),
    F(11, 'weeks', 'other', 'longest unregistered placement', 'none had lasted longer than 11 weeks', qualifier='no more than'),
    F(13860, 'count', 'social_care_referrals', 'referrals to children\'s social care', 'Referrals to children\'s social care ran at 13,860 for the year'),
    F(6, 'percent', 'social_care_referrals', 'increase in referrals', 'up 6% on 2024/25'),
    F(19, 'percent', 'social_care_referrals', 're-referrals within 12 months', 're-referrals within 12 months at 19%'),
    F(21, 'percent', 'other', 'agency social workers as a share of the workforce', 'Agency social workers made up 21% of the workforce'),
    F(29, 'percent', 'other', 'agency social workers two years earlier', 'down from 29% two years earlier', period=P('2023-04-01', '2024-03-31', 'two years earlier')),
    F(74, 'count', 'other', 'newly qualified social workers recruited', 'recruited 74 newly qualified social workers'),
    F(9, 'count', 'other', 'newly qualified social workers who had left', 'of whom 9 had already left'),
    F(23400000, 'gbp', 'other', 'trust overspend', 'The trust had overspent by £23.4m on a budget of £312m'),
    F(312000000, 'gbp', 'other', 'trust budget', 'on a budget of £312m'),
    F(9800000, 'gbp', 'other', 'savings to be found in 2026/27', 'It was £9.8m, to be found in 2026/27', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(14, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'notified the national panel of 14 serious incidents'),
    F(14, 'count', 'rapid_reviews', 'rapid reviews held', 'held 14 rapid reviews'),
    F(3, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'published 3 local child safeguarding practice reviews'),
    F(3, 'months', 'other', 'further update on unregistered placements due', 'a further update on unregistered placements in 3 months'),
]
KI = ['Andrew Kimani', 'Mr Kimani', 'Kimani']
PE = ['Gail Pearce', 'Councillor Pearce', 'Cllr Pearce', 'Pearce']
SA = ['Imran Sadiq', 'Councillor Sadiq', 'Cllr Sadiq', 'Sadiq']
LU = ['Mary Lunt', 'Councillor Lunt', 'Cllr Lunt', 'Lunt']
gold(DOC, 'news_article', 'SKETCH: Three hours, 118 pages and one very patient director', 'Birmingham', None,
     P('2025-04-01', '2026-03-31', '2025/26'), figs,
     ['Committee Room 6', '2.14pm', '29 October 2026', '7:05am', 'some 94 minutes in', '5.17pm', 'twenty minutes',
      'within 12 months', '4.99%', '01632 960187', '£23m'],
     [Q('overspend', 'the committee', [], None, optional=True),
      Q('That is not us closing cases to make a graph look nice,', 'Andrew Kimani', KI, 'said', role='chief executive, Birmingham Children\'s Trust'),
      Q('It is families getting help earlier.', 'Andrew Kimani', KI, None, role='chief executive, Birmingham Children\'s Trust'),
      Q('Seven,', 'Councillor Gail Pearce', PE, 'repeated', role='councillor (Lab, Handsworth)'),
      Q('Seven,', 'Councillor Gail Pearce', PE, 'said', role='councillor (Lab, Handsworth)'),
      Q('a significant proportion', 'Andrew Kimani', KI, 'said', role='chief executive, Birmingham Children\'s Trust'),
      Q('a wish list with a spreadsheet attached', 'Councillor Imran Sadiq', SA, 'described', role='councillor (Con, Sutton Four Oaks)'),
      Q('stamina', 'Councillor Mary Lunt', LU, 'thanked', role='chair', optional=True),
      Q("We'll do it all again in January,", 'Councillor Mary Lunt', LU, 'said', role='chair')],
     [{'name': 'Tom Hadley', 'role': 'Political Sketch Writer'},
      {'name': 'Andrew Kimani', 'role': 'chief executive, Birmingham Children\'s Trust'},
      {'name': 'Gail Pearce', 'role': 'Councillor (Lab, Handsworth)'},
      {'name': 'Imran Sadiq', 'role': 'Councillor (Con, Sutton Four Oaks)'},
      {'name': 'Mary Lunt', 'role': 'chair of the committee'}],
     ["Read more: Children's trust chief warns of £23m black hole | Council tax to rise by 4.99%",
      'Sign up to the Brum Post morning newsletter.', 'Got a story? Call the newsdesk on 01632 960187.'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). A local news site\'s political sketch of a scrutiny '
     'meeting (news_article). The record period is the year of the report the committee discussed ("annual performance '
     'report for 2025/26"); "a year before" and "two years earlier" carry their own periods, and the savings year 2026/27 its '
     'own. The sketch\'s colour numbers: report pages (118 required, the headline repeats it), appendices and glossary pages '
     'optional; 11 of 13 members (11 required, 13 optional); times of day, "94 minutes in", "twenty minutes" and the room '
     'number are not figures; the headline\'s "Three hours" (meeting length, hours not a spec unit) optional. Children in care and their feature subsets (placements over £10,000 a week, unregistered '
     'homes) are looked_after_children (placement-defined subsets keep the metric, the 3 December 2026 ruling); the £10,000 '
     'threshold optional. Referrals, the 6% rise and the re-referral rate are social_care_referrals ("within 12 months" a '
     'window inside the measure). "reviewed every 7 days" is a standing rule; "none had lasted longer than 11 weeks" a '
     'bounded duration (qualifier). Notifications 14 and rapid reviews 14: same value, two facts. The update "in 3 months" '
     'is a deadline (figure). Quotes: "Seven," twice (two quotes, repeated/said cues); "overspend" and "stamina" are scare-'
     'quoted words (optional); "a significant proportion" and "a wish list ..." are fragments of the speakers\' own words '
     '(required). The Read more line (£23m, 4.99%) is boilerplate.')
