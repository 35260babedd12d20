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
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc, Span

LEXICON_FILE = "metric_lexicon.json"


@dataclass(frozen=True, slots=True)
class Name:
    """One name of one metric, as the lexicon gives it."""

    metric: str
    kind: str  # noun | prop | family | foreign (a thing that fits no metric)
    family: str | None
    text: str


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
            out.append(Name(metric, kind, family, n) if isinstance(n, str) else Name(metric, n["kind"], family, n["text"]))
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


@functools.lru_cache(maxsize=4)
def wrapped_matcher(vocab: Any) -> tuple[Matcher, dict[str, Name]]:
    """A Matcher for every name of two or more words that lets a line break (a whitespace
    token) stand between its words: 'has published 2 local\nchild safeguarding practice reviews'."""
    from spacy.matcher import Matcher

    from .pipeline import get_nlp

    tokenizer = get_nlp().tokenizer
    match = Matcher(vocab)
    by_key: dict[str, Name] = {}
    for i, name in enumerate(names()):
        key = f"lexw{i}"
        patterns = []
        for v in variants(name.text):
            words = [t.lower_ for t in tokenizer(v.lower())]
            if len(words) > 1:
                pattern: list[dict[str, Any]] = []
                for w in words:
                    if pattern:
                        pattern.append({"IS_SPACE": True, "OP": "?"})
                    pattern.append({"LOWER": w})
                patterns.append(pattern)
        if patterns:
            by_key[key] = name
            match.add(key, patterns)
    return match, by_key


def find(doc: Doc | Span) -> list[tuple[Name, int, int]]:
    """(name, start token, end token) of every lexicon name in `doc`, longest first at a start;
    a name broken over two lines of a text is found too."""
    phrase, by_key = matcher(doc.vocab)
    found = {(by_key[doc.vocab.strings[mid]], s, e) for mid, s, e in phrase(doc)}
    if any(t.is_space for t in doc):
        wrap, by_wkey = wrapped_matcher(doc.vocab)
        at = getattr(doc, "start", 0)  # on a Span the Matcher counts from the span's start
        found |= {(by_wkey[doc.vocab.strings[mid]], s + at, e + at) for mid, s, e in wrap(doc)}
    return sorted(found, key=lambda f: (f[1], -(f[2] - f[1])))


def name_metric(text: str) -> Name | None:
    """The lexicon name that is exactly `text` (any case, either apostrophe, singular or plural)."""
    low = " ".join(text.lower().replace("\u2019", "'").split())
    for name in names():
        if low in (v.lower().replace("\u2019", "'") for v in variants(name.text)):
            return name
    return None
