"""a03: NHS board paper on children's public protection for East Lothian and Midlothian (reportlab). Run: /tmp/pdfgen8/bin/python _src/a03_lothian_board.py"""
from pdf_a import *

S = []
S.append(P('NHS Lothian \u2013 Healthcare Governance Committee', SMALL))
S.append(P('Paper 7.3 | Meeting of 4 February 2027 | For: Assurance', SMALL))
S.append(P('Child Protection Assurance Report: East Lothian and Midlothian, 1 April to 30 September 2026', H1))
S.append(P('Executive lead: Nurse Director. Author: Dr Helen Marwick, Lead Paediatrician for Child Protection, and Gillian Rennie, Lead Nurse, Child Protection (East and Midlothian).', SMALL))
S.append(P('1. Situation', H2))
S.append(P('1.1 This paper gives the Committee assurance on NHS Lothian\u2019s contribution to protecting children in the two council areas covered by the East Lothian and Midlothian Public Protection Committee (EMPPC). It covers the first half of 2026-27 and compares it with the same six months of 2025-26. Members are asked to accept <b>moderate assurance</b>.'))
S.append(P('2. Background', H2))
S.append(P('2.1 The Child Protection Health Team supports NHS staff in both areas. It has 9.6 whole-time equivalent (WTE) posts, of which 1.0 WTE Nurse Adviser post has been vacant since June 2026. The team is part of the Public Protection Service and reports through the Public Protection Oversight Group.'))
S.append(P('3. Assessment', H2))
S.append(P('3.1 Inter-agency referral discussions. Health took part in 458 IRDs between April and September: 251 in East Lothian and 207 in Midlothian. In the same period of 2025-26 the total was 401. A health representative contributed to 97% of IRDs within the agreed timescale.'))
S.append(P('3.2 Concerns raised by NHS staff. Health staff raised 563 child protection concerns with the two councils (East Lothian 309, Midlothian 254), which is 23% of all concerns received by the two councils. Most came from health visiting, the Emergency Department at the Royal Infirmary and adult mental health services. There were 74 referrals for unborn babies.'))
S.append(P('3.3 Joint paediatric and forensic examinations. The team carried out 31 child protection medicals, 19 for suspected physical abuse and 12 for neglect. All but two were completed within 24 hours of the IRD.'))
S.append(P('3.4 Rapid reviews and learning reviews. The Lead Paediatrician or the Lead Nurse attended all four rapid reviews convened by the EMPPC in the period (three in East Lothian, one in Midlothian). Two of these led to a decision to commission a learning review; both are at an early stage and health chronologies have been submitted. The Midlothian learning review agreed in 2025-26 (\u2018Baby M\u2019) was published in August 2026. It found that \u201cinformation about the father\u2019s previous convictions sat in three health records but was never brought together\u201d. Its eleven recommendations include three for NHS Lothian.'))
S.append(P('3.5 Training. Compliance with child protection training under the National Framework at 30 September 2026 is shown below. Staff in Level 3 (intensive contact) roles remain below the 90% standard.'))
S.append(table([
    ['Workforce level', 'Staff in scope', 'Compliant', 'Compliance', 'March 2026'],
    ['General contact (Level 1)', '4,812', '4,571', '95%', '93%'],
    ['Specific contact (Level 2)', '1,936', '1,684', '87%', '84%'],
    ['Intensive contact (Level 3)', '642', '488', '76%', '71%'],
], [55 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm]))
S.append(P('Table 1: Child protection training compliance, East Lothian and Midlothian health staff, 30 September 2026. Source: LearnPro.', SMALL))
S.append(P('3.6 Supervision. 81% of health visitors and family nurses received child protection supervision at least every three months, against a standard of 95%. This is the main reason for moderate rather than significant assurance.'))
S.append(P('3.7 Risk. Risk 5189 (capacity of the Child Protection Health Team) remains on the corporate risk register with a current rating of High (12).'))
S.append(P('3.8 What families told us. A parent who took part in the Baby M review said: \u201cEvery appointment felt like starting from the beginning. Nobody seemed to know what the last person had been told.\u201d'))
S.append(P('4. Recommendation', H2))
S.append(P('4.1 The Committee is asked to: note the increase in IRDs of 14% compared with the same period last year; note the training and supervision position and the improvement plan (Appendix 2); and accept moderate assurance.'))
S.append(P('Contact: Public Protection Service, 0131 496 0274.', SMALL))
build('a03_nhs_lothian_child_protection_assurance_east_midlothian.pdf', 'Child Protection Assurance Report: East Lothian and Midlothian',
      'NHS Lothian | Healthcare Governance Committee | 4 February 2027 | Paper 7.3',
      'OFFICIAL', S, author='NHS Lothian')
