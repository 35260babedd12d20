"""Record period and partnership on whole openings of documents nobody tuned the rules on.

Each row is an INVENTED opening (a title block, dates, the first paragraphs, a figure or two) of
a UK document in a genre the development folders are thin on, with the record period (start,
end or None) and the partnership (the name as written, or None) a reader would record by the
conventions (../shared/spec/README.md; README "Record metadata"). The expectations were written
before the tool was run on them. Each opening goes through the production path: it is written
to a file, read by ingest.load, and given the calls extract_document makes.

The rows vary how the period is given (a title only, a scope sentence, an "as at" date under a
periodic heading, a rolling twelve months, a quarter, a half-year, a calendar year, an academic
year, a financial year with comparators, a date of publication only, none) and how a partnership
appears (the author, the subject, a footer only, in passing, a Welsh regional board, a Scottish
child protection committee, a name without "Safeguarding", one of several funders).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.area import choose_area
from extractor.evaluate import _norm_name as _norm
from extractor.ingest import load
from extractor.metadata import find_partnership, find_period
from extractor.pipeline import to_doc

# (id, file suffix, text, period start, period end, partnership)
ROWS = [
    # 1 a scrutiny committee's covering report on a partnership's annual report: scope sentence
    ("scrutiny_covering", "txt",
     "Bolton Council\nChildren's Scrutiny Committee\nDate of meeting: 12 March 2026\n"
     "Report of: Director of Children's Services\nSubject: Safeguarding Partnership Annual "
     "Report\n\n1. Purpose of the report\n1.1 To present the annual report of the Bolton "
     "Safeguarding Children Partnership, which covers the period 1 April 2024 to 31 March "
     "2025.\n1.2 Members are asked to note the report.\n\n2. Background\n2.1 The partnership "
     "published the report in November 2025. It records 312 child protection conferences, "
     "compared with 287 in 2023/24.\n",
     "2024-04-01", "2025-03-31", "Bolton Safeguarding Children Partnership"),
    # 2 a partnership's newsletter: an issue month is a publication's month, no period
    ("partnership_newsletter", "txt",
     "Wirral Safeguarding Children Partnership\nPractitioner Newsletter\nIssue 9 - January "
     "2026\n\nWelcome to the first newsletter of the new year. In this issue we introduce our "
     "new neglect toolkit, share the learning from a recent review and list the training "
     "courses open for booking.\n\nNeglect toolkit\nThe toolkit helps practitioners gather "
     "evidence and agree a plan with families. Briefing sessions run every Tuesday.\n",
     None, None, "Wirral Safeguarding Children Partnership"),
    # 3 a council press release: the financial year named; the partnership one of three funders
    ("press_release_funders", "txt",
     "Press release\n4 February 2026\n\nNew family support hub opens in Stockport\n\n"
     "Stockport Council has opened a family support hub in the town centre, bringing early "
     "help, health visiting and housing advice under one roof.\n\nIn 2024/25 the council's "
     "early help teams worked with 1,840 families, and officers expect the hub to reach more. "
     "The two-year pilot is paid for by Stockport Council, NHS Greater Manchester and the "
     "Stockport Safeguarding Children Partnership.\n\nCouncillor Jane Doe said: \"This is "
     "about help arriving sooner.\"\n",
     "2024-04-01", "2025-03-31", None),
    # 4 a regional news story: a rolling twelve months; the board quoted is the story's subject
    ("regional_news_rolling", "txt",
     "Child protection plans fall across Cumbria\n\nBy Tom Hart\n15 May 2026\n\nThe number of "
     "children on child protection plans in Cumberland has fallen by a tenth, figures show.\n\n"
     "In the 12 months to 31 March 2026 there were 402 children on plans, down from 447 the "
     "year before. The Cumbria Safeguarding Children Partnership said the fall reflected "
     "earlier help for families.\n",
     "2025-04-01", "2026-03-31", "Cumbria Safeguarding Children Partnership"),
    # 5 a health board paper: the quarter in the heading
    ("health_board_quarter", "txt",
     "Betsi Cadwaladr University Health Board\nQuality, Safety and Experience Committee\n"
     "Safeguarding Report: Quarter 2 2025/26\n\nExecutive summary\nThis report gives assurance "
     "on the health board's safeguarding activity. There were 214 referrals to children's "
     "services in the quarter, compared with 198 in quarter 1. The North Wales Safeguarding "
     "Board received the health board's audit of child protection medicals in August.\n",
     "2025-07-01", "2025-09-30", None),
    # 6 a police and crime panel paper: a half-year of a financial year in the title
    ("police_panel_half_year", "txt",
     "Lancashire Police and Crime Panel\n22 November 2025\n\nPolice and Crime Commissioner's "
     "Mid-Year Report 2025/26\n\nPurpose\nTo update the panel on delivery of the Police and "
     "Crime Plan. Recorded domestic abuse crimes rose by 3%, and 1,120 missing child episodes "
     "were recorded.\n",
     "2025-04-01", "2025-09-30", None),
    # 7 a charity impact report: a calendar year in the title
    ("charity_impact_calendar", "txt",
     "Safe Steps Trust\nImpact Report 2025\n\nA message from our chief executive\nIn 2025 our "
     "helpline answered 6,200 calls from children and young people, and our school programme "
     "reached 48 schools across Leeds. We are grateful to everyone who supported us.\n",
     "2025-01-01", "2025-12-31", None),
    # 8 a national statistics release: a financial year, with an earlier year as comparator
    ("national_statistics_fy", "txt",
     "Statistical Release\nChildren in need, England: 2024 to 2025\nPublished 30 October 2025\n"
     "\nMain points\nThere were 399,500 children in need on 31 March 2025, down 1% on 2023 to "
     "2024. Referrals fell to 621,000 during the year ending 31 March 2025.\n",
     "2024-04-01", "2025-03-31", None),
    # 9 a university's survey report of school-age pupils: an academic year
    ("university_survey_academic", "txt",
     "University of Bristol\nSchool for Policy Studies\n\nGrowing Up Online: a survey of "
     "pupils in years 7 to 11\n\nThe survey was run in 38 secondary schools during the 2024/25 "
     "academic year. In all, 4,310 pupils answered; 27% said they had been sent something "
     "upsetting online.\n",
     "2024-09-01", "2025-08-31", None),
    # 10 a case review executive summary: the review period in a scope sentence
    ("case_review_summary", "txt",
     "Local Child Safeguarding Practice Review\nChild M\nExecutive Summary\n\nCommissioned by "
     "the Sandwell Children's Safeguarding Partnership\n\n1. Introduction\n1.1 This review "
     "considers agency contact with Child M and her family between January 2022 and August "
     "2023, when she was admitted to hospital with serious injuries.\n",
     "2022-01-01", "2023-08-31", "Sandwell Children's Safeguarding Partnership"),
    # 11 a summary of a parliamentary debate: no period of its own
    ("debate_summary", "txt",
     "Westminster Hall debate: children's social care workforce\n\nSummary\nMPs debated the "
     "recruitment and retention of children's social workers. Members raised the use of "
     "agency staff and caseloads. The minister said the government would publish its "
     "workforce strategy later this year.\n",
     None, None, None),
    # 12 a council web page about the partnership, in HTML: no period; the partnership its subject
    ("council_page_html", "html",
     "<html><head><title>Keeping children safe - Dudley Council</title></head><body>"
     "<nav>Home &gt; Children and families &gt; Keeping children safe</nav>"
     "<h1>Keeping children safe</h1><p>The Dudley Safeguarding People Partnership brings "
     "together the council, West Midlands Police and the NHS to keep children and adults "
     "safe.</p><p>If you are worried about a child, call the children's services front door "
     "on 0300 555 0050.</p></body></html>",
     None, None, "Dudley Safeguarding People Partnership"),
    # 13 a Welsh regional board's annual report: the financial year in the title
    ("welsh_board_annual", "txt",
     "Gwent Safeguarding Board\nAnnual Report 2024 to 2025\n\nForeword\nThis has been a busy "
     "year for the board. Our five local authorities received 9,870 reports of children at "
     "risk, and we published two child practice reviews.\n",
     "2024-04-01", "2025-03-31", "Gwent Safeguarding Board"),
    # 14 a Scottish child protection committee: the year 1 August to 31 July in a scope sentence
    ("scottish_cpc_scope", "txt",
     "Aberdeenshire Child Protection Committee\nAnnual Report\n\nIntroduction\nThis report "
     "sets out the work of the committee from 1 August 2024 to 31 July 2025. At 31 July 2025 "
     "there were 88 children on the child protection register.\n",
     "2024-08-01", "2025-07-31", "Aberdeenshire Child Protection Committee"),
    # 15 a council's children's partnership with no "Safeguarding" in its name
    ("partnership_without_safeguarding", "txt",
     "Devon Children and Families Partnership\nYearly Report 2024-25\n\nWelcome\nDevon County "
     "Council, NHS Devon and Devon and Cornwall Police lead the Devon Children and Families "
     "Partnership. This year we carried out 14 multi-agency audits.\n",
     "2024-04-01", "2025-03-31", "Devon Children and Families Partnership"),
    # 16 an 'as at' snapshot under a quarterly heading: the quarter ending on it
    ("quarterly_as_at", "txt",
     "Norfolk County Council\nChildren's Services Quarterly Performance Report\nData as at 31 "
     "December 2025\n\nSummary\nThere were 561 children subject to a child protection plan, "
     "a rate of 33.1 per 10,000. Re-referrals within 12 months stood at 19%.\n",
     "2025-10-01", "2025-12-31", None),
    # 17 a date of publication only: no period
    ("publication_date_only", "txt",
     "Kirklees Safeguarding Children Partnership\nPublished: 3 March 2026\n\nNew guidance on "
     "bruising in babies who are not yet mobile\n\nThe partnership has published new guidance "
     "for practitioners who see a bruise on a baby who cannot yet crawl. Any such bruise should "
     "be referred to children's social care.\n",
     None, None, "Kirklees Safeguarding Children Partnership"),
    # 18 named only in a footer of its own page
    ("footer_only", "txt",
     "Working Together: what it means for schools\n\nAll staff in schools must know how to "
     "raise a concern about a child. Every school has a designated safeguarding lead who "
     "decides what happens next.\n\nTraining for designated leads runs each term.\n\n"
     "Copyright Sefton Safeguarding Children Partnership 2026\n",
     None, None, "Sefton Safeguarding Children Partnership"),
    # 19 a council paper naming the partnership once as a recipient: in passing
    ("passing_recipient", "txt",
     "Herefordshire Council\nCabinet Member Briefing Paper\nSubject: Children's Services "
     "Performance, Quarter 3 2025/26\n\nSummary\nContacts to the front door rose to 3,410 in "
     "the quarter. The number of children in care fell to 388.\n\nThe quarterly data is "
     "shared with the Herefordshire Safeguarding Children Partnership.\n",
     "2025-10-01", "2025-12-31", None),
    # 20 a calendar year by a scope sentence
    ("scope_calendar_year", "txt",
     "Harrow Council\nPrivate Hire Licensing Safeguarding Review\n\nThis review covers the "
     "calendar year 2025. In that year the council received 41 complaints about drivers, "
     "compared with 33 in 2024.\n",
     "2025-01-01", "2025-12-31", None),
    # 21 a financial year named most, with two comparators
    ("fy_comparators", "txt",
     "Children's Services Performance Summary\nWalsall Council\n\nIn 2024/25 the service "
     "received 11,230 contacts, up from 10,480 in 2023/24 and 9,920 in 2022/23. During 2024/25 "
     "there were 1,012 child protection enquiries. Timeliness of assessments in 2024/25 was "
     "88%.\n",
     "2024-04-01", "2025-03-31", None),
    # 22 a half-year report by a scope sentence of months
    ("half_year_scope", "txt",
     "Oxfordshire Safeguarding Children Board\nHalf-Year Performance Update\n\nThis update "
     "covers April to September 2025. Over the six months, 640 children became subject to a "
     "child protection plan.\n",
     "2025-04-01", "2025-09-30", "Oxfordshire Safeguarding Children Board"),
    # 23 none at all: a leaflet-like page with no date or year
    ("no_period_leaflet", "txt",
     "Worried about a child?\n\nIf you think a child is at risk of harm, do not wait. Call the "
     "Leicestershire children's duty team or, in an emergency, call 999.\n\nYou do not need "
     "proof. Tell us what you have seen or heard.\n",
     None, None, None),
    # 24 a news story about one court case: no period
    ("court_story", "txt",
     "Mother jailed for neglect of two children\n\n20 January 2026\n\nA woman who left her two "
     "young children alone for days has been jailed for three years at Bristol Crown Court.\n"
     "The court heard the children were found by neighbours in March 2025.\n",
     None, None, None),
    # 25 a Scottish committee as a story's subject
    ("scottish_cpc_story", "txt",
     "Highland child protection figures published\n\n2 October 2025\n\nThe Highland Child "
     "Protection Committee has published its annual report for 2024/25, showing 112 children "
     "were placed on the register during the year.\n",
     "2024-04-01", "2025-03-31", "Highland Child Protection Committee"),
    # 26 a press release from the partnership: a school year named only as what will be done in
    # it (a projection, though it has begun) gives no period
    ("press_release_academic", "txt",
     "News release\nSolihull Safeguarding Children Partnership\n\n10 September 2025\n\nSchools "
     "to get new online safety lessons\n\nEvery secondary school in Solihull will teach a new "
     "online safety unit in the 2025/26 school year, the partnership has announced.\n",
     None, None, "Solihull Safeguarding Children Partnership"),
    # 27 a Welsh board's name in a health board story, one of several audiences
    ("welsh_audiences", "txt",
     "Swansea Bay University Health Board\nBoard meeting, 30 January 2026\nAgenda item 4.2\n"
     "Safeguarding Annual Report 2024-25\n\n1. Situation\nThe report sets out the health "
     "board's safeguarding work in 2024-25. It will also be shared with the Welsh Government, "
     "the West Glamorgan Regional Safeguarding Board and Healthcare Inspectorate Wales.\n",
     "2024-04-01", "2025-03-31", None),
    # 28 a joint board that is the author, with a scope sentence by 'this report'
    ("joint_board_author", "txt",
     "Bath and North East Somerset Community Safety and Safeguarding Partnership\nAnnual "
     "Report\n\nThis report describes the partnership's work between 1 April 2024 and 31 March "
     "2025. The partnership held 6 learning events.\n",
     "2024-04-01", "2025-03-31",
     "Bath and North East Somerset Community Safety and Safeguarding Partnership"),
    # 29 a rolling year by "in the year to"
    ("year_to", "txt",
     "Youth violence down in Nottingham\n\n9 August 2026\n\nIn the year to 30 June 2026, "
     "Nottinghamshire Police recorded 212 knife offences involving under-18s in Nottingham, "
     "down from 251. The council's violence reduction work was praised.\n",
     "2025-07-01", "2026-06-30", None),
    # 30 a quarter in a data report heading with the months in brackets
    ("quarter_brackets", "txt",
     "Calderdale Safeguarding Children Partnership\nQuarter 3 data report (October to December "
     "2025)\n\nKey messages\nReferrals to children's social care were 812, and 97 children "
     "started a child protection plan.\n",
     "2025-10-01", "2025-12-31", "Calderdale Safeguarding Children Partnership"),
    # 31 an academic year by a school census in a survey report
    ("survey_academic_scope", "txt",
     "Health Related Behaviour Survey 2025\nA report for Wiltshire Council\n\nThis report "
     "presents the results of a survey of 6,100 pupils carried out in the 2024/25 academic "
     "year. 14% of secondary pupils said they had been bullied in the last 12 months.\n",
     "2024-09-01", "2025-08-31", None),
    # 32 a council web page with a year of the annual report, partnership the subject
    ("annual_report_page_html", "html",
     "<html><head><title>Annual report - Rochdale Borough Safeguarding Children Partnership"
     "</title></head><body><h1>Our annual report 2024 to 2025</h1><p>Our annual report sets "
     "out what the partnership did last year and what difference it made.</p><p>In the year we "
     "trained 2,300 practitioners.</p></body></html>",
     "2024-04-01", "2025-03-31", "Rochdale Borough Safeguarding Children Partnership"),
    # 33 a decision paper with no period
    ("decision_paper", "txt",
     "Cabinet\n10 February 2026\nReport title: Contract award for independent visitors "
     "service\n\n1. Purpose\n1.1 This report asks Cabinet to approve the award of a contract "
     "for independent visitors for children in care in Bedford.\n1.2 In 2024/25 42 children had "
     "an independent visitor.\n",
     None, None, None),
    # 34 another council's partnership named in passing below the opening
    ("other_council_passing", "txt",
     "Medway Council\nChildren and Young People Overview and Scrutiny Committee\nSubject: "
     "Children's Social Care Performance 2024-25\n\nSummary\nThis report sets out performance "
     "in 2024-25. Medway received 5,120 referrals.\n\nAppendix\nThe council continues to take "
     "part in joint training run by the Kent Safeguarding Children Multi-Agency Partnership "
     "alongside its own.\n",
     "2024-04-01", "2025-03-31", None),
    # 35 a calendar year in a heading with months: "2025 (January to December)"
    ("calendar_months", "txt",
     "Croydon Safeguarding Children Partnership\nChild Death Overview Panel Report\n2025 "
     "(January to December)\n\nThe panel reviewed 31 deaths of children who lived in the "
     "borough.\n",
     "2025-01-01", "2025-12-31", "Croydon Safeguarding Children Partnership"),
    # 36 a Northern Ireland trust paper: the SBNI as overseer, named once late in a short paper
    ("ni_trust_overseer", "txt",
     "Belfast Health and Social Care Trust\nTrust Board\nDelegated Statutory Functions Report "
     "2024/25\n\n1. Introduction\nThis report covers the period 1 April 2024 to 31 March 2025. "
     "There were 512 children on the child protection register at 31 March 2025.\n\n2. Family "
     "support\nThe Trust's family support hubs received 2,100 referrals. Waiting times for "
     "assessment fell across all localities. Staffing remains the main pressure on the service. "
     "Recruitment to social work posts continued through the year.\n\n3. Governance\nThe Trust "
     "reports on child protection to the Safeguarding Board for Northern Ireland.\n",
     "2024-04-01", "2025-03-31", None),
    # 37 a rolling window in months: "the six months to"
    ("six_months_to", "txt",
     "Reading Borough Council\nAdult Social Care and Children's Services Committee\n\nEarly "
     "help update\n\nIn the six months to 30 September 2025, 910 families were supported by "
     "early help, and 74% closed with their needs met.\n",
     "2025-04-01", "2025-09-30", None),
    # 38 a Scottish public protection committee, a biennial period in the title
    ("scottish_biennial", "txt",
     "Fife Child Protection Committee\nBiennial Report 2023-2025\n\nIntroduction\nThe "
     "committee is pleased to present its report of the two years from 1 August 2023 to 31 "
     "July 2025.\n",
     "2023-08-01", "2025-07-31", "Fife Child Protection Committee"),
    # 39 a charity impact report whose year is a financial one, funders named in passing
    ("charity_impact_fy", "txt",
     "Barnardo's Cymru\nImpact Report 2024-25\n\nOur year in numbers\nWe supported 1,450 "
     "children and families in Cardiff. Our work is funded by Cardiff Council, the Welsh "
     "Government and the Cardiff and Vale Regional Safeguarding Board.\n",
     "2024-04-01", "2025-03-31", None),
    # 40 a news story on an annual report, the partnership's name has 'Safeguarding' qualifier
    ("news_annual_report", "txt",
     "Report shows rise in child exploitation referrals in Bury\n\n14 December 2025\n\n"
     "Referrals for child exploitation in Bury rose by a quarter in 2024/25, according to the "
     "annual report of the Bury Integrated Safeguarding Partnership. There were 186 such "
     "referrals, compared with 149 the year before.\n",
     "2024-04-01", "2025-03-31", "Bury Integrated Safeguarding Partnership"),
    # 41 a school year reported in a news lead
    ("news_school_year", "txt",
     "Pupil suspensions rise in Derby\n\n3 March 2026\n\nSecondary schools in Derby suspended "
     "pupils 4,120 times in the 2024/25 school year, figures from the city council show. The "
     "number was 3,700 the year before.\n",
     "2024-09-01", "2025-08-31", None),
    # 42 a statistics date in the lead of a council page: the financial year ending on it
    ("snapshot_in_lead", "txt",
     "Our children in care\n\nAt 31 March 2025 Rotherham Council looked after 598 children, "
     "according to the latest figures. Most live with foster carers in or near the borough.\n",
     "2024-04-01", "2025-03-31", None),
    # 43 a partnership with no "Safeguarding" in its name, "Keeping … Safe", as the author
    ("keeping_safe_author", "txt",
     "Keeping Bristol Safe Partnership\nAnnual Report 2024-25\n\nIntroduction from the "
     "independent scrutineer\nThe partnership has made good progress. It held 9 rapid reviews "
     "this year.\n",
     "2024-04-01", "2025-03-31", "Keeping Bristol Safe Partnership"),
    # 44 a Scottish committee named once, late, as one of several audiences of a campaign
    ("scottish_cpc_audience", "txt",
     "Renfrewshire Council\nNews\n12 June 2026\n\nCouncil launches search for foster carers\n\n"
     "Renfrewshire Council is looking for families who can offer a home to older children and "
     "sibling groups. Information evenings will run in Paisley and Johnstone through the "
     "summer.\n\nThe campaign material has been shared with schools, health visitors and the "
     "Renfrewshire Child Protection Committee.\n",
     None, None, None),
    # 45 a national statistics release of a "year ending March"
    ("year_ending_march", "txt",
     "Statistical bulletin\nChild abuse in England and Wales: year ending March 2025\n\nMain "
     "points\nThe police recorded 118,400 offences of child abuse, a rate of 9.1 per 1,000 "
     "children.\n",
     "2024-04-01", "2025-03-31", None),
    # 46 a police and crime panel paper: the twelve months to the end of a month
    ("panel_rolling_end_of", "txt",
     "Cheshire Police and Crime Panel\n8 December 2025\nPerformance update\n\nIn the 12 months "
     "to the end of September 2025 the force recorded 3,210 child sexual abuse offences, and "
     "charged 14% of suspects.\n",
     "2024-10-01", "2025-09-30", None),
    # 47 a health and wellbeing board paper: the financial year so far
    ("hwb_year_to_date", "txt",
     "Report to: Health and Wellbeing Board\nDate: 14 January 2026\nTitle: Children and Young "
     "People's Mental Health Update\n\n1. Purpose\n1.1 This paper updates the board on "
     "progress during 2025/26 to date. Waiting times for a first appointment fell to 9 weeks.\n",
     "2025-04-01", "2026-03-31", None),
    # 48 a charity's impact page: the months on a title-block line
    ("charity_months_heading", "txt",
     "NSPCC Cymru\nOur impact in Wales\nApril 2024 to March 2025\n\nChildline counsellors in "
     "Wales delivered 9,800 counselling sessions, and our Speak Out Stay Safe programme visited "
     "310 primary schools.\n",
     "2024-04-01", "2025-03-31", None),
    # 49 a council page with only an update date
    ("page_updated_only", "txt",
     "Child sexual exploitation\n"
     "Last updated: 12 May 2026\n\nChild sexual exploitation is a form of abuse. Signs include "
     "going missing, unexplained gifts and new older friends. Report concerns to the Torbay "
     "children's services front door.\n",
     None, None, None),
    # 50 a Welsh regional board named only in a copyright footer of its practice guide
    ("welsh_board_footer", "txt",
     "Practice guide: working with neglect\n\nNeglect is the persistent failure to meet a "
     "child's basic needs. Practitioners should record what they see and use the neglect "
     "toolkit to agree a plan with the family.\n\n(c) North Wales Safeguarding Board 2026\n",
     None, None, "North Wales Safeguarding Board"),
    # 51 a Scottish learning review: a span from an event the sentence dates
    ("scottish_learning_review", "txt",
     "Learning Review: Child D\nWest Dunbartonshire Child Protection Committee\n\n1. "
     "Introduction\nThe review examined agency involvement from May 2021, when Child D was "
     "born, to September 2023.\n",
     "2021-05-01", "2023-09-30", "West Dunbartonshire Child Protection Committee"),
    # 52 a national statistics release of a quarter named by its months
    ("statistics_quarter_months", "txt",
     "Official Statistics\nChildren's social care in Northern Ireland: July to September 2025\n"
     "\nKey points\nThere were 2,480 children on the child protection register at 30 "
     "September 2025.\n",
     "2025-07-01", "2025-09-30", None),
    # 53 a partnership as the source of a council press release's figures
    ("press_release_source", "txt",
     "Torbay Council news\n21 November 2025\n\nFewer children need protection plans\n\nThe "
     "number of children on protection plans in Torbay fell in 2024/25, according to figures "
     "published by the Torbay Safeguarding Children Partnership. There were 173, down from 201 "
     "in 2023/24.\n",
     "2024-04-01", "2025-03-31", "Torbay Safeguarding Children Partnership"),
    # 54 a quarter with its months in brackets in a heading
    ("quarter_months_heading", "txt",
     "Stockton-on-Tees Borough Council\nChildren's Services Performance\nQuarter 1 (April to "
     "June) 2026/27\n\nThe front door received 2,030 contacts in the quarter.\n",
     "2026-04-01", "2026-06-30", None),
    # 55 a partnership's page in HTML whose <title> names the report's years and the body
    ("partnership_page_title_years", "html",
     "<html><head><title>Annual report 2024 to 2025 | Merton Safeguarding Children Partnership"
     "</title></head><body><h1>Annual report</h1><p>Read our summary of the year. We audited 40 "
     "cases and trained 1,100 staff.</p><p>Download the full report below.</p></body></html>",
     "2024-04-01", "2025-03-31", "Merton Safeguarding Children Partnership"),
    # 56 a survey report by a university covering the weeks the survey ran
    ("university_survey_weeks", "txt",
     "Cardiff University\nSchool Health Research Network\n\nPupils' views of safety in school"
     "\n\nThe survey was open from 3 February to 14 March 2025. In all, 7,400 pupils in 22 "
     "schools took part.\n",
     "2025-02-03", "2025-03-14", None),
    # 57 a police and crime commissioner's annual report; a partnership a sum is paid to
    ("pcc_annual_grant", "txt",
     "Office of the Police and Crime Commissioner for Dorset\nAnnual Report 2024/25\n\n"
     "Foreword\nThis year the force answered 150,000 emergency calls and I funded 30 victim "
     "services. Among them, the office paid £40,000 to the Pan-Dorset Safeguarding Children "
     "Partnership for its review work.\n",
     "2024-04-01", "2025-03-31", None),
    # 58 a news story in a dated page naming the months of a report without a year
    ("news_yearless_quarter", "txt",
     "Referrals to children's services up in Sunderland\n\nPublished: 5 November 2025\n\n"
     "Referrals to children's social care in Sunderland rose to 1,420 in the figures for July "
     "to September, a report to the council's scrutiny committee shows.\n",
     "2025-07-01", "2025-09-30", None),
]

XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("battery")

    def metadata(name: str, suffix: str, text: str) -> tuple:
        path = Path(folder) / f"{name}.{suffix}"
        path.write_text(text, encoding="utf-8")
        document = load(path)
        title = document.source.title
        choice = choose_area(to_doc(document, nlp), title, document.context)
        period = find_period(document.text, title, document.source.date, document.context)
        partnership = find_partnership(document.text, choice.area, title, document.context,
                                       choice.areas)
        return (period.start if period else None, period.end if period else None, partnership)
    return metadata


def _cases() -> list:
    cases = []
    for name, suffix, text, start, end, partnership in ROWS:
        for field, want in (("period", (start, end)), ("partnership", partnership)):
            reason = XFAIL.get((name, field))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(name, suffix, text, field, want, marks=marks,
                                      id=f"{name}-{field}"))
    return cases


@pytest.mark.parametrize("name, suffix, text, field, want", _cases())
def test_battery(read, name: str, suffix: str, text: str, field: str, want) -> None:
    start, end, partnership = read(name, suffix, text)
    if field == "period":
        assert (start, end) == want
    else:
        assert (_norm(partnership) if partnership else None) == (_norm(want) if want else None)


def test_battery_is_varied() -> None:
    assert len(ROWS) >= 40
    assert len({name for name, *_ in ROWS}) == len(ROWS)
