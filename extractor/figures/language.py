"""Language: whether a sentence is written in English, from the share of English function words.

A bilingual release (Welsh then English, or English then French) states each fact twice; the
record reads the English text, so a number in a sentence of another language is a repeat, not
a new figure. English prose is about half function words ('the', 'of', 'in', 'were', 'that'),
and nearly all its short words are function words; a Welsh, French or Spanish sentence has its
own short function words ('yn', 'o', 'ar', 'de', 'la', 'et', 'el'), which English lacks. Names
and headings in Title Case are left out (only the words written in lower case are counted), and
a sentence of few words, a table row or a list of noun phrases is never judged."""

from __future__ import annotations

import functools
import re

# a word with its inner hyphens and apostrophes ('dip-sampled', "children's" are one word each)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MIN_WORDS = 8  # lower-case words a sentence needs before its language is judged
_MIN_SHORT = 3  # short words (three letters or fewer) it needs
_MAX_SHARE = 0.2  # English function words among its lower-case words, at most, for another language
_MAX_SHORT_SHARE = 0.5  # ... and among its short words
# where a sentence ends: a full stop, question or exclamation mark and a space, or a line break
_END = re.compile(r"[.!?][\"”’')]*\s|\n")


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@functools.lru_cache(maxsize=4096)
def is_foreign(sentence: str) -> bool:
    """True when `sentence` has enough lower-case words to judge and few are English function words."""
    words = [w for w in _WORD.findall(sentence) if w.islower()]
    short = [w for w in words if len(w) <= 3]
    words = [re.sub(r"[’']s$", "", w) for w in words]
    if len(words) < _MIN_WORDS or len(short) < _MIN_SHORT:
        return False
    stop = _stop_words()
    share = sum(w in stop for w in words) / len(words)
    short_share = sum(w in stop for w in short) / len(short)
    return share < _MAX_SHARE and short_share < _MAX_SHORT_SHARE


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds the characters start..end (cut at '. ' and line breaks)."""
    lo = 0
    for m in _END.finditer(text, max(0, start - 400), start):
        lo = m.end()
    stop = _END.search(text, end, end + 400)
    return text[lo:stop.start() + 1 if stop else min(len(text), end + 400)]


def in_foreign_sentence(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end sits in a sentence of another language."""
    return is_foreign(sentence_around(text, start, end))
