"""Where the shipped data files are: the rule files and trained classifiers of `models/`.

In a checkout (or an editable install) that is the repository's own `models/` folder, so
`train` writes where the code reads. In an installed wheel the same files ship as the package
data of `review_records_models` (pyproject.toml maps that package name onto `models/`) and are
found through importlib.resources, never through a path relative to site-packages.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

PACKAGE = "review_records_models"
_CHECKOUT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder holding the rule files and trained models this code was shipped with."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "models").is_dir():
        return _CHECKOUT / "models"
    return Path(str(resources.files(PACKAGE)))
