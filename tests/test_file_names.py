"""File names are bytes: every one is stored reversibly and printed safely."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest

from extractor.paths import as_text, original, shown
from tests.conftest import SEEDS, cli, error_lines

SEED = SEEDS / "000_398829baec4c2923.txt"

NAMES = [  # (file name bytes, what it tests)
    (b"caf\xc3\xa9.txt", "UTF-8 name"),
    (b"latin1-\xe9t\xe9.txt", "not UTF-8"),
    (b"\xff\xfe.txt", "undecodable bytes only"),
    (b"back\\slash.txt", "a backslash"),
    (b"x\\xff.txt", "text that looks like an escape"),
]


@pytest.mark.parametrize("name", [n for n, _ in NAMES])
def test_text_form_is_valid_utf8_and_reversible(name):
    text = as_text(os.fsdecode(name))
    text.encode("utf-8")  # never raises
    assert os.fsencode(original(text)) == name


@pytest.mark.parametrize("raw, escaped", [
    ("a\nERROR: forged", "a\\nERROR: forged"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
    ("tab\there", "tab\\there"),
    ("café ok", "café ok"),
])
def test_shown_escapes_control_characters(raw, escaped):
    assert shown(raw) == escaped


@pytest.fixture
def odd_folder(tmp_path):
    folder = tmp_path / "in"
    os.makedirs(folder)
    for name, _ in NAMES:
        shutil.copy(SEED, os.path.join(os.fsencode(folder), name))
        # every copy must be a different document, or all but one are duplicates
        with open(os.path.join(os.fsencode(folder), name), "ab") as stream:
            stream.write(b"\n" + name.hex().encode())
    return folder


def test_batch_stores_every_odd_name_and_they_read_back(odd_folder, tmp_path, nlp):
    db = tmp_path / "r.db"
    result = cli("batch", odd_folder, "--db", db, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, status, record FROM documents").fetchall()
    assert sorted(os.fsencode(original(p)) for p, _, _ in rows) == sorted(n for n, _ in NAMES)
    assert all(status == "ok" for _, status, _ in rows)
    for path, _, record in rows:
        assert json.loads(record)["source"]["path"] == path
    again = cli("batch", odd_folder, "--db", db, "--workers", "1", "--quiet")
    assert again.exit_code == 0 and "5 unchanged" in again.stderr


def test_extract_writes_valid_utf8_json_for_odd_names(odd_folder, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    assert cli("extract", odd_folder, "--out", out).exit_code == 0
    lines = out.read_bytes().decode("utf-8").splitlines()  # strict: raises on raw bytes
    names = sorted(os.fsencode(original(os.path.basename(json.loads(line)["source"]["path"])))
                   for line in lines)
    assert names == sorted(n for n, _ in NAMES)


def test_a_name_cannot_forge_an_error_line_or_reach_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\nERROR: forged\x1b[2J.txt").write_bytes(b"")
    result = cli("extract", folder)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and "\x1b" not in result.stderr
    assert error_lines(result.stderr)[0].endswith("a\\nERROR: forged\\x1b[2J.txt: empty file")
