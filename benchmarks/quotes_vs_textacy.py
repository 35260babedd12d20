"""Benchmark: our quote extractor vs textacy's `direct_quotations` on annotated folders.

Usage: python benchmarks/quotes_vs_textacy.py [FOLDER ...]   (default: corpus/ and seeds/)

Both tools see the same Document text and the same spaCy pipeline; both are scored with the
project's own rules (extractor.evaluate: quote token F1 and speaker accuracy). textacy bails
out on a text with an odd number of quote marks, so it is run paragraph by paragraph where the
whole text raises. textacy is optional (pip install textacy); without it the script says so
and exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.evaluate import _quote_counts  # noqa: E402
from extractor.ingest import load  # noqa: E402
from extractor.pipeline import get_nlp  # noqa: E402
from extractor.quotes import find_quotes  # noqa: E402

QUOTE_CHARS = "\"'\u2018\u2019\u201c\u201d"


def documents(folders: list[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """(source path, gold) for every annotated document in `folders`."""
    out = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            for src in sorted(folder.glob(stem + ".*")):
                if not src.name.endswith(".json"):
                    out.append((src, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def textacy_quotes(nlp: Any, text: str) -> list[dict[str, Any]]:
    """textacy's direct quotations as record-style dicts (text without marks, speaker)."""
    from textacy.extract.triples import direct_quotations

    def run(piece: str) -> list[dict[str, Any]]:
        try:
            triples = list(direct_quotations(nlp(piece)))
        except ValueError:
            return []
        return [{"text": " ".join(t.text for t in tri.content).strip(QUOTE_CHARS + " "),
                 "speaker": " ".join(t.text for t in tri.speaker) or None} for tri in triples]

    try:
        return [q for q in run(text) if q] if _balanced(nlp, text) else _by_paragraph(text, run)
    except ValueError:
        return _by_paragraph(text, run)


def _balanced(nlp: Any, text: str) -> bool:
    return sum(1 for tok in nlp.make_doc(text) if tok.is_quote) % 2 == 0


def _by_paragraph(text: str, run: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for para in text.split("\n"):
        if para.strip():
            out.extend(run(para))
    return out


def score(counts: list[int]) -> tuple[float, float]:
    tp, pred, gold, right, total = counts
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, right / total if total else 0.0


def main(argv: list[str]) -> int:
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is not installed (pip install textacy); benchmark skipped.")
        return 0
    folders = [Path(a) for a in argv] or [ROOT / "corpus", ROOT / "seeds"]
    nlp = get_nlp()
    ours, theirs = [0] * 5, [0] * 5
    print(f"{'document':44} {'ours F1':>8} {'spk':>7} {'textacy F1':>11} {'spk':>7}")
    for src, gold in documents(folders):
        document = load(src)
        quotes, _ = find_quotes(nlp(document.text), document)
        a = _quote_counts([q.to_dict() for q in quotes], gold.get("quotes", []))
        b = _quote_counts(textacy_quotes(nlp, document.text), gold.get("quotes", []))
        ours = [x + y for x, y in zip(ours, a)]
        theirs = [x + y for x, y in zip(theirs, b)]
        print(f"{src.name[:44]:44} {score(list(a))[0]:8.3f} {a[3]:>3}/{a[4]:<3} "
              f"{score(list(b))[0]:11.3f} {b[3]:>3}/{b[4]:<3}")
    (f_ours, s_ours), (f_theirs, s_theirs) = score(ours), score(theirs)
    print(f"{'TOTAL':44} {f_ours:8.3f} {s_ours:7.3f} {f_theirs:11.3f} {s_theirs:7.3f}")
    print(f"quote token F1: ours {f_ours:.3f}, textacy {f_theirs:.3f}; "
          f"speaker accuracy: ours {s_ours:.3f}, textacy {s_theirs:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
