"""a01: Independent Reviewing Service annual report, Neath Port Talbot (reportlab). Run: /tmp/pdfgen8/bin/python _src/a01_npt_iro.py"""
from pdf_a import *

S = []
S.append(P('Neath Port Talbot Council \u2013 Children and Young People Services', SMALL))
S.append(P('Independent Reviewing Service: Annual Report 2025-26', H1))
S.append(P('Report of the Principal Officer, Safeguarding and Reviewing Unit. Presented to the Social Services, Housing and Community Safety Scrutiny Committee, 21 January 2027 (Agenda item 9).', SMALL))
S.append(P('1. Purpose', H2))
S.append(P('1.1 This report sets out the work of the Independent Reviewing Officers (IROs) and child protection conference chairs between 1 April 2025 and 31 March 2026. It is produced under the Care Planning, Placement and Case Review (Wales) Regulations 2015 and Part 6 of the Social Services and Well-being (Wales) Act 2014, and is shared with the West Glamorgan Safeguarding Board.'))
S.append(P('2. The service', H2))
S.append(P('2.1 The unit has 7 full-time equivalent IROs, each of whom also chairs child protection conferences. One post was covered by an agency worker for most of the year. The unit budget for 2025-26 was \u00a3598,000, almost all of it staffing.'))
S.append(P('2.2 At 31 March 2026 the average caseload was 68 care experienced children per IRO, down from 72 a year earlier. National guidance suggests between 50 and 70 children for a full-time reviewing officer, so we are now inside that range for the first time since 2021-22, although conference work comes on top.'))
S.append(P('3. Reviews for care experienced children', H2))
S.append(P('3.1 There were 296 children looked after by the Council at 31 March 2026, compared with 311 at the end of 2024-25. IROs chaired 1,018 statutory reviews during the year, and 95.6% of them took place within timescale (2024-25: 93.9%). The 45 reviews that were late were mostly second reviews moved at the request of a parent or carer.'))
S.append(P('3.2 Participation remains our strongest area. 81% of children aged four and over contributed to their own review, either by attending, meeting their IRO beforehand, or sending in their views through the Mind Of My Own app. Some 214 reviews were held in the child\u2019s school, placement or a caf\u00e9 of their choosing rather than at the Civic Centre.'))
S.append(P('She told me straight what was happening with my case and she never pretended it was all fine. That is all I wanted.', QUOTE))
S.append(P('\u2013 Young person, aged 16, on their IRO', QUOTE))
S.append(P('4. Child protection conferences', H2))
S.append(P('4.1 The unit chaired 142 initial child protection conferences and 288 review conferences. 86% of initial conferences were held within 15 working days of the strategy discussion, an improvement on 79% in 2024-25 but still short of our own target of 90%.'))
S.append(P('4.2 There were 171 registrations to the child protection register and 189 de-registrations, leaving 129 children on the register at 31 March 2026 (2024-25: 147). That is a rate of 47 per 10,000 children, against a Wales rate of 41. Six children were re-registered within 12 months of a previous registration ending; the chairs looked at each of these with the team managers concerned.'))
S.append(P('5. Resolving disagreements', H2))
S.append(P('5.1 Where an IRO is worried about a child\u2019s plan, drift or the quality of practice, they raise a practice alert under the Dispute Resolution Protocol. 54 alerts were raised this year, compared with 38 last year, which we read as IROs using the protocol more confidently rather than practice getting worse. Of the 54, 41 were resolved informally with the social worker at stage 1, ten went to the team manager at stage 2 and three were escalated to the Head of Children and Young People Services at stage 3. None went to the Director, and no referral to Cafcass Cymru was needed.'))
S.append(P('5.2 The most common themes were delay in life story work (17 alerts) and plans for permanence not progressing (12 alerts).'))
S.append(table([
    ['Measure', '2024-25', '2025-26'],
    ['Children looked after at 31 March', '311', '296'],
    ['Statutory reviews held', '1,072', '1,018'],
    ['Reviews held within timescale', '93.9%', '95.6%'],
    ['Initial child protection conferences', '131', '142'],
    ['Review child protection conferences', '301', '288'],
    ['Initial conferences within 15 working days', '79%', '86%'],
    ['Children on the register at 31 March', '147', '129'],
    ['Practice alerts raised', '38', '54'],
    ['Average IRO caseload at 31 March', '72', '68'],
], [95 * mm, 35 * mm, 35 * mm]))
S.append(P('Table 1: Independent Reviewing Service activity, 2024-25 and 2025-26. Source: WCCIS case management system.', SMALL))
S.append(P('6. Priorities for 2026-27', H2))
S.append(B('Reduce average caseloads to 60 by March 2027, with the recruitment of a further 0.5 FTE IRO.'))
S.append(B('Send the written record of every review to the young person within 20 working days; this happened in 74% of reviews in 2025-26.'))
S.append(B('Run a six-month pilot of young people co-chairing their own reviews, starting with 15 volunteers from the Care Experienced Council.'))
S.append(P('The Head of Children and Young People Services, Keri Bowen, said in her response to the report:', BODY))
S.append(P('\u201cThe reviewing officers are the people who keep asking the awkward question on behalf of the child. The rise in practice alerts is something I welcome, not something I worry about.\u201d'))
S.append(P('7. Recommendation', H2))
S.append(P('7.1 That Members note the report. Contact: Rhian Pugh, Principal Officer, Safeguarding and Reviewing Unit, 01632 960417.'))
build('a01_neath_port_talbot_iro_annual_report_2025_26.pdf', 'Independent Reviewing Service: Annual Report 2025-26',
      'Neath Port Talbot Council | Independent Reviewing Service Annual Report 2025-26',
      'Scrutiny Committee 21 January 2027 | Agenda item 9', S, author='Neath Port Talbot Council')
