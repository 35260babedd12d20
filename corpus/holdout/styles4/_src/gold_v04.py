from gold import F, Q, P, NONE, fy, write
figs = [
    F(15, 'years', 'other', 'age of Child M', 'death of a 15-year-old boy'),
    F(2, 'days', 'other', 'time between the attack and death', 'two days after he was attacked'),
    F(9, 'count', 'other', 'times Child M was reported missing in the 12 months before his death', 'reported missing from home on nine occasions'),
    F(12, 'months', 'other', 'window before death in which missing episodes were counted', 'in the 12 months before his death', optional=True),
    F(4, 'count', 'other', 'schools attended', 'attended four different schools in three years'),
    F(3, 'years', 'other', 'period over which he attended four schools', 'four different schools in three years'),
    F(2, 'count', 'other', 'school exclusions', 'after being excluded twice'),
    F(31, 'count', 'other', 'agency contacts with the family', 'recorded 31 separate contacts with the family'),
    F(11, 'count', 'recommendations', 'recommendations made by the review', 'makes 11 recommendations'),
    F(5, 'days', 'other', 'time to offer an excluded child a youth worker meeting', 'within five working days'),
    F(14, 'years', 'other', 'age of Child M when exploited (inside a quote)', 'By the time he was 14', optional=True),
    F(3, 'count', 'other', 'statutory safeguarding partners', 'three statutory safeguarding partners', optional=True),
    F(6, 'months', 'other', 'time until a progress report', 'publish a progress report in six months'),
    F(17, 'months', 'other', 'time taken to complete the review', 'the review took 17 months to complete'),
    F(6, 'months', 'other', 'statutory expectation for completing a review', 'against the six months set out in statutory guidance'),
    F(19, 'years', 'other', 'age of the first man convicted', 'Two men, aged 19 and 22'),
    F(22, 'years', 'other', 'age of the second man convicted', 'aged 19 and 22'),
    F(2, 'count', 'other', 'men convicted of murder', 'Two men, aged 19 and 22, were convicted'),
    F(3, 'count', 'lcsprs_published', 'local reviews published by the partnership in the past year', 'the third local review the Lambeth partnership has published in the past year', period=P('2025-03-04', '2026-03-04', 'in the past year'), optional=True),
]
nf = ['4 March 2026', '6:05pm', '5 min read', 'September 2024', 'October 2024', 'October 2025', '020 7946 0418', '312 partners', 'Child M']
CM = ['Marchant', 'Dr Marchant', 'Celia Marchant', 'the reviewer']
MO = ['his mother', 'mother', "Child M's mother"]
ST = ['the statement', 'joint statement', 'the safeguarding partners', 'the partnership', 'Lambeth Safeguarding Children Partnership']
quotes = [
    Q('missed chances', 'the review', ['review', 'the report'], None, optional=True),
    Q('no single agency held the whole picture, and no one was asked to', 'the review', ['review', 'the report', 'the local child safeguarding practice review'], 'says'),
    Q('Child M was a funny, clever boy who loved football and wanted to be an electrician,', 'Celia Marchant', CM, 'writes', role='Independent reviewer'),
    Q('By the time he was 14, adults who meant him harm knew more about where he was each night than any of the professionals around him.', 'Celia Marchant', CM, None),
    Q('That is the uncomfortable truth at the heart of this review, and it is one the whole partnership has to own.', 'Celia Marchant', CM, None),
    Q('I begged for help. I told them he was frightened and that men were giving him money. I want this report to mean something for the next family.', 'his mother', MO, 'said'),
    Q('We are deeply sorry that we did not do more to keep Child M safe,', 'the statement', ST, 'says'),
    Q('Work on every recommendation has already begun, and we will publish a progress report in six months.', 'the statement', ST, None),
]
people = [{'name': 'Celia Marchant', 'role': 'Independent reviewer'}]
bp = ['We and our 312 partners use cookies.', 'Knife crime: 5 things parents should know', "Stockwell stabbing: tributes paid to 'gentle' boy", '© Brixton & Streatham Post 2026', "If you are worried about a child, call the Lambeth children's front door on 020 7946 0418."]
notes = ("Local web story on the publication of one LCSPR (Child M); no scope period is stated, so the record period is none. Traps: headline scare quote (optional); "
         "a document speaker with a fragment ('the review says, but \"...\"' where the cue comes before); the reviewer's 'writes in the foreword' split quote that continues into a second paragraph; "
         "an anonymous mother ('His mother, who asked not to be named, said:'); a joint statement as speaker ('the statement says'); the ordinal 'third local review ... in the past year' "
         "(implied count, optional); 'all 11 recommendations' repeats the 11; 'six months' appears as two different facts (progress report; statutory expectation); "
         "'Child M' is a review name not a quote; cookie partner count, read time and phone number are not figures; ages in a range-like pair 'aged 19 and 22' are two separate facts.")
write('v04_lambeth_child_m_lcspr_published.html', 'news_article', 'Review into death of Lambeth teenager finds "missed chances" to protect him',
      'Lambeth', 'Lambeth Safeguarding Children Partnership', NONE, figs, nf, quotes, people, bp, notes)
