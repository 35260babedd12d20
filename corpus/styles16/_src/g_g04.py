"""g04: council children's services performance dashboard page saved as HTML (tiles, RAG, targets, table with
comparators, chart alt text). Run: python3 _src/g_g04.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'g04_wokingham_childrens_performance_dashboard.html'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
HTML = '''<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Children's Services Performance Dashboard - Quarter 2 2026/27 | Wokingham Borough Council</title>
<style>.tile{display:inline-block;width:23%;border:1px solid #ccc;margin:4px;padding:6px}.rag-g{border-left:6px solid #2e7d32}.rag-a{border-left:6px solid #f9a825}.rag-r{border-left:6px solid #c62828}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('config','G-0000000');</script></head>
<body>
<header><nav><a href="/">Home</a> &gt; <a href="/council-and-meetings">Council and meetings</a> &gt; <a href="/performance">Performance</a> &gt; Children's Services</nav>
<div class="cookie">We use cookies to make this site work. <button>Accept all cookies</button> <button>Reject</button></div></header>
<main>
<h1>Children's Services Performance Dashboard</h1>
<p class="meta">Quarter 2 2026/27 (July to September 2026) &middot; Data as at 7 October 2026 &middot; Published 21 October 2026 &middot; Export ID PBI-CS-0412</p>
<p>This dashboard is produced by the Business Intelligence team for the Children's Services Overview and Scrutiny Committee and the Wokingham Safeguarding Children Partnership. Measures are RAG-rated against the 2026/27 target. Hover over a tile for the definition.</p>

<section class="tiles">
<div class="tile rag-g"><span class="lbl">Contacts to the front door</span><span class="val">2,846</span><span class="sub">Q1: 2,611</span></div>
<div class="tile rag-a"><span class="lbl">Referrals</span><span class="val">612</span><span class="sub">Re-referrals within 12 months: 21.4% (target 18%)</span></div>
<div class="tile rag-g"><span class="lbl">Assessments completed in 45 working days</span><span class="val">88.9%</span><span class="sub">target 85%</span></div>
<div class="tile rag-r"><span class="lbl">Section 47 enquiries started</span><span class="val">187</span><span class="sub">up 34 on Q1</span></div>
<div class="tile rag-a"><span class="lbl">Children on a child protection plan</span><span class="val">119</span><span class="sub">rate 30.2 per 10,000</span></div>
<div class="tile rag-g"><span class="lbl">Children in care</span><span class="val">164</span><span class="sub">rate 41.6 per 10,000</span></div>
<div class="tile rag-r"><span class="lbl">ICPCs within 15 working days</span><span class="val">68%</span><span class="sub">target 90%</span></div>
<div class="tile rag-g"><span class="lbl">Children in need</span><span class="val">871</span><span class="sub">excluding CP and CiC</span></div>
</section>

<h2>Benchmarking</h2>
<table class="bench">
<caption>Table 1: Key measures with comparators. Statistical neighbours and England are 2025 published figures (year to 31 March 2025).</caption>
<thead><tr><th>Measure</th><th>Q1 2026/27</th><th>Q2 2026/27</th><th>Stat. neighbours</th><th>England</th></tr></thead>
<tbody>
<tr><td>Referral rate per 10,000</td><td>141.9</td><td>155.3</td><td>372.0</td><td>534.6</td></tr>
<tr><td>CP plan rate per 10,000</td><td>27.4</td><td>30.2</td><td>33.8</td><td>41.6</td></tr>
<tr><td>Children in care rate per 10,000</td><td>40.9</td><td>41.6</td><td>45.0</td><td>70.0</td></tr>
<tr><td>CP plans lasting 2 years or more (%)</td><td>2.5</td><td>3.4</td><td>2.1</td><td>2.4</td></tr>
<tr><td>Second or subsequent CP plan (%)</td><td>19.0</td><td>22.7</td><td>21.3</td><td>23.4</td></tr>
</tbody></table>

<h2>Trend</h2>
<figure><img src="/media/dash/cp-trend-q2.png" alt="Line chart: children on a child protection plan at each quarter end, Q3 2025/26 to Q2 2026/27: 97, 104, 108, 119.">
<figcaption>Figure 1: Children on a child protection plan at each quarter end, Q3 2025/26 to Q2 2026/27: 97, 104, 108, 119.</figcaption></figure>

<h2>Service commentary</h2>
<p>Commentary from Jo Rendell, Assistant Director, Children's Social Care: The rise in section 47 enquiries follows a cluster of 3 sibling groups in September and the return of schools. The proportion of initial child protection conferences held within 15 working days fell because 11 conferences were rescheduled when health reports were late; performance in September alone was 81%.</p>
<p>Re-referrals remain above target. An audit of 40 re-referred cases found that in 27 of them the first referral had closed with no service. We will report back in Quarter 3.</p>
<p>Children in care include 19 unaccompanied asylum-seeking children and 23 children placed more than 20 miles from home. Agency social workers make up 14% of the workforce (24 FTE), down from 19%.</p>

<details><summary>Definitions and data notes</summary>
<p><strong>Re-referral</strong>: a referral for a child who was previously referred within the last 12 months. <strong>Assessment timeliness</strong>: child and family assessments authorised within 45 working days of the referral date. <strong>ICPC</strong>: initial child protection conference, measured from the strategy discussion at which a section 47 enquiry was agreed.</p>
<p>Rates per 10,000 use the ONS mid-2024 estimate of 39,420 children aged 0 to 17 in Wokingham. Figures for the latest quarter are provisional and may change by up to 2% when the annual return is validated. Measures with fewer than 6 children are not RAG-rated.</p>
</details>

<h2>Downloads</h2>
<ul><li><a href="/media/dash/cs-q2-2026-27.xlsx">Download the data (Excel, 84KB)</a></li><li><a href="/media/dash/definitions.pdf">Measure definitions (PDF, 212KB)</a></li></ul>
</main>
<footer><p>Was this page useful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p><p>Wokingham Borough Council, Shute End, Wokingham. Call 01632 960114. &copy; 2026 Wokingham Borough Council</p></footer>
</body></html>
'''
open(OUT, 'w', encoding='utf-8').write(HTML)

PER = P('2026-07-01', '2026-09-30', 'Quarter 2 2026/27 (July to September 2026)')
Q1 = P('2026-04-01', '2026-06-30', 'Q1 2026/27')
CMP = P('2024-04-01', '2025-03-31', 'year to 31 March 2025')
fig = [
    F(2846, 'count', 'social_care_referrals', 'contacts to the front door', 'Contacts to the front door 2,846'),
    F(2611, 'count', 'social_care_referrals', 'contacts to the front door Q1', 'Q1: 2,611', period=Q1),
    F(612, 'count', 'social_care_referrals', 'referrals', 'Referrals 612'),
    F(21.4, 'percent', 'social_care_referrals', 're-referrals within 12 months', 'Re-referrals within 12 months: 21.4%'),
    F(18, 'percent', 'social_care_referrals', 're-referral target', '(target 18%)', optional=True),
    F(88.9, 'percent', 'other', 'assessments completed in 45 working days', 'Assessments completed in 45 working days 88.9%'),
    F(85, 'percent', 'other', 'assessment timeliness target', 'target 85%', optional=True),
    F(187, 'count', 'section_47_enquiries', 'section 47 enquiries started', 'Section 47 enquiries started 187'),
    F(34, 'count', 'section_47_enquiries', 'increase in section 47 enquiries on Q1', 'up 34 on Q1'),
    F(119, 'count', 'child_protection_plans', 'children on a child protection plan', 'Children on a child protection plan 119'),
    F(30.2, 'rate_per_10000', 'child_protection_plans', 'CP plan rate', 'rate 30.2 per 10,000'),
    F(164, 'count', 'looked_after_children', 'children in care', 'Children in care 164'),
    F(41.6, 'rate_per_10000', 'looked_after_children', 'children in care rate', 'rate 41.6 per 10,000'),
    F(68, 'percent', 'other', 'ICPCs within 15 working days', 'ICPCs within 15 working days 68%'),
    F(90, 'percent', 'other', 'ICPC timeliness target', 'target 90%', optional=True),
    F(871, 'count', 'children_in_need', 'children in need', 'Children in need 871'),
    F(141.9, 'rate_per_10000', 'social_care_referrals', 'referral rate Q1', 'Referral rate per 10,000 141.9', period=Q1),
    F(155.3, 'rate_per_10000', 'social_care_referrals', 'referral rate Q2', '141.9 155.3'),
    F(372.0, 'rate_per_10000', 'social_care_referrals', 'referral rate, statistical neighbours', '155.3 372.0', period=CMP),
    F(534.6, 'rate_per_10000', 'social_care_referrals', 'referral rate, England', '372.0 534.6', period=CMP),
    F(27.4, 'rate_per_10000', 'child_protection_plans', 'CP plan rate Q1', 'CP plan rate per 10,000 27.4', period=Q1),
    F(33.8, 'rate_per_10000', 'child_protection_plans', 'CP plan rate, statistical neighbours', '30.2 33.8', period=CMP),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'CP plan rate, England', '33.8 41.6', period=CMP),
    F(40.9, 'rate_per_10000', 'looked_after_children', 'children in care rate Q1', 'Children in care rate per 10,000 40.9', period=Q1),
    F(45.0, 'rate_per_10000', 'looked_after_children', 'children in care rate, statistical neighbours', '41.6 45.0', period=CMP),
    F(70.0, 'rate_per_10000', 'looked_after_children', 'children in care rate, England', '45.0 70.0', period=CMP),
    F(2.5, 'percent', 'child_protection_plans', 'CP plans lasting 2 years or more Q1', 'CP plans lasting 2 years or more (%) 2.5', period=Q1),
    F(3.4, 'percent', 'child_protection_plans', 'CP plans lasting 2 years or more', '2.5 3.4'),
    F(2.1, 'percent', 'child_protection_plans', 'CP plans lasting 2 years or more, statistical neighbours', '3.4 2.1', period=CMP),
    F(2.4, 'percent', 'child_protection_plans', 'CP plans lasting 2 years or more, England', '2.1 2.4', period=CMP),
    F(19.0, 'percent', 'child_protection_plans', 'second or subsequent CP plan Q1', 'Second or subsequent CP plan (%) 19.0', period=Q1),
    F(22.7, 'percent', 'child_protection_plans', 'second or subsequent CP plan', '19.0 22.7'),
    F(21.3, 'percent', 'child_protection_plans', 'second or subsequent CP plan, statistical neighbours', '22.7 21.3', period=CMP),
    F(23.4, 'percent', 'child_protection_plans', 'second or subsequent CP plan, England', '21.3 23.4', period=CMP),
    F(97, 'count', 'child_protection_plans', 'CP plans at end of Q3 2025/26', '2026/27: 97, 104, 108, 119', period=P('2025-10-01', '2025-12-31', 'Q3 2025/26')),
    F(104, 'count', 'child_protection_plans', 'CP plans at end of Q4 2025/26', '97, 104, 108', period=P('2026-01-01', '2026-03-31', 'Q4 2025/26')),
    F(108, 'count', 'child_protection_plans', 'CP plans at end of Q1 2026/27', '104, 108, 119', period=Q1),
    F(3, 'count', 'other', 'sibling groups', 'a cluster of 3 sibling groups'),
    F(11, 'count', 'other', 'conferences rescheduled', '11 conferences were rescheduled'),
    F(81, 'percent', 'other', 'ICPCs within 15 working days in September', 'performance in September alone was 81%', period=P('2026-09-01', '2026-09-30', 'September')),
    F(40, 'count', 'other', 're-referred cases audited', 'An audit of 40 re-referred cases'),
    F(27, 'count', 'other', 're-referred cases where first referral closed with no service', 'in 27 of them'),
    F(19, 'count', 'other', 'unaccompanied asylum-seeking children in care', 'include 19 unaccompanied asylum-seeking children'),
    F(23, 'count', 'looked_after_children', 'children in care placed more than 20 miles from home', '23 children placed more than 20 miles from home'),
    F(14, 'percent', 'other', 'agency social workers share of workforce', 'Agency social workers make up 14%'),
    F(24, 'count', 'other', 'agency social workers FTE', '(24 FTE)'),
    F(19, 'percent', 'other', 'agency social workers share, previous', 'down from 19%'),
    F(39420, 'count', 'other', 'children aged 0 to 17 in Wokingham (population estimate)', 'mid-2024 estimate of 39,420 children'),
    F(2, 'percent', 'other', 'maximum revision to provisional figures', 'may change by up to 2%', qualifier='up to', optional=True),
]
nf = ['Quarter 2 2026/27', '7 October 2026', 'PBI-CS-0412', '45 working days', '15 working days', 'per 10,000', '2 years or more', 'Table 1', 'Figure 1', '84KB', '212KB', '01632 960114', 'Quarter 3', 'within 12 months', '20 miles', 'within the last 12 months', 'mid-2024', 'aged 0 to 17', 'fewer than 6 children']
people = [{'name': 'Jo Rendell', 'role': "Assistant Director, Children's Social Care"}]
gold(DOC, 'council_report', "Children's Services Performance Dashboard - Quarter 2 2026/27", 'Wokingham', 'Wokingham Safeguarding Children Partnership',
     PER, fig, nf, [], people,
     ['We use cookies to make this site work.', 'Accept all cookies', 'Was this page useful?', 'Download the data (Excel, 84KB)', 'Measure definitions (PDF, 212KB)', '\u00a9 2026 Wokingham Borough Council'],
     "Council performance dashboard page exported as HTML (Power BI-style tiles; kind other; quarterly period Q2 2026/27). No quotes: the service commentary is signed but has no quote marks. Traps: eight tiles where label, value and sub-line run together after tag stripping ('Contacts to the front door 2,846 Q1: 2,611'); RAG classes; targets (18%, 85%, 90%) optional; timeliness measures other ('45 working days', '15 working days' inside the measure names are not figures); contacts and re-referrals keep social_care_referrals; 'up 34 on Q1' a change figure (section_47_enquiries); a benchmark table with Q1 column (own period) and statistical-neighbour and England comparators (keep the metric; period year to 31 March 2025); the CP plan rate 30.2 and children in care rate 41.6 repeat between tiles and table (one figure each) while the England CP rate is also 41.6 (a different fact, same value); '2 years or more' and 'per 10,000' in row labels not figures; a chart whose alt text and figcaption both carry four quarter-end values (119 repeats the tile; the alt attribute may or may not be read); '3 sibling groups'; September-only 81%; audit 27 of 40; UASC count (feature subset, other) vs children placed more than 20 miles away (location breakdown keeps looked_after_children); '14% (24 FTE), down from 19%'; a definitions <details> block (the population denominator 39,420 is a reported figure, other; 'up to 2%' revision optional; 'fewer than 6 children' a suppression rule, not a figure); file sizes, export ID, analytics ID and phone not figures.")
