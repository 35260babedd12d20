from gold import F, Q, P, NONE, fy, write
Y3, Y4, Y5 = fy('2023/24'), fy('2024/25'), fy('2025/26')
def snap(y):
    return P('%d-03-31' % y, '%d-03-31' % y, '31 March %d' % y)
figs = [
    F(4, 'count', 'serious_incident_notifications', 'serious incident notifications, 2023/24', '2023/24: 4.', period=Y3),
    F(6, 'count', 'serious_incident_notifications', 'serious incident notifications, 2024/25', '2024/25: 6.', period=Y4),
    F(3, 'count', 'serious_incident_notifications', 'serious incident notifications, 2025/26', '2025/26: 3.', period=Y5),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned, 2023/24', 'commissioned in 1 case in 2023/24', period=Y3),
    F(2, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned, 2024/25', '2 cases in 2024/25', period=Y4),
    F(0, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned, 2025/26', 'no cases in 2025/26', period=Y5),
    F(158, 'count', 'child_protection_plans', 'children on a CP plan at 31 March 2024', '2023/24 158 61', period=snap(2024)),
    F(61, 'count', 'child_protection_plans', 'children on a CP plan aged under 5, 31 March 2024', '2023/24 158 61', period=snap(2024)),
    F(171, 'count', 'child_protection_plans', 'children on a CP plan at 31 March 2025', '2024/25 171 66', period=snap(2025)),
    F(66, 'count', 'child_protection_plans', 'children on a CP plan aged under 5, 31 March 2025', '2024/25 171 66', period=snap(2025)),
    F(149, 'count', 'child_protection_plans', 'children on a CP plan at 31 March 2026', '2025/26 149 57', period=snap(2026)),
    F(57, 'count', 'child_protection_plans', 'children on a CP plan aged under 5, 31 March 2026', '2025/26 149 57', period=snap(2026)),
    F(38, 'count', 'police_protection', 'uses of police protection, 2023/24', 'on 38 occasions in 2023/24', period=Y3),
    F(45, 'count', 'police_protection', 'uses of police protection, 2024/25', '45 in 2024/25', period=Y4),
    F(29, 'count', 'police_protection', 'uses of police protection, 2025/26', '29 in 2025/26', period=Y5),
    F(41250, 'gbp', 'other', 'spend on independent reviewers, 2023/24', '£41,250 in 2023/24', period=Y3),
    F(63900, 'gbp', 'other', 'spend on independent reviewers, 2024/25', '£63,900 in 2024/25', period=Y4),
    F(22800, 'gbp', 'other', 'spend on independent reviewers, 2025/26', '£22,800 in 2025/26', period=Y5),
    F(5, 'count', 'child_deaths', 'deaths of Camden children reviewed by the CDOP in each year (suppressed: fewer than 5)', 'reviewed the deaths of fewer than 5 Camden children in each year', qualifier='fewer than', optional=True),
    F(47, 'count', 'court_orders', 'children in care proceedings issued, 2023/24', 'in respect of 47 children in 2023/24', period=Y3),
    F(52, 'count', 'court_orders', 'children in care proceedings issued, 2024/25', '52 children in 2024/25', period=Y4),
    F(39, 'count', 'court_orders', 'children in care proceedings issued, 2025/26', '39 children in 2025/26', period=Y5),
    F(2, 'count', 'court_orders', 'emergency protection orders applied for over the three years', 'applied for in 2 cases over the three years'),
    F(40, 'days', 'other', 'time limit to ask for an internal review', 'within 40 working days'),
]
nf = ['FOI-2026-11873', '27 November 2026', '30 October 2026', 'Freedom of Information Act 2000', 'Question 1', 'under the age of five', 'aged under 5', 'section 40(2)', '0303 123 1113', '5 Pancras Square', 'three financial years']
people = [{'name': 'Jo Anstey', 'role': 'Information Governance Officer'}]
bp = ['5 Pancras Square, London N1C 4AG', "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113"]
notes = ("FOI response (kind other); record period = the three financial years asked about (2023/24 to 2025/26); every figure carries its own year. No quotes. "
         "Traps: 'Year: value.' answers; rapid reviews 'matches the figures in Question 1' (no number stated: not annotated); 'no cases in 2025/26' is a required zero; "
         "a space-aligned table with an 'Of whom aged under 5' column (a subset defined by age: it keeps child_protection_plans, as deaths of under-ones keep child_deaths); "
         "'fewer than 5 ... in each year' is a suppression threshold covering three years (optional, qualifier 'fewer than', as corpus-dev dev16 annotates 'Fewer than five'); 'three financial years' is not a figure; reference numbers, postcodes, section 40(2), the ICO address and phone are not figures; "
         "'within 40 working days' is a real deadline (other); care proceedings by year (court_orders) and '2 cases over the three years' (the record period, so no own period); 'both were granted' is not a new figure.")
write('v14_camden_foi_response.txt', 'other', 'Freedom of Information Act 2000 - Request for information (FOI-2026-11873)',
      'Camden', None, P('2023-04-01', '2026-03-31', 'the last three financial years (2023/24, 2024/25 and 2025/26)'), figs, nf, [], people, bp, notes)
