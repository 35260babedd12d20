"""Numbers of a page's furniture and a document's apparatus are no figures: a web page's or a
mailing's counters, reference marks in square brackets, a section's number opening a heading,
references to rules, items and recommendations, a point in a plan's run ('at month 6'), an
emergency number, a rounding base or suppression threshold, a data file's rows, a text's length,
a RAG key's threshold, a window in a priority key and the duration band of a count's members.
Beside each, a close sentence whose number stays a figure. Invented sentences through the
production path (ingest -> pipeline -> find_figures, rules only); the number under test is marked
⟦...⟧."""

from __future__ import annotations

import re

import pytest

from extractor.figures.reject import (
    COUNTER, DEFINITION, DOC_ITEMS, FILE_SIZE, GLYPH, HEADING, LENGTH, MARK, PAGE_MARK, PAGER, PHONE, REFERENCE, SPAN, SPEAKER,
    STATISTIC, SUPPRESSED, TIME_POINT, VAGUE,
)
from extractor.tables.cards import card_rows

from tests.test_reject_prose import _check  # one reading of a marked number

# a web page's or a mailing's counter: alone on its line or between separators
COUNTERS = [
    ("⟦2,417⟧ views  Premiered 3 Mar 2026  #CouncilLive\nThe council received 640 referrals.", COUNTER),
    ("⟦88⟧ likes | Subscribe | Share |\nThe council received 640 referrals.", COUNTER),
    ("Was this page helpful?\n⟦31⟧ people found this page useful\nContact the front door team.", COUNTER),
    ("Sent to ⟦4,120⟧ subscribers.\nUnsubscribe at any time.", COUNTER),
    ("Posted by Admin · ⟦57⟧ shares · 3 comments\nThe council received 640 referrals.", COUNTER),
    ("Video: the director answers questions\n⟦903⟧ views\nThe council received 640 referrals.", COUNTER),
    ("⟦1,150⟧ followers | Follow\nThe partnership posted its annual report.", COUNTER),
    ("Delivered to ⟦612⟧ subscribers\nThis bulletin is for practitioners.", COUNTER),
    ("⟦14⟧ reactions · 2 replies\nThe board met on Tuesday.", COUNTER),
    # a list's or a table's pager
    ("Preview: referrals.csv\nShowing ⟦6⟧ of 12 rows (newest first)\nDownload the full file.", PAGER),
    ("Preview: referrals.csv\nShowing 6 of ⟦12⟧ rows (newest first)\nDownload the full file.", PAGER),
    ("Showing 1 to 25 of ⟦318⟧ entries\nPrevious Next", PAGER),
    ("Search the register\nDisplaying 1-20 of ⟦4,106⟧ results for 'fostering'", PAGER),
    ("Results 11 to 20 of ⟦73⟧\nSort by date", PAGER),
    ("Viewing ⟦8⟧ of 40 datasets in Children's services", PAGER),
    # kept: counts said in a sentence
    ("The bulletin now reaches ⟦1,960⟧ practitioners across the county.", None),
    ("The council received ⟦640⟧ referrals in the year.", None),
    ("The survey drew the views of ⟦214⟧ children in care.", None),
    ("Officers shared ⟦37⟧ referrals with the police.", None),
    ("An audit showing ⟦12⟧ of 40 plans were late went to the board.", None),
    ("Inspectors found ⟦9⟧ of 30 records were incomplete.", None),
]


@pytest.mark.parametrize("marked, reason", COUNTERS)
def test_a_page_counter_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a reference mark in square brackets, glued to the text or naming a note
MARKS = [
    ("Spending on placements rose to £8.2 million in 2024-25.[⟦12⟧] Inspectors returned in 2025.", MARK),
    ("The service was judged good.[3][⟦14⟧] It had been outstanding before.", MARK),
    ("The service was judged good.[⟦3⟧][14] It had been outstanding before.", MARK),
    ("Rates are per 10,000 children aged under 18 [note ⟦6⟧]. Figures are provisional.", MARK),
    ("[note ⟦3⟧] Two authorities did not submit data for 2025.", MARK),
    ("Children looked after: 64 at 31 March 2025[⟦9⟧], of whom 12 were unaccompanied.", MARK),
    ("The board's budget was cut by a fifth[⟦21⟧] in the same year.", MARK),
    ("Referrals, 2025 [Note ⟦7⟧]", MARK),
    ("The team worked with 46 families.[fn ⟦2⟧]", MARK),
    # kept: the figures the marks follow
    ("Spending on placements rose to £8.2 million in 2024-25.[12] There were ⟦64⟧ children in care.", None),
    ("Children looked after: ⟦64⟧ at 31 March 2025[9], of whom 12 were unaccompanied.", None),
    ("The team worked with ⟦46⟧ families.[2]", None),
]


@pytest.mark.parametrize("marked, reason", MARKS)
def test_a_reference_mark_in_square_brackets_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


_PAGE = ("Contents\n1 Background\n2 Inspections\n3 Performance\n4 Leadership\n"
         "1 Background\nThe service has run since 1974.\n"
         "2 Inspections\nOfsted judged the service good.\n"
         "3 Performance\nThere were 46 children in need at 31 March.\n"
         "24 hours after a contact a decision is made.\n"
         "4 Leadership\nThe director was appointed in 2019.")
_FORM = ("1 CORONER\nI am the assistant coroner.\n2 LEGAL POWERS\nI make this report under the Act.\n"
         "3 INVESTIGATION and INQUEST\nThe inquest was heard over two days.\n"
         "4 CIRCUMSTANCES OF THE DEATH\nThe child was seen on 14 occasions by his\n"
         "12 health visitors said the family had moved.\n5 CORONER'S CONCERNS\nThe matters are these.")


def _mark(text: str, nth: int, number: str) -> str:
    """The text with the number opening its nth line that starts with it marked."""
    at = [m.start() for m in re.finditer(rf"(?m)^{number} ", text)][nth - 1]
    return text[:at] + "⟦" + number + "⟧" + text[at + len(number):]


HEADINGS = [
    (_mark(_PAGE, 1, "1"), HEADING),
    (_mark(_PAGE, 1, "3"), HEADING),
    (_mark(_PAGE, 2, "3"), HEADING),
    (_mark(_PAGE, 2, "4"), HEADING),
    (_mark(_FORM, 1, "1"), HEADING),
    (_mark(_FORM, 1, "2"), HEADING),
    (_mark(_FORM, 1, "3"), HEADING),
    (_mark(_FORM, 1, "5"), HEADING),
    # kept: a count opening a line that runs on from the line before, and counts in the sections
    (_mark(_FORM, 1, "12"), None),
    (_PAGE.replace("There were 46", "There were ⟦46⟧"), None),
    (_FORM.replace("on 14 occasions", "on ⟦14⟧ occasions"), None),
    ("The board met six times in the year.\n⟦3⟧ Rapid reviews were held.\n2 Reviews were published.\n"
     "1 Review was commissioned.", None),
]


@pytest.mark.parametrize("marked, reason", HEADINGS)
def test_a_section_number_opening_a_heading_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# references to rules, agenda items, regulations, recommendations; a point in a plan's run
REFERENCES = [
    ("Questions were limited to three minutes under Standing Order ⟦22⟧.", REFERENCE),
    ("The contract was awarded under Contract Standing Order ⟦9.3⟧.", REFERENCE),
    ("Items ⟦4⟧ and 9 on the agenda concern children's services.", REFERENCE),
    ("Items 4 and ⟦9⟧ on the agenda concern children's services.", REFERENCE),
    ("Recommendations ⟦3⟧ and 5 were accepted in full.", REFERENCE),
    ("The report is made under regulations 28 and ⟦29⟧ of the Regulations.", REFERENCE),
    ("Rec ⟦2⟧ | Priority 1 | Finding 3.4", REFERENCE),
    ("The motion was moved under Council Procedure Rule ⟦14⟧.", REFERENCE),
    ("The forecast outturn at month ⟦9⟧ is an overspend of £2.1m.", TIME_POINT),
    ("By week ⟦12⟧ the assessment must be complete.", TIME_POINT),
    # a board paper's number and a risk register entry's
    ("Paper ⟦4.2⟧ | Board meeting of 9 March 2027 | Public", REFERENCE),
    ("Risk ⟦3071⟧ (recruitment of health visitors) stays on the risk register at High.", REFERENCE),
    ("The Board is asked to note Paper ⟦11⟧ and the assurance level.", REFERENCE),
    ("Risk ⟦27⟧ has been reduced from High to Medium after the audit.", REFERENCE),
    ("The risk register now holds ⟦14⟧ risks, up from 11.", None),
    ("The paper reports ⟦96⟧ referrals from health staff.", None),
    # kept: counts of items and recommendations, and a count after a month
    ("The panel made ⟦11⟧ recommendations and all were accepted.", None),
    ("The agenda had ⟦14⟧ items.", None),
    ("In the month ⟦42⟧ children came into care.", None),
    ("In week 3 ⟦12⟧ referrals were received.", None),
]


@pytest.mark.parametrize("marked, reason", REFERENCES)
def test_a_reference_to_a_rule_or_item_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# the apparatus of statistics and documents: an emergency number, a rounding base, a suppression
# threshold, a data file's rows, a text's length, a RAG key's threshold
APPARATUS = [
    ("If you think a child is in danger, call 01632 960555, or ⟦999⟧ in an emergency.", PHONE),
    ("Ring ⟦999⟧ if a child is in immediate danger.", PHONE),
    ("Numbers are rounded to the nearest ⟦5⟧.", STATISTIC),
    ("Counts below ⟦10⟧ are suppressed to protect children's identities.", STATISTIC),
    ("Values fewer than ⟦6⟧ have been suppressed.", STATISTIC),
    ("Where a number is fewer than ⟦five⟧ we do not give it, to protect the children.", STATISTIC),
    ("referrals_2026.csv (CSV, 1.3 MB, ⟦9,212⟧ rows)", FILE_SIZE),
    ("The summary (⟦four⟧ pages) is attached to this report.", LENGTH),
    ("Yet ⟦two⟧ pages later the strategy says the opposite.", LENGTH),
    ("The council published a ⟦60⟧-page report on the service.", LENGTH),
    ("Key: Green = on target; Amber = adverse to target by up to ⟦5%⟧; Red = worse than that.", DEFINITION),
    # kept: counts and shares beside such apparatus
    ("Police were called ⟦999⟧ times to the estate last year.", None),
    ("The number of referrals rose to ⟦1,210⟧, rounded figures show.", None),
    ("Only ⟦5%⟧ of referrals came from schools.", None),
    ("The report covered ⟦312⟧ children on plans.", None),
]


@pytest.mark.parametrize("marked, reason", APPARATUS)
def test_statistical_and_document_apparatus_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a window in a priority key, and the duration band of a count's members
WINDOWS = [
    ("Priority 1 - major weakness; action expected within ⟦three⟧ months.", DEFINITION),
    ("Priority 3 - minor issue; action within ⟦12⟧ months.", DEFINITION),
    ("Category B: response within ⟦two⟧ working days of the call.", DEFINITION),
    ("Since April, 27 children have been subject of a plan for more than ⟦two⟧ years.", SPAN),
    ("Of 40 actions, 9 were more than ⟦six⟧ months overdue.", SPAN),
    ("Escalate every action more than ⟦three⟧ months overdue.", SPAN),
    ("There are 14 children who have been in care for more than ⟦18⟧ months.", SPAN),
    ("Twelve families had waited for over ⟦six⟧ weeks.", SPAN),
    # kept: one person's time, a time taken, a standing deadline
    ("She had been subject of a plan for more than ⟦18⟧ months.", None),
    ("The review took more than ⟦nine⟧ months to complete.", None),
    ("The council must notify the panel within ⟦five⟧ working days.", None),
    ("The boy waited for more than ⟦two⟧ years for a placement.", None),
]


@pytest.mark.parametrize("marked, reason", WINDOWS)
def test_a_key_window_or_a_count_band_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a phone number split into groups on its own line is no row of statistic cards
PHONE_LINES = [
    ("Contact\nLead officer\n01632 960 471\nEmail the team.", False),
    ("Press office\n07700 900862\nOut of hours", False),
    ("Call us\n0300 123 4567\nMonday to Friday", False),
    ("Front door\n020 7946 0381\nOpen all hours", False),
    ("Switchboard\n01234 567890\nAsk for children's services", False),
    ("Year in numbers\n2,214   178   43.9\ncontacts  plans  rate", True),
    ("Headlines\n412   38\nchildren on plans  reviews", True),
    ("Our year\n0   14\nreviews overdue  rapid reviews", True),
]


@pytest.mark.parametrize("text, cards", PHONE_LINES)
def test_a_phone_number_line_is_no_row_of_cards(text, cards):
    assert bool(card_rows(text, [])) is cards


# the span a change is measured over, and a time point opening a sentence ('N months on,')
CHANGE_SPANS = [
    ("That is a rise of 22 per cent in ⟦twelve⟧ months.", SPAN),
    ("Referrals fell by a third in ⟦six⟧ months.", SPAN),
    ("The register saw an increase of 40 children over ⟦two⟧ years.", SPAN),
    ("Plans rose by 15% in ⟦three⟧ years.", SPAN),
    ("There was a drop of nearly half in ⟦18⟧ months.", SPAN),
    ("⟦Eight⟧ months on, the council's own figures tell another story.", TIME_POINT),
    ("⟦Two⟧ years on, the service has a new director.", TIME_POINT),
    ("⟦Six⟧ weeks on, no plan had been agreed.", TIME_POINT),
    # kept: a time taken, a wait, a time on a list
    ("The review took ⟦eight⟧ months.", None),
    ("⟦Twelve⟧ months on the waiting list is too long for any child.", None),
    ("She waited ⟦six⟧ months for an assessment.", None),
    ("Referrals rose to 1,204, and the average assessment took ⟦31⟧ days.", None),
]


@pytest.mark.parametrize("marked, reason", CHANGE_SPANS)
def test_a_change_span_or_a_time_point_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# 'one' introducing an unnamed speaker or meaning any one; a withheld count given only as its bound
# ('all nine.' after a count of reviews stays a figure: the corpus counts it)
ONES_AND_SETS = [
    ("⟦One⟧ parent told us that nobody explained the plan.", SPEAKER),
    ("⟦One⟧ young person said she felt listened to.", SPEAKER),
    ("Inspectors met the team. ⟦One⟧ social worker described the caseload as unmanageable.", SPEAKER),
    ("Work drifts from ⟦one⟧ plan to the next.", VAGUE),
    ("Children were moved from ⟦one⟧ placement to another.", VAGUE),
    ("⟦One⟧ manager put it this way: the work never stops.", SPEAKER),
    ("The number of deaths in the three years combined is fewer than ⟦five⟧.", SUPPRESSED),
    ("Children adopted: fewer than ⟦5⟧.", SUPPRESSED),
    # kept: a count of one, a count of a whole set with its noun, a hedged count of things
    ("⟦One⟧ new local child safeguarding practice review was commissioned.", None),
    ("Rapid reviews were held in all ⟦nine⟧ cases.", None),
    ("Nine rapid reviews were held, and learning was identified in all ⟦nine⟧.", None),
    ("Fewer than ⟦five⟧ children died in the year.", None),
    ("The council received ⟦412⟧ referrals, and all were screened.", None),
]


@pytest.mark.parametrize("marked, reason", ONES_AND_SETS)
def test_a_speaker_a_set_again_or_a_withheld_count_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# an indicator's rolling window, and a reader's right in a standard notice
NOTICES = [
    ("Referrals: referrals accepted in the ⟦12⟧ months to the month end, per 10,000 children.", SPAN),
    ("Re-referrals: the share of referrals in the ⟦three⟧ months to the end of the quarter.", SPAN),
    ("Contacts received in the ⟦12⟧ months to date.", SPAN),
    ("If you are unhappy with our reply, you may ask for an internal review within ⟦40⟧ working days.", DEFINITION),
    ("You can appeal to the Information Commissioner within ⟦28⟧ days of this letter.", DEFINITION),
    ("You have the right to request a review within ⟦two⟧ months.", DEFINITION),
    ("If you disagree, you may complain in writing within ⟦20⟧ working days of our decision.", DEFINITION),
    ("You are entitled to ask for a reconsideration within ⟦six⟧ weeks.", DEFINITION),
    ("Re-referrals: referrals in the year where the child had a previous referral within the ⟦12⟧ months before.",
     DEFINITION),
    # kept: a body's own deadline, a duty laid on the reader, a period with its month
    ("We aim to respond within ⟦10⟧ working days.", None),
    ("You are under a duty to respond to this report within ⟦56⟧ days.", None),
    ("The council must notify the panel within ⟦five⟧ working days.", None),
    ("Referrals rose by 9% in the 12 months to September 2025, to ⟦1,204⟧.", None),
]


@pytest.mark.parametrize("marked, reason", NOTICES)
def test_a_rolling_window_or_a_readers_right_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a freephone or text-message number, and a pay band's or a category's number, are names
SHORT_NUMBERS = [
    ("Children can call Childline free on 0800 ⟦1111⟧.", PHONE),
    ("Call the helpline on 0808 ⟦2000⟧ at any time.", PHONE),
    ("For advice ring 0300 ⟦12 34⟧.", PHONE),
    ("Worried about a child? Text SAFE to ⟦60777⟧.", PHONE),
    ("Text SHOUT to ⟦85258⟧ for free support.", PHONE),
    ("Young people can text to ⟦80800⟧ for a reply within the hour.", PHONE),
    ("Our Band ⟦6⟧ social workers hold the most complex cases.", REFERENCE),
    ("The team recruited two Band ⟦7⟧ practice educators.", REFERENCE),
    ("The home is registered as a Category ⟦2⟧ setting.", REFERENCE),
    # kept: counts beside such numbers
    ("Childline took ⟦1,100⟧ calls from the county last year.", None),
    ("The service answered ⟦812⟧ texts in the year.", None),
    ("The council employs ⟦46⟧ Band 6 social workers.", None),
    ("There were ⟦2⟧ Category A incidents.", None),
]


@pytest.mark.parametrize("marked, reason", SHORT_NUMBERS)
def test_a_short_phone_number_or_a_band_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a news agency's slug: when the copy moved, how long it is, and a later take's page between dashes
WIRE_SLUGS = [
    ("HEALTH Hospitals Waiting (LEAD)\nMoved: ⟦1612⟧ Monday 3 March 2025 | Priority: urgent\nThe trust treated 640 patients.", TIME_POINT),
    ("Filed: ⟦0915⟧ GMT by our education correspondent\nThe council received 640 referrals.", TIME_POINT),
    ("Updated ⟦2210⟧ Thursday\nThe council received 640 referrals.", TIME_POINT),
    ("Sent: ⟦1130⟧ hrs | Desk: regional\nThe council received 640 referrals.", TIME_POINT),
    ("COURTS Sentencing (UPDATE) | Words: ⟦412⟧ | By Sam Hart\nThe council received 640 referrals.", LENGTH),
    ("Word count: ⟦1,204⟧\nThe council received 640 referrals.", LENGTH),
    ("Length: ⟦850⟧ | Embargo: none\nThe council received 640 referrals.", LENGTH),
    ("The board met on Monday.\n- MORE -\nEDUCATION Schools Funding (WRAP) - ⟦2⟧ -\nThe council received 640 referrals.", PAGE_MARK),
    ("Officers were thanked.\nHOUSING Rents Rise (ROUND-UP) – ⟦3⟧ –\nThe council received 640 referrals.", PAGE_MARK),
    # kept: counts in the copy itself
    ("Moved: 1612 Monday 3 March 2025\nThe trust treated ⟦640⟧ patients last year.", None),
    ("The report, filed at noon, showed ⟦1,204⟧ contacts.", None),
    ("The county recorded ⟦412⟧ referrals - 2 more than last year.", None),
    ("The panel met at 11am and heard ⟦1437⟧ complaints had been made.", None),
]


@pytest.mark.parametrize("marked, reason", WIRE_SLUGS)
def test_a_wire_copys_slug_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a list's or a data table's pager
PAGERS = [
    ("Preview: referrals.csv\nShowing ⟦5⟧ of 10 rows (most recent first)", PAGER),
    ("Preview: referrals.csv\nShowing 5 of ⟦10⟧ rows (most recent first)", PAGER),
    ("Showing ⟦1⟧ to 25 of 240 entries", PAGER),
    ("Showing 1 to ⟦25⟧ of 240 entries", PAGER),
    ("Showing 1 to 25 of ⟦240⟧ entries", PAGER),
    ("Displaying 1-20 of ⟦245⟧ results for 'fostering'", PAGER),
    ("Viewing records 11 - 20 of ⟦57⟧", PAGER),
    ("Showing ⟦12⟧ of 40 datasets | Sort by: newest", PAGER),
    ("Search results: showing ⟦3⟧ of 3 documents.", PAGER),
    # kept: counts of things the data describe
    ("The table shows ⟦240⟧ children on plans at 31 March.", None),
    ("Showing care to ⟦40⟧ families a week, the team has grown.", None),
    ("Records show ⟦57⟧ referrals were made in the year.", None),
    ("The dataset has rows for each year; there were ⟦10⟧ reviews in 2024.", None),
]


@pytest.mark.parametrize("marked, reason", PAGERS)
def test_a_pager_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a paper's or a register item's label ('Paper 4.2', 'Risk 3017 (...)', 'Action 12 is complete')
REGISTER_LABELS = [
    ("Paper ⟦4.2⟧ | Meeting of 12 March 2026 | Public", REFERENCE),
    ("Risk ⟦3017⟧ (recruitment of foster carers) is rated amber.", REFERENCE),
    ("Risk ⟦88⟧ remains on the directorate risk register.", REFERENCE),
    ("Action ⟦12⟧ is complete and will be closed.", REFERENCE),
    ("Decision ⟦4⟧ was deferred to the next meeting.", REFERENCE),
    ("The Incident ⟦2231⟧ review found no breach.", REFERENCE),
    ("Motion ⟦3⟧ was carried by the council.", REFERENCE),
    ("Petition ⟦41⟧ asked for a new crossing.", REFERENCE),
    ("Exhibit ⟦14⟧ showed the referral form.", REFERENCE),
    # kept: counts of the same things
    ("The register holds ⟦3017⟧ risks across the council.", None),
    ("There were ⟦88⟧ risks on the directorate register.", None),
    ("Action on neglect reached ⟦412⟧ families.", None),
    ("Risk assessments were done for ⟦64⟧ children.", None),
]


@pytest.mark.parametrize("marked, reason", REGISTER_LABELS)
def test_a_paper_or_register_label_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a heading that says how many items its list holds
ITEM_HEADINGS = [
    ("Dear resident,\nOUR ⟦THREE⟧ PROMISES\n1. More foster carers.", DOC_ITEMS),
    ("Dear resident,\nMy ⟦four⟧ priorities for the ward\n1. Safer streets.", DOC_ITEMS),
    ("⟦Five⟧ things you need to know\nThe council received 640 referrals.", DOC_ITEMS),
    ("⟦Three⟧ ways to get help\nCall the front door team.", DOC_ITEMS),
    ("⟦Six⟧ questions for the new director\nShe answered our readers.", DOC_ITEMS),
    ("Our ⟦10⟧ commitments\nWe will listen to children.", DOC_ITEMS),
    ("⟦7⟧ LESSONS FROM THE REVIEW\nThe review found gaps.", DOC_ITEMS),
    ("The ⟦five⟧ signs of neglect:\nPoor hygiene is one.", DOC_ITEMS),
    # kept: a count of the same things said in a sentence, and a statistic card
    ("The candidate made ⟦five⟧ pledges to voters.", None),
    ("The plan sets out ⟦three⟧ priorities for the year.", None),
    ("⟦46⟧ recommendations\nmade by reviews this year", None),
    ("Parents asked ⟦12⟧ questions at the meeting.", None),
]


@pytest.mark.parametrize("marked, reason", ITEM_HEADINGS)
def test_a_headings_count_of_its_list_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a PDF's code for a glyph its font has no map for, left in the text
GLYPHS = [
    ("(cid:⟦127⟧) Reduce average caseloads to 18 by March 2027.", GLYPH),
    ("Placements at 31 July: (cid:⟦127⟧) at home with parents: 38 (cid:127) in kinship care: 71", GLYPH),
    ("Placements at 31 July: (cid:127) at home with parents: 38 (cid:⟦127⟧) in kinship care: 71", GLYPH),
    ("Our priorities (cid:⟦149⟧) recruit carers (cid:149) keep children local", GLYPH),
    ("The(cid:⟦3⟧)council received 640 referrals.", GLYPH),
    ("(cid:⟦13⟧)Key messages", GLYPH),
    ("Children on plans (cid:⟦176⟧) 412", GLYPH),
    ("(cid:⟦1⟧) Introduction", GLYPH),
    # kept: the figures after the glyphs
    ("Placements at 31 July: (cid:127) at home with parents: ⟦38⟧ (cid:127) in kinship care: 71", None),
    ("(cid:127) Reduce average caseloads to ⟦18⟧ by March 2027.", None),
    ("Children on plans (cid:176) ⟦412⟧", None),
    ("(cid:149) The council received ⟦640⟧ referrals.", None),
]


@pytest.mark.parametrize("marked, reason", GLYPHS)
def test_a_pdfs_unmapped_glyph_code_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a page's number beside the publisher's web address in its footer
FOOTERS = [
    ("The board met in May.\nwww.westshirescp.example ⟦22⟧\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\n⟦14⟧ | westshire.gov.uk/safeguarding\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\nhttps://www.northdale.gov.uk ⟦7⟧\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\n⟦31⟧ www.eastmoorpartnership.org.uk\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\nlscb.example.org – ⟦9⟧\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\nwww.kingsford.gov.uk/children · ⟦103⟧\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\n⟦2⟧ - safeguardingwestdale.co.uk\nThe council received 640 referrals.", PAGE_MARK),
    ("The board met in May.\nWWW.HARTLEYCSP.EXAMPLE ⟦18⟧\nThe council received 640 referrals.", PAGE_MARK),
    # kept: a count beside an address in a sentence, or a count with its noun
    ("Visit www.westshire.gov.uk to read the ⟦22⟧ reviews.", None),
    ("The site westshire.gov.uk had ⟦14⟧ reviews listed.", None),
    ("⟦14⟧ referrals came through westshire.gov.uk/report in the year.", None),
]


@pytest.mark.parametrize("marked, reason", FOOTERS)
def test_a_footers_page_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a text's length set off or ending its clause
PAGE_LENGTHS = [
    ("The full report, ⟦212⟧ pages, is available as a PDF.", LENGTH),
    ("The judgment runs to ⟦64⟧ pages.", LENGTH),
    ("The inquiry heard more than ⟦400⟧ pages of evidence.", LENGTH),
    ("The plan is ⟦18⟧ pages long.", LENGTH),
    ("Read all ⟦36⟧ pages and the annexes.", LENGTH),
    ("A summary of ⟦4⟧ sides, in plain English, went to families.", LENGTH),
    ("The presentation had ⟦22⟧ slides; members asked questions.", LENGTH),
    ("The guidance, some ⟦90⟧ pages in all, was revised.", LENGTH),
    # kept: counts of page views and of things on pages
    ("The page had ⟦1,200⟧ page views in March.", None),
    ("The report names ⟦12⟧ children in its pages.", None),
    ("There were ⟦64⟧ reviews listed over several pages.", None),
]


@pytest.mark.parametrize("marked, reason", PAGE_LENGTHS)
def test_a_texts_length_in_pages_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)
