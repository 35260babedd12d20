"""The SQLite store of a batch: one row per source file and its figures, mentions, quotes, people.

Laid out for Datasette and pandas: flat tables joined by foreign keys, indexes on the columns
people filter by (area, metric, period), full-text search on quote text and mention sentences.
Keys are content hashes, so re-running a batch (or merging shard databases) never duplicates:
a document's id is the sha256 of its bytes, a finding's id the hash of (document id, kind,
offsets, label). A document and all its rows are written in one transaction.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from . import __version__
from .errors import RunError
from .store import output_file

log = logging.getLogger(__name__)

SCHEMA_VERSION = "2"  # 2: counts as INTEGER, ON DELETE CASCADE, duplicate_of, views
TABLES = ("documents", "figures", "mentions", "quotes", "people")
EXPORT_FORMATS = ("csv", "jsonl", "parquet")

_DOC = "documents"
COLUMNS: dict[str, dict[str, type]] = {
    "documents": {"id": str, "path": str, "sha256": str, "format": str, "kind": str,
                  "kind_confidence": float, "title": str, "date": str, "area": str,
                  "area_code": str, "areas": str, "partnership": str, "period_start": str, "period_end": str,
                  "period_text": str, "pages": int, "n_figures": int, "n_quotes": int,
                  "status": str, "error": str, "warnings": str, "record": str,
                  "seconds": float, "processed_at": str, "tool_version": str,
                  "duplicate_of": str},
    "figures": {"id": str, "document_id": str, "ordinal": int, "metric": str, "value": float,
                "unit": str, "subject": str, "qualifier": str, "confidence": float,
                "period_start": str, "period_end": str, "period_text": str, "method": str,
                "page": int, "n_mentions": int},
    "mentions": {"id": str, "figure_id": str, "document_id": str, "ordinal": int, "text": str,
                 "sentence": str, "page": int, "start": int, "end": int, "bbox": str},
    "quotes": {"id": str, "document_id": str, "ordinal": int, "text": str, "speaker": str,
               "speaker_role": str, "cue": str, "page": int, "start": int, "end": int,
               "bbox": str, "confidence": float},
    "people": {"id": str, "document_id": str, "name": str, "role": str},
}
FOREIGN_KEYS = {"documents": [("duplicate_of", _DOC, "id")],
                "figures": [("document_id", _DOC, "id")],
                "mentions": [("figure_id", "figures", "id"), ("document_id", _DOC, "id")],
                "quotes": [("document_id", _DOC, "id")],
                "people": [("document_id", _DOC, "id")]}
INDEXES = {"documents": [["path"], ["status"], ["area"], ["kind"], ["period_start", "period_end"]],
           "figures": [["document_id"], ["metric"], ["period_start", "period_end"]],
           "mentions": [["figure_id"], ["document_id"]],
           "quotes": [["document_id"], ["speaker"]],
           "people": [["document_id"], ["name"]]}
FTS = {"quotes": ["text", "speaker"], "mentions": ["sentence"]}
NOT_NULL = {"documents": ("path", "status")}
_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}
# A figure's value: NUMERIC keeps a count an INTEGER and a rate or percentage a REAL.
_NUMERIC = {("figures", "value")}

# Views for spreadsheets and Datasette: each row reads alone (see README "A folder in, a
# database out" for the search queries that join the full-text tables).
VIEWS = {
    "figures_full": """
        SELECT f.id AS figure_id, d.path, d.title, d.kind, d.area, d.area_code, d.partnership,
               d.period_start AS document_period_start, d.period_end AS document_period_end,
               f.metric, f.value, f.unit, f.subject, f.qualifier, f.confidence,
               f.period_start, f.period_end, f.period_text, f.page, f.n_mentions,
               m.text AS mention_text, m.sentence, f.method, f.ordinal, f.document_id
        FROM figures f JOIN documents d ON d.id = f.document_id
        LEFT JOIN mentions m ON m.figure_id = f.id AND m.ordinal = 0""",
    "quotes_full": """
        SELECT q.id AS quote_id, q.rowid AS quote_rowid, d.path, d.title, d.kind, d.area,
               d.area_code, d.partnership, d.period_start AS document_period_start,
               d.period_end AS document_period_end, q.speaker, q.speaker_role, q.cue, q.text,
               q.page, q.start, q.end, q.confidence, q.ordinal, q.document_id
        FROM quotes q JOIN documents d ON d.id = q.document_id""",
    "speakers": """
        SELECT p.name,
               (SELECT p2.role FROM people p2 WHERE p2.name = p.name AND p2.role IS NOT NULL
                GROUP BY p2.role ORDER BY count(*) DESC, p2.role LIMIT 1) AS role,
               count(DISTINCT p.document_id) AS n_documents,
               (SELECT count(*) FROM quotes q WHERE q.speaker = p.name) AS n_quotes,
               json_group_array(DISTINCT d.path) AS documents
        FROM people p JOIN documents d ON d.id = p.document_id
        GROUP BY p.name""",
}


class DatabaseError(RunError):
    """The database cannot be used: another schema version, or not a review-records store."""


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """What the store knows about one source path: its id (content hash) and status."""

    id: str
    path: str
    status: str


SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000  # a reader waits this long for a writer's transaction to end


def open_db(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (creating it if `create`) a review-records database at `path`.

    A file that is not SQLite, or a SQLite database of another program, is refused before
    anything is written to it.

    Raises:
        DatabaseError: missing (with `create=False`), a folder, no parent folder, not SQLite,
            not ours, or of another schema version.
    """
    path = Path(path)
    _check_file(path, create)
    try:
        db = sqlite_utils.Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000))
        db.execute("PRAGMA foreign_keys = ON")
        tables = db.table_names()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(path, f"cannot open: {exc}") from None
    if not tables:
        if create:
            _create_schema(db, path)
            return db
        db.close()
        raise DatabaseError(path, "empty: not a review-records database")
    if "meta" not in tables or "documents" not in tables:
        db.close()
        raise DatabaseError(path, "a SQLite database of another program (left as it is)")
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if not row or row[0] != SCHEMA_VERSION:
        db.close()
        raise DatabaseError(path, f"schema version {row[0] if row else None} is not "
                            f"{SCHEMA_VERSION}: export it with the tool that made it")
    return db


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabaseError(path, "is a folder, not a database file")
    if not path.exists():
        if not create:
            raise DatabaseError(path, "no such database")
        if not path.parent.is_dir():
            raise DatabaseError(path, f"folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(path, f"cannot read: {exc.strerror}") from None
    if head and head != SQLITE_MAGIC:
        raise DatabaseError(path, "not a SQLite database (left as it is)")


@contextlib.contextmanager
def writer_lock(path: str | Path) -> Iterator[None]:
    """Hold the one writer's lock of a database for a batch or merge run.

    Two runs on one database would both process every file and then fight over SQLite's
    lock; the second run is refused at once instead. The lock is an flock on the database
    file itself (independent of SQLite's own locks), so it goes with the process, even one
    killed with SIGKILL.

    Raises:
        DatabaseError: another run holds the lock, or the file cannot be written.
    """
    import fcntl

    path = Path(path)
    _check_file(path, create=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise DatabaseError(path, f"cannot write: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseError(path, "in use by another batch or merge run: wait for it to "
                                      "finish, or use another --db") from None
        yield
    finally:
        os.close(fd)


def check_writable(db: sqlite_utils.Database, path: str | Path) -> None:
    """Raise DatabaseError now, before any work, if the database cannot be written."""
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(path, f"cannot write: {exc}") from None


def _create_schema(db: sqlite_utils.Database, path: Path) -> None:
    try:
        _write_schema(db)
    except sqlite3.OperationalError as exc:
        db.close()
        raise DatabaseError(path, f"cannot write: {exc}") from None


def table_sql(name: str) -> str:
    """CREATE TABLE for one of TABLES: typed columns, and foreign keys that cascade deletes."""
    not_null = NOT_NULL.get(name, ("document_id",))
    lines = []
    for col, kind in COLUMNS[name].items():
        sql_type = "NUMERIC" if (name, col) in _NUMERIC else _SQL_TYPES[kind]
        lines.append(f'"{col}" {sql_type}' + (" PRIMARY KEY" if col == "id" else "")
                     + (" NOT NULL" if col in not_null else ""))
    for col, other, other_col in FOREIGN_KEYS.get(name, []):
        lines.append(f'FOREIGN KEY ("{col}") REFERENCES "{other}" ("{other_col}") '
                     "ON DELETE CASCADE")
    return f'CREATE TABLE "{name}" (\n    ' + ",\n    ".join(lines) + "\n)"


def _write_schema(db: sqlite_utils.Database) -> None:
    with db.atomic():
        for name in TABLES:
            db.execute(table_sql(name))
            for cols in INDEXES[name]:
                db.table(name).create_index(cols, if_not_exists=True)
        for name, cols in FTS.items():
            db.table(name).enable_fts(cols, create_triggers=True)
        for view, sql in VIEWS.items():
            db.execute(f'CREATE VIEW "{view}" AS {sql}')
        db.table("meta").insert_all([{"key": "schema_version", "value": SCHEMA_VERSION},
                               {"key": "created_by", "value": f"review-records {__version__}"}],
                              pk="key")


def stored_documents(db: sqlite_utils.Database) -> dict[str, StoredDocument]:
    """Every stored document by its path."""
    rows = db.execute("SELECT id, path, status FROM documents")
    return {path: StoredDocument(id_, path, status) for id_, path, status in rows}


def key(*parts: Any) -> str:
    """A stable row id: the hash of its defining parts."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def document_row(record: dict[str, Any], path: str, seconds: float | None = None
                 ) -> dict[str, Any]:
    """The `documents` row of an extracted record (stored at `path`, relative to the batch)."""
    src = {k: v for k, v in record["source"].items() if k != "text"}
    src["path"] = path
    record = {**record, "source": src}
    period = record.get("period") or {}
    return {"id": src["sha256"], "path": path, "sha256": src["sha256"],
            "format": src.get("format"), "kind": src.get("kind"),
            "kind_confidence": src.get("kind_confidence"), "title": src.get("title"),
            "date": src.get("date"), "area": record.get("area"),
            "area_code": record.get("area_code"), "areas": _json(record.get("areas") or []),
            "partnership": record.get("partnership"), "period_start": period.get("start"),
            "period_end": period.get("end"), "period_text": period.get("text"),
            "pages": src.get("pages"), "n_figures": len(record.get("figures", [])),
            "n_quotes": len(record.get("quotes", [])), "status": "ok", "error": None,
            "warnings": _json(record.get("warnings", [])),
            "record": json.dumps(record, ensure_ascii=False), "seconds": seconds,
            "processed_at": _now(), "tool_version": __version__}


def error_row(path: str, sha256: str | None, reason: str, fmt: str | None = None,
              seconds: float | None = None) -> dict[str, Any]:
    """The `documents` row of a file that failed (unreadable files are keyed by path)."""
    doc_id = sha256 or key("unreadable", path)
    return {"id": doc_id, "path": path, "sha256": sha256, "format": fmt, "status": "error",
            "error": reason, "warnings": "[]", "seconds": seconds, "processed_at": _now(),
            "tool_version": __version__}


def _unique(doc_id: str, kind: str, *parts: Any, seen: set[str]) -> str:
    # Two findings with the same offsets and label would collide; a suffix keeps both.
    row_id, n = key(doc_id, kind, *parts), 1
    while row_id in seen:
        row_id, n = key(doc_id, kind, *parts, n), n + 1
    seen.add(row_id)
    return row_id


def figure_rows(doc_id: str, figures: list[dict[str, Any]]
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`figures` and `mentions` rows of a record's figures."""
    out: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, fig in enumerate(figures):
        spans = [(m["start"], m["end"]) for m in fig.get("mentions", [])]
        fid = _unique(doc_id, "figure", spans, fig["metric"], fig["value"], fig["unit"],
                      seen=seen)
        period = fig.get("period") or {}
        out.append({"id": fid, "document_id": doc_id, "ordinal": i, "metric": fig["metric"],
                    "value": _number(fig["value"], fig["unit"]), "unit": fig["unit"],
                    "subject": fig.get("subject"),
                    "qualifier": fig.get("qualifier"), "confidence": fig.get("confidence"),
                    "period_start": period.get("start"), "period_end": period.get("end"),
                    "period_text": period.get("text"), "method": fig.get("method"),
                    "page": fig["mentions"][0]["page"] if spans else None,
                    "n_mentions": len(spans)})
        for j, m in enumerate(fig.get("mentions", [])):
            mentions.append({"id": _unique(doc_id, "mention", fid, m["start"], m["end"],
                                           seen=seen),
                             "figure_id": fid, "document_id": doc_id, "ordinal": j,
                             "text": m["text"], "sentence": m.get("sentence"),
                             "page": m.get("page"), "start": m["start"], "end": m["end"],
                             "bbox": _json(m.get("bbox"))})
    return out, mentions


def _number(value: Any, unit: str) -> Any:
    # a count is a whole number: stored as INTEGER (the column is NUMERIC)
    if unit == "count" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def quote_rows(doc_id: str, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`quotes` rows of a record's quotes."""
    seen: set[str] = set()
    return [{"id": _unique(doc_id, "quote", q["start"], q["end"], q.get("speaker"), seen=seen),
             "document_id": doc_id, "ordinal": i, "text": q["text"], "speaker": q.get("speaker"),
             "speaker_role": q.get("speaker_role"), "cue": q.get("cue"), "page": q.get("page"),
             "start": q["start"], "end": q["end"], "bbox": _json(q.get("bbox")),
             "confidence": q.get("confidence")} for i, q in enumerate(quotes)]


def people_rows(doc_id: str, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`people` rows of a record's people."""
    seen: set[str] = set()
    return [{"id": _unique(doc_id, "person", p["name"], seen=seen), "document_id": doc_id,
             "name": p["name"], "role": p.get("role")} for p in people]


def write_record(db: sqlite_utils.Database, record: dict[str, Any], path: str,
                 seconds: float | None = None) -> str:
    """Store one extracted record (replacing any older rows of the path), in one transaction."""
    doc = document_row(record, path, seconds)
    figures, mentions = figure_rows(doc["id"], record.get("figures", []))
    children = {"figures": figures, "mentions": mentions,
                "quotes": quote_rows(doc["id"], record.get("quotes", [])),
                "people": people_rows(doc["id"], record.get("people", []))}
    with db.atomic():
        _delete(db, doc["id"], path)
        db.table(_DOC).insert(doc)
        for name in ("figures", "mentions", "quotes", "people"):
            if children[name]:
                db.table(name).insert_all(children[name])
    return doc["id"]


def write_duplicate(db: sqlite_utils.Database, path: str, sha256: str, first_id: str) -> str:
    """Store a file whose bytes equal an already stored document's: a row pointing to it."""
    doc = {"id": key("duplicate", path), "path": path, "sha256": sha256, "status": "duplicate",
           "duplicate_of": first_id, "warnings": "[]", "processed_at": _now(),
           "tool_version": __version__}
    with db.atomic():
        _delete(db, doc["id"], path)
        db.table(_DOC).insert(doc)
    return doc["id"]


def rename_document(db: sqlite_utils.Database, doc_id: str, new_path: str) -> None:
    """A stored document whose file was renamed: the new path, in its row and its record."""
    row = db.execute("SELECT record FROM documents WHERE id = ?", [doc_id]).fetchone()
    record = json.loads(row[0]) if row and row[0] else None
    if record is not None:
        record["source"]["path"] = new_path
    with db.atomic():
        db.execute("UPDATE documents SET path = ?, record = ? WHERE id = ?",
                   [new_path, json.dumps(record, ensure_ascii=False) if record else None, doc_id])


def delete_documents(db: sqlite_utils.Database, paths: Iterable[str]) -> int:
    """Delete the documents stored at `paths` with all their rows; returns how many."""
    n = 0
    with db.atomic():
        for path in paths:
            n += db.execute("DELETE FROM documents WHERE path = ?", [path]).rowcount
    return n


def write_error(db: sqlite_utils.Database, path: str, sha256: str | None, reason: str,
                fmt: str | None = None, seconds: float | None = None) -> str:
    """Store a failed file as status='error' with its reason (replacing older rows of the path)."""
    doc = error_row(path, sha256, reason, fmt, seconds)
    with db.atomic():
        _delete(db, doc["id"], path)
        db.table(_DOC).insert(doc)
    return doc["id"]


def _delete(db: sqlite_utils.Database, doc_id: str, path: str) -> None:
    # A changed file (same path, new bytes) and a redone one (same bytes) both lose old rows.
    ids = [doc_id] + [r[0] for r in db.execute("SELECT id FROM documents WHERE path = ?", [path])]
    for old in set(ids):
        for name in ("mentions", "figures", "quotes", "people"):
            db.execute(f"DELETE FROM {name} WHERE document_id = ?", [old])
        db.execute("DELETE FROM documents WHERE id = ?", [old])


def iter_records(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """The stored spec records of every document that was extracted, in path order."""
    for (text,) in db.execute("SELECT record FROM documents WHERE status = 'ok' ORDER BY path"):
        yield json.loads(text)


def export_records(db_path: str | Path, out: str | Path) -> int:
    """Write the spec records of every ok document as JSON Lines; returns how many."""
    db, n = open_db(db_path, create=False), 0
    try:
        with output_file(Path(out)) as stream:
            for n, record in enumerate(iter_records(db), 1):
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        db.close()
    return n


def _rows(db: sqlite_utils.Database, table: str) -> tuple[list[str], Iterator[tuple]]:
    cols = [c for c in COLUMNS[table] if not (table == _DOC and c == "record")]
    quoted = ", ".join(f'"{c}"' for c in cols)
    order = "path" if table == _DOC else "document_id, ordinal" if table != "people" else "document_id, name"
    return cols, db.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}")


def export_tables(db_path: str | Path, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write every table to `out_dir` as `<table>.<fmt>` (csv, jsonl or parquet)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt]
    if fmt == "parquet":
        _require_pyarrow(str(db_path))
    db = open_db(db_path, create=False)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for table in TABLES:
            cols, rows = _rows(db, table)
            target = out_dir / f"{table}.{fmt}"
            writer(target, table, cols, rows)
            written.append(target)
        for view in VIEWS if fmt != "parquet" else ():  # views: columns typed by their tables
            order = "name" if view == "speakers" else "path"
            cursor = db.execute(f'SELECT * FROM "{view}" ORDER BY {order}')
            target = out_dir / f"{view}.{fmt}"
            writer(target, view, [d[0] for d in cursor.description], cursor)
            written.append(target)
    finally:
        db.close()
    return written


def _write_csv(target: Path, table: str, cols: list[str], rows: Iterable[tuple]) -> None:
    with output_file(target) as stream:
        out = csv.writer(stream)
        out.writerow(cols)
        out.writerows(rows)


def _write_jsonl(target: Path, table: str, cols: list[str], rows: Iterable[tuple]) -> None:
    with output_file(target) as stream:
        for row in rows:
            stream.write(json.dumps(dict(zip(cols, row)), ensure_ascii=False) + "\n")


def _require_pyarrow(path: str) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise DatabaseError(path, "parquet export needs pyarrow, which is not installed: "
                            "pip install pyarrow (or export as csv or jsonl)") from None


def _write_parquet(target: Path, table: str, cols: list[str], rows: Iterable[tuple]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    schema = pa.schema([(c, types[COLUMNS[table][c]]) for c in cols])
    with pq.ParquetWriter(target, schema) as writer:
        batch: list[tuple] = []
        for row in rows:
            batch.append(row)
            if len(batch) == 10_000:
                writer.write_table(_arrow_table(batch, cols, schema))
                batch = []
        writer.write_table(_arrow_table(batch, cols, schema))


def _arrow_table(batch: list[tuple], cols: list[str], schema: Any) -> Any:
    import pyarrow as pa

    columns: list[Any] = list(zip(*batch)) if batch else [[] for _ in cols]
    return pa.table({c: pa.array(list(v), type=schema.field(c).type)
                     for c, v in zip(cols, columns)}, schema=schema)


@dataclass(slots=True)
class MergeSummary:
    """What a merge did: documents copied in, kept as they were, and inputs refused."""

    copied: int = 0
    kept: int = 0
    errors: list[DatabaseError] = field(default_factory=list)


def _rank(status: str, path: str, processed_at: str | None) -> tuple:
    # Which copy of a document wins a merge: an extracted one over an error, then the
    # smaller path (as one unsharded run would keep for duplicate files), then the newer.
    return (status == "ok", tuple(-ord(c) for c in path) + (1,), processed_at or "")


def merge_databases(out_path: str | Path, inputs: Iterable[str | Path]) -> MergeSummary:
    """Fold shard databases into `out_path` (created if needed); safe to run again.

    An input that is not a review-records database is left out and named in
    `summary.errors`; when no input is usable, `out_path` is not created.
    """
    summary, usable = MergeSummary(), []
    for src in map(Path, inputs):
        try:
            if src.resolve() == Path(out_path).resolve():
                raise DatabaseError(src, "cannot merge a database into itself")
            open_db(src, create=False).close()  # exists, is ours, has our schema version
            usable.append(src)
        except DatabaseError as exc:
            summary.errors.append(exc)
    if not usable:
        return summary
    with writer_lock(out_path):
        db = open_db(out_path)
        try:
            for src in usable:
                _merge_one(db, src, summary)
        finally:
            db.close()
    return summary


def _merge_one(db: sqlite_utils.Database, src: Path, summary: MergeSummary) -> None:
    db.execute("ATTACH DATABASE ? AS src", [str(src)])
    try:
        incoming = db.execute("SELECT id, path, status, processed_at FROM src.documents "
                              "ORDER BY status = 'duplicate'").fetchall()
        for doc_id, path, status, processed_at in incoming:
            if _keeps_existing(db, doc_id, path, _rank(status, path, processed_at)):
                summary.kept += 1
                continue
            with db.atomic():
                _delete(db, doc_id, path)
                for table in TABLES:
                    _copy(db, table, doc_id)
            summary.copied += 1
    finally:
        db.execute("DETACH DATABASE src")


def _keeps_existing(db: sqlite_utils.Database, doc_id: str, path: str, rank: tuple) -> bool:
    rows = db.execute("SELECT status, path, processed_at FROM documents WHERE id = ? OR path = ?",
                      [doc_id, path]).fetchall()
    return any(_rank(*row) >= rank for row in rows)


def _copy(db: sqlite_utils.Database, table: str, doc_id: str) -> None:
    cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
    where = "id" if table == _DOC else "document_id"
    db.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM src.{table} WHERE {where} = ?",
               [doc_id])

