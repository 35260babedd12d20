"""Writer p, p07: a local newspaper launches its Christmas appeal for children in care (Southend-on-Sea), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'p07_southend_newspaper_christmas_appeal_launch_children_in_care.txt'
TXT = '''SYNTHETIC DOCUMENT invented for evaluation (styles20, writer p): the newspaper, people, quotes and figures are made up; only place names are real.

THAMES ESTUARY COURIER
News | Southend | Sport | What's On | Family Notices | Jobs

CHRISTMAS APPEAL 2026

'Every child should wake up to something': Courier launches appeal for 342 children in Southend's care

We want to raise £25,000 so that every child in care and every young care leaver in the city gets a present and a proper Christmas dinner

By Hannah Osei, Chief Reporter
Published: 4 December 2026, 6:00am | Updated: 4 December 2026, 11:42am

Share | 23 comments

TODAY the Courier launches its Christmas appeal, and this year we are asking readers to help the children who, through no fault of their own, will spend Christmas in care.

There were 342 children in the care of Southend-on-Sea City Council at the end of March, up from 318 a year earlier, according to the council's latest annual figures.

Of those, 61 were living outside the city, some as far away as the Midlands, because there were not enough foster carers locally. Twenty-six were unaccompanied asylum-seeking children, most of whom arrived alone at the port of Tilbury.

The council also supports 97 care leavers aged 18 to 25, many of whom live alone for the first time.

Our appeal partner is Stocking Fillers Southend, a volunteer-run charity set up in a Westcliff front room in 2014. Last Christmas its 40 volunteers wrapped and delivered 1,150 presents, each worth up to £30, to 412 children and young people, and took a hamper worth £45 to every care leaver who wanted one. Some 28 local businesses donated food or toys.

Last year's Courier appeal raised £21,372 from more than 640 readers and local businesses. This year we are aiming for £25,000, and Southend-on-Sea City Council has promised to match the first £5,000 we raise.

[Photo: Volunteers at the charity's warehouse in Prittlewell. Last Christmas its 40 volunteers wrapped and delivered 1,150 presents. Picture: Courier staff]

Charity founder Bernadette Flynn, 71, said: "Some of these children have moved three or four times in a year. They arrive with a bin bag of clothes. A present with their own name on it says somebody was thinking about them.

"We are not a big charity. Every penny the Courier's readers give goes on the children."

Mrs Flynn said demand had risen every year since the charity began, and that it had already received requests for 1,240 gifts this year.

Councillor Ruth Delaney, the council's cabinet member for children's services, said: "Our social workers and foster carers do an amazing job all year round, but they cannot do everything. The generosity of people in Southend makes a real difference at Christmas."

Cllr Delaney said the council's latest figures, for the year to the end of March, showed 1,926 referrals to children's social care and 204 children on child protection plans, and that the council was recruiting 20 more foster families by the end of 2027.

She added that a foster carer in Southend receives an allowance of at least £240 a week for a teenager, and that the number of approved fostering households had fallen to 112, from 126 two years ago. The council spent £14.8m on placements for children in care in 2025/26, with the most expensive residential placement costing £11,500 a week.

THE APPEAL IN NUMBERS
342 children in Southend's care
97 care leavers aged 18 to 25
412 children and young people helped by Stocking Fillers last Christmas
£21,372 raised by readers last year
£25,000 our target for 2026

Jade, 19, who left care last year and now lives in a council flat in Shoeburyness, received one of the charity's hampers last Christmas.

"It was the first year I was on my own and I was dreading it," she said. "When the doorbell went I thought it was a mistake."

Editor Simon Achterberg said the appeal was the paper's 37th at Christmas: "Our readers have never let us down, and this year I know they will do it again."

HOW TO GIVE
Donate online at courier.example/appeal, or send a cheque payable to Stocking Fillers Southend to the Courier, 12 Clarence Street, Southend. Donations of new, unwrapped gifts can be left at the Courier's office until 18 December. Stocking Fillers Southend is a registered charity, number 1158843.

Read more: Five things to do in Southend this weekend
Read more: Pier trains back on track after 12-week repair

Sign up to our daily newsletter. We will never share your details with 3rd parties. Subscribe

MOST READ
1. Leigh-on-Sea cafe named one of the 50 best in the country
2. A127 roadworks to last 18 months
3. Southend United 2-1 Eastleigh: five things we learned

Comments (23)
SeaFrontSue: Donated £20. Happy Christmas kids x
OldLeighLad: Should be the council paying for this, not readers.

(c) Thames Estuary Courier 2026. Newsdesk: 01632 960 119
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

LAST = P('2025-01-01', '2025-12-31', 'Last Christmas')
figs = [
    F(342, 'count', 'looked_after_children', 'children in the care of Southend-on-Sea City Council at the end of March (headline repeats)', 'There were 342 children in the care of Southend-on-Sea City Council'),
    F(318, 'count', 'looked_after_children', 'children in care a year earlier', 'up from 318 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(61, 'count', 'looked_after_children', 'children in care living outside the city', 'Of those, 61 were living outside the city'),
    F(97, 'count', 'other', 'care leavers supported by the council', 'The council also supports 97 care leavers'),
    F(18, 'years', 'other', 'care leaver age band lower bound', 'aged 18 to 25', optional=True),
    F(25, 'years', 'other', 'care leaver age band upper bound', 'aged 18 to 25', optional=True),
    F(25000, 'gbp', 'other', 'appeal target (standfirst repeats)', 'This year we are aiming for \u00a325,000'),
    F(40, 'count', 'other', 'charity volunteers (caption repeats)', 'its 40 volunteers wrapped and delivered 1,150 presents, each worth'),
    F(1150, 'count', 'other', 'presents delivered last Christmas (caption repeats)', 'wrapped and delivered 1,150 presents, each worth up to \u00a330', period=LAST),
    F(30, 'gbp', 'other', 'value of each present', 'each worth up to \u00a330', qualifier='up to'),
    F(45, 'gbp', 'other', 'value of each care leaver hamper', 'a hamper worth \u00a345'),
    F(21372, 'gbp', 'other', 'raised by last year\'s appeal', 'Last year\'s Courier appeal raised \u00a321,372', period=LAST),
    F(640, 'count', 'other', 'readers and businesses who gave last year', 'from more than 640 readers', qualifier='more than', period=LAST),
    F(5000, 'gbp', 'other', 'council match funding', 'match the first \u00a35,000 we raise'),
    F(71, 'years', 'other', 'age of the charity founder', 'Bernadette Flynn, 71', optional=True),
    F(3, 'count', 'other', 'moves in a year (inside quote; range three or four)', 'moved three or four times in a year', optional=True),
    F(4, 'count', 'other', 'moves in a year (inside quote; range three or four)', 'moved three or four times in a year', optional=True),
    F(412, 'count', 'other', 'children and young people helped by the charity last Christmas (fact box repeats)', 'to 412 children and young people', period=LAST),
    F(28, 'count', 'other', 'local businesses that donated food or toys last Christmas', 'Some 28 local businesses donated', qualifier='some', period=LAST),
    F(26, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children among those in care', 'Twenty-six were unaccompanied asylum-seeking children'),
    F(112, 'count', 'other', 'approved fostering households', 'had fallen to 112, from 126 two years ago'),
    F(126, 'count', 'other', 'approved fostering households two years ago', 'from 126 two years ago', period=P('2024-03-31', '2024-03-31', 'two years ago')),
    F(14800000, 'gbp', 'other', 'council spending on placements for children in care in 2025/26', 'The council spent \u00a314.8m on placements for children in care in 2025/26'),
    F(11500, 'gbp', 'other', 'weekly cost of the most expensive residential placement', 'costing \u00a311,500 a week'),
    F(1240, 'count', 'other', 'gift requests already received this year', 'already received requests for 1,240 gifts this year'),
    F(1926, 'count', 'social_care_referrals', 'referrals to children\'s social care in the year to the end of March', 'showed 1,926 referrals to children\'s social care'),
    F(204, 'count', 'child_protection_plans', 'children on child protection plans', '204 children on child protection plans'),
    F(20, 'count', 'other', 'more foster families to recruit by the end of 2027', 'was recruiting 20 more foster families by the end of 2027', optional=True),
    F(240, 'gbp', 'other', 'minimum weekly foster carer allowance for a teenager', 'an allowance of at least \u00a3240 a week for a teenager', qualifier='at least'),
    F(19, 'years', 'other', 'age of the care leaver quoted', 'Jade, 19, who left care last year', optional=True),
    F(37, 'count', 'other', 'the paper\'s Christmas appeals (ordinal)', 'the paper\'s 37th at Christmas', optional=True),
]
quotes = [
    Q('Every child should wake up to something', 'Thames Estuary Courier', ['the Courier', 'Courier'], None, optional=True),
    Q('Some of these children have moved three or four times in a year. They arrive with a bin bag of clothes. A present with their own name on it says somebody was thinking about them.',
      'Bernadette Flynn', ['Mrs Flynn', 'Flynn'], 'said', role='founder, Stocking Fillers Southend'),
    Q('We are not a big charity. Every penny the Courier\u2019s readers give goes on the children.'.replace('\u2019', "'"),
      'Bernadette Flynn', ['Mrs Flynn', 'Flynn'], None, role='founder, Stocking Fillers Southend'),
    Q('Our social workers and foster carers do an amazing job all year round, but they cannot do everything. The generosity of people in Southend makes a real difference at Christmas.',
      'Ruth Delaney', ['Councillor Ruth Delaney', 'Cllr Delaney', 'Delaney'], 'said', role='cabinet member for children\'s services'),
    Q('It was the first year I was on my own and I was dreading it,', 'Jade', ['Jade, 19', 'a care leaver'], 'said', role='care leaver'),
    Q('When the doorbell went I thought it was a mistake.', 'Jade', ['Jade, 19', 'a care leaver'], 'said', role='care leaver'),
    Q('Our readers have never let us down, and this year I know they will do it again.', 'Simon Achterberg', ['Achterberg', 'Mr Achterberg'], 'said', role='Editor'),
]
gold(DOC, 'news_article', "'Every child should wake up to something': Courier launches appeal for 342 children in Southend's care", 'Southend-on-Sea', None,
     P('2025-04-01', '2026-03-31', 'the end of March (latest annual figures, published December 2026)'), figs,
     ['4 December 2026, 6:00am', '11:42am', '23 comments', 'in 2014', 'CHRISTMAS APPEAL 2026', '12 Clarence Street', '18 December', '1158843',
      'Five things to do', '12-week repair', '3rd parties', '50 best', '18 months', '2-1', 'Comments (23)', 'Donated \u00a320', '01632 960 119',
      'the first year'],
     quotes,
     [{'name': 'Hannah Osei', 'role': 'Chief Reporter'}, {'name': 'Bernadette Flynn', 'role': 'founder, Stocking Fillers Southend'},
      {'name': 'Ruth Delaney', 'role': "cabinet member for children's services"}, {'name': 'Simon Achterberg', 'role': 'Editor'}],
     ['News | Southend | Sport | What\'s On | Family Notices | Jobs', 'Share | 23 comments', 'Read more: Five things to do in Southend this weekend',
      'Read more: Pier trains back on track after 12-week repair', 'Sign up to our daily newsletter.', 'MOST READ',
      '1. Leigh-on-Sea cafe named one of the 50 best in the country', '2. A127 roadworks to last 18 months', '3. Southend United 2-1 Eastleigh: five things we learned',
      'SeaFrontSue: Donated \u00a320. Happy Christmas kids x', 'OldLeighLad: Should be the council paying for this, not readers.'],
     'SYNTHETIC document invented for evaluation (writer p, styles20). A local newspaper\'s launch of its own Christmas appeal for a '
     'charity that gives presents to children in care and care leavers (news_article). Record period implied by the publication date '
     '(4 December 2026) and "at the end of March ... latest annual figures" / "for the year to the end of March": 2025/26. The headline '
     'repeats 342; the standfirst repeats the £25,000 target (the appeal target is the story\'s central fact: required); the caption '
     'repeats 40 volunteers and 1,150 presents ("Last Christmas", own period calendar 2025, like last year\'s appeal total). Children in '
     'care outside the city keep looked_after_children; care leavers other; referrals and CP plans from the cabinet member\'s reported '
     'speech keep their metrics. Ages of people, age band 18 to 25, the ordinal 37th, numbers inside quotes and the recruitment '
     'pledge optional. Quotes: headline scare/pull quote optional; the founder (said:) with a second paragraph opening with a quote '
     'mark (cue null); the cabinet member (said:); Jade split by "she said" (pronoun -> Jade); the editor after a colon (cue said); a fact box repeats figures. '
     'Comments, Most read, Read more, newsletter and nav are boilerplate.')
