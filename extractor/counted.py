"""What a number counts when it names no noun of its own: the set it is drawn from.

A reader takes 'Nine of the notifications', 'a dozen of them', 'Of these, 58 were ...',
'Seven of the nine' and 'the remaining two' as parts of a set said before. `set_reference`
finds that construction in the dependency parse and says what kind of set it names:

- `noun`: the set is a noun phrase of its own ('of the notifications', 'of those babies');
- `pronoun`: a pronoun or demonstrative stands for a set said before ('of them', 'of these
  cases', 'Of these,', 'of which');
- `number`: the set is a number said before ('Seven of the nine' -> the nine);
- `remainder`: 'the remaining two', 'the other four'.

`figures` then takes the set's metric from the lexicon (noun) or from the earlier figure the
set refers to (the others).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

SET_PRONOUNS = {"them", "these", "those", "which", "whom", "both", "all"}
DEMONSTRATIVES = {"these", "those", "them", "which", "this", "that"}
# nouns that stand for whatever set was said before ('of these cases', 'of those children')
PLACEHOLDERS = {"case", "cases", "child", "children", "family", "families", "one", "ones",
                "young", "people", "person", "instance", "instances", "example", "examples"}
REMAINDER = {"remaining", "other", "rest"}
MAX_LOOK = 8


@dataclass(frozen=True, slots=True)
class SetRef:
    """The set a number is drawn from."""

    kind: str  # noun | pronoun | number | remainder
    token: int = -1  # the set noun, or the set's number token, when the text names one
    value: float | None = None  # the set's size, when it is a number ('of the nine')


def _after_of(doc: Doc, i: int, end: int) -> SetRef | None:
    """The set named after 'of' at token i: '(the|these) [NUM] [ADJ] NOUN' or a pronoun."""
    from .numbers import parse_number

    j, number, demonstrative = i + 1, None, False
    while j < end and doc[j].pos_ in ("DET", "PRON", "NUM", "ADJ", "PART") and doc[j].dep_ != "nsubj":
        low = doc[j].lower_
        if low in DEMONSTRATIVES:
            demonstrative = True
        if doc[j].pos_ == "NUM" or doc[j].like_num:
            number = j
        if doc[j].pos_ == "PRON" and low in SET_PRONOUNS and not (j + 1 < end and doc[j + 1].pos_ in ("NOUN", "PROPN")):
            return SetRef("pronoun")
        if low in ("'s", "’s"):
            demonstrative = False
        j += 1
    while j + 2 < end and doc[j].pos_ in ("NOUN", "PROPN") and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # a possessor: 'of the review's recommendations' counts recommendations
        while j < end and doc[j].pos_ in ("NUM", "ADJ"):
            j += 1
    if j < end and doc[j].pos_ in ("NOUN", "PROPN"):
        noun = doc[j]
        while noun.i + 1 < end and doc[noun.i + 1].pos_ in ("NOUN", "PROPN") and doc[noun.i + 1].dep_ != "nsubj":
            noun = doc[noun.i + 1]
        if demonstrative and noun.lower_ in PLACEHOLDERS:
            return SetRef("pronoun", noun.i)
        return SetRef("noun", noun.i)
    if number is not None:
        text = doc[number].text
        return SetRef("number", number, parse_number(text.replace(",", "")) if text[:1].isdigit()
                      else _word_value(text))
    return None


def _word_value(text: str) -> float | None:
    from .numbers import parse_words
    return parse_words(text)


def set_reference(doc: Doc, ts: int, te: int) -> SetRef | None:
    """The set the number at tokens [ts, te) is drawn from, or None when it is no part of a set."""
    sent = doc[ts].sent
    end = min(sent.end, te + MAX_LOOK)
    if te < len(doc) and doc[te].lower_ == "of":  # 'nine of the notifications', 'five of them'
        return _after_of(doc, te, end)
    if ts > 0 and doc[ts - 1].lower_ in REMAINDER and ts > 1 and doc[ts - 2].lower_ in ("the", "a"):
        return SetRef("remainder")  # 'the remaining two', 'the other four'
    # 'Of these, 58 were ...', 'Of these children, 71 live ...', 'of which 29 did not ...'
    if te < len(doc) and doc[te].pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # 'of those eleven cases': the number sizes the set, it is no part of it
    lo = max(sent.start, ts - 6)
    for k in range(ts - 1, lo - 1, -1):
        if doc[k].lower_ == "of" and k + 1 < ts and doc[k + 1].lower_ in DEMONSTRATIVES:
            between = doc[k + 1:ts]
            if all(t.pos_ in ("DET", "PRON", "NOUN", "ADJ", "PUNCT", "ADV") or t.lower_ in ("around", "about")
                   for t in between):
                nouns = [t for t in between if t.pos_ == "NOUN"]
                if nouns and nouns[-1].lower_ not in PLACEHOLDERS:
                    return SetRef("noun", nouns[-1].i)
                return SetRef("pronoun", nouns[-1].i if nouns else -1)
            break
        if doc[k].like_num:
            break
    return None
