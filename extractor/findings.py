"""Typed findings: what the extractors produce and the record is made of.

These mirror the record shape of the spec (shared/spec/README.md section 1); `to_dict`
gives exactly the JSON the record carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: ISO dates (either may be None) and the words it came from."""

    start: str | None
    end: str | None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Period | None:
        if not data:
            return None
        return cls(data.get("start"), data.get("end"), data.get("text"))


@dataclass(slots=True)
class Mention:
    """One place a figure is said: its text, sentence, page and offsets."""

    text: str
    sentence: str
    page: int
    start: int
    end: int
    bbox: BBox | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "sentence": self.sentence, "page": self.page,
                               "start": self.start, "end": self.end}
        if self.bbox is not None:
            out["bbox"] = [round(v, 2) for v in self.bbox]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        bbox = d.get("bbox")
        return cls(d["text"], d.get("sentence", ""), d.get("page", 1), d["start"], d["end"],
                   tuple(bbox) if bbox else None)


@dataclass(slots=True)
class Figure:
    """A reported fact: what is counted (metric, subject), value, unit, period, mentions."""

    metric: str
    value: float
    unit: str
    subject: str
    confidence: float
    mentions: list[Mention] = field(default_factory=list)
    period: Period | None = None
    qualifier: str | None = None
    method: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        out: dict[str, Any] = {"metric": self.metric, "value": value, "unit": self.unit,
                               "subject": self.subject, "confidence": round(self.confidence, 3),
                               "mentions": [m.to_dict() for m in self.mentions]}
        if self.period is not None:
            out["period"] = self.period.to_dict()
        if self.qualifier:
            out["qualifier"] = self.qualifier
        out["method"] = self.method
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(d["metric"], d["value"], d["unit"], d.get("subject", ""),
                   d.get("confidence", 1.0), [Mention.from_dict(m) for m in d.get("mentions", [])],
                   Period.from_dict(d.get("period")), d.get("qualifier"), d.get("method", "rule"))


@dataclass(slots=True)
class Quote:
    """A direct quote: its words (quote marks dropped), resolved speaker, cue and place."""

    text: str
    speaker: str | None
    cue: str | None
    page: int
    start: int
    end: int
    speaker_role: str | None = None
    bbox: BBox | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "speaker": self.speaker,
                               "speaker_role": self.speaker_role, "cue": self.cue,
                               "page": self.page, "start": self.start, "end": self.end,
                               "confidence": round(self.confidence, 3)}
        if self.bbox is not None:
            out["bbox"] = [round(v, 2) for v in self.bbox]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        bbox = d.get("bbox")
        return cls(d["text"], d.get("speaker"), d.get("cue"), d.get("page", 1), d["start"],
                   d["end"], d.get("speaker_role"), tuple(bbox) if bbox else None,
                   d.get("confidence", 1.0))


@dataclass(frozen=True, slots=True)
class Person:
    """A named person in the document and their role as written."""

    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}
