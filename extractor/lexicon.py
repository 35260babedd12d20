"""The metric lexicon: every name people use for each metric (models/metric_lexicon.json).

Names are data, so that an abbreviation ('CPP', 'S47'), a misspelling ('enquires') or a
Welsh / Scottish name ('child protection register', 'child practice review') is one line in
the file, not a rule in code. Each name matches case-insensitively as whole tokens, in the
singular and the plural, with either apostrophe. A name may carry its own kind ('notified to the
panel' is a property of cases, while the metric's other names are nouns). The 'other' entry lists things people count
that fit no metric (conferences, assessments, staff): a number that counts one of them is
'other' because its counted thing was found, not because nothing was.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .pipeline import MODELS_DIR

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span

LEXICON_FILE = "metric_lexicon.json"


@dataclass(frozen=True, slots=True)
class Name:
    """One name of one metric, as the lexicon gives it."""

    metric: str
    kind: str  # noun | prop | family | foreign (a thing that fits no metric)
    family: str | None
    text: str
    key: str = ""  # the lexicon entry it stands under ('lcsprs' for every LCSPR stage)


@functools.lru_cache(maxsize=1)
def names() -> tuple[Name, ...]:
    """Every name in the lexicon, in file order."""
    data: dict[str, Any] = json.loads((MODELS_DIR / LEXICON_FILE).read_text(encoding="utf-8"))
    out: list[Name] = []
    for key, entry in data["metrics"].items():
        family = entry.get("family")
        metric = "other" if key == "other" or family else key
        kind = "foreign" if key == "other" else entry["kind"]
        for n in entry["names"]:  # a name is its text, or {text, kind} when it reads otherwise
            out.append(Name(metric, kind, family, n, key) if isinstance(n, str) else
                       Name(metric, n["kind"], family, n["text"], key))
    return tuple(out)


def _plural(word: str) -> str:
    low = word.lower()
    if low.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not low.endswith("s") else word
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


_INVARIANT = {"children", "people", "staff", "care", "harm"}
_PREPOSITIONS = {"for", "to", "in", "of", "on", "under", "into", "by", "with", "from", "about"}


# words after a head noun that are no noun: particles and irregular participles ('cases put
# forward for review', 'cases sent for review', 'passed away', 'badly hurt')
_NOT_NOUNS = {"forward", "up", "away", "back", "out", "down", "put", "sent", "taken", "hurt", "held", "made",
              "brought", "known", "given", "seen"}


def _not_noun(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") or low.endswith("ly") and not low.endswith("ily") or low in _NOT_NOUNS


def _head(words: list[str]) -> int:
    """The index of a name's head noun: the last word before its first preposition, passing
    back over participles and particles ('cases referred for review', 'incidents notified',
    'cases put forward for review')."""
    end = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS and i > 0), len(words))
    i = end - 1
    while i > 0 and _not_noun(words[i]):
        i -= 1
    return i


def plural(text: str) -> str:
    """The name with its head noun in the plural ('referral for review' -> 'referrals for review')."""
    words = text.split()
    if words[0].lower() in ("child", "children") and (len(words) == 1 or words[1].lower() in _PREPOSITIONS
                                                      or words[1].lower() in ("looked", "subject", "who", "we",
                                                                              "receiving")):
        return " ".join(["children"] + words[1:])  # 'child in need' -> 'children in need'; 'child
        # protection referral' -> 'child protection referrals' (child is no head there)
    i = _head(words)
    if words[i].lower() in _INVARIANT:
        return text
    if words[i].isupper() or not words[i][-1:].isalpha() or _not_noun(words[i]):
        return text + ("s" if words[i].isupper() and i == len(words) - 1 and not text.endswith("s") else "")
    if words[i].lower() == "child":
        return " ".join(words[:i] + ["children"] + words[i + 1:])
    return " ".join(words[:i] + [_plural(words[i])] + words[i + 1:])


def variants(text: str) -> list[str]:
    """The written forms a name matches: as given, its head noun plural, either apostrophe."""
    forms = {text, plural(text)}
    forms |= {f.replace("'", "\u2019") for f in forms}
    return sorted(forms)


@functools.lru_cache(maxsize=4)
def matcher(vocab: Any) -> tuple[PhraseMatcher, dict[str, Name]]:
    """A PhraseMatcher over lower-cased tokens for every variant of every name."""
    from spacy.matcher import PhraseMatcher

    from .pipeline import get_nlp

    tokenizer = get_nlp().tokenizer
    phrase = PhraseMatcher(vocab, attr="LOWER")
    by_key: dict[str, Name] = {}
    for i, name in enumerate(names()):
        key = f"lex{i}"
        by_key[key] = name
        phrase.add(key, [tokenizer(v.lower()) for v in variants(name.text)])
    return phrase, by_key


def find(doc: Doc | Span) -> list[tuple[Name, int, int]]:
    """(name, start token, end token) of every lexicon name in `doc`, longest first at a start;
    a name broken over two lines of a text is found too ('has published 2 local\nchild
    safeguarding practice reviews'): the PhraseMatcher runs again over the words with the
    whitespace tokens left out, and a match that spans one is mapped back to the Doc's tokens."""
    from spacy.tokens import Doc as _Doc

    phrase, by_key = matcher(doc.vocab)
    found = {(by_key[doc.vocab.strings[mid]], s, e) for mid, s, e in phrase(doc)}
    if any(t.is_space for t in doc):
        kept = [t.i for t in doc if not t.is_space]  # Doc indices, on a Span too
        words = _Doc(doc.vocab, words=[doc.doc[i].text for i in kept])
        for mid, s, e in phrase(words):
            start, end = kept[s], kept[e - 1] + 1
            if end - start != e - s:  # only the matches a line break splits: the rest are found above
                found.add((by_key[doc.vocab.strings[mid]], start, end))
    return sorted(found, key=lambda f: (f[1], -(f[2] - f[1])))


def name_metric(text: str) -> Name | None:
    """The lexicon name that is exactly `text` (any case, either apostrophe, singular or plural)."""
    low = " ".join(text.lower().replace("\u2019", "'").split())
    for name in names():
        if low in (v.lower().replace("\u2019", "'") for v in variants(name.text)):
            return name
    return None
