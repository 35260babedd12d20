"""Writer m, m07: a borough stop and search community monitoring group's annual report (Lambeth), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'm07_lambeth_stop_and_search_community_monitoring_group_annual_report_2025.txt'
TEXT = '''SYNTHETIC document invented for evaluation (writer m, styles19): the group, people, quotes and figures are made up; only place names are real.

LAMBETH STOP AND SEARCH COMMUNITY MONITORING GROUP
ANNUAL REPORT 2025

Independent community scrutiny of police powers in Lambeth
www.lambethssmg.example | info@lambethssmg.example | 020 7946 0382

Contents
 1. From the chair ............................ 2
 2. The year in numbers ....................... 3
 3. Children and young people ................. 5
 4. What we found in body-worn video .......... 7
 5. Recommendations and responses ............. 9

----------------------------------------------------------------------
1. FROM THE CHAIR
----------------------------------------------------------------------

This is our eleventh annual report. We are 23 volunteers who live or work in Lambeth, and every month we sit down with officers from the Metropolitan Police's South Area Basic Command Unit, go through their stop and search data and watch a sample of the body-worn video. We do not always agree with them, and we say so.

The headline this year is that there were fewer stops. The question we keep asking is whether there were fewer of the wrong ones.

Yvonne Clarke-Bennett
Chair

----------------------------------------------------------------------
2. THE YEAR IN NUMBERS
----------------------------------------------------------------------

Officers carried out 14,820 stop and searches in Lambeth in 2025, down from 17,260 in 2024, a fall of 14%. 1,912 searches (13%) led to an arrest, and a further 1,037 to another outcome such as a community resolution or a penalty notice. In 71% of searches nothing was found and no further action was taken.

Most searches (78%) were for drugs, almost all of them for possession of cannabis. 1,480 were for weapons. There were 6 authorisations under section 60 of the Criminal Justice and Public Order Act 1994, each lasting up to 15 hours.

Table 1: Searches by outcome, Lambeth

  Outcome                        2024     2025
  Arrest                        2,068    1,912
  Other positive outcome        1,244    1,037
  No further action            13,948   11,871
  Total                        17,260   14,820

Disproportionality remains the issue that matters most to the people who come to our meetings. Black residents of Lambeth were searched at 3.1 times the rate of White residents, compared with 3.6 times in 2024. Across London the figure was 3.4.

----------------------------------------------------------------------
3. CHILDREN AND YOUNG PEOPLE
----------------------------------------------------------------------

3,041 searches were of children aged 10 to 17, about one in five of all searches. The youngest child searched was 11.

We paid particular attention to More Thorough Searches (MTS), where clothing beyond a coat, jacket and gloves is removed, and to searches exposing intimate parts (EIP), which are what most people mean by a strip search. There were 41 More Thorough or EIP searches of children in Lambeth in the year, against 57 in 2024. An appropriate adult was present in 36 of them. Nothing was found in 28.

Since the Child Q review in 2022, officers must make a safeguarding referral to children's social care after every strip search of a child. Lambeth officers made 38 such referrals, so in 3 cases no referral was made. The borough commander has written to us about each of the 3, and the officers involved have been given "words of advice".

A youth member of the group, who is 17, told our July meeting: "If you get searched at 14 you remember it at 40. Nobody is counting that."

----------------------------------------------------------------------
4. WHAT WE FOUND IN BODY-WORN VIDEO
----------------------------------------------------------------------

We watched 264 clips, chosen at random by us rather than by the police. We graded 187 good, 46 requiring improvement and 31 poor. The most common failings were not giving the grounds for the search (19 clips) and not offering a record of the search (14 clips). In 9 clips body-worn video was switched on after the search had begun.

----------------------------------------------------------------------
5. RECOMMENDATIONS AND RESPONSES
----------------------------------------------------------------------

Last year we made 8 recommendations to the BCU. The police accepted 6, and 4 of those are complete. This year we are making 5 new recommendations, including that every search of a child under 16 is reviewed by a sergeant within 72 hours.

Chief Superintendent Darren Hollis, the South Area BCU commander, said: "The group tells us things we do not want to hear, and it is usually right. Fewer, better searches is the aim." He said the BCU would "look again at every search of a child where the appropriate adult arrived late".

Councillor Funmi Adeyemi, Lambeth's Cabinet Member for Safer Communities, said the report "should be read in every school in the borough".

----------------------------------------------------------------------
Join us: we meet on the second Tuesday of every month at 6.30pm at Brixton Library. Registered community interest company 12904477.
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

Y24 = P('2024-01-01', '2024-12-31', '2024')
figs = [
    F(23, 'count', 'other', 'volunteers in the group', 'We are 23 volunteers'),
    F(14820, 'count', 'other', 'stop and searches in Lambeth', 'Officers carried out 14,820 stop and searches in Lambeth in 2025'),
    F(17260, 'count', 'other', 'stop and searches in Lambeth', 'down from 17,260 in 2024', period=Y24),
    F(14, 'percent', 'other', 'fall in stop and searches', 'a fall of 14%'),
    F(1912, 'count', 'other', 'searches leading to an arrest', '1,912 searches (13%) led to an arrest'),
    F(13, 'percent', 'other', 'searches leading to an arrest', '1,912 searches (13%)', optional=True),
    F(1037, 'count', 'other', 'searches with another outcome', 'a further 1,037 to another outcome'),
    F(71, 'percent', 'other', 'searches with no further action', 'In 71% of searches nothing was found'),
    F(78, 'percent', 'other', 'searches for drugs', 'Most searches (78%) were for drugs'),
    F(1480, 'count', 'other', 'searches for weapons', '1,480 were for weapons'),
    F(6, 'count', 'other', 'section 60 authorisations', 'There were 6 authorisations under section 60'),
    F(15, 'count', 'other', 'maximum length of a section 60 authorisation in hours', 'each lasting up to 15 hours', qualifier='up to', optional=True),
    F(2068, 'count', 'other', 'searches leading to an arrest', 'Arrest 2,068 1,912', period=Y24),
    F(1244, 'count', 'other', 'searches with another positive outcome', 'Other positive outcome 1,244 1,037', period=Y24),
    F(13948, 'count', 'other', 'searches with no further action', 'No further action 13,948 11,871', period=Y24),
    F(11871, 'count', 'other', 'searches with no further action', 'No further action 13,948 11,871'),
    F(3.1, 'count', 'other', 'times the rate Black residents were searched compared with White residents', 'searched at 3.1 times the rate of White residents'),
    F(3.6, 'count', 'other', 'disproportionality ratio', 'compared with 3.6 times in 2024', period=Y24),
    F(3.4, 'count', 'other', 'disproportionality ratio, London', 'Across London the figure was 3.4'),
    F(3041, 'count', 'other', 'searches of children aged 10 to 17', '3,041 searches were of children aged 10 to 17'),
    F(20, 'percent', 'other', 'searches of children as a share of all searches', 'about one in five of all searches', qualifier='about', optional=True),
    F(11, 'years', 'other', 'age of the youngest child searched', 'The youngest child searched was 11', optional=True),
    F(41, 'count', 'other', 'More Thorough or EIP searches of children', 'There were 41 More Thorough or EIP searches of children'),
    F(57, 'count', 'other', 'More Thorough or EIP searches of children', 'against 57 in 2024', period=Y24),
    F(36, 'count', 'other', 'searches of children with an appropriate adult present', 'An appropriate adult was present in 36 of them'),
    F(28, 'count', 'other', 'strip searches of children where nothing was found', 'Nothing was found in 28'),
    F(38, 'count', 'social_care_referrals', 'safeguarding referrals to children\'s social care after a strip search', 'Lambeth officers made 38 such referrals'),
    F(3, 'count', 'other', 'strip searches of children with no referral made', 'so in 3 cases no referral was made'),
    F(264, 'count', 'other', 'body-worn video clips watched', 'We watched 264 clips'),
    F(187, 'count', 'other', 'clips graded good', 'We graded 187 good'),
    F(46, 'count', 'other', 'clips graded requiring improvement', '46 requiring improvement'),
    F(31, 'count', 'other', 'clips graded poor', '31 poor'),
    F(19, 'count', 'other', 'clips not giving the grounds for the search', 'not giving the grounds for the search (19 clips)'),
    F(14, 'count', 'other', 'clips not offering a record of the search', 'not offering a record of the search (14 clips)'),
    F(9, 'count', 'other', 'clips with video switched on after the search had begun', 'In 9 clips body-worn video was switched on'),
    F(8, 'count', 'other', 'recommendations made last year', 'Last year we made 8 recommendations', period=Y24),
    F(6, 'count', 'other', 'recommendations accepted', 'The police accepted 6'),
    F(4, 'count', 'other', 'accepted recommendations complete', '4 of those are complete'),
    F(5, 'count', 'other', 'new recommendations', 'This year we are making 5 new recommendations'),
    F(72, 'count', 'other', 'proposed sergeant review window in hours', 'reviewed by a sergeant within 72 hours', optional=True),
    F(17, 'years', 'other', 'age of the youth member quoted', 'who is 17', optional=True),
    F(14, 'years', 'other', 'age in a quote', 'If you get searched at 14', optional=True),
    F(40, 'years', 'other', 'age in a quote', 'you remember it at 40', optional=True),
]
HO = ['Darren Hollis', 'Chief Superintendent Hollis', 'Ch Supt Hollis', 'Hollis']
AD = ['Funmi Adeyemi', 'Councillor Adeyemi', 'Cllr Adeyemi', 'Adeyemi']
gold(DOC, 'other', 'Lambeth Stop and Search Community Monitoring Group Annual Report 2025', 'Lambeth', None,
     P('2025-01-01', '2025-12-31', 'Annual Report 2025'), figs,
     ['020 7946 0382', 'eleventh annual report', 'section 60', 'Criminal Justice and Public Order Act 1994', 'Table 1', '2022',
      'under 16', '12904477', '6.30pm', 'second Tuesday', 'aged 10 to 17',
      'From the chair ............................ 2', 'Recommendations and responses ............. 9'],
     [Q('words of advice', 'the borough commander', ['borough commander'], None, optional=True),
      Q('If you get searched at 14 you remember it at 40. Nobody is counting that.', 'a youth member of the group',
        ['youth member', 'a youth member', 'a 17-year-old'], 'told'),
      Q('The group tells us things we do not want to hear, and it is usually right. Fewer, better searches is the aim.',
        'Chief Superintendent Darren Hollis', HO, 'said', role='South Area BCU commander'),
      Q('look again at every search of a child where the appropriate adult arrived late', 'Chief Superintendent Darren Hollis',
        HO, 'said', role='South Area BCU commander'),
      Q('should be read in every school in the borough', 'Councillor Funmi Adeyemi', AD, 'said',
        role='Cabinet Member for Safer Communities')],
     [{'name': 'Yvonne Clarke-Bennett', 'role': 'Chair'},
      {'name': 'Darren Hollis', 'role': 'Chief Superintendent, South Area BCU commander'},
      {'name': 'Funmi Adeyemi', 'role': 'Cabinet Member for Safer Communities'}],
     ['Join us: we meet on the second Tuesday of every month at 6.30pm at Brixton Library.',
      'Registered community interest company 12904477.'],
     'SYNTHETIC document invented for evaluation (writer m, styles19). An independent borough community monitoring group\'s '
     'annual report on police stop and search (kind other: a community body\'s report, like an independent monitoring '
     'report). Period: the calendar year in the title. The chair\'s foreword is first-person prose (not a quote); "eleventh" '
     'ordinal and contents page numbers are not figures. Stop and search figures are other; Table 1 has a 2024 column (own '
     'period) and a Total row repeating 17,260 / 14,820; the 2025 Arrest and Other cells repeat the prose. Disproportionality '
     'ratios ("3.1 times") have no spec unit: unit count (as a ratio), with the 2024 value and the London comparator. Count '
     '(percent) -> percent optional; "about one in five" restates 3,041/14,820 (optional). Strip searches of children and '
     'their features other; the 38 safeguarding referrals to children\'s social care -> social_care_referrals. Hours (15-hour '
     'authorisations, the proposed 72-hour review) optional with unit count. Ages optional, including the ages inside the '
     'youth member\'s quote; "aged 10 to 17" defines the count. Recommendations are the group\'s own (not from safeguarding '
     'reviews): other; last year\'s 8 carry the 2024 period. "words of advice" is a scare-quoted police term (optional); '
     'the fragments after "said the BCU would" and "said the report" are the speakers\' own words (required).')
