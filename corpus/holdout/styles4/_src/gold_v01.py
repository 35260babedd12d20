from gold import F, Q, P, NONE, write
Y = P('2025-01-01', '2025-12-31', '2025')
figs = [
    F(14, 'count', 'other', 'fractures suffered by the baby', 'left their baby son with 14 broken bones'),
    F(11, 'years', 'other', 'combined prison sentences of the parents', 'jailed for a combined total of 11 years'),
    F(10, 'weeks', 'other', 'age of the baby when taken to hospital', 'was 10 weeks old'),
    F(3, 'count', 'other', 'separate occasions on which injuries were caused', 'on at least three separate occasions', qualifier='at least'),
    F(5, 'weeks', 'other', 'period over which injuries were caused', 'over a period of about five weeks', qualifier='about'),
    F(27, 'years', 'other', 'age of the mother', 'Kayleigh Marsh, 27'),
    F(31, 'years', 'other', 'age of the father', 'Ryan Dobson, 31'),
    F(9, 'days', 'other', 'length of the trial', 'after a nine-day trial'),
    F(7, 'years', 'other', 'prison sentence of the father', 'was jailed for seven years'),
    F(4, 'years', 'other', 'prison sentence of the mother', 'Marsh was jailed for four years'),
    F(4, 'count', 'other', 'health visitor visits to the family', 'seen the family on four occasions'),
    F(2, 'count', 'other', 'GP appointments before admission', 'taken to two GP appointments'),
    F(2, 'years', 'other', 'age of the boy now', 'The boy, now aged two'),
    F(212, 'count', 'other', 'reports of physical abuse of under-ones investigated by West Yorkshire Police', 'We investigated 212 reports of physical abuse', period=Y),
    F(15, 'days', 'other', 'time within which the rapid review was held', 'within 15 working days of the boy'),
]
nf = ['09:42', '18 November 2026', 'February 2025', 'under the age of one', '0113 496 0123', 'in 2025', 'None of the professionals']
AQ = ['Ackroyd', 'Judge Ackroyd', 'Judge Rosalind Ackroyd']
QQ = ['Qadir', 'DI Qadir', 'Detective Inspector Qadir', 'Farah Qadir']
SP = ['spokesperson', 'a partnership spokesperson', 'Leeds Safeguarding Children Partnership', 'the partnership']
quotes = [
    Q('failed by the two people who should have protected him above all others', 'Rosalind Ackroyd', AQ, 'said', role='Judge'),
    Q('This was not a single moment of lost temper,', 'Rosalind Ackroyd', AQ, 'told'),
    Q('These injuries were inflicted over weeks, while you presented a picture of a coping family to every professional who came through your door.', 'Rosalind Ackroyd', AQ, None),
    Q('accepts that he has let his son down in the worst possible way', 'Oliver Fenwick', ['Fenwick', 'Mr Fenwick'], 'said', role='counsel for Dobson'),
    Q('I want to pay tribute to the hospital staff who recognised that something was badly wrong and raised the alarm within hours of this little boy arriving on the ward.', 'Farah Qadir', QQ, 'said', role="Detective Inspector, West Yorkshire Police's safeguarding unit"),
    Q('Cases involving babies are among the most distressing our officers deal with. We investigated 212 reports of physical abuse of children under the age of one across West Yorkshire in 2025, and every single one of them is taken seriously.', 'Farah Qadir', QQ, None),
    Q('We will publish the review once all criminal proceedings have concluded. Our thoughts remain with the little boy and with the relatives who are now caring for him.', 'a spokesperson for the Leeds Safeguarding Children Partnership', SP, 'said'),
]
people = [
    {'name': 'Rosalind Ackroyd', 'role': 'Judge'},
    {'name': 'Oliver Fenwick', 'role': 'counsel for Ryan Dobson'},
    {'name': 'Farah Qadir', 'role': "Detective Inspector, West Yorkshire Police's safeguarding unit"},
    {'name': 'Kayleigh Marsh', 'role': 'defendant'},
    {'name': 'Ryan Dobson', 'role': 'defendant'},
]
bp = ['Read more: Family court delays in Leeds reach 18-month high', 'Got a story? Email newsdesk@leedsdaily.example or call 0113 496 0123.']
notes = ("Local court story about one case (record period none). Traps: judge quoted first as a fragment inside 'said the baby had been \"...\"', then split by the cue "
         "'she told the couple' (pronoun -> Judge Ackroyd); 'Oliver Fenwick, for Dobson, said his client \"...\"' fragment; 'X, of the unit, said:' opening a quote that spans "
         "two paragraphs (UK style, second paragraph cue null); 'According to the partnership' reported speech with a 15-working-day figure (not a quote); "
         "'A spokesperson for the partnership' speaks; ages after names ('Marsh, 27'); 'under the age of one' is an age band; 'None of the professionals' is not a zero; "
         "the police figure belongs to calendar 2025 and to West Yorkshire, not to Leeds.")
write('v01_leeds_crown_court_baby_fractures.txt', 'news_article', 'Leeds parents jailed after baby son suffered 14 fractures',
      'Leeds', 'Leeds Safeguarding Children Partnership', NONE, figs, nf, quotes, people, bp, notes)
