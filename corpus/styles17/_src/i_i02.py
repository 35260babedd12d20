"""Writer i, i02: youth council survey report (Rochdale), plain text. Document + gold in one script."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'i02_rochdale_youth_council_safety_survey_report.txt'
TEXT = """SYNTHETIC DOCUMENT - invented for evaluation; the youth council, the young people, the quotes and all figures are made up. Only the place name is real.

ROCHDALE BOROUGH YOUTH COUNCIL
"Feeling Safe, Being Heard" - Our Survey Report 2026

Written by young people, for young people (and for the adults who make decisions about us)
Published December 2026 | Youth Council Report No. 9

-------------------------------------------------------------
CONTENTS
1. Why we did this survey
2. Who answered
3. Feeling safe
4. Telling someone
5. Online
6. What the council told us
7. Our asks
-------------------------------------------------------------

1. WHY WE DID THIS SURVEY

At our meeting in June 2026 the Youth Council voted to run our own survey about safety, because
the last time young people in the borough were asked properly was our 2024 survey. Sixteen of our
members (aged 12 to 19) wrote the questions with help from two youth workers. The survey was open
online and on paper from 14 September to 23 October 2026, and we took it into 21 secondary schools,
both colleges, youth centres and the Pupil Referral Unit.

"We wanted to ask the questions adults don't think to ask," said Youth Mayor Tayla Brierley, who
is 16. "Not just 'do you feel safe' but 'who would you actually tell, and would they do anything?'"

2. WHO ANSWERED

  Total responses ........................... 1,846
  Aged 11-13 ................................ 712
  Aged 14-16 ................................ 863
  Aged 17-19 ................................ 271
  Said they have a disability or SEND ....... 198
  Said they are a young carer ............... 87
  Said they are in care or care experienced . 41

That is more than double the 2024 survey, which had 804 responses. Not everyone answered every
question, so the percentages below are out of the people who answered that question.

3. FEELING SAFE

Most young people (78%) said they feel safe at home "all or most of the time". That is a little
lower than in 2024, when it was 81%.

Feeling safe was lowest on public transport and in town centres:

  Where                        Feel safe (2026)   Feel safe (2024)
  At home                            78%               81%
  At school or college               64%               69%
  In my local park                   41%               44%
  On buses and at the interchange    29%               36%
  In the town centre after dark      17%               n/a

Girls were much less likely than boys to feel safe on buses (19% compared with 40%). About one in
four young people (26%) said they had changed the way they travel in the last year because they
felt unsafe.

One 15-year-old wrote: "I don't get the bus after 6 anymore. My mum picks me up or I don't go."

4. TELLING SOMEONE

We asked: "If something was worrying you or someone was hurting you, who would you tell?" Young
people could tick more than one answer.

  A friend ................................. 61%
  A parent or carer ........................ 58%
  A teacher or member of staff ............. 33%
  A youth worker ........................... 12%
  Childline or a helpline .................. 9%
  Social worker ............................ 4%
  The police ............................... 7%
  Nobody ................................... 14%

Fourteen per cent said they would tell nobody. Of the 41 young people in care or care experienced
who answered, 15 said they would talk to their social worker.

Of the 1,846 young people, 412 (22%) said something had happened in the last year that they thought
an adult should have known about. Almost half of them (198) said they did not tell anyone.

Another young person, aged 13, wrote: "You tell a teacher and then it's a whole thing and you
lose control of it."

5. ONLINE

Six in ten young people (60%) said they had been contacted online by someone they did not know in
the last year. 23% said they had been sent a nude or sexual image they did not ask for, rising to
31% of girls aged 14-16. Only 38% said they knew how to report something to the platform.

6. WHAT THE COUNCIL TOLD US

We invited the Director of Children's Services to our October meeting and asked for the council's
own figures for 2025/26. These are what the council gave us (they are not from our survey):

  - Children's social care received 4,318 referrals in 2025/26.
  - 327 children were on a child protection plan on 31 March 2026 (the year before it was 356).
  - 462 children were looked after by the council on 31 March 2026.
  - The council's missing from home team did 1,104 return interviews.
  - 19 young people aged 16 or 17 were placed in supported accommodation in the year.

The Director, Marcus Oyelaran, told us: "Your survey is better than most of the data I get.
The bus finding is one we will take straight to the transport authority."

He also said the council would put £45,000 from its youth budget into the things we asked for
below, over two years.

7. OUR ASKS

  Ask 1: A trained safe-travel team on the busiest 4 bus routes after 5pm.
  Ask 2: Every secondary school to tell pupils within 10 school days of starting how to report
         something online, and who their safeguarding lead is.
  Ask 3: Youth workers in the town centre on Friday and Saturday nights, at least 2 nights a
         week, for a 12-month trial.
  Ask 4: Young people in care to be able to choose a second trusted adult.
  Ask 5: Come back to us in 6 months and tell us what you did.

Councillor Rachel Ainsworth, Cabinet Member for Children and Young People, said: "Nothing in
this report should be a surprise to us, and that is exactly the problem. We will answer every ask
in writing by the end of March."

Thank you to everyone who took part. The prize draw winners (3 x £20 vouchers) have been
contacted.

Rochdale Borough Youth Council | youthcouncil@rochdale-youth.example | 01632 960418
Charts and the full data tables are in the accessible version on our website.
"""

open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
PER = {'start': '2026-09-14', 'end': '2026-10-23', 'text': '14 September to 23 October 2026'}
P24 = P('2024-01-01', '2024-12-31', '2024 survey')
FY = P('2025-04-01', '2026-03-31', '2025/26')
SNAP = P('2026-03-31', '2026-03-31', '31 March 2026')
SNAP25 = P('2025-03-31', '2025-03-31', 'the year before')
o = 'other'
figs = [
    F(16, 'count', o, 'youth council members who wrote the questions', 'Sixteen of our members', optional=True),
    F(21, 'count', o, 'secondary schools the survey was taken into', 'we took it into 21 secondary schools'),
    F(1846, 'count', o, 'survey responses', 'Total responses ........................... 1,846'),
    F(712, 'count', o, 'responses aged 11-13', 'Aged 11-13 ................................ 712'),
    F(863, 'count', o, 'responses aged 14-16', 'Aged 14-16 ................................ 863'),
    F(271, 'count', o, 'responses aged 17-19', 'Aged 17-19 ................................ 271'),
    F(198, 'count', o, 'respondents with a disability or SEND', 'Said they have a disability or SEND ....... 198'),
    F(87, 'count', o, 'respondents who are young carers', 'Said they are a young carer ............... 87'),
    F(41, 'count', 'looked_after_children', 'respondents in care or care experienced', 'Said they are in care or care experienced . 41'),
    F(804, 'count', o, 'responses to the 2024 survey', 'which had 804 responses', period=P24),
    F(78, 'percent', o, 'young people who feel safe at home all or most of the time', 'Most young people (78%) said they feel safe at home'),
    F(81, 'percent', o, 'young people who felt safe at home in 2024', 'when it was 81%', period=P24),
    F(64, 'percent', o, 'feel safe at school or college', 'At school or college               64%               69%'),
    F(69, 'percent', o, 'felt safe at school or college in 2024', 'At school or college               64%               69%', period=P24),
    F(41, 'percent', o, 'feel safe in local park', 'In my local park                   41%               44%'),
    F(44, 'percent', o, 'felt safe in local park in 2024', 'In my local park                   41%               44%', period=P24),
    F(29, 'percent', o, 'feel safe on buses and at the interchange', 'On buses and at the interchange    29%               36%'),
    F(36, 'percent', o, 'felt safe on buses in 2024', 'On buses and at the interchange    29%               36%', period=P24),
    F(17, 'percent', o, 'feel safe in the town centre after dark', 'In the town centre after dark      17%'),
    F(19, 'percent', o, 'girls who feel safe on buses', 'on buses (19% compared with 40%)'),
    F(40, 'percent', o, 'boys who feel safe on buses', 'on buses (19% compared with 40%)'),
    F(26, 'percent', o, 'young people who changed the way they travel because they felt unsafe', 'About one in\nfour young people (26%)'),
    F(25, 'percent', o, 'young people who changed the way they travel (one in four)', 'About one in\nfour young people', qualifier='about', optional=True),
    F(61, 'percent', o, 'would tell a friend', 'A friend ................................. 61%'),
    F(58, 'percent', o, 'would tell a parent or carer', 'A parent or carer ........................ 58%'),
    F(33, 'percent', o, 'would tell a teacher or member of staff', 'A teacher or member of staff ............. 33%'),
    F(12, 'percent', o, 'would tell a youth worker', 'A youth worker ........................... 12%'),
    F(9, 'percent', o, 'would tell Childline or a helpline', 'Childline or a helpline .................. 9%'),
    F(4, 'percent', o, 'would tell a social worker', 'Social worker ............................ 4%'),
    F(7, 'percent', o, 'would tell the police', 'The police ............................... 7%'),
    F(14, 'percent', o, 'would tell nobody', 'Nobody ................................... 14%'),
    F(15, 'count', o, 'young people in care who would talk to their social worker', '15 said they would talk to their social worker'),
    F(412, 'count', o, 'young people who said something happened an adult should have known about', '412 (22%) said something had happened'),
    F(22, 'percent', o, 'young people who said something happened an adult should have known about', '412 (22%) said something had happened', optional=True),
    F(198, 'count', o, 'young people who did not tell anyone', 'Almost half of them (198) said they did not tell anyone'),
    F(50, 'percent', o, 'young people who did not tell anyone (almost half)', 'Almost half of them (198)', qualifier='almost', optional=True),
    F(60, 'percent', o, 'young people contacted online by someone they did not know', 'Six in ten young people (60%)'),
    F(23, 'percent', o, 'young people sent an unasked-for nude or sexual image', '23% said they had been sent a nude or sexual image'),
    F(31, 'percent', o, 'girls aged 14-16 sent an unasked-for sexual image', 'rising to\n31% of girls aged 14-16'),
    F(38, 'percent', o, 'young people who knew how to report to the platform', 'Only 38% said they knew how to report'),
    F(4318, 'count', 'social_care_referrals', "referrals to children's social care", "Children's social care received 4,318 referrals in 2025/26", period=FY),
    F(327, 'count', 'child_protection_plans', 'children on a child protection plan', '327 children were on a child protection plan on 31 March 2026', period=SNAP),
    F(356, 'count', 'child_protection_plans', 'children on a child protection plan the year before', '(the year before it was 356)', period=SNAP25),
    F(462, 'count', 'looked_after_children', 'children looked after', '462 children were looked after by the council on 31 March 2026', period=SNAP),
    F(1104, 'count', o, 'return interviews by the missing from home team', 'did 1,104 return interviews', period=FY),
    F(19, 'count', o, 'young people aged 16 or 17 placed in supported accommodation', '19 young people aged 16 or 17 were placed in supported accommodation', period=FY),
    F(45000, 'gbp', o, 'youth budget for the youth council asks', '£45,000 from its youth budget'),
    F(2, 'years', o, 'period of the £45,000 youth budget commitment', 'below, over two years'),
    F(4, 'count', o, 'busiest bus routes for a safe-travel team', 'on the busiest 4 bus routes'),
    F(10, 'days', o, 'school days within which pupils are told how to report', 'within 10 school days of starting'),
    F(2, 'count', o, 'nights a week of town-centre youth work asked for', 'at least 2 nights a\n         week', qualifier='at least'),
    F(12, 'months', o, 'town-centre youth work trial', 'for a 12-month trial'),
    F(6, 'months', o, 'time to come back to the youth council', 'Come back to us in 6 months'),
    F(3, 'count', o, 'prize draw vouchers', '(3 x £20 vouchers)', optional=True),
    F(20, 'gbp', o, 'prize draw voucher value', '(3 x £20 vouchers)', optional=True),
]
nf = ['Report No. 9', '2024 survey', 'aged 12 to 19', '14 September to 23 October 2026', 'who is 16', 'Aged 11-13',
      'after 6 anymore', '2025/26', '31 March 2026', 'after 5pm', 'Ask 1', 'Ask 5', '01632 960418', 'aged 13', 'One 15-year-old',
      'June 2026', 'two youth workers']
# NOTE anchors with line breaks are normalised by the checker (whitespace collapsed)
qs = [
    Q("We wanted to ask the questions adults don't think to ask,", 'Tayla Brierley', ['Brierley', 'Youth Mayor Tayla Brierley', 'the Youth Mayor'], 'said', role='Youth Mayor'),
    Q("Not just 'do you feel safe' but 'who would you actually tell, and would they do anything?'", 'Tayla Brierley', ['Brierley', 'Youth Mayor Tayla Brierley', 'the Youth Mayor'], None),
    Q("I don't get the bus after 6 anymore. My mum picks me up or I don't go.", 'a 15-year-old', ['15-year-old', 'One 15-year-old', 'a young person'], 'wrote'),
    Q("You tell a teacher and then it's a whole thing and you lose control of it.", 'a young person aged 13', ['young person', 'Another young person', 'a 13-year-old'], 'wrote'),
    Q('Your survey is better than most of the data I get. The bus finding is one we will take straight to the transport authority.', 'Marcus Oyelaran', ['Oyelaran', 'Mr Oyelaran', 'the Director'], 'told', role="Director of Children's Services"),
    Q('Nothing in this report should be a surprise to us, and that is exactly the problem. We will answer every ask in writing by the end of March.', 'Rachel Ainsworth', ['Ainsworth', 'Councillor Rachel Ainsworth', 'Cllr Ainsworth'], 'said', role='Cabinet Member for Children and Young People'),
    Q('all or most of the time', 'young people', ['survey respondents'], None, optional=True),
]
people = [{'name': 'Tayla Brierley', 'role': 'Youth Mayor'}, {'name': 'Marcus Oyelaran', 'role': "Director of Children's Services"},
          {'name': 'Rachel Ainsworth', 'role': 'Cabinet Member for Children and Young People'}]
bp = ['Rochdale Borough Youth Council | youthcouncil@rochdale-youth.example | 01632 960418',
      'Charts and the full data tables are in the accessible version on our website.']
gold(DOC, 'other', '"Feeling Safe, Being Heard" - Our Survey Report 2026', 'Rochdale', None, PER, figs, nf, qs, people, bp,
     "Youth council's own survey report (kind other: a youth council publishing its consultation results, not a committee paper). "
     "Record period = the survey window (scope sentence). Traps: a dot-leader respondent list; a 2026/2024 two-column table (2024 column own period, "
     "'n/a' not a zero); 'one in four (26%)' (26 required, 25 optional); '412 (22%)' count required, % optional; 'Almost half of them (198)'; "
     "the value 198 for two facts (SEND respondents and those who did not tell); council figures given to the youth council carry 2025/26 or 31 March "
     "snapshot periods; respondents in care as looked_after_children (a share of the survey, kept as the feature's metric); ages in age bands and the "
     "'aged 16 or 17' bound not figures; 'Ask 1'-'Ask 5' list numbers not figures; prize draw vouchers optional; scare-quoted 'all or most of the time' optional.")
