"""fastre: a tree of words and a first-character lookahead change no match of a regex."""

import re

import pytest

from extractor.fastre import alternation, prefiltered

WORDS = ["seventeen", "seventy", "seven", "six", "sixty", "ten", "two", "twelve", "a", "an", "and"]


@pytest.mark.parametrize("text", [
    "seventeen", "seventy-two", "seven", "sevens", "sixty six", "Seventy", "tent", "twelve", "twel",
    "an", "and", "andrew", "a", "", "xyz",
])
def test_alternation_matches_as_longest_first(text: str) -> None:
    plain = re.compile("(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")(?:\b|s)", re.I)
    tree = re.compile("(?:" + alternation(WORDS) + r")(?:\b|s)", re.I)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern, flags", [
    (r"(?:between\s+|from\s+)?(?P<d>\d{1,2})\s+(?:to|-)\s+(?P<e>\d{1,2})", re.I),
    (r"\b(?:Q|Quarter\s*)(?P<q>[1-4])\b", re.I),
    (r"(?<![\d/])(?P<y>(?:19|20)\d\d)\s?[/-]\s?\d\d", 0),
    (r"(?:(?i:half)|quarter)\s+of", 0),  # a case-insensitive group: left as it is
    (r"[^a-z]+\d", 0),  # a negated class: left as it is
    (r"x*", 0),  # a match can be empty: left as it is
])
def test_prefiltered_same_matches(pattern: str, flags: int) -> None:
    text = ("From 3 to 14 March; between 1 - 2; Q3 2024, quarter 2; 2023/24 and 1999-00 in x12; "
            "HALF of it, half of that, Quarter of them; 12/2024; 7 TO 9")
    plain = re.compile(pattern, flags)
    fast = prefiltered(plain)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_prefiltered_leaves_unknown_openings() -> None:
    for pattern in (r"(?:(?i:half)|quarter)\s+of", r"[^a-z]+\d", r"x*", r".+\d"):
        plain = re.compile(pattern)
        assert prefiltered(plain) is plain
    assert prefiltered(re.compile(r"(?:from\s+)?\d+")).pattern.startswith("(?=[")
