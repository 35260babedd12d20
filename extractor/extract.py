"""The main job: a source file in, a review record out.

ingest.load -> Document -> spaCy Doc -> figures, quotes, metadata, kind -> Record.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import ExtractorError, MissingFile, UnsupportedFormat
from .ingest import SUPPORTED_SUFFIXES, load
from .records import Record

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Options:
    """Extraction settings, passed around as one object.

    use_classifier (bool): let the trained metric classifier decide where rules are silent.
    with_text (bool): put the document text in `source.text`.
    """

    use_classifier: bool = True
    with_text: bool = False


DEFAULT_OPTIONS = Options()


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into their supported files (sorted, recursive); pass files through.

    Raises:
        MissingFile: a path does not exist.
        UnsupportedFormat: a folder holds no supported file.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # a dangling symlink is kept, so it is reported as missing rather than skipped
            files = sorted(p for p in path.rglob("*")
                           if (p.is_file() or (p.is_symlink() and not p.exists()))
                           and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not p.name.startswith("."))
            if not files:
                raise UnsupportedFormat(str(path), "folder holds no supported files "
                                        f"({', '.join(SUPPORTED_SUFFIXES)})")
            yield from files
        elif path.exists():
            yield path
        else:
            raise MissingFile(str(path), "no such file or folder")


def extract_document(document: Document, nlp: Language | None = None,
                     options: Options = DEFAULT_OPTIONS) -> Record:
    """Build the review record of an ingested Document."""
    from .figures import find_figures
    from .kind import predict_kind
    from .metadata import find_area, find_partnership, find_period
    from .pipeline import to_doc
    from .quotes import find_quotes

    doc = to_doc(document, nlp)
    title = document.source.title
    area = find_area(doc, title)
    period = find_period(document.text, title)
    kind, kind_p = predict_kind(document)
    rejected: list[dict[str, Any]] | None = [] if options.with_text else None
    figures = find_figures(doc, document, period, use_classifier=options.use_classifier, rejected=rejected)
    quotes, people = find_quotes(doc, document)
    return Record(source=document.source, kind=kind, kind_confidence=kind_p, area=area,
                  partnership=find_partnership(document.text, area), period=period,
                  figures=figures, quotes=quotes, people=people,
                  warnings=list(document.warnings),
                  text=document.text if options.with_text else None, rejected=rejected)


def extract_file(path: str | Path, nlp: Language | None = None,
                 options: Options = DEFAULT_OPTIONS, data: bytes | None = None) -> Record:
    """Ingest one file (or named bytes) and build its record.

    Raises:
        ExtractorError: the file cannot be read (the message names the file and the reason).
    """
    return extract_document(load(path, data), nlp, options)


def extract_all(paths: Iterable[str | Path], nlp: Language | None = None,
                options: Options = DEFAULT_OPTIONS
                ) -> Iterator[tuple[Path, Record | None, ExtractorError | None]]:
    """Records for every input; a bad input yields its error and the rest go on."""
    for raw in paths:
        try:
            files = list(iter_inputs([raw]))
        except ExtractorError as exc:
            yield Path(exc.path), None, exc
            continue
        for path in files:
            yield path, *_extract_guarded(path, nlp, options)


def _extract_guarded(path: Path, nlp: Language | None, options: Options
                     ) -> tuple[Record | None, ExtractorError | None]:
    # The one per-document boundary: whatever goes wrong in one file is that file's error.
    try:
        return extract_file(path, nlp, options), None
    except ExtractorError as exc:
        return None, exc
    except Exception as exc:  # noqa: BLE001
        log.debug("unexpected failure on %s", path, exc_info=True)
        return None, ExtractorError(str(path), f"internal error: {type(exc).__name__}: {exc}")


def evaluate_folders(gold_dirs: Iterable[Path], predictions: Path | None = None,
                     use_classifier: bool = True) -> dict[str, Any]:
    """Extract every annotated document in `gold_dirs` (or read saved records) and score it."""
    from .evaluate import evaluate, gold_files, records_by_name

    paths = [p for d in gold_dirs for p in gold_files(Path(d))]
    if predictions is not None:
        lines = predictions.read_text(encoding="utf-8").splitlines()
        saved = records_by_name(json.loads(line) for line in lines if line.strip())
        return evaluate(paths, lambda src: saved.get(src.name))
    options = Options(use_classifier=use_classifier)

    def predict(src: Path) -> dict[str, Any] | None:
        record, error = _extract_guarded(src, None, options)
        if error is not None:
            log.warning("%s", error)
        return record.to_dict() if record else None

    return evaluate(paths, predict)


HELD_OUT = "holdout"  # a blind folder: scored, never trained on


def annotated_folders(corpus_dirs: list[Path]) -> list[Path]:
    """The folders and their annotated subfolders (any with a *.gold.json), the hold-out left out."""
    out: list[Path] = []
    for folder in map(Path, corpus_dirs):
        out.append(folder)
        out += sorted(sub for sub in folder.iterdir() if sub.is_dir() and sub.name != HELD_OUT
                      and any(sub.glob("*.gold.json"))) if folder.is_dir() else []
    return out


def train_all(corpus_dirs: list[Path]) -> dict[str, dict[str, Any]]:
    """Train every classifier the tool uses on the annotated folders and their annotated
    subfolders (corpus/dev2 ..., never corpus/holdout); returns their metas."""
    from .kind import train_kind_model
    from .metric_model import train_metric_model

    folders = annotated_folders(corpus_dirs)
    return {"kind_model": train_kind_model(folders),
            "metric_model": train_metric_model(folders)}
