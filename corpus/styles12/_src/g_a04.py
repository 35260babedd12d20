"""a04: council FOI disclosure-log page (html, written by hand) - gold only."""
from mk_a import F, P, Q, gold

DOC = 'a04_blaenau_gwent_foi_disclosure_log.html'


def main():
    p = P('2023-01-01', '2025-12-31', 'calendar years 2023, 2024 and 2025')
    y = {yr: P('%d-01-01' % yr, '%d-12-31' % yr, str(yr)) for yr in (2023, 2024, 2025)}
    figs = []
    rows = {2023: (118, 104, 96), 2024: (131, 122, 105), 2025: (109, 127, 87)}
    for yr, (reg, dereg, on) in rows.items():
        a = '%d %d %d %d' % (yr, reg, dereg, on)
        figs += [
            F(reg, 'count', 'child_protection_plans', 'registrations on the child protection register, %d' % yr, a if yr != 2025 else 'Of the 109 children registered in 2025', period=y[yr]),
            F(dereg, 'count', 'child_protection_plans', 'de-registrations from the child protection register, %d' % yr, a, period=y[yr]),
            F(on, 'count', 'child_protection_plans', 'children on the register at 31 December %d' % yr, a, period=y[yr]),
        ]
    figs += [
        F(23, 'count', 'child_protection_plans', 're-registrations among the children registered in 2025', '23 had been on the register before (re-registrations)', period=y[2025]),
        F(6, 'count', 'review_referrals', 'cases referred for a child practice review, 2023-2025', 'Blaenau Gwent referred 6 cases to the Gwent Safeguarding Board'),
        F(2, 'count', 'review_referrals', 'referrals for a child practice review in 2023', 'two in 2023, three in 2024 and one in 2025', period=y[2023]),
        F(3, 'count', 'review_referrals', 'referrals for a child practice review in 2024', 'two in 2023, three in 2024 and one in 2025', period=y[2024]),
        F(1, 'count', 'review_referrals', 'referrals for a child practice review in 2025', 'two in 2023, three in 2024 and one in 2025', period=y[2025]),
        F(1, 'count', 'lcsprs_commissioned', 'concise child practice review recommended (2023)', 'the sub-group recommended one concise review (2023)', period=y[2023]),
        F(1, 'count', 'lcsprs_commissioned', 'extended child practice review recommended (2025)', 'and one extended review (2025)', period=y[2025]),
        F(4, 'count', 'review_referrals', 'referrals that did not meet the criteria', 'The remaining four did not meet the criteria'),
        F(1, 'count', 'lcsprs_published', 'concise review published in September 2024', 'the concise review was published in September 2024', period=P('2024-01-01', '2024-12-31', '2024'), optional=True),
        F(1284000, 'gbp', 'other', 'spend on agency social workers in children\'s services, 2023/24', 'was £1,284,000 in 2023/24', period=P('2023-04-01', '2024-03-31', '2023/24')),
        F(947000, 'gbp', 'other', 'spend on agency social workers in children\'s services, 2024/25', '£947,000 in 2024/25', period=P('2024-04-01', '2025-03-31', '2024/25')),
        F(0, 'count', 'child_deaths', 'children who died while on the register in 2023', 'In 2023 no child died while on the register', period=y[2023]),
        F(84, 'percent', 'other', 'initial child protection conferences held within 15 working days, 2025', '84% of initial child protection conferences were held within 15 working days', period=y[2025]),
        F(79, 'percent', 'other', 'initial child protection conferences held within 15 working days, 2024', '(2024: 79%)', period=y[2024]),
    ]
    nf = ['FOI-2026-1187', '14 October 2026', '10 November 2026', '3 November 2026', 'section 40(2)', 'Article 5(1)(a)', 'Freedom of Information Act 2000', 'section 16', 'fewer than five', 'within 40 working days', '01632 960 745', '01632 960 100', 'NP23 6DN', 'SK9 5AF', 'We use 3 essential cookies', '12 people found this page useful', '© 2026', 'within 15 working days', 'spring 2027', 'September 2024', 'Q3.', 'A6.', 'Calendar year']
    quotes = []
    people = []
    bp = ["We use 3 essential cookies to make this site work and we'd like to set analytics cookies to understand how you use it.", 'Was this page helpful?', '12 people found this page useful', 'Page last updated: 10 November 2026']
    notes = ("FOI disclosure-log page (kind other; Welsh council, so register vocabulary: registrations, de-registrations, on the register, re-registrations are child_protection_plans). "
             "Record period: the three calendar years asked about (1 January 2023 to 31 December 2025); every table cell and per-year figure carries its own calendar-year period. "
             "The table anchors are the rows as the text reads ('2023 118 104 96'); the 2025 registrations (109) is restated in prose, anchored there. "
             "Q2: 6 referrals = 2 + 3 + 1 (four figures), 'The remaining four did not meet the criteria' (review_referrals), one concise and one extended review recommended (Wales: a decision that a case meets the criteria counts as commissioned); "
             "the concise review 'published in September 2024' is an implied count (optional). 'Both reviews have been completed' is not a new figure. "
             "Q4: 'Information not held' in calendar years, but financial-year spend is given with its own periods (2023/24, 2024/25). "
             "Q5: 'fewer than five' is a suppressed count (not a figure; withheld under section 40(2)); 'In 2023 no child died while on the register' is an explicit zero (required). "
             "Q6: 'within 15 working days' is inside a timeliness measure (not a figure); 84% and '(2024: 79%)' are other. "
             "Traps: reference FOI-2026-1187, request/response dates, 'section 40(2)', 'Article 5(1)(a)', 'section 16', the 40-working-day internal review window, postcodes, phone numbers, "
             "cookie count, '12 people found this page useful', question labels Q1-Q6/A1-A6 and the list numbers 1.-6. in the request. No quotes; no people named. "
             "Partnership null: the council answers; the regional Gwent Safeguarding Board is only where cases were referred.")
    gold(DOC, 'other', 'FOI-2026-1187 Child protection register and child practice reviews', 'Blaenau Gwent', None, p,
         figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
