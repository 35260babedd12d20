"""What a folder of untrusted files can and cannot make the tool do."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from extractor.ingest import load
from extractor.errors import UnsupportedFormat
from tests.conftest import ROOT, SEEDS, cli, error_lines

SEED = SEEDS / "000_398829baec4c2923.txt"
TEXT = "The partnership received 12 serious incident notifications in 2022/23.\n"


def test_a_link_out_of_the_input_folder_is_reported_not_followed(tmp_path, nlp):
    folder, secret = tmp_path / "in", tmp_path / "secret.txt"
    folder.mkdir()
    secret.write_text("Password: 12345 for 7 accounts\n")
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "x.txt").symlink_to(secret)
    (folder / "linked").symlink_to(tmp_path)  # a folder link out of the input folder
    (folder / "inner.txt").symlink_to(folder / "seed.txt")  # a link inside is fine
    out = tmp_path / "out.jsonl"
    result = cli("extract", folder, "--out", out)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"ERROR: {folder / 'linked'}: link to a folder outside the input folder: not followed",
        f"ERROR: {folder / 'x.txt'}: link to a file outside the input folder: not followed"]
    assert "12345" not in out.read_text()
    db = tmp_path / "r.db"
    result = cli("batch", folder, "--db", db, "--workers", "1", "--quiet")
    assert result.exit_code == 1
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT path, status FROM documents"))
    # seed.txt has the same bytes as inner.txt, first in path order: one document
    assert rows == {"inner.txt": "ok", "seed.txt": "duplicate", "x.txt": "error", "linked": "error"}


def _unprivileged(args: list[str], cwd) -> subprocess.CompletedProcess[str]:
    """Run the CLI where file modes apply: root reads every file whatever its mode, unless it
    drops the two capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)."""
    command = [sys.executable, str(ROOT / "cli.py"), *args]
    if os.geteuid() == 0:
        if not shutil.which("capsh"):
            pytest.skip("capsh is not installed: cannot drop root's file-permission override")
        command = ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                   'exec "$0" "$@"', *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_unreadable_file_and_folder_are_reported_as_such(tmp_path):
    work = tmp_path / "work"
    (work / "in" / "locked").mkdir(parents=True)
    (work / "in" / "secret.txt").write_text(TEXT)
    (work / "in" / "locked" / "inner.txt").write_text(TEXT)
    (work / "in" / "secret.txt").chmod(0o000)
    (work / "in" / "locked").chmod(0o000)
    result = _unprivileged(["extract", "in"], work)
    (work / "in" / "locked").chmod(0o755)  # so pytest can clean up
    assert result.returncode == 1, result.stderr
    assert error_lines(result.stderr) == [
        "ERROR: in/locked: cannot read folder: Permission denied",
        "ERROR: in/secret.txt: cannot read: Permission denied"]


@pytest.mark.parametrize("name, data", [
    ("random.txt", random.Random(7).randbytes(200_000)),
    ("random.html", random.Random(8).randbytes(50_000)),
    ("nuls.txt", b"\x00" * 1000 + TEXT.encode()),
])
def test_binary_bytes_named_as_text_are_refused(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(UnsupportedFormat, match="binary content"):
        load(tmp_path / name)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be", "utf-8-sig"])
def test_unicode_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    data = TEXT.replace("12", "twelve (12) — ‘quoted’")
    raw = data.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "u.txt").write_bytes(raw)
    document = load(tmp_path / "u.txt")
    assert document.text == data.strip() and not document.warnings


def test_a_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(UnsupportedFormat, match="not a regular file"):
        load(tmp_path / "pipe.txt")
