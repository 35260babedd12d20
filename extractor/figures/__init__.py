"""Figures: every reported number in a document as a normalised, source-grounded fact.

The stages, each a module, each importing only the ones before it:
`analysis` (the metric rules, their hits, the candidate) -> `propose` (numbers and explicit
zeros) -> `reject` (non-figures, with the reason) -> `unit` (a bare number's unit from its
sentence) -> `resolve` (the counted thing in the number's sentence) -> `antecedent` (comparators,
elided counts and subsets take the metric of the figure they follow) -> `name` (the metric: the
rules, then the optional classifier above a calibrated probability, `name.OVERRIDE_RULE`) ->
`merge` (mentions of one fact become one Figure; `find_figures` runs them all).

This package re-exports what other modules import; the classifier's thresholds are read from
`figures.name` at call time, so set them there (benchmarks/metric_cv.py does).
"""

from .analysis import _FAMILY_STAGE, _STAGE_ORDER, _Candidate, _Hit, rule_hits
from .reject import _HEADING_LINE, boilerplate_spans, is_reference, reject_reason
from .name import _named_in_text, rule_metric_for
from .merge import find_figures

__all__ = [
    "_FAMILY_STAGE", "_HEADING_LINE", "_STAGE_ORDER", "_Candidate", "_Hit", "_named_in_text", "boilerplate_spans",
    "find_figures", "is_reference", "reject_reason", "rule_hits", "rule_metric_for",
]
