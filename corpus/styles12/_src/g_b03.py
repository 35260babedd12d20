"""b03: national statistics release excerpt ('Characteristics of children in need' style page). This script writes the
HTML document (tables generated from the rows below, prose by hand) and its gold."""
import os
from mk_b import F, P, Q, gold, DIR

DOC = 'b03_characteristics_of_children_in_need_2026_release.html'
Y25 = P('2025-04-01', '2026-03-31', '2025-26')
Y24 = P('2024-04-01', '2025-03-31', '2024-25')
M26 = P('2026-03-31', '2026-03-31', '31 March 2026')
M25 = P('2025-03-31', '2025-03-31', '31 March 2025')

# region, CIN at 31 March 2026, rate 2026, rate 2025 (revised), change %
T1 = [
    ('North East', '23,680', '455.2', '461.0', '-1.3'),
    ('North West', '61,940', '389.0', '392.6', '-0.9'),
    ('Yorkshire and The Humber', '42,170', '352.4', '350.1', '0.7'),
    ('East Midlands', '30,110', '301.7', '305.2', '-1.1'),
    ('West Midlands [note 4]', '46,220', '355.9', 'x', 'x'),
    ('East of England', '39,410', '288.3', '290.4', '-0.7'),
    ('London', '63,880', '325.1', '331.0', '-1.8'),
    ('South East', '54,050', '286.4', '288.3', '-0.7'),
    ('South West', '34,010', '318.0', '315.5', '0.8'),
    ('England', '395,470', '331.8', '335.2', '-1.0'),
]
# region, CP plans at 31 March 2026, rate, rank, S47 enquiries 2025-26 rate
T2 = [
    ('North East', '2,660', '50.8', '1', '221.4'),
    ('North West', '7,120', '44.7', '3', '203.9'),
    ('Yorkshire and The Humber', '5,010', '41.9', '4', '188.6'),
    ('East Midlands', '3,980', '39.9', '6', '170.2'),
    ('West Midlands', '5,900', '45.4', '2', '196.0'),
    ('East of England', '4,470', '32.7', '9', '151.8'),
    ('London [note 5]', '7,030', '35.8', '8', 'x'),
    ('South East', '7,240', '38.4', '7', '163.3'),
    ('South West', '4,480', '41.9', '4', '174.5'),
    ('England', '47,890', '40.6', 'z', '180.7'),
]


def num(s):
    s = s.replace(',', '')
    return float(s) if '.' in s else int(s)


HTML_HEAD = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: this statistics release, its people and every figure are made up; only region names are real. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Characteristics of children in need, Reporting year 2026 - Explore education statistics - GOV.UK (synthetic example)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__DATA_LAYER__ = {"release":"2026","publication":"characteristics-of-children-in-need","views":18342};</script>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><div class="govuk-header__container"><span class="govuk-header__logotype-text">GOV.UK</span> <span class="govuk-header__service-name">Explore education statistics</span></div></header>
<div class="govuk-phase-banner"><strong class="govuk-tag">Beta</strong> This is a new service &ndash; your <a href="https://feedback.example/ees">feedback</a> will help us to improve it.</div>
<nav class="govuk-breadcrumbs"><ol><li>Home</li><li>Find statistics and data</li><li>Characteristics of children in need</li></ol></nav>
<main id="main-content" class="govuk-main-wrapper">
<span class="govuk-caption-xl">Reporting year 2026</span>
<h1 class="govuk-heading-xl">Characteristics of children in need</h1>
<dl class="dfe-meta"><dt>Published</dt><dd>30 October 2026</dd><dt>Next update</dt><dd>October 2027</dd><dt>Release type</dt><dd>Accredited official statistics</dd></dl>
<p class="govuk-body-l">Statistics on children in need in England, including referrals, assessments, section 47 enquiries and child protection plans, for the year ending 31 March 2026.</p>

<h2 class="govuk-heading-l" id="headline-facts">Headline facts and figures - 2025-26</h2>
<ul class="govuk-list govuk-list--bullet">
<li><strong>395,470 children in need</strong> at 31 March 2026, down 1.0% on 2025 and the third annual fall. This is a rate of 331.8 per 10,000 children.</li>
<li><strong>612,300 referrals</strong> to children's social care in the year, down from 628,900 in 2024-25. Just over one in five (21.4%) were re-referrals within 12 months of a previous referral.</li>
<li><strong>213,600 section 47 enquiries</strong> started, a rate of 180.7 per 10,000 children, and 82,750 initial child protection conferences.</li>
<li><strong>47,890 children on a child protection plan</strong> at 31 March 2026 - a rate of 40.6 per 10,000, down from 41.2 a year earlier. The North East remains the highest region at 50.8 per 10,000.</li>
<li>Neglect was the initial category of abuse for <strong>48.6%</strong> of child protection plans starting in the year; emotional abuse for 36.9%.</li>
</ul>

<div class="govuk-inset-text">The number of children in need fell in six of the nine regions. Rates remain highest in the North East and lowest in the South East.</div>

<h2 class="govuk-heading-l" id="regional">Children in need and child protection plans by region</h2>
<p class="govuk-body">Table 1 shows children in need at 31 March by region. Rates are per 10,000 children aged under 18 [note 2]. Figures are rounded to the nearest 10 [note 1].</p>
'''


def table1():
    out = ['<table class="govuk-table" id="table-1"><caption class="govuk-table__caption">Table 1: Children in need at 31 March, by region, 2025 and 2026 [note 1] [note 3]</caption>',
           '<thead><tr><th scope="col">Region</th><th scope="col">Children in need 2026</th><th scope="col">Rate per 10,000 children 2026 [note 2]</th>'
           '<th scope="col">Rate per 10,000 children 2025 (revised) [note 3]</th><th scope="col">Percentage change in number 2025 to 2026</th></tr></thead><tbody>']
    for r in T1:
        out.append('<tr><th scope="row">%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r)
    out.append('</tbody></table>')
    return '\n'.join(out)


def table2():
    out = ['<table class="govuk-table" id="table-2"><caption class="govuk-table__caption">Table 2: Children on a child protection plan at 31 March 2026 and section 47 enquiries in 2025-26, by region</caption>',
           '<thead><tr><th scope="col">Region</th><th scope="col">Children on a child protection plan</th><th scope="col">Rate per 10,000 children [note 2]</th>'
           '<th scope="col">Rank of rate (1 = highest)</th><th scope="col">Section 47 enquiries, rate per 10,000 children [note 2]</th></tr></thead><tbody>']
    for r in T2:
        out.append('<tr><th scope="row">%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r)
    out.append('</tbody></table>')
    return '\n'.join(out)


HTML_TAIL = '''
<p class="govuk-body">Symbols: <code>x</code> = not available, suppressed for data quality; <code>z</code> = not applicable. Regions with equal rates share a rank.</p>

<h3 class="govuk-heading-m">Notes</h3>
<ol class="govuk-list govuk-list--number" id="notes">
<li id="note-1">[note 1] Numbers are rounded to the nearest 10. Rates and percentages are calculated from unrounded figures, so totals may not equal the sum of their parts.</li>
<li id="note-2">[note 2] Rates use ONS mid-2025 population estimates of children aged 0 to 17.</li>
<li id="note-3">[note 3] 2025 figures have been revised; see the revisions section.</li>
<li id="note-4">[note 4] One West Midlands local authority submitted incomplete data for 2025, so the 2025 rate and the change are not shown for the region.</li>
<li id="note-5">[note 5] Section 47 data for London are suppressed because two boroughs could not separate enquiries from strategy discussions in their 2025-26 return.</li>
</ol>

<h2 class="govuk-heading-l" id="revisions">Revisions</h2>
<p class="govuk-body">Figures for 2024-25 have been revised following late returns from three local authorities. The number of children in need at 31 March 2025 has been revised from 398,620 to 399,480, and the England child protection plan rate for 31 March 2025 from 41.0 to 41.2 per 10,000. No other 2024-25 headline figure changed by more than 0.1%.</p>
<p class="govuk-body">In last year's release, the number of referrals in 2024-25 was published as 627,400; the revised figure is 628,900.</p>

<h2 class="govuk-heading-l" id="downloads">Data downloads</h2>
<ul class="govuk-list">
<li><a href="https://stats.example/cin/2026/b1_children_in_need.csv">b1_children_in_need.csv</a> (CSV, 2.4 MB, 18,340 rows)</li>
<li><a href="https://stats.example/cin/2026/c1_child_protection_plans.csv">c1_child_protection_plans.csv</a> (CSV, 1.1 MB)</li>
<li><a href="https://stats.example/cin/2026/a1_referrals_assessments.csv">a1_referrals_assessments.csv</a> (CSV, 3.8 MB)</li>
<li><a href="https://stats.example/cin/2026/all_files.zip">Download all data (ZIP, 9.6 MB)</a></li>
</ul>

<h2 class="govuk-heading-l" id="contact">Contact us</h2>
<p class="govuk-body">Children in Need statistics team, Department for Education. Email: cin.statistics@education.example. Telephone: Harriet Osei, 020 7946 0557.</p>
<p class="govuk-body">Responsible statistician: Harriet Osei. Press enquiries: 020 7946 0560.</p>
</main>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated. &copy; Crown copyright</p><p>Cookies | Accessibility statement | Privacy notice</p></footer>
</body>
</html>
'''


def main():
    html = HTML_HEAD + table1() + '\n\n<p class="govuk-body">Table 2 shows child protection plans and section 47 enquiries by region.</p>\n' + table2() + HTML_TAIL
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(html)
    figs = [
        F(395470, 'count', 'children_in_need', 'children in need at 31 March 2026, England', '395,470 children in need'),
        F(1.0, 'percent', 'children_in_need', 'fall in children in need on 2025', 'down 1.0% on 2025'),
        F(331.8, 'rate_per_10000', 'children_in_need', 'children in need rate, England', 'This is a rate of 331.8 per 10,000 children'),
        F(612300, 'count', 'social_care_referrals', "referrals to children's social care, 2025-26", '612,300 referrals'),
        F(628900, 'count', 'social_care_referrals', 'referrals in 2024-25 (revised)', 'down from 628,900 in 2024-25', period=Y24),
        F(21.4, 'percent', 'social_care_referrals', 're-referrals within 12 months', 'Just over one in five (21.4%) were re-referrals'),
        F(20, 'percent', 'social_care_referrals', 're-referrals (one in five)', 'Just over one in five', qualifier='more than', optional=True),
        F(213600, 'count', 'section_47_enquiries', 'section 47 enquiries started', '213,600 section 47 enquiries'),
        F(82750, 'count', 'other', 'initial child protection conferences', '82,750 initial child protection conferences'),
        F(47890, 'count', 'child_protection_plans', 'children on a child protection plan at 31 March 2026, England', '47,890 children on a child protection plan'),
        F(41.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate a year earlier (revised)', 'down from 41.2 a year earlier', period=M25),
        F(48.6, 'percent', 'child_protection_plans', 'plans starting with neglect as initial category', 'for 48.6% of child protection plans'),
        F(36.9, 'percent', 'child_protection_plans', 'plans starting with emotional abuse as initial category', 'emotional abuse for 36.9%'),
        F(6, 'count', 'other', 'regions where children in need fell', 'fell in six of the nine regions'),
        F(399480, 'count', 'children_in_need', 'children in need at 31 March 2025 (revised)', 'from 398,620 to 399,480', period=M25),
        F(398620, 'count', 'children_in_need', 'children in need at 31 March 2025 (as first published)', 'from 398,620 to 399,480', period=M25, optional=True),
        F(41.0, 'rate_per_10000', 'child_protection_plans', 'England plan rate at 31 March 2025 (as first published)', 'from 41.0 to 41.2 per 10,000', period=M25, optional=True),
        F(627400, 'count', 'social_care_referrals', 'referrals 2024-25 as first published', 'was published as 627,400', period=Y24, optional=True),
        F(3, 'count', 'other', 'local authorities with late returns', 'late returns from three local authorities'),
    ]
    for reg, n, r26, r25, ch in T1:
        name = reg.replace(' [note 4]', '')
        anchor = ' '.join(x for x in (reg, n, r26, r25, ch))
        figs.append(F(num(n), 'count', 'children_in_need', 'children in need at 31 March 2026, ' + name, anchor))
        figs.append(F(num(r26), 'rate_per_10000', 'children_in_need', 'children in need rate 2026, ' + name, anchor))
        if r25 != 'x':
            figs.append(F(num(r25), 'rate_per_10000', 'children_in_need', 'children in need rate 2025 (revised), ' + name, anchor, period=M25))
        if ch != 'x':
            figs.append(F(num(ch), 'percent', 'children_in_need', 'percentage change in children in need 2025 to 2026, ' + name, anchor))
    for reg, n, r, rank, s47 in T2:
        name = reg.replace(' [note 5]', '')
        anchor = ' '.join((reg, n, r, rank, s47))
        figs.append(F(num(n), 'count', 'child_protection_plans', 'children on a child protection plan at 31 March 2026, ' + name, anchor))
        figs.append(F(num(r), 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, ' + name, anchor))
        if s47 != 'x':
            figs.append(F(num(s47), 'rate_per_10000', 'section_47_enquiries', 'section 47 enquiries rate 2025-26, ' + name, anchor))
    # England rows repeat the headline bullets (395,470; 331.8; 47,890; 180.7): keep one figure each
    seen, uniq = set(), []
    for f in figs:
        key = (f['value'], f['unit'], f['metric'], f.get('period', {}).get('start'))
        if key in seen and (f['anchor'].startswith('England')):
            continue
        seen.add(key)
        uniq.append(f)
    # the -1.0 England change repeats 'down 1.0%' (value -1.0 vs 1.0: the table is signed, keep the table cell as optional)
    for f in uniq:
        if f['anchor'].startswith('England') and f['value'] == -1.0:
            f['optional'] = True
    nf = ['[note 1]', '[note 2]', '[note 3]', '[note 4]', '[note 5]', 'per 10,000', 'Reporting year 2026', '30 October 2026', 'October 2027',
          '31 March 2026', 'within 12 months', 'aged 0 to 17', 'nearest 10', 'third annual fall', 'mid-2025', '2.4 MB', '18,340 rows', '1.1 MB', '3.8 MB',
          '9.6 MB', '020 7946 0557', '020 7946 0560', 'Open Government Licence v3.0', '(1 = highest)', 'more than 0.1%', 'two boroughs',
          'b1_children_in_need.csv', 'Table 1', 'Table 2']
    bp = ['Skip to main content', 'This is a new service', 'will help us to improve it.', 'Cookies | Accessibility statement | Privacy notice',
          'All content is available under the Open Government Licence v3.0, except where otherwise stated.']
    people = [{'name': 'Harriet Osei', 'role': 'Responsible statistician, Children in Need statistics team, Department for Education'}]
    notes = ("National statistics release page (kind other), excerpt in the style of 'Characteristics of children in need' on Explore education statistics; "
             "area null with no `areas` (England by region); partnership null; record period 2025-26 (year ending 31 March 2026; snapshots at 31 March 2026 "
             "take the record period, 31 March 2025 columns and 2024-25 figures carry their own). Two HTML tables, each cell a figure, anchored as the row reads "
             "(row header text + cells). Footnote markers '[note 1]'..'[note 5]' sit inside captions, headers and row labels ('West Midlands [note 4]', "
             "'London [note 5]'): the note numbers are not figures. 'x' (suppressed) and 'z' (not applicable) cells are not figures. The 'Rank of rate' column "
             "is not figures (ranks; equal rates share rank 4). The same value for different facts: 41.9 for Yorkshire and The Humber and the South West; 50.8 "
             "North East plan rate in a bullet and the table (one figure). The England rows repeat the headline bullets (395,470, 331.8, 47,890, 180.7: one figure "
             "each; the England '-1.0' change restates 'down 1.0%' with a sign and is optional). Percentage-change cells are signed ('-1.3'). Revisions: revised "
             "values are required with their own period; the superseded values (398,620, 41.0, 627,400) are optional. 'Just over one in five (21.4%)': 21.4 "
             "required, the hedged 'one in five' optional. Downloads list file sizes and row counts (not figures); the data-layer script has a view count. No quotes.")
    gold(DOC, 'other', 'Characteristics of children in need, Reporting year 2026', None, None, P('2025-04-01', '2026-03-31', 'year ending 31 March 2026'),
         uniq, nf, [], people, bp, notes)


if __name__ == '__main__':
    main()
