"""Writer l, l05: a Written Ministerial Statement (Hansard style) on child safeguarding statistics and the national panel's annual
report (England, national; txt). No quotes. kind other (a parliamentary record, like a written answer)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'l05_national_written_ministerial_statement_child_safeguarding_2025_26.txt'
TEXT = """[SYNTHETIC DOCUMENT - invented for evaluation. This is not a real statement: the minister, the figures and the programmes described are made up.]

Written statements

Children's Social Care: Safeguarding Update

Statement UIN HCWS1187
Made on: 19 November 2026
Made by: Helen Marchbank (Parliamentary Under-Secretary of State for Children and Families)
Commons

Department for Education

I am today laying before the House the annual report of the Child Safeguarding Practice Review Panel, and my Department is publishing the national statistics on children in need. This statement sets out what they show for the year ending 31 March 2026 and the steps the Government are taking in response. An identical statement is being made in the other place.

Serious incidents and reviews

Local authorities in England notified the Panel of 412 serious incidents during the year, compared with 438 in 2024-25. Of these, 173 concerned a child who had died and 239 a child who had been seriously harmed. Just over a third of all notifications (36%) concerned babies under one year old, the same proportion as the year before.

Safeguarding partnerships sent the Panel 398 rapid reviews. Of these, 71% were completed within the expected 15 working days, up from 64% in 2024-25. Partnerships published 137 local child safeguarding practice reviews, and at the end of the year 212 were still in progress. The Panel itself selected three cases for national review and published one national review, on the safeguarding of children with disabilities in residential settings, which made 14 recommendations, seven of them to Government.

Children in need and child protection

On 31 March 2026 there were 403,720 children in need in England, a rate of 334.6 per 10,000 children, and 49,830 children were the subject of a child protection plan, a rate of 41.2 per 10,000. A year earlier there were 50,010 children on a plan. Local authorities received 615,400 referrals to children's social care during the year, 1.8% fewer than in 2024-25, and started 218,900 section 47 enquiries. There were 83,630 looked-after children on 31 March 2026, a rate of 69 per 10,000.

Police officers used their powers of police protection on 9,150 occasions in the year to 31 March 2026, a fall of 4% on the year before.

The Government's response

Since the Children's Wellbeing and Schools Act 2025 came into force, every local area has been required to set up a multi-agency child protection team. We have now confirmed that all 153 local authorities have done so. To support them, the Children's Social Care Prevention Grant will rise to £523 million in 2026-27, and we are providing a further £45 million to the Families First Partnership programme over two years.

The Panel's budget will increase to £2.6 million a year so that it can publish more practice guidance. In 10 local areas we will pilot a single child protection register shared by children's social care, the police and health, running for 18 months from April 2027, with an independent evaluation costing up to £1.2 million.

I will place copies of the Panel's report and the statistical release in the Libraries of both Houses.

This statement has also been made in the House of Lords: HLWS1090.
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

PER = P('2025-04-01', '2026-03-31', 'the year ending 31 March 2026')
PY = P('2024-04-01', '2025-03-31', '2024-25')
o = 'other'
figs = [
    F(412, 'count', 'serious_incident_notifications', 'serious incidents notified to the Panel (England)', 'notified the Panel of 412 serious incidents during the year'),
    F(438, 'count', 'serious_incident_notifications', 'serious incidents notified, 2024-25', 'compared with 438 in 2024-25', period=PY),
    F(173, 'count', 'child_deaths', 'notifications concerning a child who had died', '173 concerned a child who had died'),
    F(239, 'count', 'serious_harm_cases', 'notifications concerning a child seriously harmed', '239 a child who had been seriously harmed'),
    F(36, 'percent', 'serious_incident_notifications', 'share of notifications concerning babies under one', 'Just over a third of all notifications (36%)'),
    F(33.33, 'percent', 'serious_incident_notifications', 'share of notifications concerning babies (hedged)', 'Just over a third of all notifications', qualifier='just over', optional=True),
    F(398, 'count', 'rapid_reviews', 'rapid reviews sent to the Panel', 'Safeguarding partnerships sent the Panel 398 rapid reviews'),
    F(71, 'percent', o, 'rapid reviews completed within 15 working days', '71% were completed within the expected 15 working days'),
    F(64, 'percent', o, 'rapid reviews completed on time, 2024-25', 'up from 64% in 2024-25', period=PY),
    F(137, 'count', 'lcsprs_published', 'local child safeguarding practice reviews published', 'Partnerships published 137 local child safeguarding practice reviews'),
    F(212, 'count', 'lcsprs_ongoing', 'LCSPRs still in progress at the end of the year', '212 were still in progress'),
    F(3, 'count', 'national_reviews', 'cases selected for national review', 'The Panel itself selected three cases for national review'),
    F(1, 'count', o, 'national reviews published', 'published one national review'),
    F(14, 'count', 'recommendations', 'recommendations of the national review', 'which made 14 recommendations'),
    F(7, 'count', 'recommendations', 'recommendations to Government', 'seven of them to Government'),
    F(403720, 'count', 'children_in_need', 'children in need in England', 'there were 403,720 children in need in England'),
    F(334.6, 'rate_per_10000', 'children_in_need', 'children in need rate', 'a rate of 334.6 per 10,000 children'),
    F(49830, 'count', 'child_protection_plans', 'children subject of a child protection plan', '49,830 children were the subject of a child protection plan'),
    F(41.2, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate', 'a rate of 41.2 per 10,000'),
    F(50010, 'count', 'child_protection_plans', 'children on a plan a year earlier', 'A year earlier there were 50,010 children on a plan', period=P('2025-03-31', '2025-03-31', 'A year earlier')),
    F(615400, 'count', 'social_care_referrals', "referrals to children's social care", "received 615,400 referrals to children's social care"),
    F(1.8, 'percent', 'social_care_referrals', 'fall in referrals', '1.8% fewer than in 2024-25'),
    F(218900, 'count', 'section_47_enquiries', 'section 47 enquiries started', 'started 218,900 section 47 enquiries'),
    F(83630, 'count', 'looked_after_children', 'looked-after children', 'There were 83,630 looked-after children on 31 March 2026'),
    F(69, 'rate_per_10000', 'looked_after_children', 'looked-after children rate', 'a rate of 69 per 10,000'),
    F(9150, 'count', 'police_protection', 'uses of police protection powers', 'police protection on 9,150 occasions'),
    F(4, 'percent', 'police_protection', 'fall in uses of police protection', 'a fall of 4% on the year before'),
    F(153, 'count', o, 'local authorities with a multi-agency child protection team', 'all 153 local authorities have done so'),
    F(523000000, 'gbp', o, "Children's Social Care Prevention Grant", 'will rise to £523 million in 2026-27', period=P('2026-04-01', '2027-03-31', '2026-27')),
    F(45000000, 'gbp', o, 'Families First Partnership programme funding', 'a further £45 million to the Families First Partnership programme'),
    F(2, 'years', o, 'period of the Families First funding', 'over two years'),
    F(2600000, 'gbp', o, "Panel's annual budget", "The Panel's budget will increase to £2.6 million a year"),
    F(10, 'count', o, 'local areas piloting a shared child protection register', 'In 10 local areas we will pilot'),
    F(18, 'months', o, 'length of the register pilot', 'running for 18 months from April 2027'),
    F(1200000, 'gbp', o, 'cost of the independent evaluation', 'costing up to £1.2 million', qualifier='up to'),
]
nf = ['HCWS1187', '19 November 2026', '31 March 2026', "Children's Wellbeing and Schools Act 2025", 'section 47',
      'April 2027', 'HLWS1090', 'under one year old', 'within the expected 15 working days', 'per 10,000 children', '2024-25']
gold(DOC, 'other', "Children's Social Care: Safeguarding Update (Written statement HCWS1187)", None, None, PER, figs, nf, [],
     [{'name': 'Helen Marchbank', 'role': 'Parliamentary Under-Secretary of State for Children and Families'}], [],
     "A Written Ministerial Statement (kind other, like the parliamentary written answers of earlier folders). National (England): area null, no "
     "areas. Period from the scope sentence ('for the year ending 31 March 2026'). No quotes: the minister's statement is first-person prose "
     "with no quote marks. National counts take their metrics (notifications, deaths and serious harm, rapid reviews, LCSPRs published and "
     "ongoing, national reviews, CIN, CP plans, referrals, s47, looked after, police protection); a share of notifications keeps the whole's "
     "metric ('(36%)' required, the hedged 'Just over a third' optional); a percentage change takes the metric of what changed; the on-time "
     "share of rapid reviews is other and its '15 working days' a window inside the measure (not a figure); '2024-25' values have their own "
     "period; money for 2026-27 its own period. Statement numbers, the Act, dates, 'under one year old' are not figures.")
