"""j07: open letter from a coalition of schools, GPs and charities to the council leader about proposed early help cuts
(West Berkshire; plain text, letter form; period only implied by its date: 'this financial year' in February 2026).
Run: python3 _src/g_j07.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'j07_west_berkshire_open_letter_early_help_cuts.txt'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
TEXT = """SYNTHETIC DOCUMENT: invented for evaluating a text extractor. The coalition, people, quotes and figures are made up; only the place name is real.

AN OPEN LETTER ON THE FUTURE OF EARLY HELP IN WEST BERKSHIRE

From the West Berkshire Family Support Alliance
Published at westberksfamilies.example, 12 February 2026

To: the Leader of West Berkshire Council
Copied to: the Executive Member for Children and Families; the Director of Children's Services; all 43 councillors

Dear Leader,

We are writing, as 46 people who work with West Berkshire's children and families every day, about the proposal in the council's draft budget to reduce early help spending. We are 21 headteachers, 9 GPs and the leaders of 16 local charities. We do not usually write letters like this one.

What is proposed

The consultation document proposes to cut £1.2m from the early help budget of £4.6m in 2026/27, a reduction of 26%. Three of the five family centres would close, and 14 family support worker posts would be deleted. The document describes this as "the least damaging option available to a council that must balance its budget".

We understand the pressure on the council. We do not believe this is the least damaging option.

What early help does now

This financial year, the early help service has worked with 1,240 families and 2,150 children. Of the families whose support ended, 83% did not need a referral to children's social care in the following 12 months. The three centres proposed for closure had 9,800 visits in 2024/25. Families already wait an average of six weeks for a family support worker, up from three weeks a year ago, and social workers stepped down 318 children to early help this year.

At the same time, demand on children's social care is rising. There have been 2,010 referrals so far this financial year, already more than in the whole of the last one. There are 142 children on child protection plans and 178 children in the council's care.

One residential placement for a child in care now costs around £6,200 a week, or more than £320,000 a year. Keeping two children out of residential care for a year would pay for all 14 of the posts that would be lost.

What families tell us

When the Alliance surveyed 412 parents who had used a family centre, 9 in 10 said it had helped them before things reached crisis. One mother told one of our family workers: "I walked in because there was a baby group. I walked out with somebody who would help me leave him."

A 14-year-old who attends the Thatcham centre's young carers' group wrote to us: "It's the only place where nobody asks why I'm tired."

What we ask

We ask the council to:
1. withdraw the proposal to close three family centres;
2. keep the 14 family support worker posts for at least a further 12 months while the impact is assessed;
3. publish the equality impact assessment before the Executive meets on 5 March.

The consultation closes on 27 February. We would welcome a meeting with you before then.

Yours sincerely,

Dr Priti Shah, GP, Newbury (Chair of the Alliance)
Mark Ellery, Headteacher, Kennet Valley Primary School
Sue Tanaka, Chief Executive, Berkshire Young Carers Trust
and 43 others (full list at westberksfamilies.example/letter)

Media enquiries: 01632 960655
"""
open(OUT, 'w', encoding='utf-8').write(TEXT)

PER = P('2025-04-01', '2026-03-31', 'this financial year')
FY = P('2026-04-01', '2027-03-31', '2026/27')
fig = [
    F(43, 'count', 'other', 'councillors copied in', 'all 43 councillors', optional=True),
    F(46, 'count', 'other', 'signatories to the letter', 'as 46 people who work with'),
    F(21, 'count', 'other', 'headteachers signing', 'We are 21 headteachers'),
    F(9, 'count', 'other', 'GPs signing', '9 GPs'),
    F(16, 'count', 'other', 'local charity leaders signing', 'the leaders of 16 local charities'),
    F(1200000, 'gbp', 'other', 'proposed cut to early help budget', 'proposes to cut \u00a31.2m', period=FY),
    F(4600000, 'gbp', 'other', 'early help budget', 'the early help budget of \u00a34.6m in 2026/27', period=FY),
    F(26, 'percent', 'other', 'proposed reduction in early help budget', 'a reduction of 26%', period=FY),
    F(3, 'count', 'other', 'family centres proposed to close', 'Three of the five family centres would close'),
    F(5, 'count', 'other', 'family centres', 'Three of the five family centres'),
    F(14, 'count', 'other', 'family support worker posts to be deleted', '14 family support worker posts would be deleted'),
    F(1240, 'count', 'other', 'families supported by early help this financial year', 'has worked with 1,240 families'),
    F(2150, 'count', 'other', 'children supported by early help', '2,150 children'),
    F(83, 'percent', 'other', "families ending early help who did not need a referral to children's social care", '83% did not need a referral'),
    F(9800, 'count', 'other', 'visits to the three centres proposed for closure', 'had 9,800 visits in 2024/25', period=P('2024-04-01', '2025-03-31', '2024/25')),
    F(6, 'weeks', 'other', 'average wait for a family support worker', 'an average of six weeks'),
    F(3, 'weeks', 'other', 'average wait a year ago', 'up from three weeks a year ago', period=P('2025-02-12', '2025-02-12', 'a year ago')),
    F(318, 'count', 'other', 'children stepped down from social care to early help', 'stepped down 318 children to early help'),
    F(12, 'months', 'other', 'follow-up window after early help ended', 'in the following 12 months'),
    F(2010, 'count', 'social_care_referrals', "referrals to children's social care so far this financial year", 'There have been 2,010 referrals so far'),
    F(142, 'count', 'child_protection_plans', 'children on child protection plans', 'There are 142 children on child protection plans'),
    F(178, 'count', 'looked_after_children', "children in the council's care", "178 children in the council's care"),
    F(6200, 'gbp', 'other', 'weekly cost of a residential placement', 'around \u00a36,200 a week', qualifier='about'),
    F(320000, 'gbp', 'other', 'annual cost of a residential placement', 'more than \u00a3320,000 a year', qualifier='more than'),
    F(2, 'count', 'looked_after_children', 'children kept out of residential care for a year (illustration)', 'Keeping two children out of residential care', optional=True),
    F(412, 'count', 'other', 'parents surveyed who had used a family centre', 'surveyed 412 parents'),
    F(90, 'percent', 'other', 'parents saying the centre helped before crisis', '9 in 10 said it had helped them'),
    F(14, 'years', 'other', 'age of young carer quoted', 'A 14-year-old', optional=True),
    F(12, 'months', 'other', 'minimum further period to keep posts', 'for at least a further 12 months', qualifier='at least'),
]
nf = ['12 February 2026', 'westberksfamilies.example/letter', '5 March', '27 February', '1. withdraw', '01632 960655', 'and 43 others']
quotes = [
    Q('the least damaging option available to a council that must balance its budget', 'the consultation document', ['West Berkshire Council', 'the council', 'The document'], 'describes'),
    Q('I walked in because there was a baby group. I walked out with somebody who would help me leave him.', 'a mother', ['One mother', 'mother'], 'told'),
    Q("It's the only place where nobody asks why I'm tired.", 'a 14-year-old young carer', ['A 14-year-old', 'young carer'], 'wrote'),
]
people = [{'name': 'Priti Shah', 'role': 'GP, Chair of the West Berkshire Family Support Alliance'},
          {'name': 'Mark Ellery', 'role': 'Headteacher, Kennet Valley Primary School'},
          {'name': 'Sue Tanaka', 'role': 'Chief Executive, Berkshire Young Carers Trust'}]
note = ("Open letter from a coalition of headteachers, GPs and charities to the council leader (plain text; kind other: a campaign's letter, not news and not a council paper; partnership null). "
        "The record period is only implied by the publication date: 'this financial year' in a letter of 12 February 2026 = 2025/26; the budget figures carry 2026/27. The letter's first-person prose is not a quote. "
        "Traps: signatory counts (46 = 21 + 9 + 16; 'and 43 others' vs 'all 43 councillors', optional, two facts with one value); \u00a31.2m of \u00a34.6m and 26% (own period); 'Three of the five' (two figures); "
        "14 posts said twice (one fact); 83% no referral within 12 months (an early help outcome, other; the window is a figure); 9,800 visits in 2024/25 (own period); waits of six weeks vs three weeks a year ago; 318 step-downs (other); referrals 'so far this financial year'; CP plans and children in care; "
        "'around \u00a36,200 a week, or more than \u00a3320,000 a year' (qualifiers); an illustrative 'two children' optional; '9 in 10' = 90; numbered asks (list numbers not figures) with 'at least a further 12 months'; "
        "dates '5 March', '27 February' not figures; three quotes: a fragment from the consultation document (cue describes), a mother ('told'), a 14-year-old ('wrote', age optional).")
gold(DOC, 'other', 'An open letter on the future of early help in West Berkshire', 'West Berkshire', None, PER, fig, nf, quotes, people,
     ['Media enquiries: 01632 960655'], note)
