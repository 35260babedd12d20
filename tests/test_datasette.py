"""The database opened with Datasette in-process (its test client), with our metadata."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest

from extractor.database import open_db, write_record
from tests.conftest import CORPUS, cli

DOCS = ("dev01_sunderland_notifications.txt", "dev07_portsmouth_rapid_reviews.html")


def datasette_json(db: Path, metadata: dict, urls: list[str]) -> list[object]:
    """The JSON Datasette answers for each URL (status 200 asserted)."""
    from datasette.app import Datasette

    async def fetch() -> list[object]:
        ds = Datasette([str(db)], metadata=metadata)
        await ds.invoke_startup()
        out = []
        for url in urls:
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:300])
            out.append(response.json())
        return out

    return asyncio.run(fetch())


@pytest.fixture(scope="module")
def db(nlp, tmp_path_factory) -> Path:
    from extractor.extract import extract_file

    path = tmp_path_factory.mktemp("ds") / "reviews.db"
    store = open_db(path)
    for name in DOCS:
        write_record(store, extract_file(CORPUS / name, nlp).to_dict(), name, 1.0)
    store.close()
    return path


def test_metadata_command_writes_datasette_metadata(db, tmp_path):
    out = tmp_path / "metadata.json"
    result = cli("datasette-metadata", db, "--out", out)
    assert result.exit_code == 0, result.stderr
    meta = json.loads(out.read_text())
    tables = meta["databases"]["reviews"]["tables"]
    assert {"figures_full", "quotes_full", "speakers", "documents"} <= set(tables)
    assert {"metric", "area", "period_start"} <= set(tables["figures_full"]["facets"])
    assert set(meta["databases"]["reviews"]["queries"]) == {"search_quotes", "search_figures"}


def test_datasette_serves_views_facets_and_the_documented_searches(db):
    pytest.importorskip("datasette.app", reason="datasette is not installed (pip install -e '.[dev]')")
    meta = json.loads(cli("datasette-metadata", db).stdout)
    conn = __import__("sqlite3").connect(db)
    quote = conn.execute("SELECT text FROM quotes ORDER BY rowid LIMIT 1").fetchone()[0]
    word = max(re.findall(r"[A-Za-z]+", quote), key=len).lower()
    figures, facets, quotes, found = datasette_json(db, meta, [
        "/reviews/figures_full.json?_shape=array&_size=max",
        "/reviews/figures_full.json?_size=0",
        f"/reviews/search_quotes.json?_shape=array&q={word}",
        "/reviews/search_figures.json?_shape=array&q=notifications",
    ])
    assert len(figures) == conn.execute("SELECT count(*) FROM figures").fetchone()[0]
    assert {"metric", "area", "period_start"} <= set(facets["facet_results"])
    assert quote in [q["text"] for q in quotes]
    assert found and all(row["path"] in DOCS for row in found)
