"""The gate on the reporting period's last resort: whether the year a document names most (or the
span, the window or the snapshot it falls back to) is its own, or only a year its text cites.

`extractor.reporting_period` reads a document's period by its constructions first (a scope
sentence, a heading, a coverage label, a date); when none speaks it votes for the financial year
named most. The vote is right for a story or a report about one year's figures and wrong for a
document whose years are citations: a briefing or an appeal that argues a case, a review that
recommends, a page of events. Which is which is no one construction, so a small classifier
decides, from features of the whole document computed once when the vote is reached: how the
winning year is named and how often against its runners-up, whether figures are stated for it,
where it first stands, who publishes the document, whether it states its own scope, whether it
argues or appeals (first and second person, asks), its length.

Trained by `extractor.training.train_period_gate` on every annotated development document (the
label: the vote's answer is the gold period); cross-validated leave-one-folder-out by
`benchmarks/period_gate_cv.py`. With no saved model the gate accepts every vote.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from .publisher import outside_publisher, voice_publisher

MODEL_NAME = "period_gate"
# The vote is kept unless the gate is this sure it is a citation's year: a wrong None costs as
# much as a wrong year, and most votes are right.
REJECT_AT = 0.5

_WE = re.compile(r"\b(?:we|our|us|we[’']re|we[’']ve)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
_ASK = re.compile(r"\b(?:we\s+are\s+(?:asking|calling)|we\s+ask|we\s+urge|call(?:s|ing)?\s+on|"
                  r"please|donate|sign\s+up|pledge|support\s+us|urg(?:e|es|ing)\s+the)\b", re.I)
_RECOMMEND = re.compile(r"\b(?:recommend(?:s|ed|ation|ations)?|should|must|we\s+propose)\b", re.I)
_ANNUAL = re.compile(r"\b(?:annual|yearly|year[\s-]end|end[\s-]of[\s-]year)\s+(?:report|review|"
                     r"summary|statistics|data|figures)\b|\bin\s+review\b", re.I)
_REPORT_HEAD = re.compile(r"\b(?:report|review|statistics|performance|update|summary|monitoring|"
                          r"figures|data)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?")
_YEAR_NUMBER = re.compile(r"^(?:19|20)\d\d$")
_DAY_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|"
                       r"July|August|September|October|November|December)\s+(?:19|20)\d\d\b")


def gate_features(text: str, title: str | None, context: list[str] | tuple[str, ...],
                  vote: dict[str, Any]) -> dict[str, Any]:
    """The document's features for the gate. `vote` is what the rules know of their last
    resort: `path` (which fallback answered), `named` (times its year is named as the
    document's own), `runner_up` (the next year's count), `years` (distinct years named),
    `first_at` (where it is first named), `in_heading`, `figures` (its mentions with another
    number in the sentence), `scope` (whether the text has a scope sentence of its own) and
    `date_gap` (years from the answer's end to the document's date, or None)."""
    words = max(1, len(text.split()))
    per_k = 1000.0 / words
    head = "\n".join(h for h in (title or "", *text.lstrip().split("\n", 3)[:3]) if h)
    out: dict[str, Any] = {
        f"path={vote.get('path')}": 1.0,
        "named": math.log1p(vote.get("named", 0)),
        "named_once": float(vote.get("named", 0) <= 1),
        "runner_up": math.log1p(vote.get("runner_up", 0)),
        "lead_share": vote.get("named", 0) / max(1, vote.get("named", 0) + vote.get("runner_up", 0)),
        "years": math.log1p(vote.get("years", 0)),
        "first_at": min(1.0, vote.get("first_at", 0) / max(1, len(text))),
        "first_in_lead": float(vote.get("first_at", 10**9) < 800),
        "in_heading": float(bool(vote.get("in_heading"))),
        "figures": math.log1p(vote.get("figures", 0)),
        "no_figures": float(not vote.get("figures")),
        "scope": float(bool(vote.get("scope"))),
        "annual_head": float(bool(_ANNUAL.search(head))),
        "report_head": float(bool(_REPORT_HEAD.search(head))),
        "we": min(1.0, len(_WE.findall(text)) * per_k / 30),
        "you": min(1.0, len(_YOU.findall(text)) * per_k / 15),
        "asks": min(1.0, len(_ASK.findall(text)) * per_k / 5),
        "recommends": min(1.0, len(_RECOMMEND.findall(text)) * per_k / 10),
        "numbers": min(1.0, sum(1 for n in _NUMBER.findall(text) if not _YEAR_NUMBER.match(n))
                       * per_k / 40),
        "day_dates": min(1.0, len(_DAY_DATE.findall(text)) * per_k / 5),
        "length": math.log10(max(10, len(text))) / 6,
        f"publisher={outside_publisher(text, context, title) or 'none'}": 1.0,
        "voice": float(voice_publisher(text, context)),
    }
    gap = vote.get("date_gap")
    out["dated"] = float(gap is not None)
    if gap is not None:
        out["date_gap"] = max(-1.0, min(3.0, float(gap))) / 3
    return out


@lru_cache(maxsize=1)
def _model() -> Any:
    from .classify import load_model
    from .errors import ModelError

    try:
        return load_model(MODEL_NAME)[0]
    except ModelError:
        return None


def gate_ready() -> bool:
    """Whether a trained gate is saved (without one every vote is kept)."""
    return _model() is not None


def reject_probability(features: dict[str, Any], model: Any = None) -> float:
    """The gate's probability that the vote's answer is not the document's period (0.0 with no
    model)."""
    model = model if model is not None else _model()
    if model is None:
        return 0.0
    classes = list(model.classes_)
    return float(model.predict_proba([features])[0][classes.index("reject")])
