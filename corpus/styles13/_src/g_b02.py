from mk_b import F, P, Q, gold
O = 'other'
Y24 = P('2024-04-01', '2025-03-31', '2024-25')
Y26 = P('2026-04-01', '2027-03-31', '2026-27')
QS = [P('2025-04-01', '2025-06-30', 'Q1 (Apr-Jun) 2025-26'), P('2025-07-01', '2025-09-30', 'Q2 (Jul-Sep) 2025-26'),
      P('2025-10-01', '2025-12-31', 'Q3 (Oct-Dec) 2025-26'), P('2026-01-01', '2026-03-31', 'Q4 (Jan-Mar) 2025-26')]
ROWS = [('Q1 (Apr-Jun)', 271, 80, 30, 356, 161), ('Q2 (Jul-Sep)', 302, 97, 32, 397, 184),
        ('Q3 (Oct-Dec)', 276, 88, 32, 361, 170), ('Q4 (Jan-Mar)', 297, 90, 30, 388, 173)]
f = [
    F(50, 'count', O, 'MARAC meetings held in 2025-26', 'Cardiff MARAC met 50 times'),
    F(2, 'weeks', O, 'weeks without a MARAC over Christmas', 'except for two weeks over Christmas', optional=True),
    F(1146, 'count', O, 'MARAC cases heard', 'The conference heard 1,146 cases'),
    F(9, 'percent', O, 'increase in MARAC cases on 2024-25', 'a 9% increase on 2024-25'),
    F(1051, 'count', O, 'MARAC cases heard in 2024-25', 'on 2024-25 (1,051)', period=Y24),
    F(1280, 'count', O, 'MARAC cases a year expected by SafeLives for Cardiff', 'expect around 1,280 cases a year', qualifier='around'),
    F(90, 'percent', O, 'MARAC volume as a share of the recommended volume', 'at about 90% of the recommended volume', qualifier='about'),
    F(31, 'percent', O, 'MARAC repeat rate', 'The repeat rate was 31%'),
    F(28, 'percent', O, 'SafeLives repeat-rate range, lower end', 'the SafeLives range of 28% to 40%', optional=True),
    F(40, 'percent', O, 'SafeLives repeat-rate range, upper end', 'the SafeLives range of 28% to 40%', optional=True),
    F(71, 'percent', O, 'share of MARAC referrals made by South Wales Police', 'South Wales Police made 71% of referrals'),
    F(11, 'percent', O, 'share of MARAC referrals made by IDVA services', 'IDVA services 11%'),
    F(6, 'percent', O, 'share of MARAC referrals made by health', 'health 6%'),
    F(4, 'percent', O, "share of MARAC referrals made by children's services", "children's services 4%"),
    F(8, 'count', O, 'MARAC referrals from GP practices', 'very low: eight in the whole year'),
    F(1502, 'count', O, 'children living in households of MARAC cases', 'There were 1,502 children living in the households'),
    F(1.3, 'count', O, 'average children per MARAC case', 'an average of 1.3 per case'),
    F(688, 'count', 'social_care_referrals', "children referred to Cardiff Children's Services after MARAC", "688 children were referred to Cardiff Children's Services"),
    F(97, 'count', 'child_protection_plans', 'children on the child protection register at the time of MARAC', '97 children were on the child protection register'),
    F(214, 'count', 'children_in_need', 'children with a care and support plan at the time of MARAC', 'a further 214 had a care and support plan'),
]
for (lab, c, r, rr, ch, ref), p in zip(ROWS, QS):
    a = '%s %d %d %d%% %d %d' % (lab, c, r, rr, ch, ref)
    f += [F(c, 'count', O, 'MARAC cases heard, ' + lab, a, period=p), F(r, 'count', O, 'repeat MARAC cases, ' + lab, a, period=p),
          F(rr, 'percent', O, 'MARAC repeat rate, ' + lab, a, period=p), F(ch, 'count', O, 'children in household, ' + lab, a, period=p),
          F(ref, 'count', 'social_care_referrals', "children referred to Children's Services, " + lab, a, period=p)]
f += [
    F(355, 'count', O, 'repeat MARAC cases in 2025-26', '2025-26 1,146 355 31% 1,502 688'),
    F(1.5, 'count', O, "children's IDVA capacity (FTE)", "capacity (1.5 FTE, funded until March 2027)"),
    F(126, 'count', O, "referrals to the children's IDVA service", 'took 126 referrals for young people'),
    F(30, 'count', O, 'cases on a conference agenda (quoted)', 'A conference agenda of 30 cases'),
    F(6, 'months', O, "children's action panel pilot length", 'pilot a separate children\'s action panel for six months'),
    F(3, 'count', O, 'priorities agreed for 2026-27', 'agreed three priorities', optional=True),
    F(10, 'percent', O, 'target share of MARAC referrals from health', 'raise health referrals to 10% of the total'),
    F(40, 'count', O, "cases to audit where children were referred to Children's Services", 'audit 40 cases where children were referred'),
    F(25, 'count', O, 'target maximum average cases per conference', 'cases per conference below 25', qualifier='below'),
    F(148000, 'gbp', O, 'MARAC coordination budget 2026-27', 'budget for MARAC coordination is £148,000 for 2026-27', period=Y26),
]
q = [
    Q('A conference agenda of 30 cases leaves about six minutes a family. Children are too often an action for somebody else.',
      'Rhian Pugh', ['Detective Chief Inspector Rhian Pugh', 'DCI Pugh', 'Pugh'], 'said', role='MARAC chair, South Wales Police'),
    Q('The IDVA was the first person who asked how my kids were, not just whether I would support a prosecution.', 'a survivor',
      ['One survivor', 'survivor'], 'told'),
]
gold('b02_cardiff_marac_annual_report_2025_26.pdf', 'council_report', 'MARAC Annual Report 2025-26, section 4: MARAC activity and children in the household',
     'Cardiff', 'Cardiff Domestic Abuse and Sexual Violence Partnership Board', P('2025-04-01', '2026-03-31', '2025-26'), f,
     ['within the previous 12 months', '14 or more ticks', '23 and 30 December', '14 April 2026', '020 7946 0762', 'Table 4.1', 'Tudalen / Page 12',
      'aged 13 to 17', 'Q1 (Apr-Jun)', 'about six minutes', 'The Quarter 3 dip', 'until March 2027', 'October 2026', '4.1'],
     q, [{'name': 'Rhian Pugh', 'role': 'Detective Chief Inspector, MARAC chair'}],
     ['SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.',
      'Contact: MARAC Coordinator, 020 7946 0762, marac@cardiff.gov.example'],
     ['Wales: children on the child protection register -> child_protection_plans; care and support plans -> children_in_need.',
      "MARAC cases, repeats, referrals INTO MARAC and children in households are other; only referrals OUT to Children's Services are social_care_referrals (quarterly cells too).",
      'Quarterly table: each cell carries its quarter period; the 2025-26 total row repeats 1,146 / 31% / 1,502 / 688 (extra mentions); 355 repeat cases is new (required). Value 97 is two facts (Q2 repeats, children on the register).',
      'SafeLives range 28% to 40% = two optional figures; the repeat definition "within the previous 12 months" and the DASH "14 or more ticks" threshold are not figures.',
      '"about six minutes" has no spec unit (not a figure); 30 cases inside the chair quote is required; the six-month pilot is a months figure.',
      'Headed pages carry "Tudalen / Page 12" (bilingual page label). 1.5 FTE is a count-unit other figure.'])
