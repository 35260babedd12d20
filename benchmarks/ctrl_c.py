"""Ctrl-C on `review-records extract` at random moments (issue 11): how long it takes to end,
its exit code, what it wrote on stderr, and whether any process of it is left.

Each run starts `cli.py extract` on a text the worker needs many seconds for, sends SIGINT at
a random moment (any time from start-up to document work, or once a worker is loaded), to the
command alone or to its whole process group as a terminal does, and prints one JSON row.
A run that has not ended 10 s after the signal is dumped with py-spy when it is on PATH (or
in $PY_SPY), every process of the tree.

    python benchmarks/ctrl_c.py [--runs 30] [--group] [--ignored] [--code DIR] [--seed N]

--ignored starts the command with SIGINT ignored, as a shell script's `cmd &` does: it then
keeps working on its document (the cause of the test's "hang" in some full-suite runs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIGINT_BIT = 1 << (signal.SIGINT - 1)


def descendants(pid: int) -> list[int]:
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


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)
    except (OSError, ValueError, IndexError):
        return 0.0


def sigint_state(pid: int) -> str:
    """'ignored', 'blocked' or 'default/caught' for a live process."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
    except OSError:
        return "gone"
    if int(fields["SigIgn"], 16) & SIGINT_BIT:
        return "ignored"
    return "blocked" if int(fields["SigBlk"], 16) & SIGINT_BIT else "default/caught"


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def dump(pid: int) -> str:
    py_spy = os.environ.get("PY_SPY") or shutil.which("py-spy")
    if not py_spy:
        return "(py-spy not found)"
    parts = []
    for p in [pid, *descendants(pid)]:
        done = subprocess.run([py_spy, "dump", "--pid", str(p)], capture_output=True, text=True)
        parts.append(done.stdout + done.stderr)
    return "\n".join(parts)


def one_run(i: int, args: argparse.Namespace, busy: Path, tmp: Path) -> dict:
    mode = random.choice(["any moment", "worker loaded"])
    err_path = tmp / f"err{i}.txt"
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if args.ignored else None
    with err_path.open("w") as err:
        proc = subprocess.Popen([sys.executable, str(args.code / "cli.py"), "extract", str(busy)],
                                stdout=subprocess.DEVNULL, stderr=err, preexec_fn=ignore,
                                start_new_session=True, cwd=tmp)
    t0 = time.monotonic()
    if mode == "any moment":
        time.sleep(random.uniform(0, 12))
    else:
        while time.monotonic() - t0 < 120 and not any(rss_mib(p) > 150
                                                      for p in descendants(proc.pid)):
            time.sleep(0.1)
        time.sleep(random.uniform(0, 6))
    row: dict = {"run": i, "mode": mode, "sent_at_s": round(time.monotonic() - t0, 2)}
    if proc.poll() is not None:
        return {**row, "note": "ended before the signal", "code": proc.returncode}
    tree = descendants(proc.pid)
    row["sigint"] = {p: sigint_state(p) for p in [proc.pid, *tree]}
    sent = time.monotonic()
    if args.group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(10)
    except subprocess.TimeoutExpired:
        row["py_spy"] = dump(proc.pid)
        try:
            code = proc.wait(80)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            code = proc.wait()
    row.update(code=code, exit_s=round(time.monotonic() - sent, 2))
    time.sleep(1)
    row["left_after_1s"] = [p for p in tree if alive(p)]
    stderr = err_path.read_text(errors="replace")
    row.update(stderr_bytes=len(stderr), stderr_tail=stderr[-200:])
    for p in row["left_after_1s"]:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--group", action="store_true", help="signal the whole process group")
    parser.add_argument("--ignored", action="store_true", help="start with SIGINT ignored")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose cli.py to run")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    random.seed(args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        busy = tmp / "busy.txt"
        busy.write_text("In 2023 the board held 12 reviews and 7 audits of 40 cases.\n" * 30_000)
        rows = []
        for i in range(args.runs):
            rows.append(one_run(i, args, busy, tmp))
            print(json.dumps(rows[-1]), flush=True)
    times = [r["exit_s"] for r in rows if "exit_s" in r]
    print(json.dumps({"runs": len(rows), "signalled": len(times),
                      "over_10_s": sum(t > 10 for t in times), "max_exit_s": max(times, default=0),
                      "codes": sorted({str(r.get("code")) for r in rows}),
                      "with_traceback": sum(any(w in r.get("stderr_tail", "") for w in
                                                (", line ", "Fatal Python", "KeyboardInterrupt"))
                                            for r in rows),
                      "left_behind": sum(bool(r.get("left_after_1s")) for r in rows)}))


if __name__ == "__main__":
    main()
