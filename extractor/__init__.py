"""review-records: structured, source-grounded review records from safeguarding documents."""

__version__ = "0.1.0"
