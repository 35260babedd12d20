"""Scoring against gold files, exactly as shared/spec/README.md section 3 defines it.

Pure functions over record and gold dicts (no spaCy here), so anyone can score their own
annotated folder and get the same numbers. Per document counts are summed over the folder
(micro-averaged).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VALUE_TOLERANCE = 0.01
META_FIELDS = ("area", "partnership", "period_start", "period_end", "kind")
_WORD = re.compile(r"[^\w\s']+")


@dataclass(slots=True)
class Counts:
    """Raw counts for one document or a whole folder."""

    loose_tp: int = 0
    strict_tp: int = 0
    pred_loose: int = 0
    pred_strict: int = 0
    gold_figures: int = 0
    quote_tp: int = 0
    quote_pred: int = 0
    quote_gold: int = 0
    speakers_right: int = 0
    speakers_total: int = 0
    meta_right: Counter[str] = field(default_factory=Counter)
    docs: int = 0
    not_figure_hits: int = 0

    def add(self, other: Counts) -> None:
        for name in ("loose_tp", "strict_tp", "pred_loose", "pred_strict", "gold_figures",
                     "quote_tp", "quote_pred", "quote_gold", "speakers_right",
                     "speakers_total", "docs", "not_figure_hits"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.meta_right.update(other.meta_right)


def words(text: str) -> list[str]:
    """Lower-cased words with punctuation dropped (straight and curly apostrophes alike)."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return [w.strip("'") for w in _WORD.sub(" ", text).split() if w.strip("'")]


def _same_value(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) <= VALUE_TOLERANCE
    except (TypeError, ValueError):
        return False


def _match_figures(preds: list[dict[str, Any]], gold: list[dict[str, Any]],
                   strict: bool) -> tuple[int, int]:
    """(matched required gold, predicted count less preds taken by optional gold)."""
    used = [False] * len(preds)

    def take(g: dict[str, Any]) -> bool:
        for i, p in enumerate(preds):
            if used[i] or p.get("unit") != g.get("unit") or not _same_value(p.get("value"),
                                                                            g.get("value")):
                continue
            if strict and p.get("metric") != g.get("metric"):
                continue
            used[i] = True
            return True
        return False

    matched = sum(take(g) for g in gold if not g.get("optional"))
    optional_taken = sum(take(g) for g in gold if g.get("optional"))
    return matched, len(preds) - optional_taken


def _similarity(a: Counter[str], b: Counter[str]) -> float:
    """Word overlap over word union: which gold quote a prediction is a prediction of."""
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 0.0


def _quote_counts(preds: list[dict[str, Any]], gold: list[dict[str, Any]]
                  ) -> tuple[int, int, int, int, int]:
    """(token tp, pred tokens, gold tokens, speakers right, gold quotes)."""
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    req_words = [Counter(words(g["text"])) for g in required]
    opt_words = [Counter(words(g["text"])) for g in optional]
    kept: list[Counter[str]] = []
    kept_quotes: list[dict[str, Any]] = []
    for p in preds:
        pw = Counter(words(p.get("text", "")))
        best_req = max((_similarity(pw, g) for g in req_words), default=0.0)
        best_opt = max((_similarity(pw, g) for g in opt_words), default=0.0)
        if best_opt and best_opt > best_req:
            continue  # a prediction of an optional quote counts neither for nor against
        kept.append(pw)
        kept_quotes.append(p)
    pred_all: Counter[str] = sum(kept, Counter())
    gold_all: Counter[str] = sum(req_words, Counter())
    tp = sum((pred_all & gold_all).values())
    right = 0
    for g, gw in zip(required, req_words):
        overlaps = [sum((pw & gw).values()) for pw in kept]
        if not overlaps or max(overlaps) == 0:
            continue
        best = kept_quotes[overlaps.index(max(overlaps))]
        right += speaker_right(best.get("speaker"), g)
    return tp, sum(pred_all.values()), sum(gold_all.values()), right, len(required)


def speaker_right(predicted: str | None, gold: dict[str, Any]) -> bool:
    """Gold speaker or an alias (case-insensitive), or a prediction containing the surname."""
    if not predicted or not gold.get("speaker"):
        return False
    pred = predicted.strip().lower()
    names = [gold["speaker"], *gold.get("aliases", [])]
    if pred in (n.strip().lower() for n in names):
        return True
    surname = gold["speaker"].split()[-1].lower()
    return surname in pred


def _norm_name(value: str | None) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\bthe\b", " ", value.lower())
    return " ".join(text.split())


def _meta_right(record: dict[str, Any], gold: dict[str, Any]) -> Counter[str]:
    period = record.get("period") or {}
    gperiod = gold.get("period") or {}
    got = {"area": _norm_name(record.get("area")),
           "partnership": _norm_name(record.get("partnership")),
           "period_start": period.get("start"), "period_end": period.get("end"),
           "kind": (record.get("source") or {}).get("kind")}
    want = {"area": _norm_name(gold.get("area")),
            "partnership": _norm_name(gold.get("partnership")),
            "period_start": gperiod.get("start"), "period_end": gperiod.get("end"),
            "kind": gold.get("kind")}
    return Counter({k: int(got[k] == want[k]) for k in META_FIELDS})


def _not_figure_hits(record: dict[str, Any], gold: dict[str, Any]) -> int:
    traps = [t for t in gold.get("not_figures", []) if t]
    hits = 0
    for fig in record.get("figures", []):
        for m in fig.get("mentions", []):
            if any(m.get("text", "").strip() == t.strip() for t in traps):
                hits += 1
                break
    return hits


def score_document(record: dict[str, Any], gold: dict[str, Any]) -> Counts:
    """Counts for one record against its gold file."""
    preds = record.get("figures", [])
    gold_figs = gold.get("figures", [])
    loose_tp, pred_loose = _match_figures(preds, gold_figs, strict=False)
    strict_tp, pred_strict = _match_figures(preds, gold_figs, strict=True)
    qtp, qpred, qgold, sright, stotal = _quote_counts(record.get("quotes", []),
                                                      gold.get("quotes", []))
    return Counts(loose_tp=loose_tp, strict_tp=strict_tp, pred_loose=pred_loose,
                  pred_strict=pred_strict,
                  gold_figures=sum(1 for g in gold_figs if not g.get("optional")),
                  quote_tp=qtp, quote_pred=qpred, quote_gold=qgold, speakers_right=sright,
                  speakers_total=stotal, meta_right=_meta_right(record, gold), docs=1,
                  not_figure_hits=_not_figure_hits(record, gold))


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def metrics(c: Counts) -> dict[str, float]:
    """The spec's metrics from summed counts (keys named as spaCy names its scores)."""
    out: dict[str, float] = {}
    for key, tp, pred in (("figures_loose", c.loose_tp, c.pred_loose),
                          ("figures_strict", c.strict_tp, c.pred_strict)):
        p, r, f = _prf(tp, pred, c.gold_figures)
        out.update({f"{key}_p": p, f"{key}_r": r, f"{key}_f": f})
    p, r, f = _prf(c.quote_tp, c.quote_pred, c.quote_gold)
    out.update({"quotes_p": p, "quotes_r": r, "quotes_f": f})
    out["speakers_acc"] = c.speakers_right / c.speakers_total if c.speakers_total else 0.0
    for name in META_FIELDS:
        out[f"meta_{name}_acc"] = c.meta_right[name] / c.docs if c.docs else 0.0
    out["meta_acc"] = sum(out[f"meta_{n}_acc"] for n in META_FIELDS) / len(META_FIELDS)
    return out


def gold_files(gold_dir: Path) -> list[Path]:
    """Every *.gold.json under `gold_dir` (not recursive)."""
    return sorted(gold_dir.glob("*.gold.json"))


def source_of(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The annotated document a gold file describes (its `doc` field, else by name)."""
    if gold.get("doc"):
        return gold_path.parent / gold["doc"]
    stem = gold_path.name[: -len(".gold.json")]
    for ext in (".pdf", ".html", ".htm", ".txt"):
        if (gold_path.parent / (stem + ext)).is_file():
            return gold_path.parent / (stem + ext)
    return gold_path.parent / stem


def evaluate(gold_paths: Iterable[Path],
             predict: Callable[[Path], dict[str, Any] | None]) -> dict[str, Any]:
    """Score `predict(source_path)` records against each gold file; per-doc rows too.

    A `None` prediction (the document failed) scores as an empty record.
    """
    total = Counts()
    rows = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = source_of(gold_path, gold)
        record = predict(src) or {"figures": [], "quotes": [], "source": {}}
        counts = score_document(record, gold)
        total.add(counts)
        rows.append({"doc": src.name, **{k: round(v, 4) for k, v in metrics(counts).items()},
                     "figures_pred": counts.pred_loose, "figures_gold": counts.gold_figures,
                     "not_figure_hits": counts.not_figure_hits})
    return {"scores": metrics(total), "documents": rows,
            "counts": {"documents": total.docs, "gold_figures": total.gold_figures,
                       "predicted_figures": total.pred_loose,
                       "gold_quote_words": total.quote_gold,
                       "gold_quotes": total.speakers_total,
                       "not_figure_hits": total.not_figure_hits}}


def records_by_name(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Index records by their source file name, for scoring saved predictions."""
    return {Path(r["source"]["path"]).name: r for r in records}
