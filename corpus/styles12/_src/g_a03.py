"""a03 gold: Westminster cabinet report (PDF built by a03_westminster_cabinet.py)."""
from mk_a import F, P, Q, gold

DOC = 'a03_westminster_cabinet_report_placements_workforce.pdf'


def main():
    p = P('2026-04-01', '2027-03-31', '2026/27')
    fy = lambda y: P('%d-04-01' % y, '%d-03-31' % (y + 1), '%d/%02d' % (y, (y + 1) % 100))
    LAC = 'looked_after_children'
    figs = [
        F(212, 'count', LAC, 'children looked after at 30 September 2026 (Appendix B total)', 'has risen to 212 at 30 September 2026'),
        F(186, 'count', LAC, 'children looked after at 31 March 2025', 'from 186 at 31 March 2025', period=fy(2024)),
        F(7850, 'gbp', 'other', 'average weekly cost of a residential placement', 'the average weekly cost of a residential placement is now £7,850'),
        F(14, 'percent', 'other', 'rise in the weekly residential cost on a year ago', '£7,850, 14% more than a year ago'),
        F(28000, 'gbp', 'other', 'annual agency premium per social worker', 'a premium of around £28,000 a year per worker', qualifier='around'),
        F(3420000, 'gbp', 'other', 'forecast overspend 2026/27 (Appendix A total variance)', 'Notes the forecast overspend of £3.42m (8.9%)'),
        F(8.9, 'percent', 'other', 'forecast overspend as a share of budget', 'the forecast overspend of £3.42m (8.9%)'),
        F(1850000, 'gbp', 'other', 'one-off invest-to-save funding', 'one-off invest-to-save funding of £1.85m from the Transformation Reserve'),
        F(1100000, 'gbp', 'other', 'invest-to-save funding in 2027/28', '£1.1m in 2027/28', period=fy(2027)),
        F(750000, 'gbp', 'other', 'invest-to-save funding in 2028/29', '£0.75m in 2028/29', period=fy(2028)),
        F(1200000, 'gbp', 'other', 'expected annual saving from 2029/30', 'expected to reduce annual costs by £1.2m from 2029/30', period=P('2029-04-01', None, 'from 2029/30')),
        F(500000, 'gbp', 'other', 'limit of contracts delegated to the Executive Director', 'to award contracts of up to £500,000', qualifier='up to'),
        F(23, 'count', LAC, 'children in residential children\'s homes', 'At present 17 of the 23 children in residential care'),
        F(17, 'count', 'other', 'children in residential care living outside Westminster', 'At present 17 of the 23 children in residential care live outside Westminster'),
        F(8, 'count', 'other', 'of those, children placed more than 20 miles away', 'eight of them more than 20 miles away'),
        F(1020, 'gbp', 'other', 'average weekly cost of an independent fostering agency placement', 'Independent fostering agency placements cost £1,020 a week'),
        F(545, 'gbp', 'other', 'average weekly cost of an in-house foster placement', "against £545 for the council's own foster carers"),
        F(31, 'count', LAC, 'children in supported accommodation (16-17)', 'now accounts for 31 children'),
        F(148.5, 'count', 'other', 'social work establishment (FTE)', 'The social work establishment is 148.5 FTE'),
        F(119.0, 'count', 'other', 'FTE posts filled by permanent staff', '119.0 FTE posts were filled by permanent staff'),
        F(19.9, 'percent', 'other', 'social worker vacancy rate', 'a vacancy rate of 19.9%'),
        F(22.5, 'count', 'other', 'FTE agency workers covering vacant posts', '22.5 FTE agency workers were covering vacant posts'),
        F(18.4, 'count', 'other', 'average caseload per social worker', 'The average caseload is 18.4 children per social worker'),
        F(15, 'count', 'other', "council's caseload standard", "against the council's standard of 15"),
        F(23.1, 'count', 'other', 'average caseload in the Assessment Service', 'in the Assessment Service it is 23.1'),
        F(17, 'percent', 'other', 'turnover of permanent social workers 2025/26', 'Turnover of permanent social workers was 17% in 2025/26', period=fy(2025)),
        F(0, 'gbp', 'other', 'Option A one-off cost', 'A Do nothing: continue to spot-purchase £0 £0', optional=True),
        F(4100000, 'gbp', 'other', 'Option A: pressure in 2027/28', 'pressure rises to £4.1m', period=fy(2027)),
        F(6, 'count', 'other', 'Option B: block-contracted fostering placements', 'Block-contract 6 independent fostering'),
        F(620000, 'gbp', 'other', 'Option B one-off cost', '£0.62m £0.35m'),
        F(350000, 'gbp', 'other', 'Option B annual saving', '£0.62m £0.35m'),
        F(8, 'count', 'other', 'Option C: beds in two in-house homes', 'Two in-house homes (8 beds)'),
        F(20, 'count', 'other', 'Option C: new foster households', '20 new'),
        F(15, 'count', 'other', 'Option C: FTE covered by the retention package', '15 FTE'),
        F(3, 'years', 'other', 'Option C payback period', 'payback within 3 years'),
        F(8, 'count', 'other', 'children Option C would bring back into the borough', 'would bring up to eight children back into the borough', qualifier='up to'),
        F(4000, 'gbp', 'other', 'market supplement per social worker per year', 'a market supplement of £4,000 a year'),
        F(2, 'count', 'other', "in-house children's homes proposed under Option C", "combines two small in-house children's homes"),
        F(3, 'count', 'other', 'options set out in the report', 'the position at month 6 of 2026/27 and three options', optional=True),
        F(12, 'count', 'other', 'protected caseload for newly qualified social workers', 'a protected caseload of 12'),
        F(420000, 'gbp', 'other', 'annual cost of the retention package', 'is costed at £420,000 a year'),
        F(38600000, 'gbp', 'other', 'budget 2026/27 (Appendix A total)', "social work staffing is £38.6m"),
        F(42020000, 'gbp', 'other', 'forecast outturn at month 6 (Appendix A total)', 'The forecast outturn at month 6 is £42.02m'),
        F(6, 'percent', 'other', 'assumed growth in placement costs in 2027/28', 'assumes a further 6% growth in placement costs', period=fy(2027)),
        F(6, 'months', 'other', 'frequency of progress reports to Cabinet', 'reported to Cabinet every six months'),
        F(9300000, 'gbp', 'other', 'Transformation Reserve at 31 March 2026', 'The Transformation Reserve stood at £9.3m at 31 March 2026', period=fy(2025)),
        F(16, 'years', 'other', 'age of the Children in Care Council member quoted', 'One member, aged 16, said', optional=True),
        F(95000, 'gbp', 'other', 'cost of each month of delay', 'Each month of delay is estimated to cost £95,000'),
        F(10, 'count', 'other', 'target agency cover (FTE) by March 2029', 'falls from 22.5 FTE to 10 FTE by March 2029'),
        F(44, 'percent', LAC, 'children looked after from Black, Asian and other minority ethnic groups', '44% of children looked after are from Black, Asian'),
        F(38, 'percent', 'other', "share of the borough's population aged 0-17 from those groups (comparator)", "compared with 38% of the borough's population"),
        F(29, 'count', 'other', 'unaccompanied asylum-seeking children among those looked after', 'Unaccompanied asylum-seeking children make up 29 of the 212'),
        F(8420000, 'gbp', 'other', 'external residential placements budget', 'External residential placements 8,420 9,870 1,450'),
        F(9870000, 'gbp', 'other', 'external residential placements forecast', 'External residential placements 8,420 9,870 1,450'),
        F(1450000, 'gbp', 'other', 'external residential placements variance', 'External residential placements account for £1.45m of the overspend'),
        F(3310000, 'gbp', 'other', 'independent fostering agencies budget', 'Independent fostering agencies 3,310 3,245 (65)'),
        F(3245000, 'gbp', 'other', 'independent fostering agencies forecast', 'Independent fostering agencies 3,310 3,245 (65)'),
        F(-65000, 'gbp', 'other', 'independent fostering agencies variance (underspend)', 'Independent fostering agencies 3,310 3,245 (65)'),
        F(2120000, 'gbp', 'other', 'in-house fostering budget', 'In-house fostering 2,120 2,098 (22)'),
        F(2098000, 'gbp', 'other', 'in-house fostering forecast', 'In-house fostering 2,120 2,098 (22)'),
        F(-22000, 'gbp', 'other', 'in-house fostering variance (underspend)', 'In-house fostering 2,120 2,098 (22)'),
        F(3560000, 'gbp', 'other', 'supported accommodation budget', 'Supported accommodation (16-17) 3,560 4,420 860'),
        F(4420000, 'gbp', 'other', 'supported accommodation forecast', 'Supported accommodation (16-17) 3,560 4,420 860'),
        F(860000, 'gbp', 'other', 'supported accommodation variance', 'Supported accommodation (16-17) 3,560 4,420 860'),
        F(1940000, 'gbp', 'other', 'agency social work staffing budget', 'Agency social work staffing 1,940 3,137 1,197'),
        F(3137000, 'gbp', 'other', 'agency social work staffing forecast', 'Agency social work staffing 1,940 3,137 1,197'),
        F(1197000, 'gbp', 'other', 'agency social work staffing variance', 'agency staffing for £1.197m'),
        F(19250000, 'gbp', 'other', 'permanent social work staffing budget', 'Permanent social work staffing 19,250 19,250 0'),
        F(19250000, 'gbp', 'other', 'permanent social work staffing forecast', 'Permanent social work staffing 19,250 19,250 0'),
        F(0, 'gbp', 'other', 'permanent social work staffing variance', 'Permanent social work staffing 19,250 19,250 0'),
        F(61, 'count', LAC, 'children with independent fostering agencies', 'Independent fostering agencies 61 1,020'),
        F(74, 'count', LAC, 'children with in-house foster carers', 'In-house foster carers 74 545'),
        F(2340, 'gbp', 'other', 'average weekly cost of supported accommodation (16-17)', 'Supported accommodation (16-17) 31 2,340'),
        F(23, 'count', LAC, 'children placed with parents or other', 'Placed with parents / other 23 -'),
    ]
    nf = ['14 December 2026', 'Agenda item 8', 'Page 45', 'Page 47', 'Yes - expenditure above £500,000', 'section 22G of the Children Act 1989', 'Care Standards Act 2000',
          'Procurement Act 2023', 'Contract Standing Order 12.4', '020 7946 0288', 'month 6', 'more than 20 miles away', 'two hours away', 'Sufficiency Strategy 2024-2027',
          '16 June 2026', 'aged 0-17', '(16-17)', '16 and 17 year olds', 'Appendix C', 'March 2029', '(£000)', '5.1', '10.1']
    quotes = [
        Q('When you get moved two hours away you lose your school, your friends, everything. Keep us close.', 'a member of the Children in Care Council', ['member', 'One member', 'a 16-year-old'], 'said'),
        Q('This is the right thing for children and, over time, the right thing for the budget.', 'Rachel Amsel', ['Cllr Amsel', 'Amsel', 'Cllr Rachel Amsel'], 'said', role='Cabinet Member for Children and Young People'),
    ]
    people = [
        {'name': 'Sarah Quinlan', 'role': "Executive Director of Children's Services"},
        {'name': 'Tom Ashdown', 'role': 'Head of Placements and Commissioning'},
        {'name': 'Rachel Amsel', 'role': 'Cabinet Member for Children and Young People'},
    ]
    bp = ['Cabinet 14 December 2026 - Agenda item 8', 'Classification: For General Release']
    notes = ("Council cabinet report (council_report; area Westminster; no safeguarding partnership named, so partnership null; record period 2026/27, the year being monitored at month 6). "
             "Cover-sheet: 'Key Decision: Yes - expenditure above £500,000' is the key-decision threshold (not a figure), while recommendation 2.3's 'contracts of up to £500,000' is a delegation limit (figure, qualifier 'up to'). "
             "One fact, many mentions: £3.42m = Financial Summary = 2.1 = Appendix A Total variance 3,420 (£000); £38.6m and £42.02m = Appendix A Total row; £1.45m and £1.197m = Appendix A variance cells; "
             "£1.85m and £1.2m repeat in the options table; 212, 23, 31, £7,850, £1,020 and £545 repeat in Appendix B (anchors in the prose). "
             "Appendix A is in £000 (x1,000) with accounting brackets '(65)', '(22)' = negative; 19,250 appears twice in one row (budget and forecast: two facts) and its variance '0' is a figure. "
             "Appendix B: placement-type breakdown keeps looked_after_children (like referrals by source); '-' cells are not zeros; the first 23 (residential) and the last 23 (placed with parents/other) are different facts. "
             "'17 of the 23 ... live outside Westminster', 'eight of them more than 20 miles away', UASC '29 of the 212' are feature subsets (other); '44% of children looked after' is a share of the whole (looked_after_children). "
             "Workforce FTE numbers (148.5, 119.0, 22.5, 10) are counts of FTE (other); the options table wraps cells so row text interleaves ('Optio/n', 'One-off / cost'). "
             "Own periods: 186 at 31 March 2025, £1.1m/£0.75m, £4.1m and 6% in 2027/28, the saving 'from 2029/30' (open end), turnover 2025/26, reserve at 31 March 2026. "
             "The Executive Director of Finance's comments are first-person prose without quote marks (not a quote); 'every six months' is a reporting frequency (figure). "
             "Option A's '£0 £0' is optional. Traps: agenda and page numbers (45-47), paragraph numbers, section 22G Children Act 1989, Acts' years, Contract Standing Order 12.4, 'month 6', '20 miles', 'two hours', age bands '16-17', 'aged 0-17', the young person's age (optional).")
    gold(DOC, 'council_report', "Cabinet Report: Children's Placements Sufficiency and Social Work Workforce: 2026/27 Pressures and Invest-to-Save Proposals",
         'Westminster', None, p, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
