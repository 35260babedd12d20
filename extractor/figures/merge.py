"""Merge: mentions of one fact become one Figure; `find_figures` runs every stage over a
document, its tables included."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..findings import Figure, Mention, Period
from ..numbers import WORD_NUM
from .analysis import _Candidate
from .name import _candidates
from .reject import cell_reason

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document


def _mention(c: _Candidate, document: Document) -> Mention:
    page, _ = document.locate(c.q.start)
    return Mention(document.text[c.q.start:c.q.end], c.sentence, page, c.q.start, c.q.end,
                   document.span_bbox(c.q.start, c.q.end))


def _restated(c: _Candidate, figures: list[Figure]) -> Figure | None:
    """The figure a restatement repeats: same value and unit, same metric preferred; a bare
    number in a quote may restate a figure of any unit ('143 is not acceptable' for a rate), and
    so may a PDF card's number (its unit is in its label line), or an unnamed one of its unit.
    A table's total restates no figure of another metric: in a 'Total' row under columns of
    different measures ('Visits | Referrals | Closures'), the total of one column equal to a
    cell of another is that column's own total."""
    same = [f for f in figures if (f.unit == c.q.unit or c.repeat in ("quote", "card"))
            and abs(f.value - c.q.value) < 0.005 and not (c.repeat == "quote" and f.metric == "other" and not (c.q.kind != "word" and _only(f, figures)))
            and not (c.repeat == "card" and f.metric == "other" and f.unit != c.q.unit)
            and not (c.repeat == "merge" and "other" not in (f.metric, c.metric) and f.metric != c.metric)]
    same.sort(key=lambda f: (f.unit != c.q.unit, f.metric != c.metric, f.metric == "other"))
    return same[0] if same else None


def _only(f: Figure, figures: list[Figure]) -> bool:
    """The one figure of the text with its value and unit, a distinctive one (10 or more): a bare
    number a speaker says again in digits ('But 94 is the highest we have seen') restates it (a
    number word, 'Eleven is fine', stays apart)."""
    return f.value >= 10 and sum(1 for g in figures if g.unit == f.unit and abs(g.value - f.value) < 0.005) == 1


# 'Of the 11 reviews, three led to ...': the set a subset is drawn from restates its count
_SET_OPENER = re.compile(r"(?:^|[.\n]\s*)of\s+(?:the|these|those)\s+$", re.I)
# the clause that defines a set as it is named: 'the 18 placements that ended', 'the 450
# carers we trained', 'the 96 parents who replied to the survey'
_FIRST_SAID = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:\s+(?:in|from|at|on)\s+[^,.;:()\n]{1,30}?)?\s+"
                         r"(?:that|who|whom|which|we|they|our|I)\s+[a-z]"
                         # ... or by a participle and its time: 'the two youth centres closed in 2024', 'the three posts
                         # cut last year' ('the two centres in 2024' has no participle)
                         r"|\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]+ed|shut|built|set\s+up|run|held|cut|sold|chosen|won|lost)\s+"
                         r"(?:(?:in|during|since)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|last\s+(?:year|month|spring|summer|"
                         r"autumn|winter|term)|earlier\s+this\s+year|this\s+year)\b", re.I)
# a whole set named by its size where a sentence or line opens, with no size said before it: 'All
# 46 carers were trained', 'Of the 230 calls in May, ...', 'Each of the 12 schools replied', and
# 'all' after a verb or a preposition ('sent to all 90 staff'; not 'in all 9', a tally of a list)
_NATION_AFTER = re.compile(r"[^,.;:\n]{0,40}?\bin\s+(?:England|Wales|Scotland|Northern\s+Ireland|Britain|"
                          r"the\s+(?:UK|United\s+Kingdom|country))\b")
_WHOLE_SET_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:of|each\s+of)\s+the\s+$|"
                               r"(?:^|[.!?:;]\s+|\n\s*)all\s+$|(?<!\bin\s)(?<=\s)all\s+$", re.I)
# the whole of a part just counted: '31 of the 34 standards', 'seven of the nine schools'
# (not a threshold's: 'at least two of the six domains' defines a measure, its scale no count)
_PART_BEFORE = re.compile(rf"(?<!least )(?<!than )(?<!to )(?:\d[\d,]*|\b{WORD_NUM})\s+(?:out\s+)?of\s+the\s+$", re.I)


# a set named by a placeholder noun with its own modifier, defined where it is named: '3 of the 4
# children living at the home', '23 of the 25 children in care referred', 'nine of the 11 families
# on a plan'
_DEFINED_AFTER = re.compile(r"\s+(?:looked[\s-]after\s+)?(?:children|young\s+people|families|people|cases)\s+(?:in|on|at|living|placed|"
                            r"referred|who|that|subject|looked|known|aged|with|from|supported|open|allocated)\b", re.I)


def _defined_on_the_spot(text: str, c: _Candidate) -> bool:
    """Whether a set's size restated after a part ('3 of the 4 children ...') names a set that its
    own modifier defines: when no figure said it before or after, it is the size said first."""
    return c.q.unit == "count" and bool(_PART_BEFORE.search(text[max(0, c.q.start - 40):c.q.start])) \
        and bool(_DEFINED_AFTER.match(text[c.q.end:c.q.end + 40]))


def _first_said(text: str, c: _Candidate) -> bool:
    """A back-reference by 'the' whose set is defined where it is named, by a clause after it or
    as the whole of the part before it: the set's size said for the first time."""
    before = text[max(0, c.q.start - 40):c.q.start]
    if _WHOLE_SET_BEFORE.search(before):
        # 'All 46 carers took part', 'Of the 230 calls in May, ...': no size said before (not the
        # frame of a nation's count: 'Of the 153 local authorities in England, 129 replied')
        return not _NATION_AFTER.match(text[c.q.end:c.q.end + 60])
    if not re.search(r"\bthe\s+$", before, re.I):
        return False
    return bool(_FIRST_SAID.match(text[c.q.end:c.q.end + 80]) or _PART_BEFORE.search(before))


def _fold_loose(figures: list[Figure]) -> list[Figure]:
    """A distinctive value (100 or more) said twice with one metric, once with its date and once
    without ('to 702.' and '702 children at 31 March'), or, as 'other', once under one noun and once
    under another ('72,600 children' and 'a population of 72,600'), is one fact said twice: the
    looser mention joins the other when no third figure shares the value."""
    out = list(figures)
    for f in figures:
        if f.value < 100 or f.unit == "gbp" or f not in out:
            continue  # (a sum of money recurs across a budget's lines: '£1.9m' twice is two lines)
        same = [g for g in out if g is not f and abs(g.value - f.value) < 0.005 and g.unit == f.unit and g.metric == f.metric]
        if len(same) != 1:
            continue
        g = same[0]
        if f.period is None and g.period is not None or f.metric == "other" and f.period == g.period:
            _join(g, f, out)
            g.confidence = max(g.confidence, f.confidence)
    return out


def _join(into: Figure, f: Figure, out: list[Figure]) -> None:
    """Figure f is `into` said again: its mentions join it, in text order, and f leaves `out`."""
    into.mentions.extend(f.mentions)
    into.mentions.sort(key=lambda m: m.start)
    out.remove(f)


_WORD = re.compile(r"[a-z][a-z'’-]*")
_LIGHT = frozenset("the a an of to in on for and or their its his her they had has have was were is are be been "
                   "with by at as that this".split())


def _said_after(text: str, m: Mention) -> list[str]:
    """The words said after a mention's number, up to the end of its clause."""
    tail = re.split(r"[.;:!?\n]", text[m.end:m.end + 120], maxsplit=1)[0]
    return _WORD.findall(tail.lower())


def _same_predicate(a: list[str], b: list[str]) -> bool:
    """The two clauses share a run of four or more words, two of them not light ('had given up work or
    reduced their hours')."""
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k >= 4 and sum(w not in _LIGHT for w in a[i:i + k]) >= 2:
                return True
    return False


def _fold_restated_share(figures: list[Figure], text: str) -> list[Figure]:
    """A share said twice of the same thing, once with the group it is of and once bare, the same words
    after it ('47% of kinship carers said they had given up work ...', later '47% had given up work
    ...'), is one fact: the bare mention, whose counted thing was not found, joins the other when no
    third figure shares the value."""
    out = list(figures)
    for f in figures:
        if f.unit != "percent" or f.metric != "other" or not f.method.startswith("unresolved") or f not in out:
            continue
        same = [g for g in out if g is not f and g.unit == f.unit and abs(g.value - f.value) < 0.005
                and g.period == f.period]
        if len(same) != 1 or same[0].metric != "other":
            continue
        g = same[0]
        if any(_same_predicate(_said_after(text, m), _said_after(text, n)) for m in f.mentions for n in g.mentions):
            _join(g, f, out)
    return out


def _fold_unresolved(figures: list[Figure]) -> list[Figure]:
    """A distinctive count (100 or more) whose counted thing was not found where it is said (a headline's 'appeal
    for 342 children in the town's care') is the one figure of the text with that value and unit, said again:
    it joins it."""
    out = list(figures)
    for f in figures:
        if f.value < 100 or f.unit != "count" or not f.method.startswith("unresolved") or f not in out:
            continue
        same = [g for g in out if g is not f and g.unit == f.unit and abs(g.value - f.value) < 0.005]
        if len(same) == 1 and (f.period is None or f.period == same[0].period):
            _join(same[0], f, out)
    return out


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
    out = _fold_unresolved(_fold_restated_share(_fold_loose(list(figures.values())), document.text))
    for c in cands:
        if not c.repeat:
            continue
        fig = _restated(c, out) if c.repeat != "approx" else \
            next((f for f in out for m in f.mentions if m.start == c.restates), None)
        if fig is not None:
            if c.repeat == "merge" and fig.metric == "other" != c.metric and _names_column(c, fig, document):
                fig.metric = c.metric  # 'nine reviews, 16 in all' of a 'Total' row's column
            fig.mentions.append(_mention(c, document))
            fig.mentions.sort(key=lambda m: m.start)
        elif c.repeat in ("merge", "quote", "card") or c.repeat == "drop" and _first_said(document.text, c) \
                or c.repeat == "restate" and _defined_on_the_spot(document.text, c):
            # 'Of the 18 placements that ended in March, ...': a set named by 'the' and
            # defined on the spot by its clause, its size said nowhere else, is a first mention
            out.append(Figure(c.metric, c.q.value, c.q.unit, c.subject, c.confidence,
                              [_mention(c, document)], c.period, c.q.qualifier, c.method))
    return out


def _names_column(c: _Candidate, fig: Figure, document: Document) -> bool:
    """Whether the sentence of a figure's first mention names what a table total's column
    counts (a word of its subject other than 'total'): the total then gives the figure its metric."""
    from ..tables.restated import _overlap, _window
    first = fig.mentions[0]
    subject = re.sub(r"\b(?:grand\s+)?totals?\b|\ball\b", " ", c.subject, flags=re.I)
    return fig.unit == c.q.unit and _overlap(_window(document.text, first.start, first.end), subject) > 0


def _furniture_cell(c: _Candidate, document: Document, rejected: list[dict[str, Any]] | None) -> bool:
    """A table cell whose number is the page's furniture ('Metric ID: 3306'), recorded with its reason."""
    reason = cell_reason(document.text, c.q.start, c.q.end)
    if reason and rejected is not None:
        rejected.append({"text": document.text[c.q.start:c.q.end], "start": c.q.start, "end": c.q.end,
                         "sentence": c.sentence[:300], "reason": reason})
    return reason is not None


def find_figures(doc: Doc, document: Document, doc_period: Period | None, *,
                 use_classifier: bool = True, rejected: list[dict[str, Any]] | None = None) -> list[Figure]:
    """Every reported figure in `document` (spaCy `doc` is built from `document.text`).

    `rejected`, when given, receives each number of the running text that is no figure, with
    the reason the rejecting rule gave (text, start, end, sentence, reason)."""
    from ..tables import align_restated, in_doc_year, table_candidates
    from .receiver import own_referrals, unreviewed_referrals
    table_cands, skip = table_candidates(doc, document, doc_period)
    table_cands = [c for c in table_cands if not _furniture_cell(c, document, rejected)]
    cands = _candidates(doc, doc_period, skip, use_classifier, rejected)
    for c in cands:
        c.period = in_doc_year(c.period, doc_period)
    for c in cands + table_cands:
        if c.metric == "review_referrals" and c.q.unit.startswith("rate_"):
            # cases referred for a review are never counted per 10,000 children: a referral
            # rate is the rate of referrals to children's social care (read before the
            # receiver checks below, which take a review's referrals the text never reviews)
            c.metric = "social_care_referrals"
    own_referrals(cands + table_cands, document)
    unreviewed_referrals(cands, document)  # a table has its own test (tables.metrics.reviews_spoken_of)
    align_restated(cands, table_cands, document.text, doc_period)
    cands += table_cands
    return _merge(sorted(cands, key=lambda c: c.q.start), document)
