"""The command line end to end on real inputs: the README's main job, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEEDS, cli

SEED = SEEDS / "000_398829baec4c2923.txt"


def run(*args: str, stdin: bytes | None = None):
    """The command in this process; `extract` without the worker process (its limits are
    tested in test_bounds), so the session's pipeline is reused."""
    extra = ("--timeout", "0") if args[:1] == ("extract",) else ()
    result = cli(*args, *extra, input=stdin)
    result.returncode = result.exit_code
    return result


@pytest.fixture(scope="module")
def seed_record() -> dict:
    """The README's main job, as the console script runs it (the file in a worker process)."""
    result = cli("extract", SEEDS, "--with-text")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return lines[0]


def test_readme_main_job_matches_the_seed_gold(seed_record):
    gold = json.loads((SEEDS / "000_398829baec4c2923.gold.json").read_text())
    assert seed_record["schema"] == "review-record/1"
    assert seed_record["area"] == gold["area"]
    assert seed_record["partnership"] == gold["partnership"]
    assert seed_record["period"]["start"] == gold["period"]["start"]
    assert seed_record["period"]["end"] == gold["period"]["end"]
    assert seed_record["source"]["kind"] == gold["kind"]


def test_with_text_offsets_point_at_every_mention_and_quote(seed_record):
    text = seed_record["source"]["text"]
    assert seed_record["figures"] and seed_record["quotes"]
    for fig in seed_record["figures"]:
        for m in fig["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in seed_record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_record_validates_against_the_schema(seed_record):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(seed_record, schema)


def test_folder_with_a_bad_file_writes_the_others_and_exits_1(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "fake.pdf").write_text("<html><body>Not found</body></html>")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(tmp_path), "--out", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR:")]
    assert len(errors) == 1 and "fake.pdf" in errors[0]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == ["seed.txt"]


def test_missing_file_and_empty_folder_get_one_line_errors(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"), str(tmp_path))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR:")]
    assert errors == [f"ERROR: {tmp_path / 'nope.txt'}: no such file or folder",
                      f"ERROR: {tmp_path}: folder holds no supported files "
                      "(.txt, .text, .md, .html, .htm, .pdf)"]
    assert result.stdout == ""


def test_stdin_and_formats(tmp_path):
    from_stdin = run("extract", "-", stdin=SEED.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr
    record = json.loads(from_stdin.stdout)
    assert record["area"] == "Luton"
    as_json = run("extract", str(SEED), "--format", "json")
    assert json.loads(as_json.stdout)[0]["area"] == "Luton"
    as_csv = run("extract", str(SEED), "--format", "csv")
    header, *rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert header[:3] == ["path", "kind", "area"]
    assert len(rows) == sum(len(f["mentions"]) for f in record["figures"])


def test_usage_error_exits_2():
    assert run("extract", "--format", "xml", str(SEED)).returncode == 2
    assert run("no-such-command").returncode == 2


def test_pdf_mentions_carry_page_and_bbox():
    pdf = CORPUS / "dev11_thurrock_annual_report_s4.pdf"
    result = run("extract", str(pdf))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["pages"] == 4
    mentions = [m for f in record["figures"] for m in f["mentions"]]
    assert mentions and all("bbox" in m and 1 <= m["page"] <= 4 for m in mentions)
    assert {m["page"] for m in mentions} != {1}
