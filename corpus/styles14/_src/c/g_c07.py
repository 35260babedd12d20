"""c07: a full council agenda item with a notice of motion, an amendment and officers' comments (Powys, bilingual
headings), written here as text, and its gold. Run: /tmp/pdfgen8/bin/python _src/c/g_c07.py"""
import os
from mk_c import F, P, Q, gold, DIR

DOC = 'c07_powys_notice_of_motion_childrens_residential_care.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The motion, councillors, officers, quotes and figures are made up; only place names are real.
CYNGOR SIR POWYS COUNTY COUNCIL

CYNGOR LLAWN / FULL COUNCIL
Dydd Iau, 10 Rhagfyr 2026 / Thursday, 10 December 2026

Eitem 11 / Item 11
HYSBYSIAD O GYNNIG / NOTICE OF MOTION

11.1 The following Notice of Motion has been received in accordance with Rule 4.11 of the Council Procedure Rules (Part 4 of the Constitution). It is proposed by County Councillor Bethan Pryce-Llewellyn and seconded by County Councillor Huw Meredith.

Children's residential care and the children's social care workforce

This Council notes that:

(a) Powys County Council looked after 247 children at 31 March 2026, up from 221 at 31 March 2024. A further 531 children had care and support plans, and 46 children were on the child protection register, a rate of 24.9 per 10,000 children (Wales: 38.6).

(b) Of the 38 Powys children living in residential children's homes, 33 are placed with profit-making providers, at an average weekly cost of £6,850. Eleven of those children live more than 50 miles from home, four of them in England.

(c) Agency social workers made up 34% of the children's services social work workforce in 2025-26, at a cost of £3.9 million, against a budget of £1.2 million.

(d) In its assurance check in June 2026, Care Inspectorate Wales found that 'the reliance on agency staff presents a risk to the continuity of relationships for children and to the quality of planning'.

(e) The Mid and West Wales Safeguarding Board agreed two Extended Child Practice Reviews involving Powys children in 2025-26.

(f) The Children's Commissioner for Wales has said that "children should never be a source of profit, and no child should have to move across the country because there is no bed near home".

This Council believes that children in its care should live close to their families, schools and communities, in homes run for them and not for profit.

This Council resolves to:

1. Ask the Cabinet to bring forward a plan to open two new in-house children's homes with a total of eight beds by March 2028;
2. Introduce a market supplement of 5% for permanent children's social workers from April 2027;
3. Ask the Director of Social Services to report progress to the Health and Care Scrutiny Committee within six months.

11.2 DIWYGIAD / AMENDMENT

The following amendment has been received from County Councillor Sandra Vaughan (Cabinet Member for a Caring Powys), seconded by County Councillor Elwyn Rees:

In resolution 1, delete "two new in-house children's homes with a total of eight beds by March 2028" and insert "three new in-house children's homes with a total of ten beds by March 2029, funded from the £2.4 million capital allocation for eliminating profit from children's care".

Resolutions 2 and 3 unchanged.

11.3 SYLWADAU SWYDDOGION / OFFICERS' COMMENTS

Head of Finance (Section 151 Officer): The market supplement in resolution 2 would cost an estimated £310,000 a year. The original resolution 1 has no identified funding; the capital cost of a four-bed home is estimated at £1.1 million, with running costs of around £1.05 million a year per home. The amendment's three homes would be met from the £2.4 million allocation, with the remaining capital of £900,000 to be found from the capital programme.

Director of Social Services: Powys already runs two children's homes with six beds between them. An in-house placement costs on average £4,900 a week, against £6,850 in the independent sector. The Health and Social Care (Wales) Act 2025 requires new placements to be with not-for-profit providers from 1 April 2027.

Monitoring Officer: The motion and the amendment are in order. If the amendment is carried it becomes the substantive motion.

Contact: Democratic Services, 01632 960318, democratic.services@powys-council.example
Tudalen 87 / Page 87
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

o, lac = 'other', 'looked_after_children'
P24 = P('2023-04-01', '2024-03-31', 'at 31 March 2024')
MOT = P('2026-12-10', '2028-03-31', 'by March 2028')
AM = P('2026-12-10', '2029-03-31', 'by March 2029')
figs = [
    F(247, 'count', lac, 'children looked after', 'looked after 247 children at 31 March 2026'),
    F(221, 'count', lac, 'children looked after at 31 March 2024', 'up from 221 at 31 March 2024', period=P24),
    F(531, 'count', 'children_in_need', 'children with care and support plans', 'A further 531 children had care and support plans'),
    F(46, 'count', 'child_protection_plans', 'children on the child protection register', '46 children were on the child protection register'),
    F(24.9, 'rate_per_10000', 'child_protection_plans', 'children on the register per 10,000', 'a rate of 24.9 per 10,000 children'),
    F(38.6, 'rate_per_10000', 'child_protection_plans', 'children on the register per 10,000, Wales comparator', '(Wales: 38.6)'),
    F(38, 'count', o, 'Powys children living in residential children\'s homes', "Of the 38 Powys children living in residential children's homes"),
    F(33, 'count', o, 'children placed with profit-making providers', '33 are placed with profit-making providers'),
    F(6850, 'gbp', o, 'average weekly cost of a residential placement with a profit-making provider', 'at an average weekly cost of £6,850'),
    F(11, 'count', o, 'children living more than 50 miles from home', 'Eleven of those children live more than 50 miles from home'),
    F(4, 'count', o, 'children placed in England', 'four of them in England'),
    F(34, 'percent', o, 'agency social workers as a share of the social work workforce', 'Agency social workers made up 34%'),
    F(3900000, 'gbp', o, 'cost of agency social workers', 'at a cost of £3.9 million'),
    F(1200000, 'gbp', o, 'budget for agency social workers', 'against a budget of £1.2 million'),
    F(2, 'count', 'lcsprs_commissioned', 'Extended Child Practice Reviews agreed involving Powys children', 'agreed two Extended Child Practice Reviews'),
    F(2, 'count', o, 'new in-house children\'s homes proposed in the motion', "open two new in-house children's homes", period=MOT),
    F(8, 'count', o, 'beds in the proposed homes (motion)', 'with a total of eight beds by March 2028', period=MOT),
    F(5, 'percent', o, 'proposed market supplement for permanent children\'s social workers', 'a market supplement of 5%'),
    F(6, 'months', o, 'deadline for reporting progress to scrutiny', 'within six months'),
    F(3, 'count', o, 'new in-house children\'s homes proposed in the amendment', "insert \"three new in-house children's homes", period=AM),
    F(10, 'count', o, 'beds in the proposed homes (amendment)', 'with a total of ten beds by March 2029', period=AM),
    F(2400000, 'gbp', o, 'capital allocation for eliminating profit from children\'s care', 'funded from the £2.4 million capital allocation'),
    F(310000, 'gbp', o, 'estimated yearly cost of the market supplement', 'would cost an estimated £310,000 a year'),
    F(1100000, 'gbp', o, 'estimated capital cost of a four-bed home', 'the capital cost of a four-bed home is estimated at £1.1 million'),
    F(1050000, 'gbp', o, 'estimated yearly running cost per home', 'running costs of around £1.05 million a year per home', qualifier='around'),
    F(900000, 'gbp', o, 'remaining capital to be found', 'the remaining capital of £900,000'),
    F(2, 'count', o, 'existing in-house children\'s homes', 'Powys already runs two children\'s homes'),
    F(6, 'count', o, 'beds in existing in-house homes', 'with six beds between them'),
    F(4900, 'gbp', o, 'average weekly cost of an in-house placement', 'An in-house placement costs on average £4,900 a week'),
]
nf = ['Dydd Iau, 10 Rhagfyr 2026', 'Thursday, 10 December 2026', 'Eitem 11 / Item 11', '11.1', 'Rule 4.11', 'Part 4 of the Constitution',
      '31 March 2026', 'per 10,000', 'more than 50 miles', 'June 2026', '2025-26', 'resolution 1', 'Resolutions 2 and 3', 'resolution 2',
      '1. Ask the Cabinet', '2. Introduce', '3. Ask the Director', 'from April 2027', 'four-bed home', 'Health and Social Care (Wales) Act 2025',
      'from 1 April 2027', '01632 960318', 'Tudalen 87 / Page 87', '11.2 DIWYGIAD', '11.3 SYLWADAU', '(a)', '(f)', 'Section 151 Officer']
qs = [
    Q('the reliance on agency staff presents a risk to the continuity of relationships for children and to the quality of planning',
      'Care Inspectorate Wales', ['CIW', 'the inspectorate'], 'found'),
    Q('children should never be a source of profit, and no child should have to move across the country because there is no bed near home',
      "the Children's Commissioner for Wales", ["Children's Commissioner for Wales", 'the Commissioner', "Children's Commissioner"], 'has said'),
    Q("two new in-house children's homes with a total of eight beds by March 2028", 'Sandra Vaughan', ['Vaughan', 'Cllr Vaughan'],
      'delete', optional=True),
    Q("three new in-house children's homes with a total of ten beds by March 2029, funded from the £2.4 million capital allocation for eliminating profit from children's care",
      'Sandra Vaughan', ['Vaughan', 'Cllr Vaughan'], 'insert', optional=True),
]
people = [{'name': 'Bethan Pryce-Llewellyn', 'role': 'County Councillor, proposer of the motion'},
          {'name': 'Huw Meredith', 'role': 'County Councillor, seconder of the motion'},
          {'name': 'Sandra Vaughan', 'role': 'County Councillor, Cabinet Member for a Caring Powys, proposer of the amendment'},
          {'name': 'Elwyn Rees', 'role': 'County Councillor, seconder of the amendment'}]
bp = ['CYNGOR SIR POWYS COUNTY COUNCIL', 'CYNGOR LLAWN / FULL COUNCIL', 'HYSBYSIAD O GYNNIG / NOTICE OF MOTION',
      'Contact: Democratic Services, 01632 960318', 'Tudalen 87 / Page 87']
notes = ("Full council agenda item with a notice of motion, an amendment and officers' comments (new genre), Welsh council with "
         "bilingual headings; kind council_report; record period 2025-26, the year whose figures the motion cites (snapshots at "
         "31 March 2026); partnership null (the regional board is only mentioned). Welsh conventions: the register is "
         "child_protection_plans, care and support plans are children_in_need, an Extended Child Practice Review agreed is "
         "lcsprs_commissioned. Traps: lettered 'notes' (a)-(f) and numbered resolutions 1-3, 'Rule 4.11', 'Part 4', "
         "'resolution 1', 'Resolutions 2 and 3'; the motion's proposals (two homes, eight beds, by March 2028) and the "
         "amendment's replacement text (three homes, ten beds, by March 2029, £2.4 million) are different facts with their own "
         "target periods; the amendment's deleted and inserted text sits in double quotes but is drafting, not speech (optional "
         "quotes); '£6,850' appears twice for the same fact; the value 2 for three facts (reviews agreed, homes proposed, homes "
         "already run) and 6 for two (months deadline, existing beds); 'four-bed home' and 'more than 50 miles' are not figures; children in residential homes are a placement-type subset (other); "
         "'a rate of 24.9 per 10,000 children (Wales: 38.6)' comparator; 'around £1.05 million a year per home'; a single-quoted "
         "inspectorate finding after 'found that' and a double-quoted Commissioner fragment after 'has said that'; Welsh date "
         "line and 'Tudalen 87 / Page 87'.")
gold(DOC, 'council_report', 'Full Council, 10 December 2026, Item 11: Notice of Motion - Children\'s residential care and the children\'s social care workforce',
     'Powys', None, P('2025-04-01', '2026-03-31', '2025-26'), figs, nf, qs, people, bp, notes)
