"""Mark: numbers that mark a place in a text, not an amount: a reference mark in square brackets,
a note's label, a section's number opening a heading and an author's affiliation mark.

A wiki or a statistical release marks its sources and notes in square brackets glued to the text
('... in 2024-25.[7]', '... shown.[4][11]', 'aged under 18 [note 2]'); a report, an encyclopedia
page or a coroner's form numbers its sections ('1 History', '5 CORONER'S CONCERNS'), in its
contents and again above each section. A count in brackets has words with it ('[12 children]'),
and a count opening a line runs on into its sentence ('24 hours required by the protocol'). A
paper's byline marks each author's institution with a bracketed number after the name ('Ann Hale
(1), Tom Reid (2)'), a count in brackets after a name stands alone ('Kent (41), Essex (37)' are
places, not people, and keep their figures)."""

from __future__ import annotations

import functools
import re

from ..line import line_of

# the mark's number alone in square brackets, glued to the text before it ('2024-25.[7]',
# 'shown.[4][11]') or named a note ('[note 2]', '[Note 14]', '[fn 3]', '[footnote 5]')
_GLUED_OPEN = re.compile(r"[^\s\[]\[$")
_NOTE_OPEN = re.compile(r"\[\s*(?:note|notes|fn|footnote|n|ref|source)\s*\.?\s*$", re.I)
_CLOSE = re.compile(r"^\s*\](?!\w)")
_SPACED_CLOSE = re.compile(r"^\](?:[.,;:]|\[|\s*$|\s*\n)")  # (a mark inside a word, 'un[1]ringfenced', is part of a name)

# a numbered heading: a line of a small number and a short title opening with a capital, with no
# full stop and no figure of its own ('3 Statistics', '5 CORONER'S CONCERNS', '4 Safeguarding
# reviews', '9 Dated: 5 October 2026')
_HEADING = re.compile(r"^[ \t]*(\d{1,2})[ \t]+([A-Z][A-Za-z'’&,/()-]*(?:[ \t]+[A-Za-z'’&,/()-]+){0,7}"
                      r"(?::[^\n]{0,40})?)[ \t]*$", re.M)


# a note's entry in the list of notes: a line opening with its mark ('[3] Q 41', '[4] DfE, Children looked after
# in England ...'), or run on after a full stop ('[1] ONS, Census 2021. [2] DfE, ...'), in a list of two or more
# entries numbered one after another
_NOTE_ENTRY = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]+(?=\S)", re.M)
_RUN_ON_ENTRY = re.compile(r"(?<=[.;])[ \t]+\[(\d{1,3})\][ \t]+(?=[A-Z])")


@functools.lru_cache(maxsize=4)
def _note_entries(text: str) -> frozenset[int]:
    """Where the marks of the text's list of notes start (read once per text)."""
    entries = {int(m.group(1)): m.start(1) for m in _NOTE_ENTRY.finditer(text)}
    for m in _NOTE_ENTRY.finditer(text):  # ... and the entries run on after it in one line ('[1] ONS, Census. [2] DfE, ...')
        line = line_of(text, m.start())
        for r in _RUN_ON_ENTRY.finditer(line[1], m.end() - line[0]):
            entries.setdefault(int(r.group(1)), line[0] + r.start(1))
    return frozenset(at for n, at in entries.items() if n - 1 in entries or n + 1 in entries)


def in_note_entry(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a note's mark opening its entry in the list of notes ('[3] Q 41');
    the question numbers an entry cites ('Qq 12, 96') are reference numbers (reject._REF_BEFORE)."""
    return start in _note_entries(text)


def in_reference_mark(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a reference mark in square brackets ('.[7]', '[note 2]'), or
    a note's mark opening its entry in the list of notes ('[3] Q 41')."""
    if not text[start:end].isdigit() or len(text[start:end]) > 4:
        return False
    if in_note_entry(text, start, end):
        return True
    if len(text[start:end]) > 3 or not _CLOSE.match(text[end:end + 3]):
        return False
    before = text[max(0, start - 12):start]
    if _GLUED_OPEN.search(before) or _NOTE_OPEN.search(before):
        return True
    # a citation set off by a space and closing its sentence or clause: '... in the spring [7].'
    return before.endswith(" [") and bool(_SPACED_CLOSE.match(text[end:end + 4]))


def in_numbered_heading(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end opens a numbered heading: its line is the number and a
    short title, and the text numbers at least three headings so, this one's neighbour among them
    ('1 History' / '2 Inspections' / '3 Statistics')."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    m = _HEADING.match(text, ls, le if le >= 0 else len(text))
    if not m or m.start(1) != start or m.end(1) != end:
        return False
    numbers = _heading_numbers(text)
    n = int(text[start:end])
    if len(numbers) >= 3:  # noqa: PLR2004
        return n - 1 in numbers or n + 1 in numbers
    # two chapters only ('1 Notifications and reviews' ... '2 Making the learning count'): each
    # heading stands between paragraphs of prose, as no card or list line does
    set_apart = _headings_between_prose(text)
    return n in set_apart and (n - 1 in set_apart or n + 1 in set_apart)


_PROSE = 80  # the length of a line of running prose, at least


@functools.lru_cache(maxsize=4)
def _headings_between_prose(text: str) -> frozenset[int]:
    """The numbers of the text's heading lines with a line of prose above and below (read once per text)."""
    out = set()
    for m in _HEADING.finditer(text):
        above = text[:max(0, m.start() - 1)].rsplit("\n", 1)[-1]
        below = text[m.end() + 1:].split("\n", 1)[0]
        if len(above.strip()) >= _PROSE and len(below.strip()) >= _PROSE and above.rstrip()[-1:] in ".:;!?)]”\"'’":
            out.add(int(m.group(1)))
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _heading_numbers(text: str) -> frozenset[int]:
    """The numbers of the text's heading lines (read once per text)."""
    return frozenset(int(m.group(1)) for m in _HEADING.finditer(text) if int(m.group(1)) <= 30)


# a list's item number: a line opening with a small number and two spaces or a tab before its text
# ('1  The council should ...', '5  to 9  (set out in full in Part B)'), or with a label, its number
# and a colon ('Step 2: Ask the family ...', 'Option 3 - Close the ...'); a list numbers at least two
# items so, each beside its neighbour ('1' and '2', 'Step 1' and 'Step 2')
_ITEM = re.compile(r"^[ \t]*(\d{1,2})(?:[ \t]+(?:to|-|–)[ \t]+(\d{1,2}))?(?:[ \t]{2,}|\t)(?=[A-Z(\"“‘'])", re.M)
# a numbered paragraph run in after its heading or after the sentence before ('Housing. 3.1 The
# score is ...', 'noted. 4.2 Members asked ...'), beside a paragraph numbered next to it
_RUN_IN_PARAGRAPH = re.compile(r"(?:^|(?<=[.:;!?)] )|(?<=[.:;!?)]  ))[ \t]*(\d{1,2})\.(\d{1,2})(?=[ \t]+[A-Z][a-z]*\b)", re.M)
_LABELLED_ITEM = re.compile(r"^[ \t]*([A-Z][a-z]{1,15})[ \t]+(\d{1,2})[ \t]*(?::|[ \t][-–])[ \t]+(?=\S)", re.M)


def in_numbered_item(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end numbers an item of a list laid out line by line ('1  The
    council should ...' / '2  Every school should ...'; 'Step 1: ...' / 'Step 2: ...') or a paragraph
    run in after a heading or a sentence ('Housing. 3.1 The score ...' / '... noted. 3.2 Members ...')."""
    return start in _item_marks(text)


@functools.lru_cache(maxsize=4)
def _item_marks(text: str) -> frozenset[int]:
    """Where the text's item numbers start (read once per text)."""
    items = list(_ITEM.finditer(text))
    plain = {int(m.group(1)) for m in items}
    marks = {at for m in items if int(m.group(1)) - 1 in plain or int(m.group(1)) + 1 in plain
             for at in (m.start(1), m.start(2)) if at >= 0}  # '5  to 9': the range's end too
    labelled: dict[tuple[str, int], int] = {(m.group(1), int(m.group(2))): m.start(2)
                                            for m in _LABELLED_ITEM.finditer(text)}
    marks |= {at for (label, n), at in labelled.items() if (label, n - 1) in labelled or (label, n + 1) in labelled}
    paragraphs = {(int(m.group(1)), int(m.group(2))): m.start(1) for m in _RUN_IN_PARAGRAPH.finditer(text)}
    marks |= {at for (n, k), at in paragraphs.items() if (n, k - 1) in paragraphs or (n, k + 1) in paragraphs}
    return frozenset(marks)


# an author's affiliation mark: a bracketed small number after a person's name (two capitalised
# words, an initial allowed), in a line of nothing but two or more such names ('Ann Hale (1), Tom
# Reid (2) and Sara Pike (1)')
_AUTHOR = r"(?:Dr\.?\s+|Prof(?:essor)?\.?\s+)?[A-Z][a-z'’]+(?:[ -][A-Z]\.?)*(?:[ -][A-Z][a-z'’]+)+"
_AUTHOR_MARK = re.compile(rf"{_AUTHOR}\s*\(\s*(\d{{1,2}})(?:\s*,\s*\d{{1,2}})*\s*\)\*?(?=\s*(?:,|and\b|&|;|$))", re.M)


def in_affiliation_mark(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end marks an author's affiliation ('Ann Hale (1), Tom Reid (2)')."""
    ls, line = line_of(text, start)
    marks = list(_AUTHOR_MARK.finditer(line))
    if len(marks) < 2 or re.sub(r"[\s,;&*]|\band\b", "", _AUTHOR_MARK.sub("", line)) or \
            max(int(m.group(1)) for m in marks) > 9:
        return False  # a byline: two names or more, nothing else on the line, small marks
    return any(ls + m.start() <= start and end <= ls + m.end() for m in marks)
