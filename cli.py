"""review-records: the command line. Parsing and printing only; the work is in `extractor`.

Heavy libraries (spaCy, scikit-learn, pdfplumber) are imported inside the commands, so
`review-records --help` answers at once.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

try:
    import typer
    from typer.core import TyperGroup
except KeyboardInterrupt:  # Ctrl-C while the tool starts: one line, not an import traceback
    sys.stderr.write("ERROR: interrupted\n")
    raise SystemExit(130) from None

# Exit codes, one meaning each (README "Exit codes").
EXIT_OK, EXIT_INPUTS_FAILED, EXIT_USAGE, EXIT_RUN_FAILED = 0, 1, 2, 3


class _Commands(TyperGroup):
    """Every command ends in an exit code that says what failed, never in a traceback.

    An input that cannot be read is exit 1; anything else that escapes a command (a database
    or an output that cannot be written, a full disk, a bug) means the run itself failed: one
    `ERROR:` line and exit 3. The traceback is logged at debug level (-vv).
    """

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:  # while the arguments are parsed (Typer would exit silently)
            _interrupted()

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:  # noqa: BLE001 - the one place a run's failure is reported
            if type(exc).__module__.split(".")[0] in ("click", "typer"):
                raise  # usage errors (exit 2) and typer.Exit carry their own codes
            raise typer.Exit(_failure(exc)) from None


def _interrupted() -> NoReturn:
    """Ctrl-C: one `ERROR: interrupted` line and exit 130 (the shell's code for it, not
    "inputs failed"), wherever the command was."""
    _error("interrupted")
    raise typer.Exit(130) from None


def _failure(exc: Exception) -> int:
    """Report an exception that ended a command; its exit code."""
    import logging
    import sqlite3

    from extractor.errors import ExtractorError, IngestError

    logging.getLogger("review_records").debug("the run failed", exc_info=exc)
    if isinstance(exc, ExtractorError):
        _error(str(exc))
        return EXIT_INPUTS_FAILED if isinstance(exc, IngestError) else EXIT_RUN_FAILED
    if isinstance(exc, OSError):
        _error(f"{exc.filename}: {exc.strerror}" if exc.filename else f"{exc.strerror or exc}")
    elif isinstance(exc, sqlite3.Error):
        _error(f"database: {exc}")
    else:
        _error(f"internal error: {type(exc).__name__}: {exc} (-vv shows the traceback)")
    return EXIT_RUN_FAILED


app = typer.Typer(name="review-records", no_args_is_help=True, rich_markup_mode=None,
                  add_completion=False, cls=_Commands, pretty_exceptions_enable=False,
                  help="Structured, source-grounded review records (figures and quotes) from "
                       "child safeguarding reports (PDF) and news articles (HTML, text).")


def _plain_argument_help() -> None:
    """Show arguments in help as their metavar ('PATH...'), not Typer's '{paths}...' and
    '<list[str]>': a user reads names, not Python types."""
    from typer.core import TyperArgument

    TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
    if hasattr(TyperArgument, "_usage_display_name"):
        TyperArgument._usage_display_name = (  # type: ignore[method-assign]
            lambda self: self.display_name_raw if self.required else f"[{self.display_name_raw}]")


_plain_argument_help()


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


OutOpt = Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write here instead of stdout.")]
FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="jsonl, json or csv (default: a readable summary on a terminal, jsonl into a pipe or file).", show_default=False)]
TimeoutOpt = Annotated[float, typer.Option("--timeout", metavar="S", help="Seconds one document may take, in a worker process under the memory limit (0: no limits, in this process).")]
CorpusOpt = Annotated[list[Path], typer.Option("--corpus", metavar="DIR", help="Annotated folder to train on (repeat for more).")]


THIRD_PARTY_LOGGERS = ("pdfminer", "pdfplumber", "trafilatura", "htmldate", "courlan", "justext")


@app.callback()
def _main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log detail on stderr (-vv for debug).")] = 0) -> None:
    """Log to stderr: warnings by default; third-party PDF parser chatter only when asked."""
    import logging

    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s: %(name)s: %(message)s", force=True)
    # The parsers' own chatter (pdfminer, trafilatura and its helpers) is not ours to report:
    # one file's failure is its one `ERROR: <path>: <reason>` line. -v shows their warnings.
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1 if not verbose else level)


def _error(message: str) -> None:
    """One `ERROR:` line on stderr, control characters escaped (a file name cannot forge lines)."""
    from extractor.paths import shown

    typer.echo(shown(f"ERROR: {message}"), err=True)


def _stdin_input(paths: list[str]) -> tuple[list[str], bytes | None]:
    """'-' reads one document from stdin (its type sniffed: PDF by magic bytes, else text/HTML).

    Read in blocks and refused as soon as it passes the size limit, never read whole first.
    """
    if paths != ["-"]:
        return paths, None
    from extractor.ingest import default_limits

    data = _read_capped(sys.stdin.buffer, default_limits())
    head = data[:1024].lstrip().lower()
    name = "<stdin>.pdf" if data.startswith(b"%PDF") else (
        "<stdin>.html" if head.startswith((b"<!doctype html", b"<html")) else "<stdin>.txt")
    return [name], data


def _read_capped(stream, limits) -> bytes:  # noqa: ANN001 - a binary stream, Limits
    """All of `stream`, or LimitExceeded once it passes `limits.max_mb`."""
    blocks, size = [], 0
    while block := stream.read(1 << 20):
        size += len(block)
        limits.check_size("<stdin>", size)
        blocks.append(block)
    return b"".join(blocks)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files or folders ('-' reads stdin). Give many at once: the model loads once per call.", show_default=False)],
    out: OutOpt = None,
    fmt: FormatOpt = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Add source.text, the text offsets point into.")] = False,
    no_classifier: Annotated[bool, typer.Option("--no-classifier", help="Metrics by rules only.")] = False,
    timeout: TimeoutOpt = 300.0,
) -> None:
    """Extract one review record per document: JSON Lines into a pipe or file, a summary on a terminal."""
    from contextlib import closing

    from extractor.batch import extract_bounded
    from extractor.extract import Options, walk_inputs
    from extractor.store import RecordWriter, output_file

    options = Options(use_classifier=not no_classifier, with_text=with_text)
    paths, data = _stdin_input(paths)
    files: list[tuple[Path, bytes | None]] = []
    failed = 0
    if data is not None:
        files.append((Path(paths[0]), data))
    else:
        for path, error in walk_inputs(paths):
            if error is not None:
                _error(str(error))
                failed += 1
            else:
                files.append((path, None))
    readable = fmt is None and out is None and sys.stdout.isatty()
    # closing(): a Ctrl-C (or any error) while a record is written ends the run's worker at
    # once, not when the suspended generator happens to be collected.
    with output_file(out) as stream, closing(extract_bounded(files, options, timeout or None)) as outcomes:
        writer = _Summary() if readable else RecordWriter(stream, (fmt or Format.jsonl).value)
        while True:
            with _status(f"Extracting ({writer.count} of {len(files)} done)"):
                outcome = next(outcomes, None)
            if outcome is None:
                break
            if outcome.record is None:
                _error(f"{outcome.task.rel}: {outcome.error}")
                failed += 1
            else:
                writer.write(outcome.record)
        writer.close()
    raise typer.Exit(EXIT_INPUTS_FAILED if failed else EXIT_OK)


def _status(message: str) -> Any:
    """A spinner on stderr while something slow runs, only when stderr is a terminal."""
    from contextlib import nullcontext

    from rich.console import Console

    console = Console(stderr=True)
    return console.status(f"{message}\u2026") if console.is_terminal else nullcontext()


class _Summary:
    """What `extract` prints on a terminal: per document a short table a person can read."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console, self.count = Console(), 0

    def write(self, record: dict) -> None:
        from extractor.summary import record_summary

        for part in record_summary(record):
            self.console.print(part, highlight=False)
        self.console.print()
        self.count += 1

    def close(self) -> None:
        return None


@app.command()
def train(corpus: CorpusOpt = [Path("corpus")]) -> None:  # noqa: B006 - Typer default
    """Train the document-kind and metric classifiers, then the metric verifier; save to models/."""
    from extractor.extract import train_all

    for name, meta in train_all(corpus).items():
        typer.echo(f"{name}: {meta.get('n_examples')} examples, "
                   f"cv accuracy {meta.get('cv_accuracy')}", err=True)


@app.command()
def evaluate(
    gold_dir: Annotated[list[Path], typer.Argument(metavar="GOLD_DIR...", help="Folders of documents with .gold.json files.", show_default=False)],
    predictions: Annotated[Optional[Path], typer.Option("--predictions", "-p", metavar="FILE", help="Score these saved records (JSONL) instead of extracting.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    no_classifier: Annotated[bool, typer.Option("--no-classifier", help="Metrics by rules only.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also show one row per document.")] = False,
) -> None:
    """Score the tool on annotated folders with the spec's exact rules (section 3)."""
    from extractor.extract import evaluate_folders

    result = evaluate_folders(gold_dir, predictions, use_classifier=not no_classifier)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        _print_scores(result, per_doc)


TARGETS = {"figures_loose_f": 0.95, "figures_strict_f": 0.90, "quotes_f": 0.95,
           "speakers_acc": 0.95, "meta_acc": 0.90}


def _print_scores(result: dict, per_doc: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=120)
    scores, counts = result["scores"], result["counts"]
    table = Table(title=f"{counts['documents']} documents, {counts['gold_figures']} gold figures, "
                        f"{counts['gold_quotes']} gold quotes")
    for col in ("score", "value", "target"):
        table.add_column(col)
    for key, value in scores.items():
        target = TARGETS.get(key)
        table.add_row(key, f"{value:.3f}", f">= {target:.2f}" if target else "")
    console.print(table)
    if per_doc:
        docs = Table()
        for col in ("doc", "fig loose F", "fig strict F", "pred/gold", "quotes F", "speakers"):
            docs.add_column(col)
        for row in result["documents"]:
            docs.add_row(row["doc"], f"{row['figures_loose_f']:.2f}",
                         f"{row['figures_strict_f']:.2f}",
                         f"{row['figures_pred']}/{row['figures_gold']}",
                         f"{row['quotes_f']:.2f}", f"{row['speakers_acc']:.2f}")
        console.print(docs)


@app.command()
def schema() -> None:
    """Print the record's JSON Schema."""
    from extractor.records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def version() -> None:
    """Print the tool's version."""
    from extractor import __version__

    typer.echo(f"review-records {__version__}")


def _extracted(paths: list[Path], timeout: float) -> list[tuple[dict, Any]]:
    """(record with text, Document) of each path, under the per-file limits; exit 1 naming
    each one that failed."""
    from extractor.batch import extract_bounded
    from extractor.document import Document
    from extractor.extract import Options

    with _status(f"Reading {', '.join(p.name for p in paths)}"):
        outcomes = list(extract_bounded([(p, None) for p in paths],
                                        Options(with_text=True, with_document=True),
                                        timeout or None))
    for outcome in outcomes:
        if outcome.record is None:
            _error(f"{outcome.task.rel}: {outcome.error}")
    if any(o.record is None for o in outcomes):
        raise typer.Exit(EXIT_INPUTS_FAILED)
    return [(o.record, Document.from_dict(o.document)) for o in outcomes
            if o.record is not None and o.document is not None]


@app.command()
def show(
    doc: Annotated[Path, typer.Argument(metavar="DOC", help="A report or article (PDF, HTML or text).", show_default=False)],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="HTML file to write (default: DOC's name with .review.html, in the current folder).", show_default=False)] = None,
    timeout: TimeoutOpt = 300.0,
) -> None:
    """Write one self-contained HTML page: every figure and quote marked in the document text."""
    from extractor.paths import as_text, shown
    from extractor.show import render_html
    from extractor.store import write_file

    target = out or Path(f"{doc.stem}.review.html")
    ((record, document),) = _extracted([doc], timeout)
    write_file(target, render_html(record, doc, page_starts=document.page_starts))
    typer.echo(shown(as_text(target)), err=True)


@app.command()
def verify(
    story: Annotated[Path, typer.Argument(metavar="STORY", help="The news story (HTML or text).", show_default=False)],
    against: Annotated[Path, typer.Option("--against", metavar="REPORT", help="The report the story quotes.", show_default=False)],
    html_out: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write a side-by-side HTML page, and the report's `show` page (REPORT's name with .review.html) beside it for its page links.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    timeout: TimeoutOpt = 300.0,
) -> None:
    """Check a story's figures and quotes against the report; exit 1 if anything differs or is missing."""
    from extractor.verify import all_match, format_text, verify_documents

    (story_rec, story_doc), (report_rec, report_doc) = _extracted([story, against], timeout)
    result = verify_documents(story_rec, report_rec, story_doc, report_doc)
    if html_out:
        from extractor.show import render_html, render_verify_html
        from extractor.store import write_file

        report_page = html_out.with_name(f"{against.stem}.review.html")
        write_file(report_page, render_html(report_rec, against, page_starts=report_doc.page_starts))
        write_file(html_out, render_verify_html(result, story_rec, report_rec, report_page.name))
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else format_text(result))
    raise typer.Exit(0 if all_match(result) else 1)


@app.command()
def batch(
    input_dir: Annotated[Path, typer.Argument(metavar="INPUT_DIR", help="Folder of reports (searched recursively).", show_default=False)],
    db: Annotated[Path, typer.Option("--db", metavar="FILE", help="SQLite database (created if needed).")] = Path("reviews.db"),
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", metavar="N", min=1, help="Worker processes, 1 or more (default: one per core).", show_default=False)] = None,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", metavar="FILE", help="Also write every stored record here (JSON Lines).")] = None,
    csv_dir: Annotated[Optional[Path], typer.Option("--csv", metavar="DIR", help="Also export the tables as CSV into this folder.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo files already stored.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Delete stored documents whose file is no longer in the folder.")] = False,
    retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Redo files stored as errors.")] = False,
    shard: Annotated[Optional[str], typer.Option("--shard", metavar="I/N", help="Only shard I/N (split by a hash of the relative path).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Seconds one document may take (0: no limit).")] = 300.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_classifier: Annotated[bool, typer.Option("--no-classifier", help="Metrics by rules only.")] = False,
) -> None:
    """Extract every supported file under a folder into a SQLite database (parallel, resumable)."""
    from rich.console import Console

    from extractor.batch import BatchConfig, BatchProgress, default_workers, format_summary, parse_shard, run_batch
    from extractor.extract import Options

    try:
        config = BatchConfig(workers=default_workers() if workers is None else workers, force=force, prune=prune,
                             retry_errors=retry_errors, shard=parse_shard(shard) if shard else None,
                             timeout=timeout or None, options=Options(use_classifier=not no_classifier),
                             jsonl=jsonl, csv_dir=csv_dir)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    console = Console(stderr=True)
    try:
        summary = run_batch(input_dir, db, config, None if quiet or not console.is_terminal else BatchProgress(console))
    except KeyboardInterrupt:
        _error(f"interrupted: finished documents are saved in {db}; run the same command to resume")
        raise typer.Exit(130) from None
    typer.echo(format_summary(summary, db), err=True)
    raise typer.Exit(summary.exit_code)


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command("export")
def export_db(
    db: Annotated[Path, typer.Argument(metavar="DB", help="A database written by `batch` or `merge`.", show_default=False)],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl, or parquet (needs pyarrow).")] = ExportFormat.csv,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder to write <table>.<format> files into.")] = Path("export"),
) -> None:
    """Export the tables (documents, figures, mentions, quotes, people) for spreadsheets or pandas."""
    from extractor.database import export_tables

    written = export_tables(db, fmt.value, out)
    for path in written:
        typer.echo(f"wrote {path}", err=True)


@app.command()
def merge(
    out: Annotated[Path, typer.Argument(metavar="OUT_DB", help="The database to fold into (created if needed).", show_default=False)],
    inputs: Annotated[list[Path], typer.Argument(metavar="IN_DB...", help="Shard databases to fold in.", show_default=False)],
) -> None:
    """Fold shard databases (batch --shard I/N) into one; safe to run again."""
    from extractor.database import merge_databases

    summary = merge_databases(out, inputs)
    for error in summary.errors:
        _error(str(error))
    typer.echo(f"{out}: {summary.copied} documents copied in, {summary.kept} kept as they were", err=True)
    raise typer.Exit(EXIT_INPUTS_FAILED if summary.errors else EXIT_OK)


@app.command("datasette-metadata")
def datasette_metadata(
    db: Annotated[Path, typer.Argument(help="A database written by `batch` or `merge`.")],
    out: OutOpt = None,
) -> None:
    """Write Datasette metadata for the database: titles, descriptions, facets, saved searches."""
    from extractor.catalogue import datasette_metadata as metadata
    from extractor.database import open_db
    from extractor.store import output_file

    open_db(db, create=False).close()  # refuses what is not a review-records database
    with output_file(out) as stream:
        stream.write(json.dumps(metadata(db), indent=2) + "\n")


def main() -> None:
    """The console script: the app, with Click's own handling of usage errors (exit 2)."""
    try:
        app()
    except KeyboardInterrupt:  # while Typer builds the command, before any command runs
        _error("interrupted")
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
