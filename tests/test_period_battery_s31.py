"""Record periods on a battery of invented document openings in plain council, partnership, NHS,
charity and news settings (issue 13: each metadata field >= 0.9 on documents nobody tuned for).

Method: the 48 battery rows (title or masthead, a few lines of body, some with a publication line)
and the period each should have BY THE CONVENTIONS (corpus/README.md: the report's own year; null
for one case, a decision, a proposal, a campaign; academic years September to August; Scotland's
31 July year; date-relative phrases read against the page's date) were written before the tool
was run on them. Each is read through the record's own path: the txt ingest (its title and the
date of a dateline it drops) and `find_period`.

FIRST ACCURACY (main at c6a4ce0, before any change): 32/48 = 0.667. After the changes: 45/48 =
0.938; the three rows still failing are xfail with their reasons.

The second table (37 rows, one block per construction the changes added, with negative rows) was
written after the first fixes and before running it: 31/37 at first run; 36/37 after, 37/37 once
one row's expectation (o7, a decision paper naming its year twice), written as a year, was
corrected to none, which ruling 4 and the existing decision rule give. A last block (8 rows, a plain calendar
year told in a story's first sentence) was written after the battery's row needed it. Every text
is invented."""

from __future__ import annotations

import pytest

from extractor.ingest import load
from extractor.metadata import find_period


def _record_period(name: str, text: str) -> tuple[str | None, str | None]:
    document = load(f"{name}.txt", text.encode())
    period = find_period(document.text, document.source.title, document.source.date,
                         document.context)
    return (period.start, period.end) if period else (None, None)


def _fy(y: int) -> tuple[str, str]:
    return (f"{y}-04-01", f"{y + 1}-03-31")


def _ay(y: int) -> tuple[str, str]:
    return (f"{y}-09-01", f"{y + 1}-08-31")


def _cy(y: int) -> tuple[str, str]:
    return (f"{y}-01-01", f"{y}-12-31")


_NONE: tuple[None, None] = (None, None)

_BATTERY = [
    ("iro_annual",
     'Anytown Council\n'
     'Corporate Parenting Panel\n'
     '9 July 2026\n'
     'Independent Reviewing Officer Service: Annual Report 2025-26\n'
     'Report of the Head of Quality Assurance\n'
     '1. This report tells members about the work of the IRO service over the last year. The service chaired 1,240 reviews for 410 children in care.\n'
     '2. Caseloads averaged 68 children per IRO.\n',
     _fy(2025)),
    ("lado_scope",
     'Local Authority Designated Officer (LADO) Annual Report\n'
     'Anyshire County Council\n'
     'This report covers the period 1 April 2025 to 31 March 2026.\n'
     'The LADO received 512 contacts about adults working with children, up from 468 in 2024/25. Of these, 187 met the threshold for a strategy meeting.\n',
     _fy(2025)),
    ("virtual_school_ay",
     'Anytown Virtual School\n'
     "Headteacher's Annual Report\n"
     'Academic year 2024/25\n'
     'The virtual school supported 388 children in care of school age. 62% attended a school judged good or better. Fixed-term suspensions fell to 41.\n',
     _ay(2024)),
    ("scrutiny_q2",
     'Children and Young People Scrutiny Committee\n'
     '15 December 2026\n'
     "Children's Services Performance Report: Quarter 2 2026/27\n"
     'The committee is asked to note performance to the end of September 2026. Referrals in the quarter numbered 1,012, and 94% of assessments were completed within 45 working days.\n',
     ('2026-07-01', '2026-09-30')),
    ("news_year_to_march",
     'Rise in children on protection plans\n'
     'By Sam Taylor\n'
     'Published: 12 May 2026\n'
     'The number of children on child protection plans in Anytown rose by 9% in the year to March, new council figures show.\n'
     'There were 312 children on plans at the end of March, compared with 286 a year earlier.\n'
     'Councillor Ann Lee said the rise reflected better identification.\n',
     _fy(2025)),
    ("news_one_case",
     'Review finds missed chances to protect baby\n'
     'By Priya Shah\n'
     '3 June 2026\n'
     'A safeguarding review into the death of a seven-week-old baby in Anytown has found that agencies missed chances to share information.\n'
     'The review, known as Child R, was published by the Anytown Safeguarding Children Partnership on Tuesday. It makes six recommendations.\n'
     'In 2024/25 the partnership carried out four rapid reviews.\n',
     _NONE),
    ("cabinet_decision",
     'Anytown Council\n'
     'Cabinet - 21 January 2026\n'
     'Award of contract for supported accommodation for 16 and 17 year olds\n'
     'Recommendation: That Cabinet approves the award of a four-year contract to the preferred provider from 1 April 2026.\n'
     'In 2024/25 the council placed 46 young people in supported accommodation at a cost of £3.2m.\n',
     _NONE),
    ("private_fostering_cy",
     'Private Fostering Annual Report\n'
     'Anyshire Council\n'
     'This report sets out private fostering activity in the calendar year 2025.\n'
     'The council received 14 notifications of private fostering arrangements, compared with 11 in 2024. All 14 visits were made within seven days.\n',
     _cy(2025)),
    ("charity_our_year",
     'Anytown Young Carers\n'
     'Our year: 2025\n'
     'Thank you to everyone who supported us. Between January and December 2025 we supported 286 young carers across Anytown and ran 140 group sessions.\n'
     '46 young carers went on a residential trip in August.\n',
     _cy(2025)),
    ("partnership_business_plan",
     'Anyshire Safeguarding Children Partnership\n'
     'Business Plan 2026-2028\n'
     'Our priorities for the next two years are neglect, exploitation and the voice of the child.\n'
     'By March 2028 we will have trained 2,000 practitioners in the neglect toolkit.\n',
     _NONE),
    ("nhs_board_q3",
     'Anytown Hospitals NHS Foundation Trust\n'
     'Board of Directors - Public Meeting\n'
     'Safeguarding Children Quarterly Report: Q3 2025/26\n'
     'Purpose: to assure the Board on safeguarding activity between October and December 2025.\n'
     'The team received 612 safeguarding referrals in the quarter. Level 3 training compliance was 88%.\n',
     ('2025-10-01', '2025-12-31')),
    ("letter_to_mp",
     'Anytown Council\n'
     "Children's Services\n"
     '14 April 2026\n'
     'Dear Ms Grant MP\n'
     'Thank you for your letter of 2 April asking about children placed outside the borough.\n'
     "In 2025/26, 96 of the 402 children in our care lived more than 20 miles from Anytown. In 2025/26 we also opened two new children's homes in the borough.\n"
     'Yours sincerely\n',
     _fy(2025)),
    ("minutes_annual_report",
     "Minutes of the Children's Scrutiny Panel\n"
     'Held on 11 September 2025 at the Civic Centre, Anytown\n'
     '5. Anytown Safeguarding Children Partnership Annual Report 2024-25\n'
     'The Independent Scrutineer presented the report. Members heard that the partnership had notified the national panel of six serious incidents during the year and completed two local child safeguarding practice reviews.\n'
     'RESOLVED that the report be noted.\n',
     _fy(2024)),
    ("consultation_response",
     "Anytown Council response to the Department for Education consultation on children's social care reform\n"
     'Submitted 28 February 2026\n'
     'Question 3: Do you agree with the proposed national framework?\n'
     'We agree. In our area, demand has grown: in 2024/25 we received 5,600 referrals.\n',
     _NONE),
    ("internal_audit_fieldwork",
     'Internal Audit Report\n'
     'Anytown Council\n'
     "Children's Services: Direct Payments\n"
     'Audit fieldwork was carried out between October and November 2025.\n'
     'We tested a sample of 25 direct payment agreements; 4 had no signed agreement on file.\n'
     'Assurance opinion: Limited.\n',
     ('2025-10-01', '2025-11-30')),
    ("news_calendar_stats",
     'Domestic abuse incidents involving children reach record\n'
     'By Lee Morgan\n'
     '10 February 2026\n'
     'Police in Anyshire recorded 4,210 domestic abuse incidents where a child was present in 2025, the highest number on record.\n'
     'The figure for 2025 compares with 3,870 in 2024.\n',
     _cy(2025)),
    ("ehe_scrutiny_ay",
     'Report to: Education Scrutiny Committee\n'
     'Date: 4 November 2025\n'
     'Subject: Elective Home Education Annual Update\n'
     '1.1 This report gives an update on children electively home educated during the 2024/25 academic year.\n'
     '1.2 At the end of the year 742 children were home educated, up from 655.\n',
     _ay(2024)),
    ("hwb_cdop_year_ending",
     'Anytown Health and Wellbeing Board\n'
     '24 September 2026\n'
     'Child Death Overview Panel Annual Report\n'
     'The panel reviewed 38 child deaths in the year ending 31 March 2026. Modifiable factors were found in 12 reviews.\n',
     _fy(2025)),
    ("fostering_six_monthly",
     'Anytown Fostering Service\n'
     'Six-monthly report to the Executive: April to September 2025\n'
     'The service approved 9 new fostering households and 6 left. At 30 September 2025 there were 188 households.\n',
     ('2025-04-01', '2025-09-30')),
    ("adoption_reporting_period",
     'Regional Adoption Agency\n'
     'Agency Report to the Joint Committee\n'
     'Reporting period: 1 October 2025 to 31 March 2026\n'
     'In the period 31 children were placed for adoption and 27 adoption orders were granted.\n',
     ('2025-10-01', '2026-03-31')),
    ("news_report_of_year_vs_comparators",
     'Safeguarding partnership reports fall in serious incidents\n'
     'By Kate Hill\n'
     'Published 20 November 2025\n'
     "The Anyshire Safeguarding Children Partnership's annual report for 2024/25 shows it notified nine serious incidents, down from 13 in 2023/24 and 15 in 2022/23.\n"
     'In 2023/24 the partnership had also begun three local reviews, and in 2022/23 two.\n'
     'The report was published this week.\n',
     _fy(2024)),
    ("web_this_fy",
     'Anytown Council - Family Hubs\n'
     'Last updated: 3 December 2025\n'
     'So far this financial year our family hubs have welcomed 6,400 families. Parenting courses have run in all eight hubs.\n',
     _fy(2025)),
    ("council_news_last_year",
     'Anytown Council news\n'
     'Fostering fortnight: thank you to our carers\n'
     '15 May 2026\n'
     'Last year our foster carers looked after 240 children. Last year we also welcomed 22 new fostering families, the most for a decade.\n'
     'Find out more at our information evening.\n',
     _fy(2025)),
    ("data_bulletin_quarter",
     'Anyshire County Council\n'
     "Children's Social Care Data Bulletin\n"
     'January to March 2026\n'
     'Contacts received: 4,120\n'
     'Referrals: 1,345\n'
     'Child protection plans at quarter end: 402\n',
     ('2026-01-01', '2026-03-31')),
    ("mash_12_months_to",
     'Anytown Multi-Agency Safeguarding Hub\n'
     'Annual Review\n'
     'This review looks at the work of the MASH in the 12 months to 31 March 2026.\n'
     'The MASH handled 14,200 contacts, and 31% led to a referral.\n',
     _fy(2025)),
    pytest.param("minutes_decision",
     'Minutes of a meeting of the Corporate Parenting Board\n'
     'Held on 2 March 2026\n'
     "3. Care leavers' council tax exemption\n"
     'The Board considered the proposal to extend the exemption to care leavers up to age 25. In 2024/25, 118 care leavers received the exemption.\n'
     'RESOLVED: that the extension be recommended to Cabinet.\n',
     _NONE,
     marks=pytest.mark.xfail(strict=True, reason="minutes dated by their meeting that report no period take the meeting's financial year (_meeting_year, the minutes convention); the row's expectation reads ruling 4 (a decision has no period): which convention rules minutes of one decision is the lead's call")),
    ("budget_consultation_results",
     'Anytown Council\n'
     'Budget Consultation 2026/27: Results\n'
     'Report to Cabinet, 12 February 2026\n'
     "The council asked residents for their views on its budget proposals for 2026/27. 1,842 people responded; 61% agreed with protecting children's social care.\n",
     _fy(2026)),
    ("s175_summary_ay",
     'Anytown Council Education Safeguarding Team\n'
     'Section 175 Safeguarding Audit: Summary for Schools 2024-25\n'
     'All 84 schools returned the audit in the 2024-25 academic year. 12 schools had an action plan for training.\n',
     _ay(2024)),
    ("news_three_months_to",
     'Agency social worker spending climbs\n'
     'By Tom Reid\n'
     '8 August 2026\n'
     'Anytown Council spent £2.1m on agency social workers in the three months to June, a report to councillors shows.\n'
     'That is up from £1.6m in the same quarter last year.\n',
     ('2026-04-01', '2026-06-30')),
    pytest.param("letter_to_parents",
     'Anytown Council\n'
     "Children's Services\n"
     'Dear parent or carer,\n'
     'From 1 September 2026 the way you apply for free school transport is changing. Applications for 2026/27 open on 1 May. In 2025/26, 2,100 children used the service.\n'
     'Yours faithfully\n',
     _NONE,
     marks=pytest.mark.xfail(strict=True, reason="a letter announcing a change names two years once each; nothing in its opening says its subject is not a year's figures, short of a genre rule for notices")),
    ("partnership_annual_2025_to_2026",
     'Anytown Safeguarding Adults and Children Partnership\n'
     'Annual Report 2025 to 2026\n'
     'Foreword by the Independent Chair\n'
     'This year the partnership has focused on neglect and on the transition to adulthood. We trained 1,450 staff.\n',
     _fy(2025)),
    ("fostering_title_months",
     'Fostering Service Annual Report (April 2025 - March 2026)\n'
     'Anytown Council\n'
     'The service recruited 18 new fostering households. 41 children moved to long-term foster placements.\n',
     _fy(2025)),
    ("cpc_calendar_scope",
     'Anyshire Child Protection Committee\n'
     'Annual Report\n'
     'This report covers the work of the committee from January to December 2025.\n'
     'There were 212 inter-agency referral discussions and 64 child protection case conferences.\n',
     _cy(2025)),
    ("scottish_register_year",
     'Anyshire Council\n'
     'Child Protection Statistics 2024-25\n'
     'In the year to 31 July 2025, 148 children were placed on the child protection register in Anyshire. At 31 July 2025 there were 96 children on the register.\n',
     ('2024-08-01', '2025-07-31')),
    ("news_outturn_vs_budget",
     "Children's homes bill tops £40m\n"
     'By Jo Smith\n'
     'Published 9 June 2026\n'
     'Anytown Council spent £41.3m on residential placements for children in 2025/26, its outturn report shows.\n'
     'The council has set aside £44m for 2026/27, and expects the 2026/27 figure to rise further if more children need homes.\n',
     _fy(2025)),
    ("consultation_short_breaks",
     'Have your say: proposed changes to short breaks for disabled children\n'
     'Anytown Council\n'
     'We are proposing to change how short breaks are allocated. In 2024/25, 640 children used a short break. The consultation closes on 30 April 2026.\n',
     _NONE),
    ("youth_service_comparators",
     'Anytown Youth Service\n'
     'Annual Report 2025/26\n'
     'Young people made 14,300 visits to youth centres, compared with 12,100 in 2024/25. Detached youth work reached 2,400 young people (2024/25: 2,050). Volunteers gave 3,100 hours (2024/25: 2,800).\n',
     _fy(2025)),
    ("cabinet_year_end",
     'Report to Cabinet\n'
     '16 June 2026\n'
     'Year-end Performance Report 2025/26\n'
     'This report summarises performance against the Council Plan at the end of March 2026. Of 48 indicators, 31 met their target.\n',
     _fy(2025)),
    ("nhs_iha_committee",
     'Anytown Community Health NHS Trust\n'
     'Quality and Safety Committee\n'
     'Initial Health Assessments for Children in Care: performance 2025/26\n'
     'The trust completed 318 initial health assessments in 2025/26; 71% were within 20 working days, up from 58% the year before.\n',
     _fy(2025)),
    ("news_school_year",
     'Suspensions in Anytown schools rise again\n'
     'By Raj Patel\n'
     '17 July 2026\n'
     "Anytown's schools suspended pupils 6,120 times in the 2024/25 school year, government figures published on Thursday show.\n"
     'That was up from 5,480 the year before.\n',
     _ay(2024)),
    pytest.param("partnership_news_training",
     'Anytown Safeguarding Children Partnership\n'
     'News\n'
     'New neglect training dates announced\n'
     'We have added eight new dates for our multi-agency neglect training in spring 2026. Book through the learning portal. In 2024/25, 600 practitioners attended.\n',
     _NONE,
     marks=pytest.mark.xfail(strict=True, reason='a notice of training dates to book: its subject (events) is shown by no general construction, short of a genre rule')),
    ("cme_half_year",
     'Children Missing Education: Half-year Update\n'
     'Report to the Schools Forum, 19 November 2026\n'
     'Between 1 April and 30 September 2026 the council received 412 notifications of children missing education. 388 were resolved within 20 school days.\n',
     ('2026-04-01', '2026-09-30')),
    ("charity_impact_fy",
     'Anytown Family Support\n'
     'Our impact 2024-25\n'
     'Last year our volunteers supported 320 families with children under five. 92% of parents said they felt more confident.\n',
     _fy(2024)),
    ("news_scheme_launch",
     "Council launches kinship carers' allowance\n"
     'By Jo Smith\n'
     '2 April 2026\n'
     'Kinship carers in Anytown will receive a weekly allowance from May under a new council scheme.\n'
     'There are about 240 kinship carers in the borough, the council said. The scheme will cost £1.2m in 2026/27.\n',
     _NONE),
    ("cdop_thematic_span",
     'Anyshire Child Death Overview Panel\n'
     'Sudden Unexpected Deaths in Infancy: a thematic analysis of deaths between 2021 and 2025\n'
     'The panel reviewed 34 deaths of babies under one in the five years 2021 to 2025. In 26 a parent had shared a sleep surface.\n',
     ('2021-01-01', '2025-12-31')),
    ("monthly_performance",
     "Anytown Children's Services\n"
     'Monthly Performance Report: March 2026\n'
     'Referrals this month: 402\n'
     'Re-referrals within 12 months: 19%\n'
     'Children in care at month end: 388\n',
     ('2026-03-01', '2026-03-31')),
    ("web_this_summer",
     'Anytown Council\n'
     'Holiday activities: how the summer went\n'
     'Published 10 September 2026\n'
     'This summer 3,400 children took part in our free holiday activities and food programme, eating 21,000 meals across 60 clubs.\n',
     ('2026-07-01', '2026-08-31')),
    ("education_year_ended_august",
     'Anytown Education Safeguarding Partnership\n'
     'Report on attendance and safeguarding\n'
     'This report covers the year ended 31 August 2025.\n'
     'Persistent absence among children with a social worker was 38%. 96 children were referred to the attendance team.\n',
     _ay(2024)),
]


@pytest.mark.parametrize("name, text, expected", _BATTERY)
def test_battery(name: str, text: str, expected: tuple[str | None, str | None]) -> None:
    assert _record_period(name, text) == expected


_CONSTRUCTIONS = [
# 1. A dropped 'Last updated:' / 'Updated' line dates a txt page, as 'Published:' does, so
# 'this financial year' and 'the last financial year' are read against it.
    ("u1",
     'Anyshire Council - Short breaks\n'
     'Last updated: 12 January 2026\n'
     'So far this financial year 410 families have used a short break.\n',
     _fy(2025)),
    ("u2",
     "Anytown Council - Care leavers' hub\n"
     'Updated 4 June 2026\n'
     'In the last financial year the hub supported 230 care leavers into work or training.\n',
     _fy(2025)),
    ("u3",
     'Anytown Council - Early help\n'
     'Last updated on 20 October 2025\n'
     'This financial year our early help teams have worked with 1,900 families.\n',
     _fy(2025)),
    ("u4",
     'Anyshire Council - Fostering\n'
     'Updated: 2 March 2026\n'
     'So far this financial year 17 new foster families have been approved.\n',
     _fy(2025)),
    ("u5",
     'Anytown Council - Youth clubs\n'
     'Page last updated: 9 September 2026\n'
     'This financial year our clubs have had 8,200 visits so far.\n',
     _fy(2026)),
# 2. A span of months named once, opening a sentence of the first line of prose that counts
# what was done in it, is the text's period; later, or with no count, it is not.
    ("s1",
     'Anytown Early Help Service\n'
     "Update for the Children's Board\n"
     'Between April and June 2026 the service received 1,120 requests for support, and 84% were allocated within five days.\n',
     ('2026-04-01', '2026-06-30')),
    ("s2",
     'Anyshire Youth Offer\n'
     'From 1 January to 30 June 2026, 2,300 young people attended a youth session.\n'
     'Most sessions ran in the evening.\n',
     ('2026-01-01', '2026-06-30')),
    ("s3",
     'Anytown Family Hubs\n'
     'Progress report\n'
     'During July to September 2025 the hubs welcomed 3,900 families.\n',
     ('2025-07-01', '2025-09-30')),
    ("s4",
     'Anytown Parenting Service\n'
     'Between September and December 2025, 46 parents completed a parenting course.\n'
     'Courses ran in four hubs.\n',
     ('2025-09-01', '2025-12-31')),
    ("s5",
     'Anytown Parenting Service\n'
     'Our courses help parents of teenagers.\n'
     'Between September and December 2025 the courses ran in four hubs.\n',
     _NONE),
    ("s6",
     'Anytown Council\n'
     'School holiday clubs\n'
     'The clubs run in every school holiday. Places are free for children on free school meals.\n'
     'Between July and August 2025 the clubs were busy, with 1,900 children attending.\n',
     _NONE),
    ("s7",
     'Anytown Young Carers Project\n'
     'Between January and March 2026 we helped 140 young carers, up from 120 between October and December 2025.\n',
     ('2026-01-01', '2026-03-31')),
# 3. A heading's split year is a school year when the text names the same year as one, or
# counts to the July or the August that closes it; another year so named does not change it.
    ("a1",
     'Anytown Council\n'
     'Attendance Report 2024/25\n'
     'Persistent absence in the 2024/25 school year was 19%, down from 21%.\n',
     _ay(2024)),
    ("a2",
     'Inclusion Service Annual Report 2025-26\n'
     'Anyshire County Council\n'
     'In the academic year 2025-26 the service supported 612 pupils at risk of exclusion.\n',
     _ay(2025)),
    ("a3",
     "Children's Social Work Figures 2024-25\n"
     'Anyshire Council\n'
     'In the year to 31 July 2025 there were 301 child protection investigations.\n',
     ('2024-08-01', '2025-07-31')),
    ("a4",
     'Elective Home Education Report 2024-25\n'
     'In the year ending 31 August 2025, 88 children started home education.\n',
     _ay(2024)),
    ("a5",
     'Anytown Council\n'
     'Fostering Report 2024/25\n'
     'In 2024/25 the service approved 12 households. Three were teachers who began in the 2023/24 academic year.\n',
     _fy(2024)),
    ("a6",
     'Anytown Council\n'
     'Adoption Report 2024-25\n'
     'In 2024-25, 31 children were adopted. In the year to 31 July 2024 there had been 25.\n',
     _fy(2024)),
    ("a7",
     'Anyshire Schools Forum\n'
     'Exclusions Summary 2025/26\n'
     'There were 34 permanent exclusions in the 2025/26 academic year.\n',
     _ay(2025)),
# 4. A yearless window ('the six months to September', 'the quarter to June') in the first line
# of a dated story's prose ends at the latest such month before its date; later, it is an item's.
    ("w1",
     "Referrals to children's services rise\n"
     'By Jo Smith\n'
     '14 November 2026\n'
     'Referrals rose by 12% in the six months to September, a report to councillors says.\n',
     ('2026-04-01', '2026-09-30')),
    ("w2",
     'Fewer children waiting for adoption\n'
     'By Amy Price\n'
     '3 August 2026\n'
     'In the quarter to June, 14 children were placed with adoptive families, council figures show.\n',
     ('2026-04-01', '2026-06-30')),
    ("w3",
     'Missing school figures climb\n'
     'By Tom Reid\n'
     '10 February 2026\n'
     'The council recorded 220 children missing education in the three months to the end of December.\n',
     ('2025-10-01', '2025-12-31')),
    ("w4",
     'Youth centre visits up\n'
     'By Raj Patel\n'
     '21 August 2026\n'
     'Youth centres had 41,000 visits in the year to June, up by a tenth.\n',
     ('2025-07-01', '2026-06-30')),
    ("w5",
     'Care placements cost more\n'
     'By Jo Smith\n'
     '12 May 2026\n'
     'The council spent £31m on care placements in the year to March, its figures show.\n',
     _fy(2025)),
    ("w6",
     'Council opens new family hub\n'
     'By Jo Smith\n'
     '14 November 2026\n'
     'A new family hub opened in Anytown on Monday, with a café, a library and rooms for health visitors.\n'
     "The hub's staff will offer parenting courses, baby clinics and advice on benefits.\n"
     "The council's other hubs had seen referrals rise by 12% in the six months to September.\n",
     _NONE),
# 5. What a year is expected, set aside or will cost is a projection; the year the date last
# closed, named in the opening, is the story's.
    ("p1",
     'Council spent £12m on agency staff\n'
     'By Lee Morgan\n'
     'Published 10 June 2026\n'
     'Anytown Council spent £12m on agency social workers in 2025/26. It expects the 2026/27 bill to fall, and expects 2026/27 to see more permanent staff.\n',
     _fy(2025)),
    ("p2",
     'Home-to-school transport overspends\n'
     'By Jo Smith\n'
     '2 July 2026\n'
     'The council spent £9.1m on transport for children with SEND in 2025/26. The service will cost £10.4m in 2026/27, and £11m in 2026/27 is the worst case.\n',
     _fy(2025)),
    ("p3",
     "Foster carers' allowance to rise\n"
     'By Amy Price\n'
     '15 June 2026\n'
     'The council paid £6.2m in fostering allowances in 2025/26 and has set aside £6.8m for 2026/27. Officers have set aside a further sum for 2026/27 in case of new carers.\n',
     _fy(2025)),
    ("p4",
     "Council children's budget under strain\n"
     'By Jo Smith\n'
     '20 May 2026\n'
     "Children's services overspent by £4m in 2025/26. In 2025/26 demand for placements grew by 9%.\n",
     _fy(2025)),
# 6. A year named once, past the first sentence, in a text whose opening shows its subject is a
# decision, a proposal, a consultation response or one child's death, is background.
    ("o1",
     'Anytown Council\n'
     'Report to Cabinet, 3 March 2026\n'
     'Extension of the family support contract\n'
     '1. Recommendation: That Cabinet agrees to extend the contract for one year.\n'
     '2. In 2024/25 the service supported 820 families.\n',
     _NONE),
    ("o2",
     'Anyshire County Council\n'
     'Corporate Parenting Panel\n'
     'Members are asked to approve the revised pledge to children in care.\n'
     'The pledge was written with the Children in Care Council. In 2024/25, 46 young people took part in its meetings.\n',
     _NONE),
    ("o3",
     'Anytown Council\n'
     'Proposed changes to youth services\n'
     'We are proposing to merge two youth centres into one new building. The consultation closes on 31 May 2026.\n'
     'In 2024/25 the centres had 18,000 visits.\n',
     _NONE),
    ("o4",
     'Anyshire Safeguarding Children Partnership\n'
     'Our response to the Department for Education consultation on multi-agency child protection teams\n'
     "We welcome the proposals. In 2024/25 our area's front door handled 14,000 contacts.\n",
     _NONE),
    ("o5",
     "Teenager's death: review published\n"
     'By Kate Hill\n'
     '9 June 2026\n'
     'A review into the death of a 15-year-old boy in Anyshire has found that his school and social workers did not share concerns.\n'
     "The boy had been known to children's services since he was 12. In 2024/25 the partnership began two other reviews.\n",
     _NONE),
    ("o6",
     'Partnership publishes annual report\n'
     'By Kate Hill\n'
     '9 November 2025\n'
     "The Anyshire Safeguarding Children Partnership's annual report says it trained 1,400 staff.\n"
     'It also began two reviews. In 2024/25 it notified the national panel of seven serious incidents.\n',
     _fy(2024)),
    ("o7",
     'Anytown Council\n'
     'Report to Cabinet, 3 March 2026\n'
     'Proposed changes to short breaks\n'
     'Members are asked to approve the consultation on short breaks. In 2024/25, 640 children used a short break, and in 2024/25 demand rose by 8%.\n',
     _NONE),  # first written as _fy(2024); ruling 4 (a decision paper) says none
    ("o8",
     'Anyshire Council\n'
     "Have your say on our plans for children's centres\n"
     'We want to hear from families who use our centres.\n'
     'In 2024/25 the centres saw 9,800 families.\n',
     _NONE),
# 7. A dated story whose first sentence of prose counts its figures in a plain year already
# ended, naming no financial year, school year or span: that calendar year (written after the
# battery's row, before running: 7/8 at first run, but c3 had been written as none to suit a first
# version that wanted the year named twice, against the conventions' reading of a story on a
# year's figures; corrected, 6/8; with the rule relaxed to one mention, 7/8).
    ("c1",
     'Youth violence arrests fall\n'
     'By Sam Taylor\n'
     '14 January 2026\n'
     'Police arrested 312 under-18s for knife offences in Anyshire in 2025, down by a fifth.\n'
     'The 2025 figure is the lowest for six years.\n',
     _cy(2025)),
    ("c2",
     'More young carers identified\n'
     'By Amy Price\n'
     '3 March 2026\n'
     'Schools in Anytown identified 540 young carers during 2025, the council says.\n'
     'In 2025 the council also funded two new support groups.\n',
     _cy(2025)),
    ("c3",
     'Private fostering notifications rise\n'
     'By Jo Smith\n'
     '20 February 2026\n'
     'The council received 19 private fostering notifications in 2025.\n'
     'That compares with 12 in 2024.\n',
     _cy(2025)),
    ("c4",
     "Council opens new children's home\n"
     'By Jo Smith\n'
     '20 February 2026\n'
     "A new four-bed children's home has opened in Anytown, the first the council has run since 2015.\n"
     'The council closed its last home in 2015.\n',
     _NONE),
    ("c5",
     'Adoption numbers climb\n'
     'By Lee Morgan\n'
     '9 January 2026\n'
     'Some 41 children were adopted in Anytown in 2025, up from 33.\n'
     'Adoptions in 2025 were the highest since records began.\n',
     _cy(2025)),
    ("c6",
     'Plans for youth hub approved\n'
     'By Raj Patel\n'
     '5 June 2026\n'
     'A youth hub will open in 2027 with 40 staff, after councillors approved the plans.\n'
     'Building will begin in 2027.\n',
     _NONE),
    pytest.param("c7",
     'Referrals rise in first year of hub\n'
     'By Kate Hill\n'
     '2 February 2026\n'
     'The family hub handled 2,100 referrals in 2025, its first full year, and 2025 saw 80 volunteers join. In 2025/26 it expects more.\n',
     _cy(2025),
     marks=pytest.mark.xfail(strict=True, reason="a financial year the story names once, for what it expects, is a vote candidate and wins over the plain year of its figures")),
    ("c8",
     "Children's services chief to retire\n"
     'By Kate Hill\n'
     '2 February 2026\n'
     "Anytown's director of children's services, who joined in 2019, will retire in the summer.\n"
     'She was appointed in 2019 after eight years in Anyshire.\n',
     _NONE),
]


@pytest.mark.parametrize("name, text, expected", _CONSTRUCTIONS)
def test_constructions(name: str, text: str, expected: tuple[str | None, str | None]) -> None:
    assert _record_period(name, text) == expected


@pytest.mark.parametrize("line, date", [
    ("Last updated: 3 December 2025", "2025-12-03"),
    ("Updated 14 May 2026", "2026-05-14"),
    ("Last updated on 2 February 2026", "2026-02-02"),
    ("Published: 12 May 2026", "2026-05-12"),
    ("Issued: 10 June 2026", "2026-06-10"),
])
def test_a_dropped_dateline_dates_the_page(line: str, date: str) -> None:
    document = load("page.txt", f"Anytown Council - Family hubs\n{line}\nOur hubs are open.\n".encode())
    assert document.source.date == date
