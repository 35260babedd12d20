"""Writer s, s05: a local newspaper's 'year in review' of children's services (North Northamptonshire), txt, month by
month; several speakers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 's05_north_northamptonshire_newspaper_year_in_review_childrens_services.txt'
TEXT = '''SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.

THE KETTERING & CORBY CHRONICLE
News | Sport | What's On | Property | Jobs | Sign in

2025 IN REVIEW: The year children's services in North Northamptonshire came under the spotlight

From a damning inspection to a record number of children in care, our education and social affairs reporter looks back on twelve months that tested the council and the trust that runs its children's services

By Hannah Mistry
Education and social affairs reporter
30 December 2025, 6:00am
Updated 30 December 2025, 9:12am

Share  |  12 comments

It has been a year that few who work in children's services in North Northamptonshire will want to repeat.

Here, month by month, is how 2025 unfolded.

JANUARY
The year began with the council confirming that 498 children were in its care, up from 451 twelve months earlier. Placing them cost North Northamptonshire Council £71.3m in 2024/25, and the bill for 2025/26 was already forecast to be £8.6m higher than budgeted.

MARCH
Ofsted inspectors spent three weeks with Northamptonshire Children's Trust, which runs social care for both North and West Northamptonshire. Their report, published in April, rated the trust "requires improvement to be good" overall.

Inspectors found that 27% of social workers were employed through agencies and that some children had had four or more social workers in a year.

Councillor Helen Ashby, the council's executive member for children, said at the time: "Nobody is pretending this is where we want to be. But inspectors also saw the work of staff who go the extra mile every single day."

MAY
The Northamptonshire Safeguarding Children Partnership published its review into the death of a baby boy known as Child N, who died aged 11 weeks in Corby in 2023.

The review made nine recommendations, and found that health visitors had made three home visits but had not been told the family had moved twice.

"This was a baby whose world got smaller and smaller, and the professionals around him did not see it," the review says.

JULY
Figures released in the partnership's annual report showed that 41 serious incidents were notified across the county in the previous year, 18 of them in North Northamptonshire. Nine rapid reviews were held in the north, and two local child safeguarding practice reviews were commissioned.

The number of North Northamptonshire children on a child protection plan stood at 412, a rate of 52.6 per 10,000 children, above the England average of 41.6.

SEPTEMBER
The council launched a drive to recruit 60 new foster carers over two years, offering a £1,000 "welcome payment". By December, 23 households had been approved.

Foster carer Denise Okoro, from Wellingborough, who has cared for 38 children over 19 years, said: "People think you need a big house and a perfect life. You need a spare room and a lot of patience."

OCTOBER
A new family hub opened in Rushden, the sixth in North Northamptonshire, backed by £2.4m of government funding. The hubs saw 11,800 visits in their first six months, according to the council.

NOVEMBER
Children's services were again the biggest pressure in the council's budget. Officers told the scrutiny committee that the overspend for 2025/26 had grown to £11.2m, and that 29 children were in residential placements costing more than £10,000 a week each.

Trust chief executive Kieran Makepeace told councillors: "We have turned a corner on recruitment. We have 31 newly qualified social workers who joined us in September, and our agency rate is down to 19%."

But Labour group leader Cllr Ben Tallis said the figures showed "a system still running to stand still".

DECEMBER
As the year closes, 517 children are in the council's care. The trust says that 86% of its child protection conferences were held on time this year, against its own target of 90%.

"Next year has to be the year the improvement shows up in children's lives, not just in our spreadsheets," Cllr Ashby said.

---
Read more:
Corby mum's 10-year fight for autism diagnosis
Kettering pub named one of 50 best in the Midlands

Sign up to our daily newsletter - it takes 30 seconds
Comments (12)
Most read
1. A14 closed after three-car crash
2. Wellingborough school rated outstanding
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

Y = P('2025-01-01', '2025-12-31')
PY = P('2024-04-01', '2025-03-31', '2024/25')
CUR = P('2025-04-01', '2026-03-31', '2025/26')
PREV = P('2024-04-01', '2025-03-31', 'the previous year')
figs = [
    F(498, 'count', 'looked_after_children', 'children in care in January', 'confirming that 498 children were in its care', period=P('2025-01-01', '2025-01-31', 'January 2025')),
    F(451, 'count', 'looked_after_children', 'children in care twelve months earlier', 'up from 451 twelve months earlier', period=P('2024-01-01', '2024-01-31', 'twelve months earlier')),
    F(71300000, 'gbp', 'other', 'cost of placements', 'cost North Northamptonshire Council \u00a371.3m in 2024/25', period=PY),
    F(8600000, 'gbp', 'other', 'forecast overspend 2025/26 in January', 'forecast to be \u00a38.6m higher than budgeted', period=CUR),
    F(3, 'weeks', 'other', 'length of the inspection', 'spent three weeks with Northamptonshire'),
    F(27, 'percent', 'other', 'social workers employed through agencies', 'found that 27% of social workers'),
    F(4, 'count', 'other', 'social workers a child had had in a year', 'four or more social workers in a year', qualifier='or more', optional=True),
    F(1, 'count', 'lcsprs_published', 'review published by the partnership', 'published its review into the death of a baby boy', optional=True),
    F(11, 'weeks', 'other', 'age of Child N at death', 'died aged 11 weeks'),
    F(1, 'count', 'child_deaths', 'death of Child N', 'the death of a baby boy known as Child N', optional=True),
    F(9, 'count', 'recommendations', 'recommendations of the Child N review', 'The review made nine recommendations'),
    F(3, 'count', 'other', 'health visitor home visits', 'made three home visits'),
    F(2, 'count', 'other', 'times the family moved', 'the family had moved twice', optional=True),
    F(41, 'count', 'serious_incident_notifications', 'serious incidents notified across the county', '41 serious incidents were notified across the county', period=PREV),
    F(18, 'count', 'serious_incident_notifications', 'serious incidents notified in North Northamptonshire', '18 of them in North Northamptonshire', period=PREV),
    F(9, 'count', 'rapid_reviews', 'rapid reviews held in the north', 'Nine rapid reviews were held in the north', period=PREV),
    F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', 'two local child safeguarding practice reviews were commissioned', period=PREV),
    F(412, 'count', 'child_protection_plans', 'children on a child protection plan', 'stood at 412', period=PREV),
    F(52.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 52.6 per 10,000', period=PREV),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'the England average of 41.6', period=PREV),
    F(60, 'count', 'other', 'foster carers to recruit (target)', 'recruit 60 new foster carers', optional=True),
    F(2, 'years', 'other', 'foster carer recruitment drive', 'over two years'),
    F(1000, 'gbp', 'other', 'welcome payment', 'offering a \u00a31,000'),
    F(23, 'count', 'other', 'foster households approved', '23 households had been approved'),
    F(38, 'count', 'other', 'children cared for by a foster carer', 'cared for 38 children over 19 years', optional=True),
    F(19, 'years', 'other', 'years a foster carer has fostered', 'over 19 years', optional=True),
    F(6, 'count', 'other', 'family hubs in North Northamptonshire', 'the sixth in North Northamptonshire', optional=True),
    F(2400000, 'gbp', 'other', 'government funding for family hubs', 'backed by \u00a32.4m of government funding'),
    F(11800, 'count', 'other', 'family hub visits', 'The hubs saw 11,800 visits'),
    F(6, 'months', 'other', 'hubs\' first months', 'in their first six months', optional=True),
    F(11200000, 'gbp', 'other', 'overspend for 2025/26', 'had grown to \u00a311.2m', period=CUR),
    F(29, 'count', 'looked_after_children', 'children in residential placements over \u00a310,000 a week', '29 children were in residential placements'),
    F(10000, 'gbp', 'other', 'weekly cost threshold', 'costing more than \u00a310,000 a week', qualifier='more than', optional=True),
    F(31, 'count', 'other', 'newly qualified social workers joined', 'We have 31 newly qualified social workers'),
    F(19, 'percent', 'other', 'agency rate (in a quote)', 'our agency rate is down to 19%'),
    F(517, 'count', 'looked_after_children', 'children in the council\'s care', 'As the year closes, 517 children'),
    F(86, 'percent', 'other', 'child protection conferences held on time', '86% of its child protection conferences were held on time'),
    F(90, 'percent', 'other', 'target for conferences on time', 'against its own target of 90%', optional=True),
]
quotes = [
    Q('requires improvement to be good', 'Ofsted', ['Ofsted inspectors', 'inspectors'], 'rated', optional=True),
    Q('Nobody is pretending this is where we want to be. But inspectors also saw the work of staff who go the extra mile every single day.',
      'Helen Ashby', ['Ashby', 'Cllr Ashby', 'Councillor Helen Ashby'], 'said', role="the council's executive member for children"),
    Q('This was a baby whose world got smaller and smaller, and the professionals around him did not see it,',
      'the review', ['review', 'the Child N review'], 'says'),
    Q('welcome payment', 'North Northamptonshire Council', ['the council'], None, optional=True),
    Q('People think you need a big house and a perfect life. You need a spare room and a lot of patience.',
      'Denise Okoro', ['Okoro', 'Ms Okoro'], 'said', role='Foster carer'),
    Q('We have turned a corner on recruitment. We have 31 newly qualified social workers who joined us in September, and our agency rate is down to 19%.',
      'Kieran Makepeace', ['Makepeace', 'Mr Makepeace'], 'told', role="Trust chief executive"),
    Q('a system still running to stand still', 'Ben Tallis', ['Tallis', 'Cllr Tallis', 'Cllr Ben Tallis'], 'said',
      role='Labour group leader'),
    Q('Next year has to be the year the improvement shows up in children\'s lives, not just in our spreadsheets,',
      'Helen Ashby', ['Ashby', 'Cllr Ashby'], 'said'),
]
nf = ['30 December 2025', '6:00am', '9:12am', '12 comments', 'Comments (12)', 'twelve months', '2023', '10,000',
      'Corby mum\'s 10-year fight', '50 best', '30 seconds', 'A14', 'three-car']
gold(DOC, 'news_article',
     '2025 IN REVIEW: The year children\'s services in North Northamptonshire came under the spotlight',
     'North Northamptonshire', 'Northamptonshire Safeguarding Children Partnership', Y, figs, nf, quotes,
     [{'name': 'Hannah Mistry', 'role': 'Education and social affairs reporter'},
      {'name': 'Helen Ashby', 'role': "executive member for children"},
      {'name': 'Denise Okoro', 'role': 'Foster carer'}, {'name': 'Kieran Makepeace', 'role': 'Trust chief executive'},
      {'name': 'Ben Tallis', 'role': 'Labour group leader'}],
     ['News | Sport | What\'s On | Property | Jobs | Sign in', 'Share  |  12 comments', 'Read more:',
      'Corby mum\'s 10-year fight for autism diagnosis', 'Kettering pub named one of 50 best in the Midlands',
      'Sign up to our daily newsletter - it takes 30 seconds', 'Most read', '1. A14 closed after three-car crash',
      '2. Wellingborough school rated outstanding'],
     'SYNTHETIC (invented). A local newspaper\'s year-in-review feature (news_article). Record period: the calendar year '
     '2025 in the title (\'2025 IN REVIEW\'); figures from financial years, a partnership annual report\'s \'previous year\' '
     '(taken as 2024/25) and snapshot months carry their own periods; the December snapshot (517) and in-year counts carry '
     'none. Partnership: the county-wide Northamptonshire Safeguarding Children Partnership, named as publishing the review '
     'and the annual report (rulings 2/7: a regional body of which the area is part). County-wide 41 vs North 18 (both '
     'SINs). Child N: age 11 weeks required (case fact); the death and the published review optional (one case in a '
     'round-up). Targets optional; factual figures inside a quote are required (31 newly qualified social workers, the 19% agency rate; as dev03\'s deaths figure inside a quote); \'four or more social workers\' optional; the foster '
     'carer\'s tenure optional (a person\'s own facts). \'a \u00a31,000 "welcome payment"\' scare-quoted phrase optional. '
     'Quotes from five named speakers and the review.')
