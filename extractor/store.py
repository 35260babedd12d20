"""Writers for records: JSON Lines, a JSON array, or CSV rows (one per figure mention).

Records are written as they come, so a batch that fails half way keeps what was written.
A named output file is written beside its target and renamed over it only when complete, so
a full disk or a crash never leaves a truncated file where a good one is expected.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import RunError

FORMATS = ("jsonl", "json", "csv")
CSV_COLUMNS = ("path", "kind", "area", "partnership", "period_start", "period_end", "metric",
               "value", "unit", "subject", "qualifier", "figure_period_start",
               "figure_period_end", "confidence", "page", "start", "end", "text", "sentence")


def figure_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Flat rows, one per figure mention, for spreadsheets."""
    period = record.get("period") or {}
    for fig in record.get("figures", []):
        fperiod = fig.get("period") or {}
        for m in fig.get("mentions", []):
            yield {"path": record["source"]["path"], "kind": record["source"].get("kind"),
                   "area": record.get("area"), "partnership": record.get("partnership"),
                   "period_start": period.get("start"), "period_end": period.get("end"),
                   "metric": fig["metric"], "value": fig["value"], "unit": fig["unit"],
                   "subject": fig.get("subject"), "qualifier": fig.get("qualifier"),
                   "figure_period_start": fperiod.get("start"),
                   "figure_period_end": fperiod.get("end"),
                   "confidence": fig.get("confidence"), "page": m.get("page"),
                   "start": m.get("start"), "end": m.get("end"), "text": m.get("text"),
                   "sentence": m.get("sentence")}


class RecordWriter:
    """Writes record dicts to a text stream in one of FORMATS, flushing after each."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        self.stream, self.fmt, self.count = stream, fmt, 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            self._csv.writeheader()
        elif fmt == "json":
            stream.write("[")

    def write(self, record: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerows(figure_rows(record))
        elif self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n"
                              + json.dumps(record, ensure_ascii=False, indent=2))
        else:
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
            self.stream.flush()


def write_all(records: Iterable[dict[str, Any]], stream: IO[str], fmt: str = "jsonl") -> int:
    """Write every record; returns how many."""
    writer = RecordWriter(stream, fmt)
    for record in records:
        writer.write(record)
    writer.close()
    return writer.count


@contextlib.contextmanager
def output_file(target: Path | None) -> Iterator[IO[str]]:
    """A text stream for `target` (stdout when None) that appears there only once complete.

    Raises:
        RunError: the file cannot be created or written (no folder, no permission, disk full).
    """
    if target is None:
        yield sys.stdout
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise RunError(target, f"cannot write here: {exc.strerror}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        raise RunError(target, f"cannot write: {exc.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_file(target: Path, text: str) -> None:
    """Write `text` to `target` whole or not at all (see `output_file`)."""
    with output_file(target) as stream:
        stream.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
