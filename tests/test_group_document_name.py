"""A group interview imported from `Gruppe_Sandnes_nullpunkt.txt`: its document name keeps
"Gruppe" (the kind of interview) and the wave wherever it is shown, and a pseudonymised output
hides the place only, `Gruppe […] nullpunkt`.

The import keeps the file's name whole (the first test). The loss is in the pseudonymised name:
the capital-run rule (`workbench/io/pseudonymize/orgs.py`) reads a name's first capitalised word
as part of the place run that follows it ("Gruppe Sandnes" → one `[…]`), since a document name
is read as a sentence whose first word is capitalised. That package is being changed by other
helpers in this session, so the second test is marked xfail (strict) until the rule is fixed there.
The transcript is synthetic, written for this test."""

from __future__ import annotations

import pytest

from cli_support import run_cli

from workbench.io.pseudonymize.project import document_names
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

# SYNTHETIC: written for this test.
GROUP = ("I: Hvordan fant dere hverandre?\n\n"
         "AH: Programmet satte oss sammen etter fagfelt.\n\n"
         "BK: Jeg hadde jobbet med regnskap i tjue år.\n\n"
         "AH: Og jeg studerte økonomi i hjemlandet.\n")


def test_import_keeps_gruppe_in_the_document_name(tmp_path):
    path = tmp_path / "p.db"
    (tmp_path / "Gruppe_Sandnes_nullpunkt.txt").write_text(GROUP, encoding="utf-8")
    run_cli(path, "init")
    out = run_cli(path, "import", str(tmp_path / "Gruppe_Sandnes_nullpunkt.txt"))
    assert "as 'Gruppe_Sandnes_nullpunkt'" in out
    assert "Gruppe_Sandnes_nullpunkt" in run_cli(path, "documents")


@pytest.mark.xfail(strict=True, reason="capital-run rule in workbench/io/pseudonymize/orgs.py takes the leading "
                                       "common noun into the place's marker; that package is not walk12's to change")
@pytest.mark.parametrize(("name", "expected"), [
    ("Gruppe_Sandnes_nullpunkt", "Gruppe […] nullpunkt"),
    ("Fokusgruppe_Bergen_sluttpunkt", "Fokusgruppe […] sluttpunkt"),
    ("Gruppeintervju_Tromsø_nullpunkt", "Gruppeintervju […] nullpunkt"),
])
def test_pseudonymised_group_document_name_keeps_the_kind_of_interview(name, expected):
    assert document_names([name], Pseudonymizer({}))[name] == expected
