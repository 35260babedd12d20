"""Exit codes mean one thing each: 0 all ok, 1 some inputs failed, 2 usage, 3 the run failed.

Every failure is one `ERROR:` line on stderr and never a Python traceback.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path


from tests.conftest import ROOT, SEEDS, cli, error_lines

SEED = SEEDS / "000_398829baec4c2923.txt"


def test_show_and_verify_of_a_missing_input_exit_1(tmp_path):
    missing = tmp_path / "missing.txt"
    for args in (("show", missing, "--out", tmp_path / "x.html"),
                 ("verify", missing, "--against", SEED),
                 ("verify", SEED, "--against", missing)):
        result = cli(*args)
        assert result.exit_code == 1, (args, result.stderr)
        assert error_lines(result.stderr) == [f"ERROR: {missing}: no such file"]
    assert not (tmp_path / "x.html").exists()


def test_evaluate_of_a_missing_or_unannotated_folder_exits_1(tmp_path):
    result = cli("evaluate", tmp_path / "nope")
    assert result.exit_code == 1 and result.stdout == ""
    assert error_lines(result.stderr) == [f"ERROR: {tmp_path / 'nope'}: no such folder"]
    result = cli("evaluate", tmp_path)
    assert result.exit_code == 1
    assert "holds no annotated documents" in result.stderr


def test_usage_errors_exit_2():
    assert cli("extract", "--format", "xml", SEED).exit_code == 2
    assert cli("batch", SEED, "--shard", "5/2").exit_code == 2


def test_an_output_that_cannot_be_written_exits_3(tmp_path):
    for args in (("extract", SEED, "--out", tmp_path / "no" / "out.jsonl"),
                 ("show", SEED, "--out", tmp_path / "no" / "out.html")):
        result = cli(*args)
        assert result.exit_code == 3, result.stderr
        (line,) = error_lines(result.stderr)
        assert line.startswith(f"ERROR: {tmp_path / 'no'}") and "Traceback" not in result.stderr


def on_a_full_disk(*args: object) -> subprocess.CompletedProcess[str]:
    """The command in a process whose file writes past 2,000 bytes fail as on a full disk
    (EFBIG; Python ignores SIGXFSZ). Its stdout and stderr are pipes, which the limit spares."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)],
                          capture_output=True, text=True, preexec_fn=limit, timeout=300)


def test_a_full_disk_leaves_the_old_output_whole_and_exits_3(tmp_path):
    out, page = tmp_path / "out.jsonl", tmp_path / "seed.html"
    out.write_text("the previous run's output\n")
    result = on_a_full_disk("extract", SEED, "--out", out, "--timeout", "0")
    assert result.returncode == 3
    assert error_lines(result.stderr) == [f"ERROR: {out}: cannot write: File too large"]
    assert out.read_text() == "the previous run's output\n"
    result = on_a_full_disk("show", SEED, "--out", page)
    assert result.returncode == 3 and not page.exists()
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_parser_log_lines_stay_out_of_the_error_lines(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>t</title></head><body></body></html>")
    result = cli("extract", page)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"ERROR: {page}: no article text found"]


def test_a_run_failure_is_one_line_and_no_traceback(tmp_path):
    db = tmp_path / "other.db"
    shutil.copy(SEED, db)  # not a database
    result = cli("batch", SEEDS, "--db", db, "--quiet")
    assert result.exit_code == 3 and "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"ERROR: {db}: not a SQLite database (left as it is)"]
    assert db.read_bytes() == SEED.read_bytes()


def test_all_ok_exits_0(tmp_path: Path, nlp):
    result = cli("extract", SEED, "--out", tmp_path / "o.jsonl")
    assert result.exit_code == 0 and result.stderr == ""
