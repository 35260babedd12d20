"""The command line as a person meets it: help text, and what `extract` prints on a terminal
(a pseudo-terminal here) against what it writes into a pipe."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import ROOT, SEEDS, cli

COMMANDS = ["extract", "evaluate", "train", "show", "verify", "batch", "export", "merge",
            "schema", "version"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_no_python_types(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert not re.search(r"<(?:list|str|int|float|path|Path)\b|\{\w+", result.output), result.output


def test_show_help_documents_its_default_output() -> None:
    result = CliRunner().invoke(app, ["show", "--help"], terminal_width=200)
    assert "default: DOC's name with .review.html" in result.output


@pytest.mark.parametrize("workers", ["0", "-2"])
def test_workers_below_one_are_refused(workers: str, tmp_path) -> None:
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--db", str(tmp_path / "x.db"),
                                      "--workers", workers])
    assert result.exit_code == 2 and "--workers" in result.output
    assert not (tmp_path / "x.db").exists()


def _on_a_terminal(*args: str) -> str:
    """Run the CLI with stdout on a pseudo-terminal (stderr a pipe); return what it printed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "cli.py", *args], cwd=ROOT, stdout=slave,
                            stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "120"})
    os.close(slave)
    out = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read()
    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", out.decode("utf-8", "replace"))


def test_extract_prints_a_summary_on_a_terminal_and_jsonl_into_a_pipe() -> None:
    seed = str(SEEDS / "000_398829baec4c2923.txt")
    shown = _on_a_terminal("extract", seed)
    assert "000_398829baec4c2923.txt: news_article · Luton" in shown
    assert "Serious incident notifications" in shown and "64 per 10,000" in shown
    assert '"schema"' not in shown
    forced = _on_a_terminal("extract", seed, "--format", "jsonl")
    assert json.loads(forced.strip().splitlines()[-1])["area"] == "Luton"
    piped = cli("extract", seed)  # in this process: stdout and stderr are not terminals
    assert piped.exit_code == 0 and json.loads(piped.stdout)["area"] == "Luton"
    assert "\u2026" not in piped.stderr  # no spinner when stderr is not a terminal
