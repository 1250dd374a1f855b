"""`Project` provides what the analysis package reads (workbench/analysis/source.py).

mypy checks this file too (`[tool.mypy] files`): the assignments in `_as_sources` fail
the type check when a store method's signature drifts from its protocol.
"""

from __future__ import annotations

from pathlib import Path

from workbench.analysis.source import AgreementSource, AnalysisSource, CodebookSource
from workbench.store import Project


def _as_sources(project: Project) -> tuple[AnalysisSource, AgreementSource]:
    analysis: AnalysisSource = project
    agreement: AgreementSource = project
    return analysis, agreement


def _protocol_methods(protocol: type) -> set[str]:
    names: set[str] = set()
    for klass in protocol.__mro__:
        if klass in (AnalysisSource, AgreementSource, CodebookSource):
            names |= {n for n in vars(klass) if not n.startswith("_")}
    return names


def test_project_has_every_method_the_protocols_name(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.db") as project:
        for source, protocol in zip(_as_sources(project), (AnalysisSource, AgreementSource), strict=True):
            names = _protocol_methods(protocol)
            assert "codes" in names and len(names) > 4
            assert [n for n in sorted(names) if not callable(getattr(source, n, None))] == []
