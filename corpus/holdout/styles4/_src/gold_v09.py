from gold import F, Q, P, NONE, fy, write
L = fy('2024/25', '2024-25')
figs = [
    F(5, 'count', 'serious_incident_notifications', 'serious incident notifications', 'had made 5 serious incident notifications'),
    F(8, 'count', 'serious_incident_notifications', 'serious incident notifications, previous year', 'down from 8 the previous year', period=L),
    F(5, 'count', 'rapid_reviews', 'rapid reviews completed (one in each case)', 'had completed a rapid review in each case', optional=True),
    F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', 'Two local child safeguarding practice reviews had been commissioned'),
    F(1, 'count', 'lcsprs_published', 'LCSPRs published', 'one had been published'),
    F(276, 'count', 'child_protection_plans', 'children subject to a child protection plan at 31 March 2026', '276 children subject to a child protection plan'),
    F(28.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 28.1 per 10,000'),
    F(31.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, statistical neighbours', 'a statistical neighbour average of 31.4'),
    F(6.2, 'percent', 'child_protection_plans', 'plans ending in the year that lasted two years or more', '6.2% of plans ending in the year had lasted two years or more'),
    F(3.9, 'percent', 'child_protection_plans', 'plans lasting two years or more, 2024-25', 'compared with 3.9% in 2024-25', period=L),
    F(3, 'count', 'other', 'large sibling groups behind long plans', 'related mainly to 3 large sibling groups'),
    F(1918, 'count', 'social_care_referrals', 'referrals from schools', 'schools made 1,918 of the 7,204 referrals'),
    F(7204, 'count', 'social_care_referrals', "referrals to children's social care", 'of the 7,204 referrals received in the year'),
    F(27, 'percent', 'social_care_referrals', 'share of referrals from schools', 'or 27%, the largest single source', optional=True),
    F(22, 'percent', 'social_care_referrals', 'share of referrals from police', 'Police referrals made up a further 22%'),
    F(398000, 'gbp', 'other', 'partnership budget', "the partnership's budget of £398,000"),
    F(14, 'percent', 'other', 'rise in the cost of independent reviewers', 'a 14% rise in the cost of independent reviewers'),
    F(3870, 'count', 'other', 'training places taken up', '3,870 places had been taken up'),
    F(92, 'percent', 'other', 'participants rating their course good or better', '92% of participants rated their course good or better'),
    F(8, 'weeks', 'other', 'deadline for the briefing note', 'within 8 weeks'),
]
nf = ['Monday 9 November 2026', '7.00pm', '9.12pm', 'Agenda Item 6', 'Agenda Item 7', '14 December 2026', '1 April 2025', '31 March 2026', '1.1', '3.4', '(1)', '(2)', 'two years or more', 'for a third year', '10,000', 'QUARTER 2']
RW = ['Whitby', 'Dr Whitby', 'Helen Whitby']
KD = ['Doyle', 'Ms Doyle', 'Karen Doyle']
quotes = [
    Q('Five notifications is a smaller number than last year, but I would caution anyone against reading that as a trend. In a borough of this size a single bad month changes the picture.', 'Helen Whitby', RW, 'told', role='Independent Scrutineer, Barnet Safeguarding Children Partnership'),
    Q('We have looked at every one of those cases individually,', 'Karen Doyle', KD, 'said', role='Head of Safeguarding and Quality Assurance'),
    Q('and in each one there was a reason for the plan continuing that I would stand behind.', 'Karen Doyle', KD, None),
    Q('I am not going to pretend that is comfortable,', 'Helen Whitby', RW, 'said'),
    Q('We have absorbed a 14% rise in the cost of independent reviewers without a penny of new money.', 'Helen Whitby', RW, None),
]
people = [
    {'name': 'Ruth Adeyemi', 'role': 'Chair'}, {'name': 'Simon Kaplan', 'role': 'Vice-Chair'}, {'name': 'Neil Haddow', 'role': 'Councillor'},
    {'name': 'Layla Sethi', 'role': 'Councillor'}, {'name': "Grace O'Donovan", 'role': 'Councillor'}, {'name': 'Peter Blum', 'role': 'Councillor'},
    {'name': 'Chris Munday', 'role': 'Executive Director, Children and Family Services'},
    {'name': 'Helen Whitby', 'role': 'Independent Scrutineer, Barnet Safeguarding Children Partnership'},
    {'name': 'Karen Doyle', 'role': 'Head of Safeguarding and Quality Assurance'},
]
bp = ['Chair: ....................................']
notes = ("Scrutiny committee minutes with numbered paragraphs and a Q./A. section; record period = the annual report's year. Traps: speakers named by title and surname only "
         "('Dr Whitby told the Committee:', 'Ms Doyle explained ... she said' with the quote split mid-sentence by the cue, 'Dr Whitby replied ... she said'); "
         "reported speech carries most figures; 'a rapid review in each case' (implied 5, optional); 'two years or more' is a definition; 'for a third year' is not a figure; "
         "'1,918 of the 7,204 referrals ... or 27%' (count required; the restated share optional, as for a bracketed percentage); the quote repeats 'Five' (same fact as the 5 notifications) and '14%'; "
         "minute and agenda numbers, resolution numbers, meeting times and dates are not figures.")
write('v09_barnet_scrutiny_minutes_qa.txt', 'council_report', 'Children, Education and Safeguarding Overview and Scrutiny Committee - Minutes, 9 November 2026',
      'Barnet', 'Barnet Safeguarding Children Partnership', fy('2025/26', '1 April 2025 to 31 March 2026'), figs, nf, quotes, people, bp, notes)
