"""Batch: every supported file under a folder into the SQLite store, in parallel processes.

The parent plans the work (hashes each file, skips what the store already holds), hands one
file at a time to worker processes that each load the spaCy pipeline once, and is the only
writer of the database. Each document is committed on its own, so a killed run loses only the
documents in flight and the next run resumes. A file that fails, crashes its worker or runs
past the time limit becomes an error row; a dead or stuck worker is replaced and the run goes on.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import multiprocessing as mp
import os
import signal
import sqlite3
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .database import (DatabaseError, StoredDocument, check_writable, delete_documents,
                       export_records, export_tables, key, open_db, rename_document,
                       stored_documents, write_duplicate, write_error, write_record, writer_lock)
from .errors import ExtractorError, RunError
from .extract import DEFAULT_OPTIONS, Options, walk_inputs
from .paths import as_text, original, shown

if TYPE_CHECKING:
    from rich.console import Console

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0
# A worker holds the pipeline (~300 MiB) and one document; past this it is replaced and the
# document recorded as an error, so no file can take the machine's memory.
DEFAULT_MAX_MEMORY_MIB = 1024.0
ENV_MAX_MEMORY = "REVIEW_RECORDS_MAX_MEMORY_MB"
MEMORY_POLL = 0.2  # seconds between looks at the workers' memory
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# Each worker is one process on one core: BLAS thread pools would only fight over the cores.
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
MAX_START_FAILURES = 3
WARM_UP = ("In 2022/23 the partnership received 12 notifications. \"We are learning,\" "
           "said the chair, Jane Smith.").encode()
FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html",
           ".pdf": "pdf"}


class BatchError(RunError):
    """The batch as a whole cannot go on (workers cannot start)."""


def memory_limit_mib(environ: Mapping[str, str] | None = None) -> float | None:
    """The resident memory one worker may use, in MiB ($REVIEW_RECORDS_MAX_MEMORY_MB; 0: none)."""
    raw = (os.environ if environ is None else environ).get(ENV_MAX_MEMORY, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_MAX_MEMORY_MIB
    except ValueError:
        log.warning("%s=%r is not a number; using %s", ENV_MAX_MEMORY, raw, DEFAULT_MAX_MEMORY_MIB)
        value = DEFAULT_MAX_MEMORY_MIB
    return value if value > 0 else None


def _rss_mib(pid: int | None) -> float:
    """A live process's resident memory (0 where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/statm") as stream:
            return int(stream.read().split()[1]) * PAGE_SIZE / (1 << 20)
    except (OSError, ValueError, IndexError):
        return 0.0


def default_workers() -> int:
    """One worker per core this process may use (honours SLURM/cgroup CPU affinity)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class BatchConfig:
    """How to run a batch.

    workers (int): worker processes; 0 runs in this process (no time limit; for profiling).
    shard (tuple | None): (index, count): only files whose path hashes into this shard.
    timeout (float | None): seconds one document may take before its worker is replaced.
    jsonl, csv_dir: after the run, export the spec records / the tables there.
    """

    workers: int = 1
    force: bool = False
    prune: bool = False  # delete the stored documents whose file is no longer there
    retry_errors: bool = False
    shard: tuple[int, int] | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    options: Options = DEFAULT_OPTIONS
    jsonl: Path | None = None
    csv_dir: Path | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One file to extract: where to read it, its stored (relative) path and content hash."""

    path: Path
    rel: str
    sha256: str | None
    refused: str | None = None  # why the file is not read at all (it becomes an error row)
    data: bytes | None = None  # the document's bytes when it is not read from `path` (stdin)


@dataclass(slots=True)
class Outcome:
    """What a worker made of a Task: the record dict, or the one-line reason it failed."""

    task: Task
    record: dict[str, Any] | None
    error: str | None
    seconds: float
    worker: int
    peak_rss_mib: float = 0.0
    document: dict[str, Any] | None = None  # the ingested Document, with Options.with_document


@dataclass(slots=True)
class Plan:
    """The files a run will extract, and how many it leaves as they are."""

    tasks: list[Task] = field(default_factory=list)
    skipped: int = 0
    still_failing: int = 0
    duplicates: int = 0
    duplicate_rows: list[tuple[str, str]] = field(default_factory=list)  # (rel, sha256) to store
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (id, old rel, new rel)
    gone: list[str] = field(default_factory=list)  # stored paths whose file is no longer there


@dataclass(slots=True)
class BatchSummary:
    """What a run did; `exit_code` is 1 when any file of the run is stored as an error."""

    files: int = 0
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    still_failing: int = 0
    duplicates: int = 0
    renamed: int = 0
    gone: int = 0
    pruned: int = 0
    pages: int = 0
    seconds: float = 0.0
    peak_rss_mib: dict[int, float] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.still_failing else 0

    def add(self, outcome: Outcome) -> None:
        self.processed += 1
        if outcome.error is not None:
            self.failed += 1
            self.errors.append((outcome.task.rel, outcome.error))
        else:
            self.pages += int((outcome.record or {}).get("source", {}).get("pages") or 0)
        rss = self.peak_rss_mib.get(outcome.worker, 0.0)
        self.peak_rss_mib[outcome.worker] = max(rss, outcome.peak_rss_mib)


def parse_shard(text: str) -> tuple[int, int]:
    """'I/N' -> (I, N), with 0 <= I < N."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"shard must be I/N (e.g. 0/4), not {text!r}") from None
    if count < 1 or not 0 <= index < count:
        raise ValueError(f"shard {text!r}: need 0 <= I < N")
    return index, count


def in_shard(rel: str, shard: tuple[int, int] | None) -> bool:
    """Whether a relative path belongs to the shard (a stable hash, the same on every machine)."""
    if shard is None:
        return True
    digest = hashlib.sha256(rel.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shard[1] == shard[0]


def file_sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def plan_batch(root: Path, stored: dict[str, StoredDocument], config: BatchConfig) -> Plan:
    """The files under `root` (in this shard) that the store lacks, or that must be redone."""
    plan, seen, found = Plan(), set(), set()
    by_id = {doc.id: doc for doc in stored.values()}
    base = root if root.is_dir() else root.parent
    for path, error in walk_inputs([root]):
        if error is not None and path == root:
            raise error
        rel = as_text(path.relative_to(base).as_posix())
        if not in_shard(rel, config.shard):
            continue
        found.add(rel)
        if error is not None:  # refused before reading (a link out of the folder, ...)
            old = stored.get(rel)
            if (old is not None and old.id == key("unreadable", rel) and not config.force
                    and not config.retry_errors):
                plan.still_failing += 1
            else:
                plan.tasks.append(Task(path, rel, None, error.reason))
            continue
        sha = file_sha256(path)
        if sha is not None and sha in seen:
            # Same bytes as a file earlier in path order: one document, kept at the first
            # path; this path gets a row that points to it.
            plan.duplicates += 1
            old = stored.get(rel)
            if old is None or old.id != key("duplicate", rel) or config.force:
                plan.duplicate_rows.append((rel, sha))
            continue
        if sha is not None:
            seen.add(sha)
        old = stored.get(rel)
        moved = by_id.get(sha) if sha is not None and old is None and not config.force else None
        if moved is not None and moved.status == "ok" and not (base / original(moved.path)).exists():
            plan.renamed.append((moved.id, moved.path, rel))  # the same bytes under a new name
            continue
        if old is not None and old.id == (sha or key("unreadable", rel)) and not config.force:
            if old.status == "ok":
                plan.skipped += 1
                continue
            if not config.retry_errors:
                plan.still_failing += 1
                continue
        plan.tasks.append(Task(path, rel, sha))
    moved_from = {old for _id, old, _new in plan.renamed}
    plan.gone = sorted(p for p in stored if p not in found and p not in moved_from
                       and in_shard(p, config.shard) and not (base / original(p)).exists())
    return plan


def _peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _one_line(text: str) -> str:
    return " ".join(text.split())


def extract_guarded(path: Path, nlp: Any, options: Options, data: bytes | None = None
                    ) -> tuple[dict | None, str | None, dict | None]:
    """(record dict, None, Document dict or None) of one file, or (None, the one-line reason
    it failed, None). The Document comes back only with `options.with_document`."""
    from .extract import extract_document
    from .ingest import load

    try:
        document = load(path, data)
        record = extract_document(document, nlp, options).to_dict()
        return record, None, document.to_dict() if options.with_document else None
    except ExtractorError as exc:
        return None, _one_line(exc.reason), None
    except Exception as exc:  # noqa: BLE001 - one file's failure must not end the batch
        log.debug("unexpected failure on %s", path, exc_info=True)  # the traceback only at -vv
        return None, _one_line(f"internal error: {type(exc).__name__}: {exc}"), None


def _exit_with_parent(lifeline: Connection) -> None:
    """End this worker when the pool that started it ends, however it ends (SIGKILL too).

    `lifeline` is the read end of a pipe whose only write end the pool's process holds: the
    kernel closes it when that process dies, and a watcher thread then ends this worker (a
    worker busy on a document never reads its task pipe, so it would not notice otherwise).
    The parent-death signal is kept as well, for the process this worker was forked from. Not
    `getppid()`: under the forkserver that is the fork server, which lives on while any worker
    does, because every worker holds the server's own lifeline.
    """
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        try:
            while True:
                lifeline.recv_bytes()  # nothing is ever sent: this returns only at EOF
        except (EOFError, OSError):
            os._exit(1)

    threading.Thread(target=watch, name="pool-watch", daemon=True).start()


def _worker_main(conn: Connection, lifeline: Connection, options: Options) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(lifeline)
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
    try:
        from .pipeline import get_nlp

        nlp = get_nlp()
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    # Models the extractors load lazily load now, before any document's clock starts.
    extract_guarded(Path("warm-up.txt"), nlp, options, WARM_UP)
    try:
        conn.send(("ready", os.getpid()))
        while (task := conn.recv()) is not None:
            record, error, document = extract_guarded(task.path, nlp, options, task.data)
            conn.send(("done", record, error, _peak_rss_mib(), document))
    except (EOFError, OSError):  # the parent is gone: nobody is waiting for results
        return


def _start_method() -> str:
    # forkserver: workers start clean (no inherited threads or DB handles) and cheaply.
    return "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"


@contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT blocked in this thread while a worker (and the first time, the fork server) starts.

    Ctrl-C at a terminal reaches the whole process group. A fork server or worker still
    starting up has no handler yet: it died with `Fatal Python error: init_import_site` or a
    KeyboardInterrupt traceback on the user's terminal. Started with SIGINT blocked, they
    inherit the mask (Python never unblocks it), and both then ignore SIGINT for good; here the
    held Ctrl-C is delivered as soon as the start is done.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@dataclass(slots=True)
class _Slot:
    process: Any
    conn: Connection
    ready: bool = False
    task: Task | None = None
    started: float = 0.0


class WorkerPool:
    """Worker processes that each load the pipeline once and take one file at a time."""

    def __init__(self, size: int, options: Options = DEFAULT_OPTIONS,
                 timeout: float | None = DEFAULT_TIMEOUT,
                 memory_mib: float | None = None) -> None:
        self.size, self.options, self.timeout = max(1, size), options, timeout
        self.memory_mib = memory_limit_mib() if memory_mib is None else memory_mib or None
        self._ctx: Any = mp.get_context(_start_method())
        self._slots: list[_Slot] = []
        self._pending: deque[Task] = deque()
        self._start_failures = 0
        # The write end stays in this process alone: when it ends, every worker sees EOF.
        self._lifeline_r, self._lifeline_w = self._ctx.Pipe(duplex=False)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        self.close(graceful=exc_type is None)

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """Outcomes as workers finish them (not in task order)."""
        self._pending = deque(tasks)
        idle = [s for s in self._slots if s.task is None and s.process.is_alive()]
        for slot in self._slots:
            if slot not in idle:
                self._kill(slot)
        wanted = min(self.size, len(self._pending))
        self._slots = idle[:wanted] + [self._spawn() for _ in range(wanted - len(idle))]
        for slot in idle[wanted:]:
            self._kill(slot)
        while self._pending or any(s.task is not None for s in self._slots):
            self._assign()
            yield from self._collect()
            yield from self._expire()
            yield from self._police_memory()

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main,
                                    args=(child, self._lifeline_r, self.options),
                                    name="review-records-worker", daemon=True)
        with _sigint_held():
            process.start()
        child.close()
        return _Slot(process, parent)

    def _assign(self) -> None:
        for slot in self._slots:
            if slot.ready and slot.task is None and self._pending:
                slot.task, slot.started = self._pending.popleft(), time.monotonic()
                slot.conn.send(slot.task)

    def _wait_time(self) -> float:
        longest = MEMORY_POLL if self.memory_mib else 1.0
        if self.timeout is None:
            return longest
        now = time.monotonic()
        left = [s.started + self.timeout - now for s in self._slots if s.task is not None]
        return max(0.0, min(left + [longest]))

    def _police_memory(self) -> Iterator[Outcome]:
        """Replace a worker whose resident memory passed the limit; its document is an error."""
        if not self.memory_mib:
            return
        for slot in list(self._slots):
            if slot.task is not None and _rss_mib(slot.process.pid) > self.memory_mib:
                outcome = self._replace(slot, self._over_memory())
                if outcome is not None:
                    yield outcome

    def _over_memory(self) -> str:
        return f"over the memory limit of {self.memory_mib:,g} MiB (set {ENV_MAX_MEMORY})"

    def _collect(self) -> Iterator[Outcome]:
        handles: dict[Any, _Slot] = {}
        for slot in self._slots:
            handles[slot.conn] = handles[slot.process.sentinel] = slot
        for handle in wait(list(handles), timeout=self._wait_time()):
            slot = handles[handle]
            if slot in self._slots:  # not already replaced by its other handle
                outcome = self._receive(slot)
                if outcome is not None:
                    yield outcome

    def _receive(self, slot: _Slot) -> Outcome | None:
        try:
            if not slot.conn.poll():
                raise EOFError
            message = slot.conn.recv()
        except (EOFError, OSError):
            slot.process.join(1)
            return self._replace(slot, f"worker process died (exit code {slot.process.exitcode})")
        if message[0] == "ready":
            slot.ready = True
            return None
        if message[0] == "failed":
            raise BatchError("<worker>", f"a worker could not load the pipeline: {message[1]}")
        _, record, error, rss, document = message
        assert slot.task is not None
        if self.memory_mib and rss > self.memory_mib:  # between two looks of _police_memory
            return self._replace(slot, self._over_memory())
        outcome = Outcome(slot.task, record, error, time.monotonic() - slot.started,
                          slot.process.pid, rss, document)
        slot.task = None
        return outcome

    def _expire(self) -> Iterator[Outcome]:
        if self.timeout is None:
            return
        now = time.monotonic()
        for slot in list(self._slots):
            if slot.task is not None and now - slot.started > self.timeout:
                outcome = self._replace(slot, f"timed out after {self.timeout:g} s")
                if outcome is not None:
                    yield outcome

    def _replace(self, slot: _Slot, reason: str) -> Outcome | None:
        """Kill a dead or stuck worker, start another if work is left; the lost task's outcome."""
        task, pid, started = slot.task, slot.process.pid, slot.started
        self._kill(slot)
        index = self._slots.index(slot)
        if self._pending or any(s.task is not None for s in self._slots if s is not slot):
            self._slots[index] = self._spawn()
        else:
            del self._slots[index]
        if task is None:
            self._start_failures += 1
            if self._start_failures > MAX_START_FAILURES * self.size:
                raise BatchError("<worker>", f"workers keep dying before any work: {reason}")
            return None
        log.info("%s: %s", task.rel, reason)  # the caller reports it as the file's error
        return Outcome(task, None, reason, time.monotonic() - started, pid)

    @staticmethod
    def _kill(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def close(self, graceful: bool = True) -> None:
        """Stop every worker: ask politely after a clean run, kill at once after an error."""
        for slot in self._slots:
            if graceful and slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        for slot in self._slots:
            slot.process.join(5 if graceful else 0)
            self._kill(slot)
        self._slots = []
        self._lifeline_w.close()
        self._lifeline_r.close()


def run_inline(tasks: Iterable[Task], options: Options = DEFAULT_OPTIONS) -> Iterator[Outcome]:
    """Outcomes of tasks extracted one after another in this process (workers=0)."""
    from .pipeline import get_nlp

    nlp = get_nlp()
    extract_guarded(Path("warm-up.txt"), nlp, options, WARM_UP)
    for task in tasks:
        t0 = time.monotonic()
        record, error, document = extract_guarded(task.path, nlp, options, task.data)
        yield Outcome(task, record, error, time.monotonic() - t0, os.getpid(), _peak_rss_mib(),
                      document)


def extract_bounded(files: Iterable[tuple[Path, bytes | None]], options: Options = DEFAULT_OPTIONS,
                    timeout: float | None = DEFAULT_TIMEOUT) -> Generator[Outcome, None, None]:
    """Outcomes of (path, bytes or None) in order, each in a worker process under `timeout`
    seconds and the memory limit, as in a batch (the commands `extract`, `show`, `verify`).

    The worker stays up, with its pipeline loaded, for the next call in this process with
    the same settings (a program or a test suite that calls this often pays the start-up
    once); it ends with the process. A caller that stops early closes the generator
    (`contextlib.closing`): its worker, maybe busy, is killed then, not at garbage collection.
    With `timeout` None the files are extracted in this process, with no limit.
    """
    tasks = [Task(path, as_text(path), None, data=data) for path, data in files]
    if not tasks:
        return
    if timeout is None:
        yield from run_inline(tasks, options)
        return
    settings = (options, timeout, memory_limit_mib())
    pool = _WARM_POOLS.pop(settings, None) or WorkerPool(1, options, timeout, settings[2] or 0)
    try:
        yield from pool.run(tasks)
    except BaseException:  # stopped part-way (an error, Ctrl-C, the caller gave up): no reuse
        pool.close(graceful=False)
        raise
    _WARM_POOLS[settings] = pool
    while len(_WARM_POOLS) > MAX_WARM_POOLS:  # each holds a loaded pipeline (~300 MiB)
        _WARM_POOLS.pop(next(iter(_WARM_POOLS))).close()


# Idle pools of extract_bounded, by (options, timeout, memory limit), the most recent last;
# closed at exit.
MAX_WARM_POOLS = 2
_WARM_POOLS: dict[tuple[Options, float, float | None], WorkerPool] = {}


@atexit.register
def _close_warm_pools() -> None:
    while _WARM_POOLS:
        _WARM_POOLS.popitem()[1].close()


class BatchProgress:
    """A rich progress bar (files and pages done, rate, ETA) on the console it is given."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._bar: Any = None
        self._files = self._pages = self._errors = 0
        self._t0 = time.monotonic()

    def start(self, total: int) -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._bar = Progress(TextColumn("files"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                             TextColumn("ETA"), TimeRemainingColumn(), console=self.console)
        self._bar.start()
        self._task = self._bar.add_task("batch", total=total, detail="")
        self._t0 = time.monotonic()

    def advance(self, outcome: Outcome) -> None:
        self._files += 1
        self._errors += outcome.error is not None
        self._pages += int((outcome.record or {}).get("source", {}).get("pages") or 0)
        elapsed = max(time.monotonic() - self._t0, 1e-6)
        detail = (f"{self._pages} pages | {self._files / elapsed:.2f} files/s "
                  f"{self._pages / elapsed:.1f} pages/s | {self._errors} errors")
        self._bar.update(self._task, advance=1, detail=detail)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _store(db: Any, outcome: Outcome, db_path: str | Path) -> None:
    """Store one outcome. Whatever fails in this document's rows becomes its error row;
    only a database that cannot be written at all (locked, read-only, full) stops the run."""
    task, seconds = outcome.task, round(outcome.seconds, 3)
    try:
        if outcome.record is not None:
            try:
                write_record(db, outcome.record, task.rel, seconds)
                return
            except sqlite3.OperationalError:
                raise
            except Exception as exc:  # noqa: BLE001 - one record's rows must not end the run
                log.debug("%s: record could not be stored", task.rel, exc_info=True)
                outcome.record = None
                outcome.error = _one_line(f"could not store record: {type(exc).__name__}: {exc}")
        write_error(db, task.rel, task.sha256, outcome.error or "unknown error",
                    FORMATS.get(task.path.suffix.lower()), seconds)
    except sqlite3.OperationalError as exc:
        raise DatabaseError(db_path, f"cannot write: {exc}") from exc


def run_batch(root: str | Path, db_path: str | Path, config: BatchConfig = BatchConfig(),
              progress: BatchProgress | None = None) -> BatchSummary:
    """Extract every supported file under `root` into the database at `db_path`."""
    root = Path(root)
    with writer_lock(db_path):
        summary = _run_locked(root, db_path, config, progress)
    if config.jsonl is not None:
        export_records(db_path, config.jsonl)
    if config.csv_dir is not None:
        export_tables(db_path, "csv", config.csv_dir)
    return summary


def _run_locked(root: Path, db_path: str | Path, config: BatchConfig,
                progress: BatchProgress | None) -> BatchSummary:
    db = open_db(db_path)
    try:
        check_writable(db, db_path)
        plan = plan_batch(root, stored_documents(db), config)
        summary = BatchSummary(files=len(plan.tasks) + plan.skipped + plan.still_failing
                               + plan.duplicates + len(plan.renamed), skipped=plan.skipped,
                               still_failing=plan.still_failing, duplicates=plan.duplicates,
                               renamed=len(plan.renamed), gone=len(plan.gone))
        for doc_id, _old, new in plan.renamed:
            rename_document(db, doc_id, new)
        if config.prune:
            summary.pruned = delete_documents(db, plan.gone)
        t0 = time.monotonic()
        if progress is not None:
            progress.start(len(plan.tasks))
        _drain(db, db_path, plan.tasks, config, summary, progress)
        for rel, sha in plan.duplicate_rows:  # after the first copies are stored
            write_duplicate(db, rel, sha, sha)
        summary.seconds = time.monotonic() - t0
    finally:
        if progress is not None:
            progress.stop()
        db.close()
    return summary


def _drain(db: Any, db_path: str | Path, tasks: list[Task], config: BatchConfig,
           summary: BatchSummary, progress: BatchProgress | None) -> None:
    for task in (t for t in tasks if t.refused is not None):
        outcome = Outcome(task, None, task.refused, 0.0, os.getpid())
        _store(db, outcome, db_path)
        summary.add(outcome)
        if progress is not None:
            progress.advance(outcome)
    tasks = [t for t in tasks if t.refused is None]
    if not tasks:
        return
    if config.workers == 0:
        outcomes: Iterable[Outcome] = run_inline(tasks, config.options)
        pool = None
    else:
        pool = WorkerPool(config.workers, config.options, config.timeout)
        outcomes = pool.run(tasks)
    try:
        for outcome in outcomes:
            _store(db, outcome, db_path)
            summary.add(outcome)
            if progress is not None:
                progress.advance(outcome)
    except BaseException:
        if pool is not None:
            pool.close(graceful=False)
        raise
    if pool is not None:
        pool.close()


def format_summary(summary: BatchSummary, db_path: str | Path, max_errors: int = 20) -> str:
    """A few lines for the terminal: what was done, skipped and failed, and each failure."""
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    lines = [f"{db_path}: {summary.files} files: {summary.processed} processed "
             f"({summary.pages} pages, {summary.seconds:.1f} s, {rate:.2f} files/s), "
             f"{summary.failed} failed, {summary.skipped} unchanged, "
             f"{summary.still_failing} earlier errors not retried (--retry-errors), "
             f"{summary.duplicates} duplicates, {summary.renamed} renamed, "
             + (f"{summary.pruned} pruned" if summary.pruned or not summary.gone else
                f"{summary.gone} no longer there (--prune removes them)")]
    lines += [shown(f"ERROR: {rel}: {reason}") for rel, reason in summary.errors[:max_errors]]
    if len(summary.errors) > max_errors:
        lines.append(f"... and {len(summary.errors) - max_errors} more: "
                     "SELECT path, error FROM documents WHERE status = 'error'")
    return "\n".join(lines)
