"""`workbench --help` stays quick: building the command line imports no heavy library."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "scipy", "sklearn", "spacy", "textual", "matplotlib", "docx", "krippendorff")


def test_cli_module_imports_no_heavy_library():
    code = f"import sys, workbench.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
