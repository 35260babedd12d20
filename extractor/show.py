"""Self-contained HTML pages for journalists: one record in its text, and a verify result.

Functions over record dicts (the spec record with `source.text`), so a page does not depend
on how figures were found. The HTML comes from Jinja2 templates (extractor/templates/) with
autoescaping on, so every field is escaped unless code marks it safe; the only markup built
here is the document text with its spans (`markup`), escaped piece by piece. Nothing is loaded
from the network: CSS, JS and PDF page crops (base64 PNG) are inline, and a page opens from disk.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from .crop import Crop, page_crops

log = logging.getLogger(__name__)

LOW_CONFIDENCE = 0.6
GROUP_FROM = 30  # a figure table this long is grouped by metric, with counts
MAX_UNREPORTED = 400  # a 100-page report has thousands of table numbers; list the first ones
SCARE_QUOTE_WORDS = 4  # a quote this short with no speaker is quoted words, not speech
NOT_RECOGNISED = "not recognised as a reported figure"
LIST_NUMBER = "a paragraph or list number"
_NUM_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
              "sixty seventy eighty ninety hundred thousand million billion dozen half halves "
              "third thirds quarter quarters").split()
_NUMBER = re.compile(r"£?\d(?:[\d,.:/]*\d)?%?|\b(?:" + "|".join(_NUM_WORDS) + r")\b", re.I)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_REF_BEFORE = re.compile(r"\b(?:section|s|sections|page|pages|p|pp|paragraph|para|table|chapter|"
                         r"item|minute|appendix|annex|figure|version|channel|no|number|ref|"
                         r"tel|phone|article|regulation|rule|part|schedule|step)\.?\s*\(?$", re.I)
# the later numbers of a list of references: 'paragraphs 26–27, 53–55', 'sections 4 and 5'
_REF_LIST_BEFORE = re.compile(r"\b(?:sections?|pages?|pp|paragraphs?|paras?|chapters?|tables?|"
                              r"appendix|appendices|items?|recommendations?)\.?\s+"
                              r"(?:\d+(?:\.\d+)*\s*(?:,|–|-|and|&|to|or)\s*)+$", re.I)
_DATE_AROUND = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:{_MONTHS})\b", re.I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$", re.I)
_PHONE = re.compile(r"0\d{2,4} ?\d{3} ?\d{3,4}\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# Numbering that opens a line: '1.', '(2)', '3.2 Heading', '1 1. Text' (a page's paragraph
# numbers run together); the text after it starts with a capital or a quote mark.
_LINE_NUMBERING = re.compile(
    r"[ \t]*(?:(?:\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}(?=[ \t]+\(?\d))[ \t]+)+"
    r"(?=[A-Z(“\"‘'])")
# Symbol-font glyphs (bullets set in Symbol or Wingdings) arrive as private-use characters
# U+F020-U+F0FF (the font's own code + 0xF000); shown as the glyph the font draws there.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SYMBOL_GLYPHS = {"\uf0b7": "•", "\uf06e": "▪", "\uf0a7": "▪", "\uf0a8": "□", "\uf02d": "–",
                  "\uf0d8": "➢", "\uf0e0": "➔", "\uf0fc": "✓", "\uf076": "❖", "\uf06c": "●",
                  "\uf071": "❑", "\uf0f0": "➪"}
_TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.cache
def _env() -> Any:
    from jinja2 import ChainableUndefined, Environment, FileSystemLoader

    # autoescape: every {{ field }} is escaped unless code marked it safe (markup() output);
    # a field a record lacks renders empty instead of failing the page.
    return Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                       undefined=ChainableUndefined, trim_blocks=True, lstrip_blocks=True)


@functools.cache
def metric_labels() -> dict[str, str]:
    """Human names of the metrics (models/metric_labels.json)."""
    from .resources import models_dir

    path = models_dir() / "metric_labels.json"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))["labels"])
    except (OSError, ValueError, KeyError):
        log.warning("no metric labels in %s: showing metric names", path.name)
        return {}


def metric_label(metric: str | None) -> str:
    """'rapid_reviews' -> 'Rapid reviews'; an unknown metric as its words."""
    name = str(metric or "other")
    return metric_labels().get(name) or name.replace("_", " ").capitalize()


@dataclass(order=True, slots=True)
class Span:
    """A run of text to wrap in one element; sort order puts outer spans first."""

    start: int
    neg_end: int
    rank: int  # 0 quote, 1 figure mention, 2 unreported number, 3 page anchor: outer first
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


def _text(text: str) -> str:
    """Escaped text; a symbol-font glyph shows as a bullet (the character stays in the DOM)."""
    out = html.escape(text, quote=False)
    return _PRIVATE_USE.sub(lambda m: f'<span class="sym" data-glyph="{_SYMBOL_GLYPHS.get(m.group(), "•")}">'
                            f'{m.group()}</span>', out)


def _open_tag(span: Span, end: int) -> str:
    attrs = dict(span.attrs)
    if end != span.end:
        attrs["data-clipped"] = "1"  # crossed an enclosing span: cut at its end
    return f"<{span.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def markup(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, with each span one element; spans nest, a crossing span is clipped."""
    out: list[str] = []
    stack: list[tuple[Span, int]] = []
    pos = 0
    for span in sorted(s for s in spans if 0 <= s.start <= s.end <= len(text)):
        while stack and stack[-1][1] <= span.start:
            top, end = stack.pop()
            out.append(_text(text[pos:end]) + f"</{top.tag}>")
            pos = end
        out.append(_text(text[pos:span.start]))
        pos = span.start
        end = min(span.end, stack[-1][1]) if stack else span.end
        out.append(_open_tag(span, end))
        stack.append((span, end))
    while stack:
        top, end = stack.pop()
        out.append(_text(text[pos:end]) + f"</{top.tag}>")
        pos = end
    out.append(_text(text[pos:]))
    return Markup("".join(out))


def format_value(value: Any, unit: str | None) -> str:
    """A normalised value as a reader writes it: £1,200,000, 33.33%, 48.6 per 10,000."""
    try:
        num = float(value)
    except (TypeError, ValueError):
        return str(value)
    shown = f"{int(num):,}" if num.is_integer() else f"{num:,.2f}".rstrip("0").rstrip(".")
    if unit == "gbp":
        return f"£{shown}"
    if unit == "percent":
        return f"{shown}%"
    if unit and unit.startswith("rate_per_"):
        return f"{shown} per {int(unit.rsplit('_', 1)[1]):,}"
    return shown if unit in (None, "", "count") else f"{shown} {unit}"


def format_period(period: dict[str, Any] | None) -> str:
    """A period as its words, else its dates; '' when there is none."""
    if not period or not (period.get("start") or period.get("end")):
        return ""
    dates = f"{period.get('start') or '…'} to {period.get('end') or '…'}"
    return f"{period['text']} ({dates})" if period.get("text") else dates


def period_words(period: dict[str, Any] | None) -> str:
    """The short form a table cell shows: the period's own words, else its dates."""
    if not period or not (period.get("start") or period.get("end")):
        return ""
    return str(period.get("text") or format_period(period))


def figure_period(figure: dict[str, Any], record: dict[str, Any]) -> dict[str, Any] | None:
    """The figure's own period, else the document's (the spec: a figure without one is the
    document's period)."""
    own = figure.get("period")
    if own and (own.get("start") or own.get("end")):
        return own
    doc = record.get("period")
    return doc if doc and (doc.get("start") or doc.get("end")) else None


def figure_label(figure: dict[str, Any]) -> str:
    """The label a highlighted mention carries: metric name and normalised value."""
    return f"{metric_label(figure.get('metric'))} · {format_value(figure.get('value'), figure.get('unit'))}"


def sentence_at(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line) around text[start:end], whitespace collapsed."""
    lo = max(0, start - limit)
    heads = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    head = heads[-1] if heads else lo
    tail_m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    tail = tail_m.end() if tail_m else min(len(text), end + limit)
    return " ".join(text[head:tail].split())


def is_scare_quote(quote: dict[str, Any]) -> bool:
    """A few quoted words nobody is said to say ('described as "staying put"'): words the
    writer marks, not speech, so they are not listed as quotes."""
    return (not quote.get("speaker")
            and len(str(quote.get("text", "")).split()) <= SCARE_QUOTE_WORDS)


def _is_list_number(text: str, m: re.Match[str]) -> bool:
    line = text.rfind("\n", 0, m.start()) + 1
    head = _LINE_NUMBERING.match(text, line)
    return head is not None and head.end() >= m.end()


def _why_not(text: str, m: re.Match[str]) -> str:
    token, before, after = m.group(), text[max(0, m.start() - 24):m.start()], text[m.end():m.end() + 12]
    if _is_list_number(text, m):
        return LIST_NUMBER
    if re.fullmatch(r"(?:19|20)\d\d/\d\d(?:\d\d)?", token):
        return "a financial year"
    if "/" in token or _DATE_AROUND.match(after) or _DATE_BEFORE.search(before):
        return "part of a date"
    if ":" in token:
        return "a time or reference"
    if re.fullmatch(r"(?:19|20)\d\d", token):
        return "a year"
    if re.search(r"\bper\s*$", before, re.I):
        return "a denominator ('per …')"
    if _REF_BEFORE.search(before) or _REF_LIST_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
        return "a section, page or reference number"
    if _PHONE.match(token + after) or re.search(r"\b0\d{3,4} $", before):
        return "part of a phone or code number"
    if after[:1] == "-" and after[1:2].isalpha():
        return "part of a compound word"
    return NOT_RECOGNISED


def unreported_numbers(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Numbers in the text that no figure mention covers, with their sentence and a likely reason.

    Reasons the figure finder gave (`source.rejected_numbers`, written with the text, each with
    text, start, end and reason) are used as given; the page's own scan fills in the rest.
    """
    source = record.get("source") or {}
    text = source.get("text") or ""
    given = {(r["start"], r["end"]): r
             for r in record.get("rejected") or source.get("rejected_numbers") or []
             if isinstance(r, dict) and "start" in r and "end" in r and r.get("reason")}
    covered = sorted((m["start"], m["end"]) for f in record.get("figures", [])
                     for m in f.get("mentions", []))
    out, i = [], 0
    for m in _NUMBER.finditer(text):
        while i < len(covered) and covered[i][1] <= m.start():
            i += 1
        if any(s < m.end() and m.start() < e for s, e in covered[i:i + 8]):
            continue
        reason = (given.get((m.start(), m.end())) or {}).get("reason") or _why_not(text, m)
        out.append({"text": m.group(), "start": m.start(), "end": m.end(),
                    "sentence": sentence_at(text, m.start(), m.end()), "reason": str(reason)})
    return out


def record_spans(record: dict[str, Any], unreported: list[dict[str, Any]],
                 page_starts: list[int] | None = None) -> list[Span]:
    """One span per quote, per figure mention, per unreported number and per page start."""
    spans = []
    for k, q in enumerate(record.get("quotes", [])):
        speaker = q.get("speaker")
        if is_scare_quote(q):
            attrs = {"class": "scare", "id": f"q{k}", "title": "quoted words, no speaker"}
        else:
            attrs = {"class": "quote" if speaker else "quote unresolved", "id": f"q{k}",
                     "data-quote": str(k), "data-speaker": speaker or "speaker unresolved",
                     "title": f"{speaker or 'speaker unresolved'} ({q.get('cue') or 'no cue'})"}
        spans.append(Span(q["start"], -q["end"], 0, "span", attrs))
    for i, f in enumerate(record.get("figures", [])):
        label = figure_label(f)
        for j, m in enumerate(f.get("mentions", [])):
            spans.append(Span(m["start"], -m["end"], 1, "mark", {
                "class": "fig", "id": f"f{i}-{j}", "data-fig": str(i), "data-mention": str(j),
                "data-label": label, "title": f"{label} ({f.get('subject', '')})"}))
    for n, u in enumerate(unreported):
        spans.append(Span(u["start"], -u["end"], 2, "span",
                          {"class": "nr", "id": f"n{n}", "title": f"not reported: {u['reason']}"}))
    if page_starts and len(page_starts) > 1:
        for number, start in enumerate(page_starts, start=1):
            spans.append(Span(start, -start, 3, "span",
                              {"class": "pg", "id": f"page-{number}", "data-page": str(number)}))
    return spans


def _places(i: int, mentions: list[dict[str, Any]], crops: dict[str, Crop]) -> list[dict[str, Any]]:
    """One link per page a figure is mentioned on: its first mention there, and how many."""
    places: dict[int, dict[str, Any]] = {}
    for j, m in enumerate(mentions):
        page = int(m.get("page", 1))
        place = places.setdefault(page, {"page": page, "id": f"f{i}-{j}", "n": 0, "crop": False})
        place["n"] += 1
        place["crop"] = place["crop"] or f"f{i}-{j}" in crops
    return sorted(places.values(), key=lambda p: p["page"])


def _figure_rows(record: dict[str, Any], crops: dict[str, Crop]) -> list[dict[str, Any]]:
    rows = []
    for i, f in enumerate(record.get("figures", [])):
        conf = float(f.get("confidence", 1.0))
        mentions = f.get("mentions", [])
        pages = sorted({int(m.get("page", 1)) for m in mentions}) or [1]
        period = figure_period(f, record)
        rows.append({
            "i": i, "metric": f.get("metric") or "other", "label": metric_label(f.get("metric")),
            "subject": f.get("subject") or "", "qualifier": f.get("qualifier") or "",
            "value": format_value(f.get("value"), f.get("unit")), "number": f.get("value"),
            "unit": f.get("unit") or "", "period": period_words(period),
            "period_title": format_period(period), "period_key": (period or {}).get("start") or "",
            "own_period": bool(f.get("period")), "conf": conf, "low": conf < LOW_CONFIDENCE,
            "pages": pages, "places": _places(i, mentions, crops)})
    return rows


def _groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows grouped by metric when the table is long (largest first, 'other' last); else one."""
    if len(rows) < GROUP_FROM:
        return [{"metric": "", "label": "", "rows": rows}]
    counts = Counter(r["metric"] for r in rows)
    order = sorted(counts, key=lambda m: (m == "other", -counts[m], metric_label(m)))
    return [{"metric": m, "label": metric_label(m), "rows": [r for r in rows if r["metric"] == m]}
            for m in order]


def _unreported_groups(unreported: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Numbers by reason: the unexplained first, paragraph and list numbers last."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for n, u in enumerate(unreported[:MAX_UNREPORTED]):
        groups.setdefault(u["reason"], []).append({**u, "id": f"n{n}"})
    order = sorted(groups, key=lambda r: (r == LIST_NUMBER, r != NOT_RECOGNISED, r))
    return [{"reason": r, "numbers": groups[r]} for r in order]


def render_html(record: dict[str, Any], source_path: Path | None = None, *,
                rejected: list[dict[str, Any]] | None = None,
                page_starts: list[int] | None = None) -> str:
    """One self-contained HTML page: the text with every figure and quote marked, side tables.

    `rejected` (text, start, end, sentence, reason) replaces the page's own scan for numbers
    that no figure reports; `page_starts` (the Document's) marks where each page begins, so
    a link can open the page at 'page-N'.
    """
    text = (record.get("source") or {}).get("text")
    if text is None:
        raise ValueError("the record has no source.text (extract it with with_text=True)")
    unreported = rejected if rejected is not None else unreported_numbers(record)
    crops = page_crops(record, source_path)
    rows = _figure_rows(record, crops)
    quotes = [{"k": k, **q, "short": " ".join(str(q.get("text", "")).split()[:12])}
              for k, q in enumerate(record.get("quotes", []))]
    src = record.get("source") or {}
    name = Path(str(src.get("path") or "document")).name
    metrics = Counter(r["metric"] for r in rows)
    facts = [("file", name), ("format", src.get("format")), ("kind", src.get("kind")),
             ("pages", src.get("pages")), ("area", record.get("area")),
             ("partnership", record.get("partnership")),
             ("period", format_period(record.get("period")) or None), ("figures", len(rows)),
             ("quotes", sum(not is_scare_quote(q) for q in quotes))]
    return _env().get_template("show.html").render(
        name=name, title=src.get("title") or name, facts=facts,
        warnings=list(record.get("warnings") or []),
        text_html=markup(text, record_spans(record, unreported[:MAX_UNREPORTED], page_starts)),
        rows=rows, groups=_groups(rows), grouped=len(rows) >= GROUP_FROM,
        metric_options=[{"metric": m, "label": metric_label(m), "count": c}
                        for m, c in sorted(metrics.items(), key=lambda mc: metric_label(mc[0]))],
        page_options=sorted({p for r in rows for p in r["pages"]}),
        crops=crops, low_confidence=LOW_CONFIDENCE,
        quotes=[q for q in quotes if not is_scare_quote(q)],
        scare=[q for q in quotes if is_scare_quote(q)],
        low=[r for r in rows if r["low"]],
        nobody=[q for q in quotes if not q.get("speaker") and not is_scare_quote(q)],
        unreported_total=len(unreported), unreported_groups=_unreported_groups(unreported),
        unreported_more=max(0, len(unreported) - MAX_UNREPORTED),
        first_sentence={r["i"]: ((record["figures"][r["i"]].get("mentions") or [{}])[0]
                                 .get("sentence", "")) for r in rows})


_STATUS_CLASS = {"matches": "ok", "in_source": "ok", "differs": "bad", "altered": "warn",
                 "misattributed": "warn", "not_in_source": "bad"}


def _word_marks(text: str, other: str, tag: str) -> Markup:
    """`text` with the words that `other` does not share wrapped in <tag class="chg">."""
    from .verify import report_tokens

    mine, theirs = report_tokens(text), report_tokens(other)
    matcher = SequenceMatcher(None, [t[0] for t in mine], [t[0] for t in theirs], autojunk=False)
    spans = [Span(mine[i][1], -mine[i2 - 1][2], 1, tag, {"class": "chg"})
             for op, i, i2, _j, _j2 in matcher.get_opcodes() if op != "equal" and i2 > i]
    return markup(text, spans)


def render_verify_html(result: dict[str, Any], story: dict[str, Any], report: dict[str, Any],
                       report_page: str | None = None) -> str:
    """A side-by-side page of a verify result: counts at the top, then each story figure and
    quote beside the report's, with page links into `report_page` (the report's `show` page)."""
    from .verify import summary

    def name(rec: dict[str, Any]) -> str:
        return Path(str((rec.get("source") or {}).get("path") or "")).name

    report_figures = {id(f): i for i, f in enumerate(report.get("figures", []))}
    quotes = []
    for row in result["quotes"]:
        story_text, source = str(row["story"].get("text", "")), row.get("source")
        quotes.append({**row, "story_html": (_word_marks(story_text, source["text"], "del")
                                             if source else escape(story_text)),
                       "source_html": _word_marks(source["text"], story_text, "ins") if source else ""})
    return _env().get_template("verify.html").render(
        story_name=name(story), report_name=name(report), counts=summary(result),
        figures=result["figures"], quotes=quotes, report_page=report_page,
        figure_index=lambda f: report_figures.get(id(f)), status_class=_STATUS_CLASS,
        format_value=format_value, format_period=format_period, metric_label=metric_label,
        period_words=period_words, figure_period=figure_period, story=story, report=report)


def render_file(path: str | Path, nlp: Any = None) -> str:
    """Extract one file (with its text) and render its page, pages marked and PDF crops cut.

    Raises:
        ExtractorError: the file cannot be read.
    """
    from .extract import Options, extract_document
    from .ingest import load

    document = load(path)
    record = extract_document(document, nlp, Options(with_text=True)).to_dict()
    return render_html(record, Path(path), page_starts=document.page_starts)
