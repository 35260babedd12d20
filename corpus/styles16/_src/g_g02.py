"""g02: report to Cabinet on unaccompanied asylum-seeking children and the National Transfer Scheme (reportlab;
numbered paragraphs, placement table, financial table). Run: /tmp/pdfgen8/bin/python _src/g_g02.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit_g import *
from reportlab.platypus import Paragraph, Spacer
from mk import F, P, Q, gold

DOC = 'g02_bexley_cabinet_report_uasc_national_transfer_scheme.pdf'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
S = styles('#00594f')
b, h1, h2, sm, cell = S['body'], S['h1'], S['h2'], S['small'], S['cell']

story = [
    Paragraph('London Borough of Bexley', h2),
    Paragraph('Cabinet, 10 November 2026. Agenda item 7', b),
    Paragraph('Unaccompanied asylum-seeking children: the National Transfer Scheme and our care leaver commitments', h1),
    Paragraph('Report of: Director of Children\u2019s Social Care. Cabinet Member: Cllr Fiona Adeyemi-Hart, Children\u2019s Services. Wards: all. Key decision: yes (reference KD 2026/118). Exempt: no.', b),
    Paragraph('1. Recommendations', h2),
    Paragraph('1.1 Cabinet is asked to (a) note the position at 30 September 2026; (b) agree that Bexley continues to accept transfers under the National Transfer Scheme (NTS) up to its threshold; and (c) approve the commissioning of 12 additional supported accommodation bed spaces for 16 and 17 year olds for two years, at a cost of up to £410,000 a year.', b),
    Paragraph('2. Background', h2),
    Paragraph('2.1 Under the NTS, each local authority is expected to look after unaccompanied asylum-seeking children (UASC) up to 0.1% of its child population. For Bexley this threshold is 62 children. The scheme has been mandatory since 2022 and operates under sections 69 to 73 of the Immigration Act 2016.', b),
    Paragraph('2.2 At 30 September 2026 the council looked after 74 UASC, 12 above the threshold, because 38 children have arrived spontaneously in the borough since April 2025, many of them presenting at Bexleyheath police station. In the six months to 30 September 2026 we received 9 children through the NTS and transferred 14 children out to other authorities, compared with 23 transferred out in the whole of 2025/26.', b),
    Paragraph('2.3 UASC make up 18% of the 409 children in our care. Nearly all are boys (94%) and the most common countries of origin are Sudan, Eritrea and Afghanistan. The Home Office letter of 12 August 2026 states that \u201cauthorities above their threshold will not ordinarily be asked to accept further transfers until their position is reviewed\u201d.', b),
    Paragraph('3. Where children live', h2),
    table([['Placement type', 'UASC', 'All children looked after'],
           ['Foster care (in-house and agency)', '27', '241'],
           ['Supported accommodation (16-17)', '36', '58'],
           ["Children's homes", '6', '49'],
           ['Other (incl. placed with parents)', '5', '61'],
           ['Total', '74', '409']], [85, 35, 50], S['accent']),
    Spacer(1, 4),
    Paragraph('Table 1. Children looked after by placement type, 30 September 2026.', sm),
    Paragraph('3.1 Of the 74, 41 are placed outside the borough, 19 of them more than 20 miles away. Age assessments were started for 17 young people in the period; in 6 cases the young person was assessed as an adult and their case closed to children\u2019s social care. Two judicial reviews of age assessment decisions are ongoing.', b),
    Paragraph('3.2 The council also supports 203 former UASC as care leavers aged 18 to 25, about 40% of all care leavers. Around 60 of these young people have no recourse to public funds while their appeals are decided, at an average cost to the council of £9,800 per young person per year.', b),
    Paragraph('4. Voice of the child', h2),
    Paragraph('4.1 A young person from the Children in Care Council told members at the October panel: \u201cWhen I came I had one bag and one phone number. The social worker was the first person who asked me what I wanted.\u201d', b),
    Paragraph('5. Financial implications', h2),
    table([['', '2025/26 actual (\u00a3000)', '2026/27 forecast (\u00a3000)'],
           ['Home Office grant (UASC and care leavers)', '5,214', '5,630'],
           ['Cost of placements and support', '6,988', '7,742'],
           ['Net pressure on the council', '(1,774)', '(2,112)']], [85, 42, 43], S['accent']),
    Spacer(1, 4),
    Paragraph('5.1 The Home Office pays \u00a3143 per child per night for children under 18 and \u00a3285 per week for each former UASC care leaver. The forecast pressure of \u00a32.1m for 2026/27 is already included in the Children\u2019s Services budget monitoring report (Cabinet, 13 October 2026, item 5).', b),
    Paragraph('Contact officer: Daniel Okwu, Head of Service, Children in Care and Care Leavers, 020 7946 0731, daniel.okwu@bexley-council.example. Background papers: none.', sm),
]
build(OUT, 'Cabinet report: UASC and the National Transfer Scheme', 'London Borough of Bexley', story,
      'Bexley Cabinet | 10 November 2026 | Item 7', 'Cabinet 10.11.26 - Item 7 - UASC and NTS', 2)

PER = P('2026-04-01', '2026-09-30', 'the six months to 30 September 2026')
Y25 = P('2025-04-01', '2026-03-31', '2025/26')
Y26 = P('2026-04-01', '2027-03-31', '2026/27')
fig = [
    F(12, 'count', 'other', 'additional supported accommodation bed spaces', 'commissioning of 12 additional supported accommodation bed spaces'),
    F(2, 'years', 'other', 'commissioning term', 'for two years'),
    F(410000, 'gbp', 'other', 'annual cost of bed spaces', 'at a cost of up to £410,000 a year', qualifier='up to'),
    F(0.1, 'percent', 'other', 'NTS threshold as share of child population', 'up to 0.1% of its child population'),
    F(62, 'count', 'other', 'NTS threshold for Bexley (UASC)', 'this threshold is 62 children'),
    F(74, 'count', 'other', 'UASC looked after', 'the council looked after 74 UASC'),
    F(12, 'count', 'other', 'UASC above the threshold', '12 above the threshold'),
    F(38, 'count', 'other', 'children arriving spontaneously since April 2025', '38 children have arrived spontaneously', period=P('2025-04-01', '2026-09-30', 'since April 2025')),
    F(9, 'count', 'other', 'children received through the NTS', 'we received 9 children through the NTS'),
    F(14, 'count', 'other', 'children transferred out under the NTS', 'transferred 14 children out'),
    F(23, 'count', 'other', 'children transferred out in 2025/26', 'compared with 23 transferred out', period=Y25),
    F(18, 'percent', 'looked_after_children', 'UASC share of children in care', 'UASC make up 18% of the 409 children'),
    F(409, 'count', 'looked_after_children', 'children in care', 'the 409 children in our care'),
    F(94, 'percent', 'other', 'UASC who are boys', 'Nearly all are boys (94%)'),
    F(27, 'count', 'other', 'UASC in foster care', 'Foster care (in-house and agency) 27 241'),
    F(241, 'count', 'looked_after_children', 'children looked after in foster care', 'Foster care (in-house and agency) 27 241'),
    F(36, 'count', 'other', 'UASC in supported accommodation', 'Supported accommodation (16-17) 36 58'),
    F(58, 'count', 'looked_after_children', 'children looked after in supported accommodation', 'Supported accommodation (16-17) 36 58'),
    F(6, 'count', 'other', "UASC in children's homes", "Children's homes 6 49"),
    F(49, 'count', 'looked_after_children', "children looked after in children's homes", "Children's homes 6 49"),
    F(5, 'count', 'other', 'UASC in other placements', 'Other (incl. placed with parents) 5 61'),
    F(61, 'count', 'looked_after_children', 'children looked after in other placements', 'Other (incl. placed with parents) 5 61'),
    F(41, 'count', 'other', 'UASC placed outside the borough', '41 are placed outside the borough'),
    F(19, 'count', 'other', 'UASC placed more than 20 miles away', '19 of them more than 20 miles away'),
    F(17, 'count', 'other', 'age assessments started', 'Age assessments were started for 17 young people'),
    F(6, 'count', 'other', 'young people assessed as adults', 'in 6 cases the young person was assessed as an adult'),
    F(2, 'count', 'other', 'judicial reviews of age assessments ongoing', 'Two judicial reviews'),
    F(203, 'count', 'other', 'former UASC care leavers', 'supports 203 former UASC as care leavers'),
    F(40, 'percent', 'other', 'former UASC share of care leavers', 'about 40% of all care leavers', qualifier='about'),
    F(60, 'count', 'other', 'care leavers with no recourse to public funds', 'Around 60 of these young people', qualifier='about'),
    F(9800, 'gbp', 'other', 'average cost per NRPF young person per year', '£9,800 per young person per year'),
    F(5214000, 'gbp', 'other', 'Home Office grant 2025/26 actual', 'Home Office grant (UASC and care leavers) 5,214 5,630', period=Y25),
    F(5630000, 'gbp', 'other', 'Home Office grant 2026/27 forecast', 'Home Office grant (UASC and care leavers) 5,214 5,630', period=Y26),
    F(6988000, 'gbp', 'other', 'cost of placements and support 2025/26', 'Cost of placements and support 6,988 7,742', period=Y25),
    F(7742000, 'gbp', 'other', 'cost of placements and support 2026/27 forecast', 'Cost of placements and support 6,988 7,742', period=Y26),
    F(-1774000, 'gbp', 'other', 'net pressure 2025/26', 'Net pressure on the council (1,774) (2,112)', period=Y25),
    F(-2112000, 'gbp', 'other', 'net pressure 2026/27 forecast', 'Net pressure on the council (1,774) (2,112)', period=Y26),
    F(2100000, 'gbp', 'other', 'forecast pressure 2026/27', 'The forecast pressure of £2.1m for 2026/27', period=Y26),
    F(143, 'gbp', 'other', 'Home Office rate per child per night', 'pays £143 per child per night'),
    F(285, 'gbp', 'other', 'Home Office rate per care leaver per week', '£285 per week'),
]
nf = ['Agenda item 7', 'KD 2026/118', '30 September 2026', '1.1', '2.3', 'sections 69 to 73', 'Immigration Act 2016', 'since 2022', '16 and 17 year olds', 'aged 18 to 25', 'Table 1', '12 August 2026', '13 October 2026, item 5', '020 7946 0731', '(16-17)', '£000']
quotes = [
    Q('authorities above their threshold will not ordinarily be asked to accept further transfers until their position is reviewed', 'the Home Office letter', ['Home Office', 'the Home Office', 'letter'], 'states'),
    Q('When I came I had one bag and one phone number. The social worker was the first person who asked me what I wanted.', 'a young person from the Children in Care Council', ['young person', 'A young person', 'Children in Care Council'], 'told'),
]
people = [{'name': 'Fiona Adeyemi-Hart', 'role': "Cabinet Member, Children's Services"}, {'name': 'Daniel Okwu', 'role': 'Head of Service, Children in Care and Care Leavers'}]
gold(DOC, 'council_report', 'Unaccompanied asylum-seeking children: the National Transfer Scheme and our care leaver commitments', 'Bexley',
     None, PER, fig, nf, quotes, people,
     ['Bexley Cabinet | 10 November 2026 | Item 7', 'Cabinet 10.11.26 - Item 7 - UASC and NTS', 'Background papers: none.'],
     "Report to Cabinet on UASC and the National Transfer Scheme (reportlab, 2 pages; no safeguarding partnership named, partnership null). Traps: numbered paragraphs (1.1, 2.3) and a key decision reference; the NTS threshold '0.1%' of child population (other percent) and the threshold count 62 and '12 above the threshold' (UASC are a feature-defined subset of children looked after: other, including the UASC placement column and the out-of-borough split; the all-children placement column keeps looked_after_children); '12 additional ... bed spaces' and '12 above' - same value, two facts; 'UASC make up 18% of the 409' (share keeps the whole's metric); boys 94% is a share of UASC, so other; placement table with a UASC column and an all-children column (the totals 74 and 409 repeat the prose); care leavers are other; ages '16 and 17 year olds', '(16-17)', 'aged 18 to 25' and '20 miles' context not figures (20 miles is inside the subset phrase); £000 table with accounting brackets (negative) and the prose '£2.1m' pressure a separate positive figure; Home Office rates per night/week (gbp other); 'since April 2025' a figure with a longer own period; a Home Office letter quoted (document speaker) and an anonymous young person.")
