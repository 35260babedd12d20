"""Shared fixtures: the real spaCy pipeline once per session, and the folders tests read."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = ROOT / "seeds"
# ../shared exists on the developers' machines and CI, never in a user's clone.
SHARED = ROOT.parent / "shared"


def cli(*args: str, input: bytes | str | None = None):  # noqa: A002 - CliRunner's name
    """Run the command line in this process (the same app the console script runs).

    Returns Click's Result: exit_code, stdout, stderr.
    """
    from typer.testing import CliRunner

    from cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("ERROR:")]


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (it exists only on the developers' machines)")
    return SHARED


def as_document(text: str):
    """A one-page text Document of `text`, as ingest builds it for a .txt file."""
    from extractor.document import Source, TextBuilder

    b = TextBuilder()
    b.start_page()
    b.add(text, 1)
    return b.build(Source("passage.txt", "0" * 64, "txt"))


def analysed_quotes(nlp, text: str):
    """Quotes of a passage through the production analysis path (`pipeline.to_doc`)."""
    from extractor.pipeline import to_doc
    from extractor.quotes import find_quotes

    document = as_document(text)
    quotes, _ = find_quotes(to_doc(document, nlp), document)
    return quotes


def gold_documents() -> list[Path]:
    """Every annotated document shipped with the project (corpus/ and seeds/)."""
    docs = []
    for folder in (CORPUS, SEEDS):
        for gold in sorted(folder.glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            docs.extend(p for p in folder.glob(stem + ".*") if not p.name.endswith(".json"))
    return docs


@pytest.fixture(scope="session")
def corpus_records(nlp) -> dict[Path, dict]:
    """Records for every shipped annotated document, extracted once per test session."""
    from extractor.extract import extract_file

    return {path: extract_file(path, nlp).to_dict() for path in gold_documents()}


# Lines tests want shown after the run (e.g. the robustness suite's summary), even with -q.
SUMMARY_LINES: list[str] = []


@pytest.fixture(scope="session")
def summary_lines() -> list[str]:
    """Append lines here to have them printed in the terminal summary at the end of the run."""
    return SUMMARY_LINES


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if SUMMARY_LINES:
        terminalreporter.write_sep("-", "robustness summary")
        for line in SUMMARY_LINES:
            terminalreporter.write_line(line)
