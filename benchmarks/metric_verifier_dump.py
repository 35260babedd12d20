"""Dump every predicted figure of annotated folders as compact JSONL, for the metric verifier study.

usage: PYTHONPATH=<worktree at some commit> python benchmarks/metric_verifier_dump.py OUT.jsonl TAG FOLDER...

Run with an OLD commit's worktree on PYTHONPATH to record what that code said at first sight of
a blind set (the folder copied into that worktree). Uses only API stable since styles13's first sight
(extract._extract_guarded, Options, evaluate.gold_files / source_of). One line per document:
{"set": TAG, "doc": gold file name, "kind": ..., "format": ..., "title": ..., "area": ...,
"partnership": ..., "period": {"start", "end", "text"}, "figures": [...]}
with each figure's metric, value, unit, method, confidence, subject, qualifier and first mention
(text, sentence, start, end). Labels are computed later against the gold in the current checkout. The metadata fields alone
(set, doc, failed, kind, period, partnership, area) are the first-sight metadata dump
(benchmarks/data/metadata_first_sight.jsonl.gz, docs/metadata_first_sight.md).
"""
import json
import sys
from pathlib import Path

from extractor.evaluate import gold_files, source_of
from extractor.extract import Options, _extract_guarded


def main() -> None:
    out, tag, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    try:  # the verifier off: its training data is what the rules and the metric model say
        options = Options(verify_metrics=False)
    except TypeError:  # a commit from before the verifier
        options = Options()
    with open(out, "w", encoding="utf-8") as fh:
        for folder in folders:
            for gp in gold_files(Path(folder)):
                gold = json.loads(gp.read_text(encoding="utf-8"))
                rec, _err = _extract_guarded(source_of(gp, gold), None, options)
                row = {"set": tag, "folder": folder, "doc": gp.name, "failed": rec is None, "figures": []}
                if rec is not None:
                    d = rec.to_dict()
                    src = d["source"]
                    row.update(kind=src.get("kind"), format=src.get("format"), title=src.get("title"),
                               area=d.get("area"), partnership=d.get("partnership"), period=d.get("period"))
                    for f in d["figures"]:
                        m = (f.get("mentions") or [{}])[0]
                        row["figures"].append({
                            "metric": f["metric"], "value": f["value"], "unit": f["unit"],
                            "method": f.get("method"), "confidence": f.get("confidence"),
                            "subject": f.get("subject"), "qualifier": f.get("qualifier"),
                            "text": m.get("text"), "sentence": m.get("sentence"),
                            "start": m.get("start"), "end": m.get("end")})
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                fh.flush()


if __name__ == "__main__":
    main()
