"""The database's catalogue for Datasette: titles, descriptions, units, facets, saved searches.

`datasette reviews.db --metadata metadata.json` then shows each table and view with what its
columns mean, offers facets by metric, area and period, and two canned full-text searches.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DOCUMENT_COLUMNS = {
    "path": "the source file, relative to the folder given to batch",
    "title": "the document's title (PDF metadata, HTML title or first heading)",
    "kind": "document kind predicted by the classifier (e.g. annual_report, news_article)",
    "area": "the local authority area the document is about",
    "partnership": "the safeguarding partnership named in it",
    "document_period_start": "start of the period the document reports on (ISO date)",
    "document_period_end": "end of the period the document reports on (ISO date)",
}
FIGURE_COLUMNS = {
    "metric": "what is counted, from the controlled vocabulary (models/metrics.json)",
    "value": "the number, in `unit` (an INTEGER for counts)",
    "unit": "count, percentage, rate_per_10000, ...",
    "period_start": "start of the period the figure covers (ISO date)",
    "period_end": "end of the period the figure covers (ISO date)",
    "sentence": "the sentence of the figure's first mention",
    "page": "page of the first mention (1 for HTML and text)",
    "confidence": "0 to 1: how sure the extractor is of the metric",
}
QUOTE_COLUMNS = {
    "text": "the words inside the quotation marks",
    "speaker": "the resolved speaker (null when unresolved)",
    "speaker_role": "the speaker's role as the document gives it",
    "cue": "the reporting verb that attributes the quote",
}

SEARCH_QUOTES = """SELECT path, speaker, speaker_role, text, page FROM quotes_full
WHERE quote_rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q)
ORDER BY path, quote_rowid"""
SEARCH_FIGURES = """SELECT path, area, metric, value, unit, period_start, period_end, sentence
FROM figures_full WHERE figure_id IN (SELECT figure_id FROM mentions WHERE rowid IN
  (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH :q))
ORDER BY path, ordinal"""


def datasette_metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette's metadata for a review-records database at `db_path`."""
    tables: dict[str, Any] = {
        "documents": {"title": "Documents", "facets": ["kind", "area", "status"],
                      "description": "One row per source file: what it is, what it covers, "
                                     "whether it was read (status, error)."},
        "figures": {"title": "Figures", "facets": ["metric", "unit"],
                    "description": "Every reported figure as a normalised fact.",
                    "columns": FIGURE_COLUMNS},
        "mentions": {"title": "Mentions", "description": "Where each figure is written: its "
                     "text, sentence, page and character offsets."},
        "quotes": {"title": "Quotes", "facets": ["speaker"], "columns": QUOTE_COLUMNS,
                   "description": "Every direct quote with its resolved speaker."},
        "people": {"title": "People", "description": "The speakers resolved in each document."},
        "figures_full": {"title": "Figures with their documents",
                         "facets": ["metric", "area", "period_start", "unit"],
                         "description": "Each figure with its document's path, title, area, "
                                        "partnership and period: reads alone in a spreadsheet.",
                         "columns": {**DOCUMENT_COLUMNS, **FIGURE_COLUMNS}},
        "quotes_full": {"title": "Quotes with their documents",
                        "facets": ["area", "speaker", "document_period_start"],
                        "description": "Each quote with its document's path, title, area, "
                                       "partnership and period.",
                        "columns": {**DOCUMENT_COLUMNS, **QUOTE_COLUMNS}},
        "speakers": {"title": "Speakers",
                     "description": "Every resolved speaker: most frequent role, how many "
                                    "documents and quotes, and the documents' paths."},
    }
    queries = {
        "search_quotes": {"title": "Search quotes", "sql": SEARCH_QUOTES,
                          "description": "Quotes that use a word or phrase (full-text search)."},
        "search_figures": {"title": "Search figures by their sentences", "sql": SEARCH_FIGURES,
                           "description": "Figures whose sentence uses a word or phrase."},
    }
    return {"title": "Review records",
            "description": "Figures and quotes from child-safeguarding reports and news, each "
                           "traceable to its page and sentence (review-records).",
            "databases": {Path(db_path).stem: {"tables": tables, "queries": queries}}}
