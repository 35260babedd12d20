"""Writer o, o06: a community centre's annual report to its annual general meeting (Lewisham), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 'o06_lewisham_community_centre_annual_report_to_agm.txt'
TXT = '''SYNTHETIC document invented for evaluation (writer o, styles20): the centre, people, quotes and figures are made up; only place names are real.

BELLINGHAM COMMUNITY CENTRE
Registered charity no. 1093376

ANNUAL REPORT
to the Annual General Meeting, Wednesday 18 November 2026, 7pm, in the main hall

This report covers our year from 1 September 2025 to 31 August 2026. The accounts summarised in section 5 have been examined by our independent examiner and will be put to the meeting for approval under Item 4.

1. CHAIR'S REPORT

This has been the busiest year I can remember. The centre was open for 48 weeks of the year and we counted 11,400 visits through the front door, from toddler groups in the morning to the over-60s' tea dance on Friday afternoons. Our 62 volunteers gave more than 9,300 hours of their time, and without them none of this would happen.

We said goodbye to our long-serving caretaker, Len, after 22 years, and welcomed two new part-time staff, so we now have 9 paid staff, all part-time.

Marcia Bennett, Chair of Trustees

2. YOUTH CLUB

The youth club ran on 92 evenings. 146 young people aged 10 to 17 are registered with us, and average attendance was 38 a session, up from 29 last year. Over the summer our holiday programme gave a hot lunch and activities to 210 children for 4 weeks.

One of our members, Jade, 14, wrote in the feedback book: "This is the only place I don't have to pretend I'm fine. The staff notice stuff."

3. KEEPING CHILDREN SAFE

Report of the Designated Safeguarding Lead

We logged 37 safeguarding concerns this year, compared with 24 last year. Most were about young people's worries at home or online. 11 were referred to Lewisham Children's Social Care through the MASH, and 3 to the police. One allegation about a volunteer was referred to the LADO; it was not substantiated, and the volunteer has since left.

All volunteers and staff have a current enhanced DBS check. 58 of our 62 volunteers (94%) completed safeguarding training this year, and the rest are booked on the January course.

At our open meeting in March, PCSO Kwame Adjei told residents: "When something happens on the estate, the first people the kids talk to are the ones in this building. That matters more than you think."

4. FOOD PANTRY

The pantry has 318 member households, 204 of them with children, and recorded 8,760 visits. Membership costs £3.50 a week for a bag worth about £20.

A parent who uses the pantry said: "I stopped skipping meals so the kids could eat. That's what this place did."

5. TREASURER'S REPORT (summary)

Income                          £
Grants                     84,200
Room hire                  31,650
Donations                   6,940
Pantry membership           9,540
Total income              132,330

Expenditure                     £
Staff                      78,400
Premises                   29,100
Activities                 14,260
Pantry food                 8,050
Total expenditure         129,810

Surplus for the year        2,520

Unrestricted reserves at 31 August 2026 were £41,300, about four months' running costs. The trustees' policy is to hold at least three months.

Kofi Mensah, Treasurer

6. ELECTION OF TRUSTEES

Three trustees stand down by rotation and offer themselves for re-election. Nominations for the remaining vacancy may be made from the floor.

Bellingham Community Centre, Randlesdown Road, London SE6. Tel 020 7946 0274. www.bellinghamcc.example
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

prev = P('2024-09-01', '2025-08-31', 'last year')
figs = [
    F(48, 'weeks', 'other', 'weeks the centre was open', 'open for 48 weeks of the year'),
    F(11400, 'count', 'other', 'visits to the centre', 'we counted 11,400 visits'),
    F(62, 'count', 'other', 'volunteers', 'Our 62 volunteers'),
    F(9300, 'count', 'other', 'volunteer hours (hours: no spec unit)', 'more than 9,300 hours', qualifier='more than', optional=True),
    F(22, 'years', 'other', "caretaker's years of service", 'after 22 years', optional=True),
    F(2, 'count', 'other', 'new part-time staff', 'welcomed two new part-time staff', optional=True),
    F(9, 'count', 'other', 'paid staff', 'we now have 9 paid staff'),
    F(92, 'count', 'other', 'youth club evenings', 'The youth club ran on 92 evenings'),
    F(146, 'count', 'other', 'young people registered with the youth club', '146 young people aged 10 to 17 are registered'),
    F(10, 'years', 'other', 'youth club age range: lower bound', 'aged 10 to 17', optional=True),
    F(17, 'years', 'other', 'youth club age range: upper bound', 'aged 10 to 17', optional=True),
    F(38, 'count', 'other', 'average attendance a session', 'average attendance was 38 a session'),
    F(29, 'count', 'other', 'average attendance a session', 'up from 29 last year', period=prev),
    F(210, 'count', 'other', 'children in the summer holiday programme', 'to 210 children for 4 weeks'),
    F(4, 'weeks', 'other', 'summer holiday programme', 'for 4 weeks'),
    F(14, 'years', 'other', 'age of the member quoted', 'Jade, 14, wrote', optional=True),
    F(37, 'count', 'other', 'safeguarding concerns logged', 'We logged 37 safeguarding concerns'),
    F(24, 'count', 'other', 'safeguarding concerns logged', 'compared with 24 last year', period=prev),
    F(11, 'count', 'social_care_referrals', "referrals to Lewisham Children's Social Care", "11 were referred to Lewisham Children's Social Care"),
    F(3, 'count', 'other', 'concerns referred to the police', 'and 3 to the police'),
    F(1, 'count', 'other', 'allegation about a volunteer referred to the LADO', 'One allegation about a volunteer was referred to the LADO'),
    F(58, 'count', 'other', 'volunteers who completed safeguarding training', '58 of our 62 volunteers (94%) completed safeguarding training'),
    F(94, 'percent', 'other', 'volunteers who completed safeguarding training', '(94%)', optional=True),
    F(318, 'count', 'other', 'pantry member households', 'The pantry has 318 member households'),
    F(204, 'count', 'other', 'pantry member households with children', '204 of them with children'),
    F(8760, 'count', 'other', 'pantry visits', 'recorded 8,760 visits'),
    F(3.5, 'gbp', 'other', 'weekly pantry membership', 'Membership costs £3.50 a week'),
    F(20, 'gbp', 'other', 'value of a pantry bag', 'a bag worth about £20', qualifier='about'),
    F(84200, 'gbp', 'other', 'income from grants', 'Grants                     84,200'),
    F(31650, 'gbp', 'other', 'income from room hire', 'Room hire                  31,650'),
    F(6940, 'gbp', 'other', 'income from donations', 'Donations                   6,940'),
    F(9540, 'gbp', 'other', 'income from pantry membership', 'Pantry membership           9,540'),
    F(132330, 'gbp', 'other', 'total income', 'Total income              132,330'),
    F(78400, 'gbp', 'other', 'expenditure on staff', 'Staff                      78,400'),
    F(29100, 'gbp', 'other', 'expenditure on premises', 'Premises                   29,100'),
    F(14260, 'gbp', 'other', 'expenditure on activities', 'Activities                 14,260'),
    F(8050, 'gbp', 'other', 'expenditure on pantry food', 'Pantry food                 8,050'),
    F(129810, 'gbp', 'other', 'total expenditure', 'Total expenditure         129,810'),
    F(2520, 'gbp', 'other', 'surplus for the year', 'Surplus for the year        2,520'),
    F(41300, 'gbp', 'other', 'unrestricted reserves at 31 August 2026', 'Unrestricted reserves at 31 August 2026 were £41,300'),
    F(4, 'months', 'other', "reserves as months' running costs", "about four months' running costs", qualifier='about', optional=True),
    F(3, 'months', 'other', 'reserves policy', 'to hold at least three months', qualifier='at least', optional=True),
    F(3, 'count', 'other', 'trustees standing down by rotation', 'Three trustees stand down by rotation', optional=True),
]
quotes = [
    Q("This is the only place I don't have to pretend I'm fine. The staff notice stuff.", 'Jade',
      ['Jade, 14', 'a young member', 'One of our members'], 'wrote'),
    Q('When something happens on the estate, the first people the kids talk to are the ones in this building. That matters more than you think.',
      'Kwame Adjei', ['PCSO Adjei', 'Adjei', 'PCSO Kwame Adjei'], 'told residents', role='PCSO'),
    Q("I stopped skipping meals so the kids could eat. That's what this place did.", 'a parent',
      ['parent', 'A parent who uses the pantry'], 'said'),
]
gold(DOC, 'other', 'Bellingham Community Centre Annual Report', 'Lewisham', None,
     P('2025-09-01', '2026-08-31', '1 September 2025 to 31 August 2026'), figs,
     ['1093376', '18 November 2026', '7pm', 'Item 4', 'section 5', 'over-60s', 'SE6', '020 7946 0274', 'January',
      'March', '31 August 2026', 'none of this'],
     quotes,
     [{'name': 'Marcia Bennett', 'role': 'Chair of Trustees'}, {'name': 'Kofi Mensah', 'role': 'Treasurer'},
      {'name': 'Kwame Adjei', 'role': 'PCSO'}],
     ['Registered charity no. 1093376', 'Tel 020 7946 0274. www.bellinghamcc.example'],
     'SYNTHETIC document invented for evaluation (writer o, styles20). A community centre\'s annual report to its annual '
     'general meeting (kind other: a charity\'s own report, its registration in the head). Period in a scope sentence: the '
     'centre\'s own year 1 September 2025 to 31 August 2026; "last year" figures carry the previous September-August '
     'year. Partnership null (none named). The chair\'s and treasurer\'s first-person reports are not quotes. The DSL\'s '
     'section: concerns logged (other), referrals to children\'s social care via the MASH (social_care_referrals), police '
     'and LADO referrals other; count (percent) -> percent optional. A plain-text income and expenditure table in pounds '
     '(not £000) with totals and a surplus (each a figure). Volunteer hours optional (hours have no unit; hedged); '
     'service length of the retiring caretaker, new staff, age band and a speaker\'s age optional; reserves in months and '
     'the reserves policy optional. Quotes: a young member\'s written words (cue wrote), a PCSO at an open meeting, an '
     'anonymous parent. Charity number, postcode, times and item numbers not figures.')
