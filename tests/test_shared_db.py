"""A database is used by one writer at a time, and anything that is not ours is left alone."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess

import pytest

from extractor.database import writer_lock
from tests.conftest import SEEDS, cli, error_lines


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def batch(db, *extra):
    return cli("batch", SEEDS, "--db", db, "--workers", "1", "--quiet", *extra)


def test_a_second_writer_is_refused_with_a_clear_line(tmp_path):
    db = tmp_path / "r.db"
    with writer_lock(db):  # the lock a running batch or merge holds
        result = batch(db)
    assert result.exit_code == 3
    assert error_lines(result.stderr) == [
        f"ERROR: {db}: in use by another batch or merge run: wait for it to finish, "
        "or use another --db"]


def test_two_batches_at_once_store_each_file_once(tmp_path, nlp):
    db = tmp_path / "r.db"
    import sys

    from tests.conftest import ROOT

    procs = [subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "batch", str(SEEDS),
                               "--db", str(db), "--workers", "1", "--quiet"],
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(3)]
    codes = sorted(p.wait(timeout=300) for p in procs)
    errors = [p.stderr.read() for p in procs]
    assert codes[0] == 0 and all(c in (0, 3) for c in codes), errors
    assert all("Traceback" not in e and "database is locked" not in e for e in errors)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (1, 1)


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.mkdir(), "is a folder, not a database file"),
    (lambda p: None, "folder {parent} does not exist"),
    (lambda p: p.write_text("notes, not a database\n"), "not a SQLite database (left as it is)"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE accounts (id, owner)").connection.commit(),
     "a SQLite database of another program (left as it is)"),
])
def test_a_db_that_is_not_ours_gets_one_line_and_stays_untouched(tmp_path, make, reason):
    db = tmp_path / "sub" / "r.db" if "does not exist" in reason else tmp_path / "r.db"
    make(db)
    before = digest(db) if db.is_file() else None
    result = batch(db)
    assert result.exit_code == 3 and "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"ERROR: {db}: {reason.format(parent=db.parent)}"]
    assert (digest(db) if db.is_file() else None) == before


def test_a_read_only_database_gets_one_line(tmp_path, nlp):
    db = tmp_path / "r.db"
    assert batch(db).exit_code == 0
    before = digest(db)
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available to make a file read-only for root")
    try:
        result = batch(db, "--force")
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert result.exit_code == 3
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"ERROR: {db}: cannot write")
    assert digest(db) == before


def test_merge_of_a_non_database_is_one_line_and_no_empty_output(tmp_path):
    notes = tmp_path / "notes.db"
    shutil.copy(SEEDS / "000_398829baec4c2923.txt", notes)
    out = tmp_path / "merged.db"
    result = cli("merge", out, notes)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"ERROR: {notes}: not a SQLite database (left as it is)"]
    assert not out.exists()
