"""e05: joint strategic needs assessment (JSNA) chapter on vulnerable children (HTML: chapter page on a JSNA
microsite, key messages, comparator table, reference markers, chapter metadata). Run: python3 _src/g_e05.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'e05_dudley_jsna_vulnerable_children_chapter'
OUT = os.path.join(os.path.dirname(HERE), NAME + '.html')

PAGE = """<!-- SYNTHETIC TEST DOCUMENT: invented for evaluation; people, figures and quotes are made up, only the place name is real. Not a real JSNA chapter. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Vulnerable children and young people - Dudley JSNA</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}.key{background:#eef5fb;padding:10px}</style></head>
<body>
<header><p class="site">All About Dudley &ndash; Joint Strategic Needs Assessment</p>
<nav><a href="/jsna/">JSNA home</a> | <a href="/jsna/start-well">Start well</a> | <a href="/jsna/live-well">Live well</a> | <a href="/jsna/age-well">Age well</a> | <a href="/jsna/data">Data tools</a></nav></header>
<main>
<p class="crumbs">JSNA &gt; Start well &gt; Chapter 4</p>
<h1>Chapter 4: Vulnerable children and young people</h1>
<table class="meta"><tr><th>Chapter owner</th><td>Dr Ruth Okonkwo-Hale, Consultant in Public Health</td></tr>
<tr><th>Data period</th><td>2024/25 (year to 31 March 2025) unless stated</td></tr>
<tr><th>Published</th><td>January 2026</td></tr><tr><th>Next review</th><td>January 2028</td></tr></table>
<div class="key"><h2>Key messages</h2>
<ul>
<li>Dudley has around 72,600 children and young people aged 0-17, 22.4% of the population.</li>
<li>The rate of children in need (352.8 per 10,000) is below England, but the child protection plan rate (51.6) is well above it.</li>
<li>Neglect is the main category of abuse for 58% of child protection plans.</li>
<li>The number of children in care has risen for four years in a row, to 702.</li>
<li>One in three children lives in relative poverty, and this is the biggest driver of need in this chapter.</li>
</ul></div>
<h2>4.1 Who is vulnerable?</h2>
<p>There is no single definition. This chapter follows the Children&rsquo;s Commissioner&rsquo;s approach and looks at children known to children&rsquo;s social care, young carers, children at risk of exploitation and children living with parental mental ill health, substance misuse or domestic abuse (the so-called &ldquo;toxic trio&rdquo;). The Office for National Statistics estimates Dudley&rsquo;s population aged 0-17 at around 72,600 in mid-2024 [1], and projects a rise of 3.1% by 2034.</p>
<p>In 2024/25, 33.5% of Dudley children lived in relative low income families before housing costs, compared with 22.1% in England [2]. In the most deprived wards, St Thomas&rsquo;s and Brockmoor and Pensnett, the figure is above 45%.</p>
<h2>4.2 Children in need and child protection</h2>
<p>Children&rsquo;s social care received 4,418 referrals in 2024/25, a rate of 608.5 per 10,000 children. At 31 March 2025 there were 2,561 children in need, and 375 children were the subject of a child protection plan. Local authorities started 1,153 section 47 enquiries during the year.</p>
<table>
<caption>Table 4.1: Rates per 10,000 children aged 0-17, at 31 March 2025</caption>
<tr><th>Indicator</th><th>Dudley</th><th>Statistical neighbours</th><th>West Midlands</th><th>England</th></tr>
<tr><td>Children in need</td><td>352.8</td><td>361.0</td><td>354.2</td><td>332.9</td></tr>
<tr><td>Child protection plans</td><td>51.6</td><td>47.3</td><td>44.8</td><td>41.6</td></tr>
<tr><td>Children looked after</td><td>96.7</td><td>88.5</td><td>86.1</td><td>70.0</td></tr>
</table>
<p>Neglect was the initial category of abuse for 58% of plans, emotional abuse for 29%. Repeat plans (a second or subsequent plan at any time) made up 24.9% of new plans, above the England average of 23.8%.</p>
<h2>4.3 Children in care and care leavers</h2>
<p>Dudley looked after 702 children at 31 March 2025, up from 651 a year earlier. Of these, 71% were living with foster carers and 64 were placed in children&rsquo;s homes, 29 of them outside the borough. The council supported 318 care leavers aged 18 to 25.</p>
<h2>4.4 Young carers and exploitation</h2>
<p>The 2021 Census recorded 1,745 young carers aged 5 to 17 in Dudley; the local young carers service works with 412. The exploitation hub screened 187 children for risk of criminal or sexual exploitation in 2024/25, and 46 were discussed at the multi-agency panel.</p>
<p>Young people we spoke to for this chapter were clear about what helps. One young carer, aged 14, said: &ldquo;School was the only place nobody needed me to do anything. When teachers knew, they stopped shouting about homework and asked if I&rsquo;d eaten.&rdquo;</p>
<h2>4.5 Gaps and recommendations</h2>
<p>The chapter makes 5 recommendations to the Health and Wellbeing Board, including a single data set on parental substance misuse and an assessment of unmet need among young carers. Dr Okonkwo-Hale said: &ldquo;We count children when they reach a service. What we still cannot say with confidence is how many are out there who never do.&rdquo;</p>
<h3>References</h3>
<ol><li>ONS mid-year population estimates, mid-2024.</li><li>DWP Children in low income families, local area statistics 2024/25.</li><li>DfE Characteristics of children in need and Children looked after in England, year ending 31 March 2025.</li></ol>
<p class="contact">Feedback on this chapter: jsna@dudley.example or 01632 960774.</p>
</main>
<footer><p>All About Dudley is produced by Dudley Council Public Health on behalf of the Dudley Health and Wellbeing Board. &copy; 2026</p></footer>
</body></html>
"""


def write_gold():
    per = P('2024-04-01', '2025-03-31', '2024/25 (year to 31 March 2025)')
    prev = P('2023-04-01', '2024-03-31', 'a year earlier')
    figs = [
        F(72600, 'count', 'other', 'children and young people aged 0-17', 'around 72,600 children and young people aged 0-17', qualifier='around'),
        F(22.4, 'percent', 'other', 'children as a share of the population', '22.4% of the population'),
        F(352.8, 'rate_per_10000', 'children_in_need', 'children in need rate', 'children in need (352.8 per 10,000)'),
        F(51.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'the child protection plan rate (51.6)'),
        F(58, 'percent', 'child_protection_plans', 'plans with neglect as the main category', 'for 58% of child protection plans'),
        F(702, 'count', 'looked_after_children', 'children in care', 'Dudley looked after 702 children'),
        F(33.33, 'percent', 'other', 'children living in relative poverty (key message)', 'One in three children lives in relative poverty', optional=True),
        F(3.1, 'percent', 'other', 'projected rise in population aged 0-17 by 2034', 'projects a rise of 3.1% by 2034'),
        F(33.5, 'percent', 'other', 'children in relative low income families', '33.5% of Dudley children lived in relative low income'),
        F(22.1, 'percent', 'other', 'children in relative low income families, England', 'compared with 22.1% in England'),
        F(45, 'percent', 'other', 'children in low income families in the most deprived wards', 'the figure is above 45%', qualifier='above'),
        F(4418, 'count', 'social_care_referrals', "referrals to children's social care", 'received 4,418 referrals in 2024/25'),
        F(608.5, 'rate_per_10000', 'social_care_referrals', 'referral rate', 'a rate of 608.5 per 10,000 children'),
        F(2561, 'count', 'children_in_need', 'children in need at 31 March 2025', 'there were 2,561 children in need'),
        F(375, 'count', 'child_protection_plans', 'children subject of a child protection plan', '375 children were the subject of a child protection plan'),
        F(1153, 'count', 'section_47_enquiries', 'section 47 enquiries started', 'started 1,153 section 47 enquiries'),
        F(361.0, 'rate_per_10000', 'children_in_need', 'children in need rate, statistical neighbours', 'Children in need 352.8 361.0 354.2 332.9'),
        F(354.2, 'rate_per_10000', 'children_in_need', 'children in need rate, West Midlands', 'Children in need 352.8 361.0 354.2 332.9'),
        F(332.9, 'rate_per_10000', 'children_in_need', 'children in need rate, England', 'Children in need 352.8 361.0 354.2 332.9'),
        F(47.3, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, statistical neighbours', 'Child protection plans 51.6 47.3 44.8 41.6'),
        F(44.8, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, West Midlands', 'Child protection plans 51.6 47.3 44.8 41.6'),
        F(41.6, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate, England', 'Child protection plans 51.6 47.3 44.8 41.6'),
        F(96.7, 'rate_per_10000', 'looked_after_children', 'children looked after rate', 'Children looked after 96.7 88.5 86.1 70.0'),
        F(88.5, 'rate_per_10000', 'looked_after_children', 'children looked after rate, statistical neighbours', 'Children looked after 96.7 88.5 86.1 70.0'),
        F(86.1, 'rate_per_10000', 'looked_after_children', 'children looked after rate, West Midlands', 'Children looked after 96.7 88.5 86.1 70.0'),
        F(70.0, 'rate_per_10000', 'looked_after_children', 'children looked after rate, England', 'Children looked after 96.7 88.5 86.1 70.0'),
        F(29, 'percent', 'child_protection_plans', 'plans with emotional abuse as the initial category', 'emotional abuse for 29%'),
        F(24.9, 'percent', 'other', 'repeat child protection plans', 'made up 24.9% of new plans'),
        F(23.8, 'percent', 'other', 'repeat child protection plans, England', 'above the England average of 23.8%'),
        F(651, 'count', 'looked_after_children', 'children in care a year earlier', 'up from 651 a year earlier', period=prev),
        F(71, 'percent', 'looked_after_children', 'children in care living with foster carers', '71% were living with foster carers'),
        F(64, 'count', 'looked_after_children', "children in care placed in children's homes", "64 were placed in children\u2019s homes"),
        F(29, 'count', 'looked_after_children', "children's home placements outside the borough", '29 of them outside the borough'),
        F(318, 'count', 'other', 'care leavers supported', 'supported 318 care leavers'),
        F(18, 'years', 'other', 'care leaver age range, lower', 'aged 18 to 25', optional=True),
        F(25, 'years', 'other', 'care leaver age range, upper', 'aged 18 to 25', optional=True),
        F(1745, 'count', 'other', 'young carers recorded in the 2021 Census', 'recorded 1,745 young carers', period=P('2021-03-21', '2021-03-21', '2021 Census')),
        F(5, 'years', 'other', 'young carer age range, lower', 'aged 5 to 17', optional=True),
        F(17, 'years', 'other', 'young carer age range, upper', 'aged 5 to 17', optional=True),
        F(412, 'count', 'other', 'young carers worked with by the local service', 'the local young carers service works with 412'),
        F(187, 'count', 'other', 'children screened for exploitation risk', 'screened 187 children'),
        F(46, 'count', 'other', 'children discussed at the multi-agency exploitation panel', '46 were discussed at the multi-agency panel'),
        F(14, 'years', 'other', 'age of quoted young carer', 'One young carer, aged 14', optional=True),
        F(5, 'count', 'recommendations', 'recommendations to the Health and Wellbeing Board', 'The chapter makes 5 recommendations'),
    ]
    notf = ['Chapter 4', '4.1', 'Table 4.1', '[1]', '[2]', 'per 10,000', 'aged 0-17', 'mid-2024', 'January 2026', 'January 2028', '31 March 2025',
            'four years in a row', 'a second or subsequent plan', '01632 960774', 'year ending 31 March 2025']
    quotes = [
        Q('toxic trio', 'the chapter', ['chapter'], None, optional=True),
        Q('School was the only place nobody needed me to do anything. When teachers knew, they stopped shouting about homework and asked if I\u2019d eaten.',
          'a young carer, aged 14', ['young carer', 'one young carer'], 'said'),
        Q('We count children when they reach a service. What we still cannot say with confidence is how many are out there who never do.',
          'Dr Ruth Okonkwo-Hale', ['Okonkwo-Hale', 'Dr Okonkwo-Hale', 'Ruth Okonkwo-Hale'], 'said', role='Consultant in Public Health'),
    ]
    people = [{'name': 'Ruth Okonkwo-Hale', 'role': 'Consultant in Public Health, chapter owner'}]
    bp = ['All About Dudley', 'JSNA home', 'Data tools', 'Feedback on this chapter']
    notes = ("Joint strategic needs assessment chapter (HTML on a JSNA microsite), council_report, data period 2024/25. Traps: a 'Key messages' list that repeats body figures (72,600, 352.8, 51.6, 58%, 702) and a hedged 'One in three' (33.33 optional) next to the exact 33.5%; 'around 72,600 ... aged 0-17' (0-17 is an age band); 'per 10,000' denominators; a comparator table (Dudley, statistical neighbours, West Midlands, England) with no unit in the cells, only in the caption; CP plan shares by category (58%, 29%) keep child_protection_plans; repeat plans are other; children in care by placement type and location (71% foster, 64 in children's homes, 29 outside the borough) keep looked_after_children; care leavers are other; '2021 Census' young carers figure with its own period; age ranges (optional); 'four years in a row' is not a figure; reference markers [1] [2]; 'toxic trio' scare quote (optional); chapter metadata table with dates; the section numbers 4.1-4.5 and 'Table 4.1'.")
    gold(NAME + '.html', 'council_report', 'Dudley JSNA Chapter 4: Vulnerable children and young people', 'Dudley', None, per,
         figs, notf, quotes, people, bp, notes)


if __name__ == '__main__':
    open(OUT, 'w', encoding='utf-8').write(PAGE)
    print('wrote', os.path.basename(OUT))
    write_gold()
