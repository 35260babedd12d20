"""One: the word 'one' as the count of a thing ('one household was approved'), not a pronoun
('one of the reasons'), an idiom ('one way', 'at one point') or a set's member said before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# nouns 'one' makes an idiom of, or that count no thing: 'one way', 'one example', 'one day'
_IDIOM_NOUNS = frozenset(
    "way ways thing things example examples reason reasons point points side hand part aspect theme themes message "
    "question word words option day days time times year years month months week weeks moment occasion place "
    "voice another other step stop team area areas issue kind type sort form piece level lesson end "
    "line sentence page paragraph night morning evening afternoon weekend".split())
# the roles a counted thing takes in its clause: 'One allegation ... was referred' (subject), 'placed
# one child with ...' (object); not 'in one case' or 'at one point' (a preposition's object)
_SPEECH_VERBS = frozenset("say tell describe explain add comment write recall admit warn ask argue "
                          "claim insist note put speak share believe feel think".split())
_BOUND_BEFORE = re.compile(r"\b(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|up\s+to|under|"
                          r"no\s+more\s+than|exactly)\s+$", re.I)
_MODALS = frozenset("can could may might must should would will shall 'll ’ll 'd ’d".split())
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"})


def counts_a_thing(doc: Doc, ts: int, te: int) -> bool:
    """Whether the 'one' at tokens ts..te counts the noun right after it, that noun the subject
    or object of its clause and no idiom: 'one household was approved', 'One complaint about
    a volunteer was passed on', 'approved one carer with a disability'."""
    if te - ts != 1 or te >= len(doc):
        return False
    one, noun = doc[ts], doc[ts].head
    if one.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.lower_ in _IDIOM_NOUNS or not te <= noun.i <= te + 3:
        return False
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PART") for t in doc[te:noun.i]):
        return False  # 'one new children's home', not across a verb or a clause
    if ts > 0 and doc[ts - 1].lower_ in ("the", "this", "that", "any", "each", "every", "no", "which", "at"):
        return False
    if any(t.lower_ in ("not", "n't", "n’t", "never") for t in doc[max(0, ts - 3):ts]):
        return False  # 'That is not about one agency getting it wrong': any one, denied
    if _BOUND_BEFORE.search(doc[max(0, ts - 3):ts].text + " "):
        return False  # 'joined at least one session', 'where more than one category is recorded': a bound
    verb = noun.head if noun.dep_ != "conj" else noun.head.head
    if noun.dep_ == "attr" and verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "expl" for c in verb.children):
        return False  # 'From now on there is one front door': how a thing is arranged, not a count
    if any(t.dep_ == "aux" and t.lower_ in _MODALS for t in verb.children):
        return False  # 'one pupil can have several absences': any one, not a count
    if noun.dep_ in ("nsubj", "nsubjpass") and any(t.lemma_.lower() in _SPEECH_VERBS and t.pos_ == "VERB"
                                                  for t in doc[noun.i + 1:noun.sent.end]):
        return False  # 'One mother, whose son was hurt, said ...': an unnamed speaker
    return noun.dep_ in _ROLES


# a passive verb whose subject 'One' opens its sentence: 'One was adopted as a Channel case', 'One was upheld'
_PASSIVE_AUX = frozenset({"was", "were", "has", "had"})


def one_of_a_set_just_counted(doc: Doc, ts: int, te: int) -> bool:
    """Whether a sentence-opening 'One' is a part of the things the sentence before counted, said
    with a passive verb: 'The College made 6 referrals to Prevent. One was adopted as a Channel
    case.', 'Nine complaints were received. One was upheld.' ('One was enough.' counts nothing; 'Two
    parents spoke. One said ...' is a speaker)."""
    if te - ts != 1 or te + 1 >= len(doc) or doc[ts].lower_ != "one" or doc[ts].sent.start != ts or ts == 0:
        return False
    aux, verb = doc[te], doc[te + 1]
    if aux.lower_ not in _PASSIVE_AUX or verb.tag_ != "VBN" or aux.lower_ in ("has", "had") and doc[te + 1].lower_ != "been":
        return False
    before = doc[ts - 1].sent
    return any(t.like_num and t.head.tag_ == "NNS" and t.head.i > t.i for t in before)
