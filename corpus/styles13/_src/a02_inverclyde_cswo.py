"""a02: Chief Social Work Officer annual report extract, Inverclyde (reportlab). Run: /tmp/pdfgen8/bin/python _src/a02_inverclyde_cswo.py"""
from pdf_a import *

S = []
S.append(P('Inverclyde Health and Social Care Partnership', SMALL))
S.append(P('Chief Social Work Officer Annual Report 2025-26', H1))
S.append(P('Extract: Section 5 \u2013 Children and Families; Section 6 \u2013 Public Protection (children)', H2))
S.append(P('Prepared in line with the Scottish Government template for CSWO reports. The full report (38 pages) was considered by the Integration Joint Board on 17 November 2026 and by Inverclyde Council on 26 November 2026.', SMALL))
S.append(P('5.1 Our children and young people', H2))
S.append(P('5.1.1 This year I have again seen the effect of poverty and of the cost of living on the families we work with in Greenock, Port Glasgow and Gourock. Demand at the front door has not eased. Children\u2019s services received 1,236 child protection concerns between 1 April 2025 and 31 March 2026, up 9% on the previous year, and our Request for Assistance team screened every one of them within one working day.'))
S.append(P('5.1.2 On 31 July 2025, the date used for the national Children Looked After Statistics, 214 children and young people were looked after by Inverclyde Council. By 31 March 2026 that had fallen slightly to 207. The breakdown by placement type at 31 March 2026 was:'))
S.append(B('looked after at home with parents on a Compulsory Supervision Order: 38'))
S.append(B('in formal kinship care with friends or relatives: 71'))
S.append(B('with foster carers, of whom 49 were with our own carers and 16 with carers from an independent fostering provider: 65'))
S.append(B('in our three residential children\u2019s houses or in residential schools: 30'))
S.append(B('in secure care: 3'))
S.append(P('5.1.3 Secure care. Six young people were placed in secure accommodation during the year, for an average of 47 days. The weekly charge for a secure bed under the national contract is now \u00a37,240, and secure placements cost the HSCP \u00a31.9m in 2025-26. Four of the six were aged 15 or 16 and had been reported missing more than ten times each in the months before. No young person under 16 was placed in a young offenders institution.'))
S.append(P('5.1.4 Keeping The Promise. 23 young people remained in their placement under Continuing Care, and 112 care leavers were in receipt of aftercare support. Our Champions Board met 11 times.'))
S.append(P('\u201cI stayed with my foster carer after I turned 18 and it made all the difference. I didn\u2019t have to start again on my own.\u201d', QUOTE))
S.append(P('\u2013 Member of the Inverclyde Champions Board', QUOTE))
S.append(P('6. Public protection: children', H2))
S.append(P('6.1 Inter-agency referral discussions (IRDs) remain the gateway to child protection investigation in Scotland. Police Scotland, health and social work held 302 IRDs concerning Inverclyde children in 2025-26, compared with 271 in 2024-25. 64% of IRDs led to a joint investigation and 88 led to a child protection planning meeting (CPPM).'))
S.append(table([
    ['Child protection register', '2023-24', '2024-25', '2025-26'],
    ['Registrations in year', '61', '57', '66'],
    ['De-registrations in year', '58', '63', '59'],
    ['Children on the register at 31 March', '44', '38', '45'],
    ['Rate per 1,000 children aged 0-15', '3.1', '2.7', '3.2'],
    ['Pre-birth registrations (included above)', '9', '7', '12'],
], [85 * mm, 28 * mm, 28 * mm, 28 * mm]))
S.append(P('Table 5: Child protection register, Inverclyde. Scotland rate at 31 July 2025: 2.1 per 1,000 children aged 0-15.', SMALL))
S.append(P('6.2 The register rose to 45 children at 31 March 2026, a rate of 3.2 per 1,000 children aged 0-15, well above the Scotland rate. Neglect was recorded as a concern for 29 of the 45 children and parental substance use for 21. Twelve of the 66 registrations were pre-birth, which reflects the work of our pre-birth pathway with Inverclyde Royal Hospital.'))
S.append(P('6.3 Learning reviews. The Inverclyde Child Protection Committee considered three notifications under the National Guidance for Child Protection Committees Undertaking Learning Reviews (2021). After a rapid review in each case, the CPC agreed one learning review, which is ongoing. The learning review commissioned in 2024-25 (\u2018Child D\u2019) was completed and published in February 2026 with seven recommendations. No case was referred to the Care Inspectorate for a national review.'))
S.append(P('6.4 As CSWO I am assured that children at risk of harm are identified and protected, but the rise in the register is not a trend I am comfortable with, and the CPC will look at it in detail over the coming year.'))
S.append(P('The CPC\u2019s independent chair, Morag Lindsay, told the Committee the Child D review was \u201cdifficult reading, but honest about what all of us missed\u201d.'))
S.append(P('Section 45 of the Children and Young People (Scotland) Act 2014 and section 3 of the Social Work (Scotland) Act 1968 set out the CSWO\u2019s duties. Contact: 01632 960582.', SMALL))
build('a02_inverclyde_cswo_annual_report_extract_2025_26.pdf', 'Chief Social Work Officer Annual Report 2025-26 (extract)',
      'Inverclyde HSCP | Chief Social Work Officer Annual Report 2025-26',
      'CSWO Annual Report 2025-26 | Sections 5-6', S, author='Inverclyde Health and Social Care Partnership')
