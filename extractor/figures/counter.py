"""Counter: a web page's or a mailing's own counters, not reported figures.

A video page shows its views and likes ('1,208 views', '46 likes | Subscribe'), a help page how
many readers found it useful ('12 people found this page useful'), a newsletter how many it went
to ('Sent to 1,960 subscribers.'). Each stands as a piece of the page's furniture: alone on its
line or between separators ('|', '·', a wide gap). A count of the people a service reached is said
in a sentence ('the bulletin now reaches 1,960 practitioners'). A list's pager says how much of
a list or table the page shows ('Showing 5 of 10 rows', 'Displaying 1-20 of 348 results',
'Results 11 to 20 of 57'): the page's furniture, not a reported figure."""

from __future__ import annotations

import re

_NOUN = (r"(?:views?|likes?|dislikes?|shares?|retweets?|reposts?|reactions?|upvotes?|subscribers?|followers?|"
         r"watching|plays|listens|reads|downloads?|"
         r"(?:people|readers|users|visitors)\s+(?:found|find|liked|like)\s+this(?:\s+\w+){0,3})")
# what ends a piece of furniture: the line, a separator, a wide gap, or a UI word after a full stop
_PIECE_END = r"[ \t]*[.!]?[ \t]*(?:$|\n|[|·•]|\s{2,})"
_AFTER = re.compile(r"^[ \t]+" + _NOUN + _PIECE_END, re.I)
# what opens one: the line, a separator, a wide gap, or a mailing's 'Sent to', 'Shared with'
_BEFORE = re.compile(r"(?:^|\n|[|·•]|\s{2,}|\b(?:sent|delivered|emailed|shared)\s+(?:to|with))[ \t]*$", re.I)


def is_counter(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a page's or a mailing's counter ('1,208 views')."""
    return bool(_AFTER.match(text[end:end + 60]) and _BEFORE.search(text[max(0, start - 30):start]))


# A list's or table's pager: 'Showing 5 of 10 rows', 'Showing 1 to 25 of 312 entries',
# 'Displaying 1-20 of 348 results', 'Viewing 10 of 84 datasets'; at a line's start without the
# noun: 'Results 11 to 20 of 57', 'Showing 3 of 12'. ('an audit showing 12 of 40 plans were late'
# is a sentence: no list noun and not at a line's start)
_SPAN = r"(?:\d[\d,]*\s*(?:-|–|to)\s*)?\d[\d,]*\s+of\s+(?:about\s+)?\d[\d,]*"
_PAGER = re.compile(r"\b(?:showing|displaying|viewing)\s+" + _SPAN +
                    r"\s+(?:rows|entries|records|results|items|datasets|documents|files)\b|"
                    r"(?:^|\n)[ \t]*(?:showing|displaying|viewing|results|records|items)\s+" + _SPAN +
                    r"[ \t]*(?:\(|$|\n)", re.I | re.M)


def in_pager(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is part of a list's pager ('Showing 5 of 10 rows')."""
    off = max(0, text.rfind("\n", 0, start) + 1, start - 60)
    return any(m.start() + off <= start and end <= m.end() + off for m in _PAGER.finditer(text[off:end + 60]))
