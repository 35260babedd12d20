"""Counter: a web page's or a mailing's own counters, not reported figures.

A video page shows its views and likes ('1,208 views', '46 likes | Subscribe'), a help page how
many readers found it useful ('12 people found this page useful'), a newsletter how many it went
to ('Sent to 1,960 subscribers.'). Each stands as a piece of the page's furniture: alone on its
line or between separators ('|', '·', a wide gap). A count of the people a service reached is said
in a sentence ('the bulletin now reaches 1,960 practitioners'). (A list's pager, 'Showing 5 of 10 rows',
is furniture.furniture_reason's.)"""

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

