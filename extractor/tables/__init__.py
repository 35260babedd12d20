"""Tables: numeric cells read with their row label, column header, unit and period.

Tables come from the ingesters (`Document.tables`: PDF and HTML) and from space-aligned
plain text (`text_tables`). Each numeric cell becomes a figure candidate: its metric from its
row label or column header, its period from the other; contents pages are not figure sources.
"""

from __future__ import annotations

from .candidates import table_candidates
from .cards import card_rows
from .cells import Reading, cell_value
from .headers import unmarked
from .restated import align_restated
from .text import FIELD_ROWS, document_tables, text_tables
from .units import unit_line


__all__ = ["FIELD_ROWS", "Reading", "align_restated", "card_rows", "cell_value", "document_tables",
           "table_candidates", "text_tables", "unit_line", "unmarked"]
