"""The metric classifier: features from the parse, gold alignment, training, save/load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import metric_model as mm, training
from extractor.classify import load_model
from extractor.figures import rule_metric_for
from extractor.ingest import load
from extractor.pipeline import to_doc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT / "seeds" / "000_398829baec4c2923.txt"


def _span_of(doc, phrase: str, number: str) -> tuple[int, int]:
    """Token span of `number` inside the first occurrence of `phrase` in the doc."""
    at = doc.text.index(phrase) + phrase.index(number)
    span = doc.char_span(at, at + len(number), alignment_mode="expand")
    return span.start, span.end


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return nlp(load(SEED).text)


def test_features_name_the_counted_noun_and_verb(seed_doc):
    feats = mm.metric_features(seed_doc, *_span_of(seed_doc, "undertook five local rapid reviews",
                                                   "five"), None)
    assert feats["head=review"] == 1.0
    assert feats["np=rapid"] == 1.0
    assert feats["verb=undertake"] == 1.0
    assert feats["near_review=rapid_review"] == 1.0
    assert "rule=" not in "".join(feats)


def test_features_follow_of_phrase_to_the_noun(seed_doc):
    phrase = "Three of these families then became subject to a court order"
    feats = mm.metric_features(seed_doc, *_span_of(seed_doc, phrase, "Three"), "court_orders")
    assert feats["head=family"] == 1.0
    assert feats["verb=become"] == 1.0
    assert feats["sent=court"] > 0
    assert feats["rule=court_orders"] == 1.0


def test_rate_figure_finds_subject_through_the_verb(seed_doc):
    feats = mm.metric_features(seed_doc, *_span_of(seed_doc, "remained stable at 64", "64"), None)
    assert feats["verb=remain"] == 1.0
    assert feats["measure=rate"] == 1.0 or feats.get("head=rate") == 1.0


def test_mention_span_with_unit_symbols_gives_same_features(nlp):
    doc = nlp("The council put an extra £1.2m into early help, and 64% of plans were reviewed.")
    money = doc.char_span(doc.text.index("£"), doc.text.index("m into") + 1)
    bare = doc.char_span(doc.text.index("1.2"), doc.text.index("1.2") + 3)
    assert mm.metric_features(doc, money.start, money.end, None) == \
        mm.metric_features(doc, bare.start, bare.end, None)
    pct = doc.char_span(doc.text.index("64%"), doc.text.index("64%") + 3)
    feats = mm.metric_features(doc, pct.start, pct.end, None)
    assert feats["unit=percent"] == 1.0 and feats["head=plan"] == 1.0


@pytest.mark.parametrize("tokens,value", [
    (["Twenty", "-", "three"], 23), (["a", "third"], 33.33), (["two", "-", "thirds"], 66.67),
    (["one", "in", "five"], 20), (["£", "1.2", "m"], 1_200_000), (["1,084"], 1084),
    (["none"], 0), (["Not", "one"], 0), (["£", "4.3", "m."], 4_300_000), (["2022/23"], None),
])
def test_span_value_reads_gold_numbers(tokens, value):
    got = training.span_value(tokens)
    assert (got is None) if value is None else got == pytest.approx(value, abs=0.01)


def test_anchor_found_across_whitespace_hyphens_and_table_bars():
    text = "The review of prac-\ntice found  ‘nine’ cases.\nRapid reviews | 5 | 7 | 11\n"
    start, end = training.find_anchor(text, "review of practice found 'nine' cases")
    assert text[start:end].startswith("review of prac-") and text[start:end].endswith("cases")
    start, end = training.find_anchor(text, "Rapid reviews 5 7 11")
    assert text[start:end] == "Rapid reviews | 5 | 7 | 11"
    assert training.find_anchor(text, "twelve cases") is None


def test_number_span_prefers_the_number_over_articles(nlp):
    doc = nlp("A review found that one family had been missed.")
    start, end = training.number_span(doc, 0, len(doc.text), 1)
    assert doc[start:end].text == "one"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """Train on the text documents of corpus/ (fast to ingest) into a temporary models dir."""
    folder = tmp_path_factory.mktemp("gold")
    for gold in CORPUS.glob("*.gold.json"):
        doc = json.loads(gold.read_text(encoding="utf-8"))["doc"]
        if doc.endswith(".txt"):
            (folder / gold.name).symlink_to(gold)
            (folder / doc).symlink_to(CORPUS / doc)
    models = tmp_path_factory.mktemp("models")
    return training.train_metric_model([folder], models_dir=models), models


@pytest.mark.slow  # trains the metric model
def test_grouped_cv_beats_majority_baseline(trained):
    meta, _ = trained
    assert meta["n_documents"] >= 10 and meta["n_examples"] > 150
    assert meta["cv_accuracy"] > meta["majority_baseline"] + 0.1
    assert "other" in meta["labels"] and len(meta["data_hash"]) == 64


@pytest.mark.slow  # trains the metric model
def test_save_load_round_trip_predicts_the_same(trained, seed_doc):
    meta, models = trained
    model, saved = load_model(mm.MODEL_NAME, models)
    assert saved["labels"] == meta["labels"]
    feats = mm.metric_features(seed_doc, *_span_of(
        seed_doc, "Five serious incident notifications", "Five"), None)
    direct = model.predict([feats])[0]
    metric, prob = mm.predict_metric(feats, models_dir=models)
    assert metric == direct and 0 < prob <= 1
    assert metric == "serious_incident_notifications"


def test_predict_metric_none_without_model(tmp_path):
    assert mm.predict_metric({"head=review": 1.0}, models_dir=tmp_path / "absent") is None


@pytest.mark.slow  # trains the metric model
def test_models_dir_environment_variable_points_the_loader(trained, tmp_path, monkeypatch):
    _meta, models = trained
    feats = {"head=review": 1.0, "rule=rapid_reviews": 1.0}
    monkeypatch.setenv(mm.MODELS_ENV, str(models))
    assert mm.resolve_models_dir() == models and mm.predict_metric(feats) is not None
    monkeypatch.setenv(mm.MODELS_ENV, str(tmp_path / "absent"))
    assert mm.predict_metric(feats) is None


def test_rule_reading_of_a_span(nlp):
    doc = nlp("The partnership made 24 recommendations in 2023. There are 17 still open. "
              "The pilot cost £350,000 over six months.")
    assert rule_metric_for(doc, *_span_of(doc, "made 24 rec", "24")) == ("recommendations", "recs")
    assert rule_metric_for(doc, *_span_of(doc, "17 still", "17")) == ("recommendations", "inherit")
    assert rule_metric_for(doc, *_span_of(doc, "£350,000", "350,000")) == ("other", "unit")
    assert rule_metric_for(doc, *_span_of(doc, "in 2023", "2023")) is None  # a year, no figure


def test_elided_count_sees_the_figure_before(nlp):
    doc = nlp("The partnership made 24 recommendations. There are 17 still open.")
    span = _span_of(doc, "17 still", "17")
    feats = mm.metric_features(doc, *span, *rule_metric_for(doc, *span))
    assert feats["prev_fig=recommendations"] == 1.0 and feats["elided_prev=recommendations"] == 1.0
    first = mm.metric_features(doc, *_span_of(doc, "24 rec", "24"), "recommendations", "recs")
    assert not any(k.startswith(("prev_fig=", "elided_prev=")) for k in first)
    assert first["rule_id=recs"] == 1.0 and first["rule=recommendations"] == 1.0


def test_training_examples_carry_the_rule_reading(nlp):
    gold_path = SEED.with_name(SEED.stem + ".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = load(SEED)
    examples = training.doc_examples(to_doc(document, nlp), gold, SEED.name, document)
    assert len(examples) >= 8
    assert all(sum(k.startswith("rule=") for k in e.features) == 1 for e in examples)
    assert not any("rule_id=inherit" in e.features for e in examples)  # the classifier never sees those
    agree = sum(e.features.get("rule=" + e.label) == 1.0 for e in examples)
    assert agree >= len(examples) // 2


def test_committed_model_beats_baseline_on_held_out_seed(nlp):
    """The seed is not in corpus/, so the committed model has never seen it."""
    if not (ROOT / "models" / mm.MODEL_NAME / "model.skops").is_file():
        pytest.skip("metric model not trained in this checkout")
    examples = training._doc_examples(SEED.with_name(SEED.stem + ".gold.json"), nlp)
    assert len(examples) >= 8
    labels = [e.label for e in examples]
    right = sum(mm.predict_metric(e.features)[0] == e.label for e in examples)
    majority = max(labels.count(m) for m in set(labels))
    assert right > majority
