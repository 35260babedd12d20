"""Writer l, l03: a local news site's full transcript of a Salford City Council press conference (txt). news_article;
no record period (a press conference on a plan, with figures dated in the text)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'l03_salford_childrens_homes_press_conference_transcript.txt'
qa = "I have lived in nine places since I was 12. I want to go to college in Salford and still see my little brother on a Saturday."
qb = 'a system under strain, not a system that has stopped caring'
qc = 'Nobody rang me back for eleven days. By then my son was already placed in Blackburn.'
TEXT = f"""[SYNTHETIC DOCUMENT - invented for evaluation: the publication, the press conference, every person, quote and figure are made up; only place names are real.]

SALFORD QUAYS COURIER
News | Politics | Salford

FULL TRANSCRIPT: Council sets out £7.2m plan to bring children's homes back into Salford

By Declan Mwangi, Local Democracy Reporter
Published 11 November 2026, 16:42 | Updated 11 November 2026, 18:05

Salford City Council held a press conference at the Civic Centre in Swinton this afternoon to launch its plan to open four new children's homes in the city. Below is a transcript of the opening statements and the questions from reporters, lightly edited for clarity. Timings are from the council's livestream.

Speakers: Councillor Nadia Threlfall, lead member for children's services; Marcus Eddowes, Strategic Director for Children's Services; reporters from the Courier, BBC North West and Quays Radio.

[00:00:14] CLLR NADIA THRELFALL: Good afternoon, and thank you for coming. Today the council is committing £7.2 million over three years to bring our children home. We will open four new children's homes inside the city, with 14 beds between them, the first in the spring.

At the moment 71 Salford children live in residential children's homes, and 38 of them live outside the city, some of them more than 50 miles away. The average placement costs us £6,800 a week, and the most expensive cost as much as £12,000 a week. That is money going to private providers' shareholders, and it is children a long way from their schools and their families.

[00:01:48] CLLR THRELFALL: I want to read you something. A young woman in our care wrote to me last month, and she said I could share it. She wrote: "{qa}" That letter is why we are doing this.

[00:02:30] MARCUS EDDOWES: Thank you, Nadia. Let me give you the wider picture. At the end of September 612 children were in the care of Salford City Council. That is a rate of 127 per 10,000 children, against 71 for England. Child protection plans are coming down: 419 children are on a plan today, down from 468 a year ago.

We are also putting £2.3 million of the plan into family help, which pays for 48 family help workers in the neighbourhoods. Last year 41% of our referrals ended with no further action. We want that below 30%, because every one of those is a family who needed something and got a letter.

[00:04:05] REPORTER (Courier): Mr Eddowes, the national panel's annual report this summer named Salford. How many serious incidents did you notify last year?

[00:04:16] MARCUS EDDOWES: In 2025/26 we notified the panel of 11 serious incidents. We held 11 rapid reviews, all of them within the 15 working days, and two have gone on to local child safeguarding practice reviews, which will publish next year. The panel's report described the North West as "{qb}", and I think that is fair.

[00:05:02] REPORTER (BBC North West): Is the money new, or is it coming out of something else?

[00:05:09] CLLR THRELFALL: £4.9 million is borrowing against the homes themselves, which we will own. The rest comes from the savings. If we bring just 10 children back from the most expensive placements, we save around £2.8 million a year.

[00:05:51] REPORTER (Quays Radio): A listener texted us this morning. She said: "{qc}" What do you say to her?

[00:06:10] MARCUS EDDOWES: I am sorry. I can't talk about an individual family, but she should not have waited that long, and I will ask the team to contact her today. Our own standard is a call back within two working days.

[00:06:44] REPORTER (Courier): And staffing? You can't open homes without staff.

[00:06:50] MARCUS EDDOWES: Agency social workers are 27% of the workforce now, down from 34% two years ago, and average caseloads are 19. For the homes we need about 60 residential staff. We are offering a £2,000 welcome payment, paid in two halves.

[00:07:32] CLLR THRELFALL: The courts are the other pressure. We started care proceedings for 96 children last year. They took 41 weeks on average, when the law says 26. That is not good for any child.

[00:08:15] CLLR THRELFALL: Thank you all. The cabinet decides on the plan on 2 December.

[Ends, 00:08:21]

Read more:
- Salford's 14 care homes planning row: what happened at Tuesday's meeting
- Eccles school's 150th birthday in pictures

Get the Courier's free daily newsletter, sent every weekday at 7am. Sign up at courier-salford.example/newsletter.
Got a story? Call the newsdesk on 020 7946 0815.
© Salford Quays Courier 2026
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

PER = P(None, None)
FY = P('2025-04-01', '2026-03-31', '2025/26')
o, LAC, CP = 'other', 'looked_after_children', 'child_protection_plans'
figs = [
    F(7200000, 'gbp', o, "council's children's homes plan", 'committing £7.2 million over three years'),
    F(3, 'years', o, 'length of the plan', '£7.2 million over three years'),
    F(4, 'count', o, "new children's homes to open", "We will open four new children's homes inside the city"),
    F(14, 'count', o, "beds in the new children's homes", 'with 14 beds between them'),
    F(71, 'count', LAC, "Salford children living in residential children's homes", "71 Salford children live in residential children's homes"),
    F(38, 'count', LAC, 'children in residential homes outside the city', '38 of them live outside the city'),
    F(50, 'count', o, 'distance in miles of some placements', 'more than 50 miles away', qualifier='more than', optional=True),
    F(6800, 'gbp', o, 'average weekly residential placement cost', 'The average placement costs us £6,800 a week'),
    F(12000, 'gbp', o, 'weekly cost of the most expensive placements', 'as much as £12,000 a week', qualifier='as much as'),
    F(612, 'count', LAC, 'children in the care of Salford City Council', 'At the end of September 612 children were in the care of Salford City Council'),
    F(127, 'rate_per_10000', LAC, 'children in care per 10,000 children, Salford', 'That is a rate of 127 per 10,000 children'),
    F(71, 'rate_per_10000', LAC, 'children in care per 10,000 children, England comparator', 'against 71 for England'),
    F(419, 'count', CP, 'children on a child protection plan', '419 children are on a plan today'),
    F(468, 'count', CP, 'children on a child protection plan a year ago', 'down from 468 a year ago', period=P('2025-11-11', '2025-11-11', 'a year ago')),
    F(2300000, 'gbp', o, 'part of the plan for family help', '£2.3 million of the plan into family help'),
    F(48, 'count', o, 'family help workers', 'pays for 48 family help workers'),
    F(41, 'percent', 'social_care_referrals', 'referrals that ended with no further action last year', 'Last year 41% of our referrals ended with no further action', period=P('2025-04-01', '2026-03-31', 'Last year')),
    F(30, 'percent', 'social_care_referrals', 'target for referrals ending with no further action', 'We want that below 30%', qualifier='below', optional=True),
    F(11, 'count', 'serious_incident_notifications', 'serious incidents notified to the panel', 'In 2025/26 we notified the panel of 11 serious incidents', period=FY),
    F(11, 'count', 'rapid_reviews', 'rapid reviews held', 'We held 11 rapid reviews', period=FY),
    F(15, 'days', o, 'rapid review deadline in working days', 'all of them within the 15 working days'),
    F(2, 'count', 'lcsprs_commissioned', 'rapid reviews that went on to local child safeguarding practice reviews', 'two have gone on to local child safeguarding practice reviews', period=FY),
    F(4900000, 'gbp', o, 'borrowing against the homes', '£4.9 million is borrowing against the homes'),
    F(10, 'count', LAC, 'children to bring back from the most expensive placements (illustration)', 'If we bring just 10 children back', optional=True),
    F(2800000, 'gbp', o, 'annual saving from bringing 10 children back', 'we save around £2.8 million a year', qualifier='around'),
    F(2, 'days', o, 'standard for a call back in working days', 'Our own standard is a call back within two working days'),
    F(27, 'percent', o, 'agency social workers as share of the workforce', 'Agency social workers are 27% of the workforce now'),
    F(34, 'percent', o, 'agency share two years ago', 'down from 34% two years ago', period=P('2024-11-11', '2024-11-11', 'two years ago')),
    F(19, 'count', o, 'average social worker caseload', 'average caseloads are 19'),
    F(60, 'count', o, 'residential staff needed for the homes', 'we need about 60 residential staff', qualifier='about'),
    F(2000, 'gbp', o, 'welcome payment for residential staff', 'We are offering a £2,000 welcome payment'),
    F(96, 'count', 'court_orders', 'children for whom care proceedings were started last year', 'We started care proceedings for 96 children last year', period=P('2025-04-01', '2026-03-31', 'last year')),
    F(41, 'weeks', o, 'average duration of care proceedings', 'They took 41 weeks on average', period=P('2025-04-01', '2026-03-31', 'last year')),
    F(26, 'weeks', o, 'statutory limit for care proceedings', 'when the law says 26'),
    F(9, 'count', o, "number of placements in the young woman's letter (inside a quote)", 'I have lived in nine places since I was 12', optional=True),
    F(12, 'years', o, "the young woman's age when she came into care (inside a quote)", 'since I was 12', optional=True),
    F(11, 'days', o, "days the listener waited for a call back (inside a quote)", 'Nobody rang me back for eleven days', optional=True),
]
nf = ['11 November 2026, 16:42', '11 November 2026, 18:05', '[00:00:14]', '[00:04:16]', '[Ends, 00:08:21]', 'last month',
      'on a Saturday', '2 December', "Salford's 14 care homes planning row", "Eccles school's 150th birthday", 'at 7am',
      '020 7946 0815', '© Salford Quays Courier 2026', 'paid in two halves', 'per 10,000 children', 'this summer']
quotes = [
    Q(qa, 'a young woman in care', ['young woman', 'young woman in our care'], 'wrote', role='a young woman in the care of Salford City Council (letter read out by Cllr Threlfall)'),
    Q(qb, 'the national panel', ["the panel's report", 'national panel', 'Child Safeguarding Practice Review Panel'], 'described', role="the national panel's annual report, as quoted by Marcus Eddowes"),
    Q(qc, 'a Quays Radio listener', ['listener'], 'said', role='a listener who texted Quays Radio'),
]
people = [{'name': 'Nadia Threlfall', 'role': "lead member for children's services, Salford City Council"},
          {'name': 'Marcus Eddowes', 'role': "Strategic Director for Children's Services, Salford City Council"},
          {'name': 'Declan Mwangi', 'role': 'Local Democracy Reporter, Salford Quays Courier'}]
bp = ["Salford's 14 care homes planning row: what happened at Tuesday's meeting", "Eccles school's 150th birthday in pictures",
      "Get the Courier's free daily newsletter, sent every weekday at 7am.", 'Got a story? Call the newsdesk on 020 7946 0815.',
      '© Salford Quays Courier 2026']
gold(DOC, 'news_article', "FULL TRANSCRIPT: Council sets out £7.2m plan to bring children's homes back into Salford", 'Salford', None, PER,
     figs, nf, quotes, people, bp,
     "A local news site's transcript of a council press conference (news_article: a publication's page, masthead first). No record period: "
     "the press conference launches a plan; figures tied to a year or a time point carry their own period ('In 2025/26', 'last year' in a "
     "November 2026 statement = 2025/26, 'a year ago', 'two years ago'); snapshots 'today' and 'At the end of September' are left without one. "
     "Partnership null (none is named). Speaker turns have no quote marks and are not quotes (as the radio and Hansard transcripts of earlier "
     "folders); the only quotes are the letter read out (cue 'wrote'), the panel report's fragment ('described ... as') and the listener's text. "
     "Numbers inside those quotes are optional. Placement counts (residential homes, outside the city) keep looked_after_children; England "
     "comparator rate same metric; NFA share of referrals -> social_care_referrals; care proceedings started -> court_orders; "
     "'within the 15 working days', 'within two working days' and the 26-week limit are standing deadlines (required); targets optional; "
     "'just 10 children' an illustration, optional. Timestamps, the 'Read more' links, newsletter and newsdesk lines are boilerplate/not figures.")
