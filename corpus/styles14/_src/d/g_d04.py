"""d04: a children's reporter local authority statistics page (Scotland, HTML) and its gold."""
import os
from mk_d import F, P, Q, gold, DIR

DOC = 'd04_argyll_bute_childrens_reporter_statistics_page.html'
Y = {'2021/22': P('2021-04-01', '2022-03-31'), '2022/23': P('2022-04-01', '2023-03-31'), '2023/24': P('2023-04-01', '2024-03-31'),
     '2024/25': P('2024-04-01', '2025-03-31')}
TEXT = """<!DOCTYPE html>
<!-- SYNTHETIC DOCUMENT: invented for evaluation. The statistics, people, quotes and figures on this page are made up; only place names are real. -->
<html lang="en-GB">
<head><meta charset="utf-8">
<title>Argyll and Bute - Local authority statistics 2025/26 | Children's Reporter statistics</title>
<style>.cards{display:flex;gap:12px}.card{border:1px solid #0b4f6c;padding:10px;width:180px}.big{font-size:28px;font-weight:bold}.prev{color:#555;font-size:12px}</style>
</head>
<body>
<div class="banner">We use cookies to collect anonymous data to help us improve your site browsing experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> &gt; <a href="/statistics">Statistics</a> &gt; <a href="/statistics/local-authority">Local authority statistics</a> &gt; Argyll and Bute</nav>
<main>
<h1>Argyll and Bute: local authority statistics 2025/26</h1>
<p class="updated">Official statistics. Published 18 August 2026. Data period 1 April 2025 to 31 March 2026. Next update: August 2027.</p>
<p>This page shows referrals to the Children's Reporter for children living in Argyll and Bute, the decisions Reporters made and the Children's Hearings that followed. Figures count children, not referrals, unless stated. A child can be referred on both care and protection and offence grounds in the same year, so the grounds do not add up to the total.</p>

<h2>Key figures</h2>
<div class="cards">
<div class="card"><div class="big">214</div><div>children referred to the Reporter</div><div class="prev">2024/25: 236</div></div>
<div class="card"><div class="big">171</div><div>children referred on care and protection grounds</div><div class="prev">2024/25: 189</div></div>
<div class="card"><div class="big">52</div><div>children referred on offence grounds</div><div class="prev">2024/25: 58</div></div>
<div class="card"><div class="big">138</div><div>children subject to a Compulsory Supervision Order at 31 March 2026</div><div class="prev">31 March 2025: 151</div></div>
</div>

<h2>Referrals</h2>
<p>The Reporter received 297 referrals in 2025/26 about 214 children, so some children were referred more than once. Police Scotland made 201 of the referrals (68%), social work 63 and education 19. The rate of children referred was 13.6 per 1,000 children aged 0-15 in Argyll and Bute, against 12.9 per 1,000 across Scotland.</p>
<p>The most common ground of referral was lack of parental care (section 67(2)(a) of the Children's Hearings (Scotland) Act 2011), which was cited for 94 children. Close connection with a person who has carried out domestic abuse was cited for 41 children, up from 27. Almost a third of children referred on care and protection grounds were under five.</p>

<h2>Reporter decisions</h2>
<p>Reporters arranged a Children's Hearing for 77 children and decided no hearing was needed for 118, most often because the child was already receiving support on a voluntary basis. The remaining children's cases were still under investigation at 31 March 2026. 74% of decisions were made within 50 working days of the referral, against a national standard of 80%.</p>

<h2>Hearings and orders</h2>
<p>There were 406 Children's Hearings for Argyll and Bute children in the year, including 58 held to consider an interim order. Hearings made 44 new Compulsory Supervision Orders and terminated 57. The sheriff granted 6 Child Protection Orders, all of which were continued or varied at the second working day hearing.</p>
<p>Across the islands, 29 hearings were held wholly or partly by video, compared with 63 two years ago, as more hearing rooms reopened on Islay, Mull and Bute.</p>

<h2>Five-year trend</h2>
<table border="1">
<caption>Table 2: Children referred to the Reporter, Argyll and Bute, 2021/22 to 2025/26</caption>
<thead><tr><th>Year</th><th>All children referred</th><th>Care and protection</th><th>Offence</th><th>Child Protection Orders</th></tr></thead>
<tbody>
<tr><td>2021/22</td><td>259</td><td>214</td><td>61</td><td>9</td></tr>
<tr><td>2022/23</td><td>248</td><td>205</td><td>57</td><td>&lt;5</td></tr>
<tr><td>2023/24</td><td>251</td><td>203</td><td>66</td><td>7</td></tr>
<tr><td>2024/25</td><td>236</td><td>189</td><td>58</td><td>8</td></tr>
<tr><td>2025/26</td><td>214</td><td>171</td><td>52</td><td>6</td></tr>
</tbody>
</table>
<p class="note">Numbers between 1 and 4 are shown as &lt;5 to protect confidentiality. Figures for earlier years have been revised and may differ from previous publications.</p>

<h2>Comment</h2>
<p>Kirsteen MacPhail, Locality Reporter Manager for Argyll, Bute and West Dunbartonshire, said: "Fewer children are being referred to us, and that reflects good early work by social work and schools across Argyll and Bute. But the children who do come to us have more complex needs, and more of them are coming because of domestic abuse at home."</p>
<p>"We have worked hard to get hearings back into local communities. For a young person on Coll or Jura, not having to take two ferries to be heard matters enormously," she said.</p>
<blockquote>"At my hearing the panel actually listened and asked me what I wanted to happen. It was the first time anyone did."<br>- young person, aged 14, Helensburgh</blockquote>

<aside><h3>Related pages</h3><ul><li><a href="#">West Dunbartonshire statistics 2025/26</a></li><li><a href="#">Scotland statistics 2025/26 (32 local authorities)</a></li><li><a href="#">Download this data (CSV, 14 KB)</a></li></ul></aside>
</main>
<footer><p>Was this page helpful? Yes / No</p><p>Enquiries: statistics@childrensreporter.example | 0131 496 0218</p><p>Copyright 2026. Registered charity SC000000.</p></footer>
</body>
</html>
"""

FIG = [
    F(214, 'count', 'other', 'children referred to the Reporter', '214 children referred to the Reporter'),
    F(236, 'count', 'other', 'children referred to the Reporter, 2024/25', '2024/25: 236', period=Y['2024/25']),
    F(171, 'count', 'other', 'children referred on care and protection grounds', '171 children referred on care and protection grounds'),
    F(189, 'count', 'other', 'children referred on care and protection grounds, 2024/25', '2024/25: 189', period=Y['2024/25']),
    F(52, 'count', 'other', 'children referred on offence grounds', '52 children referred on offence grounds'),
    F(58, 'count', 'other', 'children referred on offence grounds, 2024/25', '2024/25: 58', period=Y['2024/25']),
    F(138, 'count', 'other', 'children subject to a Compulsory Supervision Order at 31 March 2026', '138 children subject to a Compulsory Supervision Order at 31 March 2026'),
    F(151, 'count', 'other', 'children subject to a Compulsory Supervision Order at 31 March 2025', '31 March 2025: 151', period=P('2025-03-31', '2025-03-31')),
    F(297, 'count', 'other', 'referrals received by the Reporter', 'The Reporter received 297 referrals'),
    F(201, 'count', 'other', 'referrals made by Police Scotland', 'Police Scotland made 201 of the referrals (68%)'),
    F(68, 'percent', 'other', 'referrals made by Police Scotland', '201 of the referrals (68%)', optional=True),
    F(63, 'count', 'other', 'referrals made by social work', 'social work 63'),
    F(19, 'count', 'other', 'referrals made by education', 'education 19'),
    F(13.6, 'rate_per_1000', 'other', 'children referred per 1,000 aged 0-15', 'The rate of children referred was 13.6 per 1,000 children aged 0-15'),
    F(12.9, 'rate_per_1000', 'other', 'children referred per 1,000 aged 0-15, Scotland', 'against 12.9 per 1,000 across Scotland'),
    F(94, 'count', 'other', 'children referred for lack of parental care', 'which was cited for 94 children'),
    F(41, 'count', 'other', 'children referred for close connection with domestic abuse', 'domestic abuse was cited for 41 children'),
    F(27, 'count', 'other', 'children referred for close connection with domestic abuse, previous year', 'up from 27', period=Y['2024/25']),
    F(33.33, 'percent', 'other', 'children referred on care and protection grounds who were under five', 'Almost a third of children referred on care and protection grounds were under five', qualifier='almost'),
    F(77, 'count', 'other', 'children for whom a Children\'s Hearing was arranged', "Reporters arranged a Children's Hearing for 77 children"),
    F(118, 'count', 'other', 'children for whom no hearing was needed', 'decided no hearing was needed for 118'),
    F(74, 'percent', 'other', 'decisions made within 50 working days', '74% of decisions were made within 50 working days'),
    F(50, 'days', 'other', 'standard for Reporter decisions (working days)', 'within 50 working days of the referral', optional=True),
    F(80, 'percent', 'other', 'national standard for decisions within 50 working days', 'against a national standard of 80%'),
    F(406, 'count', 'other', "Children's Hearings held", "There were 406 Children's Hearings"),
    F(58, 'count', 'other', 'hearings held to consider an interim order', 'including 58 held to consider an interim order'),
    F(44, 'count', 'court_orders', 'new Compulsory Supervision Orders made', 'Hearings made 44 new Compulsory Supervision Orders'),
    F(57, 'count', 'other', 'Compulsory Supervision Orders terminated', 'and terminated 57'),
    F(6, 'count', 'court_orders', 'Child Protection Orders granted by the sheriff', 'The sheriff granted 6 Child Protection Orders'),
    F(29, 'count', 'other', 'hearings held wholly or partly by video', '29 hearings were held wholly or partly by video'),
    F(63, 'count', 'other', 'hearings held by video two years ago', 'compared with 63 two years ago', period=Y['2023/24']),
    F(259, 'count', 'other', 'children referred, 2021/22', '2021/22 259', period=Y['2021/22']),
    F(214, 'count', 'other', 'children referred on care and protection grounds, 2021/22', '2021/22 259 214', period=Y['2021/22']),
    F(61, 'count', 'other', 'children referred on offence grounds, 2021/22', '2021/22 259 214 61', period=Y['2021/22']),
    F(9, 'count', 'court_orders', 'Child Protection Orders, 2021/22', '2021/22 259 214 61 9', period=Y['2021/22']),
    F(248, 'count', 'other', 'children referred, 2022/23', '2022/23 248', period=Y['2022/23']),
    F(205, 'count', 'other', 'children referred on care and protection grounds, 2022/23', '2022/23 248 205', period=Y['2022/23']),
    F(57, 'count', 'other', 'children referred on offence grounds, 2022/23', '2022/23 248 205 57', period=Y['2022/23']),
    F(5, 'count', 'court_orders', 'Child Protection Orders, 2022/23 (suppressed, fewer than 5)', '2022/23 248 205 57 <5', period=Y['2022/23'], qualifier='fewer than', optional=True),
    F(251, 'count', 'other', 'children referred, 2023/24', '2023/24 251', period=Y['2023/24']),
    F(203, 'count', 'other', 'children referred on care and protection grounds, 2023/24', '2023/24 251 203', period=Y['2023/24']),
    F(66, 'count', 'other', 'children referred on offence grounds, 2023/24', '2023/24 251 203 66', period=Y['2023/24']),
    F(7, 'count', 'court_orders', 'Child Protection Orders, 2023/24', '2023/24 251 203 66 7', period=Y['2023/24']),
    F(8, 'count', 'court_orders', 'Child Protection Orders, 2024/25', '2024/25 236 189 58 8', period=Y['2024/25']),
    F(14, 'years', 'other', 'age of young person quoted', 'young person, aged 14, Helensburgh', optional=True),
]
NOT = ['2025/26', '18 August 2026', 'August 2027', 'section 67(2)(a)', "Children's Hearings (Scotland) Act 2011", 'Table 2', '0-15',
       'per 1,000', '<5', 'Numbers between 1 and 4', '32 local authorities', '14 KB', '0131 496 0218', 'SC000000', 'under five', 'second working day hearing']
QS = [
    Q('Fewer children are being referred to us, and that reflects good early work by social work and schools across Argyll and Bute. But the children who do come to us have more complex needs, and more of them are coming because of domestic abuse at home.',
      'Kirsteen MacPhail', ['MacPhail', 'Ms MacPhail'], 'said', role='Locality Reporter Manager for Argyll, Bute and West Dunbartonshire'),
    Q('We have worked hard to get hearings back into local communities. For a young person on Coll or Jura, not having to take two ferries to be heard matters enormously,',
      'Kirsteen MacPhail', ['MacPhail', 'Ms MacPhail'], 'she said'),
    Q('At my hearing the panel actually listened and asked me what I wanted to happen. It was the first time anyone did.',
      'a young person', ['young person', 'young person, aged 14'], None),
]
PEOPLE = [{'name': 'Kirsteen MacPhail', 'role': 'Locality Reporter Manager for Argyll, Bute and West Dunbartonshire'}]
BOIL = ['We use cookies to collect anonymous data to help us improve your site browsing experience.', 'Was this page helpful? Yes / No',
        'Download this data (CSV, 14 KB)', 'West Dunbartonshire statistics 2025/26', 'Copyright 2026. Registered charity SC000000.']
NOTES = ("A Scottish children's reporter local authority statistics page (HTML; kind other; partnership null; area Argyll and Bute; "
         "period 2025/26). Scottish system: referrals to the Reporter, grounds, Children's Hearings, Compulsory Supervision Orders "
         "(CSOs) and sheriff-granted Child Protection Orders. Metric decisions: children referred to the Reporter and on each ground "
         "are other (no metric for reporter referrals; they are not referrals to social work); new CSOs made and CPOs granted are "
         "court_orders (orders made), the stock of children subject to a CSO at 31 March is other; the ground counts are subsets "
         "defined by a feature (other). Traps: stat cards with the previous year in small print ('2024/25: 236', '31 March 2025: "
         "151', own periods); grounds do not add up to the total (by design); 297 referrals about 214 children (two facts); "
         "'201 of the referrals (68%)' count required and percentage optional; rate per 1,000 aged 0-15 with a Scotland comparator; "
         "'Almost a third' hedged share with qualifier (no exact value given, so required); 'within 50 working days' sits inside the "
         "timeliness measure (optional, by the convention that a deadline inside a timeliness measure is not itself a figure) next to "
         "'74%' and the '80%' standard; 'compared with 63 two years ago' has the period "
         "2023/24; five-year table whose 2025/26 and 2024/25 row values repeat the cards (extra mentions; only the 2024/25 CPO cell is "
         "new) and a suppressed '<5' cell (optional, qualifier 'fewer than'); 'Numbers between 1 and 4' is a disclosure rule, not a "
         "range figure; statute 'section 67(2)(a)'; a quote continued in a second paragraph with 'she said'; a blockquote with a "
         "dash attribution to an anonymous young person (cue null; age optional); 'second working day hearing' and '32 local "
         "authorities' (navigation) are not figures.")

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    gold(DOC, 'other', 'Argyll and Bute: local authority statistics 2025/26 (referrals to the Children\'s Reporter)', 'Argyll and Bute', None,
         P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), FIG, NOT, QS, PEOPLE, BOIL, NOTES)
