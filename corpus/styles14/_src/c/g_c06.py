"""c06: an exported webcast transcript (automatic captions, lightly edited) of a council scrutiny panel discussing the
safeguarding partnership's annual report (Wolverhampton), written here as text, and its gold.
Run: /tmp/pdfgen8/bin/python _src/c/g_c06.py"""
import os
from mk_c import F, P, Q, gold, DIR

DOC = 'c06_wolverhampton_scrutiny_webcast_transcript.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The webcast, speakers, quotes and figures are made up; only place names are real.
City of Wolverhampton Council - Webcast archive
Children, Young People and Families Scrutiny Panel
Wednesday 11 November 2026, 6.00pm | Duration 01:52:40 | Agenda item 6: Wolverhampton Safeguarding Together Annual Report 2025-26
Speakers in this clip: Cllr Asha Mattu (Chair); Cllr Paul Sweet; Cllr Jasbir Kaur; Dr Martin Cole, Independent Scrutineer; Emma Briggs, Partnership Business Manager
Transcript: automatically generated from the webcast captions and lightly edited. It may contain errors and is not the formal record of the meeting; the minutes are.

[00:41:05] CLLR ASHA MATTU (CHAIR): Okay thank you everyone. We move on to item 6 which is the annual report of Wolverhampton Safeguarding Together, that's pages 23 to 71 of your pack. I'm going to hand straight over to Dr Cole, who is the independent scrutineer for the partnership. Dr Cole.

[00:41:31] DR MARTIN COLE (INDEPENDENT SCRUTINEER): Thank you chair, and good evening. I'll keep this short because I know you've read it. So the headline for 2025-26. The local authority notified the national panel of twenty-three serious incidents in the year. That compares with seventeen the year before, so it's a significant rise, and I'll come back to why.

[00:42:02] DR MARTIN COLE: From those we held twenty rapid reviews. Some notifications were about siblings so we, we combined them. Rapid reviews should be completed within 15 working days and we did that in seventeen of the twenty. We recommended three of them go on to a full local child safeguarding practice review, we published two reviews during the year, and four are still ongoing at the end of March. The national panel took one of our cases into its national review on, on children with disabilities.

[00:43:10] DR MARTIN COLE: I want to read you one line because I think it matters. The panel wrote to us in January and, I quote, "Wolverhampton's rapid reviews are consistently thorough and make good use of the voice of the child." Unquote. I'm pleased about that, but it doesn't make the numbers any less worrying.

[00:43:38] DR MARTIN COLE: On the wider picture. Children on child protection plans at the end of March, 287, that's a rate of 44.1 per ten thousand. The England figure is 41.6, so we're a bit above. Section 47 enquiries, 1,296 in the year, up from 1,140. We had, er, eight sorry nine rapid reviews that involved babies under one, and that's the pattern I'd ask the panel to keep an eye on.

[00:44:20] CLLR ASHA MATTU (CHAIR): Thank you Dr Cole. Questions. Councillor Sweet.

[00:44:24] CLLR PAUL SWEET: Thank you chair. Through you, of the twenty-three, how many were children who died? Because the report isn't clear on that.

[00:44:36] DR MARTIN COLE: Eight of the twenty-three, tragically, were deaths. The other fifteen were serious harm.

[00:44:49] CLLR PAUL SWEET: And the practice reviews, how long are they taking? Because the last time we asked it was well over a year.

[00:44:58] DR MARTIN COLE: It's still too long. The average is around fourteen months against the six months Working Together expects. Part of that is criminal proceedings, we can't publish before a trial.

[00:45:30] CLLR ASHA MATTU (CHAIR): Councillor Kaur.

[00:45:33] CLLR JASBIR KAUR: Thank you. I just want to ask about money. What does the partnership actually cost and who pays?

[00:45:41] EMMA BRIGGS (PARTNERSHIP BUSINESS MANAGER): Thanks Councillor. The budget for 2025-26 was £412,000. The council contributes half, the Integrated Care Board 30 per cent and West Midlands Police 20 per cent. On top of that we had a one-off grant of £35,000 for the exploitation work. Over 2,600 practitioners came on multi-agency training in the year, which is the most we've ever had.

[00:46:22] CLLR JASBIR KAUR: Thank you. And just briefly, the young people, were they involved?

[00:46:27] EMMA BRIGGS: Yes. The Children in Care Council reviewed the draft, and one young person said to us, "I don't want to be a number in your report. I want you to remember I'm a person." So we changed the front page.

[00:46:55] CLLR ASHA MATTU (CHAIR): That's a powerful message to end on. We've got about ten minutes left on this item. Can I have a proposer for the recommendation to note the report. Thank you. All agreed? That's carried. Thank you Dr Cole, thank you Emma.

[00:47:20] [Inaudible]

Caption accuracy: automatic speech recognition, 94% estimated. Download: MP4 (1.3 GB) | Captions (.vtt) | Transcript (.txt)
Webcasting by Council Meetings Live. Contact democratic services on 01632 960947.
"""
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)

PY = P('2024-04-01', '2025-03-31', '2024-25')
o = 'other'
figs = [
    F(23, 'count', 'serious_incident_notifications', 'serious incidents notified to the national panel', 'notified the national panel of twenty-three serious incidents'),
    F(17, 'count', 'serious_incident_notifications', 'serious incidents notified the year before', 'That compares with seventeen the year before', period=PY),
    F(20, 'count', 'rapid_reviews', 'rapid reviews held', 'we held twenty rapid reviews'),
    F(15, 'days', o, 'deadline for completing a rapid review (working days)', 'Rapid reviews should be completed within 15 working days'),
    F(17, 'count', o, 'rapid reviews completed within 15 working days', 'we did that in seventeen of the twenty'),
    F(3, 'count', 'lcsprs_commissioned', 'rapid reviews recommended to go on to an LCSPR', 'We recommended three of them go on to a full local child safeguarding practice review'),
    F(2, 'count', 'lcsprs_published', 'reviews published', 'we published two reviews during the year'),
    F(4, 'count', 'lcsprs_ongoing', 'reviews still ongoing at the end of March', 'four are still ongoing at the end of March'),
    F(1, 'count', 'national_reviews', 'cases taken into a national review', 'The national panel took one of our cases into its national review'),
    F(287, 'count', 'child_protection_plans', 'children on child protection plans', 'Children on child protection plans at the end of March, 287'),
    F(44.1, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000', "that's a rate of 44.1 per ten thousand"),
    F(41.6, 'rate_per_10000', 'child_protection_plans', 'children on child protection plans per 10,000, England', 'The England figure is 41.6'),
    F(1296, 'count', 'section_47_enquiries', 'section 47 enquiries', 'Section 47 enquiries, 1,296 in the year'),
    F(1140, 'count', 'section_47_enquiries', 'section 47 enquiries the year before', 'up from 1,140', period=PY),
    F(9, 'count', o, 'rapid reviews involving babies under one', 'eight sorry nine rapid reviews that involved babies under one'),
    F(8, 'count', 'child_deaths', 'notified incidents in which the child died', 'Eight of the twenty-three, tragically, were deaths'),
    F(15, 'count', 'serious_harm_cases', 'notified incidents of serious harm', 'The other fifteen were serious harm'),
    F(14, 'months', o, 'average time to complete a practice review', 'The average is around fourteen months', qualifier='around'),
    F(6, 'months', o, 'time Working Together expects for a practice review', 'against the six months Working Together expects'),
    F(412000, 'gbp', o, 'partnership budget', 'The budget for 2025-26 was £412,000'),
    F(50, 'percent', o, "council's share of the partnership budget", 'The council contributes half'),
    F(30, 'percent', o, "Integrated Care Board's share of the budget", 'the Integrated Care Board 30 per cent'),
    F(20, 'percent', o, "West Midlands Police's share of the budget", 'West Midlands Police 20 per cent'),
    F(35000, 'gbp', o, 'one-off grant for exploitation work', 'a one-off grant of £35,000'),
    F(2600, 'count', o, 'practitioners attending multi-agency training', 'Over 2,600 practitioners came on multi-agency training', qualifier='over'),
]
nf = ['Wednesday 11 November 2026, 6.00pm', 'Duration 01:52:40', 'Agenda item 6', 'item 6', 'pages 23 to 71', '2025-26',
      '[00:41:05]', '[00:43:38]', '[00:44:36]', 'eight sorry', 'babies under one', 'in January', 'well over a year',
      'about ten minutes left', '94% estimated', 'MP4 (1.3 GB)', '01632 960947', 'Section 47 enquiries', 'per ten thousand',
      'Working Together']
qs = [
    Q("Wolverhampton's rapid reviews are consistently thorough and make good use of the voice of the child.", 'the national panel',
      ['national panel', 'the panel', 'Child Safeguarding Practice Review Panel'], 'wrote'),
    Q("I don't want to be a number in your report. I want you to remember I'm a person.", 'a young person',
      ['young person', 'one young person'], 'said'),
]
people = [{'name': 'Asha Mattu', 'role': 'Chair, Children, Young People and Families Scrutiny Panel'},
          {'name': 'Martin Cole', 'role': 'independent scrutineer, Wolverhampton Safeguarding Together'},
          {'name': 'Paul Sweet', 'role': 'councillor'},
          {'name': 'Jasbir Kaur', 'role': 'councillor'},
          {'name': 'Emma Briggs', 'role': 'Partnership Business Manager, Wolverhampton Safeguarding Together'}]
bp = ['City of Wolverhampton Council - Webcast archive',
      'Transcript: automatically generated from the webcast captions and lightly edited.',
      '[Inaudible]', 'Caption accuracy: automatic speech recognition, 94% estimated.',
      'Download: MP4 (1.3 GB) | Captions (.vtt) | Transcript (.txt)', 'Webcasting by Council Meetings Live.']
notes = ("Council webcast transcript exported from automatic captions (new genre): timestamped turns with upper-case speaker "
         "labels ('DR MARTIN COLE (INDEPENDENT SCRUTINEER):', later 'DR MARTIN COLE:'); spoken numbers as words and digits "
         "('twenty-three', '287', '44.1 per ten thousand', '30 per cent', 'half' = 50); the speech turns have no quote marks, so "
         "they are not quotes (their figures are figures); the only quotes are words read out inside quote marks: the national "
         "panel's letter ('I quote, \"...\" Unquote', speaker the national panel) and a young person's words relayed by the "
         "business manager. Traps: a self-correction 'eight sorry nine rapid reviews' (9 is the figure, 'eight' is not; babies "
         "under one are a feature subset: other); 'seventeen the year before' (SIN 2024-25 period) vs 'seventeen of the twenty' "
         "(timeliness: other) - the same value for two facts; a councillor's question answered with 'Eight of the twenty-three "
         "... deaths. The other fifteen were serious harm'; 'within 15 working days' stated as a deadline; 'around fourteen "
         "months' against 'six months'; 'well over a year' and 'about ten minutes left' are not figures; timestamps, duration, "
         "'pages 23 to 71', 'item 6', caption accuracy '94%', file size; area Wolverhampton (the council's own name is 'City of "
         "Wolverhampton Council'), partnership Wolverhampton Safeguarding Together, period the report year 2025-26. Kind council_report: the council's own record of a committee meeting, like minutes (a parliament's debate record would be other).")
gold(DOC, 'council_report', 'Children, Young People and Families Scrutiny Panel, 11 November 2026: webcast transcript, item 6',
     'Wolverhampton', 'Wolverhampton Safeguarding Together', P('2025-04-01', '2026-03-31', '2025-26'), figs, nf, qs, people, bp, notes)
