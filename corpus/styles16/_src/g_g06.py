"""g06: local election manifesto chapter on children (plain text; Scottish council). Run: python3 _src/g_g06.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'g06_falkirk_local_election_manifesto_children_chapter.txt'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
TXT = '''SYNTHETIC document invented for evaluation: the group, people, quotes and figures are made up; only place names are real.

FALKIRK INDEPENDENT ALLIANCE
Local Election Manifesto 2027 - Council elections, Thursday 6 May 2027

Chapter 4: Every Bairn Safe, Every Bairn Heard

"Our children are not a line in a budget. They are the reason there is a budget at all." - Councillor Morag Dunsire, Alliance group leader

4.1 Where we are now

Falkirk's children's services are under more pressure than at any time since the council was created in 1996. We have read the council's own reports so you don't have to.

* At 31 July 2026 there were 97 children on the child protection register in Falkirk, a rate of 3.6 per 1,000 children aged 0-15. The Scottish rate is 2.2.
* Inter-agency referral discussions (IRDs) rose to 611 in 2025/26, from 478 two years earlier. That is an increase of more than a quarter.
* 412 children and young people are looked after by the council, and one in three of them lives outside the Falkirk area.
* The Falkirk Child Protection Committee began two learning reviews last year. Neither has yet been published.
* Children's social work has 19 vacant posts - one in every eight.
* The council spent £4.7 million on external residential placements in 2025/26, almost double the £2.5 million it spent five years ago.

These are not just numbers. Behind every one is a child. Our candidate for Grangemouth, Alasdair Munro-Kerr, who fostered for 11 years, puts it plainly: "When a bairn is moved 40 miles from their school because there's no bed nearer home, that's not a placement, that's a punishment."

4.2 What we will do

If elected, Alliance councillors will:

1. Recruit 30 new foster carers in our first two years, with a £1,500 "welcome payment" for every new household and a fee uplift of 10%.
2. Open a four-bed children's house in the Braes by 2029 so that fewer children are sent away.
3. Fill every social work vacancy within 18 months, using a £6,000 retention payment for social workers who stay three years.
4. Publish the child protection register figures every quarter, not once a year.
5. Put a named family support worker in every one of the district's 8 secondary schools.
6. Protect the £850,000 a year the council gives to voluntary sector family support, and never cut it by a penny.

4.3 How we will pay for it

Our costed plan (Appendix C) shows the package costs £2.2m over five years. Around £1.3m of that would be saved by bringing even four children home from external residential care, where each placement costs about £6,500 a week.

Morag Dunsire added: "The other parties will tell you it can't be done. They said the same about free school meals."

4.4 What parents told us

Over the summer we spoke to 640 families on doorsteps in Falkirk, Bo'ness, Denny and Larbert. Two thirds said they did not know where to go for help before a crisis. One mum in Camelon told us: "I asked for help three times. The fourth time they came, it was with the police."

Promoted by Iain Gourlay on behalf of Falkirk Independent Alliance, 14 Callendar Road, Falkirk FK1 1XX. Printed by Carse Print, Unit 3, Grangemouth. Read the full manifesto at www.falkirkalliance.example/manifesto. Call us on 01632 960387.
'''
open(OUT, 'w', encoding='utf-8').write(TXT)

NONE = {'start': None, 'end': None}
Y25 = P('2025-04-01', '2026-03-31', '2025/26')
fig = [
    F(97, 'count', 'child_protection_plans', 'children on the child protection register', 'there were 97 children on the child protection register', period=P('2026-07-31', '2026-07-31', '31 July 2026')),
    F(3.6, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15', 'a rate of 3.6 per 1,000 children aged 0-15', period=P('2026-07-31', '2026-07-31', '31 July 2026')),
    F(2.2, 'rate_per_1000', 'child_protection_plans', 'register rate, Scotland', 'The Scottish rate is 2.2'),
    F(611, 'count', 'section_47_enquiries', 'inter-agency referral discussions', 'rose to 611 in 2025/26', period=Y25),
    F(478, 'count', 'section_47_enquiries', 'IRDs two years earlier', 'from 478 two years earlier', period=P('2023-04-01', '2024-03-31', '2023/24')),
    F(25, 'percent', 'section_47_enquiries', 'increase in IRDs', 'an increase of more than a quarter', qualifier='more than'),
    F(412, 'count', 'looked_after_children', 'children looked after', '412 children and young people are looked after'),
    F(33.33, 'percent', 'looked_after_children', 'looked after children living outside Falkirk', 'one in three of them lives outside the Falkirk area'),
    F(2, 'count', 'lcsprs_commissioned', 'learning reviews begun', 'began two learning reviews last year'),
    F(0, 'count', 'lcsprs_published', 'learning reviews published', 'Neither has yet been published', optional=True),
    F(19, 'count', 'other', 'vacant social work posts', 'has 19 vacant posts'),
    F(12.5, 'percent', 'other', 'vacancy rate', 'one in every eight'),
    F(4700000, 'gbp', 'other', 'spend on external residential placements', 'spent £4.7 million on external residential placements', period=Y25),
    F(2500000, 'gbp', 'other', 'spend on external residential placements five years ago', 'the £2.5 million it spent five years ago', period=P('2020-04-01', '2021-03-31', 'five years ago')),
    F(11, 'years', 'other', 'years as a foster carer', 'who fostered for 11 years', optional=True),
    F(40, 'count', 'other', 'miles moved (quote)', 'moved 40 miles', optional=True),
    F(30, 'count', 'other', 'new foster carers pledged', 'Recruit 30 new foster carers'),
    F(2, 'years', 'other', 'foster carer recruitment timescale', 'in our first two years'),
    F(1500, 'gbp', 'other', 'welcome payment per new foster household', 'a £1,500 "welcome payment"'),
    F(10, 'percent', 'other', 'foster fee uplift', 'a fee uplift of 10%'),
    F(4, 'count', 'other', "beds in new children's house", "a four-bed children's house"),
    F(18, 'months', 'other', 'timescale to fill social work vacancies', 'within 18 months'),
    F(6000, 'gbp', 'other', 'retention payment', 'a £6,000 retention payment'),
    F(3, 'years', 'other', 'retention period', 'who stay three years'),
    F(8, 'count', 'other', 'secondary schools in the district', "the district's 8 secondary schools"),
    F(850000, 'gbp', 'other', 'annual voluntary sector family support funding', 'Protect the £850,000 a year'),
    F(2200000, 'gbp', 'other', 'cost of the package over five years', 'the package costs £2.2m over five years'),
    F(5, 'years', 'other', 'costing period', 'over five years', optional=True),
    F(1300000, 'gbp', 'other', 'saving from bringing children home', 'Around £1.3m of that', qualifier='about'),
    F(4, 'count', 'looked_after_children', 'children brought home from external residential care', 'bringing even four children home', optional=True),
    F(6500, 'gbp', 'other', 'weekly cost of an external residential placement', 'about £6,500 a week', qualifier='about'),
    F(640, 'count', 'other', 'families spoken to', 'we spoke to 640 families'),
    F(66.67, 'percent', 'other', 'families not knowing where to go for help', 'Two thirds said'),
    F(3, 'count', 'other', 'times help asked for (quote)', 'I asked for help three times', optional=True),
]
nf = ['6 May 2027', 'Chapter 4', '4.1', 'in 1996', '31 July 2026', 'per 1,000', 'aged 0-15', 'by 2029', 'Appendix C', 'FK1 1XX', 'Unit 3', '14 Callendar Road', '01632 960387', 'The fourth time']
quotes = [
    Q('Our children are not a line in a budget. They are the reason there is a budget at all.', 'Morag Dunsire', ['Dunsire', 'Councillor Morag Dunsire', 'Cllr Dunsire'], None, role='Alliance group leader'),
    Q("When a bairn is moved 40 miles from their school because there's no bed nearer home, that's not a placement, that's a punishment.", 'Alasdair Munro-Kerr', ['Munro-Kerr', 'Mr Munro-Kerr'], 'puts it plainly', role='candidate for Grangemouth'),
    Q("The other parties will tell you it can't be done. They said the same about free school meals.", 'Morag Dunsire', ['Dunsire', 'Councillor Morag Dunsire', 'Cllr Dunsire'], 'added'),
    Q('I asked for help three times. The fourth time they came, it was with the police.', 'a mum in Camelon', ['One mum in Camelon', 'mum', 'a parent'], 'told'),
    Q('welcome payment', 'Falkirk Independent Alliance', ['the manifesto', 'Alliance'], None, optional=True),
]
people = [{'name': 'Morag Dunsire', 'role': 'Councillor, Alliance group leader'}, {'name': 'Alasdair Munro-Kerr', 'role': 'candidate for Grangemouth'}, {'name': 'Iain Gourlay', 'role': 'promoter'}]
gold(DOC, 'other', 'Local Election Manifesto 2027, Chapter 4: Every Bairn Safe, Every Bairn Heard', 'Falkirk', 'Falkirk Child Protection Committee',
     NONE, fig, nf, quotes, people,
     ['Promoted by Iain Gourlay on behalf of Falkirk Independent Alliance, 14 Callendar Road, Falkirk FK1 1XX.', 'Printed by Carse Print, Unit 3, Grangemouth.', 'Read the full manifesto at www.falkirkalliance.example/manifesto.'],
     "Local election manifesto chapter on children (Scottish council; plain text; kind other; no record period: a forward-looking pledge document citing figures from several dates). Traps: an epigraph quote with the attribution after a dash (cue null); Scottish conventions: register = child_protection_plans (count at 31 July 2026 with its own point period, rate per 1,000 aged 0-15 with Scottish comparator), IRDs = section_47_enquiries (2023/24 base 'two years earlier'), 'more than a quarter' = 25% qualified, learning reviews = LCSPRs ('Neither has yet been published' an optional zero); 'one in three' 33.33% and 'one in every eight' 12.5%; £4.7 million vs £2.5 million 'five years ago'; numbered pledges (list numbers 1-6 are not figures) with pledge figures (30 foster carers, £1,500, 10%, four-bed, 18 months, £6,000, three years, 8 schools, £850,000 a year), '2029' and 'Appendix C' not figures; costing £2.2m over five years, 'Around £1.3m', 'about £6,500 a week'; numbers inside quotes (40 miles, three times) optional and 'The fourth time' not a figure; scare-quoted \"welcome payment\" an optional quote; imprint (promoter, printer, postcode) boilerplate; partnership is the Child Protection Committee named in the text.")
