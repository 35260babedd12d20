"""Tables: numeric cells read with their row label, column header, unit and period.

Tables come from the ingesters (`Document.tables`: PDF and HTML) and from space-aligned
plain text (`text_tables`). Each numeric cell becomes a figure candidate: its metric from its
row label or column header, its period from the other; contents pages are not figure sources.

The package's modules, each named after one noun: `text` (the plain-text table reader), `cells`
(the number a cell holds), `units` (money scales, percentages and rates), `headers` (header rows,
spanning headers, footnote marks), `columns` (column roles; year, code and row-number columns),
`registers` (contents pages, forms and case registers: not figure sources), `periods` (the period a
header or label names), `captions`, `metrics` (the metric a cell counts), `cards` (rows of
statistic cards), `candidates` (a table's cells as figure candidates) and `restated` (cells the
prose restates, aligned with its figures). Callers import the public names from here.
"""

from __future__ import annotations

from .candidates import table_candidates
from .cards import card_rows
from .cells import Reading, cell_value
from .headers import unmarked
from .periods import in_doc_year
from .restated import align_restated
from .text import FIELD_ROWS, document_tables, text_tables
from .units import unit_line


__all__ = ["FIELD_ROWS", "Reading", "align_restated", "card_rows", "cell_value", "document_tables", "in_doc_year",
           "table_candidates", "text_tables", "unit_line", "unmarked"]
