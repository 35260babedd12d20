"""c04: a benchmarking data-report page (LG Inform-style 'compare with nearest neighbours' report, invented service
'Local Data Compare') for Tameside, written here as HTML, and its gold. Run: /tmp/pdfgen8/bin/python _src/c/g_c04.py"""
import os
from mk_c import F, P, Q, gold, DIR

DOC = 'c04_tameside_childrens_social_care_benchmarking_report.html'
Y = {'2022/23': P('2022-04-01', '2023-03-31', '2022/23'), '2023/24': P('2023-04-01', '2024-03-31', '2023/24'), '2024/25': None}
# metric key, title, definition, unit label, metric, unit, series (2022/23, 2023/24, 2024/25), NN mean, England, rank text, count (label, value)
M = [
    ('cin', 'Children in need: rate per 10,000 children', 'Children in need at 31 March per 10,000 children aged under 18.',
     'children_in_need', ['412.6', '398.1', '405.3'], '352.0', '332.9', '4th highest of 16',
     ('Number of children in need at 31 March 2025', '2,311')),
    ('ref', "Referrals to children's social care: rate per 10,000 children",
     "Referrals received by children's social care in the year per 10,000 children aged under 18.",
     'social_care_referrals', ['612.4', '588.9', '640.2'], '590.1', '556.2', '5th highest of 16',
     ('Number of referrals in 2024/25', '3,650')),
    ('s47', 'Section 47 enquiries: rate per 10,000 children', 'Section 47 enquiries started in the year per 10,000 children aged under 18.',
     'section_47_enquiries', ['201.3', '214.8', '229.6'], '187.4', '177.6', '3rd highest of 16',
     ('Number of section 47 enquiries in 2024/25', '1,310')),
    ('cpp', 'Child protection plans: rate per 10,000 children', 'Children who were the subject of a child protection plan at 31 March per 10,000 children aged under 18.',
     'child_protection_plans', ['58.4', '61.9', '66.2'], '48.7', '41.6', '2nd highest of 16',
     ('Number of children subject to a child protection plan at 31 March 2025', '322')),
    ('cla', 'Children looked after: rate per 10,000 children', 'Children looked after at 31 March per 10,000 children aged under 18.',
     'looked_after_children', ['121', '124', '127'], '104', '70', '3rd highest of 16',
     ('Number of children looked after at 31 March 2025', '725')),
]
MID = {'cin': 2417, 'ref': 2418, 's47': 2431, 'cpp': 2476, 'cla': 2502}
RANK = [('Oldham', '72.4'), ('Tameside', '66.2'), ('Rochdale', '61.0'), ('Wigan', '54.8'), ('Bolton', '49.3'), ('Barnsley', '[c]')]


def metric_html(k, title, defn, series, nn, eng, rank, cnt):
    rows = ''.join('<tr><th scope="row">%s</th><td>%s</td></tr>' % (y, v) for y, v in zip(list(Y), series))
    return f'''
<section class="metric" id="m-{k}">
  <h3>{title}</h3>
  <p class="metric-def">{defn} <span class="metric-id">Metric ID: {MID[k]}</span></p>
  <dl class="headline">
    <dt>Tameside</dt><dd>{series[2]}</dd>
    <dt>Mean of CIPFA nearest neighbours</dt><dd>{nn}</dd>
    <dt>England</dt><dd>{eng}</dd>
  </dl>
  <p class="rank">Rank: {rank}</p>
  <table class="series"><caption>Tameside over time</caption><thead><tr><th scope="col">Year</th><th scope="col">Value</th></tr></thead>
  <tbody>{rows}</tbody></table>
  <p class="count">{cnt[0]}: <strong>{cnt[1]}</strong></p>
</section>'''


BODY = ''.join(metric_html(k, t, d, s, nn, e, r, c) for k, t, d, met, s, nn, e, r, c in M)
RANKROWS = ''.join('<tr><td>%d</td><td>%s</td><td>%s</td></tr>' % (i + 1, a, v) for i, (a, v) in enumerate(RANK))
HTML = f'''<!DOCTYPE html>
<!-- SYNTHETIC DOCUMENT: invented for evaluation. The data service, report, people and all figures are made up; only place names are real. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children's social care: Tameside compared with its nearest neighbours | Local Data Compare</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} dl.headline{{display:grid;grid-template-columns:auto auto}} .metric{{border-top:2px solid #2b5d8c;margin:1.5em 0}}</style>
<script>window.__REPORT__ = {{"reportId": 48213, "areaCode": "E08000008", "generated": "2026-12-02T09:14:00Z"}};</script>
</head>
<body>
<div class="cookie-banner" role="dialog"><p>We use 4 essential cookies and, if you agree, 2 analytics cookies to improve this service.</p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div>
<header><a href="/" class="logo">Local Data Compare</a> <nav><a href="/reports">Reports</a> | <a href="/metrics">Browse 6,000+ metrics</a> | <a href="/help">Help</a> | <a href="/login">Sign in</a></nav></header>
<main>
<p class="breadcrumb"><a href="/reports">Reports</a> &gt; <a href="/reports/children">Children and young people</a> &gt; Tameside</p>
<h1>Children's social care: Tameside compared with its nearest neighbours</h1>
<p class="meta">This report was generated on 2 December 2026 at 09:14. It compares Tameside with the mean of its 15 CIPFA nearest neighbours and with England, using the latest published data (2024/25). <a href="/download/48213.pdf">Download this report (PDF, 412 KB)</a> | <a href="/download/48213.xlsx">Download the data (Excel)</a></p>
<div class="summary">
<h2>Summary</h2>
<p>In 2024/25 Tameside had higher rates than both its nearest neighbours and England on all five of the measures in this report. The rate of children who were the subject of a child protection plan, 66.2 per 10,000 children, was the second highest in the comparator group and has risen in each of the last three years. The number of children looked after at 31 March 2025 was 725, a rate of 127 per 10,000, compared with 104 for the nearest neighbours and 70 for England.</p>
</div>
{BODY}
<section class="metric" id="m-rereferrals">
  <h3>Re-referrals within 12 months (%)</h3>
  <p class="metric-def">Referrals in the year that were within 12 months of a previous referral, as a percentage of all referrals.</p>
  <dl class="headline"><dt>Tameside</dt><dd>23.1%</dd><dt>Mean of CIPFA nearest neighbours</dt><dd>20.6%</dd><dt>England</dt><dd>22.4%</dd></dl>
  <p>Tameside's value of 23.1% is higher than the mean of its nearest neighbours (20.6%) and higher than England (22.4%). In 2023/24 it was 19.8%.</p>
</section>
<section class="ranking">
  <h2>Child protection plans: rate per 10,000 children, 2024/25, highest six in the comparator group</h2>
  <svg width="420" height="60" role="img" aria-label="Bar chart"><text x="0" y="55">0</text><text x="100" y="55">20</text><text x="200" y="55">40</text><text x="300" y="55">60</text><text x="400" y="55">80</text></svg>
  <table><thead><tr><th>Rank</th><th>Local authority</th><th>Rate per 10,000</th></tr></thead><tbody>{RANKROWS}</tbody></table>
  <p class="note">[c] value suppressed to protect confidentiality. Rates are rounded to one decimal place, so totals may not add up. Figures for 2022/23 were revised in the 2023/24 release.</p>
</section>
<section class="about">
  <h2>About this data</h2>
  <p>Source: Department for Education, Children in need and Characteristics of children in need, 2024 to 2025, and Children looked after in England including adoptions, year ending 31 March 2025. CIPFA nearest neighbours model, 2023 version. Data last updated: 28 November 2026.</p>
</section>
</main>
<footer><p>Local Data Compare is provided by the Local Information Unit. Contact us: 020 7946 0281 or data@localdatacompare.example. &copy; 2026. <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | Version 4.12.1</p></footer>
</body>
</html>
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)

SUBJ = {'children_in_need': 'children in need per 10,000', 'social_care_referrals': 'referrals per 10,000',
        'section_47_enquiries': 'section 47 enquiries per 10,000', 'child_protection_plans': 'children on child protection plans per 10,000',
        'looked_after_children': 'children looked after per 10,000'}
figs = []
for k, title, defn, met, s, nn, eng, rank, cnt in M:
    num = lambda x: float(x) if '.' in x else int(x)
    for y, v in zip(list(Y), s):
        if y == '2024/25':
            figs.append(F(num(v), 'rate_per_10000', met, SUBJ[met] + ', Tameside', 'Tameside %s Mean of CIPFA nearest neighbours %s' % (v, nn)))
        else:
            figs.append(F(num(v), 'rate_per_10000', met, SUBJ[met] + ', Tameside ' + y, '%s %s' % (y, v), period=Y[y]))
    figs.append(F(num(nn), 'rate_per_10000', met, SUBJ[met] + ', mean of CIPFA nearest neighbours', 'Mean of CIPFA nearest neighbours %s' % nn))
    figs.append(F(num(eng), 'rate_per_10000', met, SUBJ[met] + ', England', 'England %s' % eng))
    figs.append(F(int(cnt[1].replace(',', '')), 'count', met, cnt[0][0].lower() + cnt[0][1:], '%s: %s' % cnt))
o = 'other'
figs += [
    F(5, 'count', o, 'measures on which Tameside is above both comparators', 'on all five of the measures in this report', optional=True),
    F(23.1, 'percent', 'social_care_referrals', 're-referrals within 12 months, Tameside', "Tameside's value of 23.1%"),
    F(20.6, 'percent', 'social_care_referrals', 're-referrals within 12 months, mean of nearest neighbours', 'mean of its nearest neighbours (20.6%)'),
    F(22.4, 'percent', 'social_care_referrals', 're-referrals within 12 months, England', 'higher than England (22.4%)'),
    F(19.8, 'percent', 'social_care_referrals', 're-referrals within 12 months, Tameside 2023/24', 'In 2023/24 it was 19.8%', period=Y['2023/24']),
    F(72.4, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000, Oldham (comparator)', '1 Oldham 72.4'),
    F(61.0, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000, Rochdale (comparator)', '3 Rochdale 61.0'),
    F(54.8, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000, Wigan (comparator)', '4 Wigan 54.8'),
    F(49.3, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000, Bolton (comparator)', '5 Bolton 49.3'),
]
nf = ['Metric ID: 2417', 'Metric ID: 2418', 'Metric ID: 2431', 'Metric ID: 2476', 'Metric ID: 2502', '10,000', '2024/25', '2023/24', '2022/23', 'at 31 March', '2 December 2026 at 09:14', '15 CIPFA nearest neighbours', 'PDF, 412 KB', '4th highest of 16', '2nd highest of 16',
      '3rd highest of 16', '5th highest of 16', 'the second highest in the comparator group', 'in each of the last three years',
      'per 10,000 children aged under 18', 'Re-referrals within 12 months (%)', 'highest six', '0 20 40 60 80', '6 Barnsley [c]',
      'rounded to one decimal place', '2024 to 2025', 'year ending 31 March 2025', '2023 version', '28 November 2026',
      '020 7946 0281', 'Version 4.12.1', 'Browse 6,000+ metrics', 'We use 4 essential cookies', '2 analytics cookies',
      'Section 47 enquiries: rate per 10,000 children', '2 Tameside 66.2']
bp = ['We use 4 essential cookies and, if you agree, 2 analytics cookies to improve this service.', 'Accept analytics cookies',
      'Browse 6,000+ metrics', 'Download this report (PDF, 412 KB)', 'Download the data (Excel)',
      'Local Data Compare is provided by the Local Information Unit.', 'Accessibility statement', 'Version 4.12.1']
notes = ("Benchmarking data-report page generated by a data service (LG Inform-style; new genre), kind other, area Tameside, "
         "record period the latest data year 2024/25; no quotes, no partnership. Each of five metric blocks has a `<dl>` whose "
         "`<dt>` labels are 'Tameside' / 'Mean of CIPFA nearest neighbours' / 'England' (comparators keep the metric), a time-series "
         "table whose 2022/23 and 2023/24 rows carry periods (the 2024/25 row repeats the `<dl>` value), a rank ('4th highest of "
         "16': not a figure) and a count line; the unit (rate per 10,000) is only in the block title; a summary paragraph repeats "
         "66.2, 725, 127, 104 and 70; 'the second highest', 'all five of the measures' (optional), '15 CIPFA nearest neighbours' "
         "(group size, not a figure); re-referral percentages take social_care_referrals; a ranking table of neighbouring "
         "councils (Oldham, Rochdale, Wigan, Bolton: comparators with the CP metric, subject naming the council; rank numbers are "
         "not figures; Barnsley's '[c]' is suppressed, not a value); SVG axis ticks '0 20 40 60 80'; a generated-on timestamp, "
         "metric IDs, a JSON script with report id and GSS code, cookie-banner counts, '6,000+ metrics', file size, version "
         "number and phone in the footer.")
gold(DOC, 'other', "Children's social care: Tameside compared with its nearest neighbours", 'Tameside', None,
     P('2024-04-01', '2025-03-31', '2024/25'), figs, nf, [], [], bp, notes)
