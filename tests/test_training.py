"""`train` is reproducible: the same data gives byte-identical model files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extractor import metric_model as mm, training
from extractor.kind import MODEL_NAME as KIND_MODEL

from extractor.resources import models_dir
from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def text_corpus(tmp_path_factory):
    """The text documents of corpus/ with their gold files (fast to ingest)."""
    folder = tmp_path_factory.mktemp("gold")
    for gold in CORPUS.glob("*.gold.json"):
        doc = json.loads(gold.read_text(encoding="utf-8"))["doc"]
        if doc.endswith((".txt", ".html")):
            (folder / gold.name).symlink_to(gold)
            (folder / doc).symlink_to(CORPUS / doc)
    return folder


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_kind_model_trains_to_the_same_bytes(text_corpus, tmp_path):
    """Also in another process: a saved memory address made each run's bytes differ."""
    first, second = tmp_path / "a", tmp_path / "b"
    training.train_kind_model([text_corpus], models_dir=first)
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from extractor.training import train_kind_model; "
                    "train_kind_model([Path(sys.argv[1])], models_dir=Path(sys.argv[2]))",
                    str(text_corpus), str(second)], check=True, cwd=ROOT)
    assert _files(first) == _files(second) and f"{KIND_MODEL}/model.skops" in _files(first)


@pytest.mark.slow
def test_metric_model_trains_to_the_same_bytes(text_corpus, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    training.train_metric_model([text_corpus], models_dir=first)
    training.train_metric_model([text_corpus], models_dir=second)
    assert _files(first) == _files(second)


def test_in_a_checkout_the_models_are_the_repositorys_own(monkeypatch):
    """`train` writes where the code reads: the repository's models/ folder."""
    monkeypatch.delenv(mm.MODELS_ENV, raising=False)
    assert models_dir() == ROOT / "models" == mm.resolve_models_dir()
