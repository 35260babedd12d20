"""Writer o, o05: a local weekly newspaper's news-in-brief column (Hillingdon), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'o05_hillingdon_weekly_newspaper_news_in_brief_column.txt'
TXT = '''[SYNTHETIC document invented for evaluation (writer o, styles20): the newspaper, people, cases, quotes and figures are made up; only place names are real.]

THE HILLINGDON HERALD
Thursday 3 December 2026 | Issue 4,812 | 95p

NEWS IN BRIEF

Compiled by Sunita Rao

FOSTER CARERS TO GET 6% RISE

Weekly allowances for the borough's 212 foster carers will rise by 6% from April after Hillingdon Council's cabinet backed the increase last Thursday. The rise will cost £486,000 a year. The weekly allowance for a child aged 11 to 15 will go from £268 to £284.

The borough has 398 children in care, 131 of them placed with the council's own foster carers. Councillor Priya Malhotra, cabinet member for children's services, said: "Our foster carers have had a hard few years with the cost of living, and we cannot afford to lose a single one of them."

---

HARLINGTON YOUTH CENTRE REOPENS

A youth centre in Harlington has reopened after a £1.2m refurbishment paid for by the council and a grant from the airport's community fund. It will open five evenings a week for young people aged 11 to 19.

Youth worker Dean Ofori said the young people had been "asking for this for years, and now they have got something better than they asked for".

---

FEWER CHILDREN ON PROTECTION PLANS

The number of children on child protection plans in Hillingdon fell to 268 at the end of September, from 301 in March, councillors on the children, families and education select committee heard on Tuesday. Referrals to children's social care rose 9% to 2,214 in the six months to September, and 688 section 47 enquiries were started.

Abigail Tranter, the council's director of children's services, told the committee that 41% of new plans were for neglect and that 17 children had been on a plan for more than 18 months.

"We are seeing fewer plans, but the ones we have are harder," she said. "Those 17 children are the ones I ask about every week."

---

CHRISTMAS FOOD VOUCHERS

Families of 14,870 children eligible for free school meals will get a £15 supermarket voucher for each child to cover the two-week Christmas holiday. The scheme will cost £223,050 and is paid for from the Household Support Fund.

---

FAMILY HUB OPENS IN YIEWSLEY

The borough's fourth family hub opened on Monday in the former Yiewsley library. The conversion cost £640,000, and the hub will offer midwife and health visitor clinics, parenting groups and debt advice.

---

HAYES MAN JAILED OVER BABY'S INJURIES

A 27-year-old Hayes man was jailed for four years at Isleworth Crown Court on Monday after admitting causing grievous bodily harm to his six-week-old daughter.

The court heard the baby spent 19 days in hospital with a fractured skull and broken ribs. She is now being cared for by relatives.

Judge Martin Ashworth told him: "You were the one person she should have been safe with."

---

VOLUNTEERS WANTED

Home-Start Hillingdon needs 20 more volunteers to support families with children under five. Training starts on 12 January and runs for eight weeks. Call 020 7946 0831 or visit homestarthillingdon.example.

---

CORRECTION

In last week's edition we said the council's children's services budget was £98m. It is £89m. We apologise for the error.

---

MOST READ THIS WEEK
1. Ruislip Lido car park to close for three months
2. Plans for 450 homes in West Drayton go to appeal
3. Uxbridge shop owner celebrates 40 years

Got a story? Call the newsdesk on 020 7946 0552 or email news@hillingdonherald.example
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

figs = [
    F(212, 'count', 'other', 'foster carers in the borough', "the borough's 212 foster carers"),
    F(6, 'percent', 'other', 'rise in foster carers\' weekly allowances', 'will rise by 6% from April'),
    F(486000, 'gbp', 'other', 'annual cost of the allowance rise', 'The rise will cost £486,000 a year'),
    F(398, 'count', 'looked_after_children', 'children in care', 'The borough has 398 children in care'),
    F(131, 'count', 'looked_after_children', "children in care placed with the council's own foster carers", "131 of them placed with the council's own foster carers"),
    F(11, 'years', 'other', 'allowance age band: lower bound', 'a child aged 11 to 15', optional=True),
    F(15, 'years', 'other', 'allowance age band: upper bound', 'a child aged 11 to 15', optional=True),
    F(268, 'gbp', 'other', 'weekly foster allowance for a child aged 11 to 15 (current)', 'will go from £268 to £284'),
    F(284, 'gbp', 'other', 'weekly foster allowance for a child aged 11 to 15 (from April)', 'from £268 to £284'),
    F(1200000, 'gbp', 'other', 'youth centre refurbishment', 'after a £1.2m refurbishment'),
    F(5, 'count', 'other', 'evenings a week the youth centre opens', 'five evenings a week', optional=True),
    F(11, 'years', 'other', 'youth centre age range: lower bound', 'aged 11 to 19', optional=True),
    F(19, 'years', 'other', 'youth centre age range: upper bound', 'aged 11 to 19', optional=True),
    F(268, 'count', 'child_protection_plans', 'children on child protection plans', 'fell to 268 at the end of September', period=P('2026-09-30', '2026-09-30', 'the end of September')),
    F(301, 'count', 'child_protection_plans', 'children on child protection plans', 'from 301 in March', period=P('2026-03-31', '2026-03-31', 'March')),
    F(9, 'percent', 'social_care_referrals', "rise in referrals to children's social care", 'rose 9% to 2,214', period=P('2026-04-01', '2026-09-30', 'the six months to September')),
    F(2214, 'count', 'social_care_referrals', "referrals to children's social care", "Referrals to children's social care rose 9% to 2,214 in the six months to September", period=P('2026-04-01', '2026-09-30', 'the six months to September')),
    F(688, 'count', 'section_47_enquiries', 'section 47 enquiries started', '688 section 47 enquiries were started', period=P('2026-04-01', '2026-09-30', 'the six months to September')),
    F(41, 'percent', 'child_protection_plans', 'new plans for neglect', '41% of new plans were for neglect'),
    F(17, 'count', 'child_protection_plans', 'children on a plan for more than 18 months', '17 children had been on a plan for more than 18 months'),
    F(14870, 'count', 'other', 'children eligible for free school meals getting vouchers', 'Families of 14,870 children eligible for free school meals'),
    F(15, 'gbp', 'other', 'supermarket voucher per child', 'a £15 supermarket voucher for each child'),
    F(2, 'weeks', 'other', 'Christmas holiday covered by vouchers', 'the two-week Christmas holiday', optional=True),
    F(223050, 'gbp', 'other', 'cost of the voucher scheme', 'The scheme will cost £223,050'),
    F(4, 'count', 'other', 'family hubs in the borough', "The borough's fourth family hub", optional=True),
    F(640000, 'gbp', 'other', 'cost of converting the Yiewsley family hub', 'The conversion cost £640,000'),
    F(27, 'years', 'other', 'age of the defendant', 'A 27-year-old Hayes man', optional=True),
    F(4, 'years', 'other', 'prison sentence', 'jailed for four years'),
    F(6, 'weeks', 'other', 'age of the baby', 'his six-week-old daughter'),
    F(19, 'days', 'other', 'days the baby spent in hospital', 'the baby spent 19 days in hospital'),
    F(20, 'count', 'other', 'volunteers needed by Home-Start', 'needs 20 more volunteers'),
    F(8, 'weeks', 'other', 'volunteer training course', 'runs for eight weeks'),
    F(89000000, 'gbp', 'other', "council's children's services budget (corrected)", 'It is £89m.'),
]
quotes = [
    Q('Our foster carers have had a hard few years with the cost of living, and we cannot afford to lose a single one of them.',
      'Priya Malhotra', ['Cllr Malhotra', 'Councillor Malhotra', 'Malhotra', 'Councillor Priya Malhotra'], 'said',
      role="cabinet member for children's services"),
    Q('asking for this for years, and now they have got something better than they asked for', 'Dean Ofori',
      ['Ofori', 'Mr Ofori'], 'said', role='Youth worker'),
    Q('We are seeing fewer plans, but the ones we have are harder,', 'Abigail Tranter', ['Tranter', 'Ms Tranter'], 'said',
      role="the council's director of children's services"),
    Q('Those 17 children are the ones I ask about every week.', 'Abigail Tranter', ['Tranter', 'Ms Tranter'], None),
    Q('You were the one person she should have been safe with.', 'Martin Ashworth', ['Judge Ashworth', 'Ashworth', 'the judge'],
      'told him'),
]
gold(DOC, 'news_article', 'News in brief', 'Hillingdon', None, P(None, None), figs,
     ['Issue 4,812', '95p', '3 December 2026', '12 January', '020 7946 0831', '020 7946 0552', '£98m', 'under five', 'section 47', 'six months',
      'more than 18 months', 'Ruislip Lido car park to close for three months', '450 homes', '40 years'],
     quotes,
     [{'name': 'Sunita Rao', 'role': 'compiler of the column'},
      {'name': 'Priya Malhotra', 'role': "cabinet member for children's services"},
      {'name': 'Dean Ofori', 'role': 'Youth worker'},
      {'name': 'Abigail Tranter', 'role': "director of children's services"},
      {'name': 'Martin Ashworth', 'role': 'Judge'}],
     ['MOST READ THIS WEEK', '1. Ruislip Lido car park to close for three months',
      '2. Plans for 450 homes in West Drayton go to appeal', '3. Uxbridge shop owner celebrates 40 years',
      'Got a story? Call the newsdesk on 020 7946 0552 or email news@hillingdonherald.example'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A local weekly newspaper\'s news-in-brief column: '
     'eight short items under capitalised headings separated by "---", with a masthead (issue number, cover price), a '
     'compiler byline, a correction notice and a "Most read" list. No record period: a column of unrelated items with '
     'no account of a period of work; the CP plan counts carry their own snapshot dates (end of September 2026, March '
     '2026). Partnership null (none named). The foster allowance goes from £268 to £284 (two facts; 268 is also the CP count, in another unit); its age band optional. The six-month referral and s47 counts and the 9% rise carry the April-September 2026 period. The fourth family hub (ordinal) optional. Children in care and those placed with in-house foster carers keep '
     'looked_after_children (placement subset); the neglect share of new plans and plans for more than 18 months keep '
     'child_protection_plans ("more than 18 months" is the definition, not a figure). "Those 17 children" inside a quote '
     'repeats the 17 (mention). Court item: the sentence, the baby\'s age (six-week-old) and 19 days in hospital are case '
     'facts (required); the defendant\'s age optional. Youth centre opening frequency and age band optional; the two-week '
     'holiday optional. Correction: £89m is the figure, the wrong £98m is not. Quotes: five, four speakers (a cabinet '
     'member, a youth worker\'s fragment in reported speech, the director with a cue-less follow-on quote, a judge). The '
     'Most read list and the newsdesk line are boilerplate.')
