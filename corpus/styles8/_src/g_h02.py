from mk import *
Y = P('2025-08-01', '2026-07-31'); Y0 = P('2024-08-01', '2025-07-31')
rows = [('Aberdeenshire', '97', '2.2', '112', '2.5'), ('Angus', '61', '3.8', '54', '3.4'), ('Moray', '38', '2.4', '46', '2.9'),
        ('Perth and Kinross', '72', '3.0', '69', '2.9'), ('Scotland', '2,104', '2.3', '2,087', '2.3')]
figs = []
for area, n0, r0, n1, r1 in rows:
    anc = '%s %s %s %s %s' % (area, n0, r0, n1, r1)
    figs.append(F(float(n0.replace(',', '')) if False else int(n0.replace(',', '')), 'count', 'child_protection_plans', '%s children on the register at 31 July 2025' % area, anc, period=Y0))
    figs.append(F(float(r0), 'rate_per_1000', 'child_protection_plans', '%s register rate per 1,000 aged 0-15, 2025' % area, anc, period=Y0))
    figs.append(F(int(n1.replace(',', '')), 'count', 'child_protection_plans', '%s children on the register at 31 July 2026' % area, anc))
    figs.append(F(float(r1), 'rate_per_1000', 'child_protection_plans', '%s register rate per 1,000 aged 0-15, 2026' % area, anc))
figs += [F(143, 'count', 'child_protection_plans', 'registrations across the four councils', 'there were 143 registrations across the four councils'),
         F(58, 'count', 'child_protection_plans', 'Aberdeenshire registrations', 'of which Aberdeenshire accounted for 58'),
         F(1020, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs) across the four councils', '1,020 child protection inter-agency referral discussions (IRDs)'),
         F(964, 'count', 'section_47_enquiries', 'IRDs in the previous year', 'compared with 964 in the previous year', period=Y0),
         F(3, 'count', 'lcsprs_commissioned', 'learning reviews notified to the Care Inspectorate', 'notified the Care Inspectorate of three learning reviews between them')]
gold('h02_scottish_parliament_written_answer_registers.html', 'other',
     'Question reference: S6W-41872 (children on the child protection register in four councils)', None,
     None, Y, figs,
     ['S6W-41872', '4 November 2026', '18 November 2026', '11 November', 'aged 0-15', 'per 1,000', 'Guidance for Child Protection in Scotland 2021 (updated 2023)', 'CSV, 2 KB', '0131 496 0602', 'Table 1', '(a) Aberdeenshire'],
     [Q('Small numbers can move sharply from one year to the next, and I would caution against drawing conclusions from a single year.', 'Morag Kinnaird', ['Kinnaird', 'the Minister', 'Minister'], 'As the Minister told the Education, Children and Young People Committee on 11 November,', role='Minister (answering)')],
     [{'name': 'Fraser Lindsay', 'role': 'MSP, North East Scotland, Scottish Conservative and Unionist Party'}, {'name': 'Morag Kinnaird', 'role': 'Minister (answering)'}],
     ['Supporting document:', 'Enquiries: Public Information Service, 0131 496 0602.'],
     "Scottish Parliament written answer (kind other) about four councils: area null, areas Aberdeenshire, Angus, Moray, Perth and Kinross; no partnership. Period = the Scottish year to 31 July 2026 (registrations and IRDs in that year); the 2025 snapshot columns carry the year to 31 July 2025. Table cells annotated cell by cell (register count and rate per 1,000 aged 0-15, both years, including the Scotland row); anchors are the row as the visible text reads it. The value 2.9 occurs for Moray and for Perth and Kinross in 2026 and 2.3 twice for Scotland: different facts. IRDs are section_47_enquiries; learning reviews notified are lcsprs_commissioned. Traps: question reference, lodged/answered dates, guidance year '2021 (updated 2023)', '(a)'-'(d)' list markers, 'aged 0-15' and 'per 1,000' denominators, 'CSV, 2 KB'. The Minister is named only in the status line ('Answered by Morag Kinnaird'), then 'the Minister'.",
     areas=['Aberdeenshire', 'Angus', 'Moray', 'Perth and Kinross'])
