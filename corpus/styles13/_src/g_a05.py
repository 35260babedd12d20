from mk_a import F, P, Q, gold
DOC = 'a05_south_ayrshire_open_data_cp_register.html'
rec = P('2015-08-01', '2025-07-31', '1 August 2015 to 31 July 2025')
rows = [('2024-25', '71 66 58 3.0 389 8', [71, 66, 58, 3.0, 389, 8]),
        ('2023-24', '64 70 53 2.7 352 c', [64, 70, 53, 2.7, 352, None]),
        ('2022-23', '75 62 59 3.0 341 9', [75, 62, 59, 3.0, 341, 9]),
        ('2021-22', '58 61 46 2.3 298 6', [58, 61, 46, 2.3, 298, 6]),
        ('2020-21', '52 57 49 2.5 276 c', [52, 57, 49, 2.5, 276, None])]
cols = [('count', 'child_protection_plans', 'registrations to the child protection register in the year'),
        ('count', 'child_protection_plans', 'de-registrations in the year'),
        ('count', 'child_protection_plans', 'children on the register at 31 July'),
        ('rate_per_1000', 'child_protection_plans', 'register rate per 1,000 children aged 0-15'),
        ('count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs) held'),
        ('count', 'other', 'pre-birth registrations (subset of registrations)')]
figs = []
for yr, cells, vals in rows:
    y0 = 2000 + int(yr[2:4])
    per = P('%d-08-01' % y0, '%d-07-31' % (y0 + 1), 'year ending 31 July %d' % (y0 + 1))
    for (unit, metric, subj), v in zip(cols, vals):
        if v is None:
            continue
        figs.append(F(v, unit, metric, '%s, %s' % (subj, yr), '%s %s' % (yr, cells), period=per))
last = P('2024-08-01', '2025-07-31', 'year ending 31 July 2025')
figs.append(F(2.1, 'rate_per_1000', 'child_protection_plans', 'Scotland register rate per 1,000 aged 0-15 (comparator)', 'compared with a Scotland rate of 2.1', period=last))
figs.append(F(37, 'percent', 'child_protection_plans', 'rise in registrations since 2020-21', 'Registrations have risen by 37% since 2020-21', period=P('2020-08-01', '2025-07-31', 'since 2020-21')))
p1819 = P('2018-08-01', '2019-07-31', 'year ending 31 July 2019')
figs.append(F(59, 'count', 'child_protection_plans', 'registrations 2018-19 (corrected, not in the preview)', 'Registrations for 2018-19 corrected to 59', period=p1819))
figs.append(F(61, 'count', 'child_protection_plans', 'registrations 2018-19 as previously published (superseded)', '(previously published as 61)', period=p1819, optional=True))
nf = ['fewer than five', 'Showing 5 of 10 rows', '1.4 KB', '3.1 KB', 'Open Government Licence v3.0', 'S12000028', 'Version', '5.1', '2,048', '312', 'Datasets (214)', 'Organisations (9)', '14 March 2026 09:12', '2 June 2021', '1 August 2015 to 31 July 2025', 'year_ending_31_july', 'rate_per_1000_0_15', 'aged 0-15', '01632 960248', 'CKAN 2.10', 'mid-year population estimates', '5.0', '4.0', '11 March 2025', '8 March 2024', 'from 2017-18', 'counted twice']
bp = ['Looked after children by placement type (11 resources)', 'School exclusions 2019-2025', 'Early learning and childcare: 1140 hours uptake', 'Rate this dataset: 4 out of 5 (17 ratings)', 'Powered by CKAN 2.10']
people = [{'name': 'Ruaridh Menzies', 'role': 'Performance and Information Team (maintainer)'}]
notes = ("Open-data portal (CKAN-style) dataset page (kind other). Record period = the dataset's temporal coverage (years ending 31 July 2016-2025, Scottish convention); every preview cell carries its own year period. "
         "Preview table: 5 rows x 6 value columns = 28 figures (two suppressed 'c' cells are not figures, not zeros); column names are snake_case headers ('rate_per_1000_0_15' is a header, not a figure). Registrations, de-registrations, register count and the rate per 1,000 aged 0-15 are child_protection_plans; IRDs section_47_enquiries; pre-birth registrations a feature subset (other). "
         "The description repeats the 2024-25 register count 58 and rate 3.0 (extra mentions; 3.0 also occurs for 2022-23, a different fact) and adds the Scotland comparator 2.1 and the 37% rise (percentage change keeps the metric, period since 2020-21). "
         "Decision: dataset metadata (rows 10, columns 7, file sizes, version 5.1, views 2,048, downloads 312, dataset counts in the nav, ratings) describe the file, not children, so they are not figures; 'fewer than five' is the suppression rule. JSON-LD and the API link are not visible text. A version-history line corrects a 2018-19 cell that is not in the preview (59 required with its period; the superseded 61 optional); version numbers 5.1/5.0/4.0 and 'counted twice' in the data dictionary are not figures. No quotes.")
gold(DOC, 'other', 'Child protection register: annual figures - Datasets - South Ayrshire Council Open Data', 'South Ayrshire', None, rec, figs, nf, [], people, bp, notes)
