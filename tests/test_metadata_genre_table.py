"""Record metadata of whole document openings in genres the corpus READMEs hardly cover.

Each row is an INVENTED opening as a reader meets it (title line(s), a standfirst or the first
short paragraphs, and where the genre has one a footer or boilerplate line), with what a reader
records for it: kind (who publishes decides: a council's, a committee's or a partnership's
papers and pages are `council_report`, a publication's stories and any body's press release
`news_article`, a case review's own text `case_review`, the rest `other`), the document's own
reporting period (start, end; null where it has none), area and partnership. The expectations
were written before the tool was run on them. Rows are read through the production path
(ingest.load, then the calls extract_document makes), as tests/test_metadata_openings.py does.

First measurement (before any fix), rows right per field out of 48:
area 45, partnership 46, period start 41, period end 41, kind 40; all five right in 28 of
the 48 rows (2026-12-03, main 821bbbb). Wrong at first: kind of an NHS trust's, an ICB's, an
academy trust's and a police and crime commissioner's reports (-> council_report), a union's
statement and a councillor's newsletter (-> news_article), a JSNA chapter (-> other); periods
of a survey's and a study's months, a task group's months, a committee report's and a think
tank's comparison years, an improvement notice's inspection month, and a press release's
inspection dates; area of a diocese named after a town, an MP's 'in Westminster', a council
inside a partnership named in a guest's past role; partnership of a school's policy and of a
Scottish report 'presented to' a child protection committee.

The kind of four rows was first written `other` (an NHS trust's annual and quarterly reports, an
ICB's, a police and crime commissioner's) and is now `council_report`: the released gold of
corpus/styles11 labels an NHS trust's safeguarding annual report to its board `council_report`
(a statutory partner's report), and the tool said so from the start. Against the corrected
expectations the first measurement is kind 44/48 and all five right in 32/48.

After the fixes (same 48 rows, corrected expectations): area 48, partnership 46, start 45, end
45, kind 48; all five right in 43/48. The five rows still wrong are marked xfail below with the
reason (two are national texts with no settled period; three are the project's conventions
disagreeing with the row). The 14 rows after the marker in ROWS were written
with the fixes, both ways, and all pass.

A second batch of 10 rows in genres neither batch had (court and reporter statistics, a youth
justice inspection, a fostering panel's report, Citizens Advice, an NSPCC release, a care
leavers' page, a written ministerial statement, a youth parliament's manifesto, a radio web
story) was written after those fixes and run once before any change: area 10, partnership 10,
start 9, end 9, kind 9 (all five 8/10). The kind miss (a national reporter service's
"Statistical Analysis 2024/25" -> council_report) was then fixed (genre.is_statistics_release);
the written statement's period stayed xfail until a date labelled at a line's start ("Made on:",
"Laid:", "Dated:") was read as the document's own date (tests/test_metadata_genre_unseen.py),
so the funding years after it are a projection: no period.
"""

from __future__ import annotations

import pytest

from extractor.area import choose_area
from extractor.evaluate import _norm_name as _norm
from extractor.ingest import load
from extractor.kind import predict_kind
from extractor.metadata import find_partnership, find_period
from extractor.pipeline import to_doc

CR, NEWS, REVIEW, OTHER = "council_report", "news_article", "case_review", "other"

# (genre, text, area, partnership, start, end, kind)
ROWS = [
    # an NHS trust's safeguarding annual report to its own board: a statutory partner's report,
    # council_report as the released gold labels one (styles11); first written as `other`
    ("nhs_trust_annual",
     "Leeds Community Healthcare NHS Trust\nSafeguarding Children Annual Report 2024/25\n\n"
     "1. Introduction\nThis report gives the Trust Board assurance on how the Trust met its "
     "safeguarding duties between 1 April 2024 and 31 March 2025. The Trust is a statutory "
     "member of the Leeds Safeguarding Children Partnership.\n2. Training\nCompliance with "
     "level 3 training was 91% (2023/24: 86%).\n",
     "Leeds", "Leeds Safeguarding Children Partnership", "2024-04-01", "2025-03-31", CR),
    # a hospital trust's quarterly safeguarding paper: the quarter, not the year (kind as above)
    ("nhs_trust_quarterly",
     "Board of Directors - Part 1\nPaper 14\nSafeguarding Quarterly Report: Quarter 3 "
     "(October to December 2025)\nPresented by: Chief Nurse\n\nThis paper summarises safeguarding "
     "activity at Northern Valley Hospitals NHS Foundation Trust in Quarter 3 of 2025/26. "
     "Referrals to children's social care numbered 212 (Q2: 188).\n",
     None, None, "2025-10-01", "2025-12-31", CR),
    # an ICB's annual report for several councils: no single area (kind as above)
    ("icb_annual",
     "NHS West Moorland Integrated Care Board\nSafeguarding Annual Report 2024-25\n\n"
     "Our ICB commissions health services for around 1.2 million people across Gateshead, "
     "Northumberland and Sunderland. This report covers the year from April 2024 to March "
     "2025.\nWe are a statutory safeguarding partner in each of the three local partnerships.\n",
     None, None, "2024-04-01", "2025-03-31", CR),
    # Healthwatch: a survey report covers the months it ran
    ("healthwatch",
     "Healthwatch Norfolk\nYoung people's experiences of mental health support\n\n"
     "Between October and December 2025 we heard from 340 young people aged 13 to 19 about "
     "getting help with their mental health. This report shares what they told us.\n"
     "Healthwatch Norfolk is a registered charity (no. 1153506).\n",
     "Norfolk", None, "2025-10-01", "2025-12-31", OTHER),
    # a charity's research report, with a projection's year
    ("charity_research",
     "Kinship Futures\nResearch report | March 2026\nStretched thin: kinship carers in the "
     "North East\n\nWe surveyed 212 kinship carers in 2025. Two in five said they had thought "
     "about giving up. Without action, we estimate 3,000 more children will need care by 2030.\n"
     "Kinship Futures is a registered charity in England and Wales (1170001).\n",
     None, None, None, None, OTHER),
    # a school's safeguarding policy: review dates are no reporting period
    ("school_policy",
     "Hollins Park Primary School\nChild Protection and Safeguarding Policy\n\n"
     "Approved by governors: September 2025\nNext review: September 2026\n\n"
     "This policy follows Keeping Children Safe in Education 2025 and the procedures of the "
     "Wigan Safeguarding Children Partnership.\n",
     "Wigan", "Wigan Safeguarding Children Partnership", None, None, OTHER),
    # an academy trust's annual safeguarding report: the academic year
    ("academy_trust_report",
     "Pennine Learning Trust\nAnnual Safeguarding Report to the Board of Trustees\nAcademic "
     "year 2024/25\n\nAcross our nine academies, designated safeguarding leads recorded 1,412 "
     "concerns, compared with 1,206 in 2023/24.\nPennine Learning Trust is a charitable company "
     "limited by guarantee registered in England (07000001).\n",
     None, None, "2024-09-01", "2025-08-31", OTHER),
    # a school's newsletter: no period
    ("school_newsletter",
     "St Anne's Catholic High School\nNewsletter - Spring Term 2026, Issue 3\n\n"
     "Dear families,\nWhat a busy half term it has been! Our Year 9 students visited the "
     "Houses of Parliament and 96% of students attended every day last week.\n",
     None, None, None, None, OTHER),
    # a partnership's practitioner e-bulletin (its own page)
    ("partnership_ebulletin",
     "Sheffield Children Safeguarding Partnership\nPractitioner e-Bulletin | February 2026\n\n"
     "In this issue: new neglect toolkit, training dates, and learning from a recent rapid "
     "review.\nBook your place on our multi-agency training via the partnership website.\n",
     "Sheffield", "Sheffield Children Safeguarding Partnership", None, None, CR),
    # a charity's e-newsletter
    ("charity_enewsletter",
     "Family Links Foundation - e-news\nMay 2026\n\nHello and welcome to our May update. This "
     "month our volunteers ran 40 parenting groups and we launched our new helpline.\n"
     "Unsubscribe | Registered charity number 1099001\n",
     None, None, None, None, OTHER),
    # a podcast transcript: no period
    ("podcast",
     "The Practice Room - a podcast for social workers\nEpisode 42: Neglect and the home visit\n"
     "Transcript\n\nHOST: Welcome back to The Practice Room. Today I'm joined by an "
     "experienced team manager.\nGUEST: Thanks for having me. In 2019 I started in a child "
     "protection team.\n",
     None, None, None, None, OTHER),
    # a radio programme's transcript: a broadcaster's
    ("radio_transcript",
     "BBC Radio Devon - Breakfast with Jo Ellis\nTranscript: 08:10 item, Tuesday 3 March 2026\n\n"
     "JO ELLIS: Devon County Council says the number of children in care has fallen for the "
     "first time in five years. I asked the cabinet member why.\nCLLR MARSH: We have invested "
     "in early help.\n",
     "Devon", None, None, None, NEWS),
    # a union's statement
    ("union_statement",
     "UNISON Hampshire County Branch\nStatement on children's social work caseloads\n\n"
     "Our members in children's services tell us caseloads have risen to 25 children each. "
     "The branch is calling on Hampshire County Council to recruit more social workers and "
     "to end the use of agency cover.\nPromoted by the branch secretary.\n",
     "Hampshire", None, None, None, OTHER),
    # a campaign's open letter
    ("campaign_letter",
     "Open letter to the Secretary of State for Education\nFrom the Keep Family Hubs Open "
     "campaign\n\nDear Secretary of State,\nWe write on behalf of 4,000 parents. Since 2010, "
     "more than 1,000 children's centres have closed across England.\nYours sincerely,\n",
     None, None, None, None, OTHER),
    # an MP's constituency newsletter
    ("mp_newsletter",
     "Sarah Whitby MP - Constituency Update\nSummer 2026\n\nIt has been a busy few months in "
     "Westminster and in Camden. I met the council's director of children's services to talk "
     "about school places, and I spoke in a debate on child poverty.\n",
     "Camden", None, None, None, OTHER),
    # a councillor's ward newsletter
    ("councillor_newsletter",
     "Focus on Heatherfield Ward\nNews from your local councillors\n\nYour councillors have "
     "been pressing Essex County Council to reopen the youth centre. We also asked how many "
     "children were waiting for assessments: 430 in January.\nPrinted and published by the "
     "ward team.\n",
     "Essex", None, None, None, OTHER),
    # a council's consultation summary: the weeks it ran
    ("consultation_summary",
     "Derbyshire County Council\nConsultation summary: changes to short breaks for disabled "
     "children\n\nThe consultation ran from 6 January to 2 March 2026. We received 812 "
     "responses online and held six drop-in events.\n",
     "Derbyshire", None, "2026-01-06", "2026-03-02", OTHER),
    # a JSNA chapter, on a council's site: the data year it states
    ("jsna_chapter",
     "Joint Strategic Needs Assessment\nChapter 6: Children and young people's mental health\n"
     "Bristol City Council\n\nThis chapter uses data for 2024/25 unless stated. In Bristol, "
     "an estimated 9,800 children have a probable mental disorder; by 2030 this may rise to "
     "11,000.\n",
     "Bristol, City of", None, "2024-04-01", "2025-03-31", CR),
    # a Family Hub service page
    ("family_hub_page",
     "Family Hubs in Gateshead\nHome > Children and families > Family Hubs\n\n"
     "Our Family Hubs offer help for families with children aged 0 to 19, or up to 25 with "
     "special educational needs. Drop in Monday to Friday, 9am to 5pm.\n",
     "Gateshead", None, None, None, OTHER),
    # a service leaflet
    ("service_leaflet",
     "Worried about a child?\nA guide for parents and carers\n\nIf you think a child is at risk "
     "of harm, call the Children's Advice and Duty Service on 0300 555 0000. In an emergency "
     "always call 999.\nLeaflet produced by Surrey County Council, April 2025.\n",
     "Surrey", None, None, None, OTHER),
    # a data service's page: the data's year
    ("data_service_page",
     "Children looked after: Cardiff\nStatsWales data explorer\n\nNumber of children looked "
     "after at 31 March 2025, by local authority. Cardiff: 1,012. Wales: 7,193.\n"
     "Source: Welsh Government children looked after census.\n",
     "Cardiff", None, None, None, OTHER),
    # an inspection's feedback letter: the visit's dates
    ("inspection_letter",
     "Ofsted\nAgora, 6 Cumberland Place\n\n14 November 2025\nMr Tom Reid\nDirector of Children's "
     "Services\nNorth Yorkshire Council\n\nDear Mr Reid\nFocused visit to North Yorkshire "
     "children's services\nThis letter summarises the findings of the focused visit to North "
     "Yorkshire children's services on 21 and 22 October 2025.\n",
     "North Yorkshire", None, "2025-10-21", "2025-10-22", OTHER),
    # a parliamentary committee's report: national, no single period
    ("committee_report",
     "House of Commons Education Committee\nChildren's social care: the cost of placements\n"
     "Fourth Report of Session 2024-26\nHC 512\n\nSummary\nLocal authorities in England spent "
     "£3.1 billion on residential placements in 2023-24, up from £1.9 billion in 2019-20.\n",
     None, None, None, None, OTHER),
    # a think tank's briefing with comparator and projection years
    ("think_tank_briefing",
     "Briefing | Centre for Family Policy\nThe children's services funding gap\n\n"
     "Councils will face a gap of £2 billion by 2028-29. Spending on looked after children rose "
     "by 40% between 2015-16 and 2023-24.\n",
     None, None, None, None, OTHER),
    # a court's daily list
    ("court_listing",
     "Sheffield Family Court\nDaily Cause List\nMonday 9 March 2026\n\nCourt 3 - Her Honour "
     "Judge Amis\n10:00 FD26C00123 Re: A (Children) - Case management hearing\n"
     "11:30 FD26C00144 Re: B (A Child) - Issues resolution hearing\n",
     None, None, None, None, OTHER),
    # a social media thread
    ("social_thread",
     "@AnyshireDad · 4h\n1/ Thread on what happened when we asked Lancashire for help with our "
     "son. We waited 11 months for an assessment.\n@AnyshireDad · 4h\n2/ The council told us "
     "demand had doubled since 2023.\n",
     "Lancashire", None, None, None, OTHER),
    # a police press release
    ("police_press_release",
     "Essex Police\nNews release\n12 February 2026\n\nOfficers warn parents about online "
     "sextortion\nOfficers have received 48 reports of children being blackmailed online since "
     "1 January, a detective said today.\nENDS\nNotes to editors: the force works with the "
     "Southend, Essex and Thurrock Safeguarding Children Partnership.\n",
     "Essex", None, None, None, NEWS),
    # a health body's press release
    ("nhs_press_release",
     "PRESS RELEASE\nFor immediate release: 3 March 2026\nNew perinatal mental health hub opens "
     "in Swansea\n\nSwansea Bay University Health Board has opened a hub for parents. The hub "
     "will see 600 families a year by 2027, the health board said.\n",
     "Swansea", None, None, None, NEWS),
    # a coroner's report to prevent future deaths
    ("coroner_pfd",
     "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS\nTHIS REPORT IS BEING SENT TO: The Director "
     "of Children's Services, Norfolk County Council\n\n1 CORONER\nI am Jane Hale, assistant "
     "coroner for the coroner area of Norfolk.\n2 INVESTIGATION and INQUEST\nOn 4 June 2025 I "
     "commenced an investigation into the death of a 15-year-old girl.\n",
     "Norfolk", None, None, None, OTHER),
    # a council's virtual school head's report: the academic year
    ("virtual_school_report",
     "Cornwall Council\nVirtual School Headteacher's Annual Report\n2024-25 academic year\n\n"
     "The virtual school supported 498 children in care of school age. Attendance was 91.2% "
     "(2023-24: 90.4%).\n",
     "Cornwall", None, "2024-09-01", "2025-08-31", CR),
    # a director of public health's annual report: a plain calendar year
    ("dph_annual",
     "Director of Public Health Annual Report 2025\nGrowing up in Sheffield\n\nThis year my "
     "report looks at the first 1,001 days of life. In 2025, 5,900 babies were born in "
     "Sheffield.\n",
     "Sheffield", None, "2025-01-01", "2025-12-31", CR),
    # a regional adoption agency's half-year report to a board
    ("raa_half_year",
     "Report to the Corporate Parenting Board\nAdopt North East: half-year performance, April "
     "to September 2025\n\nThis report sets out performance of the regional adoption agency "
     "for the first half of 2025/26. 41 children were placed for adoption.\n",
     None, None, "2025-04-01", "2025-09-30", CR),
    # a minister's improvement notice to a council: no period
    ("improvement_notice",
     "Department for Education\nImprovement Notice: Northumberland County Council\n"
     "Issued 10 February 2026\n\nThis Improvement Notice is issued following the inspection of "
     "children's services in October 2025, which judged services inadequate.\n",
     "Northumberland", None, None, None, OTHER),
    # a police and crime commissioner's annual report to the police and crime panel (a
    # committee of councils): a statutory body's report, as an NHS trust's; first written `other`
    ("pcc_annual",
     "Surrey Police and Crime Commissioner\nAnnual Report 2024/25\n\nThis is my annual report "
     "for the year 1 April 2024 to 31 March 2025. I funded 14 services for children affected "
     "by domestic abuse.\n",
     "Surrey", None, "2024-04-01", "2025-03-31", CR),
    # a council's annual complaints report for children's social care
    ("complaints_annual",
     "Wigan Council\nChildren's Social Care Complaints and Compliments Annual Report\n"
     "1 April 2024 - 31 March 2025\n\n1. Purpose\nTo inform the Children and Young People "
     "Scrutiny Committee of complaints received in the year. 142 complaints were received "
     "(2023/24: 131).\n",
     "Wigan", None, "2024-04-01", "2025-03-31", CR),
    # a diocese's safeguarding report: the diocese is no council
    ("diocese_report",
     "Diocese of Blackburn\nSafeguarding Annual Report 2025\n\nThe diocesan safeguarding team "
     "received 212 referrals between January and December 2025, most about adults.\n"
     "The Diocese of Blackburn is a registered charity (no. 249001).\n",
     None, None, "2025-01-01", "2025-12-31", OTHER),
    # a university's research report: the study's material
    ("university_study",
     "University of Northshire, School of Social Work\nRecording the child's voice: a study of "
     "case files\n\nWe read 120 child protection case files closed between January 2023 and "
     "June 2024 in two local authorities.\n",
     None, None, "2023-01-01", "2024-06-30", OTHER),
    # a Scottish chief social work officer's annual report
    ("cswo_report",
     "Aberdeenshire Council\nChief Social Work Officer Annual Report 2024-25\n\n"
     "Introduction\nThis report covers the period 1 April 2024 to 31 March 2025. It is "
     "presented to the Communities Committee and the Aberdeenshire Child Protection "
     "Committee.\n",
     "Aberdeenshire", "Aberdeenshire Child Protection Committee", "2024-04-01", "2025-03-31", CR),
    # a Welsh director of social services' report
    ("dss_report_wales",
     "Gwynedd Council\nAnnual Report of the Director of Social Services 2024-25\n\n"
     "This is my third annual report. It sets out how we met people's well-being needs in "
     "2024-25 and our priorities for 2025-26.\n",
     "Gwynedd", None, "2024-04-01", "2025-03-31", CR),
    # a Northern Irish trust's board paper on a quarter
    ("ni_trust_paper",
     "Western Health and Social Care Trust\nTrust Board - 5 February 2026\nDelegated Statutory "
     "Functions: Children's Services Report, quarter ending 31 December 2025\n\nThis report "
     "covers October to December 2025. 301 children were on the child protection register.\n",
     "Western Health and Social Care Trust", None, "2025-10-01", "2025-12-31", CR),
    # a local paper's story with a publication date and a comparator year
    ("local_news_story",
     "Child protection plans rise in Fife\nBy Kirsty Lang, Local Democracy Reporter\n"
     "Published 14 March 2026\n\nThe number of children on the child protection register in "
     "Fife rose to 214 at the end of 2025, up from 180 in 2024, councillors heard on "
     "Wednesday.\n",
     "Fife", None, None, None, NEWS),
    # a council's own press release on an Ofsted judgment
    ("council_press_release",
     "Media release\nHighland Council\n20 January 2026\n\nCare Inspectorate praises Highland's "
     "services for children\nThe Care Inspectorate has rated the Highland partnership's "
     "services for children at risk of harm as 'good'. The joint inspection took place "
     "between 1 September and 24 October 2025.\n",
     "Highland", None, None, None, NEWS),
    # a scrutiny task and finish group's report
    ("task_and_finish",
     "Lancashire County Council\nChildren's Services Scrutiny Committee\nTask and Finish Group: "
     "Elective Home Education - Final Report\n\nThe group met four times between September and "
     "December 2025. The number of children electively home educated rose from 2,100 in "
     "2022 to 3,400 in 2025.\n",
     "Lancashire", None, "2025-09-01", "2025-12-31", CR),
    # a children's home inspection report
    ("childrens_home_inspection",
     "Children's home inspection - Full\nInspection of a registered children's home\n"
     "Unique reference number: 2000001\nInspection dates: 10 and 11 December 2025\n\n"
     "Overall experiences and progress of children and young people: good\nThe home is run by "
     "a private company and can care for up to four children.\n",
     None, None, "2025-12-10", "2025-12-11", OTHER),
    # an advocacy charity's quarterly report on its council contract
    ("advocacy_quarterly",
     "Young Voices Advocacy\nQuarterly contract report to Hampshire County Council\nQuarter 2 "
     "2025/26\n\n112 children in care used the advocacy service this quarter (Q1: 98).\n"
     "Young Voices Advocacy is a registered charity (1160002).\n",
     "Hampshire", None, "2025-07-01", "2025-09-30", OTHER),
    # a charity's blog, with a partnership named in passing in a guest's bio
    ("charity_blog_passing",
     "Blog | Safe Homes Trust\nWhat we learned from a year of home visits\n\nOur outreach "
     "workers made 900 home visits in 2025. Our guest author previously chaired the Gateshead "
     "Safeguarding Children Partnership.\nRegistered charity number 1111001.\n",
     None, None, None, None, OTHER),
    # a council's SEND Local Offer page
    ("local_offer_page",
     "Somerset Local Offer\nSpecial educational needs and disabilities (SEND)\n\nThe Local "
     "Offer tells you about support for children and young people with SEND in Somerset. "
     "Find services near you.\n",
     "Somerset", None, None, None, OTHER),
    # a children's commissioner's national report
    ("commissioner_national",
     "Children's Commissioner for England\nThe state of children's social care 2026\n\n"
     "In the year to 31 March 2025, 83,630 children were looked after in England. Local "
     "authorities such as Leeds and Essex have reduced the numbers entering care.\n",
     None, None, "2024-04-01", "2025-03-31", OTHER),
    # -- rows below were written with the fixes, after the first measurement, both ways --
    # an academy trust's policy is a school's; a council's paper about one is the council's
    ("academy_trust_policy",
     "Three Rivers Multi-Academy Trust\nSuspensions and Exclusions Policy\n\nThis policy applies "
     "to all academies in the trust. It was adopted by the trust board in July 2025 and will be "
     "reviewed in July 2027.\n",
     None, None, None, None, OTHER),
    ("council_on_academy_trust",
     "Kirklees Council\nChildren's Scrutiny Panel - 4 March 2026\nAgenda item 7: Academy trust "
     "exclusions 2024/25\n\nThis report sets out exclusions by the Three Rivers Multi-Academy "
     "Trust and other trusts in Kirklees during 2024/25.\n",
     "Kirklees", None, "2024-04-01", "2025-03-31", CR),
    # a union's statement is the union's; a story about it is a story
    ("union_branch_statement",
     "GMB Anyshire Care Workers\nOur response to the residential care review\n\nCare workers in "
     "Devon's children's homes are stretched. We call on Devon County Council to fund more "
     "staff.\n",
     "Devon", None, None, None, OTHER),
    ("story_on_union",
     "Social workers' union warns of 'breaking point'\nBy Ravi Shah\n12 May 2026\n\nUNISON said "
     "children's social workers in Hampshire were each holding 25 cases, a union official told "
     "the Echo on Tuesday.\n",
     "Hampshire", None, None, None, NEWS),
    # a political leaflet's imprint; a council's own newsletter has none
    ("party_leaflet",
     "Labour in Eastfield\nYour local team working for you\n\nWe campaigned to keep the Eastfield "
     "family hub open. Wigan Council listened.\nPromoted by P. Shaw on behalf of Eastfield "
     "Labour, 2 Hall Road, Wigan.\n",
     "Wigan", None, None, None, OTHER),
    # a diocese's report: no council; a council naming a diocese is still the council
    ("diocese_newsletter",
     "Diocese of Leeds\nSafeguarding News - Spring 2026\n\nOur safeguarding officers trained 300 "
     "parish volunteers. The Bishop of Leeds thanked them.\n",
     None, None, None, None, OTHER),
    ("council_names_diocese",
     "Norfolk County Council\nChildren's Services Committee\nReport: Faith settings and "
     "safeguarding 2024-25\n\nThis report covers 2024-25. Norfolk County Council worked with "
     "the Diocese of Norwich on training.\n",
     "Norfolk", None, "2024-04-01", "2025-03-31", CR),
    # a JSNA's page; a story about a JSNA
    ("jsna_page",
     "JSNA: Early years and school readiness\nAnyshire Observatory | Wiltshire Council\n\nThis "
     "section uses data for 2024/25. 67% of Wiltshire children reached a good level of "
     "development.\n",
     "Wiltshire", None, "2024-04-01", "2025-03-31", CR),
    ("story_on_jsna",
     "Needs assessment shows rise in child poverty in Wiltshire\nBy Amy Cole\n3 June 2026\n\n"
     "The Joint Strategic Needs Assessment found 12,000 children were living in poverty, "
     "councillors heard on Monday.\n",
     "Wiltshire", None, None, None, NEWS),
    # a charity's listening report; a story about one
    ("charity_listening_report",
     "Kinship Voices\nWhat grandparent carers told us\n\nBetween February and April 2026 we "
     "spoke to 150 grandparent carers in Cornwall.\nKinship Voices is a registered charity "
     "(1190002).\n",
     "Cornwall", None, "2026-02-01", "2026-04-30", OTHER),
    # a warning notice to a provider; a council's report on progress after a notice
    ("warning_notice",
     "Warning notice\nHillview Children's Home\nIssued 2 April 2026\n\nThis warning notice is "
     "issued following the inspection on 10 and 11 March 2026, which found breaches of the "
     "regulations.\n",
     None, None, None, None, OTHER),
    ("improvement_progress",
     "Northumberland County Council\nCabinet - 10 March 2026\nChildren's Services Improvement: "
     "progress report\n\nThis report covers progress against the improvement notice from "
     "October 2025 to February 2026.\n",
     "Northumberland", None, "2025-10-01", "2026-02-28", CR),
    # an MP's newsletter; Westminster's own council
    ("mp_column",
     "From your MP\nA column by Tom Hart MP\n\nThis week in Westminster I raised the shortage of "
     "foster carers in Cornwall. Cornwall Council has 40 vacancies.\n",
     "Cornwall", None, None, None, OTHER),
    ("westminster_council",
     "Westminster City Council\nFamily Services Annual Report 2024-25\n\nThis report covers "
     "April 2024 to March 2025. The council's MP visited a family hub in Westminster.\n",
     "Westminster", None, "2024-04-01", "2025-03-31", CR),
    # -- a second batch, written after the fixes and before running them on it: does the tool
    # hold on genres neither batch had? --
    ("court_statistics_quarterly",
     "Ministry of Justice\nFamily Court Statistics Quarterly: October to December 2025\n\n"
     "Main points\nPublic law children act cases started in October to December 2025 were down "
     "3% on the same quarter in 2024.\n",
     None, None, "2025-10-01", "2025-12-31", OTHER),
    ("reporter_statistics",
     "Scottish Children's Reporter Administration\nStatistical Analysis 2024/25\n\nIn 2024/25, "
     "10,412 children were referred to the Reporter, 4% fewer than in 2023/24.\n",
     None, None, "2024-04-01", "2025-03-31", OTHER),
    ("youth_justice_inspection",
     "HM Inspectorate of Probation\nAn inspection of youth justice services in Sheffield\n\n"
     "Fieldwork took place between 9 and 13 March 2026. We inspected 24 cases.\n",
     "Sheffield", None, "2026-03-09", "2026-03-13", OTHER),
    ("fostering_panel_annual",
     "Report to the Corporate Parenting Panel\nFostering Panel Annual Report 2024-25\nDerbyshire "
     "County Council\n\nThe panel met 22 times in 2024-25 and recommended 31 new foster "
     "households.\n",
     "Derbyshire", None, "2024-04-01", "2025-03-31", CR),
    ("citizens_advice_report",
     "Citizens Advice Anytown\nStuck in the middle: families and debt\n\nWe helped 1,200 "
     "parents with debt problems in Leeds last year. Citizens Advice Anytown is a registered "
     "charity (1100003).\n",
     "Leeds", None, None, None, OTHER),
    ("nspcc_press_release",
     "NSPCC press release\n5 May 2026\n\nChildline counselling sessions about online harm rise "
     "by a fifth\nChildline delivered 8,000 sessions about online harm in 2025/26, the charity "
     "said today.\n",
     None, None, "2025-04-01", "2026-03-31", NEWS),
    ("care_leavers_offer_page",
     "Care leavers' local offer\nHome > Children and families > Care leavers\n\nIf you have "
     "left care in Swansea, you can get help with housing, money and education up to the age of "
     "25. Contact your personal adviser.\n",
     "Swansea", None, None, None, OTHER),
    ("written_statement",
     "Written Ministerial Statement\nChildren's Social Care Reform\nMade on: 4 March 2026\n\n"
     "Today I am announcing £200 million for family help over 2026-27 and 2027-28.\n",
     None, None, None, None, OTHER),
    ("youth_parliament_manifesto",
     "Anyshire Youth Parliament\nOur Manifesto 2026\n\nWe want every young person in Essex to "
     "feel safe online and offline. Our top issue this year is mental health.\n",
     "Essex", None, None, None, OTHER),
    ("radio_web_story",
     "Heart North Wales\nCouncil apologises after children's home inspection\n\nGwynedd Council "
     "has apologised after inspectors found staff shortages at one of its children's homes.\n",
     "Gwynedd", None, None, None, NEWS),
]


@pytest.fixture(scope="module")
def read(nlp):
    def metadata(text: str) -> tuple:
        document = load("opening.txt", text.encode())
        title = document.source.title
        doc = to_doc(document, nlp)
        choice = choose_area(doc, title, document.context)
        period = find_period(document.text, title, document.source.date, document.context)
        partnership = find_partnership(document.text, choice.area, title, document.context,
                                       choice.areas)
        kind, _p = predict_kind(document)
        return (choice.area, partnership, period.start if period else None,
                period.end if period else None, kind)
    return metadata


FIELDS = ("area", "partnership", "start", "end", "kind")
_CONVENTION = ("the project's convention disagrees with the row: {}; left for the lead to "
               "settle, not changed here")
_NATIONAL = ("a national report or briefing with no scope sentence takes the financial year it "
             "names most (the README's fallback), here its latest figure's year; whether such a "
             "text has a period is not settled")
_INSPECTED = _CONVENTION.format("a story's opening that dates an inspection ('took place between "
                                "…') takes the inspection's dates as a scope construction")
_CITED = _CONVENTION.format("a school's document that names a partnership once cites it "
                            "(partnership.find_partnership's outside-publisher rule)")
XFAIL: dict[tuple[str, str], str] = {
    ("think_tank_briefing", "start"): _NATIONAL, ("think_tank_briefing", "end"): _NATIONAL,
    ("council_press_release", "start"): _INSPECTED, ("council_press_release", "end"): _INSPECTED,
    ("school_policy", "partnership"): _CITED,
}


def _cases() -> list:
    cases = []
    for genre, text, area, partnership, start, end, kind in ROWS:
        want = dict(zip(FIELDS, (area, partnership, start, end, kind)))
        for i, field in enumerate(FIELDS):
            marks = ([pytest.mark.xfail(reason=XFAIL[genre, field], strict=True)]
                     if (genre, field) in XFAIL else [])
            cases.append(pytest.param(text, i, want[field], marks=marks,
                                      id=f"{genre}-{field}"))
    return cases


@pytest.mark.parametrize("text, index, expected", _cases())
def test_genre_metadata(read, text: str, index: int, expected: str | None) -> None:
    got = read(text)[index]
    if index == 1:
        got, expected = _norm(got), _norm(expected)
    assert got == expected


def test_the_table_is_wide() -> None:
    assert len(ROWS) >= 40
    assert len({genre for genre, *_ in ROWS}) >= 30
