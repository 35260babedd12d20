"""The built wheel is the tool: its rule files and models ship inside it and load from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                             "-w", str(out)], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.skip("pip cannot build a wheel here (no setuptools/wheel to build with)")
    return next(out.glob("review_records-*.whl"))


def test_wheel_ships_every_model_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "models").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(ROOT / "models").as_posix()
            assert f"review_records_models/{rel}" in names, rel


def test_wheel_ships_every_extractor_module(wheel):
    """A new subpackage must be listed in pyproject's packages: a wheel without it fails at import."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "extractor").rglob("*.py"):
        if "__pycache__" not in path.parts:
            rel = path.relative_to(ROOT).as_posix()
            assert rel in names, rel


def test_installed_wheel_extracts_the_seed_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(site), str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "REVIEW_RECORDS_MODELS_DIR"}
    env["PYTHONPATH"] = str(site)
    code = ("import sys, extractor, cli; assert extractor.__file__.startswith(sys.argv[1]); "
            "sys.argv = ['review-records', 'extract', sys.argv[2]]; cli.main()")
    result = subprocess.run([sys.executable, "-c", code, str(site),
                             str(SEEDS / "000_398829baec4c2923.txt")],
                            capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["area"] == "Luton" and record["figures"]
