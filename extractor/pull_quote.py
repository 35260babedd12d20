"""Pull quotes set without quotation marks: a short paragraph in the speaker's own voice, then
a dash line that names who said it ('I was listened to for once.' / '– Young person, aged 15').

A report's layout sets these in a box or in italics; the text keeps only the words and the
attribution line. The paragraph must speak in the first person ('I', 'we', 'my'), end its
sentence, hold no quotation marks, and the line under it must be an en or em dash (not a list's
hyphen) before a name or a person's role, with no second dash line under it (a list).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .quotes import QuoteSpan, words
from .speakers.vocabulary import person_nouns

ATTRIBUTION_RE = re.compile(r"[ \t]*(?:[\u2015\u2014\u2013]|--)[ \t]*([A-Z][^,\n]{1,60}?)"
                            r"[ \t]*(?:,[^\n]{0,100})?$")
DASH_START_RE = re.compile(r"[ \t]*(?:[\u2015\u2014\u2013-]|--)")
FIRST_PERSON = {"i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "us", "our"}
MARKS = "\"\u201c\u201d"
# a numbered paragraph or a list item is the report's own text: '3.2 The unit …', '• …'
NUMBERED_RE = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*[.)]?[ \t]|[\u2022\u25cf\u25aa*>]|\(cid:)")
MIN_WORDS, MAX_WORDS = 6, 80
NAME_WORDS = 4


Named = Callable[[int, int], bool]  # whether the text between two offsets is a person's name


def attribution_line(text: str, start: int, end: int, named: Named) -> bool:
    """A dash line naming a speaker: '– Young person, aged 16', '— Amira Khan, parent'."""
    line = text[start:end]
    m = ATTRIBUTION_RE.fullmatch(line)
    if m is None or len(line.split()) > 16 or line.rstrip()[-1:] in ".!?:;" \
            or line.rstrip()[-1:] in "\u2015\u2014\u2013-":
        return False
    who = m.group(1).split()
    if who[-1].lower() in person_nouns() and len(who) <= NAME_WORDS:
        return True  # 'Young person', 'Foster carer', 'A parent'
    return 2 <= len(who) <= NAME_WORDS and named(start + m.start(1), start + m.end(1))


def voiced(para: str) -> bool:
    """A sentence or more in someone's own voice, with no quotation marks of its own."""
    ws = words(para)
    return MIN_WORDS <= len(ws) <= MAX_WORDS and para.rstrip()[-1:] in ".!?" \
        and not any(c in MARKS for c in para) and bool(FIRST_PERSON & set(ws)) \
        and not NUMBERED_RE.match(para) and not DASH_START_RE.match(para)


def pull_quote_spans(text: str, named: Named) -> list[QuoteSpan]:
    """Every unmarked pull quote of `text`: the paragraph above a dash attribution line."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    spans: list[QuoteSpan] = []
    for k in range(len(lines) - 1):
        (s, e), (ls, le) = lines[k], lines[k + 1]
        if not attribution_line(text, ls, le, named):
            continue
        if k + 2 < len(lines) and DASH_START_RE.match(text, lines[k + 2][0]):
            continue  # dash lines one after another are a list
        while s < e and text[s].isspace():
            s += 1
        if voiced(text[s:e]):
            spans.append(QuoteSpan(s, e, s, e, True, s, e))
    return spans
