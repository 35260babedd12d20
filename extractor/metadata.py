"""Record metadata: the area, partnership and reporting period a document is about.

One place the record builder and the tests import the three from; each lives in its own module
(extractor.area, extractor.partnership, extractor.reporting_period).
"""

from __future__ import annotations

from .area import find_area
from .findings import Period
from .partnership import find_partnership
from .reporting_period import document_period

__all__ = ["find_area", "find_partnership", "find_period"]


def find_period(text: str, title: str | None = None, date: str | None = None,
                context: list[str] | tuple[str, ...] = ()) -> Period | None:
    """The reporting period the document presents (see extractor.reporting_period)."""
    return document_period(text, title, date, context)
