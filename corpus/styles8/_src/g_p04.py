from mk import *
Y0 = P('2025-04-01', '2026-03-31'); N = P('2024-04-01', '2025-03-31')
def row(label, cells): return label + ' ' + ' '.join(cells)
R1 = row('Children looked after per 10,000 aged under 18', ['83.1', '79.4', '88.0', '70', 'n/a'])
R2 = row('Three or more placements in the last 12 months (%)', ['9.8', '10.5', '10.2', '10', 'Low'])
R3 = row('Long-term placement stability (%)', ['68', '70', '69', '70', 'High'])
R4 = row('Care leavers aged 19-21 in education, employment or training (%)', ['54', '51', '52', '56', 'High'])
R5 = row('Care leavers aged 19-21 in suitable accommodation (%)', ['91', '89', '88', '88', 'High'])
R6 = row('Annual health assessments completed on time (%)', ['87', '84', '90', '90', 'High'])
R7 = row('Missing episodes (children looked after), year to date', ['143', '262', '-', '-', 'Low'])
f = [F(312, 'count', 'looked_after_children', 'children looked after at 30 September 2026', '312 children were looked after at 30 September 2026'),
     F(14, 'count', 'looked_after_children', 'increase in children looked after since 31 March', '14 more than at 31 March'),
     F(298, 'count', 'looked_after_children', 'children looked after at March 2026', 'Children looked after (number) 312 298 - - n/a', period=Y0),
     F(41, 'count', 'looked_after_children', 'children who came into care in the six months', '41 children came into care in the six months'),
     F(27, 'count', 'looked_after_children', 'children who left care', '27 left care'),
     F(23, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children looked after', 'Of the 312, 23 are unaccompanied asylum-seeking children'),
     F(19, 'count', 'looked_after_children', 'unaccompanied asylum-seeking children at March', 'up from 19', period=Y0),
     F(83.1, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000', 'The rate of 83.1 per 10,000'),
     F(70, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000, England', 'is above England (70)', period=N),
     F(88.0, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000, statistical neighbours', 'below our statistical neighbours (88.0)', period=N),
     F(79.4, 'rate_per_10000', 'looked_after_children', 'children looked after per 10,000 at March 2026', R1, period=Y0),
     F(9.8, 'percent', 'other', 'children looked after with three or more placements in 12 months', '9.8% of children had three or more placements in the last 12 months'),
     F(12, 'months', 'other', 'placement-count window', 'in the last 12 months', optional=True),
     F(10, 'percent', 'other', 'three or more placements, England', 'better than the England figure of 10%', period=N),
     F(10.5, 'percent', 'other', 'three or more placements at March 2026', R2, period=Y0),
     F(10.2, 'percent', 'other', 'three or more placements, statistical neighbours', R2, period=N),
     F(2.5, 'years', 'other', 'time in care threshold for long-term stability', 'two and a half years or more', optional=True),
     F(2, 'years', 'other', 'same-placement threshold', 'for at least two years', optional=True),
     F(68, 'percent', 'other', 'long-term placement stability', 'dipped to 68%'),
     F(70, 'percent', 'other', 'long-term placement stability at March 2026', R3, period=Y0),
     F(69, 'percent', 'other', 'long-term placement stability, statistical neighbours', R3, period=N),
     F(70, 'percent', 'other', 'long-term placement stability, England', R3, period=N),
     F(54, 'percent', 'other', 'care leavers aged 19 to 21 in education, employment or training', '54% of care leavers aged 19 to 21'),
     F(51, 'percent', 'other', 'care leavers in EET at March', 'up from 51% in March', period=Y0),
     F(2, 'percent', 'other', 'gap to England in care leavers EET (points)', 'still two points below England', optional=True),
     F(52, 'percent', 'other', 'care leavers in EET, statistical neighbours', R4, period=N),
     F(56, 'percent', 'other', 'care leavers in EET, England', R4, period=N),
     F(19, 'years', 'other', 'care leaver age band (lower)', 'care leavers aged 19 to 21', optional=True),
     F(21, 'years', 'other', 'care leaver age band (upper)', 'care leavers aged 19 to 21', optional=True),
     F(91, 'percent', 'other', 'care leavers in suitable accommodation', R5),
     F(89, 'percent', 'other', 'care leavers in suitable accommodation at March', R5, period=Y0),
     F(88, 'percent', 'other', 'care leavers in suitable accommodation, statistical neighbours', R5, period=N),
     F(88, 'percent', 'other', 'care leavers in suitable accommodation, England', R5, period=N),
     F(87, 'percent', 'other', 'annual health assessments on time', R6),
     F(84, 'percent', 'other', 'annual health assessments on time at March', R6, period=Y0),
     F(90, 'percent', 'other', 'annual health assessments on time, statistical neighbours', R6, period=N),
     F(90, 'percent', 'other', 'annual health assessments on time, England', R6, period=N),
     F(143, 'count', 'other', 'missing episodes of children looked after, year to date', R7),
     F(262, 'count', 'other', 'missing episodes, full year 2025/26', R7, period=Y0),
     F(4, 'count', 'other', 'Children in Care Council meetings', 'met four times in the period'),
     F(38, 'count', 'other', 'young people taking part in the survey', '38 young people took part'),
     F(5, 'count', 'other', 'workers a young person told their story to', 'five different workers'),
     F(3, 'count', 'other', 'priorities in Appendix 1', 'agrees the three priorities in Appendix 1', optional=True)]
gold('p04_southend_corporate_parenting_panel_report.pdf', 'council_report',
     'Corporate Parenting Panel: Children in Care and Care Leavers Performance Report, April to September 2026', 'Southend-on-Sea',
     None, P('2026-04-01', '2026-09-30'), f,
     ['CP/26/09', '8 December 2026', 'Agenda item 6', '01632 960 615', 'Page 1 of 2', 'Appendix 1', '1.1', '2.3', 'per 10,000 aged under 18', 'n/a'],
     [Q('I like my placement but I had to tell my story to five different workers before anyone listened.', 'One young person', ['young person', 'a young person'], 'wrote:'),
      Q('Our children should not have to repeat themselves to be heard. I want the Panel to see that number of changes of worker fall by the next report.', 'Mandy Okonjo', ['Okonjo', 'Cllr Okonjo', 'Cllr Mandy Okonjo', 'Chair'], 'said:', role='Chair, Corporate Parenting Panel')],
     [{'name': 'Mandy Okonjo', 'role': 'Chair, Corporate Parenting Panel'}, {'name': 'Paul Ridley', 'role': 'Head of Service, Children in Care'}],
     ['Southend-on-Sea City Council | Corporate Parenting Panel | 8 December 2026', 'Note: Sep 2026 figures are provisional.'],
     "Corporate parenting panel report printed with reportlab in landscape (kind council_report; area Southend-on-Sea; no safeguarding partnership named: partnership null). Period = the half year April to September 2026; 'Mar 2026' column carries 2025/26 (the missing-episodes March cell is the full year, per the note); statistical-neighbour and England columns carry 2024/25. Traps: a header row whose wrapped cells ('Statistical / neighbours / (2024/25)') print on separate lines around the other headers; '-', 'n/a', 'Low', 'High' cells not figures; prose repeats table cells (312, 83.1, 70, 88.0, 9.8, 10, 68, 54, 51, 56 are one fact each, anchored in the prose where it has them); two facts with value 70 in one row (March 2026 and England long-term stability) plus the England rate 70; 88 twice and 90 twice in one row (two facts each); '14 more than at 31 March' (change count); '41 ... came into care ... 27 left'; 'Of the 312, 23 ...' ; 'two points below England' optional; age bands optional; placement stability, care-leaver and health measures are other; the young person's written words ('wrote:') are a quote; 'She asked for a breakdown' is reported speech.")
