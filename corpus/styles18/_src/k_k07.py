"""Writer k, k07: national police conduct body's learning bulletin on children in custody (no area, no period, no quotes), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'k07_national_police_conduct_learning_bulletin_children_in_custody.txt'
TXT = '''SYNTHETIC document invented for evaluation (writer k, styles18): the issue, cases and figures are made up.

LEARNING THE LESSONS
Issue 52: Children in police custody

Independent Office for Police Conduct
ISSN 2399-0120

-----------------------------------------------------------------------
About this issue
-----------------------------------------------------------------------
Learning the Lessons shares learning from our investigations and from complaints handled by police forces in England
and Wales. Each issue takes one theme. This one is about children: how they are detained, searched and released, and
what happens when things go wrong. The case summaries are anonymised and shortened. They are not findings against any
individual unless the summary says so.

Use this issue in training, in custody briefings and in supervision. The questions after each case are there to start
a conversation, not to replace your force's policy.

-----------------------------------------------------------------------
The picture nationally
-----------------------------------------------------------------------
* Children were held in police custody on 41,200 occasions in England and Wales in 2024/25, down from 44,650 in
  2023/24. Around 1 in 8 of them were aged 10 to 13.
* Girls accounted for 5,350 of those occasions (13%). Black children were 17% of the children held, against 6% of
  all children aged 10 to 17.
* Forces recorded 2,847 strip searches of children in custody in 2024/25. In 24% of them no appropriate adult was
  recorded as present.
* Forces asked local authorities for accommodation for 1,904 children charged and refused bail. Only 312 (16%) were
  transferred; the rest stayed in a police cell overnight.
* Complaints to forces that involved a child rose by 11% on the year before, to 3,960.
* We started 38 independent investigations involving children in 2024/25, and 14 of them concerned custody.

   Outcome of custody episodes for children, 2024/25      Number    Share
   ---------------------------------------------------   -------   -----
   Released with no further action                        14,830     36%
   Released under investigation or on bail                13,600     33%
   Charged                                                 7,830     19%
   Out-of-court resolution                                 4,940     12%
   Total                                                  41,200    100%

-----------------------------------------------------------------------
Case 1: A strip search without an appropriate adult
-----------------------------------------------------------------------
A 14-year-old girl was arrested on suspicion of possessing a controlled drug and taken to custody at 01:40. A custody
sergeant authorised a search involving the exposure of intimate parts. The appropriate adult, her foster carer, had been
called but had not arrived. Two officers carried out the search. Nothing was found.

The girl was looked after by her local authority. Her social worker was not told about the search until 3 days later,
when the foster carer raised it. Our investigation found that the sergeant had a case to answer for misconduct; a
misconduct meeting was held and the sergeant received a written warning.

Questions to consider
1. Who in your custody suite can say no to a search before the appropriate adult arrives?
2. How would the child's social worker find out, and how quickly?

-----------------------------------------------------------------------
Case 2: Nineteen hours in a cell
-----------------------------------------------------------------------
A 15-year-old boy was charged with robbery late on a Friday and refused bail. The custody officer asked the local
authority for accommodation at 21:15. No place was offered. He was held for a total of 19 hours before he appeared in
court. The custody record showed he was checked every 30 minutes as required, but a request for his asthma inhaler
went unanswered for 2 hours.

The force accepted our recommendation that every refusal of a transfer is reviewed by an inspector within 24 hours,
and that the reason is sent to the local authority's duty manager in writing.

-----------------------------------------------------------------------
Case 3: Police protection and a missing 12-year-old
-----------------------------------------------------------------------
A 12-year-old boy who had been missing from his children's home for 2 days was found in a flat with two adults
known for supplying drugs. Officers used police protection powers and took him back to the home, where he went missing
again 5 hours later. Nobody made a referral to the local authority that night. The force's review found that its
missing-person and exploitation teams had each assumed the other would do it.

The force has since changed its procedure so that every use of police protection powers is reported to children's
social care before the officer goes off duty.

-----------------------------------------------------------------------
What we recommended
-----------------------------------------------------------------------
Across the 3 cases we made 7 learning recommendations to the forces involved. 5 have been accepted and put in place; 2
are still being considered. We have also recommended nationally that strip searches of children are reviewed by a
superintendent within 7 days, and that forces publish their figures every 6 months.

-----------------------------------------------------------------------
Further reading
-----------------------------------------------------------------------
PACE Code C, paragraphs 1.7 and 11.17; PACE Code C Annex A; section 38(6) of PACE 1984; section 46 of the Children
Act 1989 (police protection).

Feedback on this issue: learning@policeconduct.example  |  Telephone 020 7946 0452
(c) Independent Office for Police Conduct 2026. Issue 52, published 9 November 2026.
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

Y25 = P('2024-04-01', '2025-03-31', '2024/25')
Y24 = P('2023-04-01', '2024-03-31', '2023/24')
figs = [
    F(41200, 'count', 'other', 'occasions children were held in police custody', 'on 41,200 occasions in England and Wales in 2024/25', period=Y25),
    F(44650, 'count', 'other', 'occasions children were held in police custody', 'down from 44,650 in\n  2023/24'.replace('\n  ', ' '), period=Y24),
    F(12.5, 'percent', 'other', 'children held in custody aged 10 to 13', 'Around 1 in 8 of them were aged 10 to 13', qualifier='around', period=Y25),
    F(10, 'years', 'other', 'age band from', 'aged 10 to 13', optional=True),
    F(13, 'years', 'other', 'age band to', 'aged 10 to 13', optional=True),
    F(5350, 'count', 'other', 'custody occasions involving girls', 'Girls accounted for 5,350 of those occasions (13%)', period=Y25),
    F(13, 'percent', 'other', 'custody occasions involving girls', 'Girls accounted for 5,350 of those occasions (13%)', period=Y25, optional=True),
    F(17, 'percent', 'other', 'Black children among children held in custody', 'Black children were 17% of the children held', period=Y25),
    F(6, 'percent', 'other', 'Black children among all children aged 10 to 17 (comparator)', 'against 6% of', period=Y25),
    F(14830, 'count', 'other', 'custody episodes released with no further action', 'Released with no further action 14,830 36%', period=Y25),
    F(36, 'percent', 'other', 'custody episodes released with no further action', 'Released with no further action 14,830 36%', period=Y25, optional=True),
    F(13600, 'count', 'other', 'custody episodes released under investigation or on bail', 'Released under investigation or on bail 13,600 33%', period=Y25),
    F(33, 'percent', 'other', 'custody episodes released under investigation or on bail', 'Released under investigation or on bail 13,600 33%', period=Y25, optional=True),
    F(7830, 'count', 'other', 'custody episodes ending in charge', 'Charged 7,830 19%', period=Y25),
    F(19, 'percent', 'other', 'custody episodes ending in charge', 'Charged 7,830 19%', period=Y25, optional=True),
    F(4940, 'count', 'other', 'custody episodes ending in an out-of-court resolution', 'Out-of-court resolution 4,940 12%', period=Y25),
    F(12, 'percent', 'other', 'custody episodes ending in an out-of-court resolution', 'Out-of-court resolution 4,940 12%', period=Y25, optional=True),
    F(2847, 'count', 'other', 'strip searches of children in custody', 'Forces recorded 2,847 strip searches of children', period=Y25),
    F(24, 'percent', 'other', 'strip searches with no appropriate adult recorded', 'In 24% of them no appropriate adult', period=Y25),
    F(1904, 'count', 'other', 'requests for local authority accommodation for children charged and refused bail', 'accommodation for 1,904 children charged and refused bail', period=Y25),
    F(312, 'count', 'other', 'children transferred to local authority accommodation', 'Only 312 (16%) were\n  transferred'.replace('\n  ', ' '), period=Y25),
    F(16, 'percent', 'other', 'children transferred to local authority accommodation', 'Only 312 (16%)', period=Y25, optional=True),
    F(11, 'percent', 'other', 'rise in complaints involving a child', 'rose by 11% on the year before'),
    F(3960, 'count', 'other', 'complaints to forces involving a child', 'to 3,960'),
    F(38, 'count', 'other', 'independent investigations involving children', 'We started 38 independent investigations', period=Y25),
    F(14, 'count', 'other', 'independent investigations concerning custody', '14 of them concerned custody', period=Y25),
    F(14, 'years', 'other', 'age of the girl in case 1', 'A 14-year-old girl was arrested', optional=True),
    F(2, 'count', 'other', 'officers who carried out the search', 'Two officers carried out the search', optional=True),
    F(3, 'days', 'other', 'delay before the social worker was told of the search', 'until 3 days later'),
    F(15, 'years', 'other', 'age of the boy in case 2', 'A 15-year-old boy was charged', optional=True),
    F(19, 'count', 'other', 'hours the boy was held before court (hours not a spec unit)', 'held for a total of 19 hours', optional=True),
    F(30, 'count', 'other', 'minutes between cell checks (minutes not a spec unit)', 'checked every 30 minutes', optional=True),
    F(2, 'count', 'other', 'hours an inhaler request went unanswered (hours not a spec unit)', 'went unanswered for 2 hours', optional=True),
    F(1, 'days', 'other', 'review of a refused transfer by an inspector (24 hours)', 'reviewed by an inspector within 24 hours', optional=True),
    F(12, 'years', 'other', 'age of the boy in case 3', 'A 12-year-old boy who had been missing', optional=True),
    F(2, 'days', 'other', 'time the boy had been missing', 'missing from his children\'s home for 2 days'),
    F(5, 'count', 'other', 'hours before he went missing again (hours not a spec unit)', 'again 5 hours later', optional=True),
    F(3, 'count', 'other', 'cases in this issue', 'Across the 3 cases', optional=True),
    F(7, 'count', 'recommendations', 'learning recommendations made to forces', 'we made 7 learning recommendations'),
    F(5, 'count', 'recommendations', 'recommendations accepted and put in place', '5 have been accepted and put in place'),
    F(2, 'count', 'recommendations', 'recommendations still being considered', 'are still being considered'),
    F(7, 'days', 'other', 'recommended review of strip searches of children by a superintendent', 'by a\nsuperintendent within 7 days'.replace('\n', ' ')),
    F(6, 'months', 'other', 'recommended frequency of publishing figures', 'publish their figures every 6 months'),
]
gold(DOC, 'other', 'Learning the Lessons, Issue 52: Children in police custody', None, None, {'start': None, 'end': None}, figs,
     ['Issue 52', '2399-0120', '01:40', '21:15', 'Case 1', 'Case 2', 'Case 3', 'paragraphs 1.7 and 11.17', 'section 38(6)',
      'PACE 1984', 'section 46', 'Act 1989', '020 7946 0452', '9 November 2026', '2023/24', '100%', 'aged 10 to 17'],
     [],
     [],
     ['Feedback on this issue: learning@policeconduct.example', 'Use this issue in training, in custody briefings and in supervision.'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A national police conduct body\'s thematic learning '
     'bulletin (England and Wales; area null, no areas; kind other; record period null: an issue with no reporting year, '
     'national statistics each carrying their own year). No quotes at all: the cases are paraphrased and the questions '
     'are the bulletin\'s own. Custody occasions, strip searches, PACE transfer requests and complaints are other; "Around 1 '
     'in 8" = 12.5 with its hedge; the age band 10 to 13 two optional figures; "312 (16%)" count required, percent optional; '
     '"rose by 11% ... to 3,960". An outcome table whose counts are required and shares optional; its Total row repeats '
     '41,200 and 100% is not a figure; girls "5,350 ... (13%)" likewise; the 17% vs 6% population comparator. Case facts: ages optional (identifying), hours and minutes optional (no unit), "3 days '
     'later" and "missing ... for 2 days" required (case durations), the 24-hour review optional (given as 1 day). '
     '"Nineteen hours" in a heading repeats the 19 hours. Police protection is used once in a narrative without a number '
     '(no figure). Recommendations 7 = 5 accepted + 2 considered (recommendations); the 7-day and 6-month national '
     'recommendations are figures. Issue number, ISSN, times of day, PACE paragraph and statute numbers not figures.')
