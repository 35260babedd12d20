from mk_b import F, P, Q, gold
O, C = 'other', 'child_protection_plans'
J25 = P('2025-07-31', '2025-07-31', '31 July 2025')
Y24 = P('2024-08-01', '2025-07-31', 'year to 31 July 2025')
Q4 = P('2026-05-01', '2026-07-31', 'May to July 2026')
Y27 = P('2026-04-01', '2027-03-31', '2026/27')
f = [
    F(82, 'count', C, 'children on the child protection register at 31 July 2026', 'There were 82 children on the register at 31 July 2026'),
    F(103, 'count', C, 'children on the register a year earlier', 'compared with 103 a year earlier', period=J25),
    F(20, 'percent', C, 'fall in children on the register (a fifth; 20%)', "register has fallen by a fifth in a year"),
    F(5.4, 'rate_per_1000', C, 'register rate per 1,000 children aged 0-15', 'a rate of 5.4 per 1,000 children aged 0-15'),
    F(2.2, 'rate_per_1000', C, 'register rate per 1,000, Scotland comparator', 'above the Scotland rate of 2.2'),
    F(71, 'count', C, 'registrations in the year to 31 July 2026', 'There were 71 registrations in the year to 31 July'),
    F(96, 'count', C, 'registrations the previous year', 'down from 96', period=Y24),
    F(92, 'count', C, 'children removed from the register (de-registrations)', '92 children were removed from the register'),
    F(1318, 'count', 'social_care_referrals', 'child protection concerns reported to the council', 'Child protection concerns reported to the council rose to 1,318'),
    F(1204, 'count', 'social_care_referrals', 'child protection concerns the year before', 'from 1,204 the year before', period=Y24),
    F(447, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs) held', '447 inter-agency referral discussions (IRDs) were held'),
    F(112, 'count', 'section_47_enquiries', 'IRDs held between May and July 2026', '112 of them between May and July alone', period=Q4),
    F(47, 'percent', C, 'share of registrations where neglect was a concern', 'Neglect was a concern for 47% of registrations'),
    F(38, 'percent', C, 'share of registrations where parental substance use was a concern', 'parental substance use for 38%'),
    F(4, 'count', O, 'social workers who left one team since the summer (quoted)', 'one team has had four social workers leave'),
    F(1, 'count', 'lcsprs_commissioned', 'learning reviews commissioned in the year', 'had commissioned one learning review in the year'),
    F(1, 'count', 'lcsprs_published', 'learning reviews published in the year', 'and published another'),
    F(9, 'months', O, 'age of the baby whose death was reviewed', 'a nine-month-old baby', optional=True),
    F(30, 'count', O, 'closed cases audited', 'an audit of 30 closed cases'),
    F(26, 'count', O, 'audited cases closed appropriately', 'found that 26 were closed appropriately'),
    F(17, 'count', O, "average caseload for children's social workers", "children's social workers was 17"),
    F(15, 'count', O, 'caseload target', 'against a target of 15'),
    F(6, 'months', O, 'further report due', 'receive a further report in six months'),
    F(420000, 'gbp', O, 'spend on a new early help team from the 2026/27 budget', 'spend £420,000 from its 2026/27 budget', period=Y27),
    F(8, 'count', O, 'staff in the new early help team', 'a new early help team of eight staff'),
]
bz = ['Councillor Moira Baird', 'Cllr Baird', 'Councillor Baird', 'Baird']
gl = ['Dr Hamish Gillies', 'Dr Gillies', 'Gillies']
q = [
    Q('A falling register is good news only if it means children are safer, and I am not yet convinced it does.', 'Moira Baird', bz, 'said',
      role='vice-convener, Children, Young People and Education Committee'),
    Q('We heard this morning that one team has had four social workers leave since the summer,', 'Moira Baird', bz, 'she said'),
    Q('Families do not get less complicated because we have fewer staff.', 'Moira Baird', bz, 'she said'),
    Q('The register is a measure of our decisions, not of risk in the community,', 'Hamish Gillies', gl, 'said', role='chief social work officer'),
    Q('That is why we audit.', 'Hamish Gillies', gl, 'said'),
    Q('look closely', 'a spokesperson for the Stirling Child Protection Committee', ['Stirling Child Protection Committee', 'a spokesperson'], 'said'),
    Q('hidden', 'Stirling Council', ['the council'], 'warns', optional=True),
]
gold('b04_stirling_register_story_correction.html', 'news_article',
     "Stirling child protection register falls as council warns of 'hidden' neglect", 'Stirling', 'Stirling Child Protection Committee',
     P('2025-08-01', '2026-07-31', 'year to 31 July 2026'), f,
     ['aged 0-15', '31 July 2026', '18 November 2026, 07:00', '19 November 2026, 16:05', '164 partners', 'SC900417', '0131 496 0584',
      'in 2024', 'A84 closed for 12 hours', '2026 award', 'Five things'],
     q, [{'name': 'Euan Lockhart', 'role': 'Local Democracy Reporter'},
         {'name': 'Moira Baird', 'role': 'vice-convener, Children, Young People and Education Committee, Stirling Council'},
         {'name': 'Hamish Gillies', 'role': 'chief social work officer, Stirling Council'}],
     ['We and our 164 partners use cookies.', 'The committee met at Old Viewfield on Wednesday. Photo: Courier archive',
      'A84 closed for 12 hours after crash', 'Bridge of Allan pub wins 2026 award', 'Five things to do this weekend',
      'Forth Valley Courier Ltd, registered in Scotland SC900417. Newsdesk 0131 496 0584.'],
     ['CORRECTION NOTICE: the retracted claim ("said 112 children were on the child protection register") is not a fact about the register; the corrected value 82 is the register figure (the notice is an extra mention). The retracted 112 turns out to be a real fact (IRDs in May-July), which is its own required figure anchored in the body: the correction mention of 112 counts as a mention of the IRD fact, never a register figure.',
      'The correction of the councillor\'s title (convener -> vice-convener) changes the role only; her role is vice-convener.',
      'Scotland: register counts, registrations, de-registrations ("removed from the register") and shares of registrations -> child_protection_plans; rate per 1,000 aged 0-15 -> rate_per_1000; concerns -> social_care_referrals; IRDs -> section_47_enquiries; learning reviews -> lcsprs_*. Record period = year to 31 July 2026.',
      '"by a fifth" (standfirst and body) and "the 20% fall" are one figure (20 percent). 103 at 31 July 2025 and 96 / 1,204 for the previous year carry periods; 112 IRDs carry the May-July quarter.',
      '"another" published learning review = 1 (lcsprs_published). The baby\'s age optional.',
      'The spokesperson\'s fragment "look closely" in straight quotes is required; the headline scare quote \'hidden\' optional. Quote split by "she said" twice; Dr Gillies split by "Dr Gillies said".',
      'Partnership: the Stirling Child Protection Committee is the only child protection partnership named (it speaks through a spokesperson); the council committee is a scrutiny committee.'])
