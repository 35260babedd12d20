from mk_a import F, P, Q, gold
DOC = 'a02_inverclyde_cswo_annual_report_extract_2025_26.pdf'
p = P('2025-04-01', '2026-03-31', '2025-26')
py = P('2024-04-01', '2025-03-31', '2024-25')
pyy = P('2023-04-01', '2024-03-31', '2023-24')
jul = P('2025-07-31', '2025-07-31', '31 July 2025')
figs = [
    F(1236, 'count', 'social_care_referrals', 'child protection concerns received', 'received 1,236 child protection concerns'),
    F(9, 'percent', 'social_care_referrals', 'increase in child protection concerns on the previous year', 'up 9% on the previous year'),
    F(1, 'days', 'other', 'screening of concerns within one working day', 'screened every one of them within one working day', optional=True),
    F(214, 'count', 'looked_after_children', 'children looked after at 31 July 2025 (CLAS date)', '214 children and young people were looked after', period=jul),
    F(207, 'count', 'looked_after_children', 'children looked after at 31 March 2026', 'By 31 March 2026 that had fallen slightly to 207'),
    F(38, 'count', 'looked_after_children', 'looked after at home with parents on a CSO', 'looked after at home with parents on a Compulsory Supervision Order: 38'),
    F(71, 'count', 'looked_after_children', 'in formal kinship care', 'in formal kinship care with friends or relatives: 71'),
    F(65, 'count', 'looked_after_children', 'with foster carers', 'from an independent fostering provider: 65'),
    F(49, 'count', 'looked_after_children', 'with the council\'s own foster carers', 'of whom 49 were with our own carers'),
    F(16, 'count', 'looked_after_children', 'with carers from an independent fostering provider', '16 with carers from an independent fostering provider'),
    F(30, 'count', 'looked_after_children', "in residential children's houses or residential schools", 'or in residential schools: 30'),
    F(3, 'count', 'looked_after_children', 'in secure care at 31 March 2026', 'in secure care: 3'),
    F(3, 'count', 'other', "the council's residential children's houses", 'in our three residential children', optional=True),
    F(6, 'count', 'other', 'young people placed in secure accommodation during the year', 'Six young people were placed in secure accommodation during the year'),
    F(47, 'days', 'other', 'average length of secure placement', 'for an average of 47 days'),
    F(7240, 'gbp', 'other', 'weekly charge for a secure bed', 'is now \u00a37,240'),
    F(1900000, 'gbp', 'other', 'cost of secure placements to the HSCP in 2025-26', 'secure placements cost the HSCP \u00a31.9m in 2025-26'),
    F(4, 'count', 'other', 'young people in secure care aged 15 or 16', 'Four of the six were aged 15 or 16'),
    F(10, 'count', 'other', 'missing episodes each before secure placement', 'more than ten times each', qualifier='more than', optional=True),
    F(0, 'count', 'other', 'young people under 16 placed in a young offenders institution', 'No young person under 16 was placed in a young offenders institution', optional=True),
    F(23, 'count', 'other', 'young people in Continuing Care', '23 young people remained in their placement under Continuing Care'),
    F(112, 'count', 'other', 'care leavers receiving aftercare support', '112 care leavers were in receipt of aftercare support'),
    F(11, 'count', 'other', 'Champions Board meetings', 'Our Champions Board met 11 times'),
    F(302, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'held 302 IRDs concerning Inverclyde children in 2025-26'),
    F(271, 'count', 'section_47_enquiries', 'IRDs in 2024-25', 'compared with 271 in 2024-25', period=py),
    F(64, 'percent', 'other', 'IRDs that led to a joint investigation', '64% of IRDs led to a joint investigation'),
    F(88, 'count', 'other', 'IRDs that led to a child protection planning meeting', '88 led to a child protection planning meeting'),
    F(61, 'count', 'child_protection_plans', 'registrations 2023-24', 'Registrations in year 61', period=pyy),
    F(57, 'count', 'child_protection_plans', 'registrations 2024-25', 'Registrations in year 61 57', period=py),
    F(66, 'count', 'child_protection_plans', 'registrations 2025-26', 'Twelve of the 66 registrations'),
    F(58, 'count', 'child_protection_plans', 'de-registrations 2023-24', 'De-registrations in year 58', period=pyy),
    F(63, 'count', 'child_protection_plans', 'de-registrations 2024-25', 'De-registrations in year 58 63', period=py),
    F(59, 'count', 'child_protection_plans', 'de-registrations 2025-26', 'De-registrations in year 58 63 59'),
    F(44, 'count', 'child_protection_plans', 'children on the register at 31 March 2024', 'Children on the register at 31 March 44', period=pyy),
    F(38, 'count', 'child_protection_plans', 'children on the register at 31 March 2025', 'Children on the register at 31 March 44 38', period=py),
    F(45, 'count', 'child_protection_plans', 'children on the register at 31 March 2026', 'The register rose to 45 children at 31 March 2026'),
    F(3.1, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, 2023-24', 'Rate per 1,000 children aged 0-15 3.1', period=pyy),
    F(2.7, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, 2024-25', 'Rate per 1,000 children aged 0-15 3.1 2.7', period=py),
    F(3.2, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15 at 31 March 2026', 'a rate of 3.2 per 1,000 children aged 0-15'),
    F(2.1, 'rate_per_1000', 'child_protection_plans', 'Scotland register rate at 31 July 2025 (comparator)', 'Scotland rate at 31 July 2025: 2.1 per 1,000', period=jul),
    F(9, 'count', 'other', 'pre-birth registrations 2023-24', 'Pre-birth registrations (included above) 9', period=pyy),
    F(7, 'count', 'other', 'pre-birth registrations 2024-25', 'Pre-birth registrations (included above) 9 7', period=py),
    F(12, 'count', 'other', 'pre-birth registrations 2025-26', 'Twelve of the 66 registrations were pre-birth'),
    F(29, 'count', 'other', 'registered children with neglect as a concern', 'Neglect was recorded as a concern for 29 of the 45 children'),
    F(21, 'count', 'other', 'registered children with parental substance use as a concern', 'parental substance use for 21'),
    F(3, 'count', 'review_referrals', 'notifications considered by the CPC under the learning review guidance', 'considered three notifications'),
    F(3, 'count', 'rapid_reviews', 'rapid reviews (one in each case)', 'After a rapid review in each case', optional=True),
    F(1, 'count', 'lcsprs_commissioned', 'learning reviews agreed', 'the CPC agreed one learning review'),
    F(1, 'count', 'lcsprs_ongoing', 'learning reviews ongoing', 'one learning review, which is ongoing', optional=True),
    F(1, 'count', 'lcsprs_published', 'learning review published (Child D)', 'was completed and published in February 2026', optional=True),
    F(7, 'count', 'recommendations', 'recommendations of the Child D learning review', 'with seven recommendations'),
    F(0, 'count', 'national_reviews', 'cases referred to the Care Inspectorate for a national review', 'No case was referred to the Care Inspectorate for a national review'),
]
nf = ['2025-26', '2024-25', '(38 pages)', '17 November 2026', '26 November 2026', '1 April 2025 and 31 March 2026', 'On 31 July 2025', 'aged 0-15', 'aged 15 or 16', 'under 16', 'after I turned 18', 'Table 5', 'Section 5', 'Section 6', '5.1.1', '6.3', 'Learning Reviews (2021)', 'Section 45 of the Children and Young People (Scotland) Act 2014', 'section 3 of the Social Work (Scotland) Act 1968', '01632 960582', 'Child D', 'February 2026']
quotes = [
    Q('I stayed with my foster carer after I turned 18 and it made all the difference. I didn\u2019t have to start again on my own.', 'a member of the Inverclyde Champions Board', ['Member of the Inverclyde Champions Board', 'a care experienced young person'], None),
    Q('difficult reading, but honest about what all of us missed', 'Morag Lindsay', ['Ms Lindsay', 'Lindsay'], 'told', role='independent chair, Inverclyde Child Protection Committee'),
]
people = [{'name': 'Morag Lindsay', 'role': 'independent chair, Inverclyde Child Protection Committee'}]
notes = ("Scottish CSWO annual report extract for 2025-26 (April-March, as the report says; national CLAS snapshot 31 July 2025 carries its own period). The CSWO writes in the first person (not a quote) and is not named. "
         "Scottish conventions: child protection concerns = social_care_referrals; IRDs = section_47_enquiries; CPPMs other; register, registrations, de-registrations and the rate per 1,000 aged 0-15 = child_protection_plans; learning reviews = lcsprs_*; rapid reviews 'in each case' (implied 3, optional). "
         "Placement-type breakdown (38+71+65+30+3 = 207) keeps looked_after_children, including the nested 49/16 split of foster care whose total 65 follows the nested clause; 'three residential children's houses' (optional); 'Six ... placed in secure accommodation during the year' is other (a flow), the 3 'in secure care' on the day is a looked-after count. "
         "Register table: three years, 2023-24 and 2024-25 cells carry periods, 2025-26 cells repeat prose (59 de-registrations only in the table); pre-birth registrations are a feature subset (other); 'Twelve of the 66' repeats two cells. "
         "The same value for different facts: 38 (at home; register 2024-25; also '(38 pages)', a not-figure), 3 (secure; notifications; houses), 1 (agreed/ongoing/published). Published Child D and 'which is ongoing' are implied counts (optional). Zero national review required. "
         "Pull quote with dash attribution (cue null); the CPC chair's fragment after 'told'. 'after I turned 18' inside the quote is a time point.")
gold(DOC, 'council_report', 'Chief Social Work Officer Annual Report 2025-26 (extract)', 'Inverclyde', 'Inverclyde Child Protection Committee', p, figs, nf, quotes, people, [], notes)
