"""Record metadata on REAL documents (issue 13): the tool must keep a floor on the hand-annotated
kind, area, partnership and period of real council papers and Ofsted reports in
../shared/external (gold: benchmarks/real_metadata.json, written before the tool ran on them).

Skips when ../shared is absent. Slow: it ingests and parses 48 PDFs (~650 pages).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "real_metadata.py"

# per-field accuracy floors: the measurement after the session-28 fixes (0.958, 1.0, 0.833, 0.833, 0.875;
# the first blind run was 0.958, 0.938, 0.833, 0.833, 0.833), rounded down
FLOORS = {"area": 0.95, "partnership": 1.0, "period_start": 0.83, "period_end": 0.83, "kind": 0.87}


def _bench():
    spec = importlib.util.spec_from_file_location("real_metadata", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_gold_is_well_formed():
    import json

    gold = json.loads((ROOT / "benchmarks" / "real_metadata.json").read_text(encoding="utf-8"))
    kinds = {"news_article", "council_report", "case_review", "other"}
    for item in gold["documents"]:
        assert item["kind"] in kinds
        assert set(item["period"]) == {"start", "end"}
        assert set(item["reasons"]) == {"kind", "area", "partnership", "period"}
        assert not item["path"].startswith("/")


@pytest.mark.slow
def test_real_metadata_floor():
    bench = _bench()
    if not bench.EXTERNAL.is_dir():
        pytest.skip("../shared is not present (it exists only on the developers' machines)")
    result = bench.measure()
    assert result.docs == 48
    acc = result.accuracy()
    low = {name: round(acc[name], 3) for name, floor in FLOORS.items() if acc[name] < floor}
    assert not low, f"below the floor on real documents: {low}; misses: {result.misses}"
