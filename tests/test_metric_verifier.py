"""The metric verifier (extractor.figures.metric_check): labels, features, the check, training."""

from __future__ import annotations

import json

import numpy as np
import pytest

from extractor import training
from extractor.classify import load_model
from extractor.figures import metric_check as mc
from extractor.findings import Figure, Mention


def _fig(metric: str, value: float, unit: str = "count") -> dict:
    return {"metric": metric, "value": value, "unit": unit}


# (predictions, gold, statuses): a gold figure takes a prediction of the same value and unit,
# one of the same metric first; what is left of a prediction says why it is wrong
LABEL_ROWS = [
    ([_fig("rapid_reviews", 4)], [_fig("rapid_reviews", 4)], ["right"]),
    ([_fig("rapid_reviews", 4)], [_fig("other", 4)], ["gold_other"]),
    ([_fig("rapid_reviews", 4)], [_fig("child_deaths", 4)], ["wrong_specific"]),
    ([_fig("rapid_reviews", 4)], [_fig("rapid_reviews", 5)], ["spurious"]),
    ([_fig("rapid_reviews", 4)], [_fig("rapid_reviews", 4, "percent")], ["spurious"]),
    ([_fig("other", 4), _fig("rapid_reviews", 4)], [_fig("rapid_reviews", 4)], ["spurious", "right"]),
    ([_fig("rapid_reviews", 4), _fig("rapid_reviews", 4)], [_fig("other", 4), _fig("rapid_reviews", 4)],
     ["right", "gold_other"]),
    ([_fig("child_deaths", 12), _fig("recommendations", 3)], [_fig("other", 12), _fig("recommendations", 3)],
     ["gold_other", "right"]),
    ([_fig("social_care_referrals", 7.5, "percent")], [_fig("social_care_referrals", 7.5, "percent")], ["right"]),
    ([_fig("court_orders", 2)], [], ["spurious"]),
    ([], [_fig("court_orders", 2)], []),
]


@pytest.mark.parametrize(("preds", "gold", "want"), LABEL_ROWS)
def test_label_figures(preds, gold, want):
    assert training.label_figures(preds, gold) == want


@pytest.mark.parametrize(("method", "family"), [
    ("rule:inherit:noun", "inherit"), ("rule:inherit:subject", "inherit"), ("rule:table", "table"),
    ("table:header", "table"), ("rule:lex", "lexicon"), ("lexicon", "lexicon"), ("rule:noun", "rule"),
    ("rule:share_of_whole", "rule"), ("model", "model"), (None, "none"),
])
def test_method_family(method, family):
    assert mc.method_family(method) == family


# (sentence, number, metric, own name within 3 words, another metric's name nearer):
# invented plain council sentences
NAME_ROWS = [
    ("The partnership carried out 6 rapid reviews in the year.", "6", "rapid_reviews", 1, 0),
    ("There were 6 rapid reviews and 2 notifications.", "6", "rapid_reviews", 1, 0),
    ("There were 6 rapid reviews and 2 notifications.", "2", "serious_incident_notifications", 1, 0),
    ("We held 14 training sessions for staff.", "14", "rapid_reviews", 0, 0),
    ("In total 40 children were subject to a child protection plan.", "40", "child_protection_plans", 0, 0),
    ("Of the 9 rapid reviews, 3 led to a practice review.", "9", "rapid_reviews", 1, 0),
    ("The board made 5 recommendations after 2 rapid reviews.", "5", "recommendations", 1, 0),
    ("The board made 5 recommendations after 2 rapid reviews.", "2", "recommendations", 1, 1),
    ("The front door took 310 social care referrals in the year.", "310", "social_care_referrals", 1, 0),
    ("The council ran 3 consultations on its budget.", "3", "serious_incident_notifications", 0, 0),
]


@pytest.mark.parametrize(("sentence", "number", "metric", "own3", "closer"), NAME_ROWS)
def test_features_name_the_metric_near_the_number(sentence, number, metric, own3, closer):
    f = {"metric": metric, "value": float(number), "unit": "count", "method": "rule:noun",
         "confidence": 0.9, "subject": "", "text": number, "sentence": sentence}
    x = mc.features(f, "annual_report", "pdf", mc.doc_stats([f]))
    assert x["own_within3"] == own3
    assert x["other_specific_closer"] == closer
    assert x["fam=rule"] == 1 and x["metric=" + metric] == 1


def _figures() -> list[Figure]:
    def one(metric: str, value: float, sentence: str) -> Figure:
        at = sentence.index(str(value))
        return Figure(metric, value, "count", "", 0.9,
                      [Mention(str(value), sentence, 1, at, at + len(str(value)))], method="rule:noun")
    return [one("rapid_reviews", 6, "The partnership carried out 6 rapid reviews."),
            one("child_deaths", 14, "We held 14 training sessions."),
            one("other", 3, "The council ran 3 consultations.")]


class _Stub:
    """A fitted-model stand-in: P(right) by the metric named in the features."""

    def predict_proba(self, xs):
        p = [0.9 if x.get("metric=rapid_reviews") else 0.1 for x in xs]
        return np.array([[1 - v, v] for v in p])


def test_check_metrics_turns_doubted_metrics_into_other(monkeypatch):
    monkeypatch.setattr(mc, "_model", lambda: (_Stub(), 0.5))
    figs = _figures()
    mc.check_metrics(figs, "annual_report", "pdf")
    assert [f.metric for f in figs] == ["rapid_reviews", "other", "other"]
    assert [f.method for f in figs] == ["rule:noun", "rule:noun+doubted", "rule:noun"]


def test_check_metrics_without_a_model_changes_nothing(monkeypatch):
    monkeypatch.setattr(mc, "_model", lambda: None)
    figs = _figures()
    mc.check_metrics(figs, None, "txt")
    assert [f.metric for f in figs] == ["rapid_reviews", "child_deaths", "other"]


def test_figure_row_reads_what_the_dumps_hold():
    row = mc.figure_row(_figures()[0])
    assert row["text"] == "6" and row["sentence"].startswith("The partnership")
    assert {"metric", "value", "unit", "method", "confidence", "subject"} <= set(row)


def test_saved_verifier_loads_with_trusted_types():
    model, meta = load_model(mc.MODEL_NAME)
    assert meta["threshold"] == training.VERIFIER_THRESHOLD
    assert len(meta["first_sight_sets"]) >= 7
    p = model.predict_proba([{"fam=rule": 1, "metric=rapid_reviews": 1, "own_within3": 1}])
    assert p.shape == (1, 2)


def test_first_sight_outputs_are_kept():
    rows = training.read_outputs(training.FIRST_SIGHT_OUTPUTS)
    sets = {r["set"] for r in rows}
    assert {f"styles{n}" for n in range(13, 22)} <= sets
    assert all("sentence" in f for r in rows for f in r["figures"])


@pytest.mark.slow
def test_train_metric_verifier_saves_and_reloads(tmp_path):
    rows = [r for r in training.read_outputs(training.FIRST_SIGHT_OUTPUTS) if r["set"] == "styles19"]
    for r in rows:
        r["set"] = "current"
    meta = training.train_metric_verifier([], current=rows, models_dir=tmp_path)
    assert meta["counts"]["right"] > meta["counts"]["gold_other"] > 0
    model, saved = load_model(mc.MODEL_NAME, tmp_path)
    assert saved["threshold"] == meta["threshold"]
    assert json.loads((tmp_path / mc.MODEL_NAME / "meta.json").read_text())["n_examples"] == meta["n_examples"]
