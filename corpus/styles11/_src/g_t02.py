"""t02: letters-to-the-editor page of a local paper (txt, written by hand here) and its gold."""
import os
from mk import F, P, Q, gold, DIR

DOC = 't02_north_northamptonshire_letters_page.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The newspaper, letters, writers, quotes and figures are made up; only place names are real.

Kettering and Corby Courier | Opinion | Your letters
Thursday 26 November 2026

YOUR VIEWS

Write to: Letters, Kettering and Corby Courier, 14 Market Place, Kettering NN16 0AX, or email letters@kcourier.example. Letters should be no longer than 300 words. We reserve the right to edit.

----

'Turning a corner'? Not from where I sit

Councillor Dean Whitlock told the scrutiny committee last week that North Northamptonshire's children's services were "turning a corner at last". I have read the annual report he was presenting, all 64 pages of it, and I am not so sure.

The report says there were 1,036 children in the council's care at 31 March 2026, up from 912 a year earlier. That is a rise of 124 children, or 14%, in a single year. It also says 19 children were placed more than 20 miles from home.

If that is a corner, I would hate to see a straight.

Margaret Ellison, Rothwell

----

Plans are up, and the workers are stretched

As a retired social worker I read your report of the scrutiny meeting (Courier, 19 November) with a sinking feeling. The council now has 487 children on child protection plans, a rate of 46.9 per 10,000 children. The England average is 41.8.

The report admits that the average caseload is 21 children per social worker, against the council's own target of 17, and that 31% of social workers are agency staff. Cllr Whitlock told the committee that "agency reliance is the single biggest risk we carry". On that, at least, we agree.

Raj Patel, Corby

----

Spending claim does not add up

I write in reply to Brian Coles (Letters, 19 November), who claimed the council spent "£9 million on agency social workers" last year.

I looked it up. Table 7 on page 41 of the annual report gives agency spending of £6.4 million in 2025/26, of which £2.1 million was for team managers. That is bad enough without exaggeration. Mr Coles also said the council had "lost half its social workers"; the report says turnover was 22%, down from 27% in 2024/25.

Ann Hutchings, Kettering

----

Council responds

Several of your correspondents have quoted from our annual report, and I am grateful that people are reading it.

We know there is more to do. But in 2025/26 we also recruited 38 permanent social workers, and 92% of children in care had an up-to-date health assessment. Our new edge-of-care team worked with 214 families, and 173 of those children stayed at home.

As I said at the committee: "We will not pretend the numbers are good when they are not. But we will not let anyone pretend nothing is changing either."

Cllr Dean Whitlock, Executive Member for Children, Families and Education, North Northamptonshire Council

----

A question for the partnership

The Northamptonshire Safeguarding Children Partnership's report says it received 11 serious incident notifications in North Northamptonshire last year and held 11 rapid reviews. Only two local reviews were commissioned. Can someone explain, in plain English, what happened to the other nine?

Name and address supplied

----

Got something to say? Email letters@kcourier.example or call the newsdesk on 01632 960418. Most read: 1. Roadworks on the A14 to last 18 months 2. New cafe opens at Wicksteed Park 3. School places: what you need to know
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    Y = P('2025-04-01', '2026-03-31')
    LY = P('2024-04-01', '2025-03-31')
    figs = [
        F(1036, 'count', 'looked_after_children', "children in the council's care at 31 March 2026", "there were 1,036 children in the council's care"),
        F(912, 'count', 'looked_after_children', 'children in care a year earlier', 'up from 912 a year earlier', period=LY),
        F(124, 'count', 'looked_after_children', 'rise in children in care', 'That is a rise of 124 children'),
        F(14, 'percent', 'looked_after_children', 'rise in children in care', 'or 14%, in a single year'),
        F(19, 'count', 'looked_after_children', 'children placed more than 20 miles from home', '19 children were placed more than 20 miles from home'),
        F(487, 'count', 'child_protection_plans', 'children on child protection plans', 'The council now has 487 children on child protection plans'),
        F(46.9, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 46.9 per 10,000 children'),
        F(41.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England average', 'The England average is 41.8'),
        F(21, 'count', 'other', 'average caseload per social worker', 'the average caseload is 21 children per social worker'),
        F(17, 'count', 'other', 'caseload target', "against the council's own target of 17"),
        F(31, 'percent', 'other', 'social workers who are agency staff', '31% of social workers are agency staff'),
        F(9000000, 'gbp', 'other', 'agency spending claimed by a previous letter writer', '£9 million on agency social workers', optional=True),
        F(6400000, 'gbp', 'other', 'agency spending in 2025/26', 'agency spending of £6.4 million in 2025/26'),
        F(2100000, 'gbp', 'other', 'agency spending on team managers', 'of which £2.1 million was for team managers'),
        F(50, 'percent', 'other', 'social workers lost (claimed)', 'lost half its social workers', optional=True),
        F(22, 'percent', 'other', 'social worker turnover', 'the report says turnover was 22%'),
        F(27, 'percent', 'other', 'social worker turnover in 2024/25', 'down from 27% in 2024/25', period=LY),
        F(38, 'count', 'other', 'permanent social workers recruited', 'we also recruited 38 permanent social workers'),
        F(92, 'percent', 'looked_after_children', 'children in care with an up-to-date health assessment', '92% of children in care had an up-to-date health assessment'),
        F(214, 'count', 'other', 'families worked with by the edge-of-care team', 'Our new edge-of-care team worked with 214 families'),
        F(173, 'count', 'other', 'children who stayed at home', '173 of those children stayed at home'),
        F(11, 'count', 'serious_incident_notifications', 'serious incident notifications in North Northamptonshire', 'received 11 serious incident notifications'),
        F(11, 'count', 'rapid_reviews', 'rapid reviews held', 'held 11 rapid reviews'),
        F(2, 'count', 'lcsprs_commissioned', 'local reviews commissioned', 'Only two local reviews were commissioned'),
        F(9, 'count', 'other', 'rapid reviews not leading to a local review (the writer\'s subtraction)', 'what happened to the other nine', optional=True),
    ]
    nf = ['300 words', '64 pages', '20 miles', 'Table 7', 'page 41', '14 Market Place', 'NN16 0AX', '19 November', '26 November 2026', '01632 960418',
          '31 March 2026', 'per 10,000', '1. Roadworks on the A14 to last 18 months', 'A14']
    quotes = [
        Q('turning a corner at last', 'Dean Whitlock', ['Whitlock', 'Cllr Whitlock', 'Councillor Dean Whitlock', 'Cllr Dean Whitlock'], 'told', role='Executive Member for Children, Families and Education, North Northamptonshire Council'),
        Q('agency reliance is the single biggest risk we carry', 'Dean Whitlock', ['Whitlock', 'Cllr Whitlock'], 'told'),
        Q('£9 million on agency social workers', 'Brian Coles', ['Coles', 'Mr Coles'], 'claimed'),
        Q('lost half its social workers', 'Brian Coles', ['Coles', 'Mr Coles'], 'said'),
        Q('We will not pretend the numbers are good when they are not. But we will not let anyone pretend nothing is changing either.', 'Dean Whitlock', ['Whitlock', 'Cllr Whitlock', 'Cllr Dean Whitlock'], 'As I said'),
        Q("'Turning a corner'? Not from where I sit", 'Margaret Ellison', ['Ellison'], None, optional=True),
    ]
    quotes[-1]['text'] = 'Turning a corner'
    people = [
        {'name': 'Dean Whitlock', 'role': 'Executive Member for Children, Families and Education, North Northamptonshire Council'},
        {'name': 'Margaret Ellison', 'role': 'letter writer, Rothwell'},
        {'name': 'Raj Patel', 'role': 'letter writer, Corby; retired social worker'},
        {'name': 'Ann Hutchings', 'role': 'letter writer, Kettering'},
        {'name': 'Brian Coles', 'role': 'earlier letter writer'},
    ]
    bp = ['Write to: Letters, Kettering and Corby Courier, 14 Market Place, Kettering NN16 0AX, or email letters@kcourier.example. Letters should be no longer than 300 words. We reserve the right to edit.',
          'Got something to say? Email letters@kcourier.example or call the newsdesk on 01632 960418.',
          'Most read: 1. Roadworks on the A14 to last 18 months 2. New cafe opens at Wicksteed Park 3. School places: what you need to know']
    notes = ("Letters-to-the-editor page (kind news_article; period 2025/26, the annual report every letter discusses; partnership null: the page is about the council's services, "
             "the partnership is named only in one letter). Letters are first-person prose, not quotes; the sign-off lines give names and places. "
             "Required quotes are the words in quote marks: the councillor quoted by two writers (fragments after 'told'), the earlier writer Brian Coles quoted by the reply letter, "
             "and the councillor quoting himself in his own letter ('As I said at the committee:'). The headline scare quote 'Turning a corner' is optional. "
             "Coles's claimed '£9 million' and 'half' are quoted claims that the reply refutes: optional figures. "
             "Traps: '300 words', 'all 64 pages', 'Table 7 on page 41', '20 miles' (no spec unit; inside the 19-children fact), dates in brackets ('Letters, 19 November'), postcode, "
             "phone number, the Most-read list ('1.', 'A14', '18 months' in a headline: boilerplate). 11 notifications and 11 rapid reviews are two facts with one value. "
             "'the other nine' is the writer's arithmetic (optional). 'a rise of 124 children, or 14%' are two facts (a change and its percentage), both looked_after_children.")
    gold(DOC, 'news_article', "Your letters: 'Turning a corner'? Not from where I sit; Plans are up; Spending claim does not add up; Council responds",
         'North Northamptonshire', None, Y, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
