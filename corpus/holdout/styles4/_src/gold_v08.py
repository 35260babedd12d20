from gold import F, Q, P, NONE, fy, write
L = fy('2024/25', 'last year')
figs = [
    F(6215, 'count', 'social_care_referrals', 'referrals to the Gateway service', 'Referrals to the Trust\'s Gateway service totalled 6,215'),
    F(4, 'percent', 'social_care_referrals', 'fall in referrals on 2024/25', 'which was 4% lower than in 2024/25'),
    F(20, 'percent', 'section_47_enquiries', 'referrals proceeding to a child protection investigation (hedged fifth)', 'Around a fifth of referrals', qualifier='around', optional=True),
    F(1262, 'count', 'section_47_enquiries', 'referrals proceeding to a child protection investigation', '(1,262) proceeded to a joint protocol or single agency child protection investigation'),
    F(478, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'at 31 March 2026 was 478'),
    F(523, 'count', 'child_protection_plans', 'children on the register at the same point last year', 'compared with 523 at the same point last year', period=P('2025-03-31', '2025-03-31', 'the same point last year')),
    F(45.2, 'rate_per_10000', 'child_protection_plans', 'register rate per 10,000 under 18', 'a rate of 45.2 per 10,000 children under 18'),
    F(51.0, 'rate_per_10000', 'child_protection_plans', 'register rate, Northern Ireland', 'the Northern Ireland rate of 51.0'),
    F(402, 'count', 'child_protection_plans', 'children added to the register', '402 children were added to the register'),
    F(447, 'count', 'child_protection_plans', 'children removed from the register', '447 children were removed from the register'),
    F(229, 'count', 'child_protection_plans', 'children removed after less than 12 months on the register', 'just over half of them (229) after less than 12 months'),
    F(50, 'percent', 'child_protection_plans', 'share removed after less than 12 months (hedged)', 'just over half of them', qualifier='just over', optional=True),
    F(12, 'months', 'other', 'threshold for short registrations', 'after less than 12 months', qualifier='less than', optional=True),
    F(31, 'count', 'child_protection_plans', 'children re-registered', '31 children were re-registered'),
    F(7.7, 'percent', 'child_protection_plans', 're-registrations as a share of registrations', '7.7% of all registrations'),
    F(65, 'percent', 'child_protection_plans', 'registrations under physical abuse and neglect', 'almost two thirds of registrations (65%)'),
    F(66.67, 'percent', 'child_protection_plans', 'registrations under physical abuse and neglect (hedged two thirds)', 'almost two thirds', qualifier='almost', optional=True),
    F(18, 'percent', 'child_protection_plans', 'registrations under emotional abuse, previous year', 'rose from 18% to 23%', period=L),
    F(23, 'percent', 'child_protection_plans', 'registrations under emotional abuse', 'from 18% to 23%'),
    F(812, 'count', 'looked_after_children', 'looked after children at 31 March 2026', 'The Trust had 812 looked after children'),
    F(37, 'count', 'looked_after_children', 'increase in looked after children', 'an increase of 37 on the previous year'),
    F(4, 'count', 'review_referrals', 'notifications considered for a case management review', 'considered 4 notifications for a case management review'),
    F(1, 'count', 'lcsprs_commissioned', 'notifications agreed to meet the CMR criteria', 'agreed that 1 met the criteria'),
    F(2, 'count', 'lcsprs_published', 'CMRs completed', 'Two CMRs relating to the Trust area were completed'),
    F(3, 'count', 'lcsprs_ongoing', 'CMRs in progress', '3 remain in progress'),
    F(1, 'count', 'lcsprs_ongoing', 'CMRs running for more than two years', 'one of which has been running for more than two years', optional=True),
    F(2, 'years', 'other', 'duration of the longest CMR', 'running for more than two years', qualifier='more than'),
    F(14, 'count', 'recommendations', 'recommendations from completed reviews', 'there were 14 recommendations'),
    F(9, 'count', 'recommendations', 'recommendations for the Trust', '9 were for the Trust'),
    F(5, 'count', 'recommendations', 'recommendations for other agencies', '5 for other agencies'),
    F(212, 'count', 'other', 'children and young people who took part in the survey', '212 children and young people'),
    F(70, 'percent', 'other', 'survey respondents who knew their social worker', 'Seven in ten said they knew who their social worker was'),
    F(13, 'years', 'other', 'age of the girl quoted', 'A 13-year-old girl', optional=True),
]
nf = ['Chapter 3', '3.1', '3.2', '3.3', '3.4', '1 April 2025', '31 March 2026', '2025/26', '2024/25', 'under 18', '10,000']
quotes = [
    Q("My social worker actually listens. She doesn't just write stuff down and leave.", 'a 13-year-old girl', ['13-year-old girl', 'a 13-year-old', 'a young person'], 'wrote'),
    Q('steadier than any since the pandemic, though the register remains stubbornly high in some localities', 'Declan McCallion', ['McCallion', 'Mr McCallion', 'the Panel Chair'], 'said', role='Panel Chair'),
]
people = [{'name': 'Declan McCallion', 'role': 'Panel Chair, South Eastern Safeguarding Panel'}]
notes = ("Northern Ireland safeguarding panel report chapter; area is the health and social care trust (styles convention); register vocabulary (added to / removed from) = child_protection_plans; "
         "CMRs = lcsprs_*; Gateway referrals = social_care_referrals; joint protocol / child protection investigations = section_47_enquiries. "
         "Traps: 402 and 447 in asterisk bullets; 'just over half of them (229)' (count required, hedge optional); 'almost two thirds of registrations (65%)' (exact required); "
         "'rose from 18% to 23%' with last year's value first; 'an increase of 37' (a change, kept with the metric); 'one of which has been running for more than two years' (implied count optional, "
         "duration required); three NI council names in the overview are not the area; anonymous 13-year-old with cue 'wrote'; a chair's fragment after 'said the year had been'.")
write('v08_south_eastern_safeguarding_panel_ni.txt', 'council_report', 'South Eastern Safeguarding Panel Annual Report 2025/26 - Chapter 3',
      'South Eastern Health and Social Care Trust', 'South Eastern Safeguarding Panel', fy('2025/26', '1 April 2025 to 31 March 2026'), figs, nf, quotes, people, [], notes)
