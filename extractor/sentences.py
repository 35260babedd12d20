"""Generated sentence sets for the metric classifier: every construction x every metric name.

The annotated corpus holds a few hundred figures, written in a few styles; a metric named in a
way it never shows ('S47s', 'children in our care', 'child practice reviews') or a construction
it rarely shows ('Essex 37 and Kent 19', 'a dozen of them') is then a guess. `generate()` writes
one sentence per construction (direct, partitive, pronoun set, coordination, comparison,
share, label) for each name in the metric lexicon (models/metric_lexicon.json), with the
figure's value and metric, so the classifier learns each construction for each name. The set
is deterministic (seeded), so the data it makes is reproducible:
`python -m extractor.sentences > models/generated_sentences.jsonl` rewrites the stored copy.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from .lexicon import Name, names, plural

SEED = 20261202
AREAS = ("Kent", "Essex", "Hertfordshire", "Norfolk", "Cardiff", "Fife", "Leeds", "Devon", "Powys",
         "Dundee", "Bristol", "Cumbria")
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         11: "eleven", 12: "twelve"}
_STAGES = {"commissioned": "were commissioned", "published": "were published", "ongoing": "remain in progress"}
_FAMILY_METRIC = {("lcspr", "commissioned"): "lcsprs_commissioned", ("lcspr", "published"): "lcsprs_published",
                  ("lcspr", "ongoing"): "lcsprs_ongoing", ("scr", "commissioned"): "lcsprs_commissioned",
                  ("scr", "published"): "lcsprs_published", ("scr", "ongoing"): "lcsprs_ongoing"}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One generated sentence: the figure's number as written, its value, unit and metric."""

    construction: str
    text: str
    number: str  # the figure's number exactly as written in `text` (its last occurrence)
    value: float
    unit: str
    metric: str


# names that describe children rather than name a thing: 'in care', 'looked after', 'died'
_STATE_WORDS = {"in", "on", "subject", "looked", "looked-after", "seriously", "died", "lost", "into",
                "entering", "came", "come", "coming", "ceased", "accommodated", "fostered", "we",
                "care-experienced", "taken", "cared", "children", "child", "passed", "badly", "severely",
                "critically"}


def _plural(name: Name) -> str:
    return plural(name.text)


def _phrase(name: Name, n: str) -> str:
    """'{n} serious incident notifications', '{n} children in our care', '{n} children died'."""
    words = name.text.lower().split()
    if name.kind == "prop" and words[0] in ("children", "child"):
        return f"{n} {plural(name.text)}"
    if name.kind == "prop" and words[0].endswith("ed") and name.metric != "child_deaths":
        return f"{n} cases {name.text}"  # 'notified to the panel', 'taken forward by the national panel'
    if name.kind == "prop" and (words[0] in _STATE_WORDS or words[-1].endswith("ed")):
        return f"{n} children {name.text}"
    if words[-1] in ("to", "for", "of"):  # an idiom ending in its preposition: 'corporate parent to'
        return f"the council as {name.text} {n} children"
    if name.metric == "reviews_with_learning":
        return f"{n} reviews with {name.text}"
    return f"{n} {_plural(name)}"


def _sentences(name: Name, metric: str, rng: random.Random, stage: str = "") -> Iterator[Sentence]:
    """The constructions for one name (with a stage verb for review families)."""
    big, small = rng.randint(20, 900), rng.choice(sorted(WORDS))
    word = WORDS[small]
    a, b, c = rng.sample(AREAS, 3)
    tail = f" {_STAGES[stage]}" if stage else " were recorded"
    whole = _phrase(name, str(big))
    yield Sentence("direct", f"The partnership said {whole}{tail}.", str(big), big, "count", metric)
    yield Sentence("partitive", f"The partnership said {whole}{tail}. {word.capitalize()} of the "
                   f"{'children' if name.kind == 'prop' else _plural(name)} involved teenagers.",
                   word.capitalize(), small, "count", metric)
    yield Sentence("pronoun_set", f"Officers said {whole}{tail}, and {word} of them involved babies.",
                   word, small, "count", metric)
    other = rng.randint(10, 99)
    yield Sentence("coordination", f"{a} said {whole}{tail}, {b} {other} and {c} {small}.",
                   str(small), small, "count", metric)
    before = rng.randint(20, 900)
    yield Sentence("comparison", f"The report said {whole}{tail}, up from {before} last year.",
                   str(before), before, "count", metric)
    share = rng.randint(11, 89)
    yield Sentence("share", f"The report said {whole}{tail}. Of these, {share}% involved babies.",
                   f"{share}%", share, "percent", metric)
    if not stage and name.kind != "prop":
        yield Sentence("label", f"{big:,} {_plural(name)} received", f"{big:,}", big, "count", metric)


def generate() -> list[Sentence]:
    """Every construction for every lexicon name that names a metric (not 'other')."""
    rng = random.Random(SEED)
    out: list[Sentence] = []
    for name in names():
        if name.kind == "foreign":  # things no metric counts: the classifier learns 'other' too
            out += [s for s in _sentences(name, "other", rng) if s.construction in ("direct", "partitive", "label")]
            continue
        if name.family:
            for stage in _STAGES:
                out += _sentences(name, _FAMILY_METRIC[(name.family, stage)], rng, stage)
            if name.family == "scr":  # a serious case review with no stage said
                out += _sentences(name, "serious_case_reviews", rng)
            continue
        out += _sentences(name, name.metric, rng)
    return out


def main() -> None:
    for s in generate():
        sys.stdout.write(json.dumps(asdict(s), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
