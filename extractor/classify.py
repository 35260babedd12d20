"""Shared plumbing for the project's scikit-learn classifiers: save/load with skops + meta.json.

Every trained artifact lives in models/<name>/ as model.skops plus a meta.json sidecar
(labels, sklearn version, training-data hash, cross-validated scores). Never pickle.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
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
    _forget_process_state(model)
    (folder / "model.skops").write_bytes(reproducible_zip(sio.dumps(model)))
    meta = {"name": name, "sklearn_version": sklearn.__version__, **meta}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return folder


def _forget_process_state(model: Any) -> None:
    """Drop attributes that hold this process's memory addresses as values.

    A fitted HashingVectorizer keeps `_stop_words_id`, the id() of its stop-word list, only
    to skip re-checking the list on the next call; saved, it made each training process
    write different bytes. Without it sklearn checks the list again, once.
    """
    params = model.get_params(deep=True).values() if hasattr(model, "get_params") else ()
    for part in (model, *params):
        if hasattr(part, "_stop_words_id"):
            del part._stop_words_id


def reproducible_zip(data: bytes) -> bytes:
    """A .skops archive rewritten so the same model always gives the same bytes.

    skops names each array file, and records each object, by its id() (a memory address) and
    stamps every entry with the time of saving; here files and objects are numbered in the
    order the schema names them and every entry gets one fixed time, so retraining on the same data
    reproduces the model files exactly (and a diff shows when a model really changed).
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        entries = {info.filename: archive.read(info) for info in infos}
    schema = entries.pop("schema.json").decode("utf-8")
    order = sorted(entries, key=lambda n: (schema.find(f'"{n}"'), n))
    renamed = {old: f"{i}{Path(old).suffix}" for i, old in enumerate(order)}
    schema = re.sub(r'"([^"/]+\.[a-z]+)"', lambda m: f'"{renamed.get(m.group(1), m.group(1))}"',
                    schema)
    ids: dict[str, int] = {}  # object ids (memory addresses), numbered by first appearance
    schema = re.sub(r'"__id__": (\d+)', lambda m: f'"__id__": {ids.setdefault(m.group(1), len(ids))}',
                    schema)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in [("schema.json", schema.encode("utf-8"))] + [
                (renamed[old], entries[old]) for old in order]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return out.getvalue()


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
