from pdfkit_f import gold
N = 'f07_solihull_mp_constituency_enewsletter'
PY = {'start': '2024-04-01', 'end': '2025-03-31'}
Y = {'start': '2025-04-01', 'end': '2026-03-31'}
Q = {'start': '2026-07-01', 'end': '2026-09-30'}
def F(v, u, m, subj, a, **k):
    d = {'value': v, 'unit': u, 'metric': m, 'subject': subj, 'anchor': a}
    for key in ('period', 'qualifier', 'optional'):
        if key in k: d[key] = k[key]
    return d
figs = [
 F(1400, 'count', 'other', 'newsletter subscribers', 'the 1,400-plus of you', qualifier='more than'),
 F(9, 'count', 'serious_incident_notifications', 'serious incidents notified to the Panel', 'Panel of 9 serious incidents in 2025/26', period=Y),
 F(6, 'count', 'serious_incident_notifications', 'serious incidents notified to the Panel', 'compared with 6', period=PY),
 F(9, 'count', 'rapid_reviews', 'rapid reviews', 'carried out 9 rapid reviews', period=Y),
 F(2, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'has published 2 local'),
 F(1, 'count', 'lcsprs_ongoing', 'LCSPRs still under way', 'with 1 more still under way'),
 F(1212, 'count', 'social_care_referrals', "children referred to children's social care", "1,212 children were referred to children's social care", period=Q),
 F(287, 'count', 'child_protection_plans', 'children on a child protection plan', '287 children are currently on a child protection plan'),
 F(63, 'rate_per_10000', 'child_protection_plans', 'children on a child protection plan per 10,000', 'roughly 63 per 10,000 children', qualifier='about'),
 F(64, 'rate_per_10000', 'child_protection_plans', 'children on a child protection plan per 10,000, England', 'England average of 64'),
 F(541, 'count', 'looked_after_children', 'children in care', 'in care in Solihull stands at 541'),
 F(1146, 'count', 'other', "MP's casework", '1,146 pieces of casework'),
 F(214, 'count', 'other', 'casework about special educational needs', '214 of them were about special educational needs'),
 F(37, 'count', 'other', 'families whose SEND transport decision was paused', '37 families who had been told'),
 F(12, 'weeks', 'other', 'pause on transport decisions', 'paused for 12 weeks'),
 F(90, 'count', 'other', 'round-trip journey length in minutes', 'a 90-minute', optional=True),
 F(3000, 'count', 'other', 'petition signatures', 'passed 3,000 signatures', qualifier='more than'),
 F(2400000, 'gbp', 'other', 'extra high needs funding for Solihull schools', '£2.4m extra'),
 F(4, 'percent', 'other', 'increase in high needs funding', 'around 4% more', qualifier='about'),
]
gold(N + '.gold.json', {
 'doc': N + '.txt', 'kind': 'other', 'title': "Your November update: children's safeguarding, SEND transport and my next surgeries",
 'area': 'Solihull', 'partnership': 'Solihull Safeguarding Children Partnership', 'period': {'start': None, 'end': None},
 'figures': figs,
 'not_figures': ['UIN 48213', '18 November', '13 November', 'column 873', 'clause 14', 'Early Day Motion 412', '4 November 2026',
                 'SW1A 0AA', '01632 960392', '01632 960999', '999', '10am to 12 noon', '4pm to 6pm',
                 'Saturday 5 December', 'Friday 11 December', 'Child H', '27 Nov 2026 08:00:00 +0000', '10,000'],
 'quotes': [
  {'text': 'The Government expects every safeguarding partnership to publish its reviews promptly and to act on their findings without waiting for publication.',
   'speaker': 'the Minister', 'aliases': ['Minister', 'her answer'], 'cue': 'wrote'},
  {'text': 'The partnership has a good understanding of its own weaknesses. What families need now is for the learning from these reviews to show up in practice, not just in action plans.',
   'speaker': 'Felix Amankwah', 'aliases': ['Amankwah', 'Dr Amankwah', 'Dr Felix Amankwah'], 'role': "the partnership's independent scrutineer",
   'cue': 'told me'},
  {'text': 'Some of our children were facing a 90-minute round trip on public buses. That is not a plan, it is a hope.',
   'speaker': 'Sally Merrick', 'aliases': ['Merrick', 'Ms Merrick', 'Mrs Merrick'], 'role': 'headteacher', 'cue': 'told me'}],
 'people': [{'name': 'Alison Threlfall', 'role': 'Member of Parliament for Solihull West and Shirley'},
            {'name': 'Felix Amankwah', 'role': "the partnership's independent scrutineer"},
            {'name': 'Sally Merrick', 'role': 'headteacher'}],
 'boilerplate': ['View this email in your browser | Update your preferences',
                 'Promoted by Alison Threlfall MP, House of Commons, London SW1A 0AA.', 'Unsubscribe | Privacy notice'],
 'notes': ["MP's e-newsletter (kind other): first-person prose by the MP is not a quote; e-mail headers and a promoted-by imprint are boilerplate.",
           'No single record period: figures span 2025/26 (notifications, rapid reviews, with period), Q2 2026/27 (referrals July-September, period), point-in-time counts and the calendar year; record period null.',
           '9 appears twice as different facts (9 notifications, 9 rapid reviews).',
           '"1,400-plus" and "passed 3,000" carry qualifier more than; "roughly 63 per 10,000" qualifier about; England 64 comparator keeps child_protection_plans.',
           'Ids and numbers that are not figures: UIN 48213, Hansard column 873, clause 14, Early Day Motion 412, postcode, 999, phone numbers, surgery times.',
           '"90-minute" inside a quote: no minutes unit, optional.',
           'The Minister is unnamed: speaker "the Minister".']})
