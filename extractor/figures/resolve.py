"""Resolve: the counted thing in the number's own sentence (its window of tokens, the counted
noun, the subject, the predicate or verb that names it, the review stage, the period)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..findings import Period
from ..numbers import Quantity
from ..pipeline import doc_text, line_wraps, next_line
from .analysis import _STAGE_ORDER, _Hit, _Rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# A number that restates a set already counted: 'of the 17', 'each of these 23 cases', 'in all 13'
_BACKREF_BEFORE = re.compile(r"(?:\b(?:of|in|for|from)\s+(?:the|these|those|all|all\s+the|both)|"
                             r"\beach\s+of\s+(?:the|these|those)|\bin\s+all|\ball|\bthese|\bthose)\s+$", re.I)
_RELATIVE_YEAR = [(re.compile(r"^\W{0,3}(?:in\s+)?the\s+year\s+before\s+that\b", re.I), 2),
                  (re.compile(r"^\W{0,3}(?:in\s+)?(?:the\s+)?(?:year\s+before|previous\s+year|"
                              r"a\s+year\s+earlier|year\s+earlier|prior\s+year)\b", re.I), 1)]
# Counted nouns that say nothing about what is counted: the sentence's rules decide.
_GENERIC_NOUNS = {"child", "children", "case", "cases", "family", "families", "young", "people",
                  "person", "youngster", "youngsters", "kid", "kids", "boy", "girl", "baby", "babies", "teenager",
                  "teenagers", "one", "ones", "number", "total", "figure", "time", "times", "year", "rate",
                  "month", "week", "day", "incident", "incidents", "%", "cent", "percent",
                  "pupil", "pupils", "infant", "infants", "sibling", "siblings", "others",
                  "occasion", "occasions", "use", "uses", "instance", "instances"}


def _window(doc: Doc, sent: Span, ts: int, te: int, num_toks: set[int]) -> tuple[int, int]:
    """Token range [left, right) around a number, cut at other numbers, ';' and the sentence; to the
    right it reads on over a line wrapped in running text (the number's own noun: '612' / 'section 47
    enquiries'), to the left it stops at any line break (a label above a card's figure is no part of it)."""
    def stop(i: int) -> bool:  # another number, ';', or a line break (bullets, table rows, a card's label)
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
    # 'Sixty children (23%) were ...': or right after its counted noun
    noun_end = right + 1 if right < sent.end and doc[right].pos_ == "NOUN" and doc[right].head.i == te - 1 \
        or right < sent.end and doc[te - 1].head.i == right and doc[right].pos_ == "NOUN" else right
    for opening in dict.fromkeys((right, noun_end)):
        if opening < sent.end and doc[opening].text == "(":
            close = next((k for k in range(opening + 1, min(opening + 6, sent.end)) if doc[k].text == ")"), None)
            if close is not None and all(doc[k].like_num or doc[k].text in ("%", "per", "cent", ".")
                                         for k in range(opening + 1, close)):
                of_set |= set(range(opening, close + 1))
    while right < sent.end and right - te < 16 and (right not in num_toks or right in of_set) \
            and doc[right].text != ";" and not (labelled and doc[right].text in (".", ",", "|")) \
            and ("\n" not in doc[right - 1].text_with_ws or _wrapped(doc, sent, right - 1)) \
            and not _contrast_at(doc, right):
        right += 1
    return left, right


def _wrapped(doc: Doc, sent: Span, i: int) -> bool:
    """Whether the line break at token i is a line wrapped in running text inside the sentence
    ('612' / 'section 47 enquiries were started', 'the subject of' / 'a plan'), as the sentence
    splitter reads one (a bullet, a heading, a table row is none: a heading the parser did not
    see may still hang on the sentence before it)."""
    if not (sent.start <= i and i + 1 < sent.end):
        return False
    text = doc_text(doc)
    at = text.find("\n", doc[i].idx)
    nxt = doc[i + 1].idx
    if at < 0 or at >= nxt or text.count("\n", at, nxt) != 1:
        return False
    return line_wraps(text[text.rfind("\n", 0, at) + 1:at], next_line(text, nxt))


def _contrast_at(doc: Doc, i: int) -> bool:
    """', but' / ', whereas' opens a clause about another thing: 'the rate of children in care,
    38 per 10,000, but even there the number of referrals rose' (the window ends before it)."""
    return doc[i].lower_ in ("but", "whereas", "although", "though") and i > 0 and doc[i - 1].text == ","


def _stage_of(doc: Doc, hits: list[_Hit], ts: int, left: int, right: int) -> str | None:
    """The review stage (commissioned/published/ongoing) governing the number. A publication
    still to come is no stage reached: said of the number itself ('the other three are expected
    to be published') the reviews are ongoing; said elsewhere ('two went on to LCSPRs, which will
    publish next year') it is no stage of the number's."""
    to_come = {h.start for h in hits if h.rule.kind == "stage" and h.rule.stage == "published" and _to_come(doc, h.start)}
    gov = doc[ts]
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX") or gov.head is gov:
            break
        gov = gov.head
    own: list[str | None] = []
    clauses = ("conj", "advcl", "ccomp", "relcl", "parataxis")  # another clause's verb is not ours
    # the verb the number's own verb completes comes before a coordinated one: 'agreed to carry out two
    # learning reviews and published one' (the two were agreed, the one published)
    above = {gov.head.i} if gov.dep_ == "xcomp" else set()
    for verbs in ({gov.i, *[c.i for c in gov.children if c.dep_ not in clauses]}, above, {c.i for c in gov.conjuncts}):
        own = own or [("ongoing" if h.start in to_come else h.rule.stage) for h in hits if h.rule.kind == "stage" and (
            h.start in verbs or any(doc[i].head.i in verbs and doc[i].dep_ != "conj" and doc[i].dep_ not in clauses
                                    for i in range(h.start, h.end)))]
    near = [h for h in hits if h.rule.kind == "stage" and left <= h.start < right and h.start not in to_come]
    cands = own or [min(near, key=lambda h: abs(h.start - ts) / (2 if h.start > ts else 1)).rule.stage] if near or own else []
    for stage in _STAGE_ORDER:
        if stage in cands:
            return stage
    return None


# words that put the verb after them in the future: 'will publish', 'due to be published'
_FUTURE = {"will", "shall", "'ll", "to"}


def _to_come(doc: Doc, start: int) -> bool:
    """The verb at `start` is said of a time to come ('will publish', 'to be published')."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in ("be", "then", "now", "also", "not", "shortly", "soon"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _FUTURE and (doc[k].lower_ != "to" or doc[k].tag_ == "TO")


_LEVEL_VERBS = {"rise", "climb", "fall", "increase", "decrease", "drop", "stand", "reach", "total",
                "grow", "go", "jump", "double", "remain", "stay"}


# verbs whose object is the size of their subject: 'numbered 1,126', 'totalled 9,400'
_REACH_VERBS = {"reach", "hit", "top", "exceed", "pass"}
_TOTAL_VERBS = {"numbered", "number", "numbers", "totalled", "totaled", "totals", "total", "totalling"}


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
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "of", "from") and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.head.lemma_.lower() in _LEVEL_VERBS:
        verb = tok.head.head
    elif _changed_by(tok):
        verb = tok.head.head  # 'Missing episodes dropped by 11%': a change takes the metric of what changed
    elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _REACH_VERBS:
        verb = tok.head  # 'Concerns reported to social work reached 2,216'
    elif tok.dep_ in ("dobj", "attr", "npadvmod") and tok.head.pos_ == "VERB" and tok.head.lower_ in _TOTAL_VERBS:
        verb = tok.head  # 'Open early help assessments numbered 1,126', 'Contacts totalled 9,400'
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.lower_ in _TOTAL_VERBS:
        # 'Recommendations from published reviews numbered 19': the parser hangs the total verb on
        # the noun of the subject's phrase; the phrase's head is what is counted
        subj = verb.head
        while subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.head.pos_ in ("NOUN", "PROPN"):
            subj = subj.head.head
    if subj is None:
        return None
    named = [h for h in hits if h.rule.kind in ("noun", "prop", "family") and h.rule.metric != "other"
             and subj.left_edge.i <= h.start <= subj.right_edge.i]
    heads = [subj.i] + [c.i for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    # a plural subject of a change no rule knows ('Concerns rose by 8%') is a count of something the
    # rules do not name, not a measure: it stays unresolved
    if _a_measure_no_rule_knows(doc, hits, subj) and not (_changed_by(tok) and subj.tag_ in ("NNS", "NNPS")):
        # 'Attendance of pupils with a social worker was 88.2%', 'Attendance of children on plans rose
        # to 86.7%': the subject's head is what the number measures, a thing found that fits no metric
        return _Hit(_Rule("measure", "foreign", "other", None, None), subj.i, subj.i + 1)
    for i in heads:
        on_head = [h for h in named if h.start <= i < h.end]
        foreign = [h for h in hits if h.rule.kind == "foreign" and h.start <= i < h.end
                   and all(h.end - h.start > n.end - n.start for n in on_head)]
        if foreign and (verb.lower_ in _TOTAL_VERBS or _changed_by(tok)):
            return foreign[0]  # a thing no metric counts: 'early help assessments numbered 1,126', 'Home visits rose by 12%'
        if on_head:
            return on_head[0]
    return named[0] if named else None


def _changed_by(tok: Token) -> bool:
    """Whether the percentage at `tok` is the size of a change of its verb's subject ('fell by 6%')."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.lower_ in ("%", "per", "percent", "cent") \
        and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _LEVEL_VERBS


# nouns that say how a thing is counted, not what: the thing is their 'of' object ('the number of
# referrals', 'the proportion of children on plans', 'the rate of re-referrals')
_QUANTITY_NOUNS = {"number", "numbers", "total", "totals", "proportion", "percentage", "share", "rate", "rates",
                   "level", "levels", "figure", "figures", "count", "majority", "minority", "amount", "fraction",
                   "half", "third", "quarter", "fifth", "tenth", "cent", "percent", "per", "%", "average", "mean",
                   "median", "tally", "volume", "size", "group", "cohort", "population",
                   # stand-ins for a quantity said or asked before ('the answer was 27')
                   "answer", "reply", "response", "estimate", "value", "result", "position", "picture", "outturn"}


def _a_measure_no_rule_knows(doc: Doc, hits: list[_Hit], subj: Token) -> bool:
    """Whether the subject's head is a common noun no rule knows and that names no quantity of an
    'of' object ('Attendance', 'Turnover', 'Satisfaction'), so it is the thing the number measures."""
    if not (subj.pos_ == "NOUN" or _common_noun_read_as_a_name(subj)) or subj.lower_ in _QUANTITY_NOUNS or subj.lemma_.lower() in _QUANTITY_NOUNS \
            or subj.lower_ in _GENERIC_NOUNS or subj.lemma_.lower() in _GENERIC_NOUNS:
        return False
    return not any(h.start <= subj.i < h.end for h in hits)


_RATE_NOUNS = {"rate", "level", "percentage", "proportion"}


def _rate_of_a_measure(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """'a health visitor vacancy rate of 19%', 'an attendance rate of 91%', 'a turnover level of 17%':
    a rate 'of' the number whose own noun before it is a measure no rule knows measures that."""
    tok = doc[te - 1]
    if tok.dep_ in ("nummod", "quantmod") and tok.head.lower_ in ("%", "per", "percent", "cent"):
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in _RATE_NOUNS:
        return False
    rate = tok.head.head
    named = [c for c in rate.children if c.dep_ in ("compound", "amod") and c.i < rate.i and c.pos_ == "NOUN"]
    if not named or any(h.start <= rate.i < h.end for h in hits):
        return False
    measure = named[-1]
    return measure.lower_ not in _GENERIC_NOUNS and measure.lemma_.lower() not in _QUANTITY_NOUNS \
        and not any(h.start <= measure.i < h.end and h.rule.metric not in (None, "other") for h in hits)


# what a measure's head takes after it: 'Attendance of', 'Turnover among', 'Satisfaction with'
_MEASURE_PREPS = {"of", "among", "amongst", "for", "with", "in"}


def _common_noun_read_as_a_name(tok: Token) -> bool:
    """Whether a word the tagger read as a name is a capitalised common noun opening its sentence
    after a paragraph or list number ('5.1 Attendance of learners ...', '2) Turnover among social
    workers ...'): no entity, the first word of its sentence but for numbers and marks, and
    followed by the preposition a measure takes (a place or a person is tagged as an entity)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
        return False
    sent = tok.sent
    if any(not (t.is_punct or t.like_num or t.is_space) for t in tok.doc[sent.start:tok.i]):
        return False
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _MEASURE_PREPS


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


def _held_for(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """'Initial conferences were held for 142 children', 'Rapid reviews were completed for 12
    children': children 'for' whom a thing was done count that thing, the verb's subject; the
    rule on the subject's head names it (a 'foreign' one: a thing no metric counts)."""
    noun = _counted_noun(doc, ts, te)
    if noun is None or noun.lower_ not in _GENERIC_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _GENERIC_NOUNS or subj.pos_ != "NOUN":
        return None
    on_head = [h for h in hits if h.start <= subj.i < h.end and h.rule.kind in ("noun", "prop", "family", "foreign")]
    return max(on_head, key=lambda h: (h.end - h.start, h.rule.kind == "foreign")) if on_head else None


# A sample drawn for study is counted as a sample, whatever it is a sample of ('An audit of 40
# closed plans', 'We coded all 278 reviews'); so are the findings about it ('the audit found 37
# were closed appropriately').
_SAMPLE_NOUNS = {"audit", "analysis", "sample", "study", "survey", "dip-sample", "dive", "evaluation"}
_FINDING_VERBS = {"find", "show", "reveal", "identify"}
# what a study makes or finds, counted as such (ruling 5 of corpus/README.md: recommendations, findings or
# actions of any review): not a sample, unless drawn as one ('an audit of 40 recommendations')
_MADE_BY_A_STUDY = {"recommendation", "recommendations", "finding", "findings"}
# (by form: the lemmatiser reads 'coded' as 'cod')
_SAMPLE_VERB = re.compile(r"(?:cod|analy[sz]|(?:dip-)?sampl)(?:e|es|ed|ing)|(?:audit|survey)(?:s|ed|ing)?")


# words between a finding verb and the share it reports: 'found that, in about', 'show roughly'
_TO_A_FINDING = {"that", ",", "in", "about", "around", "roughly", "nearly", "almost", "some", "approximately",
                 "only", "just", "over", "under"}


def share_found_by_a_study(doc: Doc, ts: int) -> bool:
    """Whether a share is what an audit or study found or says of the cases it looked at ('the
    audit found that in one case in four ...', 'our audits say that, in about one case in five,
    ...'): a finding about a sample, not a share of the metric's whole."""
    sent = doc[ts].sent
    k = ts
    while k > sent.start and doc[k - 1].lower_ in _TO_A_FINDING:
        k -= 1
    if k <= sent.start or doc[k - 1].lemma_.lower() not in _FINDING_VERBS | {"say", "suggest"}:
        return False
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in _SAMPLE_NOUNS or t.lower_[:-1] in _SAMPLE_NOUNS)
               for t in doc[sent.start:k - 1])  # (the lemmatiser leaves 'audits' as it is)


def _sampled(doc: Doc, ts: int, te: int) -> bool:
    """Whether the number counts a sample drawn for study, or a finding about one: the object of
    'an audit of', of a sampling verb ('we coded 278 reviews'), or of any verb whose subject is
    an audit or study ('The audit looked at 20 children and found that in 13 ...')."""
    tok = doc[te - 1]
    node = _counted_noun(doc, ts, te) or tok
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "into") and node.head.head.lemma_.lower() in _SAMPLE_NOUNS:
        return True
    # 'the 10 contacts we sampled', '9 of the 15 sampled files', 'the 40 cases audited by
    # inspectors': the counted noun itself is said to be a sample
    if node.pos_ == "NOUN" and any(c.dep_ in ("amod", "relcl", "acl") and _SAMPLE_VERB.fullmatch(c.lower_)
                                   for c in node.children):
        return True
    if node.lemma_.lower() in _MADE_BY_A_STUDY or node.lower_ in _MADE_BY_A_STUDY:
        # 'The evaluation made 7 recommendations', 'An analysis of 300 reviews found 2,870
        # recommendations': what a study makes or finds counted as such, not a sample it drew
        return False
    # 'An audit of 30 plans found 24 had ...': what a study found, whatever the parse made of it
    k = ts - 1 if ts > 0 and doc[ts - 1].lower_ == "that" else ts
    sent = doc[ts].sent
    if k > sent.start and doc[k - 1].lemma_.lower() in _FINDING_VERBS and \
            any(t.lemma_.lower() in _SAMPLE_NOUNS and t.pos_ == "NOUN" for t in doc[sent.start:k - 1]):
        return True
    cur, steps = node, 0
    while cur.head is not cur and steps < 8:
        steps += 1
        came, cur = cur, cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        if came.dep_ == "dobj" and _SAMPLE_VERB.fullmatch(cur.lower_):
            # 'to audit the nine overdue recommendations': a set already known, not a sample
            return not (ts > 0 and doc[ts - 1].lower_ in ("the", "these", "those", "its", "their", "our"))
        verb, subj = cur, None
        while True:  # 'The audit looked at 20 ... and found ...': a shared subject
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
                break
            verb = verb.head
        if subj is not None and subj.lemma_.lower() in _SAMPLE_NOUNS:
            return True
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            return False
    return False


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


def _compound_head(doc: Doc, head: Token) -> Token | None:
    """The head of the compound a count's noun opens ('7 family help workers', the count hung on
    'family'): workers. So when the parser reads a word of it as a verb ('31 family help workers',
    'help' a verb): a singular noun after a count, then a bare verb form and a plural noun, is
    one compound whose head is that plural."""
    k = head.i
    if head.tag_ == "NN" and k + 2 < len(doc) and doc[k + 1].tag_ in ("VB", "VBP") and doc[k + 1].head.i != k \
            and doc[k + 2].tag_ == "NNS" and doc[k + 2].head.i == k + 1 and doc[k + 1].idx > head.idx + len(head.text):
        return doc[k + 2]
    tok = head
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.i != head.i else None


def _counted_noun(doc: Doc, ts: int, te: int) -> Token | None:
    """The noun the number counts: its head noun, or the object of 'of' for a subset."""
    tok = doc[te - 1]
    if te < len(doc) and doc[te].lower_ == "of":
        objs = [t for t in doc[te:min(len(doc), te + 6)] if t.dep_ == "pobj"]
        return objs[0] if objs and objs[0].pos_ == "NOUN" else None
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.pos_ == "NOUN" and tok.head.i >= te \
            and not (te < len(doc) and doc[te].pos_ == "CCONJ"):
        return _compound_head(doc, tok.head) or tok.head  # never across a conjunction: 'abuse for 48 and sexual abuse' (a misparse)
    return doc[te] if te < len(doc) and doc[te].pos_ == "NOUN" else None


# 'and commissioned two more', 'and another four in the autumn', 'a further three, both about babies': a
# count whose noun is elided after 'more' or 'further' (or after 'another' / 'a further' before it) counts
# the noun of a count said before it, in its sentence or the one before; the words between (a case
# described, 'about a baby known as Rosie') are no part of it
def elided_antecedent(doc: Doc, hits: list[_Hit], ts: int, te: int) -> _Hit | None:
    """The rule hit naming the counted noun of the count whose noun this number's elides, when it
    elides one and names nothing after it ('two more were about babies' is read by its own clause)."""
    if te < len(doc) and doc[te].lower_ in ("more", "further"):
        nxt = te + 1
    elif ts > 0 and (doc[ts - 1].lower_ == "another" or doc[ts - 1].lower_ == "further" and ts > 1
                     and doc[ts - 2].lower_ == "a"):
        nxt = te
    else:
        return None
    sent = doc[ts].sent
    if nxt < sent.end and doc[nxt].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "ADP") and doc[nxt].lower_ not in _ELIDED_AFTER:
        return None  # 'two more rapid reviews', 'a further 12 children', 'two more of them': named
    end = next((k for k in range(nxt, sent.end) if doc[k].text in (";", ".") or doc[k].like_num), sent.end)
    if any(te <= h.start < end and h.rule.kind in ("noun", "prop", "family") and h.rule.metric not in (None, "other")
           for h in hits):
        return None  # 'and four more were on plans': its own clause names what it counts
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    counted = [h for h in hits if start <= h.start < ts and h.rule.kind in ("noun", "family")
               and (h.rule.kind == "family" or h.rule.metric not in (None, "other"))
               and any(doc[k].like_num for k in range(max(start, h.start - 3), h.start))
               and h.start < (doc[ts - 1].i if doc[ts - 1].lower_ == "another" else ts)]
    return max(counted, key=lambda h: h.start) if counted else None


# prepositions an elided count goes on with ('two more in May', 'another four over the summer')
_ELIDED_AFTER = {"in", "over", "during", "by", "since", "after", "before", "at", "this", "last", "between", "from"}


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
    if not at and k + 1 < right and doc[k].lower_ in ("in", "at", "under"):
        # 'and 61 were in pre-proceedings': a stage no metric counts, said where the children are
        k2 = k + 2 if doc[k + 1].pos_ == "DET" else k + 1
        return next((h for h in hits if h.start == k2 and h.end <= right and h.rule.kind == "foreign"), None)
    head = next((t for t in doc[k:right] if t.dep_ == "attr" and t.pos_ == "NOUN"), None)
    if not at and head is not None and head.i > k and doc[k].lower_ not in _KIND_WORDS and all(
            t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text in ("-", "–") for t in doc[k:head.i]):
        # 'A further 164 were pre-birth referrals': a kind of the thing, named by a trait that
        # is no part of its name, is a subset with a trait (other)
        named = [h for h in hits if h.start <= head.i < h.end and h.start > k and h.rule.kind == "noun"
                 and h.rule.metric not in (None, "other")]
        if named:
            return _Hit(_Rule("trait", "foreign", "other", None, None), k, named[0].end)
    return max(at, key=lambda h: (h.end - h.start, h.rule.kind == "foreign")) if at else None


# modifiers that name a whole, not a trait of part of it ('were all referrals', 'were new referrals')
_KIND_WORDS = {"new", "further", "other", "more", "additional", "total", "all", "such", "formal", "separate"}
# a change a percentage sizes ('a 23% rise'): the change of the thing said, no thing of its own
CHANGE_NOUNS = {"rise", "increase", "fall", "drop", "decrease", "reduction", "jump", "growth", "decline", "cut"}


# the span a change is over, no thing it changes ('a 41% increase in one year')
_SPAN_NOUNS = {"year", "month", "week", "day", "quarter", "decade", "period", "time", "space"}


def _sized_change(doc: Doc, te: int, noun: Token) -> bool:
    """'a 23% rise' naming no thing after it ('a 6% growth in placement costs' names one; 'a 41%
    increase in one year' names the span it is over, no thing)."""
    nxt = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
    if noun.lower_ not in CHANGE_NOUNS or doc[te - 1].text not in ("%", "percent", "cent"):
        return False
    return nxt not in ("in", "of") or _changed_thing(doc, te, noun).lemma_.lower() in _SPAN_NOUNS


def _changed_thing(doc: Doc, te: int, noun: Token) -> Token:
    """'a 41% rise in children on the register': a sized change counts the thing it changes
    (a change keeps the metric of its quantity), so the noun is the object of 'in' / 'of'."""
    if noun.lower_ not in CHANGE_NOUNS or doc[te - 1].text not in ("%", "percent", "cent"):
        return noun
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else noun


def sized_change_at(doc: Doc, te: int) -> bool:
    """Whether the token at `te`, right after a percentage, is a change naming no thing of its own."""
    return doc[te].lower_ in CHANGE_NOUNS and _sized_change(doc, te, doc[te])


def _foreign_noun(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """True when the counted noun is a thing no rule knows and not a generic 'children'/'cases'."""
    noun = _counted_noun(doc, ts, te)
    if noun is None:  # '74 UASC': a proper noun the lexicon knows as a thing no metric counts
        last = doc[te - 1]
        nxt = last.head if last.dep_ == "nummod" and last.head.i >= te else doc[te] if te < len(doc) else None
        return nxt is not None and nxt.pos_ == "PROPN" and any(
            h.rule.kind == "foreign" and h.start <= nxt.i < h.end for h in hits)
    if _sized_change(doc, te, noun):
        return False  # 'That's a 23% rise': the change of a thing said before
    noun = _changed_thing(doc, te, noun)
    # 'child protection (section 47) enquiries': a named apposition names the noun
    named = [noun.i] + [c.i for c in noun.children if c.dep_ == "appos"]
    covering = [h for h in hits if any(h.start <= i < h.end for i in named) and h.rule.kind not in ("block", "context")]
    if covering and max(covering, key=lambda h: h.end - h.start).rule.kind == "foreign":
        return True  # the lexicon knows it as a thing no metric counts ('12 conferences')
    if noun.lemma_.lower() in _GENERIC_NOUNS or noun.lower_ in _GENERIC_NOUNS:
        return False
    return not covering


def named_other(doc: Doc, hits: list[_Hit], ts: int, te: int) -> bool:
    """Whether the counted noun is named outright by a name of several words in the lexicon's list
    of things no metric counts ('91 approved fostering households', '14 supported lodgings
    placements', '30 return home interviews'): a classifier that reads the head word alone
    ('households', 'placements') may not overrule such a name."""
    noun = _counted_noun(doc, ts, te)
    if noun is None:
        # a misparse ('91 approved in-house fostering households' read as a subject): the name
        # right after the number and its modifiers
        return any(h.rule.kind == "foreign" and h.end - h.start >= 2 and te <= h.start <= te + 4
                   and doc[h.end - 1].pos_ in ("NOUN", "PROPN")
                   and all(t.dep_ in ("amod", "compound", "nmod", "punct", "pobj", "advmod") for t in doc[te:h.start])
                   for h in hits)
    if _sized_change(doc, te, noun):
        return False
    covering = [h for h in hits if h.start <= noun.i < h.end and h.rule.kind not in ("block", "context")]
    if not covering:
        return False
    widest = max(covering, key=lambda h: h.end - h.start)
    return widest.rule.kind == "foreign" and widest.end - widest.start >= 2


def _period_of(text: str, q: Quantity, sent_end: int, doc_period: Period | None) -> Period | None:
    """The figure's own period ('up from 12 in 2021/22', '(2021/22: 1,640)', 'the year before')."""
    from ..period import find_periods, shift_years
    after = text[q.end:min(sent_end, q.end + 45)]
    m = re.match(r"\s*(?:\w+\s+){0,2}?(?:in|during|for|at)\s+(?:the\s+end\s+of\s+)?", after, re.I)
    found = find_periods(after[:40]) if m else []
    p: Period | None = None
    if found and found[0][0] <= m.end() + 1:
        p = found[0][2]
    bm = re.search(r"\(\s*((?:19|20)\d\d\s*[/–-]\s*\d\d)\s*:\s*$", text[max(0, q.start - 12):q.start])  # '(2024-25: 5 days)'
    if bm:
        p = (find_periods(bm.group(1)) or [(0, 0, None)])[0][2]
    for rx, years in _RELATIVE_YEAR:
        if p is None and rx.match(after):
            p = shift_years(doc_period, years) if doc_period else None
    if p is not None and doc_period is not None and (p.start, p.end) == (doc_period.start, doc_period.end):
        return None
    return p


def _subject(doc: Doc, ts: int, te: int) -> tuple[str, str]:
    """(subject phrase as written, head lemma) of the counted noun."""
    tok = doc[ts]
    head = tok.head if tok.dep_ in ("nummod", "quantmod", "amod", "compound") else tok
    if te < len(doc) and doc[te].lower_ == "of":
        objs = [t for t in doc[te:min(len(doc), te + 8)] if t.dep_ == "pobj"]
        head = objs[0] if objs else head
    if head.pos_ not in ("NOUN", "PROPN"):
        unit = _unit_after_break(doc, te)
        if unit is None:
            return "", ""
        return " ".join(t.text for t in doc[te + 1:unit.i + 1]), unit.lemma_.lower()
    left = min(t.i for t in head.lefts) if list(head.lefts) else head.i
    words = [t.text for t in doc[left:head.i + 1] if not t.like_num and t.pos_ not in ("DET",)]
    return " ".join(words).strip(), head.lemma_.lower()


_TIME_WORDS = frozenset("day days week weeks month months year years".split())


def _unit_after_break(doc: Doc, te: int) -> Token | None:
    """The time word a line break parts from its number ('within 45 / working days', the parser
    then reading the number alone): the phrase's head, as on one line."""
    if te + 1 >= len(doc) or not doc[te].is_space:
        return None
    for t in doc[te + 1:min(len(doc), te + 4)]:
        if t.lower_ in _TIME_WORDS:
            return t
        if t.lower_ not in ("working", "calendar", "school", "clear"):
            return None
    return None


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


_SELF = {"he", "she", "i", "him", "her"}
_CARED_FOR = {"child", "children", "person", "people", "baby", "boy", "girl", "teenager", "youngster", "sibling"}


def _cared_for_by_a_person(doc: Doc, hit: _Hit, ts: int) -> bool:
    """'a foster carer who has looked after 31 children', 'She has fostered 40 children': the
    children one person has cared for, not the children an authority looks after ('We looked
    after 412 children', 'the council looked after 640')."""
    from ..speakers.vocabulary import person_nouns
    verb = next((doc[i] for i in range(hit.start, hit.end) if doc[i].pos_ == "VERB"
                 and doc[i].lemma_.lower() in ("look", "foster", "care")), None)
    if verb is None or ts < verb.i:
        return False  # the number is the verb's object: '[she] looked after [31 children]'
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
        while subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.lemma_.lower() not in person_nouns():
            subj = subj.head.head  # 'a foster carer in my constituency, who has looked after ...
    if subj is None or subj.lemma_.lower() in _CARED_FOR:
        return False  # '(children looked after)': the children themselves
    return subj.lower_ in _SELF or subj.ent_type_ == "PERSON" or subj.lemma_.lower() in person_nouns()
