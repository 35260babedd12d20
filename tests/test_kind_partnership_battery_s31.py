"""Record kind, area and partnership on a battery of invented document openings in plain council,
partnership, NHS, charity, police and news settings (issue 13: each metadata field >= 0.9 on
documents nobody tuned for).

Method: the 46 battery rows (a title or masthead and a few lines of body, some with a byline, a
publication line, a signature or a footer; the publisher, the area and any partnership shown in
varied ways: a partnership holding reviews, publishing, named as a policy's owner, a
recommendation's addressee, a former body or another area's; two councils; a county and a
district; a national body; a place only in an address or a byline) and the kind, area and
partnership each should have BY THE CONVENTIONS (corpus/README.md: kinds; rulings 2 and 7; area
as the official list spells it, several areas or the nation -> null) were written before the
tool was run on them. Each is read through the record's own path: the txt ingest, `to_doc` and
`extract.document_metadata`, the one function that decides a record's metadata.

FIRST ACCURACY (main at 7b148aa, before any change, expectations as first written):
kind 38/46 = 0.826, area 44/46 = 0.957, partnership 43/46 = 0.935.

Four of the eight kind misses were expectations that contradict conventions the code documents
from released golds, and their kinds were corrected before any change: an NHS trust's
safeguarding report to its board and an ICB board's report are `council_report`
(publisher._OUTSIDE_BODY, _NHS_SITE), a police force's news page is news (publisher._NEWS_SECTION)
and a force's paper to a partnership is that partnership's (publisher._POLICE). With those
corrections the first run read kind 42/46 = 0.913.

Constructions then fixed (generally): a byline line ("By Name[, role or paper]") under a
sentence-case headline heads a story even when its lead names no source (genre.is_story_opening);
a place on a byline line is the paper's, not the story's area (area._counts); a public audit body
by its name (Audit Wales, Audit Scotland, the Accounts Commission, the Northern Ireland Audit
Office) is an outside publisher, and a body whose name alone is the masthead's first line
publishes the document although a council named below is its subject, unless a line sends the
paper to a committee ("Report to the …") (publisher._masthead_names); a partnership named as the
subject of a recommendation in the subjunctive ("Recommendation 3: that the … reviews …") and
as the owner of guidance "for X … published by" it is named in passing (partnership).

AFTER: kind 44/46 = 0.957, area 45/46 = 0.978, partnership 45/46 = 0.978; the rows still
failing are strict xfail with their reasons.

The construction tables below (39 rows, with rows where each rule must not fire) were written
after those fixes and before running them: 33/39 at first run. Five addressee rows failed
because a body named in a short text's opening heads it (the passing rules are for a name past
the opening), so each row now follows a committee paper's head; one all-capitals auditor's name
("AUDIT WALES") was not read as the first line alone, now fixed; one row ("… that the … considers
a review of …") stays strict xfail. Every text is invented (the place names are real
councils' so that the area can be read).
"""

from __future__ import annotations

import pytest

from extractor.extract import document_metadata
from extractor.ingest import load
from extractor.pipeline import to_doc


def _norm(value: str | None) -> str:
    return (value or "").lower().removeprefix("the ")


def _record(name: str, text: str) -> tuple[str, str | None, str | None]:
    document = load(f"{name}.txt", text.encode())
    meta = document_metadata(document, to_doc(document))
    return meta.kind, meta.area, meta.partnership


_BATTERY = [
    ('cabinet_lscp_holds',
     'Barnsley Metropolitan Borough Council\n'
     'Cabinet\n'
     '14 September 2026\n'
     'Safeguarding Children: Annual Update\n'
     "Report of the Strategic Director, Children and Young People's Services\n"
     '1. This report updates Cabinet on safeguarding activity in 2025/26.\n'
     '2. The Barnsley Safeguarding Children Partnership held six rapid reviews during the year and commissioned one local child safeguarding practice review.\n'
     '3. Child protection plans numbered 412 at 31 March 2026.\n',
     'council_report', 'Barnsley', 'Barnsley Safeguarding Children Partnership'),
    ('scrutiny_policy_owner',
     'Stockport Council\n'
     'Children and Families Scrutiny Committee\n'
     '3 November 2026\n'
     'Early Help and Front Door Performance\n'
     '1. Contacts to the front door rose to 9,840 in the year, and 71% were decided within one working day.\n'
     "2. Thresholds are applied in line with the Stockport Safeguarding Children Partnership's multi-agency threshold document.\n"
     '3. Members are asked to note the report.\n',
     'council_report', 'Stockport', None),
    ('partnership_annual_report',
     'Bolton Safeguarding Children Partnership\n'
     'Annual Report 2025-26\n'
     'Foreword from the Independent Scrutineer\n'
     'This is our sixth annual report. During the year we received 14 serious incident notifications and held 11 rapid reviews.\n'
     'We published two local child safeguarding practice reviews and trained 2,300 staff.\n',
     'council_report', 'Bolton', 'Bolton Safeguarding Children Partnership'),
    ('partnership_newsletter',
     'Wigan Safeguarding Children Partnership\n'
     'Partnership Newsletter - Spring 2026\n'
     'Welcome to our spring edition.\n'
     'In this issue: learning from our latest rapid reviews, new neglect toolkit, and dates for multi-agency training.\n'
     'Since January the partnership has held three rapid reviews.\n',
     'council_report', 'Wigan', 'Wigan Safeguarding Children Partnership'),
    ('news_convened',
     'Serious harm cases reviewed after rise in notifications\n'
     'By Helen Marsh\n'
     'Local Democracy Reporter\n'
     '12 June 2026\n'
     'Nine rapid reviews were convened by the Torbay Safeguarding Children Partnership last year, new figures show.\n'
     'The reviews followed incidents in which children died or were seriously harmed.\n'
     "A report to Torbay Council's children's scrutiny board said seven of the nine were completed within 15 working days.\n",
     'news_article', 'Torbay', 'Torbay Safeguarding Children Partnership'),
    ('news_guidance_owner',
     'Council appeals for more foster carers as numbers fall\n'
     'By Tom Reid\n'
     '2 April 2026\n'
     'Kent County Council says it needs 120 more foster carers after the number of households approved fell to 580.\n'
     "The council's cabinet member for children said the shortage meant more children were placed outside the county.\n"
     'Guidance for carers is published by the Kent Safeguarding Children Multi-Agency Partnership on its website.\n',
     'news_article', 'Kent', None),
    ('news_three_councils',
     "Three councils to share children's homes in £12m scheme\n"
     'By Priya Shah\n'
     '8 May 2026\n'
     "Middlesbrough, Redcar and Cleveland and Hartlepool councils will jointly run four new children's homes.\n"
     'The councils say the scheme will save £12m over five years and keep 24 children closer to home.\n',
     'news_article', None, None),
    ('news_national',
     'Child protection referrals hit record high across England\n'
     'By Education Correspondent\n'
     '30 October 2026\n'
     "Referrals to children's social care in England reached 650,000 in the year to March, government figures show.\n"
     'The number of children on child protection plans rose by 3% to 52,000.\n'
     'Charities said councils were struggling to keep up with demand.\n',
     'news_article', None, None),
    ('charity_local_service',
     "Barnardo's\n"
     'Our family support service in Plymouth\n'
     "Since 2024 our team in Plymouth has worked with families referred by Plymouth City Council's early help service.\n"
     'Last year we supported 214 families and 390 children, and 82% of families said things had improved.\n'
     'Registered charity number 216250.\n',
     'other', 'Plymouth', None),
    ('nhs_trust_board',
     'Leeds Teaching Hospitals NHS Trust\n'
     'Trust Board - Public Meeting\n'
     '24 July 2026\n'
     'Safeguarding Children Annual Report 2025/26\n'
     'Presented by the Chief Nurse\n'
     "The trust made 1,420 referrals to Leeds Children's Social Work Service in the year.\n"
     'The trust contributed to four rapid reviews held by the Leeds Safeguarding Children Partnership.\n',
     'council_report', 'Leeds', 'Leeds Safeguarding Children Partnership'),
    ('open_letter_parents',
     'An open letter to the Leader of Swindon Borough Council\n'
     'From the Swindon SEND Parent Forum\n'
     '18 February 2026\n'
     'Dear Councillor,\n'
     'We are writing about delays in education, health and care plans. Only 38% of new plans in Swindon were issued within 20 weeks last year.\n'
     'We ask the council to publish a recovery plan.\n'
     'Yours sincerely,\n'
     'The Forum Steering Group\n',
     'other', 'Swindon', None),
    ('minutes_present_annual_report',
     "MINUTES of a meeting of the Overview and Scrutiny Committee (Children's Services) held on Tuesday 10 March 2026 at Bootle Town Hall\n"
     'Present: Councillor Ellis (Chair), Councillors Byrne, Dowd and Hart\n'
     '23. SEFTON SAFEGUARDING CHILDREN PARTNERSHIP ANNUAL REPORT\n'
     'The Committee considered the annual report of the Sefton Safeguarding Children Partnership, which recorded 12 notifications to the national panel.\n'
     'RESOLVED: That the annual report be noted.\n',
     'council_report', 'Sefton', 'Sefton Safeguarding Children Partnership'),
    ('charity_consultation_response_national',
     "Response to the Department for Education consultation on children's social care reform\n"
     'Submitted by Action for Children\n'
     'January 2026\n'
     'Summary\n'
     'We welcome the proposals to strengthen family help. Our services worked with 46,000 children and families across the UK last year.\n'
     'We urge the government to fund early help properly.\n',
     'other', None, None),
    ('council_consultation_page',
     'Have your say on our early help strategy\n'
     'Derbyshire County Council\n'
     'The consultation runs from 1 May to 26 June 2026.\n'
     'We want to hear from parents, young people and professionals about how we support families early.\n'
     'Last year our early help teams worked with 6,200 families.\n'
     'Complete the online survey or ask for a paper copy.\n',
     'other', 'Derbyshire', None),
    ('council_strategy',
     'Nottingham City Council\n'
     'Early Help Strategy 2026-2029\n'
     'Introduction\n'
     'This strategy sets out how the council and its partners will help families before problems grow.\n'
     'In 2025/26, 3,950 early help assessments were completed in Nottingham.\n'
     'Our priorities are neglect, parental conflict and school attendance.\n',
     'council_report', 'Nottingham', None),
    ('audit_wales_report',
     'Audit Wales\n'
     "Torfaen County Borough Council - Review of Children's Services Placement Sufficiency\n"
     'Issued: June 2026\n'
     'The Auditor General found that the council relied on 61 placements with independent providers, at an average cost of £5,800 a week.\n'
     'We make four recommendations.\n',
     'other', 'Torfaen', None),
    ('police_news_two_towns',
     'Cleveland Police\n'
     'News\n'
     'Officers join week of action on child exploitation\n'
     '15 March 2026\n'
     'Officers in Hartlepool and Stockton visited 40 hotels and takeaways during a week of action on child exploitation.\n'
     "The force made 12 referrals to children's services.\n",
     'news_article', None, None),
    ('joint_cabinet_two_councils',
     'Joint Cabinet Report\n'
     'Cheshire East Council and Cheshire West and Chester Council\n'
     'Regional Adoption Agency: Annual Performance 2025/26\n'
     '1. The agency approved 58 adopters and placed 71 children across both councils.\n'
     '2. Average time from entering care to placement was 410 days.\n',
     'council_report', None, None),
    ('news_county_and_district',
     'Rise in families placed in emergency housing\n'
     'By Sarah Cole\n'
     '21 January 2026\n'
     'Suffolk County Council says 96 children in need were living in temporary accommodation at the end of December, up from 70 a year before.\n'
     'Most of the families had been placed by Ipswich Borough Council, which handles housing in the town.\n'
     "The county's children's services said social workers were visiting each family.\n",
     'news_article', 'Suffolk', None),
    pytest.param('national_panel_page',
     'Child Safeguarding Practice Review Panel\n'
     'Annual Report 2025\n'
     'The Panel received 410 serious incident notifications from local safeguarding partners in England during the year.\n'
     'We published one national review and reviewed 380 rapid reviews.\n',
     'other', None, None,
     marks=pytest.mark.xfail(strict=True, reason="a nation's safeguarding panel is read as a partnership's equal (publisher._OUTSIDE_BODY), so its own annual report reads council_report; no gold settles its kind")),
    ('news_byline_place_only',
     'One in five children waiting over a year for mental health care\n'
     'By Jack Turner, Lancashire Telegraph\n'
     '4 September 2026\n'
     "More than 40,000 children in England waited over a year for NHS mental health treatment, a report by the Children's Commissioner has found.\n"
     'The report says waits have grown in every region.\n',
     'news_article', None, None),
    ('charity_address_only',
     'Safe Families Network\n'
     'About our advice service for parents\n'
     'Our trained volunteers answered 18,000 calls from parents across England last year.\n'
     'We offer advice on behaviour, screen time and family conflict.\n'
     'Safe Families Network, 12 Park Row, Leeds LS1 5HD. Registered charity in England and Wales.\n',
     'other', None, None),
    ('case_review_published',
     'Local Child Safeguarding Practice Review\n'
     'Child R\n'
     'Published by the Norfolk Safeguarding Children Partnership\n'
     'March 2026\n'
     '1. Introduction\n'
     '1.1 This review considers the circumstances of Child R, aged 14 months, who suffered serious injuries in 2024.\n'
     '1.2 The review was commissioned after a rapid review found learning for agencies.\n',
     'case_review', 'Norfolk', 'Norfolk Safeguarding Children Partnership'),
    ('news_case_review_published',
     'Review finds missed chances to protect toddler\n'
     'By Amy Lowe\n'
     '11 March 2026\n'
     'Agencies missed chances to protect a toddler who was seriously injured, a review has found.\n'
     'The review, published by the Norfolk Safeguarding Children Partnership, makes seven recommendations.\n'
     'Norfolk County Council said it had already acted on them.\n',
     'news_article', 'Norfolk', 'Norfolk Safeguarding Children Partnership'),
    ('news_other_area_partnership',
     'Swindon children wait longer for assessments\n'
     'By Ben Fox\n'
     '9 July 2026\n'
     'Children in Swindon waited an average of 38 working days for a social care assessment last year, against 31 in 2024/25.\n'
     'Swindon Borough Council said it had recruited 12 social workers.\n'
     'Similar delays were found in a review published by the Wiltshire Safeguarding Vulnerable People Partnership last year.\n',
     'news_article', 'Swindon', None),
    ('welsh_regional_board',
     'Merthyr Tydfil County Borough Council\n'
     'Cabinet Report\n'
     '20 May 2026\n'
     "Children's Services Annual Safeguarding Report\n"
     '1. In 2025/26 the council received 2,310 contacts and held 402 strategy discussions.\n'
     '2. The Cwm Taf Morgannwg Safeguarding Board commissioned two child practice reviews involving Merthyr Tydfil children.\n',
     'council_report', 'Merthyr Tydfil', 'Cwm Taf Morgannwg Safeguarding Board'),
    ('scottish_cpc_news',
     'Learning reviews published after two child deaths\n'
     'By Euan Grant\n'
     '6 October 2026\n'
     'Fife Child Protection Committee has published two learning reviews into the deaths of children in the region.\n'
     'The reviews make 11 recommendations for Fife Council, NHS Fife and Police Scotland.\n',
     'news_article', 'Fife', 'Fife Child Protection Committee'),
    ('scrutiny_recommendation_addressee',
     'Lincolnshire County Council\n'
     'Children and Young People Scrutiny Committee\n'
     '16 January 2026\n'
     'Task and Finish Group on Neglect: Final Report\n'
     'The group met six times and heard from 30 practitioners.\n'
     'Recommendation 3: that the Lincolnshire Safeguarding Children Partnership reviews its escalation policy.\n'
     'Recommendation 4: that the council trains all early help staff in the graded care profile.\n',
     'council_report', 'Lincolnshire', None),
    ('council_former_board',
     'Warrington Borough Council\n'
     "Children's Services Scrutiny Committee\n"
     'History of Multi-Agency Safeguarding Arrangements\n'
     '1. The former Warrington Safeguarding Children Board was replaced in 2019.\n'
     "2. The council's front door received 7,400 contacts in 2025/26.\n",
     'council_report', 'Warrington', None),
    ('icb_two_areas',
     'NHS Birmingham and Solihull Integrated Care Board\n'
     'Board Meeting in Public\n'
     'Safeguarding Children and Adults: Quarter 2 Report\n'
     "The ICB's safeguarding team supported 210 health professionals across Birmingham and Solihull.\n"
     'The team reviewed 18 cases referred by the two local safeguarding partnerships.\n',
     'council_report', None, None),
    ('council_press_release',
     'Press release\n'
     'Council opens third family hub\n'
     '12 May 2026\n'
     'Doncaster Council has opened its third family hub, in Mexborough.\n'
     'The hubs have supported 3,100 families since 2024, the council said.\n'
     'Ends\n'
     "Notes to editors: Media enquiries to the council's press office.\n",
     'news_article', 'Doncaster', None),
    ('council_service_account',
     'Sandwell Council - Our fostering service in 2025/26\n'
     'What we did this year\n'
     'We approved 24 new fostering households and 310 children lived with our foster carers.\n'
     'We held 14 information evenings and our carers completed 820 hours of training.\n',
     'council_report', 'Sandwell', None),
    ('council_info_page',
     'Sandwell Council - Report a concern about a child\n'
     "If you are worried about a child, call Sandwell Children's Trust on 0121 569 3100.\n"
     'In an emergency, call 999.\n'
     'Out of hours, call the emergency duty team.\n',
     'other', 'Sandwell', None),
    ('charity_member',
     'Leicester Youth Project\n'
     'About us\n'
     'We run youth clubs in four neighbourhoods of Leicester and saw 1,150 young people last year.\n'
     "We are a member of the Leicester Safeguarding Children Partnership's voluntary sector forum.\n"
     'Registered charity 1101234.\n',
     'other', 'Leicester', None),
    ('news_spokesperson_rapid_review',
     'Baby seriously hurt at home, police say\n'
     'By Laura King\n'
     '2 August 2026\n'
     'A six-week-old baby is in hospital with serious injuries after police were called to a house in Sunderland.\n'
     'A man, 27, has been arrested.\n'
     'A spokesperson for the Sunderland Safeguarding Children Partnership said a rapid review would be held.\n',
     'news_article', 'Sunderland', 'Sunderland Safeguarding Children Partnership'),
    ('news_ofsted_roundup',
     "How our councils fared in children's services inspections\n"
     'By Staff Reporter\n'
     '20 November 2026\n'
     'Blackpool was rated good, up from requires improvement, while Lancashire stayed good.\n'
     'Blackburn with Darwen was judged outstanding for the first time.\n'
     'All three councils have seen referrals rise.\n',
     'news_article', None, None),
    pytest.param('police_pan_partnership',
     'Dorset Police\n'
     'Safeguarding Report to the Pan-Dorset Safeguarding Children Partnership\n'
     'Prepared by the Head of Public Protection\n'
     'The force received 3,900 child protection referrals in 2025/26 across Dorset and Bournemouth, Christchurch and Poole.\n'
     'The force attended all 10 rapid reviews held by the partnership.\n',
     'council_report', None, None,
     marks=pytest.mark.xfail(strict=True, reason="a force's paper naming two councils and a pan-area partnership: the area counts weigh Dorset (in the force's and the partnership's names) over Bournemouth, Christchurch and Poole, and the pan-area partnership is kept")),
    ('news_dateline_place',
     'WARRINGTON: Council vows to cut social worker caseloads\n'
     'By Chris Hale\n'
     '3 March 2026\n'
     "Average caseloads for children's social workers in Warrington stand at 21, the council has said.\n"
     'The council wants to reduce this to 17 by next year.\n'
     'Councillor Anne Ward said: "Our social workers deserve manageable caseloads."\n',
     'news_article', 'Warrington', None),
    ('news_county_town',
     "Children's centre in Colchester to close\n"
     'By Ruth Bell\n'
     '14 April 2026\n'
     "Essex County Council will close a children's centre in Colchester after visits fell to 2,000 a year.\n"
     'Services will move to a family hub in the town centre.\n',
     'news_article', 'Essex', None),
    ('barnsley_comparison',
     'Barnsley Metropolitan Borough Council\n'
     'Cabinet\n'
     '8 July 2026\n'
     "Children's Social Care Annual Performance\n"
     "1. Barnsley's rate of children in care is 78 per 10,000, against 92 in Doncaster and 71 nationally.\n"
     '2. The Barnsley Safeguarding Children Partnership received 9 serious incident notifications in the year.\n',
     'council_report', 'Barnsley', 'Barnsley Safeguarding Children Partnership'),
    ('partnership_exec_minutes',
     'Salford Safeguarding Children Partnership\n'
     'Minutes of the Executive Group held on 4 February 2026\n'
     "Present: Director of Children's Services (Chair), Chief Superintendent, Director of Nursing\n"
     '1. Rapid reviews: the group noted that two rapid reviews were held in January.\n'
     '2. Annual report: the draft was agreed for publication.\n',
     'council_report', 'Salford', 'Salford Safeguarding Children Partnership'),
    pytest.param('community_trust_service',
     'Solent NHS Trust\n'
     'Portsmouth 0-19 Public Health Nursing Service\n'
     'Annual Report 2025/26\n'
     'Health visitors completed 1,980 new birth visits in Portsmouth, 94% within 14 days.\n'
     'School nurses ran 120 drop-in sessions.\n',
     'other', 'Portsmouth', None,
     marks=pytest.mark.xfail(strict=True, reason="an NHS trust's own service report reads as a statutory partner's report (council_report); the golds label a trust's safeguarding report to its board council_report and settle no service annual report")),
    ('bristol_cabinet',
     'Bristol City Council\n'
     'Cabinet\n'
     '2 June 2026\n'
     "Children's Social Care Workforce Update\n"
     "1. The council employs 412 children's social workers, of whom 18% are agency staff.\n"
     '2. Turnover fell to 14% in 2025/26.\n',
     'council_report', 'Bristol, City of', None),
    ('hull_news',
     'More children in care placed far from home\n'
     'By Dan Price\n'
     '22 May 2026\n'
     'Hull City Council has 96 children in care living more than 20 miles from the city, up from 70.\n'
     'The council said it was building two new homes.\n',
     'news_article', 'Kingston upon Hull, City of', None),
    ('council_letter_to_dfe',
     'Northumberland County Council\n'
     'Letter to the Secretary of State for Education\n'
     '5 October 2026\n'
     'Dear Secretary of State,\n'
     "I write about the funding of children's social care in Northumberland. Our children in care have risen to 1,120, and our placement budget is overspent by £14m.\n"
     'Yours sincerely,\n'
     'Council Leader\n',
     'other', 'Northumberland', None),
    ('partnership_report_in_council_paper',
     'Oldham Council\n'
     'Health and Wellbeing Board\n'
     '19 March 2026\n'
     'Oldham Safeguarding Children Partnership: Annual Report 2024/25\n'
     "Purpose of the report: to present the partnership's annual report to the board.\n"
     "The partnership's annual report records 8 rapid reviews and one local child safeguarding practice review.\n",
     'council_report', 'Oldham', 'Oldham Safeguarding Children Partnership'),
]


@pytest.mark.parametrize("name, text, kind, area, partnership", _BATTERY)
def test_battery(name: str, text: str, kind: str, area: str | None, partnership: str | None) -> None:
    got_kind, got_area, got_partnership = _record(name, text)
    assert (got_kind, got_area, _norm(got_partnership)) == (kind, area, _norm(partnership))


# Construction tables, written after the battery's fixes and before running them; one block per
# construction, with rows where it must not fire.

from extractor.genre import is_story_opening  # noqa: E402
from extractor.partnership import find_partnership  # noqa: E402
from extractor.publisher import outside_publisher  # noqa: E402

_BYLINED_STORY = [
    ("Library to close two days a week\nBy Ana Costa\n3 May 2026\nThe central library will open five days a week from June after a budget cut of £90,000.\n", True),
    ("New crossing outside primary school\nBy Tom Reid, Local Democracy Reporter\nA zebra crossing will be built outside the school after 400 parents signed a petition.\n", True),
    ("Youth club reopens after repairs\nBy Sam Ng\nThe youth club on Mill Road reopened on Friday after six months of repairs costing £40,000.\n", True),
    ("Foster carer numbers fall again\nBy J. Patel, Education Reporter\n12 March 2026\nThe number of approved fostering households fell to 212 at the end of March.\n", True),
    ("Bus route to be cut in September\nBy Chris Hale\nThe number 14 bus will stop running in September, leaving three villages without a service.\n", True),
    ("Children's centre to move to new site\n14 April 2026\nBy Ruth Bell\nThe children's centre will move into the family hub in the autumn.\n", True),
    # not a story: a first-person lead, a Title Case heading, a heading ending in a colon
    ("How we are improving our front door\nBy Jane Smith, Director of Children's Services\nWe have cut the time it takes to decide on a contact to one day.\n", False),
    ("Annual Report of the Fostering Service\nBy Jane Smith\nThe fostering service approved 24 households in the year.\n", False),
    ("Safeguarding update for members:\nBy Jane Smith\nThe service received 1,200 contacts in the quarter.\n", False),
    ("Our year in the family hubs\nBy Jane Smith\nOur hubs saw 3,100 families this year.\n", False),
    ("Changes to school transport\nPrepared by the Transport Team\nBus passes will be issued online from September.\n", False),
]


@pytest.mark.parametrize("text, story", _BYLINED_STORY)
def test_a_byline_under_a_headline_heads_a_story(text: str, story: bool) -> None:
    assert is_story_opening(text) is story


_BYLINE_PLACE = [
    ("Waiting lists for child mental health grow\nBy Jack Turner, Lancashire Telegraph\n4 September 2026\nMore than 40,000 children in England waited over a year for treatment, a report has found.\n", None),
    ("Fewer children adopted last year\nBy Sara Khan, Yorkshire Evening Post\n2 October 2026\nAdoptions in England fell to 2,900 in the year to March, government figures show.\n", None),
    ("Social worker vacancies at record level\nBy Tom Fry, Liverpool Echo\n5 May 2026\nOne in five children's social worker posts in England was vacant last year, figures show.\n", None),
    ("Children in care rise in Salford\nBy Jo Hart, Manchester Evening News\n8 June 2026\nSalford City Council said 690 children were in its care at the end of March, up from 640.\n", "Salford"),
    ("More families using food banks\nBy Ben Cole, Bristol Post\n11 January 2026\nFood banks in North Somerset handed out 9,000 parcels last year, North Somerset Council said.\n", "North Somerset"),
    # the place in the body still counts, whatever the byline
    ("Council appoints new children's director\nBy Jack Turner\n4 September 2026\nLancashire County Council has appointed a new director of children's services.\nLancashire has 2,300 children in care.\n", "Lancashire"),
    ("Record number of care leavers in work\nBy Amy Lowe, Leeds Reporter\n3 June 2026\nLeeds City Council said 61% of its care leavers were in work or training, up from 55%.\n", "Leeds"),
]


@pytest.mark.parametrize("text, area", _BYLINE_PLACE)
def test_a_place_on_a_byline_is_the_papers(text: str, area: str | None) -> None:
    assert _record("story", text)[1] == area


_AUDIT_BODY = [
    ("Audit Wales\nTorfaen County Borough Council - Review of Placement Sufficiency\nWe found the council relied on independent providers.\n", "body"),
    ("Audit Scotland\nHighland Council: Children's Services Follow-up Review\nThe council has made progress on two of five recommendations.\n", "body"),
    ("Accounts Commission\nBest Value Assurance Report: Fife Council\nThe council's children's services have improved since 2022.\n", "body"),
    ("Northern Ireland Audit Office\nChildren in Care in Northern Ireland\nThe number of children in care rose to 3,800.\n", "body"),
    ("Wales Audit Office\nCardiff Council - Corporate Parenting Review\nThe council has a clear strategy for children it looks after.\n", "body"),
    ("AUDIT WALES\nConwy County Borough Council - Springing Forward Review\nThe council plans its workforce well.\n", "body"),
    # a council's paper about the auditor's report, or a report sent to a committee
    ("Torfaen County Borough Council\nGovernance and Audit Committee\nAudit Wales - Review of Placement Sufficiency\nThe committee is asked to note the report.\n", None),
    ("Audit Wales\nReport to the Governance and Audit Committee of Conwy County Borough Council\nThe committee is asked to note our findings.\n", None),
    ("Highland Council\nAudit Scotland Annual Audit Report: Response\nThe council accepts all five recommendations.\n", None),
    ("Fife Council\nScrutiny Committee\nAccounts Commission findings on children's services\nMembers are asked to note the findings.\n", None),
]


@pytest.mark.parametrize("text, kind", _AUDIT_BODY)
def test_a_public_auditor_heading_its_report(text: str, kind: str | None) -> None:
    assert outside_publisher(text) == kind


_ADDRESSEE = [
    ("Recommendation 3: that the Lincolnshire Safeguarding Children Partnership reviews its escalation policy.\nRecommendation 4: that the council trains early help staff.\n", None),
    ("We recommend that the Wigan Safeguarding Children Partnership publishes its neglect strategy.\nThe service received 4,000 contacts.\n", None),
    ("Recommendation 1 - that the Barnsley Safeguarding Children Partnership audits the use of the threshold.\nThe panel met four times.\n", None),
    ("The group recommends that the Bolton Safeguarding Children Partnership and the council agree a joint plan.\n", None),
    pytest.param("Recommendation 2.1: that the Sefton Safeguarding Children Partnership considers a review of school transport.\n", None,
                 marks=pytest.mark.xfail(strict=True, reason="'considers a review' after the name reads as the body at review work, which keeps it over the addressee")),
    ("Guidance for foster carers is published by the Kent Safeguarding Children Multi-Agency Partnership on its website.\n", None),
    ("Guidance for schools is issued by the Torbay Safeguarding Children Partnership each September.\n", None),
    # the body at work keeps the name, even beside a recommendation
    ("The Lincolnshire Safeguarding Children Partnership held five rapid reviews in the year.\nRecommendation 3: that the council trains early help staff.\n", "Lincolnshire Safeguarding Children Partnership"),
    ("The Wigan Safeguarding Children Partnership recommended that schools train all staff.\nIt held three rapid reviews.\n", "Wigan Safeguarding Children Partnership"),
    ("The annual report is published by the Kent Safeguarding Children Multi-Agency Partnership.\nIt records 14 notifications.\n", "Kent Safeguarding Children Multi-Agency Partnership"),
    ("The review of Child T was published by the Torbay Safeguarding Children Partnership in May.\n", "Torbay Safeguarding Children Partnership"),
]


@pytest.mark.parametrize("text, partnership", _ADDRESSEE)
def test_an_addressee_or_a_guidance_owner_is_in_passing(text: str, partnership: str | None) -> None:
    # a body named in a text's opening heads it: the rule is for one named past it, so each row
    # follows a committee paper's head
    assert _norm(find_partnership(_PAPER_HEAD + text)) == _norm(partnership)


_PAPER_HEAD = ("Children and Young People Scrutiny Committee\nTask and Finish Group: Final Report\n"
               "1. The group met six times between January and June and heard from thirty "
               "practitioners, parents and young people about early help and neglect.\n")
