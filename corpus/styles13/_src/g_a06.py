from mk_a import F, P, Q, gold
DOC = 'a06_east_renfrewshire_members_briefing.txt'
p = P('2025-08-01', '2026-07-31', 'year to 31 July 2026')
figs = [
    F(60, 'count', 'other', 'records of children and young people read by inspectors', 'Inspectors read the records of 60 children and young people'),
    F(47, 'count', 'other', 'records where risk assessment was rated good or better', 'rated good or better in 47 of them (78%)'),
    F(78, 'percent', 'other', 'share of records with risk assessment good or better', 'in 47 of them (78%)', optional=True),
    F(34, 'count', 'other', 'children and young people met by inspectors', 'Inspectors met 34 children and young people'),
    F(26, 'count', 'other', 'parents and carers met by inspectors', '26 parents and carers'),
    F(89, 'percent', 'other', 'surveyed staff confident about recognising risk', '89% of staff who responded to the survey'),
    F(64, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2026', 'Children on the child protection register at 31 July 2026: 64'),
    F(71, 'count', 'child_protection_plans', 'children on the register at 31 July 2025', '(31 July 2025: 71)', period=P('2024-08-01', '2025-07-31', '31 July 2025')),
    F(3.4, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15', 'Rate: 3.4 per 1,000 children aged 0-15'),
    F(2.1, 'rate_per_1000', 'child_protection_plans', 'Scotland register rate (comparator)', 'against 2.1 for Scotland'),
    F(88, 'count', 'child_protection_plans', 'registrations in the year', '88 registrations'),
    F(95, 'count', 'child_protection_plans', 'de-registrations in the year', '95 de-registrations in the year'),
    F(296, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', '296 inter-agency referral discussions (IRDs)'),
    F(11, 'percent', 'section_47_enquiries', 'increase in IRDs on last year', 'up 11% on last year'),
    F(744, 'count', 'social_care_referrals', 'child protection concerns received', '744 child protection concerns received'),
    F(142, 'count', 'looked_after_children', 'children looked after at 31 July 2026', '142 children looked after at 31 July 2026'),
    F(52, 'percent', 'looked_after_children', 'looked after children in kinship care', '52% of them in kinship care'),
    F(2, 'count', 'lcsprs_ongoing', 'learning reviews in progress', 'Learning reviews: two in progress'),
    F(1, 'count', 'lcsprs_published', 'learning review published (Child R)', 'the Child R review was published in May 2026', optional=True),
    F(9, 'count', 'recommendations', 'recommendations of the Child R review', 'with nine recommendations'),
    F(6, 'count', 'recommendations', 'Child R recommendations complete', 'of which six are complete'),
    F(14, 'percent', 'other', "social work vacancies in children's services", "Social work vacancies in children's services: 14%"),
    F(22, 'percent', 'other', 'social work vacancies in December 2024', 'down from 22% in December 2024', period=P('2024-12-01', '2024-12-31', 'December 2024')),
    F(4, 'count', 'other', 'areas for improvement in the inspection report', 'There are four areas for improvement'),
    F(0, 'count', 'other', 'requirements in the inspection report', 'and no requirements', optional=True),
    F(1200000, 'gbp', 'other', 'proposed investment in 2027-28', 'Proposed investment of GBP1.2m in 2027-28', period=P('2027-04-01', '2028-03-31', '2027-28')),
    F(6, 'count', 'other', 'additional social workers the investment would fund', 'six additional social workers'),
    F(2, 'count', 'other', 'additional family support workers', 'two family support workers'),
    F(33.33, 'percent', 'other', 'registrations involving parental alcohol or drug use', 'About a third of registrations involve parental alcohol or drug use', qualifier='About'),
    F(14, 'count', 'child_protection_plans', 'children on the register from large sibling groups', '14 of the 64 children on the register come from four families'),
    F(4, 'count', 'other', 'families the 14 registered children come from', 'come from four families'),
    F(5, 'count', 'other', "records in the 'small number' where concerns accumulated", 'it was five of the 60'),
    F(12, 'weeks', 'other', 'deadline for the improvement plan after publication', 'within 12 weeks of publication'),
    F(6, 'months', 'other', 'time until the progress report to Council', 'a progress report in six months', optional=True),
]
nf = ['MB/2026/41', '2 December 2026', '16 December 2026', '00:01 ON 9 DECEMBER 2026', '9 December', 'Item 5', 'quality indicator 2.1', 'Quality indicator 2.2', 'aged 0-15', 'for two years running', 'at least one adult', 'paragraph 3.21', '01632 960655', '01632 960656', 'May 2026', '2027-28']
quotes = [
    Q('tenacious and warm in their work with families', 'the report', ['the joint inspection report', 'the Care Inspectorate', "the Care Inspectorate's joint inspection report"], 'describes'),
    Q('could name at least one adult they trusted', 'the report', ['the joint inspection report', 'the Care Inspectorate'], 'says'),
    Q('chronologies were not consistently up to date, and in a small number of records this meant that an accumulation of concerns was missed', 'the report', ['the joint inspection report', 'the Care Inspectorate'], 'finds'),
    Q('This is a fair and balanced report. It shows a workforce that knows its children well, and it tells us plainly where we need to tighten up. We will.', 'Alan McCluskey', ['Dr McCluskey', 'McCluskey', 'Dr Alan McCluskey'], 'is expected to say', role='Chief Officer, East Renfrewshire HSCP'),
]
people = [{'name': 'Alan McCluskey', 'role': 'Chief Officer, East Renfrewshire HSCP'},
          {'name': 'Lynn Gallacher', 'role': "Head of Children's Health, Care and Justice"},
          {'name': 'Cllr Devlin', 'role': 'councillor moving the motion'}]
notes = ("Scottish elected members' briefing note (plain text, council_report) ahead of a joint inspection publication and a council debate; record period is the child protection year to 31 July 2026 ('unless stated'). "
         "Bulleted headlines with 'Label: value' forms ('register at 31 July 2026: 64 (31 July 2025: 71)'); Scottish conventions (register = plans, rate per 1,000 aged 0-15, IRDs = section 47, concerns = referrals, learning reviews = lcsprs_*). "
         "'47 of them (78%)': count required, percentage optional; '52% of them in kinship care' is a share of the looked-after whole (keeps the metric). 'Lines to take' are suggested wording, not quotes, and repeat 71/64 (extra mentions). "
         "Money written 'GBP1.2m' (plain-text style) for 2027-28 with its own period; repeated in the Q&A. Q&A answers repeat figures and add 'About a third' (33.33, other), 'five of the 60' (required), 'within 12 weeks' (deadline, required) and 'in six months' (optional). "
         "Quotes: three fragments of the inspection report (document speaker; cues describes/says/finds) and the Chief Officer's prepared press-release quote (cue 'is expected to say'). "
         "Traps: embargo time '00:01', 'quality indicator 2.1/2.2', 'Item 5', ref number, 'for two years running', 'paragraph 3.21', phone numbers. The Child R publication is an implied count (optional); 'no requirements' optional zero.")
gold(DOC, 'council_report', "Elected Members' Briefing Note: Joint inspection of services for children at risk of harm", 'East Renfrewshire', None, p, figs, nf, quotes, people, [], notes)
