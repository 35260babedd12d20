"""Numbered apparatus that is no figure: a note's label in square brackets opening its line (or
the next note run into the line), a list of references in the plural ('Qq 12, 96', 'paras 4, 7
and 9'), an agenda item's number after 'Item No', a list's item number run into its line after a
full stop or a semicolon ('... by 2032. (2) Embed the model.'), and a chapter's number opening a
heading set between paragraphs when a report has two chapters only. Beside each, a close sentence
whose number stays a figure. Invented sentences in council and partnership papers, run through
the production path (ingest -> pipeline -> find_figures, rules only); the number under test is
marked ⟦...⟧."""

from __future__ import annotations

import pytest

from extractor.figures.reject import HEADING, LIST_ITEM, MARK, REFERENCE

from tests.test_reject_prose import _check  # one reading of a marked number

PARA = ("The partnership received 412 referrals for a case review in the year and held 38 rapid reviews, "
        "most of them within the fifteen working days the guidance expects.")
TAIL = ("The partners agreed that the learning would be shared with every school and health team in the "
        "area before the end of the summer term.")

# a note's label: a bracketed number opening its line, or the next note run into the same line
NOTES = [
    (f"{PARA}[1]\nNotes\n[1] Local authority returns, 2030-31.\n[⟦2⟧] Partnership survey, June 2031.", MARK),
    (f"{PARA}[1]\nNotes\n[⟦1⟧] Local authority returns, 2030-31.\n[2] Partnership survey, June 2031.", MARK),
    (f"{PARA}\nSources\n[1] Council data. [⟦2⟧] Police returns, 2031. [3] Health board figures.", MARK),
    (f"{PARA}\nSources\n[1] Council data. [2] Police returns, 2031. [⟦3⟧] Health board figures.", MARK),
    (f"{PARA}\nReferences\n[⟦4⟧] Annual report of the partnership, 2030.\n[5] Board minutes, March 2031.", MARK),
    (f"{PARA}\nReferences\n[4] Annual report of the partnership, 2030.\n[⟦5⟧] Board minutes, March 2031.", MARK),
    (f"{PARA}\n[⟦7⟧] Evidence session, 3 May 2031.\n[8] Written evidence from the council.", MARK),
    (f"{PARA}\n[11] Evidence session, 3 May 2031.\n[⟦12⟧] Written evidence from the council.", MARK),
    (f"{PARA}\nNotes\n[1] Ofsted, 2031. [⟦2⟧] Department data, year ending 31 March 2031.", MARK),
    (f"{PARA}\n[2] Council returns.\n[⟦3⟧] “Children in need”, national statistics.", MARK),
    # kept: a count inside a note, and a count in brackets in running text
    (f"{PARA}\nNotes\n[1] In 2030-31 the council received ⟦4,120⟧ referrals.\n[2] Council returns.", None),
    (f"{PARA}\nNotes\n[1] Council returns.\n[2] Of these, ⟦61⟧ were repeat referrals.", None),
    ("The partnership reviewed the cases of [⟦12⟧ children] placed out of area in the year.", None),
]


@pytest.mark.parametrize("marked, reason", NOTES)
def test_a_notes_label_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a list of references in the plural, each number of it, and an agenda item's number
REFERENCES = [
    ("[6] Qq ⟦12⟧, 96\n[7] Q 58", REFERENCE),
    ("[6] Qq 12, ⟦96⟧\n[7] Q 58", REFERENCE),
    ("Oral evidence, Qq ⟦41⟧, 44 and 52.", REFERENCE),
    ("Oral evidence, Qq 41, 44 and ⟦52⟧.", REFERENCE),
    ("See the council's report, paras ⟦4⟧, 7 and 9.", REFERENCE),
    ("See the council's report, paras 4, ⟦7⟧ and 9.", REFERENCE),
    ("Cabinet, Tuesday 9 March 2032. Item No ⟦7⟧", REFERENCE),
    ("Scrutiny Committee, 4 June 2032. Agenda Item No. ⟦6.2⟧", REFERENCE),
    ("Children's Services Committee. Item No ⟦12⟧: Annual report of the partnership", REFERENCE),
    ("Council, 1 July 2032, Item no ⟦4⟧", REFERENCE),
    # kept: counts after the same words that are no reference
    ("Members asked ⟦12⟧ questions about the rapid reviews.", None),
    ("The review made ⟦9⟧ recommendations, set out in paras 4 and 5.", None),
    ("No ⟦12⟧-year-old was placed out of area.", None),
]


@pytest.mark.parametrize("marked, reason", REFERENCES)
def test_a_reference_list_and_an_item_number_are_no_figures(nlp, marked, reason):
    _check(nlp, marked, reason)


# a list's item number run into its line after a full stop, a semicolon or a colon
ENUMERATORS = [
    ("Our priorities: (1) Reduce delay to 26 weeks by March 2032. (⟦2⟧) Embed the new model. (3) Train staff.", LIST_ITEM),
    ("Our priorities: (1) Reduce delay to 26 weeks by March 2032. (2) Embed the new model. (⟦3⟧) Train staff.", LIST_ITEM),
    ("The board agreed to (1) publish the review in the spring and report on progress to members in the "
     "autumn; (⟦2⟧) write to the minister.", LIST_ITEM),
    ("The plan has three aims. (1) Keep families together wherever it is safe to do so. (⟦2⟧) Find homes "
     "close to school. (3) Listen to children.", LIST_ITEM),
    ("Members resolved: (1) to note the report and the progress made by the partners over the year; "
     "(⟦2⟧) to ask for an update in June.", LIST_ITEM),
    ("(1) Open the new family hub in Eastfield before the end of the year. (⟦2⟧) Recruit six foster carers.",
     LIST_ITEM),
    ("We will (1) cut waiting times for assessments across the whole county and (⟦2⟧) publish the results.",
     LIST_ITEM),
    ("Next steps: (1) Audit 40 plans for the quality of their contingency arrangements. (⟦2⟧) Report to the board.",
     LIST_ITEM),
    ("Actions: (1) Review the threshold document with every partner agency in the county; (⟦2⟧) Hold two "
     "learning events.", LIST_ITEM),
    ("Proposals: (1) Agree the budget for the coming year, set out in the appendix. (⟦2⟧) Note the risks.",
     LIST_ITEM),
    # kept: counts in brackets after places or kinds, and the counts inside the items
    ("Referrals came from Northmoor (1), Eastfield (⟦2⟧) and Southdale (4).", None),
    ("Our priorities: (1) Reduce delay to ⟦26⟧ weeks by March 2032. (2) Embed the new model.", None),
    ("Audits found gaps in planning (3), supervision (⟦2⟧) and recording (5).", None),
]


@pytest.mark.parametrize("marked, reason", ENUMERATORS)
def test_a_run_in_list_number_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)


# a chapter's number opening a heading between paragraphs, in a report of two chapters
CHAPTERS = [
    (f"{PARA}\n⟦1⟧ Notifications and reviews\n{TAIL}\n{PARA}\n2 Making the learning count\n{TAIL}", HEADING),
    (f"{PARA}\n1 Notifications and reviews\n{TAIL}\n{PARA}\n⟦2⟧ Making the learning count\n{TAIL}", HEADING),
    (f"{TAIL}\n⟦1⟧ Rapid reviews\n{PARA}\n{TAIL}\n2 Practice reviews\n{PARA}", HEADING),
    (f"{TAIL}\n1 Rapid reviews\n{PARA}\n{TAIL}\n⟦2⟧ Practice reviews\n{PARA}", HEADING),
    (f"{PARA}\n⟦1⟧ What we found\n{TAIL}\n{PARA}\n2 What happens next\n{TAIL}", HEADING),
    (f"{PARA}\n1 What we found\n{TAIL}\n{PARA}\n⟦2⟧ What happens next\n{TAIL}", HEADING),
    (f"{PARA}\n⟦3⟧ Children in care\n{TAIL}\n{PARA}\n4 Care leavers\n{TAIL}", HEADING),
    (f"{PARA}\n3 Children in care\n{TAIL}\n{PARA}\n⟦4⟧ Care leavers\n{TAIL}", HEADING),
    (f"{PARA}\n⟦1⟧ Introduction\n{TAIL}\n{PARA}\n2 Findings\n{TAIL}", HEADING),
    (f"{PARA}\n1 Introduction\n{TAIL}\n{PARA}\n⟦2⟧ Findings\n{TAIL}", HEADING),
    # kept: key figures on short lines, and a single numbered line with no neighbour
    (f"{PARA}\nKey figures at a glance\n⟦4⟧ Rapid reviews\n2 Practice reviews\n9 Recommendations\n{TAIL}", None),
    (f"{PARA}\n⟦3⟧ Rapid reviews\n{TAIL}", None),
]


@pytest.mark.parametrize("marked, reason", CHAPTERS)
def test_a_chapter_number_between_paragraphs_is_no_figure(nlp, marked, reason):
    _check(nlp, marked, reason)
