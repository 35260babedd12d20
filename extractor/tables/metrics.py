"""Metrics: the metric a table cell counts, from its row label, column header, caption or the prose
around the table."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..figures import _FAMILY_STAGE, _STAGE_ORDER, _Hit, rule_hits
from ..figures.placement import names_placement
from ..document import Cell
from ..pipeline import area_names, doc_text
from .captions import _FIGURE_NUMBER, _PROSE_LINE
from .headers import _TOTAL_LABEL
from .periods import _PERIOD_LABEL
from .units import _PERCENT

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# A row label that is only a comparator, a nation, an English region or the average of a group:
# 'England', 'North West', 'Statistical neighbours (2024/25)', 'National average'
_COMPARATOR_LABEL = re.compile(r"^\s*(?:(?:england|wales|scotland|northern\s+ireland|great\s+britain|uk|"
                               r"(?:inner\s+|outer\s+)?london|north\s+(?:east|west)|south\s+(?:east|west)|"
                               r"(?:east|west)\s+midlands|east\s+of\s+england|yorkshire(?:\s+and\s+the\s+humber)?|"
                               r"stat(?:istical)?\.?\s*neighbou?rs?|comparators?|national|regional|region)"
                               r"(?:\s+(?:average|mean|figure|rate))?|(?:national|regional|england)\s+average)"
                               r"\s*(?:\([^)]*\))?\s*$", re.I)
# A column header naming a comparator and the population it is taken over: 'England, children looked
# after 2024/25', 'Wales - children in care', 'Statistical neighbours: children in need'
_COMPARATOR_GROUP = re.compile(r"^\s*(?:england|wales|scotland|northern\s+ireland|great\s+britain|uk|national|"
                               r"regional|region|stat(?:istical)?\.?\s*neighbou?rs?|comparators?|"
                               r"(?:north|south)\s+(?:east|west)|(?:east|west)\s+midlands|london)"
                               r"(?:\s+(?:average|mean))?\s*[,:–-]\s+\S", re.I)


def _populations(header: Sequence[str], col_metrics: list[str]) -> list[str]:
    """A comparator's column whose header names the population it is taken over ('England,
    children looked after 2024/25' beside 'Trafford 2025/26') says whose figure the column holds,
    not what the rows count (attainment, attendance): no metric, unless another column names
    the same one ('Children looked after | England, children looked after')."""
    out = list(col_metrics)
    for j in range(1, min(len(header), len(out))):
        if out[j] != "other" and _COMPARATOR_GROUP.match(header[j]) and \
                not any(out[k] == out[j] for k in range(1, len(out)) if k != j):
            out[j] = "other"
    return out


# A column header over the whole of what the table counts: 'All children looked after', 'All
# children in care', 'Total children on plans', 'All CiC'
_WHOLE_COLUMN = re.compile(r"^\s*(?:all|total|every)\b", re.I)
_UNACCOMPANIED = re.compile(r"\b(?:unaccompanied|UASC|asylum)", re.I)


def subset_columns(header: Sequence[str], col_metrics: list[str]) -> list[str]:
    """Columns of a group of the children beside a column of all of them ('Placement type | UASC
    | All children looked after', 'Disabled children in care | All children in care'): the
    group is picked out by a feature, so its counts are other by the corpus convention, while
    the column of all the children keeps the metric both name; a column of where they are
    placed ('Placed out of area') is a part that keeps it, and so is a column of unaccompanied
    asylum-seeking children (children in care: `../shared/corpus-dev2` reads them so)."""
    out = list(col_metrics)
    wholes = {col_metrics[j] for j in range(1, min(len(header), len(col_metrics)))
              if col_metrics[j] != "other" and _WHOLE_COLUMN.match(header[j])}
    for j in range(1, min(len(header), len(out))):
        if out[j] in wholes and not _WHOLE_COLUMN.match(header[j]) and not _measure_only(header[j]) and \
                not _RATE_LABEL.match(header[j]) and not _PERCENT.search(header[j]) and not names_placement(header[j]) \
                and not _UNACCOMPANIED.search(header[j]):
            out[j] = "other"
    return out


# A row label that is only a rate: 'Rate per 10,000 children', 'Rate per 1,000 aged 0-17', 'Rate'
_RATE_LABEL = re.compile(r"^\s*(?:the\s+)?rates?\b(?:\s+per\s+[\d,]+)?(?:\s+(?:children|population|"
                         r"aged\s+\S+|under\s+\d+s?|of\s+the\s+population))*\s*(?:\(.*\))?\s*$", re.I)
# A rate row named by a word of the row above before the rate: 'Register, rate per 1,000 aged
# 0-15' under 'Children on the child protection register', 'Plans - rate per 10,000'
_HEADED_RATE = re.compile(r"^\s*(?P<head>[A-Za-z][A-Za-z'’ -]{0,40}?)\s*[,:;–—-]\s*(?P<rate>(?:the\s+)?rates?\b.*)$", re.I)


def rate_of_above(label: str, above: str) -> bool:
    """Whether a row label is a rate named by a short head whose every word is a word of the
    label above it ('Register, rate per 1,000' under 'Children on the child protection
    register (number)'): the rate of the count above, as a bare 'Rate per 10,000' row is."""
    m = _HEADED_RATE.match(label)
    if not m or not _RATE_LABEL.match(m["rate"]):
        return False
    stems = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", above)}
    head = [w.lower()[:5] for w in re.findall(r"[A-Za-z]+", m["head"])]
    return bool(head) and all(w in stems for w in head)


# Words that name the review system: a 'Referrals' row or column beside them is of case reviews
_REVIEW_WORDS = re.compile(r"\b(?:panel|reviews?|crg|partnership|notif\w*|lcsprs?|rapid)\b", re.I)
_SOCIAL_CARE = {"social_care_referrals", "children_in_need", "section_47_enquiries", "child_protection_plans",
                "looked_after_children", "police_protection", "court_orders"}
_REVIEWS = {"serious_incident_notifications", "rapid_reviews", "lcsprs_commissioned", "lcsprs_published",
            "lcsprs_ongoing", "serious_case_reviews", "national_reviews", "reviews_with_learning"}


def _context_hits(doc: Doc, start: int, end: int, corner: tuple[Cell, ...]) -> list[list[_Hit]]:
    """The rule hits of a table's label column's header, then of each of its caption's title
    lines, nearest first: what the table as a whole is about. A line of prose ('This report
    sets out what the partnership plans') names no table."""
    spans = [(c.start, c.end) for c in corner]
    at = end
    for line in reversed(doc_text(doc)[start:end].split("\n")):
        at -= len(line)
        if line.strip() and (not _PROSE_LINE.search(line) or _FIGURE_NUMBER.match(line)):  # 'Table 5.1. ... at 31 March.'
            spans.append((at, at + len(line)))
        at -= 1
    out: list[list[_Hit]] = []
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand") if e > s else None
        out.append(_outside_brackets(doc, rule_hits(span), s, e) if span is not None else [])
    return out


_BRACKETED = re.compile(r"\([^()\n]*\)")


def _outside_brackets(doc: Doc, hits: list[_Hit], start: int, end: int) -> list[_Hit]:
    """A title's hits without those in its brackets when its words outside them name a metric:
    'Learning actions (rapid reviews and LCSPR)' counts actions, the brackets say whose they are."""
    text = doc_text(doc)
    inner = [(start + m.start(), start + m.end()) for m in _BRACKETED.finditer(text[start:end])]
    if not inner:
        return hits
    outside = [h for h in hits if not any(a <= doc[h.start].idx < b for a, b in inner)]
    return outside if _label_metric(outside) != "other" else hits


# The words of a document that speaks of case reviews at all: 'rapid review', 'practice review',
# 'LCSPR', 'case management review' (Northern Ireland), 'serious incident', 'the national panel'
_CASE_REVIEW_TALK = re.compile(r"\b(?:rapid\s+reviews?|case\s+(?:management\s+)?reviews?|practice\s+reviews?|learning\s+reviews?|CMRs?|"
                               r"L?CSPRs?|SCRs?|serious\s+(?:incident|case)s?|safeguarding\s+practice|"
                               r"national\s+panel|review\s+panel)\b", re.I)


def reviews_spoken_of(text: str) -> bool:
    """Whether a document speaks of case reviews anywhere: where it does not, a table of
    referrals counts referrals to its own service (a young carers' service, a school
    attendance team), never referrals for a case review."""
    return bool(_CASE_REVIEW_TALK.search(text))


# ... and, for a bare 'Referrals' row in a table that names no review, whether it speaks of
# referrals for one ('referred to the panel for a rapid review', 'the panel considered referrals'): a document
# that names a review only as its history (the review that led to a service) counts, in a
# table of its service's indicators, the referrals its service received
_REFERRAL_FOR_REVIEW = re.compile(r"\brefer\w*\b[^.;\n]{0,80}?\b(?:reviews?|panels?|CRGs?|L?CSPRs?|SCRs?|serious\s+"
                                  r"(?:incident|case)s?|notif\w*)\b|\b(?:review|panel|CRG)s?\b[^.;\n]{0,60}?\brefer\w*\b", re.I)


def review_referrals_spoken_of(text: str) -> bool:
    """Whether a document speaks of referrals for a case review anywhere (see above)."""
    return bool(_REFERRAL_FOR_REVIEW.search(text))


def _referrals_in_context(named: list[str], context: list[_Hit], around: str | None = None,
                          title: str = "", text: str | None = None) -> str:
    """What a bare 'Referrals' row or column counts, decided by its table, not by the word:
    referrals to children's social care when the caption says so ('children's social care',
    'front door'), another service's when it names that ('Referrals to CAMHS': other), or when
    the table's other rows count social care work (children in need, section 47 enquiries,
    plans, children in care) and no review; else referrals for a case review. Given `around`
    (the table's title, label header and the text just above it), a table that names nothing is
    placed by that text: referrals for a review where it speaks of reviews or a panel (and, given
    the table's `title` and the document's `text`, where either speaks of referrals for a review), to
    children's social care where it names that receiver, else to the service the report is
    about ('Table 1: Referrals by source' under 'The family hub received 704 referrals'): other."""
    cue = next((h for h in context if h.rule.kind == "context" and h.rule.family == "review_referrals"), None)
    if cue is not None:  # the caption's receiver: children's social care, or another service ('Referrals to CAMHS')
        return cue.rule.metric or "social_care_referrals"
    if any(m in _REVIEWS for m in named) or any(h.rule.metric in _REVIEWS for h in context):
        return "review_referrals"
    if any(m in _SOCIAL_CARE for m in named):
        return "social_care_referrals"
    if around is None or _CASE_REVIEW_TALK.search(around) or _PANEL_TALK.search(around):
        if text is not None and not _REVIEW_WORDS.search(title) and not review_referrals_spoken_of(text):
            return "other"  # a review named only as the service's history: its own referrals
        return "review_referrals"
    return "social_care_referrals" if _SOCIAL_CARE_RECEIVER.search(around) else "other"


# A review body or its business named near a table: 'the panel', 'the case review group', 'CRG',
# 'criteria', 'notifications'
_PANEL_TALK = re.compile(r"\b(?:panel|reviews?|CRG|SIRG|criteri(?:a|on)|notifications?)\b", re.I)
# The statutory receiver of a referral: 'children's social care', 'social services', 'the MASH',
# 'the front door'
_SOCIAL_CARE_RECEIVER = re.compile(r"\b(?:social\s+(?:care|services|work)|children['’]?s\s+services|MASH|"
                                   r"front\s+door)\b", re.I)


def _whole_metric(body: list[tuple[Cell, ...]], row_metrics: list[str], col_metrics: list[str],
                  context: list[list[_Hit]], has_corner: bool) -> str:
    """The metric a breakdown table counts when its rows are categories or places that name
    none ('Perinatal/neonatal event', 'North East'): the one metric its label column's header
    names ('Category of death'; rows may repeat it: 'Sudden unexpected death'), else the one its
    nearest caption title names ('Table 1: Serious incident notifications by region') when no
    row names a metric. A caption naming two metrics, or columns naming metrics, decide
    nothing for the whole table."""
    if any(m != "other" for m in col_metrics[1:]):
        return "other"
    for i, hits in enumerate(context):
        named = {_label_metric([h]) for h in hits} - {"other"}
        if not named:
            continue
        if len(named) > 1:
            return "other"
        whole = named.pop()
        caption_only = i > 0 or not has_corner
        rows = [m for m, row in zip(row_metrics, body) if not _TOTAL_LABEL.match(row[0].text)]
        # a row that names the caption's own metric by a placement ('In residential care' in a
        # table of children looked after by placement type) is one of its kinds, not another count
        named_rows = [m for m, row in zip(row_metrics, body) if not _TOTAL_LABEL.match(row[0].text)
                      and m != "other" and not (m == whole == "looked_after_children" and names_placement(row[0].text))]
        if any(m not in ("other", whole) for m in rows) or caption_only and named_rows:
            return "other"
        return whole
    return "other"


# The categories children on a plan (a register) or in need are counted by: 'Categories of
# abuse', 'category of registration', 'Initial category', 'Abuse category', 'category of need'
_PLAN_CATEGORY = re.compile(r"\bcategor(?:y|ies)\s+of\s+(?:abuse|registration|harm)\b|"
                            r"\b(?:abuse|registration|initial)\s+categor(?:y|ies)\b", re.I)
_NEED_CATEGORY = re.compile(r"\bcategor(?:y|ies)\s+of\s+need\b|\bneed\s+(?:categor(?:y|ies)|codes?)\b", re.I)


def _category_metric(text: str) -> str:
    """The metric a breakdown by category counts when no row, column or caption names one:
    categories of abuse (or registration) are those of child protection plans and registers,
    categories of need those of children in need."""
    if _PLAN_CATEGORY.search(text):
        return "child_protection_plans"
    if _NEED_CATEGORY.search(text):
        return "children_in_need"
    return "other"


def _group_metrics(doc: Doc, header: Sequence[str], cells: tuple[Cell, ...], metrics: list[str]) -> list[str]:
    """A column under a group header that spans it ('Children in care' over 'Number | Rate per
    10,000'): its own cell of the group's line is blank, and its joined header starts with the
    group's label, so it takes the group's metric, as the first column of the group does."""
    out = list(metrics)
    for j in range(2, min(len(out), len(cells), len(header))):
        if out[j] != "other" or cells[j].text.strip():
            continue
        k = next((k for k in range(j - 1, 0, -1) if cells[k].text.strip()), None)
        if k is not None and header[j].startswith(cells[k].text.strip()):
            out[j] = out[k]
    return out


def _rate_columns(header: Sequence[str], col_metrics: list[str]) -> list[str]:
    """A column headed only by a rate ('Rate per 10,000') is the rate of the nearest column
    on its left that names a metric ('Plans at 31 March | Rate per 10,000 | Section 47
    enquiries'), as a rate row is the rate of the count above it; so is a rate headed by the
    abbreviation of that column's name ('Children in care | CiC rate', 'CP plans | CP rate')."""
    out = list(col_metrics)
    for j in range(1, len(out)):
        if out[j] != "other" or j >= len(header):
            continue
        left = next((k for k in range(j - 1, 0, -1) if out[k] != "other"), None)
        if left is None:
            continue
        m = _ABBREVIATED_RATE.match(header[j])
        if _RATE_LABEL.match(header[j]) or _measure_only(header[j]) or m and _abbreviates(m["abbr"], header[left]):
            out[j] = out[left]
    return out


# The words of a header that names only a measure of a thing counted elsewhere and when it was
# taken: 'Rate per 10,000 children 2030 (revised)', 'Percentage change in number 2029 to 2030',
# '% change on last year', 'Per cent of total', 'Difference from previous year'
_MEASURES = {"rate", "rates", "per_base", "percentage", "percentages", "percent", "%", "cent", "change", "changes",
             "difference", "proportion", "share", "increase", "decrease", "movement"}
_MEASURE_FILLERS = {"in", "of", "the", "on", "from", "to", "since", "vs", "versus", "compared", "with", "per",
                    "number", "numbers", "total", "year", "years", "annual", "last", "previous", "prior", "revised",
                    "provisional", "final", "at", "as", "a", "an", "and", "march", "june", "september",
                    "december", "q", "quarter", "month", "months", "period"}
_RATE_BASE = re.compile(r"\bper\s+(?:\d[\d,]*|thousand|hundred)(?:\s+(?:children|population|people|residents|"
                        r"aged\s+\S+|under\s+\d+s?|of\s+the\s+population))*", re.I)


def _measure_only(header: str) -> bool:
    """Whether a column header names only a measure (a rate, a share, a change) with its
    period and notes, and no counted thing: it measures the thing a column on its left names."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header)
    words = [w.lower() for w in re.findall(r"[A-Za-z%_]+", _RATE_BASE.sub(" per_base ", text))]
    return bool(words) and all(w in _MEASURES or w in _MEASURE_FILLERS for w in words) and \
        any(w in _MEASURES for w in words)


# A rate headed by an abbreviation: 'CiC rate', 'CP rate per 10,000', 'LAC rate (per 10,000)'
_ABBREVIATED_RATE = re.compile(r"^\s*(?P<abbr>[A-Za-z]{2,5})\s+rates?\b(?:\s+per\s+[\d,]+)?(?:\s*\(.*\))?\s*$")


def _abbreviates(abbr: str, name: str) -> bool:
    """Whether `abbr` is an abbreviation ('CiC', 'CP': two or more capitals) of `name`: a word
    of it ('CP plans') or the start of its words' initials ('Children in care', 'Child
    protection plans')."""
    if sum(ch.isupper() for ch in abbr) < 2:
        return False
    words = re.findall(r"[A-Za-z]+", name)
    initials = "".join(w[0] for w in words).lower()
    return abbr.lower() in (w.lower() for w in words) or initials.startswith(abbr.lower())


# A column header that names a step of the case-review system by its participle: 'Notified to
# Panel', 'Number notified', 'Incidents notified' count serious incident notifications.
_NOTIFIED_HEADER = re.compile(r"\bnotified\b", re.I)


def _header_metric(doc: Doc, cell: Any) -> str:
    """The metric a column header names: its words' metric, else a notification column."""
    metric = _span_metric(doc, cell)
    if metric == "other" and _NOTIFIED_HEADER.search(cell.text):
        return "serious_incident_notifications"
    return metric


# Events a label may count that a metric's words only describe: 'Child protection planning
# meetings', 'Initial child protection conferences', 'Rapid review panel meetings'
# (plurals only: 'meeting' is also a verb, 'Referrals not meeting the criteria')
_EVENT_NOUNS = {"meetings", "conferences", "visits", "discussions", "audits", "hearings", "sessions",
                "events", "briefings", "courses", "episodes", "episode", "incidents", "occasions", "instances"}


def _cell_hits(doc: Doc, cell: Any) -> tuple[Span | None, list[_Hit]]:
    """A cell's span of the Doc and the metric rules its words hit (none for an empty cell). The
    Matcher runs on the span itself: span.as_doc() would copy the whole Doc's arrays."""
    span = doc.char_span(cell.start, cell.end, alignment_mode="expand") if cell.end > cell.start else None
    return span, (rule_hits(span) if span is not None else [])


def _counts_other_things(doc: Doc, cell: Any) -> bool:
    """Whether a column header names a thing no metric counts ('Staff in scope', 'Foster carers
    approved', 'Assessments completed'), and no metric: its cells count that thing, whatever the
    row labels name ('General contact (Level 1)' is a level of staff, not a contact). A divisor is
    no counted thing ('Referrals per social worker')."""
    span, hits = _cell_hits(doc, cell)
    if span is None or _label_metric(hits) != "other":
        return False
    return any(h.rule.kind == "foreign" and not (h.start > span.start and doc[h.start - 1].lower_ == "per")
               for h in hits)


def _named_metric(doc: Doc, cell: Any) -> str:
    """The metric a label's words name, before asking what the label counts."""
    return _label_metric(_cell_hits(doc, cell)[1])


def _span_metric(doc: Doc, cell: Any, by_age: bool = True) -> str:
    """The metric a label counts; with `by_age` False, read past the words that pick its children
    out by age ('Babies', 'unborn', 'aged under 5'), as the name of a table's one count of them."""
    span, hits = _cell_hits(doc, cell)
    if span is None:
        return "other"
    if not by_age:
        hits = [h for h in hits if not _age_word(doc, h)]
    metric = _label_metric(hits)
    if metric != "other" and metric not in _REVIEWS:
        own = [h for h in hits if h.rule.metric == metric]
        named = [h.end for h in own]
        # an event noun inside the metric's own name ('inter-agency referral discussions') is the name
        events = [t.i for t in span if t.lower_ in _EVENT_NOUNS and not any(h.start <= t.i < h.end for h in own)]
        if named and events and min(events) >= min(named):
            return "other"  # the label counts meetings or conferences the metric's words describe
        first = next((t for t in span if t.is_alpha), None)
        if first is not None and first.i in events and own and first.i < min(h.start for h in own):
            return "other"  # ... or opens on them ('Episodes - children in care', 'Visits to children on plans')
        if _counts_a_feature(doc, span, hits, own, by_age):
            return "other"
    return metric


# the words of a label that pick its children out by age: 'Babies ...', 'Children aged under 5'
_AGE_WORDS = {"babies", "baby", "infants", "infant", "newborns", "newborn", "teenager", "teenagers", "under", "aged"}


def _age_word(doc: Doc, h: _Hit) -> bool:
    """Whether a hit of a label names only an age ('Babies', 'under', 'aged'), no metric."""
    return h.rule.metric == "other" and h.rule.kind == "prop" and h.end - h.start == 1 and doc[h.start].lower_ in _AGE_WORDS


def age_named_metrics(doc: Doc, body: Sequence[tuple[Cell, ...]], row_metrics: list[str],
                      col_metrics: list[str]) -> list[str]:
    """Rows whose label names a metric for children picked out by age ('Referrals to children's
    social care (unborn)', 'Babies subject of a child protection plan at birth') count that metric
    when the table counts it nowhere else: the age then says whom the whole table is about (a
    maternity service's babies), not a part of a count beside it. Under a row or a column of the
    whole ('Registrations' over 'Pre-birth registrations'), the row is that part, and other (the
    corpus convention: counts picked out by age are other)."""
    out = list(row_metrics)
    aged: dict[int, str] = {}
    for i, (metric, row) in enumerate(zip(row_metrics, body)):
        if metric == "other" and (named := _span_metric(doc, row[0], by_age=False)) != "other":
            aged[i] = named
    for i, m in aged.items():
        wholes = [k for k, (n, row) in enumerate(zip(row_metrics, body)) if k != i and n == m
                  and not _TOTAL_LABEL.match(row[0].text)]
        if not wholes and m not in col_metrics and list(aged.values()).count(m) == 1:
            out[i] = m
    return out


def placement_rows(doc: Doc, body: Sequence[tuple[Cell, ...]], row_metrics: list[str]) -> list[str]:
    """Rows that name only where children are placed ('Placed 20+ miles from home (%)', 'In
    residential care') in a table whose other rows count children in care: a part of them by
    placement, which keeps their metric (corpus/README.md, 'Conventions settled' 3). The table
    counts them when a row names children in care outright ('Children in care (number)')."""
    if not any(m == "looked_after_children" and not names_placement(row[0].text) for m, row in zip(row_metrics, body)):
        return row_metrics  # (a row of another placement, 'In residential care', counts no whole)
    return ["looked_after_children" if m == "other" and _named_metric(doc, row[0]) == "other" and names_placement(row[0].text)
            else m for m, row in zip(row_metrics, body)]


# A threshold before a name: 'Three or more placements', 'more than two moves', '3+ placements'
_THRESHOLD = re.compile(r"(?:\b\w+\s+or\s+(?:more|fewer|over)|\bmore\s+than\s+\w+|\d\s*\+)\s*$", re.I)
# Words that mark the children counted as not yet born: 'Pre-birth registrations', 'prebirth
# registrations', 'Registrations of unborn children', 'Antenatal referrals' (a subset by age)
_BEFORE_BIRTH = re.compile(r"\b(?:pre[\s-]?birth|unborn|ante[\s-]?natal)\b", re.I)
# Words that mark the children counted by an episode of going missing: 'Looked after children
# missing', 'Children in care reported missing', 'Children on plans absent from home' (a subset by
# an event, other by the corpus convention; placements of children in care keep their metric)
_GONE_MISSING = re.compile(r"\b(?:missing|absent|absconded|absconding|runaways?|ran\s+away)\b", re.I)
# Words after a one-word name that still count the thing it names: 'Referral rate', 'Plan numbers'
_MEASURE_WORDS = {"rate", "rates", "number", "numbers", "total", "totals", "count", "counts", "share", "proportion",
                  "percentage", "figure", "figures", "source", "sources", "category", "categories", "type", "types"}


def _counts_a_feature(doc: Doc, span: Any, hits: list[_Hit], own: list[_Hit], by_age: bool = True) -> bool:
    """Whether a label whose words name a metric counts something else: a thing no metric
    counts named first ('Missing episodes (children looked after)', 'Assessments of children
    in need'), a threshold of the named thing that marks a feature of the children ('Three or
    more placements in the last 12 months (%)'), or the name, one plain singular word, as
    the modifier of another noun ('Long-term placement stability', 'Placement moves')."""
    if not own:
        return False
    if any(h.rule.kind == "foreign" and h.start < min(o.start for o in own) for h in hits):
        return True
    if _PERCENT.search(span.text):
        return False  # a share of the whole keeps the whole's metric ('3+ placements (%)'): counts
        # of a subset defined by a feature are other, shares keep the metric (corpus convention)
    if by_age and _BEFORE_BIRTH.search(span.text) or _GONE_MISSING.search(span.text):
        return True
    for h in own:
        if _THRESHOLD.search(doc_text(doc)[span.start_char:doc[h.start].idx]):
            return True
        word = doc[h.start]
        if h.end - h.start != 1 or h.end >= span.end or not word.is_alpha or word.tag_ not in ("NN", "NNP") or \
                word.lower_.endswith("s"):
            continue
        after = doc[h.end]
        if after.tag_ in ("NN", "NNS", "NNP", "NNPS", "VBZ") and after.lower_ not in _MEASURE_WORDS and \
                not any(k.start <= after.i < k.end for k in hits):
            return True
    return False


def _label_metric(hits: list[_Hit]) -> str:
    """The metric a label's words name: its first name of a metric, turned by a cue of the same
    label that says whose it is ('Referred to Children's Services', 'Referrals to social care'
    are referrals to social care, not for a case review); a review's family by its stage."""
    for h in hits:
        if h.rule.kind in ("noun", "prop") and h.rule.metric:
            cue = next((c for c in hits if c.rule.kind == "context" and c.rule.family == h.rule.metric
                        and c.rule.metric), None)
            return cue.rule.metric if cue is not None and cue.rule.metric else h.rule.metric
        if h.rule.kind == "family":
            stages = [s.rule.stage for s in hits if s.rule.kind == "stage"]
            stage = next((s for s in _STAGE_ORDER if s in stages), None)
            return _FAMILY_STAGE[h.rule.family or "review"][stage]
    return "other"


# the words of a label that names a group of places to compare with: 'Mean of CIPFA nearest
# neighbours', 'Statistical neighbour average', 'Similar councils', 'Comparator group average'
_GROUP_WORDS = {"mean", "average", "median", "of", "the", "its", "our", "all", "nearest", "statistical", "stat",
                "neighbour", "neighbours", "neighbor", "neighbors", "similar", "comparator", "comparators", "group",
                "councils", "authorities", "areas", "local", "authority", "national", "regional", "region", "and",
                "england", "wales", "scotland", "ireland", "northern", "uk", "great", "britain", "family", "core",
                "cities", "county", "counties", "unitaries", "unitary", "metropolitan", "boroughs", "districts"}


def _place_or_period(doc: Doc, cell: Any) -> bool:
    """Whether a row label names only a place, a group of places or a period ('Tameside', 'Mean
    of CIPFA nearest neighbours', 'England', '2023/24'): a row that counts no thing of its own, so
    what it holds is named above it."""
    if _PERIOD_LABEL.match(cell.text) or _COMPARATOR_LABEL.match(cell.text):
        return True
    if cell.text.strip().lower() in _areas():
        return True  # a council's name ('Tameside', 'Isle of Wight')
    span = doc.char_span(cell.start, cell.end, alignment_mode="expand") if cell.end > cell.start else None
    words = [t for t in span if t.is_alpha] if span is not None else []
    return bool(words) and all(t.lower_ in _GROUP_WORDS or t.lower_ in _areas() or len(t) > 1 and t.text.isupper()
                               or t.pos_ == "PROPN" and t.text[0].isupper() for t in words)


@functools.lru_cache(maxsize=1)
def _areas() -> frozenset[str]:
    return frozenset(a.lower() for a in area_names())


# the numbers of a measure's definition: its base, ages and windows ('per 10,000 children aged
# under 18', 'within 12 months of a previous referral', 'aged 0 to 17', 'at 31 March')
_DEFINING = re.compile(r"\bper\s+[\d,]+|\baged\s+\d+(?:\s*(?:to|-|–)\s*\d+)?|\b(?:under|over)\s+\d+|"
                       r"\b(?:within|after|for)\s+(?:\w+\s+)?\d+\s+\w+|\b\d+\s+(?:days?|weeks?|months?|years?)\b|"
                       r"\bat\s+\d{1,2}\s+[A-Z][a-z]+", re.I)
_BLOCK_LINES = 8  # lines above a table's caption that may still belong to its block
# a line of terms and values ('England: 332.9', 'Number of referrals in 2024/25: 3,650'): a fact, no title
_FIELD_LINE = re.compile(r"^[^:\n]{2,100}:\s*[(£-]?\d[\d,.]*%?\)?\s*$")


def _block_title(doc: Doc, rows: Sequence[tuple[int, int]], cap_start: int) -> tuple[str, str] | None:
    """The metric and the title line of the block a table sits in, when neither its caption
    ('Tameside over time', 'Trend') nor its cells name one: an indicator's heading names the
    thing and its unit ('Children in need: rate per 10,000 children'), then come a comparison
    block ('England: 332.9'), a rank line and a small 'Year | Value' table. Walks up from the
    caption over lines that name nothing and lines of terms and values, to the nearest title
    line that names one metric; a line of running prose, a row of another table or a line naming
    two metrics ends the block."""
    text = doc_text(doc)
    end, defined = cap_start - 1, False
    for _ in range(_BLOCK_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if any(s <= start < e or start <= s < end for s, e in rows):
            return None
        if _PROSE_LINE.search(line) and len(line.split()) > 8:  # noqa: PLR2004 - a sentence, not a title
            if defined or re.search(r"\d", _DEFINING.sub(" ", line)):
                return None  # running text reports numbers of its own
            defined = True  # one sentence under the heading may define the measure
        elif line.strip() and not _FIELD_LINE.match(line):
            hits = [h for line_hits in _context_hits(doc, start, end, ()) for h in line_hits]
            named = {_label_metric([h]) for h in hits} - {"other"}
            if len(named) > 1:
                return None
            if named:
                metric = _label_metric(hits)
                if metric == "review_referrals" and start > 1:  # bare 'Referrals in the year ...': its heading
                    above = text.rfind("\n", 0, start - 1) + 1  # may place them ('... to children's social care')
                    metric = _referrals_in_context([], hits + [h for line_hits in _context_hits(doc, above, start - 1, ())
                                                               for h in line_hits])
                return metric, line
            if defined:
                return None  # the line above the definition is its heading, and names nothing
        end = start - 1
    return None


# A title that names the death of children, or of babies: 'Child deaths', 'Deaths of children',
# 'Infant deaths', 'Deaths under 18'
_CHILD_PART = re.compile(r"\b(?:child(?:ren)?(?:['’]s)?|infants?|bab(?:y|ies)|neonatal|paediatric|under[\s-]+(?:18|one|1)s?|"
                         r"aged\s+(?:0|under))\b", re.I)
# The bare name of all deaths, nothing said of whose: 'Deaths', 'All deaths', 'Total deaths', 'Number of deaths',
# 'Deaths registered' (a death registered or scrutinised is any person's; 'Deaths reviewed' is not bare)
_BARE_DEATHS = re.compile(r"^\s*(?:(?:all|total|number\s+of|no\.?\s+of)\s+)?deaths?(?:\s+(?:registered|scrutinised|scrutinized|"
                          r"certified|recorded))?(?:\s*\((?:all\s+ages|number|no\.?|n)\))?\s*$", re.I)


def all_ages(titles: Sequence[str], metrics: list[str]) -> list[str]:
    """Titles of columns (or rows) that name deaths twice, once bare and once of children
    ('Region | Deaths | Child deaths'): the bare one counts deaths at every age, of which the
    children's are a part, so it is no count of child deaths: other. A bare 'Deaths' alone in a
    safeguarding table keeps child_deaths."""
    if not any(m == "child_deaths" and _CHILD_PART.search(t) for t, m in zip(titles, metrics)):
        return metrics
    return ["other" if m == "child_deaths" and _BARE_DEATHS.match(t) else m for t, m in zip(titles, metrics)]
