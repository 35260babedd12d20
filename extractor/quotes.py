"""Direct quotes: find the spans inside quotation marks, then hand them to `speakers`.

The scanner works on `Document.text` characters, so every span is a Document offset range
and `document.text[start:end]` is exactly the quote's text (marks dropped, the quote's own
final ',' or '.' kept).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .findings import Person, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .document import Document

log = logging.getLogger(__name__)

DOUBLE_OPEN = "\u201c"
DOUBLE_CLOSE = "\u201d"
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
STRAIGHT = '"'
STRAIGHT_SINGLE = "'"
GUILLEMET_OPEN = "\u00ab"  # « … »: French and continental style, sometimes in English copy
GUILLEMET_CLOSE = "\u00bb"
# characters after which a mark opens a quote rather than closing one
OPEN_CONTEXT = " \t\n([{\u2014\u2013-/:\u201c\u2018\u00a0"
OPENERS = (DOUBLE_OPEN, SINGLE_OPEN, STRAIGHT, STRAIGHT_SINGLE, GUILLEMET_OPEN)
SINGLES = {SINGLE_OPEN: SINGLE_CLOSE, STRAIGHT_SINGLE: STRAIGHT_SINGLE}
SENTENCE_FINAL = ".!?:"
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# the words a title leaves in lower case ('Learning from Child Q', 'Lessons into Practice')
SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "by", "or", "with", "from",
               "into", "about", "after", "before", "over", "under", "through", "between", "but", "nor",
               "as", "up", "out", "off", "across", "within", "without", "beyond", "vs"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where one quote sits: its words [start, end), its marks and its paragraph."""

    start: int
    end: int
    open_at: int
    close_end: int  # offset just after the closing mark, or `end` when left open
    closed: bool
    para_start: int
    para_end: int

    @property
    def opens_paragraph(self) -> bool:
        return self.open_at == self.para_start


def words(text: str) -> list[str]:
    """Lower-cased words with punctuation dropped (the scoring tokenisation)."""
    return [w.lower().replace("\u2019", "'") for w in WORD_RE.findall(text)]


def is_opener(text: str, i: int) -> bool:
    """Whether the mark at `i` opens a quote (by the character before it)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == GUILLEMET_OPEN:  # never anything but an opening mark, even spaced ('« Oui »')
        return text[i + 1:i + 3].strip() != ""
    if nxt.isspace():
        return False
    if ch == DOUBLE_OPEN:
        return True
    prev = text[i - 1] if i else " "
    return ch in (SINGLE_OPEN, STRAIGHT, STRAIGHT_SINGLE) and prev in OPEN_CONTEXT


def is_apostrophe(text: str, i: int, line_end: int) -> bool:
    """Whether the ’ at `i` is an apostrophe rather than a closing single quote."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalpha():
        return True  # letter’letter: don’t, Child L’s
    if prev in "sS" and nxt == " " and i + 2 < len(text) and text[i + 2].islower():
        # plural possessive (parents’ views) when another closer follows on the line
        rest = text[i + 1:line_end]
        return any(rest[j] == text[i] and not rest[j - 1:j].isspace()
                   for j in range(1, len(rest)))
    return False


def is_closer(text: str, i: int, opener: str, line_end: int) -> bool:
    """Whether the character at `i` closes a quote opened with `opener`."""
    ch = text[i]
    if opener in SINGLES:
        return ch == SINGLES[opener] and not is_apostrophe(text, i, line_end)
    if opener == GUILLEMET_OPEN:
        return ch == GUILLEMET_CLOSE
    return ch in (DOUBLE_CLOSE, STRAIGHT)


def typed_closer(text: str, i: int) -> bool:
    """Whether the “ at `i` closes a quote, typed the wrong way round: right after a word or its
    punctuation and before a space, a stop or the line's end ('… were “Mostly reliable.“',
    'would “look again“.'), where no quote can open."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    return not prev.isspace() and prev not in OPEN_CONTEXT and (nxt.isspace() or nxt in ".,;:!?)")


def line_ends(text: str) -> list[int]:
    """Offsets of every newline plus the end of the text."""
    return [m.start() for m in re.finditer("\n", text)] + [len(text)]


def next_line_breaks_quote(text: str, nl: int) -> bool:
    """An open quote stops at a newline when a blank line or a new quote paragraph follows."""
    nxt = text[nl + 1:nl + 200].lstrip(" \t\u00a0")
    return not nxt or nxt[0] == "\n" or (nxt[0] in OPENERS and nxt[1:2].strip() != "")


def paragraph_bounds(text: str, i: int) -> tuple[int, int]:
    """The line (paragraph) around offset `i`."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) with surrounding whitespace removed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def make_span(text: str, open_at: int, end: int, close_end: int, closed: bool) -> QuoteSpan | None:
    start, end = trimmed(text, open_at + 1, end)
    if not words(text[start:end]):
        return None
    p_start, _ = paragraph_bounds(text, open_at)
    _, p_end = paragraph_bounds(text, max(open_at, end - 1))
    while p_start < open_at and text[p_start].isspace():
        p_start += 1
    return QuoteSpan(start, end, open_at, close_end, closed, p_start, p_end)


def scan(text: str) -> list[QuoteSpan]:
    """Every quotation-mark span in `text`, nested quotes staying inside their outer quote."""
    spans: list[QuoteSpan] = []
    ends = line_ends(text)
    line_i = 0
    opener: str | None = None
    open_at = 0
    depth = 0  # curly “ quotes opened inside a curly “ quote: 'what he calls “hell” than …'
    for i, ch in enumerate(text):
        if i > ends[line_i]:
            line_i += 1
        if ch == "\n":
            depth = 0  # a nested quote does not run past its line
            if opener == STRAIGHT_SINGLE:
                opener = None  # a straight ' left open is an apostrophe, not a quote
            elif opener is not None and next_line_breaks_quote(text, i):
                span = make_span(text, open_at, i, i, closed=False)
                spans += [span] if span else []
                opener = None
            continue
        if opener is None:
            if ch in OPENERS and is_opener(text, i):
                opener, open_at, depth = ch, i, 0
        elif opener == DOUBLE_OPEN and ch == DOUBLE_OPEN and not depth and typed_closer(text, i):
            span = make_span(text, open_at, i, i + 1, closed=True)
            spans += [span] if span else []
            opener = None
        elif opener == DOUBLE_OPEN and ch == DOUBLE_OPEN and is_opener(text, i) \
                and text.rfind("\n", open_at, i) < 0:
            depth += 1  # (only on the outer quote's line: one left open above may be a typo)
        elif depth and ch == DOUBLE_CLOSE:
            depth -= 1
        elif is_closer(text, i, opener, ends[line_i]):
            span = make_span(text, open_at, i, i + 1, closed=True)
            spans += [span] if span else []
            opener = None
    if opener is not None and opener != STRAIGHT_SINGLE:
        span = make_span(text, open_at, len(text), len(text), closed=False)
        spans += [span] if span else []
    return spans


DASHES = "\u2015\u2014\u2013-"
QUOTE_CLOSERS = DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT + STRAIGHT_SINGLE + GUILLEMET_CLOSE
CLOSERS = QUOTE_CLOSERS + ")] \t"


def is_title_like(quote: str) -> bool:
    """A quoted name or title ('Child J', 'Harry', a report title), not someone's words.
    A comma set inside the marks (American style: 'on “Fox News Sunday,” he said') still
    leaves a title of two or more capitalised words; one word ('“Arrogant,” she said') may be
    speech, and a full stop may end a slogan someone proclaimed ('a goal of “Peace Through
    Strength.”'), which no form tells from a title."""
    ws = quote.split()
    if not ws or len(ws) > 6 or quote.rstrip()[-1:] in ".!?;":
        return False
    content = [w.rstrip(",") for w in ws if w.lower().rstrip(",") not in SMALL_WORDS]
    if quote.rstrip()[-1:] == "," and len(content) < 2:
        return False
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


# reference marks after a sentence's last word: '.[10]', '.[4][11]', '.[note 3]', '.¹²', '.(12)'
CITATION_TAIL_RE = re.compile(r"(?:\s?(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\]|\(\d{1,3}\)"
                              r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+))+\s*$")
# a numbered reference or footnote entry opening with a quoted title: '16. "Title". Publisher,
# 9 June 2022.', '[3] "Title," Journal (2019)', '^ "Title". Retrieved 2026.'
REFERENCE_ENTRY_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\^|\u2191)[ \t]*(?:[^\n\"\u201c]{0,80}?"
                                r"\(\d{4}[a-z]?\)[.,]?[ \t]*)?$")
YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def is_reference_entry(text: str, span: QuoteSpan) -> bool:
    """A quoted title in a reference list: a numbered entry (with its authors and year, if
    any) opening on the title, with the publication's details after it, and a year outside
    the title."""
    if not span.closed or not REFERENCE_ENTRY_RE.fullmatch(text, span.para_start, span.open_at):
        return False
    after = text[span.close_end:span.para_end]
    punctuated = after[:1] in ".," or text[span.end - 1:span.end] in ".,"
    return punctuated and YEAR_RE.search(text, span.para_start, span.para_end) is not None \
        and YEAR_RE.search(text, span.start, span.end) is None


def wrapped_on(text: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` runs on into the next one, as a hard-wrapped
    plain-text paragraph does: the next line follows with no blank line and opens in lower
    case ('… said Youth Mayor Ann Lee, who' / 'is 15.') or the line stops on a small word
    ('… told the meeting on' / 'Tuesday.'). A headline's next line never does."""
    if text[line_end:line_end + 1] != "\n" or not text[line_end + 1:line_end + 2].isalnum():
        return False
    last = text[max(0, line_end - 15):line_end].split()
    return text[line_end + 1].islower() or bool(last) and last[-1] in SMALL_WORDS


def is_headline(text: str, span: QuoteSpan) -> bool:
    """A paragraph with no sentence-final punctuation (headline, link, caption)."""
    para = text[span.para_start:span.para_end].rstrip()
    after = text[span.close_end:span.para_end].lstrip()
    if text[span.start:span.end].rstrip()[-1:] in SENTENCE_FINAL and after[:1] in DASHES:
        return False  # a whole sentence quoted, then '— Name, role': a pull quote
    from .speakers.attribution import bracket_attribution, voice_line

    if text[span.start:span.end].rstrip()[-1:] in SENTENCE_FINAL and after[:1] == "(" \
            and bracket_attribution(after) is not None:
        return False  # or then '(Parent, Ashington)': a voice quoted in a report
    if span.closed and after[:1] in DASHES + "(" and voice_line(after):
        return False  # a survey answer, '“I didn’t know who to call” – parent', unpunctuated
    if wrapped_on(text, span.para_end):
        return False  # a hard-wrapped line whose sentence runs on: '"…," said X, who\nis 16.'
    # closing marks and brackets after the last word: '… for a crime.’”', '… campaign.)'
    core = CITATION_TAIL_RE.sub("", para).rstrip(CLOSERS + DOUBLE_OPEN)  # (“ typed for ”)
    if core[-1:] in SENTENCE_FINAL:
        return False
    return not (core != para and para[len(core):len(core) + 1] in QUOTE_CLOSERS
                and core[-1:] == ",")


# words that hold a quoted word or phrase up as a name, not as anyone's speech: 'the so-called
# “robust” checks', 'the term ‘neglect’', 'what is known as “drift”', 'a practice dubbed “ghosting”'
# ('used the word “abandoned”' is left: it reports what someone said)
NAMING_RE = re.compile(r"(?:\bso[- ]called|\b(?:term|label|notion|concept|acronym)s?(?: of)?|\bknown as"
                       r"|\bdubbed|\btermed|\bbranded|\breferred to as)[ \t]+$", re.I)
NAMED_WORDS = 4


# a category a record files things under, or a term whose meaning is asked: 'recorded as “away
# without leave”', 'classed as “no further action”', 'What does “on the register” mean?'
CATEGORY_RE = re.compile(r"(?:\b(?:record|class|classif(?:y|ie)|categori[sz]e|code|count|log|flag|grade"
                         r"|register|define|reclassif(?:y|ie))(?:s|d|ed|ged)?(?:[ \t]+(?:it|them|this|these))?"
                         r"[ \t]+as|\b(?:up|down)grade[sd]?[ \t]+(?:it|them)[ \t]+to|\bwhat[ \t]+(?:does|do|did)"
                         r"|\bwhat is meant by|\bmeaning of)[ \t]+$", re.I)
MEANS_RE = re.compile(r"[ \t]*(?:mean|means|meant)\b")
CATEGORY_WORDS = 8


def is_named_term(text: str, span: QuoteSpan) -> bool:
    """A short quoted term after words that name it ('the term ‘neglect’'), or a category or
    a term whose meaning is asked: a scare quote."""
    n = len(words(text[span.start:span.end]))
    before = max(span.para_start, span.open_at - 30)
    if n <= NAMED_WORDS and NAMING_RE.search(text, before, span.open_at) is not None:
        return True
    return n <= CATEGORY_WORDS and (CATEGORY_RE.search(text, before, span.open_at) is not None
                                    or (span.closed and MEANS_RE.match(text, span.close_end) is not None
                                        and text[span.end - 1:span.end] not in ".!?,"))


LETTERS_RE = re.compile(r"[^\W\d_]{2}")


# a question put to people rather than said by them: the authors' own ('We asked: “…?”', 'our
# survey asked pupils “…?”') or one put to the people answering ('Parents were asked “…?”')
POSED_RE = re.compile(r"(?:\b(?:we|(?:our|the|this|a)[ \t]+(?:\w+[ \t]+){0,2}(?:survey|questionnaire|form"
                      r"|consultation|poll|census))(?:[ \t]+also)?[ \t]+(?:asked|asks|put)"
                      r"|\b(?:were|was|are|is|been|being)[ \t]+asked|\bquestion(?:naire)?s?(?:[ \t]+was)?)"
                      r"(?:[ \t]+(?!said\b|told\b)\w+){0,6}[ \t]*[:,]?[ \t]*$", re.I)
POSED_WINDOW = 60


def is_posed_question(text: str, span: QuoteSpan) -> bool:
    """A quoted question that a survey, the authors or an interviewer put to people: the
    words before it say it was asked by 'we' or of someone ('We asked: “Who would you
    tell?”'); 'She asked: “Why did nobody come?”' is her own question and stays."""
    if text[span.start:span.end].rstrip()[-1:] != "?":
        return False
    return POSED_RE.search(text, max(span.para_start, span.open_at - POSED_WINDOW),
                           span.open_at) is not None


def is_symbol(quote: str) -> bool:
    """A quoted number, letter code or sign with no word of two letters in it ('shown as
    “<5”', 'marked “c”', 'rated “2*”')."""
    return LETTERS_RE.search(quote) is None


def keep(text: str, span: QuoteSpan) -> bool:
    """Whether a span is a quote (not a title, a headline scare quote, a link or a sign)."""
    quote = text[span.start:span.end]
    if is_symbol(quote) or is_title_like(quote) or is_reference_entry(text, span) \
            or is_named_term(text, span) or is_posed_question(text, span):
        return False
    return not (is_headline(text, span) and len(words(quote)) <= 12)


def contained(small: list[str], big: list[str]) -> bool:
    """Whether word list `small` occurs as one run inside `big`."""
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


# a determiner before a quoted phrase makes it a mention of words: 'the “small number of cases”'
MENTION_RE = re.compile(r"\b(?:the|this|that|these|those|its|their|your|our)[ \t]+$", re.I)
REPEAT_WORDS, MENTION_WORDS = 5, 2


def drop_repeats(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A pull quote that repeats (part of) another quote is the same quote: keep one. So is
    a shorter phrase that names words quoted before ('How many were in “the few cases”?')."""
    out: list[QuoteSpan] = []
    seen: list[list[str]] = []
    for span in spans:
        ws = words(text[span.start:span.end])
        least = MENTION_WORDS if MENTION_RE.search(text, max(0, span.open_at - 12), span.open_at) \
            else REPEAT_WORDS
        if len(ws) >= least and any(contained(ws, other) for other in seen):
            continue
        out.append(span)
        seen.append(ws)
    return out


def quote_spans(text: str) -> list[QuoteSpan]:
    """The quote spans of `text` that are someone's words, repeats removed."""
    return drop_repeats(text, [s for s in scan(text) if keep(text, s)])


def find_quotes(doc: Doc, document: Document) -> tuple[list[Quote], list[Person]]:
    """Direct quotes of `document` with resolved speakers, and the people who speak."""
    from .speakers import attribute

    from .interview import answer_spans
    from .pull_quote import pull_quote_spans

    text = document.text
    every = scan(text)
    spans = drop_repeats(text, [s for s in every if keep(text, s)])
    answers = answer_spans(text)
    if answers:  # a quote inside an interview answer stays inside it
        spans = sorted([s for s in spans if not any(a.start <= s.start < a.end for a in answers)]
                       + answers, key=lambda s: s.start)
        every = every + answers
    def named(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.ent_type_ == "PERSON" for t in span if t.is_alpha)

    pulled = [p for p in pull_quote_spans(text, named)
              if not any(s.open_at < p.end and p.start < s.close_end for s in every)]
    if pulled:  # a pull quote set without marks, signed on the dash line under it
        spans = sorted(spans + pulled, key=lambda s: s.start)
        every = every + pulled
    log.debug("%d quote spans of %d marked", len(spans), len(every))
    return attribute(doc, document, spans, [(s.start, s.end) for s in every])
