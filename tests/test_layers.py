"""Layer boundaries: only workbench.ui may import Textual; SQL stays in the store."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "workbench"


def test_core_store_io_analysis_do_not_load_textual():
    code = (
        "import sys, workbench.core, workbench.store, workbench.io.transcripts.batch, workbench.cli;"
        "import importlib.util;"
        "[importlib.import_module(m) for m in ('workbench.analysis', 'workbench.nlp') if importlib.util.find_spec(m)];"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", "import importlib;" + code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_does_not_load_spacy_or_sklearn():
    code = "import sys, workbench.core, workbench.store; print([m for m in ('spacy', 'sklearn') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


# Which package may import which is checked by import-linter (`lint-imports`, contracts in
# pyproject.toml). Import rules cannot see SQL in strings or calls to built-ins, so those two
# rules are checked here.

_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                  r"CREATE\s+(TABLE|INDEX|VIEW|TRIGGER))\b", re.I | re.S)


def _string_constants(tree: ast.AST):
    """Every string literal, with implicit concatenations and f-string parts joined."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value for v in node.values
                                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_sql_lives_in_the_store():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "store":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{rel}:{line}: {text[:60]!r}" for line, text in _string_constants(tree) if _SQL.search(text)]
    assert offenders == [], "SQL outside workbench/store:\n" + "\n".join(offenders)


def test_sql_check_sees_multi_line_statements():
    source = 'q = """\n    SELECT id\n    FROM codes\n"""\n'
    assert [text for _line, text in _string_constants(ast.parse(source)) if _SQL.search(text)]


_CORE_IO_CALLS = {"open", "input", "print", "exec", "eval", "__import__"}
_CORE_IO_METHODS = {"read_text", "write_text", "read_bytes", "write_bytes", "mkdir", "unlink", "rmdir",
                    "touch", "rename", "replace_file", "iterdir", "glob", "rglob"}


def test_core_does_no_io():
    """core is the domain: data in, data out. Files, terminals and databases belong to other layers."""
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (node.func.id if isinstance(node.func, ast.Name)
                    else node.func.attr if isinstance(node.func, ast.Attribute) and node.func.attr in _CORE_IO_METHODS
                    else None)
            if name in _CORE_IO_CALLS or name in _CORE_IO_METHODS:
                offenders.append(f"core/{path.name}:{node.lineno}: {name}()")
    assert offenders == [], "I/O in workbench/core:\n" + "\n".join(offenders)
