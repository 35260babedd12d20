"""Writer n, n07: a national audit body's value-for-money report summary on placements for children in care (England), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'n07_national_audit_office_value_for_money_summary_children_in_care_placements.txt'
TEXT = """SYNTHETIC DOCUMENT - invented for evaluation (styles19, writer n). This is not a real National Audit Office report: its findings, figures and recommendations are made up.

REPORT
by the Comptroller and Auditor General

Department for Education

Securing placements for children in care

HC 1184   SESSION 2024-2026   20 MAY 2026

--------------------------------------------------------------------------------

Key facts

83,630      children looked after by local authorities in England at 31 March 2025
£5.1bn      spent by local authorities on placements for looked-after children in 2024-25
£6,110      average weekly cost of a place in a privately run children's home in 2024-25

1,120       children placed in unregistered children's homes during 2024-25
22.6%       average operating profit margin of the 15 largest private children's home providers
82%         of responding local authorities told us they had been unable to find a suitable
            placement for at least one child in the past year

--------------------------------------------------------------------------------

Summary

Introduction

1  Local authorities must take steps to secure, so far as reasonably practicable, sufficient accommodation within their area that meets the needs of the children they look after (section 22G of the Children Act 1989). The Department for Education (the Department) is responsible for the system within which they do so: it sets the legal framework, funds local government through the local government finance settlement, and runs programmes to increase the supply of placements.

2  This report examines whether the Department and local authorities are securing placements for children in care in a way that delivers value for money. Unless we say otherwise, figures relate to the year ending 31 March 2025, the latest year for which complete data are available. Our audit approach and evidence base are described in Appendices One and Two.

Key findings

Children in care and where they live

3  At 31 March 2025, 83,630 children were looked after by local authorities in England, a rate of 70 per 10,000 children. The number has fallen slightly since its peak of 85,330 at 31 March 2023, but remains 21% higher than in 2010 (paragraphs 1.4 to 1.7 and Figure 2).

4  Most looked-after children live with foster carers: 56,030 children (67%) were in foster placements at 31 March 2025. A further 10,870 (13%) lived in children's homes, secure units or supported accommodation. The share of children in foster care placed through independent fostering agencies rose to 37%, from 31% in 2020 (paragraphs 1.9 and 1.10).

5  Children are increasingly placed far from home. Nearly a fifth (19%) of children living in children's homes were placed more than 20 miles from the address they came from, and 1,120 children were placed in unregistered children's homes during 2024-25, up from 740 in 2022-23. Placing a child in an unregistered home is a criminal offence for the provider, although not for the local authority (paragraphs 2.3 to 2.8).

6  Where no regulated placement can keep a child safe, local authorities apply to the High Court to deprive the child of their liberty. The court considered 1,280 such applications in calendar year 2024, more than four times as many as in 2017 (paragraph 2.11).

Costs

7  Local authorities spent £5.1 billion on placements for looked-after children in 2024-25, compared with £3.6 billion in 2019-20 in real terms, an increase of 42%. Over the same period the number of children looked after rose by 4% (paragraphs 3.2 and 3.3 and Figure 7).

8  The average weekly cost of a place in a privately run children's home was £6,110 in 2024-25, compared with £4,760 in a home run by a local authority. We identified 142 placements at 31 March 2025 costing more than £20,000 a week, most of them for a single child in a home with no other children (paragraphs 3.5 to 3.9).

9  Private providers ran 84% of children's homes in England at 31 March 2025. The 15 largest private providers reported an average operating profit margin of 22.6% in their most recent accounts, and four of them had debts of more than £100 million (paragraphs 3.12 to 3.15).

Local authorities' experience

10  We surveyed all 153 local authorities with responsibility for children's social care, and 118 responded (77%). More than four in five (82%) of those responding told us they had been unable to find a suitable placement for at least one child in the past year, and 61% said they had placed a child in a setting they knew did not fully meet the child's needs (paragraphs 4.2 to 4.5).

11  The number of approved mainstream fostering households in England fell by 8% between 2019-20 and 2024-25, to 35,480. Local authorities told us that carers were leaving faster than they could be recruited: in 2024-25, 4,210 households were approved and 4,930 de-registered (paragraph 4.8).

The Department's response

12  The Department has committed £259 million of capital funding between 2022-23 and 2025-26 to help local authorities open their own children's homes. By March 2026 the programme had created 214 places, against the 400 it expected when it was launched. The Department has also funded a fostering recruitment and retention programme, at a cost of £36 million over three years, working through 10 regional hubs (paragraphs 5.3 to 5.9).

13  The Department does not yet have a clear picture of whether these programmes are reducing costs. It has not set out how many placements it expects local authorities to need by 2030, and its financial oversight regime for the largest providers, announced in 2024, is not yet in force (paragraphs 5.12 to 5.16).

Conclusion on value for money

14  Local authorities are spending more each year to secure placements that too often do not meet children's needs, in a market that the Department does not yet understand well enough to shape. The Department's programmes are modest in scale compared with the size of the problem. Until it has a clear, costed view of the placements children will need, and of what providers earn from providing them, the Department cannot show that the system is delivering value for money.

Recommendations

15  We make six recommendations. The Department should:

a  within 12 months, publish an assessment of the number and type of placements that local authorities will need over the next five years;

b  set out how it will bring the financial oversight regime for the largest providers into force, and by when;

c  work with Ofsted to publish, every six months, the number of children placed in unregistered homes and how long they stay;

d  evaluate its capital programme and report on the cost per place created;

e  agree with local authorities a shared approach to regional commissioning; and

f  report to the Committee of Public Accounts on progress by March 2027.

--------------------------------------------------------------------------------
This report can be found on the National Audit Office website at www.nao-report.example
For further information please contact: Press Office, 020 7946 0318
ISBN: 978-1-78604-562-0      Design and Production by NAO Communications Team DP Ref: 012714-001
(c) National Audit Office 2026
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

S23 = P('2023-03-31', '2023-03-31', 'at 31 March 2023')
Y2020 = P('2020-01-01', '2020-12-31', '2020')
Y2223 = P('2022-04-01', '2023-03-31', '2022-23')
Y1920 = P('2019-04-01', '2020-03-31', '2019-20')
CAP = P('2022-04-01', '2026-03-31', 'between 2022-23 and 2025-26')
figs = [
    F(83630, 'count', 'looked_after_children', 'children looked after in England at 31 March 2025', '83,630 children were looked after by local authorities in England'),
    F(70, 'rate_per_10000', 'looked_after_children', 'looked-after rate, England', 'a rate of 70 per 10,000 children'),
    F(85330, 'count', 'looked_after_children', 'children looked after at the peak, 31 March 2023', 'its peak of 85,330 at 31 March 2023', period=S23),
    F(21, 'percent', 'looked_after_children', 'increase in children looked after since 2010', 'remains 21% higher than in 2010'),
    F(56030, 'count', 'looked_after_children', 'children in foster placements', '56,030 children (67%) were in foster placements'),
    F(67, 'percent', 'looked_after_children', 'share of children in care in foster placements', '56,030 children (67%)', optional=True),
    F(10870, 'count', 'looked_after_children', "children in children's homes, secure units or supported accommodation", 'A further 10,870 (13%) lived in children\'s homes'),
    F(13, 'percent', 'looked_after_children', "share in children's homes, secure units or supported accommodation", '10,870 (13%)', optional=True),
    F(37, 'percent', 'looked_after_children', 'share of foster placements through independent fostering agencies', 'independent fostering agencies rose to 37%'),
    F(31, 'percent', 'looked_after_children', 'share of foster placements through independent fostering agencies, 2020', 'from 31% in 2020', period=Y2020),
    F(19, 'percent', 'looked_after_children', "share of children in children's homes placed more than 20 miles from home", 'Nearly a fifth (19%) of children living in children\'s homes'),
    F(20, 'percent', 'looked_after_children', "share placed more than 20 miles from home (hedged)", 'Nearly a fifth (19%)', qualifier='nearly', optional=True),
    F(1120, 'count', 'looked_after_children', "children placed in unregistered children's homes", "1,120 children were placed in unregistered children's homes during 2024-25"),
    F(740, 'count', 'looked_after_children', "children placed in unregistered children's homes, 2022-23", 'up from 740 in 2022-23', period=Y2223),
    F(1280, 'count', 'court_orders', 'applications to deprive children of their liberty considered by the High Court', 'The court considered 1,280 such applications in calendar year 2024', period=P('2024-01-01', '2024-12-31', 'calendar year 2024')),
    F(5100000000, 'gbp', 'other', 'local authority spending on placements', 'Local authorities spent £5.1 billion on placements'),
    F(3600000000, 'gbp', 'other', 'spending on placements, 2019-20 (real terms)', 'compared with £3.6 billion in 2019-20', period=Y1920),
    F(42, 'percent', 'other', 'increase in placement spending since 2019-20', 'an increase of 42%'),
    F(4, 'percent', 'looked_after_children', 'rise in children looked after since 2019-20', 'the number of children looked after rose by 4%'),
    F(6110, 'gbp', 'other', "average weekly cost of a place in a privately run children's home", 'was £6,110 in 2024-25'),
    F(4760, 'gbp', 'other', 'average weekly cost of a place in a local authority home', 'compared with £4,760 in a home run by a local authority'),
    F(142, 'count', 'other', 'placements costing more than £20,000 a week', 'We identified 142 placements at 31 March 2025'),
    F(20000, 'gbp', 'other', 'weekly cost threshold for very high-cost placements', 'costing more than £20,000 a week', qualifier='more than', optional=True),
    F(84, 'percent', 'other', "share of children's homes run by private providers", "Private providers ran 84% of children's homes"),
    F(15, 'count', 'other', 'largest private providers examined', 'The 15 largest private providers', optional=True),
    F(22.6, 'percent', 'other', 'average operating profit margin of the largest private providers', 'an average operating profit margin of 22.6%'),
    F(4, 'count', 'other', 'large providers with debts of more than £100 million', 'four of them had debts of more than £100 million'),
    F(100000000, 'gbp', 'other', 'debt threshold', 'debts of more than £100 million', qualifier='more than', optional=True),
    F(153, 'count', 'other', "local authorities with responsibility for children's social care (surveyed)", 'We surveyed all 153 local authorities'),
    F(118, 'count', 'other', 'local authorities responding to the survey', 'and 118 responded (77%)'),
    F(77, 'percent', 'other', 'survey response rate', '118 responded (77%)', optional=True),
    F(82, 'percent', 'other', 'responding authorities unable to find a suitable placement for at least one child', 'More than four in five (82%)'),
    F(80, 'percent', 'other', 'responding authorities unable to find a placement (hedged)', 'More than four in five', qualifier='more than', optional=True),
    F(61, 'percent', 'other', 'authorities that placed a child in a setting that did not fully meet needs', '61% said they had placed a child'),
    F(8, 'percent', 'other', 'fall in approved mainstream fostering households since 2019-20', 'fell by 8% between 2019-20 and 2024-25'),
    F(35480, 'count', 'other', 'approved mainstream fostering households', 'to 35,480'),
    F(4210, 'count', 'other', 'fostering households approved', '4,210 households were approved'),
    F(4930, 'count', 'other', 'fostering households de-registered', '4,930 de-registered'),
    F(259000000, 'gbp', 'other', "capital funding for local authorities' own children's homes", 'The Department has committed £259 million of capital funding', period=CAP),
    F(214, 'count', 'other', 'children\'s home places created by the capital programme by March 2026', 'the programme had created 214 places', period=P('2022-04-01', '2026-03-31', 'By March 2026')),
    F(400, 'count', 'other', 'places the programme expected to create', 'against the 400 it expected', optional=True),
    F(36000000, 'gbp', 'other', 'cost of the fostering recruitment and retention programme', 'at a cost of £36 million over three years'),
    F(3, 'years', 'other', 'length of the fostering programme', '£36 million over three years'),
    F(10, 'count', 'other', 'regional fostering hubs', 'working through 10 regional hubs'),
    F(6, 'count', 'other', 'recommendations of the audit report', 'We make six recommendations'),
    F(12, 'months', 'other', 'deadline for a placement needs assessment (recommendation a)', 'within 12 months, publish an assessment', optional=True),
    F(5, 'years', 'other', 'horizon of the placement needs assessment', 'over the next five years', optional=True),
    F(6, 'months', 'other', 'frequency of publishing unregistered placement numbers', 'every six months', optional=True),
]
gold(DOC, 'other', 'Department for Education: Securing placements for children in care (Report by the Comptroller and Auditor General, summary)',
     None, None, P('2024-04-01', '2025-03-31', 'the year ending 31 March 2025'), figs,
     ['HC 1184', 'SESSION 2024-2026', '20 MAY 2026', 'section 22G', 'Children Act 1989', 'Appendices One and Two', 'paragraphs 1.4 to 1.7',
      'Figure 2', 'paragraphs 2.3 to 2.8', 'paragraph 2.11', 'Figure 7', 'paragraph 4.8', 'more than 20 miles', 'in 2010', 'in 2017',
      'by 2030', 'in 2024', 'March 2027', '020 7946 0318', 'ISBN: 978-1-78604-562-0', '012714-001', 'more than four times'],
     [],
     [],
     ['This report can be found on the National Audit Office website at www.nao-report.example', 'For further information please contact: Press Office, 020 7946 0318',
      'Design and Production by NAO Communications Team', '(c) National Audit Office 2026'],
     'SYNTHETIC document invented for evaluation (writer n, styles19). A national audit body\'s value-for-money report summary (England; '
     'kind other: a national body\'s report; area null, no areas; no partnership). No quotes: the report\'s own prose is not a quote. '
     'Period from the scope sentence (year ending 31 March 2025); the 2023 peak, the 2020 and 2022-23 and 2019-20 comparators, calendar '
     'year 2024 court applications and the capital programme span carry their own periods. Key facts repeat the summary (one fact, one '
     'figure). Placement-type and location breakdowns and shares of children in care keep looked_after_children (unregistered homes, '
     'foster placements, 19% far from home); cost-defined placements (142) are other; count (percent) makes the percent optional; '
     '"Nearly a fifth (19%)" and "More than four in five (82%)" keep the exact value required, the hedge optional. Applications to '
     'deprive children of their liberty are court orders applied for (court_orders). Audit recommendations are other (not review '
     'recommendations); the recommendations\' deadlines and frequencies are plans (optional). Thresholds ("more than £20,000 a week", '
     '"more than £100 million", "more than 20 miles") are definitions: the money ones optional, the distance a not_figure; "more than four '
     'times" is a multiplier (not a figure). HC, session, paragraph, figure, ISBN and DP references, phone number are not figures.')
