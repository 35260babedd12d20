"""The SQLite store on real records: rows, keys, replacement, merge and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from extractor.database import (TABLES, VIEWS, DatabaseError, export_records, export_tables,
                                merge_databases, open_db, write_error, write_record)
from tests.conftest import CORPUS

DOCS = ("dev01_sunderland_notifications.txt", "dev07_portsmouth_rapid_reviews.html",
        "dev12_kirklees_scrutiny_report.pdf")
VOLATILE = {"processed_at", "seconds", "tool_version"}


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    from extractor.extract import extract_file

    return {name: extract_file(CORPUS / name, nlp).to_dict() for name in DOCS}


def table_rows(db_path: Path, table: str) -> list[tuple]:
    """Every row of a table, without the columns that say when it was written."""
    conn = sqlite3.connect(db_path)
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in VOLATILE]
    quoted = ", ".join(f'"{c}"' for c in cols)
    rows = sorted(conn.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)
    conn.close()
    return rows


def all_rows(db_path: Path) -> dict[str, list[tuple]]:
    return {t: table_rows(db_path, t) for t in TABLES}


def store(db_path: Path, records: dict[str, dict], names=DOCS) -> None:
    db = open_db(db_path)
    for name in names:
        write_record(db, records[name], name, 1.0)
    db.close()


def test_rows_mirror_the_records(tmp_path, records):
    store(tmp_path / "r.db", records)
    conn = sqlite3.connect(tmp_path / "r.db")
    for name, rec in records.items():
        doc_id, pages, n_fig = conn.execute(
            "SELECT id, pages, n_figures FROM documents WHERE path = ?", [name]).fetchone()
        assert doc_id == rec["source"]["sha256"] and pages == rec["source"]["pages"]
        assert n_fig == len(rec["figures"])
        mentions = conn.execute("SELECT text, page, start, \"end\" FROM mentions "
                                "WHERE document_id = ?", [doc_id]).fetchall()
        expected = [(m["text"], m["page"], m["start"], m["end"])
                    for f in rec["figures"] for m in f["mentions"]]
        assert sorted(mentions) == sorted(expected)
        n_quotes = conn.execute("SELECT count(*) FROM quotes WHERE document_id = ?", [doc_id])
        assert n_quotes.fetchone()[0] == len(rec["quotes"])
        stored = json.loads(conn.execute("SELECT record FROM documents WHERE id = ?",
                                         [doc_id]).fetchone()[0])
        assert stored["figures"] == rec["figures"] and stored["source"]["path"] == name
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_full_text_search_finds_quotes_and_sentences(tmp_path, records):
    store(tmp_path / "r.db", records)
    quote = next(q for r in records.values() for q in r["quotes"] if len(q["text"].split()) > 4)
    word = max(quote["text"].split(), key=len).strip(".,;:!?\"'()")
    conn = sqlite3.connect(tmp_path / "r.db")
    hits = conn.execute("SELECT text FROM quotes WHERE rowid IN (SELECT rowid FROM quotes_fts "
                        "WHERE quotes_fts MATCH ?)", [f'"{word}"']).fetchall()
    assert (quote["text"],) in hits
    fig_sentence = next(f["mentions"][0]["sentence"] for r in records.values() for f in r["figures"])
    token = max(fig_sentence.split(), key=len).strip(".,;:!?\"'()")
    n = conn.execute("SELECT count(*) FROM mentions_fts WHERE mentions_fts MATCH ?",
                     [f'"{token}"']).fetchone()[0]
    assert n >= 1
    conn.close()


def test_writing_again_changes_nothing(tmp_path, records):
    store(tmp_path / "r.db", records)
    before = all_rows(tmp_path / "r.db")
    store(tmp_path / "r.db", records)
    assert all_rows(tmp_path / "r.db") == before


def test_changed_file_replaces_its_rows(tmp_path, records):
    txt, html = records[DOCS[0]], records[DOCS[1]]
    db = open_db(tmp_path / "r.db")
    write_record(db, txt, "same/path.txt")
    write_record(db, html, "same/path.txt")  # same path, new bytes
    docs = db.execute("SELECT id FROM documents").fetchall()
    assert docs == [(html["source"]["sha256"],)]
    orphans = db.execute("SELECT count(*) FROM figures WHERE document_id != ?",
                         [html["source"]["sha256"]]).fetchone()[0]
    assert orphans == 0
    assert db.execute("SELECT count(*) FROM figures").fetchone()[0] == len(html["figures"])
    write_error(db, "same/path.txt", "f" * 64, "damaged PDF")
    assert db.execute("SELECT status, error FROM documents").fetchall() == [("error", "damaged PDF")]
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    db.close()


def test_merge_equals_one_database_and_is_idempotent(tmp_path, records):
    store(tmp_path / "all.db", records)
    store(tmp_path / "a.db", records, DOCS[:1])
    store(tmp_path / "b.db", records, DOCS[1:])
    summary = merge_databases(tmp_path / "m.db", [tmp_path / "a.db", tmp_path / "b.db"])
    assert summary.copied == len(DOCS)
    assert all_rows(tmp_path / "m.db") == all_rows(tmp_path / "all.db")
    again = merge_databases(tmp_path / "m.db", [tmp_path / "b.db", tmp_path / "a.db"])
    assert again.copied == 0 and again.kept == len(DOCS)
    assert all_rows(tmp_path / "m.db") == all_rows(tmp_path / "all.db")


def test_merge_prefers_an_extracted_copy_over_an_error(tmp_path, records):
    rec = records[DOCS[0]]
    store(tmp_path / "ok.db", records, DOCS[:1])
    bad = open_db(tmp_path / "bad.db")
    write_error(bad, DOCS[0], rec["source"]["sha256"], "timed out after 1 s")
    bad.close()
    merge_databases(tmp_path / "m.db", [tmp_path / "ok.db", tmp_path / "bad.db"])
    assert all_rows(tmp_path / "m.db") == all_rows(tmp_path / "ok.db")


def test_export_writes_every_table(tmp_path, records):
    store(tmp_path / "r.db", records)
    counts = {t: len(table_rows(tmp_path / "r.db", t)) for t in (*TABLES, *VIEWS)}
    for fmt in ("csv", "jsonl"):
        written = export_tables(tmp_path / "r.db", fmt, tmp_path / fmt)
        assert [p.name for p in written] == [f"{t}.{fmt}" for t in (*TABLES, *VIEWS)]
        for path in written:
            lines = path.read_text(encoding="utf-8").splitlines()
            if fmt == "jsonl":
                assert len(lines) == counts[path.stem]
    assert export_records(tmp_path / "r.db", tmp_path / "records.jsonl") == len(DOCS)
    lines = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["source"]["sha256"] for line in lines} == \
        {r["source"]["sha256"] for r in records.values()}


def test_parquet_export_or_a_clear_error(tmp_path, records):
    store(tmp_path / "r.db", records)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        with pytest.raises(DatabaseError, match="pyarrow"):
            export_tables(tmp_path / "r.db", "parquet", tmp_path / "pq")
        return
    written = export_tables(tmp_path / "r.db", "parquet", tmp_path / "pq")
    figures = pq.read_table(tmp_path / "pq" / "figures.parquet")
    assert figures.num_rows == len(table_rows(tmp_path / "r.db", "figures")) and len(written) == 5


def test_other_schema_version_and_missing_database_are_refused(tmp_path, records):
    store(tmp_path / "r.db", records, DOCS[:1])
    with pytest.raises(DatabaseError, match="no such database"):
        export_tables(tmp_path / "missing.db", "csv", tmp_path / "out")
    conn = sqlite3.connect(tmp_path / "r.db")
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="schema version"):
        open_db(tmp_path / "r.db")
