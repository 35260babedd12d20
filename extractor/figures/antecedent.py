"""Antecedents: comparators, elided counts, subsets and shares take the metric of the figure
they follow ('up from 12 in 2021/22', '12 had been completed', 'Of these, 58 ...')."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .. import counted
from ..numbers import Quantity
from .analysis import CASE_OUTCOMES, _FAMILY_METRICS, _FAMILY_STAGE, _MEASURE_RULES, _OTHER_UNITS, _Candidate, _Hit, sentence_start_back
from .unit import _from_end, _from_to_start, change_base
from .caseload import CASELOAD
from .rate import RATE_OTHER, names_a_thing, rate_token
from .resolve import _GENERIC_NOUNS, _counted_noun as counted_noun, _stage_of, sized_change_at
from ..line import hard_break_in
from ..pipeline import doc_text, text_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# verbs by which a subset turns into another thing ('Of these, 402 led to a conference')
_CONVERSION_VERBS = {"lead", "become", "result", "progress", "convert", "proceed"}
INHERITED_CONFIDENCE = 0.8


_COMPARATOR_BEFORE = re.compile(
    r"(?:compare[ds]?\s+(?:with|to)|up\s+from|down\s+from|\bfrom|\bthan|against|versus|\bvs\.?|"
    r"england:?|wales:?|scotland:?|northern\s+ireland:?|neighbours:?|\bsn:?|nationally:?|average:?|average\s+of|rate\s+of|figure\s+for\s+\w+\s+(?:was|is)|"
    r"equivalent\s+to|equal\s+to|equating\s+to|(?:increase|rise|fall|decrease|reduction|drop)\s+of|(?:up|down)\s+by|"
    r"\(\s*(?:19|20)\d\d\s*/\s*\d\d\s*:|;|"
    # the figure said again of another place or time by a pronoun: 'below London, where it's 57',
    # 'Nationally it's nearer 24', 'last year it was 41'
    r"\bit(?:'s|’s|\s+is|\s+was|\s+stood\s+at|\s+stands\s+at)"
    r")\s*(?:the\s+|an?\s+)?(?:england\s+|national\s+)?$", re.I)
# the new level of a quantity that changed: 'rose by 4% to 3,870', 'reduce the rate to below 10%'
_CHANGE_TO = re.compile(
    r"\b(?:rose|risen|rising|increased?|increasing|fell|fallen|falling|decreased?|dropped|reduced?|"
    r"reducing|grew|grown|climbed|cut|bring|brought)\b(?:\s+by\s+[\d.,]+\s*(?:%|per\s+cent))?"
    r"(?:\s+(?:the|its|their|our|this|that)(?:\s+[\w-]+){1,2})?\s+to(?:\s+(?:below|under|above|less\s+than))?\s*$",
    re.I)
_COMPARATOR_AFTER = re.compile(
    r"^\s*(?:in\s+(?:19|20)\d\d\s*/\s*\d\d|the\s+(?:year|month)\s+before|a\s+year\s+(?:earlier|before|ago)|"
    r"the\s+previous\s+year|last\s+year|in\s+the\s+previous|nationally|in\s+england|"
    r"at\s+the\s+same\s+point)", re.I)


# a bare number in brackets with another year of its own: '21 concerns in 2025 (16 in 2024)'
_BRACKET_OPEN = re.compile(r"\(\s*$")
_BRACKET_YEAR = re.compile(r"^\s*(?:in|for|during)\s+(?:19|20)\d\d(?:\s*[/\-\u2013]\s*(?:\d\d){1,2})?\s*\)")


def _year_in_brackets(before: str, after: str) -> bool:
    """'(16 in 2024)', '(38 in 2023-24)': the same count in another year, said in brackets."""
    return bool(_BRACKET_OPEN.search(before) and _BRACKET_YEAR.match(after))


_CONVERSION = re.compile(r"(?:\brate\s+of|equivalent\s+to|equal\s+to|equating\s+to|\()\s*$", re.I)
_STATUS = re.compile(
    r"\b(?:complete|completed|open|outstanding|overdue|on\s+track|in\s+progress|signed\s+off|"
    r"cleared|closed|implemented|published|commissioned|criteria|threshold|still\s+being|finished|due)\b", re.I)


# a time before the figure's own, said right after it: 'from 478 two years earlier'
_TIME_EARLIER = re.compile(r"\s+(?:\w+\s+)?(?:years?|months?|quarters?|weeks?)\s+(?:earlier|before|ago|previously)\b",
                           re.I)


# a past participle and the time it happened in, after a number: the set said again by what was
# done with it then ('the 1,890 held in 2023/24', 'the 212 received a year earlier')
_DONE_THEN = re.compile(
    r"\s+[a-z]+(?:\s+(?:out|up))?\s+(?:in\s+(?:(?:19|20)\d\d|the\s+(?:previous|last|same)\b)|during\s+(?:19|20)\d\d|"
    r"last\s+year|the\s+(?:year|month|quarter)\s+before|a\s+year\s+(?:earlier|before|ago))", re.I)


def _bare(doc: Doc, c: _Candidate) -> bool:
    """The number names no counted noun of its own ('compared with 16 in 2021/22', 'from 478
    two years earlier', 'than the 1,890 held in 2023/24')."""
    nxt = doc[c.te] if c.te < len(doc) else None
    after = text_after(doc, c.te, 40) if nxt is not None else ""
    if nxt is not None and (_TIME_EARLIER.match(after) or nxt.tag_ in ("VBN", "VBD") and _DONE_THEN.match(after)):
        return True
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB", "NUM") and nxt.lower_ != "of"


def _elliptic(doc: Doc, c: _Candidate, text: str) -> bool:
    """'12 had been completed', '11 of them were complete', 'we cleared 42 of them', 'There are
    17 still open': the counted noun is said before.

    A subset ('Of these, 402 led to a conference') keeps its base metric only when its verb
    is a status the base metric covers (completed, overdue, published, the criteria), or when
    it is the object of the verb ('we cleared 42 of them')."""
    if c.rule == "source":
        return True  # '22 from care leavers': a part said by its source is a part of the set before
    if c.rule != "none" or c.q.unit != "count":
        return False
    tok = doc[c.te - 1]
    nxt = doc[c.te] if c.te < len(doc) else None
    after = text[c.q.end:c.q.end + 20]
    of_pronoun = bool(re.match(r"\s+of\s+(?:them|those|these|which|the\s+\w+\s*(?:[,;.]|had|have|were|was|are|is)\b)",
                               after, re.I))
    dep = tok.dep_ if tok.dep_ not in ("nummod", "quantmod") else tok.head.dep_
    if dep == "dobj" and re.match(r"\s+(?:more|further)\s*(?:[,.;:)]|$|(?:which|that|and|but|in|on|at|during|this|last|"
                                   r"before|after|by|since|over|within)\b)",
                                   after, re.I):
        return True  # 'The board held six rapid reviews. It held two more in the autumn': more of the same noun
    if not of_pronoun and (nxt is not None and nxt.lower_ == "of" or dep not in ("nsubj", "nsubjpass", "attr")):
        return False
    sent = doc[c.ts].sent
    partitive = of_pronoun or dep == "attr" or re.search(
        r"\b(?:of|among)\s+(?:these|those|them|which|whom)\b|\bother\b|\bremaining\b", text[sent.start_char:c.q.start], re.I)
    clause = text[c.q.end:min(sent.end_char, c.q.end + 60)]
    return not partitive or dep == "dobj" or bool(_STATUS.search(clause))


# nouns that stand for whatever was counted before ('12 cases were closed', 'two more ones')
_STAND_FOR_ANY = {"case", "one"}


def _another_set(doc: Doc, c: _Candidate, prev: _Candidate) -> bool:
    """'There were 54 children on plans. 19 families were getting family support', 'It relies on 11
    regular volunteers': a count with a counted noun of its own that is not the noun of the figure
    before it counts another set, so it does not say that figure's set again ('12 had been
    completed', '12 cases were closed', '40 children were seen alone' after children do); after a
    figure with no noun of its own ('a further 7 were in care') nothing shows it is the same set."""
    noun = counted_noun(doc, c.ts, c.te)
    if noun is None or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma not in _STAND_FOR_ANY and lemma != prev.head


def _antecedent(cands: list[_Candidate], i: int, doc: Doc, text: str, stand_in: bool = False) -> _Candidate | None:
    """The figure this one follows: the nearest earlier one of the same unit on the same line of
    the sentence, else the nearest with a metric there, else the same unit one sentence back."""
    c = cands[i]
    sent = doc[c.ts].sent
    prev_start = sentence_start_back(doc, c.ts, 1)
    # a restated set size ('of the nine') with no metric of its own stands for nothing
    usable = [p for p in cands[:i] if not (p.repeat == "drop" and p.metric == "other")]
    same = [p for p in usable if p.ts >= sent.start and not hard_break_in(text, p.q.end, c.q.start)]
    back = [p for p in usable if prev_start <= p.ts < sent.start]
    converts = c.q.unit != "count" and _CONVERSION.search(text[max(0, c.q.start - 25):c.q.start])
    if converts:  # 'a rate of 41.6 per 10,000' restates the count just before it
        pool = [p for p in reversed(same or back) if p.metric != "other"]
        return next((p for p in pool if p.q.unit == "count"), pool[0] if pool else None)
    pick = next((p for p in reversed(same) if p.q.unit == c.q.unit), None)
    if pick is None and _CHANGE_TO.search(text[max(0, c.q.start - 45):c.q.start]):
        # 'rose by 4% to 3,870': the change just said names the quantity
        pick = next((p for p in reversed(same) if p.metric != "other" and p.q.unit == "percent"), None)
    if pick is None and c.q.unit != "count":
        pick = next((p for p in reversed(same or back) if p.metric != "other" and p.q.unit == "count"), None)
    if pick is None and not same:
        pick = next((p for p in reversed(back) if p.q.unit == c.q.unit), None)
    # 'The school had 356 pupils on roll, up from 341 last year': the value again of a thing found
    # that fits no metric is that thing too (a figure whose thing was not found gives nothing)
    # (a thing named by its noun in this sentence: not a part picked out by a trait, nor a thing of the sentence before)
    # ('in two wards the figure tops 50%' after '31% of children live in poverty': the stand-in names the
    # thing of the sentence before)
    found_by = pick.method.removeprefix("rule:inherit:") if pick is not None else ""
    found = pick is not None and pick.metric == "other" and pick.method.startswith("rule:") and (
        pick in same and pick.rule in ("noun", "group", "measure")
        or stand_in and found_by.removeprefix("rule:") in ("noun", "group", "measure"))
    return pick if pick is not None and (pick.metric != "other" or found) else None


# a sentence that opens by naming the set its part is drawn from ('Of the 20 largest providers, six
# of them ...', 'Among the homes we inspected, four of them ...')
_SET_OPENER = re.compile(r"(?:of|among)\s+(?:the|these|those|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?([a-z][\w'’-]*s)(?:\s+(?:we|that|which|they|it)\s+[^,]{1,40})?\s*,\s*$", re.I)


def _set_named_first(doc: Doc, text: str, c: _Candidate, prev: _Candidate) -> bool:
    """Whether the count's sentence opens by naming, with no number of its own, a plural set of
    another noun than the figure of the sentence before counts: 'six of them' then means that set
    ('We looked after 640 children. Of the 20 largest providers, six of them were ...')."""
    sent = doc[c.ts].sent
    m = _SET_OPENER.match(text[sent.start_char:c.q.start])
    if m is None:
        return False
    noun = next((t for t in doc[sent.start:c.ts] if t.idx == sent.start_char + m.start(1)), None)
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _STAND_FOR_ANY \
        and noun.lemma_.lower() != prev.head and noun.lemma_.lower() not in ("child", "people", "family")


def _drawn_from(doc: Doc, c: _Candidate) -> counted.SetRef | None:
    """The earlier set a count with no metric of its own is part of ('a dozen of them',
    'Of these, 58 ...', 'Seven of the nine'); None when it names its own thing."""
    # a share of a set is drawn from it too: 'Around a third of those', 'half of them'
    if c.q.unit not in ("count", "percent") or c.metric != "other" or c.rule in ("events", "unit", "remainder", "noun") \
            or c.rule in _MEASURE_RULES or c.q.unit == "percent" and c.rule != "none":
        return None  # ('Half of them involved children under five': a share with a trait is its own)
    verb = doc[c.te - 1].head
    if verb.lemma_.lower() in _CONVERSION_VERBS:
        return None  # the subset is counted as what it became
    ref = counted.set_reference(doc, c.ts, c.te)
    return ref if ref is not None and ref.kind in ("pronoun", "number") else None


# nouns that stand for a quantity said before: 'The figure rose to 15', 'that number was 655'
_STAND_INS = {"figure", "number", "total", "tally", "count"}
# a change just before a percentage: 'down 0.9%', 'fell by 4%', 'a rise of 6%'
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|by|of)\s+$", re.I)


# the place or peer group a comparator names: 'the England figure', 'the regional average', 'the
# statistical neighbour rate'
_COMPARATOR_PLACES = {"england", "english", "national", "regional", "wales", "welsh", "scotland", "scottish",
                      "uk", "statistical", "neighbour", "neighbours", "comparator", "benchmark"}
_PLACE_STAND_INS = _STAND_INS | {"rate", "average", "level", "equivalent", "proportion", "percentage", "share"}


def _place_stand_in(doc: Doc, c: _Candidate) -> bool:
    """'The England figure was 17.8%', 'the regional average is 4.1%': the clause's subject is a
    figure, rate or average of a comparator place or peer group and names nothing of its own (no
    'of'), so the bare number is the figure before, said of that place (same metric)."""
    verb = _governing_verb_of(doc[c.te - 1])
    if verb is None or verb.i > c.ts or verb.lemma_.lower() not in ("be", "stand"):
        return False
    for t in verb.children:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i >= c.ts or t.lower_ not in _PLACE_STAND_INS \
                or t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            continue
        mods = [d for d in t.children if d.dep_ in ("compound", "amod", "nmod") and d.i < t.i]
        if mods and all(d.lower_ in _COMPARATOR_PLACES for d in mods) \
                and any(d.dep_ in ("det", "poss") and d.lower_ == "the" for d in t.children):
            return True
    return False


def _stand_in_subject(doc: Doc, c: _Candidate) -> bool:
    """'Twelve notifications were made in 2023. The figure rose to 15 this year.', 'By September
    that number was 655', 'The total stood at 440': the clause's subject is 'the figure / number /
    total' (naming nothing of its own, no 'of'), so the bare number is a value of what was counted
    before, unless a question just asked for it ('how many ...? ... the figure was 41')."""
    sized_change = c.q.unit == "percent" and c.te < len(doc) and sized_change_at(doc, c.te)
    if c.rule != "none" or not (_bare(doc, c) or sized_change):
        return False
    place = _place_stand_in(doc, c)
    if c.metric != "other" and not (place and c.method == "model"):
        return False  # the classifier may not read 'the England figure' apart from the local one
    if place:
        return True
    if _questions_before(doc, c):
        return False  # 'asked how many were placed out of county ... said the figure was 41': _answer_to decides
    verb = _governing_verb_of(doc[c.te - 1])
    if verb is None or verb.i > c.ts:
        return False
    change = sized_change or c.q.unit == "percent" and _CHANGE_BEFORE.search(doc_text(doc)[max(0, c.q.start - 12):c.q.start])
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < c.ts]
    if change and any(t.lower_ in ("this", "it", "that") for t in subjects):
        return True  # 'This is down 0.9% on 2024', 'in the North West it fell by 4%': a change of the figure before
    for t in verb.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i < c.ts and t.lower_ in _STAND_INS \
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of") \
                and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "our", "their")
                        for d in t.children) \
                and not any(d.dep_ in ("compound", "amod", "nmod") for d in t.children):
            return True
    return False


def _questions_before(doc: Doc, c: _Candidate) -> list[int]:
    """The 'how many / how much' said in this sentence or the two before the number (token indices)."""
    lo = sentence_start_back(doc, c.ts, 2)
    return [t.i for t in doc[lo:c.ts] if t.lower_ == "how" and t.i + 1 < len(doc)
            and doc[t.i + 1].lower_ in ("many", "much")]


def _answer_to(doc: Doc, hits: list[_Hit], c: _Candidate) -> str | None:
    """The metric a question asked for ('asked how many children were subject to child
    protection plans'), when a bare count in the next two sentences answers it."""
    if c.rule != "none" or c.metric != "other" or c.q.unit != "count" or not _bare(doc, c):
        return None
    asks = _questions_before(doc, c)
    if not asks:
        return None
    q_end = doc[asks[-1]].sent.end
    named = [h for h in hits if asks[-1] < h.start < q_end and h.rule.kind in ("noun", "prop")
             and h.rule.metric not in (None, "other")]
    return named[0].rule.metric if named else None


def _parallel(doc: Doc, c: _Candidate) -> bool:
    """'Southwark reported nine and Norfolk 19', '70 per 10,000 across England and 97 in similar
    areas': a bare number in coordination with a figure before it, or gapped after a name, is
    another value of the same thing."""
    theme = c.rule in ("other_theme", "other_da") and c.metric == "other"  # 'and neglect for 58'
    if c.rule != "none" and not theme or c.metric != "other" and c.method != "model" or not _bare(doc, c) or c.ts < 1:
        return False
    tok, sent = doc[c.te - 1], doc[c.ts].sent
    # 'the largest source, at 29.8%, followed by schools (20.1%)': the next share or rate of a
    # ranking, whatever the classifier guessed for it (a bare count there may be a share's size)
    if c.q.unit != "count" and any(t.lower_ == "followed" and doc[t.i + 1].lower_ == "by" for t in doc[sent.start:c.ts - 1]):
        return True
    if c.metric != "other":
        return False
    gapped = doc[c.ts - 1].pos_ == "PROPN" and doc[c.ts - 1].i > sent.start
    coordinated = tok.dep_ == "conj" or any(t.dep_ == "cc" or t.lower_ == "while" for t in doc[max(sent.start, c.ts - 4):c.ts])
    verb = _governing_verb_of(tok)  # 'X reported 22 ..., while Y reported nine': the verb repeats
    repeated = verb is not None and any(t.lemma_ == verb.lemma_ and t.pos_ == "VERB" for t in doc[sent.start:verb.i])
    # 'Neglect was the category for 61 children, emotional abuse for 48': a noun and the preposition
    # of an earlier figure of the sentence, the number's own noun gapped
    prep = doc[c.ts - 1]
    same_prep = c.ts >= 2 and prep.pos_ == "ADP" and doc[c.ts - 2].pos_ in ("NOUN", "PROPN") and any(
        t.like_num and t.i > sent.start and doc[t.i - 1].lower_ == prep.lower_ for t in doc[sent.start:c.ts - 1])
    if theme:  # a category gapped after one of its whole: 'abuse for 71 of them and neglect for 58'
        return c.ts >= 3 and prep.pos_ == "ADP" and doc[c.ts - 3].lower_ in ("and", ",", "while") and any(
            t.like_num and t.i > sent.start and doc[t.i - 1].lower_ == prep.lower_ for t in doc[sent.start:c.ts - 3])
    return gapped or coordinated or repeated or same_prep


# verbs of a share of a whole: 'Physical abuse accounted for 13 per cent', 'made up 21% of them'
_SHARE_VERBS = {"account", "make", "represent", "comprise", "constitute", "form"}


def _share_of_whole(doc: Doc, c: _Candidate) -> bool:
    """A percentage that is a part's share of a whole counted before takes the whole's metric."""
    if c.q.unit != "percent" or c.metric != "other":
        return False
    ref = counted.set_reference(doc, c.ts, c.te)
    if ref is not None and ref.kind == "noun":
        return False  # the whole is named ('14% of the social work workforce'): it decides
    verb = _governing_verb_of(doc[c.te - 1])
    if verb is None or verb.lemma_.lower() not in _SHARE_VERBS:
        return False
    return verb.lemma_.lower() != "make" or any(t.dep_ == "prt" and t.lower_ == "up" for t in verb.children)


_OPINION_VERBS = {"say", "tell", "feel", "rate", "agree", "think", "believe", "report", "respond", "answer",
                  "describe", "find", "want", "prefer", "know", "would", "could"}


# verbs by which a case is said to be about what happened to a child ('involved a child who died')
_ABOUT_VERBS = {"involve", "concern", "relate", "be", "feature"}


def _share_as_subject(doc: Doc, c: _Candidate) -> bool:
    """'Just under a third (31%) were from the police', 'Some 40% came from schools': a share that
    is its clause's subject and names no whole is a share of the set counted before. So is one
    whose clause says what happened to the child its cases are about ('Around half (51%) involved
    a child who died' after a count of notifications): a share keeps the metric of its whole
    (corpus/README.md, 'Conventions settled', 3), where a count of such cases counts deaths."""
    if c.q.unit != "percent":
        return False
    if c.metric in CASE_OUTCOMES and c.rule not in ("none", "inherit"):
        if c.ts >= 2 and doc[c.ts - 1].text == "(" and any(ch.isdigit() for ch in doc[c.ts - 2].text):
            return False  # '63 (39.4%) concerned a child who died': the bracket restates a count (its whole decides)
        verb = _governing_verb_of(doc[c.te - 1])
        if verb is None or verb.lemma_.lower() not in _ABOUT_VERBS:
            return False
    elif c.metric != "other" or c.rule != "none":
        return False
    if counted.set_reference(doc, c.ts, c.te) is not None or (c.te < len(doc) and doc[c.te].lower_ == "of"):
        return False
    sent = doc[c.ts].sent
    opens = re.fullmatch(r"\W*(?:(?:only|just|some|around|about|almost|nearly|over|under|roughly|approximately|"
                         r"more\s+than|less\s+than|fewer\s+than)\s+)*"
                         # the share said first as a fraction, then in brackets: 'Around half (51%)'
                         r"(?:(?:(?:a|one|two|three|four)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)\s*\(\s*)?",
                         doc[sent.start:c.ts].text + " ", re.I)
    j = c.te
    if j < sent.end and doc[j].text == "(":  # 'a third (31%) were ...'
        while j < sent.end and doc[j].text != ")":
            j += 1
        j += 1
    elif j < sent.end and doc[j].text == ")" and opens and opens.group(0).rstrip().endswith("("):
        j += 1  # 'Around half (51%) involved ...': the share in brackets after its fraction
    if opens and j < sent.end and doc[j].pos_ in ("AUX", "VERB"):
        # the share opens its sentence and a verb follows: it is the subject ('94% said the
        # training helped' is a share of the people asked, not of a set counted before)
        if doc[j].tag_ == "MD" and j + 2 < sent.end and doc[j + 1].lower_ == "be" and doc[j + 2].tag_ == "VBN":
            j += 2  # 'a third (34%) could be shown to have been implemented': a passive, no one's opinion
        return doc[j].lemma_.lower() not in _OPINION_VERBS
    tok = doc[c.te - 1]
    for _ in range(3):  # '31' -> '%' -> (appos) 'third'
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() not in _OPINION_VERBS
        if tok.dep_ not in ("nummod", "quantmod", "appos", "compound", "npadvmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _governing_verb_of(tok: Token) -> Token | None:
    """The nearest verb above `tok` in the parse (or None)."""
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _set_antecedent(cands: list[_Candidate], i: int, doc: Doc, ref: counted.SetRef, *,
                    any_unit: bool = False) -> _Candidate | None:
    """The figure that counted the set: the one of the set's size ('of the nine'), else the
    nearest earlier count with a metric, in this sentence or the two before."""
    c = cands[i]
    lo = sentence_start_back(doc, c.ts, 3)  # a set said up to three sentences back (numbered lines break sentences)
    pool = [p for p in reversed(cands[:i]) if lo <= p.ts < c.ts and p.metric != "other"
            and (any_unit or p.q.unit == "count") and not (ref.token >= 0 and p.ts <= ref.token < p.te)]
    if ref.value is not None:
        sized = [p for p in pool if abs(p.q.value - ref.value) < 0.01]
        pool = sized or pool
    else:
        # 'made 23 suggestions, 19 of which ...', 'tracking 137 children [at risk of exploitation].
        # Of these, 41 ...': the nearest count of a thing found and fitting no metric is the set
        # (the subset counts suggestions too), not an earlier metric's count
        start = max(lo, pool[0].te) if pool else lo
        # ('19 families were getting family support, 8 of them ...': a set whose counted thing was
        # not found is still the set when a noun of its own names it; a bare one, 'compares with 497',
        # 'around 70 more', is a value of a set said before, not another set)
        nearer = [p for p in reversed(cands[:i]) if start <= p.ts < c.ts and p.q.unit == "count"
                  and p.metric == "other" and p.repeat != "drop" and (p.rule != "none" or p.head)]
        if nearer:
            return nearer[0]
    return pool[0] if pool else None


def _subject_set(doc: Doc, hits: list[_Hit], cands: list[_Candidate], i: int, ref: counted.SetRef) -> str | None:
    """The metric of the set a bare 'of them' / 'of these' names when nothing was counted
    before it in its sentence: the subject of the sentence before, when a metric's name is
    that subject ('Section 47 enquiries grew faster than referrals. Respondents estimated
    213,000 of them'): a reader takes 'them' for the topic just said, not for the last figure."""
    c = cands[i]
    sent = doc[c.ts].sent
    if ref.kind != "pronoun" or ref.token >= 0 or sent.start == 0 \
            or any(sent.start <= p.ts < c.ts for p in cands[:i]):
        return None
    before = doc[sent.start - 1].sent
    subjects = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    for t in subjects:
        for h in hits:
            if h.start <= t.i < h.end and h.rule.kind in ("noun", "prop") and h.rule.metric not in (None, "other"):
                return h.rule.metric
    return None


def _own_stage(doc: Doc, hits: list[_Hit], c: _Candidate) -> str | None:
    """The review stage of the number's own verb ('four were published')."""
    return _stage_of(doc, hits, c.ts, c.ts, c.te)


def _inherit(doc: Doc, text: str, cands: list[_Candidate], hits: list[_Hit]) -> None:
    """Comparators ('up from 12 in 2021/22', 'England: 41.6') and elided counts ('12 had been
    completed') take the metric, and a rate's unit, of the figure they follow."""
    for i, c in enumerate(cands):
        if c.ts < 0 or c.q.unit in _OTHER_UNITS or c.rule in ("sample", "became", "money", "population", "trait", "timely", "feature", "missing", "stock", "ended", "group",
                                                            "measure",
                                                            CASELOAD, RATE_OTHER, "respondents"):
            continue  # a sample drawn for study, a subset counted as what it became: found
        if c.q.unit == "count" and c.rule == "none" and _gapped_to_another_thing(doc, hits, c):
            c.metric, c.method, c.rule = "other", "rule:became", "became"
            continue  # '..., six to a practice review and two to no further action': what the part became
        if c.q.unit == "count" and c.metric != "other" and _part_of_a_missing_set(doc, cands, i):
            c.metric, c.method, c.rule = "other", "rule:inherit:missing", "missing"
            continue  # '31 children in care went missing ... 12 of them were placed by other councils'
        before, after = text[max(0, c.q.start - 45):c.q.start], text[c.q.end:c.q.end + 30]
        cue = _comparator_cue(before, after, c)
        comparator = _bare(doc, c) and bool(cue or _COMPARATOR_AFTER.match(after) or _year_in_brackets(before, after)
                                            or c.rule == "none" and _CHANGE_TO.search(before)) \
            or _change_in_the_count(doc, c, before) or _change_after_a_level(c, before)
        comparator = comparator or _parallel(doc, c) or _stand_in_subject(doc, c) or _coordinated_comparator(text, cands, i)
        base = _base_with_its_noun(doc, cands, i, before) or _change_of_this(doc, text, cands, i)
        if base is not None:  # '176 care applications ... 11% fewer than the 198 applications received in 2024-25'
            c.metric, c.subject, c.head = base.metric, c.subject or base.subject, base.head
            c.method, c.rule = f"rule:inherit:{base.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        decimal = not c.q.value.is_integer() or "." in text[c.q.start:c.q.end]  # '84.0' is no count
        measure = _measure_of_its_size(doc, cands, i) if c.q.unit == "count" and _bare(doc, c) and \
            (comparator or decimal) and not _from_end(text, c.q) else None
        if measure is not None:  # '14.2 per 100,000, followed by Torbay on 11.8': not a count
            c.q = Quantity(c.q.start, c.q.end, c.q.value, measure.q.unit, c.q.kind, c.q.qualifier)
        found = _found_other(doc, text, cands, i, comparator) or _value_of_a_measure(doc, text, cands, i)
        if found is not None:  # 'down from 66' after a caseload, 'against 120.5 for England' after a rate of admissions
            c.metric, c.method, c.rule = "other", f"rule:{found}", found
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        whole = _whole_of_kinds(doc, text, cands, i)
        if whole is not None:  # '14 reviews, nine concise and five extended': kinds of the 14
            c.metric, c.subject, c.head = whole.metric, c.subject or whole.subject, whole.head
            c.method, c.rule = f"rule:inherit:{whole.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        total = _total_of_average(doc, text, cands, i)
        if total is not None:  # '2,214 recommendations in total, a median of 7 per review'
            c.metric, c.subject, c.head = total.metric, c.subject or total.subject, total.head
            c.method, c.rule = f"rule:inherit:{total.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        asked = _answer_to(doc, hits, c)
        if asked is not None:  # 'asked how many children were on plans ... there were 436'
            c.metric, c.method, c.rule = asked, "rule:answer", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        start = _from_to_start(text, cands, i) if c.metric == "other" and c.rule == "none" else None
        if start is not None and start.metric != "other" and start.q.unit == c.q.unit:
            c.metric, c.subject, c.head = start.metric, c.subject or start.subject, start.head
            c.method, c.rule = f"rule:inherit:{start.rule}", "inherit"  # 'fell from 121 to 109'
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        if c.q.unit == "percent" and c.metric == "other" and c.rule == "none" and i > 0 \
                and cands[i - 1].q.unit == "percent" and cands[i - 1].metric != "other" \
                and re.fullmatch(r"\s*\(\s*", text[cands[i - 1].q.end:c.q.start]):
            prev = cands[i - 1]  # 'just under a third (31%)': the bracket restates the share exactly
            c.metric, c.subject, c.head = prev.metric, c.subject or prev.subject, prev.head
            c.method, c.rule = f"rule:inherit:{prev.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        whole = _whole_before_colon(text, cands, i)
        if whole is not None:  # 'six referrals for a review: two in 2023, three in 2024 and one in 2025'
            c.metric, c.subject, c.head = whole.metric, c.subject or whole.subject, whole.head
            c.method, c.rule = f"rule:inherit:{whole.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        part = _part_of_bracketed_share(text, cands, i)
        if part is not None:  # 'In 12 of 15 files (80%)': the bracket is the part's share of its set
            c.metric, c.subject, c.head = part.metric, c.subject or part.subject, part.head
            c.method, c.rule = f"rule:inherit:{part.rule}", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        drawn = _drawn_from(doc, c)
        share = not comparator and not drawn and (_share_of_whole(doc, c) or _share_as_subject(doc, c))
        if not comparator and not drawn and not share and not _elliptic(doc, c, text):
            continue
        named = _subject_set(doc, hits, cands, i, drawn) if drawn else None
        if named is not None:  # 'Section 47 enquiries grew faster. Respondents estimated 213,000 of them.'
            c.metric, c.method, c.rule = named, "rule:inherit:subject", "inherit"
            c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        if drawn:
            prev = _set_antecedent(cands, i, doc, drawn)
        elif share:
            prev = _set_antecedent(cands, i, doc, counted.SetRef("pronoun"), any_unit=True)
        else:
            prev = _antecedent(cands, i, doc, text, _stand_in_subject(doc, c))
        sent = doc[c.ts].sent
        if prev is None and _from_end(text, c.q):  # 'risen by 40% ..., from 10 to 14'
            prev = next((p for p in reversed(cands[:i]) if p.ts >= sent.start and p.metric != "other"), None)
        if prev is not None and prev.ts < sent.start and _from_end(text, c.q, bare=False):
            prev = None  # 'attendance fell from 92 per cent to 41 per cent': what changed is in the sentence
        if prev is not None and drawn and prev.ts < sent.start and _set_named_first(doc, text, c, prev):
            continue  # 'Of the 20 largest providers, six of them ...': the set named in this sentence
        if comparator and c.method == "model" and c.q.unit == "percent" and _compares_an_unfound_thing(cands, i, sent.start):
            # '41% of pupils were overweight, above the England average of 36%': the comparator of a
            # figure whose counted thing was not found counts that same unfound thing; the classifier's
            # guess for the bare comparator has less to go on than it had for the figure itself; a
            # count's comparator ('318 children on roll, up from 296') is left to it: a stock the
            # rules missed is often the metric the document is about
            c.metric, c.method, c.rule = "other", "rule:inherit:unresolved", "inherit"
            continue
        if prev is None or not (comparator or drawn or share) and _another_set(doc, c, prev) \
                or prev.metric == "other" and prev.rule == "none":
            continue  # another set, or a set whose counted thing was not found: nothing to take
        if comparator and c.q.unit == "count" and (prev.q.unit.startswith("rate_") or prev.q.unit == "percent"
                                                   and c.q.value <= 100) and not _from_end(text, c.q) \
                and not (prev.q.unit == "percent" and change_base(text[max(0, c.q.start - 60):c.q.start])):
            c.q = Quantity(c.q.start, c.q.end, c.q.value, prev.q.unit, c.q.kind, c.q.qualifier)
        metric = prev.metric
        family = _FAMILY_METRICS.get(metric)
        stage = _own_stage(doc, hits, c) if family and (not comparator or _parallel(doc, c)) else None
        if stage:
            metric = _FAMILY_STAGE[family][stage]
        c.metric, c.subject, c.head = metric, c.subject or prev.subject, prev.head
        c.method, c.rule = f"rule:inherit:{prev.rule}", "inherit"
        c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
    _from_takes_to(text, cands)
    _bracketed_share_of_whole(doc, text, cands, hits)


# the words between two values coordinated, each with its own group: ' for similar areas and '
_COORDINATED_GROUP = re.compile(r"\s+(?:for|in|across)\s+(?:the\s+)?[A-Za-z'’ -]{1,40}?,?\s+(?:and|or)\s+", re.I)


def _coordinated_comparator(text: str, cands: list[_Candidate], i: int) -> bool:
    """'compared with 88 for similar areas and 70 for England': a bare count coordinated with a
    rate or share just said, each with its group, is a comparator of the same measure."""
    c = cands[i]
    if i == 0 or c.q.unit != "count":
        return False
    prev = cands[i - 1]
    return (prev.q.unit.startswith("rate_") or prev.q.unit == "percent") and \
        bool(_COORDINATED_GROUP.fullmatch(text[prev.q.end:c.q.start]))


def _compares_an_unfound_thing(cands: list[_Candidate], i: int, sent_start: int) -> bool:
    """Whether the figure just before comparator i in its sentence, of its unit, is one whose
    counted thing was not found (metric other, no rule)."""
    c = cands[i]
    prev = next((p for p in reversed(cands[:i]) if sent_start <= p.ts < c.ts and p.q.unit == c.q.unit), None)
    return prev is not None and prev.metric == "other" and prev.rule == "none"


# a change said of the figure just given by a pronoun: 'This was 11% fewer than ...', 'That is 8% more
# than a year ago', 'which was a rise of 6%'
_THIS_WAS = re.compile(r"(?:^|[.;,]\s*)(?:this|that|it|which)\s+(?:was|is|represents|represented|marks|marked)\s+"
                       r"(?:(?:a|an|about|around|some|nearly|almost|over|just\s+over|just\s+under|roughly)\s+)*"
                       r"(?:(?:rise|increase|fall|drop|decrease|reduction)\s+of\s+)?$", re.I)
_CHANGE_WORD_AFTER = re.compile(r"\s*(?:fewer|more|less|lower|higher|up|down|above|below|increase|rise|fall|drop|"
                                r"decrease|reduction)\b", re.I)


def _change_of_this(doc: Doc, text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """A percentage change said of the figure just given by a pronoun ('176 care applications.
    This was 11% fewer than in 2024-25'): the change of that count, its metric."""
    c = cands[i]
    if c.q.unit != "percent" or c.metric != "other" or c.rule != "none":
        return None
    sent_start = doc[c.ts].sent.start_char
    before = text[max(sent_start - 2, c.q.start - 60):c.q.start]
    after = text[c.q.end:c.q.end + 30]
    if not _THIS_WAS.search(before) or not (_CHANGE_WORD_AFTER.match(after) or re.search(r"\bof\s*$", before)):
        return None
    lo = sentence_start_back(doc, c.ts, 2)
    return next((p for p in reversed(cands[:i]) if lo <= p.ts and p.q.unit == "count" and p.metric != "other"), None)


def _base_with_its_noun(doc: Doc, cands: list[_Candidate], i: int, before: str) -> _Candidate | None:
    """The base a change is set against, said with its counted noun ('11% fewer than the 198
    applications received in 2024-25', 'a rise of 9% on the 425 applications made'): the count
    said before with the same noun, in this sentence or the one before, said again for another
    time; it takes that count's metric (a noun that names no metric of its own)."""
    c = cands[i]
    if c.q.unit != "count" or c.metric != "other" or c.rule not in ("none", "noun") or not change_base(before):
        return None
    noun = counted_noun(doc, c.ts, c.te)
    if noun is None or noun.lemma_.lower() in _GENERIC_NOUNS:
        return None
    lo = sentence_start_back(doc, c.ts, 2)
    for p in reversed(cands[:i]):
        if p.ts < lo or p.q.unit != "count" or p.metric == "other":
            continue
        own = counted_noun(doc, p.ts, p.te)
        lemma = noun.lemma_.lower()
        if own is not None and own.lemma_.lower() == lemma:
            return p
        for t in doc[p.te:min(len(doc), p.te + 5)]:  # '310 section 47 enquiries': the phrase's last noun
            if t.is_punct or t.like_num and t.i > p.te + 2:
                break
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                return p
    return None


def _gapped_to_another_thing(doc: Doc, hits: list[_Hit], c: _Candidate) -> bool:
    """'four led to a review, ... and two to no further action': a count right before 'to' whose
    verb of becoming is gapped, and whose destination is a thing no metric counts (a lexicon name
    of another thing)."""
    k = c.te
    if k + 1 >= len(doc) or doc[k].lower_ not in ("to", "into") or doc[k].head.pos_ in ("VERB", "AUX"):
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ"):
        k += 1
    return any(h.start == k and h.rule.kind == "foreign" for h in hits) or \
        any(h.start < k < h.end and h.rule.kind == "foreign" and h.start > c.te for h in hits)


def _part_of_a_missing_set(doc: Doc, cands: list[_Candidate], i: int) -> bool:
    """Whether a count drawn from a set ('12 of them', 'of these, 9') draws it from a count of the
    children who went missing ('31 children in care went missing', rule id 'missing'): a part of
    that subset is no count of the whole group either."""
    c = cands[i]
    drawn = counted.set_reference(doc, c.ts, c.te)
    if drawn is None or drawn.kind not in ("pronoun", "number"):
        return False
    prev = _set_antecedent(cands, i, doc, drawn)
    return prev is not None and prev.rule == "missing" and prev.metric == "other"


_BRACKET_OPEN = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*\(\s*")


def _bracketed_share_of_whole(doc: Doc, text: str, cands: list[_Candidate], hits: list[_Hit]) -> None:
    """'Of 231 notifications, 139 (60.2%) concerned serious harm', 'Seventeen notifications (7.4%)
    did not lead to a rapid review': a share in brackets right after a part's count is the part's
    share of the whole it is drawn from, so it takes the whole's metric (the set the sentence opens
    with, else the part's own noun), whatever the part's predicate names. A share of a measure
    (timeliness, a theme) and a part of a set of a stated size ('9 of the 15 files (60%)') are
    left as they are."""
    for i, c in enumerate(cands):
        if i == 0 or c.ts < 0 or c.q.unit != "percent" or c.q.kind != "percent" or c.rule in _MEASURE_RULES \
                or c.rule in ("sample", "money", "population", "inherit"):
            continue
        p = cands[i - 1]
        if p.ts < 0 or p.q.unit != "count" or not _BRACKET_OPEN.fullmatch(text[p.q.end:c.q.start]) \
                or not re.match(r"\s*\)", text[c.q.end:c.q.end + 3]) or p.te < len(doc) and doc[p.te].lower_ == "of":
            continue
        whole = _opening_set(doc, cands, i - 1, hits) or _own_noun(doc, hits, p, c)
        if whole is not None and whole != c.metric:
            c.metric, c.method = whole, "rule:share_of_whole"


def _opening_set(doc: Doc, cands: list[_Candidate], i: int, hits: list[_Hit]) -> str | None:
    """The metric of the set a sentence opens with before the count at `i`: 'Of 231 notifications,
    139 ...' (its count or its noun), 'Of these, 139 ...' (the count with a metric said before)."""
    c = cands[i]
    sent = doc[c.ts].sent
    start = sent.start
    if start + 2 < c.ts and doc[start + 1].text == ":":
        start += 2  # 'Results: Of 231 notifications, ...'
    if doc[start].lower_ != "of":
        return None
    comma = next((t.i for t in doc[start:c.ts] if t.text == ","), None)
    if comma is None:
        return None
    opener = [p for p in cands[:i] if start < p.ts < comma and p.metric != "other" and p.q.unit == "count"]
    if opener:
        return opener[0].metric
    named = [h for h in hits if start < h.start < comma and h.rule.kind == "noun"
             and h.rule.metric not in (None, "other")]
    if named:
        return named[0].rule.metric
    if doc[start + 1].lower_ in ("these", "them", "those") and comma <= start + 3:
        lo = sentence_start_back(doc, c.ts, 1)
        prev = next((p for p in reversed(cands[:i]) if lo <= p.ts < sent.start and p.q.unit == "count"), None)
        return prev.metric if prev is not None and prev.metric != "other" else None
    return None


def _own_noun(doc: Doc, hits: list[_Hit], p: _Candidate, c: _Candidate) -> str | None:
    """The metric of the noun between a count and its bracketed share: 'Seventeen notifications (7.4%)'."""
    named = [h for h in hits if p.te <= h.start < c.ts and h.rule.kind == "noun" and h.rule.metric not in (None, "other")]
    return named[0].rule.metric if named else None


def _from_takes_to(text: str, cands: list[_Candidate]) -> None:
    """'the biggest fall, from 81 to 57 children on the register': the first end of a change that
    names nothing takes the metric of its other end, which names the thing after it."""
    for i, c in enumerate(cands[:-1]):
        nxt = cands[i + 1]
        if c.ts < 0 or c.metric != "other" or c.rule != "none" or nxt.metric == "other" \
                or nxt.q.unit != c.q.unit or _from_to_start(text, cands, i + 1) is not c:
            continue
        c.metric, c.subject, c.head = nxt.metric, c.subject or nxt.subject, nxt.head
        c.method, c.rule = f"rule:inherit:{nxt.rule}", "inherit"
        c.confidence = max(c.confidence, INHERITED_CONFIDENCE)


def _gapped_after(doc: Doc, text: str, prev: _Candidate, c: _Candidate) -> bool:
    """'Neglect was a factor in 54 notifications, domestic abuse in 41 and mental ill health in 30':
    a bare count after the same preposition as an earlier figure of its sentence, with 'and' or a
    comma between, is that figure's construction again with its words gapped."""
    if not _bare(doc, c) or c.ts < 2 or prev.ts < 1:
        return False
    prep = doc[c.ts - 1]
    return prep.pos_ == "ADP" and doc[prev.ts - 1].lower_ == prep.lower_ and \
        bool(re.search(r",|\band\b", text[prev.q.end:c.q.start]))


# a bare value in brackets after a place's name: 'below both the South East (84.0) and England (89.1)'
_NAMED_BRACKET = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*\(\s*$")


def _found_other(doc: Doc, text: str, cands: list[_Candidate], i: int, comparator: bool) -> str | None:
    """The rule id (CASELOAD, RATE_OTHER) of the found thing no metric counts that the number at
    `i` says again: a comparator of a caseload ('the average caseload was 61 children per IRO, down
    from 66'); the rate of a count of such a thing ('191 emergency admissions ..., a rate of 78.4
    per 10,000'); a comparator of such a rate ('against 120.5 for England', 'the South East
    (84.0)') and a later 'the rate was ...' naming no thing of its own."""
    c = cands[i]
    sent = doc[c.ts].sent
    same = [p for p in reversed(cands[:i]) if p.ts >= sent.start]
    if c.q.unit == "count":
        prev = next((p for p in same if p.q.unit == "count"), None)
        part = next((p for p in same if p.q.unit == "count" and p.repeat not in ("drop", "restate")), None)
        if part is not None and part.rule == "feature" and _gapped_after(doc, text, part, c):
            return "feature"  # 'a concern for 29 of the 45 children and parental substance use for 21'
        return CASELOAD if comparator and prev is not None and prev.rule == CASELOAD else None
    if not c.q.unit.startswith("rate_"):
        return None
    before, after = text[max(0, c.q.start - 25):c.q.start], text[c.q.end:c.q.end + 3]
    if re.search(r"\brate\s+of\s*$", before, re.I):  # 'a rate of 78.4' restates the count before it
        prev = next((p for p in same if p.q.unit == "count"), None)
        if prev is not None and prev.metric == "other" and prev.rule == "noun":
            return RATE_OTHER
    rate = rate_token(doc, c.ts)
    bare_rate = rate is not None and not names_a_thing(rate)  # 'Among children under five the rate was ...'
    bracket = bool(_NAMED_BRACKET.search(before) and re.match(r"\s*\)", after))
    if not (comparator or bracket or bare_rate):
        return None
    lo = sentence_start_back(doc, c.ts, 2)
    pool = same if comparator and any(p.q.unit == c.q.unit for p in same) else \
        [p for p in reversed(cands[:i]) if p.ts >= lo]
    prev = next((p for p in pool if p.q.unit == c.q.unit), None)
    return RATE_OTHER if prev is not None and prev.rule == RATE_OTHER else None


# a comparator's cue right before it: 'against 94.8% for', 'compared with 87% for', 'versus 12%'
_AGAINST_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.I)
# the nouns that stand for a measure said before, with a place or a group of their own ('the
# England figure for children in care', 'the national average', 'the rate for the whole school')
_MEASURE_STAND_INS = {"figure", "average", "rate", "level", "equivalent", "comparator", "benchmark"}


def _value_of_a_measure(doc: Doc, text: str, cands: list[_Candidate], i: int) -> str | None:
    """'measure' when the number is another value of a measure no metric is, said just before it
    ('Attendance ... was 89.6% against 94.8% for the whole school', '(England, children in care:
    90.2%)', 'The national figure for children in care was 87.1%'): a comparator for another
    place or group measures the same thing, whatever population its own phrase names."""
    c = cands[i]
    lo = sentence_start_back(doc, c.ts, 1)
    prev = next((p for p in reversed(cands[:i]) if p.ts >= lo and p.q.unit == c.q.unit), None)
    if prev is None or not (prev.rule == "measure" or prev.method.endswith(":measure")):
        return None
    same_sentence = doc[prev.ts].sent.start == doc[c.ts].sent.start
    between = text[prev.q.end:c.q.start]
    if same_sentence and (_AGAINST_BEFORE.search(text[max(0, c.q.start - 20):c.q.start])
                          or re.fullmatch(r"\s*%?\s*\([^()]*", between)):
        return "measure"  # 'was 86.3% against 93.5% for ...', 'was 93.1% (North East, children in care: 91.7%)'
    sent = doc[c.ts].sent
    # the sentence opens with the stand-in, after its article and its place ('The Luton figure')
    head = next((t for t in doc[sent.start:c.ts] if t.pos_ not in ("DET", "ADJ", "PROPN", "PUNCT")
                 and t.dep_ != "compound"), None)
    if head is not None and head.lemma_.lower() in _MEASURE_STAND_INS \
            and not (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"):
        return "measure"  # 'The Bedford figure for children with a social worker was 87.1%'
    return None


# a part, its set and noun, then the bracket its share opens: '9 of the 15 sampled files (', '12 of 15 ('
_PART_BEFORE_SHARE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?[\d,]+(?:\s+[\w'’-]+){0,4}\s*\(\s*")


def _part_of_bracketed_share(text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The part a bracketed percentage right after 'N of M [noun]' is the share of: 'Only 9 of the
    15 sampled files (60%)' (the share counts what the part counts)."""
    c = cands[i]
    if c.q.unit != "percent" or c.q.kind != "percent":
        return None
    for j in (i - 2, i - 1):
        if j >= 0 and cands[j].q.unit == "count" and cands[j].q.end < c.q.start and \
                _PART_BEFORE_SHARE.fullmatch(text[cands[j].q.end:c.q.start]):
            return cands[j]
    return None


# a part of a count split by time or place after a colon: 'two in 2023', 'four in May', 'one in Kent'
_PART_WHEN = re.compile(r"\s+(?:in|during|for|from|at)\s+(?:the\s+)?(?:\d{4}(?:[-/–]\d{2,4})?|[A-Z][\w'’-]*|"
                        r"(?:first|second|third|fourth|last|final)\s+(?:quarter|half|year)|Q[1-4])")
_PART_GAP_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")
# the whole's noun phrase and the colon that opens its parts: ' referrals for a review: '
_COLON_GAP = re.compile(r"(?:\s+[\w'’-]+){0,16}\s*:\s*")


def _part_gap(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether `a` is a part said by its time ('two in 2023') and `b` the next part after it."""
    m = _PART_WHEN.match(text, a.q.end)
    return m is not None and _PART_GAP_AFTER.fullmatch(text, m.end(), b.q.start) is not None


def _whole_before_colon(text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """'The board received six referrals for a review: two in 2023, three in 2024 and one in
    2025': counts split by time or place after a colon are parts of the count before it, and
    count what it counts (each no larger than it)."""
    c = cands[i]
    if c.q.unit != "count" or c.ts < 0 or _PART_WHEN.match(text, c.q.end) is None:
        return None
    j = i
    while j > 0 and cands[j - 1].ts >= 0 and cands[j - 1].q.unit == "count" and _part_gap(text, cands[j - 1], cands[j]):
        j -= 1
    if j == 0:
        return None
    whole = cands[j - 1]
    if whole.q.unit != "count" or whole.metric == "other" or whole.ts < 0 \
            or not _COLON_GAP.fullmatch(text, whole.q.end, cands[j].q.start) \
            or any(p.q.value > whole.q.value for p in cands[j:i + 1]):
        return None
    return whole


# the stages of a case review and the pre-2019 name that gives none
_REVIEW_STAGES = {*_FAMILY_METRICS, "serious_case_reviews"}


def _stage_from_set(doc: Doc, hits: list[_Hit], cands: list[_Candidate]) -> None:
    """'The partnership published 12 reviews. Of these, seven were local child safeguarding
    practice reviews', 'Of the 240 published reviews, 150 were LCSPRs': a count of reviews with
    no stage of its own is part of the set it is drawn from, and that set's stage (published,
    ongoing) is its stage too; a legacy serious case review stays one."""
    for i, c in enumerate(cands):
        if c.ts < 0 or c.q.unit != "count" or c.metric not in _REVIEW_STAGES or _own_stage(doc, hits, c):
            continue
        whole = _set_before(doc, cands, i)
        if whole is None:
            continue
        if c.method == "model" and whole.metric in _FAMILY_METRICS:
            # the classifier re-staged a part of a staged set of reviews: the part is the set's
            # ('Of these, 4 were LCSPRs' after '6 reviews commissioned'), or a legacy serious case
            # review the text names ('... and 90 were serious case reviews')
            legacy = any(h.rule.family == "scr" and c.te <= h.start < c.te + 6 for h in hits)
            c.metric, c.method = ("serious_case_reviews" if legacy else whole.metric), f"rule:{c.rule}"
            continue
        if c.metric != "lcsprs_commissioned":
            continue
        stage = next((st for m, st in (("lcsprs_published", "published"), ("lcsprs_ongoing", "ongoing"))
                      if whole.metric == m), None)
        if stage is None:
            stop = next((t.i for t in doc[whole.te:whole.te + 4] if t.is_punct), whole.te + 4)
            stage = next((h.rule.stage for h in hits if h.rule.kind == "stage" and whole.te <= h.start < stop), None)
        if stage in ("published", "ongoing"):
            c.metric = _FAMILY_STAGE["lcspr"][stage]


def _set_before(doc: Doc, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The count a part is drawn from: the number of a sentence-opening 'Of the 240 reviews,'
    or, after 'Of these,' / 'of them', the last count in this sentence or the one before."""
    c = cands[i]
    sent = doc[c.ts].sent
    if sent.end - sent.start > 3 and doc[sent.start].lower_ == "of" and doc[sent.start + 1].lower_ in ("the", "these", "those"):
        comma = next((t.i for t in doc[sent.start:c.ts] if t.text == ","), None)
        opener = [p for p in cands[:i] if comma is not None and sent.start + 2 <= p.ts < comma and p.q.unit == "count"]
        if opener:
            return opener[0]
    ref = counted.set_reference(doc, c.ts, c.te)
    if ref is None or ref.kind != "pronoun":
        return None
    lo = sentence_start_back(doc, c.ts, 1)
    return next((p for p in reversed(cands[:i]) if lo <= p.ts < c.ts and p.q.unit == "count"), None)


# a count split by kind right after it: 'agreed 14 reviews, nine concise and five extended'
_KIND_PART_AFTER = re.compile(r"\s+[a-z][a-z-]+(?=\s*(?:,|;|\.|\)|\band\b|\bor\b|$))")
_WHOLE_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*[,:(–—-]\s*")
_PART_GAP = re.compile(r"\s+[a-z][a-z-]+\s*(?:,\s*and|,|and|or)\s+")


def _whole_of_kinds(doc: Doc, text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The count a bare number with only a modifier after it is a kind of: '14 reviews, nine
    concise and five extended' (each part smaller than the whole, the parts in a row after it; a
    part with its own plural noun, '402 boys', counts those)."""
    c = cands[i]
    if c.metric != "other" and c.method != "model" or c.q.unit != "count" or not _kind_part(doc, text, c):
        return None
    sent = doc[c.ts].sent
    j = i - 1
    while j >= 0 and cands[j].ts >= sent.start and _kind_part(doc, text, cands[j]) and \
            _PART_GAP.fullmatch(text[cands[j].q.end:cands[j + 1].q.start]):
        j -= 1  # back over the earlier parts ('nine concise and')
    if j < 0 or cands[j].ts < sent.start or cands[j].metric == "other" or cands[j].q.unit != "count":
        return None
    whole = cands[j]
    if not _WHOLE_GAP.fullmatch(text[whole.q.end:cands[j + 1].q.start]) or \
            any(p.q.value >= whole.q.value for p in cands[j + 1:i + 1]):
        return None
    return whole


def _kind_part(doc: Doc, text: str, c: _Candidate) -> bool:
    """A count with one modifier after it and no plural noun of its own ('nine concise')."""
    return 0 <= c.te < len(doc) and doc[c.te].pos_ in ("ADJ", "VERB", "NOUN") and \
        doc[c.te].tag_ not in ("NNS", "NNPS") and bool(_KIND_PART_AFTER.match(text[c.q.end:c.q.end + 30]))


_AVERAGE_OF = re.compile(r"\b(?:an?|the)\s+(?:median|average|mean)\s+of\s*$", re.I)
_PER_UNIT = re.compile(r"\s+(?:per|a|for\s+each|in\s+each)\s+(?:[\w-]+\s+)?[\w-]+", re.I)


def _total_of_average(doc: Doc, text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """'Reviews made 2,214 recommendations in total, a median of 7 per review': an average per
    unit said after a count is an average of that count's thing."""
    c = cands[i]
    if c.q.unit != "count" or not _bare(doc, c) or not _AVERAGE_OF.search(text[max(0, c.q.start - 25):c.q.start]) \
            or not _PER_UNIT.match(text[c.q.end:c.q.end + 30]):
        return None
    sent = doc[c.ts].sent
    return next((p for p in reversed(cands[:i]) if p.ts >= sent.start and p.q.unit == "count"
                 and p.metric != "other"), None)


# a change said in the counted thing's generic noun: 'a rise of 124 children', 'down by 31 cases'
_CHANGE_OF = re.compile(r"(?:\b(?:increase|rise|fall|decrease|reduction|drop|jump|growth)\s+of|"
                        r"\b(?:up|down|increased|decreased|rose|fell|risen|fallen)\s+by)"
                        r"(?:\s+(?:about|around|some|nearly|almost|over|roughly|more\s+than))?\s*$", re.I)


# the level a count changed from, said in its generic noun: 'it has fallen from 301 children'
_CHANGED_FROM = re.compile(r"\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|grown|grew|"
                           r"climbed|reduced)\s+from(?:\s+(?:about|around|some|nearly|almost|over|roughly|more\s+than))?\s*$",
                           re.I)


def _change_in_the_count(doc: Doc, c: _Candidate, before: str) -> bool:
    """'That is a rise of 124 children': a change in a count keeps the count's metric; its noun
    ('children', 'cases', 'families') names nothing of its own."""
    return c.rule == "none" and c.metric == "other" and c.q.unit == "count" and c.te < len(doc) \
        and doc[c.te].lower_ in _GENERIC_NOUNS and bool(_CHANGE_OF.search(before) or _CHANGED_FROM.search(before))


# a percentage set after a level by 'up' or 'down' (or 'a rise of'): 'numbered 640, up 12% on last year'
_UP_AFTER_A_LEVEL = re.compile(
    r"\d\s*,\s*(?:up|down|a\s+(?:rise|fall|drop|increase|decrease|reduction)\s+of)\s+(?:by\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


def _change_after_a_level(c: _Candidate, before: str) -> bool:
    """'Section 47 enquiries numbered 640, up 12% on last year': the change of the level just
    said, whose metric it keeps (the corpus convention: a percentage change takes the metric of the
    quantity that changed), when its own counted thing was not found."""
    return c.rule == "none" and c.metric == "other" and c.q.unit == "percent" and bool(_UP_AFTER_A_LEVEL.search(before))


# a group a value is compared with, its value in brackets after it: 'above comparable councils (',
# 'well below similar areas (', 'higher than the regional average ('
_COMPARED_GROUP_BEFORE = re.compile(
    r"\b(?:above|below|than|against|behind|ahead\s+of|compared\s+(?:with|to))\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+)?"
    r"(?:[a-z'’-]+\s+){0,3}[a-z'’-]+\s*\(\s*$", re.I)


def _comparator_cue(before: str, after: str, c: _Candidate) -> bool:
    """A comparator said before the number: 'compared with 41.6', 'England: 70', and in brackets
    after the comparator's name ('below statistical neighbours (471.2) and England (489.6)').
    'The looked after rate of 91.2' names its own metric: 'rate of' makes a comparator only of a
    number whose counted thing was not found ('the England rate of 30.1')."""
    if re.match(r"\s*\)", after):
        if _COMPARED_GROUP_BEFORE.search(before):
            return True  # 'above comparable councils (77)', 'lower than the regional average (61)'
        before = re.sub(r"\(\s*$", "", before)
    m = _COMPARATOR_BEFORE.search(_strip_hedge(before))
    if m is None:
        return change_base(before)  # the base a change is set against: 'up 9% on the 425'
    own = c.metric != "other" and c.rule not in ("none", "inherit")
    return not (own and re.fullmatch(r"rate\s+of\s*", m.group(0), re.I))


# the words that set a number against the one before it ('9 posts, against 24', '612, compared with 671')
_COMPARED_WITH = re.compile(r"^[^\d;:]{0,60}?(?:\bagainst|compared\s+(?:with|to)|\bup\s+from|\bdown\s+from|"
                            r"\bversus|\bvs\.?)\s+(?:the\s+|a\s+)?$", re.I)


def _measure_of_its_size(doc: Doc, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The rate or share a bare number parallels: a decimal takes the last rate or percentage
    said in its sentence or the two before (a count of things is whole: '41.9' beside 'a rate of
    50.3' is a rate); a whole number the figure nearest in size there, when that is a rate or a
    percentage ('England 10' beside '9.1%' is a share)."""
    c = cands[i]
    if c.q.value <= 0:
        return None
    lo = sentence_start_back(doc, c.ts, 2)
    pool = [p for p in cands[:i] if lo <= p.ts < c.ts and p.q.value > 0
            and (p.q.unit == "count" or p.q.unit == "percent" or p.q.unit.startswith("rate_"))]
    text = doc_text(doc)
    if not _comparator_cue(text[max(0, c.q.start - 45):c.q.start], text[c.q.end:c.q.end + 30], c):
        # 'Schools made 127 of them (40%), the police 71 and health partners 38': a share in brackets is
        # said of the count before it; the gapped items after it parallel the count
        shares = {id(p) for k, p in enumerate(pool) if k and p.q.unit == "percent" and pool[k - 1].q.unit == "count"
                  and re.fullmatch(r"[^()\d.;:]{0,40}\(\s*", text[pool[k - 1].q.end:p.q.start])}
        pool = [p for p in pool if id(p) not in shares]
    # 'made the most notifications (71), London 63 and the North East 29': the values of its own
    # sentence are what a bare number parallels, before any of the sentences back
    own = [p for p in pool if p.ts >= doc[c.ts].sent.start]
    pool = own or pool
    if not pool:
        return None
    measures = [p for p in pool if p.q.unit != "count"]
    if not c.q.value.is_integer() and measures:
        return measures[-1]  # 'ranged from 16.8 per 10,000 to 112.3': a decimal is no count
    last = own[-1] if own else None
    if last is not None and last.q.unit == "count" and c.q.value.is_integer() and \
            abs(math.log(last.q.value / c.q.value)) < math.log(3) and \
            _COMPARED_WITH.search(doc_text(doc)[last.q.end:c.q.start]):
        return None  # '9 agency staff, against 24 a year ago' after '14%': the count it is set against
    best = min(pool, key=lambda p: (abs(math.log(p.q.value / c.q.value)), c.ts - p.ts))
    if best.q.unit == "count" or abs(math.log(best.q.value / c.q.value)) >= math.log(2):
        return None
    return best


def _strip_hedge(before: str) -> str:
    """`before` without a trailing hedge ('compared with around ' -> 'compared with ')."""
    return re.sub(r"(?:more\s+than|fewer\s+than|less\s+than|about|around|almost|nearly|nearer|closer\s+to|over|some|"
                  r"approximately|roughly|just\s+(?:over|under))\s*$", "", before, flags=re.I).rstrip() + " "
