"""Numbers styles20 showed the tool reading as figures of the wrong kind (a speaker's age, the age a check is
named by, a span's unit lent to a count, a wrong number a printed correction repeats) and two it dropped (an age
at which something ends, a voucher's face value), each as a table of invented sentences run through the
production path (ingest -> pipeline -> find_figures, rules only) beside the close sentences whose number must
stay as it was. The number under test is marked ⟦...⟧."""

from __future__ import annotations

import re

import pytest

from tests.test_figure_recall import _check

# A speaker's age is an attribution (corpus README, ruling 3: optional, never a required figure): on a dash line
# under a quote with more text on the next line, or after a name set off after the group the speaker belongs to,
# with the verb of speech next (extractor/figures/reject.py).
SPEAKER_AGES = [
    ("“The club kept me going.”\n— Young person, ⟦16⟧\nThe club opened in 2019.", None),
    ("“I felt listened to.”\n– Care leaver, ⟦19⟧\nSection 3: Our work", None),
    ("“It changed how I see school.”\n- Pupil, ⟦13⟧\nAttendance rose in the spring term.", None),
    ("One of our volunteers, Amir, ⟦17⟧, wrote in the visitors' book: “Best summer ever.”", None),
    ("A young carer, Sam, ⟦12⟧, told the meeting that the group was a lifeline.", None),
    ("Two of the players, Leah, ⟦15⟧, said the coaching had helped.", None),
    ("Our newest member, Tom, ⟦14⟧, says the sessions are fun.", None),
    ("One parent, Maria, ⟦34⟧, explained how the hub had helped her family.", None),
    # kept apart: a count after a dash line's name, places and their counts, a count with its noun
    ("The areas with most referrals were Kent, ⟦41⟧, Essex, 37, and Dorset, 12.", (41, "count")),
    ("— Youth service, ⟦16⟧ sessions a week\nThe club opened in 2019.", (16, "count")),
    ("Of our members, Jade's group of ⟦14⟧ wrote a play.", (14, "count")),
    ("The council supported ⟦17⟧ young people into work.", (17, "count")),
]


@pytest.mark.parametrize("marked,want", SPEAKER_AGES)
def test_a_speakers_age_is_no_figure(nlp, marked, want):
    _check(nlp, marked, want)


# The age at which an order, a payment or a placement ends, said of the person it is for ('lasts until the child
# is 18') is an age in years (styles20 p06 required; styles17 j02, j05 and styles20 p01 optional), not a count;
# a group's threshold said with 'turn' or 'you' stays no figure (styles16 h06) (extractor/numbers.py).
AGE_UNTIL = [
    ("A special guardianship order lasts until the child is ⟦18⟧.", (18, "years")),
    ("The order lasts until the child reaches ⟦18⟧, when it ends.", (18, "years")),
    ("Payments continue until the young person is ⟦21⟧ if they stay in education.", (21, "years")),
    ("Children can stay with their carers until they are ⟦18⟧.", (18, "years")),
    ("The allowance is paid until she is ⟦16⟧.", (16, "years")),
    ("Support from the team continues until the care leaver is ⟦25⟧.", (25, "years")),
    ("The plan stays in place until he reaches ⟦19⟧.", (19, "years")),
    ("A child arrangements order can last until the children are ⟦16⟧.", (16, "years")),
    # kept apart: a group's threshold, a span in months, a count after 'until'
    ("Support stops when you turn ⟦18⟧.", None),
    ("The placement will continue until the child is ⟦6⟧ months old.", (6, "months")),
    ("The team worked with ⟦18⟧ children until the service closed in May.", (18, "count")),
    ("Visits continued until they were 18, and ⟦12⟧ young people stayed on.", (12, "count")),
]


@pytest.mark.parametrize("marked,want", AGE_UNTIL)
def test_an_age_at_which_something_ends(nlp, marked, want):
    _check(nlp, marked, want)


# An age that names a check or an appointment held at it ('their 27-month developmental review', 'the 16-week
# appointment') and a stage of pregnancy that bounds a group ('booked after 20 weeks of pregnancy') are no figures
# (styles20 o03, o04 not_figures); how long a review or a pilot ran, and a stage of pregnancy said as a fact of a
# case ('born at 35 weeks' gestation', styles2 t11), stay spans (extractor/figures/reject.py).
AGE_MARKS = [
    ("Nine in ten children had their ⟦27⟧-month developmental review on time.", None),
    ("Midwives ask about safety again at the ⟦16⟧-week appointment.", None),
    ("Health visitors completed 91% of ⟦2⟧-year checks in the quarter.", None),
    ("Most mothers attended the ⟦20⟧-week scan with a partner.", None),
    ("The ⟦six⟧-week health check is done by the GP.", None),
    ("Twelve women booked late, after ⟦20⟧ weeks of pregnancy.", None),
    ("Most women book before ⟦10⟧ weeks' gestation.", None),
    ("Babies born earlier than ⟦37⟧ weeks of gestation get a follow-up visit.", None),
    # kept apart: how long a review or a pilot ran, a case's stage of pregnancy, a span of work
    ("The partnership commissioned an ⟦18⟧-month review of how agencies respond.", (18, "months")),
    ("The council ran a ⟦12⟧-month pilot of the new model.", (12, "months")),
    ("Baby K was born at ⟦35⟧ weeks' gestation.", (35, "weeks")),
    ("The list shrank after ⟦20⟧ weeks of work by the team.", (20, "weeks")),
]


@pytest.mark.parametrize("marked,want", AGE_MARKS)
def test_an_age_that_names_a_check(nlp, marked, want):
    _check(nlp, marked, want)


# A bare comparator after a count of people picked out by a span ('waited longer than 18 weeks') counts the
# same people: the span bounds the group and lends it no unit (styles20 p04 gold: 533 a count)
# (extractor/figures/unit.py).
THRESHOLD_COMPARATORS = [
    ("412 children had waited longer than 18 weeks, down from ⟦533⟧ at the end of June.", (533, "count")),
    ("96 families had been on the list for more than a year, compared with ⟦120⟧ in March.", (120, "count")),
    ("41 children were seen within 4 weeks, against ⟦35⟧ last year.", (35, "count")),
    ("230 pupils had been absent for over 10 days, up from ⟦198⟧ a year earlier.", (198, "count")),
    ("64 cases had been open for at least two years, compared with ⟦71⟧ in 2024.", (71, "count")),
    ("88 people waited less than 6 weeks, down from ⟦102⟧.", (102, "count")),
    ("Some 150 carers had been approved for up to 3 months, against ⟦140⟧ the year before.", (140, "count")),
    # kept apart: a span compared with a span, a target of a span
    ("The average wait was 9 weeks, compared with ⟦12⟧ last year.", (12, "weeks")),
    ("Assessments took 41 days on average, against a target of ⟦45⟧.", (45, "days")),
    ("The longest wait was 61 weeks, down from ⟦70⟧.", (70, "weeks")),
    ("Plans were reviewed within 20 working days, compared with ⟦25⟧ days the year before.", (25, "days")),
]


@pytest.mark.parametrize("marked,want", THRESHOLD_COMPARATORS)
def test_a_span_that_bounds_a_group_lends_no_unit(nlp, marked, want):
    _check(nlp, marked, want)


# The face value of a voucher or a card handed out is a sum (styles20 o05 required), not a shop's offer; an offer
# to spend or to save stays no figure (extractor/figures/advert.py).
VOUCHERS = [
    ("Families will get a £⟦15⟧ supermarket voucher for each child.", (15, "gbp")),
    ("Each family will receive a £⟦30⟧ food voucher over the holidays.", (30, "gbp")),
    ("Carers were given a £⟦50⟧ gift card at the awards evening.", (50, "gbp")),
    ("Every young carer got a £⟦20⟧ voucher at the summer event.", (20, "gbp")),
    ("The school sent a £⟦25⟧ voucher to each eligible family.", (25, "gbp")),
    ("Volunteers receive a £⟦10⟧ high street voucher each month.", (10, "gbp")),
    # kept apart: a shop's offer, a saving, a discount code
    ("Get a £⟦10⟧ voucher when you spend £40 or more.", None),
    ("Save £⟦5⟧ with our voucher today.", None),
    ("Get £⟦5⟧ off your first order with code HOME5.", None),
    ("Enjoy a £⟦10⟧ voucher for Gazette readers this week.", None),
]


@pytest.mark.parametrize("marked,want", VOUCHERS)
def test_a_vouchers_face_value(nlp, marked, want):
    _check(nlp, marked, want)


# A printed paper's correction repeats the number it got wrong ('In last week's edition we said the budget was
# £98m. It is £89m.'): the wrong number is no figure, the right one stands (styles20 o05); a follow-up that
# reports again is no correction (extractor/figures/identifier.py).
PRINT_CORRECTIONS = [
    ("In last week's edition we said the council's budget was £⟦98m⟧. It is £89m.", None),
    ("In last week's edition we said the council's budget was £98m. It is £⟦89m⟧.", (89000000, "gbp")),
    ("Last week we wrongly reported that ⟦14⟧ schools had closed.", None),
    ("In our issue of 3 May we stated that ⟦31⟧ families had been rehoused. The correct figure is 13.", None),
    ("Yesterday's edition said 12 homes; last week we incorrectly said ⟦21⟧ homes would be built.", None),
    ("An earlier version of this article said the council's budget was £⟦98m⟧.", None),
    ("In last week's paper we said the scheme cost £⟦2.1m⟧; it is £1.2m.", None),
    # kept apart: a follow-up, an older plan's number, the story's own figures
    ("Last week we reported that ⟦14⟧ schools had closed, and the council has now confirmed it.", (14, "count")),
    ("The earlier version of the plan said the service would cost £⟦2m⟧ and it now costs more.", (2000000, "gbp")),
    ("The council said ⟦12⟧ schools had closed in the year.", (12, "count")),
]


@pytest.mark.parametrize("marked,want", PRINT_CORRECTIONS)
def test_a_printed_correction(nlp, marked, want):
    _check(nlp, marked, want)


# A count of events a service records, said as none ('There were no exclusions of pupils in care', 'no permanent
# exclusions'), is a zero of its own (`other`; styles14 d01, styles20 p01 required; no folder marks one not a
# figure); 'no' before the event's policy or before other nouns stays none (extractor/figures/propose.py).
EVENT_ZEROS = [
    ("There were ⟦no⟧ exclusions of children in care during the year.", (0, "count")),
    ("The virtual school recorded ⟦no⟧ permanent exclusions.", (0, "count")),
    ("The home received ⟦no⟧ complaints in the year.", (0, "count")),
    ("There were ⟦no⟧ missing episodes in the quarter.", (0, "count")),
    ("There were ⟦no⟧ upheld allegations against staff.", (0, "count")),
    ("The unit had ⟦no⟧ physical interventions this year.", (0, "count")),
    ("There were ⟦no⟧ placement moves for the children in the quarter.", (0, "count")),
    # kept apart: a policy, other nouns, a further one
    ("⟦No⟧ complaints policy was in place at the time.", None),
    ("There was ⟦no⟧ other business.", None),
    ("There were ⟦no⟧ matters arising.", None),
    ("The panel expects ⟦no⟧ further complaints.", None),
]


@pytest.mark.parametrize("marked,want", EVENT_ZEROS)
def test_events_said_as_none(nlp, marked, want):
    _check(nlp, marked, want)


# A note's mark opening its entry in the list of notes ('[3] Q 41'), one entry to a line or run on in one line,
# and the committee questions an entry cites ('Q 41', 'Qq 12, 96'), mark places, not amounts (styles20 o07, p06
# not_figures) (extractor/figures/mark.py).
NOTE_ENTRIES = [
    ("The council held 12 reviews.[1]\nNotes\n[⟦1⟧] Annual report, page 4\n[2] Q 12", None),
    ("Text.\nReferences\n[⟦1⟧] ONS, Census 2021.\n[2] DfE, Children in need 2025.", None),
    ("Text.\nReferences\n[1] ONS, Census 2021.\n[⟦2⟧] DfE, Children in need 2025.", None),
    ("Text.\nReferences\n[1] ONS, Census 2021. [⟦2⟧] DfE, Children in need 2025. [3] MoJ, Court statistics.", None),
    ("Text.\nReferences\n[1] ONS, Census 2021. [2] DfE, Children in need 2025. [⟦3⟧] MoJ, Court statistics.", None),
    ("Evidence.\n[4] Report, para 2.4\n[⟦5⟧] Q 58\n[6] Qq 12, 96", None),
    ("Evidence.\n[4] Report, para 2.4\n[5] Q 58\n[6] Qq ⟦12⟧, 96", None),
    ("Evidence.\n[4] Report, para 2.4\n[5] Q 58\n[6] Qq 12, ⟦96⟧", None),
    ("Evidence.\n[4] Report, para 2.4\n[5] Q ⟦58⟧\n[6] Qq 12, 96", None),
    # kept apart: a lone bracketed count, counts inside a sentence, a list of counts
    ("The service received ⟦96⟧ referrals in the year, [6] Q 4.", (96, "count")),
    ("[1] The council supported 40 families.\nThe team made ⟦96⟧ visits.", (96, "count")),
    ("Staff: [⟦12⟧ social workers]\nManagers: [3 team leaders]", (12, "count")),
]


@pytest.mark.parametrize("marked,want", NOTE_ENTRIES)
def test_a_notes_entry_marks_a_place(nlp, marked, want):
    _check(nlp, marked, want)


def _share_mentions(nlp, text: str, value: float) -> list[int]:
    from extractor.figures import find_figures
    from extractor.ingest import load
    from tests.test_figure_recall import FY
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    return [len(f.mentions) for f in figures if f.value == value and f.unit == "percent"]


# A share said twice of the same thing, first with the group it is of and then bare, with the same words after it
# ('47% of carers said they had given up work ...', then '47% had given up work ...'), is one fact (styles20
# p06: one gold figure); two shares of one value said of different things stay two (extractor/figures/merge.py).
RESTATED_SHARES = [
    ("In our survey, 47% of kinship carers said they had given up work or reduced their hours. "
     "Later on.\nWork. 47% had given up work or reduced their hours.", [2]),
    ("In the poll, 62% of parents said they felt listened to by their social worker. "
     "Section 2. 62% felt listened to by their social worker.", [2]),
    ("Of the young people asked, 35% said they had moved school in the year. "
     "Moves. 35% had moved school in the year, the survey found.", [2]),
    ("In 2025, 28% of care leavers told us they were not in work or training at 19. "
     "Work and training: 28% were not in work or training at 19.", [2]),
    ("In the survey, 71% of foster carers said they felt supported by their link worker. "
     "Support. 71% felt supported by their link worker.", [2]),
    ("Asked about support, 54% of carers said they had waited more than six months for a plan. "
     "Support. 54% had waited more than six months for a plan.", [2]),
    # kept apart: the same value said of different things, a share said once
    ("In our survey, 47% of kinship carers said they had given up work. "
     "Money. 47% had taken on debt to buy school uniform.", [1, 1]),
    ("The audit found 71% of plans were updated on time. Training. 71% of staff completed the course.", [1, 1]),
    ("In the poll, 62% of parents said they felt listened to.", [1]),
    ("In the poll, 62% of parents said they felt listened to. Schools. 62% of pupils attended every day.", [1, 1]),
]


@pytest.mark.parametrize("text,mentions", RESTATED_SHARES)
def test_a_share_said_again_bare_is_one_fact(nlp, text, mentions):
    assert sorted(_share_mentions(nlp, text, float(re.search(r"(\d+)%", text).group(1)))) == sorted(mentions)


def _counts(nlp, text: str, value: float) -> list[tuple[str, int]]:
    from extractor.figures import find_figures
    from extractor.ingest import load
    from tests.test_figure_recall import FY
    document = load("t.txt", text.encode("utf-8"))
    figures = find_figures(nlp(document.text), document, FY, use_classifier=False)
    return sorted((f.metric, len(f.mentions)) for f in figures if f.value == value and f.unit == "count")


# A distinctive count (100 or more) said where its counted thing is not found (a headline's 'appeal for 342
# children in the town's care') is the text's one figure of that value said again (styles20 p07: one gold
# figure); with two figures of that value it joins neither (extractor/figures/merge.py).
UNRESOLVED_REPEATS = [
    ("Paper launches appeal for 342 children in the town's care\n"
     "There were 342 children in the care of the council at the end of March.", 342, [("looked_after_children", 2)]),
    ("'Everyone deserves a gift': appeal for 215 children in Barnsley's care\n"
     "The council looked after 215 children at 31 March.", 215, [("looked_after_children", 2)]),
    ("Gift drive for 418 children in care\nThe council looked after 418 children at 31 March.", 418,
     [("looked_after_children", 2)]),
    ("Toy appeal for 276 children in the county's care\nThere were 276 children in care at the end of March.", 276,
     [("looked_after_children", 2)]),
    ("Appeal for 1,050 children in the city's care\nThe city council looked after 1,050 children at 31 March.", 1050,
     [("looked_after_children", 2)]),
    ("Christmas appeal for 188 children in care\nAt the end of March, 188 children were looked after by the council.",
     188, [("looked_after_children", 2)]),
    # kept apart: two figures of that value, a small value, counts under one noun
    ("Appeal for 342 children\nThere were 342 children in care. The service also received 342 referrals.", 342,
     [("looked_after_children", 1), ("other", 2)]),
    ("Gifts for 40 children\nThere were 40 children in care at the end of March.", 40,
     [("looked_after_children", 1), ("other", 1)]),
    ("Campaign reaches 1,200 families\nThe food bank supported 1,200 families over the winter.", 1200, [("other", 2)]),
    ("Drive to find homes for 140 youngsters\nThe council has 140 children waiting for a foster family.", 140,
     [("other", 2)]),
]


@pytest.mark.parametrize("text,value,want", UNRESOLVED_REPEATS)
def test_an_unresolved_count_said_again(nlp, text, value, want):
    assert _counts(nlp, text, value) == sorted(want)


# The later numbers of a list run into one paragraph, each item a sentence of its own ('(1) Reduce delay to 35
# weeks by March 2027. (2) Embed the model.'), number items, not amounts (styles20 p03) (extractor/figures/reject.py).
RUN_IN_ITEMS = [
    ("Priorities\n(1) Reduce the average length of care proceedings to 35 weeks by March 2027. (⟦2⟧) Embed the new "
     "model. (3) Increase take-up.", None),
    ("(1) Reduce the average length of care proceedings to 35 weeks by March 2027. (2) Embed the new model across "
     "every court in the area. (⟦3⟧) Increase take-up.", None),
    ("Actions: (1) Train all staff in the new approach before the summer. (⟦2⟧) Audit 40 case files in the autumn.", None),
    ("The plan has two parts. (1) Recruit more foster carers in the north of the county this year. (⟦2⟧) Open a new "
     "family hub in the town centre.", None),
    ("(1) Publish the partnership's annual report by the end of September each year. (⟦2⟧) Hold a learning event.", None),
    ("Next steps: (1) Agree the new threshold document with all partners by the spring. (⟦2⟧) Review it in a year.", None),
    ("(1) Cut waiting times for assessments to four weeks. (⟦2⟧) Recruit two more workers. (3) Report back in May.", None),
    # kept apart: a count in brackets, a number after a list's first item that is not the next, the items' own counts
    ("The council paid for (1) a new hub. It then funded more places (⟦2⟧ in total).", (2, "count")),
    ("The team held (⟦2⟧) sessions.", (2, "count")),
    ("(1) Train all staff in the new approach before the summer. (2) Audit ⟦40⟧ case files in the autumn.", (40, "count")),
    ("(1) Reduce the average length of care proceedings to ⟦35⟧ weeks by March 2027. (2) Embed the model.", (35, "weeks")),
]


@pytest.mark.parametrize("marked,want", RUN_IN_ITEMS)
def test_run_in_list_items(nlp, marked, want):
    _check(nlp, marked, want)
