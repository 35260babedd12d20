"""h05: a council research team's 'key facts' factsheet web page on children and young people (HTML), Moray.
Writes the page and its gold. Run: /tmp/pdfgen8/bin/python _src/g_h05.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h05_moray_children_key_facts_factsheet'
YR = P('2024-08-01', '2025-07-31', 'year to 31 July 2025')
HTML = """<!-- INVENTED document written for evaluation: the page, figures and quotes are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Key facts: children and young people - Moray in Numbers - Moray Council</title>
<style>dl.kf dt{font-weight:bold}.big{font-size:2.2em}</style>
<script>window.dataLayer=[{"page":"kf-cyp","version":"3.1"}];</script></head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header><p class="logo">Moray Council / Comhairle Mhoireibh</p>
<form role="search"><input placeholder="Search"></form>
<nav><a href="/">Home</a> | <a href="/bins">Bins and recycling</a> | <a href="/council-tax">Council tax</a> | <a href="/schools">Schools</a> | <a href="/data">Moray in Numbers</a></nav></header>
<main id="content">
<nav class="breadcrumb">Home &gt; Your Council &gt; Statistics &gt; Moray in Numbers &gt; Key facts: children and young people</nav>
<h1>Key facts: children and young people</h1>
<p class="meta">Factsheet 7 of 12 &middot; Research and Information Team &middot; Last updated: 14 October 2026 &middot; Next update: October 2027</p>
<p>This factsheet brings together the most recent published figures about children and young people in Moray. It is intended for community planning partners, funding applications and anyone who needs a quick reference. Figures are for Moray unless stated. Where a Scotland figure is given it is shown in brackets.</p>

<h2>Population</h2>
<dl class="kf">
<dt>Children aged 0 to 15</dt><dd><span class="big">15,420</span> (16.3% of the population; Scotland 16.6%)</dd>
<dt>Young people aged 16 to 24</dt><dd><span class="big">8,210</span></dd>
<dt>Births in 2025</dt><dd><span class="big">782</span>, the lowest number since records began in 1974</dd>
</dl>
<p class="source">Source: National Records of Scotland mid-2025 population estimates.</p>

<h2>Poverty and family income</h2>
<ul>
<li>An estimated <strong>19%</strong> of children in Moray were living in relative poverty after housing costs in 2024/25 (Scotland 23%).</li>
<li><strong>1,864</strong> pupils were registered for free school meals beyond the universal P1 to P5 entitlement in the 2025 school census.</li>
<li>The Scottish Child Payment of <strong>&pound;27.15</strong> a week was paid for <strong>4,390</strong> children in Moray at 31 March 2026.</li>
</ul>

<h2>Education</h2>
<ul>
<li>There are <strong>45</strong> primary schools and <strong>8</strong> secondary schools in Moray, with <strong>12,987</strong> pupils at the September 2025 census.</li>
<li><strong>38.4%</strong> of pupils had an additional support need recorded (Scotland 41.2%).</li>
<li><strong>94.1%</strong> of 2024/25 school leavers were in a positive destination three months after leaving.</li>
</ul>

<h2>Care and protection</h2>
<table>
<caption>Children looked after and on the child protection register, Moray, at 31 July</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">2024</th><th scope="col">2025</th><th scope="col">Scotland 2025</th></tr></thead>
<tbody>
<tr><th scope="row">Children looked after (number)</th><td>196</td><td>183</td><td>12,206</td></tr>
<tr><th scope="row">Looked after, rate per 1,000 aged 0-17</th><td>10.6</td><td>9.9</td><td>12.0</td></tr>
<tr><th scope="row">Children on the child protection register (number)</th><td>41</td><td>29</td><td>2,078</td></tr>
<tr><th scope="row">Register, rate per 1,000 aged 0-15</th><td>2.6</td><td>1.9</td><td>2.3</td></tr>
</tbody>
</table>
<p>In the year to 31 July 2025 there were <strong>57</strong> registrations and <strong>69</strong> de-registrations. Moray held <strong>163</strong> inter-agency referral discussions (IRDs) during the year. Of the children looked after at 31 July 2025, just over a quarter (27%) were looked after at home with their parents.<sup>1</sup></p>
<p>&ldquo;The fall in registrations reflects earlier help through the Whole Family Wellbeing Fund rather than any change in thresholds,&rdquo; the Chief Social Work Officer&rsquo;s annual report for 2024-25 states.</p>
<p class="source">Source: Scottish Government Children&rsquo;s Social Work Statistics 2024-25 (published March 2026); Moray Child Protection Committee.</p>

<h2>Young people and justice</h2>
<ul>
<li><strong>112</strong> young people aged 8 to 17 were referred to the Children&rsquo;s Reporter on offence grounds in 2024/25, down 12% on the year before.</li>
<li><strong>7</strong> young people were in secure care or custody during the year.</li>
</ul>

<details><summary>Notes and definitions</summary>
<p><sup>1</sup> Looked after at home means a compulsory supervision order with no condition of residence away from home. Rates use 2025 population estimates. Numbers of 5 or fewer are suppressed (shown as &ldquo;c&rdquo;) in the full tables, which are available as a 2 MB spreadsheet. Section 2 of the Children&rsquo;s Hearings (Scotland) Act 2011 explains referral grounds.</p>
</details>
<aside class="download"><p>Download this factsheet (PDF, 318 KB) | All factsheets (ZIP, 4.2 MB)</p></aside>
<aside class="feedback"><p>Was this page helpful? Yes | No. 2,417 people found this page useful.</p></aside>
</main>
<footer><p>Moray Council, High Street, Elgin IV30 1BX. Tel 01632 960100. &copy; Moray Council 2026</p></footer>
</body></html>
"""


def build():
    out = os.path.join(os.path.dirname(HERE), NAME + '.html')
    open(out, 'w', encoding='utf-8').write(HTML)
    s24 = P('2024-07-31', '2024-07-31', 'at 31 July 2024')
    s25 = P('2025-07-31', '2025-07-31', 'at 31 July 2025')
    fy = P('2024-04-01', '2025-03-31', '2024/25')
    figures = [
        F(15420, 'count', 'other', 'children aged 0 to 15 (population)', 'Children aged 0 to 15 15,420'),
        F(16.3, 'percent', 'other', 'children aged 0 to 15 as share of population', '16.3% of the population'),
        F(16.6, 'percent', 'other', 'children as share of population, Scotland (comparator)', 'Scotland 16.6%'),
        F(8210, 'count', 'other', 'young people aged 16 to 24 (population)', 'Young people aged 16 to 24 8,210'),
        F(782, 'count', 'other', 'births in 2025', 'Births in 2025 782', period=P('2025-01-01', '2025-12-31', '2025')),
        F(19, 'percent', 'other', 'children in relative poverty after housing costs', 'An estimated 19% of children in Moray', period=fy, qualifier='an estimated'),
        F(23, 'percent', 'other', 'children in relative poverty, Scotland (comparator)', '(Scotland 23%)', period=fy),
        F(1864, 'count', 'other', 'pupils registered for free school meals beyond universal entitlement', '1,864 pupils were registered for free school meals'),
        F(27.15, 'gbp', 'other', 'Scottish Child Payment per week', '£27.15 a week'),
        F(4390, 'count', 'other', 'children receiving Scottish Child Payment', 'was paid for 4,390 children', period=P('2026-03-31', '2026-03-31', 'at 31 March 2026')),
        F(45, 'count', 'other', 'primary schools', '45 primary schools'),
        F(8, 'count', 'other', 'secondary schools', '8 secondary schools'),
        F(12987, 'count', 'other', 'pupils at the September 2025 census', '12,987 pupils at the September 2025 census'),
        F(38.4, 'percent', 'other', 'pupils with an additional support need', '38.4% of pupils had an additional support need'),
        F(41.2, 'percent', 'other', 'pupils with an additional support need, Scotland (comparator)', '(Scotland 41.2%)'),
        F(94.1, 'percent', 'other', 'school leavers in a positive destination', '94.1% of 2024/25 school leavers'),
        F(3, 'months', 'other', 'follow-up point for school leaver destinations', 'three months after leaving', optional=True),
        F(196, 'count', 'looked_after_children', 'children looked after, 2024', 'Children looked after (number) 196 183 12,206', period=s24),
        F(183, 'count', 'looked_after_children', 'children looked after, 2025', 'Children looked after (number) 196 183 12,206', period=s25),
        F(12206, 'count', 'looked_after_children', 'children looked after, Scotland 2025 (comparator)', 'Children looked after (number) 196 183 12,206', period=s25),
        F(10.6, 'rate_per_1000', 'looked_after_children', 'looked after rate per 1,000 aged 0-17, 2024', 'Looked after, rate per 1,000 aged 0-17 10.6 9.9 12.0', period=s24),
        F(9.9, 'rate_per_1000', 'looked_after_children', 'looked after rate per 1,000 aged 0-17, 2025', 'Looked after, rate per 1,000 aged 0-17 10.6 9.9 12.0', period=s25),
        F(12.0, 'rate_per_1000', 'looked_after_children', 'looked after rate, Scotland 2025 (comparator)', 'Looked after, rate per 1,000 aged 0-17 10.6 9.9 12.0', period=s25),
        F(41, 'count', 'child_protection_plans', 'children on the child protection register, 2024', 'Children on the child protection register (number) 41 29 2,078', period=s24),
        F(29, 'count', 'child_protection_plans', 'children on the child protection register, 2025', 'Children on the child protection register (number) 41 29 2,078', period=s25),
        F(2078, 'count', 'child_protection_plans', 'children on the register, Scotland 2025 (comparator)', 'Children on the child protection register (number) 41 29 2,078', period=s25),
        F(2.6, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, 2024', 'Register, rate per 1,000 aged 0-15 2.6 1.9 2.3', period=s24),
        F(1.9, 'rate_per_1000', 'child_protection_plans', 'register rate per 1,000 aged 0-15, 2025', 'Register, rate per 1,000 aged 0-15 2.6 1.9 2.3', period=s25),
        F(2.3, 'rate_per_1000', 'child_protection_plans', 'register rate, Scotland 2025 (comparator)', 'Register, rate per 1,000 aged 0-15 2.6 1.9 2.3', period=s25),
        F(57, 'count', 'child_protection_plans', 'registrations in the year', 'there were 57 registrations'),
        F(69, 'count', 'child_protection_plans', 'de-registrations in the year', '69 de-registrations'),
        F(163, 'count', 'section_47_enquiries', 'inter-agency referral discussions (IRDs)', 'Moray held 163 inter-agency referral discussions'),
        F(27, 'percent', 'looked_after_children', 'looked-after children looked after at home with parents', 'just over a quarter (27%)', period=s25),
        F(25, 'percent', 'looked_after_children', 'looked after at home (hedged: just over a quarter)', 'just over a quarter', qualifier='just over', period=s25, optional=True),
        F(112, 'count', 'other', "young people referred to the Children's Reporter on offence grounds", '112 young people aged 8 to 17 were referred', period=fy),
        F(12, 'percent', 'other', 'fall in offence referrals on the year before', 'down 12% on the year before', period=fy),
        F(7, 'count', 'other', 'young people in secure care or custody', '7 young people were in secure care or custody', period=fy),
    ]
    quotes = [
        Q('The fall in registrations reflects earlier help through the Whole Family Wellbeing Fund rather than any change in thresholds,',
          "the Chief Social Work Officer's annual report", ['the report', "Chief Social Work Officer's annual report", 'Chief Social Work Officer'], 'states'),
    ]
    nf = ['Factsheet 7 of 12', '14 October 2026', 'since records began in 1974', 'P1 to P5', 'September 2025 census', 'aged 0-17', 'aged 0-15',
          'aged 8 to 17', 'Numbers of 5 or fewer', '2 MB', 'Section 2 of the Children’s Hearings (Scotland) Act 2011', '318 KB', '4.2 MB',
          'IV30 1BX', '01632 960100', 'at 31 July']
    bp = ['Skip to main content', 'Bins and recycling', 'Download this factsheet (PDF, 318 KB) | All factsheets (ZIP, 4.2 MB)',
          'Was this page helpful? Yes | No. 2,417 people found this page useful.', '© Moray Council 2026']
    notes = ("A council research team's 'key facts' factsheet page (genre new: earlier statistics pages are charities' and a partnership's "
             "'year in numbers'); a statistics reference page, not a report to governance, so other (corpus/kinds: a data or statistics "
             "service's page is other); area Moray (Scotland); partnership null; record period the Scottish statistics year to 31 July 2025. "
             "Traps: figures sit in <dl>/<dd> with a big-number span and a bracketed share and Scotland comparator; a table by snapshot year "
             "(31 July 2024 and 2025, each cell with its own period) with a Scotland column (comparators keep the metric; Scotland's rate per "
             "1,000 is rate_per_1000); register counts, registrations and de-registrations are child_protection_plans; IRDs are "
             "section_47_enquiries (Scottish convention); the looked-after-at-home share keeps looked_after_children, with 'just over a "
             "quarter' optional; poverty, schools, Scottish Child Payment, youth justice are other, several with their own periods (2024/25, "
             "31 March 2026, calendar 2025); 'down 12%' is a percentage change; 'since records began in 1974', 'P1 to P5', age bands, "
             "'Numbers of 5 or fewer', file sizes, 'Factsheet 7 of 12', the statute's section number, the postcode and the feedback count are "
             "not figures; one quote from a document ('... the Chief Social Work Officer's annual report for 2024-25 states').")
    gold(NAME + '.html', 'other', 'Key facts: children and young people', 'Moray', None, YR, figures, nf, quotes, [], bp, notes)


if __name__ == '__main__':
    build()
