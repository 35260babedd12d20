"""A skip message names no absolute path: it is read on other machines and in CI logs."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

ABSOLUTE = re.compile(r"(?<![\w.])/(?:work|home|root|tmp|usr|opt|var)\b")
SKIPS = {"skip", "skipif", "importorskip"}


def _skip_texts(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in SKIPS:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    for sub in ast.walk(arg):
                        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                            yield sub.lineno, sub.value
                        if isinstance(sub, ast.FormattedValue):
                            yield sub.lineno, "<formatted value: may hold a path>"


def test_no_skip_message_names_an_absolute_path():
    found = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for line, text in _skip_texts(ast.parse(path.read_text(encoding="utf-8"))):
            if ABSOLUTE.search(text) or text.startswith("<formatted"):
                found.append(f"{path.name}:{line}: {text}")
    assert found == []
