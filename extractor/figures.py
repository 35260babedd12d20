"""Figures: every reported number in a document as a normalised, source-grounded fact.

Pipeline: `numbers.find_quantities` proposes numbers; context rules reject non-figures (years,
dates, phone numbers, section numbers, boilerplate ...); metric rules (models/metric_rules.jsonl,
spaCy Matcher patterns) name what is counted; the optional classifier overrules them when it is
more confident; repeated mentions of one fact merge into one Figure.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .findings import Figure, Mention, Period
from .numbers import Quantity, find_quantities, parse_number
from .pipeline import MODELS_DIR

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

    from .document import Document, Table

log = logging.getLogger(__name__)

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# Words before a number that make it a name or reference, not an amount.
_REF_BEFORE = re.compile(
    r"(?:\b(?:page|pages|p\.|section|sections|s\.|paragraph|paragraphs|para|chapter|table|appendix|"
    r"item|question|junction|channel|version|minute|minutes|figure|step|phase|stage|tier|ward|"
    r"route|no\.|number|priority|annex|recommendation|act|regulations|q|quarter|flat|unit|"
    r"room|box|line|year|class|grade|level|freeview)\s*$)|(?:\bthe\s+first\s+$)"
    r"|(?:\bunder\s+(?:the\s+age\s+of\s+)?$)|(?:\b(?:man|woman|boy|girl),\s*$)"
    r"|(?:\b" + _MONTH + r"\s+$)|(?:\d\s*[/\-–.:]\s*$)|(?:\d\.\d+\s+(?:to|and)\s+$)"
    r"|(?:[©#@]\s*$)|(?:page\s+\d+\s+of\s+$)|(?:\bper\s+$)", re.I)
_REF_AFTER = re.compile(
    r"^(?:\s*(?:st|nd|rd|th)\b|\s*(?:am|pm|a\.m\.|p\.m\.)|[:.]\d|\s*[/\-–]\s*\d|\s*°"
    r"|\s+" + _MONTH + r"\b|[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?)\s+ago\b"
    r"|[\s-]*(?:hours?|hrs?|minutes?|mins?|seconds?|nights?|hour)\b|\s+or\s+more\b"
    r"|\s+(?:comments?|partners|min read|things\b|best\b)|\s*\)\s*$)", re.I)
_PHONE = re.compile(r"(?<!\d)0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b")
_HEADING_LINE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s|appendix\b|contents\b|agenda\b)", re.I)
_BOILER_HEAD = re.compile(
    r"^\s*(?:read more|read next|more on this story|most read|most popular|related|trending|"
    r"you may also like|top stories|latest news|more stories|in other news|recommended|"
    r"follow us|share this)\b", re.I)
_BOILER_LINE = re.compile(
    r"(?:subscribe|newsletter|cookie|\d+\s+partners\b|sign up|advertis|hide ad|read more:|read next:|"
    r"min read|comments \(|©|copyright|company number|registered in|privacy)", re.I)
_COMMENTS_HEAD = re.compile(r"^\s*(?:\d+\s+)?comments\b(?!\s*:\s*our rules)", re.I)
_DEFINITION = re.compile(r"re-?referrals?\s+within|\bwithin\s+two\s+years\b", re.I)
_COMPARE_BEFORE = re.compile(
    r"(?:\bthan|expectation of|compared with|compared to|from|against|target of|versus|vs\.?|"
    r"average of|rate of|england:?|neighbours:?)\s*(?:the\s+)?(?:current\s+|previous\s+)?$", re.I)
_RELATIVE_YEAR = [(re.compile(r"^\W{0,3}(?:in\s+)?the\s+year\s+before\s+that\b", re.I), 2),
                  (re.compile(r"^\W{0,3}(?:in\s+)?(?:the\s+)?(?:year\s+before|previous\s+year|"
                              r"a\s+year\s+earlier|year\s+earlier|prior\s+year)\b", re.I), 1)]
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


@functools.lru_cache(maxsize=4)
def _matcher(vocab: Any) -> Matcher:
    from spacy.matcher import Matcher
    matcher = Matcher(vocab)
    for rid, pattern in _rules()[1]:
        matcher.add(rid, [pattern])
    return matcher


def rule_hits(doc: Doc | Span) -> list[_Hit]:
    """Every metric-rule match in `doc`, blocked phrases removed, longest match kept."""
    rules = _rules()[0]
    matcher = _matcher(doc.vocab)
    raw = [(rules[doc.vocab.strings[mid]], s, e) for mid, s, e in matcher(doc)]
    blocks = [(s, e) for r, s, e in raw if r.kind == "block"]
    hits = [_Hit(r, s, e) for r, s, e in raw if r.kind != "block"
            and not any(bs <= s < be for bs, be in blocks)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for h in hits:
        same_kind = [k for k in kept if k.rule.kind == h.rule.kind and k.start <= h.start < k.end]
        if not same_kind:
            kept.append(h)
    return kept


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of link lists, promos, cookie notices and reader comments."""
    spans: list[tuple[int, int]] = []
    pos, in_block = 0, False
    for line in text.split("\n"):
        end = pos + len(line)
        if _COMMENTS_HEAD.match(line):
            spans.append((pos, len(text)))
            break
        if _BOILER_HEAD.match(line):
            in_block = True
        elif not line.strip():
            in_block = False
        if in_block or _BOILER_LINE.search(line) and len(line) < 160:
            spans.append((pos, end))
        pos = end + 1
    return spans


def _line_of(text: str, start: int) -> tuple[int, str]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    return ls, text[ls:le if le >= 0 else len(text)]


def is_reference(text: str, q: Quantity) -> bool:
    """True when the number is a year, date, time, reference, name or time point, not an amount."""
    raw = text[q.start:q.end]
    before, after = text[max(0, q.start - 40):q.start], text[q.end:q.end + 30]
    if q.kind in ("count", "word", "duration", "age", "rate"):
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return True
        if _REF_BEFORE.search(before) or _REF_AFTER.search(after):
            return True
    if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit():
        return True
    if re.search(r"[A-Za-z]-$", before):
        return True  # "Covid-19"
    ls, line = _line_of(text, q.start)
    if q.start - ls < 8 and re.match(r"\s*\d+(?:\.\d+)*\.?(?:\s|$)", line) and \
            re.match(r"\s*\d+(?:\.\d+)*\.", line) and q.kind in ("count",):
        return True  # numbered paragraph or heading "4.1 Notifications", "12. At 31 March"
    if q.unit in ("months", "years") and _DEFINITION.search(text[max(0, q.start - 30):q.end + 5]):
        return True
    if re.match(r"[\s-]*(?:month|week|day|year)s?\s+period\b", after) and re.search(r"\bthe\s+$", before):
        return True
    if q.kind == "age" and q.value >= 100 or q.unit == "years" and q.value > 99:
        return True
    return False


def _fraction_ok(text: str, q: Quantity) -> bool:
    """'a third', 'half' are shares only when they are shares *of* something."""
    if q.kind != "fraction" or " in " in text[q.start:q.end]:
        return True
    return bool(re.match(r"\s+(?:of|the)\b", text[q.end:q.end + 6], re.I))


def _token_span(doc: Doc, q: Quantity) -> tuple[int, int] | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _window(doc: Doc, sent: Span, ts: int, te: int, num_toks: set[int]) -> tuple[int, int]:
    """Token range [left, right) around a number, cut at other numbers, ';' and the sentence."""
    left = ts
    while left > sent.start and ts - left < 12 and (left - 1) not in num_toks and doc[left - 1].text != ";":
        left -= 1
    right = te
    while right < sent.end and right - te < 16 and right not in num_toks and doc[right].text not in (";",):
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
    for verbs in ({gov.i, *[c.i for c in gov.children if c.dep_ != "conj"]}, {c.i for c in gov.conjuncts}):
        own = own or [h.rule.stage for h in hits if h.rule.kind == "stage" and (h.start in verbs or any(
            doc[i].head.i in verbs and doc[i].dep_ != "conj" for i in range(h.start, h.end)))]
    near = [h for h in hits if h.rule.kind == "stage" and left <= h.start < right]
    cands = own or [min(near, key=lambda h: abs(h.start - ts) / (2 if h.start > ts else 1)).rule.stage] if near or own else []
    for stage in _STAGE_ORDER:
        if stage in cands:
            return stage
    return None


def _metric_of(doc: Doc, hits: list[_Hit], ts: int, te: int, left: int, right: int) -> tuple[str, str]:
    """(metric, rule id) by the precedence documented in `rule_metric`."""
    inwin = [h for h in hits if left <= h.start < right]
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
        inside = [h for h in rightside if h.start < of_end]
        chosen = (after or inside or leftside or [None])[0]
    else:
        immediate = [h for h in rightside if h.start - te <= 5 and h.rule.kind in ("noun", "family", "prop")
                     and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(te, h.start))]
        chosen = (immediate or [h for h in rightside if h.rule.kind != "stage"] or
                  [h for h in leftside if h.rule.kind != "stage"] or [None])[0]
    if chosen is None:
        return "other", "none"
    if chosen.rule.kind == "family":
        stage = _stage_of(doc, hits, ts, left, right)
        return _FAMILY_STAGE[chosen.rule.family or "review"][stage], chosen.rule.id
    return chosen.rule.metric or "other", chosen.rule.id


def _shift(p: Period | None, years: int) -> Period | None:
    if p is None or not p.start or not p.end:
        return None
    def back(iso: str) -> str:
        return f"{int(iso[:4]) - years:04d}{iso[4:]}"
    return Period(back(p.start), back(p.end), None)


def _period_of(text: str, q: Quantity, sent_end: int, doc_period: Period | None) -> Period | None:
    """The figure's own period ('up from 12 in 2021/22', '(2021/22: 1,640)', 'the year before')."""
    from .period import find_periods
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
            p = _shift(doc_period, years)
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
    sent_before = text[sent.start_char:q.start]
    rate = re.search(r"per\s+(10,000|1,000|100,000)", sent_before)
    if rate and not re.search(r"\d\s*$", sent_before):
        return "rate_per_" + rate.group(1).replace(",", "")
    if _COMPARE_BEFORE.search(text[max(0, q.start - 40):q.start]):
        earlier = [t for t in typed if sent.start_char <= t.start < q.start and t.unit != "count"]
        if earlier:
            return earlier[-1].unit
    return q.unit


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


def _zero_ok(text: str, q: Quantity, metric: str) -> bool:
    """'No new LCSPRs were commissioned' is a zero; 'None of these delays' is not."""
    raw = text[q.start:q.end].lower()
    if raw not in ("no", "none"):
        return True
    if metric == "other":
        return False
    return not re.match(r"\s+(?:of\s+(?:these|this|those|them)|further|single|one|more)\b", text[q.end:q.end + 20], re.I)


_ZERO = re.compile(r"\b(?:no|none)\b(?=\s+(?:new\s+|[A-Z]\w+\s+)?(?:\w+\s+)?(?:child|children|case|cases|"
                   r"lcsprs?|reviews?|local|notifications?|of the|required|serious))", re.I)


def _zeros(text: str) -> list[Quantity]:
    return [Quantity(m.start(), m.end(), 0.0, "count", "zero") for m in _ZERO.finditer(text)]


def _classify(doc: Doc, ts: int, te: int, rule_metric: str, rule_id: str) -> tuple[str, float, str]:
    """Let the metric classifier decide where rules are silent, or disagree with less confidence."""
    rule_conf = 0.6 if rule_id == "none" else 0.9
    try:
        from . import metric_model
        pred = metric_model.predict_metric(metric_model.metric_features(
            doc, ts, te, None if rule_id == "none" else rule_metric))
    except Exception as exc:  # the classifier is optional; rules stand alone
        log.debug("metric classifier unavailable: %s", exc)
        return rule_metric, rule_conf, f"rule:{rule_id}"
    if pred is None:
        return rule_metric, rule_conf, f"rule:{rule_id}"
    metric, conf = pred
    if metric == rule_metric:
        return metric, max(conf, rule_conf), f"rule:{rule_id}"
    if conf > rule_conf:
        return metric, conf, "model"
    return rule_metric, rule_conf, f"rule:{rule_id}"


def _candidates(doc: Doc, document: Document, doc_period: Period | None, use_classifier: bool,
                skip: list[tuple[int, int]]) -> list[_Candidate]:
    text = document.text
    quantities = find_quantities(text) + _zeros(text)
    spans = [s for s in (_token_span(doc, q) for q in quantities) if s]
    num_toks = {i for s, e in spans for i in range(s, e)}
    bad = skip + boilerplate_spans(text) + [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    hits = rule_hits(doc)
    out: list[_Candidate] = []
    for q in quantities:
        if any(s <= q.start < e for s, e in bad) or is_reference(text, q) or not _fraction_ok(text, q):
            continue
        span = _token_span(doc, q)
        if span is None:
            continue
        ts, te = span
        sent = doc[ts].sent
        left, right = _window(doc, sent, ts, te, num_toks - set(range(ts, te)))
        metric, rid = _metric_of(doc, hits, ts, te, left, right)
        if q.kind == "word" and q.value == 1 and (metric == "other" or re.match(
                r"\s+(?:of|other|another|piece|member|told|day|time)\b", text[q.end:q.end + 10], re.I)):
            continue  # "one" is a figure only when it counts something the metrics name
        if not _zero_ok(text, q, metric):
            continue
        unit = _unit_from_context(text, q, sent, doc, te, quantities)
        if unit in _OTHER_UNITS:
            metric, rid = "other", "unit"  # durations, ages and money are never a metric's count
        q = Quantity(q.start, q.end, q.value, unit, q.kind, q.qualifier)
        conf, method = 0.9 if rid != "none" else 0.6, f"rule:{rid}"
        if use_classifier:
            metric, conf, method = _classify(doc, ts, te, metric, rid)
        subject, head = _subject(doc, ts, te)
        period = _period_of(text, q, sent.end_char, doc_period)
        out.append(_Candidate(q, metric, subject, conf, method, period, sent.text.strip(), head))
    return out


def _table_candidates(doc: Doc, document: Document, table: Table,
                      doc_period: Period | None) -> list[_Candidate]:
    """Each numeric cell of a metrics-by-period table: metric from the row, period from the column."""
    from .period import parse_period
    if len(table.rows) < 2:
        return []
    header = table.rows[0]
    # the unit is often only in the caption line above the table ("rate per 10,000 children")
    first = header[0].start if header else 0
    caption = document.text[max(0, first - 300):first].lower()
    title = " ".join(c.text for c in header).lower() + " " + caption
    out: list[_Candidate] = []
    for row in table.rows[1:]:
        if len(row) < 2:
            continue
        label = row[0]
        ldoc = doc.char_span(label.start, label.end, alignment_mode="expand")
        lhits = rule_hits(ldoc.as_doc()) if ldoc is not None else []
        metric = _label_metric(lhits)
        for j, cell in enumerate(row[1:], start=1):
            raw = cell.text.strip()
            value = parse_number(raw.rstrip("%").strip())
            if value is None:
                continue
            unit = _label_unit(label.text + " " + raw, title)
            col = header[j].text if j < len(header) else ""
            period = parse_period(col)
            if period is not None and doc_period is not None and (period.start, period.end) == (doc_period.start, doc_period.end):
                period = None
            q = Quantity(cell.start, cell.start + len(cell.text.rstrip()), value, unit, "count")
            out.append(_Candidate(q, metric, label.text.strip(), 0.85, "rule:table", period,
                                  " ".join(c.text for c in row), label.text.strip().lower()))
    return out


def _label_metric(hits: list[_Hit]) -> str:
    for h in hits:
        if h.rule.kind in ("noun", "prop") and h.rule.metric:
            return h.rule.metric
        if h.rule.kind == "family":
            stages = [s.rule.stage for s in hits if s.rule.kind == "stage"]
            stage = next((s for s in _STAGE_ORDER if s in stages), None)
            return _FAMILY_STAGE[h.rule.family or "review"][stage]
    return "other"


def _label_unit(label: str, title: str) -> str:
    low = label.lower()
    if "%" in low or "per cent" in low:
        return "percent"
    for src in (low, title):
        m = re.search(r"per\s+(10,000|1,000|100,000)", src)
        if m:
            return "rate_per_" + m.group(1).replace(",", "")
    if "£" in low or "£" in title:
        return "gbp"
    return "count"


def _merge(cands: list[_Candidate], document: Document) -> list[Figure]:
    """Mentions of the same fact (value, unit, metric, period, head for 'other') become one Figure."""
    figures: dict[tuple[Any, ...], Figure] = {}
    for c in cands:
        per = (c.period.start, c.period.end) if c.period else None
        key = (round(c.q.value, 2), c.q.unit, c.metric, per, c.head if c.metric == "other" else "")
        page, _ = document.locate(c.q.start)
        mention = Mention(document.text[c.q.start:c.q.end], c.sentence, page, c.q.start, c.q.end,
                          document.span_bbox(c.q.start, c.q.end))
        fig = figures.get(key)
        if fig is None:
            figures[key] = Figure(c.metric, c.q.value, c.q.unit, c.subject, c.confidence, [mention],
                                  c.period, c.q.qualifier, c.method)
        elif all(m.start != mention.start for m in fig.mentions):
            fig.mentions.append(mention)
            fig.confidence = max(fig.confidence, c.confidence)
    return list(figures.values())


def find_figures(doc: Doc, document: Document, doc_period: Period | None, *,
                 use_classifier: bool = True) -> list[Figure]:
    """Every reported figure in `document` (spaCy `doc` is built from `document.text`)."""
    table_cands: list[_Candidate] = []
    skip: list[tuple[int, int]] = []
    for table in document.tables:
        cands = _table_candidates(doc, document, table, doc_period)
        table_cands += cands
        skip += [(c.start, c.end) for row in table.rows for c in row]
    cands = _candidates(doc, document, doc_period, use_classifier, skip) + table_cands
    return _merge(sorted(cands, key=lambda c: c.q.start), document)
