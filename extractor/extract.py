"""The main job: a source file in, a review record out.

ingest.load -> Document -> spaCy Doc -> figures, quotes, metadata, kind -> Record.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import ExtractorError, IngestError, MissingFile, UnsupportedFormat
from .ingest import SUPPORTED_SUFFIXES, load
from .records import Record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .findings import Period

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Options:
    """Extraction settings, passed around as one object.

    use_classifier (bool): let the trained metric classifier decide where rules are silent.
    with_text (bool): put the document text in `source.text`.
    with_document (bool): also hand back the ingested Document (as a dict) beside the record,
        for views that need its page starts and tables (`show`, `verify`).
    verify_metrics (bool): let the trained metric verifier (figures.metric_check) turn the
        specific metrics it doubts into `other` (with use_classifier only).
    """

    use_classifier: bool = True
    with_text: bool = False
    verify_metrics: bool = True
    with_document: bool = False


DEFAULT_OPTIONS = Options()


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into their supported files (sorted, recursive); pass files through.

    Files `walk_inputs` refuses (links out of a folder, unreadable folders) are left out.

    Raises:
        MissingFile: a path does not exist.
        UnsupportedFormat: a folder holds no supported file.
    """
    for raw in paths:
        for path, error in walk_inputs([raw]):
            if error is not None and path == Path(raw):
                raise error
            if error is None:
                yield path


def walk_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, IngestError | None]]:
    """Every input file with None, or with the error that refuses it.

    A folder is searched recursively in path order (hidden files and unsupported types left
    out). Inside a folder, a symbolic link that leads out of it is not followed but reported,
    so a folder of untrusted files cannot make the tool read `/etc/passwd`; a folder that
    cannot be listed is reported, not skipped. A path given by name is taken as given.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = list(_walk_folder(path))
            if not found:
                yield path, UnsupportedFormat(str(path), "folder holds no supported files "
                                              f"({', '.join(SUPPORTED_SUFFIXES)})")
            yield from found
        elif path.exists() or path.is_symlink():
            yield path, None  # a dangling link gets its "no such file" from ingest
        else:
            yield path, MissingFile(str(path), "no such file or folder")


def _walk_folder(root: Path) -> list[tuple[Path, IngestError | None]]:
    found: list[tuple[Path, IngestError | None]] = []
    unreadable: list[OSError] = []
    real_root = root.resolve()
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        for name in dirs:
            link = Path(folder, name)
            if link.is_symlink() and not _inside(link, real_root):
                found.append((link, IngestError(str(link), "link to a folder outside the "
                                                "input folder: not followed")))
        for name in files:
            path = Path(folder, name)
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if path.is_symlink() and path.exists() and not _inside(path, real_root):
                found.append((path, IngestError(str(path), "link to a file outside the "
                                                "input folder: not followed")))
            else:
                found.append((path, None))
    for err in unreadable:
        found.append((Path(err.filename), IngestError(err.filename, "cannot read folder: "
                                                      f"{err.strerror}")))
    return sorted(found, key=lambda item: item[0])


def _inside(path: Path, real_root: Path) -> bool:
    return path.resolve().is_relative_to(real_root)


@dataclass(frozen=True, slots=True)
class Metadata:
    """A record's document metadata: what the document is, whose, and for which period."""

    kind: str
    kind_confidence: float
    area: str | None
    area_code: str | None
    areas: list[str]
    partnership: str | None
    period: Period | None


def document_metadata(document: Document, doc: Doc) -> Metadata:
    """Kind, area, partnership and period of an ingested Document and its analysed Doc.

    The one place the record's metadata is decided: `extract_document` and the metadata
    benchmark on real documents (`benchmarks/real_metadata.py`) both call it.
    """
    from .area import choose_area
    from .kind import predict_kind
    from .metadata import find_partnership, find_period

    title = document.source.title
    choice = choose_area(doc, title, document.context)
    period = find_period(document.text, title, document.source.date, document.context)
    kind, kind_p = predict_kind(document)
    partnership = find_partnership(document.text, choice.area, title, document.context,
                                   choice.areas)
    return Metadata(kind=kind, kind_confidence=kind_p, area=choice.area, area_code=choice.code,
                    areas=choice.areas, partnership=partnership, period=period)


def extract_document(document: Document, nlp: Language | None = None,
                     options: Options = DEFAULT_OPTIONS) -> Record:
    """Build the review record of an ingested Document."""
    from .figures import find_figures
    from .pipeline import to_doc
    from .quotes import find_quotes

    doc = to_doc(document, nlp)
    meta = document_metadata(document, doc)
    rejected: list[dict[str, Any]] | None = [] if options.with_text else None
    figures = find_figures(doc, document, meta.period, use_classifier=options.use_classifier,
                           rejected=rejected)
    if options.use_classifier and options.verify_metrics:
        from .figures.metric_check import check_metrics
        check_metrics(figures, meta.kind, document.source.format)
    quotes, people = find_quotes(doc, document)
    return Record(source=document.source, kind=meta.kind, kind_confidence=meta.kind_confidence,
                  area=meta.area, area_code=meta.area_code, areas=meta.areas,
                  partnership=meta.partnership, period=meta.period,
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
    for path, error in walk_inputs(paths):
        if error is not None:
            yield path, None, error
        else:
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

    paths = []
    for folder in map(Path, gold_dirs):
        if not folder.is_dir():
            raise MissingFile(str(folder), "no such folder")
        found = gold_files(folder)
        if not found:
            raise UnsupportedFormat(str(folder), "folder holds no annotated documents (*.gold.json)")
        paths += found
    if predictions is not None and not predictions.is_file():
        raise MissingFile(str(predictions), "no such file")
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
    from .training import train_kind_model, train_metric_model, train_metric_verifier

    folders = annotated_folders(corpus_dirs)
    metas = {"kind_model": train_kind_model(folders), "metric_model": train_metric_model(folders)}
    # the verifier learns from the outputs of the models just trained
    metas["metric_verifier"] = train_metric_verifier(folders)
    return metas
