"""Command-line arguments the benchmarks share: the shared data folder and --limit N."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse(argv: list[str]) -> tuple[Path | None, int | None, list[str]]:
    """(shared folder or None, limit or None, the other flags). The shared folder is the first
    positional argument, else a 'shared' folder beside the checkout (or beside its parent)."""
    limit = None
    if "--limit" in argv:
        i = argv.index("--limit")
        limit, argv = int(argv[i + 1]), argv[:i] + argv[i + 2:]
    flags = [a for a in argv if a.startswith("--")]
    positional = [a for a in argv if not a.startswith("--")]
    if positional:
        return Path(positional[0]), limit, flags
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "external").is_dir():
            return up / "shared", limit, flags
    return None, limit, flags
