from mk_a import F, P, Q, gold
DOC = 'a01_neath_port_talbot_iro_annual_report_2025_26.pdf'
py = P('2024-04-01', '2025-03-31', '2024-25')
p = P('2025-04-01', '2026-03-31', '2025-26')
figs = [
    F(7, 'count', 'other', 'full-time equivalent IROs', 'The unit has 7 full-time equivalent IROs'),
    F(1, 'count', 'other', 'IRO post covered by an agency worker', 'One post was covered by an agency worker', optional=True),
    F(598000, 'gbp', 'other', 'unit budget 2025-26', 'The unit budget for 2025-26 was \u00a3598,000'),
    F(68, 'count', 'other', 'average caseload per IRO at 31 March 2026', 'the average caseload was 68 care experienced children per IRO'),
    F(72, 'count', 'other', 'average caseload per IRO a year earlier', 'down from 72 a year earlier', period=py),
    F(50, 'count', 'other', 'national guidance caseload range (lower bound)', 'between 50 and 70 children for a full-time reviewing officer', optional=True),
    F(70, 'count', 'other', 'national guidance caseload range (upper bound)', 'between 50 and 70 children for a full-time reviewing officer', optional=True),
    F(296, 'count', 'looked_after_children', 'children looked after at 31 March 2026', 'There were 296 children looked after by the Council at 31 March 2026'),
    F(311, 'count', 'looked_after_children', 'children looked after at the end of 2024-25', 'compared with 311 at the end of 2024-25', period=py),
    F(1018, 'count', 'other', 'statutory reviews of looked after children chaired', 'IROs chaired 1,018 statutory reviews during the year'),
    F(1072, 'count', 'other', 'statutory reviews held 2024-25 (table)', '1,072', period=py),
    F(95.6, 'percent', 'other', 'reviews held within timescale', '95.6% of them took place within timescale'),
    F(93.9, 'percent', 'other', 'reviews held within timescale 2024-25', '(2024-25: 93.9%)', period=py),
    F(45, 'count', 'other', 'reviews that were late', 'The 45 reviews that were late'),
    F(81, 'percent', 'other', 'children aged four and over who contributed to their review', '81% of children aged four and over contributed'),
    F(214, 'count', 'other', "reviews held in the child's school, placement or a cafe", 'Some 214 reviews were held in the child', qualifier='Some'),
    F(16, 'years', 'other', 'age of the young person quoted', 'Young person, aged 16', optional=True),
    F(142, 'count', 'other', 'initial child protection conferences chaired', 'The unit chaired 142 initial child protection conferences'),
    F(288, 'count', 'other', 'review child protection conferences chaired', 'and 288 review conferences'),
    F(131, 'count', 'other', 'initial child protection conferences 2024-25 (table)', 'Initial child protection conferences 131', period=py),
    F(301, 'count', 'other', 'review child protection conferences 2024-25 (table)', 'Review child protection conferences 301', period=py),
    F(86, 'percent', 'other', 'initial conferences held within 15 working days of the strategy discussion', '86% of initial conferences were held within 15 working days'),
    F(79, 'percent', 'other', 'initial conferences within 15 working days in 2024-25', 'an improvement on 79% in 2024-25', period=py),
    F(90, 'percent', 'other', 'target for initial conferences within 15 working days', 'our own target of 90%'),
    F(171, 'count', 'child_protection_plans', 'registrations to the child protection register', 'There were 171 registrations to the child protection register'),
    F(189, 'count', 'child_protection_plans', 'de-registrations from the child protection register', 'and 189 de-registrations'),
    F(129, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'leaving 129 children on the register at 31 March 2026'),
    F(147, 'count', 'child_protection_plans', 'children on the register at 31 March 2025', '(2024-25: 147)', period=py),
    F(47, 'rate_per_10000', 'child_protection_plans', 'register rate per 10,000 children', 'That is a rate of 47 per 10,000 children'),
    F(41, 'rate_per_10000', 'child_protection_plans', 'Wales register rate per 10,000 (comparator)', 'against a Wales rate of 41'),
    F(6, 'count', 'child_protection_plans', 're-registrations within 12 months', 'Six children were re-registered within 12 months'),
    F(54, 'count', 'other', 'practice alerts raised under the Dispute Resolution Protocol', '54 alerts were raised this year'),
    F(38, 'count', 'other', 'practice alerts raised last year', 'compared with 38 last year', period=py),
    F(41, 'count', 'other', 'practice alerts resolved informally at stage 1', '41 were resolved informally with the social worker at stage 1'),
    F(10, 'count', 'other', 'practice alerts that went to the team manager at stage 2', 'ten went to the team manager at stage 2'),
    F(3, 'count', 'other', 'practice alerts escalated to the Head of Service at stage 3', 'three were escalated to the Head of Children and Young People Services at stage 3'),
    F(0, 'count', 'other', 'practice alerts that went to the Director', 'None went to the Director', optional=True),
    F(0, 'count', 'other', 'referrals to Cafcass Cymru', 'no referral to Cafcass Cymru was needed'),
    F(17, 'count', 'other', 'alerts about delay in life story work', 'delay in life story work (17 alerts)'),
    F(12, 'count', 'other', 'alerts about plans for permanence not progressing', 'plans for permanence not progressing (12 alerts)'),
    F(60, 'count', 'other', 'target average caseload by March 2027', 'Reduce average caseloads to 60 by March 2027'),
    F(0.5, 'count', 'other', 'additional FTE IRO to be recruited', 'a further 0.5 FTE IRO'),
    F(20, 'days', 'other', 'deadline for sending the review record to the young person', 'within 20 working days'),
    F(74, 'percent', 'other', 'reviews whose record was sent within 20 working days', 'this happened in 74% of reviews in 2025-26'),
    F(6, 'months', 'other', 'pilot of young people co-chairing their reviews', 'Run a six-month pilot'),
    F(15, 'count', 'other', 'volunteers for the co-chairing pilot', 'starting with 15 volunteers'),
]
nf = ['2025-26', '2024-25', '21 January 2027', 'Agenda item 9', '1 April 2025 and 31 March 2026', 'Care Planning, Placement and Case Review (Wales) Regulations 2015', 'Part 6 of the Social Services and Well-being (Wales) Act 2014', 'since 2021-22', 'aged four and over', 'per 10,000', 'within 12 months of a previous registration', 'stage 1', 'stage 2', 'stage 3', 'Table 1', '2026-27', '01632 960417', 'Page 1', '1.1', '4.2', '5.1', '7.1']
quotes = [
    Q('She told me straight what was happening with my case and she never pretended it was all fine. That is all I wanted.', 'a young person', ['Young person', 'young person, aged 16'], None),
    Q('The reviewing officers are the people who keep asking the awkward question on behalf of the child. The rise in practice alerts is something I welcome, not something I worry about.', 'Keri Bowen', ['Ms Bowen', 'Bowen'], 'said in her response to the report', role='Head of Children and Young People Services'),
]
people = [{'name': 'Keri Bowen', 'role': 'Head of Children and Young People Services'},
          {'name': 'Rhian Pugh', 'role': 'Principal Officer, Safeguarding and Reviewing Unit'}]
notes = ("Welsh IRO (Independent Reviewing Service) annual report to scrutiny, 2025-26 (the brief asked for an English council; no English council name was left unused, so Wales, which also has IROs, was chosen). "
         "Register counts, registrations, de-registrations and re-registrations are child_protection_plans (registers are plans); conferences (ICPC/RCPC) are other. "
         "Table 1 repeats the 2025-26 prose values (extra mentions); its 2024-25 column carries periods, several of them stated in prose too ('down from 72', '(2024-25: 93.9%)', '79% in 2024-25', '(2024-25: 147)', '38 last year'); 131, 301 and 1,072 exist only in the table. "
         "'within 15 working days' sits inside a timeliness measure (not a separate figure); 'within 20 working days' is a stated deadline in a priority bullet (figure). 'within 12 months' is a definition window. "
         "Dispute-resolution ladder 54 = 41 + 10 + 3; 'None went to the Director' is a subset zero (optional); 'no referral to Cafcass Cymru' is a required zero. Range 50-70 is two optional figures. "
         "0.5 FTE is a fractional count. The pull quote has a dash attribution with an age (age optional). Keri Bowen's quote follows a colon cue in a separate paragraph.")
gold(DOC, 'council_report', 'Independent Reviewing Service: Annual Report 2025-26', 'Neath Port Talbot', 'West Glamorgan Safeguarding Board', p, figs, nf, quotes, people, [], notes)
