"""Writer q, q04: a local Home-Start scheme's annual review (Bury), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'q04_bury_home_start_annual_review_2025.txt'
TEXT = '''SYNTHETIC document invented for evaluation (writer q, styles21): people, cases, quotes and figures are made up; only place names are real.

HOME-START BURY
Supporting families with young children since 1994

ANNUAL REVIEW 2025

Registered charity no. 1099999 | Company limited by guarantee no. 04999999
Unit 4, Fern Street Business Centre, Bury | 01632 960553 | hello@homestartbury.example

------------------------------------------------------------
CONTENTS
  From our Chair ............................ 2
  2025 at a glance .......................... 3
  Who referred families to us ............... 4
  Keeping children safe ..................... 5
  Our volunteers ............................ 6
  What changed for families ................. 7
  Money ..................................... 8
  Thank you ................................. 9
------------------------------------------------------------

FROM OUR CHAIR

Every family we support has a volunteer who is a parent themselves, who visits once a week and who is not
paid to be there. I still think that is the most remarkable thing about Home-Start. In 2025 we supported
more families than in any year since we opened, and we did it while our biggest grant came to an end.

I want to thank our volunteers, our small staff team of 6, and our funders, above all Bury Council and
The National Lottery Community Fund.

Helen Brierley
Chair of Trustees

------------------------------------------------------------
2025 AT A GLANCE

  164    families supported (141 in 2024)
  389    children in those families, 271 of them under five
  58     trained home-visiting volunteers
  212    referrals received
  7.5    months: the average length of support
------------------------------------------------------------

WHO REFERRED FAMILIES TO US

We received 212 referrals in 2025, up from 183 in 2024. Health visitors made 93 of them (44%), children's
social care 38 (18%), family hubs 31 (15%) and the families themselves 22. The rest came from GPs, midwives,
schools and other charities.

Because demand grew faster than our volunteer numbers, 19 families waited more than 8 weeks to be matched
with a volunteer. We have set ourselves the aim of matching every family within 6 weeks in 2026.

KEEPING CHILDREN SAFE

Many of the families we support are also known to children's social care. At the end of December 2025,
14 of the families we were supporting had a child on a child protection plan and 29 had a child in need
plan. Our volunteers do not replace the social worker; they are an extra pair of eyes and hands, and a
friend.

Our coordinators raised 21 safeguarding concerns with Bury's Integrated Front Door in 2025 (16 in 2024),
every one within the same working day, as our policy requires. Four of the children became the subject of
a child protection plan.

All staff and volunteers complete Bury Integrated Safeguarding Partnership's multi-agency safeguarding
training, and our Designated Safeguarding Lead attended the partnership's learning event on the Child W
review, which the partnership published in September.

"Our volunteer, Sue, noticed I hadn't opened my post for weeks. She sat with me while I did it, and then
she stayed while I rang the council. She didn't make me feel stupid. I don't think I would have got
through that winter without her," one mum wrote to us.

OUR VOLUNTEERS

Our 58 volunteers gave 6,840 hours in 2025. 17 new volunteers completed our preparation course, which
runs for 10 weeks, one morning a week. 9 volunteers left, most of them because they went back to work.

Volunteer Patricia Hogan, who has visited families for Home-Start Bury for 11 years, said: "People think
you need to be an expert. You don't. You need to turn up every week and be kind, and be honest with the
coordinator when you're worried."

WHAT CHANGED FOR FAMILIES

When support ends we look again at the goals the family set with us at the start. Of the 118 families
whose support ended in 2025:

  - 87% felt less isolated
  - 82% said their mental health and wellbeing had improved
  - 79% were managing their children's behaviour better
  - 91% were using other services in the community

Nearly two-thirds of families (64%) were referred to us with a parent's mental health as the main reason.

Emma Walsh, family hubs manager at Bury Council, said the charity reached "families who would never walk
through the door of a family hub on their own".

MONEY

Our income in 2025 was GBP 318,450 and our expenditure was GBP 331,120, a deficit of GBP 12,670, which we
met from reserves as the trustees had planned.

  Income                                  GBP
  Bury Council (family hubs grant)     96,000
  National Lottery Community Fund     118,200
  Trusts and foundations               71,650
  Fundraising and donations            32,600
  Total income                        318,450

The National Lottery grant was GBP 354,600 over 3 years and ended in December 2025. At 31 December 2025
we held unrestricted reserves of GBP 88,300, equal to about 3.2 months of running costs. Our policy is to
hold at least three months.

THANK YOU

To every volunteer, funder, referrer and family: thank you.

Home-Start Bury is an independent charity and a member of the Home-Start network.
Follow us: @HomeStartBury | Donate: homestartbury.example/give
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

per = P('2025-01-01', '2025-12-31')
prev = P('2024-01-01', '2024-12-31')
figs = [
    F(6, 'count', 'other', 'staff team', 'our small staff team of 6'),
    F(164, 'count', 'other', 'families supported', '164    families supported'),
    F(141, 'count', 'other', 'families supported in 2024', 'families supported (141 in 2024)', period=prev),
    F(389, 'count', 'other', 'children in supported families', '389    children in those families'),
    F(271, 'count', 'other', 'children under five in supported families', '271 of them under five'),
    F(58, 'count', 'other', 'trained home-visiting volunteers', '58     trained home-visiting volunteers'),
    F(212, 'count', 'other', 'referrals received', 'We received 212 referrals in 2025'),
    F(183, 'count', 'other', 'referrals received in 2024', 'up from 183 in 2024', period=prev),
    F(7.5, 'months', 'other', 'average length of support', '7.5    months: the average length of support'),
    F(93, 'count', 'other', 'referrals from health visitors', 'Health visitors made 93 of them (44%)'),
    F(44, 'percent', 'other', 'share of referrals from health visitors', '93 of them (44%)', optional=True),
    F(38, 'count', 'other', 'referrals from children\'s social care', "children's social care 38 (18%)"),
    F(18, 'percent', 'other', 'share of referrals from children\'s social care', '38 (18%)', optional=True),
    F(31, 'count', 'other', 'referrals from family hubs', 'family hubs 31 (15%)'),
    F(15, 'percent', 'other', 'share of referrals from family hubs', 'family hubs 31 (15%)', optional=True),
    F(22, 'count', 'other', 'self-referrals', 'the families themselves 22'),
    F(19, 'count', 'other', 'families who waited more than 8 weeks to be matched', '19 families waited more than 8 weeks'),
    F(8, 'weeks', 'other', 'wait threshold for matching', 'waited more than 8 weeks to be matched', optional=True),
    F(6, 'weeks', 'other', 'aim: matching every family within', 'matching every family within 6 weeks in 2026', optional=True),
    F(14, 'count', 'child_protection_plans', 'supported families with a child on a child protection plan', '14 of the families we were supporting had a child on a child protection plan'),
    F(29, 'count', 'children_in_need', 'supported families with a child in need plan', '29 had a child in need'),
    F(21, 'count', 'social_care_referrals', 'safeguarding concerns raised with the Integrated Front Door', 'raised 21 safeguarding concerns'),
    F(16, 'count', 'social_care_referrals', 'safeguarding concerns raised in 2024', '(16 in 2024)', period=prev),
    F(4, 'count', 'child_protection_plans', 'children who became the subject of a CP plan after a concern', 'Four of the children became the subject of'),
    F(6840, 'count', 'other', 'volunteer hours', 'gave 6,840 hours', optional=True),
    F(17, 'count', 'other', 'new volunteers who completed the preparation course', '17 new volunteers completed'),
    F(10, 'weeks', 'other', 'length of the volunteer preparation course', 'runs for 10 weeks'),
    F(9, 'count', 'other', 'volunteers who left', '9 volunteers left'),
    F(11, 'years', 'other', 'years the quoted volunteer has visited families', 'for 11 years', optional=True),
    F(118, 'count', 'other', 'families whose support ended', 'Of the 118 families'),
    F(87, 'percent', 'other', 'families who felt less isolated', '87% felt less isolated'),
    F(82, 'percent', 'other', 'families whose mental health and wellbeing improved', '82% said their mental health'),
    F(79, 'percent', 'other', 'families managing children\'s behaviour better', "79% were managing their children's behaviour"),
    F(91, 'percent', 'other', 'families using other community services', '91% were using other services'),
    F(64, 'percent', 'other', 'families referred for parental mental health', 'Nearly two-thirds of families (64%)'),
    F(66.67, 'percent', 'other', 'families referred for parental mental health (two-thirds)', 'Nearly two-thirds', qualifier='nearly', optional=True),
    F(318450, 'gbp', 'other', 'income', 'Our income in 2025 was GBP 318,450'),
    F(331120, 'gbp', 'other', 'expenditure', 'our expenditure was GBP 331,120'),
    F(12670, 'gbp', 'other', 'deficit met from reserves', 'a deficit of GBP 12,670'),
    F(96000, 'gbp', 'other', 'income from Bury Council family hubs grant', 'Bury Council (family hubs grant)     96,000'),
    F(118200, 'gbp', 'other', 'income from the National Lottery Community Fund', 'National Lottery Community Fund     118,200'),
    F(71650, 'gbp', 'other', 'income from trusts and foundations', 'Trusts and foundations               71,650'),
    F(32600, 'gbp', 'other', 'income from fundraising and donations', 'Fundraising and donations            32,600'),
    F(354600, 'gbp', 'other', 'National Lottery grant over three years', 'The National Lottery grant was GBP 354,600 over 3 years', period=P('2023-01-01', '2025-12-31')),
    F(3, 'years', 'other', 'length of the National Lottery grant', 'over 3 years and ended in December 2025'),
    F(88300, 'gbp', 'other', 'unrestricted reserves at 31 December 2025', 'unrestricted reserves of GBP 88,300'),
    F(3.2, 'months', 'other', 'reserves in months of running costs', 'about 3.2 months of running costs', qualifier='about'),
    F(3, 'months', 'other', 'reserves policy', 'hold at least three months', qualifier='at least', optional=True),
]
quotes = [
    Q("Our volunteer, Sue, noticed I hadn't opened my post for weeks. She sat with me while I did it, and then she stayed while I rang the council. She didn't make me feel stupid. I don't think I would have got through that winter without her,",
      'a mum', ['mum', 'one mum', 'a parent', 'a mother'], 'wrote'),
    Q("People think you need to be an expert. You don't. You need to turn up every week and be kind, and be honest with the coordinator when you're worried.",
      'Patricia Hogan', ['Hogan', 'Ms Hogan', 'Mrs Hogan'], 'said', role='Home-Start Bury volunteer'),
    Q('families who would never walk through the door of a family hub on their own', 'Emma Walsh', ['Walsh', 'Ms Walsh'],
      'said the charity reached', role='family hubs manager at Bury Council'),
]
gold(DOC, 'other', 'Home-Start Bury Annual Review 2025', 'Bury', 'Bury Integrated Safeguarding Partnership', per, figs,
     ['1994', 'once a week', '1099999', '04999999', 'Unit 4', '01632 960553', '2026', 'Child W', 'September', '31 December 2025', 'December 2025',
      'under five', 'same working day', '.... 2', '.... 9'],
     quotes,
     [{'name': 'Helen Brierley', 'role': 'Chair of Trustees'},
      {'name': 'Patricia Hogan', 'role': 'Home-Start Bury volunteer'},
      {'name': 'Emma Walsh', 'role': 'family hubs manager at Bury Council'}],
     ['Registered charity no. 1099999 | Company limited by guarantee no. 04999999',
      'Follow us: @HomeStartBury | Donate: homestartbury.example/give'],
     'SYNTHETIC document invented for evaluation (writer q, styles21). A local Home-Start scheme\'s annual review (kind '
     'other: a charity\'s own report, registered charity number in the head). Period from the title "Annual Review 2025" '
     '(calendar year); 2024 comparators carry their own period; the end-of-December snapshots are the period end (no own period). At-a-glance block repeats '
     'prose (mentions). Referral sources are referrals to the charity (other), count (percent) -> percent optional. '
     'Safeguarding concerns raised with the council\'s front door -> social_care_referrals (2024 own period); supported '
     'families with a child on a CP plan / CiN plan keep those metrics; four children who became the subject of a CP plan '
     'keep child_protection_plans (subset defined by the metric). Partnership: Bury Integrated Safeguarding Partnership is '
     'named as publishing the Child W review (ruling 2). '
     'Volunteer hours optional (hours have no unit); 10-week course required; the matching wait threshold and the 2026 aim '
     'optional. Exact 64% required, "Nearly two-thirds" optional. Income table in pounds; its total repeats the income '
     '(mention). Lottery grant over 3 years (years required, the amount with the grant period). Reserves 3.2 months with '
     '"about"; policy optional. The chair\'s foreword is first-person prose, not a quote. Quotes: a mum\'s written words '
     '(cue after the quote, "one mum wrote"), a volunteer (said), the council family hubs manager\'s fragment.')
