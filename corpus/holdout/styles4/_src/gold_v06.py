from gold import F, Q, P, NONE, fy, write
L = fy('2024/25', '2024-25')
def row(la, reg, rate, regs, deregs):
    a = '%s %s %s %s %s' % (la, reg, rate, regs, deregs)
    out = [
        F(reg, 'count', 'child_protection_plans', 'children on the register at 31 March 2026, %s (table)' % la, a),
        F(rate, 'rate_per_10000', 'child_protection_plans', 'register rate per 10,000, %s (table)' % la, a),
        F(regs, 'count', 'child_protection_plans', 'registrations in year, %s (table)' % la, a),
        F(deregs, 'count', 'child_protection_plans', 'de-registrations in year, %s (table)' % la, a),
    ]
    return out
figs = [
    F(612, 'count', 'child_protection_plans', 'children on the child protection register across the region', 'there were 612 children on the child protection register'),
    F(4, 'count', 'other', 'local authorities in the region', 'across the four local authorities', optional=True),
    F(47, 'count', 'child_protection_plans', 'fall in children on the register on a year earlier', '47 fewer than a year earlier'),
    F(45, 'rate_per_10000', 'child_protection_plans', 'register rate, region', 'This equates to 45 children per 10,000'),
    F(47, 'rate_per_10000', 'child_protection_plans', 'register rate, all Wales', 'the all-Wales rate of 47'),
    F(701, 'count', 'child_protection_plans', 'children placed on the register (registrations)', '701 children were placed on the register'),
    F(748, 'count', 'child_protection_plans', 'children removed from the register (de-registrations)', '748 were removed from it'),
    F(14.29, 'percent', 'child_protection_plans', 're-registrations (hedged one in seven)', 'Around one in seven registrations', qualifier='around', optional=True),
    F(14, 'percent', 'child_protection_plans', 're-registrations within two years', '(14%) was a re-registration'),
    F(14, 'percent', 'child_protection_plans', 're-registrations within two years, 2024-25 (the same proportion)', 'the same proportion as in 2024-25', period=L, optional=True),
] + row('Carmarthenshire', 198, 52, 224, 241) + row('Ceredigion', 58, 39, 71, 77) + row('Pembrokeshire', 141, 56, 162, 170) + row('Powys', 215, 41, 244, 260) + [
    F(46, 'percent', 'child_protection_plans', 'children on the register with neglect as main category', 'Neglect was recorded as the main category for 46%'),
    F(31, 'percent', 'child_protection_plans', 'children on the register with emotional abuse', 'emotional abuse for 31%'),
    F(49, 'percent', 'child_protection_plans', 'neglect share, 2024-25', 'In 2024-25 neglect accounted for 49%', period=L),
    F(11, 'count', 'review_referrals', 'referrals for a child practice review', 'considered 11 referrals for a child practice review'),
    F(8, 'count', 'review_referrals', 'referrals for a child practice review, 2024-25', 'compared with 8 in 2024-25', period=L),
    F(4, 'count', 'lcsprs_commissioned', 'referrals meeting the criteria for a concise child practice review', '4 met the criteria for a concise child practice review'),
    F(1, 'count', 'lcsprs_commissioned', 'referrals meeting the criteria for an extended child practice review', '1 met the criteria for an extended child practice review'),
    F(6, 'count', 'review_referrals', 'referrals referred back to agencies', '6 were referred back to agencies'),
    F(3, 'count', 'lcsprs_published', 'child practice reviews published', 'Three child practice reviews were published'),
    F(4, 'count', 'lcsprs_ongoing', 'child practice reviews in progress at 31 March 2026', 'four were still in progress'),
    F(19, 'count', 'recommendations', 'recommendations made by published reviews', 'made 19 recommendations'),
    F(12, 'count', 'recommendations', 'recommendations completed', '12 of which have been completed'),
    F(2340, 'count', 'other', 'practitioners trained on the Wales Safeguarding Procedures', 'reached 2,340 practitioners'),
    F(33.33, 'percent', 'other', 'increase in practitioners trained', 'a third more than the year before'),
    F(93, 'count', 'other', 'uses of the bruising protocol', 'used 93 times in its first nine months'),
    F(9, 'months', 'other', 'period of the bruising protocol so far', 'in its first nine months'),
]
nf = ['1 April 2025', '31 March 2026', 'Table 4', 'Part 2', 'Part 3', 'within two years', 'aged under 18', '029 2018 0123', '© CYSUR 2026', 'second year running']
quotes = [
    Q('Our register has come down for the second year running, but I want us to be honest about why. Some of that is good early support. Some of it may be thresholds drifting, and we are testing that through audit.',
      'Bethan Llewelyn-Rees', ['Llewelyn-Rees', 'Ms Llewelyn-Rees', 'the Independent Chair', 'Independent Chair'], None, role='Independent Chair'),
]
people = [{'name': 'Bethan Llewelyn-Rees', 'role': 'Independent Chair'}, {'name': 'Owain Pryce', 'role': "the Board's designated doctor"}]
bp = ['Hafan / Home', 'Ffôn / Tel: 029 2018 0123 · © CYSUR 2026']
notes = ("Welsh regional safeguarding board annual report page covering four councils: area null, areas listed. Register vocabulary (placed on / removed from the register, re-registration) "
         "is child_protection_plans; concise and extended child practice reviews meeting the criteria count as commissioned (styles convention). "
         "Traps: HTML table by local authority with a Region total row that repeats the prose (612, 45, 701, 748); 47 as a fall in count and 47 as the all-Wales rate (two facts); "
         "'Around one in seven registrations (14%)' (exact 14 required, 14.29 optional); 'the same proportion as in 2024-25' (implied, optional); a bullet list that splits 11 referrals; "
         "'a third more than the year before' is a percent change; pull quote with a dash attribution (cue null); reported speech from Dr Pryce with figures; bilingual navigation.")
write('v06_cysur_mid_west_wales_board_annual_report.html', 'council_report', 'CYSUR Annual Report 2025-26 | Mid and West Wales Safeguarding Children Board',
      None, 'Mid and West Wales Safeguarding Children Board', fy('2025/26', '1 April 2025 to 31 March 2026'), figs, nf, quotes, people, bp, notes,
      areas=['Carmarthenshire', 'Ceredigion', 'Pembrokeshire', 'Powys'])
