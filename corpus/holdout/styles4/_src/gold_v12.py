from gold import F, Q, P, NONE, fy, write
figs = [
    F(25, 'percent', 'child_protection_plans', 'rise in child protection cases (headline: by a quarter)', 'rise by a quarter', optional=True),
    F(389, 'count', 'child_protection_plans', 'children subject of a child protection plan on 31 March 2026', '389 children in Blackburn with Darwen were the subject of a child protection plan'),
    F(311, 'count', 'child_protection_plans', 'children on plans a year earlier', 'up from 311 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(25, 'percent', 'child_protection_plans', 'rise in children on plans', 'a rise of 25%'),
    F(106.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', "The borough's rate of 106.4 per 10,000 children"),
    F(41.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'the England rate of 41.8'),
    F(9, 'count', 'other', "children's centres lost", 'lost 9 of its 13 children\'s centres', period=P('2012-01-01', '2020-12-31', 'between 2012 and 2020')),
    F(13, 'count', 'other', "children's centres before closures", "9 of its 13 children's centres", period=P('2012-01-01', '2012-12-31', '2012')),
    F(2100000, 'gbp', 'other', 'council annual spend on early help', 'now spends £2.1m a year on early help'),
    F(5800000, 'gbp', 'other', 'annual early help spend fifteen years ago', 'compared with £5.8m fifteen years ago', period=P('2011-01-01', '2011-12-31', 'fifteen years ago')),
    F(500000000, 'gbp', 'other', 'proposed national ring-fenced early help grant per year', 'at least £500m a year nationally', qualifier='at least'),
    F(20, 'percent', 'other', 'most deprived local authorities to weight the grant towards', 'the 20% most deprived local authorities'),
    F(6, 'months', 'other', 'deadline for a family hubs timetable', 'within 6 months'),
    F(14, 'count', 'other', 'additional social workers recruited this year', 'recruited 14 additional social workers'),
    F(19, 'count', 'other', 'average caseload', 'average caseloads had fallen to 19'),
    F(500000000, 'gbp', 'other', 'government investment in family help this year', 'investing £500 million in family help'),
]
nf = ['Tuesday 6 October 2026', '31 March 2026', 'between 2012 and 2020', 'a decade', '29 October 2026', '01632 960 915', 'since 2024', '10,000', 'two, three, four times', 'more than double']
SQ = ['Qureshi', 'Ms Qureshi', 'Samina Qureshi', 'the MP']
quotes = [
    Q("Behind every one of these numbers is a child whose home has stopped being a safe place. Blackburn's social workers are doing heroic work, but they are being asked to mop up the consequences of a decade in which the services that kept families out of crisis were closed one by one.",
      'Samina Qureshi', SQ, 'said', role='Member of Parliament for Blackburn'),
    Q('I have sat with mothers in my surgery who asked for help two, three, four times before anyone came,', 'Samina Qureshi', SQ, 'added'),
    Q('That cannot be right.', 'Samina Qureshi', SQ, None),
    Q('We are investing £500 million in family help through the Families First Partnership programme this year, and every local area will receive a share.',
      'a Department for Education spokesperson', ['Department for Education spokesperson', 'Department for Education', 'DfE', 'spokesperson'], 'said'),
]
people = [{'name': 'Samina Qureshi', 'role': 'Member of Parliament for Blackburn'},
          {'name': 'Daniel Farrington', 'role': 'executive member for children, young people and education, Blackburn with Darwen Borough Council'}]
bp = ['FOR IMMEDIATE RELEASE', 'ENDS', 'For interviews contact the constituency office on 01632 960 915 or press@qureshi-mp.example.']
notes = ("MP's press release: record period = the DfE year 2025/26 (plans at 31 March 2026). Area Blackburn with Darwen (the borough, not the constituency 'Blackburn'). "
         "Traps: headline 'by a quarter' (optional, same fact as 'a rise of 25%'); 'more than double' is not a figure; a numbered list of asks with money and a share; "
         "two different facts with £500m (the MP's ask 'at least £500m'; the DfE's investment '£500 million'); the quote split by 'Ms Qureshi added' after the quote; "
         "councillor's reported speech with figures (not a quote); 'two, three, four times' rhetorical inside a quote (not figures); a DfE spokesperson; notes to editors with a date and phone number.")
write('v12_blackburn_mp_press_release.txt', 'news_article', 'Blackburn MP calls for ring-fenced funding after local child protection cases rise by a quarter',
      'Blackburn with Darwen', None, fy('2025/26', 'on 31 March 2026'), figs, nf, quotes, people, bp, notes)
