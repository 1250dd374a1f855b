"""An anonymised `.qdpx` names no coder: the research assistants become `Koder 1`, `Koder 2`...

A file meant for a data archive carries who coded what (agreement needs it) but not the
coders' real names: every place a coder is named (the `Users`, each coding's and each
note's creating user, their GUIDs) reads the same pseudonym, so after import the codings
are still grouped by coder and agreement is computed as before. `consensus` is no person
and keeps its name; a plain export keeps the real names.
"""

from __future__ import annotations

import json
import zipfile

from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.conftest import SAMPLE_TEXT
from tests.pseudonymize_project import run

REAL = ("ingrid_solbakken", "tormod")


def _coded(project: Project) -> Project:
    for coder in REAL:
        project.add_coding("P01-nullpunkt", 0, len(SAMPLE_TEXT), "competence", coder)
    project.add_coding("P01-nullpunkt", SAMPLE_TEXT.index("Jeg tok"), len(SAMPLE_TEXT), "language", REAL[0])
    project.add_coding("P01-nullpunkt", SAMPLE_TEXT.index("Jeg tok"), len(SAMPLE_TEXT), "formal", REAL[1])
    project.add_coding("P01-nullpunkt", SAMPLE_TEXT.index("Jeg tok"), len(SAMPLE_TEXT), "language", "consensus")
    project.add_memo("Språket kom først.", REAL[1], document="P01-nullpunkt")
    return project


def _archive(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())


def test_anonymised_qdpx_names_coders_by_pseudonym_and_agreement_survives(project, tmp_path):
    _coded(project)
    before = json.loads(run(project, "agree", "--json", "--min-coverage", "0"))
    out = run(project, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    assert "Koder 1" in out and "Koder 2" in out  # the command says what it did
    text = _archive(tmp_path / "anon.qdpx")
    for name in REAL:
        assert name not in text.lower()
    assert 'name="Koder 1"' in text and 'name="Koder 2"' in text and 'name="consensus"' in text
    copy = Project.open(tmp_path / "copy.db")
    try:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="arkiv")
        assert [c for c in copy.coders() if c != "arkiv"] == ["Koder 1", "Koder 2", "consensus"]
        by_coder = {c: sorted(r["code"] for r in copy.query(
            "SELECT p.path AS code FROM codings g JOIN coders k ON k.id = g.coder_id "
            "JOIN codes p ON p.id = g.code_id WHERE k.name = ?", [c])) for c in ("Koder 1", "Koder 2")}
        assert by_coder == {"Koder 1": ["competence", "competence/language"],
                            "Koder 2": ["competence", "competence/formal"]}
        memo_coders = [r["name"] for r in copy.query(
            "SELECT k.name FROM memos m JOIN coders k ON k.id = m.coder_id")]
        assert memo_coders == ["Koder 2"]
    finally:
        copy.close()
    after = json.loads(run(Project.open(tmp_path / "copy.db"), "agree", "--json", "--min-coverage", "0"))
    assert after["coders"] == ["Koder 1", "Koder 2"]
    assert after["overall"] == before["overall"]


def test_exporting_twice_gives_the_same_pseudonyms_and_a_plain_export_keeps_names(project, tmp_path):
    _coded(project)
    run(project, "export", "qdpx", "--out", "a", "--dir", str(tmp_path), "--pseudonymize")
    run(project, "export", "qdpx", "--out", "b", "--dir", str(tmp_path), "--pseudonymize")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()
    run(project, "export", "qdpx", "--out", "plain", "--dir", str(tmp_path))
    text = _archive(tmp_path / "plain.qdpx")
    assert all(f'name="{name}"' in text for name in REAL)


def test_a_coder_named_in_a_memo_reads_as_that_coders_pseudonym(project, tmp_path):
    _coded(project)
    project.add_memo("Avklart med tormod i dag; tormods koding av språk er strengere. Tormod tar resten.",
                     REAL[0], title="tormod og jeg")
    project.add_memo("Skriv til tormod.berg@uib.no om dette.", REAL[0])
    run(project, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    text = _archive(tmp_path / "anon.qdpx")
    assert "tormod" not in text.lower()
    # tormod is the second coder in the project's order, so Koder 2 everywhere, genitive included
    assert "Avklart med Koder 2 i dag; Koder 2s koding av språk er strengere. Koder 2 tar resten." in text
    assert 'name="Koder 2 og jeg"' in text
    assert "[e-post]" in text  # an address holding a login is still an address, not a coder


def test_a_login_that_is_a_common_word_is_masked_only_with_a_capital():
    from workbench.core.coder_names import coder_pseudonyms, mask_coder_mentions, unmask_coder_mentions
    from workbench.core.exchange import ExchangeMemo, ProjectBundle

    bundle = ProjectBundle(coders=["per", "consensus"],
                           memos=[ExchangeMemo("To ganger per uke, sa Per. Pers forslag: per."),
                                  ExchangeMemo("consensus er ingen person")])
    mapping = coder_pseudonyms(bundle)
    assert mapping == {"per": "Koder 1"}
    masked = mask_coder_mentions(bundle, mapping, common_word=lambda word: word == "per")
    out = unmask_coder_mentions(masked, mapping)
    assert [m.text for m in out.memos] == ["To ganger per uke, sa Koder 1. Koder 1s forslag: per.",
                                           "consensus er ingen person"]
