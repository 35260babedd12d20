from gold import F, Q, P, NONE, write
def sy(a, b, text):  # Scottish CP year to 31 July
    return P('%d-08-01' % a, '%d-07-31' % b, text)
Y = sy(2024, 2025, '1 August 2024 to 31 July 2025')
L = sy(2023, 2024, '2023-24')
L2 = sy(2022, 2023, '2022-23')
S24 = P('2024-07-31', '2024-07-31', 'a year ago')
figs = [
    F(1108, 'count', 'social_care_referrals', 'child protection concerns received', 'Social work received 1,108 child protection concerns'),
    F(9, 'percent', 'social_care_referrals', 'increase in child protection concerns', 'an increase of 9% on the previous year'),
    F(644, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'These led to 644 inter-agency referral discussions'),
    F(602, 'count', 'section_47_enquiries', 'IRDs, 2023-24', 'compared with 602 in 2023-24', period=L),
    F(96, 'percent', 'other', 'IRDs within the agreed 24 hours', 'took part in 96% of IRDs within the agreed 24 hours'),
    F(173, 'count', 'other', 'initial and pre-birth child protection planning meetings', 'There were 173 initial and pre-birth child protection planning meetings'),
    F(41, 'count', 'other', 'pre-birth child protection planning meetings', '41 were pre-birth meetings'),
    F(25, 'percent', 'other', 'share of meetings that were pre-birth (hedged)', 'nearly a quarter of the total', qualifier='nearly', optional=True),
    F(118, 'count', 'child_protection_plans', 'children on the child protection register at 31 July 2025', '118 children were on the child protection register'),
    F(3.4, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15', 'a rate of 3.4 per 1,000 children aged 0-15'),
    F(2.3, 'rate_per_1000', 'child_protection_plans', 'register rate, Scotland', 'the Scottish rate of 2.3'),
    F(2.9, 'rate_per_1000', 'child_protection_plans', 'register rate a year ago', 'up from 2.9 a year ago', period=S24),
    F(164, 'count', 'child_protection_plans', 'registrations during the year', 'Registrations during the year: 164'),
    F(139, 'count', 'child_protection_plans', 'registrations, 2023-24', '(2023-24: 139)', period=L),
    F(149, 'count', 'child_protection_plans', 'de-registrations during the year', 'De-registrations during the year: 149'),
    F(151, 'count', 'child_protection_plans', 'de-registrations, 2023-24', '(2023-24: 151)', period=L),
    F(7, 'count', 'child_protection_plans', 'children re-registered within 18 months', 'Children re-registered within 18 months: 7'),
    F(8.1, 'months', 'other', 'average time on the register', 'Average time on the register: 8.1 months'),
    F(58, 'percent', 'child_protection_plans', 'registered children with domestic abuse concern', 'Domestic abuse was a concern for 58% of registered children'),
    F(44, 'percent', 'child_protection_plans', 'registered children with parental substance use concern', 'parental substance use for 44%'),
    F(5, 'count', 'review_referrals', 'notifications for consideration of a learning review', 'received 5 notifications for consideration of a learning review'),
    F(2, 'count', 'lcsprs_commissioned', 'learning reviews commissioned', 'it agreed to commission 2 learning reviews'),
    F(1, 'count', 'lcsprs_published', 'learning reviews completed', 'One learning review, commissioned in 2023, was completed'),
    F(2, 'count', 'lcsprs_ongoing', 'learning reviews under way at year end', '2 learning reviews were under way'),
    F(947, 'count', 'social_care_referrals', 'child protection concerns, 2022-23 (table)', 'Child protection concerns 947 1,016 1,108', period=L2),
    F(1016, 'count', 'social_care_referrals', 'child protection concerns, 2023-24 (table)', 'Child protection concerns 947 1,016 1,108', period=L),
    F(588, 'count', 'section_47_enquiries', 'IRDs, 2022-23 (table)', 'IRDs 588 602 644', period=L2),
    F(127, 'count', 'child_protection_plans', 'registrations, 2022-23 (table)', 'Registrations 127 139 164', period=L2),
    F(101, 'count', 'child_protection_plans', 'children on register at 31 July 2023 (table)', 'Children on register at 31 July 101 103 118', period=P('2023-07-31', '2023-07-31', '31 July 2023')),
    F(103, 'count', 'child_protection_plans', 'children on register at 31 July 2024 (table)', 'Children on register at 31 July 101 103 118', period=P('2024-07-31', '2024-07-31', '31 July 2024')),
]
# the 24-hour IRD window: hours have no unit in the spec, so it is not annotated (see not_figures)
nf = ['1 August 2024', '31 July 2025', 'Section 5', '5.1', '5.2', '5.3', 'Table 5', 'aged 0-15', 'within 18 months', 'in 2023', 'March 2025', '24 hours', 'do not add up to 100', 'second annual report', 'Three-year trend']
quotes = [
    Q('It was the first time anyone asked me what it felt like to be the person who made the referral. That mattered.', 'a practitioner', ['practitioner', 'One practitioner'], 'told'),
]
people = [{'name': 'Fiona Galbraith', 'role': 'Independent Chair, West Lothian Child Protection Committee'}]
notes = ("Scottish child protection committee annual report; the Scottish year to 31 July. Scotland conventions of corpus/styles: child protection concerns = social_care_referrals, "
         "IRDs = section_47_enquiries, CPPMs = other, learning reviews = lcsprs_*, register rate per 1,000 aged 0-15 = rate_per_1000. "
         "Traps: the chair's first-person foreword and closing prose are not quotes (only the practitioner's words in quote marks are); 'second annual report' and 'Three-year trend' are not figures; "
         "'within the agreed 24 hours' (hours: no unit in the spec, not annotated); '(2023-24: 139)' bullet style; 'nearly a quarter' (optional); "
         "'do not add up to 100' is not a figure; a space-aligned three-year table whose 2024-25 column repeats the prose; the snapshot counts at 31 July carry their own dates.")
write('v07_west_lothian_cpc_annual_report.txt', 'council_report', 'West Lothian Child Protection Committee Annual Report 2024-25',
      'West Lothian', 'West Lothian Child Protection Committee', Y, figs, nf, quotes, people, [], notes)
