"""Writer r, r06: a Scottish Community Planning Partnership's LOIP annual progress report (Dundee City), HTML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'r06_dundee_city_local_outcomes_improvement_plan_annual_progress_report_2025_26.html'

HTML = '''<!DOCTYPE html>
<!-- SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real. -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Local Outcomes Improvement Plan: Annual Progress Report 2025-26 | The Dundee Partnership</title>
<meta name="description" content="How the Dundee Partnership is doing against the City Plan for Dundee.">
<style>.card{border:1px solid #1c4f8a;padding:8px;margin:6px;display:inline-block;width:28%}.rag-g{color:#1a7f37}</style>
</head>
<body>
<header><a href="/">The Dundee Partnership</a> <nav><a href="/city-plan">City Plan</a> | <a href="/partners">Partners</a> | <a href="/contact">Contact us</a></nav></header>
<p class="crumbs"><a href="/">Home</a> / <a href="/city-plan">City Plan</a> / Annual Progress Report 2025-26</p>
<main>
<h1>Local Outcomes Improvement Plan: Annual Progress Report 2025-26</h1>
<p class="meta">Approved by the Dundee Partnership Management Group on 17 September 2026. <a href="#">Download the full report (PDF, 2.4MB)</a></p>

<section id="intro">
<h2>Introduction</h2>
<p>The City Plan for Dundee is our Local Outcomes Improvement Plan under Part 2 of the Community Empowerment (Scotland) Act 2015. It sets out five strategic priorities that the council, NHS Tayside, Police Scotland, the Scottish Fire and Rescue Service, Dundee and Angus College and the voluntary sector have agreed to work on together. This is the third annual progress report on the plan for 2022-2032.</p>
<p>Councillor Fiona Strachan, Chair of the Dundee Partnership, writes in her introduction that the year has been "the hardest for family budgets that many of us can remember", and that the partnership's job is to make sure help reaches people earlier.</p>
</section>

<section id="children">
<h2>Priority 2: Children and Families</h2>
<div class="card"><strong>64</strong><br>children on the child protection register at 31 March 2026</div>
<div class="card"><strong>412</strong><br>inter-agency referral discussions</div>
<div class="card"><strong>1,236</strong><br>families supported by the Family Support Service</div>
<p>Provisional figures show that 24% of children in Dundee live in low income families, down from 26% at the plan's baseline.</p>
<p>At 31 March 2026 there were 64 children on the child protection register, compared with 81 a year earlier. This is a rate of 2.5 per 1,000 children aged 0-15, still above the Scottish rate of 2.1. During the year there were 98 registrations and 115 de-registrations. Inter-agency referral discussions (IRDs), the start of a child protection investigation, rose to 412, an increase of 9%.</p>
<p>448 children and young people were looked after at 31 March 2026, a rate of 16.4 per 1,000 children aged 0-17 (Scotland, July 2025: 11.9). Of these, 142 were looked after in kinship care and 96 at home with their parents. The Children's Reporter arranged hearings that made or varied 187 compulsory supervision orders.</p>
<p>In 2025-26 the Dundee Child Protection Committee published one learning review, about a baby known as "Lily", and commissioned two more. The review made 9 recommendations, all of which were accepted.</p>
<p>The Whole Family Wellbeing Fund brought &pound;1.48 million into the city in 2025-26. The Family Support Service worked with 1,236 families, 71% of whom were referred by schools or health visitors, and the average wait for a first visit was 6 working days.</p>
<blockquote><p>"Nobody told my mum she was failing. They just came in and helped, and now I'm still at home."</p><footer>- Young person, Dundee Champions Board</footer></blockquote>
<p>93.1% of 2024/25 school leavers were in a positive destination three months after leaving school, compared with 92.6% the year before.</p>
</section>

<section id="safety">
<h2>Priority 4: Community Safety and Justice</h2>
<p>Police Scotland recorded 2,311 domestic abuse incidents in the city, and children were present at 38% of them. 320 staff from across the partnership completed Safe and Together training. Chief Superintendent Alison Reid, Tayside Division, said: "Every one of those incidents is also a child protection conversation. Our officers now make that call at the door, not the next morning."</p>
</section>

<section id="scorecard">
<h2>Scorecard</h2>
<table>
<caption>Children and Families indicators</caption>
<tr><th>Indicator</th><th>Baseline 2022-23</th><th>2024-25</th><th>2025-26</th><th>Direction</th></tr>
<tr><td>Children on the child protection register, per 1,000 aged 0-15</td><td>3.4</td><td>3.2</td><td>2.5</td><td class="rag-g">Improving</td></tr>
<tr><td>Looked after children, per 1,000 aged 0-17</td><td>17.9</td><td>16.8</td><td>16.4</td><td class="rag-g">Improving</td></tr>
<tr><td>Inter-agency referral discussions</td><td>351</td><td>377</td><td>412</td><td>Rising</td></tr>
<tr><td>Children in low income families (%)</td><td>26</td><td>25</td><td>24</td><td class="rag-g">Improving</td></tr>
</table>
<p>Our target is to bring child poverty down to 18% by 2030, in line with the Child Poverty (Scotland) Act 2017.</p>
</section>
</main>
<footer>
<p>The Dundee Partnership, Dundee House, 50 North Lindsay Street, Dundee. Email dundeepartnership@dundeecity.example. Telephone 01632 960291.</p>
<p>Was this page useful? <a href="#">Yes</a> <a href="#">No</a></p>
<p>&copy; Dundee City Council 2026</p>
</footer>
</body>
</html>
'''

if __name__ == '__main__':
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(HTML)
    PY = P('2024-04-01', '2025-03-31', '2024-25')
    BASE = P('2022-04-01', '2023-03-31', 'Baseline 2022-23')
    figs = [
        F(24, 'percent', 'other', 'children in low income families', '24% of children in Dundee live in low income families'),
        F(26, 'percent', 'other', 'children in low income families at the plan\'s baseline', 'down from 26% at the plan\'s baseline', period=BASE),
        F(64, 'count', 'child_protection_plans', 'children on the child protection register', 'there were 64 children on the child protection register'),
        F(81, 'count', 'child_protection_plans', 'children on the register a year earlier', 'compared with 81 a year earlier', period=P('2025-03-31', '2025-03-31', 'a year earlier')),
        F(2.5, 'rate_per_1000', 'child_protection_plans', 'children on the register per 1,000 aged 0-15', 'a rate of 2.5 per 1,000 children aged 0-15'),
        F(2.1, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland', 'the Scottish rate of 2.1'),
        F(98, 'count', 'child_protection_plans', 'registrations', 'there were 98 registrations'),
        F(115, 'count', 'child_protection_plans', 'de-registrations', '115 de-registrations'),
        F(412, 'count', 'section_47_enquiries', 'inter-agency referral discussions', 'rose to 412, an increase of 9%'),
        F(9, 'percent', 'section_47_enquiries', 'increase in inter-agency referral discussions', 'an increase of 9%'),
        F(1236, 'count', 'other', 'families supported by the Family Support Service', 'worked with 1,236 families'),
        F(448, 'count', 'looked_after_children', 'children and young people looked after', '448 children and young people were looked after'),
        F(16.4, 'rate_per_1000', 'looked_after_children', 'looked after children per 1,000 aged 0-17', 'a rate of 16.4 per 1,000 children aged 0-17'),
        F(11.9, 'rate_per_1000', 'looked_after_children', 'looked after rate, Scotland, July 2025', '(Scotland, July 2025: 11.9)', period=P('2025-07-31', '2025-07-31', 'July 2025')),
        F(142, 'count', 'looked_after_children', 'looked after in kinship care', '142 were looked after in kinship care'),
        F(96, 'count', 'looked_after_children', 'looked after at home with parents', '96 at home with their parents'),
        F(187, 'count', 'court_orders', 'compulsory supervision orders made or varied', 'made or varied 187 compulsory supervision orders'),
        F(1, 'count', 'lcsprs_published', 'learning reviews published', 'published one learning review'),
        F(2, 'count', 'lcsprs_commissioned', 'learning reviews commissioned', 'commissioned two more'),
        F(9, 'count', 'recommendations', 'recommendations of the learning review', 'The review made 9 recommendations'),
        F(9, 'count', 'recommendations', 'recommendations accepted', 'all of which were accepted', optional=True),
        F(1480000, 'gbp', 'other', 'Whole Family Wellbeing Fund money', 'brought £1.48 million into the city'),
        F(71, 'percent', 'other', 'families referred by schools or health visitors', '71% of whom were referred by schools'),
        F(6, 'days', 'other', 'average wait for a first visit', 'the average wait for a first visit was 6 working days'),
        F(93.1, 'percent', 'other', 'school leavers in a positive destination', '93.1% of 2024/25 school leavers', period=P('2024-08-01', '2025-07-31', '2024/25 school leavers')),
        F(92.6, 'percent', 'other', 'school leavers in a positive destination the year before', 'compared with 92.6% the year before', period=P('2023-08-01', '2024-07-31', 'the year before')),
        F(2311, 'count', 'other', 'domestic abuse incidents recorded', 'recorded 2,311 domestic abuse incidents'),
        F(38, 'percent', 'other', 'domestic abuse incidents where children were present', 'children were present at 38% of them'),
        F(320, 'count', 'other', 'staff completing Safe and Together training', '320 staff from across the partnership'),
        F(3.4, 'rate_per_1000', 'child_protection_plans', 'register rate, baseline 2022-23', 'aged 0-15 3.4 3.2 2.5', period=BASE),
        F(3.2, 'rate_per_1000', 'child_protection_plans', 'register rate, 2024-25', 'aged 0-15 3.4 3.2 2.5', period=PY),
        F(17.9, 'rate_per_1000', 'looked_after_children', 'looked after rate, baseline 2022-23', 'aged 0-17 17.9 16.8 16.4', period=BASE),
        F(16.8, 'rate_per_1000', 'looked_after_children', 'looked after rate, 2024-25', 'aged 0-17 17.9 16.8 16.4', period=PY),
        F(351, 'count', 'section_47_enquiries', 'inter-agency referral discussions, baseline 2022-23', 'Inter-agency referral discussions 351 377 412', period=BASE),
        F(377, 'count', 'section_47_enquiries', 'inter-agency referral discussions, 2024-25', 'Inter-agency referral discussions 351 377 412', period=PY),
        F(25, 'percent', 'other', 'children in low income families, 2024-25', 'Children in low income families (%) 26 25 24', period=PY),
        F(18, 'percent', 'other', 'target for child poverty by 2030', 'bring child poverty down to 18% by 2030', optional=True),
    ]
    quotes = [
        Q('the hardest for family budgets that many of us can remember', 'Fiona Strachan',
          ['Strachan', 'Councillor Strachan', 'Cllr Strachan', 'Councillor Fiona Strachan'], 'writes', role='Chair of the Dundee Partnership'),
        Q("Nobody told my mum she was failing. They just came in and helped, and now I'm still at home.",
          'a young person from the Dundee Champions Board', ['young person', 'Dundee Champions Board'], None, role='Young person, Dundee Champions Board'),
        Q('Every one of those incidents is also a child protection conversation. Our officers now make that call at the door, not the next morning.',
          'Alison Reid', ['Reid', 'Chief Superintendent Reid', 'Chief Superintendent Alison Reid'], 'said', role='Chief Superintendent, Tayside Division, Police Scotland'),
    ]
    gold(DOC, 'council_report', 'Local Outcomes Improvement Plan: Annual Progress Report 2025-26', 'Dundee City',
         'Dundee Child Protection Committee', P('2025-04-01', '2026-03-31', 'Annual Progress Report 2025-26'), figs,
         ['Part 2', 'Community Empowerment (Scotland) Act 2015', 'Child Poverty (Scotland) Act 2017', '2022-2032',
          'five strategic priorities', 'third annual progress report', '17 September 2026', '2.4MB', 'Priority 2', 'Priority 4',
          'aged 0-15', 'aged 0-17', 'three months after leaving school', '01632 960291', 'by 2030'],
         quotes,
         [{'name': 'Fiona Strachan', 'role': 'Chair of the Dundee Partnership'},
          {'name': 'Alison Reid', 'role': 'Chief Superintendent, Tayside Division, Police Scotland'}],
         ['Download the full report (PDF, 2.4MB)', 'Was this page useful?', '© Dundee City Council 2026'],
         'SYNTHETIC. A Scottish Community Planning Partnership\'s LOIP annual progress report page (council_report: a '
         'partnership of the council and public bodies giving an account of its year). Period from the title. Partnership: '
         'the Dundee Child Protection Committee published and commissioned the learning reviews (ruling 7); the Dundee '
         'Partnership itself is a community planning partnership, not a safeguarding body. Scotland: register counts, rates '
         'per 1,000, registrations and de-registrations -> child_protection_plans; IRDs -> section_47_enquiries; CSOs -> '
         'court_orders; learning reviews -> lcsprs metrics; kinship and at-home looked after keep looked_after_children. '
         'Cards and the scorecard\'s 2025-26 column repeat prose (mentions); earlier columns carry periods. Quotes: the '
         'chair\'s fragment in reported speech (writes), a blockquote with a dash footer (cue null), a police officer (said).')
