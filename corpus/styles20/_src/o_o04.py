"""Writer o, o04: an NHS trust's maternity safeguarding annual report to its safeguarding committee (Torbay), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_o import styles, table, build, Paragraph, Spacer, mm, colors, Table, TableStyle

DOC = 'o04_torbay_maternity_safeguarding_annual_report_to_safeguarding_committee.pdf'
S = styles('#005eb8', size=9.3)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']


def p(t):
    return Paragraph(t, B)


ctl = Table([[Paragraph('<b>Report to</b>', SM), Paragraph('Trust Safeguarding Committee', SM),
              Paragraph('<b>Paper</b>', SM), Paragraph('SC/26/07', SM)],
             [Paragraph('<b>Meeting date</b>', SM), Paragraph('11 June 2026', SM),
              Paragraph('<b>Purpose</b>', SM), Paragraph('Assurance', SM)],
             [Paragraph('<b>Author</b>', SM), Paragraph('Named Midwife for Safeguarding', SM),
              Paragraph('<b>Executive lead</b>', SM), Paragraph('Chief Nursing Officer', SM)],
             [Paragraph('<b>Reporting period</b>', SM), Paragraph('1 April 2025 \u2013 31 March 2026', SM),
              Paragraph('<b>Previously seen by</b>', SM), Paragraph('Maternity Governance Group', SM)]],
            colWidths=[32 * mm, 53 * mm, 32 * mm, 53 * mm])
ctl.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8aa9cc')),
                         ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8eff8')),
                         ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#e8eff8'))]))

qt = table([['Measure', 'Q1', 'Q2', 'Q3', 'Q4', '2025-26', '2024-25'],
            ['Women with a safeguarding concern recorded', '96', '104', '88', '112', '400', '371'],
            ['Referrals to children\'s social care (unborn)', '31', '36', '28', '40', '135', '118'],
            ['Babies subject of a child protection plan at birth', '6', '7', '5', '8', '26', '22'],
            ['Babies separated at birth under a court order', '3', '2', '2', '4', '11', '9']],
           [64, 13, 13, 13, 13, 19, 19], A, zebra='#e8eff8')

act = table([['Learning actions (rapid reviews and LCSPR)', 'Number'],
             ['Complete', '6'], ['On track', '2'], ['Overdue', '1'], ['Total', '9']], [80, 25], A)

story = [
    Paragraph('Torbay and South Devon NHS Foundation Trust', SM),
    Paragraph('Maternity Safeguarding Annual Report', H1),
    ctl,
    Spacer(1, 4 * mm),
    Paragraph('1. Purpose', H2),
    p('1.1 This report gives the Committee assurance that the maternity service meets its safeguarding duties under '
      'section 11 of the Children Act 2004, and sets out activity, learning and priorities for the coming year.'),
    Paragraph('2. Context', H2),
    p('2.1 The maternity service supported 2,318 births in the year, compared with 2,402 in 2024-25. 2,295 women booked '
      'for antenatal care with the Trust.'),
    p('2.2 The safeguarding maternity team is 2.6 whole-time equivalent: the Named Midwife (1.0 WTE) and two '
      'specialist safeguarding midwives (1.6 WTE), based at Torbay Hospital and in the community hubs.'),
    Paragraph('3. Safeguarding activity', H2),
    p('3.1 Table 1 shows activity by quarter. The number of women with a safeguarding concern recorded rose to 400, and '
      'referrals to children\'s social care for unborn babies rose to 135, the highest since the team began reporting '
      'quarterly.'),
    Paragraph('Table 1: Maternity safeguarding activity by quarter, 2025-26, with the previous year', SM),
    qt,
    Spacer(1, 2 * mm),
    p('3.2 Routine enquiry about domestic abuse was made at booking for 2,104 of the 2,295 women (91.7%), against a '
      'target of 95%. The shortfall is mostly at booking appointments where a partner was present; the team has '
      'introduced a second opportunity to ask at the 16-week appointment.'),
    p('3.3 The perinatal mental health team received 312 referrals from midwives. 47 women were supported by the '
      'substance use in pregnancy pathway, and 23 women booked late, after 20 weeks of pregnancy, or concealed their '
      'pregnancy.'),
]
story2 = [
    Paragraph('4. Learning from reviews', H2),
    p('4.1 The Local Authority notified the Child Safeguarding Practice Review Panel of one serious incident involving a '
      'baby born at the Trust. The baby died aged 7 weeks. The service contributed to 3 rapid reviews convened by the '
      'Torbay Safeguarding Children Partnership; two of them concerned babies under three months old.'),
    p('4.2 One rapid review led to a local child safeguarding practice review, commissioned by the Partnership in '
      'November 2025. The review was still in progress at 31 March 2026.'),
    p('4.3 Table 2 shows progress on the maternity actions from rapid review and LCSPR learning.'),
    Paragraph('Table 2: Maternity learning actions at 31 March 2026', SM),
    act,
    Spacer(1, 2 * mm),
    p('4.4 The overdue action is the sharing of fathers\u2019 and partners\u2019 details with health visitors at '
      'discharge, which depends on a change to the electronic record planned for September 2026.'),
    Paragraph('5. Supervision and training', H2),
    p('5.1 94% of community midwives received safeguarding supervision at least every three months. Level 3 '
      'safeguarding children training compliance was 89%, against the Trust standard of 90%.'),
    Paragraph('6. Priorities for 2026-27', H2),
    p('6.1 (a) Raise routine enquiry at booking to the 95% target; (b) close the overdue learning action; (c) audit 40 '
      'pre-birth plans for the quality of the birth plan and discharge arrangements.'),
    Paragraph('7. Recommendation', H2),
    p('7.1 The Committee is asked to note the report and the assurance it provides.'),
    Spacer(1, 4 * mm),
    Paragraph('Contact: Safeguarding Maternity Team, 01632 960295. Internal document: do not forward outside the Trust '
              'without the author\u2019s agreement.', SM),
]
from reportlab.platypus import PageBreak
build(os.path.join(DIR, DOC), 'Maternity Safeguarding Annual Report', 'Torbay and South Devon NHS Foundation Trust',
      story + [PageBreak()] + story2, 'Trust Safeguarding Committee | 11 June 2026 | Paper SC/26/07',
      'Torbay and South Devon NHS Foundation Trust', 2)

per = P('2025-04-01', '2026-03-31', '1 April 2025 \u2013 31 March 2026')
y1 = P('2024-04-01', '2025-03-31', '2024-25')
Qs = [P('2025-04-01', '2025-06-30', 'Q1'), P('2025-07-01', '2025-09-30', 'Q2'), P('2025-10-01', '2025-12-31', 'Q3'),
      P('2026-01-01', '2026-03-31', 'Q4')]
rows = [
    ('Women with a safeguarding concern recorded', [96, 104, 88, 112], 400, 371, 'other', 'women with a safeguarding concern recorded'),
    ("Referrals to children's social care (unborn)", [31, 36, 28, 40], 135, 118, 'social_care_referrals', "referrals to children's social care for unborn babies"),
    ('Babies subject of a child protection plan at birth', [6, 7, 5, 8], 26, 22, 'child_protection_plans', 'babies subject of a child protection plan at birth'),
    ('Babies separated at birth under a court order', [3, 2, 2, 4], 11, 9, 'court_orders', 'babies separated at birth under a court order'),
]
figs = [
    F(2318, 'count', 'other', 'births', 'supported 2,318 births in the year'),
    F(2402, 'count', 'other', 'births', 'compared with 2,402 in 2024-25', period=y1),
    F(2295, 'count', 'other', 'women booked for antenatal care', '2,295 women booked'),
    F(2.6, 'count', 'other', 'safeguarding maternity team whole-time equivalent', 'The safeguarding maternity team is 2.6 whole-time equivalent'),
    F(1.0, 'count', 'other', 'Named Midwife whole-time equivalent', 'the Named Midwife (1.0 WTE)', optional=True),
    F(2, 'count', 'other', 'specialist safeguarding midwives', 'two specialist safeguarding midwives', optional=True),
    F(1.6, 'count', 'other', 'specialist safeguarding midwives whole-time equivalent', 'specialist safeguarding midwives (1.6 WTE)', optional=True),
]
for label, qv, year, prev, metric, subj in rows:
    cells = ' '.join(str(v) for v in qv)
    for v, per_q in zip(qv, Qs):
        figs.append(F(v, 'count', metric, subj + ', ' + per_q['text'], label + ' ' + cells, period=per_q))
    yr_anchor = {400: 'rose to 400', 135: 'rose to 135'}.get(year, cells + ' %d %d' % (year, prev))
    figs.append(F(year, 'count', metric, subj, yr_anchor))
    figs.append(F(prev, 'count', metric, subj, cells + ' %d %d' % (year, prev), period=y1))
figs += [
    F(2104, 'count', 'other', 'women asked about domestic abuse at booking', 'was made at booking for 2,104 of the 2,295 women (91.7%)'),
    F(91.7, 'percent', 'other', 'routine enquiry about domestic abuse at booking', '(91.7%)', optional=True),
    F(95, 'percent', 'other', 'target for routine enquiry at booking', 'target of 95%', optional=True),
    F(312, 'count', 'other', 'referrals to the perinatal mental health team', 'received 312 referrals from midwives'),
    F(47, 'count', 'other', 'women supported by the substance use in pregnancy pathway', '47 women were supported'),
    F(23, 'count', 'other', 'women who booked late or concealed pregnancy', '23 women booked late'),
    F(1, 'count', 'serious_incident_notifications', 'serious incident notified to the Panel', 'notified the Child Safeguarding Practice Review Panel of one serious incident'),
    F(1, 'count', 'child_deaths', 'baby who died', 'The baby died aged 7 weeks'),
    F(7, 'weeks', 'other', 'age of the baby at death', 'died aged 7 weeks'),
    F(3, 'count', 'rapid_reviews', 'rapid reviews the service contributed to', 'contributed to 3 rapid reviews'),
    F(2, 'count', 'other', 'rapid reviews concerning babies under three months', 'two of them concerned babies under three months old'),
    F(1, 'count', 'lcsprs_commissioned', 'LCSPR commissioned', 'One rapid review led to a local child safeguarding practice review, commissioned'),
    F(1, 'count', 'lcsprs_ongoing', 'LCSPR in progress at year end', 'The review was still in progress at 31 March 2026'),
    F(6, 'count', 'recommendations', 'learning actions complete', 'Complete 6'),
    F(2, 'count', 'recommendations', 'learning actions on track', 'On track 2'),
    F(1, 'count', 'recommendations', 'learning actions overdue', 'Overdue 1'),
    F(9, 'count', 'recommendations', 'maternity learning actions from rapid reviews and LCSPR', 'Total 9'),
    F(94, 'percent', 'other', 'community midwives receiving safeguarding supervision', '94% of community midwives received safeguarding supervision'),
    F(3, 'months', 'other', 'supervision frequency standard', 'at least every three months', qualifier='at least'),
    F(89, 'percent', 'other', 'Level 3 safeguarding children training compliance', 'training compliance was 89%'),
    F(90, 'percent', 'other', 'Trust standard for training compliance', 'the Trust standard of 90%', optional=True),
    F(40, 'count', 'other', 'pre-birth plans to audit', 'audit 40 pre-birth plans', optional=True),
]
gold(DOC, 'council_report', 'Maternity Safeguarding Annual Report', 'Torbay', 'Torbay Safeguarding Children Partnership',
     per, figs,
     ['SC/26/07', '11 June 2026', 'section 11', 'Children Act 2004', '16-week', 'after 20 weeks', 'under three months',
      'November 2025', '31 March 2026', 'September 2026', 'Level 3', '01632 960295', 'Table 1', 'Table 2', '2026-27',
      '4.1', '(a)'],
     [],
     [],
     ['Internal document: do not forward outside the Trust without the author\u2019s agreement.',
      'Trust Safeguarding Committee | 11 June 2026 | Paper SC/26/07'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). An NHS foundation trust\'s maternity safeguarding '
     'annual report to its own safeguarding committee (council_report: an NHS trust\'s safeguarding report). **No quotes.** '
     'Period only in the document-control table ("Reporting period 1 April 2025 - 31 March 2026"); no year in the title. '
     'Partnership: the Torbay Safeguarding Children Partnership convened the rapid reviews and commissioned the LCSPR. '
     'Table 1 by quarter: every quarter cell has its quarter period, the 2025-26 column repeats/sums the year (the '
     'record period; 400 and 135 are also in prose), the 2024-25 column has its own period. Unborn referrals keep '
     'social_care_referrals; babies on a CP plan at birth child_protection_plans; separated under a court order '
     'court_orders. Value 1 for four different facts (SIN, death, LCSPR commissioned, LCSPR ongoing) and Overdue 1. '
     'Learning actions from reviews: recommendations (complete / on track / overdue / total). Count (percent) -> percent '
     'optional; targets/standards for compliance optional; the supervision interval inside the share required (timescale '
     'inside a share). Staffing WTE: total required, parts optional. "after 20 weeks", "16-week appointment", "under '
     'three months" are definitions/names, not figures. The age at death (7 weeks) is a case fact (required).')
