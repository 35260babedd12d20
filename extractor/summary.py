"""The summary of a record a person reads on a terminal: what `extract` shows instead of JSON.

Returns rich renderables and prints nothing; the CLI prints them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .show import figure_period, format_value, metric_label, period_words

FIGURE_ROWS = 12  # figures listed per document; the record has them all
QUOTE_LINES = 3


def record_summary(record: dict[str, Any], limit: int = FIGURE_ROWS) -> list[Any]:
    """A table of the first figures (name, value, period, page, confidence), then the first
    quotes with their speakers, then a hint where the rest is."""
    from rich.table import Table
    from rich.text import Text

    src, figures, quotes = record["source"], record["figures"], record["quotes"]
    facts = [src.get("kind"), record.get("area"), period_words(record.get("period")),
             f"{len(figures)} figures", f"{len(quotes)} quotes"]
    about = " \u00b7 ".join(str(f) for f in facts if f)
    table = Table(title=f"{Path(str(src.get('path'))).name}: {about}", title_justify="left",
                  show_edge=False)
    for col in ("figure", "value", "period", "page", "conf."):
        table.add_column(col, justify="right" if col in ("value", "conf.") else "left")
    for f in figures[:limit]:
        pages = sorted({int(m.get("page", 1)) for m in f.get("mentions", [])})
        table.add_row(metric_label(f.get("metric")), format_value(f.get("value"), f.get("unit")),
                      period_words(figure_period(f, record)), ",".join(map(str, pages)),
                      f"{float(f.get('confidence', 1.0)):.2f}")
    out: list[Any] = [table]
    for q in quotes[:QUOTE_LINES]:
        words = " ".join(str(q.get("text", "")).split()[:14])
        out.append(Text(f"  \u201c{words}\u2026\u201d \u2014 {q.get('speaker') or 'speaker unresolved'}"))
    if len(figures) > limit or len(quotes) > QUOTE_LINES:
        out.append(Text("  \u2026 more in the record: --format json (or jsonl, csv), "
                        "or `show` for a page", style="dim"))
    return out
