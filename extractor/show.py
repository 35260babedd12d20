"""Self-contained HTML pages for journalists: one record in its text, and a verify result.

Functions over record dicts (the spec record with `source.text`), so the page does not depend
on how figures were found. Nothing is loaded from the network: CSS, JS and PDF page crops
(base64 PNG) are inline, and the page opens from disk.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOW_CONFIDENCE = 0.6
CROP_RESOLUTION = 110  # dpi: small type stays legible, a crop stays a few KB
MAX_UNREPORTED = 400  # a 100-page report has thousands of table numbers; list the first ones
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
_DATE_AROUND = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:{_MONTHS})\b", re.I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$", re.I)
_PHONE = re.compile(r"0\d{2,4} ?\d{3} ?\d{3,4}\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(order=True, slots=True)
class Span:
    """A run of text to wrap in one element; sort order puts outer spans first."""

    start: int
    neg_end: int
    rank: int  # 0 quote, 1 figure mention, 2 unreported number: outer before inner
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _open_tag(span: Span, end: int) -> str:
    attrs = dict(span.attrs)
    if end != span.end:
        attrs["data-clipped"] = "1"  # crossed an enclosing span: cut at its end
    return f"<{span.tag}" + "".join(f' {k}="{_esc(v)}"' for k, v in attrs.items()) + ">"


def markup(text: str, spans: list[Span]) -> str:
    """`text` escaped, with each span one element; spans nest, a crossing span is clipped."""
    out: list[str] = []
    stack: list[tuple[Span, int]] = []
    pos = 0
    for span in sorted(s for s in spans if 0 <= s.start <= s.end <= len(text)):
        while stack and stack[-1][1] <= span.start:
            top, end = stack.pop()
            out.append(html.escape(text[pos:end], quote=False) + f"</{top.tag}>")
            pos = end
        out.append(html.escape(text[pos:span.start], quote=False))
        pos = span.start
        end = min(span.end, stack[-1][1]) if stack else span.end
        out.append(_open_tag(span, end))
        stack.append((span, end))
    while stack:
        top, end = stack.pop()
        out.append(html.escape(text[pos:end], quote=False) + f"</{top.tag}>")
        pos = end
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


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
    if unit == "rate_per_10000":
        return f"{shown} per 10,000"
    return shown if unit in (None, "", "count") else f"{shown} {unit}"


def format_period(period: dict[str, Any] | None) -> str:
    """A period as its words, else its dates; '' when there is none."""
    if not period or not (period.get("start") or period.get("end")):
        return ""
    dates = f"{period.get('start') or '…'} to {period.get('end') or '…'}"
    return f"{period['text']} ({dates})" if period.get("text") else dates


def figure_label(figure: dict[str, Any]) -> str:
    """The label a highlighted mention carries: metric and normalised value."""
    return f"{figure.get('metric')} · {format_value(figure.get('value'), figure.get('unit'))}"


def sentence_at(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line) around text[start:end], whitespace collapsed."""
    lo = max(0, start - limit)
    heads = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    head = heads[-1] if heads else lo
    tail_m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    tail = tail_m.end() if tail_m else min(len(text), end + limit)
    return " ".join(text[head:tail].split())


def _why_not(text: str, m: re.Match[str]) -> str:
    token, before, after = m.group(), text[max(0, m.start() - 24):m.start()], text[m.end():m.end() + 12]
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
    if _REF_BEFORE.search(before):
        return "a section, page or reference number"
    if _PHONE.match(token + after) or re.search(r"\b0\d{3,4} $", before):
        return "part of a phone or code number"
    if after[:1] == "-" and after[1:2].isalpha():
        return "part of a compound word"
    return "not recognised as a reported figure"


def unreported_numbers(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Numbers in the text that no figure mention covers, with their sentence and a likely reason."""
    text = (record.get("source") or {}).get("text") or ""
    covered = sorted((m["start"], m["end"]) for f in record.get("figures", [])
                     for m in f.get("mentions", []))
    out, i = [], 0
    for m in _NUMBER.finditer(text):
        while i < len(covered) and covered[i][1] <= m.start():
            i += 1
        if any(s < m.end() and m.start() < e for s, e in covered[i:i + 8]):
            continue
        out.append({"text": m.group(), "start": m.start(), "end": m.end(),
                    "sentence": sentence_at(text, m.start(), m.end()),
                    "reason": _why_not(text, m)})
    return out


def record_spans(record: dict[str, Any], unreported: list[dict[str, Any]]) -> list[Span]:
    """One span per quote, per figure mention and per unreported number."""
    spans = []
    for k, q in enumerate(record.get("quotes", [])):
        speaker = q.get("speaker")
        spans.append(Span(q["start"], -q["end"], 0, "span", {
            "class": "quote" if speaker else "quote unresolved", "id": f"q{k}",
            "data-quote": str(k), "data-speaker": speaker or "speaker unresolved",
            "title": f"{speaker or 'speaker unresolved'} ({q.get('cue') or 'no cue'})"}))
    for i, f in enumerate(record.get("figures", [])):
        label = figure_label(f)
        for j, m in enumerate(f.get("mentions", [])):
            spans.append(Span(m["start"], -m["end"], 1, "mark", {
                "class": "fig", "id": f"f{i}-{j}", "data-fig": str(i), "data-mention": str(j),
                "data-label": label, "title": f"{label} ({f.get('subject', '')})"}))
    for n, u in enumerate(unreported):
        spans.append(Span(u["start"], -u["end"], 2, "span",
                          {"class": "nr", "id": f"n{n}", "title": f"not reported: {u['reason']}"}))
    return spans


def _crop_png(image: Any, box: tuple[float, float, float, float], scale: float) -> str:
    """A base64 PNG of `image` around `box` (PDF points) with the box drawn in red."""
    from PIL import ImageDraw

    x0, top, x1, bottom = (v * scale for v in box)
    width, height = image.size
    half = max((x1 - x0) / 2 + 40 * scale, 190 * scale)  # enough line to read the sentence
    mid = (x0 + x1) / 2
    left, right = max(0, mid - half), min(width, mid + half)
    upper, lower = max(0, top - 26 * scale), min(height, bottom + 26 * scale)
    crop = image.crop((int(left), int(upper), int(right), int(lower))).convert("RGB")
    draw = ImageDraw.Draw(crop)
    draw.rectangle((x0 - left - 2, top - upper - 2, x1 - left + 2, bottom - upper + 2),
                   outline=(220, 0, 0), width=2)
    buf = io.BytesIO()
    crop.quantize(colors=24).save(buf, format="PNG", optimize=True)  # palette PNG: a few KB
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def page_crops(record: dict[str, Any], source_path: Path | None,
               resolution: int = CROP_RESOLUTION) -> dict[str, str]:
    """Crop images keyed by mention id ('f3-0') for PDF mentions with a bbox; each page rendered once."""
    if source_path is None or (record.get("source") or {}).get("format") != "pdf":
        return {}
    wanted: dict[int, list[tuple[str, list[float]]]] = {}
    for i, f in enumerate(record.get("figures", [])):
        for j, m in enumerate(f.get("mentions", [])):
            if m.get("bbox"):
                wanted.setdefault(int(m.get("page", 1)), []).append((f"f{i}-{j}", m["bbox"]))
    if not wanted:
        return {}
    import pdfplumber

    crops: dict[str, str] = {}
    scale = resolution / 72
    with pdfplumber.open(str(source_path)) as pdf:
        for number, boxes in sorted(wanted.items()):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            image = page.to_image(resolution=resolution).original
            ox, oy = page.bbox[0], page.bbox[1]
            for key, (x0, top, x1, bottom) in boxes:
                crops[key] = _crop_png(image, (x0 - ox, top - oy, x1 - ox, bottom - oy), scale)
            page.flush_cache()  # keep memory flat on long reports
    return crops


CSS = """
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1d;background:#fafaf7}
header{padding:.8rem 1.2rem;background:#1f2a44;color:#fff}header h1{font-size:1.15rem;margin:0 0 .3rem}
header dl{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:0;font-size:.85rem}header dt{opacity:.7}header dd{margin:0 0 0 .3rem}
header dl div{display:flex}.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(26rem,42%);align-items:start}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.7 Georgia,'Times New Roman',serif;max-width:48rem;margin:0 auto;padding:1rem 1.5rem 50vh}
aside{position:sticky;top:0;max-height:100vh;overflow:auto;border-left:1px solid #ddd;background:#fff;padding:.6rem .9rem 3rem}
aside h2{font-size:1rem;margin:1rem 0 .4rem}table{border-collapse:collapse;width:100%;font-size:.82rem}
th,td{text-align:left;padding:.2rem .3rem;border-bottom:1px solid #eee;vertical-align:top}th{position:sticky;top:-.6rem;background:#fff}
tr.figrow,tr.quoterow{cursor:pointer}tr.figrow:hover,tr.quoterow:hover{background:#fff5cc}tr.current{background:#ffe58a}
td.num{text-align:right;white-space:nowrap}td:first-child{overflow-wrap:anywhere;word-break:break-word}summary{white-space:nowrap}.low{color:#b00020;font-weight:600}
mark.fig{background:#ffe58a;color:inherit;border-bottom:2px solid #c99700;border-radius:2px;padding:0 1px}
mark.fig::after{content:attr(data-label);font:600 10px/1 system-ui,sans-serif;color:#fff;background:#7a5a00;border-radius:3px;padding:1px 3px;margin-left:2px;vertical-align:super;white-space:nowrap}
.quote{background:#e2ecfb;border-radius:2px}.quote::before{content:attr(data-speaker);font:600 10px/1 system-ui,sans-serif;color:#fff;background:#2b5cab;border-radius:3px;padding:1px 4px;margin-right:3px;vertical-align:super;white-space:nowrap}
.quote.unresolved{background:#fde7e9}.quote.unresolved::before{background:#b00020}
.nr{border-bottom:1px dashed #9a9a9a}
.flash{outline:3px solid #e4002b;outline-offset:1px;animation:flash 1s ease-in-out 3}@keyframes flash{50%{background:#ff8a80}}
details{margin:.2rem 0}summary{cursor:pointer;color:#2b5cab}img.crop{display:block;max-width:100%;border:1px solid #ccc;margin:.3rem 0;image-rendering:auto}
.unsure li{margin:.25rem 0}.why{color:#666;font-size:.78rem}.sent{color:#444}a{color:#2b5cab;cursor:pointer}
.legend span{margin-right:.8rem;font-size:.8rem}.muted{color:#777}
@media (max-width:900px){.layout{display:block}aside{position:static;max-height:none;border:0}}
"""

JS = """
function clearFlash(){document.querySelectorAll('.flash').forEach(function(x){x.classList.remove('flash')});
 document.querySelectorAll('tr.current').forEach(function(x){x.classList.remove('current')})}
function flash(el){if(!el)return;void el.offsetWidth;el.classList.add('flash')}
function goFigure(row){var ms=document.querySelectorAll('mark.fig[data-fig="'+row.dataset.fig+'"]');
 if(!ms.length)return;var i=(+(row.dataset.next||0))%ms.length;row.dataset.next=i+1;clearFlash();
 row.classList.add('current');ms.forEach(flash);ms[i].scrollIntoView({block:'center'})}
function goTo(id){var el=document.getElementById(id);if(!el)return;clearFlash();el.scrollIntoView({block:'center'});flash(el)}
document.addEventListener('click',function(e){var a=e.target.closest('a[data-goto]');
 if(a){e.preventDefault();goTo(a.dataset.goto);return}
 if(e.target.closest('details'))return;var row=e.target.closest('tr.figrow');if(row){goFigure(row);return}
 var q=e.target.closest('tr.quoterow');if(q){goTo('q'+q.dataset.quote);return}
 var m=e.target.closest('mark.fig');if(m){var r=document.querySelector('tr.figrow[data-fig="'+m.dataset.fig+'"]');
  if(r){clearFlash();r.classList.add('current');r.scrollIntoView({block:'nearest'});flash(m)}}});
document.addEventListener('keydown',function(e){var row=e.target.closest&&e.target.closest('tr.figrow');
 if(row&&(e.key==='Enter'||e.key===' ')){e.preventDefault();goFigure(row)}});
"""


def _header(record: dict[str, Any]) -> str:
    src = record.get("source") or {}
    facts = [("file", src.get("path")), ("format", src.get("format")), ("kind", src.get("kind")),
             ("pages", src.get("pages")), ("area", record.get("area")),
             ("partnership", record.get("partnership")),
             ("period", format_period(record.get("period")) or None),
             ("figures", len(record.get("figures", []))),
             ("quotes", len(record.get("quotes", [])))]
    items = "".join(f"<div><dt>{k}</dt><dd>{_esc(v if v is not None else '—')}</dd></div>"
                    for k, v in facts)
    title = src.get("title") or Path(str(src.get("path") or "document")).name
    return f"<header><h1>{_esc(title)}</h1><dl>{items}</dl></header>"


def _figure_rows(record: dict[str, Any], crops: dict[str, str]) -> str:
    rows = []
    for i, f in enumerate(record.get("figures", [])):
        conf = float(f.get("confidence", 1.0))
        mentions = f.get("mentions", [])
        pages = sorted({int(m.get("page", 1)) for m in mentions})
        where = f"{len(mentions)}× p." + ",".join(map(str, pages))
        own = f.get("period")
        period = (f'<span title="{_esc(format_period(own))}">{_esc(own.get("text") or format_period(own))}</span>'
                  if own and (own.get("start") or own.get("end")) else '<span class="muted">doc.</span>')
        images = [f'<a data-goto="f{i}-{j}">mention {j + 1}, p.{m.get("page", 1)}</a>'
                  f'<img class="crop" loading="lazy" alt="page crop" src="{crops[f"f{i}-{j}"]}">'
                  for j, m in enumerate(mentions) if f"f{i}-{j}" in crops]
        if images:
            where = f"<details><summary>{_esc(where)}</summary>{''.join(images)}</details>"
        else:
            where = _esc(where)
        rows.append(f'<tr class="figrow" data-fig="{i}" tabindex="0" title="{_esc(f.get("subject", ""))}">'
                    f"<td>{_esc(f.get('metric'))}</td>"
                    f'<td class="num">{_esc(format_value(f.get("value"), f.get("unit")))}</td>'
                    f"<td>{_esc(f.get('unit'))}</td><td>{period}</td>"
                    f'<td class="num{" low" if conf < LOW_CONFIDENCE else ""}">{conf:.2f}</td>'
                    f"<td>{where}</td></tr>")
    head = ("<tr><th>metric</th><th>value</th><th>unit</th><th>period</th><th>conf.</th>"
            "<th>where</th></tr>")
    return f'<table id="figures"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _quote_rows(record: dict[str, Any]) -> str:
    rows = []
    for k, q in enumerate(record.get("quotes", [])):
        words_ = " ".join(str(q.get("text", "")).split()[:9])
        speaker = _esc(q.get("speaker")) if q.get("speaker") else '<span class="low">unresolved</span>'
        rows.append(f'<tr class="quoterow" data-quote="{k}"><td>{speaker}</td>'
                    f"<td>{_esc(q.get('cue') or '—')}</td><td>{_esc(words_)}…</td></tr>")
    head = "<tr><th>speaker</th><th>cue</th><th>quote</th></tr>"
    return f'<table id="quotes"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _unreported_list(unreported: list[dict[str, Any]]) -> str:
    groups: dict[str, list[str]] = {}
    for n, u in enumerate(unreported[:MAX_UNREPORTED]):
        groups.setdefault(u["reason"], []).append(
            f'<li><a data-goto="n{n}">{_esc(u["text"])}</a> '
            f'<span class="sent">{_esc(u["sentence"])}</span></li>')
    order = sorted(groups, key=lambda r: (r != "not recognised as a reported figure", r))
    parts = [f'<details{" open" if r == order[0] else ""}><summary>{_esc(r)} ({len(groups[r])})'
             f'</summary><ul>{"".join(groups[r])}</ul></details>' for r in order]
    more = len(unreported) - MAX_UNREPORTED
    if more > 0:
        parts.append(f'<p class="muted">and {more} more numbers not listed</p>')
    return "".join(parts) or '<p class="muted">none</p>'


def _with_unproposed(record: dict[str, Any], given: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The finder's rejections, plus numbers it never proposed (this page's own scan)."""
    seen = [(g["start"], g["end"]) for g in given]
    rest = [u for u in unreported_numbers(record)
            if not any(s < u["end"] and u["start"] < e for s, e in seen)]
    return sorted([*given, *rest], key=lambda u: u["start"])


def _unsure(record: dict[str, Any], unreported: list[dict[str, Any]]) -> str:
    low = [f'<li><a data-goto="f{i}-0">{_esc(figure_label(f))}</a> '
           f'<span class="why">confidence {float(f.get("confidence", 1)):.2f}'
           f'{"; " + _esc(f["method"]) if str(f.get("method", "")).startswith("unresolved") else ""}</span> '
           f'<span class="sent">{_esc((f.get("mentions") or [{}])[0].get("sentence", ""))}</span></li>'
           for i, f in enumerate(record.get("figures", []))
           if float(f.get("confidence", 1.0)) < LOW_CONFIDENCE and f.get("mentions")]
    nobody = [f'<li><a data-goto="q{k}">“{_esc(" ".join(str(q.get("text", "")).split()[:12]))}…”</a></li>'
              for k, q in enumerate(record.get("quotes", [])) if not q.get("speaker")]
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in record.get("warnings", []))
    return (f'<section class="unsure" id="unsure"><h2>What the tool was unsure of</h2>'
            f"<h3>Low-confidence figures ({len(low)})</h3><ul>{''.join(low) or '<li class=muted>none</li>'}</ul>"
            f"<h3>Quotes without a resolved speaker ({len(nobody)})</h3>"
            f"<ul>{''.join(nobody) or '<li class=muted>none</li>'}</ul>"
            f"<h3>Numbers seen but not reported ({len(unreported)})</h3>"
            f"{_unreported_list(unreported)}"
            + (f"<h3>Warnings</h3><ul>{warnings}</ul>" if warnings else "") + "</section>")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>{body}"
            f"<script>{JS}</script></body></html>")


def render_html(record: dict[str, Any], source_path: Path | None = None, *,
                rejected: list[dict[str, Any]] | None = None) -> str:
    """One self-contained HTML page: the text with every figure and quote marked, and side tables.

    `rejected` (text, start, end, sentence, reason) replaces the page's own scan for numbers
    that no figure reports, when the figure finder can say why it dropped them.
    """
    text = (record.get("source") or {}).get("text")
    if text is None:
        raise ValueError("the record has no source.text (extract it with with_text=True)")
    if rejected is None:  # the figure finder's own reasons, then any number it never proposed
        given = (record.get("source") or {}).get("rejected_numbers")
        rejected = None if given is None else _with_unproposed(record, given)
    unreported = rejected if rejected is not None else unreported_numbers(record)
    shown = unreported[:MAX_UNREPORTED]
    crops = page_crops(record, source_path)
    legend = ('<p class="legend"><span><mark class="fig" data-label="metric · value">figure</mark>'
              '</span><span><span class="quote" data-speaker="speaker">quote</span></span>'
              '<span><span class="nr">number not reported</span></span></p>')
    aside = (f"<aside>{legend}<h2>Figures ({len(record.get('figures', []))})</h2>"
             f"{_figure_rows(record, crops)}<h2>Quotes ({len(record.get('quotes', []))})</h2>"
             f"{_quote_rows(record)}{_unsure(record, unreported)}</aside>")
    doc = markup(text, record_spans(record, shown))
    body = f'{_header(record)}<div class="layout"><article class="doc" id="text">{doc}</article>{aside}</div>'
    return _page(f"review-records: {(record.get('source') or {}).get('path', 'document')}", body)


_STATUS_CLASS = {"matches": "ok", "in_source": "ok", "differs": "bad", "altered": "warn",
                 "not_in_source": "bad"}
VERIFY_CSS = """
.verify{padding:1rem 1.5rem;max-width:90rem;margin:auto}.verify table{font-size:.9rem}.verify td{padding:.45rem .5rem}
.badge{display:inline-block;border-radius:3px;padding:1px 6px;color:#fff;font-weight:600;font-size:.8rem;white-space:nowrap}
.badge.ok{background:#1b7f3b}.badge.warn{background:#b26a00}.badge.bad{background:#b00020}
del.chg,ins.chg{text-decoration:none;background:#ffd1d1;border-bottom:2px solid #b00020;padding:0 1px}ins.chg{background:#d7f5dd;border-color:#1b7f3b}
.side{width:42%}.val{font-weight:600;font-size:1rem}
"""


def _figure_side(figure: dict[str, Any] | None) -> str:
    if not figure:
        return '<span class="muted">no figure for this metric and period</span>'
    mention = (figure.get("mentions") or [{}])[0]
    where = f"p.{mention.get('page', 1)}"
    period = format_period(figure.get("period"))
    return (f'<div class="val">{_esc(format_value(figure.get("value"), figure.get("unit")))}'
            f"</div><div>{_esc(figure.get('metric'))}{' · ' + _esc(period) if period else ''}"
            f' · {where}</div><div class="sent">{_esc(mention.get("sentence", ""))}</div>')


def _word_marks(text: str, other: str, tag: str) -> str:
    """`text` with the words that `other` does not share wrapped in <tag class="chg">."""
    from .verify import report_tokens

    mine, theirs = report_tokens(text), report_tokens(other)
    matcher = SequenceMatcher(None, [t[0] for t in mine], [t[0] for t in theirs], autojunk=False)
    spans = [Span(mine[i][1], -mine[i2 - 1][2], 1, tag, {"class": "chg"})
             for op, i, i2, _j, _j2 in matcher.get_opcodes() if op != "equal" and i2 > i]
    return markup(text, spans)


def _quote_cells(row: dict[str, Any]) -> tuple[str, str]:
    story = str(row["story"].get("text", ""))
    source = row.get("source")
    if not source:
        return _esc(story), '<span class="muted">nothing in the report comes close</span>'
    speaker = f" ({_esc(source['speaker'])})" if source.get("speaker") else ""
    return (_word_marks(story, source["text"], "del"),
            _word_marks(source["text"], story, "ins") + f'<div class="muted">at character '
            f"{source['start']}{speaker}</div>")


def render_verify_html(result: dict[str, Any], story: dict[str, Any], report: dict[str, Any]) -> str:
    """A side-by-side page of a verify result: each story figure and quote beside the report's."""
    def badge(status: str) -> str:
        return f'<span class="badge {_STATUS_CLASS.get(status, "bad")}">{_esc(status.replace("_", " "))}</span>'

    figs = "".join(f"<tr><td>{badge(r['status'])}</td><td class=side>{_figure_side(r['story'])}</td>"
                   f"<td class=side>{_figure_side(r['source'])}</td></tr>" for r in result["figures"])
    quotes = "".join(f"<tr><td>{badge(r['status'])}</td><td class=side>{a}</td><td class=side>{b}</td></tr>"
                     for r in result["quotes"] for a, b in [_quote_cells(r)])
    name = lambda rec: _esc((rec.get("source") or {}).get("path", ""))  # noqa: E731
    head = f"<tr><th></th><th>story: {name(story)}</th><th>report: {name(report)}</th></tr>"
    body = (f"<header><h1>Story checked against its report</h1><dl><div><dt>story</dt><dd>{name(story)}"
            f"</dd></div><div><dt>report</dt><dd>{name(report)}</dd></div></dl></header>"
            f'<main class="verify"><h2>Figures ({len(result["figures"])})</h2><table id="vfigures">'
            f"<thead>{head}</thead><tbody>{figs}</tbody></table>"
            f'<h2>Quotes ({len(result["quotes"])})</h2><table id="vquotes"><thead>{head}</thead>'
            f"<tbody>{quotes}</tbody></table></main>")
    return _page("review-records verify", body).replace("</style>", VERIFY_CSS + "</style>", 1)
