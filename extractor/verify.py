"""Verify a story against the report it quotes: pair figures, find quotes in the report text.

Functions over record dicts, following shared/corpus-dev/README.md "Verify pairs": a story
figure pairs with report figures of the same metric, unit and period; a story quote is looked
up word by word (spec section 3 words) in the report's text, and its speaker compared with the
report's. The report's Document, when given, adds pages for any offset and the headers of the
table cell a figure was read from. `verify_files` is the one entry point that extracts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .evaluate import VALUE_TOLERANCE, speaker_right, words

if TYPE_CHECKING:
    from spacy.language import Language

    from .document import Document, Table

# Near-verbatim threshold on SequenceMatcher's ratio 2*M/T over word lists. One changed word
# in a 12-word quote gives 0.92 and in a 6-word quote 0.83; a story sentence that only shares
# the report's topic words scores well under 0.6. 0.75 keeps a two-word change in a 10-word
# quote (0.80) while rejecting a rewrite that keeps only half the words.
ALTERED_RATIO = 0.75
MIN_ALTERED_WORDS = 4  # shorter quotes are too short for 'nearly the same' to mean anything
_TOKEN = re.compile(r"[\w'\u2019\u2018]+")
_LINE_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*$")
_STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at",
         "from", "that", "this", "these", "those", "were", "was", "is", "are", "be"}

Token = tuple[str, int, int]


def report_tokens(text: str) -> list[Token]:
    """Spec-section-3 words of `text` with their offsets; line-end hyphenated words joined."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip("'\u2019\u2018"))
        word = words(raw)
        if not word:
            continue
        start, end = m.start() + lead, m.start() + len(raw.rstrip("'\u2019\u2018"))
        if out and _LINE_HYPHEN.search(text[out[-1][2]:m.start()]) is not None:
            prev = out.pop()  # 'prac-\ntitioners' is one word in the source's typesetting
            out.append((prev[0] + word[0], prev[1], end))
        else:
            out.append((word[0], start, end))
    return out


def _find_run(needle: list[str], hay: list[str]) -> int | None:
    """Index where `needle` occurs as an unbroken run in `hay`, or None."""
    n = len(needle)
    if n == 0:
        return None
    for i, w in enumerate(hay):
        if w == needle[0] and hay[i:i + n] == needle:
            return i
    return None


def _best_diagonal(needle: list[str], hay: list[str]) -> int | None:
    """The report word index where `needle` best lines up (votes of shared words per offset)."""
    where: dict[str, list[int]] = {}
    for i, w in enumerate(hay):
        where.setdefault(w, []).append(i)
    votes: Counter[int] = Counter()
    for j, w in enumerate(needle):
        if w in _STOP:
            continue  # common words vote everywhere and drown the real alignment
        for i in where.get(w, ()):
            votes[(i - j) // 4] += 1  # bands of 4 tolerate a few inserted or dropped words
    if not votes:
        return None
    band, _ = votes.most_common(1)[0]
    return band * 4


def near_run(needle: list[str], hay: list[str]) -> tuple[float, int, int, list[Any]] | None:
    """Best approximate run of `needle` in `hay`: (ratio, start, end, opcodes) or None."""
    origin = _best_diagonal(needle, hay)
    if origin is None:
        return None
    lo, hi = max(0, origin - 4), min(len(hay), origin + len(needle) + 8)
    matcher = SequenceMatcher(None, needle, hay[lo:hi], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    start, end = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    run = hay[start:end]
    tight = SequenceMatcher(None, needle, run, autojunk=False)
    return tight.ratio(), start, end, tight.get_opcodes()


def _diff(needle: list[str], run: list[str], opcodes: list[Any]) -> list[dict[str, Any]]:
    return [{"op": tag, "story": needle[i1:i2], "source": run[j1:j2]}
            for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]


def _overlapping_quote(report: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    """The report quote that shares most characters with [start, end), if any does."""
    best, most = None, 0
    for q in report.get("quotes", []):
        shared = min(end, q.get("end", 0)) - max(start, q.get("start", 0))
        if shared > most:
            best, most = q, shared
    return best


def speakers_agree(a: str | None, b: str | None) -> bool:
    """Whether story speaker `a` may have said what the report gives to `b`: the same name
    (case-insensitive, or one holds the other's last word: 'Ms Calloway', 'Ruth Calloway'),
    or `a` is the document itself ('the report'), which prints every quote in it."""
    from .speakers import DOC_NOUN_RE

    if not a or not b:
        return True  # an unresolved side cannot contradict the other
    if DOC_NOUN_RE.fullmatch(a.strip()):
        return True  # 'the report says' of words the report prints, whoever it quotes
    return speaker_right(a, {"speaker": b}) or speaker_right(b, {"speaker": a})


def check_quote(quote: dict[str, Any], report: dict[str, Any], report_text: str,
                tokens: list[Token] | None = None,
                page_of: Callable[[int], int] | None = None) -> dict[str, Any]:
    """Label one story quote in_source / altered / misattributed / not_in_source.

    misattributed: the words are in the report (exactly or nearly) but the report gives them
    to someone other than the story's speaker.
    """
    tokens = report_tokens(report_text) if tokens is None else tokens
    hay = [t[0] for t in tokens]
    needle = words(quote.get("text", ""))
    hit = _find_run(needle, hay)
    if hit is not None:
        status, start, end, diff, ratio = "in_source", hit, hit + len(needle), [], 1.0
    else:
        near = near_run(needle, hay) if len(needle) >= MIN_ALTERED_WORDS else None
        if near is None or near[0] < ALTERED_RATIO:
            return {"status": "not_in_source", "story": quote, "source": None, "diff": None,
                    "similarity": round(near[0], 3) if near else 0.0}
        ratio, start, end, opcodes = near
        status, diff = "altered", _diff(needle, hay[start:end], opcodes)
    cstart, cend = tokens[start][1], tokens[end - 1][2]
    source: dict[str, Any] = {"text": report_text[cstart:cend], "start": cstart, "end": cend,
                              "page": page_of(cstart) if page_of else None, "speaker": None}
    inside = _overlapping_quote(report, cstart, cend)
    if inside is not None:
        source.update(speaker=inside.get("speaker"), quote=inside)
        source["page"] = source["page"] or inside.get("page")
        if not speakers_agree(quote.get("speaker"), inside.get("speaker")):
            status = "misattributed"
    return {"status": status, "story": quote, "source": source, "diff": diff,
            "similarity": round(ratio, 3)}


def _period_key(figure: dict[str, Any], record: dict[str, Any]) -> tuple[str | None, str | None]:
    period = figure.get("period") or record.get("period") or {}
    return period.get("start"), period.get("end")


def same_period(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Equal periods; a missing start or end on one side is taken as agreeing."""
    if a == b:
        return True
    agree = [x == y for x, y in zip(a, b) if x is not None and y is not None]
    return bool(agree) and all(agree) and len(agree) < 2


def _content(subject: str | None) -> set[str]:
    return {w for w in words(subject or "") if w not in _STOP and len(w) > 2}


def _same_value(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) <= VALUE_TOLERANCE
    except (TypeError, ValueError):
        return False


def candidates(figure: dict[str, Any], story: dict[str, Any],
               report: dict[str, Any]) -> list[dict[str, Any]]:
    """Report figures of the story figure's metric, unit and period."""
    key = _period_key(figure, story)
    if key == (None, None) and not figure.get("period"):
        key = _period_key({}, report)  # a story with no period of its own tells the report's
    return [r for r in report.get("figures", [])
            if r.get("metric") == figure.get("metric") and r.get("unit") == figure.get("unit")
            and same_period(key, _period_key(r, report))]


def check_figure(figure: dict[str, Any], story: dict[str, Any],
                 report: dict[str, Any]) -> dict[str, Any]:
    """Label one story figure matches / differs / not_in_source against the report's figures."""
    pool = candidates(figure, story, report)
    same = [r for r in pool if _same_value(r.get("value"), figure.get("value"))]
    if same:
        return {"status": "matches", "story": figure, "source": same[0]}
    if figure.get("metric") == "other":
        # 'other' names no fact, so only a report figure about the same subject can differ.
        words_of = _content(figure.get("subject"))
        pool = [r for r in pool if words_of & _content(r.get("subject"))]
    if pool:
        best = max(pool, key=lambda r: r.get("confidence", 0.0))
        return {"status": "differs", "story": figure, "source": best}
    return {"status": "not_in_source", "story": figure, "source": None}


def table_cell(tables: Iterable[Table], start: int, end: int) -> dict[str, Any] | None:
    """The row and column headers of the table cell holding text[start:end], or None."""
    for table in tables:
        header = table.rows[0] if table.rows else ()
        for row in table.rows[1:]:
            for j, cell in enumerate(row):
                if j and cell.start <= start and end <= cell.end:
                    column = header[j].text.strip() if j < len(header) else ""
                    return {"row": row[0].text.strip(), "column": column, "page": table.page}
    return None


def _figure_table(figure: dict[str, Any] | None, tables: list[Table]) -> dict[str, Any] | None:
    for m in (figure or {}).get("mentions", []):
        cell = table_cell(tables, m["start"], m["end"])
        if cell is not None:
            return cell
    return None


def _elsewhere(figure: dict[str, Any], report: dict[str, Any]) -> dict[str, Any] | None:
    """A report figure of the story figure's metric, unit and value told for another period:
    a story that gives last year's number as this year's."""
    key = _period_key(figure, report)
    return next((r for r in report.get("figures", [])
                 if r.get("metric") == figure.get("metric") and r.get("unit") == figure.get("unit")
                 and _same_value(r.get("value"), figure.get("value"))
                 and not same_period(key, _period_key(r, report))), None)


def verify(story: dict[str, Any], report: dict[str, Any], report_text: str, *,
           page_of: Callable[[int], int] | None = None,
           report_tables: Iterable[Table] = (), story_tables: Iterable[Table] = ()
           ) -> dict[str, Any]:
    """Check every figure and quote of a story record against a report record and its text.

    page_of: the report Document's offset -> page, so a quote found in the report's own prose
    (not a quote there) still gets its page.
    report_tables, story_tables: the Documents' tables; a figure read from a table cell keeps
    the cell's row and column headers (`source_table`, `story_table`).
    """
    tokens = report_tokens(report_text)
    r_tables, s_tables = list(report_tables), list(story_tables)
    figures = []
    for f in story.get("figures", []):
        row = check_figure(f, story, report)
        row["story_table"] = _figure_table(f, s_tables)
        row["source_table"] = _figure_table(row["source"], r_tables)
        if row["status"] != "matches":
            other = _elsewhere(f, report)
            row["elsewhere"] = other
            row["elsewhere_table"] = _figure_table(other, r_tables)
        figures.append(row)
    quotes = [check_quote(q, report, report_text, tokens, page_of)
              for q in story.get("quotes", [])]
    result = {"figures": figures, "quotes": quotes}
    return {"summary": summary(result), **result}


FIGURE_STATUSES = ("matches", "differs", "not_in_source")
QUOTE_STATUSES = ("in_source", "altered", "misattributed", "not_in_source")


def summary(result: dict[str, Any]) -> dict[str, dict[str, int]]:
    """How many figures and quotes have each status (every status listed, zeros included)."""
    def count(rows: list[dict[str, Any]], statuses: tuple[str, ...]) -> dict[str, int]:
        got = Counter(r["status"] for r in rows)
        return {s: got[s] for s in statuses}

    return {"figures": count(result["figures"], FIGURE_STATUSES),
            "quotes": count(result["quotes"], QUOTE_STATUSES)}


def all_match(result: dict[str, Any]) -> bool:
    """True when every figure matches and every quote is in the source (exit status 0)."""
    return (all(f["status"] == "matches" for f in result["figures"])
            and all(q["status"] == "in_source" for q in result["quotes"]))


def document_tables(document: Document) -> list[Table]:
    """The tables of a Document: the ingested ones, then space-aligned plain-text ones."""
    from .tables import text_tables

    return list(document.tables) + text_tables(document.text)


def verify_files(story_path: str | Path, report_path: str | Path, nlp: Language | None = None
                 ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], Document]:
    """Extract a story and its report (with text) and verify one against the other.

    Returns the result, both records and the report's Document (for its page starts).

    Raises:
        ExtractorError: either file cannot be read.
    """
    from .extract import Options, extract_document
    from .ingest import load

    options = Options(with_text=True)
    story_doc, report_doc = load(story_path), load(report_path)
    story = extract_document(story_doc, nlp, options).to_dict()
    report = extract_document(report_doc, nlp, options).to_dict()
    return verify_documents(story, report, story_doc, report_doc), story, report, report_doc


def verify_documents(story: dict[str, Any], report: dict[str, Any], story_doc: Document,
                     report_doc: Document) -> dict[str, Any]:
    """Verify a story's record against its report's, with both Documents for page numbers
    and table headers."""
    return verify(story, report, report_doc.text, page_of=report_doc.page_of,
                  report_tables=document_tables(report_doc),
                  story_tables=document_tables(story_doc))


_SAY = {"matches": "match", "differs": "differ", "not_in_source": "not in source",
        "in_source": "in source", "altered": "altered", "misattributed": "misattributed"}


def summary_line(result: dict[str, Any]) -> str:
    """'Figures: 7 match, 1 differ, 1 not in source. Quotes: 2 in source, …'"""
    counts = summary(result)
    return (f"Figures: {', '.join(f'{n} {_SAY[s]}' for s, n in counts['figures'].items())}. "
            f"Quotes: {', '.join(f'{n} {_SAY[s]}' for s, n in counts['quotes'].items())}.")


def _value_text(figure: dict[str, Any] | None) -> str:
    from .show import format_value

    return format_value(figure.get("value"), figure.get("unit")) if figure else "-"


def _page_text(figure: dict[str, Any] | None) -> str:
    pages = sorted({int(m.get("page", 1)) for m in (figure or {}).get("mentions", [])})
    return f" (p. {', '.join(map(str, pages))})" if pages else ""


def _table_text(cell: dict[str, Any] | None) -> str:
    if not cell:
        return ""
    return f"table row ‘{cell['row']}’, column ‘{cell['column']}’"


def _sentence(figure: dict[str, Any] | None) -> str:
    mentions = (figure or {}).get("mentions") or [{}]
    return " ".join(str(mentions[0].get("sentence") or mentions[0].get("text") or "").split())


def _figure_lines(row: dict[str, Any]) -> list[str]:
    from .show import metric_label, period_words

    s, src = row["story"], row["source"]
    lines = [f"  {row['status']:<14} {metric_label(s.get('metric'))}: story {_value_text(s)}, "
             f"report {_value_text(src)}{_page_text(src)}"]
    if row["status"] == "matches":
        return lines
    lines.append(f"      story:  {_sentence(s)}")
    if src:
        lines.append(f"      report: {_sentence(src)}")
        if row.get("source_table"):
            lines.append(f"              in a {_table_text(row['source_table'])}")
    other = row.get("elsewhere")
    if other:
        where = _table_text(row.get("elsewhere_table")) or _sentence(other)
        lines.append(f"      the story's {_value_text(s)} is the report's figure for "
                     f"{period_words(other.get('period')) or 'another period'}"
                     f"{_page_text(other)}: {where}")
    return lines


def _quote_lines(row: dict[str, Any]) -> list[str]:
    source = row.get("source") or {}
    page = f" (p. {source['page']})" if source.get("page") else ""
    lines = [f"  {row['status']:<14} \u201c{row['story'].get('text', '')}\u201d{page}"]
    if row["status"] == "misattributed":
        lines.append(f"      story gives it to {row['story'].get('speaker')}, "
                     f"the report to {source.get('speaker')}")
    for change in row.get("diff") or []:
        lines.append(f"      story says {' '.join(change['story']) or '(nothing)'!r}, "
                     f"report says {' '.join(change['source']) or '(nothing)'!r}")
    return lines


def format_text(result: dict[str, Any]) -> str:
    """A plain-text report of a verify result: the counts, then one block per figure and quote."""
    lines = [summary_line(result), "", "FIGURES"]
    for row in result["figures"]:
        lines += _figure_lines(row)
    lines.append("QUOTES")
    for row in result["quotes"]:
        lines += _quote_lines(row)
    return "\n".join(lines)
