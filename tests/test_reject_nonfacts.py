"""Numbers that are no reported fact, by construction, each rejected with the reason `show` lists:
a forum's own tallies and page links, the numbered allegations, standards and resolutions of a
decision or a motion, a classification's code and an identifier's field, a note on a machine
transcript's accuracy, a suppression rule's band, a person's age and family beside the name, a
school year, a window inside a definition or a table's caption, the group a rank is taken in, and
the span a change is measured over, a number a speaker took back, and a home's kind ('a four-bed
home'). Beside each, a close sentence whose number stays a figure.
Invented sentences through the production path (ingest -> pipeline -> find_figures, rules only);
the number under test is marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.reject import (
    ATTRIBUTION, CODE, CORRECTED, COUNTER, DEFINITION, FAMILY, NAME, PAGER, RANK, REFERENCE, SPAN, SPEAKER, STATISTIC,
    TRANSCRIPT,
)

from tests.test_reject_prose import _check  # one reading of a marked number

_RULE = "-" * 40

# a forum's tallies under a member's name, of a topic and of who is reading or online, and its page links
FORUM = [
    (f"riverside_mum\nSenior Member  *  Posts: ⟦2,904⟧\nRe: Care home plans\n{_RULE}", COUNTER),
    (f"Report to moderator   Logged\nLikes: ⟦17⟧\n{_RULE}\nparkside_dad", COUNTER),
    ("oldtownrover\nKarma: +⟦41⟧  |  Posts: 230\nRe: Foster carers wanted", COUNTER),
    ("oldtownrover\nKarma: +41  |  Posts: ⟦230⟧\nRe: Foster carers wanted", COUNTER),
    ("Topic: Council cuts to youth clubs (Read ⟦7,412⟧ times)\nPages: [1] 2 3", COUNTER),
    ("Topic: New social work office (Viewed ⟦903⟧ times)", COUNTER),
    ("⟦4⟧ Members and 12 Guests are viewing this topic.", COUNTER),
    ("4 Members and ⟦12⟧ Guests are viewing this topic.", COUNTER),
    ("⟦26⟧ users are browsing this forum.", COUNTER),
    ("Who's online\nUsers online: ⟦318⟧ (25 hidden)\nMost users ever online was 2,020", COUNTER),
    ("Who's online\nUsers online: 318 (⟦25⟧ hidden)\nMost users ever online was 2,020", COUNTER),
    ("Members online: ⟦96⟧\nNewest member: glenview_gran", COUNTER),
    ("Board statistics\nTotal posts: ⟦88,415⟧  |  Total members: 3,210", COUNTER),
    ("Pages: [1] ⟦2⟧   Go Down\n0 Members are viewing this topic.", PAGER),
    ("Pages: 1 [2] ⟦3⟧ 4   Go Up", PAGER),
    ("« Prev  1 [⟦2⟧] 3  Next »", PAGER),
    # kept: counts said in a sentence, and a page's number of a report
    ("The agency filled ⟦412⟧ posts in the year, up from 380.", None),
    ("Likes and dislikes aside, ⟦9⟧ children were placed with family.", None),
    ("The consultation page was read by ⟦2,318⟧ residents.", None),
    ("The council read ⟦214⟧ responses to its online survey.", None),
    ("There were ⟦37⟧ posts vacant at 31 March: a vacancy rate of 18%.", None),
    ("Members heard that ⟦14⟧ children were waiting for a placement.", None),
    ("Page 2 of the report shows ⟦412⟧ referrals in the year.", None),
    ("Social workers online: the service trained ⟦88⟧ staff in the year.", None),
]


@pytest.mark.parametrize("marked, reason", FORUM)
def test_a_forums_own_tallies_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)


# the numbered allegations, particulars, standards and resolutions of a decision or a motion
DECISION_ITEMS = [
    ("The panel found allegations ⟦4⟧ to 6 not proved.", REFERENCE),
    ("The panel found allegations 4 to ⟦6⟧ not proved.", REFERENCE),
    ("The registrant admitted allegations ⟦2⟧, 5 and 7 at the outset.", REFERENCE),
    ("The registrant admitted allegations 2, ⟦5⟧ and 7 at the outset.", REFERENCE),
    ("The committee was satisfied that your actions at ⟦3⟧ were misleading.", REFERENCE),
    ("The facts found proved at ⟦1⟧ and 4 amount to misconduct.", REFERENCE),
    ("Your conduct in ⟦5⟧ was not dishonest.", REFERENCE),
    ("This breached professional standards ⟦2.4⟧, 3.1 and 5.2.", REFERENCE),
    ("This breached professional standards 2.4, 3.1 and ⟦5.2⟧.", REFERENCE),
    ("Resolutions ⟦1⟧ and 4 were carried; resolution 2 fell.", REFERENCE),
    ("Members supported amendments 2 and ⟦3⟧ without a vote.", REFERENCE),
    ("The panel considered allegation ⟦7⟧ separately.", REFERENCE),
    # kept: counts of allegations, of staff and of places
    ("Allegations were made about ⟦12⟧ staff in the year.", None),
    ("The LADO received ⟦214⟧ allegations against people who work with children.", None),
    ("Concerns were raised about conduct at ⟦2⟧ schools in the autumn.", None),
    ("In ⟦9⟧ cases the allegation was substantiated.", None),
    ("The council resolved to open ⟦3⟧ new children's homes by 2028.", None),
    ("Of the 40 allegations, ⟦11⟧ were found to be malicious.", None),
    ("Professional standards training reached ⟦96⟧ social workers.", None),
    ("There were ⟦5⟧ resolutions on the agenda and all were carried.", None),
]


@pytest.mark.parametrize("marked, reason", DECISION_ITEMS)
def test_a_decisions_numbered_items_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)


# a classification's code with its title, and an identifier's field
CODES = [
    ("Main CPV code\n⟦85310000⟧ - Social work services\nLot 1", CODE),
    ("Additional CPV codes\n⟦80000000⟧ - Education and training services", CODE),
    ("⟦85320000⟧-8 Social services", REFERENCE),
    ("CPV code: ⟦85311300⟧\nContract value: £2.4 million", REFERENCE),
    ("The services fall under CPV ⟦85311300⟧ (welfare services for children).", CODE),
    ("Metric ID: ⟦3107⟧\nChildren looked after per 10,000 children.", REFERENCE),
    ("Rate per 10,000 children aged under 18. Indicator ID ⟦5521⟧", REFERENCE),
    ("Case ref: ⟦66120⟧\nDate of decision: 4 May 2026", REFERENCE),
    ("Dataset ID: ⟦778⟧\nThe data cover England.", REFERENCE),
    # ... also when the page lays the field out with the values under it, as a table of labels and values
    ("Children on plans per 10,000 children. Metric ID: ⟦3390⟧\nRiverside: 58.7\nEngland: 41.3", REFERENCE),
    ("Referrals per 10,000 children. Indicator ID: ⟦118⟧\nRiverside: 512.4\nNeighbours: 498.0", REFERENCE),
    # kept: counts and money near the codes, and the values under an identifier
    ("Children on plans per 10,000 children. Metric ID: 3390\nRiverside: ⟦58.7⟧\nEngland: 41.3", None),
    ("The contract will support ⟦85⟧ young people a year.", None),
    ("The council spent ⟦£853,110⟧ on social work services.", None),
    ("There were ⟦2,418⟧ referrals to the front door in 2025/26.", None),
    ("Identity checks were completed for ⟦312⟧ carers.", None),
    ("The code of practice was shared with ⟦44⟧ providers.", None),
    ("Children's IDs were verified in ⟦97%⟧ of cases.", None),
]


@pytest.mark.parametrize("marked, reason", CODES)
def test_a_code_or_an_identifier_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a note on how well a machine wrote the text down
TRANSCRIPTS = [
    ("Caption accuracy: machine generated, ⟦91%⟧ estimated.", TRANSCRIPT),
    ("Transcript confidence ⟦88%⟧ (auto-generated). Check against the recording.", TRANSCRIPT),
    ("OCR accuracy: ⟦97⟧ per cent. Some table cells may be wrong.", TRANSCRIPT),
    ("Subtitles are auto-generated; accuracy about ⟦85%⟧.", TRANSCRIPT),
    ("Speech-to-text word error rate: ⟦6%⟧", TRANSCRIPT),
    ("Machine translation quality estimate: ⟦79%⟧", TRANSCRIPT),
    ("Captioning accuracy (estimated): ⟦93%⟧", TRANSCRIPT),
    ("Transcription accuracy ⟦95%⟧ | Duration 2:14:08", TRANSCRIPT),
    # kept: a service's accuracy and shares of transcripts
    ("Case recording accuracy was ⟦94%⟧ in the audit, up from 81%.", None),
    ("⟦86%⟧ of transcripts of child interviews were completed on time.", None),
    ("The audit found ⟦12⟧ records with inaccurate chronologies.", None),
    ("Captions were added to ⟦40⟧ training videos.", None),
    ("Accuracy of data returns improved: ⟦98%⟧ were validated first time.", None),
    ("The quality of ⟦71%⟧ of plans was rated good or better.", None),
    ("The team produced ⟦316⟧ transcripts of ABE interviews.", None),
    ("Automatic referrals from the police rose to ⟦1,204⟧.", None),
]


@pytest.mark.parametrize("marked, reason", TRANSCRIPTS)
def test_a_machine_transcripts_accuracy_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the band of small numbers a suppression rule hides
SUPPRESSION_BANDS = [
    ("Counts between ⟦1⟧ and 9 are shown as <10 so no family can be identified.", STATISTIC),
    ("Counts between 1 and ⟦9⟧ are shown as <10 so no family can be identified.", STATISTIC),
    ("Values of ⟦1⟧ to 5 are suppressed and shown as 'c'.", STATISTIC),
    ("Values of 1 to ⟦5⟧ are suppressed and shown as 'c'.", STATISTIC),
    ("Counts between ⟦1⟧ and 9 have been suppressed.", STATISTIC),
    ("Cells between 1 and ⟦3⟧ are not shown in this table.", STATISTIC),
    ("Figures from ⟦1⟧ to 4 are replaced with an asterisk.", STATISTIC),
    ("Totals of ⟦1⟧-4 are withheld to protect children's privacy.", STATISTIC),
    # kept: counts in a band and counts beside the rule
    ("Between ⟦12⟧ and 15 children were placed each month.", None),
    ("Numbers of children on plans rose to ⟦412⟧.", None),
    ("Values of placements were reviewed for ⟦31⟧ children.", None),
    ("There were ⟦4⟧ serious incident notifications in the year.", None),
    ("Counts of missing episodes fell to ⟦212⟧ in 2025/26.", None),
    ("Numbers are rounded; ⟦640⟧ referrals were received.", None),
    ("The figures from ⟦14⟧ schools are shown in Table 2.", None),
    ("Cells in custody were used for ⟦3⟧ children.", None),
]


@pytest.mark.parametrize("marked, reason", SUPPRESSION_BANDS)
def test_a_suppression_band_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a person's age set off after the name, and the size of one person's family
PEOPLE = [
    ("Jess, ⟦31⟧, has three children under ten.", ATTRIBUTION),
    ("Jess, 31, has ⟦three⟧ children under ten.", FAMILY),
    ("Callum, ⟦17⟧, said the youth club had kept him safe.", ATTRIBUTION),
    ("When we met Priya, ⟦29⟧, she had just moved into the area.", ATTRIBUTION),
    ("Says Aled, ⟦16⟧, who lives in supported lodgings: \"It works.\"", ATTRIBUTION),
    ("Mark Evans, ⟦42⟧, is a foster carer in the Vale.", ATTRIBUTION),
    ("She has ⟦two⟧ young children and works nights.", FAMILY),
    ("He had ⟦four⟧ sons, two of them in care.", FAMILY),
    ("My ⟦two⟧ would have been at home all week without the club.", FAMILY),
    ("Our ⟦three⟧ loved every minute of it.", FAMILY),
    ("My ⟦two⟧ came home tired and happy.", FAMILY),
    ("We took our ⟦four⟧, and they all made friends.", FAMILY),
    ("My ⟦three⟧ wouldn't go anywhere else now.", FAMILY),
    ("Our ⟦two⟧ were fed and safe every day.", FAMILY),
    ("I brought my ⟦two⟧ and my sister's boy.", FAMILY),
    ("My ⟦two⟧ never missed a session.", FAMILY),
    ("Our ⟦five⟧ have all been to the holiday club.", FAMILY),
    ("My ⟦two⟧ still talk about the trip.", FAMILY),
    ("Our ⟦two⟧ teams visited ten schools.", None),
    ("My ⟦three⟧ priorities for the year are set out below.", None),
    # kept: counts in lists of places, caseloads and a child's age in a sentence
    ("Kent, 41, Essex, ⟦37⟧, and Hertfordshire, 19, reported the most.", None),
    ("In Kent, ⟦41⟧ children were placed out of county.", None),
    ("Kent recorded 41, Essex ⟦37⟧ and Hertfordshire 19.", None),
    ("She has ⟦12⟧ children on her caseload, above the target of 18.", None),
    ("The service has ⟦58⟧ children on plans.", None),
    ("Jess has supported ⟦31⟧ families since 2024.", None),
    ("Overall, ⟦24⟧ children were adopted in the year.", None),
    ("The home has ⟦two⟧ children placed at present.", None),
]


@pytest.mark.parametrize("marked, reason", PEOPLE)
def test_a_persons_age_and_family_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)


# a school year: 'Year 5', 'Years 3 to 6', 'Years 12 and 13'
SCHOOL_YEARS = [
    ("⟦One⟧ Year 5 pupil wrote: \"The worry box helps.\"", SPEAKER),
    ("⟦One⟧ Year 10 student told us the counsellor helped.", SPEAKER),
    ("The survey went to pupils in Years ⟦3⟧ to 6 in the spring.", REFERENCE),
    ("The survey went to pupils in Years 3 to ⟦6⟧ in the spring.", REFERENCE),
    ("Of the 41 young people in Years 12 and ⟦13⟧, most were in education.", REFERENCE),
    ("Of the 41 young people in Years ⟦12⟧ and 13, most were in education.", REFERENCE),
    ("Sessions ran for Years ⟦7⟧, 8 and 9.", REFERENCE),
    ("Sessions ran for Years 7, ⟦8⟧ and 9.", REFERENCE),
    # kept: counts of pupils and places in a school year, and lengths of time
    ("⟦Two⟧ Year 11 students spoke at the assembly.", None),
    ("The plan adds ⟦150⟧ Year 7 places by 2027.", None),
    ("⟦One⟧ year 6 months is the longest any child waited.", None),
    ("Over the years ⟦12⟧ children have been adopted from the home.", None),
    ("⟦187⟧ pupils in Years 4 to 6 answered the questionnaire.", None),
    ("⟦52⟧ of the students in Years 12 and 13 stayed at college.", None),
    ("The plan lasted ⟦two⟧ years for most families.", None),
    ("In Year 6, ⟦14⟧ pupils had a social worker.", None),
    ("⟦Five⟧ pupils in Year 9 were excluded.", None),
    ("Children waited ⟦one⟧ year on average for adoption.", None),
]


@pytest.mark.parametrize("marked, reason", SCHOOL_YEARS)
def test_a_school_year_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a window inside a definition or a table's caption
WINDOWS = [
    ("Referrals that were within ⟦12⟧ months of a previous referral, as a percentage of all referrals.", DEFINITION),
    ("Plans starting within ⟦two⟧ years of the previous plan ending.", DEFINITION),
    ("Children returning home within ⟦six⟧ months of an earlier return.", DEFINITION),
    ("School attendance is measured at ⟦six⟧ months for every child who joins the project.", DEFINITION),
    ("Outcomes are assessed after ⟦six⟧ months in the programme.", DEFINITION),
    ("Attendance was counted over ⟦20⟧ weeks of the school year.", DEFINITION),
    ("Table 3: Outcomes of children looked after for ⟦12⟧ months or more²", SPAN),
    ("Table 4: Care leavers who had been in care for ⟦13⟧ weeks or more¹", SPAN),
    ("Figure 2: Children on a plan for ⟦two⟧ years or longer³", SPAN),
    # kept: how fast work was done, and a case's length
    ("The child was seen within ⟦3⟧ days of the referral.", None),
    ("Assessments were completed within ⟦45⟧ working days in 88% of cases.", None),
    ("She was reviewed after ⟦six⟧ months on the plan.", None),
    ("The scheme ran for ⟦12⟧ months from April 2025.", None),
    ("⟦64⟧ children had been in care for 12 months or more.", None),
    ("He waited ⟦14⟧ months for a placement.", None),
    ("The team measured ⟦412⟧ contacts in the month.", None),
    ("The case was closed within ⟦two⟧ weeks of the assessment.", None),
]


@pytest.mark.parametrize("marked, reason", WINDOWS)
def test_a_definition_window_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the group a rank is taken in, and the span a change is measured over
RANKS_AND_SPANS = [
    ("Rank: 4th highest of ⟦16⟧\nOver time", RANK),
    ("Rank: 2nd lowest of ⟦11⟧\nTrend over five years", RANK),
    ("The county ranked 3rd out of ⟦12⟧ statistical neighbours.", RANK),
    ("Leeds was 5th highest of ⟦152⟧ local authorities.", RANK),
    ("It was 1st of ⟦10⟧ in the region.", RANK),
    ("That's a 41% increase in ⟦one⟧ year.", SPAN),
    ("A sharp rise over ⟦two⟧ years has worried members.", SPAN),
    ("It was a 12 per cent fall in ⟦six⟧ months.", SPAN),
    ("The jump in ⟦three⟧ years is the largest on record.", SPAN),
    # kept: counts of areas and lengths of time
    ("⟦16⟧ councils took part in the benchmarking club.", None),
    ("It was 4th highest, with ⟦412⟧ children on plans.", None),
    ("Of the 16 councils, ⟦4⟧ had higher rates.", None),
    ("There was an increase of ⟦58⟧ children over the year.", None),
    ("Waits rose to ⟦two⟧ years for some children.", None),
    ("The increase was ⟦41%⟧ in one year.", None),
    ("The average stay increased to ⟦14⟧ months.", None),
]


@pytest.mark.parametrize("marked, reason", RANKS_AND_SPANS)
def test_a_ranks_group_and_a_changes_span_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)


# a number the speaker took back, and a home's kind said with its beds
SPOKEN_AND_KINDS = [
    ("We held, um, ⟦five⟧ sorry six strategy meetings in March.", CORRECTED),
    ("There were ⟦twelve⟧, no, thirteen children on the list.", CORRECTED),
    ("About ⟦40⟧ - I mean 41 - families came to the drop-in.", CORRECTED),
    ("It was ⟦six⟧, or rather seven, new carers in the spring.", CORRECTED),
    ("We saw ⟦thirty⟧, sorry, thirty-one referrals that week.", CORRECTED),
    ("Building a ⟦five⟧-bed home would cost about £1.6 million.", NAME),
    ("The council will build a ⟦two⟧-bedroom flat for care leavers.", NAME),
    ("The trust opened a ⟦12⟧-bedded unit in the spring.", NAME),
    # kept: the corrected number, a number beside an apology, and counts of beds and homes
    ("We held, um, five sorry ⟦six⟧ strategy meetings in March.", None),
    ("There were twelve, no, ⟦thirteen⟧ children on the list.", None),
    ("There were ⟦eight⟧, sorry to say, who were babies.", None),
    ("No child was missing; ⟦12⟧ children were found within a day.", None),
    ("The two homes have ⟦six⟧ beds between them.", None),
    ("The council runs ⟦four⟧ children's homes.", None),
    ("There were ⟦14⟧ bed nights in emergency accommodation.", None),
    ("Sorry, ⟦nine⟧ rapid reviews were held, not eight.", None),
]


@pytest.mark.parametrize("marked, reason", SPOKEN_AND_KINDS)
def test_a_corrected_number_and_a_homes_kind_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)
