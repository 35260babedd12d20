"""Partitive: a count drawn from a set said before it ('11 of them', 'Of the 41, 35 ...', '...,
of whom 17 ...', 'in 9 of these ...') and the predicate of its own that picks the part out.

By the corpus convention ('Metric for subsets', corpus/README.md) the predicate decides the
part's metric, three ways:
- a predicate that says what happened to the child ('a child had died', 'involved a child who
  was seriously harmed') names the part by that metric;
- a predicate the set's metric covers (a status, 'completed', 'overdue'; a source; the criteria
  met or not; where children in care live) keeps the set's metric: nothing to do here;
- a predicate that says a feature of the cases (how long they have lasted, what they cost, what
  delayed them, where they went, what they agreed, what the child had been through) makes the
  part `other`, as does a part of a whole its own number names ('Of the 41, 35 ...', 'Nine of
  the 137 ...') when that whole counts no metric's thing.
Plain counts whose own clause says how long a state has lasted ('31 children have been on a plan
for more than 18 months') are features of the same kind, except where the state is the metric's
own: an action open, a child on a plan or the register ('31 children have been on a plan for more
than 18 months' keeps child_protection_plans, as the issue authors' gold reads it).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .analysis import CASE_OUTCOMES, _FAMILY_STAGE, _Candidate, _Hit, sentence_start_back
from .antecedent import _CONVERSION_VERBS, INHERITED_CONFIDENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the rule id of a part picked out by a feature its own predicate says
SUBSET_FEATURE = "subset_feature"

# a state's length is the metric's own status for these (an action open for six months; a child on a
# plan or the register for more than 18 months: corpus/README.md, 'Conventions settled', 3)
_STATUS_METRICS = {"recommendations", "child_protection_plans"}
# verbs of what a part became: 'two of them led to a practice review', 'three of them go on to ...'
_CONVERSION = _CONVERSION_VERBS | {"go", "move", "escalate"}
# a whole's size from which the count it names is looked for anywhere before it, not only nearby
_DISTINCT_SIZE = 50
_SET_WORDS = {"the", "those", "these", "them", "which", "whom", "its", "their", "our"}

_UNIT = r"(?:days?|weeks?|months?|years?)"
_NUMBER = r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\w-]+teen|twenty|thirty|[\w-]+)"
# how long a state has lasted: 'for more than 18 months', 'running for over two years', 'six months later'
_DURATION = re.compile(
    r"\bfor\s+(?:more\s+than|over|longer\s+than|at\s+least|upwards\s+of|in\s+excess\s+of)\s+"
    + _NUMBER + r"(?:\s+and\s+a\s+half)?\s+(?:[\w-]+\s+)?" + _UNIT + r"\b"
    r"|\b" + _NUMBER + r"\s+" + _UNIT + r"\s+later\b", re.I)
# what the cases cost: 'cost more than £10,000 a week', 'costing £4m'
_COST = re.compile(r"\bcost(?:s|ing)?\s+(?:more\s+than\s+|over\s+|under\s+|less\s+than\s+|about\s+|around\s+|up\s+to\s+|an?\s+average\s+of\s+)?£", re.I)
# what held them up: 'delayed by criminal proceedings', 'awaiting the outcome of a trial'
_DELAY = re.compile(r"\b(?:delayed|held\s+up|awaiting|on\s+hold|paused)\b", re.I)
# what the cases agreed: 'agreed a family plan', 'reached an agreed way forward'
_AGREED = re.compile(r"\b(?:agreed|reached|made)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:plan|agreement|way\s+forward|arrangement)\b", re.I)
# what the child had been through: 'involved a child who had been missing', 'concerned a child who was excluded'
_CHILD_WHO = re.compile(r"\b(?:involv\w*|concern\w*|about)\s+(?:a|the)\s+(?:child|baby|young\s+person)\s+who\b", re.I)
# what the part answered when asked: 'Of the 41 young people in care who answered, 15 said they would
# talk to their social worker' (the respondents who gave an answer, no count of the set's metric)
_ANSWERED = re.compile(r"(?:said|told\s+us|answered|replied|felt|thought)\s+(?:that\s+)?(?:they|he|she|it)\b", re.I)
# a leaving verb whose destination a gapped part gives: 'four left, two of them to kinship carers'
_LEAVING = {"leave", "left", "move", "return", "go", "went", "transfer", "step", "exit", "discharge", "close"}


def _clause_end(doc: Doc, start: int) -> int:
    """Where the part's own predicate ends: a semicolon, a new clause after a comma or 'and'
    with a count of its own, or the sentence's end."""
    end = doc[start].sent.end if start < len(doc) else len(doc)
    for k in range(start, end):
        t = doc[k]
        if t.text in (";", ":"):
            return k
        if t.text == "," and k + 1 < end and (doc[k + 1].pos_ in ("CCONJ", "NUM") or doc[k + 1].like_num):
            return k
        if t.pos_ == "CCONJ" and k + 1 < end and (doc[k + 1].like_num or doc[k + 1].pos_ == "NUM"):
            return k
    return end


def _set_phrase_end(doc: Doc, k: int, end: int) -> int:
    """The first token after 'of the/those/these [NUM] [ADJ] NOUN(S)' starting at 'of' (k)."""
    j = k + 1
    while j < end and (doc[j].lower_ in _SET_WORDS or doc[j].pos_ in ("DET", "NUM", "ADJ", "PART")
                       or doc[j].like_num or doc[j].lower_ in ("'s", "’s")):
        if doc[j].lower_ in ("them", "whom", "which"):
            return j + 1
        j += 1
    while j < end and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].dep_ != "nsubj" or \
            j < end and doc[j].pos_ in ("NOUN", "PROPN") and j > k + 1 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        j += 1
        if j < end and doc[j].pos_ in ("VERB", "AUX"):
            break
    return j


_OPENING = re.compile(r"\bof\s+(?:the|these|those)\b[^,;:.]{0,100},\s*$|\bof\s+(?:whom|which)\s+$", re.I)


def predicate(doc: Doc, text: str, ts: int, te: int) -> tuple[int, int] | None:
    """The token span of the part's own predicate when the number at [ts, te) is a partitive:
    'N of the/those/these/them X [predicate]', 'in N of them [clause]', 'Of the N, M [predicate]',
    ', of whom M [predicate]'; None when it is no part of a set said before it."""
    sent = doc[ts].sent
    if te + 1 < sent.end and doc[te].lower_ == "of" and doc[te + 1].lower_ in _SET_WORDS:
        start = _set_phrase_end(doc, te, sent.end)
        return (start, _clause_end(doc, start)) if start < sent.end else None
    before = text[max(sent.start_char, doc[ts].idx - 120):doc[ts].idx]
    if _OPENING.search(before) and te < sent.end:
        j = te
        while j < sent.end and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") and doc[j].dep_ != "nsubj":
            j += 1  # 'Of these, 58 children were ...'
        return (j, _clause_end(doc, j)) if j < sent.end else None
    return None


def _whole_sized(doc: Doc, cands: list[_Candidate], i: int, text: str) -> _Candidate | None:
    """The earlier count a partitive's whole names by its number ('Of the 41,', 'of the 137')."""
    c = cands[i]
    sent = doc[c.ts].sent
    m = re.search(r"\bof\s+the\s+(\d[\d,]*)\s*(?:,|\b[a-z]+\b)?\s*$", text[max(sent.start_char, c.q.start - 40):c.q.start], re.I)
    # a whole named with its own clause: 'Of the 112 children in care who have a brother or sister in care, 79 ...'
    m = m or re.search(r"^\W*of\s+the\s+(\d[\d,]*)\s+[^,;:.]{0,100},\s*$", text[sent.start_char:c.q.start], re.I)
    size = None
    if m:
        size = float(m.group(1).replace(",", ""))
    elif c.te + 2 < sent.end and doc[c.te].lower_ == "of" and doc[c.te + 1].lower_ == "the" and doc[c.te + 2].like_num:
        try:
            size = float(doc[c.te + 2].text.replace(",", ""))
        except ValueError:
            return None
    if size is None:
        return None
    lo = sentence_start_back(doc, c.ts, 3)
    near = next((p for p in reversed(cands[:i]) if lo <= p.ts < c.ts and p.q.unit == "count"
                 and abs(p.q.value - size) < 0.01), None)
    if near is not None or size < _DISTINCT_SIZE:
        return near
    # a size too large to be said by chance names its count wherever it was said ('make up 29 of the 212')
    return next((p for p in reversed(cands[:i]) if 0 <= p.ts < c.ts and p.q.unit == "count"
                 and abs(p.q.value - size) < 0.01 and p.repeat != "drop"), None)


def feature_of(doc: Doc, text: str, ps: int, pe: int, gapped: bool = False) -> str | None:
    """The feature a part's predicate says, or None when it says none this module knows."""
    if pe <= ps:
        return None
    words = text[doc[ps].idx:doc[pe - 1].idx + len(doc[pe - 1].text)]
    for name, pattern in (("duration", _DURATION), ("cost", _COST), ("delay", _DELAY), ("agreed", _AGREED),
                          ("child", _CHILD_WHO)):
        if pattern.search(words):
            return name
    if gapped and doc[ps].lower_ in ("to", "into") and not any(t.pos_ in ("VERB", "AUX") for t in doc[ps:pe]):
        return "destination"
    if _ANSWERED.match(words):
        return "answer"
    return None


def _case_outcome(doc: Doc, hits: list[_Hit], ps: int, pe: int) -> str | None:
    """The case outcome a predicate names ('a child had died', 'was seriously harmed'); not an
    event a time is measured from ('within 12 months of the death')."""
    return next((h.rule.metric for h in hits if ps <= h.start < pe and h.rule.metric in CASE_OUTCOMES
                 and h.rule.kind in ("prop", "noun")
                 and not (doc[h.end - 1].dep_ == "pobj" and doc[h.end - 1].head.lower_ == "of")
                 and not _referred_on(doc[h.end - 1])), None)


def _referred_on(tok: Token) -> bool:
    """'In 9 of these the nurse referred the death to the partnership': a death passed on by a
    referral is what was referred, not the outcome that picks the part out."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() == "refer"


def _names_a_metric(hits: list[_Hit], ps: int, pe: int) -> bool:
    return any(ps <= h.start < pe and h.rule.kind in ("prop", "noun", "family") and h.rule.metric not in (None, "other")
               and h.rule.id not in ("cpp3",) for h in hits)


def _gapped(doc: Doc, ts: int) -> bool:
    """'four left, two of them to ...': the part follows a comma after a leaving verb."""
    k = ts - 1
    if k < 0 or doc[k].text != ",":
        return False
    return any(doc[j].lemma_.lower() in _LEAVING or doc[j].lower_ in _LEAVING for j in range(max(doc[ts].sent.start, k - 4), k))


def read_subsets(doc: Doc, text: str, hits: list[_Hit], cands: list[_Candidate]) -> None:
    """Re-read each count that is a part of a set by its own predicate (the module's rule)."""
    ordered = sorted(hits, key=lambda h: h.start)  # looked up by token span, not scanned per count
    starts = [h.start for h in ordered]
    for i, c in enumerate(cands):
        if c.ts < 0 or c.q.unit != "count":
            continue
        span = predicate(doc, text, c.ts, c.te)
        if span is None:
            if c.metric not in ("other", *_STATUS_METRICS) and _own_duration(doc, text, c):
                c.metric, c.method, c.rule = "other", f"rule:{SUBSET_FEATURE}", SUBSET_FEATURE
            continue
        ps, pe = span
        hits = ordered[bisect.bisect_left(starts, c.te):bisect.bisect_left(starts, pe)]
        outcome = _case_outcome(doc, hits, ps, pe)
        if outcome is not None:  # 'In 129 of the notified incidents a child had died'
            if c.metric != outcome:
                c.metric, c.method, c.rule = outcome, f"rule:{SUBSET_FEATURE}", "inherit"
            continue
        became = _became(doc, hits, ps, pe)
        if became is not None:  # 'We recommended three of them go on to a full practice review'
            if c.metric != became:
                c.metric, c.method, c.rule = became, f"rule:{SUBSET_FEATURE}", "became"
            continue
        if c.metric == "other":
            whole = _whole_sized(doc, cands, i, text) if c.rule == "none" else None
            if whole is not None and whole.metric != "other" and feature_of(doc, text, ps, pe) is None:
                c.metric, c.subject, c.head = whole.metric, c.subject or whole.subject, whole.head
                c.method, c.rule = f"rule:inherit:{whole.rule}", "inherit"  # 'make up 29 of the 212': the 212's own
                c.confidence = max(c.confidence, INHERITED_CONFIDENCE)
            continue
        if any(h.rule.kind == "foreign" and c.te < h.start < ps for h in hits):
            c.metric, c.method, c.rule = "other", f"rule:{SUBSET_FEATURE}", SUBSET_FEATURE  # '203 of those episodes'
            continue
        feature = feature_of(doc, text, ps, pe, _gapped(doc, c.ts))
        if feature is not None and not (c.metric in _STATUS_METRICS and feature == "duration"):
            c.metric, c.method, c.rule = "other", f"rule:{SUBSET_FEATURE}", SUBSET_FEATURE
            continue
        whole = _whole_sized(doc, cands, i, text)
        if whole is not None and whole.metric == "other" and not _names_a_metric(hits, ps, pe):
            c.metric, c.method, c.rule = "other", f"rule:{SUBSET_FEATURE}", SUBSET_FEATURE  # 'Of the 41, 35 ...'


def _own_duration(doc: Doc, text: str, c: _Candidate) -> bool:
    """'31 children have been subject of a plan for more than 18 months': a count of children
    picked out by how long their state has lasted (its own clause, its verb perfect)."""
    end = _clause_end(doc, c.te) if c.te < len(doc) else c.te
    if end <= c.te:
        return False
    clause = re.split(r"[.;,:]\s", text[doc[c.te].idx:doc[end - 1].idx + len(doc[end - 1].text)], maxsplit=1)[0]
    return bool(re.match(r"[^;]{0,60}?\b(?:have|has|had)\s+been\b", clause, re.I)) and bool(_DURATION.search(clause))


def _became(doc: Doc, hits: list[_Hit], ps: int, pe: int) -> str | None:
    """The metric of the review a part became, when its predicate is a verb of becoming ('led
    to', 'went on to', 'became', 'resulted in') and names a kind of review first: the family's
    metric at the stage said with it ('a decision to commission a learning review'). Other things
    it became are named by the metric rules, which read their context."""
    k = ps
    while k < pe and doc[k].pos_ in ("AUX", "ADV", "PART"):
        k += 1
    if k >= pe or doc[k].lemma_.lower() not in _CONVERSION or doc[k].pos_ != "VERB":
        return None
    if doc[k].lemma_.lower() in ("go", "move") and not (k + 2 < pe and doc[k + 1].lower_ == "on" and doc[k + 2].lower_ == "to"):
        return None  # 'went on to', not 'went home'
    named = [h for h in hits if k < h.start < pe and h.rule.kind in ("noun", "prop", "family", "foreign")
             and (h.rule.kind in ("family", "foreign") or h.rule.metric not in (None, "other"))]
    if not named:
        return None
    first = named[0]
    if first.rule.kind != "family":
        return None  # a thing with a metric of its own is named by the metric rules, in its context
    stage = next((h.rule.stage for h in hits if h.rule.kind == "stage" and k < h.start < first.start), None)
    return _FAMILY_STAGE[first.rule.family or "review"].get(stage) or None
