"""The scorer implements spec section 3 exactly: hand-made cases with known answers."""

import json

import pytest

from extractor.evaluate import evaluate, gold_files, metrics, score_document, speaker_right, words
from tests.conftest import CORPUS


def fig(value, unit="count", metric="other", optional=False):
    out = {"value": value, "unit": unit, "metric": metric}
    if optional:
        out["optional"] = True
    return out


def test_words_drop_punctuation_and_unify_apostrophes():
    assert words("“They didn’t meet the criteria,” she said.") == [
        "they", "didn't", "meet", "the", "criteria", "she", "said"]


def test_figures_loose_and_strict():
    gold = {"figures": [fig(5, metric="rapid_reviews"), fig(64, "rate_per_10000",
                                                             "child_protection_plans"),
                        fig(3, metric="court_orders")]}
    record = {"figures": [fig(5.004, metric="rapid_reviews"), fig(64, "count"),
                          fig(3, metric="other"), fig(9)]}
    c = score_document(record, gold)
    assert (c.loose_tp, c.pred_loose, c.gold_figures) == (2, 4, 3)
    assert c.strict_tp == 1
    m = metrics(c)
    assert m["figures_loose_p"] == pytest.approx(0.5)
    assert m["figures_loose_r"] == pytest.approx(2 / 3)


def test_optional_gold_counts_neither_for_nor_against():
    gold = {"figures": [fig(5), fig(0, optional=True), fig(50, "percent", optional=True)]}
    matched_optional = score_document({"figures": [fig(5), fig(0)]}, gold)
    assert (matched_optional.loose_tp, matched_optional.pred_loose,
            matched_optional.gold_figures) == (1, 1, 1)
    missed_optional = score_document({"figures": [fig(5)]}, gold)
    assert (missed_optional.loose_tp, missed_optional.pred_loose) == (1, 1)


def test_required_figures_are_matched_before_optional_ones():
    gold = {"figures": [fig(7, optional=True), fig(7)]}
    c = score_document({"figures": [fig(7)]}, gold)
    assert (c.loose_tp, c.pred_loose) == (1, 1)


def test_each_prediction_matches_one_gold_figure():
    gold = {"figures": [fig(5), fig(5)]}
    c = score_document({"figures": [fig(5)]}, gold)
    assert (c.loose_tp, c.gold_figures) == (1, 2)


def test_quote_tokens_and_speakers():
    gold = {"quotes": [
        {"text": "Safeguarding has remained very challenging.", "speaker": "Alan Caton",
         "aliases": ["Mr Caton"]},
        {"text": "particularly high", "speaker": "Alan Caton", "optional": True}]}
    record = {"quotes": [
        {"text": "Safeguarding has remained challenging", "speaker": "Mr Caton"},
        {"text": "particularly high", "speaker": None},
        {"text": "an invented quote", "speaker": "Someone"}]}
    c = score_document(record, gold)
    # 4 of 5 gold words found; the optional-quote prediction is dropped; 3 invented words count
    assert (c.quote_tp, c.quote_gold, c.quote_pred) == (4, 5, 7)
    assert (c.speakers_right, c.speakers_total) == (1, 1)


@pytest.mark.parametrize("predicted, right", [
    ("Alan Caton", True), ("alan caton", True), ("Mr Caton", True),
    ("Independent chair Alan Caton", True), ("he", False), (None, False), ("Alan", False)])
def test_speaker_rule(predicted, right):
    gold = {"speaker": "Alan Caton", "aliases": ["Caton", "Mr Caton"]}
    assert speaker_right(predicted, gold) is right


def test_metadata_null_and_the_ignored():
    gold = {"area": "Luton", "partnership": "Luton Safeguarding Children Board",
            "period": {"start": None, "end": None}, "kind": "news_article"}
    record = {"area": "luton", "partnership": "the Luton Safeguarding Children Board",
              "period": {"start": "2021-04-01", "end": None},
              "source": {"kind": "news_article"}}
    right = score_document(record, gold).meta_right
    assert dict(right) == {"area": 1, "partnership": 1, "period_start": 0, "period_end": 1,
                           "kind": 1}


def test_empty_predictions_on_the_shipped_corpus_give_the_documented_denominators():
    paths = [p for p in gold_files(CORPUS) if p.name.startswith(("dev", "pair1", "pair2"))]  # the copy of corpus-dev
    result = evaluate(paths, lambda _src: None)
    assert result["counts"]["documents"] == 20
    assert result["counts"]["gold_figures"] == 497
    assert result["counts"]["gold_quotes"] == 90
    assert result["scores"]["figures_loose_f"] == 0.0


def test_gold_scored_against_itself_is_perfect():
    def perfect(src):
        gold = json.loads(src.with_name(src.stem + ".gold.json").read_text())
        return {"figures": [f for f in gold["figures"] if not f.get("optional")],
                "quotes": [q for q in gold["quotes"] if not q.get("optional")],
                "area": gold["area"], "partnership": gold["partnership"],
                "period": gold["period"], "source": {"kind": gold["kind"]}}

    scores = evaluate(gold_files(CORPUS), perfect)["scores"]
    assert all(v == pytest.approx(1.0) for v in scores.values())


@pytest.mark.parametrize("predicted, counted", [
    ("too slow", True),             # the required fragment, although the optional headline has it too
    ("We were too slow", False),    # the optional headline quote itself
])
def test_a_prediction_belongs_to_the_gold_quote_it_matches_best(predicted, counted):
    gold = {"quotes": [{"text": "too slow", "speaker": "the review"},
                       {"text": "We were too slow", "speaker": "the review", "optional": True}]}
    c = score_document({"quotes": [{"text": predicted, "speaker": "the review"}]}, gold)
    assert (c.quote_pred > 0) is counted
    assert c.speakers_right == int(counted)
