"""Benchmark the number normaliser on third-party English test data (read in place, never copied).

Runs the number-parser English cardinal tables (hundreds, permutations; ordinals must be refused)
and the quantulum3 English cases whose surface is money, a percentage or a number word.
Usage: python benchmarks/numbers_bench.py [SHARED_DIR]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.numbers import find_quantities, parse_words  # noqa: E402

NP_DIR = "external/number-parser-tests/tests/data"
Q3_FILE = "external/quantulum3-tests/quantulum3/_lang/en_US/tests/quantities.json"


def number_word_cases(shared: Path) -> list[tuple[str, float | None]]:
    """(text, expected) from the English cardinal CSVs; ordinals expect None (not a count)."""
    cases: list[tuple[str, float | None]] = []
    for sub, cardinal in (("hundreds", True), ("permutations", True), ("ordinals", False)):
        for path in sorted((shared / NP_DIR / sub).glob("en_*.csv")):
            with path.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    cases.append((row["text"], float(row["number"]) if cardinal else None))
    return cases


def quantulum_cases(shared: Path) -> list[tuple[str, str, float]]:
    """(sentence, surface, value) for money, percentages and number words in quantulum3's set."""
    out: list[tuple[str, str, float]] = []
    data = json.loads((shared / Q3_FILE).read_text(encoding="utf-8"))
    for case in data:
        for res in case.get("res", []):
            surface, unit = res.get("surface", ""), res.get("unit", "")
            wordy = surface.split() and surface.split()[0].isalpha() and unit == "dimensionless"
            if unit in ("pound sterling", "percentage") or wordy:
                out.append((case["req"], surface, float(res["value"])))
    return out


def run_number_words(shared: Path) -> tuple[int, int]:
    cases = number_word_cases(shared)
    ok = 0
    for text, want in cases:
        got = parse_words(text)
        ok += got == want if want is None or got is None else abs(got - want) <= 1e-9 * max(1.0, want)
    return ok, len(cases)


def run_quantulum(shared: Path) -> tuple[int, int]:
    cases = quantulum_cases(shared)
    ok = 0
    for sentence, surface, value in cases:
        found = find_quantities(sentence)
        # shares are percentages in this project ('two thirds' -> 66.67)
        if any(min(abs(q.value - value), abs(q.value - 100 * value)) < 0.01 and surface.find(sentence[q.start:q.end]) >= 0 for q in found):
            ok += 1
    return ok, len(cases)


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for name, fn in (("number-parser (English words)", run_number_words),
                     ("quantulum3 (money, %, words)", run_quantulum)):
        ok, n = fn(shared)
        print(f"{name}: {ok}/{n} = {ok / n:.1%}" if n else f"{name}: no cases")


if __name__ == "__main__":
    main()
