"""The database as people query it: joined views, integer counts, cascading deletes, search,
speakers across documents, and a folder whose files were renamed, deleted or copied."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

from extractor.database import open_db, write_record
from tests.conftest import CORPUS, SEEDS, cli

DOCS = ("dev01_sunderland_notifications.txt", "dev07_portsmouth_rapid_reviews.html")
SEED = SEEDS / "000_398829baec4c2923.txt"


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    from extractor.extract import extract_file

    return {name: extract_file(CORPUS / name, nlp).to_dict() for name in DOCS}


@pytest.fixture
def db_path(tmp_path, records):
    path = tmp_path / "r.db"
    db = open_db(path)
    for name in DOCS:
        write_record(db, records[name], name, 1.0)
    db.close()
    return path


def test_figures_full_carries_the_document_columns(db_path, records):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM figures_full ORDER BY path, ordinal").fetchall()
    assert len(rows) == sum(len(r["figures"]) for r in records.values())
    for row in rows:
        record = records[row["path"]]
        assert row["title"] == record["source"]["title"]
        assert row["area"] == record["area"] and row["partnership"] == record["partnership"]
        assert row["area_code"] == record["area_code"] and row["area_code"].startswith("E")
        assert row["document_period_start"] == (record["period"] or {}).get("start")
        assert row["sentence"]  # the first mention's sentence: the row reads alone
    quotes = conn.execute("SELECT path, speaker, text FROM quotes_full").fetchall()
    assert len(quotes) == sum(len(r["quotes"]) for r in records.values())


def test_counts_are_integers(db_path):
    conn = sqlite3.connect(db_path)
    types = dict(conn.execute("SELECT unit, group_concat(DISTINCT typeof(value)) FROM figures "
                              "GROUP BY unit").fetchall())
    assert types["count"] == "integer"


def test_deleting_a_document_takes_its_rows(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    doc_id = conn.execute("SELECT id FROM documents WHERE path = ?", [DOCS[0]]).fetchone()[0]
    conn.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    conn.commit()
    for table in ("figures", "mentions", "quotes", "people"):
        left = conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [doc_id])
        assert left.fetchone()[0] == 0, table


def test_documented_search_queries_run(db_path, records):
    conn = sqlite3.connect(db_path)
    quote = next(q["text"] for r in records.values() for q in r["quotes"])
    word = max(re.findall(r"[A-Za-z]+", quote), key=len).lower()
    hits = conn.execute("SELECT path, speaker, text FROM quotes_full WHERE quote_rowid IN "
                        "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
                        [word]).fetchall()
    assert quote in [text for _p, _s, text in hits]
    assert all(word in text.lower() or word in (s or "").lower() for _p, s, text in hits)
    found = conn.execute("SELECT figure_id FROM figures_full WHERE figure_id IN "
                         "(SELECT figure_id FROM mentions WHERE rowid IN (SELECT rowid FROM "
                         "mentions_fts WHERE mentions_fts MATCH ?))", ["notifications"]).fetchall()
    expected = {fid for fid, sentence in conn.execute("SELECT figure_id, sentence FROM mentions")
                if re.search(r"\bnotifications\b", sentence or "", re.I)}
    assert expected and {fid for (fid,) in found} == expected


def test_speakers_view_lists_each_person_with_role_and_documents(db_path, records):
    conn = sqlite3.connect(db_path)
    rows = {name: (role, docs, n) for name, role, docs, n in conn.execute(
        "SELECT name, role, documents, n_quotes FROM speakers")}
    expected = {p["name"] for r in records.values() for p in r["people"]}
    assert set(rows) == expected
    for name, (_role, docs, n_quotes) in rows.items():
        spoken = [path for path, r in records.items()
                  if any(q.get("speaker") == name for q in r["quotes"])]
        assert n_quotes == sum(q.get("speaker") == name for r in records.values()
                               for q in r["quotes"])
        assert all(path in docs for path in spoken)


def test_renamed_file_keeps_its_rows_and_prune_drops_deleted_ones(tmp_path, nlp):
    folder, db = tmp_path / "in", tmp_path / "r.db"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    shutil.copy(CORPUS / DOCS[0], folder / "other.txt")
    assert cli("batch", folder, "--db", db, "--workers", "1", "--quiet").exit_code == 0
    (folder / "seed.txt").rename(folder / "renamed.txt")
    result = cli("batch", folder, "--db", db, "--workers", "1", "--quiet")
    assert result.exit_code == 0 and "0 processed" in result.stderr and "1 renamed" in result.stderr
    conn = sqlite3.connect(db)
    assert sorted(p for (p,) in conn.execute("SELECT path FROM documents")) == ["other.txt",
                                                                               "renamed.txt"]
    (folder / "other.txt").unlink()
    kept = cli("batch", folder, "--db", db, "--workers", "1", "--quiet")
    assert kept.exit_code == 0
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2  # kept without --prune
    pruned = cli("batch", folder, "--db", db, "--workers", "1", "--quiet", "--prune")
    assert pruned.exit_code == 0 and "1 pruned" in pruned.stderr
    assert [p for (p,) in conn.execute("SELECT path FROM documents")] == ["renamed.txt"]
    assert conn.execute("SELECT count(*) FROM figures f LEFT JOIN documents d ON "
                        "d.id = f.document_id WHERE d.id IS NULL").fetchone()[0] == 0


def test_an_identical_file_gets_a_row_pointing_to_the_first(tmp_path, nlp):
    folder, db = tmp_path / "in", tmp_path / "r.db"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED, folder / "b.txt")
    assert cli("batch", folder, "--db", db, "--workers", "1", "--quiet").exit_code == 0
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT path, status, duplicate_of FROM documents ORDER BY path").fetchall()
    first_id = conn.execute("SELECT id FROM documents WHERE path = 'a.txt'").fetchone()[0]
    assert rows == [("a.txt", "ok", None), ("b.txt", "duplicate", first_id)]
    again = cli("batch", folder, "--db", db, "--workers", "1", "--quiet")
    assert again.exit_code == 0 and "0 processed" in again.stderr
