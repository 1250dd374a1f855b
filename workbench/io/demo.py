"""Building the bundled demo project from corpora/demo and codebooks/mentoring.yaml."""

from __future__ import annotations

from pathlib import Path

from workbench.io.codebooks.yaml_format import load_codebook
from workbench.io.transcripts.batch import ImportReport, import_files
from workbench.settings import REPO_ROOT, data_dir

DEMO_CORPUS = REPO_ROOT / "corpora" / "demo"
DEMO_CODEBOOK = REPO_ROOT / "codebooks" / "mentoring.yaml"
DEMO_CODINGS = DEMO_CORPUS / "codings.csv"
DEMO_PSEUDONYMS = DEMO_CORPUS / "pseudonyms.csv"


def default_demo_path() -> Path:
    """Where `workbench demo` keeps its project unless told otherwise."""
    return data_dir() / "demo.db"


def build_demo(project, coder: str = "system") -> ImportReport:
    """Load the codebook, the demo transcripts and (if present) the demo coders' codings.

    Safe to run again: identical texts and codes are not duplicated, and codings are
    only loaded into a project that has none yet.
    """
    from workbench.io.codings_csv import read_codings_csv

    if not DEMO_CORPUS.is_dir():
        raise FileNotFoundError(f"{DEMO_CORPUS}: demo corpus not found (install from a clone with `pip install -e .`)")
    project.import_codebook(load_codebook(DEMO_CODEBOOK), coder=coder)
    report = import_files(project, [], manifest_path=DEMO_CORPUS / "manifest.csv", coder=coder)
    if DEMO_CODINGS.is_file() and not project.codings():
        project.import_codings(read_codings_csv(DEMO_CODINGS, project, default_coder=coder), actor=coder)
    if DEMO_PSEUDONYMS.is_file() and not project.pseudonym_terms():
        from workbench.io.pseudonymize.pseudonymizer import read_pseudonym_csv

        project.save_pseudonym_terms(read_pseudonym_csv(DEMO_PSEUDONYMS), coder)
    return report
