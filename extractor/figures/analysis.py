"""The analysis every figure stage reads: the metric rules (models/metric_rules.jsonl and the
lexicon, matched once per doc), the rule hits, the candidate a number becomes, and the shared
tables of review families, stages and units."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .. import lexicon
from ..findings import Period
from ..numbers import Quantity
from ..pipeline import MODELS_DIR
from .qualifier import requalified

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span


# Quoted passages: a paragraph-long UK-style open quote runs to the end of its line.
_QUOTED = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
_OTHER_UNITS = ("days", "weeks", "months", "years", "gbp")
_STAGE_ORDER = ("ongoing", "published", "commissioned")
_FAMILY_STAGE = {
    "lcspr": {"commissioned": "lcsprs_commissioned", "published": "lcsprs_published",
              "ongoing": "lcsprs_ongoing", None: "lcsprs_commissioned"},
    "scr": {"commissioned": "lcsprs_commissioned", "published": "lcsprs_published",
            "ongoing": "lcsprs_ongoing", None: "serious_case_reviews"},
    "review": {"commissioned": "lcsprs_commissioned", "published": "lcsprs_published",
               "ongoing": "lcsprs_ongoing", None: "other"},
}


@dataclass(slots=True)
class _Rule:
    id: str
    kind: str
    metric: str | None
    family: str | None
    stage: str | None


@dataclass(slots=True)
class _Hit:
    rule: _Rule
    start: int  # token index
    end: int


@dataclass(slots=True)
class _Candidate:
    q: Quantity
    metric: str
    subject: str
    confidence: float
    method: str
    period: Period | None
    sentence: str
    head: str
    # 'merge': restates a figure said elsewhere (a table Total row) -> a mention of it if found;
    # 'drop': a back-reference ('each of these 23 cases') -> a mention of it, else nothing
    repeat: str = ""
    ts: int = -1  # token span of the number in the spaCy doc (-1 for table cells)
    te: int = -1
    rule: str = ""
    apart: bool = False  # a table cell told apart from same-valued cells by its row, not merged
    restates: int = -1  # 'approx': the start of the exact share this rounded one restates
    refused: bool = False  # a table cell whose label names a metric only to count something else


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, _Rule], list[tuple[str, list[dict[str, Any]]]]]:
    """The metric rules from models/metric_rules.jsonl, loaded once."""
    rules: dict[str, _Rule] = {}
    patterns: list[tuple[str, list[dict[str, Any]]]] = []
    for line in (MODELS_DIR / "metric_rules.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        d = json.loads(line)
        rules[d["id"]] = _Rule(d["id"], d["kind"], d.get("metric"), d.get("family"), d.get("stage"))
        patterns.append((d["id"], d["pattern"]))
    return rules, patterns


@functools.lru_cache(maxsize=64)
def _matcher(vocab: Any, ids: frozenset[str] | None = None) -> Matcher:
    """A Matcher of the metric rules (of those in `ids` when given)."""
    from spacy.matcher import Matcher
    matcher = Matcher(vocab)
    for rid, pattern in _rules()[1]:
        if ids is None or rid in ids:
            matcher.add(rid, [_across_lines(pattern)])
    return matcher


@functools.lru_cache(maxsize=1)
def _needs() -> list[tuple[str, list[frozenset[str]]]]:
    """Each rule's words that must be in a text for it to match there: for every token of its
    pattern that is not optional and names its word ('LOWER', 'LEMMA' or 'ORTH', one value or
    an 'IN' list), the words it accepts."""
    out = []
    for rid, pattern in _rules()[1]:
        need = []
        for tok in pattern:
            if tok.get("OP") in ("?", "*") or str(tok.get("OP", "")).startswith("{0,"):
                continue  # optional ('{0,2}': none at all will do)
            for attr in ("LOWER", "LEMMA", "ORTH"):
                value = tok.get(attr)
                if isinstance(value, str):
                    need.append(frozenset({value.lower()}))
                elif isinstance(value, dict) and list(value) == ["IN"]:
                    need.append(frozenset(str(v).lower() for v in value["IN"]))
                else:
                    continue
                break
        out.append((rid, need))
    return out


def _doc_matcher(doc: Doc) -> Matcher:
    """The Matcher of the rules whose words all occur in `doc` (the Matcher tries every
    pattern at every token, so a rule that cannot match there is left out: about half)."""
    words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    return _matcher(doc.vocab, frozenset(rid for rid, need in _needs() if all(n & words for n in need)))


def _across_lines(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern with a line break (a whitespace token) allowed between its tokens: a name
    broken over two lines of a text ('2 local\nchild safeguarding practice reviews')."""
    out: list[dict[str, Any]] = []
    for tok in pattern:
        if out:
            out.append({"IS_SPACE": True, "OP": "?"})
        out.append(tok)
    return out


_MATCHES = "review_records_rule_matches"


def _matches(doc: Doc | Span) -> list[tuple[_Rule, int, int]]:
    """Every metric rule's and lexicon name's match in `doc`, in the whole Doc's token indices.
    The matchers run once per Doc (kept in its user_data); a Span (a table cell, a label) takes
    the Doc's matches that lie inside it, which are the matches the matchers find on the Span
    alone: their patterns test tokens only."""
    whole = cast("Doc", getattr(doc, "doc", doc))
    cached = whole.user_data.get(_MATCHES)
    if cached is None or cached[0] != len(whole):
        rules = _rules()[0]
        raw = [(rules[whole.vocab.strings[mid]], s, e) for mid, s, e in _doc_matcher(whole)(whole)]
        raw += [(_lexicon_rule(name), s, e) for name, s, e in lexicon.find(whole)]
        named = {r.metric for r, _, _ in raw if r.id not in _BARE_WORDS}
        # a bare word reads as a metric only in a document that names the metric otherwise, or
        # in a sentence that says it was notified ('Kent notified 41 incidents')
        raw = [m for m in raw if m[0].id not in _BARE_WORDS or _BARE_WORDS[m[0].id] in named
               or m[0].id == "sin4" and _notified_incident(whole, m[1])]
        cached = whole.user_data[_MATCHES] = (len(whole), raw)
    if whole is doc:
        return list(cached[1])
    lo, hi = cast("Span", doc).start, cast("Span", doc).end
    return [(r, s, e) for r, s, e in cached[1] if lo <= s and e <= hi]


# The rules that read a bare word as a metric, which they do only in a document that names the
# metric in other words: in one that never names a child protection plan, 'we issued 612 new
# plans' counts plans of its own kind (an EHC plan); in one that never names a serious incident
# notification, 'crews attended 41,000 incidents' counts the incidents a service attends
_BARE_WORDS = {"cpp3": "child_protection_plans", "sin4": "serious_incident_notifications"}
_NOTIFY = {"notify", "notified", "notifiable", "notification"}
# ... or whose incidents are the ones a council notifies: sent to Ofsted or the national panel
# ('We reported 4 incidents of serious harm to Ofsted'), or a child's death or serious harm
# ('6 incidents in which a child died or was seriously harmed')
_NOTIFIED_TO = {"ofsted", "panel"}
_GRAVE = {"die", "died", "death", "deaths"}
_HARM = {"harm", "harmed", "injury", "injured", "injuries"}


def _notified_incident(doc: Doc, i: int) -> bool:
    """Whether the sentence of a bare 'incident(s)' at token `i` says the incidents were notified
    (see above); a text with no number is not parsed, and then its whole text is read."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(words & _NOTIFY or words & _NOTIFIED_TO or words & _GRAVE
                or words & _HARM and words & {"serious", "seriously"})


def rule_hits(doc: Doc | Span) -> list[_Hit]:
    """Every metric-rule match in `doc`, blocked phrases removed, longest match kept."""
    raw = _matches(doc)
    blocks = [(s, e) for r, s, e in raw if r.kind == "block"]
    # a block hides every hit that overlaps it ('the national Child Safeguarding Practice Review
    # Panel' names a body, not national reviews)
    # (a context rule re-reads a metric and names none: 'improvement plan' is blocked as a child
    # protection plan, yet still says whose actions are counted)
    hits = [_Hit(r, s, e) for r, s, e in raw if r.kind != "block" and (r.kind == "context"
            or not any(bs <= s < be or (s < bs < e and r.id.startswith("lex:")) for bs, be in blocks))]
    # 'rapid reviews', 'national reviews': the longer noun or property hides the bare family word
    named = [h for h in hits if h.rule.kind in ("noun", "prop")]
    hits = [h for h in hits if h.rule.kind != "family" or not any(
        n.start <= h.start and h.end <= n.end and n.end - n.start > h.end - h.start for n in named)]
    # 'child protection planning meetings' are meetings, 'looked after reviews' are meetings about
    # children in care: a longer name of something that fits no metric hides the metric name inside it,
    # a lexicon name or a rule's ('look after')
    foreign = [h for h in hits if h.rule.kind == "foreign"]
    # (and a kind of review named for another Act hides the bare family word: 'a review under section 44')
    hits = [h for h in hits if h.rule.kind == "foreign" or not (h.rule.id.startswith("lex:") or h.rule.kind in ("noun", "prop", "family"))
            or not any(f.start <= h.start and h.end <= f.end and f.end - f.start > h.end - h.start for f in foreign)]
    # 'the children in care teams', 'the looked after children nurse': a metric's name that
    # modifies a team, a post or a body names whose they are, not a thing counted
    bodies = [h for h in hits if h.rule.kind in ("noun", "prop") and h.rule.metric not in (None, "other")
              and (_modifies_a_body(doc, h.end) or h.rule.metric in _CASE_POPULATIONS and _modifies_a_body(doc, h.end, _CASE_EVENTS))]
    hits = [h for h in hits if not any(b.rule.metric == h.rule.metric and b.start <= h.start and h.end <= b.end
                                       for b in bodies)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    # a hit inside one of its kind kept before is dropped: the hits come by start, so every kept
    # one starts at or before it, and it lies inside one when the furthest end of its kind passes it
    reach: dict[str, int] = {}
    for h in hits:
        if reach.get(h.rule.kind, -1) <= h.start:
            kept.append(h)
            reach[h.rule.kind] = max(reach.get(h.rule.kind, -1), h.end)
    return requalified(doc, kept)


# teams, posts and bodies named after the children they serve
_BODY_HEADS = {"team", "teams", "nurse", "nurses", "manager", "managers", "service", "budget", "budgets",
               "council", "councils", "champion", "champions", "coordinator", "coordinators", "officer",
               "officers", "sub-group", "subgroup", "lead", "leads", "unit", "units", "strategy", "pledge"}


# the meetings and visits held for each child of a caseload: 'chaired 1,846 looked after reviews',
# 'child protection visits', 'children in need reviews' count the meetings, not the children
_CASE_POPULATIONS = {"looked_after_children", "child_protection_plans", "children_in_need"}
_CASE_EVENTS = frozenset({"review", "reviews", "visit", "visits"})


def _modifies_a_body(doc: Doc | Span, end: int, heads: frozenset[str] | set[str] | None = None) -> bool:
    """Whether the token after a name (at `end`, a Doc index) is a team, post or body it names
    (or one of `heads`)."""
    at = getattr(doc, "start", 0)
    k = end - at
    if k >= len(doc):
        return False
    tok = doc[k]
    return tok.lower_ in (_BODY_HEADS if heads is None else heads) and tok.pos_ in ("NOUN", "PROPN") and k > 0 \
        and doc[k - 1].text not in (",", ";", ":", "(", "-")


def sentence_start_back(doc: Doc, i: int, n: int) -> int:
    """The first token of the sentence `n` sentences before the one holding token i (n=0: its own)."""
    lo = doc[i].sent.start
    for _ in range(n):
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    return lo


@functools.lru_cache(maxsize=512)
def _lexicon_rule(name: lexicon.Name) -> _Rule:
    """A lexicon name read as a metric rule of its kind."""
    return _Rule(f"lex:{name.metric if not name.family else name.family}", name.kind,
                 None if name.family else name.metric, name.family, None)


# 'other' properties that make a count a measure of its own (timeliness, a theme featuring in
# cases), not a trait of a subset that stays a count of its set
_MEASURE_RULES = {"other_time", "other_within", "other_within2", "other_timeliness", "other_theme", "other_da"}
# what happened to the child a case is about: a review of a child who died counts deaths
CASE_OUTCOMES = frozenset({"child_deaths", "serious_harm_cases"})
_FAMILY_METRICS = {"lcsprs_commissioned": "lcspr", "lcsprs_published": "lcspr", "lcsprs_ongoing": "lcspr"}
