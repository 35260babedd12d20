"""Writer i, i05: national independent inquiry interim report, summary of findings (England), plain text. No quotes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'i05_national_inquiry_children_missing_from_care_interim_report_summary.txt'
TEXT = """[SYNTHETIC DOCUMENT - invented for evaluation. There is no such inquiry: its chair, panel, evidence, findings and every figure are made up.]

THE INDEPENDENT INQUIRY INTO CHILDREN MISSING FROM CARE

Interim Report
Part A: Summary of findings and interim recommendations

Laid before Parliament pursuant to section 26 of the Inquiries Act 2005
Ordered by the House of Commons to be printed 12 November 2026
HC 388

Chair: Dame Margaret Oduya DBE
Panel: Professor Ian Castellan, Ruth Abernethy-Shaw

=====================================================================

A.1 About this report

A.1.1 The Inquiry was set up in October 2025 to examine why children in the care of local
authorities in England go missing, what happens to them while they are missing, and whether the
agencies responsible respond as they should. This interim report sets out what we have found so
far. Our final report is due in 18 months.

A.1.2 We have held 31 days of public hearings and heard from 43 witnesses. We received 1,120
written submissions, including 287 from children and young people with experience of care. We
visited 14 local authorities and spoke to 212 children and young people in groups or one to one.
Young people told us, again and again, that nobody asked them why they left.

A.1.3 The Inquiry has cost £2.8 million to the end of September 2026.

=====================================================================

A.2 The scale of the problem

A.2.1 In the year ending 31 March 2026, 14,610 children who were looked after by local
authorities in England went missing at least once, 17% of all children looked after during the
year. Between them they were missing on 81,340 occasions, an average of 5.6 episodes each. Five
years earlier, 11,980 children went missing on 64,200 occasions.

A.2.2 Going missing is concentrated. Around 1 in 10 of the children who went missing (1,520)
accounted for more than half of all episodes (42,900). Children aged 14 to 17 were 78% of
those who went missing.

A.2.3 Children living in children's homes went missing far more often than children in foster
care: 41% of children in children's homes went missing in the year, compared with 8% of children
in foster care. Children placed outside their home local authority were more likely to go
missing (23%) than those placed within it (13%).

A.2.4 A further 3,960 looked-after children were recorded as "away from placement without
authorisation" rather than missing. Local authorities do not use this category consistently, and
in our view some of these children were in fact missing.

=====================================================================

A.3 What happens while children are missing

A.3.1 Police forces gave us data on 9,870 missing episodes of looked-after children in 2025-26
in which information about the child's whereabouts or activity was recorded. In 2,140 of them
(22%) there was a record of suspected criminal or sexual exploitation.

A.3.2 The Child Safeguarding Practice Review Panel told us that 127 of the 1,090 serious incident
notifications it received in 2025-26 involved a child who had been missing from care at the time
or in the month before. Since April 2021, at least 19 children have died while missing from care
or shortly after returning.

A.3.3 We looked at 64 local child safeguarding practice reviews published between 2021 and 2026
in which going missing was a feature. Between them they made 412 recommendations. We found the
same recommendation about return home interviews in 38 of the 64 reviews.

=====================================================================

A.4 Return home interviews

A.4.1 Statutory guidance says a child should be offered an independent return home interview
within 72 hours of returning. In 2025-26, 88% of episodes were followed by an offer, but only 51%
of interviews offered were taken up, and only 37% happened within 72 hours.

A.4.2 Of the 118 local authorities that answered our survey, 29 commission their return home
interview service from a charity, 71 run it in house and 18 use a mixture. The average
contract value we were told of was £186,000 a year.

=====================================================================

A.5 Interim recommendations

We make 9 interim recommendations. The Government should respond to them within 6 months.

1  The Department for Education should replace the "away from placement without authorisation"
   category with a single definition of missing by April 2027.
2  Every child who returns should be offered a return home interview within 72 hours, by someone
   independent of the placement, and the offer should be repeated at least once.
3  Local authorities should report missing episodes to their corporate parenting boards every
   quarter, broken down by placement type and distance from home.
4  Police forces should record the outcome of every missing episode for a looked-after child on a
   national system within 12 months.
5  to 9  (set out in full in Part B, chapter 7)

=====================================================================

Part B of this report (chapters 1 to 9) sets out the evidence in full. Transcripts of the public
hearings are available at www.missing-from-care-inquiry.example. Enquiries: 020 7946 0513.
ISBN 978-1-5286-9999-0  E03281104  11/26
(c) Crown copyright 2026 - invented for evaluation.
"""

open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
PER = {'start': None, 'end': None}
FY = P('2025-04-01', '2026-03-31', 'year ending 31 March 2026')
F21 = P('2020-04-01', '2021-03-31', 'Five years earlier')
o = 'other'
L = 'looked_after_children'
figs = [
    F(18, 'months', o, 'time until the final report is due', 'Our final report is due in 18 months'),
    F(31, 'count', o, 'days of public hearings', 'We have held 31 days of public hearings'),
    F(43, 'count', o, 'witnesses heard', 'heard from 43 witnesses'),
    F(1120, 'count', o, 'written submissions received', 'We received 1,120\nwritten submissions'),
    F(287, 'count', o, 'written submissions from children and young people', 'including 287 from children and young people'),
    F(14, 'count', o, 'local authorities visited', 'visited 14 local authorities'),
    F(212, 'count', o, 'children and young people spoken to', 'spoke to 212 children and young people'),
    F(2800000, 'gbp', o, 'cost of the Inquiry to date', 'The Inquiry has cost £2.8 million to the end of September 2026',
      period=P('2025-10-01', '2026-09-30', 'to the end of September 2026')),
    F(14610, 'count', L, 'looked-after children who went missing at least once', '14,610 children who were looked after by local\nauthorities in England went missing', period=FY),
    F(17, 'percent', L, 'share of children looked after who went missing', '17% of all children looked after during the\nyear', period=FY),
    F(81340, 'count', o, 'missing episodes of looked-after children', 'they were missing on 81,340 occasions', period=FY),
    F(5.6, 'count', o, 'average missing episodes per child', 'an average of 5.6 episodes each', period=FY),
    F(11980, 'count', L, 'looked-after children who went missing five years earlier', '11,980 children went missing on 64,200 occasions', period=F21),
    F(64200, 'count', o, 'missing episodes five years earlier', '11,980 children went missing on 64,200 occasions', period=F21),
    F(10, 'percent', L, 'share of missing children accounting for most episodes (around 1 in 10)', 'Around 1 in 10 of the children who went missing', qualifier='around', period=FY, optional=True),
    F(1520, 'count', L, 'children who accounted for more than half of all episodes', '(1,520)', period=FY),
    F(42900, 'count', o, 'missing episodes accounted for by the most frequently missing children', 'more than half of all episodes (42,900)', period=FY),
    F(50, 'percent', o, 'share of episodes (more than half)', 'more than half of all episodes', qualifier='more than', period=FY, optional=True),
    F(78, 'percent', L, 'share of missing children aged 14 to 17', 'Children aged 14 to 17 were 78% of\nthose who went missing', period=FY),
    F(41, 'percent', L, "children in children's homes who went missing", "41% of children in children's homes went missing", period=FY),
    F(8, 'percent', L, 'children in foster care who went missing', 'compared with 8% of children\nin foster care', period=FY),
    F(23, 'percent', L, 'children placed outside their home authority who went missing', 'more likely to go\nmissing (23%)', period=FY),
    F(13, 'percent', L, 'children placed within their home authority who went missing', 'than those placed within it (13%)', period=FY),
    F(3960, 'count', L, 'looked-after children recorded as away from placement without authorisation', 'A further 3,960 looked-after children', period=FY),
    F(9870, 'count', o, 'missing episodes with whereabouts or activity recorded by police', 'Police forces gave us data on 9,870 missing episodes', period=FY),
    F(2140, 'count', o, 'missing episodes with suspected exploitation recorded', 'In 2,140 of them\n(22%)', period=FY),
    F(22, 'percent', o, 'share of episodes with suspected exploitation recorded', 'In 2,140 of them\n(22%)', period=FY, optional=True),
    F(127, 'count', o, 'serious incident notifications involving a child missing from care', 'told us that 127 of the 1,090 serious incident\nnotifications', period=FY),
    F(1090, 'count', 'serious_incident_notifications', 'serious incident notifications received by the national panel', 'the 1,090 serious incident\nnotifications it received in 2025-26', period=FY),
    F(19, 'count', 'child_deaths', 'children who died while missing from care or shortly after returning', 'at least 19 children have died while missing', qualifier='at least',
      period=P('2021-04-01', None, 'Since April 2021')),
    F(64, 'count', 'lcsprs_published', 'LCSPRs published 2021-2026 in which going missing was a feature', 'We looked at 64 local child safeguarding practice reviews published',
      period=P('2021-01-01', '2026-12-31', 'between 2021 and 2026')),
    F(412, 'count', 'recommendations', 'recommendations made by those reviews', 'Between them they made 412 recommendations', period=P('2021-01-01', '2026-12-31', 'between 2021 and 2026')),
    F(38, 'count', 'recommendations', 'reviews making the same return home interview recommendation', 'in 38 of the 64 reviews'),
    F(72, 'count', o, 'hours within which a return home interview should be offered (hours not a spec unit)', 'within 72 hours of returning', optional=True),
    F(88, 'percent', o, 'episodes followed by a return home interview offer', '88% of episodes were followed by an offer', period=FY),
    F(51, 'percent', o, 'return home interviews offered that were taken up', 'only 51%\nof interviews offered were taken up', period=FY),
    F(37, 'percent', o, 'return home interviews within 72 hours', 'only 37% happened within 72 hours', period=FY),
    F(118, 'count', o, 'local authorities that answered the survey', 'Of the 118 local authorities that answered our survey'),
    F(29, 'count', o, 'local authorities commissioning return home interviews from a charity', '29 commission their return home\ninterview service from a charity'),
    F(71, 'count', o, 'local authorities running return home interviews in house', '71 run it in house'),
    F(18, 'count', o, 'local authorities using a mixture', '18 use a mixture'),
    F(186000, 'gbp', o, 'average return home interview contract value a year', 'The average\ncontract value we were told of was £186,000 a year'),
    F(9, 'count', 'recommendations', 'interim recommendations', 'We make 9 interim recommendations'),
    F(6, 'months', o, 'time for the Government to respond', 'The Government should respond to them within 6 months'),
    F(12, 'months', o, 'deadline for police forces to record outcomes nationally', 'on a\n   national system within 12 months'),
]
nf = ['section 26 of the Inquiries Act 2005', '12 November 2026', 'HC 388', 'A.1.1', 'A.2.4', 'October 2025', 'aged 14 to 17', 'by April 2027',
      'in the month before', 'Part B, chapter 7', 'chapters 1 to 9', '020 7946 0513', 'ISBN 978-1-5286-9999-0', 'E03281104', 'every\n   quarter',
      'repeated at least once', '5  to 9']
bp = ['Transcripts of the public\nhearings are available at www.missing-from-care-inquiry.example.', 'ISBN 978-1-5286-9999-0  E03281104  11/26']
gold(DOC, 'other', 'The Independent Inquiry into Children Missing from Care: Interim Report, Part A', None, None, PER, figs, nf, [], [{'name': 'Margaret Oduya', 'role': 'Chair of the Inquiry'}, {'name': 'Ian Castellan', 'role': 'Panel member'}, {'name': 'Ruth Abernethy-Shaw', 'role': 'Panel member'}], bp,
     "A national statutory inquiry's interim report, summary part (England; area null, no areas; kind other: a national inquiry's report is neither a council's "
     "governance nor a publication's reporting). No record period: the Inquiry has no reporting year, and every figure with a stated year, snapshot or span "
     "carries its own period. No quotes: young people's evidence is paraphrased without quote marks; scare-quoted category names are not quotes. Traps: numbered "
     "paragraphs 'A.2.1'; inquiry process counts (days, witnesses, submissions); missing children as looked_after_children shares and counts (a placement/feature "
     "share of children in care keeps the metric) while episodes are other; 'Around 1 in 10 ... (1,520)' and 'more than half ... (42,900)': the exact count "
     "required, the hedged restatement optional; '2,140 of them (22%)'; 127 notifications involving missing children (a feature subset, other) vs 1,090 "
     "(serious_incident_notifications); 'at least 19' since April 2021 (open span); LCSPRs published over five years and their recommendations; the value 18, "
     "118 and 72 in several roles; '72 hours' (hours not a spec unit, optional) inside timeliness measures; numbered recommendation list numbers and '5  to 9' "
     "not figures; HC number, ISBN, print code and statute not figures.")
