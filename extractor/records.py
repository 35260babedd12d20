"""The review record (spec section 1): one per document, and its JSON Schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Source
from .findings import Figure, Period, Person, Quote

SCHEMA_VERSION = "review-record/1"


@dataclass(slots=True)
class Record:
    """Everything the tool says about one document, with provenance for every finding."""

    source: Source
    kind: str
    area: str | None
    partnership: str | None
    period: Period | None
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind_confidence: float | None = None
    text: str | None = None  # the document text, only with --with-text
    area_code: str | None = None  # the area's GSS code, so records join official statistics
    areas: list[str] = field(default_factory=list)  # the councils, when the area is several
    # numbers of the text that are no figure, with the rejecting rule's reason (with the text only)
    rejected: list[dict[str, Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        source = {**self.source.to_dict(), "kind": self.kind}
        if self.kind_confidence is not None:
            source["kind_confidence"] = round(self.kind_confidence, 3)
        if self.text is not None:
            source["text"] = self.text
            if self.rejected is not None:
                source["rejected_numbers"] = list(self.rejected)
        period = self.period.to_dict() if self.period else {"start": None, "end": None,
                                                             "text": None}
        return {"schema": SCHEMA_VERSION, "source": source, "area": self.area,
                "area_code": self.area_code, "areas": list(self.areas),
                "partnership": self.partnership, "period": period,
                "figures": [f.to_dict() for f in self.figures],
                "quotes": [q.to_dict() for q in self.quotes],
                "people": [p.to_dict() for p in self.people],
                "warnings": list(self.warnings)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        src = d["source"]
        return cls(source=Source.from_dict(src), kind=src.get("kind", "other"),
                   area=d.get("area"), partnership=d.get("partnership"),
                   period=Period.from_dict(d.get("period")),
                   figures=[Figure.from_dict(f) for f in d.get("figures", [])],
                   quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
                   people=[Person(p["name"], p.get("role")) for p in d.get("people", [])],
                   warnings=list(d.get("warnings", [])),
                   kind_confidence=src.get("kind_confidence"), text=src.get("text"),
                   area_code=d.get("area_code"), areas=list(d.get("areas") or []),
                   rejected=src.get("rejected_numbers"))


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _period_schema() -> dict[str, Any]:
    date = _nullable({"type": "string", "format": "date"})
    return {"type": "object", "required": ["start", "end"],
            "properties": {"start": date, "end": date, "text": _nullable({"type": "string"})}}


def _bbox_schema() -> dict[str, Any]:
    return {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4,
            "description": "[x0, top, x1, bottom] in PDF points (PDF only)"}


def vocabulary() -> tuple[list[str], list[str]]:
    """The metric names and units of models/metrics.json (a copy of the spec's metrics.json)."""
    import json

    from .pipeline import MODELS_DIR

    data = json.loads((MODELS_DIR / "metrics.json").read_text(encoding="utf-8"))
    return list(data["metrics"]), list(data["units"])


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema (draft 2020-12)."""
    metrics, units = vocabulary()
    mention = {"type": "object", "required": ["text", "sentence", "page", "start", "end"],
               "properties": {"text": {"type": "string"}, "sentence": {"type": "string"},
                              "page": {"type": "integer", "minimum": 1},
                              "start": {"type": "integer", "minimum": 0},
                              "end": {"type": "integer", "minimum": 0}, "bbox": _bbox_schema()}}
    figure = {"type": "object",
              "required": ["metric", "value", "unit", "subject", "confidence", "mentions"],
              "properties": {"metric": {"enum": metrics}, "value": {"type": "number"},
                             "unit": {"enum": units}, "subject": {"type": "string"},
                             "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                             "mentions": {"type": "array", "items": mention, "minItems": 1},
                             "period": _period_schema(), "qualifier": {"type": "string"},
                             "method": {"type": "string"}}}
    quote = {"type": "object", "required": ["text", "speaker", "cue", "page", "start", "end"],
             "properties": {"text": {"type": "string"},
                            "speaker": _nullable({"type": "string"}),
                            "speaker_role": _nullable({"type": "string"}),
                            "cue": _nullable({"type": "string"}),
                            "page": {"type": "integer", "minimum": 1},
                            "start": {"type": "integer"}, "end": {"type": "integer"},
                            "bbox": _bbox_schema(), "confidence": {"type": "number"}}}
    source = {"type": "object", "required": ["path", "sha256", "format", "kind", "pages"],
              "properties": {"path": {"type": "string"}, "sha256": {"type": "string"},
                             "format": {"enum": ["txt", "html", "pdf"]},
                             "kind": {"enum": ["news_article", "council_report", "case_review",
                                               "other"]},
                             "title": _nullable({"type": "string"}),
                             "date": _nullable({"type": "string"}),
                             "pages": {"type": "integer", "minimum": 0},
                             "kind_confidence": {"type": "number"},
                             "text": {"type": "string"}}}
    person = {"type": "object", "required": ["name"],
              "properties": {"name": {"type": "string"}, "role": _nullable({"type": "string"})}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://github.com/review-records/review-records/schema/review-record-1.json",
            "title": "review-record/1", "type": "object",
            "required": ["schema", "source", "area", "partnership", "period", "figures",
                         "quotes", "people", "warnings"],
            "properties": {"schema": {"const": SCHEMA_VERSION}, "source": source,
                           "area": _nullable({"type": "string"}),
                           "area_code": _nullable({
                               "type": "string", "pattern": "^[ENSW][0-9]{8}$",
                               "description": "the area's official GSS code (ONS)"}),
                           "areas": {"type": "array", "items": {"type": "string"},
                                     "description": "the councils a document about several "
                                                    "areas covers (area is null)"},
                           "partnership": _nullable({"type": "string"}),
                           "period": _period_schema(),
                           "figures": {"type": "array", "items": figure},
                           "quotes": {"type": "array", "items": quote},
                           "people": {"type": "array", "items": person},
                           "warnings": {"type": "array", "items": {"type": "string"}}}}
