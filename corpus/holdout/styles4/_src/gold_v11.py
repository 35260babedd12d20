from gold import F, Q, P, NONE, fy, write
L = fy('2024/25'); L2 = fy('2023/24')
figs = [
    F(3.5, 'count', 'other', 'full-time equivalent LADO posts', 'has 3.5 full-time equivalent posts'),
    F(28, 'days', 'other', 'definition of private fostering (days)', 'for 28 days or more', optional=True),
    F(7, 'days', 'other', 'deadline to visit a privately fostered child', 'must visit the child within 7 days'),
    F(1146, 'count', 'other', 'contacts to the LADO service', 'received 1,146 contacts in 2025/26'),
    F(1027, 'count', 'other', 'contacts to the LADO service, 2024/25', 'compared with 1,027 in 2024/25', period=L),
    F(12, 'percent', 'other', 'increase in LADO contacts', 'an increase of 12%'),
    F(392, 'count', 'other', 'contacts meeting the LADO threshold (referrals)', '392 met the threshold'),
    F(34, 'percent', 'other', 'share of contacts meeting the threshold', 'which is 34% of all contacts'),
    F(31, 'percent', 'other', 'share of contacts meeting the threshold, 2024/25', '(2024/25: 31%)', period=L),
    F(41, 'percent', 'other', 'referrals from education settings', 'the largest source of referrals at 41%'),
    F(17, 'percent', 'other', 'referrals from early years providers', 'early years providers (17%)'),
    F(11, 'percent', 'other', 'referrals about foster carers', 'foster carers (11%)'),
    F(31, 'percent', 'other', 'referrals from police and other agencies', 'the police and other agencies (31% combined)'),
    F(388, 'count', 'other', 'LADO referrals concluded', 'Of the 388 referrals concluded'),
    F(127, 'count', 'other', 'referrals substantiated', '127 were substantiated'),
    F(46, 'count', 'other', 'referrals false or unfounded', '46 were false or unfounded'),
    F(215, 'count', 'other', 'referrals unsubstantiated', '215 were unsubstantiated'),
    F(0, 'count', 'other', 'referrals found malicious', 'none were found to be malicious'),
    F(68, 'percent', 'other', 'referrals concluded within three months', 'Sixty-eight per cent of referrals were concluded within three months'),
    F(3, 'months', 'other', 'timescale for concluding referrals', 'concluded within three months, short'),
    F(80, 'percent', 'other', 'target for referrals concluded within three months', "the service's target of 80%"),
    F(72, 'percent', 'other', 'referrals concluded within three months, 2024/25', "last year's 72%", period=L),
    F(71, 'days', 'other', 'average time to conclude a referral', 'The average time to conclude a referral was 71 days'),
    F(19, 'count', 'other', 'individuals dismissed or ceased to be used', '19 individuals were dismissed'),
    F(23, 'count', 'other', 'individuals referred to the DBS', '23 were referred to the Disclosure and Barring Service'),
    F(17, 'count', 'other', 'children known to be privately fostered at 31 March 2026', 'there were 17 children known to be privately fostered'),
    F(21, 'count', 'other', 'children privately fostered a year earlier', 'compared with 21 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(9, 'count', 'other', 'new private fostering notifications', 'Nine new notifications were received'),
    F(8, 'count', 'other', 'newly notified children visited within 7 days', 'visited 8 of the 9 newly notified children'),
    F(89, 'percent', 'other', 'newly notified children visited within 7 days (share)', 'within 7 days (89%)', optional=True),
    F(10, 'days', 'other', 'day on which the remaining child was seen', 'was seen on day 10', optional=True),
    F(640, 'count', 'other', 'professionals reached by awareness-raising', 'reached 640 professionals'),
    F(14, 'count', 'other', 'briefings delivered', 'through 14 briefings'),
    F(187, 'count', 'other', 'schools sent the leaflet', 'all 187 schools in the county'),
    F(954, 'count', 'other', 'LADO contacts, 2023/24 (appendix)', 'Contacts 954 1,027 1,146', period=L2),
    F(301, 'count', 'other', 'LADO referrals, 2023/24 (appendix)', 'Referrals (met threshold) 301 318 392', period=L2),
    F(318, 'count', 'other', 'LADO referrals, 2024/25 (appendix)', 'Referrals (met threshold) 301 318 392', period=L),
    F(75, 'percent', 'other', 'referrals concluded within three months, 2023/24 (appendix)', 'Concluded within three months (%) 75 72 68', period=L2),
]
nf = ['19 November 2026', '31 March 2026', 'November 2027', '(1)', '(2)', 'under 16', 'under 18', '1.1', '2.3', 'Appendix A', '01632 960 482', 'a fourth designated officer']
quotes = [
    Q('Rising contacts are a sign that the message is getting through to employers, but timeliness has slipped and we need a fourth designated officer to recover it.',
      'Nikhil Varma', ['Varma', 'Mr Varma', 'the Assistant Director for Safeguarding'], 'comments', role='Assistant Director for Safeguarding'),
]
people = [{'name': 'Nikhil Varma', 'role': 'Assistant Director for Safeguarding'}]
bp = ['Contact officer: Nikhil Varma, Assistant Director for Safeguarding. Tel: 01632 960 482']
notes = ("Committee report (header block, numbered paragraphs, lettered sub-list, appendix table with three years). LADO and private fostering have no metric: all `other`. "
         "Traps: '3.5 full-time equivalent posts' (a decimal count); definitions with numbers ('under 16 (or under 18 if disabled)', '28 days or more' optional, 'within 7 days' as a duty is a deadline); "
         "'Sixty-eight per cent' in words; 'none were found to be malicious' is a required zero (explicit zero of a reported category); 31 twice (share 2024/25; police and other agencies); "
         "'8 of the 9 ... (89%)' count required, share optional; 'day 10' (optional); 'a fourth designated officer' is an ordinal inside a quote, not a figure; "
         "the appendix 2025/26 column repeats the prose; recommendation numbers (1), (2) and paragraph numbers are not figures. The quote's cue is 'comments in the appendix:'.")
write('v11_east_sussex_lado_private_fostering_report.txt', 'council_report', 'Local Authority Designated Officer (LADO) and Private Fostering Annual Report 2025/26',
      'East Sussex', None, fy('2025/26', 'the year ending 31 March 2026'), figs, nf, quotes, people, bp, notes)
