from gold import F, Q, P, NONE, fy, write
figs = [
    F(5, 'count', 'other', 'councillors in the task and finish group', 'Our group of five councillors'),
    F(8, 'count', 'other', 'meetings of the group', 'met eight times'),
    F(27, 'count', 'other', 'witnesses heard', 'heard from 27 witnesses'),
    F(31, 'percent', 'other', 'rise in referrals to the exploitation hub', 'rose by 31% in 2025/26'),
    F(683, 'count', 'other', 'referrals to the exploitation hub', 'in 2025/26, to 683'),
    F(142, 'count', 'other', 'young people open to the hub for criminal exploitation', '142 young people were open to the hub'),
    F(58, 'count', 'other', 'young people open to the hub for sexual exploitation', '58 because of concerns about sexual exploitation'),
    F(79, 'percent', 'other', 'boys in the criminal exploitation cohort', 'Boys made up 79%'),
    F(84, 'percent', 'other', 'girls in the sexual exploitation cohort', 'girls made up 84%'),
    F(14.6, 'years', 'other', 'average age at first referral', 'The average age at first referral was 14.6 years'),
    F(15.3, 'years', 'other', 'average age at first referral two years earlier', 'the 15.3 years recorded two years earlier', period=fy('2023/24', 'two years earlier')),
    F(1937, 'count', 'other', 'missing episodes recorded by police', 'recorded 1,937 missing episodes'),
    F(611, 'count', 'other', 'children with missing episodes', 'involving 611 children'),
    F(96, 'percent', 'other', 'missing episodes where a return home interview was offered', 'offered in 96% of episodes'),
    F(61, 'percent', 'other', 'return home interviews within 72 hours', 'took place within 72 hours in only 61%'),
    F(49, 'count', 'other', 'young people at risk of criminal exploitation excluded or on part-time timetable', '49 had been permanently excluded'),
    F(18, 'years', 'other', 'age of the young man quoted', 'One young man, now 18', optional=True),
    F(1460000, 'gbp', 'other', 'annual cost of the hub', 'The hub costs £1.46m a year'),
    F(980000, 'gbp', 'other', "council's contribution to the hub", 'the council pays £980,000'),
    F(9, 'count', 'recommendations', 'recommendations made by the group', 'The group makes 9 recommendations'),
    F(85, 'percent', 'other', 'target share of return home interviews within 72 hours', 'in at least 85% of episodes', qualifier='at least'),
    F(4, 'count', 'other', 'additional youth workers proposed', 'funds 4 additional youth workers'),
    F(2, 'years', 'other', 'duration of youth worker funding', 'for two years from 2027/28'),
    F(212000, 'gbp', 'other', 'annual cost of the additional youth workers', 'at a cost of £212,000 a year'),
]
# hours have no unit in the spec: 'within 72 hours' is not annotated (see not_figures)
nf = ['3 December 2026', 'between June and October 2026', 'At the end of March 2026', 'September 2027', '2027/28', '1.1', '2.4', 'within 72 hours', 'CV34 4RL', '0121 496 0388', 'two years earlier']
QY = ['a youth worker', 'youth worker', 'A youth worker from the hub']
QM = ['a young man', 'young man', 'One young man']
QA = ['Akande', 'DCI Akande', 'Lewis Akande', 'Detective Chief Inspector Akande']
quotes = [
    Q('By the time a child is in the system as ‘exploited’ they have usually been missing from school for months. Schools see it first and they see it clearest.', 'a youth worker from the hub', QY, 'told'),
    Q('groomed with trainers and a phone, and then told I owed them', 'a young man', QM, 'described'),
    Q("Nobody asked me why I kept going missing. They asked where I'd been.", 'a young man', QM, 'said'),
    Q('Anything that gets a trusted adult to a child sooner is worth doing,', 'Lewis Akande', QA, 'said', role='Detective Chief Inspector'),
]
people = [{'name': 'Jasmine Holloway', 'role': 'Chair of the task and finish group'}, {'name': 'Lewis Akande', 'role': 'Detective Chief Inspector'}]
bp = ['Home > Council and democracy > Scrutiny > Completed reviews', 'Warwickshire County Council, Shire Hall, Warwick CV34 4RL · Tel 0121 496 0388']
notes = ("Scrutiny task-and-finish review report (HTML). Record period = 2025/26 ('The data in this report covers the financial year 2025/26'). Exploitation, missing and exclusion figures have no metric: `other`. "
         "Traps: the chair's first-person introduction is not a quote; 'rose by 31% in 2025/26, to 683' (change and level); 142 repeated in 2.3 (same fact); 'within 72 hours' (hours have no unit in the spec, not annotated) "
         "twice, once with a target 'at least 85%'; an anonymous youth worker ('told us:') whose quote contains a single-quoted scare word; an anonymous young man's fragment after 'described being' "
         "and a full quote after 'He said:'; 'X, who gave evidence to the group, said the police supported ...' (reported) then the quote with the cue after ('he said'); a numbered list of recommendations.")
write('v15_warwickshire_exploitation_scrutiny_review.html', 'council_report', 'Scrutiny review: Keeping young people safe from exploitation',
      'Warwickshire', None, fy('2025/26', 'the financial year 2025/26'), figs, nf, quotes, people, bp, notes)
