"""Citation: numbers of a reference to a court case, a parliamentary paper, a journal article or
a case file, not reported figures.

'[2026] EWFC 214 (B)' is the 214th judgment of a court in a year, 'HC 612' the 612th paper of a
House, '14(3): 212-239' a journal's volume, issue and pages, 'doi:10.5555/...' an identifier,
'(25 007 418)' a complaint's reference written in groups of digits."""

from __future__ import annotations

import re

# a neutral citation or a law report: '[2013] EWCA Civ 1146', '[2026] EWFC 214 (B)', '[2019] UKSC 5',
# '[2014] 1 FLR 1234', '[2020] EWHC 2345 (Fam)': a bracketed year, a court or report in capitals,
# then the judgment's or the page's number
_CASE = re.compile(r"\[(?:1[89]|20)\d\d\]\s+(?:\d{1,2}\s+)?[A-Z]{2,}[A-Za-z]*(?:\s+[A-Z][a-z]{1,6}){0,2}\s+\d{1,5}\b"
                   r"(?:\s*\((?:[A-Z][A-Za-z]{0,6})\))?")
# a parliamentary or command paper: 'HC 612', 'HL Paper 23', 'Cm 9876'
_PAPER_BEFORE = re.compile(r"(?:^|[\s,(;:])(?:HC|HL|Cm|Cmnd)\s+(?:Paper\s+)?$")
# a journal's volume, issue and pages: '14(3): 212-239', '27(1-2): 101–118'
_JOURNAL = re.compile(r"\b\d{1,4}\s*\(\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*\)\s*:\s*[eE]?\d{1,6}(?:\s*[-–]\s*[eE]?\d{1,6})?")
# a digital object identifier: 'doi:10.5555/jss.2026.0417', 'https://doi.org/10.1111/cfs.12345'
_DOI = re.compile(r"(?i:\bdoi\s*:?\s*|doi\.org/)10\.\d{4,9}/\S+")
# a reference written in groups of digits, in brackets or with a group that opens with 0 (never
# an amount's thousands): '(25 007 418)', 'ref 21 004 512'
_GROUPED = re.compile(r"\(\s*\d{1,3}(?:[ \u00a0]\d{3}){2,}\s*\)|(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*[ \u00a0]0\d\d(?:[ \u00a0]\d{3})*(?![\d,.])")


def in_citation(text: str, start: int, end: int, before: str) -> bool:
    """Whether the number at start..end is part of a case, paper, journal or file reference."""
    if _PAPER_BEFORE.search(before):
        return True
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    return any(m.start() <= start and end <= m.end()
               for pattern in (_CASE, _JOURNAL, _DOI, _GROUPED) for m in pattern.finditer(text, lo, hi))
