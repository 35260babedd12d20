"""Shared plumbing for the project's scikit-learn classifiers: save/load with skops + meta.json.

Every trained artifact lives in models/<name>/ as model.skops plus a meta.json sidecar
(labels, sklearn version, training-data hash, cross-validated scores). Never pickle.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .errors import ModelError
from .pipeline import MODELS_DIR


# Types a model of ours may contain; anything else in a .skops file is refused.
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")


def data_hash(items: list[str]) -> str:
    """A stable sha256 over the training examples (order-independent)."""
    h = hashlib.sha256()
    for item in sorted(items):
        h.update(item.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def save_model(name: str, model: Any, meta: dict[str, Any], models_dir: Path = MODELS_DIR) -> Path:
    """Write models/<name>/model.skops and meta.json; returns the folder."""
    import sklearn
    import skops.io as sio

    folder = models_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(model, folder / "model.skops")
    meta = {"name": name, "sklearn_version": sklearn.__version__, **meta}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return folder


def load_model(name: str, models_dir: Path = MODELS_DIR) -> tuple[Any, dict[str, Any]]:
    """Load models/<name>/model.skops (trusting only the types skops reports for it)."""
    import skops.io as sio

    folder = models_dir / name
    path = folder / "model.skops"
    if not path.is_file():
        raise ModelError(str(path), "model not trained: run 'review-records train'")
    try:
        untrusted = sio.get_untrusted_types(file=path)
        unknown = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
        if unknown:
            raise ModelError(str(path), f"refusing to load types {', '.join(unknown)}")
        model = sio.load(path, trusted=untrusted)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - any load failure is one ModelError
        raise ModelError(str(path), f"cannot load model: {exc}") from exc
    return model, meta
