"""h02: annual report of a 0-19 public health nursing service (health visiting and school nursing) to a Health and
Wellbeing Board, Worcestershire (reportlab; stat cards, a mandated-contacts table with target and England columns,
footnotes, running header and footer). Writes the PDF and its gold. Run: /tmp/pdfgen8/bin/python _src/g_h02.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from mk import F, P, Q, gold
from pdfh import NOTE, styles, make_footer, cards, table

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h02_worcestershire_0_19_public_health_nursing_annual_report'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.pdf')
YR = P('2025-04-01', '2026-03-31', '2025/26')
PREV = P('2024-04-01', '2025-03-31', '2024/25')
A = '#00703C'


def build():
    st = styles(A)
    b = st['body']
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title='0-19 Public Health Nursing Service: Annual Report 2025/26', author='Severn Vale Community Health NHS Trust (invented)', subject=NOTE)
    s = []
    s.append(Paragraph('Worcestershire Health and Wellbeing Board | 10 November 2026 | Agenda item 9', st['small']))
    s.append(Paragraph('0-19 Public Health Nursing Service (Health Visiting and School Nursing): Annual Report 2025/26', st['h1']))
    s.append(Paragraph('Presented by Dr Rachel Ombaka, Head of 0-19 Services, Severn Vale Community Health NHS Trust, on behalf of Worcestershire County Council Public Health (commissioner).', b))
    s.append(cards(st, [('5,712', 'new birth visits'), ('91.4%', 'new birth visits within 14 days'), ('6,204', 'ChatHealth conversations with young people'),
                        ('508', 'children on a CP plan known to the service at 31 March')], accent=A))
    s.append(Spacer(1, 5))
    s.append(Paragraph('1. Summary', st['h2']))
    s.append(Paragraph('1.1 The 0-19 service delivers the Healthy Child Programme to around 126,000 children and young people in Worcestershire, from the antenatal period to age 19 (25 for young people with special educational needs and disabilities). The contract, worth \u00a314.6m a year, runs until March 2029.', b))
    s.append(Paragraph('1.2 2025/26 was the first year since 2019 in which every mandated contact improved on the year before. Health visitors completed 5,712 new birth visits, 91.4% of them within 14 days of birth, against a local target of 90%. The 2 to 2\u00bd year review remains the weakest contact: 76.8% were completed by the time the child was 2\u00bd.', b))
    s.append(Paragraph('2. Mandated contacts', st['h2']))
    rows = [['Table 1: Mandated contact', '2024/25', '2025/26', 'Target', 'England 2024/25'],
            ['Antenatal contact (28 weeks+)', '61.0%', '68.3%', '60%', '51.6%'],
            ['New birth visit within 14 days', '87.9%', '91.4%', '90%', '82.0%'],
            ['6 to 8 week review by 8 weeks', '84.2%', '86.5%', '85%', '80.7%'],
            ['12 month review by 12 months', '71.5%', '78.9%', '80%', '74.3%'],
            ['2 to 2\u00bd year review by 2\u00bd years', '73.0%', '76.8%', '80%', '73.9%']]
    s.append(table(rows, [62, 24, 24, 22, 30], head='#D5EBDD'))
    s.append(Spacer(1, 4))
    s.append(Paragraph('2.1 Breastfeeding prevalence at 6 to 8 weeks was 47.2%, up from 44.9% in 2024/25, but still below the England average of 49.3%. Of the 3,604 children who had an Ages and Stages Questionnaire (ASQ-3) at their 2 to 2\u00bd year review, 79.1% were at or above the expected level in all five areas.<super>1</super>', b))
    s.append(Paragraph('3. School nursing', st['h2']))
    s.append(Paragraph('3.1 School nurses supported 242 schools. The ChatHealth text service (01632 960771) received 6,204 conversations, a third of them about emotional health. The National Child Measurement Programme weighed and measured 96.2% of eligible pupils: 21.4% of Reception children and 35.9% of Year 6 children were overweight or living with obesity.', b))
    s.append(Paragraph('4. Safeguarding', st['h2']))
    s.append(Paragraph('4.1 At 31 March 2026, 508 children on a child protection plan were open to the 0-19 service, up from 463 a year earlier, together with 1,247 children in need and 731 children looked after by Worcestershire County Council who received an annual review health assessment from the school nursing team. Practitioners submitted reports to 1,412 child protection conferences, 97% of them within the three working days required by the partnership\u2019s procedures.', b))
    s.append(Paragraph('4.2 The service contributed to 6 rapid reviews and 2 local child safeguarding practice reviews during the year. One of these, concerning a baby aged 7 weeks, found that a family\u2019s move between two health visiting teams was not followed up for 19 days. The service has since introduced a same-day transfer-in call.', b))
    s.append(Paragraph('4.3 Dr Ombaka said: \u201cI am proud of the improvement in the early contacts, but I want the Board to hear the harder message too. We have 10.2 whole-time equivalent health visitor vacancies, which is 9% of the establishment, and every one of those gaps lands on a family somewhere in the county.\u201d', b))
    s.append(Paragraph('4.4 A parent who took part in the service\u2019s feedback survey wrote: \u201cMy health visitor was the only person who noticed I wasn\u2019t coping. She came back the next week, and the week after that.\u201d', b))
    s.append(Paragraph('5. Workforce and caseloads', st['h2']))
    s.append(Paragraph('5.1 The service employs 412 staff (318.6 whole-time equivalent), including 113.4 WTE health visitors and 46.0 WTE school nurses. The average health visitor caseload is 1 to 374 children under 5, against the Institute of Health Visiting\u2019s recommended maximum of 1 to 250. Staff turnover fell to 11.3% from 14.8%.', b))
    s.append(Paragraph('6. Recommendations', st['h2']))
    s.append(Paragraph('6.1 The Board is asked to (1) note the report; (2) support three priorities for 2026/27: the 2 to 2\u00bd year review, health visitor recruitment and the transfer-in standard; and (3) receive a progress update in six months.', b))
    s.append(Paragraph('Councillor Hannah Brierley, Cabinet Member with Responsibility for Health and Wellbeing, has said the council will \u201cstand behind the service\u201d in the 2027 re-procurement.', b))
    s.append(Spacer(1, 4))
    s.append(Paragraph('<super>1</super> ASQ-3 covers communication, gross motor, fine motor, problem solving and personal-social skills. England figures are OHID 2024/25 annual data; 2025/26 England data are due in November 2026. Paragraph numbers follow the Board\u2019s template (Appendix 2, page 31).', st['small']))
    doc.build(s, onFirstPage=make_footer('Severn Vale Community Health NHS Trust | 0-19 Annual Report 2025/26'),
              onLaterPages=make_footer('Severn Vale Community Health NHS Trust | 0-19 Annual Report 2025/26', 'Worcestershire Health and Wellbeing Board - 10 November 2026'))
    print('wrote', os.path.basename(OUT))
    en = P('2024-04-01', '2025-03-31', 'England 2024/25')
    m31 = P('2026-03-31', '2026-03-31', 'at 31 March 2026')
    figures = [
        F(126000, 'count', 'other', 'children and young people covered by the 0-19 service', 'around 126,000 children and young people', qualifier='around'),
        F(14600000, 'gbp', 'other', 'annual contract value', 'worth \u00a314.6m a year'),
        F(5712, 'count', 'other', 'new birth visits', 'Health visitors completed 5,712 new birth visits'),
        F(91.4, 'percent', 'other', 'new birth visits within 14 days', '91.4% of them within 14 days of birth'),
        F(14, 'days', 'other', 'timescale for the new birth visit', 'within 14 days of birth'),
        F(90, 'percent', 'other', 'local target for new birth visits within 14 days', 'against a local target of 90%'),
        F(76.8, 'percent', 'other', '2 to 2\u00bd year reviews completed by 2\u00bd', '76.8% were completed by the time the child was 2\u00bd'),
        F(61.0, 'percent', 'other', 'antenatal contacts, 2024/25', 'Antenatal contact (28 weeks+) 61.0% 68.3% 60% 51.6%', period=PREV),
        F(68.3, 'percent', 'other', 'antenatal contacts', 'Antenatal contact (28 weeks+) 61.0% 68.3% 60% 51.6%'),
        F(60, 'percent', 'other', 'target for antenatal contacts', 'Antenatal contact (28 weeks+) 61.0% 68.3% 60% 51.6%'),
        F(51.6, 'percent', 'other', 'antenatal contacts, England 2024/25', 'Antenatal contact (28 weeks+) 61.0% 68.3% 60% 51.6%', period=en),
        F(87.9, 'percent', 'other', 'new birth visits within 14 days, 2024/25', 'New birth visit within 14 days 87.9% 91.4% 90% 82.0%', period=PREV),
        F(82.0, 'percent', 'other', 'new birth visits within 14 days, England 2024/25', 'New birth visit within 14 days 87.9% 91.4% 90% 82.0%', period=en),
        F(84.2, 'percent', 'other', '6 to 8 week reviews by 8 weeks, 2024/25', '6 to 8 week review by 8 weeks 84.2% 86.5% 85% 80.7%', period=PREV),
        F(86.5, 'percent', 'other', '6 to 8 week reviews by 8 weeks', '6 to 8 week review by 8 weeks 84.2% 86.5% 85% 80.7%'),
        F(85, 'percent', 'other', 'target for 6 to 8 week reviews', '6 to 8 week review by 8 weeks 84.2% 86.5% 85% 80.7%'),
        F(80.7, 'percent', 'other', '6 to 8 week reviews, England 2024/25', '6 to 8 week review by 8 weeks 84.2% 86.5% 85% 80.7%', period=en),
        F(71.5, 'percent', 'other', '12 month reviews by 12 months, 2024/25', '12 month review by 12 months 71.5% 78.9% 80% 74.3%', period=PREV),
        F(78.9, 'percent', 'other', '12 month reviews by 12 months', '12 month review by 12 months 71.5% 78.9% 80% 74.3%'),
        F(80, 'percent', 'other', 'target for 12 month reviews', '12 month review by 12 months 71.5% 78.9% 80% 74.3%'),
        F(74.3, 'percent', 'other', '12 month reviews, England 2024/25', '12 month review by 12 months 71.5% 78.9% 80% 74.3%', period=en),
        F(73.0, 'percent', 'other', '2 to 2\u00bd year reviews, 2024/25', '73.0% 76.8% 80% 73.9%', period=PREV),
        F(80, 'percent', 'other', 'target for 2 to 2\u00bd year reviews', '73.0% 76.8% 80% 73.9%'),
        F(73.9, 'percent', 'other', '2 to 2\u00bd year reviews, England 2024/25', '73.0% 76.8% 80% 73.9%', period=en),
        F(47.2, 'percent', 'other', 'breastfeeding prevalence at 6 to 8 weeks', 'Breastfeeding prevalence at 6 to 8 weeks was 47.2%'),
        F(44.9, 'percent', 'other', 'breastfeeding prevalence, 2024/25', 'up from 44.9% in 2024/25', period=PREV),
        F(49.3, 'percent', 'other', 'breastfeeding prevalence, England average', 'the England average of 49.3%'),
        F(3604, 'count', 'other', 'children with an ASQ-3 at the 2 to 2\u00bd year review', 'Of the 3,604 children who had an Ages and Stages Questionnaire'),
        F(79.1, 'percent', 'other', 'children at or above the expected level in all five ASQ-3 areas', '79.1% were at or above the expected level'),
        F(242, 'count', 'other', 'schools supported by school nurses', 'School nurses supported 242 schools'),
        F(6204, 'count', 'other', 'ChatHealth conversations', 'received 6,204 conversations'),
        F(33.33, 'percent', 'other', 'share of ChatHealth conversations about emotional health', 'a third of them about emotional health'),
        F(96.2, 'percent', 'other', 'eligible pupils measured by the NCMP', 'measured 96.2% of eligible pupils'),
        F(21.4, 'percent', 'other', 'Reception children overweight or living with obesity', '21.4% of Reception children'),
        F(35.9, 'percent', 'other', 'Year 6 children overweight or living with obesity', '35.9% of Year 6 children'),
        F(508, 'count', 'child_protection_plans', 'children on a child protection plan open to the 0-19 service', '508 children on a child protection plan were open to the 0-19 service', period=m31),
        F(463, 'count', 'child_protection_plans', 'children on a child protection plan open to the service a year earlier', 'up from 463 a year earlier', period=P('2025-03-31', '2025-03-31', 'at 31 March 2025')),
        F(1247, 'count', 'children_in_need', 'children in need open to the service', '1,247 children in need', period=m31),
        F(731, 'count', 'looked_after_children', 'children looked after who received an annual review health assessment', '731 children looked after by Worcestershire County Council'),
        F(1412, 'count', 'other', 'child protection conferences reports submitted to', 'submitted reports to 1,412 child protection conferences'),
        F(97, 'percent', 'other', 'conference reports submitted on time', '97% of them within the three working days'),
        F(3, 'days', 'other', 'deadline for conference reports (working days)', 'within the three working days required'),
        F(6, 'count', 'rapid_reviews', 'rapid reviews the service contributed to', 'contributed to 6 rapid reviews'),
        F(2, 'count', 'lcsprs_commissioned', 'local child safeguarding practice reviews the service contributed to', '2 local child safeguarding practice reviews during the year', optional=True),
        F(7, 'weeks', 'other', 'age of the baby in one review (case fact)', 'a baby aged 7 weeks', optional=True),
        F(19, 'days', 'other', 'delay before a family transfer was followed up', 'not followed up for 19 days'),
        F(10.2, 'count', 'other', 'whole-time equivalent health visitor vacancies', 'We have 10.2 whole-time equivalent health visitor vacancies'),
        F(9, 'percent', 'other', 'health visitor vacancies as share of establishment', 'which is 9% of the establishment'),
        F(412, 'count', 'other', 'staff employed by the service', 'The service employs 412 staff'),
        F(318.6, 'count', 'other', 'whole-time equivalent staff', '(318.6 whole-time equivalent)'),
        F(113.4, 'count', 'other', 'whole-time equivalent health visitors', '113.4 WTE health visitors'),
        F(46.0, 'count', 'other', 'whole-time equivalent school nurses', '46.0 WTE school nurses'),
        F(374, 'count', 'other', 'average health visitor caseload (children under 5 per health visitor)', 'The average health visitor caseload is 1 to 374 children under 5'),
        F(250, 'count', 'other', 'recommended maximum caseload (Institute of Health Visiting)', 'recommended maximum of 1 to 250'),
        F(11.3, 'percent', 'other', 'staff turnover', 'Staff turnover fell to 11.3% from 14.8%'),
        F(14.8, 'percent', 'other', 'staff turnover, previous year', 'Staff turnover fell to 11.3% from 14.8%', period=PREV),
        F(3, 'count', 'other', 'priorities for 2026/27', 'support three priorities for 2026/27'),
        F(6, 'months', 'other', 'time to a progress update', 'receive a progress update in six months'),
    ]
    quotes = [
        Q('I am proud of the improvement in the early contacts, but I want the Board to hear the harder message too. We have 10.2 whole-time equivalent health visitor vacancies, which is 9% of the establishment, and every one of those gaps lands on a family somewhere in the county.',
          'Rachel Ombaka', ['Dr Rachel Ombaka', 'Dr Ombaka', 'Ombaka'], 'said', role='Head of 0-19 Services, Severn Vale Community Health NHS Trust'),
        Q('My health visitor was the only person who noticed I wasn\u2019t coping. She came back the next week, and the week after that.',
          'a parent', ['parent', 'A parent who took part in the service\u2019s feedback survey'], 'wrote'),
        Q('stand behind the service', 'Hannah Brierley', ['Councillor Hannah Brierley', 'Cllr Brierley'], 'has said', role='Cabinet Member with Responsibility for Health and Wellbeing'),
    ]
    people = [{'name': 'Dr Rachel Ombaka', 'role': 'Head of 0-19 Services, Severn Vale Community Health NHS Trust'},
              {'name': 'Hannah Brierley', 'role': 'Cabinet Member with Responsibility for Health and Wellbeing'}]
    nf = ['10 November 2026', 'Agenda item 9', 'to age 19', '(25 for young people', 'March 2029', 'since 2019', '(28 weeks+)', 'by 8 weeks',
          'by 12 months', '01632 960771', 'all five areas', 'Year 6', 'Reception', 'children under 5', '2027 re-procurement', 'Appendix 2, page 31',
          '(1) note the report', 'ASQ-3', 'the next week']
    bp = ['Severn Vale Community Health NHS Trust | 0-19 Annual Report 2025/26', 'Worcestershire Health and Wellbeing Board - 10 November 2026']
    notes = ("Annual report of a 0-19 public health nursing service (health visiting and school nursing) presented to a Health and "
             "Wellbeing Board (genre new), so council_report; area Worcestershire; partnership null; period 2025/26. Traps: stat cards repeat "
             "body figures; a mandated-contacts table with 2024/25 (own period), 2025/26, target and England 2024/25 columns (every cell a "
             "figure, comparators and targets other, as service coverage is not a children's social care metric); the 2025/26 cells repeat "
             "the prose; contact names that contain numbers and are not figures ('6 to 8 week review', '12 month review', '2 to 2\u00bd year', "
             "'28 weeks+', 'by 8 weeks'); the fraction '2\u00bd'; ratios '1 to 374' and '1 to 250' (caseloads, count); WTE decimals; "
             "safeguarding caseloads keep child_protection_plans / children_in_need / looked_after_children (508 with a 31 March snapshot, "
             "463 a year earlier), but conference reports are other; '6 rapid reviews' the service contributed to keeps rapid_reviews, the "
             "'2 local child safeguarding practice reviews' it contributed to are optional (not said to be commissioned in the year); the "
             "same value 80 for two targets, 3 for a deadline and priorities, 6 for reviews and months; numbers inside the lead's quote "
             "(10.2, 9%) are the only mentions and are required; a written parent quote; a councillor's fragment ('has said'); footnote "
             "marker, agenda item, appendix page number and the ChatHealth number are not figures.")
    gold(NAME + '.pdf', 'council_report', '0-19 Public Health Nursing Service (Health Visiting and School Nursing): Annual Report 2025/26',
         'Worcestershire', None, YR, figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
