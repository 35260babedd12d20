from gold import F, Q, P, NONE, fy, write
L = fy('2024/25', '2024-25')
L2 = fy('2024/25', 'England 2024-25')
figs = [
    F(21640, 'count', 'social_care_referrals', 'contacts handled by the front door', 'handled 21,640 contacts'),
    F(4912, 'count', 'social_care_referrals', "referrals to children's social care", '4,912 became referrals'),
    F(564, 'rate_per_10000', 'social_care_referrals', 'referral rate', 'a referral rate of 564 per 10,000 children'),
    F(519, 'rate_per_10000', 'social_care_referrals', 'referral rate, 2024-25', 'up from 519 in 2024-25', period=L),
    F(492, 'rate_per_10000', 'social_care_referrals', 'referral rate, England', 'the England figure of 492'),
    F(20, 'percent', 'social_care_referrals', 're-referrals (hedged: just under one in five)', 'Just under one referral in five', qualifier='just under', optional=True),
    F(19.6, 'percent', 'social_care_referrals', 're-referrals within twelve months', '(19.6%) was a re-referral'),
    F(21.3, 'percent', 'social_care_referrals', 're-referrals, previous year', 'compared with 21.3% the year before', period=L),
    F(1486, 'count', 'section_47_enquiries', 'section 47 enquiries', '1,486 section 47 enquiries'),
    F(512, 'count', 'other', 'initial child protection conferences held', '512 initial child protection conferences were held'),
    F(88, 'percent', 'other', 'conferences within 15 working days', '88% took place within 15 working days'),
    F(15, 'days', 'other', 'timescale for initial conferences', 'within 15 working days of the strategy discussion'),
    F(90, 'percent', 'other', 'local target for conference timeliness', 'a local target of 90%'),
    F(344, 'count', 'child_protection_plans', 'children subject to a child protection plan at 31 March 2026', '344 children were subject to a child protection plan'),
    F(39.5, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 39.5 per 10,000'),
    F(371, 'count', 'child_protection_plans', 'children on plans last year', 'Last year the figure was 371', period=L),
    F(47, 'percent', 'child_protection_plans', 'plans with neglect as category', 'accounting for 47% of plans'),
    F(36, 'percent', 'child_protection_plans', 'plans with emotional abuse as category', 'emotional abuse at 36%'),
    F(318.2, 'rate_per_10000', 'children_in_need', 'children in need rate, 2024-25 (table)', 'Children in need (rate per 10,000) 318.2 331.0 332.9', period=L),
    F(331.0, 'rate_per_10000', 'children_in_need', 'children in need rate, 2025-26 (table)', 'Children in need (rate per 10,000) 318.2 331.0'),
    F(332.9, 'rate_per_10000', 'children_in_need', 'children in need rate, England 2024-25 (table)', '331.0 332.9', period=L2),
    F(42.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, 2024-25 (table)', 'Child protection plans (rate per 10,000) 42.6 39.5 41.6', period=L),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England 2024-25 (table)', '42.6 39.5 41.6', period=L2),
    F(61.0, 'rate_per_10000', 'looked_after_children', 'looked after rate, 2024-25 (table)', 'Children looked after (rate per 10,000) 61.0 58.8 70.0', period=L),
    F(58.8, 'rate_per_10000', 'looked_after_children', 'looked after rate, 2025-26 (table)', '61.0 58.8 70.0'),
    F(70.0, 'rate_per_10000', 'looked_after_children', 'looked after rate, England 2024-25 (table)', '58.8 70.0', period=L2),
    F(24.1, 'percent', 'child_protection_plans', 'second or subsequent plans, 2024-25 (table)', 'Second or subsequent plans (%) 24.1 20.8 23.8', period=L),
    F(20.8, 'percent', 'child_protection_plans', 'second or subsequent plans, 2025-26 (table)', '24.1 20.8 23.8'),
    F(23.8, 'percent', 'child_protection_plans', 'second or subsequent plans, England 2024-25 (table)', '20.8 23.8', period=L2),
    F(512, 'count', 'looked_after_children', 'children looked after', 'The number of children looked after fell to 512'),
    F(531, 'count', 'looked_after_children', 'children looked after, previous year', 'from 531', period=L),
    F(3050, 'count', 'children_in_need', 'children in need at year end', 'Dorset had 3,050 children in need'),
    F(6, 'count', 'serious_incident_notifications', 'serious incidents notified', 'notified the national panel of 6 serious incidents'),
    F(9, 'count', 'serious_incident_notifications', 'serious incidents notified, 2024-25', '(2024-25: 9)', period=L),
    F(6, 'count', 'rapid_reviews', 'rapid reviews completed', 'completed 6 rapid reviews'),
    F(15, 'days', 'other', 'rapid review timescale', 'all within the 15 working day timescale'),
    F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', 'commissioned 2 local child safeguarding practice reviews'),
    F(3, 'count', 'lcsprs_published', 'LCSPRs published', 'and published 3'),
    F(1, 'count', 'lcsprs_ongoing', 'reviews in progress at 31 March 2026', 'had 1 review still in progress'),
    F(27, 'count', 'recommendations', 'recommendations tracked', 'tracked 27 recommendations'),
    F(21, 'count', 'recommendations', 'recommendations complete', 'of which 21 (78%) are now complete'),
    F(78, 'percent', 'recommendations', 'recommendations complete (share)', '(78%)', optional=True),
    F(2, 'count', 'child_deaths', 'notified incidents where a child died', 'Two of the six notified incidents concerned a child who died'),
    F(4, 'count', 'serious_harm_cases', 'notified incidents where a child was seriously harmed', 'in four a child was seriously harmed'),
    F(3, 'count', 'reviews_with_learning', 'rapid reviews that identified learning about non-mobile babies', 'Half of the rapid reviews (three) identified learning'),
    F(50, 'percent', 'reviews_with_learning', 'share of rapid reviews identifying that learning', 'Half of the rapid reviews', optional=True),
    F(9, 'count', 'serious_case_reviews', 'serious case reviews carried out by the former LSCB', 'carried out 9 serious case reviews between 2010 and 2019', period=P('2010-01-01', '2019-12-31', 'between 2010 and 2019')),
    F(486200, 'gbp', 'other', 'partnership budget', 'The partnership budget for 2025-26 was £486,200'),
    F(52, 'percent', 'other', 'Dorset Council share of the budget', 'Dorset Council contributed 52%'),
    F(30, 'percent', 'other', 'NHS Dorset share of the budget', 'NHS Dorset 30%'),
    F(18, 'percent', 'other', 'Dorset Police share of the budget', 'Dorset Police 18%'),
]
nf = ['between 2010 and 2019', '1 April 2025', '31 March 2026', 'sections 3 and 4', 'Table 3', '3.1', '3.2', 'section 47', 'within twelve months', '10,000', '2024-25', '2025-26']
quotes = [
    Q("Dorset's partners have kept their nerve in a year of rising demand. The challenge now is to show that the learning from reviews reaches the practitioner on a Monday morning, not just the action plan.",
      'Alastair Penhaligon', ['Penhaligon', 'Mr Penhaligon', 'the independent scrutineer'], 'writes', role='independent scrutineer'),
]
people = [{'name': 'Alastair Penhaligon', 'role': 'independent scrutineer'}]
notes = ("English partnership annual report excerpt (plain text; space-aligned table). Area is Dorset although the partnership is pan-Dorset (Dorset and BCP). "
         "Traps: the value 512 for two different facts (initial conferences; children looked after); 6 for notifications and rapid reviews; a space-aligned table with 2024-25, 2025-26 and England columns "
         "(2025-26 CP rate 39.5 repeats the prose); 'Just under one referral in five (19.6%)' (exact value required, hedged optional); '(2024-25: 9)'; a bullet list of review counts; "
         "'21 (78%)' count required, share optional; 'Half of the rapid reviews (three)'; budget with three shares; 'within twelve months' is a definition window; "
         "'15 working day timescale' is a deadline; one quote with cue 'writes'; a legacy '9 serious case reviews between 2010 and 2019' (cumulative span as its own period).")
write('v05_dorset_partnership_annual_report_2025_26.txt', 'council_report', 'Pan-Dorset Safeguarding Children Partnership Annual Report 2025-26 (extract)',
      'Dorset', 'Pan-Dorset Safeguarding Children Partnership', fy('2025/26', '1 April 2025 to 31 March 2026'), figs, nf, quotes, people, [], notes)
