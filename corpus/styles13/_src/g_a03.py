from mk_a import F, P, Q, gold
DOC = 'a03_nhs_lothian_child_protection_assurance_east_midlothian.pdf'
p = P('2026-04-01', '2026-09-30', '1 April to 30 September 2026')
pl = P('2025-04-01', '2025-09-30', 'the same period of 2025-26')
mar = P('2026-03-31', '2026-03-31', 'March 2026')
figs = [
    F(9.6, 'count', 'other', 'WTE posts in the Child Protection Health Team', 'It has 9.6 whole-time equivalent (WTE) posts'),
    F(1.0, 'count', 'other', 'vacant WTE Nurse Adviser post', 'of which 1.0 WTE Nurse Adviser post has been vacant'),
    F(458, 'count', 'section_47_enquiries', 'IRDs health took part in (both areas)', 'Health took part in 458 IRDs between April and September'),
    F(251, 'count', 'section_47_enquiries', 'IRDs in East Lothian', '251 in East Lothian'),
    F(207, 'count', 'section_47_enquiries', 'IRDs in Midlothian', '207 in Midlothian'),
    F(401, 'count', 'section_47_enquiries', 'IRDs in the same period of 2025-26', 'In the same period of 2025-26 the total was 401', period=pl),
    F(14, 'percent', 'section_47_enquiries', 'increase in IRDs compared with the same period last year', 'note the increase in IRDs of 14%'),
    F(97, 'percent', 'other', 'IRDs with a health contribution within the agreed timescale', 'A health representative contributed to 97% of IRDs within the agreed timescale'),
    F(563, 'count', 'social_care_referrals', 'child protection concerns raised by NHS staff', 'Health staff raised 563 child protection concerns'),
    F(309, 'count', 'social_care_referrals', 'concerns raised by health staff with East Lothian', '(East Lothian 309, Midlothian 254)'),
    F(254, 'count', 'social_care_referrals', 'concerns raised by health staff with Midlothian', '(East Lothian 309, Midlothian 254)'),
    F(23, 'percent', 'social_care_referrals', 'share of all concerns received by the two councils that came from health', 'which is 23% of all concerns received'),
    F(74, 'count', 'other', 'referrals for unborn babies', 'There were 74 referrals for unborn babies'),
    F(31, 'count', 'other', 'child protection medicals', 'The team carried out 31 child protection medicals'),
    F(19, 'count', 'other', 'medicals for suspected physical abuse', '19 for suspected physical abuse'),
    F(12, 'count', 'other', 'medicals for neglect', '12 for neglect'),
    F(29, 'count', 'other', 'medicals completed within 24 hours of the IRD (all but two)', 'All but two were completed within 24 hours', optional=True),
    F(4, 'count', 'rapid_reviews', 'rapid reviews convened by the EMPPC and attended by health', 'attended all four rapid reviews convened by the EMPPC'),
    F(3, 'count', 'rapid_reviews', 'rapid reviews in East Lothian', '(three in East Lothian, one in Midlothian)'),
    F(1, 'count', 'rapid_reviews', 'rapid reviews in Midlothian', '(three in East Lothian, one in Midlothian)'),
    F(2, 'count', 'lcsprs_commissioned', 'rapid reviews leading to a learning review being commissioned', 'Two of these led to a decision to commission a learning review'),
    F(2, 'count', 'lcsprs_ongoing', 'learning reviews at an early stage', 'both are at an early stage', optional=True),
    F(1, 'count', 'lcsprs_published', 'learning review published (Baby M)', 'was published in August 2026', optional=True),
    F(3, 'count', 'other', 'health records holding the father\'s convictions (review finding)', 'sat in three health records', optional=True),
    F(11, 'count', 'recommendations', 'recommendations of the Baby M learning review', 'Its eleven recommendations'),
    F(3, 'count', 'recommendations', 'Baby M recommendations for NHS Lothian', 'include three for NHS Lothian'),
    F(90, 'percent', 'other', 'training compliance standard', 'remain below the 90% standard'),
    F(4812, 'count', 'other', 'staff in scope, general contact (Level 1)', '4,812'),
    F(4571, 'count', 'other', 'staff compliant, general contact (Level 1)', '4,571'),
    F(95, 'percent', 'other', 'training compliance, general contact (Level 1)', 'General contact (Level 1) 4,812 4,571 95%'),
    F(93, 'percent', 'other', 'training compliance, general contact, March 2026', '4,571 95% 93%', period=mar),
    F(1936, 'count', 'other', 'staff in scope, specific contact (Level 2)', '1,936'),
    F(1684, 'count', 'other', 'staff compliant, specific contact (Level 2)', '1,684'),
    F(87, 'percent', 'other', 'training compliance, specific contact (Level 2)', '1,684 87%'),
    F(84, 'percent', 'other', 'training compliance, specific contact, March 2026', '1,684 87% 84%', period=mar),
    F(642, 'count', 'other', 'staff in scope, intensive contact (Level 3)', 'Intensive contact (Level 3) 642'),
    F(488, 'count', 'other', 'staff compliant, intensive contact (Level 3)', '642 488'),
    F(76, 'percent', 'other', 'training compliance, intensive contact (Level 3)', '642 488 76%'),
    F(71, 'percent', 'other', 'training compliance, intensive contact, March 2026', '642 488 76% 71%', period=mar),
    F(81, 'percent', 'other', 'health visitors and family nurses receiving child protection supervision', '81% of health visitors and family nurses received child protection supervision'),
    F(95, 'percent', 'other', 'standard for child protection supervision', 'against a standard of 95%'),
    F(12, 'count', 'other', 'current risk rating of Risk 5189', 'a current rating of High (12)', optional=True),
]
nf = ['Paper 7.3', '4 February 2027', 'Risk 5189', 'Level 1', 'Level 2', 'Level 3', 'at least every three months', 'within 24 hours of the IRD', 'since June 2026', 'Table 1', '30 September 2026', 'Appendix 2', '0131 496 0274', '2026-27', '1.1', '3.4', 'Baby M', 'August 2026']
quotes = [
    Q('information about the father\u2019s previous convictions sat in three health records but was never brought together', 'the review', ['the Baby M review', 'the learning review', 'Baby M learning review'], 'found'),
    Q('Every appointment felt like starting from the beginning. Nobody seemed to know what the last person had been told.', 'a parent', ['A parent', 'a parent who took part in the Baby M review'], 'said'),
]
people = [{'name': 'Helen Marwick', 'role': 'Lead Paediatrician for Child Protection'},
          {'name': 'Gillian Rennie', 'role': 'Lead Nurse, Child Protection (East and Midlothian)'}]
notes = ("NHS Scotland board (committee) paper in SBAR form on safeguarding children across two councils, so area is null with areas East Lothian and Midlothian (the brief asked for an English ICB; no English council name was left unused, so the Scottish health-board equivalent was written). "
         "Record period is the half year 1 April-30 September 2026; 'the same period of 2025-26' (401) and the 'March 2026' training column carry periods. "
         "IRDs = section_47_enquiries (by area, total, prior period, and the 14% change, which only appears in the recommendation); health-raised concerns = social_care_referrals, and '23% of all concerns' is a share of the whole (keeps the metric); unborn referrals, medicals, training and supervision are other. "
         "Rapid reviews: 'all four' plus the area split 3/1; 'Two ... commission a learning review' = lcsprs_commissioned; 'both are at an early stage' and the Baby M publication are implied counts (optional). 'All but two' (29) optional. "
         "'within 24 hours' has no unit in the spec (hours) and sits inside a timeliness statement: not a figure. Table 1: 15 cells (counts and % per level, March 2026 column with period); 'Level 1/2/3' are labels. Same value for different facts: 3 (rapid reviews, recommendations, health records in a fragment), 95 (Level 1 compliance and supervision standard), 12 (neglect medicals, risk rating optional). "
         "Quotes: a fragment of the review after 'It found that' (document speaker), a parent's two-sentence quote. The authors are people, not speakers.")
gold(DOC, 'council_report', 'Child Protection Assurance Report: East Lothian and Midlothian, 1 April to 30 September 2026', None,
     'East Lothian and Midlothian Public Protection Committee', p, figs, nf, quotes, people, [], notes, areas=['East Lothian', 'Midlothian'])
