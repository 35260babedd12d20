"""Writer k, k06: short breaks for disabled children annual report to a select committee (Wiltshire), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'k06_wiltshire_short_breaks_disabled_children_annual_report.txt'
TXT = '''SYNTHETIC document invented for evaluation (writer k, styles18): people, quotes and figures are made up; only place names are real.

Wiltshire Council

Children's Select Committee
25 June 2026

SHORT BREAKS FOR DISABLED CHILDREN AND YOUNG PEOPLE: ANNUAL REPORT

Cabinet Member: Cllr Tobias Wren, Cabinet Member for Children's Services
Key Decision: No

Purpose of report
-----------------
1. To report on short breaks for disabled children and their families, as required by the Breaks for Carers of
Disabled Children Regulations 2011, and to set out how the Council will respond to what families have told us. This
report covers the year from 1 April 2025 to 31 March 2026.

Background
----------
2. Short breaks give disabled children time away from their parent carers and give parent carers a break from caring.
They range from an after-school club to an overnight stay. Families can use "universal plus" and targeted short breaks
through the Local Offer without an assessment. Children with more complex needs receive a package after a social care
assessment; they are children in need under section 17 of the Children Act 1989.

Main considerations
-------------------
3. 1,236 disabled children and young people had at least one short break during the year, compared with 1,148 in
2024/25. Of these, 824 used targeted short breaks through the Local Offer and 412 received a package after an
assessment as children in need.

4. Short breaks by type (children may use more than one):

   Type of short break                    Children   Change on 2024/25
   ------------------------------------   --------   -----------------
   Targeted clubs and activities                824               +61
   Holiday schemes                              537               +40
   Direct payments (family employs staff)       286               +19
   Overnight short breaks (residential)          38                -3
   Overnight short breaks (foster carer)         22                 0

5. Holiday schemes ran for 31 days across the summer, Easter and half terms, offering 46 places a day and 3,210
sessions in total.

6. Overnight short breaks at Meadowbrook House totalled 2,146 nights. Of the 38 children who stayed there, 31 were
accommodated under section 20(4) for an agreed series of short breaks, and were looked after during each stay. They
are counted separately from the 512 children in the Council's care at 31 March 2026. No child had more than 75 nights
in the year, the point at which a child would be included in the main looked-after figures.

7. At 31 March 2026, 57 children were waiting for a package to start after assessment, and the average wait was 9
weeks, down from 14 weeks a year earlier. 81% of short breaks assessments were completed within 45 working days.

Finance
-------
8. The short breaks budget for 2025/26 was GBP 7.8m. Spending was GBP 8.23m, an overspend of GBP 430,000, mainly
on direct payments, where the average package rose to GBP 10,280 a year. Direct payment rates for personal
assistants rose from GBP 12.60 to GBP 13.40 an hour on 1 April 2025.

What families told us
---------------------
9. 318 parent carers answered the annual short breaks survey. 72% were satisfied or very satisfied, up from 64% in
2024/25. About a third said they could not find holiday provision near home.

10. One parent wrote: "Two nights a month at Meadowbrook is the only reason our family is still together. I am not
exaggerating."

11. A 15-year-old who uses a youth club said: "It's the one place where nobody asks what's wrong with me."

12. The Wiltshire Parent Carer Council said in its response that families in the south of the county "are still
travelling 40 minutes for a two-hour club", and asked for more provision in Salisbury and Amesbury.

13. Cllr Wren said: "We have more children getting a break than ever, but the waits are still too long. I want
every family to have a package within six weeks of assessment by next spring."

Next steps
----------
14. The Council will:
   a) open a second holiday scheme in Salisbury in summer 2026 (about 20 places a day);
   b) recruit 6 more short breaks foster carers;
   c) review the Short Breaks Statement with the Parent Carer Council by December 2026.

Recommendation
--------------
15. That the Committee notes the report.

Report author: Claire Bellamy, Head of Service, Disabled Children and Young People, 01632 960622
Background papers: None
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

Y25 = P('2024-04-01', '2025-03-31', '2024/25')
figs = [
    F(1236, 'count', 'other', 'disabled children who had a short break', '1,236 disabled children and young people had at least one short break'),
    F(1148, 'count', 'other', 'disabled children who had a short break', 'compared with 1,148 in\n2024/25'.replace('\n', ' '), period=Y25),
    F(824, 'count', 'other', 'children using targeted short breaks through the Local Offer', 'Of these, 824 used targeted short breaks'),
    F(412, 'count', 'children_in_need', 'children who received a short breaks package as children in need', '412 received a package after an assessment as children in need'),
    F(537, 'count', 'other', 'children using holiday schemes', 'Holiday schemes 537 +40'),
    F(286, 'count', 'other', 'children with direct payments', 'Direct payments (family employs staff) 286 +19'),
    F(38, 'count', 'other', 'children with overnight short breaks (residential)', 'Overnight short breaks (residential) 38 -3'),
    F(22, 'count', 'other', 'children with overnight short breaks (foster carer)', 'Overnight short breaks (foster carer) 22 0'),
    F(61, 'count', 'other', 'change in children using targeted clubs', 'Targeted clubs and activities 824 +61'),
    F(40, 'count', 'other', 'change in children using holiday schemes', 'Holiday schemes 537 +40'),
    F(19, 'count', 'other', 'change in children with direct payments', 'Direct payments (family employs staff) 286 +19'),
    F(-3, 'count', 'other', 'change in children with residential overnight short breaks (a fall of 3; sign convention open)', 'Overnight short breaks (residential) 38 -3', optional=True),
    F(0, 'count', 'other', 'change in children with foster carer overnight short breaks', 'Overnight short breaks (foster carer) 22 0', optional=True),
    F(31, 'days', 'other', 'days holiday schemes ran', 'Holiday schemes ran for 31 days'),
    F(46, 'count', 'other', 'holiday scheme places a day', 'offering 46 places a day'),
    F(3210, 'count', 'other', 'holiday scheme sessions', '3,210 sessions in total'),
    F(2146, 'count', 'other', 'nights of overnight short breaks at Meadowbrook House', 'totalled 2,146 nights'),
    F(31, 'count', 'looked_after_children', 'children accommodated under section 20(4) for a series of short breaks', '31 were accommodated under section 20(4)', optional=True),
    F(512, 'count', 'looked_after_children', "children in the Council's care", "512 children in the Council's care"),
    F(75, 'count', 'other', 'nights after which a child is included in looked-after figures', 'more than 75 nights', optional=True),
    F(57, 'count', 'other', 'children waiting for a package to start', '57 children were waiting for a package'),
    F(9, 'weeks', 'other', 'average wait for a package', 'the average wait was 9 weeks'),
    F(14, 'weeks', 'other', 'average wait for a package a year earlier', 'down from 14 weeks a year earlier', period=Y25),
    F(81, 'percent', 'other', 'short breaks assessments completed within 45 working days', '81% of short breaks assessments'),
    F(7800000, 'gbp', 'other', 'short breaks budget', 'The short breaks budget for 2025/26 was GBP 7.8m'),
    F(8230000, 'gbp', 'other', 'short breaks spending', 'Spending was GBP 8.23m'),
    F(430000, 'gbp', 'other', 'short breaks overspend', 'an overspend of GBP 430,000'),
    F(10280, 'gbp', 'other', 'average direct payment package a year', 'the average package rose to GBP 10,280 a year'),
    F(12.60, 'gbp', 'other', 'direct payment hourly rate before', 'from GBP 12.60 to GBP 13.40 an hour', period=Y25),
    F(13.40, 'gbp', 'other', 'direct payment hourly rate', 'from GBP 12.60 to GBP 13.40 an hour'),
    F(318, 'count', 'other', 'parent carers who answered the survey', '318 parent carers answered'),
    F(72, 'percent', 'other', 'parent carers satisfied or very satisfied', '72% were satisfied or very satisfied'),
    F(64, 'percent', 'other', 'parent carers satisfied or very satisfied', 'up from 64% in\n2024/25'.replace('\n', ' '), period=Y25),
    F(33.33, 'percent', 'other', 'parent carers who could not find holiday provision near home', 'About a third said they could not find holiday provision', qualifier='about'),
    F(15, 'years', 'other', 'age of a young person quoted', 'A 15-year-old who uses a youth club', optional=True),
    F(6, 'weeks', 'other', 'target for a package after assessment (in a quote)', 'within six weeks of assessment', optional=True),
    F(20, 'count', 'other', 'places a day at the new Salisbury holiday scheme', '(about 20 places a day)', qualifier='about', optional=True),
    F(6, 'count', 'other', 'short breaks foster carers to recruit', 'recruit 6 more short breaks foster carers', optional=True),
]
gold(DOC, 'council_report', 'Short Breaks for Disabled Children and Young People: Annual Report', 'Wiltshire', None,
     P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs,
     ['25 June 2026', '2011', 'section 17', 'Children Act 1989', '2024/25', 'section 20(4)', '31 March 2026', '45 working days',
      '1 April 2025', '01632 960622', 'December 2026', 'summer 2026'],
     [Q('Two nights a month at Meadowbrook is the only reason our family is still together. I am not exaggerating.',
        'a parent', ['One parent', 'parent', 'a parent carer'], 'wrote'),
      Q("It's the one place where nobody asks what's wrong with me.", 'a 15-year-old', ['A 15-year-old', 'a young person'], 'said'),
      Q('are still travelling 40 minutes for a two-hour club', 'Wiltshire Parent Carer Council', ['the Parent Carer Council', 'Parent Carer Council'], 'said'),
      Q('We have more children getting a break than ever, but the waits are still too long. I want every family to have a package within six weeks of assessment by next spring.',
        'Cllr Tobias Wren', ['Wren', 'Cllr Wren', 'Tobias Wren'], 'said', role="Cabinet Member for Children's Services"),
      Q('universal plus', 'Wiltshire Council', ['the Council'], None, optional=True)],
     [{'name': 'Tobias Wren', 'role': "Cabinet Member for Children's Services"},
      {'name': 'Claire Bellamy', 'role': 'Head of Service, Disabled Children and Young People'}],
     ['Key Decision: No', 'Background papers: None'],
     'SYNTHETIC document invented for evaluation (writer k, styles18). A plain-text council select committee report on short '
     'breaks for disabled children; record period from the scope sentence at the end of paragraph 1. Children with an '
     'assessed package are children in need under section 17 (children_in_need); the Local Offer users and the overall '
     'total are other. A fixed-width table of children by type with a change column (+61, -3; the 0 change and the -3 fall optional, since a fall may be written as 3 or -3). '
     'The 31 children accommodated under section 20(4) for a series of short breaks are looked after during stays but '
     'counted separately from the looked-after total (optional, looked_after_children), while the 512 children in care are '
     'required; the 75-night threshold optional. Weeks waits with a year-earlier value; "within 45 working days" is a '
     'window inside a timeliness measure. Money as "GBP 7.8m" (no pound sign in the txt). Survey shares with a 2024/25 '
     'comparator; "About a third" = 33.33 with its hedge. Numbers inside quotes ("Two nights a month", "40 minutes", "six '
     'weeks") optional or not figures; next-step commitments optional. A parent ("wrote"), a 15-year-old, an organisation '
     'speaking through a fragment, the cabinet member. Scare-quoted "universal plus" optional.')
