"""Writer q, q06: a local newspaper's 'council week ahead' agenda preview (Slough), txt, several speakers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'q06_slough_newspaper_council_week_ahead_preview.txt'
TEXT = '''SYNTHETIC document invented for evaluation (writer q, styles21): people, cases, quotes and figures are made up; only place names are real.

SLOUGH & WINDSOR OBSERVER-EXPRESS
News | Politics | Slough

THE WEEK AHEAD AT THE TOWN HALL: children's services money, a safeguarding report and a vote on youth centres

Three meetings this week will shape how Slough looks after its most vulnerable children. Here is what is on the agenda.

By Nadia Chaudhry, Local Democracy Reporter
Published: 06:00, Monday 7 December 2026

---

MONDAY: CABINET, 6.30pm

Cabinet is expected to approve a revised budget for Slough Children First, the council-owned company that runs
children's social care in the town, which is forecasting an overspend of GBP 4.8m this year on a budget of GBP 41.2m.

The report to Cabinet blames placements. The company is looking after 241 children, up from 222 a year ago, and 31 of
them are in residential homes costing an average of GBP 6,200 a week. Nine children are in placements costing more than
GBP 10,000 a week. Agency staff make up 27% of the company's 141 social workers, at an extra cost of GBP 1.9m this
year.

Council leader Cllr Tariq Mahmood said: "Nobody chooses to place a child 200 miles away at GBP 10,000 a week. We are doing
it because the homes we need do not exist in Slough. That is what our new children's home is for."

The council plans to open a four-bed children's home in Langley by September 2027 at a cost of GBP 2.1m.

---

WEDNESDAY: PEOPLE SCRUTINY PANEL, 6.30pm

Councillors will receive the Slough Safeguarding Partnership's annual report for the last financial year, which the
partnership's independent scrutineer will present.

The report says 176 children were subject to a child protection plan at the end of March, a rate of 43.2 per 10,000
children, close to the England rate of 41.6. 1,984 referrals were made to children's social care in the year, and 612
section 47 enquiries were started.

The partnership notified the national Child Safeguarding Practice Review Panel of 4 serious incidents and carried out 4
rapid reviews, all within the 15 working days allowed. It published one local child safeguarding practice review, into
the death of a 7-month-old baby, and two more are still under way.

"The partnership has strengthened its oversight of neglect, but the learning from this review shows that we still too
often see the parent's needs and miss the baby's," the report states.

Independent scrutineer Dr Claire Wetherby writes in her foreword that the partnership is "honest about what it does not
yet know".

The report's 11 recommendations from the review include a single pre-birth assessment pathway, which the partnership says
is already in place.

---

THURSDAY: FULL COUNCIL, 7pm

Full council will vote on a motion from the Liberal Democrat group calling for the two youth centres closed in 2024 to
reopen. The group says 38% of 11 to 18-year-olds in the town have nowhere to go in the evening, citing a council survey
of 1,200 young people.

Lib Dem group leader Cllr Sophie Hendry said the closures had been "a false economy that we are now paying for in
children's social care".

Cabinet member for children, Cllr Paramjit Gill, said the motion would cost GBP 380,000 a year that the council did not
have. "I want youth centres open as much as anyone. I am not going to pretend the money exists," he said.

---

All three meetings are open to the public and are webcast on the council's YouTube channel.

Related stories
>> Slough Children First posts GBP 3.1m loss for second year
>> Foster carer allowances to rise 5% in April

Have your say: 14 comments

MOST READ
1. Road closures on the A4 for three weeks
2. Slough pub named best in Berkshire
3. Council tax to rise by 4.99%

Sign up to our free daily newsletter. We will use your data in line with our privacy notice.
(c) Observer-Express Media 2026
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

per = P('2025-04-01', '2026-03-31')
fy26 = P('2026-04-01', '2027-03-31')
figs = [
    F(4800000, 'gbp', 'other', 'forecast overspend of Slough Children First', 'forecasting an overspend of GBP 4.8m this year', period=fy26),
    F(41200000, 'gbp', 'other', 'Slough Children First budget', 'on a budget of GBP 41.2m', period=fy26),
    F(241, 'count', 'looked_after_children', 'children looked after by the company now', 'The company is looking after 241 children', period=P('2026-12-07', '2026-12-07')),
    F(222, 'count', 'looked_after_children', 'children looked after a year ago', 'up from 222 a year ago', period=P('2025-12-07', '2025-12-07')),
    F(31, 'count', 'looked_after_children', 'children in residential homes', '31 of\nthem are in residential homes', period=P('2026-12-07', '2026-12-07')),
    F(6200, 'gbp', 'other', 'average weekly cost of a residential placement', 'costing an average of GBP 6,200 a week'),
    F(9, 'count', 'looked_after_children', 'children in placements costing more than GBP 10,000 a week', 'Nine children are in placements costing more than', period=P('2026-12-07', '2026-12-07')),
    F(10000, 'gbp', 'other', 'weekly placement cost threshold', 'costing more than\nGBP 10,000 a week', optional=True),
    F(27, 'percent', 'other', 'share of social workers who are agency staff', 'Agency staff make up 27%'),
    F(141, 'count', 'other', 'social workers employed by the company', "the company's 141 social workers"),
    F(1900000, 'gbp', 'other', 'extra cost of agency staff', 'an extra cost of GBP 1.9m', period=fy26),
    F(200, 'count', 'other', 'miles away (inside a quote)', 'place a child 200 miles away', optional=True),
    F(4, 'count', 'other', 'beds in the planned children\'s home', 'open a four-bed children\'s home', optional=True),
    F(2100000, 'gbp', 'other', 'cost of the planned children\'s home', 'at a cost of GBP 2.1m'),
    F(176, 'count', 'child_protection_plans', 'children subject to a child protection plan at the end of March', '176 children were subject to a child protection plan'),
    F(43.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate per 10,000', 'a rate of 43.2 per 10,000'),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'England child protection plan rate', 'close to the England rate of 41.6'),
    F(1984, 'count', 'social_care_referrals', 'referrals to children\'s social care', '1,984 referrals were made to children\'s social care'),
    F(612, 'count', 'section_47_enquiries', 'section 47 enquiries started', '612\nsection 47 enquiries were started'),
    F(4, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'of 4 serious incidents'),
    F(4, 'count', 'rapid_reviews', 'rapid reviews carried out', 'carried out 4\nrapid reviews'),
    F(15, 'days', 'other', 'rapid review timescale (working days)', 'within the 15 working days allowed'),
    F(1, 'count', 'lcsprs_published', 'LCSPR published', 'It published one local child safeguarding practice review'),
    F(7, 'months', 'other', 'age of the baby who died', 'the death of a 7-month-old baby'),
    F(1, 'count', 'child_deaths', 'baby who died (the review\'s subject)', 'the death of a 7-month-old baby', optional=True),
    F(2, 'count', 'lcsprs_ongoing', 'LCSPRs still under way', 'two more are still under way'),
    F(11, 'count', 'recommendations', 'recommendations from the review', "The report's 11 recommendations"),
    F(2, 'count', 'other', 'youth centres closed in 2024', 'the two youth centres closed in 2024'),
    F(38, 'percent', 'other', 'young people with nowhere to go in the evening', '38% of 11 to 18-year-olds'),
    F(11, 'years', 'other', 'survey age band lower bound', '11 to 18-year-olds', optional=True),
    F(18, 'years', 'other', 'survey age band upper bound', '11 to 18-year-olds', optional=True),
    F(1200, 'count', 'other', 'young people in the council survey', 'a council survey\nof 1,200 young people'),
    F(380000, 'gbp', 'other', 'annual cost of reopening the youth centres', 'cost GBP 380,000 a year'),
]
quotes = [
    Q('Nobody chooses to place a child 200 miles away at GBP 10,000 a week. We are doing it because the homes we need do not exist in Slough. That is what our new children\'s home is for.',
      'Tariq Mahmood', ['Cllr Mahmood', 'Mahmood', 'Councillor Mahmood', 'Cllr Tariq Mahmood'], 'said', role='council leader'),
    Q("The partnership has strengthened its oversight of neglect, but the learning from this review shows that we still too often see the parent's needs and miss the baby's,",
      'the report', ['report', 'the annual report', "the partnership's annual report", 'Slough Safeguarding Partnership'], 'states'),
    Q('honest about what it does not yet know', 'Claire Wetherby', ['Dr Wetherby', 'Wetherby', 'Dr Claire Wetherby'],
      'writes in her foreword that the partnership is', role='Independent scrutineer'),
    Q('a false economy that we are now paying for in children\'s social care', 'Sophie Hendry',
      ['Cllr Hendry', 'Hendry', 'Councillor Hendry', 'Cllr Sophie Hendry'], 'said the closures had been',
      role='Lib Dem group leader'),
    Q('I want youth centres open as much as anyone. I am not going to pretend the money exists,', 'Paramjit Gill',
      ['Cllr Gill', 'Gill', 'Councillor Gill', 'Cllr Paramjit Gill'], 'he said', role='Cabinet member for children'),
]
gold(DOC, 'news_article', "THE WEEK AHEAD AT THE TOWN HALL: children's services money, a safeguarding report and a vote on youth centres",
     'Slough', 'Slough Safeguarding Partnership', per, figs,
     ['06:00', '7 December 2026', '6.30pm', '7pm', 'September 2027', '2024', '10,000 children', 'Three meetings',
      'All three meetings', '14 comments', 'GBP 3.1m', '5%', 'A4', '4.99%', 'three weeks', '2026'],
     quotes,
     [{'name': 'Tariq Mahmood', 'role': 'council leader'},
      {'name': 'Claire Wetherby', 'role': 'Independent scrutineer'},
      {'name': 'Sophie Hendry', 'role': 'Lib Dem group leader'},
      {'name': 'Paramjit Gill', 'role': 'Cabinet member for children'},
      {'name': 'Nadia Chaudhry', 'role': 'Local Democracy Reporter'}],
     ['>> Slough Children First posts GBP 3.1m loss for second year', '>> Foster carer allowances to rise 5% in April',
      'Have your say: 14 comments', '1. Road closures on the A4 for three weeks', '3. Council tax to rise by 4.99%',
      'Sign up to our free daily newsletter.', '(c) Observer-Express Media 2026'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A local newspaper\'s "week ahead" preview of three '
     'council meetings (news_article). The record period is implied: the story presents the safeguarding partnership\'s '
     'annual report "for the last financial year", published 7 December 2026 -> 2025-04-01 to 2026-03-31. Figures from the '
     'Cabinet item carry their own periods: the overspend and budget for "this year" (2026/27), children looked after now '
     '(a publication-date snapshot) and "a year ago"; residential and high-cost placement counts keep looked_after_children '
     '(placement subsets, ruling 3). The GBP 10,000 threshold (a definition, repeated in a quote) optional; "200 miles" and '
     '"four-bed" optional. Partnership report figures: CP plans 176 at the end of March (period end), rate 43.2 and England '
     '41.6, referrals, s47, 4 SINs and 4 rapid reviews (same value, two facts), 15 working days (standing deadline), 1 '
     'LCSPR published, 2 ongoing, the baby\'s age (case fact) required, the death itself optional, 11 recommendations. '
     'Motion: two youth centres closed, 38%, survey 1,200, cost GBP 380,000 a year. Quotes: the leader (said), the report '
     '(states, after the quote), the scrutineer\'s fragment (writes ... that), the Lib Dem leader\'s fragment, the cabinet '
     'member (said ..., then the quote with "he said" after it: pronoun -> Paramjit Gill). Related stories, comments count, '
     'most-read list and newsletter line are boilerplate.')
