"""Dump each document's metadata (period, partnership, area, kind) as compact JSONL, for the
first-sight metadata gate study (docs/metadata_first_sight.md).

usage: PYTHONPATH=<worktree at some commit> python benchmarks/metadata_first_sight_dump.py OUT.jsonl TAG FOLDER...

Run with an OLD commit's worktree on PYTHONPATH to record what that code said at first sight of a
blind set (the released folder copied into that worktree's corpus/holdout/stylesN), as
benchmarks/metric_verifier_dump.py does for figures; the same API (stable since styles13's first
sight). One line per document: {"set", "doc", "failed", "kind", "period", "partnership", "area"}.
Features are computed later from the document text with the current code; labels against today's gold.
"""
import json
import sys
from pathlib import Path

from extractor.evaluate import gold_files, source_of
from extractor.extract import Options, _extract_guarded


def main() -> None:
    out, tag, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(out, "w", encoding="utf-8") as fh:
        for folder in folders:
            for gp in gold_files(Path(folder)):
                gold = json.loads(gp.read_text(encoding="utf-8"))
                rec, _err = _extract_guarded(source_of(gp, gold), None, Options())
                row = {"set": tag, "doc": gp.name, "failed": rec is None}
                if rec is not None:
                    d = rec.to_dict()
                    row.update(kind=d["source"].get("kind"), period=d.get("period"),
                               partnership=d.get("partnership"), area=d.get("area"))
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                fh.flush()


if __name__ == "__main__":
    main()
