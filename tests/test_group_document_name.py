"""A group interview imported from `Gruppe_Sandnes_nullpunkt.txt`: its document name keeps
"Gruppe" (the kind of interview) and the wave wherever it is shown, and a pseudonymised output
hides the place only, `Gruppe […] nullpunkt`.

The import keeps the file's name whole (the first test). Pseudonymising the name must not read
its first capitalised word as part of the place run after it ("Gruppe Sandnes" as one `[…]`): a
document name is no sentence, so a first word that is a dictionary noun is read in lower case.
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


@pytest.mark.parametrize(("name", "expected"), [
    ("Gruppe_Sandnes_nullpunkt", "Gruppe […] nullpunkt"),
    ("Fokusgruppe_Bergen_sluttpunkt", "Fokusgruppe […] sluttpunkt"),
    ("Gruppeintervju_Tromsø_nullpunkt", "Gruppeintervju […] nullpunkt"),
])
def test_pseudonymised_group_document_name_keeps_the_kind_of_interview(name, expected):
    assert document_names([name], Pseudonymizer({}))[name] == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Amina_Farah_intervju", "[X] intervju"),        # a listed given name first stays a name
    ("Berg_Sandnes_nullpunkt", "[…] nullpunkt"),     # a dictionary word that is also a surname
    ("Intervju_Kari_Nordmann", "Intervju [X]"),
    ("Mentor_Ola_Hansen", "Mentor [X]"),
    ("Gruppe_Helse_Fjordvik_nullpunkt", "Gruppe [organisasjon] nullpunkt"),
    ("P01-nullpunkt", "P01-nullpunkt"),
])
def test_a_lowered_first_word_still_hides_the_names_after_it(name, expected):
    assert document_names([name], Pseudonymizer({}))[name] == expected
