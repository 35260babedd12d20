from gold import F, Q, P, NONE, fy, write
L = fy('2024/25', 'the year before')
def row(reg, n, u1, rate):
    a = '%s %s %s %s' % (reg, n, u1, rate)
    return [F(n, 'count', 'serious_incident_notifications', 'notifications, %s (table)' % reg, a),
            F(u1, 'count', 'other', 'notifications involving a child under one, %s (table)' % reg, a),
            F(rate, 'rate_per_100000', 'serious_incident_notifications', 'notification rate per 100,000 children, %s (table)' % reg, a)]
figs = [
    F(468, 'count', 'serious_incident_notifications', 'serious incidents notified in England', 'notified 468 serious incidents'),
    F(497, 'count', 'serious_incident_notifications', 'serious incidents notified, previous year', 'down from 497 the year before', period=L),
    F(171, 'count', 'other', 'notifications involving children under one', 'Children under one were involved in 171 of those incidents'),
    F(37, 'percent', 'serious_incident_notifications', 'share of notifications involving children under one', 'more than a third (37%)'),
    F(33.33, 'percent', 'serious_incident_notifications', 'share involving under-ones (hedged)', 'more than a third', qualifier='more than', optional=True),
    F(212, 'count', 'child_deaths', 'notifications where a child died', '212 concerned a child who died'),
    F(256, 'count', 'serious_harm_cases', 'notifications where a child was seriously harmed', '256 a child who was seriously harmed'),
    F(2, 'count', 'other', 'national reviews published by the panel', 'published 2 national reviews'),
    F(3, 'count', 'national_reviews', 'cases taken forward for national analysis', 'took forward 3 cases for national analysis'),
    F(48, 'percent', 'other', 'baby incidents where family was known before the birth', 'In nearly half of the incidents involving a baby (48%)'),
    F(50, 'percent', 'other', 'baby incidents where family was known (hedged)', 'nearly half', qualifier='nearly', optional=True),
    F(19, 'count', 'other', 'cases with a pre-birth assessment recorded', 'in only 19 cases was a pre-birth assessment recorded'),
    F(58, 'count', 'other', 'notifications recording non-accidental head injury to babies', 'recorded in 58 notifications'),
    F(44, 'count', 'child_deaths', 'sudden unexpected infant deaths with unsafe sleep a factor', 'accounted for a further 44'),
] + row('North East', 34, 13, 6.2) + row('North West', 81, 30, 5.1) + row('London', 64, 22, 3.2) + row('South West', 45, 17, 4.0) + [
    F(4.3, 'rate_per_100000', 'serious_incident_notifications', 'notification rate per 100,000 children, England (table)', 'England 468 171 4.3'),
    F(120, 'count', 'other', 'maternity units in England', 'each of the 120 maternity units in England'),
    F(7400000, 'gbp', 'other', 'estimated annual cost of a safeguarding midwife in every unit', 'would cost about £7.4m a year', qualifier='about'),
    F(10, 'days', 'other', 'proposed time for a home visit after birth', 'within 10 days of the birth'),
]
nf = ['Briefing No. 31', 'November 2026', 'under one', '100,000', '1187654', '© Safer Beginnings 2026', 'first year of life']
MO = ['Oduya', 'Ms Oduya', 'Marianne Oduya', 'chief executive']
quotes = [
    Q('The first year of life is when the risk is greatest and the window to help is widest. Every maternity unit should have a named safeguarding midwife, and every family where there are known risks should be offered a home visit within 10 days of the birth.',
      'Marianne Oduya', MO, 'said', role='chief executive, Safer Beginnings'),
    Q('The cost of doing nothing is counted in lives,', 'Marianne Oduya', MO, 'said'),
    Q('too often repeats what we already know', "the national panel's annual report", ['national panel', 'the national panel', 'the Child Safeguarding Practice Review Panel', 'annual report', "the panel's annual report"], None),
]
people = [{'name': 'Marianne Oduya', 'role': 'chief executive, Safer Beginnings'}]
bp = ['Donate', 'Policy and research', 'Safer Beginnings is a registered charity in England and Wales (1187654).']
notes = ("National charity policy briefing (kind other, area null, period 2025-26 = April 2025 to March 2026). Convention (corpus/styles): subsets defined by a feature "
         "('Of which: under one', non-accidental head injury notifications are `other`; unsafe sleep deaths keep child_deaths, as deaths of under-ones do in corpus-dev) and shares of the whole keep the whole's metric "
         "('more than a third (37%)' of notifications -> serious_incident_notifications). 'published 2 national reviews' is `other` (national_reviews means cases taken forward). "
         "Traps: bullet summary; regional table with a per-100,000 rate and an England total row that repeats 468 and 171; 'nearly half ... (48%)' exact required; "
         "'first year of life' not a figure; quote first with 'Our chief executive, Marianne Oduya, said:' and then a short one with the cue after; a panel report fragment after 'According to'; charity number.")
write('v13_charity_briefing_national_notifications.html', 'other', 'Policy briefing: Serious harm to children under one, 2025-26',
      None, None, P('2025-04-01', '2026-03-31', 'between April 2025 and March 2026'), figs, nf, quotes, people, bp, notes)
