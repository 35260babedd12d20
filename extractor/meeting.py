"""Meetings: whether a document is the minutes of a meeting (and the meeting's date) or an
agenda front sheet.

Minutes open "MINUTES of a meeting of the Cabinet held … on Thursday, 30 January 2025", "At a
meeting of … held on …", "Minute of Meeting of …", "Corporate Parenting Board" over "Held on
Wednesday 5 November 2025 in the Council Chamber", or "Corporate Parenting Panel – 10th December
2024" over "MINUTES of the meeting held in …"; an agenda has an "Agenda" heading line near the
top ("AGENDA", "A G E N D A", "Summons to and Agenda for a Meeting on") and numbered items.
Record metadata reads both: minutes are council reports of the meeting's year, an agenda
reports no period and is not a report.
"""

from __future__ import annotations

import re

from .findings import Period
from .period import day_period

# Minutes: "MINUTES of a meeting of the Cabinet held on …", "At a meeting of … held on …",
# "Minute of Meeting of …", a body's name over "Held on Wednesday 5 November 2025 in …";
# the meeting's date is the first full date near the top.
_MINUTES = re.compile(
    r"(?im)^[ \t]*(?:(?:printed\s+|draft\s+|confirmed\s+)?minutes?(?:[ \t]*$|\s+(?:of|for)\b"
    r"(?!\s+(?:the\s+)?(?:previous|last)\b))|at\s+a\s+meeting\s+of\b|(?:meeting\s+)?held\s+on\b)|"
    r"\bminutes?\s+of\s+(?:the\s+|a\s+)?"
    r"(?:[\w’',&-]+\s+){0,8}?meeting\s+of\s+.{0,120}?held\b")
_MINUTES_CHARS = 600
_MEETING_DATE = re.compile(
    r"\b(?P<d>[1-9]|[12]\d|3[01])\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>January|February|March|"
    r"April|May|June|July|August|September|October|November|December),?\s+(?P<y>(?:19|20)\d\d)\b")
# A committee paper's front sheet names the meeting it goes to on a labelled line: "To: Cabinet
# – 30 January 2025", "To: County Council Date: 13 March 2025", "Date of meeting: 14 January
# 2026", "Meeting date: …".
_PAPER_LINE = re.compile(r"(?im)^[ \t]*(?:to|(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|"
                         r"meeting)[ \t]*:[^\n]{0,80}$")
_PAPER_CHARS = 1500
# ... or on a heading line of its own: the meeting's name and its date ("Budget Council - Thursday
# 26 February 2026", "Full Council, 12 March 2026", "Cabinet | 3 June 2026"), where a speech or a
# paper is given.
_MEETING_HEAD = re.compile(r"(?m)^[ \t]*(?:[A-Z][\w’'-]*\s+(?:(?:and|&|of|for)\s+)?){0,5}(?:Council|Cabinet|Committee|Board|Panel)"
                           r"(?:\s+[Mm]eeting)?[ \t]*[-–—|,:][ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                           r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d[ \t]*$")
# An agenda front sheet: an "Agenda" heading line near the top ("AGENDA", "A G E N D A",
# "Summons to and Agenda for a Meeting on"), then numbered items.
_AGENDA_LINES = 12
_AGENDA_CHARS = 4000
_AGENDA_HEAD = re.compile(r"(?i)(?:summons\s+to\s+and\s+)?agenda(?:\s+(?:for|of)\b.*)?|"
                          r"a\s+g\s+e\s+n\s+d\s+a")
_AGENDA_ITEM = re.compile(r"(?m)^[ \t]*\d{1,2}\.?[ \t]+[A-Z0-9]")
# An agenda front sheet lists items and carries no reports; an agenda pack is longer.
_FRONT_SHEET_CHARS = 8000


def is_minutes(text: str, title: str | None = None) -> bool:
    """Whether the document opens as the minutes of a meeting, with the meeting's date."""
    return meeting_date(text, title) is not None


def meeting_date(text: str, title: str | None) -> Period | None:
    """The date of the meeting a set of minutes records ("MINUTES of a meeting of the Cabinet
    held … on Thursday, 30 January 2025"), as a one-day Period; None if not minutes."""
    for source in (text.lstrip()[:_MINUTES_CHARS], title or ""):
        m = _MINUTES.search(source)
        if m is None:
            continue
        head = f"{title or ''}\n{source[:m.end() + 400]}"
        d = _MEETING_DATE.search(head)
        if d is None:
            return None
        return day_period(d, d.group(0))
    return None


def paper_date(text: str) -> Period | None:
    """The date of the meeting a committee paper goes to, from its front sheet's labelled
    lines ("To: Cabinet – 30 January 2025", "Date of meeting: 14 January 2026") or a meeting's
    heading line ("Budget Council - Thursday 26 February 2026"); None if the opening has no such
    line with a date."""
    lines = [*_PAPER_LINE.finditer(text, 0, _PAPER_CHARS), *_MEETING_HEAD.finditer(text, 0, _PAPER_CHARS)]
    for line in lines:
        d = _MEETING_DATE.search(line.group(0))
        if d is None:
            continue
        day = day_period(d, d.group(0))
        if day is not None:
            return day
    return None


def is_agenda(text: str) -> bool:
    """An agenda: headed 'Agenda' and listing numbered items; it reports no period itself."""
    opening = text.lstrip()[:_AGENDA_CHARS]
    lines = opening.split("\n", _AGENDA_LINES)[:_AGENDA_LINES]
    return any(_AGENDA_HEAD.fullmatch(line.strip()) for line in lines) and \
        len(_AGENDA_ITEM.findall(opening)) >= 3


def is_agenda_front_sheet(text: str) -> bool:
    """An agenda and nothing else: an agenda no longer than a front sheet."""
    return len(text.strip()) <= _FRONT_SHEET_CHARS and is_agenda(text)
