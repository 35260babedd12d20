"""Data, not code: the rule files and trained classifiers (package `review_records_models` once installed)."""
