"""Writer n, n06: a scrutiny task and finish review group's final report on social worker recruitment and retention (Darlington), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_n import styles, table, NOTE, Paragraph, Spacer, mm, colors, Table, TableStyle
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

DOC = 'n06_darlington_scrutiny_task_and_finish_review_social_worker_recruitment_retention.pdf'
S = styles('#1f4e79', size=9.5)
B, H2, SM = S['body'], S['h2'], S['small']
A = S['accent']
NP = 3


def p(t):
    return Paragraph(t, B)


def deco(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(A)
        c.rect(0, 262 * mm, 210 * mm, 35 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 16)
        c.drawString(20 * mm, 282 * mm, 'Social Work Recruitment and Retention')
        c.setFont('Helvetica', 10)
        c.drawString(20 * mm, 274 * mm, 'Report of the Task and Finish Review Group')
        c.drawString(20 * mm, 268 * mm, 'Children and Young People Scrutiny Committee - March 2026')
    else:
        c.setFont('Helvetica', 7.5)
        c.setFillColor(A)
        c.drawString(20 * mm, 287 * mm, 'Darlington Borough Council | Task and Finish Review: Social Work Recruitment and Retention')
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7.5)
    c.drawString(20 * mm, 12 * mm, 'Darlington Borough Council')
    c.drawRightString(190 * mm, 12 * mm, '%d' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


members = table([['Members of the Review Group'],
                 ['Cllr Joanne Raistrick (Chair), Cllr Imran Baig, Cllr Dorothy Fenwick, Cllr Chris McArdle, Cllr Lesley Thorne, '
                  'Cllr Ben Wardle'],
                 ['Supported by: Scrutiny Officer, Democratic Services, 01632 960455']], [170], A, zebra=None)

staff = table([['Social worker posts (FTE), at 31 January 2026', 'Number'],
               ['Establishment', '128'],
               ['Filled by permanent staff', '104'],
               ['Filled by agency social workers', '19'],
               ['Vacant', '5']], [120, 50], A, zebra='#eaf1f8')

recs = table([['No.', 'Recommendation', 'Lead'],
              ['R1', Paragraph('Introduce a retention payment of £2,000 a year for social workers who stay for three years, at an '
                               'estimated cost of £250,000 a year.', S['cell']), 'Cabinet'],
              ['R2', Paragraph('Set a target to reduce agency social workers to no more than 10% of filled posts by March 2028.', S['cell']), 'Director'],
              ['R3', Paragraph('Protect the caseload standard of 18 children, and report monthly on teams above it.', S['cell']), 'Director'],
              ['R4', Paragraph('Double the Social Work Academy intake to 28 places from September 2026.', S['cell']), 'Director'],
              ['R5', Paragraph('Extend the market supplement to the Children with Disabilities Team.', S['cell']), 'HR'],
              ['R6', Paragraph('Offer every social worker one protected development day a month.', S['cell']), 'Director'],
              ['R7', Paragraph('Report progress to this Committee within six months.', S['cell']), 'Scrutiny']],
             [12, 130, 28], A, zebra='#eaf1f8')

story = [
    Spacer(1, 22 * mm),
    members,
    Spacer(1, 3 * mm),
    Paragraph('Chair\'s foreword', H2),
    p('When we started this review, one in five of the borough\'s social work posts was filled by an agency worker or not filled '
      'at all. I wanted to know why good people leave, and what it would take for them to stay. We heard some hard things, and we '
      'have tried to report them fairly. I am grateful to every social worker who spoke to us. <i>Cllr Joanne Raistrick, Chair</i>'),
    Paragraph('1. Why we did this review', H2),
    p('1.1 The Children and Young People Scrutiny Committee agreed in July 2025 to set up a task and finish review group on '
      'social work recruitment and retention. The group met seven times between September 2025 and February 2026. It heard '
      'from 31 social workers at two focus groups, ran an online survey that 142 staff answered (a response rate of 64%), and '
      'took evidence from the Assistant Director for Children\'s Social Care, the Principal Social Worker, Human Resources and the '
      'trade unions.'),
    Paragraph('2. The context', H2),
    p('2.1 Demand has grown. Children\'s social care received 1,362 referrals in 2024/25. At 31 March 2025, 176 children were '
      'subject to a child protection plan, a rate of 61.4 per 10,000, and 289 children were in the care of the Council.'),
    Paragraph('3. What we found', H2),
    p('3.1 <b>Vacancies and agency staff.</b> At 31 January 2026 the service had 128 full-time equivalent social worker posts; '
      '24 of them were filled by agency staff or vacant (Table 1). This is a vacancy rate of 18.8%, compared with 22.4% a year '
      'earlier and an England average of 20.0%.'),
    Paragraph('Table 1: Social work establishment', SM),
    staff,
    Spacer(1, 3 * mm),
    p('3.2 Agency social workers cost the Council £1.9m in 2024/25. Each agency worker costs about £38,000 a year more than a '
      'permanent social worker on the same grade, even with the regional agreement that caps agency pay at £40 an hour.'),
    p('3.3 <b>Turnover.</b> Turnover of permanent social workers was 17% in 2024/25, against 15% for England. Most leavers had '
      'less than three years\' service. Exit interviews were completed for 12 of the 21 leavers.'),
    p('3.4 <b>Caseloads.</b> The average caseload was 19 children, above the Council\'s own standard of 18. Caseloads ranged '
      'from 12 to 27. Social workers in the assessment teams told us that the number mattered less than the churn. One told the group: '
      '"It isn\'t the 22 names. It\'s that six of them are new this week and I\'ve never met them."'),
    p('3.5 <b>The Social Work Academy.</b> The Academy took 14 newly qualified social workers in its 2025 intake. Of the 13 who '
      'joined in 2023, 11 are still with the Council, which the group regards as the strongest evidence that growing our own works.'),
    p('3.6 <b>Pay.</b> Since April 2024 the Council has paid a market supplement of £3,000 a year to social workers in the child '
      'protection and court teams.'),
    p('3.7 <b>The survey.</b> 64% of respondents said their caseload was manageable most of the time. 41% had thought about leaving '
      'in the past year; the most common reason given was workload (58%), followed by pay (33%).'),
    p('3.8 The Assistant Director for Children\'s Social Care, Gemma Stainthorpe, told the group: "We will never outbid the agencies '
      'on pay, and we should stop trying. What we can offer is a team that knows your name and a manager who has time for you." '
      'A trade union representative said members felt "counted, but not listened to".'),
    Paragraph('4. Recommendations', H2),
    p('4.1 The group makes seven recommendations.'),
    recs,
    Spacer(1, 3 * mm),
    p('4.2 The Committee is asked to endorse the report and refer the recommendations to Cabinet for a response within two months.'),
    Paragraph('Background papers: none. Contact: Democratic Services, Town Hall, Darlington, 01632 960455, scrutiny@darlington-democracy.example', SM),
]
doc = SimpleDocTemplate(os.path.join(DIR, DOC), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                        bottomMargin=22 * mm, title='Social Work Recruitment and Retention: Report of the Task and Finish Review Group',
                        author='Darlington Borough Council (synthetic)', subject=NOTE)
doc.build(story, onFirstPage=deco, onLaterPages=deco)

J26 = P('2026-01-31', '2026-01-31', 'at 31 January 2026')
J25 = P('2025-01-31', '2025-01-31', 'a year earlier')
Y24 = P('2024-04-01', '2025-03-31', '2024/25')
M25 = P('2025-03-31', '2025-03-31', 'At 31 March 2025')
figs = [
    F(20, 'percent', 'other', 'posts filled by agency workers or vacant (foreword, hedged)', 'one in five of the borough', optional=True),
    F(7, 'count', 'other', 'meetings of the review group', 'The group met seven times', optional=True),
    F(31, 'count', 'other', 'social workers heard at focus groups', 'from 31 social workers at two focus groups'),
    F(2, 'count', 'other', 'focus groups', 'two focus groups', optional=True),
    F(142, 'count', 'other', 'staff answering the online survey', 'that 142 staff answered'),
    F(64, 'percent', 'other', 'survey response rate', 'a response rate of 64%'),
    F(1362, 'count', 'social_care_referrals', "referrals to children's social care, 2024/25", 'received 1,362 referrals in 2024/25', period=Y24),
    F(176, 'count', 'child_protection_plans', 'children subject to a child protection plan at 31 March 2025', '176 children were subject to a child protection plan', period=M25),
    F(61.4, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate at 31 March 2025', 'a rate of 61.4 per 10,000', period=M25),
    F(289, 'count', 'looked_after_children', 'children in the care of the Council at 31 March 2025', '289 children were in the care of the Council', period=M25),
    F(128, 'count', 'other', 'social worker posts (FTE establishment)', 'had 128 full-time equivalent social worker posts', period=J26),
    F(24, 'count', 'other', 'posts filled by agency staff or vacant', '24 of them were filled by agency staff or vacant', period=J26),
    F(104, 'count', 'other', 'posts filled by permanent staff', 'Filled by permanent staff', period=J26),
    F(19, 'count', 'other', 'posts filled by agency social workers', 'Filled by agency social workers', period=J26),
    F(5, 'count', 'other', 'vacant posts', 'Vacant 5', period=J26),
    F(18.8, 'percent', 'other', 'vacancy rate (agency or vacant)', 'a vacancy rate of 18.8%', period=J26),
    F(22.4, 'percent', 'other', 'vacancy rate a year earlier', 'compared with 22.4% a year earlier', period=J25),
    F(20.0, 'percent', 'other', 'vacancy rate, England average', 'an England average of 20.0%'),
    F(1900000, 'gbp', 'other', 'cost of agency social workers, 2024/25', 'cost the Council £1.9m in 2024/25', period=Y24),
    F(38000, 'gbp', 'other', 'extra annual cost of an agency worker over a permanent one', 'costs about £38,000 a year more', qualifier='about'),
    F(40, 'gbp', 'other', 'regional cap on agency pay per hour', 'caps agency pay at £40 an hour'),
    F(17, 'percent', 'other', 'turnover of permanent social workers, 2024/25', 'Turnover of permanent social workers was 17% in 2024/25', period=Y24),
    F(15, 'percent', 'other', 'turnover, England, 2024/25', 'against 15% for England', period=Y24),
    F(3, 'years', 'other', "leavers' length of service threshold", "less than three years' service", optional=True),
    F(12, 'count', 'other', 'exit interviews completed', 'Exit interviews were completed for 12 of the 21 leavers'),
    F(21, 'count', 'other', 'permanent social workers who left', '12 of the 21 leavers'),
    F(19, 'count', 'other', 'average caseload (children)', 'The average caseload was 19 children'),
    F(18, 'count', 'other', "the Council's caseload standard", "the Council's own standard of 18", optional=True),
    F(12, 'count', 'other', 'lowest caseload', 'ranged from 12 to 27', optional=True),
    F(27, 'count', 'other', 'highest caseload', 'ranged from 12 to 27', optional=True),
    F(22, 'count', 'other', "a social worker's caseload (quote)", "It isn't the 22 names", optional=True),
    F(6, 'count', 'other', 'new cases this week (quote)', 'six of them are new this week', optional=True),
    F(14, 'count', 'other', 'newly qualified social workers in the 2025 Academy intake', 'The Academy took 14 newly qualified social workers'),
    F(13, 'count', 'other', 'Academy 2023 intake', 'Of the 13 who joined in 2023'),
    F(11, 'count', 'other', 'Academy 2023 intake still with the Council', '11 are still with the Council'),
    F(3000, 'gbp', 'other', 'market supplement a year', 'a market supplement of £3,000 a year'),
    F(64, 'percent', 'other', 'respondents who said their caseload was manageable', '64% of respondents said their caseload was manageable'),
    F(41, 'percent', 'other', 'respondents who had thought about leaving', '41% had thought about leaving'),
    F(58, 'percent', 'other', 'leaving reason: workload', 'workload (58%)'),
    F(33, 'percent', 'other', 'leaving reason: pay', 'pay (33%)'),
    F(7, 'count', 'other', 'recommendations of the review group', 'The group makes seven recommendations'),
    F(2000, 'gbp', 'other', 'proposed retention payment a year (R1)', 'a retention payment of £2,000 a year', optional=True),
    F(3, 'years', 'other', 'service required for the retention payment (R1)', 'who stay for three years', optional=True),
    F(250000, 'gbp', 'other', 'estimated cost of the retention payment (R1)', 'estimated cost of £250,000 a year', optional=True),
    F(10, 'percent', 'other', 'target share of agency social workers by March 2028 (R2)', 'no more than 10% of filled posts', qualifier='no more than', optional=True),
    F(28, 'count', 'other', 'proposed Academy intake (R4)', 'intake to 28 places', optional=True),
    F(6, 'months', 'other', 'progress report due (R7)', 'within six months', optional=True),
    F(2, 'months', 'other', 'Cabinet response due', 'for a response within two months', optional=True),
]
quotes = [
    Q("It isn't the 22 names. It's that six of them are new this week and I've never met them.", 'a social worker',
      ['One', 'social worker', 'an assessment team social worker', 'a social worker in the assessment teams'], 'told'),
    Q('We will never outbid the agencies on pay, and we should stop trying. What we can offer is a team that knows your name and a manager who has time for you.',
      'Gemma Stainthorpe', ['Stainthorpe', 'Ms Stainthorpe', 'the Assistant Director'], 'told', role="Assistant Director for Children's Social Care"),
    Q('counted, but not listened to', 'a trade union representative', ['trade union representative', 'the union', 'a union representative'], 'said'),
]
gold(DOC, 'council_report', 'Social Work Recruitment and Retention: Report of the Task and Finish Review Group', 'Darlington', None,
     P(None, None), figs,
     ['March 2026', '01632 960455', 'July 2025', 'September 2025 and February 2026', 'Table 1', 'per 10,000', 'Since April 2024',
      'R1', 'R7', '2028', 'September 2026', 'one protected development day a month', 'in 2023', '2025 intake'],
     quotes,
     [{'name': 'Cllr Joanne Raistrick', 'role': 'Chair of the Task and Finish Review Group'},
      {'name': 'Gemma Stainthorpe', 'role': "Assistant Director for Children's Social Care"}],
     ['Darlington Borough Council | Task and Finish Review: Social Work Recruitment and Retention', 'Background papers: none.'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). A council scrutiny task and finish review group\'s final report '
     '(kind council_report, a committee report; area Darlington; partnership null). No record period: a one-off review whose figures carry '
     'their own periods (2024/25, 31 March 2025, the 31 January 2026 snapshot, a year earlier). Context figures keep their metrics '
     '(referrals, CP plans count and rate, children in care). Workforce figures are other: Table 1 cells, the 24 agency-or-vacant posts, '
     'vacancy rates with a year-earlier and an England comparator, turnover, caseloads (standard, range and the numbers in the quote '
     'optional), Academy cohorts, survey shares. The foreword is the chair\'s first-person prose (not a quote; its "one in five" is an '
     'optional hedge). The review\'s own recommendations are other; the proposals inside them (retention payment, targets, intake, '
     'deadlines) are plans (optional). Procedural counts (meetings, focus groups) optional. Quotes: an anonymous social worker (cue told), '
     'the Assistant Director (told), a union representative\'s fragment (said).')
