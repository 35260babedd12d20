"""Writer i, i01: Regulation 44 independent person's monthly visit report on a council children's home (Dorset), PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_i import styles, table, build, Paragraph, Spacer, mm, colors

DOC = 'i01_dorset_childrens_home_regulation_44_visit_report.pdf'
S = styles('#5b2c6f')
B, H2, C = S['body'], S['h2'], S['cell']
A = S['accent']


def p(t):
    return Paragraph(t, B)


story = [
    Paragraph('Regulation 44 Independent Person Report', S['h1']),
    Paragraph('The Children\'s Homes (England) Regulations 2015, Regulation 44', S['small']),
    Spacer(1, 3 * mm),
    table([
        ['Name of home', 'Heathfield House (Dorset Council)'],
        ['Ofsted URN', 'SC487219'],
        ['Registered for', '4 children aged 8 to 17'],
        ['Registered manager', 'Kerry Lanning'],
        ['Responsible individual', 'Owen Tregear, Head of Residential Services'],
        ['Independent person', 'Janice Whitcombe'],
        ['Date and time of visit', '14 October 2026, 15:40 to 19:55 (unannounced)'],
        ['Period covered', '16/09/2026 to 14/10/2026'],
        ['Last Ofsted inspection', 'Full inspection, March 2026: Good'],
    ], [55, 115], A, header_rows=0, zebra='#efe8f3'),
    Spacer(1, 3 * mm),
    Paragraph('1. Summary of findings', H2),
    p('I am satisfied that children at Heathfield House are effectively safeguarded and that the home is promoting '
      'their wellbeing. There were 3 children living at the home on the day of my visit; one bed has been empty since '
      'a planned move on 2 October. This is my 7th visit to the home. I found the home warm and well kept, but staffing '
      'remains the main risk, as it was last month.'),
    Paragraph('2. Children\'s views', H2),
    p('I spoke with two of the three children on their own, and with the third in the kitchen with staff present, as he '
      'preferred. Young person A told me: "It\'s alright here. Kerry actually listens, she got my contact with my nan sorted." '
      'Young person B said she was "bored at weekends" and wanted to go back to the climbing club.'),
    p('Young person C, who has been at the home for 11 weeks, did not want to talk about school. I have asked the manager to '
      'share my notes with his social worker.'),
    Paragraph('3. Records examined', H2),
    table([
        ['Record', 'This period', 'Previous period'],
        ['Missing from home episodes', '6', '2'],
        ['Police called to the home', '2', '1'],
        ['Physical interventions (restraint)', '3', '4'],
        ['Consequences recorded', '5', '7'],
        ['Complaints by children', '0', '1'],
        ['Regulation 40 notifications to Ofsted', '4', '2'],
        ['Agency staff shifts', '11', '6'],
    ], [90, 40, 40], A, zebra='#efe8f3'),
    Spacer(1, 2 * mm),
    p('All 6 missing episodes relate to Young person C and were short (the longest was 5 hours). Each had a return home '
      'interview offered within 72 hours; 4 were accepted. A strategy meeting was held after the third episode, and he now has a '
      'safety plan for exploitation risk. Two of the Regulation 40 notifications were for police involvement and two for the '
      'missing episodes. I read the records of all 3 physical interventions: each was proportionate, recorded within '
      '24 hours and followed by a debrief with the child.'),
    Paragraph('4. Education and health', H2),
    p('School attendance for the 3 children this period was 87%, against 91% last period. Young person C has a reduced '
      'timetable of 15 hours a week, which is due to be reviewed on 30 October. All three children are registered with a GP '
      'and a dentist; one dental check is overdue.'),
    Paragraph('5. Staffing', H2),
    p('The home has 14 posts on its staffing establishment and 2.5 full-time equivalent vacancies. Mandatory training '
      'compliance is 92% (target 95%). 10 of the 12 permanent staff had supervision within the last 4 weeks. Two new residential '
      'support workers start in November, which will bring agency use down.'),
    p('A residential support worker told me: "We are a good team but we are tired. Some weeks you do four long days in a row."'),
    Paragraph('6. Progress on previous recommendations', H2),
    p('My September report made 5 recommendations. 3 have been met, 1 is in progress (the garden fence) and 1 has not '
      'been met (the dental check above).'),
    Paragraph('7. Recommendations from this visit', H2),
    table([
        ['No.', 'Recommendation', 'By'],
        ['1', 'Complete the overdue dental check for Young person B.', '31/10/2026'],
        ['2', 'Review the missing-from-home safety plan after any further episode.', 'Ongoing'],
        ['3', 'Bring mandatory training to the 95% target.', '30/11/2026'],
        ['4', 'Ask the climbing club about a place at weekends.', '31/10/2026'],
    ], [12, 128, 30], A, zebra='#efe8f3'),
    Spacer(1, 3 * mm),
    Paragraph('8. Manager\'s response', H2),
    p('Kerry Lanning, Registered Manager, wrote: "I accept the recommendations. Young person C\'s missing episodes are our biggest '
      'worry and we are working closely with the exploitation team."'),
    Spacer(1, 3 * mm),
    Paragraph('Signed: Janice Whitcombe, Independent Person. Report sent to the registered manager, the responsible individual and '
              'Ofsted on 17 October 2026. Distribution: restricted - contains personal information.', S['small']),
]

out = os.path.join(DIR, DOC)
build(out, 'Regulation 44 Independent Person Report - Heathfield House', 'Dorset Council', story,
      'Heathfield House | Regulation 44 report | October 2026 | OFFICIAL-SENSITIVE', 'Dorset Council Children\'s Services | Residential Services', 2)

PER = {'start': '2026-09-16', 'end': '2026-10-14', 'text': '16/09/2026 to 14/10/2026'}
PP = P('2026-08-19', '2026-09-15', 'Previous period')
o = 'other'
figs = [
    F(4, 'count', o, 'children the home is registered for', 'Registered for 4 children aged 8 to 17'),
    F(8, 'years', o, 'lower registered age (range)', '4 children aged 8 to 17', optional=True),
    F(17, 'years', o, 'upper registered age (range)', '4 children aged 8 to 17', optional=True),
    F(3, 'count', 'looked_after_children', 'children living at the home', 'There were 3 children living at the home on the day of my visit'),
    F(1, 'count', o, 'empty beds', 'one bed has been empty', optional=True),
    F(7, 'count', o, 'visits by the independent person', 'This is my 7th visit to the home', optional=True),
    F(11, 'weeks', o, 'time young person C has been at the home', 'who has been at the home for 11 weeks', optional=True),
    F(6, 'count', o, 'missing from home episodes', 'Missing from home episodes 6 2'),
    F(2, 'count', o, 'missing from home episodes in the previous period', 'Missing from home episodes 6 2', period=PP),
    F(2, 'count', o, 'police called to the home', 'Police called to the home 2 1'),
    F(1, 'count', o, 'police called to the home in the previous period', 'Police called to the home 2 1', period=PP),
    F(3, 'count', o, 'physical interventions (restraint)', 'Physical interventions (restraint) 3 4'),
    F(4, 'count', o, 'physical interventions in the previous period', 'Physical interventions (restraint) 3 4', period=PP),
    F(5, 'count', o, 'consequences recorded', 'Consequences recorded 5 7'),
    F(7, 'count', o, 'consequences recorded in the previous period', 'Consequences recorded 5 7', period=PP),
    F(0, 'count', o, 'complaints by children', 'Complaints by children 0 1'),
    F(1, 'count', o, 'complaints by children in the previous period', 'Complaints by children 0 1', period=PP),
    F(4, 'count', o, 'Regulation 40 notifications to Ofsted', 'Regulation 40 notifications to Ofsted 4 2'),
    F(2, 'count', o, 'Regulation 40 notifications in the previous period', 'Regulation 40 notifications to Ofsted 4 2', period=PP),
    F(11, 'count', o, 'agency staff shifts', 'Agency staff shifts 11 6'),
    F(6, 'count', o, 'agency staff shifts in the previous period', 'Agency staff shifts 11 6', period=PP),
    F(5, 'count', o, 'longest missing episode in hours (hours not a spec unit)', 'the longest was 5 hours', optional=True),
    F(72, 'count', o, 'return home interview offer window in hours (hours not a spec unit)', 'offered within 72 hours', optional=True),
    F(4, 'count', o, 'return home interviews accepted', '4 were accepted'),
    F(1, 'count', o, 'strategy meetings held', 'A strategy meeting was held after the third episode', optional=True),
    F(2, 'count', o, 'Regulation 40 notifications for police involvement', 'Two of the Regulation 40 notifications were for police involvement'),
    F(2, 'count', o, 'Regulation 40 notifications for missing episodes', 'two for the\nmissing episodes'),
    F(87, 'percent', o, 'school attendance this period', 'School attendance for the 3 children this period was 87%'),
    F(91, 'percent', o, 'school attendance last period', 'against 91% last period', period=PP),
    F(15, 'count', o, 'reduced timetable hours a week (hours not a spec unit)', 'timetable of 15 hours a week', optional=True),
    F(1, 'count', o, 'overdue dental checks', 'one dental check is overdue'),
    F(14, 'count', o, 'posts on the staffing establishment', 'The home has 14 posts on its staffing establishment'),
    F(2.5, 'count', o, 'full-time equivalent vacancies', '2.5 full-time equivalent vacancies'),
    F(92, 'percent', o, 'mandatory training compliance', 'Mandatory training\ncompliance is 92%'),
    F(95, 'percent', o, 'mandatory training target', '(target 95%)', optional=True),
    F(10, 'count', o, 'permanent staff who had supervision within 4 weeks', '10 of the 12 permanent staff had supervision'),
    F(12, 'count', o, 'permanent staff', '10 of the 12 permanent staff'),
    F(2, 'count', o, 'new residential support workers starting', 'supervision within the last 4 weeks. Two new'),
    F(5, 'count', 'recommendations', 'recommendations in the September report', 'My September report made 5 recommendations',
      period=P('2026-08-19', '2026-09-15', 'September report')),
    F(3, 'count', 'recommendations', 'previous recommendations met', '3 have been met'),
    F(1, 'count', 'recommendations', 'previous recommendations in progress', '1 is in progress'),
    F(1, 'count', 'recommendations', 'previous recommendations not met', '1 has not\nbeen met'),
    F(4, 'count', 'recommendations', 'recommendations from this visit', '7. Recommendations from this visit', optional=True),
]
nf = ['Regulations 2015', 'Regulation 44', 'SC487219', '15:40 to 19:55', '16/09/2026 to 14/10/2026', 'March 2026', '2 October',
      'within the last 4 weeks', '30 October', '31/10/2026', '30/11/2026', '17 October 2026', 'four long days', 'after the third episode',
      'recorded within\n24 hours']
qs = [
    Q("It's alright here. Kerry actually listens, she got my contact with my nan sorted.", 'Young person A', ['young person', 'a child', 'Young person A'], 'told'),
    Q('bored at weekends', 'Young person B', ['young person', 'a child'], 'said'),
    Q('We are a good team but we are tired. Some weeks you do four long days in a row.', 'a residential support worker',
      ['residential support worker', 'a member of staff', 'staff member'], 'told'),
    Q("I accept the recommendations. Young person C's missing episodes are our biggest worry and we are working closely with the exploitation team.",
      'Kerry Lanning', ['Lanning', 'Ms Lanning', 'the registered manager', 'Kerry'], 'wrote', role='Registered Manager'),
]
people = [{'name': 'Kerry Lanning', 'role': 'Registered Manager'}, {'name': 'Owen Tregear', 'role': 'Responsible individual, Head of Residential Services'},
          {'name': 'Janice Whitcombe', 'role': 'Independent person'}]
bp = ['Heathfield House | Regulation 44 report | October 2026 | OFFICIAL-SENSITIVE', "Dorset Council Children's Services | Residential Services",
      'Distribution: restricted - contains personal information.']
gold(DOC, 'other', 'Regulation 44 Independent Person Report', 'Dorset', None, PER, figs, nf, qs, people, bp,
     "A Regulation 44 independent person's monthly visit report on a council-run children's home (kind other: an independent monitoring report to the provider "
     "and Ofsted, like an inspection letter; not a committee paper). Period from a form field 'Period covered 16/09/2026 to 14/10/2026'; the 'Previous period' "
     "column is the month before (own period, dates inferred from the visit pattern). Traps: a key-value form table (URN, times, dates not figures; registered "
     "age range two optional figures); children living at the home are looked after (looked_after_children); a two-column records table where 2 appears for "
     "several facts; 'Police called to the home' is not police protection (other); hours not a spec unit (optional); 'offered within 72 hours' a timeliness window; '10 of the 12' both required; target "
     "optional; previous recommendations met / in progress / not met keep recommendations; the new recommendations table's count only implied (optional); "
     "table row numbers 1-4 not figures; 'Two new residential support workers' is split by the page footer and header (anchor before the break); a child's quote with 'told', a scare-quoted fragment with 'said', an anonymous worker, the manager 'wrote'.")
