"""Gold for p04 (early help annual report with reportlab-drawn bar charts)."""
from mk import F, P, Q, gold

DOC = 'p04_windsor_maidenhead_early_help_annual_report.pdf'


def fy(y):
    return P('%d-04-01' % y, '%d-03-31' % (y + 1))


def main():
    figs = [
        F(1146, 'count', 'other', 'families worked with by family hubs and early help', 'worked with 1,146 families in 2025/26'),
        F(2389, 'count', 'other', 'children in families worked with', 'including 2,389 children'),
        F(634, 'count', 'other', 'early help assessments started, 2025/26', 'rose for the fifth year running (Figure 1), to 634'),
        F(8, 'percent', 'other', 'increase in early help assessments started', 'an increase of 8% on last year'),
        F(587, 'count', 'other', 'early help assessments started, 2024/25 (bar label)', '587 600', period=fy(2024)),
        F(521, 'count', 'other', 'early help assessments started, 2023/24 (bar label)', '521 500 468', period=fy(2023)),
        F(468, 'count', 'other', 'early help assessments started, 2022/23 (bar label)', '500 468', period=fy(2022)),
        F(412, 'count', 'other', 'early help assessments started, 2021/22 (bar label)', '412 400', period=fy(2021)),
        F(41, 'percent', 'other', 'early help requests from schools', 'Most requests for help came from schools (41%)'),
        F(22, 'percent', 'other', 'requests from health visitors and midwives', 'health visitors and midwives (22%)'),
        F(17, 'percent', 'other', 'requests from families themselves', 'families themselves (17%)'),
        F(31, 'percent', 'other', 'main reason: parenting support (bar label)', 'Parenting support 31%'),
        F(24, 'percent', 'other', 'main reason: emotional wellbeing (bar label)', 'Emotional wellbeing 24%'),
        F(18, 'percent', 'other', 'main reason: school attendance (bar label)', 'School attendance 18%'),
        F(15, 'percent', 'other', 'main reason: domestic abuse (bar label)', 'Domestic abuse 15%'),
        F(12, 'percent', 'other', 'main reason: housing and money (bar label)', 'Housing and money 12%'),
        F(212, 'count', 'other', "step-downs from children's social care", 'We accepted 212 step-downs'),
        F(176, 'count', 'other', 'step-downs in 2024/25', 'up from 176 in 2024/25', period=fy(2024)),
        F(9, 'percent', 'other', "closed early help episodes stepped up to children's social care", '9% were stepped up'),
        F(12, 'percent', 'other', 'step-ups the year before', 'compared with 12% the year before', period=fy(2024)),
        F(78, 'percent', 'other', 'episodes closed with needs met', "78% of episodes closed with the family's needs met"),
        F(11, 'days', 'other', 'average wait from request to first visit (working days)', 'an average of 11 working days'),
        F(10, 'days', 'other', 'standard for first visit (working days)', 'Our standard is 10 working days'),
        F(318, 'count', 'other', 'families with successful Supporting Families claims', 'outcome claims for 318 families'),
        F(254400, 'gbp', 'other', 'Supporting Families payment-by-results income', 'bringing in £254,400'),
        F(2870000, 'gbp', 'other', 'early help budget 2025/26', 'budget for 2025/26 was £2.87m'),
        F(1120000, 'gbp', 'other', 'Supporting Families grant', 'the Supporting Families grant provided £1.12m'),
        F(46, 'count', 'other', 'early help staff', 'The service has 46 staff'),
        F(3, 'count', 'other', 'family hubs', 'across three family hubs'),
    ]
    nf = ['700', '300', '200', '100', '0 10 20 30 40', '2021/22 2022/23 2023/24 2024/25 2025/26', 'Figure 1', 'Figure 2', '9 July 2026', 'fifth year running',
          '01632 960275', '1. The year in summary']
    quotes = [
        Q('The bars on the chart are going up because schools trust us. The job now is to make sure help arrives fast enough to matter.', 'Claire Osborne',
          ['Osborne', 'Ms Osborne'], 'said', role='Head of Early Help and Family Hubs, Royal Borough of Windsor and Maidenhead'),
        Q('never once made me feel like a bad dad.', 'a father', ['father', 'A father'], 'said'),
    ]
    people = [{'name': 'Claire Osborne', 'role': 'Head of Early Help and Family Hubs, Royal Borough of Windsor and Maidenhead'}]
    bp = ['Royal Borough of Windsor and Maidenhead | Early Help Annual Report 2025/26', 'Early help: 01632 960275 | earlyhelp@rbwm-council.example']
    notes = ("Early help annual report (reportlab; kind council_report; 2 pages) whose figures partly sit in two bar charts drawn with reportlab graphics. "
             "Bar value labels ARE figures (each year's bar has its own period; the 2025/26 bar '634' repeats the prose, one figure); axis ticks are NOT figures "
             "(0-700 on Figure 1, '0 10 20 30 40' on Figure 2) and in the extracted text they interleave with the bar labels ('600', '521 500 468', '412 400'), which is the trap. "
             "Year labels under the bars are periods, not figures. Figure 2's bar labels ('Parenting support 31%') are percentages of assessments (other). "
             "Early help has no metric in metrics.json: assessments, step-downs and step-ups are other. Deadlines/averages: 11 and 10 working days. "
             "Traps: 'Figure 1', 'Figure 2', 'fifth year running' (ordinal), the meeting date, phone number, section numbers. "
             "Quotes: the head of early help (cue 'said:') and a father's fragment after 'said the team'.")
    gold(DOC, 'council_report', 'Royal Borough of Windsor and Maidenhead: Early Help Annual Report 2025/26', 'Windsor and Maidenhead',
         'Windsor and Maidenhead Safeguarding Partnership', P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
