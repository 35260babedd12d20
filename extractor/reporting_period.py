"""The reporting period a document presents: its own, not a comparator's or a projection's.

Candidates are every period `period.find_periods` reads, each judged by where it stands:

1. the report's own scope sentence ("This report covers …", "To provide … performance for …",
   "the reporting period", "This report summarises the work of … in the calendar year 2025");
2. the title (or the document's first line);
3. a scope construction anywhere ("the review covered the period from …", "it looked at
   contact between March 2021 and September 2023", "figures for the 12 months to …",
   "a half-year performance report … at the end of September 2024");
4. otherwise the financial year named most (title and opening weighted up) -- unless the
   document is about one named case and names a year only in passing, is a decision paper
   that reports no period (one that states its position at a date and reports a rolling
   window ending on it has that window), or is a history naming years over a decade with none its own: then
   None; with no financial year, a rolling year or a span of months the text repeats, or the
   year before its date that a dated text calls "last year" more than once. The vote is for a
   document that presents one year's figures as its own; where its years are only citations it
   has none: a digest of several cases, each under its own heading ("Case 1: …"), and a story
   headed by a plan it announces ("Council sets out £7m plan to …") that names its year once,
   past its opening.

A consultation on a budget or a plan for named years, so headed, is about those years (even
before they begin). A union's, a campaign's, an MP's or a councillor's statement or newsletter
(publisher.voice_publisher) has no period but what its heading or a scope sentence names.

A decision on one person's case (a court's judgment, an ombudsman's decision, a regulator's or a
tribunal's hearing decision) reports no period: its dates are the case's events and the
hearing's. A timescale something must be done within ("visits within the required timescale")
is a deadline, not a scope word.

A scope sentence's period after an ask for a decision ("This report seeks approval for funding
over 2027/28") is the decision's. A request for information by calendar year is answered for
those years. A letter's subject line under "Dear …," is a heading. A list of references at the
end cites other works' years.

An inquiry's report, so headed, has no period but the span it says it gathered its evidence
over: the years it cites are its evidence's. A dated document that names its period by its date
("this financial year", "this summer", "the last financial year" with no year of its own, or
naming that year among others: a budget's, a comparator's) has the financial year or the summer
holidays that date gives; a date that closes an opening line after a comma ("Keynote address,
Leeds, 14 May 2026") dates it. A review headed by a plain year ("Safety Review 2025", "2024 in
review") looks back on that calendar year.

A period said as a comparator ("compared with 2023/24", "up from … in 2021/22", "(2024: 13)")
or a projection ("by 2027", "from 2028/29", "priorities for 2025/26") is never the report's.
A single date ("at 31 March 2025") is a figure's period, not a report's, unless a periodic
report names it as its end ("the half-year report … at 30 September 2024").
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .findings import Period
from .genre import is_complaint_decision, is_hearing_decision, is_judgment
from .line import line_of
from .meeting import is_agenda, meeting_date, paper_date
from .period_gate import REJECT_AT, gate_features, gate_ready, reject_probability
from .publisher import front_matter, voice_publisher
from .period import (MONTHS, count_of, day_period, financial_year, financial_year_of, find_periods,
                     months_ending, resolve_period, shift_years)

_OPENING_LINES = 3  # title, standfirst and first paragraph: where a story states its year
_DECISION_CHARS = 4000
_HEADING_CHARS = 150  # a title or heading line, not a paragraph
_LEAD_CHARS = 800  # headline, standfirst and first paragraph
_SCOPE_CHARS = 240  # a scope verb governs a span this far on in its sentence ("examined …")

_SELF_SCOPE = re.compile(
    r"\b(?:this|the\s+present)\s+(?:(?:annual|quarterly|half[\s-]year(?:ly)?|interim|"
    r"six[\s-]monthly|performance|activity|progress|end[\s-]of[\s-]year|summary|executive|"
    r"overview|highlight)\s+)*"
    r"(?:report|paper|review|summary|update|document|briefing|page|letter|response)\b"
    r"|\bpurpose\s+of\s+(?:this|the)\s+(?:report|paper)\b"
    # ... or the report a story or a covering paper is about, told as setting out what was done
    # ("The report sets out what the partnership did in 2024-25", "Its annual report describes
    # how the board worked during …")
    r"|\b(?:the|its|their|our)\s+(?:annual\s+|yearly\s+)?report\s+(?:sets\s+out|describes|"
    r"summari[sz]es|explains|shows|tells\s+(?:us|readers))\s+(?:what|how)\b"
    r"|\bwelcome\s+to\s+(?:the|our)\s+(?:[\w’'-]+\s+){0,4}?(?:report|review|update)\b"
    r"|(?m:^)\s*(?:\d[\d.]*\s+)?To\s+"
    r"(?:provide|update|inform|present|give|set\s+out|report|advise)\b"
    r"|\breporting\s+period\b|\bperiod\s+(?:covered|under\s+review|of\s+(?:this|the)\s+report)\b"
    # ... or the scope of the figures it gives: "Unless we say otherwise, figures relate to the
    # year ending 31 March 2025", "All figures in this summary refer to 2024-25"
    r"|\b(?:unless\s+(?:we\s+say|(?:it\s+is\s+)?(?:stated|shown|noted))\s+otherwise|"
    r"(?:all|the)\s+(?:figures|data|statistics|numbers)\s+(?:(?:in|given\s+in|quoted\s+in)\s+"
    r"(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:report|summary|briefing|page|paper|document)\s+)?"
    r"(?:relate|refer|apply|are)\s+(?:to|for)\b)",
    re.I)
_SCOPE = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|look(?:s|ed|ing)?\s+(?:back\s+)?at|"
    r"consider(?:s|ed|ing)?|examin(?:e|es|ed|ing)|scrutinis(?:e|es|ed|ing)|"
    r"the\s+period|review\s+period|period\s+(?:of|for)\s+(?:the\s+)?review|scope|time\s*frame|"
    r"timescale|you\s+(?:asked|requested)|"
    r"please\s+(?:could\s+you\s+)?(?:provide|tell|supply|confirm)|requested)\b", re.I)
# An inspection or a visit dates the document's span in its opening ("inspectors spent two
# weeks with the teams between 3 and 14 March 2025"); deep in a long text it is an answer's
# or an action's date ("a team inspected the roads on 10th and 11th March").
# Fieldwork is an inspection's or a study's visit too ("Fieldwork took place between 7 and 18
# September 2026", "on-site work ran from …").
_VISIT = re.compile(r"\binspect(?:ed|ion|ors?)\b|\bvisit(?:ed)?\b|\bfield\s*work\b|"
                    r"\bon[\s-]site\b", re.I)
_VISIT_CHARS = 3000
# A study dates its material in its opening, in its abstract's methods ("We coded all 278 reviews
# published between 1 January 2019 and 31 December 2024"); deep in a transcript or a report a
# study is someone else's ("Our researchers analysed reviews from 2022 to 2025").
_STUDY = re.compile(r"\b(?:analy[sz](?:e|es|ed|ing)|coded|sampled|stud(?:y|ies|ied|ying))\b", re.I)
# ...and a report's own evidence, gathered in the first person or by the group that writes it,
# dates it wherever the span stands in the sentence ("Between October and December 2025 we
# heard from 340 young people", "We read 120 case files closed between …", "The group met four
# times between September and December 2025").
_GATHERED = re.compile(
    r"\bwe\s+(?:also\s+)?(?:heard\s+from|spoke\s+(?:to|with)|talked\s+(?:to|with)|listened\s+to|"
    r"interviewed|surveyed|read|reviewed|audited|sampled|analy[sz]ed|coded|visited|observed)\b|"
    r"\b(?:the|our|this)\s+(?:task\s+(?:and|&)\s+finish\s+)?(?:group|panel|inquiry|commission)\s+"
    r"(?:met|took\s+evidence|heard\s+evidence|gathered\s+evidence)\b|"
    # ... or by its survey, told as running over the span ("The survey was open from 3 February
    # to 14 March 2025", "our questionnaire ran between …")
    r"\b(?:the|our|this)\s+(?:online\s+|pupil\s+|school\s+)?(?:survey|questionnaire|consultation)\s+"
    r"(?:was\s+(?:open|run|live|carried\s+out)|ran|took\s+place|opened)\b|"
    # ... or told in the passive, its evidence gathered over the span with no one named
    # ("Engagement carried out May to August 2025", "Fieldwork was undertaken between 3 and 14
    # March 2025", "Interviews were conducted from …", "Focus groups were held in …")
    r"\b(?:engagement(?:\s+(?:events?|sessions?|work))?|field\s*work|interviews?|focus\s+groups?|"
    r"observations?|data\s+collection|listening\s+(?:events?|sessions?)|workshops?|"
    r"drop[\s-]in\s+sessions?|case\s+file\s+reviews?)\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:carried\s+out|undertaken|conducted|completed|run|held|took\s+place|ran)\b", re.I)
# "figures for …", "annual report for …", "the partnership's 2023/24 report": the period is
# the object of a report or a set of figures.
_REPORT_OF = re.compile(
    r"\b(?:figures|data|statistics|numbers|performance|report|activity|information|returns?)"
    r"\s+(?:for|covering|from)\s+(?:the\s+)?$"
    # ... or a report said to be on the year itself: "its report on 2024/25"
    r"|\b(?:annual\s+)?report\s+on\s+$"
    # ...or of the years or months it names: "its report of the two years from 1 August …"
    r"|\breport\s+(?:of|on|for)\s+(?:the|its|our)\s+(?:(?:\w+|\d+)\s+)?(?:years?|months?|period)"
    r"\s+(?:(?:from|between|of)\s+)?$"
    # ...or its span in brackets after its name: "Quarter 2 data report (July to September
    # 2026)", "Performance dashboard (April to June 2025)", "Key statistics (year to 31 July)"
    r"|\b(?:figures|data|dataset|statistics|performance|report|dashboard|scorecard|update|"
    r"returns?)\s*\(\s*$", re.I)
# A periodic report's length: "half-year report … at 30 September 2024" ends a six-month span.
_LENGTH = re.compile(
    r"\b(?:(?P<half>half[\s-]year(?:ly)?|six[\s-]month(?:ly)?|mid[\s-]year)|"
    r"(?P<quarter>quarterly|quarter[\s-]end|three[\s-]month(?:ly)?)|"
    r"(?P<year>annual|yearly|year[\s-]end|end[\s-]of[\s-]year))\s+"
    r"(?:\w+\s+){0,2}(?:report|update|review|figures|data|statistics|return)\b", re.I)
# A rolling window: "the 12 months to …", "the year to …", "the quarter ending …".
_WINDOW = re.compile(r"\b(?:months?|years?|quarter|half[\s-]year)\s+(?:ending|ended|to|up\s+to)\b",
                     re.I)
# A report on part of a year, with no year of its own: "the half-year performance report",
# "the Quarter 3 report", "figures for the second quarter".
_PART = (r"Q[1-4]|Qtr\.?\s*[1-4]|Quarter\s*[1-4]|(?:first|second|third|fourth|final)\s+quarter|"
         r"(?:first|second)\s+half(?:\s+of\s+the\s+year)?|half[\s-]year(?:ly)?|mid[\s-]year")
_PART_REPORT = re.compile(
    rf"\b(?P<part>{_PART})\s+(?:\w+\s+){{0,2}}(?:report|update|figures|data|statistics|"
    rf"performance|monitoring)\b|\b(?:report|update|figures|data|statistics|performance)\s+"
    rf"(?:for|covering)\s+the\s+(?P<part2>{_PART})\b", re.I)
_COMPARATOR = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than(?:\s+(?:in|at|for))?|"
    r"(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|grew|grown)"
    r"\s+(?:\S+\s+){0,4}?from(?:\s+\S+){0,3}\s+(?:in|at|for|during|between)|"
    # a change measured on an earlier year: "up 6% on 2024/25", "a rise of 12% on 2023-24"
    r"(?:up|down|higher|lower|rise|fall|increase|decrease|reduction)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|almost\s+|nearly\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)?\s+on|"
    r"(?:previous|last|prior|preceding)\s+(?:year|period)?\s*\(?|"
    r"same\s+(?:period|point)\s+(?:in|of))"
    r"\s*\(?\s*(?:the\s+)?$)", re.I)  # "down from 120 in the year to …"
_PROJECTION = re.compile(
    r"(?:\b(?:by|until|before|from|next|coming|ahead(?:\s+of)?|in\s+advance\s+of|"
    r"in\s+(?:preparation|readiness)\s+for)|"
    r"\b(?:forecast|projected|expect(?:s|ed|ing)?|planned|anticipated)(?:\s+\w+){0,3}?(?:\s+(?:for|in|by))?|"
    # ... what a future tense will cost or do in it ("will cost £1.2m in"), a sum set aside for it
    r"\bwill(?:\s+(?:\w+|£[\d.,]+[mk]?(?:bn)?|[\d.,]+%?)){0,6}?\s+(?:in|during|for|by)|"
    r"\bset\s+aside(?:\s+\S+){0,3}?\s+for|"
    r"\b(?:targets?|priorities|plans?|ambitions?|intentions?|allocations?)\s+for)\s+(?:the\s+)?$",
    re.I)  # a sum allocated for a year is set ahead of it ("the grant allocation for 2026/27")
# A decision paper: "This report asks Cabinet to approve …", "Cabinet is asked to agree …",
# "Members are recommended to endorse …", "It is recommended that Cabinet approves …".
_DECIDE = r"(?:approve|agree|endorse|authori[sz]e|delegate|decide|adopt)"
_DECISION = re.compile(
    rf"\b(?:asks?|seeks?|requests?|invites?|recommends?\s+that)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w’']*\s+){{0,4}}(?:to\s+)?{_DECIDE}|"
    rf"\b(?:is|are)\s+(?:being\s+)?(?:asked|requested|recommended|invited)\s+to\s+{_DECIDE}|"
    rf"\bit\s+is\s+recommended\s+that\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){{0,4}}{_DECIDE}s?\b|"
    r"\bkey\s+decision\s*:?\s*yes\b|\bfor\s+decision\b|"
    # a decision's own record: "Record of an Executive Decision", "Decision notice",
    # "Decision maker: Cabinet Member for …"
    r"\brecord\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}decisions?\b|"
    r"\bdecision\s+(?:notice|maker|taken\s+by)\b", re.I)
# A notice or a direction a minister or a regulator issues to one body ("This Improvement Notice
# is issued …", "Statutory Direction: …", "Warning notice - …") is a decision on that body, like
# a judgment: the inspection or the failings it follows are its grounds, not a reporting period.
_NOTICE_ISSUED = re.compile(
    r"\bthis\s+(?:improvement\s+notice|warning\s+notice|(?:statutory\s+)?direction)\s+"
    r"(?:is|was|has\s+been)\s+(?:issued|given|made)\b|"
    r"^[ \t]*(?:improvement\s+notice|warning\s+notice|statutory\s+direction)\s*[:–—-]", re.I | re.M)
# A story about one named case review ("Child T", "Baby L", "a girl, known as Sky"), or one
# complaint or court case whose party is anonymised by a letter ("Mr X complained …", "Mrs B").
_CASE_NAME = re.compile(r"\b((?:Child|Baby|Family)\s+[A-Z]{1,2}|(?:Mr|Mrs|Ms|Miss)\s+[A-Z])\b"
                        r"(?![a-z])(?!\.?\s*[A-Z][a-z])"
                        r"|\b(?:known|referred\s+to)\s+as\s+(?!Child\b|Baby\b|Family\b)"
                        r"[‘'\"“]?([A-Z][a-z]+)\b")
# "in each of the last three financial years": a request or a scope over several years.
_LAST_YEARS = re.compile(r"\b(?:each\s+of\s+|over\s+|for\s+)?the\s+(?:last|past|previous)\s+"
                         r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"financial\s+years\b", re.I)
# Official statistics a story reports: "according to Department for Education figures".
_STATISTICS = re.compile(r"\b(?:figures|statistics|data|register|report\s+(?:to\s+[^,.;]{3,60}\s+)?"
                         r"(?:shows?|says?|finds?|found))\b", re.I)
# A story about one court case: the trial or the sentence is the news, not a reporting year.
_COURT_CASE = re.compile(
    r"\b(?:jailed|sentenced|convicted|acquitted|pleaded\s+(?:not\s+)?guilty|admitted\s+"
    r"(?:\w+\s+){0,3}(?:counts?|charges?|offences?)|(?:Crown|Magistrates[’']?|Youth|Family)\s+"
    r"Court|court\s+(?:heard|was\s+told)|(?:the\s+)?jury|inquest)\b", re.I)
# A request for information (an FOI response, a written question) names the years it asks for.
_REQUEST = re.compile(
    # 'You asked …' opens a sentence of a reply ('the newsletters you asked for' is a sign-up box)
    r"(?:^|[.!?:]\s+|\n\s*|\byour\s+request\s*,?\s*)you\s+(?:asked|requested|wanted\s+to\s+know)\b|"
    r"\bplease\s+(?:could\s+you\s+)?"
    r"(?:provide|tell|supply|send|confirm|state|give)\b|\bfreedom\s+of\s+information\b|"
    r"\brequest\s+for\s+information\b|\bFOI\b|\bwritten\s+(?:question|answer)\b", re.I)
_REQUEST_CHARS = 1500
# Months with no year in a dated story ("figures for July to September show …", "between
# April and June"): the latest such months that have ended by the story's date.
_MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December")
_MONTHS_NO_YEAR = re.compile(
    rf"\b(?i:between|from|for|in|covering)\s+(?:the\s+)?(?P<m1>{_MONTH_NAMES})\s+(?:to|and|until|-|–)"
    rf"\s+(?:the\s+end\s+of\s+)?(?P<m2>{_MONTH_NAMES})\b(?!,?\s+(?:19|20)\d\d)"
    r"(?!\s+(?:this|last|next)\s+year)")
# A story's own date in its opening, when the source gives none: a dateline or byline date
# ("Published: 3 February 2026", "Wednesday, 19 November 2025, 4:45 pm", a line that is a date),
# or a labelled line that dates a statement, a letter or a paper ("Made on: 4 March 2026",
# "Laid: …", "Dated: …", "Circulated: …"; only as a label at a line's start, with its colon).
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATELINE = re.compile(
    rf"(?im)(?:\b(?:published|posted|updated|date|issued|released)(?:\s+on|\s+(?:at|by)\s+[^,\n]{{1,60}},)?"
    r"\s*:?\s*|^[ \t]*"
    r"(?:made|laid|dated|sent|signed|delivered|circulated)(?:\s+on[ \t]*:?|[ \t]*:)[ \t]*|^[ \t]*)"
    rf"{_WEEKDAY}(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_NAMES}),?\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?=[^\n]{0,40}$)")
_DATELINE_CHARS = 500
# ... or a labelled month with no day ("Published July 2026", "Last updated: March 2026")
_DATELINE_MONTH = re.compile(
    rf"(?im)^[ \t]*(?:last\s+)?(?:published|updated|issued|released)(?:\s+in)?\s*:?\s*"
    rf"(?P<m>{_MONTH_NAMES})\s+(?P<y>(?:19|20)\d\d)\b(?=[^\n]{{0,40}}$)")
# ... or the date that closes an opening line after a comma: the occasion's or the place's date
# ("Keynote address, Annual Conference, Leeds, 14 May 2026", "Brighton, Tuesday 3 March 2026")
_DATE_CLOSING = re.compile(
    rf"(?m),[ \t]+{_WEEKDAY}(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_NAMES}),?\s+"
    r"(?P<y>(?:19|20)\d\d)[ \t]*$")
# An inspection or visit said to be in one month ("inspectors who visited in January 2025",
# "the inspection, in March 2024,"): that month is the story's period.
_INSPECTED_IN = re.compile(
    r"\b(?:inspect(?:ed|ion|ors?)|visit(?:ed|s)?)\b[^.\n]{0,60}?\b(?:in|during)\s+"
    r"(?:early\s+|mid-?|late\s+)?(?P<m>January|February|March|April|May|June|July|August|"
    r"September|October|November|December),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_OPENING_CHARS = 1500
# An inspection's or a visit's one day, labelled in a report's head ("Inspection date: 22 January
# 2026", "Date of visit: 3 March 2026"): that day is the span, as "Inspection dates: 10 and 11
# December 2025" gives its two days.
_INSPECTION_DAY = re.compile(
    rf"(?im)^[ \t]*(?:(?:inspection|visit|monitoring\s+visit|focused\s+visit)\s+date|date\s+of\s+"
    rf"(?:the\s+)?(?:inspection|visit))[ \t]*:[ \t]*{_WEEKDAY}(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    rf"\s+(?P<m>{_MONTH_NAMES}),?\s+(?P<y>(?:19|20)\d\d)[ \t]*$")
# A committee report's front sheet names its title on a labelled line ("Subject: …",
# "Report title: …"), often after the From/To lines, below the opening lines.
_LABEL_CHARS = 1500
_LABELLED_TITLE = re.compile(r"(?im)^[ \t]*(?:subject|title|report\s+title|title\s+of\s+(?:the\s+)?"
                             r"report|name\s+of\s+report)[ \t]*:[ \t]*(\S[^\n]*)$")
# A letter's subject line: the heading line under its salutation ("Dear Paul,\nHerefordshire
# Council: peer review, 8 to 11 September 2026"), as a front sheet's "Subject:" line.
_LETTER_SUBJECT = re.compile(r"(?m)^[ \t]*Dear\s+[^\n]{1,60},?[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S[^\n]*)$")
# A plan, a budget or a strategy for named years is a projection ("Draft Revenue Budget
# 2026-27", "High Level 2026-29 Revenue Plan", "Early Help Strategy 2026-2029"), unless its
# heading also names a report on it ("Business Plan 2024-25: End of Year Report").
_PLAN_WORD = r"(?:plan|budget|strategy|programme|MTFP)"
_PLAN_YEARS = (r"(?:19|20)\d\d(?:\s*[/\-–]\s*\d{2,4})?"
               r"(?:\s+(?:to|-|–)\s+(?:19|20)?\d\d(?:\s*[/\-–]\s*\d{2,4})?)?")
# ... a word or two may stand between ("Budget consultation 2027/28: outcome and final proposals",
# "Budget proposals 2027/28"); a report word in the heading still makes it a report's.
_PLAN_HEAD = re.compile(rf"\b{_PLAN_WORD}\s+(?:for\s+)?(?:[a-z][\w’'-]*\s+){{0,2}}{_PLAN_YEARS}|"
                        rf"{_PLAN_YEARS}\s+(?:[\w’'-]+\s+){{0,2}}{_PLAN_WORD}\b", re.I)
# ...unless its opening describes where things stand now ("3. Current position and demand",
# "Where we are now", "our baseline at 31 March 2026", "the profile of children in care at 31
# March 2026"): the year that position closes is the record's, as a report's.
_CURRENT_POSITION = re.compile(
    r"\b(?:current|present|existing)\s+(?:position|picture|profile|provision|baseline|situation)\b|"
    r"\bwhere\s+we\s+are\s+now\b|\b(?:our|the)\s+(?:position|baseline|profile\s+of\s+[^.\n]{3,80}?)"
    r"\s+(?:as\s+)?at\s+(?:[1-9]|[12]\d|3[01])\s+(?:" + _MONTH_NAMES + r")\s+(?:19|20)\d\d\b", re.I)
_REPORT_WORD = re.compile(r"\b(?:report|review|update|monitoring|progress|outturn|performance|"
                          r"evaluation|statistics|figures|data)\b", re.I)
# A half-year report of a financial year: "Mid-Year Update 2024-25", "Half-year report 2024/25".
_HALF_BEFORE = re.compile(r"\b(?:half[\s-]year(?:ly)?|mid[\s-]year|six[\s-]month(?:ly)?|interim)"
                          r"\s+(?:\w+\s+){0,2}$", re.I)
# A quarter's report of a financial year: "Quarter 3 Performance Report 2025-26", "Q2
# scorecard 2025/26".
_QUARTER_BEFORE = re.compile(r"\b(?P<part>Q[1-4]|Qtr\.?\s*[1-4]|Quarter\s*[1-4]|"
                             r"(?:first|second|third|fourth|final)\s+quarter)\s+"
                             r"(?:[\w’'-]+\s+){0,3}$", re.I)
# A budget monitored at a quarter reports its forecast for the whole financial year: "Budget
# Monitoring Q2 2026/27", "Revenue Monitoring Report Quarter 3 2025-26", "Forecast outturn Q1".
_MONEY_HEAD = re.compile(r"\b(?:budget|revenue|capital|financ(?:e|ial)|forecast|outturn)\b", re.I)
_QUARTER_WORD = re.compile(r"\b(?:Q[1-4]|Qtr|quarter)", re.I)
_HALF_WORD = re.compile(r"half[\s-]year|mid[\s-]year|six[\s-]month|interim", re.I)
# An annual report of a plain year: "2024 Annual Report", "Annual Report 2024", and a body's
# yearly account by its other names ("Impact Report 2025", "Annual Review 2024").
_ANNUAL = r"(?:annual\s+(?:report|review)|impact\s+(?:report|review)|yearly\s+report)"
# ... and a review headed by its year, which looks back on that year ("Safety Review 2025",
# "Review of 2024", "2025 in review", "The year in review: 2024", "2025: a year in review")
# A one-off review named by its kind ("Child Safeguarding Practice Review 2025", "Spending Review
# 2025", "Rapid Review 2024") is not a year's look back.
_REVIEW_OF = (r"(?<!case\s)(?<!practice\s)(?<!rapid\s)(?<!learning\s)(?<!thematic\s)"
              r"(?<!homicide\s)(?<!judicial\s)(?<!spending\s)(?<!budget\s)(?<!policy\s)"
              r"(?<!independent\s)review\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)|"
              r"(?P<y4>(?:19|20)\d\d):?\s+(?:a\s+|the\s+)?(?:year\s+)?in\s+review|"
              r"year\s+in\s+review:?\s+(?P<y5>(?:19|20)\d\d)")
_ANNUAL_OF_YEAR = re.compile(rf"\b(?P<y1>(?:19|20)\d\d)\s+{_ANNUAL}\b|"
                             rf"\b{_ANNUAL}\s+(?:for\s+)?(?P<y2>(?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)|"
                             rf"\b(?:{_REVIEW_OF})\b(?!\s*[/\-–]\s*\d)", re.I)
# A budget position seen from a point in the year: "the financial position as at Quarter 3",
# "the forecast outturn as at Q2", "the monitoring position at the end of Quarter 1".
_POSITION_AT = re.compile(r"\b(?:position|forecast|outturn)\s+(?:as\s+)?at\s+(?:the\s+end\s+of\s+)?$",
                          re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_SENTENCE_END = re.compile(r"\n(?![ \t]*[a-z])|[.!?](?=[\s”\"’']+[A-Z0-9“\"‘(])")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    period: Period
    sentence: tuple[int, int]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or line) around text[start:end]."""
    s = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), min(len(text), start + 8)):
        if m.end() <= start:
            s = m.end()
    after = _SENTENCE_END.search(text, end)
    return s, (after.end() if after else len(text))


def _is_span(p: Period) -> bool:
    return bool(p.start and p.end and p.start != p.end)


# A note that dates a table's benchmark columns ("Statistical neighbours and England are 2025
# published figures (year to 31 March 2025)", "Comparator averages are for 2024/25", "Benchmarks
# relate to the year to 31 March 2025"): the comparators' year, not the text's own.
_BENCHMARK = re.compile(
    r"\b(?:statistical\s+neighbou?rs?|(?:comparators?|benchmarks?|benchmarking)(?:\s+(?:figures|"
    r"data|averages?|rates?|columns?))?|(?:national|regional|England|English|Scottish|Welsh|"
    r"Scotland|Wales|London|peer|family\s+group)\s+(?:averages?|comparators?|benchmarks?)|"
    r"peer\s+(?:group|authorities|councils))\b[^.;:\n]{0,40}?\b(?:are|is|were|was|relates?\s+to|"
    r"refers?\s+to|uses?|shows?|covers?|come\s+from)\b[^.;:\n]{0,60}$", re.I)


# Figures said to be revised or restated are an earlier period's, shown beside the text's own
# ("Figures for 2024/25 revised since last year's report", "2023/24 data have been restated").
_REVISED = re.compile(r"[ \t]+(?:(?:figures|data|numbers|counts|rates|totals)[ \t]+)?"
                      r"(?:(?:have|has)[ \t]+(?:since[ \t]+)?been[ \t]+|(?:are|is|were|was)[ \t]+"
                      r"(?:now[ \t]+)?)?(?:revised|restated)\b", re.I)


def _foreign(text: str, c: _Candidate) -> bool:
    """A comparator's or a projection's period, not the document's own."""
    if _BENCHMARK.search(text, c.sentence[0], c.start):
        return True
    if _REVISED.match(text, c.end):
        return True  # "Figures for 2024/25 revised since …": an earlier year's, restated
    before = text[max(c.sentence[0], c.start - 60):c.start]
    after = text[c.end:c.end + 3]
    if re.match(r"\s*:", after) and before.rstrip().endswith("("):
        return True  # "(2024: 13)"
    opens = _FROM.search(before)
    if opens is not None and re.search(r"\s(?:to|until)\s", c.period.text or ""):
        before = before[:opens.start()]  # "from 2020/21 to 2023/24" opens a range
    return bool(_COMPARATOR.search(before) or _PROJECTION.search(before))


def _with_length(text: str, c: _Candidate) -> Period | None:
    """A single date a periodic report ends on -> that report's span."""
    m = _LENGTH.search(text, c.sentence[0], c.start)
    if m is None or not c.period.end:
        return None
    months = 6 if m.group("half") else 3 if m.group("quarter") else 12
    y, mo, d = (int(x) for x in c.period.end.split("-"))
    return months_ending(y, mo, d, months, c.period.text)


# A season ("the 2022/23 season", "the 2021-22 Premier League season", "season 2023/24") is a
# sport's or a club's year, not a reporting period.
_SEASON_AFTER = re.compile(r"\s+(?:[A-Za-z’'-]+\s+){0,2}seasons?\b", re.I)
_SEASON_BEFORE = re.compile(r"\bseasons?\s+$", re.I)


# A list of references at a text's end cites other works by their years ("Department for
# Education (2011). Children looked after, year ending 31 March 2011."): not the text's periods.
_REFERENCES = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?\s+)?(?:references|bibliography|footnotes|"
                         r"notes\s+and\s+references|works\s+cited|citations)[ \t]*:?[ \t]*$")


def _candidates(text: str, this_year: int | None = None) -> list[_Candidate]:
    refs = [m.start() for m in _REFERENCES.finditer(text) if m.start() >= len(text) // 2]
    end = refs[-1] if refs else len(text)
    return [_Candidate(s, e, p, _sentence(text, s, e))
            for s, e, p in find_periods(text, this_year) if p.start and s < end and
            not _SEASON_AFTER.match(text, e) and not _SEASON_BEFORE.search(text, max(0, s - 10), s)]


# A report's sentence that asks for a decision ("This report seeks approval for funding over
# 2027/28", "This paper asks Cabinet to agree the budget for 2026/27", "The report requests
# agreement to …"): its years are the decision's, what is to be spent or done, not reported.
_ASKS = re.compile(r"\b(?:seeks?|seeking|requests?|requesting|asks?|asking|invites?)\s+(?:the\s+)?"
                   r"(?:[A-Z][\w’']*\s+){0,4}(?:(?:to\s+)?(?:approve|agree|endorse|authori[sz]e|"
                   r"adopt|decide)\b|(?:approval|agreement|endorsement|authori[sz]ation|"
                   r"a\s+decision)\b)", re.I)


def _own(text: str, cands: list[_Candidate], sentence_rx: re.Pattern[str] | None
         ) -> Period | None:
    """The first own span in a sentence `sentence_rx` finds (every sentence if None); a period
    a scope sentence names after asking for a decision is the decision's, passed over."""
    for c in cands:
        a, b = c.sentence
        if sentence_rx is not None and (not sentence_rx.search(text, a, b) or
                                        _ASKS.search(text, a, c.start)):
            continue
        if _POSITION_AT.search(text, max(a, c.start - 60), c.start) and not _is_financial_year(c.period):
            year = financial_year_of(c.period)  # "the financial position as at Quarter 3 2024-25"
            if year is not None:
                return Period(year.start, year.end, c.period.text)
        if _foreign(text, c):
            continue
        if _is_span(c.period):
            return c.period
        if c.period.end:  # a single date: only as a periodic report's end
            spanned = _with_length(text, c)
            if spanned is not None:
                return spanned
    return None


# A field that labels the span a dataset or a report covers, on its own line or in a table row
# ("Temporal coverage | 1 August 2015 to 31 July 2025", "Time period: April 2020 to March
# 2025", "Period covered\t2023/24", "Years covered: 2019 to 2024").
_COVERAGE_LABEL = re.compile(
    r"(?im)^[ \t]*(?:(?:temporal|time|date|data|geographic\s+and\s+temporal)\s+(?:coverage|period|range)|"
    r"(?:period|years?|dates?|time)\s+covered|coverage\s+period|reference\s+period|data\s+period|"
    r"reporting\s+(?:period|year)|period\s+of\s+(?:coverage|data|analysis|review)|"
    r"(?:analysis|audit|assessment|study|evaluation|sample|sampling|monitoring)\s+period|"
    # the span its evidence was gathered over, so labelled ("Fieldwork: 3 to 14 March 2025",
    # "Engagement period | May to August 2025", "Data collection dates: …")
    r"(?:(?:fieldwork|field\s+work|engagement|data\s+collection|collection|survey|observation)"
    r"\s+(?:period|dates?|window)|fieldwork|field\s+work))"
    r"[ \t]*(?:[:|\t]|\s{2,})[ \t]*$")
_LABEL_GAP = re.compile(r"[ \t]*(?:the\s+)?(?:period\s+)?(?:from\s+)?$", re.I)


def _labelled_span(text: str, cands: list[_Candidate]) -> Period | None:
    """A span a coverage field labels: the first candidate that opens the value of a line
    labelled "Temporal coverage", "Time period", "Period covered" and the like; in the opening,
    a label may open a sentence of a front matter's run-on line too ("Version 2, approved on …
    Analysis period: 1 April 2025 to 31 March 2026 unless stated.")."""
    for c in cands:
        if not _is_span(c.period):
            continue
        line = text.rfind("\n", 0, c.start) + 1
        if c.start < _OPENING_CHARS:
            line = max(line, c.sentence[0])
        head = text[line:c.start]
        for m in re.finditer(r"[:|\t]|\s{2,}", head):
            if _COVERAGE_LABEL.match(head[:m.end()]) and _LABEL_GAP.fullmatch(head[m.end():]):
                return c.period
    return None


# A timescale that something must be done within is a deadline, not the text's scope ("no
# check made within the required timescale; on 9 and 10 May 2023, …", "assessments completed
# outside timescales between …"); "the timescale for the review was …" is its scope.
_TIMESCALE = re.compile(r"time\s*(?:scale|frame)s?$", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:within|outside|in|out\s+of|beyond|inside|meet(?:s|ing)?|met|missed)\s+"
                              r"(?:the\s+|their\s+|its\s+|agreed\s+|)(?:[\w-]+\s+){0,2}$", re.I)


# "cover" as a noun, staff standing in for others ("agency cover", "sickness cover", "out of
# hours cover"), spans nothing.
_COVER_NOUN = re.compile(r"\b(?:agency|sickness|holiday|locum|staff|staffing|absence|emergency|"
                         r"hours|night|weekend|interim|temporary|insurance)\s+$", re.I)


def _scope_word(before: str) -> bool:
    """Whether a scope word governs what follows `before` (a deadline's timescale does not, nor
    'cover' as a noun)."""
    return any(not (_TIMESCALE.search(m.group(0)) and
                    _DEADLINE_BEFORE.search(before, max(0, m.start() - 40), m.start())) and
               not (m.group(0).lower() == "cover" and _COVER_NOUN.search(before, 0, m.start()))
               for m in _SCOPE.finditer(before))


def _scoped(text: str, cands: list[_Candidate]) -> Period | None:
    """A span that a scope verb governs, or that figures or a report are 'for', or a window
    that the lead reports ('In the 12 months to June 2024, …')."""
    for c in cands:
        if _foreign(text, c):
            continue
        a, _b = c.sentence
        before = text[max(a, c.start - _SCOPE_CHARS):c.start]
        report_of = _REPORT_OF.search(text[max(a, c.start - 40):c.start])
        window = c.start < _LEAD_CHARS and _WINDOW.search(c.period.text or "")
        visit = (c.start < _VISIT_CHARS and _VISIT.search(before)) or \
            (c.start < _OPENING_CHARS and (_STUDY.search(before) or
                                           _GATHERED.search(text, a, c.sentence[1])))
        if _is_span(c.period) and (report_of or window or visit or _scope_word(before)):
            return c.period
        if c.period.end and c.period.start == c.period.end:
            spanned = _with_length(text, c)
            if spanned is not None:
                return spanned
    return None


# A consultation or survey: the weeks it ran are the report's span ("On 3 June 2025, a
# consultation was launched, lasting eight weeks until 29 July 2025", "The survey was open from
# 5 May to 16 June 2025", "opened on 12 January 2026 and closed on 9 March 2026").
_CONSULTATION = re.compile(r"\b(?:consult(?:ation|ations|ed|ing)?|survey|questionnaire|"
                           r"engagement|respond|responses)\b", re.I)
_CLOSED_ON = re.compile(
    r"\b(?:until|till|to|closed\s+on|closing\s+on|closes\s+on|ended\s+on|ending\s+on)\s+"
    r"(?:(?:midnight|noon|\d{1,2}(?:[.:]\d\d)?\s*[ap]m)\s+on\s+)?(?:\w+day,?\s+)?"
    rf"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_NAMES}),?\s+(?P<y>(?:19|20)\d\d)\b",
    re.I)
_CONSULT_CHARS = 6000


def _consulted(text: str, cands: list[_Candidate]) -> Period | None:
    """The span a consultation or survey ran, told in the opening: a span in its sentence, or
    its launch date and the date it ran until or closed on. Only a consultation's own report,
    whose opening lines name it ("Family Hub Consultation", "Survey results")."""
    heads = [h for h in text.lstrip().split("\n", _OPENING_LINES)[:_OPENING_LINES] if _is_heading(h)]
    if not _CONSULTATION.search("\n".join(heads)):
        return None
    for c in cands:
        if c.start >= _CONSULT_CHARS:
            break
        a, b = c.sentence
        if not _CONSULTATION.search(text, a, b) or _foreign(text, c):
            continue
        if _is_span(c.period):
            return c.period
        closed = _CLOSED_ON.search(text, c.end, b)
        if closed is None:
            continue
        until = day_period(closed)
        if until is not None and c.period.start and (until.end or "") > c.period.start:
            return Period(c.period.start, until.end, text[c.start:closed.end()])
    return None


# A profile of one person or an interview with them, named so by a heading line in the opening
# ("Leadership profile", "Interview", "Q&A: the new director", "In conversation with …").
# A place's or a service's profile ("Area profile", "Service profile") is a report's section.
_PERSON = (r"(?:leadership|director|staff|people|volunteer|carer|foster\s+carer|member|chair|"
           r"worker|practitioner|leader|manager|social\s+worker|exclusive)")
_PROFILE_HEAD = re.compile(
    rf"(?i:(?:{_PERSON}['’]?s?\s+)?(?:profile|interview|Q\s*&\s*A|in\s+conversation)"
    r"(?:\s*[:–—-]\s*[^\n]{0,80}|\s+with\s+[^\n]{0,80})?)")
_PROFILE_LINES = 5


def _single_case(text: str) -> bool:
    """Whether the text is about one case or one person: a single 'Child T', 'Mr X' or
    pseudonym, said twice; a trial, sentence or inquest told in the lead; a court's judgment or
    an ombudsman's decision; or a profile or an interview, so headed in the opening."""
    if _COURT_CASE.search(text, 0, _LEAD_CHARS):
        return True
    lines = [line.strip() for line in text.lstrip().split("\n", _PROFILE_LINES)[:_PROFILE_LINES]]
    if any(_PROFILE_HEAD.fullmatch(line) for line in lines):
        return True
    if is_judgment(text) or is_complaint_decision(text):
        return True  # a court's judgment or an ombudsman's decision is on one case
    names = [m.group(1) or m.group(2) for m in _CASE_NAME.finditer(text)]
    pseudonyms = {m.group(2) for m in _CASE_NAME.finditer(text) if m.group(2)}
    mentions = len(names) + sum(len(re.findall(rf"\b{re.escape(p)}\b", text)) - 1
                                for p in pseudonyms)
    return len(set(names)) == 1 and mentions >= 2


_HISTORY_YEARS = 10


def _history(counts: dict[tuple[str, str], int], best: tuple[str, str]) -> bool:
    """A history (an encyclopedia's article, a retrospective): the years it names spread over
    a decade or more, and another year, later than the most named or named as often, is named
    more than in passing. A report names its own year, the latest, most; a history has none."""
    starts = [int(k[0][:4]) for k in counts if k[0]]
    rivals = [k for k in counts if k != best and counts[k] >= 2 and
              (k[0] > best[0] or counts[k] >= counts[best])]
    return bool(rivals) and max(starts) - min(starts) >= _HISTORY_YEARS


# A text whose opening shows its subject is not a period's figures (ruling 4: no account of a
# period of work): a decision it asks for ("Recommendation: That Cabinet approves …", "Members
# are asked to agree …"), a proposal it consults on ("We are proposing to …", "Have your say",
# "The consultation closes on …"), its answer to another body's consultation or call for
# evidence ("Our response to the … consultation"), or a review into one child's death or care.
# A year such a text names once, past its first sentence, is background.
_OTHER_SUBJECT = re.compile(
    rf"{_DECISION.pattern}|"
    rf"\brecommendations?\s*:?\s*(?:\d\.?\s*)?that\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){{0,4}}{_DECIDE}s?\b|"
    r"\bwe\s+(?:are\s+)?propos(?:e|ing)\b|\bproposed\s+changes?\b|"
    r"\b(?:the|a|our|this)\s+proposals?\s+(?:to|for)\b|\bhave\s+your\s+say\b|"
    r"\bconsultation\s+(?:closes|will\s+close|runs|is\s+open)\b|"
    r"\bresponse\s+to\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,8}?(?:consultation|call\s+for\s+evidence)\b|"
    r"\breview\s+into\s+the\s+(?:death|care|circumstances|murder|killing|abuse)\s+of\b", re.I)


def _first_prose_line(text: str) -> tuple[int, int]:
    """Where the first line of the text's prose (its first line that is no heading) starts and
    ends; (len, len) if it has none."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip() and not _is_heading(line):
            return at, end
        at = end + 1
    return len(text), len(text)


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of the text's prose ends."""
    at = _first_prose_line(text)[0]
    return _sentence(text, at, at + 1)[1] if at < len(text) else at


def _most_named_year(text: str, cands: list[_Candidate], title: str | None) -> Period | None:
    """The financial year named most as the document's own (a school year, September to
    August, when the text names no financial year: "in the 2024/25 school year"); None if only
    in passing."""
    counts: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], Period] = {}
    at: dict[tuple[str, str], int] = {}
    for first, last in (("04-01", "03-31"), ("09-01", "08-31")):
        for c in cands:
            p = c.period
            if not (p.start and p.end and p.start[5:] == first and p.end[5:] == last and
                    int(p.end[:4]) - int(p.start[:4]) == 1) or _foreign(text, c):
                continue  # quarters, snapshots and odd spans are figure periods, not the report's
            key = (p.start or "", p.end)
            counts[key] += 1
            sample.setdefault(key, p)
            at.setdefault(key, c.start)
        if counts:
            break
    if not counts:
        return None
    raw = dict(counts)
    in_title = False
    plan = bool(title and _PLAN_HEAD.search(title) and not _REPORT_WORD.search(title))
    for _s, _e, p in find_periods("" if plan else title or ""):  # a plan's years: projections
        key = (p.start or "", p.end or "")
        if key in counts:
            counts[key] += 3
            in_title = True
    best = max(counts, key=lambda k: (counts[k], k[0]))
    if not in_title and _history(raw, best):
        return None
    passing = raw[best] <= 1 and not in_title and text.count("\n", 0, at[best]) >= _OPENING_LINES
    if passing and _single_case(text):
        return None
    if raw[best] <= 1 and not in_title and at[best] >= _first_sentence_end(text) and \
            _OTHER_SUBJECT.search(text, 0, _OPENING_CHARS):
        return None  # a year named once, past the first sentence, in a text about something else
    if not in_title and at[best] >= _LEAD_CHARS and _COURT_CASE.search(text, 0, _LEAD_CHARS):
        return None  # a story about a trial or a sentence names a year only after its lead
    return sample[best]


def document_period(text: str, title: str | None = None, date: str | None = None,
                    context: list[str] | tuple[str, ...] = (), *, gate: bool = True,
                    trace: dict[str, Any] | None = None) -> Period | None:
    """The reporting period the document presents, or None (see the module docstring).

    `date` (ISO, the document's own date) dates "between April and September this year";
    `context` (a PDF's title and running headers, kept beside the text) counts as a heading
    after the document's own. The last resort (the vote, or the span or the snapshot it falls
    back to) passes the learned gate (extractor.period_gate) unless `gate` is False; `trace`,
    if given, receives the gate's features and the last resort's answer when it is reached. A period that starts after the document's own date (the meeting
    a committee paper goes to, "To: Cabinet – 12 February 2026" over "Subject: Draft Budget
    2026-27"; a story's date or dateline) is a projection: None.
    """
    consulted = _consulted_plan(text, title)
    if consulted is not None:
        return consulted  # consulted on before it begins: not a projection of a report
    found = _document_period(text, title, date, context, gate, trace)
    if found is None:
        return None
    found = _in_july_years(text, found)
    # a period that has not begun by the document's own date (the meeting a paper goes to, a
    # story's date or dateline) is a projection: nothing has been reported of it yet
    meeting = paper_date(text)
    if date and date.endswith("-01-01") and date[:4] in (found.text or ""):
        date = None  # a page's date guessed from a bare year its own period names ("Our annual
        # report 2024 to 2025" dated 1 January 2024) is no date
    dated = meeting.start if meeting is not None else (date or _dateline(text))
    if dated and dated[:4].isdigit() and (found.start or "") > dated and \
            not (meeting is None and _part_report_head(found, title, context)):
        return None
    return found


_DASHBOARD = re.compile(r"\b(?:dashboard|scorecard|KPIs?|indicators)\b", re.I)


def _part_report_head(found: Period, title: str | None, context: list[str] | tuple[str, ...]
                      ) -> bool:
    """Whether a heading names `found` as the quarter, half or month a report or a dashboard
    presents ("Performance Dashboard - Quarter 2 2026/27"): a report of part of a year is
    written after that part, so a source date before it (a page's guessed date) is not the
    report's, and the part is no projection."""
    if not found.text or _one_year(found) or not _whole_months(found):
        return False
    return any(found.text in head and _is_heading(head) and
               (_REPORT_WORD.search(head) or _DASHBOARD.search(head))
               for head in (title or "", *context))



# A text whose years end on 31 July (Scotland's children's social work statistics year): "for
# years ending 31 July", "in the year to 31 July", "reporting year, 1 August to 31 July",
# or the Scottish Government's "Children's Social Work Statistics", counted to 31 July. Its
# split years ("2024-25") are years from 1 August, not financial years. So too a text that counts
# its snapshots at a yearless 31 July ("Children on the register at 31 July" over a table of
# years). One window with its own year ("in the year to 31 July 2025") is a figure's period, not
# the text's convention.
_JULY_YEARS = re.compile(
    r"\byears?\s+(?:ending|ended|to)\s+(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?July\b"
    r"(?!,?\s+(?:19|20)\d\d)|\b(?:as\s+)?at\s+31(?:st)?\s+July\b(?!,?\s+(?:19|20)\d\d)|"
    r"\b1(?:st)?\s+August\s*(?:to|until|-|–)\s*31(?:st)?\s+July\b(?!,?\s+(?:19|20)\d\d)|"
    r"\bChildren[’']?s\s+Social\s+Work\s+Statistics\b", re.I)
_SPLIT_YEAR = re.compile(r"(?:19|20)\d\d\s?[/\-–]\s?\d\d(?:\d\d)?")


# A consultation on a budget or a plan for named years, headed so ("Budget 2027/28 consultation:
# what you told us", "Have your say on our budget for 2027-28", "Consultation on our Plan for
# Children and Families 2027-2030"): its page or its results are about those years, not the
# weeks it ran, and not a projection (it is consulted on before it begins). A decision paper
# on the budget (asking a cabinet to approve it) stays a decision.
_CONSULTED_HEAD = re.compile(r"\bconsult(?:ation|ations|ing)?\b|\bhave\s+your\s+say\b|"
                             r"\byou\s+said\b|\bwhat\s+you\s+told\s+us\b|\bsurvey\b", re.I)
# ... its years after the plan's name ("our Plan for Children and Families 2027-2030")
_PLAN_NAMED_YEARS = re.compile(rf"(?<=\s){_PLAN_YEARS}$|(?<=\s){_PLAN_YEARS}(?=\s*[:,(–—-])", re.I)
_PLAN_SPAN = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)\d\d)\b")


def _consulted_plan(text: str, title: str | None) -> Period | None:
    """The years of a budget or a plan a consultation's heading names, or None."""
    lines = text.lstrip().split("\n", _OPENING_LINES)[:_OPENING_LINES]
    heads = [h for h in (title, *lines) if h and _is_heading(h)]
    if _DECISION.search(text[:_DECISION_CHARS]):
        return None
    for head in heads:
        if not (_CONSULTED_HEAD.search(head) and re.search(rf"\b{_PLAN_WORD}\b", head, re.I)):
            continue
        for m in (*_PLAN_HEAD.finditer(head), *_PLAN_NAMED_YEARS.finditer(head)):
            found = find_periods(m.group())
            if found:
                return found[0][2]
            span = _PLAN_SPAN.search(m.group())
            if span is not None and int(span["y1"]) < int(span["y2"]):
                return Period(f"{span['y1']}-04-01", f"{span['y2']}-03-31", span.group())
    return None


# A text that spells out its split year's dates as a school's or a college's year: "the
# academic year 1 August 2024 to 31 July 2025" (a college's), "1 September 2024 to 31 August
# 2025" (a school's): its "2024/25" is that year, not the financial year.
_SCHOOL_YEAR_DATES = re.compile(
    r"\b1(?:st)?\s+(?P<m1>August|September)\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|until|-|–)\s*"
    r"3[01](?:st)?\s+(?P<m2>July|August)\s+(?P<y2>(?:19|20)\d\d)\b", re.I)


# ... or that names the same split year as a school's ("the 2024-25 academic year", "academic
# year 2024/25", "the 2024/25 school year"), or tells its figures for the year to the July or
# the August that closes it ("In the year to 31 July 2025, 148 children …" under "Statistics
# 2024-25"): the heading's year is that year, not the financial year.
_SCHOOL_YEAR_NAMED = re.compile(
    r"\b(?P<y1>(?:19|20)\d\d)\s?[/\-–]\s?(?P<y2>\d\d(?:\d\d)?)\s+(?:academic|school)\s+year\b|"
    r"\b(?:academic|school)\s+year\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)\s?[/\-–]\s?(?P<y4>\d\d(?:\d\d)?)\b", re.I)
_YEAR_TO_SUMMER = re.compile(
    r"\b(?:year|twelve\s+months|12\s+months)\s+(?:ending|ended|to)\s+(?:the\s+end\s+of\s+)?"
    r"(?:3[01](?:st)?\s+)?(?P<m>July|August),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _in_july_years(text: str, found: Period) -> Period:
    """A split year ("2024-25") read as a financial year, in a text whose years end on 31 July:
    the year 1 August to 31 July; in a text that spells out that year's dates as a school's or
    a college's year (see _SCHOOL_YEAR_DATES), names it as a school year, or counts to the July
    or the August that closes it (see _SCHOOL_YEAR_NAMED), the year so told."""
    if not (_is_financial_year(found) and _SPLIT_YEAR.fullmatch((found.text or "").strip())):
        return found
    y = int((found.start or "0000")[:4])
    for m in _SCHOOL_YEAR_DATES.finditer(text):
        august = m["m1"].lower() == "august"
        if int(m["y1"]) == y and int(m["y2"]) == y + 1 and \
                m["m2"].lower() == ("july" if august else "august"):
            return Period(f"{y}-{'08' if august else '09'}-01",
                          f"{y + 1}-{'07-31' if august else '08-31'}", found.text)
    for m in _SCHOOL_YEAR_NAMED.finditer(text):
        y1, y2 = m["y1"] or m["y3"], m["y2"] or m["y4"]
        if int(y1) == y and int(y2[-2:]) == (y + 1) % 100:
            return Period(f"{y}-09-01", f"{y + 1}-08-31", found.text)
    named = len(re.findall(rf"\b{y}\s?[/\-–]\s?(?:{y + 1}|{(y + 1) % 100:02d})\b", text))
    for m in _YEAR_TO_SUMMER.finditer(text if named <= 1 else ""):  # the heading's year, named
        # once, told by the text's window; a year named as the figures' own is not (a rolling
        # year beside it is a figure's)
        if int(m["y"]) == y + 1:
            july = m["m"].lower() == "july"
            return Period(f"{y}-{'08' if july else '09'}-01",
                          f"{y + 1}-{'07-31' if july else '08-31'}", found.text)
    if not _JULY_YEARS.search(text):
        return found
    return Period(f"{y}-08-01", f"{y + 1}-07-31", found.text)


def _document_period(text: str, title: str | None, date: str | None,
                     context: list[str] | tuple[str, ...], gate: bool = True,
                     trace: dict[str, Any] | None = None) -> Period | None:
    date = date or _dateline(text)
    this_year = int(date[:4]) if date and date[:4].isdigit() else None
    lines = text.lstrip().split("\n", _OPENING_LINES)[:_OPENING_LINES]
    labelled = [m.group(1) for m in _LABELLED_TITLE.finditer(text, 0, _LABEL_CHARS)]
    labelled += [m.group(1) for m in _LETTER_SUBJECT.finditer(text, 0, _LABEL_CHARS)]
    heads = [h for h in (title, *lines, *labelled) if h and _is_heading(h)]
    plan = any(_PLAN_HEAD.search(h) and not _REPORT_WORD.search(h) for h in heads) and \
        not any(_REPORT_WORD.search(h) and _head_period(h) for h in heads) and \
        not _CURRENT_POSITION.search(text, 0, _OPENING_CHARS)
    cands = [c for c in _candidates(text, this_year) if not _in_plan_head(text, c)]
    own = _own(text, cands, _SELF_SCOPE) or _labelled_span(text, cands)
    if own is not None and not (plan and _within_plan(own, heads)):
        return _narrowed(own, heads)  # a scope sentence or a coverage label of its own, even
        # under a plan's heading, when it names a past year ("This document reviews 2025/26"
        # under "Housing Strategy 2026-2031")
    if plan:
        return None  # a plan, a budget or a strategy for named years: a projection (unless
        # another heading is a report with its own period: "Budget Monitoring Q2 2025/26")
    if is_judgment(text) or is_complaint_decision(text) or is_hearing_decision(text) or \
            _NOTICE_ISSUED.search(text, 0, _DECISION_CHARS):
        return None  # a decision on one case reports no period: its dates are the case's
        # events (the conduct alleged, the visits missed) and the hearing's
    # The opening heading lines read as one ("Quarterly Performance Report" over "Data as at
    # 31 December 2024"): a periodic report's length and its end date on two lines.
    opening = [h for h in lines if h and _is_heading(h)]
    joined = [" ".join(opening)] if len(opening) > 1 else []
    for head in (*heads, *joined):
        if _PLAN_HEAD.search(head) and not _REPORT_WORD.search(head):
            continue  # a plan's years are a projection; its report heading names the past
            # year ("Youth Justice Plan 2025-26" over "4. Performance in 2024-25")
        if _SESSION.search(head):
            continue  # a parliament's session ("Third Report of Session 2026-27") is no period
        found = _head_period(head)
        if found is not None:
            return _annual_in_financial_years(text, cands, found)
    if _inquiry_report(text, heads, context):
        return _inquiry_evidence(text, cands)  # an inquiry's report answers a question, not a
        # period: the years it names are its evidence's (the statistics it cites, the reviews
        # it read), unless it says when it gathered its evidence
    requested = _requested_years(text, cands)
    if requested is not None:
        return requested
    scoped = _consulted(text, cands) or _scoped(text, cands) or _inspection_month(text) or \
        _inspection_day(text) or _dated_months(text, date) or _dated_report_end(text, date)
    if scoped is not None:
        return scoped
    for head in context:
        found = _head_period(head) if _is_heading(head) else None
        if found is not None:
            return _annual_in_financial_years(text, cands, found)
    meeting = meeting_date(text, title)
    if not is_agenda(text):
        at_position = _window_to_position(text, cands)
        if at_position is not None:
            return at_position
    if is_agenda(text) or (meeting is None and _DECISION.search(text[:_DECISION_CHARS])):
        return None
    current = _current_year(text, title, date, context)
    if current is not None:
        return current
    last = _last_year(text, date)
    if last is not None and any(c.period.start == last.start and c.period.end == last.end and
                                not _foreign(text, c) for c in cands):
        return last  # "what we did in the last financial year" on a page dated May 2026 that
        # names 2025/26 too (a table's column) among other years (a budget's, a comparator's):
        # the date tells which of its years is its own
    if voice_publisher(text, context) or _no_account(text):
        return None  # a union's, a campaign's or a member's statement or newsletter cites
        # others' yearly figures: no period of its own but what a heading or a scope names
    year = _most_named_year(text, cands, title)
    if year is not None and _cited(text, cands, year, heads):
        return None  # its years are citations: no period of its own
    if last is not None and year is not None and date and (year.end or "") > date and \
            0 <= text.find(last.text or "") < _OPENING_CHARS:
        return last  # "what we did in the last financial year", said in the opening of a page
        # dated July 2026 that names 2026/27 most (its plans, its budget): a year not yet ended
        # by the date is no account of work; the year the date calls the last one is (an
        # answer deep in a paper citing "the last financial year" in passing is not)
    if last is None and year is not None and date and (year.end or "") > date and \
            not (year.text and any(year.text in h for h in heads)):
        ended = _ended_year_named(text, cands, date)
        if ended is not None:
            return ended  # ... so too the year the date calls the last one, named by its years
            # in the opening ("spent £41m in 2025/26", a story of June 2026 whose 2026/27 is a
            # budget set aside and a figure expected)
    if meeting is not None and (year is None or (year.start or "") > (meeting.start or "")):
        return _meeting_year(meeting)
    if year is None:
        if _STANDING.search(text, 0, _OPENING_CHARS):
            return None  # a standing document (a policy, a procedure, a statement of purpose)
            # describes how a service works; the rolling windows its figures cite are theirs
        one_case = _single_case(text)
        court = bool(_COURT_CASE.search(text, 0, _LEAD_CHARS))
        fallbacks = (("year_ending", lambda: _year_ending(text, cands)),
                     ("window", lambda: _window_named(text, cands)),
                     ("snapshot", lambda: None if one_case else _snapshot_on_year(text, cands)),
                     ("span", lambda: None if court else _span_repeated(text, cands)),
                     ("last_fy", lambda: last),
                     ("last_year", lambda: None if one_case or court else
                      _said_last_year(text, date)),
                     ("calendar", lambda: None if one_case or court else
                      _calendar_year_told(text, date)))
        for path, fallback in fallbacks:
            found = fallback()
            if found is not None:
                return _gated(text, title, date, context, cands, heads, found, path, gate, trace)
        return None
    if any(_NO_YEAR_OF_ITS_OWN.search(h) for h in (*heads, *context)):
        return None  # a newsletter's issue or a market position statement: the year it names
        # most is a citation (a service's figures), not a period it gives account of
    lead = f"{title or ''}\n{text[:_LEAD_CHARS]}"
    found = _years_back(text, cands, year) or _part_of(year, lead)
    return _gated(text, title, date, context, cands, heads, found, "vote", gate, trace)


def last_resort(text: str, title: str | None = None, date: str | None = None,
                context: list[str] | tuple[str, ...] = ()) -> tuple[Period, dict[str, Any]] | None:
    """What the last resort alone would answer for a document (the vote for the year named most,
    else its fallbacks), whatever the constructions before it read, with the gate's features:
    the gate's training examples (extractor.training.train_period_gate), one per document."""
    date = date or _dateline(text)
    this_year = int(date[:4]) if date and date[:4].isdigit() else None
    lines = text.lstrip().split("\n", _OPENING_LINES)[:_OPENING_LINES]
    heads = [h for h in (title, *lines) if h and _is_heading(h)]
    cands = [c for c in _candidates(text, this_year) if not _in_plan_head(text, c)]
    year = _most_named_year(text, cands, title)
    path, found = "vote", year
    if year is None:
        path, found = "window", _window_named(text, cands) or None
        if found is None:
            path, found = "span", _span_repeated(text, cands)
    if found is None:
        return None
    found = _in_july_years(text, found)
    return found, gate_features(text, title, context,
                                _vote_facts(text, cands, heads, found, path, date))


def _gated(text: str, title: str | None, date: str | None, context: list[str] | tuple[str, ...],
           cands: list[_Candidate], heads: list[str], found: Period, path: str, gate: bool,
           trace: dict[str, Any] | None) -> Period | None:
    """The last resort's answer `found` (by `path`), unless the learned gate (see
    extractor.period_gate) reads its year as a citation's: then None."""
    if trace is None and not (gate and gate_ready()):
        return found  # no saved gate: nothing to compute
    features = gate_features(text, title, context,
                             _vote_facts(text, cands, heads, found, path, date))
    if trace is not None:
        trace.update(features=features, answer=found, path=path)
    if gate and reject_probability(features) >= REJECT_AT:
        return None
    return found


def _vote_facts(text: str, cands: list[_Candidate], heads: list[str], found: Period, path: str,
                date: str | None) -> dict[str, Any]:
    """What the rules know of their last resort's answer, for the gate's features."""
    counts: Counter[tuple[str, str]] = Counter()
    first_at: int | None = None
    figures = 0
    for c in cands:
        p = c.period
        if not (p.start and p.end and p.start != p.end) or _foreign(text, c):
            continue
        counts[(p.start, p.end)] += 1
        if p.start == found.start and p.end == found.end:
            first_at = c.start if first_at is None else first_at
            sentence = text[c.sentence[0]:c.start] + text[c.end:c.sentence[1]]
            figures += bool(re.search(r"(?<![\w.])\d[\d,.]*(?![\d/–-])", sentence))
    key = (found.start or "", found.end or "")
    named = counts.pop(key, 0)
    date = date or _dateline(text)
    gap = None
    if date and date[:4].isdigit() and (found.end or "")[:4].isdigit():
        gap = int(date[:4]) - int((found.end or "")[:4])
    return {"path": path, "named": named, "runner_up": max(counts.values(), default=0),
            "years": len(counts) + 1, "first_at": first_at if first_at is not None else len(text),
            "in_heading": bool(found.text and any(found.text in h for h in heads)),
            "figures": figures, "date_gap": gap,
            "scope": bool(_SELF_SCOPE.search(text, 0, _OPENING_CHARS))}


# A digest of several cases, each under its own heading ("Case 1: …", "Case B –", "Case two."):
# it teaches from the cases, and the years it names are their background's. A report's case
# studies ("Case study 1: …") illustrate the year it reports, and do not count; nor do the cases
# of a paper to a meeting, so headed ("Report to Scrutiny", "Cabinet", "Partnership Board"),
# which reports the year its cases came from.
_CASE_HEAD = re.compile(r"(?im)^[ \t]*case\s+(?:\d{1,2}|[A-Z]|one|two|three|four)\b[ \t]*[:.–—-]")
_MEETING_HEAD = re.compile(r"\b(?:report\s+(?:to|of|from)|committee|cabinet|scrutiny|council|board|"
                           r"panel|partnership|forum|meeting|minutes|agenda)\b", re.I)
# A story or a page headed by a plan it announces ("Council sets out £7m plan to …", "Trust
# unveils proposals for …", "Plans to open four homes"): what will be done, not a year's figures.
_PLAN_NEWS = re.compile(
    r"\b(?:sets?\s+out|setting\s+out|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|announc(?:es|ed|ing)|"
    r"draw(?:s|n)?\s+up|reveal(?:s|ed)?|outlines?d?)\s+(?:[^\s.]+\s+){0,4}?(?:plans?|proposals?|"
    r"strategy|scheme|programme)\b|\bplans?\s+to\s+(?:open|build|bring|create|cut|close|spend|"
    r"invest|move|launch|set\s+up|recruit)\b", re.I)


def _cited(text: str, cands: list[_Candidate], year: Period, heads: list[str]) -> bool:
    """Whether the year the vote found is a citation, not the document's own: it teaches from
    several cases and is no paper to a meeting (see _CASE_HEAD), or a heading announces a plan (see _PLAN_NEWS) and the year
    is named once, outside its headings and its opening lines."""
    if year.text and any(year.text in h for h in heads):
        return False
    if len(_CASE_HEAD.findall(text)) >= 2 and not any(_MEETING_HEAD.search(h) for h in heads):
        return True
    if not any(_PLAN_NEWS.search(h) for h in heads):
        return False
    own = [c for c in cands if c.period.start == year.start and c.period.end == year.end and
           not _foreign(text, c)]
    return len(own) == 1 and text.count("\n", 0, own[0].start) >= _OPENING_LINES


def _within_plan(own: Period, heads: list[str]) -> bool:
    """Whether `own` starts within or after the years a plan's heading names (its scope is the
    plan's own years, a projection), or no plan year can be read."""
    starts = [f"{y.group()}-01-01" for h in heads for m in _PLAN_HEAD.finditer(h)
              for y in [re.search(r"(?:19|20)\d\d", m.group())] if y is not None]
    return not starts or (own.start or "") >= min(starts)


# An inquiry's report (a public, an independent or a statutory inquiry; a parliamentary group's
# or a commission's inquiry), so headed: "The Independent Inquiry into …", "Inquiry into …",
# "Report of the inquiry", "Interim report of the … Inquiry", "laid … under the Inquiries Act".
# Its heading names a question, not a period; the years it names are its evidence's.
_INQUIRY_HEAD = re.compile(
    r"\binquiry\s+(?:into|on)\b|\b(?:independent|public|national|statutory)\s+inquiry\b|"
    r"\binquiry\s+(?:report|findings)\b|\breport\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?inquiry\b|"
    r"\bInquiries\s+Act\b|"
    # ... and the papers of a parliament's inquiry: a committee's report, by the lines its front
    # matter carries ("Third Report of Session 2026–27", "Report, together with formal minutes"),
    # and the written evidence a body submits to it ("Written evidence submitted by …")
    r"\b(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?(?:Special\s+)?Report\s+of\s+Session\b|"
    r"\breport,?\s+together\s+with\s+formal\s+minutes\b|"
    r"^written\s+evidence\s+(?:submitted\s+)?(?:by|from)\b", re.I)


# ... the dates of the works it read ("52 reviews published between 2020 and 2025", "judgments
# handed down between …") are theirs, not the span it gathered its evidence over
_WORKS_DATED = re.compile(r"\b(?:published|issued|handed\s+down|completed|dated|written|produced)"
                          r"\s+(?:in\s+)?$", re.I)


# A standing document's control line in its opening: "Next review due: November 2027", "Date of
# next review: …", "Review date: …". What it describes (a policy, a procedure, a statement of
# purpose) is how a service works, not an account of a period (corpus/README.md, 'Conventions
# settled' 4); a year it names is read as any document's, only its last-resort windows are not.
_STANDING = re.compile(r"\bnext\s+review\s+(?:due|date)\b|\bdate\s+of\s+(?:the\s+)?next\s+review\b|"
                       r"(?m:^)\s*review\s+date\s*:", re.I)
_SESSION = re.compile(r"\bReport\s+of\s+Session\b", re.I)
# A heading that makes the document one with no year of its own, whatever year it names most: a
# newsletter's numbered issue of a season or a month ("Issue 11 · Winter 2026", "Issue No. 9 | March
# 2026"), which gives the season's news (a newspaper's numbered issue carries dated stories, which
# keep theirs), and a council's market position statement, a standing account of needs and of what it
# will buy. Only a scope sentence, a heading's own year or a "2025 in numbers" section gives them a
# period.
_NO_YEAR_OF_ITS_OWN = re.compile(r"\bIssue\s+(?:No\.?\s*)?\d{1,3}\s*[·•|,:–—-]\s*(?:Spring|Summer|Autumn|Winter|"
                                 + _MONTH_NAMES + r")\b|\bMarket\s+Position\s+Statement\b", re.I)


# Documents that give no account of a period of work (corpus/README.md, 'Conventions settled' 4),
# known by what they are for rather than by a year:
# - a live fundraising appeal, by its progress line in the opening ("£3,240 raised of £10,000
#   target", "£950 raised towards our £2,000 goal") or its countdown beside its backers ("48
#   supporters · 12 days left"): what it asks for is still to come, and the years its story
#   names ("Last year we fed 200 families", the council's figures for the year to July) are
#   its figures' own;
# (A campaign's briefing known by a heading of asks, "What we are calling for", was tried and
# dropped: it cost an older blind set a right period.) It is not read if a heading or a scope sentence names the period first ("Our impact in
# 2025/26", "This report covers …"): only the vote and its fallbacks are passed over.
_MONEY = r"£\s?\d[\d,.]*\s*(?:k|m|million)?"
_APPEAL = re.compile(
    rf"{_MONEY}\s+raised\s+(?:so\s+far\s+)?(?:of|towards|from|out\s+of)\s+(?:(?:a|an|our|the|its)\s+)?"
    rf"{_MONEY}|\b\d[\d,]*\s+(?:supporters|donors|backers|donations)\b[^\n]{{0,12}}\b\d+\s+"
    r"(?:days?|hours?|weeks?)\s+(?:left|to\s+go|remaining)\b", re.I)


def _no_account(text: str) -> bool:
    """Whether the document is a live appeal (see _APPEAL):
    no account of a period of work, whatever years its figures cite."""
    return bool(_APPEAL.search(text, 0, _OPENING_CHARS))


def _inquiry_report(text: str, heads: list[str], context: list[str] | tuple[str, ...]) -> bool:
    """Whether a heading (the title, an opening line, a running header, a line of the front
    matter) names the document as an inquiry's report or evidence to one."""
    return any(_INQUIRY_HEAD.search(h) for h in (*heads, *context, *front_matter(text)) if _is_heading(h))


def _inquiry_evidence(text: str, cands: list[_Candidate]) -> Period | None:
    """The span an inquiry's opening says it gathered its evidence over ("The group met six
    times between June and November 2026", "we heard from 40 witnesses between …"), or None."""
    for c in cands:
        if c.start >= _OPENING_CHARS:
            break
        if _is_span(c.period) and _GATHERED.search(text, c.sentence[0], c.sentence[1]) and \
                not _WORKS_DATED.search(text, max(0, c.start - 30), c.start) and \
                not _foreign(text, c):
            return c.period
    return None


# A period a dated document names by its own date: "this financial year", "so far this
# financial year", "the current financial year" (the financial year the date falls in); a
# summer (the school summer holidays, July and August): "this summer" or "summer 2026" in the
# lead, or "the summer" in a heading ("How the summer went"), of the date's year unless it
# names its own. A comparator's ("up from 90 last summer", "than this financial year") does not
# count, nor a school term ("the summer term").
_THIS_FY = re.compile(r"\b(?:(?:so\s+far\s+)?this|the\s+current)\s+financial\s+year\b"
                      r"(?!\s*(?:(?:19|20)\d\d|\())", re.I)
_SUMMER = re.compile(r"\b(?:this\s+summer(?:\s+holidays?)?|summer\s+(?:holidays?\s+)?(?:of\s+)?"
                     r"(?P<y>(?:19|20)\d\d))\b(?!\s+(?:term|(?:19|20)\d\d))", re.I)
_SUMMER_HEAD = re.compile(r"\b(?:the|this|our|a)\s+summer(?:\s+holidays?)?\b(?!\s+term)", re.I)


def _current_year(text: str, title: str | None, date: str | None,
                  context: list[str] | tuple[str, ...]) -> Period | None:
    """The financial year or the summer a dated document names by its own date, or None."""
    date = date or _dateline(text)
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    y, mo = int(date[:4]), int(date[5:7])
    lead = f"{title or ''}\n{text[:_LEAD_CHARS]}"
    heads = [h for h in (title, *text.lstrip().split("\n", _OPENING_LINES)[:_OPENING_LINES])
             if h and _is_heading(h)]
    for m in (*_SUMMER.finditer(lead), *(m for h in heads for m in _SUMMER_HEAD.finditer(h))):
        if _COMPARATOR.search(m.string, max(0, m.start() - 60), m.start()):
            continue
        year = int(m.group("y")) if m.re is _SUMMER and m.group("y") else y
        return Period(f"{year}-07-01", f"{year}-08-31", m.group(0))
    for m in _THIS_FY.finditer(text):
        if _COMPARATOR.search(text, max(0, m.start() - 60), m.start()):
            continue
        fy = financial_year(y if mo >= 4 else y - 1)
        return Period(fy.start, fy.end, m.group(0))
    return None


# ... or the financial year before its date, in a document that names no year of its own: "in
# the last financial year", "over the past financial year", "the financial year just ended".
# A comparator's ("up from 90 last financial year", "than in the last financial year") does not
# count.
_LAST_FY = re.compile(r"\b(?:(?:the\s+)?(?:last|past|previous)\s+financial\s+year|"
                      r"the\s+financial\s+year\s+(?:just\s+(?:ended|gone)|that\s+has\s+just\s+ended)|"
                      # ... or the year to a March it does not date ("in the year to March", "the
                      # 12 months to the end of March", "the year ending March"): the March last
                      # ended by the document's date, whose financial year it closes
                      r"the\s+(?:year|twelve\s+months|12\s+months)\s+(?:to|ending|ended)\s+"
                      r"(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?March(?!\s*,?\s*(?:19|20)\d\d))\b"
                      r"(?!\s*(?:(?:19|20)\d\d|\())", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|than|with|against)\s+(?:\S+\s+){0,3}?(?:in\s+)?$|"
                          r"\bon\s+(?:in\s+)?$", re.I)  # "up 5% on the year to March", not
# "spent £31m on care placements in the year to March"


def _last_year(text: str, date: str | None, rx: re.Pattern[str] = _LAST_FY,
               times: int = 1) -> Period | None:
    """The financial year before a dated document's own, so named (see _LAST_FY) `times` times
    or more, or None."""
    date = date or _dateline(text)
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    y, mo = int(date[:4]), int(date[5:7])
    own = []
    for m in rx.finditer(text):
        a = max(_sentence(text, m.start(), m.end())[0], m.start() - 60)
        if _COMPARATOR.search(text, a, m.start()) or _FROM_BEFORE.search(text, a, m.start()):
            continue
        own.append(m)
    if len(own) < times:
        return None
    fy = financial_year(y - 1 if mo >= 4 else y - 2)
    return Period(fy.start, fy.end, own[0].group(0))


# A dated document that names no year at all but tells its figures as last year's, more than once
# ("Last year we took 9,000 contacts …", "… and last year it was 18%"), said after the year has
# ended (April to December): the financial year before its date's. One "last year" is a figure's.
def _ended_year_named(text: str, cands: list[_Candidate], date: str) -> Period | None:
    """The financial year the document's date last closed, named as its own (no comparator's or
    projection's) in the opening, or None."""
    if len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    y, mo = int(date[:4]), int(date[5:7])
    fy = financial_year(y - 1 if mo >= 4 else y - 2)
    for c in cands:
        if c.start >= _OPENING_CHARS:
            break
        if c.period.start == fy.start and c.period.end == fy.end and not _foreign(text, c) and \
                re.search(r"\d", _YEARS.sub(" ", text[c.sentence[0]:c.sentence[1]])):
            return c.period  # a figure told for it ("spent £41m in 2025/26"), not a column's head
    return None


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[/\-–]\s?\d\d(?:\d\d)?)?")


# A dated story whose first sentence of prose counts its figures in a plain year already ended
# ("Police recorded 4,210 incidents where a child was present in 2025"), naming no financial
# year, school year or span: that calendar year. A bare year is no candidate elsewhere (too often a citation: "Working Together 2018").
_IN_YEAR = re.compile(r"\b(?:in|during|for|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![/\-–]\d)")


# ... but not the year of a comparator ('rose to 214 at the end of 2025, up from 180 in 2024')
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|against|versus|vs\.?)\s+(?:about\s+|around\s+)?[\d,.]+%?"
                              r"(?:\s+[a-z]+){0,3}\s*$", re.I)


def _calendar_year_told(text: str, date: str | None) -> Period | None:
    """The plain year a dated story's first sentence counts its figures in (see _IN_YEAR)."""
    if not date or not date[:4].isdigit():
        return None
    start = _first_prose_line(text)[0]
    first = _sentence(text, start, start + 1)
    m = next((m for m in _IN_YEAR.finditer(text, first[0], first[1])
              if not _COMPARED_BEFORE.search(text, max(first[0], m.start() - 40), m.start())), None)
    if m is None or int(m["y"]) >= int(date[:4]) or _foreign(text, _Candidate(
            m.start(), m.end(), Period(None, None, m.group()), first)):
        return None
    told = re.search(r"\d", _YEARS.sub(" ", text[first[0]:first[1]]))
    return Period(f"{m['y']}-01-01", f"{m['y']}-12-31", m.group("y")) if told else None


_LAST_YEAR = re.compile(r"\blast\s+year\b(?![’']s)", re.I)
_LAST_YEAR_TIMES = 2


# ... said in January to March, "last year" is the calendar year just ended when the text counts
# its figures to December ("still open at the end of December", "in the year to December"): a
# page updated in February on how a service did last year.
_TO_DECEMBER = re.compile(r"\b(?:(?:at|by|to|until)\s+the\s+end\s+of|to|until|ending|ended)\s+"
                          r"(?:(?:31(?:st)?|the\s+31st\s+of)\s+)?December\b(?!\s*(?:19|20)\d\d)",
                          re.I)


def _said_last_year(text: str, date: str | None) -> Period | None:
    """The financial year a dated document's repeated 'last year' names (see _LAST_YEAR), or
    the calendar year before its date in January to March when it counts to December."""
    date = date or _dateline(text)
    if not date or len(date) < 7 or not date[5:7].isdigit():
        return None
    if int(date[5:7]) < 4:  # in January to March "last year" is as likely the calendar year
        if not _TO_DECEMBER.search(text):
            return None
        fy = _last_year(text, date, _LAST_YEAR, _LAST_YEAR_TIMES)
        y = int(date[:4]) - 1
        return None if fy is None else Period(f"{y}-01-01", f"{y}-12-31", fy.text)
    return _last_year(text, date, _LAST_YEAR, _LAST_YEAR_TIMES)


# A position a paper states at a date: "to note the position at 30 September 2026", "At 30
# September 2026 the council looked after …", "the position as at 31 March".
# The snapshot's own words start at its "at"; what stands before it is a position word or a
# sentence's (or a numbered paragraph's) start.
_POSITION = re.compile(r"\b(?:position|picture|situation|snapshot)\s+$|"
                       r"(?:^|[.:;]\s+|\n[ \t]*|\n[ \t]*\d[\d.]*\s+)$", re.I)


def _window_to_position(text: str, cands: list[_Candidate]) -> Period | None:
    """A rolling window a paper reports its flows in, ending on the date it states its position
    at ("At 30 September 2026 the council looked after 74 …" and "In the six months to 30
    September 2026 we received 9 …"): that window, the span the paper reports, though it asks
    for a decision too. Comparators' windows do not count."""
    ends = {c.period.end for c in cands if c.period.start == c.period.end and c.period.end and
            re.match(r"(?:as\s+)?at\s", c.period.text or "", re.I) and
            _POSITION.search(text[max(0, c.start - 40):c.start]) and not _foreign(text, c)}
    for c in cands:
        p = c.period
        if _is_span(p) and p.end in ends and _WINDOW.search(p.text or "") and \
                not _foreign(text, c):
            return p
    return None


def _is_heading(line: str) -> bool:
    """A title or heading line: short, and not ended like a sentence."""
    return len(line) <= _HEADING_CHARS and not line.rstrip().endswith((".", "!", "?"))


def _meeting_year(meeting: Period) -> Period:
    """Minutes that report no period of their own: the financial year the meeting was held in
    (a budget or plan for a later year is the meeting's business, not its reporting year)."""
    y, mo = int((meeting.start or "0000-00")[:4]), int((meeting.start or "0000-00")[5:7])
    fy = financial_year(y if mo >= 4 else y - 1)
    return Period(fy.start, fy.end, meeting.text)


def _requested_years(text: str, cands: list[_Candidate]) -> Period | None:
    """A request for information answered year by year ("You asked for … in 2021/22, 2022/23
    and 2023/24"): the run of consecutive financial years it names, first to last."""
    if not _REQUEST.search(text, 0, _REQUEST_CHARS):
        return None
    years = [c for c in cands if _is_financial_year(c.period) and c.period.start and
             not _foreign(text, c)]
    calendar = _requested_calendar_years(text)
    if calendar is not None and (not years or text.find(calendar.text or "") < years[0].start):
        return calendar  # the request's own words ("for each of the calendar years 2023, 2024
        # and 2025") before the financial years an answer keeps its accounts in
    starts = sorted({int(c.period.start[:4]) for c in years if c.period.start})
    if len(starts) < 2 or starts[-1] - starts[0] != len(starts) - 1 or len(starts) > 10:
        return calendar
    first, last = financial_year(starts[0]), financial_year(starts[-1])
    return Period(first.start, last.end, None)


# "in the calendar years 2022, 2023 and 2024", "for the years 2021 and 2022"
_CALENDAR_YEARS = re.compile(r"\b(?:calendar\s+)?years\s+((?:19|20)\d\d(?:\s*(?:,|and|&|,\s*and)\s*"
                             r"(?:19|20)\d\d)+)\b", re.I)


def _requested_calendar_years(text: str) -> Period | None:
    """A request asked year by year in plain years: the run of consecutive years, first to last."""
    m = _CALENDAR_YEARS.search(text, 0, _REQUEST_CHARS)
    if m is None:
        return None
    years = sorted({int(y) for y in re.findall(r"\d{4}", m.group(1))})
    if years[-1] - years[0] != len(years) - 1 or len(years) > 10:
        return None
    return Period(f"{years[0]}-01-01", f"{years[-1]}-12-31", m.group(0))


def _dateline(text: str) -> str | None:
    """The ISO date a dateline or byline in the opening gives the story, or None; a labelled
    month ("Published July 2026", "Last updated: March 2026") gives its first day."""
    m = _DATELINE.search(text, 0, _DATELINE_CHARS) or _DATE_CLOSING.search(text, 0, _DATELINE_CHARS)
    if m is None:
        month = _DATELINE_MONTH.search(text, 0, _DATELINE_CHARS)
        if month is None:
            return None
        return f"{month.group('y')}-{MONTHS[month.group('m').lower()]:02d}-01"
    day = day_period(m)
    return day.start if day is not None else None


_REPORT_NAMED = re.compile(r"\b(?:report|figures|data|statistics|performance|update|return|"
                           r"dashboard|scorecard|pack)s?\s+$", re.I)


def _dated_months(text: str, date: str | None) -> Period | None:
    """A span of months with no year in the lead of a dated story, or anywhere as a report's
    or its figures' own ("her report covering July to September"): the latest such months that
    have ended by the story's date; a comparator's months do not count."""
    if not date or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    for m in _MONTHS_NO_YEAR.finditer(text):
        if m.start() >= _LEAD_CHARS and not (
                m.group(0)[:3].lower() in ("cov", "for") and
                _REPORT_NAMED.search(text, max(0, m.start() - 40), m.start())):
            continue  # past the lead, only a report's or its figures' own span ("presenting
            # her quarterly report covering July to September")
        y, mo = int(date[:4]), int(date[5:7])
        m1, m2 = (MONTHS[m.group(k).lower()] for k in ("m1", "m2"))
        end_year = y if m2 <= mo else y - 1
        start_year = end_year if m1 <= m2 else end_year - 1
        found = find_periods(f"{m.group('m1')} {start_year} to {m.group('m2')} {end_year}")
        if not found:
            continue
        c = _Candidate(m.start("m1"), m.end(), found[0][2], _sentence(text, m.start(), m.end()))
        if not _foreign(text, c):
            return Period(c.period.start, c.period.end, m.group(0))
    return None


# A periodic report told of in a dated story, its figures at a day with no year: "The annual
# report … shows that 236 children were on the register at 31 July" (a story of November 2026:
# the year to 31 July 2026), "the quarterly figures, at 30 June, show …".
# The day may go unsaid after a window ("in the three months to June", "the half-year to
# September"): the month's last day.
_DAY_NO_YEAR = re.compile(
    rf"\b(?:at|on|as\s+at|to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?:(?P<d>[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH_NAMES})\b(?!,?\s+(?:19|20)\d\d)")
# A rolling window said with a yearless end ("in the year to 31 July", "the 12 months ending
# 30 June", "the quarter to 30 September"): its length, as a periodic report's.
_WINDOW_BEFORE = re.compile(
    r"\b(?:the|this|a)\s+(?:(?P<year>year|12\s+months|twelve\s+months)|"
    r"(?P<half>half[\s-]year|six\s+months|6\s+months)|"
    r"(?P<quarter>quarter|three\s+months|3\s+months))\s+$", re.I)


def _dated_report_end(text: str, date: str | None) -> Period | None:
    """The span a periodic report in the opening of a dated story ends on a yearless day:
    its length (a year, a half, a quarter) to the latest such day before the story's date; so
    too a rolling window the story reports its figures in ("in the year to 31 July")."""
    if not date or len(date) < 10 or not date[:4].isdigit():
        return None
    for m in _DAY_NO_YEAR.finditer(text, 0, _OPENING_CHARS):
        a, _b = _sentence(text, m.start(), m.end())
        length = _LENGTH.search(text, a, m.start())
        if length is None and not m.group(0).startswith(("at", "on", "as")):
            length = _WINDOW_BEFORE.search(text, max(a, m.start() - 30), m.start())
            if length is not None and _COMPARATOR.search(text, max(a, length.start() - 60),
                                                          length.start()):
                length = None  # "up from 96 in the year to 31 July" is a comparator's year
        if length is None or (m.group("d") is None and (length.re is not _WINDOW_BEFORE or (
                length.group("year") and m.group("m") == "March") or
                m.start() >= _first_prose_line(text)[1])):
            continue  # a yearless month closes a window said before it, in the first line of
            # prose; "the year to March" is the financial year the date last closed (_LAST_FY)
        months = 6 if length.group("half") else 3 if length.group("quarter") else 12
        mo, y = MONTHS[m.group("m").lower()], int(date[:4])
        d = int(m.group("d")) if m.group("d") else calendar.monthrange(y, mo)[1]
        if f"{y:04d}-{mo:02d}-{d:02d}" > date:
            y -= 1
        if d <= calendar.monthrange(y, mo)[1]:  # not "31 June"
            return months_ending(y, mo, d, months, text[length.start():m.end()])
    return None


def _inspection_month(text: str) -> Period | None:
    """The month an inspection or visit in the lead took place in, as a span."""
    m = _INSPECTED_IN.search(text, 0, _LEAD_CHARS)
    if m is None:
        return None
    found = find_periods(f"{m.group('m')} to {m.group('m')} {m.group('y')}")
    return Period(found[0][2].start, found[0][2].end, text[m.start("m"):m.end()]) if found else None


def _inspection_day(text: str) -> Period | None:
    """The one day a report's head labels as its inspection's or visit's date."""
    m = _INSPECTION_DAY.search(text, 0, _LEAD_CHARS)
    return day_period(m, text[m.start("d"):m.end()]) if m else None


def _is_financial_year(p: Period) -> bool:
    return bool(p.start and p.end and p.start[5:] == "04-01" and p.end[5:] == "03-31" and
                int(p.end[:4]) - int(p.start[:4]) == 1)


def _narrowed(own: Period, heads: list[str]) -> Period:
    """A whole year the scope sentence names, narrowed to the half a heading gives of it
    ("Subject: Mid-Year Update 2024-25" over "This report covers … developments in 2024-25")."""
    for head in heads:
        found = _head_period(head)
        if found is not None and found.start == own.start and found.end != own.end and \
                (found.end or "") < (own.end or "") and _HALF_WORD.match(found.text or ""):
            return found
    return own


# A monthly report's heading names its month: "Performance Scorecard - October 2026",
# "Children's Services Dashboard: March 2025", "Monthly performance report, June 2024". A month
# the report was published, or a date it counts to, is not one ("Annual report, published
# October 2025", "Data as at 4 November 2026"); nor is a yearly or quarterly report's month, or
# the month of the meeting it goes to ("Cabinet performance report, March 2025").
_MONTH_REPORT = re.compile(
    rf"\b(?:scorecard|dashboard|performance|data|figures|statistics|KPIs?|indicators)\b"
    rf"[^\n]{{0,60}}?(?<!\bpublished\s)(?<!\bissued\s)(?<!\bupdated\s)(?<!\bat\s)(?<!\bon\s)"
    rf"(?<!\bto\s)(?<!\bending\s)(?<!\bended\s)(?<!\bdated\s)(?<!\bsince\s)(?<!\bof\s)"
    rf"(?<!\bprinted\s)(?<!\bproduced\s)(?<!\bprepared\s)(?<!\bcreated\s)(?<!\bfrom\s)"
    rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b(?P<m>{_MONTH_NAMES}),?\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:[/\-–]\s*\d|to\b))", re.I)
_NOT_MONTHLY = re.compile(r"\b(?:annual|yearly|quarterly|quarter|half[\s-]year(?:ly)?|six[\s-]monthly|"
                          r"biennial|Q[1-4]|cabinet|committee|council|board|panel|meeting)\b", re.I)


def _head_period(head: str) -> Period | None:
    """A heading's own period: a half-year report of a financial year ("Mid-Year Update
    2024-25") is its first half; an annual report of a plain year ("2024 Annual Report") is
    that calendar year."""
    cands = _candidates(head)
    found = _own(head, cands, None)
    if found is not None and _MONEY_HEAD.search(head) and _QUARTER_WORD.search(found.text or ""):
        monitored = financial_year_of(found)  # a budget at a quarter: the year it forecasts
        if monitored is not None:
            return Period(monitored.start, monitored.end, found.text)
    if found is not None:
        c = next((c for c in cands if c.period == found), None)
        if c is None or not _is_financial_year(found):
            return found
        half = _HALF_BEFORE.search(head, 0, c.start)
        if half is not None:
            return Period(found.start, f"{(found.start or '')[:4]}-09-30", head[half.start():c.end])
        quarter = _QUARTER_BEFORE.search(head, 0, c.start)
        part = resolve_period(quarter.group("part"), found) if quarter is not None else None
        return part if part is not None else found
    month = _MONTH_REPORT.search(head)
    if month is not None and not _NOT_MONTHLY.search(head):
        spans = find_periods(f"{month.group('m')} to {month.group('m')} {month.group('y')}")
        if spans:
            return Period(spans[0][2].start, spans[0][2].end, month.group(0))
    m = _ANNUAL_OF_YEAR.search(head)
    if m is None:
        return None
    year = next(y for y in m.groups() if y)
    return Period(f"{year}-01-01", f"{year}-12-31", m.group(0))


def _in_plan_head(text: str, c: _Candidate) -> bool:
    """Whether a candidate is a plan's years on its heading line ("Youth Justice Plan 2026-27"
    over its current position): a projection, never counted as the text's own year."""
    line = line_of(text, c.start)[1]
    return _is_heading(line) and bool(_PLAN_HEAD.search(line)) and not _REPORT_WORD.search(line)


def _annual_in_financial_years(text: str, cands: list[_Candidate], found: Period) -> Period:
    """An annual report of a plain year ("Annual Report 2026") whose text counts its figures in
    financial years and names the one that ends in that year ("In 2025/26 the panel reviewed
    …"), and never the plain year itself as its own: that financial year, the year the report
    looks back on. A report that names its plain year ("In 2026, …") keeps it."""
    if not (_ANNUAL_OF_YEAR.fullmatch(found.text or "") and found.start and
            found.start.endswith("-01-01")):
        return found
    y = int(found.start[:4])
    fy = financial_year(y - 1)
    own = [c for c in cands if not _foreign(text, c)]
    if any(c.period.start == found.start and c.period.end == found.end for c in own) or \
            re.search(rf"\b(?:in|during|throughout|across)\s+{y}\b(?!\s*[/\-–]\s*\d)", text, re.I):
        return found  # the plain year is named as the text's own ("In 2026, …")
    if not any(c.period.start == fy.start and c.period.end == fy.end for c in own):
        return found
    if any(_is_financial_year(c.period) and (c.period.start or "") > (fy.start or "") for c in own):
        return found  # a later financial year is counted: the plain year is not a year ended
    return Period(fy.start, fy.end, next(c.period.text for c in own
                                         if c.period.start == fy.start and c.period.end == fy.end))


def _years_back(text: str, cands: list[_Candidate], year: Period) -> Period | None:
    """'in each of the last three financial years' in the opening: the N financial years that
    end with the one named most, when the first of them is named too."""
    m = _LAST_YEARS.search(text, 0, _OPENING_CHARS)
    if m is None or not year.start:
        return None
    n = count_of(m.group(1))
    first = shift_years(year, n - 1)
    if not 1 < n <= 10 or first is None or \
            not any(c.period.start == first.start and c.period.end == first.end for c in cands):
        return None
    return Period(first.start, year.end, m.group(0))


def _year_ending(text: str, cands: list[_Candidate]) -> Period | None:
    """Annual statistics counted at a financial year's end ('on a plan on 31 March 2025,
    according to … figures') when no year is named: the financial year that ends there."""
    for c in cands:
        if c.start >= _LEAD_CHARS:
            break
        p = c.period
        if p.start == p.end and p.end and p.end[5:] == "03-31" and not _foreign(text, c) and \
                _STATISTICS.search(text, c.sentence[0], c.sentence[1]):
            y = int(p.end[:4])
            fy = financial_year(y - 1)
            return Period(fy.start, fy.end, p.text)
    return None


# A count at a date set against the count a year before ("417 households were on the list at
# 30 April 2026, against 380 a year earlier", "At 30 June 2025 the list stood at 1,240,
# up from 1,010 twelve months before", "… the same point last year"): a year's change told
# at its end, so the year to that date is the text's.
_YEAR_BEFORE = re.compile(
    r"\b(?:a|one|twelve|12)\s+(?:year|months)\s+(?:earlier|before|previously|ago|on)\b|"
    r"\b(?:at\s+)?the\s+same\s+(?:date|point|time|stage)\s+(?:last|a|the\s+previous|the\s+year\s+before)"
    r"(?:\s+year)?\b|\bthis\s+time\s+last\s+year\b", re.I)
_SNAPSHOT_AT = re.compile(r"(?:as\s+)?at\s", re.I)


def _snapshot_on_year(text: str, cands: list[_Candidate]) -> Period | None:
    """The year to the first dated count the text sets against a year before (see
    _YEAR_BEFORE), when it names no financial year of its own; a comparator's date does not
    count."""
    for c in cands:
        p = c.period
        if not (p.end and p.start == p.end and _SNAPSHOT_AT.match(p.text or "")) or \
                _foreign(text, c):
            continue
        if _YEAR_BEFORE.search(text, c.end, c.sentence[1]) or \
                _YEAR_BEFORE.search(text, c.sentence[0], c.start):
            y, mo, d = (int(x) for x in p.end.split("-"))
            return months_ending(y, mo, d, 12, p.text)
    return None


def _window_named(text: str, cands: list[_Candidate]) -> Period | None:
    """A rolling year the text reports its figures in ("In the year to 31 July 2026, there
    were …", "in the 12 months ending June 2025") when it names no financial year: the one
    named most, first named first."""
    counts: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], Period] = {}
    for c in cands:
        p = c.period
        if not (p.start and p.end and _WINDOW.search(p.text or "") and _one_year(p)) or \
                _foreign(text, c):
            continue
        counts[(p.start, p.end)] += 1
        sample.setdefault((p.start, p.end), p)
    return sample[max(counts, key=counts.__getitem__)] if counts else None


def _span_repeated(text: str, cands: list[_Candidate]) -> Period | None:
    """A span of whole months the text names as its own twice or more, when it names no
    financial year ("Between January and September 2026, …" over "figures … January to
    September 2026"; "In 2025 (January to December) …" under "Our 2025 in numbers"): the one
    named most, first named first. A comparator's span does not count."""
    counts: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], Period] = {}
    for c in cands:
        p = c.period
        if not (p.start and p.end and _whole_months(p)) or _is_financial_year(p) or \
                _foreign(text, c):
            continue  # a financial year was judged already (a court story's background year)
        counts[(p.start, p.end)] += 1
        sample.setdefault((p.start, p.end), p)
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if counts[best] >= 2:
        return sample[best]
    # ... or once, opening a sentence of the first line of prose that counts what was done in it ("Between
    # 1 April and 30 September 2026 the council received 412 …"): the figures the text gives first
    first = next(c for c in cands if (c.period.start, c.period.end) == best and not _foreign(text, c))
    opens = _OPENS_WITH.fullmatch(text, first.sentence[0], first.start)
    told = re.search(r"(?<![\w.])\d[\d,.]*(?![\d/–-])", text[first.end:first.sentence[1]])
    return sample[best] if opens and told and first.start < _first_prose_line(text)[1] else None


# What may stand before a span that opens a sentence: quotes, or a preposition ("During July
# to September 2025 the hubs welcomed …", "In the period April to June 2026, …").
_OPENS_WITH = re.compile(r"[ \t\n\"“‘'(]*(?:(?:in|during|over|across|throughout|for)\s+"
                         r"(?:the\s+(?:period|months?|quarter|weeks?)\s+(?:of\s+|from\s+)?)?)?", re.I)




def _whole_months(p: Period) -> bool:
    """A span from a month's first day to a month's last ('2026-01-01' to '2026-09-30')."""
    start, end = p.start or "", p.end or ""
    if len(start) < 10 or len(end) < 10 or start[8:] != "01" or start >= end:
        return False
    return int(end[8:]) == calendar.monthrange(int(end[:4]), int(end[5:7]))[1]


def _one_year(p: Period) -> bool:
    """A span of twelve whole months ('2025-08-01' to '2026-07-31')."""
    start, end = p.start or "", p.end or ""
    if len(start) < 10 or len(end) < 10 or start[8:] != "01":
        return False
    months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7]) + 1
    return months == 12


def _part_of(year: Period, lead: str) -> Period:
    """The part of the year a report in the lead says it covers ('the half-year performance
    report', 'the report for the third quarter'), or the whole year."""
    for m in _PART_REPORT.finditer(lead):
        part = m.group("part") or m.group("part2")
        if re.match(r"\s*(?:of\s+)?(?:FY\s?)?(?:19|20)\d\d", lead[m.end("part" if m.group("part")
                                                                         else "part2"):]):
            continue  # a part with its own year was read (or passed over) already
        found = resolve_period(part, year)
        if found is not None and found.start and year.start and \
                year.start <= found.start and (found.end or "") <= (year.end or ""):
            return Period(found.start, found.end, part)
    return year
