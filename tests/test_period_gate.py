"""The period gate (extractor.period_gate): its features, its hook on the last resort, and its
leave-one-folder-out cross-validation (extractor.training), on invented documents and cases."""

from __future__ import annotations

import pytest

from extractor import period_gate, reporting_period, training
from extractor.metadata import find_period

# An invented story whose period only the vote finds: the financial year it names most.
_STORY = ("Council adoption figures\nIn 2024/25 the council placed 41 children for adoption. "
          "In 2024/25 the average wait was 14 months. Officers said 2023/24 had been slower.\n")


def test_the_vote_stands_without_a_saved_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporting_period, "gate_ready", lambda: False)
    period = find_period(_STORY)
    assert period is not None and (period.start, period.end) == ("2024-04-01", "2025-03-31")


def test_a_gate_sure_of_a_citation_leaves_no_period(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporting_period, "gate_ready", lambda: True)
    monkeypatch.setattr(reporting_period, "reject_probability", lambda features: 0.99)
    assert find_period(_STORY) is None
    monkeypatch.setattr(reporting_period, "reject_probability", lambda features: 0.01)
    assert find_period(_STORY) is not None


def test_the_trace_holds_the_last_resort_and_its_features() -> None:
    trace: dict = {}
    reporting_period.document_period(_STORY, gate=False, trace=trace)
    assert trace["path"] == "vote"
    assert trace["features"]["named"] > trace["features"]["runner_up"] > 0
    assert trace["features"]["path=vote"] == 1.0


def test_the_last_resort_alone_for_a_document_with_a_scope_sentence() -> None:
    text = ("This report covers 2023/24.\nIn 2024/25 the council placed 41 children. In 2024/25 "
            "waits fell.\n")
    found = reporting_period.last_resort(text)
    assert found is not None and found[0].start == "2024-04-01"  # the vote, whatever came first
    assert found[1]["scope"] == 1.0


def _case(folder: str, i: int, has_period: bool, appeal: bool) -> training.PeriodCase:
    features = {"path=vote": 1.0, "asks": 1.0 if appeal else 0.0, "named": 1.0}
    gold = ("2024-04-01", "2025-03-31") if has_period else (None, None)
    label = "accept" if has_period else "reject"
    return training.PeriodCase(folder, f"d{i}", gold, ("2024-04-01", "2025-03-31"),
                               features if i % 2 else None, (features, label))


def test_leave_one_folder_out_counts_documents() -> None:
    cases = [_case(f"f{k}", i, has_period=i < 4, appeal=i >= 4)
             for k in range(3) for i in range(8)]
    cv = training.period_gate_cv(cases, 0.5)
    assert cv["documents"] == 24 and cv["folders"] == 3
    assert cv["rules_accuracy"] == pytest.approx(12 / 24, abs=1e-4)
    # an appeal's vote is rejected wherever the gate acts (every other case reaches it)
    assert cv["gated_accuracy"] == pytest.approx(18 / 24, abs=1e-4)
    assert set(cv["in_sample"]) == {"f0", "f1", "f2"}


def test_no_saved_model_means_no_rejection() -> None:
    assert not period_gate.gate_ready()  # none is saved: it did not beat the rules alone
    assert period_gate.reject_probability({"named": 1.0}) == 0.0
