"""h06: student newspaper investigation (txt) on care leavers at university and the council's local offer
(Leicester). Writes the text and its gold. Run: /tmp/pdfgen8/bin/python _src/g_h06.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h06_leicester_student_paper_care_leavers_investigation'
YR = P('2025-04-01', '2026-03-31', '2025/26')
TEXT = """[INVENTED document written for evaluation: the paper, people, quotes and figures are made up; only the place name is real.]
THE LANTERN | Leicester's independent student newspaper since 1961 | Issue 412 | News | Investigations

INVESTIGATION: 'I had £40 and a bin bag': the care leavers falling through the cracks at Leicester's universities

Freedom of Information requests by The Lantern reveal how many students leave care and then leave their course - and how little some councils will pay towards rent over the summer

By Nia Okonjo-Pratt, News Editor, and Tom Ashdown | Photos: Lantern Media | 7 min read

Published 26 November 2026, 09:12

When Kayleigh arrived in halls in September 2024 she had, in her words, "£40 and a bin bag with everything I owned in it". She was 18, had been in foster care since she was nine and was the first person in her family to go to university.

By the following May she had dropped out.

"Nobody did anything wrong exactly," she told The Lantern. "It's just that when the halls contract ended in June there was nowhere to go. My foster carers had another kid by then. I sofa-surfed for eleven weeks and by the time September came round I'd lost my place."

Kayleigh - not her real name - is one of dozens of care-experienced students at the city's two universities whose stories we have heard over the past six months.

WHAT THE NUMBERS SHOW

Using Freedom of Information requests (refs FOI-2026-0318 and FOI-2026-0441), The Lantern asked both universities how many care-experienced students they had enrolled and how many had withdrawn.

The answers show 214 care-experienced undergraduates were enrolled across the two institutions in 2025/26, up from 167 three years earlier. But 31 of them withdrew during the year - a withdrawal rate of 14.5%, against 6.8% for all undergraduates.

One university disclosed that 11 of its withdrawals happened between June and September, the months when term-time accommodation ends.

Leicester City Council told us it was supporting 493 care leavers aged 18 to 25 at the end of March 2026, of whom 58 were in higher education. Its bursary for care leavers at university is £2,000 a year, paid in three instalments, and the council says it will pay "up to 52 weeks" of rent where a student has no other home.

But our requests to six other councils that place children in Leicester found wide differences. Two said they pay summer rent in full; one pays a flat £600 towards the summer; one said it decides "case by case" and could not say how often it had done so. Two did not reply within the statutory 20 working days.

'I SHOULDN'T HAVE HAD TO ASK'

The Lantern spoke to nine current and former care-experienced students for this investigation. Seven said nobody had told them about the summer accommodation support they were entitled to.

"I found out about the 52 weeks from a girl on Instagram," said Marcus Bellingham, 21, a third-year law student who left care in Nottinghamshire. "I shouldn't have had to ask. It should be in the letter you get when you turn 18."

Dr Helen Varcoe, who researches care leavers' education at one of the universities, said the figures were "depressingly familiar".

"Withdrawal rates for care-experienced students are roughly double the average everywhere we look," she said. "The difference between the students who stay and the ones who leave is very often a single phone call in July."

She added that the two universities' own bursaries, worth between £1,000 and £3,000, were "generous on paper" but were paid in October, "which is three months too late for the student who is about to lose their room".

THE COUNCIL RESPONDS

Councillor Mariam Haq-Stevens, assistant city mayor for education and children, said Leicester had "one of the better offers in the region" and that every care leaver had a personal adviser until they turned 25.

"We know some of our young people still fall through the gaps, particularly over the summer, and that isn't good enough," she said. "From January our personal advisers will contact every care leaver at university in May, before the halls contract ends, not after."

Cllr Haq-Stevens said the council had spent £118,400 on rent, deposits and bursaries for care leavers in higher education in 2025/26.

A spokesperson for one of the universities said it had 23 dedicated staff working on student support and that care-experienced students "are guaranteed 365-day accommodation if they ask for it". The other university said it was "reviewing its offer" and would respond in full in the new year.

WHAT HAPPENS NEXT

The Students' Union will bring a motion to its council on 9 December calling for both universities to sign the Care Leaver Covenant and to write to every care-experienced applicant before they arrive. SU welfare officer Priya Chandramohan said: "This is not about charity. It's about not losing brilliant people because of a calendar."

Kayleigh, now 20, is working in a call centre and hopes to reapply next year. "I still want to do it," she said. "I just want there to be somebody who rings me in July."

If you are a care-experienced student and need support, contact the SU Advice Centre on 01632 960733 or advice@lanternsu.example. You can reach the Leicester City Council leaving care team on 01632 960120.

---
MORE FROM THE LANTERN
> Rent strike: 400 students sign up in Clarendon Park
> Varsity preview: can we beat them for the 3rd year running?
> Review: Curve's Christmas panto, 4 stars
Share this story | 14 comments | Report an error
(c) 2026 The Lantern Student Media. Registered charity 1149902.
"""


def build():
    out = os.path.join(os.path.dirname(HERE), NAME + '.txt')
    open(out, 'w', encoding='utf-8').write(TEXT)
    figures = [
        F(214, 'count', 'other', 'care-experienced undergraduates enrolled at the two universities', '214 care-experienced undergraduates were enrolled'),
        F(167, 'count', 'other', 'care-experienced undergraduates enrolled, three years earlier', 'up from 167 three years earlier', period=P('2022-04-01', '2023-03-31', '2022/23 (three years earlier)')),
        F(31, 'count', 'other', 'care-experienced undergraduates who withdrew', '31 of them withdrew during the year'),
        F(14.5, 'percent', 'other', 'withdrawal rate of care-experienced undergraduates', 'a withdrawal rate of 14.5%'),
        F(6.8, 'percent', 'other', 'withdrawal rate of all undergraduates (comparator)', 'against 6.8% for all undergraduates'),
        F(11, 'count', 'other', 'withdrawals between June and September at one university', '11 of its withdrawals happened between June and September'),
        F(493, 'count', 'looked_after_children', 'care leavers aged 18 to 25 supported by the council', 'supporting 493 care leavers aged 18 to 25', period=P('2026-03-31', '2026-03-31', 'at the end of March 2026'), optional=True),
        F(58, 'count', 'other', 'care leavers in higher education', 'of whom 58 were in higher education', period=P('2026-03-31', '2026-03-31', 'at the end of March 2026')),
        F(2000, 'gbp', 'other', 'council bursary for care leavers at university, a year', 'is £2,000 a year'),
        F(52, 'weeks', 'other', 'rent paid by the council where a student has no other home', '"up to 52 weeks" of rent', qualifier='up to'),
        F(6, 'count', 'other', 'other councils sent requests', 'our requests to six other councils'),
        F(2, 'count', 'other', 'councils that pay summer rent in full', 'Two said they pay summer rent in full'),
        F(2, 'count', 'other', 'councils that did not reply to the FOI request in time', 'Two did not reply within the statutory 20 working days'),
        F(600, 'gbp', 'other', 'flat payment towards summer rent by one council', 'one pays a flat £600 towards the summer'),
        F(20, 'days', 'other', 'statutory deadline for FOI replies (working days)', 'within the statutory 20 working days'),
        F(9, 'count', 'other', 'care-experienced students interviewed', 'spoke to nine current and former care-experienced students'),
        F(7, 'count', 'other', 'students not told about summer accommodation support', 'Seven said nobody had told them'),
        F(1000, 'gbp', 'other', 'university bursaries, lower end of range', 'worth between £1,000 and £3,000', optional=True),
        F(3000, 'gbp', 'other', 'university bursaries, upper end of range', 'worth between £1,000 and £3,000', optional=True),
        F(118400, 'gbp', 'other', 'council spending on rent, deposits and bursaries for care leavers in higher education', 'had spent £118,400 on rent, deposits and bursaries'),
        F(23, 'count', 'other', 'dedicated student support staff at one university', 'it had 23 dedicated staff working on student support'),
        F(365, 'days', 'other', 'year-round accommodation guaranteed to care-experienced students', '"are guaranteed 365-day accommodation if they ask for it"', optional=True),
        F(18, 'years', 'other', "Kayleigh's age on arrival (case fact)", 'She was 18, had been in foster care since she was nine', optional=True),
        F(11, 'weeks', 'other', 'time Kayleigh spent sofa-surfing', 'I sofa-surfed for eleven weeks', optional=True),
        F(9, 'years', 'other', "Kayleigh's age when she entered foster care", 'in foster care since she was nine', optional=True),
        F(21, 'years', 'other', "Marcus Bellingham's age", 'said Marcus Bellingham, 21,', optional=True),
        F(20, 'years', 'other', "Kayleigh's age now", 'Kayleigh, now 20,', optional=True),
        F(25, 'years', 'other', 'age to which care leavers have a personal adviser', 'until they turned 25'),
    ]
    cue_n = None
    quotes = [
        Q('£40 and a bin bag with everything I owned in it', 'Kayleigh', ['a care leaver', 'Kayleigh (not her real name)'], 'in her words'),
        Q('Nobody did anything wrong exactly,', 'Kayleigh', ['a care leaver'], 'told'),
        Q("It's just that when the halls contract ended in June there was nowhere to go. My foster carers had another kid by then. I sofa-surfed for eleven weeks and by the time September came round I'd lost my place.", 'Kayleigh', ['a care leaver'], cue_n),
        Q('up to 52 weeks', 'Leicester City Council', ['the council', 'Leicester City Council told us'], 'says'),
        Q('case by case', 'one council', ['a council'], 'said'),
        Q('I found out about the 52 weeks from a girl on Instagram,', 'Marcus Bellingham', ['Bellingham', 'Mr Bellingham'], 'said'),
        Q("I shouldn't have had to ask. It should be in the letter you get when you turn 18.", 'Marcus Bellingham', ['Bellingham', 'Mr Bellingham'], cue_n),
        Q('depressingly familiar', 'Helen Varcoe', ['Dr Helen Varcoe', 'Varcoe', 'Dr Varcoe'], 'said'),
        Q('Withdrawal rates for care-experienced students are roughly double the average everywhere we look,', 'Helen Varcoe', ['Dr Helen Varcoe', 'Varcoe', 'Dr Varcoe'], 'she said'),
        Q('The difference between the students who stay and the ones who leave is very often a single phone call in July.', 'Helen Varcoe', ['Dr Helen Varcoe', 'Varcoe', 'Dr Varcoe'], cue_n),
        Q('generous on paper', 'Helen Varcoe', ['Dr Helen Varcoe', 'Varcoe', 'Dr Varcoe'], 'She added'),
        Q('which is three months too late for the student who is about to lose their room', 'Helen Varcoe', ['Dr Helen Varcoe', 'Varcoe', 'Dr Varcoe'], 'She added'),
        Q('one of the better offers in the region', 'Mariam Haq-Stevens', ['Councillor Mariam Haq-Stevens', 'Cllr Haq-Stevens', 'Haq-Stevens'], 'said', role='assistant city mayor for education and children'),
        Q("We know some of our young people still fall through the gaps, particularly over the summer, and that isn't good enough,", 'Mariam Haq-Stevens', ['Councillor Mariam Haq-Stevens', 'Cllr Haq-Stevens', 'Haq-Stevens'], 'she said'),
        Q('From January our personal advisers will contact every care leaver at university in May, before the halls contract ends, not after.', 'Mariam Haq-Stevens', ['Councillor Mariam Haq-Stevens', 'Cllr Haq-Stevens', 'Haq-Stevens'], cue_n),
        Q('are guaranteed 365-day accommodation if they ask for it', 'a university spokesperson', ['spokesperson', 'A spokesperson for one of the universities'], 'said'),
        Q('reviewing its offer', 'the other university', ['The other university'], 'said'),
        Q("This is not about charity. It's about not losing brilliant people because of a calendar.", 'Priya Chandramohan', ['Chandramohan', 'SU welfare officer Priya Chandramohan'], 'said', role='Students\' Union welfare officer'),
        Q('I still want to do it,', 'Kayleigh', ['a care leaver'], 'she said'),
        Q('I just want there to be somebody who rings me in July.', 'Kayleigh', ['a care leaver'], cue_n),
        Q("I had £40 and a bin bag", 'Kayleigh', ['a care leaver'], None, optional=True),
        Q("I shouldn't have had to ask", 'Marcus Bellingham', ['Bellingham'], None, optional=True),
    ]
    people = [{'name': 'Nia Okonjo-Pratt', 'role': 'News Editor, The Lantern'}, {'name': 'Tom Ashdown', 'role': 'reporter'},
              {'name': 'Marcus Bellingham', 'role': 'third-year law student, care leaver'},
              {'name': 'Dr Helen Varcoe', 'role': "researcher on care leavers' education"},
              {'name': 'Mariam Haq-Stevens', 'role': 'assistant city mayor for education and children, Leicester City Council'},
              {'name': 'Priya Chandramohan', 'role': "Students' Union welfare officer"}]
    nf = ['since 1961', 'Issue 412', '7 min read', '26 November 2026, 09:12', 'September 2024', 'FOI-2026-0318', 'FOI-2026-0441',
          'on 9 December', '01632 960733', '01632 960120', 'third-year', 'in three instalments',
          'roughly double', 'three months too late', 'aged 18 to 25', 'when you turn 18', 'over the past six months', 'dozens of', 'Registered charity 1149902']
    bp = ['MORE FROM THE LANTERN', 'Rent strike: 400 students sign up in Clarendon Park', 'Varsity preview: can we beat them for the 3rd year running?',
          "Review: Curve's Christmas panto, 4 stars", 'Share this story | 14 comments | Report an error', '(c) 2026 The Lantern Student Media.']
    notes = ("Student newspaper investigation (genre new to the corpus): a publication's story, so news_article; area Leicester (the council and "
             "the city's universities); period 2025/26, the year of the FOI data and the council's spending. Traps: a headline fragment "
             "'I had £40 and a bin bag' that paraphrases the body quote (optional quote); the masthead 'since 1961', 'Issue 412', '7 min read'; "
             "FOI reference numbers; '167 three years earlier' (own period); a rate with its all-student comparator (both other: students, not "
             "children's social care); care leavers counted by the council are optional looked_after_children (care leavers are not children "
             "in care) while the higher-education subset is other; 'up to 52 weeks' appears both as a quoted fragment and a figure; 'between £1,000 "
             "and £3,000' is a range (two optional figures); the statutory '20 working days' is a deadline figure; ages of named people optional; "
             "'Seven said' is a subset of the nine interviewed, and 'Two said ...' / 'Two did not reply' are two facts about the six councils with one value; 'case by case' and 'reviewing its offer' are organisation fragments; 'roughly double' "
             "and 'three months too late' inside quotes are not figures; the pseudonymous 'Kayleigh' speaks across paragraphs with pronoun cues; "
             "'365-day accommodation' inside a spokesperson's fragment (optional); the 'MORE FROM' list (400, 3rd, 4 stars), the comment count "
             "and the charity number are boilerplate.")
    gold(NAME + '.txt', 'news_article', "INVESTIGATION: 'I had £40 and a bin bag': the care leavers falling through the cracks at Leicester's universities",
         'Leicester', None, YR, figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
