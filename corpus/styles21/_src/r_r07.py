"""Writer r, r07: a local newspaper's 'things we learned' listicle from a council scrutiny meeting (Enfield), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'r07_enfield_newspaper_five_things_we_learned_scrutiny_meeting.txt'

TEXT = '''SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.

Enfield Gazette & Advertiser
News > Politics > Council

Five things we learned from this week's children's services scrutiny meeting

From a rise in serious incidents to a foster carer shortage, here is what councillors were told

By Priya Shah, Local Democracy Reporting Service
Friday 6 November 2026, 7:00 am
Share  |  Comments (14)

Councillors on Enfield Council's Children, Young People and Education Scrutiny Panel met at the Civic Centre on Wednesday evening to go through the Enfield Safeguarding Children Partnership's latest annual report, which covers the year to the end of March. The meeting ran to almost three hours. Here is what we learned.

1. Serious incidents went up

The partnership told the national Child Safeguarding Practice Review Panel about 11 serious incidents during the year, up from seven the year before. A rapid review was held for each of the 11, and all of them were completed within 15 working days. Two local child safeguarding practice reviews were commissioned and one was published.

Dr Samuel Okafor, the partnership's independent scrutineer, said: "Eleven notifications is a lot for a borough of this size, but I would rather partners told the panel too often than too rarely."

He added that "four of the eleven involved babies under six months old", which he called the partnership's "biggest single worry".

2. Fewer children are on child protection plans

There were 318 children on a child protection plan at the end of March, down from 344 a year earlier. That is a rate of 36.4 per 10,000 children, close to the London average of 35.9. Nearly half of the plans (47%) were for emotional abuse, and 22 children had been on a plan for more than two years.

Cllr Tom Reilly (Conservative, Winchmore Hill) asked whether the fall was "real or just paperwork". Officers said 1,214 section 47 enquiries had been carried out, about the same as last year.

3. There are not enough foster carers

Enfield had 392 children in care at the end of March, and only 118 fostering households of its own. Sixty-one of the 392 live more than 20 miles from the borough. The council approved 14 new households during the year but 19 left, so the number of in-house carers fell.

Cllr Abdul Rahman, cabinet member for children's services, told the panel: "We are losing carers faster than we can find them. The allowance rise we agreed in February will help, but it is not enough on its own."

4. Agency social workers are still a quarter of the workforce

Agency staff make up 26% of the council's 214 children's social workers, down from 31% a year ago. Each agency worker costs about £28,000 a year more than a permanent one, and the council has set aside £1.2m to recruit and keep permanent staff.

5. Young people want to be asked

Aisha, 16, from the Enfield Youth Parliament, told councillors the partnership's young people's survey had reached 640 pupils in 12 schools. "Most of us had never heard of the safeguarding partnership," she said. "If you want us to tell you when something is wrong, we need to know who you are."

The panel will look at the partnership's learning review on exploitation in March.

Read more: Enfield Council agrees £9m savings plan for next year

Most read
1. Fire at Edmonton warehouse: 40 firefighters tackle blaze
2. Palmers Green cafe named one of London's best 50
3. Council tax in Enfield could rise by 4.99% from April

Sign up to our free daily newsletter. Got a story? Call the newsdesk on 020 7946 0212.
'''

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    PY = P('2024-04-01', '2025-03-31', 'the year before')
    M25 = P('2025-03-31', '2025-03-31', 'a year earlier')
    figs = [
        F(11, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'about 11 serious incidents during the year'),
        F(7, 'count', 'serious_incident_notifications', 'serious incident notifications the year before', 'up from seven the year before', period=PY),
        F(11, 'count', 'rapid_reviews', 'rapid reviews held', 'A rapid review was held for each of the 11'),
        F(15, 'days', 'other', 'timescale for rapid reviews', 'completed within 15 working days'),
        F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', 'Two local child safeguarding practice reviews were commissioned'),
        F(1, 'count', 'lcsprs_published', 'LCSPRs published', 'one was published'),
        F(4, 'count', 'other', 'notified incidents involving babies under six months old', 'four of the eleven involved babies'),
        F(318, 'count', 'child_protection_plans', 'children on a child protection plan', 'There were 318 children on a child protection plan'),
        F(344, 'count', 'child_protection_plans', 'children on a child protection plan a year earlier', 'down from 344 a year earlier', period=M25),
        F(36.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 36.4 per 10,000 children'),
        F(35.9, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, London average', 'the London average of 35.9'),
        F(47, 'percent', 'child_protection_plans', 'plans for emotional abuse', 'Nearly half of the plans (47%)'),
        F(50, 'percent', 'child_protection_plans', 'plans for emotional abuse (hedged)', 'Nearly half of the plans', qualifier='nearly', optional=True),
        F(22, 'count', 'child_protection_plans', 'children on a plan for more than two years', '22 children had been on a plan'),
        F(1214, 'count', 'section_47_enquiries', 'section 47 enquiries', '1,214 section 47 enquiries had been carried out'),
        F(392, 'count', 'looked_after_children', 'children in care', 'Enfield had 392 children in care'),
        F(118, 'count', 'other', 'in-house fostering households', 'only 118 fostering households of its own'),
        F(61, 'count', 'looked_after_children', 'children in care living more than 20 miles from the borough', 'Sixty-one of the 392 live more than 20 miles'),
        F(214, 'count', 'other', "children's social workers", "the council's 214 children's social workers"),
        F(14, 'count', 'other', 'new fostering households approved', 'approved 14 new households during the year'),
        F(19, 'count', 'other', 'fostering households that left', 'but 19 left'),
        F(26, 'percent', 'other', 'agency staff among children\'s social workers', 'Agency staff make up 26%'),
        F(31, 'percent', 'other', 'agency staff a year ago', 'down from 31% a year ago', period=P('2025-11-01', '2025-11-30', 'a year ago')),
        F(25, 'percent', 'other', 'agency social workers (headline hedge)', 'Agency social workers are still a quarter', optional=True),
        F(28000, 'gbp', 'other', 'extra annual cost of an agency worker', 'costs about £28,000 a year more', qualifier='about'),
        F(1200000, 'gbp', 'other', 'money set aside to recruit and keep permanent staff', 'has set aside £1.2m'),
        F(16, 'years', 'other', 'age of the youth parliament member', 'Aisha, 16, from the Enfield Youth Parliament', optional=True),
        F(640, 'count', 'other', 'pupils reached by the young people\'s survey', 'reached 640 pupils in 12 schools'),
        F(12, 'count', 'other', 'schools in the survey', 'in 12 schools'),
        F(3, 'count', 'other', 'length of the meeting in hours', 'almost three hours', optional=True),
    ]
    okafor = ['Okafor', 'Dr Okafor', 'Dr Samuel Okafor']
    quotes = [
        Q('Eleven notifications is a lot for a borough of this size, but I would rather partners told the panel too often than too rarely.',
          'Samuel Okafor', okafor, 'said', role="Independent scrutineer, Enfield Safeguarding Children Partnership"),
        Q('four of the eleven involved babies under six months old', 'Samuel Okafor', okafor, 'added that'),
        Q('biggest single worry', 'Samuel Okafor', okafor, 'called', optional=True),
        Q('real or just paperwork', 'Tom Reilly', ['Reilly', 'Cllr Reilly', 'Cllr Tom Reilly'], 'asked whether',
          role='Conservative councillor, Winchmore Hill'),
        Q('We are losing carers faster than we can find them. The allowance rise we agreed in February will help, but it is not enough on its own.',
          'Abdul Rahman', ['Rahman', 'Cllr Rahman', 'Cllr Abdul Rahman'], 'told', role="Cabinet member for children's services"),
        Q('Most of us had never heard of the safeguarding partnership,', 'Aisha', ['Aisha, 16'], 'said', role='Member of the Enfield Youth Parliament'),
        Q('If you want us to tell you when something is wrong, we need to know who you are.', 'Aisha', ['Aisha, 16'], None,
          role='Member of the Enfield Youth Parliament'),
    ]
    gold(DOC, 'news_article', "Five things we learned from this week's children's services scrutiny meeting", 'Enfield',
         'Enfield Safeguarding Children Partnership', P('2025-04-01', '2026-03-31', 'the year to the end of March'), figs,
         ['6 November 2026', '7:00 am', 'Comments (14)', 'Five things', 'section 47 enquiries', 'under six months old',
          'more than two years', '20 miles', '020 7946 0212', '£9m', '4.99%', '40 firefighters', 'best 50'],
         quotes,
         [{'name': 'Samuel Okafor', 'role': 'Independent scrutineer, Enfield Safeguarding Children Partnership'},
          {'name': 'Tom Reilly', 'role': 'Conservative councillor, Winchmore Hill'},
          {'name': 'Abdul Rahman', 'role': "Cabinet member for children's services"},
          {'name': 'Priya Shah', 'role': 'Local Democracy Reporter'}],
         ['Share  |  Comments (14)', 'Read more: Enfield Council agrees £9m savings plan for next year', 'Most read',
          '1. Fire at Edmonton warehouse: 40 firefighters tackle blaze', "2. Palmers Green cafe named one of London's best 50",
          '3. Council tax in Enfield could rise by 4.99% from April', 'Sign up to our free daily newsletter.'],
         'SYNTHETIC. A local newspaper listicle of a scrutiny meeting (news_article), five numbered takeaways. Period only '
         'implied: the partnership\'s latest annual report \'covers the year to the end of March\' in a story published 6 '
         'November 2026. Partnership: the Enfield Safeguarding Children Partnership, whose annual report the panel read and '
         'which notified the panel. The value 11 for SINs and rapid reviews (two facts; \'Eleven\' inside a quote repeats '
         'the SINs); 15 working days required; babies under six months a feature subset (other, only in a reported '
         'fragment); shares and long-running plans keep child_protection_plans; headline hedges optional; the youth '
         'parliament member\'s age optional; a split quote with a cue-less second half; Most read / Read more boilerplate.')
