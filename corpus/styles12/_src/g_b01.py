"""Gold for b01 (monthly KPI scorecard, South Gloucestershire, October 2026)."""
from mk_b import F, P, gold

DOC = 'b01_south_gloucestershire_childrens_kpi_scorecard_october_2026.pdf'
TGT = P('2026-04-01', '2027-03-31', 'Target 2026/27')
SEP = P('2026-09-01', '2026-09-30', 'Sep 2026')
OCT25 = P('2025-10-01', '2025-10-31', 'Oct 2025')
Y25 = P('2025-04-01', '2026-03-31', '2025/26')

# (anchor as the row reads in the extracted text, metric, unit, subject, cells: target, oct, sep, oct25, sn, eng)
ROWS = [
    ('CSC01 450 411.3 405.8 438.0 472.1 533.7', 'social_care_referrals', 'rate_per_10000', 'referrals to children\'s social care (rate, rolling 12 months)', ('450', '411.3', '405.8', '438.0', '472.1', '533.7')),
    ('Re-referrals within 12 months (%) 20 22.4 21.9 19.7 21.0 22.4', 'social_care_referrals', 'percent', 're-referrals within 12 months', ('20', '22.4', '21.9', '19.7', '21.0', '22.4')),
    ('within 45 working days (%) 90 86 90 83 88 84', 'other', 'percent', 'assessments completed within 45 working days', ('90', '86', '90', '83', '88', '84')),
    ('rate per 10,000 (rolling 12 months) - 158.2 155.0 171.6 176.4 182.5', 'section_47_enquiries', 'rate_per_10000', 'section 47 enquiries (rate, rolling 12 months)', ('-', '158.2', '155.0', '171.6', '176.4', '182.5')),
    ('within 15 working days (%) 85 91 88 79 84 78', 'other', 'percent', 'initial child protection conferences within 15 working days', ('85', '91', '88', '79', '84', '78')),
    ('child protection plan (number) - 214 209 238', 'child_protection_plans', 'count', 'children subject of a child protection plan', ('-', '214', '209', '238', '-', '-')),
    ('child protection plan, rate per 10,000 38.0 42.6 41.6 47.4 40.9 41.6', 'child_protection_plans', 'rate_per_10000', 'child protection plan rate', ('38.0', '42.6', '41.6', '47.4', '40.9', '41.6')),
    ('CSC08 15 17.8 18.2 14.1 21.5 23.8', 'child_protection_plans', 'percent', 'plans starting that are a second or subsequent plan', ('15', '17.8', '18.2', '14.1', '21.5', '23.8')),
    ('Children looked after (number) - 352 349 331', 'looked_after_children', 'count', 'children looked after', ('-', '352', '349', '331', '-', '-')),
    ('Children looked after, rate per 10,000 55.0 70.1 69.5 65.9 60.2 70.0', 'looked_after_children', 'rate_per_10000', 'children looked after (rate)', ('55.0', '70.1', '69.5', '65.9', '60.2', '70.0')),
    ('Agency social workers (% of posts) 15 18.5 19.0 24.6 17.1 17.6', 'other', 'percent', 'agency social workers (% of posts)', ('15', '18.5', '19.0', '24.6', '17.1', '17.6')),
    ('Average caseload per social worker (children) 18 19.4 20.1 22.0', 'other', 'count', 'average caseload per social worker', ('18', '19.4', '20.1', '22.0', '-', '-')),
]
COLS = [('target', TGT), ('October 2026', None), ('September 2026', SEP), ('October 2025', OCT25),
        ('statistical neighbours', Y25), ('England', Y25)]


def num(s):
    v = float(s.replace(',', ''))
    return int(v) if v == int(v) and '.' not in s else v


def main():
    figs = []
    for anchor, metric, unit, subj, cells in ROWS:
        for (label, per), c in zip(COLS, cells):
            if c == '-':
                continue
            kw = {'period': per} if per else {}
            figs.append(F(num(c), unit, metric, subj + ', ' + label, anchor, **kw))
    figs += [
        F(1046, 'count', 'social_care_referrals', 'contacts received by the front door in October', 'The front door received 1,046 contacts in October'),
        F(181, 'count', 'social_care_referrals', 'contacts accepted as referrals', 'of which 181 were accepted as referrals'),
        F(25, 'count', 'other', 're-referred families in the audit', 'An audit of 25 re-referred'),
        F(2, 'count', 'other', 'experienced practitioners who left the assessment team', 'after two experienced practitioners left'),
        F(24, 'count', 'child_protection_plans', 'fewer children on plans than a year ago', 'but is 24 fewer than a year ago', optional=True),
        F(19, 'count', 'child_protection_plans', 'plans that started in October', 'Of the 19 plans'),
        F(11, 'count', 'child_protection_plans', 'new plans with neglect as the main category', 'was the main category in 11'),
        F(3, 'count', 'other', 'children subject of a plan for a second time', 'Three children who became subject of a plan for a second time'),
        F(7, 'count', 'looked_after_children', 'children who came into care in October', 'Seven children came into care in October'),
        F(4, 'count', 'looked_after_children', 'children who left care in October', 'and four left'),
        F(2, 'count', 'other', 'children leaving care to special guardianship', 'two of them to special guardianship'),
        F(20, 'count', 'other', 'average caseloads below', 'average caseloads are below 20', qualifier='less than', optional=True),
    ]
    MONTHS = ['Nov 25', 'Dec 25', 'Jan 26', 'Feb 26', 'Mar 26', 'Apr 26', 'May 26', 'Jun 26', 'Jul 26', 'Aug 26']
    STARTS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']
    ENDS = ['30', '31', '31', '28', '31', '30', '31', '30', '31', '31']
    for label, metric, subj, vals in [
            ('Children subject of a child protection plan 236 231 229 224 219 215 212 210 206 204 209 214', 'child_protection_plans',
             'children subject of a child protection plan at month end', [236, 231, 229, 224, 219, 215, 212, 210, 206, 204]),
            ('Children looked after 334 336 338 340 341 343 344 346 347 348 349 352', 'looked_after_children',
             'children looked after at month end', [334, 336, 338, 340, 341, 343, 344, 346, 347, 348])]:
        for m, st, en, v in zip(MONTHS, STARTS, ENDS, vals):
            figs.append(F(v, 'count', metric, subj + ', ' + m, label, period=P(st + '-01', st + '-' + en, m)))
    figs.append(F(50240, 'count', 'other', 'population aged 0-17 (ONS mid-2025 estimate)', 'ONS mid-2025 estimate: 50,240', optional=True))
    nf = ['CSC01', 'WF02', '45 working days', '15 working days', 'rolling 12 months', 'within 12 months', 'per 10,000', 'up to 10%', 'more than 10%',
          '4 November 2026', '03/11/2026 23:00', '12 November 2026', 'Version 1.0', 'Page 1 of 2', '2024-2027', 'third month running',
          'more than two years ago', '1 December', 'April 2025', 'Annex A - 12-month trend', 'Nov 25 Dec 25 Jan 26', 'aged 0-17',
          'within the 12 months before', 'Page 2 of 2', 'last working day of the month']
    people = [{'name': 'Ruth Penhaligon', 'role': 'Head of Service, Safeguarding and Quality Assurance, South Gloucestershire Council'}]
    bp = ['South Gloucestershire Council | Children, Adults and Health | Performance and Intelligence Team', 'OFFICIAL - SENSITIVE']
    notes = ("Monthly KPI scorecard (kind council_report), A4 landscape fpdf2 table with wrapped header cells ('Stat. / neighbours / 2025/26', 'Direction of / travel') "
             "interleaved in the extracted text and two indicator labels that wrap around their number row ('CSC01 450 411.3 ...' between label lines). Record period October 2026. "
             "Every cell is a figure: the Oct 2026 column has the record period, Target 2026/27, Sep 2026, Oct 2025, statistical neighbours 2025/26 and England 2025/26 carry their "
             "own periods; '-' cells are not figures; RAG words and 'Improving'/'Declining' are not figures. Equal values in one row are different facts "
             "(CSC02 22.4 this month and England 22.4; CSC07 41.6 Sep and England 41.6; CSC03 target 90 and Sep 90). Indicator refs (CSC01..WF02), "
             "'45 working days' and '15 working days' inside timeliness measures, 'within 12 months', 'rolling 12 months', 'per 10,000' and the RAG key thresholds ('up to 10%', "
             "'more than 10%') are not figures. The commentary repeats cells (86%, 91%, 209, 214, 352: extra mentions) and adds new figures (1,046 contacts, 312 referrals, "
             "19 new plans, 11 neglect, seven in / four out of care); '24 fewer' (a difference) and 'below 20' (caseload threshold restating 19.4) are optional. "
             "Re-referral and repeat-plan percentages keep the whole's metric; timeliness, agency and caseload rows are other. The commentary is first-person prose, not a quote. "
             "Page 2: Annex A, a 12-month trend table (column headers 'Nov 25' ... 'Oct 26'): each month-end cell is a figure with its own month period; the Sep 26 and "
             "Oct 26 cells repeat the main table (one figure each). Annex B definitions: '15 working days', 'within the 12 months before', 'aged 0-17' are not figures; "
             "the population denominator 'ONS mid-2025 estimate: 50,240' is optional.")
    gold(DOC, 'council_report', "Children's Social Care Performance Scorecard - October 2026", 'South Gloucestershire', None,
         P('2026-10-01', '2026-10-31', 'October 2026'), figs, nf, [], people, bp, notes)


if __name__ == '__main__':
    main()
