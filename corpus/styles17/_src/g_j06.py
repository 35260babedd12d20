"""j06: Cumberland social work health check 2025/26, committee report page saved as HTML (committee-system item header,
numbered paragraphs, a survey results table, staff comments). Run: python3 _src/g_j06.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, P, Q, gold

DOC = 'j06_cumberland_social_work_health_check_2025_26.html'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), DOC)
HTML = """<!-- SYNTHETIC TEST DOCUMENT: an invented committee report page written to evaluate an extractor. People, quotes and figures are made up; only the place name is real. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Agenda item - Social Work Health Check 2025/26 | Cumberland Council committee meetings</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #888;padding:3px}.num{font-weight:bold;margin-right:6px}</style></head>
<body>
<div id="skip"><a href="#content">Skip to content</a></div>
<div class="mgHeader">Cumberland Council | Committee meetings | <a href="/mgCalendar">Calendar</a> | <a href="/mgCommittees">Committees</a> | <a href="/mgSearch">Search documents</a></div>
<div id="content">
<p class="mgItemMeta">Meeting: Children and Young People Scrutiny Panel, Wednesday 10 June 2026 10.00 am (Item 7.)</p>
<h1>Social Work Health Check 2025/26</h1>
<table class="mgDetails">
<tr><th>Report of</th><td>Principal Social Worker, Children's Services</td></tr>
<tr><th>Lead officer</th><td>Amara Lindqvist</td></tr>
<tr><th>Decision</th><td>For information and comment</td></tr>
</table>

<h2>1. Purpose</h2>
<p><span class="num">1.1</span> This report sets out the findings of the council's annual health check of its children's social work workforce and the actions that follow. The health check asks how well the council meets the eight standards for employers of social workers.</p>

<h2>2. Context</h2>
<p><span class="num">2.1</span> Demand remains high. Children's social care received 5,940 referrals in 2025/26, against 6,310 the year before. At year end 301 children were subject to a child protection plan, a rate of 40.1 per 10,000 children, and 468 children were looked after.</p>
<p><span class="num">2.2</span> The workforce has stabilised. Agency social workers made up 14% of the workforce at 31 March 2026, down from 21% a year earlier. The vacancy rate was 11% and staff turnover 16.5%. The average caseload fell to 17.2 children per social worker from 19.8, close to the council's own ceiling of 18.</p>

<h2>3. Response to the survey</h2>
<p><span class="num">3.1</span> The survey was sent to 214 social workers and managers, and 163 replied (76%). Table 1 sets out the share agreeing with each statement.</p>
<table>
<caption>Table 1: Share of staff agreeing, 2024/25 and 2025/26</caption>
<thead><tr><th>Statement</th><th>2024/25</th><th>2025/26</th></tr></thead>
<tbody>
<tr><td>I receive regular supervision</td><td>79%</td><td>86%</td></tr>
<tr><td>My caseload is manageable</td><td>48%</td><td>61%</td></tr>
<tr><td>I have access to group reflective supervision</td><td>70%</td><td>72%</td></tr>
<tr><td>I feel safe when visiting families</td><td>85%</td><td>83%</td></tr>
<tr><td>I would recommend Cumberland as a place to work</td><td>57%</td><td>68%</td></tr>
</tbody>
</table>
<p><span class="num">3.2</span> The one measure to fall was staff feeling safe on visits. Respondents reported 23 incidents of verbal abuse or threats during visits, and two physical assaults. One respondent wrote: "I was followed back to my car after a core group. I reported it, and I got a call the next morning, which mattered."</p>
<p><span class="num">3.3</span> Nearly a third (31%) said they regularly work more than five hours a week beyond their contract. "The caseload number looks fine on paper, but it doesn't count the court work," another wrote.</p>

<h2>4. Newly qualified social workers</h2>
<p><span class="num">4.1</span> The council took on 27 social workers in their Assessed and Supported Year in Employment (ASYE) in 2025/26. Of the cohort who started in 2023, 74% were still with the council two years later.</p>

<h2>5. Actions</h2>
<p><span class="num">5.1</span> A market supplement of £3,500 a year for child protection social workers will continue, and the recruitment and retention budget for 2026/27 is £240,000. Lone-working devices will be issued to all 138 frontline social workers by September.</p>
<p><span class="num">5.2</span> Amara Lindqvist, the Principal Social Worker, said: "People told us the basics are better: supervision happens and caseloads are coming down. What they also told us is that visits feel less safe, and we will not wait for next year's survey to act on that."</p>
<p><span class="num">5.3</span> Councillor Beth Armitage, Chair of the Panel, added: "These results are the best we have had, and the Panel wants to see the same survey next year so we can tell whether that lasts."</p>

<h2>6. Recommendation</h2>
<p><span class="num">6.1</span> That the Panel notes the findings of the Social Work Health Check 2025/26 and the actions in section 5.</p>
<p class="mgContact">Contact: Amara Lindqvist, Principal Social Worker. Tel: 01632 960377.</p>
<div class="mgDocs"><h3>Documents</h3><ul><li><a href="/doc1.pdf">Social Work Health Check 2025-26 report PDF 612 KB</a></li><li><a href="/doc2.pdf">Appendix 1 - survey questions PDF 184 KB</a></li></ul></div>
</div>
<div class="mgFooter">Cumberland Council, Cumbria House, 117 Botchergate, Carlisle. Follow us on social media.</div>
</body></html>
"""
open(OUT, 'w', encoding='utf-8').write(HTML)

PER = P('2025-04-01', '2026-03-31', '2025/26')
PREV = P('2024-04-01', '2025-03-31', '2024/25')
fig = [
    F(8, 'count', 'other', 'employer standards assessed', 'the eight standards for employers', optional=True),
    F(5940, 'count', 'social_care_referrals', "referrals to children's social care", 'received 5,940 referrals in 2025/26'),
    F(6310, 'count', 'social_care_referrals', 'referrals the year before', 'against 6,310 the year before', period=PREV),
    F(301, 'count', 'child_protection_plans', 'children subject of a child protection plan at year end', 'At year end 301 children were subject to a child protection plan'),
    F(40.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 40.1 per 10,000 children'),
    F(468, 'count', 'looked_after_children', 'looked after children at year end', '468 children were looked after'),
    F(14, 'percent', 'other', 'agency share of social work workforce', 'Agency social workers made up 14% of the workforce'),
    F(21, 'percent', 'other', 'agency share a year earlier', 'down from 21% a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
    F(11, 'percent', 'other', 'vacancy rate', 'The vacancy rate was 11%'),
    F(16.5, 'percent', 'other', 'staff turnover', 'staff turnover 16.5%'),
    F(17.2, 'count', 'other', 'average caseload per social worker', 'The average caseload fell to 17.2 children'),
    F(19.8, 'count', 'other', 'average caseload previous year', 'from 19.8', period=PREV),
    F(18, 'count', 'other', "council's caseload ceiling", "the council's own ceiling of 18", optional=True),
    F(214, 'count', 'other', 'social workers and managers surveyed', 'The survey was sent to 214 social workers and managers'),
    F(163, 'count', 'other', 'survey responses', '163 replied'),
    F(76, 'percent', 'other', 'survey response rate', '163 replied (76%)', optional=True),
    F(79, 'percent', 'other', 'staff receiving regular supervision, 2024/25', 'I receive regular supervision 79% 86%', period=PREV),
    F(86, 'percent', 'other', 'staff receiving regular supervision', 'I receive regular supervision 79% 86%'),
    F(48, 'percent', 'other', 'staff with manageable caseload, 2024/25', 'My caseload is manageable 48% 61%', period=PREV),
    F(61, 'percent', 'other', 'staff with manageable caseload', 'My caseload is manageable 48% 61%'),
    F(70, 'percent', 'other', 'staff with access to group reflective supervision, 2024/25', 'I have access to group reflective supervision 70% 72%', period=PREV),
    F(72, 'percent', 'other', 'staff with access to group reflective supervision', 'I have access to group reflective supervision 70% 72%'),
    F(85, 'percent', 'other', 'staff feeling safe on visits, 2024/25', 'I feel safe when visiting families 85% 83%', period=PREV),
    F(83, 'percent', 'other', 'staff feeling safe on visits', 'I feel safe when visiting families 85% 83%'),
    F(57, 'percent', 'other', 'staff who would recommend Cumberland, 2024/25', 'I would recommend Cumberland as a place to work 57% 68%', period=PREV),
    F(68, 'percent', 'other', 'staff who would recommend Cumberland', 'I would recommend Cumberland as a place to work 57% 68%'),
    F(23, 'count', 'other', 'incidents of verbal abuse or threats during visits', 'Respondents reported 23 incidents'),
    F(2, 'count', 'other', 'physical assaults during visits', 'two physical assaults'),
    F(31, 'percent', 'other', 'staff regularly working more than five extra hours a week', 'Nearly a third (31%)'),
    F(5, 'count', 'other', 'hours a week beyond contract (threshold)', 'more than five hours a week', optional=True),
    F(27, 'count', 'other', 'ASYE social workers taken on', 'took on 27 social workers'),
    F(74, 'percent', 'other', '2023 ASYE cohort still with the council two years later', '74% were still with the council'),
    F(2, 'years', 'other', 'retention follow-up period', 'two years later', optional=True),
    F(3500, 'gbp', 'other', 'market supplement for child protection social workers', 'A market supplement of \u00a33,500 a year'),
    F(240000, 'gbp', 'other', 'recruitment and retention budget 2026/27', 'budget for 2026/27 is \u00a3240,000', period=P('2026-04-01', '2027-03-31', '2026/27')),
    F(138, 'count', 'other', 'frontline social workers to receive lone-working devices', 'all 138 frontline social workers'),
]
nf = ['10 June 2026', '10.00 am', 'Item 7.', 'Table 1', '1.1', '6.1', 'section 5', '01632 960377', '612 KB', '184 KB', 'Appendix 1', '117 Botchergate', 'per 10,000 children', 'in 2023']
quotes = [
    Q('I was followed back to my car after a core group. I reported it, and I got a call the next morning, which mattered.', 'a survey respondent', ['One respondent', 'respondent'], 'wrote'),
    Q("The caseload number looks fine on paper, but it doesn't count the court work,", 'a survey respondent', ['another', 'respondent', 'another respondent'], 'wrote'),
    Q("People told us the basics are better: supervision happens and caseloads are coming down. What they also told us is that visits feel less safe, and we will not wait for next year's survey to act on that.",
      'Amara Lindqvist', ['Lindqvist', 'the Principal Social Worker'], 'said', role='Principal Social Worker'),
    Q('These results are the best we have had, and the Panel wants to see the same survey next year so we can tell whether that lasts.', 'Beth Armitage',
      ['Armitage', 'Councillor Beth Armitage', 'Cllr Armitage'], 'added', role='Chair of the Children and Young People Scrutiny Panel'),
]
people = [{'name': 'Amara Lindqvist', 'role': 'Principal Social Worker'}, {'name': 'Beth Armitage', 'role': 'Chair of the Children and Young People Scrutiny Panel'}]
note = ("Social work health check (annual workforce survey and employer standards) reported to a scrutiny panel, saved from a committee-system page (HTML; kind council_report; partnership null). Period from the title '2025/26'. "
        "Traps: committee furniture ('Item 7.', '10.00 am', document links with file sizes, skip link); numbered paragraph labels in spans; context figures (referrals with the year before, CP plans and rate, looked after); "
        "workforce percentages with year-earlier values (own period); caseload 17.2 from 19.8 and a ceiling of 18 (optional); '163 replied (76%)' count required, % optional; a two-year survey table (every cell a figure, 2024/25 column its own period); "
        "'Nearly a third (31%)' one figure; 'more than five hours a week' (hours: optional); ASYE 27 and 74% retention ('two years later' optional, 'in 2023' not a figure); \u00a3 supplement and a budget with its 2026/27 period; 'eight standards' optional. "
        "Four quotes, three speakers: two written staff comments ('One respondent wrote', 'another wrote' after the quote), the Principal Social Worker ('said:') and the panel chair ('added:').")
gold(DOC, 'council_report', 'Social Work Health Check 2025/26', 'Cumberland', None, PER, fig, nf, quotes, people,
     ['Skip to content', 'Cumberland Council | Committee meetings |', 'Follow us on social media.'], note)
