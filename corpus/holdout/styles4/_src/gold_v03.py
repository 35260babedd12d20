from gold import F, Q, P, NONE, fy, write
figs = [
    F(6, 'count', 'other', 'inspectors on the team', 'A team of six inspectors'),
    F(2, 'weeks', 'other', 'length of the inspection', 'spent two weeks examining'),
    F(3, 'count', 'other', 'areas judged good', 'good in three of the four areas judged'),
    F(4, 'count', 'other', 'areas judged', 'three of the four areas judged'),
    F(17, 'count', 'other', 'average caseload (children per worker)', 'an average of 17 children per worker'),
    F(24, 'count', 'other', 'average caseload at the last full inspection', 'from 24 at the last full inspection', period=P('2022-01-01', '2022-12-31', 'the last full inspection')),
    F(38, 'count', 'other', 'children in care who waited more than 18 months for a permanence decision', '38 children in care had waited more than 18 months'),
    F(18, 'months', 'other', 'wait for a permanence decision', 'more than 18 months for a decision', qualifier='more than'),
    F(64, 'percent', 'other', 'care leavers aged 19 to 21 in education, employment or training', 'only 64 per cent of care leavers aged 19 to 21'),
    F(40, 'percent', 'other', 'social workers who were agency staff in 2016', 'more than 40 per cent of its social workers were agency staff', period=P('2016-01-01', '2016-12-31', '2016'), qualifier='more than'),
    F(11, 'percent', 'other', 'social workers who are agency staff now', 'That figure is now 11 per cent'),
    F(1032, 'count', 'looked_after_children', 'children looked after by the council', 'currently looks after 1,032 children'),
    F(85, 'rate_per_10000', 'looked_after_children', 'looked after rate', 'a rate of 85 per 10,000'),
    F(70, 'rate_per_10000', 'looked_after_children', 'looked after rate, England average', 'the England average of 70'),
    F(421, 'count', 'child_protection_plans', 'children on child protection plans', 'There are 421 children on child protection plans'),
    F(97, 'percent', 'other', 'child protection visits within timescales', '97 per cent of child protection visits took place within timescales', period=P('2024-11-01', '2025-10-31', 'the year before the inspection')),
]
nf = ['Tuesday 13 January 2026', 'since 2015', 'in 2016', 'in 2022', 'aged 19 to 21', '10,000', 'first time in a decade']
RP = ['report', 'the Ofsted report', 'Ofsted', 'inspectors', 'their report']
YM = ['Marlow', 'Ms Marlow', 'Yvette Marlow']
TC = ['Crabbe', 'Ms Crabbe', 'Tina Crabbe']
quotes = [
    Q('require improvement to be good', 'the report', RP, None, optional=True),
    Q('know their children well and speak about them with warmth and curiosity', 'the report', RP, 'says'),
    Q('When I arrived, people were leaving faster than we could recruit them,', 'Tina Crabbe', TC, 'said', role="director of children's services"),
    Q('Today we have a workforce that stays, and children who see the same social worker for long enough to trust them. That is what inspectors saw.', 'Tina Crabbe', TC, None),
    Q('We are not complacent about care leavers. I have read every word of that section of the report and we will act on it.', 'Tina Crabbe', TC, 'added'),
    Q("a remarkable turnaround built by people who never gave up on this county's children", 'Graham Pettifer', ['Pettifer', 'Cllr Pettifer', 'Graham Pettifer'], 'described', role='Council leader'),
    Q('Children in Worcestershire are now far more likely to get the right help at the right time, from someone who knows them,', 'Yvette Marlow', YM, 'said', role="Ofsted's regional director for the West Midlands"),
    Q('The next step is making sure that help continues once they leave care.', 'Yvette Marlow', YM, None),
    Q('good', 'the report', RP, None, optional=True),
]
people = [{'name': 'Tina Crabbe', 'role': "director of children's services"}, {'name': 'Yvette Marlow', 'role': "Ofsted's regional director for the West Midlands"}, {'name': 'Graham Pettifer', 'role': 'Council leader'}]
bp = ['WORCESTER EVENING POST | NEWS |', 'Have your say: comments are open below.']
notes = ("Print-style local story on an Ofsted ILACS judgement; record period = the inspection dates '17 and 28 November last year' (2025). "
         "Traps: headline scare quote 'good' and the judgement phrase 'require improvement to be good' (optional quotes); a document speaker ('It says social workers \"...\"'); "
         "'Tina Crabbe, director of children's services, said ...' then quote split by 'she said' and 'She added:' (pronoun); '\"...,\" said Yvette Marlow, Ofsted's regional director ...' (cue and name after the quote) followed by a second quote with no cue; 'Council leader Cllr Graham Pettifer described the judgement as \"...\"'; "
         "'according to the council' inside a sentence with a figure; 'three of the four areas'; 'more than 18 months' is a real wait figure; 'aged 19 to 21' is an age band; "
         "'first time in a decade' and 'since 2015' are not figures; '38 children in care had waited more than 18 months' is a timeliness subset (other, as corpus-dev's 'finished on time'); comparator 'England average of 70'; the 97% belongs to the year before the inspection.")
write('v03_worcestershire_ofsted_good.txt', 'news_article', "Worcestershire children's services rated 'good' for first time in a decade",
      'Worcestershire', None, P('2025-11-17', '2025-11-28', 'between 17 and 28 November last year'), figs, nf, quotes, people, bp, notes)
