"""Identifier: numbers that name a thing rather than count anything.

A register gives a company or a charity a number ('Registered charity 1123456', 'Company number
09912345'); a short service number is the name of the service ('the 999 emergency service', 'the NHS
111 line'); a numbered thing is called by its number ('camera 6 was out of action', 'Update 2 · 3 May');
a fundraising page's countdown says how long is left, not how long anything took ('21 days left'); and a
correction notice repeats the number it got wrong and gives the right one ('An earlier version said 21
wards; it is 20'), neither a fact of the story; a number word can be part of a place's name ('Sutton Four
Oaks'). A count has its noun after it ('the charity helped 1,200 families', '999 calls were answered')."""

from __future__ import annotations

import re

# the register before the number: 'Registered charity 1123456', 'Company number 09912345', 'Registered
# community interest company 12904477', 'Charity No. 1099999', 'Registered in England, no. 8812345'
_REGISTER_BEFORE = re.compile(r"\b(?:compan(?:y|ies)|charit(?:y|ies)|society|CIC|SCIO|registration|registered(?:\s+in\s+"
                              r"(?:England(?:\s+and\s+Wales)?|Scotland|Wales|Northern\s+Ireland))?)"
                              r"(?:\s+(?:number|no\.?|reg\.?|registration\s+number))?\s*[:.,]?\s*$", re.I)
# ... a register's number is long and ends its phrase ('Registered 12 new carers' counts carers)
_REGISTER_AFTER = re.compile(r"\s*(?:[.,;:)|·•]|$|\n|and\b|\()", re.I)
# a short service number as the service's name: 'the 999 emergency ambulance service', 'the NHS 111
# clinical assessment service', '101 non-emergency line' ('999 calls were answered' counts calls)
# (the UK's short service numbers: emergency, police non-emergency, NHS, power cuts, vaccination line)
SERVICE_NUMBERS = frozenset({"999", "112", "101", "111", "105", "119"})
_SERVICE_BEFORE = re.compile(r"(?:\bNHS|\bthe|\bits|\bour|\ba)\s+$", re.I)
_SERVICE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:service|services|line|number|system|provision|contract)\b", re.I)
_NHS_BEFORE = re.compile(r"\bNHS\s+$")
# a numbered thing called by its number: 'camera 6', 'Camera 2', 'CCTV camera 14', and an update's or a
# stage's heading with its date ('Update 1 · 14 January 2026', 'Update 3 - 2 May')
_NUMBERED_BEFORE = re.compile(r"\b(?:cameras?|(?-i:CCTV)\s+cameras?|(?-i:Update|UPDATE))\s*(?:no\.?\s*)?$", re.I)
# a countdown on a campaign's page, on a line of its own: '21 days left', '3 days to go', '12 hours remaining'
# (or in a cell of a line of bar-separated cells: '312 supporters · 21 days left')
_COUNTDOWN_AFTER = re.compile(r"[ \t]*(?:days?|hours?|weeks?)[ \t]+(?:left|to[ \t]+go|remaining)[ \t]*(?:\n|$|[·|•])", re.I)
_COUNTDOWN_LABEL = re.compile(r"(?:days?|hours?|weeks?)[ \t]+(?:left|to[ \t]+go|remaining)", re.I)
_LINE_OPEN = re.compile(r"(?:^|\n|[·|•])[ \t]*$")
# the number a correction notice says was wrong: 'An earlier version of this article said 21 wards',
# 'A previous version wrongly stated that there were 14 reviews'
_CORRECTED_BEFORE = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|original|first)\s+version\b[^.;\n]{0,50}?"
                               r"\b(?:said|stated|gave|reported|listed|put|had|referred\s+to)\s+(?:that\s+)?"
                               r"(?:there\s+(?:were|was|are|is)\s+)?(?:the\s+)?(?:number\s+of\s+\w+\s+as\s+)?$"
                               # ... or, of this article, its subject and verb: 'said the council's budget was £98m'
                               r"|\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|page|piece)\s+"
                               r"(?:said|stated|reported)\s+(?:that\s+)?[^.;\n\d]{0,60}?\b(?:was|were|is|are|had|stood\s+at|"
                               r"totalled|reached|cost)\s+$", re.I)
# ... and a printed paper's notice: 'In last week's edition we said', 'Last week we wrongly reported', 'In our
# issue of 3 May we stated' (a notice when it says the number was wrong or gives the right one after it: 'Last
# week we reported that 14 schools had closed' alone is a follow-up)
_PRINT_NOTICE_BEFORE = re.compile(r"(?:\b(?:last\s+week['’]s|yesterday['’]s|last\s+month['’]s|(?:our|the)\s+(?:previous|last))\s+"
                                  r"(?:edition|issue|paper|article|story|report)\b|\b(?:our|an?)\s+(?:edition|issue)\s+"
                                  r"(?:of|on|dated)\s+[^.;\n]{1,20}?|\b(?:last\s+week|yesterday|previously),?)"
                                  r"[^.;\n]{0,20}?\bwe\s+(?:(?P<wrong>wrongly|incorrectly|mistakenly)\s+)?"
                                  r"(?:said|stated|gave|reported|printed|published|wrote)\s+(?:that\s+)?(?:there\s+(?:were|was)\s+)?"
                                  r"(?:[^.;\n\d]{0,60}?\b(?:was|were|is|are|had|stood\s+at|totalled|reached|cost)\s+)?$", re.I)
_PUT_RIGHT_AFTER = re.compile(r"^[^\n]{0,40}?(?:[.;,]\s*(?:but\s+)?(?:it|this|that|the\s+(?:correct|right|actual)\s+(?:\w+\s+)?"
                              r"(?:number|figure|total|amount))\s+(?:is|are|was|were|should\s+have\s+been)\b|\bin\s+error\b)", re.I)

# ... and the number it gives in its place, in the same notice: '...; it is 20', '... The correct figure is 20.'
_CORRECTION_BEFORE = re.compile(r"\b(?:earlier|previous|original|first)\s+version\b[^\n]{0,120}?[.;,:]\s*(?:but\s+)?"
                                r"(?:it|this|that|the\s+(?:correct|right|actual)\s+(?:\w+\s+)?(?:number|figure|total)|there)"
                                r"\s+(?:is|are|was|were)\s+(?:actually\s+|in\s+fact\s+)?$", re.I)
# a number word in a place's or a body's name, among capitalised words: 'Sutton Four Oaks', 'Seven
# Sisters Road', 'the Five Towns Partnership' ('In Leeds Four children ...' has no capital after it)
_NAME_NUMBER = re.compile(r"(?-i:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)")
_TITLE_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b(?-i:[A-Z][a-z]+)\s+$")
_TITLE_AFTER = re.compile(r"^\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?:were|was|are|is|had|have|of)\b)")


def identifier_reason(text: str, start: int, end: int) -> str | None:
    """Why the number at start..end names a thing, not an amount: 'register', 'service', 'numbered',
    'countdown', 'name' or 'corrected'; else None."""
    raw = text[start:end]
    before, after = text[max(0, start - 70):start], text[end:end + 40]
    if re.fullmatch(r"\d{5,9}", raw) and _REGISTER_BEFORE.search(before) and _REGISTER_AFTER.match(after):
        return "register"  # 'Registered community interest company 12904477.'
    if raw in SERVICE_NUMBERS and (_NHS_BEFORE.search(before) or _SERVICE_BEFORE.search(before)
                                    and _SERVICE_AFTER.match(after)):
        return "service"  # 'the 999 emergency ambulance service', 'NHS 111'
    if re.fullmatch(r"\d{1,3}", raw) and _NUMBERED_BEFORE.search(before[-20:]):
        return "numbered"  # 'the Clerk said camera 6 had been out of action'
    if re.fullmatch(r"\d{1,3}", raw) and _LINE_OPEN.search(before) and _COUNTDOWN_AFTER.match(after):
        return "countdown"  # '21 days left' under a campaign's total
    if _NAME_NUMBER.fullmatch(raw) and _TITLE_BEFORE.search(before) and _TITLE_AFTER.match(after):
        return "name"  # 'Councillor Imran Sadiq (Con, Sutton Four Oaks) asked ...'
    if (m := _PRINT_NOTICE_BEFORE.search(text[max(0, start - 150):start])) and (m["wrong"] or _PUT_RIGHT_AFTER.match(text[end:end + 60])):
        return "corrected"  # 'In last week's edition we said the budget was £98m. It is £89m.'
    if _CORRECTED_BEFORE.search(text[max(0, start - 130):start]) or _CORRECTION_BEFORE.search(text[max(0, start - 170):start]):
        return "corrected"  # 'An earlier version said 21 wards were holding elections; it is 20.'
    return None


def is_countdown_label(label: str) -> bool:
    """Whether a cell's label makes its number a countdown ('days left', 'hours to go')."""
    return bool(_COUNTDOWN_LABEL.fullmatch(label.strip()))
