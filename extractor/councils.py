"""The gazetteer of UK councils with children's services (models/areas.txt) and their GSS codes.

One row per council: its ONS name, official code, nation and the other ways documents write it.
Every name also gets the spellings documents use around a council's name: "&" for "and",
and "City of", "Borough of", "London Borough of", "Royal Borough of", "County of", "City and
County of" in front. `lookup` turns any of those spellings back into the council.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PREFIXES = ("City of ", "Borough of ", "London Borough of ", "Royal Borough of ", "County of ",
             "City and County of ", "County Borough of ", "Metropolitan Borough of ")


@dataclass(frozen=True, slots=True)
class Council:
    """A local authority (or, in Northern Ireland, a health and social care trust)."""

    name: str
    code: str | None
    nation: str
    variants: tuple[str, ...]
    note: str


def _key(name: str) -> str:
    """A spelling's lookup key: lower case, '&' as 'and', 'St.' as 'St', spaces collapsed."""
    text = name.lower().replace("&", " and ").replace("st.", "st")
    return " ".join(re.sub(r"^the\s+", "", text.strip()).split())


def _spellings(name: str, prefixed: bool = True) -> set[str]:
    out = {name}
    if " and " in name:
        out.add(name.replace(" and ", " & "))
    if prefixed:
        for base in list(out):
            if not base.startswith(("City of", "County ")):
                out.update(prefix + base for prefix in _PREFIXES)
    return out


# "City of", "London Borough of" … before a council's name, for matching names at a start.
PREFIX_PATTERN = "(?:" + "|".join(re.escape(p) for p in _PREFIXES) + ")"


@functools.lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    """Every council in models/areas.txt, in file order."""
    from .pipeline import MODELS_DIR

    rows = []
    for line in (MODELS_DIR / "areas.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, name, nation, variants, note = (line.split("\t") + [""] * 5)[:5]
        rows.append(Council(name.strip(), code.strip() or None, nation.strip(),
                            tuple(v.strip() for v in variants.split("|") if v.strip()),
                            note.strip()))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _by_key() -> dict[str, Council]:
    table: dict[str, Council] = {}
    for council in councils():
        for written in (council.name, *council.variants):
            for spelling in _spellings(written):
                table.setdefault(_key(spelling), council)
    return table


def surface_names() -> list[str]:
    """Every spelling of every council's own name (with "&" for "and"), for the AREA entity
    patterns and name matching; "City of …" and "London Borough of …" forms contain these."""
    names: set[str] = set()
    for council in councils():
        for written in (council.name, *council.variants):
            names.update(_spellings(written, prefixed=False))
    return sorted(names)


def lookup(name: str | None) -> Council | None:
    """The council a spelling names ("Bristol, City of", "Brighton & Hove", "Glasgow"), or None."""
    if not name:
        return None
    return _by_key().get(_key(name))
