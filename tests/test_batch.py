"""`batch` end to end on real documents: resume after kill -9, shards + merge, re-runs, errors."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch import BatchConfig, in_shard, parse_shard, run_batch
from tests.conftest import CORPUS, ROOT
from tests.test_database import all_rows

DOCS = ("dev01_sunderland_notifications.txt", "dev03_norfolk_notifications_rise.txt",
        "dev07_portsmouth_rapid_reviews.html", "dev09_swindon_reviews_stall.html",
        "dev12_kirklees_scrutiny_report.pdf", "dev14_blackpool_learning_2023_24.pdf")
BROKEN = "reports/2023/truncated.pdf"


def batch(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "batch", *args, "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600, **kwargs)


def make_folder(root: Path) -> Path:
    """Corpus documents in nested folders, plus a PDF cut short like a failed download."""
    for i, name in enumerate(DOCS):
        target = root / ("news" if i % 2 else "reports/2023") / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, target)
    (root / BROKEN).write_bytes((CORPUS / DOCS[4]).read_bytes()[:2000])
    return root


def statuses(db_path: Path) -> list[tuple[str, str, str | None]]:
    conn = sqlite3.connect(db_path, timeout=30)
    rows = conn.execute("SELECT path, status, error FROM documents ORDER BY path").fetchall()
    conn.close()
    return rows


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return make_folder(tmp_path_factory.mktemp("batch") / "in")


@pytest.fixture(scope="module")
def clean(folder, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One uninterrupted run with two workers: the reference the other runs must equal."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    return db, batch(str(folder), "--db", str(db), "--workers", "2")


def test_clean_run_stores_every_file_once_and_reports_the_broken_one(clean):
    db, result = clean
    assert result.returncode == 1, result.stderr
    rows = statuses(db)
    assert len(rows) == len(DOCS) + 1
    assert [r[1] for r in rows if r[0] != BROKEN] == ["ok"] * len(DOCS)
    broken = next(r for r in rows if r[0] == BROKEN)
    assert broken[1] == "error" and broken[2] and "\n" not in broken[2]
    assert f"ERROR: {BROKEN}: {broken[2]}" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM figures").fetchone()[0] > 20
    conn.close()


def test_killed_run_resumes_to_the_same_rows(clean, folder, tmp_path):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "batch", str(folder), "--db",
                             str(db), "--workers", "1", "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    done, deadline = 0, time.monotonic() + 300
    while done < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            done = len(statuses(db)) if db.exists() else 0
        except sqlite3.OperationalError:  # the schema is still being created
            pass
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 2 <= len(statuses(db)) < len(DOCS) + 1, "the kill must land mid-run"
    rerun = batch(str(folder), "--db", str(db), "--workers", "1")
    assert rerun.returncode == 1
    assert all_rows(db) == all_rows(clean[0])


def test_shards_merge_to_the_unsharded_rows(clean, folder, tmp_path):
    parts = []
    for i in range(2):
        parts.append(tmp_path / f"shard{i}.db")
        batch(str(folder), "--db", str(parts[-1]), "--workers", "1", "--shard", f"{i}/2")
    sizes = [len(statuses(p)) for p in parts]
    assert sum(sizes) == len(DOCS) + 1 and min(sizes) > 0
    merged = tmp_path / "merged.db"
    for _ in range(2):  # merging twice changes nothing
        result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "merge", str(merged),
                                 *map(str, parts)], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert all_rows(merged) == all_rows(clean[0])


def test_rerun_skips_retries_and_replaces(clean, folder, tmp_path, nlp):
    db = tmp_path / "again.db"
    shutil.copy(clean[0], db)
    before = all_rows(db)
    summary = run_batch(folder, db, BatchConfig(workers=0))
    assert (summary.processed, summary.skipped, summary.still_failing) == (0, len(DOCS), 1)
    assert summary.exit_code == 1 and all_rows(db) == before
    retried = run_batch(folder, db, BatchConfig(workers=0, retry_errors=True))
    assert (retried.processed, retried.failed, retried.skipped) == (1, 1, len(DOCS))
    path = f"news/{DOCS[1]}"
    (old_id,) = next(r for r in statuses_ids(db) if r[1] == path)[:1]
    changed = folder.parent / "changed"
    shutil.copytree(folder, changed)
    story = changed / path
    story.write_text(story.read_text(encoding="utf-8").replace(". ", ". In all, 17 children "
                     "were referred. ", 1), encoding="utf-8")
    summary = run_batch(changed, db, BatchConfig(workers=0))
    assert summary.processed == 1 and summary.skipped == len(DOCS) - 1
    conn = sqlite3.connect(db)
    ids = conn.execute("SELECT id FROM documents WHERE path = ?", [path]).fetchall()
    left = conn.execute("SELECT count(*) FROM figures WHERE document_id = ?", [old_id]).fetchone()
    new = conn.execute("SELECT count(*) FROM figures WHERE document_id = ?", [ids[0][0]]).fetchone()
    conn.close()
    assert len(ids) == 1 and ids[0][0] != old_id
    assert left[0] == 0 and new[0] > 0
    assert len(statuses(db)) == len(DOCS) + 1


def statuses_ids(db_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, path FROM documents").fetchall()
    conn.close()
    return rows


def test_a_document_past_the_time_limit_is_an_error_and_its_worker_replaced(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / DOCS[0], folder / "a_small.txt")
    text = (CORPUS / DOCS[1]).read_text(encoding="utf-8")
    (folder / "b_huge.txt").write_text(text * 200, encoding="utf-8")
    shutil.copy(CORPUS / DOCS[2], folder / "c_small.html")
    db = tmp_path / "t.db"
    started = time.monotonic()
    result = batch(str(folder), "--db", str(db), "--workers", "1", "--timeout", "3")
    assert result.returncode == 1 and time.monotonic() - started < 240
    assert statuses(db) == [("a_small.txt", "ok", None),
                            ("b_huge.txt", "error", "timed out after 3 s"),
                            ("c_small.html", "ok", None)]


def test_shards_split_every_path_exactly_once():
    paths = [f"area{i}/report-{i * 7}.pdf" for i in range(200)]
    owners = [[i for i in range(3) if in_shard(p, (i, 3))] for p in paths]
    assert all(len(o) == 1 for o in owners)
    assert min(sum(o == [i] for o in owners) for i in range(3)) > 40
    assert parse_shard("2/3") == (2, 3)
    for bad in ("3/3", "1", "a/b", "0/0"):
        with pytest.raises(ValueError):
            parse_shard(bad)
