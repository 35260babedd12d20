"""Hostile inputs (issue 11): peak memory and time of `review-records extract` on each.

Builds the inputs in a temporary folder, runs the command line on each in a fresh process
(the whole process tree's RSS sampled every 50 ms), and prints one row per input: exit code,
seconds, peak RSS of the largest process and of the tree, and the first ERROR line.

    python benchmarks/hostile.py [--code DIR] [--max-seconds 120] [--only NAME]

--code runs another checkout's cli.py (to measure before and after a change).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MiB = 1 << 20
WORDS = ("the partnership received serious incident notifications rapid reviews children "
         "were subject of a plan council report year safeguarding practice").split()


def pdf_with_stream(out: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream is `inflated` NUL bytes, Flate-compressed."""
    comp, parts = zlib.compressobj(9), []
    block = bytes(MiB)
    for _ in range(inflated // MiB):
        parts.append(comp.compress(block))
    parts.append(comp.flush())
    stream = b"".join(parts)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream"]
    body, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    out.write_bytes(body)
    return out


def words_and_numbers(out: Path, size: int, paragraph: bool = False) -> Path:
    """`size` bytes of words and numbers: lines of one sentence, or one paragraph."""
    rng = random.Random(11)
    with out.open("w") as stream:
        written = 0
        while written < size:
            words = [rng.choice(WORDS) if rng.random() > 0.2 else str(rng.randint(1, 999))
                     for _ in range(11)] + [str(rng.randint(1, 99))]  # a digit in every line
            line = " ".join(words).capitalize() + (". " if paragraph else ".\n")
            stream.write(line)
            written += len(line)
    return out


def one_paragraph_no_digits(out: Path, size: int) -> Path:
    rng = random.Random(12)
    text = " ".join(rng.choice(WORDS) for _ in range(size // 7))
    out.write_text(text[:size] + "\n")
    return out


def spaces(size: int) -> Callable[[Any], None]:
    def feed(stdin: Any) -> None:
        block = b" " * MiB
        try:
            for _ in range(size // MiB):
                stdin.write(block)
        except BrokenPipeError:
            pass
        finally:
            try:
                stdin.close()
            except BrokenPipeError:
                pass
    return feed



def cases(tmp: Path) -> list[tuple[str, list[str], Callable[[Any], None] | None]]:
    return [
        ("pdf: 1 GiB Flate stream of zeros", [str(pdf_with_stream(tmp / "bomb.pdf", 1024 * MiB))], None),
        ("stdin: 1 GiB of spaces", ["-"], spaces(1024 * MiB)),
        ("txt: 50 MB words and numbers", [str(words_and_numbers(tmp / "big.txt", 50_000_000))], None),
        ("txt: 1.2 M chars in one paragraph", [str(one_paragraph_no_digits(tmp / "para.txt", 1_200_000))], None),
        ("txt: 1.2 M chars, digits everywhere", [str(words_and_numbers(tmp / "digits.txt", 1_200_000))], None),
    ]


def tree_rss(pid: int) -> tuple[int, int]:
    """(largest process RSS, sum over the tree) in bytes for `pid` and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(children.get(p, []))
    sizes = [rss.get(p, 0) for p in seen]
    return max(sizes, default=0), sum(sizes)


def run_one(code: Path, args: list[str], feed: Callable[[Any], None] | None,
            max_seconds: float) -> dict[str, Any]:
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, str(code / "cli.py"), "extract", *args],
                            stdin=subprocess.PIPE if feed else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    if feed:
        threading.Thread(target=feed, args=(proc.stdin,), daemon=True).start()
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    peak = peak_tree = 0
    while proc.poll() is None and time.monotonic() - t0 < max_seconds:
        one, tree = tree_rss(proc.pid)
        peak, peak_tree = max(peak, one), max(peak_tree, tree)
        time.sleep(0.05)
    timed_out = proc.poll() is None
    if timed_out:
        os.killpg(proc.pid, 9)
        proc.wait()
    reader.join(5)
    lines = (err[0] if err else b"").decode("utf-8", "replace").splitlines()
    first = next((ln for ln in lines if ln.startswith("ERROR:")), lines[-1] if lines else "")
    return {"code": "killed" if timed_out else proc.returncode,
            "seconds": time.monotonic() - t0, "peak_mib": peak / MiB,
            "tree_mib": peak_tree / MiB, "message": first[:110]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose cli.py to run")
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':38} {'exit':>6} {'s':>7} {'peak MiB':>9} {'tree MiB':>9}  message")
        for name, argv, feed in cases(Path(tmp)):
            if args.only not in name:
                continue
            r = run_one(args.code, argv, feed, args.max_seconds)
            print(f"{name:38} {r['code']!s:>6} {r['seconds']:7.1f} {r['peak_mib']:9.0f} "
                  f"{r['tree_mib']:9.0f}  {r['message']}", flush=True)


if __name__ == "__main__":
    main()
