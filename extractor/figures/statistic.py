"""Statistic: numbers of a study's statistical apparatus, not reported figures.

An odds ratio, a confidence interval and its bounds, a p-value, a kappa or a correlation says
how sure a study is of a finding; the finding's own counts and shares are the figures
('54% v 51%; p = 0.42' keeps 54 and 51)."""

from __future__ import annotations

import re

# the name of a statistic just before its value: 'odds ratio 2.4', 'OR = 1.9', "Cohen's kappa 0.81",
# 'hazard ratio of 0.7', 'SD 3.1', 'r = 0.42', 'p < 0.001', 'p-value 0.03'
_NAME_BEFORE = re.compile(
    r"(?:\b(?:(?:adjusted\s+)?odds|hazard|risk|rate|incidence\s+rate|likelihood)\s+ratios?|\brelative\s+risks?|"
    r"\bkappa|κ|\bstandard\s+(?:deviation|error)s?|\bcorrelation(?:\s+coefficient)?|\bcoefficient|"
    r"\bcronbach['’]?s\s+alpha|\bchi[\s-]?squared?|χ²?|\bp[\s-]?values?"
    # an abbreviation opens a bracket or a clause, or takes a sign: '(OR 2.1, ...', '; SD 3.1', 'HR = 0.7'
    # or follows 'adjusted', 'crude' or 'pooled': 'adjusted OR 1.9'
    r"|(?-i:(?:[(\[;,]\s*|\b(?i:adjusted|unadjusted|crude|pooled)\s+)(?:a?OR|HR|RR|IRR|SD|ICC|AUC)|\b(?:a?OR|HR|RR|IRR|SD|ICC|AUC)(?=\s*=)))"
    r"\s*(?:\(\s*[\w\s,.]{1,12}\)\s*)?(?:of|was|were|is|=|≈|:|,)?\s*(?:[<>≤≥]=?\s*)?$"
    # a one-letter statistic needs its sign: 'r = 0.42', 't = 2.1', 'F(2, 30) = 4.5', 'p < 0.001'
    r"|(?-i:\b[rtzFdpP])\s*(?:\(\s*[\d\s,.]{1,12}\))?\s*(?:[<>=≤≥]|&lt;|&gt;)=?\s*$", re.I)
# the level of an interval: '95% CI', '99% confidence interval', '90% credible interval'
_LEVEL_AFTER = re.compile(r"^\s*%?\s*(?:CI\b|C\.I\.|(?i:confidence|credible|uncertainty)\s+(?i:intervals?|limits?))")
# an interval's bounds: '95% CI 1.6 to 3.7', '(CI: 0.8-1.2)', 'IQR 0-11', 'interquartile range 3 to 9'
_BOUND_BEFORE = re.compile(
    r"(?:\bCI\b|\bC\.I\.|(?i:\b(?:confidence|credible|uncertainty)\s+intervals?)|\bIQR\b|(?i:\binter-?quartile\s+range))"
    r"\s*(?:[:=,]|(?i:of|was|from))?\s*[(\[]?\s*(?:-?\d+(?:\.\d+)?\s*(?:%\s*)?(?:to|-|–|,|;)\s*)?$")


# a rounding base and a suppression threshold: 'Figures are rounded to the nearest 10', 'values
# below 5 are suppressed', 'counts fewer than 10 are shown as x', 'Counts between 1 and 9 appear as <10'
# ... and the whole that rounded shares miss: 'Columns may not add to 100% as figures are rounded', 'may not
# sum to 100', 'totals more than 100% as people could tick several' (a share of 100% that is reported,
# 'all 100% of plans were reviewed', has none of these)
_ROUNDING_BEFORE = re.compile(r"\bnearest\s+$|(?:\bnot|n['’]t)\s+(?:always\s+|necessarily\s+|quite\s+|exactly\s+)*"
                              r"(?:(?:add|sum|come)(?:\s+up)?\s+(?:exactly\s+)?to|total(?:\s+up\s+to)?)\s+(?:exactly\s+)?$", re.I)
_OVER_WHOLE_BEFORE = re.compile(r"\b(?:add|adds|sum|sums|total|totals|come|comes)(?:\s+up)?(?:\s+to)?\s+(?:more|over)(?:\s+than)?\s+$",
                                re.I)
_REASON_AFTER = re.compile(r"^\s*(?:because|as|since|due|when|where)\b", re.I)
# ... or a band of small numbers: 'Counts between 1 and 9 appear as <10', 'values of 1 to 5 are suppressed'
_THRESHOLD_BEFORE = re.compile(r"\b(?:(?:fewer|less|lower)\s+than|below|under)\s+$"
                               r"|\b(?:numbers?|values?|counts?|figures?|cells?|totals?)\s+(?:between|from|of)\s+"
                               r"(?:\d{1,2}\s*(?:and|to|-|–)\s*)?$", re.I)
_THRESHOLD_AFTER = re.compile(r"^[^.;\n]{0,40}?\b(?:(?:are|is|were|have\s+been|has\s+been)\s+(?:suppressed|not\s+shown|"
                              r"not\s+published|withheld|redacted|shown\s+as|replaced|marked|excluded|omitted|"
                              # a rule of a dashboard's key: 'Rows counting under 8 pupils are not rated'
                              r"not\s+(?:RAG[\s-]?rated|rated|ranked|benchmarked|calculated|compared))|suppressed|"
                              # 'Where a figure is fewer than five we do not give the exact number'
                              r"(?:we|they)\s+(?:do\s+not|don['’]t|will\s+not|cannot)\s+(?:give|publish|show|report|"
                              r"disclose|release|provide))\b", re.I)


# the mark that stands for a suppressed number: 'Numbers under 5 are shown as "<5"', 'cells of 1 to 9 appear
# as <10', 'replaced with "x"' ('waits of <5 days' is a figure's hedge)
_MARK_BEFORE = re.compile(r"\b(?:shown|displayed|given|presented|published|appears?|appear|marked|replaced|reported|"
                          r"recorded|written)\s+(?:as|with|by)\s+(?:an?\s+)?[\"“'‘]?\s*[<≤]\s*$", re.I)


def is_statistic(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` is a statistic's value, level or bound, or
    the base or threshold of the figures' rounding and suppression."""
    return bool(_NAME_BEFORE.search(before) or _LEVEL_AFTER.match(after) or _BOUND_BEFORE.search(before)
                or _MARK_BEFORE.search(before) or _ROUNDING_BEFORE.search(before) or _OVER_WHOLE_BEFORE.search(before) and _REASON_AFTER.match(after) or _THRESHOLD_BEFORE.search(before) and _THRESHOLD_AFTER.match(after))
