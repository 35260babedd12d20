"""Gold for h05 (trade-magazine profile interview of a new DCS, written by hand)."""
from mk import F, P, Q, gold

DOC = 'h05_greenwich_dcs_profile_interview.html'


def main():
    figs = [
        F(6, 'weeks', 'other', 'time in the job', 'Six weeks into the job'),
        F(26, 'years', 'other', "years in children's social care", "has spent 26 years in children's social care"),
        F(7, 'years', 'other', 'years as a deputy director', 'the last seven as a deputy director'),
        F(148000000, 'gbp', 'other', "children's services budget", 'with a budget of £148m'),
        F(1120, 'count', 'other', "staff in the children's services department", 'and 1,120 staff'),
        F(19, 'years', 'other', 'age she started as a residential worker', 'I started as a residential worker at 19', optional=True),
        F(542, 'count', 'looked_after_children', 'children in care', 'Greenwich has 542 children in care'),
        F(489, 'count', 'looked_after_children', 'children in care two years ago', 'up from 489 two years ago', period=P('2024-04-01', '2025-03-31')),
        F(318, 'count', 'child_protection_plans', 'children on child protection plans', '318 children on child protection plans'),
        F(9200000, 'gbp', 'other', 'forecast overspend this year', 'forecasting an overspend of £9.2m this year'),
        F(23, 'count', 'looked_after_children', 'children in residential placements costing more than £8,000 a week', 'We have 23 children in residential placements'),
        F(8000, 'gbp', 'other', 'weekly cost threshold of the residential placements', 'cost more than £8,000 a week each', qualifier='more than'),
        F(22, 'count', 'other', 'average caseload in assessment teams', 'assessment teams is 22 children'),
        F(16, 'count', 'other', 'caseload target', 'against a target of 16'),
        F(28, 'percent', 'other', 'agency staff share of the social work workforce', 'Agency staff make up 28%'),
        F(15, 'percent', 'other', 'agency staff target by March 2028', 'she wants that down to 15% by March 2028'),
        F(5, 'count', 'other', 'social workers children report having had (lower bound, rhetorical)', "they've had five, six, seven social workers", optional=True),
        F(2400000, 'gbp', 'other', 'retention package', 'a £2.4m retention package'),
        F(3500, 'gbp', 'other', 'annual market supplement for experienced social workers', 'a market supplement of £3,500 a year'),
        F(12, 'count', 'other', 'protected caseload cap for newly qualified staff', 'protected caseloads of no more than 12', qualifier='no more than'),
        F(400000, 'gbp', 'other', 'annual cost of a single placement', 'keep paying £400,000 a year for a single placement'),
        F(9, 'count', 'serious_incident_notifications', 'serious incidents notified in 2025-26', 'notified the national panel of nine serious incidents in 2025-26', period=P('2025-04-01', '2026-03-31')),
        F(2, 'count', 'lcsprs_ongoing', 'local reviews in progress', 'has two local reviews in progress'),
        F(3, 'years', 'other', 'horizon for success', 'what success looks like in three years', optional=True),
    ]
    nf = ['£4.99 a month', '3 December 2026', '6 min read', 'March 2028', 'in 2024', 'in 2029', 'Five things new DCSs wish they had known', '14 social work vacancies',
          '11 March 2027, 1pm', '020 7946 0458', 'in their first year', 'two years ago', 'a Friday night']
    quotes = [
        Q("I started as a residential worker at 19, so I know what a Friday night in a children's home feels like,", 'Fiona McAllister', ['McAllister', 'Dr McAllister', 'Dr Fiona McAllister'], 'she says', role="Director of Children's Services, Royal Borough of Greenwich"),
        Q('That never leaves you.', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], None),
        Q('We have 23 children in residential placements that cost more than £8,000 a week each,', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], 'she says'),
        Q('I have their names on a list on my desk. Not because they are a cost, but because each of them is a child we did not manage to keep in a family.', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], None),
        Q("Children tell us the same thing over and over: they've had five, six, seven social workers,", 'Fiona McAllister', ['McAllister', 'Dr McAllister'], 'she says'),
        Q('I want social workers to stay long enough to know the children.', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], None),
        Q('she was the only candidate who talked about children before she talked about budgets.', 'Jasmine Okoro', ['Okoro', 'Cllr Okoro', 'Councillor Jasmine Okoro'], 'says she appointed Dr McAllister because', role='Cabinet member for children and young people, Royal Borough of Greenwich'),
        Q('We will give her the money to fix recruitment,', 'Jasmine Okoro', ['Okoro', 'Cllr Okoro'], 'adds'),
        Q('What we cannot do is keep paying £400,000 a year for a single placement and pretend that is a plan.', 'Jasmine Okoro', ['Okoro', 'Cllr Okoro'], None),
        Q('Fewer children coming into care in crisis, more of them living with family, and a workforce that is still here in 2029.', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], 'does not hesitate'),
        Q('I want social workers to stay long enough to know the children', 'Fiona McAllister', ['McAllister', 'Dr McAllister'], None, optional=True),
    ]
    people = [
        {'name': 'Fiona McAllister', 'role': "Director of Children's Services, Royal Borough of Greenwich"},
        {'name': 'Jasmine Okoro', 'role': 'Cabinet member for children and young people, Royal Borough of Greenwich'},
        {'name': 'Sam Oyelaran', 'role': "reporter, Children's Services Weekly"},
    ]
    bp = ["Children's Services Weekly | Subscribe from £4.99 a month | Sign in", 'News | Features | Jobs | Events | Leadership',
          'Related: Five things new DCSs wish they had known | Jobs: 14 social work vacancies in south-east London | Webinar: 11 March 2027, 1pm',
          "© 2026 Children's Services Weekly (synthetic) | cs-weekly.example | Advertise | Contact 020 7946 0458"]
    notes = ("Trade-magazine leadership profile interview (kind news_article; period null: a profile with no reporting period, the figures are current snapshots; "
             "only the nine notifications carry a period, 2025-26). Area Greenwich (the 'Royal Borough of Greenwich'); partnership null (mentioned only as 'Greenwich's safeguarding partnership'). "
             "Career durations are figures (six weeks in the job, 26 years, seven years); 'at 19' is an age in a quote (optional). "
             "The headline repeats a quote from the body (the headline quote optional; the body one required). "
             "Quotes are split by the cue ('..., she says. \"...\"'): the part after the cue paragraph break has cue null. A second speaker, Cllr Okoro, has a fragment after "
             "'says she appointed Dr McAllister because' and a two-part quote split by 'adds'. "
             "'more than £8,000 a week' is a threshold (qualifier), '£400,000 a year' a cost inside a quote (required, not rhetorical). "
             "'five, six, seven social workers' is rhetorical (5 optional; 6 and 7 not annotated). 'in three years' (a horizon in a question) optional. "
             "Traps: subscription price '£4.99 a month', '6 min read', byline date, 'March 2028', 'in 2024', 'in 2029', related-links numbers ('Five things', '14 social work vacancies', webinar date), "
             "'in their first year', 'two years ago' (time point), phone number. Ofsted's 'requires improvement to be good' is a judgement, not a quote.")
    gold(DOC, 'news_article', "'I want social workers to stay long enough to know the children'", 'Greenwich', None, P(None, None), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
