"""Layer boundaries: only workbench.ui may import Textual; SQL stays in the store."""

from __future__ import annotations

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


def test_textual_imported_only_in_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if re.search(r"^\s*(from|import)\s+textual\b", path.read_text(encoding="utf-8"), re.M):
            offenders.append(str(path))
    assert offenders == []


def test_sql_lives_in_the_store():
    pattern = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.I | re.S)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "store":
            continue
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and ('"' in line or "'" in line):
                offenders.append(f"{rel}:{line_no}")
    assert offenders == []
