"""Figures: every reported number in a document as a normalised, source-grounded fact.

Pipeline: `numbers.find_quantities` proposes numbers; context rules reject non-figures (years,
dates, phone numbers, section numbers, boilerplate ...); metric rules (models/metric_rules.jsonl,
spaCy Matcher patterns) name what is counted; the optional classifier, which reads the rules'
metric as a feature, overrules them above a calibrated probability (OVERRIDE_RULE); repeated
mentions of one fact merge into one Figure.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from typing import TYPE_CHECKING, Any

from .. import counted
from ..findings import Figure, Mention, Period
from ..numbers import NUM, Quantity
from ..pipeline import doc_text
from .analysis import (
    _FAMILY_METRICS, _FAMILY_STAGE, _MEASURE_RULES, _OTHER_UNITS, _QUOTED, _STAGE_ORDER, _Candidate, _Hit,
    rule_hits,
)
from .propose import _quantities, _token_span
from .reject import (
    BOILERPLATE, PHONE, SPAN, _HEADING_LINE, _PHONE, _PRONOUN_ONE_AFTER, _PRONOUN_ONE_BEFORE, _fraction_ok,
    _line_of, _span_over, _zero_ok, boilerplate_spans, is_reference, reject_reason,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document

log = logging.getLogger(__name__)


# A number that restates a set already counted: 'of the 17', 'each of these 23 cases', 'in all 13'
_BACKREF_BEFORE = re.compile(r"(?:\b(?:of|in|for|from)\s+(?:the|these|those|all|all\s+the|both)|"
                             r"\beach\s+of\s+(?:the|these|those)|\bin\s+all|\ball|\bthese|\bthose)\s+$", re.I)
_COMPARE_BEFORE = re.compile(
    r"(?:\bthan|expectation of|compared with|compared to|from|against|target of|versus|vs\.?|"
    r"average of|rate of|england:?|neighbours:?)\s*(?:the\s+)?(?:current\s+|previous\s+)?$", re.I)
_RELATIVE_YEAR = [(re.compile(r"^\W{0,3}(?:in\s+)?the\s+year\s+before\s+that\b", re.I), 2),
                  (re.compile(r"^\W{0,3}(?:in\s+)?(?:the\s+)?(?:year\s+before|previous\s+year|"
                              r"a\s+year\s+earlier|year\s+earlier|prior\s+year)\b", re.I), 1)]
# Counted nouns that say nothing about what is counted: the sentence's rules decide.
_GENERIC_NOUNS = {"child", "children", "case", "cases", "family", "families", "young", "people",
                  "person", "youngster", "youngsters", "boy", "girl", "baby", "babies", "teenager",
                  "teenagers", "one", "ones", "number", "total", "figure", "time", "times", "year", "rate",
                  "month", "week", "day", "incident", "incidents", "%", "cent", "percent",
                  "pupil", "pupils", "infant", "infants", "sibling", "siblings", "others",
                  "occasion", "occasions", "use", "uses", "instance", "instances"}


def _window(doc: Doc, sent: Span, ts: int, te: int, num_toks: set[int]) -> tuple[int, int]:
    """Token range [left, right) around a number, cut at other numbers, ';' and the sentence."""
    def stop(i: int) -> bool:  # another number, ';', or a line break (bullets, table rows)
        return i in num_toks or doc[i].text == ";" or "\n" in doc[i].text_with_ws
    # 'Rapid reviews completed: 9': the parser may start a sentence at the number after a colon
    lo = max(0, ts - 12) if ts > 0 and doc[ts - 1].text == ":" else sent.start
    left = ts
    while left > lo and ts - left < 12 and not stop(left - 1):
        left -= 1
    right = te
    # a subset's own set ('six of the eight recommendations') is read with it
    of_set = {i for i in range(te, min(te + 4, len(doc))) if doc[te].lower_ == "of"}
    # 'Rapid reviews held: 8. Notified to the panel: 11.': a value after its label ends at the
    # next full stop or comma, where the next label starts
    labelled = ts > 0 and doc[ts - 1].text == ":"
    # '27 (82%) were completed within 15 working days': a bracket right after the number restates
    # it; the window reads on past it
    if right < sent.end and doc[right].text == "(":
        close = next((k for k in range(right + 1, min(right + 6, sent.end)) if doc[k].text == ")"), None)
        if close is not None and all(doc[k].like_num or doc[k].text in ("%", "per", "cent", ".")
                                     for k in range(right + 1, close)):
            of_set |= set(range(right, close + 1))
    while right < sent.end and right - te < 16 and (right not in num_toks or right in of_set) \
            and doc[right].text != ";" and not (labelled and doc[right].text in (".", ",", "|")) \
            and "\n" not in doc[right - 1].text_with_ws:
        right += 1
    return left, right


def _stage_of(doc: Doc, hits: list[_Hit], ts: int, left: int, right: int) -> str | None:
    """The review stage (commissioned/published/ongoing) governing the number."""
    gov = doc[ts]
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX") or gov.head is gov:
            break
        gov = gov.head
    own: list[str | None] = []
    clauses = ("conj", "advcl", "ccomp", "relcl", "parataxis")  # another clause's verb is not ours
    for verbs in ({gov.i, *[c.i for c in gov.children if c.dep_ not in clauses]}, {c.i for c in gov.conjuncts}):
        own = own or [h.rule.stage for h in hits if h.rule.kind == "stage" and (h.start in verbs or any(
            doc[i].head.i in verbs and doc[i].dep_ != "conj" for i in range(h.start, h.end)))]
    near = [h for h in hits if h.rule.kind == "stage" and left <= h.start < right]
    cands = own or [min(near, key=lambda h: abs(h.start - ts) / (2 if h.start > ts else 1)).rule.stage] if near or own else []
    for stage in _STAGE_ORDER:
        if stage in cands:
            return stage
    return None
# metrics that are reviews with a property: a review word with that property in its clause is one
_REVIEW_KINDS = {"reviews_with_learning", "national_reviews"}
# verbs by which a subset turns into another thing ('Of these, 402 led to a conference')
_CONVERSION_VERBS = {"lead", "become", "result", "progress", "convert", "proceed"}


def _metric_of(doc: Doc, hits: list[_Hit], ts: int, te: int, left: int, right: int,
               c_unit: str = "count") -> tuple[str, str]:
    """(metric, rule id) by the precedence documented in `rule_metric`."""
    # 'just under a third': 'under' right before the number is its hedge, not a property
    inwin = [h for h in hits if left <= h.start < right
             and not (h.end == ts and h.rule.id == "other_age" and doc[h.start].lower_ == "under")]
    rightside = [h for h in inwin if h.start >= te]
    leftside = sorted([h for h in inwin if h.end <= ts], key=lambda h: -h.start)
    chosen: _Hit | None = None
    subset = te < len(doc) and doc[te].lower_ == "of"
    if subset:
        # "three of the five rapid reviews [property]": the first rule after the of-phrase
        of_end = te + 1
        while of_end < right and doc[of_end].pos_ in ("DET", "NUM", "ADJ", "PRON", "NOUN", "PROPN", "PART") \
                and doc[of_end].dep_ != "nsubj" or (of_end < right and doc[of_end].lower_ in ("'s", "’s")):
            of_end += 1
            if doc[of_end - 1].pos_ in ("NOUN", "PRON") and doc[of_end - 1].dep_ == "pobj":
                break
        after = [h for h in rightside if h.start >= of_end and h.rule.kind in ("prop", "noun")]
        inside = [h for h in rightside if h.start < of_end and h.rule.kind not in ("context", "stage", "foreign")]
        # a property said before the subset names it ('learning was identified from three of
        # the five rapid reviews'); an 'other' topic before it does not ('Neglect found in ...')
        left_props = [h for h in leftside if h.rule.kind == "prop" and h.rule.metric != "other"]
        # a property that names another metric wins ('three of those babies died'); one that
        # names none ('Nine of the notifications concerned babies') leaves the set's metric
        real = [h for h in after if h.rule.metric != "other" or h.rule.id in _MEASURE_RULES
                or c_unit != "count"]
        ref = counted.set_reference(doc, ts, te)
        named_set = [h for h in inside if h.rule.kind in ("noun", "prop", "family") and h.rule.metric != "other"]
        if ref is not None and ref.token >= 0:  # the hit that names the set's own noun first
            named_set.sort(key=lambda h: not h.start <= ref.token < h.end)
        chosen = (real or left_props or _subject_of_pp(doc, leftside, te) or named_set or inside or after
                  or [h for h in leftside if h.rule.kind not in ("context", "stage", "foreign")] or [None])[0]
    else:
        if _foreign_noun(doc, hits, ts, te):
            return "other", "noun"  # '40 schools', '200 practitioners': not a thing a metric counts
        named = _predicate_names(doc, hits, te, min(doc[ts].sent.end, te + 12))
        if named is not None:  # 'of which 418 were joint protocol investigations'
            return ("other", "noun") if named.rule.kind == "foreign" else \
                (_in_context(doc, hits, ts, named.rule.metric or "other"), named.rule.id)
        by_subject = _subject_names(doc, hits, ts, te)
        if by_subject is not None and by_subject.rule.kind != "family":  # '... climbed to 17'
            return _in_context(doc, hits, ts, by_subject.rule.metric or "other"), by_subject.rule.id
        by_verb = _verb_names(doc, hits, ts, te)
        if by_verb is not None:  # 'agencies referred 14 cases': the verb says what the cases are
            return _in_context(doc, hits, ts, by_verb.rule.metric or "other"), by_verb.rule.id
        immediate = [h for h in rightside if h.start - te <= 5 and h.rule.kind in ("noun", "family", "prop")
                     and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(te, h.start))]
        # a context rule re-reads a metric, it names none of its own
        chosen = (immediate or [h for h in rightside if h.rule.kind not in ("stage", "foreign", "context")] or
                  [h for h in leftside if h.rule.kind not in ("stage", "foreign", "context")] or [None])[0]
    if chosen is None:
        return "other", "none"
    if _event_count(doc, ts, te) and chosen.rule.metric != "police_protection":
        return "other", "events"  # 'missing 16 times', 'on five occasions': a case fact
    if re.search(r"\b(?:in|for)\s+the\s+(?:other|remaining)\s+$", doc[max(0, ts - 4):ts].text + " ", re.I):
        return "other", "remainder"  # 'in the other two, no review was needed'
    if subset and not after and _foreign_noun(doc, hits, ts, te):
        return "other", "noun"
    covering = [h for h in inwin if h.rule.kind == "prop" and h.start <= chosen.start < h.end]
    if chosen.rule.kind == "family" and covering:
        chosen = covering[0]  # 'national reviews': the defining property names the metric
    prop_after = [h for h in rightside if h.rule.kind == "prop" and h.rule.metric
                  and h.start == chosen.end and doc[h.start].pos_ == "VERB" and not subset]
    if chosen.rule.kind == "family" and prop_after:
        chosen = prop_after[0]  # '11 reviews identified learning': the property the reviews share
    kinds_of_review = [h for h in inwin if h.rule.kind == "prop" and h.rule.metric in _REVIEW_KINDS]
    if chosen.rule.kind == "family" and kinds_of_review:
        chosen = kinds_of_review[0]  # 'Learning was identified in 11 reviews'

    if chosen.rule.kind == "family":
        stage = _stage_of(doc, hits, ts, left, right)
        return _FAMILY_STAGE[chosen.rule.family or "review"][stage], chosen.rule.id
    return _in_context(doc, hits, ts, chosen.rule.metric or "other"), chosen.rule.id


_LEVEL_VERBS = {"rise", "climb", "fall", "increase", "decrease", "drop", "stand", "reach", "total",
                "grow", "go", "jump", "double", "remain", "stay"}


def _subject_names(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """'The number of children in care rose to 520', 'Notifications ... climbed to 17': a level
    after a verb of change counts the verb's subject; the rule on the subject's head (or its
    'of' object) names it."""
    tok = doc[te - 1]
    if tok.dep_ in ("nummod", "quantmod") and tok.head.dep_ == "attr" and tok.head.lower_ in ("%", "per"):
        tok = tok.head  # '19.4%': the number hangs from its unit
    if _event_count(doc, ts, te) and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # 'Police protection powers were used 63 times'
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        verb = tok.head  # 'the rate of re-referrals ... was 19.4%'
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "of") and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.head.lemma_.lower() in _LEVEL_VERBS:
        verb = tok.head.head
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    named = [h for h in hits if h.rule.kind in ("noun", "prop", "family") and h.rule.metric != "other"
             and subj.left_edge.i <= h.start <= subj.right_edge.i]
    heads = [subj.i] + [c.i for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    for i in heads:
        on_head = [h for h in named if h.start <= i < h.end]
        if on_head:
            return on_head[0]
    return named[0] if named else None


def _verb_names(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """The rule naming the verb whose object is the number's generic noun ('referred 14 cases',
    'notified the panel of 12 cases'), when the noun itself names nothing."""
    noun = _counted_noun(doc, ts, te)
    if noun is None or noun.lower_ not in _GENERIC_NOUNS or noun.dep_ not in ("dobj", "pobj") \
            or _event_count(doc, ts, te):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ != "VERB":
        return None
    return next((h for h in hits if h.start <= verb.i < h.end and h.rule.kind in ("noun", "prop")
                 and h.rule.metric not in (None, "other")), None)


def _event_count(doc: Doc, ts: int, te: int) -> bool:
    """'16 times', 'on five occasions': the number counts events, which no annual metric but
    uses of police protection powers counts."""
    return te < len(doc) and doc[te].lower_ in ("times", "occasions", "occasion", "time")


def _subject_of_pp(doc: Doc, leftside: list[_Hit], te: int) -> list[_Hit]:
    """'A rapid review was completed for eight of the nine notifications': the number in a
    'for/in N of' phrase counts the clause's subject (eight rapid reviews)."""
    tok = doc[te - 1]
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "in"):
        return []
    verb = tok.head.head
    return [h for h in leftside if h.rule.kind == "noun" and any(
        doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.i == verb.i for i in range(h.start, h.end))]


def _in_context(doc: Doc, hits: list[_Hit], ts: int, metric: str) -> str:
    """A 'context' rule in the sentence re-reads a metric ('referrals' to children's social
    care are social_care_referrals, not referrals for a case review)."""
    sent = doc[ts].sent
    for h in hits:
        if h.rule.kind == "context" and h.rule.family == metric and sent.start <= h.start < sent.end:
            return h.rule.metric or metric
    return metric


def _counted_noun(doc: Doc, ts: int, te: int) -> Token | None:
    """The noun the number counts: its head noun, or the object of 'of' for a subset."""
    tok = doc[te - 1]
    if te < len(doc) and doc[te].lower_ == "of":
        objs = [t for t in doc[te:min(len(doc), te + 6)] if t.dep_ == "pobj"]
        return objs[0] if objs and objs[0].pos_ == "NOUN" else None
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.pos_ == "NOUN" and tok.head.i >= te:
        return tok.head
    return doc[te] if te < len(doc) and doc[te].pos_ == "NOUN" else None


def _predicate_names(doc: Doc, hits: list[_Hit], te: int, right: int) -> _Hit | None:
    """The name a copula after the number gives it: 'of which 418 were joint protocol
    investigations', 'Of these, 1,933 (24.6%) were child protection referrals'. The predicate
    noun says what the number counts; a bracketed share between is skipped."""
    j = te
    if j < right and doc[j].text == "(":
        while j < right and doc[j].text != ")":
            j += 1
        j += 1
    if j >= right or doc[j].lemma_.lower() != "be" or doc[j].pos_ not in ("AUX", "VERB"):
        return None
    k = j + 1
    while k < right and (doc[k].pos_ in ("DET", "ADV") or doc[k].lower_ in ("all", "also")) and doc[k].lower_ != "not":
        k += 1
    at = [h for h in hits if h.start == k and h.end <= right and h.rule.kind in ("noun", "foreign")
          and h.rule.metric is not None or h.start == k and h.rule.kind == "foreign"]
    return max(at, key=lambda h: (h.end - h.start, h.rule.kind == "foreign")) if at else None


def _foreign_noun(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """True when the counted noun is a thing no rule knows and not a generic 'children'/'cases'."""
    noun = _counted_noun(doc, ts, te)
    if noun is None:
        return False
    # 'child protection (section 47) enquiries': a named apposition names the noun
    named = [noun.i] + [c.i for c in noun.children if c.dep_ == "appos"]
    covering = [h for h in hits if any(h.start <= i < h.end for i in named) and h.rule.kind not in ("block", "context")]
    if covering and max(covering, key=lambda h: h.end - h.start).rule.kind == "foreign":
        return True  # the lexicon knows it as a thing no metric counts ('12 conferences')
    if noun.lemma_.lower() in _GENERIC_NOUNS or noun.lower_ in _GENERIC_NOUNS:
        return False
    return not covering


def _period_of(text: str, q: Quantity, sent_end: int, doc_period: Period | None) -> Period | None:
    """The figure's own period ('up from 12 in 2021/22', '(2021/22: 1,640)', 'the year before')."""
    from ..period import find_periods, shift_years
    after = text[q.end:min(sent_end, q.end + 45)]
    m = re.match(r"\s*(?:\w+\s+){0,2}?(?:in|during|for|at)\s+(?:the\s+end\s+of\s+)?", after, re.I)
    found = find_periods(after[:40]) if m else []
    p: Period | None = None
    if found and found[0][0] <= m.end() + 1:
        p = found[0][2]
    bm = re.search(r"\(\s*((?:19|20)\d\d\s*/\s*\d\d)\s*:\s*$", text[max(0, q.start - 12):q.start])
    if bm:
        p = (find_periods(bm.group(1)) or [(0, 0, None)])[0][2]
    for rx, years in _RELATIVE_YEAR:
        if p is None and rx.match(after):
            p = shift_years(doc_period, years) if doc_period else None
    if p is not None and doc_period is not None and (p.start, p.end) == (doc_period.start, doc_period.end):
        return None
    return p


def _unit_from_context(text: str, q: Quantity, sent: Span, doc: Doc, te: int, typed: list[Quantity]) -> str:
    """A bare count takes a rate/duration unit from the sentence when it is a comparator."""
    if q.unit != "count":
        return q.unit
    next_noun = te < len(doc) and doc[te].pos_ in ("NOUN", "PROPN") and doc[te].text not in ("%",)
    if next_noun:
        return q.unit
    m = re.match(r"\s*(?:and|or|to|-|–)\s*\S+(?:\s+(?:working|calendar))?\s+(days?|weeks?|months?|years?)\b",
                 text[q.end:q.end + 40], re.I)
    if m:
        return {"d": "days", "w": "weeks", "m": "months", "y": "years"}[m.group(1)[0].lower()]
    if _from_end(text, q):
        return q.unit  # 'rose from 586 at 31 March 2024 to 624': both ends count the same thing
    sent_before = text[sent.start_char:q.start]
    rate = _PER.search(sent_before)
    if rate and not re.search(r"\d\s*$", sent_before):
        return "count" if _count_nearer_in_size(text, q, sent, typed) else "rate_per_" + rate.group(1).replace(",", "")
    if _of_a_rate(doc, sent, te, q):
        return _denominator(text, q.start)
    if _COMPARE_BEFORE.search(text[max(0, q.start - 40):q.start]):
        earlier = [t for t in typed if sent.start_char <= t.start < q.start and t.unit != "count"
                   and _fraction_ok(text, t) and not is_reference(text, t)]
        if earlier:
            return earlier[-1].unit
    return q.unit


_PER = re.compile(r"(?:per|for\s+every)\s+(10,000|1,000|100,000)", re.I)
# the span between the two ends of 'from 586 (at 31 March 2024) to 624'
_FROM_TO_GAP = re.compile(r"(?:\s*%|\s+per\s+(?:cent|[\d,]+))?(?:\s+(?:at|in|on|by|during)\s+[^,;.\d]{0,12}(?:[\d/]+[^,;.\d]{0,12}){0,3}?)?\s*(?:to|-|–)\s+"
                          r"(?:(?:about|around|almost|nearly|over|just\s+over|just\s+under|more\s+than)\s+)?$", re.I)
_BARE_TO_END = re.compile(rf"(?>{NUM})(?![\w.,]*\d)(?!\s*(?:%|per\b|percent\b|£))", re.I)


def _from_end(text: str, q: Quantity, bare: bool = True) -> bool:
    """The first end of 'from 10 to 14' (with `bare`, one whose other end is a bare number: both
    count one thing)."""
    if not re.search(r"\bfrom\s+$", text[max(0, q.start - 6):q.start], re.I):
        return False
    after = text[q.end:q.end + 60]
    for m in re.finditer(r"\b(?:to|-|–)\s+", after):
        if _FROM_TO_GAP.fullmatch(after[:m.end()]):
            return bool(_BARE_TO_END.match(after[m.end():])) if bare else bool(re.match(r"[\d£]|" + NUM, after[m.end():], re.I))
    return False


def _from_to_start(text: str, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The other end of 'from 121 to 109' for the figure at the 'to' end."""
    c = cands[i]
    for p in reversed(cands[:i]):
        if p.q.end <= c.q.start and c.q.start - p.q.end <= 60:
            if re.search(r"\bfrom\s+$", text[max(0, p.q.start - 6):p.q.start], re.I) \
                    and _FROM_TO_GAP.fullmatch(text[p.q.end:c.q.start]):
                return p
            return None
    return None
_RATE_NOUN = re.compile(r"\brates?\b(?!\s+of\s+(?:pay|interest|return|inflation))", re.I)


def _count_nearer_in_size(text: str, q: Quantity, sent: Span, typed: list[Quantity]) -> bool:
    """'1,312 children, a rate of 50.6 per 10,000, compared with 1,268': a bare comparator
    parallels the earlier figure of its own size, here the count, not the rate."""
    earlier = [t for t in typed if sent.start_char <= t.start < q.start and t.value > 0
               and t.unit in ("count", "rate_per_10000", "rate_per_1000", "rate_per_100000")
               and not is_reference(text, t) and not (t.value.is_integer() and 1900 <= t.value <= 2100)]
    if q.value <= 0 or not any(t.unit == "count" for t in earlier):
        return False
    nearest = min(earlier, key=lambda t: abs(math.log(t.value / q.value)))
    return nearest.unit == "count" and abs(math.log(nearest.value / q.value)) < math.log(2)


def _of_a_rate(doc: Doc, sent: Span, te: int, q: Quantity) -> bool:
    """'Essex's rate was 27.4', 'the lowest rate at 41.9', 'The looked after rate of 91.2 is
    above England (70.0)': a bare number said of a rate, with no counted thing between."""
    if q.kind == "word" or q.value.is_integer() and 1900 <= q.value <= 2100:
        return False
    text = doc.text
    before = text[sent.start_char:q.start]
    found = list(_RATE_NOUN.finditer(before))
    if not found or re.search(r"%|per\s*cent", before[found[-1].end():], re.I):
        return False
    start = sent.start_char + found[-1].end()
    between = [t for t in doc[sent.start:te] if t.idx >= start and t.idx < q.start]
    return not any(t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN" for t in between)


def _denominator(text: str, at: int) -> str:
    """A rate's unit: the denominator said last before `at` ('per 1,000' in Scotland), else
    per 10,000, the usual one of UK children's statistics."""
    found = list(_PER.finditer(text[:at]))
    return "rate_per_" + (found[-1].group(1).replace(",", "") if found else "10000")


def _subject(doc: Doc, ts: int, te: int) -> tuple[str, str]:
    """(subject phrase as written, head lemma) of the counted noun."""
    tok = doc[ts]
    head = tok.head if tok.dep_ in ("nummod", "quantmod", "amod", "compound") else tok
    if te < len(doc) and doc[te].lower_ == "of":
        objs = [t for t in doc[te:min(len(doc), te + 8)] if t.dep_ == "pobj"]
        head = objs[0] if objs else head
    if head.pos_ not in ("NOUN", "PROPN"):
        return "", ""
    left = min(t.i for t in head.lefts) if list(head.lefts) else head.i
    words = [t.text for t in doc[left:head.i + 1] if not t.like_num and t.pos_ not in ("DET",)]
    return " ".join(words).strip(), head.lemma_.lower()


_RATE_STOP = {"per", "(", "was", "is", "were", "are", "stood", "rose", "fell", "remained", "at", "for", ",", ";"}


def _rate_subject(doc: Doc, ts: int) -> str:
    """What a rate counts, as written: 'The rate (per 10,000) of children subject to a plan was 64'
    -> 'children subject to a plan'; 'the looked after rate of 91.2' -> 'looked after'; '' when
    the sentence names no rate before the number."""
    sent = doc[ts].sent
    rates = [t for t in doc[sent.start:ts] if t.lower_ in ("rate", "rates")]
    if not rates:
        return ""
    rate = rates[-1]
    j = rate.i + 1
    if j < ts and doc[j].text == "(":  # 'The rate (per 10,000) of ...'
        while j < ts and doc[j].text != ")":
            j += 1
        j += 1
    if j < len(doc) and doc[j].lower_ == "of" and j + 1 < len(doc) and not doc[j + 1].like_num:
        words = []
        for t in doc[j + 1:min(sent.end, j + 14)]:
            named = t.like_num and words and words[-1].lower_ in ("section", "article", "s.")  # 'section 47'
            if t.lower_ in _RATE_STOP or t.like_num and not named or t.pos_ == "AUX":
                break
            words.append(t)
        while words and words[0].pos_ == "DET":
            words = words[1:]
        return " ".join(t.text for t in words).strip()
    mods = [t for t in doc[max(sent.start, rate.i - 6):rate.i]
            if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "advmod", "prt", "punct") or t.head.i != rate.i
            and t.head.i < rate.i]
    while mods and (mods[0].pos_ in ("DET", "PRON", "PUNCT") or mods[0].dep_ == "poss" or mods[0].lower_ in ("'s", "’s")):
        mods = mods[1:]
    words = [t.text for t in mods if t.i < rate.i and t.pos_ not in ("DET",) and t.dep_ != "poss"
             and t.lower_ not in ("'s", "’s", "our", "its", "their", "the")]
    return " ".join(words).strip()


# A figure whose counted thing was never found keeps metric 'other' with this low confidence and
# says so in its method (show lists it among the figures the tool was unsure of).
UNRESOLVED = "unresolved: the counted thing was not found"
UNRESOLVED_CONFIDENCE = 0.5
INHERITED_CONFIDENCE = 0.8

# When the classifier may overrule the rules: its probability must reach OVERRIDE_SILENT where no
# rule names the number, OVERRIDE_RULE against a rule's reading. Calibrated on held-out folds
# (benchmarks/metric_cv.py); the model is trained with the rule's reading as a feature. Against
# a rule it needs 0.65: trained on folders whose gold files disagree on subsets with a trait
# ('three of these families became subject to a court order'), it was overruling a rule that
# names the metric outright at p=0.62.
OVERRIDE_SILENT = 0.5
OVERRIDE_RULE = 0.65


def _classify(doc: Doc, ts: int, te: int, rule_metric: str, rule_id: str) -> tuple[str, float, str]:
    """Let the metric classifier decide where rules are silent, or disagree with less confidence."""
    rule_conf = 0.6 if rule_id == "none" else 0.9
    if rule_id in ("unit", "events"):  # durations, ages, money, 'N times': never a metric's count
        return rule_metric, rule_conf, f"rule:{rule_id}"
    try:
        from .. import metric_model
        pred = metric_model.predict_metric(metric_model.metric_features(
            doc, ts, te, rule_metric, rule_id))
    except Exception as exc:  # the classifier is optional; rules stand alone
        log.debug("metric classifier unavailable: %s", exc)
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if pred is None:
        return rule_metric, rule_conf, f"rule:{rule_id}"
    metric, conf = pred
    if metric == rule_metric:
        return metric, max(conf, rule_conf), f"rule:{rule_id}"
    if conf > (OVERRIDE_SILENT if rule_id == "none" else OVERRIDE_RULE) and \
            (rule_id != "none" or metric == "other" or _named_in_text(doc, metric)):
        return metric, conf, "model"
    return rule_metric, rule_conf, f"rule:{rule_id}"


def _named_in_text(doc: Doc, metric: str) -> bool:
    """Whether the document names `metric` anywhere: the classifier may name the metric of a
    number whose counted thing was not found only in a text that talks of it ('Ashford (71) and
    Dover (70)' in a report on veterans counts no child protection plans)."""
    named = doc.user_data.get("metrics_named")
    if named is None:
        # a name, not a bare word that many things share ('plan')
        named = set()
        for h in rule_hits(doc):
            if h.rule.kind in ("noun", "prop", "family", "context") and \
                    (h.end - h.start > 1 or h.rule.kind != "prop" or h.rule.id.startswith("lex:")):
                named |= {k for k in (h.rule.metric, h.rule.family and "family:" + h.rule.family) if k}
        doc.user_data["metrics_named"] = named
    family = _FAMILY_METRICS.get(metric) or ("scr" if metric == "serious_case_reviews" else None)
    return metric in named or (family is not None and "family:" + family in named)


@functools.lru_cache(maxsize=2)
def _doc_rules(doc: Doc) -> tuple[list[Quantity], list[tuple[int, int] | None], set[int], list[_Hit]]:
    """A doc's numbers, their token spans, the number tokens and the rule hits (read once)."""
    text = doc_text(doc)
    quantities = _quantities(text)
    spans = [_token_span(doc, q) for q in quantities]
    # a year or reference ('since April 2023', 'within 12 months') does not cut a number's window
    num_toks = {i for q, sp in zip(quantities, spans) if sp and not is_reference(text, q)
                for i in range(sp[0], sp[1])}
    return quantities, spans, num_toks, rule_hits(doc)


def _rule_reading(doc: Doc, q: Quantity, ts: int, te: int) -> tuple[str, str, str]:
    """(metric, rule id, unit) the rules give the number at tokens [ts, te)."""
    quantities, _spans, num_toks, hits = _doc_rules(doc)
    sent = doc[ts].sent
    left, right = _window(doc, sent, ts, te, num_toks - set(range(ts, te)))
    metric, rid = _metric_of(doc, hits, ts, te, left, right, q.unit)
    unit = _unit_from_context(doc_text(doc), q, sent, doc, te, quantities)
    if unit in _OTHER_UNITS:
        metric, rid = "other", "unit"  # durations, ages and money are never a metric's count
    return metric, rid, unit


@functools.lru_cache(maxsize=2)
def _rule_candidates(doc: Doc) -> list[_Candidate]:
    """The rules-only candidates of a doc's running text (plain-text tables left out)."""
    from ..tables import text_tables
    skip = [(c.start, c.end) for t in text_tables(doc_text(doc)) for row in t.rows for c in row]
    return _candidates(doc, None, skip)


def rule_metric_for(doc: Doc, start_tok: int, end_tok: int) -> tuple[str, str] | None:
    """(metric, rule id) the rules give the running-text figure at tokens [start_tok, end_tok),
    as `find_figures` reads it before the classifier: rule id 'none' when no rule speaks, 'unit'
    for durations, ages and money, 'inherit' for comparators and elided counts. None when the
    rules take the number for no figure (a year, a reference) or it is in a plain-text table."""
    for c in _rule_candidates(doc):
        if c.ts < end_tok and start_tok < c.te:
            return c.metric, c.rule
    return None


def _candidates(doc: Doc, doc_period: Period | None, skip: list[tuple[int, int]],
                use_classifier: bool = False, rejected: list[dict[str, Any]] | None = None) -> list[_Candidate]:
    """Figures of the running text with their metric; comparators and elided counts then
    inherit theirs, so a figure the classifier re-reads carries its restatements along.
    Numbers that are no figure go to `rejected` (when given) with the reason."""
    text = doc_text(doc)
    quantities, _spans, _num_toks, hits = _doc_rules(doc)
    junk = boilerplate_spans(text)
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    out: list[_Candidate] = []

    def reject(q: Quantity, reason: str) -> None:
        if rejected is not None:
            rejected.append({"text": text[q.start:q.end], "start": q.start, "end": q.end,
                             "sentence": _line_of(text, q.start)[1].strip()[:300], "reason": reason})

    for q in quantities:
        if any(s <= q.start < e for s, e in skip):
            continue  # a table cell: the table reader decides
        reason = (BOILERPLATE if any(s <= q.start < e for s, e in junk) else
                  PHONE if any(s <= q.start < e for s, e in phones) else reject_reason(text, q)
                  or (None if _fraction_ok(text, q) else "a time, not a share ('the second half')"))
        if reason:
            reject(q, reason)
            continue
        span = _token_span(doc, q)
        if span is None:
            continue
        ts, te = span
        if q.kind == "duration" and _span_over(doc, text, q, ts):
            reject(q, SPAN)
            continue
        sent = doc[ts].sent
        metric, rid, unit = _rule_reading(doc, q, ts, te)
        if q.kind == "word" and q.value == 1 and (metric == "other" or _PRONOUN_ONE_AFTER.match(
                text[q.end:q.end + 12]) or _PRONOUN_ONE_BEFORE.search(text[max(0, q.start - 12):q.start])):
            reject(q, "'one' as a pronoun or counting nothing a metric names")
            continue  # "one" is a figure only when it counts something the metrics name
        if not _zero_ok(text, q, metric):
            reject(q, "'no' or 'none' counting nothing a metric names")
            continue
        q = Quantity(q.start, q.end, q.value, unit, q.kind, q.qualifier)
        conf, method = 0.9 if rid != "none" else 0.6, f"rule:{rid}"
        if use_classifier:
            metric, conf, method = _classify(doc, ts, te, metric, rid)
        if metric == "other" and rid == "none" and method == "rule:none":
            conf, method = UNRESOLVED_CONFIDENCE, UNRESOLVED  # not 'other': nothing was found
        subject, head = _subject(doc, ts, te)
        if not subject and q.unit.startswith("rate_"):
            subject = _rate_subject(doc, ts)
        period = _period_of(text, q, sent.end_char, doc_period)
        backref = q.unit == "count" and not q.qualifier and \
            bool(_BACKREF_BEFORE.search(text[max(0, q.start - 30):q.start]))
        repeat = "drop" if backref else ""
        if not repeat and metric == "other" and q.unit == "count" and _counted_noun(doc, ts, te) is None \
                and not subject and any(s <= q.start < e for s, e in quoted):
            repeat = "quote"  # a speaker restating a figure ('Ten out of 14 is progress') adds a mention
        out.append(_Candidate(q, metric, subject, conf, method, period, sent.text.strip(), head,
                              repeat=repeat, ts=ts, te=te, rule=rid))
    _inherit(doc, text, out, hits)
    return out


_COMPARATOR_BEFORE = re.compile(
    r"(?:compare[ds]?\s+(?:with|to)|up\s+from|down\s+from|\bfrom|\bthan|against|versus|\bvs\.?|"
    r"england:?|wales:?|scotland:?|northern\s+ireland:?|neighbours:?|\bsn:?|nationally:?|average:?|average\s+of|rate\s+of|figure\s+for\s+\w+\s+(?:was|is)|"
    r"equivalent\s+to|(?:increase|rise|fall|decrease|reduction|drop)\s+of|(?:up|down)\s+by|"
    r"\(\s*(?:19|20)\d\d\s*/\s*\d\d\s*:|;"
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


_CONVERSION = re.compile(r"(?:\brate\s+of|equivalent\s+to|\()\s*$", re.I)
_STATUS = re.compile(
    r"\b(?:complete|completed|open|outstanding|overdue|on\s+track|in\s+progress|signed\s+off|"
    r"cleared|closed|implemented|published|commissioned|criteria|threshold|still\s+being|finished|due)\b", re.I)


def _bare(doc: Doc, c: _Candidate) -> bool:
    """The number names no counted noun of its own ('compared with 16 in 2021/22')."""
    nxt = doc[c.te] if c.te < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB", "NUM") and nxt.lower_ != "of"


def _elliptic(doc: Doc, c: _Candidate, text: str) -> bool:
    """'12 had been completed', '11 of them were complete', 'we cleared 42 of them', 'There are
    17 still open': the counted noun is said before.

    A subset ('Of these, 402 led to a conference') keeps its base metric only when its verb
    is a status the base metric covers (completed, overdue, published, the criteria), or when
    it is the object of the verb ('we cleared 42 of them')."""
    if c.rule != "none" or c.q.unit != "count":
        return False
    tok = doc[c.te - 1]
    nxt = doc[c.te] if c.te < len(doc) else None
    after = text[c.q.end:c.q.end + 20]
    of_pronoun = bool(re.match(r"\s+of\s+(?:them|those|these|which|the\s+\w+\s*(?:[,;.]|had|have|were|was|are|is)\b)",
                               after, re.I))
    dep = tok.dep_ if tok.dep_ not in ("nummod", "quantmod") else tok.head.dep_
    if not of_pronoun and (nxt is not None and nxt.lower_ == "of" or dep not in ("nsubj", "nsubjpass", "attr")):
        return False
    sent = doc[c.ts].sent
    partitive = of_pronoun or dep == "attr" or re.search(
        r"\b(?:of|among)\s+(?:these|those|them|which)\b|\bother\b|\bremaining\b", text[sent.start_char:c.q.start], re.I)
    clause = text[c.q.end:min(sent.end_char, c.q.end + 60)]
    return not partitive or dep == "dobj" or bool(_STATUS.search(clause))


def _antecedent(cands: list[_Candidate], i: int, doc: Doc, text: str) -> _Candidate | None:
    """The figure this one follows: the nearest earlier one of the same unit on the same line of
    the sentence, else the nearest with a metric there, else the same unit one sentence back."""
    c = cands[i]
    sent = doc[c.ts].sent
    prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # a restated set size ('of the nine') with no metric of its own stands for nothing
    usable = [p for p in cands[:i] if not (p.repeat == "drop" and p.metric == "other")]
    same = [p for p in usable if p.ts >= sent.start and "\n" not in text[p.q.end:c.q.start]]
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
    return pick if pick is not None and pick.metric != "other" else None


def _drawn_from(doc: Doc, c: _Candidate) -> counted.SetRef | None:
    """The earlier set a count with no metric of its own is part of ('a dozen of them',
    'Of these, 58 ...', 'Seven of the nine'); None when it names its own thing."""
    if c.q.unit != "count" or c.metric != "other" or c.rule in ("events", "unit", "remainder", "noun") \
            or c.rule in _MEASURE_RULES:
        return None
    verb = doc[c.te - 1].head
    if verb.lemma_.lower() in _CONVERSION_VERBS:
        return None  # the subset is counted as what it became
    ref = counted.set_reference(doc, c.ts, c.te)
    return ref if ref is not None and ref.kind in ("pronoun", "number") else None


# nouns that stand for a quantity said before: 'The figure rose to 15', 'that number was 655'
_STAND_INS = {"figure", "number", "total", "tally", "count"}


def _stand_in_subject(doc: Doc, c: _Candidate) -> bool:
    """'Twelve notifications were made in 2023. The figure rose to 15 this year.', 'By September
    that number was 655', 'The total stood at 440': the clause's subject is 'the figure / number /
    total' (naming nothing of its own, no 'of'), so the bare number is a value of what was counted
    before, unless a question just asked for it ('how many ...? ... the figure was 41')."""
    if c.rule != "none" or c.metric != "other" or not _bare(doc, c):
        return False
    if _questions_before(doc, c):
        return False  # 'asked how many were placed out of county ... said the figure was 41': _answer_to decides
    verb = _governing_verb_of(doc[c.te - 1])
    if verb is None or verb.i > c.ts:
        return False
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
    lo = doc[c.ts].sent.start
    for _ in range(2):
        lo = doc[lo - 1].sent.start if lo > 0 else lo
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
    if c.rule != "none" or c.metric != "other" or not _bare(doc, c) or c.ts < 1:
        return False
    tok, sent = doc[c.te - 1], doc[c.ts].sent
    gapped = doc[c.ts - 1].pos_ == "PROPN" and doc[c.ts - 1].i > sent.start
    coordinated = tok.dep_ == "conj" or any(t.dep_ == "cc" or t.lower_ == "while" for t in doc[max(sent.start, c.ts - 4):c.ts])
    verb = _governing_verb_of(tok)  # 'X reported 22 ..., while Y reported nine': the verb repeats
    repeated = verb is not None and any(t.lemma_ == verb.lemma_ and t.pos_ == "VERB" for t in doc[sent.start:verb.i])
    return gapped or coordinated or repeated


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


def _share_as_subject(doc: Doc, c: _Candidate) -> bool:
    """'Just under a third (31%) were from the police', 'Some 40% came from schools': a share that
    is its clause's subject and names no whole is a share of the set counted before."""
    if c.q.unit != "percent" or c.metric != "other" or c.rule != "none":
        return False
    if counted.set_reference(doc, c.ts, c.te) is not None or (c.te < len(doc) and doc[c.te].lower_ == "of"):
        return False
    sent = doc[c.ts].sent
    opens = re.fullmatch(r"\W*(?:(?:just|some|around|about|almost|nearly|over|under|roughly|approximately|"
                         r"more\s+than|less\s+than|fewer\s+than)\s+)*", doc[sent.start:c.ts].text + " ", re.I)
    j = c.te
    if j < sent.end and doc[j].text == "(":  # 'a third (31%) were ...'
        while j < sent.end and doc[j].text != ")":
            j += 1
        j += 1
    if opens and j < sent.end and doc[j].pos_ in ("AUX", "VERB"):
        # the share opens its sentence and a verb follows: it is the subject ('94% said the
        # training helped' is a share of the people asked, not of a set counted before)
        return doc[j].lemma_.lower() not in _OPINION_VERBS
    tok = doc[c.te - 1]
    for _ in range(3):  # '31' -> '%' -> (appos) 'third'
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() not in _OPINION_VERBS
        if tok.dep_ not in ("nummod", "quantmod", "appos", "compound", "npadvmod") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _governing_verb_of(tok: Token) -> Token | None:
    """The nearest verb above `tok` in the parse (or None)."""
    for _ in range(6):
        if tok.head is tok:
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
    lo = doc[c.ts].sent.start
    for _ in range(3):  # a set said up to three sentences back (numbered lines break sentences)
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    pool = [p for p in reversed(cands[:i]) if lo <= p.ts < c.ts and p.metric != "other"
            and (any_unit or p.q.unit == "count") and not (ref.token >= 0 and p.ts <= ref.token < p.te)]
    if ref.value is not None:
        sized = [p for p in pool if abs(p.q.value - ref.value) < 0.01]
        pool = sized or pool
    else:
        # 'made 23 suggestions, 19 of which ...': the nearest count of a thing found and fitting no
        # metric is the set (the subset counts suggestions too), not an earlier metric's count
        start = max(lo, pool[0].te) if pool else lo
        nearer = [p for p in reversed(cands[:i]) if start <= p.ts < c.ts and p.q.unit == "count"
                  and p.metric == "other" and p.rule == "noun" and p.repeat != "drop"]
        if nearer:
            return nearer[0]
    return pool[0] if pool else None


def _own_stage(doc: Doc, hits: list[_Hit], c: _Candidate) -> str | None:
    """The review stage of the number's own verb ('four were published')."""
    return _stage_of(doc, hits, c.ts, c.ts, c.te)


def _inherit(doc: Doc, text: str, cands: list[_Candidate], hits: list[_Hit]) -> None:
    """Comparators ('up from 12 in 2021/22', 'England: 41.6') and elided counts ('12 had been
    completed') take the metric, and a rate's unit, of the figure they follow."""
    for i, c in enumerate(cands):
        if c.ts < 0 or c.q.unit in _OTHER_UNITS:
            continue
        before, after = text[max(0, c.q.start - 45):c.q.start], text[c.q.end:c.q.end + 30]
        cue = _comparator_cue(before, after, c)
        comparator = _bare(doc, c) and bool(cue or _COMPARATOR_AFTER.match(after)
                                            or c.rule == "none" and _CHANGE_TO.search(before))
        comparator = comparator or _parallel(doc, c) or _stand_in_subject(doc, c)
        measure = _measure_of_its_size(doc, cands, i) if c.q.unit == "count" and _bare(doc, c) and \
            (comparator or not c.q.value.is_integer()) and not _from_end(text, c.q) else None
        if measure is not None:  # '14.2 per 100,000, followed by Torbay on 11.8': not a count
            c.q = Quantity(c.q.start, c.q.end, c.q.value, measure.q.unit, c.q.kind, c.q.qualifier)
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
        drawn = _drawn_from(doc, c)
        share = not comparator and not drawn and (_share_of_whole(doc, c) or _share_as_subject(doc, c))
        if not comparator and not drawn and not share and not _elliptic(doc, c, text):
            continue
        if drawn:
            prev = _set_antecedent(cands, i, doc, drawn)
        elif share:
            prev = _set_antecedent(cands, i, doc, counted.SetRef("pronoun"), any_unit=True)
        else:
            prev = _antecedent(cands, i, doc, text)
        sent = doc[c.ts].sent
        if prev is None and _from_end(text, c.q):  # 'risen by 40% ..., from 10 to 14'
            prev = next((p for p in reversed(cands[:i]) if p.ts >= sent.start and p.metric != "other"), None)
        if prev is not None and prev.ts < sent.start and _from_end(text, c.q, bare=False):
            prev = None  # 'attendance fell from 92 per cent to 41 per cent': what changed is in the sentence
        if prev is None:
            continue
        if comparator and c.q.unit == "count" and prev.q.unit.startswith("rate_") and not _from_end(text, c.q):
            c.q = Quantity(c.q.start, c.q.end, c.q.value, prev.q.unit, c.q.kind, c.q.qualifier)
        metric = prev.metric
        family = _FAMILY_METRICS.get(metric)
        stage = _own_stage(doc, hits, c) if family and not comparator else None
        if stage:
            metric = _FAMILY_STAGE[family][stage]
        c.metric, c.subject, c.head = metric, c.subject or prev.subject, prev.head
        c.method, c.rule = f"rule:inherit:{prev.rule}", "inherit"
        c.confidence = max(c.confidence, INHERITED_CONFIDENCE)


def _comparator_cue(before: str, after: str, c: _Candidate) -> bool:
    """A comparator said before the number: 'compared with 41.6', 'England: 70', and in brackets
    after the comparator's name ('below statistical neighbours (471.2) and England (489.6)').
    'The looked after rate of 91.2' names its own metric: 'rate of' makes a comparator only of a
    number whose counted thing was not found ('the England rate of 30.1')."""
    if re.match(r"\s*\)", after):
        before = re.sub(r"\(\s*$", "", before)
    m = _COMPARATOR_BEFORE.search(_strip_hedge(before))
    if m is None:
        return False
    own = c.metric != "other" and c.rule not in ("none", "inherit")
    return not (own and re.fullmatch(r"rate\s+of\s*", m.group(0), re.I))


def _measure_of_its_size(doc: Doc, cands: list[_Candidate], i: int) -> _Candidate | None:
    """The rate or share a bare number parallels: a decimal takes the last rate or percentage
    said in its sentence or the two before (a count of things is whole: '41.9' beside 'a rate of
    50.3' is a rate); a whole number the figure nearest in size there, when that is a rate or a
    percentage ('England 10' beside '9.1%' is a share)."""
    c = cands[i]
    if c.q.value <= 0:
        return None
    lo = doc[c.ts].sent.start
    for _ in range(2):
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    pool = [p for p in cands[:i] if lo <= p.ts < c.ts and p.q.value > 0
            and (p.q.unit == "count" or p.q.unit == "percent" or p.q.unit.startswith("rate_"))]
    if not pool:
        return None
    measures = [p for p in pool if p.q.unit != "count"]
    if not c.q.value.is_integer() and measures:
        return measures[-1]  # 'ranged from 16.8 per 10,000 to 112.3': a decimal is no count
    best = min(pool, key=lambda p: (abs(math.log(p.q.value / c.q.value)), c.ts - p.ts))
    if best.q.unit == "count" or abs(math.log(best.q.value / c.q.value)) >= math.log(2):
        return None
    return best


def _strip_hedge(before: str) -> str:
    """`before` without a trailing hedge ('compared with around ' -> 'compared with ')."""
    return re.sub(r"(?:more\s+than|fewer\s+than|less\s+than|about|around|almost|nearly|over|some|"
                  r"approximately|roughly|just\s+(?:over|under))\s*$", "", before, flags=re.I).rstrip() + " "


def _mention(c: _Candidate, document: Document) -> Mention:
    page, _ = document.locate(c.q.start)
    return Mention(document.text[c.q.start:c.q.end], c.sentence, page, c.q.start, c.q.end,
                   document.span_bbox(c.q.start, c.q.end))


def _restated(c: _Candidate, figures: list[Figure]) -> Figure | None:
    """The figure a restatement repeats: same value and unit, same metric preferred; a bare
    number in a quote may restate a figure of any unit ('143 is not acceptable' for a rate), and
    so may a PDF card's number (its unit is in its label line), or an unnamed one of its unit."""
    same = [f for f in figures if (f.unit == c.q.unit or c.repeat in ("quote", "card"))
            and abs(f.value - c.q.value) < 0.005 and not (c.repeat == "quote" and f.metric == "other")
            and not (c.repeat == "card" and f.metric == "other" and f.unit != c.q.unit)]
    same.sort(key=lambda f: (f.unit != c.q.unit, f.metric != c.metric, f.metric == "other"))
    return same[0] if same else None


# 'Of the 11 reviews, three led to ...': the set a subset is drawn from restates its count
_SET_OPENER = re.compile(r"(?:^|[.\n]\s*)of\s+(?:the|these|those)\s+$", re.I)


def _merge(cands: list[_Candidate], document: Document) -> list[Figure]:
    """Mentions of the same fact (value, unit, metric, period, head for 'other') become one Figure."""
    figures: dict[tuple[Any, ...], Figure] = {}
    for c in cands:
        if c.repeat == "drop" and c.metric != "other" and not _SET_OPENER.search(
                document.text[max(0, c.q.start - 12):c.q.start]):
            c.repeat = ""  # a back-reference with its own metric ('in all nine' with learning)
        if c.repeat:
            continue
        per = (c.period.start, c.period.end) if c.period else None
        key = (round(c.q.value, 2), c.q.unit, c.metric, per, c.head if c.metric == "other" or c.apart else "")
        mention = _mention(c, document)
        fig = figures.get(key)
        if fig is None:
            figures[key] = Figure(c.metric, c.q.value, c.q.unit, c.subject, c.confidence, [mention],
                                  c.period, c.q.qualifier, c.method)
        elif all(m.start != mention.start for m in fig.mentions):
            fig.mentions.append(mention)
            fig.confidence = max(fig.confidence, c.confidence)
    out = list(figures.values())
    for c in cands:
        if not c.repeat:
            continue
        fig = _restated(c, out)
        if fig is not None:
            fig.mentions.append(_mention(c, document))
            fig.mentions.sort(key=lambda m: m.start)
        elif c.repeat in ("merge", "quote", "card"):
            out.append(Figure(c.metric, c.q.value, c.q.unit, c.subject, c.confidence,
                              [_mention(c, document)], c.period, c.q.qualifier, c.method))
    return out


def find_figures(doc: Doc, document: Document, doc_period: Period | None, *,
                 use_classifier: bool = True, rejected: list[dict[str, Any]] | None = None) -> list[Figure]:
    """Every reported figure in `document` (spaCy `doc` is built from `document.text`).

    `rejected`, when given, receives each number of the running text that is no figure, with
    the reason the rejecting rule gave (text, start, end, sentence, reason)."""
    from ..tables import align_restated, table_candidates
    table_cands, skip = table_candidates(doc, document, doc_period)
    cands = _candidates(doc, doc_period, skip, use_classifier, rejected)
    align_restated(cands, table_cands, document.text, doc_period)
    cands += table_cands
    for c in cands:
        if c.metric == "review_referrals" and c.q.unit.startswith("rate_"):
            # cases referred for a review are never counted per 10,000 children: a referral
            # rate is the rate of referrals to children's social care
            c.metric = "social_care_referrals"
    return _merge(sorted(cands, key=lambda c: c.q.start), document)


__all__ = [
    "OVERRIDE_RULE", "OVERRIDE_SILENT", "UNRESOLVED", "UNRESOLVED_CONFIDENCE", "_FAMILY_STAGE", "_HEADING_LINE",
    "_STAGE_ORDER", "_Candidate", "_Hit", "_named_in_text", "boilerplate_spans", "find_figures", "is_reference",
    "reject_reason", "rule_hits", "rule_metric_for",
]
