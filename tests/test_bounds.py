"""Bounded time and memory per file, in every command (issue 11, item 4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.ingest import Limits, load
from extractor.errors import LimitExceeded
from tests.conftest import ROOT, SEEDS, cli, error_lines

SEED = SEEDS / "000_398829baec4c2923.txt"
MiB = 1 << 20


def flate_bomb_pdf(out: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream is `inflated` NUL bytes, Flate-compressed."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from hostile import pdf_with_stream

    return pdf_with_stream(out, inflated)


def test_a_flate_bomb_page_is_not_read(tmp_path):
    pdf = flate_bomb_pdf(tmp_path / "bomb.pdf", 256 * MiB)
    assert pdf.stat().st_size < 1 * MiB
    t0 = time.monotonic()
    document = load(pdf)
    assert time.monotonic() - t0 < 30
    assert any("content inflates past the limit of 32 MB" in w for w in document.warnings)


def test_a_paragraph_over_spacys_max_length_is_parsed_in_pieces(nlp):
    from extractor.document import Source, TextBuilder
    from extractor.pipeline import MAX_CHUNK, _chunks, to_doc

    text = ("the partnership met and the board agreed " * 30_000).strip()  # 1.2 M characters
    assert len(text) > nlp.max_length
    chunks = _chunks(text)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(e - s <= MAX_CHUNK for s, e, _n in chunks)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:]))
    b = TextBuilder()
    b.start_page()
    b.add(text, 1)
    doc = to_doc(b.build(Source("long.txt", "0" * 64, "txt"), []), nlp)
    assert doc.text == text


@pytest.mark.slow
def test_digits_everywhere_over_max_length_is_parsed(nlp):
    """Every paragraph needs the parser: a text over nlp.max_length was one E088 call."""
    from extractor.document import Source, TextBuilder
    from extractor.pipeline import to_doc

    line = "In 2023 the board held 12 reviews and 7 audits."
    b = TextBuilder()
    b.start_page()
    written = 0
    while written <= 210_000:
        if written:
            b.sep("\n")
        b.add(line, 1)
        written += len(line) + 1
    document = b.build(Source("digits.txt", "0" * 64, "txt"), [])
    old = nlp.max_length
    nlp.max_length = 200_000  # the same refusal as at 1,000,000, on a text 5 times smaller
    try:
        doc = to_doc(document, nlp)
    finally:
        nlp.max_length = old
    assert doc.text == document.text


def test_a_text_over_the_character_limit_is_refused_unparsed(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Twelve reviews were held in 2023.\n" * 40_000)  # 1.4 MB
    with pytest.raises(LimitExceeded, match="over the limit of 1,000,000 characters"):
        load(path, limits=Limits(max_chars=1_000_000))


def _peak_child_kib(args: list[str], stdin_bytes: int, env: dict[str, str]) -> tuple[int, str, int]:
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        block = b" " * MiB
        for _ in range(stdin_bytes // MiB):
            proc.stdin.write(block)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss, err, proc.returncode


def test_stdin_stops_at_the_size_limit_instead_of_reading_everything():
    env = {**os.environ, "REVIEW_RECORDS_MAX_MB": "2"}
    base, _, _ = _peak_child_kib(["version"], 0, env)
    peak, err, code = _peak_child_kib(["extract", "-"], 200 * MiB, env)
    assert code == 1
    assert error_lines(err) == ["ERROR: <stdin>: 2.1 MB, over the limit of 2 MB "
                                "(set REVIEW_RECORDS_MAX_MB)"]
    assert peak - base < 50 * 1024  # KiB: far less than the 200 MiB sent


def test_extract_and_show_have_the_per_file_time_limit(tmp_path):
    result = cli("extract", SEED, "--timeout", "0.01")
    assert result.exit_code == 1 and result.stdout == ""
    assert error_lines(result.stderr) == [f"ERROR: {SEED}: timed out after 0.01 s"]
    result = cli("show", SEED, "--timeout", "0.01", "--out", tmp_path / "s.html")
    assert result.exit_code == 1 and not (tmp_path / "s.html").exists()
    assert error_lines(result.stderr) == [f"ERROR: {SEED}: timed out after 0.01 s"]


def test_a_worker_over_the_memory_limit_is_replaced(monkeypatch):
    monkeypatch.setenv("REVIEW_RECORDS_MAX_MEMORY_MB", "100")  # below the pipeline's own size
    result = cli("extract", SEED)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"ERROR: {SEED}: over the memory limit of 100 MiB (set REVIEW_RECORDS_MAX_MEMORY_MB)"]


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_when_their_parent_dies(tmp_path, sig):
    """Nothing the command started outlives it, even a worker busy on a document.

    Under the forkserver a worker's parent is the fork server, which itself waits for its
    workers to end: the worker must watch the command's own process, not its parent."""
    busy = tmp_path / "busy.txt"  # a text the worker needs many seconds for
    busy.write_text("In 2023 the board held 12 reviews and 7 audits of 40 cases.\n" * 30_000)
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", str(busy)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        loaded: list[int] = []  # a worker with the pipeline in memory
        while time.monotonic() < deadline and not loaded:
            time.sleep(0.5)
            loaded = [p for p in _descendants(proc.pid) if _rss_mib(p) > 150]
        assert loaded, "no worker started"
        time.sleep(2)  # the worker is now busy on the document
        started = _descendants(proc.pid)  # workers, fork server, resource tracker
        assert proc.poll() is None, "the document was done before the signal: nothing tested"
        proc.send_signal(sig)
        proc.wait(30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in started):
            time.sleep(0.2)
        assert [p for p in started if _alive(p)] == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().decode(errors="replace")
    except OSError:
        return ""


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MiB
    except (OSError, ValueError, IndexError):
        return 0.0


@pytest.mark.xfail(strict=False, reason=(
    "known intermittent hang, cause not found: in the full suite the interrupted extract "
    "sometimes does not exit within 90 s (3 of 5 full runs on 2026-12-02, idle and loaded); "
    "alone it exits 130 in 0.5 s every time. Tracked in issue 11."))
def test_ctrl_c_ends_extract_with_130_and_its_worker(tmp_path):
    busy = tmp_path / "busy.txt"
    busy.write_text("In 2023 the board held 12 reviews and 7 audits of 40 cases.\n" * 30_000)
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", str(busy)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline, workers = time.monotonic() + 120, []
    while time.monotonic() < deadline and not workers:
        time.sleep(0.5)
        workers = [p for p in _descendants(proc.pid) if _rss_mib(p) > 150]
    assert workers, "no worker started"
    proc.send_signal(signal.SIGINT)
    assert proc.wait(90) == 130  # 0.5 s when idle; far longer on a 2-core machine under load
    assert error_lines(proc.stderr.read()) == ["ERROR: interrupted"]
    time.sleep(1)
    assert not any(_alive(p) for p in workers)


def test_extract_bounded_keeps_its_worker_only_after_a_whole_run():
    """The next call with the same settings reuses the loaded worker; an abandoned run's
    worker is not reused; other settings get their own worker."""
    from dataclasses import replace

    from extractor.batch import extract_bounded
    from extractor.extract import DEFAULT_OPTIONS

    (first,) = extract_bounded([(SEED, None)])
    (second,) = extract_bounded([(SEED, None)])
    assert first.error is None and second.record == first.record
    assert second.worker == first.worker
    (other,) = extract_bounded([(SEED, None)], replace(DEFAULT_OPTIONS, with_text=True))
    assert other.worker != first.worker and other.record["source"].get("text")
    run = extract_bounded([(SEED, None), (SEED, None)])
    assert next(run).worker == first.worker
    run.close()  # the caller gave up part-way: that worker may still be busy
    (after,) = extract_bounded([(SEED, None)])
    assert after.worker != first.worker and after.record == first.record
