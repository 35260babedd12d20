"""Signatures: the name a letter or a post is signed with, on its last line, for the 'I' who
writes it ('As I said at the committee: "…"' in a letter signed 'Cllr Ann Hale, Leader').
"""

from __future__ import annotations

import re

from .context import Context, Speaker
from .names import clean, full_name, strip_honorifics
from .vocabulary import HONORIFICS, NAME_PARTICLES, ROLE_HEADS, person_nouns

# a line that divides one letter from the next: '----', '* * *', '____', '==='
RULE_LINE_RE = re.compile(r"^[ \t]*(?:[-_*=~\u2013\u2014][ \t]*){3,}$", re.M)
LETTER_CHARS = 4000  # how far a letter may run on after the quote before its signature
SIGN_WORDS = 5  # words of a signed name, honorifics included


def signature(ctx: Context, at: int) -> Speaker | None:
    """Who signs the letter that holds position `at`: the last line before the next rule line
    (or the end of the text), when it is a name alone or a name and what follows a comma
    ('Margaret Hill, Rothwell', 'Cllr Dan Reed, Executive Member for Children')."""
    end = len(ctx.text)
    rule = RULE_LINE_RE.search(ctx.text, at)
    if rule is not None:
        end = rule.start()
    if end - at > LETTER_CHARS:
        return None
    lines = [ln.strip() for ln in ctx.text[at:end].split("\n") if ln.strip()]
    if len(lines) < 2:
        return None  # the quote's own line is no letter with a signature under it
    if len(lines) >= 3 and PLACE_LINE_RE.fullmatch(lines[-1]):
        above = signed_line(ctx, lines[-2])  # 'Margaret Hill' / 'Rothwell' on two lines
        if above is not None:
            return above
    return signed_line(ctx, lines[-1])


# a town alone on the line under a signed name: 'Rothwell', 'Market Harborough'
PLACE_LINE_RE = re.compile(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}")


def signed_line(ctx: Context, line: str) -> Speaker | None:
    """The person a signature line names, with the role written after the name if it is one."""
    line = line.lstrip("-\u2013\u2014 ")  # '\u2014 Margaret Hill, Rothwell'
    if not line or line[-1:] in ".!?:;\"\u201d" or len(line.split()) > 20:
        return None
    name, _, rest = (part.strip() for part in line.partition(","))
    name = name.title() if name.isupper() else name  # 'MARGARET HILL, Rothwell'
    words = name.split()
    if not 2 <= len(words) <= SIGN_WORDS or not all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha()
            or w in NAME_PARTICLES for w in words):
        return None
    bare = strip_honorifics(name)
    if len(bare.split()) < 2 and words[0].lower().strip(".") not in HONORIFICS:
        return None  # 'Kettering', a place alone, signs nothing
    role_words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
    role = clean(rest) if role_words & (person_nouns() | ROLE_HEADS) else None
    return Speaker(full_name(ctx, bare), role, person=True)
