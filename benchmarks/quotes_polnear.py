"""Benchmark: direct quotes and their speakers on PolNeAR (US political news), ours vs textacy.

Usage: python benchmarks/quotes_polnear.py [--split dev|test] [--errors]

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations (Source, Cue,
Content) in brat standoff files beside each article. The gold for this task: every passage in
quotation marks inside a relation's Content span is a gold quote; its speaker is the Source
span's text when that is a proper name (a pronoun or 'a source' is not scored for the speaker,
but its quote still counts for quote F1). Articles with several annotators use the first
annotation file. Scoring is the project's own (extractor.evaluate, spec section 3): quote
token F1 and speaker accuracy over gold quotes with a named source.

Develop on the dev split; the test split is for reporting only, never for tuning. The data
lives in ../shared/external/polnear (research use only: read, never copied); without it the
script says so and exits 0. textacy (the `bench` extra) is optional: without it its columns
are left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# ../shared beside the checkout (or beside a folder of worktrees that holds it)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()),
              ROOT.parent / "shared")
POLNEAR = SHARED / "external" / "polnear" / "data"

from extractor.evaluate import _quote_counts  # noqa: E402

CONNECTORS = {"of", "the", "and", "for", "de", "la", "van", "von", "du", "al", "bin", "&"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "his", "her",
            "their", "its", "our", "my", "this", "those", "these", "some", "others", "many"}
OPEN_MARKS, CLOSE_MARKS, BOTH = "\u201c", "\u201d", '"'


@dataclass(frozen=True)
class Fragment:
    """One labelled span of a brat annotation (discontinuous spans give several)."""

    label: str
    ranges: tuple[tuple[int, int], ...]
    text: str


def read_ann(path: Path) -> list[dict[str, Fragment]]:
    """The attribution relations of one .ann file: role -> its text-bound annotation."""
    spans: dict[str, Fragment] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            ranges = tuple((int(a), int(b)) for a, b in
                           (piece.split() for piece in offsets.split(";")))
            spans[parts[0]] = Fragment(label, ranges, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(role.split(":", 1) for role in parts[1].split()))
    # T ids may be defined after the E line that uses them: resolve after reading all
    return [{role: spans[t] for role, t in rel.items() if t in spans} for rel in relations]


def quoted_passages(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Passages between double quotation marks in text[start:end] (a mark just outside counts).

    A quote still open at the end of the range runs to its end (a quote paragraph that the
    next paragraph continues).
    """
    lo, hi = max(0, start - 1), min(len(text), end + 1)
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in OPEN_MARKS + CLOSE_MARKS + BOTH:
            continue
        opening = ch == OPEN_MARKS or (ch == BOTH and open_at is None)
        if opening and open_at is None:
            open_at = i + 1
        elif not opening and open_at is not None:
            out.append((open_at, i))
            open_at = None
    if open_at is not None and open_at < end:
        out.append((open_at, end))
    return [(a, b) for a, b in out if text[a:b].strip() and a < end and b > start]


def proper_name(source: str, text: str) -> str | None:
    """The Source text if it is a proper name ('Mr. Obama', 'The Post'), else None.

    Every word is capitalised (or a connector such as 'of'); a capitalised word whose
    lower-case form the article also uses is a sentence-initial common noun ('Protesters').
    What follows a name is cut off: an affiliation after a comma or 'of', a possessive.
    """
    source = " ".join(source.split()).strip(" ,.")
    # the name without what follows it: 'House Speaker Paul Ryan, R-Wis', 'Mr. Morgan of the
    # Sierra Club', and without a possessive ('Trump’s claim')
    source = source.split(",")[0]
    head, sep, _ = source.partition(" of ")
    if sep and len(head.split()) >= 2:
        source = head
    source = re.sub(r"['\u2019]s?$", "", source).strip()
    ws = source.split()
    if not ws or len(ws) > 8 or source.lower() in PRONOUNS:
        return None
    lower_words = set(re.findall(r"\b[a-z][a-z'\u2019-]*\b", text))
    content = [w for w in ws if w.lower() not in CONNECTORS]
    if not content:
        return None
    for w in content:
        if not w[:1].isupper() or w.lower().strip(".,'\u2019s") in lower_words:
            return None
    return source


def gold_quotes(text: str, relations: list[dict[str, Fragment]]) -> list[dict[str, Any]]:
    """Gold quotes in the shape of a gold file's `quotes` (text, speaker or None)."""
    out: list[dict[str, Any]] = []
    for rel in relations:
        content = rel.get("Content")
        if content is None:
            continue
        source = rel.get("Source")
        speaker = proper_name(" ".join(text[a:b] for a, b in source.ranges), text) \
            if source is not None else None
        for a, b in content.ranges:
            for qs, qe in quoted_passages(text, a, b):
                out.append({"text": text[qs:qe], "speaker": speaker})
    return out


def articles(split: str) -> list[tuple[Path, Path]]:
    """(text, first annotation file) for every article of a split."""
    folder = POLNEAR / split
    out = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(txt.stem + "_*.ann"))
        if anns:
            out.append((txt, anns[0]))
    return out


def counts(preds: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, ...]:
    """(token tp, pred tokens, gold tokens, speakers right, named gold quotes)."""
    tp, pred, gold_n, _, _ = _quote_counts(preds, gold)
    # speakers only over named gold quotes; the others' predictions are set aside, not wrong
    named = [dict(g, optional=not g["speaker"]) for g in gold]
    _, _, _, right, total = _quote_counts(preds, named)
    return tp, pred, gold_n, right, total


def score(c: list[int]) -> tuple[float, float]:
    tp, pred, gold, right, total = c
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return (2 * p * r / (p + r) if p + r else 0.0), (right / total if total else 0.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test", "annotator-training"))
    parser.add_argument("--errors", action="store_true", help="print each wrong speaker")
    args = parser.parse_args(argv)
    if not POLNEAR.is_dir():
        print("PolNeAR is not present (it lives in ../shared/external); benchmark skipped.")
        return 0
    from extractor.extract import extract_document
    from extractor.ingest import load
    from extractor.pipeline import get_nlp

    try:
        import textacy  # noqa: F401  (the optional `bench` extra)
        from quotes_vs_textacy import textacy_quotes
    except ImportError:
        textacy_quotes = None
    nlp = get_nlp()
    ours, theirs = [0] * 5, [0] * 5
    for txt, ann in articles(args.split):
        document = load(txt)
        text = document.text
        # gold offsets point into the file as stored; scoring compares words, not offsets
        gold = gold_quotes(txt.read_text(encoding="utf-8"), read_ann(ann))
        preds = [q.to_dict() for q in extract_document(document, nlp).quotes]
        ours = [x + y for x, y in zip(ours, counts(preds, gold))]
        if args.errors:
            print_errors(txt.name, preds, gold)
        if textacy_quotes is not None:
            theirs = [x + y for x, y in zip(theirs, counts(textacy_quotes(nlp, text), gold))]
    f_ours, s_ours = score(ours)
    print(f"PolNeAR {args.split}: {ours[2]} gold quote words, {ours[4]} quotes with a named source")
    print(f"{'':10} {'quote F1':>9} {'speaker acc':>12}")
    print(f"{'ours':10} {f_ours:9.3f} {s_ours:12.3f}   ({ours[3]}/{ours[4]})")
    if textacy_quotes is not None:
        f_t, s_t = score(theirs)
        print(f"{'textacy':10} {f_t:9.3f} {s_t:12.3f}   ({theirs[3]}/{theirs[4]})")
    else:
        print("textacy is not installed (the `bench` extra): its column is left out.")
    return 0


def print_errors(name: str, preds: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    """Each named gold quote whose best-covering prediction names someone else."""
    from extractor.evaluate import speaker_right, words

    for g in gold:
        if not g["speaker"]:
            continue
        gw = Counter(words(g["text"]))
        overlaps = [sum((Counter(words(p.get("text", ""))) & gw).values()) for p in preds]
        if not overlaps or max(overlaps) == 0:
            print(f"{name[:40]}  MISSED  {g['speaker']!r}: {g['text'][:70]!r}")
            continue
        best = preds[overlaps.index(max(overlaps))]
        if not speaker_right(best.get("speaker"), g):
            print(f"{name[:40]}  got {best.get('speaker')!r} want {g['speaker']!r}: "
                  f"{g['text'][:70]!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
