"""Reuse the corpus/styles tooling (gold.py, pdfkit.py) for corpus/holdout/styles3, writing gold files here.

corpus/holdout/styles3 is a held-out set that follows corpus/styles' and corpus/styles2's annotation
conventions exactly, so it imports corpus/styles' helpers instead of keeping a copy; only the
output folder of `write` differs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'styles', '_src'))
if SRC not in sys.path:
    sys.path.insert(0, SRC)

import gold  # noqa: E402  (corpus/styles/_src/gold.py)
from gold import P, FY, F, Q, write  # noqa: E402,F401

gold.OUT = os.path.normpath(os.path.join(HERE, '..'))

try:  # pdfkit needs reportlab (the PDF venv); the gold scripts do not
    from pdfkit import Doc, TwoColumnDoc  # noqa: E402,F401
except ImportError:  # pragma: no cover
    Doc = TwoColumnDoc = None

__all__ = ["P", "FY", "F", "Q", "write", "Doc", "TwoColumnDoc"]
