"""The first-sight metadata study (docs/metadata_first_sight.md): the kept dump and the answer
features of benchmarks/metadata_first_sight_cv.py (not shipped; the benchmark must keep running)."""

import gzip
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import metadata_first_sight_cv as cv  # noqa: E402


def test_first_sight_metadata_dump_is_kept():
    with gzip.open(cv.FIRST_SIGHT, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert {r["set"] for r in rows} == set(cv.SETS)
    assert len(rows) == 126
    assert all({"doc", "period", "partnership", "area", "kind"} <= set(r) for r in rows if not r["failed"])


TEXT = "Annual report 2024/25. In 2024/25 the partnership held 12 reviews; in 2023/24 it held 9."


@pytest.mark.parametrize("answer,shape,months", [
    (("2024-04-01", "2025-03-31"), "fy", 12),
    (("2024-01-01", "2024-12-31"), "calendar", 12),
    (("2024-09-01", "2025-08-31"), "academic", 12),
    (("2024-04-01", "2024-06-30"), "short", 3),
    (("2022-04-01", "2025-03-31"), "long", 36),
    (("2024-04-01", "2024-09-30"), "short", 6),
    (("2025-01-01", "2025-12-31"), "calendar", 12),
    (("2023-04-01", "2024-03-31"), "fy", 12),
    (("2024-08-01", "2025-07-31"), "academic", 12),
    (("2021-01-01", "2025-12-31"), "long", 60),
])
def test_period_answer_features(answer, shape, months):
    x = cv.period_features({"base": 1.0}, answer, TEXT, "2025-06-01", ("2024-04-01", "2025-03-31"))
    assert x["shape=" + shape] == 1.0 and x["base"] == 1.0
    assert abs(x["months"] - __import__("math").log1p(months)) < 1e-9
    assert x["is_vote"] == float(answer == ("2024-04-01", "2025-03-31"))
    assert "answer_none" not in x


def test_no_answer_has_only_the_document_features():
    x = cv.period_features({"base": 1.0}, (None, None), TEXT, None, (None, None))
    assert x == {"base": 1.0, "answer_none": 1.0}
