"""j04: independent evaluation report of a council family group conferencing service (Kingston upon Thames; plain text,
executive summary bullets, numbered sections, a space-aligned outcomes table, interview quotes from several speakers).
Run: python3 _src/g_j04.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'j04_kingston_family_group_conferencing_evaluation.txt'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
TEXT = """SYNTHETIC DOCUMENT: invented for evaluating a text extractor. The service, people, quotes and figures are made up; only the place name is real.

Thameside Centre for Family Research (invented)
Evaluation Report No. 14 | Version 1.0 | Ethics reference TCFR-ETH-2026-117

FAMILY VOICES: AN INDEPENDENT EVALUATION OF THE ROYAL BOROUGH OF KINGSTON UPON THAMES FAMILY GROUP CONFERENCING SERVICE

Final report to the Royal Borough of Kingston upon Thames, Children's Services

Authors: Dr Helen Okafor and Tom Redfern

-----------------------------------------------------------------
EXECUTIVE SUMMARY
-----------------------------------------------------------------

This evaluation covers families referred to the service between 1 April 2024 and 31 March 2026. It combines the service's own records, a matched comparison group and interviews with families and professionals.

Headline findings

  * The service received 318 referrals and accepted 241 of them (76%).
  * 204 family group conferences were held, and 187 of them agreed a family plan.
  * Children whose family had a conference were about half as likely to become looked after within 12 months as similar children whose family did not (9% against 17%).
  * Families rated the process highly: 89% of the 142 family members who returned a feedback card said they felt listened to.
  * The median wait from referral to conference was 34 days, longer than the service standard of 28 days.

Recommendations are at Section 7.

-----------------------------------------------------------------
1. THE SERVICE
-----------------------------------------------------------------

1.1 Family group conferencing (FGC) brings a child's wider family together, with an independent coordinator, to make a plan for the child. The family has private time to agree the plan without professionals in the room.

1.2 The Kingston service has offered conferences since 2016. In 2025/26 it had a budget of £486,000 and employed 6.5 full-time equivalent coordinators, each working with about 11 families at a time.

-----------------------------------------------------------------
2. METHOD
-----------------------------------------------------------------

2.1 We analysed case records for all 318 referrals. For outcomes we compared 240 children from families who had a conference with 240 children matched on age, need and legal status whose families were referred but did not go ahead.

2.2 We interviewed 38 people: 22 family members and 16 professionals. Names of family members have been changed.

-----------------------------------------------------------------
3. WHO WAS REFERRED
-----------------------------------------------------------------

3.1 The 241 accepted referrals involved 452 children. At the point of referral, 118 of the children were subject to a child protection plan, 96 were children in need and 61 were in pre-proceedings under the Public Law Outline. A further 23 children were already looked after, referred to plan a return home.

3.2 Of the 77 referrals that did not proceed, 41 were withdrawn by the family and 36 closed because circumstances had changed.

-----------------------------------------------------------------
4. WHAT HAPPENED AT CONFERENCES
-----------------------------------------------------------------

4.1 An average of 7.4 family members and friends attended each conference. Paternal relatives took part in 63% of conferences, compared with 38% in the service's 2022 audit. The average private family time was 95 minutes.

4.2 One grandmother, whom we call Maureen, said: "I'd been told for a year what I was doing wrong. At the conference, for the first time, somebody asked what we could do."

4.3 A young person aged 15 said: "I got to say who came. That never happened at my meetings before."

4.4 Professionals valued the service for finding people. "The FGC found an aunt we had never heard of in 18 months of working with the family," one social worker said.

-----------------------------------------------------------------
5. OUTCOMES
-----------------------------------------------------------------

5.1 Table 2 compares the 240 children in each group twelve months after referral.

  Table 2: Outcomes at 12 months
  Outcome                            FGC group   Comparison
  Became looked after                 22 (9%)     41 (17%)
  Child protection plan ended         71          52
  Entered care proceedings            14          29
  Re-referred to social care          31          47

5.2 Of the 118 children on a child protection plan at referral, 71 (60%) had their plan ended within 12 months.

5.3 Fewer children entering care matters for families and for the council's budget. Using an average annual cost of £58,000 for a fostering placement, we estimate that the 19 fewer care entries avoided about £1.1m of placement costs in the first year, against the service's cost of £486,000.

-----------------------------------------------------------------
6. WHAT COULD BE BETTER
-----------------------------------------------------------------

6.1 Waits are too long. The median wait of 34 days means that some conferences happen after key decisions have been made. A coordinator, Dele Adeyemi, told us: "When the conference comes after the legal planning meeting, the family is writing a plan for a decision that's already been taken."

6.2 Follow-up is patchy. Only 58% of family plans had a review meeting within three months.

-----------------------------------------------------------------
7. RECOMMENDATIONS
-----------------------------------------------------------------

We make five recommendations:
  1. Offer a conference before any legal planning meeting.
  2. Bring the median wait within the 28-day standard.
  3. Review every family plan within three months.
  4. Record fathers' and paternal relatives' involvement routinely.
  5. Repeat the comparison in 2028.

-----------------------------------------------------------------
RESPONSE FROM THE COUNCIL
-----------------------------------------------------------------

Rachel Montague, Head of Service for Early Help and Family Support, responded: "We welcome this report and accept all five recommendations. The finding on care entry is the strongest evidence we have had that listening to families works, and we will fund a seventh coordinator from April."

Thameside Centre for Family Research, 14 Wharf Lane, Kingston upon Thames. Telephone 020 7946 0388. www.tcfr.example
"""
open(OUT, 'w', encoding='utf-8').write(TEXT)

PER = P('2024-04-01', '2026-03-31', '1 April 2024 and 31 March 2026')
fig = [
    F(318, 'count', 'other', 'referrals to the FGC service', 'The service received 318 referrals'),
    F(241, 'count', 'other', 'referrals accepted', 'accepted 241 of them'),
    F(76, 'percent', 'other', 'share of referrals accepted', 'accepted 241 of them (76%)', optional=True),
    F(204, 'count', 'other', 'family group conferences held', '204 family group conferences were held'),
    F(187, 'count', 'other', 'conferences agreeing a family plan', '187 of them agreed a family plan'),
    F(50, 'percent', 'looked_after_children', 'relative likelihood of becoming looked after (about half)', 'about half as likely', qualifier='about', optional=True),
    F(12, 'months', 'other', 'outcome follow-up window', 'looked after within 12 months'),
    F(9, 'percent', 'looked_after_children', 'FGC-group children who became looked after within 12 months', '(9% against 17%)'),
    F(17, 'percent', 'looked_after_children', 'comparison-group children who became looked after within 12 months', '(9% against 17%)'),
    F(89, 'percent', 'other', 'family members who said they felt listened to', '89% of the 142 family members'),
    F(142, 'count', 'other', 'family members returning a feedback card', 'the 142 family members who returned a feedback card'),
    F(34, 'days', 'other', 'median wait from referral to conference', 'The median wait from referral to conference was 34 days'),
    F(28, 'days', 'other', 'service standard wait', 'the service standard of 28 days', optional=True),
    F(486000, 'gbp', 'other', 'FGC service budget 2025/26', 'a budget of \u00a3486,000', period=P('2025-04-01', '2026-03-31', '2025/26')),
    F(6.5, 'count', 'other', 'full-time equivalent coordinators', 'employed 6.5 full-time equivalent coordinators'),
    F(11, 'count', 'other', 'families per coordinator', 'about 11 families at a time', qualifier='about'),
    F(240, 'count', 'other', 'children in each outcome group', 'we compared 240 children'),
    F(38, 'count', 'other', 'people interviewed', 'We interviewed 38 people'),
    F(22, 'count', 'other', 'family members interviewed', '22 family members'),
    F(16, 'count', 'other', 'professionals interviewed', '16 professionals'),
    F(452, 'count', 'other', 'children in accepted referrals', 'involved 452 children'),
    F(118, 'count', 'child_protection_plans', 'children subject of a child protection plan at referral', '118 of the children were subject to a child protection plan'),
    F(96, 'count', 'children_in_need', 'children in need at referral', '96 were children in need'),
    F(61, 'count', 'other', 'children in pre-proceedings (PLO) at referral', '61 were in pre-proceedings'),
    F(23, 'count', 'looked_after_children', 'children already looked after at referral', '23 children were already looked after'),
    F(77, 'count', 'other', 'referrals that did not proceed', 'Of the 77 referrals that did not proceed'),
    F(41, 'count', 'other', 'referrals withdrawn by the family', '41 were withdrawn by the family'),
    F(36, 'count', 'other', 'referrals closed because circumstances changed', '36 closed because circumstances had changed'),
    F(7.4, 'count', 'other', 'average family members attending a conference', 'An average of 7.4 family members'),
    F(63, 'percent', 'other', 'conferences with paternal relatives', 'Paternal relatives took part in 63% of conferences'),
    F(38, 'percent', 'other', 'conferences with paternal relatives in the 2022 audit', 'compared with 38% in the service\'s 2022 audit', period=P('2022-01-01', '2022-12-31', '2022')),
    F(95, 'count', 'other', 'average private family time (minutes)', 'private family time was 95 minutes', optional=True),
    F(15, 'years', 'other', 'age of young person quoted', 'A young person aged 15', optional=True),
    F(18, 'months', 'other', 'social worker involvement before the aunt was found (in quote)', 'in 18 months of working', optional=True),
    F(22, 'count', 'looked_after_children', 'FGC-group children who became looked after', 'Became looked after 22 (9%) 41 (17%)'),
    F(41, 'count', 'looked_after_children', 'comparison-group children who became looked after', '22 (9%) 41 (17%)'),
    F(71, 'count', 'child_protection_plans', 'FGC-group children whose CP plan ended within 12 months', 'Child protection plan ended 71 52'),
    F(52, 'count', 'child_protection_plans', 'comparison-group children whose CP plan ended', 'Child protection plan ended 71 52'),
    F(60, 'percent', 'child_protection_plans', 'share of children on a CP plan at referral whose plan ended', '71 (60%) had their plan ended', optional=True),
    F(14, 'count', 'court_orders', 'FGC-group children entering care proceedings', 'Entered care proceedings 14 29'),
    F(29, 'count', 'court_orders', 'comparison-group children entering care proceedings', 'Entered care proceedings 14 29'),
    F(31, 'count', 'social_care_referrals', 'FGC-group children re-referred to social care', 'Re-referred to social care 31 47'),
    F(47, 'count', 'social_care_referrals', 'comparison-group children re-referred to social care', 'Re-referred to social care 31 47'),
    F(58000, 'gbp', 'other', 'average annual cost of a fostering placement', 'an average annual cost of \u00a358,000'),
    F(19, 'count', 'looked_after_children', 'fewer care entries in the FGC group', 'the 19 fewer care entries'),
    F(1100000, 'gbp', 'other', 'estimated placement costs avoided in the first year', 'avoided about \u00a31.1m of placement costs', qualifier='about'),
    F(58, 'percent', 'other', 'family plans with a review meeting within three months', 'Only 58% of family plans had a review meeting'),
    F(3, 'months', 'other', 'family plan review window', 'a review meeting within three months', optional=True),
    F(5, 'count', 'recommendations', 'evaluation recommendations', 'We make five recommendations'),
]
nf = ['Evaluation Report No. 14', 'Version 1.0', 'TCFR-ETH-2026-117', 'Section 7', 'since 2016', 'Table 2', '1.1', '4.2', '020 7946 0388', 'Repeat the comparison in 2028', '14 Wharf Lane', 'from April']
quotes = [
    Q("I'd been told for a year what I was doing wrong. At the conference, for the first time, somebody asked what we could do.", 'Maureen', ['One grandmother', 'grandmother'], 'said'),
    Q('I got to say who came. That never happened at my meetings before.', 'a young person aged 15', ['A young person aged 15', 'young person'], 'said'),
    Q('The FGC found an aunt we had never heard of in 18 months of working with the family,', 'a social worker', ['one social worker', 'social worker'], 'said'),
    Q("When the conference comes after the legal planning meeting, the family is writing a plan for a decision that's already been taken.", 'Dele Adeyemi', ['Adeyemi', 'A coordinator'], 'told', role='FGC coordinator'),
    Q('We welcome this report and accept all five recommendations. The finding on care entry is the strongest evidence we have had that listening to families works, and we will fund a seventh coordinator from April.',
      'Rachel Montague', ['Montague'], 'responded', role='Head of Service for Early Help and Family Support'),
]
people = [{'name': 'Helen Okafor', 'role': 'evaluation author'}, {'name': 'Tom Redfern', 'role': 'evaluation author'},
          {'name': 'Dele Adeyemi', 'role': 'FGC coordinator'}, {'name': 'Rachel Montague', 'role': 'Head of Service for Early Help and Family Support'}]
note = ("Independent university evaluation of a council's family group conferencing service (plain text; kind other: a research report, not a council governance paper; partnership null). Period from the scope sentence ('families referred between 1 April 2024 and 31 March 2026'). "
        "Traps: executive-summary bullets repeating body figures (318, 241, 204/187, 9% against 17%, 34 days); '241 of them (76%)' count required, share optional; 'about half as likely' (optional 50, a relative likelihood); "
        "subsets of the service's children keep their metrics (118 CP plans, 96 children in need, 23 already looked after; PLO pre-proceedings other); outcome table with FGC and comparison columns (both required, each its own group; '22 (9%)' repeats the headline percentages); "
        "care proceedings = court_orders, re-referrals = social_care_referrals; '71 (60%)' percent optional; 19 fewer care entries (looked_after_children); \u00a3 budget with its own 2025/26 period, cost per placement, 'about \u00a31.1m'; "
        "6.5 FTE, 7.4 average attendees; minutes (95) optional; standards and windows (28 days, three months) optional, the 12-month follow-up window required (stated as a figure in the summary); age 15 optional; "
        "numbered recommendations whose list numbers are not figures ('five recommendations' is); 'since 2016', 'in 2028', report number, ethics reference not figures. "
        "Five speakers: a pseudonymous grandmother, an anonymous young person, an anonymous social worker (quote before 'one social worker said', its number optional), a named coordinator ('told us'), the Head of Service's written response ('responded').")
gold(DOC, 'other', 'Family Voices: an independent evaluation of the Royal Borough of Kingston upon Thames family group conferencing service', 'Kingston upon Thames',
     None, PER, fig, nf, quotes, people, ['Evaluation Report No. 14 | Version 1.0 | Ethics reference TCFR-ETH-2026-117'], note)
