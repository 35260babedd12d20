"""Counter: a web page's or a mailing's own counters, not reported figures.

A video page shows its views and likes ('1,208 views', '46 likes | Subscribe'), a help page how
many readers found it useful ('12 people found this page useful'), a newsletter how many it went
to ('Sent to 1,960 subscribers.'). Each stands as a piece of the page's furniture: alone on its
line or between separators ('|', '·', a wide gap). A forum prints the same about its members, its
topics and itself: a member's tally under the name ('Full Member  *  Posts: 237', 'Likes: 9', 'Karma:
+12'), how often a topic was read ('(Read 1,046 times)', 'Viewed 905 times'), who is reading now ('2
Members and 5 Guests are viewing this topic') and who is online ('Members online: 158 (6 hidden)').
A count of the people a service reached is said in a sentence ('the bulletin now reaches 1,960
practitioners', '412 posts were filled'). (A list's pager, 'Showing 5 of 10 rows', 'Pages: [1] 2', is
furniture.furniture_reason's.)"""

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


_N = r"\d[\d,]*"
# a forum's field, opening its line or after a separator: 'Posts: 237', 'Likes: 9', 'Total members: 4,120'
_FIELD = re.compile(r"(?:^|[|·•*]|\s{2,})[ \t]*(?:total\s+)?(?:posts|likes|thanks|karma|reputation|rep|replies|views|"
                    r"reactions|points|messages|topics|threads|members|comments|kudos|stars|badges)\s*:[ \t]*\+?"
                    rf"({_N})(?=[ \t]*(?:$|[|·•*(]|\s{{2,}}))", re.I | re.M)
# how often a topic or a page was read, in brackets or closing its line: '(Read 1,046 times)'
_READ = re.compile(rf"\(\s*(?:read|viewed|seen|opened)\s+({_N})\s+times?\s*\)|"
                   rf"(?:^|[|·•]|\s{{2,}})[ \t]*(?:read|viewed|seen)\s+({_N})\s+times?[ \t]*$", re.I | re.M)
# who is reading a topic now: '2 Members and 5 Guests are viewing this topic', '12 users are browsing this forum'
_ROLE = r"(?:members?|guests?|users?|visitors?|readers?|people|anonymous\s+users?|bots?)"
_VIEWING = re.compile(rf"({_N})\s+{_ROLE}(?:\s*(?:,|and|&)\s*({_N})\s+{_ROLE})*\s+(?:are|is)\s+"
                      r"(?:viewing|browsing|reading|watching)\s+this\s+(?:topic|thread|board|forum|page|post|story|article)\b",
                      re.I)
# who is online: 'Members online: 158 (6 hidden)', 'Users online 48', 'Online now: 31'
_ONLINE = re.compile(rf"(?:\b{_ROLE}\s+online|\bonline\s+now|\bmost\s+(?:users|members)\s+ever\s+online(?:\s+was)?)"
                     rf"\s*:?\s*({_N})(?:\s*\(\s*({_N})\s+(?:hidden|guests?|members?|users?|anonymous|bots?)\s*\))?", re.I)


def _in_forum_tally(text: str, start: int, end: int) -> bool:
    for pattern in (_FIELD, _READ, _VIEWING, _ONLINE):
        for m in pattern.finditer(text, max(0, text.rfind("\n", 0, start) + 1), min(len(text), end + 80)):
            if m.start() <= start and end <= m.end() and any(m.start(g) == start for g in range(1, (m.lastindex or 0) + 1)
                                                             if m.group(g)):
                return True
    return False


def is_counter(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a page's, a mailing's or a forum's counter ('1,208 views',
    'Posts: 237', '(Read 1,046 times)', 'Members online: 158 (6 hidden)')."""
    return bool(_AFTER.match(text[end:end + 60]) and _BEFORE.search(text[max(0, start - 30):start])) or \
        _in_forum_tally(text, start, end)

